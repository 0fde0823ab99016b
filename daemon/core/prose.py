"""Fields guessed from a letter's prose: "atas nama Budi Santoso", "kami dari PT X", the signature block
under "Hormat kami,", phone numbers and addresses (the purpose is `purpose`'s job).

These are guesses: `extract` lets any labelled value beat them. The person named as the one who
will use the access ("atas nama", "petugas kami") is preferred over the letter's signer.
"""

from __future__ import annotations

import re

from daemon.core import letterhead

_TITLE = r"(?i:(?:sdr|sdri|saudara|saudari|bapak|bpk|bp|ibu|pak|bu|mr|mrs|ms|miss|mas|mbak)\.?\s+)?"
_WORD = r"[A-Z][A-Za-z'’-]*\.?"
# academic and professional titles after the name: ", S.T.", ", M.Kom.", ", Ak., CA", ", Ph.D."
_DEGREE_TAIL = r"(?:,[ \t]*(?:[A-Z][A-Za-z]{0,4}\.(?:[ \t]?[A-Za-z]{1,5}\.?)*|(?!PT\b|CV\b|UD\b)[A-Z]{2,5}\b|Ph\.?D\.?))*"
NAME = rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}}{_DEGREE_TAIL})"
_NOT_NAME = {
    "dari", "selaku", "yang", "mengajukan", "bermaksud", "sebagai", "kepala", "direktur", "bapak", "ibu", "kami",
    "pt", "cv", "dengan", "untuk", "pada", "the", "our", "from", "admin", "lpse", "mohon", "akan", "telah",
    "dapat", "di", "ini", "tersebut", "berikut", "hormat", "terima", "kasih", "sehubungan", "team", "tim",
    "staff", "staf", "teknisi", "petugas", "engineer", "saya", "is", "am", "and", "dan", "tanggal", "yth",
}
_NAME_PATTERNS = (
    re.compile(rf"\b(?i:atas\s+nama)\s*:?\s*{_TITLE}{NAME}"),
    re.compile(rf"\ba\.\s?n\.?\s+{_TITLE}{NAME}"),
    re.compile(
        rf"\b(?i:petugas|teknisi|staf|staff|personil|personel|karyawan|pegawai|programmer|engineer|tenaga ahli|"
        rf"anggota tim|perwakilan|konsultan)\s+(?i:kami|kita|dari kami)?\s*,?\s*"
        rf"(?i:(?:yang\s+)?bernama|yaitu|yakni|atas nama|:)?\s*{_TITLE}{NAME}"
    ),
    re.compile(rf"\b(?i:our|an?)\s+(?i:engineer|technician|staff member|consultant|colleague)\s*,?\s*{_TITLE}{NAME}"),
    re.compile(
        rf"\b(?i:(?:akan\s+)?(?:digunakan|dipakai|dikerjakan|dilaksanakan|dilakukan|ditangani)\s+oleh|"
        rf"(?:will\s+be\s+)?(?:used|carried\s+out|performed|done|handled)\s+by)\s*:?\s*{_TITLE}{NAME}"
    ),
    re.compile(rf"\b(?i:for|untuk)\s+{_TITLE}{NAME}\s*\((?P<mail>[^)]*@[^)]*)\)"),
    re.compile(rf"\b(?i:nama saya|my name is|i am|saya adalah|perkenalkan,? saya)\s*,?\s*{_TITLE}{NAME}"),
    re.compile(rf"(?:^|[.,]\s+)[Ss]aya\s*,?\s*{_TITLE}{NAME}\s*,?\s+(?i:dari|selaku|sebagai|staf|teknisi|from)\b"),
    re.compile(
        rf"\b(?i:auditor|pemeriksa|mahasiswa(?:\s+bimbingan)?)\s+(?i:kami|saya)\s*,?\s*"
        rf"(?i:(?:yang\s+)?bernama|yaitu|yakni|atas nama|:)?\s*{_TITLE}{NAME}"
    ),
    re.compile(rf"\b(?i:menugaskan|menugasi|mengutus)\s+(?i:kepada\s+)?{_TITLE}{NAME}"),
)
# "Sdri. Ratna ..." anywhere in the body (not in the addressee's "Yth." line): the one person the letter names
_ADDRESSED = re.compile(rf"(?<![\w.])(?:Sdr|Sdri|Saudara|Saudari)\.?\s+{NAME}")
# words of units, offices, regions and roles: "Sekretariat Inspektorat", "PROVINSI JAWA TENGAH" are no names
_ORG_WORDS = re.compile(
    r"\b(?:sekretariat|inspektorat|provinsi|kota|kabupaten|kecamatan|kelurahan|pemerintah|perwakilan|badan|dinas|"
    r"kantor|bagian|subbagian|bidang|instansi|koordinator|pengawasan|kepala|direktorat|kementerian|republik|"
    r"daerah|lembaga|universitas|fakultas|lpse|persuratan|tata usaha|humas|helpdesk|layanan|support|team|tim)\b",
    re.IGNORECASE,
)


def is_unit_or_role(text: str) -> bool:
    """Whether a would-be name is an office, a region or a role ("Sekretariat Inspektorat")."""
    return bool(_ORG_WORDS.search(text))
ORG_PREFIX = (
    r"(?:PT\.?|P\.T\.|CV\.?|C\.V\.|UD\.?|Koperasi|Yayasan|Universitas|Politeknik|Institut|Sekolah Tinggi|"
    r"Dinas|Badan|Kantor|Bagian|Sekretariat|Inspektorat|Kementerian|Kementrian|Pemerintah|Pemkot|Pemkab|"
    r"RSUD|Rumah Sakit|Lembaga|Perum|Perumda|BUMD|Puskesmas|Kecamatan|Kelurahan|LKPP|Direktorat|"
    r"Diskominfo|Bappeda|BPKAD|PDAM|Bank|Perseroan|Perwakilan|Program Studi|Program Magister|Program Doktor|"
    r"Fakultas|Biro|Pusat|Balai|Laboratorium|Tim)"
)
_ORG_TAIL = r"\s+(?:[A-Z0-9(][\w&.'’()-]*|dan|&|dan\s+[A-Z][\w.]*)(?:[ \t]+(?:[A-Z0-9(][\w&.'’()/-]*|dan|&|of|and|Tbk\.?))*"
ORG = re.compile(rf"\b{ORG_PREFIX}{_ORG_TAIL}")
_UNIVERSITY = re.compile(rf"\b(?:Universitas|Institut|Politeknik|Sekolah Tinggi){_ORG_TAIL}")
_FACULTY = re.compile(r"(?:Fakultas|Program Studi|Prodi|Jurusan|Departemen|Laboratorium)\b")
_SUFFIX = (
    r"(?:Pte\.?\s*Ltd\.?|Sdn\.?\s*Bhd\.?|Pty\.?\s*Ltd\.?|Co\.,?\s*Ltd\.?|Inc\.?|GmbH|Ltd\.?|LLC|L\.L\.C\.|"
    r"Corp(?:oration|\.)?|Limited|B\.V\.|S\.A\.|AG|PLC|Tbk\.?)"
)
SUFFIX_ORG = re.compile(rf"\b[A-Z][\w&'’-]*\.?(?:[ \t]+(?:[A-Z0-9][\w&'’-]*\.?|&|and|of)){{0,5}}?[ \t,]+{_SUFFIX}(?![\w])")
_ORG_INTRO = re.compile(
    rf"\b(?:kami|saya)\s+(?:dari|adalah|mewakili|atas nama|selaku\s+\w+\s+(?:dari|di|pada))\s+(?P<org>{ORG.pattern})"
    rf"|\b(?:from|at|with|of|on behalf of|mewakili|atas nama)\s+(?P<org2>{ORG.pattern})"
    rf"|\b(?:kami|saya|we|I)\s+(?:\w+\s+){{0,2}}?(?:dari|from|at|of|mewakili|on behalf of|representing)\s+(?P<org3>{SUFFIX_ORG.pattern})"
    rf"|\b(?:from|on behalf of|representing|mewakili)\s+(?P<org4>{SUFFIX_ORG.pattern})",
)
_OWN_OFFICE = re.compile(r"\blpse\b|pengadaan barang|kepada|\byth\b|setda kota", re.IGNORECASE)
PHONE = re.compile(
    r"(?<![\d+])(?:\+?62|0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,5}){2,4}(?!\d)|(?<![\d+])\(?0\d{2,3}\)?[\s.-]?\d{5,8}(?!\d)|"
    r"(?<![\d+\w])\+(?!62)[1-9]\d{0,2}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){1,4}(?!\d)"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CLOSINGS = re.compile(
    r"^\s*(?:hormat\s+(?:kami|saya)|salam(?:\s+hormat)?|regards|best regards|kind regards|sincerely|"
    r"terima\s*kasih|thank you|thanks|wassalam\w*)\s*[,.]?\s*$",
    re.IGNORECASE,
)


_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Za-z]{1,5}\.?)*|[A-Z]{2,5}|Ph\.?D\.?)$")


def clean_name(name: str) -> str | None:
    """"Bayu Saputra, Network Engineer PT X" → "Bayu Saputra"; academic degrees after commas stay."""
    head, *rest = name.split(",")
    kept = [head]
    for part in rest:
        if part.strip() and _DEGREE.match(part.strip()):
            kept.append(part)
        else:
            break
    name = ",".join(kept)
    words = name.strip(" ,").split()
    while words and words[-1].strip(".,").lower() in _NOT_NAME:
        words.pop()
    if not words or words[0].strip(".,").lower() in _NOT_NAME:
        return None
    out = " ".join(words).strip(" ,")
    if is_unit_or_role(out.split(",")[0]):
        return None
    out = re.sub(r"\s+,", ",", out)
    last = out.split(",")[-1].split()[-1] if out else ""
    if out.endswith(".") and "," not in out and len(last) > 3:
        out = out[:-1]  # a sentence's full stop, not an initial or a degree
    return out if len(out) >= 3 else None


def unwrap(text: str) -> str:
    """Paragraphs as single lines, so a sentence broken by the mail client reads whole."""
    return re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s\-*•\d])", " ", text)


def person_name(text: str) -> tuple[str | None, str | None]:
    """The name of the person who will use the access, and an address given with it."""
    flat = unwrap(text)
    for rx in _NAME_PATTERNS:
        for m in rx.finditer(flat):
            name = clean_name(m.group("name"))
            if name:
                found = EMAIL.search(m.groupdict().get("mail") or "")
                return name, found.group(0).lower() if found else None
    for m in _ADDRESSED.finditer(flat):
        if re.search(r"\b(?:yth|kepada|dear|to)\b\.?\W*$", flat[max(0, m.start() - 30) : m.start()], re.IGNORECASE):
            continue
        name = clean_name(m.group("name"))
        if name:
            return name, None
    return None, None


def institution(text: str) -> str | None:
    """The requester's institution: the letterhead's, else one the writer introduces ("kami dari PT X", "on behalf of Y Ltd"),
    else the one in the signature block, else the first one named outside the addressee block."""
    kop = letterhead.institution(text)
    if kop and not _OWN_OFFICE.search(kop):
        return kop
    flat = unwrap(text)
    for m in _ORG_INTRO.finditer(flat):
        org = m.group("org") or m.group("org2") or m.group("org3") or m.group("org4")
        if org and not _OWN_OFFICE.search(org):
            return tidy_org(org)
    found = _first_org(text)
    if found and _FACULTY.match(found):
        # "dosen pada Fakultas Teknologi Informasi Universitas X": the university, when the letter names one
        university = _UNIVERSITY.search(flat)
        return tidy_org(university.group(0)) if university else found
    return found


def _first_org(text: str) -> str | None:
    sig_org = signature(text)[1]
    if sig_org:
        return sig_org
    skip = False
    for line in text.split("\n"):
        low = line.strip().lower()
        if low.startswith(("kepada", "yth", "to:", "dear")):
            skip = True
        elif not low:
            skip = False
        if skip:
            continue
        for org_m in list(ORG.finditer(line)) + list(SUFFIX_ORG.finditer(line)):
            if not _OWN_OFFICE.search(org_m.group(0)):
                return tidy_org(org_m.group(0))
    return None


_ORG_END = re.compile(
    r"\s*\|\s*|\s{2,}|\t|(?<!\bPte)(?<!\bPty)(?<!\bSdn)(?<!\bCo)(?<!\bInc)(?<!\bP\.T)(?<!\bC\.V)\.\s+(?=[A-Z])(?!Ltd|Bhd)|"
    r"\s+(?:yang|untuk|dengan|bermaksud|mengajukan|selaku|sebagai|ingin|hendak)\b|"
    r"\s+(?:Nomor|No\.|Tanggal|Tgl\.|Lampiran|Perihal|Hal|Sifat)(?=\W|$)"  # a letter's header, not the name
)


def tidy_org(org: str) -> str:
    """An institution's name without what follows it in the sentence, a place or note in parentheses
    ("(Kuala Lumpur)"), a place after a dash; "X - LKPP" reads "X, LKPP"; a secretariat is its agency's;
    a faculty gives way to its university."""
    org = _ORG_END.split(org)[0]
    org = org.strip(" ,.(")
    while org.endswith(")") and org.count("(") < org.count(")"):
        org = org[:-1].strip(" ,.")
    # after a legal form the name is complete: "X Sdn. Bhd. (Kuala Lumpur)"; "Y (CV)" or "Z (Subbag ...)" stay
    org = re.sub(rf"(\b{_SUFFIX})\s*\([^()]*\)$|\s*\((?:kantor|cabang|branch|head office|hq)\b[^()]*\)$", r"\1", org,
                 flags=re.IGNORECASE)
    dash = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", org)
    if dash:
        org = f"{dash[1]}, {dash[2]}" if re.fullmatch(r"[A-Z]{2,8}", dash[2]) else dash[1]
    org = re.sub(r"^Sekretariat\s+(?=(?:Inspektorat|Dinas|Badan|Kantor|Direktorat|Lembaga|Komisi)\b)", "", org)
    university = _UNIVERSITY.search(org)
    if university and _FACULTY.match(org):
        org = university.group(0)
    return org.strip(" ,")


def phone(text: str) -> str | None:
    m = PHONE.search(text)
    return normalize_phone(m.group(0)) if m else None


def normalize_phone(value: str) -> str | None:
    value = value.strip()
    digits = re.sub(r"\D", "", value)
    if len(digits) < 6:
        return None
    return ("+" if value.startswith("+") else "") + digits


_SIGN_OFF = re.compile(
    r"^\s*(?:a\.\s?n\.|an\.|u\.\s?b\.|ub\.)\s+\w|"
    r"^\s*[A-Z][A-Za-z.'-]{2,20}(?: [A-Z][A-Za-z.'-]{1,20}){0,2},\s+\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{4}\s*$"
)
_ROLE = re.compile(
    r"\b(?:manager|manajer|engineer|director|direktur|kepala|koordinator|coordinator|kasubag|kabag|kasi|kabid|"
    r"sekretaris|secretary|staf|staff|admin|administrator|officer|head|lead|supervisor|ketua|pimpinan|"
    r"account|sales|marketing|analis|analyst|auditor|inspektur|pengawas|pengawasan|bidang|bagian|divisi|"
    r"division|department|departemen|operasional|operations|project|proyek|teknis|technical|consultant|"
    r"konsultan|programmer|developer|specialist|spesialis|plt|plh|pejabat|jabatan|ahli|muda|madya|utama|"
    r"jl|jalan|street|gedung|lantai|floor|ruko|kota|kabupaten|provinsi|indonesia|regards|salam)\b\.?",
    re.IGNORECASE,
)


def _block_start(lines: list[str]) -> int | None:
    """Where the signature block begins: after the last closing, else at the last sign-off line
    ("Semarang, 20 November 2026", "a.n. Kepala Dinas")."""
    closings = [i for i, line in enumerate(lines) if _CLOSINGS.match(line)]
    if closings:
        return closings[-1] + 1
    offs = [i for i, line in enumerate(lines) if _SIGN_OFF.match(line)]
    return offs[-1] if offs else None


_NIP = re.compile(r"^\s*(?:NIP|NRP|Pangkat(?:\s*/\s*Gol\w*)?|Pembina|Penata)\b\.?", re.IGNORECASE)


def _official_signer(lines: list[str]) -> str | None:
    """An official's signature: the name line right above "NIP. 1980..." or "Pangkat/Gol ..."."""
    for i in range(len(lines) - 1, 0, -1):
        if not _NIP.match(lines[i]):
            continue
        window = reversed(lines[max(0, i - 4) : i])
        above = next((x.strip(" _*\t") for x in window if x.strip(" _*\t") and not _NIP.match(x)), "")
        head, _, degrees = above.partition(",")
        if head.isupper():
            head = " ".join(w if len(w) <= 3 and w.endswith(".") else w.capitalize() for w in head.split())
        name = clean_name(_strip_title(head + ("," + degrees if degrees else "")))
        if name and not _ROLE.search(head):
            return name
    return None


def signature(text: str) -> tuple[str | None, str | None]:
    """(name, institution) from the block under the last "Hormat kami," / "Regards," (or the sign-off).

    Title and address lines ("Account Manager", "Koordinator Pengawasan ...", "Jl. ...") are not names;
    an official's name line stands above the NIP."""
    lines = text.split("\n")
    start = _block_start(lines)
    signer = _official_signer(lines)
    if start is None:
        return signer, None
    block = [line.strip() for line in lines[start : start + 12] if line.strip()]
    name: str | None = None
    org: str | None = None
    for line in block:
        if _SIGN_OFF.match(line):
            continue
        head = re.split(r"\s*[|,]\s*(?=\d|Jl|Jalan|#)", line)[0]
        if org is None and (ORG.match(head) or SUFFIX_ORG.match(head)) and not _OWN_OFFICE.search(head):
            org = tidy_org(head)
            continue
        if name is None and re.fullmatch(rf"{_TITLE}{_WORD}(?:[ \t]+{_WORD}){{0,4}}(?:,\s*[\w. ,]+)?", line):
            if _ROLE.search(line.split(",")[0]) or ORG.match(line) or SUFFIX_ORG.match(line):
                continue
            name = clean_name(_strip_title(line))
    return signer or name, org


def _strip_title(line: str) -> str:
    """"Ir. Tri Haryanto, M.M." → "Tri Haryanto, M.M."; "Dr. Ani" → "Ani"; degrees after commas stay."""
    return re.sub(r"^(?:(?:ir|dr|drs|dra|prof|h|hj)\.\s*)+", "", line.strip(), flags=re.IGNORECASE)


def emails(text: str) -> list[str]:
    return [e.lower().rstrip(".") for e in EMAIL.findall(text)]

"""Fields guessed from a letter's prose: "atas nama Budi Santoso", "kami dari PT X", "untuk keperluan ...",
the signature block under "Hormat kami,", phone numbers and addresses.

These are guesses: `extract` lets any labelled value beat them. The person named as the one who
will use the access ("atas nama", "petugas kami") is preferred over the letter's signer.
"""

from __future__ import annotations

import re

_TITLE = r"(?i:(?:sdr|sdri|saudara|saudari|bapak|bpk|ibu|pak|bu|mr|mrs|ms|miss|mas|mbak)\.?\s+)?"
_WORD = r"[A-Z][A-Za-z'’-]*\.?"
NAME = rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}})"
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
    re.compile(rf"\b(?i:for|untuk)\s+{_TITLE}{NAME}\s*\((?P<mail>[^)]*@[^)]*)\)"),
    re.compile(rf"\b(?i:nama saya|my name is|i am|saya adalah|perkenalkan,? saya)\s*,?\s*{_TITLE}{NAME}"),
    re.compile(rf"(?:^|[.,]\s+)[Ss]aya\s*,?\s*{_TITLE}{NAME}\s*,?\s+(?i:dari|selaku|sebagai|staf|teknisi|from)\b"),
)
ORG_PREFIX = (
    r"(?:PT\.?|P\.T\.|CV\.?|C\.V\.|UD\.?|Koperasi|Yayasan|Universitas|Politeknik|Institut|Sekolah Tinggi|"
    r"Dinas|Badan|Kantor|Bagian|Sekretariat|Inspektorat|Kementerian|Kementrian|Pemerintah|Pemkot|Pemkab|"
    r"RSUD|Rumah Sakit|Lembaga|Perum|Perumda|BUMD|Puskesmas|Kecamatan|Kelurahan|LKPP|Direktorat|"
    r"Diskominfo|Bappeda|BPKAD|PDAM|Bank|Perseroan|Tim)"
)
ORG = re.compile(
    rf"\b{ORG_PREFIX}\s+(?:[A-Z0-9(][\w&.'’()-]*|dan|&|dan\s+[A-Z][\w.]*)(?:[ \t]+(?:[A-Z0-9(][\w&.'’()/-]*|dan|&|of|and|Tbk\.?))*"
)
_ORG_INTRO = re.compile(
    rf"\b(?:kami|saya)\s+(?:dari|adalah|mewakili|atas nama|selaku\s+\w+\s+(?:dari|di|pada))\s+(?P<org>{ORG.pattern})"
    rf"|\b(?:from|at|with|of|on behalf of)\s+(?P<org2>{ORG.pattern})",
)
_OWN_OFFICE = re.compile(r"\blpse\b|pengadaan barang|kepada|\byth\b|setda kota", re.IGNORECASE)
_PURPOSES = tuple(
    re.compile(r"(?:" + p + r")\s*:?\s*(?P<p>[^\n]{4,300})", re.IGNORECASE)
    for p in (
        r"\b(?:(?:untuk|utk|guna)\s+)?(?:keperluan|kepentingan)\b|for the purpose of|purpose of",
        r"\b(?:untuk|utk|guna|for|to)\s+(?=(?:pe\w+an|pen\w+|pem\w+|peng\w+|per\w+an|ke\w+an|me\w+kan|melakukan|"
        r"audit|instalasi|migrasi|maintenance|konfigurasi|monitoring|upgrade|update|backup|uji|cek|check|replikasi|"
        r"integrasi|sinkronisasi|troubleshoot\w*|database|debug\w*|install\w*|patch\w*|perform\w*|[a-z]+ing)\b)",
        r"\b(?:dalam rangka|sehubungan dengan (?:kegiatan|pekerjaan|pelaksanaan|rencana)|terkait (?:rencana|kegiatan|pekerjaan)?|"
        r"in order to|to perform|to carry out|needed for|required for|bermaksud untuk|adapun tujuan(?:nya)?(?: adalah)?|"
        r"tujuan(?:nya)? (?:adalah|untuk))\b",
    )
)
_PURPOSE_STOP = re.compile(
    r"\s+(?:pada (?:tanggal|hari)|mulai (?:tanggal|hari|besok)?|selama|dari tanggal|tanggal\s+\d|yang akan dilaksanakan|"
    r"yang dijadwalkan|terhitung|on \d|from \d|starting|between|dengan (?:hak|rincian|data)|berikut|besok|lusa|"
    r"hari ini|minggu depan|jam \d|pukul|yang ditugaskan|sesuai (?:kontrak|surat)|kami (?:mohon|memohon|mengajukan))\b|"
    r"[.;:](?:\s|$)|,\s+(?:kami|dan kami|mohon|we|with|dengan|bersama ini|dengan ini|hak akses|akses|periode|waktu|"
    r"selama|tanggal|untuk \d|untuk (?:teknisi|petugas)|on|from)\b|\s+\((?:tiket|ticket|case|no\.?|nomor|ref)\b|"
    r"\s+\(\s*$|[\"“”]",
    re.IGNORECASE,
)
_NOT_PURPOSE = re.compile(
    r"^(?:tersebut|ini|itu|kami|saya|teknisi|petugas|\d|bapak|ibu|mendapatkan|memberikan|diberikan|permohonan|"
    r"mengajukan|remote akses|akses)\b",
    re.IGNORECASE,
)
PHONE = re.compile(r"(?<![\d+])(?:\+?62|0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,5}){2,4}(?!\d)|(?<![\d+])\(?0\d{2,3}\)?[\s.-]?\d{5,8}(?!\d)")
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
    out = re.sub(r"\s+,", ",", out)
    return out if len(out) >= 3 else None


def _unwrap(text: str) -> str:
    """Paragraphs as single lines, so a sentence broken by the mail client reads whole."""
    return re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s\-*•\d])", " ", text)


def person_name(text: str) -> tuple[str | None, str | None]:
    """The name of the person who will use the access, and an address given with it."""
    flat = _unwrap(text)
    for rx in _NAME_PATTERNS:
        for m in rx.finditer(flat):
            name = clean_name(m.group("name"))
            if name:
                found = EMAIL.search(m.groupdict().get("mail") or "")
                return name, found.group(0).lower() if found else None
    return None, None


def institution(text: str) -> str | None:
    flat = _unwrap(text)
    m = _ORG_INTRO.search(flat)
    if m:
        org = m.group("org") or m.group("org2")
        if org and not _OWN_OFFICE.search(org):
            return tidy_org(org)
    skip = False
    for line in text.split("\n"):
        low = line.strip().lower()
        if low.startswith(("kepada", "yth", "to:", "dear")):
            skip = True
        elif not low:
            skip = False
        if skip:
            continue
        for org_m in ORG.finditer(line):
            if not _OWN_OFFICE.search(org_m.group(0)):
                return tidy_org(org_m.group(0))
    return None


def tidy_org(org: str) -> str:
    org = re.split(r"\s{2,}|\t|\.\s+(?=[A-Z])|\s+(?:yang|untuk|dengan|bermaksud|mengajukan|selaku|sebagai|ingin|hendak)\b", org)[0]
    org = org.strip(" ,.(")
    while org.endswith(")") and org.count("(") < org.count(")"):
        org = org[:-1].strip(" ,.")
    return org


def purpose(text: str) -> str | None:
    flat = _unwrap(text).replace("“", "\"").replace("”", "\"")
    for rx in _PURPOSES:
        for m in rx.finditer(flat):
            raw = m.group("p").lstrip("\" ")
            value = _PURPOSE_STOP.split(raw, maxsplit=1)[0].strip(" ,:-")
            if len(value) >= 4 and not _NOT_PURPOSE.match(value):
                return value[0].upper() + value[1:] if value[0].islower() else value
    return None


def phone(text: str) -> str | None:
    m = PHONE.search(text)
    return normalize_phone(m.group(0)) if m else None


def normalize_phone(value: str) -> str | None:
    value = value.strip()
    digits = re.sub(r"\D", "", value)
    if len(digits) < 6:
        return None
    return ("+" if value.startswith("+") else "") + digits


def signature(text: str) -> tuple[str | None, str | None]:
    """(name, institution) from the block under the last "Hormat kami," / "Regards,"."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _CLOSINGS.match(line)]
    if not starts:
        return None, None
    block = [line.strip() for line in lines[starts[-1] + 1 : starts[-1] + 12] if line.strip()]
    name: str | None = None
    org: str | None = None
    for line in block:
        if org is None and ORG.match(line) and not _OWN_OFFICE.search(line):
            org = tidy_org(line)
            continue
        if name is None and re.fullmatch(rf"{_TITLE}{_WORD}(?:[ \t]+{_WORD}){{0,4}}(?:,\s*[\w. ,]+)?", line):
            candidate = clean_name(line.split(",")[0])
            if candidate and not ORG.match(line):
                name = candidate
    return name, org


def emails(text: str) -> list[str]:
    return [e.lower().rstrip(".") for e in EMAIL.findall(text)]

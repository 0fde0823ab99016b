"""Labelled lines of a request letter ("Nama : Budi", "Hak Akses\tSSH") mapped to field names.

Labels come in many variants in both office languages; `LABELS` lists them per field (compared
after lower-casing and dropping punctuation). A label with its value on the next line is read too.
Table rows arrive here as "label: value" or tab-separated lines (see `htmltext` and `attachments`).
"""

from __future__ import annotations

import functools
import re

LABELS: dict[str, tuple[str, ...]] = {
    "name": (
        "nama", "nama lengkap", "nama petugas", "nama teknisi", "nama pemohon", "nama personil", "nama personel",
        "nama pengguna akses", "nama user", "nama karyawan", "nama pegawai", "nama staf", "nama tenaga ahli",
        "petugas", "teknisi", "pemohon", "nama pic", "pic", "name", "full name", "nama engineer", "engineer",
        "nama penerima akses", "pengguna", "user", "requester", "applicant", "personil", "nama personel",
    ),
    "institution": (
        "instansi", "perusahaan", "nama perusahaan", "institusi", "nama instansi", "asal instansi",
        "asal perusahaan", "company", "company name", "organization", "organisation", "organisasi", "vendor",
        "nama vendor", "kantor", "unit kerja", "lembaga", "nama lembaga", "badan usaha", "instansi perusahaan",
        "perusahaan instansi", "asal", "mitra", "penyedia", "nama penyedia", "institution", "affiliation",
    ),
    "email": ("email", "e mail", "surel", "alamat email", "alamat surel", "email address", "mail", "alamat e mail"),
    "phone": (
        "no hp", "nomor hp", "hp", "telepon", "telp", "tel", "no telp", "no telepon", "nomor telepon", "wa",
        "whatsapp", "no wa", "nomor wa", "phone", "mobile", "handphone", "no handphone", "kontak", "contact",
        "telepon wa", "no hp wa", "hp wa", "nomor kontak", "no kontak", "phone number", "telp hp", "ponsel",
        "nomor ponsel", "no whatsapp", "nomor whatsapp", "telepon hp", "hp whatsapp",
    ),
    "purpose": (
        "tujuan", "keperluan", "maksud", "purpose", "maksud dan tujuan", "tujuan penggunaan", "alasan",
        "kegiatan", "uraian pekerjaan", "pekerjaan", "reason", "tujuan akses", "keperluan akses", "uraian",
        "tujuan remote akses", "deskripsi pekerjaan", "deskripsi", "keterangan kegiatan", "jenis pekerjaan",
    ),
    "access_rights": (
        "hak akses", "jenis akses", "akses yang diminta", "akses", "access", "access rights", "access type",
        "jenis hak akses", "akses yang dibutuhkan", "kebutuhan akses", "hak akses yang diminta", "layanan",
        "akses yang dimohon", "requested access", "type of access", "jenis layanan", "access requested",
    ),
    "period_start": (
        "mulai", "tanggal mulai", "dari", "start", "from", "dari tanggal", "waktu mulai", "start date", "awal",
        "mulai tanggal", "tgl mulai", "tanggal awal", "berlaku mulai", "start time",
    ),
    "period_end": (
        "selesai", "sampai", "hingga", "berakhir", "until", "end", "tanggal selesai", "sampai tanggal",
        "end date", "tanggal berakhir", "sd", "s d", "akhir", "tgl selesai", "tanggal akhir", "sampai dengan",
        "berlaku sampai", "to", "end time",
    ),
    "period": (
        "waktu", "periode", "jadwal", "tanggal", "waktu pelaksanaan", "jangka waktu", "masa akses", "lama akses",
        "durasi", "tanggal akses", "waktu akses", "period", "date", "dates", "schedule", "duration",
        "tanggal pelaksanaan", "pelaksanaan", "hari tanggal", "periode akses", "waktu remote", "masa berlaku",
        "tanggal waktu", "hari tanggal waktu", "jadwal pelaksanaan", "waktu kegiatan", "tanggal kegiatan",
        "access period", "period of access", "lama waktu", "rentang waktu",
    ),
    "time": ("jam", "pukul", "waktu jam", "jam akses", "time"),
    "letter_number": ("nomor", "no", "no surat", "nomor surat", "ref", "reference", "our ref", "nomor ref"),
    "letter_date": ("tanggal surat", "tgl surat", "letter date", "tanggal dokumen"),
    "subject": ("perihal", "hal", "subject", "re"),
}

_LOOKUP: dict[str, str] = {}
for _field, _labels in LABELS.items():
    for _label in _labels:
        _LOOKUP.setdefault(_label, _field)

_LINE = re.compile(
    r"^\s*(?:[-*•·▪●]\s*|\(?\d{1,2}[.)]\s*|\(?[a-h][.)]\s+)?"
    r"(?P<label>[^\W\d_][\w .,/()&'’-]{0,48}?)\s*"
    r"(?:\s:|:|\t+:?|\s=\s|\s{3,}:?)\s*(?P<value>.*?)\s*$"
)
_PAREN = re.compile(r"\([^)]*\)")


@functools.lru_cache(maxsize=4096)
def normalize_label(label: str) -> str:
    """"Nama Lengkap (sesuai KTP)" → "nama lengkap"; "E-mail" → "e mail"; "No. HP/WA" → "no hp wa".

    Remembered: a letter's short lines are tried as labels (issue 9's profile), and letters repeat their forms' labels."""
    text = _PAREN.sub(" ", label.lower())
    text = re.sub(r"[^\w ]+", " ", text)
    text = re.sub(r"\b(yang|anda|kami)\b", " ", text) if len(text.split()) > 2 else text
    return " ".join(text.split())


def field_of(label: str) -> str | None:
    """The field a label names, or None."""
    key = normalize_label(label)
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "Nama Lengkap Petugas" / "Email Petugas": the leading words decide
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head in _LOOKUP and _LOOKUP[head] not in ("letter_number", "subject", "period_end", "period_start"):
            return _LOOKUP[head]
    return None


def _clean(value: str) -> str:
    value = value.strip().lstrip(":").strip()
    # "perbaikan modul. Hak akses: VPN." — a second label on the same line ends the value
    value = re.split(r"\.\s+(?=[A-Z][\w ]{0,25}:)", value)[0]
    return value.rstrip(";,").strip()


def _cells(line: str) -> list[str] | None:
    """The cells of a plain-text pipe-table row ("| Nama | Budi |"), or None for other lines."""
    stripped = line.strip()
    if stripped.count("|") < 2 or not (stripped.startswith("|") or stripped.endswith("|")):
        return None
    return [c.strip() for c in stripped.strip("|").split("|")]


def pipe_tables(text: str) -> str:
    """Plain-text pipe tables as labelled lines: a two-cell row reads "label: value"; a header row of
    labels over data rows gives each data cell the label of its column ("Nama: Budi")."""
    out: list[str] = []
    header: list[str] | None = None
    for line in text.split("\n"):
        cells = _cells(line)
        if cells is None:
            header = None
            out.append(line)
            continue
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue  # the |---|---| rule
        known = [field_of(c) is not None for c in cells if c]
        if header is None and sum(known) >= 2 and sum(known) * 2 >= len(known):
            header = cells
            continue
        if header is not None and len(cells) == len(header):
            # a "No"/"#" column counts rows; it is not a letter number
            out.extend(f"{h}: {c}" for h, c in zip(header, cells) if h and c and normalize_label(h) not in ("no", ""))
        elif len(cells) == 2 and field_of(cells[0]) is not None:
            out.append(f"{cells[0]}: {cells[1]}")
        else:
            out.append("\t".join(cells))
    return "\n".join(out)


_ITEM = re.compile(r"^\s*(?:[-*•·▪●]|\(?[a-h1-9][.)]|\[\s*[xXvV✓✔]?\s*\]|\(\s*[xXvV✓✔]?\s*\)|[☐☑☒□■])\s*(?P<item>\S.*)$")


def _list_items(lines: list[str]) -> list[str]:
    """The items listed under a label with no value of its own ("Hak akses:" then "a. VPN",
    "b. Database" or "[X] VPN", "[ ] SSH"), each with its marker (a tick box stays readable)."""
    items: list[str] = []
    for line in lines:
        if not line.strip() and not items:
            continue
        labelled = _LINE.match(line)
        if _ITEM.match(line) is None or (labelled is not None and field_of(labelled.group("label")) is not None):
            break
        items.append(line.strip())
    return items if len(items) >= 2 else []


def labelled_values(text: str) -> dict[str, list[str]]:
    """Field name → the values labelled with it, in order of appearance (a copy: the caller's to change)."""
    return {key: list(values) for key, values in _labelled_values(text).items()}


@functools.lru_cache(maxsize=4)
def _labelled_values(text: str) -> dict[str, list[str]]:
    """Remembered for the last few texts: reading a letter asks it of one text twice or more (whether
    it reads as a request, then its fields), and it was a fifth of that reading (issue 9's profile)."""
    out: dict[str, list[str]] = {}
    if "|" in text:
        text = pipe_tables(text)
    lines = text.replace("\r", "").split("\n")
    bare = [i for i, line in enumerate(lines) if 1 < len(line.strip()) < 40 and normalize_label(line) in _LOOKUP]
    if len(bare) >= 2:
        # a table dumped one cell per line (Outlook's text part): "Nama\nBudi\nInstansi\nPT X"
        for i in bare:
            nxt = next((line for line in lines[i + 1 : i + 3] if line.strip()), "")
            if nxt and normalize_label(nxt) not in _LOOKUP and not _LINE.match(nxt):
                out.setdefault(_LOOKUP[normalize_label(lines[i])], []).append(_clean(nxt))
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">") or len(line) > 400:
            continue
        m = _LINE.match(line)
        if not m:
            continue
        field = field_of(m.group("label"))
        if field is None:
            continue
        value = _clean(m.group("value"))
        if not value:
            items = _list_items(lines[i + 1 :])
            if items:
                value = "\n".join(items)
            for nxt in lines[i + 1 : i + 3] if not value else ():
                if not nxt.strip():
                    continue
                nm = _LINE.match(nxt)
                if nm is None or field_of(nm.group("label")) is None:
                    value = _clean(nxt)
                break
        if value:
            out.setdefault(field, []).append(value)
    return out


def near_letter_header(text: str, label_value: str) -> bool:
    """Whether a "Tanggal: X" line stands in a letter's header (beside Nomor/Lampiran/Perihal/Sifat)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if label_value in line and re.match(r"^\s*(tanggal|tgl\.?)\s*:", line, re.IGNORECASE):
            window = lines[max(0, i - 3) : i + 4]
            return any(re.match(r"^\s*(nomor|no\.?|lampiran|perihal|hal|sifat)\s*:", w, re.IGNORECASE) for w in window)
    return False

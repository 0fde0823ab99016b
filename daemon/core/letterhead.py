"""The sender's institution from an official letterhead (kop surat): the lines in capitals at a letter's top.

"BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA / PERWAKILAN PROVINSI JAWA TENGAH" reads "BPK Perwakilan
Provinsi Jawa Tengah" (the parent's initials when the letter itself uses them); "PEMERINTAH KOTA
SALATIGA / INSPEKTORAT DAERAH" reads "Inspektorat Daerah Kota Salatiga"; a parent with another unit
reads "Unit, Parent"; a company's or a university's own name stands alone. Address, telephone and
web lines end the letterhead. Pure text in, text out.
"""

from __future__ import annotations

import re

_HEAD = re.compile(
    r"^(?:BADAN|PEMERINTAH|KEMENTERIAN|KEMENTRIAN|DINAS|INSPEKTORAT|PERWAKILAN|SEKRETARIAT|LEMBAGA|KANTOR|"
    r"DIREKTORAT|UNIVERSITAS|INSTITUT|POLITEKNIK|SEKOLAH TINGGI|RUMAH SAKIT|RSUD|PT\.?|CV\.?|YAYASAN|KOMISI|"
    r"KEJAKSAAN|KEPOLISIAN|DEWAN|BIRO|PUSAT|BALAI|DPRD|PERUSAHAAN|KOPERASI)\b"
)
_NOT_HEAD = re.compile(
    r"^(?:JL\b|JLN\b|JALAN\b|TELP|TELEPON|TEL\b|FAX|FAKS|FAKSIMILE|WEBSITE|LAMAN|EMAIL|E-MAIL|POS-?EL|KODE POS|"
    r"NOMOR|NO\b|LAMPIRAN|PERIHAL|HAL\b|SIFAT|YTH|KEPADA|SURAT)",
)
_COMPANY = re.compile(r"^(?:PT\.?|CV\.?|KOPERASI|YAYASAN|UNIVERSITAS|INSTITUT|POLITEKNIK|SEKOLAH TINGGI)\b")
_LOWER = {"dan", "atas", "di", "ke", "dari", "untuk", "pada", "of", "and", "the"}
_UPPER = {"RI", "PT", "CV", "TBK", "DPRD", "RSUD", "LPSE", "LKPP", "BPK", "BPKP", "TI", "IT", "UPT", "UPTD", "BUMD"}
_ROMAN = re.compile(r"^[IVX]{1,5}$")


def _capital_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(line) <= 90


def _title(line: str) -> str:
    out: list[str] = []
    for i, word in enumerate(line.split()):
        bare = word.strip(".,()")
        if bare in _UPPER or _ROMAN.match(bare) or not re.search(r"[AEIOU]", bare):
            out.append(word)
        elif i and word.lower() in _LOWER:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def _initials(parent: str) -> str:
    words = re.sub(r"\bRepublik Indonesia\b", "", parent).split()
    return "".join(w[0] for w in words if w.lower() not in _LOWER and w[0].isupper())


def letterhead_lines(text: str) -> list[str]:
    """The letterhead's lines in capitals at the top of `text` (empty when it has none)."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            if lines:
                break
            continue
        if not lines and not _HEAD.match(line):
            return []
        if not _capital_line(line) or _NOT_HEAD.match(line) or len(lines) == 4:
            break
        lines.append(line)
    return lines


def institution(text: str) -> str | None:
    """The institution a letterhead names, joined as the module docstring says, or None."""
    caps = [c for c in letterhead_lines(text) if c != "REPUBLIK INDONESIA"]
    if not caps:
        return None
    first = caps[0]
    if _COMPANY.match(first) or len(caps) == 1:
        return _title(first)
    parent, unit = _title(first), _title(caps[-1])
    if parent.startswith("Pemerintah "):
        region = parent[len("Pemerintah ") :]
        return unit if region.lower() in unit.lower() else f"{unit} {region}"
    parent = re.sub(r"\s+Republik Indonesia$", "", parent)
    short = _initials(parent)
    if len(short) >= 2 and re.search(rf"\b{short}\b", text):
        parent = short
    if unit.startswith("Perwakilan "):
        return f"{parent} {unit}"
    return f"{unit}, {parent}"

"""The purpose of a request from a letter's prose: "untuk keperluan ...", "dalam rangka ...", "for ...".

A guess, like everything in `prose`: a labelled "Tujuan:" beats it. The clause is taken up to the
sentence's end or up to the words that start another topic (dates, rights, "kami mohon").
"""

from __future__ import annotations

import re

from daemon.core.prose import unwrap

_PURPOSES = tuple(
    re.compile(r"(?:" + p + r")\s*:?\s*(?P<p>[^\n]{4,300})", re.IGNORECASE)
    for p in (
        (
            r"\b(?:(?:untuk|utk|guna|buat)\s+)?(?:keperluan|kepentingan)\b|for the purpose of|purpose of|"
            r"\bas part of(?: (?:the|our))?(?=\s+(?:scheduled|planned|routine|regular|annual|quarterly|monthly|weekly))"
        ),
        (
            r"\b(?:untuk|utk|guna|buat|for|to)\s+(?=(?:pe\w+an|pen\w+|pem\w+|peng\w+|per\w+an|ke\w+an|me\w+kan|melakukan|"
            r"audit|instalasi|migrasi|maintenance|konfigurasi|monitoring|upgrade|update|backup|uji|cek|check|replikasi|"
            r"integrasi|sinkronisasi|troubleshoot\w*|database|debug\w*|install\w*|patch\w*|perform\w*|[a-z]+ing|"
            r"scheduled|planned|routine|regular|annual|quarterly|monthly|weekly)\b)"
        ),
        (
            r"\b(?:dalam rangka|sehubungan dengan (?:kegiatan|pekerjaan|pelaksanaan|rencana)|terkait (?:rencana|kegiatan|pekerjaan)?|"
            r"in order to|to perform|to carry out|needed for|required for|bermaksud (?:untuk )?(?:melakukan |mengadakan )?|"
            r"adapun tujuan(?:nya)?(?: adalah)?|tujuan(?:nya)? (?:adalah|untuk))\b"
        ),
        # "Sehubungan dengan reviu atas ..., kami ...": the matter itself, never a letter or "hal tersebut"
        r"\bsehubungan dengan\b(?!\s+(?:surat|hal|adanya|itu|ini|tersebut|permohonan|perihal|nota|undangan)\b)",
        # "pekerjaan penggantian sertifikat SSL akan kami lakukan": the work named as the sentence's subject
        r"\b(?:pekerjaan|kegiatan)\s+(?=pe\w+an\b[^.\n]{0,120}?\bakan\s+(?:kami\s+)?(?:lakukan|laksanakan|kerjakan)\b)",
    )
)
_PURPOSE_STOP = re.compile(
    r"\s+(?:pada (?:tanggal|hari)|mulai (?:tanggal|hari|besok)?|selama|dari tanggal|tanggal\s+\d|yang akan dilaksanakan|"
    r"yang dijadwalkan|terhitung|on \d|from \d|starting|between|dengan (?:hak|rincian|data)|berikut|besok|lusa|"
    r"hari ini|minggu depan|jam \d|pukul|yang ditugaskan|sesuai (?:kontrak|surat)|kami (?:mohon|memohon|mengajukan)|"
    r"akan (?:kami )?(?:lakukan|laksanakan|kerjakan))\b|"
    r"\s+(?:ya|yah|pak|bu|mas|mbak|nggih|gan)(?=\W|$)|"
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

def purpose(text: str) -> str | None:
    flat = unwrap(text).replace("“", "\"").replace("”", "\"")
    for rx in _PURPOSES:
        for m in rx.finditer(flat):
            raw = m.group("p").lstrip("\" ")
            value = _PURPOSE_STOP.split(raw, maxsplit=1)[0].strip(" ,:-")
            if m.group(0).lower().startswith("sehubungan"):
                value = value.split(",")[0]  # "Sehubungan dengan X, <who> mohon ...": the matter ends at the comma
            value = _antecedent(value, flat[: m.start()])
            if len(value) >= 4 and not _NOT_PURPOSE.match(value):
                return value[0].upper() + value[1:] if value[0].islower() else value
    return None


_CONNECT = {"atas", "dan", "terhadap", "of", "on", "and", "the"}


def _antecedent(value: str, before: str) -> str:
    """"pengujian data dalam pemeriksaan tersebut" → the examination the letter named before:
    "... dalam Pemeriksaan Kinerja atas Efektivitas Pengadaan Barang/Jasa" (its capitalised title)."""
    m = re.search(r"\b(\w+)\s+(?:tersebut|dimaksud|itu)$", value)
    if not m:
        return value
    noun = m.group(1).lower()
    for found in reversed(list(re.finditer(rf"\b{re.escape(noun.capitalize())}\b", before))):
        words: list[str] = []
        for word in before[found.end() :].split()[:14]:
            bare = word.rstrip(",.;:")
            if not (bare[:1].isupper() or bare.lower() in _CONNECT):
                break
            words.append(bare)
            if bare != word:
                break
        while words and words[-1].lower() in _CONNECT:
            words.pop()
        if len(words) >= 2:
            return value[: m.start()] + " ".join([noun.capitalize(), *words])
    return value

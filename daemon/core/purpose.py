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
        r"\b(?:(?:untuk|utk|guna|buat)\s+)?(?:keperluan|kepentingan)\b|for the purpose of|purpose of|"
        r"\bas part of(?: (?:the|our))?(?=\s+(?:scheduled|planned|routine|regular|annual|quarterly|monthly|weekly))",
        r"\b(?:untuk|utk|guna|buat|for|to)\s+(?=(?:pe\w+an|pen\w+|pem\w+|peng\w+|per\w+an|ke\w+an|me\w+kan|melakukan|"
        r"audit|instalasi|migrasi|maintenance|konfigurasi|monitoring|upgrade|update|backup|uji|cek|check|replikasi|"
        r"integrasi|sinkronisasi|troubleshoot\w*|database|debug\w*|install\w*|patch\w*|perform\w*|[a-z]+ing|"
        r"scheduled|planned|routine|regular|annual|quarterly|monthly|weekly)\b)",
        r"\b(?:dalam rangka|sehubungan dengan (?:kegiatan|pekerjaan|pelaksanaan|rencana)|terkait (?:rencana|kegiatan|pekerjaan)?|"
        r"in order to|to perform|to carry out|needed for|required for|bermaksud untuk|adapun tujuan(?:nya)?(?: adalah)?|"
        r"tujuan(?:nya)? (?:adalah|untuk))\b",
    )
)
_PURPOSE_STOP = re.compile(
    r"\s+(?:pada (?:tanggal|hari)|mulai (?:tanggal|hari|besok)?|selama|dari tanggal|tanggal\s+\d|yang akan dilaksanakan|"
    r"yang dijadwalkan|terhitung|on \d|from \d|starting|between|dengan (?:hak|rincian|data)|berikut|besok|lusa|"
    r"hari ini|minggu depan|jam \d|pukul|yang ditugaskan|sesuai (?:kontrak|surat)|kami (?:mohon|memohon|mengajukan))\b|"
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
            if len(value) >= 4 and not _NOT_PURPOSE.match(value):
                return value[0].upper() + value[1:] if value[0].islower() else value
    return None

"""Which of a letter's dated spans is the access period, when the letter also cites other periods.

A request letter often names a contract's term ("Kontrak Nomor ... masa pelaksanaan 5 Oktober s.d.
31 Desember"), an assignment letter's dates or its own date beside the days the access is wanted.
Each date (or range) is judged by the words before it in its sentence: an access word ("akses",
"remote", "VPN", "jadwal") after the last other-document word ("kontrak", "SPK", "surat tugas",
"penugasan") makes it the access period; an other-document word with no access word after it rules it
out. Pure: the reference date comes in as an argument.
"""

from __future__ import annotations

import re
from datetime import date

from daemon.core.dates import Found, Span, find_dates, parse_range

OTHER_DOCUMENT = re.compile(
    r"\b(?:kontrak|contract|spk|perjanjian|agreement|surat\s+tugas|penugasan|surat\s+perintah|"
    r"tanggal\s+surat|tgl\.?\s+surat|dated|bertanggal|addendum|adendum)\b",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"\b(?:akses|access|remote|vpn|ssh|login|jadwal|schedule[d]?|dijadwalkan|direncanakan|planned|"
    r"dilaksanakan|dikerjakan|connect)\b",
    re.IGNORECASE,
)
_WEAK = re.compile(r"\b(?:pekerjaan|pelaksanaan|kegiatan|work|maintenance|pemeliharaan)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(])|\n\s*\n")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    end_m = _SENTENCE_END.search(text, pos)
    return start, end_m.start() + 1 if end_m else len(text)


def _score(before: str) -> int:
    decoys = [m.end() for m in OTHER_DOCUMENT.finditer(before)]
    strong = [m.end() for m in _STRONG.finditer(before)]
    last_decoy = decoys[-1] if decoys else -1
    if strong and strong[-1] > last_decoy:
        return 2
    if decoys:
        return -2
    return 1 if _WEAK.search(before) else 0


def access_span(text: str, today: date) -> Span:
    """The access period a letter names (see the module docstring); `parse_range` when no other
    document's dates are in play."""
    if not OTHER_DOCUMENT.search(text):
        return parse_range(text, today)
    dates = find_dates(text, today)
    best: tuple[int, int, Span] | None = None
    prev: Found | None = None
    for f in dates:
        s_start, s_end = _sentence_bounds(text, f.start)
        window_start = max(s_start, prev.stop if prev else 0)
        prev = f
        span = parse_range(text[window_start:s_end], today)
        if span.start != f.value:
            continue  # f is the end of the range before it
        score = _score(text[s_start : f.start])
        rank = (score, 1 if span.end and span.end != span.start else 0)
        if best is None or rank > best[:2]:
            best = (rank[0], rank[1], span)
    if best is None or best[0] < 0:
        return parse_range(text, today) if best is None else Span(None, None)
    return best[2]

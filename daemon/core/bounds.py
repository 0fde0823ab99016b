"""How much text any rule reads: long runs cut short, the whole capped (issue 9: one mail never stalls the mailbox).

Some shapes of text (a label followed by 50,000 spaces, 100,000 dashes, "NIP. " and 50,000
digits) made extraction quadratic: 20-40 s for one 50 KB body. No letter needs a run of more
than a few dozen equal characters or digits, nor more than the first 64 KB of a body or an
attachment to say who asks for what; so every text the rules see passes through `bounded`
first, in one linear pass, and each rule's work is bounded by it.
"""

from __future__ import annotations

import re

MAX_TEXT = 64 * 1024  # characters of one body or one attachment that the rules read
MAX_RUN = 64  # a run of one repeated character, or of digits, is cut to this length
_SAME = re.compile(r"(.)\1{%d,}" % MAX_RUN, re.S)
_DIGITS = re.compile(r"\d{%d,}" % (MAX_RUN + 1))
_BLANKS = re.compile(r"[^\S\n]{%d,}" % (MAX_RUN + 1))  # tabs and spaces mixed
REPEATS = 8  # a unit of up to 16 characters said more than this many times in a row is cut to this many
_REPEATED = re.compile(r"(.{2,16}?)\1{%d,}" % REPEATS, re.S)


def bounded(text: str) -> str:
    """`text` with every run longer than MAX_RUN cut to MAX_RUN (and a short unit repeated more than
    REPEATS times cut to REPEATS), then cut to MAX_TEXT characters."""
    if len(text) > 4 * MAX_TEXT:
        text = text[: 4 * MAX_TEXT]  # the runs below are cut on at most this much
    text = _SAME.sub(lambda m: m.group(1) * MAX_RUN, text)
    text = _DIGITS.sub(lambda m: m.group(0)[:MAX_RUN], text)
    text = _BLANKS.sub(lambda m: m.group(0)[:MAX_RUN], text)
    text = _REPEATED.sub(lambda m: m.group(1) * REPEATS, text)
    return text[:MAX_TEXT]

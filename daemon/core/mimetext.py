"""Mail body text repaired without email objects: format=flowed soft breaks, and a multipart body
whose boundary parameter is missing or wrong, cut into its parts by the delimiter lines it uses.

Pure string work, so the edge (`daemon.mail.parser`) can call it and tests need no messages.
"""

from __future__ import annotations

import re


def unflow(text: str, *, delsp: bool = False) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next one (a soft break).

    Quoted ("> ") and signature ("-- ") lines are left as they are."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        soft = line.endswith(" ") and line != "-- " and not line.startswith(">")
        if soft:
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry.rstrip())
    return "\n".join(out)


_DELIMITER = re.compile(r"^--([^\s]{6,200}?)(--)?[ \t]*\r?$", re.MULTILINE)


def split_on_delimiters(raw: str) -> list[str]:
    """The parts of a multipart body by its most used "--boundary" line, or [] when there is none."""
    counts: dict[str, int] = {}
    for m in _DELIMITER.finditer(raw):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return []
    boundary = max(counts, key=lambda b: counts[b])
    parts: list[str] = []
    for piece in re.split(rf"^--{re.escape(boundary)}(?:--)?[ \t]*\r?$", raw, flags=re.MULTILINE)[1:]:
        if piece.strip():
            parts.append(piece)
    return parts

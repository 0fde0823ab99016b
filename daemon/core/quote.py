"""A reply's own words: the text before the quoted thread, the forwarded message, and the signature.

Decision words and closure notices count only in the new text (DESIGN §3, §5), so this module
errs towards cutting: everything from the first quote header on is dropped, and so are `>` lines.
Quote headers known here, in both office languages: "Pada <tanggal> <nama> menulis:" (wrapped or
not), "On ... wrote:", "-----Original Message-----", "-----Pesan Asli-----", Zimbra's
"----- Original Message -----", forwarding markers, and Outlook header blocks
("From:/Sent:/To:/Subject:", "Dari:/Dikirim:/Kepada:/Perihal:", "Tanggal:/Subjek:").
"""

from __future__ import annotations

import functools
import re

_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original message|pesan asli|pesan awal|pesan sebelumnya|reply message)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|pesan (?:yang )?(?:di)?teruskan|pesan terusan|diteruskan|"
    r"weitergeleitete nachricht)\s*-{2,}|begin forwarded message:?|awal pesan yang diteruskan:?|"
    r"-{3,}\s*forwarded by .*)\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_START = re.compile(r"^\s*(?:pada|on|le|am|em|el|tanggal)\b", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(r"(?:menulis|wrote|a écrit|schrieb|escribió|escreveu|tulis)\s*:\s*$", re.IGNORECASE)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|dari)\s*:\*?\s*(.*)$", re.IGNORECASE)
_OUTLOOK_FIELD = re.compile(
    r"^\s*\*?(sent|date|dikirim|tanggal|to|kepada|cc|subject|perihal|subjek|terkirim|waktu)\s*:", re.IGNORECASE
)
_RULE = re.compile(r"^\s*[_=]{8,}\s*$")
_SIGNATURE = re.compile(
    r"^\s*(?:--\s*|sent from my .{0,40}|sent from (?:outlook|mail|yahoo|gmail).{0,40}|get outlook for .{0,30}|"
    r"dikirim dari .{0,40}|dikirim melalui .{0,40}|sent via .{0,40}|diketik dari .{0,30})$",
    re.IGNORECASE,
)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _is_outlook_block(lines: list[str], i: int) -> bool:
    """A "From:/Dari:" line followed closely by Sent/Date/To/Subject fields of a quoted mail."""
    m = _OUTLOOK_FROM.match(lines[i])
    if not m:
        return False
    fields: set[str] = set()
    for line in lines[i + 1 : i + 7]:
        f = _OUTLOOK_FIELD.match(line)
        if f:
            fields.add(f.group(1).lower())
        elif line.strip() and len(fields) >= 1 and not line.startswith((" ", "\t")):
            break
    sent = fields & {"sent", "dikirim", "date", "tanggal", "terkirim", "waktu"}
    other = fields & {"to", "kepada", "subject", "perihal", "subjek", "cc"}
    if not (sent and other):
        return False
    # A memo letter also reads "Dari/Kepada/Tanggal/Perihal": require an address or a mail word.
    return "@" in m.group(1) or bool(fields & {"sent", "dikirim", "terkirim", "subject", "subjek"})


def _is_attribution(lines: list[str], i: int) -> bool:
    """"On <date> <name> wrote:" / "Pada <tanggal> <nama> menulis:", possibly wrapped over 3 lines."""
    line = lines[i].strip()
    if not line:
        return False
    if _ATTRIBUTION_END.search(line):
        return bool(_ATTRIBUTION_START.match(line) or "@" in line or re.search(r"\d", line))
    if not _ATTRIBUTION_START.match(line) or len(line) > 200:
        return False
    joined = line
    for nxt in lines[i + 1 : i + 3]:
        if not nxt.strip():
            return False
        joined += " " + nxt.strip()
        if _ATTRIBUTION_END.search(joined):
            return bool(re.search(r"\d|@", joined))
    return False


@functools.lru_cache(maxsize=4)
def quote_start(text: str) -> int | None:
    """The index of the first line that starts quoted or forwarded material, or None.

    Remembered for the last few texts: `new_text`, `forwarded_part` and the signature each ask it of the same text."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line) or _FORWARD.match(line):
            return i
        if _is_attribution(lines, i) or _is_outlook_block(lines, i):
            return i
        if _RULE.match(line) and i + 1 < len(lines):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _is_outlook_block(lines, j):
                return i
    return None


@functools.lru_cache(maxsize=2)
def new_text(text: str) -> str:
    """The reply's own text: no `>` lines, nothing from a quote header on, no signature.

    Remembered for the last two texts (no more: a text may be large): six of classify's rules ask it of one message."""
    lines = _lines(text)
    cut = quote_start(text)
    if cut is not None:
        lines = lines[:cut]
    out: list[str] = []
    for line in lines:
        if _SIGNATURE.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        out.append(line.rstrip())
    return "\n".join(out).strip()


@functools.lru_cache(maxsize=2)
def forwarded_part(text: str) -> str | None:
    """The forwarded message (its header block included) when the text forwards one, else None.

    A forward is recognised by a forwarding marker, or by a quote header with no own text above it
    (some clients forward with an "Original Message" separator)."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        if _FORWARD.match(line):
            rest = "\n".join(lines[i + 1 :]).strip("\n")
            return rest or None
    cut = quote_start(text)
    if cut is None:
        return None
    body = lines[cut:]
    if _SEPARATOR.match(body[0]) or _RULE.match(body[0]):
        body = body[1:]
    rest = "\n".join(body).strip("\n")
    return rest or None


_HEADER_LINE = re.compile(
    r"^\s*\*?(from|dari|sent|date|dikirim|tanggal|terkirim|to|kepada|cc|subject|perihal|subjek)\s*:\*?\s*(.*)$",
    re.IGNORECASE,
)
_HEADER_NAMES = {
    "dari": "from", "dikirim": "date", "sent": "date", "tanggal": "date", "terkirim": "date",
    "kepada": "to", "perihal": "subject", "subjek": "subject",
}


def split_header_block(text: str) -> tuple[dict[str, str], str]:
    """A forwarded part's leading "From:/Date:/Subject:/To:" block (names in English) and the rest."""
    lines = _lines(text)
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m:
            break
        name = m.group(1).lower()
        headers.setdefault(_HEADER_NAMES.get(name, name), m.group(2).strip())
        i += 1
    if len(headers) < 2:
        return {}, text
    return headers, "\n".join(lines[i:]).strip("\n")

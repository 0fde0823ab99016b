"""Access rights as the letter words them → the configured vocabulary (`access.rights`).

Known synonyms map onto the default vocabulary (ssh, vpn, database-readonly, spse-admin); any other
configured right is recognised by its own name ("web-panel" matches "web panel", "web_panel").
A right outside the vocabulary is dropped: the approver sees the letter itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SSH = re.compile(
    r"\bs?ssh\b|\bsftp\b|\bscp\b|remote server|akses (?:ke )?server|\bterminal\b|\bputty\b|\bshell\b|"
    r"command line|remote console|login server|server access|akses konsol",
    re.IGNORECASE,
)
_VPN = re.compile(r"\bvpn\b|openvpn|wireguard|forticlient|\bipsec\b|virtual private network|l2tp", re.IGNORECASE)
_DB = re.compile(r"database|basis data|basisdata|\bdb\b|mysql|postgre\w*|\bsql\b|query", re.IGNORECASE)
_READONLY = re.compile(r"read[\s_-]*only|\bro\b|baca saja|hanya baca|membaca|\bselect\b|query|\bread\b|lihat", re.IGNORECASE)
_WRITE = re.compile(r"\bwrite\b|tulis|ubah|\bfull\b|penuh|\bdba\b|read[\s/-]*write|\brw\b|administrator database", re.IGNORECASE)
_SPSE_ADMIN = re.compile(
    r"\bspse\b\W+(?:[\w.]+\W+){0,3}?(?:admin(?:istrator)?|adm)\b|"
    r"\b(?:admin(?:istrator)?|adm)\W+(?:[\w.]+\W+){0,2}?spse\b|\bspse[\s_-]*admin\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:tidak|tanpa|bukan|tak|not|no|without|don't|do not|never)\b", re.IGNORECASE)
_SPLIT = re.compile(r"[,;\n]|\s+dan\s+|\s+and\s+|\s+&\s+|\s+serta\s+|\s*\+\s*|\s+/\s+")


# A word each pattern cannot match without (folded as `_folded` does): a plain substring test
# tells in microseconds which patterns may match a text; only those run (issue 9: the patterns,
# tried at every position of every clause of a letter, were a fifth of reading it).
_Known = tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]  # (right, pattern, keywords)
_KNOWN: _Known = (
    ("spse-admin", _SPSE_ADMIN, ("spse",)),
    ("vpn", _VPN, ("vpn", "wireguard", "forticlient", "ipsec", "virtual private network", "l2tp")),
    ("ssh", _SSH, ("ssh", "sftp", "scp", "server", "terminal", "putty", "shell", "command line", "remote console", "akses konsol")),
    ("database-readonly", _DB, ("database", "basis data", "basisdata", "db", "mysql", "postgre", "sql", "query")),
)
# The four non-ASCII letters IGNORECASE matches to ASCII ones (Python's `re` documentation)
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _folded(text: str) -> str:
    """`text` as the keyword tests read it: whatever an IGNORECASE pattern's ASCII letter matches
    becomes that letter in lower case, so a keyword missing here means the pattern cannot match."""
    return text.translate(_ASCII_LOOKALIKES).lower()


def _segment_rights(segment: str, folded: str, known: _Known) -> list[str]:
    """The known rights one segment names (`folded` is `_folded(segment)`)."""
    found: list[str] = []
    for right, pattern, keywords in known:
        if not any(k in folded for k in keywords) or not pattern.search(segment):
            continue
        if right != "database-readonly" or _READONLY.search(segment) or not _WRITE.search(segment):
            found.append(right)
    return found


_TICKED = re.compile(r"[☑☒✓✔✅■▣⊠]|\[\s*[xX✓✔vV]\s*\]|\(\s*[xX✓✔vV]\s*\)")
_UNTICKED = re.compile(r"[☐□▢◻❏]|\[\s*\]|\(\s*\)")


def _ticked_only(text: str) -> str:
    """A form with tick boxes: only the ticked options count. A line holding several boxes is cut
    at each box, so that every option stands with its own box."""
    if not _UNTICKED.search(text):
        return text
    kept: list[str] = []
    for line in text.split("\n"):
        marks = list(re.finditer(f"{_TICKED.pattern}|{_UNTICKED.pattern}", line))
        if not marks:
            kept.append(line)
            continue
        ticked = []
        for i, m in enumerate(marks):
            stop = marks[i + 1].start() if i + 1 < len(marks) else len(line)
            if _TICKED.fullmatch(m.group(0)):
                ticked.append(line[m.end() : stop])
        kept.append("; ".join(ticked))
    return "\n".join(kept)


@lru_cache(maxsize=256)
def _literal(right: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[-_ ]+", right) if w]
    return re.compile(r"(?<![\w-])" + r"[\s_-]*".join(words) + r"(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=256)
def _literal_keyword(right: str) -> str:
    """The first word of a configured right's name: its pattern cannot match without it. ("" for
    a name not in ASCII: beyond ASCII, IGNORECASE knows more likenesses than `_folded`.)"""
    word = _folded(next((w for w in re.split(r"[-_ ]+", right) if w), ""))
    return word if word.isascii() else ""


def normalize_rights(text: str, vocabulary: tuple[str, ...], *, prose: bool = False) -> tuple[str, ...]:
    """The configured rights a text asks for, in vocabulary order.

    `prose` reads a whole letter (segments are its sentences); otherwise `text` is a labelled value."""
    segments: list[str]
    text = _ticked_only(text)
    folded = _folded(text)
    known = tuple(k for k in _KNOWN if any(w in folded for w in k[2]))
    literals = tuple(r for r in vocabulary if _literal_keyword(r) in folded)
    if not known and not literals:
        return ()  # names no right: no sentence of it does
    if prose:
        segments = []
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            if sentence.rstrip().endswith("?"):
                continue  # a question about rights asks for none
            clauses = re.split(r"[,;]|\b(?:hanya|cukup|only|but|tetapi|namun|melainkan)\b", sentence, flags=re.IGNORECASE)
            segments.extend(c for c in clauses if not _NEGATED.search(c))
    else:
        # a negated aside drops out whole: "VPN and SSH only (we do not need database access)"
        text = re.sub(r"\([^()]*\)", lambda m: " " if _NEGATED.search(m.group(0)) else m.group(0), text)
        parts = _SPLIT.split(text)
        segments = [p for p in parts if not _NEGATED.search(p)]
        if len(segments) == len(parts):
            segments.append(text)
    wanted: set[str] = set()
    for seg in segments:
        folded_seg = _folded(seg)
        wanted.update(_segment_rights(seg, folded_seg, known))
        wanted.update(r for r in literals if _literal_keyword(r) in folded_seg and _literal(r).search(seg))
    return tuple(r for r in vocabulary if r in wanted)

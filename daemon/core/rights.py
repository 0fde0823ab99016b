"""Access rights as the letter words them → the configured vocabulary (`access.rights`).

Known synonyms map onto the default vocabulary (ssh, vpn, database-readonly, spse-admin); any other
configured right is recognised by its own name ("web-panel" matches "web panel", "web_panel").
A right outside the vocabulary is dropped: the approver sees the letter itself.
"""

from __future__ import annotations

import re

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


def _segment_rights(segment: str) -> list[str]:
    found: list[str] = []
    if _SPSE_ADMIN.search(segment):
        found.append("spse-admin")
    if _VPN.search(segment):
        found.append("vpn")
    if _SSH.search(segment):
        found.append("ssh")
    if _DB.search(segment) and (_READONLY.search(segment) or not _WRITE.search(segment)):
        found.append("database-readonly")
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


def _literal(right: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[-_ ]+", right) if w]
    return re.compile(r"(?<![\w-])" + r"[\s_-]*".join(words) + r"(?![\w-])", re.IGNORECASE)


def normalize_rights(text: str, vocabulary: tuple[str, ...], *, prose: bool = False) -> tuple[str, ...]:
    """The configured rights a text asks for, in vocabulary order.

    `prose` reads a whole letter (segments are its sentences); otherwise `text` is a labelled value."""
    segments: list[str]
    text = _ticked_only(text)
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
        wanted.update(_segment_rights(seg))
        for right in vocabulary:
            if _literal(right).search(seg):
                wanted.add(right)
    return tuple(r for r in vocabulary if r in wanted)

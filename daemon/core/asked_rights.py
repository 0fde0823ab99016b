"""What the letter asked for, in its own words, beside what the vocabulary can grant.

`access.rights` is what the office grants (ssh, vpn, database-readonly, ...). Letters ask for
more: root, sudo, a database superuser or write access, AnyDesk. Mapping such an ask onto the
nearest right would let the Kasubag approve something other than what was asked, so the
letter's wording is kept (`access_rights_text`) and every ask the vocabulary cannot grant is
named, so the approval mail and page can flag it: "diminta, tetapi tidak termasuk hak yang
akan diberikan". Every pattern is a bounded alternation of words: linear on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.core.rights import normalize_rights

MAX_TEXT = 300  # the letter's words kept beside the codes
_READ = 20_000  # a rights sentence is looked for in this much of a text, no more

_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("root", re.compile(r"\broot\b|\bhak (?:akses )?penuh\b|\bfull (?:access|akses|privilege)\b|\bakses penuh\b", re.I)),
    ("sudo", re.compile(r"\bsudo(?:er|ers)?\b|\badministrator server\b|\badmin server\b|\bhak admin(?:istrator)? (?:di |ke )?server\b", re.I)),
    ("db_superuser", re.compile(r"\bsuper ?user\b|\bdba\b|\bpostgres user\b|\buser postgres\b|\bdb owner\b|\bowner basis data\b", re.I)),
    ("db_write", re.compile(
        r"\b(?:read|baca)[ /&-]{1,3}(?:write|tulis)\b|\bwrite access\b|\bakses tulis\b|\bhak tulis\b|"
        r"\b(?:insert|update|delete|drop|alter)\b|\bmengubah data\b|\bubah data\b", re.I)),
    ("remote_desktop", re.compile(
        r"\banydesk\b|\bteam ?viewer\b|\bultra ?viewer\b|\brust ?desk\b|\b(?:tight|real|ultra)?vnc\b|\brdp\b|"
        r"\bremote desktop\b|\bchrome remote\b|\bremote dekstop\b", re.I)),
)  # fmt: skip
_ANY_RIGHT = re.compile(
    r"\bs?ssh\b|\bsftp\b|\bvpn\b|\bakses\b|\baccess\b|\bdatabase\b|\bbasis ?data\b|\bserver\b|\broot\b|\bsudo\b|"
    r"\banydesk\b|\bteam ?viewer\b|\bremote\b|\bhak\b|\bmysql\b|\bpostgre",
    re.I,
)
_DB_ASKS = ("db_superuser", "db_write")
_DB = re.compile(r"\bdatabase\b|\bbasis ?data\b|\bdb\b|\bmysql\b|\bpostgre\w{0,10}|\bsql\b|\bdbms\b|\btabel\b|\btable\b", re.I)
_AKSES_X = re.compile(r"\bakses ([A-Za-z][\w-]{1,20})", re.I)
_NOT_A_RIGHT = frozenset(
    "ke kepada jarak remote berupa yang untuk pada dari di server bagi sebagai tersebut sementara ini itu dan atau "
    "serta kami saya tersebut melalui via akun user login masuk jaringan aplikasi sistem kembali baru lagi "
    "hanya cukup penuh tulis baca terbatas internet lpse spse data basis database".split()
)
_QUALIFIER = re.compile(r"read[ _-]{0,2}only|hanya baca|baca saja|\bro\b|kantor|saja|only", re.I)
_SENTENCE = re.compile(r"[^.!?\n]{1,400}")
_NEGATED = re.compile(r"\b(?:tidak|tanpa|bukan|tak|not|no|without|never)\b", re.I)
_SPLIT = re.compile(r"[,;\n]|\s(?:dan|and|serta|&|\+|/)\s")


@dataclass(frozen=True)
class Ask:
    """An ask the vocabulary does not grant: its kind and the letter's own words for it."""

    kind: str  # root | sudo | db_superuser | db_write | remote_desktop | other
    words: str


def rights_wording(labelled: str | None, text: str) -> str | None:
    """The letter's own words about rights: the labelled value, else the sentences that speak of access."""
    if labelled and labelled.strip():
        return _tidy(labelled)
    found = []
    for m in _SENTENCE.finditer(text[:_READ]):
        sentence = m.group(0).strip()
        if sentence and not sentence.endswith("?") and _ANY_RIGHT.search(sentence) and _mentions_an_ask_or_right(sentence):
            found.append(sentence)
        if len(found) == 3:
            break
    return _tidy(" … ".join(found)) if found else None


def ungranted(wording: str | None, granted: tuple[str, ...], vocabulary: tuple[str, ...], *, labelled: bool) -> tuple[Ask, ...]:
    """Each ask in `wording` that `granted` does not cover.

    In a labelled value ("Hak Akses: SSH, root") every un-negated part that maps to no right is an
    ask of its own (`other`); in prose only "akses FTP" (an acronym after "akses") is, since a
    sentence says much else."""
    if not wording:
        return ()
    asks: list[Ask] = []
    for part in _SPLIT.split(wording[: MAX_TEXT * 2]):
        part = part.strip(" .:-()")
        if not part or _NEGATED.search(part):
            continue
        special = False
        for kind, pattern in _ASKS:
            m = pattern.search(part)
            if m is None or (kind in _DB_ASKS and not _DB.search(part)):
                continue
            special = True
            if set(normalize_rights(m.group(0), vocabulary)) & set(granted):
                continue  # the office's vocabulary has this very right, and it is granted
            asks.append(Ask(kind, part if labelled and len(part) <= 60 else m.group(0)))
        if special:
            continue
        if _QUALIFIER.fullmatch(part):
            continue  # "read only" beside "Database": it qualifies the right before it
        if labelled and not normalize_rights(part, vocabulary) and 0 < len(part.split()) <= 6:
            asks.append(Ask("other", part[:60]))
        elif not labelled:
            for m in _AKSES_X.finditer(part):
                name = m.group(1)
                if name.isupper() and name.lower() not in _NOT_A_RIGHT and not normalize_rights(m.group(0), vocabulary):
                    asks.append(Ask("other", m.group(0)))
    unique: dict[tuple[str, str], Ask] = {}
    for ask in asks:
        unique.setdefault((ask.kind, ask.words.lower()), ask)
    return tuple(unique.values())


def _mentions_an_ask_or_right(sentence: str) -> bool:
    return any(p.search(sentence) for _k, p in _ASKS) or bool(re.search(r"\bs?ssh\b|\bvpn\b|\bdatabase\b|\bbasis ?data\b|\bhak akses\b", sentence, re.I))


def _looks_like_a_right(part: str) -> bool:
    """A short phrase (a label's value lists rights), not a sentence of explanation."""
    return 0 < len(part.split()) <= 6 and bool(re.search(r"[A-Za-z]", part))


def _tidy(text: str) -> str:
    collapsed = " ".join(text.split())
    return collapsed if len(collapsed) <= MAX_TEXT else collapsed[: MAX_TEXT - 1] + "…"

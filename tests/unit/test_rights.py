"""Rights named in letters: the keyword shortcut finds exactly what every pattern on every clause found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from daemon.core import rights
from daemon.core.rights import normalize_rights

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
VOCABULARY = ("ssh", "vpn", "database-readonly", "spse-admin", "web-panel", "ftp")


def _reference(text: str, vocabulary: tuple[str, ...], prose: bool) -> tuple[str, ...]:
    """`normalize_rights` as it was before the keyword shortcut: every pattern on every segment."""
    text = rights._ticked_only(text)
    if prose:
        segments = []
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            if sentence.rstrip().endswith("?"):
                continue
            clauses = re.split(r"[,;]|\b(?:hanya|cukup|only|but|tetapi|namun|melainkan)\b", sentence, flags=re.IGNORECASE)
            segments.extend(c for c in clauses if not rights._NEGATED.search(c))
    else:
        text = re.sub(r"\([^()]*\)", lambda m: " " if rights._NEGATED.search(m.group(0)) else m.group(0), text)
        parts = rights._SPLIT.split(text)
        segments = [p for p in parts if not rights._NEGATED.search(p)]
        if len(segments) == len(parts):
            segments.append(text)
    wanted: set[str] = set()
    for seg in segments:
        for right, pattern, _keywords in rights._KNOWN:
            if pattern.search(seg) and (right != "database-readonly" or rights._READONLY.search(seg) or not rights._WRITE.search(seg)):
                wanted.add(right)
        wanted.update(r for r in vocabulary if rights._literal(r).search(seg))
    return tuple(r for r in vocabulary if r in wanted)


CASES = [
    "Mohon akses SSH dan VPN ke server SPSE.", "akses ſsh ke server", "VPN (tidak perlu database)",
    "Database read only, bukan write.", "administrator SPSE", "Admin  -  SPSE", "web panel dan FTP saja",
    "WEB_PANEL", "mysql query", "DB: full access", "remote console", "KONSOL", "akses konsol", "L2TP/IPsec",
    "openvpn; putty", "tidak ssh", "Apakah perlu SSH?", "ssh-key saja", "SFTP", "dba", "Web-Panel", "pwebpanel",
]


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("prose", [False, True])
def test_same_rights_as_every_pattern_on_every_clause(text: str, prose: bool) -> None:
    assert normalize_rights(text, VOCABULARY, prose=prose) == _reference(text, VOCABULARY, prose)


def test_same_rights_in_every_corpus_message() -> None:
    texts = [p.read_text(errors="replace") for p in sorted(CORPUS.glob("*.eml"))]
    named = 0
    for text in texts:
        for prose in (False, True):
            got = normalize_rights(text, VOCABULARY, prose=prose)
            assert got == _reference(text, VOCABULARY, prose)
            named += bool(got)
    assert named > 50  # the corpus names rights to compare


def test_a_long_s_and_kelvin_sign_still_name_their_rights() -> None:
    """IGNORECASE matches these to ASCII letters; the keyword test must not leave them out."""
    assert normalize_rights("akses ſſh", VOCABULARY) == ("ssh",)
    assert normalize_rights("\u212aONSOL", ("konsol",)) == ("konsol",)
    assert normalize_rights("remote \u212aonsol", ("konsol",)) == ("konsol",)

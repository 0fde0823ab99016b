"""`intent._asks_for_access` skips a text with no access object in it (issue 9): the same answer as trying
every sentence, over the corpus and over generated texts that put object words at sentence edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core import intent
from daemon.core.quote import new_text
from daemon.mail.parser import UnparseableMessage, parse_message

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def every_sentence(text: str) -> bool:
    """The rule as it was before the prefilter: each sentence tried."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
        sentence = " ".join(sentence.split())
        if not intent.REQUEST_SENTENCE.search(sentence):
            continue
        if sentence.endswith("?") or intent._QUESTION_START.match(sentence) or intent._CLOSING_VERB.search(sentence):
            continue
        return True
    return False


def texts() -> list[str]:
    found = []
    for path in sorted(CORPUS.glob("*.eml")):
        try:
            msg = parse_message(path.read_bytes())
        except UnparseableMessage:
            continue
        found += [msg.text, new_text(msg.text), msg.subject] + [a.text for a in msg.attachments if a.text]
    return found


def test_the_corpus_reads_the_same_with_the_prefilter() -> None:
    corpus = texts()
    answers = [intent._asks_for_access(t) for t in corpus]
    assert answers == [every_sentence(t) for t in corpus]
    assert sum(answers) > 50 and answers.count(False) > 50  # both answers are exercised


WORDS = ["Mohon", "akses", "vpn", "ssh", "remote", "server", "informasi", "publik", "dokumen", "dibukakan", "agar",
         "kami", "mengajukan", "hak", "akun", "database", "?", ".", "!", "\n\n", " ", "\n", "Bagaimana", "ditutup", "be", "granted"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_generated_texts_read_the_same_with_the_prefilter(words: list[str]) -> None:
    text = " ".join(words)
    assert intent._asks_for_access(text) == every_sentence(text)


@pytest.mark.parametrize(
    "text",
    ["Kami mohon akses vpn\n\nInformasi publik kami lampirkan", "Mohon dibukakan akses remote. Dokumen terlampir.", "SETUJU"],
)
def test_hand_made_edges_read_the_same(text: str) -> None:
    assert intent._asks_for_access(text) == every_sentence(text)

"""Exactly one outcome per message, through the real Intake on SQLite and a Maildir inbox.

Whatever arrives (real messages truncated, bit-flipped, stripped of headers, relabelled with a
charset nobody knows, or plain random bytes), `run_pass` raises nothing, and within three
passes every message is in exactly one state in the database (handled, ignored with a reason,
quarantined with a reason) and in exactly one folder (Diproses or Karantina), the matching one.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from daemon.core.dedupe import identify
from daemon.demo.sandbox import drop_mail
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.service import Service
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import InboundMessage
from daemon.workers.intake import Intake
from tests.helpers import FakeClock, fresh_db, sandbox_config

CORPUS = sorted((Path(__file__).resolve().parents[1] / "data" / "corpus").glob("*.eml"))
SEEDS = [p.read_bytes() for p in CORPUS]
FOLDER_OF = {"handled": "Diproses", "ignored": "Diproses", "quarantined": "Karantina"}
_ids = itertools.count(1)


@dataclass
class Office:
    cfg: Config
    db: Database
    inbox_dir: Path
    intake: Intake

    def ingest(self, raws: list[bytes]) -> None:
        """Deliver `raws`, run passes until the inbox is empty (at most three), check every outcome."""
        names = [drop_mail(self.inbox_dir, raw).name for raw in raws]
        for _ in range(3):
            self.intake.run_pass()  # raises nothing: that is part of the property
            if not self.intake.inbox.list_new(0):
                break
        assert self.intake.inbox.list_new(0) == [], "a message is still waiting after three passes"
        with self.db.reading() as s:
            rows = {r.dedupe_key: r for r in s.scalars(select(InboundMessage))}
        for name, raw in zip(names, raws):
            row = rows.get(identify(raw).key)
            assert row is not None, f"no record of {raw[:80]!r}"
            assert row.status in FOLDER_OF, (row.status, row.reason, raw[:200])
            assert row.reason, (row.status, raw[:200])
            where = [f for f in ("Diproses", "Karantina", "Terlalu-Besar") if self._holds(f, name)]
            assert where == [FOLDER_OF[row.status]], (where, row.status, row.reason)

    def _holds(self, folder: str, name: str) -> bool:
        return any((self.inbox_dir / f".{folder}" / sub / name).exists() for sub in ("new", "cur"))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("outcomes")
    cfg = sandbox_config(root / "office")
    db = fresh_db(cfg)
    inbox = MaildirInbox(Path(cfg.mailbox.path))
    inbox.connect()
    yield Office(cfg, db, Path(cfg.mailbox.path), Intake(db, cfg, Service(cfg), inbox, FakeClock()))
    db.engine.dispose()


def unique(raw: bytes) -> bytes:
    """Give a mutant its own Message-ID, so that it is not taken for the message it came from."""
    return re.sub(rb"(?im)^(message-id[ \t]*:).*$", lambda m: m.group(1) + b" <m%d@fuzz.test>" % next(_ids), raw, count=1)


# -- mutations ----------------------------------------------------------------------------------


def truncate(raw: bytes, at: float) -> bytes:
    return raw[: int(len(raw) * at)]


def flip(raw: bytes, rng: random.Random, n: int = 8) -> bytes:
    data = bytearray(raw)
    for _ in range(n if data else 0):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def drop_header(raw: bytes, name: str) -> bytes:
    return re.sub(rb"(?im)^" + re.escape(name.encode()) + rb"[ \t]*:.*\r?\n(?:[ \t].*\r?\n)*", b"", raw)


def swap_charset(raw: bytes, charset: str) -> bytes:
    return re.sub(rb'(?i)charset="?[A-Za-z0-9_.:-]+"?', b"charset=" + charset.encode(), raw)


def mutants(raw: bytes, i: int) -> list[bytes]:
    rng = random.Random(i)
    header = ("From", "Content-Type", "MIME-Version", "Date", "Content-Transfer-Encoding")[i % 5]
    charset = ("x-unknown-8bit", "utf-16", "utf-7", "iso-2022-jp", "bogus\"quote")[i % 5]
    return [
        truncate(raw, (0.1, 0.35, 0.5, 0.8)[i % 4]),
        flip(raw, rng),
        drop_header(raw, header),
        swap_charset(raw, charset),
    ]


FIXED = [unique(m) for i, raw in enumerate(SEEDS) for m in mutants(raw, i)]


def test_fixed_mutants_of_the_corpus(office: Office) -> None:
    assert len(FIXED) >= 400
    office.ingest(FIXED)


def test_headerless_empty_and_binary_messages(office: Office) -> None:
    office.ingest([b"\r\n", b"\x00\x01\x02", b"\r\n\r\nhanya badan\r\n", b"From: \r\n\r\nx", b"Subject: =?x?Q?=FF?=\r\n\r\n" * 3])


@st.composite
def mutant(draw: st.DrawFn) -> bytes:
    raw = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(("truncate", "flip", "header", "charset", "splice")))
        if op == "truncate":
            raw = truncate(raw, draw(st.floats(0.0, 1.0)))
        elif op == "flip":
            raw = flip(raw, random.Random(draw(st.integers(0, 2**32))), draw(st.integers(1, 32)))
        elif op == "header":
            raw = drop_header(raw, draw(st.sampled_from(("From", "Content-Type", "MIME-Version", "Subject", "Message-ID"))))
        elif op == "charset":
            raw = swap_charset(raw, draw(st.sampled_from(("x-unknown", "utf-16", "cp1252", "", "gb18030"))))
        else:
            at = draw(st.integers(0, len(raw)))
            raw = raw[:at] + draw(st.binary(max_size=64)) + raw[at:]
    return unique(raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(mutant() | st.binary(max_size=400), min_size=1, max_size=4))
def test_mutated_and_random_messages(office: Office, raws: list[bytes]) -> None:
    office.ingest(raws)

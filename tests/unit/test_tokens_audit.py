"""Tokens (single-use, bound, expiring, hashed) and the audit chain, on a real SQLite database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from daemon.core.fields import RequestFields
from daemon.errors import TokenRejected
from daemon.service import Actor, Service
from daemon.store import audit_trail
from daemon.store.models import Token
from tests.helpers import FakeClock, fresh_db, sandbox_config

FIELDS = RequestFields(name="Budi", institution="PT X", purpose="Pemeliharaan", access_rights=("ssh",), email="budi@x.co.id")


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    cfg = sandbox_config(tmp_path)
    db = fresh_db(cfg)
    clock = FakeClock()
    svc = Service(cfg)
    with db.transaction() as s:
        req = svc.receive(
            s, fields=FIELDS, requester="budi@x.co.id", credentials_to="budi@x.co.id", lang="id", reasons=["uji"],
            letter=None, actor=Actor("budi@x.co.id", "email"), now=clock(),
        )  # fmt: skip
        rid = req.id
    return cfg, db, clock, svc, rid


def test_tokens_are_stored_only_as_hashes(world) -> None:  # type: ignore[no-untyped-def]
    cfg, db, clock, svc, rid = world
    with db.transaction() as s:
        minted = svc.tokens.mint(s, request_id=rid, action="approve", holder="k@x.id", now=clock(), ttl=3600)
    assert len(minted.token) >= 43  # 256-bit HMAC, base64url
    with db.reading() as s:
        dump = "\n".join(str(r) for r in s.execute(text("SELECT * FROM token")).all())
        outbox = "\n".join(str(r) for r in s.execute(text("SELECT * FROM outbox_mail")).all())
    assert minted.token not in dump and minted.token not in outbox
    assert svc.tokens.hash(minted.token) in dump


def test_a_token_is_single_use_bound_and_expiring(world) -> None:  # type: ignore[no-untyped-def]
    cfg, db, clock, svc, rid = world
    with db.transaction() as s:
        a = svc.tokens.mint(s, request_id=rid, action="approve", holder="k@x.id", now=clock(), ttl=3600)
        b = svc.tokens.mint(s, request_id=rid, action="approve", holder="k@x.id", now=clock(), ttl=3600)
    with db.transaction() as s:
        with pytest.raises(TokenRejected):
            svc.tokens.check(s, a.token, now=clock(), actions=("credentials",))  # bound to its action
        row = svc.tokens.check(s, a.token, now=clock(), actions=("approve",))
        svc.tokens.consume(s, row, now=clock())
    with db.transaction() as s, pytest.raises(TokenRejected, match="sudah digunakan"):
        svc.tokens.check(s, a.token, now=clock(), actions=("approve",))
    with db.transaction() as s, pytest.raises(TokenRejected, match="kedaluwarsa"):
        svc.tokens.check(s, b.token, now=clock() + timedelta(hours=2), actions=("approve",))
    with db.transaction() as s, pytest.raises(TokenRejected, match="tidak dikenal"):
        svc.tokens.check(s, a.token[:-2] + "xx", now=clock(), actions=("approve",))
    with db.transaction() as s, pytest.raises(TokenRejected):
        svc.tokens.check(s, "../../etc/passwd", now=clock(), actions=("approve",))


def test_revoked_tokens_die(world) -> None:  # type: ignore[no-untyped-def]
    cfg, db, clock, svc, rid = world
    with db.reading() as s:
        live = s.scalars(select(Token).where(Token.revoked_at.is_(None), Token.request_id == rid)).all()
    assert len(live) == 2  # the approval mail's approve and reject links
    with db.transaction() as s:
        svc.tokens.revoke(s, rid, ("approve", "reject"), clock())
    with db.reading() as s:
        assert s.scalars(select(Token).where(Token.revoked_at.is_(None), Token.request_id == rid)).all() == []


def test_the_audit_chain_detects_tampering(world) -> None:  # type: ignore[no-untyped-def]
    cfg, db, clock, svc, rid = world
    with db.reading() as s:
        count, problems = audit_trail.verify(s)
    assert count == 2 and problems == []  # RequestReceived, FieldsCompleted
    with db.transaction() as s:
        s.execute(text("UPDATE audit_event SET data = replace(data, 'budi', 'eve') WHERE seq = 1"))
    with db.reading() as s:
        _, problems = audit_trail.verify(s)
    assert any("altered" in p for p in problems)


def test_removing_the_last_event_is_detected(world) -> None:  # type: ignore[no-untyped-def]
    cfg, db, clock, svc, rid = world
    with db.transaction() as s:
        s.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    with db.reading() as s:
        _, problems = audit_trail.verify(s)
    assert any("chain head" in p for p in problems)

"""Fuzzing the intake pipeline: random and mutated bytes through parse → classify → extract.

Nothing may escape but `UnparseableMessage` from the parser; every parsed message gets exactly one
verdict, and every verdict is handled (a kind with a reason), ignored with a reason, or quarantined.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.core.classify import classify, thread_keys
from daemon.core.extract import extract_fields
from daemon.core.fields import RequestFields
from daemon.core.verdict import Kind, KnownRequest, MailContext, ThreadMatch, Verdict
from daemon.mail.parser import UnparseableMessage, parse_message

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
SEEDS = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))[:60]] or [
    b"From: Budi <budi@x.co.id>\nSubject: Permohonan remote akses\n\nNama: Budi\nInstansi: PT X\n"
]
RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")
BASE = MailContext(
    office_addresses=frozenset({"lpse@salatiga.go.id"}),
    admins=frozenset({"admin.lpse@salatiga.go.id"}),
    approvers=frozenset({"kasubag.lpse@salatiga.go.id"}),
    trusted_authserv_ids=("mx.salatiga.go.id",),
)
STATES = ("received", "needs_info", "pending_approval", "approved", "active", "closed", "rejected", "cancelled")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _contexts(state: str) -> list[MailContext]:
    req = KnownRequest("RA-2026-0007", state, "budi@x.co.id", ("kasubag.lpse@salatiga.go.id",))
    thread = ThreadMatch(req, "reference", approval_recipient="kasubag.lpse@salatiga.go.id")
    return [BASE, MailContext(BASE.office_addresses, BASE.admins, BASE.approvers, BASE.trusted_authserv_ids, thread)]


def _pipeline(raw: bytes, state: str = "active") -> None:
    try:
        msg = parse_message(raw, attachment_text=lambda *a: None)
    except UnparseableMessage as exc:
        assert exc.reason  # quarantined, with a reason
        return
    thread_keys(msg)
    for ctx in _contexts(state):
        verdict = classify(msg, ctx)
        assert isinstance(verdict, Verdict) and isinstance(verdict.kind, Kind)
        assert verdict.reason  # handled or ignored, always with a reason
    fields = extract_fields(msg, today=date(2026, 11, 20), rights=RIGHTS)
    assert isinstance(fields, RequestFields)
    assert set(fields.access_rights) <= set(RIGHTS)


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes(raw: bytes) -> None:
    _pipeline(raw)


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(("flip", "cut", "dup", "insert", "delete")))
        if not raw:
            break
        i = draw(st.integers(0, len(raw) - 1))
        if op == "flip":
            raw[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del raw[i:]
        elif op == "dup":
            j = draw(st.integers(i, min(len(raw), i + 400)))
            raw[i:i] = raw[i:j]
        elif op == "insert":
            raw[i:i] = draw(st.sampled_from((
                b"\n--", b"=?x-bogus?B?!!!?=", b"\nContent-Type: multipart/mixed; boundary=\"\"\n", b"\r\n\r\n",
                b"charset=\"unknown-8bit\"", b"\nContent-Transfer-Encoding: base64\n", b"\xff\xfe\x00",
                b"<table><tr><td>", b"\n> ", b"Pada 1 Jan menulis:\n", b"\nAuto-Submitted: auto-replied\n",
            )))
        else:
            j = draw(st.integers(i, min(len(raw), i + 200)))
            del raw[i:j]
    return bytes(raw)


@SETTINGS
@given(_mutated(), st.sampled_from(STATES))
def test_mutated_real_messages(raw: bytes, state: str) -> None:
    _pipeline(raw, state)


def test_deep_nesting_is_quarantined_or_parsed() -> None:
    parts = b"From: a@b.co\nSubject: s\n"
    body = b""
    for i in range(300):
        body = b"Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n" % (i, i) + body + b"\n--b%d--\n" % i
    _pipeline(parts + body)

"""A request being born is answered from memory (`daemon.newborn`): exactly what the database would answer.

Each scenario runs twice on a real SQLite database, once as the daemon runs it and once with the
record switched off (every question goes to the database, as before), and the mails, their thread
headers, the attachments they name, the tokens and the audit trail must come out the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from daemon import newborn
from daemon.core.fields import RequestFields
from daemon.service import Actor, Service
from daemon.store.models import AccessRequest, Attachment, AuditEvent, InboundMessage, OutboxMail, Token
from tests.helpers import FakeClock, fresh_db, sandbox_config

COMPLETE = RequestFields(name="Budi", institution="PT X", purpose="Pemeliharaan", access_rights=("ssh",), email="budi@x.co.id")
INCOMPLETE = RequestFields(name="Budi", email="budi@x.co.id")


def run(tmp_path: Path, *, sender: str, requester: str, fields: RequestFields, files: tuple[str, ...], with_letter: bool = True) -> dict[str, Any]:
    cfg = sandbox_config(tmp_path)
    db = fresh_db(cfg)
    clock = FakeClock()
    svc = Service(cfg)
    with db.transaction() as s:
        letter = None
        if with_letter:
            letter = InboundMessage(
                dedupe_key="mid:<surat@x.co.id>", message_id="<surat@x.co.id>", content_hash="h", folder="INBOX",
                uidvalidity=1, uid=1, source_key="1", sender=sender, subject="Permohonan", size=1, raw=b"x",
                status="new", attempts=0, received_at=clock(),
            )  # fmt: skip
            s.add(letter)
            s.flush()
            s.add_all(Attachment(message_id=letter.id, filename=f, content_type="application/pdf", data=b"%PDF") for f in files)
        svc.receive(
            s, fields=fields, requester=requester, credentials_to=requester, lang="id", reasons=["uji"], letter=letter,
            actor=Actor(sender, "email"), now=clock(), attachment_names=files if with_letter else None,
        )  # fmt: skip
    with db.reading() as s:
        mails = s.scalars(select(OutboxMail).order_by(OutboxMail.id)).all()
        names = {"<surat@x.co.id>": "LETTER"} | {m.message_id: f"OUT{i}" for i, m in enumerate(mails)}

        def label(ids: str | None) -> str | None:
            return None if ids is None else " ".join(names.get(i, "?") for i in ids.split())

        req = s.scalar(select(AccessRequest))
        assert req is not None
        result = {
            "state": req.state,
            "mails": [
                (m.template, m.recipient, label(m.in_reply_to), label(m.references), m.attach_from is not None, m.context.get("attachments"))
                for m in mails
            ],
            "tokens": [(t.action, t.holder) for t in s.scalars(select(Token).order_by(Token.id))],
            "audit": [(e.event, e.request_id == req.id) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))],
            "letter_linked": [m.request_id == req.id for m in s.scalars(select(InboundMessage))],
        }
    db.dispose()
    return result


SCENARIOS = {
    "complete letter with two attachments": dict(sender="budi@x.co.id", requester="budi@x.co.id", fields=COMPLETE, files=("surat.pdf", "ktp.pdf")),
    "incomplete letter (need_info)": dict(sender="budi@x.co.id", requester="budi@x.co.id", fields=INCOMPLETE, files=()),
    "forwarded by an admin": dict(sender="admin@lpse.salatiga.go.id", requester="budi@x.co.id", fields=COMPLETE, files=("surat.pdf",)),
    "no letter (the CLI)": dict(sender="admin@lpse.salatiga.go.id", requester="budi@x.co.id", fields=COMPLETE, files=(), with_letter=False),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_record_answers_what_the_database_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    kw = SCENARIOS[name]
    remembered = run(tmp_path / "a", **kw)
    monkeypatch.setattr(newborn, "of", lambda s, req: None)
    monkeypatch.setattr(newborn, "of_id", lambda s, request_id: None)
    asked = run(tmp_path / "b", **kw)
    assert remembered == asked
    assert remembered["mails"], "the scenario sent nothing: it proves nothing"


def test_a_complete_letter_threads_and_names_its_attachments(tmp_path: Path) -> None:
    """The answers themselves, not only their equality: the approval mail cites the letter and lists its files."""
    got = run(tmp_path, **SCENARIOS["complete letter with two attachments"])
    ack = next(m for m in got["mails"] if m[1] == "budi@x.co.id")
    assert ack[2] == "LETTER" and ack[3] == "LETTER"
    approval = next(m for m in got["mails"] if m[0] == "approval_request")
    assert approval[4] is True and approval[5] == ["surat.pdf", "ktp.pdf"]
    assert [a for a, _h in got["tokens"]].count("approve") >= 1
    assert all(got["letter_linked"])


def test_the_record_is_gone_after_receive(tmp_path: Path) -> None:
    cfg = sandbox_config(tmp_path)
    db = fresh_db(cfg)
    with db.transaction() as s:
        req = Service(cfg).receive(
            s, fields=COMPLETE, requester="budi@x.co.id", credentials_to="budi@x.co.id", lang="id", reasons=["uji"],
            letter=None, actor=Actor("budi@x.co.id", "email"), now=FakeClock()(),
        )  # fmt: skip
        assert newborn.of(s, req) is None and not any(k.startswith("lpse_akses.newborn") for k in s.info)
    db.dispose()

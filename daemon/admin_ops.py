"""What an Admin LPSE can do by hand (the CLI's state-changing commands), through the service.

Every operation takes a reason and is audited with channel "cli" and the OS user; a
decision taken here is recorded as an override of the approvers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timezone
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from daemon.core.fields import RequestFields
from daemon.core.period import format_date_id
from daemon.core.register_import import ImportPlan, KnownRow, PaperRow, Problem, name_key, plan_import
from daemon.core.register_times import read_time
from daemon.core.workflow import Event, IllegalTransition, State
from daemon.errors import NotFound, OperationError
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store import audit_trail
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Credential, Grant, ImportedRegisterRow, ProvisioningJob


def find(s: Session, number: str) -> AccessRequest:
    req = s.scalar(select(AccessRequest).where(AccessRequest.number == number.strip().upper()))
    if req is None:
        raise NotFound(f"permohonan {number} tidak ditemukan")
    return req


class ImportRefused(OperationError):
    """The file's rows contradict what the register holds: nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(f"{len(self.problems)} kesalahan; tidak ada baris yang diimpor")


class AdminOps:
    def __init__(self, db: Database, cfg: Config, clock: Callable[[], datetime]) -> None:
        self.db, self.cfg, self.clock = db, cfg, clock
        self.service = Service(cfg)

    def _apply(self, number: str, event: Event, user: str, reason: str, data: dict[str, Any] | None = None) -> AccessRequest:
        if not reason.strip():
            raise OperationError("--reason wajib diisi")
        now = self.clock()
        with self.db.transaction() as s:
            req = find(s, number)
            try:
                self.service.apply(s, req, event, actor=Actor(user, "cli"), now=now, data={"reason": reason, "override": True, **(data or {})})
            except IllegalTransition as exc:
                raise OperationError(f"{req.number} berstatus {exc.state.value}: tindakan ini tidak berlaku") from None
            return req

    def _extending(self, number: str) -> bool:
        with self.db.reading() as s:
            req = find(s, number)
            return req.state == State.ACTIVE.value and req.extension_until is not None

    def approve(self, number: str, user: str, reason: str) -> AccessRequest:
        """Approve the waiting decision: the request, or the extension an active one asks for."""
        event = Event.EXTENSION_GRANTED if self._extending(number) else Event.APPROVAL_GRANTED
        return self._apply(number, event, user, reason, {"approved_via": "CLI"})

    def reject(self, number: str, user: str, reason: str) -> AccessRequest:
        event = Event.EXTENSION_REJECTED if self._extending(number) else Event.APPROVAL_REJECTED
        return self._apply(number, event, user, reason)

    def close(self, number: str, user: str, reason: str) -> AccessRequest:
        return self._apply(number, Event.CLOSURE_REQUESTED, user, reason, {"because": "admin"})

    def cancel(self, number: str, user: str, reason: str) -> AccessRequest:
        return self._apply(number, Event.REQUEST_WITHDRAWN, user, reason)

    def resend(self, number: str, user: str, reason: str) -> AccessRequest:
        return self._apply(number, Event.RETRY_REQUESTED, user, reason)

    def extend(self, number: str, until: datetime, user: str, reason: str) -> AccessRequest:
        if until.tzinfo is None:
            until = until.replace(tzinfo=self.cfg.office.tz)
        if until.time() == time(0, 0):
            until = until.replace(hour=23, minute=59)
        if until <= self.clock():
            raise OperationError("tanggal --until sudah lewat")
        with self.db.reading() as s:
            req = find(s, number)
            if req.state != State.ACTIVE.value:
                raise OperationError(f"{req.number} berstatus {req.state}: hanya akses yang aktif dapat diperpanjang")
        return self._apply(number, Event.GRANT_EXTENDED, user, reason, {"_until": until, "until": until.isoformat()})

    def account_done(self, number: str, user: str, reason: str, password: str | None) -> AccessRequest:
        """Record a manual provisioning step the admin did (provisioner.backend = "manual")."""
        if not reason.strip():
            raise OperationError("--reason wajib diisi")
        now = self.clock()
        with self.db.transaction() as s:
            req = find(s, number)
            job = s.scalar(
                select(ProvisioningJob)
                .where(ProvisioningJob.request_id == req.id, ProvisioningJob.status == "manual")
                .order_by(ProvisioningJob.id.desc())
            )
            if job is None:
                raise OperationError(f"{req.number}: tidak ada langkah manual yang menunggu")
            actor = Actor(user, "cli")
            if job.action == "create":
                if not password or len(password) < 8:
                    raise OperationError("kata sandi akun (minimal 8 karakter) dibaca dari masukan standar")
                for old in s.scalars(select(Credential).where(Credential.request_id == req.id, Credential.ciphertext.is_not(None))):
                    self.service.vault.wipe(old, now)
                assert req.username is not None
                self.service.vault.store(s, request_id=req.id, username=req.username, password=password, now=now)
            job.status, job.last_error = "done", None
            event = {"create": Event.ACCOUNT_CREATED, "disable": Event.ACCOUNT_DISABLED}.get(job.action)
            if event is not None:
                self.service.apply(s, req, event, actor=actor, now=now, data={"reason": reason, "manual": True})
            else:
                audit_trail.append(
                    s, request_id=req.id, number=req.number, event="ManualStepDone", actor=user, channel="cli", at=now,
                    data={"action": job.action, "reason": reason},
                )  # fmt: skip
            return req

    def import_register(
        self, file_name: str, sha256: str, rows: Sequence[PaperRow], user: str, reason: str, *, dry_run: bool = False
    ) -> ImportPlan:
        """Write the paper register's checked rows, all or none, with one RegisterImported event on the chain.

        Rows the register already holds are left alone (a second import of a file adds nothing); a Waktu
        Penutupan for an open imported row closes it. `dry_run` only says what would happen."""
        if not reason.strip():
            raise OperationError("--reason wajib diisi")
        if dry_run:
            with self.db.reading() as s:
                return self._plan(s, rows)
        now = self.clock()
        with self.db.transaction() as s:
            audit_trail.locked_counter(s, "register-import")  # two imports at once: one after the other
            plan = self._plan(s, rows)
            if plan.problems:
                raise ImportRefused(plan.problems)
            if not plan.new and not plan.closing:
                return plan
            for row in plan.new:
                s.add(ImportedRegisterRow(
                    source_no=row.no, name_key=name_key(row.nama), nama=row.nama, instansi=row.instansi,
                    username=row.username, hak_akses=row.hak_akses, tujuan=row.tujuan, granted_at=row.granted_at,
                    closed_at=row.closed_at, source_file=file_name[:300], source_sha256=sha256, source_row=row.line,
                    imported_at=now, imported_by=user,
                ))  # fmt: skip
            for row, ref in plan.closing:
                stored = s.get(ImportedRegisterRow, ref)
                assert stored is not None and stored.closed_at is None
                stored.closed_at, stored.closed_by_import = row.closed_at, sha256
            audit_trail.append(
                s, request_id=None, number=None, event="RegisterImported", actor=user, channel="cli", at=now,
                data={"file": file_name, "sha256": sha256, "rows": len(plan.new), "closed": len(plan.closing),
                      "already": len(plan.known), "reason": reason},
            )  # fmt: skip
            return plan

    def _plan(self, s: Session, rows: Sequence[PaperRow]) -> ImportPlan:
        tz = self.cfg.office.tz
        imported = [
            KnownRow(
                key=(r.source_no, r.name_key, r.granted_at.astimezone(timezone.utc)),
                loose=(r.username.casefold(), r.name_key, r.granted_at.astimezone(timezone.utc)),
                closed_at=r.closed_at,
                origin=f'diimpor dari "{r.source_file}" pada {format_date_id(r.imported_at.astimezone(tz))}',
                ref=r.id,
            )
            for r in s.scalars(select(ImportedRegisterRow))
        ]
        grants = []
        for g in s.scalars(select(Grant).options(selectinload(Grant.request))):
            granted = read_time(g.granted_at, tz)  # to the minute, as the form writes it
            assert granted is not None
            name = name_key(RequestFields.from_json(g.request.fields).name or "")
            loose = (g.username.casefold(), name, granted.astimezone(timezone.utc))
            grants.append(KnownRow(None, loose, g.closed_at, f"tercatat oleh lpse-akses sebagai {g.request.number}"))
        return plan_import(rows, imported, grants)

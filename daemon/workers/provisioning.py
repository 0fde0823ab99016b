"""The provisioning worker: run due jobs (create, disable, extend) and report back through the service.

A job is claimed by setting its `lease_until` in a committed transaction (leases of a
daemon that died are released at the next start on SQLite, or expire on PostgreSQL), run
outside any transaction (a program may take a minute), then its outcome is applied as an
event: AccountCreated / AccountDisabled, or after the retry deadline ProvisioningFailed /
DisableFailed. Backends are idempotent, so a job re-run after a crash is harmless, and
the password was stored before the job existed, so a retry sets the same one.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select

from daemon.core.fields import RequestFields
from daemon.core.workflow import Event
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store import leases
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Credential, ProvisioningJob
from daemon.workers.provisioners import AccountSpec, Provisioner, ProvisionError, ProvisionFailed, ProvisionRetry
from daemon.workers.provisioners.manual import ManualStep

log = logging.getLogger("lpse_akses.provisioning")
BACKOFF = (15, 60, 300, 900)
SYSTEM = Actor("provisioner", "system")


class ProvisioningWorker:
    def __init__(self, db: Database, cfg: Config, service: Service, backend: Provisioner, clock: Callable[[], datetime]) -> None:
        self.db, self.cfg, self.service, self.backend, self.clock = db, cfg, service, backend, clock

    @property
    def lease(self) -> timedelta:
        """Longer than a provisioning program may run, so a live worker never loses its job."""
        return timedelta(seconds=2 * self.cfg.provisioner.timeout + 30)

    def release_leases(self) -> None:
        """At start on SQLite (one daemon only): jobs claimed by a process that died are free again."""
        with self.db.transaction() as s:
            leases.release_all(s, ProvisioningJob)

    def claim(self) -> list[int]:
        now = self.clock()
        with self.db.transaction() as s:
            jobs = leases.claim_due(
                s, ProvisioningJob, ProvisioningJob.due_at, now=now, lease=self.lease, limit=10, skip_locked=not self.db.is_sqlite
            )
            return [j.id for j in jobs]

    async def run_due(self) -> int:
        """Run every due job once; the database work in a thread, so a locked database never stalls the loop."""
        done = 0
        for job_id in await asyncio.to_thread(self.claim):
            done += await self._run(job_id)
        return done

    async def _run(self, job_id: int) -> int:
        prepared = await asyncio.to_thread(self._prepare, job_id)
        if prepared is None:
            return 0
        action, spec, password = prepared
        try:
            await asyncio.to_thread(self._call, action, spec, password)
        except ProvisionError as exc:
            await asyncio.to_thread(self._finish, job_id, exc)
            return 0
        await asyncio.to_thread(self._finish, job_id, None)
        log.info("%s %s done", action, spec.username)
        return 1

    def _prepare(self, job_id: int) -> tuple[str, AccountSpec, str] | None:
        """The job's action, account and (to create) password; None when the password is gone (the job failed)."""
        with self.db.reading() as s:
            job = s.get(ProvisioningJob, job_id)
            assert job is not None
            req = s.get(AccessRequest, job.request_id)
            assert req is not None
            spec = self._spec(req)
            action = job.action
            password, missing = "", False
            if action == "create":
                cred = s.scalar(select(Credential).where(Credential.request_id == req.id).order_by(Credential.id.desc()))
                if cred is None or cred.ciphertext is None:
                    missing = True
                else:
                    password = self.service.vault.reveal(cred)
        if missing:
            self._finish(job_id, ProvisionFailed("the stored password is missing"))
            return None
        return action, spec, password

    def _call(self, action: str, spec: AccountSpec, password: str) -> None:
        if action == "create":
            self.backend.create(spec, password)
        elif action == "disable":
            self.backend.disable(spec)
        else:
            self.backend.extend(spec)

    def _finish(self, job_id: int, error: ProvisionError | None) -> None:
        now = self.clock()
        with self.db.transaction() as s:
            job = s.get(ProvisioningJob, job_id)
            assert job is not None
            req = s.get(AccessRequest, job.request_id)
            assert req is not None
            job.lease_until = None
            if job.status != "pending":
                return  # cancelled meanwhile
            if error is None:
                job.status, job.last_error = "done", None
                event = {"create": Event.ACCOUNT_CREATED, "disable": Event.ACCOUNT_DISABLED}.get(job.action)
                if event is not None:
                    self.service.apply(s, req, event, actor=SYSTEM, now=now, data={"username": req.username})
                return
            job.last_error = str(error)[:2000]
            if isinstance(error, ManualStep):
                job.status = "manual"  # waits for `lpse-akses account done`
                self.service.alert_admins(
                    s,
                    alert="other",
                    summary=f"{req.number}: langkah manual diperlukan. {error}",
                    details=[f"Setelah selesai, catat dengan: lpse-akses account done {req.number} --reason \"...\"",
                             "Untuk akun baru, kata sandi yang Anda pasang dibaca dari masukan standar (stdin)."],
                    event="ManualStepNeeded",
                    actor=SYSTEM,
                    now=now,
                    req=req,
                )  # fmt: skip
                return
            if isinstance(error, ProvisionRetry) and now < job.give_up_at:
                job.due_at = now + timedelta(seconds=BACKOFF[min(job.attempts - 1, len(BACKOFF) - 1)])
                log.warning("%s %s will be retried: %s", job.action, req.username, error)
                return
            job.status = "failed"
            log.error("%s %s failed: %s", job.action, req.username, error)
            failed = Event.PROVISIONING_FAILED if job.action == "create" else Event.DISABLE_FAILED
            data = {"error": str(error)[:500], "attempts": job.attempts}
            if job.action == "extend":
                failed = Event.DISABLE_FAILED  # the same alert to the admins: the account is not as recorded
            self.service.apply(s, req, failed, actor=SYSTEM, now=now, data=data)

    def _spec(self, req: AccessRequest) -> AccountSpec:
        f = RequestFields.from_json(req.fields)
        assert req.username is not None and req.grant_end is not None
        return AccountSpec(
            username=req.username,
            number=req.number,
            rights=f.access_rights,
            expires=req.grant_end,
            name=f.name or "",
            institution=f.institution or "",
            purpose=f.purpose or "",
            requester=req.requester,
            ssh_public_key=f.ssh_public_key,
        )

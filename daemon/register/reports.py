"""Requests as scripts and people read them: the DESIGN §8 JSON object and a one-line summary."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from daemon.core.fields import RequestFields
from daemon.store.models import AccessRequest


def _iso(moment: datetime | None, tz: tzinfo) -> str | None:
    return moment.astimezone(tz).isoformat(timespec="seconds") if moment else None


def request_json(req: AccessRequest, tz: tzinfo) -> dict[str, Any]:
    """number, state, kind, reasons, requester, fields{...}, grant{start,end}, username, granted_at, closed_at."""
    fields = RequestFields.from_json(req.fields).to_json()
    first = req.grants[0] if req.grants else None
    last = req.grants[-1] if req.grants else None
    return {
        "number": req.number,
        "state": req.state,
        "kind": req.kind,
        "reasons": list(req.reasons or []),
        "requester": req.requester,
        "fields": {k: fields.get(k) for k in (
            "name", "institution", "email", "phone", "purpose", "access_rights",
            "period_start", "period_end", "letter_number", "letter_date", "access_rights_text", "access_rights_ungranted",
        )},  # fmt: skip
        "grant": {"start": _iso(req.grant_start, tz), "end": _iso(req.grant_end, tz)},
        "username": req.username,
        "granted_at": _iso(first.granted_at, tz) if first else None,
        "closed_at": _iso(last.closed_at, tz) if last and req.state == "closed" else None,
    }


def summary_line(req: AccessRequest, tz: tzinfo) -> str:
    f = RequestFields.from_json(req.fields)
    when = req.created_at.astimezone(tz).strftime("%d-%m-%Y %H:%M")
    return f"{req.number:<14} {req.state:<17} {when}  {(f.name or '-')[:28]:<28} {(f.institution or '-')[:30]}"

"""Template contexts as plain data: what each message says about a request, times already formatted.

The service stores these contexts in the outbox; the outbox renders them at send time.
Secrets never appear here: links and passwords are filled in by the outbox from
`SECRET_SLOTS` (a token nonce, a credential id) just before rendering.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Mapping

from daemon.core.fields import RequestFields
from daemon.core.period import format_date_en, format_date_id, format_datetime_en, format_datetime_id

FIELD_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "name": "Nama",
        "institution": "Instansi",
        "email": "Email",
        "phone": "Nomor telepon",
        "purpose": "Tujuan",
        "access_rights": "Hak Akses",
        "period_start": "Mulai",
        "period_end": "Selesai",
        "letter_number": "Nomor surat",
        "letter_date": "Tanggal surat",
    },
    "en": {
        "name": "Name",
        "institution": "Institution",
        "email": "Email",
        "phone": "Phone",
        "purpose": "Purpose",
        "access_rights": "Access rights",
        "period_start": "Start",
        "period_end": "End",
        "letter_number": "Letter number",
        "letter_date": "Letter date",
    },
}

# Context keys the outbox fills in at send time, never stored: key → kind of secret.
SECRET_SLOTS = {"approve_url": "token", "reject_url": "token", "credentials_url": "token", "password": "credential"}


@dataclass(frozen=True)
class Office:
    name: str
    city: str
    admin_contact: str
    tz: tzinfo


@dataclass(frozen=True)
class RequestView:
    """A request as messages describe it (a snapshot made by the service from the database row)."""

    number: str
    state: str
    requester: str
    credentials_to: str
    fields: RequestFields
    received_at: datetime
    grant_start: datetime | None = None
    grant_end: datetime | None = None
    username: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_reason: str | None = None


def when(moment: datetime | None, lang: str, tz: tzinfo) -> str | None:
    """'25 November 2026 pukul 14.30 WIB' (or the English form); None stays None."""
    if moment is None:
        return None
    return format_datetime_id(moment, tz) if lang == "id" else format_datetime_en(moment, tz)


def request_data(view: RequestView, lang: str, tz: tzinfo) -> dict[str, Any]:
    f = view.fields
    day = format_date_id if lang == "id" else format_date_en
    return {
        "number": view.number,
        "name": f.name,
        "institution": f.institution,
        "email": f.email,
        "phone": f.phone,
        "purpose": f.purpose,
        "access_rights": list(f.access_rights),
        "period_start": day(f.period_start) if f.period_start else None,
        "period_end": day(f.period_end) if f.period_end else None,
        "letter_number": f.letter_number,
        "letter_date": day(f.letter_date) if f.letter_date else None,
        "received_at": when(view.received_at, lang, tz),
        "requester": view.requester,
    }


def missing_labels(missing: tuple[str, ...], lang: str) -> list[dict[str, str]]:
    labels = FIELD_LABELS.get(lang, FIELD_LABELS["id"])
    return [{"key": k, "label": labels[k]} for k in missing]


def base_context(office: Office, lang: str, number: str | None, recipient_name: str | None) -> dict[str, Any]:
    return {
        "lang": lang,
        "office": {"name": office.name, "city": office.city},
        "number": number,
        "recipient_name": recipient_name,
        "admin_contact": office.admin_contact,
        "request": None,
    }


def context_for(
    template: str,
    *,
    office: Office,
    view: RequestView,
    lang: str,
    recipient_name: str | None,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """The context of `template` about request `view`: the common keys, the request, the grant, and `extra`."""
    tz = office.tz
    ctx = base_context(office, lang, view.number, recipient_name)
    ctx["request"] = request_data(view, lang, tz)
    ctx.update(
        {
            "username": view.username,
            "access_rights": list(view.fields.access_rights),
            "grant_start": when(view.grant_start, lang, tz),
            "grant_end": when(view.grant_end, lang, tz),
            "sender": view.requester,
            "credentials_to": view.credentials_to,
            "sender_differs": view.requester.lower() != view.credentials_to.lower(),
            "decided_at": when(view.decided_at, lang, tz),
            "reason": view.decision_reason,
        }
    )
    ctx.update(extra)
    return ctx


def display_name(address: str, name: str | None) -> str | None:
    """The name to greet someone by, or None (then the mail opens with "Dengan hormat,")."""
    if name and name.strip() and "@" not in name:
        return name.strip()
    return None

"""The fields of a request letter, as extracted and as stored.

Field names are the public contract of DESIGN §8 (`requests show --json`, `access.required_fields`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields, replace
from datetime import date, time
from typing import Any

FIELD_NAMES: tuple[str, ...] = (
    "name",
    "institution",
    "email",
    "phone",
    "purpose",
    "access_rights",
    "period_start",
    "period_end",
    "letter_number",
    "letter_date",
)


@dataclass(frozen=True)
class RequestFields:
    """What a letter says. Dates are calendar dates in the office's timezone; times are optional."""

    name: str | None = None
    institution: str | None = None
    email: str | None = None
    phone: str | None = None
    purpose: str | None = None
    access_rights: tuple[str, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    letter_number: str | None = None
    letter_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    access_rights_text: str | None = None  # the letter's own words for the rights (codes are in access_rights)
    access_rights_ungranted: tuple[str, ...] = ()  # asked in those words, but not among the rights to be granted
    ssh_public_key: str | None = None  # "type base64", for the linux backend's authorized_keys

    def merged(self, newer: RequestFields) -> RequestFields:
        """This letter completed by a later one: a value the newer text gives wins, empty ones keep the old."""
        changes: dict[str, Any] = {}
        for f in dc_fields(self):
            value = getattr(newer, f.name)
            if value not in (None, (), ""):
                changes[f.name] = value
        if newer.access_rights_text:
            changes["access_rights_ungranted"] = newer.access_rights_ungranted  # they go with the words they read
        return replace(self, **changes)

    def missing(self, required: tuple[str, ...]) -> tuple[str, ...]:
        """The required field names that have no value, in the given order."""
        return tuple(n for n in required if getattr(self, n) in (None, (), ""))

    def to_json(self) -> dict[str, Any]:
        """The DESIGN §8 `fields` object: ISO dates, lists, nulls."""
        out: dict[str, Any] = {}
        for n in FIELD_NAMES:
            v = getattr(self, n)
            if isinstance(v, date):
                out[n] = v.isoformat()
            elif isinstance(v, tuple):
                out[n] = list(v)
            else:
                out[n] = v
        if self.start_time is not None:
            out["start_time"] = self.start_time.isoformat(timespec="minutes")
        if self.end_time is not None:
            out["end_time"] = self.end_time.isoformat(timespec="minutes")
        if self.access_rights_text:
            out["access_rights_text"] = self.access_rights_text
        if self.access_rights_ungranted:
            out["access_rights_ungranted"] = list(self.access_rights_ungranted)
        if self.ssh_public_key is not None:
            out["ssh_public_key"] = self.ssh_public_key
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestFields:
        """The inverse of `to_json` (unknown keys ignored)."""

        def d(key: str) -> date | None:
            v = data.get(key)
            return date.fromisoformat(v) if v else None

        def t(key: str) -> time | None:
            v = data.get(key)
            return time.fromisoformat(v) if v else None

        return cls(
            name=data.get("name"),
            institution=data.get("institution"),
            email=data.get("email"),
            phone=data.get("phone"),
            purpose=data.get("purpose"),
            access_rights=tuple(data.get("access_rights") or ()),
            period_start=d("period_start"),
            period_end=d("period_end"),
            letter_number=data.get("letter_number"),
            letter_date=d("letter_date"),
            start_time=t("start_time"),
            end_time=t("end_time"),
            access_rights_text=data.get("access_rights_text"),
            access_rights_ungranted=tuple(data.get("access_rights_ungranted") or ()),
            ssh_public_key=data.get("ssh_public_key"),
        )

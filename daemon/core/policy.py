"""Office policy as pure functions: request numbers, usernames, the grant window, timer deadlines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from daemon.core.fields import RequestFields

NUMBER_RE = re.compile(r"\bRA-(\d{4})-(\d{4,})\b", re.I)


def format_number(year: int, seq: int) -> str:
    return f"RA-{year}-{seq:04d}"


def parse_number(text: str) -> tuple[int, int] | None:
    m = NUMBER_RE.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


USERNAME_PREFIX = "ra"
PREFIX_RE = re.compile(r"^[a-z]{1,8}$")


def username_for(number: str, prefix: str = USERNAME_PREFIX) -> str:
    """RA-2026-0007 → ra26_0007: lower case, starts with a letter, valid under useradd's NAME_REGEX."""
    parsed = parse_number(number)
    if parsed is None:
        raise ValueError(f"not a request number: {number!r}")
    year, seq = parsed
    return f"{prefix}{year % 100:02d}_{seq:04d}"


def username_pattern(prefix: str = USERNAME_PREFIX) -> re.Pattern[str]:
    """Every name `username_for` can give with this prefix, and nothing else (the privileged helper's gate)."""
    if not PREFIX_RE.match(prefix):
        raise ValueError(f"not a username prefix (1 to 8 lower-case letters): {prefix!r}")
    return re.compile(rf"^{prefix}[0-9]{{2}}_[0-9]{{4,6}}$")


@dataclass(frozen=True)
class GrantWindow:
    start: datetime
    end: datetime
    capped: bool  # the requested end was cut to access.max_duration


def grant_window(
    fields: RequestFields, *, now: datetime, tz: tzinfo, default_duration: timedelta, max_duration: timedelta
) -> GrantWindow:
    """When access starts and ends: as requested, never before now, never longer than the policy allows.

    A requested start date means its start_time (or 00:00) in the office's zone; a requested end date
    means the end of that day (or its end_time).
    """
    start = now
    if fields.period_start is not None:
        wanted = datetime.combine(fields.period_start, fields.start_time or time(0, 0), tzinfo=tz)
        start = max(now, wanted)
    if fields.period_end is not None:
        end_time = fields.end_time or time(23, 59)
        end = datetime.combine(fields.period_end, end_time, tzinfo=tz)
        if end <= start:
            end = start + default_duration
    else:
        end = start + default_duration
    capped = end - start > max_duration
    if capped:
        end = start + max_duration
    return GrantWindow(start=start, end=end, capped=capped)


def local_year(now: datetime, tz: tzinfo) -> int:
    """Request numbers count per year in the office's timezone."""
    return now.astimezone(tz).year


def is_past(moment: datetime, now: datetime) -> bool:
    return moment <= now


def to_date(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


def extension_end(
    requested: date | None,
    requested_time: time | None,
    *,
    current_end: datetime,
    now: datetime,
    tz: tzinfo,
    default_duration: timedelta,
    max_duration: timedelta,
) -> datetime:
    """Until when an extension asks: the date the mail names (end of that day), else one more default period;
    never more than the policy's maximum from now."""
    end = current_end + default_duration
    if requested is not None:
        wanted = datetime.combine(requested, requested_time or time(23, 59), tzinfo=tz)
        if wanted > current_end:
            end = wanted
    return min(end, now + max_duration)


STARTS_LATER_AFTER = timedelta(minutes=10)


def starts_later(grant_start: datetime | None, now: datetime) -> bool:
    """The account is made more than a few minutes after the decision: the requester is told at once
    that the request was approved and when the account comes, instead of hearing nothing until then."""
    return grant_start is not None and grant_start - now > STARTS_LATER_AFTER

"""Digest schedules ("daily 07:00", "weekly mon 07:00", "monthly 1 07:00", "off") and their next run."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Schedule:
    every: str  # "daily" | "weekly" | "monthly" | "off"
    at: time = time(7, 0)
    weekday: int = 0
    monthday: int = 1


def parse_schedule(text: str) -> Schedule:
    """Parse the config's schedule; ValueError says what form is expected."""
    t = text.strip().lower()
    if t == "off":
        return Schedule("off")
    m = re.fullmatch(r"daily (\d{1,2}):(\d{2})", t)
    if m:
        return Schedule("daily", time(int(m[1]), int(m[2])))
    m = re.fullmatch(r"weekly (mon|tue|wed|thu|fri|sat|sun) (\d{1,2}):(\d{2})", t)
    if m:
        return Schedule("weekly", time(int(m[2]), int(m[3])), weekday=DAYS.index(m[1]))
    m = re.fullmatch(r"monthly (\d{1,2}) (\d{1,2}):(\d{2})", t)
    if m and 1 <= int(m[1]) <= 28:
        return Schedule("monthly", time(int(m[2]), int(m[3])), monthday=int(m[1]))
    raise ValueError('must be "daily HH:MM", "weekly DAY HH:MM", "monthly D HH:MM" (D 1-28) or "off"')


def next_run(schedule: Schedule, after: datetime) -> datetime | None:
    """The first scheduled moment strictly after `after` (an aware local time), or None when off."""
    if schedule.every == "off":
        return None
    day = after.date()
    for offset in range(0, 62):
        d = day + timedelta(days=offset)
        if schedule.every == "weekly" and d.weekday() != schedule.weekday:
            continue
        if schedule.every == "monthly" and d.day != schedule.monthday:
            continue
        candidate = datetime.combine(d, schedule.at, tzinfo=after.tzinfo)
        if candidate > after:
            return candidate
    return None


def last_run(schedule: Schedule, at: datetime) -> datetime | None:
    """The latest scheduled moment at or before `at` (an aware local time), or None when off.

    After a long downtime this is the one slot that still matters: its period is the one that just ended.
    """
    if schedule.every == "off":
        return None
    for offset in range(0, 62):
        d = at.date() - timedelta(days=offset)
        if schedule.every == "weekly" and d.weekday() != schedule.weekday:
            continue
        if schedule.every == "monthly" and d.day != schedule.monthday:
            continue
        candidate = datetime.combine(d, schedule.at, tzinfo=at.tzinfo)
        if candidate <= at:
            return candidate
    return None


def period_before(schedule: Schedule, run_day: date) -> tuple[date, date]:
    """The whole days a digest sent on `run_day` covers: from the previous run's day to the day before this one.

    Daily: yesterday. Weekly: the seven days that just ended (Monday to Sunday for "weekly mon").
    Monthly: from the same day of the previous month (the calendar month for "monthly 1").
    """
    end = run_day - timedelta(days=1)
    if schedule.every == "weekly":
        return run_day - timedelta(days=7), end
    if schedule.every == "monthly":
        year, month = (run_day.year - 1, 12) if run_day.month == 1 else (run_day.year, run_day.month - 1)
        return date(year, month, schedule.monthday), end
    return end, end

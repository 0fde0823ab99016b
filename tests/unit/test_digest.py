"""The digest's sections and counts (daemon.core.digest) and the schedule's slots and periods (daemon.core.schedule)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.core.digest import (
    Digest,
    RequestSummary,
    build_digest,
    digest_period,
    period_label,
    range_label,
)
from daemon.core.period import month_period, parse_period
from daemon.core.schedule import last_run, next_run, parse_schedule, period_before

WIB = ZoneInfo("Asia/Jakarta")
WEEK = digest_period(date(2026, 11, 16), date(2026, 11, 22))
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=WIB)


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    """A moment in WIB, stored as UTC like the database gives it."""
    return datetime(2026, month, day, hour, minute, tzinfo=WIB).astimezone(UTC)


def req(number: str, state: str, created: datetime, **kw: object) -> RequestSummary:
    return RequestSummary(
        number=number, name=f"Nama {number[-2:]}", institution="PT Uji", state=state, created_at=created,
        updated_at=kw.pop("updated_at", created), **kw,  # type: ignore[arg-type]
    )  # fmt: skip


PREPARED = [
    # before the week: closed before it began (in no section)
    req("RA-2026-0001", "closed", at(2), granted_at=at(3), closed_at=at(5), updated_at=at(5)),
    # before the week: still active, its grant ended on Saturday -> active and overdue
    req("RA-2026-0002", "active", at(9), granted_at=at(10), grant_end=at(21, 17), updated_at=at(10)),
    # before the week: waiting for a decision since 9 Nov -> waiting and overdue
    req("RA-2026-0003", "pending_approval", at(9), approval_asked_at=at(9, 10), updated_at=at(9, 10)),
    # received in the week, granted and closed in it -> received and closed
    req("RA-2026-0004", "closed", at(16, 10, 2), granted_at=at(16, 13), grant_end=at(18, 16), closed_at=at(18, 15, 22),
        updated_at=at(18, 15, 22)),
    # received in the week, active, grant ends tomorrow -> received and active
    req("RA-2026-0005", "active", at(19, 8, 30), granted_at=at(19, 9), grant_end=at(24, 17), updated_at=at(19, 9)),
    # received on Sunday night, waiting since an hour -> received and waiting, not overdue
    req("RA-2026-0006", "pending_approval", at(22, 23, 10), approval_asked_at=at(22, 23, 11), updated_at=at(22, 23, 11)),
    # received in the week, asked for missing data on the 17th -> received, waiting, overdue
    req("RA-2026-0007", "needs_info", at(17, 14, 45), updated_at=at(17, 14, 46)),
    # received in the week, provisioning failed -> received and overdue
    req("RA-2026-0008", "failed", at(20), decided_at=at(20, 11), updated_at=at(20, 11, 5)),
    # received in the week, rejected -> received only
    req("RA-2026-0009", "rejected", at(18), decided_at=at(18, 12), updated_at=at(18, 12)),
    # received after the week (this morning) -> waiting only
    req("RA-2026-0010", "pending_approval", at(23, 6, 30), approval_asked_at=at(23, 6, 31), updated_at=at(23, 6, 31)),
    # active with an extension waiting for the Kasubag since Friday -> active, waiting, overdue
    req("RA-2026-0011", "active", at(12), granted_at=at(12, 10), grant_end=at(30, 17), approval_asked_at=at(20, 8),
        extension_pending=True, updated_at=at(20, 8)),
]  # fmt: skip


def numbers(d: Digest, section: str) -> list[str]:
    return [item.number[-4:] for item in getattr(d, section)]


@pytest.fixture
def digest() -> Digest:
    return build_digest(PREPARED, WEEK, now=NOW, tz=WIB, lang="id", reminder_after=timedelta(hours=24))


def test_sections_of_a_prepared_week(digest: Digest) -> None:
    assert numbers(digest, "received") == ["0004", "0007", "0009", "0005", "0008", "0006"]
    assert numbers(digest, "waiting") == ["0003", "0007", "0011", "0006", "0010"]
    assert numbers(digest, "active") == ["0002", "0011", "0005"]
    assert numbers(digest, "closed") == ["0004"]
    assert numbers(digest, "overdue") == ["0003", "0002", "0007", "0011", "0008"]
    assert digest.counts == {"received": 6, "waiting": 5, "active": 3, "closed": 1, "overdue": 5}


def test_items_say_since_and_until_in_the_office_time(digest: Digest) -> None:
    closed = digest.closed[0]
    assert (closed.since, closed.until) == ("16 November 2026 pukul 13.00 WIB", "18 November 2026 pukul 15.22 WIB")
    received = {i.number: i for i in digest.received}
    assert received["RA-2026-0004"].since == "16 November 2026 pukul 10.02 WIB"
    assert received["RA-2026-0005"].until == "24 November 2026 pukul 17.00 WIB"  # the grant's end while it runs
    assert received["RA-2026-0006"].until is None
    failed = next(i for i in digest.overdue if i.state == "failed")
    assert failed.since == "20 November 2026 pukul 11.05 WIB" and failed.until is None
    assert digest.generated_at == "23 November 2026 pukul 07.00 WIB"
    assert digest.period_label == "16-22 November 2026"


def test_the_context_is_the_templates_contract(digest: Digest) -> None:
    from tests.unit.template_samples import EXTRA_KEYS, SAMPLES

    ctx = digest.context()
    assert set(ctx) | {"attachments"} == EXTRA_KEYS["digest"]
    assert set(ctx["counts"]) == set(SAMPLES["digest"]["counts"])
    assert set(ctx["received"][0]) == set(SAMPLES["digest"]["received"][0])


def test_english_times_and_label() -> None:
    d = build_digest(PREPARED[:5], WEEK, now=NOW, tz=WIB, lang="en", reminder_after=timedelta(hours=24))
    assert d.period_label == "16-22 November 2026"
    assert d.closed[0].until == "18 November 2026, 15:22 WIB"


def test_an_empty_office_has_empty_sections() -> None:
    d = build_digest([], WEEK, now=NOW, tz=WIB, lang="id", reminder_after=timedelta(hours=24))
    assert d.counts == dict.fromkeys(("received", "waiting", "active", "closed", "overdue"), 0)


def test_waiting_is_overdue_only_past_reminder_after() -> None:
    r = req("RA-2026-0020", "pending_approval", at(22, 6), approval_asked_at=at(22, 7))
    just = build_digest([r], WEEK, now=at(23, 7), tz=WIB, lang="id", reminder_after=timedelta(hours=24))
    past = build_digest([r], WEEK, now=at(23, 7, 1), tz=WIB, lang="id", reminder_after=timedelta(hours=24))
    assert (just.counts["overdue"], past.counts["overdue"]) == (0, 1)


def test_naive_times_are_refused() -> None:
    r = req("RA-2026-0021", "received", datetime(2026, 11, 20, 9, 0))
    with pytest.raises(ValueError, match="RA-2026-0021"):
        build_digest([r], WEEK, now=NOW, tz=WIB, lang="id", reminder_after=timedelta(hours=24))


@pytest.mark.parametrize(
    ("start", "end", "lang", "label"),
    [
        (date(2026, 11, 16), date(2026, 11, 22), "id", "16-22 November 2026"),
        (date(2026, 10, 26), date(2026, 11, 1), "id", "26 Oktober - 1 November 2026"),
        (date(2026, 12, 28), date(2027, 1, 3), "en", "28 December 2026 - 3 January 2027"),
        (date(2026, 11, 22), date(2026, 11, 22), "id", "22 November 2026"),
        (date(2026, 2, 1), date(2026, 2, 28), "id", "Februari 2026"),
    ],
)
def test_range_labels(start: date, end: date, lang: str, label: str) -> None:
    assert range_label(start, end, lang) == label


def test_a_named_period_keeps_its_label_in_indonesian() -> None:
    q4 = parse_period("2026-Q4", date(2026, 11, 23))
    assert period_label(q4, "id") == "Triwulan IV 2026"
    assert period_label(month_period(2026, 11), "en") == "November 2026"


# --- the schedule ------------------------------------------------------------------------------------------


def test_last_run_is_the_latest_slot_at_or_before() -> None:
    weekly = parse_schedule("weekly mon 07:00")
    assert last_run(weekly, datetime(2026, 11, 23, 7, 0, tzinfo=WIB)) == datetime(2026, 11, 23, 7, 0, tzinfo=WIB)
    assert last_run(weekly, datetime(2026, 11, 23, 6, 59, tzinfo=WIB)) == datetime(2026, 11, 16, 7, 0, tzinfo=WIB)
    assert last_run(weekly, datetime(2026, 12, 30, 12, 0, tzinfo=WIB)) == datetime(2026, 12, 28, 7, 0, tzinfo=WIB)
    monthly = parse_schedule("monthly 1 06:00")
    assert last_run(monthly, datetime(2026, 11, 23, tzinfo=WIB)) == datetime(2026, 11, 1, 6, 0, tzinfo=WIB)
    assert last_run(parse_schedule("off"), NOW) is None
    slot = last_run(weekly, NOW)
    assert slot is not None and next_run(weekly, slot) == datetime(2026, 11, 30, 7, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("schedule", "run_day", "period"),
    [
        ("weekly mon 07:00", date(2026, 11, 23), (date(2026, 11, 16), date(2026, 11, 22))),
        ("daily 07:00", date(2026, 11, 23), (date(2026, 11, 22), date(2026, 11, 22))),
        ("monthly 1 07:00", date(2026, 12, 1), (date(2026, 11, 1), date(2026, 11, 30))),
        ("monthly 1 07:00", date(2027, 1, 1), (date(2026, 12, 1), date(2026, 12, 31))),
        ("monthly 15 07:00", date(2026, 3, 15), (date(2026, 2, 15), date(2026, 3, 14))),
    ],
)
def test_the_period_that_just_ended(schedule: str, run_day: date, period: tuple[date, date]) -> None:
    assert period_before(parse_schedule(schedule), run_day) == period

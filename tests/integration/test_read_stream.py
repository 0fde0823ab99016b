"""The reader reads ahead across batches (issue 9): a pass hands it the next batch before it works this one.

Real reader process, real Maildir office. What must hold while the reader runs ahead: readings come
back in the order asked, a child given up mid-stream takes nobody's jobs with it, a stream left
early leaves no answers for the next, and a fetch that fails ahead of time loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.demo.sandbox import drop_mail
from daemon.workers import intake_batches
from daemon.workers.reader import ChildReader, Job, Rules
from daemon.workers.reader_pipe import Child
from tests.conversation import letter
from tests.helpers import FakeClock
from tests.integration.test_read_budget import NORMAL, Office, budgets, office_with_budget, slow_letter  # noqa: F401 - a fixture

__all__ = ["budgets"]


def numbered(n: int) -> bytes:
    return letter(f"teknisi{n}@vendor.co.id", NORMAL.replace("Teknisi Tepat Waktu", f"Teknisi {n}"), subject=f"Permohonan {n}")


def subject(reading) -> str:  # type: ignore[no-untyped-def]
    assert reading.msg is not None, reading
    return reading.msg.subject


def test_jobs_asked_for_after_a_message_over_budget_are_read_by_the_fresh_child(budgets: tuple[float, float, float]) -> None:
    _slow, _normal, budget = budgets
    reader = ChildReader(budget)
    try:
        with reader.stream() as stream:
            stream.submit([Job(slow_letter()), Job(numbered(1))])
            stream.submit([Job(numbered(2))])  # the next batch, asked for before the first is read
            assert stream.next().over_budget is not None
            assert [subject(stream.next()), subject(stream.next())] == ["Permohonan 1", "Permohonan 2"]
    finally:
        reader.stop()


def test_a_batch_s_rules_go_to_the_child_once_and_again_to_a_fresh_one(budgets: tuple[float, float, float], monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules (`fields_for` grows with the open requests) travel once per batch, not with each job; a
    child started after one was given up gets them again, or the letters after the slow one lose their fields."""
    _slow, _normal, budget = budgets
    sent: list[str] = []
    submit = Child.submit
    monkeypatch.setattr(Child, "submit", lambda child, item: (sent.append(type(item).__name__), submit(child, item))[1])
    now, rules = FakeClock()(), Rules(ZoneInfo("Asia/Jakarta"), ("ssh", "vpn"), fields_for=frozenset())
    reader = ChildReader(budget)
    try:
        with reader.stream() as stream:
            stream.submit([Job(slow_letter(), now, rules), Job(numbered(1), now, rules), Job(numbered(2), now, rules)])
            assert stream.next().over_budget is not None
            readings = [stream.next(), stream.next()]
    finally:
        reader.stop()
    assert [subject(r) for r in readings] == ["Permohonan 1", "Permohonan 2"]
    assert all(r.fields is not None and r.fields.institution for r in readings), readings
    assert sent == ["Rules", "_Sent", "_Sent", "_Sent", "Rules", "_Sent", "_Sent"]


def test_a_stream_left_with_jobs_unread_leaves_no_answer_for_the_next() -> None:
    reader = ChildReader(30.0)
    try:
        with reader.stream() as stream:
            stream.submit([Job(numbered(n)) for n in (1, 2, 3)])
            assert subject(stream.next()) == "Permohonan 1"
        assert [subject(r) for r in reader.read_all([Job(numbered(4))])] == ["Permohonan 4"]
    finally:
        reader.stop()


SEVEN = sorted(f"teknisi{n}@vendor.co.id" for n in range(7))


@pytest.fixture
def backlog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    """An office with seven letters waiting, worked in batches of three: three batches."""
    monkeypatch.setattr(intake_batches, "BATCH_MESSAGES", 3)
    for office in office_with_budget(tmp_path, 30.0):
        for n in range(7):
            drop_mail(office.inbox_dir, numbered(n), name=f"{n}.mail")
        yield office


def record_calls(
    monkeypatch: pytest.MonkeyPatch, inbox: object, name: str, calls: list[tuple[str, int]], *, fail_at: int = 0
) -> None:
    """Note each call of `inbox.<name>` in `calls` (its name, how many messages); the `fail_at`-th (1-based)
    raises as a dropped connection would."""
    real = getattr(inbox, name)

    def recorded(refs, *args):  # type: ignore[no-untyped-def]
        calls.append((name, len(refs)))
        if [called for called, _n in calls].count(name) == fail_at:
            raise ConnectionResetError(f"the server went away during {name}")
        return real(refs, *args)

    monkeypatch.setattr(inbox, name, recorded)


def test_the_next_batch_is_fetched_before_this_one_is_moved(backlog: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []
    record_calls(monkeypatch, backlog.intake.inbox, "fetch_many", calls)
    record_calls(monkeypatch, backlog.intake.inbox, "move", calls)
    result = backlog.intake.run_pass()
    assert result.handled == 7 and sorted(backlog.acknowledged()) == SEVEN
    names = [name for name, _n in calls]
    assert names.count("fetch_many") == 3 and names[:2] == ["fetch_many", "fetch_many"]  # the second fetched before any move
    assert names.count("move") == 1  # one MOVE for up to MOVE_EVERY batches


def test_a_fetch_ahead_that_fails_loses_nothing_and_sends_nothing_twice(backlog: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second batch's FETCH fails before the first is worked: the pass ends there; the next one does it all, once."""
    record_calls(monkeypatch, backlog.intake.inbox, "fetch_many", [], fail_at=2)
    with pytest.raises(ConnectionResetError):
        backlog.intake.run_pass()
    assert backlog.acknowledged() == []  # nothing was worked, so nothing is half done
    result = backlog.intake.run_pass()
    assert result.handled == 7
    assert sorted(backlog.acknowledged()) == SEVEN
    assert [subject(r) for r in backlog.intake.reader.read_all([Job(numbered(9))])] == ["Permohonan 9"]


def test_mail_committed_but_not_yet_moved_is_moved_by_the_next_pass_and_worked_once(
    backlog: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a backlog the MOVE comes every MOVE_EVERY batches: a MOVE that fails leaves three committed batches in
    the INBOX; the next pass moves them without working them again."""
    moves: list[tuple[str, int]] = []
    record_calls(monkeypatch, backlog.intake.inbox, "move", moves, fail_at=1)
    with pytest.raises(ConnectionResetError):
        backlog.intake.run_pass()
    assert moves == [("move", 7)]  # one MOVE for the three batches
    assert len(backlog.acknowledged()) == 7  # committed before the MOVE
    second = backlog.intake.run_pass()
    assert second.seen == 0 and moves == [("move", 7), ("move", 7)]  # moved, not worked again
    assert sorted(backlog.acknowledged()) == SEVEN
    assert backlog.intake.inbox.list_new(0) == []

"""The refusal budget per client address (daemon.web.throttle), on a clock the test moves."""

from __future__ import annotations

import pytest

from daemon.web.throttle import FailedAttempts, client_address


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_address_waits_after_its_budget_and_others_do_not() -> None:
    clock = Clock()
    limit = FailedAttempts(3, 600, clock)
    assert [limit.failed("10.0.0.1").allowed for _ in range(3)] == [True, True, False]
    assert not limit.check("10.0.0.1").allowed and limit.check("10.0.0.1").retry_after == 600
    assert limit.check("10.0.0.2").allowed
    clock.now += 300
    assert limit.check("10.0.0.1").retry_after == 300
    clock.now += 301
    assert limit.check("10.0.0.1").allowed  # the window slid past the refusals


def test_the_burst_is_reported_once_per_window() -> None:
    clock = Clock()
    limit = FailedAttempts(2, 60, clock)
    verdicts = [limit.failed("10.0.0.1") for _ in range(10)]
    assert [v.burst_started for v in verdicts].count(True) == 1 and verdicts[1].burst_started
    clock.now += 61
    again = [limit.failed("10.0.0.1") for _ in range(3)]
    assert [v.burst_started for v in again] == [False, True, False]


def test_memory_is_bounded_by_forgetting_the_oldest_address() -> None:
    limit = FailedAttempts(1, 60, Clock(), max_tracked=100)
    for n in range(1000):
        limit.failed(f"10.0.{n // 256}.{n % 256}")
    assert len(limit._failures) == 100 and limit.check("10.0.0.0").allowed and not limit.check("10.0.3.231").allowed


def test_the_forwarded_client_counts_only_behind_a_trusted_proxy() -> None:
    assert client_address("127.0.0.1", "203.0.113.9", ()) == "127.0.0.1"
    assert client_address("127.0.0.1", "203.0.113.9", ("127.0.0.1",)) == "203.0.113.9"
    assert client_address("127.0.0.1", "198.51.100.7, 203.0.113.9, 10.0.0.5", ("127.0.0.0/8", "10.0.0.0/8")) == "203.0.113.9"
    assert client_address("192.0.2.1", "203.0.113.9", ("127.0.0.1",)) == "192.0.2.1"  # not from the proxy: its header is ignored
    assert client_address("127.0.0.1", "", ("127.0.0.1",)) == "127.0.0.1"


def test_a_budget_must_be_positive() -> None:
    with pytest.raises(ValueError):
        FailedAttempts(0, 60, Clock())

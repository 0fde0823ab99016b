"""Failed link attempts, counted per client address: past a budget, that address waits.

A token has 256 bits, so guessing is hopeless; the limit is there so that a scanner or an
attacker hammering the pages costs nothing (no database work per refused attempt) and the
admins hear of it once. Only refusals count (an unknown, used, expired or revoked token);
an address over the budget gets HTTP 429 for every link, a valid one included, until the
window has passed. Other addresses are never affected.

Behind a reverse proxy every request comes from the proxy: with `web.trusted_proxies` set,
the client is the right-most X-Forwarded-For address that is not one of those proxies.
Pure logic with an injected clock; the app calls it around each token request.
"""

from __future__ import annotations

import math
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

MAX_TRACKED = 10_000  # addresses remembered at most; the oldest is forgotten first


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0  # seconds, when not allowed
    burst_started: bool = False  # True once per address and window: the moment to tell the admins


class FailedAttempts:
    """A sliding window of refusals per address, bounded in memory."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float], max_tracked: int = MAX_TRACKED) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit, self.window, self.clock, self.max_tracked = limit, window, clock, max_tracked
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._reported: dict[str, float] = {}  # address -> when its burst was reported

    def check(self, address: str) -> Verdict:
        """May `address` try a link now? (Counts nothing.)"""
        times = self._recent(address)
        if times is None or len(times) < self.limit:
            return Verdict(True)
        wait = max(1, math.ceil(times[0] + self.window - self.clock()))
        return Verdict(False, wait)

    def failed(self, address: str) -> Verdict:
        """Count one refusal; the verdict says whether the address is now over the budget, and if newly so."""
        now = self.clock()
        times = self._recent(address)
        if times is None:
            times = self._failures[address] = deque()
            while len(self._failures) > self.max_tracked:
                gone, _ = self._failures.popitem(last=False)
                self._reported.pop(gone, None)
        self._failures.move_to_end(address)
        times.append(now)
        while len(times) > self.limit:
            times.popleft()  # the budget's worth is all that is needed to decide
        if len(times) < self.limit:
            return Verdict(True)
        reported = self._reported.get(address)
        newly = reported is None or now - reported >= self.window
        if newly:
            self._reported[address] = now
        return Verdict(False, max(1, math.ceil(times[0] + self.window - now)), burst_started=newly)

    def _recent(self, address: str) -> deque[float] | None:
        times = self._failures.get(address)
        if times is None:
            return None
        cutoff = self.clock() - self.window
        while times and times[0] <= cutoff:
            times.popleft()
        return times


class LinkGuard:
    """The web's refusal counter, and how it reads a request's address."""

    def __init__(self, attempts: FailedAttempts, trusted_proxies: tuple[str, ...]) -> None:
        self.attempts, self.trusted_proxies = attempts, trusted_proxies

    def address(self, peer: str, forwarded_for: str | None) -> str:
        return client_address(peer, forwarded_for, self.trusted_proxies)


def client_address(peer: str, forwarded_for: str | None, trusted_proxies: Iterable[str]) -> str:
    """The address to count: the socket's peer, or, from a trusted proxy, the client it forwarded for."""
    networks = [ip_network(p, strict=False) for p in trusted_proxies]
    if not networks or not _within(peer, networks):
        return peer
    for hop in reversed([h.strip() for h in (forwarded_for or "").split(",") if h.strip()]):
        if not _within(hop, networks):
            return hop
    return peer


def _within(address: str, networks: list[IPv4Network | IPv6Network]) -> bool:
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)

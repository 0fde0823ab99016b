"""The one summary line every fault test prints, in one form, so CI logs and the README can quote them alike.

    FAULT kill9-random: injected=20 requests_lost=0 duplicate_requests=0 mails_lost=0 duplicates_same_id=3 \
duplicates_other_id=0 unauthorized_transitions=0

injected: faults injected (kills, cuts, refusals); requests_lost: letters that became no request;
duplicate_requests: requests created more than once; mails_lost: outbox rows never delivered;
duplicates_same_id: deliveries again under a Message-ID already delivered (the accepted price of a cut
after DATA); duplicates_other_id: one logical mail under a second Message-ID (or a Message-ID we never
recorded); unauthorized_transitions: decisions from the audit not made by a configured approver or token.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class FaultSummary:
    name: str
    injected: int
    requests_lost: int = 0
    duplicate_requests: int = 0
    mails_lost: int = 0
    duplicates_same_id: int = 0
    duplicates_other_id: int = 0
    unauthorized_transitions: int = 0

    def line(self) -> str:
        counts = " ".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self) if f.name != "name")
        return f"FAULT {self.name}: {counts}"


def report(summary: FaultSummary) -> FaultSummary:
    """Print the summary line (seen with `pytest -s`, and in the captured output of a failure)."""
    print(summary.line(), flush=True)
    return summary


def summary_line(
    name: str,
    *,
    injected: int,
    requests_lost: int,
    duplicate_requests: int,
    mails_lost: int,
    duplicates_same_id: int,
    duplicates_other_id: int,
    unauthorized_transitions: int,
) -> str:
    """The same line as `FaultSummary.line`, for tests that count as they go."""
    return FaultSummary(
        name, injected, requests_lost, duplicate_requests, mails_lost, duplicates_same_id, duplicates_other_id,
        unauthorized_transitions,
    ).line()  # fmt: skip

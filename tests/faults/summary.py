"""The one line every fault test prints (pytest -s), so runs can be compared and collected by grep."""

from __future__ import annotations


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
    """`FAULT <name>: injected=.. requests_lost=.. ...` in this fixed order."""
    return (
        f"FAULT {name}: injected={injected} requests_lost={requests_lost} duplicate_requests={duplicate_requests} "
        f"mails_lost={mails_lost} duplicates_same_id={duplicates_same_id} duplicates_other_id={duplicates_other_id} "
        f"unauthorized_transitions={unauthorized_transitions}"
    )

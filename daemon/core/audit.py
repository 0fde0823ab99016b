"""The audit trail's hash chain: canonical JSON of each event, chained by SHA-256.

Each event's `data` is stored exactly as `canonical()` wrote it, so verification re-hashes
the stored text, never a re-serialisation that could differ between versions.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable

GENESIS = "0" * 64


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("audit times must be timezone-aware")
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "value"):  # enums
        return value.value
    raise TypeError(f"cannot put {type(value).__name__} in the audit")


def canonical(record: dict[str, Any]) -> str:
    """Sorted keys, no spaces, UTC ISO times, UTF-8 kept: one text per meaning."""
    return json.dumps(record, default=_default, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, seq: int, text: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{seq}\n{text}".encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredEvent:
    seq: int
    data: str
    prev_hash: str
    hash: str


def verify(events: Iterable[StoredEvent]) -> list[str]:
    """Problems in the chain, in order; an empty list means it is intact."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = None
    for ev in events:
        if expected_seq is not None and ev.seq != expected_seq:
            problems.append(f"event {ev.seq}: expected sequence {expected_seq} (an event is missing)")
        if ev.prev_hash != prev:
            problems.append(f"event {ev.seq}: does not follow the previous event (chain broken)")
        if chain_hash(ev.prev_hash, ev.seq, ev.data) != ev.hash:
            problems.append(f"event {ev.seq}: content does not match its hash (altered)")
        prev = ev.hash
        expected_seq = ev.seq + 1
    return problems

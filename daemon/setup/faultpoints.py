"""Named kill points, TEST-ONLY: `reach(name)` makes the process SIGKILL itself there when a fault test asks.

Production never sets `LPSE_AKSES_KILL_AT`; then `reach` is one comparison with a module constant and
returns. A fault test (tests/faults/test_kill9_real.py) starts the daemon with

    LPSE_AKSES_KILL_AT=<point>        die the first time <point> is reached
    LPSE_AKSES_KILL_AT=<point>:<N>    die the N-th time it is reached

and the process sends itself SIGKILL at that place: nothing flushed, closed or rolled back, exactly as
a power cut or the OOM killer would leave it. The variable is read once, at import (the daemon under
test is a fresh process); an unknown point name is refused at once, so a typo in a test cannot
silently kill nothing.

The points, where they sit, and what a kill there tests:

    after_commit_before_move  intake: the batch is committed, the IMAP MOVE not yet done
    after_outbox_insert       mailqueue: a transaction that added outbox rows has just committed
                              (intake batch, a link decision, provisioning, timers: wherever mail is queued)
    after_data_before_mark    outbox: the SMTP server accepted DATA (250), the row is not yet marked sent
    inside_token_consume      tokens: the token's UPDATE ran, the transaction has not committed

It lives in `setup` (beside `sdnotify`, the other piece that talks to the process's environment):
below every room that reaches a point, and outside `core`, which stays pure.
"""

from __future__ import annotations

import itertools
import os
import signal

VARIABLE = "LPSE_AKSES_KILL_AT"
POINTS = frozenset({"after_commit_before_move", "after_outbox_insert", "after_data_before_mark", "inside_token_consume"})


def parse(spec: str) -> tuple[str | None, int]:
    """`name` or `name:N` -> (name, N); an empty spec -> (None, 0). Unknown names and N < 1 are refused."""
    spec = spec.strip()
    if not spec:
        return None, 0
    name, _, nth = spec.partition(":")
    if name not in POINTS:
        raise ValueError(f"{VARIABLE}={spec!r}: no such kill point (known: {', '.join(sorted(POINTS))})")
    count = int(nth) if nth else 1
    if count < 1:
        raise ValueError(f"{VARIABLE}={spec!r}: N must be 1 or more")
    return name, count


ARMED, _NTH = parse(os.environ.get(VARIABLE, ""))
_reached = itertools.count(1)  # next() is atomic under the GIL: the intake thread and the event loop share it


def reach(name: str) -> None:
    """A named point: SIGKILL to this very process when `LPSE_AKSES_KILL_AT` names it (and its N-th time came)."""
    if name != ARMED:
        return
    if next(_reached) >= _NTH:
        os.kill(os.getpid(), signal.SIGKILL)

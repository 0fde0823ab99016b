"""The test-only kill points: a no-op unless LPSE_AKSES_KILL_AT names them, then SIGKILL at the N-th reach."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.setup import faultpoints

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
from daemon.setup import faultpoints
for i in range(1, 6):
    faultpoints.reach("after_data_before_mark")
    print(i, flush=True)
"""


def run(spec: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != faultpoints.VARIABLE} | {"PYTHONPATH": str(ROOT)}
    if spec is not None:
        env[faultpoints.VARIABLE] = spec
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=30)


def test_unset_it_does_nothing() -> None:
    done = run(None)
    assert done.returncode == 0 and done.stdout.split() == ["1", "2", "3", "4", "5"]


def test_another_point_named_does_nothing_here() -> None:
    done = run("inside_token_consume")
    assert done.returncode == 0 and done.stdout.split() == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(("spec", "printed"), [("after_data_before_mark", []), ("after_data_before_mark:3", ["1", "2"])])
def test_the_named_point_kills_the_process_at_its_nth_reach(spec: str, printed: list[str]) -> None:
    done = run(spec)
    assert done.returncode == -signal.SIGKILL
    assert done.stdout.split() == printed


def test_a_typo_is_refused_at_start_not_ignored() -> None:
    done = run("after_data_befor_mark")
    assert done.returncode == 1 and "no such kill point" in done.stderr
    with pytest.raises(ValueError):
        faultpoints.parse("inside_token_consume:0")
    assert faultpoints.parse("") == (None, 0)
    assert faultpoints.parse("after_outbox_insert:7") == ("after_outbox_insert", 7)


def test_production_is_unarmed() -> None:
    assert faultpoints.ARMED is None  # the test run itself never sets the variable


OUTBOX_SCRIPT = """
import sys
from datetime import datetime, timezone
from daemon import mailqueue
from daemon.store import migrations
from daemon.store.db import Database
db = Database(sys.argv[1])
migrations.upgrade(db.engine)
now = datetime.now(timezone.utc)
with db.transaction() as s:
    with s.begin_nested():  # as the intake does, one savepoint per message
        mailqueue.enqueue(s, req=None, template="admin_alert", recipient="admin@lpse.test", lang="id", context={}, domain="lpse.test", now=now)
    print("savepoint released", flush=True)
print("never: the commit kills", flush=True)
"""


def test_after_outbox_insert_waits_for_the_real_commit_not_a_savepoint(tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from daemon.store.db import Database
    from daemon.store.models import OutboxMail

    url = f"sqlite:///{tmp_path / 'q.db'}"
    env = {k: v for k, v in os.environ.items() if k != faultpoints.VARIABLE} | {"PYTHONPATH": str(ROOT)}
    env[faultpoints.VARIABLE] = "after_outbox_insert"
    done = subprocess.run([sys.executable, "-c", OUTBOX_SCRIPT, url], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.split("\n")[0] == "savepoint released" and "never" not in done.stdout
    with Database(url).reading() as s:
        assert s.scalar(select(func.count(OutboxMail.id))) == 1  # died after the commit: the row is there

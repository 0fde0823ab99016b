"""Reading a message against a deadline, in a child process: the parse and the letter's fields.

Reading is the CPU-bound part of intake (mail-parser, the PDF and DOCX text layers, the
extraction) and the part a crafted or garbled mail can make slow. In a child process
(`python -m daemon.workers.reader`) it can be stopped: a message that takes longer than
`mailbox.read_budget` is given up (the child is killed and started again) and quarantined with
the reason, and the next message goes on. The child reads ahead through a batch, so its work
overlaps the database work of the message before it (two cores are used, not one).

The child starts on first use and stops after a minute without work. Jobs and readings travel
as length-prefixed pickles over its stdin and stdout; the child is this module, started by the
daemon as the same user, so its answers are trusted as far as the daemon's own code.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import IO, Any

from daemon.core.classify import may_need_fields
from daemon.core.dates import letter_day
from daemon.core.extract import extract_fields
from daemon.core.loops import is_automatic
from daemon.core.fields import RequestFields
from daemon.core.message import ParsedMessage
from daemon.mail.parser import UnparseableMessage, parse_message

log = logging.getLogger("lpse_akses.reader")
IDLE_STOP = 60.0  # seconds without work before the child is stopped (an idle daemon stays small)
START_TIMEOUT = 30.0  # the child's imports, on a slow machine
_HEADER = struct.Struct("!I")
READY = "ready"
DIED = "the reader process died"


@dataclass(frozen=True)
class Job:
    """One message to read. With `now`, its fields are read too, as `Dispatcher` would read them."""

    raw: bytes
    now: datetime | None = None
    tz: tzinfo | None = None
    rights: tuple[str, ...] = ()
    office_people: frozenset[str] = frozenset()
    office_addresses: frozenset[str] = frozenset()  # given: automatic mail (loops.is_automatic) has no fields read
    fields_for: frozenset[str] | None = None  # given: only mail that may need them has fields read (classify.may_need_fields)


@dataclass(frozen=True)
class Reading:
    """What reading gave: a message (and perhaps its fields), or why there is none."""

    msg: ParsedMessage | None = None
    unparseable: str | None = None  # not mail at all: quarantined
    fields: RequestFields | None = None
    today: date | None = None  # the day `fields` counted relative dates from
    failure: str | None = None  # the reading itself failed (retried, then quarantined)
    over_budget: float | None = None  # given up after this many seconds

    def message(self) -> ParsedMessage:
        """The message, or the exception intake handles for each way of having none."""
        if self.unparseable is not None:
            raise UnparseableMessage(self.unparseable)
        if self.failure is not None or self.msg is None:
            raise ReadFailed(self.failure or "no message")
        return self.msg


class _ChildGone(Exception):
    """The reader process's output ended: it died, or was killed."""


class ReadFailed(RuntimeError):
    """Reading a message failed (the parser raised, or the child died): retried on the next pass.
    `kind` names what failed (e.g. "LookupError"), for the quarantine's reason."""

    def __init__(self, failure: str) -> None:
        super().__init__(failure)
        self.kind = failure.split(":", 1)[0] if failure[:1].isupper() and ":" in failure else type(self).__name__


def failure_of(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


def read(job: Job, parse: Callable[[bytes], ParsedMessage] = parse_message) -> Reading:
    """Read one message here, in this process (the child's work, and the inline reader's)."""
    try:
        msg = parse(job.raw)
    except UnparseableMessage as exc:
        return Reading(unparseable=str(exc))
    if job.now is None or job.tz is None:
        return Reading(msg=msg)
    if job.office_addresses and is_automatic(msg, job.office_addresses):
        return Reading(msg=msg)  # a bounce, an auto-reply, a list: never a letter (a fifth of a busy mailbox)
    if job.fields_for is not None and not may_need_fields(msg, job.fields_for):
        return Reading(msg=msg)  # a decision, a closure, a reply in a thread that takes no fields, unrelated mail
    today = letter_day(msg.date, job.now, job.tz)
    try:
        fields = extract_fields(msg, today=today, rights=job.rights, office_people=job.office_people)
    except Exception:  # noqa: BLE001 - the dispatcher reads them again itself, and reports what fails
        return Reading(msg=msg)
    return Reading(msg=msg, fields=fields, today=today)


class InlineReader:
    """Read in the calling thread, without a deadline (tests that bring their own parse)."""

    def __init__(self, parse: Callable[[bytes], ParsedMessage]) -> None:
        self.parse = parse

    def read_all(self, jobs: Sequence[Job]) -> Iterator[Reading]:
        for job in jobs:
            try:
                yield read(Job(job.raw), self.parse)
            except Exception as exc:  # noqa: BLE001 - as in the child: the message fails, not the batch
                yield Reading(failure=failure_of(exc))

    def stop(self) -> None:
        return None

    def abort(self) -> None:
        return None


class ChildReader:
    """Read in a child process, each message within `budget` seconds, in order."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self._lock = threading.Lock()
        self._child: _Child | None = None
        self._idle: threading.Timer | None = None

    def read_all(self, jobs: Sequence[Job]) -> Iterator[Reading]:
        """One reading per job, in order; a job over the budget yields `Reading(over_budget=...)`."""
        with self._lock:
            self._cancel_idle()
            done = 0
            try:
                while done < len(jobs):
                    child = self._child = self._child if self._child and self._child.alive() else _Child()
                    try:
                        child.wait_ready()
                    except ReadFailed as exc:  # it could not start, or was stopped while starting
                        self._child = None
                        done += 1
                        yield Reading(failure=str(exc))
                        continue
                    for job in jobs[done:]:
                        child.submit(job)
                    while done < len(jobs):
                        started = time.monotonic()
                        try:
                            reading = child.receive(self.budget)
                        except _ChildGone:
                            reading = Reading(failure=DIED)
                        if reading is None:
                            log.warning("a message took over %g s to read: given up", self.budget)
                            reading = Reading(over_budget=time.monotonic() - started)
                        if reading.failure == DIED or reading.over_budget is not None:
                            child.stop()  # the jobs after this one go to a fresh child
                            self._child = None
                        done += 1
                        yield reading
                        if self._child is None:
                            break
            finally:
                if done < len(jobs) and self._child is not None:
                    self._child.stop()  # left mid-batch: its answers would come to the next one
                    self._child = None
                self._arm_idle()

    @property
    def reading(self) -> bool:
        """True while a started child is at work on a batch (what `abort` would cut)."""
        child = self._child
        return self._lock.locked() and child is not None and child.ready and child.alive()

    def abort(self) -> None:
        """Kill the child now, from any thread (the daemon is stopping); the reading in hand fails."""
        child = self._child
        if child is not None and child.alive():
            child.proc.kill()

    def stop(self) -> None:
        with self._lock:
            self._cancel_idle()
            if self._child is not None:
                self._child.stop()
                self._child = None

    def _arm_idle(self) -> None:
        self._idle = threading.Timer(IDLE_STOP, self._stop_if_idle)
        self._idle.daemon = True
        self._idle.start()

    def _cancel_idle(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None

    def _stop_if_idle(self) -> None:
        if self._lock.acquire(blocking=False):
            try:
                if self._child is not None:
                    self._child.stop()
                    self._child = None
            finally:
                self._lock.release()


class _Child:
    """One `python -m daemon.workers.reader` process, fed by one thread and drained by another.

    The drain matters as much as the feed: a reading (the message with its attachments) is
    often larger than a pipe's 64 KB, so a child whose answers nobody reads stops after one or
    two messages; drained, it reads through the whole batch while the daemon works the first."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "daemon.workers.reader"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True
        )
        self.ready = False
        self.jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self.buffer = bytearray()
        self.ended = False  # the child's stdout closed: it died or was stopped
        self.arrived = threading.Condition()
        self.feeder = threading.Thread(target=self._feed, name="reader-feed", daemon=True)
        self.feeder.start()
        self.drainer = threading.Thread(target=self._drain, name="reader-drain", daemon=True)
        self.drainer.start()

    def wait_ready(self) -> None:
        """Wait for the child's imports; the budget counts only from then on."""
        if self.ready:
            return
        try:
            self.ready = self.receive(START_TIMEOUT) == READY
        except _ChildGone:
            pass
        if not self.ready:
            self.stop()
            raise ReadFailed("the reader process did not start")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def submit(self, job: Job) -> None:
        self.jobs.put(job)

    def _feed(self) -> None:
        assert self.proc.stdin is not None
        try:
            while (job := self.jobs.get()) is not None:
                _send(self.proc.stdin, job)
        except (BrokenPipeError, OSError, ValueError):
            return  # the child is gone; the reader sees it and starts another

    def _drain(self) -> None:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except OSError:
                chunk = b""
            with self.arrived:
                if chunk:
                    self.buffer += chunk
                else:
                    self.ended = True
                self.arrived.notify_all()
            if not chunk:
                return

    def receive(self, timeout: float) -> Any:
        """The next answer, or None when none came within `timeout` seconds; _ChildGone when it died."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                if len(self.buffer) >= _HEADER.size:
                    (size,) = _HEADER.unpack_from(self.buffer)
                    if len(self.buffer) >= _HEADER.size + size:
                        data = bytes(self.buffer[_HEADER.size : _HEADER.size + size])
                        del self.buffer[: _HEADER.size + size]
                        break
                if self.ended:
                    raise _ChildGone()
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.arrived.wait(left)
        return pickle.loads(data)

    def stop(self) -> None:
        self.jobs.put(None)
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        self.drainer.join(timeout=5)  # it sees the end of the killed child's stdout
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass


def _send(out: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_HEADER.pack(len(data)) + data)
    out.flush()


def _receive(inp: IO[bytes]) -> Any:
    header = inp.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    return pickle.loads(inp.read(size))


def serve() -> None:
    """The child: read jobs from stdin until it closes, answer on stdout (stray prints go to stderr)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = sys.stdin.buffer
    _send(out, READY)
    while (job := _receive(inp)) is not None:
        try:
            reading = read(job)
        except Exception as exc:  # noqa: BLE001 - the boundary for one message: the daemon retries it
            reading = Reading(failure=failure_of(exc))
        _send(out, reading)


if __name__ == "__main__":
    from daemon.workers.reader import serve as serve_as_module  # pickles name daemon.workers.reader, not __main__

    serve_as_module()

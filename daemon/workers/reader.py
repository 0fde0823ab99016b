"""Reading a message against a deadline, in a child process: the parse and the letter's fields.

Reading is the CPU-bound part of intake (mail-parser, the PDF and DOCX text layers, the
extraction) and the part a crafted or garbled mail can make slow. In a child process
(`python -m daemon.workers.reader`) it can be stopped: a message that takes longer than
`mailbox.read_budget` is given up (the child is killed and started again) and quarantined with
the reason, and the next message goes on. The child reads ahead through what it was given (a `ReadStream`:
the pass's next batch too), so its work overlaps the daemon's database work (two cores are used, not one).

The child starts on first use and stops after a minute without work. Jobs and readings travel
as length-prefixed pickles over its stdin and stdout (`workers.reader_pipe`); the child is this
module, started by the daemon as the same user, so its answers are trusted as far as the daemon's own code.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from daemon.core.classify import may_need_fields
from daemon.core.dates import letter_day
from daemon.core.extract import extract_fields
from daemon.core.loops import is_automatic
from daemon.core.fields import RequestFields
from daemon.core.message import ParsedMessage
from daemon.mail import attachments
from daemon.mail.parser import UnparseableMessage, parse_message
from daemon.workers.reader_pipe import READY, Child, ChildGone, receive, send

log = logging.getLogger("lpse_akses.reader")
IDLE_STOP = 60.0  # seconds without work before the child is stopped (an idle daemon stays small)
DIED = "the reader process died"
NOT_STARTED = "the reader process did not start"


@dataclass(frozen=True)
class Rules:
    """What reading a letter's fields needs besides the letter. The same for a whole batch, so it goes
    to the child once per batch, not with every job (`fields_for` grows with the open requests:
    6 KB a job on average, 12 KB at the end of bench_intake's 2,000 messages, when it went with each)."""

    tz: tzinfo
    rights: tuple[str, ...] = ()
    office_people: frozenset[str] = frozenset()
    office_addresses: frozenset[str] = frozenset()  # given: automatic mail (loops.is_automatic) has no fields read
    fields_for: frozenset[str] | None = None  # given: only mail that may need them has fields read (classify.may_need_fields)


@dataclass(frozen=True)
class Job:
    """One message to read. With `now` and `rules`, its fields are read too, as `Dispatcher` would read them."""

    raw: bytes
    now: datetime | None = None
    rules: Rules | None = None


@dataclass(frozen=True)
class _Sent:
    """A job as it goes down the pipe: its `Rules` went before it, once, when they changed (`ruled`)."""

    raw: bytes
    now: datetime | None
    ruled: bool


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
    rules = job.rules
    if job.now is None or rules is None:
        return Reading(msg=msg)
    if rules.office_addresses and is_automatic(msg, rules.office_addresses):
        return Reading(msg=msg)  # a bounce, an auto-reply, a list: never a letter (a fifth of a busy mailbox)
    if rules.fields_for is not None and not may_need_fields(msg, rules.fields_for):
        return Reading(msg=msg)  # a decision, a closure, a reply in a thread that takes no fields, unrelated mail
    today = letter_day(msg.date, job.now, rules.tz)
    try:
        fields = extract_fields(msg, today=today, rights=rules.rights, office_people=rules.office_people)
    except Exception:  # noqa: BLE001 - the dispatcher reads them again itself, and reports what fails
        return Reading(msg=msg)
    return Reading(msg=msg, fields=fields, today=today)


class ReadStream:
    """Jobs submitted ahead of their readings, read back in order (`next`).

    A pass submits a batch's jobs before it works the batch before it, so the reader reads on
    while the daemon commits, moves and fetches (issue 9: it stood idle a sixth of the time)."""

    def __init__(self) -> None:
        self.pending: deque[Job] = deque()  # submitted, not yet answered

    def submit(self, jobs: Sequence[Job]) -> None:
        self.pending.extend(jobs)

    def next(self) -> Reading:
        """The reading of the oldest job not yet answered."""
        raise NotImplementedError


class _InlineStream(ReadStream):
    def __init__(self, parse: Callable[[bytes], ParsedMessage]) -> None:
        super().__init__()
        self.parse = parse

    def next(self) -> Reading:
        job = self.pending.popleft()
        try:
            return read(Job(job.raw), self.parse)
        except Exception as exc:  # noqa: BLE001 - as in the child: the message fails, not the batch
            return Reading(failure=failure_of(exc))


class _Reader:
    """What intake asks of a reader: a `stream` of readings, or the readings of a few jobs at once."""

    def stream(self) -> contextlib.AbstractContextManager[ReadStream]:
        raise NotImplementedError

    def read_all(self, jobs: Sequence[Job]) -> Iterator[Reading]:
        """One reading per job, in order; a job over the budget yields `Reading(over_budget=...)`."""
        with self.stream() as stream:
            stream.submit(jobs)
            for _ in jobs:
                yield stream.next()


class InlineReader(_Reader):
    """Read in the calling thread, without a deadline (tests that bring their own parse)."""

    def __init__(self, parse: Callable[[bytes], ParsedMessage]) -> None:
        self.parse = parse

    @contextlib.contextmanager
    def stream(self) -> Iterator[ReadStream]:
        yield _InlineStream(self.parse)

    def stop(self) -> None:
        return None

    def abort(self) -> None:
        return None


class ChildReader(_Reader):
    """Read in a child process, each message within `budget` seconds, in order."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self._lock = threading.Lock()
        self._child: Child | None = None
        self._idle: threading.Timer | None = None

    @contextlib.contextmanager
    def stream(self) -> Iterator[ReadStream]:
        """The child to oneself until the block ends; jobs left unanswered then stop it (their answers would come to the next stream)."""
        with self._lock:
            self._cancel_idle()
            if self._child is not None and not self._child.alive():
                self._child.stop()  # killed or died while idle
                self._child = None
            stream = _ChildStream(self)
            try:
                yield stream
            finally:
                if stream.pending and self._child is not None:
                    self._child.stop()
                    self._child = None
                stream.pending.clear()
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


class _ChildStream(ReadStream):
    """A `ReadStream` over the reader's child: a child that dies or overruns is replaced, and the jobs after that one go to the new child."""

    def __init__(self, owner: ChildReader) -> None:
        super().__init__()
        self.owner = owner

    def submit(self, jobs: Sequence[Job]) -> None:
        super().submit(jobs)
        if self.owner._child is None:
            self._start()  # it imports while the caller works
        else:
            for job in jobs:
                send_job(self.owner._child, job)

    def _start(self) -> Child:
        child = self.owner._child = Child()
        for job in self.pending:
            send_job(child, job)
        return child

    def next(self) -> Reading:
        child = self.owner._child or self._start()
        if not child.wait_ready():  # it could not start, or was stopped while starting
            self.owner._child = None
            self.pending.popleft()
            return Reading(failure=NOT_STARTED)
        started = time.monotonic()
        try:
            reading = child.receive(self.owner.budget)
        except ChildGone:
            reading = Reading(failure=DIED)
        if reading is None:
            log.warning("a message took over %g s to read: given up", self.owner.budget)
            reading = Reading(over_budget=time.monotonic() - started)
        if reading.failure == DIED or reading.over_budget is not None:
            child.stop()  # the jobs after this one go to a fresh child
            self.owner._child = None
        self.pending.popleft()
        return reading


def send_job(child: Child, job: Job) -> None:
    """A job down the pipe; its rules first, when this child has not had them yet."""
    if job.rules is not None and child.shared is not job.rules:
        child.submit(job.rules)
        child.shared = job.rules
    child.submit(_Sent(job.raw, job.now, job.rules is not None))


def serve() -> None:
    """The child: read jobs from stdin until it closes, answer on stdout (stray prints go to stderr)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = sys.stdin.buffer
    attachments.preload()
    send(out, READY)
    rules: Rules | None = None
    while (sent := receive(inp)) is not None:
        if isinstance(sent, Rules):
            rules = sent  # for the jobs after it
            continue
        try:
            reading = read(Job(sent.raw, sent.now, rules if sent.ruled else None))
        except Exception as exc:  # noqa: BLE001 - the boundary for one message: the daemon retries it
            reading = Reading(failure=failure_of(exc))
        send(out, reading)


if __name__ == "__main__":
    from daemon.workers.reader import serve as serve_as_module  # pickles name daemon.workers.reader, not __main__

    serve_as_module()

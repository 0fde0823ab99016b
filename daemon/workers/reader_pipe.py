"""The pipe between the daemon and its reader process (`workers.reader`): length-prefixed pickles.

The daemon's side is one `Child`: a thread feeds it jobs, another drains its answers, so the
child reads on through a batch whatever the daemon is doing. Both ends are this package's own
code, run as the same user, so the pickles are trusted as far as the daemon's own code.
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from typing import IO, Any

START_TIMEOUT = 30.0  # the child's imports, on a slow machine
READY = "ready"
_HEADER = struct.Struct("!I")


class ChildGone(Exception):
    """The reader process's output ended: it died, or was killed."""


class Child:
    """One `python -m daemon.workers.reader` process, fed by one thread and drained by another.

    The drain matters as much as the feed: a reading (the message with its attachments) is
    often larger than a pipe's 64 KB, so a child whose answers nobody reads stops after one or
    two messages; drained, it reads through the whole batch while the daemon works the first."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "daemon.workers.reader"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True
        )
        self.ready = False
        self.shared: object = None  # the last value sent once for the jobs after it (`workers.reader`'s Rules)
        self.jobs: queue.SimpleQueue[object | None] = queue.SimpleQueue()
        self.buffer = bytearray()
        self.ended = False  # the child's stdout closed: it died or was stopped
        self.arrived = threading.Condition()
        self.feeder = threading.Thread(target=self._feed, name="reader-feed", daemon=True)
        self.feeder.start()
        self.drainer = threading.Thread(target=self._drain, name="reader-drain", daemon=True)
        self.drainer.start()

    def wait_ready(self) -> bool:
        """Wait for the child's imports (the budget counts only from then on); False: it did not start, and is stopped."""
        if self.ready:
            return True
        try:
            self.ready = self.receive(START_TIMEOUT) == READY
        except ChildGone:
            pass
        if not self.ready:
            self.stop()
        return self.ready

    def alive(self) -> bool:
        return self.proc.poll() is None

    def submit(self, job: object) -> None:
        self.jobs.put(job)

    def _feed(self) -> None:
        assert self.proc.stdin is not None
        try:
            while (job := self.jobs.get()) is not None:
                send(self.proc.stdin, job)
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
        """The next answer, or None when none came within `timeout` seconds; ChildGone when it died."""
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
                    raise ChildGone()
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


def send(out: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_HEADER.pack(len(data)) + data)
    out.flush()


def receive(inp: IO[bytes]) -> Any:
    header = inp.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    return pickle.loads(inp.read(size))

"""The web server: uvicorn serving an ASGI app inside the daemon's own asyncio loop.

`uvicorn.Server.serve()` is made for owning a process: it captures SIGINT/SIGTERM (and raises
them again after shutdown) and calls `sys.exit(3)` when it cannot bind or its lifespan fails.
Inside our daemon the composition root owns signals and exit codes, so this module:
- binds the listening socket itself (`socket.create_server`, SO_REUSEADDR) and hands it to
  uvicorn, so a bind failure is a `WebBindError` (an `OSError`) with a clear message;
- runs uvicorn with `lifespan="off"` (no `sys.exit` path is left), `log_config=None` (our
  logging stays as configured) and `access_log=False` (access lines would print link tokens);
- neutralises uvicorn's signal capture in a subclass;
- stops it by setting `should_exit`, as uvicorn's own signal handler does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

log = logging.getLogger(__name__)

STARTUP_TIMEOUT = 10.0
SHUTDOWN_GRACE = 5  # seconds for open requests to finish at stop()


class WebBindError(OSError):
    """The web server could not listen on the configured address."""


class _EmbeddedServer(uvicorn.Server):
    """A uvicorn server that leaves the process's signals to the daemon."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def install_signal_handlers(self) -> None:  # the name in uvicorn before 0.29
        return None


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on (host, port); port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host, port), family=family, backlog=128)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise WebBindError(exc.errno or 0, f"the web server cannot listen on {host}:{port}: {reason}") from exc
    sock.setblocking(False)
    return sock


class WebServer:
    """Serve one ASGI app on one address, started and stopped by the daemon's loop."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._server: _EmbeddedServer | None = None
        self._task: asyncio.Task[None] | None = None
        self.port: int | None = None

    async def start(self, host: str, port: int) -> int:
        """Bind and start serving; returns the bound port. Raises WebBindError."""
        if self._task is not None:
            raise RuntimeError("the web server is already running")
        sock = bind(host, port)
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_config=None,
            access_log=False,
            server_header=False,
            timeout_graceful_shutdown=SHUTDOWN_GRACE,
        )
        server = _EmbeddedServer(config)
        task = asyncio.create_task(server.serve(sockets=[sock]), name="web-server")
        deadline = asyncio.get_running_loop().time() + STARTUP_TIMEOUT
        while not server.started:
            if task.done():
                sock.close()
                task.result()  # raises what stopped it
                raise WebBindError(0, f"the web server on {host}:{port} stopped while starting")
            if asyncio.get_running_loop().time() > deadline:
                server.should_exit = True
                task.cancel()
                sock.close()
                raise WebBindError(0, f"the web server on {host}:{port} did not start in {STARTUP_TIMEOUT:.0f} s")
            await asyncio.sleep(0.01)
        self._server, self._task = server, task
        self.port = int(sock.getsockname()[1])
        log.info("web server listening on %s:%d", host, self.port)
        return self.port

    async def stop(self) -> None:
        """Stop accepting, let open requests finish (a few seconds at most), and close the socket."""
        server, task = self._server, self._task
        if server is None or task is None:
            return
        server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=SHUTDOWN_GRACE + 5)
        except TimeoutError:
            server.force_exit = True
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        finally:
            self._server, self._task = None, None
        log.info("web server stopped")

    @property
    def running(self) -> bool:
        """True between a successful start() and stop(), unless the server died."""
        return self._task is not None and not self._task.done()

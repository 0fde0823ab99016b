"""The exceptions a caller may need to tell apart, in two families (as getmail6 separates them).

    LpseAksesError
     ├── ConfigError          stop and explain: names the key and the file; the CLI exits 78
     └── OperationError       retry or report: the CLI exits 1
          ├── NotFound        no such request, message, token
          ├── IllegalTransition (daemon.core.workflow) the event does not apply in this state
          └── TokenRejected   a link that is unknown, used, expired, or for someone else

Transport and inbox failures have their own small trees in `daemon.mail.transport` and `daemon.mail.inbox`.
"""

from __future__ import annotations

from pathlib import Path


class LpseAksesError(Exception):
    """Base of every error this program raises on purpose."""


class ConfigError(LpseAksesError):
    """The configuration is wrong; `key` and `path` say where."""

    def __init__(self, message: str, *, key: str, path: Path | str) -> None:
        self.key = key
        self.path = Path(path)
        self.detail = message
        where = f"{self.path}: {key}: " if key else f"{self.path}: "
        super().__init__(where + message)


class OperationError(LpseAksesError):
    """An operation could not be done; retrying or a human may fix it."""


class NotFound(OperationError):
    """The thing asked for does not exist."""


class TokenRejected(OperationError):
    """A link token is unknown, used, expired, or bound to something else."""

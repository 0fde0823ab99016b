"""daemon/core must not do I/O: walk its imports (by AST) and its calls to the clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "daemon" / "core"
FORBIDDEN = {
    "os", "sys", "io", "pathlib", "socket", "ssl", "subprocess", "tempfile", "shutil", "glob", "random", "secrets",
    "time", "asyncio", "threading", "logging", "sqlite3", "sqlalchemy", "alembic", "imapclient", "imaplib",
    "aiosmtplib", "smtplib", "mailparser", "pypdf", "docx", "openpyxl", "reportlab", "httpx", "urllib", "requests",
    "starlette", "uvicorn", "mailbox",
}  # fmt: skip
CLOCK_CALLS = {"now", "today", "utcnow", "time", "monotonic"}


def violations(source: str) -> list[str]:
    """What in `source` breaks the core's rule: I/O imports, imports from outside the core, clock reads."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in FORBIDDEN:
                found.append(f"imports {name}")
            elif top == "daemon" and not name.startswith("daemon.core"):
                found.append(f"imports {name} from outside the core")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CLOCK_CALLS:
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if owner_name in ("datetime", "date", "time"):
                found.append(f"calls {owner_name}.{node.func.attr}()")
    return found


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_module_is_pure(path: Path) -> None:
    assert violations(path.read_text()) == []


def test_the_checker_catches_what_it_must() -> None:
    bad = "import socket\nfrom daemon.store.db import Database\nfrom datetime import datetime\nx = datetime.now()\n"
    assert violations(bad) == ["imports socket", "imports daemon.store.db from outside the core", "calls datetime.now()"]

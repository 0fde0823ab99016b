"""The layout is the architecture: no import circles, and each room imports only the rooms below it.

Read from the source (by AST, every import including those inside functions), so a lazy import cannot hide
a circle. The rooms and what each may import are the table in the README's "How it is built".
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# room -> the rooms its modules may import (besides their own room). Top-level modules of `daemon` are
# the heart (the one writer of state and what it needs) or the wiring (which may import anything).
HEART = {"service", "mail_effects", "mailqueue", "newborn", "tokens", "credentials", "admin_ops"}
WIRING = {"main", "checks", "demo"}
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "errors": set(),
    "setup": {"core", "errors"},
    "mail": {"core", "errors", "setup"},
    "store": {"core", "errors", "setup"},
    "heart": {"core", "errors", "setup", "mail", "store"},
    "register": {"core", "errors", "setup", "store"},
    "workers": {"core", "errors", "setup", "mail", "store", "heart", "register"},
    "web": {"core", "errors", "setup", "store", "heart"},
    "wiring": {"core", "errors", "setup", "mail", "store", "heart", "register", "workers", "web"},
    "cli": {"core", "errors", "setup", "mail", "store", "heart", "register", "workers", "web", "wiring"},
    "privileged": {"core"},  # runs as root: the standard library and the core only
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def room_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "cli" or module == "daemon.__main__":
        return "cli"
    if len(parts) == 1:
        return "heart"  # the package docstring only
    second = parts[1]
    if second in HEART:
        return "heart"
    if second in WIRING:
        return "wiring"
    return second


def sources() -> dict[str, Path]:
    return {module_name(p): p for d in ("daemon", "cli") for p in sorted((ROOT / d).rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every project module `path` imports, anywhere in the file; `from pkg import mod` counts as `pkg.mod`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    return {name for name in found if name in known}


def graph() -> dict[str, set[str]]:
    mods = sources()
    known = set(mods)
    return {name: imports_of(path, known) - {name} for name, path in mods.items()}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def room_violations(edges: dict[str, set[str]]) -> list[str]:
    bad = []
    for src, targets in sorted(edges.items()):
        mine = room_of(src)
        for dst in sorted(targets):
            theirs = room_of(dst)
            if theirs != mine and theirs not in ALLOWED[mine]:
                bad.append(f"{src} ({mine}) imports {dst} ({theirs})")
    return bad


def test_no_import_circle_in_daemon_and_cli() -> None:
    assert circles(graph()) == []


def test_each_room_imports_only_the_rooms_below_it() -> None:
    assert room_violations(graph()) == []


def test_every_module_belongs_to_a_known_room() -> None:
    assert {room_of(m) for m in sources()} <= set(ALLOWED)


@pytest.mark.parametrize("path", sorted((ROOT / "daemon" / "core").glob("*.py")), ids=lambda p: p.name)
def test_core_imports_only_the_core_and_the_standard_library(path: Path) -> None:
    outside = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if name.startswith("daemon.core") or top == "__future__" or top in sys.stdlib_module_names:
                continue
            outside.append(name)
    assert outside == []


def test_every_room_states_its_rule() -> None:
    for room in ("core", "mail", "store", "workers", "web", "setup", "register", "demo", "privileged"):
        doc = ast.get_docstring(ast.parse((ROOT / "daemon" / room / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Rule" in doc, f"daemon/{room}/__init__.py must state its rule"


def test_module_sizes_stay_small() -> None:
    sizes = sorted(len(p.read_text(encoding="utf-8").splitlines()) for p in sources().values() if p.name != "__init__.py")
    assert sizes[len(sizes) // 2] <= 150
    assert sizes[-1] <= 400


def test_the_checkers_catch_what_they_must() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert room_violations({"daemon.store.db": {"daemon.service"}}) == [
        "daemon.store.db (store) imports daemon.service (heart)"
    ]
    assert room_violations({"daemon.service": {"daemon.store.db"}}) == []


@pytest.mark.parametrize("path", sorted((ROOT / "daemon" / "privileged").glob("*.py")), ids=lambda p: p.name)
def test_the_root_helper_imports_only_the_standard_library_and_the_core(path: Path) -> None:
    outside = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if name.startswith(("daemon.core", "daemon.privileged")) or top == "__future__" or top in sys.stdlib_module_names:
                continue
            outside.append(name)
    assert outside == []

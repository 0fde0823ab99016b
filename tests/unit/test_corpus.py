"""The labelled corpus (tests/data/corpus): every message's kind exactly, and the overall figures.

The harness lives in tests/bench/bench_corpus.py (`python tests/bench/bench_corpus.py` prints the
mismatches); this test asserts kind accuracy ≥ 98 %, field accuracy ≥ 90 %, and the exact kind,
thread number, decision, alert and bounced ids of every message.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_corpus.py"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


MESSAGES = sorted(p.name for p in CORPUS.glob("*.eml"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


@pytest.fixture(scope="module")
def report(bench: ModuleType) -> object:
    return bench.evaluate(CORPUS)


@pytest.mark.parametrize("name", MESSAGES)
def test_label(bench: ModuleType, name: str) -> None:
    result = bench.evaluate_one(CORPUS / name, bench.load_world(CORPUS / "world.toml"))
    assert result.kind == result.expected_kind, result.problems
    label_problems = [p for p in result.problems if not p.startswith("field ")]
    assert not label_problems


def test_kind_accuracy(report: object) -> None:
    assert report.kind_accuracy >= 0.98  # type: ignore[attr-defined]


def test_field_accuracy(report: object) -> None:
    assert report.field_accuracy >= 0.90  # type: ignore[attr-defined]

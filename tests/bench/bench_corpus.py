"""Accuracy of the intake pipeline (parse → thread → classify → extract) on the labelled corpus.

    python tests/bench/bench_corpus.py [-v]

prints the kind accuracy, the field accuracy and every mismatch. The corpus (tests/data/corpus)
is NNN-slug.eml + NNN-slug.json labels; world.toml says which requests exist, in which state, and
which Message-IDs we sent (and to which approver); see its README.md. tests/unit/test_corpus.py
asserts the same figures.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import time
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from daemon.core.classify import classify, thread_keys  # noqa: E402
from daemon.core.extract import extract_fields  # noqa: E402
from daemon.core.message import ParsedMessage  # noqa: E402
from daemon.core.verdict import KnownRequest, MailContext, ThreadMatch, Verdict  # noqa: E402
from daemon.mail.parser import UnparseableMessage, parse_message  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")
OFFICE_TZ = timezone(timedelta(hours=7))  # Asia/Jakarta has no DST


@dataclass
class World:
    office_addresses: frozenset[str]
    admins: frozenset[str]
    approvers: frozenset[str]
    trusted_authserv_ids: tuple[str, ...]
    rights: tuple[str, ...]
    requests: dict[str, KnownRequest]
    sent: dict[str, tuple[str, str | None]]  # Message-ID → (request number, approver it went to)
    today: date | None = None

    def context(self, msg: ParsedMessage) -> MailContext:
        """What the intake would know: the thread by subject tag first, then by our referenced ids."""
        tags, ids = thread_keys(msg)
        known = self.sent_norm
        ours = tuple(i for i in ids if _norm(i) in known)
        number = next((t for t in tags if t in self.requests), None)
        via = "tag"
        if number is None:
            number = next((known[_norm(i)][0] for i in ours if known[_norm(i)][0] in self.requests), None)
            via = "reference"
        thread: ThreadMatch | None = None
        if number is not None:
            recipient = next((known[_norm(i)][1] for i in ours if known[_norm(i)][1] and known[_norm(i)][0] == number), None)
            thread = ThreadMatch(self.requests[number], via, approval_recipient=recipient, referenced_ids=ours)
        return MailContext(self.office_addresses, self.admins, self.approvers, self.trusted_authserv_ids,
                           thread=thread, our_referenced_ids=ours)

    @property
    def sent_norm(self) -> dict[str, tuple[str, str | None]]:
        return {_norm(k): v for k, v in self.sent.items()}


def _norm(mid: str) -> str:
    return mid.strip().strip("<>")


def _addrs(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    return frozenset(str(v).lower() for v in (value or ()))


def load_world(path: Path = CORPUS / "world.toml") -> World:
    """world.toml (see the corpus README): the office, its people, and the requests with the mail we sent."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    office = data.get("office", {})
    requests: dict[str, KnownRequest] = {}
    sent: dict[str, tuple[str, str | None]] = {}
    for r in data.get("requests", []):
        number = r["number"]
        requests[number] = KnownRequest(number, r["state"], str(r["requester"]).lower(),
                                        tuple(a.lower() for a in r.get("approvers", ())))
        for item in r.get("sent", ()):
            approver = str(item["to"]).lower() if item.get("template") == "approval_request" else None
            sent[item["message_id"]] = (number, approver)
    today = data.get("today")
    return World(
        office_addresses=_addrs(office.get("address")),
        admins=_addrs(office.get("admins")),
        approvers=_addrs(list(office.get("approvers", [])) + list(office.get("backup_approvers", []))),
        trusted_authserv_ids=tuple(office.get("trusted_authserv_ids", ())),
        rights=tuple(office.get("rights", RIGHTS)),
        requests=requests,
        sent=sent,
        today=today if isinstance(today, date) else None,
    )


# ------------------------------------------------------------------ comparing


def _text(v: Any) -> str:
    return re.sub(r"\s+", " ", str(v)).strip().strip(".,;:").casefold()


def field_equal(name: str, expected: Any, got: Any) -> bool:
    if expected in (None, "", []) or got in (None, "", [], ()):
        return expected in (None, "", []) and got in (None, "", [], ())
    if name == "access_rights":
        return set(expected) == set(got)
    if name == "phone":
        return re.sub(r"\D", "", str(expected)) == re.sub(r"\D", "", str(got))
    if name == "email":
        return str(expected).lower() == str(got).lower()
    if name == "purpose":  # README: light paraphrase allowed; containment or token overlap
        a, b = _text(expected), _text(got)
        ta, tb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
        overlap = len(ta & tb) / max(1, len(ta | tb))
        return a in b or b in a or overlap >= 0.6 or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
    if name in ("name", "institution"):  # README: titles optional
        return _text(expected) == _text(got) or _untitled(expected) == _untitled(got)
    return _text(expected) == _text(got)


def _untitled(value: Any) -> str:
    text = _text(value).split(",")[0]
    return re.sub(r"\b(?:ir|dr|drs|dra|prof|h|hj)\.\s*", "", text).strip()


def _reason_equal(expected: str, got: str | None) -> bool:
    """The README's lenient rule: whitespace and leading punctuation stripped, containment either way."""
    a, b = _text(expected).lstrip(",.:;- "), _text(got or "").lstrip(",.:;- ")
    return bool(b) and (a in b or b in a)


@dataclass
class Result:
    name: str
    expected_kind: str
    kind: str
    verdict: Verdict | None
    label: dict[str, Any]
    fields_checked: int = 0
    fields_right: int = 0
    problems: list[str] = field(default_factory=list)


def evaluate_one(eml: Path, world: World) -> Result:
    label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
    expected = label["kind"]
    try:
        msg = parse_message(eml.read_bytes())
    except UnparseableMessage as exc:
        res = Result(eml.stem, expected, "quarantine", None, label)
        if expected != "quarantine":
            res.problems.append(f"kind: expected {expected}, got quarantine ({exc.reason})")
        return res
    ctx = world.context(msg)
    verdict = classify(msg, ctx)
    res = Result(eml.stem, expected, verdict.kind.value, verdict, label)
    if verdict.kind.value != expected:
        res.problems.append(f"kind: expected {expected}, got {verdict.kind.value} ({verdict.reason})")
    if label.get("request_number") != verdict.request_number:
        res.problems.append(f"request_number: expected {label.get('request_number')}, got {verdict.request_number}")
    dec = verdict.decision.value if verdict.decision else None
    if label.get("decision") != dec:
        res.problems.append(f"decision: expected {label.get('decision')}, got {dec}")
    if label.get("decision_reason") and not _reason_equal(label["decision_reason"], verdict.decision_reason):
        res.problems.append(f"decision_reason: expected {label['decision_reason']!r}, got {verdict.decision_reason!r}")
    if bool(label.get("alert")) != bool(verdict.alert):
        res.problems.append(f"alert: expected {bool(label.get('alert'))}, got {verdict.alert!r}")
    if "bounced_ids" in label and {_norm(i) for i in label["bounced_ids"]} != {_norm(i) for i in verdict.bounced_ids}:
        res.problems.append(f"bounced_ids: expected {label['bounced_ids']}, got {list(verdict.bounced_ids)}")
    expected_fields = label.get("fields")
    if expected_fields:
        # relative dates ("besok") are read against the message's own date, in the office's timezone
        today = msg.date.astimezone(OFFICE_TZ).date() if msg.date and msg.date.tzinfo else (world.today or date.today())
        office_people = world.office_addresses | world.admins | world.approvers
        got = extract_fields(msg, today=today, rights=world.rights, office_people=office_people).to_json()
        for name, want in expected_fields.items():
            res.fields_checked += 1
            if field_equal(name, want, got.get(name)):
                res.fields_right += 1
            else:
                res.problems.append(f"field {name}: expected {want!r}, got {got.get(name)!r}")
    return res


@dataclass
class Report:
    results: list[Result]
    seconds: float

    @property
    def kind_accuracy(self) -> float:
        return sum(r.kind == r.expected_kind for r in self.results) / max(1, len(self.results))

    @property
    def field_accuracy(self) -> float:
        checked = sum(r.fields_checked for r in self.results)
        return sum(r.fields_right for r in self.results) / max(1, checked)

    @property
    def label_accuracy(self) -> float:
        """Messages whose every label item (kind, number, decision, reason, alert, bounced ids) matches."""
        ok = sum(not [p for p in r.problems if not p.startswith("field ")] for r in self.results)
        return ok / max(1, len(self.results))


def evaluate(corpus: Path = CORPUS, world_path: Path | None = None) -> Report:
    world = load_world(world_path or corpus / "world.toml")
    started = time.perf_counter()
    results = [evaluate_one(p, world) for p in sorted(corpus.glob("*.eml"))]
    return Report(results, time.perf_counter() - started)


def main(argv: list[str]) -> int:
    world = Path(argv[argv.index("--world") + 1]) if "--world" in argv else None
    corpus = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else CORPUS
    report = evaluate(corpus, world_path=world)
    n = len(report.results)
    checked = sum(r.fields_checked for r in report.results)
    print(f"messages: {n}   time: {report.seconds:.2f}s ({1000 * report.seconds / max(1, n):.1f} ms/message)")
    print(f"kind accuracy:  {report.kind_accuracy:.1%} ({sum(r.kind == r.expected_kind for r in report.results)}/{n})")
    print(f"field accuracy: {report.field_accuracy:.1%} ({sum(r.fields_right for r in report.results)}/{checked})")
    print(f"label accuracy (kind, number, decision, reason, alert, bounced ids): {report.label_accuracy:.1%}")
    for r in report.results:
        if r.problems:
            print(f"\n{r.name}")
            for p in r.problems:
                print(f"  - {p}")
        elif "-v" in argv:
            print(f"\n{r.name}: ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

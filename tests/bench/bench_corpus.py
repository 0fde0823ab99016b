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
from datetime import date, timezone, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from daemon.core.classify import classify, thread_keys  # noqa: E402
from daemon.core.extract import extract_fields  # noqa: E402
from daemon.core.message import ParsedMessage  # noqa: E402
from daemon.core.verdict import KnownRequest, MailContext, ThreadMatch, Verdict  # noqa: E402
from daemon.mailparse import UnparseableMessage, parse_message  # noqa: E402

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
        """What the intake would know: the thread by tag, then by reference (DESIGN §3)."""
        tags, ids = thread_keys(msg)
        ours = tuple(i for i in ids if _norm(i) in self.sent_norm)
        thread: ThreadMatch | None = None
        for i in ids:
            hit = self.sent_norm.get(_norm(i))
            if hit and hit[0] in self.requests:
                recipient = next((self.sent_norm[_norm(j)][1] for j in ids
                                  if _norm(j) in self.sent_norm and self.sent_norm[_norm(j)][1]), None)
                thread = ThreadMatch(self.requests[hit[0]], "reference", approval_recipient=recipient,
                                     referenced_ids=ours)
                break
        if thread is None:
            for tag in tags:
                if tag in self.requests:
                    recipient = next((self.sent_norm[_norm(j)][1] for j in ids
                                      if _norm(j) in self.sent_norm and self.sent_norm[_norm(j)][1]
                                      and self.sent_norm[_norm(j)][0] == tag), None)
                    thread = ThreadMatch(self.requests[tag], "tag", approval_recipient=recipient, referenced_ids=ours)
                    break
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
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    office = data.get("office", {})
    people = data.get("people", {})
    approval = data.get("approval", {})
    access = data.get("access", {})
    office_addresses = _addrs(office.get("addresses") or office.get("address") or data.get("office_addresses"))
    admins = _addrs(people.get("admins") or data.get("admins"))
    approvers = _addrs(list(people.get("approvers") or data.get("approvers") or [])
                       + list(people.get("backup_approvers") or []))
    requests: dict[str, KnownRequest] = {}
    sent: dict[str, tuple[str, str | None]] = {}
    raw_requests = data.get("requests", [])
    if isinstance(raw_requests, dict):
        raw_requests = [dict(v, number=k) for k, v in raw_requests.items()]
    for r in raw_requests:
        number = r["number"]
        requests[number] = KnownRequest(number, r["state"], str(r["requester"]).lower(),
                                        tuple(a.lower() for a in r.get("approvers", ())))
        for key in ("sent", "sent_ids", "message_ids"):
            for item in r.get(key, ()):
                if isinstance(item, str):
                    sent[item] = (number, None)
                else:
                    mid = item.get("message_id") or item.get("id")
                    sent[mid] = (number, (item.get("approver") or item.get("to") or None))
        for key in ("approval_mails", "approval_ids"):
            value = r.get(key, {})
            items = value.items() if isinstance(value, dict) else [(v.get("approver") or v.get("to"), v.get("message_id") or v.get("id")) for v in value]
            for approver, mid in items:
                sent[mid] = (number, str(approver).lower())
    extra = data.get("sent", []) + data.get("extra_sent_ids", []) + data.get("extra_sent", [])
    for item in extra:
        if isinstance(item, str):
            m = re.search(r"RA-\d{4}-\d{4}", item)
            sent[item] = (m.group(0) if m else "", None)
        else:
            mid = item.get("message_id") or item.get("id")
            sent[mid] = (item.get("request", ""), item.get("approver") or item.get("to"))
    sent = {k: (v[0], v[1].lower() if v[1] else None) for k, v in sent.items() if k}
    today = data.get("today")
    return World(office_addresses, admins, approvers, tuple(approval.get("trusted_authserv_ids", data.get("trusted_authserv_ids", ()))),
                 tuple(access.get("rights", RIGHTS)), requests, sent,
                 today if isinstance(today, date) else None)


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
    if name == "purpose":
        a, b = _text(expected), _text(got)
        return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
    return _text(expected) == _text(got)


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
    if label.get("decision_reason") and not field_equal("decision_reason", label["decision_reason"], verdict.decision_reason):
        res.problems.append(f"decision_reason: expected {label['decision_reason']!r}, got {verdict.decision_reason!r}")
    if bool(label.get("alert")) != bool(verdict.alert):
        res.problems.append(f"alert: expected {bool(label.get('alert'))}, got {verdict.alert!r}")
    if "bounced_ids" in label and {_norm(i) for i in label["bounced_ids"]} != {_norm(i) for i in verdict.bounced_ids}:
        res.problems.append(f"bounced_ids: expected {label['bounced_ids']}, got {list(verdict.bounced_ids)}")
    expected_fields = label.get("fields")
    if expected_fields:
        today = world.today or (msg.date.astimezone(OFFICE_TZ).date() if msg.date and msg.date.tzinfo else date(2026, 11, 20))
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
    report = evaluate(world_path=world)
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

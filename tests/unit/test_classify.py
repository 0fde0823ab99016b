"""Classification rules: loops first, then approvals, thread replies, requests; reasons always set."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from daemon.core.classify import CLOSED_STATES, FIELDS_FROM_REPLIES, OPEN_STATES, classify, may_need_fields, thread_keys
from daemon.core.message import ParsedMessage
from daemon.mail.parser import UnparseableMessage, parse_message
from daemon.core.verdict import Decision, Kind, KnownRequest, MailContext, ThreadMatch

KASUBAG = "kasubag.lpse@salatiga.go.id"
ADMIN = "admin.lpse@salatiga.go.id"
BASE = MailContext(frozenset({"lpse@salatiga.go.id"}), frozenset({ADMIN}), frozenset({KASUBAG}))


def msg(text: str = "", frm: str = "budi@x.co.id", subject: str = "Re: [RA-2026-0007] x", **kw: object) -> ParsedMessage:
    headers = kw.pop("headers", {})
    return ParsedMessage(message_id="<m@x>", subject=subject, from_addr=frm, text=text, headers=headers, **kw)  # type: ignore[arg-type]


def ctx(state: str = "active", recipient: str | None = None, **kw: object) -> MailContext:
    req = KnownRequest("RA-2026-0007", state, "budi@x.co.id", (KASUBAG,))
    return replace(BASE, thread=ThreadMatch(req, "tag", approval_recipient=recipient), **kw)  # type: ignore[arg-type]


def test_thread_keys() -> None:
    m = msg(subject="Re: [RA-2026-0007] Akun", in_reply_to=("<a@x>",), references=("<r1@x>", "<a@x>"))
    assert thread_keys(m) == (("RA-2026-0007",), ("<a@x>", "<r1@x>"))


@pytest.mark.parametrize(
    ("text", "decision", "reason"),
    [
        ("SETUJU", Decision.APPROVE, None),
        ("Disetujui, maksimal 3 hari", Decision.APPROVE, "maksimal 3 hari"),
        ("TIDAK DISETUJUI karena data belum lengkap", Decision.REJECT, "karena data belum lengkap"),
        ("TOLAK\nAlasan: surat tugas belum ada", Decision.REJECT, "surat tugas belum ada"),
        ("TOLAK\nSurat tidak ditandatangani.", Decision.REJECT, "Surat tidak ditandatangani."),
        ("tidak setuju", Decision.REJECT, None),
        ("ACC", Decision.APPROVE, None),
        ("Setuju atau tolak? Saya ragu", Decision.UNCLEAR, None),
        ("Nanti saya cek dulu", Decision.UNCLEAR, None),
        ("SETUJU\n\nPada 23 Nov 2026 LPSE <lpse@salatiga.go.id> menulis:\n> balas TOLAK", Decision.APPROVE, None),
    ],
)
def test_approval_decisions(text: str, decision: Decision, reason: str | None) -> None:
    v = classify(msg(text, frm=KASUBAG), ctx("pending_approval", KASUBAG))
    assert v.kind is Kind.APPROVAL_REPLY and v.decision is decision and v.alert is None
    assert v.decision_reason == reason


def test_approval_not_reply_to_own_mail_alerts() -> None:
    v = classify(msg("SETUJU", frm=KASUBAG), ctx("pending_approval", None))
    assert v.kind is Kind.APPROVAL_REPLY and v.decision is None and v.alert


def test_decision_from_non_approver_alerts() -> None:
    v = classify(msg("SETUJU", frm="someone@x.co.id"), ctx("pending_approval", None))
    assert v.kind is Kind.APPROVAL_REPLY and v.decision is None and v.alert


def test_auth_results_required_when_trusted() -> None:
    c = ctx("pending_approval", KASUBAG, trusted_authserv_ids=("mx.salatiga.go.id",))
    bad = msg("SETUJU", frm=KASUBAG, headers={"authentication-results": ("mx.salatiga.go.id; dmarc=fail",)})
    good = msg("SETUJU", frm=KASUBAG, headers={"authentication-results": (
        "mx.salatiga.go.id; spf=pass smtp.mailfrom=salatiga.go.id; dkim=pass header.d=salatiga.go.id",
        "evil.example; dmarc=pass")})
    assert classify(bad, c).decision is None and classify(bad, c).alert
    assert classify(good, c).decision is Decision.APPROVE


@pytest.mark.parametrize(
    ("headers", "subject", "text", "kind"),
    [
        ({"auto-submitted": ("auto-replied",)}, "x", "", Kind.AUTO_REPLY),
        ({"auto-submitted": ("no",)}, "Permohonan remote akses", "", Kind.REQUEST),
        ({"x-autoreply": ("yes",)}, "x", "", Kind.AUTO_REPLY),
        ({"precedence": ("bulk",)}, "x", "", Kind.AUTO_REPLY),
        ({"list-id": ("<news.x>",)}, "Permohonan akses", "", Kind.UNRELATED),
        ({}, "Balasan Otomatis: Permohonan", "", Kind.AUTO_REPLY),
        ({}, "Re: x", "Terima kasih. Saya sedang cuti sampai 30 November.", Kind.AUTO_REPLY),
    ],
)
def test_loops(headers: dict[str, tuple[str, ...]], subject: str, text: str, kind: Kind) -> None:
    assert classify(msg(text, subject=subject, headers=headers), BASE).kind is kind


def test_own_mail_back() -> None:
    assert classify(msg("x", frm="lpse@salatiga.go.id"), BASE).kind is Kind.AUTO_REPLY


def test_bounce_ids_intersected() -> None:
    m = msg("Delivery failed", frm="mailer-daemon@mx.x", subject="Undelivered Mail Returned to Sender",
            delivery_status="Status: 5.1.1", content_type="multipart/report",
            returned_headers={"message-id": ("<ack.RA-2026-0007.a1@salatiga.go.id>",)})
    v = classify(m, replace(BASE, our_referenced_ids=("<ack.RA-2026-0007.a1@salatiga.go.id>",)))
    assert v.kind is Kind.BOUNCE and v.bounced_ids == ("<ack.RA-2026-0007.a1@salatiga.go.id>",)
    plain = msg("This is the mail system at host mx.\nUser unknown\nMessage-ID: <z@salatiga.go.id>",
                frm="MAILER-DAEMON@mx.x", subject="Mail delivery failed")
    assert classify(plain, BASE).bounced_ids == ("<z@salatiga.go.id>",)


@pytest.mark.parametrize(
    ("state", "text", "kind"),
    [
        ("active", "Pekerjaan sudah selesai, mohon akun ditutup.", Kind.CLOSURE),
        ("active", "Pekerjaan belum selesai, mohon diperpanjang 2 hari.", Kind.EXTENSION),
        ("active", "Belum selesai, masih berjalan.", Kind.UNRELATED),
        ("active", "Done, please close the account.", Kind.CLOSURE),
        ("pending_approval", "Mohon maaf, permohonan kami BATAL.", Kind.WITHDRAWAL),
        ("needs_info", "Hak Akses: VPN", Kind.INFO_REPLY),
        ("active", "Terima kasih, akun sudah kami terima.", Kind.UNRELATED),
    ],
)
def test_thread_replies(state: str, text: str, kind: Kind) -> None:
    v = classify(msg(text), ctx(state))
    assert v.kind is kind and v.alert is None and v.request_number == "RA-2026-0007"


def test_thread_reply_from_stranger_alerts() -> None:
    v = classify(msg("sudah selesai, mohon ditutup", frm="other@y.co.id"), ctx("active"))
    assert v.kind is Kind.CLOSURE and v.alert


def test_admin_may_close() -> None:
    v = classify(msg("Sudah selesai, akun mohon ditutup", frm=ADMIN), ctx("active"))
    assert v.kind is Kind.CLOSURE and v.alert is None


def test_closed_thread_request_alerts() -> None:
    v = classify(msg("Mohon diperpanjang sampai Jumat"), ctx("closed"))
    assert v.kind is Kind.EXTENSION and v.alert
    assert classify(msg("Terima kasih"), ctx("closed")).alert is None


def test_notice_outside_thread_alerts() -> None:
    v = classify(msg("Pekerjaan sudah selesai. Mohon akun remote akses saya ditutup.", subject="Selesai"), BASE)
    assert v.kind is Kind.CLOSURE and v.alert and v.request_number is None


def test_requester_claiming_approval_alerts() -> None:
    v = classify(msg("Permohonan kami sudah DISETUJUI oleh Ibu Kasubag."), ctx("pending_approval"))
    assert v.kind is Kind.APPROVAL_REPLY and v.decision is None and v.alert


def test_approver_discussing_requests_is_not_a_request() -> None:
    text = "Mohon siapkan rekap permohonan remote akses bulan November (yang disetujui dan ditolak)."
    assert classify(msg(text, frm=KASUBAG, subject="Rapat evaluasi remote akses"), BASE).kind is Kind.UNRELATED


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        ("Permohonan Remote Akses", "Dengan hormat, kami mengajukan permohonan remote akses.", Kind.REQUEST),
        ("Request for remote access", "We request remote access for maintenance.", Kind.REQUEST),
        ("Data", "Nama: Budi\nInstansi: PT X\nTujuan: maintenance\nHak Akses: VPN", Kind.REQUEST),
        ("Informasi", "Nama: Fitri\nLembaga: PKA\nTujuan: kajian\nmohon akses informasi publik", Kind.UNRELATED),
        ("Tanya prosedur permohonan remote akses", "Bagaimana cara mengajukan permohonan remote akses?", Kind.UNRELATED),
        ("Reset password", "Mohon bantuan reset password akun SPSE kami.", Kind.UNRELATED),
        ("Akses vpn", "Pak, mohon dibuatkan akses VPN untuk besok.", Kind.REQUEST),
        ("Undangan Webinar", "Daftar sekarang di https://x.id/webinar untuk pengadaan akses", Kind.UNRELATED),
        ("Peringatan", "Akun anda akan ditutup. Klik tautan https://x.id untuk verifikasi akun", Kind.UNRELATED),
        ("Halo", "Selamat pagi, apa kabar?", Kind.UNRELATED),
    ],
)
def test_outside_thread(subject: str, text: str, kind: Kind) -> None:
    assert classify(msg(text, subject=subject), BASE).kind is kind


def test_classify_never_raises_on_odd_input() -> None:
    odd = ParsedMessage(message_id=None, subject="\x00" * 10, from_addr="@", text="\ud800" * 3 + ">" * 10000)
    assert classify(odd, ctx("active")).reason


def test_automatic_mail_is_taken_by_a_loop_rule_whatever_its_thread() -> None:
    """`loops.is_automatic` lets the reader skip reading fields: it must never be true of a letter,
    and where it is true, classify must answer with a loop rule's kind with or without a thread."""
    import json
    from pathlib import Path

    from daemon.core.loops import is_automatic
    from daemon.mail.parser import UnparseableMessage, parse_message

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    office = frozenset({"lpse@salatiga.go.id"})
    thread = ThreadMatch(request=KnownRequest(number="RA-2026-0001", state="pending_approval", requester="x@y.id"), via="tag")
    automatic = 0
    for path in sorted(corpus.glob("*.eml")):
        try:
            msg = parse_message(path.read_bytes())
        except UnparseableMessage:
            continue
        expected = json.loads(path.with_suffix(".json").read_text())["kind"]
        if not is_automatic(msg, office):
            continue
        automatic += 1
        assert expected in ("bounce", "auto_reply", "unrelated"), path.name
        for t in (None, thread):
            ctx = MailContext(office_addresses=office, admins=frozenset({"admin.lpse@salatiga.go.id"}),
                              approvers=frozenset({"kasubag.lpse@salatiga.go.id"}), thread=t)  # fmt: skip
            assert classify(msg, ctx).kind in (Kind.BOUNCE, Kind.AUTO_REPLY, Kind.UNRELATED), path.name
    assert automatic >= 10, "the corpus's bounces and auto-replies should count"


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
READS_FIELDS = {Kind.REQUEST, Kind.INFO_REPLY, Kind.EXTENSION}


def _corpus() -> list[ParsedMessage]:
    found = []
    for path in sorted(CORPUS.glob("*.eml")):
        try:
            found.append(parse_message(path.read_bytes()))
        except UnparseableMessage:
            pass
    return found


@pytest.mark.parametrize("state", [None, *sorted(OPEN_STATES | CLOSED_STATES)])
def test_may_need_fields_never_leaves_out_a_message_whose_fields_are_read(state: str | None) -> None:
    """The reader reads fields only of what `may_need_fields` keeps: whatever `classify` then
    makes a request, an answer to need_info or an extension must be among them, for every corpus
    message in every state of the thread it names."""
    kept = 0
    for m in _corpus():
        tags, ids = thread_keys(m)
        if state is not None and not (tags or ids):
            continue  # no thread is found for it
        number = tags[0] if tags else "RA-2026-0007"
        context = BASE if state is None else replace(ctx(state), thread=ThreadMatch(KnownRequest(number, state, "budi@x.co.id", (KASUBAG,)), "tag"))
        fields_for = frozenset({number, *ids}) if state in FIELDS_FROM_REPLIES else frozenset()
        verdict = classify(m, context)
        if verdict.kind in READS_FIELDS and not verdict.alert:
            assert may_need_fields(m, fields_for), (m.subject, state, verdict)
            kept += 1
    assert kept > 0 or state not in (None, "needs_info", "active")


def test_may_need_fields_leaves_out_decisions_and_unrelated_mail() -> None:
    assert may_need_fields(msg("SETUJU", frm=KASUBAG, subject="Re: [RA-2026-0007] Persetujuan"), frozenset()) is False
    assert may_need_fields(msg("Rapat jam 10 besok di ruang LPSE.", subject="Rapat"), frozenset()) is False
    # the same words answer a request that waits for them
    assert may_need_fields(msg("Nama: Budi Santoso", subject="Re: [RA-2026-0007] Data"), frozenset({"RA-2026-0007"})) is True
    assert may_need_fields(msg("ok", subject="Re: x", in_reply_to=("<ours@lpse>",)), frozenset({"<ours@lpse>"})) is True

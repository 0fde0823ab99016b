"""Classification of wording beyond the stock phrases: requests without "permohonan ... akses",
withdrawals and extensions without BATAL/PERPANJANG, and a bounce's own Message-ID.

Every example here is written for this test (none is taken from a labelled mail set)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from daemon.core.classify import classify, thread_keys
from daemon.core.message import ParsedMessage
from daemon.core.verdict import Kind, KnownRequest, MailContext, ThreadMatch

ADMIN = "admin.lpse@salatiga.go.id"
KASUBAG = "kasubag.lpse@salatiga.go.id"
BASE = MailContext(frozenset({"lpse@salatiga.go.id"}), frozenset({ADMIN}), frozenset({KASUBAG}))


def mail(text: str, subject: str = "Halo", frm: str = "user@vendor.co.id", **kw: object) -> ParsedMessage:
    return ParsedMessage(message_id="<n@x>", subject=subject, from_addr=frm, text=text, **kw)  # type: ignore[arg-type]


def in_thread(state: str) -> MailContext:
    req = KnownRequest("RA-2026-0031", state, "user@vendor.co.id", (KASUBAG,))
    return replace(BASE, thread=ThreadMatch(req, "tag"))


@pytest.mark.parametrize(
    "text",
    [
        "Pak, saya izin remote ke server aplikasi hari Kamis untuk cek antrian email.",
        "Mohon dibukakan akses SSH untuk teknisi kami besok pagi.",
        "Kami memerlukan akses jarak jauh ke server basis data selama dua hari.",
        "Kami memerlukan akses ke server SPSE untuk pemasangan patch.",
        "Tim kami butuh akses VPN minggu depan buat migrasi data.",
        "Akses VPN untuk konsultan kami mohon dapat dibukakan mulai Senin.",
        "We need remote access to your SPSE server to apply the vendor hotfix.",
        "Our team would like remote access next Tuesday for a firmware upgrade.",
        "Please grant VPN access to our support engineer for the migration.",
        "Please provide SSH access to the application server for two days.",
        "We would appreciate it if remote access could be arranged for our consultant.",
    ],
)
def test_request_wordings_outside_a_thread(text: str) -> None:
    assert classify(mail(text), BASE).kind is Kind.REQUEST


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Buletin Pengadaan Edisi Desember", "Baca selengkapnya tentang akses server aman di https://buletin.example.id unsubscribe"),
        ("Undangan Webinar", "Daftar sekarang di https://zoom.example/x: webinar keamanan akses VPN dan server."),
        ("Peringatan", "Akun anda akan diblokir. Klik tautan https://phish.example untuk verifikasi akun anda."),
        ("Reset kata sandi", "Kata sandi akun SPSE anda telah direset. Jika bukan anda, hubungi helpdesk."),
        ("Permohonan informasi publik", "Kami memohon salinan dokumen kontrak melalui PPID sesuai UU KIP."),
        ("Pertanyaan", "Bagaimana cara meminta akses VPN ke server LPSE?"),
        ("Laporan", "Server kami sudah kembali normal setelah pemadaman listrik."),
    ],
)
def test_decoys_stay_unrelated(subject: str, text: str) -> None:
    assert classify(mail(text, subject=subject), BASE).kind is Kind.UNRELATED


@pytest.mark.parametrize(
    "text",
    [
        "Permohonan tersebut kami tarik kembali, terima kasih.",
        "Mohon maaf, kami tidak jadi melakukan pemeliharaan bulan ini.",
        "Mohon dibatalkan saja permohonannya Pak.",
        "Tolong batalkan ya, jadwal vendor mundur.",
        "Proyeknya diurungkan oleh manajemen.",
        "We are no longer proceeding with this work, sorry.",
    ],
)
def test_withdrawal_wordings(text: str) -> None:
    assert classify(mail(text, subject="Re: [RA-2026-0031] x"), in_thread("pending_approval")).kind is Kind.WITHDRAWAL


@pytest.mark.parametrize(
    "text",
    [
        "Mohon waktunya ditambah sampai hari Jumat, migrasi belum tuntas.",
        "Kami perlu tambahan waktu dua hari lagi.",
        "Mohon akses diperpanjang hingga 10 Desember 2026.",
        "Masa akses mohon ditambah 3 hari.",
        "Could you extend until Friday? The rollout slipped.",
        "We will need additional days to finish the data load.",
    ],
)
def test_extension_wordings(text: str) -> None:
    assert classify(mail(text, subject="Re: [RA-2026-0031] x"), in_thread("active")).kind is Kind.EXTENSION


@pytest.mark.parametrize(
    "text",
    ["Tidak perlu diperpanjang, terima kasih.", "Jangan dibatalkan dulu ya, kami masih menunggu jadwal."],
)
def test_negated_wordings_apply_nothing(text: str) -> None:
    kind = classify(mail(text, subject="Re: [RA-2026-0031] x"), in_thread("active")).kind
    assert kind is Kind.UNRELATED


def test_bounce_names_the_returned_message_not_its_references() -> None:
    returned = {
        "message-id": ("<notice.RA-2026-0031.f2@salatiga.go.id>",),
        "in-reply-to": ("<ack.RA-2026-0031.a1@salatiga.go.id>",),
        "references": ("<ack.RA-2026-0031.a1@salatiga.go.id> <cred.RA-2026-0031.c1@salatiga.go.id>",),
    }
    m = mail("Delivery failed: mailbox full", subject="Undeliverable: x", frm="postmaster@mx.vendor.co.id",
             delivery_status="Status: 5.2.2", content_type="multipart/report", returned_headers=returned)
    ours = ("<notice.RA-2026-0031.f2@salatiga.go.id>", "<ack.RA-2026-0031.a1@salatiga.go.id>",
            "<cred.RA-2026-0031.c1@salatiga.go.id>")
    assert set(thread_keys(m)[1]) >= set(ours)  # the references still find the thread
    v = classify(m, replace(BASE, our_referenced_ids=ours))
    assert v.kind is Kind.BOUNCE and v.bounced_ids == ("<notice.RA-2026-0031.f2@salatiga.go.id>",)


def test_plain_text_bounce_with_quoted_headers() -> None:
    text = ("This message was created automatically by mail delivery software.\n"
            "A message could not be delivered to user@vendor.co.id: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n"
            "Message-ID: <closed.RA-2026-0031.d1@salatiga.go.id>\n"
            "References: <ack.RA-2026-0031.a1@salatiga.go.id>\n")
    m = mail(text, subject="Mail delivery failed: returning message to sender", frm="mailer-daemon@mx.vendor.co.id")
    ours = ("<closed.RA-2026-0031.d1@salatiga.go.id>", "<ack.RA-2026-0031.a1@salatiga.go.id>")
    v = classify(m, replace(BASE, our_referenced_ids=ours))
    assert v.bounced_ids == ("<closed.RA-2026-0031.d1@salatiga.go.id>",)


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("Update: pekerjaan hampir selesai, tinggal pengujian besok.", False),
        ("Kalau sudah selesai nanti kami kabari supaya akunnya ditutup.", False),
        ("Jika sudah selesai, kami akan minta akun ditutup.", False),
        ("Instalasi masih berjalan; sesudah beres nanti kami minta penutupan akun.", False),
        ("The work is almost finished; we will tell you when to close it.", False),
        ("Setelah kami cek ulang, pekerjaan sudah selesai, silakan akun ditutup.", True),
        ("Pekerjaan sudah selesai, mohon akun ditutup.", True),
    ],
)
def test_a_closure_must_be_a_notice_not_a_promise_or_a_hedge(text: str, closes: bool) -> None:
    from daemon.core.intent import wants_closure

    assert wants_closure(text) is closes

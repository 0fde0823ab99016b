"""h015-h032: thread traffic (info replies, closures, negated closures, extension, withdrawal) and approval replies."""

from __future__ import annotations

from _heldout_lib import CRED_0007, NEEDINFO_0008, ack_text, approval_text, b64, qp, quote, write

INTERNAL_RCV = """Received: from mail.salatiga.go.id (mail.salatiga.go.id [10.10.1.5])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id {qid}
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=salatiga.go.id; spf=pass smtp.mailfrom=salatiga.go.id; dmarc=pass header.from=salatiga.go.id
"""

GW_RCV = """Received: from mail-{h}.google.com (mail-{h}.google.com [209.85.{ip}])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id {qid}
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d={dom}; spf=pass smtp.mailfrom={dom}; dmarc=pass header.from={dom}
"""

APPR_0009_K = "<appr.RA-2026-0009.Xk7Qm2Lp9@salatiga.go.id>"
APPR_0009_S = "<appr.RA-2026-0009.Zr4Tn8Wc1@salatiga.go.id>"
APPR_0012_K = "<appr.RA-2026-0012.Qp3Vb6Hs2@salatiga.go.id>"
INST_0009 = "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP"
INST_0012 = "Dinas Komunikasi dan Informatika Kota Salatiga"


def internal(qid: str, date: str) -> str:
    return INTERNAL_RCV.format(qid=qid, date=date)


def gw(dom: str, h: str, ip: str, qid: str, date: str) -> str:
    return GW_RCV.format(dom=dom, h=h, ip=ip, qid=qid, date=date)


# --- info replies (RA-2026-0008, needs_info, requester rina.wulandari@cvsentosa.id) -----------------------------

def h015() -> None:
    date = "Mon, 23 Nov 2026 10:02:37 +0700"
    text = f"""Selamat siang Pak,

Mohon maaf baru sempat membalas. Melengkapi data yang diminta:
1) Periode akses: Kamis 26 s.d. Jumat 27 November 2026
2) Hak akses: cukup VPN saja, tidak perlu akses database

Untuk nama teknisi masih kami konfirmasi dulu ke vendor.

Terima kasih.

Rina Wulandari
CV Sentosa Informatika

Pada Jum, 20 Nov 2026 pukul 15.12 LPSE Kota Salatiga <lpse@salatiga.go.id>
menulis:

{quote(NEEDINFO_0008)}
"""
    raw = f"""Return-Path: <rina.wulandari@cvsentosa.id>
{gw("cvsentosa.id", "lj1-f172", "208.172", "4RzZ1x5bTfz1xZ9", date)}MIME-Version: 1.0
References: <needinfo.RA-2026-0008.b2@salatiga.go.id>
In-Reply-To: <needinfo.RA-2026-0008.b2@salatiga.go.id>
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
Date: {date}
Message-ID: <CAJx0p4dTq8mWn2+Lr5V1e7bKsYc3uZ9oA@mail.gmail.com>
Subject: Re: [RA-2026-0008] Data permohonan yang belum lengkap
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}"""
    write("h015-info-reply-numbered-answers-negated-db", raw, {
        "kind": "info_reply",
        "request_number": "RA-2026-0008",
        "fields": {
            "name": None,
            "access_rights": ["vpn"],
            "period_start": "2026-11-26",
            "period_end": "2026-11-27",
        },
        "note": "Reply to the need_info mail (tag + In-Reply-To) answering two of three questions in a numbered list: "
                "'Kamis 26 s.d. Jumat 27 November 2026' (month and year only once) and 'cukup VPN saja, tidak perlu "
                "akses database' (negated database). The technician's name is still open ('masih kami konfirmasi'), so "
                "name is null: Rina's signature is not the answer. The quoted need_info "
                "mail lists all four rights, which must not be read as the answer.",
    })


def h016() -> None:
    date = "Mon, 23 Nov 2026 13:26:10 +0700"
    text = "Pak, tambahan utk RA-2026-0008: yg akan akses nanti teknisi kami a.n. Yoga Pratama, no HP 0813 9000 1122.\nTrims.\n\nRina\n\nDikirim dari ponsel Samsung Galaxy saya.\n"
    raw = f"""Return-Path: <rina.wulandari@cvsentosa.id>
{gw("cvsentosa.id", "pl1-f169", "214.169", "4RzfG20mLwz1xZa", date)}MIME-Version: 1.0
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
Date: {date}
Message-ID: <CAJx0p4fQ1Nw7eV+3jD0sLm8ZcYk2Rt5pW@mail.gmail.com>
Subject: [RA-2026-0008] nama teknisi
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

{text}"""
    write("h016-info-reply-tag-only-mobile-name-phone", raw, {
        "kind": "info_reply",
        "request_number": "RA-2026-0008",
        "fields": {
            "name": "Yoga Pratama",
            "phone": "0813 9000 1122",
        },
        "note": "A new mail (no In-Reply-To/References) whose subject carries the tag, sent from a phone with no labels: "
                "'yg akan akses nanti teknisi kami a.n. Yoga Pratama, no HP 0813 9000 1122'. The name and phone are the "
                "technician's (the person who will use the access), not Rina's.",
    })


# --- closures and non-closures (RA-2026-0007, active, requester budi.santoso@majujaya.co.id) ---------------------

def h017() -> None:
    date = "Mon, 23 Nov 2026 15:44:02 +0700"
    text = f"""Selamat sore Pak Heru,

Pekerjaan migrasi server di LPSE sudah rampung hari ini dan sudah kami uji
bersama tim LPSE, sehingga akses sudah tidak diperlukan lagi.

Terima kasih atas bantuannya.

Salam,
Budi Santoso
PT Maju Jaya Teknologi

On Wed, Nov 18, 2026 at 2:05 PM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:

{quote(CRED_0007)}
"""
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
{gw("majujaya.co.id", "pf1-f181", "210.181", "4RzhN86qYbz1xZb", date)}MIME-Version: 1.0
References: <ack.RA-2026-0007.a1@salatiga.go.id> <cred.RA-2026-0007.c3@salatiga.go.id>
In-Reply-To: <cred.RA-2026-0007.c3@salatiga.go.id>
From: Budi Santoso <budi.santoso@majujaya.co.id>
Date: {date}
Message-ID: <CAB9sT2mP0x+Kd7wQe4Vn1Lz3RyJc8uH6fA@mail.gmail.com>
Subject: Re: [RA-2026-0007] Akun remote akses Anda
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

{text}"""
    write("h017-closure-akses-sudah-tidak-diperlukan", raw, {
        "kind": "closure",
        "request_number": "RA-2026-0007",
        "note": "The requester says the work is finished and 'akses sudah tidak diperlukan lagi', without any of the "
                "usual words (selesai, tutup, nonaktif). English quote header 'On ... wrote:' over an Indonesian text; "
                "the quoted credentials mail asks the reader to reply when done.",
    })


def h018() -> None:
    date = "Mon, 23 Nov 2026 08:31:47 +0700"
    text = f"""Dengan hormat,

Berkenaan dengan telah selesainya pekerjaan instalasi, mohon akun remote akses yang diberikan kepada kami dinonaktifkan per hari ini.

Hormat kami,
Budi Santoso
PT Maju Jaya Teknologi

________________________________
Dari: LPSE Kota Salatiga <lpse@salatiga.go.id>
Dikirim: Senin, 16 November 2026 09.15
Kepada: budi.santoso@majujaya.co.id <budi.santoso@majujaya.co.id>
Perihal: [RA-2026-0007] Permohonan remote akses diterima

{ack_text("RA-2026-0007", "Bapak Budi Santoso")}
"""
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
{gw("majujaya.co.id", "pg1-f173", "215.173", "4Rzb9s1KqXz1xZc", date)}From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Penonaktifan akun remote PT Maju Jaya
Date: {date}
Message-ID: <TY0PR06MB5106D8E27A4C91B0F35E6A2CB8462@TY0PR06MB5106.apcprd06.prod.outlook.com>
In-Reply-To: <ack.RA-2026-0007.a1@salatiga.go.id>
Content-Language: id-ID
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(text)}
"""
    write("h018-closure-mohon-dinonaktifkan-in-reply-to-ack-no-tag", raw, {
        "kind": "closure",
        "request_number": "RA-2026-0007",
        "note": "Outlook reply whose subject was rewritten (no tag): threaded only by In-Reply-To to the ack. 'mohon akun "
                "remote akses ... dinonaktifkan per hari ini'. The quote starts at an Indonesian Outlook header "
                "('Dari:/Dikirim:/Kepada:/Perihal:') after a line of underscores.",
    })


def h019() -> None:
    date = "Sun, 22 Nov 2026 19:20:15 +0700"
    text = "We are done, please revoke. Thanks Pak.\n\nSent from my iPhone\n"
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
{gw("majujaya.co.id", "pj1-f45", "216.45", "4Rz6kH2yWtz1xZd", date)}Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
From: Budi Santoso <budi.santoso@majujaya.co.id>
Mime-Version: 1.0 (1.0)
Date: {date}
Subject: Re: [RA-2026-0007] Akun remote akses Anda
Message-Id: <5E2C9A71-4B0D-4F3E-8C61-D7A2F09B3E14@majujaya.co.id>
To: lpse@salatiga.go.id
X-Mailer: iPhone Mail (22B91)

{text}"""
    write("h019-closure-english-we-are-done-revoke-tag-only", raw, {
        "kind": "closure",
        "request_number": "RA-2026-0007",
        "note": "Seven English words from an iPhone: 'We are done, please revoke.' The iPhone dropped In-Reply-To/"
                "References (only the subject tag threads it). 'revoke' is the closure word here.",
    })


def h020() -> None:
    date = "Mon, 23 Nov 2026 11:09:30 +0700"
    text = f"""Pak Heru,

Pekerjaan dari sisi kami sudah beres semua, akun remotenya boleh ditutup saja.
Pak Budi sedang cuti, jadi saya yang mengabari.

Teguh Prakoso
PT Maju Jaya Teknologi

On Wed, Nov 18, 2026 at 2:05 PM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:

{quote(CRED_0007)}
"""
    raw = f"""Return-Path: <teguh.prakoso@majujaya.co.id>
{gw("majujaya.co.id", "pf1-f176", "210.176", "4Rzdq54gC9z1xZf", date)}MIME-Version: 1.0
References: <cred.RA-2026-0007.c3@salatiga.go.id>
In-Reply-To: <cred.RA-2026-0007.c3@salatiga.go.id>
From: Teguh Prakoso <teguh.prakoso@majujaya.co.id>
Date: {date}
Message-ID: <CAE4vN7rW2k+Qj0pLs9Xc3Tz6HyBm1dF8eU@mail.gmail.com>
Subject: Re: [RA-2026-0007] Akun remote akses Anda
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

{text}"""
    write("h020-closure-colleague-same-domain-alert", raw, {
        "kind": "closure",
        "request_number": "RA-2026-0007",
        "alert": True,
        "note": "A closure in the right thread (reply to the credentials mail, which Budi forwarded to him) from a "
                "colleague at the same company, not the requester or an admin: shown to the admins, not applied.",
    })


def h021() -> None:
    date = "Mon, 23 Nov 2026 14:12:06 +0700"
    text = "Vendor (Pak Budi, PT Maju Jaya) sudah konfirmasi lewat telepon bahwa pekerjaan selesai siang ini.\nMohon akun RA-2026-0007 dinonaktifkan.\n\nHeru\n"
    raw = f"""Return-Path: <admin.lpse@salatiga.go.id>
{internal("4Rzh1v0KpRz1xZg", date)}Date: {date}
From: Heru Admin LPSE <admin.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <1795767126.512.admin.lpse@salatiga.go.id>
Subject: [RA-2026-0007] tutup akun
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Linux)/9.0.0_GA_4546)

{text}"""
    write("h021-closure-from-admin-phone-confirmation", raw, {
        "kind": "closure",
        "request_number": "RA-2026-0007",
        "note": "The admin writes a new mail with the tag, relaying a confirmation the vendor gave by telephone. A closure "
                "from an admin in the thread is applied: no alert.",
    })


def h022() -> None:
    date = "Mon, 23 Nov 2026 09:40:55 +0700"
    text = f"""Pak Heru, menanggapi telepon tadi pagi: pekerjaan kami belum selesai, jadi akun remotenya jangan ditutup dulu ya Pak. Masih sesuai jadwal, insyaAllah rampung sebelum masa berlakunya habis. Nanti kami kabari kalau sudah selesai.

Budi

Pada Rab, 18 Nov 2026 pukul 14.05 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:

{quote(CRED_0007)}
"""
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
{gw("majujaya.co.id", "pl1-f180", "214.180", "4RzbW93nHsz1xZh", date)}MIME-Version: 1.0
References: <ack.RA-2026-0007.a1@salatiga.go.id> <cred.RA-2026-0007.c3@salatiga.go.id>
In-Reply-To: <cred.RA-2026-0007.c3@salatiga.go.id>
From: Budi Santoso <budi.santoso@majujaya.co.id>
Date: {date}
Message-ID: <CAB9sT2kY7u+Qw3mLd0Rx5Nc1VzPe8jH4bG@mail.gmail.com>
Subject: Re: [RA-2026-0007] Akun remote akses Anda
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}"""
    write("h022-not-closure-belum-selesai-jangan-ditutup", raw, {
        "kind": "unrelated",
        "request_number": "RA-2026-0007",
        "note": "NEGATED closure: 'pekerjaan kami belum selesai, jadi akun remotenya jangan ditutup dulu'. It contains "
                "'selesai' and 'ditutup' twice each but asks for nothing (no extension either: 'masih sesuai jadwal'). "
                "In-thread mail that is none of the actionable kinds: unrelated, with the thread's number, no alert.",
    })


def h023() -> None:
    date = "Sun, 22 Nov 2026 21:03:18 +0700"
    text = """Hi Pak Heru,

Just to be clear after this afternoon's call: we are NOT done yet, so please do not revoke or disable the account. The upgrade is still running and we will confirm by email once it is finished.

Regards,
Budi
"""
    html = "<div>" + "</div><div>".join(text.strip().split("\n")).replace("<div></div>", "<div><br></div>") + "</div>"
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
{gw("majujaya.co.id", "pg1-f182", "215.182", "4Rz8Xk1dVqz1xZj", date)}MIME-Version: 1.0
References: <cred.RA-2026-0007.c3@salatiga.go.id>
In-Reply-To: <cred.RA-2026-0007.c3@salatiga.go.id>
From: Budi Santoso <budi.santoso@majujaya.co.id>
Date: {date}
Message-ID: <CAB9sT2nG5e+Rt8wVb1Kp0Lq7MzXc3uJ2dY@mail.gmail.com>
Subject: Re: [RA-2026-0007] Akun remote akses Anda
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: multipart/alternative; boundary="0000000000007e2c31060b9a44f1"

--0000000000007e2c31060b9a44f1
Content-Type: text/plain; charset="UTF-8"

{text}
--0000000000007e2c31060b9a44f1
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">{html}</div>

--0000000000007e2c31060b9a44f1--
"""
    write("h023-not-closure-english-not-done-do-not-revoke", raw, {
        "kind": "unrelated",
        "request_number": "RA-2026-0007",
        "note": "NEGATED closure in English: 'we are NOT done yet, so please do not revoke or disable the account'. "
                "'done', 'revoke', 'disable' all appear. Not a closure, not an extension: unrelated in the thread.",
    })


def h024() -> None:
    date = "Mon, 23 Nov 2026 07:55:21 +0700"
    text = f"""Dengan hormat,

Karena ada kendala pada pengiriman perangkat dari distributor, pekerjaan kami mundur beberapa hari. Mohon waktunya ditambah sampai dengan Jumat, 27 November 2026.

Terima kasih atas pengertiannya.

Budi Santoso
PT Maju Jaya Teknologi

Pada Rab, 18 Nov 2026 pukul 14.05 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:

{quote(CRED_0007)}
"""
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
{gw("majujaya.co.id", "pj1-f50", "216.50", "4RzZ3b6MfWz1xZk", date)}MIME-Version: 1.0
References: <ack.RA-2026-0007.a1@salatiga.go.id> <cred.RA-2026-0007.c3@salatiga.go.id>
In-Reply-To: <cred.RA-2026-0007.c3@salatiga.go.id>
From: Budi Santoso <budi.santoso@majujaya.co.id>
Date: {date}
Message-ID: <CAB9sT2qH1w+Xe5nTc7Lp2Kd0VyRm4sJ9aF@mail.gmail.com>
Subject: Re: [RA-2026-0007] Akun remote akses Anda
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}"""
    write("h024-extension-waktunya-ditambah-no-keyword", raw, {
        "kind": "extension",
        "request_number": "RA-2026-0007",
        "note": "Extension without the PERPANJANG keyword or any form of it: 'Mohon waktunya ditambah sampai dengan Jumat, "
                "27 November 2026'. The quoted credentials mail's 'berakhir pada 25 November' is the old end.",
    })


def h025() -> None:
    date = "Fri, 20 Nov 2026 10:47:03 +0700"
    text = f"""Yth. Admin LPSE Kota Salatiga,

Dengan ini kami sampaikan bahwa permohonan tersebut kami tarik kembali, karena jadwal supervisi implementasi SPSE di Kota Salatiga diundur ke Januari 2027. Akun tidak perlu dibuatkan.

Mohon maaf atas ketidaknyamanannya dan terima kasih.

Salam,
Andi Pratama
Direktorat Pengembangan Sistem Pengadaan Secara Elektronik
LKPP

-----Original Message-----
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Tuesday, November 17, 2026 10:20 AM
To: andi.pratama@lkpp.go.id
Subject: [RA-2026-0009] Permohonan remote akses diterima

{ack_text("RA-2026-0009", "Bapak Andi Pratama")}
"""
    raw = f"""Return-Path: <andi.pratama@lkpp.go.id>
Received: from mail.lkpp.go.id (mail.lkpp.go.id [103.150.190.18])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RyzN15tQhz1xZm
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=lkpp.go.id; spf=pass smtp.mailfrom=lkpp.go.id; dmarc=pass header.from=lkpp.go.id
From: "Andi Pratama" <andi.pratama@lkpp.go.id>
To: "'LPSE Kota Salatiga'" <lpse@salatiga.go.id>
References: <ack.RA-2026-0009.a1@salatiga.go.id>
In-Reply-To: <ack.RA-2026-0009.a1@salatiga.go.id>
Subject: RE: [RA-2026-0009] Permohonan remote akses diterima
Date: {date}
Message-ID: <003101db5b1e$7c4a90d0$74dfb270$@lkpp.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQH3k2Jd0z5sPq1xYv8mLc4NbRt9Wg==
Content-Language: en-us

{text}"""
    write("h025-withdrawal-kami-tarik-kembali", raw, {
        "kind": "withdrawal",
        "request_number": "RA-2026-0009",
        "note": "Withdrawal while pending approval, without BATAL: 'permohonan tersebut kami tarik kembali ... Akun tidak "
                "perlu dibuatkan'. Outlook '-----Original Message-----' quote of the ack.",
    })


# --- approval replies --------------------------------------------------------------------------------------------

def _appr_quote_header_id(day: str) -> str:
    return f"Pada {day}, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:"


def h026() -> None:
    date = "Mon, 23 Nov 2026 07:12:40 +0700"
    q = approval_text("RA-2026-0009", "Ibu Sri Handayani", "andi.pratama@lkpp.go.id", INST_0009)
    text = f"""ok acc

Dikirim dari iPhone saya

> Pada 20 Nov 2026, pukul 09.02, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
>
{quote(q)}
"""
    raw = f"""Return-Path: <kasubag.lpse@salatiga.go.id>
{internal("4RzY9Q0rCpz1xZn", date)}Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
Mime-Version: 1.0 (1.0)
Subject: Re: [RA-2026-0009] Persetujuan permohonan remote akses
Date: {date}
Message-Id: <8D3E1F0A-6C2B-47A9-B51E-2F9C0D7A4E83@salatiga.go.id>
References: <ack.RA-2026-0009.a1@salatiga.go.id> {APPR_0009_K}
In-Reply-To: {APPR_0009_K}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
X-Mailer: iPhone Mail (22B91)

{qp(text)}"""
    write("h026-approval-ok-acc-iphone-lowercase", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0009",
        "decision": "approve",
        "note": "The Kasubag from her iPhone: 'ok acc', lower case, two words, then 'Dikirim dari iPhone saya' and the full "
                "quote of the approval mail (which contains SETUJU and TOLAK). Reply to her own approval Message-ID. "
                "(The References also list the ack id, which our approval mail itself referenced.)",
    })


def h027() -> None:
    date = "Mon, 23 Nov 2026 08:03:19 +0700"
    q = approval_text("RA-2026-0012", "Ibu Sri Handayani", "yusuf@kominfo.salatiga.go.id", INST_0012)
    text = f"""Setuju. Silakan diproses.

Sri

Pada Jum, 20 Nov 2026 pukul 16.40, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(q)}
"""
    raw = f"""Return-Path: <kasubag.lpse@salatiga.go.id>
{internal("4RzZ4n2PxTz1xZp", date)}Date: {date}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <201187423.6021.1795748599412.JavaMail.zimbra@salatiga.go.id>
In-Reply-To: {APPR_0012_K}
References: {APPR_0012_K}
Subject: Re: [RA-2026-0012] Persetujuan permohonan remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)
Thread-Topic: Persetujuan permohonan remote akses
Thread-Index: Fq2mVz7x1kQ0bR3sY8nLc5Ew9Tdj4A==

{text}"""
    write("h027-approval-setuju-silakan-diproses", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0012",
        "decision": "approve",
        "note": "'Setuju. Silakan diproses.' from the Kasubag's Zimbra, in reply to her approval mail for RA-2026-0012.",
    })


def h028() -> None:
    date = "Mon, 23 Nov 2026 12:31:08 +0700"
    q = approval_text("RA-2026-0009", "Ibu Sri Handayani", "andi.pratama@lkpp.go.id", INST_0009)
    text = f"""tolak, belum ada surat tugas

Pada Jum, 20 Nov 2026 09.02, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(q)}

-- 
Dikirim dari Samsung Galaxy
"""
    html_top = "<div dir=\"auto\">tolak, belum ada surat tugas</div><div dir=\"auto\"><br></div>"
    raw = f"""Return-Path: <kasubag.lpse@salatiga.go.id>
{internal("4RzdM57Hvqz1xZq", date)}MIME-Version: 1.0
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
Date: {date}
Message-ID: <0a7b1c4e-93d2-4f15-8be6-d2c5f01a97e3@salatiga.go.id>
Subject: Re: [RA-2026-0009] Persetujuan permohonan remote akses
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
In-Reply-To: {APPR_0009_K}
References: {APPR_0009_K}
User-Agent: K-9 Mail for Android
Content-Type: multipart/alternative; boundary="----4L7QJ2K0W8ZP3XGH5VY1C6NB9RFTUE"

------4L7QJ2K0W8ZP3XGH5VY1C6NB9RFTUE
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
------4L7QJ2K0W8ZP3XGH5VY1C6NB9RFTUE
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("<html><body>" + html_top + "<blockquote>" + q.replace(chr(10), "<br>") + "</blockquote></body></html>")}
------4L7QJ2K0W8ZP3XGH5VY1C6NB9RFTUE--
"""
    write("h028-approval-tolak-belum-ada-surat-tugas-android", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0009",
        "decision": "reject",
        "decision_reason": "belum ada surat tugas",
        "note": "Lower-case 'tolak, belum ada surat tugas' from an Android phone (K-9, text + HTML): reject, the reason is "
                "the rest of the line after the comma. The quote contains SETUJU and a 'Setujui:' link.",
    })


def h029() -> None:
    date = "Mon, 23 Nov 2026 09:18:44 +0700"
    q = approval_text("RA-2026-0012", "Ibu Sri Handayani", "yusuf@kominfo.salatiga.go.id", INST_0012)
    text = f"""Disetujui dengan catatan hanya 1 hari

Dikirim dari ponsel cerdas vivo

-------- Pesan asli --------
Dari: LPSE Kota Salatiga <lpse@salatiga.go.id>
Tanggal: 20/11/26 16.40 (GMT+07:00)
Ke: kasubag.lpse@salatiga.go.id
Subjek: [RA-2026-0012] Persetujuan permohonan remote akses

{q}
"""
    raw = f"""Return-Path: <kasubag.lpse@salatiga.go.id>
{internal("4Rzb5j0WsKz1xZr", date)}MIME-Version: 1.0
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: RE: [RA-2026-0012] Persetujuan permohonan remote akses
Date: {date}
Message-ID: <mwgk3b9r1x7v2s0e4q6t8p5n.1795753124890@email.android.com>
In-Reply-To: {APPR_0012_K}
References: {APPR_0012_K}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text)}
"""
    write("h029-approval-disetujui-dengan-catatan-1-hari", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0012",
        "decision": "approve",
        "note": "'Disetujui dengan catatan hanya 1 hari': an approval with a condition for a human (like corpus 086). "
                "Android stock mail client: base64 body and an unquoted '-------- Pesan asli --------' block with "
                "'Dari:/Tanggal:/Ke:/Subjek:' (not '>' lines) holding the full approval mail with SETUJU and TOLAK.",
    })


def h030() -> None:
    date = "Sun, 22 Nov 2026 18:27:51 +0700"
    q = approval_text("RA-2026-0009", "Bapak Agus Widodo", "andi.pratama@lkpp.go.id", INST_0009)
    text = f"""Acc pak

Pada tanggal Jum, 20 Nov 2026 09.02, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(q)}
"""
    raw = f"""Return-Path: <sekretaris.bpbj@salatiga.go.id>
{internal("4Rz5wD6tYhz1xZs", date)}MIME-Version: 1.0
References: {APPR_0009_S}
In-Reply-To: {APPR_0009_S}
From: Agus Widodo <sekretaris.bpbj@salatiga.go.id>
Date: {date}
Message-ID: <CAN3kV9pR2d+Yt6xLm0Qw4Bz8JcUe1sH7gK@mail.gmail.com>
Subject: Re: [RA-2026-0009] Persetujuan permohonan remote akses
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

{text}"""
    write("h030-approval-backup-approver-acc-pak", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0009",
        "decision": "approve",
        "note": "The backup approver (sekretaris.bpbj) answers his own approval mail (Zr4Tn8Wc1) with 'Acc pak' from the "
                "Gmail app on a Sunday evening: accepted, approve.",
    })


def h031() -> None:
    date = "Sun, 22 Nov 2026 23:51:09 +0700"
    text = """SETUJU

Sri Handayani
Kasubag Pengelolaan LPSE
"""
    raw = f"""Return-Path: <bounce-7731@mailer.cloudsend-relay.net>
Received: from smtp.cloudsend-relay.net (unknown [185.234.72.19])
\tby mx.salatiga.go.id (Postfix) with ESMTP id 4Rz8Ff2bNcz1xZt
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=none; spf=fail smtp.mailfrom=mailer.cloudsend-relay.net; dmarc=fail (p=quarantine) header.from=salatiga.go.id
Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=185.234.72.19; envelope-from=bounce-7731@mailer.cloudsend-relay.net
From: "Sri Handayani" <kasubag.lpse@salatiga.go.id>
Reply-To: sri.handayani.lpse@outlook.com
To: lpse@salatiga.go.id
Subject: Re: [RA-2026-0009] Permohonan remote akses diterima
In-Reply-To: <ack.RA-2026-0009.a1@salatiga.go.id>
References: <ack.RA-2026-0009.a1@salatiga.go.id>
Date: {date}
Message-ID: <20261122165109.7731.qmail@cloudsend-relay.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

{text}"""
    write("h031-approval-spoofed-from-replies-to-ack-alert", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0009",
        "decision": None,
        "alert": True,
        "note": "Forged From: kasubag.lpse@salatiga.go.id sent through a foreign relay (SPF and DMARC fail), replying to "
                "the ACK of RA-2026-0009 (a Message-ID the requester knows), not to the approval mail: not a decision; "
                "the admins are told.",
    })


def h032() -> None:
    date = "Mon, 23 Nov 2026 10:41:26 +0700"
    q = approval_text("RA-2026-0012", "Ibu Sri Handayani", "yusuf@kominfo.salatiga.go.id", INST_0012)
    text = f"""Sy blm bisa putuskan. Tolong dicek dulu apakah Diskominfo sudah kirim nota dinasnya, nanti sy kabari lagi.

Sri

Pada Jum, 20 Nov 2026 pukul 16.40, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(q)}
"""
    raw = f"""Return-Path: <kasubag.lpse@salatiga.go.id>
{internal("4RzcFt3yBnz1xZu", date)}Date: {date}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Cc: Heru Admin LPSE <admin.lpse@salatiga.go.id>
Message-ID: <771920456.6188.1795754486023.JavaMail.zimbra@salatiga.go.id>
In-Reply-To: {APPR_0012_K}
References: {APPR_0012_K}
Subject: Re: [RA-2026-0012] Persetujuan permohonan remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)

{text}"""
    write("h032-approval-no-decision-word-unclear", raw, {
        "kind": "approval_reply",
        "request_number": "RA-2026-0012",
        "decision": "unclear",
        "note": "A genuine reply from the Kasubag to her approval mail with no decision word: 'Sy blm bisa putuskan. "
                "Tolong dicek dulu ...'. Accepted sender and reference, no decision: unclear (she gets one 'could not "
                "understand' answer).",
    })


def build() -> None:
    for f in (h015, h016, h017, h018, h019, h020, h021, h022, h023, h024, h025, h026, h027, h028, h029, h030, h031, h032):
        f()

"""h033-h045: auto-replies, bounces, unrelated mail, malformed input."""

from __future__ import annotations

from _heldout_lib import ack_text, approval_text, b64, make_pdf, qp, write

INST_0012 = "Dinas Komunikasi dan Informatika Kota Salatiga"


# --- auto-replies -------------------------------------------------------------------------------------------------

def h033() -> None:
    date = "Tue, 17 Nov 2026 10:20:41 +0700"
    text = """[Pesan otomatis]

Terima kasih atas email Bapak/Ibu, pesan sudah saya terima.
Saat ini saya sedang dinas luar kota tanggal 17 s.d. 20 November 2026
dengan akses email terbatas. Email akan saya balas setelah kembali.

Untuk hal yang mendesak silakan menghubungi Sekretariat Direktorat
di nomor (021) 2991 2450 ext. 118.

Salam,
Andi Pratama
"""
    raw = f"""Return-Path: <andi.pratama@lkpp.go.id>
Received: from mail.lkpp.go.id (mail.lkpp.go.id [103.150.190.18])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RxKp83cQwz1xZv
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=lkpp.go.id; spf=pass smtp.mailfrom=lkpp.go.id; dmarc=pass header.from=lkpp.go.id
Date: {date}
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <1119284455.77120.1795404041580.JavaMail.zimbra@lkpp.go.id>
In-Reply-To: <ack.RA-2026-0009.a1@salatiga.go.id>
References: <ack.RA-2026-0009.a1@salatiga.go.id>
Subject: Re: [RA-2026-0009] Permohonan remote akses diterima
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546

{text}"""
    write("h033-auto-reply-dinas-luar-no-headers-re-subject", raw, {
        "kind": "auto_reply",
        "request_number": "RA-2026-0009",
        "note": "An out-of-office answer with NO auto-reply header at all and an ordinary 'Re:' subject (Zimbra vacation "
                "set up without headers); only the body tells ('[Pesan otomatis]', 'sedang dinas luar kota'). It arrives "
                "one second after our ack. Its dates (17 s.d. 20 November) and phone are not a request or info reply.",
    })


def h034() -> None:
    date = "Fri, 20 Nov 2026 16:40:05 +0700"
    text = """Yth. Bapak/Ibu,

Terima kasih atas email Anda. Saya sedang cuti sampai dengan Senin, 30 November 2026.

Permohonan persetujuan yang bersifat mendesak mohon dialihkan kepada Bapak Agus Widodo (sekretaris.bpbj@salatiga.go.id) selaku pejabat pengganti.

Salam,
Sri Handayani
Kasubag Pengelolaan LPSE
"""
    raw = f"""Return-Path: <kasubag.lpse@salatiga.go.id>
Received: from mail.salatiga.go.id (mail.salatiga.go.id [10.10.1.5])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4Ryzp42WxGz1xZw
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=salatiga.go.id; spf=pass smtp.mailfrom=salatiga.go.id; dmarc=pass header.from=salatiga.go.id
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Balasan Otomatis: [RA-2026-0012] Persetujuan permohonan remote akses
Date: {date}
Message-ID: <7e41c2d9b0a8431f9b6d05e2c1fa8d37@salatiga.go.id>
In-Reply-To: <appr.RA-2026-0012.Qp3Vb6Hs2@salatiga.go.id>
References: <appr.RA-2026-0012.Qp3Vb6Hs2@salatiga.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp(text, "iso-8859-1")}"""
    write("h034-auto-reply-kasubag-cuti-persetujuan-word", raw, {
        "kind": "auto_reply",
        "request_number": "RA-2026-0012",
        "note": "The Kasubag's out-of-office reply to her approval mail, with no Auto-Submitted / X-Autoreply header; only "
                "the Indonesian subject prefix 'Balasan Otomatis:' and the text tell. The body contains 'persetujuan' "
                "(which holds SETUJU as a substring) and comes from the approver in reply to her approval Message-ID: an "
                "out-of-office reply is never a decision.",
    })


def h035() -> None:
    date = "Wed, 18 Nov 2026 11:30:12 +0700"
    text = """Terima kasih atas email Anda. Saya sedang mengikuti pelatihan sampai 20 November 2026 dan akan membalas setelahnya.
Thank you for your email. I am attending a training until 20 November 2026 and will reply afterwards.

Hendra
PT Data Prima Solusindo
"""
    raw = f"""Return-Path: <hendra@dataprima.co.id>
Received: from mail-pl1-f171.google.com (mail-pl1-f171.google.com [209.85.214.171])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RxQv12JcFz1xZx
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=dataprima.co.id; spf=pass smtp.mailfrom=dataprima.co.id; dmarc=pass header.from=dataprima.co.id
MIME-Version: 1.0
From: Hendra <hendra@dataprima.co.id>
To: lpse@salatiga.go.id
Subject: Re: [RA-2026-0011] Permohonan remote akses diterima
In-Reply-To: <ack.RA-2026-0011.a1@salatiga.go.id>
References: <ack.RA-2026-0011.a1@salatiga.go.id>
Auto-Submitted: auto-replied
Message-ID: <vacation.CAGk3Lm8x0Rq1@mail.gmail.com>
Date: {date}
Content-Type: text/plain; charset="UTF-8"

{text}"""
    write("h035-auto-reply-gmail-vacation-bilingual", raw, {
        "kind": "auto_reply",
        "request_number": "RA-2026-0011",
        "note": "Google Workspace vacation responder (Auto-Submitted: auto-replied) in Indonesian and English, replying to "
                "the ack of RA-2026-0011 with an ordinary 'Re:' subject.",
    })


# --- bounces ------------------------------------------------------------------------------------------------------

def h036() -> None:
    date = "Thu, 19 Nov 2026 09:05:51 +0000"
    orig_hdrs = """Received: from mx.salatiga.go.id (103.76.120.34) by
 SG2PEPF000B66CD.mail.protection.outlook.com (10.167.240.26) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8205.4 via
 Frontend Transport; Thu, 19 Nov 2026 09:05:48 +0000
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: hendra@dataprima.co.id
Subject: [RA-2026-0011] Permohonan remote akses disetujui
Date: Thu, 19 Nov 2026 16:05:40 +0700
Message-ID: <approved.RA-2026-0011.e4@salatiga.go.id>
In-Reply-To: <ack.RA-2026-0011.a1@salatiga.go.id>
References: <ack.RA-2026-0011.a1@salatiga.go.id>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============4418760152219387554=="
"""
    plain = """Delivery has failed to these recipients or groups:

hendra@dataprima.co.id<mailto:hendra@dataprima.co.id>
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: SEZPR04MB6902.apcprd04.prod.outlook.com

hendra@dataprima.co.id
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:

""" + orig_hdrs
    html = ("<html><head></head><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these "
            "recipients or groups:</font></b></p><p><a href=\"mailto:hendra@dataprima.co.id\">hendra@dataprima.co.id</a>"
            "<br>The recipient's mailbox is full and can't accept messages now.</p></body></html>")
    raw = f"""Received: from SEZPR04MB6902.apcprd04.prod.outlook.com (2603:1096:101:3c::10)
 by mx.salatiga.go.id (Postfix) with ESMTPS id 4RxqC05sLrz1xZy
 for <lpse@salatiga.go.id>; Thu, 19 Nov 2026 16:05:53 +0700
From: postmaster@dataprima.onmicrosoft.com
To: lpse@salatiga.go.id
Date: {date}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="d4f7a1b2-9e3c-4c58-8a61-03e2bf5d7c90"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <b3c61a0f-7d42-4e95-a0c8-9f2e51d8b6a4@SEZPR04MB6902.apcprd04.prod.outlook.com>
In-Reply-To: <approved.RA-2026-0011.e4@salatiga.go.id>
References: <ack.RA-2026-0011.a1@salatiga.go.id>
 <approved.RA-2026-0011.e4@salatiga.go.id>
Subject: Undeliverable: [RA-2026-0011] Permohonan remote akses disetujui
Auto-Submitted: auto-replied

--d4f7a1b2-9e3c-4c58-8a61-03e2bf5d7c90
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="0c9e7b3a-55d1-4f2e-bd07-6a8c1e94f203"

--0c9e7b3a-55d1-4f2e-bd07-6a8c1e94f203
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(plain, "ascii")}
--0c9e7b3a-55d1-4f2e-bd07-6a8c1e94f203
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(html, "ascii")}
--0c9e7b3a-55d1-4f2e-bd07-6a8c1e94f203--

--d4f7a1b2-9e3c-4c58-8a61-03e2bf5d7c90
Content-Type: message/delivery-status

Reporting-MTA: dns;SEZPR04MB6902.apcprd04.prod.outlook.com
Received-From-MTA: dns;mx.salatiga.go.id
Arrival-Date: Thu, 19 Nov 2026 09:05:48 +0000

Final-Recipient: rfc822;hendra@dataprima.co.id
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--d4f7a1b2-9e3c-4c58-8a61-03e2bf5d7c90
Content-Type: text/rfc822-headers

{orig_hdrs}
--d4f7a1b2-9e3c-4c58-8a61-03e2bf5d7c90--
"""
    write("h036-bounce-exchange-online-mailbox-full-headers-only", raw, {
        "kind": "bounce",
        "request_number": "RA-2026-0011",
        "bounced_ids": ["approved.RA-2026-0011.e4@salatiga.go.id"],
        "note": "Exchange Online NDR (CRLF, multipart/report with an alternative part, delivery-status and "
                "text/rfc822-headers only, no body). The bounced mail is the decision_approved mail; the returned "
                "headers also reference the ack, which did NOT bounce. The NDR's From is postmaster@...onmicrosoft.com "
                "with no DSN 'Mail Delivery' wording in the subject ('Undeliverable:').",
    }, crlf=True)


def h037() -> None:
    date = "Sun, 22 Nov 2026 10:06:14 +0700 (WIB)"
    orig = f"""Return-Path: <lpse@salatiga.go.id>
Received: from akses.lpse.salatiga.go.id (akses.lpse.salatiga.go.id [10.10.1.40])
\tby mail.salatiga.go.id (Postfix) with ESMTPS id 4RxL0m1bY6z9sQp
\tfor <dewi.lestari@auditor.go.id>; Tue, 17 Nov 2026 10:05:58 +0700 (WIB)
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: dewi.lestari@auditor.go.id
Subject: [RA-2026-0010] Akun remote akses telah ditutup
Date: Tue, 17 Nov 2026 10:05:57 +0700
Message-ID: <closed.RA-2026-0010.d9@salatiga.go.id>
In-Reply-To: <ack.RA-2026-0010.a1@salatiga.go.id>
References: <ack.RA-2026-0010.a1@salatiga.go.id>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Yth. Ibu Dewi Lestari,

Akun remote akses untuk permohonan RA-2026-0010 telah ditutup pada
17 November 2026 pukul 10.05 WIB.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id.
"""
    raw = f"""Return-Path: <>
Received: by mail.salatiga.go.id (Postfix)
\tid 4Rz4tZ6vJ2z9sQr; {date}
Date: {date}
From: MAILER-DAEMON@mail.salatiga.go.id (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: lpse@salatiga.go.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4Rz4tZ6vJ2z9sQr.1795835174/mail.salatiga.go.id"
Content-Transfer-Encoding: 8bit
Message-Id: <20261122030614.4Rz4tZ6vJ2z9sQr@mail.salatiga.go.id>

This is a MIME-encapsulated message.

--4Rz4tZ6vJ2z9sQr.1795835174/mail.salatiga.go.id
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.salatiga.go.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dewi.lestari@auditor.go.id>: connect to mx.auditor.go.id[103.7.14.25]:25:
    Connection timed out

--4Rz4tZ6vJ2z9sQr.1795835174/mail.salatiga.go.id
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.salatiga.go.id
X-Postfix-Queue-ID: 4RxL0m1bY6z9sQp
X-Postfix-Sender: rfc822; lpse@salatiga.go.id
Arrival-Date: Tue, 17 Nov 2026 10:05:58 +0700 (WIB)

Final-Recipient: rfc822; dewi.lestari@auditor.go.id
Original-Recipient: rfc822;dewi.lestari@auditor.go.id
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.auditor.go.id[103.7.14.25]:25:
    Connection timed out

--4Rz4tZ6vJ2z9sQr.1795835174/mail.salatiga.go.id
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{orig}
--4Rz4tZ6vJ2z9sQr.1795835174/mail.salatiga.go.id--
"""
    write("h037-bounce-postfix-4-4-1-timeout-after-5-days", raw, {
        "kind": "bounce",
        "request_number": "RA-2026-0010",
        "bounced_ids": ["closed.RA-2026-0010.d9@salatiga.go.id"],
        "note": "Postfix gives up after the queue lifetime (5 days): Action failed with a 4.x.x status (4.4.1 connection "
                "timed out), which is a final failure even though the code is temporary. The returned closed-notice "
                "for RA-2026-0010 is a full message/rfc822 (it references the ack, which is not the bounced id). "
                "No In-Reply-To on the bounce itself, and the subject carries no tag.",
    })


def h038() -> None:
    date = "Fri, 20 Nov 2026 16:47:30 +0700"
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  yusuf@kominfo.salatiga.go.id
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <lpse@salatiga.go.id>
Received: from mail.salatiga.go.id ([10.10.1.5]:48212)
\tby mail.kominfo.salatiga.go.id with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.97.1)
\t(envelope-from <lpse@salatiga.go.id>)
\tid 1vC9qR-0007xT-2m
\tfor yusuf@kominfo.salatiga.go.id;
\tMon, 16 Nov 2026 14:31:02 +0700
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: yusuf@kominfo.salatiga.go.id
Subject: [RA-2026-0012] Permohonan remote akses diterima
Date: Mon, 16 Nov 2026 14:31:00 +0700
Message-ID: <ack.RA-2026-0012.a1@salatiga.go.id>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + ack_text("RA-2026-0012", "Bapak Yusuf") + "\n"
    raw = f"""Return-path: <>
Received: from mail.kominfo.salatiga.go.id ([10.10.4.12])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RyzqT1bVwz1xZz
\tfor <lpse@salatiga.go.id>; {date}
X-Failed-Recipients: yusuf@kominfo.salatiga.go.id
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.kominfo.salatiga.go.id>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vDq2a-0004Qn-9B@mail.kominfo.salatiga.go.id>
Date: {date}

{text}"""
    write("h038-bounce-exim-plain-text-retry-timeout", raw, {
        "kind": "bounce",
        "request_number": "RA-2026-0012",
        "bounced_ids": ["ack.RA-2026-0012.a1@salatiga.go.id"],
        "note": "cPanel-style Exim bounce: no MIME structure, no DSN, the returned message pasted after '------ This is a "
                "copy of the message, including all the headers. ------'. The ack of RA-2026-0012 stayed queued for days "
                "(mailbox full) before Exim gave up. The only thread clue is inside the pasted copy.",
    })


# --- unrelated ----------------------------------------------------------------------------------------------------

def h039() -> None:
    date = "Sat, 21 Nov 2026 02:14:37 +0700"
    html = """<html><body style="font-family:Segoe UI,Arial">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">
<h2 style="color:#c00000">Pemberitahuan Keamanan Akun Email Pemerintah</h2>
<p>Yth. Pengguna <b>lpse@salatiga.go.id</b>,</p>
<p>Kotak surat Anda telah mencapai 98% dari batas kuota penyimpanan. Sesuai kebijakan keamanan,
<b>akses email Anda akan dinonaktifkan dalam 24 jam</b> apabila tidak dilakukan verifikasi ulang.</p>
<p>Untuk menghindari penonaktifan, silakan verifikasi akun Anda melalui tautan di bawah ini:</p>
<p style="text-align:center"><a href="http://salatiga-go-id.webmail-verifikasi.top/owa/login.php?u=lpse%40salatiga.go.id"
style="background:#0a58ca;color:#fff;padding:10px 24px;text-decoration:none">VERIFIKASI SEKARANG</a></p>
<p>Abaikan pesan ini jika Anda sudah melakukan verifikasi.</p>
<p>Hormat kami,<br>Tim Pengelola Email Pemkot Salatiga</p>
</td></tr></table></body></html>
"""
    raw = f"""Return-Path: <info@mail-notice-service.top>
Received: from vps-4471.hostingcloud.top (unknown [45.141.215.77])
\tby mx.salatiga.go.id (Postfix) with ESMTP id 4RzKd41nFvz1xa0
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=none; spf=softfail smtp.mailfrom=mail-notice-service.top; dmarc=none
From: "Admin Email Pemkot Salatiga" <info@mail-notice-service.top>
To: lpse@salatiga.go.id
Subject: Pemberitahuan: akses email Anda akan dinonaktifkan
Date: {date}
Message-ID: <20261120191437.3F2A1C0B44@vps-4471.hostingcloud.top>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64
X-Priority: 1 (Highest)

{b64(html)}
"""
    write("h039-unrelated-phishing-akses-email-dinonaktifkan", raw, {
        "kind": "unrelated",
        "note": "HTML-only phishing in Indonesian: 'akses email Anda akan dinonaktifkan dalam 24 jam', verify via a "
                "look-alike link. Carries closure words (akses, dinonaktifkan) but no thread and no request: unrelated.",
    })


def h040() -> None:
    date = "Thu, 19 Nov 2026 22:48:03 +0700"
    html = """<html><body style="background:#f4f4f4;font-family:Helvetica,Arial">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<p style="font-size:20px;color:#333"><b>DocuSign</b></p>
<p>LPSE Kota Salatiga Procurement sent you a document to review and sign.</p>
<p style="font-size:16px"><b>Remote_Access_Request_Approval_Nov2026.pdf</b></p>
<p>Please review the remote access request and approve it before the link expires.</p>
<p><a href="https://docusign-review.secure-docsign.net/Signing/?a=7f2c91&amp;e=lpse%40salatiga.go.id"
style="background:#ffc423;color:#000;padding:10px 22px;text-decoration:none">REVIEW DOCUMENT</a></p>
<p style="font-size:11px;color:#888">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
</div></body></html>
"""
    text = """LPSE Kota Salatiga Procurement sent you a document to review and sign.

Remote_Access_Request_Approval_Nov2026.pdf

Please review the remote access request and approve it before the link expires.

REVIEW DOCUMENT: https://docusign-review.secure-docsign.net/Signing/?a=7f2c91&e=lpse%40salatiga.go.id
"""
    raw = f"""Return-Path: <dse_NA4@docsign-notify.net>
Received: from smtp2.docsign-notify.net (unknown [91.215.85.140])
\tby mx.salatiga.go.id (Postfix) with ESMTP id 4RxwQ22tLdz1xa1
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=docsign-notify.net; spf=pass smtp.mailfrom=docsign-notify.net; dmarc=none
From: "LPSE Kota Salatiga via DocuSign" <dse_NA4@docsign-notify.net>
Reply-To: "LPSE Kota Salatiga" <lpse.salatiga.procurement@gmail.com>
To: lpse@salatiga.go.id
Subject: Please DocuSign: Remote_Access_Request_Approval_Nov2026.pdf
Date: {date}
Message-ID: <5b0c3e8a1f7d4c29b6a2e04d91f38c75@docsign-notify.net>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_9c2e4f0a7d1b3e5c"

--b1_9c2e4f0a7d1b3e5c
Content-Type: text/plain; charset=us-ascii

{text}
--b1_9c2e4f0a7d1b3e5c
Content-Type: text/html; charset=us-ascii
Content-Transfer-Encoding: quoted-printable

{qp(html, "ascii")}
--b1_9c2e4f0a7d1b3e5c--
"""
    write("h040-unrelated-phishing-docusign-remote-access-approve", raw, {
        "kind": "unrelated",
        "note": "English DocuSign look-alike phishing: 'Please review the remote access request and approve it'. It has "
                "'remote access request' and 'approve' but no tag, no reference, comes from no approver and asks for "
                "no access: unrelated (not a request, not an approval reply).",
    })


def h041() -> None:
    date = "Tue, 17 Nov 2026 13:00:02 +0700"
    text = """Kepada Yth.
Kepala UKPBJ / Pengelola LPSE
di seluruh Indonesia

SURAT EDARAN
NOMOR 9 TAHUN 2026
TENTANG
PENGAMANAN AKSES JARAK JAUH PADA LAYANAN PENGADAAN SECARA ELEKTRONIK

Dalam rangka meningkatkan keamanan infrastruktur LPSE, dengan ini disampaikan hal-hal sebagai berikut:

1. Setiap permohonan akses jarak jauh (remote akses) dari pihak ketiga wajib diajukan secara tertulis
   dan mendapat persetujuan pejabat yang berwenang sebelum akun dibuat.
2. Akses yang diberikan dibatasi pada hak yang diperlukan (misalnya VPN, SSH, atau akses database
   hanya-baca) dan memiliki masa berlaku yang jelas.
3. Akun remote akses wajib ditutup segera setelah pekerjaan selesai dan dicatat dalam formulir
   pencatatan pemberian remote akses.
4. Surat Edaran ini berlaku sejak tanggal ditetapkan.

Ditetapkan di Jakarta
pada tanggal 16 November 2026

Direktur Pengembangan Sistem Pengadaan Secara Elektronik,

ttd.

---
Email ini dikirim melalui milis pengelola-lpse@lists.lkpp.go.id. Untuk berhenti berlangganan, kirim email ke pengelola-lpse-leave@lists.lkpp.go.id
"""
    raw = f"""Return-Path: <pengelola-lpse-bounces@lists.lkpp.go.id>
Received: from lists.lkpp.go.id (lists.lkpp.go.id [103.150.190.40])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RxKz05pMhz1xa2
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=lkpp.go.id; spf=pass smtp.mailfrom=lists.lkpp.go.id; dmarc=pass header.from=lkpp.go.id
From: Direktorat Pengembangan SPSE <dit.pspse@lkpp.go.id>
To: pengelola-lpse@lists.lkpp.go.id
Subject: [pengelola-lpse] Surat Edaran Nomor 9 Tahun 2026 tentang Pengamanan Akses Jarak Jauh
Date: {date}
Message-ID: <se-9-2026.1795420802@lkpp.go.id>
List-Id: Pengelola LPSE <pengelola-lpse.lists.lkpp.go.id>
List-Unsubscribe: <mailto:pengelola-lpse-leave@lists.lkpp.go.id>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text}"""
    write("h041-unrelated-lkpp-circular-mailing-list", raw, {
        "kind": "unrelated",
        "note": "A circular from LKPP through a mailing list (Precedence: list, List-Id), addressed to every LPSE. It is "
                "full of request vocabulary ('permohonan akses jarak jauh (remote akses)', rights, 'akun ... wajib "
                "ditutup segera setelah pekerjaan selesai') but asks for nothing: unrelated. Not an auto-reply "
                "(Precedence: list is a list, not an automatic answer).",
    })


# --- malformed ----------------------------------------------------------------------------------------------------

def h042() -> None:
    raw = """Return-Path: <>
Received: from unknown (HELO scanner-lt2) (36.72.215.9)
\tby mx.salatiga.go.id (Postfix) with SMTP id 4RzHk20bCqz1xa3
\tfor <lpse@salatiga.go.id>; Sat, 21 Nov 2026 08:02:11 +0700
From:
To: lpse@salatiga.go.id
Subject: Scan dokumen
Date: Sat, 21 Nov 2026 08:02:09 +0700
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Permohonan remote akses - scan dokumen terlampir.
Dikirim dari perangkat multifungsi.
"""
    write("h042-malformed-empty-from-null-return-path", raw, {
        "kind": "quarantine",
        "note": "A multifunction scanner's mail with an empty From:, a null Return-Path, no Sender/Reply-To and no "
                "address anywhere in the text (and the 'attached' scan is missing). Even though it says 'Permohonan "
                "remote akses', nobody can be answered: quarantine.",
    })


def h043() -> None:
    pdf = make_pdf([
        ("h", "CV ARTHA KOMPUTINDO"),
        ("line", ""),
        ("", "Nomor   : 07/AK/XI/2026"),
        ("", "Perihal : Permohonan Remote Akses"),
        ("", ""),
        ("", "Dengan hormat, kami mohon diberikan akses VPN untuk teknisi kami Sdr. Anton Setiawan"),
        ("", "pada tanggal 26 November 2026 untuk pengecekan jaringan."),
        ("", ""),
        ("", "Salatiga, 20 November 2026"),
    ], title="Permohonan")
    write("h043-malformed-bare-pdf-not-an-email", pdf, {
        "kind": "quarantine",
        "note": "The file is a bare PDF (starts with %PDF-), not an RFC 5322 message: no headers, no sender. The PDF "
                "happens to be a request letter; it still cannot be handled as mail.",
    })


def h044() -> None:
    date = "Mon, 23 Nov 2026 16:20:33 +0700"
    text = ("Selamat sore Pak,\n\nMenginformasikan bahwa seluruh pekerjaan kami di LPSE telah selesai dan sudah "
            "diserahterimakan. Mohon akun remote akses kami ditutup.\n\nTerima kasih,\nBudi Santoso\n")
    enc = b64(text).replace("\n", "")
    enc = enc.rstrip("=")
    # damaged in transit: odd line lengths, a few stray non-alphabet characters, padding lost
    lines = [enc[0:50], enc[50:57] + "!" + enc[57:120], enc[120:121] + "*" + enc[121:190], enc[190:]]
    body = "\n".join(lines)
    raw = f"""Return-Path: <budi.santoso@majujaya.co.id>
Received: from mail-pj1-f53.google.com (mail-pj1-f53.google.com [209.85.216.53])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RzjB73dXkz1xa4
\tfor <lpse@salatiga.go.id>; {date}
MIME-Version: 1.0
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: lpse@salatiga.go.id
Subject: Re: [RA-2026-0007] Akun remote akses Anda
In-Reply-To: <cred.RA-2026-0007.c3@salatiga.go.id>
Date: {date}
Message-ID: <CAB9sT2xW6t+Ln2qRd8Pm5Vc0KyJe7uF3hZ@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{body}
"""
    write("h044-malformed-damaged-base64-closure", raw, {
        "kind": "closure",
        "request_number": "RA-2026-0007",
        "note": "A closure from the requester whose base64 body was damaged (stray '!' and '*', uneven lines, missing "
                "padding). A lenient decoder (Python's email package) still recovers the whole text, so it is labelled "
                "by content: closure, in the thread by tag and In-Reply-To.",
    })


def h045() -> None:
    date = "Sun, 22 Nov 2026 20:11:45 +0700"
    raw = f"""Return-Path: <s.wibowo@unnes-it.ac.id>
Received: from mail.unnes-it.ac.id (mail.unnes-it.ac.id [103.23.244.90])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4Rz70L5yHbz1xa5
\tfor <lpse@salatiga.go.id>; {date}
From: Setyo Wibowo <s.wibowo@unnes-it.ac.id>
To: lpse@salatiga.go.id
Subject: Permohonan akses VPN - penelitian
Date: {date}
Message-Id: <7A1F0C2B-3D8E-4B96-A5C4-E20F91B7D6A3@unnes-it.ac.id>
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
Content-Type: multipart/mixed
X-Mailer: Apple Mail (2.3826.300.87.4.3)

--Apple-Mail=_4C2D9E81-7B3A-4F60-9E15-0A6D2C8B7F31
Content-Transfer-Encoding: 7bit
Content-Type: text/plain;
\tcharset=us-ascii

Yth. Admin LPSE Kota Salatiga,

Dengan hormat, saya mengajukan permohonan remote akses melalui VPN
untuk pengambilan data penelitian tesis tentang waktu proses tender.

Nama      : Setyo Wibowo, S.Kom.
Instansi  : Program Magister Sistem Informasi, Universitas Negeri Semarang
No. HP    : 0822-4170-3365
Hak akses : VPN
Waktu     : Senin, 30 November 2026 s.d. Selasa, 1 Desember 2026

Surat pengantar dari kampus menyusul.

Hormat saya,
Setyo Wibowo

--Apple-Mail=_4C2D9E81-7B3A-4F60-9E15-0A6D2C8B7F31--
"""
    write("h045-malformed-multipart-without-boundary-parameter", raw, {
        "kind": "request",
        "fields": {
            "name": "Setyo Wibowo, S.Kom.",
            "institution": "Program Magister Sistem Informasi, Universitas Negeri Semarang",
            "phone": "0822-4170-3365",
            "access_rights": ["vpn"],
            "period_start": "2026-11-30",
            "period_end": "2026-12-01",
            "purpose": "pengambilan data penelitian tesis tentang waktu proses tender",
            "letter_number": None,
        },
        "note": "Content-Type: multipart/mixed with NO boundary parameter (Python: NoBoundaryInMultipartDefect, the whole "
                "body stays one string and get_body() returns None). The text is plainly readable, including the inner "
                "part's headers and delimiters, so it is labelled by content: a request.",
    })


def build() -> None:
    for f in (h033, h034, h035, h036, h037, h038, h039, h040, h041, h042, h043, h044, h045):
        f()

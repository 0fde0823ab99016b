"""h001-h014: new requests."""

from __future__ import annotations

import io

from _heldout_lib import b64, make_pdf, qp, shrink_docx, write

RCV = "Received: from {host} ({host} [{ip}])\n\tby mx.salatiga.go.id (Postfix) with ESMTPS id {qid}\n\tfor <lpse@salatiga.go.id>; {date}\n"


def rcv(host: str, ip: str, qid: str, date: str) -> str:
    return RCV.format(host=host, ip=ip, qid=qid, date=date)


def h001() -> None:
    date = "Thu, 19 Nov 2026 10:24:11 +0700"
    text = """Dengan hormat,

Sehubungan dengan pekerjaan pemeliharaan aplikasi di lingkungan LPSE Kota Salatiga, bersama ini kami mohon dibukakan akses ke server aplikasi melalui SSH untuk teknisi kami, Sdr. Aditya Nugraha, S.Kom., guna melakukan pemasangan patch keamanan pada web server.

Pekerjaan direncanakan pada hari Senin, 30 November 2026, mulai pukul 09.00 WIB dan diperkirakan selesai pada hari yang sama.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Salam,

Wahyu Hidayat
Project Manager
PT Andalan Infotama
Jl. Diponegoro No. 118, Salatiga
Telp. 0298-321456 | HP 0812-2555-0193
"""
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{p}</div>" if p else "<div><br></div>" for p in text.strip().split("\n")
    ) + "</div>"
    raw = f"""Return-Path: <wahyu.hidayat.andalan@gmail.com>
{rcv("mail-pj1-f54.google.com", "209.85.216.54", "4Ryc2x0kQzz1xYt", date)}Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com
MIME-Version: 1.0
From: Wahyu Hidayat <wahyu.hidayat.andalan@gmail.com>
Date: {date}
Message-ID: <CAH7pQ9z+3vKx1mTnE0bW5yL8sRkJ2d@mail.gmail.com>
Subject: Mohon dibukakan akses SSH - patch web server 30 Nov
To: lpse@salatiga.go.id
Content-Type: multipart/alternative; boundary="000000000000a1f2c3060b7e9d41"

--000000000000a1f2c3060b7e9d41
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--000000000000a1f2c3060b7e9d41
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--000000000000a1f2c3060b7e9d41--
"""
    write("h001-request-mohon-dibukakan-ssh-prose-gmail", raw, {
        "kind": "request",
        "fields": {
            "name": "Aditya Nugraha, S.Kom.",
            "institution": "PT Andalan Infotama",
            "access_rights": ["ssh"],
            "period_start": "2026-11-30",
            "period_end": "2026-11-30",
            "purpose": "pemasangan patch keamanan pada web server",
            "letter_number": None,
        },
        "note": "Prose request 'mohon dibukakan akses ke server aplikasi melalui SSH' with no request noun and no labels; "
                "the user is the technician named in prose, the sender is his project manager (so the signature's HP "
                "number is the manager's: phone is not asserted). One day given as 'hari Senin, 30 November 2026'.",
    })


def h002() -> None:
    date = "Wed, 18 Nov 2026 16:02:47 +0800"
    text = """Dear Sir/Madam,

Orbisoft Pte. Ltd. is the maintenance contractor for the document management system installed at LPSE Kota Salatiga under Contract No. 027/SPK-LPSE/VIII/2026 dated 14 August 2026.

As part of the scheduled quarterly maintenance (OS patching and log rotation review), we would be grateful if remote access could be arranged for our engineer, Ms. Priya Nair, who can be reached on +65 9123 4567 during the work. She will only need to connect through the office VPN; no database access or SSH to the servers is required this time. The work is planned from 1st December 2026 until 4th December 2026, between 09:00 and 17:00 WIB.

Kindly let us know if a formal letter on company letterhead is required as well.

Best regards,

Rajesh Kumar
Regional Delivery Manager
Orbisoft Pte. Ltd. | 1 Fusionopolis Way, #14-02, Singapore 138632
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>" + "".join(
        f"<p class=\"MsoNormal\">{p}</p>" if p else "<p class=\"MsoNormal\">&nbsp;</p>" for p in text.strip().split("\n")
    ) + "</body></html>"
    raw = f"""Return-Path: <rajesh.kumar@orbisoft.com.sg>
{rcv("mail-sgaapc01on2108.outbound.protection.outlook.com", "40.107.215.108", "4RxTq51bHwz1xYv", date)}Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=orbisoft.com.sg; spf=pass smtp.mailfrom=orbisoft.com.sg; dmarc=pass header.from=orbisoft.com.sg
From: Rajesh Kumar <rajesh.kumar@orbisoft.com.sg>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Remote access for quarterly maintenance - Orbisoft
Thread-Topic: Remote access for quarterly maintenance - Orbisoft
Thread-Index: AdtZ3k9QJx2mVb7cR0SxN4aQ1u8w6A==
Date: {date}
Message-ID: <SEZPR06MB5623A9C1E4D7B2F08E31C4D2B8422@SEZPR06MB5623.apcprd06.prod.outlook.com>
Accept-Language: en-US, en-SG
Content-Language: en-US
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="_000_SEZPR06MB5623A9C1E4D7B2F08E31C4D2B8422SEZPR06MB5623apcp_"

--_000_SEZPR06MB5623A9C1E4D7B2F08E31C4D2B8422SEZPR06MB5623apcp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(text, "ascii")}
--_000_SEZPR06MB5623A9C1E4D7B2F08E31C4D2B8422SEZPR06MB5623apcp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(html, "ascii")}
--_000_SEZPR06MB5623A9C1E4D7B2F08E31C4D2B8422SEZPR06MB5623apcp_--
"""
    write("h002-request-english-international-vendor-prose", raw, {
        "kind": "request",
        "fields": {
            "name": "Priya Nair",
            "institution": "Orbisoft Pte. Ltd.",
            "phone": "+65 9123 4567",
            "access_rights": ["vpn"],
            "period_start": "2026-12-01",
            "period_end": "2026-12-04",
            "purpose": "scheduled quarterly maintenance (OS patching and log rotation review)",
            "letter_number": None,
        },
        "note": "English prose from a Singapore vendor (+0800), no labels and no word 'request' before 'remote access' "
                "in the same phrase ('be grateful if remote access could be arranged'). Negated rights ('no database "
                "access or SSH ... is required') must not be included. The contract number and date (14 August 2026) "
                "are decoys; ordinals '1st December 2026 until 4th December 2026'. Phone is a +65 number.",
    })


def h003() -> None:
    date = "Mon, 23 Nov 2026 06:48:02 +0700"
    text = """Pak Heru, sy izin remote ke server LPSE mulai besok selama 2 hari ya, buat update modul katalog lokal. VPN aja cukup pak. Nuwun

Fajar - CV Rekadata

Dikirim dari Yahoo Mail di Android
"""
    raw = f"""Return-Path: <fajar.rekadata@yahoo.co.id>
{rcv("sonic309-21.consmr.mail.sg3.yahoo.com", "106.10.242.148", "4RzK8g2dPbz1xYw", date)}Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=yahoo.co.id; spf=pass smtp.mailfrom=yahoo.co.id; dmarc=pass header.from=yahoo.co.id
Date: {date}
From: Fajar Nugroho <fajar.rekadata@yahoo.co.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Message-ID: <1582337046.2210554.1795391282004@mail.yahoo.com>
Subject: izin remote
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24562 YMailNorrin

{qp(text)}"""
    write("h003-request-mobile-izin-remote-besok-2-hari", raw, {
        "kind": "request",
        "fields": {
            "institution": "CV Rekadata",
            "access_rights": ["vpn"],
            "period_start": "2026-11-24",
            "period_end": "2026-11-25",
            "purpose": "update modul katalog lokal",
            "letter_number": None,
        },
        "note": "Very short mobile mail in colloquial Indonesian ('sy izin remote ... mulai besok selama 2 hari', 'VPN aja'): "
                "no request noun, no labels, yet plainly a request. 'besok' from Mon 23 Nov = 24 Nov, two days = 24-25. "
                "The name is left out: the body signs only 'Fajar' and the From header says 'Fajar Nugroho'.",
    })


def h004() -> None:
    date = "Thu, 19 Nov 2026 13:40:19 +0700"
    text = """Nomor    : 041/SDM-CVSD/XI/2026
Lampiran : -
Perihal  : Permohonan Akses Remote

Kepada Yth.
Kepala Subbagian Pengelolaan LPSE
Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga
di Salatiga

Dengan hormat,

Bersama surat ini kami mohon kiranya dapat diberikan akses remote kepada
personel kami dengan rincian sebagai berikut:

1. Nama lengkap        : Yohana Maharani Putri, S.T.
2. Jabatan             : System Engineer
3. Instansi/Perusahaan : CV Sentra Data Mandiri
4. No. HP / WA         : 0878 3312 9045
5. Keperluan           : verifikasi data hasil migrasi aplikasi e-Monev
6. Hak akses yang dibutuhkan:
   a. VPN kantor
   b. Database (hanya baca / read only)
7. Waktu pelaksanaan   : tgl 1 s/d 3 Des 2026

Demikian surat permohonan ini kami sampaikan, atas perhatiannya kami
ucapkan terima kasih.

Semarang, 19 November 2026
CV Sentra Data Mandiri
Direktur,

ttd

Bambang Sutrisno
"""
    raw = f"""Return-Path: <cv.sentradata@gmail.com>
{rcv("mail-oi1-f180.google.com", "209.85.167.180", "4RyfP03mVkz1xYx", date)}Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com
Message-ID: <b2d7c0f1-58e4-4a0c-9d3e-6f1a2c7e8b90@gmail.com>
Date: {date}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: id
To: lpse@salatiga.go.id
From: CV Sentra Data Mandiri <cv.sentradata@gmail.com>
Subject: Surat Permohonan Akses Remote - CV Sentra Data Mandiri
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

{text}"""
    write("h004-request-numbered-list-tgl-sd-des", raw, {
        "kind": "request",
        "fields": {
            "name": "Yohana Maharani Putri, S.T.",
            "institution": "CV Sentra Data Mandiri",
            "phone": "0878 3312 9045",
            "access_rights": ["vpn", "database-readonly"],
            "period_start": "2026-12-01",
            "period_end": "2026-12-03",
            "purpose": "verifikasi data hasil migrasi aplikasi e-Monev",
            "letter_number": "041/SDM-CVSD/XI/2026",
            "letter_date": "2026-11-19",
        },
        "note": "Formal letter with the fields in a numbered list ('1. Nama lengkap :', '6. Hak akses yang dibutuhkan:' "
                "with a/b sub-items 'VPN kantor', 'Database (hanya baca / read only)'); period 'tgl 1 s/d 3 Des 2026' "
                "(abbreviated month, year only on the end). The director signs; the user is the engineer in item 1.",
    })


def h005() -> None:
    date = "Fri, 20 Nov 2026 11:05:33 +0700"
    text = """Selamat siang Admin LPSE,

Menindaklanjuti koordinasi via telepon kemarin, kami ajukan permintaan akses remote untuk pengecekan integrasi e-Katalog lokal dengan data berikut:

| No | Nama            | Instansi                    | Hak Akses         | Mulai      | Selesai    |
|----|-----------------|-----------------------------|-------------------|------------|------------|
| 1  | Hendro Wibisono | PT Graha Sarana Informatika | VPN, DB read-only | 25/11/2026 | 26/11/2026 |

Kontak teknis: Hendro (0813-2900-7781).

Terima kasih,
Natalia
Admin Proyek - PT Graha Sarana Informatika
"""
    raw = f"""Return-Path: <natalia@grahasarana.co.id>
{rcv("mail.grahasarana.co.id", "103.28.12.71", "4RyzV60hTnz1xYy", date)}Authentication-Results: mx.salatiga.go.id; spf=pass smtp.mailfrom=grahasarana.co.id; dkim=none; dmarc=pass header.from=grahasarana.co.id
Date: {date}
From: Natalia <natalia@grahasarana.co.id>
To: lpse@salatiga.go.id
Subject: Permintaan akses remote - integrasi e-Katalog
Message-ID: <20261120040533.GA21877@mail.grahasarana.co.id>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Disposition: inline
User-Agent: Mutt/2.2.12 (2023-09-09)

{text}"""
    write("h005-request-plain-text-pipe-table", raw, {
        "kind": "request",
        "fields": {
            "name": "Hendro Wibisono",
            "institution": "PT Graha Sarana Informatika",
            "phone": "0813-2900-7781",
            "access_rights": ["vpn", "database-readonly"],
            "period_start": "2026-11-25",
            "period_end": "2026-11-26",
            "purpose": "pengecekan integrasi e-Katalog lokal",
            "letter_number": None,
        },
        "note": "A Markdown-style pipe table in plain text carries name, institution, rights ('VPN, DB read-only') and the "
                "period in two columns 'Mulai' / 'Selesai'. The sender (Natalia, project admin) is not the user; the "
                "user's phone is in a prose line after the table.",
    })


def h006() -> None:
    date = "Sat, 21 Nov 2026 09:17:50 +0700"
    text = """Yth. Bapak/Ibu Admin LPSE Kota Salatiga,

Menindaklanjuti jadwal pemeliharaan server yang telah disepakati, pekerjaan penggantian sertifikat SSL dan pembaruan kernel akan kami lakukan dari jam 08.00 sampai 16.00 tanggal 27/11/2026.

Pekerjaan akan dikerjakan oleh Sdr. Galih Prasetyo Utomo, S.T., yang dapat dihubungi di nomor 0857-4021-3388 selama pekerjaan berlangsung. Untuk itu beliau memerlukan akses VPN kantor serta akses ke server aplikasi melalui SSH.

Atas bantuannya kami ucapkan terima kasih.

Salam hormat,

Lina Marlina
Account Manager
PT Cipta Karya Digital
Ruko Jend. Sudirman Blok B-7, Salatiga
T: (0298) 327 114 | M: 0811-2640-5521
"""
    paras = text.strip().split("\n\n")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri}"
            "</style></head><body lang=\"EN-ID\"><div class=\"WordSection1\">"
            + "".join("<p class=\"MsoNormal\">" + p.replace("\n", "<br>\n") + "</p><p class=\"MsoNormal\">&nbsp;</p>" for p in paras)
            + "</div></body></html>")
    raw = f"""Return-Path: <lina.marlina@ciptakaryadigital.co.id>
{rcv("mail-psaapc01on2072.outbound.protection.outlook.com", "40.107.255.72", "4RzC1m4wJdz1xZ0", date)}Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=ciptakaryadigital.co.id; spf=pass smtp.mailfrom=ciptakaryadigital.co.id; dmarc=pass header.from=ciptakaryadigital.co.id
From: Lina Marlina <lina.marlina@ciptakaryadigital.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Jadwal pemeliharaan server 27/11
Thread-Topic: Jadwal pemeliharaan server 27/11
Thread-Index: AdtbzF0dWq8tQm3iSA2vP7kJcXy1Ng==
Date: {date}
Message-ID: <KL1PR03MB7420C3E5F1A2B4D6E8F09A1BC7E52@KL1PR03MB7420.apcprd03.prod.outlook.com>
Accept-Language: id-ID, en-US
Content-Language: id-ID
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="_000_KL1PR03MB7420C3E5F1A2B4D6E8F09A1BC7E52KL1PR03MB7420apcp_"

--_000_KL1PR03MB7420C3E5F1A2B4D6E8F09A1BC7E52KL1PR03MB7420apcp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(text)}

--_000_KL1PR03MB7420C3E5F1A2B4D6E8F09A1BC7E52KL1PR03MB7420apcp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(html)}

--_000_KL1PR03MB7420C3E5F1A2B4D6E8F09A1BC7E52KL1PR03MB7420apcp_--
"""
    write("h006-request-fields-spread-prose-and-signature", raw, {
        "kind": "request",
        "fields": {
            "name": "Galih Prasetyo Utomo, S.T.",
            "institution": "PT Cipta Karya Digital",
            "phone": "0857-4021-3388",
            "access_rights": ["vpn", "ssh"],
            "period_start": "2026-11-27",
            "period_end": "2026-11-27",
            "purpose": "penggantian sertifikat SSL dan pembaruan kernel",
            "letter_number": None,
        },
        "note": "No request phrase at all: the subject says 'Jadwal pemeliharaan server' and the body says the technician "
                "'memerlukan akses VPN kantor serta akses ke server aplikasi melalui SSH'. Fields are spread over prose "
                "(name, phone, hours 'dari jam 08.00 sampai 16.00 tanggal 27/11/2026') and the signature (institution). "
                "The signature's phones are the account manager's, not the user's. Outlook, base64 parts.",
    })


def h007() -> None:
    date = "Fri, 20 Nov 2026 14:22:08 +0700"
    paras = [
        "Yth. Kepala Bagian Pengadaan Barang dan Jasa<br>Sekretariat Daerah Kota Salatiga<br>u.p. Kasubag Pengelolaan LPSE",
        "Nomor&nbsp;&nbsp;: PE.09.02/S-1187/PW11/5/2026<br>Sifat&nbsp;&nbsp;&nbsp;&nbsp;: Segera<br>Hal&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: Akses Data Pengadaan",
        "Dengan hormat,",
        "Dalam rangka reviu atas pengelolaan pengadaan barang/jasa Pemerintah Kota Salatiga sesuai Surat Tugas Nomor "
        "ST-1450/PW11/5/2026 tanggal 16 November 2026 (periode penugasan 30 November s.d. 18 Desember 2026), "
        "kami memerlukan akses jarak jauh ke basis data SPSE dalam mode baca saja (<i>read only</i>).",
        "Akses tersebut akan digunakan oleh Sdri. <b>Maria Goretti Sihombing, Ak., CA</b> (Auditor Ahli Muda) "
        "selama 5 (lima) hari kerja mulai Rabu, 2 Desember 2026.",
        "Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.",
        "Semarang, 20 November 2026<br>a.n. Kepala Perwakilan<br>Koordinator Pengawasan Bidang Instansi Pemerintah Daerah,"
        "<br><br>Ir. Tri Haryanto, M.M.",
        "<span style=\"font-size:9pt;color:#666\">Perwakilan BPKP Provinsi Jawa Tengah<br>Jl. Ki Mangunsarkoro No. 34, Semarang</span>",
    ]
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    import re as _re
    text = "\n\n".join(_re.sub(r"<[^>]+>", "", p.replace("<br>", "\n")).replace("&nbsp;", " ") for p in paras) + "\n"
    raw = f"""Return-Path: <persuratan.jateng@bpkp.go.id>
{rcv("mx1.bpkp.go.id", "103.19.180.23", "4Ryz8T3k0Vz1xZ1", date)}Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=bpkp.go.id; spf=pass smtp.mailfrom=bpkp.go.id; dmarc=pass header.from=bpkp.go.id
Date: {date}
From: "Persuratan Perwakilan BPKP Jateng" <persuratan.jateng@bpkp.go.id>
To: lpse@salatiga.go.id
Cc: tri.haryanto@bpkp.go.id
Message-ID: <1032874811.88213.1795678928133.JavaMail.zimbra@bpkp.go.id>
Subject: =?utf-8?B?QWtzZXMgRGF0YSBQZW5nYWRhYW4g4oCTIFJldml1IFBCSiBLb3RhIFNhbGF0aWdh?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="=_7f0c5a2e-3b1d-4b8e-9c2a-aa51e0d3f6c1"
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4546)
Thread-Index: a1Xk7C9pQ2mz4rR8e0bF3nVtY6wJhA==

--=_7f0c5a2e-3b1d-4b8e-9c2a-aa51e0d3f6c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--=_7f0c5a2e-3b1d-4b8e-9c2a-aa51e0d3f6c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--=_7f0c5a2e-3b1d-4b8e-9c2a-aa51e0d3f6c1--
"""
    write("h007-request-memerlukan-akses-jarak-jauh-hari-kerja", raw, {
        "kind": "request",
        "fields": {
            "name": "Maria Goretti Sihombing, Ak., CA",
            "institution": "Perwakilan BPKP Provinsi Jawa Tengah",
            "access_rights": ["database-readonly"],
            "period_start": "2026-12-02",
            "period_end": "2026-12-08",
            "purpose": "reviu atas pengelolaan pengadaan barang/jasa Pemerintah Kota Salatiga",
            "letter_number": "PE.09.02/S-1187/PW11/5/2026",
            "letter_date": "2026-11-20",
        },
        "note": "Government letter in HTML (Zimbra, QP, encoded-word subject with an en dash) using 'kami memerlukan akses "
                "jarak jauh ke basis data SPSE dalam mode baca saja' (= database-readonly, no vocabulary word). "
                "'5 (lima) hari kerja mulai Rabu, 2 Desember 2026' = Wed 2 .. Tue 8 December (weekend skipped). The "
                "surat tugas number, its date (16 Nov) and its assignment period (30 Nov - 18 Dec) are decoys.",
    })


def h008() -> None:
    date = "Wed, 18 Nov 2026 15:31:02 +0700"
    pdf = make_pdf([
        ("h", "PT SINERGI DATA NUSANTARA"),
        ("c", "Jl. Magelang Km 6,5 No. 21, Sleman, D.I. Yogyakarta 55284 - Telp. (0274) 866 120"),
        ("line", ""),
        ("", ""),
        ("", "Nomor     : SDN/045/XI/2026"),
        ("", "Lampiran  : -"),
        ("", "Perihal   : Permohonan Remote Akses"),
        ("", ""),
        ("", "Kepada Yth."),
        ("", "Kasubag Pengelolaan LPSE Kota Salatiga"),
        ("", "di tempat"),
        ("", ""),
        ("", "Dengan hormat,"),
        ("", "Bersama ini kami mengajukan permohonan remote akses untuk pekerjaan konfigurasi ulang modul"),
        ("", "notifikasi SPSE, dengan data pelaksana sebagai berikut:"),
        ("", ""),
        ("", "    Nama               : Dwi Cahyono, S.Kom."),
        ("", "    Jabatan            : Technical Support"),
        ("", "    No. HP             : 0821-3345-6677"),
        ("", "    Hak akses          : VPN dan hak admin aplikasi SPSE"),
        ("", "    Waktu pelaksanaan  : 7 - 9 Desember 2026"),
        ("", ""),
        ("", "Demikian permohonan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih."),
        ("", ""),
        ("", "Yogyakarta, 18 November 2026"),
        ("", "PT Sinergi Data Nusantara"),
        ("", ""),
        ("", ""),
        ("b", "Ir. Ahmad Fauzi"),
        ("", "Direktur"),
    ], title="Permohonan Remote Akses")
    body = """Berikut kami lampirkan surat permohonan kami. Mohon arahannya.
Terima kasih.

--
Sinergi Data Nusantara
"""
    raw = f"""Return-Path: <support@sinergidata.co.id>
{rcv("smtp.sinergidata.co.id", "202.67.9.130", "4RxV2s6nF3z1xZ2", date)}Date: {date}
From: "Support SDN" <support@sinergidata.co.id>
To: lpse@salatiga.go.id
Subject: Surat SDN/045/XI/2026
Message-ID: <a93f0e1c27bd45d8a6f0c1e52d7a9b31@sinergidata.co.id>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_99213_1144082.1795508462000"
X-Mailer: Roundcube Webmail/1.6.9

------=_Part_99213_1144082.1795508462000
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

{body}
------=_Part_99213_1144082.1795508462000
Content-Type: application/pdf; name="Surat Permohonan SDN-045.pdf"
Content-Disposition: attachment; filename="Surat Permohonan SDN-045.pdf"; size={len(pdf)}
Content-Transfer-Encoding: base64

{b64(pdf)}
------=_Part_99213_1144082.1795508462000--
"""
    write("h008-request-pdf-letter-subject-is-letter-number", raw, {
        "kind": "request",
        "fields": {
            "name": "Dwi Cahyono, S.Kom.",
            "institution": "PT Sinergi Data Nusantara",
            "phone": "0821-3345-6677",
            "access_rights": ["vpn", "spse-admin"],
            "period_start": "2026-12-07",
            "period_end": "2026-12-09",
            "purpose": "konfigurasi ulang modul notifikasi SPSE",
            "letter_number": "SDN/045/XI/2026",
            "letter_date": "2026-11-18",
        },
        "note": "The body says only 'Berikut kami lampirkan surat permohonan kami' and the subject is just the letter "
                "number; everything is in the PDF. 'hak admin aplikasi SPSE' = spse-admin; '7 - 9 Desember 2026'. "
                "The institution is the letterhead (the user is its technical support).",
    })


def h009() -> None:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("FORMULIR PERMINTAAN AKSES REMOTE", level=1)
    doc.add_paragraph("Ditujukan kepada: Admin LPSE Kota Salatiga")
    rows = [
        ("Nama Lengkap", "Rizky Maulana, A.Md."),
        ("Instansi / Perusahaan", "CV Mitra Solusi Teknik"),
        ("No. HP", "0896-1234-7788"),
        ("Hak Akses", "[X] SSH    [X] VPN    [  ] Database (read only)    [  ] Admin SPSE"),
        ("Tujuan", "Pemasangan agen monitoring pada server aplikasi"),
        ("Tanggal Mulai", "30/11/2026"),
        ("Tanggal Selesai", "02/12/2026"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Salatiga, 21 November 2026")
    doc.add_paragraph("Pemohon,")
    doc.add_paragraph("")
    doc.add_paragraph("Rizky Maulana")
    doc.core_properties.author = "Rizky"
    buf = io.BytesIO()
    doc.save(buf)
    data = shrink_docx(buf.getvalue())
    date = "Sat, 21 Nov 2026 20:03:44 +0700"
    body = "Dh. Terlampir form permintaan akses remote. Tks\n\nRizky\n\nDapatkan Outlook untuk iOS\n"
    raw = f"""Return-Path: <rizky.maulana@mitrasolusiteknik.com>
{rcv("mail-tyzapc01on2050.outbound.protection.outlook.com", "40.107.117.50", "4RzQh22Y0Kz1xZ3", date)}From: Rizky Maulana <rizky.maulana@mitrasolusiteknik.com>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: form akses
Date: {date}
Message-ID: <TYZPR02MB6124E0C9B87D3A51F4C26E8AD8462@TYZPR02MB6124.apcprd02.prod.outlook.com>
Content-Language: id-ID
X-MS-Has-Attach: yes
MIME-Version: 1.0
Content-Type: multipart/mixed;
\tboundary="_004_TYZPR02MB6124E0C9B87D3A51F4C26E8AD8462TYZPR02MB6124apcp_"

--_004_TYZPR02MB6124E0C9B87D3A51F4C26E8AD8462TYZPR02MB6124apcp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(body, "ascii")}
--_004_TYZPR02MB6124E0C9B87D3A51F4C26E8AD8462TYZPR02MB6124apcp_
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;
\tname="Form Akses Remote - Rizky.docx"
Content-Description: Form Akses Remote - Rizky.docx
Content-Disposition: attachment; filename="Form Akses Remote - Rizky.docx";
\tsize={len(data)}; creation-date="Sat, 21 Nov 2026 13:03:40 GMT"
Content-Transfer-Encoding: base64

{b64(data)}

--_004_TYZPR02MB6124E0C9B87D3A51F4C26E8AD8462TYZPR02MB6124apcp_--
"""
    write("h009-request-docx-form-tick-boxes-short-body", raw, {
        "kind": "request",
        "fields": {
            "name": "Rizky Maulana, A.Md.",
            "institution": "CV Mitra Solusi Teknik",
            "phone": "0896-1234-7788",
            "access_rights": ["ssh", "vpn"],
            "period_start": "2026-11-30",
            "period_end": "2026-12-02",
            "purpose": "Pemasangan agen monitoring pada server aplikasi",
            "letter_number": None,
            "letter_date": "2026-11-21",
        },
        "note": "Three-word mobile body ('Dh. Terlampir form permintaan akses remote. Tks') and a DOCX form table whose "
                "'Hak Akses' row uses [X] / [  ] ticks: only SSH and VPN are ticked; database and Admin SPSE are not. "
                "Day-first numeric dates. The form has a place-and-date line but no letter number.",
    })


def h010() -> None:
    date = "Fri, 20 Nov 2026 08:05:12 +0700"
    text = """Selamat pagi,

Menindaklanjuti arahan Kepala Badan, dengan ini kami sampaikan permintaan akses ke database LPSE untuk keperluan rekonsiliasi realisasi belanja tahun anggaran 2026.

Nama Pengguna Akses       : Ni Luh Putu Ayu Saraswati, S.E.
Asal Instansi             : Badan Keuangan dan Aset Daerah (BPKAD) Kota Salatiga
Kebutuhan                 : Akses database (hanya lihat, tidak mengubah data)
Jangka waktu              : 24 Nov 2026 \u2013 25 Nov 2026
Nomor yang bisa dihubungi : +62 812-2711-4455

Terima kasih atas kerja samanya.

\u201cMelayani dengan hati\u201d
"""
    raw = f"""Return-Path: <saraswati.bpkad@salatiga.go.id>
Received: from mail.salatiga.go.id (mail.salatiga.go.id [10.10.1.5])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4Ryz0q2fX8z1xZ4
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=salatiga.go.id; spf=pass smtp.mailfrom=salatiga.go.id; dmarc=pass header.from=salatiga.go.id
From: =?windows-1252?Q?Ni_Luh_Putu_Ayu_Saraswati?= <saraswati.bpkad@salatiga.go.id>
To: <lpse@salatiga.go.id>
Subject: =?windows-1252?Q?Permintaan_akses_data_LPSE_=96_rekonsiliasi_TA_2026?=
Date: {date}
Message-ID: <000a01db5a8c$3e2f1b70$ba8d5250$@salatiga.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtajDv2mPq0J8KdTy6jQx4FZ1b9Xw==
Content-Language: id

{qp(text, "windows-1252")}"""
    write("h010-request-windows-1252-odd-labels-plus62", raw, {
        "kind": "request",
        "fields": {
            "name": "Ni Luh Putu Ayu Saraswati, S.E.",
            "institution": "Badan Keuangan dan Aset Daerah (BPKAD) Kota Salatiga",
            "phone": "+62 812-2711-4455",
            "access_rights": ["database-readonly"],
            "period_start": "2026-11-24",
            "period_end": "2026-11-25",
            "purpose": "rekonsiliasi realisasi belanja tahun anggaran 2026",
            "letter_number": None,
        },
        "note": "Labels nobody would guess ('Nama Pengguna Akses', 'Asal Instansi', 'Kebutuhan', 'Jangka waktu', 'Nomor yang "
                "bisa dihubungi'), Windows-1252 QP with an en dash between the dates ('24 Nov 2026 \u2013 25 Nov 2026') and curly "
                "quotes in the signature slogan; 'Akses database (hanya lihat, tidak mengubah data)' = database-readonly. "
                "Phone with +62.",
    })


def h011() -> None:
    date = "Fri, 20 Nov 2026 17:48:29 +0700"
    text = """Selamat sore Bapak/Ibu,

Mohon izin untuk dapat diberikan akses Remote Desktop (RDP) ke server Windows aplikasi arsip serta koneksi VPN kantor bagi teknisi kami Sdr. Yosef Kurniawan, mulai Kamis 26/11 jam 09.00 sampai Jumat 27/11 pukul 15.00, untuk instalasi ulang layanan backup.

Terima kasih.

Regards,
Maya Kartika
PT Nusantara Cloud Teknologi
"""
    raw = f"""Return-Path: <maya.kartika@nusacloud.id>
{rcv("mail-sgaapc01on2093.outbound.protection.outlook.com", "40.107.215.93", "4RyzbL1QwSz1xZ5", date)}From: Maya Kartika <maya.kartika@nusacloud.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Izin akses RDP + VPN
Date: {date}
Message-ID: <SG2PR04MB9871F4A02C6D5E13B8A7C92EF7412@SG2PR04MB9871.apcprd04.prod.outlook.com>
Content-Language: en-US
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(text)}
"""
    write("h011-request-rdp-outside-vocabulary-no-year", raw, {
        "kind": "request",
        "fields": {
            "name": "Yosef Kurniawan",
            "institution": "PT Nusantara Cloud Teknologi",
            "period_start": "2026-11-26",
            "period_end": "2026-11-27",
            "purpose": "instalasi ulang layanan backup",
            "letter_number": None,
        },
        "note": "'Mohon izin untuk dapat diberikan akses Remote Desktop (RDP) ... serta koneksi VPN kantor': RDP is outside "
                "the vocabulary, so access_rights is left out (corpus rule). Dates without a year and with weekday "
                "names and hours ('mulai Kamis 26/11 jam 09.00 sampai Jumat 27/11 pukul 15.00'); the year is 2026.",
    })


def h012() -> None:
    date = "Fri, 20 Nov 2026 16:58:40 +0700"
    text = """Masuk lewat WA ke HP saya, saya teruskan ke sini supaya tercatat. Sudah saya minta suratnya menyusul.

Heru

----- pesan WhatsApp -----
[20/11/26 16.42] Dimas Telkom: Selamat sore pak Heru, saya Dimas Ardiansyah dari PT Telkom Indonesia Witel Semarang
[20/11/26 16.43] Dimas Telkom: Kami mohon izin remote SSH ke server aplikasi LPSE utk konfigurasi ulang routing ke server aplikasi pasca penggantian router
[20/11/26 16.43] Dimas Telkom: Rencana Selasa-Rabu, 24-25 Nov 2026
[20/11/26 16.44] Heru Admin LPSE: Baik pak, nanti saya proses
[20/11/26 16.44] Dimas Telkom: No saya 0811-2929-441 pak. Terima kasih
"""
    raw = f"""Return-Path: <admin.lpse@salatiga.go.id>
Received: from mail.salatiga.go.id (mail.salatiga.go.id [10.10.1.5])
\tby mx.salatiga.go.id (Postfix) with ESMTPS id 4RyzWb7Ck1z1xZ6
\tfor <lpse@salatiga.go.id>; {date}
Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=salatiga.go.id; spf=pass smtp.mailfrom=salatiga.go.id; dmarc=pass header.from=salatiga.go.id
Date: {date}
From: Heru Admin LPSE <admin.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <1795744720.441.admin.lpse@salatiga.go.id>
Subject: Fwd: permohonan akses Telkom (masuk via WA)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Linux)/9.0.0_GA_4546)

{text}"""
    write("h012-request-admin-forwards-whatsapp-chat", raw, {
        "kind": "request",
        "fields": {
            "name": "Dimas Ardiansyah",
            "institution": "PT Telkom Indonesia Witel Semarang",
            "phone": "0811-2929-441",
            "access_rights": ["ssh"],
            "period_start": "2026-11-24",
            "period_end": "2026-11-25",
            "purpose": "konfigurasi ulang routing ke server aplikasi pasca penggantian router",
            "letter_number": None,
        },
        "note": "The admin pastes a WhatsApp chat (not a mail forward: no 'Forwarded message' header) into a mail to the "
                "office mailbox. Fields belong to the person in the chat; timestamps '[20/11/26 16.42]' are decoy dates; "
                "'Rencana Selasa-Rabu, 24-25 Nov 2026'. Request from an admin, so no alert.",
    })


def h013() -> None:
    date = "Wed, 18 Nov 2026 09:12:55 +0700"
    # format=flowed: a line ending in a space is a soft break inside a paragraph; label lines are fixed lines
    text = """Nomor   : 118/MAP/XI/2026
Hal     : Permohonan Remote Akses

Kepada Yth.
Kasubag Pengelolaan LPSE
Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga

Dengan hormat,

Sehubungan dengan Kontrak Nomor 027/PPK-BPBJ/IX/2026 tanggal 2 Oktober 2026 @
tentang Pemeliharaan Sistem Informasi Pengadaan dengan masa pelaksanaan 5 @
Oktober s.d. 31 Desember 2026, bersama ini kami mengajukan permohonan @
remote akses berupa akses SSH ke server aplikasi dan akses basis data @
(read-only) pada tanggal 30 November 2026 sampai dengan 4 Desember @
2026, untuk pelaksana:

Nama     : Theresia Anggraini, M.Kom.
Jabatan  : Database Administrator
Keperluan: optimasi indeks dan kueri basis data SPSE

Demikian kami sampaikan, atas perhatiannya kami ucapkan terima @
kasih.

Salatiga, 18 November 2026
PT Mega Akses Persada

Andreas Wijaya
Direktur Operasional
""".replace(" @\n", " \n")
    raw = f"""Return-Path: <andreas.wijaya@megaakses.co.id>
{rcv("mail.megaakses.co.id", "117.102.66.19", "4RxRfP0sVcz1xZ7", date)}Message-ID: <4e6b1a0d-9f2c-48a3-b7e5-1c0d9a3f7e62@megaakses.co.id>
Date: {date}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: id-ID
From: Andreas Wijaya <andreas.wijaya@megaakses.co.id>
To: lpse@salatiga.go.id
Subject: Permohonan Remote Akses - PT Mega Akses Persada (118/MAP/XI/2026)
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

{text}"""
    write("h013-request-flowed-contract-decoy-dates", raw, {
        "kind": "request",
        "fields": {
            "name": "Theresia Anggraini, M.Kom.",
            "institution": "PT Mega Akses Persada",
            "access_rights": ["ssh", "database-readonly"],
            "period_start": "2026-11-30",
            "period_end": "2026-12-04",
            "purpose": "optimasi indeks dan kueri basis data SPSE",
            "letter_number": "118/MAP/XI/2026",
            "letter_date": "2026-11-18",
        },
        "note": "Thunderbird format=flowed (the period sentence is split over soft line breaks: 'pada tanggal 30 November "
                "2026 sampai dengan 4 Desember 2026,'). Decoys: the contract's number and date (2 Oktober 2026) and its "
                "execution period (5 Oktober s.d. 31 Desember 2026), which comes first in the text. Rights in words: "
                "'akses SSH ke server aplikasi dan akses basis data (read-only)'.",
    })


def h014() -> None:
    date = "Mon, 23 Nov 2026 10:15:33 +0800"
    text = """Hi team,

We need remote access for tomorrow (VPN only) to check the nightly backup job that failed on the DR server.
Engineer: Kevin Tan Wei Ming, Nexa Systems Sdn Bhd, +60 12-345 6789

Thanks!

Get Outlook for iOS
"""
    html = "<html><head></head><body><div dir=\"ltr\">" + "<br>".join(text.strip().split("\n")) + "</div></body></html>"
    raw = f"""Return-Path: <kevin.tan@nexasystems.com.my>
{rcv("mail-sgaapc01on2113.outbound.protection.outlook.com", "40.107.215.113", "4RzY4d3hM0z1xZ8", date)}From: Kevin Tan <kevin.tan@nexasystems.com.my>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Remote access tomorrow
Date: {date}
Message-ID: <SEYPR01MB4382B5E0D1C9A7F2E6B43D10C8A52@SEYPR01MB4382.apcprd01.prod.outlook.com>
Content-Language: en-MY
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="_000_SEYPR01MB4382B5E0D1C9A7F2E6B43D10C8A52SEYPR01MB4382apcp_"

--_000_SEYPR01MB4382B5E0D1C9A7F2E6B43D10C8A52SEYPR01MB4382apcp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(text, "ascii")}
--_000_SEYPR01MB4382B5E0D1C9A7F2E6B43D10C8A52SEYPR01MB4382apcp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(html, "ascii")}
--_000_SEYPR01MB4382B5E0D1C9A7F2E6B43D10C8A52SEYPR01MB4382apcp_--
"""
    write("h014-request-english-mobile-tomorrow-plus0800", raw, {
        "kind": "request",
        "fields": {
            "name": "Kevin Tan Wei Ming",
            "institution": "Nexa Systems Sdn Bhd",
            "phone": "+60 12-345 6789",
            "access_rights": ["vpn"],
            "period_start": "2026-11-24",
            "period_end": "2026-11-24",
            "purpose": "check the nightly backup job that failed on the DR server",
            "letter_number": None,
        },
        "note": "Short English mail from Outlook for iOS in Malaysia (+0800): 'We need remote access for tomorrow (VPN only)'. "
                "Date 10:15 +0800 = 09:15 WIB on Mon 23 Nov, so 'tomorrow' is Tue 24 Nov in either zone; a single day. "
                "Phone is a +60 number.",
    })


def build() -> None:
    for f in (h001, h002, h003, h004, h005, h006, h007, h008, h009, h010, h011, h012, h013, h014):
        f()

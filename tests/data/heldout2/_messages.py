"""The messages of heldout2 and their labels. See _build_heldout2.py and README.md."""

from __future__ import annotations

from _build_heldout2 import (
    ACK_0007, ACK_0009, ACK_0009_TEXT, APPR_0009_K, APPR_0009_S, APPR_0009_TEXT, APPR_0012_K, APPR_0012_TEXT,
    APPROVED_0011, CLOSED_0010, CRED_0007, CRED_TEXT, NEEDINFO_0008, NEEDINFO_TEXT, b64, build_docx_letter,
    build_pdf_letter, label, qp, quote,
)

LPSE = "lpse@salatiga.go.id"
NEEDINFO_HTML = NEEDINFO_TEXT.replace("\n", "<br>")
APPR_0012_HTML = APPR_0012_TEXT.replace("\n", "<br>")
APPR_0009_TO_AGUS = APPR_0009_TEXT.replace("Ibu Sri Handayani", "Bapak Agus Widodo").replace("keputusan Ibu", "keputusan Bapak")


def MESSAGES():
    yield from requests()
    yield from thread_traffic()
    yield from approvals()
    yield from mail_about_mail()
    yield from unrelated_and_malformed()


# ----------------------------------------------------------------------------------------------------------------
# Requests
# ----------------------------------------------------------------------------------------------------------------

def requests():
    yield ("g001-request-pt-formal-letter-contract-decoy", f"""\
Return-Path: <dimas.saputra@ciptakarya-digital.co.id>
Received: from mail-yw1-f173.google.com (mail-yw1-f173.google.com [209.85.128.173])
	by mx.salatiga.go.id (Postfix) with ESMTPS id 4Qx7M2K1bz9vF
	for <lpse@salatiga.go.id>; Mon, 23 Nov 2026 09:14:31 +0700 (WIB)
MIME-Version: 1.0
From: Dimas Arya Saputra <dimas.saputra@ciptakarya-digital.co.id>
Date: Mon, 23 Nov 2026 09:14:22 +0700
Message-ID: <CAH3kq0=x9PzVnT4c1Lw2rB7dQ@mail.gmail.com>
Subject: Permohonan Remote Akses Server LPSE - PT Cipta Karya Digital
To: {LPSE}
Content-Type: text/plain; charset="UTF-8"

Semarang, 23 November 2026

Nomor    : 047/CKD/XI/2026
Lampiran : -
Perihal  : Permohonan Remote Akses

Kepada Yth.
Kepala Bagian Pengadaan Barang dan Jasa
Setda Kota Salatiga
di Salatiga

Dengan hormat,

Sehubungan dengan pekerjaan Pemeliharaan Aplikasi Pendukung SPSE sesuai
Kontrak Nomor 027/123/PBJ/2026 tanggal 12 Oktober 2026 (masa pelaksanaan
12 Oktober 2026 s.d. 31 Desember 2026), dengan ini kami mengajukan permohonan
remote akses dengan data sebagai berikut:

Nama       : Dimas Arya Saputra, S.T.
Jabatan    : Technical Support
Instansi   : PT Cipta Karya Digital
No. HP     : 0812-2834-5561
Hak akses  : VPN dan SSH
Tujuan     : Pemeliharaan dan pembaruan aplikasi pendukung SPSE
Waktu      : 1 s.d. 4 Desember 2026

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami
ucapkan terima kasih.

Hormat kami,
PT Cipta Karya Digital


Ir. Bambang Hermawan
Direktur
""", label("request", fields={
        "name": "Dimas Arya Saputra, S.T.", "institution": "PT Cipta Karya Digital", "phone": "0812-2834-5561",
        "access_rights": ["vpn", "ssh"], "purpose": "Pemeliharaan dan pembaruan aplikasi pendukung SPSE",
        "period_start": "2026-12-01", "period_end": "2026-12-04",
        "letter_number": "047/CKD/XI/2026", "letter_date": "2026-11-23"},
        note="Formal letter in plain text, labelled lines. '1 s.d. 4 Desember 2026' shares the month and year. "
             "The contract's number, date and execution period are decoys. The signer (director) is not the user."))

    yield ("g002-request-cv-short-note-lusa", f"""\
Return-Path: <wahyu.mitrasolusi@gmail.com>
MIME-Version: 1.0
From: Wahyu Hidayat <wahyu.mitrasolusi@gmail.com>
Date: Tue, 24 Nov 2026 15:02:10 +0700
Message-ID: <CAO1pLr8uYq3Kk9s-mZ0vW2@mail.gmail.com>
Subject: akses vpn
To: {LPSE}
Content-Type: text/plain; charset="UTF-8"

Siang admin LPSE,

mohon dibuatkan akses VPN ke server LPSE utk saya, lusa (Kamis) selama 2 hari,
untuk perbaikan modul laporan e-purchasing.

trims
Wahyu Hidayat
CV Mitra Solusi Teknika
0878 1234 9090
""", label("request", fields={
        "name": "Wahyu Hidayat", "institution": "CV Mitra Solusi Teknika", "phone": "0878 1234 9090",
        "access_rights": ["vpn"], "purpose": "perbaikan modul laporan e-purchasing",
        "period_start": "2026-11-26", "period_end": "2026-11-27",
        "letter_number": None, "letter_date": None},
        note="Terse note without a request noun ('mohon dibuatkan akses VPN'), read as a request. 'lusa (Kamis)' "
             "from Tue 24 Nov is Thu 26; 'selama 2 hari' ends Fri 27. The subject is just 'akses vpn'."))

    html3 = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Yth. Admin LPSE Kota Salatiga,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dalam rangka pemutakhiran SPSE ke versi 4.5u20261101, dengan ini kami sampaikan permohonan
akses remote dengan rincian berikut:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="180" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nama Petugas</b></p></td>
<td width="420" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Rizky Ramadhan, S.Kom.</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Unit Kerja</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Hak Akses</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Admin SPSE; Database (read only)</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Jadwal</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Senin, 30 November 2026 s/d Rabu, 2 Desember 2026</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Keperluan</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pemutakhiran SPSE versi 4.5u20261101 dan verifikasi migrasi data</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Kontak</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">0811-2233-4455</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atas perhatian dan kerja samanya kami ucapkan terima kasih.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Salam,<o:p></o:p></p>
<p class="MsoNormal"><b>Rizky Ramadhan</b><br>Direktorat PSPSE &ndash; LKPP<br>Jl. Epicentrum Tengah Lot 11B, Jakarta<o:p></o:p></p>
</div></body></html>
"""
    text3 = """\
Yth. Admin LPSE Kota Salatiga,

Dalam rangka pemutakhiran SPSE ke versi 4.5u20261101, dengan ini kami sampaikan permohonan akses remote dengan rincian berikut:

Nama Petugas	Rizky Ramadhan, S.Kom.
Unit Kerja	Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP
Hak Akses	Admin SPSE; Database (read only)
Jadwal	Senin, 30 November 2026 s/d Rabu, 2 Desember 2026
Keperluan	Pemutakhiran SPSE versi 4.5u20261101 dan verifikasi migrasi data
Kontak	0811-2233-4455

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Salam,
Rizky Ramadhan
Direktorat PSPSE - LKPP
Jl. Epicentrum Tengah Lot 11B, Jakarta
"""
    yield ("g003-request-lkpp-outlook-html-table", f"""\
Received: from IDN01-SG2-obe.outbound.protection.outlook.com (mail-sgaapc01on2107.outbound.protection.outlook.com [40.107.215.107])
	by mx.salatiga.go.id (Postfix) with ESMTPS id 4QxB1v3Nn5z9vJ
	for <lpse@salatiga.go.id>; Tue, 24 Nov 2026 10:21:07 +0700 (WIB)
From: Rizky Ramadhan <rizky.ramadhan@lkpp.go.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Permohonan Akses Remote untuk Pemutakhiran SPSE 4.5u20261101
Thread-Topic: Permohonan Akses Remote untuk Pemutakhiran SPSE 4.5u20261101
Thread-Index: AdsT7k2mXq4r9pLmQ0yW1cVbN3z8Hg==
Date: Tue, 24 Nov 2026 03:20:58 +0000
Message-ID: <SG2PR06MB53171A2F0C4D9E8B7A1C3F0DB2A92@SG2PR06MB5317.apcprd06.prod.outlook.com>
Accept-Language: id-ID, en-US
Content-Language: id-ID
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_SG2PR06MB53171A2F0C4D9E8B7A1C3F0DB2A92SG2PR06MB5317apcp_"

--_000_SG2PR06MB53171A2F0C4D9E8B7A1C3F0DB2A92SG2PR06MB5317apcp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(text3.encode())}

--_000_SG2PR06MB53171A2F0C4D9E8B7A1C3F0DB2A92SG2PR06MB5317apcp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(html3)}
--_000_SG2PR06MB53171A2F0C4D9E8B7A1C3F0DB2A92SG2PR06MB5317apcp_--
""", label("request", fields={
        "name": "Rizky Ramadhan, S.Kom.",
        "institution": "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP",
        "phone": "0811-2233-4455", "access_rights": ["spse-admin", "database-readonly"],
        "purpose": "Pemutakhiran SPSE versi 4.5u20261101 dan verifikasi migrasi data",
        "period_start": "2026-11-30", "period_end": "2026-12-02",
        "letter_number": None, "letter_date": None},
        note="Outlook multipart/alternative, base64 text part and QP HTML table. Date header in +0000 (10:20 WIB). "
             "'Admin SPSE; Database (read only)' maps to two rights. Version string 4.5u20261101 is not a date."))

    yield ("g004-request-bpk-letter-surat-tugas-decoy", f"""\
Return-Path: <ratna.kusumawati@bpk.go.id>
Received: from mail.bpk.go.id (mail.bpk.go.id [103.10.68.21])
	by mx.salatiga.go.id (Postfix) with ESMTPS id 4QxF9s0Yc1z9vK
	for <lpse@salatiga.go.id>; Wed, 25 Nov 2026 13:47:40 +0700 (WIB)
Date: Wed, 25 Nov 2026 13:47:12 +0700 (WIB)
From: Ratna Kusumawati <ratna.kusumawati@bpk.go.id>
To: lpse@salatiga.go.id
Cc: pemeriksa.jateng@bpk.go.id
Message-ID: <1392087411.55120.1795600032517.JavaMail.zimbra@bpk.go.id>
Subject: Surat Permintaan Akses Remote Database SPSE dalam rangka Pemeriksaan
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4583)

BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI JAWA TENGAH

Nomor  : 88/S/XVIII.SMG/11/2026                     Semarang, 25 November 2026
Sifat  : Segera
Hal    : Permintaan Akses Remote Database SPSE

Yth. Kepala LPSE Kota Salatiga
di Salatiga

Berdasarkan Surat Tugas Kepala BPK Perwakilan Provinsi Jawa Tengah Nomor
412/ST/XVIII.SMG/11/2026 tanggal 16 November 2026, Tim Pemeriksa sedang
melaksanakan Pemeriksaan Kinerja atas Efektivitas Pengadaan Barang/Jasa pada
Pemerintah Kota Salatiga Tahun Anggaran 2026 selama 40 (empat puluh) hari
terhitung mulai tanggal 16 November 2026.

Untuk keperluan pengujian data dalam pemeriksaan tersebut, kami meminta akses
remote ke database SPSE dengan hak baca saja (read only) bagi anggota tim kami
dari BPK Perwakilan Provinsi Jawa Tengah, Sdri. Ratna Kusumawati, S.E., M.Ak.,
terhitung tanggal 01-12-2026 sampai dengan 11-12-2026.

Narahubung: Ratna Kusumawati (0813-9012-7788).

Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.

Penanggung Jawab Pemeriksaan,

Drs. Heru Prasetyo, M.M., Ak., CA
""", label("request", fields={
        "name": "Ratna Kusumawati, S.E., M.Ak.", "institution": "BPK Perwakilan Provinsi Jawa Tengah",
        "phone": "0813-9012-7788", "access_rights": ["database-readonly"],
        "purpose": "pengujian data dalam Pemeriksaan Kinerja atas Efektivitas Pengadaan Barang/Jasa",
        "period_start": "2026-12-01", "period_end": "2026-12-11",
        "letter_number": "88/S/XVIII.SMG/11/2026", "letter_date": "2026-11-25"},
        note="BPK letter: the Nomor and the place-and-date share one line. The surat tugas (number, 16 November, "
             "40 days from 16 November) is a decoy. 'hak baca saja (read only)' is database-readonly; VPN is not "
             "named. Dates in dd-mm-yyyy with 'sampai dengan'. Signed by someone else than the user."))

    yield ("g005-request-bpkp-form-checkboxes-hari-kerja", f"""\
Return-Path: <yohana.putri@bpkp.go.id>
Date: Thu, 26 Nov 2026 08:32:55 +0700
From: "Yohana Christiani Putri" <yohana.putri@bpkp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <7c1e0b8e-54a1-4d0f-9f7e-2a1c9e3bd012@bpkp.go.id>
Subject: Formulir permohonan remote akses - Perwakilan BPKP Jateng
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit
User-Agent: Mozilla Thunderbird

Selamat pagi,

Bersama ini kami sampaikan isian formulir permohonan remote akses.

FORMULIR PERMOHONAN REMOTE AKSES LPSE KOTA SALATIGA
-------------------------------------------------
Nama Pengguna  : Yohana Christiani Putri, S.E.
NIP            : 19900312 201503 2 004
Instansi       : Perwakilan BPKP Provinsi Jawa Tengah
No. HP         : 0856-4100-2291
Hak Akses (beri tanda X):
   [X] VPN
   [ ] SSH
   [X] Database (read only)
   [ ] Admin SPSE
Tujuan         : Audit tujuan tertentu atas pengadaan barang/jasa Tahun
                 Anggaran 2026
Waktu          : 3 (tiga) hari kerja terhitung mulai Kamis, 3 Desember 2026
-------------------------------------------------

Terima kasih.

Salam,
Yohana
""", label("request", fields={
        "name": "Yohana Christiani Putri, S.E.", "institution": "Perwakilan BPKP Provinsi Jawa Tengah",
        "phone": "0856-4100-2291", "access_rights": ["vpn", "database-readonly"],
        "purpose": "Audit tujuan tertentu atas pengadaan barang/jasa Tahun Anggaran 2026",
        "period_start": "2026-12-03", "period_end": "2026-12-07",
        "letter_number": None, "letter_date": None},
        note="Text form with [X]/[ ] checkboxes: only the ticked rights count. '3 hari kerja mulai Kamis, 3 "
             "Desember' is Thu 3, Fri 4 and Mon 7 (the weekend is skipped). NIP is not a phone. The purpose "
             "value wraps onto a second line."))

    yield ("g006-request-inspektorat-short-no-year", f"""\
Return-Path: <inspektorat@salatiga.go.id>
Date: Thu, 26 Nov 2026 07:58:03 +0700
From: Sekretariat Inspektorat <inspektorat@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <20261126005803.6A1B2C0453@mail.salatiga.go.id>
Subject: Permohonan akses remote - Inspektorat Daerah
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Selamat pagi,

Sehubungan dengan reviu atas pengadaan barang/jasa triwulan IV, Inspektorat
Daerah Kota Salatiga mohon diberikan akses remote ke SPSE untuk auditor kami,
Bp. Agung Wicaksono, mulai tgl 30/11 s.d. 4/12.

Akses yang diperlukan VPN dan database read only saja, tidak perlu SSH.

Terima kasih.

Sekretariat Inspektorat Daerah Kota Salatiga
""", label("request", fields={
        "name": "Agung Wicaksono", "institution": "Inspektorat Daerah Kota Salatiga",
        "phone": None, "access_rights": ["vpn", "database-readonly"],
        "purpose": "reviu atas pengadaan barang/jasa triwulan IV",
        "period_start": "2026-11-30", "period_end": "2026-12-04",
        "letter_number": None, "letter_date": None},
        note="Written by the secretariat for a named auditor ('Bp.' is an honorific). Day/month dates without a "
             "year ('30/11 s.d. 4/12') resolve to 2026 from the Date header. SSH is negated. No phone anywhere."))

    yield ("g007-request-university-dosen-for-student", f"""\
Return-Path: <theresia.wulan@uksw.edu>
Received: from mail-pj1-f48.google.com (mail-pj1-f48.google.com [209.85.216.48])
	by mx.salatiga.go.id (Postfix) with ESMTPS id 4QxK2b7Hf0z9vL
	for <lpse@salatiga.go.id>; Fri, 27 Nov 2026 10:40:19 +0700 (WIB)
MIME-Version: 1.0
From: "Dr. Theresia Wulan Sari" <theresia.wulan@uksw.edu>
Date: Fri, 27 Nov 2026 10:40:11 +0700
Message-ID: <CAJ5tW+ZbQx2d8Vn1s3PqLkR0uE@mail.gmail.com>
Subject: Permohonan Izin Akses Data SPSE untuk Penelitian Skripsi
To: {LPSE}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Nomor   : 215/FTI-UKSW/XI/2026
Hal     : Permohonan izin remote akses untuk penelitian

Salatiga, 26 November 2026

Yth. Kepala LPSE Kota Salatiga,

Dengan hormat,
Saya, Dr. Theresia Wulan Sari, M.Cs., dosen pembimbing pada Fakultas Teknologi
Informasi Universitas Kristen Satya Wacana, mengajukan permohonan remote akses
bagi mahasiswa bimbingan saya:

Nama          : Kevin Adi Nugraha
NIM           : 672019045
Program Studi : Sistem Informasi, Universitas Kristen Satya Wacana
No. HP        : 0896-5432-1100

Akses yang dibutuhkan hanya database read only (data paket tender 2023–2025
yang sudah selesai); tidak memerlukan akses Admin SPSE. Waktu penggunaan
selama bulan Desember 2026.

Tujuan: pengumpulan data penelitian skripsi berjudul "Analisis Waktu Proses
Tender pada LPSE Kota Salatiga Tahun 2023–2025".

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat saya,
Dr. Theresia Wulan Sari, M.Cs.
Dosen Fakultas Teknologi Informasi UKSW
''')}""", label("request", fields={
        "name": "Kevin Adi Nugraha", "institution": "Universitas Kristen Satya Wacana",
        "phone": "0896-5432-1100", "access_rights": ["database-readonly"],
        "purpose": "pengumpulan data penelitian skripsi",
        "period_start": "2026-12-01", "period_end": "2026-12-31",
        "letter_number": "215/FTI-UKSW/XI/2026", "letter_date": "2026-11-26"},
        note="A lecturer writes for her student: the user is the student, not the sender. 'selama bulan Desember "
             "2026' is the whole month. Years 2023-2025 (en dash, QP-encoded) are decoys. Admin SPSE is negated."))

    yield ("g008-request-dinas-it-evening-window", f"""\
Return-Path: <galih.p@disdukcapil.salatiga.go.id>
Date: Wed, 25 Nov 2026 16:12:40 +0700
From: Galih Pamungkas <galih.p@disdukcapil.salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <5f0a8c3e21b9e@disdukcapil.salatiga.go.id>
Subject: Permintaan akses SSH untuk uji integrasi NIK
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
User-Agent: Roundcube Webmail/1.6.9

Dengan hormat,

Kami dari Bidang PIAK Dinas Kependudukan dan Pencatatan Sipil Kota Salatiga
bermaksud melakukan uji integrasi layanan verifikasi NIK dengan server SPSE.
Untuk itu kami mengajukan permintaan akses SSH atas nama saya sendiri pada
Kamis, 3 Desember 2026 pukul 19.00 s.d. 23.00 WIB (di luar jam layanan).

Terima kasih.

--
Galih Pamungkas, A.Md.
Pranata Komputer
Disdukcapil Kota Salatiga
Telp. 0813-2567-8890
""", label("request", fields={
        "name": "Galih Pamungkas, A.Md.", "institution": "Dinas Kependudukan dan Pencatatan Sipil Kota Salatiga",
        "phone": "0813-2567-8890", "access_rights": ["ssh"],
        "purpose": "uji integrasi layanan verifikasi NIK dengan server SPSE",
        "period_start": "2026-12-03", "period_end": "2026-12-03",
        "letter_number": None, "letter_date": None},
        note="A city agency's IT staff asking for himself, a four-hour evening window on one day: start and end "
             "are the same date. The times 19.00 and 23.00 use a dot."))

    pdf9 = build_pdf_letter([
        "**PT NUSANTARA INFRASTRUKTUR DATA**",
        "Gedung Graha Mitra Lt. 7, Jl. Gatot Subroto Kav. 21, Jakarta Selatan",
        "",
        "Nomor     : NID/0112/XI/2026                               Jakarta, 24 November 2026",
        "Lampiran  : -",
        "Perihal   : Permohonan Remote Akses",
        "",
        "Kepada Yth. Kepala LPSE Kota Salatiga",
        "",
        "Dengan hormat,",
        "Sehubungan dengan pekerjaan konfigurasi ulang jaringan pusat data, kami menugaskan tenaga ahli kami:",
        "",
        "     Nama       : Stefanus Hadi Wijaya",
        "     Jabatan    : Network Engineer",
        "     No. HP     : 0821-1000-4321",
        "",
        "untuk melakukan konfigurasi ulang tunnel VPN site-to-site dan hardening server.",
        "Akses yang dimohon: VPN dan SSH.",
        "Waktu pelaksanaan: Selasa, 8 Desember 2026 s.d. Rabu, 9 Desember 2026.",
        "",
        "Demikian permohonan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.",
        "",
        "Hormat kami,",
        "PT Nusantara Infrastruktur Data",
        "",
        "",
        "Yuliana Kartika",
        "Manajer Operasional",
    ])
    yield ("g009-request-pdf-letter-one-line-body", f"""\
Return-Path: <admin@nusantarainfra.co.id>
Date: Tue, 24 Nov 2026 14:05:33 +0700
From: Admin PT Nusantara Infra <admin@nusantarainfra.co.id>
To: lpse@salatiga.go.id
Message-ID: <a91c77f0e2d84b6c@nusantarainfra.co.id>
Subject: Surat Permohonan Remote Akses
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88213_1420376811.1795590333"

------=_Part_88213_1420376811.1795590333
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Terlampir surat permohonan remote akses dari PT Nusantara Infrastruktur Data.

------=_Part_88213_1420376811.1795590333
Content-Type: application/pdf; name="Surat Permohonan Remote Akses LPSE Salatiga.pdf"
Content-Disposition: attachment; filename="Surat Permohonan Remote Akses LPSE Salatiga.pdf"
Content-Transfer-Encoding: base64

{b64(pdf9)}
------=_Part_88213_1420376811.1795590333--
""", label("request", fields={
        "name": "Stefanus Hadi Wijaya", "institution": "PT Nusantara Infrastruktur Data",
        "phone": "0821-1000-4321", "access_rights": ["vpn", "ssh"],
        "purpose": "konfigurasi ulang tunnel VPN site-to-site dan hardening server",
        "period_start": "2026-12-08", "period_end": "2026-12-09",
        "letter_number": "NID/0112/XI/2026", "letter_date": "2026-11-24"},
        note="One-line body; every field is in the attached PDF letter. 'VPN' also occurs in the purpose "
             "('tunnel VPN site-to-site'); the rights line names VPN and SSH. The signer is not the user."))

    docx10 = build_docx_letter(
        ["CV ANUGRAH DATA", "Jl. Diponegoro No. 45, Salatiga", "",
         "Nomor : 019/AD/XI/2026", "Perihal : Permohonan Remote Akses", "", "Salatiga, 27 November 2026", "",
         "Kepada Yth. Kepala Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga", "",
         "Dengan hormat,",
         "Bersama ini kami mengajukan permohonan remote akses untuk petugas kami dengan rincian sebagai berikut:"],
        [("Nama", "Lukas Setiawan"), ("Jabatan", "Programmer"), ("No. HP", "0857-2929-1010"),
         ("Hak Akses", "SSH dan database read only"),
         ("Periode", "14 – 16 Desember 2026"),
         ("Keperluan", "Sinkronisasi data RUP ke aplikasi monitoring pengadaan")],
        ["", "Demikian permohonan kami, atas perhatiannya kami ucapkan terima kasih.", "",
         "Hormat kami,", "CV Anugrah Data", "", "", "Maria Goretti Susanti", "Pimpinan"])
    yield ("g010-request-docx-table-yahoo", f"""\
Return-Path: <cv.anugrahdata@yahoo.co.id>
Received: from sonic312-22.consmr.mail.sg3.yahoo.com (sonic312-22.consmr.mail.sg3.yahoo.com [106.10.244.212])
	by mx.salatiga.go.id (Postfix) with ESMTPS id 4QxL0c9Fq2z9vM
	for <lpse@salatiga.go.id>; Fri, 27 Nov 2026 13:22:51 +0700 (WIB)
Date: Fri, 27 Nov 2026 06:22:44 +0000 (UTC)
From: CV Anugrah Data <cv.anugrahdata@yahoo.co.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Message-ID: <1849201375.2210984.1795760564123@mail.yahoo.com>
Subject: permohonan akses
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_2210983_611239475.1795760564122"
X-Mailer: WebService/1.1.22915 YMailNorrin

------=_Part_2210983_611239475.1795760564122
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dengan hormat, bersama ini kami lampirkan surat permohonan kami. Terima kasih.
------=_Part_2210983_611239475.1795760564122
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="surat permohonan remote akses CV Anugrah Data.docx"

{b64(docx10)}
------=_Part_2210983_611239475.1795760564122--
""", label("request", fields={
        "name": "Lukas Setiawan", "institution": "CV Anugrah Data", "phone": "0857-2929-1010",
        "access_rights": ["ssh", "database-readonly"],
        "purpose": "Sinkronisasi data RUP ke aplikasi monitoring pengadaan",
        "period_start": "2026-12-14", "period_end": "2026-12-16",
        "letter_number": "019/AD/XI/2026", "letter_date": "2026-11-27"},
        note="Yahoo mail whose body only points at the attachment; the DOCX letter has a two-column table. The "
             "period uses an en dash ('14 – 16 Desember 2026'). The signer (Pimpinan) is not the user."))

    yield ("g011-request-english-malaysian-vendor", """\
Return-Path: <weiming.tan@helixsecure.com.my>
Date: Thu, 26 Nov 2026 16:20:00 +0800
From: Tan Wei Ming <weiming.tan@helixsecure.com.my>
To: lpse@salatiga.go.id
Cc: nur.aisyah@helixsecure.com.my
Message-ID: <MY2PR01MB4410C3E0A97F1B2D8E5A6C11D1A72@MY2PR01MB4410.apcprd01.prod.outlook.com>
Subject: Request for remote access - penetration test retest
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear LPSE Kota Salatiga team,

Further to our engagement with the Bagian Pengadaan Barang dan Jasa for the
annual security assessment (contract signed 5 October 2026), we would like to
request remote access for our consultant:

Name:            Nur Aisyah binti Rahman
Company:         Helix Secure Sdn. Bhd. (Kuala Lumpur)
Mobile:          +60 12-345 6789
Access required: VPN and SSH only (we do not need database or SPSE admin access)
Purpose:         Retest of findings from the October 2026 penetration test
Period:          2 December 2026 to 4 December 2026

Please let me know if you need a formal letter from our director.

Best regards,
Tan Wei Ming
Engagement Manager, Helix Secure Sdn. Bhd.
""", label("request", fields={
        "name": "Nur Aisyah binti Rahman", "institution": "Helix Secure Sdn. Bhd.", "phone": "+60 12-345 6789",
        "access_rights": ["vpn", "ssh"], "purpose": "Retest of findings from the October 2026 penetration test",
        "period_start": "2026-12-02", "period_end": "2026-12-04",
        "letter_number": None, "letter_date": None},
        note="English, from a foreign vendor in +0800; the manager writes for his consultant. A Malaysian +60 "
             "number (not +62). Database and SPSE admin are negated. The contract date is a decoy."))

    yield ("g012-request-forwarded-by-admin-from-personal-mail", f"""\
Return-Path: <admin.lpse@salatiga.go.id>
Date: Wed, 25 Nov 2026 07:41:19 +0700
From: "Heru - Admin LPSE" <admin.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <e3b0c44298fc1c14@salatiga.go.id>
Subject: Fwd: permohonan remote akses PT Sinar Teknologi
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Diteruskan ke kotak LPSE, permohonan ini masuk ke email pribadi saya semalam.
Mohon diproses seperti biasa.

Heru

---------- Forwarded message ---------
From: Andreas Kurniawan <andreas@sinartek.id>
Date: Sel, 24 Nov 2026 pukul 20.11
Subject: permohonan remote akses PT Sinar Teknologi
To: Heru <heru.lpse@gmail.com>


Malam Pak Heru,

Sesuai obrolan tadi siang, kami mohon dibuatkan akun remote akses untuk
teknisi kami:

Nama      : Ikhsan Maulana
HP        : 0815-7788-6655
Akses     : VPN
Keperluan : instalasi agen monitoring backup
Tanggal   : Rabu, 2 Desember 2026

Terima kasih Pak.

Andreas Kurniawan
Project Manager
PT Sinar Teknologi Indonesia
0811-290-3344
""", label("request", fields={
        "name": "Ikhsan Maulana", "institution": "PT Sinar Teknologi Indonesia", "phone": "0815-7788-6655",
        "access_rights": ["vpn"], "purpose": "instalasi agen monitoring backup",
        "period_start": "2026-12-02", "period_end": "2026-12-02",
        "letter_number": None, "letter_date": None},
        note="The admin forwards (Gmail-style) a request sent to his personal address. The user is the "
             "technician, not the admin, not Andreas (whose phone is in the signature). A single day."))

    body13 = """\
Yth. Admin LPSE Kota Salatiga,

Mewakili Bapak Direktur kami, Ir. Harjono Santoso, M.T., yang sedang dalam
perjalanan dinas, kami sampaikan permohonan remote akses untuk tenaga teknis
kami sebagai berikut:

Nama teknisi    : Bayu Setiadi Nugroho
No. HP teknisi  : 0822-4567-1212
Hak akses       : VPN, database (read-only)
Keperluan       : pengecekan “replikasi” database cadangan SPSE
Jadwal          : 7 Desember 2026 – 9 Desember 2026

Surat resmi bertanda tangan Direktur akan kami susulkan.

Hormat kami,
Dyah Ayu Lestari
Sekretaris Direksi
PT Graha Sistem Informatika
Telp. (024) 7601234
"""
    yield ("g013-request-secretary-for-director-cp1252", f"""\
Return-Path: <sekretariat@grahasistem.co.id>
Date: Fri, 27 Nov 2026 09:15:02 +0700
From: Sekretariat PT Graha Sistem <sekretariat@grahasistem.co.id>
To: <lpse@salatiga.go.id>
Message-ID: <000601db40ab$2c1d7e80$84587b80$@grahasistem.co.id>
Subject: Permohonan Remote Akses a.n. Direktur PT Graha Sistem Informatika
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Content-Language: id

{qp(body13, "cp1252")}""", label("request", fields={
        "name": "Bayu Setiadi Nugroho", "institution": "PT Graha Sistem Informatika", "phone": "0822-4567-1212",
        "access_rights": ["vpn", "database-readonly"],
        "purpose": "pengecekan replikasi database cadangan SPSE",
        "period_start": "2026-12-07", "period_end": "2026-12-09",
        "letter_number": None, "letter_date": None},
        note="A secretary writes on behalf of the director for a technician: name and phone are the technician's. "
             "Windows-1252 QP with curly quotes and an en dash between the dates. The office phone is a decoy."))

    body14 = """\
Dengan hormat,

Kami PT Mediatama Solusi Digital mengajukan permohonan remote akses untuk
pemasangan sertifikat SSL baru pada server SPSE LPSE Kota Salatiga.

Petugas            : Ferry Gunawan
Kontak             : 081390001122
Akses yang dibutuh : VPN dan Remote Desktop (RDP) ke server Windows
Waktu              : tanggal 30 Nopember 2026 s.d. 1 Desember 2026

Terima kasih atas kerja samanya.

Ferry Gunawan
PT Mediatama Solusi Digital
"""
    yield ("g014-request-encoded-subject-base64-nopember-rdp", f"""\
Return-Path: <ferry.gunawan@mediatama.net.id>
Date: Mon, 23 Nov 2026 03:12:45 +0000
From: =?UTF-8?B?RmVycnkgR3VuYXdhbiDigJMgTWVkaWF0YW1h?= <ferry.gunawan@mediatama.net.id>
To: lpse@salatiga.go.id
Message-ID: <20261123031245.GA41872@mediatama.net.id>
Subject: =?UTF-8?B?UGVybW9ob25hbiBSZW1vdGUgQWtzZXMg4oCTIFBUIE1lZGlhdGFtYSBTb2x1c2kgRGlnaXRhbA==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(body14.encode())}
""", label("request", fields={
        "name": "Ferry Gunawan", "institution": "PT Mediatama Solusi Digital", "phone": "081390001122",
        "purpose": "pemasangan sertifikat SSL baru pada server SPSE",
        "period_start": "2026-11-30", "period_end": "2026-12-01",
        "letter_number": None, "letter_date": None},
        note="Encoded-word From and Subject (en dash), base64 body, Date in +0000. 'Nopember' is the old spelling. "
             "access_rights is left out: RDP is outside the vocabulary, next to VPN."))


# ----------------------------------------------------------------------------------------------------------------
# Thread traffic: info replies, closures, non-closures, extensions, withdrawal
# ----------------------------------------------------------------------------------------------------------------

def thread_traffic():
    rina = "Rina Wulandari <rina.wulandari@cvsentosa.id>"
    budi = "Budi Santoso <budi.santoso@majujaya.co.id>"
    s8 = "[RA-2026-0008] Data permohonan remote akses belum lengkap"
    s7 = "[RA-2026-0007] Akun remote akses Anda telah dibuat"

    yield ("g015-info-reply-tag-labelled-gmail-quote", f"""\
Return-Path: <rina.wulandari@cvsentosa.id>
Date: Tue, 24 Nov 2026 11:27:05 +0700
From: {rina}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <CAB9v0pX3nW5Hq1Zk7Lm2cYe4o@mail.gmail.com>
In-Reply-To: {NEEDINFO_0008}
References: {NEEDINFO_0008}
Subject: Re: {s8}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Yth. Admin LPSE,

Berikut kami lengkapi datanya:
Hak akses : VPN dan SSH
Waktu     : Selasa, 1 Desember 2026 s.d. Kamis, 3 Desember 2026

Salam,
Rina Wulandari
CV Sentosa Informatika

Pada Sen, 23 Nov 2026 pukul 10.02 LPSE Kota Salatiga <lpse@salatiga.go.id>
menulis:

{quote(NEEDINFO_TEXT)}
""", label("info_reply", "RA-2026-0008", fields={
        "access_rights": ["vpn", "ssh"], "period_start": "2026-12-01", "period_end": "2026-12-03"},
        note="Labelled lines above a Gmail quote whose header wraps over two lines. The quoted need_info mail "
             "contains example dates (25-27 November) and the whole rights vocabulary: decoys."))

    yield ("g016-info-reply-outlook-prose-in-reply-to-only", f"""\
Return-Path: <rina.wulandari@cvsentosa.id>
Date: Wed, 25 Nov 2026 13:03:44 +0700
From: {rina}
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Message-ID: <000b01db3ef2$9a4c1d20$cee45760$@cvsentosa.id>
In-Reply-To: {NEEDINFO_0008}
Subject: RE: Data permohonan remote akses belum lengkap
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbPvKaTB0gzuRXYHPn2gAbCqzW8w==

Selamat siang Bapak/Ibu,

Mohon maaf terlambat membalas. Yang akan menggunakan akses adalah teknisi kami,
Sdr. Fajar Nugroho, S.Kom., nomor HP 0858-6677-3344. Keperluannya untuk
migrasi modul e-katalog lokal ke server baru.

Terima kasih.

Rina Wulandari

Dari: LPSE Kota Salatiga <lpse@salatiga.go.id>
Dikirim: Senin, 23 November 2026 10.02
Kepada: rina.wulandari@cvsentosa.id
Perihal: {s8}

{NEEDINFO_TEXT}
""", label("info_reply", "RA-2026-0008", fields={
        "name": "Fajar Nugroho, S.Kom.", "phone": "0858-6677-3344",
        "purpose": "migrasi modul e-katalog lokal ke server baru"},
        note="Outlook reply: the subject lost the tag, threading is by In-Reply-To only. Prose names the "
             "technician (not the sender). The unquoted original after 'Dari:/Dikirim:/Kepada:/Perihal:' "
             "holds example dates and rights that are not the answer."))

    yield ("g017-info-reply-html-only-ralat", f"""\
Return-Path: <rina.wulandari@cvsentosa.id>
Date: Thu, 26 Nov 2026 19:48:10 +0700
From: {rina}
To: lpse@salatiga.go.id
Message-ID: <3F6A2B1C-9E8D-4C7B-A1F0-5D2E4B6C8A90@cvsentosa.id>
References: {NEEDINFO_0008}
Subject: Re: {s8}
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Maaf Bapak/Ibu, ralat: periodenya tgl 3-4 Des 2026 saja, dan cukup akses database read-only, tidak perlu SSH.</div><div dir="ltr"><br></div><div dir="ltr">Terima kasih,</div><div dir="ltr">Rina</div><div dir="ltr"><br>Dikirim dari ponsel saya</div><div dir="ltr"><br><blockquote type="cite">Pada 23 Nov 2026, pukul 10.02, LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt; menulis:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">''' + NEEDINFO_HTML + '''</div></blockquote></body></html>
''')}""", label("info_reply", "RA-2026-0008", fields={
        "access_rights": ["database-readonly"], "period_start": "2026-12-03", "period_end": "2026-12-04"},
        note="HTML-only phone reply, threaded by References only (with the tag). 'tgl 3-4 Des 2026' is an "
             "abbreviated month with a hyphen range; SSH is negated. The quote is in a blockquote."))

    yield ("g018-closure-tag-gmail-quotes-credentials", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Mon, 30 Nov 2026 16:45:31 +0700
From: {budi}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <CAD2mPq7+Vx0rT4bN8sKe1Lw9zY@mail.gmail.com>
In-Reply-To: {CRED_0007}
References: {ACK_0007} {CRED_0007}
Subject: Re: {s7}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Yth. Admin LPSE,

Pekerjaan pemeliharaan server telah selesai kami laksanakan hari ini. Mohon
akun remote akses atas nama kami dapat ditutup.

Terima kasih atas bantuannya.

Budi Santoso
PT Maju Jaya Teknologi

On Mon, Nov 16, 2026 at 2:31 PM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:

{quote(CRED_TEXT)}
""", label("closure", "RA-2026-0007",
        note="The requester's closure by tag and In-Reply-To, with an English Gmail quote header over the "
             "credentials mail (which itself says 'agar akun ditutup')."))

    yield ("g019-closure-outlook-new-subject-in-reply-to", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Fri, 27 Nov 2026 15:58:20 +0700
From: {budi}
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Message-ID: <000c01db4073$5e2a9c10$1a7fd430$@majujaya.co.id>
In-Reply-To: {CRED_0007}
Subject: Penutupan akun remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

Selamat sore Pak Heru,

Akun remote akses kami sudah tidak diperlukan lagi karena pekerjaan sudah
beres. Silakan dinonaktifkan.

Terima kasih,
Budi

-----Original Message-----
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Monday, November 16, 2026 2:31 PM
To: budi.santoso@majujaya.co.id
Subject: {s7}

{CRED_TEXT}
""", label("closure", "RA-2026-0007",
        note="Outlook reply with a new subject (no tag) and In-Reply-To only. No 'selesai': 'sudah tidak "
             "diperlukan lagi', 'beres', 'dinonaktifkan'."))

    yield ("g020-closure-colleague-not-requester-alert", f"""\
Return-Path: <slamet.riyadi@majujaya.co.id>
Date: Sat, 28 Nov 2026 10:12:09 +0700
From: Slamet Riyadi <slamet.riyadi@majujaya.co.id>
To: lpse@salatiga.go.id
Cc: budi.santoso@majujaya.co.id
Message-ID: <CAK0zR3s8Ln6Vb2Qp1Yd7Mf4Xw@mail.gmail.com>
In-Reply-To: {CRED_0007}
References: {ACK_0007} {CRED_0007}
Subject: Re: Fwd: {s7}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Selamat pagi,

Pak Budi sedang cuti, pekerjaan beliau saya lanjutkan. Pekerjaan sudah selesai
kemarin, jadi akun remote akses bisa ditutup.

Salam,
Slamet Riyadi
PT Maju Jaya Teknologi
""", label("closure", "RA-2026-0007", alert=True,
        note="A closure in the thread from a colleague at the same company, not the requester or an admin: shown "
             "to the admins, not applied."))

    yield ("g021-closure-from-admin-phone-call", f"""\
Return-Path: <admin.lpse@salatiga.go.id>
Date: Mon, 30 Nov 2026 08:20:14 +0700
From: "Heru - Admin LPSE" <admin.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <5d41402abc4b2a76@salatiga.go.id>
Subject: [RA-2026-0007] Penutupan akun PT Maju Jaya Teknologi
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Pak Budi Santoso mengabarkan lewat telepon pagi ini bahwa pekerjaan sudah
selesai. Mohon akun remote akses RA-2026-0007 ditutup hari ini.

Heru
""", label("closure", "RA-2026-0007",
        note="The admin closes by tag on the requester's behalf (phone call): an admin may."))

    yield ("g022-closure-english-iphone-references-only", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Thu, 26 Nov 2026 21:03:57 +0700
From: {budi}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <6B1E0C7A-2F4D-4A8B-9C3E-7D5F1A2B3C4D@majujaya.co.id>
References: {ACK_0007} {CRED_0007}
Subject: Re: Remote access account
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
X-Mailer: iPhone Mail (22B91)

Hi, the job is done on our side, you can revoke the VPN account now. Thanks.

Budi

Sent from my iPhone
""", label("closure", "RA-2026-0007",
        note="English, iPhone, no tag, no In-Reply-To: threaded by References only. 'the job is done', 'revoke'."))

    yield ("g023-unrelated-hampir-selesai-in-thread", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Wed, 25 Nov 2026 17:30:22 +0700
From: {budi}
To: lpse@salatiga.go.id
Message-ID: <CAD2mPq7+a91XkQ0s5Tn3Wv8Lr@mail.gmail.com>
In-Reply-To: {CRED_0007}
References: {ACK_0007} {CRED_0007}
Subject: Re: {s7}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Sore Pak,

Update: pekerjaan migrasi hampir selesai, tinggal pengujian akhir besok.
Kalau sudah selesai nanti kami kabari supaya akunnya ditutup.

Budi
""", label("unrelated", "RA-2026-0007",
        note="Not a closure: 'hampir selesai' and a promise to say when it is done. In-thread status mail, "
             "none of the actionable kinds, so unrelated with the thread's number and no alert."))

    yield ("g024-unrelated-belum-bisa-ditutup", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Fri, 27 Nov 2026 09:05:48 +0700
From: {budi}
To: lpse@salatiga.go.id
Message-ID: <CAD2mPq7+Rr6uE2c0Vb9Kz1Ql@mail.gmail.com>
In-Reply-To: {CRED_0007}
References: {ACK_0007} {CRED_0007}
Subject: Re: {s7}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Pagi Pak Heru,

Menjawab pertanyaan Bapak lewat WA kemarin: akun belum bisa ditutup, karena
proses restore database masih berjalan. Masa berlakunya masih sampai 4 Desember,
jadi cukup. Nanti kami kabari kalau sudah selesai.

Terima kasih,
Budi
""", label("unrelated", "RA-2026-0007",
        note="Not a closure ('belum bisa ditutup') and not an extension (the current end date is 'cukup'). "
             "In-thread, no action, no alert."))

    yield ("g025-extension-tag-sampai-dengan", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Mon, 30 Nov 2026 10:10:10 +0700
From: {budi}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <CAD2mPq7+e4Wq8Nn2Lk0Jb5Xs@mail.gmail.com>
Subject: [RA-2026-0007] Permohonan perpanjangan remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Yth. Admin LPSE Kota Salatiga,

Dengan hormat, kami mohon perpanjangan masa berlaku akun remote akses kami
sampai dengan Jumat, 11 Desember 2026, karena proses migrasi data membutuhkan
waktu lebih lama dari perkiraan.

Terima kasih.

Budi Santoso
PT Maju Jaya Teknologi
""", label("extension", "RA-2026-0007",
        note="A new message (no In-Reply-To) with the tag in the subject: 'mohon perpanjangan ... sampai dengan'."))

    html26 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">PERPANJANG 3 hari kerja.<o:p></o:p></p>
<p class="MsoNormal">Ada kendala lisensi di sisi vendor database, jadi pekerjaan mundur.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Budi<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt;<br>
<b>Sent:</b> Monday, November 16, 2026 2:31 PM<br><b>To:</b> budi.santoso@majujaya.co.id<br>
<b>Subject:</b> [RA-2026-0007] Akun remote akses Anda telah dibuat<o:p></o:p></p></div>
<p class="MsoNormal">""" + CRED_TEXT.replace("\n", "<br>\n") + """</p>
</div></body></html>
"""
    text26 = ("PERPANJANG 3 hari kerja.\n\nAda kendala lisensi di sisi vendor database, jadi pekerjaan mundur.\n\n"
              "Budi\n\nFrom: LPSE Kota Salatiga <lpse@salatiga.go.id>\nSent: Monday, November 16, 2026 2:31 PM\n"
              "To: budi.santoso@majujaya.co.id\nSubject: [RA-2026-0007] Akun remote akses Anda telah dibuat\n\n"
              + CRED_TEXT + "\n")
    yield ("g026-extension-perpanjang-outlook-html", f"""\
Return-Path: <budi.santoso@majujaya.co.id>
Date: Mon, 30 Nov 2026 08:55:00 +0700
From: {budi}
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Message-ID: <000d01db4521$7f3a2b40$7dae81c0$@majujaya.co.id>
In-Reply-To: {CRED_0007}
References: {CRED_0007}
Subject: RE: {s7}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_000_000E_01DB4521.7F3A2B40"
X-Mailer: Microsoft Outlook 16.0

This is a multipart message in MIME format.

------=_NextPart_000_000E_01DB4521.7F3A2B40
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

{text26}
------=_NextPart_000_000E_01DB4521.7F3A2B40
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(html26, "ascii")}
------=_NextPart_000_000E_01DB4521.7F3A2B40--
""", label("extension", "RA-2026-0007",
        note="The reply keyword PERPANJANG on top of an Outlook reply (text and HTML), tagged and In-Reply-To."))

    yield ("g027-withdrawal-reply-to-ack-dibatalkan", f"""\
Return-Path: <andi.pratama@lkpp.go.id>
Date: Tue, 24 Nov 2026 09:31:40 +0700
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <SG2PR06MB5317F0A1B2C3D4E5F6A7B8C9D0A95@SG2PR06MB5317.apcprd06.prod.outlook.com>
In-Reply-To: {ACK_0009}
References: {ACK_0009}
Subject: RE: [RA-2026-0009] Permohonan remote akses telah diterima
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yth. Admin LPSE,

Dengan ini kami mohon permohonan remote akses kami dibatalkan, karena jadwal
pemutakhiran SPSE dipindahkan ke Januari 2027. Permohonan baru akan kami
kirimkan kemudian.

Terima kasih.

Andi Pratama
Direktorat PSPSE - LKPP

________________________________
Dari: LPSE Kota Salatiga <lpse@salatiga.go.id>
Dikirim: Senin, 23 November 2026 08.10
Kepada: Andi Pratama <andi.pratama@lkpp.go.id>
Perihal: [RA-2026-0009] Permohonan remote akses telah diterima

{ACK_0009_TEXT}
""", label("withdrawal", "RA-2026-0009",
        note="The requester withdraws a pending request in reply to the ack ('mohon ... dibatalkan'). The mention "
             "of a future new request does not make it a request."))


# ----------------------------------------------------------------------------------------------------------------
# Approval replies
# ----------------------------------------------------------------------------------------------------------------

def approvals():
    sri = "Sri Handayani <kasubag.lpse@salatiga.go.id>"
    s9 = "[RA-2026-0009] Mohon persetujuan permohonan remote akses"
    s12 = "[RA-2026-0012] Mohon persetujuan permohonan remote akses"
    auth_ok = ("Authentication-Results: mx.salatiga.go.id; dkim=pass header.d=salatiga.go.id; "
               "spf=pass smtp.mailfrom=salatiga.go.id; dmarc=pass header.from=salatiga.go.id")

    yield ("g028-approval-setuju-outlook-original-message", f"""\
Return-Path: <kasubag.lpse@salatiga.go.id>
{auth_ok}
Date: Tue, 24 Nov 2026 08:02:13 +0700
From: {sri}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <001101db3e13$a1b2c3d4$e5f6a7b8$@salatiga.go.id>
In-Reply-To: {APPR_0009_K}
References: {APPR_0009_K}
Subject: RE: {s9}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

SETUJU

Sri Handayani
Kasubag Pengelolaan LPSE

-----Original Message-----
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Monday, November 23, 2026 8:10 AM
To: kasubag.lpse@salatiga.go.id
Subject: {s9}

{APPR_0009_TEXT}
""", label("approval_reply", "RA-2026-0009", decision="approve",
        note="The Kasubag replies SETUJU to her own approval mail; the unquoted original below "
             "'-----Original Message-----' holds both SETUJU and TOLAK."))

    yield ("g029-approval-tolak-reason-gmail-quote", f"""\
Return-Path: <kasubag.lpse@salatiga.go.id>
{auth_ok}
Date: Wed, 25 Nov 2026 10:44:51 +0700
From: {sri}
To: lpse@salatiga.go.id
Message-ID: <20261125034451.B7E2C1A0F3@mail.salatiga.go.id>
In-Reply-To: {APPR_0012_K}
References: {APPR_0012_K}
Subject: Re: {s12}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

TOLAK jadwalnya bertepatan dengan pemeliharaan server pusat data tanggal 1-3 Desember, mohon diajukan ulang setelahnya.

Pada Sen, 23 Nov 2026 pukul 09.15, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(APPR_0012_TEXT)}
""", label("approval_reply", "RA-2026-0012", decision="reject",
        reason="jadwalnya bertepatan dengan pemeliharaan server pusat data tanggal 1-3 Desember, mohon diajukan "
               "ulang setelahnya.",
        note="TOLAK with the reason on the same line; an Indonesian Gmail quote header."))

    yield ("g030-approval-backup-ditolak-comma", f"""\
Return-Path: <sekretaris.bpbj@salatiga.go.id>
{auth_ok}
Date: Thu, 26 Nov 2026 13:20:00 +0700
From: Agus Widodo <sekretaris.bpbj@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <20261126062000.4C9D8E7F6A@mail.salatiga.go.id>
In-Reply-To: {APPR_0009_S}
References: {APPR_0009_S}
Subject: Re: {s9}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Ditolak, surat tugas dari LKPP untuk petugasnya belum kami terima.

Agus Widodo
Sekretaris Bagian Pengadaan Barang dan Jasa

On 23/11/2026 08:10, LPSE Kota Salatiga wrote:
{quote(APPR_0009_TO_AGUS)}
""", label("approval_reply", "RA-2026-0009", decision="reject",
        reason="surat tugas dari LKPP untuk petugasnya belum kami terima.",
        note="The backup approver rejects in reply to the approval mail sent to him ('Ditolak,' then the "
             "reason); Thunderbird-style English quote header with a numeric date."))

    yield ("g031-approval-unclear-cek-dulu", f"""\
Return-Path: <kasubag.lpse@salatiga.go.id>
{auth_ok}
Date: Mon, 23 Nov 2026 14:05:37 +0700
From: {sri}
To: lpse@salatiga.go.id
Message-ID: <20261123070537.9A8B7C6D5E@mail.salatiga.go.id>
In-Reply-To: {APPR_0012_K}
References: {APPR_0012_K}
Subject: Re: {s12}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Saya cek dulu dengan Pak Kabag, besok saya kabari.

Sri

Pada Sen, 23 Nov 2026 pukul 09.15, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(APPR_0012_TEXT)}
""", label("approval_reply", "RA-2026-0012", decision="unclear",
        note="An accepted approver reply (right address, right approval id) with no decision word in the new "
             "text; the quote has both."))

    yield ("g032-approval-spoof-tag-only-spf-fail-alert", """\
Return-Path: <noreply@mx-relay7.biz>
Received: from mx-relay7.biz (unknown [185.220.101.47])
	by mx.salatiga.go.id (Postfix) with ESMTP id 4QxC8d1Kp3z9vN
	for <lpse@salatiga.go.id>; Tue, 24 Nov 2026 22:51:02 +0700 (WIB)
Authentication-Results: mx.salatiga.go.id; spf=fail (sender IP is 185.220.101.47) smtp.mailfrom=mx-relay7.biz; dkim=none; dmarc=fail (p=quarantine) header.from=salatiga.go.id
Date: Tue, 24 Nov 2026 22:50:48 +0700
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
Reply-To: sri.handayani.kasubag@gmail.com
To: lpse@salatiga.go.id
Message-ID: <a7f3c2e1d0b9@mx-relay7.biz>
Subject: [RA-2026-0009] SETUJU
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

SETUJU. Mohon username dan password segera dikirim ke andi.pratama.lkpp@gmail.com
karena email kantornya sedang bermasalah.

Sri Handayani
""", label("approval_reply", "RA-2026-0009", decision=None, alert=True,
        note="Spoof: the From is the Kasubag's, but no In-Reply-To/References to her approval mail (tag only), "
             "SPF and DMARC fail, and it asks to send credentials elsewhere. No decision; admins are told."))

    yield ("g033-approval-iphone-html-lowercase-references", f"""\
Return-Path: <kasubag.lpse@salatiga.go.id>
{auth_ok}
Date: Tue, 24 Nov 2026 06:48:12 +0700
From: {sri}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <9C2D4E6F-1A3B-4C5D-8E7F-0A1B2C3D4E5F@salatiga.go.id>
References: {APPR_0012_K}
Subject: Re: {s12}
MIME-Version: 1.0 (1.0)
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: iPhone Mail (22B91)

{qp('''<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">oke disetujui, tolong dipantau sampai akunnya ditutup ya</div><div dir="ltr"><br></div><div dir="ltr">Dikirim dari iPhone saya</div><div dir="ltr"><br><blockquote type="cite">Pada 23 Nov 2026, pukul 09.15, LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt; menulis:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">''' + APPR_0012_HTML + '''</div></blockquote></body></html>
''')}""", label("approval_reply", "RA-2026-0012", decision="approve",
        note="HTML-only iPhone reply threaded by References only; lower-case 'disetujui' inside a sentence; the "
             "blockquote holds SETUJU and TOLAK."))


# ----------------------------------------------------------------------------------------------------------------
# Auto-replies and bounces
# ----------------------------------------------------------------------------------------------------------------

def mail_about_mail():
    yield ("g034-auto-reply-kasubag-diklat-auto-submitted", f"""\
Return-Path: <>
Date: Mon, 23 Nov 2026 09:15:40 +0700
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: <20261123021540.1F2E3D4C5B@mail.salatiga.go.id>
In-Reply-To: {APPR_0012_K}
References: {APPR_0012_K}
Subject: Balasan Otomatis: [RA-2026-0012] Mohon persetujuan permohonan remote akses
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Terima kasih atas email Bapak/Ibu. Saya sedang mengikuti Pelatihan
Kepemimpinan Administrator sampai dengan 27 November 2026. Untuk urusan yang
mendesak dan perlu persetujuan, silakan hubungi Bapak Agus Widodo
(sekretaris.bpbj@salatiga.go.id).
""", label("auto_reply", "RA-2026-0012",
        note="The approver's vacation reply to her approval mail (Auto-Submitted, empty Return-Path). It mentions "
             "'persetujuan' but is never a decision."))

    yield ("g035-auto-reply-dinas-luar-no-headers", f"""\
Return-Path: <andi.pratama@lkpp.go.id>
Date: Mon, 23 Nov 2026 08:10:31 +0700
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <SG2PR06MB5317AA01BB02CC03DD04EE05FF06A@SG2PR06MB5317.apcprd06.prod.outlook.com>
In-Reply-To: {ACK_0009}
References: {ACK_0009}
Subject: Re: [RA-2026-0009] Permohonan remote akses telah diterima
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Terima kasih atas email Anda.

Saat ini saya sedang dinas luar kota sampai dengan tanggal 2 Desember 2026
dengan akses email terbatas. Email Anda akan saya balas setelah kembali. Untuk
keperluan mendesak terkait SPSE silakan hubungi Layanan LKPP di nomor 144.

Pesan ini dikirim secara otomatis.
""", label("auto_reply", "RA-2026-0009",
        note="An out-of-office reply with no auto header at all and a plain 'Re:' subject, 21 seconds after our "
             "ack; only the text says it is automatic. It must not be read as a withdrawal or info."))

    yield ("g036-auto-reply-vendor-helpdesk-x-autoreply", f"""\
Return-Path: <helpdesk@dataprima.co.id>
Date: Tue, 24 Nov 2026 11:02:09 +0700
From: Helpdesk Data Prima <helpdesk@dataprima.co.id>
To: lpse@salatiga.go.id
Message-ID: <ticket.2026112410000871.reply@helpdesk.dataprima.co.id>
In-Reply-To: {APPROVED_0011}
References: {APPROVED_0011}
Subject: [Tiket#2026112410000871] RE: [RA-2026-0011] Permohonan remote akses disetujui
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Yth. Pelanggan,

Email Anda telah kami terima dan tercatat dengan nomor tiket 2026112410000871.
Tim kami akan menindaklanjuti dalam 1x24 jam kerja. Mohon tidak membalas email
ini.

Salam,
Helpdesk PT Data Prima Solusindo
""", label("auto_reply", "RA-2026-0011",
        note="A vendor ticket system acknowledging our decision mail (X-Autoreply, Precedence: auto_reply); its "
             "own ticket tag stands before ours in the subject."))

    yield ("g037-bounce-dsn-rfc822-headers-user-unknown", f"""\
Return-Path: <>
Date: Tue, 24 Nov 2026 14:40:18 +0700 (WIB)
From: MAILER-DAEMON@mx.salatiga.go.id (Mail Delivery System)
To: lpse@salatiga.go.id
Message-ID: <20261124074018.0A1B2C3D4E@mx.salatiga.go.id>
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0A1B2C3D4E.1795594818/mx.salatiga.go.id"

This is a MIME-encapsulated message.

--0A1B2C3D4E.1795594818/mx.salatiga.go.id
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.salatiga.go.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<hendra@dataprima.co.id>: host mx1.dataprima.co.id[103.28.12.9] said: 550 5.1.1
    <hendra@dataprima.co.id>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--0A1B2C3D4E.1795594818/mx.salatiga.go.id
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.salatiga.go.id
X-Postfix-Queue-ID: 0A1B2C3D4E
Arrival-Date: Tue, 24 Nov 2026 14:40:15 +0700 (WIB)

Final-Recipient: rfc822; hendra@dataprima.co.id
Original-Recipient: rfc822;hendra@dataprima.co.id
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.dataprima.co.id
Diagnostic-Code: smtp; 550 5.1.1 <hendra@dataprima.co.id>: Recipient address
    rejected: User unknown in virtual mailbox table

--0A1B2C3D4E.1795594818/mx.salatiga.go.id
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <lpse@salatiga.go.id>
Date: Tue, 24 Nov 2026 14:40:12 +0700
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: hendra@dataprima.co.id
Message-ID: {APPROVED_0011}
In-Reply-To: <ack.RA-2026-0011.a1@salatiga.go.id>
References: <ack.RA-2026-0011.a1@salatiga.go.id>
Subject: [RA-2026-0011] Permohonan remote akses disetujui
Auto-Submitted: auto-generated

--0A1B2C3D4E.1795594818/mx.salatiga.go.id--
""", label("bounce", "RA-2026-0011", bounced=["approved.RA-2026-0011.e4@salatiga.go.id"],
        note="Postfix RFC 3464 DSN returning only the headers (text/rfc822-headers). The bounced mail is the one "
             "whose Message-ID is ours; the ack id in its References is not the bounced one."))

    yield ("g038-bounce-qmail-plain-closed-notice", f"""\
Return-Path: <>
Date: 25 Nov 2026 02:13:44 -0000
From: MAILER-DAEMON@mail.auditor.go.id
To: lpse@salatiga.go.id
Message-ID: <20261125021344.11523.qmail@mail.auditor.go.id>
Subject: failure notice

Hi. This is the qmail-send program at mail.auditor.go.id.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dewi.lestari@auditor.go.id>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <lpse@salatiga.go.id>
Received: (qmail 11519 invoked from network); 25 Nov 2026 02:13:43 -0000
Received: from mx.salatiga.go.id (103.47.132.10)
  by mail.auditor.go.id with ESMTPS; 25 Nov 2026 02:13:43 -0000
Date: Wed, 25 Nov 2026 09:13:40 +0700
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: dewi.lestari@auditor.go.id
Message-ID: {CLOSED_0010}
Subject: [RA-2026-0010] Akun remote akses telah ditutup
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Yth. Ibu Dewi Lestari,

Akun remote akses untuk permohonan RA-2026-0010 telah ditutup pada
25 November 2026 pukul 09.13 WIB.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga
""", label("bounce", "RA-2026-0010", bounced=["closed.RA-2026-0010.d9@salatiga.go.id"],
        note="A qmail plain-text bounce with no MIME at all; the returned copy follows 'Below this line'. The "
             "outer Date has no weekday and a -0000 offset."))


# ----------------------------------------------------------------------------------------------------------------
# Unrelated and malformed
# ----------------------------------------------------------------------------------------------------------------

def unrelated_and_malformed():
    text39 = """\
INFO PENGADAAN - Edisi 47, November 2026

1. SPSE 4.5u20261101 dirilis: perbaikan keamanan akun dan kinerja
   Seluruh LPSE diimbau memutakhirkan aplikasi paling lambat 31 Desember 2026.

2. Tips: amankan akses akun admin Anda
   Gunakan kata sandi yang kuat, aktifkan OTP, dan tutup akun pihak ketiga yang
   pekerjaannya sudah selesai.

3. Jadwal pelatihan PPK dan Pokja: 7-9 Desember 2026 (daring)

Anda menerima email ini karena terdaftar di milis Info Pengadaan.
Berhenti berlangganan: https://info-pengadaan.id/unsubscribe?u=lpse%40salatiga.go.id
"""
    html39 = ("<html><body style=\"font-family:Arial\"><h2>INFO PENGADAAN &ndash; Edisi 47, November 2026</h2>"
              + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text39.split("\n\n")[1:]) + "</body></html>\n")
    yield ("g039-unrelated-newsletter-akses-akun", f"""\
Return-Path: <bounce-47-lpse=salatiga.go.id@mail.info-pengadaan.id>
Date: Fri, 27 Nov 2026 07:00:03 +0700
From: Info Pengadaan <redaksi@info-pengadaan.id>
To: lpse@salatiga.go.id
Message-ID: <edisi47.lpse.salatiga.go.id@mail.info-pengadaan.id>
Subject: Info Pengadaan Edisi 47: SPSE 4.5 dirilis, tips keamanan akses akun
List-Id: Info Pengadaan <info.info-pengadaan.id>
List-Unsubscribe: <https://info-pengadaan.id/unsubscribe?u=lpse%40salatiga.go.id>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_nl47_b9d0"

--=_nl47_b9d0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{text39}
--=_nl47_b9d0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(html39)}
--=_nl47_b9d0--
""", label("unrelated",
        note="A newsletter (List-Id, List-Unsubscribe, no Precedence) with 'akses', 'akun', 'ditutup', "
             "'selesai' and dates: no request, no thread."))

    yield ("g040-unrelated-phishing-pemulihan-akses-akun", """\
Return-Path: <support@salatiga-go-id.webmail-verifikasi.com>
Received: from vps-31-14.hostkita.net (unknown [45.131.14.77])
	by mx.salatiga.go.id (Postfix) with ESMTP id 4QxH6m2Tt8z9vP
	for <lpse@salatiga.go.id>; Thu, 26 Nov 2026 02:14:55 +0700 (WIB)
Authentication-Results: mx.salatiga.go.id; spf=pass smtp.mailfrom=salatiga-go-id.webmail-verifikasi.com; dkim=none; dmarc=none
Date: Thu, 26 Nov 2026 02:14:50 +0700
From: "Tim Keamanan Email salatiga.go.id" <support@salatiga-go-id.webmail-verifikasi.com>
To: lpse@salatiga.go.id
Message-ID: <20261126021450.77121@webmail-verifikasi.com>
Subject: PERINGATAN: Akses akun email Anda akan diblokir dalam 24 jam
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8

<html><body>
<p>Yth. Pengguna lpse@salatiga.go.id,</p>
<p>Kami mendeteksi aktivitas login yang tidak biasa pada <b>akun</b> Anda. Demi keamanan, <b>akses</b> Anda ke kotak
surat akan dinonaktifkan dalam 24 jam.</p>
<p>Untuk mengajukan permohonan pemulihan akses akun, lengkapi formulir berikut:</p>
<table>
<tr><td>Nama</td><td>: ____________</td></tr>
<tr><td>Email</td><td>: ____________</td></tr>
<tr><td>Kata sandi</td><td>: ____________</td></tr>
</table>
<p><a href="http://salatiga-go-id.webmail-verifikasi.com/pulihkan?id=lpse">KLIK DI SINI UNTUK VERIFIKASI AKUN</a></p>
<p>Tim Keamanan Email<br>Pemerintah Kota Salatiga</p>
</body></html>
""", label("unrelated",
        note="Phishing from a look-alike domain: 'permohonan pemulihan akses akun' and an empty form with labels. "
             "Not a remote-access request: unrelated, no thread."))

    yield ("g041-malformed-register-csv-not-an-email", """\
No.;Nama;Instansi;Username;Hak Akses;Tujuan;Waktu Pemberian;Waktu Penutupan
1;Budi Santoso;PT Maju Jaya Teknologi;budi.santoso;vpn, ssh;Pemeliharaan server;16/11/2026 14.30;
2;Dewi Lestari;Inspektorat;dewi.lestari;database-readonly;Audit;09/11/2026 08.00;20/11/2026 16.00
3;Hendra;PT Data Prima Solusindo;hendra;vpn;Integrasi;;
""", label("quarantine",
        note="Not an email: a CSV export of the register dropped into the mailbox. No header, no sender address "
             "anywhere (the first line has no colon, so everything is body)."))

    body42 = """\
Dengan hormat,

Bersama ini kami CV Karya Mandiri Teknik mengajukan permohonan remote akses untuk
teknisi kami Rudi Hartono (HP 0819-0401-7733) guna perbaikan konfigurasi mail serv=
er SPSE. Akses yang kami butuhkan VPN saja, mulai tanggal 2 Desember 2026 sampai =
3 Desember 2026.

Hormat kami,
Rudi Hartono
CV Karya Mandiri Teknik
Profil: https://karyamandiri-teknik.com/profil?ref=lpse&id=7
Dikirim dari perangkat seluler saya =E2=80
"""
    yield ("g042-malformed-bad-date-broken-qp-request", f"""\
Return-Path: <rudi.kmt@karyamandiri-teknik.com>
Date: Kamis, 26 Nopember 2026 09:30 WIB
From: Rudi Hartono <rudi.kmt@karyamandiri-teknik.com>
To: lpse@salatiga.go.id
Message-ID: <kmt-20261126-0930@karyamandiri-teknik.com>
Subject: Permohonan remote akses CV Karya Mandiri Teknik
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{body42}""", label("request", fields={
        "name": "Rudi Hartono", "institution": "CV Karya Mandiri Teknik", "phone": "0819-0401-7733",
        "access_rights": ["vpn"], "purpose": "perbaikan konfigurasi mail server SPSE",
        "period_start": "2026-12-02", "period_end": "2026-12-03",
        "letter_number": None, "letter_date": None},
        note="Malformed but readable: the Date header is in Indonesian and unparseable, and the QP body has an "
             "invalid escape (a raw '?ref=lpse' in the signature's URL) and ends in a truncated UTF-8 sequence. Soft line breaks split 'server' and the date range. Labelled by content; the "
             "dates are absolute, so no Date header is needed."))

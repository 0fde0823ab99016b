"""Builds the corpus's messages without attachments. Run: .venv/bin/python tests/data/corpus/_build_corpus.py

Every message is written by hand below, as the raw bytes a mailbox would hold; the label beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus_lib import *  # noqa: E402,F403

# =============================================================================================
# NEW REQUESTS (outside any thread)
# =============================================================================================

# 001 labelled lines, Indonesian, Gmail, plain UTF-8
m = mid_gmail("001")
bd = boundary("001")
body = """Selamat pagi Bapak/Ibu Admin LPSE Kota Salatiga,

Bersama ini kami sampaikan permohonan remote akses ke server LPSE dengan data sebagai berikut:

Nama        : Rudi Hartono
Instansi    : PT Sinergi Media Informatika
Email       : rudi.hartono@sinergimedia.co.id
Tujuan      : Instalasi sertifikat SSL dan pengecekan konfigurasi web server SPSE
Hak Akses   : SSH, VPN
Mulai       : 25 November 2026
Selesai     : 27 November 2026

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Salam,
Rudi Hartono
PT Sinergi Media Informatika
Jl. Diponegoro No. 112, Salatiga
"""
html = "<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div>"
write(1, "request-labelled-gmail", f"""
MIME-Version: 1.0
Date: {date("2026-11-18 08:41:17")}
Message-ID: {m}
Subject: Permohonan Remote Akses LPSE Kota Salatiga
From: Rudi Hartono <rudi.hartono@sinergimedia.co.id>
To: lpse@salatiga.go.id
Content-Type: multipart/alternative; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"

{body}
--{bd}
Content-Type: text/html; charset="UTF-8"

{html}
--{bd}--
""", label("request", fields={
    "name": "Rudi Hartono", "institution": "PT Sinergi Media Informatika",
    "email": "rudi.hartono@sinergimedia.co.id", "phone": None,
    "purpose": "Instalasi sertifikat SSL dan pengecekan konfigurasi web server SPSE",
    "access_rights": ["ssh", "vpn"], "period_start": "2026-11-25", "period_end": "2026-11-27",
    "letter_number": None, "letter_date": None},
    note="Plain labelled-lines request from Gmail (multipart/alternative). No phone given (see 017, the resend that adds it)."))

# 002 English labelled lines, Outlook, +0800
m = mid_outlook("002", "SI2PR01MB4410.apcprd01.prod.outlook.com")
write(2, "request-english-labels-outlook", f"""
From: Michael Tan <michael.tan@nexaworks.sg>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Request for remote access - storage firmware upgrade
Thread-Topic: Request for remote access - storage firmware upgrade
Thread-Index: AdtXz8k3mQ1rV2pXQ0G7nKJ4c0YwTw==
Date: {date("2026-11-19 10:02:44", "+0800")}
Message-ID: {m}
Accept-Language: en-SG, en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dear LPSE Kota Salatiga team,

Further to our phone call with Mr. Heru yesterday, please find our request for=
 remote access below.

Name: Michael Tan
Company: Nexaworks Pte. Ltd.
Email: michael.tan@nexaworks.sg
Phone: +65 9123 4567
Purpose: Firmware upgrade of the storage array hosting the SPSE database
Access: VPN, SSH
From: 26 November 2026
Until: 26 November 2026

The upgrade window is about 4 hours; we will coordinate the exact start time=
 with your admin.

Best regards,

Michael Tan
Senior Support Engineer | Nexaworks Pte. Ltd.
10 Anson Road #22-02, Singapore 079903
M: +65 9123 4567

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for=
 the named recipient(s) and may contain confidential information. If you are=
 not the intended recipient, please notify the sender and delete this e-mail.
""", label("request", fields={
    "name": "Michael Tan", "institution": "Nexaworks Pte. Ltd.", "email": "michael.tan@nexaworks.sg",
    "phone": "+65 9123 4567", "purpose": "Firmware upgrade of the storage array hosting the SPSE database",
    "access_rights": ["vpn", "ssh"], "period_start": "2026-11-26", "period_end": "2026-11-26",
    "letter_number": None, "letter_date": None},
    note="English labels (Name/Company/Purpose/Access/From/Until); 'From:' here is a field label, not a header or quote header. Offset +0800."), crlf=True)

# 003 formal prose letter, the user is named in the letter (not the sender), 3 working days
m = mid_zimbra("003", "inspektorat.salatiga.go.id")
body = """Nomor    : 700/412/Insp/2026
Lampiran : -
Perihal  : Permohonan Remote Akses

Yth. Kepala Bagian Pengadaan Barang dan Jasa
Setda Kota Salatiga
u.p. Pengelola LPSE Kota Salatiga
di Salatiga

Dengan hormat,

Dalam rangka pelaksanaan audit kepatuhan proses pengadaan barang/jasa Tahun Anggaran 2026
sebagaimana tercantum dalam Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Daerah Kota Salatiga,
bersama ini kami mengajukan permohonan remote akses ke basis data aplikasi SPSE (hanya baca / read only)
untuk keperluan pemeriksaan log aplikasi dan riwayat perubahan data paket pengadaan.

Akses tersebut akan digunakan oleh:
   Nama     : Yohanes Kristanto, S.Kom.
   NIP      : 19860514 201001 1 009
   Jabatan  : Auditor Ahli Muda
   Email    : yohanes.k@inspektorat.salatiga.go.id
   Telepon  : 0298-321455 ext. 214

selama 3 (tiga) hari kerja mulai tanggal 25 November 2026.

Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

Salatiga, 19 November 2026
a.n. INSPEKTUR DAERAH KOTA SALATIGA
Sekretaris,

ttd

Ratna Dewi Kusumawati, S.E., M.M.
NIP. 19740309 199903 2 004
"""
write(3, "request-prose-inspektorat-named-user", f"""
Return-Path: <ratna.dk@inspektorat.salatiga.go.id>
Received: from mail.salatiga.go.id (LHLO mail.salatiga.go.id) (10.10.1.5) by mail.salatiga.go.id
 with LMTP; {date("2026-11-19 13:20:02")}
Date: {date("2026-11-19 13:19:58")}
From: Ratna Dewi Kusumawati <ratna.dk@inspektorat.salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Cc: yohanes k <yohanes.k@inspektorat.salatiga.go.id>
Message-ID: {m}
Subject: Permohonan Remote Akses - Audit Kepatuhan PBJ TA 2026
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)
Thread-Index: 8Qk2gT9c1mRz0p7sV4yD3aLw5eXn2Q==

{body}""", label("request", fields={
    "name": "Yohanes Kristanto, S.Kom.", "institution": "Inspektorat Daerah Kota Salatiga",
    "email": "yohanes.k@inspektorat.salatiga.go.id", "phone": "0298-321455 ext. 214",
    "purpose": "Pemeriksaan log aplikasi dan riwayat perubahan data paket pengadaan (audit kepatuhan PBJ TA 2026)",
    "access_rights": ["database-readonly"], "period_start": "2026-11-25", "period_end": "2026-11-27",
    "letter_number": "700/412/Insp/2026", "letter_date": "2026-11-19"},
    note="Formal prose letter from a secretary; the access user is the auditor named in the letter. '3 hari kerja mulai 25 November 2026' = Wed 25..Fri 27. Letter date 19 Nov is not the period. NIP numbers are not phone numbers."))

# 004 prose with letter number, letter date and a contract date (Pebruari) as decoys; sent by director for technician
m = mid_plain("004", "majujaya.co.id")
body = """KOP: PT MAJU JAYA TEKNOLOGI
Jl. Osamaliki No. 45, Salatiga 50721 | Telp. (0298) 326 771

Nomor    : 027/PMJ/XI/2026                                Salatiga, 20 November 2026
Lampiran : 1 (satu) berkas
Perihal  : Permohonan Remote Akses

Kepada Yth.
Kepala Subbagian Pengelolaan LPSE
Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga

Dengan hormat,

Sehubungan dengan pelaksanaan pekerjaan Pemeliharaan Infrastruktur Server LPSE sesuai Kontrak
Nomor 027/SP/LPSE/2026 tanggal 12 Pebruari 2026, dengan ini kami mengajukan permohonan remote akses
(VPN dan SSH) untuk teknisi kami:

  Nama    : Fajar Nugroho
  Jabatan : Teknisi Jaringan
  Email   : fajar@majujaya.co.id
  No. HP  : 0857-4201-3398

Akses tersebut kami perlukan untuk penggantian konfigurasi load balancer dan pengujian failover,
pada tanggal 30 November 2026 sampai dengan 4 Desember 2026.

Demikian permohonan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
PT Maju Jaya Teknologi


Ir. Bambang Wicaksono
Direktur
"""
write(4, "request-prose-letter-decoy-dates", f"""
Return-Path: <direktur@majujaya.co.id>
Message-ID: {m}
Date: {date("2026-11-20 15:47:31")}
From: "Direktur PT Maju Jaya" <direktur@majujaya.co.id>
To: lpse@salatiga.go.id
Subject: Surat Permohonan Remote Akses No. 027/PMJ/XI/2026
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
User-Agent: Roundcube Webmail/1.6.6

{body}""", label("request", fields={
    "name": "Fajar Nugroho", "institution": "PT Maju Jaya Teknologi", "email": "fajar@majujaya.co.id",
    "phone": "0857-4201-3398",
    "purpose": "Penggantian konfigurasi load balancer dan pengujian failover (pemeliharaan infrastruktur server LPSE)",
    "access_rights": ["vpn", "ssh"], "period_start": "2026-11-30", "period_end": "2026-12-04",
    "letter_number": "027/PMJ/XI/2026", "letter_date": "2026-11-20"},
    note="Director writes for his technician. Decoys: letter date 20 Nov, contract number and contract date '12 Pebruari 2026' (old spelling), the company phone in the letterhead. Same company as RA-2026-0007 but a new request, no thread."))

# 005 Outlook HTML table (multipart/alternative), QP, day-first numeric dates
m = mid_outlook("005", "KL1PR0601MB4498.apcprd06.prod.outlook.com")
bd = boundary("005", "outlook")
plain = """Yth. Admin LPSE Kota Salatiga,

Dengan hormat, berikut kami sampaikan permohonan remote akses:

Nama
Hendro Wibisono
Instansi
PT Sigma Cipta Data
Jabatan
System Engineer
Email
hendro.wibisono@sigmacipta.co.id
No. Telepon
0811-2650-913
Tujuan
Migrasi replikasi database SPSE ke server cadangan
Hak Akses
VPN; Database (read-only)
Waktu
24/11/2026 - 28/11/2026

Terima kasih.

Salam hormat,
Hendro Wibisono
PT Sigma Cipta Data
"""
rows = [("Nama", "Hendro Wibisono"), ("Instansi", "PT Sigma Cipta Data"), ("Jabatan", "System Engineer"),
        ("Email", '<a href="mailto:hendro.wibisono@sigmacipta.co.id">hendro.wibisono@sigmacipta.co.id</a>'),
        ("No. Telepon", "0811-2650-913"), ("Tujuan", "Migrasi replikasi database SPSE ke server cadangan"),
        ("Hak Akses", "VPN; Database (read-only)"), ("Waktu", "24/11/2026 &#8211; 28/11/2026")]
trs = "\n".join(
    f'<tr style="height:15.0pt">\n<td width="160" style="width:120.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n'
    f'<p class="MsoNormal"><b><span style="font-family:&quot;Calibri&quot;,sans-serif">{k}<o:p></o:p></span></b></p>\n</td>\n'
    f'<td width="400" style="width:300.0pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt">\n'
    f'<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">{v}<o:p></o:p></span></p>\n</td>\n</tr>'
    for k, v in rows)
html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style>
</head>
<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Yth. Admin LPSE Kota Salatiga,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dengan hormat, berikut kami sampaikan permohonan remote akses:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tbody>
{trs}
</tbody>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Salam hormat,<o:p></o:p></p>
<p class="MsoNormal"><b>Hendro Wibisono</b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">PT Sigma Cipta Data</span><o:p></o:p></p>
</div>
</body>
</html>
"""
write(5, "request-outlook-html-table", f"""
From: Hendro Wibisono <hendro.wibisono@sigmacipta.co.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Permohonan Remote Akses - PT Sigma Cipta Data
Thread-Topic: Permohonan Remote Akses - PT Sigma Cipta Data
Thread-Index: AdtYBq3Xr6K0lqQHRdCzA9gk1n4bXg==
Date: {date("2026-11-20 09:15:06", "+0000")}
Message-ID: {m}
Accept-Language: en-US, id-ID
Content-Language: en-US
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: 1
Content-Type: multipart/alternative;
\tboundary="{bd}"
MIME-Version: 1.0

--{bd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
--{bd}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{bd}--
""", label("request", fields={
    "name": "Hendro Wibisono", "institution": "PT Sigma Cipta Data", "email": "hendro.wibisono@sigmacipta.co.id",
    "phone": "0811-2650-913", "purpose": "Migrasi replikasi database SPSE ke server cadangan",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-11-24", "period_end": "2026-11-28",
    "letter_number": None, "letter_date": None},
    note="Outlook HTML table; the plain part is Outlook's flattening (label and value on separate lines). Dates day-first 24/11/2026 - 28/11/2026. Date header in UTC (+0000)."), crlf=True)

# 006 HTML-only, base64, university IT staff, weekday names in the dates
m = mid_tb("006", "uksw.edu")
html = """<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Yth. Pengelola LPSE Kota Salatiga,</p>
    <p>Menindaklanjuti Nota Kesepahaman antara Pemerintah Kota Salatiga dan Universitas Kristen Satya Wacana
      tentang pendampingan keamanan sistem informasi, kami mohon diberikan remote akses sebagai berikut:</p>
    <table border="1" cellpadding="4" cellspacing="0">
      <tr><th align="left">Nama</th><td>Yosua Hartanto, M.Cs.</td></tr>
      <tr><th align="left">Unit / Instansi</th><td>Biro Teknologi Informasi, Universitas Kristen Satya Wacana</td></tr>
      <tr><th align="left">Email</th><td><a href="mailto:yosua.hartanto@uksw.edu">yosua.hartanto@uksw.edu</a></td></tr>
      <tr><th align="left">No. HP / WA</th><td>0813 2577 0192</td></tr>
      <tr><th align="left">Keperluan</th><td>Pendampingan <i>hardening</i> server SPSE (audit konfigurasi SSH dan firewall)</td></tr>
      <tr><th align="left">Jenis akses</th><td>SSH</td></tr>
      <tr><th align="left">Jadwal</th><td>Senin, 30 November 2026 s.d. Rabu, 2 Desember 2026</td></tr>
    </table>
    <p>Terima kasih atas kerja samanya.</p>
    <div class="moz-signature">-- <br>
      <b>Yosua Hartanto</b><br>
      Biro Teknologi Informasi (BTI) UKSW<br>
      Jl. Diponegoro 52-60 Salatiga</div>
  </body>
</html>
"""
write(6, "request-html-only-base64-university", f"""
Message-ID: {m}
Date: {date("2026-11-20 14:03:55")}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: id
To: lpse@salatiga.go.id
From: Yosua Hartanto <yosua.hartanto@uksw.edu>
Subject: Permintaan remote akses (pendampingan keamanan SPSE)
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(html)}
""", label("request", fields={
    "name": "Yosua Hartanto, M.Cs.",
    "institution": "Biro Teknologi Informasi, Universitas Kristen Satya Wacana",
    "email": "yosua.hartanto@uksw.edu", "phone": "0813 2577 0192",
    "purpose": "Pendampingan hardening server SPSE (audit konfigurasi SSH dan firewall)",
    "access_rights": ["ssh"], "period_start": "2026-11-30", "period_end": "2026-12-02",
    "letter_number": None, "letter_date": None},
    note="HTML-only (no text/plain part), base64; table labels are unusual ('Keperluan', 'Jenis akses', 'Jadwal'). University IT staff under an MoU."))

# 007 secretary on behalf of director's technician; a time window on one day
m = mid_gmail("007")
body = """Selamat siang,

Mohon maaf mengganggu. Atas arahan Bapak Direktur kami, Ir. Joko Susilo, bersama ini kami sampaikan
permohonan remote akses ke jaringan LPSE Kota Salatiga untuk teknisi kami:

Sdr. Dimas Aditya
email: dimas.aditya@cvbintangtimur.com
WA: 0813-9012-7755

Keperluan: perbaikan koneksi VPN site-to-site antara kantor LPSE dan data center cadangan yang terputus
sejak minggu lalu. Akses yang dibutuhkan hanya VPN.
Rencana pelaksanaan hari Kamis, 26 November 2026 pukul 08.00 s.d. 16.00 WIB.

Apabila ada formulir yang perlu diisi, mohon dapat dikirimkan ke email ini.

Terima kasih,

Lestari
Sekretaris Direksi
CV Bintang Timur Solusi
Telp. (024) 7601 455
"""
write(7, "request-secretary-on-behalf", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 11:26:40")}
Message-ID: {m}
Subject: permohonan akses VPN teknisi CV Bintang Timur
From: Sekretariat CV Bintang Timur <sekretariat.cvbintangtimur@gmail.com>
To: lpse@salatiga.go.id
Cc: dimas.aditya@cvbintangtimur.com
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}""", label("request", fields={
    "name": "Dimas Aditya", "institution": "CV Bintang Timur Solusi", "email": "dimas.aditya@cvbintangtimur.com",
    "phone": "0813-9012-7755",
    "purpose": "Perbaikan koneksi VPN site-to-site antara kantor LPSE dan data center cadangan",
    "access_rights": ["vpn"], "period_start": "2026-11-26", "period_end": "2026-11-26",
    "letter_number": None, "letter_date": None},
    note="A secretary (gmail) writes for her director's technician; fields are the technician's, not the sender's. One day, 08.00-16.00 WIB. The office phone (024) belongs to the company, not the user."))

# 008 ISO-8859-1 with é in the name, QP, encoded-word From
m = mid_tb("008", "mitrasolusi.co.id")
body = """Dengan hormat,

Kami mengajukan permohonan remote akses dengan rincian berikut.

Nama          : André Sitompul
Instansi      : PT Mitra Solusi Andalan
Email         : andre.sitompul@mitrasolusi.co.id
No. Telepon   : 0812 6630 2241
Tujuan        : Pemeriksaan performa server basis data SPSE (query lambat saat jam sibuk)
Hak Akses     : database-readonly
Periode       : 25-11-2026 hingga 26-11-2026

Terima kasih atas bantuan Bapak/Ibu.

Hormat saya,
André Sitompul
"""
write(8, "request-iso-8859-1-accent", f"""
Message-ID: {m}
Date: {date("2026-11-21 07:58:12")}
MIME-Version: 1.0
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0
Content-Language: id-ID
To: lpse@salatiga.go.id
From: {ew("André Sitompul", "iso-8859-1", "Q")} <andre.sitompul@mitrasolusi.co.id>
Subject: Permohonan remote akses - PT Mitra Solusi Andalan
Content-Type: text/plain; charset=ISO-8859-1; format=flowed
Content-Transfer-Encoding: quoted-printable

{qp(body, "iso-8859-1")}""", label("request", fields={
    "name": "André Sitompul", "institution": "PT Mitra Solusi Andalan", "email": "andre.sitompul@mitrasolusi.co.id",
    "phone": "0812 6630 2241",
    "purpose": "Pemeriksaan performa server basis data SPSE (query lambat saat jam sibuk)",
    "access_rights": ["database-readonly"], "period_start": "2026-11-25", "period_end": "2026-11-26",
    "letter_number": None, "letter_date": None},
    note="ISO-8859-1 body in quoted-printable, encoded-word (Q) From name with é; dates '25-11-2026 hingga 26-11-2026'."))

# 009 Windows-1252 8bit with curly quotes, en dash, é
m = mid_outlook("009", "PS2PR03MB3720.apcprd03.prod.outlook.com")
body = """Yth. Bapak/Ibu Pengelola LPSE Kota Salatiga,

Dengan hormat,
Sehubungan dengan kegiatan “Uji Penetrasi (Pentest) Aplikasi SPSE Kota Salatiga” yang ditugaskan oleh
Diskominfo, kami memohon diberikan akses VPN ke jaringan internal LPSE.

Nama pelaksana : Yosephine Renée Hutapea
Perusahaan     : PT Cakra Siber Nusantara
Email          : renee.hutapea@cakrasiber.id
HP             : 0821–3344–7610
Waktu          : 1 – 3 Desember 2026

Catatan: pengujian bersifat non-destruktif; kami tidak memerlukan akses ‘admin’ SPSE.

Terima kasih.

Best regards,
Renée Hutapea
Security Consultant – PT Cakra Siber Nusantara
"""
write(9, "request-windows-1252-curly-quotes", f"""
From: =?Windows-1252?Q?Ren=E9e_Hutapea?= <renee.hutapea@cakrasiber.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: =?Windows-1252?Q?Permohonan_akses_VPN_=96_Uji_Penetrasi_SPSE?=
Date: {date("2026-11-23 08:05:19")}
Message-ID: {m}
Accept-Language: id-ID, en-US
Content-Language: id-ID
X-MS-Has-Attach:
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

{body}""", label("request", fields={
    "name": "Yosephine Renée Hutapea", "institution": "PT Cakra Siber Nusantara",
    "email": "renee.hutapea@cakrasiber.id", "phone": "0821–3344–7610",
    "purpose": "Uji Penetrasi (Pentest) Aplikasi SPSE Kota Salatiga",
    "access_rights": ["vpn"], "period_start": "2026-12-01", "period_end": "2026-12-03",
    "letter_number": None, "letter_date": None},
    note="Windows-1252 8-bit body: curly quotes, en dashes (also inside the phone number and the date range '1 – 3 Desember 2026'), é. Mentions 'admin' only to say it is NOT needed: rights are vpn only."),
    encoding="cp1252", crlf=True)

# 010 base64 plain body, Yahoo Android, 'besok'
m = f"<{h('010', 10, '0123456789')}.{h('010b', 7, '0123456789')}@mail.yahoo.com>"
bd = "----=_Part_" + h("010", 7, "0123456789") + "_" + h("010c", 9, "0123456789") + ".1763876350123"
body = """Selamat sore pak,

Saya Slamet Riyadi dari CV Karya Mandiri Teknik, teknisi yg menangani server monitoring (Zabbix) LPSE.
Mohon izin permintaan remote akses VPN utk pengecekan sistem monitoring server, besok (Selasa) jam 9-12.

Nama: Slamet Riyadi
Instansi: CV Karya Mandiri Teknik
No HP/WA: 085640118832
Hak akses: VPN

Terima kasih pak 🙏

Dikirim dari Yahoo Mail di Android
"""
write(10, "request-yahoo-android-base64-besok", f"""
Date: {date("2026-11-23 16:39:10")}
From: Slamet Riyadi <slamet_riyadi77@yahoo.co.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Message-ID: {m}
Subject: Permintaan remote akses
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{bd}"
X-Mailer: WebService/1.1.25136 YMailAndroid (Android 14)

------=_Part_{bd[11:]}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(body)}
------=_Part_{bd[11:]}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64("<html><head></head><body><div>" + body.replace(chr(10), "<br>") + "</div></body></html>")}
------=_Part_{bd[11:]}--
""", label("request", fields={
    "name": "Slamet Riyadi", "institution": "CV Karya Mandiri Teknik", "phone": "085640118832",
    "purpose": "Pengecekan sistem monitoring server (Zabbix)",
    "access_rights": ["vpn"], "period_start": "2026-11-24", "period_end": "2026-11-24",
    "letter_number": None, "letter_date": None},
    note="base64 parts, emoji, 'besok (Selasa) jam 9-12' relative to the Date header (Mon 23 Nov 2026) = 24 Nov. No email line in the text (the sender's Yahoo address is the obvious one, but not stated), so email is left out."))

# 011 encoded-word subject (UTF-8 B), QP body, LPSE of a neighbouring regency
m = mid_zimbra("011", "semarangkab.go.id")
body = """Yth. Rekan-rekan LPSE Kota Salatiga,

Menindaklanjuti koordinasi via WhatsApp kemarin, kami mengajukan permintaan remote akses untuk membantu
proses pemutakhiran (upgrade) SPSE di LPSE Kota Salatiga.

Nama      : Wahyu Hidayat, S.Kom.
Instansi  : LPSE Kabupaten Semarang
Jabatan   : Pengelola Sistem Informasi
Email     : wahyu.hidayat@semarangkab.go.id
HP        : 0878–3311–2090
Tujuan    : Pendampingan upgrade SPSE dan pengecekan konfigurasi aplikasi
Hak akses : SPSE admin dan SSH
Tanggal   : 24 s.d. 25 November 2026

Salam,
Wahyu — LPSE Kab. Semarang
"""
write(11, "request-encoded-subject-qp", f"""
Date: {date("2026-11-22 20:11:47")}
From: Wahyu Hidayat <wahyu.hidayat@semarangkab.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: {ew("Permintaan Remote Akses — Pendampingan Upgrade SPSE (LPSE Kab. Semarang)")}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF119 (Linux)/8.8.15_GA_4581)

{qp(body)}""", label("request", fields={
    "name": "Wahyu Hidayat, S.Kom.", "institution": "LPSE Kabupaten Semarang",
    "email": "wahyu.hidayat@semarangkab.go.id", "phone": "0878–3311–2090",
    "purpose": "Pendampingan upgrade SPSE dan pengecekan konfigurasi aplikasi",
    "access_rights": ["spse-admin", "ssh"], "period_start": "2026-11-24", "period_end": "2026-11-25",
    "letter_number": None, "letter_date": None},
    note="UTF-8 B encoded-word subject (folded), QP body with em/en dashes; '24 s.d. 25 November 2026' (month given once)."))

# 012 forwarded by the admin (Gmail-style forward from Zimbra), the user is the original sender
m = mid_zimbra("012")
fwd = """Yth. Kepala Subbagian Pengelolaan LPSE Kota Salatiga,

Dengan hormat,
Dalam rangka Pemeriksaan atas Sistem Pengendalian Intern pada Pemerintah Kota Salatiga Tahun 2026,
kami bermaksud melakukan pengujian pengendalian akses sistem informasi pengadaan (audit TI).
Untuk itu kami mengajukan permohonan remote akses sebagai berikut:

1. Nama pemeriksa : Teguh Prasetyo, S.E., Ak., CISA
2. Instansi       : BPK RI Perwakilan Provinsi Jawa Tengah
3. Akses          : VPN dan akses basis data SPSE secara read-only
4. Waktu          : 30 November 2026 s.d. 4 Desember 2026
5. Kontak         : teguh.prasetyo@bpk.go.id / 0812-2990-1734

Surat tugas resmi akan kami sampaikan menyusul.

Salam,
Teguh Prasetyo
Pemeriksa Ahli Muda
BPK RI Perwakilan Provinsi Jawa Tengah"""
write(12, "request-forwarded-by-admin-gmail-style", f"""
Return-Path: <admin.lpse@salatiga.go.id>
Date: {date("2026-11-20 08:02:13")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: Fwd: Permohonan remote akses untuk audit TI
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

Mohon diproses ya. Surat resminya menyusul katanya.

Heru

---------- Forwarded message ---------
From: Teguh Prasetyo <teguh.prasetyo@bpk.go.id>
Date: Kam, 19 Nov 2026 pukul 16.44
Subject: Permohonan remote akses untuk audit TI
To: <admin.lpse@salatiga.go.id>


{fwd}
""", label("request", fields={
    "name": "Teguh Prasetyo, S.E., Ak., CISA", "institution": "BPK RI Perwakilan Provinsi Jawa Tengah",
    "email": "teguh.prasetyo@bpk.go.id", "phone": "0812-2990-1734",
    "purpose": "Pengujian pengendalian akses sistem informasi pengadaan (audit TI)",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-11-30", "period_end": "2026-12-04",
    "letter_number": None, "letter_date": None},
    note="Forwarded by the admin with a Gmail-style '---------- Forwarded message ---------' block. The requester is the BPK auditor in the forwarded part, not the admin. Forward's own date (19 Nov) is not the period."))

# 013 forwarded by the admin from Outlook in Indonesian ("-----Pesan Asli-----", Dari/Dikirim/Kepada/Perihal)
m = mid_outlook("013", "mail.salatiga.go.id")
write(13, "request-forwarded-outlook-pesan-asli", f"""
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Subject: FW: Permohonan remote akses monitoring SIKaP
Date: {date("2026-11-23 07:31:02")}
Message-ID: {m}
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbXK2eQ7V8m2l9Tk2o1c1b0nVwAg==
Content-Language: id

Diteruskan untuk dicatat. Bu Nur sudah konfirmasi lewat telepon.

-----Pesan Asli-----
Dari: Nur Aini <nur.aini@lkpp.go.id>=20
Dikirim: Jumat, 20 November 2026 16:12
Kepada: admin.lpse@salatiga.go.id
Perihal: Permohonan remote akses monitoring SIKaP

Selamat sore,

Kami dari Direktorat Pengembangan Sistem Katalog, LKPP, mohon diberikan akses admin SPSE (spse-admin)
pada hari Rabu, 25 November 2026 untuk monitoring penerapan Sistem Informasi Kinerja Penyedia (SIKaP)
di LPSE Kota Salatiga.

Pengguna akses: Nur Aini (nur.aini@lkpp.go.id, 0811-1902-338)

Terima kasih,
Nur Aini
Direktorat Pengembangan Sistem Katalog - LKPP
""", label("request", fields={
    "name": "Nur Aini", "institution": "Direktorat Pengembangan Sistem Katalog, LKPP",
    "email": "nur.aini@lkpp.go.id", "phone": "0811-1902-338",
    "purpose": "Monitoring penerapan Sistem Informasi Kinerja Penyedia (SIKaP) di LPSE Kota Salatiga",
    "access_rights": ["spse-admin"], "period_start": "2026-11-25", "period_end": "2026-11-25",
    "letter_number": None, "letter_date": None},
    note="Outlook forward in Indonesian: '-----Pesan Asli-----' then Dari/Dikirim/Kepada/Perihal. Reading only the 'new text' would lose the request: for a forward from the admin the forwarded part IS the request."), crlf=True)

# 014 the Kasubag forwards a new letter, "Saya setuju, tolong diproses" -- outside any approval thread
m = mid_zimbra("014")
write(14, "request-forwarded-by-kasubag-setuju-decoy", f"""
Date: {date("2026-11-21 09:48:30")}
From: Kasubag Pengelolaan LPSE <kasubag.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Cc: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
Message-ID: {m}
Subject: Fwd: Permintaan akses VPN untuk integrasi data RUP
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (iPhone)

Mas Heru, ini permintaan dari PT Arsa. Saya setuju, tolong diproses seperti biasa.

----- Pesan yang Diteruskan -----
Dari: "Ahmad Fauzi" <ahmad.fauzi@arsadigital.co.id>
Kepada: "kasubag lpse" <kasubag.lpse@salatiga.go.id>
Dikirim: Jumat, 20 November 2026 17:05:11
Subjek: Permintaan akses VPN untuk integrasi data RUP

Yth. Ibu Kasubag,

Sesuai pembicaraan pada rapat koordinasi, kami mohon permintaan remote akses untuk:
Nama     : Ahmad Fauzi
Instansi : PT Arsa Digital Nusantara
Tujuan   : Integrasi data RUP ke aplikasi e-Monev Pemkot Salatiga
Akses    : VPN dan database (read only)
Waktu    : mulai 1 Desember 2026 selama satu minggu

Hormat kami,
Ahmad Fauzi
PT Arsa Digital Nusantara
""", label("request", fields={
    "name": "Ahmad Fauzi", "institution": "PT Arsa Digital Nusantara", "email": "ahmad.fauzi@arsadigital.co.id",
    "purpose": "Integrasi data RUP ke aplikasi e-Monev Pemkot Salatiga",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-12-01",
    "letter_number": None, "letter_date": None},
    note="The approver forwards a new request with 'Saya setuju': outside any approval thread it is a new request, not a decision. 'selama satu minggu' is ambiguous (7 Dec or 5 Dec?), so period_end is left out. Email from the forwarded Dari: line."))

# 015 iPhone short, 'besok'
m = mid_apple("015")
write(15, "request-iphone-short-besok", f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Eko Prasetyo <eko.prasetyo@icloud.com>
Mime-Version: 1.0 (1.0)
Date: {date("2026-11-19 21:14:08")}
Subject: Akses vpn
Message-Id: {m}
To: lpse@salatiga.go.id
X-Mailer: iPhone Mail (22B91)

{qp('''Pak admin, mohon dibuatkan akses VPN utk saya besok, mau cek server SPSE yg kemarin error. Tks

Sent from my iPhone''')}
""", label("request", fields={
    "institution": None, "purpose": "Cek server SPSE yang kemarin error", "access_rights": ["vpn"],
    "period_start": "2026-11-20", "letter_number": None, "letter_date": None},
    note="Terse iPhone request with no labels and no request noun ('mohon dibuatkan akses VPN'): a careful human reads it as a request. 'besok' relative to Thu 19 Nov = 20 Nov. No institution stated; the name only appears in the From header, so name is left out; end not stated clearly."))

# 016 new request sent as a reply in an unrelated thread
m = mid_outlook("016", "mail.jatengprov.go.id")
write(16, "request-in-unrelated-reply-thread", f"""
From: Siti Rahmawati <siti.rahmawati@bpbj.jatengprov.go.id>
To: lpse@salatiga.go.id
Subject: RE: Undangan Rapat Koordinasi Pengadaan TA 2027
Date: {date("2026-11-18 13:37:50")}
Message-ID: {m}
In-Reply-To: <20261112093011.4F2A1C0B3@mail.jatengprov.go.id>
References: <20261112093011.4F2A1C0B3@mail.jatengprov.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

Selamat siang, sekalian kami sampaikan permohonan remote akses untuk sinkronisasi data:

Nama     : Siti Rahmawati
Instansi : Biro Pengadaan Barang/Jasa Setda Provinsi Jawa Tengah
Email    : siti.rahmawati@bpbj.jatengprov.go.id
Telepon  : (024) 8311 174
Tujuan   : Sinkronisasi data paket tender Kota Salatiga ke aplikasi monitoring provinsi
Hak Akses: Database read-only
Mulai    : 26/11/2026
Selesai  : 27/11/2026

Terima kasih.

Siti R.

From: Biro PBJ Jateng <biro.pbj@jatengprov.go.id>
Sent: Thursday, November 12, 2026 4:30 PM
To: lpse@salatiga.go.id; lpse@semarangkab.go.id; lpse@magelangkota.go.id
Subject: Undangan Rapat Koordinasi Pengadaan TA 2027

Yth. Pengelola LPSE se-Jawa Tengah,

Mengundang Bapak/Ibu pada rapat koordinasi pengadaan TA 2027 pada hari Selasa, 17 November 2026
pukul 09.00 WIB di Ruang Rapat Biro PBJ.

Terima kasih.
""", label("request", fields={
    "name": "Siti Rahmawati", "institution": "Biro Pengadaan Barang/Jasa Setda Provinsi Jawa Tengah",
    "email": "siti.rahmawati@bpbj.jatengprov.go.id", "phone": "(024) 8311 174",
    "purpose": "Sinkronisasi data paket tender Kota Salatiga ke aplikasi monitoring provinsi",
    "access_rights": ["database-readonly"], "period_start": "2026-11-26", "period_end": "2026-11-27",
    "letter_number": None, "letter_date": None},
    note="A new request written as a reply to an unrelated thread (In-Reply-To is not ours, subject 'RE: Undangan Rapat'). The quoted invitation's date (17 November) is a decoy."))

# 017 resend of 001 with the phone number
m = mid_gmail("017")
write(17, "request-resend-with-phone", f"""
MIME-Version: 1.0
Date: {date("2026-11-18 09:02:51")}
Message-ID: {m}
Subject: Permohonan Remote Akses LPSE Kota Salatiga (kirim ulang)
From: Rudi Hartono <rudi.hartono@sinergimedia.co.id>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Mohon maaf, kami kirim ulang karena email sebelumnya belum mencantumkan nomor HP.

Nama        : Rudi Hartono
Instansi    : PT Sinergi Media Informatika
Email       : rudi.hartono@sinergimedia.co.id
No. HP      : 0812-2876-4410
Tujuan      : Instalasi sertifikat SSL dan pengecekan konfigurasi web server SPSE
Hak Akses   : SSH, VPN
Mulai       : 25 November 2026
Selesai     : 27 November 2026

Salam,
Rudi Hartono
""", label("request", fields={
    "name": "Rudi Hartono", "institution": "PT Sinergi Media Informatika",
    "email": "rudi.hartono@sinergimedia.co.id", "phone": "0812-2876-4410",
    "purpose": "Instalasi sertifikat SSL dan pengecekan konfigurasi web server SPSE",
    "access_rights": ["ssh", "vpn"], "period_start": "2026-11-25", "period_end": "2026-11-27",
    "letter_number": None, "letter_date": None},
    note="A resend of 001 (new Message-ID, not a reply). Out of thread it reads as a request; whether it is merged with 001 is beyond classification."))

# 018 existing requester of RA-2026-0007 sends a NEW request, outside the thread
m = mid_gmail("018")
write(18, "request-new-from-existing-requester", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 13:55:02")}
Message-ID: {m}
Subject: Permohonan remote akses - konfigurasi backup
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Yth. Admin LPSE,

Di luar pekerjaan yang sedang berjalan, kami mengajukan permohonan remote akses baru untuk pekerjaan
konfigurasi backup harian server SPSE ke NAS.

Nama      : Budi Santoso
Instansi  : PT Maju Jaya Teknologi
Tujuan    : Konfigurasi backup harian server SPSE ke NAS
Hak Akses : SSH
Mulai     : 7 Desember 2026
Selesai   : 9 Desember 2026

Terima kasih.

Budi Santoso
PT Maju Jaya Teknologi
0812-2600-4471
""", label("request", fields={
    "name": "Budi Santoso", "institution": "PT Maju Jaya Teknologi",
    "purpose": "Konfigurasi backup harian server SPSE ke NAS", "access_rights": ["ssh"],
    "period_start": "2026-12-07", "period_end": "2026-12-09", "letter_number": None, "letter_date": None},
    note="The requester of active RA-2026-0007 sends a new request with no tag and no reference: a new request, not an extension. Phone appears only in the signature (unlabelled) so it is left out."))

# 019 Thunderbird, odd labels, format=flowed soft breaks
m = mid_tb("019", "teknosolusi.id")
write(19, "request-thunderbird-odd-labels-flowed", f"""
Message-ID: {m}
Date: {date("2026-11-17 10:12:40")}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-US
To: lpse@salatiga.go.id
From: Gregorius Adi Nugroho <greg.adi@teknosolusi.id>
Subject: Form permohonan remote akses
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Selamat pagi,

Berikut form permohonan remote akses dari kami:

Nama Lengkap           : Gregorius Adi Nugroho
Nama Instansi/Perusahaan: CV Tekno Solusi Mandiri
Alamat email           : greg.adi@teknosolusi.id
No. WA                 : +62 812-1555-0098
Keperluan / tujuan     : Pembaruan sistem operasi (patching) server SPSE dan server 
database sesuai jadwal pemeliharaan bulanan
Hak akses yang diminta : ssh + vpn
Periode                : 2 s/d 4 Desember 2026

Terima kasih,
Greg

-- 
Gregorius Adi Nugroho
CV Tekno Solusi Mandiri
""", label("request", fields={
    "name": "Gregorius Adi Nugroho", "institution": "CV Tekno Solusi Mandiri", "email": "greg.adi@teknosolusi.id",
    "phone": "+62 812-1555-0098",
    "purpose": "Pembaruan sistem operasi (patching) server SPSE dan server database sesuai jadwal pemeliharaan bulanan",
    "access_rights": ["ssh", "vpn"], "period_start": "2026-12-02", "period_end": "2026-12-04",
    "letter_number": None, "letter_date": None},
    note="format=flowed: the Tujuan value continues on the next line after a soft break (trailing space). Labels with extra words ('Nama Instansi/Perusahaan', 'Keperluan / tujuan', 'Hak akses yang diminta'); 's/d'."))

# 020 'Nopember' old spelling, letter number and date in Nopember too
m = mid_zimbra("020", "garudainfra.co.id")
write(20, "request-nopember-old-spelling", f"""
Date: {date("2026-11-23 09:40:12")}
From: Hadi Purnomo <hadi.purnomo@garudainfra.co.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Permohonan Remote Akses Server LPSE
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC118 (Win)/8.8.15_GA_4581)

Nomor   : 045/GIT/XI/2026
Perihal : Permohonan Remote Akses

Kepada Yth.
Kasubag Pengelolaan LPSE Kota Salatiga

Dengan hormat,
Bersama surat ini kami PT Garuda Infra Teknika mengajukan permohonan remote akses (SSH) ke server
aplikasi LPSE untuk keperluan penggantian disk RAID yang rusak dan verifikasi sinkronisasi array, mulai
tanggal 26 Nopember 2026 s.d. 28 Nopember 2026. Petugas kami yang akan melakukan akses adalah
Sdr. Hadi Purnomo (HP 0815-7788-2306).

Demikian, atas perhatiannya diucapkan terima kasih.

Salatiga, 23 Nopember 2026
PT Garuda Infra Teknika

Hadi Purnomo
Kepala Divisi Teknik
""", label("request", fields={
    "name": "Hadi Purnomo", "institution": "PT Garuda Infra Teknika", "phone": "0815-7788-2306",
    "purpose": "Penggantian disk RAID yang rusak dan verifikasi sinkronisasi array",
    "access_rights": ["ssh"], "period_start": "2026-11-26", "period_end": "2026-11-28",
    "letter_number": "045/GIT/XI/2026", "letter_date": "2026-11-23"},
    note="Old spelling 'Nopember' in the period and in the letter date; the period ends on a Saturday (as asked). Roman-numeral month in the letter number."))

# 021 an evening window on one day
m = mid_gmail("021")
write(21, "request-evening-window", f"""
MIME-Version: 1.0
Date: {date("2026-11-22 19:20:33")}
Message-ID: {m}
Subject: =?UTF-8?Q?Permohonan_remote_akses_=E2=80=93_pemindahan_link_internet?=
From: Bayu Saputra <bayu.saputra@nusanet.co.id>
To: lpse@salatiga.go.id, admin.lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Yth. Tim LPSE Kota Salatiga,

Terkait rencana pemindahan jalur internet utama server LPSE ke link cadangan (tiket NOC #NJD-77120), kami
mohon diberikan remote akses VPN pada hari Jumat, 27 November 2026 pukul 19.00 s.d. 23.00 WIB (di luar
jam kerja agar layanan tender tidak terganggu).

Petugas: Bayu Saputra, Network Engineer PT Nusa Jaringan Data
Email: bayu.saputra@nusanet.co.id
HP: 0822-4410-6633

Terima kasih.

Bayu Saputra
NOC PT Nusa Jaringan Data''')}
""", label("request", fields={
    "name": "Bayu Saputra", "institution": "PT Nusa Jaringan Data", "email": "bayu.saputra@nusanet.co.id",
    "phone": "0822-4410-6633",
    "purpose": "Pemindahan jalur internet utama server LPSE ke link cadangan",
    "access_rights": ["vpn"], "period_start": "2026-11-27", "period_end": "2026-11-27",
    "letter_number": None, "letter_date": None},
    note="Evening window 19.00-23.00 WIB on one day (start_time/end_time not labelled here). Q-encoded subject with en dash. Sent to lpse@ and the admin. A ticket number is not a letter number."))

# 022 'minggu depan' -- dates not determinable
m = mid_tb("022", "polines.ac.id")
write(22, "request-minggu-depan-no-dates", f"""
Message-ID: {m}
Date: {date("2026-11-18 14:27:09")}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Arif Rahman Hakim <arif.rh@polines.ac.id>
To: lpse@salatiga.go.id
Subject: Permohonan akses database SPSE untuk penelitian
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Yth. Bapak/Ibu Pengelola LPSE Kota Salatiga,

Saya Arif Rahman Hakim, dosen Jurusan Teknik Elektro Politeknik Negeri Semarang. Saya bermaksud
mengajukan permohonan akses database SPSE (read only) untuk pengambilan data penelitian tentang
efisiensi e-tendering di pemerintah daerah. Rencananya minggu depan, kira-kira 3–4 hari.

Data yang dibutuhkan hanya data paket yang sudah selesai (tanpa data pribadi penyedia).

Hormat saya,
Arif Rahman Hakim, S.T., M.Eng.
Politeknik Negeri Semarang
HP 0812-2501-7713
""", label("request", fields={
    "name": "Arif Rahman Hakim, S.T., M.Eng.", "institution": "Politeknik Negeri Semarang",
    "purpose": "Pengambilan data penelitian tentang efisiensi e-tendering di pemerintah daerah",
    "access_rights": ["database-readonly"], "letter_number": None, "letter_date": None},
    note="'minggu depan, kira-kira 3-4 hari' gives no date: period_start/period_end are left out of the label (an extractor should not invent them; asking is right). 'selesai' here describes tender packages, not a closure."))

# 023 minimal request, most fields missing
m = mid_plain("023", "mail.ptxyzsolusi.com")
write(23, "request-minimal-missing-fields", f"""
Return-Path: <dedi@ptxyzsolusi.com>
Message-ID: {m}
Date: {date("2026-11-17 15:02:44")}
From: dedi@ptxyzsolusi.com
To: lpse@salatiga.go.id
Subject: remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dengan hormat,

kami dari PT XYZ Solusi Integrasi mohon diberikan remote akses ke server LPSE.
terima kasih

Salam
Dedi Kurniawan
Staf IT
""", label("request", fields={
    "name": "Dedi Kurniawan", "institution": "PT XYZ Solusi Integrasi", "purpose": None, "access_rights": None,
    "period_start": None, "period_end": None, "letter_number": None, "letter_date": None},
    note="A request with almost nothing: purpose, rights and period are absent (null), so need_info must follow. From header has no display name."))

# 024 rights outside the vocabulary
m = mid_outlook("024", "mail.cvsinarabadi.co.id")
write(24, "request-rights-outside-vocabulary", f"""
From: Maria Ulfa <maria.ulfa@cvsinarabadi.co.id>
To: lpse@salatiga.go.id
Subject: Permohonan akses FTP dan RDP
Date: {date("2026-11-19 11:11:11")}
Message-ID: {m}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

Selamat siang Admin LPSE,

Mohon dibukakan akses FTP dan remote desktop (RDP) ke PC server ruang LPSE untuk keperluan upload berkas
dokumentasi pemeliharaan perangkat (foto, BA, checklist), pada tanggal 25 November 2026.

Nama: Maria Ulfa
Instansi: CV Sinar Abadi Komputer
HP: 0813 2700 6581

Terima kasih,
Maria
""", label("request", fields={
    "name": "Maria Ulfa", "institution": "CV Sinar Abadi Komputer", "phone": "0813 2700 6581",
    "purpose": "Upload berkas dokumentasi pemeliharaan perangkat (foto, BA, checklist)",
    "period_start": "2026-11-25", "period_end": "2026-11-25", "letter_number": None, "letter_date": None},
    note="Asks for FTP and RDP, which are not in the rights vocabulary: access_rights left out of the label (mapping them to ssh/vpn would be a guess; asking is right)."))

# 025 two people in one letter
m = mid_zimbra("025", "megadata.co.id")
write(25, "request-two-technicians", f"""
Date: {date("2026-11-20 10:44:21")}
From: Admin Proyek PT Mega Data Integra <proyek@megadata.co.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Permohonan Remote Akses untuk 2 (dua) teknisi
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dengan hormat,

Kami PT Mega Data Integra selaku penyedia jasa pemeliharaan aplikasi SPSE mengajukan permohonan remote
akses (VPN dan SSH) untuk pemasangan patch keamanan SPSE, tanggal 25 - 26 November 2026, untuk 2 (dua)
orang teknisi:

1. Andika Putra (andika@megadata.co.id, 0812-3321-0090)
2. Lukas Setiabudi (lukas@megadata.co.id, 0856-4001-2277)

Terima kasih.

Admin Proyek
PT Mega Data Integra
""", label("request", fields={
    "institution": "PT Mega Data Integra", "purpose": "Pemasangan patch keamanan SPSE",
    "access_rights": ["vpn", "ssh"], "period_start": "2026-11-25", "period_end": "2026-11-26",
    "letter_number": None, "letter_date": None},
    note="Two users in one request: name/email/phone are left out of the label (one of them, both, or ask? not determinable). '25 - 26 November 2026'."))

# 026 English prose, negation of spse-admin
m = mid_outlook("026", "BY5PR11MB4018.namprd11.prod.outlook.com")
write(26, "request-english-prose-negation", f"""
From: Rajesh Kumar <rajesh.kumar@infinitydb-support.com>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
CC: Support APAC <support.apac@infinitydb-support.com>
Subject: Remote access request - database performance tuning (Case 00418823)
Date: {date("2026-11-20 22:15:09", "+0530")}
Message-ID: {m}
Content-Language: en-US
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

{b64('''Dear Sir/Madam,

Following up on support case 00418823 opened by your administrator, we would like to request remote
access to your environment so that our engineer can perform database performance tuning on the SPSE
database server.

Engineer: Rajesh Kumar, Senior DBA, InfinityDB Support Asia
Email: rajesh.kumar@infinitydb-support.com
Mobile: +91 98450 22817

We need VPN connectivity and a read-only database account. Access to the SPSE admin console is not
required. The proposed window is 30 November - 2 December 2026 (our engineer will work during your
office hours, UTC+7).

Kind regards,
Rajesh Kumar
InfinityDB Support Asia''')}
""", label("request", fields={
    "name": "Rajesh Kumar", "institution": "InfinityDB Support Asia", "email": "rajesh.kumar@infinitydb-support.com",
    "phone": "+91 98450 22817", "purpose": "Database performance tuning on the SPSE database server",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-11-30", "period_end": "2026-12-02",
    "letter_number": None, "letter_date": None},
    note="English prose, base64, +0530 Date. 'Access to the SPSE admin console is not required' must not yield spse-admin. A support case number is not a letter number."), crlf=True)

# 027 negation in Indonesian, 'hanya VPN', 's.d' without final dot
m = f"<{h('027', 10, '0123456789')}.{h('027b', 7, '0123456789')}@mail.yahoo.com>"
write(27, "request-negation-hanya-vpn", f"""
Date: {date("2026-11-21 06:12:55")}
From: Nanang Kosim <nanang.kosim@yahoo.com>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Permohonan remote akses CV Cahaya Teknik
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: WebService/1.1.25136 YMailNorrin

Dengan hormat,
Kami CV Cahaya Teknik selaku penyedia pemeliharaan CCTV ruang server mengajukan permohonan remote akses
untuk konfigurasi ulang NVR CCTV ruang server. Kami tidak memerlukan akses database maupun SSH, hanya VPN.

Nama : Nanang Kosim
Telp : 0857 2900 1148
Tgl  : 25-11-2026 s.d 25-11-2026

Hormat kami,
Nanang Kosim
CV Cahaya Teknik
""", label("request", fields={
    "name": "Nanang Kosim", "institution": "CV Cahaya Teknik", "phone": "0857 2900 1148",
    "purpose": "Konfigurasi ulang NVR CCTV ruang server", "access_rights": ["vpn"],
    "period_start": "2026-11-25", "period_end": "2026-11-25", "letter_number": None, "letter_date": None},
    note="Negated rights ('tidak memerlukan akses database maupun SSH, hanya VPN'): only vpn. 's.d' without the final dot."))

# 028 mutt, ISO dates, +0000, plain ascii
write(28, "request-mutt-iso-dates", f"""
Date: {date("2026-11-16 02:40:18", "+0000")}
From: Ivan Gunawan <ivan@kernelworks.id>
To: lpse@salatiga.go.id
Subject: permohonan remote akses (ssh) - kernelworks
Message-ID: <20261116024018.GA41822@kernelworks.id>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Disposition: inline
User-Agent: Mutt/2.2.12 (2023-09-09)

Halo,

Permohonan remote akses untuk audit kernel & hardening OS server SPSE.

  Nama      : Ivan Gunawan
  Instansi  : Kernelworks Indonesia (CV)
  Email     : ivan@kernelworks.id
  Hak akses : ssh
  Periode   : 2026-11-30 s.d. 2026-12-01

Kunci publik SSH saya (ed25519):
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc8kq2rV6nQ1yq0o0Z3lK0m3Jf5bW9QmA1r2Kx7y8Tz ivan@kernelworks

Terima kasih.

-- 
Ivan Gunawan -- https://kernelworks.id
""", label("request", fields={
    "name": "Ivan Gunawan", "institution": "Kernelworks Indonesia (CV)", "email": "ivan@kernelworks.id",
    "purpose": "Audit kernel & hardening OS server SPSE", "access_rights": ["ssh"],
    "period_start": "2026-11-30", "period_end": "2026-12-01", "letter_number": None, "letter_date": None},
    note="Mutt, ISO dates, Date in UTC at 02:40 (09:40 WIB the same day). Includes an SSH public key line."))

# 029 request with a raw HTML signature with inline image (multipart/related)
m = mid_gmail("029")
bd1, bd2, bd3 = boundary("029a"), boundary("029b"), boundary("029c")
png = b64(bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d4c2b90000000049454e44ae426082"))
txt = """Kepada Yth. Admin LPSE Kota Salatiga

Bersama ini kami memohon diberikan remote akses untuk:
Nama: Wulan Sari Dewi
Instansi: Dinas Pendidikan Kota Salatiga (Subbag Program, Pejabat Pengadaan)
Email: wulan.sd@disdik.salatiga.go.id
Telepon: 0298-324411
Tujuan: Pengecekan riwayat paket pengadaan langsung di SPSE yang tidak tampil di laporan
Hak Akses: spse-admin
Mulai: Selasa, 24 November 2026
Selesai: Selasa, 24 November 2026

Terima kasih
Wulan Sari Dewi
[logo Disdik]
"""
write(29, "request-related-inline-logo", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 10:03:27")}
Message-ID: {m}
Subject: Permohonan Remote Akses - Disdik Salatiga
From: Wulan Sari Dewi <wulan.sd@disdik.salatiga.go.id>
To: lpse@salatiga.go.id
Content-Type: multipart/related; boundary="{bd1}"

--{bd1}
Content-Type: multipart/alternative; boundary="{bd2}"

--{bd2}
Content-Type: text/plain; charset="UTF-8"

{txt}
--{bd2}
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">{txt.replace(chr(10), "<br>").replace("[logo Disdik]", '<img src="cid:ii_lx0logo01" alt="logo Disdik" width="120">')}</div>

--{bd2}--

--{bd1}
Content-Type: image/png; name="logo-disdik.png"
Content-Disposition: inline; filename="logo-disdik.png"
Content-Transfer-Encoding: base64
X-Attachment-Id: ii_lx0logo01
Content-ID: <ii_lx0logo01>

{png}
--{bd1}--
""", label("request", fields={
    "name": "Wulan Sari Dewi", "institution": "Dinas Pendidikan Kota Salatiga (Subbag Program, Pejabat Pengadaan)",
    "email": "wulan.sd@disdik.salatiga.go.id", "phone": "0298-324411",
    "purpose": "Pengecekan riwayat paket pengadaan langsung di SPSE yang tidak tampil di laporan",
    "access_rights": ["spse-admin"], "period_start": "2026-11-24", "period_end": "2026-11-24",
    "letter_number": None, "letter_date": None},
    note="multipart/related with an inline PNG logo (Content-ID), a dinas (OPD) staff member; weekday names before the dates."))

# =============================================================================================
# INFO REPLIES for RA-2026-0008 (needs_info; requester rina.wulandari@cvsentosa.id)
# =============================================================================================

# 040 tag in subject, quoted need_info, labelled answers (Gmail id quote header)
m = mid_gmail("040")
write(40, "info-reply-tag-labelled-quoted", f"""
MIME-Version: 1.0
Date: {date("2026-11-19 10:22:31")}
References: {NEEDINFO_08}
In-Reply-To: {NEEDINFO_08}
Message-ID: {m}
Subject: Re: {NEEDINFO_08_SUBJECT}
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''Selamat pagi, berikut kami lengkapi datanya:

Tujuan    : Perbaikan modul laporan realisasi pengadaan pada aplikasi pendukung SPSE
Hak Akses : VPN dan database-readonly
Mulai     : 24 November 2026
Selesai   : 26 November 2026

Terima kasih.

Rina Wulandari
CV Sentosa Informatika

Pada Rab, 18 Nov 2026 pukul 14.05 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(NEEDINFO_08_TEXT)}''')}
""", label("info_reply", "RA-2026-0008", fields={
    "purpose": "Perbaikan modul laporan realisasi pengadaan pada aplikasi pendukung SPSE",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-11-24", "period_end": "2026-11-26"},
    note="Info reply in thread (tag + In-Reply-To). Fields are what the new text adds; the quoted need_info lists the vocabulary (ssh, vpn, ...) and must not be read as the answer."))

# 041 In-Reply-To only, new subject, prose answers
m = mid_gmail("041")
write(41, "info-reply-in-reply-to-only-prose", f"""
MIME-Version: 1.0
Date: {date("2026-11-19 19:48:02")}
References: {NEEDINFO_08}
In-Reply-To: {NEEDINFO_08}
Message-ID: {m}
Subject: Kelengkapan data CV Sentosa Informatika
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Maaf pak, tambahan informasinya: tujuannya untuk memasang aplikasi agen backup pada server aplikasi,
hak akses cukup SSH saja. Waktunya tanggal 30 November sampai 1 Desember 2026.

Rina

On Wed, Nov 18, 2026 at 2:05 PM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:

{quote(NEEDINFO_08_TEXT)}
""", label("info_reply", "RA-2026-0008", fields={
    "purpose": "Memasang aplikasi agen backup pada server aplikasi", "access_rights": ["ssh"],
    "period_start": "2026-11-30", "period_end": "2026-12-01"},
    note="Threaded by In-Reply-To only (subject changed, no tag). English Gmail quote header. 'tanggal 30 November sampai 1 Desember 2026' (year once)."))

# 042 from a personal address: not the requester -> alert
m = mid_gmail("042")
write(42, "info-reply-from-personal-address-alert", f"""
MIME-Version: 1.0
Date: {date("2026-11-20 06:31:45")}
Message-ID: {m}
Subject: Re: {NEEDINFO_08_SUBJECT}
From: Rina W <rina.wulandari88@gmail.com>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Pak, saya balas dari email pribadi karena email kantor sedang gangguan.
Tujuan: perbaikan modul laporan. Hak akses: VPN. Periode 24-26 November 2026.

Rina Wulandari - CV Sentosa Informatika
""", label("info_reply", "RA-2026-0008", alert=True, fields={
    "purpose": "Perbaikan modul laporan", "access_rights": ["vpn"],
    "period_start": "2026-11-24", "period_end": "2026-11-26"},
    note="In thread by tag but from an address that is not the requester's (personal gmail, no In-Reply-To): not applied, admins told. Fields are what it says, for the admins."))

# 043 the admin supplies the missing data on the requester's behalf
m = mid_zimbra("043")
write(43, "info-reply-from-admin", f"""
Date: {date("2026-11-20 08:15:00")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
In-Reply-To: {NEEDINFO_08}
References: {NEEDINFO_08}
Subject: Re: {NEEDINFO_08_SUBJECT}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

Bu Rina sudah konfirmasi lewat telepon tadi pagi:
Tujuan: perbaikan modul laporan realisasi pengadaan
Hak akses: vpn, database-readonly
Periode: 24/11/2026 s.d. 26/11/2026

Heru (Admin LPSE)

----- Pesan Asli -----
Dari: "LPSE Kota Salatiga" <lpse@salatiga.go.id>
Kepada: "Rina Wulandari" <rina.wulandari@cvsentosa.id>
Dikirim: Rabu, 18 November 2026 14:05:12
Subjek: {NEEDINFO_08_SUBJECT}

{NEEDINFO_08_TEXT}
""", label("info_reply", "RA-2026-0008", fields={
    "purpose": "Perbaikan modul laporan realisasi pengadaan", "access_rights": ["vpn", "database-readonly"],
    "period_start": "2026-11-24", "period_end": "2026-11-26"},
    note="The admin answers the need_info for the requester (admins may). Zimbra quote header '----- Pesan Asli -----' with Dari/Kepada/Dikirim/Subjek; quote not '>'-prefixed."))

# 044 the requester asks a question instead of answering
m = mid_gmail("044")
write(44, "info-reply-question-no-fields", f"""
MIME-Version: 1.0
Date: {date("2026-11-18 15:10:09")}
References: {NEEDINFO_08}
In-Reply-To: {NEEDINFO_08}
Message-ID: {m}
Subject: Re: {NEEDINFO_08_SUBJECT}
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Mohon maaf, untuk hak akses apakah boleh minta spse-admin dan database sekaligus? Atau harus pilih salah satu?
Nanti setelah ada jawaban saya lengkapi.

Pada Rab, 18 Nov 2026 pukul 14.05 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(NEEDINFO_08_TEXT)}
""", label("info_reply", "RA-2026-0008", fields={
    "purpose": None, "access_rights": None, "period_start": None, "period_end": None},
    note="In-thread reply from the requester that asks a question and supplies nothing: info_reply with empty fields (the rights mentioned are a question, not an answer), so the request stays needs_info. An admin should answer it by hand."))

# =============================================================================================
# CLOSURES
# =============================================================================================

# 046 requester, tag, Gmail, quoting the credentials mail (with the password in the quote)
m = mid_gmail("046")
write(46, "closure-requester-tag-quotes-credentials", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 15:02:10")}
References: {ACK_07} {CRED_07}
In-Reply-To: {CRED_07}
Message-ID: {m}
Subject: Re: {CRED_07_SUBJECT}
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''Selamat sore,

Pekerjaan pemeliharaan server sudah selesai kami lakukan hari ini. Mohon akun remote akses kami ditutup.
Terima kasih atas bantuannya.

Salam,
Budi Santoso
PT Maju Jaya Teknologi

Pada Sen, 16 Nov 2026 pukul 08.03 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_07_TEXT)}''')}
""", label("closure", "RA-2026-0007",
    note="The plain case: requester, in thread (tag + In-Reply-To to our credentials mail), 'sudah selesai ... mohon akun ditutup'. The quote holds the credentials and the word PERPANJANG (instructions), which must be ignored."))

# 047 requester, In-Reply-To only, subject changed, Outlook English quote header
m = mid_outlook("047", "mail.majujaya.co.id")
write(47, "closure-in-reply-to-only-outlook", f"""
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Pemberitahuan selesai pekerjaan
Date: {date("2026-11-23 16:45:38")}
Message-ID: {m}
In-Reply-To: {CRED_07}
References: {CRED_07}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbXQ0c8eJ2l3YkSk6Cq4nK2W9XqQ==

Dengan hormat,

Bersama ini kami beritahukan bahwa pekerjaan pemeliharaan server LPSE telah selesai per hari ini,
Senin 23 November 2026. Akun remote akses ra26_0007 sudah tidak kami gunakan dan dapat ditutup.

Hormat kami,
Budi Santoso

From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Monday, November 16, 2026 8:03 AM
To: Budi Santoso <budi.santoso@majujaya.co.id>
Subject: {CRED_07_SUBJECT}

{CRED_07_TEXT}
""", label("closure", "RA-2026-0007",
    note="Threaded only by In-Reply-To to our credentials Message-ID; subject rewritten without the tag. Outlook 'From:/Sent:/To:/Subject:' quote header, quote not '>'-prefixed."), crlf=True)

# 048 the admin closes it
m = mid_zimbra("048")
write(48, "closure-from-admin", f"""
Date: {date("2026-11-23 17:05:44")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: [RA-2026-0007] mohon ditutup
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

Pak Budi (PT Maju Jaya) sudah konfirmasi via WA bahwa pekerjaan selesai. Mohon akun remote aksesnya ditutup.

Heru
""", label("closure", "RA-2026-0007",
    note="Closure from an admin with the tag only (a new message, not a reply). Admins may close."))

# 049 a stranger claims the work is done
m = mid_gmail("049")
write(49, "closure-from-stranger-alert", f"""
MIME-Version: 1.0
Date: {date("2026-11-22 21:33:09")}
Message-ID: {m}
Subject: Re: {CRED_07_SUBJECT}
From: Irwan <irwan.majujaya@gmail.com>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Pekerjaan sudah selesai, mohon akun ditutup.
""", label("closure", "RA-2026-0007", alert=True,
    note="Tag in the subject but the sender is neither the requester nor an admin (and there is no In-Reply-To): a closure claim that must not be applied; admins told."))

# 050 requester's closure with no thread reference at all
m = mid_gmail("050")
write(50, "closure-no-thread-reference", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 15:20:40")}
Message-ID: {m}
Subject: Pemberitahuan selesai
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Yth. Admin LPSE,

Pekerjaan pemeliharaan server sudah selesai. Mohon akun remote akses saya ditutup.

Terima kasih,
Budi Santoso
""", label("closure", None, alert=True,
    note="A closure notice with no tag and no reference. Outside a thread it is not a request (it asks for nothing new) and it cannot be applied; by the rule 'counts only in a request's thread' it is a closure with alert. The sender happens to be the requester of active RA-2026-0007, but matching by sender address is not threading: request_number null. Labelling it plain 'unrelated' would silently drop a notice that access must end."))

# 051 newsletter mentioning 'selesai', 'ditutup', 'perpanjangan'
m = f"<{h('051', 24)}@mailer.lkpp.go.id>"
write(51, "unrelated-newsletter-selesai-ditutup", f"""
Return-Path: <bounce-nl-2026-47@mailer.lkpp.go.id>
Date: {date("2026-11-20 07:00:02")}
From: Buletin LKPP <buletin@lkpp.go.id>
Reply-To: noreply@lkpp.go.id
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Buletin Pengadaan Edisi 47/2026: Migrasi SPSE selesai di 412 LPSE
List-Id: Buletin Pengadaan LKPP <buletin.lkpp.go.id>
List-Unsubscribe: <https://buletin.lkpp.go.id/unsubscribe?u=8f2a1c>, <mailto:unsubscribe@lkpp.go.id?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

BULETIN PENGADAAN — Edisi 47/2026

1. Migrasi SPSE versi 4.5 telah selesai di 412 LPSE. Layanan SPSE versi lama akan ditutup mulai 1 Desember 2026.
2. Batas waktu perpanjangan sertifikat kompetensi PBJ diperpanjang hingga 31 Desember 2026.
3. Permohonan akses API Katalog Elektronik kini dapat diajukan melalui portal layanan LKPP.
4. Jadwal bimtek pengelola LPSE: 1-3 Desember 2026, daring.

Anda menerima email ini karena terdaftar sebagai pengelola LPSE.
Berhenti berlangganan: https://buletin.lkpp.go.id/unsubscribe?u=8f2a1c
""", label("unrelated",
    note="Newsletter (List-Id, Precedence: list) using 'selesai', 'ditutup', 'perpanjangan', 'permohonan akses': unrelated, no reply."))

# 052 iPhone, HTML-only, tag, short closure
m = mid_apple("052")
write(52, "closure-iphone-html-only", f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Budi Santoso <budi.santoso@majujaya.co.id>
Mime-Version: 1.0 (1.0)
Date: {date("2026-11-23 18:02:27")}
Subject: Re: {ACK_07_SUBJECT}
Message-Id: {m}
References: {ACK_07}
In-Reply-To: {ACK_07}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
X-Mailer: iPhone Mail (22B91)

{qp('''<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">Sudah selesai pak, silakan ditutup aksesnya. Terima kasih.<div><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">On Nov 16, 2026, at 08:01, LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">Yth. Bapak/Ibu Budi Santoso,<br><br>Permohonan remote akses Bapak/Ibu telah kami terima dan dicatat dengan nomor permohonan RA-2026-0007.<br>Permohonan ini akan diteruskan kepada Kasubag Pengelolaan LPSE untuk mendapatkan persetujuan.<br></div></blockquote></div></body></html>''')}
""", label("closure", "RA-2026-0007",
    note="HTML-only iPhone reply to our ack: 'Sudah selesai pak, silakan ditutup aksesnya.' Quote in <blockquote type=cite> with an 'On ..., at ..., ... wrote:' header."))

# 053 closure with the letter attached is 039 (see _make_attachments.py)

# =============================================================================================
# EXTENSIONS
# =============================================================================================

# 054 requester, tag, PERPANJANG keyword
m = mid_gmail("054")
write(54, "extension-requester-perpanjang", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 09:12:44")}
References: {ACK_07} {CRED_07}
In-Reply-To: {CRED_07}
Message-ID: {m}
Subject: Re: {CRED_07_SUBJECT}
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

PERPANJANG

Mohon perpanjangan akses sampai 4 Desember 2026 karena penggantian hardisk server tertunda menunggu
barang datang.

Budi

Pada Sen, 16 Nov 2026 pukul 08.03 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_07_TEXT)}
""", label("extension", "RA-2026-0007",
    note="Extension with the keyword PERPANJANG and a new end date (4 Dec 2026) in the new text; the quote's 'berakhir pada 27 November' is the old end."))

# 055 requester, reply to our ack, no keyword, 'sampai dengan'
m = mid_outlook("055", "mail.majujaya.co.id")
write(55, "extension-no-keyword-reply-to-ack", f"""
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: RE: {ACK_07_SUBJECT}
Date: {date("2026-11-20 14:18:09")}
Message-ID: {m}
In-Reply-To: {ACK_07}
References: {ACK_07}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

Selamat siang,

Mohon perpanjangan masa berlaku akun remote akses kami sampai dengan 30 November 2026, karena masih
ada pengujian yang belum selesai.

Terima kasih,
Budi Santoso

-----Original Message-----
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Monday, November 16, 2026 8:01 AM
To: Budi Santoso <budi.santoso@majujaya.co.id>
Subject: {ACK_07_SUBJECT}

{ACK_07_TEXT}
""", label("extension", "RA-2026-0007",
    note="Extension in words ('mohon perpanjangan ... sampai dengan 30 November 2026') without the keyword; 'belum selesai' must not make it a closure. '-----Original Message-----' quote."), crlf=True)

# 056 a colleague (same company, other address) asks for an extension
m = mid_gmail("056")
write(56, "extension-colleague-not-requester-alert", f"""
MIME-Version: 1.0
Date: {date("2026-11-21 08:40:00")}
Message-ID: {m}
Subject: [RA-2026-0007] Perpanjangan akses
From: Sari Puspita <sari@majujaya.co.id>
To: lpse@salatiga.go.id
Cc: Budi Santoso <budi.santoso@majujaya.co.id>
Content-Type: text/plain; charset="UTF-8"

Yth. Admin LPSE,

Mewakili Pak Budi yang sedang dinas luar, kami mohon perpanjangan akses RA-2026-0007 hingga 2 Desember 2026.
PERPANJANG

Terima kasih,
Sari Puspita
Admin Proyek PT Maju Jaya Teknologi
""", label("extension", "RA-2026-0007", alert=True,
    note="Extension by a colleague of the requester (same domain, different address; requester only in Cc): not from the requester or an admin, so not applied; admins told."))

# 057 extension asked in a CLOSED request's thread
m = mid_outlook("057", "mail.auditor.go.id")
write(57, "extension-closed-request-alert", f"""
From: Dewi Lestari <dewi.lestari@auditor.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: RE: [RA-2026-0010] Akun remote akses telah ditutup
Date: {date("2026-11-18 10:05:51")}
Message-ID: {m}
In-Reply-To: <closed.RA-2026-0010.d9@salatiga.go.id>
References: <ack.RA-2026-0010.a1@salatiga.go.id> <closed.RA-2026-0010.d9@salatiga.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

Selamat pagi,

Ternyata masih ada data yang perlu kami verifikasi. Mohon akses dibuka kembali / diperpanjang sampai
20 November 2026. PERPANJANG

Dewi Lestari
Auditor

-----Original Message-----
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Tuesday, November 17, 2026 5:00 PM
To: Dewi Lestari <dewi.lestari@auditor.go.id>
Subject: [RA-2026-0010] Akun remote akses telah ditutup

Yth. Bapak/Ibu Dewi Lestari,

Akun remote akses untuk permohonan RA-2026-0010 telah ditutup pada 17 November 2026 pukul 17.00 WIB.
""", label("extension", "RA-2026-0010", alert=True,
    note="The requester asks to reopen/extend a CLOSED request: it cannot be applied (an extension needs an open grant); admins told. The referenced Message-IDs are not in world.toml, the tag threads it."), crlf=True)

# 058 admin asks for an extension on the requester's behalf
m = mid_zimbra("058")
write(58, "extension-from-admin", f"""
Date: {date("2026-11-23 10:30:12")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: [RA-2026-0007] PERPANJANG s.d. 2 Desember 2026
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

Pak Budi telepon, minta perpanjangan sampai 2 Desember 2026 (pekerjaan tambahan sesuai addendum kontrak).

Heru
""", label("extension", "RA-2026-0007",
    note="Extension by an admin, keyword and date in the subject and the body."))

# =============================================================================================
# WITHDRAWALS
# =============================================================================================

# 059 requester of RA-2026-0009 replies BATAL to our ack
m = mid_gmail("059")
write(59, "withdrawal-batal-reply-to-ack", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 08:20:15")}
References: {ACK_09}
In-Reply-To: {ACK_09}
Message-ID: {m}
Subject: Re: {ACK_09_SUBJECT}
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

BATAL

Pemutakhiran dilakukan langsung oleh tim LKPP pusat, jadi remote akses tidak diperlukan lagi.

Andi

Pada Jum, 20 Nov 2026 pukul 10.31 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(ACK_09_TEXT)}
""", label("withdrawal", "RA-2026-0009",
    note="'BATAL' from the requester in the thread of a pending_approval request."))

# 060 'kami batalkan permohonan', tag only
m = mid_zimbra("060", "kominfo.salatiga.go.id")
write(60, "withdrawal-kami-batalkan-tag", f"""
Date: {date("2026-11-22 19:02:33")}
From: Yusuf Maulana <yusuf@kominfo.salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: [RA-2026-0012] pembatalan permohonan remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Selamat malam,

Dengan ini kami batalkan permohonan remote akses RA-2026-0012 karena migrasi server ditunda ke tahun
anggaran 2027. Nanti kami ajukan kembali.

Terima kasih,
Yusuf Maulana
Diskominfo Kota Salatiga
""", label("withdrawal", "RA-2026-0012",
    note="Withdrawal in words with the tag only (a fresh mail). 'Nanti kami ajukan kembali' is not a new request."))

# 061 approved request withdrawn ('tidak jadi')
m = mid_gmail("061")
write(61, "withdrawal-approved-tidak-jadi", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 07:45:00")}
Message-ID: {m}
Subject: Re: [RA-2026-0011] Permohonan remote akses disetujui
In-Reply-To: <approved.RA-2026-0011.e4@salatiga.go.id>
References: <ack.RA-2026-0011.a1@salatiga.go.id> <approved.RA-2026-0011.e4@salatiga.go.id>
From: Hendra Gunawan <hendra@dataprima.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Pak, mohon maaf permohonan kami tidak jadi, mohon dibatalkan saja. Pekerjaan akan kami lakukan langsung
di lokasi (onsite) hari Rabu. Akunnya tidak perlu dibuat.

Hendra
PT Data Prima Solusindo

On Sun, Nov 22, 2026 at 4:10 PM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:
> Yth. Bapak/Ibu Hendra Gunawan,
>
> Permohonan remote akses RA-2026-0011 telah disetujui. Akun remote akses sedang dibuat dan akan
> dikirimkan melalui email terpisah.
""", label("withdrawal", "RA-2026-0011",
    note="Withdrawal ('tidak jadi, mohon dibatalkan') of an approved request before the account exists."))

# 062 a stranger withdraws someone else's request
m = mid_gmail("062")
write(62, "withdrawal-stranger-alert", f"""
MIME-Version: 1.0
Date: {date("2026-11-21 23:50:12")}
Message-ID: {m}
Subject: [RA-2026-0009] BATAL
From: "LKPP Helpdesk" <lkpp.helpdesk.id@gmail.com>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

BATAL. Permohonan dibatalkan oleh LKPP.
""", label("withdrawal", "RA-2026-0009", alert=True,
    note="A withdrawal in the thread (tag) from an address that is not the requester (a gmail posing as LKPP): not applied; admins told."))

# 063 needs_info request withdrawn by reply to need_info
m = mid_gmail("063")
write(63, "withdrawal-needs-info", f"""
MIME-Version: 1.0
Date: {date("2026-11-21 09:03:38")}
References: {NEEDINFO_08}
In-Reply-To: {NEEDINFO_08}
Message-ID: {m}
Subject: Re: {NEEDINFO_08_SUBJECT}
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Yth. Admin,
Mohon maaf, kami batalkan permohonan ini karena kontrak pekerjaannya belum ditandatangani.
Terima kasih.

Rina

Pada Rab, 18 Nov 2026 pukul 14.05 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(NEEDINFO_08_TEXT)}
""", label("withdrawal", "RA-2026-0008",
    note="Withdrawal of a needs_info request in reply to need_info (the quote asks for Tujuan/Hak Akses, which is not an answer)."))

# =============================================================================================
# APPROVAL REPLIES
# =============================================================================================
KFROM = "Sri Handayani <kasubag.lpse@salatiga.go.id>"
SFROM = "Agus Widodo <sekretaris.bpbj@salatiga.go.id>"
ZIMBRA_QH = "----- Pesan Asli -----\nDari: \"LPSE Kota Salatiga\" <lpse@salatiga.go.id>\nKepada: \"kasubag lpse\" <kasubag.lpse@salatiga.go.id>\nDikirim: {when}\nSubjek: {subj}\n\n"


def zimbra_reply(num, slug, new_text, ref, subj, when_sent, text, lab, frm=KFROM, irt=True, extra_headers="",
                 quote_header=None):
    m = mid_zimbra(f"{num:03d}")
    qh = quote_header if quote_header is not None else ZIMBRA_QH.format(when=when_sent, subj=subj)
    refs = f"In-Reply-To: {ref}\nReferences: {ref}\n" if irt else f"References: {ref}\n"
    write(num, slug, f"""
Return-Path: <{frm.split('<')[1].rstrip('>')}>
Date: {date(lab.pop('_date'))}
From: {frm}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: {m}
{refs}Subject: Re: {subj}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Thread-Topic: {subj.split('] ', 1)[1]}
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)
{extra_headers}
{new_text}

{qh}{text}
""", lab)


def L(*a, _date, **k):
    lab = label(*a, **k)
    lab["_date"] = _date
    return lab


# 064 SETUJU, plain
zimbra_reply(64, "approval-setuju-kasubag", "SETUJU", APPR_09_KASUBAG, APPR_09_SUBJECT,
             "Jumat, 20 November 2026 10:31:07", APPR_09_TEXT,
             L("approval_reply", "RA-2026-0009", "approve", _date="2026-11-20 13:02:40",
               note="The plain case: the Kasubag replies SETUJU to the approval mail sent to her (In-Reply-To). The quote holds both SETUJU and TOLAK instructions."))

# 065 'Disetujui.' RA-2026-0012
zimbra_reply(65, "approval-disetujui-dot", "Disetujui.\n\nSri", APPR_12_KASUBAG, APPR_12_SUBJECT,
             "Sabtu, 21 November 2026 09:14:55", APPR_12_TEXT,
             L("approval_reply", "RA-2026-0012", "approve", _date="2026-11-23 07:58:10",
               note="'Disetujui.' (with a full stop) for RA-2026-0012."))

# 066 ACC from iPhone
m = mid_apple("066")
write(66, "approval-acc-iphone", f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
Mime-Version: 1.0 (1.0)
Date: {date("2026-11-20 18:47:03")}
Subject: Re: {APPR_09_SUBJECT}
Message-Id: {m}
References: {APPR_09_KASUBAG}
In-Reply-To: {APPR_09_KASUBAG}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
X-Mailer: iPhone Mail (22B91)

{qp(f'''ACC

Sent from my iPhone

> On Nov 20, 2026, at 10:31, LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:
>
{quote(APPR_09_TEXT)}''')}
""", label("approval_reply", "RA-2026-0009", "approve",
    note="'ACC' from an iPhone; the iPhone quote header is itself '>'-prefixed."))

# 067 'ok setuju' Android Gmail app, Indonesian quote header
m = mid_gmail("067")
write(67, "approval-ok-setuju-android", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 09:21:40")}
References: {APPR_12_KASUBAG}
In-Reply-To: {APPR_12_KASUBAG}
Message-ID: {m}
Subject: Re: {APPR_12_SUBJECT}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

ok setuju

Pada Sen, 23 Nov 2026 pukul 09.12 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:

{quote(APPR_12_TEXT)}
""", label("approval_reply", "RA-2026-0012", "approve",
    note="Lower-case 'ok setuju' from the Gmail Android app; quote header 'Pada Sen, 23 Nov 2026 pukul 09.12 ... menulis:'."))

# 068 TOLAK with reason
zimbra_reply(68, "approval-tolak-reason", "TOLAK karena tidak ada surat tugas", APPR_09_KASUBAG, APPR_09_SUBJECT,
             "Jumat, 20 November 2026 10:31:07", APPR_09_TEXT,
             L("approval_reply", "RA-2026-0009", "reject", "karena tidak ada surat tugas", _date="2026-11-20 11:40:02",
               note="TOLAK with the reason on the same line."))

# 069 'Tidak disetujui, ...'
zimbra_reply(69, "approval-tidak-disetujui-comma", "Tidak disetujui, mohon dilengkapi surat tugas dari Kepala Dinas.\n\nSri H.",
             APPR_12_KASUBAG, APPR_12_SUBJECT, "Sabtu, 21 November 2026 09:14:55", APPR_12_TEXT,
             L("approval_reply", "RA-2026-0012", "reject", "mohon dilengkapi surat tugas dari Kepala Dinas.",
               _date="2026-11-22 20:03:11",
               note="'Tidak disetujui' contains 'disetujui': TIDAK DISETUJUI must win. Reason after the comma."))

# 070 both an approving and a rejecting word
zimbra_reply(70, "approval-both-words-unclear",
             "Setuju, tapi kalau surat tugasnya belum ada tolak saja dulu.", APPR_09_KASUBAG, APPR_09_SUBJECT,
             "Jumat, 20 November 2026 10:31:07", APPR_09_TEXT,
             L("approval_reply", "RA-2026-0009", "unclear", _date="2026-11-20 12:10:30",
               note="Both an approving (Setuju) and a rejecting (tolak) word in the new text: unclear (a conditional a daemon cannot evaluate); one reply_unclear answer."))

# 071 no decision word
zimbra_reply(71, "approval-no-word-unclear",
             "Sebentar, saya cek dulu dengan Pak Kabag. Nanti saya kabari.", APPR_12_KASUBAG, APPR_12_SUBJECT,
             "Sabtu, 21 November 2026 09:14:55", APPR_12_TEXT,
             L("approval_reply", "RA-2026-0012", "unclear", _date="2026-11-21 10:02:19",
               note="A genuine reply from the approver with no decision word: unclear (the words in the quote do not count)."))

# 072 spoofed: From the Kasubag, no reference to any approval mail
m = f"<{h('072', 20)}@mx-relay{h('072b', 3, '0123456789')}.bulkmailer.top>"
write(72, "approval-spoofed-no-reference-alert", f"""
Return-Path: <bounce-9981@bulkmailer.top>
Received: from mx-relay417.bulkmailer.top (mx-relay417.bulkmailer.top [185.212.47.19])
\tby mail.salatiga.go.id (Postfix) with ESMTP id 4F1B220C11
\tfor <lpse@salatiga.go.id>; {date("2026-11-21 02:14:50")}
Authentication-Results: mail.salatiga.go.id; dmarc=fail (p=none dis=none) header.from=salatiga.go.id;
 spf=fail smtp.mailfrom=bulkmailer.top; dkim=none
Date: {date("2026-11-21 02:14:47")}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: [RA-2026-0009] SETUJU
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

SETUJU. Segera kirimkan akun ke pemohon.
""", label("approval_reply", "RA-2026-0009", None, alert=True,
    note="Spoofed: From the Kasubag's address, tag in the subject, but no In-Reply-To/References to her approval mail (and SPF/DMARC fail from a bulk relay). No decision; admins told."))

# 073 backup approver replies to HIS approval mail
zimbra_reply(73, "approval-backup-approver-own-mail", "Disetujui, silakan diproses.\n\nAgus Widodo\nSekretaris Bagian PBJ",
             APPR_09_SEKRETARIS, APPR_09_SUBJECT, "Sabtu, 21 November 2026 10:31:07", APPR_09_TEXT_SEKRETARIS,
             L("approval_reply", "RA-2026-0009", "approve", _date="2026-11-23 08:44:21",
               note="The backup approver replies to the approval mail that was sent to him (Zr4Tn8Wc1): accepted."),
             frm=SFROM,
             quote_header="----- Pesan Asli -----\nDari: \"LPSE Kota Salatiga\" <lpse@salatiga.go.id>\nKepada: \"Sekretaris BPBJ\" <sekretaris.bpbj@salatiga.go.id>\nDikirim: Sabtu, 21 November 2026 10:31:07\nSubjek: " + APPR_09_SUBJECT + "\n\n")

# 074 the Kasubag replies with the BACKUP's approval Message-ID
zimbra_reply(74, "approval-kasubag-uses-backup-mail-id-alert", "SETUJU", APPR_09_SEKRETARIS, APPR_09_SUBJECT,
             "Sabtu, 21 November 2026 10:31:07", APPR_09_TEXT_SEKRETARIS,
             L("approval_reply", "RA-2026-0009", None, alert=True, _date="2026-11-23 09:05:00",
               note="From the Kasubag (a configured approver) but In-Reply-To is the approval mail sent to the BACKUP approver (the quote shows it was forwarded to her): each approval Message-ID is its recipient's secret, so this must not decide. Admins told."),
             quote_header="----- Pesan Asli -----\nDari: \"Agus Widodo\" <sekretaris.bpbj@salatiga.go.id>\nKepada: \"kasubag lpse\" <kasubag.lpse@salatiga.go.id>\nDikirim: Senin, 23 November 2026 08:50:12\nSubjek: Fwd: " + APPR_09_SUBJECT + "\n\nBu Sri, mohon diputuskan langsung saja, saya sedang rapat.\n\n----- Pesan yang Diteruskan -----\nDari: \"LPSE Kota Salatiga\" <lpse@salatiga.go.id>\nKepada: \"Sekretaris BPBJ\" <sekretaris.bpbj@salatiga.go.id>\nDikirim: Sabtu, 21 November 2026 10:31:07\nSubjek: " + APPR_09_SUBJECT + "\n\n")

# 075 the Kasubag quotes the whole approval mail with 'Setuju, silakan diproses.' on top (>-quoted)
m = mid_zimbra("075")
write(75, "approval-full-quote-setuju-on-top", f"""
Date: {date("2026-11-20 15:33:09")}
From: {KFROM}
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: {m}
In-Reply-To: {APPR_09_KASUBAG}
References: {APPR_09_KASUBAG}
Subject: Re: {APPR_09_SUBJECT}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

Setuju, silakan diproses.

Pada tanggal Jum, 20 Nov 2026 10:31, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(APPR_09_TEXT)}
""", label("approval_reply", "RA-2026-0009", "approve",
    note="Setuju on top of a full '>'-quote that contains 'SETUJU', 'TOLAK' and 'Tolak :' link lines: only the new text counts, so approve."))

# 076 Outlook HTML-only, References only (no In-Reply-To), -----Original Message-----
m = mid_outlook("076", "mail.salatiga.go.id")
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal"><b>SETUJU</b><o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sri Handayani<br>Kasubag Pengelolaan LPSE</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">-----Original Message-----<br>
From: LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt;<br>
Sent: Saturday, November 21, 2026 9:14 AM<br>
To: kasubag.lpse@salatiga.go.id<br>
Subject: {APPR_12_SUBJECT}</p>
<p class="MsoNormal">{APPR_12_TEXT.replace(chr(10), "<br>" + chr(10))}</p>
</div></body></html>"""
write(76, "approval-outlook-html-only-references-only", f"""
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: RE: {APPR_12_SUBJECT}
Date: {date("2026-11-22 07:12:40")}
Message-ID: {m}
References: {APPR_12_KASUBAG}
Thread-Index: AQHbXBv3r0lOkX2mRkG9kzQ0mQ4Gcw==
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0

{qp(html)}
""", label("approval_reply", "RA-2026-0012", "approve",
    note="HTML-only Outlook reply, threaded by References only (no In-Reply-To); quote introduced by '-----Original Message-----' inside HTML, not a blockquote."), crlf=True)

# 077 'Setuju.' with a 'Tolak gratifikasi' signature slogan
zimbra_reply(77, "approval-setuju-tolak-gratifikasi-signature",
             "Setuju.\n\n-- \nSri Handayani, S.Kom., M.M.\nKasubag Pengelolaan LPSE\nBagian Pengadaan Barang dan Jasa Setda Kota Salatiga\n\nBERANI JUJUR HEBAT! TOLAK GRATIFIKASI!\nLaporkan gratifikasi melalui https://gol.kpk.go.id",
             APPR_12_KASUBAG, APPR_12_SUBJECT, "Sabtu, 21 November 2026 09:14:55", APPR_12_TEXT,
             L("approval_reply", "RA-2026-0012", "approve", _date="2026-11-21 13:20:00",
               note="Decoy: the government signature slogan 'TOLAK GRATIFIKASI!' below the '-- ' delimiter. A careful human reads 'Setuju.' as approve; a word-counter sees both words."))

# 078 DITOLAK with reason after the full stop
zimbra_reply(78, "approval-ditolak-period-too-long",
             "DITOLAK. Periode terlalu lama untuk migrasi, maksimal 2 hari dan harus didampingi admin.",
             APPR_12_KASUBAG, APPR_12_SUBJECT, "Sabtu, 21 November 2026 09:14:55", APPR_12_TEXT,
             L("approval_reply", "RA-2026-0012", "reject", "Periode terlalu lama untuk migrasi, maksimal 2 hari dan harus didampingi admin.",
               _date="2026-11-21 15:41:09", note="DITOLAK followed by '. ' and the reason."))

# 079 TIDAK DISETUJUI upper case, reason on the same line
zimbra_reply(79, "approval-tidak-disetujui-upper", "TIDAK DISETUJUI - permohonan sudah ditangani langsung oleh LKPP pusat",
             APPR_09_KASUBAG, APPR_09_SUBJECT, "Jumat, 20 November 2026 10:31:07", APPR_09_TEXT,
             L("approval_reply", "RA-2026-0009", "reject", "permohonan sudah ditangani langsung oleh LKPP pusat",
               _date="2026-11-20 16:05:44", note="TIDAK DISETUJUI in capitals, reason after a dash."))

# 080 APPROVE, English, Outlook plain
m = mid_outlook("080", "mail.salatiga.go.id")
write(80, "approval-approve-english", f"""
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: RE: {APPR_12_SUBJECT}
Date: {date("2026-11-23 11:02:33")}
Message-ID: {m}
In-Reply-To: {APPR_12_KASUBAG}
References: {APPR_12_KASUBAG}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

Approve

From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Saturday, November 21, 2026 9:14 AM
To: kasubag.lpse@salatiga.go.id
Subject: {APPR_12_SUBJECT}

{APPR_12_TEXT}
""", label("approval_reply", "RA-2026-0012", "approve",
    note="'Approve' in English; Outlook 'From:/Sent:/To:/Subject:' quote without '>' (the quote contains SETUJU and TOLAK)."), crlf=True)

# 081 'Noted.' only
zimbra_reply(81, "approval-noted-unclear", "Noted.", APPR_09_KASUBAG, APPR_09_SUBJECT,
             "Jumat, 20 November 2026 10:31:07", APPR_09_TEXT,
             L("approval_reply", "RA-2026-0009", "unclear", _date="2026-11-20 10:45:12",
               note="'Noted.' is not a decision; the decision words exist only in the quote."))

# 082 the Kasubag from her personal gmail
m = mid_gmail("082")
write(82, "approval-personal-gmail-alert", f"""
MIME-Version: 1.0
Date: {date("2026-11-21 20:12:09")}
References: {APPR_09_KASUBAG}
In-Reply-To: {APPR_09_KASUBAG}
Message-ID: {m}
Subject: Fwd: Re: {APPR_09_SUBJECT}
From: Sri Handayani <srihandayani.slt@gmail.com>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

SETUJU (saya balas dari email pribadi karena sedang di luar kota)

Sri
""", label("approval_reply", "RA-2026-0009", None, alert=True,
    note="Refers to the Kasubag's approval Message-ID but comes from a personal gmail address that is not a configured approver: no decision; admins told (the ID was forwarded out of the office)."))

# 083 the real Kasubag, tag only, no In-Reply-To
m = mid_zimbra("083")
write(83, "approval-tag-only-no-reference-alert", f"""
Date: {date("2026-11-22 08:00:41")}
From: {KFROM}
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: [RA-2026-0012] SETUJU
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)
Authentication-Results: mail.salatiga.go.id; dkim=pass header.d=salatiga.go.id; spf=pass smtp.mailfrom=salatiga.go.id

Setuju untuk RA-2026-0012.
""", label("approval_reply", "RA-2026-0012", None, alert=True,
    note="Probably genuine (internal, DKIM pass), but written as a new mail with only the tag: the rule needs a reply to her approval mail's Message-ID, so no decision; admins told (they can approve via the CLI)."))

# 084 the requester claims approval
m = mid_gmail("084")
write(84, "approval-claimed-by-requester-alert", f"""
MIME-Version: 1.0
Date: {date("2026-11-21 10:30:00")}
References: {ACK_09}
In-Reply-To: {ACK_09}
Message-ID: {m}
Subject: Re: {ACK_09_SUBJECT}
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Selamat pagi, permohonan kami sudah DISETUJUI oleh Ibu Kasubag via telepon tadi. Mohon akunnya segera
dikirimkan karena jadwal pemutakhiran Senin.

Terima kasih,
Andi
""", label("approval_reply", "RA-2026-0009", None, alert=True,
    note="The requester writes 'sudah DISETUJUI oleh Ibu Kasubag' in his own thread: a decision claim from a non-approver, never applied; admins told."))

# 085 the admin writes SETUJU in the thread
m = mid_zimbra("085")
write(85, "approval-from-admin-alert", f"""
Date: {date("2026-11-23 08:05:59")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: [RA-2026-0012] SETUJU
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

SETUJU (sudah disetujui Bu Sri secara lisan)
""", label("approval_reply", "RA-2026-0012", None, alert=True,
    note="An admin is not an approver: a decision by mail from the admin is refused (the admin's route is the CLI override with a reason); admins told."))

# 086 conditional approval
zimbra_reply(86, "approval-disetujui-with-condition",
             "Disetujui, tapi hak aksesnya database-readonly saja, jangan diberi ssh.",
             APPR_09_KASUBAG, APPR_09_SUBJECT, "Jumat, 20 November 2026 10:31:07", APPR_09_TEXT,
             L("approval_reply", "RA-2026-0009", "approve", _date="2026-11-20 14:20:31",
               note="An approval with a condition narrowing the rights. By the rules it is approve (no rejecting word); the condition is for a human: a careful implementation keeps the text for the admins."))

# 087 base64 UTF-8 body, lower-case 'setuju'
m = mid_gmail("087")
write(87, "approval-base64-lowercase", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 06:55:12")}
References: {APPR_12_KASUBAG}
In-Reply-To: {APPR_12_KASUBAG}
Message-ID: {m}
Subject: Re: {APPR_12_SUBJECT}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64("setuju utk diproses 👍" + chr(10) + chr(10) + "Pada Sab, 21 Nov 2026 pukul 09.14 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:" + chr(10) + quote(APPR_12_TEXT))}
""", label("approval_reply", "RA-2026-0012", "approve",
    note="base64 body, lower-case 'setuju' and an emoji."))

# 088 'Tolak.' with the reason on the next line
zimbra_reply(88, "approval-tolak-reason-next-line",
             "Tolak.\nAlasan: belum ada kontrak pemeliharaan yang berlaku untuk Diskominfo.",
             APPR_12_KASUBAG, APPR_12_SUBJECT, "Sabtu, 21 November 2026 09:14:55", APPR_12_TEXT,
             L("approval_reply", "RA-2026-0012", "reject", "belum ada kontrak pemeliharaan yang berlaku untuk Diskominfo.",
               _date="2026-11-21 11:17:48",
               note="'Tolak.' with nothing else on its line; the reason is on the next line after 'Alasan:'. A careful human takes that as the reason (a strict rest-of-line rule gives none)."))

# =============================================================================================
# AUTO-REPLIES
# =============================================================================================

# 089 Kasubag out-of-office (Zimbra, Auto-Submitted) in reply to her approval mail
m = mid_zimbra("089")
write(89, "auto-reply-kasubag-ooo-auto-submitted", f"""
Return-Path: <kasubag.lpse@salatiga.go.id>
Date: {date("2026-11-20 10:31:09")}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
In-Reply-To: {APPR_09_KASUBAG}
References: {APPR_09_KASUBAG}
Subject: Sedang cuti: {APPR_09_SUBJECT}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Terima kasih atas email Anda. Saya sedang cuti tanggal 20-27 November 2026 dan tidak dapat membalas email.
Untuk keperluan persetujuan yang mendesak silakan menghubungi Bapak Agus Widodo (sekretaris.bpbj@salatiga.go.id).
Permohonan yang sudah disetujui sebelumnya tetap diproses oleh Admin LPSE.
""", label("auto_reply", "RA-2026-0009",
    note="Out-of-office from the approver, replying to her approval mail (In-Reply-To), Auto-Submitted + Precedence: bulk. Contains 'disetujui': never a decision."))

# 090 Kasubag out-of-office without any auto header, subject 'Sedang cuti'
m = mid_zimbra("090")
write(90, "auto-reply-sedang-cuti-no-headers", f"""
Date: {date("2026-11-21 09:15:00")}
From: Sri Handayani <kasubag.lpse@salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
In-Reply-To: {APPR_12_KASUBAG}
References: {APPR_12_KASUBAG}
Subject: Sedang cuti - Re: {APPR_12_SUBJECT}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Yth. Bapak/Ibu,
Saya sedang cuti sampai dengan 27 November 2026. Email akan saya balas setelah kembali.
Hal mendesak: Sdr. Heru (Admin LPSE) 0298-326 100.

Salam,
Sri Handayani
""", label("auto_reply", "RA-2026-0012",
    note="An out-of-office from the approver with NO Auto-Submitted/X-Autoreply/Precedence header (an old rule in the client); only the subject 'Sedang cuti' and the text tell. Threaded to her approval mail: it must not be read as an unclear decision."))

# 091 requester's out-of-office with X-Autoreply, reply to the credentials mail
m = mid_plain("091", "majujaya.co.id")
write(91, "auto-reply-requester-x-autoreply", f"""
Return-Path: <>
Date: {date("2026-11-16 08:03:30")}
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: lpse@salatiga.go.id
Message-ID: {m}
In-Reply-To: {CRED_07}
References: {CRED_07}
Subject: Auto: {CRED_07_SUBJECT}
X-Autoreply: yes
X-Autorespond: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Saya sedang di lapangan (onsite) dan akses email terbatas. Email Anda akan saya baca secepatnya.
Untuk hal mendesak hubungi 0812-2600-4471.

-- 
Budi Santoso
""", label("auto_reply", "RA-2026-0007",
    note="The requester's vacation reply (X-Autoreply, empty Return-Path) to our credentials mail. Must not be an info reply or a closure."))

# 092 Exchange 'Automatic reply:' from RA-2026-0012's requester
m = mid_outlook("092", "mail.kominfo.salatiga.go.id")
write(92, "auto-reply-exchange-automatic-reply", f"""
From: Yusuf Maulana <yusuf@kominfo.salatiga.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Automatic reply: [RA-2026-0012] Permohonan remote akses diterima
Thread-Topic: [RA-2026-0012] Permohonan remote akses diterima
Date: {date("2026-11-21 08:59:12")}
Message-ID: {m}
In-Reply-To: <ack.RA-2026-0012.a1@salatiga.go.id>
References: <ack.RA-2026-0012.a1@salatiga.go.id>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: yusuf@kominfo.salatiga.go.id
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-AutoReplyState: FirstResponse
Content-Language: id-ID
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''Terima kasih. Saya sedang mengikuti Diklat PIM sampai 25 November 2026.
Untuk urusan migrasi server silakan menghubungi Bapak Tri (tri@kominfo.salatiga.go.id).''')}
""", label("auto_reply", "RA-2026-0012",
    note="Exchange automatic reply (Auto-Submitted, X-Auto-Response-Suppress, 'Automatic reply:' subject) to our ack of RA-2026-0012 (that ack's Message-ID is listed in world.toml's extra sent ids)."), crlf=True)

# 093 our own message coming back
write(93, "auto-reply-our-own-message-looped", f"""
Return-Path: <lpse@salatiga.go.id>
Date: {date("2026-11-22 16:10:02")}
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Hendra Gunawan <hendra@dataprima.co.id>
Cc: LPSE Kota Salatiga <lpse@salatiga.go.id>
Message-ID: <approved.RA-2026-0011.e4@salatiga.go.id>
In-Reply-To: <ack.RA-2026-0011.a1@salatiga.go.id>
References: <ack.RA-2026-0011.a1@salatiga.go.id>
Subject: [RA-2026-0011] Permohonan remote akses disetujui
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Yth. Bapak/Ibu Hendra Gunawan,

Permohonan remote akses RA-2026-0011 telah disetujui. Akun remote akses sedang dibuat dan akan
dikirimkan melalui email terpisah.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

--
{FOOTER}
""", label("auto_reply", "RA-2026-0011",
    note="One of our own messages back in our inbox (we were in Cc): From our address, Auto-Submitted: auto-generated, our own Message-ID. Must never be processed as anything (no loop)."))

# 094 helpdesk ticket system acknowledging our mail
m = mid_plain("094", "helpdesk.dataprima.co.id")
write(94, "auto-reply-ticket-system-precedence-bulk", f"""
Return-Path: <helpdesk@dataprima.co.id>
Date: {date("2026-11-22 16:10:40")}
From: Helpdesk PT Data Prima <helpdesk@dataprima.co.id>
To: lpse@salatiga.go.id
Message-ID: {m}
In-Reply-To: <approved.RA-2026-0011.e4@salatiga.go.id>
Subject: [Tiket#88213] Re: [RA-2026-0011] Permohonan remote akses disetujui
Precedence: bulk
X-Loop: helpdesk@dataprima.co.id
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Terima kasih, email Anda telah kami terima dan tercatat dengan nomor tiket #88213.
Tim kami akan menindaklanjuti dalam 1x24 jam kerja. Mohon tidak membalas email ini.
""", label("auto_reply", "RA-2026-0011",
    note="A ticket system's acknowledgement (Precedence: bulk, X-Loop) with our tag nested in its subject. Not from the requester anyway."))

# 095 auto-reply outside any thread (Precedence: junk)
m = mid_plain("095", "bpkad.salatiga.go.id")
write(95, "auto-reply-precedence-junk-no-thread", f"""
Return-Path: <>
Date: {date("2026-11-17 12:00:03")}
From: BPKAD Kota Salatiga <info@bpkad.salatiga.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Re: Rekap paket pengadaan Oktober 2026
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Pesan otomatis: kotak surat ini tidak dipantau. Untuk permohonan data silakan kirim surat resmi ke
bpkad@salatiga.go.id.
""", label("auto_reply",
    note="Auto-reply (Precedence: junk, empty Return-Path) to some mail the office sent by hand; no thread of ours. It mentions 'permohonan' but must not become a request."))

# 096 English 'Out of Office' with no auto headers from RA-2026-0009's requester
m = mid_outlook("096", "mail.lkpp.go.id")
write(96, "auto-reply-out-of-office-english-no-headers", f"""
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Out of Office: {ACK_09_SUBJECT}
Date: {date("2026-11-20 10:31:44")}
Message-ID: {m}
In-Reply-To: {ACK_09}
References: {ACK_09}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

I am out of the office until Tuesday, 24 November 2026 with limited access to email.
Saya sedang dinas luar sampai Selasa, 24 November 2026.
""", label("auto_reply", "RA-2026-0009",
    note="'Out of Office:' subject with no auto header; bilingual text. Not an info reply, not a withdrawal."), crlf=True)

# =============================================================================================
# BOUNCES
# =============================================================================================

# 097 RFC 3464, need_info to RA-2026-0008's requester, mailbox full
bd = f"{h('097', 8, '0123456789ABCDEF')}.1763370012/mx1.cvsentosa.id"
write(97, "bounce-rfc3464-need-info-mailbox-full", f"""
Return-Path: <>
Received: from mx1.cvsentosa.id (mx1.cvsentosa.id [103.28.12.44])
\tby mail.salatiga.go.id (Postfix) with ESMTP id 7A8B120C44
\tfor <lpse@salatiga.go.id>; {date("2026-11-18 14:05:40")}
Date: {date("2026-11-18 14:05:39")}
From: MAILER-DAEMON@mx1.cvsentosa.id (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: lpse@salatiga.go.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bd}"
Content-Transfer-Encoding: 8bit
Message-Id: <20261118070539.2C3D1A0123@mx1.cvsentosa.id>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.cvsentosa.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rina.wulandari@cvsentosa.id>: maildrop: maildir over quota.

--{bd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.cvsentosa.id
X-Postfix-Queue-ID: 2C3D1A0123
X-Postfix-Sender: rfc822; lpse@salatiga.go.id
Arrival-Date: {date("2026-11-18 14:05:38")}

Final-Recipient: rfc822; rina.wulandari@cvsentosa.id
Original-Recipient: rfc822;rina.wulandari@cvsentosa.id
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--{bd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <lpse@salatiga.go.id>
Received: from mail.salatiga.go.id (mail.salatiga.go.id [103.150.190.10])
\tby mx1.cvsentosa.id (Postfix) with ESMTPS id 2C3D1A0123
\tfor <rina.wulandari@cvsentosa.id>; {date("2026-11-18 14:05:38")}
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Rina Wulandari <rina.wulandari@cvsentosa.id>
Subject: {NEEDINFO_08_SUBJECT}
Date: {date("2026-11-18 14:05:12")}
Message-ID: {NEEDINFO_08}
In-Reply-To: <CAF3x9uYt0m0rV8Tq2kZ3pQb7nJ5wXhL1cGd4eFs6aU@mail.gmail.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============5512047731562340877=="

--{bd}--
""", label("bounce", "RA-2026-0008", bounced_ids=[NEEDINFO_08.strip("<>")],
    note="Postfix RFC 3464 bounce (multipart/report, message/delivery-status, text/rfc822-headers with our Message-ID). Permanent 5.2.2 over quota. bounced_ids are written without angle brackets."))

# 098 RFC 3464, approval mail to the backup approver, user unknown
bd = f"{h('098', 8, '0123456789ABCDEF')}.1763262000/mail.salatiga.go.id"
write(98, "bounce-rfc3464-approval-to-backup-user-unknown", f"""
Return-Path: <>
Date: {date("2026-11-21 10:31:15")}
From: MAILER-DAEMON@mail.salatiga.go.id (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: lpse@salatiga.go.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bd}"
Message-Id: <20261121033115.99E1C20C02@mail.salatiga.go.id>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.salatiga.go.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<sekretaris.bpbj@salatiga.go.id>: unknown user: "sekretaris.bpbj"

--{bd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.salatiga.go.id
X-Postfix-Queue-ID: 99E1C20C02
X-Postfix-Sender: rfc822; lpse@salatiga.go.id
Arrival-Date: {date("2026-11-21 10:31:07")}

Final-Recipient: rfc822; sekretaris.bpbj@salatiga.go.id
Original-Recipient: rfc822;sekretaris.bpbj@salatiga.go.id
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "sekretaris.bpbj"

--{bd}
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <lpse@salatiga.go.id>
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Agus Widodo <sekretaris.bpbj@salatiga.go.id>
Subject: {APPR_09_SUBJECT}
Date: {date("2026-11-21 10:31:07")}
Message-ID: {APPR_09_SEKRETARIS}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{APPR_09_TEXT_SEKRETARIS}

--{bd}--
""", label("bounce", "RA-2026-0009", bounced_ids=[APPR_09_SEKRETARIS.strip("<>")],
    note="Local bounce of the approval mail to the backup approver (unknown user), whole message returned as message/rfc822. Its text holds SETUJU/TOLAK instructions: it must never be read as a decision."))

# 099 old MTA plain-text bounce, credentials mail, quoting our Message-ID
write(99, "bounce-plain-old-mta-credentials", f"""
Return-Path: <>
Date: {date("2026-11-16 08:04:10")}
From: Mail Delivery Subsystem <MAILER-DAEMON@mail2.majujaya.co.id>
Message-Id: <202611160104.AG1v9B0k011234@mail2.majujaya.co.id>
To: <lpse@salatiga.go.id>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

The original message was received at Mon, 16 Nov 2026 08:03:12 +0700
from mail.salatiga.go.id [103.150.190.10]

   ----- The following addresses had permanent fatal errors -----
<budi.santoso@majujaya.co.id>
    (reason: 550 5.7.1 Message rejected: attachment or content policy violation)

   ----- Transcript of session follows -----
... while talking to mailstore.majujaya.co.id.:
>>> DATA
<<< 550 5.7.1 Message rejected: attachment or content policy violation
554 5.0.0 Service unavailable

   ----- Original message follows -----

Return-Path: <lpse@salatiga.go.id>
Received: from mail.salatiga.go.id (mail.salatiga.go.id [103.150.190.10])
	by mail2.majujaya.co.id (8.15.2/8.15.2) with ESMTP id AG1v9B0k011234
	for <budi.santoso@majujaya.co.id>; Mon, 16 Nov 2026 08:03:12 +0700
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Budi Santoso <budi.santoso@majujaya.co.id>
Subject: {CRED_07_SUBJECT}
Date: Mon, 16 Nov 2026 08:03:05 +0700
Message-ID: {CRED_07}
In-Reply-To: {ACK_07}
References: {ACK_07}
Auto-Submitted: auto-generated

Yth. Bapak/Ibu Budi Santoso,

Permohonan remote akses RA-2026-0007 telah disetujui dan akun remote akses telah dibuat.
""", label("bounce", "RA-2026-0007", bounced_ids=[CRED_07.strip("<>")],
    note="Plain-text sendmail bounce (no MIME at all, no MIME-Version) from MAILER-DAEMON, empty Return-Path; our Message-ID only in the quoted original. The credentials never arrived: the admins must know."))

# 100 Exchange NDR with message/rfc822, our ack to RA-2026-0009's requester
bd = "_" + h("100", 36, "0123456789abcdef") + "_"
ndr_html = """<html><body><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><font color="#0066cc"><a href="mailto:andi.pratama@lkpp.go.id">andi.pratama@lkpp.go.id</a></font><br>
The email address you entered couldn't be found.</p>
<p>Diagnostic information for administrators:</p>
<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>"""
write(100, "bounce-exchange-ndr-rfc822", f"""
From: postmaster@lkpp.go.id
To: lpse@salatiga.go.id
Date: {date("2026-11-20 10:31:20")}
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bd}"
Content-Language: en-US
Message-ID: <{h('100m', 8, '0123456789abcdef')}-{h('100n', 4, '0123456789abcdef')}@EX01.lkpp.go.id>
In-Reply-To: {ACK_09}
References: {ACK_09}
Subject: Undeliverable: {ACK_09_SUBJECT}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0

--{bd}
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="b_{bd}"

--b_{bd}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

andi.pratama@lkpp.go.id
The email address you entered couldn't be found.

--b_{bd}
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp(ndr_html)}
--b_{bd}--

--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.lkpp.go.id
Received-From-MTA: dns;mail.salatiga.go.id
Arrival-Date: {date("2026-11-20 10:31:18", "+0000")}

Final-Recipient: rfc822;andi.pratama@lkpp.go.id
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{bd}
Content-Type: message/rfc822

From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Andi Pratama <andi.pratama@lkpp.go.id>
Subject: {ACK_09_SUBJECT}
Date: {date("2026-11-20 10:31:05")}
Message-ID: {ACK_09}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

{ACK_09_TEXT}

--{bd}--
""", label("bounce", "RA-2026-0009", bounced_ids=[ACK_09.strip("<>")],
    note="Exchange NDR: 'Undeliverable:' subject, In-Reply-To our ack, multipart/report with the whole original as message/rfc822 (not from MAILER-DAEMON; from postmaster). Note the returned text is our ack, not a request."), crlf=True)

# 101 DSN delayed (not a failure)
bd = f"{h('101', 8, '0123456789ABCDEF')}.1763539200/mail.salatiga.go.id"
write(101, "bounce-dsn-delayed-not-failed", f"""
Return-Path: <>
Date: {date("2026-11-21 14:31:10")}
From: MAILER-DAEMON@mail.salatiga.go.id (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: lpse@salatiga.go.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bd}"
Message-Id: <20261121073110.1FA0220C09@mail.salatiga.go.id>

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.salatiga.go.id.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<yusuf@kominfo.salatiga.go.id>: connect to mail.kominfo.salatiga.go.id[10.20.3.7]:25: Connection timed out

--{bd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.salatiga.go.id
X-Postfix-Queue-ID: 1FA0220C09
X-Postfix-Sender: rfc822; lpse@salatiga.go.id
Arrival-Date: {date("2026-11-21 10:31:02")}

Final-Recipient: rfc822; yusuf@kominfo.salatiga.go.id
Original-Recipient: rfc822;yusuf@kominfo.salatiga.go.id
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.kominfo.salatiga.go.id[10.20.3.7]:25: Connection timed out
Will-Retry-Until: {date("2026-11-26 10:31:02")}

--{bd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Yusuf Maulana <yusuf@kominfo.salatiga.go.id>
Subject: [RA-2026-0012] Permohonan remote akses diterima
Message-ID: <ack.RA-2026-0012.a1@salatiga.go.id>
Date: {date("2026-11-21 10:31:00")}

--{bd}--
""", label("bounce", "RA-2026-0012", bounced_ids=["ack.RA-2026-0012.a1@salatiga.go.id"],
    note="A delay DSN (Action: delayed, 4.4.1, 'warning only'): mail about mail, never answered; the message has NOT failed, so an implementation should not treat it as a final delivery failure (at most a note)."))

# 102 backscatter: a bounce of spam that forged our address
bd = f"{h('102', 8, '0123456789ABCDEF')}.1763400000/mx.kabarbaik-mail.ru"
write(102, "bounce-backscatter-not-ours", f"""
Return-Path: <>
Date: {date("2026-11-19 03:12:44", "+0300")}
From: MAILER-DAEMON@mx.kabarbaik-mail.ru (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: lpse@salatiga.go.id
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bd}"
Message-Id: <20261119001244.6B1D2F0A01@mx.kabarbaik-mail.ru>

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kabarbaik-mail.ru.

<olga.v@kabarbaik-mail.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1 User unknown

--{bd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kabarbaik-mail.ru

Final-Recipient: rfc822; olga.v@kabarbaik-mail.ru
Action: failed
Status: 5.1.1

--{bd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: "LPSE Salatiga" <lpse@salatiga.go.id>
To: olga.v@kabarbaik-mail.ru
Subject: =?UTF-8?B?Q3J5cHRvIGludmVzdG1lbnQgMTAwMCUgcHJvZml0?=
Message-ID: <8f1e2a0c93b74d6f@bulk-sender-17.xyz>
Date: {date("2026-11-19 00:12:30", "+0000")}

--{bd}--
""", label("bounce", None, bounced_ids=[],
    note="Backscatter: a real RFC 3464 bounce, but of spam that forged our From address; the returned Message-ID is not one we sent. Kind bounce (never answered), no thread, nothing bounced of ours."))

# 103 Gmail-style bounce, approval mail to the Kasubag (over quota), text/rfc822-headers
bd = boundary("103")
write(103, "bounce-gmail-style-approval-kasubag", f"""
Return-Path: <>
Received: by mail-sor-f69.google.com with SMTP id 5614622812f47-3f1b2c9d0a2so1211
        for <lpse@salatiga.go.id>; Fri, 20 Nov 2026 18:15:12 -0800 (PST)
Date: Fri, 20 Nov 2026 18:15:12 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: lpse@salatiga.go.id
Message-ID: <{h('103m', 16)}.{h('103n', 8, '0123456789')}@mx.google.com>
Subject: Delivery Status Notification (Failure)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="{bd}"; report-type=delivery-status
References: {APPR_12_KASUBAG}
In-Reply-To: {APPR_12_KASUBAG}
X-Failed-Recipients: kasubag.lpse@salatiga.go.id

--{bd}
Content-Type: text/plain; charset="UTF-8"

** Address not found / Mailbox full **

Your message wasn't delivered to kasubag.lpse@salatiga.go.id because the recipient's inbox is full.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota.

--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 20 Nov 2026 18:15:08 -0800 (PST)

Final-Recipient: rfc822; kasubag.lpse@salatiga.go.id
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.salatiga.go.id. (103.150.190.10, the server for the domain salatiga.go.id.)
Diagnostic-Code: smtp; 552 5.2.2 The email account that you tried to reach is over quota.
Last-Attempt-Date: Fri, 20 Nov 2026 18:15:12 -0800 (PST)

--{bd}
Content-Type: text/rfc822-headers

From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Sri Handayani <kasubag.lpse@salatiga.go.id>
Subject: {APPR_12_SUBJECT}
Message-ID: {APPR_12_KASUBAG}
Date: {date("2026-11-21 09:14:55")}

--{bd}--
""", label("bounce", "RA-2026-0012", bounced_ids=[APPR_12_KASUBAG.strip("<>")],
    note="Gmail-relay style DSN (-0800 PST Date, X-Failed-Recipients, In-Reply-To our approval Message-ID). It refers to the Kasubag's approval mail but is NOT an approval reply (from mailer-daemon)."))

# =============================================================================================
# UNRELATED (incl. decoys, phishing, spam)
# =============================================================================================

# 104 phishing 'akun anda akan ditutup, klik di sini'
bd = boundary("104", "other")
write(104, "unrelated-phishing-akun-ditutup", f"""
Return-Path: <noreply@salatiga-go-id.mail-verify.top>
Received: from vps-2231.mail-verify.top (unknown [45.137.21.88])
\tby mail.salatiga.go.id (Postfix) with ESMTP id 1C2D320C77
\tfor <lpse@salatiga.go.id>; {date("2026-11-22 03:44:10")}
Date: {date("2026-11-22 03:44:02")}
From: "Administrator Email salatiga.go.id" <noreply@salatiga-go-id.mail-verify.top>
To: lpse@salatiga.go.id
Subject: PERINGATAN: Akun anda akan ditutup dalam 24 jam
Message-ID: <{h('104', 20)}@mail-verify.top>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{bd}"
X-Priority: 1 (Highest)

--{bd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Pengguna yang terhormat lpse@salatiga.go.id,

Kotak surat anda telah melebihi batas penyimpanan. Akun anda akan ditutup dalam 24 jam dan semua pesan
akan dihapus. Untuk menghindari penutupan akun, verifikasi akun anda sekarang:

Klik di sini: http://salatiga-go-id.mail-verify.top/webmail/verifikasi?u=lpse

Terima kasih,
Tim Administrator Email

--{bd}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p>Pengguna yang terhormat <b>lpse@salatiga.go.id</b>,</p>
<p>Kotak surat anda telah melebihi batas penyimpanan. <span style="color:red">Akun anda akan ditutup dalam 24 jam</span>.</p>
<p><a href="http://salatiga-go-id.mail-verify.top/webmail/verifikasi?u=lpse" style="background:#0a6;color:#fff;padding:8px">KLIK DI SINI UNTUK VERIFIKASI</a></p>
</body></html>
--{bd}--
""", label("unrelated",
    note="Phishing using the closure vocabulary ('akun anda akan ditutup'): no thread, not a request, no reply."))

# 105 webinar invitation with 'permohonan akses' wording, bulk mailer
m = f"<{h('105', 24)}@sendinblue-mail.net>"
write(105, "unrelated-webinar-permohonan-akses", f"""
Return-Path: <bounces+5521@em.webinarpbj.id>
Date: {date("2026-11-17 09:30:00")}
From: Webinar PBJ Nasional <info@webinarpbj.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: [UNDANGAN] Webinar "Tata Kelola Permohonan Remote Akses Server LPSE" - GRATIS + e-Sertifikat
List-Unsubscribe: <https://webinarpbj.id/unsub?e=lpse%40salatiga.go.id>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body>
<h2>Webinar Nasional: Tata Kelola Permohonan Remote Akses Server LPSE</h2>
<p>Yth. Pengelola LPSE,</p>
<p>Kami mengundang Bapak/Ibu mengikuti webinar tentang SOP permohonan remote akses, persetujuan, dan penutupan akun pihak ketiga.</p>
<ul><li>Hari/Tanggal: Kamis, 26 November 2026</li><li>Waktu: 09.00 - 12.00 WIB</li><li>Narasumber: Praktisi Keamanan Siber</li></ul>
<p><b>Permohonan akses ruang Zoom</b>: daftar di <a href="https://webinarpbj.id/daftar">https://webinarpbj.id/daftar</a> paling lambat 25 November 2026.</p>
<p>Biaya: GRATIS. e-Sertifikat 4 JP.</p>
</body></html>''')}
""", label("unrelated",
    note="Bulk webinar invitation full of request vocabulary ('Permohonan Remote Akses', 'permohonan akses ruang Zoom', dates): not a request."))

# 106 LPSE community mailing list discussing remote-access SOPs
m = mid_gmail("106")
write(106, "unrelated-mailing-list-sop-discussion", f"""
Return-Path: <forum-lpse-jateng+bncBD7KZ3XAQEJRB2@googlegroups.com>
Date: {date("2026-11-19 20:40:31")}
From: Agung Nugraha <agung.lpse@boyolali.go.id>
To: Forum LPSE Jateng <forum-lpse-jateng@googlegroups.com>
Message-ID: {m}
Subject: [forum-lpse-jateng] Contoh format surat permohonan remote akses pihak ketiga?
List-Id: <forum-lpse-jateng.googlegroups.com>
List-Post: <https://groups.google.com/group/forum-lpse-jateng/post>, <mailto:forum-lpse-jateng@googlegroups.com>
List-Unsubscribe: <mailto:googlegroups-manage+1029384756+unsubscribe@googlegroups.com>
Mailing-list: list forum-lpse-jateng@googlegroups.com; contact forum-lpse-jateng+owners@googlegroups.com
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Rekan-rekan,

Ada yang punya contoh format surat permohonan remote akses untuk pihak ketiga? Kami sedang menyusun SOP.
Kira-kira isinya:

Nama      :
Instansi  :
Tujuan    :
Hak Akses :
Mulai     :
Selesai   :

Terima kasih. Salatiga sudah pakai sistem email otomatis ya katanya?

Agung - LPSE Kab. Boyolali

--
You received this message because you are subscribed to the Google Groups "Forum LPSE Jateng" group.
To unsubscribe from this group and stop receiving emails from it, send an email to forum-lpse-jateng+unsubscribe@googlegroups.com.
""", label("unrelated",
    note="Mailing-list post (List-Id, Precedence: list) asking for a request template, with EMPTY labelled fields: not a request. A label-field matcher must not fire on empty labels."))

# 107 question about the procedure
m = mid_gmail("107")
write(107, "unrelated-question-how-to-apply", f"""
MIME-Version: 1.0
Date: {date("2026-11-18 11:05:50")}
Message-ID: {m}
Subject: Tanya prosedur permohonan remote akses
From: Lina Marlina <lina.marlina@cvmitrakarya.com>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Selamat siang,

Kami CV Mitra Karya baru saja menang tender pemeliharaan jaringan. Bagaimana cara mengajukan permohonan
remote akses ke LPSE Kota Salatiga? Apa saja syarat dan dokumen yang perlu dilampirkan? Apakah harus ada
surat tugas dari direktur?

Terima kasih.
Lina
""", label("unrelated",
    note="An inquiry ABOUT the procedure, containing the request phrase: nobody asks for access yet. A careful human answers by hand; the daemon should not open a request. Decoy for phrase-only matching."))

# 108 public-information (PPID) request -- 'permohonan akses informasi'
m = mid_outlook("108", "mail.icw-jateng.org")
write(108, "unrelated-ppid-akses-informasi", f"""
From: Pusat Kajian Anggaran Jateng <sekretariat@pkajateng.or.id>
To: lpse@salatiga.go.id
Cc: ppid@salatiga.go.id
Subject: Permohonan Akses Informasi Publik - Data Tender 2025
Date: {date("2026-11-16 13:20:00")}
Message-ID: {m}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Yth. PPID Pelaksana Bagian Pengadaan Barang dan Jasa Kota Salatiga,

Berdasarkan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, kami mengajukan permohonan akses
informasi publik berupa daftar paket tender Tahun Anggaran 2025 beserta nilai kontrak dan pemenangnya,
dalam format Excel.

Nama     : Fitri Handayani
Lembaga  : Pusat Kajian Anggaran Jawa Tengah
Email    : sekretariat@pkajateng.or.id
Tujuan   : Kajian transparansi pengadaan daerah

Informasi mohon dikirimkan melalui email. Terima kasih.
""", label("unrelated",
    note="A public-information (PPID) request: 'permohonan akses informasi publik' with labelled Nama/Tujuan lines, but it asks for documents, not remote access. A careful human routes it to PPID; not a remote-access request."))

# 109 vendor asks for an SPSE user-account password reset
m = mid_gmail("109")
write(109, "unrelated-spse-password-reset", f"""
MIME-Version: 1.0
Date: {date("2026-11-20 08:12:19")}
Message-ID: {m}
Subject: Permohonan reset password akun SPSE penyedia
From: CV Rizky Abadi <cvrizkyabadi.slt@gmail.com>
To: lpse@salatiga.go.id
Content-Type: text/plain; charset="UTF-8"

Selamat pagi Admin LPSE,

Mohon bantuan reset password akun SPSE penyedia kami karena lupa password dan email pemulihan sudah tidak aktif.

Nama perusahaan : CV Rizky Abadi
NPWP            : 01.234.567.8-505.000
User ID SPSE    : rizkyabadi2019

Terima kasih.
""", label("unrelated",
    note="The most common LPSE helpdesk mail: a vendor's SPSE user account problem. 'Permohonan ... akun' but not remote access; handled by the helpdesk by hand."))

# 110 the Kasubag writes about a meeting (approver, no thread)
m = mid_zimbra("110")
write(110, "unrelated-kasubag-meeting-setuju", f"""
Date: {date("2026-11-23 07:10:05")}
From: {KFROM}
To: lpse <lpse@salatiga.go.id>, Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
Message-ID: {m}
Subject: Rapat evaluasi remote akses
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

Mas Heru,

Besok jam 09.00 kita rapat evaluasi. Mohon siapkan rekap permohonan remote akses bulan November
(yang disetujui, ditolak, dan yang belum ditutup). Saya setuju usulan supaya akun otomatis ditutup
saat masa berlaku habis.

Sri
""", label("unrelated",
    note="The approver writes about a meeting: decision words ('disetujui', 'ditolak', 'setuju') and the request phrase, but no thread and no request. Not an approval reply, not a request."))

# 111 VPN sales offer
m = mid_plain("111", "promo.securenetindo.com")
write(111, "unrelated-vpn-sales-offer", f"""
Return-Path: <promo@securenetindo.com>
Date: {date("2026-11-18 10:00:00")}
From: SecureNet Indonesia <promo@securenetindo.com>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Solusi VPN & Remote Access aman untuk instansi pemerintah - diskon 30% akhir tahun
List-Unsubscribe: <mailto:unsubscribe@securenetindo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Yth. Bapak/Ibu Pengelola TI,

Kelola permintaan remote akses pihak ketiga dengan aman: SSH bastion, VPN, akses database read-only
terkontrol, persetujuan atasan, dan penutupan akun otomatis. Tersedia di e-Katalog!

Promo berlaku 16-30 November 2026. Hubungi kami: 0811-900-2233.
""", label("unrelated",
    note="Marketing that lists every right in the vocabulary and a period: not a request."))

# 112 requester asks about status in a pending thread
m = mid_gmail("112")
write(112, "unrelated-status-inquiry-in-thread", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 08:01:00")}
References: {ACK_09}
In-Reply-To: {ACK_09}
Message-ID: {m}
Subject: Re: {ACK_09_SUBJECT}
From: Andi Pratama <andi.pratama@lkpp.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Selamat pagi, mohon info apakah permohonan kami sudah ada keputusan? Jadwal pekerjaan kami besok.

Terima kasih,
Andi

Pada Jum, 20 Nov 2026 pukul 10.31 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(ACK_09_TEXT)}
""", label("unrelated", "RA-2026-0009",
    note="In-thread status question from the requester of a pending_approval request: none of the actionable kinds (not info, closure, extension, withdrawal). Its thread is known, so request_number is set; nothing to apply."))

# 113 thanks in an active thread
m = mid_gmail("113")
write(113, "unrelated-thanks-in-thread", f"""
MIME-Version: 1.0
Date: {date("2026-11-16 08:30:11")}
References: {ACK_07} {CRED_07}
In-Reply-To: {CRED_07}
Message-ID: {m}
Subject: Re: {CRED_07_SUBJECT}
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Terima kasih pak, akun sudah kami terima dan sudah bisa login.

Pada Sen, 16 Nov 2026 pukul 08.03 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_07_TEXT)}
""", label("unrelated", "RA-2026-0007",
    note="A thank-you from the requester replying to the credentials (quote contains 'beritahukan ... agar akun ditutup' and PERPANJANG): not a closure, not an extension."))

# 114 thanks in a closed thread
m = mid_outlook("114", "mail.auditor.go.id")
write(114, "unrelated-thanks-closed-thread", f"""
From: Dewi Lestari <dewi.lestari@auditor.go.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: RE: [RA-2026-0010] Akun remote akses telah ditutup
Date: {date("2026-11-17 17:20:00")}
Message-ID: {m}
In-Reply-To: <closed.RA-2026-0010.d9@salatiga.go.id>
References: <closed.RA-2026-0010.d9@salatiga.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Terima kasih atas kerja samanya selama pemeriksaan.

Dewi
""", label("unrelated", "RA-2026-0010",
    note="A thank-you in a closed request's thread: asks for nothing, so no alert (compare 057, which asks to reopen)."), crlf=True)

# 115 support question in an active thread
m = mid_gmail("115")
write(115, "unrelated-support-question-in-thread", f"""
MIME-Version: 1.0
Date: {date("2026-11-17 09:40:27")}
References: {ACK_07} {CRED_07}
In-Reply-To: {CRED_07}
Message-ID: {m}
Subject: Re: {CRED_07_SUBJECT}
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: text/plain; charset="UTF-8"

Pak, VPN-nya tidak bisa connect sejak pagi (error: TLS handshake failed). Apakah ada perubahan di server?
Mohon bantuannya.

Budi
""", label("unrelated", "RA-2026-0007",
    note="A support question in an active thread. No actionable kind and nothing suspicious (alert false); an implementation may still want to surface it to the admins."))

# 116 job-scam spam
m = mid_plain("116", "kerja-remote.biz")
write(116, "unrelated-spam-kerja-remote", f"""
Return-Path: <hr@kerja-remote.biz>
Date: {date("2026-11-21 23:11:40", "+0800")}
From: "HRD Recruitment" <hr@kerja-remote.biz>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Lowongan kerja remote - gaji 10 juta/bulan, mulai besok!
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''Selamat! Anda terpilih untuk posisi admin data remote. Kerja dari rumah, gaji Rp10.000.000/bulan.
Mulai besok! Hubungi WA 0899-1234-5678 untuk mendapatkan akses akun kerja Anda.''')}
""", label("unrelated", note="Spam (base64) with 'remote', 'akses akun', 'mulai besok': not a request."))

# 117 calendar invitation
bd = boundary("117")
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261201T020000Z
DTEND:20261201T050000Z
DTSTAMP:20261119T031500Z
ORGANIZER;CN=Direktorat LPSE LKPP:mailto:bimtek.lpse@lkpp.go.id
UID:5k2p9v0q1r3s4t6u8w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lpse@salatiga.go.id:mailto:lpse@salatiga.go.id
DESCRIPTION:Bimtek pengelola LPSE: konfigurasi remote akses aman untuk pihak ketiga.
SUMMARY:Bimtek Pengelola LPSE Regional Jawa Tengah
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
write(117, "unrelated-calendar-invitation", f"""
MIME-Version: 1.0
Date: {date("2026-11-19 10:15:00")}
Message-ID: {mid_gmail("117")}
Subject: Undangan: Bimtek Pengelola LPSE Regional Jawa Tengah - Sel 1 Des 2026 09.00 - 12.00 (WIB)
From: Direktorat LPSE LKPP <bimtek.lpse@lkpp.go.id>
To: lpse@salatiga.go.id
Content-Type: multipart/mixed; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"

Anda diundang ke acara berikut.

Bimtek Pengelola LPSE Regional Jawa Tengah
Selasa 1 Des 2026 09.00 - 12.00 (WIB)
Materi: konfigurasi remote akses aman untuk pihak ketiga.

--{bd}
Content-Type: text/calendar; charset="UTF-8"; method=REQUEST
Content-Transfer-Encoding: 7bit

{ics}
--{bd}--
""", label("unrelated", note="Calendar invitation (text/calendar) from LKPP mentioning remote access: not a request."))

# 118 an internal circular forwarded by the admin
m = mid_zimbra("118")
write(118, "unrelated-admin-forwards-circular", f"""
Date: {date("2026-11-16 10:00:00")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: Fwd: Surat Edaran Sekda tentang Pengamanan Akses Sistem Informasi
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Untuk arsip.

---------- Forwarded message ---------
From: Sekretariat Daerah <setda@salatiga.go.id>
Date: Jum, 13 Nov 2026 pukul 14.00
Subject: Surat Edaran Sekda tentang Pengamanan Akses Sistem Informasi

Nomor: 800/1123/Setda/2026

Sehubungan dengan meningkatnya insiden keamanan siber, setiap permohonan remote akses pihak ketiga ke
sistem informasi Pemerintah Kota Salatiga wajib mendapat persetujuan atasan langsung, dibatasi waktunya,
dan akun wajib ditutup segera setelah pekerjaan selesai.
""", label("unrelated",
    note="The admin forwards a circular (with a letter number) that talks about remote-access requests in general: a forward from the admin is not automatically a request; nobody asks for access."))

# =============================================================================================
# MALFORMED
# =============================================================================================

# 119 empty file
write(119, "malformed-empty-file", b"", label("quarantine", note="Empty file (0 bytes): not an email."))

# 120 no From header at all (the body is a request)
write(120, "malformed-no-from-header", f"""
Date: {date("2026-11-22 10:10:10")}
To: lpse@salatiga.go.id
Subject: Permohonan remote akses
Message-ID: <{h('120', 16)}@localhost>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Nama: Joko Widagdo
Instansi: PT Lintas Data
Tujuan: Pengecekan server
Hak Akses: SSH
Mulai: 25 November 2026
Selesai: 25 November 2026
""".encode(), label("quarantine",
    note="No From (and no Sender/Reply-To/Return-Path): no sender address at all, so it cannot be acknowledged or attributed. Quarantine even though the body reads as a request."))

# 121 binary garbage (a truncated JPEG and noise)
import random as _r
_rng = _r.Random(121)
garbage = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + bytes(_rng.randrange(256) for _ in range(1800))
write(121, "malformed-binary-garbage", garbage,
      label("quarantine", note="Binary bytes (the start of a JPEG then noise), no headers: not an email."))

# 122 broken MIME boundary: declared boundary never used
m = mid_plain("122", "cvduta.co.id")
write(122, "malformed-broken-mime-boundary", f"""
Date: {date("2026-11-21 13:13:13")}
From: Rahmat Hidayat <rahmat@cvduta.co.id>
To: lpse@salatiga.go.id
Subject: Permohonan remote akses CV Duta Komputer
Message-ID: {m}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01DB3C4A.5F2E8A10"

This is a multi-part message in MIME format.

------=_NextPart_000_0013_01DB3C4A.5F2E8A10
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dengan hormat,

Kami mengajukan permohonan remote akses:
Nama      : Rahmat Hidayat
Instansi  : CV Duta Komputer
Tujuan    : Penggantian switch core ruang server LPSE
Hak Akses : VPN
Tanggal   : 30 November 2026

Terima kasih.

------=_NextPart_000_0013_01DB3C4A.5F2E8A10--
""".encode(), label("request", fields={
    "name": "Rahmat Hidayat", "institution": "CV Duta Komputer", "purpose": "Penggantian switch core ruang server LPSE",
    "access_rights": ["vpn"], "period_start": "2026-11-30", "letter_number": None, "letter_date": None},
    note="The declared boundary (..._0012_...) never occurs; the parts use ..._0013_... So the whole body is the multipart preamble (parser defect). A careful human still reads a request: do not quarantine a message whose text is plainly there. period_end left out: one date given (probably the same day, but unstated)."))

# 123 Subject with NUL and 8-bit junk, an in-thread closure
hdr = b"Subject: Re: [RA-2026-0007] Pemberitahuan selesai \x00\xff\xfe\x1b[0m\xc3(\r\n"
raw = (f"""Date: {date("2026-11-23 16:02:11")}\r
From: Budi Santoso <budi.santoso@majujaya.co.id>\r
To: LPSE Kota Salatiga <lpse@salatiga.go.id>\r
Message-ID: {mid_plain("123", "majujaya.co.id")}\r
In-Reply-To: {CRED_07}\r
""".encode() + hdr + f"""MIME-Version: 1.0\r
Content-Type: text/plain; charset=utf-8\r
\r
Pekerjaan sudah selesai, mohon akun remote akses ditutup. Terima kasih.\r
\r
Budi\r
""".encode())
write(123, "malformed-header-nul-8bit-junk", raw, label("closure", "RA-2026-0007",
    note="The Subject header holds a NUL, raw 0xFF 0xFE, an ANSI escape and invalid UTF-8 after the tag. The rest is fine: a closure from the requester (tag readable, In-Reply-To our credentials mail). Decode leniently, don't crash."))

# 124 unknown charset 'x-unknown-8bit' (actually Latin-1 bytes)
m = mid_plain("124", "ptsaranamedia.com")
body = """Dengan hormat,

Mohon diberikan remote akses VPN untuk teknisi kami:
Nama     : Stéphanus Gultom
Instansi : PT Sarana Media Nusantara
Tujuan   : Pemeriksaan konfigurasi firewall setelah pemadaman listrik
Hak Akses: VPN
Mulai    : 24 November 2026
Selesai  : 24 November 2026

Terima kasih.
"""
write(124, "malformed-unknown-charset", f"""
Date: {date("2026-11-23 14:44:44")}
From: Stephanus Gultom <stephanus@ptsaranamedia.com>
To: lpse@salatiga.go.id
Subject: Permohonan remote akses VPN
Message-ID: {m}
MIME-Version: 1.0
Content-Type: text/plain; charset="x-unknown-8bit"
Content-Transfer-Encoding: 8bit

{body}""", label("request", fields={
    "institution": "PT Sarana Media Nusantara", "purpose": "Pemeriksaan konfigurasi firewall setelah pemadaman listrik",
    "access_rights": ["vpn"], "period_start": "2026-11-24", "period_end": "2026-11-24",
    "letter_number": None, "letter_date": None},
    note="Declared charset 'x-unknown-8bit' (Python raises LookupError); the bytes are Latin-1 (é = 0xE9). Fall back and read it: a request. The name is left out because its é may decode differently; everything else is ASCII."),
    encoding="latin-1")

# 125 From with no address
write(125, "malformed-from-without-address", f"""
Date: {date("2026-11-20 12:00:00")}
From: Admin
To: lpse@salatiga.go.id
Subject: test
Message-ID: <{h('125', 12)}@localhost.localdomain>

test kirim dari server monitoring
""".encode(), label("quarantine",
    note="From has a bare word and no address; no Sender, Reply-To or Return-Path: no sender address at all."))

# 126 raw 8-bit UTF-8 in headers (not RFC 2047 encoded)
m = mid_plain("126", "bumiputra-it.co.id")
write(126, "malformed-raw-utf8-headers", f"""
Date: {date("2026-11-22 09:09:09")}
From: Stéfanus Kristianto <stefanus@bumiputra-it.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Subject: Permohonan remote akses – PT Bumiputra IT (pemeliharaan)
Message-ID: {m}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Nama      : Stéfanus Kristianto
Instansi  : PT Bumiputra IT Solusi
Email     : stefanus@bumiputra-it.co.id
Tujuan    : Pemeliharaan rutin server aplikasi SPSE
Hak Akses : SSH, VPN
Mulai     : 1 Desember 2026
Selesai   : 2 Desember 2026
""", label("request", fields={
    "name": "Stéfanus Kristianto", "institution": "PT Bumiputra IT Solusi", "email": "stefanus@bumiputra-it.co.id",
    "purpose": "Pemeliharaan rutin server aplikasi SPSE", "access_rights": ["ssh", "vpn"],
    "period_start": "2026-12-01", "period_end": "2026-12-02", "letter_number": None, "letter_date": None},
    note="Raw 8-bit UTF-8 in From and Subject (no encoded words; common from misconfigured webmail). Readable: a request."))

# 127 truncated multipart (no closing boundary, cut mid-line): info reply
m = mid_gmail("127")
bd = boundary("127")
write(127, "malformed-truncated-multipart-info-reply", f"""
MIME-Version: 1.0
Date: {date("2026-11-19 11:45:00")}
References: {NEEDINFO_08}
In-Reply-To: {NEEDINFO_08}
Message-ID: {m}
Subject: Re: {NEEDINFO_08_SUBJECT}
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: multipart/alternative; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"

Berikut kelengkapannya:
Tujuan: Perbaikan modul laporan realisasi pengadaan
Hak Akses: VPN
Mulai: 24 November 2026
Selesai: 26 November 2026

Rina

--{bd}
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Berikut kelengkapannya:<br>Tujuan: Perbaikan modul laporan realisasi pengadaan<br>Hak Akses: VPN<br>Mulai: 24 Nov""".encode(), label("info_reply", "RA-2026-0008", fields={
    "purpose": "Perbaikan modul laporan realisasi pengadaan", "access_rights": ["vpn"],
    "period_start": "2026-11-24", "period_end": "2026-11-26"},
    note="Truncated in the middle of the HTML part (no closing boundary, no final newline). The text part is complete: an info reply."))

# 128 an HTML page saved as .eml
write(128, "malformed-html-page-not-email", b"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Webmail - Sesi berakhir</title></head>
<body><h1>Sesi Anda telah berakhir</h1><p>Silakan login kembali.</p>
<form action="/login" method="post"><input name="user"><input name="pass" type="password"></form>
</body></html>
""", label("quarantine", note="An HTML page, not a message: no header block at all (the first line has no colon)."))

# 129 a header line without a colon in the middle of the headers (after the key headers)
raw = (f"""Date: {date("2026-11-21 07:30:00")}
From: Yusuf Maulana <yusuf@kominfo.salatiga.go.id>
To: lpse@salatiga.go.id
Subject: [RA-2026-0012] BATAL
Message-ID: {mid_zimbra("129", "kominfo.salatiga.go.id")}
""".encode() + b"X-Scanned-By \xa9\xa9 AV-Gateway v2 (no colon)\n" + b"""MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

BATAL. Migrasi server ditunda, permohonan RA-2026-0012 kami batalkan.

Yusuf
""")
write(129, "malformed-header-without-colon", raw, label("withdrawal", "RA-2026-0012",
    note="A junk header line with no colon and 8-bit bytes after the key headers: Python's parser ends the header block there (MissingHeaderBodySeparatorDefect) and the MIME headers land in the body. From, Subject (tag) and text are intact: a withdrawal from the requester."))

print(len(WRITTEN), "messages written by _build_corpus.py")

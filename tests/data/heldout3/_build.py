"""Build the third held-out set: .venv/bin/python tests/data/heldout3/_build.py (writes kNNN-*.eml/.json here)."""
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the data directory
import io
import os
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _lib import *  # noqa: E402,F401,F403
from _lib import (ack_text, addr, attachment, enc_header, label, leaf, message, multipart, quote, shrink_docx,
                  APPR_0009_BACKUP, APPR_0009_KASUBAG, APPR_0012_KASUBAG, APPROVED_0011, CRED_0007, NEEDINFO_0008)

HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = []


def add(sortkey, slug, eml, lab):
    MSGS.append((sortkey, slug, eml, lab))


def recv(host, ip, date, by="mx.salatiga.go.id", tls=True):
    return (f"Received: from {host} ({host} [{ip}])\n\tby {by} (Postfix) with {'ESMTPS' if tls else 'ESMTP'} "
            f"id 4Ql{zlib.crc32((host + date).encode()) % 10**8:08d}\n\tfor <lpse@salatiga.go.id>; {date}")


def ar(domain, spf="pass", dkim="pass", dmarc="pass", mailfrom=None):
    return (f"Authentication-Results: mx.salatiga.go.id;\n\tspf={spf} smtp.mailfrom={mailfrom or domain};\n"
            f"\tdkim={dkim} header.d={domain};\n\tdmarc={dmarc} (p=quarantine) header.from={domain}")


def ours(i):
    return f"<{i}@salatiga.go.id>"


OFFICE_TO = "To: LPSE Kota Salatiga <lpse@salatiga.go.id>"

# =============================================================================================================
# REQUESTS (16)
# =============================================================================================================

# --- BPK letter, plain text, Zimbra, labelled block inside a prose letter; surat tugas date decoy -------------
d = "Mon, 23 Nov 2026 08:12:37 +0700"
body = """BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI JAWA TENGAH
Jl. Perintis Kemerdekaan (Kompleks Perkantoran Watugong) Semarang 50269
Telepon (024) 7474371, Faksimile (024) 7474372
______________________________________________________________________

Nomor    : 214/S/XVIII.SMG/11/2026                Semarang, 20 November 2026
Sifat    : Segera
Lampiran : 1 (satu) berkas
Perihal  : Permohonan Akses Remote Basis Data SPSE

Yth. Kepala Bagian Pengadaan Barang dan Jasa
Sekretariat Daerah Kota Salatiga
di Salatiga

Dalam rangka Pemeriksaan Kinerja atas Pengelolaan Pengadaan Barang/Jasa Tahun Anggaran 2026
pada Pemerintah Kota Salatiga, sesuai Surat Tugas Nomor 187/ST/XVIII.SMG/11/2026 tanggal
16 November 2026, dengan hormat kami mohon dapat diberikan akses remote dengan hak baca
(read only) ke basis data aplikasi SPSE LPSE Kota Salatiga bagi anggota tim pemeriksa kami:

    Nama       : Ratna Kusumawati, S.E., M.Ak.
    NIP        : 19860314 201001 2 005
    Jabatan    : Pemeriksa Ahli Muda
    Unit Kerja : BPK RI Perwakilan Provinsi Jawa Tengah
    Telepon    : 0813-2566-7410
    Email      : ratna.kusumawati@bpk.go.id

Akses tersebut kami perlukan pada tanggal 30 November s.d. 11 Desember 2026 selama jam kerja
dan mohon diberikan melalui VPN. Salinan surat tugas kami lampirkan.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan
terima kasih.

Kepala Sub Auditorat Jawa Tengah II,

ttd.

Drs. Bambang Hermawan, M.M., Ak., CA
NIP. 19690821 199403 1 002

Tembusan:
1. Kepala Perwakilan BPK Provinsi Jawa Tengah;
2. Inspektur Kota Salatiga.

--
Sub Bagian Umum dan TI
BPK RI Perwakilan Provinsi Jawa Tengah
"""
eml = message([
    "Return-Path: <tu.jateng@bpk.go.id>",
    recv("mail.bpk.go.id", "103.17.132.20", d), ar("bpk.go.id"),
    f"Date: {d}", "From: " + addr("TU BPK Perwakilan Jateng", "tu.jateng@bpk.go.id"), OFFICE_TO,
    "Subject: Permohonan Akses Remote Basis Data SPSE",
    "Message-ID: <1583920117.228841.1795841557123.JavaMail.zimbra@bpk.go.id>",
    "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)",
    "Thread-Topic: Permohonan Akses Remote Basis Data SPSE",
], leaf("text/plain", body, "quoted-printable"))
add(d, "request-bpk-letter-kop-zimbra", eml, label("request", fields={
    "name": "Ratna Kusumawati, S.E., M.Ak.", "institution": "BPK RI Perwakilan Provinsi Jawa Tengah",
    "phone": "0813-2566-7410", "access_rights": ["database-readonly", "vpn"],
    "purpose": "Pemeriksaan Kinerja atas Pengelolaan Pengadaan Barang/Jasa Tahun Anggaran 2026",
    "period_start": "2026-11-30", "period_end": "2026-12-11",
    "letter_number": "214/S/XVIII.SMG/11/2026", "letter_date": "2026-11-20"},
    note="Formal BPK letter inline: KOP lines in capitals, 'Nomor' and the place-date on one line, a labelled "
         "block for the auditor who will use the access. The signer (title line 'Kepala Sub Auditorat Jawa "
         "Tengah II', name 'Drs. Bambang Hermawan', NIP) is not the user. Surat tugas number and its date "
         "(16 November) are decoys; the letter date is 20 November. 'hak baca (read only) ke basis data' -> "
         "database-readonly, 'melalui VPN' -> vpn."))

# --- vendor short note, Gmail, 'besok s/d Jumat' ------------------------------------------------------------
d = "Tue, 24 Nov 2026 16:05:12 +0700"
body = """Siang pak,

mohon dibuatkan akun VPN untuk saya besok s/d Jumat, mau update modul e-katalog lokal di server aplikasi.
Saya dari PT Cipta Karya Data (vendor aplikasinya). HP saya 0857 4212 9981.

Trims,
Tono
"""
html = """<div dir="ltr"><div>Siang pak,</div><div><br></div><div>mohon dibuatkan akun VPN untuk saya besok s/d Jumat, mau update modul e-katalog lokal di server aplikasi.</div><div>Saya dari PT Cipta Karya Data (vendor aplikasinya). HP saya 0857 4212 9981.</div><div><br></div><div>Trims,</div><div>Tono</div></div>
"""
eml = message([
    "Return-Path: <tono.wibisono@gmail.com>",
    recv("mail-pj1-f52.google.com", "209.85.216.52", d), ar("gmail.com"),
    "MIME-Version: 1.0",
    "From: Tono Wibisono <tono.wibisono@gmail.com>", f"Date: {d}",
    "Message-ID: <CAF3kq8Zt0mVbQ1x7nR2hYw9JcLp4sE6uD5aG8fT1oK3iMnB2vA@mail.gmail.com>",
    "Subject: akses vpn", "To: lpse@salatiga.go.id",
], multipart("alternative", [leaf("text/plain", body, "quoted-printable"),
                             leaf("text/html", html, "quoted-printable")], "000000000000a41c2b06127f5e01"))
add(d, "request-short-note-besok-sd-jumat", eml, label("request", fields={
    "name": "Tono Wibisono", "institution": "PT Cipta Karya Data", "phone": "0857 4212 9981",
    "access_rights": ["vpn"], "purpose": "update modul e-katalog lokal di server aplikasi",
    "period_start": "2026-11-25", "period_end": "2026-11-27", "letter_number": None, "letter_date": None},
    note="Terse Gmail note signed only 'Tono'; the full name is in From. 'besok s/d Jumat' from Tuesday 24 "
         "November = Wednesday 25 to Friday 27. No letter, so no number or date."))

# --- LKPP letter inline, labelled lines, SE LKPP date decoy, two rights + spse-admin ------------------------
d = "Tue, 24 Nov 2026 10:21:03 +0700"
body = """Yth. Admin LPSE Kota Salatiga,

Bersama ini kami sampaikan surat Direktur Layanan Pengadaan Secara Elektronik LKPP perihal
permohonan remote akses. Surat asli menyusul melalui aplikasi persuratan.

Terima kasih.
Yulia Rahmawati
Sekretariat Direktorat LPSE - LKPP

=====================================================================

LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH
DEPUTI BIDANG MONITORING-EVALUASI DAN PENGEMBANGAN SISTEM INFORMASI
DIREKTORAT LAYANAN PENGADAAN SECARA ELEKTRONIK
Gedung LKPP, Jl. Epicentrum Tengah Lot 11B, Rasuna Epicentrum, Jakarta 12940

Nomor    : 8812/D.3.2/11/2026                       Jakarta, 23 November 2026
Lampiran : -
Perihal  : Permohonan Remote Akses Server SPSE

Yth. Kepala LPSE Kota Salatiga
di Tempat

Menindaklanjuti Surat Edaran Kepala LKPP Nomor 5 Tahun 2026 tanggal 2 November 2026 tentang
Pemutakhiran Aplikasi SPSE, bersama ini kami mohon diberikan remote akses ke server SPSE
LPSE Kota Salatiga untuk pemutakhiran SPSE ke versi 4.5u20261101 kepada personel kami:

Nama       : Muhammad Rizky Fadillah, S.T.
Jabatan    : Pranata Komputer Ahli Pertama
Unit Kerja : Direktorat Layanan Pengadaan Secara Elektronik, LKPP
No. HP     : 0812-8890-3321
Hak akses  : SSH ke server aplikasi dan akun Admin SPSE
Waktu      : Senin s.d. Rabu, 30 November s.d. 2 Desember 2026, pukul 08.00 - 16.00 WIB

Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

Direktur Layanan Pengadaan Secara Elektronik,

Dr. Hendro Wicaksono, S.T., M.T.
NIP. 19740512 200012 1 001
"""
eml = message([
    "Return-Path: <yulia.rahmawati@lkpp.go.id>",
    recv("mx1.lkpp.go.id", "202.158.40.14", d), ar("lkpp.go.id"),
    f"Date: {d}", "From: Yulia Rahmawati <yulia.rahmawati@lkpp.go.id>",
    "To: lpse@salatiga.go.id", "Cc: andi.pratama@lkpp.go.id",
    "Subject: Surat Permohonan Remote Akses Server SPSE - Pemutakhiran SPSE 4.5",
    "Message-ID: <20261124032103.9F1A2C0E11@mx1.lkpp.go.id>",
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
    "Content-Language: id",
], leaf("text/plain", body, "8bit", params="; format=flowed"))
add(d, "request-lkpp-letter-sent-by-staff", eml, label("request", fields={
    "name": "Muhammad Rizky Fadillah, S.T.",
    "institution": "Direktorat Layanan Pengadaan Secara Elektronik, LKPP",
    "phone": "0812-8890-3321", "access_rights": ["ssh", "spse-admin"],
    "purpose": "pemutakhiran SPSE ke versi 4.5u20261101",
    "period_start": "2026-11-30", "period_end": "2026-12-02",
    "letter_number": "8812/D.3.2/11/2026", "letter_date": "2026-11-23"},
    note="Sent by a secretary (Yulia), signed by the Director (title line + name + NIP); the user is the "
         "labelled 'Nama'. Cc is the requester of RA-2026-0009, but there is no tag or reference: a new request. "
         "'SSH ... dan akun Admin SPSE' -> ssh, spse-admin. The SE LKPP date (2 November) is a decoy."))

# --- Outlook HTML table from a vendor ------------------------------------------------------------------------
d = "Tue, 24 Nov 2026 13:47:55 +0700"
rows = [("Nama", "Ahmad Fauzan Hakim"), ("Instansi", "PT Arsitek Digital Nusantara"),
        ("Jabatan", "System Engineer"), ("No. HP", "+62 821-3344-5566"), ("Hak Akses", "VPN, SSH"),
        ("Tujuan", "Migrasi server aplikasi monitoring kontrak ke virtual machine baru"),
        ("Waktu", "01/12/2026 s.d. 03/12/2026")]
text = ("Dengan hormat,\n\nBersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga dengan "
        "data sebagai berikut:\n\n" + "\n".join(f"{k}\t{v}" for k, v in rows) +
        "\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nSalam,\n\nAhmad Fauzan Hakim\nSystem Engineer | "
        "PT Arsitek Digital Nusantara\nJl. Pandanaran No. 88, Semarang 50134\n")
trs = "\n".join(
    f'<tr><td width="160" valign="top" style="width:120.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
    f'<p class="MsoNormal"><b>{k}<o:p></o:p></b></p></td><td width="420" valign="top" style="width:315.0pt;'
    f'border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{v}'
    f'<o:p></o:p></p></td></tr>' for k, v in rows)
html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
--></style></head>
<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Dengan hormat,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga dengan data sebagai berikut:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tbody>
{trs}
</tbody></table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atas perhatian Bapak/Ibu kami ucapkan terima kasih.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Salam,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Ahmad Fauzan Hakim</b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">System Engineer | PT Arsitek Digital Nusantara<br>Jl. Pandanaran No. 88, Semarang 50134</span><o:p></o:p></p>
</div></body></html>
"""
eml = message([
    "Return-Path: <fauzan@arsitekdigital.co.id>",
    recv("mail-sgaapc01on2110.outbound.protection.outlook.com", "40.107.215.110", d), ar("arsitekdigital.co.id"),
    "From: Ahmad Fauzan Hakim <fauzan@arsitekdigital.co.id>",
    "To: \"lpse@salatiga.go.id\" <lpse@salatiga.go.id>",
    "Subject: Permohonan Remote Akses - PT Arsitek Digital Nusantara",
    "Thread-Topic: Permohonan Remote Akses - PT Arsitek Digital Nusantara",
    "Thread-Index: AdtePq3k9Qm0ZfHkTe2mS7w1Xy8AbA==",
    f"Date: {d}",
    "Message-ID: <SG2PR06MB53104A7C2E1B9D0F6A3C8E11A3C52@SG2PR06MB5310.apcprd06.prod.outlook.com>",
    "Accept-Language: en-ID, id-ID", "Content-Language: en-US", "X-MS-Has-Attach:",
    "X-MS-TNEF-Correlator:",
], multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                             leaf("text/html", html, "quoted-printable")],
             "_000_SG2PR06MB53104A7C2E1B9D0F6A3C8E11A3C52SG2PR06MB5310apcp_"))
add(d, "request-outlook-html-table-vendor", eml, label("request", fields={
    "name": "Ahmad Fauzan Hakim", "institution": "PT Arsitek Digital Nusantara", "phone": "+62 821-3344-5566",
    "access_rights": ["vpn", "ssh"],
    "purpose": "Migrasi server aplikasi monitoring kontrak ke virtual machine baru",
    "period_start": "2026-12-01", "period_end": "2026-12-03", "letter_number": None, "letter_date": None},
    note="Outlook table (tab-separated in the text part, a Word table in HTML). Day-first dd/mm/yyyy dates."))

# --- secretary writes for her director's technician -----------------------------------------------------------
d = "Wed, 25 Nov 2026 11:02:19 +0700"
body = """Dengan hormat,

Atas arahan Bapak Direktur Utama, Ir. Gunawan Setiadi, kami mohon dapat diberikan akses remote
melalui VPN bagi teknisi kami, Sdr. Dimas Prasetyo, S.Kom., untuk pengecekan backup server
e-procurement sesuai Kontrak Pemeliharaan Nomor 027/MSD/PKS/III/2026 tanggal 14 Maret 2026.

Jadwal pekerjaan: Kamis dan Jumat, 3 - 4 Desember 2026.
Sdr. Dimas dapat dihubungi langsung di nomor 0878-3100-2456. Untuk korespondensi surat-menyurat
silakan tetap melalui email ini.

Demikian, atas bantuannya kami ucapkan terima kasih.

Hormat saya,

Lestari Puspitasari
Sekretaris Direksi
PT Mitra Solusi Data
Telp. (024) 8315 221 ext. 12
"""
eml = message([
    "Return-Path: <sekretariat@mitrasolusidata.co.id>",
    recv("smtp.mitrasolusidata.co.id", "36.92.118.5", d), ar("mitrasolusidata.co.id"),
    f"Date: {d}", "From: Sekretariat Direksi PT Mitra Solusi Data <sekretariat@mitrasolusidata.co.id>",
    "To: lpse@salatiga.go.id", "Cc: dimas.prasetyo@mitrasolusidata.co.id",
    "Subject: Permohonan akses remote teknisi PT Mitra Solusi Data",
    "Message-ID: <e41b9c0f7a2d5e88@mitrasolusidata.co.id>",
    "X-Mailer: Microsoft Outlook 16.0",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "request-secretary-for-technician", eml, label("request", fields={
    "name": "Dimas Prasetyo, S.Kom.", "institution": "PT Mitra Solusi Data", "phone": "0878-3100-2456",
    "access_rights": ["vpn"], "purpose": "pengecekan backup server e-procurement",
    "period_start": "2026-12-03", "period_end": "2026-12-04", "letter_number": None, "letter_date": None},
    note="The secretary (Lestari) writes on her director's order for the technician: fields describe Dimas, "
         "not the secretary or the director; the office phone in her signature is a decoy. The contract "
         "number/date (14 Maret 2026) is not a letter number or date."))

# --- English vendor, +0800, negated rights --------------------------------------------------------------------
d = "Thu, 26 Nov 2026 09:05:44 +0800"
body = """Dear Sir/Madam,

On behalf of PT Kinetiq Solusi Indonesia, I would like to request remote access to the LPSE Kota
Salatiga environment for our database engineer, Mr. Rajesh Kumar Nair, to review the performance
of the SPSE database server (slow queries reported during tender closing).

He will need VPN access and read-only access to the database. No SSH or SPSE admin rights are
required.

Preferred window: Monday 7 December to Wednesday 9 December 2026, 09:00-17:00 WIB.
Rajesh can be reached at +62 811-2900-4471.

Thank you for your kind assistance.

Best regards,
Daniel Tan
Project Manager, PT Kinetiq Solusi Indonesia
"""
eml = message([
    "Return-Path: <daniel.tan@kinetiq.co.id>",
    recv("mail-sin.kinetiq.co.id", "119.73.200.18", "Thu, 26 Nov 2026 08:05:47 +0700"), ar("kinetiq.co.id"),
    f"Date: {d}", "From: Daniel Tan <daniel.tan@kinetiq.co.id>", "To: lpse@salatiga.go.id",
    "Cc: rajesh.nair@kinetiq.co.id",
    "Subject: Request for remote access - SPSE database performance review",
    "Message-ID: <7f3c2a19-55b1-4c0e-9d7e-2b1e0a6c4d11@kinetiq.co.id>",
    "User-Agent: Microsoft-MacOutlook/16.89.24091630",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "request-english-negated-rights-plus0800", eml, label("request", fields={
    "name": "Rajesh Kumar Nair", "institution": "PT Kinetiq Solusi Indonesia", "phone": "+62 811-2900-4471",
    "access_rights": ["vpn", "database-readonly"],
    "purpose": "review the performance of the SPSE database server",
    "period_start": "2026-12-07", "period_end": "2026-12-09", "letter_number": None, "letter_date": None},
    note="English, sent by a project manager for an engineer ('Mr.' is a title). 'No SSH or SPSE admin rights' "
         "is negated and must not be extracted. Date header +0800."))

# --- PDF letter from BPKP, body says only 'terlampir'; surat tugas period decoy ------------------------------
def make_pdf_bpkp():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("Surat Permohonan Akses Remote SPSE")
    c.setAuthor("BPKP Perwakilan Provinsi Jawa Tengah")
    w, h = A4
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    for line in ["BADAN PENGAWASAN KEUANGAN DAN PEMBANGUNAN", "PERWAKILAN PROVINSI JAWA TENGAH"]:
        c.drawCentredString(w / 2, y, line); y -= 17
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, y, "Jl. Ki Mangunsarkoro No. 34, Semarang 50136  Telepon (024) 8311462  Faksimile (024) 8311461")
    y -= 8
    c.line(50, y, w - 50, y); y -= 26
    c.setFont("Helvetica", 10.5)
    def put(t, x=60, dy=15):
        nonlocal y
        c.drawString(x, y, t); y -= dy
    c.drawRightString(w - 60, y, "Semarang, 25 November 2026")
    put("Nomor      : PE.09.03/S-1123/PW11/4/2026")
    put("Sifat        : Biasa")
    put("Lampiran  : 1 (satu) berkas")
    put("Perihal     : Permohonan Akses Remote Aplikasi SPSE", dy=28)
    put("Yth. Kepala Bagian Pengadaan Barang dan Jasa")
    put("Sekretariat Daerah Kota Salatiga")
    put("di Salatiga", dy=26)
    for t in ["Sehubungan dengan pelaksanaan Reviu Pengadaan Barang/Jasa Semester II Tahun 2026 pada Pemerintah",
              "Kota Salatiga berdasarkan Surat Tugas Nomor ST-1098/PW11/4/2026 tanggal 23 November 2026 untuk",
              "periode 30 November s.d. 18 Desember 2026, dengan hormat kami mohon diberikan akses remote ke",
              "aplikasi SPSE dengan hak akses baca (read only) pada basis data kepada:"]:
        put(t, dy=15)
    y -= 6
    for k, v in [("Nama", "Wahyu Setiawan, S.E., Ak."), ("NIP", "19900211 201402 1 003"),
                 ("Jabatan", "Auditor Ahli Pertama"), ("No. HP", "0856-4011-2390")]:
        c.drawString(90, y, k); c.drawString(190, y, ": " + v); y -= 15
    y -= 6
    for t in ["Akses tersebut kami perlukan mulai tanggal 7 s.d. 11 Desember 2026.",
              "",
              "Demikian permohonan kami, atas perhatian dan kerja sama Saudara diucapkan terima kasih."]:
        put(t)
    y -= 20
    x = 330
    for t in ["Koordinator Pengawasan Bidang", "Akuntabilitas Pemerintah Daerah,", "", "", "",
              "Siti Nurjanah, Ak., M.M.", "NIP. 19760930 199803 2 001"]:
        c.drawString(x, y, t); y -= 15
    y -= 20
    c.setFont("Helvetica", 9)
    put("Tembusan: Kepala Perwakilan BPKP Provinsi Jawa Tengah", dy=12)
    c.showPage()
    c.save()
    return buf.getvalue()


pdf = make_pdf_bpkp()
assert len(pdf) < 30000, len(pdf)
d = "Thu, 26 Nov 2026 13:30:08 +0700"
body = """Dengan hormat,

Terlampir kami sampaikan surat permohonan akses remote aplikasi SPSE.

Terima kasih.

--
Subbagian Umum
BPKP Perwakilan Provinsi Jawa Tengah
"""
eml = message([
    "Return-Path: <umum.jateng@bpkp.go.id>",
    recv("mx.bpkp.go.id", "202.162.199.70", d), ar("bpkp.go.id"),
    f"Date: {d}", "From: Subbag Umum BPKP Jateng <umum.jateng@bpkp.go.id>", "To: lpse@salatiga.go.id",
    "Subject: Surat Permohonan Akses Remote SPSE",
    "Message-ID: <0b6e1d3c9a7f4e21b8c5@bpkp.go.id>",
    "X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - FF120 (Linux)/8.8.15_GA_4484)",
], multipart("mixed", [leaf("text/plain", body, "7bit", charset="us-ascii"),
                       attachment("application/pdf", "Surat_Permohonan_Akses_SPSE_BPKP.pdf", pdf)],
             "=_b1f0e9a2c4d85b7e6a3f"))
add(d, "request-pdf-letter-bpkp-terlampir", eml, label("request", fields={
    "name": "Wahyu Setiawan, S.E., Ak.", "institution": "BPKP Perwakilan Provinsi Jawa Tengah",
    "phone": "0856-4011-2390", "access_rights": ["database-readonly"],
    "purpose": "Reviu Pengadaan Barang/Jasa Semester II Tahun 2026",
    "period_start": "2026-12-07", "period_end": "2026-12-11",
    "letter_number": "PE.09.03/S-1123/PW11/4/2026", "letter_date": "2026-11-25"},
    note="Everything is in the PDF; the body only says 'Terlampir'. The surat tugas (23 November, period 30 "
         "November - 18 Desember) is a decoy for both the letter date and the access period. VPN is not named."))

# --- DOCX letter with table from Inspektorat -------------------------------------------------------------------
def make_docx_inspektorat():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for t in ["PEMERINTAH KOTA SALATIGA", "INSPEKTORAT DAERAH"]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph("Jl. Letjen Sukowati No. 51 Salatiga 50724, Telepon (0298) 326 112, "
                          "Pos-el: inspektorat@salatiga.go.id")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("_" * 80)
    doc.add_paragraph("Salatiga, 26 November 2026").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Nomor\t: 700.1/412/Insp\nSifat\t: Penting\nLampiran\t: -\n"
                      "Perihal\t: Permohonan Remote Akses SPSE")
    doc.add_paragraph("Yth. Kepala Bagian Pengadaan Barang dan Jasa\nSetda Kota Salatiga\ndi -\nSALATIGA")
    doc.add_paragraph(
        "Dalam rangka pelaksanaan reviu probity audit atas paket pengadaan barang/jasa Tahun Anggaran 2026 "
        "sebagaimana Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Daerah Kota Salatiga Tahun 2026, "
        "dengan hormat kami mohon diberikan remote akses kepada pegawai kami sebagai berikut:")
    rows = [("No", "Nama", "NIP", "Jabatan", "No. HP", "Hak Akses"),
            ("1", "Yohana Maria Kristiani, S.E.", "19880517 201101 2 004", "Auditor Ahli Muda",
             "0821-3737-9012", "VPN, Database (read only)")]
    t = doc.add_table(rows=2, cols=6); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Waktu pelaksanaan: tanggal 1 sampai dengan 10 Desember 2026.")
    doc.add_paragraph("Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan "
                      "terima kasih.")
    sig = doc.add_paragraph("INSPEKTUR KOTA SALATIGA,\n\n\n\nDr. Eko Prasetyo Nugroho, S.H., M.Si.\n"
                            "Pembina Utama Muda\nNIP. 19700815 199503 1 004")
    sig.paragraph_format.left_indent = Pt(260)
    doc.core_properties.author = "Inspektorat"
    doc.core_properties.title = "Permohonan Remote Akses SPSE"
    import datetime as _dt
    doc.core_properties.created = doc.core_properties.modified = _dt.datetime(2026, 11, 26, 8, 30)
    doc.core_properties.last_modified_by = "Inspektorat"
    buf = io.BytesIO(); doc.save(buf)
    return shrink_docx(buf.getvalue())


dx = make_docx_inspektorat()
assert len(dx) < 30000, len(dx)
d = "Fri, 27 Nov 2026 09:14:51 +0700"
body = """Yth. Admin LPSE,

Bersama ini kami kirimkan surat permohonan remote akses dari Inspektorat Daerah Kota Salatiga
(terlampir). Mohon dapat diproses.

Hormat kami,
Sekretariat Inspektorat Daerah Kota Salatiga
"""
eml = message([
    "Return-Path: <inspektorat@salatiga.go.id>",
    "Received: from mail.salatiga.go.id (localhost [127.0.0.1])\n\tby mail.salatiga.go.id (Postfix) with ESMTP id 8C1F2A0431\n\tfor <lpse@salatiga.go.id>; " + d,
    f"Date: {d}", "From: Inspektorat Kota Salatiga <inspektorat@salatiga.go.id>",
    "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Permohonan Remote Akses SPSE - Inspektorat",
    "Message-ID: <1044318820.55120.1796004891332.JavaMail.zimbra@salatiga.go.id>",
    "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)",
], multipart("mixed", [
    leaf("text/plain", body, "7bit", charset="us-ascii"),
    attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "Surat Permohonan Remote Akses Inspektorat.docx", dx)], "=_7c0e2f5d-3a1b-4f9e-8d6c-1a2b3c4d5e6f"))
add(d, "request-docx-letter-table-inspektorat", eml, label("request", fields={
    "name": "Yohana Maria Kristiani, S.E.", "institution": "Inspektorat Daerah Kota Salatiga",
    "phone": "0821-3737-9012", "access_rights": ["vpn", "database-readonly"],
    "purpose": "reviu probity audit atas paket pengadaan barang/jasa Tahun Anggaran 2026",
    "period_start": "2026-12-01", "period_end": "2026-12-10",
    "letter_number": "700.1/412/Insp", "letter_date": "2026-11-26"},
    note="DOCX only: KOP, a one-row table with the user (name, NIP, jabatan, HP, rights), the Inspektur's "
         "signature block (title line in capitals, name, rank, NIP). The KOP telephone is the office's, not the "
         "user's. Internal sender on our own domain, still a new request."))

# --- UKSW HTML-only, 'selama dua minggu' (end vague) -----------------------------------------------------------
d = "Fri, 27 Nov 2026 14:36:20 +0700"
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Georgia,serif;font-size:14px">
<p>Yth. Bapak/Ibu Pengelola LPSE Kota Salatiga,</p>
<p>Saya, dosen pembimbing pada Program Studi Teknik Informatika, Fakultas Teknologi Informasi,
<b>Universitas Kristen Satya Wacana (UKSW)</b>, bermaksud memohon akses baca (<i>read-only</i>) terhadap basis data
SPSE untuk mahasiswa bimbingan saya:</p>
<ul>
<li>Nama: <b>Kevin Adrianus Wijaya</b></li>
<li>NIM: 672020045</li>
<li>No. HP/WA: 0857-2663-1180</li>
</ul>
<p>Akses tersebut diperlukan untuk penelitian skripsi tentang analisis pola harga penawaran tender pada LPSE
Kota Salatiga. Data yang dibutuhkan hanya data tender tahun 2024&ndash;2025 dan tidak akan dipublikasikan tanpa
izin. Kami mohon akses dapat diberikan mulai Senin, 7 Desember 2026 selama dua minggu.</p>
<p>Surat pengantar dari Dekan akan kami antar langsung ke kantor LPSE.</p>
<p>Atas perhatian Bapak/Ibu saya ucapkan terima kasih.</p>
<p>Salam hormat,<br><br>
Dr. Natalia Kurniawati, M.Cs.<br>
Fakultas Teknologi Informasi<br>
Universitas Kristen Satya Wacana<br>
Jl. Diponegoro 52-60, Salatiga</p>
</div></body></html>
"""
eml = message([
    "Return-Path: <natalia.kurniawati@uksw.edu>",
    recv("mail-ej1-f41.google.com", "209.85.218.41", d), ar("uksw.edu"),
    "MIME-Version: 1.0", f"Date: {d}",
    "From: " + addr("Dr. Natalia Kurniawati, M.Cs.", "natalia.kurniawati@uksw.edu"),
    "To: lpse@salatiga.go.id", "Cc: 672020045@student.uksw.edu",
    "Subject: Permohonan akses data SPSE untuk penelitian skripsi",
    "Message-ID: <CAJx9tQ2v+8Ryb0LMw4kS1nE7pZ3gH5dXc6aF0uT9iWqK2oBmVe@mail.gmail.com>",
], leaf("text/html", html, "quoted-printable"))
add(d, "request-university-html-only-two-weeks", eml, label("request", fields={
    "name": "Kevin Adrianus Wijaya", "institution": "Universitas Kristen Satya Wacana",
    "phone": "0857-2663-1180", "access_rights": ["database-readonly"],
    "purpose": "penelitian skripsi tentang analisis pola harga penawaran tender",
    "period_start": "2026-12-07", "letter_number": None, "letter_date": None},
    note="HTML-only, written by the supervisor for her student: the student is the user. 'selama dua minggu' "
         "makes the end vague (18 or 20 December), so period_end is left out; the years 2024-2025 are data "
         "years, not a period."))

# --- Yahoo Android short, 'tgl 1 Des s/d 3 Des' -------------------------------------------------------------------
d = "Sat, 28 Nov 2026 19:48:02 +0000"
body = """Slmt malam pak admin,
Mohon ijin remote akses (VPN & SSH) tgl 1 Des s/d 3 Des utk pengecekan log firewall yg kemarin down.

Rudi Hartono
CV Bintang Timur Komputer
0813 9012 4455

Sent from Yahoo Mail on Android
"""
html = ('<div id="yMail_cursorElementTracker_1796413682123">Slmt malam pak admin,</div><div>Mohon ijin remote akses '
        '(VPN &amp; SSH) tgl 1 Des s/d 3 Des utk pengecekan log firewall yg kemarin down.</div><div><br></div>'
        '<div>Rudi Hartono<br>CV Bintang Timur Komputer<br>0813 9012 4455</div><br><br>'
        '<div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_'
        'Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym">Sent from Yahoo Mail on Android</a></div>\n')
eml = message([
    "Return-Path: <rudi.hartono77@yahoo.co.id>",
    recv("sonic310-21.consmr.mail.sg3.yahoo.com", "106.10.244.83", "Sun, 29 Nov 2026 02:48:05 +0700"),
    ar("yahoo.co.id"),
    f"Date: {d}", "From: Rudi Hartono <rudi.hartono77@yahoo.co.id>", "To: lpse@salatiga.go.id",
    "Message-ID: <1796413682.4471926.1764359282123@mail.yahoo.com>",
    "Subject: remote akses",
    "X-Mailer: WebService/1.1.23789 YMailNorrin",
], multipart("alternative", [leaf("text/plain", body, "base64"), leaf("text/html", html, "base64")],
             "----=_Part_4471925_1289357442.1796413682120"))
add(d, "request-yahoo-android-des-abbrev-utc", eml, label("request", fields={
    "name": "Rudi Hartono", "institution": "CV Bintang Timur Komputer", "phone": "0813 9012 4455",
    "access_rights": ["vpn", "ssh"], "purpose": "pengecekan log firewall",
    "period_start": "2026-12-01", "period_end": "2026-12-03", "letter_number": None, "letter_date": None},
    note="Yahoo Android, base64 parts, Date in +0000 (it is already Sunday 29 November in Jakarta). 'tgl 1 Des "
         "s/d 3 Des' with no year: the coming 1-3 December 2026."))

# --- forwarded by the admin, Gmail-style, original dated Friday ----------------------------------------------------
d = "Mon, 30 Nov 2026 07:55:40 +0700"
body = """Mohon diproses, permohonan ini masuk ke email pribadi saya hari Jumat.

-- 
Heru
Admin LPSE Kota Salatiga

---------- Forwarded message ---------
Dari: Slamet Riyadi <slamet@andalansistem.co.id>
Date: Jum, 27 Nov 2026 pukul 15.20
Subject: Permohonan remote akses
To: Heru Setiawan <heru.stw@gmail.com>


Dengan hormat,

Kami dari PT Andalan Sistem Informatika, penyedia jasa pemeliharaan server LPSE, mengajukan
permohonan remote akses SSH untuk rekan kami Sdr. Wisnu Aji Pamungkas (HP 0812-2700-8123) guna
penggantian sertifikat SSL dan pembaruan sistem operasi server.

Pelaksanaan: Selasa, 01-12-2026 s.d. Kamis, 03-12-2026.

Terima kasih atas perhatiannya.

Hormat kami,
Slamet Riyadi
Manajer Proyek
PT Andalan Sistem Informatika
"""
eml = message([
    "Received: from mail.salatiga.go.id (localhost [127.0.0.1])\n\tby mail.salatiga.go.id (Postfix) with ESMTP id 2B7E1A0119\n\tfor <lpse@salatiga.go.id>; " + d,
    f"Date: {d}", "From: Admin LPSE <admin.lpse@salatiga.go.id>", "To: lpse@salatiga.go.id",
    "Subject: Fwd: Permohonan remote akses",
    "Message-ID: <1190377245.60281.1796259340551.JavaMail.zimbra@salatiga.go.id>",
    "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "request-forwarded-by-admin-gmail-style", eml, label("request", fields={
    "name": "Wisnu Aji Pamungkas", "institution": "PT Andalan Sistem Informatika", "phone": "0812-2700-8123",
    "access_rights": ["ssh"], "purpose": "penggantian sertifikat SSL dan pembaruan sistem operasi server",
    "period_start": "2026-12-01", "period_end": "2026-12-03", "letter_number": None, "letter_date": None},
    note="The admin forwards a request that reached his personal address. Fields describe the technician named "
         "inside the forwarded text, not Heru and not the vendor's project manager. dd-mm-yyyy with weekday names."))

# --- Diskominfo Provinsi: HTML letter, 'selama 3 (tiga) hari kerja' ----------------------------------------------
d = "Mon, 30 Nov 2026 08:40:13 +0700"
letter = [
    ("c", "<b>PEMERINTAH PROVINSI JAWA TENGAH</b>"),
    ("c", "<b>DINAS KOMUNIKASI DAN INFORMATIKA</b>"),
    ("c", "Jl. Menteri Supeno I No. 2 Semarang 50243, Telepon (024) 8319140, Faksimile (024) 8443916"),
    ("hr", ""),
    ("r", "Semarang, 27 November 2026"),
    ("p", "Nomor&nbsp;&nbsp;&nbsp;&nbsp;: 489.1/3317/Diskominfo<br>Sifat&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: Penting<br>"
          "Lampiran : -<br>Perihal&nbsp;&nbsp;&nbsp;: Permohonan Remote Akses untuk Penilaian Kerentanan"),
    ("p", "Yth. Kepala Bagian Pengadaan Barang dan Jasa<br>Setda Kota Salatiga<br>di Salatiga"),
    ("p", "Dalam rangka pelaksanaan program Penilaian Kerentanan (<i>Vulnerability Assessment</i>) sistem elektronik "
          "pemerintah daerah se-Jawa Tengah Tahun 2026, kami mohon diberikan remote akses berupa akun VPN dan akses "
          "SSH ke server LPSE Kota Salatiga kepada petugas kami, <b>Galih Permana Putra, S.Kom.</b> (Sandiman Ahli "
          "Pertama), mulai hari Rabu, 2 Desember 2026 selama 3 (tiga) hari kerja."),
    ("p", "Narahubung: Galih Permana Putra, S.Kom., telepon 0896-7722-1045."),
    ("p", "Demikian atas perhatian dan kerja samanya kami sampaikan terima kasih."),
    ("sig", "a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA<br>PROVINSI JAWA TENGAH<br>Kepala Bidang Persandian dan "
            "Keamanan Informasi,<br><br><br><u>Ir. Retno Widyaningsih, M.T.</u><br>Pembina Tingkat I<br>"
            "NIP. 19720609 199803 2 006"),
]
parts_html = []
for kind, t in letter:
    if kind == "c":
        parts_html.append(f'<p style="text-align:center;margin:0">{t}</p>')
    elif kind == "hr":
        parts_html.append('<hr style="border:2px solid #000">')
    elif kind == "r":
        parts_html.append(f'<p style="text-align:right">{t}</p>')
    elif kind == "sig":
        parts_html.append(f'<p style="margin-left:55%">{t}</p>')
    else:
        parts_html.append(f"<p>{t}</p>")
html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:11pt">\n'
        '<p>Dengan hormat, berikut kami sampaikan surat kami (surat bertanda tangan elektronik menyusul).</p>\n<hr>\n'
        + "\n".join(parts_html) + "\n</body></html>\n")
text = """Dengan hormat, berikut kami sampaikan surat kami (surat bertanda tangan elektronik menyusul).

PEMERINTAH PROVINSI JAWA TENGAH
DINAS KOMUNIKASI DAN INFORMATIKA
Jl. Menteri Supeno I No. 2 Semarang 50243, Telepon (024) 8319140, Faksimile (024) 8443916

                                                        Semarang, 27 November 2026
Nomor    : 489.1/3317/Diskominfo
Sifat    : Penting
Lampiran : -
Perihal  : Permohonan Remote Akses untuk Penilaian Kerentanan

Yth. Kepala Bagian Pengadaan Barang dan Jasa
Setda Kota Salatiga
di Salatiga

Dalam rangka pelaksanaan program Penilaian Kerentanan (Vulnerability Assessment) sistem elektronik
pemerintah daerah se-Jawa Tengah Tahun 2026, kami mohon diberikan remote akses berupa akun VPN dan
akses SSH ke server LPSE Kota Salatiga kepada petugas kami, Galih Permana Putra, S.Kom. (Sandiman
Ahli Pertama), mulai hari Rabu, 2 Desember 2026 selama 3 (tiga) hari kerja.

Narahubung: Galih Permana Putra, S.Kom., telepon 0896-7722-1045.

Demikian atas perhatian dan kerja samanya kami sampaikan terima kasih.

a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA
PROVINSI JAWA TENGAH
Kepala Bidang Persandian dan Keamanan Informasi,


Ir. Retno Widyaningsih, M.T.
Pembina Tingkat I
NIP. 19720609 199803 2 006
"""
eml = message([
    "Return-Path: <persandian@diskominfo.jatengprov.go.id>",
    recv("mail.jatengprov.go.id", "103.9.227.30", d), ar("diskominfo.jatengprov.go.id"),
    f"Date: {d}",
    "From: Bidang Persandian Diskominfo Jateng <persandian@diskominfo.jatengprov.go.id>",
    "To: lpse@salatiga.go.id",
    "Subject: Permohonan Remote Akses untuk Penilaian Kerentanan (VA) Server LPSE",
    "Message-ID: <5fd2c1a0b9e84f3a@diskominfo.jatengprov.go.id>",
    "X-Mailer: Roundcube Webmail/1.6.9",
], multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                             leaf("text/html", html, "quoted-printable")], "=_6a1c9e0f3b7d2a5c8e4f"))
add(d, "request-diskominfo-jateng-html-hari-kerja", eml, label("request", fields={
    "name": "Galih Permana Putra, S.Kom.", "institution": "Dinas Komunikasi dan Informatika Provinsi Jawa Tengah",
    "phone": "0896-7722-1045", "access_rights": ["vpn", "ssh"],
    "purpose": "Penilaian Kerentanan (Vulnerability Assessment) sistem elektronik pemerintah daerah",
    "period_start": "2026-12-02", "period_end": "2026-12-04",
    "letter_number": "489.1/3317/Diskominfo", "letter_date": "2026-11-27"},
    note="A dinas letter pasted as HTML (and text). 'mulai hari Rabu, 2 Desember 2026 selama 3 (tiga) hari kerja' "
         "= Wed 2 to Fri 4 December. The signature block has an 'a.n.' line, a title line, the signer's name, rank "
         "and NIP; the user is the petugas named in the body."))

# --- Thunderbird format=flowed, rights outside the vocabulary ---------------------------------------------------
d = "Tue, 1 Dec 2026 10:12:45 +0700"
body = """Selamat pagi Bapak/Ibu Admin LPSE,

Kami dari PT Sinar Teknologi Mandiri (pengembang aplikasi e-Kontrak) memohon akses Remote Desktop 
(RDP) ke server Windows aplikasi e-Kontrak, serta akses FTP untuk mengunggah file patch.

Pengguna: Yosua Pardede
HP: 0812 6543 2109
Keperluan: instalasi patch aplikasi e-Kontrak versi 2.3.1
Waktu: 3/12/2026 - 4/12/2026

Terima kasih.

Salam,
Yosua Pardede
PT Sinar Teknologi Mandiri
"""
eml = message([
    "Return-Path: <yosua.pardede@sinartekno.co.id>",
    recv("mail.sinartekno.co.id", "182.253.71.9", d), ar("sinartekno.co.id"),
    "Message-ID: <8b1f7c3e-2d9a-4e6b-a0f5-3c7d1e9b2a40@sinartekno.co.id>", f"Date: {d}", "MIME-Version: 1.0",
    "User-Agent: Mozilla Thunderbird", "Content-Language: id",
    "To: lpse@salatiga.go.id", "From: Yosua Pardede <yosua.pardede@sinartekno.co.id>",
    "Subject: Permohonan akses RDP dan FTP - aplikasi e-Kontrak",
], leaf("text/plain", body, "8bit", params="; format=flowed"))
add(d, "request-rdp-ftp-outside-vocabulary-flowed", eml, label("request", fields={
    "name": "Yosua Pardede", "institution": "PT Sinar Teknologi Mandiri", "phone": "0812 6543 2109",
    "purpose": "instalasi patch aplikasi e-Kontrak versi 2.3.1",
    "period_start": "2026-12-03", "period_end": "2026-12-04", "letter_number": None, "letter_date": None},
    note="Rights asked are RDP and FTP, outside the vocabulary, so access_rights is left out (a human must look). "
         "format=flowed with a soft-broken line. d/m/yyyy dates."))

# --- iPhone 'malam ini' ------------------------------------------------------------------------------------------
d = "Tue, 1 Dec 2026 17:12:09 +0700"
body = """Pak, mohon izin remote akses VPN malam ini jam 20.00-23.00 utk pasang patch keamanan server backup. Urgent krn ada temuan dr vendor. Trims

Andreas S.
PT Maju Jaya Teknologi

Dikirim dari iPhone saya"""
eml = message([
    "Return-Path: <andreas@majujaya.co.id>",
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    "From: Andreas Situmorang <andreas@majujaya.co.id>", "Mime-Version: 1.0 (1.0)",
    f"Date: {d}", "Subject: Remote akses malam ini",
    "Message-Id: <4E8C2F71-9A3B-4D0E-B6C1-7F2A5D9E3B10@majujaya.co.id>",
    "To: lpse@salatiga.go.id", "X-Mailer: iPhone Mail (22B91)",
], leaf("text/plain", body, "quoted-printable"))
add(d, "request-iphone-malam-ini", eml, label("request", fields={
    "name": "Andreas Situmorang", "institution": "PT Maju Jaya Teknologi", "access_rights": ["vpn"],
    "purpose": "pasang patch keamanan server backup",
    "period_start": "2026-12-01", "period_end": "2026-12-01", "letter_number": None, "letter_date": None},
    note="iPhone one-liner. 'malam ini jam 20.00-23.00' is the message's own date, Tuesday 1 December. Same "
         "company as RA-2026-0007 but a different person and no tag or reference: a new request."))

# --- Diskominfo Kota Salatiga, windows-1252 QP, weekend ----------------------------------------------------------
d = "Tue, 1 Dec 2026 14:03:27 +0700"
body = """PEMERINTAH KOTA SALATIGA
DINAS KOMUNIKASI DAN INFORMATIKA
Jl. Osamaliki No. 34, Salatiga 50721 \u2013 Telepon (0298) 321 555

Nomor     : 555/1187/Diskominfo
Lampiran  : \u2013
Perihal   : Permohonan Remote Akses Perangkat Jaringan LPSE

Salatiga, 1 Desember 2026

Yth. Kepala Bagian Pengadaan Barang dan Jasa
Setda Kota Salatiga

Sehubungan dengan penggantian switch core di ruang server LPSE, kami mohon diberikan remote akses
(VPN dan SSH) untuk konfigurasi ulang VLAN dan routing setelah penggantian perangkat, bagi:

Nama    : Rahmat Hidayat, A.Md.Kom.
Jabatan : Pranata Komputer Terampil
No. HP  : 0858-6612-3098

Pekerjaan dilaksanakan pada akhir pekan, Sabtu\u2013Minggu, 5\u20136 Desember 2026, agar tidak
mengganggu layanan \u201cjam kerja\u201d LPSE.

Demikian, atas kerja samanya disampaikan terima kasih.

KEPALA DINAS KOMUNIKASI DAN INFORMATIKA
KOTA SALATIGA,

Drs. Teguh Santosa, M.M.
Pembina Utama Muda
NIP. 19680712 199303 1 009
"""
eml = message([
    "Return-Path: <umum@kominfo.salatiga.go.id>",
    recv("mail.kominfo.salatiga.go.id", "103.121.18.4", d), ar("kominfo.salatiga.go.id"),
    f"Date: {d}", "From: Umum Diskominfo Salatiga <umum@kominfo.salatiga.go.id>",
    "To: 'LPSE Kota Salatiga' <lpse@salatiga.go.id>",
    "Subject: Permohonan Remote Akses Perangkat Jaringan LPSE",
    "Message-ID: <000001db63a1$5c2e8f10$148bad30$@kominfo.salatiga.go.id>",
    "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtjoVwk8sRw2mB0Q1mZl4n3pGh1Xw==",
    "Content-Language: id",
], leaf("text/plain", body, "quoted-printable", charset="windows-1252"))
add(d, "request-diskominfo-salatiga-cp1252-weekend", eml, label("request", fields={
    "name": "Rahmat Hidayat, A.Md.Kom.", "institution": "Dinas Komunikasi dan Informatika Kota Salatiga",
    "phone": "0858-6612-3098", "access_rights": ["vpn", "ssh"],
    "purpose": "konfigurasi ulang VLAN dan routing setelah penggantian switch core",
    "period_start": "2026-12-05", "period_end": "2026-12-06",
    "letter_number": "555/1187/Diskominfo", "letter_date": "2026-12-01"},
    note="windows-1252 quoted-printable with en dashes (0x96) in 'Sabtu\u2013Minggu, 5\u20136 Desember 2026' and "
         "curly quotes. The letter date stands on its own line after Perihal. Same agency as RA-2026-0012's "
         "requester, but a different sender and no thread."))

# --- vague, minimal -------------------------------------------------------------------------------------------------
d = "Wed, 2 Dec 2026 09:26:31 +0700"
body = """Selamat pagi,

Kami dari CV Karya Mandiri Solusi mohon diberikan remote akses ke server LPSE minggu depan untuk
keperluan pengecekan aplikasi. Mohon informasi juga apabila ada persyaratan yang harus kami lengkapi.

Terima kasih.

Salam,
Fitri Anggraini
Admin Proyek - CV Karya Mandiri Solusi
HP/WA 0822-1144-7788
"""
eml = message([
    "Return-Path: <admin@karyamandirisolusi.com>",
    recv("mail-wm1-f47.google.com", "209.85.128.47", d), ar("karyamandirisolusi.com"),
    "MIME-Version: 1.0", f"Date: {d}",
    "From: CV Karya Mandiri Solusi <admin@karyamandirisolusi.com>",
    "Message-ID: <CAN8pQe1Hk3Z7m0+aX4vR2tWbF9cJ6yL5uD1oE8sGiT0nPqMv4w@mail.gmail.com>",
    "Subject: Permohonan remote akses", "To: lpse@salatiga.go.id",
], leaf("text/plain", body, "quoted-printable"))
add(d, "request-vague-minggu-depan-no-rights", eml, label("request", fields={
    "institution": "CV Karya Mandiri Solusi", "access_rights": None, "purpose": "pengecekan aplikasi",
    "letter_number": None, "letter_date": None},
    note="A real but thin request. No right from the vocabulary is named (access_rights null). 'minggu depan' is "
         "vague, so the period keys are left out. The signer is the company's project admin; whether she is "
         "the user is not said, so name and phone are not asserted."))

# =============================================================================================================
# INFO REPLIES for RA-2026-0008 (2)
# =============================================================================================================
d = "Wed, 25 Nov 2026 09:30:54 +0700"
body = f"""Yth. Admin LPSE,

Berikut kami lengkapi data yang diminta. Yang akan menggunakan akun adalah teknisi kami:

Nama     : Fajar Nugroho, A.Md.
No. HP   : 0822-2150-7788
Periode  : Rabu, 2 Desember s/d Jumat, 4 Desember 2026

Terima kasih.

Salam,
Rina Wulandari
CV Sentosa Informatika

Pada Sel, 24 Nov 2026 pukul 14.02, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(NEEDINFO_0008)}
"""
eml = message([
    "Return-Path: <rina.wulandari@cvsentosa.id>",
    recv("mail.cvsentosa.id", "45.64.98.210", d), ar("cvsentosa.id"),
    f"Date: {d}", "From: Rina Wulandari <rina.wulandari@cvsentosa.id>",
    "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: [RA-2026-0008] Data permohonan remote akses belum lengkap",
    "Message-ID: <a93f0c2e71b5d84a@cvsentosa.id>",
    "In-Reply-To: " + ours("needinfo.RA-2026-0008.b2"), "References: " + ours("needinfo.RA-2026-0008.b2"),
    "User-Agent: Roundcube Webmail/1.6.6",
], leaf("text/plain", body, "quoted-printable"))
add(d, "info-reply-technician-labelled-quoted", eml, label("info_reply", "RA-2026-0008", fields={
    "name": "Fajar Nugroho, A.Md.", "phone": "0822-2150-7788",
    "period_start": "2026-12-02", "period_end": "2026-12-04"},
    note="The requester answers our need_info with the technician's data; the name is Fajar, not Rina who signs. "
         "The quoted need_info lists field names with no values and must not be read."))

d = "Tue, 1 Dec 2026 13:17:22 +0700"
text = """Selamat siang,

Menindaklanjuti email Bapak, akses yang kami perlukan cukup VPN saja (tidak perlu akses database).
Adapun tujuannya untuk instalasi agen monitoring pada server aplikasi.

Terima kasih.
Rina

From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Tuesday, November 24, 2026 2:02 PM
To: Rina Wulandari <rina.wulandari@cvsentosa.id>
Subject: [RA-2026-0008] Data permohonan remote akses belum lengkap

""" + NEEDINFO_0008 + "\n"
html = ("<html><body><div style=\"font-family:Calibri\"><p>Selamat siang,</p><p>Menindaklanjuti email Bapak, akses "
        "yang kami perlukan cukup VPN saja (tidak perlu akses database).<br>Adapun tujuannya untuk instalasi agen "
        "monitoring pada server aplikasi.</p><p>Terima kasih.<br>Rina</p></div><hr>"
        "<div id=\"divRplyFwdMsg\"><b>From:</b> LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt;<br><b>Sent:</b> "
        "Tuesday, November 24, 2026 2:02 PM<br><b>To:</b> Rina Wulandari &lt;rina.wulandari@cvsentosa.id&gt;<br>"
        "<b>Subject:</b> [RA-2026-0008] Data permohonan remote akses belum lengkap</div><br><pre>"
        + NEEDINFO_0008 + "</pre></body></html>\n")
eml = message([
    "Return-Path: <rina.wulandari@cvsentosa.id>",
    recv("mail.cvsentosa.id", "45.64.98.210", d), ar("cvsentosa.id"),
    "From: Rina Wulandari <rina.wulandari@cvsentosa.id>", "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: RE: Data permohonan remote akses belum lengkap", f"Date: {d}",
    "Message-ID: <TY0PR04MB63217E5A0B9C1D2E3F4A5B6C7D8E@TY0PR04MB6321.apcprd04.prod.outlook.com>",
    "In-Reply-To: " + ours("needinfo.RA-2026-0008.b2"), "References: " + ours("needinfo.RA-2026-0008.b2"),
    "Thread-Topic: [RA-2026-0008] Data permohonan remote akses belum lengkap",
    "Accept-Language: id-ID, en-US", "X-MS-Has-Attach:",
], multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                             leaf("text/html", html, "quoted-printable")],
             "_000_TY0PR04MB63217E5A0B9C1D2E3F4A5B6C7D8ETY0PR04MB6321apcp_"))
add(d, "info-reply-outlook-no-tag-vpn-only", eml, label("info_reply", "RA-2026-0008", fields={
    "access_rights": ["vpn"], "purpose": "instalasi agen monitoring pada server aplikasi"},
    note="Outlook reply whose subject lost the tag; threaded by In-Reply-To. 'cukup VPN saja (tidak perlu akses "
         "database)' -> vpn only. Outlook's English From/Sent/To/Subject quote header, and the quoted need_info "
         "names all four rights, which must not be read."))

# =============================================================================================================
# CLOSURES (5) and NOT-CLOSURES (2), RA-2026-0007
# =============================================================================================================
CRED_SUBJ = "[RA-2026-0007] Akun remote akses Anda telah dibuat"
BUDI = "Budi Santoso <budi.santoso@majujaya.co.id>"
BUDI_HDRS = ["Return-Path: <budi.santoso@majujaya.co.id>"]

d = "Mon, 30 Nov 2026 08:18:40 +0700"
body = f"""Selamat pagi,

Pekerjaan konfigurasi backup server sudah selesai hari Sabtu kemarin. Mohon akun remote akses atas
nama saya dapat ditutup.

Terima kasih atas bantuannya.

Budi Santoso
PT Maju Jaya Teknologi

Pada Kam, 19 Nov 2026 pukul 10.41, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_0007)}
"""
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    f"Date: {d}", "From: " + BUDI, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: " + CRED_SUBJ, "Message-ID: <c1e88f02b3a74d6e@majujaya.co.id>",
    "In-Reply-To: " + ours("cred.RA-2026-0007.c3"), "References: " + ours("cred.RA-2026-0007.c3"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "closure-requester-selesai-quotes-credentials", eml, label("closure", "RA-2026-0007",
    note="The requester says the work is done and asks for the account to be closed; tag and In-Reply-To. The "
         "quoted credentials mail explains how to announce completion and must not matter."))

d = "Mon, 30 Nov 2026 16:52:03 +0700"
text = """Dengan hormat,

Kami informasikan bahwa pekerjaan konfigurasi backup server telah rampung seluruhnya per hari ini.
Dengan demikian akun remote akses kami mohon dinonaktifkan.

Hormat kami,
Budi Santoso

Dari: LPSE Kota Salatiga <lpse@salatiga.go.id>
Dikirim: Kamis, 19 November 2026 10:41
Kepada: Budi Santoso <budi.santoso@majujaya.co.id>
Perihal: [RA-2026-0007] Akun remote akses Anda telah dibuat

""" + CRED_0007 + "\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<div class=\"WordSection1\"><p class=\"MsoNormal\">Dengan hormat,</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\">Kami informasikan bahwa pekerjaan konfigurasi backup server telah rampung seluruhnya "
        "per hari ini.<br>Dengan demikian akun remote akses kami mohon dinonaktifkan.</p><p class=\"MsoNormal\">"
        "&nbsp;</p><p class=\"MsoNormal\">Hormat kami,<br>Budi Santoso</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\">"
        "<b>Dari:</b> LPSE Kota Salatiga &lt;lpse@salatiga.go.id&gt;<br><b>Dikirim:</b> Kamis, 19 November 2026 10:41"
        "<br><b>Kepada:</b> Budi Santoso &lt;budi.santoso@majujaya.co.id&gt;<br><b>Perihal:</b> " + CRED_SUBJ +
        "</p></div><pre>" + CRED_0007 + "</pre></div></body></html>\n")
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    "From: " + BUDI, "To: \"lpse@salatiga.go.id\" <lpse@salatiga.go.id>", "Subject: RE: " + CRED_SUBJ,
    f"Date: {d}", "Message-ID: <000a01db6322$7f1e2c40$7d5a84c0$@majujaya.co.id>",
    "In-Reply-To: " + ours("cred.RA-2026-0007.c3"),
    "References: " + ours("ack.RA-2026-0007.a1") + "\n " + ours("cred.RA-2026-0007.c3"),
    "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHbYyJ/HixAfVqEwH0XtkQrm1l3Qg==",
], multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                             leaf("text/html", html, "quoted-printable")], "----=_NextPart_000_000B_01DB635C.2B7D0440"))
add(d, "closure-outlook-rampung-dinonaktifkan", eml, label("closure", "RA-2026-0007",
    note="Outlook with an Indonesian quote header (Dari/Dikirim/Kepada/Perihal). 'telah rampung seluruhnya per "
         "hari ini ... mohon dinonaktifkan' is a closure; contrast with the 'hampir rampung' message."))

d = "Tue, 1 Dec 2026 07:41:15 +0700"
body = f"""Selamat pagi,

Saya rekan Pak Budi di PT Maju Jaya Teknologi. Pekerjaannya sudah selesai, akun remote aksesnya bisa
ditutup saja. Pak Budi sedang cuti.

Terima kasih,
Kurniawan

On Thu, Nov 19, 2026 at 10:41 AM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:
{quote(CRED_0007)}
"""
eml = message([
    "Return-Path: <kurniawan.it88@gmail.com>",
    recv("mail-pl1-f170.google.com", "209.85.214.170", d), ar("gmail.com"),
    "MIME-Version: 1.0", f"Date: {d}", "From: Kurniawan <kurniawan.it88@gmail.com>",
    "To: lpse@salatiga.go.id", "Subject: Re: Fwd: " + CRED_SUBJ,
    "Message-ID: <CAB4nM8x2RfU0pQ+Lz7Ye3Kc9Vd1Ws5hT6gJ0aN2bX8oE4iS7mA@mail.gmail.com>",
    "In-Reply-To: <CAD1xY7mQ0k3+b5Hn2Lr9Tf4Ws8uJ6eV1cZ0pN3aG7oR5iK2yBq@mail.gmail.com>",
    "References: " + ours("cred.RA-2026-0007.c3") +
    "\n <CAD1xY7mQ0k3+b5Hn2Lr9Tf4Ws8uJ6eV1cZ0pN3aG7oR5iK2yBq@mail.gmail.com>",
], leaf("text/plain", body, "quoted-printable"))
add(d, "closure-colleague-gmail-alert", eml, label("closure", "RA-2026-0007", alert=True,
    note="A colleague from a personal Gmail, replying to a forward of the credentials mail (tag and References "
         "carry the thread). Not the requester, not an admin: shown to the admins, never applied."))

d = "Tue, 1 Dec 2026 09:05:30 +0700"
body = """Pak Budi (PT Maju Jaya Teknologi) menelepon tadi pagi, pekerjaannya sudah selesai semua.
Mohon akun remote akses untuk RA-2026-0007 ditutup.

Heru
Admin LPSE
"""
eml = message([
    "Received: from mail.salatiga.go.id (localhost [127.0.0.1])\n\tby mail.salatiga.go.id (Postfix) with ESMTP id 5E0C9A01F2\n\tfor <lpse@salatiga.go.id>; " + d,
    f"Date: {d}", "From: Admin LPSE <admin.lpse@salatiga.go.id>", "To: lpse@salatiga.go.id",
    "Subject: [RA-2026-0007] Tutup akun - konfirmasi telepon Pak Budi",
    "Message-ID: <902117734.61554.1796436330447.JavaMail.zimbra@salatiga.go.id>",
    "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "closure-admin-phone-confirmation-tag-only", eml, label("closure", "RA-2026-0007",
    note="The admin relays a phone call; new mail with the tag only. An admin may close."))

d = "Wed, 2 Dec 2026 10:30:11 +0700"
body = f"""Dear Admin,

Please be informed that our maintenance work has been completed. Kindly deactivate my remote
access account.

Best regards,
Budi Santoso
PT Maju Jaya Teknologi

-----Original Message-----
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
Sent: Monday, November 16, 2026 9:12 AM
To: budi.santoso@majujaya.co.id
Subject: [RA-2026-0007] Permohonan remote akses telah diterima

{ack_text("RA-2026-0007", "Bapak Budi Santoso")}
"""
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    "From: " + BUDI, "To: lpse@salatiga.go.id", "Subject: RE: Permohonan remote akses telah diterima",
    f"Date: {d}", "Message-ID: <001b01db6430$aa9e4f20$ffdaed60$@majujaya.co.id>",
    "In-Reply-To: " + ours("ack.RA-2026-0007.a1"),
    "X-Mailer: Microsoft Outlook 16.0",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "closure-english-in-reply-to-ack-no-tag", eml, label("closure", "RA-2026-0007",
    note="English closure replying to the old ack, subject without the tag: threaded by In-Reply-To only. "
         "'-----Original Message-----' quote."))

d = "Tue, 24 Nov 2026 08:47:26 +0700"
body = f"""Selamat pagi Pak Heru,

Sekadar info progres: pekerjaan konfigurasi backup sudah hampir rampung, kira-kira 90%, tinggal uji
restore. Mohon akun jangan dinonaktifkan dulu ya Pak.

Terima kasih,
Budi

Pada Kam, 19 Nov 2026 pukul 10.41, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_0007)}
"""
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    f"Date: {d}", "From: " + BUDI, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: " + CRED_SUBJ, "Message-ID: <5d0a7e91c24f3b18@majujaya.co.id>",
    "In-Reply-To: " + ours("cred.RA-2026-0007.c3"), "References: " + ours("cred.RA-2026-0007.c3"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "not-closure-hampir-rampung", eml, label("unrelated", "RA-2026-0007",
    note="NOT a closure: 'hampir rampung' (almost done) and 'jangan dinonaktifkan dulu' (do not disable yet). "
         "A harmless progress note in the thread: unrelated with the thread's number, no alert. Closing here "
         "would cut the vendor off mid-work."))

d = "Wed, 25 Nov 2026 15:09:48 +0700"
body = f"""Baik Pak, terima kasih, akunnya sudah bisa kami gunakan.
Pekerjaan masih berjalan; setelah selesai nanti kami kabari untuk penutupan akunnya.

Salam,
Budi Santoso

Pada Kam, 19 Nov 2026 pukul 10.41, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_0007)}
"""
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    f"Date: {d}", "From: " + BUDI, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: " + CRED_SUBJ, "Message-ID: <8e2b61d0f5a94c37@majujaya.co.id>",
    "In-Reply-To: " + ours("cred.RA-2026-0007.c3"), "References: " + ours("cred.RA-2026-0007.c3"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "not-closure-setelah-selesai-nanti-kabari", eml, label("unrelated", "RA-2026-0007",
    note="NOT a closure: 'setelah selesai nanti kami kabari untuk penutupan akunnya' announces a future notice. "
         "Contains 'selesai' and 'penutupan akun'. In-thread thanks: unrelated, no alert."))

# =============================================================================================================
# EXTENSIONS (2), WITHDRAWAL (1)
# =============================================================================================================
d = "Thu, 26 Nov 2026 15:22:37 +0700"
body = f"""Yth. Admin LPSE,

PERPANJANG

Mohon masa berlaku akun remote akses saya diperpanjang sampai dengan Jumat, 4 Desember 2026 pukul
17.00 WIB, karena uji restore belum tuntas.

Terima kasih,
Budi Santoso

Pada Kam, 19 Nov 2026 pukul 10.41, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(CRED_0007)}
"""
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    f"Date: {d}", "From: " + BUDI, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: " + CRED_SUBJ, "Message-ID: <17f3ac0e6d2b9058@majujaya.co.id>",
    "In-Reply-To: " + ours("cred.RA-2026-0007.c3"), "References: " + ours("cred.RA-2026-0007.c3"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "extension-perpanjang-keyword-tag", eml, label("extension", "RA-2026-0007",
    note="The keyword PERPANJANG on its own line plus a new end date (4 December 2026 17.00 WIB)."))

d = "Fri, 27 Nov 2026 17:40:02 +0700"
body = f"""Hello,

Could you please extend my remote access until Monday, 7 December 2026? The restore test is
taking longer than we expected.

Thank you,
Budi

On Thu, Nov 19, 2026 at 10:41 AM LPSE Kota Salatiga <lpse@salatiga.go.id> wrote:
{quote(CRED_0007)}
"""
eml = message(BUDI_HDRS + [
    recv("mail.majujaya.co.id", "103.28.52.77", d), ar("majujaya.co.id"),
    f"Date: {d}", "From: " + BUDI, "To: lpse@salatiga.go.id",
    "Subject: Re: Your remote access account", "Message-ID: <2a9d40e7bc1f6853@majujaya.co.id>",
    "References: " + ours("ack.RA-2026-0007.a1") + " " + ours("cred.RA-2026-0007.c3"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "extension-english-references-only", eml, label("extension", "RA-2026-0007",
    note="English, no keyword, no tag, no In-Reply-To: threaded by References only. The quoted credentials mail "
         "contains the word PERPANJANG, which must not be what decides."))

d = "Wed, 2 Dec 2026 08:03:55 +0700"
body = f"""Yth. Admin LPSE Kota Salatiga,

Dengan ini kami mohon permohonan remote akses RA-2026-0009 dibatalkan, karena pemutakhiran SPSE
akan dilakukan langsung oleh tim pusat LKPP melalui jalur lain. Mohon maaf atas ketidaknyamanannya.

Salam,
Andi Pratama
Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP

Pada Sen, 23 Nov 2026 pukul 09.14, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(ack_text("RA-2026-0009", "Bapak Andi Pratama"))}
"""
eml = message([
    "Return-Path: <andi.pratama@lkpp.go.id>",
    recv("mx1.lkpp.go.id", "202.158.40.14", d), ar("lkpp.go.id"),
    f"Date: {d}", "From: Andi Pratama <andi.pratama@lkpp.go.id>", "To: lpse@salatiga.go.id",
    "Subject: Re: [RA-2026-0009] Permohonan remote akses telah diterima",
    "Message-ID: <20261202010355.4C7D1C0A93@mx1.lkpp.go.id>",
    "In-Reply-To: " + ours("ack.RA-2026-0009.a1"), "References: " + ours("ack.RA-2026-0009.a1"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "withdrawal-dibatalkan-pending-approval", eml, label("withdrawal", "RA-2026-0009",
    note="The requester withdraws a pending request ('mohon ... dibatalkan'), no BATAL keyword."))

# =============================================================================================================
# APPROVAL REPLIES (5)
# =============================================================================================================
KASUBAG = "Sri Handayani <kasubag.lpse@salatiga.go.id>"
ZIMBRA_LOCAL = "Received: from mail.salatiga.go.id (localhost [127.0.0.1])\n\tby mail.salatiga.go.id (Postfix) with ESMTP id {id}\n\tfor <lpse@salatiga.go.id>; {d}"
AR_LOCAL = ("Authentication-Results: mx.salatiga.go.id;\n\tspf=pass smtp.mailfrom=salatiga.go.id;\n"
            "\tdkim=pass header.d=salatiga.go.id;\n\tdmarc=pass (p=reject) header.from=salatiga.go.id")
SUBJ_0009 = "[RA-2026-0009] Mohon persetujuan: permohonan remote akses dari Andi Pratama"
SUBJ_0012 = "[RA-2026-0012] Mohon persetujuan: permohonan remote akses dari Yusuf"

d = "Wed, 25 Nov 2026 15:40:18 +0700"
body = f"""Setuju. Mohon diproses sesuai jadwal yang diajukan.

Sri Handayani, S.Kom.
Kasubag Pengelolaan LPSE

----- Pesan Asli -----
Dari: "LPSE Kota Salatiga" <lpse@salatiga.go.id>
Kepada: "Sri Handayani" <kasubag.lpse@salatiga.go.id>
Terkirim: Senin, 23 November 2026 9:15:02
Perihal: {SUBJ_0009}

{APPR_0009_KASUBAG}
"""
eml = message([
    ZIMBRA_LOCAL.format(id="7A2D3A0C11", d=d), AR_LOCAL,
    f"Date: {d}", "From: " + KASUBAG, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: " + SUBJ_0009,
    "Message-ID: <1737221904.61022.1796201618904.JavaMail.zimbra@salatiga.go.id>",
    "In-Reply-To: " + ours("appr.RA-2026-0009.Xk7Qm2Lp9"), "References: " + ours("appr.RA-2026-0009.Xk7Qm2Lp9"),
    "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)",
    "Thread-Topic: Mohon persetujuan: permohonan remote akses dari Andi Pratama",
], leaf("text/plain", body, "quoted-printable"))
add(d, "approval-setuju-zimbra-pesan-asli", eml, label("approval_reply", "RA-2026-0009", decision="approve",
    note="The Kasubag replies to her own approval mail with 'Setuju.' Zimbra's '----- Pesan Asli -----' quote "
         "(unquoted, no '>') carries the approval text with both SETUJU and TOLAK; only the new text decides."))

d = "Fri, 27 Nov 2026 10:08:44 +0700"
body = f"""TOLAK jadwalnya bertepatan dengan masa sanggah dan penutupan tender akhir tahun, mohon diajukan kembali setelah 15 Desember 2026.

Sri H.

Pada Kam, 26 Nov 2026 pukul 08.30, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(APPR_0012_KASUBAG)}
"""
eml = message([
    ZIMBRA_LOCAL.format(id="3C91EA0D07", d=d), AR_LOCAL,
    f"Date: {d}", "From: " + KASUBAG, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Re: " + SUBJ_0012,
    "Message-ID: <2081554370.59907.1796180924477.JavaMail.zimbra@salatiga.go.id>",
    "In-Reply-To: " + ours("appr.RA-2026-0012.Qp3Vb6Hs2"), "References: " + ours("appr.RA-2026-0012.Qp3Vb6Hs2"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "approval-tolak-reason-same-line", eml, label("approval_reply", "RA-2026-0012", decision="reject",
    decision_reason="jadwalnya bertepatan dengan masa sanggah dan penutupan tender akhir tahun, mohon diajukan "
                    "kembali setelah 15 Desember 2026.",
    note="TOLAK followed by the reason on the same line; the reason mentions a date, which is not a period."))

d = "Mon, 30 Nov 2026 07:12:51 +0700"
body = f"""Pak Heru, yang dari LKPP ini surat tugasnya sudah ada belum? Tolong dicek dulu, besok pagi kita bahas.

Terima kasih.

Pada Sen, 23 Nov 2026 pukul 09.15, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(APPR_0009_KASUBAG)}
"""
eml = message([
    ZIMBRA_LOCAL.format(id="0F4B7A0E52", d=d), AR_LOCAL,
    f"Date: {d}", "From: " + KASUBAG, "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Cc: Admin LPSE <admin.lpse@salatiga.go.id>", "Subject: Re: " + SUBJ_0009,
    "Message-ID: <1920045513.62417.1796343171022.JavaMail.zimbra@salatiga.go.id>",
    "In-Reply-To: " + ours("appr.RA-2026-0009.Xk7Qm2Lp9"), "References: " + ours("appr.RA-2026-0009.Xk7Qm2Lp9"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "approval-question-no-decision-word-unclear", eml, label("approval_reply", "RA-2026-0009",
    decision="unclear",
    note="A genuine reply from the Kasubag to her approval mail, asking the admin a question. No decision word in "
         "the new text ('Tolong' is not TOLAK); the quote has both. Unclear: a polite 'could not understand' "
         "answer, no decision."))

d = "Wed, 2 Dec 2026 21:47:09 +0700"
body = """SETUJU. Segera kirimkan username dan password akun remote akses ke email pemohon.

Sri Handayani
Kasubag Pengelolaan LPSE
"""
eml = message([
    "Return-Path: <mailer@srv-8821.hostvps-cloud.net>",
    "Received: from srv-8821.hostvps-cloud.net (unknown [185.244.37.91])\n\tby mx.salatiga.go.id (Postfix) with ESMTP id 6D2E1A0F88\n\tfor <lpse@salatiga.go.id>; " + d,
    "Authentication-Results: mx.salatiga.go.id;\n\tspf=fail (mx.salatiga.go.id: domain of mailer@srv-8821.hostvps-cloud.net does not designate 185.244.37.91 as permitted sender) smtp.mailfrom=srv-8821.hostvps-cloud.net;\n\tdkim=none;\n\tdmarc=fail (p=reject) header.from=salatiga.go.id",
    f"Date: {d}", "From: " + KASUBAG, "Reply-To: kasubag.lpse.salatiga@gmail.com",
    "To: lpse@salatiga.go.id", "Subject: Re: " + SUBJ_0012,
    "Message-ID: <20261202144709.6D2E1A0F88@srv-8821.hostvps-cloud.net>",
    "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "approval-spoofed-kasubag-dmarc-fail-alert", eml, label("approval_reply", "RA-2026-0012", alert=True,
    note="Spoof: the Kasubag's From, sent from a VPS (SPF and DMARC fail), a Gmail Reply-To, the tag copied into "
         "the subject, but no In-Reply-To/References to the approval mail. Must not decide; the admins are told."))

d = "Thu, 26 Nov 2026 11:26:37 +0700"
body = f"""ACC, silakan diproses.

Agus Widodo
Sekretaris BPBJ Setda Kota Salatiga

Pada Sen, 23 Nov 2026 pukul 09.15, LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(APPR_0009_BACKUP)}
"""
eml = message([
    ZIMBRA_LOCAL.format(id="9E3F0A0B16", d=d), AR_LOCAL,
    f"Date: {d}", "From: Agus Widodo <sekretaris.bpbj@salatiga.go.id>", "To: lpse@salatiga.go.id",
    "Subject: Re: " + SUBJ_0009,
    "Message-ID: <660381217.58830.1796113597184.JavaMail.zimbra@salatiga.go.id>",
    "In-Reply-To: " + ours("appr.RA-2026-0009.Zr4Tn8Wc1"), "References: " + ours("appr.RA-2026-0009.Zr4Tn8Wc1"),
], leaf("text/plain", body, "quoted-printable"))
add(d, "approval-backup-acc-own-mail", eml, label("approval_reply", "RA-2026-0009", decision="approve",
    note="The backup approver answers the approval mail that was sent to him with 'ACC'. Accepted."))

# =============================================================================================================
# AUTO-REPLIES (3)
# =============================================================================================================
d = "Mon, 23 Nov 2026 11:02:40 +0700"
body = """Terima kasih atas email Anda.

Saya sedang mengikuti Pelatihan Pengadaan Barang/Jasa di Jakarta sampai dengan 27 November 2026
dengan akses email terbatas. Email Anda akan saya balas setelah kembali.

Salam,
Andi Pratama
"""
eml = message([
    "Return-Path: <>",
    recv("mx1.lkpp.go.id", "202.158.40.14", d), ar("lkpp.go.id"),
    f"Date: {d}", "From: Andi Pratama <andi.pratama@lkpp.go.id>", "To: lpse@salatiga.go.id",
    "Subject: Auto: [RA-2026-0009] Permohonan remote akses telah diterima",
    "Message-ID: <20261123040240.81B2FC0E44@mx1.lkpp.go.id>",
    "In-Reply-To: " + ours("ack.RA-2026-0009.a1"), "References: " + ours("ack.RA-2026-0009.a1"),
    "X-Autoreply: yes", "Precedence: bulk",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "auto-reply-requester-x-autoreply-precedence", eml, label("auto_reply", "RA-2026-0009",
    note="Out-of-office to our ack: X-Autoreply, Precedence: bulk, null Return-Path. Never answered."))

d = "Tue, 24 Nov 2026 13:05:12 +0700"
body = """Hello,

I am out of the office until Monday, 30 November 2026, with limited access to email.
For urgent matters regarding our projects please contact support@dataprima.co.id.

Terima kasih,
Hendra
PT Data Prima Solusindo
"""
eml = message([
    "Return-Path: <>",
    recv("mail-sgaapc01on2097.outbound.protection.outlook.com", "40.107.215.97", d), ar("dataprima.co.id"),
    "From: Hendra <hendra@dataprima.co.id>", "To: LPSE Kota Salatiga <lpse@salatiga.go.id>",
    "Subject: Automatic reply: [RA-2026-0011] Permohonan remote akses telah diterima",
    "Thread-Topic: [RA-2026-0011] Permohonan remote akses telah diterima", f"Date: {d}",
    "Message-ID: <SEZPR02MB6110B2C5D7E8F9A0B1C2D3E4F5A6@SEZPR02MB6110.apcprd02.prod.outlook.com>",
    "In-Reply-To: " + ours("ack.RA-2026-0011.a1"), "References: " + ours("ack.RA-2026-0011.a1"),
    "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: hendra@dataprima.co.id", "Content-Language: en-US",
], leaf("text/plain", body, "quoted-printable"))
add(d, "auto-reply-exchange-automatic-reply", eml, label("auto_reply", "RA-2026-0011",
    note="Exchange 'Automatic reply:' with Auto-Submitted: auto-generated and X-Auto-Response-Suppress."))

d = "Mon, 30 Nov 2026 06:00:04 +0700"
body = """Terima kasih atas email Anda.

Saya sedang melaksanakan perjalanan dinas luar kota pada tanggal 30 November s.d. 2 Desember 2026
dan akses email terbatas. Untuk keperluan mendesak silakan menghubungi Sekretaris BPBJ, Bapak Agus
Widodo (sekretaris.bpbj@salatiga.go.id).

Pesan ini dikirim secara otomatis.

Sri Handayani
Kasubag Pengelolaan LPSE
"""
eml = message([
    "Return-Path: <>",
    ZIMBRA_LOCAL.format(id="1B6C2A0A39", d=d),
    f"Date: {d}", "From: Sri Handayani <kasubag.lpse@salatiga.go.id>", "To: lpse@salatiga.go.id",
    "Subject: Dinas Luar: " + SUBJ_0012,
    "Message-ID: <1466820135.62201.1796338804117.JavaMail.zimbra@salatiga.go.id>",
    "In-Reply-To: " + ours("appr.RA-2026-0012.Qp3Vb6Hs2"), "References: " + ours("appr.RA-2026-0012.Qp3Vb6Hs2"),
    "Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
], leaf("text/plain", body, "7bit", charset="us-ascii"))
add(d, "auto-reply-kasubag-vacation-to-approval", eml, label("auto_reply", "RA-2026-0012",
    note="The approver's Zimbra vacation reply to the approval mail: right sender, right reference, but an "
         "auto-reply (Auto-Submitted) is never a decision. It names the backup approver; nothing to apply."))

# =============================================================================================================
# BOUNCES (2)
# =============================================================================================================
d = "Mon, 30 Nov 2026 10:14:27 +0700"
notice = """This is the mail system at host mail.salatiga.go.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<budi.santoso@majujaya.co.id>: host mail.majujaya.co.id[103.28.52.77] said:
    552 5.2.2 <budi.santoso@majujaya.co.id>: Mailbox full, quota exceeded (in
    reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mail.salatiga.go.id
X-Postfix-Queue-ID: 4F1D2A0B77
X-Postfix-Sender: rfc822; lpse@salatiga.go.id
Arrival-Date: Mon, 30 Nov 2026 10:14:25 +0700 (WIB)

Final-Recipient: rfc822; budi.santoso@majujaya.co.id
Original-Recipient: rfc822;budi.santoso@majujaya.co.id
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.majujaya.co.id
Diagnostic-Code: smtp; 552 5.2.2 <budi.santoso@majujaya.co.id>: Mailbox full,
    quota exceeded
"""
orig = """Return-Path: <lpse@salatiga.go.id>
Received: from lpse-akses.salatiga.go.id (lpse-akses.salatiga.go.id [10.20.1.15])
	by mail.salatiga.go.id (Postfix) with ESMTPSA id 4F1D2A0B77
	for <budi.santoso@majujaya.co.id>; Mon, 30 Nov 2026 10:14:25 +0700 (WIB)
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Budi Santoso <budi.santoso@majujaya.co.id>
Subject: [RA-2026-0007] Akun remote akses Anda telah dibuat
Date: Mon, 30 Nov 2026 10:14:24 +0700
Message-ID: <cred.RA-2026-0007.c3@salatiga.go.id>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
eml = message([
    "Return-Path: <>",
    "Received: by mail.salatiga.go.id (Postfix)\n\tid 9A0E1A0C3D; " + d,
    f"Date: {d}", "From: MAILER-DAEMON@mail.salatiga.go.id (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender", "To: lpse@salatiga.go.id",
    "Auto-Submitted: auto-replied", "Message-Id: <20261130031427.9A0E1A0C3D@mail.salatiga.go.id>",
], multipart("report", [
    (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
    (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig),
], "9A0E1A0C3D.1796354067/mail.salatiga.go.id", params=" report-type=delivery-status;"))
add(d, "bounce-postfix-dsn-mailbox-full-credentials", eml, label("bounce", "RA-2026-0007",
    bounced_ids=["cred.RA-2026-0007.c3@salatiga.go.id"],
    note="Postfix RFC 3464 report with text/rfc822-headers: our credentials mail (a resend) to the requester "
         "failed, mailbox full. The thread comes from the returned Message-ID; the subject of the report has "
         "no tag."))

d = "Wed, 2 Dec 2026 11:31:06 +0000"
orig_msg = f"""Received: from mail.salatiga.go.id (103.121.16.2) by SG2PEPF000B66CB.mail.protection.outlook.com
 with Microsoft SMTP Server; Wed, 2 Dec 2026 11:31:02 +0000
From: LPSE Kota Salatiga <lpse@salatiga.go.id>
To: Hendra <hendra@dataprima.co.id>
Subject: [RA-2026-0011] Permohonan remote akses disetujui
Date: Wed, 2 Dec 2026 18:30:58 +0700
Message-ID: <approved.RA-2026-0011.e4@salatiga.go.id>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{APPROVED_0011}
"""
ndr_text = """Your message to hendra@dataprima.co.id couldn't be delivered.
hendra wasn't found at dataprima.co.id.

lpse            Office 365            hendra
Action Required                        Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

Diagnostic information for administrators:
Generating server: SEZPR02MB6110.apcprd02.prod.outlook.com
hendra@dataprima.co.id
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hendra@dataprima.co.id not found by SMTP address lookup'
"""
ndr_html = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to hendra@dataprima.co.id couldn't be "
            "delivered.</font></b></p><p>hendra wasn't found at dataprima.co.id.</p><p><b>Diagnostic information for "
            "administrators:</b><br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "hendra@dataprima.co.id not found by SMTP address lookup'</p></body></html>\n")
status = """Reporting-MTA: dns;SEZPR02MB6110.apcprd02.prod.outlook.com
Received-From-MTA: dns;mail.salatiga.go.id
Arrival-Date: Wed, 2 Dec 2026 11:31:02 +0000

Original-Recipient: rfc822;hendra@dataprima.co.id
Final-Recipient: rfc822;hendra@dataprima.co.id
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hendra@dataprima.co.id not found by SMTP address lookup
"""
eml = message([
    "Return-Path: <>",
    recv("mail-sgaapc01on2119.outbound.protection.outlook.com", "40.107.215.119", d),
    "From: postmaster@dataprima.onmicrosoft.com", "To: lpse@salatiga.go.id", f"Date: {d}",
    "Subject: Undeliverable: [RA-2026-0011] Permohonan remote akses disetujui",
    "Message-ID: <4a8f2d61-1b7c-4e93-a0d5-c62e9f8b3a17@SEZPR02MB6110.apcprd02.prod.outlook.com>",
    "In-Reply-To: " + ours("approved.RA-2026-0011.e4"), "References: " + ours("approved.RA-2026-0011.e4"),
    "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
], multipart("report", [
    multipart("alternative", [leaf("text/plain", ndr_text, "quoted-printable", charset="us-ascii"),
                              leaf("text/html", ndr_html, "quoted-printable", charset="us-ascii")],
              "_001_4a8f2d611b7c4e93a0d5c62e9f8b3a17_"),
    (["Content-Type: message/delivery-status"], status),
    (["Content-Type: message/rfc822"], orig_msg),
], "_000_4a8f2d611b7c4e93a0d5c62e9f8b3a17_", params=" report-type=delivery-status;"))
add(d, "bounce-office365-ndr-approved-mail", eml, label("bounce", "RA-2026-0011",
    bounced_ids=["approved.RA-2026-0011.e4@salatiga.go.id"],
    note="Office 365 NDR (multipart/report with message/rfc822) for our decision_approved mail; 5.1.10 "
         "recipient not found. Tag in the subject and the returned Message-ID agree."))

# =============================================================================================================
# NEWSLETTER, PHISHING
# =============================================================================================================
d = "Sat, 28 Nov 2026 07:00:00 +0700"
text = """BULETIN FORUM LPSE JAWA TENGAH - Edisi November 2026

1. Tips: Mengelola permohonan remote akses pihak ketiga
   Setiap permohonan remote akses sebaiknya disertai surat resmi yang memuat nama pengguna, hak
   akses (VPN, SSH, database read only) dan periode akses, misalnya "tanggal 1 s.d. 5 Desember".
   Pastikan akun ditutup segera setelah pekerjaan selesai.

2. SPSE 4.5 update November 2026 sudah tersedia. Jadwal pemutakhiran: 30 November s.d.
   11 Desember 2026.

3. Webinar "Keamanan Server LPSE", Kamis, 10 Desember 2026 pukul 09.00 WIB. Pendaftaran:
   https://forum-lpsejateng.or.id/webinar

Anda menerima email ini karena terdaftar di milis Forum LPSE Jawa Tengah.
Berhenti berlangganan: https://forum-lpsejateng.or.id/unsubscribe?u=lpse%40salatiga.go.id
"""
html = ("<html><body style=\"font-family:Verdana\"><h2 style=\"color:#8B0000\">BULETIN FORUM LPSE JAWA TENGAH</h2>"
        "<p><i>Edisi November 2026</i></p><h3>1. Tips: Mengelola permohonan remote akses pihak ketiga</h3><p>Setiap "
        "permohonan remote akses sebaiknya disertai surat resmi yang memuat nama pengguna, hak akses (VPN, SSH, "
        "database read only) dan periode akses, misalnya &quot;tanggal 1 s.d. 5 Desember&quot;. Pastikan akun "
        "ditutup segera setelah pekerjaan selesai.</p><h3>2. SPSE 4.5 update November 2026</h3><p>Jadwal "
        "pemutakhiran: 30 November s.d. 11 Desember 2026.</p><h3>3. Webinar &quot;Keamanan Server LPSE&quot;</h3>"
        "<p>Kamis, 10 Desember 2026 pukul 09.00 WIB. <a href=\"https://forum-lpsejateng.or.id/webinar\">Daftar</a>"
        "</p><hr><p style=\"font-size:10px\">Anda menerima email ini karena terdaftar di milis Forum LPSE Jawa Tengah."
        " <a href=\"https://forum-lpsejateng.or.id/unsubscribe?u=lpse%40salatiga.go.id\">Berhenti berlangganan</a>"
        "</p></body></html>\n")
eml = message([
    "Return-Path: <bounce-nl-4471@forum-lpsejateng.or.id>",
    recv("mta2.forum-lpsejateng.or.id", "103.147.154.12", d), ar("forum-lpsejateng.or.id"),
    f"Date: {d}", "From: Forum LPSE Jawa Tengah <buletin@forum-lpsejateng.or.id>", "To: lpse@salatiga.go.id",
    "Subject: " + enc_header("Buletin Forum LPSE Jateng \u2014 Edisi November 2026"),
    "Message-ID: <nl-2026-11.4471.lpse=salatiga.go.id@forum-lpsejateng.or.id>",
    "List-Id: Buletin Forum LPSE Jawa Tengah <buletin.forum-lpsejateng.or.id>",
    "List-Unsubscribe: <https://forum-lpsejateng.or.id/unsubscribe?u=lpse%40salatiga.go.id>,\n <mailto:unsubscribe@forum-lpsejateng.or.id>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "X-Mailer: MailPoet 4.52",
], multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                             leaf("text/html", html, "quoted-printable")], "b1_mp_7d2e9c0a4f1b"))
add(d, "unrelated-newsletter-forum-lpse", eml, label("unrelated",
    note="A newsletter (List-Id, List-Unsubscribe) full of request vocabulary: 'permohonan remote akses', rights, "
         "a date range, 'akun ditutup ... selesai'. Not a request, not a closure; no thread."))

d = "Tue, 24 Nov 2026 02:13:57 +0700"
html = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#0b5394;color:#fff;padding:10px">
<b>Webmail Pemerintah Kota Salatiga</b></td></tr><tr><td style="padding:15px">
<p>Yth. Pengguna <b>lpse@salatiga.go.id</b>,</p>
<p>Kami telah menerima <b>permintaan penutupan akun</b> email Anda pada 23/11/2026. Akun Anda akan dinonaktifkan
dalam 24 jam dan seluruh pesan akan dihapus.</p>
<p>Jika Anda tidak mengajukan permintaan ini, segera verifikasi akses akun Anda melalui tautan di bawah:</p>
<p style="text-align:center"><a href="http://salatiga-go-id.mail-support.top/owa/verify.php?u=lpse@salatiga.go.id"
style="background:#e69138;color:#fff;padding:10px 20px;text-decoration:none">BATALKAN PENUTUPAN AKUN</a></p>
<p>Terima kasih,<br>Tim IT Support</p></td></tr></table></body></html>
"""
eml = message([
    "Return-Path: <support@mail-support.top>",
    "Received: from mail-support.top (unknown [45.153.241.77])\n\tby mx.salatiga.go.id (Postfix) with ESMTP id 0E9B2A0D41\n\tfor <lpse@salatiga.go.id>; " + d,
    "Authentication-Results: mx.salatiga.go.id;\n\tspf=softfail smtp.mailfrom=mail-support.top;\n\tdkim=none;\n\tdmarc=none header.from=salatiga-go-id.mail-support.top",
    f"Date: {d}", "From: \"Admin Webmail Salatiga\" <admin@salatiga-go-id.mail-support.top>",
    "To: lpse@salatiga.go.id", "Subject: [PENTING] Permintaan penutupan akun email lpse@salatiga.go.id",
    "Message-ID: <a7c31e0f9b2d4e58b6f1@salatiga-go-id.mail-support.top>", "X-Priority: 1",
], leaf("text/html", html, "base64"))
add(d, "unrelated-phishing-penutupan-akun", eml, label("unrelated",
    note="Phishing dressed as a webmail notice: 'permintaan penutupan akun', 'verifikasi akses akun'. Not a "
         "closure (no thread, not about remote access) and not a request."))

# =============================================================================================================
# write
# =============================================================================================================
from email.utils import parsedate_to_datetime  # noqa: E402

MSGS.sort(key=lambda m: parsedate_to_datetime(m[0]))
assert len(MSGS) == 40, len(MSGS)
for f in os.listdir(HERE):
    if f[:1] == "k" and f[1:4].isdigit() and f.endswith((".eml", ".json")):
        os.remove(os.path.join(HERE, f))
for i, (_, slug, eml, lab) in enumerate(MSGS, 1):
    base = f"k{i:03d}-{slug}"
    with open(os.path.join(HERE, base + ".eml"), "wb") as fh:
        fh.write(eml)
    with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as fh:
        fh.write(lab)
    print(base)

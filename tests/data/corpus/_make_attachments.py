"""Builds the corpus messages that carry PDF and DOCX letters (030-039).

Run: .venv/bin/python tests/data/corpus/_make_attachments.py
PDFs are made with reportlab (a real text layer, invariant=1 so reruns are stable); DOCX with python-docx, then
repacked without the template's thumbnail and stylesWithEffects part (to stay small) and with fixed zip times.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus_lib import *  # noqa: E402,F403

from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


def make_pdf(lines: list[str], title: str = "Surat", author: str = "") -> bytes:
    """A one- or two-page A4 letter; '**' at the start of a line = bold; '' = blank line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft® Word 2019")
    y = A4[1] - 60
    for line in lines:
        if y < 60:
            c.showPage()
            y = A4[1] - 60
        centred = line.startswith("^^")
        if centred:
            line = line[2:]
        if line.startswith("**"):
            c.setFont("Helvetica-Bold", 11)
            line = line[2:]
        else:
            c.setFont("Helvetica", 10.5)
        if centred:
            c.drawCentredString(A4[0] / 2, y, line)
        else:
            c.drawString(60, y, line)
        y -= 15
    c.save()
    return buf.getvalue()


def make_docx(paragraphs: list[str], table: list[tuple[str, str]] | None = None, table_after: int = 0,
              author: str = "") -> bytes:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2026, 11, 20, 9, 0, 0)
    cp.modified = datetime(2026, 11, 20, 9, 30, 0)
    cp.revision = 2
    for i, p in enumerate(paragraphs):
        if p.startswith("**"):
            d.add_paragraph().add_run(p[2:]).bold = True
        else:
            d.add_paragraph(p)
        if table and i == table_after:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in table:
                row = t.add_row().cells
                row[0].text = k
                row[1].text = v
    buf = io.BytesIO()
    d.save(buf)
    # repack: drop the thumbnail and stylesWithEffects (big, optional), fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    drop = {"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml"}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            if info.filename in drop:
                continue
            data = src.read(info.filename)
            if info.filename in ("_rels/.rels", "word/_rels/document.xml.rels"):
                data = re.sub(rb'<Relationship [^>]*Target="(docProps/thumbnail\.jpeg|stylesWithEffects\.xml)"/>', b"", data)
            if info.filename == "[Content_Types].xml":
                data = re.sub(rb'<Override PartName="/word/stylesWithEffects\.xml"[^>]*/>', b"", data)
                data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def attach(bd: str, data: bytes, name: str, ctype: str) -> str:
    return f"""--{bd}
Content-Type: {ctype}; name="{name}"
Content-Disposition: attachment; filename="{name}"
Content-Transfer-Encoding: base64

{b64(data)}
"""


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SIZES: dict[str, int] = {}


def check(name: str, data: bytes) -> bytes:
    assert len(data) < 30_000, (name, len(data))
    SIZES[name] = len(data)
    return data


# ---------------------------------------------------------------------------------------------
# 030 body says only "Terlampir surat permohonan kami", the letter is a PDF
pdf = check("030", make_pdf([
    "**PT ANDALAS TEKNOLOGI NUSANTARA",
    "Jl. Pandanaran No. 88, Semarang 50134  -  Telp. (024) 8412 220  -  www.andalastek.co.id",
    "______________________________________________________________________________",
    "",
    "Nomor     : 112/ATN/XI/2026                                              Semarang, 18 November 2026",
    "Lampiran  : -",
    "Perihal   : Permohonan Remote Akses",
    "",
    "Kepada Yth.",
    "Kepala Subbagian Pengelolaan LPSE",
    "Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga",
    "di Salatiga",
    "",
    "Dengan hormat,",
    "Sehubungan dengan pekerjaan pemeliharaan berkala perangkat jaringan (firewall) LPSE Kota Salatiga,",
    "dengan ini kami mengajukan permohonan remote akses (VPN dan SSH) untuk petugas kami:",
    "",
    "     Nama        : Rizky Maulana",
    "     Jabatan     : Network Security Engineer",
    "     Email       : rizky.maulana@andalastek.co.id",
    "     No. HP      : 0812-1400-5276",
    "",
    "Akses diperlukan pada tanggal 24 November 2026 s.d. 26 November 2026.",
    "",
    "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
    "",
    "Hormat kami,",
    "PT Andalas Teknologi Nusantara",
    "",
    "",
    "Dian Permatasari",
    "Manajer Operasional",
], "Permohonan Remote Akses", "Dian Permatasari"))
m = mid_gmail("030")
bd = boundary("030")
write(30, "request-pdf-letter-only", f"""
MIME-Version: 1.0
Date: {date("2026-11-18 16:20:44")}
Message-ID: {m}
Subject: Surat Permohonan Remote Akses
From: Dian Permatasari <dian.p@andalastek.co.id>
To: lpse@salatiga.go.id
Content-Type: multipart/mixed; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"

Terlampir surat permohonan kami.

Terima kasih.

--{bd}
{attach(bd, pdf, "112-ATN-XI-2026 Permohonan Remote Akses.pdf", PDF)[len('--' + bd) + 1:]}--{bd}--
""", label("request", fields={
    "name": "Rizky Maulana", "institution": "PT Andalas Teknologi Nusantara", "email": "rizky.maulana@andalastek.co.id",
    "phone": "0812-1400-5276", "purpose": "Pemeliharaan berkala perangkat jaringan (firewall) LPSE Kota Salatiga",
    "access_rights": ["vpn", "ssh"], "period_start": "2026-11-24", "period_end": "2026-11-26",
    "letter_number": "112/ATN/XI/2026", "letter_date": "2026-11-18"},
    note="The body says only 'Terlampir surat permohonan kami'; everything is in the PDF (text layer). Sender (manager) differs from the user named in the letter. Letterhead phone is the company's."))

# 031 DOCX letter with a table
docx = check("031", make_docx([
    "**CV DELTA KOMPUTINDO",
    "Jl. Jend. Sudirman No. 17, Salatiga",
    "Nomor: 07/DK/XI/2026",
    "Perihal: Permohonan Remote Akses",
    "Yth. Pengelola LPSE Kota Salatiga",
    "Dengan hormat, bersama ini kami mengajukan permohonan remote akses dengan data sebagai berikut:",
    "Demikian permohonan kami, atas perhatiannya kami ucapkan terima kasih.",
    "Salatiga, 20 November 2026",
    "Hormat kami,",
    "Yulianto Prabowo",
    "Pimpinan CV Delta Komputindo",
], table=[("Nama", "Yulianto Prabowo"), ("Instansi", "CV Delta Komputindo"), ("Email", "yulianto@deltakomputindo.com"),
          ("No. Telepon", "0819-0455-2318"), ("Tujuan", "Konfigurasi modul e-Kontrak pada SPSE"),
          ("Hak Akses", "Admin SPSE"), ("Waktu", "30 November 2026 hingga 2 Desember 2026")],
    table_after=5, author="Yulianto"))
m = mid_outlook("031", "mail.deltakomputindo.com")
bd = boundary("031", "outlook")
write(31, "request-docx-letter-table", f"""
From: Yulianto Prabowo <yulianto@deltakomputindo.com>
To: "lpse@salatiga.go.id" <lpse@salatiga.go.id>
Subject: Permohonan Remote Akses CV Delta Komputindo
Date: {date("2026-11-20 10:02:10")}
Message-ID: {m}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
X-Mailer: Microsoft Outlook 16.0
X-MS-Has-Attach: yes

--{bd}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Selamat pagi,

Terlampir surat permohonan remote akses dari CV Delta Komputindo.

Salam,
Yulianto

{attach(bd, docx, "Surat Permohonan Remote Akses - CV Delta.docx", DOCX)}--{bd}--
""", label("request", fields={
    "name": "Yulianto Prabowo", "institution": "CV Delta Komputindo", "email": "yulianto@deltakomputindo.com",
    "phone": "0819-0455-2318", "purpose": "Konfigurasi modul e-Kontrak pada SPSE", "access_rights": ["spse-admin"],
    "period_start": "2026-11-30", "period_end": "2026-12-02", "letter_number": "07/DK/XI/2026",
    "letter_date": "2026-11-20"},
    note="DOCX letter whose fields are in a Word table (python-docx). 'Admin SPSE' = spse-admin. The letter's place-and-date line comes after the table."), crlf=True)

# 032 PDF form, English covering note
pdf = check("032", make_pdf([
    "^^**FORMULIR PERMOHONAN REMOTE AKSES",
    "^^LPSE KOTA SALATIGA",
    "",
    "Nama                 : Bambang Sutrisno, Ak., CFrA",
    "NIP                  : 19780211 200501 1 003",
    "Instansi             : Perwakilan BPKP Provinsi Jawa Tengah",
    "Jabatan              : Auditor Ahli Madya",
    "Email                : bambang.sutrisno@bpkp.go.id",
    "No. Telepon/HP       : 0811-2700-4431",
    "Tujuan               : Evaluasi tata kelola TI layanan pengadaan (reviu pengendalian akses)",
    "Hak Akses            : [ ] ssh   [X] vpn   [X] database-readonly   [ ] spse-admin",
    "Tanggal Mulai        : 01-12-2026",
    "Tanggal Selesai      : 04-12-2026",
    "Dasar                : Surat Tugas Nomor ST-1482/PW11/4/2026 tanggal 16 November 2026",
    "",
    "Semarang, 19 November 2026",
    "Pemohon,",
    "",
    "Bambang Sutrisno",
], "Formulir Permohonan Remote Akses", "BPKP"))
m = mid_outlook("032", "mail.bpkp.go.id")
bd = boundary("032", "outlook")
write(32, "request-pdf-form-checkboxes", f"""
From: Bambang Sutrisno <bambang.sutrisno@bpkp.go.id>
To: lpse@salatiga.go.id
Subject: Remote access request form - BPKP Jateng
Date: {date("2026-11-19 15:30:00")}
Message-ID: {m}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
X-Mailer: Microsoft Outlook 16.0

--{bd}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear LPSE team,

Please find attached our request form.

Regards,
Bambang

{attach(bd, pdf, "Formulir_Remote_Akses_BPKP.pdf", PDF)}--{bd}--
""", label("request", fields={
    "name": "Bambang Sutrisno, Ak., CFrA", "institution": "Perwakilan BPKP Provinsi Jawa Tengah",
    "email": "bambang.sutrisno@bpkp.go.id", "phone": "0811-2700-4431",
    "purpose": "Evaluasi tata kelola TI layanan pengadaan (reviu pengendalian akses)",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-12-01", "period_end": "2026-12-04",
    "letter_number": None, "letter_date": "2026-11-19"},
    note="A filled PDF form with checkboxes ('[X] vpn [X] database-readonly', the unticked ones must not count). The Surat Tugas number/date under 'Dasar' is not this letter's number. English covering note only."), crlf=True)

# 033 DOCX request + PDF assignment letter with a LONGER period (decoy)
docx = check("033d", make_docx([
    "**INSPEKTORAT PROVINSI JAWA TENGAH",
    "Nomor    : 700.1/2291/2026",
    "Perihal  : Permohonan Remote Akses",
    "Yth. Kepala Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga",
    "Dengan hormat,",
    "Menindaklanjuti Surat Tugas terlampir, kami mengajukan permohonan remote akses VPN ke LPSE Kota "
    "Salatiga untuk keperluan monitoring dan evaluasi penerapan manajemen risiko pengadaan, atas nama:",
    "Nama: Dra. Endang Sulistyowati, M.Si. (endang.s@inspektorat.jatengprov.go.id, 0813-2510-6670)",
    "Akses diperlukan pada 1 s.d. 3 Desember 2026.",
    "Semarang, 20 November 2026",
    "Inspektur Pembantu Wilayah III",
], author="Inspektorat Jateng"))
pdf = check("033p", make_pdf([
    "^^**SURAT TUGAS",
    "^^Nomor: 094/1877/ST/2026",
    "",
    "Yang bertanda tangan di bawah ini Inspektur Provinsi Jawa Tengah menugaskan:",
    "1. Dra. Endang Sulistyowati, M.Si. - Auditor Ahli Madya",
    "2. Rendy Pratama, S.E. - Auditor Ahli Pertama",
    "Untuk melaksanakan monitoring dan evaluasi penerapan manajemen risiko pengadaan barang/jasa",
    "pada Pemerintah Kota Salatiga selama 20 (dua puluh) hari kerja, mulai 16 November 2026 s.d. 11 Desember 2026.",
    "",
    "Semarang, 13 November 2026",
    "Inspektur Provinsi Jawa Tengah",
], "Surat Tugas", "Inspektorat Jateng"))
m = mid_zimbra("033", "inspektorat.jatengprov.go.id")
bd = boundary("033", "other")
write(33, "request-docx-plus-surat-tugas-pdf", f"""
Date: {date("2026-11-20 13:40:22")}
From: Endang Sulistyowati <endang.s@inspektorat.jatengprov.go.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Permohonan remote akses - Inspektorat Prov. Jateng
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

--{bd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Yth. Admin LPSE,
Bersama ini kami kirimkan surat permohonan remote akses beserta surat tugasnya.
Terima kasih.

Endang S.

{attach(bd, docx, "Permohonan Remote Akses LPSE Salatiga.docx", DOCX)}{attach(bd, pdf, "Surat Tugas 094-1877.pdf", PDF)}--{bd}--
""", label("request", fields={
    "name": "Dra. Endang Sulistyowati, M.Si.", "institution": "Inspektorat Provinsi Jawa Tengah",
    "email": "endang.s@inspektorat.jatengprov.go.id", "phone": "0813-2510-6670",
    "purpose": "Monitoring dan evaluasi penerapan manajemen risiko pengadaan", "access_rights": ["vpn"],
    "period_start": "2026-12-01", "period_end": "2026-12-03", "letter_number": "700.1/2291/2026",
    "letter_date": "2026-11-20"},
    note="Two attachments: the request (DOCX) and an assignment letter (PDF) with a different number, date, a second auditor and a LONGER assignment period (16 Nov - 11 Dec). The access period is the request's (1-3 Dec)."))

# 034 info reply for RA-2026-0008 with a PDF
pdf = check("034", make_pdf([
    "**CV SENTOSA INFORMATIKA",
    "Jl. Hasanudin No. 9, Salatiga",
    "",
    "Nomor   : 031/CVSI/XI/2026                                                Salatiga, 19 November 2026",
    "Perihal : Kelengkapan Permohonan Remote Akses (RA-2026-0008)",
    "",
    "Menindaklanjuti email LPSE tentang data yang belum lengkap, kami sampaikan:",
    "",
    "   Tujuan      : Perbaikan modul laporan realisasi pengadaan pada aplikasi pendukung SPSE",
    "   Hak Akses   : VPN, database read-only",
    "   Masa        : 24 November 2026 sampai dengan 26 November 2026",
    "",
    "Hormat kami,",
    "Rina Wulandari",
], "Kelengkapan Permohonan", "Rina"))
m = mid_gmail("034")
bd = boundary("034")
write(34, "info-reply-pdf-attachment", f"""
MIME-Version: 1.0
Date: {date("2026-11-19 13:02:09")}
References: {NEEDINFO_08}
In-Reply-To: {NEEDINFO_08}
Message-ID: {m}
Subject: Re: {NEEDINFO_08_SUBJECT}
From: Rina Wulandari <rina.wulandari@cvsentosa.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: multipart/mixed; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''Terlampir surat kelengkapan data permohonan kami.

Pada Rab, 18 Nov 2026 pukul 14.05 LPSE Kota Salatiga <lpse@salatiga.go.id> menulis:
{quote(NEEDINFO_08_TEXT)}''')}

{attach(bd, pdf, "Kelengkapan RA-2026-0008.pdf", PDF)}--{bd}--
""", label("info_reply", "RA-2026-0008", fields={
    "purpose": "Perbaikan modul laporan realisasi pengadaan pada aplikasi pendukung SPSE",
    "access_rights": ["vpn", "database-readonly"], "period_start": "2026-11-24", "period_end": "2026-11-26"},
    note="Info reply whose answers are only in the attached PDF. The PDF's own number and date belong to the supplement letter; the label does not assert letter_number/letter_date for it."))

# 035 admin forwards a mail with the PDF letter attached
pdf = check("035", make_pdf([
    "**DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BOYOLALI",
    "",
    "Nomor   : 555/812/Diskominfo/2026                                     Boyolali, 17 November 2026",
    "Perihal : Permohonan Remote Akses dalam rangka Replikasi Aplikasi",
    "",
    "Yth. Kepala Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga",
    "",
    "Dalam rangka replikasi aplikasi monitoring SPSE yang dikembangkan LPSE Kota Salatiga, kami mohon",
    "diberikan remote akses SSH ke server pengembangan untuk staf kami Sdr. Kurniawan Eko Saputro",
    "(kurniawan.es@boyolali.go.id, HP 0856-4003-1180) pada hari Kamis, 26 November 2026.",
    "",
    "Kepala Dinas Komunikasi dan Informatika,",
    "",
    "Drs. Sugiyanto",
], "Permohonan Remote Akses", "Diskominfo Boyolali"))
m = mid_zimbra("035")
bd = boundary("035", "other")
write(35, "request-forwarded-by-admin-with-pdf", f"""
Date: {date("2026-11-18 08:30:00")}
From: Admin LPSE Salatiga <admin.lpse@salatiga.go.id>
To: lpse <lpse@salatiga.go.id>
Message-ID: {m}
Subject: Fwd: Surat permohonan remote akses Diskominfo Boyolali
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)

--{bd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Masuk ke email pribadi saya, saya teruskan ke sini.

----- Pesan yang Diteruskan -----
Dari: "Kurniawan Eko" <kurniawan.es@boyolali.go.id>
Kepada: "heru admin" <heru.lpse.slt@gmail.com>
Dikirim: Selasa, 17 November 2026 15:20:41
Subjek: Surat permohonan remote akses Diskominfo Boyolali

Mas Heru, surat resminya terlampir ya. Nuwun.

{attach(bd, pdf, "555-812-Diskominfo-2026.pdf", PDF)}--{bd}--
""", label("request", fields={
    "name": "Kurniawan Eko Saputro", "institution": "Dinas Komunikasi dan Informatika Kabupaten Boyolali",
    "email": "kurniawan.es@boyolali.go.id", "phone": "0856-4003-1180",
    "purpose": "Replikasi aplikasi monitoring SPSE (akses ke server pengembangan)", "access_rights": ["ssh"],
    "period_start": "2026-11-26", "period_end": "2026-11-26", "letter_number": "555/812/Diskominfo/2026",
    "letter_date": "2026-11-17"},
    note="The admin forwards (Zimbra '----- Pesan yang Diteruskan -----') a mail that only says the letter is attached; the request is in the PDF. Javanese 'Nuwun'."))

# 036 DOCX only: no text part at all
docx = check("036", make_docx([
    "**PT CIPTA KARYA DIGITAL",
    "Nomor: 118/CKD/XI/2026",
    "Hal: Permohonan Remote Akses",
    "Kepada Yth. Admin LPSE Kota Salatiga",
    "Dengan hormat, kami mengajukan permohonan remote akses untuk keperluan instalasi agen monitoring "
    "keamanan (EDR) pada server SPSE.",
    "Nama: Teddy Kusuma",
    "Email: teddy.kusuma@ciptakarya.digital",
    "Telepon: 0838-6612-0947",
    "Hak akses: SSH dan VPN",
    "Tanggal: 25/11/2026 s.d. 27/11/2026",
    "Jakarta, 21 November 2026",
    "Teddy Kusuma",
], author="Teddy Kusuma"))
m = mid_apple("036", "ciptakarya.digital")
write(36, "request-docx-only-no-body", f"""
From: Teddy Kusuma <teddy.kusuma@ciptakarya.digital>
To: lpse@salatiga.go.id
Subject: Surat Permohonan Remote Akses
Date: {date("2026-11-21 08:02:00")}
Message-Id: {m}
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
X-Mailer: Apple Mail (2.3826.300.87.4.3)
Content-Type: {DOCX}; name="Permohonan_Remote_Akses_CKD.docx"
Content-Disposition: attachment; filename="Permohonan_Remote_Akses_CKD.docx"
Content-Transfer-Encoding: base64

{b64(docx)}
""", label("request", fields={
    "name": "Teddy Kusuma", "institution": "PT Cipta Karya Digital", "email": "teddy.kusuma@ciptakarya.digital",
    "phone": "0838-6612-0947", "purpose": "Instalasi agen monitoring keamanan (EDR) pada server SPSE",
    "access_rights": ["ssh", "vpn"], "period_start": "2026-11-25", "period_end": "2026-11-27",
    "letter_number": "118/CKD/XI/2026", "letter_date": "2026-11-21"},
    note="Not multipart at all: the whole message IS the DOCX (single-part attachment, no text). Only the subject and the document say what it is."))

# 037 an invoice PDF: unrelated
pdf = check("037", make_pdf([
    "**INVOICE / TAGIHAN",
    "PT Jaringan Nusantara Prima",
    "No. Invoice : INV/2026/11/00872          Tanggal: 20 November 2026",
    "Kepada      : Bagian PBJ Setda Kota Salatiga (LPSE)",
    "",
    "Layanan akses internet dedicated 100 Mbps - periode 1 Desember 2026 s.d. 31 Desember 2026",
    "Biaya layanan                                   Rp 7.500.000",
    "PPN 11%                                         Rp   825.000",
    "Total                                           Rp 8.325.000",
    "",
    "Jatuh tempo: 5 Desember 2026",
], "Invoice", "PT JNP"))
m = mid_plain("037", "jnp.net.id")
bd = boundary("037", "other")
write(37, "unrelated-invoice-pdf", f"""
Date: {date("2026-11-20 09:00:00")}
From: Billing PT JNP <billing@jnp.net.id>
To: lpse@salatiga.go.id
Message-ID: {m}
Subject: Tagihan layanan akses internet Desember 2026 - INV/2026/11/00872
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset=utf-8

Yth. Pelanggan,
Terlampir tagihan layanan akses internet untuk periode Desember 2026. Mohon pembayaran sebelum jatuh tempo.

Billing PT Jaringan Nusantara Prima

{attach(bd, pdf, "INV-2026-11-00872.pdf", PDF)}--{bd}--
""", label("unrelated",
    note="An invoice with a PDF ('layanan akses internet', a period, 'Terlampir'): the attachment-reading path must not make it a request."))

# 038 truncated base64 PDF: the mail was cut
pdf = make_pdf(["**CV GEMILANG TEKNIK", "Permohonan Remote Akses", "Nama: Sutrisno", "Hak akses: VPN"], "x", "x")
enc = b64(pdf)
cut = enc[: len(enc) // 2 - 3]  # cut mid-line, not a multiple of 4
m = mid_gmail("038")
bd = boundary("038")
write(38, "malformed-truncated-base64-pdf", f"""
MIME-Version: 1.0
Date: {date("2026-11-22 17:17:17")}
Message-ID: {m}
Subject: Permohonan Remote Akses - CV Gemilang Teknik
From: CV Gemilang Teknik <cvgemilangteknik@gmail.com>
To: lpse@salatiga.go.id
Content-Type: multipart/mixed; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"

Terlampir surat permohonan remote akses kami.

CV Gemilang Teknik

--{bd}
Content-Type: application/pdf; name="permohonan.pdf"
Content-Disposition: attachment; filename="permohonan.pdf"
Content-Transfer-Encoding: base64

{cut}""", label("request", fields={"institution": "CV Gemilang Teknik", "letter_number": None},
    note="The PDF's base64 is truncated mid-line (message cut, no closing boundary): the attachment cannot be read, but the text says it is a remote-access request. A request whose fields are unknown: need_info follows (or the admin looks). Only the institution (signature) is sure."))

# 039 closure letter as PDF, in thread
pdf = check("039", make_pdf([
    "**PT MAJU JAYA TEKNOLOGI",
    "",
    "Nomor   : 031/PMJ/XI/2026                                               Salatiga, 23 November 2026",
    "Perihal : Pemberitahuan Selesai Pekerjaan",
    "",
    "Dengan hormat,",
    "Bersama ini kami beritahukan bahwa pekerjaan pemeliharaan server LPSE Kota Salatiga telah selesai",
    "dilaksanakan. Sehubungan dengan itu kami mohon akun remote akses ra26_0007 (RA-2026-0007) ditutup.",
    "",
    "Hormat kami,",
    "Budi Santoso",
], "Pemberitahuan Selesai", "Budi Santoso"))
m = mid_gmail("039")
bd = boundary("039")
write(39, "closure-pdf-letter-in-thread", f"""
MIME-Version: 1.0
Date: {date("2026-11-23 16:05:00")}
References: {ACK_07} {CRED_07}
In-Reply-To: {CRED_07}
Message-ID: {m}
Subject: Re: {CRED_07_SUBJECT}
From: Budi Santoso <budi.santoso@majujaya.co.id>
To: LPSE Kota Salatiga <lpse@salatiga.go.id>
Content-Type: multipart/mixed; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"

Terlampir surat pemberitahuan kami.

Budi

--{bd}
{attach(bd, pdf, "Pemberitahuan Selesai 031-PMJ-XI-2026.pdf", PDF)[len('--' + bd) + 1:]}--{bd}--
""", label("closure", "RA-2026-0007",
    note="In thread from the requester; the new text only says 'Terlampir surat pemberitahuan kami' and the closure is in the attached PDF letter. A classifier reading only the body text sees no closure words."))

print("attachment sizes:", SIZES)

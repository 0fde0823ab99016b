"""Helpers for the held-out set: writing messages and labels, encodings, and the PDF/DOCX letters.

Written independently of the daemon's code and of the main corpus's messages (see README.md).
"""

from __future__ import annotations

import base64
import io
import json
import quopri
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOMAIN = "salatiga.go.id"


def write(slug: str, raw: str | bytes, label: dict, crlf: bool = False) -> None:
    """Write hNNN-slug.eml (as given; LF unless crlf) and hNNN-slug.json."""
    if isinstance(raw, str):
        raw = raw.lstrip("\n")
        if crlf:
            raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        data = raw.encode("utf-8")
    else:
        data = raw
    (HERE / f"{slug}.eml").write_bytes(data)
    full = {
        "kind": label["kind"],
        "request_number": label.get("request_number"),
        "decision": label.get("decision"),
        "decision_reason": label.get("decision_reason"),
        "alert": label.get("alert", False),
    }
    if label["kind"] == "bounce":
        full["bounced_ids"] = label["bounced_ids"]
    if label["kind"] in ("request", "info_reply"):
        full["fields"] = label["fields"]
    full["note"] = label["note"]
    (HERE / f"{slug}.json").write_text(json.dumps(full, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def b64(data: bytes | str, charset: str = "utf-8") -> str:
    if isinstance(data, str):
        data = data.encode(charset)
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")


def quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


# --- quoted text of mail the daemon sent (as the world's threads would show it) ---------------------------------

def approval_text(number: str, approver: str, requester: str, institution: str) -> str:
    return f"""Yth. {approver},

Permohonan remote akses berikut menunggu keputusan:

  Nomor permohonan : {number}
  Pemohon          : {requester}
  Instansi         : {institution}

Surat permohonan asli terlampir.

Setujui: https://akses.lpse.salatiga.go.id/keputusan/{number}/setujui
Tolak:   https://akses.lpse.salatiga.go.id/keputusan/{number}/tolak

Atau balas email ini dengan SETUJU, atau TOLAK <alasan>.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""


def ack_text(number: str, name: str) -> str:
    return f"""Yth. {name},

Permohonan remote akses Bapak/Ibu telah kami terima dan dicatat dengan nomor
permohonan {number}. Permohonan akan diteruskan kepada Kasubag Pengelolaan
LPSE untuk mendapatkan persetujuan.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""


CRED_0007 = """Yth. Bapak Budi Santoso,

Akun remote akses untuk permohonan RA-2026-0007 telah dibuat.

  Nama pengguna (username) : ra26_0007
  Kata sandi               : (disampaikan melalui tautan sekali pakai)
  Hak akses                : vpn, ssh
  Masa berlaku             : berakhir pada 25 November 2026 pukul 17.00 WIB

Setelah pekerjaan selesai, mohon beritahu kami dengan membalas email ini agar
akun ditutup.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""


NEEDINFO_0008 = """Yth. Ibu Rina Wulandari,

Permohonan remote akses Ibu telah kami catat dengan nomor RA-2026-0008, namun
masih ada data yang belum lengkap:

  - Masa berlaku (tanggal mulai dan tanggal selesai)
  - Hak akses yang diperlukan (ssh, vpn, database-readonly, spse-admin)
  - Nama teknisi yang akan menggunakan akses

Mohon balas email ini dengan data tersebut.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""


# --- attachments ------------------------------------------------------------------------------------------------

def make_pdf(lines: list[tuple[str, str]], title: str = "Surat") -> bytes:
    """A one-page A4 letter. lines: (style, text) with style in {'h', 'b', 'n', ''}."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    width, height = A4
    y = height - 60
    for style, text in lines:
        if style == "h":
            c.setFont("Helvetica-Bold", 14)
            c.drawCentredString(width / 2, y, text)
            y -= 20
        elif style == "c":
            c.setFont("Helvetica", 9)
            c.drawCentredString(width / 2, y, text)
            y -= 13
        elif style == "line":
            c.line(60, y + 6, width - 60, y + 6)
            y -= 10
        else:
            c.setFont("Helvetica-Bold" if style == "b" else "Helvetica", 10.5)
            c.drawString(70, y, text)
            y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def shrink_docx(data: bytes) -> bytes:
    """python-docx's template is ~36 KB; drop the parts a letter does not need (stylesWithEffects, customXml,
    thumbnail, webSettings) and the latent-style list, so the file stays well under 30 KB."""
    drop = re.compile(r"^(word/stylesWithEffects\.xml|customXml/.*|docProps/thumbnail\.jpeg|word/webSettings\.xml)$")
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            if drop.match(info.filename):
                continue
            body = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = re.sub(rb'<Override PartName="/(word/stylesWithEffects\.xml|customXml/[^"]*|word/webSettings\.xml)"[^>]*/>', b"", body)
                body = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", body)
            elif info.filename in ("_rels/.rels", "word/_rels/document.xml.rels"):
                body = re.sub(rb'<Relationship [^>]*Target="[^"]*(stylesWithEffects|customXml|thumbnail|webSettings)[^"]*"[^>]*/>', b"", body)
            elif info.filename == "word/styles.xml":
                body = re.sub(rb"<w:latentStyles.*?</w:latentStyles>", b"", body, flags=re.S)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 21, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, body)
    return out.getvalue()

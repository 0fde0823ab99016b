"""Builds the second held-out set (tests/data/heldout2/): raw messages and their labels.

Written from the SOP, DESIGN §3/§5, the glossary, and the corpus's README and world.toml only. No classifier or
extractor code was read. Run from the repository root:

    .venv/bin/python tests/data/heldout2/_build_heldout2.py
"""

from __future__ import annotations

import base64
import io
import json
import quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent

NEEDINFO_0008 = "<needinfo.RA-2026-0008.b2@salatiga.go.id>"
ACK_0007 = "<ack.RA-2026-0007.a1@salatiga.go.id>"
CRED_0007 = "<cred.RA-2026-0007.c3@salatiga.go.id>"
ACK_0009 = "<ack.RA-2026-0009.a1@salatiga.go.id>"
APPR_0009_K = "<appr.RA-2026-0009.Xk7Qm2Lp9@salatiga.go.id>"
APPR_0009_S = "<appr.RA-2026-0009.Zr4Tn8Wc1@salatiga.go.id>"
APPR_0012_K = "<appr.RA-2026-0012.Qp3Vb6Hs2@salatiga.go.id>"
APPROVED_0011 = "<approved.RA-2026-0011.e4@salatiga.go.id>"
CLOSED_0010 = "<closed.RA-2026-0010.d9@salatiga.go.id>"

KINDS = {"request", "info_reply", "closure", "extension", "withdrawal", "approval_reply", "auto_reply", "bounce",
         "unrelated", "quarantine"}


def label(kind, rn=None, *, decision=None, reason=None, alert=False, bounced=None, fields=None, note=""):
    assert kind in KINDS
    out = {"kind": kind, "request_number": rn, "decision": decision, "decision_reason": reason, "alert": alert}
    if kind == "bounce":
        out["bounced_ids"] = bounced or []
    if kind in ("request", "info_reply"):
        out["fields"] = fields or {}
    out["note"] = note
    return out


def write(slug: str, raw, lab: dict) -> None:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    (HERE / f"{slug}.eml").write_bytes(data)
    (HERE / f"{slug}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


# --- the text of mail we sent, as a quoted part of replies (written for this set, not copied from the corpus) ---

NEEDINFO_TEXT = """\
Yth. Ibu Rina Wulandari,

Permohonan remote akses Ibu telah kami terima dengan nomor RA-2026-0008, tetapi
masih ada data yang belum lengkap:

- masa berlaku (tanggal mulai dan tanggal selesai, misalnya 25 November 2026
  s.d. 27 November 2026)
- hak akses yang dibutuhkan (ssh, vpn, database-readonly, spse-admin)
- nama dan nomor telepon orang yang akan menggunakan akses

Mohon balas email ini dengan melengkapi data tersebut.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""

CRED_TEXT = """\
Yth. Bapak Budi Santoso,

Akun remote akses untuk permohonan RA-2026-0007 telah dibuat.

Nama pengguna (username): budi.santoso
Hak akses: vpn, ssh
Masa berlaku: 16 November 2026 pukul 14.30 WIB, berakhir pada 4 Desember 2026
pukul 17.00 WIB

Kata sandi dapat diambil satu kali melalui tautan berikut:
https://akses.lpse.salatiga.go.id/k/8d1f0c2e9b

Setelah pekerjaan selesai, mohon beritahukan kepada kami dengan membalas email
ini agar akun ditutup.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""

APPR_0009_TEXT = """\
Yth. Ibu Sri Handayani,

Permohonan remote akses berikut menunggu keputusan Ibu.

Nomor permohonan : RA-2026-0009
Pemohon          : Andi Pratama (andi.pratama@lkpp.go.id)
Instansi         : Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP
Hak akses        : vpn, spse-admin
Tujuan           : Pembaruan aplikasi SPSE
Masa berlaku     : 25 November 2026 s.d. 27 November 2026

Setujui : https://akses.lpse.salatiga.go.id/p/Yb3nQ0xw
Tolak   : https://akses.lpse.salatiga.go.id/p/Hc8tLm2r

Atau balas email ini dengan SETUJU, atau TOLAK diikuti alasannya.

Surat permohonan asli terlampir.

Hormat kami,
LPSE Kota Salatiga

Email ini dikirim secara otomatis. Hubungi Admin LPSE di admin.lpse@salatiga.go.id."""

APPR_0012_TEXT = APPR_0009_TEXT.replace("RA-2026-0009", "RA-2026-0012").replace(
    "Andi Pratama (andi.pratama@lkpp.go.id)", "Yusuf (yusuf@kominfo.salatiga.go.id)").replace(
    "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP",
    "Dinas Komunikasi dan Informatika Kota Salatiga").replace("vpn, spse-admin", "ssh").replace(
    "Pembaruan aplikasi SPSE", "Integrasi server aplikasi Pemkot").replace(
    "25 November 2026 s.d. 27 November 2026", "30 November 2026 s.d. 2 Desember 2026")

ACK_0009_TEXT = """\
Yth. Bapak Andi Pratama,

Permohonan remote akses Bapak telah kami terima dengan nomor RA-2026-0009 dan
sedang menunggu persetujuan Kasubag Pengelolaan LPSE. Kami akan mengabari Bapak
setelah ada keputusan.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga"""


def build_pdf_letter(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Surat Permohonan Remote Akses")
    y = 800
    for line in lines:
        if line.startswith("**"):
            c.setFont("Helvetica-Bold", 12)
            line = line.strip("*")
        else:
            c.setFont("Helvetica", 10.5)
        c.drawString(60, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def build_docx_letter(before: list[str], table: list[tuple[str, str]], after: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in table:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    for p in after:
        d.add_paragraph(p)
    # Drop parts Word does not need, to keep the attachment small (python-docx's template carries ~15 KB of them).
    for rels in (d.part.rels, d.part.package.rels):
        for rid, rel in list(rels.items()):
            if any(k in rel.reltype for k in ("stylesWithEffects", "customXml", "thumbnail")):
                del rels[rid]
    import datetime as _dt

    d.core_properties.author = "CV Anugrah Data"
    d.core_properties.created = d.core_properties.modified = _dt.datetime(2026, 11, 27, 13, 5)
    d.core_properties.last_modified_by = "CV Anugrah Data"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def main() -> None:
    from _messages import MESSAGES  # noqa: E402  (same folder)

    for old in HERE.glob("g*.eml"):
        old.unlink()
    for old in HERE.glob("g*.json"):
        old.unlink()
    for slug, raw, lab in MESSAGES():
        write(slug, raw, lab)
    print(len(list(HERE.glob("g*.eml"))), "messages")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()

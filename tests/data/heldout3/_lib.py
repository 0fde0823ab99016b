"""Helpers for the third held-out set. Raw RFC 5322 text built by hand, so every byte is as intended."""
import base64
import io
import json
import quopri
import re
import zipfile
from email.header import Header

OFFICE = "lpse@salatiga.go.id"


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    n = enc_header(name)
    if n == name and re.search(r'[,.;:@()]', name):
        n = '"%s"' % name
    return "%s <%s>" % (n, email)


def body_encode(text, cte, charset="utf-8"):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)


def leaf(ctype, text, cte="quoted-printable", charset="utf-8", params="", extra=()):
    """A text leaf part: (header lines, body)."""
    hs = ["Content-Type: %s; charset=\"%s\"%s" % (ctype, charset, params),
          "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return hs, body_encode(text, cte, charset)


def attachment(ctype, filename, data, inline=False):
    hs = ['Content-Type: %s; name="%s"' % (ctype, filename),
          'Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", filename),
          "Content-Transfer-Encoding: base64"]
    return hs, base64.encodebytes(data).decode("ascii")


def multipart(subtype, parts, boundary, params=""):
    out = []
    for hs, body in parts:
        out.append("--" + boundary + "\n" + "\n".join(hs) + "\n\n" + body.rstrip("\n") + "\n")
    body = "".join(out) + "--" + boundary + "--\n"
    return ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)], body


def message(headers, part, preamble=""):
    hs, body = part
    lines = [h for h in headers if h]
    if not any(h.lower().startswith("mime-version:") for h in lines):
        lines.append("MIME-Version: 1.0")
    text = "\n".join(lines + hs) + "\n\n" + (preamble + "\n" if preamble else "") + body
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def quote(text):
    return "\n".join((">" if not l else "> " + l) for l in text.strip("\n").split("\n"))


def shrink_docx(data):
    """Drop parts python-docx's template carries that a letter does not need (keeps it under 30 KB)."""
    drop = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml",
            "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml"}
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        if info.filename in drop:
            continue
        b = zin.read(info.filename)
        if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
            s = b.decode("utf-8")
            s = re.sub(r'<Relationship [^>]*Target="[^"]*(stylesWithEffects|thumbnail|customXml/item1)[^"]*"/>', "", s)
            s = re.sub(r'<Override [^>]*PartName="/(word/stylesWithEffects.xml|docProps/thumbnail.jpeg|customXml/itemProps1.xml)"[^>]*/>', "", s)
            s = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", s)
            b = s.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 26, 8, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def label(kind, request_number=None, decision=None, decision_reason=None, alert=False, bounced_ids=None,
          fields=None, note=""):
    d = {"kind": kind, "request_number": request_number, "decision": decision,
         "decision_reason": decision_reason, "alert": alert}
    if kind == "bounce":
        d["bounced_ids"] = bounced_ids or []
    if kind in ("request", "info_reply"):
        d["fields"] = fields or {}
    d["note"] = note
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


# ---- the text of mail WE sent, for quoting -------------------------------------------------------------------

FOOT = ("--\nEmail ini dikirim secara otomatis oleh sistem LPSE Kota Salatiga. Untuk bantuan, hubungi Admin LPSE\n"
        "di admin.lpse@salatiga.go.id atau telepon (0298) 326 520.")


def ack_text(num, salutation):
    return f"""Yth. {salutation},

Permohonan remote akses Anda telah kami terima dan dicatat dengan nomor permohonan {num}.
Permohonan ini akan diteruskan kepada Kasubag Pengelolaan LPSE untuk mendapatkan persetujuan.
Anda akan menerima email berikutnya setelah ada keputusan.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

{FOOT}"""


CRED_0007 = f"""Yth. Bapak Budi Santoso,

Akun remote akses untuk permohonan RA-2026-0007 telah dibuat.

Nama pengguna (username) : budi.santoso
Hak akses                : vpn, ssh
Masa berlaku             : berakhir pada 30 November 2026 pukul 17.00 WIB

Kata sandi dikirim melalui SMS ke nomor telepon yang terdaftar.
Setelah pekerjaan selesai, mohon balas email ini untuk memberitahukan bahwa pekerjaan telah selesai
agar akun segera ditutup. Untuk perpanjangan, balas dengan kata PERPANJANG dan tanggal berakhir yang baru.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

{FOOT}"""

NEEDINFO_0008 = f"""Yth. Ibu Rina Wulandari,

Permohonan remote akses Anda telah kami terima dengan nomor permohonan RA-2026-0008.
Namun masih ada data yang belum lengkap:

- Nama lengkap orang yang akan menggunakan akun
- Nomor telepon yang dapat dihubungi
- Hak akses yang diperlukan (vpn, ssh, database-readonly, spse-admin) dan tujuannya
- Masa berlaku (tanggal mulai dan tanggal berakhir)

Mohon balas email ini dengan melengkapi data tersebut.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

{FOOT}"""


def approval_text(num, salutation, pemohon, instansi, hak, tujuan, masa, token):
    return f"""Yth. {salutation},

Permohonan remote akses berikut menunggu persetujuan:

Nomor permohonan : {num}
Pemohon          : {pemohon}
Instansi         : {instansi}
Hak akses        : {hak}
Tujuan           : {tujuan}
Masa berlaku     : {masa}

Surat permohonan asli terlampir.

Setujui : https://lpse.salatiga.go.id/akses/keputusan/{token}?aksi=setujui
Tolak   : https://lpse.salatiga.go.id/akses/keputusan/{token}?aksi=tolak

Atau balas email ini dengan SETUJU, atau TOLAK <alasan>.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

{FOOT}"""


APPR_0009_KASUBAG = approval_text(
    "RA-2026-0009", "Ibu Sri Handayani", "Andi Pratama (andi.pratama@lkpp.go.id)",
    "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP", "vpn, ssh, spse-admin",
    "Pemutakhiran aplikasi SPSE", "30 November 2026 s.d. 2 Desember 2026", "m8Qf2kVw0Zr1bXc7nT4yPa")
APPR_0009_BACKUP = approval_text(
    "RA-2026-0009", "Bapak Agus Widodo", "Andi Pratama (andi.pratama@lkpp.go.id)",
    "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP", "vpn, ssh, spse-admin",
    "Pemutakhiran aplikasi SPSE", "30 November 2026 s.d. 2 Desember 2026", "Hc3uL9sEw5Yq0pDk2aNv7G")
APPR_0012_KASUBAG = approval_text(
    "RA-2026-0012", "Ibu Sri Handayani", "Yusuf (yusuf@kominfo.salatiga.go.id)",
    "Dinas Komunikasi dan Informatika Kota Salatiga", "vpn",
    "Pemeliharaan jaringan server LPSE", "1 Desember 2026 s.d. 5 Desember 2026", "r5Tz8WqLm1Kc4Vb0XyJh3E")

APPROVED_0011 = f"""Yth. Bapak Hendra,

Permohonan remote akses Anda dengan nomor RA-2026-0011 telah disetujui oleh Kasubag Pengelolaan LPSE.
Akun remote akses akan dibuat pada awal masa berlaku dan dikirim melalui email terpisah.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

{FOOT}"""

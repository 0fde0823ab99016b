"""Helpers shared by the corpus generators (_build_corpus.py, _make_attachments.py).

The generators write NNN-slug.eml (raw RFC 5322 bytes) and NNN-slug.json (the label). The .eml files are
committed; rerunning the generators rewrites them (attachments may differ byte-for-byte, the labels do not).
"""

from __future__ import annotations

import base64
import hashlib
import json
import quopri
from datetime import datetime
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent

OUR = "lpse@salatiga.go.id"
ADMIN = "admin.lpse@salatiga.go.id"
KASUBAG = "kasubag.lpse@salatiga.go.id"
SEKRETARIS = "sekretaris.bpbj@salatiga.go.id"

# Message-IDs of mail WE sent (world.toml)
ACK_07 = "<ack.RA-2026-0007.a1@salatiga.go.id>"
CRED_07 = "<cred.RA-2026-0007.c3@salatiga.go.id>"
NEEDINFO_08 = "<needinfo.RA-2026-0008.b2@salatiga.go.id>"
APPR_09_KASUBAG = "<appr.RA-2026-0009.Xk7Qm2Lp9@salatiga.go.id>"
APPR_09_SEKRETARIS = "<appr.RA-2026-0009.Zr4Tn8Wc1@salatiga.go.id>"
ACK_09 = "<ack.RA-2026-0009.a1@salatiga.go.id>"
APPR_12_KASUBAG = "<appr.RA-2026-0012.Qp3Vb6Hs2@salatiga.go.id>"

_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(stamp: str, tz: str = "+0700") -> str:
    """'2026-11-23 09:12:05' -> 'Mon, 23 Nov 2026 09:12:05 +0700'."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    t = datetime.strptime(stamp, fmt)
    return f"{_DOW[t.weekday()]}, {t.day:02d} {_MON[t.month - 1]} {t.year} {t:%H:%M:%S} {tz}"


def h(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    """Deterministic pseudo-random token."""
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in d)
        i += 1
    return out[:n]


AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def mid_gmail(seed: str) -> str:
    return f"<CA{h(seed, 2, AZ.upper())}{h(seed + 'g', 40, AZ)}@mail.gmail.com>"


def mid_outlook(seed: str, host: str = "SG2PR06MB5274.apcprd06.prod.outlook.com") -> str:
    return f"<{host.split('.')[0]}{h(seed, 20, AZ.upper()[:26] + '0123456789')}@{host}>"


def mid_zimbra(seed: str, domain: str = "salatiga.go.id") -> str:
    return f"<{int(h(seed, 9, '0123456789'))}.{int(h(seed + 'b', 6, '0123456789'))}.{1763000000000 + int(h(seed + 'c', 9, '0123456789'))}.JavaMail.zimbra@{domain}>"


def mid_tb(seed: str, domain: str) -> str:
    x = h(seed, 32)
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}@{domain}>"


def mid_apple(seed: str, domain: str = "icloud.com") -> str:
    x = h(seed, 32, "0123456789ABCDEF")
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}@{domain}>"


def mid_plain(seed: str, domain: str) -> str:
    return f"<{h(seed, 12, '0123456789')}.{h(seed + 'x', 10, AZ)}@{domain}>"


def boundary(seed: str, style: str = "gmail") -> str:
    if style == "gmail":
        return "000000000000" + h(seed, 16)
    if style == "outlook":
        return "_000_" + h(seed, 30, AZ.upper()[:26] + "0123456789") + "_"
    if style == "apple":
        return "Apple-Mail-" + h(seed, 8, "0123456789ABCDEF") + "-" + h(seed + "a", 4, "0123456789ABCDEF")
    if style == "tb":
        return "------------" + h(seed, 24, AZ)
    return "=_" + h(seed, 24)


def b64(data: bytes | str, charset: str = "utf-8") -> str:
    if isinstance(data, str):
        data = data.encode(charset)
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """An RFC 2047 encoded word (possibly folded) for a header."""
    if enc == "B":
        return Header(text, charset, header_name="Subject").encode()
    raw = text.encode(charset)
    out = ""
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            out += c
        elif c == " ":
            out += "_"
        else:
            out += "=%02X" % b
    return f"=?{charset}?Q?{out}?="


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def label(kind, request_number=None, decision=None, decision_reason=None, alert=False, bounced_ids=None,
          fields=None, note=""):
    lab = {"kind": kind, "request_number": request_number, "decision": decision,
           "decision_reason": decision_reason, "alert": alert}
    if kind == "bounce":
        lab["bounced_ids"] = list(bounced_ids or [])
    if kind in ("request", "info_reply"):
        lab["fields"] = dict(fields or {})
    lab["note"] = note
    return lab


WRITTEN: list[str] = []


def write(num: int, slug: str, raw: str | bytes, lab: dict, *, encoding: str = "utf-8", crlf: bool = False) -> None:
    """Write NNN-slug.eml and NNN-slug.json. `raw` as str is encoded with `encoding` (8-bit bodies)."""
    name = f"{num:03d}-{slug}"
    if isinstance(raw, str):
        if raw.startswith("\n"):
            raw = raw[1:]
        if crlf:
            raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        data = raw.encode(encoding)
    else:
        data = raw[1:] if raw.startswith(b"\n") else raw
    (HERE / f"{name}.eml").write_bytes(data)
    (HERE / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    WRITTEN.append(name)


# ---------------------------------------------------------------------------------------------
# The text of mail we sent, as it appears when quoted in replies.

FOOTER = "Email ini dikirim secara otomatis oleh sistem LPSE Kota Salatiga. Untuk bantuan, hubungi Admin LPSE\ndi admin.lpse@salatiga.go.id."

ACK_07_SUBJECT = "[RA-2026-0007] Permohonan remote akses diterima"
CRED_07_SUBJECT = "[RA-2026-0007] Akun remote akses Anda"
NEEDINFO_08_SUBJECT = "[RA-2026-0008] Data permohonan remote akses belum lengkap"
ACK_09_SUBJECT = "[RA-2026-0009] Permohonan remote akses diterima"
APPR_09_SUBJECT = "[RA-2026-0009] Persetujuan permohonan remote akses: Andi Pratama (LKPP)"
APPR_12_SUBJECT = "[RA-2026-0012] Persetujuan permohonan remote akses: Yusuf Maulana (Diskominfo Kota Salatiga)"

ACK_07_TEXT = f"""Yth. Bapak/Ibu Budi Santoso,

Permohonan remote akses Bapak/Ibu telah kami terima dan dicatat dengan nomor permohonan RA-2026-0007.
Permohonan ini akan diteruskan kepada Kasubag Pengelolaan LPSE untuk mendapatkan persetujuan.
Bapak/Ibu akan menerima email berikutnya setelah ada keputusan.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

--
{FOOTER}"""

CRED_07_TEXT = f"""Yth. Bapak/Ibu Budi Santoso,

Permohonan remote akses RA-2026-0007 telah disetujui dan akun remote akses telah dibuat.

Nama pengguna (username) : ra26_0007
Kata sandi               : Tq7-mZr4-Pw9x
Hak akses                : vpn, ssh
Masa berlaku             : 16 November 2026 pukul 08.00 WIB, berakhir pada 27 November 2026 pukul 17.00 WIB

Setelah pekerjaan selesai, mohon beritahukan kepada kami dengan membalas email ini agar akun ditutup.
Untuk perpanjangan, balas email ini dengan kata PERPANJANG dan tanggal berakhir yang diminta.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

--
{FOOTER}"""

NEEDINFO_08_TEXT = f"""Yth. Bapak/Ibu Rina Wulandari,

Permohonan remote akses Bapak/Ibu telah kami terima dengan nomor permohonan RA-2026-0008, namun masih ada
data yang belum lengkap:

- Tujuan
- Hak Akses (pilihan: ssh, vpn, database-readonly, spse-admin)
- Masa berlaku (tanggal mulai dan tanggal selesai)

Mohon balas email ini dengan melengkapi data tersebut.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

--
{FOOTER}"""

ACK_09_TEXT = f"""Yth. Bapak/Ibu Andi Pratama,

Permohonan remote akses Bapak/Ibu telah kami terima dan dicatat dengan nomor permohonan RA-2026-0009.
Permohonan ini akan diteruskan kepada Kasubag Pengelolaan LPSE untuk mendapatkan persetujuan.
Bapak/Ibu akan menerima email berikutnya setelah ada keputusan.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

--
{FOOTER}"""


def appr_text(number: str, name: str, inst: str, purpose: str, rights: str, period: str, token: str,
              who: str = "Kasubag Pengelolaan LPSE") -> str:
    return f"""Yth. Bapak/Ibu {who},

Permohonan remote akses berikut menunggu keputusan Bapak/Ibu.

Nomor permohonan : {number}
Nama             : {name}
Instansi         : {inst}
Tujuan           : {purpose}
Hak akses        : {rights}
Masa berlaku     : {period}

Untuk memutuskan, buka salah satu tautan berikut (Bapak/Ibu akan diminta mengonfirmasi):
Setujui : https://akses.salatiga.go.id/keputusan/{token}?aksi=setujui
Tolak   : https://akses.salatiga.go.id/keputusan/{token}?aksi=tolak

Atau balas email ini dengan kata SETUJU, atau TOLAK diikuti alasannya,
misalnya: TOLAK surat tugas belum dilampirkan

Surat permohonan asli terlampir.

Terima kasih.

Hormat kami,
LPSE Kota Salatiga

--
{FOOTER}"""


APPR_09_TEXT = appr_text("RA-2026-0009", "Andi Pratama",
                         "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP",
                         "Pemutakhiran aplikasi SPSE ke versi 4.5u2026", "ssh, database-readonly",
                         "24 November 2026 s.d. 26 November 2026", "9f3c1e7a2b")
APPR_09_TEXT_SEKRETARIS = appr_text("RA-2026-0009", "Andi Pratama",
                                    "Direktorat Pengembangan Sistem Pengadaan Secara Elektronik, LKPP",
                                    "Pemutakhiran aplikasi SPSE ke versi 4.5u2026", "ssh, database-readonly",
                                    "24 November 2026 s.d. 26 November 2026", "51d0a8c4ee",
                                    who="Sekretaris Bagian Pengadaan Barang dan Jasa")
APPR_12_TEXT = appr_text("RA-2026-0012", "Yusuf Maulana", "Dinas Komunikasi dan Informatika Kota Salatiga",
                         "Migrasi server SPSE ke pusat data Diskominfo", "vpn, ssh",
                         "25 November 2026 s.d. 27 November 2026", "c7e29b04d1")

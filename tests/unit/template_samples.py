"""One realistic context per mail template: the documentation of the context contract (DESIGN §4).

Every template gets the COMMON keys; each message adds its own. Contexts are plain data only (dicts, lists,
strings, ints, bools, None), and every time arrives already formatted in the office's zone and language.
`tests/unit/test_templates.py` renders each sample in `id` and `en`, and checks that removing any of a message's
own keys makes rendering fail (StrictUndefined), so this file and the templates cannot drift apart.
"""

from __future__ import annotations

import copy
from typing import Any

OFFICE: dict[str, Any] = {"name": "LPSE Kota Salatiga", "city": "Salatiga"}
ADMIN_CONTACT = "admin.lpse@salatiga.go.id"
NUMBER = "RA-2026-0007"

REQUEST: dict[str, Any] = {
    "number": NUMBER,
    "name": "Dimas Prasetyo",
    "institution": "PT Mitra Solusi Informatika",
    "email": "dimas.prasetyo@mitrasolusi.co.id",
    "phone": "0812-2733-4410",
    "purpose": "Pemeliharaan dan pembaruan aplikasi SPSE versi 4.5",
    "access_rights": ["VPN", "SSH ke server aplikasi SPSE"],
    "period_start": "25 November 2026 pukul 08.00 WIB",
    "period_end": "27 November 2026 pukul 17.00 WIB",
    "letter_number": "045/MSI/XI/2026",
    "letter_date": "20 November 2026",
    "received_at": "23 November 2026 pukul 09.12 WIB",
    "requester": "dimas.prasetyo@mitrasolusi.co.id",
    "access_rights_text": "VPN dan SSH ke server aplikasi SPSE",  # the letter's own words, or None
    "access_rights_ungranted": [],  # asked in those words, but not to be granted ("akses root")
}

# The keys every template receives.
COMMON: dict[str, Any] = {
    "lang": "id",  # "id" | "en"; the renderer sets it to the language actually used
    "office": OFFICE,  # {name, city} from config [office]
    "number": NUMBER,  # the request number, or None for mail about no request
    "recipient_name": "Dimas Prasetyo",  # None → "Dengan hormat," instead of "Yth. Bapak/Ibu <nama>,"
    "admin_contact": ADMIN_CONTACT,  # how to reach the admin, at the foot of every mail
    "request": REQUEST,  # None, or the request's fields (formatted strings, access_rights a list)
}

_APPROVAL: dict[str, Any] = {
    "recipient_name": "Andreas Kurniawan, S.Kom.",
    "approver_name": "Andreas Kurniawan, S.Kom.",
    "approve_url": "https://akses.lpse.salatiga.go.id/keputusan/Q2x5tW0aPj8r3LkV9mYc1A",
    "reject_url": "https://akses.lpse.salatiga.go.id/keputusan/Zb7Hn4sEw2Tq6RdU0oKf5g",
    "link_expires": "26 November 2026 pukul 09.12 WIB",
    "sender": "dimas.prasetyo@mitrasolusi.co.id",
    "credentials_to": "dimas.prasetyo@mitrasolusi.co.id",
    "sender_differs": False,
    "attachments": ["Surat-Permohonan-Remote-Akses-045-MSI-XI-2026.pdf"],
    "grant_start": "25 November 2026 pukul 08.00 WIB",
    "grant_end": "27 November 2026 pukul 17.00 WIB",
}

_EXTRAS: dict[str, dict[str, Any]] = {
    "ack_received": {
        "missing": [],  # list of {key, label}; not empty → a separate need_info mail asks for them
    },
    "need_info": {
        "missing": [
            {"key": "phone", "label": "Nomor telepon"},
            {"key": "access_rights", "label": "Hak akses yang diminta"},
        ],
    },
    "approval_request": dict(_APPROVAL),
    "extension_request": {
        **_APPROVAL,
        "username": "ra26_0007",
        "current_end": "27 November 2026 pukul 23.59 WIB",
        "extension_until": "30 November 2026 pukul 23.59 WIB",
        "extension_reason": "Migrasi basis data belum selesai",
    },
    "extension_granted": {
        "username": "ra26_0007",
        "grant_end": "30 November 2026 pukul 23.59 WIB",
    },
    "extension_rejected": {
        "username": "ra26_0007",
        "grant_end": "27 November 2026 pukul 23.59 WIB",
        "reason": "Pekerjaan dapat diselesaikan dalam masa berlaku yang ada",
        "decided_at": "26 November 2026 pukul 10.05 WIB",
    },
    "approval_reminder": {**_APPROVAL, "reminder_count": 2, "waiting_since": "23 November 2026 pukul 09.15 WIB"},
    "decided_by_other": {
        "recipient_name": "Sri Wahyuni, S.E.",
        "decided_by": "Andreas Kurniawan, S.Kom.",
        "decision": "approved",  # "approved" | "rejected"
        "decided_at": "23 November 2026 pukul 10.05 WIB",
    },
    "reply_unclear": {
        "recipient_name": "Andreas Kurniawan, S.Kom.",
    },
    "decision_approved": {
        "decided_by_role": "approver",  # approver | backup | admin: who decided, as the requester is told
        "decided_at": "23 November 2026 pukul 10.05 WIB",
        "grant_start": "25 November 2026 pukul 08.00 WIB",
        "grant_end": "27 November 2026 pukul 17.00 WIB",
        "credentials_to": "dimas.prasetyo@mitrasolusi.co.id",
    },
    "decision_rejected": {
        "reason": "Surat permohonan belum ditandatangani oleh pimpinan instansi",
        "decided_at": "23 November 2026 pukul 10.05 WIB",
    },
    "credentials": {
        "username": "ra26_0007",
        "password": "Tq7-vWm4-Kz9p-Hs2e",
        "access_rights": ["VPN", "SSH ke server aplikasi SPSE"],
        "grant_start": "25 November 2026 pukul 08.00 WIB",
        "grant_end": "27 November 2026 pukul 17.00 WIB",
        "access_instructions": "Alamat VPN: vpn.salatiga.go.id (OpenVPN, port 1194).\n"
        "Server SPSE: 10.20.1.15, port SSH 22.",
    },
    "credentials_link": {
        "username": "ra26_0007",
        "credentials_url": "https://akses.lpse.salatiga.go.id/akun/M3bV8xQe1Ls5Nw0Yr6Tj2u",
        "link_expires": "26 November 2026 pukul 08.00 WIB",
        "grant_start": "25 November 2026 pukul 08.00 WIB",
        "grant_end": "27 November 2026 pukul 17.00 WIB",
    },
    "grant_notice": {
        "recipient_name": None,
        "username": "ra26_0007",
        "access_rights": ["VPN", "SSH ke server aplikasi SPSE"],
        "grant_start": "25 November 2026 pukul 08.00 WIB",
        "grant_end": "27 November 2026 pukul 17.00 WIB",
        "approved_by": "Andreas Kurniawan, S.Kom.",
        "approved_via": "tautan",  # "tautan" | "balasan email" | "CLI"
    },
    "expiry_warning": {
        "username": "ra26_0007",
        "grant_end": "27 November 2026 pukul 17.00 WIB",
    },
    "closed": {
        "username": "ra26_0007",
        "closed_at": "27 November 2026 pukul 11.40 WIB",
        "grant_start": "25 November 2026 pukul 08.00 WIB",
        "closed_because": "requester",  # "requester" | "expired" | "admin" | "cancelled"
        "reason": "Pekerjaan pembaruan SPSE telah selesai",  # or None
        "audience": "requester",  # "requester" | "admin"
    },
    "cancelled": {
        "reason": "Jadwal pekerjaan ditunda oleh instansi",  # or None
        "cancelled_at": "24 November 2026 pukul 13.20 WIB",
        "audience": "requester",  # "requester" | "approver"
    },
    "provisioning_failed": {
        "recipient_name": None,
        "username": "ra26_0007",
        "error": "useradd: group 'remote-akses' does not exist (exit 6)",
        "attempts": 5,
    },
    "oversized": {
        "number": None,
        "request": None,
        "recipient_name": None,
        "subject": "Permohonan remote akses PT Mitra Solusi Informatika",
        "size_text": "38 MB",
        "limit_text": "25 MB",
    },
    "quarantined": {
        "number": None,
        "request": None,
        "recipient_name": None,
        "subject": "Permohonan akses server",
        "sender": "budi.santoso@contoh-vendor.co.id",
        "reason": "Lampiran DOCX rusak: berkas tidak dapat dibuka (BadZipFile)",
        "folder": "Karantina",
        "message_id": "<20261123021455.4821@contoh-vendor.co.id>",
    },
    "admin_alert": {
        "recipient_name": None,
        # "bounce" | "spoofed_decision" | "unauthorized" | "uidvalidity" | "silent_mailbox" | "send_failed" | "smtp_unreachable" | "other"
        "alert": "spoofed_decision",
        "summary": "Balasan berisi SETUJU diterima dari alamat yang bukan alamat Kasubag Pengelolaan LPSE.",
        "details": [
            "Pengirim: andreas.kurniawan@gmail.com",
            "Message-ID: <CAF3x9=QpL2@mail.gmail.com>",
            "Hasil Authentication-Results: dmarc=fail",
        ],
    },
    "digest": {
        "number": None,
        "request": None,
        "recipient_name": None,
        "period_label": "16-22 November 2026",
        "generated_at": "23 November 2026 pukul 07.00 WIB",
        "counts": {"received": 3, "waiting": 1, "active": 1, "closed": 1, "overdue": 1},
        "received": [
            {
                "number": "RA-2026-0005",
                "name": "Rina Kartika",
                "institution": "CV Data Prima",
                "state": "closed",
                "since": "16 November 2026 pukul 10.02 WIB",
                "until": "18 November 2026 pukul 16.00 WIB",
            },
            {
                "number": "RA-2026-0006",
                "name": "Yusuf Hidayat",
                "institution": "Dinas Kominfo Kota Salatiga",
                "state": "active",
                "since": "19 November 2026 pukul 08.30 WIB",
                "until": "24 November 2026 pukul 17.00 WIB",
            },
            {
                "number": NUMBER,
                "name": "Dimas Prasetyo",
                "institution": "PT Mitra Solusi Informatika",
                "state": "pending_approval",
                "since": "22 November 2026 pukul 09.12 WIB",
                "until": None,
            },
        ],
        "waiting": [
            {
                "number": NUMBER,
                "name": "Dimas Prasetyo",
                "institution": "PT Mitra Solusi Informatika",
                "state": "pending_approval",
                "since": "22 November 2026 pukul 09.12 WIB",
                "until": None,
            },
        ],
        "active": [
            {
                "number": "RA-2026-0006",
                "name": "Yusuf Hidayat",
                "institution": "Dinas Kominfo Kota Salatiga",
                "state": "active",
                "since": "19 November 2026 pukul 08.30 WIB",
                "until": "24 November 2026 pukul 17.00 WIB",
            },
        ],
        "closed": [
            {
                "number": "RA-2026-0005",
                "name": "Rina Kartika",
                "institution": "CV Data Prima",
                "state": "closed",
                "since": "16 November 2026 pukul 13.00 WIB",
                "until": "18 November 2026 pukul 15.22 WIB",
            },
        ],
        "overdue": [
            {
                "number": "RA-2026-0004",
                "name": "Agus Salim",
                "institution": "PT Sarana Teknologi",
                "state": "needs_info",
                "since": "10 November 2026 pukul 14.45 WIB",
                "until": None,
            },
        ],
        "attachments": [
            "Formulir-Pencatatan-Remote-Akses-2026-11-16.xlsx",
            "Formulir-Pencatatan-Remote-Akses-2026-11-16.pdf",
        ],
    },
}

# The keys each message adds to COMMON (its own contract; a test removes each in turn).
EXTRA_KEYS: dict[str, frozenset[str]] = {
    name: frozenset(k for k in extras if k not in COMMON) for name, extras in _EXTRAS.items()
}

SAMPLES: dict[str, dict[str, Any]] = {name: {**COMMON, **extras} for name, extras in _EXTRAS.items()}


def sample(name: str, lang: str = "id", **changes: Any) -> dict[str, Any]:
    """A deep copy of the sample for `name` in `lang`, with `changes` applied."""
    ctx = copy.deepcopy(SAMPLES[name])
    ctx["lang"] = lang
    ctx.update(changes)
    return ctx

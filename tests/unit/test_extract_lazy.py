"""`extract_fields` guesses a source's prose fields only when no earlier source gives them: the
result must be exactly the eager one (every source's labelled values, then every source's full
guesses, merged most trusted first)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from daemon.core import extract, prose
from daemon.core.extract import _Guesses, _labelled, _merge, _sources, _with_fallbacks, extract_fields
from daemon.core.fields import RequestFields
from daemon.core.message import Attachment, ParsedMessage
from daemon.mail.parser import UnparseableMessage, parse_message

TODAY = date(2026, 11, 20)
VOCABULARIES = (("ssh", "vpn", "database-readonly", "spse-admin"), ("SSH", "VPN", "database"))
OFFICE = frozenset({"lpse@salatiga.go.id", "admin.lpse@salatiga.go.id", "kasubag.lpse@salatiga.go.id"})
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _eager(msg: ParsedMessage, rights: tuple[str, ...]) -> RequestFields:
    sources, fwd_headers = _sources(msg)
    layers = [_labelled(s, TODAY, rights) for s in sources] + [_Guesses(s, TODAY, rights).all() for s in sources]
    return _with_fallbacks(_merge(layers), msg, fwd_headers, OFFICE)


def _assert_same(msg: ParsedMessage) -> None:
    for rights in VOCABULARIES:
        assert extract_fields(msg, today=TODAY, rights=rights, office_people=OFFICE) == _eager(msg, rights)


def _parseable(path: Path) -> bool:
    try:
        parse_message(path.read_bytes())
    except UnparseableMessage:
        return False  # quarantined before anything is read from it
    return True


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.eml") if _parseable(p)))
def test_corpus_message_lazy_equals_eager(name: str) -> None:
    _assert_same(parse_message((CORPUS / name).read_bytes()))


LABELLED = """Yth. Admin LPSE

Nama: Budi Santoso
Instansi: PT Maju Jaya Teknologi
Email: budi.santoso@majujaya.co.id
No. HP: 0812-3456-7890
Keperluan: Pemeliharaan server SPSE
Hak Akses: SSH, VPN
Periode: 23 - 25 November 2026
Jam: 09.00 - 16.00 WIB
Nomor Surat: 045/MJT/XI/2026
Tanggal Surat: 18 November 2026
"""
LABELLED_WAKTU = LABELLED.replace("Jam:", "Waktu:")  # read as a period: only a start time
LABELLED_PARTIAL = "Nama: Citra Lestari\nHak akses: VPN\n"
LABELLED_ROOT = "Nama: Dedi\nHak Akses: SSH, root, AnyDesk\nTanggal mulai: 24 November 2026\n"
LABELLED_GRANTED = "Nama: Eka\nHak Akses: SSH\n"
LABELLED_ENGLISH = (
    "Name: John Carter\nCompany: Acme Ltd\nE-mail: john@acme.example\nPhone: +62 811 222 333\n"
    "Purpose: database maintenance\nAccess: database read only\nStart date: 1 December 2026\n"
    "End date: 3 December 2026\n"
)
PROSE = """Salatiga, 18 November 2026

Nomor : 112/ATN/XI/2026
Perihal : Permohonan akses remote

Dengan hormat,
Kami dari PT Atlas Nusantara mengajukan permohonan akses SSH dan VPN ke server LPSE untuk
Sdr. Rahmat Hidayat (rahmat@atlas.co.id) guna pemeliharaan aplikasi, pada tanggal
24 s.d. 26 November 2026 pukul 08.00 - 17.00 WIB.

Hormat kami,

Rahmat Hidayat
Telp. 0813 1111 2222
"""
PROSE_ROOT = (
    "Dengan hormat, kami mohon diberikan akses root dan sudo ke server database serta akses FTP "
    "untuk Bapak Agus Salim mulai besok sampai 30 November 2026.\n\nTerima kasih,\nAgus Salim\n"
)
PROSE_NEGATED = "Mohon akses VPN saja, tidak perlu SSH, untuk minggu depan.\n\nSalam,\nWati\n"
PROSE_DECOY = (
    "Sesuai Kontrak Nomor 027/PMJ/XI/2026 tanggal 2 November 2026, kami mohon akses ssh pada "
    "tanggal 1 Desember 2026 untuk Ibu Sari Wulandari, sari@pmj.co.id.\n\nHormat kami,\nSari Wulandari\n"
)
PROSE_ENGLISH = (
    "Hello,\n\nOn behalf of Globex Ltd we kindly request VPN access for our engineer Mr. Hank Scorpio "
    "from 2 to 4 December 2026, 10:00 - 15:00, to upgrade the database.\n\nBest regards,\nHank Scorpio\n"
)
SIGNATURE_PHONE = "Mohon dibantu aksesnya.\n\n-- \nWawan Setiawan\nDinas Kominfo\nHP 0857-1234-5678\n"
SSH_KEY = (
    "Nama: Budi\nHak akses: ssh\nKunci publik: ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIGq0bVmQ2z3W0yH3a0dL4n8nq6bq3JmQ0sV5YvUOnk3B budi@laptop\n"
)
ONLY_RIGHTS_WORDS = "Hak Akses: root\n"
EMPTY_ISH = "Terima kasih.\n"
FORWARD = """Mohon diproses.

---------- Forwarded message ---------
From: Rina Marlina <rina@dinas.go.id>
Date: Wed, 18 Nov 2026 10:00
Subject: Permohonan akses
To: <lpse@salatiga.go.id>

Dengan hormat, kami mohon akses VPN untuk Sdr. Rina Marlina pada 25 November 2026.

Hormat kami,
Rina Marlina
"""
FORWARD_LABELLED = FORWARD.replace("Dengan hormat, kami mohon", "Nama: Rina Marlina\nHak Akses: SSH, sudo\nKami mohon")

TEXTS = (
    LABELLED,
    LABELLED_WAKTU,
    LABELLED_PARTIAL,
    LABELLED_ROOT,
    LABELLED_GRANTED,
    LABELLED_ENGLISH,
    PROSE,
    PROSE_ROOT,
    PROSE_NEGATED,
    PROSE_DECOY,
    PROSE_ENGLISH,
    SIGNATURE_PHONE,
    SSH_KEY,
    ONLY_RIGHTS_WORDS,
    EMPTY_ISH,
    FORWARD,
    FORWARD_LABELLED,
    LABELLED + "\n" + PROSE,
    PROSE + "\n" + LABELLED_PARTIAL,
)


def _msg(
    text: str, *attachments: tuple[str, str], subject: str = "Permohonan akses", sender: str = "budi@majujaya.co.id", name: str = "Budi"
) -> ParsedMessage:
    atts = tuple(Attachment(filename=f"a{i}", content_type=ct, size=len(t), text=t) for i, (ct, t) in enumerate(attachments))
    return ParsedMessage(message_id="<x@y>", subject=subject, from_addr=sender, from_name=name, text=text, attachments=atts)


PDF = "application/pdf"
RFC822 = "message/rfc822"
ATTACHED_MAIL = "From: Joko <joko@vendor.co.id>\nSubject: Permohonan\n\n" + PROSE_ENGLISH

MESSAGES = [_msg(t) for t in TEXTS] + [
    _msg("Terlampir surat permohonan kami.", (PDF, LABELLED)),
    _msg("Terlampir surat permohonan kami.", (PDF, PROSE)),
    _msg(LABELLED_PARTIAL, (PDF, PROSE)),
    _msg(LABELLED_PARTIAL, (PDF, PROSE_ROOT), (PDF, LABELLED_ENGLISH)),
    # labelled words in the mail, other words in the attachment: the labelled words and their asks stay
    _msg(LABELLED_GRANTED, (PDF, PROSE_ROOT)),
    _msg(LABELLED_ROOT, (PDF, PROSE_NEGATED)),
    _msg(ONLY_RIGHTS_WORDS, (PDF, PROSE)),
    _msg(PROSE_NEGATED, (PDF, LABELLED_ROOT)),
    _msg(SIGNATURE_PHONE),
    _msg("Mohon akses VPN untuk besok.\n\n-- \nBudi\n0812 9999 8888\n"),
    _msg(EMPTY_ISH + "\n-- \nDinas Kominfo\nTelp (0298) 321 456\n", (PDF, PROSE_DECOY)),
    _msg(FORWARD, subject="Fwd: Permohonan akses", sender="admin.lpse@salatiga.go.id", name="Admin LPSE"),
    _msg(FORWARD_LABELLED, subject="Fwd: Permohonan akses", sender="admin.lpse@salatiga.go.id", name="Admin LPSE"),
    _msg(FORWARD, (PDF, LABELLED), subject="Fwd: Permohonan akses", sender="admin.lpse@salatiga.go.id"),
    _msg("Diteruskan.", (RFC822, ATTACHED_MAIL), subject="Fw: Permohonan", sender="admin.lpse@salatiga.go.id"),
    _msg("Diteruskan.", (RFC822, ATTACHED_MAIL), (PDF, LABELLED_PARTIAL), subject="Fw: Permohonan"),
    _msg(EMPTY_ISH, (PDF, "   "), (PDF, SSH_KEY)),
    _msg("", (PDF, EMPTY_ISH)),
    _msg(PROSE_ENGLISH, subject="Request", sender="hank@globex.example", name="Sekretariat Globex"),
]


@pytest.mark.parametrize("msg", MESSAGES, ids=range(len(MESSAGES)))
def test_handmade_message_lazy_equals_eager(msg: ParsedMessage) -> None:
    _assert_same(msg)


KNOWN = (
    RequestFields(),
    RequestFields(name="X", period_start=date(2026, 12, 1)),
    RequestFields(period_end=date(2026, 12, 9), end_time=None),
    RequestFields(access_rights_text="SSH", access_rights_ungranted=()),
    RequestFields(access_rights_text="root", access_rights_ungranted=("root",)),
    RequestFields(access_rights_ungranted=("root",)),  # not made by any reading, but `merged` allows it
    RequestFields(access_rights=("vpn",), email="a@b.c", phone="0812", ssh_public_key="ssh-ed25519 AAAA"),
)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_fill_is_the_full_guesses_under_what_is_known(text: str) -> None:
    for rights in VOCABULARIES:
        full = _Guesses(text, TODAY, rights).all()
        for known in (*KNOWN, _labelled(text, TODAY, rights)):
            assert _Guesses(text, TODAY, rights).fill(known) == full.merged(known)


def test_a_fully_labelled_letter_guesses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("guessed a field the labels give")

    for name in ("purpose", "access_span", "find_ssh_public_key", "_own_letter_number", "_without_letter_dates"):
        monkeypatch.setattr(extract, name, boom)
    for name in ("person_name", "signature", "institution"):
        monkeypatch.setattr(prose, name, boom)
    known = _labelled(LABELLED, TODAY, VOCABULARIES[0])
    known = replace(known, ssh_public_key="ssh-ed25519 AAAA")
    filled = _Guesses(PROSE, TODAY, VOCABULARIES[0]).fill(known)
    assert filled == known


def test_remembered_label_values_are_the_callers_own_copy() -> None:
    """`labelled_values` remembers its last texts; what it hands out must not be the remembered object."""
    from daemon.core.labels import labelled_values

    text = "Nama: Budi Santoso\nInstansi: PT Maju Jaya\nNama: Siti"
    first = labelled_values(text)
    first["name"].append("changed")
    first["institution"] = ["changed"]
    assert labelled_values(text) == {"name": ["Budi Santoso", "Siti"], "institution": ["PT Maju Jaya"]}


def test_the_corpus_reads_the_same_with_the_caches_cleared_before_every_message() -> None:
    """The remembered answers (labels, quotes, forwards) change nothing: each letter of the corpus gives the
    same fields whether the caches are warm from the letters before it or cleared."""
    from daemon.core import labels, quote

    caches = (labels._labelled_values, labels.normalize_label, quote.quote_start, quote.new_text, quote.forwarded_part)
    msgs = [parse_message(path.read_bytes()) for path in sorted(CORPUS.glob("*.eml")) if _parseable(path)]
    warm = [extract_fields(m, today=TODAY, rights=VOCABULARIES[0], office_people=OFFICE) for m in msgs]
    cold = []
    for m in msgs:
        for cache in caches:
            cache.cache_clear()
        cold.append(extract_fields(m, today=TODAY, rights=VOCABULARIES[0], office_people=OFFICE))
    assert len(msgs) > 50 and warm == cold

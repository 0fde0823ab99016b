"""Field extraction: labels in both languages, prose, signatures, forwards, attachments, rights."""

from datetime import date, time

from daemon.core.extract import extract_fields, extract_from_text, letter_date
from daemon.core.message import Attachment, ParsedMessage

TODAY = date(2026, 11, 20)
RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")


def test_labelled_indonesian() -> None:
    text = """Dengan hormat,
Nama Lengkap : Budi Santoso
Nama Perusahaan : PT Maju Jaya
Surel : budi@maju.co.id
No. HP/WA : 0812-3456-7890
Keperluan : Pemeliharaan server SPSE
Jenis Akses : SSH dan VPN
Waktu : 25 s.d. 27 November 2026 pukul 09.00 - 16.00 WIB
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert (f.name, f.institution, f.email, f.phone) == ("Budi Santoso", "PT Maju Jaya", "budi@maju.co.id", "081234567890")
    assert f.purpose == "Pemeliharaan server SPSE"
    assert f.access_rights == ("ssh", "vpn")
    assert (f.period_start, f.period_end) == (date(2026, 11, 25), date(2026, 11, 27))
    assert (f.start_time, f.end_time) == (time(9), time(16))


def test_labelled_english_with_start_and_end() -> None:
    text = "Name: John Doe\nCompany: Acme Ltd\nPhone: +62 811 222 333\nPurpose: DB tuning\nAccess: database (read only)\nStart: 25/11/2026\nEnd: 27/11/2026"
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.name == "John Doe" and f.institution == "Acme Ltd" and f.phone == "+62811222333"
    assert f.access_rights == ("database-readonly",)
    assert (f.period_start, f.period_end) == (date(2026, 11, 25), date(2026, 11, 27))


def test_prose_letter_ignores_letter_date_and_number() -> None:
    text = """Salatiga, 18 November 2026
Nomor : 045/SMI/XI/2026
Perihal : Permohonan Remote Akses

Kepada Yth. Kepala LPSE Kota Salatiga

Dengan hormat, kami dari PT Sinergi Media Informatika mengajukan permohonan remote akses VPN atas nama
Rudi Hartono untuk keperluan pengecekan konfigurasi web server SPSE pada tanggal 25 s.d. 27 November 2026.

Hormat kami,
PT Sinergi Media Informatika

Ahmad Direktur
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.name == "Rudi Hartono"
    assert f.institution == "PT Sinergi Media Informatika"
    assert f.purpose == "Pengecekan konfigurasi web server SPSE"
    assert f.access_rights == ("vpn",)
    assert (f.period_start, f.period_end) == (date(2026, 11, 25), date(2026, 11, 27))
    assert f.letter_number == "045/SMI/XI/2026"
    assert f.letter_date == date(2026, 11, 18)
    assert letter_date(text, TODAY) == date(2026, 11, 18)


def test_unknown_rights_dropped() -> None:
    f = extract_from_text("Hak Akses: FTP, RDP", TODAY, RIGHTS)
    assert f.access_rights == ()


def test_direct_request_email_falls_back_to_sender() -> None:
    msg = ParsedMessage(message_id=None, subject="Permohonan", from_addr="budi@x.co.id", from_name="Budi",
                        text="Nama: Budi Santoso\nInstansi: PT X")
    assert extract_fields(msg, today=TODAY, rights=RIGHTS).email == "budi@x.co.id"


def test_forward_by_admin_uses_forwarded_sender() -> None:
    text = """Mohon diproses.

---------- Forwarded message ---------
From: Teguh Prasetyo <teguh@bpk.go.id>
Date: Thu, 19 Nov 2026 at 10:00
Subject: Permohonan remote akses
To: <admin.lpse@salatiga.go.id>

Dengan hormat, kami mengajukan permohonan akses VPN untuk keperluan audit TI pada 30 November s.d. 4 Desember 2026.
"""
    msg = ParsedMessage(message_id=None, subject="Fwd: Permohonan remote akses", from_addr="admin.lpse@salatiga.go.id",
                        from_name="Admin LPSE", text=text)
    f = extract_fields(msg, today=TODAY, rights=RIGHTS, office_people=frozenset({"admin.lpse@salatiga.go.id"}))
    assert f.email == "teguh@bpk.go.id"
    assert f.name == "Teguh Prasetyo"
    assert (f.period_start, f.period_end) == (date(2026, 11, 30), date(2026, 12, 4))


def test_attached_letter_fills_fields_labels_beat_prose() -> None:
    letter = "Nama: Sari Dewi\nInstansi: CV Data Prima\nTujuan: Migrasi data\nHak Akses: SSH\nPeriode: 1-3 Desember 2026"
    msg = ParsedMessage(message_id=None, subject="Permohonan", from_addr="sekretaris@dataprima.co.id",
                        text="Terlampir surat permohonan kami atas nama Bapak Joko.",
                        attachments=(Attachment("surat.pdf", "application/pdf", 100, letter),))
    f = extract_fields(msg, today=TODAY, rights=RIGHTS)
    assert f.name == "Sari Dewi" and f.institution == "CV Data Prima" and f.access_rights == ("ssh",)
    assert (f.period_start, f.period_end) == (date(2026, 12, 1), date(2026, 12, 3))


def test_quoted_text_is_not_read() -> None:
    msg = ParsedMessage(message_id=None, subject="Re: x", from_addr="b@x.co.id",
                        text="Hak Akses: VPN\n\nPada 19 Nov 2026 LPSE <lpse@salatiga.go.id> menulis:\n> Hak Akses: ssh, vpn, database-readonly")
    assert extract_fields(msg, today=TODAY, rights=RIGHTS).access_rights == ("vpn",)

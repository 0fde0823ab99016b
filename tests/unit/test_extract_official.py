"""Field extraction from official letters and forms: letterheads, signature blocks with NIP, the
user named in the body, tick-box forms, month-long periods, signatures under "-- ". Every example
here is written for this test (none is copied from a corpus)."""

from __future__ import annotations

from datetime import date

from daemon.core.extract import extract_fields, extract_from_text
from daemon.core.message import ParsedMessage
from daemon.core.rights import normalize_rights

TODAY = date(2026, 11, 20)  # a Friday
RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")


def test_ticked_options_listed_under_an_empty_label() -> None:
    text = """Nama        : Dewi Anggraini
Jenis akses (centang):
  [x] SSH
  [  ] VPN
  [x] Database (read only)
  [ ] Admin SPSE
Keperluan   : sinkronisasi data vendor
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.access_rights == ("ssh", "database-readonly")
    assert f.purpose == "sinkronisasi data vendor"


def test_lettered_sub_items_under_an_empty_label() -> None:
    text = "3. Nama : Fajar Nugroho\n4. Akses yang diminta:\n   a. SSH ke server aplikasi\n   b. Admin SPSE\n" \
           "5. Tujuan : pemindahan log\n"
    assert extract_from_text(text, TODAY, RIGHTS).access_rights == ("ssh", "spse-admin")


def test_tick_boxes_with_wide_brackets_and_v_marks() -> None:
    assert normalize_rights("[X] VPN   [   ] SSH   [X] Admin SPSE", RIGHTS) == ("vpn", "spse-admin")
    assert normalize_rights("(v) SSH  ( ) VPN  (v) Database read only", RIGHTS) == ("ssh", "database-readonly")


def test_negated_aside_in_parentheses() -> None:
    value = "SSH and VPN (no database or SPSE admin needed)"
    assert normalize_rights(value, RIGHTS) == ("ssh", "vpn")
    assert normalize_rights("Database (full access)", RIGHTS) == ()


def test_name_with_comma_then_date_is_no_place_line() -> None:
    text = "Mohon akses VPN untuk staf kami,\nIbu Sekar Ayu, mulai tgl 7/12 s.d. 9/12.\n"
    f = extract_from_text(text, TODAY, RIGHTS)
    assert (f.period_start, f.period_end) == (date(2026, 12, 7), date(2026, 12, 9))


def test_phone_from_the_signature_under_dashes() -> None:
    body = "Dengan hormat,\n\nKami mohon akses SSH untuk migrasi aplikasi besok.\n\nTerima kasih.\n\n" \
           "-- \nYoga Permana\nDiskominfo Kabupaten Semarang\nHP/WA: 0812-7788-1200\n"
    msg = ParsedMessage(message_id="<x@y>", from_addr="yoga@example.go.id", from_name="Yoga Permana",
                        to=("lpse@example.go.id",), subject="akses", text=body)
    assert extract_fields(msg, today=TODAY, rights=RIGHTS).phone == "081277881200"


def test_user_named_in_the_body_not_the_region_or_the_role() -> None:
    text = """Dengan hormat,

Dalam rangka evaluasi kinerja pengadaan, kami mohon akses VPN bagi pegawai kami dari Perwakilan
Provinsi Bali, Sdr. Made Wirawan, S.Kom., mulai 3 Desember 2026 selama 2 hari.

Plt. Kepala Perwakilan,

Ir. Nyoman Sudarsana, M.T.
NIP 19750203 200012 1 001
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.name == "Made Wirawan, S.Kom."


def test_signer_above_the_nip_when_nobody_else_is_named() -> None:
    text = """Dengan hormat,

Kami mohon akses SSH ke server SPSE untuk keperluan audit konfigurasi pada 8 Desember 2026.

Sekretaris Dinas,


HENDRA KURNIAWAN, S.T., M.M.
Pembina
NIP. 19790505 200501 1 003
"""
    assert extract_from_text(text, TODAY, RIGHTS).name == "Hendra Kurniawan, S.T., M.M."


def test_an_office_mailbox_is_no_name() -> None:
    body = "Mohon akses VPN untuk auditor kami, Bp. Teguh Santosa, tanggal 9 Desember 2026.\n"
    msg = ParsedMessage(message_id="<a@b>", from_addr="tu@example.go.id", from_name="Tata Usaha Inspektorat",
                        subject="akses", text=body)
    f = extract_fields(msg, today=TODAY, rights=RIGHTS)
    assert f.name == "Teguh Santosa"
    msg2 = ParsedMessage(message_id="<a@c>", from_addr="tu@example.go.id", from_name="Sekretariat Dinas Kominfo",
                         subject="akses", text="Mohon akses VPN besok untuk uji aplikasi.\n")
    assert extract_fields(msg2, today=TODAY, rights=RIGHTS).name is None


def test_institution_tidying() -> None:
    from daemon.core.prose import tidy_org

    assert tidy_org("Orchid Networks Pte. Ltd. (Singapore)") == "Orchid Networks Pte. Ltd."
    assert tidy_org("Kernel Nusantara (CV)") == "Kernel Nusantara (CV)"
    assert tidy_org("Subdirektorat Layanan Data - BPS") == "Subdirektorat Layanan Data, BPS"
    assert tidy_org("PT Sinar Data - Surabaya") == "PT Sinar Data"
    assert tidy_org("Sekretariat Dinas Perhubungan Kota Magelang") == "Dinas Perhubungan Kota Magelang"
    assert tidy_org("Fakultas Hukum Universitas Diponegoro") == "Universitas Diponegoro"
    assert tidy_org("Inspektorat Kabupaten Demak Nomor") == "Inspektorat Kabupaten Demak"


def test_university_beats_the_faculty() -> None:
    text = "Saya dosen pada Program Studi Akuntansi\nUniversitas Muria Kudus, mohon akses database read only " \
           "untuk penelitian pada 10 Desember 2026.\n"
    assert extract_from_text(text, TODAY, RIGHTS).institution == "Universitas Muria Kudus"

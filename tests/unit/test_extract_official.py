"""Field extraction from official letters and forms: letterheads, signature blocks with NIP, the
user named in the body, tick-box forms, month-long periods, signatures under "-- ". Every example
here is written for this test (none is copied from a corpus)."""

from __future__ import annotations

from datetime import date

from daemon.core.dates import parse_range
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

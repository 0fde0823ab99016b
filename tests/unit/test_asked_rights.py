"""The rights as the letter asks them (issue 8.3): its own words kept, every ask outside the vocabulary named."""

from __future__ import annotations

from datetime import date

import pytest

from daemon.core.asked_rights import ungranted
from daemon.core.extract import extract_from_text
from daemon.core.fields import RequestFields

VOCABULARY = ("ssh", "vpn", "database-readonly", "spse-admin")
TODAY = date(2026, 12, 1)


def read(body: str, vocabulary: tuple[str, ...] = VOCABULARY) -> RequestFields:
    return extract_from_text(body, TODAY, vocabulary)


@pytest.mark.parametrize(
    ("value", "granted", "flagged"),
    [
        ("SSH dengan sudo", ("ssh",), ("SSH dengan sudo",)),
        ("root", (), ("root",)),
        ("database read/write", ("database-readonly",), ("database read/write",)),
        ("superuser PostgreSQL", ("database-readonly",), ("superuser PostgreSQL",)),
        ("AnyDesk", (), ("AnyDesk",)),
        ("VPN, TeamViewer", ("vpn",), ("TeamViewer",)),
        ("Telnet", (), ("Telnet",)),
        ("SSH, VPN", ("ssh", "vpn"), ()),
        ("Database (hanya baca / read only)", ("database-readonly",), ()),
        ("SSH (tidak perlu root)", ("ssh",), ()),
    ],
)
def test_a_labelled_value_keeps_its_words_and_names_what_is_not_granted(value: str, granted: tuple[str, ...], flagged: tuple[str, ...]) -> None:
    f = read(f"Nama: Budi Santoso\nHak Akses: {value}\n")
    assert f.access_rights == granted
    assert f.access_rights_text == value
    assert f.access_rights_ungranted == flagged


def test_prose_flags_tools_and_root_but_not_the_rest_of_the_sentence() -> None:
    f = read("Dengan hormat, kami mohon akses root ke server SPSE untuk instalasi.\n")
    assert f.access_rights_ungranted == ("root",) and "akses root" in (f.access_rights_text or "")
    f = read("Mohon dibukakan akses FTP dan remote desktop (RDP) ke PC server ruang LPSE untuk upload berkas.\n")
    assert set(f.access_rights_ungranted) == {"akses FTP", "remote desktop"}
    f = read("Pak, mohon dibuatkan akun VPN untuk saya besok, mau update modul e-katalog.\n")
    assert f.access_rights == ("vpn",) and f.access_rights_ungranted == ()  # "update" of a module is no database write


def test_a_right_the_office_grants_is_not_flagged() -> None:
    assert read("Hak Akses: root\n", VOCABULARY + ("root",)).access_rights_ungranted == ()
    assert ungranted("root", ("root",), VOCABULARY + ("root",), labelled=True) == ()


def test_the_words_survive_the_round_trip_and_a_later_letter_replaces_them() -> None:
    first = read("Hak Akses: SSH dengan sudo\n")
    assert RequestFields.from_json(first.to_json()) == first
    fixed = first.merged(read("Hak Akses: SSH saja\n"))
    assert fixed.access_rights_text == "SSH saja" and fixed.access_rights_ungranted == ()


def test_a_huge_wording_is_bounded() -> None:
    f = read("Hak Akses: " + "SSH sudo " * 5_000 + "\n")
    assert len(f.access_rights_text or "") <= 300

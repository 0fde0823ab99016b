"""Letterheads (kop surat) as institutions. Every example here is written for this test."""

from __future__ import annotations

from datetime import date

from daemon.core.extract import extract_from_text
from daemon.core.letterhead import institution, letterhead_lines

RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")


def test_city_government_and_its_unit() -> None:
    text = "PEMERINTAH KABUPATEN KENDAL\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. Soekarno-Hatta No. 9 Kendal\n\nNomor : 5"
    assert institution(text) == "Dinas Komunikasi dan Informatika Kabupaten Kendal"


def test_unit_that_already_names_the_region() -> None:
    assert institution("PEMERINTAH PROVINSI JAWA TIMUR\nINSPEKTORAT PROVINSI JAWA TIMUR\n") == "Inspektorat Provinsi Jawa Timur"


def test_national_agency_branch_uses_the_initials_the_letter_uses() -> None:
    text = "BADAN PENGAWASAN KEUANGAN DAN PEMBANGUNAN\nPERWAKILAN PROVINSI NUSA TENGGARA BARAT\n\n" \
           "Tim BPKP akan melaksanakan evaluasi."
    assert institution(text) == "BPKP Perwakilan Provinsi Nusa Tenggara Barat"
    assert institution(text.split("\n\n")[0]) == "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Nusa Tenggara Barat"


def test_ministry_and_directorate() -> None:
    text = "KEMENTERIAN DALAM NEGERI\nREPUBLIK INDONESIA\nDIREKTORAT JENDERAL BINA KEUANGAN DAERAH\n"
    assert institution(text) == "Direktorat Jenderal Bina Keuangan Daerah, Kementerian Dalam Negeri"


def test_no_letterhead() -> None:
    assert letterhead_lines("Dengan hormat,\nKAMI MOHON AKSES\n") == []
    assert institution("YTH. KEPALA LPSE\n") is None


def test_letterhead_institution_in_a_letter_never_the_region_as_name() -> None:
    text = """PEMERINTAH KOTA PEKALONGAN
INSPEKTORAT DAERAH

Nomor   : 700/311/2026
Perihal : Permohonan akses

Yth. Kepala LPSE

Kami menugaskan Sdri. Laras Wening, S.Ak. (NIP 19920101 201801 2 001) untuk melakukan reviu
pengadaan dan mohon akses VPN pada 14 Desember 2026.

Inspektur Daerah,


Ir. Joko Susanto
NIP 19700101 199503 1 002
"""
    f = extract_from_text(text, date(2026, 12, 1), RIGHTS)
    assert f.institution == "Inspektorat Daerah Kota Pekalongan"
    assert f.name == "Laras Wening, S.Ak."
    assert f.letter_number == "700/311/2026"

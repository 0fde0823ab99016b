"""Purposes from prose (daemon/core/purpose.py). Every example here is written for this test."""

from __future__ import annotations

from daemon.core.purpose import purpose


def test_sehubungan_dengan_the_matter_up_to_the_comma() -> None:
    text = "Sehubungan dengan evaluasi kinerja penyedia semester II, Dinas Sosial mohon akses VPN."
    assert purpose(text) == "Evaluasi kinerja penyedia semester II"


def test_sehubungan_dengan_a_letter_is_no_purpose() -> None:
    assert purpose("Sehubungan dengan surat kami tanggal 3 Maret, kami sampaikan bahwa akses sudah cukup.") is None


def test_bermaksud_melakukan() -> None:
    text = "Kami dari Dinas X bermaksud melakukan uji beban aplikasi e-katalog lokal. Mohon akses SSH."
    assert purpose(text) == "Uji beban aplikasi e-katalog lokal"


def test_work_named_as_the_subject() -> None:
    text = "Sesuai jadwal, pekerjaan pemindahan rak server akan kami lakukan hari Sabtu."
    assert purpose(text) == "Pemindahan rak server"


def test_tersebut_resolves_to_the_title_named_before() -> None:
    text = ("Tim kami sedang melaksanakan Audit Kepatuhan atas Belanja Modal Dinas Pekerjaan Umum pada Kabupaten Y.\n\n"
            "Untuk keperluan pengujian dokumen dalam audit tersebut, kami mohon akses basis data.")
    assert purpose(text) == "Pengujian dokumen dalam Audit Kepatuhan atas Belanja Modal Dinas Pekerjaan Umum"


def test_tersebut_without_a_title_stays() -> None:
    text = "Ada kendala pada server. Untuk keperluan perbaikan kendala tersebut kami mohon akses."
    assert purpose(text) == "Perbaikan kendala tersebut"

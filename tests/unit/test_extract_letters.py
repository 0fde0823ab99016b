"""Field extraction from letters written in ways the stock patterns missed: English company letters,
signature blocks, the user named in prose, pipe tables, other documents' dates and numbers,
negated rights and tick boxes. Every example here is written for this test."""

from datetime import date

from daemon.core.access_span import access_span
from daemon.core.dates import parse_range
from daemon.core.extract import extract_from_text
from daemon.core.rights import normalize_rights

TODAY = date(2026, 11, 20)  # a Friday
RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")


def test_english_company_letter_with_signature() -> None:
    text = """Dear LPSE team,

We are writing on behalf of Kestrel Analytics Sdn Bhd. We would like remote access for our consultant,
Mr. Arjun Menon, for the purpose of migrating the archive database to the new cluster.

Kind regards,

Lim Wei Ling
Head of Delivery
Kestrel Analytics Sdn Bhd
Mobile: +60 17-222 3344
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.institution == "Kestrel Analytics Sdn Bhd"
    assert f.name == "Arjun Menon"
    assert f.phone == "+60172223344"
    assert f.purpose and f.purpose.startswith("Migrating the archive database")


def test_company_suffix_in_signature_only() -> None:
    text = "Please grant VPN access to our engineer for scheduled patching of the web servers.\n\nRegards,\n" \
           "Tom Becker\nIT Operations Manager\nBlauwerk Software GmbH | Hauptstr. 5, Berlin\nTel: +49 30 5551234\n"
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.institution == "Blauwerk Software GmbH"
    assert f.name == "Tom Becker"
    assert f.purpose and f.purpose.lower().startswith("scheduled patching")


def test_user_named_in_prose_keeps_degrees_and_beats_signer() -> None:
    text = """Dengan hormat,
Akses VPN tersebut akan digunakan oleh Sdri. Ratna Kusumawati, S.E., Ak., CA (Auditor) selama 2 hari.

Hormat kami,
Bambang Irawan
Kepala Seksi Evaluasi
"""
    assert extract_from_text(text, TODAY, RIGHTS).name == "Ratna Kusumawati, S.E., Ak., CA"


def test_title_line_in_sign_off_is_not_a_name() -> None:
    text = """Kami memerlukan akses VPN ke server SPSE.

Magelang, 18 November 2026
a.n. Kepala Dinas
Koordinator Bidang Pengawasan Aplikasi,

Ir. Wahyu Setiadi, M.T.

Dinas Komunikasi dan Informatika Kabupaten Magelang
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert f.name == "Wahyu Setiadi, M.T."
    assert f.institution == "Dinas Komunikasi dan Informatika Kabupaten Magelang"


def test_addressee_government_is_not_the_institution() -> None:
    text = """Yth. Kepala Bagian Pengadaan
Pemerintah Kota Salatiga

Dalam rangka evaluasi pengadaan Pemerintah Kota Salatiga, kami memerlukan akses basis data.

Hormat kami,
Anisa Putri
Perwakilan BPKP Provinsi Jawa Barat
"""
    assert extract_from_text(text, TODAY, RIGHTS).institution == "Perwakilan BPKP Provinsi Jawa Barat"


def test_pipe_table_columns() -> None:
    text = """Kami ajukan akses remote dengan data berikut:

| No | Nama           | Instansi          | Hak Akses | Mulai      | Selesai    |
|----|----------------|-------------------|-----------|------------|------------|
| 1  | Yudha Pradana  | PT Arunika Sistem | SSH       | 07/12/2026 | 09/12/2026 |

Salam,
Melati (admin proyek)
"""
    f = extract_from_text(text, TODAY, RIGHTS)
    assert (f.name, f.institution, f.access_rights) == ("Yudha Pradana", "PT Arunika Sistem", ("ssh",))
    assert (f.period_start, f.period_end) == (date(2026, 12, 7), date(2026, 12, 9))
    assert f.letter_number is None


def test_two_cell_pipe_rows() -> None:
    f = extract_from_text("| Nama | Citra Lestari |\n| Instansi | CV Mitra Data |\n| Hak akses | VPN |\n", TODAY, RIGHTS)
    assert (f.name, f.institution, f.access_rights) == ("Citra Lestari", "CV Mitra Data", ("vpn",))


def test_working_days_skip_the_weekend() -> None:
    span = parse_range("selama 4 (empat) hari kerja mulai Kamis, 3 Desember 2026", TODAY)
    assert (span.start, span.end) == (date(2026, 12, 3), date(2026, 12, 8))


def test_contract_period_is_not_the_access_period() -> None:
    text = ("Berdasarkan Kontrak Nomor 12/KTR/2026 dengan masa pelaksanaan 1 Oktober s.d. 31 Desember 2026, "
            "kami mohon akses VPN pada tanggal 7 Desember 2026 sampai dengan 9 Desember 2026.")
    span = access_span(text, TODAY)
    assert (span.start, span.end) == (date(2026, 12, 7), date(2026, 12, 9))


def test_assignment_period_then_access_sentence() -> None:
    text = ("Sesuai Surat Tugas tanggal 10 November 2026 (periode penugasan 23 November s.d. 11 Desember 2026) "
            "kami memerlukan akses basis data. Akses akan digunakan selama 3 hari kerja mulai Jumat, 4 Desember 2026.")
    span = access_span(text, TODAY)
    assert (span.start, span.end) == (date(2026, 12, 4), date(2026, 12, 8))


def test_only_other_documents_dates_give_no_period() -> None:
    span = access_span("Sesuai kontrak tanggal 2 Oktober 2026, kami mohon akses VPN.", TODAY)
    assert (span.start, span.end) == (None, None)


def test_date_without_a_year_with_day_name_and_time() -> None:
    span = parse_range("Rencana remote hari Selasa 1/12 jam 10.00 s.d. Rabu 2/12", TODAY)
    assert (span.start, span.end) == (date(2026, 12, 1), date(2026, 12, 2))
    assert parse_range("layanan tersedia 24/7", TODAY).start is None


def test_negated_rights_in_a_labelled_value_and_prose() -> None:
    assert normalize_rights("VPN saja, tidak perlu database", RIGHTS) == ("vpn",)
    assert normalize_rights("SSH; tanpa akses admin SPSE", RIGHTS) == ("ssh",)
    text = "Kami memerlukan akses VPN. Kami tidak memerlukan akses database."
    assert normalize_rights(text, RIGHTS, prose=True) == ("vpn",)


def test_only_ticked_boxes_count() -> None:
    form = "Jenis akses:\n☒ VPN\n☐ SSH\n☐ Database (read-only)\n✓ Admin SPSE\n"
    assert normalize_rights(form, RIGHTS, prose=True) == ("vpn", "spse-admin")
    inline = "[x] SSH   [ ] VPN   [ ] Database read-only"
    assert normalize_rights(inline, RIGHTS, prose=True) == ("ssh",)


def test_letter_number_is_the_letters_own() -> None:
    text = """Nomor : 045/ADS/XII/2026
Hal   : Permohonan akses

Sehubungan dengan Kontrak No. 77/SPK/PPK/X/2026, kami mohon akses SSH."""
    assert extract_from_text(text, TODAY, RIGHTS).letter_number == "045/ADS/XII/2026"
    cited = "Sesuai SPK Nomor 88/SPK/2026 dan Surat Tugas Nomor ST-12/PW/2026, kami mohon akses VPN."
    assert extract_from_text(cited, TODAY, RIGHTS).letter_number is None

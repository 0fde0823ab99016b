"""Quote stripping: the reply's own words only, in Indonesian and English mail clients' shapes."""

from daemon.core.quote import forwarded_part, new_text, split_header_block


def test_gt_lines_dropped() -> None:
    assert new_text("SETUJU\n> TOLAK\n> old") == "SETUJU"


def test_indonesian_gmail_header_wrapped() -> None:
    text = "Sudah selesai, mohon ditutup.\n\nPada Sen, 23 Nov 2026 pukul 10.00 LPSE Kota Salatiga <\nlpse@salatiga.go.id> menulis:\n> PERPANJANG"
    assert new_text(text) == "Sudah selesai, mohon ditutup."


def test_english_on_wrote_wrapped() -> None:
    text = "Done, thanks.\n\nOn Mon, Nov 23, 2026 at 10:00 AM LPSE Kota Salatiga\n<lpse@salatiga.go.id> wrote:\nquoted"
    assert new_text(text) == "Done, thanks."


def test_original_message_separators() -> None:
    for sep in ("-----Original Message-----", "-----Pesan Asli-----", "----- Original Message -----", "----- Pesan Asli -----"):
        assert new_text(f"TOLAK tidak lengkap\n{sep}\nFrom: x\nSETUJU") == "TOLAK tidak lengkap"


def test_outlook_blocks_both_languages() -> None:
    en = "ok\n\nFrom: LPSE <lpse@salatiga.go.id>\nSent: Monday, 23 November 2026 10:00\nTo: Budi\nSubject: x\n\nold"
    idn = "ok\n________________________________\nDari: LPSE <lpse@salatiga.go.id>\nDikirim: Senin\nKepada: Budi\nPerihal: x\nold"
    assert new_text(en) == "ok"
    assert new_text(idn) == "ok"


def test_memo_letter_header_is_not_a_quote() -> None:
    memo = "Kepada: Kepala LPSE\nDari: PT Maju Jaya\nTanggal: 20 November 2026\nPerihal: Permohonan remote akses\n\nIsi"
    assert "Isi" in new_text(memo)


def test_signatures() -> None:
    assert new_text("SETUJU\n\nSent from my iPhone") == "SETUJU"
    assert new_text("SETUJU\n-- \nKasubag LPSE\nTOLAK") == "SETUJU"
    assert new_text("selesai\nDikirim dari Yahoo Mail di Android") == "selesai"


def test_forwarded_part() -> None:
    text = "Mohon diproses.\n\n---------- Forwarded message ---------\nFrom: Budi <budi@x.co.id>\nDate: Thu, 19 Nov 2026\nSubject: Permohonan\nTo: admin@salatiga.go.id\n\nNama: Budi"
    assert new_text(text) == "Mohon diproses."
    part = forwarded_part(text)
    assert part is not None
    headers, body = split_header_block(part)
    assert headers["from"] == "Budi <budi@x.co.id>"
    assert body == "Nama: Budi"


def test_no_quote() -> None:
    assert new_text("Nama: Budi\nInstansi: PT X") == "Nama: Budi\nInstansi: PT X"
    assert forwarded_part("Nama: Budi") is None

"""parse_message on real-world malformations: never an exception except UnparseableMessage."""

import io
from email.message import EmailMessage

import docx
import pytest

from daemon.mail.parser import UnparseableMessage, parse_message


def _raw(body: str, headers: str = "From: Budi <budi@x.co.id>\nTo: lpse@salatiga.go.id\nSubject: t\n") -> bytes:
    return (headers + body).encode("utf-8", "surrogateescape")


def test_unknown_charset_falls_back() -> None:
    raw = _raw("\nNama: B\xe9di\n", "From: b@x.co.id\nSubject: =?x-unknown?Q?Permohonan?=\nContent-Type: text/plain; charset=x-bogus\n")
    raw = raw.replace("\xe9".encode(), b"\xe9")
    msg = parse_message(raw)
    assert "Nama: B" in msg.text
    assert msg.subject


def test_bad_base64_body() -> None:
    raw = _raw("\n!!!not base64@@@\n", "From: b@x.co.id\nSubject: s\nContent-Transfer-Encoding: base64\n")
    parse_message(raw)  # must not raise


def test_encoded_word_headers_and_addresses() -> None:
    raw = _raw("\nisi\n", "From: =?UTF-8?B?QnVkaSBTYW50b3Nv?= <Budi@X.CO.ID>\nSubject: =?utf-8?q?Permohonan_akses?=\n")
    msg = parse_message(raw)
    assert msg.from_addr == "budi@x.co.id"
    assert msg.from_name == "Budi Santoso"
    assert msg.subject == "Permohonan akses"


@pytest.mark.parametrize("raw", [b"", b"   \n", b"just some text without headers", b"Subject: no sender\n\nbody"])
def test_unparseable(raw: bytes) -> None:
    with pytest.raises(UnparseableMessage):
        parse_message(raw)


def test_html_only_tables_read_as_labels() -> None:
    html = "<html><body><p>Dengan hormat,</p><table><tr><td>Nama</td><td>:</td><td>Budi</td></tr>" \
           "<tr><td>Instansi</td><td>PT X</td></tr></table></body></html>"
    raw = _raw("\n" + html + "\n", "From: b@x.co.id\nSubject: s\nContent-Type: text/html; charset=utf-8\n")
    msg = parse_message(raw)
    assert "Nama: Budi" in msg.text and "Instansi: PT X" in msg.text
    assert msg.html is not None


def test_dsn_report_parts() -> None:
    raw = b"""From: Mail Delivery System <MAILER-DAEMON@mx.example>
To: lpse@salatiga.go.id
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

Delivery failed.
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example

Final-Recipient: rfc822; budi@x.co.id
Action: failed
Status: 5.1.1

--b
Content-Type: text/rfc822-headers

From: lpse@salatiga.go.id
Message-ID: <ack.RA-2026-0007.a1@salatiga.go.id>
Subject: [RA-2026-0007] diterima

--b--
"""
    msg = parse_message(raw)
    assert msg.delivery_status is not None and "5.1.1" in msg.delivery_status
    assert msg.returned_headers is not None
    assert msg.returned_headers["message-id"] == ("<ack.RA-2026-0007.a1@salatiga.go.id>",)


def _docx_bytes() -> bytes:
    d = docx.Document()
    d.add_paragraph("Dengan hormat, kami mengajukan permohonan remote akses.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Nama", "Budi Santoso"
    t.cell(1, 0).text, t.cell(1, 1).text = "Hak Akses", "VPN"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_and_broken_pdf_attachments() -> None:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "b@x.co.id", "lpse@salatiga.go.id", "Permohonan"
    m.set_content("Terlampir surat kami.")
    m.add_attachment(_docx_bytes(), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="surat.docx")
    m.add_attachment(b"%PDF-1.4 broken", maintype="application", subtype="pdf", filename="surat.pdf")
    msg = parse_message(m.as_bytes())
    by_name = {a.filename: a for a in msg.attachments}
    assert by_name["surat.docx"].text is not None
    assert "Nama: Budi Santoso" in by_name["surat.docx"].text
    assert "Hak Akses: VPN" in by_name["surat.docx"].text
    assert by_name["surat.pdf"].text in (None, "")


def test_forwarded_rfc822_attachment() -> None:
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "Budi <budi@x.co.id>", "Permohonan remote akses"
    inner.set_content("Nama: Budi Santoso")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "admin@salatiga.go.id", "Fwd: Permohonan"
    outer.set_content("Mohon diproses.")
    outer.add_attachment(inner)
    msg = parse_message(outer.as_bytes())
    fwd = [a for a in msg.attachments if a.content_type == "message/rfc822"]
    assert fwd and fwd[0].text is not None and "From: Budi <budi@x.co.id>" in fwd[0].text
    assert "Nama: Budi Santoso" in fwd[0].text


def test_attachment_reader_injected() -> None:
    m = EmailMessage()
    m["From"], m["Subject"] = "b@x.co.id", "s"
    m.set_content("x")
    m.add_attachment(b"abc", maintype="application", subtype="octet-stream", filename="a.bin")
    msg = parse_message(m.as_bytes(), attachment_text=lambda *a: "read")
    assert msg.attachments[0].text == "read"


def test_multipart_without_boundary_parameter_reads_the_body() -> None:
    raw = _raw(
        "\n--Part_9f3c2a77e1\nContent-Type: text/plain; charset=utf-8\n\n"
        "Mohon dibukakan akses VPN.\nNama : Dimas Ardiansyah\n\n--Part_9f3c2a77e1--\n",
        "From: d@x.co.id\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n",
    )
    msg = parse_message(raw)
    assert "Nama : Dimas Ardiansyah" in msg.text
    assert "Content-Type" not in msg.text


def test_multipart_with_wrong_boundary_finds_parts_and_attachments() -> None:
    raw = _raw(
        "\nPreamble text.\n\n--zzWRONGzz\nContent-Type: text/plain\n\nIsi surat: akses SSH.\n\n"
        "--zzWRONGzz\nContent-Type: text/plain; name=\"surat.txt\"\nContent-Disposition: attachment; filename=\"surat.txt\"\n\n"
        "Nomor: 12/ABC/XI/2026\n\n--zzWRONGzz--\n",
        "From: d@x.co.id\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"declared-but-absent\"\n",
    )
    msg = parse_message(raw)
    assert "Isi surat: akses SSH." in msg.text and "Preamble" not in msg.text
    assert [a.filename for a in msg.attachments] == ["surat.txt"]
    assert "12/ABC/XI/2026" in (msg.attachments[0].text or "")


def test_multipart_without_any_delimiter_is_read_as_text() -> None:
    raw = _raw("\nKami mohon akses VPN untuk Sdr. Yoga.\n", "From: d@x.co.id\nSubject: s\nContent-Type: multipart/mixed\n")
    assert "akses VPN untuk Sdr. Yoga" in parse_message(raw).text


def test_format_flowed_soft_breaks_are_joined() -> None:
    body = "\nKami mohon akses pada tanggal 7 Desember \n2026 sampai 9 Desember 2026.\nBaris keras.\n-- \nTanda tangan\n"
    raw = _raw(body, "From: d@x.co.id\nSubject: s\nContent-Type: text/plain; charset=utf-8; format=flowed\n")
    text = parse_message(raw).text
    assert "tanggal 7 Desember 2026 sampai 9 Desember 2026." in text
    assert "2026.\nBaris keras." in text


def test_format_flowed_delsp() -> None:
    raw = _raw("\nper panjang \nan akses\n", "From: d@x.co.id\nSubject: s\nContent-Type: text/plain; format=flowed; delsp=yes\n")
    assert "per panjangan akses" in parse_message(raw).text


def test_plain_text_without_flowed_keeps_trailing_space_lines() -> None:
    raw = _raw("\nbaris satu \nbaris dua\n", "From: d@x.co.id\nSubject: s\nContent-Type: text/plain\n")
    assert "baris satu \nbaris dua" in parse_message(raw).text


def test_charset_name_with_a_nul_falls_back() -> None:
    raw = b"From: h@x.co.id\nSubject: s\nContent-Type: text/plain; charset=\x00tf-8\n\nisi surat\n"
    assert "isi surat" in parse_message(raw).text


def test_a_message_id_that_is_only_an_angle_bracket_is_none() -> None:
    from daemon.mail.parser import parse_message

    assert parse_message(b"From: a <a@b.c>\nMessage-ID: <\nSubject: x\n\nhi").message_id is None
    assert parse_message(b"From: a <a@b.c>\nMessage-ID: abc@d\nSubject: x\n\nhi").message_id == "<abc@d>"


def test_an_encoded_word_with_broken_base64_degrades_to_its_text() -> None:
    """Found by the fuzzer: email.header.decode_header raises HeaderParseError, not a ValueError."""
    from daemon.mail.parser import decode_header_value

    assert decode_header_value("=?x-bogus?B?+!!?=") == "=?x-bogus?B?+!!?="

"""Tick boxes in DOCX forms: legacy form check boxes, Wingdings symbol boxes and content-control
boxes all read as ☒/☐, so only the ticked rights count. The documents are built here."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from daemon.core.rights import normalize_rights
from daemon.mail.attachments import attachment_text

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
RIGHTS = ("ssh", "vpn", "database-readonly", "spse-admin")


def _run(inner: str) -> object:
    return parse_xml(f"<w:r {_NS}>{inner}</w:r>")


def _legacy_box(checked: bool) -> object:
    state = "<w:checked/>" if checked else ""
    return _run(f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="b"/><w:checkBox><w:sizeAuto/>'
                f'<w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar>')


def _text(value: str) -> object:
    return _run(f'<w:t xml:space="preserve">{value}</w:t>')


def _form() -> bytes:
    document = docx.Document()
    document.add_paragraph("Nama: Sri Handayani")
    p = document.add_paragraph()._p
    p.append(_text("Hak akses: "))
    p.append(_legacy_box(False))
    p.append(_text(" SSH  "))
    p.append(_legacy_box(True))
    p.append(_text(" VPN  "))
    p.append(_run('<w:sym w:font="Wingdings" w:char="F0A8"/>'))
    p.append(_text(" Database read only  "))
    p.append(parse_xml(f'<w:sdt {_NS}><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr>'
                       f'<w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>'))
    p.append(_text(" Admin SPSE"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_tick_boxes_read_as_marks() -> None:
    text = attachment_text("form.docx", "application/octet-stream", _form())
    assert text is not None
    line = next(x for x in text.split("\n") if x.startswith("Hak akses"))
    assert line == "Hak akses: ☐ SSH  ☒ VPN  ☐ Database read only  ☒ Admin SPSE"
    assert normalize_rights(line.split(":", 1)[1], RIGHTS) == ("vpn", "spse-admin")

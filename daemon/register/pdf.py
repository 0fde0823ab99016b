"""The register as a PDF in the layout of the SOP's form (see `daemon.register.export`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from daemon.core.register import FORM_TITLE, IMPORT_MARK, IMPORT_NOTE, RegisterHeader, RegisterRow, row_cells
from daemon.register.layout import EMPTY_NOTE, HEAD_BOTTOM, HEAD_TOP, PDF_TIME, PDF_WIDTHS_MM, PathOrStream

_BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=9, leading=11)
_CELL = ParagraphStyle("cell", parent=_BASE, fontSize=8.5, leading=10.5)
_HEAD = ParagraphStyle("head", parent=_CELL, fontName="Helvetica-Bold", alignment=TA_CENTER)
_TITLE = ParagraphStyle("title", parent=_BASE, fontName="Helvetica-Bold", fontSize=14, leading=18,
                        alignment=TA_CENTER, spaceAfter=4 * mm)
_LABEL = ParagraphStyle("label", parent=_BASE, fontName="Helvetica-Bold", fontSize=10, leading=13)
_NOTE = ParagraphStyle("note", parent=_BASE, fontName="Helvetica-Oblique", fontSize=8.5, leading=10.5)
_SIGN = ParagraphStyle("sign", parent=_BASE, fontSize=10, leading=13, alignment=TA_CENTER)


def write_pdf(rows: Sequence[RegisterRow], header: RegisterHeader, path_or_stream: PathOrStream) -> None:
    """The form on A4 landscape: title, Periode, LPSE, the table (header repeated per page), signer bottom right."""
    target = str(path_or_stream) if isinstance(path_or_stream, Path) else path_or_stream
    doc = SimpleDocTemplate(
        target, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
        bottomMargin=14 * mm, title=f"{FORM_TITLE} - {header.period.label}", author=header.office_name,
    )
    story = [
        Paragraph(escape(FORM_TITLE), _TITLE),
        Paragraph(f"Periode : {escape(header.period.label)}", _LABEL),
        Paragraph(f"LPSE : {escape(header.office_name)}", _LABEL),
        Spacer(1, 4 * mm),
        _pdf_table(rows),
    ]
    if any(row.imported for row in rows):
        story += [Spacer(1, 3 * mm), Paragraph(escape(IMPORT_NOTE), _NOTE)]
    story += [Spacer(1, 8 * mm), _pdf_signer(header)]
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)


def _pdf_table(rows: Sequence[RegisterRow]) -> Table:
    data: list[list[object]] = [
        [Paragraph(escape(t), _HEAD) for t in HEAD_TOP],
        [Paragraph(escape(t), _HEAD) for t in HEAD_BOTTOM],
    ]
    for row in rows:
        closed = row.waktu_penutupan.strftime(PDF_TIME) if row.waktu_penutupan is not None else ""
        texts = [*row_cells(row), row.waktu_pemberian.strftime(PDF_TIME), closed]
        cells = [Paragraph(escape(t), _CELL) for t in texts]
        if row.imported:  # "12" over a smaller "(impor)": the column is narrow
            cells[0] = Paragraph(f'{row.no}<br/><font size="7">{escape(IMPORT_MARK)}</font>', _CELL)
        data.append(cells)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#EDEDED")),
        ("SPAN", (6, 0), (7, 0)),
        *[("SPAN", (col, 0), (col, 1)) for col in range(6)],
    ]
    if not rows:
        data.append([Paragraph(escape(EMPTY_NOTE), _HEAD), *[""] * 7])
        style.append(("SPAN", (0, 2), (-1, 2)))
    return Table(data, colWidths=[w * mm for w in PDF_WIDTHS_MM], repeatRows=2, style=TableStyle(style))


def _pdf_signer(header: RegisterHeader) -> Table:
    name = f"<b><u>{escape(header.signer_name)}</u></b>"
    lines = [
        Paragraph(escape(header.place_date), _SIGN),
        Paragraph(escape(header.signer_title), _SIGN),
        Spacer(1, 20 * mm),
        Paragraph(name, _SIGN),
        Paragraph(escape(header.signer_rank), _SIGN),
        Paragraph(f"NIP. {escape(header.signer_nip)}", _SIGN),
    ]
    block = Table([[lines]], colWidths=[95 * mm], hAlign="RIGHT")
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return block


def _page_number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    width, _ = landscape(A4)
    canvas.drawRightString(width - 12 * mm, 7 * mm, f"Halaman {doc.page}")
    canvas.restoreState()

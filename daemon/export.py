"""Write the register's rows as CSV, XLSX or PDF, the last two in the layout of the SOP's form.

The edge for `daemon.core.register`: rows come in already selected, numbered and in the office's time; this
module only lays them out. CSV is for spreadsheets and scripts (UTF-8 with BOM and CRLF, so Excel opens it
right); XLSX and PDF reproduce "Formulir Pencatatan Pemberian Remote Akses" with its two-row header ("Waktu"
over Pemberian and Penutupan) and the signer's block under the table, ready to print and sign.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, BinaryIO
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from daemon.core.register import COLUMNS, FORM_TITLE, RegisterHeader, RegisterRow, row_cells

FORMATS = ("csv", "xlsx", "pdf")
CSV_TIME = "%Y-%m-%d %H:%M"
PDF_TIME = "%d/%m/%Y %H.%M"
XLSX_TIME = "dd/mm/yyyy hh:mm"
EMPTY_NOTE = "Tidak ada pemberian remote akses pada periode ini."
# Header cells of the form: the first six span both header rows, "Waktu" spans the last two columns.
HEAD_TOP = ("No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu", "")
HEAD_BOTTOM = ("", "", "", "", "", "", "Pemberian", "Penutupan")
XLSX_WIDTHS = (6, 24, 26, 14, 22, 36, 17, 17)
PDF_WIDTHS_MM = (10, 38, 42, 26, 36, 56, 30, 30)
# A cell starting with one of these is a formula to Excel: a requester's text must never become one.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

PathOrStream = str | Path | IO[bytes]


def export(fmt: str, rows: Sequence[RegisterRow], header: RegisterHeader, out_path: Path) -> None:
    """Write `rows` to `out_path` as csv, xlsx or pdf; the file appears whole or not at all."""
    kind = fmt.strip().lower()
    if kind not in FORMATS:
        raise ValueError(f'unknown register format "{fmt}"; use one of: {", ".join(FORMATS)}')
    tmp = out_path.with_name(f".{out_path.name}.tmp")
    try:
        with open(tmp, "wb") as out:
            if kind == "csv":
                write_csv(rows, out)
            elif kind == "xlsx":
                write_xlsx(rows, header, out)
            else:
                write_pdf(rows, header, out)
        os.replace(tmp, out_path)
    finally:
        if tmp.exists():
            tmp.unlink()


CONTENT_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def to_bytes(fmt: str, rows: Sequence[RegisterRow], header: RegisterHeader) -> bytes:
    """The same file as `export` writes, in memory (a digest attaches it)."""
    kind = fmt.strip().lower()
    if kind not in FORMATS:
        raise ValueError(f'unknown register format "{fmt}"; use one of: {", ".join(FORMATS)}')
    out = io.BytesIO()
    if kind == "csv":
        write_csv(rows, out)
    elif kind == "xlsx":
        write_xlsx(rows, header, out)
    else:
        write_pdf(rows, header, out)
    return out.getvalue()


# --- CSV ---------------------------------------------------------------------------------------------------


def write_csv(rows: Sequence[RegisterRow], out: BinaryIO) -> None:
    """UTF-8 with BOM, header exactly COLUMNS, "YYYY-MM-DD HH:MM" local times, CRLF; open rows end empty."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        closed = row.waktu_penutupan.strftime(CSV_TIME) if row.waktu_penutupan is not None else ""
        cells = [_csv_safe(c) for c in row_cells(row)]
        writer.writerow([*cells, row.waktu_pemberian.strftime(CSV_TIME), closed])
    out.write(text.getvalue().encode("utf-8-sig"))


def _csv_safe(value: str) -> str:
    """Prefix a quote to text Excel would run as a formula (OWASP's advice against CSV injection)."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


# --- XLSX --------------------------------------------------------------------------------------------------

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEAD_ROW = 5  # title, Periode, LPSE, a blank row, then the table


def write_xlsx(rows: Sequence[RegisterRow], header: RegisterHeader, path_or_stream: PathOrStream) -> None:
    """The form as a worksheet: merged header cells, borders, real datetimes, landscape A4, signer block."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Remote Akses"
    last = get_column_letter(len(COLUMNS))
    _merged_text(ws, f"A1:{last}1", FORM_TITLE, Font(bold=True, size=14), Alignment(horizontal="center"))
    _merged_text(ws, f"A2:{last}2", f"Periode : {header.period.label}", Font(bold=True), None)
    _merged_text(ws, f"A3:{last}3", f"LPSE : {header.office_name}", Font(bold=True), None)
    top, bottom = _HEAD_ROW, _HEAD_ROW + 1
    for col, (upper, lower) in enumerate(zip(HEAD_TOP, HEAD_BOTTOM), start=1):
        for r, text in ((top, upper), (bottom, lower)):
            cell = ws.cell(row=r, column=col, value=text or None)
            cell.font, cell.alignment, cell.border = Font(bold=True), _CENTER, _BOX
        if col <= 6:
            ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
    ws.merge_cells(start_row=top, start_column=7, end_row=top, end_column=8)
    r = bottom
    for row in rows:
        r += 1
        values: list[object] = [row.no, *row_cells(row)[1:], _naive(row.waktu_pemberian)]
        values.append(_naive(row.waktu_penutupan) if row.waktu_penutupan is not None else None)
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # openpyxl would store it as a formula
            cell.border, cell.alignment = _BOX, _WRAP
            if col >= 7:
                cell.number_format = XLSX_TIME
    if not rows:
        r += 1
        _merged_text(ws, f"A{r}:{last}{r}", EMPTY_NOTE, None, Alignment(horizontal="center"))
        for col in range(1, len(COLUMNS) + 1):
            ws.cell(row=r, column=col).border = _BOX
    _xlsx_signer(ws, header, r + 2)
    for col, width in enumerate(XLSX_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = f"A{bottom + 1}"
    ws.print_title_rows = f"{top}:{bottom}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.properties.title = f"{FORM_TITLE} - {header.period.label}"
    wb.properties.creator = header.office_name
    wb.save(path_or_stream)  # a path or a binary stream


def _xlsx_signer(ws: Worksheet, header: RegisterHeader, first: int) -> None:
    """place_date, title, a gap to sign in, name (bold, underlined), rank, NIP: under the right-hand columns."""
    lines: list[tuple[str, Font | None]] = [
        (header.place_date, None),
        (header.signer_title, None),
        ("", None), ("", None), ("", None),
        (header.signer_name, Font(bold=True, underline="single")),
        (header.signer_rank, None),
        (f"NIP. {header.signer_nip}", None),
    ]
    for offset, (text, font) in enumerate(lines):
        r = first + offset
        _merged_text(ws, f"F{r}:H{r}", text, font, Alignment(horizontal="center", wrap_text=True))
    ws.row_dimensions[first + 1].height = 30  # the title often runs over two lines


def _merged_text(ws: Worksheet, ref: str, text: str, font: Font | None, align: Alignment | None) -> None:
    ws.merge_cells(ref)
    cell = ws[ref.split(":")[0]]
    cell.value = text or None
    if font is not None:
        cell.font = font
    if align is not None:
        cell.alignment = align


def _naive(dt: datetime) -> datetime:
    """Excel has no timezones: keep the office's wall time, which the rows already carry."""
    return dt.replace(tzinfo=None)


# --- PDF ---------------------------------------------------------------------------------------------------

_BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=9, leading=11)
_CELL = ParagraphStyle("cell", parent=_BASE, fontSize=8.5, leading=10.5)
_HEAD = ParagraphStyle("head", parent=_CELL, fontName="Helvetica-Bold", alignment=TA_CENTER)
_TITLE = ParagraphStyle("title", parent=_BASE, fontName="Helvetica-Bold", fontSize=14, leading=18,
                        alignment=TA_CENTER, spaceAfter=4 * mm)
_LABEL = ParagraphStyle("label", parent=_BASE, fontName="Helvetica-Bold", fontSize=10, leading=13)
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
        Spacer(1, 8 * mm),
        _pdf_signer(header),
    ]
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)


def _pdf_table(rows: Sequence[RegisterRow]) -> Table:
    data: list[list[object]] = [
        [Paragraph(escape(t), _HEAD) for t in HEAD_TOP],
        [Paragraph(escape(t), _HEAD) for t in HEAD_BOTTOM],
    ]
    for row in rows:
        closed = row.waktu_penutupan.strftime(PDF_TIME) if row.waktu_penutupan is not None else ""
        texts = [*row_cells(row), row.waktu_pemberian.strftime(PDF_TIME), closed]
        data.append([Paragraph(escape(t), _CELL) for t in texts])
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

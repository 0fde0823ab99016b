"""The register as an XLSX workbook in the layout of the SOP's form (see `daemon.register.export`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from daemon.core.register import COLUMNS, FORM_TITLE, IMPORT_NOTE, RegisterHeader, RegisterRow, row_cells
from daemon.register.layout import EMPTY_NOTE, HEAD_BOTTOM, HEAD_TOP, XLSX_TIME, XLSX_WIDTHS, PathOrStream

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
        values: list[object] = [row.no_cell if row.imported else row.no, *row_cells(row)[1:], _naive(row.waktu_pemberian)]
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
    if any(row.imported for row in rows):
        r += 2
        _merged_text(ws, f"A{r}:{last}{r}", IMPORT_NOTE, Font(italic=True, size=9), Alignment(wrap_text=True))
        ws.row_dimensions[r].height = 26
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

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
from pathlib import Path
from typing import BinaryIO

from daemon.core.register import COLUMNS, RegisterHeader, RegisterRow, row_cells
from daemon.register.layout import CSV_TIME, FORMATS, FORMULA_PREFIXES, PathOrStream


def export(fmt: str, rows: Sequence[RegisterRow], header: RegisterHeader, out_path: Path) -> None:
    """Write `rows` to `out_path` as csv, xlsx or pdf; the file appears whole or not at all."""
    data = to_bytes(fmt, rows, header)  # raises ValueError before any file is created
    tmp = out_path.with_name(f".{out_path.name}.tmp")
    try:
        tmp.write_bytes(data)
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


def write_xlsx(rows: Sequence[RegisterRow], header: RegisterHeader, path_or_stream: PathOrStream) -> None:
    """The form as a workbook (openpyxl is loaded only when one is written: the idle daemon stays small)."""
    from daemon.register.xlsx import write_xlsx as write

    write(rows, header, path_or_stream)


def write_pdf(rows: Sequence[RegisterRow], header: RegisterHeader, path_or_stream: PathOrStream) -> None:
    """The form as a PDF, ready to print and sign (reportlab is loaded only when one is written)."""
    from daemon.register.pdf import write_pdf as write

    write(rows, header, path_or_stream)

"""The form's layout, shared by the CSV, XLSX and PDF writers: its header cells, widths and time formats.

A module of its own so the writers depend on it and not on each other (`export` loads `xlsx` and `pdf`
only when one is written).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

FORMATS = ("csv", "xlsx", "pdf")
CSV_TIME = "%Y-%m-%d %H:%M"
PDF_TIME = "%d/%m/%Y %H.%M"
XLSX_TIME = "dd/mm/yyyy hh:mm"
EMPTY_NOTE = "Tidak ada pemberian remote akses pada periode ini."
# Header cells of the form: the first six span both header rows, "Waktu" spans the last two columns.
HEAD_TOP = ("No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu", "")
HEAD_BOTTOM = ("", "", "", "", "", "", "Pemberian", "Penutupan")
XLSX_WIDTHS = (9, 24, 26, 14, 22, 33, 17, 17)  # No. holds "12 (impor)" on two lines
PDF_WIDTHS_MM = (13, 38, 42, 26, 36, 53, 30, 30)
# A cell starting with one of these is a formula to Excel: a requester's text must never become one.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

PathOrStream = str | Path | IO[bytes]

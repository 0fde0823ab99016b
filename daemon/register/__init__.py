"""Register: the SOP's form (Formulir Pencatatan Pemberian Remote Akses) in every format. Its rows
from the database, CSV/XLSX/PDF in the form's layout, and requests as JSON for scripts.

Rule (checked by tests/unit/test_layout.py): reads, never writes request state. Imports only `store`,
`setup`, `errors` and `core`; the XLSX and PDF writers are loaded only when a file is written.
"""

"""Store: the database. The engine and its transactions, the tables (`models`), the migrations, the
leases that let several workers share one queue, and the audit chain's rows.

Rule (checked by tests/unit/test_layout.py): the only place that defines tables. Modules here import only
`core`, `errors` and `setup`; they never send mail or call a server.
"""

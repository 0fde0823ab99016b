"""lpse-akses: the LPSE remote-access SOP run by an email-driven daemon.

Rooms (each states its rule in its `__init__.py`; tests/unit/test_layout.py checks them):
`core` decides (pure); `setup` reads the configuration; `mail` and `store` are the edges to servers and
the database; the heart (`service`, the one writer of state, with `mail_effects`, `mailqueue`, `tokens`,
`credentials`, `admin_ops`) applies events; `register` lays out the form; `workers` and `web` bring
events in; `main` (the composition root), `checks` and `demo` wire it all together.
"""

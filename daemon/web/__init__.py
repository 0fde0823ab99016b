"""Web: HTTP in, service calls out. The ASGI app and its pages, the server inside the daemon, and the
desk that answers the app from the database through the service.

Rule (checked by tests/unit/test_web.py and tests/unit/test_layout.py): GET never writes; only a POST with
its CSRF field decides or reveals. `app` knows only the `contract` (plain data); `desk` implements it.
Modules here import the heart, `store`, `setup` and `core`, never `workers` or `mail`.
"""

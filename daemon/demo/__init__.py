"""Demo: the embedded default. A sandbox (Maildir inbox, Maildir outboxes, SQLite, the web page on
localhost) and a narrated tour of the whole SOP through it.

Rule (checked by tests/unit/test_layout.py): the tour runs the real daemon and uses only its real paths
(an HTTP POST to the page, a reply dropped into the Maildir); it never calls the service directly and
never imports the CLI.
"""

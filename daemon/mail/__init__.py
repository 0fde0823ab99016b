"""Mail: bytes and servers in and out. Parsing inbound messages, building outbound ones, the templates,
the inbox (IMAP, Maildir) and the transport (SMTP, Maildir), TLS.

Rule (checked by tests/unit/test_layout.py): no request state. Modules here import only `core`, `errors`
and `setup`; they never touch the database, and nothing here decides what a message means.
"""

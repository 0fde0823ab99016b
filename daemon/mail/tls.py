"""The one TLS client context for IMAP and SMTP: verifying, TLS 1.2 or newer, an office CA when given."""

from __future__ import annotations

import ssl


def tls_context(ca_file: str) -> ssl.SSLContext:
    """A verifying client context; with `ca_file`, that CA is trusted too (an office's private CA)."""
    ctx = ssl.create_default_context()
    if ca_file:
        ctx.load_verify_locations(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx

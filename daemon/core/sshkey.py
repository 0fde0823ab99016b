"""An SSH public key given in a letter or its attachment: found, checked, and written back in one line.

The pattern is linear (no nested quantifiers over the same characters), so a hostile letter cannot make
it slow; a key wrapped over several lines by a mail client or a PDF is joined again. A match counts only
when its base64 decodes to a key blob of the same type (and an RSA key has at least 2048 bits): a word
"ssh-rsa AAAA..." in prose that is not a key is not taken. The comment is dropped; the backend writes its
own (the request number).
"""

from __future__ import annotations

import base64
import binascii
import re
import struct

KEY_TYPES = ("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521")
_KEY = re.compile(
    r"(?<![\w-])(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521))[ \t]+(AAAA[A-Za-z0-9+/]{16,}(?:[ \t]*\r?\n[ \t>]*[A-Za-z0-9+/]+)*={0,2})"
)
MIN_RSA_BITS = 2048


def _strings(blob: bytes) -> list[bytes]:
    """The blob's length-prefixed fields (RFC 4253 §6.6)."""
    out, i = [], 0
    while i < len(blob):
        if i + 4 > len(blob):
            raise ValueError("truncated")
        (n,) = struct.unpack(">I", blob[i : i + 4])
        if i + 4 + n > len(blob):
            raise ValueError("truncated")
        out.append(blob[i + 4 : i + 4 + n])
        i += 4 + n
    return out


def checked_key(kind: str, b64: str) -> str | None:
    """'kind base64' when the base64 is a well-formed public key of that kind, else None."""
    try:
        parts = _strings(base64.b64decode(b64, validate=True))
    except (binascii.Error, ValueError):
        return None
    if not parts or parts[0].decode("ascii", "replace") != kind:
        return None
    if kind == "ssh-ed25519" and (len(parts) != 2 or len(parts[1]) != 32):
        return None
    if kind == "ssh-rsa" and (len(parts) != 3 or int.from_bytes(parts[2], "big").bit_length() < MIN_RSA_BITS):
        return None
    if kind.startswith("ecdsa-") and (len(parts) != 3 or parts[1].decode("ascii", "replace") != kind.rsplit("-", 1)[1]):
        return None
    return f"{kind} {b64}"


def find_ssh_public_key(text: str) -> str | None:
    """The first valid public key in the text, as 'type base64' (no comment), or None."""
    for m in _KEY.finditer(text):
        lines = [re.sub(r"[\s>]", "", line) for line in m.group(2).split("\n")]
        for end in range(min(len(lines), 40), 0, -1):  # a wrapped key, or a key followed by a line of prose
            key = checked_key(m.group(1), "".join(lines[:end]))
            if key is not None:
                return key
    return None

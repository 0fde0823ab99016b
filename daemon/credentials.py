"""Passwords: generated with `secrets`, kept encrypted (Fernet) only until they are delivered.

The Fernet key is derived from the secret key file, which is never in the database, so a
copy of the database holds no usable password. `wipe` removes the ciphertext once sent.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import datetime

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy.orm import Session

from daemon.core.password_policy import (
    DEFAULT_ALPHABET,
    DEFAULT_LENGTH,
    has_every_class,
)
from daemon.errors import OperationError
from daemon.store.models import Credential


def generate_password(length: int = DEFAULT_LENGTH, alphabet: str = DEFAULT_ALPHABET) -> str:
    """A random password under the rule of `daemon.core.password_policy` (upper, lower, digit, symbol; no
    look-alikes): 96 bits at 16 characters of the default 64. Drawn again until every class is in it."""
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if has_every_class(pw):
            return pw


class CredentialVault:
    def __init__(self, secret_key: str) -> None:
        key = hashlib.sha256(("lpse-akses credentials\0" + secret_key).encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def store(self, s: Session, *, request_id: int, username: str, password: str, now: datetime) -> Credential:
        row = Credential(
            request_id=request_id,
            username=username,
            ciphertext=self._fernet.encrypt(password.encode()),
            created_at=now,
        )
        s.add(row)
        s.flush()
        return row

    def reveal(self, row: Credential) -> str:
        if row.ciphertext is None:
            raise OperationError("kata sandi sudah dihapus setelah dikirim")
        try:
            return self._fernet.decrypt(row.ciphertext).decode()
        except InvalidToken:
            raise OperationError("kata sandi tidak dapat dibuka: kunci rahasia (secret-key) berbeda") from None

    @staticmethod
    def wipe(row: Credential, now: datetime) -> None:
        row.ciphertext = None
        row.wiped_at = now

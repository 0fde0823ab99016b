"""Link tokens: random, bound, single-use, expiring, and stored only as a hash.

A token is HMAC-SHA256(secret key, nonce) with a fresh 128-bit random nonce. The database
keeps the nonce (so the outbox can rebuild the link at send time) and the token's SHA-256
(to look it up); neither reveals the token without the secret key, which is never in the
database. Checking a token never changes anything; `consume` does, inside the caller's
transaction.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from daemon import newborn
from daemon.errors import TokenRejected
from daemon.setup import faultpoints
from daemon.store.models import Token

TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


@dataclass(frozen=True)
class Minted:
    nonce: str
    token: str


class TokenKeeper:
    def __init__(self, secret_key: str) -> None:
        self._key = hashlib.sha256(("lpse-akses token\0" + secret_key).encode()).digest()

    def token_for(self, nonce: str) -> str:
        digest = hmac.new(self._key, nonce.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def mint(self, s: Session, *, request_id: int, action: str, holder: str, now: datetime, ttl: float) -> Minted:
        return self.mint_each(s, request_id=request_id, actions=(action,), holder=holder, now=now, ttl=ttl)[0]

    def mint_each(
        self, s: Session, *, request_id: int, actions: tuple[str, ...], holder: str, now: datetime, ttl: float
    ) -> tuple[Minted, ...]:
        """One token per action for one holder, written in one Core INSERT now (the request row is
        already flushed): nothing reads a token back as an object in the transaction that mints it."""
        minted = []
        rows = []
        for action in actions:
            nonce = secrets.token_urlsafe(16)
            token = self.token_for(nonce)
            minted.append(Minted(nonce=nonce, token=token))
            rows.append({
                "token_hash": self.hash(token), "request_id": request_id, "action": action, "holder": holder,
                "expires_at": now + timedelta(seconds=ttl), "used_at": None, "revoked_at": None, "created_at": now,
            })  # fmt: skip
        s.connection().execute(_INSERT, rows)
        record = newborn.of_id(s, request_id)
        if record is not None:
            record.tokens.extend((action, holder) for action in actions)
        return tuple(minted)

    def check(self, s: Session, token: str, *, now: datetime, actions: tuple[str, ...]) -> Token:
        """The live token row for `token`, or TokenRejected saying why (never changes state)."""
        if not token or len(token) > 100 or not set(token) <= TOKEN_CHARS:
            raise TokenRejected("tautan tidak dikenal")
        row = s.scalar(select(Token).where(Token.token_hash == self.hash(token)))
        if row is None or row.action not in actions:
            raise TokenRejected("tautan tidak dikenal")
        if row.used_at is not None:
            raise TokenRejected("tautan ini sudah digunakan")
        if row.revoked_at is not None:
            raise TokenRejected("tautan ini tidak berlaku lagi (permohonan sudah diputuskan atau dibatalkan)")
        if row.expires_at <= now:
            raise TokenRejected("tautan ini sudah kedaluwarsa")
        return row

    def consume(self, s: Session, row: Token, *, now: datetime) -> None:
        """Mark used, atomically: a second concurrent use finds no live row and is refused."""
        done = s.execute(
            update(Token)
            .where(Token.id == row.id, Token.used_at.is_(None), Token.revoked_at.is_(None))
            .values(used_at=now)
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise TokenRejected("tautan ini sudah digunakan")
        faultpoints.reach("inside_token_consume")

    @staticmethod
    def revoke(s: Session, request_id: int, actions: tuple[str, ...], now: datetime) -> None:
        s.execute(
            update(Token)
            .where(Token.request_id == request_id, Token.action.in_(actions), Token.used_at.is_(None), Token.revoked_at.is_(None))
            .values(revoked_at=now)
        )


_INSERT = Token.__table__.insert()

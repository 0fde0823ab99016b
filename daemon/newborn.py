"""A request while `Service.receive` creates it: known whole, so nothing asks the database about it.

A request born in this call has no past in the database: its one letter, and the mails and
tokens this same call adds, are all there is. The three questions the effects ask about a
request (the thread's headers for a new mail, the approvers already asked, the letter and its
attachments' names) are answered from here instead of by a query, each of which would also
flush the session first: five statements and five flushes per new request, about a fifth of
the intake's time (issue 9's profile).

The record lives only for the `receive` call (`born` is a context manager), and everything that
adds mail or tokens to a request goes through `mailqueue.enqueue` and `TokenKeeper.mint`, which
note it here; so an answer from here is the answer the database would give.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from daemon.store.models import AccessRequest, InboundMessage

_KEY = "lpse_akses.newborn"


@dataclass
class Newborn:
    request: AccessRequest
    letter: InboundMessage | None
    attachment_names: tuple[str, ...] | None  # None: not known here, read from the database
    mails: list[tuple[str, str]] = field(default_factory=list)  # (recipient as stored, Message-ID), in order
    tokens: list[tuple[str, str]] = field(default_factory=list)  # (action, holder), in order

    def letters_from(self, recipient: str) -> list[str]:
        """The Message-IDs of this request's letters from `recipient` (the query: sender = recipient)."""
        letter = self.letter
        return [letter.message_id] if letter is not None and letter.sender == recipient and letter.message_id else []

    def mails_to(self, recipient: str) -> list[str]:
        return [mid for to, mid in self.mails if to == recipient]

    def holders(self, action: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(holder for act, holder in self.tokens if act == action))


@contextmanager
def born(s: Session, req: AccessRequest, letter: InboundMessage | None, attachment_names: tuple[str, ...] | None) -> Iterator[Newborn]:
    record = Newborn(req, letter, attachment_names)
    s.info[_KEY] = record
    try:
        yield record
    finally:
        s.info.pop(_KEY, None)


def of(s: Session, req: AccessRequest | None) -> Newborn | None:
    """The record of `req` when it is being born in this session, else None (ask the database)."""
    record: Newborn | None = s.info.get(_KEY)
    return record if record is not None and req is not None and record.request is req else None


def of_id(s: Session, request_id: int | None) -> Newborn | None:
    record: Newborn | None = s.info.get(_KEY)
    return record if record is not None and request_id is not None and record.request.id == request_id else None

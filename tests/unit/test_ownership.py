"""Which mail leaves the shared INBOX: the SOP's own, and nothing else (issue 8.1)."""

from __future__ import annotations

import pytest

from daemon.core.ownership import belongs_to_sop
from daemon.core.verdict import Kind

SOP = [Kind.REQUEST, Kind.INFO_REPLY, Kind.CLOSURE, Kind.EXTENSION, Kind.WITHDRAWAL, Kind.APPROVAL_REPLY, Kind.QUARANTINE]


@pytest.mark.parametrize("kind", SOP)
def test_the_sops_kinds_always_leave(kind: Kind) -> None:
    assert belongs_to_sop(kind, request_found=False, refers_to_our_mail=False, alerted=False)


@pytest.mark.parametrize("kind", [Kind.UNRELATED, Kind.AUTO_REPLY, Kind.BOUNCE])
def test_other_mail_stays_unless_it_is_about_ours(kind: Kind) -> None:
    assert not belongs_to_sop(kind, request_found=False, refers_to_our_mail=False, alerted=False)
    assert belongs_to_sop(kind, request_found=False, refers_to_our_mail=True, alerted=False)  # an auto-reply to our mail
    assert belongs_to_sop(kind, request_found=True, refers_to_our_mail=False, alerted=False)  # in a request's thread
    assert belongs_to_sop(kind, request_found=False, refers_to_our_mail=False, alerted=True)  # evidence the admins saw

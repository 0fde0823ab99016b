"""Which inbound mail is the SOP's own: it leaves the folder people read; the rest stays.

An office's mailbox is shared: vendors' questions about tenders, LKPP newsletters and
invitations arrive beside the request letters, and admins read them in the INBOX. So only
what the SOP works with (requests, replies in a request's thread, decisions, closures, and
auto-replies or bounces to our own mail) is moved to the processed folder; everything else
stays where it arrived, flags untouched, when `mailbox.unrelated = "leave"`.
"""

from __future__ import annotations

from daemon.core.verdict import Kind

# Kinds that are mail about the SOP whatever thread they carry.
_ALWAYS_OURS = frozenset({Kind.REQUEST, Kind.APPROVAL_REPLY, Kind.CLOSURE, Kind.EXTENSION, Kind.WITHDRAWAL, Kind.INFO_REPLY})


def belongs_to_sop(kind: Kind, *, request_found: bool, refers_to_our_mail: bool, alerted: bool) -> bool:
    """True when the message is the SOP's and so moves out of the watched folder.

    `alerted`: the admins were told about it (a spoofed decision, a closure from a stranger);
    such evidence leaves the INBOX with the rest of the SOP's mail.
    """
    if alerted or kind in _ALWAYS_OURS:
        return True
    if kind is Kind.QUARANTINE:
        return True  # it goes to the quarantine folder, where the admins look for it
    return request_found or refers_to_our_mail

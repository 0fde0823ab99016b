"""An approver's reply: the decision word in its new text, its reason, and whether its sender is proven.

Rejecting words are matched first and blanked out, so "TIDAK DISETUJUI" never also reads as
"DISETUJUI" and "tidak setuju" never as "setuju"; a text holding both kinds is unclear (DESIGN §5).
Sender proof: the topmost Authentication-Results header from a trusted server must show
dmarc=pass, or dkim=pass / spf=pass for a domain aligned with the From address.
"""

from __future__ import annotations

import re

from daemon.core.message import ParsedMessage
from daemon.core.verdict import Decision

REJECT = re.compile(
    r"\btidak\s+(?:dapat\s+|bisa\s+)?(?:di)?setuju(?:i)?\b|\bbelum\s+(?:dapat\s+|bisa\s+)?disetujui\b|"
    r"\b(?:di)?tolak\b|\bmenolak\b|\breject(?:ed)?\b|\bdeclined?\b|\bnot\s+approved?\b|\bdisapprove[d]?\b",
    re.IGNORECASE,
)
APPROVE = re.compile(r"\b(?:di)?setuju(?:i)?\b|\bmenyetujui\b|\bacc\b|\bapprove[d]?\b", re.IGNORECASE)
_CLOSING = re.compile(r"^\s*(?:terima\s*kasih|salam|hormat|regards|thanks|thank you|wassalam)", re.IGNORECASE)


def decision_of(text: str) -> tuple[Decision, str | None]:
    """The decision a reply's new text states, and its reason (the rest of the line, or the next lines)."""
    rejects = list(REJECT.finditer(text))
    blanked = REJECT.sub(lambda m: " " * len(m.group(0)), text)
    approves = list(APPROVE.finditer(blanked))
    if rejects and approves:
        return Decision.UNCLEAR, None
    if not rejects and not approves:
        return Decision.UNCLEAR, None
    match = rejects[0] if rejects else approves[0]
    decision = Decision.REJECT if rejects else Decision.APPROVE
    return decision, _reason(text, match.end())


def _reason(text: str, pos: int) -> str | None:
    line_end = text.find("\n", pos)
    rest = text[pos : line_end if line_end >= 0 else len(text)]
    reason = rest.strip().lstrip(":,.;-–— ").strip()
    if not reason and line_end >= 0:
        lines: list[str] = []
        for line in text[line_end + 1 :].split("\n"):
            if _CLOSING.match(line):
                break
            if not line.strip():
                if lines:
                    break
                continue
            lines.append(line.strip())
        reason = " ".join(lines).strip()
    reason = re.sub(r"^(?:alasan(?:nya)?|reason)\s*:\s*", "", reason, flags=re.IGNORECASE)
    return reason or None


def has_decision_word(text: str) -> bool:
    return bool(REJECT.search(text) or APPROVE.search(text))


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower().strip(">. ")


def _aligned(a: str, b: str) -> bool:
    a, b = a.lower().strip("."), b.lower().strip(".")
    return bool(a) and bool(b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def sender_verified(msg: ParsedMessage, trusted: tuple[str, ...]) -> tuple[bool, str]:
    """(verified, why) from the topmost Authentication-Results header of a trusted server."""
    trusted_ids = {t.lower() for t in trusted}
    from_domain = _domain(msg.from_addr)
    for header in msg.headers.get("authentication-results", ()):
        authserv = header.split(";", 1)[0].strip().split()[0].lower() if header.strip() else ""
        if authserv not in trusted_ids:
            continue
        results = header.split(";")[1:]
        for result in results:
            r = result.strip().lower()
            if re.match(r"dmarc\s*=\s*pass\b", r):
                return True, "dmarc=pass"
            if re.match(r"dkim\s*=\s*pass\b", r):
                d = re.search(r"header\.(?:d|i)\s*=\s*@?([\w.-]+)", r)
                if d and _aligned(_domain(d.group(1)), from_domain):
                    return True, "dkim=pass selaras"
            if re.match(r"spf\s*=\s*pass\b", r):
                s = re.search(r"smtp\.mailfrom\s*=\s*([\w.@+-]+)", r)
                if s and _aligned(_domain(s.group(1)), from_domain):
                    return True, "spf=pass selaras"
        return False, f"Authentication-Results dari {authserv} tidak menunjukkan dmarc/dkim/spf lulus"
    return False, "tidak ada Authentication-Results dari server tepercaya"

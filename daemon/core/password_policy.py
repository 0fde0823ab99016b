"""The password rule: how long, from which characters, and how a password is shown so it is read right.

BSSN Peraturan No. 4/2021 (web applications) asks for at least 12 characters mixing upper and lower
case letters, digits and symbols. The alphabet leaves out characters that look alike in a mail or on
paper (0/O/o, 1/l/I/|, 5/S, 2/Z, quotes and dots), and those a terminal or `chpasswd` treats
specially (space, colon, backslash). Randomness is not here: `daemon.credentials` draws the password.
"""

from __future__ import annotations

import string

MIN_LENGTH = 12
DEFAULT_LENGTH = 16
# look-alikes and characters that are hard to read or to type back
AMBIGUOUS = frozenset("0Oo1lI|5S2Z8B" + "'\"`,.;:" + " \\")
SYMBOLS = "#$%&*+-=?@^_~!"
DEFAULT_ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.ascii_lowercase + string.digits + SYMBOLS if c not in AMBIGUOUS
)
CLASSES = (
    ("huruf besar", str.isupper),
    ("huruf kecil", str.islower),
    ("angka", str.isdigit),
    ("simbol", lambda c: c in string.punctuation),
)


def alphabet_problems(alphabet: str, length: int) -> list[str]:
    """What makes (alphabet, length) break the rule; empty when it is fine."""
    problems = []
    if length < MIN_LENGTH:
        problems.append(f"the length must be at least {MIN_LENGTH} (BSSN Peraturan No. 4/2021)")
    outside = sorted({c for c in alphabet if not (c.isascii() and c.isprintable())} | (set(alphabet) & AMBIGUOUS))
    if outside:
        problems.append(f"characters that are ambiguous or not allowed: {''.join(outside)!r}")
    missing = [name for name, test in CLASSES if not any(test(c) for c in alphabet)]
    if missing:
        problems.append("the alphabet lacks " + ", ".join(missing))
    if len(set(alphabet)) < 32:
        problems.append("the alphabet needs at least 32 different characters")
    return problems


def has_every_class(password: str) -> bool:
    return all(any(test(c) for c in password) for _, test in CLASSES)


def meets_policy(password: str, min_length: int = MIN_LENGTH) -> bool:
    """At least `min_length` characters, with one of each class."""
    return len(password) >= min_length and has_every_class(password)


def grouped(password: str, size: int = 4) -> str:
    """'aB3#xY7%kM' → 'aB3# xY7% kM': easier to read back; the spaces are not part of the password."""
    return " ".join(password[i : i + size] for i in range(0, len(password), size))

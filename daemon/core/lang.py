"""Which language a letter is written in, so that replies follow it (DESIGN §4)."""

from __future__ import annotations

import re

_ID = re.compile(
    r"\b(dengan hormat|yth|kami|mohon|permohonan|terima kasih|bapak|ibu|untuk|dengan|yang|dan|akses|selesai|tanggal|hormat)\b", re.I
)
_EN = re.compile(r"\b(dear|please|request|regards|thank you|we|would|access|the|and|for|with|kind|sincerely)\b", re.I)


def guess_language(text: str, default: str) -> str:
    """'id' or 'en' by counting common words; `default` when the text says too little."""
    sample = text[:4000]
    ids, ens = len(_ID.findall(sample)), len(_EN.findall(sample))
    if ids + ens < 4:
        return default
    return "en" if ens > 2 * ids else "id"

"""Vietnamese text helpers: folding diacritics so people can type without them."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# đ/Đ are letters of their own, not a d with a combining mark, so NFD leaves them alone.
_SPECIAL = {"đ": "d", "Đ": "D"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    base = unicodedata.normalize("NFD", char)[:1]
    return base if base else char


def fold(text: str) -> str:
    """Lower-case `text` and strip Vietnamese diacritics, one character for one.

    The result has exactly the length of the NFC form of `text`, so an offset found in
    the folded text points at the same character of ``nfc(text)``.
    """
    return "".join(_fold_char(c) for c in nfc(text)).lower()


def nfc(text: str) -> str:
    """Compose `text` (NFC): files typed on different systems compare equal."""
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Fold and reduce every run of non-alphanumerics to one space: a lookup key."""
    out: list[str] = []
    gap = False
    for ch in fold(text):
        if ch.isalnum():
            if gap and out:
                out.append(" ")
            out.append(ch)
            gap = False
        else:
            gap = True
    return "".join(out)

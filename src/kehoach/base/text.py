"""Vietnamese text helpers: folding diacritics so people can type without them."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

# đ/Đ are letters of their own, not a d with a combining mark, so NFD leaves them alone.
_SPECIAL = {"đ": "d", "Đ": "D"}
_JOINER = "\u200d"  # zero width joiner: the next character belongs to the same cluster
ELLIPSIS = "…"


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


@lru_cache(maxsize=65536)  # agency names repeat on every task: fold each once per run
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


def graphemes(text: str) -> list[str]:
    """`text` (NFC) in user-perceived characters: a base letter with the combining marks
    and joiners that follow it. NFC composes nearly every Vietnamese letter, but a
    file may carry sequences NFC cannot compose (a tone mark on a letter with no
    precomposed form), and cutting between the letter and its mark would mangle it."""
    clusters: list[str] = []
    for char in nfc(text):
        joined = bool(clusters) and (clusters[-1].endswith(_JOINER) or _attaches(char))
        if joined:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _attaches(char: str) -> bool:
    """Marks (combining accents, variation selectors) belong to the character before."""
    return unicodedata.category(char).startswith("M") or char == _JOINER


def cut(text: str, width: int, measure: Callable[[str], int] = len) -> str:
    """`text` on one line, at most `width` wide as `measure` counts it (terminal cells,
    characters): whole when it fits, else cut between two graphemes with "…" — at a
    word boundary when that keeps at least two thirds of the room."""
    flat = " ".join(nfc(text).split())
    if measure(flat) <= width:
        return flat
    room = width - measure(ELLIPSIS)
    kept: list[str] = []
    used = 0
    for cluster in graphemes(flat):
        used += measure(cluster)
        if used > room:
            break
        kept.append(cluster)
    head = "".join(kept)
    if not flat[len(head) :].startswith(" "):  # mid-word: back to the last space if it pays
        words = head.rsplit(" ", 1)[0] if " " in head else head
        head = words if measure(words) * 3 >= room * 2 else head
    return (head.rstrip(" ,;:.-–—") + ELLIPSIS) if room > 0 else ELLIPSIS[: max(width, 0)]

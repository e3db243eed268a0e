"""A phrase that names several steps, each with its day, cut into one phrase per step.

"Xây dựng dự thảo trước ngày 1/1/2026 và trình UBND tỉnh trước ngày 15/1/2026" reads as two
deadlines, which one milestone cannot hold: the plan writes them as `deadlines:`, one entry
per step. `step_phrases` gives the entries, each the phrase's own words (cut before the
next step's name, its joining "và", "," or ";" dropped), only when each entry reads alone
as exactly the deadline it was read as in the whole (same days, same year's source, same
step): otherwise None, and the caller shows the days instead of guessing the cut.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline

# What joins a step to the next one, left at the end of the step before it
_JOINER = re.compile(r"(?:[\s,;]|\b(?:và|rồi|sau đó)\b)+$", re.IGNORECASE)


def step_phrases(
    phrase: str, readings: Sequence[Deadline], context: Context
) -> tuple[str, ...] | None:
    """The phrase of each of `readings` (the deadlines `phrase` reads as in `context`), cut
    at the start of each later step's name; None when a later reading names no step, its
    name is not found in order, or a piece does not read alone as its deadline."""
    cuts = _cuts(phrase, readings)
    if cuts is None:
        return None
    bounds = [0, *cuts, len(phrase)]
    pieces = tuple(_JOINER.sub("", phrase[start:end]).strip() for start, end in pairwise(bounds))
    if not all(
        _reads_as(piece, reading, context) for piece, reading in zip(pieces, readings, strict=True)
    ):
        return None
    return pieces


def _cuts(phrase: str, readings: Sequence[Deadline]) -> list[int] | None:
    """Where each reading after the first starts: its step's name, found after the last."""
    cuts: list[int] = []
    after = 1
    for reading in readings[1:]:
        if not reading.label:
            return None
        at = phrase.find(reading.label, after)
        if at < 0:
            return None
        cuts.append(at)
        after = at + len(reading.label)
    return cuts


def _reads_as(piece: str, reading: Deadline, context: Context) -> bool:
    from kehoach.dates.engine import parse  # the grammar, when first read (deadline.py)

    try:
        alone = parse(piece, context)
    except Unreadable:
        return False
    return len(alone) == 1 and replace(alone[0], phrase=reading.phrase) == reading

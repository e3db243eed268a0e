"""The example a plan file needs for a phrase of several steps: a `deadlines:` list.

"Xây dựng dự thảo trước ngày 1/1/2026 và trình UBND tỉnh trước ngày 15/1/2026" under
`deadline:` reads as two deadlines, one milestone each: `validate` shows the lines to write
in its place, built from the phrase's own words (`dates.several.step_phrases`), or, when
the words cannot be cut safely, from its own days (`last_day`, and `first_day` for a span)
with the step's words left for the clerk to copy (clerk35: the message asked both to split
the phrase and to keep it unchanged, and gave no example).
"""

from __future__ import annotations

import json

from kehoach.dates.deadline import Deadline, DeadlineError
from kehoach.dates.reading import Context
from kehoach.dates.several import step_phrases


def several_example(exc: DeadlineError, context: Context, *, in_list: bool) -> tuple[str, ...]:
    """The YAML lines that write the deadlines of `exc` (a `Refusal.SEVERAL`) as entries of
    `deadlines:`, headed by `deadlines:` unless the phrase already is an entry (`in_list`);
    () when `exc` holds no readings."""
    if not exc.readings:
        return ()
    pieces = step_phrases(exc.phrase, exc.readings, context)
    if pieces is not None:
        entries = [f"- phrase: {_quoted(piece)}" for piece in pieces]
    else:
        entries = [_by_days(reading) for reading in exc.readings]
    return (*(["deadlines:"] if not in_list else []), *(f"  {e}" for e in entries))


def _by_days(reading: Deadline) -> str:
    """An entry with the step's days written out and its words to copy ("…")."""
    words = _quoted(f"{reading.label} …" if reading.label else "…")
    if reading.last is None:
        return f"- phrase: {words}"
    days = f"last_day: {reading.last:%d/%m/%Y}"
    if reading.first is not None and reading.first < reading.last:
        days = f"first_day: {reading.first:%d/%m/%Y}, {days}"
    return f"- {{phrase: {words}, {days}}}"


def _quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's string form is one)."""
    return json.dumps(text, ensure_ascii=False)

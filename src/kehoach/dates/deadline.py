"""The Vietnamese deadline language: a phrase as printed in a plan -> a `Deadline`.

Plans write deadlines as Vietnamese phrases ("Trước ngày 23/6/2022", "Tháng 6,7,8/2022",
"Quý III/2026", "Thường xuyên"). This module reads them with a grammar of its own
(dateutil's fuzzy parser misreads Vietnamese periods), keeps the phrase untouched, and
never guesses: a phrase it cannot read raises `DeadlineError` naming the phrase.

This module is the language's public face: `parse_deadline(s)`, `DeadlineError`, and the
types of a reading (`Deadline`, `DeadlineKind`, `Recurrence`, `Relative`, `Context`, kept in
`kehoach.dates.reading` and re-exported here). The reading itself is `kehoach.dates.engine`.

Pure: no I/O, no terminal, no clock. `parse_deadline` takes its context explicitly.
"""

from __future__ import annotations

from kehoach.dates.grammar import Refusal, Unreadable, show
from kehoach.dates.plaindate import read_plain
from kehoach.dates.reading import (
    BYDAY,
    Context,
    Deadline,
    DeadlineKind,
    Frequency,
    Recurrence,
    Relative,
    YearFrom,
    nth_weekday_parts,
    rrule_text,
)

__all__ = [
    "BYDAY",
    "Context",
    "Deadline",
    "DeadlineError",
    "DeadlineKind",
    "Frequency",
    "Recurrence",
    "Refusal",
    "Relative",
    "YearFrom",
    "nth_weekday_parts",
    "parse_deadline",
    "parse_deadlines",
    "rrule_text",
]


_SHOWN = 300  # characters of a refused phrase quoted in its message


class DeadlineError(ValueError):
    """A phrase the grammar cannot read. The message names the phrase and says why; `kind`
    is the reason's family (`grammar.Refusal`), which a caller decides on, never `why`;
    `readings`, for a phrase of several deadlines (`Refusal.SEVERAL`), what it reads as."""

    def __init__(
        self,
        phrase: str,
        why: str,
        *,
        kind: Refusal = Refusal.REASON,
        readings: tuple[Deadline, ...] = (),
    ) -> None:
        # a pasted cell may hold a whole page: quote its start, not 500 KB on one line
        shown = phrase if len(phrase) <= _SHOWN else phrase[:_SHOWN] + "…"
        super().__init__(f"không đọc được thời hạn {shown!r}: {why}")
        self.phrase = phrase
        self.why = why
        self.kind = kind
        self.readings = readings  # the deadlines of a phrase of several (Refusal.SEVERAL)


def parse_deadlines(phrase: str, context: Context | None = None) -> tuple[Deadline, ...]:
    """Read `phrase` in `context` into one deadline, or several when it names several
    joined by "và", "," or ";" ("Tháng 3 và tháng 9/2027"); raise `DeadlineError`
    rather than guess. Every number of the phrase is accounted for by the reading."""
    context = context or Context()
    if (plain := read_plain(phrase, context)) is not None:  # "Trước ngày 30/6/2026"
        return (plain,)
    # The grammar compiles about a thousand patterns (0.3 s of CPU): imported here, so a
    # run whose readings come from the plan cache, or are all plain days, never pays for it.
    from kehoach.dates.engine import parse

    try:
        return parse(phrase, context)
    except Unreadable as error:
        raise DeadlineError(phrase, error.why, kind=error.kind) from None


def parse_deadline(phrase: str, context: Context | None = None) -> Deadline:
    """Read `phrase` as exactly one deadline; a phrase naming several is refused (a
    milestone holds one: write them as several `deadlines`)."""
    readings = parse_deadlines(phrase, context)
    if readings[0].last is None and readings[0].earliest and readings[0].kind is DeadlineKind.DATE:
        raise DeadlineError(
            phrase,
            f"chỉ nêu mốc bắt đầu ({show(readings[0].earliest)}), thiếu mốc kết thúc (hạn cuối); "
            "ghi last_day (và first_day) nếu văn bản có hạn ở chỗ khác",
        )
    if len(readings) > 1:
        shown = "; ".join(r.reading for r in readings)
        raise DeadlineError(
            phrase,
            f"cụm từ nêu {len(readings)} thời hạn ({shown}); ghi thành deadlines (một danh "
            "sách, mỗi bước một mục) thay cho một deadline",
            kind=Refusal.SEVERAL,
            readings=readings,
        )
    return readings[0]

"""What the rules of the deadline language pass around while they read a phrase.

`Input` is a phrase as a rule sees it (its source, context and the year it may take), `Found`
what a rule reads from it, before `kehoach.dates.deadline` turns it into a `Deadline`;
`date_found` and `window_found` build the two dated readings; `Decided` is a refusal that
stands over the whole phrase's.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from kehoach.dates.grammar import Source, Span, Unreadable, show
from kehoach.dates.reading import Context, DeadlineKind, Recurrence, Relative, YearFrom


class Input(NamedTuple):
    """A phrase, or one part of it, as a rule reads it."""

    source: Source
    context: Context
    plan_year: int | None  # the year a phrase without one takes
    year_from_plan: bool = True  # False: it came from a later part ("tháng 3 và 9/2027")
    enclosed: bool = False  # the time part stood in parentheses after the step's words
    # a lunar gloss of two ends beside it ("(25 tháng Chạp đến 12 tháng Giêng)"): the phrase
    # names one span, whose two ends `refusals.check_asides` checks against the gloss
    lunar_span: bool = False

    @property
    def prepared(self) -> str:
        return self.source.prepared


class Found(NamedTuple):
    """What a rule read, before `kehoach.dates.deadline` makes it a `Deadline`."""

    kind: DeadlineKind
    reading: str
    first: date | None = None
    last: date | None = None
    recurrence: Recurrence | None = None
    year_inferred: bool = False  # the phrase had no year: the plan's year was used
    earliest: date | None = None
    qualifier: str | None = None
    relative: Relative | None = None
    label: str | None = None
    gloss: str | None = None  # words of the phrase that explain the reading, kept
    time: str | None = None  # a time of day the rule read itself ("16 giờ thứ Năm")
    counts_from: bool = False  # a start bound whose day is the first one counted ("bắt đầu từ")
    named_years: tuple[int, ...] = ()  # years in a length's label, checked against its window
    # the last day as written, when `before = "strict"` put `last` on the day before it
    # ("trước ngày 15/3 (Chủ nhật)" ends 14/3): a gloss of the day (a weekday in parentheses,
    # a lunar date) names the written day, and is checked against it
    written: date | None = None
    # the first day of the period a "by the end of" reading closes ("Đến hết năm 2015":
    # 01/01/2015): the day read is that period's last, and the period frames any day inside it
    period_first: date | None = None
    # where the year a phrase left unsaid came from (`year_inferred`), set where it is chosen
    year_from: YearFrom = "phrase"


class Decided(Unreadable):
    """A refusal of the parts read together that stands: it says why better than the
    whole phrase's (a cadence beside a day it cannot be read with)."""


def whole_years(found: Found) -> int | None:
    """How many whole calendar years `found` spans (1 January to 31 December), or None."""
    first, last = found.first, found.last
    if first is None or last is None:
        return None
    if (first.month, first.day) != (1, 1) or (last.month, last.day) != (12, 31):
        return None
    return last.year - first.year + 1


def date_found(span: Span, last: date, reading: str) -> Found:
    return Found(DeadlineKind.DATE, reading, last, last, None, span.year_inferred)


def window_found(span: Span, words: str) -> Found:
    reading = f"khoảng {show(span.first)} – {show(span.last)} ({words}); tính trễ hạn từ ngày cuối"
    return Found(DeadlineKind.WINDOW, reading, span.first, span.last, None, span.year_inferred)

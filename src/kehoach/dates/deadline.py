"""The Vietnamese deadline language: a phrase as printed in a plan -> a `Deadline`.

Plans write deadlines as Vietnamese phrases ("Trước ngày 23/6/2022", "Tháng 6,7,8/2022",
"Quý III/2026", "Thường xuyên"). This module reads them with a grammar of its own
(dateutil's fuzzy parser misreads Vietnamese periods), keeps the phrase untouched, and
never guesses: a phrase it cannot read raises `DeadlineError` naming the phrase.

Pure: no I/O, no terminal, no clock. `parse_deadline` takes its context explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import (
    DAY_RULE,
    DAY_THEN_WORDS,
    DOCUMENT_NUMBER,
    EVERY_FIRST_RULE,
    EVERY_LAST_RULE,
    ONE_DAY,
    ONGOING_RULE,
    PERIOD_RULE,
    RANGE_RULE,
    RELATIVE_RULE,
    UNKNOWN_RULE,
    Span,
    Unreadable,
    month_end,
    prepare,
    read_day,
    read_label,
    read_period,
    read_point,
    show,
)


class DeadlineKind(StrEnum):
    """What sort of time a phrase names."""

    DATE = "date"  # one last allowed day: "Trước ngày 23/6/2022"
    WINDOW = "window"  # a span of days: "Tháng 6,7,8/2022", "Quý III/2026"
    RECURRING = "recurring"  # repeats: "Trước ngày 15/12 hằng năm", "Định kỳ hằng quý"
    ONGOING = "ongoing"  # continuous, no date: "Thường xuyên"
    RELATIVE = "relative"  # counted from an event: "Sau 15 ngày kể từ ngày ..."
    UNKNOWN = "unknown"  # the author states there is no date: "Không nêu thời hạn"


class Frequency(StrEnum):
    YEARLY = "yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """A repeating deadline: each period ends on a given day.

    yearly + month/day: "Trước ngày 15/12 hằng năm" -> month=12, day=15.
    yearly + month only: "Tháng 12 hằng năm" -> month=12, day=None (last day of month).
    yearly alone: "Hằng năm" -> the last day of each year.
    quarterly: "Định kỳ hằng quý" -> the last day of each quarter.
    monthly: "Hằng tháng" (day=None -> last day of the month, or day=N).
    """

    frequency: Frequency
    month: int | None = None
    day: int | None = None
    start: date | None = None  # first period that counts, when the phrase or plan says


@dataclass(frozen=True)
class Deadline:
    """How one phrase is read.

    `first` and `last` are inclusive. For a DATE both are the last allowed day; for a
    WINDOW they bound the span and `last` is what lateness counts from. RECURRING,
    ONGOING, RELATIVE and UNKNOWN have no fixed days (None), RECURRING has `recurrence`.
    `label` is the step named by the phrase's leading words ("Tham mưu UBND tỉnh"),
    `reading` explains in Vietnamese how the phrase was understood.
    """

    phrase: str
    kind: DeadlineKind
    first: date | None
    last: date | None
    recurrence: Recurrence | None
    label: str | None
    reading: str


@dataclass(frozen=True)
class Context:
    """What a phrase may need from outside itself.

    `issued`: the plan's issue date; a phrase without a year takes the year from it.
    `strict_before`: when True, "Trước ngày D" allows up to D minus one day; by default
    D itself is the last allowed day (repository setting `before = "strict"`).
    """

    issued: date | None = None
    strict_before: bool = False


class DeadlineError(ValueError):
    """A phrase the grammar cannot read. The message names the phrase and says why."""

    def __init__(self, phrase: str, why: str) -> None:
        super().__init__(f"không đọc được thời hạn {phrase!r}: {why}")
        self.phrase = phrase
        self.why = why


def parse_deadline(phrase: str, context: Context | None = None) -> Deadline:
    """Read `phrase` in `context`; raise `DeadlineError` rather than guess."""
    try:
        return _parse(phrase, context or Context())
    except Unreadable as error:
        raise DeadlineError(phrase, error.why) from None


# --- the grammar ------------------------------------------------------------------------
# A phrase is [label] [keywords] <time part> [trailing punctuation]. Every rule below is
# anchored at the END of the phrase, so a date is never picked out of arbitrary text;
# the rule whose match starts earliest explains the most words and wins.


class _Input(NamedTuple):
    text: str  # the phrase in NFC: labels and events are cut from it
    prepared: str  # the same text folded, blanks and `*` as spaces: rules match on it
    context: Context

    @property
    def plan_year(self) -> int | None:
        return self.context.issued.year if self.context.issued else None


class _Found(NamedTuple):
    kind: DeadlineKind
    reading: str
    first: date | None = None
    last: date | None = None
    recurrence: Recurrence | None = None
    year_inferred: bool = False  # the phrase had no year: the plan's year was used


_Builder = Callable[[re.Match[str], _Input], _Found]
_LONGEST = 500  # a deadline cell is a short phrase; longer text is prose, not a deadline


def _parse(phrase: str, context: Context) -> Deadline:
    text = nfc(phrase)
    given = _Input(text, prepare(fold(text)), context)
    if not given.prepared.strip(" .,;:-"):
        raise Unreadable("thời hạn để trống")
    if len(text) > _LONGEST:
        raise Unreadable(f"dài quá {_LONGEST} ký tự, không phải một thời hạn")
    found = _first_reading(given.prepared)
    if found is None:
        raise Unreadable(_why_unread(given))
    match, build = found
    result = _with_plan_year(build(match, given), context)
    label = _label(match, given)
    return Deadline(
        phrase, result.kind, result.first, result.last, result.recurrence, label, result.reading
    )


def _with_plan_year(found: _Found, context: Context) -> _Found:
    """Say when the year came from the plan; refuse it if the day was already past."""
    if not found.year_inferred or found.last is None:
        return found
    if context.issued is not None and found.last < context.issued:
        raise Unreadable(
            f"hạn {show(found.last)} đã qua khi kế hoạch ban hành ({show(context.issued)}); "
            "cần ghi rõ năm"
        )
    note = f"; năm {found.last.year} lấy theo năm ban hành kế hoạch"
    return found._replace(reading=found.reading + note)


def _first_reading(prepared: str) -> tuple[re.Match[str], _Builder] | None:
    found = [(m, build) for rule, build in _RULES if (m := rule.search(prepared))]
    return min(found, key=lambda pair: pair[0].start(), default=None)


def _label(match: re.Match[str], given: _Input) -> str | None:
    start = match.start()
    label = read_label(given.text[:start], given.prepared[:start])
    if label.text is None:
        return None
    if not (match["lead"] or label.filler):
        raise Unreadable(
            f"“{label.text}” đứng trước ngày tháng mà thiếu từ nối "
            "như “trước ngày”, “trong”, “đến hết”"
        )
    if _is_deadline(label.text, given.context):
        raise Unreadable(f"“{label.text}” cũng là một thời hạn: mỗi mốc chỉ ghi một thời hạn")
    return label.text


def _is_deadline(text: str, context: Context) -> bool:
    """Whether `text` alone reads as a deadline: two in one phrase are refused."""
    given = _Input(text, prepare(fold(text)), context)
    found = _first_reading(given.prepared)
    if found is None or given.prepared[: found[0].start()].strip(" .,;:-"):
        return False
    match, build = found
    try:
        build(match, given)
    except Unreadable:
        return False
    return True


def _why_unread(given: _Input) -> str:
    if DOCUMENT_NUMBER.search(given.prepared):
        return "đây là số hiệu văn bản (như 42/2014/QĐ-TTg), không phải thời hạn"
    if day := DAY_THEN_WORDS.search(given.prepared):
        rest = given.text[day.end() :].replace("*", " ").strip()
        return f"sau ngày tháng còn chữ không hiểu: “{rest}”"
    return (
        "không nhận ra thời hạn; viết như “Trước ngày 23/6/2022”, “Tháng 6, 7/2022”, "
        "“Quý III/2026”, “Thường xuyên”"
    )


# --- readings ---------------------------------------------------------------------------


def _date(span: Span, last: date, reading: str) -> _Found:
    return _Found(DeadlineKind.DATE, reading, last, last, None, span.year_inferred)


def _window(span: Span, words: str) -> _Found:
    reading = f"khoảng {show(span.first)} – {show(span.last)} ({words}); tính trễ hạn từ ngày cuối"
    return _Found(DeadlineKind.WINDOW, reading, span.first, span.last, None, span.year_inferred)


def _day(match: re.Match[str], given: _Input) -> _Found:
    span = read_day(match["when"], given.plan_year)
    if not match["before"]:
        return _date(span, span.last, f"hạn cuối {span.words}")
    if given.context.strict_before:  # setting `before = "strict"`: D itself is too late
        last = span.last - ONE_DAY
        return _date(
            span, last, f"hạn cuối {show(last)} (trước ngày {span.words}, không tính ngày đó)"
        )
    return _date(span, span.last, f"hạn cuối {span.words} (tính cả ngày {span.words})")


def _period(match: re.Match[str], given: _Input) -> _Found:
    if match["when"] == "nam" and not match["lead"]:  # "trong năm", "cuối năm" but not "năm"
        raise Unreadable("“năm” không ghi năm nào")
    span = read_period(match["when"], given.plan_year)
    if match["before"]:  # "trước tháng 6/2026": June must not have started
        last = span.first - ONE_DAY
        why = f"trước {span.words}, tức trước ngày {show(span.first)}"
        return _date(span, last, f"hạn cuối {show(last)} ({why})")
    if match["to_end"] and "cuoi" in match["to_end"]:
        why = f"“cuối {span.words}” hiểu là ngày cuối cùng của {span.words}"
        return _date(span, span.last, f"hạn cuối {show(span.last)} ({why})")
    if match["to_end"]:
        return _date(span, span.last, f"hạn cuối {show(span.last)} (hết {span.words})")
    return _window(span, span.words)


def _range(match: re.Match[str], given: _Input) -> _Found:
    end = read_point(match["end"], given.plan_year)
    start = read_point(match["start"], end.last.year)  # "từ 01/3 đến 30/4/2026"
    if start.first > end.last:
        raise Unreadable(f"ngày bắt đầu {show(start.first)} sau ngày kết thúc {show(end.last)}")
    span = Span(start.first, end.last, "", end.year_inferred)
    return _window(span, f"từ {start.words} đến hết {end.words}")


# frequency, and the period whose last day is due when no day is written
_EVERY = {
    "nam": (Frequency.YEARLY, "năm"),
    "quy": (Frequency.QUARTERLY, "quý"),
    "thang": (Frequency.MONTHLY, "tháng"),
}
_LEAP_YEAR = 2000  # a recurring "29/02" is a real day in some years


def _recurring(match: re.Match[str], given: _Input) -> _Found:
    every, when = match["every"], match["when"]
    before, strict = bool(match["before"]), given.context.strict_before
    if when is None:
        frequency, period = _EVERY[every]
        reading = f"hằng {period}, hạn ngày cuối {period}"
        return _Found(DeadlineKind.RECURRING, reading, recurrence=Recurrence(frequency))
    if every == "nam":
        return _yearly(when, before, strict)
    if every == "thang":
        return _monthly(when, before, strict)
    raise Unreadable("“hằng quý” kèm ngày chưa đọc được; ghi “Định kỳ hằng quý”")


def _yearly(when: str, before: bool, strict: bool) -> _Found:
    """Yearly: "Trước ngày 15/12 hằng năm", "Tháng 12 hằng năm", "Quý IV hằng năm"."""
    if when.isdigit():
        raise Unreadable("“hằng năm” cần cả ngày và tháng, như “trước ngày 15/12 hằng năm”")
    if when.startswith(("thang", "quy")):
        span = read_period(when, _LEAP_YEAR)
        if before:  # "trước tháng 12 hằng năm": by the end of November
            return _yearly_found(span.first - ONE_DAY, None, f" (trước {_yearless(span)})")
        return _yearly_found(span.last, None, "")
    span = read_day(when, _LEAP_YEAR)
    if before and strict:
        due = span.last - ONE_DAY
        day = None if due == month_end(due.year, due.month) else due.day
        return _yearly_found(due, day, f" (trước ngày {_yearless(span)}, không tính ngày đó)")
    return _yearly_found(span.last, span.last.day, "")


def _yearless(span: Span) -> str:
    return span.words.removesuffix(f"/{_LEAP_YEAR}")


def _yearly_found(due: date, day: int | None, note: str) -> _Found:
    shown = f"{day:02d}/{due.month:02d}" if day else f"cuối tháng {due.month}"
    recurrence = Recurrence(Frequency.YEARLY, month=due.month, day=day)
    return _Found(
        DeadlineKind.RECURRING, f"hằng năm, hạn ngày {shown}{note}", recurrence=recurrence
    )


def _monthly(when: str, before: bool, strict: bool) -> _Found:
    """Monthly: "Trước ngày 20 hằng tháng"; day None is the last day of each month."""
    if not when.isdigit():
        raise Unreadable("“hằng tháng” chỉ cần ngày trong tháng, như “trước ngày 20 hằng tháng”")
    written = int(when)
    if not 1 <= written <= 31:
        raise Unreadable(f"không có ngày {written} trong tháng")
    day: int | None = written
    note = ""
    if before and strict:
        day, note = written - 1 or None, f" (trước ngày {written}, không tính ngày đó)"
    shown = str(day) if day else "cuối tháng"
    recurrence = Recurrence(Frequency.MONTHLY, day=day)
    return _Found(
        DeadlineKind.RECURRING, f"hằng tháng, hạn ngày {shown}{note}", recurrence=recurrence
    )


def _ongoing(_match: re.Match[str], _given: _Input) -> _Found:
    return _Found(DeadlineKind.ONGOING, "thường xuyên, không có ngày cố định")


def _unknown(_match: re.Match[str], _given: _Input) -> _Found:
    return _Found(DeadlineKind.UNKNOWN, "văn bản nêu rõ không có thời hạn")


_UNITS = {
    "ngay lam viec": "ngày làm việc",
    "ngay": "ngày",
    "tuan": "tuần",
    "thang": "tháng",
    "nam": "năm",
}
_ANCHORS = {"ke tu": "kể từ", "tinh tu": "kể từ", "sau khi": "sau khi", "sau": "sau"}


def _relative(match: re.Match[str], given: _Input) -> _Found:
    unit = _UNITS[" ".join(match["unit"].split())]
    anchor = _ANCHORS[" ".join(match["lead"].split())]
    event = " ".join(
        given.text[match.start("event") : match.end("event")].replace("*", " ").split()
    )
    reading = f"{int(match['count'])} {unit} {anchor} {event}; không có ngày cố định"
    return _Found(DeadlineKind.RELATIVE, reading)


_RULES: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (RELATIVE_RULE, _relative),
    (UNKNOWN_RULE, _unknown),
    (ONGOING_RULE, _ongoing),
    (EVERY_FIRST_RULE, _recurring),
    (EVERY_LAST_RULE, _recurring),
    (RANGE_RULE, _range),
    (PERIOD_RULE, _period),
    (DAY_RULE, _day),
)

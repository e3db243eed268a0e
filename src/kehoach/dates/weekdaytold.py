"""A weekday told of a day after it: a fact of the calendar, checked, never a deadline.

The press says on which weekday a day falls, after the day: "Năm 2026, Tết Dương lịch (ngày
1/1) vào thứ Năm." (CafeF, 16/12/2025; za-cafef-lich-nghi-tet-65-truong-dh-2026), or gives it
as the reason for the deadline it advises: "Thực tế, các đơn vị nên hoàn thành trước ngày 4-12,
vì ngày 5-12 rơi vào thứ Sáu" (Người Lao Động, 28/11/2025; y-nld-han-bao-cao-lao-dong-6-thang-
cuoi-nam-2025). The grammar took the weekday for a time of its own ("thứ Năm" for a year, "thứ
Sáu" for a second step) and refused. The weekday moves no day: it is checked against the
calendar (a wrong one means one of the two is mistyped, and the phrase is refused saying so),
then set aside, and the rest of the phrase is read by every rule as it stands.

Two shapes, each closing the phrase:
- the day, then "(sẽ) (rơi) vào", "là" or "nhằm" and its weekday: the rest must read as that
  one day. When the rest is refused only because its day has no year while the phrase opens
  with "Năm YYYY," (a part without its year after one with it), it is read without that
  opening, by the page's own rule: kept only when that rule takes the day in YYYY and the
  weekday told is the day's, the three saying the same day (1/1 fell on a Thursday in 2026,
  on a Wednesday in 2025). No year is lent (`yearopened` keeps a page's rule);
- a comma, "vì" or "do" (because), another day and "rơi vào" its weekday: the reason says
  why the deadline before it is set, and its day, within a week of the deadline and taken in
  the deadline's year, must fall on that weekday.

A condition, a negation or a thing told done in the rest is refused by the checks the engine
runs on every reading.

Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.asides import WEEKDAY, WEEKDAYS, weekday_number
from kehoach.dates.grammar import Unreadable, show
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# a day and its month, with its year or none (folded)
_DAY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/.-])"
# ... its weekday told right after it, closing the phrase: "(ngày 1/1) vào thứ Năm.",
# "ngày 18/11/2024 sẽ rơi vào thứ Hai", "ngày 2/9 là thứ Ba"; "của tuần" (of the week) may close it
_FALLS_ON = re.compile(
    rf"(?<![\d/.-]){_DAY}(?P<cut>\s*\)?)\s+(?:se\s+)?(?:roi\s+vao|vao|la|nham)\s+"
    rf"(?P<weekday>{WEEKDAY.pattern})(?:\s+(?:cua\s+)?tuan)?\s*[.]?\s*\Z",
    re.ASCII,
)
# ... or the reason after the deadline: ", vì ngày 5-12 rơi vào thứ Sáu"
_BECAUSE_FALLS_ON = re.compile(
    rf"\s*,\s*(?:vi|do|boi\s+vi)\s+(?:ngay\s+)?{_DAY}\s+(?:se\s+)?roi\s+vao\s+"
    rf"(?P<weekday>{WEEKDAY.pattern})(?:\s+(?:cua\s+)?tuan)?\s*[.]?\s*\Z",
    re.ASCII,
)
# "Năm 2026," opening the phrase (folded): the year the press frames the sentence with
_YEAR_OPENING = re.compile(r"\A\W*nam\s+(?P<year>(?:19|20)\d\d)\s*,", re.ASCII)
_REASON_NEAR = 7  # days: a reason's day beside the deadline it explains


def read_weekday_told(text: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The readings of `text` whose closing weekday told of a day (`_FALLS_ON`,
    `_BECAUSE_FALLS_ON`) agrees with the calendar, read by `parse` without it; None when no
    such weekday closes it or the rest does not read as the module's docstring says (the
    caller's refusal stands). Raises `Unreadable` when the weekday is not the day's."""
    shown = nfc(text)
    folded = fold(shown)  # one character for one: the spans are `shown`'s
    if reason := _BECAUSE_FALLS_ON.search(folded):  # first: its day is followed by a weekday too
        return _deadline_then_a_reason(shown, reason, context, parse)
    if told := _FALLS_ON.search(folded):
        return _day_then_its_weekday(shown, told, context, parse)
    return None


def _day_then_its_weekday(
    shown: str, told: re.Match[str], context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The one day read from the words before the weekday, that day's weekday checked."""
    rest = shown[: told.end("cut")]
    named = weekday_number(told)  # its groups are `WEEKDAY`'s
    found: tuple[Deadline, ...] | None
    try:
        found = parse(rest, context)
    except Unreadable:
        found = _in_the_year_opening(shown, told, named, context, parse)
    if not found or len(found) != 1 or not _one_day(found[0], told):
        return None
    assert found[0].last is not None  # `_one_day`
    _weekday_agrees(found[0].last, named)
    return (replace(found[0], phrase=shown),)


def _in_the_year_opening(
    shown: str, told: re.Match[str], named: int, context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The rest read without the year opening the phrase ("Năm 2026, …"), when the page's own
    rule then takes the day in that very year and the weekday told is that day's: the year is
    never lent (a page keeps its rule, `yearopened`), only found to agree."""
    opening = _YEAR_OPENING.match(fold(shown))
    if opening is None or told["y"]:
        return None
    try:
        day = date(int(opening["year"]), int(told["m"]), int(told["d"]))
        found = parse(shown[opening.end() : told.end("cut")], context)
    except (ValueError, Unreadable):
        return None
    if len(found) != 1 or found[0].last != day:
        return None
    _weekday_agrees(day, named)  # the three name one day, or the page is wrong in one
    return found


def _deadline_then_a_reason(
    shown: str, reason: re.Match[str], context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The one deadline before the reason, the reason's day (near it) on its weekday."""
    try:
        found = parse(shown[: reason.start()], context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.DATE or found[0].last is None:
        return None
    deadline = found[0].last
    try:
        day = date(int(reason["y"] or deadline.year), int(reason["m"]), int(reason["d"]))
    except ValueError:
        return None
    if abs((day - deadline).days) > _REASON_NEAR:
        return None
    _weekday_agrees(day, weekday_number(reason))
    return (replace(found[0], phrase=shown),)


def _one_day(one: Deadline, told: re.Match[str]) -> bool:
    """Whether `one` is the one day `told` writes (its day and month, its year if written)."""
    day = one.last
    if one.kind is not DeadlineKind.DATE or day is None or one.first != day:
        return False
    if told["y"] and day.year != int(told["y"]):
        return False
    return (day.day, day.month) == (int(told["d"]), int(told["m"]))


def _weekday_agrees(day: date, named: int) -> None:
    """Refuse a weekday (`named`, 0 for Monday) that is not `day`'s: one of the two is a typo,
    so the way out is the corrected day (issue 11: a refusal names what to write)."""
    if day.weekday() != named:
        raise Unreadable(
            f"ngày {show(day)} là {WEEKDAYS[day.weekday()]}, không phải {WEEKDAYS[named]}; "
            "ghi last_day theo văn bản đã sửa"
        )

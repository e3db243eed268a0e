"""Working days in Vietnam, and periods counted the way the Civil Code counts them.

A working day (ngày làm việc) is Monday to Friday, except public holidays (Bộ luật Lao
động 2019, Điều 112, with the day off in lieu when a holiday falls on a weekend, Điều
112.3) and the weekdays the Government swaps for a Saturday; those make-up Saturdays
(ngày làm bù) are working days. Public holidays come from the `holidays` package (it
computes the lunar ones: Tết Nguyên Đán, Giỗ Tổ Hùng Vương); each year's announced swaps
come from the repository (plans/calendar.yaml), because the package knows only some.

Counting (Bộ luật Dân sự 2015):
- Điều 147: a period in days, weeks, months or years starts on the day AFTER the day or
  event it is counted from; so "10 ngày kể từ 13/01" ends on 23/01.
- Điều 148.1-4: it ends at the end of its last day; a period in weeks, months or years ends
  on the corresponding day, and when the last month has no such day, on its last day.
- Điều 148.5: when the last day is a weekend or public holiday, the period ends at the end
  of the next working day (the "rollover", a repository setting).

Counting backwards ("75 ngày trước ngày bầu cử") mirrors Điều 147: the event day is not
counted. Such a day is a limit before the event ("chậm nhất"), so it is never rolled
forward: rolling would leave fewer than the required days (the 2021 national election
timetable kept its Sunday limits, e.g. 07/02/2021, 105 days before 23/05/2021).

Pure: no files, no clock; the holidays come in as a function (`holidaytable`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

ONE_DAY = timedelta(days=1)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
UNITS = ("ngày", "tuần", "tháng", "năm")
# The longest count a plan plausibly writes, per unit: a count beyond it is a typing slip
# ("1000 ngày" for "100 ngày"), refused rather than turned into a day years away.
MAX_COUNT = {"ngày": 730, "tuần": 104, "tháng": 120, "năm": 20}
# The years the `holidays` package computes Vietnamese holidays for (its Vietnam class
# starts observing in-lieu days in 1995; its lunar tables stop at 2100).
FIRST_YEAR, LAST_YEAR = 1995, 2100


class Rollover(StrEnum):
    """What happens to a last day that is not a working day (kehoach.toml [calendar])."""

    NEXT_WORKING_DAY = "next_working_day"  # Bộ luật Dân sự 2015, Điều 148.5 (default)
    NONE = "none"  # the day as written


class CountError(ValueError):
    """A count that cannot be computed; the message says why in Vietnamese."""


def weekday_name(day: date) -> str:
    """ "Thứ Hai" … "Chủ nhật"."""
    return WEEKDAYS[day.weekday()]


def show(day: date) -> str:
    return f"{day:%d/%m/%Y}"


HolidayTable = Callable[[int], Mapping[date, str]]


@dataclass
class Calendar:
    """Which days are worked.

    `holidays_of(year)`: that year's public holidays and in-lieu days, day -> name (a
    holiday on a weekend may be listed: it is named, though the day was not worked
    anyway); it raises `CountError` for a year it has no data for, so such a year is never
    counted as if it had no holidays. `swapped_off`: weekdays the Government gave off in
    a swap, day -> name. `makeup`: weekend days worked instead (ngày làm bù), day -> name.
    `announced_through`: the last year whose notice of days off the calendar file records;
    a later year's Tết days and second Quốc khánh day, which the Prime Minister sets each
    year (Bộ luật Lao động 2019, Điều 112.1 and 112.3), are the package's rule, not a
    notice, and their names say so ("… — dự kiến, chưa có thông báo năm 2027").
    """

    holidays_of: HolidayTable
    swapped_off: Mapping[date, str] = field(default_factory=dict)
    makeup: Mapping[date, str] = field(default_factory=dict)
    announced_through: int | None = None
    _years: dict[int, Mapping[date, str]] = field(default_factory=dict, repr=False)

    def holidays(self, year: int) -> Mapping[date, str]:
        """The public holidays of `year` (computed once)."""
        if year not in self._years:
            self._years[year] = self.holidays_of(year)
        return self._years[year]

    def why_off(self, day: date) -> str | None:
        """The name of the holiday or swap that makes `day` a day off, None otherwise."""
        if day in self.makeup:
            return None
        name = self.swapped_off.get(day) or self.holidays(day.year).get(day)
        if name and self.announced_through is not None and day.year > self.announced_through:
            return (
                f"{name} — dự kiến, chưa có thông báo năm {day.year}"
                if set_yearly(name, day)
                else name
            )
        return name

    def is_working_day(self, day: date) -> bool:
        """Monday-Friday not off, or a make-up weekend day."""
        if day in self.makeup:
            return True
        return day.weekday() < 5 and self.why_off(day) is None

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day


def set_yearly(name: str, day: date) -> bool:
    """Whether the holiday `name` on `day` is one whose days the Prime Minister sets each
    year (Bộ luật Lao động 2019, Điều 112.3): the five days of Tết Nguyên Đán and the day of
    Quốc khánh beside 2/9; the others fall on their fixed days (Điều 112.1)."""
    if "Tết" in name and "Dương lịch" not in name:
        return True
    return name.startswith("Quốc khánh") and (day.month, day.day) != (9, 2)


# --- counting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Counted:
    """A period counted from an anchor day.

    `last`: the last day as counted; `due`: the day the deadline falls due (the next
    working day when `last` is not one and the rollover applies; `last` otherwise).
    `skipped`: the named days off passed over while counting working days or rolling.
    """

    anchor: date
    last: date
    due: date
    words: str  # "10 ngày làm việc sau 13/01/2026"
    skipped: tuple[tuple[date, str], ...] = ()

    @property
    def rolled(self) -> bool:
        return self.due != self.last

    def reading(self) -> str:
        """How the day was found, in Vietnamese: "hạn 25/01/2026 (Chủ nhật) → 26/01/2026"."""
        text = f"{self.words}: hạn {show(self.last)} ({weekday_name(self.last)})"
        if self.rolled:
            text += f" → {show(self.due)} (ngày làm việc tiếp theo, BLDS 2015 Điều 148.5)"
        return text


def check_count(offset: int, unit: str, working_days: bool) -> None:
    """Refuse counts no plan means: zero, negative, in the thousands, an unknown unit."""
    if unit not in UNITS:
        raise CountError(f"đơn vị “{unit}” không đếm được; dùng ngày, tuần, tháng hoặc năm")
    if working_days and unit != "ngày":
        raise CountError("chỉ đếm “ngày làm việc”, không có “tuần/tháng làm việc”")
    if offset <= 0:
        raise CountError(f"số {unit} phải lớn hơn 0 (đang ghi {offset})")
    if offset > MAX_COUNT[unit]:
        raise CountError(
            f"{offset} {unit} là quá dài cho một thời hạn (tối đa {MAX_COUNT[unit]}); "
            "kiểm tra lại con số"
        )


def count_from(
    anchor: date,
    offset: int,
    unit: str,
    *,
    working_days: bool = False,
    direction: str = "after",
    calendar: Calendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Counted:
    """The last day of a period of `offset` `unit`s after (or before) `anchor`.

    `unit`: "ngày" | "tuần" | "tháng" | "năm"; `working_days` counts only working days
    (unit "ngày"); `direction`: "after" | "before". A calendar is needed for working days
    and for the rollover; without one, neither applies. Raises `CountError`.
    """
    check_count(offset, unit, working_days)
    if direction not in ("after", "before"):
        raise CountError(f"hướng đếm “{direction}” không rõ")
    sign = 1 if direction == "after" else -1
    kind = f"{offset} ngày làm việc" if working_days else f"{offset} {unit}"
    words = f"{kind} {'sau' if sign > 0 else 'trước'} {show(anchor)}"
    skipped: list[tuple[date, str]] = []
    if working_days:
        if calendar is None:
            raise CountError("đếm ngày làm việc cần lịch ngày nghỉ lễ")
        last = _step_working_days(anchor, offset, sign, calendar, skipped)
    else:
        last = _shift(anchor, sign * offset, unit)
    due = last
    # Only a period running forward rolls: a limit before an event never moves closer to it.
    if sign > 0 and calendar is not None and rollover is Rollover.NEXT_WORKING_DAY:
        due = calendar.next_working_day(last)
        skipped.extend(_named_days_off(last, due, calendar))
    return Counted(anchor, last, due, words, tuple(skipped))


def roll(day: date, calendar: Calendar | None, rollover: Rollover) -> date:
    """`day`, or the next working day when the rollover applies and `day` is not one."""
    if calendar is None or rollover is Rollover.NONE:
        return day
    return calendar.next_working_day(day)


def _step_working_days(
    anchor: date, offset: int, sign: int, calendar: Calendar, skipped: list[tuple[date, str]]
) -> date:
    day, counted = anchor, 0
    while counted < offset:
        day += sign * ONE_DAY
        if calendar.is_working_day(day):
            counted += 1
        elif (name := calendar.why_off(day)) is not None:
            skipped.append((day, name))
    return day


def _named_days_off(start: date, end: date, calendar: Calendar) -> Iterator[tuple[date, str]]:
    day = start
    while day < end:
        if (name := calendar.why_off(day)) is not None:
            yield day, name
        day += ONE_DAY


def _shift(anchor: date, amount: int, unit: str) -> date:
    """Điều 148.2-4: the corresponding day; a month without it ends on its last day."""
    if unit == "ngày":
        return anchor + timedelta(days=amount)
    if unit == "tuần":
        return anchor + timedelta(weeks=amount)
    months = amount * (12 if unit == "năm" else 1)
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    return _clipped(year, month + 1, anchor.day)


def _clipped(year: int, month: int, day: int) -> date:
    for candidate in (day, 30, 29, 28):
        if candidate <= day:
            try:
                return date(year, month, candidate)
            except ValueError:
                continue
    raise AssertionError("every month has a 28th")  # pragma: no cover


# --- a span, for `kehoach workdays` -----------------------------------------------------


@dataclass(frozen=True)
class Span:
    """The working days from `first` to `last` (both included), and what is not worked."""

    first: date
    last: date
    working: int
    weekend: int
    days_off: tuple[tuple[date, str], ...]  # named weekday days off (holidays, swaps)
    makeup: tuple[tuple[date, str], ...]  # weekend days worked
    named_weekend: tuple[tuple[date, str], ...]  # holidays that fell on a weekend


def working_days_between(first: date, last: date, calendar: Calendar) -> Span:
    """Count the working days of `first`..`last` inclusive and name every exception."""
    if last < first:
        raise CountError(f"ngày cuối {show(last)} trước ngày đầu {show(first)}")
    working = weekend = 0
    off: list[tuple[date, str]] = []
    makeup: list[tuple[date, str]] = []
    named_weekend: list[tuple[date, str]] = []
    day = first
    while day <= last:
        if calendar.is_working_day(day):
            working += 1
            if day in calendar.makeup:
                makeup.append((day, calendar.makeup[day]))
        elif day.weekday() >= 5:
            weekend += 1
            if (name := calendar.why_off(day)) is not None:
                named_weekend.append((day, name))
        else:
            off.append((day, calendar.why_off(day) or "ngày nghỉ"))
        day += ONE_DAY
    return Span(first, last, working, weekend, tuple(off), tuple(makeup), tuple(named_weekend))

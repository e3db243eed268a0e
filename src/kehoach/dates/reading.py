"""What a deadline phrase reads as: a `Deadline`, its kind, its recurrence and its count.

The types of the deadline language (`kehoach.dates.deadline`, which re-exports them), apart
from the reading itself so that every part of the language can build them: `Context` (what a
phrase needs from outside), `Recurrence` with its RFC 5545 text (`rrule_text`), `Relative`.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from kehoach.dates.grammar import month_end


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
    HALF_YEARLY = "half-yearly"  # "Định kỳ 6 tháng": the last days of June and December
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    WEEKLY = "weekly"  # "Hằng tuần": the last day of each week, Sunday
    DAILY = "daily"  # "Hằng ngày": each day


@dataclass(frozen=True)
class Recurrence:
    """A repeating deadline: each period ends on a given day.

    yearly + month/day: "Trước ngày 15/12 hằng năm" -> month=12, day=15.
    yearly + month only: "Tháng 12 hằng năm" -> month=12, day=None (last day of month).
    yearly alone: "Hằng năm" -> the last day of each year.
    quarterly: "Định kỳ hằng quý" -> the last day of each quarter; with a day, that day
    of the quarter's last month ("ngày 05 của tháng cuối quý" -> day=5), or of the month
    `month` (1-3) of the quarter ("ngày 10 của tháng đầu quý sau" -> month=1, day=10).
    monthly: "Hằng tháng" (day=None -> last day of the month, or day=N).
    half-yearly: "Định kỳ 6 tháng" -> the last day of June and of December (or day N of
    those months); with `month` (1-6), that month of each half ("trước ngày 15/1 và 15/7
    hằng năm" -> month=1, day=15).
    weekly: "Hằng tuần" -> the last day of each week, Sunday (a Vietnamese week runs from
    Thứ Hai to Chủ nhật): the convention of "hằng tháng" and "hằng quý" with no day; "hằng
    tuần, trước 16 giờ thứ Năm" -> weekday=3 (Thursday, as `date.weekday` counts).

    Several due days in one period, each its own occurrence (its own report, its own
    lateness): `days` for a monthly rule ("ngày 15 và 25 hằng tháng" -> days=(15, 25), day
    None; RFC 5545 BYMONTHDAY=15,25), `months` for a yearly one with one day in each
    ("trước ngày 05/4, 05/7, 05/10, 05/11 hằng năm" -> months=(4, 7, 10, 11), day=5;
    BYMONTH=4,7,10,11). Two days six months apart are half-yearly, not two yearly days.

    The period each due day reports on, when the words say it is not the due day's own:
    `offset` counts periods of the rule's frequency from the due day's (0 its own, -1 the
    one before: "trước ngày 15 tháng 01 của năm tiếp theo" -> yearly, offset=-1, the
    report due 15/01/2027 is on 2026; "trước ngày 05 của tháng sau" -> monthly, offset=-1);
    None when the words do not say (`usual_offset` gives the convention). `covers`: a
    yearly rule's report on part of the year ("báo cáo 6 tháng đầu năm", Nghị định
    09/2019/NĐ-CP, Điều 12) -> "6 tháng đầu năm"; None is the whole period.
    """

    frequency: Frequency
    month: int | None = None
    day: int | None = None
    start: date | None = None  # first period that counts, when the phrase or plan says
    weekday: int | None = None  # weekly only: 0 Monday ... 6 Sunday; None is Sunday
    months: tuple[int, ...] = ()  # yearly only: the months due in, when several (ascending)
    days: tuple[int, ...] = ()  # monthly only: the days due on, when several (ascending, <= 28)
    # weekly only: the weekdays due on, when several ("vào các ngày thứ 3, thứ 5 và Chủ nhật
    # hằng tuần": (1, 3, 6), ascending, Monday 0); RFC 5545 BYDAY=TU,TH,SU
    weekdays: tuple[int, ...] = ()
    offset: int | None = None  # the period reported on, from the due day's (see above)
    covers: str | None = None  # yearly only: "6 tháng đầu năm", "9 tháng đầu năm", "quý III"
    # monthly or yearly: the `weekday`'s occurrence in the month due on, 1-4 or -1 the last
    # ("Chủ nhật thứ ba của tháng 11 hằng năm" -> yearly, month=11, weekday=6, nth=3; RFC 5545
    # BYDAY=3SU; "Chủ nhật cuối cùng hằng tháng" -> monthly, weekday=6, nth=-1, BYDAY=-1SU)
    nth: int | None = None
    # yearly only: every `interval` years (RFC 5545 INTERVAL), counted from `anchor`, the
    # first day of the first year due ("ba năm một lần … bắt đầu từ năm 2015" -> interval=3,
    # anchor=2015-01-01: due 2015, 2018, 2021 …); an interval above 1 always has its anchor
    # (`dates.interval`: without it the years due would be a guess)
    interval: int = 1
    anchor: date | None = None

    @property
    def bare(self) -> bool:
        """No day, month or weekday given ("hằng năm", "hằng quý"): due on the period's last
        day by convention, whatever the phrase says of the occasion."""
        given = (self.month, self.day, self.weekday, self.nth, self.months, self.days)
        return given == (None, None, None, None, (), ()) and not self.weekdays


def usual_offset(rule_text: str) -> int | None:
    """The period a due day reports on when the words do not say, from the due day's: its
    own (0), except for a quarterly rule due in the first month of each quarter
    (BYMONTH=1,4,7,10), or a yearly one due in the first quarter: None, not said. Such a day may close the quarter just ended or open
    the one starting (a quarter's plan), and every real rule of the corpus that reports on
    the quarter before says so ("ngày 10 của tháng đầu quý sau quý báo cáo", Luật Đầu tư
    2020, Điều 72; "ngày 18 của tháng đầu quý tiếp theo ngay sau kỳ báo cáo", Thông tư
    35/2015/TT-NHNN; "ngày cuối cùng của tháng đầu quý tiếp theo", Luật Quản lý thuế 2019,
    Điều 44), so a listed "10/1, 10/4, 10/7, 10/10" with no such words is not given a
    quarter: each due day is named by itself (`recurrence.occurrence`)."""
    parts = dict(p.split("=", 1) for p in rule_text.upper().split(";") if "=" in p)
    months = {int(m) for m in parts.get("BYMONTH", "").split(",") if m}
    quarterly = parts.get("FREQ") == "MONTHLY" and len(months) == 4
    # ... and a yearly rule due in the first quarter: "Báo cáo năm trước ngày 10/01 hằng
    # năm" reports on the year just ended (Thông tư 03/2015/TT-BTTTT: "trước ngày 10/01 của
    # năm liền kề năm báo cáo"), a plan of the year due then on the year begun; named "năm
    # 2027" for its due day of 10/01/2027, the 2026 report could not be marked sent (a fresh
    # user of session 40)
    yearly = parts.get("FREQ") == "YEARLY" and len(months) == 1
    if (quarterly and months <= {1, 4, 7, 10}) or (yearly and months <= {1, 2, 3}):
        return None
    return 0


@dataclass(frozen=True)
class Series:
    """A recurring deadline as `dates.recurrence` expands and names it: `rule`, the RFC
    5545 RRULE text of its due days, and, ours (RFC 5545 has no such notion), the period
    each due day reports on: `offset` periods of the rule's frequency from the due day's
    (`Recurrence.offset`, else `usual_offset`; None: not said, each due day named by itself)
    and the part of the year a yearly report `covers` ("6 tháng đầu năm")."""

    rule: str
    offset: int | None = 0  # None: not said, and no convention (`usual_offset`)
    covers: str | None = None
    anchor: date | None = None  # DTSTART of a rule due every few years (`Recurrence.anchor`)


def series_of(rule: Recurrence, text: str | None = None) -> Series:
    """The series of a recurrence (its RRULE `text`, by default `rrule_text`): the due days
    and the period each reports on."""
    text = text or rrule_text(rule)
    offset = rule.offset
    if offset is None:  # a rule naming the part of the year its report covers ("Quý I từ
        # ngày 15 của tháng 12 năm trước đến ngày 14 tháng 3 của năm báo cáo") says the year
        offset = 0 if rule.covers is not None else usual_offset(text)
    return Series(text, offset, rule.covers, rule.anchor)


@dataclass(frozen=True)
class Relative:
    """A deadline counted from an event, read but not resolved (dates.workdays does that).

    "Trong thời hạn 30 ngày kể từ ngày ký" -> offset=30, unit="ngày", working_days=False,
    direction="after", anchor="ngày ký"; "trước ngày khai mạc 2 tuần" -> offset=2,
    unit="tuần", direction="before", anchor="ngày khai mạc".
    """

    offset: int
    unit: str  # "ngày" | "tuần" | "tháng" | "năm"
    working_days: bool  # "ngày làm việc" (Bộ luật Lao động 2019: not weekends, holidays)
    direction: str  # "before" | "after"
    # the anchor words as printed; None when the phrase names no day to count from ("báo cáo
    # UBND tỉnh trong 30 ngày làm việc": `kehoach.dates.unanchored`, the lead's ruling of
    # session 33), which the plan must then give
    anchor: str | None

    @classmethod
    def counted(cls, offset: int, unit: str, before: bool, anchor: str | None) -> Relative:
        """From the unit as written: "ngày làm việc" is days with working_days set; `anchor`
        None when the phrase names no day to count from."""
        return cls(
            offset=offset,
            unit=unit.removesuffix(" làm việc"),
            working_days=unit.endswith("làm việc"),
            direction="before" if before else "after",
            anchor=anchor,
        )


# Where a reading's year came from: written in the `phrase` (or its glosses: a lunar year's
# name); the `plan`'s issue year, taken as it is; reckoned from the `page`'s issue day, whose
# reason the reading says (a day told as news a few days before its page, a January day
# written in December, "tháng 3 tới": `refusals.with_plan_year`, `later.in_later_year`).
YearFrom = Literal["phrase", "plan", "page"]


@dataclass(frozen=True)
class Deadline:
    """How one phrase is read.

    `first` and `last` are inclusive. For a DATE both are the last allowed day; for a
    WINDOW they bound the span and `last` is what lateness counts from. RECURRING,
    ONGOING, RELATIVE and UNKNOWN have no fixed days (None), RECURRING has `recurrence`
    and its RFC 5545 `rrule` text, RELATIVE has `relative`.
    `label` is the step named by the phrase's leading words ("Tham mưu UBND tỉnh"),
    `reading` explains in Vietnamese how the phrase was understood. `earliest` is a start
    bound ("bắt đầu từ tháng 4/2027"), `qualifier` the words that qualify a period ("đầu",
    "cuối"), `time` a time of day "HH:MM", `gloss` a parenthesis that explains the date
    ("60 ngày trước ngày bầu cử"), `year_from_plan` whether the year came from the plan
    (its issue day), `year_from` from where exactly (`YearFrom`).
    `duty`: a RECURRING reading of a routine duty done on its days ("thu gom … hằng ngày",
    "vào thứ Năm hàng tuần"), not a deliverable owed each period (`dates.routine.is_duty`).
    """

    phrase: str
    kind: DeadlineKind
    first: date | None
    last: date | None
    recurrence: Recurrence | None
    label: str | None
    reading: str
    earliest: date | None = None
    qualifier: str | None = None
    time: str | None = None
    gloss: str | None = None
    relative: Relative | None = None
    rrule: str | None = None
    year_from_plan: bool = False
    duty: bool = False
    year_from: YearFrom = "phrase"

    @property
    def series(self) -> Series | None:
        """The due days and the period each reports on (RECURRING only, else None)."""
        if self.recurrence is None or self.rrule is None:
            return None
        return series_of(self.recurrence, self.rrule)


@dataclass(frozen=True)
class Context:
    """What a phrase may need from outside itself.

    `issued`: the plan's issue date; a phrase without a year takes the year from it.
    `strict_before`: when True, "Trước ngày D" allows up to D minus one day; by default
    D itself is the last allowed day (repository setting `before = "strict"`).
    `header`: the header of the table column the phrase stands in, when known ("Số ngày
    trước ngày bầu cử"); a bare count ("75 ngày") takes its direction and anchor from it.
    `in_force`: the day a plan with no `issued` is in force from (its file's `in_force`):
    read by `kehoach.plan.schedule`, which lends its year only to days on or after it; the
    grammar itself takes a year from `issued` alone.
    `standing`: the document is a standing rule (a law, a decree, a circular, a reporting
    regime, a plan file's `standing: true`): a day-month without a year is every year's
    (`kehoach.dates.standing`, the lead's ruling of session 34), not the issue year's.
    """

    issued: date | None = None
    strict_before: bool = False
    header: str | None = None
    in_force: date | None = None
    standing: bool = False


def rrule_text(rule: Recurrence) -> str:
    """The RFC 5545 RRULE whose days are the due days of `rule` (a month shorter than the
    day falls back to its last day, as `reports.status.current_occurrence` counts); a rule
    due every few years with its INTERVAL ("FREQ=YEARLY;INTERVAL=3;BYMONTH=9;BYMONTHDAY=2"),
    whose DTSTART is `Recurrence.anchor`, beside the text."""
    text = _rrule_text(rule)
    if rule.interval > 1:
        return text.replace("FREQ=YEARLY", f"FREQ=YEARLY;INTERVAL={rule.interval}", 1)
    return text


def _rrule_text(rule: Recurrence) -> str:
    if listed := _listed_rule(rule) or _nth_weekday_rule(rule):
        return listed
    day = _by_month_day(rule.day)
    if rule.frequency is Frequency.YEARLY:
        month = rule.month or 12
        if rule.day and rule.day <= month_end(2001, month).day:  # that day every year
            day = f"BYMONTHDAY={rule.day}"
        return f"FREQ=YEARLY;BYMONTH={month};{day}"
    if rule.frequency is Frequency.QUARTERLY:
        months = ",".join(str((rule.month or 3) + 3 * q) for q in range(4))
        return f"FREQ=MONTHLY;INTERVAL=3;BYMONTH={months};{day}"
    if rule.frequency is Frequency.HALF_YEARLY:
        month = rule.month or 6
        return f"FREQ=MONTHLY;INTERVAL=6;BYMONTH={month},{month + 6};{day}"
    if rule.frequency in (Frequency.WEEKLY, Frequency.DAILY):
        return _by_day(rule)
    return f"FREQ=MONTHLY;{day}"


def _by_day(rule: Recurrence) -> str:
    """Each day, or each week on its weekday (by default the week's last, Sunday)."""
    if rule.frequency is Frequency.DAILY:
        return "FREQ=DAILY"
    return f"FREQ=WEEKLY;BYDAY={BYDAY[6 if rule.weekday is None else rule.weekday]}"


def _nth_weekday_rule(rule: Recurrence) -> str | None:
    """The RRULE of a weekday counted in its month (`nth_weekday_parts`); None for another."""
    parts = nth_weekday_parts(rule)
    return None if parts is None else ";".join(f"{name}={value}" for name, value in parts.items())


def nth_weekday_parts(rule: Recurrence) -> dict[str, str | int] | None:
    """The RRULE parts of a weekday counted in its month, in order ("Chủ nhật thứ ba của
    tháng 11 hằng năm": FREQ=YEARLY, BYMONTH=11, BYDAY=3SU); None for any other rule. The
    one source of `rrule_text`'s and the ics feed's (`feeds.ics.rrule`)."""
    if rule.nth is None:
        return None
    by_day = f"{rule.nth}{BYDAY[6 if rule.weekday is None else rule.weekday]}"
    if rule.frequency is Frequency.YEARLY:
        return {"FREQ": "YEARLY", "BYMONTH": rule.month or 12, "BYDAY": by_day}
    return {"FREQ": "MONTHLY", "BYDAY": by_day}


def _listed_rule(rule: Recurrence) -> str | None:
    """The RRULE of several due days in a period: days of each month (each in every month,
    1-28), weekdays of each week, or one day in several months of the year (a day each of
    them has)."""
    if rule.days:
        return f"FREQ=MONTHLY;BYMONTHDAY={','.join(map(str, rule.days))}"
    if rule.weekdays:
        return f"FREQ=WEEKLY;BYDAY={','.join(BYDAY[day] for day in rule.weekdays)}"
    if rule.frequency is Frequency.YEARLY and rule.months:
        day = f"BYMONTHDAY={rule.day}" if rule.day else "BYMONTHDAY=-1"
        return f"FREQ=YEARLY;BYMONTH={','.join(map(str, rule.months))};{day}"
    return None


BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RFC 5545 weekdays, as `date.weekday`


def _by_month_day(day: int | None) -> str:
    if day is None:
        return "BYMONTHDAY=-1"
    if day <= 28:
        return f"BYMONTHDAY={day}"
    return f"BYMONTHDAY={','.join(map(str, range(28, day + 1)))};BYSETPOS=-1"


# What reads a phrase in a context: `engine.parse`, handed to the modules that read a phrase
# again with words cut or written out (they cannot import the engine, which imports them)
Reader = Callable[[str, Context], tuple[Deadline, ...]]

"""How a deadline phrase was read, for `kehoach deadline`: text in Vietnamese, or JSON.

JSON keeps the fields of `kehoach.dates.deadline.Deadline` (ISO dates, enums as their
values, `relative` and `recurrence` as objects); a phrase read as several deadlines
("Tháng 3 và tháng 9/2027") is {"phrase": ..., "readings": [one object per deadline]}.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date

from kehoach.base.text import shown_unseen
from kehoach.dates.asides import WEEKDAYS
from kehoach.dates.deadline import Deadline, Frequency, Recurrence, Relative, YearFrom
from kehoach.dates.recurrence import occurrence as period_of
from kehoach.dates.workdays import Calendar, CountError

# The kind in Vietnamese, with the value scripts see in JSON.
KIND_NAMES = {
    "date": "một ngày (date)",
    "window": "một khoảng (window)",
    "recurring": "định kỳ (recurring)",
    "ongoing": "thường xuyên (ongoing)",
    "relative": "tính từ một sự kiện (relative)",
    "unknown": "không nêu thời hạn (unknown)",
}
_DIRECTIONS = {"before": "trước", "after": "kể từ"}


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def rule_in_words(rule: Recurrence) -> str:
    """ "hằng tháng, hạn ngày 20", "hằng quý, hạn ngày 5 của tháng cuối quý"; several due
    days in a period: "hằng tháng, hạn ngày 15 và 25"."""
    if (
        rule.days
        or rule.months
        or rule.weekdays
        or (rule.frequency is Frequency.HALF_YEARLY and rule.month)
        or rule.nth is not None
    ):
        from kehoach.dates.cadence import listed_words
        from kehoach.dates.nthweekday import nth_weekday_words

        return listed_words(rule) if rule.nth is None else nth_weekday_words(rule)
    if rule.frequency is Frequency.YEARLY:
        month = rule.month or 12
        due = f"ngày {rule.day:02d}/{month:02d}" if rule.day else f"ngày cuối tháng {month}"
        return f"{_years(rule)}, hạn {due}"
    if rule.frequency is Frequency.QUARTERLY:
        # the month of the quarter (1-3, `Recurrence.month`): "ngày 10 của tháng đầu quý sau",
        # "ngày 20 của tháng thứ hai của quý" (fresh39b: said "cuối" for any month)
        which = {1: "đầu", 2: "thứ hai của"}.get(rule.month or 3, "cuối")
        due = f"ngày {rule.day} của tháng {which} quý" if rule.day else "ngày cuối quý"
        return f"hằng quý, hạn {due}"
    if rule.frequency is Frequency.HALF_YEARLY:
        due = f"ngày {rule.day} tháng 6 và tháng 12" if rule.day else "ngày 30/6 và 31/12"
        return f"6 tháng một lần, hạn {due}"
    if rule.frequency in (Frequency.DAILY, Frequency.WEEKLY):
        return _by_day_in_words(rule)
    return f"hằng tháng, hạn {f'ngày {rule.day}' if rule.day else 'ngày cuối tháng'}"


def _years(rule: Recurrence) -> str:
    """ "hằng năm", or a rule due every few years with the year it counts from: "3 năm một
    lần, từ năm 2015" (`Recurrence.anchor`); a yearly rule from a year named, "hằng năm, từ
    năm 2026" (`dates.interval`)."""
    if rule.interval > 1 and rule.anchor is not None:
        return f"{rule.interval} năm một lần, từ năm {rule.anchor.year}"
    if rule.anchor is not None:
        return f"hằng năm, từ năm {rule.anchor.year}"
    return "hằng năm"


def _by_day_in_words(rule: Recurrence) -> str:
    if rule.frequency is Frequency.DAILY:
        return "hằng ngày, hạn mỗi ngày"
    # its weekday; by default the week's last, Sunday
    weekday = "ngày cuối tuần (Chủ nhật)" if rule.weekday is None else WEEKDAYS[rule.weekday]
    return f"hằng tuần, hạn {weekday}"


def relative_in_words(relative: Relative) -> str:
    unit = relative.unit + (" làm việc" if relative.working_days else "")
    anchor = relative.anchor or "mốc không nêu"
    return f"{relative.offset} {unit} {_DIRECTIONS[relative.direction]} {anchor}"


def falls_due(day: date, calendar: Calendar | None, reading: Deadline) -> str | None:
    """ "09/05/2022 (08/05/2022 là Chủ nhật: …)" when the last day `day` of `reading` is a
    weekend or a public holiday and so falls due on the next working day (Bộ luật Dân sự
    2015, Điều 148.5), as `status` judges it; None when it falls due as written (a moment
    with its hour, a day printed with its weekday: `kept_as_written`, said by `kept_off`)
    or without a calendar (the "none" rollover, a year with no holiday data)."""
    if (rolled := _rolled(day, calendar, reading)) is None:
        return None
    due, what = rolled
    return f"{_day(due)} ({_day(day)} là {what}: ngày làm việc tiếp theo, BLDS 2015 Điều 148.5)"


def _rolled(day: date, calendar: Calendar | None, reading: Deadline) -> tuple[date, str] | None:
    """(the working day `day` falls due on, what `day` is) when `falls_due` says one; None
    when it falls due as written or without a calendar."""
    from kehoach.reports.status import kept_as_written

    if kept_as_written(day, reading):
        return None
    return _day_off(day, calendar)


def kept_off(day: date, calendar: Calendar | None, reading: Deadline) -> str | None:
    """ "30/04/2026 là ngày nghỉ lễ (…); văn bản ghi cả thứ của ngày nên giữ ngày này" when
    `reading` keeps a day off as its due day (`kept_because`): said, not silent (fresh37);
    None otherwise."""
    from kehoach.reports.status import kept_because

    if (kept := kept_because(day, reading)) is None or (off := _day_off(day, calendar)) is None:
        return None
    return f"{_day(day)} là {off[1]}; {kept} nên giữ ngày này, không lùi sang ngày làm việc"


def _day_off(day: date, calendar: Calendar | None) -> tuple[date, str] | None:
    """(the next working day, what `day` is) when `day` is a weekend day or a holiday of
    `calendar`; None on a working day or without a calendar."""
    if calendar is None:
        return None
    try:
        due = calendar.next_working_day(day)
    except CountError:
        return None
    if due == day:
        return None
    holiday = calendar.why_off(day)
    return due, f"ngày nghỉ lễ ({holiday})" if holiday else WEEKDAYS[day.weekday()]


def _open(reading: Deadline, as_of: date, calendar: Calendar | None) -> date:
    from kehoach.reports.status import open_occurrence  # the status rules: loaded when used

    return open_occurrence(reading, as_of, calendar)


def short_month(rule: Recurrence, occurrence: date) -> str | None:
    """Why `occurrence` is before the rule's day: "ngày 30 của tháng thứ hai của quý" falls
    on 28/02 in a month with no 30th (the rule's BYMONTHDAY=28,29,30;BYSETPOS=-1, the last
    day the month has). None when the day is the rule's own (a fresh user of session 39 saw
    28/02 shown with no word why)."""
    if rule.day is None or occurrence.day >= rule.day:
        return None
    return (
        f"tháng {occurrence.month}/{occurrence.year} không có ngày {rule.day}: "
        f"hạn là ngày cuối tháng, {_day(occurrence)}"
    )


def _rows(reading: Deadline, as_of: date, calendar: Calendar | None) -> list[tuple[str, str]]:
    kind = KIND_NAMES[reading.kind]
    if reading.earliest and not reading.last and not reading.recurrence:
        # Only a start bound ("từ 28/8/2025"): a clerk must not read "một ngày" as a due day.
        kind = f"mốc bắt đầu, không phải hạn ({reading.kind}, earliest)"
    rows = [("Loại", kind)]
    if reading.first or reading.last:
        rows += [("Từ ngày", _day(reading.first)), ("Hạn cuối", _day(reading.last))]
    if (
        reading.last
        and not reading.recurrence
        and (due := falls_due(reading.last, calendar, reading))
    ):
        rows.append(("Đến hạn", due))
    if (
        reading.last
        and not reading.recurrence
        and (kept := kept_off(reading.last, calendar, reading))
    ):
        rows.append(("Ghi chú", kept))
    if reading.earliest:
        rows.append(("Bắt đầu từ", _day(reading.earliest)))
    if reading.recurrence:
        rows.append(("Lặp lại", rule_in_words(reading.recurrence)))
        occurrence = _open(reading, as_of, calendar)
        rows.append(("Hạn kế tiếp", f"{_day(occurrence)} (tính từ ngày {_day(as_of)})"))
        if due := falls_due(occurrence, calendar, reading):
            rows.append(("Đến hạn", due))
        if short := short_month(reading.recurrence, occurrence):
            rows.append(("Ghi chú", short))
        if reading.series is not None:  # the period that due day reports on
            rows.append(("Kỳ báo cáo", period_of(reading.series, occurrence).period))
    if reading.relative:
        rows.append(("Tính từ", relative_in_words(reading.relative)))
    level, until = _qualifier_parts(reading.qualifier)
    optional = [
        ("Giờ", reading.time),
        ("Mức trong kỳ", level),
        ("Đến khi", until),
        ("Chú thích", reading.gloss),
        ("Bước", reading.label),
    ]
    rows += [(name, value) for name, value in optional if value]
    if reading.year_from != "phrase" and reading.last:
        rows.append(("Năm", f"{reading.last.year}, {_YEAR_SOURCES[reading.year_from]}"))
    rows.append(("Cách đọc", reading.reading))
    return rows


# Where a year the phrase does not write came from (`Deadline.year_from`): the plan's own
# year, or, for a day early in January written in December or a day told as news after it, a
# year reckoned from the issue day, whose reason the reading line gives.
_YEAR_SOURCES: dict[YearFrom, str] = {
    "plan": "lấy theo năm ban hành kế hoạch",
    "page": "suy từ ngày ban hành (xem “Cách đọc”)",
}


# The event that ends a start bound with no day of its own, kept as the qualifier
# ("Đợt thi đua được phát động từ tháng 10-2025 đến khi tổ chức thành công Đại hội XIV":
# `steps.until_event`, the lead's convention of session 21): a row of its own, "Đến khi",
# never "Mức trong kỳ", the row of a part of a period (đầu, giữa, cuối kỳ)
_UNTIL = re.compile(r"(?i)(?:cho\s+)?(?:đến|tới)\s+khi\s+")


def _qualifier_parts(qualifier: str | None) -> tuple[str | None, str | None]:
    """(the part of the period, the event the start runs until) of `qualifier`, its parts
    joined by "; " (`engine._start_until_an_event`); None for a part it does not hold."""
    level: list[str] = []
    until: list[str] = []
    for part in (qualifier or "").split("; "):
        if found := _UNTIL.match(part):
            until.append(part[found.end() :])
        elif part:
            level.append(part)
    return "; ".join(level) or None, "; ".join(until) or None


def as_text(readings: Sequence[Deadline], as_of: date, calendar: Calendar | None = None) -> str:
    """Each reading as aligned "name  value" lines; several are numbered. With a
    `calendar` (the rollover of the repository applies), a last day off says the day it
    falls due on."""
    # the phrase as validate quotes a name: a zero-width or no-break space shown (<U+200B>),
    # not printed invisibly between the characters a clerk compares with the document
    rows: list[tuple[str, str]] = [("Cụm từ", shown_unseen(readings[0].phrase))]
    for number, reading in enumerate(readings, start=1):
        if len(readings) > 1:
            rows.append((f"Thời hạn {number}/{len(readings)}", ""))
        rows += _rows(reading, as_of, calendar)
    width = max(len(k) for k, _ in rows)
    return "".join(_row(name, value, width) for name, value in rows)


def values_column(text: str) -> int | None:
    """The column `as_text` writes its values at (after the first row's name and its two
    spaces): where a value broken for a narrow terminal goes on; None without one."""
    first = text.split("\n", 1)[0]
    found = re.search(r"\S {2,}(?=\S)", first)
    return found.end() if found else None


# A value's own line breaks: a phrase copied with them ("trước ngày\n20/11/2027"), and the
# line and paragraph separators some terminals break on. (Any other control character is
# shown, not obeyed, a carriage return as ␍: `shown_unseen` here, `console.shown` on the way
# out.)
_LINE_BREAK = re.compile("[\n\u2028\u2029]")


def _row(name: str, value: str, width: int) -> str:
    """One "name  value" row, its name padded to `width`: a value of several lines goes on
    under its first, at the values' column, never at the start of a line where a row's name
    stands; a blank line of it is left out (it would read as the end of the reading, the
    line between two phrases of `kehoach deadline -`)."""
    lines = [line.rstrip() for line in _LINE_BREAK.split(value)]
    kept = [line for line in lines if line] or [""]
    under = "\n" + " " * (width + 2)
    return f"{name.ljust(width)}  {under.join(kept)}".rstrip() + "\n"


def record(reading: Deadline, as_of: date, calendar: Calendar | None = None) -> dict[str, object]:
    """The reading as JSON-ready data: ISO dates, enums as their values; a recurring one's
    next due day as of `as_of` and the period it reports on, as the text's "Hạn kế tiếp"
    and "Kỳ báo cáo" rows say them (issue #11 §4: the JSON had neither); with a
    `calendar`, the text's "Đến hạn" and "Ghi chú" rows too (`_days_off`)."""

    def plain(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    out = {key: plain(value) for key, value in asdict(reading).items()}
    # beside the RFC 5545 `rrule` (the due days), ours: the period each due day reports on
    series = reading.series
    out["period_offset"] = series.offset if series else None
    out["period_covers"] = series.covers if series else None
    out["next_due"], out["next_period"] = _next(reading, as_of, calendar)
    out.update(_days_off(reading, as_of, calendar))
    return out


def _days_off(reading: Deadline, as_of: date, calendar: Calendar | None) -> dict[str, str | None]:
    """The text's "Đến hạn" and "Ghi chú" rows as JSON (a fresh user's finding of session
    38: the JSON had neither): `falls_due`, the working day the last day (a recurring
    reading's next due day) falls due on when it is a day off, ISO, and `falls_due_why`,
    the row's words; `note`, why a day off is kept as the due day, or why a recurring
    reading's next due day is before the rule's day (`short_month`). Null for none."""
    rule = reading.recurrence
    day = _open(reading, as_of, calendar) if rule is not None else reading.last
    rolled = _rolled(day, calendar, reading) if day is not None else None
    kept = kept_off(reading.last, calendar, reading) if reading.last and rule is None else None
    if rule is not None and day is not None:
        kept = short_month(rule, day)
    return {
        "falls_due": rolled[0].isoformat() if rolled else None,
        "falls_due_why": falls_due(day, calendar, reading) if rolled and day else None,
        "note": kept,
    }


def _next(
    reading: Deadline, as_of: date, calendar: Calendar | None
) -> tuple[str | None, str | None]:
    """(the due day of a recurring reading's first period still open on `as_of`
    (`status.open_occurrence`), ISO; the period it reports on), else (None, None). The day as the
    rule gives it: a day off is not rolled here (`_days_off` says the day it falls due), as
    a feed's occurrences are not."""
    if reading.recurrence is None:
        return None, None
    due = _open(reading, as_of, calendar)
    period = period_of(reading.series, due).period if reading.series is not None else None
    return due.isoformat(), period


def records(
    readings: Sequence[Deadline], as_of: date, calendar: Calendar | None = None
) -> dict[str, object]:
    """One reading as its record; several as {"phrase", "readings"}."""
    if len(readings) == 1:
        return record(readings[0], as_of, calendar)
    listed = [record(one, as_of, calendar) for one in readings]
    return {"phrase": readings[0].phrase, "readings": listed}


def as_json(readings: Sequence[Deadline], as_of: date, calendar: Calendar | None = None) -> str:
    data = records(readings, as_of, calendar)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def as_json_line(
    readings: Sequence[Deadline] | None,
    phrase: str,
    error: str | None = None,
    *,
    as_of: date,
    calendar: Calendar | None = None,
) -> str:
    """One line of JSON Lines for `kehoach deadline -`: the reading, or the phrase and why not."""
    data = records(readings, as_of, calendar) if readings else {"phrase": phrase, "error": error}
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


FORMATS: dict[str, Callable[[Sequence[Deadline], date, Calendar | None], str]] = {
    "text": as_text,
    "json": as_json,
}

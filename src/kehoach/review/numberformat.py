"""A date cell of a workbook as the sheet shows it, from the cell's number format.

Excel and LibreOffice keep a date as a day and show it through the cell's number format
(ECMA-376 Part 1, §18.8.31 numFmts: "yyyy" the year, "mm" the month or, after "h" or
before "s", the minutes, "dd" the day, "dddd" the weekday's name, a "quoted" text or a
\\-escaped character printed as written, [brackets] a colour or a locale). `import` writes
what the sheet shows, never a day it does not: a cell shown "Năm 2027" ('"Năm "yyyy') is
the phrase "Năm 2027", read as the year (31/12/2027), where keeping the month of the stored
day made it "04/2027", due eight months early; a cell shown "Từ ngày 30/04/2027" keeps
"Từ ngày", a start bound and no deadline (fresh40b). The deadline language then reads the
phrase as any other, and refuses what it cannot ("04", "27").

A day, a month and a year all shown are written dd/mm/yyyy whatever their order,
separators and month's name ("yyyy-mm-dd", "mmm d, yyyy" too), with the hour before them when shown and not midnight ("17
giờ 00 phút ngày 05/03/2027": the hour keeps the day from rolling off a day off).

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

# one part of a number format: a quoted text, an escaped character, a [colour or locale],
# a run of one date or time letter, AM/PM, or any other character (printed as written)
_PART = re.compile(
    r'"(?P<quoted>[^"]*)"|\\(?P<escaped>.)|\[[^\]]*\]'
    r"|(?P<token>[yY]+|[mM]+|[dD]+|[hH]+|[sS]+|AM/PM|am/pm|A/P|a/p)|(?P<other>.)",
    re.DOTALL,
)
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def shown_date(value: date, number_format: str) -> str:
    """`value` (a date or datetime cell) as `number_format` shows it, in words a deadline
    phrase is read from (see the module); "General" shows the day as dd/mm/yyyy."""
    if number_format.strip().lower() in ("general", ""):
        number_format = "dd/mm/yyyy"
    parts = _parts(number_format)
    dated = [i for i, (kind, _) in enumerate(parts) if kind and kind in "ymd"]
    shown = {parts[i][0] for i in dated}
    # a weekday's name ("dddd") is no day of the month: printed as a word beside the date
    if shown == {"y", "m", "d"} and all(len(parts[i][1]) <= 2 for i in dated if parts[i][0] == "d"):
        return _whole_day(value, parts, dated)
    return "".join(_rendered(value, kind, text) for kind, text in parts).strip()


def _parts(number_format: str) -> list[tuple[str, str]]:
    """The format as (kind, text): kind "y", "m" (month), "d", "h", "n" (minutes), "s",
    "p" (AM/PM) for a token, "" for text printed as written. A number format's first
    section only (";" parts the ones for other signs of a number)."""
    parts: list[tuple[str, str]] = []
    for found in _PART.finditer(number_format.split(";", 1)[0]):
        if found["token"] is None:
            parts.append(("", found["quoted"] or found["escaped"] or found["other"] or ""))
            continue
        token = found["token"]
        kind = "p" if "/" in token else token[0].lower()
        parts.append((kind, token))
    return [_minutes(parts, i) for i in range(len(parts))]


def _minutes(parts: list[tuple[str, str]], i: int) -> tuple[str, str]:
    """Part `i`, an "m" after an hour or before seconds being the minutes ("n")."""
    kind, text = parts[i]
    if kind != "m":
        return parts[i]
    tokens = [k for k, _ in parts if k]
    at = sum(1 for k, _ in parts[:i] if k)
    after_hour = at > 0 and tokens[at - 1] == "h"
    before_second = at + 1 < len(tokens) and tokens[at + 1] == "s"
    return ("n", text) if after_hour or before_second else parts[i]


def _rendered(value: date, kind: str, text: str) -> str:
    """One part as the sheet prints it."""
    moment = value if isinstance(value, datetime) else datetime.combine(value, time())
    size = len(text)
    if kind == "y":
        return f"{value.year % 100:02d}" if size <= 2 else str(value.year)
    if kind == "m":
        return f"tháng {value.month}" if size > 2 else f"{value.month:0{size}d}"
    if kind == "d":
        return _WEEKDAYS[value.weekday()] if size > 2 else f"{value.day:0{size}d}"
    numbers = {"h": moment.hour, "n": moment.minute, "s": moment.second}
    if kind in numbers:
        return f"{numbers[kind]:0{min(size, 2)}d}"
    if kind == "p":
        return "AM" if moment.hour < 12 else "PM"
    return text


def _whole_day(value: date, parts: list[tuple[str, str]], dated: list[int]) -> str:
    """A day, month and year all shown: the words before and after them as printed, the day
    as dd/mm/yyyy between, the hour before it when shown; the time's own parts left out."""
    first, last = dated[0], dated[-1]
    timed = [i for i, (kind, _) in enumerate(parts) if kind and kind in "hnsp"]
    outside = [
        i
        for i in range(len(parts))
        if not first <= i <= last and not (timed and timed[0] <= i <= timed[-1])
    ]
    before = "".join(_rendered(value, *parts[i]) for i in outside if i < first)
    after = "".join(_rendered(value, *parts[i]) for i in outside if i > last)
    hour = _at_its_hour(value) if timed and any(parts[i][0] == "h" for i in timed) else ""
    day = f"{hour}{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{before}{day}{after}".strip()


def _at_its_hour(value: date) -> str:
    """ "17 giờ 00 phút ngày " before a date shown with its hour, when it is not midnight
    (fresh39: a cell of 05/03/2027 17:00 was written "05/03/2027"); "" otherwise."""
    if not isinstance(value, datetime) or value.time() == time():
        return ""
    return f"{value.hour} giờ {value.minute:02d} phút ngày "

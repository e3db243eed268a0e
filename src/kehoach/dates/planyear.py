"""A day of a numbered year of the medium-term public-investment plan: due every five years.

The Luật Đầu tư công (Luật số 39/2019/QH14, Điều 55 and the guidance that applies it) sets
the calendar for drawing up each medium-term plan by the years of the plan before it:
"Trước ngày 30 tháng 6 năm thứ tư của kế hoạch đầu tư công trung hạn giai đoạn trước, Bộ Kế
hoạch và Đầu tư …", "Trước ngày 10 tháng 11 năm thứ năm của kế hoạch đầu tư công trung hạn
giai đoạn trước, Ủy ban nhân dân …". The medium-term plan runs five years, with the
five-year plan of socio-economic development (Điều 52): 2016-2020 (the first, Nghị quyết
26/2016/QH14), 2021-2025 (Nghị quyết 29/2021/QH15), 2026-2030. Year N of a plan is therefore
2016 + N - 1 and every fifth year after: RFC 5545 FREQ=YEARLY;INTERVAL=5 from that year, the
day in it read as "hằng năm" reads it ("Trước ngày 30 tháng 6 hằng năm" -> 30 June).

Only that plan is read so: its periods are a public fact. A numbered year of any other plan
or period ("năm thứ hai của giai đoạn", a plan whose start the phrase does not give) stays
refused (`refusals.refuse_year_of_a_plan`), with the way out.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.interval import every_few_years, plain_yearly
from kehoach.dates.reading import Context, Deadline, Reader

FIRST_PLAN_YEAR = 2016  # the first medium-term public-investment plan, 2016-2020
PLAN_YEARS = 5
_ORDINALS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5}
# "năm thứ tư của kế hoạch đầu tư công trung hạn (giai đoạn trước)", folded
_YEAR_OF_THE_PLAN = re.compile(
    r"(?<![a-z])nam\s+thu\s+(?P<nth>nhat|mot|hai|ba|tu|bon|nam|[1-5])\s+(?:cua\s+)?"
    r"ke\s+hoach\s+dau\s+tu\s+cong\s+trung\s+han(?:\s+giai\s+doan\s+truoc)?(?![a-z])",
    re.ASCII,
)
# the plan's periods named again: "lập kế hoạch đầu tư công trung hạn giai đoạn sau", "quyết
# định chủ trương đầu tư chương trình, dự án giai đoạn sau" (Điều 55) name the next plan's
# period, no "sau" of a time
_PLAN_NAMED = re.compile(r"\s+giai\s+doan\s+(?:truoc|sau)(?![a-z])", re.ASCII)
_EVERY_YEAR = "hằng năm"


def read_plan_year(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The reading of a day of year N of the medium-term public-investment plan (see the
    module): `read`'s yearly reading of the phrase with "hằng năm" for the plan's year, due
    every `PLAN_YEARS` years from `FIRST_PLAN_YEAR` + N - 1. None when `text` names no such
    year; raises `Unreadable` when it names one but the rest does not read as one day a year."""
    said = nfc(text)
    folded = fold(said)
    years = list(_YEAR_OF_THE_PLAN.finditer(folded))
    if not years:
        return None
    if len(years) > 1:
        raise Unreadable(
            "cụm từ nêu nhiều năm của kế hoạch đầu tư công trung hạn: không chọn một; ghi "
            "last_day của lần tới cho từng việc"
        )
    found = years[0]
    nth = found["nth"]
    first = date(FIRST_PLAN_YEAR + (int(nth) if nth.isdigit() else _ORDINALS[nth]) - 1, 1, 1)
    readings = _yearly(_without_plan_names(said, found.span()), context, read)
    if len(readings) != 1 or not plain_yearly(readings[0]):
        raise Unreadable(
            f"“{said[found.start() : found.end()]}”: hạn mỗi kỳ kế hoạch 5 năm, nhưng không đọc "
            "chắc được ngày hạn trong năm đó; ghi last_day của lần tới"
        )
    words = f"{said[found.start() : found.end()]}: {PLAN_YEARS} năm một lần, từ năm {first.year}"
    return (every_few_years(readings[0], text, PLAN_YEARS, first, words),)


def _without_plan_names(said: str, year: tuple[int, int]) -> str:
    """`said` with "hằng năm" for the plan's year at `year` and the plan's periods named
    without "giai đoạn trước/sau" (`_PLAN_NAMED`); folding keeps every position."""
    shown = said[: year[0]] + _EVERY_YEAR + said[year[1] :]
    for named in reversed(list(_PLAN_NAMED.finditer(fold(shown)))):
        shown = shown[: named.start()] + shown[named.end() :]
    return shown


def _yearly(shown: str, context: Context, read: Reader) -> tuple[Deadline, ...]:
    """`read` of `shown`, or nothing when it is refused."""
    try:
        return read(shown, context)
    except (Unreadable, ValueError):
        return ()

"""Two full days in a row, one lunar gloss naming both: "công chức, viên chức sẽ nghỉ bù vào
ngày 28 tháng 01 năm 2020 và ngày 29 tháng 01 năm 2020 (tức ngày Mùng 4 và Mùng 5 Tết Âm
lịch)" (UBND tỉnh Đắk Lắk, Thông báo 133/TB-UBND of 2019: zm-daklak-tb-133-nghi-tet-am-
lich-2020). Read whole, the parentheses belonged to neither day and the phrase was refused.
Days in a row are one window (the corpus's convention of f928036: "ngày 28 và 29/01/2020"
already reads so, its gloss checked against each day), and the gloss names the days of that
window: the two readings become one, and `refusals.check_asides` checks each lunar day against
its solar day, refusing any other (never one of the two chosen). Only two dates a day apart,
with the same words before them (or none before the second), no time of day, and a gloss
naming exactly two lunar days.

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.base.text import fold
from kehoach.dates.asides import Asides
from kehoach.dates.found import Found
from kehoach.dates.grammar import show
from kehoach.dates.lunar import gloss_disagreement
from kehoach.dates.reading import DeadlineKind

_TWO = 2


def two_days_glossed(found: list[Found], asides: Asides) -> list[Found]:
    """`found` with two dates a day apart read as one window when the lunar gloss after them
    names two days (the window's); `found` as given otherwise."""
    named = [day for end in asides.lunar for day in end.days]
    if len(found) != _TWO or len(named) != _TWO or asides.lunar_span:
        return found
    one, two = found
    if any(f.kind is not DeadlineKind.DATE or f.last is None or f.time for f in found):
        return found
    if one.qualifier or two.qualifier or (two.label and two.label != one.label):
        return found
    assert one.last is not None and two.last is not None
    if two.last - one.last != timedelta(days=1):
        return found
    first, last = one.last, two.last
    words = f"ngày {show(first)} và {show(last)}"
    reading = f"khoảng {show(first)} – {show(last)} ({words}); tính trễ hạn từ ngày cuối"
    window = Found(
        DeadlineKind.WINDOW,
        reading,
        first,
        last,
        None,
        one.year_inferred or two.year_inferred,
        label=one.label,
    )
    return [window]


# ... and a gloss of one lunar day after one day of a row: "nghỉ lễ nhân ngày Giỗ Tổ Hùng
# Vương vào ngày 31-3-2012 (nhằm mùng 10 tháng 3 âm lịch) và nghỉ bù vào ngày 2-4-2012" (UBND
# tỉnh Ninh Thuận, 2012: m-baoninhthuan-nghi-le-gio-to-2012), "treo cờ … trong ngày 14/4 (10/3
# âm lịch), 16/4, ngày 30/4 và 01/5/2019" (m-ninh-thuan-tb-28-nghi-le-2019). Refused before as
# parentheses of no one reading. The lunar day is one solar day's: it belongs to the one day
# read whose lunar date it is, and a gloss that is no day's, or several days', stays refused.


# a day and its month as printed, to count the days before the gloss (folded text)
_DAY_MONTH = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\bngay\s+\d{1,2}\s+thang\s+\d{1,2}", re.ASCII)


def gloss_of_one_day(found: list[Found], asides: Asides, text: str) -> tuple[list[Found], Asides]:
    """`found` with a lunar gloss of one day (`asides` holding nothing else) kept as the gloss
    of the first reading, and `asides` without it, when the gloss stands right after that
    day in `text` (one day before its parenthesis) and names its lunar date
    (`lunar.gloss_disagreement`); both as given otherwise (fewer than two dated readings, a
    gloss of several days, printed after another day, or naming another lunar day)."""
    alone = asides._replace(lunar=(), gloss=None, lunar_year=None) == Asides()
    named = [day for end in asides.lunar for day in end.days]
    if len(found) < _TWO or len(named) != 1 or not alone or "(" not in text:
        return found, asides
    if any(one.kind is not DeadlineKind.DATE or one.last is None for one in found):
        return found, asides
    before = fold(text[: text.index("(")])
    first = found[0]
    if len(_DAY_MONTH.findall(before)) != 1 or first.last is None:
        return found, asides
    if gloss_disagreement([first.last], asides.lunar) is not None:
        return found, asides
    said = asides.gloss or ""
    first = first._replace(gloss=f"{first.gloss}; {said}" if first.gloss else said)
    return [first, *found[1:]], Asides()


# ... and a gloss of one lunar day closing a phrase of several readings, right after its last
# day: "Thời gian ngưng tiếp nhận hồ sơ thủ tục hành chính bắt đầu từ ngày 14/02/2026 và tiếp
# nhận lại hồ sơ từ thứ Hai, ngày 23/02/2026 (tức ngày 07 tháng Giêng năm Bính Ngọ)" (Sở Nội vụ
# Đồng Nai, Tết 2026; x-dong-nai-snv-ngung-tiep-nhan-ho-so-tet-2026): the gloss is the lunar
# date of the day it follows (mùng 7 Tết is 23/02/2026), as "(tức …)" glosses the day before
# it anywhere; refused before as parentheses of no one reading. The day printed right before
# the parenthesis must be the last reading's one day (a date, or the day a start bound names)
# and the gloss its lunar date; any other stays refused.
_GLOSS_CLOSING = re.compile(
    r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})(?:\s*[/.-]\s*\d{4})?"
    r"\s*\([^()\d]*\d[^()]*\)[\s.;]*\Z",
    re.ASCII,
)


def gloss_of_last_day(found: list[Found], asides: Asides, text: str) -> tuple[list[Found], Asides]:
    """`found` with a lunar gloss of one day (`asides` holding nothing else) kept as the gloss
    of the last reading, and `asides` without it, when the gloss closes `text` right after
    that reading's one day (`_GLOSS_CLOSING`) and names its lunar date; both as given
    otherwise (fewer than two readings, another aside, a gloss of several days, printed after
    another day or naming another lunar day)."""
    alone = asides._replace(lunar=(), gloss=None) == Asides()
    named = [day for end in asides.lunar for day in end.days]
    if len(found) < _TWO or len(named) != 1 or not alone or text.count("(") != 1:
        return found, asides
    closing = _GLOSS_CLOSING.search(fold(text))
    last = found[-1]
    day = _one_day_of(last)
    if closing is None or day is None:
        return found, asides
    if (int(closing["day"]), int(closing["month"])) != (day.day, day.month):
        return found, asides  # the day before the gloss is not the last reading's
    if gloss_disagreement([day], asides.lunar) is not None:
        return found, asides
    said = asides.gloss or ""
    last = last._replace(gloss=f"{last.gloss}; {said}" if last.gloss else said)
    return [*found[:-1], last], Asides()


def _one_day_of(one: Found) -> date | None:
    """The one solar day `one` names: a date's (as written), or a start bound's; None for a
    span or any other reading."""
    if one.kind is not DeadlineKind.DATE:
        return None
    if one.last is not None:
        return (one.written or one.last) if one.first == one.last else None
    return one.earliest if one.first is None else None

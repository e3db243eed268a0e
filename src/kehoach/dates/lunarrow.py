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

One day's gloss among several days: "… nghỉ lễ nhân ngày Giỗ Tổ Hùng Vương vào ngày 31-3-2012
(nhằm mùng 10 tháng 3 âm lịch) và nghỉ bù vào ngày 2-4-2012" (UBND tỉnh Ninh Thuận, 2012:
m-baoninhthuan-nghi-le-gio-to-2012), "… treo cờ … trong ngày 14/4 (10/3 âm lịch), 16/4, ngày
30/4 và 01/5/2019" (m-ninh-thuan-tb-28-nghi-le-2019). Read whole, the parentheses belonged to no one reading and
the phrase was refused. A gloss of one lunar day is the lunar date of one solar day: when it
is the lunar date of exactly one of the days read, it is that day's gloss, checked, and kept
on that reading alone; no day is moved or chosen by it. A gloss that agrees with none, or
with several, stays refused (`refusals.check_asides`), and so does a gloss of a start
bound ("… tiếp nhận lại hồ sơ từ thứ Hai, ngày 23/02/2026 (tức ngày 07 tháng Giêng năm Bính
Ngọ)", x-dong-nai-snv-ngung-tiep-nhan-ho-so-tet-2026: tests/test_words37.py holds it refused,
for the lead to rule on).

Pure: no I/O.
"""

from __future__ import annotations

from datetime import timedelta

from kehoach.dates.asides import Asides
from kehoach.dates.found import Found
from kehoach.dates.grammar import show
from kehoach.dates.lunar import Unlunar, gloss_disagreement
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


def one_day_glossed(found: list[Found], asides: Asides) -> tuple[list[Found], Asides]:
    """`found` with a lone lunar gloss of one day (`asides` holding nothing else) kept on the
    one reading whose day it is the lunar date of, and the asides it leaves (none); `found`
    and `asides` as given when there is one reading, another aside, or not exactly one day
    the gloss agrees with (see the module)."""
    lunar = asides.lunar
    if len(found) < _TWO or len(lunar) != 1 or len(lunar[0].days) != 1:
        return found, asides
    if asides._replace(gloss=None, lunar=()) != Asides():
        return found, asides  # a time, a length, a weekday…: the whole reading's asides
    glossed = [at for at, one in enumerate(found) if _day_glossed(one, asides)]
    if len(glossed) != 1:
        return found, asides
    at = glossed[0]
    gloss = "; ".join(said for said in (found[at].gloss, asides.gloss) if said) or None
    return [*found[:at], found[at]._replace(gloss=gloss), *found[at + 1 :]], Asides()


def _day_glossed(one: Found, asides: Asides) -> bool:
    """Whether the one day `one` names (a day's, as written, or a start bound's) has the
    lunar date of the gloss in `asides`; a span names two days, and is never the one."""
    if one.kind is not DeadlineKind.DATE or one.period_first is not None:
        return False
    day = one.written or one.last
    if day is None:  # a start bound: held refused by test_words37 until the lead rules
        return False
    try:
        return gloss_disagreement([day], asides.lunar) is None
    except Unlunar:
        return False

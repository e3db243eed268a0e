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

from datetime import timedelta

from kehoach.dates.asides import Asides
from kehoach.dates.found import Found
from kehoach.dates.grammar import show
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

"""A day the document names by what it is: its lunar date, or the holiday or occasion it is.

"Trước ngày 04/02/2027 (tức 28 tháng Chạp)", "Đêm Giao thừa (ngày 05/02/2027)", "Trước ngày
02/9/2027 (Quốc khánh)": the document says which day it means, a day off it knows to be one,
as a day printed with its weekday does (`reports.status.kept_because`, the convention of
session 37). Rolled past it to the working day after (BLDS 2015 Điều 148.5), the step would
fall due after Tết or after the holiday it prepares (a fresh user of session 40 saw the Tết
visit due on mùng 6). Only a name checked against the day keeps it: the lunar gloss was
checked when the phrase was read (`lunar.gloss_disagreement`), and the names here are
checked again on the day itself.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold

# "vào dịp Quốc khánh 2-9" (around the occasion: the award announced "ba năm một lần vào dịp
# Quốc khánh", test_deadline_interval) names a season, not the day: its due day rolls as any
_AROUND = re.compile(r"(?<![a-z])dip(?![a-z])", re.ASCII)
# the holidays of Bộ luật Lao động 2019, Điều 112, with a fixed solar day, by folded name
_SOLAR_HOLIDAYS = {
    "tet duong lich": (1, 1),
    "giai phong mien nam": (30, 4),
    "thong nhat dat nuoc": (30, 4),
    "quoc te lao dong": (1, 5),
    "quoc khanh": (2, 9),
}


_NAMED = "văn bản gọi ngày bằng tên của nó (ngày lễ, dịp)"


def names_its_day(phrase: str, gloss: str | None, day: date) -> str | None:
    """Why `day`, read from `phrase` (with its gloss, if any), is the day the document names
    by what it is, in words for a reading; None when the phrase names no such thing of it."""
    from kehoach.dates.lunar import Unlunar, occasion_disagreement, occasion_named, parse_gloss

    try:
        if gloss and parse_gloss(fold(gloss)):
            return "văn bản ghi cả ngày âm lịch của ngày"
        folded = fold(phrase)
        if _AROUND.search(folded):
            return None
        if occasion_named(folded) and occasion_disagreement(phrase, day) is None:
            return _NAMED
    except Unlunar:
        return None
    for name, (on, month) in _SOLAR_HOLIDAYS.items():
        if name in folded and (day.day, day.month) == (on, month):
            return _NAMED
    return None

"""The first ten days of a lunar month spelled out after "mùng"/"mồng": "mùng Một", "mùng Hai".

The first ten days of a lunar month are said with "mùng" (or "mồng") before the day, and a
gloss may spell the day in words as it is spoken: "(nhằm mùng Một đến hết mùng Ba Tết
Nguyên đán Bính Ngọ 2026)" (Tiền Phong, Cà Mau 2026), "(tức từ mùng Hai tháng Giêng đến
ngày 25/3 năm Bính Ngọ)" (Ngày Nay, chùa Hương 2026). Written in digits ("mùng 1", "mùng 2")
the gloss is read by `kehoach.dates.lunar.parse_gloss`; this gives it the digits, so the
day is then checked against the solar one as any lunar gloss is (never read on its own).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.numbers import spelled_number

# folded words, one to ten. Never "năm" (five): folded "nam" is also "năm" (year), and
# "mùng năm Bính Ngọ" would be read as a day where the gloss may name its year
_SPELT_DAY = re.compile(
    r"(?<![a-z])(?P<mung>(?:mung|mong)\s+)(?P<day>mot|hai|ba|bon|tu|sau|bay|tam|chin|muoi)"
    r"(?![a-z])",
    re.ASCII,
)


# "rằm" (the full moon) is the fifteenth: "ngày 12/02/2025 (rằm tháng Giêng)" is checked as
# "(15 tháng Giêng)" is (a fresh user of session 39 saw it refused on its own day); only
# before a month, as "rằm" says no day alone ("trăng rằm")
_FULL_MOON = re.compile(r"(?<![a-z])(?:ngay\s+)?ram(?=\s+thang\s)", re.ASCII)


def digit_days(folded: str) -> str:
    """A folded gloss with each day spelled after "mùng" written in digits, and "rằm" as
    15: "nham mung mot den het mung ba tet" -> "nham mung 1 den het mung 3 tet", "ram thang
    gieng" -> "15 thang gieng"; other words unchanged."""
    folded = _FULL_MOON.sub("15", folded)
    return _SPELT_DAY.sub(lambda m: f"{m['mung']}{spelled_number(m['day'])}", folded)

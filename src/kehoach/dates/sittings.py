"""Sittings ("buổi", a morning or an afternoon of work) counted before one day read.

"Thời gian tổ chức kỳ họp là 01 buổi chiều, bắt đầu từ 14 giờ 00’ thứ Ba, ngày 28/7/2020"
(HĐND huyện Chương Mỹ, Hà Nội, 2020; z-dbndhanoi-chuong-my-trieu-tap-ky-hop-2020): the
meeting lasts that one afternoon, so its time is the one day read. One sitting of a morning or
an afternoon, its comma, then "(bắt đầu) từ", "vào" or "lúc" and the hour read: the hour must
be one of that part of the day (`asides.PART_HOURS`), and the reading must last that one day
(the aside's length of one day, checked by `refusals.check_asides`).

Sittings counted beyond one ("Lớp học là 10 buổi, bắt đầu từ 14 giờ ngày 28/7/2020": ten
sessions starting that day) are no single day: a reading of one day after them is refused
(`sittings_fit_one_day`), however the count was otherwise spared ("trong thời gian 01 buổi",
`label`), and a start at an hour after them stays the start it is, no event of that day
(`several_sittings`, asked by `engine._event_at_its_hour`: "buổi" there is "buổi lễ", one
event). A count per day ("2 buổi/ngày") is a rate, not this count.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.found import Found
from kehoach.dates.grammar import Unreadable

# one sitting and its part of the day, before the hour it starts at (folded words)
ONE_SITTING = re.compile(
    r"(?<![a-z\d])(?:01|1|mot)\s+buoi\s+(?P<part>sang|chieu)\s*,\s*"
    r"(?=(?:bat\s+dau\s+)?(?:tu|vao|luc)\s)",
    re.ASCII,
)
# sittings counted (folded), never a rate per day ("2 buổi/ngày")
_SITTINGS = re.compile(r"(?<![\d/.,-])(?P<count>\d{1,2})\s+buoi\b(?!\s*/)", re.ASCII)


def several_sittings(folded: str) -> bool:
    """Whether `folded` (words without their marks) counts more than one sitting."""
    return any(int(sitting["count"]) > 1 for sitting in _SITTINGS.finditer(folded))


def sittings_fit_one_day(before: str, readings: list[Found]) -> None:
    """Refuse a count of more than one sitting in `before` (the folded words before the time
    part) when the one reading is a single day: several sittings are no one day.

    Raises `Unreadable` with the way out (`first_day`, `last_day`)."""
    one = readings[0] if len(readings) == 1 else None
    if one is None or one.first is None or one.first != one.last:
        return
    for sitting in _SITTINGS.finditer(before):
        if int(sitting["count"]) > 1:
            raise Unreadable(
                f"“{sitting['count']} buổi” là nhiều buổi, không gói trong một ngày đọc được: "
                "ngày đó có thể chỉ là ngày bắt đầu; ghi first_day và last_day theo văn bản"
            )

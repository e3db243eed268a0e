"""A countdown opening the phrase, then the day it counts to: "Chỉ còn 1 tuần nữa, ngày 15/3,
cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng Nhân dân các cấp nhiệm kỳ
2026-2031 sẽ diễn ra" (Báo Phú Thọ, 08/3/2026; x-baophutho-nhiem-vu-den-ngay-bau-cu-2026).

"còn N ngày/tuần nữa" (N days or weeks left) counts from the day the page is written to the
day printed after it: the count says the same day again, no time of its own. The phrase is
read as the day and its words alone, and only when the count, from the issue day, lands on
that very day (8/3 + 7 days = 15/3): a count that misses it (a page dated otherwise, a day
typed wrong) leaves the phrase refused, as a number the grammar cannot explain (issue 11 §1).

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

_DAYS_IN = {"ngày": 1, "tuần": 7}
_SPELT = {"một": 1, "hai": 2, "ba": 3}
# "Chỉ còn 1 tuần nữa, …", "Còn đúng 20 ngày nữa, …": at the phrase's opening, closed by a
# comma; never "khoảng" (about) or "hơn" (more than), which count no exact day
_COUNTDOWN = re.compile(
    r"(?i)\A\s*(?:chỉ\s+)?còn\s+(?:đúng\s+)?(?P<count>\d{1,3}|một|hai|ba)\s+(?P<unit>ngày|tuần)"
    r"\s+nữa\s*,\s*"
)


class Countdown(NamedTuple):
    """The phrase after its countdown (`rest`), the count as printed (`said`) and the day it
    lands on from the issue day (`lands_on`)."""

    rest: str
    said: str
    lands_on: date

    def missed(self, day: date) -> str:
        """Why the phrase is refused when the day printed after the count is `day`, not the
        day the count lands on: one of them is wrong, and the tool does not choose."""
        return (
            f"“{self.said}” tính từ ngày văn bản là ngày {self.lands_on:%d/%m/%Y}, không phải "
            f"ngày {day:%d/%m/%Y} ghi sau nó: một trong hai sai, không tự chọn; ghi last_day "
            "theo văn bản (hoặc sửa issued nếu ngày văn bản ghi sai)"
        )


def countdown(text: str, issued: date | None) -> Countdown | None:
    """`text` without its opening countdown, and the day the count lands on from `issued`;
    None when it opens with none or no issue day is known (the count then has no start)."""
    found = _COUNTDOWN.match(text)
    if found is None or issued is None:
        return None
    number = found["count"].lower()
    count = _SPELT[number] if number in _SPELT else int(number)
    days = count * _DAYS_IN[found["unit"].lower()]
    said = " ".join(text[found.start("count") : found.end("unit")].split())
    return Countdown(text[found.end() :], f"còn {said} nữa", issued + timedelta(days=days))

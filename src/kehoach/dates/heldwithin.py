"""An event's length, held somewhere within the window written after it.

"Đại hội Đảng bộ tỉnh lần thứ XVII … sẽ được tiến hành trong 3 ngày, dự kiến tổ chức vào
tháng 10.2020" (Báo Hải Dương, 2020): the count is how long the event lasts, the month after
the comma when it will be held. The month is the reading (its last day the last the event may
end on); the count is no length of it, as "trong 91 ngày, từ 01/9 đến 30/11" is
(`combine.length_agrees`), and no day of its own.

Only a verb of holding right before the count ("tổ chức", "tiến hành", "diễn ra", "họp",
with "trong" or not), a comma after it, then "(dự kiến) (tổ chức) vào" opening the time; and
only a count shorter than the window. "kéo dài" (lasts) says the length as plainly, and "và"
joins the time as the comma does: "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ
2024-2029 sẽ kéo dài 2,5 ngày và dự kiến diễn ra trong tháng 8-2024 tại TP. Pleiku" (Mặt trận
Gia Lai, 2024; zk-mattran), a day and a half counted as the calendar days it touches, "diễn
ra trong" opening the month it is held in. "trong khoảng" (within) opens a span the same way:
"Kỳ họp thứ nhất, HĐND huyện khóa XX … dự kiến tổ chức 01 ngày, trong khoảng từ ngày 28/6
đến 06/7/2021" (HĐND huyện Kim Thành, 2021; zt-kimthanh) is one day somewhere in those nine,
the span read, its last day the last the sitting may be held on (the lead's ruling of session
50). A count as long as the window is its length (the caller reads it so); a longer one, or
one without those words ("tổ chức 3 ngày, từ ngày 5/3 đến 20/3": the first three days, or any
three?) stays refused.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.dates.combine import NEAR_MISS

# the verb of holding the event, right before its count (folded words)
_HELD_FOR = re.compile(
    r"(?<![a-z])(?:to\s+chuc|tien\s+hanh|dien\s+ra|hop|keo\s+dai)\s+(?:trong\s+)?\Z", re.ASCII
)
# the comma (or "và") after the count, then the words that open the window it is held within:
# "vào", or "trong" before a month right after the verb of holding ("và dự kiến diễn ra trong
# tháng 8-2024"), or "trong khoảng (thời gian)" before "từ" and a span
_WITHIN_NEXT = re.compile(
    r"\s*(?:,|\s+va)\s*(?:(?:du\s+kien|se|duoc)\s+)*"
    r"(?:(?:(?:to\s+chuc|dien\s+ra)\s+)?(?:vao\b|trong\s+khoang\s+(?:thoi\s+gian\s+)?(?=tu\s))"
    r"|(?:to\s+chuc|dien\s+ra)\s+trong\s+(?=thang\b))",
    re.ASCII,
)


_SPAN_NEXT = re.compile(r"\s*tu\s", re.ASCII)  # the parenthesis blanked before "từ"
# the longest span an event of a few days is said to fall "within": two months (a month
# read after "vào" is one); a year and more is a typo of a year more likely (the session 50
# tester), refused
_LONGEST_WITHIN = 62


def held_within(
    prepared: str, count: re.Match[str], first: date, last: date, enclosed: bool = False
) -> str | None:
    """The note of a count of days (`engine._DAYS_COUNT`: its groups "count", "unit") in
    `prepared` (folded) that an event is held for, within the window first .. last written
    after it (see the module), or right after it in parentheses when `enclosed` ("Dự kiến
    thời gian tổ chức kỳ họp 01 ngày (từ ngày 22 đến ngày 27/7/2019)", HĐND huyện Tiên Du,
    Bắc Ninh, 2019: zn-tuson; the parentheses say when, as "trong khoảng" does); None for
    any other count."""
    whole = count["count"].removesuffix(",5")
    if count["unit"] != "ngay" or not whole.isdigit():
        return None
    days = int(whole) + (1 if count["half"] else 0)  # "2,5 ngày" touches three days
    if not _HELD_FOR.search(prepared, 0, count.start()):
        return None
    within = _WITHIN_NEXT.match(prepared, count.end())
    # in parentheses, only a span clearly longer than the count: "kỳ họp … 1,5 ngày (từ ngày
    # 8/12 - 10/12/2025)" is a length near the span's, a rounding or a typo (test_deadline_
    # forms_wide), as `combine.length_unlike` refuses it
    longer = (last - first).days + 1 - days > NEAR_MISS
    if not (within or (enclosed and longer and _SPAN_NEXT.match(prepared, count.end()))):
        return None
    if not 1 <= days < (last - first).days + 1:
        return None
    if (last - first).days > _LONGEST_WITHIN:  # "trong khoảng từ ngày 28/6/2020 đến 06/7/2021"
        return None
    return f"sự kiện kéo dài {count['count']} ngày, tổ chức trong khoảng thời gian này"

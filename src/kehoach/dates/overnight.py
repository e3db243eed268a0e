"""One night told by its evening and the dawn after it: "Vào đêm nay 2/3, rạng sáng 3/3 (tức đêm
14, rạng 15 tháng Giêng âm lịch) thực hiện nghi lễ Khai ấn" (Gia đình & Xã hội on the seal
rite of Đền Trần, 02/03/2026; x-giadinh-khai-an-den-tran-2026): the rite is held through the
night from the evening of 2/3 to the early morning of 3/3, one span of two days, as "từ đêm
ngày 2/3 đến sáng ngày 3/3" says it.

The night is written so, for the grammar to read it as that span, only when the dawn is the
day right after the evening (the same month, or the first of the next after a month's last
day, February left out: its last day depends on the year); any other two days stay two
days, as before. Its lunar gloss told the same way ("tức đêm 14, rạng 15 tháng Giêng") is
written as the span of the two lunar days, which the grammar checks against the solar ones
(a gloss a day off is refused).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

# "(vào) (trong) đêm (nay) 2/3, rạng sáng 3/3", "đêm 2/3 và rạng sáng ngày 3/3"; "đêm nay
# 2/3" is already "đêm ngày 2/3" here (`later.today_written`)
_NIGHT = re.compile(
    r"(?i)(?<!\w)(?:vào\s+)?(?:trong\s+)?đêm\s+(?:ngày\s+)?"
    r"(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?P<y1>\s*/\s*\d{4})?"
    r"\s*(?:,|\s+và)\s*rạng\s+sáng\s+(?:ngày\s+)?"
    r"(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})(?P<y2>\s*/\s*\d{4})?(?![\d/])"
)
# ... and its lunar gloss: "tức đêm 14, rạng 15 tháng Giêng"
_LUNAR_NIGHT = re.compile(
    r"(?i)(?<!\w)(?P<lead>tức|nhằm)\s+đêm\s+(?:ngày\s+)?(?P<l1>\d{1,2})\s*(?:,|\s+và)\s*"
    r"rạng\s+(?:sáng\s+)?(?:ngày\s+)?(?P<l2>\d{1,2})(?=\s+tháng\s)"
)
_MONTH_DAYS = {1: 31, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _next_day(day: int, month: int, after_day: int, after_month: int) -> bool:
    """Whether day/month is the day right after after_day/after_month (February's end
    excepted: not known without the year)."""
    if month == after_month:
        return day == after_day + 1
    return day == 1 and month == after_month % 12 + 1 and after_day == _MONTH_DAYS.get(after_month)


def one_night(text: str, issued: date | None) -> str:
    """`text` with a night told by its evening and its next dawn (`_NIGHT`) written as the
    span "từ đêm ngày D1 đến sáng ngày D2", and its lunar gloss of the same two days as
    theirs; unchanged when the two days do not follow each other, or when the evening is
    before `issued` (the two days are then read, and refused, as before: a span keeps no
    check of a past day, fresh45's "đêm 2/3/2025, rạng sáng 3/3/2025" in a plan of 2026)."""
    night = _NIGHT.search(text)
    if night is None:
        return text
    d1, m1, d2, m2 = (int(night[name]) for name in ("d1", "m1", "d2", "m2"))
    if not _next_day(d2, m2, d1, m1) or _before(issued, d1, m1, night["y1"] or night["y2"]):
        return text
    span = f"từ đêm ngày {d1}/{m1}{night['y1'] or ''} đến sáng ngày {d2}/{m2}{night['y2'] or ''}"
    text = f"{text[: night.start()]}{span}{text[night.end() :]}"
    lunar = _LUNAR_NIGHT.search(text, night.start() + len(span))
    if lunar is None or int(lunar["l2"]) != int(lunar["l1"]) + 1:
        return text
    said = f"{lunar['lead']} ngày {lunar['l1']} đến ngày {lunar['l2']}"
    return f"{text[: lunar.start()]}{said}{text[lunar.end() :]}"


def _before(issued: date | None, day: int, month: int, year: str | None) -> bool:
    """Whether the evening day/month (of `year` as written, "/2025", else of the issue day's
    year) is before `issued`; a day that does not exist counts as before (left unread)."""
    if issued is None:
        return False
    try:
        evening = date(int(year.strip(" /")) if year else issued.year, month, day)
    except ValueError:
        return True
    return evening < issued

"""Cadences said by their days: every day, or several weekdays of each week.

"Thời gian công nhân VSMT thu gom từ 19h00’ đến 21h00’ hằng ngày" (UBND phường Hải Châu 1,
Đà Nẵng, 2022): due each day (RFC 5545 FREQ=DAILY). "Định kỳ: 2 đến 3 lần/tuần (vào các ngày
thứ 3, thứ 5 và Chủ nhật)" (UBND xã Minh Đức, Đồng Nai, 2025), "vào thứ Năm và thứ Sáu hàng
tuần": due on each of the weekdays named, every week (FREQ=WEEKLY;BYDAY=TU,TH,SU), each day
its own occurrence. A count of times a week must agree with the days listed.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.asides import WEEKDAYS, weekday_number
from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import DeadlineKind, Frequency, Recurrence

_START = r"(?:^|(?<=[ ,:;]))"
_END = r"[ .,;:]*\Z"

# "hằng ngày", "hàng ngày", "định kỳ hằng ngày", "mỗi ngày" closing the phrase
DAILY_RULE = re.compile(_START + r"(?P<lead>(?:dinh\s+ky\s+)?(?:hang|moi)\s+ngay)" + _END, re.ASCII)

_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\b|chu\s+nhat\b)"
_ONE_WEEKDAY = re.compile(r"thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])\b|(?P<sun>chu\s+nhat)\b")
# two or more weekdays, then the weekly cadence; or a count of times a week, then the weekdays
# in parentheses
WEEKDAYS_RULE = re.compile(
    _START + r"(?P<lead>(?:dinh\s+ky\s*:?\s+)?"
    r"(?:(?P<count>\d)(?:\s*(?:den|[–-])\s*(?P<most>\d))?\s+lan\s*/\s*tuan\s*(?P<open>\()?\s*)?"
    r"(?:vao\s+)?(?:cac\s+)?(?:ngay\s+)?)"
    rf"(?P<days>{_WEEKDAY}(?:(?:\s*,\s*|\s*,?\s+va\s+)(?:ngay\s+)?{_WEEKDAY})+)"
    r"(?(count)(?(open)\s*\))|\s*,?\s+(?:dinh\s+ky\s+)?(?:hang|moi)\s+tuan)" + _END,
    re.ASCII,
)


def build_daily(match: re.Match[str], given: Input) -> Found:
    """ "hằng ngày": due each day (the time of day, when written, kept as `time`)."""
    del match, given
    return Found(
        DeadlineKind.RECURRING,
        "hằng ngày, hạn mỗi ngày",
        recurrence=Recurrence(Frequency.DAILY),
    )


def build_weekdays(match: re.Match[str], given: Input) -> Found:
    """Several weekdays each week (`WEEKDAYS_RULE`): one rule whose due days are all of
    them; the same day twice, or a count of times a week the days do not make, refused."""
    del given
    days = [weekday_number(one) for one in _ONE_WEEKDAY.finditer(match["days"])]
    if len(set(days)) != len(days):
        raise Unreadable("một thứ trong tuần ghi hai lần: không đoán ngày nào sai")
    if match["count"]:
        least, most = int(match["count"]), int(match["most"] or match["count"])
        if not least <= len(days) <= most:
            raise Unreadable(
                f"“{match['count']}{f' đến {most}' if match['most'] else ''} lần/tuần” không "
                f"khớp {len(days)} ngày được kể; ghi lại theo văn bản"
            )
    ordered = tuple(sorted(days))
    shown = [WEEKDAYS[day] for day in ordered]
    said = f"{', '.join(shown[:-1])} và {shown[-1]}"
    rule = Recurrence(Frequency.WEEKLY, weekdays=ordered)
    reading = f"hằng tuần, hạn {said} mỗi tuần; mỗi ngày là một kỳ hạn riêng"
    return Found(DeadlineKind.RECURRING, reading, recurrence=rule)


# "triệu tập thường lệ năm năm một lần" (Điều lệ Đảng, Điều 15), "là 5 năm 1 lần" (Hội Nông
# dân, CV 2073/2016), "được tổ chức 4 năm/lần" (Hội thi giáo viên dạy giỏi, Khánh Hòa 2025),
# "định kỳ 2 tuần/lần" (Hội đồng Đội, 2022), "định kỳ 01 tháng 01 lần" (Huyện đoàn Vĩnh Bảo,
# 2009): a count of years, months or weeks between two times, and no day. The six months of
# "6 tháng một lần" are the year's halves (`grammar._EVERY`), read elsewhere.
EVERY_COUNT_RULE = re.compile(
    _START + r"(?P<lead>(?:dinh\s+ky\s*:?\s+)?)(?!(?:6|06|sau)\s+thang\b)"
    r"(?P<count>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?P<unit>nam|thang|tuan)"
    r"(?:\s*/\s*(?:(?:1|01|mot)\s+)?lan|\s+(?:1|01|mot)\s+lan)" + _END,
    re.ASCII,
)


def build_every_count(match: re.Match[str], given: Input) -> Found:
    """Refused, saying why (`EVERY_COUNT_RULE`): no day is due in any period, and a cycle of
    N years or weeks has no start the phrase gives (which year of the term? which week?); the
    tool never invents them. One month a time has its words ("hằng tháng")."""
    said = " ".join(given.source.original(match.start("count"), match.end()).split())
    said = said.rstrip(" .,;:")
    if match["unit"] == "thang" and match["count"] in ("1", "01", "mot"):
        raise Unreadable(
            f"“{said}” không nêu ngày hạn trong tháng; nếu là hạn mỗi tháng, ghi “hằng tháng” "
            "(hạn ngày cuối tháng) hoặc “trước ngày 20 hằng tháng”; nếu không, ghi last_day"
        )
    raise Unreadable(
        f"“{said}”: nhịp lặp lại không nêu kỳ bắt "
        "đầu (năm nào, tuần nào) hay ngày hạn mỗi kỳ: không tính được lần nào đến hạn, không "
        "đoán; ghi last_day của lần tới"
    )

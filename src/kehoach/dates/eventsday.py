"""A registration for an event, then the event's own day: "Đăng ký tham dự lớp học tổ chức
ngày 30/9/2026" (register for the class held on 30/9/2026). The day is the class's, not the
registration's: read as the last day to register, the clerk is told to register on the day
the class is held, a silent wrong date (session 61's brief, d61: read so on main, issued
01/03/2026, and "Nếu có nhu cầu, đăng ký tham dự lớp học tổ chức ngày 30/9/2026" with it).
Refused with the way out, the registration's own day from the text.

Only a registration ("đăng ký", "ghi danh", "báo danh") whose object is an event ("lớp học",
"khóa học", "hội nghị", "kỳ thi", …, or "dự thi": an exam sat) and whose words end with the event's verb ("tổ chức",
"khai giảng", "khai mạc", "diễn ra") right before the time: the period of a registration
("Thời gian đăng ký và điều chỉnh nguyện vọng chính thức diễn ra từ ngày 2/7 đến 14/7/2026",
u-vtcnews-tuyen-sinh-dai-hoc-2026-4-moc.yaml) names no event and reads, and so does a step
held on the event's day ("Cử cán bộ tham dự Hội nghị tổ chức ngày …": attended that day).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable

_EVENT_NOUN = (
    r"(?:lớp|khóa|khoá|hội\s+nghị|hội\s+thảo|hội\s+thi|kỳ\s+thi|cuộc\s+thi|buổi|lễ|giải"
    r"|chương\s+trình|đợt\s+tập\s+huấn|tập\s+huấn|đại\s+hội|diễn\s+đàn|ngày\s+hội|hội\s+chợ)"
)
_HELD = r"(?:được\s+)?(?:tổ\s+chức|khai\s+giảng|khai\s+mạc|diễn\s+ra)(?:\s+(?:vào|từ))?"
_REGISTERED_FOR_EVENT = re.compile(
    r"(?<!\w)(?<!thời\sgian\s)(?<!hạn\s)(?P<said>(?:đăng\s+k[ýí]|ghi\s+danh|báo\s+danh)"
    rf"(?:(?:\s+(?:tham\s+(?:dự|gia)|dự|học))?\s+{_EVENT_NOUN}|\s+dự\s+thi)"
    rf"(?:\s+[^\W\d_]+){{0,6}}?\s+{_HELD})\s*\Z"
)


def refuse_events_day(label: str) -> None:
    """Refuse the words before the time part (`label`, as printed) when they register for an
    event and end with its verb (`_REGISTERED_FOR_EVENT`): the day after them is the
    event's."""
    said = " ".join(nfc(label).lower().split())
    found = _REGISTERED_FOR_EVENT.search(said)
    if found is None:
        return
    raise Unreadable(
        f"“{found['said']} …”: ngày sau đó là ngày sự kiện được tổ chức, không phải hạn đăng "
        "ký; không đoán, ghi last_day theo hạn đăng ký trong văn bản"
    )

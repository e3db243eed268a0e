"""The day of an event a task is done for, never the task's own day.

Form: a verb of getting ready for an event (đăng ký, gửi, nộp, chuẩn bị), the event (hội
nghị, kỳ thi, đại hội, tập huấn …) and its day (or its month) right after it, no word of
time between:
"Đăng ký tham dự hội nghị ngày 20/4/2026", "Gửi tham luận phục vụ Hội nghị sơ kết ngày
20/4/2026", "Chuẩn bị cho kỳ thi ngày 10/6/2026, hoàn thành trước 30/5/2026" (a fresh tester
of session 58: each read the event's day as due). One registers, sends a paper or prepares
*before* the event, by a day this phrase does not give, so the event's day is no deadline of
the task; the phrase is refused, as "Hội nghị ngày 20/4/2026, đăng ký trước ngày 15/4/2026"
already is. No corpus phrase has this form; the nearest, "Để chuẩn bị cho Giải bóng đá nam
Thanh niên huyện Thọ Xuân … sẽ được khai mạc vào ngày 7/7 tới đây"
(zl-thoxuan-thanhhoa-giai-bong-da-2024.yaml), tells the event's own opening ("sẽ được khai
mạc") and stays read.

What stays read: the event itself held, attended or served on its day ("Tổ chức hội nghị
ngày 20/4/2026", "Cử cán bộ tham dự tập huấn ngày 20/4/2026": attending is on that day), and
a task with its own word of time ("Gửi tham luận cho hội nghị trước ngày 15/4/2026").
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.grammar import Source, Unreadable

# a word of time between, or the event told as news ("sẽ được khai mạc vào ngày 7/7") or by
# its end ("kết thúc ngày …", when entries may close): the day is then not (only) the
# event's. Its opening stays the event's day ("lễ khai giảng ngày 5/9", "bắt đầu ngày …")
# ... and a deadline's own words ("muộn nhất", "trễ nhất", "không muộn hơn"), where it is sent
# ("về Văn phòng", "qua email": the day is the sending's) or what comes of the event ("kết
# quả", "biên bản": sent after it): the merge's tester found each refused, read right on main
_TIME_WORD = (
    r"(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham|hoan|se"
    r"|duoc|ket\s+thuc|muon|tre|khong|ve|qua|bien\s+ban)\b"
)
_WORDS = rf"(?:\s+(?!{_TIME_WORD})[a-z]+)"
# the events one gets ready for; "lễ" never in "hợp lệ", "thường lệ", "lệ phí". Never what is
# prepared to be said or shown at the event ("chuẩn bị bài phát biểu tại hội nghị ngày
# 15/3/2027", test_deadline_forms_zn): ready on the event's day, when it is used
_EVENT = (
    r"(?<!tai\s)(?:hoi\s+(?:nghi|thao|thi|dien|cho)|ky\s+thi|cuoc\s+thi|dai\s+hoi|ky\s+hop|tap\s+huan"
    r"|(?:cuoc|phien|buoi)\s+hop|lien\s+hoan|(?<!hop\s)(?<!thuong\s)le(?!\s+phi\b))\b"
)
_EVENT_DAY = re.compile(
    r"(?<![a-z])(?:dang\s+ky|gui|nop|chuan\s+bi)"
    rf"{_WORDS}{{0,8}}?\s+{_EVENT}{_WORDS}{{0,10}}?"
    # the event's day, or the day it is held on: "… tổ chức (vào) ngày 20/4/2026", "(ngày
    # 20/4/2026)"; or its month, "Đăng ký tham gia Hội chợ tháng 5/2026" (a window that ends
    # after the event)
    r"\s*\(?\s*(?:(?:duoc\s+)?(?:to\s+chuc|dien\s+ra)\s+)?(?:vao\s+)?"
    r"(?:(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
    r"|thang\s+\d{1,2}(?:(?:\s*[/.-]\s*|\s+nam\s+)\d{4})?(?![\d/.-]))",
    re.ASCII,
)


def refuse_event_day_served(source: Source) -> None:
    """Refuse a task done for an event dated by the event's day or month (`_EVENT_DAY`): due
    before it, by a day not given."""
    if found := _EVENT_DAY.search(source.prepared):
        said = source.said(*found.span())
        if not _EVENT_DAY.search(fold(said).lower()):
            return  # "… hội nghị không muộn hơn ngày 10/4": a lead-in the preparing blanked
        raise Unreadable(
            f"“{said}”: ngày (tháng) là lúc diễn ra sự kiện (hội nghị, kỳ thi…); việc đăng ký, "
            "gửi, nộp, chuẩn bị cho sự kiện phải xong trước đó, vào ngày văn bản không nêu ở "
            "đây; không lấy ngày sự kiện làm hạn; ghi last_day theo văn bản"
        )

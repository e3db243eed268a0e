"""Steps in sequence: a span of days then a day (or a day then a span), each its own step.

A calendar names one work's span and the next work's day in one sentence: "nghỉ Tết Âm lịch
năm 2018 từ ngày 14/02/2018 đến hết ngày 20/02/2018 và chính thức làm việc trở lại vào ngày
21/02/2018" (Trung tâm Giải quyết TTHC tỉnh Cà Mau, 2018), "Thả giống tôm sú từ tháng 3 đến
tháng 4/2020, thu hoạch dứt điểm đến ngày 15/8/2020" (Kiên Giang, TB 193/2020), "thời hạn
nhận tác phẩm sẽ kết thúc vào ngày 30/11/2017, chấm sơ khảo và chung khảo trong tháng
12/2017" (Hội Nhà báo, 2017). The corpus's convention (tests/corpus/README.md, "A list of
readings for a phrase that names several periods joined by "," / "và""): two milestones,
each its period. The engine read such parts only when they were of one kind; a window
beside a day may be the period a report covers and its due day ("Riêng trong quý I năm 2019,
gửi trước ngày 05/5/2019", Sở Nội vụ Thừa Thiên Huế, CV 391/2019: one due day), so the
mixed kinds are read as steps only when nothing leaves that doubt:

- every part names its own step (a label of two words or more: "Riêng" alone names none),
  none the aim of the one before ("để kịp thu hoạch …", `_PURPOSE`);
- every part is dated (a day or a span with its first and last day), and each begins after
  the one before ends: never one inside another, never out of order, but for a registration
  told after the event it is for (`_registers_for`), which must end before it;
- no window of whole months comes before another step's time (`_whole_months`: it may be the
  period the next step works on or reviews, convention 10), unless told as a span "từ …
  đến …" by a step that reviews nothing (`_own_span`: the sowing's own months);
- no span is named by the figures it covers ("báo cáo", "số liệu", "kết quả", "kỳ", "thời
  điểm", "tổng hợp", "đánh giá", "quyết toán", "tính từ": Nghị định 09/2019/NĐ-CP, Điều 12,
  a report's data period), which would be the period worked on, not a step.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

from kehoach.base.text import fold, nfc
from kehoach.dates.found import Found
from kehoach.dates.grammar import TOLD_DONE, Unreadable
from kehoach.dates.news import past_told
from kehoach.dates.reading import Deadline, DeadlineKind

_DATED = (DeadlineKind.DATE, DeadlineKind.WINDOW)
# the words of a span that is the period figures cover (a report's data period), folded
_COVERED = re.compile(
    r"\b(?:bao\s+cao|so\s+lieu|ket\s+qua|ky|thoi\s+diem|tong\s+hop|danh\s+gia|quyet\s+toan"
    r"|tinh\s+tu|du\s+lieu|thong\s+ke)\b",
    re.ASCII,
)


# a step told as the aim of the one before ("Gieo sạ từ ngày 06/6 đến 10/6/2023, để kịp thu
# hoạch trước ngày 30/9", tests/test_deadline_forms_p.py): the sowing's purpose, no step
_PURPOSE = re.compile(r"\W*(?:de|nham)\b", re.ASCII)


def steps_in_sequence(found: list[Found]) -> bool:
    """Whether `found`, the readings of a phrase's parts in their order, are a window and a
    day (or several) of steps that follow each other (see the module's conditions): read as
    one milestone each. False leaves the parts to the engine's refusal."""
    if len(found) < 2 or {one.kind for one in found} != set(_DATED):
        return False
    registrations = [after for before, after in pairwise(found) if _registers_for(before, after)]
    for one in found:
        if one.first is None or one.last is None or len((one.label or "").split()) < 2:
            return False
        if _PURPOSE.match(fold(one.label or "")):
            return False
        label = one.label or ""
        if registrations and (past_told(label) or _NOT_SO.search(label.lower())):
            return False  # "thí sinh đã đăng ký …", "chưa mở đăng ký …": no step to come
        if one in registrations:  # "đăng ký" folds as "kỳ" (a period) does; "kỳ" as printed
            label = _REGISTRATION.sub(" ", label.lower())
        if one.kind is DeadlineKind.WINDOW and _COVERED.search(fold(label)):
            return False
    return all(
        before.last is not None
        and after.first is not None
        and (before.last < after.first or _registers_for(before, after))
        and not _whole_months(before)
        for before, after in pairwise(found)
    )


# a registration, as printed: "thí sinh đăng ký dự thi", "đăng kí tham gia"
_REGISTRATION = re.compile(r"(?<!\w)đăng\s+k[ýí](?!\w)")
# ... and the words that make a step told beside it none to come: a negation ("chưa mở đăng
# ký …"), a condition, a choice, a cadence (each year's steps, no one day)
_NOT_SO = re.compile(r"(?<!\w)(?:không|chưa|chẳng|nếu|hoặc|hằng|hàng|mỗi)(?!\w)")


def _registers_for(event: Found, after: Found) -> bool:
    """ "Lịch thi đợt 1 diễn ra vào ngày 5.4, thí sinh đăng ký dự thi từ ngày 24.1 đến 23.2."
    (Thanh Niên on the 2026 aptitude tests, za-thanhnien-lich-thi-dgnl-2026): the exam's day,
    then the span to register for it, told second though it comes first. A registration is
    for what follows it, so a span "đăng ký …" (as printed) that ends before the day told
    before it is that event's registration: two steps, each its milestone. The span must be
    a window of days (no whole months: a period, `whole_months`), the event one day or a span
    of days that no registration names, and no part told done ("thí sinh đã đăng ký …",
    `steps_in_sequence`)."""
    return (
        after.kind is DeadlineKind.WINDOW
        and after.last is not None
        and event.first is not None
        and after.last < event.first
        and not whole_months(after)
        and not _REGISTRATION.search((event.label or "").lower())
        and _REGISTRATION.search((after.label or "").lower()) is not None
    )


def _whole_months(one: Found) -> bool:
    """Whether `one` is a window of whole months (a month, a quarter, "6 tháng đầu năm", a
    year) before another step's time: the period a step works on, reviews or discusses
    ("Sơ kết 6 tháng đầu năm 2026, gửi báo cáo trước ngày 15/7/2026"; "thảo luận về tình hình
    … quý I/2026 và thống nhất hoàn thành trước ngày 30/4/2026", tests/test_deadline_subjects)
    may be named so, not done in it (the lead's convention 10): no step of its own (the lead's
    merge, session 30). A span of days before a day ("nghỉ Tết … từ ngày 14/02/2018 đến hết
    ngày 20/02/2018 và … làm việc trở lại vào ngày 21/02/2018") is no such period."""
    return whole_months(one) and not _own_span(one)


def whole_months(one: Found) -> bool:
    """Whether `one` is a window from a month's first day to a month's last."""
    if one.kind is not DeadlineKind.WINDOW or one.first is None or one.last is None:
        return False
    return one.first.day == 1 and (one.last + timedelta(days=1)).day == 1


# the words of a step that reviews, discusses or inspects a period, folded: its span, "từ …
# đến …" too, may be the period reviewed or inspected ("Sơ kết công tác từ tháng 1 đến tháng
# 6/2026, gửi báo cáo …", "Thanh tra công tác … từ tháng 1 đến tháng 6/2026, báo cáo kết quả …")
_REVIEWS = re.compile(
    r"\b(?:so\s+ket|tong\s+ket|thao\s+luan|tinh\s+hinh|ra\s+soat|nhin\s+lai|nhan\s+xet"
    r"|kiem\s+tra|thanh\s+tra|giam\s+sat|kiem\s+toan)\b",
    re.ASCII,
)


def _own_span(one: Found) -> bool:
    """Whether `one`, a window of whole months, is told as a span with its preposition,
    "từ … đến …" (its start bound read, `Found.earliest`), by a step that reviews nothing
    (`_REVIEWS`): the step's own time ("Sạ hoặc cấy lúa từ đầu tháng 9 đến cuối tháng
    10/2020 và thu hoạch dứt điểm đến ngày 15/01/2021", Kiên Giang, TB 193/2020), never a
    period reviewed; a month, a quarter or "6 tháng đầu năm" named bare may be one."""
    return one.earliest is not None and not _REVIEWS.search(fold(one.label or "").lower())


# A step told done among the milestones of one phrase: "Nộp hồ sơ từ 24/1 đến 23/2, đã công bố
# kết quả vào ngày 17/4", "…, kết quả vừa được công bố ngày 17/4" (helper guardsk, session 49:
# read as a window and a day due, the results' day a deadline though they are out). A thing
# done is no deadline (convention 1's told-done), and the steps beside it may be done too.
# Only "đã"/"vừa" as printed (`TOLD_DONE`), never before a decision's or an order's verb, whose
# content is still to come ("đã chỉ đạo cấm biển từ 12 giờ ngày 24/9, đồng thời yêu cầu hoàn
# thành … trước 18 giờ cùng ngày", za-thuonghieucongluan; "đã thống nhất tổ chức … từ …")
_DECIDED = re.compile(
    r"(?i)(?<!\w)(?:đã|vừa)\s+(?:được\s+)?(?:chỉ\s+đạo|yêu\s+cầu|thống\s+nhất|quyết\s+định"
    r"|ấn\s+định|giao|ban\s+hành|(?:thông\s+báo|công\s+bố)\s+(?:lịch|kế\s+hoạch|thời\s+gian)"
    r"|đề\s+nghị|phê\s+duyệt|xây\s+dựng\s+kế\s+hoạch)(?!\w)"
)


def told_decided(label: str, at: int) -> bool:
    """Whether the "đã"/"vừa" at `at` of `label` (NFC) opens a decision's or an order's verb
    (`_DECIDED`), whose content is still to come."""
    return _DECIDED.match(label, at) is not None


def refuse_step_told_done(found: tuple[Deadline, ...]) -> None:
    """Refuse the milestones `found` of one phrase when a step of them is told done
    (`TOLD_DONE` in its label, not a decision's verb: `_DECIDED`); one told not done yet
    before its day is the label's ("chưa … đến/vào …", `label._UNTIL_OR_ON_NEXT`)."""
    if len(found) < 2:
        return
    for one in found:
        label = nfc(one.label or "")
        done = TOLD_DONE.search(label)
        if done is None or told_decided(label, done.start()):
            continue
        raise Unreadable(
            f"“{label}”: một bước kể là đã làm (đã, vừa), không phải thời hạn, và các mốc "
            "cùng câu có thể cũng đã qua; không tách thành mốc; ghi last_day (và first_day) "
            "của bước còn phải làm theo văn bản, việc đã xong bằng kehoach done"
        )

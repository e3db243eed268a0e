"""A count of days a duty is done within, with no day to count from: "báo cáo UBND tỉnh trong
30 ngày làm việc" (Thanh tra tỉnh Đồng Tháp, 2021), "trong thời hạn 07 ngày làm việc, cơ quan
trình khen thưởng thông báo và gửi kết quả khen thưởng …" (Thông tư 57/2020/TT-BQP).

The lead's ruling of session 33: read as `relative` {offset, unit, working_days, direction:
after, anchor: None}, the reading saying that the phrase names no day to count from. No date
is given, so no date can be wrong; the plan that knows the day declares it. Only after a verb
of answering or doing (`_DUTY`) or "trong thời hạn"; an event's length ("diễn ra / tổ chức /
kéo dài / làm việc trong 3 ngày", `_EVENT`) is no deadline and stays refused, and so does a
phrase with any other number, a word that counts from something ("kể từ", "sau khi", "trước")
or anything after the count but a clause of who does what.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.found import Found
from kehoach.dates.reading import DeadlineKind, Relative

_COUNT = re.compile(
    r"(?<![a-z])(?P<lead>trong\s+thoi\s+han|trong(?:\s+vong)?)\s+(?P<count>\d{1,3})\s+"
    r"(?P<unit>ngay\s+lam\s+viec|ngay)(?![a-z])",
    re.ASCII,
)
# verbs of answering or doing a duty, folded: the last one before the count names the duty
_DUTY = re.compile(
    r"(?<![a-z])(?:bao\s+cao|tra\s+loi|giai\s+quyet|thong\s+bao|gui|hoan\s+thanh|xu\s+ly"
    r"|tham\s+dinh|phe\s+duyet|ban\s+hanh|tra\s+ket\s+qua|nop|chuyen|co\s+van\s+ban)(?![a-z])",
    re.ASCII,
)
# ... and of an event, whose length the count is: "diễn ra trong 3 ngày"
_EVENT = re.compile(
    r"(?<![a-z])(?:dien\s+ra|to\s+chuc|keo\s+dai|lam\s+viec|hop|nghi|thi|tap\s+huan|boi\s+duong"
    r"|lay\s+y\s+kien|xin\s+y\s+kien|cong\s+khai|niem\s+yet|dang\s+tai|tien\s+hanh|trien\s+khai"
    r"|thu\s+thap|cach\s+ly|ngung|dung)(?![a-z])",
    re.ASCII,
)
# words that count from something or name another time: the count has an anchor, or is no
# duty's time ("kể từ ngày nhận hồ sơ" is read by the counted rules)
_ANCHORED = re.compile(
    r"(?<![a-z])(?:ke\s+tu|tinh\s+tu|sau|truoc|tu|den|toi|khi|hang|moi|dinh\s+ky|thang|nam|quy"
    r"|tuan|hoac|neu)(?![a-z])",
    re.ASCII,
)
# what may follow the count: nothing, or a clause saying who does it ("…, cơ quan trình khen
# thưởng thông báo và gửi kết quả …"), with no number and a verb of the duty
_AFTER = re.compile(r"[ .;:]*\Z|\s*,?\s+(?P<clause>[^\d]*\S)[ .;]*\Z", re.ASCII)


# Words fold can make an event's or an anchor's that are neither, blanked before the checks:
# "hợp" (fit: "trường hợp", "hợp lệ", "phối hợp") is no "họp" (a meeting), "thì" (then,
# closing a condition) no "thi" (an exam), "quy" ("theo quy định") no "quý" (a quarter),
# and "đến" after a
# dispatch, before the body it goes to, is a place, no time ("… thông báo và hướng dẫn,
# chuyển đến Trung tâm Hành chính cấp huyện …", Long An's procedure for a society's congress
# report; zk-dichvucong-longan-bao-cao-dai-hoi-hoi)
_NOT_AN_EVENT = re.compile(r"(?i)(?<!\w)(?:hợp|thì|quy)(?!\w)")
# ... but a condition on a need, a request or the time ("Trường hợp cần thiết thì …", as "nếu
# có yêu cầu": the lead's ruling 38(g)) may be the time itself: refused as before
_CONDITION_ON_THE_TIME = re.compile(
    r"(?<![a-z])(?:yeu\s+cau|can\s+thiet|phat\s+sinh|thoi\s+(?:gian|han|diem)|thay\s+doi"
    r"|dieu\s+chinh|gia\s+han)(?![a-z])[^,;]*?\s+thi\s*\Z",
    re.ASCII,
)
_SENT_TO_A_BODY = re.compile(r"(?<!\w)(?:chuyển|gửi)\s+(?:đến|tới)(?=\s+[A-ZĐ])")


# a duty denied, told done or put as a condition right before its verb ("không hoàn thành
# trong vòng 07 ngày", "đã gửi trong 5 ngày", "nếu hoàn thành …"): no duty's time to come
_NOT_A_DUTY_TO_DO = re.compile(
    r"(?<![a-z])(?:khong|chua|da|vua|neu)\s+(?:(?:duoc|se|phai)\s+)?\Z", re.ASCII
)


def read_unanchored(text: str) -> Found | None:
    """The count of `text` as a duty's time with no anchor (see the module), or None when the
    phrase is not so made."""
    said = nfc(text)  # fold keeps one character for one: the offsets hold
    blanked = _SENT_TO_A_BODY.sub(_blank, _NOT_AN_EVENT.sub(_blank, said))
    folded = fold(blanked)
    counts = list(_COUNT.finditer(folded))
    if len(counts) != 1 or len(re.findall(r"\d+", folded)) != 1:
        return None
    count = counts[0]
    before, after = folded[: count.start()], folded[count.end() :]
    if _CONDITION_ON_THE_TIME.search(fold(said[: count.start()])):
        return None
    rest = _AFTER.fullmatch(after)
    if rest is None or _ANCHORED.search(before) or _ANCHORED.search(after):
        return None
    clause = rest["clause"]
    if clause is not None and not _DUTY.search(clause):
        return None
    if not _names_a_duty(before, count["lead"], clause):
        return None
    label = said[: count.start()].strip(" ,;:-–") or None
    if label is None and clause is not None:
        label = said[len(said) - len(after) :].strip(" ,;:.") or None
    return unanchored_found(int(count["count"]), count["unit"], label)


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _names_a_duty(before: str, lead: str, clause: str | None) -> bool:
    """Whether the verb nearest before the count (or, after "trong thời hạn", in the clause
    after it) is a duty's, never an event's."""
    duties = list(_DUTY.finditer(before))
    duty = [found.end() for found in duties]
    event = [found.end() for found in _EVENT.finditer(before)]
    if event and (not duty or max(event) > max(duty)):
        return False  # "báo cáo kết quả tổ chức trong 3 ngày": the event is nearest
    if duties and _NOT_A_DUTY_TO_DO.search(before[: duties[-1].start()]):
        return False  # "không hoàn thành trong vòng 07 ngày": denied, done or a condition
    if duty:
        return True
    return lead.startswith("trong thoi han") and clause is not None


def unanchored_found(count: int, unit: str, label: str | None) -> Found | None:
    """A count of `count` days (`unit` folded: "ngay lam viec" or "ngay") with no anchor,
    as a `Found` whose reading says so; None for a count under 1."""
    if count < 1:
        return None
    working = unit.startswith("ngay lam")
    relative = Relative(
        offset=count, unit="ngày", working_days=working, direction="after", anchor=None
    )
    said = f"{count} ngày{' làm việc' if working else ''}"
    reading = (
        f"trong {said}; cụm từ không nêu mốc tính (ngày nào bắt đầu đếm), nên không có ngày "
        "cố định: ghi ngày của mốc trong kế hoạch, hoặc ghi last_day theo văn bản"
    )
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, label=label)


# ... and an event's length told with "trong thời gian": "xin ý kiến của Nhân dân trong thời
# gian 03 ngày trên Cổng thông tin điện tử" (Bộ Nội vụ, r-moha-lay-y-kien-khen-thuong-tap-chi-2021)
_LENGTH = re.compile(
    r"(?<![a-z])trong(?:\s+thoi\s+gian|\s+vong)?\s+(?P<count>\d{1,3})\s+"
    r"(?P<unit>ngay\s+lam\s+viec|ngay)(?![a-z])",
    re.ASCII,
)

# words before the count that name the day it counts from ("kể từ ngày đăng tải", "sau khi");
# "tử" of "điện tử" folds to "tu", so no bare "từ"
_COUNTED_FROM = re.compile(
    r"(?<![a-z])(?:ke\s+tu|tinh\s+tu|sau|truoc|tu\s+ngay|den|toi|khi)(?![a-z])", re.ASCII
)


def event_length_said(text: str) -> str:
    """Why a count of days after an event's verb is refused, to close "không nhận ra thời
    hạn": "lấy ý kiến Nhân dân trong 10 ngày làm việc" (Bộ Nội vụ, s-moha-lay-y-kien-chien-si-
    thi-dua-toan-quoc-2025) is how long the consultation lasts, counted from a day the phrase
    does not give (the lead's ruling of session 33: an event's length is no deadline). "" when
    the phrase holds no one such count, the verb nearest before it is a duty's
    (`read_unanchored` reads those), or words that count from a day stand before it."""
    folded = fold(nfc(text))
    counts = list(_LENGTH.finditer(folded))
    if len(counts) != 1:
        return ""
    count = counts[0]
    before = folded[: count.start()]
    events = list(_EVENT.finditer(before))
    duty = [found.end() for found in _DUTY.finditer(before)]
    if not events or (duty and max(duty) > events[-1].end()) or _COUNTED_FROM.search(before):
        return ""
    said = nfc(text)  # fold keeps one character for one: the offsets hold
    length = said[count.start() : count.end()]
    event = said[events[-1].start() : events[-1].end()]
    return (
        f": “{length}” là thời gian {event} kéo dài (độ dài của việc, không phải hạn), cụm từ "
        "không nêu ngày bắt đầu đếm"
    )

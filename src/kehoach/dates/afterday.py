"""A start said as the day before it: "phải sau ngày 31-8", "Sau ngày 26/02/2017, …".

Ruling 56(c) (issue 11, session 56): "sau ngày D" setting when a work may start is a start
bound, the earliest day D+1, as "từ ngày D+1" is read (`grammar.START_RULE`, the JSON's
`earliest`): "theo quy định, mùa vụ được phép khai thác cá linh phải sau ngày 31-8" (Tin tức
Miền Tây on An Giang's fishing season, zp-tintucmientay-an-giang-chua-den-thoi-diem-khai-thac-
ca-linh-2018). The phrase is written "từ ngày D+1" and read as any start, its note saying how
the day was reckoned (as `fromtomorrow` writes "Từ mai" with its day). Bộ luật Dân sự 2015,
Điều 147: a time counted from an event starts the day after it; "sau ngày D" is that day.

Never a relative anchor ("30 ngày sau ngày 15/3": a count from the day, `relative`), "ngay
sau ngày" (right after: which day?), a day after "sau ngày ký/ban hành" (no digits: not
this form), nor a phrase with a negation before it ("không … sau ngày D": a deadline, not
ruled) or a sanction, a stop or a condition beside it (`_ENDS_A_TIME`: a deadline D), another day of its own (which bounds which?), or a day without its year whose next
day depends on the year (28/02) or falls in the next one (31/12).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import COUNT, DAY_SHAPE, ONE_DAY, Unreadable, read_day, show

_AFTER_DAY = re.compile(
    rf"(?<![a-z])(?:phai\s+)?(?P<after>sau)\s+ngay\s+(?P<day>{DAY_SHAPE})(?![\d/.-]*\d)(?!\s*(?:gio|h)\b)",
    re.ASCII,
)
# ... not a count's anchor ("30 ngày sau ngày …", "02 tháng sau ngày …"), not "ngay sau"
_ANCHORED = re.compile(
    rf"(?:(?<![a-z]){COUNT}\s+(?:ngay(?:\s+lam\s+viec)?|tuan|thang|nam|gio)|\bngay|\blien)\s*\Z",
    re.ASCII,
)
# a negation, a condition, a told-done or another time word before the day ("Trước đó,
# sau ngày …", "Sau Hội nghị, … sau ngày …"), or "sau" closing a period's name ("năm học
# sau", next school year): the day is no start there
_NOT_A_START = re.compile(
    r"\b(?:khong|chua|chang|neu|da|tru|sau|truoc|tu|den|toi|trong)\b"
    r"|\b(?:nam|thang|tuan|quy|ky|hoc|lan|dot)\s*\Z",
    re.ASCII,
)
# any other day or month in the phrase ("31/8", "31-8", "tháng 9", a year)
# ... nor words after it that make "sau ngày D" the end of a time, a deadline in disguise:
# a sanction, a stop, a lapse, a refusal, a negation or a condition ("Sau ngày 30/4/2026,
# không nhận hồ sơ", "… sẽ dừng tiếp nhận", "… nếu chưa nộp thì bị phạt": due by 30/4)
_ENDS_A_TIME = re.compile(
    r"\b(?:khong|chua|chang|neu|phat|bi|dung|ngung|khoa|tu\s+choi|huy|thu\s+hoi|het"
    r"|muon|tre|qua\s+han|mat|cham|tam)\b",
    re.ASCII,
)
_ANOTHER_TIME = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\bthang\s+\d|\b(?:19|20)\d\d\b", re.ASCII)
_NO_YEAR = 2001  # a year that is not a leap year: a day without its year is checked in it


def _the_one(folded: str) -> re.Match[str] | None:
    """The one "sau ngày D" of the folded phrase that sets a start (`_AFTER_DAY`), or None:
    none or two, a count's anchor or a negation before it, another time in the phrase."""
    found = list(_AFTER_DAY.finditer(folded))
    if len(found) != 1:
        return None
    before, after = folded[: found[0].start()], folded[found[0].end() :]
    if _ANCHORED.search(before) or _NOT_A_START.search(before):
        return None
    if _ENDS_A_TIME.search(before) or _ENDS_A_TIME.search(after):
        return None  # "dừng tiếp nhận sau ngày 30/4", "…, không nhận hồ sơ"
    if _ANOTHER_TIME.search(before) or _ANOTHER_TIME.search(after):
        return None
    return found[0]


def _next_day(said: str) -> tuple[str, str] | None:
    """The day `said` ("31-8", "26/02/2017") and the day after it, as written back (with its
    year when it has one), or None: not a real day, or without its year a day whose next is
    in the next year (31/12) or depends on the year (28/02)."""
    written = re.search(r"\d{4}", said) is not None
    try:
        day = read_day(said, None if written else _NO_YEAR).first
    except Unreadable:
        return None  # "sau ngày 31/4": refused as the day is, unread here
    following = day + ONE_DAY
    if written:
        return show(day), show(following)
    if following.year != day.year or (day.month, day.day) == (2, 28):
        return None
    return f"{day.day:02d}/{day.month:02d}", f"{following.day:02d}/{following.month:02d}"


def spelt(printed: str, span: tuple[int, int], word: str) -> bool:
    """Whether the word at `span` of `printed` is `word` as printed ("sau", "trước"), or bare
    in a phrase printed with no diacritic at all: "saụ ngày 15/3/2027" (a mistyped mark) may
    be another word, and is refused as before."""
    said = printed[span[0] : span[1]].lower()
    return said == word or (said.isascii() and printed.isascii())


def after_day(text: str, note: str | None) -> tuple[str, str | None]:
    """`text` with its one "sau ngày D" written "từ ngày D+1" (`_the_one`), and the note the
    reading takes; `text` and `note` as they are when the phrase is not so made, or already
    took a note (one note for one phrase)."""
    if note is not None:
        return text, note
    printed = nfc(text)
    one = _the_one(fold(printed).lower())
    days = _next_day(one["day"]) if one else None
    if one is None or days is None or not spelt(printed, one.span("after"), "sau"):
        return text, note
    was, said = days
    start = "Từ" if printed[one.start()].isupper() else "từ"
    rewritten = f"{printed[: one.start()]}{start} ngày {said}{printed[one.end() :]}"
    return rewritten, f"“sau ngày {was}”: bắt đầu từ ngày hôm sau, {said}"

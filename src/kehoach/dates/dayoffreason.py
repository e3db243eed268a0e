"""Why a day off is moved, said after the day it moves to: "Nghỉ bù: được nghỉ bù vào ngày
07/02/2011 (mùng 5 Tết) vì ngày 05/02/2011 (mùng 3 tết) là thứ Bảy." (UBND tỉnh Ninh Thuận,
Tết Tân Mão 2011), "… nghỉ bù vào ngày 2-4-2012 (vì ngày 31-3-2012 trùng vào thứ bảy)." (Ninh
Thuận, Giỗ Tổ 2012), "việc chi trả bắt đầu từ ngày 2/2/2026, do ngày 1/2 trùng Chủ nhật."
(the pension rounds before Tết 2026). The reason names the weekend day that is not used:
no time of the deadline, which is the day said before it. The Bộ luật Lao động 2019,
Điều 111–112, moves a holiday that falls on a weekly day off to the next working day; the
reason restates that rule.

The reason is cut from the phrase before it is read, only when it closes the phrase and
only when its day is a Saturday or a Sunday as it says (a lunar gloss inside it, checked
as any gloss is); a reason whose weekday or gloss disagrees with its day is refused (the
page is wrong in one of the two); a day whose year cannot be told (no year written, none
before it in the phrase, no issue date) is left in the phrase, which the grammar refuses.
Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable
from kehoach.dates.lunar import Unlunar, gloss_disagreement, parse_gloss

# "vì ngày 05/02/2011 (mùng 3 tết) là thứ Bảy", "(vì ngày 31-3-2012 trùng vào thứ bảy)",
# ", do ngày 1/2 trùng Chủ nhật": to the phrase's end, a closing mark at most after it
_REASON = re.compile(
    r"(?i)(?P<open>\s*\(\s*|\s*,\s*|\s+)(?:vì|do)\s+(?:ngày\s+)?"
    r"(?P<day>\d{1,2})\s*[-/.]\s*(?P<month>\d{1,2})(?:\s*[-/.]\s*(?P<year>\d{4}))?"
    r"(?:\s*\((?P<gloss>[^()]{1,40})\))?"
    r"\s+(?:là|trùng(?:\s+vào)?|rơi\s+vào)\s+(?:ngày\s+)?"
    r"(?P<weekday>thứ\s+bảy|chủ\s+nhật)(?P<close>\s*\))?(?P<end>\s*[.;]?\s*)\Z"
)
# ... or said first, of the holiday by its name, before the day off made up for it: "Do ngày
# lễ năm 2026 trùng với Chủ nhật, người lao động sẽ được nghỉ bù vào thứ Hai ngày 27/4/2026"
# (Kênh 14 on Giỗ Tổ 2026: u-kenh14). No day of its own to check: cut only before "nghỉ bù",
# whose day is the one read (and its weekday checked against it, as any)
_REASON_FIRST = re.compile(
    r"(?i)\A\W*(?:vì|do)\s+(?:ngày\s+)?(?:nghỉ\s+)?(?:lễ|tết)(?!\w)[^,;()\d]{0,40}?"
    r"(?:\s+năm\s+\d{4})?\s+(?:là|trùng(?:\s+(?:vào|với))?|rơi\s+vào)\s+(?:ngày\s+)?"
    r"(?:thứ\s+bảy|chủ\s+nhật)\s*,\s*(?=[^;]*?(?<!\w)nghỉ\s+bù(?!\w))"
)
# ... or of a weekend's two days by their dates, before the days off that make them up: "Do
# ngày Mùng 2 và Mùng 3 Tết (tức ngày 13 và 14/2/2021) trùng vào thứ Bảy và Chủ nhật là ngày
# nghỉ hàng tuần, công chức, viên chức sẽ nghỉ bù vào ngày Mùng 4 và Mùng 5 tết Âm lịch (tức
# ngày 15 và 16/2/2021)" (Báo Bà Rịa - Vũng Tàu on Tết Tân Sửu 2021, as baomoi prints it; the
# lunar days said first are put after their solar ones, `lunar.solar_first`): cut only when
# the two days are that Saturday and that Sunday, and their lunar gloss theirs
_WEEKEND_FIRST = re.compile(
    r"(?i)\A\W*(?:vì|do)\s+(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:và|,)\s*(?:ngày\s+)?"
    r"(?P<sunday>\d{1,2})\s*[-/.]\s*(?P<month>\d{1,2})(?:\s*[-/.]\s*(?P<year>\d{4}))?"
    r"(?:\s*\((?P<gloss>[^()]{1,60})\))?\s+(?:là|trùng(?:\s+(?:vào|với))?|rơi\s+vào)\s+"
    r"(?:ngày\s+)?thứ\s+bảy\s+và\s+chủ\s+nhật(?:\s*,?\s*là\s+(?:các\s+)?ngày\s+nghỉ\s+hàng"
    r"\s+tuần)?\s*,\s*(?=[^;]*?(?<!\w)nghỉ\s+bù(?!\w))"
)
_YEAR_WRITTEN = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(\d{4})(?!\d)")
_WEEKEND = {"thu bay": 5, "chu nhat": 6}


def cut_day_off_reason(text: str, issued: date | None) -> str:
    """`text` without the reason a day off is moved (see the module; said first, before
    "nghỉ bù", `_REASON_FIRST`), or `text` unchanged when it holds none, or its day's year
    cannot be told. Raises `Unreadable` when the reason's weekday or lunar gloss is not its
    day's."""
    if first := _REASON_FIRST.match(text):
        return text[first.end() :]
    if weekend := _WEEKEND_FIRST.match(text):
        return _weekend_cut(weekend, text, issued)
    reason = _REASON.search(text)
    if reason is None or bool(reason["close"]) != ("(" in reason["open"]):
        return text
    year = _year_of(reason, text, issued)
    if year is None:
        return text
    try:
        day = date(year, int(reason["month"]), int(reason["day"]))
    except ValueError:
        raise Unreadable(
            f"“{reason.group().strip(' ,.;()')}”: ngày {reason['day']}/{reason['month']}/{year} "
            "không có trong lịch"
        ) from None
    weekday = _WEEKEND[" ".join(fold(reason["weekday"]).lower().split())]
    if day.weekday() != weekday:
        said = reason["weekday"]
        raise Unreadable(
            f"ngày {day:%d/%m/%Y} không phải {said} như lý do nghỉ bù nêu; trang in sai một "
            "trong hai, ghi last_day theo văn bản đã sửa"
        )
    if reason["gloss"] and not _gloss_agrees(reason["gloss"], day):
        return text
    return text[: reason.start()] + reason["end"]


def _weekend_cut(weekend: re.Match[str], text: str, issued: date | None) -> str:
    """`text` after the weekend said first (`_WEEKEND_FIRST`) when its two days are a Saturday
    and the Sunday after it and their gloss, if any, is their lunar dates; `text` unchanged
    when the year cannot be told or the gloss is no lunar date. Raises `Unreadable` when a
    weekday or the gloss disagrees with the days."""
    year = int(weekend["year"]) if weekend["year"] else issued.year if issued else None
    if year is None:
        return text
    try:
        saturday = date(year, int(weekend["month"]), int(weekend["day"]))
        sunday = date(year, int(weekend["month"]), int(weekend["sunday"]))
    except ValueError:
        raise Unreadable(f"“{weekend.group().strip(' ,')}”: ngày không có trong lịch") from None
    if saturday.weekday() != 5 or sunday != saturday + timedelta(days=1):
        raise Unreadable(
            f"ngày {saturday:%d/%m/%Y} và {sunday:%d/%m/%Y} không phải thứ Bảy và Chủ nhật như lý "
            "do nghỉ bù nêu; trang in sai một trong hai, ghi last_day theo văn bản đã sửa"
        )
    if weekend["gloss"] and not _gloss_agrees(weekend["gloss"], saturday, sunday):
        return text
    rest = text[weekend.end() :]
    _check_made_up_after(rest, sunday)
    return rest


# the solar days written after the weekend, with their month ("16/2", "16/2/2021")
_LATER_DAY = re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})\s*[-/.]\s*(?P<month>\d{1,2})(?![\d])")


def _check_made_up_after(rest: str, sunday: date) -> None:
    """Refuse the days off in lieu written in `rest` unless each is a working day (Monday to
    Friday) within two weeks after `sunday`: Bộ luật Lao động 2019, Điều 111–112 moves the
    weekend's holiday to the days after it. A day before the weekend or on a Saturday is a
    misprint in one of the two (the session 49 tester's "nghỉ bù vào ngày 12/2/2021" for the
    weekend of 13 and 14/2/2021)."""
    for said in _LATER_DAY.finditer(rest):
        try:
            day = date(sunday.year, int(said["month"]), int(said["day"]))
        except ValueError:
            continue  # not a day: the grammar reads or refuses it
        if not (sunday < day <= sunday + timedelta(days=14) and day.weekday() < 5):
            raise Unreadable(
                f"ngày nghỉ bù {day:%d/%m/%Y} không phải ngày làm việc ngay sau thứ Bảy, Chủ nhật "
                f"{sunday - timedelta(days=1):%d/%m} và {sunday:%d/%m/%Y} mà lý do nêu; trang in "
                "sai một trong hai, ghi last_day theo văn bản đã sửa"
            )


def _year_of(reason: re.Match[str], text: str, issued: date | None) -> int | None:
    """The year of the reason's day: written, else the last one written before it (the day
    it moves to), else the issue date's."""
    if reason["year"]:
        return int(reason["year"])
    before = _YEAR_WRITTEN.findall(text[: reason.start()])
    if before:
        return int(before[-1])
    return issued.year if issued else None


def _gloss_agrees(gloss: str, *days: date) -> bool:
    """Whether `gloss` is the lunar date of `days` (one day, or each of a run); a gloss that
    disagrees is refused, one that is no lunar date ("(nghỉ lễ)") leaves the reason in the
    phrase."""
    try:
        ends = parse_gloss(fold(gloss).lower())
        if ends is None:
            return False
        wrong = gloss_disagreement(list(days), ends)
    except Unlunar:
        return False
    if wrong:
        raise Unreadable(f"{wrong}; ghi last_day theo văn bản đã sửa")
    return True

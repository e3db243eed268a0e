"""Cadences said by their days: every day, or several weekdays of each week.

"Thời gian công nhân VSMT thu gom từ 19h00’ đến 21h00’ hằng ngày" (UBND phường Hải Châu 1,
Đà Nẵng, 2022): due each day (RFC 5545 FREQ=DAILY). "Định kỳ: 2 đến 3 lần/tuần (vào các ngày
thứ 3, thứ 5 và Chủ nhật)" (UBND xã Minh Đức, Đồng Nai, 2025), "vào thứ Năm và thứ Sáu hàng
tuần": due on each of the weekdays named, every week (FREQ=WEEKLY;BYDAY=TU,TH,SU), each day
its own occurrence. A count of times a week must agree with the days listed.

Whether a recurring reading is a routine duty (`is_duty`, the reading's `duty`) or a
deliverable owed each period is also read here, from the same words.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.asides import WEEKDAYS, weekday_number
from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import DUE_WORD, Unreadable
from kehoach.dates.label import read_step
from kehoach.dates.reading import DeadlineKind, Frequency, Recurrence

_START = r"(?:^|(?<=[ ,:;]))"
_END = r"[ .,;:]*\Z"

# "hằng ngày", "hàng ngày", "định kỳ hằng ngày", "mỗi ngày" closing the phrase
# … or "định kỳ hằng ngày" then its step, words only, as "Định kỳ hàng quý báo cáo …" is read
# (`grammar.EVERY_FIRST_RULE`): "Công an các quận, huyện định kỳ hằng ngày thống kê danh sách
# các đơn vị cấp giấy đi đường không đúng quy định gửi về phòng Tham mưu Công an thành phố tập
# hợp" (Công an Đà Nẵng, 2021); `label.read_step` refuses a word of time among them. Only after
# "định kỳ": "hằng ngày" alone before words may be an adverb of the work ("hằng ngày đi làm")
DAILY_RULE = re.compile(
    _START + r"(?P<lead>(?P<periodic>dinh\s+ky\s+)?(?:hang|moi)\s+ngay)"
    r"(?(periodic)(?P<step>\s+[a-z][a-z ,]*?)?)" + _END,
    re.ASCII,
)

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


# Weekdays with no cadence and no day of the month: "+ Chiều thứ 2 chiều thứ 5: Từ lúc 13h30’
# bắt đầu thu gom từ các thôn Quán Vinh, Áng Sơn và Đại Áng" (UBND xã Ninh Hòa, Ninh Bình, the
# waste collection's days, 2025; p-ninhhoa-ninhbinh-lich-thu-gom-rac-2025): every week, or one
# week's? The words do not say (`weekdays_alone_said`)
_WEEKDAYS_ALONE = re.compile(_WEEKDAY, re.ASCII)
_CADENCE_OR_DAY = re.compile(
    r"(?<![a-z])(?:hang|moi|cac)\s+(?:tuan|thang|ngay)(?![a-z])|(?<![a-z])ngay\s+\d"
    r"|\d\s*[/.-]\s*\d|(?<![a-z])tuan\s+(?:nay|toi|sau|truoc|thu|le|\d)",
    re.ASCII,
)


def weekdays_alone_said(text: str) -> str:
    """Why weekdays said with no cadence and no day are refused, to close "không nhận ra thời
    hạn": each week's days or one week's, the phrase does not say, and neither is guessed
    (the weekly rule is read when "hằng tuần" follows them, `WEEKDAYS_RULE`); the caller
    names the way out (last_day). "" when the phrase names no weekday, or a cadence, a week
    or a day beside it."""
    folded = fold(text)
    # "thứ" as printed, or a phrase typed bare: "Doanh thu từ 200 triệu – 03 tỷ đồng/năm" (Luật
    # Việt Nam on the 2026 household-business tax groups; zq-luatvietnam-thue-ho-kinh-doanh-tu-
    # 2026) folds "thu từ" to "thu tu", no Wednesday
    bare = text.isascii()
    found = [
        one
        for one in _WEEKDAYS_ALONE.finditer(folded)
        if bare or not text[one.start() : one.start() + 3].lower().startswith("thu")
    ]
    if not found or _CADENCE_OR_DAY.search(folded):
        return ""
    said = text[found[0].start() : found[-1].end()]  # fold keeps one character for one
    return (
        f": “{' '.join(said.split())}” là thứ trong tuần, cụm từ không nói mỗi tuần hay một tuần "
        "nào (không đoán)"
    )


# "Từ thứ Hai đến thứ Sáu hàng tuần (trừ ngày nghỉ theo quy định)" (tiếp nhận hồ sơ, Cổng dịch
# vụ công Long An), "tiếp công dân … từ thứ Hai đến thứ Sáu hàng tuần" (Sở TT&TT TP.HCM): the
# days of a working week, both named days included as the words are always meant; each day
# due (FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR). A span that wraps past Sunday is not this rule
WEEKDAY_SPAN_RULE = re.compile(
    _START + r"(?P<lead>(?:dinh\s+ky\s+)?(?:vao\s+)?(?:cac\s+ngay\s+)?tu\s+(?:ngay\s+)?)"
    rf"(?P<first>{_WEEKDAY})\s*(?:den|toi|[–-])\s*(?:het\s+)?(?:ngay\s+)?(?P<last>{_WEEKDAY})"
    r"\s*,?\s+(?:dinh\s+ky\s+)?(?:hang|moi)\s+tuan" + _END,
    re.ASCII,
)


def build_weekday_span(match: re.Match[str], given: Input) -> Found:
    """Each day of a span of weekdays, every week (`WEEKDAY_SPAN_RULE`); a span whose last
    day comes before its first (wrapping past Sunday) refused."""
    del given
    first_day = _ONE_WEEKDAY.match(match["first"])
    last_day = _ONE_WEEKDAY.match(match["last"])
    assert first_day is not None and last_day is not None
    first, last = weekday_number(first_day), weekday_number(last_day)
    if last <= first:
        raise Unreadable(
            f"“{WEEKDAYS[first]} đến {WEEKDAYS[last]}” không theo thứ tự trong tuần; ghi từng "
            "thứ (“thứ Hai, thứ Ba … hằng tuần”)"
        )
    ordered = tuple(range(first, last + 1))
    rule = Recurrence(Frequency.WEEKLY, weekdays=ordered)
    reading = f"hằng tuần, hạn mỗi ngày từ {WEEKDAYS[first]} đến {WEEKDAYS[last]}"
    return Found(
        DeadlineKind.RECURRING, f"{reading}; mỗi ngày là một kỳ hạn riêng", recurrence=rule
    )


def build_daily(match: re.Match[str], given: Input) -> Found:
    """ "hằng ngày": due each day (the time of day, when written, kept as `time`); the step
    after "định kỳ hằng ngày", when written, its label."""
    step = read_step(given.source, *match.span("step")) if match["step"] else None
    return Found(
        DeadlineKind.RECURRING,
        "hằng ngày, hạn mỗi ngày",
        recurrence=Recurrence(Frequency.DAILY),
        label=step,
    )


def build_weekdays(match: re.Match[str], given: Input) -> Found:
    """Several weekdays each week (`WEEKDAYS_RULE`): one rule whose due days are all of
    them; the same day twice, or a count of times a week the days do not make, refused."""
    del given
    days = [weekday_number(one) for one in _ONE_WEEKDAY.finditer(match["days"])]
    if len(set(days)) != len(days):
        raise Unreadable("một thứ trong tuần ghi hai lần: không đoán ngày nào sai")
    counted = None
    if match["count"]:
        least, most = int(match["count"]), int(match["most"] or match["count"])
        counted = f"{match['count']}{f' đến {most}' if match['most'] else ''} lần/tuần"
        if not least <= len(days) == most:  # "2 đến 3 lần/tuần": at most the days listed
            raise Unreadable(
                f"“{counted}” không khớp {len(days)} ngày được kể; ghi lại theo văn bản"
            )
    ordered = tuple(sorted(days))
    shown = [WEEKDAYS[day] for day in ordered]
    said = f"{', '.join(shown[:-1])} và {shown[-1]}"
    rule = Recurrence(Frequency.WEEKLY, weekdays=ordered)
    reading = f"hằng tuần, hạn {said} mỗi tuần; mỗi ngày là một kỳ hạn riêng"
    return Found(DeadlineKind.RECURRING, reading, recurrence=rule, gloss=counted)


# "triệu tập thường lệ năm năm một lần" (Điều lệ Đảng, Điều 15), "là 5 năm 1 lần" (Hội Nông
# dân, CV 2073/2016), "được tổ chức 4 năm/lần" (Hội thi giáo viên dạy giỏi, Khánh Hòa 2025),
# "định kỳ 2 tuần/lần" (Hội đồng Đội, 2022), "định kỳ 01 tháng 01 lần" (Huyện đoàn Vĩnh Bảo,
# 2009): a count of years, months or weeks between two times, and no day. The six months of
# "6 tháng một lần" are the year's halves (`grammar._EVERY`), read elsewhere.
EVERY_COUNT_RULE = re.compile(
    _START + r"(?P<lead>(?:dinh\s+ky\s*:?\s+)?)(?!(?:6|06|sau)\s+thang\b)"
    r"(?P<count>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?P<unit>nam|thang|tuan)"
    # ... the verb between: "Cuộc tổng điều tra …, 5 năm tổ chức 1 lần" (Báo An Giang, 2021)
    r"(?:\s*/\s*(?:(?:1|01|mot)\s+)?lan"
    r"|(?:\s+(?:to\s+chuc|thuc\s+hien|tien\s+hanh|dieu\s+tra|hop))?\s+(?:1|01|mot)\s+lan)" + _END,
    re.ASCII,
)


def build_every_count(match: re.Match[str], given: Input) -> Found:
    """One year a time is read as "hằng năm" (due 31/12 each year). Otherwise refused,
    saying why (`EVERY_COUNT_RULE`): no day is due in any period, and a cycle of
    N years or weeks has no start the phrase gives (which year of the term? which week?); the
    tool never invents them. One month a time has its words ("hằng tháng")."""
    said = given.source.said(match.start("count"), match.end())
    said = said.rstrip(" .,;:")
    if match["unit"] == "nam" and match["count"] in ("1", "01", "mot"):
        # one year a time is each year, as "hằng năm": due on the year's last day (31/12),
        # the reading "hằng năm" has with no day written
        reading = "một năm một lần (hằng năm), hạn ngày cuối năm (31/12)"
        rule = Recurrence(Frequency.YEARLY)
        return Found(DeadlineKind.RECURRING, reading, recurrence=rule)
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


# A duty done on its day, not a deliverable due by it: "Thời gian công nhân VSMT thu gom từ
# 19h00’ đến 21h00’ hằng ngày" (UBND phường Hải Châu 1, Đà Nẵng), "tiếp công dân vào thứ Năm
# hàng tuần" (HĐND tỉnh Cà Mau), "trực 24/24 giờ": the words say when it is done (on a day,
# from an hour to an hour, on duty); those of a deadline (`grammar.DUE_WORD`) or of a report
# (`_REPORT_WORDS`) say it is not one
_DUTY_WORDS = re.compile(
    r"\b(?:vao\s+(?:cac\s+)?(?:ngay|thu|chu\s+nhat|buoi|sang|chieu|toi)\b"
    r"|tu\s+\d{1,2}\s*(?:h|gio)|(?:truc|tiep\s+cong\s+dan|thu\s+gom)\b)",
    re.ASCII,
)
_REPORT_WORDS = re.compile(r"\b(?:bao\s+cao|gui|nop|to\s+khai|ho\s+so)\b", re.ASCII)


def names_deliverable(words: str) -> bool:
    """Whether `words` (as printed: a phrase, a task's title) name a deliverable: a word of a
    deadline ("trước", "chậm nhất", "hạn", "hoàn thành": `grammar.DUE_WORD`) or of a report
    ("báo cáo", "gửi", "nộp", "tờ khai", "hồ sơ")."""
    folded = fold(words).lower()
    return bool(DUE_WORD.search(folded) or _REPORT_WORDS.search(folded))


def is_duty(phrase: str, kind: DeadlineKind, rule: Recurrence | None) -> bool:
    """Whether a recurring reading of `phrase` is a routine duty, done on its days, rather
    than a deliverable due by them: every daily rule (Nghị định 09/2019/NĐ-CP, Điều 12, knows
    periodic reports by month, quarter, half-year and year, none by day), and a rule whose
    phrase says when the duty is done ("vào thứ Năm hàng tuần", "thu gom từ 19h00 đến 21h00",
    "trực") with no word of a deliverable (`names_deliverable`). False when not recurring."""
    if rule is None or kind is not DeadlineKind.RECURRING:
        return False
    if rule.frequency is Frequency.DAILY:
        return True
    return bool(_DUTY_WORDS.search(fold(phrase).lower())) and not names_deliverable(phrase)

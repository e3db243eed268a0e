"""The syntax of the deadline language: rule patterns, readers of what they capture, labels.

Patterns match *prepared* text: folded by `kehoach.base.text.fold` (lower case, no
diacritics, one character for one) with every blank and markdown `*` made a plain space,
so an offset found here points at the same character of the NFC original. Every rule is
anchored at the END of the phrase, so a date is never picked out of arbitrary text.

Readers only take the numbers out of text a rule has already matched and check them (a
real day, month 1-12, quarter I-IV, years in order); they raise `Unreadable` with a
short Vietnamese `why`, which `kehoach.dates.deadline` turns into a `DeadlineError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

from kehoach.base.text import fold
from kehoach.dates.lunar import (
    NAMED_LUNAR_YEAR,
    TRAILING,
    LunarEnd,
    NewYearEve,
    Unlunar,
    parse_eve,
    parse_gloss,
)

MIN_YEAR, MAX_YEAR = 1900, 2200
ONE_DAY = timedelta(days=1)


class Unreadable(ValueError):
    """A phrase, or a part of it, that cannot be read; `why` says why, in Vietnamese."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class Contradicted(Unreadable):
    """The phrase's own words say the day read is not what they name (a lunar gloss, a new
    year's eve, a lunar year that is not the day's): no other cut of the phrase may read it
    with those words left as its step."""


class Span(NamedTuple):
    """Inclusive days named by a date or a period, and how they read back."""

    first: date
    last: date
    words: str  # normalised: "tháng 6, 7, 8/2022", "quý III/2026", "23/06/2022"
    year_inferred: bool = False  # the phrase had no year; it came from elsewhere


_BLANK_OR_STAR = re.compile(r"[\s*]")  # markdown bold survives copy-paste: "**15/4/2022**"


def prepare(folded: str) -> str:
    """Folded text with every blank and `*` turned into a plain space (same length)."""
    return _BLANK_OR_STAR.sub(" ", folded)


# Words that lost their vowels when a PDF was copied: "Hoàn thnh trc ngày 10/4/2027".
# Only forms that are no Vietnamese word of their own are repaired ("gi" is one: "giờ"
# is repaired only after a number, by the time-of-day pattern).
_DAMAGED = {
    "trc": "truoc",
    "thnh": "thanh",
    "ngy": "ngay",
    "thng": "thang",
    "nm": "nam",
    "hng": "hang",
    "chm": "cham",
    "nht": "nhat",
    "cui": "cuoi",
    "qu": "quy",
    "cohieu": "co hieu",
    "giaidoan": "giai doan",
    "ht": "het",
    # "quí", "qui định": the older spelling of "quý", "quy" ("vào quí 4-2023")
    "qui": "quy",
}
# Words that fold to a word of time and are none: "đấu" (phấn đấu, strive; đấu thầu) is
# no "đầu" (the start of a period); read as a word of their own
_NO_TIME_WORD = frozenset({"đấu"})
_TOKEN = re.compile(r"[a-z]+| +|[^a-z ]", re.ASCII)


class Source(NamedTuple):
    """A phrase as rules see it: `prepared` is the NFC `text` folded, blanks and `*` made
    one space, damaged words repaired; `origin[i]` is where prepared character i came
    from in `text` (one more entry for the end), so a match can be cut from the original."""

    text: str
    prepared: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str, folded: str) -> Source:
        """`text` in NFC and its `fold`: the same length, one character for one."""
        parts: list[str] = []
        origin: list[int] = []
        for token in _TOKEN.finditer(prepare(folded)):
            word = token.group()
            if word.startswith(" "):
                word = " "
            word = _DAMAGED.get(word, word)
            if text[token.start() : token.end()].lower() in _NO_TIME_WORD:
                word += "x"  # "phấn đấu năm 2019" (strive): never "đầu năm 2019"
            parts.append(word)
            origin.extend(token.start() + min(i, len(token.group()) - 1) for i in range(len(word)))
        origin.append(len(text))
        return cls(text, "".join(parts), tuple(origin))

    def original(self, start: int, end: int) -> str:
        """The original text of prepared[start:end]."""
        if start >= end:
            return ""
        return self.text[self.origin[start] : self.origin[end - 1] + 1]

    def part(self, start: int, end: int) -> Source:
        """prepared[start:end] as a source of its own (offsets into the same text)."""
        return Source(self.text, self.prepared[start:end], self.origin[start : end + 1])

    def blank(self, start: int, end: int) -> Source:
        """The same source with prepared[start:end] read as blanks (a part explained)."""
        prepared = self.prepared[:start] + " " * (end - start) + self.prepared[end:]
        return self._replace(prepared=prepared)


def show(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - ONE_DAY


# --- shapes: what a day or a period looks like ----------------------------------------

# "10/2022", "quý 3 năm 2026", "tháng 3.2026", "tháng 4-2025" (a dash or dot before a year)
_YEAR_SEP = r"(?:\s*/\s*|\s+nam\s+|\s*[.-]\s*(?=\d{4}))"
# "23/6/2022", "15 tháng 9 năm 2025", "15/12" (no year); "31.8.2025" and "31-8-2025" only
# with a year: "1-6" alone reads as well as months 1 to 6
_DAY_SHAPE = (
    r"\d{1,2}(?:\s*/\s*|\s+thang\s+)\d{1,2}(?:(?:\s*[/.-]\s*|\s+nam\s+)\d{4})?"
    r"|\d{1,2}\s*[.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\d{1,2}\s*–\s*\d{1,2}\s*–\s*\d{4}"  # "ngày 23 – 5 – 2021": en dashes, with the year
    r"|\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}"  # 2026-03-15, as the plan files write days
    # "ngày 20-11", "ngày 1.3": without a year only after the word "ngày", or a part of the
    # day ("vào tối 8-3": Báo Người Lao Động on Lễ hội Hoa Ban 2026; checked as spelled by
    # `periods.build_day`, "tới 8-3" is no evening)
    r"|(?:(?<=ngay )|(?<=sang )|(?<=chieu )|(?<=toi )|(?<=trua ))\d{1,2}\s*[.-]\s*\d{1,2}(?![\d.-])"
)
# a part of the day before a day: "tối 8-3", "từ sáng 2-9 …", "từ buổi chiều ngày 01/9/2018"
PART_OF_DAY = re.compile(r"\b(?:buổi\s+)?(?:sáng|chiều|tối|trưa)\b", re.IGNORECASE)
# lists "6,7,8", "7, 8", "6 và 7"; ranges "6-8", "6 đến 8"
# a count in digits or words: "6 tháng", "Ba tháng", "05 năm", "hai năm"
_COUNT = r"(?:\d{1,2}|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi(?:\s+(?:mot|hai))?)"
_LIST_SEP = r"(?:\s*[,;&–—-]\s*|\s+(?:va|den)\s+)"
_QUARTER = r"(?:[ivx]+|\d{1,2})\b"
_PERIOD_SHAPE = (
    # "Tháng 6,7,8/2022", "Tháng tháng 7, 8/2022" (doubled in a seed plan)
    rf"(?:thang\s+)+\d{{1,2}}(?:{_LIST_SEP}(?:thang\s+)?\d{{1,2}})*(?:{_YEAR_SEP}\d{{4}})?"
    rf"|quy\s+{_QUARTER}(?:{_LIST_SEP}(?:quy\s+)?{_QUARTER})*(?:{_YEAR_SEP}\d{{4}})?"
    rf"|(?:{_COUNT}\s+thang|nua)\s+(?:dau|cuoi)\s+nam(?:\s+\d{{4}})?"
    # "giai đoạn 2026 - 2030", "nhiệm kỳ 2020- 2025", "5 năm 2021 - 2025", "3 năm (2016-2018)"
    rf"|(?:{_COUNT}\s+nam\s+(?=giai|thoi|nhiem))?(?:(?:giai\s+doan|thoi\s+ky|nhiem\s+ky|nam)\s+)?"
    rf"(?:{_COUNT}\s+nam\s+)?\(?\s*\d{{4}}\s*[–—-]\s*(?:nam\s+)?\d{{4}}\s*\)?"
    r"|nam\s+\d{4}(?:\s*(?:,|\s+va)\s+(?:nam\s+)?\d{4})+"  # "trong năm 2027 và 2028"
    r"|nam(?:\s+\d{4})?"
)
# the ends of "từ ... đến ...": a day, one month, one quarter, one year
_POINT_SHAPE = (
    rf"{_DAY_SHAPE}|(?:thang\s+\d{{1,2}}|quy\s+{_QUARTER})(?:{_YEAR_SEP}\d{{4}})?|nam\s+\d{{4}}"
)
# the day or period of a yearly or monthly deadline: "15/12", "tháng 12", "quý IV", "20"
_WHEN_IN_YEAR = (
    r"\d{1,2}(?:\s*[/.-]\s*|\s+thang\s+)\d{1,2}|thang\s+\d{1,2}|quy\s+" + _QUARTER + r"|\d{1,2}"
)

# --- rules: [label] [keywords] <time> [punctuation], matched from the end -------------
# Groups the builders read (dates.periods, lists, cadence, counted): `lead` (the keywords,
# empty when there are none), `before` ("trước"), `to_end` ("đến hết", "cuối"), `when`,
# `start`/`end`, `every` (nam/quy/thang), `count`/`unit`/`event` (relative deadlines).

_START = r"(?:^|(?<=[ ,:;]))"  # a rule starts on a word
_END = r"[ .,;:]*\Z"
# "trước ngày trước ngày" in a seed plan; "đến trước ngày 7/8": up to (and, as "trước ngày"
# is read, including) that day
_BEFORE_DAY = r"(?P<before>(?:den\s+)?(?:truoc\s+(?:ngay\s+)*)+)"
# "từ ngày ban hành kế hoạch", "từ ngày phát hành Điều lệ giải", "từ ngày ra thông báo",
# "từ ngày ký": the document's own issue day, as "từ nay" is (`periods.build_day`); the words
# right before "đến" (a notice to come, "thông báo tuyển dụng", is another document's day)
SINCE_ISSUE = (
    r"tu\s+(?:nay|ngay\s+(?:(?:ban|phat)\s+hanh|ky|ra)(?:\s+(?:ke\s+hoach|thong\s+bao"
    r"|dieu\s+le(?:\s+giai)?|van\s+ban|quyet\s+dinh))?(?:\s+nay)?)"
)
_BY_DAY = (
    # "hoàn thành vào dịp 30/4/2025": on the occasion of that day, the day itself
    rf"(?:{SINCE_ISSUE}\s+(?:den|toi)\s+(?:het\s+)?"
    r"|(?:den\s+het|den|toi|het|trong|vao(?:\s+dip)?)\s+)?"
    # "Sáng ngày 13-10", "Sáng 13/10", "vào buổi tối ngày 8/3" (the part kept as qualifier)
    r"(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?=ngay|\d))?(?:ngay\s+)*"
)
# "hằng năm" (hàng), "Định kỳ hằng quý", "hằng quý, năm" (two cadences), "định kỳ 3 tháng"
# (a quarter), "ít nhất 1 lần/quý"
_EVERY = (
    r"(?P<lead>(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?P<every>nam|quy|thang|tuan)"
    r"|dinh\s+ky\s+(?:3|03|ba)\s+(?P<three>thang)"
    # "Định kỳ 6 tháng", "6 tháng một lần", "định kỳ 06 tháng một lần": by half-years
    # ("6 tháng" alone is a length, "trong 6 tháng" a duration: never a cadence)
    r"|dinh\s+ky\s+(?:6|06|sau)\s+(?P<six>thang)(?:\s*(?:/|\s)\s*(?:mot|1|01)\s+lan)?"
    r"|(?:6|06|sau)\s+(?P<six_once>thang)\s*(?:/|\s)\s*(?:mot|1|01)\s+lan"
    r"|it\s+nhat\s+(?:1|01|mot)\s+lan\s*(?:/|\s+moi\s+|\s+trong\s+)\s*"
    r"(?P<once>nam|quy|thang|tuan))"
    # more cadences after the first: "hằng quý, năm", "định kỳ hằng quý, 6 tháng, năm" (Quyết
    # định 1944/QĐ-TTg 2021), "định kỳ 6 tháng và năm"
    r"(?P<also>(?:(?:\s*,\s*|\s+va\s+)(?:nam|quy|thang|(?:6|06|sau)\s+thang)\b)+)?"
)


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(_START + pattern + _END, re.ASCII)


# "ngày tổ chức khai giảng của các trường là 5.9" (Báo Thanh Niên, 2025): a day of the month
# written with a dot or a dash after "là", when the phrase is about a day ("Ngày …"; checked
# by `periods.build_day`: "tỷ lệ là 5.9" is a number)
_DAY_IS = r"(?<=\bla )\d{1,2}\s*[.-]\s*\d{1,2}(?![\d.-])"
DAY_RULE = _rule(rf"(?P<lead>{_BEFORE_DAY}|{_BY_DAY})(?P<when>{_DAY_SHAPE}|(?P<day_is>{_DAY_IS}))")
# the subject of a phrase that says which day something is: "Ngày khai giảng …"
DAY_SUBJECT = re.compile(r"\s*ngay\s+[a-z]", re.ASCII)
PERIOD_RULE = _rule(
    r"(?P<lead>(?P<before>(?:truoc\s+)+)"
    r"|(?P<to_end>(?:tu\s+nay\s+(?=den))?(?:den\s+het|het|den\s+cuoi|den(?=\s+nam\s+\d))\s+"
    # "từ nay tới cuối năm 2027": as "từ nay đến …", from the issue day (never the last
    # quarter of 2027, which "tới cuối năm" alone, a window, would be)
    r"|tu\s+nay\s+toi\s+(?:het|cuoi)\s+)"
    r"|(?:(?:trong|vao)\s+)*(?P<qual>(?:khoang\s+)?(?:dau|giua|cuoi))\s+(?=(?:thang|quy|nam)\s)"
    # "dự kiến vào trung tuần tháng 9 năm 2018" (Hội Nông dân tỉnh Bắc Giang): the thượng,
    # trung, hạ tuần of a month are its first, middle and last ten days
    r"|(?:(?:trong|vao)\s+)*(?P<tenth>(?:thuong|trung|ha)\s+tuan)\s+(?=thang\s)"
    rf"|(?:(?:ngay\s+)?(?:trong|vao)\s+)*)(?P<when>{_PERIOD_SHAPE})(?P<this>\s+nay)?"
    r"(?P<onward>\s+va\s+(?:cac|nhung)\s+nam\s+tiep\s+theo)?"
)
# "năm cuối của nhiệm kỳ 5 năm 2016-2020", "năm đầu của giai đoạn 2021-2025": one year of
# a span of years
YEAR_OF_SPAN_RULE = _rule(
    r"(?P<lead>nam\s+(?P<end>dau|cuoi)(?:\s+cung)?\s+(?:cua\s+)?)"
    r"(?P<when>(?:(?:giai\s+doan|thoi\s+ky|nhiem\s+ky)\s+)?(?:" + _COUNT + r"\s+nam\s+)?"
    r"\(?\s*\d{4}\s*[–—-]\s*\d{4}\s*\)?)"
)
# "trong 2 ngày", "với 14 ngày liên tục": a length the span read must have
_DAYS_COUNTED = (
    r"(?:(?:trong|voi|la)\s+(?P<ndays>\d{1,3}|hai|ba|bon|nam)\s+ngay(?:\s+lien\s+tuc)?\s*,?\s*)?"
)
# A day and its month without the year, written with a dash or a dot ("1-6", "12.3"), is
# a day only where a range says so: after "từ", or after "đến" / a dash that ends a range
# ("từ ngày 1-6 đến 30-6", "Từ ngày 12.3-30.4", "đợt hai từ 10.9 - 10.10"); alone, "1-6"
# reads as well as months 1 to 6 (`_DAY_SHAPE` takes it only after "ngày")
_DASHED_START = r"\d{1,2}\s*(?P<smark>[.-])\s*\d{1,2}(?!\d)(?!\s*(?P=smark)\s*\d)"
_DASHED_END = r"\d{1,2}\s*[.-]\s*\d{1,2}(?![\d.-])"
RANGE_RULE = _rule(
    # "diễn ra trong 3 ngày 29/9 đến ngày 1/10" (Dân trí, Đắk Lắk 2025): after a count of days
    # that must be the range's length, "từ" may be left out before a day written with "/"
    rf"(?P<lead>{_DAYS_COUNTED}(?:(?:trong\s+)?(?:ke\s+|tinh\s+)?tu\s+"
    r"|(?(ndays)(?=\d{1,2}\s*/\s*\d)|(?!))"
    # "… kéo giảm tình hình tội phạm trên địa bàn tỉnh (5/10-4/12)": a range of two days
    # written with "/" and a dash, alone in the parentheses that close the phrase (checked by
    # `periods.build_range`: only there)
    r"|(?P<bare>(?=\d{1,2}\s*/\s*\d{1,2}\s*[–—-]\s*\d{1,2}\s*/\s*\d))))"
    # "từ sáng 2-9 đến hết ngày 2-9-2018", "từ chiều ngày 1-9-2025 …" (notices of the national
    # holiday, Gia Lai, Kiên Giang): the part of the day the range starts in, its qualifier
    r"(?P<part>(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?=ngay\s|\d))?(?:ngay\s+)?"
    rf"(?P<start>{_POINT_SHAPE}|{_DASHED_START})"
    rf"(?:\s+(?:cho\s+)?(?:den|toi)\s+|(?P<dash>\s*[–—-]\s*))(?:het\s+|truoc\s+)?(?:ngay\s+)?"
    # "từ tháng 10/2024 - 6/2025" (Báo Đồng Tháp, 2024): after a dash, a month and its year
    # without the word "tháng" (`periods.build_range` takes it only after a month with its year)
    rf"(?P<end>{_POINT_SHAPE}|{_DASHED_END}|(?P<end_month>\d{{1,2}}\s*/\s*\d{{4}}))"
)
_WHEN_LEAD = (
    r"(?:(?P<before>(?:truoc\s+(?:ngay\s+)*)+)|(?:(?:den\s+het|trong|vao)\s+)?(?:ngay\s+)*)"
)
# the step after a cadence: "thường xuyên nắm tình hình", "Định kỳ hàng quý báo cáo tình hình
# thực hiện dự án đầu tư" (words only; `read_step` refuses a word of time among them)
_STEP = r"(?P<step>\s+[a-z][a-z ]*?)"
# "Hằng năm", "Định kỳ hằng quý", "Hằng năm, trước ngày 15/12"
EVERY_FIRST_RULE = _rule(rf"{_EVERY}(?:[ ,:;]+{_WHEN_LEAD}(?P<when>{_WHEN_IN_YEAR})|{_STEP})?")
# "Trước ngày 15/12 hằng năm", "Tháng 12 hằng năm", "trước ngày 20 hằng tháng"
# "tiếp công dân định kỳ vào ngày 25 hằng tháng" (UBND tỉnh Bắc Kạn, TB 02/2024), "Định kỳ
# vào ngày 15 hàng tháng" (Sở TT&TT Vĩnh Phúc, 2018), "định kỳ trước ngày 20 hằng tháng":
# "định kỳ" (periodically) says the cadence after the day once more; "trước ngày 01 tháng 3
# năm hàng năm" (TP.HCM, công khai tài chính): "năm" doubled before the yearly cadence, of
# each year
EVERY_LAST_RULE = _rule(
    rf"(?:dinh\s+ky\s+(?=(?:vao\s+|truoc\s+)?ngay\s))?{_WHEN_LEAD}(?P<when>{_WHEN_IN_YEAR})"
    r"(?:\s+nam(?=\s+(?:hang|moi)\s+nam\b))?[ ,]+" + _EVERY
)
# "vào thứ Năm hàng tuần", "định kỳ vào thứ tư hàng tuần", "trước 17h00, thứ 6 hằng tuần":
# a weekday, then the weekly cadence (RFC 5545 BYDAY); "thứ Năm" here is Thursday, never
# the word "năm" (a year). "thứ Hai tuần này" (one week) is not this rule
WEEKDAY_EVERY_WEEK_RULE = _rule(
    r"(?P<lead>(?:dinh\s+ky\s+)?(?:(?:(?:cham|muon)\s+nhat|truoc|vao|han)\s+)?(?:vao\s+)?)"
    r"(?:(?:luc\s+)?(?P<h>\d{1,2})\s*(?:gio|h)(?:\s*(?P<m>\d{1,2})(?:\s*phut)?)?\s*,?\s+)?"
    r"(?:ngay\s+)?(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))"
    r"\s*,?\s+(?:dinh\s+ky\s+)?(?:hang|moi)\s+tuan"
)
# The day a periodic report is due (Nghị định 09/2019/NĐ-CP, Điều 12): "Chậm nhất ngày 15
# của tháng báo cáo đối với báo cáo định kỳ hằng tháng", "trước ngày 10 tháng cuối cùng của
# mỗi quý", "ngày 18 của tháng đầu quý tiếp theo ngay sau kỳ báo cáo", "trước ngày 25/06 đối
# với báo cáo 06 tháng", "thời gian chốt số liệu ngày 25 tháng báo cáo"
# "… tháng đầu quý tiếp theo liền kề quý phát sinh nghĩa vụ thuế" (Luật Quản lý thuế 2019,
# Điều 44): the quarter after the taxed one
_NEXT = (
    r"(?:\s+(?:sau\s+quy\s+bao\s+cao|tiep\s+theo(?:\s+ngay)?\s+sau\s+ky\s+bao\s+cao"
    r"|tiep\s+theo\s+lien\s+ke\s+quy\s+phat\s+sinh\s+nghia\s+vu\s+thue))?"
)
REPORT_DAY_RULE = _rule(
    # "Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo" (Thông tư 03/2015/TT-BTTTT)
    # "Báo cáo tháng gửi trước ngày 15 của tháng", "Báo cáo năm gửi trước ngày 25/11 hàng năm"
    # (UBND Bà Rịa – Vũng Tàu, Công văn 2539/2012)
    r"(?P<lead>(?:bao\s+cao\s+(?P<report>\d{1,2}\s+thang(?:\s+(?:dau|cuoi)\s+nam)?|ca\s+nam"
    # "Báo cáo năm được thực hiện trước ngày 15 tháng 01 của năm tiếp theo" (Thông tư
    # 04/2016/TT-BNNPTNT, Điều 7): the report done, sent or filed
    r"|hang\s+(?:thang|quy|nam)|thang|quy|nam)\s+(?:(?:duoc\s+)?(?:gui|thuc\s+hien|nop)\s+)?"
    # "Tờ khai tháng: chậm nhất là ngày thứ 20 …", "Tờ khai quý: chậm nhất là ngày cuối cùng
    # của tháng đầu quý tiếp theo …" (Luật Quản lý thuế 2019, Điều 44)
    r"|to\s+khai\s+(?P<form>thang|quy)\s*:\s*)?"
    r"(?:(?:(?:cham|muon)\s+nhat|truoc|thoi\s+gian\s+chot\s+so\s+lieu)\s+)?"
    r"(?:(?:la|vao)\s+)?ngay\s+(?:thu\s+(?=[1-3]\d\b))?)(?:(?P<day>\d{1,2})|(?P<last>cuoi\s+cung))"
    r"(?:(?:\s*/\s*|\s+thang\s+)(?P<month>\d{1,2})"
    # a day of a named month is a report's yearly day only when a report or a year says so
    r"(?=\s+(?:cua\s+)?nam\s+(?:bao\s+cao|sau|lien\s+ke|tiep\s+theo)|\s+doi\s+voi\s+bao\s+cao"
    r"|(?(report)(?:\s+(?:hang|moi)\s+nam)?[ .,;:]*\Z|(?!)))"
    r"(?:\s+(?:cua\s+)?(?:nam\s+bao\s+cao|nam\s+(?:sau\s+cua|lien\s+ke)\s+nam\s+bao\s+cao"
    r"|nam\s+(?:sau|tiep\s+theo)(?=[ .,;:]*\Z))"
    r"|\s+(?:hang|moi)\s+nam)?"
    r"|\s+(?:cua\s+)?(?:thang\s+bao\s+cao|thang(?:\s+tiep\s+theo(?:\s+ngay)?\s+sau\s+ky\s+bao\s+cao)?"
    # "… của tháng tiếp theo tháng phát sinh nghĩa vụ thuế": the month after the taxed one
    r"|thang\s+tiep\s+theo(?:\s+thang\s+phat\s+sinh\s+nghia\s+vu\s+thue)?"
    # "… của tháng cuối quý thuộc kỳ báo cáo" (Thông tư 44/2019/TT-BGTVT, Điều 7): the
    # reporting quarter's own last month, as "tháng cuối quý" alone
    r"|(?P<quarter>thang\s+(?:cuoi\s+cung\s+cua\s+moi\s+quy|cuoi\s+quy|dau\s+quy)"
    rf"(?:\s+thuoc\s+ky\s+bao\s+cao|{_NEXT}))|(?P<first_of_year>thang\s+dau\s+nam){_NEXT}))"
    r"(?:\s+doi\s+voi\s+bao\s+cao\s+(?:dinh\s+ky\s+)?"
    r"(?P<every>hang\s+thang|hang\s+quy|hang\s+nam|nam|\d{1,2}\s+thang))?"
)
# The figures a periodic report covers (Nghị định 09/2019/NĐ-CP, Điều 12): "Tính từ ngày
# 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo", "Báo cáo Quý I từ ngày 15 của
# tháng 12 năm trước đến ngày 14 tháng 3 của năm báo cáo", "Được tính bắt đầu từ ngày 01
# đầu tháng cho đến hết ngày cuối cùng của tháng"
_REPORT_NAME = (
    r"(?:(?:bao\s+cao|so\s+lieu(?:\s+bao\s+cao)?|thoi\s+gian\s+chot\s+so\s+lieu"
    r"(?:\s+bao\s+cao)?)\s+(?:dinh\s+ky\s+)?"
    r"(?:hang\s+thang|hang\s+quy|hang\s+nam|ca\s+nam|nam|quy\s+[ivx]+(?:\s*,\s*quy\s+[ivx]+)*"
    r"|\d{1,2}\s+thang(?:\s+(?:dau|cuoi)\s+nam)?)\s*:?\s*)"
)
_OF_PERIOD = (
    r"(?:\s+(?:cua\s+)?(?:thuoc\s+)?(?:(?:ky|nam)\s+)?bao\s+cao(?:\s+thong\s+ke)?(?:\s+do)?)"
)
DATA_PERIOD_RULE = _rule(
    rf"(?P<lead>{_REPORT_NAME}?(?:\d{{1,2}}\s+thang\s+(?:dau|cuoi)\s+nam\s+)?"
    r"(?:(?:duoc\s+)?tinh\s+)?(?:bat\s+dau\s+)?tu\s+ngay\s+)"
    r"(?P<start>\d{1,2}\b[a-z0-9/ ]*?)\s+(?:cho\s+)?den\s+(?:het\s+)?(?:ngay\s+)?"
    r"(?:(?P<month_day>\d{1,2})\s+(?:cua\s+)?thang(?:\s+thuoc\s+ky\s+bao\s+cao)?"
    r"|(?P<month_last>cuoi\s+cung\s+cua\s+thang)"
    rf"|(?P<quarter_day>\d{{1,2}})\s+(?:cua\s+)?thang\s+cuoi\s+quy(?:\s+thuoc)?{_OF_PERIOD}"
    rf"|(?P<quarter_last>cuoi\s+cung\s+cua\s+thang\s+thu\s+ba){_OF_PERIOD}"
    r"|(?P<year_day>\d{1,2})(?:\s*/\s*|\s+(?:cua\s+)?thang\s+)(?P<year_month>\d{1,2})"
    rf"{_OF_PERIOD})"
)
# "tựu trường sớm nhất trước khai giảng một tuần, tức ngày 29/8", "riêng khối 1 có thể sớm
# hai tuần, tức 22/8": words that count the day, then the day itself after "tức" (that is)
THAT_IS_RULE = _rule(
    rf"(?P<said>[^\d]*?(?:\d[^\d]*?)??)\s*,?\s*(?P<lead>tuc\s+(?:la\s+)?(?:ngay\s+)?)(?P<when>{_DAY_SHAPE})"
)
# "Quyết định này có hiệu lực thi hành kể từ ngày 01/10/2018", "... kể từ ngày ký"
IN_FORCE_RULE = _rule(
    r"(?P<lead>(?:co\s+)?hieu\s+luc(?:\s+thi\s+hanh)?\s+(?:ke\s+)?tu\s+)(?:ngay\s+)?"
    rf"(?P<when>{_DAY_SHAPE}|ky(?:\s+ban\s+hanh)?)"
)
# "từ ngày 4-8/2", "từ 16 đến hết 22/2", "Ngày 20-22/02/2026", "từ ngày 1 đến hết ngày 3/7/2016"
DAY_SPAN_RULE = _rule(
    rf"(?P<lead>{_DAYS_COUNTED}(?:(?:trong|vao)\s+)?(?:(?:ke\s+|tinh\s+)?tu\s+)?(?:ngay\s+)?|)"
    r"(?P<first>\d{1,2})\s*(?:[–—-]|\s(?P<through>den|toi)(?:\s+het)?\s)\s*(?:ngay\s+)?"
    # "Từ ngày 1 - 25.4.2019": a dot between day and month only with the year after it;
    # "đợt 1 bắt đầu từ ngày 7 đến 21-3-2018", "từ ngày 1 đến 10-6": a dash or a dot without
    # the year only after "từ ngày D đến" (`lists.build_day_span` checks)
    r"(?P<last>\d{1,2})(?:\s*/\s*|\s+thang\s+|\s*\.\s*(?=\d{1,2}\s*\.\s*\d{4})"
    r"|(?P<dashed>\s*[.-]\s*)(?=\d{1,2}(?:\s*[.-]\s*\d{4})?[ .,;:]*\Z))"
    r"(?P<month>\d{1,2})(?:(?:\s*[/.-]\s*|\s+nam\s+)(?P<year>\d{4}))?"
)
# "vào các ngày 26, 27, 28, 29/6/2024", "ngày 11 và 12-6-2026", "02, 03 và 04/6/2015"
DAY_LIST_RULE = _rule(
    rf"(?P<lead>{_DAYS_COUNTED}(?:(?:trong|vao)\s+)?(?:cac\s+)?(?:ngay\s+)?|)"
    r"(?P<days>\d{1,2}(?:\s*,\s*(?:ngay\s+)?\d{1,2})*"
    r"(?:\s*,?\s+va\s+(?:ngay\s+)?\d{1,2}|\s*,\s*(?:ngay\s+)?\d{1,2}))"
    r"(?:\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?"
    r"|\s*-\s*(?P<month2>\d{1,2})\s*-\s*(?P<year2>\d{4})"
    r"|\s+thang\s+(?P<month3>\d{1,2})(?:\s+nam\s+(?P<year3>\d{4}))?"
    r"|\s*\.\s*(?P<month4>\d{1,2})\s*\.\s*(?P<year4>\d{4})"  # "ngày 26, 27.6.2025"
    r"|\s*-\s*(?P<month5>\d{1,2})(?![\d.-]))"  # "ngày 11 và 12-10": only after "ngày"
)
# "trong các ngày 11/10 và ngày 12/10": days written whole, joined
DATES_LIST_RULE = _rule(
    r"(?P<lead>(?:(?:trong|vao)\s+)?cac\s+ngay\s+)"
    rf"(?P<dates>(?:{_DAY_SHAPE})(?:\s*(?:,|va)\s*(?:ngay\s+)?(?:{_DAY_SHAPE}))+)"
)
# "30,31/5 và 1/6/2017": lists of days, each list with its month, the year once at the end
_DAY_GROUP = r"\d{1,2}(?:\s*,\s*\d{1,2})*\s*/\s*\d{1,2}"
DAY_GROUPS_RULE = _rule(
    r"(?P<lead>(?:(?:trong|vao)\s+)?(?:cac\s+)?(?:ngay\s+)?)"
    r"(?P<groups>\d{1,2}(?:\s*,\s*\d{1,2})+\s*/\s*\d{1,2}"
    rf"(?:\s*(?:,|va)\s*(?:ngay\s+)?{_DAY_GROUP})+)(?:\s*/\s*(?P<year>\d{{4}}))?"
)
DAY_GROUP = re.compile(r"(?P<days>\d{1,2}(?:\s*,\s*\d{1,2})*)\s*/\s*(?P<month>\d{1,2})", re.ASCII)
# "Cả ngày 14/10 và buổi sáng ngày 15/10", "Ngày 14-10 (cả ngày) và buổi sáng ngày 15-10"
HALF_DAY_RULE = _rule(
    rf"(?P<lead>(?:ca\s+)?ngay\s+)(?P<first>{_DAY_SHAPE})(?:\s*\(\s*ca\s+ngay\s*\))?"
    rf"\s+va\s+buoi\s+(?P<part>sang|chieu)\s+ngay\s+(?P<last>{_DAY_SHAPE})"
)
ONGOING_RULE = _rule(
    r"(?P<lead>(?:thuong\s+xuyen|lien\s+tuc)"
    rf"(?:(?:\s*[,;&–—-]\s*|\s+va\s+)(?:thuong\s+xuyen|lien\s+tuc))?){_STEP}?"
)
UNKNOWN_RULE = _rule(
    r"(?P<lead>(?:khong|chua)\s+(?:neu|co|xac\s+dinh|quy\s+dinh|ghi)"
    r"(?:\s+(?:ro\s+)?(?:thoi\s+han|thoi\s+gian))?)"
)
# "Sau 15 ngày kể từ ngày ký", "trong vòng 30 ngày kể từ khi ...": the event is free text
RELATIVE_RULE = re.compile(
    _START + r"(?:(?:sau|trong(?:\s+vong|\s+thoi\s+han)?|khong\s+qua|toi\s+da)\s+)?"
    r"(?P<count>\d{1,4})\s+(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)[ ,]+"
    r"(?P<direction>(?P<lead>ke\s+tu|tinh\s+tu|sau\s+khi|tiep\s+theo(?:\s+ngay)?\s+sau|sau))"
    r"\s+(?P<event>\S.*?)\s*\Z",
    re.ASCII,
)
# "gửi báo cáo chậm nhất vào 14 giờ ngày làm việc tiếp theo ngay sau ngày báo cáo": one
# working day after the event (Thông tư 35/2015/TT-NHNN)
NEXT_DAY_RULE = re.compile(
    _START + r"(?:(?:cham|muon)\s+nhat\s+)?(?:vao\s+)?(?P<unit>ngay\s+lam\s+viec|ngay)\s+"
    r"(?P<direction>(?P<lead>tiep\s+theo(?:\s+ngay)?\s+sau))\s+(?P<event>\S.*?)\s*\Z",
    re.ASCII,
)
# "Trong mười năm tới": counted from the document's own date
COMING_RULE = re.compile(
    _START + r"(?P<lead>trong(?:\s+vong)?\s+)(?P<count>" + _COUNT + r")\s+"
    r"(?P<unit>nam|thang|tuan|ngay)\s+toi[ .,;:]*\Z",
    re.ASCII,
)
# "tiến hành tổng kết từ sau khi Hội đồng Bầu cử Quốc gia công bố kết quả bầu cử cho đến trước
# ngày 22/6/2021": the day is the deadline; the event only says when the work may start
AFTER_EVENT_UNTIL_RULE = _rule(
    r"(?P<lead>tu\s+sau\s+khi\s+(?P<event>[a-z ]+?)\s+(?:cho\s+)?den\s+)"
    rf"(?:{_BEFORE_DAY}|(?:het\s+)?(?:ngay\s+)*)(?P<when>{_DAY_SHAPE})"
)
_UNIT = r"(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)"
# "ít nhất 30 ngày làm việc trước ngày khai mạc Đại hội"
RELATIVE_BEFORE_RULE = re.compile(
    _START + r"(?:(?:it|toi)\s+(?:nhat|thieu)\s+|(?:cham|muon)\s+nhat\s+(?:la\s+)?)?"
    rf"(?P<count>\d{{1,4}})\s+{_UNIT}\s+(?P<direction>(?P<lead>truoc))\s+"
    r"(?P<event>(?:ngay|khi|thoi\s+diem|le|ky\s+hop|dai\s+hoi|hoi\s+nghi)\b.*?)\s*\Z",
    re.ASCII,
)
# "ít nhất trước 45 ngày làm việc đến thời điểm dự kiến khai mạc đại hội": the bound first
RELATIVE_BOUND_FIRST_RULE = re.compile(
    _START + r"(?:it|toi)\s+(?:nhat|thieu)\s+(?P<direction>(?P<lead>truoc))\s+"
    rf"(?P<count>\d{{1,4}})\s+{_UNIT}\s+(?:den|so\s+voi)\s+"
    r"(?P<event>(?:ngay|khi|thoi\s+diem|le|ky\s+hop|ky\s+thi|dai\s+hoi|hoi\s+nghi)\b.*?)\s*\Z",
    re.ASCII,
)
# "trước ngày khai mạc 2 tuần": the count after the event
RELATIVE_AFTER_COUNT_RULE = re.compile(
    _START + r"(?:(?:it|toi)\s+(?:nhat|thieu)\s+)?(?P<direction>(?P<lead>truoc))\s+"
    r"(?P<event>(?:ngay|khi|thoi\s+diem|le|ky\s+hop|ky\s+thi|dai\s+hoi|hoi\s+nghi)\b\D*?)\s+"
    rf"(?:it\s+nhat\s+)?(?P<count>\d{{1,4}})\s+{_UNIT}[ .,;:]*\Z",
    re.ASCII,
)
# "Ngày 28/1: Công bố ngày bầu cử", "Ngày 20-22/02/2026: Hiệp thương lần ba"
_SCHEDULE_DAY = (
    r"ngay\s+(?:\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
    r"|\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})*\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?(?=\s*:))"
)
LABEL_AFTER = re.compile(
    rf"\s*(?P<date>(?:(?:sang|chieu|toi)\s+)?{_SCHEDULE_DAY})"
    # without a colon, a year right after the day is the day's own: "ngày 15/1 năm 2028" is
    # 15/01/2028, never a step named "năm 2028" beside the plan's year
    r"(?:\s*:\s*|\s+(?=[a-z])(?!nam\s+\d))(?P<rest>\S.*)"
    # "Chậm nhất ngày 12/6/2021: Công bố kết quả bầu cử" (with a colon only)
    rf"|\s*(?P<date2>(?:(?:cham|muon)\s+nhat|truoc)\s+(?:la\s+)?{_SCHEDULE_DAY})"
    r"\s*:\s*(?P<rest2>\S.*)"
    # "đến 17 giờ ngày 23/7 là hạn cuối cho các thí sinh …": the day said to be the last one
    rf"|\s*(?P<date3>den\s+(?:het\s+)?{_SCHEDULE_DAY})"
    r"\s+la\s+han\s+(?:cuoi|chot)(?:\s+cung)?\s+(?P<rest3>\S.*)"
    # "Ngày 12 và 13/10/2022, thi chọn học sinh giỏi cấp THPT", "Ngày 25 và 26/4/2023 thi chọn
    # học giỏi cấp THCS" (Tây Ninh's school year): listed days written with their year, then
    # the step after a comma or a blank
    r"|\s*(?P<date4>ngay\s+\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})+\s*/\s*\d{1,2}\s*/\s*\d{4})"
    r"(?:\s*,\s*|\s+)(?P<rest4>[a-z].*)",
    re.ASCII,
)
# "Từ ngày 1- 25.4.2019: Tổng điều tra dân số và nhà ở năm 2019", "đầu tháng 8 sẽ tổ chức Đại
# hội Đảng bộ huyện" (Báo Hải Dương), "đến ngày 2/3 mới đi học trở lại" (VietNamNet): the time
# part first, then ":", "sẽ" (will) or "mới" (only then) and the step
TIME_THEN_STEP = re.compile(
    r"(?P<time>[^:]*?\d[^:]*?)(?:\s*:\s*|\s+(?P<will>se|moi)\s+)(?P<step>[a-z][^:]*?)[ .;:]*\Z",
    re.ASCII,
)
# "Chậm nhất ngày 2/5, tổ bầu cử niêm yết danh sách chính thức những người ứng cử …" (Báo Vĩnh
# Long, 2016): a day opening the phrase with its keyword, then, after a comma, who does what
# ... or a range opening the phrase: "từ ngày 25-5 đến 1-6, căn cứ điều kiện và tình hình thực
# tế của địa phương, tổ chức lễ phát động Tháng hành động vì trẻ em tại các cấp" (Báo An Giang)
CLAUSE_AFTER_DAY = re.compile(
    rf"(?P<rule>\s*(?:(?:(?:cham|muon)\s+nhat\s+(?:la\s+|vao\s+)?|(?:den\s+)?truoc\s+)"
    rf"(?:ngay\s+)?(?:{_DAY_SHAPE})"
    rf"|(?:ke\s+|tinh\s+)?tu\s+(?:ngay\s+)?(?:{_POINT_SHAPE}|{_DASHED_START})\s+(?:den|toi)\s+"
    rf"(?:het\s+)?(?:ngay\s+)?(?:{_POINT_SHAPE}|{_DASHED_END})))"
    r"\s*,\s*(?P<clause>[a-z][^\d]*?)[ .;:]*\Z",
    re.ASCII,
)
# "Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …" (Luật Thanh
# tra 2022, Điều 44), "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, trừ trường hợp Thanh tra
# Chính phủ có hướng dẫn khác": a yearly, quarterly or monthly rule, then a clause of words
# after its comma: who does the step, or the exception that leaves the rule's day alone
CLAUSE_AFTER_CADENCE = re.compile(
    r"(?P<rule>.*\b(?:hang|moi)\s+(?:nam|quy|thang))\s*,\s*(?P<clause>[a-z].*?)[ .;:]*\Z",
    re.ASCII,
)
# "tiếp công dân vào ngày 15 hàng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc
# tiếp theo" (Quy chế tiếp công dân of UBND tỉnh Lạng Sơn; Luật Tiếp công dân 2013, Điều 12,
# sets the chairman's day each month): on a day off, the next (or the last) working day
_DAY_OFF = r"(?:ngay\s+)?(?:nghi(?:\s+le)?|le|tet|nghi\s+hang\s+tuan|cuoi\s+tuan)"
# … also "nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo"
# (Sở TT&TT Vĩnh Phúc, 2018)
HOLIDAY_SHIFT = re.compile(
    r"neu\s+(?:ngay\s+(?:nay|do)\s+)?trung\s+(?:vao|voi)\s+(?:cac\s+)?"
    rf"{_DAY_OFF}(?:\s*(?:,|hoac|va)\s*{_DAY_OFF})*"
    r"\s+thi\s+(?:ngay\s+tiep\s+cong\s+dan\s+)?(?:se\s+)?(?:duoc\s+)?"
    r"(?:chuyen\s+sang|doi\s+sang|lui\s+sang|tiep\s+vao|to\s+chuc\s+vao|thuc\s+hien\s+vao|vao)\s+"
    r"ngay\s+lam\s+viec\s+(?:tiep\s+theo|ke\s+tiep|lien\s+ke|truoc\s+do)"
    r"(?:\s+cua\s+thang\s+do)?",
    re.ASCII,
)
# the rule opens the phrase with its keyword: the clause after it is the step
RULE_FIRST = re.compile(r"\s*(?:(?:cham|muon)\s+nhat\s+(?:la\s+|vao\s+)?|truoc\s+)ngay\s", re.ASCII)
# "trừ trường hợp …", "trừ khi …": an exception, kept as the gloss
EXCEPTION = re.compile(r"tru\s+(?:truong\s+hop|khi)\s+(?=\S)", re.ASCII)
# "… thanh tra của năm sau": the year the work is for, not a time of the rule; "Định hướng"
# (orientation) is no "định kỳ"
FOR_NEXT_YEAR = re.compile(r"(?i)\s+của\s+năm\s+sau$|\bđịnh\s+hướng\b")
# "trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin)": the anchor of a count, in
# parentheses right after it; read as if written without them
ANCHOR_IN_PARENS = re.compile(
    r"(?:\d{1,4}\s+(?:ngay\s+lam\s+viec|ngay|tuan|thang|nam))\s*(?P<open>\()"
    r"\s*(?:ke|tinh)\s+tu\s+[^()\d]*?\s*(?P<close>\))[ .;:]*\Z",
    re.ASCII,
)
# "Chậm nhất 70 ngày trước bầu cử": a gloss of the schedule line's date
GLOSS_LINE = re.compile(
    r"(?:cham\s+nhat\s+(?:la\s+)?)?\d{1,3}\s+(?:ngay(?:\s+lam\s+viec)?|tuan)\s+"
    r"(?:truoc|sau)\s+(?:ngay\s+)?[a-z ]+",
    re.ASCII,
)
# "trước lễ khai giảng khoảng 10 ngày": an estimate, not a deadline
APPROXIMATE = re.compile(r"(?<![a-z])(?:khoang|chung|gan|xap\s+xi)(?![a-z])", re.ASCII)
_ESTIMATES = frozenset({"khoảng", "chừng", "gần", "xấp xỉ"})


def estimate_word(text: str) -> str | None:
    """The word of `text` (NFC, as printed) that makes it an estimate ("khoảng", "chừng",
    "gần", "xấp xỉ"), or None. Read with its diacritics where it has them: "đại chúng"
    (the public) and "gắn" (attach) fold to the same letters as "chừng" and "gần" and are
    no estimate; a word typed without diacritics ("chung") may be either, and counts."""
    for found in APPROXIMATE.finditer(fold(text)):
        said = text[found.start() : found.end()]
        if said.isascii() or " ".join(said.lower().split()) in _ESTIMATES:
            return said
    return None


# "Quý II/2027 hoặc trước ngày 20/11/2027": two deadlines, one to be chosen by someone else
ALTERNATIVE = re.compile(r"(?<![a-z])(?:hoac|hay)(?![a-z])", re.ASCII)
# "Báo cáo công khai phân bổ dự toán điều chỉnh giảm hoặc bổ sung, gửi Sở Tài chính sau 30 ngày"
# (Sở Tài chính TP.HCM): a "hoặc" between two things, in a clause with no number and no word
# of time, joins no deadlines
_NO_TIME_AROUND = re.compile(
    r"(?:(?!\b(?:ngay|thang|quy|nam|tuan|dau|giua|cuoi|truoc|sau|den|toi|tu|hang|moi|dinh|ky"
    r"|khi|luc|gio|som|muon|tre|cham|han|dot|lan|buoi|sang|chieu|le|tet|dip)\b)[a-z ])*",
    re.ASCII,
)
_CLAUSE_EDGE = re.compile(r"[,;:()\[\]]", re.ASCII)


def joins_things(prepared: str, word: re.Match[str]) -> bool:
    """Whether the "hoặc"/"hay" `word` (an `ALTERNATIVE` match in `prepared`) stands in a
    clause, between the nearest punctuation, with no number and no word of time."""
    before = [edge.end() for edge in _CLAUSE_EDGE.finditer(prepared, 0, word.start())]
    after = _CLAUSE_EDGE.search(prepared, word.end())
    start, end = before[-1] if before else 0, after.start() if after else len(prepared)
    words_on_both_sides = (
        prepared[start : word.start()].strip() and prepared[word.end() : end].strip()
    )
    return bool(words_on_both_sides) and _NO_TIME_AROUND.fullmatch(prepared[start:end]) is not None


# the parts of a phrase naming several deadlines: "Tháng 3 và tháng 9/2027"
_PART_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+va\s+", re.ASCII)
# "bắt đầu từ tháng 4/2027", "sớm nhất là ngày 18/9": where the work may start
START_RULE = re.compile(
    r"(?P<label>(?:.*?\s)??)(?:(?:duoc|se)\s+)?(?:thoi\s+gian\s+)?"
    r"(?:(?:bat\s+dau|khoi\s+dong|trien\s+khai|keo\s+dai)\s+(?:thuc\s+hien\s+|nghi\s+|hoc\s+)?"
    r"(?:tu\s+|vao\s+)?|(?:ke\s+|tinh\s+)?tu\s+|som\s+nhat\s+(?:la\s+)?(?:tu\s+|vao\s+)?|khong\s+som\s+hon\s+)"
    # "bắt đầu từ 22.2 và kết thúc lúc 17 giờ ngày 14.3.2021" (Báo Quảng Nam, 2021)
    rf"(?:(?:ngay|vao)\s+)*(?P<when>{_POINT_SHAPE}|(?<=bat dau tu ){_DASHED_END})[ .,;:]*\Z",
    re.ASCII,
)
# "không quá 4 ngày, tổ chức trước ngày 31/10/2025": how long the event may last (a
# congress, a conference), beside its deadline; kept as the gloss, never a date
LENGTH_CAP_RULE = re.compile(
    rf"\s*(?P<cap>(?:thoi\s+gian\s+)?khong\s+qua\s+\d{{1,3}}\s+{_UNIT})[ .,;:]*\Z", re.ASCII
)
# "Thực hiện trong 3 tháng", "Thời gian thu thập thông tin của cuộc Tổng điều tra là 25
# ngày" (Quyết định 772/QĐ-TTg): a length the window read must agree with, or that runs from
# the start day beside it; the words before it name the step (`label`)
DURATION_RULE = re.compile(
    r"(?P<label>(?:.*?\s)??)(?:(?:thuc\s+hien\s+)?trong\s+(?:vong\s+|thoi\s+gian\s+)?|la\s+)"
    rf"(?P<count>\d{{1,3}})\s+{_UNIT}[ .,;:]*\Z",
    re.ASCII,
)
# "Báo cáo định kỳ hàng tháng: Thời hạn gửi báo cáo chậm nhất vào ngày 20 của tháng báo
# cáo" (Thông tư 44/2019/TT-BGTVT, Điều 7): the report and its cadence named before the rule
REPORT_HEAD = re.compile(
    r"\s*(?P<head>bao\s+cao\s+(?:dinh\s+ky\s+)?(?P<cadence>(?:hang|moi)\s+(?:thang|quy|nam)"
    # … then ":" or "là": "Báo cáo định kỳ hằng tháng là tính từ ngày 15 tháng trước đến
    # ngày 14 …" (UBND Bà Rịa – Vũng Tàu, QĐ 40/2019)
    r"|(?:6|06|sau)\s+thang|nam))(?:\s*:|\s+la\b)\s*(?=\S)",
    re.ASCII,
)
# "… ngày 25 của tháng cuối kỳ báo cáo" (Nghị định 09/2019/NĐ-CP, Điều 13): the period is
# each report's own (a month, a quarter, six months, a year), so no one rule is named
EACH_REPORTS_PERIOD = re.compile(r"\bthang\s+(?:cuoi|dau)\s+(?:cua\s+)?ky\s+bao\s+cao\b")


def split_parts(source: Source) -> list[Source]:
    """The parts of a phrase between "và", "," and ";", blanks trimmed. A dash is no
    separator: "01/3 - 30/4" may be a span or two deadlines, and is refused."""
    parts: list[Source] = []
    start = 0
    for gap in [*_PART_SEPARATOR.finditer(source.prepared), None]:
        end = gap.start() if gap else len(source.prepared)
        words = source.prepared[start:end]
        if gap and gap.group().strip() == ",":  # "(đợt 1, trước ngày 25-5-2022; …)"
            words = _ROUND_LAST.sub(" ", words)  # the round the part after it is for
        if gap and not _HAS_TIME.search(words):  # "hoàn thành chương trình và kết thúc …"
            continue  # words only: they name the step of the part after them
        if words.strip(" .:"):
            parts.append(source.part(start, end))
        start = gap.end() if gap else end
    return parts


_HAS_TIME = re.compile(r"\d|\b(?:hang|moi|thuong\s+xuyen|nam|quy|thang)\b", re.ASCII)
_ROUND_LAST = re.compile(
    r"(?<![a-z])(?:dot|lan|buoc|vong)\s+(?:\d{1,2}|mot|hai|ba|bon)\s*\Z", re.ASCII
)


def after(first: date, count: int, unit: str) -> date:
    """The day `count` units (ngày, tuần, tháng, năm) after `first`; a month too short
    for the day gives its last day."""
    if unit == "ngày":
        return first + timedelta(days=count)
    if unit == "tuần":
        return first + timedelta(weeks=count)
    if unit not in ("tháng", "năm"):
        raise Unreadable(f"không tính được độ dài “{count} {unit}” theo lịch")
    months = first.month - 1 + count * (12 if unit == "năm" else 1)
    year, month = first.year + months // 12, months % 12 + 1
    return date(year, month, min(first.day, month_end(year, month).day))


# --- asides: parentheses that explain a date, and times of day -------------------------

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
_PAREN = re.compile(r"\(([^()]*)\)")
WEEKDAY = re.compile(
    r"(?:ngay\s+)?(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat|cn))"
)
_WEEKDAY = WEEKDAY
# a weekday right before the date: "Chủ nhật, ngày 15/3/2026", "tựu trường vào thứ hai, ngày …"
LAST_WEEKDAY = re.compile(
    r"(?:(?<=\s)|^)(?<!lan )(?P<on>(?:vao\s+)?(?:ngay\s+)?)(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))"
    r"\s*,?\s*\Z",
    re.ASCII,
)
# "(ngày 12-10)": a phrase wholly in parentheses
ENCLOSED = re.compile(r"\s*\((?P<inner>[^()]*)\)[ .,;:]*", re.ASCII)
# a period named by a word, or by a count of years, or the first or last months of a year
# written with it ("Hội nghị sơ kết 6 tháng đầu năm 2020", "nhiệm vụ … 6 tháng cuối năm
# 2020": the half-year the work is on, as "năm 2020" is): words before it need no "trong"
NAMED_PERIOD = re.compile(
    rf"[a-z]|{_COUNT}\s+nam\s|{_COUNT}\s+thang\s+(?:dau|cuoi)\s+nam\s+\d{{4}}", re.ASCII
)


def weekday_number(day: re.Match[str]) -> int:
    """A `WEEKDAY` match as `date.weekday` counts: Monday 0 ... Sunday 6."""
    return 6 if day["sun"] else _weekday_number(day["word"] or "")


# "(60 ngày trước ngày bầu cử)": kept as a gloss, checked against the event elsewhere; also
# "(chậm nhất 42 ngày trước ngày bầu cử)", a law's count with its citation ("(chậm nhất 25
# ngày - Khoản 4 Điều 57)", the numbers of an article reference), and "(hoặc 20 ngày sau
# ngày bầu cử)": the same deadline counted from the event, as election schedules restate
# the law (Luật Bầu cử 2015, Điều 86: results within 20 days of the election)
_CITATION = (
    r"\s*[–—-]\s*(?:(?:khoan|diem)\s+\d{1,2}\s*,?\s*)*"
    r"dieu\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s+[a-z ]+)?"
)
_GLOSS = re.compile(
    r"(?:(?:tuc|hoac|hay)\s+(?:la\s+)?|(?:cham\s+nhat|trong\s+thoi\s+han)\s+(?:la\s+)?)?"
    r"\d{1,4}\s+(?:ngay\s+lam\s+viec|ngay|tuan|thang)"
    rf"(?:\s+(?:truoc|sau|ke\s+tu)\s+\D+?(?:{_CITATION})?|{_CITATION})",
    re.ASCII,
)
# "Dự kiến vào tháng 7/2022 (sẽ có thông báo cụ thể sau)" (Thư viện Tây Ninh, 2022): the
# details of a planned time will be announced; the time read is the plan's, kept with it
_NOTICE_LATER = re.compile(
    r"(?:thoi\s+gian\s+)?(?:cu\s+the\s+)?se\s+(?:co\s+)?thong\s+bao\s+(?:cu\s+the\s+)?sau",
    re.ASCII,
)
# "(thay vì diễn ra từ ngày 24/10 - 27/10 như dự kiến trước đây)" (UBND tỉnh Hòa Bình, 2024):
# the schedule replaced, said to be so; the days outside the parentheses are the deadline
_REPLACED = re.compile(r"(?:thay\s+(?:vi|cho)|khong\s+phai)\b.*", re.ASCII)
# "75 ngày", "chậm nhất 25 ngày", "chậm nhất 105 ngày - Điều 7, 8, 9": a count alone, with
# perhaps the article it comes from; its direction and anchor can only come from the column
COUNT_ONLY = re.compile(
    r"\s*(?:(?:cham|muon)\s+nhat\s+(?:la\s+)?)?(?P<count>\d{1,4})\s+"
    rf"(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang)(?P<cite>{_CITATION})?[ .,;:]*",
    re.ASCII,
)
# a column header naming the direction and the anchor: "Số ngày trước ngày bầu cử"
HEADER_ANCHOR = re.compile(
    r"\b(?P<direction>truoc|sau)\s+(?P<anchor>(?:ngay|khi|le|ky\s+hop|ky\s+thi|dai\s+hoi"
    r"|hoi\s+nghi)\b[a-z ]*)",
    re.ASCII,
)


def _lunar_gloss(folded: str) -> tuple[LunarEnd, ...]:
    """ "(tức 22 tháng Chạp đến mùng 5 tháng Giêng)", "(23/02 Âm lịch)": the lunar days of
    the solar days read, kept as a gloss once `refusals.check_asides` has checked them
    against the lunar calendar (`kehoach.dates.lunar`); () when the words are no lunar date."""
    try:
        return parse_gloss(folded) or ()
    except Unlunar as error:
        raise Unreadable(f"chú thích âm lịch “{folded}”: {error}") from None


def _new_year_eve(folded: str) -> NewYearEve | None:
    """ "(Đêm Giao thừa Tết Nguyên đán Bính Ngọ năm 2026)": kept as a gloss once
    `refusals.check_asides` has checked the day is that eve (`kehoach.dates.lunar`)."""
    try:
        return parse_eve(folded)
    except Unlunar as error:
        raise Unreadable(f"chú thích “{folded}”: {error}") from None


def _trailing_lunar_gloss(source: Source, asides: Asides) -> tuple[Source, Asides, bool]:
    """ "Thời gian khai mạc dự kiến ngày 3/2/2021, tức ngày 22 tháng Chạp âm lịch", "…
    đến 21/02/2026, tương ứng ngày 24/12 năm Ất Tỵ đến mùng 5 Tết Bính Ngọ": a lunar gloss
    closing the phrase after "tức", "tương ứng", "nhằm", read as one in parentheses is."""
    for lead in TRAILING.finditer(source.prepared):
        ends = _lunar_gloss(source.prepared[lead.start() :].strip(" ,;"))
        if ends:
            said = source.original(lead.start(), len(source.prepared)).strip(" ,.;:")
            asides = _glossed(asides._replace(lunar=asides.lunar + ends), " ".join(said.split()))
            return source.blank(lead.start(), len(source.prepared)), asides, True
    return source, asides, False


# "(tính cả ngày 15/3)", "(kể cả ngày 15/3/2027)": the day named is the last one allowed,
# checked against the reading; "(không tính ngày 15/3)" leaves it out (refused)
_DAY_INCLUDED = re.compile(
    r"(?:(?P<not>khong)\s+)?(?:tinh|ke|bao\s+gom)(?:\s+ca)?\s+(?:ngay\s+)?"
    r"(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)",
    re.ASCII,
)
# "(13 ngày)": the length of the span read, checked
_LENGTH = re.compile(r"(?:gom\s+|trong\s+)?(?P<days>\d{1,3})\s+ngay", re.ASCII)
# a limit stated right before an hour: "trước 0 giờ ngày 16/3" ("bắt đầu từ 0 giờ" is a start)
_BOUND_BEFORE = re.compile(r"\b(?:truoc|den|toi|cham\s+nhat|muon\s+nhat|han)\s*\Z", re.ASCII)
# a day written with its year: "08/12/2025", "23 – 5 – 2021", "08 tháng 12 năm 2025"
_DAY_WITH_YEAR = (
    r"(?P<day>\d{1,2}\s*(?P<sep>[/.–-])\s*\d{1,2}\s*(?P=sep)\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})\b"
)
_TIME = re.compile(
    r"(?:(?<=^)|(?<=[ ,(]))(?:(?:vao\s+)?luc\s+)?(?P<h>\d{1,2})\s*(?:gio|gi|h)"
    r"(?:\s*(?P<m>\d{1,2})(?:\s*phut|\s*['’′])?)?(?:\s+(?P<part>sang|trua|chieu|toi))?"
    # "7 giờ 45 phút, thứ Hai, ngày 08 tháng 12 năm 2025": the weekday between is checked
    # against the day (`_weekdays_of_dated_days`, `LAST_WEEKDAY`)
    r"(?:\s*,)*(?=\s+(?:ngay\s|cung\s+ngay|(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])"
    rf"|chu\s+nhat)\s*,?\s+ngay\s+{_DAY_WITH_YEAR})|[ .,;:]*\Z)",
    re.ASCII,
)
# "từ 21h00 đến 23h00 ngày 16/02/2026", "từ 20h – 21h30 ngày 26/11/2022": two hours of one
# day, the first where the event starts (`start_time`), the second where it ends (`time`)
_HOURS_OF_A_DAY = re.compile(
    r"(?:(?<=^)|(?<=[ ,(]))(?P<from>tu\s+)(?P<h1>\d{1,2})\s*(?:gio|h)(?:\s*(?P<m1>\d{1,2})"
    r"(?:\s*phut)?)?\s*(?:den|[-–—])\s*(?=\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?"
    r"\s+ngay\s)",
    re.ASCII,
)
_NUMBER_WORDS = {
    "khong": 0, "mot": 1, "mot ": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5,
    "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip


class Asides(NamedTuple):
    """What parentheses and a time of day added to the date (all explained, none lost)."""

    weekday: int | None = None  # Monday 0 ... Sunday 6, as `date.weekday`
    time: str | None = None  # "10:00"
    gloss: str | None = None  # as printed, without the parentheses
    length: int | None = None  # "(13 ngày)": days the span must last
    # "bắt đầu từ 7 giờ 30 phút ngày 1-4-2019 và kết thúc …": the hour the work starts,
    # never the hour it is due
    start_time: str | None = None
    # "(tính cả ngày 15/3)": the last day the parentheses say is included, as printed ("15/3")
    through: str | None = None
    weeks: int | None = None  # "có 18 tuần thực học": teaching weeks the span must hold
    rounds: int | None = None  # "trong 2 đợt (…)": the deadlines the parentheses must give
    lunar_year: str | None = None  # "năm Giáp Thìn" after lunar glosses: a year of the days
    lunar: tuple[LunarEnd, ...] = ()  # "(tức 27 tháng Chạp)": the lunar days of the days read
    hours_of_one_day: bool = False  # "từ 21h00 đến 23h00 ngày 16/02/2026": one day's hours
    eve: NewYearEve | None = None  # "(Đêm Giao thừa Tết Nguyên đán Bính Ngọ năm 2026)"
    # "…, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc tiếp theo": a recurring rule's
    # day moved off a day off, as printed; the rule itself is unchanged
    shift: str | None = None

    @property
    def empty(self) -> bool:
        return self == Asides()

    def note(self) -> str:
        """What the reading adds, in Vietnamese."""
        said = [f"lúc {self.time}"] if self.time else []
        if self.gloss:
            said.append(f"chú thích: {self.gloss}")
        return "".join(f"; {part}" for part in said)


def explain_asides(source: Source) -> tuple[Source, Asides]:
    """Read and blank out what only explains the date: a weekday "(Chủ nhật)", a number
    spelled out "(năm)" that agrees with the number before it, a gloss "(60 ngày trước
    ngày bầu cử)", a time of day "10 giờ", a document cited by its number
    (`cite_references`); other parentheses stay (and are refused)."""
    source, asides = cite_references(source, Asides())
    lunar = False
    for paren in list(_PAREN.finditer(source.prepared)):
        inner = paren.group(1).strip(" ,.;:")
        if ends := _lunar_gloss(inner):
            lunar = True
            asides = asides._replace(lunar=asides.lunar + ends)
        eve = _new_year_eve(inner)
        if day := _WEEKDAY.fullmatch(inner):
            asides = _once(asides, weekday=weekday_number(day))
        elif (
            _GLOSS.fullmatch(inner)
            or ends
            or eve
            or _NOTICE_LATER.fullmatch(inner)
            or _REPLACED.fullmatch(inner)
        ):
            asides = asides._replace(eve=eve) if eve else asides
            gloss = source.original(paren.start(1), paren.end(1)).strip(" ,.;:")
            asides = _glossed(asides, " ".join(gloss.replace("*", "").split()))
        elif length := _LENGTH.fullmatch(inner):
            asides = _once(asides, length=int(length["days"]))
        elif HOLIDAY_SHIFT.fullmatch(inner) and asides.shift is None:  # checked by the engine
            said = " ".join(source.original(paren.start(1), paren.end(1)).strip(" ,.;:").split())
            asides = asides._replace(shift=said)
        elif through := _DAY_INCLUDED.fullmatch(inner):
            said = " ".join(source.original(paren.start(1), paren.end(1)).strip(" ,.;:").split())
            if through["not"]:  # "(không tính ngày 15/3)": the day before is the last
                raise Unreadable(
                    f"“({said})”: hạn là hết ngày trước ngày đó, không phải ngày ghi; ghi "
                    "last_day theo văn bản"
                )
            asides = _glossed(_once(asides, through=through["day"]), said)
        elif not _spelled_agrees(
            inner,
            source.prepared[: paren.start()],
            source.original(paren.start(1), paren.end(1)).strip(" ,.;:"),
        ):
            continue
        source = source.blank(paren.start(), paren.end())
    source, asides, trailing = _trailing_lunar_gloss(source, asides)
    if lunar or trailing:
        source, asides = _lunar_year_after(source, asides)
    source, asides = _named_day(source, asides)
    source, asides = _horizon(source, asides)
    source, asides = _term_weeks(source, asides)
    source = _weekdays_of_dated_days(source)
    return _time_of_day(source, asides)


# The sexagenary cycle's names, with their diacritics ("Tý" and "Tỵ" fold alike): a year
# Y is stem (Y - 4) % 10, branch (Y - 4) % 12 (2024: Giáp Thìn)
STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_BRANCH_SPELLINGS = {"tị": "tỵ", "mẹo": "mão"}
_CYCLE_YEAR = re.compile(r"\s+nam\s+(?P<stem>[a-z]+)\s+(?P<branch>[a-z]+)[ .,;:]*\Z", re.ASCII)


def cycle_name(year: int) -> str:
    """The sexagenary name of a year, lower case: 2024 -> "giáp thìn"."""
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


def _lunar_year_after(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "bắt đầu từ ngày 6/2/2024 (27 tháng Chạp) đến hết ngày 18/2/2024 (9 tháng Giêng)
    năm Giáp Thìn" (UBND Hà Tĩnh): after lunar glosses, the lunar year they fall in, kept
    as the gloss; `refusals.check_asides` checks it names a year of the days read."""
    named = _CYCLE_YEAR.search(source.prepared)
    if named is None:
        return source, asides
    stem = source.original(*named.span("stem")).lower()
    branch = source.original(*named.span("branch")).lower()
    branch = _BRANCH_SPELLINGS.get(branch, branch)
    if stem not in STEMS or branch not in BRANCHES:
        return source, asides
    said_at = source.prepared.index("nam", named.start())
    said = " ".join(source.original(said_at, named.end()).split()).strip(" .,;:")
    asides = _once(asides, lunar_year=f"{stem} {branch}")
    return source.blank(named.start(), named.end()), _glossed(asides, said)


# "hoàn thành trước ngày Sinh nhật Bác (19/5)" (Hội LHPN Bắc Ninh, 2006): a day named by
# its occasion, its date in the parentheses closing the phrase; the name is kept as the
# gloss and the date read. The name starts with a capital, as printed, and holds words only
_NAMED_DAY = re.compile(
    rf"\bngay\s+(?P<name>[a-z][a-z ]*?)\s*(?P<open>\()\s*(?P<when>{_DAY_SHAPE})\s*(?P<close>\))"
    r"[ .,;:]*\Z",
    re.ASCII,
)
# Days whose occasion fixes their date: a name saying one of them must agree with the
# parentheses (folded; the commemorations of the solar calendar a plan names most)
_OCCASIONS = {
    "sinh nhat bac": (19, 5),
    "sinh nhat chu tich ho chi minh": (19, 5),
    "quoc khanh": (2, 9),
    "nha giao viet nam": (20, 11),
    "quoc te thieu nhi": (1, 6),
    "quoc te lao dong": (1, 5),
    "giai phong mien nam": (30, 4),
    "thanh lap dang": (3, 2),
    "quoc te phu nu": (8, 3),
    "phu nu viet nam": (20, 10),
    "thuong binh liet si": (27, 7),
    "thay thuoc viet nam": (27, 2),
    "bao chi cach mang viet nam": (21, 6),
    "gia dinh viet nam": (28, 6),
    "quan doi nhan dan viet nam": (22, 12),
    "phap luat viet nam": (9, 11),
    "thanh lap doan": (26, 3),
    "dien bien phu": (7, 5),
    "moi truong the gioi": (5, 6),
    "dai doan ket": (18, 11),
    "bao ve an ninh to quoc": (19, 8),
    "cong an nhan dan": (19, 8),
    "cach mang thang tam": (19, 8),
    "doanh nhan viet nam": (13, 10),
    "khoa hoc va cong nghe viet nam": (18, 5),
    "the thao viet nam": (27, 3),
    "bien phong": (3, 3),
    "giai phong thu do": (10, 10),
    "nguoi cao tuoi viet nam": (6, 6),
    "dan so the gioi": (11, 7),
    "phong chong ma tuy": (26, 6),
    "phong chay chua chay": (4, 10),
    "chuyen doi so quoc gia": (10, 10),
    "di san van hoa viet nam": (23, 11),
    "sach va van hoa doc viet nam": (21, 4),
    "quoc te hanh phuc": (20, 3),
    "giang sinh": (25, 12),
}


# An occasion of one day (or a few) named before a year: "Quốc khánh năm 2027", "chào mừng
# Ngày Nhà giáo Việt Nam năm 2027", "Giỗ Tổ Hùng Vương năm 2027", "Trung thu năm 2027". A
# solar occasion of `_OCCASIONS` counts after a word that makes it the day ("ngày", "lễ",
# "dịp", "chào mừng", "kỷ niệm"): "Hội Liên hiệp Phụ nữ Việt Nam năm 2027" names a body
_DAY_NAMED_BY = r"\b(?:ngay|le|dip|chao\s+mung|ky\s+niem|huong\s+ung)\s+(?:[a-z]+\s+){0,3}?"
_OCCASION_OF_A_YEAR = re.compile(
    _DAY_NAMED_BY + "(?:" + "|".join(name.replace(" ", r"\s+") for name in _OCCASIONS) + r")\b"
    r"|\b(?:quoc\s+khanh|gio\s+to|den\s+hung|phat\s+dan|vu\s+lan|trung\s+thu|doan\s+ngo"
    r"|nguyen\s+tieu|ong\s+cong|ong\s+tao|giao\s+thua|than\s+tai|giang\s+sinh|noel)\b",
    re.ASCII,
)


def occasion_of_a_year(words: str) -> str | None:
    """The occasion (folded, as printed) that `words`, the words before a year, name:
    "chào mừng Ngày Nhà giáo Việt Nam" -> "ngay nha giao viet nam"; None when none."""
    found = _OCCASION_OF_A_YEAR.search(words)
    return " ".join(found.group().split()) if found else None


def _named_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "trước ngày Sinh nhật Bác (19/5)": read as "trước ngày 19/5", the name kept as the
    gloss; a name of a known occasion must agree with the date (`_OCCASIONS`), else the
    phrase is refused: one of the two is wrong."""
    named = _NAMED_DAY.search(source.prepared)
    if named is None:
        return source, asides
    name = " ".join(source.original(*named.span("name")).split())
    if not name[:1].isupper() or _NOT_A_NAME.search(named["name"]):
        return source, asides
    day = read_day(named["when"], YEARLESS)
    folded = " ".join(named["name"].split())
    known = [when for occasion, when in _OCCASIONS.items() if occasion in folded]
    for on, month in known:
        if (day.first.day, day.first.month) != (on, month):
            raise Unreadable(
                f"“{name}” là ngày {on:02d}/{month:02d}, không phải {day.first.day:02d}/"
                f"{day.first.month:02d} như trong ngoặc; ghi last_day theo văn bản"
            )
    if not known and (_LUNAR_OCCASIONS.search(folded) or _FESTIVAL.match(folded)):
        raise Unreadable(
            f"“{name}” là một ngày âm lịch (hay một lễ hội theo âm lịch); ngày trong ngoặc có "
            "thể là ngày âm lịch, chưa đổi sang dương lịch: ghi last_day theo ngày dương lịch"
        )
    source = source.blank(*named.span("name")).blank(*named.span("open"))
    return source.blank(*named.span("close")), _glossed(asides, name)


# words that make the words after "ngày" no name but a time or a count ("ngày làm việc"),
# a weekday ("Chủ nhật (15/3)" is checked as one) or an estimate ("Khoảng (15/3)")
_NOT_A_NAME = re.compile(
    r"\b(?:lam\s+viec|dau|cuoi|giua|thu|truoc|sau|hoac|hay|am\s+lich|mung|tet|chu\s+nhat"
    r"|khoang|chung|xap\s+xi)\b",
    re.ASCII,
)
# Occasions of the lunar calendar: "Giỗ Tổ Hùng Vương (10/3)" is the 10th of the third lunar
# month (16/04/2027 solar), never 10/03 solar; refused, as "ngày 15/8 âm lịch" is
_LUNAR_OCCASIONS = re.compile(
    r"\b(?:gio\s+to|hung\s+vuong|phat\s+dan|vu\s+lan|ram|trung\s+thu|doan\s+ngo"
    r"|thanh\s+minh|nguyen\s+tieu|ong\s+cong|ong\s+tao|giao\s+thua|thuong\s+nguyen"
    r"|trung\s+nguyen|ha\s+nguyen|gieng|chap|khai\s+ha|ky\s+yen|via)\b"
    # festivals of the lunar calendar, and those of the Khmer and Cham calendars (Sene
    # Dolta, Ok Om Bok, Katê; Chôl Chnăm Thmây moves between 13 and 15/4)
    r"|\b(?:den\s+hung|than\s+tai|ong\s+dia|nguyen\s+dan|mong\s+mot|mung\s+mot"
    r"|ba\s+chua\s+xu|nghinh\s+ong|cau\s+ngu|dolta|ok\s+om\s+bok|oc\s+om\s+boc|kate"
    r"|chol\s+chnam|chua\s+huong|yen\s+tu)\b",
    re.ASCII,
)
# a name opening with a festival's word ("Lễ hội Đền Hùng", "Hội Lim", "Lễ Kỳ Yên"): most
# festivals follow the lunar calendar; read only when it names a known solar occasion
_FESTIVAL = re.compile(r"(?:le\s+hoi|hoi|le|tet|via|ram)\b", re.ASCII)


# "từ thứ hai ngày 16/2/2026 … đến hết thứ sáu, ngày 20/2/2026" (Dân trí, Tết 2026): a
# weekday right before a day written with its year, after a connective ("từ", "đến", "hết",
# "vào", a comma), "nghỉ 1 ngày" or at the start, never after a noun ("Kỳ họp thứ hai",
# "lần thứ hai"); whatever it names, the day read is the dated one, checked against it
_WEEKDAY_THEN_DAY = re.compile(
    r"(?:^|(?<=\btu )|(?<=\bden )|(?<=\bhet )|(?<=\bvao )|(?<=, )|(?<=\bngay )|(?<=\bnghi )"
    # after the hour: "vào lúc 7 giờ sáng Chủ nhật, ngày 24/3/2019" (Báo Đồng Tháp, 2019)
    r"|(?<=\bgio )|(?<=\bphut )|(?<=\bsang )|(?<=\btrua )|(?<=\bchieu )|(?<=\btoi ))"
    r"(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))\s*,?\s+"
    rf"(?=(?:ngay\s+)?{_DAY_WITH_YEAR})",
    re.ASCII,
)


def _weekdays_of_dated_days(source: Source) -> Source:
    """Blank each weekday that names the dated day after it (`_WEEKDAY_THEN_DAY`): it adds
    nothing the day does not say. One that names another day is refused: one of the two
    is a typo, and a tool cannot tell which."""
    for found in list(_WEEKDAY_THEN_DAY.finditer(source.prepared)):
        day = read_day(found["day"], None).last
        if day.weekday() != weekday_number(found):
            raise Unreadable(
                f"ngày {show(day)} là {WEEKDAYS[day.weekday()]}, không phải "
                f"{WEEKDAYS[weekday_number(found)]}"
            )
        source = source.blank(found.start(), found.end())
    return source


# ", tầm nhìn đến năm 2050", "và định hướng đến năm 2030", ", có tính đến năm 2030": a
# horizon beyond the period; it does not extend it (kept as the gloss)
_HORIZON = re.compile(
    r"\s*[,;]?\s*(?:va\s+)?(?:dinh\s+huong|tam\s+nhin|co\s+tinh)(?:\s+quy\s+hoach)?"
    r"\s+den\s+nam\s+\d{4}"
    # "… 2017-2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG" (a plan's title):
    # where, after the horizon
    r"(?P<where>\s+(?:tren\s+dia\s+ban|tren\s+(?:toan|ca)\s+(?:quoc|nuoc)|trong\s+toan)\b[^()\d]*)?"
    r"[ .,;:]*\Z",
    re.ASCII,
)


# ", gồm 18 tuần thực học", ", bảo đảm học đủ 35 tuần thực học": the teaching weeks of a
# school term or year, kept as the gloss
_TERM_WEEKS = re.compile(
    r"\s*,\s*(?:gom\s+\d{1,2}\s+tuan(?:\s+thuc\s+hoc)?"
    r"|bao\s+dam\s+(?:hoc\s+)?du\s+\d{1,2}\s+tuan\s+thuc\s+hoc)[ .;:]*\Z",
    re.ASCII,
)


# "Học kỳ I có 18 tuần thực học, bắt đầu từ ngày 5/9/2022 đến ngày 6/1/2023" (Tây Ninh),
# "Học kỳ I thực học 18 tuần, còn lại dành cho các hoạt động khác và bắt đầu từ …" (Điện
# Biên; the wording of the Ministry's school-year frameworks): the teaching weeks of the
# term named first, then its days; kept as the gloss, and they must fit in the days read
_WEEKS_FIRST = re.compile(
    r"(?:(?<=[a-z] )|^\s*)(?:co\s+)?(?:(?P<weeks>\d{1,2})\s+tuan\s+thuc\s+hoc|thuc\s+hoc\s+"
    r"(?P<weeks2>\d{1,2})\s+tuan)(?:\s*,\s*con\s+lai\s+danh\s+cho\s+cac\s+hoat\s+dong\s+khac)?"
    r"\s*(?:,|\s+va\b)\s*(?=bat\s+dau|tu\b)",
    re.ASCII,
)


def _term_weeks(source: Source, asides: Asides) -> tuple[Source, Asides]:
    if first := _WEEKS_FIRST.search(source.prepared):
        said = source.original(first.start(), first.end()).strip(" ,.;:")
        said = " ".join(said.removesuffix(" và").split()).strip(" ,")
        asides = _once(asides, weeks=int(first["weeks"] or first["weeks2"]))
        source, asides = source.blank(first.start(), first.end()), _glossed(asides, said)
    weeks = _TERM_WEEKS.search(source.prepared)
    if weeks is None:
        return source, asides
    said = source.original(weeks.start(), weeks.end()).strip(" ,.;:")
    return source.blank(weeks.start(), weeks.end()), _glossed(asides, " ".join(said.split()))


def _horizon(source: Source, asides: Asides) -> tuple[Source, Asides]:
    horizon = _HORIZON.search(source.prepared)
    if horizon is None or not source.prepared[: horizon.start()].strip(" ,;:."):
        return source, asides
    if horizon["where"] and _NOT_IN_NOTE.search(horizon["where"]):
        return source, asides  # "… trên địa bàn tỉnh trong năm 2026": left, and refused
    said = source.original(horizon.start(), horizon.end()).strip(" ,;:.")
    said = said.removeprefix("và ").removeprefix("VÀ ").strip()
    asides = _glossed(asides, " ".join(said.split()))
    return source.blank(horizon.start(), horizon.end()), asides


# A time part wholly in parentheses after the words naming the step: "Thi tốt nghiệp THPT
# (dự kiến diễn ra trong các ngày 11, 12/6/2026)", "(…). (24/04/2021)" once the gloss is
# read. The words just before it may restate it: "học kỳ 1 có 18 tuần (từ …)" (teaching
# weeks), "bỏ phiếu sớm hơn một ngày (14/3/2026)" (compared with the general day).
_TIME_IN_PAREN = re.compile(
    r"(?P<head>[^()]*?)(?P<open>\()(?P<inner>[^()]*\d[^()]*)(?P<close>\))[ .,;:]*", re.ASCII
)
_COMPARED = (
    rf"(?:som|muon)\s+hon\s+(?:{_COUNT})\s+(?:ngay|tuan)"
    r"(?:\s+so\s+voi\s+(?:ngay|le|ky)\s+[a-z ]+?)?"
)
# "tựu trường sớm nhất vào ngày 22/8 - trước 2 tuần so với ngày tổ chức khai giảng" (UBND
# Vĩnh Phúc, QĐ 1513/2022): after a dash, how far the day stands from an event, restating it
_COUNTED_AGAINST = (
    rf"(?:truoc|sau)\s+(?:{_COUNT})\s+(?:ngay|tuan)\s+so\s+voi\s+(?:ngay|le|ky)\s+[a-z ]+?"
)
_HEAD_GLOSS = re.compile(
    rf"(?:\s+co\s+\d{{1,2}}\s+tuan(?:\s+thuc\s+hoc)?|\s+{_COMPARED})\s*\Z", re.ASCII
)


# "gửi về Văn phòng Sở GD-ĐT trong 2 đợt (đợt 1, trước ngày 25-5-2022; đợt 2, trước ngày
# 25-5-2024)" (Sở GD-ĐT Khánh Hòa, 2021): how many rounds the parentheses then date, one
# deadline each (`refusals.check_asides` counts them)
_ROUNDS = re.compile(
    rf"\s+(?:trong|theo|lam|chia\s+(?:lam\s+)?)\s*(?P<count>{_COUNT})\s+dot\s*\Z", re.ASCII
)


def unwrap_time_part(source: Source, asides: Asides) -> tuple[Source, Asides, bool]:
    """The phrase with the parentheses around its time part read as blanks, and True when
    there were some (they stand for a connective: the step, then its time)."""
    found = _TIME_IN_PAREN.fullmatch(source.prepared)
    if found is None:
        return source, asides, False
    source = source.blank(*found.span("open")).blank(*found.span("close"))
    if rounds := _ROUNDS.search(found["head"]):  # "gửi về Sở trong 2 đợt (đợt 1, …; đợt 2, …)"
        asides = _once(asides, rounds=count_number(rounds["count"]))
        source = source.blank(rounds.start(), rounds.end())
    if said := _HEAD_GLOSS.search(found["head"]):
        words = source.original(said.start(), said.end()).strip(" ,.;:")
        asides = _glossed(asides, " ".join(words.split()))
        source = source.blank(said.start(), said.end())
    return source, asides, True


# Words after the date that only explain it, kept as the gloss: "(riêng giáo dục mầm non
# không tổ chức tựu trường)", "để hoàn thành chương trình và tổng kết", "như mọi năm",
# "vận hành bộ máy mới", ", sớm hơn một ngày so với ngày bầu cử toàn quốc". Only right
# after a number, and never with a word of time ("âm lịch", "năm sau" would move the day).
_NOTE = re.compile(
    # … and where: "trên địa bàn thành phố …", "trong toàn tỉnh", "trên toàn quốc"
    # … and how a mailed entry is dated: "(tính theo dấu bưu điện)", "(căn cứ theo dấu Bưu
    # điện)": the postmark's day is the day sent, the deadline's day is unchanged
    r"(?<=\d)(?P<note>\s*\(\s*(?:(?:tinh|can\s+cu)\s+)?theo\s+dau\s+buu\s+(?:dien|chinh)\s*\)"
    r"|\s*\(\s*rieng\s[^()\d]*\)|\s+(?:de|nham|van\s+hanh)\s+[^()\d]+"
    r"|\s+(?:tren\s+dia\s+ban|tren\s+(?:toan|ca)\s+(?:quoc|nuoc)|trong\s+toan)\b[^()\d]*"
    rf"|\s*,?\s+nhu\s+moi\s+nam|\s*,\s*{_COMPARED}|\s*[–—-]\s*{_COUNTED_AGAINST})[ .,;:]*\Z",
    re.ASCII,
)
_NOT_IN_NOTE = re.compile(
    r"\b(?:truoc|sau|den|tu|toi|ngay|tuan|thang|quy|nam|hang|som|muon|tre|hoac|hay|gio"
    r"|luc|khoang|neu|tru|am|lich|han|dip|tet|khi|ky|dot|lan|cham|nhat)\b",
    re.ASCII,
)


def trailing_note(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Read and blank the words after the date that only explain it (see `_NOTE`)."""
    note = _NOTE.search(source.prepared)
    if note is None:
        return source, asides
    words = note["note"]
    fixed = _COMPARED_AT.match(words) or words.strip(" ,").startswith("nhu moi nam")
    said = source.original(note.start(), note.end()).strip(" ,.;:()–—-")
    purpose = _PURPOSE_NOTE.match(words)  # "… để …": checked as any words after a time part
    if not fixed and (_NOT_IN_NOTE.search(words) or (purpose and not _reads_after(said))):
        return source, asides  # left in place: the phrase is refused as it stands
    return source.blank(note.start(), note.end()), _glossed(asides, " ".join(said.split()))


_COMPARED_AT = re.compile(rf"\s*,\s*{_COMPARED}|\s*[–—-]\s*{_COUNTED_AGAINST}", re.ASCII)


_PURPOSE_NOTE = re.compile(r"\s*(?:de|nham)\s", re.ASCII)


def _reads_after(words: str) -> bool:
    """Whether `words` pass the one check of words after a time part (`read_trailing`)."""
    try:
        read_trailing(words, after_a_day=True)
    except Unreadable:
        return False
    return True


def _weekday_number(word: str) -> int:
    """'hai' or '2' -> 0 (Monday): Thứ Hai is the second day of a week that starts on Sunday."""
    return int(word) - 2 if word.isdigit() else _WEEKDAY_WORDS[word]


def _glossed(asides: Asides, gloss: str) -> Asides:
    """Glosses add up: one per date of a span ("(tức 22 tháng Chạp) … (tức mùng 6 …)")."""
    return asides._replace(gloss=f"{asides.gloss}; {gloss}" if asides.gloss else gloss)


def _once(asides: Asides, **value: int | str) -> Asides:  # one of each kind
    for key in value:
        if getattr(asides, key) is not None:
            raise Unreadable("hai chú thích cùng loại trong một thời hạn")
    return asides._replace(**value)  # type: ignore[arg-type]


# the words before the hour a work starts at: "từ 7 giờ ngày …", "bắt đầu từ 0 giờ ngày …"
_STARTS_AT = re.compile(r"(?:^|\s)(?:tu|bat\s+dau(?:\s+tu)?)\s*\Z", re.ASCII)


def _time_of_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Read and blank the time of day: the hour the deadline falls at (`time`), and the hour
    the work starts at when it stands right after "từ" (`start_time`); one of each."""
    if span := _HOURS_OF_A_DAY.search(source.prepared):
        begins = f"{int(span['h1']):02d}:{int(span['m1'] or 0):02d}"
        if int(span["h1"]) > 23 or int(span["m1"] or 0) > 59:
            raise Unreadable(f"không có giờ {span['h1']} giờ {span['m1'] or 0} phút")
        asides = _once(asides, start_time=begins)._replace(hours_of_one_day=True)
        source = source.blank(span.start(), span.end())
    times = list(_TIME.finditer(source.prepared))
    starts = [bool(_STARTS_AT.search(source.prepared[: t.start()])) for t in times]
    if span and len(times) == 1:  # the hour after "đến" ends it
        starts = [False]
    if len(times) > 2 or starts.count(True) > 1 or starts.count(False) > 1:
        raise Unreadable("hai giờ trong một thời hạn")
    if starts == [False, True]:
        raise Unreadable("giờ bắt đầu đứng sau giờ kết thúc")
    for time, start in zip(times, starts, strict=True):
        asides = _once(asides, **{"start_time" if start else "time": _hour_of(time, source)})
        source = source.blank(time.start(), time.end())
    return source, asides


# the hours a part of the day names: "1 giờ trưa" is 13:00, "7 giờ tối" 19:00; the 24-hour
# hour is taken as written when it falls in the part ("13 giờ chiều")
_PART_HOURS = {
    "sang": range(0, 12),
    "trua": range(11, 15),
    "chieu": range(12, 20),
    "toi": range(17, 24),
}


def _hour_in_part(hour: int, part: str | None, source: Source, time: re.Match[str]) -> int:
    """The 24-hour hour of `hour` said with a part of the day: "2 giờ chiều" 14, "1 giờ trưa"
    13 (not 01:00), "12 giờ tối" refused (midnight: the end of the day or its start?),
    "17 giờ sáng" refused (no morning hour)."""
    if part is None:
        return hour
    hours = _PART_HOURS[part]
    for candidate in (hour, hour + 12):
        if candidate in hours and not (part == "toi" and hour == 12):
            return candidate
    said = " ".join(source.original(time.start(), time.end()).split())
    raise Unreadable(f"“{said}” không phải một giờ của buổi đó; ghi last_day theo văn bản")


def _hour_of(time: re.Match[str], source: Source) -> str:
    """The "HH:MM" of a time of day `_TIME` matched in `source`, checked."""
    hour, minute = int(time["h"]), int(time["m"] or 0)
    hour = _hour_in_part(hour, time["part"], source, time)
    if hour > 23 or minute > 59:
        said = " ".join(source.original(time.start(), time.end()).split())
        end_of_day = "; “24 giờ ngày D” là hết ngày D: ghi last_day là ngày D" if hour == 24 else ""
        raise Unreadable(f"không có giờ “{said}”{end_of_day}")
    bound = _BOUND_BEFORE.search(source.prepared[: time.start()])
    if hour == 0 and minute == 0 and bound:  # "trước 0 giờ ngày 16/3": the 15th is the last day
        said = " ".join(source.original(time.start(), time.end()).split())
        raise Unreadable(
            f"“{said}” là lúc bắt đầu ngày, nên hạn thật là hết ngày hôm trước; không đoán, "
            "hãy ghi last_day theo văn bản"
        )
    return f"{hour:02d}:{minute:02d}"


def _spelled_agrees(inner: str, before: str, said: str) -> bool:
    """ "ngày 05 (năm)": a number in words that repeats the number before it. A number in
    words that disagrees is refused: one of the two is a typo, and a tool cannot tell.
    `said` is the parenthesis as printed, for the reason."""
    value = spelled_number(inner)
    written = re.search(r"(\d+)\s*\Z", before)
    if value is None or written is None:
        return False
    if int(written.group(1)) != value:
        raise Unreadable(
            f"“({said})” không khớp với số {written.group(1)} trước nó (không phải số đó viết "
            "bằng chữ); không đoán, hãy ghi last_day theo văn bản"
        )
    return True


def spelled_number(words: str) -> int | None:
    """A Vietnamese number in words, folded: "hai muoi lam" -> 25; None if not one."""
    total = hundreds = tens = units = 0
    seen = False
    for word in words.split():
        if word in _NUMBER_WORDS:
            units = _NUMBER_WORDS[word]
        elif word == "muoi":
            tens, units = units or 1, 0
        elif word == "tram":
            hundreds, units = units, 0
        elif word in ("nghin", "ngan"):
            total += (hundreds * 100 + tens * 10 + units) * 1000
            hundreds = tens = units = 0
        elif word not in ("linh", "le"):
            return None
        seen = True
    return total + hundreds * 100 + tens * 10 + units if seen else None


# only to explain a refusal
DOCUMENT_NUMBER = re.compile(r"\d\s*/\s*(?:\d+\s*/\s*)?[a-z]|\d-[a-z]{2}", re.ASCII)
DAY_THEN_WORDS = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}[ .,;:]+(?=[^ .,;:])", re.ASCII)


# --- readers ----------------------------------------------------------------------------

_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DIGITS = re.compile(r"\d+", re.ASCII)
_DAY_SEPARATOR = re.compile(r"[/.–-]")
_FOUR_DIGITS = re.compile(r"\b\d{4}\b", re.ASCII)
_ITEM = re.compile(r"\b(?:\d{1,2}|[ivx]+)\b|[–—-]|\bden\b", re.ASCII)


def resolve_year(written: str | None, fallback: int | None) -> tuple[int, bool]:
    """The year written, else `fallback` (marked inferred), else refuse."""
    if written is None:
        if fallback is None:
            raise Unreadable("thời hạn không ghi năm và kế hoạch không có ngày ban hành")
        return fallback, True
    year = int(written)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Unreadable(f"năm {year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}")
    return year, False


def month_number(item: str) -> int:
    month = int(item)
    if not 1 <= month <= 12:
        raise Unreadable(f"không có tháng {month}")
    return month


def quarter_number(item: str) -> int:
    quarter = int(item) if item.isdigit() else _ROMAN_QUARTERS.get(item, 0)
    if not 1 <= quarter <= 4:
        raise Unreadable(f"không có quý {item.upper()} (chỉ có quý I đến IV)")
    return quarter


# the year a day written without one is checked in (a leap year: a recurring "29/02" is a
# real day in some years); a refusal then names no year the document did not write
YEARLESS = 2000


def real_day(year: int, month: int, day: int) -> date:
    last = month_end(year, month_number(str(month))).day
    if not 1 <= day <= last and year == YEARLESS:  # no year written: a recurring rule's day
        raise Unreadable(
            f"{day:02d}/{month:02d} không phải ngày có thật (tháng {month} có tối đa {last} ngày)"
        )
    if not 1 <= day <= last:
        raise Unreadable(
            f"{day:02d}/{month:02d}/{year} không phải ngày có thật "
            f"(tháng {month}/{year} có {last} ngày)"
        )
    return date(year, month, day)


def read_day(text: str, fallback_year: int | None) -> Span:
    """A day a rule matched: "23/6/2022", "15 thang 9 nam 2025", "2026-03-15", "15/12"."""
    if len(set(_DAY_SEPARATOR.findall(text))) > 1:
        raise Unreadable("ngày viết lẫn hai kiểu dấu ngăn cách")
    numbers = _DIGITS.findall(text)
    if len(numbers[0]) == 4:  # year first: 2026-03-15
        numbers.reverse()
    year, inferred = resolve_year(numbers[2] if len(numbers) == 3 else None, fallback_year)
    day = real_day(year, int(numbers[1]), int(numbers[0]))
    return Span(day, day, show(day), inferred)


def read_period(text: str, fallback_year: int | None) -> Span:
    """Months, quarters, a half-year, a year or years a rule matched: one span."""
    spans = read_periods(text, fallback_year)
    if len(spans) > 1:
        raise Unreadable("các tháng, quý không liền nhau")
    return spans[0]


def read_periods(text: str, fallback_year: int | None) -> list[Span]:
    """Months, quarters, a half-year, a year or years a rule matched; a list of months or
    quarters that is not one run gives one span per run ("tháng 3, 9" -> two)."""
    years = _FOUR_DIGITS.findall(text)
    year = years[0] if years else None
    if text.startswith("thang"):
        return _months(text, *resolve_year(year, fallback_year))
    if text.startswith("quy"):
        return _quarters(text, *resolve_year(year, fallback_year))
    if months := _MONTHS_OF_YEAR.match(text):
        count = 6 if months["count"] == "nua" else _count(months["count"])
        first_months = months["end"] == "dau"
        return [_months_of_year(count, first_months, *resolve_year(year, fallback_year))]
    if len(years) >= 2 and not _YEAR_SPAN.search(text):  # "năm 2027 và 2028": a list
        numbers = [_written_year(y) for y in years]
        if any(b <= a for a, b in pairwise(numbers)):
            raise Unreadable("các năm phải ghi tăng dần, không lặp")
        return [_years(run[0], run[-1]) for run in _runs(numbers)]
    if len(years) == 2:
        span = _years(_written_year(years[0]), _written_year(years[1]))
        counted = _COUNTED_YEARS.search(text)
        if counted and _count(counted["count"]) != span.last.year - span.first.year + 1:
            raise Unreadable(f"“{counted.group()}” không khớp với {span.words}")
        return [span]
    year_number, inferred = resolve_year(year, fallback_year)
    whole = Span(date(year_number, 1, 1), date(year_number, 12, 31), f"năm {year_number}", inferred)
    return [whole]


def read_point(text: str, fallback_year: int | None) -> Span:
    """Either end of "từ ... đến ...": a day or a period."""
    reader = read_day if text[0].isdigit() else read_period
    return reader(text, fallback_year)


def _numbers(text: str, read_one: Callable[[str], int]) -> list[int]:
    """Read "6, 7, 8", "6-8" or "I và II" into increasing numbers, ranges expanded."""
    numbers: list[int] = []
    through = False
    for item in _ITEM.findall(text):
        if item in ("den", "-", "–", "—"):
            through = True
            continue
        number = read_one(item)
        if numbers and number <= numbers[-1]:
            raise Unreadable("các tháng, quý phải ghi tăng dần, không lặp")
        numbers.extend(range(numbers[-1] + 1, number + 1) if through else [number])
        through = False
    return numbers


def _runs(numbers: list[int]) -> list[list[int]]:
    """[3, 4, 9] -> [[3, 4], [9]]: the unbroken runs of a list."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _separate(text: str, unit: str) -> bool:
    """ "tháng 11, tháng 12": the unit repeated before each item names separate periods
    (not "Tháng tháng 7, 8", doubled, nor a range "tháng 6 đến tháng 8")."""
    return bool(re.search(rf"[\divx]\W+(?:va\s+)?{unit}\s", text)) and not _THROUGH.search(text)


_THROUGH = re.compile(r"\bden\b|[–—-]", re.ASCII)


def _grouped(numbers: list[int], separate: bool) -> list[list[int]]:
    return [[number] for number in numbers] if separate else _runs(numbers)


def _months(text: str, year: int, inferred: bool) -> list[Span]:
    spans = []
    for months in _grouped(_numbers(text, month_number), _separate(text, "thang")):
        words = f"tháng {', '.join(map(str, months))}/{year}"
        spans.append(Span(date(year, months[0], 1), month_end(year, months[-1]), words, inferred))
    return spans


def _quarters(text: str, year: int, inferred: bool) -> list[Span]:
    roman = {number: name.upper() for name, number in _ROMAN_QUARTERS.items()}
    spans = []
    for quarters in _grouped(_numbers(text, quarter_number), _separate(text, "quy")):
        words = f"quý {', '.join(roman[q] for q in quarters)}/{year}"
        first, last = date(year, quarters[0] * 3 - 2, 1), month_end(year, quarters[-1] * 3)
        spans.append(Span(first, last, words, inferred))
    return spans


_YEAR_SPAN = re.compile(r"\d{4}\s*[–—-]\s*(?:nam\s+)?\d{4}", re.ASCII)
_MONTHS_OF_YEAR = re.compile(rf"(?P<count>{_COUNT}|nua)\s+thang\s+(?P<end>dau|cuoi)", re.ASCII)
_COUNTED_YEARS = re.compile(rf"(?P<count>{_COUNT})\s+nam\s", re.ASCII)
_COUNT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7}
_COUNT_WORDS |= {"tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12}


def count_number(text: str) -> int:
    """A count in digits or Vietnamese words, folded: "10" or "muoi" -> 10."""
    return _count(text)


def _count(text: str) -> int:
    words = " ".join(text.split())
    return int(words) if words.isdigit() else _COUNT_WORDS[words]


def _months_of_year(count: int, first: bool, year: int, inferred: bool) -> Span:
    """ "6 tháng đầu năm 2026", "Ba tháng cuối năm 2027": the first or last N months."""
    if not 1 <= count <= 12:
        raise Unreadable(f"năm không có {count} tháng")
    if first:
        span = (date(year, 1, 1), month_end(year, count))
    else:
        span = (date(year, 13 - count, 1), date(year, 12, 31))
    words = f"{count} tháng {'đầu' if first else 'cuối'} năm {year}"
    return Span(*span, words, inferred)


def _written_year(text: str) -> int:
    return resolve_year(text, None)[0]


def _years(start: int, end: int) -> Span:
    if end < start:
        raise Unreadable(f"năm kết thúc {end} trước năm bắt đầu {start}")
    return Span(date(start, 1, 1), date(end, 12, 31), f"giai đoạn {start}–{end}")


# --- the label: the step named by the words before the time -----------------------

# Words that only say "this is the deadline": dropped from the end of a label
# ("Tham mưu UBND tỉnh, hoàn thành trước ngày ..." -> "Tham mưu UBND tỉnh").
_FILLER_TAILS = frozenset(
    {
        ("hoan", "thanh"),
        ("xong",),
        ("cham", "nhat"),
        ("cham", "nhat", "la"),
        ("thoi", "han"),
        ("thoi", "han", "la"),
        ("han", "chot"),
        ("han", "chot", "la"),
        ("du", "kien"),
        ("ket", "thuc"),
        ("bat", "dau"),
        ("muon", "nhat"),
        ("cham", "nhat", "den"),
        ("la",),
        ("se",),
        ("duoc",),
    }
)
# Words that are filler only when nothing else is left ("Thời gian thực hiện: ...");
# at the end of a real label they belong to it ("Tổ chức thực hiện", "Gia hạn").
# "công chức, viên chức được nghỉ bù vào ngày tiếp theo, là ngày 03/9/2018 (thứ Hai)" (UBND
# tỉnh Kiên Giang, TB 323/2018): the next day, said to be the day written right after it
_NEXT_DAY_IS = re.compile(r"\bngay\s+tiep\s+theo\s*,\s*(?:tuc\s+)?la\s*\Z", re.ASCII)
_FILLER_WORDS = frozenset({"han", "la", "thoi", "gian", "thuc", "hien", "tien", "do", "phai"})
# A label ending in one of these changes what the date means: refuse rather than misread.
_MISLEADING = {
    "sau": "“sau …” chỉ mốc bắt đầu, không phải hạn cuối",
    "tu": "“từ …” thiếu mốc kết thúc (“đến …”)",
    "dau": "“đầu …” không chỉ một ngày cụ thể; ghi rõ ngày, tháng hoặc quý",
    "giua": "“giữa …” không chỉ một ngày cụ thể; ghi rõ ngày, tháng hoặc quý",
    "khoang": "“khoảng …” là ước lượng, không phải thời hạn",
    "den": "“đến …” chưa rõ có tính cả kỳ đó không; ghi “đến hết …” hoặc “trước …”",
    # a connective cut in two ("kể | từ …") would leave "kể" as the step: never a label
    "ke": "“kể …” là một phần của từ nối (“kể từ …”), không phải tên bước",
}
_MISLEADING_WORDS = frozenset({"sau", "từ", "đầu", "giữa", "khoảng", "đến", "kể"})
# Another date or a document number before the date: "Quyết định số 42/2014 ngày ..."
_NUMBER_IN_LABEL = re.compile(r"\d\s*[/.-]\s*\d|\bso\s*\d", re.ASCII)
_CHUNK = re.compile(r"\S+")
_NOT_WORD = re.compile(r"\W")
_TRIM = " ,:;.–—-•+"


class Label(NamedTuple):
    text: str | None  # the step, original spelling; None when only filler stood there
    filler: bool  # generic words ("hoàn thành", "chậm nhất") introduced the date


def _filler_tail_start(words: list[str]) -> int:
    """Index where the trailing filler words (and bare punctuation) begin."""
    end = len(words)
    while end:
        if not words[end - 1]:
            end -= 1
            continue
        tails = (n for n in (3, 2, 1) if n <= end and tuple(words[end - n : end]) in _FILLER_TAILS)
        size = next(tails, 0)
        if not size:
            break
        end -= size
    return end


def _spared_here(source: Source, end: int, spared: str) -> str:
    """`spared` with the words the phrase itself shows to be no time of this deadline: a
    "hoặc" between two things (`joins_things`), "ngày tiếp theo, là ngày …"."""
    patterns = [spared] if spared else []
    alternatives = list(ALTERNATIVE.finditer(source.prepared, 0, end))
    if alternatives and all(joins_things(source.prepared, word) for word in alternatives):
        patterns.append(r"\b(?:hoặc|hay)\b")
    if _NEXT_DAY_IS.search(source.prepared[:end]):  # "nghỉ bù vào ngày tiếp theo, là ngày …"
        patterns.append(r"\bngày\s+tiếp\s+theo\b")
    return "|".join(patterns)


def read_label(source: Source, end: int, spared: str = "") -> Label:
    """The step named by prepared[:end], the words before the date part; `spared` words
    are not taken for words of time (see `_no_time_word`)."""
    prepared = source.prepared[:end]
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(prepared)]
    words = [_NOT_WORD.sub("", prepared[start:end]) for start, end in chunks]
    kept = _filler_tail_start(words)
    filler = any(words[kept:])
    said = [source.original(*chunk).lower().strip(_TRIM) for chunk in chunks[:kept]]
    whole = [source.original(*chunk).lower().strip(_TRIM) for chunk in chunks]
    _no_turned_meaning(said, words[:kept], source.prepared[end:], whole)
    if all(not word or word in _FILLER_WORDS for word in words[:kept]):
        _no_number_left(prepared)
        return Label(None, filler)
    last = source.original(*chunks[kept - 1]).lower().strip(_TRIM)
    # "05 năm kỳ đầu" (the first term), "kê khai … lần đầu hoàn thành trước ngày 31.3" (the
    # first time: an ordinal count of times, as "lần thứ nhất"), never the start of a period
    term = words[kept - 1] == "dau" and kept > 1 and words[kept - 2] in ("ky", "lan")
    if (
        words[kept - 1] in _MISLEADING
        and not term
        and (last.isascii() or last in _MISLEADING_WORDS)
    ):
        raise Unreadable(_MISLEADING[words[kept - 1]])  # "đầu", not "phấn đấu"
    if _NUMBER_IN_LABEL.search(_NAMED_NUMBER.sub(" ", prepared[: chunks[kept - 1][1]])):
        raise Unreadable("phần trước ngày tháng có số hiệu văn bản hoặc một ngày khác")
    _no_number_left(prepared)
    if bound := _BOUND_PERIOD.search(prepared[: chunks[kept - 1][1]]):
        bounded = " ".join(source.original(*bound.span()).split())
        raise Unreadable(  # "Đến hết năm 2015, hoàn thành trước ngày 30/6/2015": two deadlines
            f"“{bounded}” trước thời hạn là một thời hạn nữa: mỗi mốc chỉ ghi một thời hạn; tách "
            "thành hai mốc, hoặc ghi last_day theo hạn cơ quan chọn"
        )
    text = source.original(chunks[0][0], chunks[kept - 1][1]).strip(_TRIM)
    spared = _spared_here(source, end, spared)
    _no_time_word(_without_frame(source.original(chunks[0][0], chunks[kept - 1][1])), spared)
    if _SUSPENDED.search(text) and _UNTIL_NEXT.match(source.prepared, end):
        raise Unreadable(  # "tạm dừng đến ngày 30/6": the day it resumes, not a deadline
            f"“{text} đến …”: việc tạm dừng, hoãn đến ngày đó, ngày đó không phải hạn hoàn "
            "thành; ghi last_day theo hạn hiện hành"
        )
    if last in ("tới", "toi") and _PART_OF_PERIOD_NEXT.match(source.prepared, end):
        raise Unreadable(_MISLEADING["den"].replace("đến", "tới"))  # as "đến giữa năm"
    if last in ("tới", "toi") and _BARE_PERIOD_NEXT.match(source.prepared, end):
        raise Unreadable(  # as "đến tháng 3": up to March, or through it? ("tới cuối năm" is)
            "“tới …” chưa rõ có tính cả kỳ đó không; ghi “đến hết …” hoặc “trước …”"
        )
    if _DIGIT_NEXT.match(source.prepared, end) and (
        last in _NUMBERING
        or words[kept - 1] in _NUMBERING
        or (kept > 1 and words[kept - 1] == "thu" and words[kept - 2] in _ORDINAL_HEADS)
    ):
        raise Unreadable(  # "kỳ họp thứ | 10 (tháng 12/2027)": the 10th session, not the 10th
            f"số sau “{text}” là số thứ tự của nó, không phải một ngày; không đoán, hãy ghi "
            "last_day (và first_day) theo văn bản"
        )
    if last == "lần":  # "kê khai lần | đầu tháng 3": the first time in March, or early March?
        raise Unreadable(
            "“lần …” đứng ngay trước thời hạn: không rõ “lần đầu” (lần thứ nhất) hay một kỳ "
            "(“đầu tháng …”); ghi last_day (và first_day) theo văn bản"
        )
    dated = _DATED_DAY.match(source.prepared, end) is not None
    _no_day_inside(re.sub(_ALL_WEEK, " ", text, flags=re.IGNORECASE), dated)
    tens = kept > 1 and words[kept - 2] in _TENS and last in _UNITS_AFTER_TENS
    weekday = kept > 1 and words[kept - 2] == "thu"  # "thứ Hai, ngày 15/3": a weekday
    # a count before its unit, even before a dated day: "vào ba ngày 03 tháng 7" is three days
    if _UNIT_NEXT.match(source.prepared, end) and (last in _SPELLED_COUNTS or tens) and not weekday:
        raise Unreadable(  # "mười lăm | ngày trong tháng 3": the count's unit is the rule's
            f"“{text}” đếm một số ngày, tuần trong kỳ, không phải cả kỳ; không đoán, hãy ghi "
            "last_day (và first_day) theo văn bản"
        )
    some_days = (
        kept > 1 and words[kept - 2] in ("nhung", "cac") and words[kept - 1] in ("ngay", "tuan")
    )
    if some_days and _PART_NEXT.match(source.prepared, end):
        raise Unreadable(  # "những ngày | đầu năm 2020": the first days, not the first quarter
            f"“{text} …” nêu những ngày, tuần trong phần đầu, giữa hay cuối kỳ, không phải cả "
            "phần đó; không đoán, hãy ghi last_day (và first_day) theo văn bản"
        )
    if "(" in text and ")" not in text:  # "Thi THPT (dự kiến diễn ra": the time part was inside
        text = text.replace("(", " ")
    return Label(" ".join(text.split()), filler)


# Words that make a step after a cadence a time of its own ("Hằng năm vào dịp Tết" is not
# due on 31/12): checked with their diacritics, and folded for text typed without them.
_NOT_IN_STEP = frozenset(
    {"trước", "sau", "đến", "từ", "tới", "vào", "trong", "dịp", "tết", "khi", "lúc", "nếu"}
    | {"trừ", "hoặc", "hay", "ngày", "tuần", "tháng", "quý", "năm", "hằng", "hàng", "mỗi"}
    | {"sớm", "muộn", "trễ", "chậm", "hạn", "giờ", "kỳ", "đợt", "lần", "đầu", "cuối", "giữa"}
    | {"âm", "lịch", "theo", "định"}
)


def read_step(source: Source, start: int, end: int) -> str:
    """The words naming the step after a cadence, as printed; refuse a word of time there
    ("đầu tư", invest, is no "đầu")."""
    text = " ".join(source.original(start, end).split()).strip(_TRIM)
    if word := _word_of_time_after(text):
        raise Unreadable(
            f"từ “{word}” sau kỳ hạn có thể nêu một thời hạn khác; không đoán, "
            "hãy ghi last_day (và first_day) theo văn bản"
        )
    _no_day_inside(text, before_a_day=False)  # "…, thứ Hai", "…, dời lại", "…, trở đi"
    refuse_called_off(text)
    refuse_another_time(text)
    if bound := _BOUND_AFTER.search(fold(text)):  # "…, ít nhất", "…, tối đa": of what?
        raise Unreadable(
            f"“{text[bound.start() : bound.end()]}” sau thời hạn: một giới hạn chưa rõ của "
            "thời hạn; không đoán, hãy ghi last_day (và first_day) theo văn bản"
        )
    return text


def refuse_another_time(step: str) -> None:
    """Refuse a step after its day that names another time: "Ngày 18/3 Hiệp thương lần 2,
    năm tới" (next year's 18/3), "Ngày 18/3/2016 đến nay" (from then until now), "… cho đến
    khi hoàn thành" (until done: no end)."""
    if found := _ANOTHER_TIME.search(step):
        raise Unreadable(
            f"“{found.group()}” sau ngày tháng nêu một thời điểm hay điều kiện khác (năm tới, "
            "đến nay, cho đến khi, khi có yêu cầu …): ngày đó không còn chắc là hạn; ghi "
            "last_day (và first_day) theo văn bản"
        )


_ANOTHER_TIME = re.compile(
    r"(?i)\b(?:năm|tháng|quý|tuần)\s+(?:tới|sau|trước|ngoái|kế\s+tiếp|tiếp\s+theo)\b"
    r"|\b(?:đến|tới)\s+(?:nay|lúc)\b|\bcho\s+(?:đến|tới)\b|\bkhi\b"  # "khi có yêu cầu"
)
# a bound after a step ("…, ít nhất", "tối đa 3 ngày"), or a cadence ("định kỳ")
_BOUND_AFTER = re.compile(r"\b(?:it\s+nhat|toi\s+(?:da|thieu)|dinh\s+ky)\b", re.ASCII)


# words holding a syllable of time that name no time: "đầu tư" (invest) is no "đầu", "kèm
# theo" (attached) no "theo", "quy định" (a rule), "xác định" (determine) no "định" (of
# "định kỳ"), "bắt đầu" (begin), "lần đầu" (the first time: a count of times, no period),
# "hạn chót" (the deadline: the day just read), "năm học 2025-2026" (a school year named)
_COMPOUNDS = re.compile(
    r"\b(?:đầu tư|kèm theo|quy định|xác định|quyết định|bắt đầu|lần đầu|hạn chót)\b"
    # "tái định cư" (resettle), "ổn định" (settle), "thẩm định" (appraise) are no "định";
    # "du lịch" (tourism: "tại Khu du lịch quốc gia Mộc Châu"), "lịch sử" (history) no
    # "lịch" (of "âm lịch")
    r"|\b(?:tái định cư|ổn định|thẩm định|nhất định|cố định|du lịch|lịch sử)\b"
    r"|\bnăm học(?=\s*\d{4})"  # "năm học này", "năm học sau" stay times
)


def _word_of_time_after(text: str) -> str | None:
    """The first word after a time part that may name another time (`_NOT_IN_STEP`), or
    None (`_COMPOUNDS` are words of their own; the names of `_NAMES_WITH_TIME_WORDS`,
    "Tháng hành động vì trẻ em", move no day)."""
    named = _NAMES_WITH_TIME_WORDS.sub(" ", without_references(text))
    cased = re.findall(r"\w+", _COMPOUNDS.sub(_joined, named))
    words = [word.lower() for word in cased]
    for index, (word, following) in enumerate(zip(words, [*words[1:], ""], strict=False)):
        if word == "năm" and following.isdigit():
            continue  # a year named: the caller checks it is the reading's
        if _in_place_name(cased, index):
            continue  # "Quảng Nam sẽ trình", "Bến Tre sẽ cố gắng": a name, no "năm", "trễ"
        if (
            word in _NOT_IN_STEP
            or word in _TIME_WORDS_FOLDED
            or _bare_time_word(word, following, lower=cased[index].islower())
        ):
            return str(word)
    return None


def _joined(word: re.Match[str]) -> str:
    return word.group().replace(" ", "_")


# Syllables of place names that, typed bare, also fold to a word of time: "Quảng Nam", "Hà
# Nam", "Tây Nam bộ" (south, no "năm"), "Bến Tre" (no "trễ")
_NAME_SYLLABLES = frozenset({"nam", "tre"})


def _in_place_name(cased: list[str], index: int) -> bool:
    """Whether cased[index] is a capitalised bare syllable of a place name (`_NAME_SYLLABLES`)
    right after another capitalised word written with its diacritics ("Quảng Nam", "Bến
    Tre"): in text typed with diacritics, "năm" and "trễ" are written so, and a capital
    after a capitalised word is a name. Typed all bare ("Som nhat", "Nam 2027") it is none."""
    word = cased[index]
    if index == 0 or not word.istitle() or word.lower() not in _NAME_SYLLABLES:
        return False
    before = cased[index - 1]
    return before.istitle() and not before.isascii()


def read_trailing(text: str, after_a_day: bool, explained: tuple[tuple[int, int], ...] = ()) -> str:
    """The words after a deadline's time part ("trước ngày 15/11/2021 để tổng hợp, gửi Ban
    Tuyên giáo Tỉnh ủy …"), as printed: the mirror of `read_label`, with the same checks.
    They hold no number the reading does not explain (`_no_number_left`: a thing counted,
    "3 công trình", "lớp 12"; a year, which the caller checks against the reading; an
    e-mail or web address and a percentage, `_NOT_A_TIME`, are no number of time), no word
    of time (`_no_time_word`, and the words a step after a day may not hold,
    `_word_of_time_after`: "đến", "từ", "hoặc", "lần", "năm sau" …), no day inside or
    another calendar, no start ("trở đi", "trở lên"), no moved or estimated day ("lùi",
    "gia hạn", "dự kiến"); `_MOVES_NO_DAY_AFTER` names the few phrases that hold such a
    word and move no day ("Kỳ thi …", "trong Công viên …"), and, only `after_a_day` (a
    day written) and in a clause of purpose ("để …", "nhằm …": the step of whoever the work
    is for), its manner: "để tổng hợp báo cáo Thủ tướng Chính phủ theo quy định", "… đúng
    thời hạn quy định". Elsewhere they stay refused, as they give a time of their own:
    "đến ngày 7/8, thí sinh phải nộp bản chính theo quy định"; "tốt nghiệp THPT năm 2022, …
    theo hướng dẫn của Bộ" leaves the day to the guidance. A footnote mark ("(*)") is
    refused: its note may change the day. Raises `Unreadable` saying which word could move
    the day. `explained`: spans of `text` the caller has read (a count of days that is the
    window's length); they are kept in the words returned, as every number is."""
    shown = " ".join(text.split()).strip(" ,;:.…")
    folded = fold(text)
    spans = [*explained, *(token.span() for token in _NOT_A_TIME.finditer(folded))]
    for start, end in spans:  # fold keeps the length: one character for one
        text = text[:start] + " " * (end - start) + text[end:]
        folded = folded[:start] + " " * (end - start) + folded[end:]
    _no_number_left(prepare(folded))
    said = " ".join(text.split()).strip(_TRIM + "…()“”\"'")
    if said and (not any(char.isalpha() for char in said) or "*" in said):
        raise Unreadable(f"“{said}” là dấu chú thích: lời chú thích có thể đổi thời hạn")
    if not any(char.isalnum() for char in shown):
        return ""  # punctuation only: "…", a closing quote
    words = _NAMES_AFTER.sub(" ", said)
    purpose = _PURPOSE.search(words)
    if after_a_day and purpose:  # the manner of the step the deliverable is for
        words = words[: purpose.end()] + _MANNER_AFTER_A_DAY.sub(" ", words[purpose.end() :])
    try:
        _no_time_word(words)
    except Unreadable as error:  # the label's check, said of the words after the time
        raise Unreadable(error.why.replace("đứng trước thời hạn", "đứng sau thời hạn")) from None
    if word := _word_of_time_after(words):
        raise Unreadable(
            f"từ “{word}” sau thời hạn có thể nêu một thời hạn khác; không đoán, "
            "hãy ghi last_day (và first_day) theo văn bản"
        )
    _no_day_inside(words, before_a_day=False)
    refuse_unanchored(words)
    moved = _MOVED_OR_ESTIMATED.search(fold(words)) or _POSTPONED.search(words)
    if moved:
        said_moved = words[moved.start() : moved.end()]
        raise Unreadable(
            f"“{said_moved}” sau thời hạn: thời hạn đã đổi hoặc chỉ là dự kiến; ghi thời "
            "hạn hiện hành (last_day), thời hạn cũ vào history"
        )
    refuse_called_off(words)  # "…, bị hủy", "…, tạm dừng"
    return shown


def refuse_unanchored(words: str) -> None:
    """Refuse words after a time part that leave it without an end: "năm 2025 và các giai
    đoạn kế tiếp", "… và thường xuyên", "… và sau đó" (`_OPEN_END`); or that name the
    period by where it stands: "trước ngày 15/11, năm học này" (in a plan of January 2022,
    15/11/2021, not the plan's year)."""
    refuse_another_time(words)  # "…, năm tới", "… đến nay", "…, khi có yêu cầu"
    folded = fold(words)
    if open_end := _OPEN_END.search(folded):
        raise Unreadable(
            f"“{words[open_end.start() : open_end.end()]}” sau thời hạn: không có ngày kết thúc "
            "(“… và các giai đoạn tiếp theo”); nếu cơ quan chọn một hạn, ghi last_day"
        )
    if this := _SCHOOL_YEAR_BY_PLACE.search(folded):
        raise Unreadable(
            f"“{words[this.start() : this.end()]}” sau thời hạn: năm học nào (năm của ngày) "
            "văn bản không ghi; ghi rõ năm, hoặc ghi last_day"
        )


_SCHOOL_YEAR_BY_PLACE = re.compile(
    r"\bnam\s+hoc\s+(?:nay|sau|toi|truoc|moi|tiep|hien\s+tai)\b", re.ASCII
)


# Tokens after a time part that cannot be a time: an e-mail address, a web address, a
# percentage with what qualifies it ("tăng trưởng 8% trở lên": the target's "or more")
_NOT_A_TIME = re.compile(
    r"[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|\b(?:https?://|www\.)\S+"
    r"|(?<![\d/.,-])\d{1,3}(?:[.,]\d{1,2})?\s*%(?:\s*tro\s+(?:len|xuong))?",
    re.ASCII,
)
# Phrases after a time part that hold a word of time and move no day: "Kỳ thi tốt nghiệp
# THPT" (the exam, an event named), "trong Công viên Tuổi trẻ" ("trong" before a name is a
# place; the words after it are checked as they stand)
_NAMES_AFTER = re.compile(r"(?i)\bkỳ\s+thi\b|\btrong(?=\s+[A-ZĐÂĂÊÔƠƯ])")
# a clause of purpose: "để tổng hợp, gửi …", "nhằm …"
_PURPOSE = re.compile(r"(?i)\b(?:để|nhằm)\s")
# ... and after a day written, in a clause of purpose: "theo quy định", "theo yêu cầu của Bộ …" (as required by),
# "đúng thời hạn quy định", "đúng tiến độ" (on time, on schedule): how the step is done
_MANNER_AFTER_A_DAY = re.compile(
    r"(?i)\btheo\s+(?:quy\s+định|yêu\s+cầu|đề\s+nghị|hướng\s+dẫn|chỉ\s+đạo)\b"
    r"|\bđúng\s+(?:thời\s+hạn|tiến\s+độ)\b"
)
# after a time part: the day moved or only foreseen ("dự kiến lùi", "gia hạn", "hoãn")
_POSTPONED = re.compile(r"(?i)\bhoãn\b")
# after a time part: no end ("năm 2025 và các giai đoạn kế tiếp", "… và thường xuyên")
_OPEN_END = re.compile(
    r"\b(?:tiep\s+theo|ke\s+tiep|tiep\s+sau|thuong\s+xuyen|lau\s+dai|lien\s+tuc|sap\s+toi"
    r"|sau\s+do)\b",
    re.ASCII,
)
_MOVED_OR_ESTIMATED = re.compile(  # on the folded words: "hoàn thành" (folded "hoan") is none
    r"\b(?:du\s+kien|lui|gia\s+han|hoan\s+lai|doi\s+(?:lai|sang|den)|dieu\s+chinh)\b",
    re.ASCII,
)


def subject_year(words: str, year: int) -> bool:
    """Whether "năm `year`" in the label `words` (folded) names what the step works on
    rather than when: "gửi báo cáo kết quả thống kê đất đai năm 2016 của địa phương về Bộ
    trước ngày 28/4/2017" (Bộ TN&MT), "phê duyệt kết quả kiểm kê đất đai năm 2019 trước
    ngày 5/8/2020": the year follows a noun (no word of time or of doing before it: "trong
    năm 2016", "hoàn thành năm 2016" are times), and nothing after it up to the time part
    joins another clause ("," ";" ":" "và" "hoặc"). The caller allows such a year only
    when it is earlier than the deadline's own written year: a report on a year is due
    after it; a later one, or a deadline whose year came from the plan, stays refused."""
    for named in re.finditer(rf"(?P<before>[a-z]+)\s+nam\s+{year}\b(?P<after>.*)\Z", words):
        held = words[: named.end("before")]
        if _EVENT_HELD.search(held) and not _REPORTED.search(held):
            continue  # "Giờ Trái đất năm 2027 (… ngày 27/3/2028)": held that year, not after
        joined = _JOINED.search(named["after"])
        if named["before"] not in _NOT_A_SUBJECT and joined is None:
            return True
    return False


def period_after_a_noun(part: str) -> bool:
    """Whether the part `part` (folded) names its period right after a noun, with no word
    of time or of doing between ("báo cáo tổng kết năm 2026", "sơ kết quý I/2027"): the
    period may be what the step works on, as `subject_year` says of a year."""
    named = _PERIOD_AFTER_WORDS.match(part)
    return named is not None and named["before"] not in _NOT_A_SUBJECT


# the words of a part, then its period: a year, a quarter, a month, a span, N months
_PERIOD_AFTER_WORDS = re.compile(
    r"\s*(?:[a-z]+\s+)*?(?P<before>[a-z]+)\s+"
    r"(?:nam\s+\d{4}|quy\s+[ivx\d]+|thang\s+\d{1,2}|giai\s+doan|nhiem\s+ky"
    r"|\d{1,2}\s+thang\s+(?:dau|cuoi)|\d{4}\s*-)",
    re.ASCII,
)


# An event held in the year it names ("Giờ Trái đất năm 2027", "Tuần lễ Biển năm 2027", "Lễ
# hội Hoa Ban năm 2027", "Hội thi …", "kỳ thi …"): its year is when it takes place, so a day
# of a later year beside it is a typo in one of the two ("Giờ Trái đất năm 2027 (từ 20h30
# đến 21h30 ngày 27/3/2028)"); a report, a review or an account of it is made after it
_EVENT_HELD = re.compile(
    r"\b(?:gio\s+trai\s+dat|tuan\s+le|le\s+hoi|ngay\s+hoi|hoi\s+(?:thi|dien|cho|trai|bao)"
    r"|lien\s+hoan|festival|ky\s+thi|giai\s+(?:bong|viet|chay|dua|the\s+thao|vo\s+dich))\b",
    re.ASCII,
)
_REPORTED = re.compile(
    r"\b(?:tong\s+ket|so\s+ket|bao\s+cao|quyet\s+toan|kiem\s+ke|thong\s+ke|danh\s+gia"
    r"|tong\s+hop|ket\s+qua|khen\s+thuong|rut\s+kinh\s+nghiem)\b",
    re.ASCII,
)
# a clause joined after the year: its year may be a time of its own
_JOINED = re.compile(r"[,;:]|\b(?:va|hoac|hay)\b", re.ASCII)
# words after which "năm 2016" is a time, not a subject: prepositions of time, verbs of
# doing ("hoàn thành", "thực hiện", "triển khai", "tổ chức", "diễn ra", "bắt đầu", …)
_NOT_A_SUBJECT = frozenset(
    {"trong", "vao", "tu", "den", "toi", "dau", "giua", "cuoi", "het", "truoc", "sau", "qua"}
    | {"nay", "ky", "dot", "thanh", "xong", "hien", "khai", "chuc", "ra", "dung", "thuc"}
    | {"kien", "nhat", "han", "la", "se", "duoc", "tiep", "theo", "nhung", "cac", "moi"}
)


# A step after its day that calls the day off: "…, hoãn" (postponed), "bị hủy" (cancelled),
# "tạm dừng" (suspended). Before a day these name the work ("Hủy bỏ … trước ngày 15/3" is a
# deadline to cancel something); after it they say the day no longer holds.
_CALLED_OFF = re.compile(
    r"(?:\b(?:hoãn|hoãn\s+lại|tạm\s+hoãn|hủy|huỷ|hủy\s+bỏ|huỷ\s+bỏ|bị\s+hủy|bị\s+huỷ|tạm\s+dừng"
    r"|tạm\s+ngừng|dừng|ngừng|đình\s+chỉ|bãi\s+bỏ|thôi|không\s+tổ\s+chức)|\b(?:hoan|huy|dung|ngung))"
    r"[\s.,;:!)]*$",
    re.IGNORECASE,
)


_CONTENT_LAST = re.compile(r"(?i)\bnội\s+dung[\s.,;:!)]*$")


def refuse_called_off(step: str) -> None:
    """Refuse a step, written after its day, that ends saying the day is called off (see
    `_CALLED_OFF`); bare "hoan", "huy" typed without diacritics are taken for them ("nội
    dung", content, written with its diacritics, is no "dừng")."""
    if found := _CALLED_OFF.search(step):
        said = found.group().strip(" .,;:!)")
        if _CONTENT_LAST.search(step):
            return  # "Quảng Nam sẽ trình các nội dung": content, no "dừng"
        raise Unreadable(
            f"“{said}” sau ngày tháng nói thời hạn đã hoãn, hủy hoặc dừng: không còn là hạn; "
            "ghi thời hạn hiện hành (last_day), thời hạn cũ vào history"
        )


def label_years(words: str) -> list[int]:
    """Years naming the step ("Thi tốt nghiệp THPT năm 2025"): the caller checks that the
    reading falls in them."""
    words = without_references(words)  # "Quyết định 178/2004/QĐ-TTg": the decision's year
    return [int(year) for year in _LABEL_YEAR.findall(_NAMED_NUMBER.sub(" ", words))]


_LABEL_YEAR = re.compile(r"(?<![\d/.-])(?:nam\s+)?(\d{4})\b(?!\s*[/.-]\s*\d)", re.ASCII)


def read_named_numbers(words: str) -> None:
    """Refuse a number in `words` that names nothing (see `_no_number_left`)."""
    _no_number_left(words)


def _no_number_left(words: str) -> None:
    """The invariant: a label holds words, never a number the reading did not explain.
    A number that names a thing ("lớp 9", "lần thứ 2", "Điều 57", "năm học 2025-2026")
    is explained by its noun, a document's number and signing date by the citation
    (`without_references`); a year naming the step is checked by the caller."""
    words = without_references(words)
    for number in _ANY_NUMBER.finditer(_LABEL_YEAR.sub(" ", _NAMED_NUMBER.sub(" ", words))):
        raise Unreadable(
            f"số “{number.group()}” đứng trước thời hạn mà không được đọc: "
            "có thể là một ngày, một kỳ hạn khác hoặc một điều kiện"
        )


def _no_damaged_word(words: str) -> None:
    """Text copied from a PDF loses vowels and splits syllables: "hoàn thành sm nht ngày
    10/4" is "sớm nhất" (a start), "hoàn thành sa u ngày 10/4" is "sau" (after), "k trước
    ngày" is "không trước" (not before). Such a fragment beside the time part may be a word
    of time the checks cannot see; refused, as the word itself would be. Fragments:
    a lower-case word with no vowel (`_DAMAGED` repairs the few that are sure), "ko"/"hok"
    (không), and two words that join into a word of time as printed ("sa u", "chư a")."""
    tokens = [token.strip(_TRIM + "()“”\"'") for token in words.split()]
    for token, following in zip(tokens, [*tokens[1:], ""], strict=False):
        if not token.isalpha():
            continue
        joined = (token + following).lower() if following.isalpha() else ""
        bare = token.isascii() and token.islower() and not set(token) & set("aeiouy")
        if (
            (bare and token not in _DAMAGED)
            or token.lower() in _NOT_SAID
            or (joined in _SPLIT_TIME_WORDS)
        ):
            shown = f"{token} {following}" if joined in _SPLIT_TIME_WORDS else token
            raise Unreadable(
                f"chữ “{shown}” bị hỏng (mất nguyên âm hay bị tách khi chép từ PDF) hoặc viết "
                "tắt: có thể là một từ chỉ thời gian (“sớm”, “sau”, “không”…); không đoán, "
                "hãy ghi last_day (và first_day) theo văn bản"
            )


# "không" written short; words of time that a split syllable spells as printed
_NOT_SAID = frozenset({"ko", "khg", "hok", "hông"})
_SPLIT_TIME_WORDS = frozenset(
    {"sau", "sớm", "chưa", "không", "trước", "muộn", "trễ", "chậm", "hoặc", "khoảng", "nhất"}
    | {"từ", "đến", "tới", "trở", "hoãn", "lùi", "dời", "hạn", "hằng", "hàng"}
)


def _no_time_word(label: str, spared: str = "") -> None:
    """Words of time in a label would change the deadline: "sớm nhất", "hoặc", "hằng".
    `spared`: a pattern of words the caller has read as no time of this deadline."""
    label = without_references(label)  # "Quyết định 178/2004/QĐ-TTg": a citation
    _no_damaged_word(label)
    label = _NAMES_WITH_TIME_WORDS.sub(" ", label)  # names, not times
    label = _named_week_or_hour(label)  # "Tuần lễ Biển và Hải đảo", "Giờ Trái đất"
    label = NAMED_LUNAR_YEAR.sub(" ", label)  # "năm Bính Ngọ 2026": checked by the engine
    for how in _HOW.finditer(fold(label)):  # "theo phương thức trực tuyến": how, not when
        label = label[: how.start()] + " " * (how.end() - how.start()) + label[how.end() :]
    if spared:
        label = re.sub(spared, " ", label, flags=re.IGNORECASE)
    folded = " ".join(re.findall(r"\w+", fold(label)))
    cased = re.findall(r"\w+", label)
    if phrase := _TIME_PHRASES.search(folded):
        at = folded[: phrase.start()].count(" ")  # the words as printed, not folded
        raise Unreadable(_changes_meaning(" ".join(cased[at : at + phrase.group().count(" ") + 1])))
    words = [word.lower() for word in cased]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if 0 < index < len(words) - 1 and all(w.istitle() for w in cased[index - 1 : index + 2]):
            continue  # inside a name: "Lê Quý Đôn"
        counted = index > 0 and words[index - 1].isdigit()  # "03 năm": a count, checked apart
        if word == "năm" and following != "học" and not following.isdigit() and not counted:
            raise Unreadable(_changes_meaning(word))  # "báo cáo năm"
        if word == "mỗi" and following not in _TIME_UNITS:  # "ở mỗi đơn vị", not "mỗi tháng"
            continue
        if _in_place_name(cased, index):
            continue  # "Hà Nam", "Bến Tre": a name
        if word.isascii() and _bare_time_word(word, following, cased[index].islower(), counted):
            raise Unreadable(_changes_meaning(word))  # typed bare: "som nhat la ngay 18/9"
        # a word written with its diacritics is a word of time only as spelled: "thắng lợi"
        # (win), "thẳng", "Tuấn" fold to "thang", "tuan" and are none
        if word in _TIME_WORDS or (word.isascii() and word in _TIME_WORDS_FOLDED):
            raise Unreadable(_changes_meaning(word))
        if meant := misspelt_time_word(word):  # "sóm nhất ngày 15/3": at the earliest
            raise Unreadable(
                f"“{cased[index]}” có thể là “{meant}” viết sai dấu, làm đổi nghĩa thời hạn; "
                "không đoán, hãy ghi last_day (và first_day) theo văn bản"
            )


# "Thời gian nhận hồ sơ là giờ hành chính các ngày trong tuần, kể cả thứ Bảy và Chủ nhật,
# bắt đầu từ 22.2 …" (Báo Quảng Nam, 2021): office hours on every day of the week, which
# moves no day of the window (a weekday anywhere else names a day inside it, and is refused)
_ALL_WEEK = (
    r"(?:\bgiờ\s+hành\s+chính\s+)?\b(?:tất\s+cả\s+)?các\s+ngày\s+trong\s+tuần"
    r"(?:\s*,?\s*kể\s+cả\s+(?:ngày\s+)?thứ\s+bảy(?:\s*(?:,|và)\s*(?:ngày\s+)?chủ\s+nhật)?)?"
    r"(?=\s*(?:,|$))"
)
# Names that hold a word of time but move no day: "khoảng thời gian", "tuần dự phòng";
# "Tháng hành động vì trẻ em" (the children's action month, each June: Báo An Giang 2019),
# with nothing between "Tháng" and "hành động" ("Tháng 6 hành động" stays a month); "Kỳ
# họp giữa năm", "kỳ họp thường lệ cuối năm" (an HĐND's sessions, Báo Hậu Giang 2024); the
# movement "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" (Chỉ thị
# 05-CT/TW), "… làm theo tấm gương …"; "sau đó" (then: the next step, "sau đó trình Chính
# phủ … vào quí 4-2023"), which names no time (a count after it is a number, refused)
_NAMES_WITH_TIME_WORDS = re.compile(
    r"(?i)khoảng thời gian|tuần dự phòng|\btháng\s+hành\s+động\b|\bsau\s+đó\b"
    # the other campaign months named so: "kế hoạch hành động tháng an toàn giao thông" (Ủy
    # ban An toàn giao thông quốc gia), "Tháng Thanh niên", "Tháng Công nhân"
    r"|\btháng\s+(?:an\s+toàn\s+giao\s+thông|thanh\s+niên|công\s+nhân)\b"
    r"|\bkỳ\s+họp\s+(?:thường\s+lệ\s+)?(?:giữa|cuối)\s+năm\b(?!\s*\d)"
    r"(?!\s+(?:tới|sau|trước|kế|tiếp|qua|ngoái)\b)"  # "Kỳ họp cuối năm tới": another year's
    r"|\bhọc\s+tập\s+và\s+làm\s+theo\s+(?:tư\s+tưởng|tấm\s+gương)\b"
    # "Tuần văn hóa - du lịch Đất Tổ" (UBND tỉnh Phú Thọ): a festival named a week
    r"|\btuần\s+văn\s+h(?:óa|oá)\b"
    # "tiếp công dân định kỳ" (Luật Tiếp công dân 2013, Điều 12, 13: the chairman's own
    # reception days, beside "đột xuất"): the kind of reception, not a cadence of the day
    # after it ("Bí thư Tỉnh ủy tiếp dân định kỳ vào ngày 15/8", "Lịch tiếp công dân định kỳ
    # 6 tháng đầu năm 2020"); its cadence, if any, is said with the day ("hàng tháng")
    r"|\btiếp\s+(?:công\s+)?dân\s+định\s+kỳ\b"
    rf"|{_ALL_WEEK}"
)
# An event named a week or an hour, written as a name, with a capital: "Tuần lễ Biển và Hải
# đảo Việt Nam (từ ngày 01 – 08/6)" (UBND tỉnh Bình Định, 2022), "hưởng ứng Giờ Trái đất năm
# 2020 (từ 20h30 đến 21h30 ngày 28/3/2020)" (Quảng Nam), and the short name "Tuần lễ" inside a
# sentence ("thời gian tổ chức Tuần lễ sẽ được tổ chức từ ngày 6 - 10/12": UBND tỉnh Hòa Bình,
# KH 175/2019). The name is the event, not a week of the calendar; lower case ("tuần lễ đầu
# tiên", "trong tuần"), a count or an ordinal after it ("Tuần 3", "Tuần thứ hai") stay words of
# time.
_NAMED_WEEK_OR_HOUR = re.compile(
    r"(?<!\w)(?P<head>Tuần(?:\s+lễ)?|Giờ)(?P<gap>\s+)(?P<next>\w+)?", re.UNICODE
)
_NOT_A_NAME_AFTER = frozenset({"thứ", "đầu", "cuối", "giữa", "này", "sau", "tới", "trước", "qua"})


def _named_week_or_hour(label: str) -> str:
    """`label` with the names of `_NAMED_WEEK_OR_HOUR` blanked."""

    def blank(match: re.Match[str]) -> str:
        following = match["next"] or ""
        capital = following[:1].isupper() and not following.isdigit()
        inside = match.start() > 0 and match["head"].startswith("Tuần") and " " in match["head"]
        plain = following.lower() not in _NOT_A_NAME_AFTER and not following[:1].isdigit()
        if plain and (capital or inside):
            return " " * len(match["head"]) + match["gap"] + following
        return match.group()

    return _NAMED_WEEK_OR_HOUR.sub(blank, label)


# "Theo kế hoạch, từ ngày 31-5 đến 1-6, …", "Theo kế hoạch sẽ hoàn thành đại hội … trong quý
# I/2023" (press on congress schedules), "hoàn thành bàn giao … theo đúng cam kết, chậm nhất
# vào ngày 30/10/2021" (Chính phủ, 2021): as planned, as committed — a frame that names no
# other time: opening the phrase, or "theo đúng …" set apart by a comma. Elsewhere ("điều
# chỉnh nguyện vọng theo kế hoạch từ 22/7 …", "làm theo kế hoạch, giai đoạn …") it may name
# the plan's own schedule, and stays refused; a plan cited by its number or its date ("theo Kế hoạch số 12/KH-UBND ngày …") is a
# citation, checked as one; "theo quy định", "theo lịch" stay words of time.
_FRAME = re.compile(
    r"(?i)(?<!\w)theo\s+(?P<exactly>đúng\s+)?(?:kế\s+hoạch|cam\s+kết)(?!\w)(?P<comma>\s*,)?"
    r"(?!\s*(?:số|\d|đã|của|năm|ngày))"
)


def _without_frame(label: str) -> str:
    """`label` (as printed, its closing comma kept) with a frame of `_FRAME` blanked where it
    opens the label or ends at a comma: "Theo kế hoạch, …" names no other time."""
    for frame in _FRAME.finditer(label):
        if (frame["comma"] and frame["exactly"]) or not label[: frame.start()].strip(_TRIM):
            return (
                label[: frame.start()] + " " * (frame.end() - frame.start()) + label[frame.end() :]
            )
    return label


# "theo phương thức trực tuyến", "theo hình thức trực tiếp": the way a step is done, which
# moves no day; any other "theo" ("theo quy định", "theo kế hoạch" before the time) stays a
# word of time
_HOW = re.compile(r"(?<![a-z])theo\s+(?:phuong|hinh)\s+thuc\s+truc\s+(?:tuyen|tiep)(?![a-z])")


def _no_day_inside(label: str, before_a_day: bool) -> None:
    """A label that names a day inside the period, or another calendar, makes the period's
    days wrong: "ngày đầu tiên của tháng 3" is 01/03, not March; "mười lăm ngày đầu tháng
    3" is 1–15/3, not 1–10/3; "thứ Sáu hằng tuần" is due on Friday, not Sunday; "ngày 15/8
    âm lịch" is a lunar day; "ngày 15/3 trở đi" a start. Refused: the reading would give
    the whole period (or its last day), a silent wrong date. Before a dated day
    (`before_a_day`) such words name that day ("vào ngày điều tra đầu tiên (ngày 01/04/2019)"),
    and a weekday there is checked against it by the caller ("Chủ nhật, ngày 15/3/2026")."""
    said = label
    label = without_references(label)  # "Công văn số 969/TTg-KGVX ngày 17 tháng 7 …": cited
    folded = " ".join(re.findall(r"\w+", fold(label)))
    words = re.findall(r"\w+", label.lower())
    for before, first, second in zip(["", *words], words, words[1:], strict=False):
        tens = before in _TENS and first in _UNITS_AFTER_TENS  # "muoi lam ngay", typed bare
        # after a number, "năm" is its unit: "kỷ niệm 44 năm Ngày Giải phóng", no "năm ngày"
        spelled = first in _SPELLED_COUNTS and not before.isdigit()
        if (spelled or tens) and second in _COUNTED_UNITS:
            raise Unreadable(
                f"“{said}” đếm một số ngày, tuần trong kỳ, không phải cả kỳ; không đoán, "
                "hãy ghi last_day (và first_day) theo văn bản"
            )
    if _LUNAR_SAID.search(_HOLIDAY_NAME.sub(" ", folded)) or _lunar_year(
        NAMED_LUNAR_YEAR.sub(" ", label)
    ):
        raise Unreadable(
            f"“{said}”: ngày âm lịch chưa đọc được (không đổi sang dương lịch); "
            "ghi last_day theo ngày dương lịch"
        )
    if _LUNAR_DAY_WORD.search(label.lower()):  # "ngày rằm hằng tháng": the 15th, lunar
        raise Unreadable(
            f"“{said}”: “rằm”, “mùng” gọi ngày theo âm lịch (rằm là ngày 15 âm lịch): ngày âm "
            "lịch chưa đọc được (không đổi sang dương lịch); ghi last_day theo ngày dương lịch"
        )
    if _SUNDAY_SHORT.search(label):  # "ngày 15/3/2027 (CN)": a Monday
        raise Unreadable(
            f"“{said}”: “CN” (Chủ nhật) viết tắt là một thứ trong tuần không đối chiếu được "
            "với ngày; ghi “Chủ nhật” hoặc last_day theo văn bản"
        )
    if not before_a_day and (_DAY_INSIDE.search(folded) or _ENDS_ON_WEEKDAY.search(folded)):
        raise Unreadable(
            f"“{said}” nêu một ngày trong kỳ (thứ trong tuần, ngày đầu tiên, ngày làm việc…), "
            "không phải cả kỳ; không đoán, hãy ghi last_day theo văn bản"
        )
    if _START_WORDS.search(_RANK_UP.sub(" ", folded)):
        raise Unreadable(
            f"“{said}” chỉ mốc bắt đầu (trở đi, kể từ…), không phải hạn cuối; ghi last_day "
            "(và first_day) theo văn bản"
        )
    if (
        _MOVED.fullmatch(folded)
        or _MOVED_LAST.search(folded)
        or "cũ" in words
        or re.search(r"\(\s*cu\s*\)", label.lower())
    ):
        raise Unreadable(
            f"“{said}” nêu thời hạn đã đổi (cũ, gia hạn, lùi…): ghi thời hạn hiện hành, "
            "thời hạn cũ vào history"
        )


# The last word before the time part that makes it an estimate or a bound on either side of
# it, never the deadline itself: "độ 15/3" (about), "hơn 45 ngày trước …" (more than),
# "ngoài tháng 3" (outside), "qua tháng 3" (past); with diacritics, or typed bare (the bare
# "gan" may be "gắn", "tam" "tám": refused all the same, extra work and never a wrong day)
_TURNING_LAST = {
    "độ": "ước lượng", "tầm": "ước lượng", "chừng": "ước lượng", "gần": "ước lượng",
    "hơn": "so sánh", "trên": "so sánh", "dưới": "so sánh", "quá": "so sánh",
    "ngoài": "nằm ngoài", "qua": "nằm ngoài", "sát": "ước lượng",
}  # fmt: skip
# ... unless they end a word of their own: "tiến độ" (schedule), "mức độ", "sưu tầm",
# "thông qua" (adopt), "vừa qua", "sớm hơn" (read apart, see EARLIER_THEN_DAY)
_TURNING_COMPOUNDS = frozenset(
    {"tiến", "mức", "trình", "chế", "tốc", "nhiệt", "cấp", "thái", "giới", "biên", "sưu"}
    | {"thông", "vừa", "sớm", "muộn", "trễ", "chậm", "nhiều", "ít", "lâu", "cao", "thấp"}
    | {"tien", "muc", "trinh", "che", "toc", "nhiet", "thong", "vua", "som", "muon"}
    | {"giám", "khảo", "quan"}  # "giám sát" (supervise), "khảo sát" (survey), "quan sát"
)
# "Số liệu báo cáo tính đến ngày 15/12": the day the figures run to, not the day the
# report is due (Nghị định 09/2019/NĐ-CP, Điều 12: a report's data period ends before it
# is sent); "chưa tổ chức trước ngày 15/3", "cấm … trước ngày 15/3": not before that day, a
# start. (The other negations, "không", are words of time already.)
_BEFORE_NEXT = re.compile(r"\s*(?:den\s+)?truoc\b", re.ASCII)
_TO_NEXT = re.compile(r"\s*den\b", re.ASCII)
_NOT_BEFORE = frozenset({"chưa", "cấm", "chua"})
# a unit right before "trước"/"sau" and the time part: a number of them before or after it
_UNITS_COUNTED = frozenset({"ngày", "tuần", "tháng", "hôm"})
_BEFORE_OR_AFTER_NEXT = re.compile(r"\s*(?:truoc|sau)\b", re.ASCII)


def _no_turned_meaning(said: list[str], words: list[str], rest: str, whole: list[str]) -> None:
    """Refuse a label whose words turn the date after them into something else (see
    `_TURNING_LAST`, `_NOT_BEFORE`): `said` are the label's words as printed (lower case),
    `words` folded, `rest` the prepared text after the label, `whole` the words as printed
    with the filler words at its end ("hoàn thành") that `said` leaves out."""
    if not said:
        return
    last = said[-1]
    before = said[-2] if len(said) > 1 else ""
    bare = last.isascii() and len(said) == 1  # "do 15/3", "tam cuoi thang 3": nothing else
    named = _TURNING_LAST.get(last) or (
        bare and next((v for k, v in _TURNING_LAST.items() if fold(k) == last), None)
    )
    if named and before not in _TURNING_COMPOUNDS:
        raise Unreadable(
            f"“{last} …” là {named}, không phải chính thời hạn; không đoán, hãy ghi "
            "last_day (và first_day) theo văn bản"
        )
    if (last == "tính" or (last == "tinh" and bare)) and _TO_NEXT.match(rest):
        raise Unreadable(
            "“tính đến …” là mốc chốt số liệu, không phải hạn gửi; ghi last_day theo hạn "
            "văn bản nêu"
        )
    if last in _UNITS_COUNTED and _BEFORE_OR_AFTER_NEXT.match(rest):
        raise Unreadable(  # "ít ngày trước ngày 15/3", "những ngày trước tháng 3": which day?
            f"“{' '.join(said[-2:])} trước/sau …” đếm một số ngày, tuần không rõ trước hay "
            "sau mốc đó, không phải chính mốc; ghi last_day theo văn bản"
        )
    if last == "ngay" and _BEFORE_NEXT.match(rest):  # "ngay trước ngày 15/3": right before
        raise Unreadable(
            "“ngay trước …” là sát trước ngày đó (hôm liền trước, hay những ngày liền trước?), "
            "không phải hạn tính cả ngày đó như “trước ngày …”; không đoán, hãy ghi last_day "
            "(và first_day) theo văn bản"
        )
    if _BEFORE_NEXT.match(rest) and _not_before_governs(whole):
        raise Unreadable(
            "“chưa/cấm … trước …” là không được làm trước ngày đó (mốc bắt đầu), không phải "
            "hạn cuối; ghi last_day (và first_day) theo văn bản"
        )
    if last == "chưa" or (last == "chua" and bare):  # "chưa đến ngày 15/3": not yet
        raise Unreadable(
            "“chưa …” (chưa đến, chưa hết) không nêu hạn: không đoán, hãy ghi last_day (và "
            "first_day) theo văn bản"
        )


def _not_before_governs(said: list[str]) -> bool:
    """Whether the last "chưa"/"cấm" of the label (`_NOT_BEFORE`) governs the time after it:
    "chưa tổ chức trước ngày 15/3", "chưa hoàn thành trước …" (not before: a start). A verb
    of completion after the words it negates starts the deadline's own clause: "xã chưa đạt
    chuẩn hoàn thành trước ngày 30/6" (the communes not yet up to standard complete by
    30/6): "chưa" qualifies the subject, and the day is their deadline."""
    at = max((i for i, word in enumerate(said) if word in _NOT_BEFORE), default=None)
    if at is None:
        return False
    if said[at] == "cấm":  # "cấm khai thác hoàn thành trước …": a ban, whatever follows
        return True
    rest = " ".join(said[at + 2 :])
    return _COMPLETION.search(rest) is None


# a verb of completion heading the deadline's clause (with diacritics: "hoan" may be "hoãn")
_COMPLETION = re.compile(r"(?:^|\s)(?:hoàn\s+thành|hoàn\s+tất|xong)(?:\s|$)")


# Numbers spelled out before a unit ("mười lăm ngày đầu tháng 3"): with their diacritics,
# so that "sau ngày" (after the day) and "năm" as a year are not taken for counts
_SPELLED_COUNTS = frozenset(
    {"một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi"}
    | {"lăm", "nhăm", "trăm", "vài", "mấy", "nửa", "dăm", "mot", "bon", "muoi", "vai"}
    | {"may", "nam", "bay", "tam", "chin"}  # typed bare, before a unit ("nam ngay", "may ngay")
)
# a period of its own bounded in the label: "đến năm 2015, …", "Đến hết năm 2015, …", "trước
# quý III/2026, …" (a year after a noun, "kiểm kê đất đai năm 2014", names the work)
_BOUND_PERIOD = re.compile(
    r"\b(?:den|toi|het|truoc)\s+(?:het\s+|cuoi\s+)*(?:nam|thang|quy)\s+(?:[ivx]+\b|\d[\d/.-]*)",
    re.ASCII,
)
_PART_NEXT = re.compile(r"\s*(?:khoang\s+)?(?:dau|giua|cuoi)\s+(?:thang|quy|nam)\b", re.ASCII)
_BARE_PERIOD_NEXT = re.compile(r"\s*(?:thang|quy|nam)\b", re.ASCII)
# a label ending in a pause ("tạm dừng", "hoãn", "ngừng") before "đến"/"tới" and a day:
# suspended until that day, which is when the work resumes, never its deadline
_SUSPENDED = re.compile(
    r"(?i)\b(?:tạm\s+)?(?:hoãn(?:\s+lại)?|dừng(?:\s+lại)?|ngừng|đình\s+chỉ|gián\s+đoạn"
    r"|tạm\s+nghỉ)(?:\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức|việc))?(?:\s+cho)?$"
)
_UNTIL_NEXT = re.compile(r"\s*(?:cho\s+)?(?:den|toi)\b", re.ASCII)
# "tới giữa năm 2027", "tới đầu tháng 3": up to the middle, or through it? ("tới cuối
# năm" is the end of the year)
_PART_OF_PERIOD_NEXT = re.compile(r"\s*(?:khoang\s+)?(?:dau|giua)\b", re.ASCII)
# typed without diacritics, "thu" (thứ) numbers the word before it: "ky hop thu 10", "lan thu 2"
_ORDINAL_HEADS = frozenset({"hop", "lan", "khoa", "ky", "dot", "hoi"})
_DIGIT_NEXT = re.compile(r"\s*\d", re.ASCII)
# Words a number follows as its name: "lần 2", "kỳ họp thứ 10", "Điều 5", "lớp 10"; with
# their diacritics ("ký", sign, is no "kỳ"), and folded where no other word folds to them
_NUMBERING = frozenset(
    {"lần", "đợt", "điều", "khoản", "mục", "lớp", "khóa", "khoá", "kỳ", "thứ", "số", "phần"}
    | {"chương", "tiết", "điểm", "bước", "đoạn", "lục", "tt", "stt", "dot", "dieu", "khoan"}
    | {"muc", "lop", "chuong", "tiet", "diem", "buoc", "doan", "lan"}
)
_UNIT_NEXT = re.compile(r"\s*(?:ngay|tuan|thang|quy)\b", re.ASCII)
# "lam" (lăm) typed without diacritics is also "làm" (do): a count only after "muoi" (mười)
_TENS = frozenset({"mười", "mươi", "muoi"})
_UNITS_AFTER_TENS = frozenset({"lam", "mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam"})
_COUNTED_UNITS = frozenset({"ngày", "tuần", "tháng", "quý", "năm", "ngay", "tuan", "thang"})
# Another calendar, said outright: "âm lịch", "ÂL", "âl" (a gloss naming a lunar day beside
# the solar one, "(tức 22 tháng Chạp)", is read apart, as a gloss)
_LUNAR_SAID = re.compile(r"\b(?:am lich|lich am|al)\b", re.ASCII)
# a year named by the sexagenary cycle, as printed with capitals ("năm Đinh Mùi", "Nhâm Dần"):
# the lunar calendar's ("kỳ đầu", lower case, is no "Kỷ Dậu")
_STEMS = frozenset({"giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"})
_BRANCHES = frozenset({"ty", "suu", "dan", "mao", "thin", "ti", "ngo", "mui", "than", "dau"})
_BRANCHES |= {"tuat", "hoi"}


# "nghỉ Tết âm lịch", "Tết Âm lịch năm 2018": the holiday's name, no lunar date
_HOLIDAY_NAME = re.compile(r"\btet\s+(?:am\s+lich|nguyen\s+dan)\b", re.ASCII)


def _lunar_year(label: str) -> bool:
    """Whether `label` names a year by the sexagenary cycle, which may carry a lunar day; not
    when the solar year follows it and agrees ("dịp Tết Nguyên đán Nhâm Dần năm 2022", "mừng
    Xuân Giáp Thìn 2024": the occasion's name, its year said twice)."""
    cased = re.findall(r"\w+", label)
    for index, (a, b) in enumerate(pairwise(cased)):
        if a.istitle() and b.istitle() and fold(a) in _STEMS and fold(b) in _BRANCHES:
            after = [*cased[index + 2 : index + 4], "", ""]
            year = after[1] if after[0].lower() == "năm" else after[0]
            named = f"{a} {b}".lower()
            if not (year.isdigit() and len(year) == 4 and cycle_name(int(year)) == named):
                return True
    return False


# the date part starts with a day of a month: "ngày 15/3/2026", "25-8", "15 tháng 3"
_DATED_DAY = re.compile(r"[\s,(]*(?:ngay\s+)?\d{1,2}\s*(?:[/.-]\s*\d|thang\b)", re.ASCII)
# A day inside the period: a weekday ("thứ Hai", "thứ 6", "Chủ nhật" after nothing or a part
# of the day), a working day, the first or a numbered day ("ngày đầu tiên", "ngày thứ 10")
_DAY_INSIDE = re.compile(
    r"(?:^|\b(?:ngay|sang|chieu|toi|trua|vao|cac|moi|hang)\s+)thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\b"
    r"|\bchu\s+nhat\b"
    r"|\bngay\s+lam\s+viec\b"
    # "ngày cuối cùng của tháng" is the period's last day, the deadline it is read as
    r"|\bngay\s+(?:\w+\s+){0,2}?(?:dau\s+tien|dau\s+cua|thu\s+\w+)\b",
    re.ASCII,
)
# "ngày rằm hằng tháng" (the 15th of each lunar month, read as each month's last day),
# "ngày mùng 1 hằng tháng": the days temples, markets and reception calendars keep by the
# moon; in a label (a gloss in parentheses is checked against the lunar calendar instead)
_LUNAR_DAY_WORD = re.compile(r"(?<!\w)(?:rằm|mùng|mồng)(?!\w)")
# "CN", Chủ nhật as schedules abbreviate it ("15/3/2027 (CN)"), standing alone in capitals:
# not "KH&CN", "KHCN", "CNTT" (science and technology, information technology)
_SUNDAY_SHORT = re.compile(r"(?<![\w&/.-])C\.?N(?![\w&])")
# a weekday closing the label ("… báo cáo tình hình thứ Hai"), not an ordinal ("Đại hội lần
# thứ Hai", "kỳ họp thứ Ba", "khóa thứ Hai")
_ENDS_ON_WEEKDAY = re.compile(
    r"(?<!\blan )(?<!\bhop )(?<!\bkhoa )(?<!\bhoi )(?<!\bky )"
    r"\bthu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\s*\Z|\bchu\s+nhat\s*\Z",
    re.ASCII,
)
# Words after a day that make it a start: "ngày 15/3 trở đi", "kể từ ngày ký", "trở lên"
# (from then up); "trở lại trường" (back to school) is a return, the verb of the step, as is
# "đi học / đi làm trở lại" ("đến ngày 2/3 mới đi học trở lại", VietNamNet 2026)
_START_WORDS = re.compile(
    r"\btro\s+(?:di|ve\s+sau|len)\b"
    r"|(?<!\bhoc )(?<!\blam )\btro\s+lai(?!\s+(?:truong|lop|lam\s+viec|cong\s+so)\b)\b"
    r"|\bve\s+sau\b|\bke\s+tu\b"
    # a start with its time left in a label: "Bắt đầu từ năm 2024, kết thúc vào tháng 5"
    # read only May ("từ" alone is also "word", and "có từ 11-21 thành viên" counts: only
    # before a period's word and its number)
    r"|\btu\s+(?:nam|thang|quy|ngay)\s+\d",
    re.ASCII,
)
# "tuyển dụng công chức từ cấp huyện trở lên" (Sở Nội vụ TP.HCM, 2019): a rank and those above
# it, no start of a time ("hạng III trở lên", "bậc 3 trở xuống")
_RANK_UP = re.compile(r"\b(?:cap|hang|bac|loai)\s+\w+\s+tro\s+(?:len|xuong)\b", re.ASCII)
# ... or ends saying so: "toàn tỉnh, dời lại"
_MOVED_LAST = re.compile(r"(?:^|\s)(?:gia\s+han|lui|doi\s+lai|hoan\s+lai)\s*\Z", re.ASCII)
# A label that only says the deadline moved: "…, gia hạn đến 20/3/2027"
_MOVED = re.compile(
    r"(?:duoc\s+)?(?:gia\s+han|lui|doi|hoan|dieu\s+chinh|chuyen|thay\s+doi)"
    r"(?:\s+(?:lai|sang|den|toi|thanh|thoi\s+gian))*",
    re.ASCII,
)


def crossed_new_year(first: date, last: date) -> None:
    """A start with no year, after its end, was moved to the year before ("Từ 20/12 đến
    10/01/2028" starts 20/12/2027; a school year "từ 5/9 đến 31/5/2028" 05/09/2027). Refused
    when the days are reversed in one month ("từ 20/3 đến 15/3/2027": a typo, not a window of
    360 days from the year before) or the window would last over ten months."""
    if first.month == last.month or (last - first).days > _LONGEST_CROSSING:
        raise Unreadable(
            f"ngày bắt đầu (không ghi năm) sau ngày kết thúc {show(last)}; tính sang năm "
            f"trước thì khoảng bắt đầu từ {show(first)}, quá dài: có thể viết nhầm; ghi "
            "first_day và last_day theo văn bản"
        )


_LONGEST_CROSSING = 310  # days: a school year (early September to late May) is about 270


def _bare_time_word(word: str, following: str, lower: bool, counted: bool = False) -> bool:
    """Whether `word`, typed with no diacritic, may be a word of time (see `_BARE_TIME_WORDS`):
    "nam" a year ("năm", not "Nam" written with its capital, "năm học" or a year's number),
    "quy" a quarter before its number or "đầu"/"cuối" ("quy định" is a rule)."""
    if word in _BARE_TIME_WORDS or (word in ("hang", "moi") and following in _BARE_UNITS):
        return True
    if word == "nam":
        return lower and following != "hoc" and not following.isdigit() and not counted
    return word == "quy" and following in _BARE_QUARTER_NEXT


_BARE_QUARTER_NEXT = frozenset({"i", "ii", "iii", "iv", "1", "2", "3", "4", "dau", "cuoi"})
_BARE_QUARTER_NEXT |= {"giua", "thu", "nay", "sau", "truoc", "toi", "ke"}


def _changes_meaning(word: str) -> str:
    return (
        f"từ “{word}” đứng trước thời hạn có thể làm đổi nghĩa thời hạn; "
        "không đoán, hãy ghi last_day (và first_day) theo văn bản"
    )


_ANY_NUMBER = re.compile(r"\d+", re.ASCII)
PROGRAMME_SPAN = (
    r"giai\s+doan\s+(?P<span_first>\d{4})\s*[–—-]\s*(?P<span_last>\d{4})\b"
    r"(?!\s*(?:[,:;(]|va\b|den\b|tam\b|dinh\b|va\b))"
)
_NAMED_NUMBER = re.compile(
    r"(?<![a-z])(?:lop|khoi|lan(?:\s+thu)?|khoa|thu|dieu|khoan|chuong|muc|phu\s+luc|dot|to"
    r"|trung\s+uong|ky\s+hop(?:\s+thu)?|giai\s+doan|hoc\s+ky)"
    r"\s+\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})*\b(?!\s*[/.-]\s*\d)"
    r"|(?<![a-z])(?:nam\s+hoc|nhiem\s+ky)\s+\d{4}\s*[–—-]\s*\d{4}"
    # ... a programme's span named inside the step, after its noun: "việc sắp xếp các đơn vị
    # hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025 sẽ phải hoàn thành trong tháng
    # 10/2024" (VTV, 2024; the engine checks the deadline falls in it). Opening the phrase, or
    # before a comma, "và", a colon ("GIAI ĐOẠN 2021 - 2030, GIAI ĐOẠN I: …") it is a time
    rf"|(?<=[a-z] ){PROGRAMME_SPAN}"
    r"|\[\d{1,3}\]"  # a footnote mark copied with the text: "phụ trách[4]"
    # a stage numbered before its colon: "Vòng 1: Sơ loại: Diễn ra từ …", "Bước 2: …" (never
    # "trong vòng 1 ngày", a length, which has no colon)
    r"|(?<![a-z])(?:vong|buoc)\s+\d{1,2}(?=\s*:)"
    # a count of things that are no time: "23 Đề án", "2 CUỘC ĐIỀU TRA", "chính quyền 2 cấp",
    # "có từ 11-21 thành viên", "3 công trình động lực", "3 huyện Mỹ Lộc, Ý Yên, Vụ Bản";
    # the units and people a plan counts: "xây dựng 25 xã đạt chuẩn nông thôn mới", "có 10
    # xã đăng ký", "tiêm 2 mũi", "thi đấu 17 môn", "1.200 hộ" (none is a unit of time)
    # an anniversary, which names the occasion: "kỷ niệm 44 năm Ngày Giải phóng miền Nam"
    r"|(?<![a-z])ky\s+niem\s+\d{1,3}\s+nam\b(?!\s*\d)"
    r"|(?<![\d/.-])(?:tu\s+)?\d{1,3}(?:\s*[–—-]\s*\d{1,3})?\s+"
    r"(?:de\s+an|cuoc|cap|thanh\s+vien|cong\s+trinh|huyen|xa|phuong|thi\s+tran|tinh|thon"
    r"|ho|nguoi|mui|mon|truong|don\s+vi|du\s+an|tac\s+pham)\b"
    # a share, which counts no time: "đạt 100% mục tiêu", "tăng trưởng 8% trở lên", "hoàn
    # thành 42%", "tỷ lệ 1,5%" (never a day: nothing in a date is followed by "%")
    r"|(?<![\d/.,-])\d{1,3}(?:[.,]\d{1,2})?\s*%"
    # a count of things written with its thousands ("1.597 nhà dân", "34.759 nhà", "500.000
    # cây xanh": Vietnamese groups thousands with dots), never a day and month, whose second
    # number has at most two digits; not right after a word of time ("ngày 1.100")
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)\d{1,3}(?:\.\d{3})+(?=\s+[a-z])"
    # the houses, delegations, festivals, trees and places a plan counts: "926 nhà còn lại",
    # "16 căn nhà", "6 đoàn kiểm tra", "27 lễ hội", "tại 3 điểm" (no unit of time), not
    # right after a word of time ("ngày 15 nhà văn hóa" holds a day)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)(?<!quy\s)(?<!tuan\s)(?<!luc\s)"
    r"\d{1,3}\s+(?:nha|can(?:\s+nha|\s+ho)?|doan|le\s+hoi|cay|diem)\b(?!\s*[/.-]\s*\d)"
    # a place named after a day: "tại Hội trường 2/9, TP. Pleiku", "Quảng trường 3/2"
    r"|(?<![a-z])(?:hoi\s+truong|quang\s+truong|san\s+van\s+dong|duong|pho)\s+"
    r"\d{1,2}\s*/\s*\d{1,2}(?![\d/.-])"
    # a disease named by its year: "phòng chống dịch COVID-19 áp dụng từ 12h00’ ngày
    # 23/12/2021" (Sở Y tế Hải Phòng, 2021)
    r"|(?<![a-z])covid\s*-\s*19\b(?!\s*[/.]\s*\d)"
    # a house number before its street: "(Sở Nội vụ, số 1 phố Đô Lương, …)"
    r"|(?<![a-z])so\s+\d{1,4}[a-z]?\s+(?:pho|duong|ngo)\b",
    re.ASCII,
)
# Checked with their diacritics ("năm" is a year, "Nam" a name; "quý" a quarter, "quy" a rule)
_TIME_WORDS = frozenset(
    {"tháng", "quý", "quí", "tuần", "hằng", "mỗi", "sớm", "muộn", "trễ", "hoặc", "hay", "không"}
    | {"chậm"}  # "chậm hơn ngày 30/6" (later than): "chậm nhất" is the rule's own word
    | {"trước", "sau", "giờ", "lúc", "khoảng", "theo", "nếu", "trừ"}
)
# Words of time that are part of a name: "năm học", "Học kỳ", "thường kỳ" are not.
# ... and phrases: a recurrence, a bound, a comparison ("so với năm 2012"), a citation
# ("Căn cứ Luật … ngày 16 tháng 6 năm 2025"), a document's date ("Hướng dẫn số 10 ngày …")
_TIME_PHRASES = re.compile(
    # "buổi sáng" (half a day) moves the time; "Buổi học đầu tiên" (the first lesson), "buổi
    # họp mặt", "buổi lễ", "buổi tiếp công dân", "buổi làm việc" (a session: the event) name it
    r"\bdinh ky\b|\bit nhat\b|\btoi (?:da|thieu)\b|\bso voi\b|\bcan cu\b"
    r"|\bbuoi\b(?! (?:hoc|hop|le|lam viec|tiep (?:cong dan|xuc)|gap mat|toa dam|hoi thao"
    r"|giao luu|tap huan|mit tinh|bieu dien)\b)",
    re.ASCII,
)
# In the step after a schedule line's colon, an event the step is before or after:
# "ngày 11 và 12-10: đại biểu tham dự các hoạt động trước Đại hội"
EVENT_IN_STEP = r"\b(?:trước|sau)\s+(?:đại hội|hội nghị|kỳ họp|khai mạc|bầu cử|lễ)\b"
# "Riêng học sinh lớp 1 sẽ tựu trường sớm hơn, vào ngày 25/8": compared with the others, and
# the day itself stated after the comma
EARLIER_THEN_DAY = r"\b(?:sớm|muộn)\s+hơn\s*,?\s*$"
# "tiêm bổ sung sau đợt 1 từ 23-1-2018 đến hết tháng 6-2018" (Chi cục Chăn nuôi Đà Nẵng,
# 2017): the round a supplementary one follows names it, right before a range that states
# its own first and last days ("sau ngày …", "sau khi …" stay words of time)
AFTER_ROUND = r"\bsau\s+(?:đợt|dot)\s+(?:\d{1,2}|một|hai|ba|bốn|mot|bon)\s*$"
# A document cited by its number, and the date it was signed right after the number: a
# reference, never a deadline ("theo Khoản 1 Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm
# 2021 của Thủ tướng Chính phủ", "Hội nghị tổng kết Quyết định 178/2004/QĐ-TTg …", "Nghị
# quyết 20-NQ/TW"). The number must carry its issuer's code after a slash (Nghị định
# 30/2020/NĐ-CP, Điều 15: số, năm ban hành, ký hiệu), which no day or period has ("42/2014"
# alone may be a month); "theo", "căn cứ", "tại" and the article cited before it belong to
# the reference. Only the date written right after the number, with its year, is the
# document's; any other date of the phrase is read as it stands.
_DOCUMENT_KIND = (
    r"(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|chi\s+thi|cong\s+van|ke\s+hoach|thong\s+tu"
    r"|thong\s+bao|cong\s+dien|ket\s+luan|huong\s+dan|quy\s+dinh|van\s+ban|to\s+trinh|luat)"
)
_DOCUMENT_CODE = (
    r"\d{1,5}(?:\s*/\s*\d{4})?\s*/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z][a-z0-9]*)*"
    r"|\d{1,3}-[a-z]{2,}(?:/[a-z]+)+"  # "20-NQ/TW", "05-CT/TW": the Party's numbering
)
_SIGNED_ON = (
    r"\s*,?\s+ngay\s+(?:\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})(?![\d/.-])"
)
# … and the issuer named between the number and that date: "Chỉ thị 16/CT-TTg của Thủ tướng
# Chính phủ ngày 31/3/2020" (the press's order; read as a deadline of 31/3/2020 before): a
# few words, none of time ("của UBND tỉnh trước ngày 30/4" is a deadline)
_ISSUER_WORD = r"\s+(?!(?:truoc|sau|den|tu|toi|han|cham|vao|trong|het|ngay|thang|nam|quy)\b)[a-z]+"
_ISSUER_THEN_SIGNED = rf"(?:(?:\s+cua(?:{_ISSUER_WORD}){{1,8}}?)?{_SIGNED_ON})?"
# A document cited by its bare number before its issuer, as the press writes the Covid-19
# directives: "theo Chỉ thị 16 của Thủ tướng Chính phủ" (Chỉ thị 16/CT-TTg, 31/3/2020),
# "Chỉ thị 15 của Thủ tướng": the kind of document before it, "của" and the issuer after
_SHORT_CITATION = (
    rf"{_DOCUMENT_KIND}\s+(?:so\s*)?(?<![\d/.-])\d{{1,4}}(?=\s+cua\s+(?:thu\s+tuong|chinh\s+phu"
    r"|ban\s+bi\s+thu|bo\s+chinh\s+tri|ubnd|uy\s+ban|tinh\s+uy|thanh\s+uy|hdnd|bo\s+[a-z]))"
)
_REFERENCE = re.compile(
    r"(?<![a-z0-9])(?:(?:theo|tai|can\s+cu)\s+)?(?:(?:dieu|khoan|diem|muc)\s+\d{1,3}\s*,?\s*)*"
    rf"(?:(?:{_DOCUMENT_KIND}\s+)?(?:so\s*)?(?<![\d/.-])(?:{_DOCUMENT_CODE})(?![a-z0-9])"
    rf"|{_SHORT_CITATION}){_ISSUER_THEN_SIGNED}",
    re.ASCII,
)
_REFERENCE_IN_PARENS = re.compile(rf"\(\s*(?:{_REFERENCE.pattern})\s*\)", re.ASCII)


def reference_spans(folded: str) -> list[tuple[int, int]]:
    """Where `folded` cites a document by its number (see `_REFERENCE`), its parentheses
    and its signing date included. Refuses a phrase that tells a document being issued or
    signed ("Ngày 01/9/2021, Phòng … đã ban hành Thông báo số 1073/TB-TNMT"): its date is
    the document's, no deadline."""
    spans = [found.span() for found in _REFERENCE_IN_PARENS.finditer(folded)]
    for found in _REFERENCE.finditer(folded):
        if not any(start <= found.start() < end for start, end in spans):
            spans.append(found.span())
    for start, _end in spans:
        if _ISSUED_BEFORE.search(folded[:start]):
            raise Unreadable(
                "cụm từ kể việc ban hành, ký một văn bản: ngày trong đó là ngày của văn bản, "
                "không phải thời hạn; ghi last_day theo văn bản"
            )
    return sorted(spans)


def without_references(text: str) -> str:
    """`text` with each document cited by its number blanked (same length: `fold` keeps one
    character for one), for the checks of the words around a deadline."""
    for start, end in reference_spans(prepare(fold(text))):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def anniversary_agrees(prepared: str, days: list[date]) -> None:
    """ "kỷ niệm 44 năm Ngày Giải phóng miền Nam vào ngày 30/4/2020": the occasion's own day
    (30/4) in the year its count names (1975 + 44 = 2019), not 2020: one of the two is a
    typo, and the day would be read in the wrong year. Checked only when the day read is the
    occasion's day of a known founding year (`_FOUNDED`); a day that prepares the
    anniversary ("… trước ngày 15/4/2020") is any day."""
    for said in _ANNIVERSARY.finditer(prepared):
        # "Ngày Thương binh - Liệt sĩ": the name without its dash
        words = " ".join(re.findall(r"[a-z]+", said["what"]))
        for name, (on, month, founded) in _FOUNDED.items():
            if name not in words:
                continue
            for day in days:
                named = founded + int(said["n"])
                if (day.day, day.month) == (on, month) and day.year != named:
                    raise Unreadable(
                        f"kỷ niệm {said['n']} năm (từ {founded}) là năm {named}, không phải "
                        f"{day.year} như ngày {show(day)}; một trong hai số viết nhầm: ghi "
                        "last_day theo văn bản"
                    )


_ANNIVERSARY = re.compile(
    r"(?<![a-z])ky\s+niem\s+(?P<n>\d{1,3})\s+nam\s+(?P<what>[a-z][a-z –—-]{3,80})", re.ASCII
)
# occasions with a fixed day and the year they began (the first anniversary is a year after)
_FOUNDED = {
    "giai phong mien nam": (30, 4, 1975),
    "thanh lap dang": (3, 2, 1930),
    "quoc khanh": (2, 9, 1945),
    "cach mang thang tam": (19, 8, 1945),
    "quan doi nhan dan": (22, 12, 1944),
    "dien bien phu": (7, 5, 1954),
    "sinh chu tich ho chi minh": (19, 5, 1890),
    "sinh nhat bac": (19, 5, 1890),
    "thanh lap doan": (26, 3, 1931),
    "giai phong thu do": (10, 10, 1954),
    "thuong binh liet si": (27, 7, 1947),
    "bao chi cach mang": (21, 6, 1925),
    # the days first kept in that year (each one's 40th, 90th … anniversary as plans name it:
    # 40 năm Ngày Nhà giáo Việt Nam in 2022, 90 năm Ngày Phụ nữ Việt Nam in 2020, 110 năm
    # Ngày Quốc tế Phụ nữ in 2020, 130 năm Ngày sinh Bác in 2020, 90 năm Ngày truyền thống
    # Đoàn in 2021, 70 năm Ngày Thầy thuốc Việt Nam in 2025, 90 năm Công đoàn Việt Nam in
    # 2019, 90 năm Mặt trận Tổ quốc in 2020, 75 năm Ngày Thể thao Việt Nam in 2021)
    "nha giao viet nam": (20, 11, 1982),
    "phu nu viet nam": (20, 10, 1930),
    "quoc te phu nu": (8, 3, 1910),
    "sinh bac": (19, 5, 1890),
    "truyen thong doan": (26, 3, 1931),
    "thay thuoc viet nam": (27, 2, 1955),
    "cong doan viet nam": (28, 7, 1929),
    "mat tran to quoc": (18, 11, 1930),
    "the thao viet nam": (27, 3, 1946),
    "cong an nhan dan": (19, 8, 1945),
    "bien phong": (3, 3, 1959),
}


def cited_years(prepared: str) -> set[int]:
    """The years of the signing dates written after the documents `prepared` cites
    ("theo Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm 2021": {2021})."""
    years: set[int] = set()
    for start, end in reference_spans(prepared):
        signed = re.search(_SIGNED_ON + r"\s*\)?\s*\Z", prepared[start:end])
        if signed is not None:
            years.add(int(re.findall(r"\d{4}", signed.group())[-1]))
    return years


# the document cited is the one issued or signed: the phrase tells when, no deadline
# ("đã ban hành", "ký", "có Công văn số …", "gửi", "ra Thông báo số …")
_ISSUED_BEFORE = re.compile(r"\b(?:ban\s+hanh|ky|phat\s+hanh|co|gui|ra)\s*\Z", re.ASCII)


def cite_references(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Blank the documents the phrase cites by number (`_REFERENCE`), kept as the gloss:
    "Hội nghị tổng kết Quyết định 178/2004/QĐ-TTg … trong tháng 3-2024" reads March 2024,
    whatever year the decision bears. A phrase that is only a citation is no deadline."""
    spans = reference_spans(source.prepared)
    if not spans:
        return source, asides
    for start, end in spans:
        said = " ".join(source.original(start, end).split()).strip(" ,;:.()")
        asides = _glossed(asides, said)
        source = source.blank(start, end)
    if not any(char.isdigit() for char in source.prepared):
        raise Unreadable(
            "đây là số hiệu văn bản (như 42/2014/QĐ-TTg) và ngày ký của nó, không phải thời "
            "hạn; ghi last_day theo văn bản"
        )
    return source, asides


# A document named right before a bare "ngày D" gives that document's date, not a deadline
DOCUMENT_WORDS = re.compile(
    r"\b(?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|huong dan|cong van"
    r"|thong bao|cong dien|ke hoach so|van ban)\b",
    re.ASCII,
)
_TIME_UNITS = frozenset({"năm", "tháng", "quý", "tuần", "ngày", "kỳ", "đợt", "lần", "khi", ""})
# Words of time whose folded form no other Vietnamese word shares but a few: a word with
# diacritics that folds to one of them and is none of its real spellings is the word of
# time mistyped ("sóm nhất", "sờm nhất", "sơm nhất" for "sớm nhất", at the earliest; "saụ"
# for "sau", after; "hoăc" for "hoặc"), never a word of the label. Folds with many real
# words ("tu": từ, tư, tù, tủ, tứ…) cannot tell a typo and are left to the other checks.
_REAL_SPELLINGS = {  # fold: (the word of time, the real words that fold so)
    "som": ("sớm", frozenset({"sớm"})),
    "sau": ("sau", frozenset({"sau", "sáu", "sâu", "sầu", "sấu", "sậu"})),
    "hoac": ("hoặc", frozenset({"hoặc"})),
    "muon": ("muộn", frozenset({"muộn", "muốn", "mượn", "muôn", "muỗn", "mươn"})),
    "tre": ("trễ", frozenset({"trễ", "trẻ", "tre", "trè", "trẽ"})),
    "khong": ("không", frozenset({"không", "khổng", "khống", "khòng", "khõng"})),
    "truoc": ("trước", frozenset({"trước"})),
    # "khỏang tháng 7/2027": the tone on the wrong vowel (the old "hoà" habit) of "khoảng"
    "khoang": ("khoảng", frozenset({"khoảng", "khoang", "khoáng", "khoàng"})),
}


def misspelt_time_word(word: str) -> str | None:
    """The word of time `word` (lower case, with diacritics) is a typo of, or None: "sóm" ->
    "sớm" (`_REAL_SPELLINGS`); a word typed bare (ASCII) is left to `_bare_time_word`."""
    if word.isascii() or fold(word) not in _REAL_SPELLINGS:
        return None
    meant, real = _REAL_SPELLINGS[fold(word)]
    return None if word in real else meant


# ... and without, for words typed without them (a word written with diacritics is read as
# spelled: "thắng", "Tuấn" are none)
_TIME_WORDS_FOLDED = frozenset({"truoc", "thang", "tuan", "hoac"})
# ... and words typed with no diacritic at all (the whole word ASCII), which may be words of
# time: "som" (sớm), "khong" (không), "muon" (muộn), "tre" (trễ), "sau"; "hang", "moi" before
# a unit (hằng tháng, mỗi năm). A few other words fold to them ("muốn", "trẻ", "sáu"): a
# label of those, typed bare, is refused too, which is extra work, never a wrong day.
_BARE_TIME_WORDS = frozenset({"som", "khong", "muon", "tre", "sau"})
_BARE_UNITS = frozenset({"ngay", "tuan", "thang", "quy", "nam"})

"""The syntax of the deadline language: rule patterns and the readers of what they capture.

The words around the time are read apart: `kehoach.dates.asides` (what explains a date),
`kehoach.dates.label` (the step named before it), `kehoach.dates.citations`.

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
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from kehoach.base.text import fold
from kehoach.dates.numbers import count_number

MIN_YEAR, MAX_YEAR = 1900, 2200

# The two lengths of a phrase, said here once (clerk35: README gave the one, `deadline` the
# other). A plan file keeps a phrase exactly as printed up to MAX_PHRASE characters (the
# model's fields); the grammar reads one of up to MAX_READ, since its time grows with the
# length: the longest phrase it reads in tests/corpus has 483, and 16 real cells of 500 to
# 823 characters (a paragraph pasted with its deadline) are kept in a file with last_day.
MAX_PHRASE = 2000
MAX_READ = 500
ONE_DAY = timedelta(days=1)


# The way out of a phrase no rule reads, said once for every message that gives it (the
# grammar's "not understood", plan/rules' findings, `kehoach reschedule`): the days the
# document gives, written beside the phrase kept as printed, in the form a plan file holds
# them (plan.model.Milestone). "cạnh cụm từ" alone sent clerks to two forms the validator
# rejects: last_day beside `deadline:`, and `deadline: {phrase, last_day}` (fresh13).
MILESTONE_FORM = 'deadlines: [{phrase: "…", first_day: …, last_day: …}]'
WRITE_THE_DAYS = (
    f"ghi last_day (và first_day cho một khoảng) cạnh cụm từ, giữ nguyên cụm từ ({MILESTONE_FORM})"
)


def with_way_out(reason: str, kind: Refusal) -> str:
    """`reason` with the way out (`WRITE_THE_DAYS`, or "Không nêu thời hạn") added, unless it
    names one already; a phrase of several steps has its own (the `deadlines:` list)."""
    if "last_day" in reason or kind is Refusal.SEVERAL:
        return reason
    return (
        f"{reason}. Nếu văn bản có hạn, {WRITE_THE_DAYS}; nếu không có ngày, ghi "
        '"Không nêu thời hạn"'
    )


class Refusal(Enum):
    """The family of a refusal's reason, as the code that decides on a refusal tells them
    apart: it decides on the kind, never on the words of `why`, which may be reworded.
    `engine` cuts TWO_HOURS into its two events and gives NO_YEAR and UNSAID the year the
    words name; `plan.schedule` gives NO_YEAR the year in force, `validate` and `check`
    advise the issue day for it; `steps.label_after` reads a line otherwise on NOT_A_STEP."""

    REASON = "reason"  # words of their own say why: the default
    UNSAID = "unsaid"  # no more than "not understood" (`engine._unread`, `steps`'s words after)
    NO_YEAR = "no_year"  # a day without a year on a page without an issue day (`NO_YEAR`)
    TWO_HOURS = "two_hours"  # two hours for one deadline (`asides.TWO_HOURS`)
    # the words named as a step end in a bound or a part of a period ("sau", "từ", "đến",
    # "đầu"…) or hold a number nothing names (`label.read_label`): they may be no step at all
    NOT_A_STEP = "not_a_step"
    # the phrase reads as several deadlines, one per step ("… trước ngày 1/1/2026 và …
    # trước ngày 15/1/2026"): the plan writes them as `deadlines:` (`several.step_phrases`)
    SEVERAL = "several"


class Unreadable(ValueError):
    """A phrase, or a part of it, that cannot be read; `why` says why, in Vietnamese.
    `blank`: the refusal is for a blank left to fill (a day never written in, an empty
    phrase), and says so; no later check words it otherwise (`engine.parse`). `kind`: its
    reason's family (`Refusal`), which a caller decides on."""

    def __init__(self, why: str, *, blank: bool = False, kind: Refusal = Refusal.REASON) -> None:
        super().__init__(why)
        self.why = why
        self.blank = blank
        self.kind = kind


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
# an hour written with "g" (giờ) before its two digits of minutes: "từ 10g00 ngày 17/6/2024
# đến 09g30 ngày 12/8/2024" (Ban Tuyên giáo Tỉnh ủy Lâm Đồng, CV 1235/2024), read as "10h00";
# never a "g" without its minutes ("5g" may be grams)
_HOUR_G = re.compile(r"(?<=\d)g(?=\d\d(?!\d))", re.ASCII)


def prepare(folded: str) -> str:
    """Folded text with every blank and `*` turned into a plain space, an hour's "g" between
    digits ("09g30") into "h" (same length)."""
    return _HOUR_G.sub("h", _BLANK_OR_STAR.sub(" ", folded))


# Words that lost their vowels when a PDF was copied: "Hoàn thnh trc ngày 10/4/2027".
# Only forms that are no Vietnamese word of their own are repaired ("gi" is one: "giờ"
# is repaired only after a number, by the time-of-day pattern).
DAMAGED = {
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
    # "kì", "kí": the older spelling of "kỳ", "ký" ("tháng cuối quý thuộc kì báo cáo", Thông
    # tư 14/2022/TT-BVHTTDL; "kể từ ngày kí")
    "ki": "ky",
    # a kind of document run together ("Quyếtđịnh này có hiệu lực sau 10 ngày kể từ ngày ký",
    # zk-luatminhkhue-qd-39-2011): read apart, so the refusals that key on the kind (a
    # document told issued, its number and signing day) see it (`label._sure` spares the word)
    **{
        kind.replace(" ", ""): kind
        for kind in (
            "quyet dinh",
            "ke hoach",
            "cong van",
            "nghi quyet",
            "nghi dinh",
            "thong bao",
            "thong tu",
            "chi thi",
        )
    },
}
# ... but "trc" is also "trúc" of "kiến trúc" (architecture) and "trực" of "trực tiếp",
# "trực thuộc" that lost their one marked letter: "quản lý quy hoạch kiến trc; quản lý xây
# dựng" (zj-baobariavungtau, no "ú") repaired to "trước" gave a results told ("Năm 2024, …
# đạt nhiều kết quả …") the due word that lets it read (harden22's hunt)
_NOT_DAMAGED = {"trc": re.compile(r"(?<=kien )trc|trc(?= (?:tiep|thuoc|tuyen)(?![a-z]))")}
# ... and words such a copy makes of a weekly cadence, repaired only where their neighbour
# tells them: "trc 17h00, th 6 hng tun" (Trường Đại học Công đoàn, 2017, j-2-dhcd-thu-tuc-
# thay-doi-gio-giang-2017: "trước 17h00, thứ 6 hằng tuần", every letter with a mark lost).
# "th" is "thứ" only in lower case after a blank or a comma, before a weekday's number 2-7
# and the cadence ("TH" is an abbreviation: "720/KTNN-TH"; "th 6 tháng" is no weekday);
# "tun" is "tuần" only after "hằng", "hàng", "mỗi" as the copy prints them (after a number
# `lostglyph` already tells it)
_CADENCE_BEFORE = r"(?<![a-z])(?:hang|hng|moi|mi)"
_DAMAGED_BESIDE = {
    "th": (
        "thu",
        re.compile(r"(?:\A|[ ,])\Z"),
        re.compile(rf"\A [2-7],? (?:{_CADENCE_BEFORE}) (?:tuan|tun)(?![a-z])"),
    ),
    "tun": ("tuan", re.compile(rf"{_CADENCE_BEFORE} \Z"), re.compile(r"\A")),
}


def _damaged_beside(word: str, said: str, prepared: str, start: int, end: int) -> str:
    """`word` (`said` as printed) repaired when its neighbours tell it (`_DAMAGED_BESIDE`),
    else as it is."""
    if word not in _DAMAGED_BESIDE or not said.islower():
        return word
    repair, before, after = _DAMAGED_BESIDE[word]
    told = before.search(prepared[:start]) and after.match(prepared[end:])
    return repair if told else word


# Words that fold to a word of time and are none: "đấu" (phấn đấu, strive; đấu thầu) is
# no "đầu" (the start of a period); read as a word of their own
# ... and "tự" (self: "do người nộp thuế tự xác định", ze-vasep) is no "từ" (from)
_NO_TIME_WORD = frozenset({"đấu", "tự"})
# "đêm" (the night) before a day is a part of that day as "tối" (the evening) is: "Thời
# gian: Đêm 31/12/2024" (the countdown night of Festival Hoa Đà Lạt, webtretho), "Giải dự
# kiến kết thúc đêm 17/01" (Báo Trà Vinh, 2023), "dự kiến diễn ra vào đêm 21/10" (Báo Dân
# tộc, 2023; zs- of the corpus, refused before tune-zs). Read as "toi" (the same length):
# only as printed, with its marks ("đem" brings, "đếm" counts), and only right before a day
# and its month ("đêm 17/01", "đêm ngày 17/01"; "Trong các đêm 13, 14 và 15.2", a list of
# nights, is read as it was, x-thanhnien); an hour of the night takes the evening's hours, so "2 giờ
# đêm" (after midnight) is refused as no hour of the evening (`asides.hour_in_part`).
_NIGHT = "đêm"
_NIGHT_BEFORE_DAY = re.compile(r"\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+| +|[^a-z ]", re.ASCII)
# "cả" (also, the whole of) between two days of a list: "Theo kế hoạch, ngày 20 và cả ngày
# 21/11/2025, Đại hội đại biểu Phụ nữ thành phố Hà Nội … sẽ được diễn ra" (Tek4tv, 2025;
# zc-tek4tv-dai-hoi-phu-nu-ha-noi-2025): both days, as "ngày 20 và ngày 21/11/2025" reads;
# read as a blank. Only right after "và" that follows a day's number, and right before
# "ngày" and a day's number: "và cả năm 2027" (a second period) and "cả ngày" alone stay
_ALSO = "cả"
_ALSO_AFTER_A_DAY = re.compile(r"\d\s+và\s+\Z", re.IGNORECASE)
_ALSO_BEFORE_A_DAY = re.compile(r"\s+ngày\s+\d{1,2}(?!\d)", re.IGNORECASE)


class Source(NamedTuple):
    """A phrase as rules see it: `prepared` is the NFC `text` folded, blanks and `*` made
    one space, damaged words repaired; `origin[i]` is where prepared character i came
    from in `text` (one more entry for the end), so a match can be cut from the original."""

    text: str
    prepared: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str, folded: str) -> Source:
        """`text` in NFC and its `fold`: the same length, one character for one. Rules
        prepare the same phrase over and over, so a short one's is kept (`_source_of`)."""
        if len(text) > MAX_READ:
            return _source_of.__wrapped__(text, folded)
        return _source_of(text, folded)

    def original(self, start: int, end: int) -> str:
        """The original text of prepared[start:end]."""
        if start >= end:
            return ""
        return self.text[self.origin[start] : self.origin[end - 1] + 1]

    def said(self, start: int, end: int) -> str:
        """The original text of prepared[start:end] on one line, its white space folded: the
        words a reading or a refusal quotes."""
        return " ".join(self.original(start, end).split())

    def part(self, start: int, end: int) -> Source:
        """prepared[start:end] as a source of its own (offsets into the same text)."""
        return Source(self.text, self.prepared[start:end], self.origin[start : end + 1])

    def blank(self, start: int, end: int) -> Source:
        """The same source with prepared[start:end] read as blanks (a part explained)."""
        prepared = self.prepared[:start] + " " * (end - start) + self.prepared[end:]
        return self._replace(prepared=prepared)


@lru_cache(maxsize=4096)
def _source_of(text: str, folded: str) -> Source:
    parts: list[str] = []
    origin: list[int] = []
    prepared = prepare(folded)
    for token in _TOKEN.finditer(prepared):
        start, end = token.span()
        word = token.group()
        if word[0] == " ":
            word = " "
        elif word.isalpha():
            kept = _NOT_DAMAGED.get(word)
            if kept is None or not kept.match(prepared, start):
                word = DAMAGED.get(word, word)
            word = _damaged_beside(word, text[start:end], prepared, start, end)
            said = text[start:end].lower()
            if said == _NIGHT and _NIGHT_BEFORE_DAY.match(text, end):
                word = "toi"  # "đêm 31/12/2024": the night of that day, as "tối 31/12/2024"
            elif said in _NO_TIME_WORD:
                word += "x"  # "phấn đấu năm 2019" (strive): never "đầu năm 2019"
            elif said == _ALSO and _also_between_days(text, start, end):
                word = " " * len(word)  # "ngày 20 và cả ngày 21/11": both days
        parts.append(word)
        if len(word) == end - start:
            origin.extend(range(start, end))
        else:
            origin.extend(start + min(i, end - start - 1) for i in range(len(word)))
    origin.append(len(text))
    return Source(text, "".join(parts), tuple(origin))


def _also_between_days(text: str, start: int, end: int) -> bool:
    """Whether "cả" at text[start:end] joins two days of a list (`_ALSO_AFTER_A_DAY`,
    `_ALSO_BEFORE_A_DAY`): "ngày 20 và cả ngày 21/11/2025"."""
    return bool(_ALSO_AFTER_A_DAY.search(text, 0, start) and _ALSO_BEFORE_A_DAY.match(text, end))


def show(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - ONE_DAY


# "10/2022", "quý 3 năm 2026", "tháng 3.2026", "tháng 4-2025" (a dash or dot before a year)
# "quý IV – 2017" (Bộ VHTTDL, CV 4294/2016): an en or em dash before the four digits of a year
_YEAR_SEP = r"(?:\s*/\s*|\s+nam\s+|\s*[.–—-]\s*(?=\d{4}))"
# "23/6/2022", "15 tháng 9 năm 2025", "15/12" (no year); "31.8.2025" and "31-8-2025" only
# with a year: "1-6" alone reads as well as months 1 to 6
DAY_SHAPE = (
    r"\d{1,2}(?:\s*/\s*|\s+thang\s+)\d{1,2}(?:(?:\s*[/.-]\s*|\s+nam\s+)\d{4})?"
    r"|\d{1,2}\s*[.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\d{1,2}\s*–\s*\d{1,2}\s*–\s*\d{4}"  # "ngày 23 – 5 – 2021": en dashes, with the year
    r"|\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}"  # 2026-03-15, as the plan files write days
    # "ngày 20-11", "ngày 1.3": without a year only after the word "ngày", or a part of the
    # day ("vào tối 8-3": Báo Người Lao Động on Lễ hội Hoa Ban 2026; checked as spelled by
    # `periods.build_day`, "tới 8-3" is no evening)
    # ... and before a sentence's full stop ("đồng loạt khai giảng ngày 5-9.", the last of
    # three days: Báo Ấp Bắc, 2024), never before another number ("5-9.2024", "1-6-7")
    # A dot there has no blank after it: "các ngày 02. 03 và 04/6/2015" is "02, 03 và …" with
    # its comma copied as a full stop (harden18's hunt, b-tothethao's exam days), not 2 March
    r"|(?:(?<=ngay )|(?<=sang )|(?<=chieu )|(?<=toi )|(?<=trua ))\d{1,2}(?:\.|\s*-\s*)\d{1,2}"
    r"(?![\d-]|\s*\.\s*\d)"
    # ... and with a dot right after "trước", as the press prints its days: "Với cây lạc, cần
    # gieo trồng trước 15.9" (Dân Việt, 2012, on the Bộ NN&PTNT's winter-crop calendar). A
    # Vietnamese decimal takes a comma and a thousands mark three digits ("trước 2.000 người"
    # is no day); a dash stays unread ("trước 1-6" may be months)
    r"|(?<=truoc )\d{1,2}\.\d{1,2}(?![\d-]|\s*\.\s*\d)"
    # ... and after "chậm nhất (vào)", "muộn nhất (vào)", the same day as the press dots it:
    # "Chủ tịch Quốc hội: Công bố kết quả bầu cử chậm nhất vào 25.3" (Thanh Niên, 2026;
    # z-thanhnien-hdbcqg-cong-bo-ket-qua-bau-cu-25-3-2026); never before a unit ("chậm nhất
    # 1.5 tháng" is a count)
    r"|(?:(?<=cham nhat )|(?<=muon nhat )|(?<=cham nhat vao )|(?<=muon nhat vao ))"
    r"\d{1,2}\.\d{1,2}(?![\d-]|\s*[./]\s*\d|\s*(?:thang|ngay|nam|tuan|gio|phut|h|%)\b)"
    # ... and with a dash right after a deadline's word ("dự kiến trước 31-3", "chậm nhất
    # 20-11"), the lead's ruling of session 33: only a first number 13-31, which cannot be a
    # month, and a second 1-12, since a range of days or months never runs backwards;
    # "trước 1-6", "trước 10-12" (months 1 to 6, 10 to 12?) stay refused. Never before
    # another number or a unit ("trước 15-9.2026", "trước 15-10 ngày")
    # ... and after "tức" (that is), the day a count before it names: "Trước đó một ngày, tức
    # 24-12, các hội đồng coi thi tổ chức …" (Pháp Luật TP.HCM, 2025; u-plo-lich-thi-hsg-
    # quoc-gia-2025-2026), the same numbers only
    r"|(?:(?<=truoc )|(?<=cham nhat )|(?<=muon nhat )|(?<=tuc ))"
    r"(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])"
    r"(?![\d-]|\s*[./]\s*\d|\s*(?:thang|ngay|nam|tuan|gio|phut|h|%)\b)"
    # ... and after a school year's one-day step, bare, "vào" or "từ": "học sinh tựu trường từ
    # 26-8, khai giảng vào 5-9 và thực học ngày 9-9" (Sở GD&ĐT Bắc Ninh, 2013; n-bacninh-tuu-
    # truong-2013-2014): an opening day, a first day back, a closing ceremony are each one day,
    # never a span of days or months, so any day of a month reads there ("hoàn thành chương
    # trình năm học vào 23-5" stays unread: test_twodates39)
    r"|(?:(?<=khai giang )|(?<=khai giang vao )|(?<=tuu truong )|(?<=tuu truong tu )"
    r"|(?<=tuu truong vao )|(?<=be giang )|(?<=be giang vao ))"
    r"(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])"
    r"(?![\d-]|\s*[./]\s*\d|\s*(?:thang|ngay|nam|tuan|gio|phut|h|%)\b)"
)
# a part of the day before a day: "tối 8-3", "từ sáng 2-9 …", "từ buổi chiều ngày 01/9/2018"
PART_OF_DAY = re.compile(r"\b(?:buổi\s+)?(?:sáng|chiều|tối|trưa|đêm)\b", re.IGNORECASE)
# lists "6,7,8", "7, 8", "6 và 7"; ranges "6-8", "6 đến 8"
# a count in digits or words: "6 tháng", "Ba tháng", "05 năm", "hai năm"
COUNT = r"(?:\d{1,2}|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi(?:\s+(?:mot|hai))?)"
_LIST_SEP = r"(?:\s*[,;&–—-]\s*|\s+(?:va|den)\s+)"
_QUARTER = r"(?:[ivx]+|\d{1,2})\b"
_PERIOD_SHAPE = (
    # "Tháng 6,7,8/2022", "Tháng tháng 7, 8/2022" (doubled in a seed plan)
    rf"(?:thang\s+)+\d{{1,2}}(?:{_LIST_SEP}(?:thang\s+)?\d{{1,2}})*(?:{_YEAR_SEP}\d{{4}})?"
    rf"|quy\s+{_QUARTER}(?:{_LIST_SEP}(?:quy\s+)?{_QUARTER})*(?:{_YEAR_SEP}\d{{4}})?"
    rf"|(?:{COUNT}\s+thang|nua)\s+(?:dau|cuoi)\s+nam(?:\s+\d{{4}})?"
    # "Trong 2 tháng còn lại của năm 2021, tỉnh Vĩnh Long cho biết sẽ tập trung đôn đốc …"
    # (Doanh nghiệp & Kinh tế xanh, 2021; zd-doanhnghiepkinhtexanh-vinh-long-giai-ngan-2021):
    # the months left of the year, counted, are its last months, as "2 tháng cuối năm 2021"
    rf"|{COUNT}\s+thang\s+con\s+lai\s+(?:cua\s+)?nam(?:\s+\d{{4}})?"
    # "giai đoạn 2026 - 2030", "nhiệm kỳ 2020- 2025", "5 năm 2021 - 2025", "3 năm (2016-2018)"
    rf"|(?:{COUNT}\s+nam\s+(?=giai|thoi|nhiem))?(?:(?:giai\s+doan|thoi\s+ky|nhiem\s+ky|nam)\s+)?"
    rf"(?:{COUNT}\s+nam\s+)?\(?\s*\d{{4}}\s*[–—-]\s*(?:nam\s+)?\d{{4}}\s*\)?"
    # "năm 2025 và 2026", "Năm 2023, 2024", "trong 2 năm 2027 và 2028" (the count checked;
    # never "từ", "sau", "năm" folded as four, six, five: "từ năm 2025, 2026" is no count)
    r"|(?:(?:\d{1,2}|hai|ba|bon)\s+)?nam\s+\d{4}(?:\s*(?:,|\s+va)\s+(?:nam\s+)?\d{4})+"
    # ... never the "Nam" of "Việt Nam" closing a name ("… trên kênh VTV1 - Đài Truyền hình
    # Việt Nam", x-vtcnews): a country, no year to ask for; the words are refused for what
    # they are (`engine._unread`)
    r"|(?<!viet )nam(?:\s+\d{4})?"
)
# the ends of "từ ... đến ...": a day, one month, one quarter, one year
_POINT_SHAPE = (
    rf"{DAY_SHAPE}|(?:thang\s+\d{{1,2}}|quy\s+{_QUARTER})(?:{_YEAR_SEP}\d{{4}})?|nam\s+\d{{4}}"
)
# the day or period of a yearly or monthly deadline: "15/12", "tháng 12", "quý IV", "20"
_WHEN_IN_YEAR = (
    r"\d{1,2}(?:\s*[/.-]\s*|\s+thang\s+)\d{1,2}|thang\s+\d{1,2}|quy\s+" + _QUARTER + r"|\d{1,2}"
)

# Groups the builders read (dates.periods, lists, cadence, counted): `lead` (the keywords,
# empty when there are none), `before` ("trước"), `to_end` ("đến hết", "cuối"), `when`,
# `start`/`end`, `every` (nam/quy/thang), `count`/`unit`/`event` (relative deadlines).

_START = r"(?:^|(?<=[ ,:;]))"  # a rule starts on a word
_END = r"[ .,;:]*\Z"
# "trước ngày trước ngày" in a seed plan; "đến trước ngày 7/8": up to (and, as "trước ngày"
# is read, including) that day; "trước thời gian 15/7/2022", "trước thời hạn 15/7" right
# before the day's digits: before that time, the day ("chỉ đạo Đại hội đối với các chi bộ
# còn lại trước thời gian 15/7/2022", Nam Đàn, 2022; zt-namdan-dai-hoi-diem-chi-bo-xom-khoi-
# 2022). "trước thời hạn 2 tháng" (ahead of time) is no day and stays a count
_BEFORE_DAY = r"(?P<before>(?:den\s+)?(?:truoc\s+(?:thoi\s+(?:gian|han)\s+(?=\d))?(?:ngay\s+)*)+)"
# "từ ngày ban hành kế hoạch", "từ ngày phát hành Điều lệ giải", "từ ngày ra thông báo",
# "từ ngày ký", "từ khi ban hành kế hoạch": the document's own issue day, as "từ nay" is (`periods.build_day`); the words
# right before "đến" (a notice to come, "thông báo tuyển dụng", is another document's day);
# "kể từ" says the same: "Thời gian nhận tác phẩm dự thi kể từ ngày ban hành kế hoạch đến hết
# ngày 15/10/2025" (Gia Lai TV, 2025; zk-gialaitv-cuoc-thi-sang-tac-kich-2025)
SINCE_ISSUE = (
    r"(?:ke\s+)?tu\s+(?:nay|(?:ngay|khi)\s+(?:(?:ban|phat)\s+hanh|ky|ra)(?:\s+(?:ke\s+hoach|thong\s+bao"
    r"|dieu\s+le(?:\s+giai)?|van\s+ban|quyet\s+dinh))?(?:\s+nay)?)"
)
_BY_DAY = (
    # "hoàn thành vào dịp 30/4/2025": on the occasion of that day, the day itself; "hoàn
    # thành 4 dự án cao tốc Bắc - Nam đúng dịp 19/12/2025" (Văn phòng Chính phủ, CV 11074/2025)
    rf"(?:{SINCE_ISSUE}\s+(?:den|toi)\s+(?:het\s+)?"
    # … and "dịp" alone right before the day's digits: "Cao tốc Quảng Ngãi - Hoài Nhơn đã sẵn
    # sàng thông xe dịp 19/12/2025" (Thời báo Tài chính, 2025; zf-thoibaotaichinh-ve-dich-3000-
    # km-cao-toc-2025), as "vào dịp 19/12/2025"
    r"|(?:den\s+het|den|toi|het|trong|vao(?:\s+dip)?|dung\s+(?:vao\s+)?dip|dip(?=\s+\d))\s+"
    # "hôm 23/11" (on the 23rd, the press's word for the day of an event told): "Lễ trao giải
    # … tổ chức tại Bảo tàng Tôn Đức Thắng, TP HCM hôm 23/11, nhân kỷ niệm …" (VnExpress, 2025;
    # zq-vnexpress-trao-giai-anh-di-san-viet-nam-2025), as "ngày 23/11"; only before a number
    # ("hôm nay", "hôm qua" are days counted from the page's, read apart)
    r"|hom\s+(?=\d))?"
    # "Sáng ngày 13-10", "Sáng 13/10", "vào buổi tối ngày 8/3" (the part kept as qualifier);
    # "Sáng nay 16/5, Công an tỉnh Quảng Nam tổ chức lễ xuất quân …" (Báo Quảng Nam, 2023:
    # this morning, the day written after it, as a range's start reads "từ chiều nay 21/9")
    r"(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)(?:\s+nay)?\s+(?=ngay|\d))?(?:ngay\s+)*"
)
# "hằng năm" (hàng), "Định kỳ hằng quý", "hằng quý, năm" (two cadences), "định kỳ 3 tháng"
# (a quarter), "ít nhất 1 lần/quý"
_EVERY = (
    r"(?P<lead>(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?P<every>nam|quy|thang|tuan)(?!\s+(?:1|01|mot)\s+lan\b)"
    r"|dinh\s+ky\s+(?:3|03|ba)\s+(?P<three>thang)"
    # "Định kỳ 6 tháng", "6 tháng một lần", "định kỳ 06 tháng một lần": by half-years
    # ("6 tháng" alone is a length, "trong 6 tháng" a duration: never a cadence)
    # ... and after the field of a reporting rule that names its frequency, "Tần suất thực
    # hiện báo cáo: 06 tháng và hằng năm;" (Thông tư 01/2020/TT-VPCP; Nghị định 09/2019/NĐ-CP,
    # Điều 7: "tần suất thực hiện báo cáo" is one of a rule's parts)
    r"|(?:dinh\s+ky|(?<![a-z])tan\s+suat(?:\s+thuc\s+hien)?(?:\s+bao\s+cao)?\s*:)"
    r"\s+(?:6|06|sau)\s+(?P<six>thang)(?:\s*(?:/|\s)\s*(?:mot|1|01)\s+lan)?"
    r"|(?:6|06|sau)\s+(?P<six_once>thang)\s*(?:/|\s)\s*(?:mot|1|01)\s+lan"
    # ... or one day in each: "Trực tiếp tiếp công dân tại trụ sở Ủy ban nhân dân cấp xã ít nhất
    # 01 ngày trong 01 tuần" (Luật Tiếp công dân 2013, Điều 15, as thuvienphapluat quotes it,
    # zo-thuvienphapluat-hoi-dap-chu-tich-xa-tiep-cong-dan; tune-zo): once a week
    r"|(?:it\s+nhat|toi\s+thieu)\s+(?:(?:1|01|mot)\s+(?:lan\s*/\s*|(?:lan|ngay)\s+"
    r"(?:moi\s+|trong\s+(?:(?:1|01|mot)\s+)?))"
    r"(?P<once>nam|quy|thang|tuan)"
    # ... "ít nhất mỗi năm một lần" (Nghị quyết 72-NQ/TW of 2025 on free health checks, as the
    # press and the draft decree retell it: zf-radiohcm, zh-luatvietnam of the corpus)
    r"|moi\s+(?P<once_each>nam|quy|thang|tuan)\s+(?:1|01|mot)\s+lan)"
    # ... and without "ít nhất", once in each: "Các địa phương thành lập đội phun hóa chất tiêu
    # độc, khử trùng … mỗi tuần một lần" (Báo Ninh Thuận on the 2019 disinfection month;
    # z-baoninhthuan-thang-ve-sinh-tieu-doc-dot-2-2019): the cadence "mỗi tuần" says, its
    # count one; "2 lần" stays `timesper`'s refusal
    r"|(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?P<once_said>nam|quy|thang|tuan)\s+(?:1|01|mot)\s+lan\b"
    # ... and a periodic duty said with its count, once each period: "được khám sức khỏe định
    # kỳ 1 lần/năm" (UBND TP.HCM's plan for the elderly, 2025); "N năm/lần" is an interval,
    # refused apart (`routine`: which year does it start in?)
    r"|dinh\s+ky\s+(?:1|01|mot)\s+lan\s*/\s*(?P<each>nam|quy|thang|tuan))"
    # more cadences after the first: "hằng quý, năm", "định kỳ hằng quý, 6 tháng, năm" (Quyết
    # định 1944/QĐ-TTg 2021), "định kỳ 6 tháng và năm"
    # ... never a period named after the comma: "hằng năm, quý IV" is each year's fourth
    # quarter, not each quarter too
    # ... each one said with its own "hằng" too: "lập và nộp các báo cáo định kỳ 6 tháng và
    # hàng năm về hoạt động khoáng sản" (Quyết định 549/1997/QĐ-ĐCKS; s-idm-qd-549-1997), as
    # "định kỳ 6 tháng và năm" is
    r"(?P<also>(?:(?:\s*,\s*|\s+va\s+)(?:(?:hang|moi)\s+)?(?:nam|quy|thang|(?:6|06|sau)\s+thang)\b"
    r"(?!\s*(?:[ivx]+\b|\d|(?:dau|cuoi|giua|nay|sau|truoc|toi)\b)))+)?"
)


def word_rule(pattern: str) -> re.Pattern[str]:
    """A rule's pattern (folded text) compiled to start and end on a word (`_START`, `_END`):
    every rule of `_RULES` in the engine, wherever its module."""
    return re.compile(_START + pattern + _END, re.ASCII)


# The words that set a deadline, folded: "trước", "chậm nhất", "hạn", "hoàn thành", "đến hết"
# … A phrase that tells of something else (past results, a criterion, a document issuing
# another, routine duties) still sets a deadline when it holds one of them. Never the "hạn"
# of a term or a limit: "Kết quả thực hiện kế hoạch trung hạn giai đoạn 2021-2025" (medium-
# term: past results, read as a window 2021-2025 before), "dài hạn", "ngắn hạn", "hạn chế"
# (to limit), "hạn mức" (a ceiling), "giới hạn", "quyền hạn" (powers)
DUE_WORD = re.compile(
    r"\b(?:truoc|cham\s+nhat|muon\s+nhat|tre\s+nhat|den\s+het|hoan\s+thanh|xong"
    r"|(?<!trung\s)(?<!dai\s)(?<!ngan\s)(?<!gioi\s)(?<!quyen\s)han(?!\s+(?:che|muc)\b)"
    r"|ket\s+thuc|khong\s+qua)\b",
    re.ASCII,
)


# "ngày tổ chức khai giảng của các trường là 5.9" (Báo Thanh Niên, 2025): a day of the month
# written with a dot or a dash after "là", when the phrase is about a day ("Ngày …"; checked
# by `periods.build_day`: "tỷ lệ là 5.9" is a number)
_DAY_IS = r"(?<=\bla )\d{1,2}(?:\.|\s*-\s*)\d{1,2}(?![\d.-])"
# ... and "năm nay" after a day without its year: "hoàn thành … trước ngày 30-8 năm nay" (QĐ
# 360/QĐ-TTg as SGGP quotes it, 2026): the issue day's year, as after a month (`PERIOD_RULE`)
DAY_RULE = word_rule(
    rf"(?P<lead>{_BEFORE_DAY}|{_BY_DAY})(?P<when>{DAY_SHAPE}|(?P<day_is>{_DAY_IS}))"
    r"(?P<this>\s+nam\s+nay)?"
)
# the subject of a phrase that says which day something is: "Ngày khai giảng …"
DAY_SUBJECT = re.compile(r"\s*ngay\s+[a-z]", re.ASCII)
# One month or one quarter and its year after "đến" (`PERIOD_RULE`'s `to_end`): "đến tháng
# 9/2023", "đến tháng 10 năm 2023", "đến quý I.2022"; no other period nor day after its year
# ... never "not until" ("Đến tháng 9/2026 mới triển khai", "… bắt đầu thu phí": a start, the
# merge's fresh tester, session 56)
_TO_PERIOD_OF_A_YEAR = (
    rf"\s+(?:thang\s+\d{{1,2}}|quy\s+{_QUARTER}){_YEAR_SEP}\d{{4}}"
    r"(?![\d/.-]|\s*(?:,|va)\s*(?:thang|quy|\d))"
    r"(?!\s*,?\s*(?:moi|bat\s+dau|khoi\s+cong|trien\s+khai)\b)"
)
# ... nor after a word that makes "đến" a wait or a lasting ("chờ/đợi đến", "kéo dài đến", "sau
# đó đến", "để đến", "phải đến", "cho đến" (folded "chờ" and "cho" alike)): no deadline said
_NOT_UP_TO = r"(?<!\bcho\s)(?<!\bdoi\s)(?<!\bdai\s)(?<!\bdo\s)(?<!\bde\s)(?<!\bphai\s)"
PERIOD_RULE = word_rule(
    r"(?P<lead>(?P<before>(?:truoc\s+)+)"
    r"|(?P<to_end>(?:tu\s+nay\s+(?=den))?(?:den\s+het|het|den\s+cuoi|den(?=\s+nam\s+\d)"
    # ... and "đến tháng 9/2023", "đến quý I/2026" with the year written (ruling 56(a), issue
    # 11 §2: as "Đến năm 2035", through the period's last day); one period only, never one
    # without its year (whose year is it?) nor a list ("đến tháng 9, 10/2023")
    rf"|{_NOT_UP_TO}den(?={_TO_PERIOD_OF_A_YEAR}))\s+"
    # "từ nay tới cuối năm 2027": as "từ nay đến …", from the issue day (never the last
    # quarter of 2027, which "tới cuối năm" alone, a window, would be)
    r"|tu\s+nay\s+toi\s+(?:het|cuoi)\s+"
    # "triển khai nhiệm vụ trọng tâm những tháng còn lại năm 2025" (Báo Thanh Hóa, a xã's
    # congress resolution of 10/2025): the months left, as "từ nay đến hết năm 2025"
    # ... and "thời gian còn lại của năm 2024" (helper n1h, session 45: read as the whole
    # year, 01/01 a first day the rest of the year never had)
    r"|(?:(?:nhung|cac)\s+thang|thoi\s+gian)\s+con\s+lai\s+(?:cua\s+)?(?=nam\s+\d))"
    r"|(?:(?:trong|vao)\s+)*(?P<qual>(?:khoang\s+)?(?:dau|giua|cuoi))\s+(?=(?:thang|quy|nam)\s)"
    # "dự kiến vào trung tuần tháng 9 năm 2018" (Hội Nông dân tỉnh Bắc Giang): the thượng,
    # trung, hạ tuần of a month are its first, middle and last ten days
    r"|(?:(?:trong|vao)\s+)*(?P<tenth>(?:thuong|trung|ha)\s+tuan)\s+(?=thang\s)"
    # "xuyên suốt (trong) năm 2023", "trong suốt năm 2023" (throughout it): the period whole,
    # as "trong năm 2023" ("Thời gian thực hiện tập trung trong tháng 5 và xuyên suốt trong năm
    # 2023", Thư viện Bình Thuận, 2023: v-thuvienbinhthuan; its "xuyên suốt" was a step's name
    # beside the month, and the two parts refused as overlapping)
    rf"|(?:(?:ngay\s+)?(?:trong|vao)\s+)*(?:(?:xuyen\s+|trong\s+)?suot\s+(?:trong\s+)?)?)"
    rf"(?P<when>{_PERIOD_SHAPE})"
    # "trong tháng 5 này", "vào tháng 11 năm nay" (Báo Hải Dương, 2021): the issue day's year
    r"(?P<this>\s+(?:(?<=\d )nam\s+|(?<=[ivx] )nam\s+)?nay)?"
    r"(?P<onward>\s+va\s+(?:cac|nhung)\s+nam\s+tiep\s+theo)?"
)
# "năm cuối của nhiệm kỳ 5 năm 2016-2020", "năm đầu của giai đoạn 2021-2025": one year of
# a span of years
YEAR_OF_SPAN_RULE = word_rule(
    r"(?P<lead>nam\s+(?P<end>dau|cuoi)(?:\s+cung)?\s+(?:cua\s+)?)"
    r"(?P<when>(?:(?:giai\s+doan|thoi\s+ky|nhiem\s+ky)\s+)?(?:" + COUNT + r"\s+nam\s+)?"
    r"\(?\s*\d{4}\s*[–—-]\s*\d{4}\s*\)?)"
)
# "trong 2 ngày", "với 14 ngày liên tục": a length the span read must have; also before a
# colon ("diễn ra trong hai ngày: 18, 19/10/2025", Dầu Giây, Đồng Nai 2025) and counted in
# nights, each the evening of one day ("Hội thi diễn ra trong 3 đêm (từ 18 đến 20-9)", SGGP
# 2025), and before the parenthesis that holds the span
_DAYS_COUNTED = (
    r"(?:(?:trong|voi|la)\s+(?P<ndays>\d{1,3}|hai|ba|bon|nam)\s+(?P<nights>dem|ngay)"
    r"(?:\s+lien\s+tuc)?\s*[,:(]?\s*)?"
)
# A day and its month without the year, written with a dash or a dot ("1-6", "12.3"), is
# a day only where a range says so: after "từ", or after "đến" / a dash that ends a range
# ("từ ngày 1-6 đến 30-6", "Từ ngày 12.3-30.4", "đợt hai từ 10.9 - 10.10"); alone, "1-6"
# reads as well as months 1 to 6 (`DAY_SHAPE` takes it only after "ngày")
_DASHED_START = r"\d{1,2}\s*(?P<smark>[.-])\s*\d{1,2}(?!\d)(?!\s*(?P=smark)\s*\d)"
_DASHED_END = r"\d{1,2}\s*[.-]\s*\d{1,2}(?![\d.-])"
RANGE_RULE = word_rule(
    # "diễn ra trong 3 ngày 29/9 đến ngày 1/10" (Dân trí, Đắk Lắk 2025): after a count of days
    # that must be the range's length, "từ" may be left out before a day written with "/"
    rf"(?P<lead>{_DAYS_COUNTED}(?:(?:trong\s+)?(?:ke\s+|tinh\s+)?tu\s+"
    r"|(?(ndays)(?=\d{1,2}\s*/\s*\d)|(?!))"
    # "… kéo giảm tình hình tội phạm trên địa bàn tỉnh (5/10-4/12)": a range of two days
    # written with "/" and a dash, alone in the parentheses that close the phrase (checked by
    # `periods.build_range`: only there)
    # "Tiêm phòng bổ sung các đợt tiếp theo vào ngày 10/11 đến 20/11/2022 và …" (Hà Nam,
    # 2022): "ngày" and a day written with "/", then "đến": the range's start without "từ"
    # ... or both days after "ngày", with a dash and no year ("sẽ diễn ra ngày 27-12 đến ngày
    # 30-12", Báo Đắk Nông 2019)
    # ... or both days spelt with their month and year: "ngày 29 tháng 11 năm 2024 đến hết ngày
    # 28 tháng 5 năm 2025" (UBND TP Thủ Đức's vaccination rounds, the line's "Đợt 1: Từ" cut
    # by the page; zp-, refused before tune-zp)
    r"|(?P<on_day>(?:vao\s+)?ngay\s+)(?=\d{1,2}\s*(?:/\s*\d{1,2}(?:\s*/\s*\d{4})?\s+(?:den|toi)\s"
    r"|-\s*\d{1,2}\s+(?:den|toi)\s+(?:het\s+)?ngay\s+\d{1,2}\s*-\s*\d{1,2}(?![\d.-])"
    r"|\s+thang\s+\d{1,2}\s+nam\s+\d{4}\s+(?:den|toi)\s+(?:het\s+)?ngay\s+\d{1,2}\s+thang\s+"
    r"\d{1,2}\s+nam\s+\d{4}(?!\d)))"
    # ... or right after the field "Thời gian:" ("2. Thời gian: 27 tháng 01 năm 2023 đến ngày
    # 10 tháng 02 năm 2023 (tức …)": UBND phường Nguyễn Cư Trinh, TP.HCM 2023): the field
    # names the span, the "từ" left out before a day written with its month
    r"|(?<![a-z])thoi\s+gian\s*:\s*(?=(?:ngay\s+)?\d{1,2}(?:\s*/\s*\d{1,2}|\s+thang\s+\d{1,2})"
    r"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?\s+(?:den|toi)\s)"
    # ... or opening a schedule line after "Ngày" ("Ngày 25/6 - 27/6/2018: thí sinh …")
    # ... the start written with its year too: "(15/11/2025-15/02/2026)" closing a work's name
    # ... or after "các ngày" (the days, plural): "vào các ngày 26/5 - 29/5/2026" (`_span_named`)
    r"|(?P<bare>(?:(?:(?:trong|vao)\s+)?cac\s+ngay\s+|ngay\s+)?"
    r"(?=\d{1,2}\s*/\s*\d{1,2}\s*[–—-]\s*\d{1,2}\s*/\s*\d)"
    # ... written with dots, the end with its year: "Đợt 1 (1.1 - 30.6.2026), hướng tới chào
    # mừng Đại hội XIV của Đảng" (Thanh Niên on the unions' emulation rounds of 2026,
    # zk-thanhnien-phong-trao-thi-dua-cong-doan-2026); the same places only (`_bare_range`)
    r"|(?=\d{1,2}\s*\.\s*\d{1,2}\s*[–—-]\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{4}(?![\d.]))"
    r"|(?<!ngay )(?=\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[–—-]\s*\d{1,2}\s*/\s*\d)"
    # ... or joined by "đến", both days with their years: "25/12/2025 đến 04/01/2026" (a cell
    # of the Trường Đại học Mở TP.HCM's term plan 2025-2026, under "Thời gian"), as "ngày
    # 25/12/2025 đến ngày 04/01/2026" is read: "đến" (to) says the range, which a dash does not
    r"|(?<!ngay )(?<![\d/.-])(?=\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s+(?:den|toi)\s+(?:het\s+)?"
    r"(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?![\d/.-])))))"
    # "từ sáng 2-9 đến hết ngày 2-9-2018", "từ chiều ngày 1-9-2025 …" (notices of the national
    # holiday, Gia Lai, Kiên Giang): the part of the day the range starts in, its qualifier
    # ... "sẽ chính thức diễn ra từ chiều nay 21/9 đến 23/9" (Bình Dương TV, 2023): this
    # afternoon, the day written after it (`periods.part_of_day` keeps "chiều")
    r"(?P<part>(?:buoi\s+)?(?:(?:sang|chieu)\s+nay|sang|chieu|toi|trua)\s+(?=ngay\s|\d))?"
    r"(?:ngay\s+)?"
    # "bắt đầu thả giống từ ngày 15/12/2019 (theo Dương lịch) đến cuối tháng 3/2020" (Kiên
    # Giang, TB 193 khung lịch thời vụ tôm 2020), "từ đầu tháng 9 đến cuối tháng 10/2020": the
    # range runs from the first day of the month it opens in to the last of the month it
    # closes in (`periods.build_range`)
    r"(?P<early>dau\s+(?=thang\s))?"
    # ... or from a ten-day third of it: "thời vụ gieo trồng từ trung tuần tháng 02 đến hết
    # tháng 3/2024" (Lào Cai, 2023; zu-vietnamvn-lao-cai-phong-chong-ret-dong-xuan-2023-
    # 2024): from the first day of that third (the 11th), as `_part_of` reads it alone
    r"(?P<tenth_from>(?:thuong|trung|ha)\s+tuan\s+(?=thang\s))?"
    # ... or a month and its year without the word "tháng", right after "từ": "dự kiến thời
    # gian tổ chức từ 9/2025 đến ngày 15/12/2025" (Hải Dương's sports congresses, 2025; z-
    # haiduong): no day has a month of four digits; read as "tháng 9/2025" (`periods`)
    rf"(?P<start>{_POINT_SHAPE}|{_DASHED_START}|(?<=tu )(?P<start_month>\d{{1,2}}\s*/\s*\d{{4}}))"
    rf"(?:\s+(?:cho\s+)?(?:den|toi)\s+|(?P<dash>\s*[–—-]\s*))"
    r"(?:het\s+|truoc\s+|(?<=den )(?P<late>cuoi\s+)(?=thang\s))?"
    # "Đợt 2: từ ngày 20/11 đến sáng ngày 30/11/2024" (Tạp chí Tài chính, the Quốc hội's 8th
    # session): the part of the day the range ends in, kept as the gloss
    r"(?P<end_part>(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?=ngay\s|\d))?(?:ngay\s+)?"
    # "từ tháng 10/2024 - 6/2025" (Báo Đồng Tháp, 2024): after a dash, a month and its year
    # without the word "tháng" (`periods.build_range` takes it only after a month with its year)
    # ... or its year after a dot, as the press writes a month: "Chiến dịch diễn ra từ tháng 7
    # - 8.2020 tại …" (Báo Quảng Nam, zo-baoquangnam-chien-dich-tinh-nguyen-he-2020; tune-zo),
    # as "tháng 8.2020" alone reads
    rf"(?P<end>{_POINT_SHAPE}|{_DASHED_END}|(?P<end_month>\d{{1,2}}\s*[/.]\s*\d{{4}}))"
)
# "Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn lấy ý kiến: 26/03/2018" (Bộ KH&CN's
# consultation pages), "Học kỳ I, ngày bắt đầu là 6/9/2023, ngày kết thúc là 13/1/2024" (Ninh
# Bình, QĐ 636/2023): two fields of one form, the day a work opens and the day it closes;
# one window (`periods.build_start_end`), never the opening day as a deadline
START_END_RULE = word_rule(
    r"(?P<lead>ngay|thoi\s+gian|thoi\s+diem)\s+bat\s+dau(?P<what>(?:\s+[a-z]+){0,5}?)"
    r"\s*(?::|\s+la\b)\s*(?:ngay\s+)?"
    rf"(?P<start>{DAY_SHAPE})\s*[,;.]?\s*(?:va\s+)?"
    r"(?P=lead)\s+(?P<ends>ket\s+thuc|het\s+han)(?P<what_end>(?:\s+[a-z]+){0,5}?)"
    r"\s*(?::|\s+la\b)\s*(?:ngay\s+)?"
    rf"(?P<end>{DAY_SHAPE})"
)
_WHEN_LEAD = (
    r"(?:(?P<before>(?:truoc\s+(?:ngay\s+)*)+)|(?:(?:den\s+het|trong|vao)\s+)?(?:ngay\s+)*)"
)
# the step after a cadence: "thường xuyên nắm tình hình", "Định kỳ hàng quý báo cáo tình hình
# thực hiện dự án đầu tư" (words only; `read_step` refuses a word of time among them)
# ... never a rule's own due day in words, "Hàng Quý (trước ngày cuối cùng của tháng cuối Quý)"
# (Thông tư 11/2013/TT-BXD, Điều 6, its parentheses read as blanks): the day the cadence is due
# on, read by `REPORT_DAY_RULE`, no step
_STEP = r"(?P<step>\s+(?!(?:truoc|(?:cham|muon)\s+nhat(?:\s+(?:la|vao))?)\s+ngay\s)[a-z][a-z ]*?)"
# ... and after a cadence, its words may list who with commas and quote a campaign's name:
# "trong đó hằng năm các Bộ, ngành, địa phương tổ chức “Tháng hành động vì an toàn thực phẩm”"
# (Chỉ thị 13/CT-TTg 2016 as Người Tiêu Dùng quotes it; z-nguoitieudung-thang-hanh-dong-attp-
# 2021); no digit, and `read_step` refuses a word of time there. Only there: "Thường xuyên
# kiểm tra …, tránh để …" is an adverb in a sentence, no ongoing work (`ONGOING_RULE`)
_LISTED_STEP = (
    r"(?P<step>\s+(?!(?:truoc|(?:cham|muon)\s+nhat(?:\s+(?:la|vao))?)\s+ngay\s)"
    r"[a-z](?:[a-z ]|,(?=\s*[a-z])|[“”](?=[a-z ]|\Z))*?)"
)
# "Hằng năm", "Định kỳ hằng quý", "Hằng năm, trước ngày 15/12"
EVERY_FIRST_RULE = word_rule(
    rf"{_EVERY}(?:[ ,:;]+{_WHEN_LEAD}(?P<when>{_WHEN_IN_YEAR})|{_LISTED_STEP})?"
)
# "Trước ngày 15/12 hằng năm", "Tháng 12 hằng năm", "trước ngày 20 hằng tháng"
# "tiếp công dân định kỳ vào ngày 25 hằng tháng" (UBND tỉnh Bắc Kạn, TB 02/2024), "Định kỳ
# vào ngày 15 hàng tháng" (Sở TT&TT Vĩnh Phúc, 2018), "định kỳ trước ngày 20 hằng tháng":
# "định kỳ" (periodically) says the cadence after the day once more; "trước ngày 01 tháng 3
# năm hàng năm" (TP.HCM, công khai tài chính): "năm" doubled before the yearly cadence, of
# each year
EVERY_LAST_RULE = word_rule(
    rf"(?:dinh\s+ky\s+(?=(?:vao\s+|truoc\s+)?ngay\s))?{_WHEN_LEAD}(?P<when>{_WHEN_IN_YEAR})"
    r"(?:\s+nam(?=\s+(?:hang|moi)\s+nam\b))?[ ,]+" + _EVERY
)
# Several due days, then the cadence: "trước ngày 05/6 và 05/12 hàng năm" (UBND tỉnh Quảng
# Ngãi, 2019), "vào ngày 20/6 và ngày 20/12 hàng năm" (Thông tư 44/2019/TT-BGTVT, Điều 7),
# "tiếp công dân định kỳ vào ngày 15 và 25 hàng tháng" (UBND huyện Ngân Sơn, 2021), "ngày
# 10, 20 hằng tháng": each day its own occurrence (`cadence.build_days_every`); days with
# their months are days of a year, bare days are days of a month
_LISTED = r"(?:\s*[,;]\s*|\s+va\s+)(?:ngay\s+)?"
_DAY_OF_YEAR = r"\d{1,2}(?:\s*[/.-]\s*|\s+thang\s+)\d{1,2}(?!\s*[/.-]?\s*\d)"
DAYS_EVERY_RULE = word_rule(
    rf"(?P<lead>(?:dinh\s+ky\s+)?{_WHEN_LEAD})"
    rf"(?P<days>(?P<in_year>{_DAY_OF_YEAR})(?:{_LISTED}{_DAY_OF_YEAR})+"
    rf"|\d{{1,2}}(?:{_LISTED}\d{{1,2}}(?![\d/.-]))+)"
    r"[ ,]+(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?P<every>nam|quy|thang|tuan)"
)
# "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị … phải cập nhật kết quả …", "từ ngày 5
# đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận …" (Sở Giao thông công
# chánh TP.HCM, 2025): days of each month the work is done in, due on the last of them
MONTHLY_WINDOW_RULE = word_rule(
    r"(?P<lead>(?:dinh\s+ky\s+)?(?:vao\s+)?tu\s+)ngay\s+(?P<opens>\d{1,2})\s+(?:den|toi)\s+(?:het\s+)?"
    r"ngay\s+(?P<when>\d{1,2})\s*,?\s+(?:hang|moi)\s+thang"
)
# … and the days of each year a campaign or a named week runs: "được tổ chức từ ngày 15/11
# đến ngày 15/12 hàng năm" (Tháng hành động vì bình đẳng giới, Nghị quyết 28/NQ-CP 2021),
# "từ ngày 29/4 đến ngày 6/5 hằng năm" (Tuần lễ Quốc gia Nước sạch và vệ sinh môi trường),
# "diễn ra từ ngày 1 đến ngày 8 tháng 6 hàng năm" (Tuần lễ Biển và Hải đảo Việt Nam), "từ
# ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm" (khám sức khỏe nghĩa vụ quân sự, Luật
# NVQS 2015, Điều 40), the cadence first: "hàng năm lấy tuần lễ từ ngày 15 - 22/5 làm Tuần lễ
# Quốc gia phòng, chống thiên tai" (Quyết định 173/QĐ-TTg 2009): due on the last day; the
# opening day with its month or the closing one's (`cadence.build_yearly_window`)
_MONTH_OF = r"(?:\s*[/.-]\s*|\s+thang\s+)"
YEARLY_WINDOW_RULE = word_rule(
    r"(?P<lead>(?P<each>(?:hang|moi)\s+nam\s+(?:lay\s+(?:tuan\s+le\s+|thang\s+)?)?)?"
    r"(?:(?:dinh\s+ky\s+)?(?:vao\s+)?tu\s+))ngay\s+"
    rf"(?P<opens>\d{{1,2}})(?:{_MONTH_OF}(?P<opens_month>\d{{1,2}}))?"
    r"(?:\s+(?:den|toi)\s+(?:het\s+)?ngay\s+|\s*[–—-]\s*(?:ngay\s+)?)"
    rf"(?P<day>\d{{1,2}}){_MONTH_OF}(?P<month>\d{{1,2}})"
    r"(?(each)|\s*,?\s+(?:hang|moi)\s+nam)"
)
# "vào thứ Năm hàng tuần", "định kỳ vào thứ tư hàng tuần", "trước 17h00, thứ 6 hằng tuần":
# a weekday, then the weekly cadence (RFC 5545 BYDAY); "thứ Năm" here is Thursday, never
# the word "năm" (a year). "thứ Hai tuần này" (one week) is not this rule
WEEKDAY_EVERY_WEEK_RULE = word_rule(
    r"(?P<lead>(?:dinh\s+ky\s+)?(?:(?:(?:cham|muon)\s+nhat|truoc|vao|han)\s+)?(?:vao\s+)?)"
    r"(?:(?:luc\s+)?(?P<h>\d{1,2})\s*(?:gio|h)(?:\s*(?P<m>\d{1,2})(?:\s*phut)?)?\s*,?\s+)?"
    # "làm việc sáng thứ 7 hằng tuần" (UBND TP.HCM, 2025), "vào buổi sáng thứ Bảy hằng tuần"
    # (UBND TP Hà Nội): the part of the day, kept as the qualifier
    r"(?:(?:buoi\s+)?(?P<part>sang|chieu|toi|trua)\s+)?"
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
# ... and, of a quarter's first month only, "sau", "tiếp theo" alone: "chậm nhất vào ngày 15
# của tháng đầu quý sau" (Thông tư 128/2013/TT-BTC, Điều 41: the export-processing firm's
# quarterly stock report), the next quarter's first month; never before another period's word
# ("quý sau năm …"). A year's ("tháng đầu năm sau") may be one next year's, and is not read so
_NEXT_QUARTER = (
    r"(?:\s+(?:sau\s+quy\s+bao\s+cao|tiep\s+theo(?:\s+ngay)?\s+sau\s+ky\s+bao\s+cao"
    r"|tiep\s+theo\s+lien\s+ke\s+quy\s+phat\s+sinh\s+nghia\s+vu\s+thue"
    r"|(?<=dau\squy\s)(?:sau|tiep\s+theo)(?!\s+(?:quy|ky|nam|thang|ngay|\d)\b)))?"
)
# The words naming a report's subject (folded): one to ten words, none a word of time, a
# count, a clause joined or a day ("tình hình sử dụng lao động", "công tác cải cách hành chính")
_SUBJECT = (
    r"(?:(?!(?:tu|den|toi|va|hoac|hay|trong|sau|truoc|ky|nam|thang|quy|hang|moi|dinh|ngay"
    r"|cham|muon|han|thoi|gui|nop|cua|la|vao|dot|lan|tinh\s+tu|ke)\b)[a-z]+\s+){1,10}?"
)
REPORT_DAY_RULE = word_rule(
    # "Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo" (Thông tư 03/2015/TT-BTTTT)
    # "Báo cáo tháng gửi trước ngày 15 của tháng", "Báo cáo năm gửi trước ngày 25/11 hàng năm"
    # (UBND Bà Rịa – Vũng Tàu, Công văn 2539/2012)
    # … the report named as a heading, its colon, then the time to send it: "Đối với báo cáo ước
    # thực hiện cả năm: Thời hạn gửi báo cáo chậm nhất ngày 05 tháng 01 năm tiếp theo" (UBND
    # TP.HCM, QĐ 1872/2019 on the reports of state firms: zm-congbao-hcm-qd-1872-2019)
    # … the estimate named by its months alone, as its heading: "Ước 06 tháng: ngày 10/6 hàng
    # năm" (BQL Khu kinh tế Phú Yên on the statistics reports, beside "Ước cả năm: ngày 10/11
    # hàng năm"; y-phu-yen-bqlkkt-huong-dan-bao-cao-thong-ke): the six months' estimate's day
    # each year, only as the phrase says "hằng năm" ("Báo cáo 06 tháng: ngày 10/6" in a plan
    # may be this year's one report, `cadence.cadence_beside`)
    r"(?P<lead>(?:(?:(?:doi\s+voi\s+)?bao\s+cao\s+(?:thong\s+ke\s+)?(?:uoc\s+thuc\s+hien\s+)?"
    r"|uoc\s+(?=\d{1,2}\s+thang\s*:[^;]*\s(?:hang|moi)\s+nam[ .,;:]*\Z))"
    # … the report named by its subject before its months: "Báo cáo tình hình sử dụng lao động
    # 6 tháng đầu năm: Hạn nộp chậm nhất trước ngày 05/06 của năm báo cáo" (Kế toán Inno on
    # Nghị định 145/2020/NĐ-CP, Điều 4: "báo cáo tình hình thay đổi về lao động … 06 tháng"),
    # words with no digit and no word of time, only before a count of months
    rf"(?:{_SUBJECT}(?=\d{{1,2}}\s+thang\s+(?:dau|cuoi)\s+nam\b))?"
    # … or by one period of the year, its day each year's: "Báo cáo quý I trước ngày 15/3",
    # "Báo cáo tổng kết năm trước ngày 10/12" (session 61's ruling, `namedreport`)
    r"(?P<report>\d{1,2}\s+thang(?:\s+(?:dau|cuoi)\s+nam)?|ca\s+nam|quy\s+(?:iv|i{1,3}|[1-4])(?![a-z])"
    r"|tong\s+ket\s+nam"
    # "Báo cáo năm được thực hiện trước ngày 15 tháng 01 của năm tiếp theo" (Thông tư
    # 04/2016/TT-BNNPTNT, Điều 7): the report done, sent or filed
    r"|hang\s+(?:thang|quy|nam)|thang|quy|nam)"
    # … or its day named: "a/ Báo cáo thống kê tháng: Ngày nộp báo cáo là ngày 12 tháng sau
    # cua tháng báo cáo" (QĐ 77/2010/QĐ-TTg as Kế toán Biz prints it, y-ketoanbiz-qd-77-2010-
    # ttg-bao-cao-thong-ke)
    r"(?:\s*:\s*(?:(?:(?:thoi\s+)?han|ngay)\s+(?:gui|nop)(?:\s+bao\s+cao)?\s+)?"
    r"|\s+(?:(?:duoc\s+)?(?:gui|thuc\s+hien|nop)\s+)?)"
    # "Tờ khai tháng: chậm nhất là ngày thứ 20 …", "Tờ khai quý: chậm nhất là ngày cuối cùng
    # của tháng đầu quý tiếp theo …" (Luật Quản lý thuế 2019, Điều 44)
    r"|to\s+khai\s+(?P<form>thang|quy)\s*:\s*)?"
    r"(?:(?:(?:cham|muon)\s+nhat(?:\s+truoc)?|truoc|thoi\s+gian\s+chot\s+so\s+lieu)\s+)?"
    r"(?:(?:la|vao)\s+)?ngay\s+(?:thu\s+(?=[1-3]\d\b))?)(?:(?P<day>\d{1,2})|(?P<last>cuoi\s+cung))"
    r"(?:(?:\s*[/-]\s*|\s+thang\s+)(?P<month>\d{1,2})"
    # a day of a named month is a report's yearly day only when a report or a year says so
    # ... or the year before the taxed one: "Trước ngày 30 tháng 12 của năm trước năm tính
    # thuế" (a tax-filing table's lump-sum row, Luật Quản lý thuế 2019, Điều 44; zp-, not
    # recognised before tune-zp): each tax year is a calendar year, so each year's 30/12. Only
    # the tax year: "năm trước năm đề nghị" (an award given every third year) is no yearly day
    r"(?=\s+(?:cua\s+)?nam\s+(?:bao\s+cao|sau|lien\s+ke|tiep\s+theo|ke\s+tiep|truoc\s+nam\s+tinh\s+thue\b)"
    r"|(?:\s+(?:hang|moi)\s+nam)?\s+doi\s+voi\s+bao\s+cao|(?(report)(?:\s+(?:hang|moi)\s+nam)?[ .,;:]*\Z|(?!)))"
    r"(?:\s+(?:cua\s+)?(?:nam\s+bao\s+cao|nam\s+(?:sau\s+cua|lien\s+ke)\s+nam\s+bao\s+cao"
    r"|nam\s+truoc\s+nam\s+tinh\s+thue"
    # "chậm nhất là ngày 15/02 năm kế tiếp của năm báo cáo" (Thông tư 26/2015/TT-BKHCN), "trước
    # ngày 01/7 của năm tiếp theo sau kỳ báo cáo" (Thông tư 31/2018/TT-BTNMT): the year after
    # the year reported on, which the phrase itself names (a yearly report's day)
    # … "Trước ngày 10/02 của năm sau năm báo cáo" (Ban Quản lý các KCX-KCN TP.HCM, báo cáo
    # giám sát đầu tư)
    r"|nam\s+(?:ke\s+tiep|tiep\s+theo|sau)\s+(?:cua\s+nam\s+bao\s+cao|sau\s+ky\s+bao\s+cao"
    r"|nam\s+bao\s+cao)"
    # "trước ngày 25 tháng 02 của năm sau liền kề" (Thông tư 07/2019/TT-BVHTTDL): the next
    # year, "immediately following", as "năm sau" alone
    # … and "năm sau" before the yearly report it is for: "Trước ngày 10/01 năm sau đối với
    # báo cáo năm" (Nghị định 39/2016/NĐ-CP, Điều 36: báo cáo tai nạn lao động)
    r"|nam\s+(?:sau|tiep\s+theo)(?:\s+lien\s+ke)?(?=[ .,;:]*\Z|\s+doi\s+voi\s+bao\s+cao\s+nam\b))"
    r"|\s+(?:hang|moi)\s+nam)?"
    # "Báo cáo tháng là ngày 20 tháng sau của tháng báo cáo" (Bộ VHTTDL, dự thảo thông tư chế độ
    # báo cáo thống kê du lịch, 2021): the month after the reported one, each month
    r"|\s+(?:cua\s+)?(?:thang\s+bao\s+cao|thang\s+sau\s+cua\s+thang\s+bao\s+cao"
    r"|thang(?:\s+tiep\s+theo(?:\s+ngay)?\s+sau\s+ky\s+bao\s+cao)?"
    # "… của tháng tiếp theo tháng phát sinh nghĩa vụ thuế": the month after the taxed one
    r"|thang\s+tiep\s+theo(?:\s+thang\s+phat\s+sinh\s+nghia\s+vu\s+thue)?"
    # "Trước ngày 05 của tháng sau", "ngày 20 tháng sau của tháng báo cáo": each month's
    # report, due in the month after the one it reports on (`cadence.build_report_day`)
    r"|thang\s+sau(?:\s+cua\s+thang\s+bao\s+cao)?"
    # … and "ngày 10 tháng sau tháng báo cáo" (Ban Quản lý Khu kinh tế Phú Yên, hướng dẫn báo
    # cáo thống kê), "Ngày 12 tháng sau tháng tháng báo cáo" (Quyết định 77/2010/QĐ-TTg, the
    # word printed twice): the same month after the reported one, "của" left out
    r"|thang\s+sau\s+(?:thang\s+){1,2}bao\s+cao"
    # "… của tháng cuối quý thuộc kỳ báo cáo" (Thông tư 44/2019/TT-BGTVT, Điều 7): the
    # reporting quarter's own last month, as "tháng cuối quý" alone
    # "Ngày 12 tháng thứ hai quý sau quý báo cáo" (Quyết định 77/2010/QĐ-TTg): the quarter's
    # middle month, as its first or last
    r"|(?P<quarter>thang\s+(?:cuoi\s+cung\s+cua\s+moi\s+quy|cuoi\s+quy|dau\s+quy"
    r"|thu\s+(?:hai|2)\s+(?:cua\s+)?quy)"
    rf"(?:\s+thuoc\s+ky\s+bao\s+cao|{_NEXT_QUARTER}))|(?P<first_of_year>thang\s+dau\s+nam){_NEXT}))"
    r"(?:\s+doi\s+voi\s+bao\s+cao\s+(?:dinh\s+ky\s+)?"
    # "… hàng năm đối với báo cáo 6 tháng đầu năm" (Nghị định 39/2016/NĐ-CP, Điều 36)
    r"(?P<every>hang\s+thang|hang\s+quy|hang\s+nam|nam|\d{1,2}\s+thang(?:\s+dau\s+nam)?))?"
)
# The last day of the Nth month counted from the end of the calendar year: "Chậm nhất là
# ngày cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch đối với hồ sơ quyết toán
# thuế thu nhập cá nhân của cá nhân trực tiếp quyết toán thuế" (Luật Quản lý thuế 2019, Điều
# 44, khoản 2, as Thư viện Pháp luật quotes it): the year just ended is January's eve, so the
# Nth month is month N of each year, due on its last day. Never "… năm dương lịch hoặc năm
# tài chính" (a firm's fiscal year may end on another day: no one date), never "trước ngày
# cuối cùng" (before it: which day?); the filing named after "đối với" is the step, checked
MONTH_AFTER_YEAR_END_RULE = word_rule(
    r"(?P<lead>(?:(?:cham|muon)\s+nhat\s+(?:la\s+|vao\s+)?)?)ngay\s+cuoi\s+cung\s+(?:cua\s+)?"
    r"thang\s+thu\s+(?P<nth>0?[1-9]|1[0-2])\s+(?:ke\s+)?tu\s+(?:ngay\s+)?ket\s+thuc\s+nam"
    r"\s+duong\s+lich(?!\s+hoac\b)"
    r"(?:\s+doi\s+voi\s+(?P<step>(?:ho\s+so|to\s+khai)\s[a-z ]*?))?"
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
DATA_PERIOD_RULE = word_rule(
    rf"(?P<lead>{_REPORT_NAME}?(?:\d{{1,2}}\s+thang\s+(?:dau|cuoi)\s+nam\s+)?"
    r"(?:(?:duoc\s+)?tinh\s+)?(?:bat\s+dau\s+)?tu\s+ngay\s+)"
    r"(?P<start>\d{1,2}\b[a-z0-9/ ]*?)\s+(?:cho\s+)?den\s+(?:het\s+)?(?:ngay\s+)?"
    r"(?:(?P<month_day>\d{1,2})\s+(?:cua\s+)?thang(?:\s+thuoc\s+ky\s+bao\s+cao)?"
    r"|(?P<month_last>cuoi\s+cung\s+cua\s+thang)"
    rf"|(?P<quarter_day>\d{{1,2}})\s+(?:cua\s+)?thang\s+cuoi\s+quy(?:\s+thuoc)?{_OF_PERIOD}"
    rf"|(?P<quarter_last>cuoi\s+cung\s+cua\s+thang\s+thu\s+ba){_OF_PERIOD}"
    # ... and a half-year's: "Được tính bắt đầu từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo
    # thống kê cho đến hết ngày cuối cùng của tháng thứ sáu của kỳ báo cáo thống kê đó"
    # (Thông tư 02/2019/TT-BTC, the 6-month statistical report, as its quarter's "tháng thứ ba")
    rf"|(?P<half_last>cuoi\s+cung\s+cua\s+thang\s+thu\s+sau){_OF_PERIOD}"
    r"|(?P<year_day>\d{1,2})(?:\s*/\s*|\s+(?:cua\s+)?thang\s+)(?P<year_month>\d{1,2})"
    rf"{_OF_PERIOD})"
)
# "tựu trường sớm nhất trước khai giảng một tuần, tức ngày 29/8", "riêng khối 1 có thể sớm
# hai tuần, tức 22/8": words that count the day, then the day itself after "tức" (that is)
# ... the words before "tức" hold at most one number, and end on a word or that number: each
# blank or comma before "tức" is taken once (a citation blanked to hundreds of spaces made
# the words and the blanks after them split every way, seconds per phrase)
THAT_IS_RULE = word_rule(
    r"(?P<said>(?:[\s,]*+[^\d\s,])*?(?:[\s,]*+\d(?:[\s,]*+[^\d\s,])*?)??)[\s,]*+"
    rf"(?P<lead>tuc\s+(?:la\s+)?(?P<start>(?:ke\s+)?tu\s+)?(?:ngay\s+)?)(?P<when>{DAY_SHAPE})"
    # ... and "tức là từ ngày 29/8" (24h.com.vn, 2025), the day a start: never before its
    # end ("tức là từ ngày 29/8 đến ngày 4/9" is a window, read by the range rules)
    r"(?(start)(?!\s*(?:[–—-]|den\b|toi\b|cho\b)))"
)
# "Quyết định này có hiệu lực thi hành kể từ ngày 01/10/2018", "... kể từ ngày ký"
# ... "kể từ ngày ký, ban hành." (Bộ Y tế, QĐ 288/QĐ-BYT 2025: the comma as printed), and the
# article naming who carries it out, from its signing: "Điều 3. Chánh Văn phòng Ủy ban nhân
# dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo, … thi hành Quyết định này kể từ ngày ký./." (UBND
# tỉnh Tây Ninh, QĐ 2836/QĐ-UBND 2025; Nghị định 30/2020/NĐ-CP, Phụ lục I: the article on
# effect and execution), the decision in force from that day
IN_FORCE_RULE = word_rule(
    r"(?P<lead>(?:(?:co\s+)?hieu\s+luc(?:\s+thi\s+hanh)?"
    r"|thi\s+hanh\s+(?:quyet\s+dinh|chi\s+thi)\s+nay)\s+(?:ke\s+)?tu\s+)(?:ngay\s+)?"
    rf"(?P<when>{DAY_SHAPE}|ky(?:\s*,?\s+ban\s+hanh)?)"
)
# "từ ngày 4-8/2", "từ 16 đến hết 22/2", "Ngày 20-22/02/2026", "từ ngày 1 đến hết ngày 3/7/2016"
# ... and after "các ngày" (the days, plural: the numbers are days), with "từ" or not: "trong
# các ngày từ 25 đến 27-2, thanh niên cả nước sẽ lên đường" (Báo Đồng Nai on the call-up of
# 2024), "Chương trình Vui Xuân đón Tết các ngày 14 - 15.2" (Thanh Niên, Tết Bính Ngọ 2026)
DAY_SPAN_RULE = word_rule(
    rf"(?P<lead>{_DAYS_COUNTED}(?:(?:trong|vao)\s+)?(?P<plural>cac\s+ngay\s+)?"
    r"(?:(?:ke\s+|tinh\s+)?tu\s+)?(?:ngay\s+)?|)"
    # ... "từ 13 đến15-12-2017" (Công an Nhân dân, 2017: the words run together in the copy)
    r"(?P<first>\d{1,2})\s*(?:[–—-]|\s(?P<through>den|toi)(?:(?:\s+het)?\s|(?=\d)))\s*(?:ngay\s+)?"
    # "Từ ngày 1 - 25.4.2019": a dot between day and month only with the year after it;
    # "đợt 1 bắt đầu từ ngày 7 đến 21-3-2018", "từ ngày 1 đến 10-6": a dash or a dot without
    # the year only after "từ ngày D đến" (`lists.build_day_span` checks)
    r"(?P<last>\d{1,2})(?:\s*/\s*|\s+thang\s+|\s*\.\s*(?=\d{1,2}\s*\.\s*\d{4})"
    r"|(?P<dashed>\s*[.-]\s*)(?=\d{1,2}(?:\s*[.-]\s*\d{4})?[ .,;:]*\Z))"
    r"(?P<month>\d{1,2})(?:(?:\s*[/.-]\s*|\s+nam\s+)(?P<year>\d{4}))?"
)
# "vào các ngày 26, 27, 28, 29/6/2024", "ngày 11 và 12-6-2026", "02, 03 và 04/6/2015"
DAY_LIST_RULE = word_rule(
    # ... or nights, each the evening of its day: "Trong các đêm 13, 14 và 15.2, khu vực này
    # tiếp tục diễn ra nhiều chương trình biểu diễn nghệ thuật" (Thanh Niên, TP.HCM 2026)
    # ... or after "từ ngày", the days in a row (`lists.build_day_list` checks): "Thời gian cấp
    # phát trợ cấp … 3 ngày, từ ngày 15, 16, 17/4/2020" (UBND huyện Chương Mỹ, Hà Nội, 2020)
    rf"(?P<lead>{_DAYS_COUNTED}(?:(?:trong|vao)\s+)?(?:cac\s+)?(?:(?P<from>tu)\s+(?=ngay\s))?"
    r"(?:(?:ngay|(?<=cac )dem)\s+)?|)"
    # never from a weekday's number: "vào thứ 2, ngày 23/2" is Monday the 23rd, not the 2nd
    r"(?<!thu\s)(?P<days>\d{1,2}(?:\s*,\s*(?:ngay\s+)?\d{1,2})*"
    r"(?:\s*,?\s+va\s+(?:ngay\s+)?\d{1,2}|\s*,\s*(?:ngay\s+)?\d{1,2}))"
    r"(?:\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?"
    r"|\s*-\s*(?P<month2>\d{1,2})\s*-\s*(?P<year2>\d{4})"
    r"|\s+thang\s+(?P<month3>\d{1,2})(?:\s+nam\s+(?P<year3>\d{4}))?"
    r"|\s*\.\s*(?P<month4>\d{1,2})\s*\.\s*(?P<year4>\d{4})"  # "ngày 26, 27.6.2025"
    # "ngày 11 và 12-10", "ngày 11 và 12.10" (Thanh Niên, 2025): only after "ngày"
    r"|\s*[.-]\s*(?P<month5>\d{1,2})(?![\d.-]))"
)
# "trong các ngày 11/10 và ngày 12/10": days written whole, joined; after a count of days,
# which must be their span: "các đơn vị được nghỉ trong hai ngày 17/2 và 18/2" (UBND TP.HCM,
# 2026), "Hội Lim … trong hai ngày 28/2 và 1/3" (VnExpress, 2026)
DATES_LIST_RULE = word_rule(
    r"(?P<lead>(?:(?:trong|vao)\s+)?cac\s+ngay\s+"
    r"|trong\s+(?P<ndays>\d{1,2}|hai|ba|bon|nam)\s+(?P<nights>ngay)\s+)"
    rf"(?P<dates>(?:{DAY_SHAPE})(?:\s*(?:,|va)\s*(?:ngay\s+)?(?:{DAY_SHAPE}))+)"
)
# "30,31/5 và 1/6/2017": lists of days, each list with its month, the year once at the end
_DAY_GROUP = r"\d{1,2}(?:\s*,\s*\d{1,2})*\s*/\s*\d{1,2}"
DAY_GROUPS_RULE = word_rule(
    r"(?P<lead>(?:(?:trong|vao)\s+)?(?:cac\s+)?(?:ngay\s+)?)"
    r"(?P<groups>\d{1,2}(?:\s*,\s*\d{1,2})+\s*/\s*\d{1,2}"
    rf"(?:\s*(?:,|va)\s*(?:ngay\s+)?{_DAY_GROUP})+)(?:\s*/\s*(?P<year>\d{{4}}))?"
)
# "Thi đấu các môn thể thao truyền thống(Ngày 7/10 và 8/10/2016)" (a festival's programme
# line, Báo Yên Bái 2016): one day and the next, each with its month, "ngày" once and the year
# once at the end, are one list of days as "30,31/5 và 1/6/2017" is: one window when they
# follow each other (the corpus's convention for days in a row). Never after "từ" ("Từ ngày
# 3/1 và 4/1/2026, …", zi-cafef: the reader's two days, kept) nor with "ngày" said again
# ("sự kiện ngày 30/6 và ngày 1/7": two events, each its day)
DAY_AND_NEXT_RULE = word_rule(
    # ... or without "ngày", as a copy that dropped it prints them ("truyền thống(7/10 và
    # 8/10/2016)", read as two days before harden24's hunt), never after "số" (a number)
    # ... and after "từ" (ruling 56(b), issue 11: "Từ ngày 3/1 và 4/1/2026, …", zi-cafef-csgt-
    # ha-noi-nghi-tet-duong-lich-2026, is one window), the first day with its year written too
    # ("Quốc tang vào ngày 04/04/2025 và 05/04/2025", o-tay-ninh-ninh-thanh-tb-treo-co-4-2025)
    r"(?<!\bso\s)(?P<lead>(?:tu\s+(?=ngay\s))?(?:ngay\s+)?)"
    r"(?P<first>\d{1,2}\s*(?P<mark>[/.-])\s*\d{1,2}(?:\s*(?P=mark)\s*\d{4})?)\s+va\s+"
    # ... one mark throughout, as copies print it: "14-11 và 15-11-2026", "14.11 và 15.11.2026",
    # or the full day alone written d.m.yyyy ("Ngày 7/10 và 8.10.2016"); never a first day
    # with a dot before a day with a slash ("7.10" may be a number)
    r"(?P<last>\d{1,2}\s*(?P<marks>(?P=mark)|\.)\s*\d{1,2}\s*(?P=marks)\s*\d{4})"
)
DAY_GROUP = re.compile(r"(?P<days>\d{1,2}(?:\s*,\s*\d{1,2})*)\s*/\s*(?P<month>\d{1,2})", re.ASCII)
# "Chiều ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023" (a university's office, receiving
# transcripts on two afternoons and two whole days; zq-tdtu): lists of days each written whole,
# with its month and its year ("cả" before the second read as a blank, `_also_between_days`),
# one of them a list of two days or more; "31/05/2023, 07/06/2023 và cả ngày 03, 10/06/2023"
# too. Joined by "," or "và" only: "hoặc" is a choice (`lists.build_dated_groups` checks)
_DATED_GROUP = r"\d{1,2}(?:\s*,\s*\d{1,2})*\s*/\s*\d{1,2}\s*/\s*\d{4}"
_DATED_LIST = r"\d{1,2}(?:\s*,\s*\d{1,2})+\s*/\s*\d{1,2}\s*/\s*\d{4}"
_GROUPS_JOINED = r"\s*(?:,|va)\s*(?:ngay\s+)?"
DATED_GROUPS_RULE = word_rule(
    r"(?P<lead>(?:(?:trong|vao)\s+)?(?:cac\s+)?(?:ngay\s+)?)"
    rf"(?P<groups>(?:{_DATED_GROUP}{_GROUPS_JOINED})+{_DATED_LIST}(?:{_GROUPS_JOINED}{_DATED_GROUP})*"
    rf"|{_DATED_LIST}(?:{_GROUPS_JOINED}{_DATED_GROUP})+)"
)
DATED_GROUP = re.compile(
    r"(?P<days>\d{1,2}(?:\s*,\s*\d{1,2})*)\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4})",
    re.ASCII,
)
# "Cả ngày 14/10 và buổi sáng ngày 15/10", "Ngày 14-10 (cả ngày) và buổi sáng ngày 15-10"
HALF_DAY_RULE = word_rule(
    rf"(?P<lead>(?:ca\s+)?ngay\s+)(?P<first>{DAY_SHAPE})(?:\s*\(\s*ca\s+ngay\s*\))?"
    # "ngày" said again or not: "… và buổi sáng 15.10" (Thanh Niên, 2025; j- of the corpus)
    rf"\s+va\s+buoi\s+(?P<part>sang|chieu)\s+(?:ngay\s+)?(?P<last>{DAY_SHAPE})"
)
# ... and the days it is held on, every working day, said after it: "UBND xã phân công chuyên
# viên Văn phòng HĐND & UBND xã tiếp công dân thường xuyên trong giờ hành chính vào tất cả
# các ngày làm việc trong năm" (xã Tây Sơn, Gia Lai, lịch tiếp công dân 2025; o-gia-lai-tay-
# son-lich-tiep-cong-dan-2025): the reception of Luật Tiếp công dân 2013, Điều 10, kept at the
# office each working day, ongoing as "thường xuyên" says; no day of its own. Never with a
# year after "trong năm", nor "trong tuần" (each weekday, a weekly rule to read by its days)
_EVERY_WORKING_DAY = (
    r"(?:\s+trong\s+gio\s+hanh\s+chinh)?\s*,?\s+vao\s+(?:tat\s+ca\s+)?cac\s+ngay\s+lam\s+viec"
    r"(?:\s+trong\s+nam)?(?=[ .;]*\Z)"
)
ONGOING_RULE = word_rule(
    rf"(?P<lead>thuong\s+xuyen(?P<held>{_EVERY_WORKING_DAY})|(?:thuong\s+xuyen|lien\s+tuc)"
    rf"(?:(?:\s*[,;&–—-]\s*|\s+va\s+)(?:thuong\s+xuyen|lien\s+tuc))?)(?(held)|{_STEP}?)"
)
UNKNOWN_RULE = word_rule(
    r"(?P<lead>(?:khong|chua)\s+(?:neu|co|xac\s+dinh|quy\s+dinh|ghi)"
    r"(?:\s+(?:ro\s+)?(?:thoi\s+han|thoi\s+gian)"
    # ... and what the time it does not set is for, words only, closing the phrase: "Luật
    # Quy hoạchkhông quy định thời hạn hoàn thành với các quy hoạch trong hệ thống quy
    # hoạchquốc gia" (Trung tâm Bồi dưỡng đại biểu dân cử; u-ttbd-giam-sat-luat-quy-hoach)
    r"(?:\s+(?:hoan\s+thanh|thuc\s+hien)(?:\s+(?:voi|doi\s+voi|cho)\s+[a-z][a-z ]*?)?"
    r"(?=[ .;:]*\Z))?)?)"
)
# "Sau 15 ngày kể từ ngày ký", "trong vòng 30 ngày kể từ khi ...": the event is free text
RELATIVE_RULE = re.compile(
    _START + r"(?:(?:sau|trong(?:\s+vong|\s+thoi\s+han)?|khong\s+qua|toi\s+da)\s+)?"
    # never a day of a month: "ngày 12 tháng sau tháng báo cáo" is the 12th of the next month
    # (Quyết định 77/2010/QĐ-TTg), no count of 12 months after the reported one
    # ... nor such a day whose "ngày" a copy dropped: "12 tháng sau tháng (tháng) báo cáo"
    # (y-hcm-pso's phrase so copied: 12 months after, read where it is the 12th of the month
    # after; harden22's hunt): "N tháng sau tháng …" may be either, and is refused
    r"(?<!ngay\s)(?!\d{1,2}\s+thang\s+sau\s+thang(?![a-z]))"
    r"(?:(?P<count>\d{1,4})\s+(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)"
    # ... or the Nth day counted from it: "chậm nhất là ngày thứ 10, kể từ ngày phát sinh
    # nghĩa vụ thuế" (Luật Quản lý thuế 2019, Điều 44), never a weekday ("ngày thứ 2": Monday)
    r"|(?P<nth_unit>ngay)\s+thu\s+(?P<nth>[1-9]\d{1,2}|[89]))[ ,]+"
    r"(?P<direction>(?P<lead>ke\s+tu|tinh\s+tu|sau\s+khi|tiep\s+theo(?:\s+ngay)?\s+sau|sau))"
    # ... never a dated range, whose length the count is ("Thời gian lấy ý kiến nhân dân: 30
    # ngày, kể từ ngày 01/04/2021 đến 30/04/2021", Thuận An, Bình Dương 2021: `RANGE_RULE`
    # reads it, and the count must agree)
    r"\s+(?!(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)\s+(?:den|toi)\s)"
    r"(?P<event>\S.*?)\s*\Z",
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
    _START + r"(?P<lead>trong(?:\s+vong)?\s+)(?P<count>" + COUNT + r")\s+"
    r"(?P<unit>nam|thang|tuan|ngay)\s+toi[ .,;:]*\Z",
    re.ASCII,
)
# "tiến hành tổng kết từ sau khi Hội đồng Bầu cử Quốc gia công bố kết quả bầu cử cho đến trước
# ngày 22/6/2021": the day is the deadline; the event only says when the work may start
AFTER_EVENT_UNTIL_RULE = word_rule(
    r"(?P<lead>tu\s+sau\s+khi\s+(?P<event>[a-z ]+?)\s+(?:cho\s+)?den\s+)"
    rf"(?:{_BEFORE_DAY}|(?:het\s+)?(?:ngay\s+)*)(?P<when>{DAY_SHAPE})"
)
# ... and the same window each year, its closing day written without a year before the
# yearly cadence: "Thời điểm công khai được thực hiện trong khoảng thời gian từ sau khi hoàn
# thành việc kiểm tra Bản kê khai quy định tại Khoản 3 Điều 5 Thông tư số 08/2013/TT-TTCP đến
# ngày 31 tháng 3 hàng năm" (Thông tư 08/2013/TT-TTCP on asset declarations, as the TTHC
# portal of Thừa Thiên Huế prints it; ze-tthc-hue-thanh-tra-tinh-thu-tuc): the window opens on
# an event and closes on that day of each year, due then (`cadence.build_after_event_each_year`).
# Only "hằng/mỗi năm" right after a day and month: "đến ngày 20 hằng tháng" may be the
# figures' cut-off (j-2-baodauthau) and stays refused, as a day written with its year does
AFTER_EVENT_EACH_YEAR_RULE = word_rule(
    r"(?P<lead>tu\s+sau\s+khi\s+(?P<event>[a-z ]+?)\s+(?:cho\s+)?den\s+)"
    r"(?:" + _BEFORE_DAY + r"|(?:het\s+)?(?:ngay\s+)*)"
    r"(?P<when>\d{1,2}(?:\s*/\s*|\s+thang\s+)\d{1,2})\s*,?\s+(?:hang|moi)\s+nam"
)
_UNIT = r"(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)"
# ... the earliest the step may be done, after the latest: "trước ít nhất 5 ngày nhưng không
# quá 45 ngày trước ngày GPLĐ hết hạn, NSDLĐ phải nộp hồ sơ đề nghị gia hạn GPLĐ" (Người Lao
# Động on Nghị định 152/2020/NĐ-CP, Điều 20: ze-nld-gia-han-giay-phep-lao-dong-nd-152-2021):
# the deadline is the lesser count before the event; the greater, in the same unit, opens the
# time to file (`counted.build_relative` checks both)
# ... joined by "và" and capped by "tối đa" as well: "trước khi giấy phép lao động hết hạn tối
# thiểu là 5 ngày và tối đa 45 ngày, người sử dụng lao động phải nộp hồ sơ xin gia hạn …"
# (Dịch vụ Luật on Nghị định 152/2020/NĐ-CP, Điều 20; ze-dichvuluat-gia-han-work-permit): the
# same two bounds, the lesser the latest day
_CAP_WORDS = r"(?:nhung|va)\s+(?:khong\s+qua|toi\s+da)"
_CAPPED = (
    rf"(?P<cap>\s+{_CAP_WORDS}\s+(?P<cap_count>\d{{1,4}})\s+"
    r"(?P<cap_unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam))"
)
# "ít nhất 30 ngày làm việc trước ngày khai mạc Đại hội"
RELATIVE_BEFORE_RULE = re.compile(
    _START + r"(?:(?:it|toi)\s+(?:nhat|thieu)\s+|(?:cham|muon)\s+nhat\s+(?:la\s+)?"
    # (the bound said first, "trước ít nhất 5 ngày", only before its cap: the count then
    # after "trước" again, never alone, "trước 5 ngày trước ngày …")
    rf"|(?P<bound_first>truoc)\s+(?:it|toi)\s+(?:nhat|thieu)\s+"
    rf"(?=\d{{1,4}}\s+[a-z ]+?\s+{_CAP_WORDS}\s))?"
    # (a comma may part the count from its bound: "Chậm nhất là 20 ngày làm việc, trước ngày
    # dự kiến tiếp xúc cử tri", Báo Đại biểu Nhân dân's reply on Luật Tổ chức Quốc hội, as
    # "…, sau ngày nhận được đề nghị" is read by `RELATIVE_RULE`)
    # (the comma only before an event with no number: "không quá 3 ngày, trước ngày 15/3/2021,
    # trước ngày 20/3/2021" is a length beside two deadlines, refused as before)
    rf"(?<!ngay\s)(?P<count>\d{{1,4}})\s+{_UNIT}{_CAPPED}?(?:\s+|\s*,\s+(?=truoc\s+\D*\Z))"
    # (after the bound said first with its cap, the count said to reach the event, "tính
    # đến": "trước ít nhất 05 ngày nhưng không quá 45 ngày tính đến ngày giấy phép lao động
    # hết hạn", ze-dichvuhanhchinhcong-gia-han-giay-phep-lao-dong; "trước" is said once, first)
    r"(?P<direction>(?P<lead>truoc)|(?(bound_first)tinh\s+den|(?!)))\s+"
    r"(?P<event>(?:ngay|khi|thoi\s+diem|le|ky\s+hop|dai\s+hoi|hoi\s+nghi)\b.*?)\s*\Z",
    re.ASCII,
)
# "ít nhất trước 45 ngày làm việc đến thời điểm dự kiến khai mạc đại hội": the bound first
# ... or the count said to reach the event, "tính đến", with no bound before it: "Trước 30 ngày
# tính đến ngày thư viện thực hiện mở cửa hoạt động, tổ chức, cá nhân thành lập thư viện gửi
# thông báo thành lập …" (Luật Thư viện 2019, Điều 14, as UBND xã Long Thành, Nghệ An prints
# it: zk-longthanh-nghean-thong-bao-thanh-lap-thu-vien)
# ... or the schedule of a meeting or a reception, its day: "niêm yết công khai tại phòng tiếp
# dân ít nhất trước 02 ngày làm việc so với lịch tiếp công dân" (Sở Nội vụ Ninh Thuận, quy chế
# tiếp công dân 2018; zm-ninhthuan-snv-quy-che-tiep-cong-dan-2018): never a calendar ("lịch
# âm"), only the schedule of a work (`_SCHEDULED`)
_SCHEDULED = r"lich\s+(?:tiep|hop|thi|lam\s+viec|cong\s+tac)"
RELATIVE_BOUND_FIRST_RULE = re.compile(
    _START + r"(?:(?:it|toi)\s+(?:nhat|thieu)\s+(?=truoc\s+\d{1,4}\s+[a-z ]+?\s+(?:den|so\s+voi)\s)"
    r"|(?=truoc\s+\d{1,4}\s+[a-z ]+?\s+tinh\s+den\s))(?P<direction>(?P<lead>truoc))\s+"
    rf"(?P<count>\d{{1,4}})\s+{_UNIT}\s+(?:tinh\s+)?(?:den|so\s+voi)\s+"
    r"(?P<event>(?:ngay|khi|thoi\s+diem|le|ky\s+hop|ky\s+thi|dai\s+hoi|hoi\s+nghi"
    rf"|{_SCHEDULED})\b.*?)\s*\Z",
    re.ASCII,
)
# "trước ngày khai mạc 2 tuần": the count after the event; "Diễn ra đảm bảo thời gian quy
# định chậm nhất trước bầu cử 23 ngày" (Hội nghị hiệp thương lần ba, Đà Nẵng 2026; Luật Bầu
# cử 2015, Điều 50): at the latest, as "chậm nhất 23 ngày trước ngày bầu cử"
# ... and a licence's expiry named by its term: "Thương nhân phải nộp hồ sơ đề nghị cấp lại
# giấy phép trước thời hạn hết hiệu lực của giấy phép 30 ngày" (Bộ Công Thương, thủ tục cấp
# lại giấy phép, after Nghị định 105/2017/NĐ-CP, Điều 27), "Trước thời hạn hiệu lực của giấy
# phép 30 ngày, tổ chức, cá nhân phải nộp hồ sơ đề nghị cấp lại giấy phép" (Thái Bình, cấp lại
# giấy phép bán lẻ thuốc lá, after Nghị định 67/2013/NĐ-CP, Điều 37): 30 days before the day
# the licence runs out; never "trước thời hạn" alone ("hoàn thành trước thời hạn 30 ngày":
# ahead of schedule, told as achieved)
_LICENCE_EXPIRY = r"thoi\s+han\s+(?:het\s+)?hieu\s+luc"
RELATIVE_AFTER_COUNT_RULE = re.compile(
    _START + r"(?:(?:it|toi)\s+(?:nhat|thieu)\s+|(?:cham|muon)\s+nhat\s+(?:la\s+)?)?"
    r"(?P<direction>(?P<lead>truoc))\s+"
    r"(?P<event>(?:ngay|khi|thoi\s+diem|le|ky\s+hop|ky\s+thi|dai\s+hoi|hoi\s+nghi|bau\s+cu"
    # ... the event named by its holding, "khi" left out: "Trước tổ chức lễ hội 15 ngày" (a
    # festival register's cell under "Thời điểm đăng ký hoặc thông báo", lehoi.com.vn;
    # p-lehoi-quang-bach-hoi-xuan): as "trước khi tổ chức lễ hội" with its count after
    rf"|khai\s+mac|to\s+chuc|{_LICENCE_EXPIRY})\b\D*?)"
    # never "tối đa 10 ngày" (at most: a start bound); "tối thiểu" as "ít nhất" ("hơn", "trên"
    # are refused by counted._no_open_end, "đại hội cấp trên 30 ngày" is a level)
    r"(?<!toi\sda)(?<!khong\squa)(?<!nhieu\snhat)"
    # ("tối thiểu là 5 ngày": the bound's "là" too, never left in the event's words) then the
    # earliest bound after it, as `RELATIVE_BEFORE_RULE` reads it (`_CAPPED`)
    rf"\s+(?:(?:it\s+nhat|toi\s+thieu)(?:\s+la)?\s+)?(?P<count>\d{{1,4}})\s+{_UNIT}{_CAPPED}?"
    # ... then who does what by then, after a comma, or where, after "tại" (no number: the
    # words are checked as a step's by `counted.build_relative`): "Trước thời hạn hiệu lực
    # của giấy phép 30 ngày, tổ chức, cá nhân phải nộp hồ sơ …" (as above), "Sinh viên xem
    # số báo danh và phòng thi trước ngày thi 2 ngày tại đây" (ĐH Lạc Hồng, 2021)
    r"(?P<after>\s*,\s*[a-z][^\d;]*?|\s+tai\s+[a-z][^\d,;()]*?)?[ .,;:]*\Z",
    re.ASCII,
)
# "Ngày 28/1: Công bố ngày bầu cử", "Ngày 20-22/02/2026: Hiệp thương lần ba"
_SCHEDULE_DAY = (
    r"ngay\s+(?:\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
    # ... a day written with dots or dashes after "ngày", the press's way: "Theo kế hoạch, ngày
    # 28.4 công bố danh sách chính thức những người đủ tiêu chuẩn ứng cử …" (Báo Tây Ninh, 2021)
    r"|\d{1,2}\s*\.\s*\d{1,2}(?:\s*\.\s*\d{4})?(?![\d.])|\d{1,2}\s*-\s*\d{1,2}(?:\s*-\s*\d{4})?(?![\d-])"
    r"|\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})*\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?(?=\s*:))"
)
LABEL_AFTER = re.compile(
    rf"\s*(?P<date>(?:(?:sang|chieu|toi)\s+)?{_SCHEDULE_DAY})"
    # without a colon, a year right after the day is the day's own: "ngày 15/1 năm 2028" is
    # 15/01/2028, never a step named "năm 2028" beside the plan's year; nor "đến" and a day,
    # the end of a range ("ngày 01/12 đến 10/12/2022"); nor the cadence of the day ("Ngày
    # 21/4 hằng năm được lựa chọn là ngày Sách và Văn hóa đọc Việt Nam": each year's 21/4);
    # nor "và" and a day, a list of days ("ngày 17/2 và 18/2", VietnamPlus 2026)
    r"(?:\s*:\s*|\s+(?=[a-z])(?!nam\s+\d|(?:den|toi|va)\s+(?:het\s+)?(?:ngay\s+)?\d"
    r"|(?:hang|moi)\s+(?:nam|quy|thang|tuan)\b))"
    r"(?P<rest>\S.*)"
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
    rf"(?:ngay\s+)?(?:{DAY_SHAPE})"
    rf"|(?:ke\s+|tinh\s+)?tu\s+(?:ngay\s+)?(?:{_POINT_SHAPE}|{_DASHED_START})\s+(?:den|toi)\s+"
    rf"(?:het\s+)?(?:ngay\s+)?(?:{_POINT_SHAPE}|{_DASHED_END})))"
    r"\s*,\s*(?P<clause>[a-z][^\d]*?)[ .;:]*\Z",
    re.ASCII,
)
# "Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …" (Luật Thanh
# tra 2022, Điều 44), "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, trừ trường hợp Thanh tra
# Chính phủ có hướng dẫn khác": a yearly, quarterly or monthly rule, then a clause of words
# after its comma: who does the step, or the exception that leaves the rule's day alone
# … or the cadence first, then its day: "hằng năm, trước ngày 05/12, người sử dụng lao động
# phải báo cáo tình hình thay đổi lao động đến Sở Nội vụ …" (Nghị định 129/2025/NĐ-CP)
# ... or a periodic duty said with its count, once each period ("được khám sức khỏe định kỳ 1
# lần/năm, nguồn kinh phí …", `_EVERY`'s `each`)
# ... or a day of each quarter's last month: "Định kỳ, trước ngày 29 của tháng cuối Quý, thương
# nhân đầu mối sản xuất xăng dầu báo cáo …" (Thông tư 17/2021/TT-BCT, as Thời Đại prints it;
# s-thoidai-tt-17-2021-bct-bao-cao-xang-dau)
CLAUSE_AFTER_CADENCE = re.compile(
    r"(?P<rule>.*\b(?:(?:(?:hang|moi)\s+|dinh\s+ky\s+(?:1|01|mot)\s+lan\s*/\s*)(?:nam|quy|thang|tuan)"
    r"|ngay\s+\d{1,2}\s+cua\s+thang\s+cuoi\s+quy)"
    r"(?:\s*,\s*(?:truoc|(?:cham|muon)\s+nhat(?:\s+la|\s+vao)?)\s+ngay\s+\d{1,2}"
    r"(?:\s*/\s*\d{1,2}|\s+thang\s+\d{1,2})?"
    # ... the day in parentheses after the cadence: "Định kỳ hằng năm (trước ngày 05 tháng
    # 12), doanh nghiệp phải báo cáo tình hình thay đổi lao động …" (Nghị định 145/2020/NĐ-CP,
    # Điều 4, as a firm's filing calendar prints it)
    r"|\s*\(\s*(?:truoc|(?:cham|muon)\s+nhat(?:\s+la|\s+vao)?)\s+ngay\s+\d{1,2}"
    r"(?:\s*/\s*\d{1,2}|\s+thang\s+\d{1,2})\s*\))?)\s*,\s*(?P<clause>[a-z].*?)[ .;:]*\Z",
    re.ASCII,
)
# "tiếp công dân vào ngày 15 hàng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc
# tiếp theo" (Quy chế tiếp công dân of UBND tỉnh Lạng Sơn; Luật Tiếp công dân 2013, Điều 12,
# sets the chairman's day each month): on a day off, the next (or the last) working day
# ... "nghỉ hàng tuần, nghỉ lễ, nghỉ tết" (Sở KH&CN Cao Bằng, 2025)
_DAY_OFF = r"(?:ngay\s+)?(?:nghi(?:\s+(?:le|tet))?|le|tet|nghi\s+hang\s+tuan|cuoi\s+tuan)"
# … also "nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo"
# (Sở TT&TT Vĩnh Phúc, 2018)
# … and "tiếp công dân định kỳ vào ngày thứ Tư hằng tuần, trong giờ hành chính, nếu trùng vào
# ngày nghỉ theo quy định thì tiếp công dân vào ngày làm việc tiếp theo liền kề sau đó" (UBND
# xã Tân Đoàn, Lạng Sơn, 2026): the next working day said in full; the office hours before
# the clause are read with it (`steps.shift_after_cadence`)
# … and its day named before "trùng": "nếu các ngày trên trùng vào ngày nghỉ, ngày lễ thì tổ
# chức vào ngày làm việc tiếp theo" (Sở TT&TT Lâm Đồng, lịch tiếp công dân 2020), "nếu ngày
# tiếp công dân của Giám đốc trùng vào các ngày nghỉ, ngày lễ theo quy định thì …" (Sở Nội vụ
# Ninh Thuận, Quyết định 236/QĐ-SNV, 2018) (`SHIFTED_DAY`)
SHIFTED_DAY = (
    r"(?:(?:cac\s+)?ngay\s+(?:nay|do|tren)\s+"
    # ... "nếu ngày tiếp công dân định kỳ trùng vào ngày Lễ, Tết …" (UBND xã Tây Sơn, Gia Lai,
    # 2025; UBND tỉnh Bình Định): the reception day named by its kind
    r"|(?:cac\s+)?ngay\s+tiep\s+(?:cong\s+)?dan(?:\s+dinh\s+ky)?"
    r"(?:\s+cua\s+[a-z]+(?:\s+[a-z]+){0,2}?"
    # ... of one official or another, as assigned: "nếu ngày tiếp công dân định kỳ của Giám
    # đốc hoặc Phó giám đốc được phân công trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày
    # làm việc tiếp theo" (Sở Y tế Hà Nam): who receives, one reception day
    r"(?:\s+hoac\s+[a-z]+(?:\s+[a-z]+){0,2}?)?(?:\s+duoc\s+phan\s+cong)?)?\s+"
    # ... or by its day and cadence again: "nếu ngày 15 hàng tháng trùng vào ngày nghỉ …" (Sở
    # KH&CN Cao Bằng, 2025); the engine checks the day is the rule's (`_shifted_off_days_off`)
    r"|ngay\s+\d{1,2}\s+(?:hang|moi)\s+thang\s+)"
)
# "ngày nghỉ, ngày lễ theo quy định": the days off a clause names
DAYS_OFF = (
    rf"(?:cac\s+)?{_DAY_OFF}(?:\s*(?:,|hoac|va)\s*(?:cac\s+)?{_DAY_OFF})*(?:\s+theo\s+quy\s+dinh)?"
)
HOLIDAY_SHIFT = re.compile(
    rf"neu\s+{SHIFTED_DAY}?trung\s+(?:vao|voi)\s+(?:cac\s+)?"
    # (a comma may close the days off: "trùng vào ngày lễ, ngày nghỉ, thì sẽ tiếp …", Bình Định)
    rf"{DAYS_OFF}\s*,?\s+thi\s+(?:(?:ngay|lich)\s+tiep\s+cong\s+dan\s+)?(?:se\s+)?(?:duoc\s+)?"
    r"(?:chuyen\s+sang|doi\s+sang|lui\s+sang|tiep\s+(?:cong\s+dan\s+)?vao|to\s+chuc\s+vao"
    r"|thuc\s+hien\s+vao|vao)\s+"
    # ("kế tiếp theo": the next one, as Tây Sơn's notice prints it)
    r"ngay\s+lam\s+viec\s+(?:tiep\s+theo(?:\s+lien\s+ke)?(?:\s+sau\s+do)?|ke\s+tiep(?:\s+theo)?"
    r"|lien\s+ke"
    r"|truoc\s+do)"
    r"(?:\s+cua\s+thang\s+do)?",
    re.ASCII,
)
# the rule opens the phrase with its keyword: the clause after it is the step
RULE_FIRST = re.compile(
    r"[\s\-–•+]*(?:(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?:nam|quy|thang)\s*[,(]\s*(?=truoc|cham|muon)"
    # ... "Định kỳ, trước ngày 29 của tháng cuối Quý, …": the rule's own word, then its day
    r"|(?P<periodic>dinh\s+ky\s*,\s*)(?=truoc|cham|muon))?(?:(?:cham|muon)\s+nhat\s+(?:la\s+|vao\s+)?|truoc\s+"
    # … or the days of each month the work is done in (`MONTHLY_WINDOW_RULE`)
    r"|(?:dinh\s+ky\s+)?(?:vao\s+)?tu\s+(?=ngay\s+\d{1,2}\s+(?:den|toi)\s))ngay\s",
    re.ASCII,
)
# "trừ trường hợp …", "trừ khi …": an exception, kept as the gloss
# … and the days the rule skips: "thời gian điều hành giá xăng dầu vào ngày thứ Năm hàng tuần,
# không kể ngày nghỉ lễ" (Bộ Công Thương's draft, Công Luận 01/02/2023); and the step it
# comes before, no day of its own: "được tiến hành trước ngày 15/12 hàng năm, trước khi thực
# hiện việc đánh giá, xếp loại chất lượng" (Nghị định 90/2020/NĐ-CP as a Q&A page quotes it).
# The rule's day stands; the words are shown beside it, never dropped (a clause with a number
# or a word of time is refused by `read_step`)
EXCEPTION = re.compile(
    rf"(?:tru\s+(?:truong\s+hop|khi)|(?:tru|khong\s+ke)(?=\s+{DAYS_OFF}[ .;:]*\Z)"
    # ... and the condition the step waits on, after the rule's day: "9. Trước ngày 10 tháng 9
    # hằng năm, sau khi có ý kiến thẩm định của Bộ Kế hoạch và Đầu tư, các bộ … hoàn chỉnh kế
    # hoạch …" (Luật Đầu tư công 2019, Điều 67): the day stands, the condition shown beside it
    r"|(?:truoc|sau)\s+khi)\s+(?=\S)",
    re.ASCII,
)
# "… thanh tra của năm sau": the year the work is for, not a time of the rule; "Định hướng"
# (orientation) is no "định kỳ"
# … and "của năm", "của năm trước đó" in the clause, the year the report is of: "Chậm nhất
# vào ngày 15 tháng 01 hàng năm, hợp tác xã … báo cáo … tình hình hoạt động … của năm trước
# đó với cơ quan đăng ký hợp tác xã" (Nghị định 107/2017/NĐ-CP), "… đánh giá hợp tác xã của
# năm trên địa bàn huyện" (Thông tư 01/2020/TT-BKHĐT): what is reported, no time of the rule
# ... and "năm sau" closing a yearly rule's step after the thing prepared, "của" left out: "1.
# Trước ngày 15 tháng 5 hằng năm, Thủ tướng Chính phủ ban hành quy định về việc xây dựng … dự
# toán ngân sách nhà nước năm sau" (Nghị định 163/2016/NĐ-CP, Điều 22), "… hướng dẫn xây dựng
# kế hoạch kiểm toán năm sau" (Thông tư 03/2026/TT-KTNN): the year the work prepares. Never
# after a word that moves the work into it ("trừ trường hợp kéo dài sang năm sau"), nor with
# words after it ("… nộp báo cáo của năm sau cho Sở": refused, tests/test_deadline_forms_s.py)
# ... and the next year's budget named inside the step, words after it: "5. Trước ngày 20 tháng
# 11, Thủ tướng Chính phủ giao dự toán thu, chi ngân sách năm sau cho từng bộ, cơ quan ngang
# bộ, …" (Luật Ngân sách nhà nước 2015, Điều 49, as 123docz prints it; y-123docz-luat-nsnn-
# thoi-gian-quyet-dinh-du-toan): the budget the work prepares, whatever follows (`countedlabel`
# spares it beside a count the same way)
NEXT_YEAR_S_BUDGET = (
    r"(?<!\w)ngân\s+sách(?:\s+(?:nhà\s+nước|trung\s+ương|địa\s+phương))?\s+năm\s+sau(?!\w)"
)
FOR_NEXT_YEAR = re.compile(
    r"(?i)(?<!sang)(?<!đến)(?<!tới)(?<!vào)(?<!trong)(?<!từ)(?<!qua)\s+(?:của\s+)?năm\s+sau$|\bđịnh\s+hướng\b|\s+của\s+năm(?:\s+trước\s+đó)?(?=\s+[^\W\d])"
    rf"|{NEXT_YEAR_S_BUDGET}"
)
# "trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin)": the anchor of a count, in
# parentheses right after it; read as if written without them
# ... and when the phrase ends before the parenthesis closes: "… được thực hiện trong thời
# gian tối đa 45 ngày (kể từ ngày kết thúc kiểm toán" (Luật Minh Khuê on Quyết định
# 02/2016/QĐ-KTNN's audit steps, the sentence cut where the page's excerpt ends): the anchor
# is all there, with no number; the close is then empty
ANCHOR_IN_PARENS = re.compile(
    r"(?:\d{1,4}\s+(?:ngay\s+lam\s+viec|ngay|tuan|thang|nam))\s*(?P<open>\()"
    r"\s*(?:ke|tinh)\s+tu\s+[^()\d]*?\s*(?P<close>\)|(?=[ .;:]*\Z))[ .;:]*\Z",
    re.ASCII,
)
# ... and the whole count with its anchor in parentheses after the step it times, closing the
# phrase: "Thực hiện ĐATN (03 tháng kể từ ngày ban hành QĐ giao đề tài)" (Trường ĐH Tôn Đức
# Thắng, kế hoạch luận văn đợt 3 năm học 2025-2026; za-tdtu-ke-hoach-luan-van-dot-3-2025-2026),
# read as "Thực hiện ĐATN: 03 tháng kể từ …"; the step before holds no number
COUNT_IN_PARENS = re.compile(
    r"[^\d()]*[a-z][^\d()]*?\s*(?P<open>\()\s*\d{1,4}\s+(?:ngay\s+lam\s+viec|ngay|tuan|thang|nam)"
    r"\s+(?:ke|tinh)\s+tu\s+[^()\d]*?\s*(?P<close>\))[ .;:]*\Z",
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
# ... but "cho hay", printed so, is the press's "said": "Ông Trần Quốc Trung cho hay dịp này
# cũng để tổng kết … cho nhiệm kỳ 2025 - 2030" (Người Lao Động 2025; the corpus's zt-nld file,
# refused before tune-zt as two deadlines joined by "hay"), no "or" and no word of time
PRESS_SAID = re.compile(r"(?<!\w)cho\s+hay(?!\w)", re.IGNORECASE)
# ... and "hay (còn) gọi (ngắn gọn) là" (also called) names a thing twice: "Ngày pháp luật nước
# Cộng hòa Xã hội chủ nghĩa Việt Nam hay gọi ngắn gọn là Ngày pháp luật là một ngày kỷ niệm
# tại Việt Nam vào ngày 09 tháng 11 hàng năm" (Lộc Ninh, Bình Phước 2021): one time, no "or"
ALSO_CALLED = re.compile(
    r"(?<!\w)(?:hoặc|hay)\s+(?:còn\s+)?(?:được\s+)?gọi\s+(?:(?:tắt|ngắn\s+gọn|chung)\s+)?là(?!\w)",
    re.IGNORECASE,
)
# "Báo cáo công khai phân bổ dự toán điều chỉnh giảm hoặc bổ sung, gửi Sở Tài chính sau 30 ngày"
# (Sở Tài chính TP.HCM): a "hoặc" between two things, in a clause with no number and no word
# of time, joins no deadlines
_NO_TIME_AROUND = re.compile(
    r"(?:(?!\b(?:ngay|thang|quy|nam|tuan|dau|giua|cuoi|truoc|sau|den|toi|tu|hang|moi|dinh|ky"
    r"|khi|luc|gio|som|muon|tre|cham|han|dot|lan|buoi|sang|chieu|le|tet|dip)\b)[a-z ])*",
    re.ASCII,
)
# ... and a sentence's full stop: "… kể từ ngày nhận được yêu cầu hợp lệ. Trường hợp … công dân
# Việt Nam đã cư trú ở nhiều nơi hoặc …" (ze-tvpl-hoi-dap): the day is the sentence before
_CLAUSE_EDGE = re.compile(r"[,;:()\[\]]|\.(?=\s)", re.ASCII)
_MAILBOX = re.compile(r"[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.ASCII)
_NAME_MARKS = re.compile(
    r"[-–&“”\"…]"
    # ... and words that fold to a word of time and name a thing: "thư điện tử" (e-mail; no
    # "từ", from), "quy hoạch" (planning; no "quý", a quarter)
    r"|\bdien\s+tu\b|\bquy\s+hoach\b"
    # ... a country, an act, a kind of health check: "Tổng cục Đường bộ Việt Nam hoặc Sở Giao
    # thông vận tải kiểm tra hồ sơ" (ze-legaltech; no "năm", a year), "thông báo tiếp nhận hoặc
    # từ chối giải trình" (ze-tthc-hue; no "từ", from), "đề nghị gia hạn GPLĐ cho Bộ … hoặc Sở
    # …" (ze-nld; no "hạn", a deadline), "khám sức khỏe định kỳ hoặc sàng lọc" (zf-radiohcm,
    # the periodic check of Thông tư 32/2023/TT-BYT: no cadence of a deadline)
    r"|\bviet\s+nam\b|\btu\s+choi\b|\bgia\s+han\b|\bsuc\s+khoe\s+dinh\s+ky\b"
    # ... "sàng lọc" (screening; no "sáng", a morning), "dấu hiệu" (a sign; no "đầu", a start),
    # and "thời hạn" naming the one time both things share: "Thời hạn ra thông báo tiếp nhận
    # hoặc từ chối giải trình: 05 ngày …" (ze-tthc-hue)
    r"|\bsang\s+loc\b|\bdau\s+hieu\b|\bthoi\s+han\b"
    # ... "quy định", "xác định" (no "quý", no "định kỳ"), "tư pháp" (no "từ"): "chưa đầy đủ
    # theo quy định hoặc phát hiện có dấu hiệu sai phạm … do người nộp thuế tự xác định hoặc
    # có sai sót khác" (ze-vasep), "Phiếu lý lịch tư pháp" (ze-tvpl-hoi-dap)
    r"|\bquy\s+dinh\b|\bxac\s+dinh\b|\btu\s+phap\b"
    # ... the provinces whose name holds "Nam" (no "năm", a year): "Từ ngày 20/5 - 01/6/2023,
    # tại Nhà Văn hóa tỉnh Hà Nam sẽ diễn ra Liên hoan các trích đoạn hay nghệ thuật sân khấu
    # toàn quốc năm 2023" (Cổng TTĐT Hà Nam, 2023; z-hanam: "hay" is good, of the excerpts)
    r"|\b(?:ha|quang)\s+nam\b|\bnam\s+dinh\b",
    re.ASCII,
)
_FIRST_TIME = re.compile(
    r"\d|\b(?:ngay|thang|quy|nam|tuan|dau|giua|cuoi|truoc|sau|den|toi|tu|hang|moi|dinh|ky"
    r"|khi|luc|gio|som|muon|tre|cham|han|dot|lan|buoi|sang|chieu|le|tet|dip)\b",
    re.ASCII,
)


_PLAIN_ASIDE = re.compile(r"\([^()\d]*\)", re.ASCII)
# an aside sorting who, by early or late, with no number: "Sinh viên các khóa còn lại đủ điều
# kiện tốt nghiệp (tốt nghiệp sớm hoặc muộn) phải làm đơn … hạn cuối ngày 15/5/2017" (ĐH Khoa
# học Huế, 2017): students graduating ahead of or behind their course, one deadline (the
# label sees it with its "hoặc" already spared, blank)
EARLY_OR_LATE = re.compile(
    r"\([^()\d]*\bsom\s+(?:(?:hoac|hay)\s+)?(?:muon|tre)\b[^()\d]*\)", re.ASCII
)
# a way of sending after "hoặc", the other way before it or before the phrase: "gửi báo cáo
# bằng văn bản … hoặc qua fax: 38294271 trước ngày 14/7/2012" (Ban Quản lý các KCX-KCN TP.HCM,
# TB 1443/2012: zm-hepza-tb-1443-bao-cao-trien-khai-du-an-2012), "hoặc qua thư điện tử": one
# time for both ways
_WAY_OF_SENDING = re.compile(
    r"(?:hoac|hay)\s+(?:gui\s+)?qua\s+(?:fax|e\s*-?\s*mail|thu\s+dien\s+tu|(?:duong\s+)?buu\s+dien"
    r"|buu\s+chinh)\b"
    # ... or by hand, with no number after it: "thực hiện đóng đảng phí hằng tháng trên Cổng Dịch
    # vụ công Quốc gia hoặc nộp trực tiếp bằng tiền mặt cho chi bộ" (Quy định 01-QĐ/TW, 2022);
    # a number after it may be the hand's own day ("… hoặc nộp trực tiếp trước ngày 25"), checked
    r"|(?:hoac|hay)\s+(?:nop|gui|dong)\s+truc\s+tiep\b(?!.*\d)",
    re.ASCII,
)


# ... two web addresses of one page: "thí sinh lập tài khoản dự thi từ ngày 25/11/2025 đến
# hết ngày 31/1/2026 tại địa chỉ: https://khaothi.vnu.edu.vn/ hoặc https:/hsa.edu.vn/." (24h,
# 2025: za-24h-lich-thi-dgnl-2026): where to register, no second time
_WEB_ADDRESS = r"(?:https?\s*:\s*/+|www\.)[a-z0-9./_-]*[a-z0-9/]"
_TWO_WEB_ADDRESSES = re.compile(rf"{_WEB_ADDRESS}\s+(?P<word>hoac|hay)\s+{_WEB_ADDRESS}", re.ASCII)


def _between_web_addresses(prepared: str, word: re.Match[str]) -> bool:
    """Whether the "hoặc"/"hay" `word` joins two web addresses (`_TWO_WEB_ADDRESSES`):
    nothing of time is joined."""
    return any(pair.start("word") == word.start() for pair in _TWO_WEB_ADDRESSES.finditer(prepared))


def _spaces(found: re.Match[str]) -> str:
    return " " * len(found.group())


# "trước hoặc trong" (before or within) one period is one bound, its end, no `ALTERNATIVE`:
# "nhằm phục vụ lộ trình sắp xếp trước hoặc trong quý II/2026" (Dân trí on the merging of
# hamlets, 2026; t-dantri-sap-xep-thon-to-dan-pho-2026): done before the quarter or within it,
# so by its last day, as "đến hết quý II/2026" reads. Only the two words of one side (before,
# within; either order) right before a period with its number; "trước hoặc sau" (before or
# after) joins two sides and stays refused, as does a "hoặc" before anything else. The period
# is the clause's last time: "trước hoặc trong quý II và quý III/2026", "… tháng 6 và tháng
# 7/2026" (session 46's tester: read as due 30/06 beside a window) stay refused
_BEFORE_OR_WITHIN = re.compile(
    r"(?i)(?<!\w)(?:trước\s+(?:hoặc|hay)\s+trong|trong\s+(?:hoặc|hay)\s+trước)\s+"
    r"(?=(?:ngày|tháng|quý|năm)\s+(?:\d[\d/.-]*|[IVX]{1,4}(?:/\d{4})?)(?![\w/.-])"
    r"(?![^.;]*?(?:\d|(?<!\w)(?:ngày|tháng|quý|năm)(?!\w))))"
)


# A thing told done, "đã", "vừa" as printed, in any case ("Đã hoàn thành …"): no time to
# track (convention 1's exception). Matched with the marks: "da", "vua" fold alike with other
# words ("dã" of "Việt dã", "Vua Hùng"). The one spelling every rule that spares or refuses a
# thing told done shares.
TOLD_DONE = re.compile(r"(?i)(?<!\w)(?:đã|vừa)(?!\w)")


def before_or_within(text: str) -> str:
    """`text` (NFC, as printed) with "trước hoặc trong" before a period (`_BEFORE_OR_WITHIN`)
    written "đến hết": one bound, the period's end, no choice of two deadlines; `text` as it
    is when a thing is told done before it (`TOLD_DONE`): "Các đơn vị đã sắp xếp trước hoặc
    trong quý I/2026" tells what was done in the period, refused as "đã sắp xếp trong quý
    I/2026" is, and the rewrite would hide its "trong" from that check."""
    found = _BEFORE_OR_WITHIN.search(text)
    if found is None or TOLD_DONE.search(text, 0, found.start()):
        return text
    return _BEFORE_OR_WITHIN.sub("đến hết ", text)


def joins_things(prepared: str, word: re.Match[str]) -> bool:
    """Whether the "hoặc"/"hay" `word` (an `ALTERNATIVE` match in `prepared`) stands in a
    clause, between the nearest punctuation, with no number and no word of time; after
    it, the clause may end at the first number or word of time, the one time both things
    share: "góp ý kiến bằng thư điện tử … hoặc gửi bằng văn bản về Vụ Quy hoạch - Kiến trúc
    … trước ngày 27/9/2023" (Bộ Xây dựng, 2023), "Sạ hoặc cấy lúa từ đầu tháng 9 …" (two
    ways of sending, of sowing). A time before the "hoặc" ("Quý II/2027 hoặc trước ngày
    20/11/2027") or none after the words after it leaves two deadlines, refused."""
    # an aside with no number is part of its clause: "cho Bộ Lao động - Thương binh và Xã hội
    # (LĐ-TB-XH) hoặc Sở LĐ-TB-XH" (ze-nld), "“Nghệ nhân Ưu tú” (sau đây gọi tắt là …)" (zg-)
    # (the aside holding the "hoặc" is its clause: "(thông qua trưởng thôn, buôn hoặc Tổ rà
    # soát)", x-ealy)
    if _WAY_OF_SENDING.match(prepared, word.start()):  # "hoặc qua fax: 38294271 trước …"
        return True
    if _between_web_addresses(prepared, word):  # "https://… hoặc https:/…": two addresses
        return True
    if any(a.start() < word.start() < a.end() for a in EARLY_OR_LATE.finditer(prepared)):
        return True  # "(tốt nghiệp sớm hoặc muộn)": which students, no time
    prepared = _PLAIN_ASIDE.sub(
        lambda aside: (
            aside.group() if aside.start() < word.start() < aside.end() else _spaces(aside)
        ),
        prepared,
    )
    before = [edge.end() for edge in _CLAUSE_EDGE.finditer(prepared, 0, word.start())]
    after = _CLAUSE_EDGE.search(prepared, word.end())
    start, end = before[-1] if before else 0, after.start() if after else len(prepared)
    if shared := _FIRST_TIME.search(_NAME_MARKS.sub(_spaces, prepared), word.end(), end):
        end = shared.start()
    words_on_both_sides = (
        prepared[start : word.start()].strip() and prepared[word.end() : end].strip()
    )
    # an e-mail address, the dash or "&" of a name ("Vụ Quy hoạch - Kiến trúc", "KH&CN"):
    # no number and no time
    clause = _NAME_MARKS.sub(" ", _MAILBOX.sub(" ", prepared[start:end]))
    return bool(words_on_both_sides) and _NO_TIME_AROUND.fullmatch(clause) is not None


# the parts of a phrase naming several deadlines: "Tháng 3 và tháng 9/2027"
# ... and the blank between a day and "kết thúc" after it: "bắt đầu từ ngày 05/5/2024 kết
# thúc vào ngày 15/6/2024" (Kiên Lương, lịch thời vụ Hè Thu 2024), a start and its end as
# with a comma (`combine` joins them, or refuses)
# ... and a full stop before "Riêng" opening the next sentence: "Tựu trường vào ngày
# 28/8/2023. Riêng đối với lớp 1, tựu trường vào ngày 22/8/2023" (Quảng Ngãi, QĐ 1188/2023),
# another group's day, as after a comma (`engine._CONTRAST`)
# "riêng" (another group's) after a day opens a part, after a full stop or in the parentheses
# closing the phrase, which the reading blanks: "1/9 (riêng lớp 1 từ 30/8)" (Doanh nghiệp &
# Thương hiệu's table of the 2021 school returns)
# ... and "còn các" (the others, another group) right after a day, with no comma: "học sinh
# lớp 1, 9 và 12 … tựu trường vào ngày 25/8 còn các khối lớp còn lại sẽ trở lại trường vào
# ngày 29/8" (Znews on Thanh Hóa's school year 2025-2026: za-znews-tam-hoan-tuu-truong), as
# "…, còn …" after a comma (`engine._CONTRAST`); a part with no time of its own ("… còn các xã
# chưa hoàn thành") is no deadline, and the phrase stays refused
_PART_SEPARATOR = re.compile(
    r"\s*[,;]\s*|\s+va\s+|(?<=\d)\s+(?=ket\s+thuc\b)|(?<=\d)\.?\s+(?=rieng\s|con\s+cac\s)", re.ASCII
)
# "bắt đầu từ tháng 4/2027", "sớm nhất là ngày 18/9": where the work may start; never the
# "từ" of "chậm nhất từ …" (at the latest from: a due moment, `label.no_later_than`)
START_RULE = re.compile(
    r"(?P<label>(?:.*?\s)??)(?:(?:duoc|se)\s+)?(?:thoi\s+gian\s+)?"
    r"(?:(?:bat\s+dau|khoi\s+dong|trien\s+khai|keo\s+dai)\s+(?:thuc\s+hien\s+|nghi\s+|hoc\s+)?"
    r"(?:tu\s+|vao\s+)?|(?:ke\s+|tinh\s+)?(?<!nhat\s)tu\s+|som\s+nhat\s+(?:la\s+)?(?:tu\s+|vao\s+)?|khong\s+som\s+hon\s+)"
    # "bắt đầu từ 22.2 và kết thúc lúc 17 giờ ngày 14.3.2021" (Báo Quảng Nam, 2021)
    # ... and the part of the day it starts in: "Thời điểm công bố sớm nhất: Bắt đầu từ chiều
    # 20/8" (Gia đình & Xã hội on the 2025 admission cut-offs: zq-giadinh-suckhoedoisong-lich-
    # cong-bo-diem-chuan-2025, refused before tune-zq), the day itself the start
    r"(?:(?:sang|chieu|toi|trua|dem)\s+(?=(?:ngay\s+)?\d))?"
    rf"(?:(?:ngay|vao)\s+)*(?P<when>{_POINT_SHAPE}|(?<=bat dau tu ){_DASHED_END})[ .,;:]*\Z",
    re.ASCII,
)
# ... its "từ" as printed: the folded "tu" is also "tử", "tủ", "tù", "tứ", "tự", "tư" ("Nộp
# bản giấy vào ngày 04/04/2026 và bản điện tử 05/04/2026", session 56's fresh tester: "điện
# tử" read the day as a start; "Tiêm vắc xin mũi tư 05/04/2026", fourth). Only "từ", or "tu"
# typed bare ("Cat dien tu ngay 5/3/2026", "Tang luong tu 1/7/2026"); "tủ ngày 5/3" is refused
# in `label.py` as a "từ" perhaps mistyped
_FROM_SPELLINGS = frozenset({"từ", "tu"})


def start_match(source: Source) -> re.Match[str] | None:
    """`START_RULE` matched on `source`, or None where a "tu" among its words of start is
    printed as another word (`_FROM_SPELLINGS`)."""
    found = START_RULE.match(source.prepared)
    if found is None:
        return None
    words = source.original(found.end("label"), found.start("when")).split()
    for before, word in pairwise(["", *words]):
        if fold(word) == "tu" and word.lower() not in _FROM_SPELLINGS and fold(before) != "thu":
            return None  # never the "Tư" of "thứ Tư" (Wednesday): "từ thứ Tư ngày 8/4/2026"
    return found


# "không quá 4 ngày, tổ chức trước ngày 31/10/2025": how long the event may last (a
# congress, a conference), beside its deadline; kept as the gloss, never a date
LENGTH_CAP_RULE = re.compile(
    rf"\s*(?P<cap>(?:thoi\s+gian\s+)?khong\s+qua\s+\d{{1,3}}\s+{_UNIT})[ .,;:]*\Z", re.ASCII
)
# "Thực hiện trong 3 tháng", "Thời gian thu thập thông tin của cuộc Tổng điều tra là 25
# ngày" (Quyết định 772/QĐ-TTg): a length the window read must agree with, or that runs from
# the start day beside it; the words before it name the step (`label`)
# ... or right after the field "Thời gian:" ("Thời gian: 03 ngày, bắt đầu từ 08h00’ ngày 06
# tháng 12 năm 2023 (Thứ Tư)": HĐND tỉnh Hải Dương, the session's three days)
DURATION_RULE = re.compile(
    r"(?P<label>(?:.*?\s)??)(?:(?:thuc\s+hien\s+)?trong\s+(?:vong\s+|thoi\s+gian\s+)?|la\s+"
    r"|(?<![a-z])thoi\s+gian\s*:\s*)"
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
# ... or a report named with its quarter, then its data period: "Báo cáo cải cách hành chính
# Quý I: Thời gian chốt số liệu tính từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14
# tháng 3 thuộc kỳ báo cáo" (Bộ Nội vụ, CV 581/BNV-CCHC): the report's subject in words, no
# number, before the quarter
QUARTER_REPORT_HEAD = re.compile(
    r"\s*(?P<head>bao\s+cao\s+(?:[a-z]+\s+){0,6}?quy\s+(?P<quarter>iv|i{1,3}))\s*:\s*(?=\S)",
    re.ASCII,
)
# "… ngày 25 của tháng cuối kỳ báo cáo" (Nghị định 09/2019/NĐ-CP, Điều 13): the period is
# each report's own (a month, a quarter, six months, a year), so no one rule is named
EACH_REPORTS_PERIOD = re.compile(r"\bthang\s+(?:cuoi|dau)\s+(?:cua\s+)?ky\s+bao\s+cao\b")


# ... and the clauses of a sentence, between ";" only: "Học sinh tham gia thi tốt nghiệp THPT
# năm học 2012-2013 vào các ngày 2, 3 và 4-6-2013; xét công nhận … trước ngày 15-6-2013; …"
# (Báo Mới on the Bộ GD&ĐT's 2012-2013 framework), each clause one deadline whose days may be
# listed with "," and "và"
CLAUSE_SEPARATOR = re.compile(r"\s*;\s*")


def split_parts(
    source: Source,
    separator: re.Pattern[str] = _PART_SEPARATOR,
    *,
    unnamed: Callable[[str], str] = str,
) -> list[Source]:
    """The parts of a phrase between "và", "," and ";" (or the `separator` given), blanks
    trimmed. A dash is no separator: "01/3 - 30/4" may be a span or two deadlines, and is
    refused. `unnamed` blanks the numbers that name a place ("Quốc lộ 80": the caller's
    `label.without_road_numbers`): words holding no other time are no part of their own,
    but the step of the part after them, whose label checks them."""
    parts: list[Source] = []
    start = 0
    # the sentence's closing full stop, after the last part: "…, đồng loạt khai giảng ngày
    # 5-9." (Báo Ấp Bắc, 2024), as a whole phrase's is (no day ends in a dot)
    closing = len(source.prepared.rstrip(" ."))
    grades = [found.span() for found in _GRADES.finditer(source.prepared)]
    for gap in [*separator.finditer(source.prepared), None]:
        if gap and any(first < gap.start() < last for first, last in grades):
            continue  # "lớp 1, 9 và 12": one list of grades, no part
        end = gap.start() if gap else closing
        words = source.prepared[start:end]
        if gap and gap.group().strip() == ",":  # "(đợt 1, trước ngày 25-5-2022; …)"
            words = _ROUND_LAST.sub(" ", words)  # the round the part after it is for
        plain = _fund_out(source, start, _south_out(source, start, words))
        if gap and not _HAS_TIME.search(_GRADE.sub(" ", unnamed(plain))):
            continue  # words only ("… và kết thúc …"): they name the step of the part after them
        if words.strip(" .:"):
            parts.append(source.part(start, end))
        start = gap.end() if gap else end
    return parts


# a grade named in a list of subjects: "riêng lớp 1, lớp 9 và lớp 12 tựu trường vào ngày
# 20-8-2025" (SGGP, 2025): words of the step, no time
_GRADE = re.compile(r"(?<![a-z])(?:lop|khoi)\s+\d{1,2}(?![\d/.-])", re.ASCII)
# ... and grades listed after one "lớp": "Tại TP.HCM, học sinh lớp 1, 9 và 12 sẽ tựu trường từ
# 20/8/2025, các khối còn lại từ 25/8/2025" (Báo Nghệ An's round-up of the 34 provinces' school
# returns, 2025): the grades of one group, never parts of the phrase
# (grades 1 to 12 only, none a day: "lớp 12, 15 tháng 8" lists a grade and a day)
_GRADE_NUMBER = r"(?:1[0-2]|0?[1-9])(?![\d/.-]|\s*(?:thang|gio|h|ngay|nam|phut)\b)"
_GRADES = re.compile(
    rf"(?<![a-z])(?:lop|khoi)\s+{_GRADE_NUMBER}"
    rf"(?:(?:\s*,\s*|\s+va\s+)(?:(?:lop|khoi)\s+)?{_GRADE_NUMBER})+",
    re.ASCII,
)
# (nor "giáo dục thường xuyên", continuing education, a kind of school: "ngành học mầm non,
# giáo dục thường xuyên (bổ túc THCS, bổ túc THPT) tựu trường ngày 26.8", Báo Quảng Nam 2013;
# nor "năm học" named without its years: "Khung kế hoạch thời gian năm học áp dụng chung cho
# giáo dục mầm non, giáo dục phổ thông …", Báo Mới 2012: the words before the comma name the
# step of the part after it, and are checked there as its words)
_HAS_TIME = re.compile(
    r"\d|\b(?:hang|moi|(?<!giao duc )thuong\s+xuyen|nam(?!\s+hoc\b)|quy|thang)\b", re.ASCII
)
# "Nam" printed without the breve of "năm" (a year) in a phrase written with its marks: the
# south, a place, the men's ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA TỈNH QUẢNG NAM VỀ THỰC HÀNH TIẾT
# KIỆM, CHỐNG LÃNG PHÍ NĂM 2011 VÀ GIAI ĐOẠN 2011-2015", UBND tỉnh Quảng Nam, QĐ 2086/2011:
# its first part held no time, and the phrase was refused before tune-zl). A text typed with
# no marks at all keeps "nam" a possible year.
_NAM = re.compile(r"(?<![a-z])nam(?![a-z])", re.ASCII)


def _south_out(source: Source, start: int, words: str) -> str:
    """`words` (the prepared text of `source` from `start`) with each "nam" printed "nam"
    (no breve) blanked, when the phrase is written with its marks."""
    if source.text.isascii():
        return words
    for found in reversed(list(_NAM.finditer(words))):
        printed = source.original(start + found.start(), start + found.end())
        if printed.lower() == "nam":
            words = words[: found.start()] + "   " + words[found.end() :]
    return words


# "Quỹ" (a fund) folds as "quy", as "quý" (a quarter) does: "đồng thời giảm mức đóng vào Quỹ
# cho người sử dụng lao động, trong thời gian từ ngày 1/10 và hoàn thành chậm nhất vào ngày
# 31/12/2021" (VnEconomy on Nghị quyết 116/NQ-CP 2021, the unemployment-insurance relief;
# zm-vneconomy): its first words held no time, and the start and its end were refused. Only
# as printed with the tilde of "quỹ" in a phrase written with its marks.
_FUND = re.compile(r"(?<![a-z])quy(?![a-z])", re.ASCII)


def _fund_out(source: Source, start: int, words: str) -> str:
    """`words` (the prepared text of `source` from `start`) with each "quy" printed "quỹ"
    (a fund, never a quarter) blanked."""
    for found in reversed(list(_FUND.finditer(words))):
        printed = source.original(start + found.start(), start + found.end())
        if printed.lower() == "quỹ":
            words = words[: found.start()] + "   " + words[found.end() :]
    return words


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


_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DIGITS = re.compile(r"\d+", re.ASCII)
_DAY_SEPARATOR = re.compile(r"[/.–-]")
_FOUR_DIGITS = re.compile(r"\b\d{4}\b", re.ASCII)
_ITEM = re.compile(r"\b(?:\d{1,2}|[ivx]+)\b|[–—-]|\bden\b", re.ASCII)


# the refusal of a day without a year on a page without an issue day
NO_YEAR = "thời hạn không ghi năm và kế hoạch không có ngày ban hành"


def resolve_year(written: str | None, fallback: int | None) -> tuple[int, bool]:
    """The year written, else `fallback` (marked inferred), else refuse."""
    if written is None:
        if fallback is None:
            raise Unreadable(NO_YEAR, kind=Refusal.NO_YEAR)
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
        count = 6 if months["count"] == "nua" else count_number(months["count"])
        first_months = months["end"] == "dau"
        return [_months_of_year(count, first_months, *resolve_year(year, fallback_year))]
    if len(years) >= 2 and not _YEAR_SPAN.search(text):  # "năm 2025 và 2026": a list
        spans = _listed_years([_written_year(y) for y in years])
    elif len(years) == 2:
        spans = [_years(_written_year(years[0]), _written_year(years[1]))]
    else:
        year_number, inferred = resolve_year(year, fallback_year)
        words = f"năm {year_number}"
        return [Span(date(year_number, 1, 1), date(year_number, 12, 31), words, inferred)]
    counted = _COUNTED_YEARS.search(text)
    years_read = sum(span.last.year - span.first.year + 1 for span in spans)
    if counted and count_number(counted["count"]) != years_read:
        raise Unreadable(_count_unlike_years(counted["count"], spans, years_read))
    return spans


def _count_unlike_years(count: str, spans: list[Span], years_read: int) -> str:
    """Why a count of years disagrees with the years written beside it: "Về tình hình kinh
    tế xã hội 5 năm 2010 - 2015" (HĐND tỉnh An Giang, Nghị quyết 08/2015) counts five years
    over six written, the base year 2010 of a plan for 2011-2015 or a year mistyped, and
    which cannot be told. The count (`count`, folded: "5", "nam" of "năm năm") shown in
    digits, the years read, and the way out: the clerk writes the two days."""
    said = ", ".join(span.words for span in spans)
    if len(spans) > 1:  # years listed: no base year to explain
        return (
            f"“{count_number(count)} năm” không khớp với {said} ({years_read} năm): không "
            "đoán, hãy ghi first_day và last_day theo văn bản"
        )
    return (
        f"“{count_number(count)} năm” không khớp với {said} ({years_read} năm tính cả năm đầu và năm "
        "cuối): có thể năm đầu là năm gốc, không thuộc kỳ, hoặc một năm viết sai; không "
        "đoán, hãy ghi first_day và last_day theo văn bản"
    )


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
    """ "tháng 11, tháng 12": the unit repeated before each item names separate periods, as
    "và" does ("tháng 8 và 9", "quý I và II/2027": the lead's convention 12); never "Tháng
    tháng 7, 8" (doubled) nor "Tháng 6,7,8/2022" (the bundled plan kh-348-2022's one run of
    months), nor a range "tháng 6 đến tháng 8"."""
    repeated = re.search(rf"[\divx]\W+(?:va\s+)?{unit}\s", text)
    return bool(repeated or re.search(r"\sva\s", text)) and not _THROUGH.search(text)


_THROUGH = re.compile(r"\bden\b|[–—-]", re.ASCII)
# the mark joining the last month or quarter to its year: "tháng 4-2026" is "tháng 4/2026",
# so "tháng 3 và tháng 4-2026" (v-kienthuc-kiem-tra-giam-sat-tinh-uy-phu-tho-2026 with a
# dash) names two months as the "/" form does, never the run of a range "3-4"
_TO_ITS_YEAR = re.compile(r"\s*[–—./-]\s*(?=\d{4}(?!\d))", re.ASCII)


def _grouped(numbers: list[int], separate: bool) -> list[list[int]]:
    return [[number] for number in numbers] if separate else _runs(numbers)


# "tháng 3-4-2026": months 3 and 4 of 2026 with the year's dash ("tháng 4-2026"), or the day
# 3/4/2026 written as the press writes days ("ngày 3-4-2026") with "tháng" before it. No
# corpus file prints the shape (a- … zg-: "tháng 8 – 12/2019", "Tháng 11-12/2024" have their
# year after "/"), so neither is certain: the same mark twice between two numbers that make a
# day and a month and a year is refused
_DAY_SHAPED_MONTHS = re.compile(
    r"thang\s+(?P<one>\d{1,2})\s*(?P<mark>[–—-])\s*(?P<two>\d{1,2})\s*(?P=mark)\s*(?P<year>\d{4})",
    re.ASCII,
)


def _months(text: str, year: int, inferred: bool) -> list[Span]:
    if (shaped := _DAY_SHAPED_MONTHS.search(text)) and 1 <= int(shaped["two"]) <= 12:
        one, two, written = shaped["one"], shaped["two"], shaped["year"]
        raise Unreadable(
            f"“tháng {one}-{two}-{written}” có thể là tháng {one} đến tháng {two}/{written} hay "
            f"ngày {one}/{two}/{written}: không đoán; ghi last_day (và first_day) theo văn bản"
        )
    text = _TO_ITS_YEAR.sub(" ", text)
    spans = []
    for months in _grouped(_numbers(text, month_number), _separate(text, "thang")):
        words = f"tháng {', '.join(map(str, months))}/{year}"
        spans.append(Span(date(year, months[0], 1), month_end(year, months[-1]), words, inferred))
    return spans


def _quarters(text: str, year: int, inferred: bool) -> list[Span]:
    roman = {number: name.upper() for name, number in _ROMAN_QUARTERS.items()}
    text = _TO_ITS_YEAR.sub(" ", text)
    spans = []
    for quarters in _grouped(_numbers(text, quarter_number), _separate(text, "quy")):
        words = f"quý {', '.join(roman[q] for q in quarters)}/{year}"
        first, last = date(year, quarters[0] * 3 - 2, 1), month_end(year, quarters[-1] * 3)
        spans.append(Span(first, last, words, inferred))
    return spans


_YEAR_SPAN = re.compile(r"\d{4}\s*[–—-]\s*(?:nam\s+)?\d{4}", re.ASCII)
_MONTHS_OF_YEAR = re.compile(
    rf"(?P<count>{COUNT}|nua)\s+thang\s+(?P<end>dau|cuoi|con\s+lai(?=\s+(?:cua\s+)?nam))", re.ASCII
)
# "10 năm 2021 - 2030", "năm năm …"; never "từ năm 2023-2025" (folded "tu", as "tư", four)
_COUNTED_YEARS = re.compile(rf"(?<![a-z])(?P<count>(?!tu\s){COUNT})\s+nam\s", re.ASCII)


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


def _listed_years(numbers: list[int]) -> list[Span]:
    """Years listed, joined by "và" or ",": each year its own window, in increasing order
    (the lead's convention 12; `one_stretch` names the one exception)."""
    if any(b <= a for a, b in pairwise(numbers)):
        raise Unreadable("các năm phải ghi tăng dần, không lặp")
    return [_year(number) for number in numbers]


# Years or periods joined by "và" or "," are each their own window (the lead's convention 12,
# session 25): "Phấn đấu giải ngân vốn đầu tư công năm 2025 và 2026 đạt 100%" (Thủ tướng,
# zf-vietnamplus-giai-ngan-dau-tu-cong-2025-2026-100: each year's capital its own 100%),
# "Trong năm 2023, 2024, huyện sẽ tổ chức diễn tập …" (z-baovinhlong-tra-on-dien-tap-phong-
# thu-2022): one window to the last year's end would hold the first year's milestone a year
# late. The one exception is issue 11 §2's time of work told as one stretch, "trong" before
# two consecutive years joined by "và": "trong năm 2027 và 2028", "trong (các|2|hai) năm 2027
# và 2028" read 01/01/2027–31/12/2028. Three years, a comma, "năm" said again or years apart
# are a list (when unsure, two windows: never later than the truth).
_ONE_STRETCH = re.compile(
    r"\btrong\s+(?:(?:cac|hai|0?2)\s+)?nam\s+(?P<first>\d{4})\s+va\s+(?P<last>\d{4})\Z",
    re.ASCII,
)


def one_stretch(said: str) -> Span | None:
    """The one span of `said` (folded text ending with the years read) when it ends with the
    stretch of `_ONE_STRETCH` over two consecutive years; None otherwise."""
    stretch = _ONE_STRETCH.search(said)
    if stretch is None or int(stretch["last"]) != int(stretch["first"]) + 1:
        return None
    return _years(int(stretch["first"]), int(stretch["last"]))


def _year(year: int) -> Span:
    return Span(date(year, 1, 1), date(year, 12, 31), f"năm {year}")


def _years(start: int, end: int) -> Span:
    if end < start:
        raise Unreadable(f"năm kết thúc {end} trước năm bắt đầu {start}")
    return Span(date(start, 1, 1), date(end, 12, 31), f"giai đoạn {start}–{end}")

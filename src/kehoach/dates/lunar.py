"""Lunar dates written beside solar ones, checked against the Vietnamese lunar calendar.

Festival, Tết and holiday notices gloss a solar day with its lunar date: "Ngày 22/3/2025
(23/02 Âm lịch)", "từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp, năm Ất Tỵ)", "…, tương ứng ngày
24/12 năm Ất Tỵ đến mùng 5 Tết Bính Ngọ". The solar day is the deadline; the lunar words are
kept as its gloss only when they are that day's date in the Vietnamese lunar calendar (âm
lịch), computed for UTC+7 by Hồ Ngọc Đức's algorithm through the `lunar-vn` package. The
Chinese calendar, computed for UTC+8, puts some new moons a day apart: Tết 1985 fell on
21/01/1985 in Vietnam and 20/02 in China, Tết 2007 on 17/02/2007 and 18/02; a Chinese
library would misjudge those glosses. A gloss that is not the day's lunar date is refused
(one of the two is mistyped, and the phrase does not say which), and so is a lunar date
alone: no solar day is ever computed from it.

A year named by the sexagenary cycle ("năm Ất Tỵ", "Xuân Bính Ngọ 2026", "Tết Giáp Thìn")
is a lunar year: it must be the lunar year of the days read (see `year_names_agree`).
`lunar_vn` is imported only where a gloss is checked (`kehoach status` never needs it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from kehoach.base.text import fold, nfc
from kehoach.dates.speltlunar import digit_days

# The sexagenary cycle: year Y is stem (Y - 4) % 10, branch (Y - 4) % 12 (2024: Giáp Thìn)
STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
# folded (no diacritics): "tý" (0) and "tỵ" (5) fold alike; a stem and its branch share
# their parity, which tells them apart
_STEM_FOLDED = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
_BRANCH_FOLDED = {
    "ty": (0, 5), "ti": (5,), "suu": (1,), "dan": (2,), "mao": (3,), "meo": (3,),
    "thin": (4,), "ngo": (6,), "mui": (7,), "than": (8,), "dau": (9,), "tuat": (10,),
    "hoi": (11,),
}  # fmt: skip
_STEM = "|".join(_STEM_FOLDED)
_BRANCH = "|".join(_BRANCH_FOLDED)
LUNAR_FIRST, LUNAR_LAST = 1901, 2099
_ONE_DAY = timedelta(days=1)  # the years lunar-vn converts (its solar 1900-2100)


def cycle_name(year: int) -> str:
    """The sexagenary name of a (lunar) year, lower case: 2024 -> "giáp thìn"."""
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


def folded_cycle_name(stem: str, branch: str) -> str | None:
    """ "binh", "ngo" (folded) -> "bính ngọ"; None for a pair the cycle never names."""
    if stem not in _STEM_FOLDED or branch not in _BRANCH_FOLDED:
        return None
    s = _STEM_FOLDED.index(stem)
    b = next((b for b in _BRANCH_FOLDED[branch] if b % 2 == s % 2), None)
    return None if b is None else f"{STEMS[s]} {BRANCHES[b]}"


class LunarEnd(NamedTuple):
    """One end of a lunar gloss: its days (several for "26,27,28 tháng Chạp"), lunar month,
    leap month ("tháng 2 nhuận"), and the year named with it, if any."""

    days: tuple[int, ...]
    month: int
    leap: bool
    year: str | None  # "ất tỵ"
    solar_year: int | None  # "năm Giáp Thìn 2024": the solar year the name stands for


class LunarDay(NamedTuple):
    """A solar day's date in the Vietnamese lunar calendar."""

    day: int
    month: int
    leap: bool
    year: int  # the lunar year, numbered as the solar year its Tết falls in


def _end(p: str) -> str:
    return (
        r"(?:(?:den\s+)?het\s+)?(?:ngay\s+)?"
        rf"(?P<{p}mung>(?:mung|mong)\s+)?(?:ngay\s+)?"
        # ... "(tức mùng 1 và mùng 2 Tết)" (VietnamPlus, 2026): "mùng" before each listed day
        rf"(?P<{p}days>\d{{1,2}}(?:\s*(?:,|va)\s*(?:(?:mung|mong)\s+)?\d{{1,2}})*)"
        # "tháng 6 sau" (the leap sixth month of 2017, after the first one, "tháng 6 trước"):
        # Vĩnh Long's sowing calendar of 2017, as Nam Bộ writes a leap month
        # ... a month named in words: "(tức mùng 2 tháng Giêng đến 25 tháng Ba năm Bính Ngọ)"
        # (Ngày Nay, chùa Hương 2026); never "tháng Năm" (a year's word too) nor "tháng Một"
        # "(tức mùng 7, tháng Giêng, năm Bính Ngọ)" (Thời báo Tài chính, 2026): a comma
        # before the month as before the year; the day is still checked against the solar one
        rf"(?:\s*(?:,\s*(?=thang\s))?(?:thang\s+(?P<{p}name>chap|gieng|giang|\d{{1,2}}|hai|ba|tu|sau|bay|tam|chin|muoi)"
        rf"(?:\s+(?P<{p}leap>nhuan|sau)|\s+truoc(?![a-z]))?"
        # ... or with a dot, as the solar days beside it are written: "từ ngày 27.1-24.2 (từ
        # ngày 6 tháng giêng đến 5.2 năm Quý Mão)" (Báo Hải Dương, 2023; zp-baohaiduong-phat-
        # dong-tet-trong-cay-quy-mao-2023); lunar only with its mark or its year's name
        rf"|(?:\s*/\s*|\.)(?P<{p}num>\d{{1,2}})(?:\s*/\s*(?P<{p}nyear>\d{{4}}))?"
        # "(tức ngày 9 đến 15-10 âm lịch)", "(nhằm ngày 21-8-2023 đến 1-9-2023 âm lịch)": a
        # day and month written with a dash (no blank: "15 - 17" is a span of days), the
        # lunar year numbered as the solar year its Tết falls in
        rf"|-(?P<{p}dnum>\d{{1,2}})(?:-(?P<{p}dyear>\d{{4}}))?"
        # ... "(từ 25 tháng chạp đến mùng 3 Tết Nguyên đán)" (Thanh Niên, 2026): the Tết's full
        # name after its day, with no year named
        rf"|\s+(?P<{p}tet>tet)(?:\s+nguyen\s+dan(?!\s+(?:{_STEM})\s))?)(?:\s+nam(?=\s+den\b))?)?"
        # "(tức ngày mùng 10 tháng giêng, âm lịch)": the calendar named after a comma too
        rf"(?P<{p}mark>(?:\s*,\s*|\s+)(?:am\s+lich|lich\s+am|al))?"
        # "(tức mùng 7 Tết Nguyên đán Bính Ngọ)": "Nguyên đán" after the day's own "Tết" too
        rf"(?:\s*,?\s*(?:nam\s+)?(?:tet\s+)?(?:nguyen\s+dan\s+)?(?P<{p}stem>{_STEM})\s+"
        rf"(?P<{p}branch>{_BRANCH})(?:\s+(?:nam\s+)?(?P<{p}solar>\d{{4}}))?)?"
        rf"(?P<{p}mark2>(?:\s*,\s*|\s+)(?:am\s+lich|lich\s+am|al))?"
    )


# "(tức ngày mùng 8 tháng Giêng năm Bính Ngọ)", "(23/02 Âm lịch)", "(nhằm 26,27,28 tháng
# Chạp)", "(tức ngày 15 - 17/2 âm lịch)", "(từ 19 tháng Chạp đến mùng 6 Tết)"
_GLOSS = re.compile(
    r"(?:(?:tuc|nham|tuong\s+ung(?:\s+voi)?)(?:\s+la)?\s+)?(?:tu\s+)?"
    + _end("a")
    + r"(?:\s*(?:den(?:\s+het)?|[-–—])\s*"
    + _end("b")
    + r")?[ .,;:]*",
    re.ASCII,
)
# the words that open a lunar gloss outside parentheses: ", tức ngày 22 tháng Chạp âm lịch",
# " - tức từ ngày 28 tháng Chạp năm Quý Tỵ đến hết ngày 6 tháng Giêng năm Giáp Ngọ" (Báo Lao
# Động, Tết Giáp Ngọ 2014)
TRAILING = re.compile(r"[ ,;–—-]*(?<![a-z])(?:tuc|tuong\s+ung|nham)\b", re.ASCII)
# ... or with no word before it, right after the solar days as a festival's table prints
# them: "25 - 26/2 mùng 9 – 10 tháng Giêng" (Lễ hội Việt Nam, lễ hội Lồng Tồng 2026): only
# "mùng" with its day and a month named (Giêng, Chạp) closing the phrase; checked as any gloss
BARE_MUNG = re.compile(
    r"(?<=\d)\s+(?=(?:mung|mong)\s+\d{1,2}\b[\d\s,–—-]*(?:mung\s+|mong\s+)?\d{0,2}"
    r"\s*thang\s+(?:gieng|chap)\s*\Z)",
    re.ASCII,
)


# A lunar date said first, its solar day after it in parentheses, as school holiday notices
# print Tết: "Ngày học cuối cùng là 24 tháng Chạp (thứ Tư, 11/2/2026)", "từ 25 tháng Chạp
# (thứ Năm, 12/2/2026) đến hết mùng 6 tháng giêng (Chủ nhật, 22/2/2026)" (Kiến Thức, 2026).
# The lunar words must say they are lunar: the month named Chạp or Giêng, "mùng" before the
# day, or "âm lịch" after it ("15 tháng 3 (thứ Hai, 15/3/2027)" restates a solar day)
# ... or written with a slash and "âm lịch" after it: "Phần lễ sẽ diễn ra từ 8h đến 9h ngày
# 10/3 âm lịch (7/4/2025)" (Giỗ Tổ in Bình Dương, zk-doanhnghiephoinhap-gio-to-hung-vuong-binh-
# duong-2025)
_LUNAR_THEN_SOLAR = re.compile(
    r"(?i)(?<!\w)(?P<lunar>(?:(?:mùng|mồng)\s+)?\d{1,2}\s+tháng\s+(?:chạp|giêng|\d{1,2})"
    r"(?:\s+(?:âm\s+lịch|năm\s+\w+\s+\w+))*"
    r"|(?<![\d/.-])\d{1,2}\s*/\s*\d{1,2}\s+âm\s+lịch)"
    r"\s*\(\s*(?:(?:tức|nhằm)\s+)?(?P<weekday>(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,\s*)?"
    r"(?P<solar>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*\)"
)


# ... and two lunar days of Tết said first, then their two solar days after "tức": "nghỉ bù
# vào ngày Mùng 4 và Mùng 5 tết Âm lịch (tức ngày 15 và 16/2/2021)" (Báo Bà Rịa - Vũng Tàu on
# Tết Tân Sửu 2021, as baomoi prints it): "mùng" before each day and "Tết" or "tháng Giêng"
# after them say they are lunar
_LUNAR_PAIR_THEN_SOLAR = re.compile(
    r"(?i)(?<!\w)(?P<lunar>(?:mùng|mồng)\s+\d{1,2}\s*(?:,|và)\s*(?:mùng|mồng)\s+\d{1,2}\s+"
    r"(?:tết(?:\s+nguyên\s+đán)?|tháng\s+giêng)(?:\s+âm\s+lịch)?)"
    r"\s*\(\s*(?:tức|nhằm)\s+(?:ngày\s+)?"
    r"(?P<solar>\d{1,2}\s*(?:,|và)\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*\)"
)


def solar_first(text: str) -> str:
    """`text` with each lunar date said before its solar day in parentheses
    (`_LUNAR_THEN_SOLAR`) said the other way round, as glosses are read: "24 tháng Chạp (thứ
    Tư, 11/2/2026)" -> "thứ Tư, 11/2/2026 (24 tháng Chạp)"; the lunar words are then checked
    against the solar day (`gloss_disagreement`), never converted."""

    def swapped(said: re.Match[str]) -> str:
        lunar = said["lunar"]
        if not re.match(r"(?i)(?:mùng|mồng)\s|.*(?:chạp|giêng|âm\s+lịch)", lunar):
            return said.group()
        return f"{said['weekday'] or ''}{said['solar']} ({lunar})"

    text = _LUNAR_PAIR_THEN_SOLAR.sub(lambda said: f"{said['solar']} ({said['lunar']})", text)
    return _LUNAR_THEN_SOLAR.sub(swapped, text)


# A lunar year named by what happens in it ("Xuân Bính Ngọ 2026", "Tết Ất Tỵ", "Tết Nguyên
# đán Giáp Thìn", "năm Bính Ngọ"), as printed with capitals: the name of a year, no lunar
# date; `year_names_agree` checks it is the days' lunar year. Matched case-blind on the
# original text, so that "năm Bính Ngọ" folded is never "năm bình ngô" (a common word).
# ... "Qúy" too, the tone on the "u" as old typing habits place it: "bảo đảm ANTT Tết Nguyên đán
# Qúy Mão 2023 …, thời gian từ ngày 15-11-2022 đến 5-2-2023" (Báo Thanh Hóa, 2022;
# zr-baothanhhoa, refused before tune-zr as a lunar day unread); the name is checked the same
# ... the name in parentheses after its Tết: "Tết Nguyên Đán (Kỷ Hợi): Nghỉ từ thứ Hai, ngày
# 28-01-2019 đến hết ngày Chủ nhật, ngày 10-02-2019 (…)" (Sở GD-ĐT An Giang, khung năm học
# 2018-2019; o-an-giang-khung-nam-hoc-2018-2019), the same name, checked the same
NAMED_LUNAR_YEAR = re.compile(
    r"(?<![\w])(?:(?P<kind>(?i:xuân|tết(?:\s+nguyên\s+đán)?|năm))\s+)"
    r"(?:(?<=(?i:tết|đán)\s)(?P<open>\(\s*))?"
    r"(?P<stem>Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý|Qúy)\s+"
    r"(?P<branch>Tý|Tỵ|Tị|Sửu|Dần|Mão|Mẹo|Thìn|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)"
    r"(?(open)\s*\))"
    r"(?:\s+(?:(?i:năm)\s+)?(?P<solar>\d{4}))?(?![\w])"
)


class Unlunar(ValueError):
    """A gloss that cannot be a lunar date as written (say, "30 Tết" is no day)."""


def parse_gloss(folded: str) -> tuple[LunarEnd, ...] | None:
    """The lunar days a gloss names, in order (one end, or the two ends of a span), or None
    when the words are no lunar date. A month by number ("tháng 2", "/2") is lunar only
    when the gloss says so ("âm lịch", "ÂL") or names a year of the cycle; "tháng Chạp",
    "tháng Giêng" and "Tết" are lunar by name. Raises `Unlunar` for a lunar date no
    calendar has (month 13, "15 Tết")."""
    match = _GLOSS.fullmatch(digit_days(folded.strip()))
    if match is None:
        return None
    said = any(match[f"{p}{key}"] for p in "ab" for key in ("mark", "mark2", "stem"))
    named = any(match[f"{p}name"] in ("chap", "gieng", "giang") or match[f"{p}tet"] for p in "ab")
    if not said and not named:
        return None
    ends = [_read_end(match, "a")]
    if match["bdays"]:
        ends.append(_read_end(match, "b"))
    if ends[0] is None and len(ends) == 2 and ends[1] is not None:
        first = match["adays"]  # "từ ngày 16 đến ngày 30 tháng Chạp": the end's month
        days = tuple(int(n) for n in re.findall(r"\d+", first))
        ends[0] = ends[1]._replace(days=days, year=None, solar_year=None)
    if any(end is None for end in ends):
        return None
    return tuple(end for end in ends if end is not None)


_MONTH_WORDS = {"hai": 2, "ba": 3, "tu": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


def _read_end(match: re.Match[str], p: str) -> LunarEnd | None:
    days = tuple(int(n) for n in re.findall(r"\d+", match[f"{p}days"]))
    name, number, tet = match[f"{p}name"], match[f"{p}num"] or match[f"{p}dnum"], match[f"{p}tet"]
    if name in ("chap",):
        month = 12
    elif name in ("gieng", "giang"):
        month = 1
    elif name in _MONTH_WORDS:
        month = _MONTH_WORDS[name]
    elif name or number:
        month = int(name or number)
    elif tet:  # "mùng 6 Tết" is a day of the first month; "29 Tết" of the last (Chạp)
        if match[f"{p}mung"] or max(days) <= 10:
            month = 1
        elif min(days) >= 20:
            month = 12
        else:
            raise Unlunar(f"“{match[f'{p}days']} Tết” không rõ là ngày tháng Chạp hay tháng Giêng")
    else:
        return None
    if not 1 <= month <= 12 or not all(1 <= day <= 30 for day in days):
        raise Unlunar(f"tháng {month} âm lịch, ngày {days}: không có ngày âm lịch này")
    year = None
    if match[f"{p}stem"]:
        year = folded_cycle_name(match[f"{p}stem"], match[f"{p}branch"])
        if year is None:
            raise Unlunar(f"“{match[f'{p}stem']} {match[f'{p}branch']}” không phải tên một năm")
    written = match[f"{p}solar"] or match[f"{p}nyear"] or match[f"{p}dyear"]
    solar = int(written) if written else None
    end = LunarEnd(days, month, bool(match[f"{p}leap"]), year, solar)
    return _before_tet(end) if tet and month == 12 else end


def _before_tet(end: LunarEnd) -> LunarEnd:
    """ "13/2 (26 Tết Nguyên đán Bính Ngọ)" (VietnamPlus, 2026): a day of Chạp named by the
    Tết it leads to; the year named is that Tết's, the day's lunar year the one before."""
    year = end.year
    if year is not None:
        stem, branch = year.split()
        year = f"{STEMS[STEMS.index(stem) - 1]} {BRANCHES[BRANCHES.index(branch) - 1]}"
    return end._replace(year=year, solar_year=end.solar_year and end.solar_year - 1)


def lunar_date(day: date) -> LunarDay:
    """`day`'s date in the Vietnamese lunar calendar (UTC+7). Raises `Unlunar` outside the
    years the calendar is computed for."""
    if not LUNAR_FIRST <= day.year <= LUNAR_LAST:
        raise Unlunar(f"năm {day.year} ngoài khoảng lịch âm được tính ({LUNAR_FIRST}–{LUNAR_LAST})")
    from lunar_vn import solar_to_lunar  # only where a gloss is checked

    lunar = solar_to_lunar(day)
    return LunarDay(lunar.day, lunar.month, lunar.leap, lunar.year)


def show_lunar(lunar: LunarDay) -> str:
    """ "27 tháng 12 năm Ất Tỵ", "5 tháng 2 nhuận năm Giáp Thìn": a lunar day in words."""
    leap = " nhuận" if lunar.leap else ""
    return f"{lunar.day} tháng {lunar.month}{leap} năm {cycle_name(lunar.year).title()}"


def gloss_disagreement(days: list[date], ends: tuple[LunarEnd, ...]) -> str | None:
    """Why the lunar `ends` are not the lunar dates of the solar `days` (the ends of a span,
    or every day of a listed run), or None when they are."""
    named = [day for end in ends for day in end.days]
    if len(ends) == 1 and len(ends[0].days) > 1:  # "(nhằm 26,27,28 tháng Chạp)": each day
        pairs = list(zip(_every_day(days), ((d, ends[0]) for d in named), strict=False))
        if len(named) != len(_every_day(days)):
            return f"chú thích âm lịch nêu {len(named)} ngày, khoảng dương lịch có {len(_every_day(days))}"
    elif len(named) == len(days):
        pairs = list(zip(days, ((end.days[0], end) for end in ends), strict=True))
    else:
        return "chú thích âm lịch không nêu đúng số ngày của thời hạn"
    for solar, (day, end) in pairs:
        lunar = lunar_date(solar)
        if (lunar.day, lunar.month, lunar.leap) != (day, end.month, end.leap):
            leap = " nhuận" if end.leap else ""
            return (
                f"ngày {solar:%d/%m/%Y} là ngày {show_lunar(lunar)} âm lịch, không phải "
                f"{day} tháng {end.month}{leap} như chú thích"
            )
        if end.year is not None and cycle_name(lunar.year) != end.year:
            return (
                f"ngày {solar:%d/%m/%Y} thuộc năm {cycle_name(lunar.year).title()} âm lịch, "
                f"không phải năm {end.year.title()}"
            )
        if end.solar_year is not None and end.solar_year != lunar.year:
            return _numbered_year_disagreement(solar, day, end, lunar.year)
    return None


def _numbered_year_disagreement(solar: date, day: int, end: LunarEnd, year: int) -> str:
    """Why a lunar year written by number ("năm Giáp Thìn 2024", "05/12/2021 âm lịch": the
    year its Tết falls in) is not `year`, the lunar year of `solar`."""
    if end.year is not None:
        return f"năm {end.year} là năm {year}, không phải {end.solar_year}"
    return (
        f"ngày {day} tháng {end.month} âm lịch của ngày {solar:%d/%m/%Y} thuộc năm âm lịch "
        f"{year}, không phải năm {end.solar_year}"
    )


def _every_day(days: list[date]) -> list[date]:
    first, last = days[0], days[-1]
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def year_names_agree(text: str, days: list[date]) -> None:
    """ "Tết trồng cây Xuân Bính Ngọ 2026 … từ ngày 22/2 đến 19/3/2026": a lunar year named
    in the phrase (`NAMED_LUNAR_YEAR`) must be the lunar year of one of the days read, or
    the next one for a day of the last two lunar months (a Tết fair runs before Tết: "Chợ
    hoa Xuân Bính Ngọ" from 19/01/2026, 1 tháng Chạp Ất Tỵ); a solar year after it must be
    that lunar year's. Named by its Tết or spring ("Tết Đinh Mùi", "Xuân Đinh Mùi"), the
    days must be around that Tết: the first three lunar months of the year, or the last two
    before it ("nghỉ Tết Nguyên đán Đinh Mùi từ ngày 24/1/2028": Tết Đinh Mùi was 6/2/2027,
    24/1/2028 is the run-up to Tết Mậu Thân). Raises `Unlunar` saying which disagrees."""
    for named in NAMED_LUNAR_YEAR.finditer(text):
        name = f"{named['stem'].lower()} {named['branch'].lower()}"
        name = name.replace("tị", "tỵ").replace("mẹo", "mão").replace("qúy", "quý")
        solar = int(named["solar"]) if named["solar"] else None
        if solar is not None and cycle_name(solar) != name:
            raise Unlunar(
                f"năm {solar} là năm {cycle_name(solar).title()}, không phải {name.title()}"
            )
        lunar = [lunar_date(day) for day in days]
        if named["kind"].lower() == "năm":  # a day of the year, or of the run-up to it
            years = {one.year for one in lunar} | {one.year + 1 for one in lunar if one.month >= 11}
        else:  # Tết, Xuân: the days around that Tết, never the next one's run-up
            years = {one.year for one in lunar if one.month <= 3}
            years |= {one.year + 1 for one in lunar if one.month >= 11}
        if not any(cycle_name(year) == name for year in years):
            shown = ", ".join(f"{day:%d/%m/%Y}" for day in sorted(set(days)))
            raise Unlunar(
                f"“{named.group().strip()}” không phải năm âm lịch của ngày đọc được ({shown})"
            )


class NewYearEve(NamedTuple):
    """ "(Đêm Giao thừa Tết Nguyên đán Bính Ngọ năm 2026)", "(tức đêm Giao thừa 30 Tết)": the
    night between the last day of a lunar year and Tết; the year named is the new one."""

    day: int | None  # "30 Tết": the last day of the old year, as the gloss gives it
    year: str | None
    solar_year: int | None


_EVE_GLOSS = re.compile(
    r"(?:(?:tuc|nham)\s+(?:la\s+)?)?(?:(?:dem|le|thoi\s+khac)\s+)?giao\s+thua"
    # "(tức đêm Giao thừa 30 Tết Nguyên đán Giáp Thìn)" (Bạc Liêu, Tết 2024): the Tết's full
    # name after the day too; the day and the year are still checked against the calendar
    r"(?:\s+(?P<day>29|30)\s+tet(?:\s+nguyen\s+dan)?)?(?:\s+tet(?:\s+nguyen\s+dan)?)?"
    rf"(?:\s+(?:nam\s+)?(?P<stem>{_STEM})\s+(?P<branch>{_BRANCH}))?"
    r"(?:\s+(?:nam\s+)?(?P<solar>\d{4}))?[ .,;:]*",
    re.ASCII,
)


def parse_eve(folded: str) -> NewYearEve | None:
    """The new year's eve a gloss names, or None; raises `Unlunar` for a year the cycle
    never names."""
    match = _EVE_GLOSS.fullmatch(folded.strip())
    if match is None:
        return None
    year = None
    if match["stem"]:
        year = folded_cycle_name(match["stem"], match["branch"])
        if year is None:
            raise Unlunar(f"“{match['stem']} {match['branch']}” không phải tên một năm")
    day = int(match["day"]) if match["day"] else None
    return NewYearEve(day, year, int(match["solar"]) if match["solar"] else None)


def eve_disagreement(day: date, time: str | None, eve: NewYearEve) -> str | None:
    """Why `day` (at `time`) is not the new year's eve `eve` names, or None when it is: the
    last day of a lunar year, or 0 giờ of Tết (the moment of giao thừa, "0 giờ 00 phút ngày
    17/02/2026")."""
    eve_of = _eve_of(day, midnight=time == "00:00")
    if eve_of is None:
        return _midnight_before_eve(day, time == "00:00") or (
            f"ngày {day:%d/%m/%Y} ({show_lunar(lunar_date(day))}) không phải đêm giao thừa"
        )
    last, new_year = eve_of
    if eve.day is not None and eve.day != last.day:
        return f"năm {cycle_name(last.year).title()} hết vào ngày {last.day} tháng Chạp, không phải {eve.day}"
    if eve.year is not None and eve.year != cycle_name(new_year):
        return f"giao thừa ngày {day:%d/%m/%Y} mở năm {cycle_name(new_year).title()}, không phải {eve.year.title()}"
    if eve.solar_year is not None and eve.solar_year != new_year:
        return f"giao thừa ngày {day:%d/%m/%Y} mở năm {new_year}, không phải {eve.solar_year}"
    return None


def _midnight_before_eve(day: date, midnight: bool) -> str | None:
    """ "0 giờ ngày 16/02/2026 (Giao thừa)": the midnight that opens the old year's last
    day, a day before giao thừa (0 giờ ngày 17/02/2026); None for any other moment."""
    if not midnight or _eve_of(day, midnight=False) is None:
        return None
    return (
        f"0 giờ ngày {day:%d/%m/%Y} là lúc bắt đầu ngày cuối năm âm lịch, trước giao thừa "
        f"một ngày (giao thừa là 0 giờ ngày {day + _ONE_DAY:%d/%m/%Y}, hay hết ngày "
        f"{day:%d/%m/%Y})"
    )


def _eve_of(day: date, *, midnight: bool) -> tuple[LunarDay, int] | None:
    """When `day` is a new year's eve: the old lunar year's last day and the new year's
    number. The eve is the last day of a lunar year, or, at midnight, Tết itself (the moment
    of giao thừa, "0 giờ 00 phút ngày 17/02/2026"); None on any other day. At midnight the
    day must be Tết: "0 giờ ngày 16/02/2026" opens the old year's last day, a full day
    before the eve, so "0 giờ ngày 16/02/2026 (Giao thừa)" names two moments."""
    lunar = lunar_date(day)
    if midnight:
        return (
            (lunar_date(day - _ONE_DAY), lunar.year) if (lunar.day, lunar.month) == (1, 1) else None
        )
    following = lunar_date(day + _ONE_DAY)
    if (following.day, following.month) == (1, 1):
        return lunar, following.year
    return None


# Days of the lunar calendar that plans name instead of (or beside) their solar date: the
# lunar day and month each falls on ("Giỗ Tổ Hùng Vương" is the 10th of the third month);
# folded names. "Giao thừa" (New Year's Eve) is the last day of the year: checked apart.
_OCCASION_DAYS = (
    (("gio to", "hung vuong"), 10, 3),
    (("vu lan", "trung nguyen"), 15, 7),
    (("trung thu",), 15, 8),
    (("phat dan",), 15, 4),
    (("doan ngo",), 5, 5),
    (("khai ha",), 7, 1),
    (("nguyen tieu", "ram thang gieng", "thuong nguyen"), 15, 1),
    (("ong cong", "ong tao"), 23, 12),
    (("han thuc",), 3, 3),
    (("than tai",), 10, 1),
    (("ha nguyen",), 15, 10),
)
_EVE = re.compile(r"(?<![a-z])giao\s+thua(?![a-z])", re.ASCII)
# any occasion's name: one search rules out most phrases before each name is looked at
_ANY_OCCASION = re.compile(
    rf"(?<![a-z])(?:{'|'.join(name for names, _, _ in _OCCASION_DAYS for name in names)})(?![a-z])",
    re.ASCII,
)


def _own_gloss(names: tuple[str, ...], lunar_day: int, lunar_month: int) -> str:
    """The pattern of an occasion's name followed by its own lunar day in parentheses
    (folded): "giỗ tổ Hùng Vương (mùng 10 tháng 3 Âm lịch)", "(10/3 ÂL - Canh Tý)"."""
    name = "|".join(one.replace(" ", r"\s+") for one in names)
    return (
        rf"(?<![a-z])(?:{name})\s*\(\s*(?:ngay\s+)?(?:mung\s+)?0?{lunar_day}"
        rf"\s*(?:/\s*0?{lunar_month}|\s+thang\s+0?{lunar_month})\s+(?:am\s+lich|al)"
        r"(?:\s*[-–,]\s*[a-z]+\s+[a-z]+)?\s*\)"
    )


# An occasion of `_OCCASION_DAYS` named with its own lunar day in parentheses, before words
# that are no time: "Theo đó, Ngày giỗ tổ Hùng Vương (mùng 10 tháng 3 Âm lịch), cán bộ, công
# chức, viên chức được nghỉ 03 ngày, từ ngày 13/4/2019 đến hết ngày 15/4/2019." (UBND tỉnh
# Ninh Thuận, TB 28/2019), "được nghỉ ngày Giỗ tổ Hùng Vương (10 tháng 3 ÂL - Canh Tý) nhằm
# ngày thứ năm (ngày 02/4/2020)" (Ban Tuyên giáo Cần Thơ, 2020): the gloss says which day
# the occasion is every year, as its name does, and moves no day read (Bộ luật Lao động
# 2019, Điều 112: Giỗ Tổ is the 10th of the third lunar month). Only the occasion's own day
# and month; another lunar day after the name stays a time, checked.
OCCASION_OWN_GLOSS = re.compile(
    "|".join(_own_gloss(names, day, month) for names, day, month in _OCCASION_DAYS), re.ASCII
)


# "tại Quảng trường Hùng Vương" (Bạc Liêu's Xuân 2024 programme), "đường Hùng Vương", "Trường
# THPT Hùng Vương": a place named after the kings, no Giỗ Tổ
_PLACE_BEFORE = re.compile(
    r"(?:quang\s+truong|duong|pho|truong(?:\s+[a-z]+)?|cong\s+vien|dai\s+lo|tuong\s+dai)\s+\Z",
    re.ASCII,
)


# Folded, "hạn thực hiện", "hạn thực tế" hold "han thuc" (Hàn thực): a deadline's words run
# on after it ("Gia hạn thực hiện đến ngày 20/4/2026", an extension), no festival
_RUNS_ON = re.compile(r"\s+(?:hien|te)(?![a-z])", re.ASCII)


def _names_occasion(name: str, folded: str) -> bool:
    """Whether `name` stands in `folded` as the occasion, not as the name of a place nor
    the first words of a longer one (`_RUNS_ON`)."""
    return any(
        not _PLACE_BEFORE.search(folded, 0, found.start())
        and not _RUNS_ON.match(folded, found.end())
        for found in re.finditer(rf"(?<![a-z]){name}(?![a-z])", folded)
    )


def _named_as(names: tuple[str, ...], folded: str) -> str | None:
    """Which of an occasion's `names` stands in `folded` as the occasion, if any."""
    return next((name for name in names if _names_occasion(name, folded)), None)


def occasion_named(folded: str) -> bool:
    """Whether `folded` names a lunar occasion (`_OCCASION_DAYS`) or "giao thừa"."""
    return _EVE.search(folded) is not None or (
        _ANY_OCCASION.search(folded) is not None
        and any(_named_as(names, folded) for names, _, _ in _OCCASION_DAYS)
    )


def occasion_gloss(folded: str) -> tuple[LunarEnd, ...]:
    """The lunar gloss after a lunar occasion's name, both in one parenthesis: "( Lễ Giổ tổ
    Hùng Vương 10/3 âm lịch )" (TB treo cờ of Ninh Thạnh, Tây Ninh, 2025: the flags of
    06/4 - 07/4/2025, Giỗ Tổ on the last day), folded: the gloss's ends when it names the
    occasion's own lunar day (`_OCCASION_DAYS`), the caller checking them against the days
    read as any lunar gloss; () when the words are another thing, or name another day."""
    for names, lunar_day, lunar_month in _OCCASION_DAYS:
        said = re.match(rf"\s*(?:le\s+)?(?:(?:{'|'.join(names)})\s+)+(?=\d)", folded)
        ends = parse_gloss(folded[said.end() :]) if said else None
        if ends and all(end.days == (lunar_day,) and end.month == lunar_month for end in ends):
            return ends
    return ()


def occasion_disagreement(text: str, day: date) -> str | None:
    """Why `day` is not the lunar occasion the phrase (`text`) names beside it ("ngày
    27/4/2026 (Giỗ Tổ Hùng Vương)": Giỗ Tổ 2026 is 26/4), or None when it is, or when no
    occasion of `_OCCASION_DAYS` or "Giao thừa" is named. Raises `Unlunar` outside the
    years the calendar is computed for."""
    folded = fold(text)
    named = _ANY_OCCASION.search(folded) is not None
    for names, lunar_day, lunar_month in _OCCASION_DAYS if named else ():
        said = _named_as(names, folded)
        if said is None:
            continue
        lunar = lunar_date(day)
        if (lunar.day, lunar.month, lunar.leap) != (lunar_day, lunar_month, False):
            return (
                f"ngày {day:%d/%m/%Y} là ngày {show_lunar(lunar)} âm lịch, không phải ngày "
                f"{lunar_day} tháng {lunar_month} âm lịch của “{_printed_name(text, said)}”"
            )
    if _EVE.search(folded):  # the night: the year's last evening, or 0 giờ of its first day
        midnight = re.search(r"(?<![\d:])0?0\s*(?:gio|h)(?![a-z])", folded) is not None
        if _eve_of(day, midnight=midnight) is None:
            return _midnight_before_eve(day, midnight) or (
                f"ngày {day:%d/%m/%Y} không phải đêm giao thừa (ngày cuối năm âm lịch, hay 0 "
                "giờ ngày mùng 1 Tết)"
            )
    return None


# The festival held for Giỗ Tổ, ending on it: "Lễ hội Đền Hùng" (mùng 1 to mùng 10 tháng 3 âm
# lịch, "Giỗ Tổ Hùng Vương – Lễ hội Đền Hùng … (tức mùng 1–10/3 âm lịch)",
# i-2-vtc-phu-tho-kh-gio-to-hung-vuong-binh-ngo-2026): only for a span's ends, its one day
# being any of the ten ("Khai mạc Lễ hội Đền Hùng ngày 17/4/2026", mùng 1)
_FESTIVAL_ENDING_ON_GIO_TO = (("le hoi den hung",), 10, 3)
_SOLAR_SAID = re.compile(r"(?<![a-z])(?:duong\s+lich|\(\s*dl\s*\))(?![a-z])", re.ASCII)
_FESTIVAL_OF_GIO_TO = re.compile(r"(?<![a-z])le\s+hoi\s+den\s+hung(?![a-z])", re.ASCII)


def _printed_name(text: str, name: str) -> str:
    """The occasion's `name` (folded) as `text` prints it, its first occurrence."""
    found = re.search(rf"(?<![a-z]){name}(?![a-z])", fold(text))
    return nfc(text)[slice(*found.span())] if found else name


def occasion_day_as_solar(text: str, days: list[date]) -> str | None:
    """Why one of several `days` read (the ends of a span, two days) looks like the lunar day
    of the occasion the phrase (`text`) names, written as if solar: "Lễ Giỗ Tổ Hùng Vương từ
    ngày 1/3 đến 10/3" (the feast's ten days, mùng 1 to mùng 10 tháng 3 âm lịch: 17-26/4 in
    2026, as Phú Thọ's plans gloss them, i-2-vtc-phu-tho-kh-gio-to-hung-vuong-binh-ngo-2026)
    read as March. A day whose day and month are the occasion's lunar ones (Giỗ Tổ 10/3) but
    whose lunar day is not is such a copy, or a mistyped one: never a solar day of the feast
    (the two calendars are weeks apart). None when no day is so, or no occasion is named.
    One day alone is `occasion_disagreement`'s. Raises `Unlunar` outside the calendar's years."""
    folded = fold(text)
    if _SOLAR_SAID.search(folded):
        return None  # "… từ 1/3 đến 10/3/2026 (dương lịch)": the days are said solar
    if _ANY_OCCASION.search(folded) is None and _FESTIVAL_OF_GIO_TO.search(folded) is None:
        return None
    for names, lunar_day, lunar_month in (*_OCCASION_DAYS, _FESTIVAL_ENDING_ON_GIO_TO):
        said = _named_as(names, folded)
        if said is None:
            continue
        for day in days:
            lunar = lunar_date(day)
            if (day.day, day.month) != (lunar_day, lunar_month):
                continue
            if (lunar.day, lunar.month) != (lunar_day, lunar_month):
                return (
                    f"ngày {day:%d/%m/%Y} trùng ngày tháng âm lịch của “{_printed_name(text, said)}” "
                    f"({lunar_day} tháng {lunar_month} âm lịch) nhưng là ngày {show_lunar(lunar)} "
                    "âm lịch: có thể các ngày được ghi theo âm lịch"
                )
    return None


def occasion_every_year_as_solar(text: str, days: list[tuple[int, int]]) -> str | None:
    """Why a yearly rule on a solar day cannot be the lunar occasion the phrase (`text`)
    names: "Tết Trung thu ngày 15/8" in a standing calendar read as every 15 August (session
    59's breaker; the feast is 15/8 âm lịch, 25/9/2026, 14/9/2027). A lunar occasion falls on
    another solar day each year, so a rule on its lunar day and month (`days`, (day, month)
    each) written as solar repeats it on no day; None when no occasion of `_OCCASION_DAYS` is
    named on one of `days`, or the calendar is said solar ("dương lịch"). A solar day of
    another date beside the feast ("Báo cáo kết quả tổ chức Tết Trung thu trước ngày 30/9
    hằng năm") is a report's, and reads (the merge's fresh tester)."""
    folded = fold(text)
    if _ANY_OCCASION.search(folded) is None or _SOLAR_SAID.search(folded):
        return None
    for names, lunar_day, lunar_month in _OCCASION_DAYS:
        if (lunar_day, lunar_month) not in days:
            continue
        if said := _named_as(names, folded):
            return (
                f"“{_printed_name(text, said)}” là ngày {lunar_day} tháng {lunar_month} âm lịch, mỗi năm rơi vào một ngày "
                "dương lịch khác: không lặp lại vào một ngày dương lịch cố định"
            )
    return None


# A break named for Tết Nguyên đán: "Tết Nguyên Đán (Bính Ngọ): Nghỉ từ ngày 14-01-2026 đến
# hết ngày 22-01-2026" (session 54, helper guards54: read, its cycle year checked, though Tết
# Bính Ngọ is 17/02/2026, a month after). The state's Tết holiday is "01 ngày cuối năm và 04
# ngày đầu năm âm lịch" (Bộ luật Lao động 2019, Điều 112): every Tết break holds mùng 1 tháng
# Giêng, and one that does not has a mistyped month. Only a break ("nghỉ Tết …", "Tết …: Nghỉ
# …") of Tết Nguyên đán, âm lịch, cổ truyền or named by its year, never "nghỉ bù", "làm bù",
# "hoán đổi" (days moved, off on either side of it), nor Tết Dương lịch.
_TET_NAMED = rf"tet\s+(?:nguyen\s+dan|am\s+lich|co\s+truyen|\(?\s*(?:{_STEM})\s+(?:{_BRANCH})\b)"
_TET_BREAK = re.compile(
    rf"(?<![a-z])(?:nghi\s+{_TET_NAMED}"
    rf"|{_TET_NAMED}[^.;:]{{0,30}}?:\s*nghi(?![a-z]))",
    re.ASCII,
)
_DAYS_MOVED = re.compile(r"(?<![a-z])(?:(?:nghi|lam)\s+bu|hoan\s+doi)(?![a-z])", re.ASCII)
# ... nor the break named as a bound of other days: "Học sinh trở lại trường sau kỳ nghỉ Tết
# Nguyên đán vào ngày 10/2/2025" (the day back), "trước kỳ nghỉ Tết …"
_BREAK_AS_BOUND = re.compile(
    r"(?<![a-z])(?:sau|truoc)\s+(?:(?:ky|dip|dot|thoi\s+gian|khi)\s+)?\Z", re.ASCII
)
_DAY_BACK = re.compile(
    r"(?<![a-z])(?:tro\s+lai|quay\s+lai|(?:hoc|lam\s+viec|di\s+lam)\s+lai)(?![a-z])", re.ASCII
)
_LONGEST_CHECKED = 400  # days: a break as long holds a Tết whatever its days


def tet_break_disagreement(folded: str, spans: list[tuple[date, date]]) -> str | None:
    """Why the days of a Tết break (`_TET_BREAK` in `folded`, lower case) are not a Tết
    break: none of `spans` (each break's first and last day) holds mùng 1 tháng Giêng; None
    when one does, when the phrase names no such break, or when the calendar cannot tell."""
    if not spans or not _a_tet_break(folded) or any(_holds_tet(*span) for span in spans):
        return None
    shown = ", ".join(f"{a:%d/%m/%Y}" + (f" – {b:%d/%m/%Y}" if b != a else "") for a, b in spans)
    year = spans[0][0].year
    try:
        tet = next(day for day in _year_days(year) if _is_tet(day))
    except (Unlunar, StopIteration):
        return f"kỳ nghỉ Tết ({shown}) không có ngày mùng 1 Tết"
    return f"kỳ nghỉ Tết ({shown}) không có ngày mùng 1 Tết (năm {year}: {tet:%d/%m/%Y})"


def _a_tet_break(folded: str) -> bool:
    """Whether `folded` names a Tết break (`_TET_BREAK`) whose days are its own: no days
    moved (`_DAYS_MOVED`), no bound nor day back (`_BREAK_AS_BOUND`, `_DAY_BACK`)."""
    named = _TET_BREAK.search(folded)
    return not (
        named is None
        or _DAYS_MOVED.search(folded)
        or _BREAK_AS_BOUND.search(folded, 0, named.start())
        or _DAY_BACK.search(folded)
    )


def _holds_tet(first: date, last: date) -> bool:
    """Whether the days `first` to `last` hold mùng 1 tháng Giêng; True when too long to
    miss it (`_LONGEST_CHECKED`) or when the calendar cannot tell (`Unlunar`)."""
    if (last - first).days >= _LONGEST_CHECKED:
        return True
    try:
        return any(_is_tet(first + _ONE_DAY * at) for at in range((last - first).days + 1))
    except Unlunar:
        return True


def _is_tet(day: date) -> bool:
    lunar = lunar_date(day)
    return (lunar.day, lunar.month, lunar.leap) == (1, 1, False)


def _year_days(year: int) -> list[date]:
    """The days Tết may fall on in `year` (21 January to 20 February)."""
    return [date(year, 1, 21) + _ONE_DAY * at for at in range(31)]

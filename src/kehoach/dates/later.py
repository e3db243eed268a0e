"""A day, a month or a year said from the writing: "năm sau" (the year after), "năm tới"
(next year), "tháng 5 tới" (the coming May), "ngày 13/8 tới" (the coming 13 August), "15h
hôm nay" (today, at an hour: `today_written`). The
year is reckoned from the document's issue day (`Context.issued`) and said so in the
reading; without an issue day, or where the count is not sure ("tháng 5 tới" written in
May, a lone "năm sau" that may follow a plan's or a report's year), the phrase is refused
with the way out (a year written, or `last_day`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.found import Found
from kehoach.dates.grammar import Source, Unreadable, real_day, show
from kehoach.dates.nextplan import next_years_plan
from kehoach.dates.reading import Context, DeadlineKind
from kehoach.dates.yearnote import year_said


class LaterYear(NamedTuple):
    """The year the days of a phrase said from the writing take, and how it was reckoned."""

    year: int  # the year the days without one take
    why: str  # how it was reckoned from the issue day, for the reading
    parts: int = 1  # the months "tới" closes, listed before it ("tháng 8 và 9 tới": 2)
    # whether a word of the phrase says it ("năm sau", "tới"); False when reckoned from the
    # issue month alone (`early_next_year`: a day of January in a text of December)
    said: bool = True


# "từ ngày 31/12 đến hết tháng 1 năm sau" (xã Mù Cang Chải, 2025): the year after the
# document's own; "trong tháng 5 tới" (Báo Đồng Nai, 03/4/2022):
# the next May after the issue day. Only right after a day or a month that closes the phrase
# ("… năm sau của năm báo cáo" is a report's own year, read by the reporting rules)
_NEXT_YEAR = re.compile(r"(?<=\d)\s+(?P<word>nam\s+sau)[ .,;:]*\Z", re.ASCII)
# ... "năm sau" only as the end of a range that starts in the issue year: alone ("trước ngày
# 01/10 năm sau"), it is the year after a plan's or a report's year, which a plan issued in
# December for the next year, or a standing rule, does not share with its issue day
_RANGE_INTO_NEXT_YEAR = re.compile(
    r"\btu\s+(?:ngay\s+)?\d.*\bden\s+(?:het\s+)?(?:ngay\s+|thang\s+)?[\d/.\s-]+\Z", re.ASCII
)
_COMING_MONTH = re.compile(
    r"\bthang\s+(?P<listed>(?:\d{1,2}\s*(?:,|va)\s*(?:thang\s+)?)*)(?P<month>\d{1,2})\s+"
    r"(?P<word>toi)[ .,;:]*\Z",
    re.ASCII,
)
# ... months listed before "tới": "khẩn trương hoàn tất các loại quy hoạch … trong tháng 8 và 9
# tới" (SGGP, 01/7/2025; v-sggp-gia-lai-giao-chi-tieu-77-xa-2025): each month its own window
# (convention 12), all of the issue year only when each is still to come and they go up in
# order; else which year each takes is the clerk's (`later_year_of_one_part` refuses)
_LISTED_MONTH = re.compile(r"\d{1,2}", re.ASCII)
# ... and a day: "Đại hội … nhiệm kỳ 2025 - 2030 sẽ diễn ra ngày 13/8 tới" (Tiền Phong,
# 11/8/2025): the next 13 August after the issue day
# ... "tới đây" the same (Báo Hà Giang, 2021: "ngày 27.11 tới đây, tỉnh ta sẽ tổ chức Lễ kỷ
# niệm …", zk-baohagiang-ky-niem-130-nam-thanh-lap-tinh-2021), and days listed before their
# month: "vào ngày 1 và 2-9 tới" (Báo Hậu Giang, 24/5/2017, zk-baohaugiang-dai-hoi-tdtt-cap-
# huyen-2017), reckoned by the last; "sắp tới" (upcoming) the same: "… cuộc bầu cử đại biểu
# Quốc hội và HĐND các cấp nhiệm kỳ 2026-2031 diễn ra ngày 15-3 sắp tới" (xã Lộc Thạnh, Đồng
# Nai, 02/3/2026; zn-loc-thanh-dong-nai-chao-co-thang-3-2026, refused before tune-zn)
# ... or the last day of a span of days: "Ngày thi chính thức là 24-25/1 tới." (Dân trí,
# 24/12/2025: 24-25/01/2026), "xuống giống từ 25.11 đến 15.12 tới" (Báo Bình Định, 20/11/2012):
# the span's end is the coming day, its start takes the end's year as any span's does (and the
# year before when it falls after the end: "từ 20/12 đến 10/1 tới" in November)
_COMING_DAY = re.compile(
    r"(?:\bngay\s+(?:\d{1,2}\s*(?:,|va)\s*)*|(?<=\d)\s*[-–]\s*|\bden\s+(?:het\s+)?(?:ngay\s+)?)"
    r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s+(?P<word>(?:sap\s+)?toi(?:\s+day)?)[ .,;:]*\Z",
    re.ASCII,
)
# "vào tháng 3 năm tới": the year after the one the document is written in ("tới", coming, is
# said from the writing, unlike "năm sau", which may follow a plan's or a report's year)
_COMING_YEAR = re.compile(r"(?<=\d)\s+(?P<word>nam\s+toi)[ .,;:]*\Z", re.ASCII)


# A day early in January or February, without its year, in a text written in December: "Lịch
# học bù ngày 2/1 sẽ chuyển sang 10/1." (za-vnexpress-ha-noi-doi-lich-nghi-tet-duong-lich-2026,
# Sở GD&ĐT Hà Nội, 29/12/2025: 10/01/2026), "từ 1/1 đến 4/1" (the New Year break of the same
# notice): the coming January, never the one past, which the issue year would give. breaker15
# grepped a- … ze- for every day without a year before December in a text of December: each
# meant the next year (a-gia-lai, j-2-sggp, u-thanhnien, za-cafef, za-dantri, za-thanhnien,
# za-vnexpress), none the past day. Not when the phrase writes a year, names another month,
# or tells the day as past ("vừa qua", "trước đó", "năm nay").
_EARLY_DAY = re.compile(
    r"(?<![\d/.-])\d{1,2}\s*(?P<mark>[/.-])\s*(?P<month>\d{1,2})(?!\d)(?!\s*(?P=mark)\s*\d)"
    r"|\bngay\s+\d{1,2}\s+thang\s+(?P<said>\d{1,2})\b(?!\s+nam\b)",
    re.ASCII,
)
# ... a span of days before one month, "1-2/12", read as the span: its month is the last
# number, never "1-2" taken for 1 February (f62: "ngày 1 - 2/12" of a text of 04/12/2024 read
# 01-02/12/2025 as if early in the year, while "ngày 1/12" read 2024)
_DAY_SPAN = re.compile(
    r"(?<![\d/.-])\d{1,2}\s*[-\u2013]\s*\d{1,2}\s*[/.]\s*(?P<month>\d{1,2})(?![\d/.])",
    re.ASCII,
)
_MONTH_NAMED = re.compile(r"\bthang\s+(?P<month>\d{1,2})\b", re.ASCII)
_YEAR_OR_PAST = re.compile(
    r"(?<!\d)\d{4}(?!\d)|\b(?:vua\s+qua|truoc\s+do|nam\s+nay|nam\s+qua|hom\s+qua|nam\s+truoc)\b",
    re.ASCII,
)
_EARLY_MONTHS = (1, 2)
# ... and a sowing calendar's cell written in the autumn: "15-20/1", "05-15/2" under "Cấy" in
# the winter-spring calendar UBND xã Hương Thọ issued on 20/10/2021 (p-huongtho-hue-lich-thoi-
# vu-dong-xuan-2021: 2022). The winter-spring crop (vụ Đông Xuân) is sown from November,
# transplanted to February and reaped by May, so a day of January to May in its calendar
# written from September is the coming crop's, never the one reaped months before. Only a
# bare cell (days, "từ", "đến") under a column of sowing work, its header as printed ("Cấy",
# never "Cây trồng")
_SOWING_COLUMN = re.compile(r"(?<!\w)(?:gieo|cấy|sạ|thời\s+vụ|xuống\s+giống)(?!\w)")
_NOT_SOWN = re.compile(r"(?<!\w)không(?!\w)")  # "Không gieo cấy" (session 47's tester)
_BARE_CELL = re.compile(r"(?:(?:tu|den(?:\s+het)?|ngay)\s+|[\d/.\s\u2013-])+", re.ASCII)
_CELL_MONTH = re.compile(r"[/.]\s*(\d{1,2})(?!\d)", re.ASCII)
_AUTUMN = 9  # the first month a winter-spring calendar is written in
_CROP_MONTHS = range(1, 6)


def early_next_year(source: Source, context: Context) -> LaterYear | None:
    """The next year, for a phrase of a text issued in December whose days without a year
    all fall in January or February (`_EARLY_DAY`), or a sowing calendar's bare cell written
    from September whose days all fall in January to May (`_sown_next_year`); None
    otherwise."""
    issued = context.issued
    if issued is None or _YEAR_OR_PAST.search(source.prepared):
        return None
    if sown := _sown_next_year(source, context, issued):
        return sown
    spans = list(_DAY_SPAN.finditer(source.prepared))
    days = spans + list(_EARLY_DAY.finditer(_DAY_SPAN.sub(" ", source.prepared)))
    months = [int(day["month"] or day["said"]) for day in days[len(spans) :]]
    months += [int(span["month"]) for span in spans]
    months += [int(named["month"]) for named in _MONTH_NAMED.finditer(source.prepared)]
    if issued.month != 12 or not days or any(month not in _EARLY_MONTHS for month in months):
        return None
    why = f"ngày đầu năm sau: văn bản viết ngày {show(issued)}, tháng cuối năm {issued.year}"
    return LaterYear(issued.year + 1, why, said=False)


def _sown_next_year(source: Source, context: Context, issued: date) -> LaterYear | None:
    """The next year for a sowing calendar's bare cell (`_SOWING_COLUMN`, `_BARE_CELL`)
    written from September whose months, each after a slash or a dot ("15-20/1": January),
    are all of January to May; None otherwise. The crop named in a sentence ("lúa vụ Đông
    Xuân trổ tập trung từ 10/4 đến 25/4") is not rolled: "vụ … qua" or a guidance cited with
    its April day tell the crop past (session 47's tester)."""
    if issued.month < _AUTUMN:
        return None
    header = " ".join(nfc(context.header or "").lower().split())
    cell = source.prepared.strip()
    sown = _SOWING_COLUMN.search(header) and not _NOT_SOWN.search(header)
    if not sown or not _BARE_CELL.fullmatch(cell):
        return None
    months = [int(month) for month in _CELL_MONTH.findall(cell)]
    if not months or any(month not in _CROP_MONTHS for month in months):
        return None
    why = f"lịch thời vụ viết ngày {show(issued)}: đầu năm là của vụ tới, năm {issued.year + 1}"
    return LaterYear(issued.year + 1, why, said=False)


# ... and a step of the season under way, in a calendar posted after it: "15/4 đến 20/4",
# "20-25/4" under "Gieo mạ" in the summer-autumn calendar UBND xã A Roàng posted on 11/05/2022
# (zu-aroang-hue-lich-thoi-vu-he-thu-2022: 2022), the seedlings of rows transplanted from 5/5.
# A calendar is posted for the season at hand, so its bare cell under a column of sowing work
# that ended a few weeks before the page is that season's step, not next year's; further back
# (`_UNDER_WAY` days, convention 8's month) or in any other cell the year stays unsaid
_UNDER_WAY = 30


def sown_this_season(prepared: str, context: Context, last: date) -> bool:
    """Whether `prepared` (folded), a bare cell under a column of sowing work (`_SOWING_COLUMN`,
    `_BARE_CELL`), ends on `last`, before its page's issue day by at most `_UNDER_WAY` days."""
    issued = context.issued
    if issued is None or not 0 < (issued - last).days <= _UNDER_WAY:
        return False
    return _bare_sowing_cell(prepared, context)


# ... and a bare cell whose days, in its page's year, fall most of a year after the page:
# "15/12 đến 20/12" under "Gieo mạ" on a page of 05/01/2022 (session 50, helper guardsl: read
# as December 2022) is more likely the sowing of the season under way, December before; a
# calendar is posted for the season at hand, the corpus's farthest cell four months ahead
# (p-huongtho: "05-15/2" on 20/10/2021). Past `_SEASON_AHEAD` days, which year is unsaid
_SEASON_AHEAD = 304  # days: ten months


def sown_far_ahead(prepared: str, context: Context, last: date) -> bool:
    """Whether `prepared` (folded), a bare cell under a column of sowing work, ends on `last`
    more than `_SEASON_AHEAD` days after its page's issue day."""
    issued = context.issued
    if issued is None or (last - issued).days <= _SEASON_AHEAD:
        return False
    return _bare_sowing_cell(prepared, context)


def _bare_sowing_cell(prepared: str, context: Context) -> bool:
    """Whether `prepared` (folded) is a bare cell (`_BARE_CELL`) under a column of sowing
    work (`_SOWING_COLUMN`, its header as printed, no "không")."""
    header = " ".join(nfc(context.header or "").lower().split())
    if not _SOWING_COLUMN.search(header) or _NOT_SOWN.search(header):
        return False
    cell = prepared.strip()
    return bool(cell) and _BARE_CELL.fullmatch(cell) is not None


# A year's report named before its day in the same clause: "báo cáo năm vào ngày 20-2 năm
# sau" (Bộ VHTTDL, Thông tư 18/2021/TT-BVHTTDL on tourism statistics: y-vhnt), "Báo cáo cả
# năm …", "báo cáo hằng năm …": "năm sau" is the year after the one reported on, each year,
# as "… của năm sau" is read by the report rules (`grammar.REPORT_DAY_RULE`, which refuse it
# without such a report); never a report of a year named ("báo cáo năm 2021 …")
_YEARS_REPORT = re.compile(
    r"(?<![a-z])bao\s+cao\s+(?:ca\s+|hang\s+)?nam(?![a-z])(?!\s*\d)(?P<rest>[^;]*)\Z", re.ASCII
)


def _of_a_years_report(prepared: str, end: int) -> bool:
    """Whether the clause closing at `end` of `prepared` (folded) names a year's report
    (`_YEARS_REPORT`) before the day "năm sau" follows."""
    return _YEARS_REPORT.search(prepared, 0, end) is not None


def later_year(source: Source, context: Context) -> tuple[Source, LaterYear | None]:
    """The year of a day or month said relative to the issue day (`_NEXT_YEAR`,
    `_COMING_MONTH`), its word blanked; refused without an issue day, or for the issue
    day's own month ("tháng 5 tới" written in May: this May, or the next?). A day early in
    the year in a text of December takes the next year (`early_next_year`)."""
    if planned := next_years_plan(source, context):  # "Lập dự toán năm sau trước ngày 20/7"
        blanked, year, why = planned
        return blanked, LaterYear(year, why)
    next_year = _NEXT_YEAR.search(source.prepared)
    if next_year and _of_a_years_report(source.prepared, next_year.start()):
        next_year = None  # "báo cáo năm vào ngày 20-2 năm sau": the report rules' year
    coming = _COMING_MONTH.search(source.prepared) or _COMING_DAY.search(source.prepared)
    coming_year = _COMING_YEAR.search(source.prepared)
    if coming_year and " ".join(source.original(*coming_year.span("word")).lower().split()) != (
        "năm tới"
    ):
        coming_year = None  # typed bare, "nam toi" may be another word: left to the rules
    said = next_year or coming or coming_year
    if said is None:
        return source, early_next_year(source, context)
    at = said.start() if said is coming else said.start("word")
    words = source.said(at, said.end("word")).lstrip("-– ")  # "-25/1 tới"
    issued = context.issued
    if issued is None:
        raise Unreadable(
            f"“{words}” tính từ ngày ban hành văn bản: cần ngày ban hành (--issued, hoặc "
            "issued của kế hoạch), hoặc ghi last_day"
        )
    if said is coming_year:
        source = source.blank(*said.span("word"))
        why = f"“năm tới”: năm sau năm ban hành {issued.year}"
        return source, LaterYear(issued.year + 1, why)
    if next_year and not _RANGE_INTO_NEXT_YEAR.search(source.prepared, 0, said.start()):
        raise Unreadable(
            f"“{words}”: năm sau của năm nào — năm ban hành, năm kế hoạch hay năm báo cáo? "
            "không đoán; ghi rõ năm (hoặc last_day); một hạn lặp lại mỗi năm thì ghi “hằng năm”"
        )
    source = source.blank(*said.span("word"))
    if next_year:
        why = f"“năm sau”: năm sau năm ban hành {issued.year}"
        return source, LaterYear(issued.year + 1, why)
    return source, _coming(said, words, issued)


def _coming(said: re.Match[str], words: str, issued: date) -> LaterYear:
    """The year of "tháng M tới" (`_COMING_MONTH`) or "ngày D/M tới" (`_COMING_DAY`): the
    issue year when that month (day) is still to come on the issue day, else the next; the
    issue day's own month (day) is refused (this one, or next year's?)."""
    month, day = int(said["month"]), int(said.groupdict().get("day") or 0)
    now = (issued.month, issued.day if day else 0)
    if (month, day) == now:
        unit, when = ("ngày", f"ngày {day}/{month}") if day else ("tháng", f"tháng {month}")
        raise Unreadable(
            f"“{words}” viết trong chính {when}/{issued.year}: {unit} này hay {when} năm "
            "sau? ghi rõ năm, hoặc ghi last_day"
        )
    year = issued.year if (month, day) > now else issued.year + 1
    named = f"ngày {day}/{month}" if day else f"tháng {month}"
    if not day and (listed := [int(one) for one in _LISTED_MONTH.findall(said["listed"] or "")]):
        months = [*listed, month]
        if months == sorted(set(months)) and months[0] > issued.month:
            named = "tháng " + ", ".join(str(one) for one in months)
            return LaterYear(year, f"{named} tới kể từ ngày ban hành {show(issued)}", len(months))
        raise Unreadable(
            f"“{words}”: các tháng kể trước “tới” không theo thứ tự hoặc có tháng đã qua ngày "
            f"ban hành {show(issued)}, không rõ mỗi tháng năm nào; ghi rõ năm cho từng tháng, "
            "hoặc ghi mỗi thời hạn một last_day"
        )
    if day and (real_day(year, month, day) - issued).days > _COMING_DAYS:
        raise Unreadable(  # "ngày 5/8 tới" written on 11/8: a past day mistyped, or next year?
            f"“{words}” viết ngày {show(issued)} là gần một năm sau: có thể viết nhầm; ghi rõ "
            "năm, hoặc ghi last_day"
        )
    return LaterYear(year, f"{named} tới kể từ ngày ban hành {show(issued)}")


_COMING_DAYS = 183  # a day said "tới" (coming) is within half a year of the writing


def later_year_of_one_part(found: list[Found], later: LaterYear) -> None:
    """ "tháng 7 và tháng 3 tới" (in a plan of May 2027): "tới" closes the last part and says
    its year (March 2028), not the year of the parts before it (July 2027). Several parts
    with such a year are refused. (A lone "năm sau" is refused before: `later_year`.)"""
    if not later.said and all(one.kind is DeadlineKind.RECURRING for one in found):
        return  # each year's rules, the next year only reckoned from the issue month
    if len(found) > 1 and len(found) != later.parts:
        raise Unreadable(
            f"“năm sau”, “tới” đi với vế cuối ({later.year}); các vế trước không rõ năm nào; "
            "ghi rõ năm cho từng vế, hoặc ghi mỗi thời hạn một last_day"
        )


def in_later_year(found: Found, later: LaterYear) -> Found:
    """A reading whose days took `later.year`: said so, never as the plan's own year; a
    phrase that wrote its year beside "năm sau" or "tới" is refused. A rule repeating each
    year takes no year: "hằng năm, trước ngày 15/1" in a text of December is each 15 January,
    the next year's only reckoned from the issue month (`early_next_year`), kept as read."""
    if not found.year_inferred and not later.said and found.kind is DeadlineKind.RECURRING:
        return found
    if not found.year_inferred:
        raise Unreadable("“năm sau”, “tới” chỉ đi với ngày, tháng không ghi năm; ghi last_day")
    reading = year_said(found.reading, later.year, f"; năm {later.year}: {later.why}")
    return found._replace(reading=reading, year_from="page")


# "Thủ tướng yêu cầu trước 15h hôm nay phải hoàn thành sơ tán dân cư …" (Công điện
# 210/CĐ-TTg of 06/11/2025, as the press quoted it that day), "Thanh Hóa kết thúc lệnh cấm
# biển từ 16h hôm nay" (Báo Thanh Hóa, 26/08/2025): "hôm nay" (today) is the day the document
# is written, its issue day, as "từ nay" is the issue day (issue 11). Only after an hour, as
# orders set them; not before a day written out ("hôm nay (30/9)": that day is read, and
# checked by the rules that read it), nor a bare "hôm nay" in prose. A part of today after the
# hour is today too: "Phấn đấu đến 18h30 phút chiều nay sẽ hoàn thành việc chi trả …" (Báo
# Thanh Hóa, 31/12/2025, a xã's gifts of NQ 418), kept as the part of that day.
_TODAY_AT_AN_HOUR = re.compile(
    r"(?i)(?<=\d)(?P<hour>\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)"
    r"(?:(?P<part>sáng|chiều|tối|trưa)\s+)?(?P<word>(?:ngày\s+)?(?(part)|hôm\s+)nay)(?!\w)"
    r"(?!\s*,?\s*\(?\s*(?:thứ|chủ|ngày|\d))"
)


# ... and "hôm nay" glossed with its day after a start word: "Bắt đầu từ hôm nay (25/2), Công
# an các địa phương … tổ chức lễ giao nhận quân" (Công an nhân dân, 25/02/2024; zg-cand-ngay-
# hoi-tuyen-quan-2024): the start is that day, "từ ngày 25/2", a start bound; left as it was,
# "Bắt đầu từ hôm nay" was a label and the day read as due. Matched folded, whatever the
# diacritics: a bare or half-stripped copy ("Bat dau tu hom nay (25/2)") read as due 25/2
# before harden17; "tu", "hom nay" before a day in brackets can only be "từ hôm nay"
_FROM_TODAY_GLOSSED = re.compile(
    r"(?<!\w)(?P<start>(?:ke\s+|bat\s+dau\s+)?tu)\s+(?:ngay\s+)?hom\s+nay\s*"
    r"\(\s*(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*\)",
    re.ASCII,
)


def _from_today_glossed(text: str) -> str:
    """`text` (NFC) with "từ hôm nay (25/2)" written "từ ngày 25/2" (`_FROM_TODAY_GLOSSED`),
    in the marks of the copy ("tu ngay 25/2" in a bare one)."""
    day = "ngay" if unmarked(text) else "ngày"
    for found in reversed(list(_FROM_TODAY_GLOSSED.finditer(fold(text)))):
        said = text[found.start() : found.end("start")]
        text = f"{text[: found.start()]}{said} {day} {found['day']}{text[found.end() :]}"
    return text


# "chậm nhất vào ngày mai - 31/10" (UBND TP.HCM's order as Việt Báo tells it on 30/10/2025:
# zm-vietbao-tphcm-ban-giao-mat-bang-cong-vien-tuong-niem-2025): tomorrow, glossed with its day
# after a dash, a comma or in brackets; the day is the deadline ("ngày 31/10"), and it must be
# the day after the issue day when the page has one. Matched folded, as "hôm nay (25/2)" is
# ... or with a blank alone: "Theo lịch cúp điện TP HCM ngày mai 22/1, …" on a page of 21/1
# (Vietnambiz, 2026, zo-vietnambiz-lich-cup-dien-tp-hcm-22-1-2026; tune-zo): the day must be
# the page's next, as with the dash
_TOMORROW_GLOSSED = re.compile(
    r"(?<!\w)ngay\s+mai\s*(?:[-–—,]\s*|(?P<open>\()\s*|(?<=\s)(?=\d))(?:ngay\s+)?"
    r"(?P<day>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?)"
    r"(?(open)\s*\))(?![\d/.-])",
)
# ... and a part of tomorrow, its day set apart by commas: "Sáng mai, 15-11, tại Nhà Quốc hội,
# Hội đồng Bầu cử quốc gia tổ chức hội nghị toàn quốc …" (SGGP, 14/11/2025: u-sggp-hoi-nghi-
# toan-quoc-trien-khai-bau-cu-2025), "Sáng mai, ngày 26/5/2015, Đại hội … chính thức khai mạc
# …" (Sở VHTTDL Kon Tum, 25/5/2015): the day printed is tomorrow's, checked as "ngày mai -
# 31/10" is. Read with its diacritics ("sang mai" folded may be "sang" (over to) a name
# "Mai"), and only with the comma after the day too: "sáng mai, 5/7 xã …" counts communes
_PART_OF_TOMORROW_GLOSSED = re.compile(
    r"(?i)(?<!\w)(?P<part>sáng|chiều|tối|trưa|đêm)\s+mai\s*,\s*(?:ngày\s+)?"
    r"(?P<day>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?)"
    r"(?![\d/.-])(?=\s*(?:,|\Z))"
)

# ... and a start from tomorrow glossed in brackets: "Từ mai (3/3), các trường cho học sinh
# nghỉ" (session 55's tester, a page of 01/03: read as due 03/03 with "Từ mai" its step): the
# day must be the page's next, as with "ngày mai (3/3)". Matched folded
_FROM_TOMORROW_GLOSSED = re.compile(
    r"(?<![a-z])(?P<lead>tu)\s+mai\s*\(\s*(?:ngay\s+)?"
    r"(?P<day>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?)\s*\)"
)


def _tomorrow_glossed(text: str, context: Context) -> str:
    """`text` (NFC) with "ngày mai - 31/10" written "ngày 31/10" (`_TOMORROW_GLOSSED`),
    "sáng mai, 15-11," written "sáng ngày 15/11/2025," (`_PART_OF_TOMORROW_GLOSSED`), "Từ mai
    (3/3)" written "Từ ngày 3/3" (`_FROM_TOMORROW_GLOSSED`);
    refused when the page's issue day is known and the day is not the day after it."""
    if part := _PART_OF_TOMORROW_GLOSSED.search(text):
        said = _tomorrow_said(part, text, context, f"{part['part'].lower()} mai, ")
        return f"{text[: part.start()]}{part['part']} ngày {said}{text[part.end() :]}"
    if start := _FROM_TOMORROW_GLOSSED.search(fold(text)):
        said = _tomorrow_said(start, text, context, "từ mai - ")
        lead = text[start.start("lead") : start.end("lead")]
        return f"{text[: start.start()]}{lead} ngày {said}{text[start.end() :]}"
    found = _TOMORROW_GLOSSED.search(fold(text))
    if found is None:
        return text
    said = _tomorrow_said(found, text, context, "ngày mai - ")
    day = "ngay" if unmarked(text) else "ngày"
    return f"{text[: found.start()]}{day} {said}{text[found.end() :]}"


def _tomorrow_said(found: re.Match[str], text: str, context: Context, lead: str) -> str:
    """The day glossing "mai" (tomorrow) as the reading takes it: as printed without an
    issue day, else the day after the issue day, refused when the day printed is another
    (`lead`: the words before the day, as the reason quotes them)."""
    said = text[found.start("day") : found.end("day")]
    if context.issued is None:
        return said
    tomorrow = context.issued + timedelta(days=1)
    named = (int(found["d"]), int(found["m"]), int(found["y"] or tomorrow.year))
    if named != (tomorrow.day, tomorrow.month, tomorrow.year):
        raise Unreadable(
            f"“{lead}{found['day']}”: ngày mai của ngày ban hành "
            f"{show(context.issued)} không phải {found['day']}; không đoán ngày nào đúng, "
            "ghi last_day theo văn bản"
        )
    return show(tomorrow)  # "ngày mai - 01/01" on 31/12: the next year's


# ... and today, or a part of it, glossed with its printed day: "Chiều nay (25/3), Hội đồng thi
# đua khen thưởng tỉnh Quảng Trị tổ chức họp …" (Quảng Trị TV, 25/03/2025), "Sáng nay 4-3 (tức
# 16 tháng Giêng …), tại 8 điểm giao nhận quân …" (Soha, 04/03/2026), "Vào lúc 14h00 hôm nay
# (31/3), Hội nghị BCH … sẽ khai mạc" (VFF, 31/03/2014): the day is printed, and read
# (convention 1), "chiều ngày 25/3", as "từ chiều nay 21/9" keeps the day written.
# Read with its diacritics: folded, "tới nay" (up to now: figures as of) would be "tối nay";
# "hôm nay" with no day printed stays as it is (`_TODAY_AT_AN_HOUR` reads it after an hour)
# ... or set apart by commas, the day then closed by a comma or the phrase's end: "Liên hoan
# chỉ huy Đội giỏi toàn quốc sẽ diễn ra từ hôm nay, 16.8, đến ngày 18.8" (Báo Hải Dương,
# 16/8/2023), "Tối nay, ngày 28/7/2024, tại Sân vận động Lạch Tray …" (Thương hiệu & Công
# luận, 2024), "Hôm nay, 11/7, kỳ họp thứ 5 …" (BRT, 2017), "Hôm nay, ngày 31/7/2020" (Báo
# Đồng Tháp): never a count after the comma ("Hôm nay, 5/7 xã đã …" has no comma after it)
_TODAY_GLOSSED = re.compile(
    r"(?i)(?<!\w)(?:(?P<part>sáng|chiều|tối|trưa|đêm)\s+(?:hôm\s+)?nay|(?:ngày\s+)?hôm\s+nay)"
    r"(?:\s*(?P<open>\()\s*(?:ngày\s+)?|\s*(?P<comma>,)\s*(?:ngày\s+)?|\s+)"
    r"(?P<day>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?)"
    r"(?(open)\s*\))(?![\d/.-])(?(comma)(?=\s*(?:,|\Z)))"
)


def _today_glossed(text: str) -> str:
    """`text` (NFC) with "chiều nay (25/3)" written "chiều ngày 25/3", "hôm nay 30/9" written
    "ngày 30/9" (`_TODAY_GLOSSED`): the printed day is read, whatever the page's day (a page
    of news tells days just past as "chiều nay (2/1)", Sóc Trăng TV, 03/01/2024)."""
    found = _TODAY_GLOSSED.search(text)
    if found is None:
        return text
    said = f"{found['part']} ngày" if found["part"] else "ngày"
    return f"{text[: found.start()]}{said} {found['day']}{text[found.end() :]}"


def today_written(text: str, context: Context) -> tuple[str, str | None]:
    """`text` with "hôm nay" after an hour (`_TODAY_AT_AN_HOUR`) written as the issue day
    ("ngày 06/11/2025"), and the note the reading takes; refused without an issue day.
    "từ hôm nay (25/2)" (`_FROM_TODAY_GLOSSED`) is written "từ ngày 25/2", the day it glosses,
    and "chiều nay (25/3)" "chiều ngày 25/3" (`_TODAY_GLOSSED`)."""
    text = _from_today_glossed(nfc(text))
    text = _tomorrow_glossed(_today_glossed(text), context)
    found = _TODAY_AT_AN_HOUR.search(text)
    if found is None:
        return text, None
    if context.issued is None:
        raise Unreadable(
            "“hôm nay” là ngày ban hành văn bản: cần ngày ban hành (--issued, hoặc issued của "
            "kế hoạch), hoặc ghi last_day"
        )
    day = f"ngày {show(context.issued)}"
    written = text[: found.start("word")] + day + text[found.end("word") :]
    said = f"{found['part']} nay" if found["part"] else "hôm nay"
    return written, f"“{said}”: ngày ban hành {show(context.issued)}"

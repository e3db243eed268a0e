"""Reporting rules: the days written beside a periodic report's due day that are not due days.

A reporting rule (Nghị định 09/2019/NĐ-CP, Điều 12, and the circulars that apply it) names,
beside the day a periodic report is due, the period its figures cover ("định kỳ hằng năm (kỳ
báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12) trước ngày 15 tháng 1 của năm tiếp
theo", Thông tư 02/2022/TT-BTNMT) and the day its figures are taken ("thời điểm báo cáo là
ngày 30/9; thời hạn gửi báo cáo là 30/10 hàng năm", Bộ GD&ĐT). Neither is a due day: each is
read apart, kept as the reading's gloss and checked against the rule read (`report_days_agree`),
so a data period or a cut-off day is never taken for the deadline, and a period the rule
cannot be for is refused.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import Contradicted, Unreadable, month_end
from kehoach.dates.reading import DeadlineKind, Frequency, Recurrence

_NON_LEAP = 2001  # a yearless day is checked in a common year: "29/02" is no yearly day
_ROMAN = ("I", "II", "III", "IV")
_DAY_MONTH = r"(?P<{d}>\d{{1,2}})(?:\s*/\s*|\s+thang\s+)(?P<{m}>\d{{1,2}})"

# "(kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12)", "(số liệu được tính từ
# ngày 01/01 đến ngày 31/12 của năm báo cáo)": the period a yearly report's figures cover,
# written inside parentheses beside the rule (the whole phrase in parentheses is read by
# `grammar.DATA_PERIOD_RULE`, as the period itself)
REPORT_PERIOD = re.compile(
    r"\s*(?:ky\s+bao\s+cao|ky\s+so\s+lieu|so\s+lieu(?:\s+bao\s+cao)?)(?:\s+thong\s+ke)?"
    r"\s+(?:duoc\s+)?(?:tinh\s+)?(?:bat\s+dau\s+)?tu\s+(?:ngay\s+)?"
    + _DAY_MONTH.format(d="d1", m="m1")
    + r"\s+(?:cho\s+)?den\s+(?:het\s+)?(?:ngay\s+)?"
    + _DAY_MONTH.format(d="d2", m="m2")
    + r"(?:\s+(?:cua\s+)?(?:nam|ky)\s+bao\s+cao)?\s*",
    re.ASCII,
)

# "thời điểm báo cáo là ngày 30/9; thời hạn gửi báo cáo là 30/10 hàng năm", "Thời điểm báo
# cáo là 31/12; thời hạn gửi báo cáo là 15/1 hàng năm" (Bộ GD&ĐT, thống kê giáo dục hai kỳ):
# the day the figures are taken, then the day the report is due, named as such
_CUT_OFF = re.compile(
    r"(?:^|(?<=[ ,;:]))(?P<cut>thoi\s+diem\s+(?:chot\s+so\s+lieu\s+)?bao\s+cao\s+(?:la\s+)?"
    r"(?:ngay\s+)?" + _DAY_MONTH.format(d="d", m="m") + r"(?!\s*[/.-]?\s*\d)\s*[,;.]\s*)"
    r"(?=thoi\s+han\s+(?:gui|nop)\s+bao\s+cao\b)",
    re.ASCII,
)


def report_period(inner: str) -> tuple[int, int, int, int] | None:
    """The period (first month, first day, last month, last day) a parenthesis states
    (`REPORT_PERIOD`, folded text), or None; a day no year has is refused."""
    period = REPORT_PERIOD.fullmatch(inner)
    if period is None:
        return None
    days = tuple(int(period[name]) for name in ("m1", "d1", "m2", "d2"))
    _real(days[0], days[1])
    _real(days[2], days[3])
    return days[0], days[1], days[2], days[3]


def cut_off_apart(prepared: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The span of the cut-off day's words (`_CUT_OFF`) and the day (month, day), or None."""
    cut = _CUT_OFF.search(prepared)
    if cut is None:
        return None
    month, day = int(cut["m"]), int(cut["d"])
    _real(month, day)
    return cut.span("cut"), (month, day)


def _real(month: int, day: int) -> None:
    if not 1 <= month <= 12 or not 1 <= day <= month_end(_NON_LEAP, month).day:
        raise Unreadable(f"không có ngày {day}/{month} trong mọi năm")


def report_days_agree(
    one: Found, period: tuple[int, int, int, int] | None, cut_off: tuple[int, int] | None
) -> None:
    """The rule read must be a yearly one with one due day for a period or a cut-off day
    written beside it; the period must not hold its own due day, unless it is a whole year
    (a yearly report's figures may be estimated before the year ends, or sent in the next
    year); a cut-off day is not the due day. Otherwise refused."""
    if period is None and cut_off is None:
        return
    rule = one.recurrence
    if (
        one.kind is not DeadlineKind.RECURRING
        or rule is None
        or rule.frequency is not Frequency.YEARLY
        or rule.months
        or rule.month is None
        or rule.day is None
    ):
        raise Unreadable(
            "kỳ báo cáo (hoặc thời điểm báo cáo) ghi kèm chỉ đọc được với một hạn hằng năm có "
            "ngày, như “trước ngày 15 tháng 1 của năm tiếp theo”; ghi last_day theo văn bản"
        )
    due = date(_NON_LEAP, rule.month, rule.day)
    if cut_off is not None and date(_NON_LEAP, *cut_off) == due:
        raise Unreadable("thời điểm báo cáo trùng thời hạn gửi báo cáo: không rõ hạn là ngày nào")
    if period is not None and not _whole_year(period) and _inside(period, due):
        raise Unreadable(
            f"hạn {due.day:02d}/{due.month:02d} nằm trong kỳ báo cáo "
            f"{period[1]:02d}/{period[0]:02d} – {period[3]:02d}/{period[2]:02d}: báo cáo phải "
            "gửi trước khi kỳ kết thúc? không đoán; ghi last_day theo văn bản"
        )


def _whole_year(period: tuple[int, int, int, int]) -> bool:
    """Whether the period runs from one day to the day before it a year on (01/01 – 31/12,
    15/12 – 14/12)."""
    end = date(_NON_LEAP, period[2], period[3])
    after = date.fromordinal(end.toordinal() + 1)
    return (after.month, after.day) == (period[0], period[1])


def _inside(period: tuple[int, int, int, int], due: date) -> bool:
    """Whether the yearless `due` falls in the period (which may run over the new year)."""
    start, end = (period[0], period[1]), (period[2], period[3])
    day = (due.month, due.day)
    return start <= day <= end if start <= end else day >= start or day <= end


# "định kỳ hằng năm (kỳ báo cáo …) trước ngày 15 tháng 1 của năm tiếp theo": the cadence
# said before the rule's day, with nothing else before it
_CADENCE_FIRST = re.compile(
    r"\s*(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?P<every>nam|quy|thang)[\s,:;]*", re.ASCII
)
_FREQUENCY = {"nam": Frequency.YEARLY, "quy": Frequency.QUARTERLY, "thang": Frequency.MONTHLY}


# ... and the same cadence closing the step, right before the rule's day: "Chủ dự án đầu tư, cơ
# sở sản xuất, kinh doanh, dịch vụ báo cáo các cơ quan quy định tại khoản 5 Điều này về công
# tác bảo vệ môi trường định kỳ hằng năm (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31
# tháng 12) trước ngày 15 tháng 01 của năm tiếp theo" (Thông tư 02/2022/TT-BTNMT, Điều 66, as a
# legal Q&A quotes it; zp-, refused for "định kỳ" before tune-zp): the step is the report, the
# cadence its rule's, said twice
_CADENCE_CLOSING = re.compile(
    r"(?<![a-z])(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?P<every>nam|quy|thang)[\s,:;]*\Z", re.ASCII
)


def cadence_said_first(start: int, given: Input, readings: list[Found]) -> Input:
    """`given` with the cadence before the rule's day blanked when it is the cadence the one
    reading recurs by ("định kỳ hằng năm … trước ngày 15 tháng 1 của năm tiếp theo"): said
    twice, one deadline, no step of its own; said closing the step (`_CADENCE_CLOSING`), the
    step's words before it kept. Another cadence ("hằng quý … hằng năm") stays, and is
    refused as a second deadline."""
    said = _CADENCE_FIRST.fullmatch(given.prepared, 0, start)
    closing = said or _CADENCE_CLOSING.search(given.prepared, 0, start)
    if closing is None or len(readings) != 1 or readings[0].recurrence is None:
        return given
    if _FREQUENCY[closing["every"]] is not readings[0].recurrence.frequency:
        return given
    return given._replace(source=given.source.blank(closing.start(), start))


# The period a yearly report's figures cover, stated alone, each year (Nghị định
# 09/2019/NĐ-CP, Điều 12, lets each circular set it): "Kỳ báo cáo thống kê năm được tính từ
# ngày 01 tháng 01 đến hết ngày 31 tháng 12 hàng năm", "Kỳ báo cáo thống kê 6 tháng được tính
# từ ngày 01 tháng 01 đến hết ngày 30 tháng 6 hàng năm" (Thông tư 03/2019/TT-BTP, Điều 5),
# "Kỳ hạn báo cáo là 01 năm, tính từ ngày 01/01 đến ngày 31/12 của năm báo cáo" (Thông tư
# 26/2015/TT-BKHCN). Read as `cadence.build_data_period` reads a month's or a quarter's: the
# recurring day the figures are cut off (the period's last). "hàng năm" or "của năm (kỳ) báo
# cáo" must close it: without them the days are one window of one year.
YEARLY_DATA_PERIOD_RULE = re.compile(
    r"(?:^|(?<=[ ,:;]))(?P<lead>(?:(?P<report>ky\s+(?:han\s+)?bao\s+cao|(?:so\s+lieu\s+)?bao\s+cao)"
    # "Số liệu báo cáo của Quý I được tính từ ngày 01/01 đến hết ngày 31/3 hằng năm" (Thông tư
    # 05/2023/TT-BYT, the HIV reports): a quarter's figures, cut off on its last day each year
    r"(?:\s+thong\s+ke)?(?:\s+cua(?=\s+quy))?"
    r"(?:\s+(?P<named>nam|ca\s+nam|(?:\d{1,2}|sau|chin)\s+thang|quy\s+(?:iv|i{1,3})))?"
    r"(?:\s+la\s+(?P<count>\d{1,2})\s+(?P<unit>nam|thang))?\s*[,:]?\s+)?"
    # ... or "tính từ" alone ("Tính bắt đầu từ ngày 01/7 …", under its report's heading):
    # never "từ ngày 01/4 đến hết ngày 30/6 hàng năm" alone, a yearly window of work
    r"(?(report)|(?=(?:duoc\s+)?tinh\s))"
    r"(?:(?:duoc\s+)?tinh\s+)?(?:bat\s+dau\s+)?tu\s+(?:ngay\s+)?)"
    + _DAY_MONTH.format(d="d1", m="m1")
    # ... "đến hết 24h00 ngày cuối cùng của ngày 30/9 hằng năm" (Thông tư 37/2019/TT-BYT): the
    # last day said twice
    + r"\s+(?:cho\s+)?den\s+(?:het\s+)?(?:ngay\s+cuoi\s+cung\s+cua\s+)?(?:ngay\s+)?"
    + _DAY_MONTH.format(d="d2", m="m2")
    + r"(?:\s+(?:hang|moi)\s+nam"
    r"|\s+(?:cua\s+)?(?:nam|ky)\s+bao\s+cao(?:\s+thong\s+ke)?(?:\s+do)?)[ .,;:]*\Z",
    re.ASCII,
)
_MONTHS_NAMED = {"nam": 12, "ca nam": 12, "sau thang": 6, "chin thang": 9}


def build_yearly_data_period(match: re.Match[str], given: Input) -> Found:
    """The yearly cut-off day of a data period (`YEARLY_DATA_PERIOD_RULE`): the period's
    last day each year. Its length must be the period it names ("năm": a whole year, "6
    tháng": six months), in whole calendar months or from a day to the day before it."""
    days = tuple(int(match[name]) for name in ("m1", "d1", "m2", "d2"))
    _real(days[0], days[1])
    _real(days[2], days[3])
    spanned = months_spanned(days[0], days[1], days[2], days[3])
    if spanned is None:
        raise Unreadable("kỳ số liệu không trọn tháng: chưa đọc được; ghi last_day theo văn bản")
    for named in ("named", "unit"):
        if match[named] and _months_said(match, named) != spanned:
            start = match.start("count") if named == "unit" else match.start(named)
            said = given.source.said(start, match.end(named))
            raise Unreadable(
                f"kỳ “{said}” và khoảng ngày ({spanned} tháng) không khớp nhau; ghi last_day "
                "theo văn bản"
            )
    covers = part_of_year(spanned, days[2])
    if match["named"] and match["named"].startswith("quy") and covers != _quarter_said(match):
        raise Unreadable(
            f"“{_quarter_said(match)}” và khoảng ngày (đến {days[3]:02d}/{days[2]:02d}) không "
            "khớp nhau; ghi last_day theo văn bản"
        )
    rule = Recurrence(Frequency.YEARLY, month=days[2], day=days[3], covers=covers)
    period = given.source.original(match.start(), match.end())
    period = " ".join(period.split()).rstrip(" .;:,")
    reading = (
        f"kỳ số liệu báo cáo {period}; chốt số liệu hằng năm, hạn ngày {days[3]:02d}/{days[2]:02d}"
    )
    return Found(DeadlineKind.RECURRING, reading, recurrence=rule, qualifier=period)


def _quarter_said(match: re.Match[str]) -> str:
    """The quarter named before a data period, as `part_of_year` names it: "quý III"."""
    return f"quý {match['named'].split()[-1].upper()}"


def _months_said(match: re.Match[str], named: str) -> int:
    """The months a named period holds: "năm" 12, "6 tháng" 6, "là 01 năm" 12, "quý I" 3."""
    if named == "unit":
        return int(match["count"]) * (12 if match["unit"] == "nam" else 1)
    words = " ".join(match[named].split())
    if words in _MONTHS_NAMED:
        return _MONTHS_NAMED[words]
    if words.startswith("quy"):
        return 3
    return int(words.split()[0])


def part_of_year(months: int, last_month: int) -> str | None:
    """The part of the year a yearly report's figures cover (`Recurrence.covers`), from the
    months its data period spans and the month it ends in: 6 ending in June "6 tháng đầu
    năm", 6 ending in December "6 tháng cuối năm", 9 ending in September "9 tháng đầu năm",
    3 ending in a quarter's last month that quarter ("quý III") (Nghị định 09/2019/NĐ-CP, Điều 12: each from the 15th of the
    December before, or from 01/01); None for a whole year. Any other part has no name a
    report goes by: refused (Unreadable) rather than named after the whole year."""
    if months == 12:
        return None
    named = {(6, 6): "6 tháng đầu năm", (6, 12): "6 tháng cuối năm", (9, 9): "9 tháng đầu năm"}
    if months == 3 and last_month % 3 == 0:  # "Quý III: … từ ngày 15 tháng 6 đến ngày 14 tháng 9"
        return f"quý {_ROMAN[last_month // 3 - 1]}"
    if (months, last_month) in named:
        return named[months, last_month]
    raise Unreadable(
        f"kỳ số liệu {months} tháng, kết thúc tháng {last_month}: không phải 6 tháng, 9 tháng "
        "hay cả năm; chưa đọc được; ghi last_day theo văn bản"
    )


def months_spanned(m1: int, d1: int, m2: int, d2: int) -> int | None:
    """How many months the yearless period d1/m1 – d2/m2 spans: whole calendar months
    (01/01 – 30/06: 6), or from a day to the day before it (15/12 – 14/06: 6); None else."""
    if d1 == 1 and d2 == month_end(_NON_LEAP, m2).day:
        return (m2 - m1) % 12 + 1
    if d1 > 1 and d2 == d1 - 1:
        return (m2 - m1) % 12 or 12
    return None


# Two report cadences, each with its day in parentheses: "Định kỳ 6 tháng (trước ngày 15/6)
# và năm (trước ngày 15/12)". A six- or nine-month report is made once a year (Nghị định
# 09/2019/NĐ-CP, Điều 12: the six-month report is on the year's first half, the yearly one on
# the whole year), as `cadence.build_report_day` reads "báo cáo định kỳ 06 tháng"
_CADENCE_DAY = (
    r"(?P<every{n}>(?:hang\s+)?nam|(?:6|06|sau|9|09|chin)\s+thang(?:\s+(?:dau\s+nam))?)\s*"
    r"\(\s*(?P<before{n}>(?:truoc|cham\s+nhat(?:\s+la)?)\s+)?(?:vao\s+)?(?:ngay\s+)?"
    r"(?P<day{n}>\d{{1,2}})\s*/\s*(?P<month{n}>\d{{1,2}})\s*\)"
)
TWO_CADENCES_RULE = re.compile(
    r"(?:^|(?<=[ ,:;]))(?P<lead>(?:bao\s+cao\s+)?dinh\s+ky\s*:?\s+)"
    + _CADENCE_DAY.format(n=1)
    + r"\s*(?:,|;|\s+va)\s*(?:(?:bao\s+cao\s+)?dinh\s+ky\s+)?"
    + _CADENCE_DAY.format(n=2)
    + r"[ .,;:]*\Z",
    re.ASCII,
)


def build_two_cadences(match: re.Match[str], given: Input) -> list[Found]:
    """ "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)": one yearly rule for
    each report, its cadence kept as `qualifier`; the same cadence twice, or a day no year
    has, refused. With `before = "strict"` ("trước" leaves the day out) refused rather than
    moved: the day before which of the two?"""
    if given.context.strict_before and (match["before1"] or match["before2"]):
        raise Unreadable(
            "“trước ngày …” với cách tính “trước” không gồm ngày đó (before = strict): ghi mỗi "
            "kỳ một mốc định kỳ theo văn bản"
        )
    found: list[Found] = []
    for n in (1, 2):
        month, day = int(match[f"month{n}"]), int(match[f"day{n}"])
        _real(month, day)
        said = given.source.said(*match.span(f"every{n}"))
        rule = Recurrence(Frequency.YEARLY, month=month, day=day, covers=_covered(said))
        reading = f"báo cáo {said}: hằng năm, hạn ngày {day:02d}/{month:02d}"
        found.append(Found(DeadlineKind.RECURRING, reading, recurrence=rule, qualifier=said))
    if _months_of(found[0]) == _months_of(found[1]) or _same_cadence(match):
        raise Unreadable("hai kỳ báo cáo trùng nhau (cùng kỳ hoặc cùng ngày): không đoán")
    return found


def _covered(said: str) -> str | None:
    """The part of the year a cadence of `TWO_CADENCES_RULE` reports on: "6 tháng" and "6
    tháng đầu năm" the first half, "9 tháng" the first nine months (Nghị định 09/2019/NĐ-CP,
    Điều 12), "năm" the whole year (None)."""
    words = fold(said).lower().split()
    if words[-1] == "nam" and "thang" not in words:
        return None
    return f"{int(words[0]) if words[0].isdigit() else _SPELLED[words[0]]} tháng đầu năm"


_SPELLED = {"sau": 6, "chin": 9}


def _months_of(one: Found) -> tuple[int | None, int | None]:
    rule = one.recurrence
    assert rule is not None
    return rule.month, rule.day


def _same_cadence(match: re.Match[str]) -> bool:
    def key(words: str) -> str:
        return (
            "nam"
            if words.rsplit(maxsplit=1)[-1] == "nam" and "thang" not in words
            else words.split(maxsplit=1)[0]
        )

    return key(match["every1"]) == key(match["every2"])


# A report's own title, in capitals, closed by the period it reports on: "BÁO CÁO TÌNH HÌNH
# THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ II/2009" (Bộ Nội vụ, Báo cáo 1934/2009): the
# quarter is the report's data, not a time of work nor its due window (a report on the second
# quarter is sent after it). An agenda's item "Báo cáo kết quả thực hiện … năm 2023", not a
# title in capitals, stays read by convention 10; a title with a word of a deadline ("BÁO CÁO
# … TRƯỚC NGÀY …") is read as usual. A copy whose font lost a letter of the title's words
# says the same: "BO CO TÌNH HÌNH … QUÝ II/2009" (no "Á", read as the quarter: harden21's hunt).
_REPORT_TITLE = re.compile(
    r"[\s\-–•+*]*ba?o\s+ca?o\s+(?:ti?nh\s+hi?nh|ke?t\s+qua?|so?\s+ke?t|to?ng\s+ke?t"
    r"|d?anh\s+gia?)\b"
    r"[a-z ,&\-]*?\s(?P<period>(?:quy\s+(?:iv|i{1,3})|(?:6|06|9|09|sau|chin)\s+thang"
    r"(?:\s+(?:dau|cuoi))?(?:\s+nam)?|nam)\s*(?:[/-]\s*|\s+nam\s+)?\d{4})[ .]*",
    re.ASCII,
)
_DEADLINE_WORD = re.compile(r"\b(?:truoc|cham\s+nhat|han|den\s+het|trong|gui|nop)\b", re.ASCII)


def refuse_report_title_period(said: str, prepared: str) -> None:
    """Refuse a report's title in capitals whose only time is the period it reports on
    (`_REPORT_TITLE`)."""
    title = _REPORT_TITLE.fullmatch(prepared)
    if title is None or said != said.upper() or _DEADLINE_WORD.search(prepared):
        return
    period = " ".join(said[title.start("period") : title.end("period")].split())
    raise Contradicted(
        f"“{period}” trong tên một báo cáo là kỳ số liệu báo cáo, không phải thời hạn; ghi "
        "last_day theo hạn gửi báo cáo văn bản nêu"
    )

"""Listed days in the deadline language: "vào các ngày 26, 27, 28/6", "từ ngày 4-8/2".

Days of one step written as a list or a span of one month, "30,31/5 và 1/6/2017", "cả ngày
14/10 và buổi sáng ngày 15/10": one window when they follow each other (an event over
several days), else one dated deadline each. A count written before them ("trong 2 ngày")
must be the length of the span (`days_counted`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from kehoach.dates.found import Decided, Found, Input, date_found, window_found
from kehoach.dates.grammar import (
    DATED_GROUP,
    DAY_GROUP,
    DAY_SHAPE,
    Source,
    Span,
    Unreadable,
    month_number,
    read_day,
    real_day,
    resolve_year,
    show,
)
from kehoach.dates.reading import Context
from kehoach.dates.refusals import refuse_long_past

_DAY_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5}


def days_counted(match: re.Match[str], found: Found | list[Found]) -> Found | list[Found]:
    """ "trong 2 ngày 11 và 12/6", "với 14 ngày liên tục từ 9/2 đến hết 22/2": the count
    must be the length of the one span read."""
    if not match["ndays"]:
        return found
    count = _DAY_WORDS.get(match["ndays"]) or int(match["ndays"])
    unit = "đêm" if match["nights"] == "dem" else "ngày"  # a night is one day's evening
    one = found if isinstance(found, Found) else None
    if one is None or one.first is None or one.last is None:
        raise Unreadable(f"“{count} {unit}” không đi với một khoảng liền")
    if (one.last - one.first).days + 1 != count:
        raise Unreadable(f"“{count} {unit}” không khớp khoảng {show(one.first)} – {show(one.last)}")
    return one


def build_day_span(match: re.Match[str], given: Input) -> Found | list[Found]:
    return days_counted(match, _day_span_read(match, given))


def _day_span_read(match: re.Match[str], given: Input) -> Found:
    """ "từ ngày 4-8/2", "từ 16 đến hết 22/2": days of one month."""
    _dashed_end(match, given.lunar_span, _enclosed(match, given.source))
    month = month_number(match["month"])
    year, inferred = resolve_year(match["year"], given.plan_year)
    first = real_day(year, month, int(match["first"]))
    last = real_day(year, month, int(match["last"]))
    if first >= last:  # "từ 25 - 3/4": the start's month is the end's only below its day
        raise Unreadable(
            f"ngày bắt đầu {show(first)} không trước ngày kết thúc {show(last)} (ngày đầu không "
            "ghi tháng, lấy tháng của ngày cuối); ghi first_day và last_day theo văn bản"
        )
    span = Span(first, last, "", inferred)
    found = window_found(span, f"từ {show(first)} đến hết {show(last)}")
    return found._replace(earliest=first)


_MARK_BETWEEN_NUMBERS = re.compile(r"(?<=\d)\s*(?P<mark>[.-])\s*(?=\d)")


def _dashed_end(match: re.Match[str], glossed: bool = False, enclosed: bool = False) -> None:
    """ "đợt 1 bắt đầu từ ngày 7 đến 21-3-2018", "từ ngày 1 đến 10-6" (Báo An Giang, 2019):
    an end written with a dash or a dot is a day and its month only after "từ ngày D đến"
    when it has no year ("1-10-6", "từ 1 đến 10-6" may count other things), and with one
    kind of mark ("21-3.2018" is refused). After "từ" alone only when `glossed`: a lunar
    gloss of two ends follows the span, which its two days must meet, or `enclosed`: the span
    is alone in its parentheses (`_enclosed`)."""
    if not match["dashed"]:
        return
    # only the marks between two numbers: a sentence's closing full stop ("(từ ngày 9 đến
    # 11-12-2020).", Báo An Giang 2020) separates nothing
    between = _MARK_BETWEEN_NUMBERS.finditer(match.string, match.start("dashed"), match.end())
    marks = {mark["mark"] for mark in between}
    if len(marks) > 1:
        raise Unreadable("ngày viết lẫn hai kiểu dấu ngăn cách")
    # "diễn ra từ ngày 15 - 17.3" (Hội Báo toàn quốc 2024): after "từ ngày", a dash between
    # the days and a dot before the month, two marks that cannot be mistaken for each other
    lead = match["lead"].split()
    # "các ngày 14 - 15.2" (Thanh Niên, Tết Bính Ngọ 2026): "các ngày" (the days, plural) says
    # the numbers are days as "từ ngày" does; "các ngày 14-15-2", one mark twice, stays refused
    plural = match["plural"] is not None
    dotted = not match["through"] and match["dashed"].strip() == "." and ("tu" in lead or plural)
    # "Hội thi diễn ra trong 3 đêm (từ 18 đến 20-9)" (SGGP, 2025): a count of days or nights
    # before "từ D đến" says the numbers are days (`days_counted` checks it is their length)
    counted = match["through"] and match["ndays"] and "tu" in lead
    # "từ 18 - 22.2 (từ mùng 2 - 6 tháng giêng)" (Thanh Niên, Tết Bính Ngọ 2026): a lunar
    # gloss of two ends, which the reading's two days must meet (`refusals.check_asides`);
    # "Hội thi diễn ra (từ 18 đến 20-9)" in parentheses alone stays refused (forms_p)
    named = glossed and (match["through"] or dotted) and lead == ["tu"]
    if match["year"] is None and not (
        ((match["through"] or dotted) and "ngay" in lead) or counted or named or enclosed
    ):
        raise Unreadable(
            "“D đến D-M” không có năm và không có chữ “từ ngày” hay “các ngày” trước: có thể là số khác; "
            "ghi rõ “từ ngày … đến ngày …/…”"
        )


# ... and the span alone in parentheses after what it times: "nổi bật là Hội Báo Xuân Bính Ngọ
# 2026 (từ 9 đến 12-2)" (Người Lao Động, Gia Lai's spring events of 2026; zl-nld-gia-lai-hoat-
# dong-xuan-binh-ngo-2026), "Hội thi diễn ra (từ 18 đến 20-9)": the press's way of giving an
# event's days; the parenthesis holds nothing else, so no unit ("từ 1 đến 10-6 tuổi") or
# other count can follow (the lead's ruling of session 50)
_OPENS = re.compile(r"\(\s*\Z")
_CLOSES = re.compile(r"\s*\)")


def _enclosed(match: re.Match[str], source: Source) -> bool:
    """Whether the span "từ D đến D-M" `match` read (in `source.prepared`, where the
    parentheses are blanked) is alone in its parentheses in `source.text`."""
    if not match["through"] or match["lead"].split() != ["tu"]:
        return False
    opens = source.origin[match.start("lead")]
    closes = source.origin[match.end("month") - 1] + 1  # the match may take the blanked ")"
    return bool(_OPENS.search(source.text, 0, opens) and _CLOSES.match(source.text, closes))


def build_day_list(match: re.Match[str], given: Input) -> Found | list[Found]:
    return days_counted(match, _day_list_read(match, given))


def _day_list_read(match: re.Match[str], given: Input) -> Found | list[Found]:
    """ "vào các ngày 26, 27, 28, 29/6/2024": one window when the days follow each other,
    else one day each."""
    if match["month5"] and not re.search(r"\b(?:ngay|dem)\b", match["lead"]):
        raise Unreadable("“11 và 12-10” không có chữ “ngày” trước: có thể là số khác")
    month = month_number(
        match["month"] or match["month2"] or match["month3"] or match["month4"] or match["month5"]
    )
    written = match["year"] or match["year2"] or match["year3"] or match["year4"]
    year, inferred = resolve_year(written, given.plan_year)
    days = [real_day(year, month, int(d)) for d in re.findall(r"\d+", match["days"])]
    if match["from"] and any((b - a).days != 1 for a, b in pairwise(days)):
        # "từ ngày 15, 17, 20/4": a start on each, or days apart? only days in a row are one span
        raise Unreadable("“từ ngày …” trước các ngày không liền nhau: không rõ mốc bắt đầu nào")
    return _listed_days(days, inferred, given.context, given.prepared)


# "lần lượt vào ngày 04/04 và 05/04", "tương ứng ngày …": one day for each thing named, in
# turn (the merge's second tester, session 56), never one window
_RESPECTIVELY = re.compile(r"(?<![a-z])(?:lan\s+luot|tuong\s+ung)(?![a-z])", re.ASCII)


def _listed_days(
    days: list[date], inferred: bool, context: Context, prepared: str = ""
) -> Found | list[Found]:
    """Days listed for one step, in order: one window when they follow each other (an
    event over several days) and the phrase (`prepared`) does not give them in turn
    (`_RESPECTIVELY`), else one dated deadline each. Days in a row with their year
    written are days to meet as one is: refused long before the document (convention 8,
    `refusals.refuse_long_past`), as each of days apart is by the engine."""
    if any(b <= a for a, b in pairwise(days)):
        raise Unreadable("các ngày phải ghi tăng dần, không lặp")
    in_turn = _RESPECTIVELY.search(prepared) is not None
    if not in_turn and all((b - a).days == 1 for a, b in pairwise(days)):
        if not inferred:  # "ngày 20 và ngày 21/11/2024" in a page of 01/11/2025
            refuse_long_past(days[-1], context)
        span = Span(days[0], days[-1], "", inferred)
        return window_found(span, "các ngày " + ", ".join(show(d) for d in days))
    return [date_found(Span(d, d, show(d), inferred), d, f"ngày {show(d)}") for d in days]


# each day of a list as the rule matched it (`grammar.DATES_LIST_RULE`), every shape: "các
# ngày 11/10 và ngày 12/10", also "các ngày 11-10 và ngày 12-10" (the dash after "ngày")
_DAY_IN_LIST = re.compile(DAY_SHAPE, re.ASCII)


def build_dates_list(match: re.Match[str], given: Input) -> Found | list[Found]:
    """ "trong các ngày 11/10 và ngày 12/10": one window when the days follow each other;
    "trong hai ngày 17/2 và 18/2": the count is the window's length (`days_counted`)."""
    listed = _DAY_IN_LIST.finditer(match.string, match.start("dates"), match.end("dates"))
    spans = [read_day(day.group(), given.plan_year) for day in listed]
    days = [span.first for span in spans]
    return days_counted(
        match,
        _listed_days(days, any(s.year_inferred for s in spans), given.context, given.prepared),
    )


def build_day_groups(match: re.Match[str], given: Input) -> Found | list[Found]:
    """ "30,31/5 và 1/6/2017": days listed month by month, one year for all; one window
    when they follow each other, else one day each."""
    year, inferred = resolve_year(match["year"], given.plan_year)
    days = [
        real_day(year, month_number(group["month"]), int(day))
        for group in DAY_GROUP.finditer(match["groups"])
        for day in re.findall(r"\d+", group["days"])
    ]
    return _listed_days(days, inferred, given.context, given.prepared)


# Lists of days out of order are one schedule's only when all fall within a month: "Chiều
# ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023" interleaves two afternoons and two whole
# days; a list that goes back further ("… và ngày 20, 27/04/2023") may hold a month mistyped
_SCHEDULE_DAYS = 31


def build_dated_groups(match: re.Match[str], given: Input) -> Found | list[Found]:
    """ "ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023" (`grammar.DATED_GROUPS_RULE`): lists
    of days, each with its month and year written; read as `_listed_days` reads them when in
    order, else one dated deadline each in the order written. Refused (`Unreadable`) when a
    list is not in order, a day is named twice, or the days out of order span over a month."""
    days: list[date] = []
    for group in DATED_GROUP.finditer(match["groups"]):
        year, month = int(group["year"]), month_number(group["month"])
        listed = [real_day(year, month, int(day)) for day in re.findall(r"\d+", group["days"])]
        if any(b <= a for a, b in pairwise(listed)):
            raise Unreadable(
                "các ngày trong một nhóm phải ghi tăng dần, không lặp; ghi mỗi ngày một mốc "
                "(deadlines) theo văn bản"
            )
        days.extend(listed)
    if len(set(days)) < len(days):
        raise Unreadable(
            "một ngày được ghi hai lần trong danh sách ngày; ghi mỗi ngày một mốc (deadlines) "
            "theo văn bản"
        )
    if all(a < b for a, b in pairwise(days)):
        return _listed_days(days, False, given.context, given.prepared)
    if (max(days) - min(days)).days > _SCHEDULE_DAYS:
        raise Unreadable(
            "các nhóm ngày không theo thứ tự và cách nhau hơn một tháng: có thể ghi nhầm tháng; "
            "ghi mỗi ngày một mốc (deadlines), mỗi mốc last_day của nó"
        )
    return [date_found(Span(d, d, show(d), False), d, f"ngày {show(d)}") for d in days]


def build_day_and_next(match: re.Match[str], given: Input) -> Found | list[Found]:
    """ "(Ngày 7/10 và 8/10/2016)": two days, the first taking the year written once after
    the second (`grammar.DAY_AND_NEXT_RULE`); one window when they follow each other (ruling
    56(b) of issue 11: "ngày 04/04/2025 và 05/04/2025", "Từ ngày 3/1 và 4/1/2026"), else one
    day each (`_listed_days`: refused when they are not in order), never after "từ"."""
    last = read_day(match["last"], given.plan_year)
    first = read_day(match["first"], last.last.year)
    if "tu" in match["lead"].split() and (last.first - first.first).days != 1:
        # "Từ ngày 3/1 và 5/1/2026": a start on each (two rounds), or one span? Only days in
        # a row are one window (ruling 56(b)), as after "từ ngày 15, 17, 20/4"
        raise Unreadable("“từ ngày …” trước các ngày không liền nhau: không rõ mốc bắt đầu nào")
    return _listed_days(
        [first.first, last.first], last.year_inferred, given.context, given.prepared
    )


def build_half_day(match: re.Match[str], given: Input) -> Found:
    """ "Cả ngày 14/10 và buổi sáng ngày 15/10": two days that follow each other, the second
    only in part: the window of both, the part kept as the qualifier."""
    last = read_day(match["last"], given.plan_year)
    first = read_day(match["first"], last.last.year)
    if (last.first - first.first).days != 1:
        # stands over the parts: never "Cả" as a step and a morning on a day of its own
        raise Decided("cả ngày và buổi của ngày sau phải là hai ngày liền nhau")
    part = f"buổi {'sáng' if match['part'] == 'sang' else 'chiều'} ngày {show(last.last)}"
    span = Span(first.first, last.last, "", last.year_inferred)
    found = window_found(span, f"cả ngày {show(first.first)} và {part}")
    return found._replace(qualifier=part)

"""Days and periods in the deadline language: "Trước ngày 23/6/2022", "Quý III/2026".

The builders of a dated reading: a day, a period (month, quarter, year, span of years) and
its parts ("đầu", "giữa", "cuối"), "đến hết …", a range "từ … đến …", a day after "tức",
"có hiệu lực từ …" (a start bound, never a deadline).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.asides import LAST_WEEKDAY
from kehoach.dates.found import Decided, Found, Input, date_found, window_found
from kehoach.dates.grammar import (
    DAY_RULE,
    DAY_SUBJECT,
    ONE_DAY,
    PART_OF_DAY,
    Span,
    Unreadable,
    month_end,
    one_stretch,
    read_day,
    read_period,
    read_periods,
    read_point,
    show,
)
from kehoach.dates.label import crossed_new_year, read_named_numbers
from kehoach.dates.lists import days_counted
from kehoach.dates.reading import DeadlineKind
from kehoach.dates.uptoperiod import through_the_period


def build_day(match: re.Match[str], given: Input) -> Found:
    """A day ("Trước ngày 23/6/2022", "vào tối 8-3"), the part of the day before it kept as
    the qualifier (`part_of_day`)."""
    part = part_of_day(match, given, "lead")
    found = _build_day(match, given)
    return found._replace(qualifier=part) if part else found


def part_of_day(match: re.Match[str], given: Input, group: str) -> str | None:
    """The part of the day ("sáng", "buổi chiều", "tối") in the words of `group`, as
    printed in lower case. Where the day rests on it (a range's `part`, or a day written
    with a dash or a dot and no year right after it) it must be spelled as one: "tới 8-3"
    (until) folds to "tối 8-3" (the evening) and is refused."""
    if match[group] is None:
        return None
    words = given.source.original(*match.span(group))
    part = PART_OF_DAY.search(words)
    day = "when" if "when" in match.re.groupindex else "start"
    rests = group in ("part", "end_part") or (
        _DASHED_DAY.fullmatch(match[day]) is not None
        and _AFTER_A_PART.search(given.prepared[: match.start(day)]) is not None
    )
    if rests and part is None:
        raise Unreadable(
            f"“{' '.join(words.split())}” trước ngày không phải buổi trong ngày (sáng, chiều, "
            "tối, trưa) viết có dấu: không đoán; ghi rõ ngày/tháng/năm, hoặc ghi last_day"
        )
    return " ".join(part.group().lower().split()) if part else None


_AFTER_A_PART = re.compile(r"\b(?:sang|chieu|toi|trua)\s+\Z", re.ASCII)
_DASHED_DAY = re.compile(r"\d{1,2}\s*[.-]\s*\d{1,2}", re.ASCII)


def _build_day(match: re.Match[str], given: Input) -> Found:
    if match.re is DAY_RULE and match["day_is"] and not DAY_SUBJECT.match(given.prepared):
        raise Unreadable(  # "tỷ lệ là 5.9": a number, not the 5th of September
            f"“là {match['when']}” không nói về một ngày (“Ngày … là …”): có thể là một số; "
            "ghi rõ ngày/tháng/năm"
        )
    span = read_day(match["when"], given.plan_year)
    if match.re is DAY_RULE and match["this"]:  # "ngày 30-8 năm nay"
        if not span.year_inferred:
            raise Unreadable("“năm nay” đi với ngày không ghi năm (“trước ngày 30-8 năm nay”)")
        _this_year(span, given)
    if match["lead"].startswith(("tu ", "ke tu ")) and given.context.issued:
        # "diễn ra từ nay đến 20/1" (a held-out phrase), "từ ngày ban hành kế hoạch đến hết
        # ngày 30/6/2022" (`grammar.SINCE_ISSUE`): a window from the plan's issue day, as
        # "từ nay đến hết năm 2027" is; without it, read as the bare day
        return _from_issue(span, given.context.issued)
    if not match["before"]:
        return date_found(span, span.last, f"hạn cuối {span.words}")
    if given.context.strict_before:  # setting `before = "strict"`: D itself is too late
        last = span.last - ONE_DAY
        said = f"hạn cuối {show(last)} (trước ngày {span.words}, không tính ngày đó)"
        return date_found(span, last, said)._replace(written=span.last)
    return date_found(span, span.last, f"hạn cuối {span.words} (tính cả ngày {span.words})")


def _refuse_year_cut(match: re.Match[str], given: Input) -> None:
    """Refuse a bare "năm" that may have lost its year: "trong năm" (within the year),
    "cuối năm" read, but not "năm" alone, nor "vào năm" (a year cut off: "tổng kết vào năm
    2010", a-ninh-thuan-qd-55-2007, copied without its last line), nor "trong năm" ending
    the phrase: "Sẽ giải phóng xong mặt bằng … trong năm 2023" (zb-tedi-vanh-dai-4-gpmb-2023)
    copied without its last word read the plan's year 2022; a phrase ending in the period's
    word cannot show it was not cut ("trong năm nay" still reads)."""
    if match["lead"].split() in ([], ["vao"]):
        raise Unreadable("“năm” không ghi năm nào")
    if not match["this"] and not given.prepared[match.end() :].strip(" .,;:)"):
        raise Unreadable(
            "cụm từ kết thúc ở “năm” mà không ghi năm nào: có thể bị cắt mất năm (“… trong "
            "năm 2023”); ghi rõ năm, hoặc ghi last_day (và first_day) theo văn bản"
        )


def _periods_of(match: re.Match[str], given: Input) -> list[Span]:
    """The periods `match` names, each its own window; the one span of issue 11's stretch
    "trong năm 2027 và 2028" (`grammar.one_stretch`)."""
    stretch = one_stretch(given.prepared[: match.end("when")])
    return [stretch] if stretch else read_periods(match["when"], given.plan_year)


def build_period(match: re.Match[str], given: Input) -> Found | list[Found]:
    if match["when"] == "nam" and _WEEKDAY_BEFORE.search(given.prepared[: match.start("when")]):
        said = given.source.original(match.start("when") - 4, match.end("when"))
        raise Unreadable(
            f"“{said}” là một ngày trong tuần, không phải một năm: chưa đọc được hạn theo thứ "
            "trong tuần; ghi last_day cho hạn cụ thể (hoặc “hằng tuần” nếu hạn là Chủ nhật)"
        )
    if match["when"] == "nam":
        _refuse_year_cut(match, given)
    spans = _periods_of(match, given)
    if len(spans) > 1:  # "Tháng 3, 9/2027": two windows, not March to September
        if match["before"] or match["to_end"]:
            raise Unreadable("“trước”, “đến hết” một danh sách kỳ không liền nhau chưa rõ nghĩa")
        if match["qual"] or match["tenth"]:  # "cuối tháng 9 và tháng 10/2018": of which?
            said = given.source.said(*match.span("when"))
            raise Decided(  # never split into "cuối tháng 9" and all of October
                f"“{_QUALIFIERS[' '.join((match['qual'] or match['tenth']).split())]}” trước "
                f"nhiều kỳ (“{said}”): chỉ kỳ đầu hay mọi kỳ? không đoán; ghi last_day (và "
                "first_day) cho từng kỳ"
            )
        return [window_found(span, span.words) for span in spans]
    span = spans[0]
    if match["onward"]:  # "giai đoạn 2026 - 2030 và các năm tiếp theo": no end
        return _onward(match, span)
    if match["this"] and not span.year_inferred:  # "tháng 5/2027 này"
        raise Unreadable("“này” đi với kỳ không ghi năm (“trong tháng 5 này”)")
    if match["this"] and "nam" in match["this"]:
        _this_year(span, given)
    if match["to_end"] and "thang" in match["to_end"]:  # "những tháng còn lại năm 2025"
        _months_spelled(given.source.original(*match.span("to_end")))
    if match["qual"] or match["tenth"]:
        part = "qual" if match["qual"] else "tenth"
        _spelled_as_a_part(given.source.original(match.start(part), match.end(part)))
        _not_a_compound(given.prepared[: match.start(part)], match[part])
        _bare_part_after_a_word(
            given.prepared[: match.start(part)],
            given.source.original(match.start(part), match.end(part)),
        )
        said = " ".join((match["qual"] or match["tenth"]).split())
        return _part_of(span, match["when"], said)
    if match["before"]:  # "trước tháng 6/2026": June must not have started
        last = span.first - ONE_DAY
        why = f"trước {span.words}, tức trước ngày {show(span.first)}"
        return date_found(span, last, f"hạn cuối {show(last)} ({why})")
    if match["to_end"]:
        return _to_end(span, " ".join(match["to_end"].split()), given)
    return window_found(span, span.words)


def _onward(match: re.Match[str], span: Span) -> Found:
    """ "trong năm 2025 và các năm tiếp theo" (HĐND tỉnh Gia Lai, 2025; TP.HCM's digital
    transformation, SGGP 2025: zf- of the corpus), "giai đoạn 2026 - 2030 và các năm tiếp
    theo" (issue 11, "no end"): work from the period's first day on, with no end, a start
    bound (`earliest`) and never a deadline, as "Từ năm 2026" is. After "trước", "đến (hết)"
    or a part ("cuối năm 2025 và …") the end is what the words bound, and none is given:
    refused ("đến năm 2010 và những năm tiếp theo", a-lam-dong-qd-61-2003)."""
    if match["before"] or match["to_end"] or match["qual"] or match["tenth"]:
        raise Unreadable(
            f"“{span.words} và các năm tiếp theo” không có ngày kết thúc; nếu cơ quan chọn "
            "một hạn, ghi last_day (và first_day)"
        )
    reading = (
        f"mốc bắt đầu: từ {span.words} và các năm tiếp theo; không phải hạn cuối, văn bản "
        "không nêu ngày phải xong"
    )
    return Found(DeadlineKind.DATE, reading, None, None, None, span.year_inferred, span.first)


def _this_year(span: Span, given: Input) -> None:
    """ "vào tháng 11 năm nay" (Báo Hải Dương, 12/10/2021: November 2021): "năm nay" is the
    year the document is written in, never another year the phrase's words would give
    (the second half of a school year, an event's year): refused when they differ."""
    issued = given.context.issued
    if issued is None or span.first.year != issued.year:
        raise Unreadable(
            "“năm nay” là năm ban hành văn bản"
            + (f" ({issued.year}), khác năm {span.first.year} đọc được" if issued else "")
            + ": cần ngày ban hành (--issued) hoặc ghi rõ năm, hoặc ghi last_day"
        )


# "+ Báo cáo cả năm 2021: 20/12/2021 – 10/01/2022." (Ban Quản lý các KCX-KCN TP.HCM, CV
# 1493/2021: the windows reports are received in): the work's name, its colon, then two days
# each with its year, the whole line; as a schedule prints a window
_COLON_BEFORE = re.compile(r"(?:[^\W\d_]|(?<!\d)\d{4})\s*:\s*\Z")
_WITH_YEAR = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\Z", re.ASCII)


def _after_its_colon(match: re.Match[str], given: Input) -> bool:
    """Whether the bare range `match` follows a work's name and its colon, both ends written
    with their years (`_COLON_BEFORE`, `_WITH_YEAR`)."""
    return bool(
        _COLON_BEFORE.search(given.prepared[: match.start()])
        and _WITH_YEAR.match(match["start"].strip())
        and _WITH_YEAR.match(match["end"].strip())
    )


# A school's calendar, line by line: "16/09 – 24/09/2023: Nghỉ giữa kỳ", "18/12/2023 –
# 05/01/2024: Nghỉ Giáng sinh và Tết Dương lịch", and a term's span alone under its heading,
# "17/07/2023 – 17/11/2023" (Scotch American Global School, lịch học 2023-2024; zl-scotch-ags,
# refused before tune-zl): the range opens the line, its end written with its year, its ends
# set apart by a spaced en dash (`_SPACED_DASH`), and the
# work's name follows its colon (as `_after_its_colon` reads the mirror "Tên việc: D – D"), or
# nothing follows (the line's time part, its name read apart after the colon). "5/10-4/12"
# alone, with no year, might be two days, and stays refused; so does a start after its end or
# a year or more before it (`_bare_range`'s checks).
_COLON_AFTER = re.compile(r"\s*:\s*[^\W\d_]", re.UNICODE)
# ... the ends set apart by a spaced en or em dash, the calendar's range mark: a tight hyphen
# between two days ("15/11/2025-15/02/2026", "1/2-1/3/2026") stays a range or two days
# (tune-o, tune-p, tune-za kept those refused)
_SPACED_DASH = re.compile(r"\s[–—]\s")


def _opens_its_line(match: re.Match[str], given: Input) -> bool:
    """Whether the bare range `match` opens the phrase, its end written with its year, and
    is followed by its colon and the work's name, or by nothing (`_COLON_AFTER`,
    `_WITH_YEAR`)."""
    if given.prepared[: match.start()].strip() or not _WITH_YEAR.match(match["end"].strip()):
        return False
    if not _SPACED_DASH.search(given.source.original(match.start(), match.end())):
        return False  # "15/11/2025-15/02/2026", "1/2-1/3/2026": a range, or two days?
    after = given.prepared[match.end() :]
    return not after.strip(" .;") or bool(_COLON_AFTER.match(after))


def _whole_cell(match: re.Match[str], given: Input) -> bool:
    """Whether the bare range `match` is the whole cell of a table column (a header given):
    "30/05 - 01/06" under "Lịch thi" (Znews's table of the 34 provinces' grade-10 exams,
    2026), as a range in parentheses after a work's name is read."""
    return bool(
        given.context.header
        and not given.prepared[: match.start()].strip()
        and not given.prepared[match.end() :].strip(" .;")
    )


# A field naming the time of the work before two days joined by a dash: "Thời gian diễn ra:
# 20/12 – 24/12/2019" (the Đà Lạt flower festival's programme, 2019): the field says the two
# days are the span's ends, as "Thời gian: 27 tháng 01 năm 2023 đến ngày …" is read with
# "đến" (`grammar.RANGE_RULE`). Only "thời gian" with a word of holding or none
_TIME_FIELD = re.compile(
    r"(?<![a-z])thoi\s+gian(?:\s+(?:dien\s+ra|to\s+chuc|thuc\s+hien))?\s*:\s*\Z", re.ASCII
)


def _span_named(match: re.Match[str], given: Input) -> bool:
    """Whether the words before the bare range `match` name it a span: "các ngày" (the days,
    plural: "vào các ngày 26/5 - 29/5/2026", 24h on the grade-10 exams of 2026), read in the
    rule (`grammar.RANGE_RULE`'s `bare`), or the field of its time (`_TIME_FIELD`)."""
    return "cac" in match["bare"].split() or bool(
        _TIME_FIELD.search(given.prepared[: match.start()])
    )


def _bare_range(match: re.Match[str], given: Input) -> bool:
    """ "(5/10-4/12)" closing the phrase after the work's name, or "Ngày 25/6 - 27/6/2018"
    opening a schedule line (the Bộ GD&ĐT's admission milestones, 2018): two days with "/" and a dash, read as a range only there, and
    only in order: a start after its end ("(4/12-5/10)") might cross the new year or be
    reversed, and is refused, as is the form elsewhere; only an end written with its year
    ("(30/11-15/01/2026)") makes a start without one cross into it."""
    said = given.source.said(*match.span()).strip(" .,;:()")
    headed = match["bare"].startswith("ngay") and not given.prepared[: match.start()].strip()
    # "24/1-9/2/2025 (25 tháng Chạp đến 12 tháng Giêng)" (a round-up of the provinces' Tết
    # holidays, CafeF 2025): a lunar gloss of two ends makes the pair one span, and its two
    # ends are checked against the gloss (`refusals.check_asides`)
    # "5/10-4/12": a range, or two days?
    # "25/12/2025 đến 04/01/2026": "đến" says the range, wherever it stands
    joined = match["dash"] is None
    if not (
        joined
        or given.enclosed
        or headed
        or given.lunar_span
        or _after_its_colon(match, given)
        or _whole_cell(match, given)
        or _opens_its_line(match, given)
        or _span_named(match, given)
    ):
        raise Unreadable(
            f"“{said}” không có “từ … đến …”: chỉ đọc là một khoảng khi đứng riêng trong ngoặc "
            "sau tên việc; ghi rõ “từ … đến …”"
        )
    end = read_point(match["end"], given.plan_year)
    start = read_point(match["start"], end.last.year)
    # "Giai đoạn 2 (30/11-15/01/2026)": a start without its year before an end written with
    # its own crosses the new year, as "Từ ngày 20/12 đến ngày 10/01/2028" does (`_range_read`)
    crosses = start.year_inferred and not end.year_inferred
    if start.first > end.last and not crosses:
        if _into_next_year(match, start, end, given):
            return True
        raise Unreadable(
            f"“{said}”: ngày đầu sau ngày cuối (sang năm khác hay viết ngược?); ghi rõ năm, hoặc "
            "ghi first_day và last_day"
        )
    # "(22/11/1902 – 22/11/2024)", "(09/7/1912 - 09/7/2012)": two days a year or more apart
    # name an anniversary (the first year and this one), no work's span
    if (end.last - start.first).days >= _A_YEAR_APART and not joined:
        raise Unreadable(
            f"“{said}”: hai ngày cách nhau từ một năm trở lên, không có “từ … đến …”: thường là "
            "một dịp kỷ niệm (năm đầu – năm nay), không phải thời hạn; nếu là một khoảng, ghi "
            "first_day và last_day"
        )
    return False


_A_YEAR_APART = 365
# a season across the new year, the longest: "Thời vụ 5/11-5/1" (a winter-spring crop, 61 days)
_SHORT_CROSSING = 92
# a sowing calendar's column: "Gieo sạ", "Thời vụ", "Gieo cấy", "Xuống giống" (folded)
_SOWING_HEADER = re.compile(r"\b(?:gieo\s+(?:sa|cay|trong)|thoi\s+vu|xuong\s+giong)\b", re.ASCII)


def _into_next_year(match: re.Match[str], start: Span, end: Span, given: Input) -> bool:
    """Whether the bare range whose start (read in the plan's year) falls after its end
    crosses into the next year: "25/12-5/1" under "Gieo sạ", "5/11-5/1" under "Thời vụ" in
    the winter-spring sowing calendar a xã of Huế issued on 20/10/2021 (p-huongtho-hue-lich-
    thoi-vu-dong-xuan-2021: 25/12/2021 – 05/01/2022). Only with both years from the plan's
    issue day, that day between the end and the start as read in its year (the one span to
    come; "25/12-5/1" issued on 03/01 may be the winter under way), and a short span across
    the new year (`_SHORT_CROSSING`); a long one may be written reversed ("4/12-5/10"). Only
    the whole cell of a sowing calendar's column (`_SOWING_HEADER`): the winter-spring crop
    (vụ Đông Xuân) is sown across the new year; elsewhere ("Thu gom (30/11-15/01)", "kế
    hoạch cao điểm Tết (15/12-15/2)": test_deadline_forms_p, _h) reversed or a new year is
    not told, and stays refused."""
    header = fold(" ".join((given.context.header or "").split())).lower()
    if not (_whole_cell(match, given) and _SOWING_HEADER.search(header)):
        return False
    issued = given.context.issued
    if issued is None or given.plan_year != issued.year or not given.year_from_plan:
        return False
    if not (start.year_inferred and end.year_inferred) or not end.last < issued <= start.first:
        return False
    try:
        ends = end.last.replace(year=end.last.year + 1)
    except ValueError:  # 29 February
        return False
    return (ends - start.first).days < _SHORT_CROSSING and end.last.month < start.first.month


def _month_range(match: re.Match[str], given: Input) -> Found:
    """ "từ tháng 10/2024 - 6/2025", "Từ tháng 9 đến 12/2024" (q-huht): after a dash or
    "đến", "6/2025" is the last month of a range whose first is a month; its year has four
    digits, so it is no day and month. After a day ("từ ngày 1/10/2024 - 6/2025") or after
    the word "ngày" ("từ tháng 8 đến ngày 12/2019") it is a day cut short, and is refused
    (the lead's ruling of session 50); so is a template's blank day, "Từ ngày tháng 9 đến …"."""
    after_a_month = _MONTH_ALONE.fullmatch(match["start"]) or _MONTH_WITH_YEAR.fullmatch(
        match["start"]
    )
    if (
        not after_a_month
        or _DAY_WORD_BEFORE.search(match.string, 0, match.start("end_month"))
        or _DAY_WORD_BEFORE.search(match.string, 0, match.start("start"))  # "Từ ngày tháng 9"
    ):
        raise Unreadable(
            f"“{match['end_month']}” chỉ là một tháng sau một tháng (“từ tháng 10/2024 - "
            "6/2025”), không sau một ngày hay chữ “ngày”: có thể là ngày bị cắt; ghi rõ "
            "“đến tháng …”"
        )
    if _MONTH_ALONE.fullmatch(match["start"]):
        return _months_of_one_year(match, given)
    start = _opening_month(match, read_period(match["start"], given.plan_year))
    end = read_period(f"thang {match['end_month']}", given.plan_year)
    if start.first > end.last:
        raise Unreadable(f"tháng bắt đầu {start.words} sau tháng kết thúc {end.words}")
    span = Span(start.first, end.last, "", False)
    return window_found(span, f"từ {start.words} đến hết {end.words}")._replace(
        earliest=start.first
    )


def _opening_month(match: re.Match[str], month: Span) -> Span:
    """The first month `month` of a range of months, from the first day of the ten-day third
    the range opens in ("từ trung tuần tháng 9 - 12/2024": from 11/09, never 01/09, as
    `_range_read` reads "từ trung tuần tháng 02 đến hết tháng 3/2024")."""
    if tenth := match["tenth_from"]:
        return _from_its_tenth(month, " ".join(tenth.split()))
    return month


_MONTH_WITH_YEAR = re.compile(r"thang\s+\d{1,2}\s*/\s*\d{4}", re.ASCII)
_MONTH_ALONE = re.compile(r"thang\s+\d{1,2}", re.ASCII)
_DAY_WORD_BEFORE = re.compile(r"\bngay\s*\Z", re.ASCII)


def _months_of_one_year(match: re.Match[str], given: Input) -> Found:
    """ "Thời gian từ tháng 8 – 12/2019" (UBND tỉnh Hòa Bình, KH 175/2019): months of one
    year, the year written once at the end; a later month than the first only (a range across
    the new year, "từ tháng 10 - 6/2025", is refused: 10/2024, or months 6 to 10?)."""
    end = read_period(f"thang {match['end_month']}", given.plan_year)
    start = _opening_month(match, read_period(match["start"], end.first.year))
    if start.first >= end.first:
        raise Unreadable(
            f"“{' '.join(given.source.original(*match.span('start')).split())} – "
            f"{match['end_month']}”: tháng đầu không trước tháng cuối trong năm {end.first.year}; "
            "ghi rõ năm của tháng đầu, hoặc ghi first_day và last_day"
        )
    span = Span(start.first, end.last, "", False)
    return window_found(span, f"từ {start.words} đến hết {end.words}")._replace(
        earliest=start.first
    )


_WEEKDAY_BEFORE = re.compile(r"\bthu\s\Z", re.ASCII)  # "thứ Năm": Thursday, not a year


def _to_end(span: Span, to_end: str, given: Input) -> Found:
    """ "đến hết tháng 6/2026", "Đến năm 2035", "đến cuối năm", "từ nay đến hết năm 2027"."""
    issued = given.context.issued
    if "con lai" in to_end and issued and issued < span.first:
        # "thời gian còn lại của năm 2025" in a plan of 2024 (fresh45): the rest of a period
        # not yet begun is no span from the plan's day; a typo of the year, or of the words
        raise Unreadable(
            f"“còn lại của {span.words}” mà kế hoạch ban hành ({show(issued)}) trước khi "
            f"{span.words} bắt đầu: không rõ từ ngày nào; ghi first_day và last_day theo văn bản"
        )
    if (to_end.startswith("tu nay") or "con lai" in to_end) and issued:
        return _from_issue(span, issued)
    if to_end == "den":  # "Đến năm 2035", "đến tháng 9/2023" (ruling 56(a))
        why = through_the_period(span)
        found = date_found(span, span.last, f"hạn cuối {show(span.last)} ({why})")
    elif "cuoi" in to_end:
        why = f"“cuối {span.words}” hiểu là ngày cuối cùng của {span.words}"
        found = date_found(span, span.last, f"hạn cuối {show(span.last)} ({why})")
        found = found._replace(qualifier="cuối")
    else:
        found = date_found(span, span.last, f"hạn cuối {show(span.last)} (hết {span.words})")
    return found._replace(period_first=span.first if span.first < span.last else None)


def _from_issue(span: Span, since: date) -> Found:
    """ "từ nay đến hết năm 2027", "từ nay đến 20/1": from the plan's issue day (`since`) to
    the end of `span`; refused when the plan was issued after that end."""
    if since > span.last:
        raise Unreadable(f"kế hoạch ban hành ({show(since)}) sau hạn {show(span.last)}")
    return window_found(
        Span(since, span.last, span.words, span.year_inferred),
        f"từ ngày ban hành kế hoạch đến hết {span.words}",
    )


def build_range(match: re.Match[str], given: Input) -> Found | list[Found]:
    return days_counted(match, _range_read(match, given))


def _range_read(match: re.Match[str], given: Input) -> Found:
    if match["bare"] is not None and _bare_range(match, given):  # "25/12-5/1": into next year
        assert given.plan_year is not None  # `_into_next_year` checked it
        given = given._replace(plan_year=given.plan_year + 1)
    if match["on_day"] is not None and LAST_WEEKDAY.search(given.prepared[: match.start()]):
        raise Unreadable(  # "từ thứ hai ngày 16/2 đến …": "từ" is before the weekday
            "thứ trong tuần trước ngày đầu của một khoảng không có “từ”: không đối chiếu được; "
            "ghi “từ ngày …, đến ngày …” hoặc first_day và last_day theo văn bản"
        )
    before_end = _BEFORE_END.search(given.prepared[match.end("start") : match.start("end")])
    if match["end_month"]:
        _not_before_a_period(match, given, before_end)
        return _month_range(match, given)
    end = read_point(match["end"], given.plan_year)
    if end.first != end.last:
        _not_before_a_period(match, given, before_end)
    # "từ 01/3 đến 30/4/2026"; "từ 9/2025 đến ngày 15/12/2025": the month said without "tháng"
    said = f"thang {match['start_month']}" if match["start_month"] else match["start"]
    start = read_point(said, end.last.year)
    if start.year_inferred and start.first > end.last:  # "Từ 20/12 đến 10/01/2028"
        start = read_point(match["start"], end.last.year - 1)
        crossed_new_year(start.first, end.last)
    if end.year_inferred and not start.year_inferred:  # "từ ngày 12/3/2026 đến 30/4"
        end = _end_after_its_start(match["end"], start)
    if tenth := match["tenth_from"]:  # "từ trung tuần tháng 02": from its 11th
        start = _from_its_tenth(start, " ".join(tenth.split()))
    if start.first > end.last:
        raise Unreadable(f"ngày bắt đầu {show(start.first)} sau ngày kết thúc {show(end.last)}")
    if match["early"]:  # "từ đầu tháng 9": from its first day
        start = start._replace(words=f"đầu {start.words} (từ ngày {show(start.first)})")
    if match["late"]:  # "đến cuối tháng 3/2020": to its last day
        end = end._replace(words=f"cuối {end.words} (ngày {show(end.last)})")
    written = None
    if given.context.strict_before and _BEFORE_END.search(
        given.prepared[match.end("start") : match.start("end")]
    ):  # "từ ngày 10/3 đến trước ngày 15/3/2027" read strictly: up to 14/3
        written, last = end.last, end.last - ONE_DAY
        end = end._replace(last=last, words=f"{show(last)} (trước ngày {end.words})")
    span = Span(start.first, end.last, "", end.year_inferred)
    found = window_found(span, f"từ {start.words} đến hết {end.words}")._replace(
        earliest=start.first, written=written, qualifier=part_of_day(match, given, "part")
    )
    if match["end_part"] is None:
        return found
    ends_in = part_of_day(match, given, "end_part")
    return found._replace(gloss=f"kết thúc vào buổi {ends_in} ngày {end.words}")


def _not_before_a_period(
    match: re.Match[str], given: Input, before_end: re.Match[str] | None
) -> None:
    """Refuse a range ending "đến trước tháng 12/2024" (a month, a quarter, a year): up to
    the month's first day, or through it? Alone, "trước tháng 12/2024" ends on 30/11; the
    range read it through 31/12, a month late. The corpus leaves "đến trước tháng 9.2020"
    unread (a-quang-nam-cv-3308-2020: whether September itself is allowed is not certain);
    "đến trước ngày D" (a day) reads as before."""
    if before_end is None:
        return
    said = " ".join(given.source.original(match.end("start"), match.end()).split())
    raise Unreadable(
        f"“{said.strip(' .,;:')}”: “đến trước” một tháng, quý hay năm chưa rõ có tính cả kỳ "
        "đó không; ghi “đến hết …” hoặc “đến ngày …”, hoặc ghi last_day (và first_day) theo "
        "văn bản"
    )


def build_start_end(match: re.Match[str], given: Input) -> Found:
    """ "Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn lấy ý kiến: 26/03/2018" (Bộ KH&CN,
    dự thảo 714), "ngày bắt đầu là 6/9/2023, ngày kết thúc là 13/1/2024" (Ninh Bình, QĐ
    636/QĐ-UBND 2023): the day a work opens and the day it closes, two fields of one form
    (`grammar.START_END_RULE`), are one window from the first to the last. The work named in
    the closing field must be the opening field's ("Ngày bắt đầu nhận hồ sơ: …, Ngày hết hạn
    lấy ý kiến: …" names two works: refused), and the days must come in order."""
    what, what_end = (" ".join(match[key].split()) for key in ("what", "what_end"))
    if what_end and what_end != what:
        said = given.source.original(match.start(), match.end()).strip(" .,;:")
        raise Unreadable(
            f"“{' '.join(said.split())}”: ngày bắt đầu và ngày kết thúc nêu hai việc khác "
            "nhau; ghi last_day (và first_day) theo văn bản"
        )
    end = read_day(match["end"], given.plan_year)
    start = read_day(match["start"], end.last.year)
    if start.year_inferred and start.first > end.last:  # "…: 20/12, …: 10/01/2028"
        start = read_day(match["start"], end.last.year - 1)
        crossed_new_year(start.first, end.last)
    if end.year_inferred and not start.year_inferred:
        end = _end_after_its_start(match["end"], start)
    if start.first > end.last:
        raise Unreadable(f"ngày bắt đầu {show(start.first)} sau ngày kết thúc {show(end.last)}")
    span = Span(start.first, end.last, "", end.year_inferred)
    ends = " ".join(given.source.original(*match.span("ends")).lower().split())
    found = window_found(span, f"bắt đầu {start.words}, {ends} {end.words}")
    return found._replace(earliest=start.first)


def _end_after_its_start(end: str, start: Span) -> Span:
    """The end without a year of a span whose start writes one: the start's year, or the
    next when the day comes before the start in it ("từ ngày 1/12/2026 đến 30/1" ends
    30/01/2027); never the plan's year ("từ ngày 12/3/2026 đến 30/4" in a plan of 2027 ends
    30/04/2026, not 30/04/2027: a window of 14 months no one wrote). Refused when the end
    falls inside the start ("Từ năm 2026 đến tháng 3": March of 2026, or of the year after?)
    or a year later would make it over ten months long (a typo)."""
    span = read_point(end, start.first.year)
    if span.last < start.first:
        span = read_point(end, start.first.year + 1)
        if (span.last - start.first).days > _LONGEST_CROSSING:
            raise Unreadable(
                f"ngày kết thúc (không ghi năm) trước ngày bắt đầu {show(start.first)} trong "
                "cùng năm; sang năm sau thì khoảng quá dài: có thể viết nhầm; ghi first_day và "
                "last_day theo văn bản"
            )
    elif span.last < start.last:
        raise Unreadable(
            f"ngày kết thúc không ghi năm, nằm trong mốc bắt đầu ({start.words}): "
            "không rõ năm nào; ghi rõ năm, hoặc ghi first_day và last_day"
        )
    return span._replace(year_inferred=False)


_LONGEST_CROSSING = 310  # days, as `label.crossed_new_year`: a school year is about 270


_BEFORE_END = re.compile(r"\btruoc\b", re.ASCII)
# đầu / giữa / cuối of a month, a quarter, a year: its first, middle or last third
_THIRDS = {"dau": 0, "giua": 1, "cuoi": 2}


_QUALIFIERS = {"dau": "đầu", "giua": "giữa", "cuoi": "cuối", "khoang giua": "khoảng giữa"}


_QUALIFIERS |= {"khoang dau": "khoảng đầu", "khoang cuoi": "khoảng cuối"}
# the ten-day thirds of a month by their own names: thượng (upper), trung (middle), hạ (lower)
_TENTHS = {"thuong tuan": "dau", "trung tuan": "giua", "ha tuan": "cuoi"}
_QUALIFIERS |= {"thuong tuan": "thượng tuần", "trung tuan": "trung tuần", "ha tuan": "hạ tuần"}


# the words of a part as spelled with their diacritics ("dầu", oil, "dâu", "dấu", "cưới",
# wedding, "giũa" fold alike and are none); a word typed bare may be any of them
_PARTS_SPELLED = frozenset({"đầu", "giữa", "cuối", "khoảng", "thượng", "trung", "hạ", "tuần"})


_MONTHS_WORDS = frozenset({"những", "các", "tháng", "còn", "lại", "của"})


def _months_spelled(said: str) -> None:
    """ "những tháng còn lại năm": read so only as spelled ("những thắng lợi còn lại", the
    victories left, folds the same). "những tháng cuối năm" (how many?) stays refused, the
    corpus's convention (a-press-cp-nq-86-2025, a-ttg-ct-16-2001)."""
    if any(word not in _MONTHS_WORDS for word in said.lower().split()):
        raise Unreadable(
            f"“{' '.join(said.split())}” không phải “các/những tháng …” viết có dấu: không "
            "đoán; ghi last_day (và first_day) theo văn bản"
        )


def _spelled_as_a_part(said: str) -> None:
    """ "giá dầu tháng 3/2027" (the oil price of March), "mùa cưới năm 2027" (the wedding
    season) were read as the first ten days of March and the last quarter: a word written
    with diacritics is a word of time only as spelled. Refused, with the way out."""
    for word in said.lower().split():
        if not word.isascii() and word not in _PARTS_SPELLED:
            raise Unreadable(
                f"“{word}” không phải “đầu”, “giữa” hay “cuối” (một phần của kỳ): không rõ "
                "thời hạn là cả kỳ hay một phần; ghi last_day (và first_day) theo văn bản"
            )


# Words that make one word with "đầu" right after them: "bắt đầu" (begin), "hàng đầu" (top),
# "dẫn đầu" (lead), "đi đầu", "đứng đầu", "ban đầu" (initial), "mở đầu", "khởi đầu", "cầm
# đầu", "đầu" of no period; folded, as the prepared text before it
_BEFORE_HEAD = frozenset({"bat", "hang", "dan", "di", "dung", "ban", "mo", "khoi", "cam"})


def _not_a_compound(before: str, qualifier: str) -> None:
    """ "bắt đầu tháng 6/2027" (beginning in June: a start) was read as 01–10/06, due
    10/06; "ưu tiên hàng đầu năm 2027" (top priority of 2027) as the first quarter: "đầu"
    there belongs to the word before it, and names no part of the period. Refused."""
    words = before.split()
    if qualifier.rsplit(maxsplit=1)[-1] != "dau" or not words or words[-1] not in _BEFORE_HEAD:
        return
    if words[-1] == "bat":
        raise Unreadable(
            "“bắt đầu …” chỉ mốc bắt đầu, không phải hạn cuối (không phải “đầu” của kỳ); "
            "ghi last_day (và first_day) theo văn bản"
        )
    raise Unreadable(
        f"“… {words[-1]} đầu” là một từ (hàng đầu, dẫn đầu, ban đầu…), không phải “đầu” của "
        "kỳ; không rõ thời hạn là cả kỳ hay phần đầu; ghi last_day (và first_day) theo văn bản"
    )


# Words after which a part typed bare ("dau", "cuoi", "giua") is the part of the period: a
# preposition or a bound of time ("vao dau nam 2027", "truoc cuoi thang 6", "cham nhat la
# cuoi nam"), a colon's or a comma's clause opening
_BEFORE_A_BARE_PART = frozenset({"vao", "trong", "tu", "den", "toi", "truoc", "nhat", "la", "het"})


def _bare_part_after_a_word(before: str, said: str) -> None:
    """ "Tinh Nam Dinh phan dau nam 2019 …" (Báo Bảo vệ môi trường, 2019, "phấn đấu năm
    2019" with its diacritics lost in a copy) was read as the first quarter of 2019, "xang
    dau nam 2027" (xăng dầu, fuel) and "phan dau quy II/2027" alike: typed bare, "dau" may
    be "đấu", "dầu", "dấu", "đậu", and "cuoi" may be "cưới" (wedding), each one word with the
    word before it. After a word that is no preposition of time, such a part is refused;
    written with its diacritics ("đầu") it is the part (`_spelled_as_a_part`, `_not_a_compound`)."""
    if not said.isascii():
        return
    words = before.split()
    opened = before.rstrip().endswith((",", ":", ";", "("))  # a clause's first word
    if words and not opened and words[-1] not in _BEFORE_A_BARE_PART:
        raise Unreadable(
            f"“{words[-1]} {' '.join(said.split())}” viết không dấu: có thể là một từ "
            "(phấn đấu, xăng dầu, đám cưới…), không phải “đầu”, “giữa”, “cuối” của kỳ; "
            "không rõ thời hạn là cả kỳ hay một phần; ghi last_day (và first_day) theo "
            "văn bản"
        )


def _from_its_tenth(start: Span, tenth: str) -> Span:
    """`start`, a month read as a range's start, from the first day of its ten-day third
    `tenth` (folded "thuong tuan", "trung tuan", "ha tuan": the 1st, 11th, 21st)."""
    first = start.first.replace(day=1 + 10 * _THIRDS[_TENTHS[tenth]])
    return start._replace(
        first=first, words=f"{_QUALIFIERS[tenth]} {start.words} (từ ngày {show(first)})"
    )


def in_third_of_month(part: str, day: int) -> bool:
    """Whether day `day` of a month falls in its part `part` (folded "dau", "giua", "cuoi":
    the 1st-10th, the 11th-20th, the 21st to the month's end, as `_part_of` reads them)."""
    third = _THIRDS[part]
    return day >= 1 + 10 * third and (third == 2 or day <= 10 + 10 * third)


def _part_of(span: Span, when: str, qualifier: str) -> Found:
    """ "đầu tháng 5": days 1-10; "giữa quý II": its second month; "cuối năm": quarter IV.
    The thirds of a month are the thượng, trung and hạ tuần of administrative usage."""
    third = _THIRDS[_TENTHS.get(qualifier, qualifier).rsplit(maxsplit=1)[-1]]
    if span.first.month != span.last.month and when.startswith("thang"):
        raise Unreadable(f"“{_QUALIFIERS[qualifier]}” đi với một tháng, không với {span.words}")
    if when.startswith("thang"):
        first = span.first.replace(day=1 + 10 * third)
        last = span.last if third == 2 else first.replace(day=10 + 10 * third)
    elif when.startswith("quy") and span.last.month - span.first.month == 2:
        month = span.first.month + third
        first, last = span.first.replace(month=month), month_end(span.first.year, month)
    elif when.startswith("nam") and span.first.year == span.last.year:
        year = span.first.year
        first = date(year, (1, 4, 10)[third], 1)
        last = month_end(year, (3, 9, 12)[third])
    else:
        raise Unreadable(f"“{_QUALIFIERS[qualifier]}” đi với một tháng, một quý hoặc một năm")
    said = f"{_QUALIFIERS[qualifier]} {span.words}"
    found = window_found(Span(first, last, said, span.year_inferred), said)
    return found._replace(qualifier=_QUALIFIERS[qualifier])


def build_year_of_span(match: re.Match[str], given: Input) -> Found:
    """ "năm cuối của nhiệm kỳ 5 năm 2016-2020": the span's last (or first) year."""
    span = read_period(match["when"], given.plan_year)
    if span.first.year == span.last.year:
        raise Unreadable(f"“năm {match['end']} của …” cần một giai đoạn nhiều năm")
    year = span.last.year if match["end"] == "cuoi" else span.first.year
    which = "cuối" if match["end"] == "cuoi" else "đầu"
    one = Span(date(year, 1, 1), date(year, 12, 31), f"năm {year}")
    return window_found(one, f"năm {which} của {span.words}: năm {year}")


def build_after_event_until(match: re.Match[str], given: Input) -> Found:
    """ "từ sau khi … cho đến trước ngày 22/6/2021": the day, the start kept as the gloss."""
    found = build_day(match, given)
    since = given.source.original(match.start("lead"), match.start("event"))
    event = given.source.original(*match.span("event"))
    return found._replace(gloss=" ".join(f"{since}{event}".split()))


_EARLY = re.compile(r"\bsom\b", re.ASCII)


_CADENCE_SAID = re.compile(
    r"\b(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\b|\bdinh\s+ky\b", re.ASCII
)


# A limit said before "tức là từ ngày D" ("Hồ sơ gửi chậm nhất trước một tuần, tức là từ
# ngày 29/8", "Hạn cuối nộp hồ sơ, tức là từ ngày 26/8"): the day may be the deadline the
# words count, never read as a start (fresh39c: "không phải hạn cuối", exit 0); "trước một
# tuần" alone counts the day back from the opening, as "sớm" does, and stays a start
_LIMIT_SAID = re.compile(
    r"(?<![a-z])(?:(?:cham|muon|tre)\s+nhat|han|khong\s+qua|hoan\s+thanh|xong)(?![a-z])",
    re.ASCII,
)


def build_that_is(match: re.Match[str], given: Input) -> Found:
    """ "…, tức ngày 29/8": the day after "tức" is the reading, the words before it the
    gloss (their numbers must name things: "khối 1"); words saying "sớm" (early) make the
    day a start bound, as "sớm nhất" does, never a deadline, and so does "từ" after "tức
    (là)" ("tức là từ ngày 29/8": a start with no end, the corpus convention's `earliest`)."""
    said_at = match.span("said")
    read_named_numbers(given.prepared[slice(*said_at)])
    if _CADENCE_SAID.search(match["said"]):  # "sơ kết hằng năm, tức ngày 20/3": every year
        raise Unreadable(
            "kỳ lặp lại đứng trước “tức ngày …”: không đọc thành một ngày; ghi "
            "“hằng năm, trước ngày …” hoặc last_day theo văn bản"
        )
    said = given.source.said(*said_at).strip(" ,;:")
    span = read_day(match["when"], given.plan_year)
    if match["start"] and not _EARLY.search(match["said"]) and _LIMIT_SAID.search(match["said"]):
        raise Unreadable(
            f"“{said}, tức là từ …”: trước “từ” là một hạn (chậm nhất, hạn cuối…), nên ngày "
            "sau “từ” là hạn hay mốc bắt đầu không rõ; ghi last_day (hoặc first_day) theo "
            "văn bản"
        )
    if match["start"] or _EARLY.search(match["said"]):
        bound = "sớm nhất" if _EARLY.search(match["said"]) else "từ"
        reading = f"mốc bắt đầu: {bound} {span.words}; không phải hạn cuối"
        return Found(
            DeadlineKind.DATE, reading, None, None, None, span.year_inferred,
            earliest=span.first, gloss=said,
        )  # fmt: skip
    return date_found(span, span.last, f"hạn cuối {span.words}")._replace(gloss=said)


# "hết hiệu lực", "chấm dứt hiệu lực", "không còn hiệu lực", "ngưng hiệu lực": the end
_ENDS_FORCE = re.compile(r"(?:^|\s)(?:het|cham\s+dut|khong\s+con|ngung|mat)\s*\Z", re.ASCII)


def build_in_force(match: re.Match[str], given: Input) -> Found:
    """ "có hiệu lực từ ngày 01/7/2025": a start bound, never a deadline. "hết hiệu lực
    (kể) từ ngày …" is the day a text stops applying, its end: refused, never read as the
    day it starts."""
    if _ENDS_FORCE.search(given.prepared[: match.start()]):
        raise Unreadable(
            "“hết hiệu lực từ …” là ngày văn bản thôi áp dụng, không phải mốc bắt đầu hay "
            "một hạn; ghi last_day theo văn bản"
        )
    if match["when"].startswith("ky"):  # "kể từ ngày ký": the document's own date
        if given.context.issued is None:
            raise Unreadable("“kể từ ngày ký” cần ngày ban hành (--issued)")
        day = given.context.issued
        why = "ngày ký"
    else:
        span = read_day(match["when"], given.plan_year)
        day, why = span.first, span.words
    reading = f"có hiệu lực từ {show(day)} ({why}); mốc bắt đầu, không phải hạn"
    return Found(DeadlineKind.ONGOING, reading, earliest=day)

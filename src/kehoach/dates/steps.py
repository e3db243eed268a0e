"""The step a deadline phrase names after its time part, as the deadline language reads it.

"Ngày 28/1: Công bố ngày bầu cử" (a schedule line: the step after the colon, `label_after`),
"Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …" (the words after
a cadence, `clause_after_cadence`). Words that could move the day stay in place, and so
are refused.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

from kehoach.base.text import fold
from kehoach.dates.asides import Asides, as_every_year
from kehoach.dates.calledoff import (
    refuse_called_off_after,
    refuse_pause_after_span,
    refuse_pause_opening,
)
from kehoach.dates.citations import heading_cut_short, without_references
from kehoach.dates.combine import length_agrees, school_weeks_agree
from kehoach.dates.commemorated import names_its_day
from kehoach.dates.ensured import ensured_cut
from kehoach.dates.grammar import (
    CLAUSE_AFTER_CADENCE,
    CLAUSE_AFTER_DAY,
    DAYS_OFF,
    DUE_WORD,
    EXCEPTION,
    FOR_NEXT_YEAR,
    GLOSS_LINE,
    HOLIDAY_SHIFT,
    LABEL_AFTER,
    RULE_FIRST,
    TOLD_DONE,
    Refusal,
    Source,
    Unreadable,
    show,
)
from kehoach.dates.header import in_force_reading, in_force_step
from kehoach.dates.label import (
    END_MARK,
    EVENT_IN_STEP,
    GROWTH_TIME,
    NUMBERED_AREA,
    NUMBERED_TEAM,
    label_years,
    read_label,
    read_named_numbers,
    read_step,
    read_trailing,
    refuse_another_time,
    refuse_step_held_after,
    refuse_step_not_due,
    refuse_step_years,
    work_span_last,
)
from kehoach.dates.news import past_told
from kehoach.dates.occasions import refuse_held_after_a_year
from kehoach.dates.provinceafter import names_its_province
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader
from kehoach.dates.spanclause import refuse_clause_undone
from kehoach.dates.unreadpart import closes_a_span

# A frame opening the sentence, closed by its comma, right before the day of a schedule line
# or a press line: "Theo đó, ngày 5/6, Thường trực HĐND huyện sẽ Ban hành kế hoạch tổ chức kỳ
# họp …" (HĐND huyện Đô Lương, Nghệ An, 2019; zt-doluong, refused before tune-zt), "Theo kế
# hoạch, ngày 5/6, …", "Theo dự kiến, sáng ngày 5/6, …": "accordingly", "as planned" link the
# sentence to the one before, as in a label (`label._NARRATIVE_FRAME`), and name no time.
# Only with the comma: "theo kế hoạch ngày 12/11" may be the plan of that day
_FRAME_BEFORE_DAY = re.compile(
    r"\s*theo\s+(?:do|du\s+kien|ke\s+hoach)\s*,\s*"
    r"(?=(?:(?:sang|chieu|trua|toi)\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d/.-]|\s*[-–]))",
    re.ASCII,
)


def _unframed(source: Source) -> Source:
    """`source` with a frame before its opening day blanked (`_FRAME_BEFORE_DAY`). Never
    "Theo kế hoạch ban đầu, …" (the old time, convention 2); a thing told done after the
    frame ("…, ngày 28/4 đã công bố …") is news, and stays refused."""
    frame = _FRAME_BEFORE_DAY.match(source.prepared)
    if frame is None or past_told(source.original(frame.end(), len(source.prepared))):
        return source
    return source.blank(*frame.span())


def label_after(source: Source, asides: Asides) -> tuple[Source, str | None, Asides]:
    """ "Ngày 28/1: Công bố ngày bầu cử": a schedule line, the step after the colon. The
    step holds no number and no word of time, unless it is a gloss of the date
    ("Ngày 04/01/2026: Chậm nhất 70 ngày trước bầu cử"). A frame before the day
    (`_FRAME_BEFORE_DAY`) is left out."""
    framed, source = source, _unframed(source)
    line = LABEL_AFTER.match(source.prepared)
    if line is None:
        return framed, None, asides
    which = next(name for name in ("date", "date2", "date3", "date4") if line[name])
    rest_at = line.start(which.replace("date", "rest"))
    rest = source.part(rest_at, len(source.prepared))
    words = " ".join(rest.original(0, len(rest.prepared)).replace("*", " ").split())
    words = words.strip(" .;:")
    date_part = source.part(0, line.end(which))
    if GLOSS_LINE.fullmatch(rest.prepared.strip(" .;:")):
        if asides.gloss is not None:
            raise Unreadable("hai chú thích cho một ngày")
        return date_part, None, asides._replace(gloss=words)
    if in_force_step(words):  # "27/03/2009 Văn bản có hiệu lực 03/2009/TT-BCT": a start
        return date_part, words, asides
    named = work_span_last(rest.prepared)  # "…, giai đoạn 2016 - 2020": the work's name
    try:
        unnamed = rest.blank(*named.span()) if named else rest
        label = read_label(unnamed, len(unnamed.prepared), EVENT_IN_STEP)
    except Unreadable as error:
        if (
            ":" in source.prepared[line.end(which) : rest_at]
            or error.kind is not Refusal.NOT_A_STEP
        ):
            raise  # "ngày 15/8 âm lịch": say why, not only that nothing was read
        return framed, None, asides  # no colon: maybe not a schedule line at all
    if label.text is not None:
        refuse_called_off_after(label.text)
        refuse_another_time(label.text)  # "Ngày 18/3 Hiệp thương lần 2, năm tới"
        between = source.prepared[line.end(which) : rest_at]
        if _SPAN_OPENS.fullmatch(date_part.prepared) and not between.strip():
            refuse_pause_opening(label.text)  # "ngày 10-15/12 cấm xuống giống"
    if named:  # the span stays in the step, whose days `refuse_step_years` checks against it
        done = TOLD_DONE.search(words)  # "Ngày D: đã hết hạn …, năm …": no cause to read it
        return (framed, None, asides) if label.text is None or done else (date_part, words, asides)
    return date_part, label.text, asides


def clause_after_day(source: Source) -> tuple[Source, str] | None:
    """ "Chậm nhất ngày 2/5, tổ bầu cử niêm yết danh sách chính thức những người ứng cử …"
    (Báo Vĩnh Long, 2016): the day that opens the phrase with its keyword, and who does
    what after its comma, as printed (`CLAUSE_AFTER_DAY`), with the exception that may
    close it (`_EXCEPTION_LAST`); None when the clause or the exception holds a number or a
    word of time (`read_step`), which could move the day. The caller checks that the day
    alone reads as one dated deadline."""
    unexcepted, exception = _exception_apart(source)
    clause = CLAUSE_AFTER_DAY.fullmatch(unexcepted.prepared)
    if clause is None:
        return None
    try:
        step = read_step(unexcepted, *clause.span("clause"))
    except Unreadable:
        return None
    words = step if exception is None else f"{step}, {exception}"
    return source.part(0, clause.end("rule")), words


# The exception closing a rule whose day opens it, after the step's comma: "8. Trước ngày 31
# tháng 12, các bộ, cơ quan ngang bộ, … phải hoàn thành việc giao dự toán ngân sách cho từng cơ
# quan, đơn vị trực thuộc và Ủy ban nhân dân cấp dưới, trừ trường hợp quy định tại Điều 47 Luật
# này" (Luật Ngân sách nhà nước 2015, Điều 49, as 123docz prints it; y-123docz-luat-nsnn-thoi-
# gian-quyet-dinh-du-toan): the cases the law sets apart keep their own rule, and the day stands
# for every other, as an exception right after the day leaves it ("gửi hồ sơ trước ngày 25
# tháng 12 hàng năm, trừ trường hợp Thanh tra Chính phủ có hướng dẫn khác", `EXCEPTION`)
_EXCEPTION_LAST = re.compile(
    r"\s*,\s*(?P<exception>tru\s+(?:truong\s+hop|khi)\s+(?P<case>[a-z][^;:]*?))[ .;:]*\Z",
    re.ASCII,
)


def _exception_apart(source: Source) -> tuple[Source, str | None]:
    """`source` with the exception closing it blanked (`_EXCEPTION_LAST`), and the exception
    as printed; `source` and None when there is none, or when the case it sets apart holds a
    word of time or a number that names no article (`read_step`: "trừ trường hợp kéo dài sang
    năm sau", "… được gia hạn đến ngày 15/1" could move the day)."""
    found = _EXCEPTION_LAST.search(source.prepared)
    if found is None:
        return source, None
    try:
        read_step(source, *found.span("case"))
    except Unreadable:
        return source, None
    return source.blank(*found.span()), source.said(*found.span("exception"))


# A press line that opens with the day an event is held, then who holds what after its
# comma: "Ngày 1/8, UBND tỉnh Lâm Đồng tổ chức Hội nghị trực tuyến toàn tỉnh đánh giá tình
# hình kinh tế - xã hội, an ninh - quốc phòng tháng 7, triển khai nhiệm vụ trọng tâm tháng
# 8/2025" (Báo Lâm Đồng, 2025), "Chiều 9/2, Ban Chỉ đạo … tổ chức Hội nghị tổng kết công tác
# PCCC&CNCH năm 2025, triển khai nhiệm vụ năm 2026" (Báo Phú Thọ, 2026), "Sáng mai, 15-11, tại
# Nhà Quốc hội, Hội đồng Bầu cử quốc gia tổ chức hội nghị … nhiệm kỳ 2026 - 2031" (SGGP,
# 2025): the event is held that day; the months, years and terms after it name what the
# event is about (a meeting on July's results and August's tasks), never a second time.
_EVENT_DAY_FIRST = re.compile(
    # ... the hour before the day: "Đúng 8h ngày 26/2, tại 27 huyện, thị xã, thành phố của tỉnh
    # Thanh Hóa đồng loạt tổ chức lễ giao, nhận quân năm 2024." (Tiền Phong, 2024: zg-
    # tienphong-thanh-hoa-giao-nhan-quan-2024), read with the day as its time
    # (the hour itself is blanked before, as the day's time: `asides`)
    r"(?P<rule>\s*(?:(?P<sharp>dung)\s+(?=(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{2}(?:\s*phut)?)?\s+)?ngay\s))?"
    r"(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{2}(?:\s*phut)?)?\s+(?=ngay\s))?"
    r"(?:(?:sang|chieu|trua|toi)\s+(?:ngay\s+)?(?:(?:nay|mai)\s*,?\s*)?|ngay\s+)"
    # the day glossing "nay" in parentheses: "Chiều nay (25/3), Hội đồng thi đua khen thưởng
    # tỉnh Quảng Trị tổ chức họp …" (Quảng Trị TV, 2025)
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"|(?<=nay )\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)))"
    r"\s*,\s*(?P<clause>[a-z][^;:]*?)[ .]*\Z",
    re.ASCII,
)
# ... the clause holding an event: held, opened, launched (a past one, "đã tổ chức", is
# refused apart, `refusals.refuse_told_as_done`)
# ... or chaired: "Chiều 19/6, đồng chí …, Phó Chủ tịch UBND tỉnh, … chủ trì hội nghị nghe báo
# cáo dự thảo phương án diễn tập …" (Báo Thanh Hóa, 2025; zg-baothanhhoa-chuan-bi-dien-tap-
# pctt-ven-bien-2025)
# ... or a decision announced to those it concerns, an act of that one day: "Ngày 6-3, đoàn
# kiểm tra số 26 … công bố quyết định kiểm tra, giám sát năm 2026 đối với Ban Thường vụ Tỉnh
# ủy Đắk Lắk" (Pháp Luật TP.HCM, 2026; zk-plo-kiem-tra-giam-sat-btv-tinh-uy-dak-lak-2026), as
# "tổ chức hội nghị công bố quyết định …" is
_HOLDS_AN_EVENT = re.compile(
    r"\b(?:to\s+chuc|khai\s+mac|khoi\s+dong|chu\s+tri\s+(?:hoi\s+nghi|cuoc\s+hop|buoi)"
    r"|thuc\s+hien\s+le|cong\s+bo\s+quyet\s+dinh)\b",
    re.ASCII,
)
# ... and only these numbers: a month or a year of the subject, a term or a period
_SUBJECT_PERIOD = re.compile(
    r"\b(?:thang\s+\d{1,2}(?:\s*[/-]\s*\d{4})?|nam\s+\d{4}"
    r"|(?:nhiem\s+ky|giai\s+doan|thoi\s+ky)\s+\d{4}\s*[-–]\s*\d{4})(?![\d/.-])",
    re.ASCII,
)
# ... and the numbered areas who hold it (`label.NUMBERED_AREA`): "Ban Chỉ huy phòng thủ khu vực
# 4 - Vĩnh Yên tổ chức hội nghị hiệp đồng …" (zg-baophutho-hiep-dong-le-giao-nhan-quan-vinh-yen-
# 2026): a name, no time
# ... and the team that holds it, by its number (`label.NUMBERED_TEAM`): "đoàn kiểm tra số 26
# của Bộ Chính trị, Ban Bí thư … công bố quyết định kiểm tra, giám sát năm 2026" (zk-plo-kiem-
# tra-giam-sat-btv-tinh-uy-dak-lak-2026)
_NAMED_AREA = re.compile(f"{NUMBERED_AREA}|{NUMBERED_TEAM}", re.ASCII)
# ... the places it is held in, counted ("tại 27 huyện, thị xã, thành phố", "tại 8 điểm giao
# nhận quân"), and the round or the edition it is, named with its year ("đợt 1 năm 2025": Quảng
# Trị TV, 2025; "Giải thưởng báo chí Huỳnh Thúc Kháng lần thứ II - năm 2026": Tiền Phong, 2025):
# what and where, never a time
_PLACES_COUNTED = re.compile(
    r"\btai\s+\d{1,3}\s+(?:huyen|xa|phuong|tinh|diem|dia\s+diem|thon|ban|ap)\b(?![/.-]\d)",
    re.ASCII,
)
_ROUND_OF_A_YEAR = re.compile(
    r"(?i)(?<!\w)(?:đợt\s+\d{1,2}|lần\s+thứ\s+[IVX]{1,4})\s*(?:[-–]\s*)?năm\s+\d{4}(?![\d/.-])"
)
_ROUND_OF_A_YEAR_FOLDED = re.compile(
    r"(?<![a-z])(?:dot\s+\d{1,2}|lan\s+thu\s+[ivx]{1,4})\s*(?:[-–]\s*)?nam\s+\d{4}(?![\d/.-])",
    re.ASCII,
)
# ... and no word that would set a time of its own ("…, yêu cầu hoàn thành trong tháng 9"),
# read with its diacritics: folded, "trọng tâm" would be "trong", "tổng" no matter
_OWN_TIME = re.compile(
    # "trong" before a time ("trong tháng 9", "trong năm"), not of a place or a work: "diễn tập
    # chiến đấu xã Yên Trung trong khu vực phòng thủ" (Báo Nghệ An, 2025), "những nội dung chính
    # trong triển khai thực hiện công tác tuyển, nhận công dân nhập ngũ" (Báo Phú Thọ, 2025)
    r"(?i)(?<!\w)(?:trước|sau|chậm\s+nhất|muộn\s+nhất|trễ\s+nhất|hạn|đến|tới|từ"
    r"|trong(?=\s+(?:tháng|năm|quý|tuần|ngày|thời|vòng|kỳ|dịp|đợt|khoảng|giai|hôm|buổi|\d))"
    r"|hoàn\s+thành|xong|kết\s+thúc|hằng|hàng|mỗi|tuần|quý|đợt|lần\s+thứ"
    # ... "định kỳ" but a round named by its month: "tổ chức tiếp công dân định kỳ tháng
    # 1/2026" (UBND phường Uông Bí, 2026), "Hội nghị giao ban định kỳ tháng 1-2026" (SGGP)
    r"|định\s+kỳ(?!\s+tháng\s+\d{1,2}\s*[/-]\s*\d{4}))(?!\w)"
)


def holds_an_event(words: str) -> bool:
    """Whether `words` (as printed) name an event held (`_HOLDS_AN_EVENT`)."""
    return _HOLDS_AN_EVENT.search(fold(words)) is not None


def event_day_first(source: Source) -> tuple[Source, str] | None:
    """The day a press line opens with and the event held then, as printed
    (`_EVENT_DAY_FIRST`), when the clause holds an event (`_HOLDS_AN_EVENT`), no number but
    the months, years and terms of its subject (`_SUBJECT_PERIOD`) and no word that sets a
    time of its own (`_OWN_TIME`); else None. The caller checks that the day alone reads as
    one date."""
    source = _unframed(source)  # "Theo đó, ngày 5/6, …"
    line = _EVENT_DAY_FIRST.fullmatch(source.prepared)
    if line is None:
        return None
    clause = _PLACES_COUNTED.sub(" ", line["clause"])
    said = source.original(*line.span("clause"))
    if not _HOLDS_AN_EVENT.search(clause) or _OWN_TIME.search(_ROUND_OF_A_YEAR.sub(" ", said)):
        return None
    unnamed = _SUBJECT_PERIOD.sub(
        " ", _NAMED_AREA.sub(" ", _ROUND_OF_A_YEAR_FOLDED.sub(" ", clause))
    )
    if any(char.isdigit() for char in unnamed):
        return None
    rule = source.part(0, line.end("rule"))
    if line["sharp"]:  # "Đúng 8h" (at 8 sharp): the hour is the same
        rule = rule.blank(*line.span("sharp"))
    return rule, " ".join(said.split()).strip(" .,")


# "…, trong giờ hành chính, nếu trùng vào ngày nghỉ …": office hours of the day, no hour
_OFFICE_HOURS = re.compile(r"trong\s+gio\s+hanh\s+chinh\s*,\s*", re.ASCII)


# "Tổ chức mỗi tháng 01 ngày, vào ngày 20 hàng tháng, nếu …" (Sở TT&TT Lâm Đồng, lịch tiếp
# công dân 2020): one day a month, then that one day of the month; the count agrees with the
# rule it comes before, and says nothing more (`once_a_month_said_first`)
_ONCE_A_MONTH_FIRST = re.compile(
    r"[\s\-–•+*]*(?:to\s+chuc\s+)?moi\s+thang\s+(?:01|1|mot)\s+ngay\s*,\s*"
    r"(?=(?:dinh\s+ky\s+)?(?:vao\s+)?ngay\s+\d{1,2}\s*,?\s+(?:hang|moi)\s+thang\b)",
    re.ASCII,
)
# ... or as "01 ngày/tháng" after "định kỳ", mid-sentence: "Chủ tịch Ủy ban nhân dân tỉnh tổ
# chức đối thoại tiếp công dân định kỳ 01 ngày/tháng vào 15 hàng tháng tại Trụ sở …" (UBND
# tỉnh Bình Định, lịch tiếp công dân): the same one day, then its day of the month
_ONCE_A_MONTH_SAID = re.compile(
    r"(?<=dinh\sky\s)(?:01|1|mot)\s+ngay\s*/\s*(?:(?:01|1|mot)\s+)?thang\s+"
    r"(?=vao\s+(?:ngay\s+)?\d{1,2}\s*,?\s+(?:hang|moi)\s+thang\b)",
    re.ASCII,
)
# The place a rule's day is held at, words only, or with its address after a comma: "tại Trụ
# sở tiếp công dân tỉnh, số nhà 28 đường Nguyễn Trãi, thành phố Quy Nhơn" (UBND tỉnh Bình
# Định): a number only as a house number, after "số (nhà)" and before its street
_PLACE = r"tai\s+[a-z ]+?(?:\s*,\s*(?:so\s+(?:nha\s+)?\d{1,4}[a-z]?\s+(?:duong|pho)\s+)?[a-z ]+?)*"
# "… vào ngày 15 hàng tháng tại địa điểm tiếp công dân của Sở Nội vụ, nếu ngày tiếp công dân …
# trùng vào các ngày nghỉ … thì tổ chức vào ngày làm việc tiếp theo" (Sở Nội vụ Ninh Thuận,
# 2018): the place the rule's day is held at, between the rule and its day-off clause
_PLACE_BEFORE_SHIFT = re.compile(
    rf"(?P<rule>.*\b(?:hang|moi)\s+(?:thang|tuan))\s+{_PLACE}\s*,\s*(?P<clause>neu\s.*?)"
    r"[ .;:]*\Z",
    re.ASCII,
)


# "Đối với báo cáo quý: thời hạn gửi báo cáo trong vòng 20 ngày kể từ ngày kết thúc quý" (UBND
# TP.HCM, QĐ 1872/2019: zm-congbao-hcm-qd-1872-2019): the report's period as a heading, then a
# count from the end of that same period; the heading says nothing more (`report_head_of_count`)
_REPORT_HEAD_OF_COUNT = re.compile(
    r"[\s\-–•+*]*(?:doi\s+voi\s+)?bao\s+cao\s+(?P<period>thang|quy|nam)\s*:\s*"
    r"(?=.*\bke\s+tu\s+ngay\s+ket\s+thuc\s+(?P=period)\s*[.;]?\s*\Z)",
    re.ASCII,
)


def report_head_of_count(source: Source) -> Source:
    """`source` with a report's heading blanked before a count from the end of its own
    period (`_REPORT_HEAD_OF_COUNT`)."""
    head = _REPORT_HEAD_OF_COUNT.match(source.prepared)
    return source.blank(0, head.end()) if head else source


def once_a_month_said_first(source: Source) -> Source:
    """`source` with "(Tổ chức) mỗi tháng 01 ngày," blanked before the one day of each month
    it announces (`_ONCE_A_MONTH_FIRST`), or "01 ngày/tháng" after "định kỳ" before it
    (`_ONCE_A_MONTH_SAID`)."""
    said = _ONCE_A_MONTH_FIRST.match(source.prepared)
    if said is None:
        said = _ONCE_A_MONTH_SAID.search(source.prepared)
        return source.blank(*said.span()) if said else source
    return source.blank(0, said.end())


# ... or before the clause in parentheses, which the asides took: "Chủ tịch UBND xã Tây Sơn
# trực tiếp tiếp công dân định kỳ vào thứ 5 hàng tuần tại Phòng tiếp công dân của UBND xã (nếu
# ngày tiếp công dân định kỳ trùng vào ngày Lễ, Tết thì sẽ tiếp vào ngày làm việc kế tiếp theo)"
# (UBND xã Tây Sơn, Gia Lai, 2025): the place, words only, then nothing but the clause
_PLACE_BEFORE_ITS_SHIFT = re.compile(
    rf"(?P<rule>.*\b(?:hang|moi)\s+(?:thang|tuan))\s+{_PLACE}[ .;:]*\Z", re.ASCII
)


def shift_after_cadence(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "tiếp công dân vào ngày 15 hàng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm
    việc tiếp theo": the clause after the cadence's comma that moves a day off
    (`grammar.HOLIDAY_SHIFT`), kept as `Asides.shift` and cut off; the engine checks it
    stands beside a recurring day of the month. A place between the cadence and a clause in
    parentheses (`_PLACE_BEFORE_ITS_SHIFT`) is cut off with it."""
    if asides.shift is not None:
        place = _PLACE_BEFORE_ITS_SHIFT.fullmatch(source.prepared)
        return (source.part(0, place.end("rule")) if place else source), asides
    clause = CLAUSE_AFTER_CADENCE.fullmatch(source.prepared)
    if clause is None:
        clause = _PLACE_BEFORE_SHIFT.fullmatch(source.prepared)
    if clause is None:
        return source, asides
    hours = _OFFICE_HOURS.match(clause["clause"])
    if not HOLIDAY_SHIFT.fullmatch(clause["clause"], hours.end() if hours else 0):
        return source, asides
    words = source.said(clause.start("clause"), clause.end("clause"))
    return source.part(0, clause.end("rule")), asides._replace(shift=words)


_DAYS_OFF_ONLY = re.compile(rf"\s*{DAYS_OFF}[ .;:]*", re.ASCII)


def clause_after_cadence(source: Source, asides: Asides) -> tuple[Source, str | None, Asides]:
    """ "Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …" (Luật
    Thanh tra 2022, Điều 44): the words after the rule's comma are its step, as printed; "…,
    trừ trường hợp … có hướng dẫn khác": an exception, kept as the gloss. Left in place
    (and so refused) when the clause holds a number or a word of time (`read_step`), which
    could move the day: only "của năm sau" (the year the work is for) is spared."""
    if apart := _hour_kept_apart(source, asides):
        return apart
    return _step_after_cadence(source, asides)


def _step_after_cadence(source: Source, asides: Asides) -> tuple[Source, str | None, Asides]:
    """`clause_after_cadence` for a clause that is a step or an exception, or a step and the
    exception that closes it (`_exception_apart`)."""
    unchanged = source, None, asides
    clause = CLAUSE_AFTER_CADENCE.fullmatch(source.prepared)
    tail = None
    if clause is not None and not EXCEPTION.match(clause["clause"]):  # a step first
        source, tail = _exception_apart(source)
        clause = CLAUSE_AFTER_CADENCE.fullmatch(source.prepared)
    # the quarter's figures' own days (`_quarter_period_spared`) are no such numbers
    said = clause and _quarter_period_spared(
        clause["rule"], source.original(*clause.span("clause"))
    )
    if clause is None or not said or not _numbers_named(said):
        return unchanged
    rule = _unbracketed(source.part(0, clause.end("rule")))
    exception = EXCEPTION.match(clause["clause"])
    # words before the rule name it, not the clause; "Hằng năm, sau khi tổng kết, …": a
    # condition with no day of the rule to wait for it
    waits = exception is not None and exception[0].startswith("sau")
    source_named = _RULE_SOURCE_FIRST.match(clause["rule"])
    rule_at = source_named.end() if source_named else 0
    first = RULE_FIRST.match(clause["rule"], rule_at)
    if (exception is None and not first) or (waits and not re.search(r"\d", clause["rule"])):
        return unchanged
    if first and first["periodic"]:  # "Định kỳ, trước ngày 29 của tháng cuối Quý, …": the
        rule = rule.blank(*first.span("periodic"))  # rule's own word, its cadence after it
    if source_named and exception is None:  # the source names no step: the words after do
        rule = rule.blank(0, rule_at)
    start = clause.start("clause") + (exception.end() if exception else 0)
    words = source.said(clause.start("clause"), clause.end("clause"))
    checked = source.original(start, clause.end("clause"))
    if exception is None or not exception[0].startswith("truoc"):  # "trước khi kết thúc năm
        checked = FOR_NEXT_YEAR.sub(" ", checked)  # sau": the step's own time, never spared
        checked = _last_period_spared(clause["rule"], checked)
    if _DAYS_OFF_ONLY.fullmatch(fold(checked)):  # "…, không kể ngày nghỉ lễ": no step to read
        checked = ""
    if exception is None:  # "Trước ngày 5 hằng tháng, không phải báo cáo …" (fama53's report:
        refuse_step_not_due(checked)  # read as due each month), as after a one-off day
    try:
        step = Source.of(checked, fold(checked))
        read_step(step, 0, len(step.prepared))
    except Unreadable:
        return unchanged
    if exception is None:
        return rule, words if tail is None else f"{words}, {tail}", asides
    if asides.gloss is not None:
        return unchanged
    return rule, None, asides._replace(gloss=words)


# The period a monthly or quarterly duty reports on, closing its step: "Định kỳ từ ngày 1 đến
# ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập nhật kết quả giải quyết
# nguyện vọng cử tri trên mạng của tháng trước" (Sở GTVT TP.HCM, as Người Lao Động prints it;
# i-2-nld-so-gtcc-tphcm-cap-nhat-nguyen-vong-cu-tri): the results are last month's, the day is
# the rule's; as "của năm sau" (`FOR_NEXT_YEAR`) names the year the work is for. Only "của"
# before it, at the clause's end, and the period the rule's own cadence ("hằng tháng" for "tháng
# trước", "hằng quý" for "quý trước"): "…, nộp vào tháng trước", "hằng năm, … của tháng trước"
# keep their words of time, and are refused; so is a step put as a condition or an exception
# ("nếu …", "trừ …"; one denied or told done is `refuse_step_not_due`'s). The lead's ruling
# 53(b): the words name the results, not a time of the duty
_LAST_PERIOD = re.compile(r"(?i)\s+của\s+(?P<period>tháng|quý)\s+trước\s*$")
_RULE_PERIOD = {"tháng": "thang", "quý": "quy"}
_NOT_TO_DO = re.compile(r"(?i)(?<!\w)(?:nếu|trừ)(?!\w)")


# ... and the same said in a closing parenthesis, the month counted, then "nếu có" (if any)
# closing the step before it: "Trước ngày 03 hàng tháng, người sử dụng lao động phải gửi Thông
# báo về tình hình biến động lao động … tại đơn vị nếu có (tính theo tháng dương lịch của tháng
# liền trước thời điểm thông báo)." (Nghị định 145/2020/NĐ-CP's monthly notice, as Pháp luật
# doanh nghiệp prints it; m-phapluatdoanhnghiep-lich-nop-bao-cao-thang-12-2025): the changes
# notified are last month's, if there are any; the rule's day stands. Only right before the
# parenthesis of the period, and only "nếu có" bare: "nếu có yêu cầu", "nếu có
# thay đổi …" keep their words, and are refused
_LAST_PERIOD_NOTE = re.compile(
    r"(?i)(?P<any>\s+nếu\s+có)?\s*\(\s*tính\s+theo\s+(?P<period>tháng|quý)(?:\s+dương\s+lịch)?"
    r"\s+của\s+(?P=period)\s+(?:liền\s+)?trước(?:\s+(?:thời\s+điểm|ngày)\s+[^\W\d_][^\d()]*?)?"
    r"\s*\)\s*[.;]?\s*$"
)


def _due_each(rule: str, period: str) -> bool:
    """Whether `rule` (folded) is due each `period` ("tháng" or "quý", as printed): "hằng
    tháng", "mỗi quý"; the period a step's results are of is then the rule's own."""
    return re.search(rf"\b(?:hang|moi)\s+{_RULE_PERIOD[period.lower()]}\b", rule) is not None


def _last_period_spared(rule: str, checked: str) -> str:
    """`checked` (the step after a rule's comma, as printed) with "của tháng trước" (or "của
    quý trước") at its end blanked when `rule` (folded) is due each such period; the same
    said in a closing parenthesis (`_LAST_PERIOD_NOTE`), with "nếu có" before it."""
    checked = _quarter_period_spared(rule, _period_note_spared(rule, checked))
    last = _LAST_PERIOD.search(checked)
    if last is None or _NOT_TO_DO.search(checked):
        return checked
    if not _due_each(rule, last["period"]):
        return checked
    return checked[: last.start()] + " " * len(last.group())


# The rule's source named before it, closed by its comma: "Căn cứ pháp lý trên quy định, trước
# ngày 10/01 hàng năm, doanh nghiệp cần phải gửi báo cáo về công tác ATVSLĐ" (a consultancy's
# page on Thông tư 07/2016/TT-BLĐTBXH), "Theo quy định, …": it says no time, and the rule
# still opens its sentence, its step after it
_RULE_SOURCE_FIRST = re.compile(
    r"\s*(?:theo\s+quy\s+dinh|(?:can\s+cu\s+phap\s+ly\s+(?:tren|nay)|(?:phap\s+)?luat"
    r"|(?:nghi\s+dinh|thong\s+tu)(?:\s+nay)?)\s+quy\s+dinh)\s*,\s*",
    re.ASCII,
)
# "2. Chi bộ ấp, khu vực và các loại hình chi bộ khác tổ chức sinh hoạt trong cùng ngày 01
# hàng tháng, nhưng không trùng với thời gian buổi sáng sinh hoạt của các chi bộ được nêu tại
# Mục 1" (Hậu Giang's rule on party cells' meetings, as its Sở Tư pháp prints it): the hour
# kept apart from other groups' on the same day; "… giữ gìn vệ sinh môi trường trên địa bàn
# vào sáng thứ 7 hàng tuần, thời gian bắt đầu từ 7h" (UBND phường Cự Khối, Long Biên, 2020):
# the hour the work starts on its day. Either moves no day, and is kept as the gloss
_APART_FROM_OTHERS = re.compile(
    r"nhung\s+khong\s+trung\s+(?:voi|vao)\s+(?:thoi\s+gian|gio|buoi)\b[a-z ,]*?"
    r"(?:\s+(?:tai|o)\s+(?:muc|khoan|diem)\s+\d{1,2})?",
    re.ASCII,
)
# ... the start's hour taken already, as `Asides.start_time` ("bắt đầu lúc 07:00"): the words
# left of the clause say nothing more
_START_HOUR_TAKEN = re.compile(r"thoi\s+gian\s+bat\s+dau(?:\s+tu)?(?:\s+luc)?", re.ASCII)
# ... only after one day of each month or one weekday of each week
_ONE_DAY_EACH = re.compile(
    r"\b(?:ngay\s+\d{1,2}|thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s+"
    r"(?:hang|moi)\s+(?:thang|tuan)\Z",
    re.ASCII,
)


def _hour_kept_apart(source: Source, asides: Asides) -> tuple[Source, None, Asides] | None:
    """The rule without a clause that keeps its hour apart from other groups' on the same
    day (`_APART_FROM_OTHERS`), the clause kept as the gloss, or that says the hour it
    starts, already kept (`_START_HOUR_TAKEN`); None for any other clause."""
    clause = CLAUSE_AFTER_CADENCE.fullmatch(source.prepared)
    if clause is None or asides.gloss is not None:
        return None
    started = asides.start_time is not None and _START_HOUR_TAKEN.fullmatch(clause["clause"])
    if not (started or _APART_FROM_OTHERS.fullmatch(clause["clause"])):
        return None
    if not _ONE_DAY_EACH.search(clause["rule"]):
        return None
    words = None if started else source.said(clause.start("clause"), clause.end("clause"))
    return source.part(0, clause.end("rule")), None, asides._replace(gloss=words)


def _unbracketed(rule: Source) -> Source:
    """`rule` with the parentheses around its day read as blanks: "Định kỳ hằng năm (trước
    ngày 05 tháng 12)" reads as "Định kỳ hằng năm, trước ngày 05 tháng 12" (the cadence, then
    its day; `CLAUSE_AFTER_CADENCE` lets no other words in them)."""
    for at, mark in enumerate(rule.prepared):
        if mark in "()":
            rule = rule.blank(at, at + 1)
    return rule


def _numbers_named(clause: str) -> bool:
    """Whether every number of `clause` names a thing or a cited text ("theo mẫu tại Phụ lục
    2 kèm theo … Thông tư số 07/2019/TT-BKHĐT ngày 08/4/2019", Thông tư 01/2020/TT-BKHĐT):
    a form, an annex, a document and its signing day, never a time or a year of the rule."""
    try:
        read_named_numbers(fold(clause))
    except Unreadable:
        return False
    return not label_years(fold(clause))  # "… báo cáo của năm 2025": which year's rule?


# A text's article on its effect (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Điều … Hiệu lực thi
# hành"), then the texts it replaces or repeals, or where it was published: "Quyết định này
# có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2024 và thay thế Quyết định số
# 17/2016/QĐ-UBND ngày 25 tháng 02 năm 2016 của Ủy ban nhân dân tỉnh" (UBND Thừa Thiên Huế,
# QĐ 64/2024), "… kể từ ngày 04 /01 /2018 và bãi bỏ Quyết định số 03/QĐ-UBND …" (Gia Lai),
# "Thông tư có hiệu lực thi hành kể từ ngày 10/5/2021 và đã được đăng tải trên Công báo …"
# (s-phuloc-hue-tt-02-2021); matched folded, so the phrase typed without its diacritics reads
# as the accented one does
# ... and after a comma alone, "và" left out: "Điều 3. Quyết định này có hiệu lực thi hành từ
# ngày 01 tháng 12 năm 2016, thay thế Quyết định số 803/QĐ-TTg ngày 28 tháng 6 năm 2012 của Thủ
# tướng Chính phủ …" (QĐ 43/2016/QĐ-TTg; zp-, refused before tune-zp)
# ... or where it applies: "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong
# công tác tuyển sinh trình độ cao đẳng" (Trường Cao đẳng …, QĐ 34/2018, zt- of the corpus):
# the work it rules, no time (a time there, "và áp dụng từ năm học 2026-2027", is refused:
# `_APPLIED_WHEN`)
# ... or, in a consolidated text's list of what it merges, what became of it: "Quyết định số
# 01/2022/QĐ-KTNN ngày 18 tháng 3 năm 2022 … có hiệu lực kể từ ngày 02 tháng 5 năm 2022, được
# sửa đổi, bổ sung và bãi bỏ bởi" (Kiểm toán nhà nước, VBHN 03/2024; Pháp lệnh 01/2012/UBTVQH13,
# Điều 5: a consolidated text names each text it merges, its effect day and the texts amending
# it), the amending texts named on the next line
_IN_FORCE_THEN = re.compile(
    r"(?P<head>.*\bhieu\s+luc\b.*?)\s*,?\s+(?P<tail>(?:va\s+|(?<=,\s))(?:thay\s+the|bai\s+bo"
    r"|da\s+duoc\s+dang(?:\s+tai)?|(?<=va\s)ap\s+dung|(?<=,\s)duoc\s+sua\s+doi,?)\s.*)\Z",
    re.DOTALL | re.ASCII,
)
# a time said of where it applies: from, until, before, after, a term, a round, a year
_APPLIED_WHEN = re.compile(
    r"\bap\s+dung\b.*\b(?:tu|den|toi|truoc|sau|khi|ky|dot|nam|thang|quy|tuan|ngay)\b",
    re.ASCII,
)


# A time said in words after the texts replaced: "… và thay thế Quyết định số … chậm nhất
# cuối tháng sau" holds a deadline of its own, which a gloss would hide
_TIME_IN_WORDS = re.compile(
    r"\b(?:(?:cuoi|dau|giua)\s+(?:thang|quy|nam|tuan)|(?:thang|quy|nam|tuan)\s+(?:sau|toi))\b",
    re.ASCII,
)


def in_force_then_replaced(
    text: str, context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """ "… có hiệu lực thi hành kể từ ngày D và thay thế Quyết định số … ngày …": the start
    bound of the effect clause, the texts it replaces or repeals kept as its gloss. The words
    after "và" hold no number but the cited texts' numbers and signing dates
    (`citations.without_references`); None when the head reads as no start bound alone.
    Words of a time after "và" ("chậm nhất cuối tháng sau": `refusals.DUE_WORD`,
    `_TIME_IN_WORDS`) raise `Unreadable`: a deadline there is no gloss."""
    said = _IN_FORCE_THEN.match(fold(text).lower())  # one character for one
    tail = without_references(text.lower()[said.start("tail") :]) if said else ""
    if said is None or any(char.isdigit() for char in tail):
        return None
    try:
        (one,) = parse(text[: said.end("head")], context)
    except (Unreadable, ValueError):
        return None
    if one.kind is not DeadlineKind.ONGOING or one.earliest is None:
        return None
    folded = fold(tail)  # one character for one: the offsets point into `tail`
    if _APPLIED_WHEN.search(folded.lower()):
        return None
    if time := DUE_WORD.search(folded) or _TIME_IN_WORDS.search(folded):
        words = " ".join(tail[time.start() :].split()).rstrip(" ./")
        raise Unreadable(
            f"sau hiệu lực và văn bản được thay thế còn một thời hạn (“{words}”), không phải "
            "lời chú thích; ghi mỗi thời hạn thành một mốc, hoặc ghi last_day"
        )
    words = " ".join(text[said.start("tail") :].split()).rstrip(" ./")
    # the text taking effect named before its clause keeps its note: "Quyết định số … ngày …
    # của … ban hành …, có hiệu lực kể từ ngày …, được sửa đổi …" (VBHN 03/2024)
    return (replace(one, phrase=text, gloss=f"{one.gloss}; {words}" if one.gloss else words),)


# where the time part may end: after a number, before a comma, a parenthesis, an ellipsis,
# a closing quote, a dash (never inside "15/11/2021" or "31.12"); before a blank only after
# a year ("30/11/2025 tỉnh …"): "từ ngày 1 đến 10-6 tuổi" counts years of age, not June
# … and before "trên phạm vi / địa bàn" (where: "diễn ra từ ngày 15-4 đến 15-5 trên phạm vi
# toàn quốc", Bộ Y tế 2024) or "tổ chức tại" ("Vòng Chung kết vào 20h00 ngày 9/12 tổ chức tại
# TP Hòa Bình", KH 175/2019), before "đối với" (for whom), and before "tại" (at: the place, "vào ngày 29/4 tại Trung tâm hành chính huyện", "(từ ngày
# 7 đến ngày 9/12) tại Hội trường 2/9"), after the closing parenthesis of a time part or
# of its gloss ("khai mạc vào ngày 03/02/2026 (16 tháng Chạp) tại khu di tích …"), or
# before a colon and a quoted title ("ngày 08 tháng 6 năm 2025 (Chủ nhật): “Phố biển vào hội”")
# or before a comma ("sẽ diễn ra trong ba ngày (từ ngày 18 - 20/12), với chủ đề “…”", Lai Châu)
_CUT = re.compile(
    r"\d(?=[,;:(…”\"]|\.(?!\s*\d)|\s*[–—-](?!\s*\d)|\s+tại\s|\s+trên\s+(?:phạm\s+vi|địa\s+bàn)\s"
    # ... and before "trên cơ sở" (on the basis of: "hoàn thành tiêm chủng mũi 1 … trước ngày
    # 15/9 trên cơ sở số vaccine được phân giao của Bộ Y tế", Báo Tin tức 2021; zr-baotintuc)
    r"|\s+trên\s+cơ\s+sở\s"
    # ... and before "là" (is) after the span it makes the subject of: "thời gian từ nay đến
    # ngày 1.7 là giai đoạn quan trọng để tỉnh Gia Lai rà soát, …" (Thanh Niên, 2025; zf-
    # thanhnien-gia-lai-hoi-nghi-bch-truoc-sap-nhap-2025)
    r"|\s+là\s"
    r"|\s+(?:(?:được\s+)?tổ\s+chức|diễn\s+ra)\s+tại\s"
    # ... and before "đối với" (for whom: "Năm học sẽ kết thúc trước ngày 31/5 đối với tất cả
    # các cơ sở giáo dục", Báo Sơn La 2021)
    r"|\s+đối\s+với\s"
    # ... and before "với" (with: the delegates, the sports, the discount an event has: "dự
    # kiến tổ chức vào các ngày 27, 28/11 với 336 đại biểu chính thức", Báo Phú Thọ 2025;
    # "diễn ra từ ngày 22-11 đến 15-12 với 8 môn thi đấu", SGGP 2025)
    r"|\s+với\s"
    # ... and before "gồm" (what the event holds: "Festival Huế 2018 diễn ra trong 6 ngày đêm,
    # từ ngày 27/4 đến 2/5 gồm 9 chương trình, lễ hội chính và 33 hoạt động hưởng ứng", VOV
    # 2018): its contents, checked as any words after a time are
    r"|\s+gồm\s"
    # ... and before the children it is for: "diễn ra từ ngày 19 đến ngày 30/12 dành cho trẻ từ
    # 6 - 36 tháng tuổi" (VTV8, 2022), whose ages `label._MONTHS_OF_AGE` reads as no time
    r"|\s+(?:dành\s+)?cho\s+(?:các\s+)?trẻ\s"
    # ... and before the anniversary the event marks: "Sự kiện sẽ được tổ chức vào ngày 19-12
    # nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến (19-12-1946 – 19-12-2025) …" (SGGP, 2025;
    # zj-sggp-khanh-thanh-khoi-cong-19-12-2025): the anniversary's own days are its name
    # (`label._ANNIVERSARY`, `occasions.anniversary_spans`), no second deadline
    r"|\s+nhân\s+kỷ\s+niệm\s"
    # ... and before "phải" (must), the step due by the day: "chậm nhất là ngày 15/12 phải xây
    # dựng lại 349 nhà bị sập đổ" (the Thủ tướng, 3/10/2025; a year written, "… 25.12.2017
    # phải báo cáo …", was cut after it already)
    r"|\s+phải\s"
    # ... and before how the event is held: "Buổi lễ khởi công, … sẽ được tổ chức vào ngày 19/12
    # theo hình thức trực tiếp kết hợp trực tuyến, kết nối qua cầu truyền hình" (Dân trí, 2025;
    # zj-dantri-sieu-ky-luc-khoi-cong-19-12-2025): the manner `label._HOW` reads, no time
    r"|\s+theo\s+(?:hình|phương)\s+thức\s"
    # ... and before the purpose, as after a parenthesis below: "Tháng hành động vì trẻ em năm
    # nay diễn ra từ ngày 1/6 đến 30/6 nhằm nâng cao nhận thức, trách nhiệm …" (Đại Lộc, Quảng
    # Nam 2023; zs-dailocrt-xa-dai-dong-thang-hanh-dong-vi-tre-em-2023)
    r"|\s+(?:để|nhằm)\s)"
    # ... or before a clause of purpose: "từ ngày 14/2 đến hết ngày 22/2 (tức từ ngày 27 tháng
    # Chạp đến hết mùng 6 Tết Bính Ngọ) để tổ chức thu gom …" (UBND TP.HCM, 2026)
    # ... or before a colon and the step of a stage named with its span: "Giai đoạn 1
    # (05/01/2026 - 31/3/2026): Triển khai đối với các cơ sở kinh doanh cá thể …" (UBND phường
    # Thạch Khê, Hà Tĩnh, Tổng điều tra kinh tế 2026)
    # ... or before the step itself, no colon: "Giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày
    # 31/8/2026) thu thập thông tin đối với doanh nghiệp" (Báo Đà Nẵng on QĐ 2837/QĐ-BTC, the
    # Tổng điều tra kinh tế 2026): the words after it are checked as any step after a time
    # is (`label.read_trailing`); never before "và", "hoặc" (a second time may follow), nor
    # before them typed bare or in capitals: "… 23/9/2018 (nhằm ngày 12,13,14 tháng 8 âm lịch)
    # va địa điểm tổ chức tại …" (y-tay-ninh-hoa-thanh-le-hoi-am-thuc-chay-2019, "và" typed
    # bare, or the whole in capitals) was cut there and read (harden25's hunt)
    r"|\)(?=\s+tại\s|\s*:\s*“|\s*:\s+[^\W\d_]|\s*,\s|\s+(?:để|nhằm)\s"
    r"|\s+(?!(?i:và|va|hoặc|hoac|hay|rồi|roi|sau|trước|truoc|đến|den|tới|toi|từ|tu)(?!\w))"
    r"[^\W\d_])"
    r"|(?<!\d)\d{4}(?=\s)"
    # ... or after a day said from the writing, "tới (đây)", before its comma: "ngày 27.11 tới
    # đây, tỉnh ta sẽ tổ chức Lễ kỷ niệm …" (Báo Hà Giang, 2021), "Tại cuộc bầu cử ngày 15/3
    # tới, các cử tri sẽ bỏ phiếu …" (VietNamNet, 2026): `later` reads the coming day
    r"|(?<=\d)\s+tới(?:\s+đây)?(?=\s*[,;])"
    # ... or after a month said as this one, "này" or "năm nay", before its comma: "Trong tháng
    # 10 này, các đoàn của phường Tân Định sẽ đến tận nhà chúc thọ các cụ 90 tuổi, 95 tuổi, 100
    # tuổi và trên 100 tuổi" (SGGP, 2025; zh-sggp-tan-dinh-thang-hanh-dong-nguoi-cao-tuoi-2025):
    # `periods` reads the month in the issue day's year, the words after it checked as any
    r"|(?<=\d)\s+(?:này|năm\s+nay)(?=\s*[,;])"
)
_CUTS = 8  # the last numbers only: a deadline phrase is short
# ... and after a span of days of one month that opens a calendar's line, its work after it
# with no comma: "Từ ngày 4-10/12 diệt chuột tập trung" (HTX Hòa Tiến 1's lịch thời vụ Đông
# Xuân 2017-2018). Only "Từ ngày" first and the month after "/": a dash or a dot before the
# month may count other things ("từ ngày 1 đến 10-6 tuổi", ages), and stays uncut
_OPENING_SPAN = re.compile(
    r"(?i)\s*từ\s+ngày\s+\d{1,2}\s*(?:[-–]|đến)\s*\d{1,2}\s*/\s*\d{1,2}(?=\s+[^\W\d_])"
    r"(?!\s+(?:tuổi|tuần|tháng|năm|ngày|giờ|phút)(?!\w))"  # a unit: the numbers count it
)
# ... and after a whole span of days written with "/" inside the sentence, "từ ngày D/M đến
# D/M", its work after it with no comma: "Theo kế hoạch, từ ngày 1/12 đến 7/12 các đại biểu
# sẽ tiếp xúc cử tri tại một số xã, phường, thị trấn …" (Báo Thái Nguyên, 2009; zt-
# baothainguyen), read as its comma form is. Only a span whose both ends write day and month
# with "/" (its end is a day, not a share: "4/9 tỉnh" stands alone), then a word that is no
# unit the numbers could count nor a cadence or a state told as of the day; the words after
# it are checked as any step after a time is (`label.read_trailing`), a pause among them
# refused (`calledoff.refuse_pause_after_span`)
# ... the two days joined by a dash as well, "từ" and "ngày" saying the span: "Chiến dịch sẽ
# diễn ra từ ngày 15/5 -19/5 xã, phường, thị trấn trong toàn tỉnh" (Hậu Giang's sanitation
# campaign of 2018, o-ytephunghiep-hau-giang-chien-dich-ve-sinh-2018), as "từ ngày 15/5 -19/5"
# alone reads
_SPAN_THEN_WORK = re.compile(
    r"(?i)(?<!\w)từ\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
    r"(?:\s+(?:đến|tới)\s+(?:hết\s+)?|\s*[–-]\s*)"
    r"(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?![\d/.-])(?=\s+[^\W\d_])"
    r"(?!\s+(?:tuổi|tuần|tháng|năm|ngày|giờ|phút|hằng|hàng|mỗi)(?!\w))"
    r"(?!\s+(?:chưa|đã|vẫn|mới|không)(?!\w))"
)
# ... and the same span with both days written with a dot, as the press prints them: "Trong
# khuôn khổ lễ hội, từ ngày 25.2 - 4.3 diễn ra triển lãm về Phật giáo Trúc Lâm Yên Tử"
# (Thanh Niên on the Yên Tử spring festival, 2026; x-thanhnien-phuong-yen-tu-khai-hoi-2026),
# read as "từ ngày 25.2 - 4.3, diễn ra …" is. A dotted pair may be a decimal ("1.5 triệu"), so
# only after "từ ngày", each pair a day of the month and a month (1-31 and 1-12), both ends
# dotted, and never before a unit or a count's word the numbers could measure
_DOTTED_DAY = r"(?:0?[1-9]|[12]\d|3[01])\s*\.\s*(?:0?[1-9]|1[0-2])(?:\s*\.\s*\d{4})?"
_DOTTED_SPAN_THEN_WORK = re.compile(
    rf"(?i)(?<!\w)từ\s+ngày\s+{_DOTTED_DAY}(?![\d/.])"
    r"(?:\s+(?:đến|tới)\s+(?:hết\s+)?|\s*[–-]\s*)"
    rf"(?:ngày\s+)?{_DOTTED_DAY}(?![\d/.-])(?=\s+[^\W\d_])"
    r"(?!\s+(?:tuổi|tuần|tháng|năm|ngày|giờ|phút|hằng|hàng|mỗi|triệu|tỷ|tỉ|nghìn|ngàn|lần)(?!\w))"
    r"(?!\s+(?:chưa|đã|vẫn|mới|không)(?!\w))"
)
# A line opening with its time ("Từ …", "Bắt đầu từ …") whose words follow the time with
# no mark between: a calendar's line, where a pause's days are no step (`refuse_pause_after_span`)
_FROM_FIRST = re.compile(r"(?i)\s*(?:bắt\s+đầu\s+)?(?:kể\s+)?từ\s+(?:ngày\s+)?\d")
_NO_MARK_NEXT = re.compile(r"\s+[^\W\d_]")
# ... or a span of days opening the line with no "từ": "ngày 10-15/12 cấm xuống giống" (c60's
# brief: read on main as the window to sow in, the days sowing is banned), a calendar's line
# as "Từ ngày 4-10/12 tạm dừng tiếp dân" is
_SPAN_OPENS = re.compile(
    r"\s*(?:trong\s+)?(?:cac\s+)?ngay\s+\d{1,2}\s*(?:[-–]|den|toi)\s*(?:ngay\s+)?\d{1,2}\s*"
    r"[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*"
)
# A day written with its month in the time part, "16-12-2018", "14/2/2022", "ngày 15 tháng
# 10": the span is of days, no month's or year's ("năm 2019 tỉnh sẽ công bố … theo chỉ đạo
# của Trung ương" leaves the day to the order, e-baohaiduong-tong-dieu-tra-dan-so-2019)
_DAY_WRITTEN = re.compile(r"(?i)(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\bngày\s+\d{1,2}\s+tháng\b")
# ... and after a due day of one month that opens the phrase, the work due after it with no
# comma: "trước ngày 30-10 đưa vào sử dụng hệ thống kiểm soát tàu cá ngư dân trên các vùng
# biển" (Công điện 198/CĐ-TTg as SGGP prints it, 2025; r-sggp-cd-198-iuu-kiem-ke-tau-ca-2025).
# Only the due word first ("trước", "chậm nhất"), "ngày" and its day and month, then a word
# that is no unit the numbers could count ("trước ngày 1-6 tuổi") nor a year or a cadence of
# the day ("… năm 2025", "… hằng năm"): the words after it are checked as any step after a
# time is (`label.read_trailing`)
_OPENING_DUE_DAY = re.compile(
    r"(?i)\s*(?:(?:đến\s+)?trước|chậm\s+nhất(?:\s+(?:là|vào))?)\s+ngày\s+\d{1,2}\s*[-/.]\s*"
    r"\d{1,2}(?![\d/.-])(?=\s+[^\W\d_])"
    r"(?!\s+(?:tuổi|tuần|tháng|năm|ngày|giờ|phút|hằng|hàng|mỗi)(?!\w))"
    # ... nor a state told as of the day, done or not: "trước ngày 30-10 chưa đưa vào sử
    # dụng", "… đã đưa vào sử dụng" (fresh39b)
    r"(?!\s+(?:chưa|đã|vẫn|mới|không)(?!\w))"
)
# "90 ngày" after the time part: a length, checked against the window read
# (… "liên tục", consecutive: "nghỉ Tết từ ngày 11/2 đến hết ngày 22/2/2026, tương đương 12
# ngày liên tục", Sở GD&ĐT Phú Thọ 2026: the same length, said of its days)
# ... or in weeks: "nghỉ tết từ ngày 2.2 đến 1.3.2026, tương đương gần 4 tuần" (Thanh Niên on
# the universities' Tết breaks, 2026; za-thanhnien-lich-nghi-tet-cac-truong-dh-2026): 28 days;
# a term's weeks of study (`_STUDY_WEEKS`) are checked apart
_DAYS = re.compile(
    r"(?<![\d/.-])(?P<count>\d{1,3})\s+(?P<unit>ngay|tuan)\b(?!\s+lam\s+viec)"
    r"(?:\s+lien\s+tuc\b)?",
    re.ASCII,
)
_UNITS_SAID = {"ngay": "ngày", "tuan": "tuần"}
# the week in parentheses right after the window, "từ ngày 06/4 đến ngày 11/4/2026 (01
# tuần): …": the schedule line's gloss, as before it (`combine.school_weeks_agree`); one week
# only, which leaves no room for a break: "từ ngày 13/9/2021 đến 15/1/2022 (18 tuần)" may
# count weeks of study around one (test_deadline_forms_m), and stays refused
_OPENS_THE_WORDS = re.compile(r"\s*\(\s*\Z")
_CLOSES_THE_COUNT = re.compile(r"\s*\)")


def _weeks_glossed(count: re.Match[str], folded: str) -> bool:
    """Whether `count` (`_DAYS`, in `folded`, the words after a window) is one week alone in
    the parentheses that open those words: "(01 tuần)", never "(trong 1 tuần)", "1 tuần"
    nor "(18 tuần)"."""
    return (
        count["unit"] == "tuan"
        and int(count["count"]) == 1
        and _OPENS_THE_WORDS.fullmatch(folded[: count.start()]) is not None
        and _CLOSES_THE_COUNT.match(folded, count.end()) is not None
    )


# An end that is an event, not a day, closing a start: "nghiêm cấm không cho tàu xuất bến,
# thời gian bắt đầu từ 17 giờ ngày 5-11-2025 cho đến khi có bản tin thông báo cuối cùng về
# bão số 13 …" (Gia Lai, CV 6104/2025), "cấm biển từ 06 giờ 00 phút ngày 26/11/2025 đến khi
# bão số 15 tan" (Đắk Lắk, CV 08619/2025), "… phải ngừng di chuyển cho đến khi có thông báo
# mới" (Khánh Hòa, 2025): the sea bans and closures of a storm, in force from their day until
# the event, which no plan can date. The lead's convention (conv13, session 21): read as the
# start (`Deadline.earliest`, no due day), the event kept as the qualifier; a start on a day,
# at its hour or not, or in a month ("Đợt thi đua được phát động từ tháng 10-2025 đến khi tổ
# chức thành công Đại hội XIV", QĐ 2437/2025 of TP Hồ Chí Minh: its first day). The event is
# one clause with no number but a storm's own ("bão số 15", its name) and no parenthesis or
# dash (a note closing the phrase, "(hoãn)", "– tạm dừng", says the start no longer holds,
# `engine._refuse_note_called_off`); words after its comma, with no number, are the step
# ("Từ ngày 01-3-2026 cho đến khi hoàn thành việc tổ chức bầu cử, UBND các xã, phường … tạm
# dừng các kế hoạch cưỡng chế …", UBND TP Đà Nẵng, 2026).
# ... or a count of days before the event: "Liên hoan cấp huyện bắt đầu từ tháng 7.2021 đến
# trước khi tổ chức liên hoan cấp tỉnh 10 ngày" (Báo Hải Dương, 2021: z-baohaiduong), its end
# as undated as the event's; only after "trước khi" (`count` with `before`)
_UNTIL_EVENT = re.compile(
    r"\s*,?\s+(?P<said>(?:cho\s+)?(?:đến|tới)\s+(?P<before>trước\s+)?khi\s+"
    r"(?P<event>(?:[^;,()–—-]|(?<=\w)-(?=\w))+?)(?:\s+(?P<count>\d{1,3})\s+ngày)?)"
    # (the step after a comma, or after a semicolon as an order lists its duties: "Tổ chức cấm
    # biển … từ 06 giờ 00 ngày 27/9/2025 cho đến khi không còn ảnh hưởng của bão; yêu cầu giám
    # sát chặt chẽ, …", Thanh Hóa's công điện 15/2025)
    r"(?:\s*[,;]\s*(?P<step>[^\d;()–—]+?))?[\s.;!]*$",
    re.IGNORECASE,
)
_CADENCE_IN_EVENT = re.compile(
    r"\b(?:(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)|dinh\s+ky|thuong\s+nien)\b", re.ASCII
)
_STORM_NAMED = re.compile(r"(?i)(?<!\w)(?:cơn\s+)?bão\s+số\s+\d{1,2}(?!\d)")
_FROM_A_DAY = re.compile(
    r"\btu\s+(?:(?:\d{1,2}\s*(?:h|gio)[^,;]*?)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
    # ... the day in words: "Từ 06 giờ 00 phút ngày 05 tháng 11 năm 2025 cho đến khi có thông
    # báo mới …" (UBND xã Hòa Xuân, Đắk Lắk, 2025)
    r"|(?:\d{1,2}\s*(?:h|gio)[^,;]*?)?(?:ngay\s+)?\d{1,2}\s+thang\s+\d{1,2}\b"
    r"|thang\s+\d{1,2}\s*[/.-]\s*\d{4})",
    re.ASCII,
)


class UntilEvent(NamedTuple):
    """A phrase cut before the event closing it (`until_event`): the start's words, the
    event as said ("cho đến khi …"), and the step after its comma (empty when none)."""

    start: str
    said: str
    step: str
    stopped: bool = False  # its start's "từ" put in before a day stopped on (`_STOPPED_ON`)


def until_event(text: str) -> UntilEvent | None:
    """`text` cut before the event closing it (`_UNTIL_EVENT`); None when the phrase closes
    with none, when the event holds a number other than a storm's, or when what it ends
    starts on no day or month (`_FROM_A_DAY`)."""
    found = _UNTIL_EVENT.search(text)
    if found is None or any(c.isdigit() for c in _STORM_NAMED.sub("", found["event"])):
        return None
    if _CADENCE_IN_EVENT.search(fold(found["event"]).lower()):
        return None  # "… cho đến khi có thông báo mới hằng năm": what repeats?
    if found["count"] and not found["before"]:
        return None  # "đến khi … 10 ngày": no count of days before the event said
    start = _from_the_day_stopped(text[: found.start()])
    if not _FROM_A_DAY.search(fold(start).lower()):
        return None
    step = " ".join((found["step"] or "").split())
    return UntilEvent(start, " ".join(found["said"].split()), step, start != text[: found.start()])


# ... and a day the work stops on, with no "từ": "… cho học sinh nghỉ học ngày 17/11 cho đến
# khi có thông báo mới." (Huế ngày nay, 2025; za-huengaynay-nghi-hoc-17-11-2025): the days off
# run from that day until the notice, as "nghỉ học từ ngày 17/11 …" says (the lead's ruling of
# session 50). Only right after a verb of stopping (nghỉ, tạm dừng, ngừng, đóng cửa); the
# part before the event must still read as that one start bound (`engine`), so a second day
# ("nghỉ học ngày 17/11 và 18/11 …") stays refused
# (printed with its marks: "nghỉ", never the "nghị" of "hội nghị", "đề nghị")
_STOPPED_ON = re.compile(
    r"(?<!\w)(?:nghỉ(?:\s+học|\s+làm\s+việc)?|tạm\s+(?:dừng|ngừng|nghỉ)|ngừng|đóng\s+cửa)\s+"
    r"(?:vào\s+)?(?=(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b)"
)


def _from_the_day_stopped(start: str) -> str:
    """`start` (the words before "cho đến khi …", NFC) with "từ " put before the one day
    right after a verb of stopping (`_STOPPED_ON`), when it says no "từ" of its own."""
    stopped = list(_STOPPED_ON.finditer(start.lower()))
    if len(stopped) != 1 or re.search(r"\btu\s", fold(start).lower()):
        return start
    at = stopped[0].end()
    return f"{start[:at]}từ {start[at:]}"


def words_after(
    text: str, context: Context, parse: Reader
) -> tuple[Deadline, ...] | Unreadable | None:
    """ "trình UBND tỉnh trước ngày 15/11/2021 để tổng hợp, gửi Ban Tuyên giáo Tỉnh ủy …"
    (UBND Bắc Kạn, 2021), "Từ ngày 01/9 đến 30/11/2025, tỉnh Thanh Hóa triển khai chiến
    dịch …", "trước ngày 10/12/2019…": a phrase `parse` refused, read as its time part and
    the words after it. The phrase is cut after one of its last numbers (the last first);
    the part before the cut must read, words and all, as one dated deadline (a day, a
    window, or a start bound) or one list of periods (`_one_list`, each with the words), and
    the words after it pass `label.read_trailing`, the mirror of the label's checks: no
    number the reading does not explain, no word of time.
    Their years must be the reading's (as a label's are), and a count of days there must be
    the window's length (`combine.length_agrees`). The words become the step (`label`), or
    its gloss when the words before the time already named it. None when no cut reads; the
    refusal of the words after it when the time part read but they could move the day: a
    word of time there, else a number nothing explains ("Trong tháng 9 và tháng 10/2026, Đoàn
    sẽ kiểm tra 3 nội dung gồm" before "nội dung" was counted), said rather than "không
    nhận ra thời hạn"."""
    said: Unreadable | None = None
    counted: Unreadable | None = None  # the latest cut whose words hold a number unexplained
    cuts = [found.end() for found in _CUT.finditer(text)][-_CUTS:]
    # "Từ ngày 4-10/12 diệt chuột tập trung", "trước ngày 30-10 đưa vào sử dụng hệ thống …"
    if opening := _OPENING_SPAN.match(text) or _OPENING_DUE_DAY.match(text):
        cuts = sorted({*cuts, opening.end()})
    # "Theo kế hoạch, từ ngày 1/12 đến 7/12 các đại biểu sẽ …": the span, then its work
    spans = {
        found.end()
        for rule in (_SPAN_THEN_WORK, _DOTTED_SPAN_THEN_WORK)
        for found in rule.finditer(text)
    }
    cuts = sorted({*cuts, *spans})
    # "… hết ngày 1/9 đảm bảo 100% người dân …": a due day, then what it is meant to ensure
    if (ensured := ensured_cut(text)) is not None:
        cuts = sorted({*cuts, ensured})
    for cut in reversed(cuts):
        if heading_cut_short(text, cut):  # a cited title's years are no heading's cut short
            continue
        try:
            readings = parse(text[:cut], context)
        except Unreadable:
            continue
        try:
            if (_FROM_FIRST.match(text) or cut in spans) and _NO_MARK_NEXT.match(text, cut):
                refuse_pause_after_span(text[cut:])  # "Từ ngày 4-10/12 tạm dừng tiếp dân"
            refuse_clause_undone(text)  # "Từ ngày 26 -29/5, Hội đồng giải thể"
            joined = _one_list(readings, text[cut:])
            joined = joined or _last_clause_s(readings, text[cut:], context.issued)
            # "… năm 2018; Kế hoạch … năm 2019, tỉnh Điện Biên": whose all the periods are
            # (whole months or years only: days in a row stay `_not_one_list`'s question)
            joined = joined or (
                all(_whole_months(one) for one in readings) and names_its_province(text[cut:])
            )
            if len(readings) > 1 and not joined:
                if note := as_every_year(text[cut:]):  # "…, kỳ II trước 31/5/2026, tương tự
                    # các năm trước": a note on each day, kept as its gloss
                    return tuple(
                        replace(one, phrase=text, gloss=one.gloss or note) for one in readings
                    )
                raise _not_one_list(readings)
            return tuple(replace(_with_words(one, text[cut:]), phrase=text) for one in readings)
        except Unreadable as error:  # the words' own refusal; a number there is the phrase's
            if not any(c.isdigit() for c in text[cut:]):
                said = said or error
            # "… kiểm tra 3 nội dung": why, said; never the span's own end taken for words
            # after its first day ("1/11/2025 - 15/3/2026 do huyện …": "số “15”")
            elif error.kind is Refusal.NOT_A_STEP and not closes_a_span(text, cut):
                counted = counted or error
    return said or counted


# A school term's weeks of study after its span (Bộ GD&ĐT's frameworks): "Học kỳ I: từ
# 8/9/2025 đến trước 18/1/2026, có 18 tuần học" (UBND tỉnh Khánh Hòa, QĐ 687/2025), "từ ngày
# 8.9 đến 10.1.2026, thực học 18 tuần" (Vĩnh Long, 2025), "có 18 tuần thực học"
# ... and the reserve week after them, "(có 16 tuần thực học và 01 tuần dự phòng)" (Sở GD&ĐT
# Sóc Trăng's continuing education, 2022-2023): inside the term too, counted with them
_STUDY_WEEKS = re.compile(
    r"(?<![\d/.-])(?P<weeks>\d{1,2})\s+tuan\s+(?:thuc\s+)?hoc\b"
    r"(?:\s+va\s+(?P<spare>\d{1,2})\s+tuan\s+du\s+phong\b)?"
    r"|\bthuc\s+hoc\s+(?P<said>\d{1,2})\s+tuan\b",
    re.ASCII,
)
# the weeks of study fill at least half the span (a term holds its breaks and tests: Tết
# takes two weeks of the second), never more than the span
_LEAST_SHARE_STUDIED = 2


def _weeks_fit(weeks: int, first: date, last: date) -> bool:
    days = (last - first).days + 1
    return days <= weeks * 7 * _LEAST_SHARE_STUDIED and weeks * 7 <= days + 6


# A programme's period of years in the words after a time: "tình hình kinh tế - xã hội giai
# đoạn 2021-2025 phương hướng nhiệm vụ giải pháp giai đoạn 2026-2030" (zc-sggp-khai-mac-ky-
# hop-hdnd-tphcm-cuoi-nam-2025 without its commas, which read two windows)
_PERIOD_AFTER = re.compile(
    r"\b(?:giai\s+doan|thoi\s+ky|nhiem\s+ky)\s+(?P<first>\d{4})\s*[–—-]\s*(?P<last>\d{4})\b",
    re.ASCII,
)


def _refuse_second_period(one: Deadline, rest: str) -> None:
    """Refuse a window of several whole years (a programme's period) followed, with no comma,
    by another period of years that does not lie within it: a second time of work, as the
    comma form reads it, or the name of what is done in the first? Not guessed. One year
    ("Trong năm 2025 xây dựng kế hoạch giai đoạn 2026-2030") names the plan it builds: kept.
    The next term, which shares the first's last year ("… nhiệm kỳ 2012 – 2017. xác định
    phương hướng … nhiệm kỳ 2017 – 2022", zt-hfic's agenda with its comma copied as a full
    stop: read as the first term alone before harden24's hunt), lies outside it too."""
    if one.kind is not DeadlineKind.WINDOW or not (one.first and one.last):
        return
    if one.first.year == one.last.year or (one.first.month, one.first.day) != (1, 1):
        return
    for period in _PERIOD_AFTER.finditer(fold(rest).lower()):
        if int(period["first"]) < one.first.year or int(period["last"]) > one.last.year:
            raise Unreadable(
                f"“{' '.join(rest.split()).strip(' ,;:.')}” sau khoảng {one.first.year}–"
                f"{one.last.year} nêu một giai đoạn khác, không có dấu phẩy ngăn cách: thời "
                "hạn thứ hai hay tên việc làm trong giai đoạn đầu? không đoán; ghi last_day "
                "(và first_day) cho từng giai đoạn"
            )


def _not_one_list(readings: tuple[Deadline, ...]) -> Unreadable:
    """The refusal of words after several readings that are not one list (`_one_list`):
    days in a row said as such (`_in_a_row`), else the general reason."""
    if all(_one_day(one) for one in readings) and (pair := _in_a_row(readings)):
        return Unreadable(
            f"{show(pair[0])} và {show(pair[1])} là hai ngày liền nhau, chữ sau chúng không nói là "
            "một khoảng (hai ngày một việc) hay từng ngày một mốc; ghi first_day và last_day "
            "nếu là một khoảng, hoặc tách thành từng mốc theo văn bản"
        )
    return Unreadable("chữ sau thời hạn chỉ đi với một ngày hay một khoảng có ngày rõ")


def _one_list(readings: tuple[Deadline, ...], after: str = "") -> bool:
    """Whether `readings` are one list of whole periods of one unit with one step, as a list
    of years, quarters or months joined by "và" or "," reads (the lead's convention 12):
    the words after it are each period's. Periods of two units ("Năm 2024 và 7 tháng đầu năm
    2025, Việt Nam là …", zi-mard-pctt-ket-luan-ttg-phien-hop-bcd-2025) or two steps ("Báo cáo
    … năm 2025 và chương trình công tác năm 2026 của …", zd-baogialai-hdnd-phuong-dien-hong-
    2025) are two clauses, which words after them cannot follow."""
    if all(_one_day(one) for one in readings):  # "vào ngày 20/2, 10/7 và 13/11 với …"
        # the words before name the step (its label on the first day alone), or those `after`
        # say where or with whom ("… tại các khóm …"): "Ngày 12 và 15/10/2022, thi chọn …"
        # names its step after, one exam or two (test_deadline_forms_f)
        named = readings[0].label is not None or _WHERE_OR_WITH.match(fold(after)) is not None
        return named and not any(one.label for one in readings[1:]) and not _in_a_row(readings)
    units = {_unit(one) for one in readings}
    return len(units) == 1 and None not in units and len({one.label for one in readings}) == 1


_WHERE_OR_WITH = re.compile(r"\s*(?:tai|voi|o)\s", re.ASCII)

# ... and whose work or why, right after the last of two clauses' periods with no mark
# between: "… 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2022 của tỉnh"
# (zk-baobariavungtau-khai-mac-ky-hop-thu-tam-2022), "… tại Hà Nội … vào tháng 4/2023; tại
# thành phố Nha Trang vào tháng 5/2023 nhằm quảng bá, …" (zs-tinbong247news-festival-bien-
# nha-trang-lan-10-2023). A genitive ("của") closing the phrase in a few words names whose the
# work is, a purpose ("nhằm") why it is done: neither moves a day. A comma before them opens
# a clause of its own ("Năm 2024 và 7 tháng đầu năm 2025, Việt Nam là …", zi-mard-pctt:
# figures over past periods), and so does a genitive that goes on with a verb ("… của Việt
# Nam chịu ảnh hưởng …"): both stay refused.
_WHOSE_OR_WHY = re.compile(r"\s+(?:cua(?:\s+[a-z]+){1,5}|nham\s.*)\W*\Z", re.ASCII | re.DOTALL)


def _last_clause_s(readings: tuple[Deadline, ...], after: str, issued: date | None) -> bool:
    """Whether the words `after` several periods of whole months, that are not one list
    (`_one_list`), only say whose the work is or why (`_WHOSE_OR_WHY`), with nothing told
    done (`past_told`), and no period is over at the page's day (`issued`): each period is
    then read with them, as `_with_words` checks them."""
    if not all(_whole_months(one) for one in readings) or past_told(after):
        return False
    if any(_whole_year(one) for one in readings):
        return False  # "Báo cáo … năm 2025 và chương trình … năm 2026 của …": a year reviewed?
    if issued is not None and any(one.last and one.last < issued for one in readings):
        return False  # a period past told with the one to come: figures, or work done?
    return _WHOSE_OR_WHY.match(fold(after).lower()) is not None


def _whole_year(one: Deadline) -> bool:
    """Whether `one` is a window of one or more whole years: the periods a review names
    beside the work to come (convention 10; session 51's tester: "Kỳ họp thông qua Báo cáo
    tình hình hoạt động năm 2025 và chương trình công tác năm 2026 của Thường trực HĐND
    phường" read as both years), so never read here."""
    if one.first is None or one.last is None:
        return False
    return (one.first.month, one.first.day, one.last.month, one.last.day) == (1, 1, 12, 31)


def _whole_months(one: Deadline) -> bool:
    """Whether `one` is a window of whole months (a month, quarter, half-year or years)."""
    if one.kind is not DeadlineKind.WINDOW or not (one.first and one.last):
        return False
    return one.first.day == 1 and (one.last + timedelta(days=1)).day == 1


def _one_day(one: Deadline) -> bool:
    """Whether `one` is a single day written (a date, its first and last day the same)."""
    return one.kind is DeadlineKind.DATE and one.first is not None and one.first == one.last


def _in_a_row(readings: tuple[Deadline, ...]) -> tuple[date, date] | None:
    """The first two days of `readings` (single days, in order) that follow each other, None
    when none do. Days in a row are one window in the corpus's older convention (f928036:
    "Quốc tang vào ngày 04/04/2025 và 05/04/2025", o-tay-ninh-ninh-thanh-tb-treo-co-4-2025)
    and two days in convention 12's: which one the page means, its words do not say."""
    days = [one.first for one in readings if one.first]
    for earlier, later in pairwise(days):
        if later - earlier == timedelta(days=1):
            return earlier, later
    return None


def _unit(one: Deadline) -> int | None:
    """The months a whole year, quarter or month `one` covers (12, 3, 1); None otherwise."""
    if one.kind is not DeadlineKind.WINDOW or not (one.first and one.last) or one.first.day != 1:
        return None
    months = (one.last.year - one.first.year) * 12 + one.last.month - one.first.month + 1
    whole = (one.last + timedelta(days=1)).day == 1 and (one.first.month - 1) % months == 0
    return months if whole and months in (1, 3, 12) else None


# The time defined, not a work set in it: "Tết nguyên đán Bính Ngọ và mùa lễ hội đầu năm 2026
# là thời điểm nhân dân vui xuân, đón tết, …" (Công an tỉnh Hưng Yên's fire-safety advice,
# zi-congan-hung-yen-khuyen-cao-pccc-tet-binh-ngo-2026): what happens in the season, told,
# never a window to meet ("là dịp …" is refused by its word of time, "dịp")
_TIME_DESCRIBED = re.compile(
    r"^\W*(?:cũng\s+|chính\s+)?là\s+(?:thời\s+điểm|lúc|mùa)(?!\w)"
    # ... never the last moment said so: "là thời điểm cuối cùng để nộp hồ sơ"
    r"(?!\s+(?:cuối|kết\s+thúc|hết|hạn|chậm|muộn))",
    re.IGNORECASE,
)


# A year or a period joined to the time read by "và", "," or "hoặc": "… CHỐNG LÃNG PHÍ NĂM 2011
# VÀ GIAI ĐOẠN 2011-2015" (UBND tỉnh Quảng Nam, QĐ 2086/2011), once read as 2011 with "VÀ GIAI
# ĐOẠN 2011-2015" its gloss: a second time lost. Years or periods so joined are each their own
# window (the lead's convention 12): never one, never the words of another.
_JOINED_PERIOD = re.compile(
    r"\A\s*(?:(?:va|hoac)\s+|[,;]\s*)(?:(?:ca|trong|cho)\s+)?"
    r"(?:(?:nam|giai\s+doan|thoi\s+ky)\s+)?(?:19|20)\d\d(?!\d)",
    re.ASCII,
)


def _refuse_joined_period(rest: str) -> None:
    """Refuse words after the time that open with another year or period joined to it
    (`_JOINED_PERIOD`): a second time of the phrase, not its words."""
    if _JOINED_PERIOD.match(fold(rest).lower()):
        shown = " ".join(rest.split()).strip(" ,;:.")
        raise Unreadable(
            f"“{shown}” nối thêm một năm, một giai đoạn vào thời hạn đã đọc: mỗi năm, mỗi giai "
            "đoạn là một khoảng riêng (quy ước 12), không phải lời chú thích; ghi first_day và "
            "last_day cho từng khoảng"
        )


# An event's length bounded after the period it is held in: "Dự kiến, thời gian tổ chức Đại
# hội vào tháng 6-2026 (không quá 2 ngày)" (Tra cứu quy hoạch on the 2026 women's congress;
# zc-tracuuquyhoach-dai-hoi-phu-nu-toan-quoc-2026): the congress lasts at most two days, held
# within June; the bound moves no day of the window, and must fit inside it (a longer bound
# contradicts the period: refused). Only "không quá" / "tối đa" in parentheses, in calendar
# days: "không quá 2 ngày làm việc" or a bare "2 ngày" stay checked as any count is
_LENGTH_CAP = re.compile(
    r"\(\s*(?:khong\s+qua|toi\s+da)\s+(?P<count>\d{1,3})\s+ngay\s*\)", re.ASCII
)


def _length_capped(one: Deadline, folded: str) -> list[re.Match[str]]:
    """The bounds of the event's length in `folded` (`_LENGTH_CAP`) that fit inside the
    window `one` read; raises `Unreadable` for a bound longer than the window."""
    caps = list(_LENGTH_CAP.finditer(folded))
    if not caps:
        return []
    if one.kind is not DeadlineKind.WINDOW or one.first is None or one.last is None:
        raise Unreadable("độ dài tối đa sau thời hạn chỉ đi với một khoảng có ngày rõ")
    for cap in caps:
        if int(cap["count"]) > (one.last - one.first).days + 1:
            raise Unreadable(
                f"“{cap.group().strip('() ')}” dài hơn khoảng đã đọc; ghi last_day (và "
                "first_day) theo văn bản"
            )
    return caps


# The activities of a month named after a window that lies in that month: "Từ ngày 01 -
# 28/02/2026, tại Làng Văn hóa - Du lịch các dân tộc Việt Nam (Đoài Phương, Hà Nội) sẽ diễn ra
# các hoạt động tháng 2 với chủ đề “Xuân quê hương” …" (VietnamPlus, 2026: x-vietnamplus-lang-
# van-hoa-xuan-que-huong-2026): February's programme, held on the days read; checked, never
# guessed: a month other than the window's stays refused
_ACTIVITIES_OF_MONTH = re.compile(
    r"(?<![a-z])(?:cac\s+)?hoat\s+dong\s+(?:cua\s+)?thang\s+(?P<month>\d{1,2})"
    r"(?:\s*/\s*(?P<year>\d{4}))?(?![\d/.-])",
    re.ASCII,
)


def _window_s_own_month(one: Deadline, folded: str) -> list[re.Match[str]]:
    """The mentions in `folded` (the words after `one`'s time part) of the activities of the
    month `one`'s window lies in (`_ACTIVITIES_OF_MONTH`); [] when it spans two months."""
    first, last = one.first, one.last
    if not (first and last and (first.year, first.month) == (last.year, last.month)):
        return []
    if "thang" not in folded:  # cheap: most words after a window name no month
        return []
    return [
        said
        for said in _ACTIVITIES_OF_MONTH.finditer(folded.lower())
        if int(said["month"]) == first.month and int(said["year"] or first.year) == first.year
    ]


def _count_agrees(one: Deadline, count: re.Match[str], folded: str) -> str:
    """The note of `count` (`_DAYS`, in `folded`, the words after `one`'s time part) that is
    `one`'s length (`combine.length_agrees`; weeks of work in parentheses right after it,
    `combine.school_weeks_agree`). Raises `Unreadable` when it is not."""
    first, last = one.first or one.earliest, one.last
    unit = _UNITS_SAID[count["unit"]]
    agrees = length_agrees(int(count["count"]), unit, first, last) if first and last else None
    if agrees is None and first and last and _weeks_glossed(count, folded):
        agrees = school_weeks_agree(int(count["count"]), first, last)
    if agrees is None:
        raise Unreadable(
            f"“{count.group()}” sau thời hạn không khớp khoảng đã đọc; ghi last_day (và "
            "first_day) theo văn bản"
        )
    return agrees


# The words after a text's entry into force that say when it stops applying: "có hiệu lực từ
# ngày 1/7/2025 và hết hiệu lực khi …", "… và chấm dứt hiệu lực của …": a second bound, whose
# day the words do not give (or a second text's), never what the text brings
_FORCE_ENDS_AFTER = re.compile(
    r"\b(?:het|cham\s+dut|khong\s+con|ngung|mat)\s+hieu\s+luc\b", re.ASCII
)


def _in_force_from(one: Deadline) -> bool:
    """Whether `one` is a text's entry into force, a start bound with no end ("Luật PCCC&CNCH
    có hiệu lực từ ngày 1/7/2025", `periods`' reading): the words after it say what the text
    brings ("…, cùng các nghị định, thông tư hướng dẫn", zg-vietnamnet-hung-dao-tap-huan-pccc-
    2025), checked as a start's are, with no condition spared."""
    return (
        one.kind is DeadlineKind.ONGOING
        and one.earliest is not None
        and one.first is None
        and one.last is None
    )


def _refuse_held_steps(one: Deadline, rest: str) -> None:
    """Refuse the words `rest` after a time part read as `one` when they tell the step held
    back: a step done in the period's year ("Năm 2026, chương trình được tổ chức …",
    `refuse_held_after_a_year`), or, as the step itself (`one` has no label), one held off,
    told past or on a condition (`label.refuse_step_held_after`: "Trước 10/10/2026, né trồng
    ngô")."""
    refuse_held_after_a_year(one.first, one.last, rest)
    if one.label is None:
        refuse_step_held_after(rest)


def _with_words(one: Deadline, rest: str) -> Deadline:
    """A dated reading of the time part, with the words after it checked and kept; each of
    several ("Trong năm 2023, 2024, huyện sẽ tổ chức diễn tập …", z-baovinhlong-tra-on-dien-
    tap-phong-thu-2022: the lead's convention 12) with the same words."""
    if END_MARK.fullmatch(rest):  # "… có hiệu lực từ ngày D./.": the end
        return one  # of the text, after any reading (a start bound too)
    day = one.first if one.kind is DeadlineKind.DATE and one.first == one.last else None
    if day and in_force_step(rest):  # "27/03/2009 Văn bản có hiệu lực 03/2009/TT-BCT"
        step = " ".join(rest.split()).strip(" .;:")
        started = replace(one, kind=DeadlineKind.ONGOING, first=None, last=None, earliest=day)
        return replace(started, reading=in_force_reading(day), label=step)
    if day and names_its_day(rest, day):  # "… 28/6/2015 - Ngày Gia đình Việt Nam": its name
        named = " ".join(rest.split()).strip(" -–—,.;")
        return replace(one, gloss="; ".join(g for g in (one.gloss, named) if g))
    days = [day for day in (one.first, one.last, one.earliest) if day]
    in_force = _in_force_from(one)
    if (one.kind not in (DeadlineKind.DATE, DeadlineKind.WINDOW) and not in_force) or not days:
        raise Unreadable("chữ sau thời hạn chỉ đi với một ngày hay một khoảng có ngày rõ")
    if in_force and any(char.isdigit() for char in rest):  # "… thay thế Quyết định số 803/QĐ-TTg
        # ngày 28/6/2012": a text cited, its day beside the one read (test_deadline_forms_zp)
        raise Unreadable(
            f"“{' '.join(rest.split()).strip(' ,;:.')}” sau ngày có hiệu lực có số hay ngày khác "
            "(văn bản được thay thế, một kỳ hạn …): ghi first_day (và last_day) theo văn bản"
        )
    if in_force and (ends := _FORCE_ENDS_AFTER.search(fold(rest).lower())):
        raise Unreadable(
            f"“{' '.join(rest.split()).strip(' ,;:.')}” sau ngày có hiệu lực nói cả lúc văn bản "
            f"thôi áp dụng (“{rest[ends.start() : ends.end()]}”): ghi first_day và last_day theo văn bản"
        )
    if described := _TIME_DESCRIBED.search(rest):
        raise Unreadable(
            f"“{described.group().strip(' ,')} …” sau thời gian kể điều diễn ra lúc đó, không "
            "phải một việc phải làm; nếu văn bản có hạn, ghi last_day theo văn bản"
        )
    _refuse_second_period(one, rest)
    _refuse_joined_period(rest)
    _refuse_held_steps(one, rest)
    folded = fold(rest)
    note = ""
    grown = [growth.span() for growth in GROWTH_TIME.finditer(folded)]  # a variety's days
    capped = _length_capped(one, folded)  # "(không quá 2 ngày)": the event's length, inside
    grown += [cap.span() for cap in capped]
    weeks = list(_STUDY_WEEKS.finditer(folded))
    grown += [count.span() for count in weeks]  # the term's weeks of study, checked below
    counts = [
        count
        for count in _DAYS.finditer(folded)
        if not any(start <= count.start() < end for start, end in grown)
    ]
    for count in counts:  # "chiến dịch “90 ngày làm giàu …”": the window's length
        note = note or _count_agrees(one, count, folded)
    refuse_step_years(rest, days, one.year_from_plan)
    for count in weeks:  # "có 18 tuần học": the term's weeks of study, inside its span
        first, last = one.first or one.earliest, one.last
        studied = int(count["weeks"] or count["said"]) + int(count["spare"] or 0)
        if not (first and last and _weeks_fit(studied, first, last)):
            raise Unreadable(
                f"“{count.group()}” sau thời hạn không khớp khoảng đã đọc; ghi last_day (và "
                "first_day) theo văn bản"
            )
    own_month = _window_s_own_month(one, folded)  # "các hoạt động tháng 2": its month
    try:
        explained = tuple(count.span() for count in [*counts, *weeks, *capped, *own_month])
        after_a_day = one.kind is DeadlineKind.DATE
        written = after_a_day or _DAY_WRITTEN.search(one.phrase) is not None
        # a start bound's condition on the work ("Từ ngày 1/10, … nếu cần") is the work's;
        # a text's entry into force on a condition ("có hiệu lực từ … nếu …") moves its day
        start_only = one.earliest is not None and one.first is None and one.last is None
        start_only = start_only and not in_force
        words = (
            read_trailing(rest, after_a_day, explained, days_written=written, start_only=start_only)
            or None
        )
    except Unreadable as error:
        shown = " ".join(rest.split()).strip(" ,;:.")
        # a number there that nothing explains keeps its kind: `words_after` says it even
        # when no cut of the phrase reads (the time part is read, the number is why not)
        kind = Refusal.NOT_A_STEP if error.kind is Refusal.NOT_A_STEP else Refusal.UNSAID
        raise Unreadable(
            f"sau ngày tháng còn chữ không hiểu: “{shown}”: {error.why}", kind=kind
        ) from None
    label = one.label or words  # the words name the step, or explain it when it has a name
    glosses = (one.gloss, words if one.label else None, note)  # note: `combine.length_agrees`
    reading = one.reading + (f"; {note}" if note else "")  # the reading is already built
    return replace(
        one, label=label, gloss="; ".join(g for g in glosses if g) or None, reading=reading
    )


def _period_note_spared(rule: str, checked: str) -> str:
    """`checked` with a closing note of the period counted (`_LAST_PERIOD_NOTE`: "(tính theo
    tháng dương lịch của tháng liền trước thời điểm thông báo)") blanked when `rule` (folded)
    is due each such period, "nếu có" (if any) right before it blanked with it: the changes
    of that period, if there are any. A bare "nếu có" closing a step stays checked."""
    note = _LAST_PERIOD_NOTE.search(checked)
    if note is None:
        return checked
    if not _due_each(rule, note["period"]):
        return checked
    return checked[: note.start()] + " " * len(note.group())


# The quarter a report's figures cover, named inside the step of a rule due in each quarter's
# last month: "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân đầu mối … báo cáo sản
# lượng … trong kỳ từ ngày 21 tháng trước liền kề tháng đầu tiên của Quý đến ngày 20 tháng
# cuối Quý về Bộ Công Thương" (Thông tư 17/2021/TT-BCT; s-thoidai-tt-17-2021-bct-bao-cao-xang-
# dau): the figures run to the 20th, the report is due by the 29th. Only a period that runs
# on unbroken (it starts the day after its end, a quarter before) and ends before the rule's
# day; any other "kỳ" keeps its words, and is refused
_QUARTER_PERIOD = re.compile(
    r"(?i)\s+trong\s+kỳ\s+từ\s+ngày\s+(?P<first>\d{1,2})\s+tháng\s+trước\s+liền\s+kề\s+tháng\s+"
    r"đầu(?:\s+tiên)?\s+của\s+quý\s+đến\s+(?:hết\s+)?ngày\s+(?P<last>\d{1,2})\s+tháng\s+cuối\s+quý"
    r"(?=\s+về\s|\s*[,.;]|\s*$)"
)
_QUARTER_END_DAY = re.compile(r"\bngay\s+(?P<day>\d{1,2})\s+cua\s+thang\s+cuoi\s+quy\b", re.ASCII)


def _quarter_period_spared(rule: str, checked: str) -> str:
    """`checked` with the quarter its figures cover (`_QUARTER_PERIOD`) blanked when `rule`
    (folded) is due on a day of each quarter's last month after that quarter's end."""
    period, due = _QUARTER_PERIOD.search(checked), _QUARTER_END_DAY.search(rule)
    if period is None or due is None:
        return checked
    first, last = int(period["first"]), int(period["last"])
    if first != last + 1 or last >= int(due["day"]):
        return checked
    return checked[: period.start()] + " " * len(period.group()) + checked[period.end() :]

"""What explains a deadline's date without changing it: parentheses (a weekday, spelled-out
numbers, a lunar gloss, a count from an event), the time of day, a weekday before the date,
a named occasion or lunar year, a school term's weeks, a horizon, and documents cited by
number kept as the gloss. Each step takes a `Source` and its `Asides` so far and returns
them with the words it explains blanked; the engine checks the asides against the days read
(`kehoach.dates.refusals`)."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from kehoach.base.text import fold
from kehoach.dates.citations import heading_carried_out, reference_spans, refuse_second_document
from kehoach.dates.commemorated import (
    OCCASIONS,
    commemorated_days,
    holidays_named,
    named_before_its_day,
)
from kehoach.dates.grammar import (
    COUNT,
    DAY_SHAPE,
    DAYS_OFF,
    HOLIDAY_SHIFT,
    TOLD_DONE,
    YEARLESS,
    Refusal,
    Source,
    Unreadable,
    read_day,
    show,
)
from kehoach.dates.label import read_trailing
from kehoach.dates.lunar import (
    BARE_MUNG,
    OCCASION_OWN_GLOSS,
    TRAILING,
    LunarEnd,
    NewYearEve,
    Unlunar,
    folded_cycle_name,
    occasion_gloss,
    parse_eve,
    parse_gloss,
)
from kehoach.dates.meetingcited import meeting_cited
from kehoach.dates.numbers import count_number, spelled_number
from kehoach.dates.reporting import cut_off_apart, report_period
from kehoach.dates.sittings import ONE_SITTING

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
_PAREN = re.compile(r"\(([^()]*)\)")
WEEKDAY = re.compile(
    r"(?:ngay\s+)?(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat|cn))(?!\w)"
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
    rf"[a-z]|{COUNT}\s+nam\s|{COUNT}\s+thang\s+(?:dau|cuoi)\s+nam\s+\d{{4}}", re.ASCII
)
# ... and that part of a year with no year, in a list whose later part writes the year it
# takes ("… 6 tháng đầu năm, nhiệm vụ và giải pháp 6 tháng cuối năm 2025": the first half of
# 2025; `engine._read_dated_parts` checks that it ends before the later part does)
PART_OF_YEAR_UNDATED = re.compile(rf"{COUNT}\s+thang\s+(?:dau|cuoi)\s+nam", re.ASCII)


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
    rf"(?:\s+(?:truoc|sau|ke\s+tu)\s+\D+?(?:{_CITATION})?|{_CITATION})"
    # ... the count after the event: "tựu trường ngày 29/8 (trước khai giảng một tuần)", "tựu
    # trường sớm ngày 22/8 (trước khai giảng 2 tuần)" (Dân trí on Bạc Liêu's 2022-2023 school
    # year): how far the day stands from the opening, restating it
    rf"|(?:truoc|sau)\s+(?:ngay\s+)?(?:khai\s+giang|be\s+giang|khai\s+mac|bau\s+cu|le\s+[a-z]+)"
    rf"\s+(?:{COUNT})\s+(?:ngay|tuan|thang)",
    re.ASCII,
)
# A count from "that" (the step before) in parentheses: "Ngày 15/3/2026 tổ chức thi, công bố
# kết quả (10 ngày sau đó)" sets the second step's own day, ten days on; kept as a gloss it
# was read as due 15/03 (note45). Right after a day it restates that day ("trước ngày 15/3
# (01 tuần sau đó)"); after a step's words it is that step's time, which is not read here
_COUNT_FROM_THAT = re.compile(
    rf"(?:{COUNT})\s+(?:ngay\s+lam\s+viec|ngay|tuan|thang)\s+(?:sau|truoc|ke\s+tu)\s+do", re.ASCII
)
_AFTER_A_DAY = re.compile(r"\d\W*\Z", re.ASCII)


def _count_from_that_after_its_day(source: Source, paren: re.Match[str]) -> None:
    """Refuse a count from "that" in parentheses after a step's words, not after a day
    (`_COUNT_FROM_THAT`): it is the step's own time, not a gloss of the day read."""
    inner = paren.group(1).strip(" ,.;:")
    if _COUNT_FROM_THAT.fullmatch(inner) and not _AFTER_A_DAY.search(
        source.prepared[: paren.start()]
    ):
        said = " ".join(source.original(paren.start(1), paren.end(1)).split())
        raise Unreadable(
            f"“({said})” đứng sau tên một việc, không sau ngày: đó là thời hạn riêng của việc "
            "ấy, tính từ việc trước; không đoán: tách thành các mốc (deadlines), mỗi mốc ghi "
            "last_day theo văn bản"
        )


# "Từ thứ Hai đến thứ Sáu hàng tuần (trừ ngày nghỉ theo quy định)" (Cổng dịch vụ công Long An):
# the days off a rule skips, kept as the gloss; the rule's days are unchanged
# beside a cadence only: after a count ("trong 10 ngày (trừ ngày nghỉ)") the words may make
# its days working days
_SKIPS_DAYS_OFF = re.compile(rf"(?:tru|khong\s+ke)\s+{DAYS_OFF}", re.ASCII)
_EVERY = re.compile(r"\b(?:hang|moi)\s+(?:tuan|thang|nam|quy)\s*\Z", re.ASCII)
# "Dự kiến vào tháng 7/2022 (sẽ có thông báo cụ thể sau)" (Thư viện Tây Ninh, 2022): the
# details of a planned time will be announced; the time read is the plan's, kept with it
# ... "Từ ngày 26/3/2012 đến ngày 30/3/2012 (Nếu có thay đổi sẽ thông báo lại)" (Sở GD-ĐT
# Bình Dương, TB 143/2012): a change, if any, will be announced; until then these days hold
# "Tháng 1/2026 (đầu học kỳ II)" (Chuyên gia dinh dưỡng 365 on the fee-exemption files of
# Nghị định 238/2025: zq-chuyengiadinh365-moc-nop-ho-so-mien-hoc-phi-nd-238-2025): the stage of
# the school year the time printed is, said; the time is the one printed
_SCHOOL_STAGE = re.compile(r"(?:dau|giua|cuoi)\s+(?:hoc\s+ky\s+(?:i{1,2}|1|2)|nam\s+hoc)", re.ASCII)
_NOTICE_LATER = re.compile(
    r"(?:neu\s+co\s+(?:gi\s+)?thay\s+doi\s*,?\s*(?:thi\s+)?)?"
    r"(?:thoi\s+gian\s+)?(?:cu\s+the\s+)?se\s+(?:co\s+)?(?:duoc\s+)?thong\s+bao"
    r"\s+(?:cu\s+the\s+)?(?:sau|lai)",
    re.ASCII,
)
# "Hội nghị sẽ diễn ra trong khoảng thời gian từ ngày 4-2-2026 đến ngày 8-2-2026 (từ sau khi
# kết thúc hội nghị hiệp thương lần thứ hai đến trước khi bắt đầu hội nghị hiệp thương lần thứ
# ba)" (SGGP on the 2026 election's voters' meetings, zo-sggp-hoi-nghi-cu-tri-noi-cu-tru-nguoi-
# ung-cu-2026; tune-zo): the span between two steps of the law's procedure, restating the
# days written before it (a window "từ … đến …" only); words alone, no day or count
_BETWEEN_STEPS = re.compile(
    r"(?:tu\s+)?sau\s+khi\s+[a-z ]+?\s+(?:den|toi)\s+(?:truoc\s+)?khi\s+[a-z ]+", re.ASCII
)
# the end of a span still to come after a gloss: "( tức ngày 26 tháng Chạp ) đến hết ngày 17/02"
_END_AHEAD = re.compile(r"[\s,]*(?:den|toi)\b\D{0,30}?\d", re.ASCII)
_SPAN_BEFORE = re.compile(r"\btu\b.*\d.*\b(?:den|toi)\b.*\d", re.ASCII)
# "bắt đầu thả giống từ ngày 15/12/2019 (theo Dương lịch) đến cuối tháng 3/2020" (Kiên
# Giang, TB 193/2019): the day is a solar one, as the grammar reads every day; said, not
# changed
_SOLAR_CALENDAR = re.compile(r"(?:theo\s+)?(?:lich\s+)?duong\s+lich", re.ASCII)
# "từ ngày 20/9/2021 đến 20/1/2022 (18 tuần thực học)" (Sở GD-ĐT Bến Tre, KH 5096/2021): the
# term's teaching weeks, which must fit in the days read (`refusals.check_asides`)
_WEEKS_IN_PARENS = re.compile(r"(?P<weeks>\d{1,2})\s+tuan\s+thuc\s+hoc", re.ASCII)
# "(thay vì diễn ra từ ngày 24/10 - 27/10 như dự kiến trước đây)" (UBND tỉnh Hòa Bình, 2024):
# the schedule replaced, said to be so; the days outside the parentheses are the deadline
# "Trước ngày 15/4/2022 (lùi từ 08/4/2022)": the day it was moved from, said the same way;
# never "(lùi đến …)", "(gia hạn đến …)", which say the day outside is no longer the one
# ... and the schedule an extension replaced, told as what was done before it: "Thời gian sơ
# tuyển kéo dài đến ngày 15/5/2021, (Trước đó công tác sơ tuyển … đã được bắt đầu từ ngày
# 01/3/2021, dự kiến kết thúc vào 25/4/2021)" (VOV, 2021, the army schools' pre-selection:
# ze-vov2-dieu-chinh-so-tuyen-truong-quan-doi-2021): "trước đó" (before that) opening the
# parentheses, a thing told done ("đã", not the "đa" of "đa số") in them; never "trước đó 3
# ngày" (three days before that: a time of its own), nor with a duty among them ("phải",
# "cần", "hạn", "chậm nhất", "trước", "đến", "bắt buộc", "nộp": a deadline of its own, not the
# past), nor a move or a group's own day ("lùi đến", "gia hạn", "kéo dài", "hoãn", "riêng …":
# the day outside may no longer hold, or hold for some only; fresh54)
_TOLD_BEFORE = (
    r"truoc\s+do\b(?!\s*\d)(?=.*\bda\b(?!\s+so\b))"
    r"(?!.*\b(?:phai|can|yeu\s+cau|han|cham\s+nhat|muon\s+nhat|truoc|den|toi|bat\s+buoc"
    r"|nop|lui|gia\s+han|keo\s+dai|hoan(?!\s+thanh)|rieng)\b)"
)
_REPLACED = re.compile(
    r"(?:thay\s+(?:vi|cho)|khong\s+phai|(?:da\s+)?(?:lui|doi|gia\s+han)(?:\s+lai)?\s+tu"
    rf"|{_TOLD_BEFORE})\b.*",
    re.ASCII,
)
# "75 ngày", "chậm nhất 25 ngày", "chậm nhất 105 ngày - Điều 7, 8, 9": a count alone, with
# perhaps the article it comes from; its direction and anchor can only come from the column
COUNT_ONLY = re.compile(
    r"\s*(?:(?:cham|muon)\s+nhat\s+(?:la\s+)?)?"
    # ... a count in two words, "Mười lăm ngày" (Huế's archive copies, zk-dichvucong-hue-cap-
    # ban-sao-chung-thuc-luu-tru), its value `numbers.printed_number`'s
    r"(?P<count>\d{1,4}|muoi\s+(?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin)"
    r"|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+"
    # ... its unit perhaps in parentheses, as a portal's procedure table prints it: "20 (Ngày
    # làm việc)" under "Thời gian giải quyết" (Cần Thơ's procedure for "Lao động tiên tiến")
    r"(?P<open>\(\s*)?(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang)(?(open)\s*\))"
    # ... and the count in words restated in figures in parentheses, perhaps for the agency
    # that keeps the file: "Mười lăm ngày (Chi cục VTLT 15 ngày)"; the two must agree
    # (`engine._count_alone`; the parentheses may be blanked by then, the words printed
    # must hold them)
    r"(?:\s*\(?\s*(?:(?:(?![-–—]|dieu\b|khoan\b|diem\b)[^()\d])*\s)?"
    r"(?P<again>\d{1,3})(?:\s+ngay)?\s*\)?)?"
    rf"(?P<cite>{_CITATION})?[ .,;:]*",
    re.ASCII,
)
# ... the same count said "within" it, as a procedure's card prints the cell under its
# processing-time header: "Trong thời hạn 05 ngày làm việc" under "Thời gian giải quyết" (the
# xã procedure for "Gia đình văn hóa" of Gia Lai, zk-tthccapxa-gialai-gia-dinh-van-hoa-hang-
# nam), "Trong vòng 14 ngày làm việc" (zk-luatminhthinh-thong-bao-le-hoi-cap-tinh). Only
# there (`header.processing_header`): under "Số ngày trước ngày bầu cử", "không quá 10 ngày"
# is a bound of the other side (no earlier than), never the count's day
WITHIN_COUNT = re.compile(r"\s*(?:trong\s+(?:vong|thoi\s+han)|khong\s+qua|toi\s+da)\s+", re.ASCII)
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


def _lunar_gloss_inside(source: Source, asides: Asides) -> tuple[Source, Asides, bool]:
    """ "diễn ra trong 10 ngày (từ ngày 17 đến 26-4, tức từ ngày 1 đến 10-3 âm lịch)" (Tuổi
    Trẻ on Giỗ Tổ 2026, x-tuoitre-phu-tho-svhttdl-gio-to-2026): the lunar gloss closing the
    parentheses after the solar days they hold, read as one after the days outside them is
    (`_trailing_lunar_gloss`) and checked the same way; the solar days stay in their
    parentheses, for the count before them (`engine._days_counted`)."""
    found = False
    for paren in list(_PAREN.finditer(source.prepared)):
        for lead in TRAILING.finditer(source.prepared, paren.start(1), paren.end(1)):
            if not any(char.isdigit() for char in source.prepared[paren.start(1) : lead.start()]):
                continue  # "(tức …)" alone is the loop's gloss
            ends = _lunar_gloss(source.prepared[lead.start() : paren.end(1)].strip(" ,;–—-"))
            if ends:
                said = source.original(lead.start(), paren.end(1)).strip(" ,.;:–—-")
                asides = _glossed(
                    asides._replace(lunar=asides.lunar + ends), " ".join(said.split())
                )
                source, found = source.blank(lead.start(), paren.end(1)), True
                break
    return source, asides, found


# ... its parenthesis opened and never closed, the phrase cut at the page's line: "Gieo mạ
# từ ngày 24/01 đến ngày 05/02/2025 (Tức ngày 25 tháng Chạp năm Giáp Thìn đến ngày 08 tháng
# Giêng" (Khuyến nông Thái Bình, 2025: zb-khuyennongthaibinh-luu-y-vu-xuan-2025): the gloss
# runs to the phrase's end and is checked against the lunar calendar as a closed one is
_OPENED_BEFORE = re.compile(r"\(\s*\Z")


def _trailing_lunar_gloss(source: Source, asides: Asides) -> tuple[Source, Asides, bool]:
    """ "Thời gian khai mạc dự kiến ngày 3/2/2021, tức ngày 22 tháng Chạp âm lịch", "…
    đến 21/02/2026, tương ứng ngày 24/12 năm Ất Tỵ đến mùng 5 Tết Bính Ngọ": a lunar gloss
    closing the phrase after "tức", "tương ứng", "nhằm", read as one in parentheses is."""
    leads = [*TRAILING.finditer(source.prepared), *BARE_MUNG.finditer(source.prepared)]
    for lead in leads:
        ends = _lunar_gloss(source.prepared[lead.start() :].strip(" ,;–—-"))
        if ends:
            said = source.original(lead.start(), len(source.prepared)).strip(" ,.;:–—-")
            asides = _glossed(asides._replace(lunar=asides.lunar + ends), " ".join(said.split()))
            opened = _OPENED_BEFORE.search(source.prepared, 0, lead.start())
            return (
                source.blank(opened.start() if opened else lead.start(), len(source.prepared)),
                asides,
                True,
            )
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
# a limit stated right before an hour: "trước 0 giờ ngày 16/3", "kết thúc vào 0 giờ ngày
# 16/3", "đóng cổng lúc 0h" (the 15th is the last day; "bắt đầu từ 0 giờ" is a start)
_BOUND_BEFORE = re.compile(
    r"\b(?:truoc|den|toi|het|cham\s+nhat|muon\s+nhat|tre\s+nhat|khong\s+qua|han|chot"
    r"|ket\s+thuc|dong\s+cong)(?:\s+(?:vao|luc))*[\s:,]*\Z",
    re.ASCII,
)
# ... or a deadline named anywhere before it: "Hạn nộp: 0h00 ngày 16/3" (the 15th is the
# last day), unless the hour is a moment or a start ("Thời điểm điều tra: 0 giờ ngày 1/4",
# "hạn … từ 0 giờ"); "hạn chế" is a limit, not a deadline
_DEADLINE_NAMED = re.compile(r"\bhan\b(?!\s+che\b)", re.ASCII)
_AT_OR_FROM = re.compile(r"\b(?:tu|bat\s+dau|luc|vao)[\s:,]*\Z", re.ASCII)
# a day written with its year: "08/12/2025", "23 – 5 – 2021", "08 tháng 12 năm 2025"
_DAY_WITH_YEAR = (
    r"(?P<day>\d{1,2}\s*(?P<sep>[/.–-])\s*\d{1,2}\s*(?P=sep)\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})\b"
)
_TIME = re.compile(
    # ... right after a label's colon, its blank lost: "1. Thời gian tiếp xúc:07h30 ngày 13
    # /12/2023 ( sáng thứ 4)" (HĐND xã Nam Cao, Thái Bình, KH 44/2023: zc-namcao-thaibinh);
    # only after a letter's colon ("10:30" is an hour and its minutes, `_colon_hours`)
    r"(?:(?<=^)|(?<=[ ,(])|(?<=[a-z]:))(?:(?:vao\s+)?luc\s+)?(?P<h>\d{1,2})\s*(?:gio|gi|h)"
    # (the minutes' mark doubled, as a page typed it: "dự kiến khai mạc 08h00'' ngày 23/9/2022",
    # UBND tỉnh Yên Bái, KH Lễ hội Xòe Thái 2022: n-yenbai-ke-hoach-le-hoi-xoe-thai-2022)
    r"(?:\s*(?P<m>\d{1,2})(?:\s*p(?:h)?ut|\s*['’′]{1,2})?)?(?:\s+(?P<part>sang|trua|chieu|toi))?"
    # "7 giờ 45 phút, thứ Hai, ngày 08 tháng 12 năm 2025": the weekday between is checked
    # against the day (`_weekdays_of_dated_days`, `LAST_WEEKDAY`)
    # ... "trước 16 giờ hằng ngày": the hour of each day of a daily rule (`routine`)
    # ... "9h sáng 9/11, diễn ra đồng loạt lễ khởi công …" (Phụ nữ Việt Nam, 2025): after a
    # part of the day, the day may follow without "ngày", as "Sáng 9/11" reads
    r"(?:\s*,)*(?=\s+(?:(?(part)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|(?!))|ngay\s|cung\s+ngay|(?:hang|moi)\s+ngay[ .,;:]*\Z|(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])"
    # ... its "ngày" left out before a whole day with its year: "07h00’ Thứ Bảy 14/01/2023, tất
    # cả cộng đồng dân cư" (phường Hoàng Văn Thụ, Thái Nguyên, 2023)
    rf"|chu\s+nhat)\s*,?\s+(?:ngay\s+)?{_DAY_WITH_YEAR}"
    # ... or the day with its year right after the hour, its "ngày" left out: "Hạn nộp đơn:
    # Từ ngày ra thông báo đến 16h00 15/01/2026." (Đại học Duy Tân, 2026: za-duytan); only
    # a whole day with its year, never a bare "16h00 15/01" (two numbers, which may be hours)
    rf"|{_DAY_WITH_YEAR.replace('?P<day>', '?:').replace('?P<sep>', '?P<tsep>').replace('?P=sep', '?P=tsep')})"
    r"|[ .,;:]*\Z)",
    re.ASCII,
)
# "từ 21h00 đến 23h00 ngày 16/02/2026", "từ 20h – 21h30 ngày 26/11/2022": two hours of one
# day, the first where the event starts (`start_time`), the second where it ends (`time`)
_HOURS_OF_A_DAY = re.compile(
    # ... "vào khoảng 08 giờ 30 phút đến 09 giờ 15 phút ngày 21/02/2024" (a launch ceremony,
    # 2024): the hours about, the day exact
    # ... or with no "từ", right after the day's year, closing the phrase (a schedule line cut
    # before its step's colon): "Ngày 5/3/2023 8h - 8h30: Khai mạc lễ hội" (Lễ hội Xuân Văn
    # Miếu Hà Tĩnh, Báo Hà Tĩnh 2023; zr-baohatinh, refused before tune-zr)
    r"(?:(?<=^)|(?<=[ ,(]))(?P<from>tu\s+|(?:vao\s+)?(?P<about>khoang)(?:\s+tu)?\s+"
    r"|(?<=\d{4}\s)(?=[^:]*\Z))"
    # ... "Dự kiến từ 17h00' - 19h30' ngày 24/9/2022" (Yên Bái, Lễ hội Xòe Thái 2022): the
    # minutes marked with a prime, as `_TIME` reads them
    r"(?P<h1>\d{1,2})\s*(?:gio|h)(?:\s*(?P<m1>\d{1,2})"
    # ... the parts of the day said after each hour, and "cho đến (trước)": "Tạm dừng cấp nước
    # từ 7h30 sáng cho đến trước 17h chiều ngày 11/3/2020" (Đông Hà, Quảng Trị, 2020;
    # z-yeuquangbinh-dong-ha-tam-dung-cap-nuoc-2020): both hours of that one day
    r"(?:\s*phut|\s*['’′])?)?(?:\s+(?P<part1>sang|trua|chieu|toi))?"
    r"\s*(?:(?:cho\s+)?den(?:\s+truoc)?|[-–—])\s*"
    # ... "Khai mạc Hội thi: Từ 7h30 phút đến 17h00 pút ngày 29/10/2022" (Quyết Tiến, Lai
    # Châu 2022): "phút" printed without its "h", after minutes only
    # ... "thu gom từ 19h00’ đến 21h00’ hằng ngày" (UBND phường Hải Châu 1, Đà Nẵng, 2022):
    # the hours of every day of a daily rule (`routine`)
    # ... a comma between the hours and their day: "1. Thời gian: Từ 07g00 đến 17g00, ngày
    # 12/6/2021 (thứ Bảy)" (Thành Đoàn TP.HCM's blood drive; zp-, refused before tune-zp)
    r"(?=\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*p(?:h)?ut|\s*['’′])?)?"
    r"(?(part1)\s+(?:sang|trua|chieu|toi))?(?:\s*,)?\s+"
    # ... the weekday between the hours and their day: "Từ 14h00′ đến 15h30′ thứ hai ngày
    # 02/02/2026, Liên danh … thực hiện thao tác trên tuyến ống" (Dawaco, Đà Nẵng, 2026; z-
    # dawaco-tam-ngung-cap-nuoc-hoa-cuong-2026), left in place for the day to be checked by
    # (`engine._weekday_agrees`)
    r"(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s+(?=ngay\s))?"
    r"(?:ngay\s|(?:hang|moi)\s+ngay[ .,;:]*\Z)"
    # ... or closing the phrase, after its day (`_DAY_BEFORE_HOURS`): "Sáng ngày 08/05/2025: Từ
    # 7 giờ 30 phút đến 11 giờ 00 phút" (a commune health station's vaccination days, Hà Nội
    # 2025)
    r"|(?P<closing>\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*p(?:h)?ut|\s*['’′])?)?[ .;]*\Z))",
    re.ASCII,
)
# the day those closing hours are of, right before them
_DAY_BEFORE_HOURS = re.compile(
    r"\bngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*[:,]\s*\Z"
    r"|\bngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s+\Z",  # its year, then a blank
    re.ASCII,
)


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
    # "có ít nhất 35 tuần thực học, học kỳ I …, học kỳ II …": the school year's teaching
    # weeks, which the terms read must hold together (`refusals._year_weeks_fit`)
    year_weeks: int | None = None
    rounds: int | None = None  # "trong 2 đợt (…)": the deadlines the parentheses must give
    lunar_year: str | None = None  # "năm Giáp Thìn" after lunar glosses: a year of the days
    lunar: tuple[LunarEnd, ...] = ()  # "(tức 27 tháng Chạp)": the lunar days of the days read
    # one gloss gave both ends of a span: "(25 tháng Chạp đến 12 tháng Giêng)"
    lunar_span: bool = False
    # "từ ngày 07/02/2021 ( tức ngày 26 tháng Chạp năm Canh Tý ) đến hết ngày 17/02/2021": a
    # gloss of one day standing before the end of a span ("đến" and a day after it) glosses the
    # span's first day; one after the span's last day glosses that (`refusals._lunar_agrees`)
    lunar_start: bool = False
    # "từ thứ Bảy ngày 30-8 đến hết thứ Ba ngày 2-9": (day, month, weekday) of a weekday
    # before a day without its year, checked once the reading gives the year
    weekdays: tuple[tuple[int, int, int], ...] = ()
    hours_of_one_day: bool = False  # "từ 21h00 đến 23h00 ngày 16/02/2026": one day's hours
    eve: NewYearEve | None = None  # "(Đêm Giao thừa Tết Nguyên đán Bính Ngọ năm 2026)"
    # "…, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc tiếp theo": a recurring rule's
    # day moved off a day off, as printed; the rule itself is unchanged
    shift: str | None = None
    # "… hằng tháng được duy trì": the rule told as kept up (`keptup`), its words the gloss;
    # only a recurring reading may follow
    kept_up: bool = False
    # "(kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12)": the period a yearly
    # report covers (first month, day, last month, day), checked against the rule read
    report_period: tuple[int, int, int, int] | None = None
    # "thời điểm báo cáo là ngày 30/9; thời hạn gửi …": the day the figures are taken (month,
    # day), never the due day
    cut_off: tuple[int, int] | None = None
    # "trước 24 giờ ngày 31/12/2026": due by the end of that day, which `strict_before`
    # (D itself too late) must not move to the day before
    end_of_day: bool = False

    @property
    def empty(self) -> bool:
        return self == Asides()

    def note(self) -> str:
        """What the reading adds, in Vietnamese."""
        said = [f"lúc {self.time}"] if self.time else []
        if self.gloss:
            said.append(f"chú thích: {self.gloss}")
        return "".join(f"; {part}" for part in said)


# ... closed by a comma: the words after it, then the days, are the step's
_COMMA_NEXT = re.compile(r"\s*,")


def _parens_to_explain(prepared: str) -> list[re.Match[str]]:
    """The parentheses of `prepared` (`_PAREN`) but a lunar occasion's own day after its
    name when a comma follows it (`lunar.OCCASION_OWN_GLOSS`): "Ngày giỗ tổ Hùng Vương (mùng
    10 tháng 3 Âm lịch), cán bộ … được nghỉ 03 ngày, từ ngày 13/4/2019 …" (UBND tỉnh Ninh
    Thuận, TB 28/2019) names the holiday, and glosses none of the days read after it (the
    15th, the last, is no 10/3 lunar); the label's checks take it as a name."""
    named = {
        said.end()
        for said in OCCASION_OWN_GLOSS.finditer(prepared.lower())
        if _COMMA_NEXT.match(prepared, said.end())
    }
    return [paren for paren in _PAREN.finditer(prepared) if paren.end() not in named]


def explain_asides(source: Source) -> tuple[Source, Asides]:
    """Read and blank out what only explains the date: a weekday "(Chủ nhật)", a number
    spelled out "(năm)" that agrees with the number before it, a gloss "(60 ngày trước
    ngày bầu cử)", a time of day "10 giờ", a document cited by its number
    (`cite_references`); other parentheses stay (and are refused)."""
    source, asides = cite_references(source, Asides())
    source, asides = _commemorated(source, asides)
    source, asides = _half_a_day(source, asides)
    source = _weekdays_opening_glosses(_weekdays_after_dated_days(source))
    source, asides = _office_week_after_a_span(*_weekday_after_a_span_s_end(source, asides))
    source, part = _weekday_s_part(source)  # "(tối thứ năm)": the weekday checked below
    source, asides, lunar = _lunar_gloss_inside(source, asides)
    for paren in _parens_to_explain(source.prepared):
        inner = paren.group(1).strip(" ,.;:")
        if ends := _lunar_gloss(inner) or occasion_gloss(inner):  # "(Giỗ tổ … 10/3 âm lịch)"
            lunar = True
            asides = _lunar_in_parens(asides, ends, _END_AHEAD.match(source.prepared, paren.end()))
        eve = _new_year_eve(inner)
        _count_from_that_after_its_day(source, paren)
        if day := _WEEKDAY.fullmatch(inner):
            asides = _once(asides, weekday=weekday_number(day))
        elif (
            _GLOSS.fullmatch(inner)
            or ends
            or eve
            or _NOTICE_LATER.fullmatch(inner)
            or _SCHOOL_STAGE.fullmatch(inner)
            or _SOLAR_CALENDAR.fullmatch(inner)
            or _REPLACED.fullmatch(inner)
            or (
                _BETWEEN_STEPS.fullmatch(inner)
                and _SPAN_BEFORE.search(source.prepared[: paren.start()])
            )
            or (
                _SKIPS_DAYS_OFF.fullmatch(inner) and _EVERY.search(source.prepared[: paren.start()])
            )
        ):
            asides = asides._replace(eve=eve) if eve else asides
            gloss = source.original(paren.start(1), paren.end(1)).strip(" ,.;:")
            asides = _glossed_whole(asides, " ".join(gloss.replace("*", "").split()))
        elif weeks := _WEEKS_IN_PARENS.fullmatch(inner):
            gloss = source.original(paren.start(1), paren.end(1)).strip(" ,.;:")
            asides = _glossed(_once(asides, weeks=int(weeks["weeks"])), " ".join(gloss.split()))
        elif period := report_period(inner):  # "(kỳ báo cáo tính từ ngày 01/01 đến …)"
            said = " ".join(source.original(paren.start(1), paren.end(1)).strip(" ,.;:").split())
            asides = _glossed(_once(asides, report_period=period), said)
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
    source, asides = _occasion_after_its_day(source, asides)
    source, asides = _horizon(source, asides)
    source, asides = _term_weeks(source, asides)
    source = _weekdays_of_dated_days(source)
    source, asides = _weekdays_of_days_without_year(source, asides)
    source, asides = _solar_calendar_after(source, asides)
    source, asides = _cut_off_day(source, asides)
    return _part_agrees(part, _one_sitting(*_time_of_day(*_hour_after_its_day(source, asides))))


# A weekday in parentheses with the part of the day it falls in, after a dated day and its
# hour: "vào 18 giờ 30 ngày 08/01/2026 (tối thứ năm) tại Trường Tiểu học Huỳnh Văn Chính"
# (HĐND phường Tân Phú, TP.HCM, its voters' meetings of January 2026; zn-hdnd-hcm-tan-phu-
# tiep-xuc-cu-tri-01-2026, refused before tune-zn): the weekday is checked against the day as
# "(thứ năm)" is, and the part against the hour (`PART_HOURS`): "18 giờ 30 … (sáng thứ năm)"
# says two times of one day, refused.
_PART_THEN_WEEKDAY = re.compile(
    rf"\(\s*(?P<part>sang|trua|chieu|toi)\s+(?={WEEKDAY.pattern}\s*\))", re.ASCII
)


def _weekday_s_part(source: Source) -> tuple[Source, tuple[str, str] | None]:
    """`source` with the part of the day before a weekday in parentheses blanked
    (`_PART_THEN_WEEKDAY`: the weekday is read as "(thứ năm)" is), and that part, folded (a
    key of `PART_HOURS`) and as printed; None when there is none."""
    found = _PART_THEN_WEEKDAY.search(source.prepared)
    if found is None:
        return source, None
    said = source.said(*found.span("part"))
    return source.blank(*found.span("part")), (found["part"], said)


def _one_sitting(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """`source` with one sitting of a part of the day before its hour blanked
    (`sittings.ONE_SITTING`: "là 01 buổi chiều, bắt đầu từ 14 giờ … ngày 28/7/2020"), kept as
    the gloss and as a length of one day; unchanged when there is none, or when the hour read
    is not of that part."""
    sitting = ONE_SITTING.search(source.prepared)
    hour = asides.start_time or asides.time
    if sitting is None or hour is None or int(hour[:2]) not in PART_HOURS[sitting["part"]]:
        return source, asides
    said = source.said(sitting.start(), sitting.end()).strip(" ,")
    asides = _glossed(_once(asides, length=1), said)
    return source.blank(sitting.start(), sitting.end()), asides


def _part_agrees(
    part: tuple[str, str] | None, read: tuple[Source, Asides]
) -> tuple[Source, Asides]:
    """`read` as it is, refused when its hour is no hour of the part of the day said with a
    weekday in parentheses (`part`, `_weekday_s_part`)."""
    time = read[1].time
    if part is not None and time is not None and int(time.split(":")[0]) not in PART_HOURS[part[0]]:
        raise Unreadable(
            f"giờ {time} không phải giờ của buổi “{part[1]}” ghi trong ngoặc; ghi last_day theo "
            "văn bản"
        )
    return read


def _cut_off_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """The day a report's figures are taken, before the day it is due (`reporting.cut_off_
    apart`): blanked, kept as the gloss and checked against the rule read."""
    found = cut_off_apart(source.prepared)
    if found is None:
        return source, asides
    (start, end), day = found
    said = " ".join(source.original(start, end).strip(" ,.;:").split())
    return source.blank(start, end), _glossed(_once(asides, cut_off=day), said)


_CYCLE_YEAR = re.compile(r"\s+nam\s+(?P<stem>[a-z]+)\s+(?P<branch>[a-z]+)[ .,;:]*\Z", re.ASCII)


def _lunar_year_after(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "bắt đầu từ ngày 6/2/2024 (27 tháng Chạp) đến hết ngày 18/2/2024 (9 tháng Giêng)
    năm Giáp Thìn" (UBND Hà Tĩnh): after lunar glosses, the lunar year they fall in, kept
    as the gloss; `refusals.check_asides` checks it names a year of the days read."""
    named = _CYCLE_YEAR.search(source.prepared)
    if named is None:
        return source, asides
    year_name = folded_cycle_name(named["stem"], named["branch"])  # "tị", "mẹo" spelled too
    if year_name is None:
        return source, asides
    said_at = source.prepared.index("nam", named.start())
    said = source.said(said_at, named.end()).strip(" .,;:")
    asides = _once(asides, lunar_year=year_name)
    return source.blank(named.start(), named.end()), _glossed(asides, said)


# "hoàn thành trước ngày Sinh nhật Bác (19/5)" (Hội LHPN Bắc Ninh, 2006): a day named by
# its occasion, its date in the parentheses closing the phrase; the name is kept as the
# gloss and the date read. The name starts with a capital, as printed, and holds words only
_NAMED_DAY = re.compile(
    rf"\bngay\s+(?P<name>[a-z][a-z ]*?)\s*(?P<open>\()\s*(?P<when>{DAY_SHAPE})\s*(?P<close>\))"
    r"[ .,;:]*\Z",
    re.ASCII,
)


# An occasion of one day (or a few) named before a year: "Quốc khánh năm 2027", "chào mừng
# Ngày Nhà giáo Việt Nam năm 2027", "Giỗ Tổ Hùng Vương năm 2027", "Trung thu năm 2027". A
# solar occasion of `OCCASIONS` counts after a word that makes it the day ("ngày", "lễ",
# "dịp", "chào mừng", "kỷ niệm"): "Hội Liên hiệp Phụ nữ Việt Nam năm 2027" names a body
_DAY_NAMED_BY = r"\b(?:ngay|le|dip|chao\s+mung|ky\s+niem|huong\s+ung)\s+(?:[a-z]+\s+){0,3}?"
_OCCASION_OF_A_YEAR = re.compile(
    _DAY_NAMED_BY + "(?:" + "|".join(name.replace(" ", r"\s+") for name in OCCASIONS) + r")\b"
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
    gloss; a name of a known occasion must agree with the date (`OCCASIONS`), else the
    phrase is refused: one of the two is wrong. Without the parentheses, a known occasion
    whose own day it is (`_named_day_unbracketed`)."""
    named = _NAMED_DAY.search(source.prepared)
    if named is None:
        return _named_day_unbracketed(source, asides)
    name = source.said(*named.span("name"))
    if not name[:1].isupper() or _NOT_A_NAME.search(named["name"]):
        return source, asides
    day = read_day(named["when"], YEARLESS)
    folded = " ".join(named["name"].split())
    known = [when for occasion, when in OCCASIONS.items() if occasion in folded]
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


# ... and a known occasion named between "ngày" and its own day, no parentheses: "Bộ Y tế tổ
# chức Chiến dịch bổ sung vitamin A đợt 1 cho trẻ em bắt đầu từ ngày Quốc tế thiếu nhi 1/6"
# (Báo Thái Bình, 2023; zb-baothaibinh-chien-dich-vitamin-a-2023). The name only joined the
# label (`engine._occasion_before`), which swallowed the "từ" before it: "bắt đầu từ ngày Quốc
# tế thiếu nhi 1/6" was read due on 1/6, a start read as a deadline. Read as "từ ngày 1/6",
# the name its gloss, as "(1/6)" after it is (`_named_day`). Only a known occasion whose own
# day it is (`commemorated.named_before_its_day`); the day closes the phrase, or its yearly
# cadence does ("bắt đầu từ ngày Quốc tế thiếu nhi 1/6 hằng năm" was read due on 1/6 each year,
# refused as "từ ngày 1/6 hằng năm" is: a start each year, no deadline)
_DAY_AFTER_ITS_NAME = re.compile(
    rf"\bngay\s+(?P<name>[a-z][a-z ]*?)\s+(?P<when>{DAY_SHAPE})"
    r"(?:\s+(?:hang|moi)\s+nam)?[ .,;:]*\Z",
    re.ASCII,
)


def _named_day_unbracketed(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """A known occasion named right before its own day (`_DAY_AFTER_ITS_NAME`) blanked, the
    name kept as the gloss; any other name, or a day not the occasion's, stays as printed."""
    named = _DAY_AFTER_ITS_NAME.search(source.prepared)
    if named is None:
        return source, asides
    day = read_day(named["when"], YEARLESS).first
    if not named_before_its_day(source.prepared[: named.start("when")], day.day, day.month):
        return source, asides
    name = " ".join(source.said(*named.span("name")).split())
    return source.blank(*named.span("name")), _glossed(asides, f"Ngày {name[:1].upper()}{name[1:]}")


# ... and the occasion named in parentheses after its day: "Khai mạc ngày 19/5/2022 (Ngày sinh
# nhật Bác)", "Bế mạc ngày 28/6/2022 (Ngày gia đình Việt Nam)" (Sở VHTTDL Đồng Tháp, the
# 2022 sports congresses' schedule)
_OCCASION_AFTER = re.compile(
    rf"(?P<when>{DAY_SHAPE})\s*(?P<note>\(\s*ngay\s+(?P<name>[a-z][a-z ]*?)\s*\))[ .,;:]*\Z",
    re.ASCII,
)


def _occasion_after_its_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """A day then the occasion it is, in parentheses (`_OCCASION_AFTER`): the name kept as
    the gloss when it is a known occasion (`OCCASIONS`) whose day and month are the day's;
    any other name stays (and is refused), and a known one on another day is refused: one
    of the two is wrong."""
    named = _OCCASION_AFTER.search(source.prepared)
    if named is None:
        return source, asides
    folded = " ".join(named["name"].split())
    known = [when for occasion, when in OCCASIONS.items() if folded == occasion]
    if not known:
        return source, asides
    day = read_day(named["when"], YEARLESS)
    name = " ".join(source.original(*named.span("note")).strip("() ").split())
    if (day.first.day, day.first.month) != known[0]:
        on, month = known[0]
        raise Unreadable(
            f"“{name}” là ngày {on:02d}/{month:02d}, không phải {day.first.day:02d}/"
            f"{day.first.month:02d}; ghi last_day theo văn bản"
        )
    return source.blank(*named.span("note")), _glossed(asides, name)


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


# A weekday right before the day it names, after a connective ("từ", "đến", "hết", "vào",
# a comma), "nghỉ 1 ngày", the hour or at the start, never after a noun ("Kỳ họp thứ hai",
# "lần thứ hai"). One rule whether the day has its year or not: the day is read, the
# weekday checked against it, and a weekday that names another day refused (one of the two
# is a typo, and a tool cannot tell which).
_WEEKDAY_BEFORE_DAY = (
    # ... at the start, a list's mark before it: "b) Thứ năm, ngày 27-6-2013" (Báo Ninh Thuận,
    # the deputies' meetings with voters of 2013: a mark blanked leaves its spaces)
    r"(?:^[\s\-–•+*]*|(?<=\btu )|(?<=\bden )|(?<=\bhet )|(?<=\bvao )|(?<=, )|(?<=\bngay )"
    r"|(?<=\bnghi )"
    # ... after a field's colon, "là" or an opening parenthesis: "Ngày bắt đầu lấy ý kiến: thứ
    # Sáu 15/04/2022" (Bộ KH&CN's drafts), "ngày bắt đầu là thứ Tư, 6/9/2023" (Ninh Bình,
    # QĐ 636/2023), "(thứ Tư 24/04/2021)"
    r"|(?<=: )|(?<=\bla )|(?<=\()"
    # after the hour: "vào lúc 7 giờ sáng Chủ nhật, ngày 24/3/2019" (Báo Đồng Tháp, 2019),
    # "vào 7h sáng chủ nhật ngày 28/12" (Tạp chí Sông Hương, Huế 2014)
    r"|(?<=\bgio )|(?<=\bphut )|(?<=\bsang )|(?<=\btrua )|(?<=\bchieu )|(?<=\btoi )"
    # ... or after its minutes with no "phút", or only their prime: "bắt đầu từ 14 giờ 00’ thứ
    # Ba, ngày 28/7/2020" (HĐND huyện Chương Mỹ, 2020; z-dbndhanoi), as "14 giờ 30 phút thứ Ba"
    r"|(?<=\bgio \d\d )|(?<=\bgio \d\d['’′] )"
    # ... after "và" closing a day before it: "nghỉ thêm hai ngày làm việc là thứ Ba (28/4) và
    # thứ Tư (29/4)" (a university's notice, 2026: za-blogtamsu-dai-hoc-nghi-9-ngay), "thứ Ba
    # ngày 28/4 và thứ Tư ngày 29/4": each day with its weekday, each checked; never after a
    # noun ("lần thứ nhất và thứ hai ngày …" has no day before the "và")
    r"|(?<=\d va )|(?<=\d\) va ))"
    # ... and a spaced dash after it: "nghỉ liên tục 4 ngày, từ thứ Năm - 01/01/2026 đến hết
    # Chủ Nhật - 04/01/2026" (Bảo hiểm xã hội, Tết Dương lịch 2026); never "thứ 2-6" (Monday
    # to Friday)
    r"(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))(?:\s*,?|\s+[-–—])\s+"
)
# "từ thứ hai ngày 16/2/2026 … đến hết thứ sáu, ngày 20/2/2026" (Dân trí, Tết 2026): before a
# day written with its year, checked here
# ... or with the day in parentheses after it: "đi làm bù vào thứ bảy (25.1.2014) và thứ bảy
# (8.2.2014)", "nghỉ 9 ngày liên tục, từ thứ ba (28.1.2014) đến hết thứ tư (5.2.2014)" (Báo
# Lao Động, Tết Giáp Ngọ 2014): the parentheses are blanked with the weekday
_WEEKDAY_THEN_DAY = re.compile(
    _WEEKDAY_BEFORE_DAY + rf"(?P<open>\(\s*)?(?=(?:ngay\s+)?{_DAY_WITH_YEAR}(?(open)\s*\)))",
    re.ASCII,
)


# ... or after a dated day, in parentheses: "từ ngày 1/1/2026 (thứ Năm) đến hết ngày 4/1/2026
# (Chủ nhật)" (Báo Quốc tế, the students' New Year holiday of 2026): each weekday names the
# day before it, as one weekday alone after one day does (`Asides.weekday`); two of them, each
# checked here, are no two glosses of one deadline
_DATED_DAY_THEN_WEEKDAY = re.compile(
    rf"(?:ngay\s+)?{_DAY_WITH_YEAR}\s*(?P<paren>\(\s*{WEEKDAY.pattern}\s*\))", re.ASCII
)


def _weekday_agrees(one: re.Match[str]) -> None:
    """Refuse a weekday (`one`, with its "day") that is not its dated day's."""
    day = read_day(one["day"], None).last
    if day.weekday() != weekday_number(one):
        raise _wrong_weekday(day, weekday_number(one))


def _wrong_weekday(day: date, named: int) -> Unreadable:
    """The refusal of a weekday (`named`, 0 for Monday) that is not `day`'s: one of the two is
    a typo, so the way out is the corrected day (issue 11: a refusal names what to write)."""
    return Unreadable(
        f"ngày {show(day)} là {WEEKDAYS[day.weekday()]}, không phải {WEEKDAYS[named]}; "
        "ghi last_day theo văn bản đã sửa"
    )


def _weekdays_after_dated_days(source: Source) -> Source:
    """Blank each weekday in parentheses after the dated day it names
    (`_DATED_DAY_THEN_WEEKDAY`), when the phrase holds two or more: a weekday that names
    another day is refused, as before a day (`_weekdays_of_dated_days`)."""
    found = list(_DATED_DAY_THEN_WEEKDAY.finditer(source.prepared))
    if len(found) < 2:  # one weekday after one day: `Asides.weekday`, checked with the reading
        return source
    for one in found:
        _weekday_agrees(one)
        source = source.blank(*one.span("paren"))
    return source


# ... and the one weekday after the dated day that ends a span: "từ 27/4 đến 30/4/2026 (thứ
# Năm)" (the finding of session 38's new user, refused as "a weekday goes with one day"
# though 30/4/2026 is a Thursday): it names the span's last day, the day after "đến" or a
# dash, checked against it as after a day alone, and kept as the reading's gloss
_SPAN_S_END_BEFORE = re.compile(r"(?:\bden\s+(?:het\s+)?|[-–]\s*)\Z", re.ASCII)


def _weekday_after_a_span_s_end(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """`source` with the one weekday in parentheses after a span's dated last day
    (`_DATED_DAY_THEN_WEEKDAY` after `_SPAN_S_END_BEFORE`) blanked, once checked against
    that day (`_weekday_agrees`: another day's weekday is refused), and the weekday as
    printed added to the glosses; as it stands otherwise."""
    found = list(_DATED_DAY_THEN_WEEKDAY.finditer(source.prepared))
    if len(found) != 1 or not _SPAN_S_END_BEFORE.search(source.prepared, 0, found[0].start()):
        return source, asides
    one = found[0]
    _weekday_agrees(one)
    said = source.original(*one.span("paren")).strip("() ")
    return source.blank(*one.span("paren")), _glossed(asides, " ".join(said.split()))


# ... and the office week after a span, in parentheses: "- Thời gian đăng ký: Từ ngày
# 06/08/2025 đến hết ngày 19/09/2025 (trong giờ hành chính, Thứ 2 – Thứ 6)" (Trường Đại học
# Nguyễn Tất Thành, 2025; ze-ntt-thi-chuan-dau-ra-tieng-anh-thang-9-2025): the days of the
# span the office takes the work in, which move neither end when both ends fall in that week
# (the lead's ruling of session 50). An end on a day the office is closed ("… đến hết ngày
# 20/09/2025", a Saturday) leaves the last day a guess, refused.
_OFFICE_WEEK_AFTER_SPAN = re.compile(
    r"\btu\s+(?:ngay\s+)?(?P<first>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s+den\s+(?:het\s+)?"
    rf"(?:ngay\s+)?{_DAY_WITH_YEAR}\s*(?P<paren>\(\s*(?:trong\s+)?gio\s+hanh\s+chinh\s*,\s*"
    r"(?:tu\s+)?thu\s+(?:2|hai)\s*(?:[–-]|den)\s*thu\s+(?P<to>6|sau|7|bay)\s*\))",
    re.ASCII,
)


def _office_week_after_a_span(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """`source` with the office week in parentheses after a span's dated last day
    (`_OFFICE_WEEK_AFTER_SPAN`) blanked and kept as the gloss, once both ends of the span are
    checked to fall in it; an end outside it is refused."""
    found = _OFFICE_WEEK_AFTER_SPAN.search(source.prepared)
    if found is None:
        return source, asides
    last = read_day(found["day"], None).last
    first = read_day(found["first"], last.year).first
    if first > last:  # across the new year, its first year unsaid: left as it stands
        return source, asides
    closes = 4 if found["to"] in ("6", "sau") else 5  # Friday, or Saturday
    outside = [day for day in (first, last) if day.weekday() > closes]
    said = " ".join(source.original(*found.span("paren")).strip("() ").split())
    if outside:
        raise Unreadable(
            f"ngày {show(outside[0])} là {WEEKDAYS[outside[0].weekday()]}, ngoài “{said}”: "
            "không rõ ngày đầu, ngày cuối thật; ghi first_day và last_day theo văn bản"
        )
    return source.blank(*found.span("paren")), _glossed(asides, said)


# ... or opening the parenthesis of its gloss, a comma after it: "nghỉ Tết Nguyên đán 2021 từ
# ngày 8/2/2021 (thứ Hai, ngày 27 tháng Chạp) đến hết ngày 20/2/2021 (thứ Bảy, ngày 09 tháng
# Giêng)" (Nghệ An 24h on Quảng Ninh's pupils, 2021; zr-nghean24h, refused before tune-zr):
# the weekday checked against the day and blanked, the gloss left to be read as it stands
_DATED_DAY_THEN_WEEKDAY_AND_GLOSS = re.compile(
    rf"(?:ngay\s+)?{_DAY_WITH_YEAR}\s*\(\s*(?P<weekday>{WEEKDAY.pattern}\s*[,;]\s*)"
    r"(?=[^()\s][^()]*\))",
    re.ASCII,
)


def _weekdays_opening_glosses(source: Source) -> Source:
    """Blank each weekday that opens the parenthesis after the dated day it names, before a
    comma and the rest of the gloss (`_DATED_DAY_THEN_WEEKDAY_AND_GLOSS`); one that names
    another day is refused, as the weekdays alone are (`_weekdays_after_dated_days`)."""
    for one in list(_DATED_DAY_THEN_WEEKDAY_AND_GLOSS.finditer(source.prepared)):
        _weekday_agrees(one)
        source = source.blank(*one.span("weekday"))
    return source


def _weekdays_of_dated_days(source: Source) -> Source:
    """Blank each weekday that names the dated day after it (`_WEEKDAY_THEN_DAY`): it adds
    nothing the day does not say. One that names another day is refused: one of the two
    is a typo, and a tool cannot tell which."""
    for found in list(_WEEKDAY_THEN_DAY.finditer(source.prepared)):
        day = read_day(found["day"], None).last
        if day.weekday() != weekday_number(found):
            raise _wrong_weekday(day, weekday_number(found))
        source = _day_word_doubled(source.blank(found.start(), found.end()), found)
        if found["open"]:  # and the closing parenthesis after the day
            close = source.prepared.index(")", found.end())
            source = source.blank(close, close + 1)
    return source


# "Nghỉ từ thứ Hai, ngày 28-01-2019 đến hết ngày Chủ nhật, ngày 10-02-2019 (nhằm ngày 23 tháng
# Chạp năm Mậu Tuất đến hết ngày mùng 6 tháng Giêng năm Kỷ Hợi)" (Sở GD-ĐT An Giang, khung năm
# học 2018-2019; o-an-giang-khung-nam-hoc-2018-2019): "ngày" said before the weekday and again
# before its day, one day; the weekday blanked left "đến hết ngày ngày 10-02-2019", read as
# nothing. The first "ngày" goes with its weekday, only when the second stands right after it
_DAY_WORD_BEFORE = re.compile(r"\bngay\s+\Z", re.ASCII)
_DAY_WORD_AFTER = re.compile(r"ngay\s", re.ASCII)


def _day_word_doubled(source: Source, weekday: re.Match[str]) -> Source:
    """`source` (its `weekday` blanked) with the "ngày" before that weekday blanked too, when
    "ngày" is said again before the day after it (`_DAY_WORD_BEFORE`, `_DAY_WORD_AFTER`)."""
    before = _DAY_WORD_BEFORE.search(source.prepared, 0, weekday.start())
    if before is None or not _DAY_WORD_AFTER.match(source.prepared, weekday.end()):
        return source
    return source.blank(before.start(), before.end())


# ... and before a day without its year: "nghỉ … từ thứ Bảy ngày 30-8 đến hết thứ Ba ngày
# 2-9" (UBND TP. Hồ Chí Minh, Quốc khánh 2025), "từ thứ tư, ngày 11/2 (…) đến hết chủ nhật,
# ngày 22/2 (…)" (Tết 2026), "vào lúc 16h chiều thứ bảy ngày 27/12" (Huế, 2014): checked once
# the reading gives the day its year (`refusals.check_asides`)
# ... or the day in parentheses after it: "sinh viên HUIT sẽ nghỉ từ thứ Bảy (25/4) đến hết Chủ
# nhật (3/5)", "hai ngày làm việc là thứ Ba (28/4) và thứ Tư (29/4)" (Trường ĐH Công Thương
# TP.HCM, the holidays of 30/4 2026), as "thứ bảy (25.1.2014)" is read with its year
_WEEKDAY_THEN_BARE_DAY = re.compile(
    _WEEKDAY_BEFORE_DAY
    # a day and a month and no more: not "thứ Bảy, ngày 13-14/3/2027" (a span's two days,
    # whose weekday is checked with the span)
    + r"(?:(?P<open>\(\s*)(?=(?P<pd>\d{1,2})\s*/\s*(?P<pm>\d{1,2})\s*\))"
    r"|(?=ngay\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?!\d|\s*(?P=sep)\s*\d|[/.-]\d))"
    # ... or the bare day right after it, a slash between: "nghỉ 5 ngày liên tục, từ thứ Hai
    # 16/2 đến hết thứ Sáu 20/2/2026" (Vietnam Media on the Tết holiday of 2026), as "thứ Hai
    # ngày 16/2" is read; not "thứ 2 - 6" (Monday to Friday) nor a span's day "16-20/2"
    r"|(?=(?P<bd>\d{1,2})\s*/\s*(?P<bm>\d{1,2})(?!\d|\s*/\s*\d|\s*[-–]\s*\d)))",
    re.ASCII,
)


def _weekdays_of_days_without_year(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Blank each weekday before a day without its year (`_WEEKDAY_THEN_BARE_DAY`), kept to
    be checked against the day read."""
    found = list(_WEEKDAY_THEN_BARE_DAY.finditer(source.prepared))
    named = tuple(
        (
            int(one["d"] or one["pd"] or one["bd"]),
            int(one["m"] or one["pm"] or one["bm"]),
            weekday_number(one),
        )
        for one in found
    )
    for one in found:
        source = _day_word_doubled(source.blank(one.start(), one.end()), one)
        if one["open"]:  # and the closing parenthesis after the day
            close = source.prepared.index(")", one.end())
            source = source.blank(close, close + 1)
    return source, asides._replace(weekdays=asides.weekdays + named) if named else asides


# "… đến hết thứ Ba ngày 2-9 Dương lịch" (UBND TP. Hồ Chí Minh, Quốc khánh 2025): the solar
# calendar named after the last day, as "(theo Dương lịch)" names it in parentheses
_SOLAR_CALENDAR_AFTER = re.compile(
    r"(?<=\d)\s+(?:theo\s+)?(?:lich\s+)?duong\s+lich[ .;]*\Z", re.ASCII
)


def _solar_calendar_after(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "… ngày 2-9 Dương lịch": the words kept as the gloss, the day read as ever."""
    named = _SOLAR_CALENDAR_AFTER.search(source.prepared)
    if named is None:
        return source, asides
    said = source.said(named.start(), named.end()).strip(" .;")
    return source.blank(named.start(), named.end()), _glossed(asides, said)


# ", tầm nhìn đến năm 2050", "và định hướng đến năm 2030", ", có tính đến năm 2030": a
# horizon beyond the period; it does not extend it (kept as the gloss)
# ... its year written without "năm": "… GIAI ĐOẠN 2019 - 2020, ĐỊNH HƯỚNG ĐẾN 2025" (UBND tỉnh
# Tiền Giang, KH 328/2019; zl-vanbanphapluat-tien-giang); or cut at the end of a title's
# line, its year on the next: "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG"
# (UBND tỉnh Vĩnh Long, KH 43/2022; zl-thuviennhadat): whatever its year, a horizon leaves
# the period before it as it is (both refused before tune-zl); so too cut after "đến (năm)",
# after a span of years: "duyệt Đề án “Phát triển bền vững Mắc ca giai đoạn 2021 - 2030, tầm
# nhìn đến năm" (Quyết định 344/QĐ-TTg as a page breaks its line; zr-thuviennhadat-ttg-qd-
# 344-2022-de-an-mac-ca). Never after one year: "… xã hội số đến năm 2025, định hướng đến năm"
# (zl-thuviennhadat-vinh-long-kh-43-kinh-te-so-2025) cites a national strategy, refused
_HORIZON = re.compile(
    r"(?>\s*[,;]?\s*)(?:va\s+)?(?:dinh\s+huong|tam\s+nhin|co\s+tinh)(?:\s+quy\s+hoach)?"
    r"(?:\s+den\s+(?:nam\s+)?(?:19|20)\d\d(?!\d)"
    # "… 2017-2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG" (a plan's title):
    # where, after the horizon
    r"(?P<where>\s+(?:tren\s+dia\s+ban|tren\s+(?:toan|ca)\s+(?:quoc|nuoc)|trong\s+toan)\b[^()\d]*)?"
    # ... what the plan sets out: "…, định hướng đến 2025 với các nội dung cụ thể sau"
    r"(?:\s+voi\s+(?:cac|nhung)\s+noi\s+dung(?:\s+(?:chu\s+yeu|chinh))?(?:\s+cu\s+the)?"
    r"\s+(?:nhu\s+)?sau)?)"
    r"[ .,;:]*\Z"
    # (cut, after its comma and a year)
    r"|(?<=\d{4})\s*[,;]\s*(?:va\s+)?(?:dinh\s+huong|tam\s+nhin)[ .,;:]*\Z"
    r"|(?:(?<=[–—-]\d{4})|(?<=[–—-]\s\d{4}))\s*[,;]\s*(?:va\s+)?(?:dinh\s+huong|tam\s+nhin)"
    r"\s+den(?:\s+nam)?[ .,;:]*\Z",
    re.ASCII,
)


# ", gồm 18 tuần thực học", ", bảo đảm học đủ 35 tuần thực học": the teaching weeks of a
# school term or year, kept as the gloss
_TERM_WEEKS = re.compile(
    r"\s*,\s*(?:gom\s+\d{1,2}\s+tuan(?:\s+thuc\s+hoc)?"
    r"|bao\s+dam\s+(?:hoc\s+)?du\s+\d{1,2}\s+tuan\s+thuc\s+hoc)[ .;:]*\Z"
    # "Học kỳ II sẽ tính từ ngày 13-1-2025 và phải đảm bảo thực hiện đủ 17 tuần thực học"
    # (Sở GD-ĐT Tiền Giang, 2024): "đảm bảo" is "bảo đảm", the weeks the term must teach
    r"|(?:\s*,\s*|\s+va\s+)(?:phai\s+)?(?:bao\s+dam|dam\s+bao)\s+(?:(?:hoc|thuc\s+hien)\s+)?du"
    r"\s+\d{1,2}\s+tuan\s+thuc\s+hoc[ .;:]*\Z",
    re.ASCII,
)


# "Học kỳ I có 18 tuần thực học, bắt đầu từ ngày 5/9/2022 đến ngày 6/1/2023" (Tây Ninh),
# "Học kỳ I thực học 18 tuần, còn lại dành cho các hoạt động khác và bắt đầu từ …" (Điện
# Biên; the wording of the Ministry's school-year frameworks): the teaching weeks of the
# term named first, then its days; kept as the gloss, and they must fit in the days read
# ... the level of schooling the days are for perhaps between: "Học kỳ II sẽ có 17 tuần thực
# học, đối với giáo dục mầm non, từ ngày 12/1/2026 đến ngày 22/5/2026", "Học kỳ I kéo dài 18
# tuần thực học, đối với giáo dục mầm non bắt đầu từ ngày 8/9/2025 và kết thúc 9/1/2026"
# (Kiến Thức on Vĩnh Long's 2025-2026 plan, zo-kienthuc-vinh-long-ke-hoach-thoi-gian-nam-hoc-
# 2025-2026; tune-zo): words only, kept in the gloss
_WEEKS_FIRST = re.compile(
    r"(?:(?<=[a-z] )|^\s*)(?:co\s+)?(?:(?P<weeks>\d{1,2})\s+tuan\s+thuc\s+hoc|thuc\s+hoc\s+"
    r"(?P<weeks2>\d{1,2})\s+tuan)(?:\s*,\s*con\s+lai\s+danh\s+cho\s+cac\s+hoat\s+dong\s+khac)?"
    r"(?:\s*,\s*doi\s+voi\s+(?:giao\s+duc|cap\s+hoc|cap|bac\s+hoc|bac)\s+[a-z ]{2,40}?"
    r"(?=\s*,|\s+(?:bat\s+dau|tu)\b))?"
    r"\s*(?:,|\s+va\b|(?<=[a-z])(?=\s+(?:bat\s+dau|tu)\b))\s*(?=bat\s+dau|tu\b)",
    re.ASCII,
)


# "Đối với cấp mầm non và tiểu học, có ít nhất 35 tuần thực học, học kỳ I bắt đầu từ ngày
# 28.8.2017, kết thúc trước ngày 6.1.2018, học kỳ II bắt đầu từ ngày 8.1.2018, hoàn thành
# chương trình giáo dục trước ngày 25.5.2018." (UBND tỉnh Hưng Yên, QĐ 1962/2017, as Báo Hưng
# Yên prints it; w-press-baohungyen-qd-1962-2017-nam-hoc): the weeks the whole school year
# must teach (the Ministry's framework: "ít nhất 35 tuần thực học"), said before its first
# term, both terms named after it; each term is its own window, the weeks their sum (the
# comma after the weeks is kept: it closes the level of schooling before them)
_YEAR_WEEKS = re.compile(
    r"(?:(?<=[a-z] )|(?<=, )|^\s*)co\s+(?:it\s+nhat\s+|du\s+)?(?P<weeks>\d{1,2})\s+tuan\s+"
    r"thuc\s+hoc(?=\s*,\s*hoc\s+ky\s+(?:i|1)\s+bat\s+dau\b.*\bhoc\s+ky\s+(?:ii|2)\s+bat\s+dau\b)",
    re.ASCII,
)


def _term_weeks(source: Source, asides: Asides) -> tuple[Source, Asides]:
    if year := _YEAR_WEEKS.search(source.prepared):
        asides = _once(asides, year_weeks=int(year["weeks"]))
        return source.blank(year.start(), year.end()), asides
    if first := _WEEKS_FIRST.search(source.prepared):
        said = source.original(first.start(), first.end()).strip(" ,.;:")
        said = " ".join(said.removesuffix(" và").split()).strip(" ,")
        asides = _once(asides, weeks=int(first["weeks"] or first["weeks2"]))
        source, asides = source.blank(first.start(), first.end()), _glossed(asides, said)
    weeks = _TERM_WEEKS.search(source.prepared)
    if weeks is None:
        return source, asides
    said = " ".join(source.original(weeks.start(), weeks.end()).strip(" ,.;:").split())
    return source.blank(weeks.start(), weeks.end()), _glossed(asides, said.removeprefix("và "))


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
# ... or the last day of a month in words, no digit: "a) Hàng Quý (trước ngày cuối cùng của
# tháng cuối Quý);" (Thông tư 11/2013/TT-BXD, Điều 6: the real-estate reports to Bộ Xây dựng),
# the rule read as "Hàng quý, trước ngày cuối cùng của tháng cuối quý" is
_LAST_DAY_WORDS = (
    r"\s*(?:(?:truoc|(?:cham|muon)\s+nhat(?:\s+(?:la|vao))?)\s+)?ngay\s+cuoi\s+cung\s+cua\s+"
    r"thang[^()\d]*"
)
_TIME_IN_PAREN = re.compile(
    r"(?P<head>[^()]*?)(?P<open>\()(?P<inner>[^()]*\d[^()]*"
    rf"|{_LAST_DAY_WORDS})(?P<close>\))[ .,;:]*",
    re.ASCII,
)
# ... "vào Chủ nhật, ngày 15/3 - sớm hơn 2 tháng so với thông lệ các kỳ bầu cử trước đó" (Báo
# Dân trí, 2026: the election day set two months earlier than usual): months, and custom
# ... and what it is compared with may be the custom or last year alone: "sớm hơn 2 tuần so với
# thông lệ", "đẩy sớm 1 tuần so với năm ngoái" (Znews on the 2026 exam calendars), "sớm hơn
# hai tuần so với năm nay" (VTC News, 08/2025, of the 2026 exam: this year's, no time of it)
# ... the count said as an estimate: "sớm hơn khoảng hai tuần so với năm nay" (VietBáo, CafeF,
# 2025, of the same exam: u-vietbao-thi-tn-2026-som-hon, za-cafef-khung-nam-hoc-2025-2026)
# ... or the margin against the plan or the contract, gained or lost: "bảo đảm công bố vào ngày
# 30/6/2026, rút ngắn 7 tháng so với kế hoạch ban đầu" (VietnamPlus, 24/02/2026, s-vietnamplus),
# "sớm hơn ít nhất 7 tháng so với kế hoạch" (za-vietnamplus), "thông xe vào ngày 19/12/2025,
# vượt tiến độ 8 tháng so với hợp đồng ký kết" (Thời báo Tài chính, zf-), "sang ngày 28/8, muộn
# hơn 3 ngày so với kế hoạch ban đầu" (Kênh14, za-): the day printed is the new one, the old
# is only counted from it (the session 22 convention 2: the time that replaces is read)
# ... and the recent years together, as the custom is: "Kỳ thi tốt nghiệp THPT 2026 dự kiến
# diễn ra trong hai ngày 11-12/6, sớm khoảng hai tuần so với những năm gần đây." (VnExpress,
# 08/2025; zw-vnexpress-hoc-sinh-tp-hcm-tuu-truong-2025), "so với các năm trước (đây)": the
# years before, no words after them ("… gần đây bị hủy" stays checked), never one year named
# ("so với năm 2025" keeps its number, checked)
_MARGIN_VERB = r"(?:day\s+)?(?:som|muon)(?:\s+hon)?|rut\s+ngan|vuot\s+tien\s+do"
_AGAINST_PLAN = r"ke\s+hoach(?:\s+(?:ban\s+dau|de\s+ra))?|hop\s+dong(?:\s+(?:da\s+)?ky(?:\s+ket)?)?"
_COMPARED = (
    rf"(?:{_MARGIN_VERB})\s+(?:(?:khoang|it\s+nhat)\s+)?(?:{COUNT})\s+(?:ngay|tuan|thang)"
    r"(?:\s+so\s+voi\s+(?:(?:thong\s+le|nam\s+(?:ngoai|truoc|nay))(?P<tail>\s+[a-z ]+?)?"
    r"|(?:nhung|cac)\s+nam\s+(?:gan\s+day|truoc(?:\s+day)?)"
    rf"|(?:ngay|le|ky)(?P<event>\s+[a-z ]+?)|{_AGAINST_PLAN}))?"
)
# ... the words naming what is compared ("thông lệ các kỳ bầu cử trước đó", "ngày bầu cử toàn
# quốc") are a name, never a clause: "Kỳ thi diễn ra ngày 11/6/2026, sớm hơn 2 tuần so với năm
# ngoái nhưng đã bị hủy" was read due on 11/6 (helper f58), the call-off taken for the name of
# the year compared. A word that opens a clause, turns, negates, calls off, moves or hedges the
# time there leaves the comparison in place, to be refused with the words after it (folded:
# "bị", "đã" of any marks; a name that holds one is refused, never misread)
_CLAUSE_IN_NAME = re.compile(
    r"\b(?:nhung|song|tuy\s+nhien|va|hoac|neu|bi|da|se|chua|khong|huy|hoan|dung|ngung"
    r"|bai\s+bo|het\s+hieu\s+luc|du\s+kien|lui|doi|tam|thay\s+doi|dieu\s+chinh|con)\b",
    re.ASCII,
)


def _compared_by_name(found: re.Match[str] | None) -> bool:
    """Whether a comparison matched by `_COMPARED` (its groups `tail`, `event`, None in the
    weeks of study `_HEAD_GLOSS` also takes) names what it is compared with and no more
    (`_CLAUSE_IN_NAME`); False when `found` is None."""
    if found is None:
        return False
    named = f"{found['tail'] or ''} {found['event'] or ''}"
    return _CLAUSE_IN_NAME.search(named) is None


# "tựu trường sớm nhất vào ngày 22/8 - trước 2 tuần so với ngày tổ chức khai giảng" (UBND
# Vĩnh Phúc, QĐ 1513/2022): after a dash, how far the day stands from an event, restating it
_COUNTED_AGAINST = (
    rf"(?:truoc|sau)\s+(?:{COUNT})\s+(?:ngay|tuan)\s+so\s+voi\s+(?:ngay|le|ky)\s+[a-z ]+?"
)
_HEAD_GLOSS = re.compile(
    rf"(?:\s+co\s+\d{{1,2}}\s+tuan(?:\s+thuc\s+hoc)?|\s+{_COMPARED})\s*\Z", re.ASCII
)


# "gửi về Văn phòng Sở GD-ĐT trong 2 đợt (đợt 1, trước ngày 25-5-2022; đợt 2, trước ngày
# 25-5-2024)" (Sở GD-ĐT Khánh Hòa, 2021): how many rounds the parentheses then date, one
# deadline each (`refusals.check_asides` counts them)
_ROUNDS = re.compile(
    rf"\s+(?:trong|theo|lam|chia\s+(?:lam\s+)?)\s*(?P<count>{COUNT})\s+dot\s*\Z", re.ASCII
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
    if (said := _HEAD_GLOSS.search(found["head"])) and _compared_by_name(said):
        words = source.original(said.start(), said.end()).strip(" ,.;:")
        asides = _glossed(asides, " ".join(words.split()))
        source = source.blank(said.start(), said.end())
    return source, asides, True


# Words after the date that only explain it, kept as the gloss: "(riêng giáo dục mầm non
# không tổ chức tựu trường)", "để hoàn thành chương trình và tổng kết", "như mọi năm",
# "vận hành bộ máy mới", ", sớm hơn một ngày so với ngày bầu cử toàn quốc". Only right
# after a number, and never with a word of time ("âm lịch", "năm sau" would move the day).
# ... and "tương tự các năm trước" (as in the years before): "học kỳ I sẽ kết thúc trước
# 18/1/2026, kỳ II trước 31/5/2026, tương tự các năm trước" (CafeF on the Ministry's frame for
# 2025-2026): a note on the days, never "năm trước" (the year before) moving them
_AS_EVERY_YEAR = (
    r"(?:nhu\s+(?:moi|hang|cac|nhung)\s+nam"
    r"|tuong\s+tu\s+(?:nhu\s+)?(?:cac|nhung|moi)\s+nam\s+truoc(?:\s+day)?)"
)
# ... or right after a cadence, whose words end the time part as a number does: "được tổ
# chức từ ngày 15/11 đến ngày 15/12 hàng năm trên phạm vi toàn quốc" (Đại Đoàn Kết, 2018),
# "… hằng năm, nhằm góp phần làm thay đổi …" (CDC Bình Dương, 2024)
_PERIODS = ("nam", "quy", "thang", "tuan")
_AFTER_CADENCE = "|".join(
    rf"(?<={each} {period})" for each in ("hang", "moi") for period in _PERIODS
)
# Only the law as a whole, or "đúng" (exactly as it sets): a bare "theo quy định" may name a
# rule's own day ("kỳ họp diễn ra vào 28/7/2025, theo quy định", test_deadline_forms_p), and
# stays refused. "quy" is no quarter here (`_NOT_IN_NOTE`).
_AS_THE_LAW = (
    r"\s*,?\s+theo\s+(?:dung\s+(?:quy\s+dinh|luat\s+dinh)(?:\s+cua\s+(?:phap\s+luat|luat))?"
    r"|quy\s+dinh\s+cua\s+phap\s+luat|luat\s+dinh)"
)
_AFTER_TIME = rf"(?<=\d)|(?<=\d\))|{_AFTER_CADENCE}"  # "(15-22/5) được lấy chủ đề …"
_THEME = r"\s*,?\s+(?:voi|co|duoc\s+lay|lay|mang)\s+chu\s+de\s*:?\s*[“\"][^“”\"\d]*[”\"]?"
_NOTE = re.compile(
    # … and where: "trên địa bàn thành phố …", "trong toàn tỉnh", "trên toàn quốc", "trên
    # phạm vi toàn quốc"
    # … and how a mailed entry is dated: "(tính theo dấu bưu điện)", "(căn cứ theo dấu Bưu
    # điện)": the postmark's day is the day sent, the deadline's day is unchanged
    rf"(?:{_AFTER_TIME})"
    r"(?P<note>\s*\(\s*(?:(?:tinh|can\s+cu)\s+)?theo\s+dau\s+buu\s+(?:dien|chinh)\s*\)"
    # … and what for: "để …", "nhằm …", "làm cơ sở …" ("gửi báo cáo về Bộ Xây dựng trước ngày
    # 30/3/2021 làm cơ sở xây dựng chiến lược …", Bộ Xây dựng 2021)
    r"|\s*\(\s*rieng\s[^()\d]*\)|\s*,?\s+(?:de|nham|van\s+hanh|lam\s+co\s+so)\s+[^()\d]+"
    # ("trong phạm vi cả nước": "Giải thưởng … tổ chức hàng năm trong phạm vi cả nước", Lào
    # Cai 2023, zk-pbgdpl-laocai-giai-thuong-sang-tao-khcn-2023)
    r"|\s+(?:tren\s+dia\s+ban|tren\s+(?:pham\s+vi\s+)?(?:toan|ca)\s+(?:quoc|nuoc|cau|tinh)"
    r"|trong\s+pham\s+vi\s+(?:toan|ca)\s+(?:quoc|nuoc|tinh)"
    r"|trong\s+toan)\b[^()\d]*"
    # … and what the day or the week is named, a yearly one above all: "Ngày 28/6 hàng năm
    # được chọn là Ngày Gia đình Việt Nam, nhằm tôn vinh …" (Báo Công Thương), "hàng năm lấy
    # tuần lễ từ ngày 15 - 22/5 làm Tuần lễ Quốc gia phòng, chống thiên tai" (QĐ 173/QĐ-TTg
    # 2009), "vào ngày 08/06 hàng năm là sự kiện toàn cầu quan trọng …" (`_NAMED`); after the
    # cadence only (after a bare day, "Ngày 28/1 là …" is a schedule line's step)
    # ... its short name or its other name in parentheses closing it, no number there:
    # "Đảng, Nhà nước dành riêng tháng Ba hằng năm là Tháng Thanh niên (TTN)" (Tiền Phong,
    # 2026; v-tienphong-thang-thanh-nien-hang-nam), "“Ngày 9 tháng 11 hằng năm là Ngày Pháp
    # luật nước Cộng hoà xã hội chủ nghĩa Việt Nam” (Ngày Pháp luật Việt Nam)" (Luật Phổ biến,
    # giáo dục pháp luật 2012, Điều 8): checked as the name is (`_NAMED`, `_reads_after`)
    # ... or "được xác định là" (is designated: "tháng 6 hàng năm được xác định là Tháng hành
    # động vì trẻ em Việt Nam", Hội LHPN Khánh Hòa 2025; zh-phunu-khanhhoa-thang-hanh-dong-
    # vi-tre-em-2025), the same naming as "được chọn là"
    rf"|(?:{_AFTER_CADENCE})\s+(?:(?:duoc\s+)?(?:(?:lua\s+)?chon|xac\s+dinh)\s+)?(?:la|lam)\s+"
    r"[^()\d]+"
    r"(?:\(\s*[^()\d]+\))?"
    # … and "lấy <days> làm <the week's name>" after the days themselves
    r"|(?<=\d)\s+lam\s+(?=(?:ngay|tuan\s+le|thang)\s)[^()\d]+"
    # … and the theme it has, in quotes: "Tuần lễ Biển và Hải đảo Việt Nam lần thứ 8 (năm
    # 2016) … sẽ diễn ra từ ngày 1-8/6, với chủ đề “Vì một hành tinh xanh.”" (Người Nam Định),
    # "(từ ngày 15 - 22/5/2023) có chủ đề “Từ ứng phó đến hành động sớm”" (Đông Hiếu, Nghệ
    # An): a title, whatever its words say (`_THEME`)
    rf"|{_THEME}"
    # … and as the law requires: "công bố kết quả bầu cử chậm nhất là ngày 25.3.2026 theo đúng
    # luật định" (Báo Thanh Niên, the Chủ tịch Quốc hội, 2026), "tổ chức bầu cử trên địa bàn xã
    # vào ngày 15/3/2026 theo đúng quy định của pháp luật" (HĐND xã Thanh Oai, 2026): the day
    # the law sets, unchanged; never "theo quy định tại …" (a number, another text's rule) nor
    # "theo âm lịch" (another calendar)
    rf"|{_AS_THE_LAW}"
    # "vào ngày 5/9 như hàng năm" (Sơn La, 2021): "as every year", a note on that one day
    rf"|\s*,?\s+{_AS_EVERY_YEAR}|\s*[,–—-]\s*{_COMPARED}|\s*[–—-]\s*{_COUNTED_AGAINST})[ .,;:]*\Z",
    re.ASCII,
)
# A day's or a week's name after "là"/"làm", as printed: "Ngày", "Tuần lễ", "Tháng" and a
# name whose first word is capitalised ("ngày Sách và Văn hóa đọc Việt Nam", "“Ngày Vì
# người nghèo”", "Ngày sách Việt Nam" capitalised itself); never a weekday, a part of a month
# or a festival's day ("là ngày Chủ nhật" is a weekday to check, "là ngày cuối tháng" a time)
_NAMED = re.compile(
    r"\W*(?:(?:được\s+)?(?:(?:lựa\s+)?chọn|xác\s+định)\s+)?(?:là|làm)\s+[“\"']?"
    r"(?:(?:Ngày|Tuần\s+lễ|Tháng)\s+|(?:ngày|tuần\s+lễ|tháng)\s+(?=[“\"']?[A-ZĐ])"
    # ... or "ngày" before a name in lower case, as a province prints its own day: "Chủ tịch
    # Ủy ban nhân dân tỉnh quyết định lấy ngày 10-10 hàng năm là ngày chuyển đổi số tỉnh"
    # (UBND tỉnh Kiên Giang, QĐ 2426/2022; zj- of the corpus); never a day of time after it
    # ("là ngày làm việc", "là ngày nghỉ", "là ngày hết hạn", "là ngày cuối cùng")
    r"|ngày\s+(?!(?:làm|nghỉ|hết|hạn|bắt|kết|cuối|đầu|giữa|trước|sau|thứ|chủ|mùng|mồng|rằm"
    r"|tết|đó|này|nào|ấy|kia|tiếp|cuối)(?!\w))(?=[^\W\d_]))"
    r"(?![“\"']?(?:[Tt]hứ|[Cc]hủ|[Cc]uối|[Đđ]ầu|[Gg]iữa|[Mm]ùng|[Mm]ồng|[Rr]ằm|[Tt]ết)(?!\w))"
)
_NOT_IN_NOTE = re.compile(
    r"\b(?:truoc|sau|den|tu|toi|ngay|tuan|thang|quy|nam|hang|som|muon|tre|hoac|hay|gio"
    r"|luc|khoang|neu|tru|am|lich|han|dip|tet|khi|ky|dot|lan|cham|nhat)\b",
    re.ASCII,
)


# "Thời gian tổ chức 3 ngày (bắt đầu từ ngày 07 tháng 6 đến hết ngày 09 tháng 6 năm 2025).
# Trong đó:" (UBND tỉnh Khánh Hòa, KH 13495/2025): the words that open the list printed after
# the phrase ("Trong đó:", "Cụ thể như sau:"), after the time part's last number or its
# parenthesis; they say nothing of the time, and are dropped
# ... "như sau" too when a copy lost its colon: "Văn phòng UBND tỉnh xây dựng Kế hoạch Chuyển
# đổi số năm 2026 như sau" (Văn phòng UBND tỉnh Lai Châu, KH 1371/2025; zl-vpubnd-laichau)
# ... and "với các nội dung sau:", what the article or the plan sets out: "Điều 1. Phân công …
# thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026 với các nội dung sau:" (UBND thành
# phố Huế, QĐ 01/2026), "… năm 2018 của Ủy ban nhân dân tỉnh với các mục tiêu, chỉ tiêu, nhiệm
# vụ chủ yếu sau:" (HĐND tỉnh Quảng Trị, NQ 19/2017; both zl-, refused before tune-zl); only
# the issuer before it, no other words (which may hold a time)
_LIST_LEAD_IN = re.compile(
    r"(?<=[\d)])[ .,;]*(?:(?:trong\s+do|cu\s+the(?:\s+nhu\s+sau)?|nhu\s+sau)\s*:"
    r"|(?:cu\s+the\s+)?nhu\s+sau"
    r"|(?:cua\s+(?:uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd)"
    r"(?:\s+(?:tinh|thanh\s+pho|huyen|xa))?\s+)?voi\s+(?:cac|nhung)\s+(?:noi\s+dung|muc\s+tieu)"
    r"(?:\s*,?\s*(?:chi\s+tieu|nhiem\s+vu|giai\s+phap))*(?:\s+(?:chu\s+yeu|chinh|cu\s+the))*"
    r"\s+(?:nhu\s+)?sau\s*:?)\s*\Z",
    re.ASCII,
)


# "hồ sơ gửi về Bộ Công Thương chậm nhất ngày 30 tháng 6 hàng năm (tính theo dấu bưu điện)"
# (Thông tư 16/2018/TT-BCT): the postmark dates a mailed file, after a yearly rule as after a
# day (`_NOTE`); the rule's day is unchanged. "chậm nhất là ngày 15/02 năm kế tiếp của năm báo
# cáo theo dấu bưu điện" (Thông tư 26/2015/TT-BKHCN, Điều 6): the same words without parentheses
# ... and in full, a file brought or mailed: "đến hết ngày 15-10-2023 (trực tiếp hoặc tính theo
# dấu bưu điện đối với các hồ sơ gửi qua đường bưu điện)" (UBND tỉnh Thanh Hóa's science award
# 2023, zk-vietnam-vn-giai-thuong-khcn-thanh-hoa-2023, twice): by hand, or by the postmark for
# files sent by post; the "hoặc" joins two ways of sending, not two days
# ... whose stamp, where: "(tác giả ở xã căn cứ theo dấu bưu điện nơi gửi)" (a poetry contest of
# 2015, t-cuocthiviet-tho-phong-chong-ma-tuy-2015), no word of time before it
_POSTMARK = re.compile(
    r"\s*(?P<open>\(\s*)?"
    r"(?(open)(?:(?:(?!\b(?:truoc|sau|den|toi|tu|ngay|thang|nam|han|hoac|neu|tru)\b)[^()\d])*?\s)?)"
    r"(?:(?:nop\s+)?truc\s+tiep\s+hoac\s+)?(?:(?:tinh|can\s+cu)\s+)?"
    r"theo\s+dau\s+buu\s+(?:dien|chinh)"
    r"(?(open)(?:\s+doi\s+voi\s+(?:cac\s+)?ho\s+so\s+gui\s+(?:qua\s+)?(?:duong\s+)?"
    r"buu\s+(?:dien|chinh)|\s+noi\s+gui)?\s*\))[ .,;:]*\Z",
    re.ASCII,
)


# A day without school and the weather that closes it, said after its day: "… cho học sinh
# nghỉ ngày 30/9 vì mưa lớn từ hoàn lưu bão Bualoi." (VnExpress, 30/9/2025, za-vnexpress),
# "Hơn 900.000 học sinh nghỉ học trong ngày 30/9 do do ảnh hưởng bão Bualoi." (Znews,
# za-znews): why the day is off, no time of its own. Only after "nghỉ (học)" and its one day,
# only the weather, no number and no word of time in it (`_NOT_IN_NOTE`; "từ" only before
# the storm it comes from): a storm's own days with their cause, "từ 22/7-7/8, do ảnh hưởng
# hoàn lưu bão số 3 …" (zk-vietnamplus: a past storm, no time of work), stay refused.
_WEATHER_CAUSE = re.compile(
    r"(?<![a-z])nghi(?:\s+hoc)?\s+(?:trong\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{4})?(?P<cause>\s*,?\s+(?:vi|do)(?:\s+do)?\s+"
    r"(?:(?:anh\s+huong|tac\s+dong)\s+(?:cua\s+)?)?(?:mua|bao|lu|ret|ngap|hoan\s+luu|thoi\s+tiet)"
    r"(?![a-z])[^\d(),;]*?)[ .,;:!]*\Z",
    re.ASCII,
)
# ... one cause, no second clause after it: "…, học bù vào thứ Bảy", "và chuyển sang học trực
# tuyến", "nên lùi lịch kiểm tra" may name or move another day
_SECOND_CLAUSE = re.compile(
    r"\b(?:va|nen|ma|de|nhung|roi|bu|chuyen|sang|thu|chu|hoan(?!\s+luu)|lui|doi|tiep)\b",
    re.ASCII,
)
_DAY_OFF = re.compile(r"(?i)nghỉ")
_STORM_SOURCE = re.compile(r"\btu\s+(?=(?:hoan\s+luu|(?:con\s+)?bao)\b)", re.ASCII)


def _weather_cause(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """The phrase without the weather that closes its day off (`_WEATHER_CAUSE`), kept as
    the gloss; unchanged when there is none or it holds a word of time."""
    cause = _WEATHER_CAUSE.search(source.prepared)
    if cause is None or not _DAY_OFF.match(source.original(cause.start(), cause.start() + 4)):
        return source, asides  # "Hội nghị ngày 30/9 …": "nghị", no day off
    words = _STORM_SOURCE.sub("", cause["cause"])
    if _NOT_IN_NOTE.search(words) or _SECOND_CLAUSE.search(words):
        return source, asides
    if TOLD_DONE.search(source.original(0, cause.start("cause"))):
        return source, asides  # "Các trường đã cho học sinh nghỉ …": done, left to refuse
    said = source.original(cause.start("cause"), cause.end()).strip(" ,.;:!")
    return source.blank(cause.start("cause"), cause.end()), _glossed(asides, " ".join(said.split()))


_ONLY_AS_EVERY_YEAR = re.compile(rf"[\s,]*(?P<note>{_AS_EVERY_YEAR})[ .,;:]*", re.ASCII)


def as_every_year(rest: str) -> str | None:
    """The words `rest` after a time part if they are only "as every year" ("…, tương tự
    các năm trước", "như mọi năm"): a note on each of several days before it, as on one
    (`_NOTE`), which moves none of them; None otherwise."""
    note = _ONLY_AS_EVERY_YEAR.fullmatch(fold(rest))
    return " ".join(rest[note.start("note") : note.end("note")].split()) if note else None


def trailing_note(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Read and blank the words after the date that only explain it (see `_NOTE`)."""
    if lead_in := _LIST_LEAD_IN.search(source.prepared):
        source = source.blank(*lead_in.span())
    source, asides = _weather_cause(source, asides)
    if mark := _POSTMARK.search(source.prepared):  # after a cadence as after a day
        said = " ".join(source.original(*mark.span()).strip(" ,.;:()").split())
        source, asides = source.blank(*mark.span()), _glossed(asides, said)
    source, asides = _occasion_note(source, asides)
    note = _NOTE.search(source.prepared)
    if note is None:
        return source, asides
    words = note["note"]
    compared = _COMPARED_AT.fullmatch(words)
    fixed = (
        _compared_by_name(compared)
        or re.match(_AS_EVERY_YEAR, words.strip(" ,"))
        or re.fullmatch(_THEME + r"[ .,;:]*", words)
        or re.fullmatch(_AS_THE_LAW + r"[ .,;:]*", words)
    )
    said = source.original(note.start(), note.end()).strip(" ,.;:()–—-/")  # "/": the end mark
    purpose = _PURPOSE_NOTE.match(words)  # "… để …": checked as any words after a time part
    if named := _NAMED.match(said):  # "là Ngày Gia đình Việt Nam": the name, not a time
        if not _reads_after(_uncapitalised(said[named.end() :])):
            return source, asides
    elif not fixed and (_NOT_IN_NOTE.search(words) or (purpose and not _reads_after(said))):
        return source, asides  # left in place: the phrase is refused as it stands
    return source.blank(note.start(), note.end()), _glossed(asides, " ".join(said.split()))


# "Lễ trao giải … tổ chức … hôm 23/11, nhân kỷ niệm 20 năm Ngày Di sản Văn hóa Việt Nam"
# (VnExpress, 2025), "… được tổ chức vào ngày 18-5-2021 nhân kỷ niệm ngày KH-CN Việt Nam" (Báo
# Khánh Hòa, 2020): the occasion the day is kept for, closing the phrase right after the day;
# its name, printed with capitals ("Việt Nam" is no "năm"), holds no time (`_NOT_IN_NOTE` on
# its words in lower case), and its count of years names the anniversary
_OCCASION_NOTE = re.compile(
    rf"(?:{_AFTER_TIME})(?P<note>\s*,?\s+nhan\s+(?:dip\s+)?ky\s+niem\s+(?:\d{{1,3}}\s+nam\s+)?"
    r"ngay\s+(?P<name>[^()\d]+?))[ .,;:]*\Z",
    re.ASCII,
)


def _occasion_note(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """The occasion closing the phrase after its day (`_OCCASION_NOTE`) blanked and kept as
    the gloss; left in place when its name is not all capitalised words."""
    note = _OCCASION_NOTE.search(source.prepared)
    if note is None or _NOT_IN_NOTE.search(fold(_uncapitalised(source.said(*note.span("name"))))):
        return source, asides
    said = " ".join(source.original(*note.span("note")).strip(" ,.;:").split())
    return source.blank(*note.span("note")), _glossed(asides, said)


_COMPARED_AT = re.compile(rf"\s*[,–—-]\s*{_COMPARED}|\s*[–—-]\s*{_COUNTED_AGAINST}", re.ASCII)


def _uncapitalised(name: str) -> str:
    """The words of a `name` that are not capitalised, as printed: the words of time among
    them are checked, a proper name's are its own ("Việt Nam", "Quốc gia")."""
    return " ".join(w for w in name.split() if not w.lstrip("“\"'(")[:1].isupper())


_PURPOSE_NOTE = re.compile(r"\s*,?\s*(?:de|nham)\s", re.ASCII)


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


# "Đại hội trù bị sẽ diễn ra 1/2 ngày (chiều ngày 28/7/2020)" (Thông cáo Đại hội Thi đua yêu
# nước tỉnh Nghệ An, 2020): half a day, the length of the event, and the parentheses say which
# half (a morning, an afternoon) of which day; "1/2" there is no 1 February. Only before such
# parentheses: "trong 1/2 ngày" alone is a length with no day (issue 11 §2), and stays refused.
_HALF_A_DAY = re.compile(
    r"(?<![\d/.])(?<!ngay )(?:1\s*/\s*2|nua)\s+ngay\s*"
    r"(?=\(\s*(?:vao\s+)?(?:buoi\s+)?(?:sang|chieu)\s+(?:ngay\s+)?\d[^()]*\))",
    re.ASCII,
)


def _half_a_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "1/2 ngày (chiều ngày 28/7/2020)": the half day kept as the gloss (`_HALF_A_DAY`), the
    day read from the parentheses."""
    half = _HALF_A_DAY.search(source.prepared)
    if half is None:
        return source, asides
    said = source.said(half.start(), half.end())
    return source.blank(half.start(), half.end()), _glossed(asides, said)


def _lunar_in_parens(
    asides: Asides, ends: tuple[LunarEnd, ...], end_ahead: re.Match[str] | None
) -> Asides:
    """`asides` with the lunar `ends` of a gloss in parentheses; a span's end still to come
    after it (`end_ahead`, `_END_AHEAD`) makes a one-day gloss its first day's."""
    asides = asides._replace(lunar=asides.lunar + ends, lunar_span=len(ends) == 2)
    return asides._replace(lunar_start=True) if end_ahead else asides


def _commemorated(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """ "kỷ niệm 60 năm Chiến thắng Bình Giã (2/12) … tổ chức cuộc thi từ ngày 18 đến
    20/10": each commemorated occasion's own day (`commemorated.commemorated_days`) set
    aside, kept as the gloss as printed."""
    for start, end in commemorated_days(source.prepared):
        said = " ".join(source.original(start, end).strip("() ").split())
        source, asides = source.blank(start, end), _glossed(asides, said)
    # "(lễ 30/4 và 1/5)", "Tuần cao điểm 26/3:": a holiday called by its day, spelt so
    holidays = holidays_named(source.prepared)
    if all(source.original(word, word + 3).lower() in _HOLIDAY_WORDS for word, _, _ in holidays):
        for word, _, days_end in holidays:
            said = " ".join(source.original(word, days_end).split())
            source = source.blank(*_holiday_name(source.prepared, word, days_end))
            asides = _glossed(asides, said)
    return source, asides


# the words a holiday is called by before its day, as printed ("lê", "lệ" are other words:
# "thường lệ", a street "Lê …")
_HOLIDAY_WORDS = frozenset({"lễ ", "cao"})
# ... the whole name blanked: the parentheses holding it alone, "(lễ 30/4 và 1/5)", or the
# week or month of the peak before it, "Tuần cao điểm 26/3" (a week's name, no week to find)
_HOLIDAY_OPENED = re.compile(r"(?:\(\s*|(?:tuan|thang)\s+)\Z", re.ASCII)
_HOLIDAY_CLOSED = re.compile(r"\s*\)", re.ASCII)


def _holiday_name(prepared: str, word: int, end: int) -> tuple[int, int]:
    """The span to blank of a holiday called by its day, its word at `word`, its days ending
    at `end` (`_HOLIDAY_OPENED`, `_HOLIDAY_CLOSED`)."""
    opened = _HOLIDAY_OPENED.search(prepared, 0, word)
    start = opened.start() if opened else word
    closed = _HOLIDAY_CLOSED.match(prepared, end)
    if opened and opened.group().startswith("("):
        return (start, closed.end()) if closed else (word, end)
    return start, end


def _glossed(asides: Asides, gloss: str) -> Asides:
    """Glosses add up: one per date of a span ("(tức 22 tháng Chạp) … (tức mùng 6 …)")."""
    return asides._replace(gloss=f"{asides.gloss}; {gloss}" if asides.gloss else gloss)


def _glossed_whole(asides: Asides, gloss: str) -> Asides:
    """`gloss` (a parenthesis kept whole, as printed) added, without the glosses taken from
    inside it before: the document it cites (`cite_references`), blanked but still printed
    in it. "trước ngày 15/01/2027 (thay cho ngày 10/01/2027 tại Kế hoạch số 12/KH-UBND)"
    glossed its plan twice ("tại Kế hoạch số 12/KH-UBND; thay cho … tại Kế hoạch số
    12/KH-UBND"; fixesb, a new user's finding)."""
    kept = [part for part in (asides.gloss or "").split("; ") if part and part not in gloss]
    return _glossed(asides._replace(gloss="; ".join(kept) or None), gloss)


def _once(asides: Asides, **value: int | str | tuple[int, ...]) -> Asides:  # one of each kind
    for key in value:
        if getattr(asides, key) is not None:
            raise Unreadable("hai chú thích cùng loại trong một thời hạn")
    return asides._replace(**value)  # type: ignore[arg-type]


# the refusal of two hours no one day holds: `engine` tries them as two events, each at its own
TWO_HOURS = "hai giờ trong một thời hạn"
# the words before the hour a work starts at: "từ 7 giờ ngày …", "bắt đầu từ 0 giờ ngày …",
# and "từ ngày" with the hour's own day after it, "ngày" typed once too many: "Từ ngày 08h00
# ngày 15/10/2020 đến 16h00 ngày 21/10/2020" (ze-due-thi-chuan-dau-ra-tieng-anh-2020; no day
# is an hour, so the hour starts the span)
_STARTS_AT = re.compile(r"(?:^|\s)(?:tu(?:\s+ngay)?|bat\s+dau(?:\s+(?:tu|vao))?)\s*\Z", re.ASCII)


# A span of two moments, each an hour and its day written with its year, joined by a dash and
# opening the time part (after the work's name and its colon, or first in the phrase): "Nhận
# bài dự thi: 19h30 ngày 29/10/2025 – 19h30 ngày 04/11/2025" (Trường ĐH Kinh tế Đà Nẵng's law
# contest, 2025; zl-due-udn, refused before tune-zl as two hours): the first opens the span,
# as after "từ", the second ends it
_OPENS_THE_TIME = re.compile(r"(?:^|:)\s*\Z")
_DAY_THEN_DASH = re.compile(r"(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[–—-]\s*\Z", re.ASCII)


_ON_DAY = re.compile(r"\s*ngay\s+(?=\d)", re.ASCII)


def _dashed_between_hours(prepared: str, times: list[re.Match[str]]) -> bool:
    """Whether the two hours `times` of `prepared` open the time part and are joined by a dash
    after the first one's day (`_OPENS_THE_TIME`, `_DAY_THEN_DASH`)."""
    if len(times) != 2 or not _OPENS_THE_TIME.search(prepared[: times[0].start()]):
        return False
    between = prepared[times[0].end() : times[1].start()]
    return _DAY_THEN_DASH.search(between) is not None


# The hour a day's work starts at, after the day and its comma, then the step: "Ngày 28/6, từ
# 7 giờ 30 phút tiếp xúc cử tri huyện Vũ Thư và Thành phố Thái Bình" (Báo Thái Bình on the
# deputies' meetings with voters, 2013; zt-baothaibinh): the hour the work starts
# (`start_time`), the day its time. Only after a day written with "ngày" opening the line
# (never "Trước ngày 28/6, từ 7 giờ …": due before it, or starting then?; nor "Chiều ngày
# 28/6, từ 7 giờ", whose part of the day the hour would contradict) and its comma, and
# before a word of the step: an hour before "đến", "và", a part of the day or another day
# is left to `_time_of_day`, which reads it or refuses.
_HOUR_AFTER_ITS_DAY = re.compile(
    r"\s*ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,\s*"
    r"(?P<hour>(?:bat\s+dau\s+)?tu\s+(?P<h>\d{1,2})\s*(?:gio|h)(?:\s*(?P<m>\d{1,2})(?:\s*phut)?)?)"
    r"(?=\s+(?!(?:den|toi|va|hoac|hay|ngay|cung|sang|chieu|trua|dem|hom|hang|moi)\b)[a-z])",
    re.ASCII,
)


def _hour_after_its_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """`source` with the starting hour after its day blanked (`_HOUR_AFTER_ITS_DAY`) and
    kept as `start_time`; unchanged when there is none."""
    after = _HOUR_AFTER_ITS_DAY.match(source.prepared)
    if after is None:
        return source, asides
    hour, minute = int(after["h"]), int(after["m"] or 0)
    if hour > 23 or minute > 59:
        raise Unreadable(f"không có giờ “{source.said(*after.span('hour'))}”")
    asides = _once(asides, start_time=f"{hour:02d}:{minute:02d}")
    return source.blank(*after.span("hour")), asides


def _time_of_day(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Read and blank the time of day: the hour the deadline falls at (`time`), and the hour
    the work starts at when it stands right after "từ" (`start_time`); one of each."""
    span = _HOURS_OF_A_DAY.search(source.prepared)
    if span and span["closing"] and not _DAY_BEFORE_HOURS.search(source.prepared, 0, span.start()):
        span = None
    if span:
        hour = _first_hour_in_part(span, source)
        begins = f"{hour:02d}:{int(span['m1'] or 0):02d}"
        if hour > 23 or int(span["m1"] or 0) > 59:
            raise Unreadable(f"không có giờ {span['h1']} giờ {span['m1'] or 0} phút")
        asides = _once(asides, start_time=begins)._replace(hours_of_one_day=True)
        if span["about"]:
            asides = _glossed(asides, "giờ ước chừng (khoảng)")
        source = source.blank(span.start(), span.end())
    times = list(_TIME.finditer(source.prepared))
    starts = [bool(_STARTS_AT.search(source.prepared[: t.start()])) for t in times]
    if span and len(times) == 1:  # the hour after "đến" ends it
        starts = [False]
    if _dashed_between_hours(source.prepared, times):
        starts = [True, False]  # "Nhận bài dự thi: 19h30 ngày 29/10/2025 – 19h30 ngày …"
        for time in times:  # the two days then read as the span "29/10/2025 – 04/11/2025"
            if on_day := _ON_DAY.match(source.prepared, time.end()):
                source = source.blank(*on_day.span())
    if len(times) > 2 or starts.count(True) > 1 or starts.count(False) > 1:
        raise Unreadable(TWO_HOURS, kind=Refusal.TWO_HOURS)
    if starts == [False, True]:
        raise Unreadable("giờ bắt đầu đứng sau giờ kết thúc")
    for time, start in zip(times, starts, strict=True):
        # "đến hết 24h00 ngày D", and the end of "từ 19h đến 24h ngày 31/12/2025" (Hà Nội's
        # New Year programme, VietNamNet 2025; its "đến" read with the span): all of day D
        asides = _hour_read(time, source, asides, start=start, ended=span is not None)
        source = source.blank(
            _hour_said_start(time, source, start=start),
            _hour_said_end(time, source, alone=len(times) == 1),
        )
    return source, asides


# "trước" right before the due hour that closes the phrase: "Trước đó một ngày, tức 24-12, các
# hội đồng coi thi tổ chức cho thí sinh thi thử bài thi nói các môn Ngoại ngữ, hoàn thành
# trước 16 giờ" (Pháp Luật TP.HCM, 2025; u-plo-lich-thi-hsg-quoc-gia-2025-2026): the hour the
# work is due at on the day read, as "hoàn thành lúc 16 giờ" is; no bound of the day itself
_BEFORE_A_CLOSING_HOUR = re.compile(r"(?<![a-z])truoc\s+\Z", re.ASCII)
_CLOSES = re.compile(r"[ .,;:]*\Z")
# ... never after another bound of the day ("Trước ngày 24/12, nộp trước 16 giờ": the day
# before 24/12, or each day until it?); "trước đó" (before that) is no bound
_ANOTHER_BOUND = re.compile(
    r"(?<![a-z])(?:truoc(?!\s+do\b)|cham\s+nhat|muon\s+nhat|han|den|toi|het)(?![a-z])", re.ASCII
)


def _hour_said_start(time: re.Match[str], source: Source, *, start: bool) -> int:
    """Where the words of the due hour `time` (`_TIME`) start as blanked: at its "trước"
    when it closes the phrase (`_BEFORE_A_CLOSING_HOUR`) and no other bound comes before
    (`_ANOTHER_BOUND`), blanked once the hour is read (`_hour_of` refuses "trước 0 giờ" for
    it); else at the hour."""
    if start or _CLOSES.match(source.prepared, time.end()) is None:
        return time.start()
    before = _BEFORE_A_CLOSING_HOUR.search(source.prepared, 0, time.start())
    if before is None or _ANOTHER_BOUND.search(source.prepared, 0, before.start()):
        return time.start()
    return before.start()


def _first_hour_in_part(span: re.Match[str], source: Source) -> int:
    """The 24-hour hour that opens a span of hours (`_HOURS_OF_A_DAY`), said with its part
    of the day ("7h30 sáng" 7, "1 giờ chiều" 13); refused when it is no hour of that part."""
    hour = int(span["h1"])
    if span["part1"] is None:
        return hour
    if (in_part := hour_in_part(hour, span["part1"])) is not None:
        return in_part
    said = source.said(span.start("h1"), span.end("part1"))
    raise Unreadable(f"“{said}” không phải một giờ của buổi đó; ghi last_day theo văn bản")


def _hour_read(
    time: re.Match[str], source: Source, asides: Asides, *, start: bool, ended: bool
) -> Asides:
    """`asides` with the hour `time` (`_TIME`) kept as the hour the work starts (`start`) or
    is due at; "24 giờ" ending its day keeps none (`_end_of_its_day`; `ended`: a span of
    hours read before it), after "trước" marks the end of the day (`end_of_day`)."""
    if _before_the_end_of_its_day(time, source):
        return asides._replace(end_of_day=True)
    if _end_of_its_day(time, source, ended=ended and not start):
        return asides
    return _once(asides, **{"start_time" if start else "time": _hour_of(time, source)})


# A day without "ngày" after the part of the day: "từ 6h30 sáng 29-1, nhân dân toàn thành phố
# cũng sẽ tham gia tổng vệ sinh" (Hà Nội mới, 2011; zr-hanoimoi, refused before tune-zr)
_BARE_DAY_NEXT = re.compile(r"\s*,?\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)", re.ASCII)


def _hour_said_end(time: re.Match[str], source: Source, alone: bool) -> int:
    """Where the words of `time` (`_TIME`) end as blanked: before its part of the day when a
    day without "ngày" follows, whose day that part marks ("sáng 29-1" reads as "sáng 9/11"
    does; a bare "29-1" after "từ" may be a span of numbers). Only the phrase's one hour
    (`alone`): the parts of two hours would be checked against the other's hour."""
    if alone and time["part"] and _BARE_DAY_NEXT.match(source.prepared, time.end()):
        return time.start("part")
    return time.end()


# the hours a part of the day names: "1 giờ trưa" is 13:00, "7 giờ tối" 19:00; the 24-hour
# hour is taken as written when it falls in the part ("13 giờ chiều")
PART_HOURS = {
    "sang": range(0, 12),
    "trua": range(11, 15),
    "chieu": range(12, 20),
    "toi": range(17, 24),
}


def hour_in_part(hour: int, part: str) -> int | None:
    """The 24-hour hour of `hour` said with the part of the day `part` (folded, a key of
    `PART_HOURS`), before or after it: "2 giờ chiều", "chiều 2 giờ" 14; "1 giờ trưa" 13, not
    01:00. None for no hour of the part ("17 giờ sáng") and for "12 giờ tối" (midnight: the
    end of the day or its start?)."""
    for candidate in (hour, hour + 12):
        if candidate in PART_HOURS[part] and not (part == "toi" and hour == 12):
            return candidate
    return None


def _hour_in_part(hour: int, part: str | None, source: Source, time: re.Match[str]) -> int:
    """`hour_in_part` of a time `_TIME` matched, refused when it is no hour of its part."""
    if part is None:
        return hour
    if (in_part := hour_in_part(hour, part)) is not None:
        return in_part
    said = source.said(time.start(), time.end())
    raise Unreadable(f"“{said}” không phải một giờ của buổi đó; ghi last_day theo văn bản")


# "… đến hết 24h00 ngày 31/12" (Thông tư 37/2019/TT-BYT, Điều 4: a report period "từ 0h00
# ngày 01/01 … đến hết 24h00 ngày 31/12"), "chậm nhất 24 giờ ngày 15/3": the end of that
# day. After "trước", `_before_the_end_of_its_day`
# ... and a moment at 24 giờ of a day, "vào hồi 24h00 ngày 3/10/2025" (the Bộ NN&MT's order to
# open a dam's gate, as Báo Phú Thọ prints it, 2025; zj- of the corpus): the day's last
# instant, on that day
_TO_THE_END = re.compile(
    r"\b(?:den|toi|het|cham\s+nhat|vao(?:\s+(?:hoi|luc))?|hoi|luc)\s*\Z", re.ASCII
)


def _end_of_its_day(time: re.Match[str], source: Source, ended: bool = False) -> bool:
    """Whether `time` is "24 giờ" (no minutes but 00) after an end word (or `ended`: the end
    of a span of hours already read): the end of the day it stands before, which is that
    day's deadline with no hour (never the next day's 0h)."""
    ended = ended or _TO_THE_END.search(source.prepared[: time.start()]) is not None
    return int(time["h"]) == 24 and int(time["m"] or 0) == 0 and not time["part"] and ended


_BEFORE_AN_HOUR = re.compile(r"\btruoc\s*\Z", re.ASCII)


def _before_the_end_of_its_day(time: re.Match[str], source: Source) -> bool:
    """Whether `time` is "24 giờ" right after "trước" and right before "ngày" and a day:
    "trước 24 giờ ngày 31/12/2026" is due by the end of that day, as "đến 24h ngày
    20/1/2027" (`_end_of_its_day`) and as "trước 17 giờ ngày 15/3" is due on the 15th. Its
    reading is marked `end_of_day`, which `Context.strict_before` leaves on that day (it was
    refused for fear of the 30th; fixesb, a new user's finding). "0 giờ", the day's start,
    stays refused (`_hour_of`)."""
    return (
        int(time["h"]) == 24
        and int(time["m"] or 0) == 0
        and not time["part"]
        and _BEFORE_AN_HOUR.search(source.prepared[: time.start()]) is not None
        and _ON_DAY.match(source.prepared, time.end()) is not None
    )


def _hour_of(time: re.Match[str], source: Source) -> str:
    """The "HH:MM" of a time of day `_TIME` matched in `source`, checked."""
    hour, minute = int(time["h"]), int(time["m"] or 0)
    hour = _hour_in_part(hour, time["part"], source, time)
    if hour > 23 or minute > 59:
        said = source.said(time.start(), time.end())
        end_of_day = "; “24 giờ ngày D” là hết ngày D: ghi last_day là ngày D" if hour == 24 else ""
        raise Unreadable(f"không có giờ “{said}”{end_of_day}")
    before = source.prepared[: time.start()]
    bound = _BOUND_BEFORE.search(before) or (
        _DEADLINE_NAMED.search(before) and not _AT_OR_FROM.search(before)
    )
    if hour == 0 and minute == 0 and bound:  # "trước 0 giờ ngày 16/3": the 15th is the last day
        said = source.said(time.start(), time.end())
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


# only to explain a refusal
DOCUMENT_NUMBER = re.compile(r"\d\s*/\s*(?:\d+\s*/\s*)?[a-z]|\d-[a-z]{2}", re.ASCII)
DAY_THEN_WORDS = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}[ .,;:]+(?=[^ .,;:])", re.ASCII)


def cite_references(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """Blank the documents the phrase cites by number (`_REFERENCE`), kept as the gloss:
    "Hội nghị tổng kết Quyết định 178/2004/QĐ-TTg … trong tháng 3-2024" reads March 2024,
    whatever year the decision bears. A phrase that is only a citation is no deadline."""
    # ... and a meeting's conclusion cited by its day: "Theo kết luận của … tại cuộc họp ngày
    # 17/10/2017, …" (`meetingcited`)
    spans = sorted([*reference_spans(source.prepared), *meeting_cited(source.prepared)])
    if not spans:
        return source, asides
    refuse_second_document(source)  # "THỰC HIỆN … NĂM 2025 VÀ CHỈ THỊ SỐ 05/CT-TTG …"
    # a heading that carries out the one document it cites keeps that title's years
    spans = heading_carried_out(source.text, source.prepared) or spans
    titled = [_TITLE_YEARS.search(source.prepared, start, end) for start, end in spans]
    for start, end in spans:
        said = source.said(start, end).strip(" ,;:.()")
        asides = _glossed(asides, said)
        source = source.blank(start, end)
    after = source.prepared[spans[-1][1] :]
    if not any(char.isdigit() for char in source.prepared) and not (
        _WEEKDAYS_LEFT.search(after) and not _ABOUT.search(after)
    ):
        raise Unreadable(_why_only_cited(source, [one for one in titled if one]))
    return source, asides


# weekdays of each week left after the last citation, with no number: "Tổ Tiếp công dân theo
# Quyết định 4142/QĐ-STTTT ngày 22/12/2022 … tiếp công dân … từ thứ Hai đến thứ Sáu hàng tuần"
# (Sở TT&TT TP.HCM: zm-ict-hcm-lich-tiep-cong-dan-stttt): a rule the grammar reads or refuses;
# never in the cited text's title ("… về việc …"), which is that text's
_WEEKDAYS_LEFT = re.compile(
    r"\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s+(?:dinh\s+ky\s+)?"
    r"(?:hang|moi)\s+tuan\b",
    re.ASCII,
)
_ABOUT = re.compile(r"\bve\b", re.ASCII)


# the years a cited document's title names after "về", "phê duyệt", "thực hiện", "ban hành": "… về
# Chương trình … năm 2025 và 2026" (UBND tỉnh Tiền Giang, KH 165/2025, citing Nghị quyết
# 66/NQ-CP), "… phê duyệt Đề án … giai đoạn 2022-2025", and a plan's own name ("… của UBND
# huyện Quảng Điền tổ chức Đại hội … lần thứ VII, năm 2021-2022", `citations._PLAN_TITLE`)
_TITLE_YEARS = re.compile(
    r"\b(?:ve|phe\s+duyet|thuc\s+hien|ban\s+hanh|to\s+chuc|trien\s+khai)\s[^;]*?\b"
    r"(?P<years>(?:nam|giai\s+doan|thoi\s+ky)\s+"
    r"(?:19|20)\d\d(?:\s*(?:[-–]|va|,)\s*(?:19|20)\d\d)*)",
    re.ASCII,
)


def _why_only_cited(source: Source, titled: list[re.Match[str]]) -> str:
    """Why a phrase that only cites documents is refused; when a title names years, that
    they are the cited document's (the lead's convention 7), so that a clerk whose plan
    runs over them writes its days."""
    said = "đây là số hiệu văn bản (như 42/2014/QĐ-TTg) và ngày ký của nó, không phải thời hạn"
    if not titled:
        return f"{said}; ghi last_day theo văn bản"
    years = "; ".join(source.said(*one.span("years")) for one in titled)
    return (
        f"{said}; “{years}” nằm trong tên văn bản được dẫn, là thời gian của văn bản đó (quy ước "
        "7); nếu kế hoạch chạy trong các năm đó, ghi first_day và last_day theo văn bản"
    )

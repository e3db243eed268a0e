"""The label: the step named by the words before a deadline's time ("Tham mưu UBND tỉnh, hoàn
thành trước ngày …" -> "Tham mưu UBND tỉnh"), and the checks that keep a number, a date or a
word of time in those words from changing what the deadline means unnoticed (issue 11 §1: a
label may hold words, never an unexplained number). Raises `Unreadable` with the reason."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from kehoach.base.text import fold, is_syllable, nfc, spelled, unmarked
from kehoach.dates.aftertime import hours_of_each_day, numbered_round, rules_after_a_start_out
from kehoach.dates.agenda import meeting_years
from kehoach.dates.calledoff import refuse_called_off_after, refuse_called_off_before
from kehoach.dates.citations import TITLE_ISSUED, title_before_its_force, without_references
from kehoach.dates.conditional import NEGATED_STEP, NOT_AT_ALL
from kehoach.dates.conditionhead import refuse_condition_heading
from kehoach.dates.conditionmeans import A_CHANGE_TOLD, refuse_condition_on_means
from kehoach.dates.daysoffsplit import WEEKEND_COUNTED
from kehoach.dates.grammar import (
    ALSO_CALLED,
    ALTERNATIVE,
    DAMAGED,
    EARLY_OR_LATE,
    PRESS_SAID,
    Refusal,
    Source,
    Unreadable,
    joins_things,
    prepare,
    show,
)
from kehoach.dates.instituted import without_launch_named
from kehoach.dates.leadin import spelt_as_time_word
from kehoach.dates.lunar import (
    NAMED_LUNAR_YEAR,
    OCCASION_OWN_GLOSS,
    cycle_name,
    folded_cycle_name,
)
from kehoach.dates.occasions import anniversary_spans, held_in_its_year
from kehoach.dates.optionalround import refuse_optional_round
from kehoach.dates.pastseason import refuse_past_season
from kehoach.dates.showminutes import SHOW_MINUTES
from kehoach.dates.stoppedbefore import (
    DODGED,
    DRILLED_OR_MADE,
    refuse_held_off_after,
    refuse_stopped_before,
)
from kehoach.dates.unitnouns import (
    COUNTED_THINGS,
    DAY_SHAPED,
    INCOME_PER_HEAD,
    NAMED_BY_NUMBER,
    PER_HEAD_SUM,
    SHOWS_A_DAY,
    TIMES_A_ROUND,
)

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
_FROM_NEXT = re.compile(r"\s*tu\s", re.ASCII)
# "tu" before "có hiệu lực" is the "tư" of "Thông tư", never "từ" (from): "Thong tu co hieu luc
# thi hanh ke tu ngay 10/5/2021" (s-phuloc-hue-tt-02-2021 typed bare) reads as the accented
# phrase does, the day the circular takes effect
_IN_FORCE_NEXT = re.compile(r"\s*co\s+hieu\s+luc\b", re.ASCII)
_MISLEADING_WORDS = frozenset({"sau", "từ", "đầu", "giữa", "khoảng", "đến", "kể"})
# Another date or a document number before the date: "Quyết định số 42/2014 ngày ..."
_NUMBER_IN_LABEL = re.compile(r"\d\s*[/.-]\s*\d|\bso\s*\d", re.ASCII)
_CHUNK = re.compile(r"\S+")
_NOT_WORD = re.compile(r"\W")
# punctuation around a label's word, quotes too: '"Từ ngày 03/02/2026' (an Excel cell copied
# with its opening quote, fresh11) is "từ", a start, never a step named '"Từ' before a due day
_TRIM = " ,:;.–—-•+\"'“”‘’«»"


# "không quá ngày 08/4/2022", "không muộn hơn ngày 30/6/2021", "không được chậm hơn ngày
# 15/3", "trễ nhất là ngày 15/3" (the southern "chậm nhất"): no later than that day, the day
# included; only before a day ("không quá 4 ngày" is a length, `LENGTH_CAP_RULE`) and only
# spelled with diacritics ("khong qua" typed bare may be "không qua", "tre nhat" "trẻ nhất")
_NO_LATER_THAN = re.compile(
    r"(?<![a-z])(?:khong\s+(?:duoc\s+)?(?:qua|(?:muon|cham|tre)\s+hon)|tre\s+nhat(?:\s+la)?)\s+"
    r"(?=(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|ngay\s+\d{1,2}(?![\d.,]))",
    re.ASCII,
)
_NO_LATER_SPELT = re.compile(
    r"(?:không\s+(?:được\s+)?(?:quá|(?:muộn|chậm|trễ)\s+hơn)|trễ\s+nhất(?:\s+là)?)\s+"
)


# "phải dừng hoạt động chậm nhất từ 12 giờ ngày 16/2" (UBND TP.HCM, CV 606/UBND-ĐT 2026, as
# VietnamPlus quotes it): "at the latest from" that moment, the moment the stop is due by;
# the "từ" is no start of a window (a start has no "chậm nhất" before it). Only before one
# moment, an hour and its day or a day, with no end after it: "chậm nhất từ ngày 16/2 đến
# ngày 20/2" stays a window
_LATEST_FROM = re.compile(
    r"(?<![a-z])(?:cham|muon|tre)\s+nhat\s+(?P<from>tu)\s+"
    r"(?=(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?\s*,?\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d"
    r"(?!.*\b(?:den|toi)\b))",
    re.ASCII,
)
_LATEST_FROM_SPELT = re.compile(r"(?:chậm|muộn|trễ)\s+nhất\s+từ\s+")


def no_later_than(source: Source) -> Source:
    """The source with the words of a bound that is the deadline itself ("không quá", "không
    muộn hơn", "trễ nhất là" … before a day, `_NO_LATER_THAN`) blanked: "không quá ngày
    15/3" reads as "ngày 15/3", the day the last allowed. Only the phrase's first time: after
    another day the bound is a second last day, which the parts' checks refuse. The "từ" of
    "chậm nhất từ <giờ> ngày D" (`_LATEST_FROM`) is blanked too: D is the due day."""
    latest = _LATEST_FROM.search(source.prepared)
    if latest and _LATEST_FROM_SPELT.fullmatch(source.original(*latest.span()).lower() + " "):
        source = source.blank(*latest.span("from"))
    bound = _NO_LATER_THAN.search(source.prepared)
    if bound is None or any(char.isdigit() for char in source.prepared[: bound.start()]):
        return source  # "Trước ngày 15/7, không quá ngày 30/7": two last days, refused apart
    if _NO_LATER_SPELT.fullmatch(source.original(*bound.span()).lower()):
        return source.blank(*bound.span())
    return source


# The number or letter of a list item opening the phrase: "(2) Tập trung chỉ đạo việc tổ
# chức đại hội …, hoàn thành trước ngày 30/6/2025" (Kết luận 163-KL/TW, 2025), "1. Thời gian
# Hội thi: Từ ngày 26/3/2012 …" (Sở GD&ĐT Bình Dương, TB 143/2012), "b) Đối với khen thưởng …"
# (Thông tư 16/2018/TT-BCT): the item's place in its list, no time. Only a plain item number
# (one or two digits, or one letter) closed by ")" or ".", then a word: "1.2. …" may be a day
# written with dots ("28.4 công bố …"), and a unit of time after the number ("15. tháng 3")
# may be a damaged day, so both stay refused.
# A letter closed by ")" is no damaged day: "c) Ngày 04 tháng 9 năm 2025" (THPT Huỳnh Thúc
# Kháng, Đà Nẵng, 2025: the third line of a schedule) reads as its day.
_LIST_MARKER = re.compile(
    # "(4). Tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2025 đạt 80 %." (phường Chi Lăng,
    # Pleiku: a numbered target with a full stop after its parenthesis)
    # "1.Tổ chức cấm biển trên địa bàn từ 06 giờ 00 ngày 27/9/2025 …" (Thanh Hóa's công điện
    # 15/2025, copied with no space after the item's number)
    r"\A[\s\-–•+]*(?:(?:\(\s*(?:\d{1,2}|[a-z])\s*\)\.?\s+|\d{1,2}\s*[.)]\s*)"
    r"(?=[a-z])(?!(?:thang|quy|nam|tuan|ngay|ky|dot|lan)\b)|[a-z]\s*\)\s+(?=[a-z]))",
    re.ASCII,
)

# ... and a point of an argument in words: "Thứ hai, trong thời gian 60 ngày làm việc kể từ
# ngày nhận được văn bản của UBND cấp tỉnh, UBND cấp xã hoàn thành việc lấy ý kiến nhân dân"
# (Dân trí on the draft decree on administrative units, 2025: "secondly"), "Thứ nhất, …":
# closed by its comma, then a word that names no day ("Thứ Hai, ngày 15/3", "Thứ hai, 15/3",
# "Thứ hai, hằng tuần" are weekdays and stay read as such). A weekday's name ("hai" …
# "bảy") is a point only written in lower case and with no day of a month, no period, no week
# and no cadence in the phrase: only a count of days from an event, as in that draft ("Thứ
# Hai, họp giao ban trước ngày 20/6" may be the Monday before it, "Thứ hai, họp giao ban hằng
# tuần" is each Monday, "thứ hai, họp giao ban trong năm 2026" the Mondays of that year)
_POINT = re.compile(
    r"\A[\s\-–•+]*thu\s+(?P<which>nhat|hai|ba|tu|nam|sau|bay)\s*,\s+"
    r"(?!(?:ngay|hang|moi|tuan|sang|chieu|toi|trua|luc|tu|den|truoc|vao|tet|le)\b|\d)(?=[a-z])",
    re.ASCII,
)
_DAY_OF_A_MONTH = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:thang|quy|nam|tuan|hang|moi|dinh\s+ky|thu|chu\s+nhat)\b",
    re.ASCII,
)


# ... and an outline number of two to four levels opening a heading: "1.2. Thời gian lấy ý
# kiến nhân dân: 30 ngày, kể từ ngày 01/04/2021 đến 30/04/2021" (UBND Thuận An, 2021),
# "3.1. Đối với cá nhân: Thu, nộp một lần trước ngày 30 tháng 7 năm 2022" (xã Chư Băh,
# 2022). "1.2" alone may be 1 February written with a dot, so only (the lead's ruling of
# session 49, over the earlier refusals of forms_l, forms_p, named_numbers37): closed by its
# dot, then a space and a capital (a heading's first word, `_outline`), and with another day
# in the phrase written with "/", "-" or in words and none with a dot, the cell's own style
# of writing a day, which an outline number does not follow.
# ... a monthly rule's day in words is such a day: "2.2. Tiếp công dân định kỳ: Giám đốc Sở
# tiếp công dân định kỳ vào ngày 15 hằng tháng (nếu …)" (Sở KH&CN Cao Bằng, 2025; y-cao-bang-
# skhcn-lich-tiep-cong-dan-2025), a day of every month, which no one day "2.2" opens
_OUTLINE = re.compile(r"\A[\s\-–•+]*\d{1,2}(?:\.\d{1,2}){1,3}\.\s+(?=[a-z])", re.ASCII)
_DOTTED_DAY = re.compile(r"\d\s*\.\s*\d")
_UNDOTTED_DAY = re.compile(
    r"\d{1,2}\s*[/-]\s*\d{1,2}|\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\b"
    r"|\bngay\s+\d{1,2}\s+(?:hang|moi)\s+thang\b",
    re.ASCII,
)


def _outline(source: Source) -> re.Match[str] | None:
    """The outline number opening `source` (`_OUTLINE`), when the rest of it writes its
    days otherwise; else None."""
    outline = _OUTLINE.match(source.prepared)
    if outline is None or not source.original(outline.end(), outline.end() + 1).isupper():
        return None
    rest = source.prepared[outline.end() :]
    return outline if _UNDOTTED_DAY.search(rest) and not _DOTTED_DAY.search(rest) else None


def _point(source: Source) -> re.Match[str] | None:
    """The point of an argument opening `source` (`_POINT`), or None."""
    point = _POINT.match(source.prepared)
    if point is None or point["which"] == "nhat":
        return point
    said = source.original(*point.span("which"))
    if said.islower() and not _DAY_OF_A_MONTH.search(source.prepared, point.end()):
        return point
    return None


# ... and the mark of the paper or agency that opens a news item, in parentheses before a
# dash: "(TBTCO) - Theo thông cáo báo chí của Bộ Công thương vừa phát ra, Hội chợ Mùa Xuân 2026
# … sẽ diễn ra từ ngày 02/02 - 13/02/2026" (Thời báo Tài chính, 2026), "(Chinhphu.vn) -",
# "(PL)-": who prints the news, no time. The one rule for it: every refusal reads the phrase
# with the mark blanked (`citations.DAY_OPENING` no longer skips one of its own)
_PRESS_MARK = re.compile(
    r"\A\s*\(\s*[a-z][a-z.]{1,14}(?:\s+news)?\s*\)\s*[-–—]\s*(?=[a-z])", re.ASCII
)
# ... or bare, in capitals, before a spaced dash, as the provincial papers and stations sign
# their items: "QTV - Chiều ngày 18/7/2018 đã có 24 hộ dân … nhận tiền đền bù" (Quảng Ninh
# TV, 2018; read as due 18/07/2018 before), "TPO - Chiều 5/12, …", "QTO - Sáng 13/8, …",
# "TT - Ngày 26-4, …": two to five capitals, no digit, then " - " (a dash with its spaces:
# "KT-XH" is a word), read as printed so that a word in lower case is never taken for one
_BARE_PRESS_MARK = re.compile(r"\A\s*[a-z]{2,5}\s+[-–—]\s+(?=[a-z])", re.ASCII)
# ... or in parentheses with no dash, in capitals, before the part of the day that opens the
# item: "(BTV) Sáng 4/1, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức Hội nghị …" (Bắc Ninh
# TV, 2025; zg-bacninhtv-xet-khen-thuong-tong-ket-2024)
_SHUT_PRESS_MARK = re.compile(
    r"\A\s*\(\s*[a-z]{2,6}\s*\)\s+(?=(?:sang|chieu|toi|trua|ngay)\s)", re.ASCII
)


# ... or the paper's web address before a spaced dash: "VTV9.vtv.vn - Bộ Y tế cho biết từ năm
# 2024 đến năm 2030, thêm 4 vắc-xin được tiêm chủng miễn phí …" (VTV9, 2024; zh-vtv9-byt-4-vac-
# xin-tiem-chung-mo-rong-2024-2030), "VTV.vn - Bắt đầu từ 0h ngày 20/1 …": a host name of
# letters and digits, dotted, ending in a domain the Vietnamese press uses, then " - " and a
# word; its digits name the channel (VTV9), no time
_SITE_PRESS_MARK = re.compile(
    r"\A\s*[a-z][a-z0-9]*(?:\.[a-z0-9]+)*\.(?:vn|com|net|org)\s+[-–—]\s+(?=[a-z])", re.ASCII
)


def _press_mark(source: Source) -> re.Match[str] | None:
    """The press mark opening `source` (`_PRESS_MARK`, `_SITE_PRESS_MARK`, `_BARE_PRESS_MARK`
    in capitals as printed); None when there is none."""
    if press := _PRESS_MARK.match(source.prepared) or _SITE_PRESS_MARK.match(source.prepared):
        return press
    bare = _BARE_PRESS_MARK.match(source.prepared) or _SHUT_PRESS_MARK.match(source.prepared)
    if bare and source.original(*bare.span()).strip(" -–—()").isupper():
        return bare
    return None


# A bare bullet opening the line, no number: "+ Ngày 6/11 tổ chức tiêm cho đàn chó của các hộ
# trên địa bàn thôn Du Tái" (UBND xã Tiền Tiến, Hải Dương, 2023: the lines of a vaccination
# schedule), "- Sáng ngày 28/6 …": the line's mark in its list, no time and no sign. Only
# before the day opening the line ("ngày", or the part of the day before it): before a
# number a dash may be a minus or join a range, and a report's head after it ("+ Báo cáo 06
# tháng: Trước ngày 10/7") is read with its mark as before.
_BULLET = re.compile(r"(?i)\A\s*[-–•+*]+\s+(?=(?:(?:buổi\s+)?(?:sáng|chiều|trưa|tối)\s+)?ngày\s)")


def bullet_out(text: str) -> str:
    """`text` without the bare bullet opening it (`_BULLET`), read as the line it marks."""
    return _BULLET.sub("", text, count=1)


# A parenthesis closed at the end of a line that never opened it: "Số liệu báo cáo của Quý IV
# được tính từ ngày 01/10 đến hết ngày 31/12 hằng năm;)" (the Đức Cơ portal retelling Thông tư
# 05/2023/TT-BYT; the parenthesis opened two lines above: y-gia-lai-ducco-byt-tt-05-2023-hiv-
# chot-so-lieu): the line is read as the words inside it, its ")" and the list's ";" before it
# say no time. Only after the item's own ";" or "." (a bare "15/3)" may close the day of a
# text cited lines above, "(ký ngày 15/3)"), and with no "(" anywhere in the phrase: a pair
# is an aside, its rules read it
_STRAY_CLOSE = re.compile(r"\s*[;.]\s*\)[\s.;]*\Z")


def stray_close_out(text: str) -> str:
    """`text` without a ")" closing it that no "(" in it opened (`_STRAY_CLOSE`)."""
    return text if "(" in text else _STRAY_CLOSE.sub("", text, count=1)


def list_marker_out(source: Source) -> Source:
    """The source with the number or letter of a list item opening it read as blanks
    (`_LIST_MARKER`): "(2) Tập trung …, hoàn thành trước ngày 30/6/2025" reads as the same
    words without "(2)"; and a point of an argument in words (`_POINT`: "Thứ hai, …"), an
    outline number (`_outline`: "1.2. Thời gian …"), a news item's press mark
    (`_press_mark`: "(TBTCO) - …", "QTV - …")."""
    if press := _press_mark(source):
        source = source.blank(*press.span())
    if marker := _LIST_MARKER.match(source.prepared) or _point(source) or _outline(source):
        return source.blank(*marker.span())
    return source


class Label(NamedTuple):
    text: str | None  # the step, original spelling; None when only filler stood there
    filler: bool  # generic words ("hoàn thành", "chậm nhất") introduced the date


def _no_start_day(
    source: Source, chunks: list[tuple[int, int]], filler: list[str], end: int
) -> None:
    """Refuse "bắt đầu" (begin) among the filler words closing a label right before the day
    or period itself: "Ngày bắt đầu: 15/3/2027", "Thời gian bắt đầu: tháng 3/2027" name the
    start, never the deadline (`filler`: the folded filler words; `end`: the label's end);
    nor a label naming the day a thing begins ("Ngày bắt đầu lấy ý kiến:", `_no_named_start`)."""
    _no_named_start(source.prepared[:end], source, end)
    if not any(filler[i : i + 2] == ["bat", "dau"] for i in range(len(filler) - 1)):
        return
    between = source.original(chunks[-1][1], end) if chunks else ""  # an hour blanked there
    if _RUNS_TO_AN_END.match(source.prepared, end):
        return  # "bắt đầu vào 0h ngày 1/4/2019 đến ngày 25/4/2019": the span, its start said
    if not between.strip(" :,") and _ON_ITS_DAY.match(source.prepared, end):
        raise Unreadable(
            "“bắt đầu …” là ngày bắt đầu, không phải hạn hoàn thành; ghi last_day (và "
            "first_day) theo văn bản"
        )


# "Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn lấy ý kiến: 26/03/2018" (Bộ KH&CN's
# consultation pages, n-): the day a thing begins, named so before the colon, is no deadline;
# nor when a copy lost the label's "Ngày" ("bắt đầu lấy ý kiến: 22/02/2020, Ngày hết hạn …",
# n-bkhcn-du-thao-796-cong-nghe-cao-2020 so copied: due on the opening day before harden18)
_NAMED_START = re.compile(
    r"\s*(?:(?:ngay|thoi\s+gian|thoi\s+diem)\s+)?bat\s+dau\b[^:]*:\s*\Z", re.ASCII
)


def _no_named_start(prepared: str, source: Source, end: int) -> None:
    """Refuse a label that names the day a thing begins ("Ngày bắt đầu lấy ý kiến:", the
    opening of a consultation) right before that day: read as a deadline it would be due on
    the day the work opens (`_NAMED_START`)."""
    if _NAMED_START.match(prepared) and _ON_ITS_DAY.match(source.prepared, end):
        said = source.said(0, end).strip(" :")
        raise Unreadable(
            f"“{said}” là ngày bắt đầu, không phải hạn hoàn thành; ghi last_day (và "
            "first_day) theo văn bản"
        )


# ... right before the day or period itself ("bắt đầu từ … đến …" is a span, "bắt đầu trước
# ngày 15/3" a deadline to begin by)
_ON_ITS_DAY = re.compile(r"[\s:,]*(?:vao\s+)?(?:ngay\b|thang\b|quy\b|nam\b|\d)", re.ASCII)
# ... nor a start day that runs to its end day, each with its year or the end with one: "Cuộc
# tổng điều tra dân số nhà ở được bắt đầu vào 0h ngày 1/4/2019 đến ngày 25/4/2019" (Báo Đắk
# Nông, 2019; j-gianghia-dak-nong-tong-dieu-tra-2019): the window, as "bắt đầu từ … đến …"
_RUNS_TO_AN_END = re.compile(
    r"[\s:,]*(?:vao\s+)?(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s+(?:den|toi)\s+"
    r"(?:het\s+)?ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b",
    re.ASCII,
)


def _filler_tail_start(words: list[str], spelt: list[str]) -> int:
    """Index where the trailing filler words (and bare punctuation) begin; `spelt` is each
    word as printed, lower-cased."""
    end = len(words)
    while end:
        if not words[end - 1]:
            end -= 1
            continue
        tails = (n for n in (3, 2, 1) if n <= end and tuple(words[end - n : end]) in _FILLER_TAILS)
        size = next(tails, 0)
        # a word after "thứ" is the weekday's name, never filler: "vào thứ Duoc hàng tuần"
        # dropped its "Duoc" and read every week due Sunday (hypothesis, session 37)
        if not size or (end > size and words[end - size - 1] == "thu"):
            break
        if size == 1 and _spelt_otherwise(words[end - 1], spelt[end - 1]):
            break
        end -= size
    return end


def _spelt_otherwise(word: str, said: str) -> bool:
    """Whether a one-syllable filler ("là", "sẽ") is printed as another word with its own
    diacritics: "Bón thúc khi mạ đạt từ 2,5-3 lá, hoàn thành trước ngày 15/2/2027" (the
    leaves of a seedling; p-hoabinh-thaibinh-vu-xuan-2023) lost its "lá" from the step. A
    bare "la" may be a copy without diacritics of "là": it stays filler."""
    said = _NOT_WORD.sub("", said)
    return word in _FILLER_SPELT and not said.isascii() and said != _FILLER_SPELT[word]


def _another_number(source: Source, number: re.Match[str], end: int) -> str:
    """Why a label holding another day or a document's number (`number`, found in the
    prepared text) is refused, quoting it and the time part read after `end`."""
    start = source.prepared.rfind(" ", 0, number.start()) + 1
    stop = source.prepared.find(" ", number.end())
    other = source.original(start, stop if 0 <= stop <= end else end).strip(_TRIM + "()")
    whole = source.said(end, len(source.prepared)).strip(_TRIM + "()")
    read = whole if len(whole) <= 40 else whole[:40] + "…"
    # the part read may have come before these words ("Ngày 1/12 trở đi, …, trước ngày
    # 10/12"), with nothing of it here to quote (a fresh user of session 39 saw “” quoted)
    besides = f"ngoài “{read}” " if read else "ngoài thời hạn đã đọc, "
    if _MADE_UP.search(source.prepared):
        return (
            f"{besides}cụm từ còn một ngày khác (“{other}”): một ngày nghỉ và ngày làm bù, học "
            "bù hay đi học, đi làm trở lại là những ngày khác nghĩa, không phải một thời hạn; "
            "nếu cần theo dõi, ghi mỗi ngày một mốc (deadlines), mỗi mốc last_day của nó"
        )
    return (
        f"{besides}cụm từ còn một ngày khác hoặc số hiệu văn bản (“{other}”): không tự "
        "chọn một; ghi last_day (và first_day) theo văn bản" + _other_said(whole, other)
    )


# A day off beside the day worked or studied for it, or the day back: "nghỉ thứ Hai ngày
# 31/8/2026 và làm bù vào ngày thứ Bảy 22/8/2026" (p-huengaynay), "nghỉ lễ thêm thứ Sáu ngày
# 2/1/2026 và học bù vào thứ Bảy ngày 20/12/2025" (za-vietnamnet): two days of different
# meaning (Bộ luật Lao động 2019, Điều 112: days off and the days swapped for them), never
# one deadline; "đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu, ngày 02/01/2015" (l-bnv) as
# well. The whole phrase is refused here; `madeup.day_off_and_made_up` reads the plain ones
# as two milestones after (the lead's ruling 52(a)), and what it leaves keeps this reason,
# whose way out says so (folded)
_MADE_UP = re.compile(
    r"\bnghi\b.*\b(?:(?:lam|hoc)\s+bu|di\s+(?:hoc|lam)(?:\s+binh\s+thuong)?\s+(?:tro\s+)?lai)\b"
    r"|\b(?:lam|hoc)\s+bu\b.*\bnghi\b|\bdi\s+lam\b.*\bde\s+nghi\b",
    re.ASCII,
)


# What the other token looks like, for the way out (session 39, family D: 138 refusals of
# this reason): a day with its month ("22-10-2018", "29/8") is most often a second step with
# its own day ("khai mạc vào ngày 22-10-2018 và bế mạc vào ngày 19-11-2018", m-cand: two
# milestones, the lead's ruling of session 34), which a clerk writes as two rows; two years
# joined ("2016-2021", "2023 - 2025") most often name a term, a school year or a programme
_OTHER_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?", re.ASCII)
_OTHER_YEARS = re.compile(r"(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d", re.ASCII)
# ... and a phrase's time part that is a year alone ("năm 2022") after a day in its label:
# "Ngày 9 và 10-5, Ban Chỉ đạo … tổ chức diễn tập … năm 2022" (p-baokhanhhoa): the year of
# the thing told, most often
_YEAR_NAMED = re.compile(r"nam\s+(?:19|20)\d\d[ .]*", re.ASCII)


def _other_said(read: str, other: str) -> str:
    """The hint added to `_another_number`'s reason: on the time part `read` or the token
    `other` (both as printed)."""
    if _OTHER_YEARS.search(read[-12:]) and not _OTHER_YEARS.fullmatch(other):
        return (
            f"; “{read}” có thể là tên một nhiệm kỳ, năm học hay giai đoạn; nếu thời hạn là "
            f"“{other}”, ghi last_day theo ngày đó"
        )
    if _YEAR_NAMED.fullmatch(fold(read).lower()) and _OTHER_DAY.fullmatch(other):
        return (
            f"; “{read}” có thể là năm của việc được nêu (lần, đợt tổ chức năm đó); nếu thời "
            f"hạn là “{other}”, ghi last_day theo ngày đó"
        )
    if _OTHER_YEARS.fullmatch(other):
        return f"; “{other}” có thể là tên một nhiệm kỳ, năm học hay giai đoạn, không phải thời hạn"
    if _OTHER_DAY.fullmatch(other):
        return (
            "; nếu đó là hai việc, mỗi việc một ngày, ghi mỗi việc một mốc (deadlines), mỗi "
            "mốc last_day của nó"
        )
    return ""


def _spared_here(source: Source, end: int, spared: str) -> str:
    """`spared` with the words the phrase itself shows to be no time of this deadline: a
    "hoặc" between two things (`joins_things`), "ngày tiếp theo, là ngày …"."""
    patterns = [spared] if spared else []
    alternatives = list(ALTERNATIVE.finditer(source.prepared, 0, end))
    if alternatives and all(joins_things(source.prepared, word) for word in alternatives):
        patterns.append(r"\b(?:hoặc|hay)\b")
    if _NEXT_DAY_IS.search(source.prepared[:end]):  # "nghỉ bù vào ngày tiếp theo, là ngày …"
        patterns.append(r"\bngày\s+tiếp\s+theo\b")
    if _SOON_THEN_LATEST.search(source.prepared[:end]):  # "sớm công bố …, muộn nhất là ngày …"
        patterns.append(r"\bsớm\b(?!\s+(?:nhất|hơn)\b)")
    if _BY_IN_PARENTHESES.search(source.original(0, end)) and _BEFORE_NEXT.match(
        source.prepared, end
    ):  # "hoàn thành ngay sau UBND xã đi vào hoạt động (trước 7h00 sáng ngày 01/7/2025)"
        patterns.append(_RIGHT_AFTER_AN_EVENT)
        patterns.append(_AS_SOON_AS_CAN_BE)
    if _ROUND_WEEK_ENDS.search(source.prepared[:end]):  # "tuần cuối cùng sẽ kết thúc vào"
        patterns.append(_ROUND_WEEK)
    if _NEXT_ROUNDS.search(source.prepared[:end]):  # "các đợt tiếp theo vào ngày …"
        patterns.append(_NEXT_ROUNDS_SPELT)
    if spared_period := _report_of_the_period_counted(source, end):
        patterns.append(spared_period)  # "báo cáo tài chính quý … kể từ ngày kết thúc quý"
    if _SCHOOL_YEAR_ENDS.search(source.prepared, 0, end):  # "năm học và kết thúc năm vào"
        patterns.append(r"\bkết\s+thúc\s+năm\s*$")
    if title_before_its_force(source, end):  # "Quyết định … ban hành <title> có hiệu lực từ"
        patterns.append(TITLE_ISSUED)
    return "|".join(patterns)


# The rounds after the first, right before their days: "Tiêm phòng bổ sung các đợt tiếp theo
# vào ngày 10/11 đến 20/11/2022 và ngày 01/12 đến 10/12/2022" (UBND tỉnh Hà Nam on the autumn
# vaccination, 2022; l-ha-nam-tiem-phong-vu-thu-2022): "tiếp theo" (next) says which rounds,
# whose days follow, no time of its own; never after another word ("ngày làm việc tiếp theo"
# is a day) nor with anything between it and the days
_NEXT_ROUNDS = re.compile(r"(?<![a-z])dot\s+tiep\s+theo\s*\Z", re.ASCII)
_NEXT_ROUNDS_SPELT = r"(?<=đợt)\s+tiếp\s+theo\s*$"


# The school year ending, its "năm" the "năm học" named before it: "Học sinh hoàn thành chương
# trình năm học và kết thúc năm vào cuối tháng 5/2026" (Khánh Hòa, QĐ 687 on the 2025-2026
# school year, as Báo Nghệ An prints it; o-baonghean-khanh-hoa-qd-687-nam-hoc-2025-2026): the
# year that ends then is the school year, no calendar year of the step
_SCHOOL_YEAR_ENDS = re.compile(r"\bnam\s+hoc\b[^;.]*\bket\s+thuc\s+nam\s*\Z", re.ASCII)


# A contest's week (its round) closing the label, with the day it ends after "kết thúc vào":
# "tuần cuối cùng sẽ kết thúc vào 09g30 sáng thứ Hai, ngày 12/8/2024" (Ban Tuyên giáo Tỉnh ủy
# Lâm Đồng, CV 1235/2024 on a weekly contest; q-lamdong-btgtu-cv-1235-cuoc-thi-nghi-quyet-
# 2024): the round ends on the day written, no week of the calendar to find. Only "kết thúc"
# right before the time ("tuần cuối cùng của tháng 8", "tuần thứ 3 tháng 9" stay weeks)
_ROUND_WEEK_ENDS = re.compile(
    r"\btuan\s+(?:cuoi\s+cung|thu\s+(?:nhat|hai|ba|tu|nam|\d{1,2}))\s+(?:se\s+)?ket\s+thuc"
    r"(?:\s+(?:vao|luc))?\s*\Z",
    re.ASCII,
)
_ROUND_WEEK = r"\btuần(?=\s+(?:cuối\s+cùng|thứ\s+\w+)\s*$)"
# "ngay sau" (right after) an event named in words, closing the label right before a
# parenthesis that opens with "trước" and its day: "hoàn thành ngay sau UBND xã đi vào hoạt
# động (trước 7h00 sáng ngày 01/7/2025)" (Văn phòng UBND tỉnh Ninh Bình, CV 986/2025;
# i-ninh-binh-vpubnd-986-trung-tam-phvhc-cap-xa-2025): as soon as the event comes, and by the
# day in the parentheses, the deadline. Never with a number or "ngày" after "sau" ("ngay sau
# ngày 15/6 (trước …)": a start bound), nor before any other time part
_BY_IN_PARENTHESES = re.compile(r"\(\s*\Z")
_RIGHT_AFTER_AN_EVENT = r"(?<!\w)ngay\s+sau\s+(?!ngày\b)[^\d()]+$"
# ... and "as soon as possible", with the day it must be done by in the parentheses: "gửi về
# Bộ Nội vụ trong thời gian sớm nhất (trước ngày 1/5) để kịp thời thẩm định" (Công văn
# 05/CV-BCĐ 2025 as Znews prints it; zd-znews-cv-05-bcd-de-an-sap-xep-dvhc-2025). Without the
# parentheses "trong thời gian sớm nhất là ngày 1/5" may be a start bound, and stays refused
_AS_SOON_AS_CAN_BE = r"(?<!\w)trong\s+thời\s+gian\s+sớm\s+nhất\s*$"
# A report named by the period it covers, right before a count from the end of that same
# period: "Đơn vị kế toán phải nộp báo cáo tài chính quý chậm nhất là 20 ngày, kể từ ngày kết
# thúc quý" (Nghị định 129/2004/NĐ-CP, Điều 25; Thông tư 200/2014/TT-BTC, Điều 109: "… năm
# chậm nhất là 30 ngày, kể từ ngày kết thúc kỳ kế toán năm"; refused for "quý", "năm" before
# tune-zp): the quarterly statement, each quarter's, named; the count's anchor says which
# quarter. Only when the anchor names the same period: "báo cáo năm chậm nhất là 30 ngày" with
# no anchor, or "báo cáo quý … kể từ ngày kết thúc năm", stay refused. So the year's tax
# return: "Thời hạn nộp hồ sơ quyết toán thuế năm chậm nhất là ngày thứ chín mươi, kể từ ngày
# kết thúc năm dương lịch hoặc năm tài chính" (Thông tư 28/2011/TT-BTC, Điều 32, as Dân kế
# toán prints it; s-danketoan-tt-28-2011-thoi-han-khai-thue): the count's anchor is the end of
# the year it settles, whichever year the taxpayer keeps.
_REPORT_OF_A_PERIOD = re.compile(
    r"\b(?:bao\s+cao(?:\s+(?:tai\s+chinh|quyet\s+toan|thong\s+ke|ke\s+toan))?"
    r"|ho\s+so\s+quyet\s+toan\s+thue)\s+"
    r"(?P<period>quy|nam|thang)(?:\s+(?:cham|muon|tre)\s+nhat(?:\s+la)?)?\s*\Z",
    re.ASCII,
)
_COUNTED_FROM_ITS_END = re.compile(
    r"\s*(?:(?:cham|muon|tre)\s+nhat\s+(?:la\s+)?)?(?:\d{1,3}\s+ngay|ngay\s+thu\s+\d{1,3})"
    r"\s*,?\s+(?:ke\s+)?tu\s+ngay\s+"
    r"ket\s+thuc\s+(?:ky\s+(?:ke\s+toan|bao\s+cao)\s+)?(?P<period>quy|nam|thang)"
    r"(?:\s+duong\s+lich\s+hoac\s+nam\s+tai\s+chinh)?\W*\Z",
    re.ASCII,
)
_PERIOD_SPELT = {"quy": r"(?<=\s)quý\s*$", "nam": r"(?<=\s)năm\s*$", "thang": r"(?<=\s)tháng\s*$"}


def _report_of_the_period_counted(source: Source, end: int) -> str:
    """The pattern sparing the period word that closes a report's name (`_REPORT_OF_A_PERIOD`)
    when the count after `end` runs from the end of that same period
    (`_COUNTED_FROM_ITS_END`); "" otherwise."""
    named = _REPORT_OF_A_PERIOD.search(source.prepared, 0, end)
    counted = _COUNTED_FROM_ITS_END.match(source.prepared, end)
    if named is None or counted is None or named["period"] != counted["period"]:
        return ""
    return _PERIOD_SPELT[named["period"]]


# "sớm" (soon) before a verb, in a clause a comma closes before the phrase's own last day:
# "Bộ yêu cầu các trường đại học xây dựng kế hoạch, sớm công bố thông tin tuyển sinh …, muộn
# nhất là ngày 15/2/2026" (VnExpress on the Bộ GD&ĐT's 2026 admission plan): do it soon, and
# by that day at the latest. Never "sớm nhất", "sớm hơn" (a start, a comparison), nor "sớm
# triển khai … giai đoạn 2021 - 2025" (no last day of its own: what is to come soon?)
_SOON_THEN_LATEST = re.compile(
    r"\bsom\s+(?!nhat\b|hon\b)[a-z]+\b[^\d]*,\s*(?:(?:muon|cham|tre)\s+nhat|truoc)"
    r"(?:\s+la)?(?:\s+vao)?(?:\s+ngay)?\s*\Z",
    re.ASCII,
)


# the one-syllable fillers a place name may end in, as the filler is spelt: "Sơn La" (là),
# "Chư Sê" (sẽ; UBND huyện Chư Sê, Gia Lai)
_FILLER_SPELT = {"la": "là", "se": "sẽ"}
# the unit named before a place ("TINH SON LA", "XA CHU SE")
_UNIT_FOLDED = frozenset({"tinh", "xa", "huyen", "phuong"})


def _place_ends_in_filler(
    source: Source, chunks: list[tuple[int, int]], words: list[str], kept: int
) -> bool:
    """Whether the one filler word closing a label is the last syllable of a place name,
    "Sơn La, ngày 15 tháng 3 năm 2018" (the signing line of every Sơn La document; read as
    "Sơn", là ngày …, it was due that day), "Chư Sê, ngày …": capitalised after a capitalised
    word and not spelt as the filler ("Thời hạn Là ngày …" stays filler), or in capitals
    after one in capitals with its diacritics ("SƠN LA"); in a phrase with diacritics, any
    spelling but the filler's ("sơn la, ngày …"); in any case and spelling but the filler's,
    before the comma of a dateline ("son la, ngay 15 thang 3 nam 2027", a copy that lost its
    diacritics and capitals): "là" joins its date, no comma between them."""
    tail = [word for word in words[kept:] if word]
    if len(tail) != 1 or tail[0] not in _FILLER_SPELT or kept == 0:
        return False
    said = source.original(*chunks[kept]).strip(_TRIM)
    before = source.original(*chunks[kept - 1]).strip(_TRIM)
    if said.lower() == _FILLER_SPELT[tail[0]]:
        return False
    if not source.text.isascii():  # "sơn la, ngày …": with diacritics, "la" is never "là"
        return True
    if source.prepared[chunks[kept][0] : chunks[kept][1]].endswith(","):
        return True
    if not before[:1].isupper():
        return False
    titled = said[:1].isupper() and said[1:].islower()
    # "SON LA ngay 15 thang 3 nam 2027": in capitals without diacritics, the place's name
    # alone (after its unit at most), never the end of a longer title ("BAO CAO LA NGAY …")
    alone = kept == 1 or (kept == 2 and words[0] in _UNIT_FOLDED)
    return titled or (said.isupper() and before.isupper() and (not before.isascii() or alone))


def _label_end(source: Source, chunks: list[tuple[int, int]], words: list[str]) -> int:
    """Index where the label's trailing filler words begin (`_filler_tail_start`), all of
    them kept when the filler is a place's last syllable (`_place_ends_in_filler`)."""
    spelt = [source.original(*chunk).lower() for chunk in chunks]
    kept = _filler_tail_start(words, spelt)
    return len(words) if _place_ends_in_filler(source, chunks, words, kept) else kept


# ... only before a time with its own lead: "năm học sau ngày 15/5" may be "after 15/5"
_LEAD_AFTER_NEXT_YEAR = re.compile(r"\s*(?:trong|truoc|vao|cham\s+nhat|han)\b", re.ASCII)


def _no_toi_before_a_period(
    words: list[str], kept: int, last: str, source: Source, end: int
) -> None:
    """Refuse a label closed by "tới" before a part of a period (as "đến giữa năm") or a
    bare period (as "đến tháng 3": up to March, or through it? "tới cuối năm" is), and a
    label that is a word folding alike (`_no_time_word_folded_alike`)."""
    if last in ("tới", "toi") and _PART_OF_PERIOD_NEXT.match(source.prepared, end):
        raise Unreadable(_MISLEADING["den"].replace("đến", "tới"), kind=Refusal.NOT_A_STEP)
    if last in ("tới", "toi") and _BARE_PERIOD_NEXT.match(source.prepared, end):
        raise Unreadable(
            "“tới …” chưa rõ có tính cả kỳ đó không; ghi “đến hết …” hoặc “trước …”",
            kind=Refusal.NOT_A_STEP,
        )
    _no_time_word_folded_alike(words, kept, last, source, end)


def _no_time_word_folded_alike(
    words: list[str], kept: int, last: str, source: Source, end: int
) -> None:
    """Refuse a label that is one word folding to "tới"/"đến" but printed as another word
    ("Tội quý III/2026": "tội", crime; "Tôi", "Đền"), right before a bare period
    (`_BARE_PERIOD_NEXT`): read, it was the step "Tội" due in the quarter, the very days
    "Tới quý III/2026, …" opening a sentence reads. A real word is never a damaged time
    word (`leadin.spelt_as_time_word`), and no step is named by it alone; "Toi", "den" bare
    are the time words' refusals above."""
    if kept != 1 or words[0] not in ("toi", "den") or last.isascii():
        return
    if spelt_as_time_word(last, source.text) or not _BARE_PERIOD_NEXT.match(source.prepared, end):
        return
    raise Unreadable(
        f"“{source.said(0, end).strip(_TRIM)}” trước kỳ không phải “tới”/“đến” (chữ khác, "
        "giống khi bỏ dấu) và không phải tên một bước; không đoán, hãy ghi last_day (và "
        "first_day) theo văn bản"
    )


def read_label(source: Source, end: int, spared: str = "", *, start: bool = False) -> Label:
    """The step named by prepared[:end], the words before the date part; `spared` words
    are not taken for words of time (see `_no_time_word`). `start`: the time part is a
    start bound ("từ ngày …" with no end), whose verb a return closing the label may be
    (`_RETURN_BEFORE_START`)."""
    prepared = source.prepared[:end]
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(prepared)]
    words = [_NOT_WORD.sub("", prepared[start:end]) for start, end in chunks]
    kept = _label_end(source, chunks, words)
    filler = any(words[kept:])
    said = [source.original(*chunk).lower().strip(_TRIM) for chunk in chunks[:kept]]
    whole = [source.original(*chunk).lower().strip(_TRIM) for chunk in chunks]
    _no_turned_meaning(said, words[:kept], source.prepared[end:], whole, source.text)
    _no_step_held(source.original(0, end), source.prepared[end:])
    _no_start_day(source, chunks, words[kept:], end)
    if all(not word or word in _FILLER_WORDS for word in words[:kept]):
        _no_number_left(_show_minutes_out(source.prepared, end))
        return Label(None, filler)
    last = source.original(*chunks[kept - 1]).lower().strip(_TRIM)
    # "05 năm kỳ đầu" (the first term), "kê khai … lần đầu hoàn thành trước ngày 31.3" (the
    # first time: an ordinal count of times, as "lần thứ nhất"), never the start of a period
    term = words[kept - 1] == "dau" and kept > 1 and words[kept - 2] in ("ky", "lan")
    # "hoàn thành trong khoảng từ năm 2023-2025" (VietNamNet, Nam Định): within the span
    # from … to …, no estimate ("khoảng tháng 3", "trong khoảng tháng 3" stay refused)
    within = words[kept - 2 : kept] == ["trong", "khoang"] and _FROM_NEXT.match(
        source.prepared, end
    )
    # "đăng ký cho con em học tiếp năm học sau trong tháng 5-2013" (Pháp Luật TP.HCM, 2013,
    # zo-plo-tphcm-mam-non-hoc-he-2013; tune-zo): the next school year is what is registered
    # for, named; no start after it ("sau" of "năm học sau" is "next", as in "năm sau")
    next_year = words[kept - 3 : kept] == ["nam", "hoc", "sau"] and bool(
        _LEAD_AFTER_NEXT_YEAR.match(source.prepared, end)
    )
    if (
        words[kept - 1] in _MISLEADING
        and not term
        and not within
        and not next_year
        and not (words[kept - 1] == "tu" and _IN_FORCE_NEXT.match(source.prepared, end))
        and (last.isascii() or last in _MISLEADING_WORDS)
    ):
        raise Unreadable(  # "đầu", not "phấn đấu"
            _misleading(words[kept - 1], source, end), kind=Refusal.NOT_A_STEP
        )
    unnamed = _unnamed_in_label(prepared, chunks[kept - 1][1])
    if number := _NUMBER_IN_LABEL.search(unnamed, 0, chunks[kept - 1][1]):
        raise Unreadable(_another_number(source, number, end))
    _no_number_left(_show_minutes_out(source.prepared, end))
    _no_bound_before(source, chunks[kept - 1][1], end)
    text = source.original(chunks[0][0], chunks[kept - 1][1]).strip(_TRIM)
    by_rule = _manner_before_a_day(source.prepared, end)
    spared_within = "|".join(
        word
        for word, on in (
            (r"\btrong\s+khoảng\b", within),
            (r"\bnăm\s+học\s+sau$", next_year),
            (_ISSUED_BEFORE_SAID, issued_before_label(source.prepared[:end]) is not None),
            # "at the earliest" closing the label of a start bound says the start once more:
            # "• Thời điểm công bố sớm nhất: Bắt đầu từ chiều 20/8" (Gia đình & Xã hội on the
            # 2025 cut-off scores; zq-giadinh-suckhoedoisong-lich-cong-bo-diem-chuan-2025),
            # read as the start it is; before a due day it stays checked ("sớm nhất ngày …")
            (r"\bsớm\s+nhất(?=\s*:?\s*(?:bắt\s+đầu\s*)?$)", start),
        )
        if on
    )
    spared = "|".join(p for p in (_spared_here(source, end, spared), by_rule, spared_within) if p)
    cited = source.original(chunks[kept - 1][1], end)  # a citation the label ends before
    # a plan by its owner frames a day, a window or a bound, never a start ("từ …")
    _no_time_word(
        _without_frame(
            source.original(chunks[0][0], chunks[kept - 1][1]),
            plan_owned=_FROM_NEXT.match(source.prepared, end) is None,
        ),
        spared,
        cited,
    )
    if _SUSPENDED.search(text) and _UNTIL_NEXT.match(source.prepared, end):
        raise Unreadable(  # "tạm dừng đến ngày 30/6": the day it resumes, not a deadline
            f"“{text} đến …”: việc tạm dừng, hoãn đến ngày đó, ngày đó không phải hạn hoàn "
            "thành; ghi last_day theo hạn hiện hành"
        )
    _no_toi_before_a_period(words, kept, last, source, end)
    if (
        _DIGIT_NEXT.match(source.prepared, end)
        and not _each_term_opened(text, source.original(chunks[kept - 1][1], end))
        and (
            _numbered_in_parens(source.original(0, end))
            or last in _NUMBERING
            or words[kept - 1] in _NUMBERING
            or (kept > 1 and words[kept - 1] == "thu" and words[kept - 2] in _ORDINAL_HEADS)
        )
    ):
        raise Unreadable(  # "kỳ họp thứ | 10 (tháng 12/2027)": the 10th session, not the 10th
            f"số sau “{text}” là số thứ tự của nó, không phải một ngày; không đoán, hãy ghi "
            "last_day (và first_day) theo văn bản"
        )
    # "kê khai lần | đầu tháng 3": the first time in March, or early March? "một lần" is once,
    # a count of times, before a day: "Thu, nộp một lần trước ngày 30 tháng 7 năm 2022" (UBND
    # xã Chư Băh, Ayun Pa, on the disaster fund, 2022: paid in one sum by that day); before
    # "đầu", "giữa", "cuối" ("một lần cuối tháng 3": once at its end, or one last time?) it
    # stays refused
    once = kept > 1 and words[kept - 2] == "mot" and not _PART_WORD_NEXT.match(source.prepared, end)
    if last == "lần" and not once:
        raise Unreadable(
            "“lần …” đứng ngay trước thời hạn: không rõ “lần đầu” (lần thứ nhất) hay một kỳ "
            "(“đầu tháng …”); ghi last_day (và first_day) theo văn bản"
        )
    dated = _DATED_DAY.match(source.prepared, end) is not None
    _no_day_inside(
        # "do Thủ tướng Chính phủ phát động từ năm 1998": blanked in the phrase, no start
        without_launch_named(_without_week_words(text, spared), source.prepared[:end]),
        dated,
        on_a_day=dated or _ON_A_DATED_DAY.match(source.prepared, end) is not None,
        returning=start,
    )
    tens = kept > 1 and words[kept - 2] in _TENS and last in _UNITS_AFTER_TENS
    weekday = kept > 1 and words[kept - 2] == "thu"  # "thứ Hai, ngày 15/3": a weekday
    # ... and "cả năm" before its colon is the whole year a report estimates: "Ước cả năm: ngày
    # 10/11 hàng năm" (y-phu-yen-bqlkkt-huong-dan-bao-cao-thong-ke, beside "Ước 06 tháng: ngày
    # 10/6 hàng năm"), no "năm ngày" (five days); "cả năm ngày" with no colon stays a count
    weekday = weekday or (
        kept > 1
        and words[kept - 2] == "ca"
        and source.original(*chunks[kept - 1]).rstrip().endswith(":")
    )
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


def refuse_step_held_after(step: str) -> None:
    """Refuse a step written after its day (as printed) that opens with a past season
    (`pastseason`), a condition (`conditionhead`), a word of holding off or a stop
    (`stoppedbefore.refuse_held_off_after`): "Trước 10/10/2026, gặp rét thì gieo"."""
    refuse_past_season(step)
    refuse_condition_heading(step)
    refuse_condition_on_means(step, opening=True)  # "Trước 30/9/2026, nếu có kinh phí thì …"
    refuse_held_off_after(step)


def _no_step_held(label: str, rest: str) -> None:
    """Refuse a label (as printed, lower case) whose opening holds the step back: a past
    season (`pastseason`), a condition (`conditionhead`), one on the means or the go-ahead
    (`conditionmeans`), a round held only if needed (`optionalround`), a stop before the day
    (`stoppedbefore`; `rest` the prepared text after the label)."""
    refuse_past_season(label)
    refuse_condition_heading(label, rest)
    refuse_condition_on_means(label, rest=rest)
    refuse_optional_round(label)
    refuse_stopped_before(label, rest)


# "cũ" of the people a school already has, no old deadline: "tổ chức cho phụ huynh cũ (có con
# học tại trường năm học 2012-2013) đăng ký cho con em học tiếp …" (Pháp Luật TP.HCM, 2013,
# zo-plo-tphcm-mam-non-hoc-he-2013; tune-zo), "học sinh cũ"
_OLD_MEMBERS = (["phụ", "huynh"], ["học", "sinh"])


def _old_members(before: list[str]) -> bool:
    """Whether "cũ" after the words `before` (lower case, as printed) says which people
    (`_OLD_MEMBERS`), not an old deadline."""
    return before[-2:] in _OLD_MEMBERS


# Words that make a step after a cadence a time of its own ("Hằng năm vào dịp Tết" is not
# due on 31/12): checked with their diacritics, and folded for text typed without them.
_NOT_IN_STEP = frozenset(
    {"trước", "sau", "đến", "từ", "tới", "vào", "trong", "dịp", "tết", "khi", "lúc", "nếu"}
    | {"trừ", "hoặc", "hay", "ngày", "tuần", "tháng", "quý", "năm", "hằng", "hàng", "mỗi"}
    | {"sớm", "muộn", "trễ", "chậm", "hạn", "giờ", "kỳ", "đợt", "lần", "đầu", "cuối", "giữa"}
    | {"âm", "lịch", "theo", "định"}
)


# "thực hiện từ ngày 15 hằng tháng" (Kế hoạch 41/KH-UBND 2025 of xã Ea Ly, Đắk Lắk: the
# monthly check of household income): the day each period's work starts, and no end
_START_OF_EACH = re.compile(
    r"\s*(?P<said>(?:ngay\s+)?\d{1,2}(?:\s*/\s*\d{1,2})?\s+(?:hang|moi)\s+"
    r"(?P<every>thang|quy|nam|tuan))[ .,;:]*\Z",
    re.ASCII,
)
_EACH = {"thang": "tháng", "quy": "quý", "nam": "năm", "tuan": "tuần"}


def _misleading(word: str, source: Source, end: int) -> str:
    """Why a label ending in `word` (`_MISLEADING`) is refused. "từ ngày 15 hằng tháng":
    each month's work starts on the 15th, and no day is given it is due by. The 15th is no
    due day (a monthly rule due then would be a wrong day each month), and `last_day`, one
    day, is no way out for a duty that recurs: the way out is the phrase of the document's
    due day, or "Không nêu thời hạn"."""
    start = _START_OF_EACH.match(source.prepared, end) if word == "tu" else None
    if start is None:
        return _MISLEADING[word]
    every = _EACH[start["every"]]
    said = source.said(*start.span("said"))
    example = " (như “từ ngày 15 đến ngày 20 hằng tháng”)" if every == "tháng" else ""
    return (
        f"“từ {said}”: mỗi {every} bắt đầu từ ngày đó, không ghi hạn — ngày bắt đầu không "
        f"phải hạn của {every}; văn bản có hạn mỗi {every} thì ghi cụm từ có cả hạn{example}; "
        "không có hạn thì ghi “Không nêu thời hạn” (việc thường xuyên); last_day (một ngày) "
        "không dùng cho việc lặp lại"
    )


def start_refusal(error: Unreadable, start: Unreadable | None) -> Unreadable:
    """The refusal to show for a phrase refused as a step ending in "từ" (`_MISLEADING`)
    when the phrase also reads as a start bound ("… từ ngày D", `grammar.START_RULE`) and
    that start was refused for a reason of its own (`start`): that reason, which names what
    stops it ("từ “định kỳ” đứng trước thời hạn …", "số “13” đứng trước thời hạn …"), in
    place of "“từ …” thiếu mốc kết thúc", which tells a clerk to add an end the start may
    not lack ("Tiếp tục tiếp công dân thường xuyên, định kỳ … từ ngày 22/11/2021", Huyện ủy
    Lý Nhân, Hà Nam, 2021). The kind stays the step's (`Refusal.NOT_A_STEP`): the callers
    decide on it as before, only the words differ. Else `error` as it is."""
    if (
        start is None
        or start.kind is Refusal.UNSAID  # "không nhận ra thời hạn": no better reason
        or error.why != _MISLEADING["tu"]
        or error.kind is not Refusal.NOT_A_STEP
    ):
        return error
    return Unreadable(start.why, kind=error.kind)


def read_step(source: Source, start: int, end: int) -> str:
    """The words naming the step after a cadence, as printed; refuse a word of time there
    ("đầu tư", invest, is no "đầu")."""
    text = source.said(start, end).strip(_TRIM)
    if word := _word_of_time_after(text):
        raise Unreadable(
            f"từ “{word}” sau kỳ hạn có thể nêu một thời hạn khác; không đoán, "
            "hãy ghi last_day (và first_day) theo văn bản"
        )
    _no_day_inside(text, before_a_day=False)  # "…, thứ Hai", "…, dời lại", "…, trở đi"
    refuse_called_off_after(text)
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
    # "định danh" (identify: "tạm ngưng việc cấp thẻ căn cước công dân, định danh điện tử",
    # Công an TP.HCM, 2024; zf-xosobinhdinh-tphcm-tam-ngung-cccd-den-30-6-2024) no "định"
    r"|\bđịnh danh\b"
    # "định hướng" (the course set: "thông qua một số nghị quyết quan trọng liên quan đến định
    # hướng phát triển kinh tế - xã hội", Dân tộc & Miền núi on Phú Yên's council, 2022; zs-
    # dantocmiennui-phu-yen-ky-hop-11-hdnd-2022) no "định" (of "định kỳ"); only with its object
    # after it: "giai đoạn 2021-2025 định hướng" closing the phrase is a horizon cut short
    r"|\bđịnh hướng\b(?=\s+\w)"
    # "nghị định" (a decree: "Luật PCCC&CNCH có hiệu lực từ ngày 1/7/2025, cùng các nghị định,
    # thông tư hướng dẫn", Vietnamnet 2025; zg-vietnamnet-hung-dao-tap-huan-pccc-2025) is no
    # "định"; a decree's number and day stay checked as any number is
    r"|\bnghị định\b"
    # "mang đến", "đem đến", "mang lại" (bring), before no time: "Thời gian tổ chức dự kiến bắt
    # đầu từ ngày 1/2/2026, hứa hẹn mang đến không khí rộn ràng" (An Viên, Đồng Nai, 2025;
    # x-anvien-dong-nai-hoi-hoa-xuan-2026): a verb, no "đến" of a time
    r"|\b(?:mang|đem) (?:đến|tới|lại)\b(?! (?:ngày|tháng|năm|quý|tuần|hết|nay|khi|lúc|\d))"
    # ... and "hướng tới", "hướng đến" (toward an aim) before what the work greets: "Đợt 1
    # (1.1 - 30.6.2026), hướng tới chào mừng Đại hội XIV của Đảng; kỷ niệm 80 năm Tổng tuyển cử
    # đầu tiên; …" (Thanh Niên on the trade unions' emulation of 2026; zk-thanhnien-phong-
    # trao-thi-dua-cong-doan-2026): an aim, no "tới" of a time (before one it stays a time:
    # "hướng tới năm 2030")
    r"|\bhướng (?:tới|đến)\b(?! (?:ngày|tháng|năm|quý|tuần|hết|nay|khi|lúc|\d))"
    # ... and "đầu tiên" (the first) of what is greeted ("kỷ niệm 80 năm Tổng tuyển cử đầu
    # tiên", the same page), no "đầu" of a period; after a unit of time it stays a time
    # ("ngày đầu tiên của tháng", "tuần đầu tiên")
    r"|(?<!ngày )(?<!tháng )(?<!tuần )(?<!quý )(?<!năm )(?<!kỳ )(?<!đợt )\bđầu tiên\b"
    # ... and "một trong" (one of) before the things counted: "phấn đấu đến năm 2020, huyện Đơn
    # Dương là một trong 4 đơn vị đầu tiên của cả nước đạt chuẩn …" (Báo Lâm Đồng, 2018; zt-
    # baolamdong-don-duong-dai-hoi-hoi-nong-dan-2018), no "trong" (within) of a time; before a
    # count of a unit of time ("một trong 2 ngày") it stays one
    r"|\bmột trong\b(?= (?:những|các|số) | \d{1,3} (?!(?:ngày|tuần|tháng|năm|quý|giờ|phút|buổi"
    r"|đợt|lần|kỳ|phiên|hôm|đêm)\b)[^\W\d_])"
    # "giữa các Bộ, ngành" (between: "Việc kiểm tra chéo công tác văn thư, lưu trữ năm 2007
    # giữa các Bộ, ngành", Cục VTLTNN, CV 187/2007; zk-luatminhkhue-cv-187-vtltnn-kiem-tra-
    # cheo-2007): among bodies, no "giữa" (the middle) of a period
    r"|\bgiữa (?=(?:các|những) (?:bộ|ngành|cơ quan|đơn vị|địa phương|tỉnh|sở)\b)"
    # "lần lượt" (in turn: "từ ngày 06/7 đến 15/7/2021 Phòng lần lượt kiểm tra …", Phòng Tư
    # pháp Thạch Hà 2021) counts no times
    r"|\blần lượt\b"
    # "bình quân đầu người" (per head): "GRDP bình quân đầu người khoảng 91 triệu đồng" (Dân
    # trí on Cà Mau's 2026 targets, u-dantri-ca-mau-tong-ket-2025-nhiem-vu-2026), no "đầu" of
    # a period ("đầu năm", "đầu tháng" stay times)
    r"|\b(?:bình quân )?đầu người\b"
    # "đầu mối" (the focal one: "thương nhân đầu mối sản xuất xăng dầu", the wholesale traders
    # of Thông tư 17/2021/TT-BCT; s-thoidai-tt-17-2021-bct-bao-cao-xang-dau) is no "đầu" of a
    # period
    r"|\bđầu mối\b"
    # ... nor "trong nước" (domestic: "sản lượng bán xăng dầu trong nước") a "trong" of a time,
    # nor "theo từng" (by each) before a kind of things ("theo từng chủng loại", the same
    # rule); before a unit of time ("theo từng tháng") it stays a time
    r"|\btrong nước\b|\btheo từng\b(?! (?:ngày|tuần|tháng|quý|năm|kỳ|đợt|lần|giai đoạn)\b)"
    # "trong việc" (in the work of: "tăng cường công tác phối hợp … trong việc thực hiện các biện
    # pháp phòng ngừa", Đại Lộc 2023, zs-dailocrt-…-vi-tre-em-2023) is no "trong" (within)
    r"|\btrong việc\b"
    # ... nor "trong phạm vi" (within the bounds of) a place or a remit: "các báo cáo định kỳ
    # 6 tháng và hàng năm về hoạt động khoáng sản trong phạm vi tỉnh" (Quyết định
    # 549/1997/QĐ-ĐCKS; s-idm-qd-549-1997); before a count ("trong phạm vi 30 ngày") it
    # stays a time
    r"|\btrong phạm vi (?=(?:toàn |cả )?(?:tỉnh|huyện|xã|phường|thành phố|quốc|nước|địa bàn"
    r"|quản lý|chức năng|nhiệm vụ|ngành|cơ quan|đơn vị)\b)"
    # "góp phần vào" (contribute to: "hoàn thành tốt nhiệm vụ … trong năm 2025, góp phần vào
    # tăng trưởng từ 8% trở lên", the Deputy PM to Bộ Dân tộc và Tôn giáo, 2025; zf-
    # dantoctongiao-pho-thu-tuong-lam-viec-bo-dttg-2025) is no "vào" of a day
    r"|\bgóp phần vào\b"
    # ... nor "tới" (to) after a harm or an effect: "giảm thiểu tối đa những tổn hại tới trẻ em"
    # (the same page); never before a time ("ảnh hưởng đến tháng 10" may be until October)
    r"|\b(?:tổn hại|thiệt hại|ảnh hưởng|tác động) (?:tới|đến)\b"
    r"(?! (?:ngày|tháng|năm|quý|tuần|hết|nay|khi|lúc|\d))"
    # "kế hoạch đầu tư công trung hạn" (medium-term), "ngắn hạn", "dài hạn", "hạn mức" (a
    # ceiling), "hạn chế" (limit): "Trước ngày 30 tháng 6 năm thứ tư của kế hoạch đầu tư công
    # trung hạn giai đoạn trước, Bộ … phân bổ mức vốn đầu tư công trung hạn" (Luật Đầu tư công
    # 2019, Điều 55): no "hạn" of a deadline
    # ("hạn hẹp", scarce: "… trong điều kiện kinh phí hạn hẹp", c63b's brief, due even so)
    r"|\b(?:trung hạn|ngắn hạn|dài hạn|hạn mức|hạn chế|hạn hẹp)\b"
    # ... nor the renewal a step files for, named by the paper renewed: "…, người sử dụng lao
    # động phải nộp hồ sơ xin gia hạn giấy phép lao động cho người nước ngoài" (Dịch vụ Luật on
    # Nghị định 152/2020/NĐ-CP; ze-dichvuluat-gia-han-work-permit): what is filed, no "hạn" of
    # a time (a day or a count after it is still checked, as any number is)
    r"|\b(?:xin|đề nghị) gia hạn(?= (?:giấy phép|thị thực|hợp đồng)\b)"
    # "theo mẫu" (on the form) and "đến" before the body a report goes to: "báo cáo tình hình
    # thay đổi lao động đến Sở Nội vụ" (Nghị định 129/2025/NĐ-CP), "nộp bảng tự chấm điểm đến
    # cơ quan đăng ký hợp tác xã theo mẫu tại Phụ lục 2" (Thông tư 01/2020/TT-BKHĐT): a form
    # and an addressee, no time
    # ... "tới" the same: "… phải gửi Thông báo … tới Trung tâm dịch vụ việc làm nơi đặt trụ sở"
    # (Nghị định 145/2020/NĐ-CP's monthly notice of staff changes, as Pháp luật doanh nghiệp
    # prints it: m-phapluatdoanhnghiep-lich-nop-bao-cao-thang-12-2025)
    r"|\btheo mẫu\b|\b(?:đến|tới) (?=(?:sở|bộ|cơ quan|ủy ban|ubnd|văn phòng|cục|chi cục|kho bạc|ban"
    r"|phòng|hội đồng|thanh tra|người|các cơ quan|các sở|các bộ"
    # ... and the establishments a guidance is sent down to: "ban hành văn bản hướng dẫn triển
    # khai đến các cơ sở giáo dục mầm non, phổ thông trên địa bàn quản lý" (Thanh Niên on
    # TP.HCM's 2026-2027 admissions: u-thanhnien-hcm-moc-tuyen-sinh-dau-cap-2026-2027), "gửi
    # đến các đơn vị", "phổ biến đến các trường": who receives it, no time
    r"|các (?:cơ sở|đơn vị|trường|địa phương)"
    # ... "Hàng tháng, người lao động phải đến trung tâm dịch vụ việc làm thực hiện thông báo
    # tìm kiếm việc làm" (VnExpress on unemployment benefit, Luật Việc làm 2013, Điều 52;
    # ze-vnexpress-giai-dap-bao-hiem-that-nghiep): the office one goes to
    r"|trung tâm)\b)"
    # ... and people coming to do a thing: "tiếp nhận vũ khí … do người dân đến giao nộp"
    # (Pháp Luật TP.HCM, 2020: zm-plo), "công dân đến khiếu nại": a verb, no "đến" of a time
    r"|\bdân đến (?=(?:giao nộp|nộp|khiếu nại|liên hệ|đăng ký|làm thủ tục)\b)"
    # "đăng cai tổ chức Ngày hội VH, TT&DL các dân tộc vùng Tây Nguyên lần thứ I, năm 2023"
    # (Báo Kon Tum, 2023): a festival, no "ngày"; its edition in capital Roman numerals, no
    # count of times ("(lần thứ hai)" after a day may be a second round: refused)
    r"|\bngày hội\b|\blần thứ (?-i:[IVXLC]+)\b"
    r"|\bnăm học(?=\s*\d{4})"  # "năm học này", "năm học sau" stay times
    # ... and "niên khóa", the school year's other name: "thời gian khai giảng trong niên khóa
    # 2023-2024 vẫn là ngày 5/9/2023" (q-luatvietnam-bgddt-qd-2171-khung-nam-hoc-2023-2024)
    r"|\bniên khóa(?=\s*\d{4})"
    # "tuyển sinh đầu cấp" (admission to the first grade of a school level: lớp 1, 6, 10),
    # "các khối lớp cuối cấp" (its last grade): "… từ ngày 3/2/2026 đến hết ngày 3/3/2026 trên
    # Cổng thông tin tuyển sinh đầu cấp của Thành phố" (Sở GD&ĐT TP.HCM, 2026), no period
    r"|\b(?:đầu|cuối) cấp\b"
    # "được kỳ vọng góp phần phát triển bền vững cho điểm đến văn hóa tâm linh" (Ngày Nay, chùa
    # Hương 2026), "hướng tới mục tiêu tổ chức lễ hội an toàn" (VietNamNet, 2026): hope, a
    # destination, an aim; no "kỳ", "đến", "tới" of a time (a word of time after them, or a
    # number, is still checked)
    # ... and an emulation round's aim, "Đợt 1 (1.1 - 30.6.2026), hướng tới chào mừng Đại hội
    # XIV của Đảng" (Thanh Niên, 2025, zk-thanhnien-phong-trao-thi-dua-cong-doan-2026): towards
    # greeting an event, which names no day
    r"|\bkỳ vọng\b|\bđiểm đến\b|\bhướng (?:tới|đến) (?=mục tiêu\b|chào mừng\b|kỷ niệm\b)"
    # the crowd an event draws: "… diễn ra từ ngày 08/3 đến 13/3/2017 với hàng chục ngàn du
    # khách tham quan" (Kinh tế và Dự báo, Lễ hội Cà phê Buôn Ma Thuột 2017), "… với hơn 500 vận
    # động viên tham gia đến từ các trường …" (Vĩnh Thuận, Kiên Giang, 2024; both zs- of the
    # corpus, refused before tune-zs): "hàng chục" (tens of) counts, no "hàng" of a cadence;
    # "đến từ các …" (coming from) says where from, no "đến" of a time
    r"|\bhàng (?:chục|trăm|nghìn|ngàn|vạn|triệu)\b"
    r"|\bđến từ (?=(?:các|những|nhiều|khắp|mọi)\b)",
    # in names, with their capitals: "Phòng Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư" (an
    # agency), "Bộ Văn hóa, Thể thao và Du lịch" (Báo Kon Tum, 2023)
    re.IGNORECASE,
)


def _word_of_time_after(text: str, *, round_named: bool = False) -> str | None:
    """The first word after a time part that may name another time (`_NOT_IN_STEP`), or
    None (`_COMPOUNDS` are words of their own; the names of `_without_names`, "Tháng hành
    động vì trẻ em", move no day). `round_named`: the one round named by its number ("đợt
    2", `aftertime.numbered_round`) is no such word, after a day or a span (never after a
    cadence, whose rounds are each period's)."""
    # ... nor an event named a week ("Tuần Du lịch - Văn hóa Lai Châu", `_named_week_or_hour`)
    named = _named_week_or_hour(_without_names(_without_spring_names(without_references(text))))
    cased = re.findall(r"\w+", _COMPOUNDS.sub(_joined, named))
    words = [word.lower() for word in cased]
    folded = fold(text)
    # "7. Trước ngày 31 tháng 12 hằng năm, các bộ, ngành và địa phương giao hoặc thông báo kế
    # hoạch" (Luật Đầu tư công 2019, Điều 67, as vinasctax quotes it): two acts, not two times
    two_things = all(joins_things(folded, one) for one in ALTERNATIVE.finditer(folded))
    for index, (word, following) in enumerate(zip(words, [*words[1:], ""], strict=False)):
        if word == "năm" and following.isdigit():
            continue  # a year named: the caller checks it is the reading's
        if round_named and numbered_round(words, index):
            continue  # "… trong chiến dịch bổ sung đợt 2(/2025)": the round, no time
        if word in ("hoặc", "hay") and two_things:
            continue
        if _in_place_name(cased, index):
            continue  # "Quảng Nam sẽ trình", "Bến Tre sẽ cố gắng": a name, no "năm", "trễ"
        if _inside_a_name(cased, index):
            continue  # "Nhà bác học Lê Quý Đôn": a name, no quarter
        if (
            word in _NOT_IN_STEP
            or word in _TIME_WORDS_FOLDED
            or _bare_time_word(word, following, lower=cased[index].islower())
            or (word == "toi" and following not in ("da", "thieu"))  # "tới" bare, `_NOT_IN_STEP`
        ):
            return str(word)
    return None


def _inside_a_name(cased: list[str], index: int) -> bool:
    """Whether cased[index] stands between two capitalised words, as a syllable of a name
    ("Lê Quý Đôn"), and no numeral follows it ("Hội Nghị Quý I" is a quarter)."""
    if not 0 < index < len(cased) - 1:
        return False
    following = cased[index + 1]
    numeral = following.isdigit() or re.fullmatch(r"[IVX]+", following) is not None
    return not numeral and all(word.istitle() for word in cased[index - 1 : index + 2])


def _without_spring_names(text: str) -> str:
    """`text` without the springs and Tết named by their lunar year after words ("Hội sách
    xuân Quý Mão", Hà Tĩnh 2023; zr-baohatinh, refused before tune-zr as "quý", a quarter):
    the engine checks the name is the days' year. Never "năm Giáp Thìn" nor a name right
    after a number: "ngày 10/3 năm Giáp Thìn" may be a lunar day, and stays refused."""

    def spared(name: re.Match[str]) -> str:
        after_a_number = text[: name.start()].rstrip()[-1:].isdigit()
        if name["kind"].lower() == "năm" or after_a_number:
            return name.group()
        return " " * len(name.group())

    return NAMED_LUNAR_YEAR.sub(spared, text)


def _joined(word: re.Match[str]) -> str:
    return word.group().replace(" ", "_")


# Syllables of place names that, typed bare, also fold to a word of time: "Quảng Nam", "Hà
# Nam", "Tây Nam bộ" (south, no "năm"), "Bến Tre" (no "trễ")
_NAME_SYLLABLES = frozenset({"nam", "tre"})


def _in_place_name(cased: list[str], index: int) -> bool:
    """Whether cased[index] is a capitalised bare syllable of a place name (`_NAME_SYLLABLES`)
    right after another capitalised word written with its diacritics ("Quảng Nam", "Bến
    Tre"): in text typed with diacritics, "năm" and "trễ" are written so, and a capital
    after a capitalised word is a name. Typed all bare ("Som nhat", "Nam 2027") it is none.
    Also any capitalised word of the name after its unit's word (`_after_unit_word`)."""
    word = cased[index]
    if index == 0 or not word.istitle():
        return False
    if _after_unit_word(cased, index):
        return True
    before = cased[index - 1]
    return word.lower() in _NAME_SYLLABLES and before.istitle() and not before.isascii()


# The words that name a unit of local government before its name: "xã Tứ Kỳ tập trung tuyên
# truyền …" (xã Tứ Kỳ, Hải Phòng 2025), "huyện Cần Giờ", "thị xã Từ Sơn", "huyện Tuần Giáo":
# the capitalised words after it are the place's name, whatever word of time a syllable
# spells ("Kỳ", "Giờ", "Từ", "Tuần"); written lower case, "xã tứ kỳ" is no name
_UNIT_WORDS = frozenset(
    {"xã", "phường", "huyện", "quận", "tỉnh", "trấn", "phố", "thôn", "ấp", "bản", "xóm", "làng"}
)


def _after_unit_word(cased: list[str], index: int) -> bool:
    """Whether cased[index] is one of the capitalised words right after a unit's word."""
    start = index
    while start > 0 and cased[start].istitle() and cased[start].lower() not in _UNIT_WORDS:
        start -= 1
    return start < index and cased[start].lower() in _UNIT_WORDS


# The days off a dated span leaves out, after it: "thời gian chi trả từ ngày 10/2 đến ngày
# 25/3/2026, không bao gồm ngày nghỉ hàng tuần, lễ, Tết" (the pension rounds paid in cash,
# 2026; zi-tracuuquyhoach-lich-chi-tra-luong-huu-tet-2026): the window's days are those
# written, its two ends unmoved. Only after the time part, where no count of days stands
# (a count "10 ngày (không kể thứ bảy, chủ nhật, ngày lễ, Tết)" is working days, read apart)
_DAY_OFF = (
    r"(?:(?:các\s+)?ngày\s+)?(?:nghỉ(?:\s+(?:hằng|hàng)\s+tuần)?|lễ|tết|thứ\s+bảy|chủ\s+nhật)"
)
_DAYS_OFF_LEFT_OUT = re.compile(
    rf"(?i)(?<!\w)(?:không\s+(?:bao\s+gồm|kể|tính)|trừ)\s+{_DAY_OFF}"
    rf"(?:\s*(?:,|và)\s*{_DAY_OFF})*(?!\w)(?!\s*\d)"
)


# a word of an office's name, never one that opens a clause, calls off, hedges or negates
_NO_CLAUSE_WORD = (
    r"(?!(?:đã|bị|sẽ|hủy|huỷ|hoãn|dừng|ngừng|và|nhưng|hoặc|không|chưa|nếu|dự|có|tạm)(?!\w))"
)
# The exact time inside the days read, left to be announced, in parentheses after them: "Dự
# kiến lễ giao nhận quân diễn ra từ ngày 3/3/2026 - 5/3/2026 (thời gian cụ thể giao cho Bộ
# Chỉ huy Quân sự tỉnh thông báo sau)" (Gia đình & Xã hội and Sức khỏe & Đời sống, 2026:
# t-giadinh-lich-giao-nhan-quan-2026-cac-tinh, u-suckhoedoisong-lich-nghia-vu-quan-su-2026):
# "sau" is "later", of the announcement, no day after the window; the window's days stand.
# Only this clause, whole, closing its parentheses ("thời gian có thể thay đổi" stays refused)
_DETAILS_TO_COME = re.compile(
    r"(?i)\(\s*(?:lịch|thời\s+gian|giờ)\s+cụ\s+thể\s+(?:sẽ\s+)?"
    r"(?:(?:do|giao\s+cho)\s+[^()\d]{1,80}?\s+)?(?:sẽ\s+)?(?:thông\s+báo|công\s+bố)\s+sau\s*\)"
)
# ... and the other days, beyond the ones read, left to be announced by the office that sets
# them: "phân luồng giao thông tạm thời từ 10 giờ ngày 21/8 đến 5 giờ ngày 22/8/2025 (các ngày
# khác Cục Cảnh sát giao thông sẽ tiếp tục thông tin đến người dân)" (VietnamPlus, 2025;
# zv-vietnamplus-phan-luong-giao-thong-80-nam-quoc-khanh-2025): the days read stand, the others
# are other deadlines to come. Only after days written (after a month, "các ngày khác" may be
# days inside it); only an office named by its kind ("Cục", "Sở", "Ban", …) and words that are
# no clause of their own (`_NO_CLAUSE_WORD`: "các ngày khác Ban tổ chức đã hủy" tells of a
# call-off), then "sẽ (tiếp tục) thông tin / thông báo / công bố", whole, closing its
# parentheses
_OTHER_DAYS_TO_COME = re.compile(
    r"\(\s*(?:[Ll]ịch\s+)?(?:[Cc]ác|[Nn]hững)\s+ngày\s+(?:khác|còn\s+lại|tiếp\s+theo)\s+"
    r"(?:(?:do\s+)?(?:Cục|Sở|Bộ|Ban|Phòng|Ủy\s+ban|UBND|Công\s+an|Trung\s+tâm|Trường|Công\s+ty"
    rf"|Điện\s+lực|BTC)(?:\s+{_NO_CLAUSE_WORD}[^\W\d_]+){{0,6}}?\s+)?"
    r"sẽ\s+(?:tiếp\s+tục\s+)?(?:thông\s+tin|thông\s+báo|công\s+bố)"
    r"(?:\s+(?:sau|(?:đến|tới|cho)\s+(?:người\s+dân|nhân\s+dân|các\s+đơn\s+vị)))?\s*\)"
)


def _to_be_announced_out(text: str, *, dated: bool) -> str:
    """`text` with what is left to be announced blanked: the exact time inside the days read
    (`_DETAILS_TO_COME`) and, after days written (`dated`), the other days
    (`_OTHER_DAYS_TO_COME`); as many spaces, so positions hold."""
    text = _DETAILS_TO_COME.sub(lambda to_come: " " * len(to_come.group()), text)
    if dated:
        text = _OTHER_DAYS_TO_COME.sub(lambda to_come: " " * len(to_come.group()), text)
    return text


# A condition on the work after a start with no end: "Từ ngày 1/10, tùy tình hình thời tiết,
# các cơ sở giáo dục chủ động theo dõi, báo cáo để quyết định cho học sinh nghỉ tiếp nếu cần"
# (Znews, VietNamNet, VnExpress on storm Bualoi, 2025: za-znews-, za-vietnamnet-, za-
# vnexpress-nghi-hoc-bao-bualoi-2025), "Mở nước từ ngày 16.8.2021 (khi có nhu cầu)" (Báo Tây
# Ninh, 2021: zb-baotayninh-cat-nuoc-chuyen-vu-he-thu-2021): whether the work is done, from
# the day read on; no deadline is read, so none can move, and a start moves no earlier. Only
# the conjunction (and the need, the weather it hangs on) is blanked: the other words stay
# checked ("nếu sau ngày 5/10 …" keeps its day, "nếu quá hạn" its word); after a day or a
# window the condition stays refused (it may be on the time: "nếu cần thiết, gia hạn …")
# ... and the sanction's condition closing the clause, whole: "Theo đó, từ năm 2026, việc
# đăng ký thường trú, tạm trú sẽ được siết chặt hơn, đi kèm với mức xử phạt tăng nặng nếu
# không thực hiện đúng thời hạn" (Tiền Phong, 2026; zu-tienphong-ha-noi-dang-ky-thuong-tru-
# tam-tru-2026): the fine for missing the time limits the residence rules set, none of which
# the phrase says; the start read is untouched. Only closing a clause (a limit named after
# it, "thời hạn 30 ngày", stays checked)
_CONDITION_AFTER_A_START = re.compile(
    r"(?i)(?<!\w)(?:nếu\s+không\s+(?:thực\s+hiện|chấp\s+hành)\s+đúng\s+(?:thời\s+hạn|quy\s+định)"
    r"(?=\s*(?:[,.;)]|\Z))"
    r"|nếu(?:\s+(?:cần(?:\s+thiết)?|có\s+nhu\s+cầu)(?!\w))?"
    r"|tu[ỳù]\s+(?:theo\s+)?tình\s+hình(?:\s+thời\s+tiết)?|khi\s+có\s+nhu\s+cầu)(?!\w)"
)


# ... and the work told kept up after a start with no end: "Từ ngày 1/2/2026, xã Thiệu Hóa
# cũng sẽ phối hợp … tổ chức thu gom rác thải sinh hoạt tập trung, … bảo đảm thường xuyên, liên
# tục, khắc phục triệt để tình trạng tồn đọng rác …" (Báo Thanh Hóa, 2026: x-baothanhhoa-xa-
# thieu-hoa-ve-sinh-moi-truong-2026): how the work goes on from the day read, which has no end
# and gets none. After a day or a span "thường xuyên" leaves it without an end (`_OPEN_END`:
# "năm 2025 và thường xuyên") and stays refused; "hằng tháng", "định kỳ" are checked as ever
_KEPT_UP_AFTER_A_START = re.compile(r"(?i)(?<!\w)(?:thường\s+xuyên|liên\s+tục)(?!\w)")


def read_trailing(
    text: str,
    after_a_day: bool,
    explained: tuple[tuple[int, int], ...] = (),
    *,
    days_written: bool = False,
    start_only: bool = False,
) -> str:
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
    day written) or after a span of days written (`days_written`) and in a clause of
    purpose ("để …", "nhằm …": the step of whoever the work
    is for), its manner: "để tổng hợp báo cáo Thủ tướng Chính phủ theo quy định", "… đúng
    thời hạn quy định". Elsewhere they stay refused, as they give a time of their own:
    "đến ngày 7/8, thí sinh phải nộp bản chính theo quy định"; "tốt nghiệp THPT năm 2022, …
    theo hướng dẫn của Bộ" leaves the day to the guidance. A footnote mark ("(*)") is
    refused: its note may change the day. Raises `Unreadable` saying which word could move
    the day. `explained`: spans of `text` the caller has read (a count of days that is the
    window's length); they are kept in the words returned, as every number is. The mark
    that ends an administrative text ("./.", `END_MARK`) is no footnote. `days_written`: the
    time part writes its days (a day or a span of days, not a month or a year), after which
    who orders the work (`_BY_WHOSE_WORD`) moves no day. `start_only`: the time part is a
    start with no end ("Từ ngày 1/10, …"), after which a condition on the work
    (`_CONDITION_AFTER_A_START`) moves no day."""
    if end_mark := END_MARK.search(text):
        text = text[: end_mark.start()] + " " * len(end_mark.group())
    # a share's bound, as the label's (`_SHARE_BOUND`), before the share is set aside: "Năm
    # 2026 phấn đấu giảm ít nhất 50% số vụ TNGT" (zi-tapchixaydung-giam-tngt-2026)
    text = _SHARE_BOUND.sub(lambda bound: " " * len(bound.group()), text)
    text = _DAYS_OFF_LEFT_OUT.sub(lambda days_off: " " * len(days_off.group()), text)
    text = _to_be_announced_out(text, dated=after_a_day or days_written)
    for part in _TERM_CONTENTS.finditer(text):
        text = text[: part.start()] + " " * len(part.group()) + text[part.end() :]
    shown = " ".join(text.split()).strip(" ,;:.…")
    _refuse_told_done_after(shown)  # "… - đã xong", "(xong)", "… rồi": as printed
    refuse_not_yet_after(shown)  # "Trong tháng 4, các xã chưa tổ chức đại hội"
    # the revision is kept in the words shown, its number with it: a schedule's ninth
    # version is not its eighth (the invariant: a changed digit changes the reading)
    if revised := _REVISION.search(text):
        text = text[: revised.start()] + " " * len(revised.group())
    folded = fold(text)
    spans = [*explained, *_named_after(text, folded, after_a_day)]
    if start_only:  # "… bắt đầu lúc 05h đến 14h": each day's hours, from the start on
        spans += hours_of_each_day(folded)
    for start, end in spans:  # fold keeps the length: one character for one
        text = text[:start] + " " * (end - start) + text[end:]
        folded = folded[:start] + " " * (end - start) + folded[end:]
    _no_number_left(prepare(folded), where="sau")
    said = " ".join(text.split()).strip(_TRIM + "…()“”\"'")
    if said and (not any(char.isalpha() for char in said) or "*" in said):
        raise Unreadable(f"“{said}” là dấu chú thích: lời chú thích có thể đổi thời hạn")
    if not any(char.isalnum() for char in shown):
        return ""  # punctuation only: "…", a closing quote
    said = _WHICH_FILE.sub("   ", said)  # "… nếu là hồ sơ tiếng Anh/Trung": whose day it is
    said = _reason_s_condition_out(said)  # "…, vì khoai tây sinh trưởng kém nếu …": why
    if start_only:  # "Từ ngày 1/10, … nếu cần": whether the work is done, from the start read
        said = _CONDITION_AFTER_A_START.sub(lambda one: " " * len(one.group()), said)
    words = _manner_out(_things_joined(_NAMES_AFTER.sub(" ", said)), after_a_day, days_written)
    if start_only:  # "Từ ngày 1/2/2026, … bảo đảm thường xuyên, liên tục": no end, as read
        words = _KEPT_UP_AFTER_A_START.sub(lambda kept: " " * len(kept.group()), words)
        words = rules_after_a_start_out(words)  # "Kể từ ngày 1-7-2024, … theo quy định"
    _no_time_word(words, where="sau")  # the label's check, said of the words after the time
    # ... which spares a condition of the step ("(nếu còn chỉ tiêu)"): so does this one
    if word := _word_of_time_after(_CONDITION_OF_THE_STEP.sub("   ", words), round_named=True):
        raise Unreadable(
            f"từ “{word}” sau thời hạn có thể nêu một thời hạn khác; không đoán, "
            "hãy ghi last_day (và first_day) theo văn bản"
        )
    if second := _A_SECOND_YEAR.search(words):
        said_year = " ".join(second.group().split()).strip(" ,;")
        raise Unreadable(
            f"“{said_year}” sau thời hạn là một kỳ nữa (cả năm), không phải tên bước: mỗi mốc "
            "chỉ ghi một thời hạn; tách thành hai mốc, hoặc ghi last_day (và first_day) theo "
            "văn bản"
        )
    _no_day_inside(words, before_a_day=False)
    refuse_unanchored(words)
    renewal = _RENEWAL_FILED.sub(lambda filed: " " * len(filed.group()), fold(words))
    renewal = _DRIVEN_BACK.sub(lambda driven: " " * len(driven.group()), renewal)
    moved = _MOVED_OR_ESTIMATED.search(renewal) or _POSTPONED.search(words)
    if moved:
        said_moved = words[moved.start() : moved.end()]
        raise Unreadable(
            f"“{said_moved}” sau thời hạn: thời hạn đã đổi hoặc chỉ là dự kiến; ghi thời "
            "hạn hiện hành (last_day), thời hạn cũ vào history"
        )
    refuse_called_off_after(words)  # "…, bị hủy", "…, tạm dừng"
    return shown


# Words after the time that tell the work done, as a tracking sheet's note pasted with the
# phrase: "Nộp báo cáo trước ngày 15/3/2026 - đã xong", "… . Đã hoàn thành", "Hoàn thành ngày
# 15/3/2026 rồi", "(xong)" (note46 §5: read as due with the note as its gloss or step). Only
# the whole tail: "rồi báo cáo" (then report) and "hoàn thành dứt điểm" (a step's verb) are
# work to come
_TOLD_DONE_AFTER = re.compile(
    r"(?i)\A(?:[\s(\-–—.,;:]*(?:(?:đã|vừa|đều\s+đã)\s+(?:(?:thực\s+hiện|làm)\s+)?"
    r"(?:xong|hoàn\s+thành|hoàn\s+tất)(?:\s+rồi)?|rồi)"
    # a bare "xong" only set apart as a note: "(xong)", "- xong"; and so "hoàn thành", "hoàn
    # tất" (a tracking sheet's status column pasted: "Nộp báo cáo trước ngày 15/3/2026 - hoàn
    # thành", refused on main as a deadline moved, "hoàn" read as "hoãn" and "thành" as "to")
    r"|\s*[(\-–—.,;:][\s(\-–—.,;:]*(?:xong|hoàn\s+thành|hoàn\s+tất)(?:\s+rồi)?)[\s).!;,]*\Z"
    # ... and a note set apart that opens with "đã", "vừa" (`grammar.TOLD_DONE`), whatever the
    # verb, as the last part of the parentheses or after a dash: "đến hết ngày 19/09/2025 (trong
    # giờ hành chính, đã xong)", "Nộp hồ sơ trước ngày 19/7/2025 (đã nộp)", "… - đã nộp"
    # (session 50, helper guardsl: read on main, the office hours' comma before the note)
    r"|\A[^()]*\((?:[^()]*[,;])?\s*(?:đã|vừa|đều\s+đã)\s+[^()\d,;]{1,40}\)[\s.!;,]*\Z"
    r"|\A\s*[-–—]\s*(?:đã|vừa|đều\s+đã)\s+[^()\d,;]{1,40}\Z"
)


# "chưa" (not yet) in the words after a time part, governing the step: "Trong tháng 4, các xã
# chưa tổ chức đại hội", "Đến hết tháng 4, các xã chưa tổ chức đại hội" (session 50, helper
# guardsl: read on main as April's window, as due 30/04), the state told of the period, as
# "không" there is refused (`_TIME_WORDS`). As printed ("chùa", "chứa" are none); a "chưa" of
# a state qualifies a noun, the people or things the step is for: "tiêm vét cho các đối tượng
# chưa được tiêm" (p-huongxuan), "các thí sinh … chưa có tài khoản" (q-isb); so does one
# whose clause goes on to its own step ("các xã chưa tổ chức đại hội phải báo cáo", "… thì
# …"); "… hay chưa" (whether) asks
_NOT_YET_AFTER = re.compile(
    r"(?i)(?<!\w)(?<!hay\s)(?<!hoặc\s)chưa(?!\w)(?!\s+(?:có|đủ|được|đạt)(?!\w))"
    r"(?![^,;:]*(?<!\w)(?:phải|thì|cần)(?!\w))"
)


def refuse_not_yet_after(words: str) -> None:
    """Refuse the words after a time part when "chưa" governs their step (`_NOT_YET_AFTER`):
    the period tells what is not done in it, no deadline of it."""
    if found := _NOT_YET_AFTER.search(words):
        said = words[found.start() :].split(",", maxsplit=1)[0].strip()
        raise Unreadable(
            f"việc sau thời hạn bị phủ định (“{said}”): thời hạn đó không phải hạn phải làm; nếu "
            "đúng là thời hạn, ghi last_day (và first_day) theo văn bản"
        )


_DONE_STEP = re.compile(r"(?<!\w)(?:đã|vừa)\s+\w")  # as printed: "đa" (many) is no "đã"

# ... or exempted from it: "chưa phải báo cáo", "chẳng phải / chẳng cần", "(được) miễn báo cáo",
# "bãi bỏ việc báo cáo" (the merge's tester, fresh53: read as due each month); never "miễn
# phí" (free of charge), "miễn dịch" (immunity), "miễn nhiệm" (a dismissal, a task)
_EXEMPT_STEP = re.compile(
    r"(?<!\w)(?:chưa\s+phải|chẳng\s+(?:phải|cần)|miễn(?!\s+(?:phí|dịch|nhiễm|nhiệm)(?!\w))"
    r"|bãi\s+bỏ)(?!\w)"
)


def refuse_step_not_due(step: str) -> None:
    """Refuse the step printed after a deadline's comma (as printed) when its own verb, before
    what it lists or explains, is told done, not yet done or negated: the day is then no
    deadline of it. Raises `Unreadable` naming the words."""
    # before what it lists or explains ("… một số nội dung: Có sự tăng, giảm đột biến (không
    # bình thường) …" is a report due, m-baomoi-bgddt-bien-dong-si-so)
    own = re.split(r"[(:;]", step, maxsplit=1)[0]
    if done := _DONE_STEP.search(own.lower()):
        # "Trước ngày 31 tháng 12, các bộ đã hoàn thành việc giao dự toán …" (fresh44): told done
        raise Unreadable(
            f"việc sau thời hạn được kể là đã làm (“{own[done.start() :].strip()}”): không "
            "phải thời hạn đang chạy; nếu văn bản có hạn, ghi last_day theo văn bản"
        )
    refuse_not_yet_after(own)  # "Từ ngày 15/3 đến 20/3, các xã chưa tổ chức đại hội"
    refuse_step_held_after(own)  # "Trước 10/10/2026, né trồng ngô"
    if negated := (
        NEGATED_STEP.search(fold(own))
        or NOT_AT_ALL.search(own.lower())
        or _EXEMPT_STEP.search(own.lower())
    ):
        # "Chậm nhất ngày 2/6, tổ bầu cử không niêm yết …", "Trước ngày 31 tháng 12, các bộ
        # không phải giao dự toán …": what is not to be done (or need not be) by the day is no
        # deadline of the step; the day may be a ban's end or an exemption's (helper ng, 44)
        raise Unreadable(
            f"việc sau thời hạn bị phủ định (“{own[negated.start() : negated.end()]}”): thời "
            "hạn có thể là hạn cấm hay hạn miễn, không phải hạn phải làm; nếu đúng là thời hạn, "
            "ghi last_day theo văn bản"
        )


# ... or that tell the time itself over: "Hạn 30/4/2026 đã qua", "… đã hết", "… đã trôi qua",
# "… đã quá hạn", "… vừa qua", "… vừa rồi" (session 59's brief: the first read as due 30/04),
# the day said to be gone, no longer running. Only the whole tail, or its first clause: "đã
# qua các vòng", "đã qua đào tạo" pass a round or a course, "đã qua 30 ngày" counts, "(đã
# qua thì nộp bổ sung …)" is a condition; matched folded (one character for one), the
# "đã", "vừa" as printed or typed bare ("da", "vua", "đa": no "many" closes a phrase)
_TIME_TOLD_OVER = re.compile(
    r"\A[\s(\-–—,]*(?:(?:nay|hien(?:\s+nay)?|gio)\s+(?:(?:thi|cung)\s+)?)?"
    r"(?P<told>da|vua|deu\s+da)\s+(?:troi\s+qua|qua(?:\s+han)?|het(?:\s+(?:thoi\s+)?han)?"
    # ("ngày 20/02/2026 vừa rồi": just gone, as "vừa qua")
    r"|qua\s+han|ket\s+thuc|roi)(?:\s+(?:roi|tu\s+lau|lau(?:\s+roi)?))?"
    r"(?=[\s).!]*\Z|\s*[,;.)]|\s+(?:nhung|ma)\b)"  # "… đã qua nhưng …": over, but
)
_OVER_TOLD = frozenset({"đã", "vừa", "đều đã", "da", "vua", "deu da", "đa"})


def _refuse_time_told_over(words: str) -> None:
    """Refuse the words after a time part that tell the time itself over (`_TIME_TOLD_OVER`),
    "đã", "vừa" as printed or typed bare (`_OVER_TOLD`): no deadline still running."""
    found = _TIME_TOLD_OVER.search(fold(words).lower())
    if (
        found is None
        or " ".join(words[slice(*found.span("told"))].lower().split()) not in _OVER_TOLD
    ):
        return
    said = " ".join(words[found.start("told") : found.end()].split())
    raise Unreadable(
        f"“{said}” sau thời hạn nói ngày đó đã qua: không còn là hạn đang chạy; nếu "
        "văn bản đặt hạn mới, ghi last_day theo hạn mới, hạn cũ vào history"
    )


def _refuse_told_done_after(words: str) -> None:
    """Refuse the words after a time part when they only tell the work done
    (`_TOLD_DONE_AFTER`) or the time itself over (`_refuse_time_told_over`): no deadline still
    running (convention 1's told-done)."""
    _refuse_time_told_over(words)
    if found := _TOLD_DONE_AFTER.search(words):
        said = " ".join(found.group().split()).strip(" ()-–—.,;:!")
        raise Unreadable(
            f"“{said}” sau thời hạn nói việc đã xong: ngày đó không còn là hạn đang chạy; "
            "ghi thời hạn vào last_day, việc đã xong bằng kehoach done"
        )


# A year joined to the time part as a period of its own: "6 tháng đầu năm 2027 và cả năm
# 2027" (the half and the whole year, as reporting rules pair them: "sơ kết 6 tháng đầu năm
# và cả năm") was read as the half alone, "và cả năm 2027" taken for the step's name; an
# event's year after its name and a comma ("… lần thứ III, năm 2018") stays its name
_A_SECOND_YEAR = re.compile(
    r"(?i)(?:(?<!\w)(?:và|hoặc|hay|va)\s+(?:(?:cả|toàn|ca|toan)\s+)?"
    r"|(?:\A|[,;])\s*(?:cả|toàn|ca|toan)\s+)n[ăa]m\s+\d{4}(?![\d/.-])"
)


def _named_after(text: str, folded: str, after_a_day: bool) -> list[tuple[int, int]]:
    """The spans of the words after a time part (`text`, and its `fold`) whose numbers name
    things, no time: an e-mail, a share (`_NOT_A_TIME`), a quoted title, a place's own
    numbers after "tại", a variety's growing time ("TGST dưới 95 ngày"), and after a window
    the hours of each of its days ("…, diễn ra từ 19 giờ đến 6 giờ sáng hôm sau")."""
    spans = [token.span() for token in _NOT_A_TIME.finditer(folded)]
    spans += [title.span() for title in _QUOTED_TITLE.finditer(text)]
    if place := _PLACE_AFTER.search(folded):
        spans += [number.span() for number in _PLACE_NUMBER.finditer(folded, place.end())]
    spans += [growth.span() for growth in GROWTH_TIME.finditer(folded)]
    spans += [age.span() for age in _MONTHS_OF_AGE.finditer(folded)]
    spans += [found.span() for found in _ANNIVERSARY.finditer(folded)]
    spans += [found.span() for found in _AGAINST_THE_PLAN.finditer(folded)]
    spans += anniversary_spans(folded)
    if not after_a_day:
        spans += [hours.span() for hours in _DAILY_HOURS.finditer(folded)]
        spans += [parts.span() for parts in _SPAN_DIVIDED.finditer(folded)]
    spans += [length.span() for length in _HOURS_A_DAY.finditer(folded)]
    spans += [rate.span() for rate in _RATES.finditer(folded)]
    spans += [hours.span() for hours in _HOURS_OF_THE_SAME_DAY.finditer(folded)]
    spans += [stretch.span() for stretch in _CHAINAGE.finditer(folded)]
    spans += [house.span("number") for house in _HOUSE_NUMBER.finditer(text)]
    spans += [code.span("number") for code in _CODE_GLUED.finditer(text)]
    spans += [batch.span("number") for batch in _RICE_BATCH.finditer(text)]
    return spans


# The span just read divided into its phases, last in the phrase: "Phong trào thi đua … được
# triển khai thực hiện từ năm 2025 đến năm 2030, chia thành 2 giai đoạn" (QĐ 923/QĐ-TTg 2025
# as Thời báo Ngân hàng prints it; za-thoibaonganhang-qd-923-ttg-thi-dua-cds-2025): how many
# parts, whose days the phrase does not give; the span's own ends stay the reading. Only
# after a span (`_named_after`'s `after_a_day` false) and closing the words: "chia thành 2
# đợt: đợt 1 từ …" names its rounds' days, which stay checked
_SPAN_DIVIDED = re.compile(
    r"(?<![a-z])chia\s+(?:thanh|lam)\s+(?:0?[2-9])\s+(?:giai\s+doan|dot)\s*[.;]?\s*\Z", re.ASCII
)
# How long each day of the work lasts: "Lịch cúp điện Đồng Tháp từ ngày 23/2 - 1/3/2026: Cúp
# điện hơn 10 tiếng/ngày hàng loạt khu dân cư" (Báo Mới, 2026): hours a day, no day
_HOURS_A_DAY = re.compile(
    r"(?<![a-z\d])(?:(?:hon|khoang|gan|tren|toi\s+da)\s+)?\d{1,2}\s+(?:tieng|gio)\s*/\s*ngay\b",
    re.ASCII,
)
# A sum per head (and month), shows a day and times a round (`unitnouns`), its unit of time a
# rate's: no "tháng", "ngày" or "đợt" of the step ("mức hỗ trợ 500.000 đồng/người/tháng"); the
# yearly income per head a plan raises ("lên 74,2 triệu đồng/năm"), no "năm" of the step
_RATES = re.compile(rf"{PER_HEAD_SUM}|{SHOWS_A_DAY}|{TIMES_A_ROUND}|{INCOME_PER_HEAD}", re.ASCII)
# A stretch of a canal or a road by its chainage (km + m): "giảm nước từ ngày 1.4.2023 đến ngày
# 15.4.2023, đoạn từ K0 đến K6+963" (Báo Tây Ninh, 2023): where, never when; only the pair
_CHAINAGE = re.compile(
    r"(?<![a-z])(?:doan\s+)?tu\s+k\d{1,3}(?:\+\d{1,4})?\s+(?:den|toi)\s+k\d{1,3}(?:\+\d{1,4})?"
    r"(?![\w+])",
    re.ASCII,
)
# A house number in an address, before its street's capitalised name: "tại địa chỉ: 62 Trần
# Quốc Toản, phường Trần Hưng Đạo" (Hội Nhà báo Hà Nội, 2022)
_HOUSE_NUMBER = re.compile(
    r"(?i:địa\s+chỉ)\s*:?\s*(?:(?i:số)\s+)?(?P<number>\d{1,4}[A-Za-z]?)(?=\s+[A-ZĐÂĂÊÔƠƯ][^\W\d])"
)

# A code whose capitals and digits are written as one word: a TV channel, "được truyền hình
# trực tiếp trên kênh VTV1" (VTC News, 2026), a police unit, "tại PC06; Đội Cảnh sát Quản lý
# hành chính …" (CafeF, 2024), a pipe's size, "trên tuyến ống DN100PVC" (Dawaco, 2026): a
# name, never a time. Two capitals at least (a lone "T6", "Q1" may be a month or a quarter)
# and never "HK1" (học kỳ 1, a semester) nor "GĐ2" (giai đoạn 2, a phase); no day's
# separator after its digits ("PC06/2025" stays checked)
_CODE_GLUED = re.compile(
    r"(?<![\w/.-])(?!HK|GĐ|GD)[A-ZĐ]{2,5}(?P<number>\d{1,3})[A-Z]*(?!\w)(?!\s*[/.-]\s*\d)"
)

# A batch of rice sown by its number, "trà" with its accent: "Từ ngày 1 đến 10.1.2015 nông
# dân sẽ tiếp tục gieo sạ trà 2 và trà 3" (Báo Quảng Nam, 2014: zb-baoquangnam-gieo-sa-dong-
# xuan-tra-1-2014-2015), the second and third sowing; never "kiểm tra 2" (no accent there)
_RICE_BATCH = re.compile(r"(?<!\w)trà\s+(?P<number>[1-4])(?!\w)(?!\s*[/.-]\s*\d)")


def _manner_out(words: str, after_a_day: bool, days_written: bool = False) -> str:
    """`words` after a time part with how the step is done blanked: "theo hình thức họp tập
    trung" (`_HOW`), in office hours (`_OFFICE_HOURS`), on schedule ("theo đúng tiến độ",
    `_ON_SCHEDULE_AFTER`), the "khi" of who joins with whom (`_AS_JOINED_WITH`); after a
    day or a span of days written
    (`days_written`), who asks ("theo yêu cầu của Bộ …"); after a day or a span of days
    written and, in a clause of purpose, its manner (`_MANNER_AFTER_A_DAY`); in any clause
    of purpose, the
    rains the work must beat (`_BEFORE_THE_RAINS`) and the time to come its aim serves
    (`_HORIZON_OF_THE_AIM`)."""
    for how in _HOW.finditer(fold(words)):
        words = words[: how.start()] + " " * (how.end() - how.start()) + words[how.end() :]
    words = _OFFICE_HOURS.sub(" ", words)
    # "… trong năm 2026 theo đúng tiến độ": on schedule, as "đúng tiến độ" (any time part)
    words = _ON_SCHEDULE_AFTER.sub(lambda kept: " " * len(kept.group()), words)
    words = _AS_JOINED_WITH.sub("   ", words)
    if after_a_day or days_written:  # "từ … 16-12-2018 đến 15-2-2019, theo lệnh của bộ trưởng …"
        words = _BY_WHOSE_WORD.sub(" ", words)
        words = _PUT_INTO_USE.sub(" ", words)
    if not any(char.isdigit() for char in words):  # "không chỉ nhằm …, mà còn hướng đến …"
        words = _NOT_ONLY_BUT_ALSO.sub(lambda said: " " * len(said.group()), words)
    purpose = _PURPOSE.search(words)
    if purpose is None:
        return words
    rest = _BEFORE_THE_RAINS.sub(lambda rain: " " * len(rain.group()), words[purpose.end() :])
    rest = _HORIZON_OF_THE_AIM.sub(lambda ahead: " " * len(ahead.group()), rest)
    # ... and after a span of days written, as after one: "Từ ngày 30/07/2018 đến 16h00 ngày
    # 06/08/2018, đăng nhập vào Website của Trường … để tiến hành đăng ký theo hướng dẫn" (ĐH
    # Kinh tế Đà Nẵng, 2018 and 2020: ze-due-thi-chuan-dau-ra-tieng-anh-*), how the work the
    # span is for is done; never after a month or a year, whose own days a rule may set
    if after_a_day or days_written:
        rest = _MANNER_AFTER_A_DAY.sub(" ", rest)
    return words[: purpose.end()] + rest


def _things_joined(words: str) -> str:
    """`words` with each "hoặc"/"hay" that joins two things, in a clause with no number and
    no word of time (`grammar.joins_things`: "trước ngày 31/7, có thể thi hoặc xét tuyển",
    Bộ GD&ĐT 2026), blanked: it joins no deadlines."""
    prepared = prepare(fold(words))
    for word in reversed(list(ALTERNATIVE.finditer(prepared))):
        if joins_things(prepared, word):
            words = words[: word.start()] + " " * (word.end() - word.start()) + words[word.end() :]
    return words


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


# ... unless its two years follow and name it: "tựu trường năm học mới 2014- 2015" (Báo Ấp
# Bắc, 2014; l-tien-giang-tuu-truong-2014-2015), checked against the day by the engine
_SCHOOL_YEAR_BY_PLACE = re.compile(
    r"\bnam\s+hoc\s+(?:nay|sau|toi|truoc|moi|tiep|hien\s+tai)\b"
    r"(?!\s*\d{4}\s*[–—-]\s*\d{4})",
    re.ASCII,
)


# Tokens after a time part that cannot be a time: an e-mail address, a web address, a
# percentage with what qualifies it ("tăng trưởng 8% trở lên": the target's "or more")
# The mark that closes the last sentence of an administrative text, "./." (Nghị định
# 30/2020/NĐ-CP, Phụ lục I: the end of the content), as printed after a deadline: "báo cáo
# UBND tỉnh kết quả trước ngày 10/4/2024./." (UBND tỉnh Quảng Trị, CV 1422/2024); also "/."
# and a lone "/" after a word, as copies lose a dot ("… các thủ tục tiếp theo/", Bộ KH&CN
# 2018); never a "/" right after a number, which may be a day cut short
END_MARK = re.compile(r"(?:\.\s*/\s*\.|/\s*\.|(?<=[^\W\d])\s*/)\s*\Z")
# The revision a schedule's title names, last in the phrase: "Lịch làm việc của Chủ tịch, các
# Phó Chủ tịch UBND tỉnh từ ngày 14/3 đến ngày 18/3/2022 (Điều chỉnh lần 9)" (Văn phòng UBND
# tỉnh Hậu Giang, 2022): the ninth version of the schedule, whose days the phrase gives
_REVISION = re.compile(
    r"\(\s*(?:điều\s+chỉnh|sửa\s+đổi|bổ\s+sung|cập\s+nhật)(?:\s*(?:,|và)\s*(?:bổ\s+sung|sửa\s+đổi))?"
    r"\s+lần\s+(?:thứ\s+)?\d{1,2}\s*\)\s*\Z",
    re.IGNORECASE,
)
# What a school term holds, after its span (Bộ GD&ĐT's school-year frameworks, as each
# province copies them): "Học kỳ I: Từ ngày 07 tháng 9 năm 2020 đến ngày 15 tháng 01 năm
# 2021, gồm: Thời gian thực học, kiểm tra định kỳ cuối học kỳ và tổ chức các hoạt động giáo
# dục khác" (UBND tỉnh Đồng Tháp, QĐ 1223/2020): the parts of the term, whose "định kỳ"
# (periodic) and "cuối học kỳ" (end of term) name tests inside the span, no other time
_TERM_PART = (
    r"(?:thời\s+gian\s+thực\s+học|(?:các\s+)?(?:kỳ\s+|bài\s+)?kiểm\s+tra(?:\s*,?\s*đánh\s+giá)?"
    r"(?:\s+định\s+kỳ)?(?:\s+cuối\s+(?:học\s+kỳ(?:\s+[i1]{1,2})?|năm(?:\s+học)?))?"
    r"|(?:tổ\s+chức\s+)?(?:các\s+)?hoạt\s+động\s+giáo\s+dục(?:\s+khác)?|ôn\s+tập)"
)
_TERM_CONTENTS = re.compile(
    rf"(?i)\(?\s*\bgồm\s*[,:]?\s*{_TERM_PART}(?:\s*(?:,|và)\s*{_TERM_PART}){{0,4}}\s*\)?"
)
_NOT_A_TIME = re.compile(
    r"[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|\b(?:https?://|www\.)\S+"
    # ... two addresses of one page, one with a slash lost: "tại địa chỉ: https://khaothi.vnu.
    # edu.vn/ hoặc https:/hsa.edu.vn/." (24h, 2025: za-24h-lich-thi-dgnl-2026), no second time
    r"(?:\s+(?:hoac|hay)\s+(?:https?:/{1,2}|www\.)\S+)?"
    # "vào lúc 23h10 ngày 16/02/2026, thời lượng 15 phút/điểm" (fireworks, 2026): how long
    r"|\bthoi\s+luong\s+\d{1,3}\s+(?:phut|gio)(?:\s*/\s*[a-z]+)?"
    # ... and a show's minutes, "tổ chức bắn pháo hoa chào đón năm mới, thời gian 15 phút"
    # (UBND tỉnh Tây Ninh, 2024): under an hour, on the day read ("thời gian 15 ngày" stays
    # checked)
    r"|\bthoi\s+gian\s+\d{1,2}\s+phut(?![a-z])"
    # ... with its bound, which is no time: "với mức giảm giá tối đa lên đến 100%" (the
    # national promotion programme 2025, as a Ninh Bình page quotes it)
    r"|(?:(?:toi\s+(?:da|thieu)\s+)?(?:len\s+)?(?:den|toi)\s+|toi\s+(?:da|thieu)\s+)?(?<![\d/.,-])\d{1,3}(?:[.,]\d{1,2})?\s*%"
    # ... a share each year, "bình quân giai đoạn 2026-2030 đạt 10,5%/năm" (Tuyên Quang's
    # targets, 2025; zr-infographics-tuyen-quang-muc-tieu-den-2030): "/năm" is the rate's unit,
    # no year of the work and no cadence
    r"(?:\s*/\s*nam\b)?(?:\s*tro\s+(?:len|xuong))?"
    # ... and a range of shares: "Phấn đấu đến năm 2020, toàn tỉnh Quảng Trị có 40 - 50% số
    # thôn, bản được công nhận đạt chuẩn nông thôn mới" (Báo Dân tộc, 2020; v-baodantoc-quang-
    # tri-thon-ban-ntm-2020), "mục tiêu tăng trưởng GDP năm 2025 đạt từ 8,3 - 8,5%" (Thông báo
    # 408/TB-VPCP as CafeF quotes it, 2025): the sign closes the range, no day has one
    r"|(?<![\d/.,-])\d{1,3}(?:,\d{1,2})?\s*%?\s*[-–]\s*\d{1,3}(?:,\d{1,2})?\s*%",
    re.ASCII,
)
# The place after the time part ("tại …", `_PLACE_AFTER`) and the numbers that name it: a
# school, a residents' group, a hall numbered in its name, "khai mạc vào lúc 08 giờ ngày
# 11/12/2025 tại Trường Tiểu học số 2 Lao Bảo" (UBND xã Lao Bảo, Quảng Trị, 2025), "tại sân
# Pickleball Tổ dân phố số 5, Thị trấn Yến Lạc" (Bắc Kạn, 2025), "(số 4 Phạm Ngọc Thạch,
# P.Sài Gòn)" (a house number, Báo Thanh Niên 2025); a house number with its letter, "tại Trung
# tâm Hội nghị 25B, phường Hạc Thành" (Báo Thanh Hóa, 2025). Never a number before a word of
# time or a day's separator ("tại kỳ họp số 2 ngày 5/3" keeps its day, which is checked).
# ... and how many places: "từ 0h đến 0h15 ngày 1/1/2026, tại 6 điểm" (24h, 2025), "tại 02
# địa điểm là", "tại 33 điểm bắn với 34 trận địa" (fireworks tables, 2026)
_PLACE_AFTER = re.compile(r"(?<![a-z])tai\s", re.ASCII)
_PLACE_NUMBER = re.compile(
    r"(?:(?<![a-z])so\s+\d{1,4}[a-f]?|(?<![\d/.,-])\d{1,4}[a-f]"
    r"|(?<![\d/.,-])\d{1,3}(?=\s+(?:diem|dia\s+diem|tran\s+dia)\b))\b(?!\s*[/.,:-]\s*\d)"
    r"(?!\s+(?:ngay|thang|nam|gio|h|phut|tuan|quy|lan|dot|ky)\b)",
    re.ASCII,
)
# The hours of each day of a window, after it: "Bắt đầu từ ngày 15/4 đến 31/8/2017, thời
# gian thu gom rác sẽ diễn ra từ 19 giờ đến 6 giờ sáng hôm sau" (UBND thị xã Cửa Lò, Nghệ
# An, 2017), "… từ 1/9/2017 đến 15/4/2018, diễn ra từ 5 giờ 30 đến 11 giờ sáng hôm sau": when
# the work is done each day, not its days (after one day, "đến 6 giờ sáng hôm sau" would end
# it the next morning: only after a window). Two hours, no day, no count.
_HOUR_SAID = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut|\s*['’′])?)?"
_DAILY_HOURS = re.compile(
    rf"(?<![\w/.-])(?:vao\s+)?(?:khung\s+gio\s+)?tu\s+(?:luc\s+)?{_HOUR_SAID}"
    rf"(?:\s+(?:sang|trua|chieu|toi))?\s*(?:den|[–—-])\s*{_HOUR_SAID}"
    r"(?:\s+(?:sang|trua|chieu|toi|dem))?(?:\s+(?:ngay\s+)?hom\s+sau)?(?![\w/.-])(?!\s*ngay\b)",
    re.ASCII,
)
# ... and before the window, closed by "hằng ngày" and a comma: "SV thực hiện thanh toán học
# phí … trong khoảng thời gian từ 05h00 đến 22h00 hàng ngày, từ ngày 08/7/2025 đến ngày
# 20/7/2025" (Học viện Nông nghiệp Việt Nam, 2025; ze-vnua-thu-hoc-phi-lop-he-2025): the
# hours of each day of the window, as after it; the window is read (the label, cut before
# the time part, ends at the comma)
_DAILY_HOURS_FIRST = re.compile(
    rf"(?<![\w/.-])(?:trong\s+(?:khoang\s+)?thoi\s+gian\s+)?tu\s+{_HOUR_SAID}"
    rf"(?:\s+(?:sang|trua|chieu|toi))?\s*(?:den|[–—-])\s*{_HOUR_SAID}"
    r"(?:\s+(?:sang|trua|chieu|toi|dem))?\s+(?:hang|moi)\s+ngay(?=\s*,\s*(?:tu\s+ngay\s+\d|\Z))",
    re.ASCII,
)
# The hours of the day read, said to close on the same day: "Thời gian tổ chức lấy ý kiến cử
# tri … ngày 3/10/2020, bắt đầu từ 7 giờ sáng và kết thúc vào 7 giờ tối cùng ngày" (HCMCPV,
# 2020; v-hcmcpv-lay-y-kien-cu-tri-sap-xep-2020): "cùng ngày" keeps both hours on that day
_HOURS_OF_THE_SAME_DAY = re.compile(
    rf"(?<![a-z])bat\s+dau\s+(?:tu\s+|luc\s+)?{_HOUR_SAID}(?:\s+(?:sang|trua|chieu|toi))?"
    rf"\s*(?:,|va)?\s*ket\s+thuc\s+(?:vao\s+|luc\s+)?{_HOUR_SAID}"
    r"(?:\s+(?:sang|trua|chieu|toi|dem))?\s+cung\s+ngay\b",
    re.ASCII,
)
# A rice variety named by its growing time, in a sowing calendar: "Gieo sạ từ ngày 25/5 đến
# 05/6/2023 đối với các giống lúa có thời gian sinh trưởng (TGST) từ 95 ngày đến dưới 105
# ngày", "… có TGST dưới 95 ngày" (Trà Hiệp, Quảng Ngãi, lịch thời vụ Hè Thu 2023), "các giống
# có thời gian sinh trưởng trên 130 ngày gieo đầu lịch" (Thái Bình, vụ Xuân 2023): days that
# name the varieties, never the window's; "giống ngắn ngày" (short-duration), sown "đầu lịch"
# / "cuối lịch" (early or late in the calendar's window, whose days are the reading's)
GROWTH_TIME = re.compile(
    r"(?<![a-z])(?:thoi\s+gian\s+sinh\s+truong|tgst)(?:\s*\(\s*tgst\s*\))?\s+"
    r"(?:(?:tu|tren|duoi|khoang)\s+)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+ngay"
    r"(?:\s+(?:den|toi)\s+(?:(?:duoi|tren)\s+)?\d{1,3}\s+ngay)?(?![a-z])"
    r"|(?<![a-z])(?:sinh\s+truong\s+)?(?:ngan|dai)\s+ngay(?![a-z])"
    r"|(?<=[a-z] )(?:gieo|cay|sa|trong)\s+(?:dau|cuoi)\s+lich(?![a-z])",
    re.ASCII,
)
# The children a campaign is for, by their age in months: "Chiến dịch bổ sung vitamin A đại
# trà sẽ diễn ra từ ngày 19 đến ngày 30/12 dành cho trẻ từ 6 - 36 tháng tuổi" (VTV8, 2022;
# zb-vtv8-tphcm-vitamin-a-thang-12-2022), "cho gần 340.000 trẻ từ 6 đến dưới 36 tháng tuổi"
# (Đại Đoàn Kết, 2025), "trẻ dưới 6 tháng tuổi": ages, never a time ("tháng tuổi" closes them)
_MONTHS_OF_AGE = re.compile(
    r"(?<![a-z\d/.-])(?:tu\s+)?(?:(?:duoi|tren)\s+)?\d{1,2}(?:\s+thang)?"
    r"(?:\s*(?:(?:den|toi)(?:\s+(?:duoi|het))?|[–-])\s*\d{1,2})?\s+thang\s+tuoi\b"
    # ... or after "độ tuổi" (the age range), each bound in months: "Ngày 1-2/12, gần 340.000
    # trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng trên địa bàn Hà Nội sẽ được uống vitamin
    # A" (Kiến Thức, 2025; zb-kienthuc-ha-noi-vitamin-a-dot-2-2025): ages, as "tháng tuổi" says
    r"|(?<![a-z])do\s+tuoi\s+(?:tu\s+)?(?:(?:duoi|tren)\s+)?\d{1,2}\s+thang"
    r"(?:\s*(?:(?:den|toi)(?:\s+(?:duoi|het))?|[–-])\s*\d{1,2}\s+thang)?(?![a-z])",
    re.ASCII,
)
# A title in quotes after the time part, without a number: "… ngày 08 tháng 6 năm 2025 (Chủ
# nhật): “Phố biển vào hội”" (UBND tỉnh Khánh Hòa, KH 13495/2025, the Festival Biển's
# programme): the name of a show, whose words ("vào") name no time
# ... or in single quotes: "với chủ đề 'Về với những đỉnh núi Lai Châu kỳ vĩ'" (Báo Mới, 2024)
_QUOTED_TITLE = re.compile(r"“[^“”\d]*”|(?<!\w)'[^'\d]{3,}'(?!\w)")
# An anniversary, kept or greeted, by its count of years and its day's name: "sáng
# 19/12/2025, đúng kỷ niệm 79 năm Ngày Toàn quốc kháng chiến (19/12/1946-19/12/2025)" (Báo
# Thanh Hóa, 2025; zj- of the corpus), "thi đua chào mừng 97 năm Ngày thành lập Công đoàn Việt
# Nam" (Thanh Niên, 2026, zk-thanhnien-phong-trao-thi-dua-cong-doan-2026), "… các hoạt động kỷ
# niệm 80 năm Ngày thành lập Chi bộ Chí Kiên" (Báo Bắc Kạn, zk-baobackan). Its count is no
# date: "N năm" counts the years since the founding day, never a length, a year or a day of
# the work, and "Ngày" after it (or after "kỷ niệm" alone, before the occasion's name) opens
# that name ("Ngày Toàn quốc kháng chiến", "ngày thành lập …"); before a number ("kỷ niệm 80
# năm ngày 2/9", "… 80 năm/2025") it is a time, and stays checked. Blanked wherever the words
# before or after a time are checked, for numbers (`_NAMED_NUMBER`, `_named_after`) and for
# words of time (`_without_names`); the span in parentheses is `occasions.anniversary_spans`'s.
# ... and a second anniversary listed after the first one's span: "kỷ niệm 67 năm Ngày truyền
# thống Bộ đội Biên phòng (3-3-1959 - 3-3-2026), 37 năm Ngày Biên phòng toàn dân (3-3-1989 -
# 3-3-2026)" (xã Lộc Thạnh, Đồng Nai, 2026; zn-loc-thanh-dong-nai-chao-co-thang-3-2026,
# refused before tune-zn): its count, then "Ngày" and the name, as the first one's
# ... or after "và", a comma, or opening the phrase, as the press lists the occasions a plan
# marks: "… Chiến thắng Bình Giã (2/12) và 80 năm Ngày thành lập Quân đội Nhân dân Việt Nam
# (22/12)" (Báo Bà Rịa - Vũng Tàu, 2024), "50 năm Ngày Giải phóng miền Nam và giải phóng Tây
# Ninh (30/4): Vận động …" (Ninh Thạnh, Tây Ninh, 2025): the day beside it is set aside
# (`commemorated`), the count counts years since it
_ANNIVERSARY = re.compile(
    r"(?:(?<![a-z])(?:ky\s+niem|chao\s+mung)\s+"
    r"|(?:(?<=\),\s)|(?<=\sva\s)|(?<=,\s)|^\W*)(?=\d{1,3}\s+nam\s+ngay\s+[a-z]))"
    r"(?:\d{1,3}\s+nam\b(?!\s*[/.-]?\s*\d)(?:\s+ngay\b(?!\s*\d))?"
    r"|ngay\s+(?=thanh\s+lap|truyen\s+thong|giai\s+phong|quoc\s+khanh))"
    # ... and the years a province or a town has been formed, which only an anniversary
    # counts: "các hoạt động hưởng ứng chương trình 370 năm hình thành và phát triển tỉnh
    # Khánh Hòa sẽ kéo dài trong suốt năm 2023" (Review Nha Trang, 2023; zk-reviewnhatrang-
    # le-ky-niem-370-nam-khanh-hoa-2023): the years since 1653, never a length of the work
    r"|(?<![\d/.,-])\d{1,4}\s+nam\s+(?=hinh\s+thanh\s+va\s+phat\s+trien\b)",
    re.ASCII,
)
# How far the time read is ahead of or behind the plan, after it: "Khu sân đỗ tàu bay phía
# Tây vượt tiến độ, dự kiến hoàn thành trước 19/12/2025, sớm hơn kế hoạch 5 tháng" (VTC News,
# 2025; zj- of the corpus): the day read is the one now set (convention 2), the count the gap
_AGAINST_THE_PLAN = re.compile(
    r"(?<![a-z])(?:som|cham|muon)\s+hon\s+(?:so\s+voi\s+)?(?:ke\s+hoach|du\s+kien|tien\s+do)"
    r"(?:\s+(?:khoang\s+|gan\s+|hon\s+)?\d{1,2}\s+(?:ngay|tuan|thang|nam))?(?![a-z\d])",
    re.ASCII,
)
# Phrases after a time part that hold a word of time and move no day: "Kỳ thi tốt nghiệp
# THPT" (the exam, an event named), "trong Công viên Tuổi trẻ" ("trong" before a name is a
# place; the words after it are checked as they stand)
# "liên quan đến" (relating to) is no bound: "(PLO)- Từ ngày 1 đến hết ngày 2-9, mọi hoạt
# động liên quan đến việc đào đường, vỉa hè … sẽ tạm ngưng thi công" (Pháp Luật TP.HCM, 2025;
# zj- of the corpus)
# ... nor is "đến" before the level a work reaches ("được triển khai đến cấp xã, thôn, xóm …",
# Soha on the 90-day land-data campaign, 2025; zj- of the corpus), nor "vào" after "đi" and
# before no time ("cấm xe tải đi vào làn 1 trên đường Võ Nguyên Giáp", CafeF, 2025)
# ... and the pool an election chooses among, its count before it: "sẽ lựa chọn 500 đại
# biểu từ 864 ứng cử viên" (zk-vanhoavaphattrien-tag-bau-cu-xvi-2026: "từ" before people is no
# start of a time)
# The edition of a congress or a conference a span greets, in digits: "Đại hội đại biểu toàn
# quốc lần thứ 14 của Đảng", "Đại hội … lần thứ 20"; only after the body's own noun (a bare
# "lần thứ 2" after a day may be a second round of the step, and stays refused)
_EDITION_GREETED = (
    r"(?<!\w)(?:đại\s+hội|hội\s+nghị)(?:\s+(?!lần\b)[^\W\d_]+){0,8}\s+lần\s+thứ\s+\d{1,2}"
    r"(?![\d/.,-]\d)(?!\w)"
)
# A place named by its kind and its capitalised name ("thị xã Lai Châu", "huyện Tam Đường"),
# or by its name alone: no digit, no word of time
_PLACE_NAMED = (
    r"(?:(?:thị\s+xã|thành\s+phố|huyện|xã|tỉnh|phường|thị\s+trấn)\s+)?"
    r"(?-i:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)*)"
)
_NAMES_AFTER = re.compile(
    r"(?i)\bkỳ\s+thi\b|\btrong(?=\s+[A-ZĐÂĂÊÔƠƯ])|\bliên\s+quan\s+(?:đến|tới)\b"
    r"|\bđến\s+(?=(?:tận\s+)?(?:cấp|các\s+cấp|cơ\s+sở)\b"
    # ... "đến tận nhà" (right to one's home): "các đoàn … sẽ đến tận nhà chúc thọ các cụ" (SGGP,
    # 2025; zh-sggp-tan-dinh-thang-hanh-dong-nguoi-cao-tuoi-2025), where one goes; "đến tận
    # ngày …" (as late as) stays a bound
    r"|tận\s+(?:nhà|nơi)\b)"
    # ... and the levels of government, from the centre to the grassroots, whole: "… mục tiêu
    # hình thành hệ thống chăm sóc sức khỏe đồng bộ từ trung ương đến cơ sở" (Báo Mới on the
    # national target programme for health 2012-2015; w-press-baomoi-ctmtqg-y-te-2012-2015):
    # where, no start nor end of a time
    r"|\btừ\s+trung\s+ương\s+(?:đến|tới)\s+(?:cơ\s+sở|địa\s+phương)\b"
    r"|\bđi\s+vào\b(?!\s*(?:ngày|lúc|hồi|sáng|chiều|tối|trưa|tháng|quý|năm|tuần|dịp|\d))"
    r"|\b(?:từ|trong\s+số)(?=\s+(?:\d[\d.]*\s+)?ứng\s+cử\s+viên\b)"
    # ... and "từ" before the places or bodies something is drawn from: "… được tổ chức từ
    # tháng 2 đến tháng 5 năm 2026, với sự tham gia của 06 đoàn được ghép từ các thôn và các
    # cơ quan, đơn vị trên địa bàn xã" (Báo Gia Lai, 2026; x-baogialai-xa-van-duc-dai-hoi-
    # tdtt-2026): where from, never a start ("từ các ngày …", "từ những năm …" stay times);
    # "đến từ" (come from) is left to the span's own reading, as before
    r"|(?<!đến\s)\btừ(?=\s+(?:các|những)\s+(?:thôn|xã|phường|tổ\s+dân\s+phố|khu\s+phố|cơ\s+quan|đơn\s+vị"
    r"|trường|địa\s+phương|huyện|tỉnh)\b)"
    # ... and the part of the day closing the sentence, the day's own: "Vào ngày 20/11/2015, sẻ
    # tổ chức tiếp xúc cử tri tại phường Nghi Thủy vào buổi chiều" (Cửa Lò, Nghệ An, 2015;
    # zr-cualo, refused before tune-zr); never with words after it ("vào buổi chiều hôm sau",
    # "… cùng ngày 21/11" may name another day)
    r"|\bvào\s+buổi\s+(?:sáng|chiều|tối|trưa)\W*$"
    # ... and "the following" closing the sentence, a list's lead-in: "Hội đồng nhân dân tỉnh
    # thống nhất thông qua Kế hoạch … năm 2026 của tỉnh Quảng Ninh với nội dung chủ yếu sau"
    # (NQ 318/NQ-HĐND Quảng Ninh), "việc kiểm điểm … năm 2025 cần triển khai một số nội dung
    # sau" (thuvienphapluat, CV 10072-CV/BTCTW), "… được thực hiện căn cứ vào những vănbản sau"
    # (Cục VTLTNN, CV 187/2007): no "sau" (after) of a time, nothing after it
    r"|(?:\bcăn\s+cứ\s+(?:vào\s+)?(?:(?:những|các)\s+)?)?\b(?:như|(?:nội\s+dung|văn\s*bản|nhiệm\s+vụ|yêu\s+cầu"
    r"|giải\s+pháp)(?:\s+(?:chủ\s+yếu|chính|cụ\s+thể))?)\s+sau\W*$"
    # ... the occasions a span greets, in its parenthesis with no number: "Tổ chức từ ngày
    # 01/4/2022 đến ngày 30/4/2022 (kỷ niệm Giỗ tổ Hùng Vương, chào mừng Ngày giải phóng miền
    # Nam thống nhất đất nước, Ngày quốc tế lao động)" (Sở VHTTDL Đồng Tháp, 2022): what it is
    # held for, no day of its own (one written there is a number, and stays checked; the
    # parentheses are trimmed when they close the words, and no word of time may stand there)
    # ... the congress greeted may carry its edition in digits: "… vào ngày 19/12, chào mừng
    # Đại hội đại biểu toàn quốc lần thứ 14 của Đảng" (VnExpress, 2025; t-vnexpress-khanh-
    # thanh-khoi-cong-19-12-2025): the event's name, no second round of the step
    r"|(?:\(|^)\s*(?:kỷ\s+niệm|chào\s+mừng)\s(?:(?!(?<!\w)(?:sau|trước|tới|đến|từ|hạn|khi|nếu"
    r"|tháng|tuần|quý|năm|hoặc|hay|lúc|giờ|dịp|chậm|muộn|sớm|trễ)(?!\w))"
    rf"(?:{_EDITION_GREETED}|[^()\d]))*(?:\)|$)"
    # ... "hàng loạt" (en masse: "Cúp điện hơn 10 tiếng/ngày hàng loạt khu dân cư", Báo Mới
    # 2026), no "hàng" of a cadence
    r"|\bhàng\s+loạt\b"
    # ... the people's needs and customs of Tết a fair serves, no day of it: "… hứa hẹn mang đến
    # không khí rộn ràng, …, góp phần phục vụ nhu cầu vui xuân, đón Tết của nhân dân địa phương
    # và du khách" (An Viên on Đồng Nai's flower fair, 2025; x-anvien-dong-nai-hoi-hoa-xuan-
    # 2026), "… gắn với phong tục đón tết cổ truyền của dân tộc" (SGGP, 2026)
    r"|\b(?:nhu\s+cầu|phong\s+tục)\s+(?:vui\s+xuân\s*,\s*)?đón\s+tết(?:\s+cổ\s+truyền)?\b"
    # ... "ngày càng" (more and more): "xây dựng phường Phổ Thạnh ngày càng phát triển" (Phổ
    # Thạnh, Quảng Ngãi 2025), no day
    r"|\bngày\s+càng\b"
    # ... the admission step by its name, "đăng ký, điều chỉnh nguyện vọng" (Bộ GD&ĐT's rules:
    # the candidate changes his choices), no day changed (Ngày Nay, 2026)
    r"|\bđiều\s+chỉnh(?=\s+nguyện\s+vọng\b)"
    # ... where one goes in, never when: "sinh viên vào hệ thống portal kiểm tra …" (Gia Định,
    # 2020), "phân bổ tập trung vào các địa bàn có điều kiện kinh tế xã hội khó khăn" (THVL,
    # 2020)
    # ... "cập nhật dữ liệu vào cơ sở dữ liệu ngành giáo dục" (Thanh Niên, 2026; the same page):
    # the database the data go into
    r"|\bvào\s+(?=(?:hệ\s+thống|website|cổng\s+thông\s+tin|phần\s+mềm|tài\s+khoản"
    r"|cơ\s+sở\s+dữ\s+liệu|(?:các\s+)?địa\s+bàn)\b)"
    # ... the working hours a rule sets, the subject of its window: "thực hiện thống nhất giờ
    # làm việc mùa Hè" (UBND tỉnh Nghệ An, 16/4 - 15/10/2024)
    r"|\bgiờ\s+làm\s+việc(?:\s+mùa\s+(?:hè|đông))?\b"
    # ... a "not" of the work, never of the day: "xử lý các đối tượng không chấp hành tiêm
    # phòng" (Hương Xuân, Huế 2018), "giải quyết dứt điểm … trước ngày 30/6, không để những việc
    # dở dang" (Ban Bí thư, 2025: lest), "sinh viên được phép đăng ký, nộp học phí, không được
    # hủy học phần" (BVU, 2017); "không quá", "không muộn hơn", "không để chậm" stay checked
    # ... and a target reached, none of them left: "phấn đấu đến năm 2030 cơ bản không còn hộ
    # nghèo" (Báo Phú Thọ, 2026; zc-baophutho-hoi-nghi-bch-hoi-lhpn-tinh-2026), "không còn nhà
    # tạm": what is counted, no "không" of the time ("không còn áp dụng" stays checked)
    r"|\bkhông\s+(?:chấp\s+hành|để(?=\s+(?:những|các|tình\s+trạng|xảy|phát\s+sinh|tồn))"
    r"|được\s+(?=(?:hủy|huỷ)\b)|còn\s+(?=(?:hộ\s+nghèo|nhà\s+tạm|nhà\s+dột\s+nát)\b))"
    # ... the road a team takes, from a place to a place, each named with its capital: "Ngày
    # 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu tới huyện Tam Đường" (UBND tỉnh Lai Châu, KH
    # 1141/2013: y-lai-chau-kh-1141-2013-kiem-tra-tam-duong): where, never "từ … đến" a time
    rf"|\b(?:xuất\s+phát|di\s+chuyển)\s+từ\s+{_PLACE_NAMED}\s+(?:tới|đến)(?=\s+{_PLACE_NAMED})"
    # ... the follow-up of an inspection's findings, a work by its name: "quý I/2023, Thành ủy Hà
    # Nội sẽ tổ chức kiểm tra công tác … tổ chức thực hiện sau kết luận kiểm tra, giám sát"
    # (Thương hiệu và Công luận, 2023): no "sau" (after) of a time
    r"|\bthực\s+hiện\s+sau(?=\s+kết\s+luận\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|kiểm\s+toán)\b)"
    # ... the activities held before a congress, a noun, after the days printed for them: "Cụ
    # thể, trong các ngày 11/10 và ngày 12/10, đại biểu tham dự các hoạt động trước đại hội"
    # (Dân trí, 2025: zt-dantri-dai-hoi-dang-bo-tphcm-du-kien-14-10-2025): which activities,
    # held on those days; never a step done "trước Đại hội" ("hoàn thành trước Đại hội", and
    # "thi đấu 17 môn trước Đại hội", held refused by test_afterc, stay checked)
    r"|\bhoạt\s+động\s+trước(?=\s+đại\s+hội\b)"
    # ... the rain a storm leaves behind, a thing watched: "các trường chủ động theo dõi diễn
    # biến bão và hoàn lưu sau bão" (VnExpress, 2025: za-vnexpress-nghi-hoc-tranh-bao-bualoi-
    # 2025), the weather's word for it, no "sau" (after) of a time
    r"|\bhoàn\s+lưu\s+sau(?=\s+bão\b)"
    # ... a show the time printed follows: "0h00 ngày 17/02/2026 (Giao thừa), sau chương trình
    # nghệ thuật “Tết quê hương - Ninh Bình 2026”" (UBND tỉnh Ninh Bình, CV 567/2026, as Báo Hà
    # Tĩnh prints it: zi-baohatinh-ninh-binh-cv-567-phao-hoa-2026): the order of the night,
    # the hour and day written, the show's title in its quotes a name (its numbers were
    # checked before; its closing quote may be trimmed with the words' end); before the time part `_AFTER_A_MEETING` reads it so
    r"|\b(?:ngay\s+)?sau\s+chương\s+trình\s+nghệ\s+thuật\b(?:\s*[“\"][^”\"]{1,80}(?:[”\"]|\Z))?"
)
# after a day written: who asks for the work, "theo yêu cầu của Bộ Kế hoạch và Đầu tư" (a
# công văn of 2017), "theo chỉ đạo của Chính phủ" (Bộ GTVT, 2022): an authority, no time;
# and whose policy the work carries out, "… tiến hành công tác phát quà cho 29.170 người dân
# theo chủ trương của Chính phủ" (Báo Thanh Hóa, 31/8/2025; zh-baothanhhoa-yen-truong-qua-
# tet-doc-lap-2025): the policy's author, no time either
# ... and whose conclusion, "… thông báo về việc sắp xếp lại các đơn vị hành chính … theo Kết
# luận của Bộ Chính trị" (CafeF, 15/4/2025; zd-cafef-can-tho-sap-xep-xa-phuong-2025): a
# direction by its author, as "theo chỉ đạo của" (one cited by its number is checked)
_BY_WHOSE_WORD = re.compile(
    r"(?i)\btheo\s+(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|lệnh|chủ\s+trương|kết\s+luận)\s+của"
    r"(?=\s+[A-ZĐÂĂÊÔƠƯ]"
    # ... a head of an office named by title first: "theo lệnh của bộ trưởng Bộ Công an"
    # (Bộ Công an, 2018)
    r"|\s+(?:bộ\s+trưởng|thủ\s+tướng|chủ\s+tịch|giám\s+đốc|cục\s+trưởng)\s+[A-ZĐÂĂÊÔƠƯ])"
    # "các đơn vị … đồng loạt ra quân … theo kế hoạch đã đề ra" (as planned: the same
    # campaign), never a plan's own day
    r"|\btheo\s+(?:đúng\s+)?kế\s+hoạch\s+đã\s+(?:đề\s+ra|được\s+phê\s+duyệt)\b"
    # ... and the places of an exam or a poll as the rules set them: "Kỳ thi chọn học sinh giỏi
    # lớp 9 … sẽ diễn ra ngày 3/2/2026 tại các điểm thi theo quy định, nhằm phát hiện …" (Báo
    # Phú Thọ, 2026; zh-baophutho-hsg-lop-9-cap-tinh-2025-2026): where, by the rule, no time
    r"|\btại\s+(?:các\s+)?(?:điểm|địa\s+điểm|hội\s+đồng|phòng)\s+(?:coi\s+)?(?:thi|bỏ\s+phiếu)"
    r"\s+theo\s+quy\s+định\b"
)
# after a day written, the work due by it: "đưa vào sử dụng" (put into use), "đưa vào vận
# hành", "đưa vào hoạt động", "đưa vào khai thác", a verb and its object, no "vào" of a day:
# "trước ngày 30-10 đưa vào sử dụng hệ thống kiểm soát tàu cá ngư dân trên các vùng biển"
# (Công điện 198/CĐ-TTg as SGGP prints it, 2025; r-sggp-cd-198-iuu-kiem-ke-tau-ca-2025).
# Never "đưa vào" alone ("đưa vào ngày 15" may be a day), and never after a period: "Dự kiến
# dự án thi công từ năm 2022-2024 sẽ hoàn thành, đưa vào sử dụng" (CafeF, 12/2025; zf-cafef-
# hai-phong-bo-song-tam-bac-2025) is a schedule overrun, refused
_PUT_INTO_USE = re.compile(r"(?i)\bđưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|hoạt\s+động|khai\s+thác)\b")
# "… đến ngày 13/11/2021 tại Trung tâm Phát triển quỹ đất thị xã Sông Cầu trong giờ hành
# chính" (Báo Đấu thầu, 2021): office hours, on the day read (before a day, "giờ hành chính
# ngày 15/3" may be that day's hours or another's, and stays checked); after a window, on
# each of its days: "Ứng viên nộp phiếu đăng ký … từ ngày 20/8 đến hết ngày 18/9/2025, trong
# giờ hành chính" (Sở Nội vụ Huế, 2025)
_OFFICE_HOURS = re.compile(r"(?i)\b(?:trong\s+)?giờ\s+hành\s+chính\b")
# a clause of purpose: "để tổng hợp, gửi …", "nhằm …", "làm cơ sở …" (as the basis of: "gửi
# báo cáo về Bộ Xây dựng trước ngày 30/3/2021 làm cơ sở xây dựng chiến lược theo đúng tiến độ
# được giao, để tổng hợp …", Bộ Xây dựng 2021)
_PURPOSE = re.compile(r"(?i)\b(?:để|nhằm|làm\s+cơ\s+sở)\s")
# "khi" (as, when) before who joins with whom to hold the work: "Từ ngày 2 đến 4/11/2024,
# tỉnh Lạng Sơn sẽ trở thành tâm điểm văn hóa của vùng khi phối hợp với Bộ Văn hóa, Thể thao
# và Du lịch tổ chức Ngày hội …" (Đại Đoàn Kết, 2024; n-langson-laichau-ngay-hoi-van-hoa-
# daidoanket), "Từ ngày 17–20/8, khi Bộ GD&ĐT phối hợp cùng hai nhóm lọc ảo …" (CafeF, 2025;
# ze-cafef-luu-y-thi-sinh-xac-nhan-nhap-hoc-2025): the work of the days read, no "khi" of
# another time. Only with the verb right after "khi" or after a body's name in capitals:
# "khi cần phối hợp", "khi có yêu cầu phối hợp" stay conditions; the words after "khi"
# are still checked (session 45)
_AS_JOINED_WITH = re.compile(
    r"(?<!\w)(?:khi|Khi)(?=\s+(?:[A-ZĐ]\S*\s+){0,4}phối\s+hợp\s+(?:với|cùng)(?!\w))"
)
# by whose rule or request: "theo (đúng) quy định", "theo yêu cầu của Bộ …" (after a day,
# inside the step's clause, or before a dated day: `_MANNER_AFTER_A_DAY`, `_MANNER_BEFORE`,
# `_BY_RULE`)
_RULE_OF = r"(?:đúng\s+)?(?:quy\s+định|yêu\s+cầu|đề\s+nghị|hướng\s+dẫn|chỉ\s+đạo)\b"
# ... and after a day written, in a clause of purpose: "theo quy định", "theo yêu cầu của Bộ …" (as required by),
# "đúng thời hạn quy định", "đúng tiến độ" (on time, on schedule): how the step is done
_MANNER_AFTER_A_DAY = re.compile(
    rf"(?i)\btheo\s+{_RULE_OF}"
    r"|\b(?:theo\s+)?đúng\s+(?:thời\s+hạn|tiến\s+độ)\b"
    # "để kịp tổng hợp và tiến hành các thủ tục tiếp theo" (Bộ KH&CN, 2018): the steps that
    # follow the deliverable, no period after the deadline ("… và các năm tiếp theo" is one)
    r"|\b(?:các|những)\s+(?:thủ\s+tục|bước|công\s+việc|việc|nội\s+dung|hoạt\s+động)\s+tiếp\s+theo\b"
    # ... and the file sent on after the purpose is done: "Thời hạn đăng ký và nộp hồ sơ là
    # 30/11/2015 để Phòng tập hợp và tổ chức xét duyệt cấp cơ sở trước khi gửi lên Bộ" (Đại
    # học Y tế công cộng on Giải thưởng Hồ Chí Minh, 2015: zq-huph-dang-ky-giai-thuong-ho-chi-
    # minh-2015, refused before tune-zq): the order of the steps that follow, no time
    r"|\btrước\s+khi\s+(?:gửi|trình|chuyển|nộp|báo\s+cáo)(?:\s+(?:lên|về))?(?!\w)"
)
# ... and in a clause of purpose after a sowing window, the season the crop must beat: "Gieo
# sạ từ ngày 06/6 đến 10/6/2023 …, để kịp thu hoạch trước khi có mưa lũ" (Trà Hiệp, Quảng
# Ngãi 2023), "trước mùa mưa bão": weather, no day (a day written there is still checked)
_BEFORE_THE_RAINS = re.compile(
    r"(?i)\btrước\s+(?:khi\s+(?:có\s+)?)?(?:mùa\s+)?(?:mưa\s+(?:lũ|bão)|lũ|bão|mưa|lũ\s+lụt)\b"
)
# ... and in a clause of purpose closing the phrase, the time to come that the aim serves:
# "hoàn thành cao nhất các mục tiêu, nhiệm vụ năm 2026, tạo nền tảng để phát triển nhanh và
# bền vững hơn trong thời gian tới" (Báo Thanh Hóa on xã Hạc Thành, 2025: zn-baothanhhoa-hac-
# thanh-bch-lan-5-2025): where the development leads, no time of the work read. Never a count
# ("trong 2 năm tới") nor a named period ("trong tháng tới"), and never outside a purpose
# ("…, triển khai trong thời gian tới" stays refused)
_HORIZON_OF_THE_AIM = re.compile(
    r"(?i)(?<!\w)(?:trong\s+)?(?:thời\s+gian|những\s+năm)\s+tới(?=[\s.;…]*\Z)"
)
# after a time part: the day moved or only foreseen ("dự kiến lùi", "gia hạn", "hoãn")
_POSTPONED = re.compile(r"(?i)\bhoãn\b")
# ... but not the renewal a step files for (blanked before `_MOVED_OR_ESTIMATED` is looked
# for), named by the paper renewed: "…, người sử dụng lao động phải nộp hồ sơ xin gia hạn giấy
# phép lao động cho người nước ngoài" (ze-dichvuluat-gia-han-work-permit): the step files a
# request, no deadline is extended (as `_EXTENSION_REQUEST_FILED` before the time); blanked
# with as many spaces, so positions hold
_RENEWAL_FILED = re.compile(
    r"\b(?:xin|de\s+nghi)\s+gia\s+han(?=\s+(?:giay\s+phep|thi\s+thuc|hop\s+dong)\b)", re.ASCII
)
# ... nor "đẩy lùi" (drive back) before an ill driven back: "bảo đảm đến hết năm 2030, có ít
# nhất 50% đơn vị hành chính cấp xã … “không ma túy” và từng bước đẩy lùi ma túy ra khỏi đời
# sống xã hội" (UBND Nghệ An, KH 695/2025, after Nghị quyết 96/2025/QH15), as
# `calledoff._PUT_OFF_AFTER` spares it before the time. Only the ills a plan fights (drugs,
# an epidemic, crime, social evils, corruption, poverty, pollution, pests, saline intrusion):
# before anything else, an event or a time ("đẩy lùi hội nghị", "đẩy lùi thời hạn", "đẩy lùi
# sang tháng 5"), or passive ("bị đẩy lùi"), it pushes the time told back and stays a move.
# Blanked with as many spaces (folded)
_DRIVEN_BACK = re.compile(
    r"(?<![a-z])(?<!bi\s)(?<!duoc\s)day\s+lui\s+(?:(?:cac|nhung|moi|tinh\s+trang|nan)\s+)?"
    r"(?:ma\s+tuy|dich(?:\s+benh)?|benh\s+dich|toi\s+pham|te\s+nan|tham\s+nhung|tieu\s+cuc"
    r"|(?:doi\s+)?ngheo(?:\s+doi)?|o\s+nhiem|sau\s+benh|dich\s+hai|xam\s+nhap\s+man"
    r"|han\s+han|hu\s+tuc|me\s+tin|bao\s+luc|lang\s+phi)(?![a-z])",
    re.ASCII,
)
# after a time part: no end ("năm 2025 và các giai đoạn kế tiếp", "… và thường xuyên")
_OPEN_END = re.compile(
    r"\b(?:tiep\s+theo|ke\s+tiep|tiep\s+sau|thuong\s+xuyen|lau\s+dai|lien\s+tuc|sap\s+toi"
    r"|sau\s+do)\b",
    re.ASCII,
)
# ... never "dự kiến" before a count of things, which estimates the count: "Đợt 1: …, bắt đầu
# từ 8h ngày 28/2/2026; dự kiến 15-20 doanh nghiệp tham gia" (Nghệ An 24h, 2026); the count
# itself is checked as every number is (`_no_number_left`), a day after it refused there
_MOVED_OR_ESTIMATED = re.compile(  # on the folded words: "hoàn thành" (folded "hoan") is none
    r"\b(?:du\s+kien(?!\s+(?:(?:khoang|tren|hon|gan|tu)\s+)?\d[\d.,]*"
    r"(?:\s*[–—-]\s*\d[\d.,]*)?\s+[a-z])"
    r"|lui|gia\s+han|hoan\s+lai|doi\s+(?:lai|sang|den)|dieu\s+chinh)\b",
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
        if held_in_its_year(held):
            continue  # "Giờ Trái đất năm 2027 (… ngày 27/3/2028)": held that year, not after
        joined = _JOINED.search(named["after"])
        if named["before"] not in _NOT_A_SUBJECT and joined is None:
            return True
    return False


# The contest whose rules the sentence reports, its edition named by its year: "Theo thể lệ
# Giải báo chí toàn quốc về Quốc hội và HĐND (Giải Diên Hồng) lần thứ ba - năm 2025, Ban tổ
# chức giải sẽ nhận tác phẩm dự thi đến hết ngày 22/11/2024, …" (Hội Nhà báo Việt Nam, 2024:
# zq-vnba-giai-dien-hong-lan-thu-ba-2025): the 2025 prize takes its entries in 2024. Only
# opening the phrase and closed by its comma (`_NARRATIVE_FRAME`'s "Theo thể lệ …,"), never
# the rules replaced ("cũ", convention 2)
_RULES_EDITION = re.compile(
    r"\W*theo\s+(?:the|dieu)\s+le\b(?P<name>[^,;:\d]*?)\blan\s+thu\s+(?:[ivxlc]+|\d{1,2}|[a-z]+)"
    r"\s*[-,]?\s*nam\s+(?P<year>(?:19|20)\d\d)\s*,",
    re.ASCII,
)


def edition_of_the_rules(words: str, year: int) -> bool:
    """Whether "năm `year`" in the label `words` (folded) is the edition of the contest whose
    rules open the sentence (`_RULES_EDITION`), a name rather than the deadline's year; the
    caller allows it only beside a deadline that writes its own year."""
    named = _RULES_EDITION.match(words)
    return (
        named is not None and int(named["year"]) == year and not re.search(r"\bcu\b", named["name"])
    )


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


# a clause joined after the year: its year may be a time of its own
# ... and the year closing its sentence, a full stop right after it: "… quốc phòng an ninh
# năm 2020. nhiệm vụ giải pháp trọng tâm năm 2021" (zt-phuxuyen's agenda, its comma so
# copied: the report's year dropped as a subject before harden24's hunt)
_JOINED = re.compile(r"[,;:]|^\s*\.(?!\d)|\b(?:va|hoac|hay)\b", re.ASCII)
# words after which "năm 2016" is a time, not a subject: prepositions of time, verbs of
# doing ("hoàn thành", "thực hiện", "triển khai", "tổ chức", "diễn ra", "bắt đầu", …)
_NOT_A_SUBJECT = frozenset(
    {"trong", "vao", "tu", "den", "toi", "dau", "giua", "cuoi", "het", "truoc", "sau", "qua"}
    | {"nay", "ky", "dot", "thanh", "xong", "hien", "khai", "chuc", "ra", "dung", "thuc"}
    | {"kien", "nhat", "han", "la", "se", "duoc", "tiep", "theo", "nhung", "cac", "moi"}
)


def label_years(words: str) -> list[int]:
    """Years naming the step ("Thi tốt nghiệp THPT năm 2025"): the caller checks that the
    reading falls in them."""
    words = without_references(words)  # "Quyết định 178/2004/QĐ-TTg": the decision's year
    return [int(year) for year in _LABEL_YEAR.findall(_NAMED_NUMBER.sub(" ", words))]


_LABEL_YEAR = re.compile(r"(?<![\d/.-])(?:nam\s+)?(\d{4})\b(?!\s*[/.-]\s*\d)", re.ASCII)

# The words after the time joined to it by "và", "hoặc": a year there is a second period,
# never the name of the step, even one inside the first: "NQ điều chỉnh, bổ sung kế hoạch đầu
# tư công trung hạn giai đoạn 2021-2025 và kế hoạch đầu tư công năm 2025" (HĐND phường Phú
# Xuân, Huế, 2025; zd-huengaynay-hdnd-phuong-phu-xuan-2025: read as the one window 2021-2025)
_JOINED_FIRST = re.compile(r"\W*(?:va|hoac|hay)\b", re.ASCII)  # `_JOINED`, opening them


def _refuse_joined_period(words: str) -> None:
    """Refuse the words after a reading's time (as printed) that join another period to it
    (`_JOINED_FIRST`, then a year, `label_years`): two periods, read as one."""
    folded = fold(words)
    if _JOINED_FIRST.match(folded) and (years := label_years(folded)):
        raise Unreadable(
            f"“{' '.join(words.split())}” sau thời hạn nối thêm một kỳ khác (năm {years[0]}): "
            "hai kỳ, không phải tên của bước; ghi mỗi kỳ một mốc, hoặc ghi last_day (và "
            "first_day) theo văn bản"
        )


# A span of years closing the words after an opening time, the name of the work the step
# belongs to: "Tháng 10/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, giai đoạn
# 2016 - 2020." (Tin kinh tế, 2016; w-press-tinkinhte-ke-hoach-dau-tu-trung-han-2016), "Ngày
# 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí … lần thứ XVI, năm 2023-2024"
# (Tạp chí Mặt trận; z-tapchimattran-giai-bao-chi-dai-doan-ket-xvi-2023-2024): the plan's
# and the prize's years, as "năm học 2023-2024", "nhiệm kỳ 2021-2026" are (`_NAMED_NUMBER`);
# the lead's conv13: with a real day beside it, the day is read and the span is a name
# explained. "năm" only for two years in a row (an edition, a school or crop year); never
# after a word that makes the span a time ("hoàn thành trong giai đoạn 2016 - 2020", "đến",
# "cả"), and the days read must fall within it (`refuse_step_years`)
WORK_SPAN_LAST = re.compile(
    r"(?<![a-z])(?<!trong )(?<!den )(?<!toi )(?<!tu )(?<!truoc )(?<!sau )(?<!het )"
    r"(?<!cuoi )(?<!dau )(?<!suot )(?<!ca )(?<!va )(?<!hoac )"
    r"(?:giai\s+doan|nam(?=\s+(?P<first_year>\d{4})\s*[–—-]\s*(?P<next_year>\d{4})))"
    r"\s+(?P<first>(?:19|20)\d\d)\s*[–—-]\s*(?P<last>(?:19|20)\d\d)[\s.]*\Z",
    re.ASCII,
)


def work_span_last(folded: str) -> re.Match[str] | None:
    """The span of years naming the work that closes `folded` (`WORK_SPAN_LAST`), when it
    runs forward (two years in a row after "năm"); else None."""
    span = WORK_SPAN_LAST.search(folded)
    if span is None:
        return None
    first, last = int(span["first"]), int(span["last"])
    if not first < last <= first + (1 if span["first_year"] else 20):
        return None
    return span


def work_span_after_comma(text: str) -> re.Match[str] | None:
    """The span of years naming the work that closes `text` (in NFC) after a comma
    (`work_span_last`), matched on its fold (one character for one); else None."""
    span = work_span_last(fold(text))
    if span is None or not text[: span.start()].rstrip().endswith(","):
        return None
    return span


def refuse_step_years(
    words: str, days: list[date], year_from_plan: bool = False, near: bool = False
) -> None:
    """Refuse the years named in the words after a reading's time (`words`, as printed;
    `label_years`) that none of its `days` falls in: "Ngày 23/7 là hạn cuối … xét tuyển đại
    học năm 2017" names the day's year, "ngày 15/1 … năm 2028" read in 2027 would be a silent
    wrong date; a year after a day whose year came from the plan (`year_from_plan`: "trước
    30/6, năm 2022") may be the day's or a second deadline's; a year joined by "và"
    (`_refuse_joined_period`) is a second period. The years of a meeting held on the days
    are its subject (`agenda.meeting_years`; `near`: an event held, told within a week of its
    page)."""
    _refuse_joined_period(words)
    words, folded = nfc(words), fold(words)  # one character for one, to cut both alike
    span = work_span_last(folded)
    # ... a span the words name already (`_NAMED_NUMBER`) keeps its own rule: a prize's works
    # "… lần thứ VIII giai đoạn 2016-2020" are received in 2021 (zr-baohaiduong)
    if span and any(char.isdigit() for char in without_named_numbers(folded)[span.start() :]):
        first, last = int(span["first"]), int(span["last"])
        if year_from_plan or not days or any(not first <= day.year <= last for day in days):
            raise Unreadable(
                f"thời hạn không nằm trong các năm {first} - {last} nêu sau nó (tên của việc): "
                "một trong hai viết nhầm, hoặc là hai thời hạn; ghi last_day theo văn bản"
            )
        words, folded = words[: span.start()], folded[: span.start()]
    _refuse_years_spanned_after(folded, days, year_from_plan)
    subject = meeting_years(words, days, near=near)
    for year in label_years(folded):
        if year in subject:
            continue
        if year_from_plan:
            raise Unreadable(
                f"năm {year} sau một ngày không ghi năm: không rõ là năm của ngày hay một thời "
                "hạn nữa; ghi rõ năm của ngày, hoặc ghi last_day"
            )
        if days and all(day.year != year for day in days):
            raise Unreadable(
                f"năm {year} sau ngày tháng khác năm của thời hạn ({days[-1].year}); ghi rõ "
                "năm của ngày, hoặc ghi last_day"
            )


# Two years in a row after the time, set as the time the work runs over: "Tiêm phòng (từ 15/9
# - 15/10) trong giai đoạn 2027-2030" (session 54, helper guards54: read 15/9–15/10 of the
# plan's year, the stage kept as a note). `_LABEL_YEAR` skips a year joined to another, and
# `WORK_SPAN_LAST` a span after "trong", "từ", "suốt" (a time, no name): such a span said after
# a day-month is each year of it, or another deadline, never the plan's year alone.
_YEARS_SPANNED = re.compile(
    r"(?<![\d/.])(?P<first>(?:19|20)\d\d)\s*[–—-]\s*(?P<last>(?:19|20)\d\d)(?![\d/.])", re.ASCII
)
_TIME_BEFORE_YEARS = re.compile(
    r"(?<![a-z])(?:trong|suot|tu|den|toi|ca|qua|cac)\s+"
    r"(?:(?:giai\s+doan|thoi\s+ky|nhiem\s+ky|cac\s+nam|nam)\s+)?\Z",
    re.ASCII,
)
# ... a body's term, and a school year or a crop season, whose years `refusals` weighs
# against the day's own ("trước ngày 15/8 để chuẩn bị cho năm học 2027-2028": test_guardsj)
_TERM_BEFORE_YEARS = re.compile(
    r"(?<![a-z])(?:nhiem\s+ky|khoa|nam\s+hoc|nien\s+khoa|(?:vu|mua)(?:\s+[a-z]+){0,3})\s+\Z",
    re.ASCII,
)


def _refuse_years_spanned_after(folded: str, days: list[date], year_from_plan: bool) -> None:
    """Refuse a span of years (`_YEARS_SPANNED`) in the words after a reading's time
    (`folded`) set as the time itself (`_TIME_BEFORE_YEARS`: "trong giai đoạn 2027-2030"),
    or holding none of the `days` whose year came from the plan ("(từ 15/9 - 15/10) cho
    giai đoạn 2027-2030" read in 2025). A body's term names the body ("Đại hội …, nhiệm kỳ
    2026-2031" on a day of 2025, `_TERM_BEFORE_YEARS`), no time of the work."""
    folded = without_references(folded)
    for span in _YEARS_SPANNED.finditer(folded):
        first, last = int(span["first"]), int(span["last"])
        outside = any(not first <= day.year <= last for day in days)
        lent = year_from_plan and outside and not _TERM_BEFORE_YEARS.search(folded, 0, span.start())
        if lent or _TIME_BEFORE_YEARS.search(folded, 0, span.start()):
            raise Unreadable(
                f"“{span.group()}” sau thời hạn là các năm việc được làm: ngày tháng có thể "
                "lặp lại mỗi năm trong đó, hoặc là một thời hạn khác; không đoán năm: ghi "
                "last_day (và first_day) của từng năm theo văn bản, hoặc ghi rõ năm của ngày"
            )


def without_named_numbers(prepared: str) -> str:
    """`prepared` (folded) with each number that names or counts a thing (`_NAMED_NUMBER`:
    "lớp 9", "4 bộ, ngành", "5 thành phố") blanked, its length kept: none is a time."""
    return _NAMED_NUMBER.sub(lambda named: " " * len(named.group()), prepared)


# The term of a resolution reviewed, then "," or "và" and the next term's work: "tổng kết thực
# hiện nghị quyết đại hội nhiệm kỳ 2012 – 2017, xác định phương hướng … nhiệm kỳ 2017 – 2022"
# (a congress's agenda; the held-out zt- set, a safety fix). A resolution's term is the time
# of the work carried out over it (conv13), and an agenda without "đã" reads both periods
# (the lead's convention 10): no name, so a label holding it is refused and the phrase read
# as its parts. "đã tổng kết …" (a review told done: the next term alone), a term of a
# congress or an office ("đại hội … nhiệm kỳ 2020-2025") and a term with no second period
# after it stay names. The comma may be a semicolon or a full stop, as copies print it
# ("… nhiệm kỳ 2012 – 2017; xác định …": the reviewed term dropped before harden24's hunt).
_REVIEWED_TERM = re.compile(
    r"(?<!\bda )\b(?:tong|so)\s+ket\s+(?:viec\s+)?(?:thuc\s+hien\s+)?(?:cac\s+)?nghi\s+quyet\b"
    r"[^;:]*?\b(?P<term>nhiem\s+ky\s+\d{4}\s*[–—-]\s*\d{4})(?=\s*(?:[,;.]|va\b))",
    re.ASCII,
)
# ... and the term of a work reviewed at a meeting that then sets the next term's course:
# "đánh giá kết quả thực hiện nhiệm vụ công tác Hội … nhiệm kỳ 2020 - 2023, đề ra phương
# hướng, nhiệm vụ nhiệm kỳ 2023 - 2028" (Thạp Mười, 2023; `agenda.reviews_then_plans`): a
# time of work (conv13), never the body's name; read as a name, the reviewed term was lost
# and the phrase read as the next term alone (one window where convention 10 reads two)
_REVIEWED_WORK_TERM = re.compile(
    r"\bdanh\s+gia\s+(?:ket\s+qua\s+|viec\s+|tinh\s+hinh\s+)?thuc\s+hien\b[^;:]*?"
    r"\b(?P<term>nhiem\s+ky\s+\d{4}\s*[–—-]\s*\d{4})\s*[,;.]\s*"
    r"(?:de\s+ra|xac\s+dinh|trien\s+khai)\b",
    re.ASCII,
)


def _show_minutes_out(prepared: str, end: int) -> str:
    """The label `prepared[:end]` with a show's minutes before its hour blanked
    (`showminutes.SHOW_MINUTES`, matched on the whole phrase so that the time part after
    them is seen): `showminutes.show_of_its_day` checks them against the hour read."""
    label = prepared[:end]
    for length in SHOW_MINUTES.finditer(prepared, 0, end):
        label = label[: length.start()] + " " * len(length.group()) + label[length.end() :]
    return label


def _unnamed_in_label(prepared: str, end: int) -> str:
    """`prepared` (folded) with its named numbers blanked (`_NAMED_NUMBER`); refused when the
    label, `prepared[:end]`, holds the term of a resolution reviewed (`_REVIEWED_TERM`) or of
    a work reviewed before the next term's course (`_REVIEWED_WORK_TERM`): a time, never a
    name, so the phrase is read as its parts."""
    reviewed = _REVIEWED_TERM.search(prepared, 0, end)
    if reviewed := reviewed or _REVIEWED_WORK_TERM.search(prepared, 0, end):
        raise Unreadable(
            f"“{reviewed['term']}” là nhiệm kỳ của nghị quyết, công việc được tổng kết, đánh "
            "giá, một khoảng thời "
            "gian, không phải tên: mỗi kỳ đọc riêng"
        )
    return _NAMED_NUMBER.sub(lambda named: " " * len(named.group()), prepared)


def read_named_numbers(words: str) -> None:
    """Refuse a number in `words` that names nothing (see `_no_number_left`)."""
    _no_number_left(words)


def _no_number_left(words: str, where: str = "trước") -> None:
    """The invariant: a label holds words, never a number the reading did not explain.
    A number that names a thing ("lớp 9", "lần thứ 2", "Điều 57", "năm học 2025-2026")
    is explained by its noun, a document's number and signing date by the citation
    (`without_references`); a year naming the step is checked by the caller. `where`:
    "trước" (the label, before the time part) or "sau" (the words after it), as said: after
    it, the number may also count a thing the closed lists (`unitnouns`) do not name."""
    words = without_references(words)
    for number in _ANY_NUMBER.finditer(_LABEL_YEAR.sub(" ", _NAMED_NUMBER.sub(" ", words))):
        what = "một điều kiện" if where == "trước" else "một số lượng chưa rõ là của gì"
        # the way out, as every refusal gives one (issue 11 §1): the clerk writes the day
        raise Unreadable(
            f"số “{number.group()}” đứng {where} thời hạn mà không được đọc: "
            f"có thể là một ngày, một kỳ hạn khác hoặc {what}; không đoán: ghi last_day "
            "(và first_day) theo văn bản",
            kind=Refusal.NOT_A_STEP,
        )


def year_unlike_its_time(year: int) -> Unreadable:
    """The refusal of a year named before the time part that is neither year of the time
    read ("Kéo dài thời gian giải ngân vốn năm 2024 đến hết ngày 31/12/2023"), with the way
    out (issue 11 §1: the clerk writes the day)."""
    return Unreadable(
        f"năm {year} trước thời hạn khác năm của thời hạn: năm đó có thể là năm của việc "
        "được nêu, hoặc một trong hai viết nhầm; không đoán: ghi last_day (và first_day) "
        "theo văn bản"
    )


def _no_damaged_word(words: str) -> None:
    """Text copied from a PDF loses vowels and splits syllables: "hoàn thành sm nht ngày
    10/4" is "sớm nhất" (a start), "hoàn thành sa u ngày 10/4" is "sau" (after), "k trước
    ngày" is "không trước" (not before). Such a fragment beside the time part may be a word
    of time the checks cannot see; refused, as the word itself would be. Fragments:
    a lower-case word with no vowel (`DAMAGED` repairs the few that are sure), "ko"/"hok"
    (không), and words that join into a word of time as printed ("sa u", "chư a", "S a u").
    A title in quotes without a number (`_QUOTED_TITLE`) is a name, its damaged words no word
    of time: "… Cuộc vận động sáng tác … về chủ đề “Xây dựng nông thôn mới, … đáp ứng yêu cu
    phát trin bn vững đt nước” … đến hết 30/9/2023" (Tạp chí Sông Lam, 2023; its font lost
    "ầ", "ể", "ề", "ấ")."""
    titled = [title.span() for title in _QUOTED_TITLE.finditer(words)]
    printed = list(re.finditer(r"\S+", words))
    tokens = [token.group().strip(_TRIM + "()“”\"'") for token in printed]
    for at, token in enumerate(tokens):
        # inside a title a fragment with no vowel or a misspelt syllable is the title's
        # damage; a fragment that joins into a word of time ("“sa u”"), "ko", a dashed "ư"
        # are still words of the phrase (fresh54: "Nộp hồ sơ “sa u” ngày 30/9/2023")
        in_title = any(first <= printed[at].start() < last for first, last in titled)
        dashed = _DASH_FOR_U.search(token) is not None
        if dashed and fold(_DASH_FOR_U.sub("ư", token.lower())) in _DASHED_TIME_WORDS:
            raise Unreadable(
                f"chữ “{token}” bị hỏng khi chép từ PDF (chữ “ư” thành dấu gạch): có thể là "
                "“trước”, “từ” (một mốc bắt đầu hay kết thúc khác); không đoán, hãy ghi last_day "
                "(và first_day) theo văn bản"
            )
        if not token.isalpha() or _unit_of_a_number(tokens, at):
            continue
        joined = _split_time_word(tokens[at:])
        bare = token.isascii() and token.islower() and not set(token) & set("aeiouy")
        if (
            (bare and token not in DAMAGED and not in_title)
            or (
                (at == 0 or token[:1].islower())
                and _misspelt_syllable(token)
                and not _sure(token)
                and not in_title
            )
            or token.lower() in _NOT_SAID
            or joined
        ):
            shown = joined or token
            if _misspelt_syllable(token) and not bare:
                raise Unreadable(
                    f"chữ “{token}” không phải một tiếng Việt viết đúng (gõ nhầm hay hỏng khi "
                    "chép từ PDF): có thể là một từ chỉ thời gian (“không”, “sớm”, “sau”…); "
                    "không đoán, hãy ghi last_day (và first_day) theo văn bản"
                )
            raise Unreadable(
                f"chữ “{shown}” bị hỏng (mất nguyên âm hay bị tách khi chép từ PDF) hoặc viết "
                "tắt: có thể là một từ chỉ thời gian (“sớm”, “sau”, “không”…); không đoán, "
                "hãy ghi last_day (và first_day) theo văn bản"
            )


# Units written without a vowel, after their number: "dài hơn 76 km" (CafeF, 2025; zj- of
# the corpus), "500 m", "20 kg", "50 MW": a measure, no damaged word of time
_UNITS = frozenset({"km", "m", "kg", "mw", "kw", "kwh"})


def _unit_of_a_number(tokens: list[str], at: int) -> bool:
    """Whether `tokens[at]` is a unit (`_UNITS`) right after a number ("76 km", "8,1 km")."""
    before = tokens[at - 1].replace(",", "").replace(".", "") if at > 0 else ""
    return before.isdigit() and tokens[at].lower() in _UNITS


# A law's points are lettered ("điểm a, b khoản 1 Điều 5", "điểm a và đ khoản 2"): the
# letters listed after "điểm", with "và"/"hoặc", when the clause or article they belong to
# follows, are a citation's part, not words a PDF damaged (fresh20: "Thực hiện điểm a, b
# khoản 1 trước ngày 15/3/2026" was refused for its "b"). Without the clause after them a
# lone letter stays refused: "k trước ngày" may be "không trước ngày".
POINT_LIST = re.compile(
    r"(?<!\w)(?i:điểm|diem)(?P<letters>(?:\s*(?:,|(?i:và|va|hoặc|hoac)(?!\w))?\s*[a-zđ](?!\w))+)"
    r"(?=\s*,?\s*(?i:khoản|khoan|điều|dieu|mục|muc|phần|phan|chương|chuong|tiết|tiet)(?!\w))"
)


def without_point_letters(text: str) -> str:
    """`text` with the letters of its lists of points (`POINT_LIST`) blanked, so that no
    check reads "b" of "điểm a, b khoản 1" as a damaged word."""
    return POINT_LIST.sub(lambda m: m.group().replace(m["letters"], " " * len(m["letters"])), text)


def _split_time_word(tokens: list[str]) -> str:
    """The words from the first of `tokens` on that join into a word of time: two ("sa u",
    "chư a") or its letters one by one, as a PDF spaces them out ("S a u", "T r ư ớ c");
    "" when none do."""
    for count in range(2, 7):
        run = tokens[:count]
        if len(run) < count or not all(token.isalpha() for token in run):
            return ""
        if "".join(run).lower() in SPLIT_TIME_WORDS:
            return " ".join(run)
    return ""


def _misspelt_syllable(token: str) -> bool:
    """Whether `token`, a word with a Vietnamese letter, spells no Vietnamese syllable:
    "khônq trước ngày 5/3" (q for g: "không trước", not before), "khôngg", "khôg" (an
    abbreviation in capitals, "HĐND", is none of these; the caller leaves out a name of one
    word, "Lễ hội Katê", capitalised inside the words)."""
    return not token.isascii() and not token.isupper() and not is_syllable(token)


# Two misspellings whose repair is sure and no word of time, so the refusal's fear (a word
# of time misspelt) cannot hold: a kind of document run together with no space
# ("Quyếtđịnh này có hiệu lực sau 10 ngày kể từ ngày ký", zk-luatminhkhue-qd-39-2011-quy-
# trinh-thanh-tra-khanh-hoa), and "ng" typed for "ngh" before e, ê, i, which the spelling
# rule forbids ("hộ ngèo, hộ cận nghèo", v-stttt-ha-giang-ho-tro-covid-2020: "nghèo"). Not
# "ngỉ" ("nghỉ", a day off) nor "ngìn" ("nghìn", a number): those may move a day.
# (`grammar.DAMAGED` reads the kind apart, so that every check keyed on it sees it)
_KINDS_RUN_TOGETHER = frozenset(
    {"quyetdinh", "kehoach", "congvan", "nghiquyet", "nghidinh", "thongbao", "thongtu", "chithi"}
)
_NG_FOR_NGH = re.compile(r"(?i)\Ang(?=[eèéẻẽẹêếềểễệiìíỉĩị])")
_NGH_THAT_MOVE = frozenset({"nghi", "nghin"})


def _sure(token: str) -> bool:
    """Whether `token`, spelling no syllable, is one of the sure misspellings above."""
    if fold(token).lower() in _KINDS_RUN_TOGETHER:
        return True
    whole = _NG_FOR_NGH.sub(lambda ng: ng[0] + ("H" if ng[0].isupper() else "h"), token)
    return whole != token and is_syllable(whole) and fold(whole).lower() not in _NGH_THAT_MOVE


# "không" written short; words of time that a split syllable spells as printed
_NOT_SAID = frozenset({"ko", "khg", "hok", "hông"})
SPLIT_TIME_WORDS = frozenset(
    {"sau", "sớm", "chưa", "không", "trước", "muộn", "trễ", "chậm", "hoặc", "khoảng", "nhất"}
    | {"từ", "đến", "tới", "trở", "hoãn", "lùi", "dời", "hạn", "hằng", "hàng"}
    | {"cuối", "đầu", "giữa"}  # "cu ối tháng 3": the end of March, not March
)
# "ư" printed as a dash by a PDF's old font ("tr−ớc", "Tr-ớc ngày", "t− ngày"): the word
# with the dash read as "ư", folded, is a word of time
_DASH_FOR_U = re.compile(r"(?<=\w)[-−–](?=\w|$)")
_DASHED_TIME_WORDS = frozenset({"truoc", "tu", "sau"})
# "ít nhất", "tối thiểu", "tối đa" before a share bound the share, never the time: "Bàn giao
# tối thiểu 80% mặt bằng trước tháng 12/2026" (Hà Tĩnh's clearance plan for the high-speed
# railway, zf-nongnghiepmoitruong-ha-tinh-gpmb-duong-sat-toc-do-cao); before a count of days
# ("tối thiểu 30 ngày trước …") they stay words of time
# ... and so before a count of things no unit of time counts: "Vào 8h ngày 18/5, các địa
# phương chọn tối thiểu 1 môn thể thao tổ chức khai mạc đồng loạt giải cấp cơ sở" (Hà Nội's
# games for the 70th anniversary, Tin bóng 247, 2024; refused before tune-zn): the sports
# bounded, not the day; "ít nhất 2 lần", "tối thiểu 3 buổi" stay words of time
_SHARE_BOUND = re.compile(
    r"(?i)(?<!\w)(?:ít\s+nhất|tối\s+thiểu|tối\s+đa)\s+(?=\d{1,3}(?:[.,]\d{1,2})?\s*%"
    # (a count in thousands, its dot the thousands' mark: "hướng tới đăng ký ít nhất 1.000 tên
    # miền id.vn và biz.vn trong năm 2025", Sở Ngoại vụ Lào Cai, KH 98/2025; za-doingoailaocai)
    r"|(?:\d{1,3}(?:\.\d{3})*|một|hai|ba|bốn|năm)\s+(?!(?:ngày|tuần|tháng|năm|quý|giờ|phút|buổi|đợt|lần"
    r"|kỳ|phiên|hôm|đêm)(?!\w))[^\W\d_]+)"
    # ... and a share's floor told "từ … trở lên" (from so much up): "tốc độ tăng trưởng kinh
    # tế đạt từ 10,7% trở lên" (SGGP on An Giang's 2026 targets, z-sggp-an-giang-nghi-quyet-
    # nhiem-vu-2026), no "từ" of a start; only with the share and its "trở lên" ("từ 10/7",
    # "từ 10 đến 15/7" stay a start)
    r"|(?<!\w)từ\s+(?=\d{1,3}(?:[.,]\d{1,2})?\s*%\s*trở\s+lên(?!\w))"
    # ... or a range of shares told "từ A - B%" ("đạt từ 8,3 - 8,5%", zj-cafef-thong-bao-408-vpcp-
    # de-an-06-2025): the shares' range, its "%" closing it, never a start of days
    r"|(?<!\w)từ\s+(?=\d{1,3}(?:,\d{1,2})?\s*%?\s*[-–]\s*\d{1,3}(?:,\d{1,2})?\s*%)"
    # ... and "khoảng" (about) before a share: "Phấn đấu đến hết năm 2016 cả nước có khoảng
    # 25% số xã đạt chuẩn nông thôn mới" (yxpays on the national target, 2016; zu-yxpays-nam-
    # 2016-25-phan-tram-xa-dat-chuan-ntm): the share's bound, never about when
    r"|(?<!\w)khoảng\s+(?=\d{1,3}(?:[.,]\d{1,2})?\s*%)"
)


# ... and a school year's teaching weeks before its first term: "Cấp THCS và THPT có ít nhất
# 37 tuần thực học, học kỳ I bắt đầu từ …" (Báo Hưng Yên on QĐ 1962/2017; the weeks are
# `asides._YEAR_WEEKS`, checked against the terms read): a count of weeks, never the time
_WEEKS_BOUND = re.compile(
    r"(?i)(?<!\w)có\s+(?:ít\s+nhất\s+|đủ\s+)?\d{1,2}\s+tuần\s+thực\s+học"
    r"(?=\s*,\s*học\s+kỳ\s+(?:I|1)(?!\w))"
)
# ... and "khoảng" (about) before people counted in thousands or millions: "cho khoảng hơn
# 4,2 triệu trẻ 1-5 tuổi vùng nguy cơ cao năm 2018- 2019" (Tuổi Trẻ, 2018, zo-tuoitre-tag-
# tinh-hinh-benh-soi; tune-zo): the count's bound, never the time's
_PEOPLE_BOUND = re.compile(
    r"(?i)(?<!\w)khoảng\s+(?:hơn\s+|gần\s+|trên\s+)?(?=\d{1,3}(?:,\d{1,3})?\s+(?:triệu|nghìn|ngàn)"
    r"\s+(?:trẻ|người|hộ|học\s+sinh|liều|cử\s+tri|lao\s+động)(?!\w)"
    # ... or works and projects counted: "đã có khoảng 230 công trình, dự án đang thẩm định để
    # đủ điều kiện khởi công, khánh thành vào ngày 19.8 sắp tới" (Thanh Niên, 2025; zf-thanhnien-
    # 230-du-an): how many, never about when
    r"|\d{1,4}\s+(?:công\s+trình|dự\s+án)(?!\w)"
    # ... or the activities a festival holds: "Festival Biển Nha Trang – Khánh Hòa lần thứ 7 sẽ
    # chính thức diễn ra từ ngày 11/7 đến 14/7 với khoảng 60 hoạt động đặc sắc" (Lao Động Thủ
    # đô, 2015; zs-laodongthudo-festival-bien-nha-trang-lan-7-2015): how many, not when
    r"|\d{1,4}\s+(?:hoạt\s+động|chương\s+trình|sự\s+kiện)(?!\w)"
    # ... or a count written with its thousands, or the rounds of a blood drive: "Trong năm
    # 2025, kế hoạch tổ chức khoảng 60 đợt hiến máu tình nguyện với lượng máu hiến thu về
    # khoảng 26.500 đơn vị" (Báo Khánh Hòa, 2024; zs-baomoi-khanh-hoa-hien-mau-truong-si-quan-
    # khong-quan-2024): "26.500" (three digits after its dot) is no day and month
    r"|\d{1,3}(?:\.\d{3})+\s+(?!(?:ngày|tuần|tháng|năm|quý|giờ|phút)(?!\w))[^\W\d_]+"
    r"|\d{1,3}\s+đợt\s+(?:tiếp\s+nhận\s+)?hiến\s+máu(?!\w)"
    # ... or a sum of money: "Trong năm 2026, mục tiêu của tỉnh Cà Mau … GRDP bình quân đầu
    # người khoảng 91 triệu đồng" (Dân trí, 2026; u-dantri-ca-mau-tong-ket-2025-nhiem-vu-2026):
    # a target's amount, never about when
    r"|\d{1,3}(?:[.,]\d{1,3})*\s+(?:triệu|tỷ|nghìn|ngàn)\s+đồng(?!\w))"
)


# ... and "sớm hơn" (earlier) compared with the other grades, not with a time: "Từ ngày 25/8:
# Học sinh lớp 1, lớp 9 và lớp 12 sẽ bắt đầu tựu trường sớm hơn các khối khác" (Kiến Thức on
# Vĩnh Long's 2025-2026 plan, zo-kienthuc-vinh-long-ke-hoach-thoi-gian-nam-hoc-2025-2026;
# tune-zo): which pupils start first, on the day written; never "sớm hơn 2 tuần", "sớm hơn
# ngày …" (a count or a day: another time)
_THAN_THE_OTHERS = re.compile(
    r"(?i)(?<!\w)(?:sớm|muộn)\s+hơn\s+(?:các|những)\s+(?:khối|lớp|cấp\s+học|bậc\s+học|trường)"
    r"(?:\s+(?:lớp|học))?\s+(?:còn\s+lại|khác)(?!\w)"
)
# ... and "sớm hơn" (earlier), "muộn hơn", "trễ hơn" said of the whole work against what was
# planned or done before, its clause closed: "Tuyển sinh đại học 2026 sẽ diễn ra sớm hơn, thí
# sinh đăng ký nguyện vọng từ 2/7 đến 4/7/2026" (Dân trí, 2025; za-dantri-lich-xet-tuyen-dai-
# hoc-2026-som-2-tuan), "Luật đất đai 2024 sẽ có hiệu lực sớm hơn dự kiến và bắt đầu có hiệu
# lực từ ngày 01/7/2024" (zj-luattoanquoc-luat-dat-dai-2024-hieu-luc-som): the time printed is
# the new one, the comparison moves no day of it. Only after the verb of an event's time
# ("diễn ra", "có hiệu lực", "bắt đầu" …): "có thể đăng ký sớm hơn" lets the work start before
# the days printed, their first no longer the first allowed. Only bare or against a reference with no
# time of its own ("dự kiến", "năm trước", "thông báo trước đó"), and only before a comma, a
# semicolon, "và" or "vì": "sớm hơn 2 tuần", "sớm hơn ngày 15/3", "sớm hơn so với năm 2025"
# (a count, a day, a year) and "sớm hơn hoặc …" stay checked
_EARLIER_THAN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:diễn\s+ra|có\s+hiệu\s+lực|tổ\s+chức|bắt\s+đầu|khai\s+mạc|khai\s+giảng"
    r"|kết\s+thúc)\s+(?:sớm|muộn|trễ)\s+hơn"
    r"(?:\s+(?:so\s+với\s+)?(?:dự\s+kiến(?:\s+ban\s+đầu)?|kế\s+hoạch(?:\s+ban\s+đầu)?|mọi\s+năm"
    r"|(?:các\s+)?năm\s+(?:trước|ngoái)|thông\s+báo\s+trước\s+đó|lịch\s+cũ))?"
    r"(?=\s*(?:[,;]|(?:và|vì)\s))"
)
# ... and "khá muộn" (rather late), "rất sớm" (very early) right before the time it judges:
# "Quảng Ninh công bố lịch thi khá muộn vào đầu tháng 7 (03/7 - 05/7/2026)" (24h on the
# grade-10 exams of 2026; zh-24h-dia-phuong-thi-lop-10-som-nhat-2026): how the day compares
# with the others', the day itself is the one printed after it. Only a word of degree before
# "sớm", "muộn" or "trễ" closing the words before the time (or before its "vào"): "muộn
# nhất", "sớm hơn", "quá muộn" and one before a comma or another word stay words of time
_DEGREE_OF_THE_TIME = re.compile(
    r"(?i)(?<!\w)(?:khá|rất|hơi)\s+(?:sớm|muộn|trễ)(?=(?:\s+vào)?\s*\Z)"
)
# ... and "càng sớm càng tốt" (the sooner the better), urging the step on before the day it is
# due by: "Nên trồng càng sớm càng tốt, thời vụ kết thúc trước 05/10" (Chi cục TT&BVTV Nam
# Định on the winter crops, zb-bvtvnamdinh): the day said stays the last allowed, no other
# time is set; "sớm hơn", "sớm nhất" (another time, a start) are not it
_SOONER_THE_BETTER = re.compile(r"(?i)(?<!\w)càng\s+sớm\s+càng\s+tốt(?!\w)")
# ... and the "không" of "cấm không cho" (forbid to), the prohibition a storm order sets from
# its hour: "nghiêm cấm không cho tàu xuất bến, thời gian bắt đầu từ 17 giờ ngày 5-11-2025
# cho đến khi …" (Bộ CHQS tỉnh Gia Lai, CV 6104 on storm no. 13, 2025: za-baogialai-cv-6104-
# cam-bien-bao-so-13-2025), as "nghiêm cấm tàu xuất bến" is read: no negation of the work nor
# of its time. Only between "cấm" and "cho"; "không cấm", "không cho" alone stay refused
_FORBID_TO = re.compile(r"(?i)(?<=cấm\s)không(?=\s+cho(?!\w))")
# ... and "tối đa" (to the utmost) before the means an effort puts in, and the work carried
# on into the evening or the noon break ("cả buổi tối", "cả buổi trưa": even then): "Xã đã huy
# động tối đa lực lượng và sẽ tăng cường cấp phát cả buổi tối để bảo đảm 100% người dân …
# nhận được quà của Nhà nước chậm nhất trong ngày 1/9" (Báo Thanh Hóa on the gifts of Tết Độc
# lập, 2025; v-baothanhhoa): how hard and at which hours the days are worked, never the day
# the work ends by. Before a count, "không quá", "là", "đến" or "trong", "tối đa" stays a bound
# of the time ("tối đa 05 ngày"); a part of the day before a day or "hôm nay" is that day's
# ("cả buổi tối ngày 31/8": a second time) and stays checked
_UTMOST_OR_AFTER_HOURS = re.compile(
    r"(?i)(?<!\w)tối\s+đa\s+(?=(?:các\s+|mọi\s+)?(?:lực\s+lượng|nguồn\s+lực|nhân\s+lực"
    r"|phương\s+tiện|vật\s+tư|(?:trang\s+)?thiết\s+bị|máy\s+móc)(?!\w))"
    r"|(?<!\w)cả\s+(?:các\s+|những\s+)?buổi\s+(?:tối|trưa)(?!\w)"
    r"(?![\s,]*(?:ngày|hôm|đêm|nay|mai|thứ|chủ\s+nhật|\d)(?!\w))"
)

# ... and an event's edition counted within its year, "lần thứ N trong năm": "Theo kế hoạch,
# ngày hội việc làm lần thứ 1 trong năm sẽ được tổ chức vào 28/2 (12 tháng Giêng)" (Netlife,
# Nghệ An 2026; zh-netlife-nghe-an-ngay-hoi-viec-lam-2026): which of the year's fairs, held on
# the day written; never with the year's number after it ("trong năm 2026" is a time)
_NTH_IN_THE_YEAR = re.compile(
    r"(?i)(?<!\w)lần\s+thứ\s+(?:\d{1,2}|nhất|hai|ba|tư)\s+trong\s+năm(?!\w)(?!\s*\d)"
)

# "theo đúng tiến độ" closing the words after a time part: "Người đứng đầu các cơ quan …
# ưu tiên bố trí … nguồn lực để hoàn thành các nhiệm vụ trong năm 2026 theo đúng tiến độ"
# (Nghị quyết 57-NQ/TW tasks as Hải Phòng's Trần Nhân Tông page prints them, 2026;
# zf-trannhantong-haiphong-nhiem-vu-nq57-2026): on schedule, how the work is done within the
# time read, as "đúng tiến độ" without "theo" already reads there. Only "đúng" (never "theo
# tiến độ của …", whose owner may set a day) and only closing a clause: "theo đúng tiến độ
# được giao, …" too; whatever follows, a day or a count, is still checked.
_ON_SCHEDULE_AFTER = re.compile(
    r"(?i)\btheo\s+đúng\s+tiến\s+độ(?:\s+(?:đã\s+)?(?:được\s+giao|đề\s+ra))?(?=\s*(?:[,;.)]|$))"
)

# "sau" (after) a meeting named, closed by a comma or "và", with the step going on after it:
# "Sau Đại hội điểm, MTTQ các xã còn lại tiến hành tổ chức Đại hội và hoàn thành trước
# 15/3/2019" (Đại Đoàn Kết, 2018; zt-daidoanket, refused before tune-zt): the order of the
# work, whose own time is the one written; the meeting has no day here. Only words between
# (a number may count from the meeting: "Sau Đại hội 15 ngày, …"), and only with the step's
# words after the comma (a label ending "Sau Hội nghị," leaves a count after it its anchor).
# ("Sau kỳ họp, …" stays refused: "sau kỳ" is also "after the period", checked apart)
# ... or with "và" closing the label, the step's verb opening the time part: "Đại hội của các tổ
# chức chính trị - xã hội tiến hành ngay sau Đại hội MTTQ Việt Nam cùng cấp và hoàn thành trước
# tháng 12/2025" (Chỉ thị 01 of Lâm Đồng's Party committee, 2025; q-baolamdong-chi-thi-01-dai-
# hoi-mttq-2025): done after it, and by the time said. And after a show, its own time said
# after the comma: "Ngay sau chương trình nghệ thuật, màn bắn pháo hoa tầm thấp sẽ được tổ
# chức … vào thời khắc 0 giờ ngày 17-2" (Người Lao Động on Gia Lai's Tết, 2026; zl-nld-)
_AFTER_A_MEETING = re.compile(
    r"(?i)(?<!\w)(?:ngay\s+)?sau(?=\s+(?:đại\s+hội|hội\s+nghị|chương\s+trình\s+nghệ\s+thuật"
    # ... and after a stage of the work named in words (never numbered: "Sau giai đoạn 1" may
    # count from it): "Sau giai đoạn rà soát thông tin, Sở GD&ĐT TP.HCM sẽ tổng hợp, gửi …, dự
    # kiến trước 31-3" (Làng nhìn Đồng Đội on the 2026 admissions; zh-langnhindongdoi-tphcm-
    # ra-soat-tuyen-sinh-dau-cap-2026): the order of the steps, the day written is the step's
    r"|giai\s+đoạn(?=\s+[^\W\d_]))"
    r"(?:\s+[^\W\d_][\w-]*)*?"
    r"(?:\s*(?:,|\s+và\s)\s*[^\W\d_]|\s+và\s*$))"
)


# "nếu" (if) opening a condition on who or what the step is for, closed before the time by
# "thì", "," or its parenthesis, with no number in it: "Hệ thống sẽ mở cho thí sinh lựa chọn
# ca thi thứ hai (nếu còn chỉ tiêu) từ 9h ngày 8/2/2026 đến 9h ngày 14/2/2026" (24h, Dân trí
# on the 2026 aptitude tests; za-24h-, za-dantri-lich-thi-dgnl-2026), "nếu có khiếu nại về kết
# quả bầu cử ĐBQH thì khiếu nại đó phải được gửi … chậm nhất là 5 ngày kể từ ngày công bố"
# (Luật Bầu cử 2015, Điều 87, as Báo Giao thông quotes it), "Nếu người dân đồng thuận, việc phê
# duyệt … sẽ được thực hiện từ tháng 12/2025 …" (VTC News, 2025): whether the step is done,
# never when. Only "nếu" is blanked, and only before the words seen ("có", "còn", "đủ", "người
# dân"): the condition's other words stay checked ("nếu có thay đổi về thời gian" keeps
# nothing of a time out; "nếu không …", "nếu quá hạn …", "nếu chưa …" stay refused)
# A condition on a need, a request or what may arise, opening the step before its time, as
# "Nếu cần thiết, …" does (the lead's ruling 38(g): conditions are refused): "Trường hợp cần
# thiết, tổ chức hội nghị trước ngày 15/4/2026", "Trong trường hợp có yêu cầu, …", "Trường
# hợp phát sinh, …"; and the step left to circumstances, "Tùy (theo) tình hình (thực tế), …",
# "Tùy điều kiện, …": whether (and so when) is not set. Only where "trường hợp" opens a clause
# (the phrase's start or after a mark): "Các trường hợp phát sinh trong thời gian nghỉ Tết
# sẽ được tiếp tục xử lý kể từ ngày 23/02/2026" (x-dong-nai-snv) names the cases to handle
_CONDITION_ON_A_NEED = re.compile(
    r"(?i)(?:^|[,;:(.])\s*(?:trong\s+)?trường\s+hợp\s+(?:có\s+|được\s+)?"
    r"(?:cần\s+thiết|yêu\s+cầu|phát\s+sinh)(?!\w)"
    r"|(?<!\w)(?:tùy|tuỳ)(?:\s+theo)?\s+(?:tình\s+hình|điều\s+kiện)(?!\w)"
)
# ... and "trường hợp …" typed bare ("Truong hop can thiet, bao cao truoc ngay 20/3/2026", the
# session 46 tester's): none of its words is another's when bare. Never "tuy" bare, which is
# "tuy" (although) as often as "tùy"
_CASE_OF_NEED_BARE = re.compile(
    r"(?:^|[,;:(.])\s*(?:trong\s+)?truong\s+hop\s+(?:co\s+|duoc\s+)?"
    r"(?:can\s+thiet|yeu\s+cau|phat\s+sinh)(?![a-z])",
    re.ASCII,
)
_CONDITION_OF_THE_STEP = re.compile(
    # ... and "nếu tiếp tục kinh doanh" (if the licensee trades on: Nghị định 67/2013/NĐ-CP,
    # Điều 37, as Thái Bình's procedure prints it; ze-dvctt-thai-binh): whether, never when
    # (its parenthesis may close the words, taken off with their end: "… (nếu tiếp tục kinh
    # doanh" is closed there)
    r"(?i)(?<!\w)(?:(?<=\()(?P<opened>))?nếu"
    # ... and a change the step tells by the day ("Nếu có thay đổi, thông báo trước …", as
    # "Trường hợp có thay đổi, …": one rule, `conditionmeans.A_CHANGE_TOLD`)
    rf"(?={A_CHANGE_TOLD}|"
    r"\s+(?:có|còn|đủ|người\s+dân|tiếp\s+tục\s+kinh\s+doanh)(?!\w)"
    # ... never a condition on the time itself: "Nếu có thay đổi về thời gian thì …"
    # nor on a request or a need, which may be the time ("nếu có yêu cầu", as "khi có yêu cầu":
    # test_deadline_forms_n)
    r"(?:(?!thời\s+(?:gian|hạn)|thay\s+đổi|điều\s+chỉnh|gia\s+hạn|lùi|hoãn|dời|kéo\s+dài"
    r"|yêu\s+cầu|cần\s+thiết|phát\s+sinh)"
    r"[^\d()]){0,80}?"
    r"(?:\)|\s+thì(?!\w)|,|(?(opened)\Z|(?!))))"
)


# A condition on what the file is, closing the words after a day: "Trước ngày 31/1 nếu là
# hồ sơ tiếng Anh/Trung" (Znews on the 2026 scholarships, zq-znews-hoc-bong-hiep-dinh-2026):
# which files the day is for (the page gives the other files' day in a line of its own), no
# number in it, only "nếu" blanked: the other words stay checked ("nếu là hồ sơ nộp sau …");
# "nếu là ngày nghỉ …" (a condition on the time) is no file
_WHICH_FILE = re.compile(r"(?i)(?<!\w)nếu(?=\s+là\s+hồ\s+sơ(?!\w)[^\d()]*\Z)")

# A clause of reason closing the words after the time part, "vì …" (because), and a condition
# inside it: "Riêng cây khoai tây, thời vụ tốt nhất từ 25.10 đến 15.11, vì khoai tây sinh
# trưởng kém nếu nhiệt độ quá thấp" (Dân Việt on Bộ NN&PTNT's winter-crop calendar, 2012;
# zb-danviet-bnn-lich-gieo-trong-vu-dong-2012, session 45): the condition is the reason's
# ("grows poorly if it is too cold"), never the window's. The reason runs to the end with no
# number; "vì vậy", "vì thế" (so, therefore) open no reason and stay refused
_REASON_CLOSING = re.compile(r"(?i)(?:\A|[,;])\s*vì\s+(?!(?:vậy|thế|lẽ\s+đó)(?!\w))[^\d;]*\Z")
# ... and only "nếu" before no negation nor lateness: "nếu không …", "nếu chưa …", "nếu quá
# hạn …" may say what happens to the deadline
_REASON_S_IF = re.compile(r"(?i)(?<!\w)nếu(?!\s+(?:không|chưa|quá|trễ|chậm)(?!\w))(?!\w)")


def _reason_s_condition_out(words: str) -> str:
    """`words` with "nếu" blanked inside a closing clause of reason (`_REASON_CLOSING`,
    `_REASON_S_IF`); the other words of the clause stay checked."""
    reason = _REASON_CLOSING.search(words)
    if reason is None:
        return words
    inside = _REASON_S_IF.sub(lambda word: " " * len(word.group()), reason.group())
    return words[: reason.start()] + inside


def _without_said_and_order(label: str, where: str) -> str:
    """`label` with "cho hay" (said, `grammar.PRESS_SAID`) blanked, and, before the time part
    (`where` "trước"), "sau" a meeting the step goes on after (`_AFTER_A_MEETING`)."""
    label = PRESS_SAID.sub(lambda said: " " * len(said.group()), label)
    label = ALSO_CALLED.sub(lambda named: " " * len(named.group()), label)  # another name
    for aside in EARLY_OR_LATE.finditer(fold(label)):  # "(tốt nghiệp sớm hoặc muộn)": who
        label = label[: aside.start()] + " " * len(aside.group()) + label[aside.end() :]
    if where == "trước":  # "Sau Đại hội điểm, MTTQ các xã … hoàn thành": the work's order
        label = _AFTER_A_MEETING.sub(lambda after: " " * len(after.group()), label)
        # "theo kế hoạch", "theo quy định chung" before the time (`_THEO_A_PLAN`); after it,
        # "… theo quy định tại các Điều 20, 21 Luật PCCC và CNCH năm 2024" cites a law whose
        # year would be read, "… đang thực hiện theo kế hoạch" tells progress: still checked
        label = _THEO_A_PLAN.sub(lambda plan: " " * len(plan.group()), label)
    return label


def _no_condition_on_a_need(label: str, where: str) -> None:
    """Refuse a label before the time part (`where` "trước") opened by a condition on a need,
    a request or circumstances (`_CONDITION_ON_A_NEED`): "Trường hợp cần thiết, …", "Tùy tình
    hình, …". After the time it is left to the other checks: "Từ ngày 1/10, tùy tình hình
    thời tiết, các cơ sở giáo dục chủ động theo dõi" (za-znews-nghi-hoc-bao-bualoi-2025) starts
    on its day whatever the weather says of the rest."""
    if where != "trước":
        return
    shown = nfc(label)
    condition = _CONDITION_ON_A_NEED.search(shown) or _CASE_OF_NEED_BARE.search(fold(shown).lower())
    if condition:  # fold keeps one character for one: the words as printed
        said = shown[condition.start() : condition.end()]
        raise Unreadable(_changes_meaning(said.strip(" ,;:(."), "trước"))


def _not_at_all(word: str, following: str) -> bool:
    """Whether `word` (lower case, as printed) is "chẳng" (not), as "không" (helper guards55:
    "Trước ngày 1/7 các xã chẳng gửi …"), never "chẳng hạn" (for example) nor "chẳng những"
    (not only) by the word `following` it (`conditional.NOT_AT_ALL`)."""
    return word == "chẳng" and NOT_AT_ALL.match(f"{word} {following}") is not None


def _no_time_word(label: str, spared: str = "", cited: str = "", where: str = "trước") -> None:
    """Words of time in a label would change the deadline: "sớm nhất", "hoặc", "hằng".
    `spared`: a pattern of words the caller has read as no time of this deadline; `cited`:
    the words after the label, before the time part (the clause "điểm a, b" belongs to);
    `where`: "trước" (before) the time part, or "sau" for the words after it, as said."""
    # "Quyết định 178/2004/QĐ-TTg", "điểm a, b khoản 1": citations
    label = without_references(without_point_letters(label + cited)[: len(label)])
    _no_damaged_word(label)
    _no_condition_on_a_need(label, where)
    # "năm Bính Ngọ 2026": checked by the engine; before the names, which take "Tết Nguyên đán"
    # from "Tết Nguyên đán Quý Mão 2023" and leave "Quý" a quarter (zr-baothanhhoa, tune-zr)
    label = NAMED_LUNAR_YEAR.sub(" ", label)
    label = _without_names(label)  # names, not times
    label = _FIXED_WEEKEND_REST.sub(" ", label)  # which schools, no time
    label = _POSTMARK_BEFORE.sub(" ", label)  # "được tính theo dấu đến của Bưu điện …"
    label = _named_week_or_hour(label)  # "Tuần lễ Biển và Hải đảo", "Giờ Trái đất"
    for how in _HOW.finditer(fold(label)):  # "theo phương thức trực tuyến": how, not when
        label = label[: how.start()] + " " * (how.end() - how.start()) + label[how.end() :]
    if spared:
        label = re.sub(spared, " ", label, flags=re.IGNORECASE)
    label = _SHARE_BOUND.sub(" ", label)  # "tối thiểu 80% mặt bằng": the share's bound
    label = _PEOPLE_BOUND.sub(" ", label)  # "khoảng hơn 4,2 triệu trẻ": the count's bound
    label = _WEEKS_BOUND.sub(" ", label)  # "có ít nhất 35 tuần thực học": the year's weeks
    label = _THAN_THE_OTHERS.sub(" ", label)  # "sớm hơn các khối khác": who starts first
    label = _EARLIER_THAN_BEFORE.sub(" ", label)  # "sẽ diễn ra sớm hơn, …": the time printed
    label = _SOONER_THE_BETTER.sub(" ", label)  # "càng sớm càng tốt": urged, the day stays
    label = _FORBID_TO.sub("     ", label)  # "nghiêm cấm không cho tàu xuất bến": forbid
    label = _DEGREE_OF_THE_TIME.sub(" ", label)  # "khá muộn vào": judged, the day stays
    label = _UTMOST_OR_AFTER_HOURS.sub(" ", label)  # "huy động tối đa lực lượng": how hard
    label = _NTH_IN_THE_YEAR.sub(" ", label)  # "lần thứ 1 trong năm": the year's first fair
    label = _CONDITION_OF_THE_STEP.sub("   ", label)  # "(nếu còn chỉ tiêu)": whether, not when
    label = _without_said_and_order(label, where)
    folded = " ".join(re.findall(r"\w+", fold(label)))
    cased = re.findall(r"\w+", label)
    for phrase in _TIME_PHRASES.finditer(folded):
        at = folded[: phrase.start()].count(" ")  # the words as printed, not folded
        printed = cased[at : at + phrase.group().count(" ") + 1]
        if phrase.group() == "so voi" and printed[0].lower() != "so":
            continue  # the marks say another word: "chốt quân số với …" (a number), no "so với"
        raise Unreadable(_changes_meaning(" ".join(printed), where))
    words = [word.lower() for word in cased]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if 0 < index < len(words) - 1 and all(w.istitle() for w in cased[index - 1 : index + 2]):
            continue  # inside a name: "Lê Quý Đôn"
        counted = index > 0 and words[index - 1].isdigit()  # "03 năm": a count, checked apart
        if word == "năm" and following != "học" and not following.isdigit() and not counted:
            raise Unreadable(_changes_meaning(word, where))  # "báo cáo năm"
        if word == "mỗi" and following not in _TIME_UNITS:  # "ở mỗi đơn vị", not "mỗi tháng"
            continue
        if _in_place_name(cased, index) or (word == "nam" and _men_s_event(words, index)):
            continue  # "Hà Nam", "Bến Tre": a name; "Giải bóng đá nam …": the men's
        if word.isascii() and _bare_time_word(word, following, cased[index].islower(), counted):
            raise Unreadable(_changes_meaning(word, where))  # typed bare: "som nhat la ngay 18/9"
        # a word written with its diacritics is a word of time only as spelled: "thắng lợi"
        # (win), "thẳng", "Tuấn" fold to "thang", "tuan" and are none
        if (
            word in _TIME_WORDS
            or (word.isascii() and word in _TIME_WORDS_FOLDED)
            or _not_at_all(word, following)
        ):
            raise Unreadable(_changes_meaning(word, where))
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
# How a mailed file is dated, before the day: "các hồ sơ gửi qua đường bưu điện được tính theo
# dấu đến của Bưu điện Hà Nội chậm nhất là ngày 6/11/2020" (the arrival stamp: Bộ KH&CN's call,
# zk-vjst-tuyen-chon-de-tai-qd-2458-2020): no "theo", "đến" of a time. After the day the note is
# `asides._POSTMARK`'s, whole ("(theo dấu bưu điện" left open is a note cut off, refused).
_POSTMARK_BEFORE = re.compile(
    r"(?i)\b(?:tính\s+|căn\s+cứ\s+)?theo\s+dấu\s+(?:đến|bưu\s+điện|bưu\s+chính)\b"
)
# "theo" before a deadline that names a plan, a rule or a way, no time: "các xã, phường chưa đạt
# khối lượng nạo vét theo kế hoạch phải hoàn thành trước ngày 2/2/2026" (Báo Thanh Hóa, 2026),
# "… hoàn thành toàn bộ "Chiến dịch" theo đúng kế hoạch đã đề ra (trước ngày 15/1)" (Công
# điện 01/CĐ-TTg, 2026), "lịch nghỉ 5 ngày theo quy định chung, từ ngày 16/2 …" (Hà Nội, Tết
# 2026), "theo lộ trình xuyên suốt năm 2026", "theo từng dự án", the text or article cited
# ("Theo khoản 4 Điều 40 Luật …", "theo Nghị quyết Tỉnh ủy"), who tells it ("Theo Phó Chủ
# tịch …", "Theo tờ trình …") and the steps that follow ("các bước tiếp theo"): the lead's
# ruling of session 33 ("theo đó", "làm theo …" stay checked: test_deadline_forms_l). "theo" that names another time stays a word of
# time: a cadence ("theo quý", "theo tháng", "theo từng lần phát sinh"), a calendar ("Theo
# lịch năm 2026, Giỗ Tổ … rơi vào …", an almanac's fact; "theo âm lịch"), a plan given up
# ("Theo kế hoạch ban đầu", convention 2), and the guidance, which may set its own day
_THEO_A_PLAN = re.compile(
    r"(?i)(?<!làm )\btheo\s+(?:đúng\s+|các\s+|những\s+)?(?:"
    # (never an owner's plan or one of a year: "Theo kế hoạch của tỉnh năm 2024, …", whose
    # plan, of which year? test_deadline_wide_words)
    # ... and the decision that sets the school year's frame: "Theo quyết định khung kế hoạch
    # thời gian năm học 2022-2023 của Chủ tịch UBND tỉnh Hà Giang, học sinh các cấp sẽ đồng
    # loạt tựu trường từ ngày 25/8" (Lịch ngày tốt, 2022; zl-lichngaytot-lich-tuu-truong-26-
    # tinh-2022-2023): the frame is the plan whose day follows
    r"(?:(?:quyết\s+định\s+)?khung\s+)?kế\s+hoạch(?!\s+(?:ban\s+đầu|cũ|trước|lúc\s+đầu|dự\s+kiến\s+ban\s+đầu|của|năm|số)\b)"
    r"|lộ\s+trình|khung\s+báo\s+cáo|phương\s+(?:thức|án)|đề\s+án"
    r"|(?:thời\s+gian|thời\s+hạn)\s+quy\s+định|tờ\s+trình|thông\s+báo|đề\s+xuất"
    r"|(?:phó\s+)?(?:chủ\s+tịch|giám\s+đốc|bộ\s+trưởng|thứ\s+trưởng|trưởng\s+phòng)"
    r"|từng\s+(?:dự\s+án|công\s+trình|gói\s+thầu|địa\s+phương|đơn\s+vị|lĩnh\s+vực|ngành"
    r"|cơ\s+quan|nhiệm\s+vụ|nội\s+dung))\b"
    # ... "Theo chương trình, kế hoạch của Trạm Y tế xã định kỳ tổ chức tiêm vác xin … vào các
    # ngày 5 và 6 hàng tháng" (Tam An, Đồng Nai; p-taman-dongnai-tiem-chung-hang-thang): as
    # the programme and plan set, these words only ("kế hoạch" after them is checked as above)
    r"|(?<!làm )\btheo\s+chương\s+trình(?=\s*,\s*kế\s+hoạch\b)"
    r"|\b(?:các|những)\s+(?:bước|công\s+việc|việc|nội\s+dung|hoạt\s+động)\s+tiếp\s+theo\b"
    r"|\b(?:nội\s+dung\s+)?công\s+việc\s+tiếp\s+theo\b"
    # ... and a rule or a text cited: "theo quy định chung, từ ngày …", "theo các quy định
    # hiện hành và …", closed before the time (at the label's end, "… theo quy định" may leave
    # the time to the rule, and stays checked); or one the step's own verb follows ("theo
    # Nghị quyết Tỉnh ủy, Hội đồng nhân dân tỉnh đã đề ra trong năm 2025", "theo quy định
    # tại Thông tư số 07/2018/TT-BXD … và gửi về Bộ Xây dựng trước ngày 20/6/2020"). A text
    # whose name runs into the time stays checked: "… theo quy định tại các Điều 20, 21 Luật
    # PCCC và CNCH năm 2024" (the law's year), "… theo quy định của Bộ luật Lao động và các
    # văn bản hướng dẫn hằng năm" (zi-congan-hung-yen, b-thactrang: read as a year and a
    # cadence once "theo" was spared everywhere)
    r"|(?<!làm )\btheo\s+(?:đúng\s+|các\s+)?quy\s+định(?:\s+(?:chung|hiện\s+hành))?(?=\s*(?:[,;:(]|và\s))"
    r"|(?<!làm )\btheo\s+(?:đúng\s+|các\s+)?(?:quy\s+định|nghị\s+(?:quyết|định)|quyết\s+định|thông\s+tư"
    r"|chỉ\s+thị|công\s+văn|luật|điều|khoản|chương\s+trình)\b"
    r"(?=.*?\b(?:gửi|nộp|hoàn\s+thành|báo\s+cáo\s+về|trình|đã\s+đề\s+ra"
    # ... or the text's own verb, setting the time that follows: "Theo khoản 4 Điều 40 Luật
    # Nghĩa vụ quân sự 2015 quy định thời gian khám sức khỏe …" (o-thuvienphapluat-kham-nvqs-
    # 2025): what the law sets, no time of its own
    r"|quy\s+định\s+(?:thời\s+gian|thời\s+hạn))\b)"
    # ... and the source a press item names for its news, closed by its comma: "Theo thông tin
    # mới nhất từ trang web chính thức của Tổng công ty Điện lực Hà Nội (EVNHANOI), ngày 25/5
    # sẽ diễn ra kế hoạch cắt điện …" (Đời sống & Pháp luật, 2023: zu-doisongphapluat): who
    # says it, no time; a source holding a number or a word of time stays checked
    r"|(?<!\w)theo\s+thông\s+tin(?:\s+mới\s+nhất)?\s+(?:từ|của)\s+[^\W\d_][^\d,;:]*(?=,)"
    # ... and who acts as assigned: "Giám đốc Sở Y tế trực tiếp hoặc tùy theo nội dung phân
    # công Phó giám đốc Sở Y tế tiếp công dân định kỳ vào ngày 20 hàng tháng" (Sở Y tế Hà Nam,
    # lịch tiếp công dân): an assignment of persons, no time
    r"|\b(?:tùy\s+)?theo\s+(?:nội\s+dung\s+|sự\s+)?phân\s+công\b"
)
# A school's fixed weekly rest, the two weekend days it swaps for the holiday after it:
# "những trường áp dụng lịch nghỉ cố định vào hai ngày cuối tuần sẽ được hoán đổi ngày làm
# việc để học sinh có kỳ nghỉ Tết Dương lịch kéo dài 4 ngày liên tiếp, từ 1/1 đến hết 4/1"
# (CafeF and VnExpress on Hà Nội's schools, 2025-12-29: za-cafef-, za-vnexpress-ha-noi-doi-
# lich-nghi-tet-duong-lich-2026): which schools, no time of the holiday and no count of its
# days; "hoán đổi ngày làm việc" after it is the swap of a working day that makes the long
# holiday, no working day of the deadline. Only with "cố định" (fixed): "làm việc vào hai ngày cuối tuần" (the weekends within
# the window) stays checked. The two days may be named: "Đối với người lao động có lịch nghỉ
# cố định thứ Bảy và Chủ nhật, kỳ nghỉ này sẽ kéo dài 4 ngày liên tiếp, từ 30/4 đến hết
# 3/5/2026" (Kênh 14 on Giỗ Tổ 2026: u-kenh14), who rests so, as "hai ngày cuối tuần" is
_FIXED_WEEKEND_REST = re.compile(
    r"(?i)\b(?:lịch\s+nghỉ\s+cố\s+định(?:\s+vào)?|cố\s+định\s+nghỉ)"
    r"\s+(?:hai\s+ngày\s+cuối\s+tuần|(?:vào\s+)?thứ\s+bảy\s+và\s+chủ\s+nhật)\b"
    r"(?:\s+sẽ\s+được\s+hoán\s+đổi\s+ngày\s+làm\s+việc\b)?"  # the swap that makes the holiday
)
_NAMES_WITH_TIME_WORDS = re.compile(
    r"(?i)khoảng thời gian|tuần dự phòng|\btháng\s+hành\s+động\b|\bsau\s+đó\b"
    # ... and the other campaign months named as "Tháng hành động" is, the month a campaign is
    # called, no month of the calendar: "Xuyên suốt trong tháng việc làm từ ngày 2 - 30/3 là
    # hoạt động kết nối trực tuyến …" (Vnanet on Huế's job month, 2026; zh-vnanet-hue-thang-
    # viec-lam-2026), "Tháng Thanh niên", "Tháng Nhân đạo", "Tháng Công nhân"; a number or a
    # word of time after the name stays checked; so does the name after "mỗi", "hằng", "hàng"
    # (each month: "Mỗi tháng việc làm …", "Hằng tháng công nhân …") or before a word that
    # tells it past or yearly ("Tháng Nhân đạo vừa qua quyên góp từ ngày 8/5 đến 31/5", the
    # session 64 tester: last year's days, no deadline)
    r"|(?<!mỗi\s)(?<!hằng\s)(?<!hàng\s)(?<!các\s)(?<!\d\s)"
    r"\btháng\s+(?:việc\s+làm|thanh\s+niên|nhân\s+đạo|công\s+nhân)\b"
    r"(?!\s*\d)(?!\s*(?:này|tới|sau|trước|năm|đầu|cuối|giữa|vừa|rồi|qua|đã|kết\s+thúc"
    r"|thường\s+niên|hằng|hàng|mỗi)(?!\w))"
    # a crop's early or late set, the agronomists' names of its sets ("trà sớm, trà chính vụ,
    # trà muộn"; "vụ Mùa sớm, Mùa trung, Mùa muộn"): "Đối với vụ Mùa sớm, thu hoạch trong tháng
    # 9" (Báo Lạng Sơn on the 2021 plan, zv-baolangson-ke-hoach-vu-he-thu-vu-mua), as "Trà
    # muộn: Gieo sạ từ ngày 06/6 …" reads (p-trahiep-quangngai); never a comparison or a bound
    # after it ("vụ Mùa sớm hơn …", "trà sớm nhất …", "sớm 10 ngày"), nor closing the words
    # before the time ("Lúa Xuân muộn đến 10/2/2027": delayed until? the merge's fresh tester)
    r"|\b(?:vụ\s+(?:mùa|xuân|hè\s+thu|thu\s+đông|đông)|trà|lúa\s+(?:mùa|xuân))\s+(?:sớm|muộn)\b"
    r"(?!\s+(?:hơn|nhất|\d))(?=\s*[,:;(]|\s+[^\W\d_])"
    # the new year a show greets: "tổ chức bắn pháo hoa chào đón năm mới" (UBND tỉnh Tây Ninh,
    # 2024), "màn bắn pháo hoa chào năm mới 2026" (24h, 2025): the occasion the night is, no
    # year of the work (a year printed after it stays, checked against the day as any is)
    r"|\bchào\s+(?:đón\s+|mừng\s+)?năm\s+mới\b"
    # ... and the rites and culture of the new year's first days closing the phrase: "Các
    # không gian này mở cửa từ ngày 9-2 đến 8-3, tạo điểm nhấn cảnh quan và không gian sinh
    # hoạt văn hóa đầu năm" (Người Lao Động, 2026: zl-nld), the season the spaces are for; "đầu
    # năm" with a year or anything after it stays a time
    r"|\b(?:văn\s+hóa|nghi\s+lễ)\s+đầu\s+năm[\s.]*$"
    # "theo dõi" (follow, monitor: a verb of the step): "Đảng ủy xã Vĩnh Điều tổ chức điểm cầu
    # trực tuyến theo dõi Hội nghị …" (zg-vinhdieu-angiang), "Các đơn vị theo dõi, báo cáo trước
    # ngày …": no "theo" of a rule or a cadence ("theo quý", "theo quy định" stay checked)
    r"|\btheo\s+dõi\b"
    # "chia theo địa bàn" (divided by area: "Giai đoạn 1 tại 5 khu vực (chia theo địa bàn các
    # tỉnh, thành phố), thi đấu từ ngày 1/4 đến 20/6/2024", Báo Bà Rịa - Vũng Tàu on the Hội
    # khỏe Phù Đổng of 2024; zr-baobariavungtau): how places are grouped, no "theo" of a rule or
    # a cadence; divided by a time ("chia theo quý", "chia theo từng đợt") stays checked
    r"|\bchia\s+theo\s+(?:địa\s+bàn|khu\s+vực|cụm|vùng)\b"
    # the Monday flag salute, a school's weekly assembly, named as a session the work goes
    # through: "Việc phát động sẽ được tổ chức thông qua các buổi sinh hoạt tập thể, chào cờ đầu
    # tuần, triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025" (Vietbao on a Sở
    # GD&ĐT's campaign, 2025: zd-vietbao-so-gddt-phat-dong-phat-am-l-n-2025): which sessions,
    # no time of the work. Only after "buổi", "tiết", "lễ", or listed after another "buổi …"
    # (the sessions of both); "chào cờ đầu tuần" alone, as the step, may be each Monday's
    r"|\b(?:buổi|tiết|lễ)\s+chào\s+cờ\s+đầu\s+tuần\b"
    r"|\bbuổi(?:\s+[^\W\d_]+){1,5}\s*,\s*chào\s+cờ\s+đầu\s+tuần\b"
    # the mid-year financial statements, a report's name: "d) Báo cáo và tóm tắt báo cáo tài
    # chính giữa năm, …; việc công bố phải thực hiện trước ngày 31 tháng 7 hằng năm" (Luật
    # Doanh nghiệp 2020, Điều 109; s-tracuu-luat-doanh-nghiep-dieu-109-cong-bo-thong-tin): the
    # first half of the year it is due in, no year before or after ("báo cáo tài chính năm"
    # stays checked: it may report on the year before)
    r"|(?<=tài\schính\s)giữa\s+năm\b"
    # "theo giá hiện hành", "theo giá so sánh" (at current or constant prices): how a target's
    # GRDP is measured, no time: "Năm 2026, Ban Chấp hành Đảng bộ tỉnh An Giang phấn đấu GRDP
    # theo giá hiện hành đạt 352.035 tỷ đồng" (SGGP, 2026; z-sggp-an-giang-nghi-quyet-nhiem-
    # vu-2026); the base year after "giá so sánh" ("năm 2010") stays checked
    r"|\btheo\s+giá\s+(?:hiện\s+hành|so\s+sánh)\b"
    # "tuần tra" (to patrol), a verb of the step, no week: "… thành lập các tổ tuần tra kết hợp
    # tổng kiểm tra, kiểm soát hành chính ban đêm" (Công an tỉnh Thanh Hóa as Soha prints it,
    # 2025; zr-soha-thanh-hoa-tong-kiem-tra-ban-dem-2025, refused before tune-zr); "tuần" with
    # anything else after it stays a week ("tuần trước", "tuần tới", "tuần thứ 2")
    r"|\btuần\s+tra\b"
    # a canal's stretch below its sluice: "Riêng kênh Tây sau cống điều tiết K13 +072 đến K39
    # mở nước từ ngày 20.4.2020" (Báo Tây Ninh, 2020; zb-baotayninh-mo-nuoc-vu-he-thu-2020):
    # downstream of the regulating sluice, a place, no time after an event
    r"|\b(?:từ\s+)?sau\s+cống\s+điều\s+tiết\b"
    # a share reached over the months gone, in parentheses (its number `_NAMED_NUMBER`'s):
    # "nhiệm vụ đạt thấp (5 tháng đầu năm đạt dưới 40% kế hoạch)" (w-yen-bai-tb-55-2024)
    r"|\(\s*\d{1,2}\s+tháng\s+đầu\s+năm\s+đạt\s+[^()%\d]*\d{1,3}(?:[.,]\d+)?\s*%[^()\d]*\)"
    # "gian hàng", "cửa hàng", "mặt hàng" (stalls, shops, goods): a Tết market "với khoảng 50 gian
    # hàng" (Vnanet, zc-vnanet-cho-tet-cong-doan-ha-noi), no "hàng" of a cadence ("hàng tuần"
    # after it stays checked)
    r"|\b(?:gian|cửa|mặt)\s+hàng\b(?!\s+(?:ngày|tuần|tháng|quý|năm)\b)"
    # "đầu tiên" (the first) of an event or a place, no beginning of a period: "… diễn ra trong
    # hai ngày 22-23/9, tại Học viện Thanh thiếu niên Việt Nam, là đại hội đầu tiên được tổ
    # chức của 6 đảng bộ trực thuộc Trung ương" (Tiền Phong, 2025; zc-tienphong-dai-hoi-dang-
    # bo-mttq-doan-the-tw-2025); "ngày, tuần, đợt đầu tiên" stay checked (a time of their own),
    # and "là tỉnh đầu tiên" ranks a unit by when it finished (`refusals`), refused
    r"|\b(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|sự\s+kiện|lễ\s+hội|cuộc\s+thi|giải\s+đấu|lần)"
    r"\s+đầu\s+tiên\b"
    # ... a place named by the way in ("vào"): "Chương trình Lễ hội đường phố diễn ra ngày 29/11
    # tại Cổng chào vào khu du lịch sinh thái Tràng An" (VnEconomy, 2024; zr-vneconomy-
    # festival-ninh-binh-lan-3-2024), "lối vào", "đường vào": no "vào" of a day (a number or a
    # word of time after it stays checked)
    r"|\b(?:cổng(?:\s+chào)?|lối|đường)\s+vào\b(?!\s*(?:\d|ngày|lúc|dịp|tháng|năm|cuối|đầu|giữa))"
    # ... and goods made from a material: "nhằm tôn vinh cây quế và các sản phẩm từ quế" (Báo
    # Yên Bái, 2016; zt-baoyenbai-chuong-trinh-le-hoi-que-van-yen-2016), no "từ" of a start
    r"|\bsản\s+phẩm\s+(?:làm\s+)?từ\s+(?!\d|ngày|nay|khi|đầu|cuối|giữa|tháng|năm|tuần|quý|lúc|sau|trước)"
    # "sáng sớm" (early morning), a part of the day as "sáng" is: "sáng sớm 17/11, Sở Giáo dục
    # … thông báo …" (za-huengaynay-nghi-hoc-17-11)
    r"|\bsáng\s+sớm\b"
    # ... the holiday's gift, a thing handed out, named by its holiday: "cấp phát quà cho người
    # dân hết ngày 1/9 đảm bảo 100% người dân … được nhận quà Tết Độc lập của Nhà nước" (Báo
    # Thanh Hóa, 2025; zh-baothanhhoa-yen-truong-qua-tet-doc-lap-2025): no Tết of a time (the
    # gift's Tết only: "trước Tết", a year or a day after it stay checked)
    r"|\bquà\s+tết(?:\s+(?:nguyên\s+đán|độc\s+lập))?\b(?!\s*(?:\d|năm|âm|dương))"
    # ... the deposit of an auction, "tiền đặt trước" (money placed before): "Thời gian nộp
    # tiền đặt trước là trong thời hạn 3 ngày làm việc trước ngày mở cuộc đấu giá" (Báo Đấu
    # thầu, Phú Yên 2021; o-baodauthau-phu-yen-dau-gia-xuan-hai-2021), no "trước" of a time
    r"|\btiền\s+đặt\s+trước\b"
    # ... a file not as the rules ask: "trường hợp hồ sơ không đúng theo quy định, phải thông báo
    # … trong thời hạn 02 ngày làm việc, kể từ ngày nhận hồ sơ" (Thông tư 12/2017/TT-BGTVT on
    # driving licences, as Legaltech quotes it; ze-legaltech-doi-giay-phep-lai-xe): no "không"
    # of a time ("không quá", "không muộn hơn" stay checked)
    r"|\bkhông\s+đúng\s+(?:theo\s+)?quy\s+định\b"
    # ... a late step allowed after the first deadline, closed by "nhưng" and its own cap: "công
    # dân được nhận quà sau thời hạn này, nhưng chậm nhất không quá ngày 15/9" (Znews on the
    # 2025 National Day gift; zh-znews-chua-kip-nhan-qua-quoc-khanh-2025): by that day
    r"|\bsau\s+thời\s+hạn\s+(?:này|trên)(?=\s*,\s*nhưng\s*$)"
    # ... early admission, a way of admitting named by the Bộ GD&ĐT's rules: "Trước 17h00 ngày
    # 8/7/2023: Xét tuyển sớm và thông báo kết quả cho thí sinh …" (q-dhktna-bgddt-ke-hoach-
    # tuyen-sinh-2023), no "sớm" of a time ("xét tuyển sớm nhất", "sớm hơn" stay checked)
    r"|\bxét\s+tuyển\s+sớm\b(?!\s+(?:nhất|hơn)\b)"
    # ... the school-opening week named, whose days follow: "Cụ thể, tuần lễ tựu trường đồng
    # loạt ở các cấp học thuộc tỉnh An Giang là từ ngày 29/8 đến 31/8" (lichngaytot, 2022;
    # zl-lichngaytot-lich-tuu-truong-26-tinh-2022-2023)
    r"|\btuần\s+lễ\s+tựu\s+trường\b"
    # ... a tourism week by its name: "tuần du lịch Sắc vàng Tam Cốc - Tràng An dự kiến quý
    # 2/2020" (Ninh Bình's national tourism year; n-ninhbinh-nam-du-lich-quoc-gia-2020)
    r"|\btuần\s+du\s+lịch(?=\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]))"
    # ... the cohorts up to one, "khóa 61 trở về trước" (and all before it): "Gia hạn thời hạn
    # đăng ký học cho sinh viên hệ chính quy từ khóa 61 trở về trước đến ngày 20/9/2021" (Trường
    # Đại học Vinh, 2021; z-vinhuni-gia-han-dang-ky-hoc-hoc-phi-2021): which students
    r"|(?<=\d)\s+trở\s+về\s+trước\b"
    # ... and a cohort's code, "từ K25 về trước" (K25 and those before it: zv-duytan-dang-ky-
    # tin-chi-hk1-2022-2023), "trở" left out; after a bare number it stays checked ("30 về
    # trước"). Only after "từ", and before a comma or the cohorts' step ("bắt đầu đăng ký"):
    # "Sinh viên K27 về trước đợt nhập học từ ngày 09/08/2026" (come back before the intake,
    # the session 64 tester) tells a return before an event, no cohorts
    r"|(?<=từ\s(?-i:K)\d\d)\s+về\s+trước\b"
    r"(?=\s*[,;:]|\s+(?:bắt\s+đầu|đăng\s+ký|nộp|hoàn\s+thành|thực\s+hiện|tham\s+gia|được|phải|sẽ)"
    r"(?!\w))"
    # "hoạt động giáo dục ngoài giờ chính khoá" (extracurricular activities: Sở GD&ĐT Khánh
    # Hòa, CV 381/2020, zm-gdtx-nha-trang), "ngoài giờ lên lớp": a kind of activity, no hour
    r"|\bngoài\s+giờ\s+(?:chính\s+khóa|chính\s+khoá|lên\s+lớp)\b"
    # ... where a file goes, by whom it is sent: "gửi về sở, ngành hoặc UBND huyện … (tùy theo
    # địa phương hoặc ngành đã ứng dụng kết quả của công trình)" (UBND tỉnh Thanh Hóa, 2023,
    # zk-vietnam-vn-giai-thuong-khcn-thanh-hoa-2023); "đi đầu" (to lead), no "đầu" of a period
    # (zk-tuoitrethudo-hai-duong); never "tùy theo tình hình" (the day may move)
    r"|\btùy\s+theo\s+(?=(?:địa\s+phương|ngành|đơn\s+vị|cơ\s+quan)\b)"
    r"|\bđi\s+đầu\b"
    # "Triển lãm Đạo học ngàn năm tại Văn Miếu - Quốc Tử Giám diễn ra xuyên tết (từ 30.12.2025
    # đến hết 22.3.2026)" (Thanh Niên, 2026): a thousand years, a count in words of an age, no
    # year of the deadline (a year's number after it stays checked)
    r"|\b(?:ngàn|nghìn)\s+năm\b(?!\s*\d)"
    # ... and the drafting's "hereinafter", a name given: "Ủy ban nhân dân các tỉnh, thành phố
    # trực thuộc Trung ương (sau đây gọi chung là địa phương)" (Bộ Nội vụ, CV 5673/BNV-ĐT 2023,
    # zk-hethongphapluat-cv-5673-bnv-dao-tao-2024): no "sau" (after) of a time
    r"|\(\s*sau\s+đây\s+gọi\s+(?:chung\s+|tắt\s+)?là\s+[^()\d]*\)"
    # ... and the year's religious activities a place registers, the law's name for them
    # (Luật Tín ngưỡng, tôn giáo 2016, Điều 12): "gửi văn bản đăng ký hoạt động tín ngưỡng hằng
    # năm chậm nhất là 30 ngày trước ngày cơ sở tín ngưỡng bắt đầu hoạt động tín ngưỡng" (UBND
    # xã Quảng Thọ, Huế, zk-quangtho-hue-dang-ky-hoat-dong-tin-nguong): which activities
    r"|\bhoạt\s+động\s+tín\s+ngưỡng\s+h[ằà]ng\s+năm\b(?!\s*\d)"
    # ... a file or a case not complete, not valid, not qualified, the case the time is for:
    # "Trường hợp hồ sơ không đầy đủ, hợp lệ, trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ
    # sơ, …" (Bến Tre, zk-ttkhcn-bentre-dang-ky-ket-qua-nhiem-vu-khcn), "- Trường hợp không đủ
    # điều kiện khen thưởng: Trong thời hạn 05 ngày làm việc …" (phường 7 Tân Bình,
    # zk-phuong7-tanbinh): no "không" (not) of the time
    r"|\bkhông\s+(?:đầy\s+đủ|đủ\s+điều\s+kiện|hợp\s+lệ)\b"
    # ... and the texts a decision repeals, told unfit, the reason for it: "45 văn bản quy phạm
    # pháp luật … không còn phù hợp với quy định của pháp luật … sẽ bị bãi bỏ kể từ ngày
    # 04/5/2023" (Kon Tum, QĐ 19/2023: zq-ipckontum-qd-19-2023-bai-bo-van-ban, tune-zq)
    r"|\bkhông\s+còn\s+phù\s+hợp\b"
    # ... and a way of doing no longer used from the day a rule starts: "Theo Nghị quyết
    # 198/2025/QH15, từ ngày 01/01/2026, hộ kinh doanh, cá nhân kinh doanh không còn áp dụng
    # phương pháp khoán thuế" (LuatVietnam, 2025: zq-luatvietnam-thue-ho-kinh-doanh-tu-2026,
    # refused before tune-zq); the change is the start's (a text "không còn hiệu lực" ends,
    # `periods`, and stays its own word)
    r"|\bkhông\s+còn\s+áp\s+dụng\b"
    # ... and the things a rule leaves out, in parentheses: "đối với xe khách dưới 8 chỗ, xe
    # tải (trừ xe đầu kéo) và xe vận tải nội bộ sẽ chính thức có hiệu lực từ ngày 1.1.2028"
    # (Thanh Niên, 2026: zq-thanhnien-quy-dinh-camera-xe-dich-vu-2026); never days or times
    # left out ("(trừ ngày nghỉ theo quy định)", "(trừ thứ Bảy, Chủ nhật)" stay words of time)
    r"|\(\s*trừ\s+(?:(?!\b(?:ngày|thứ|chủ|lễ|tết|tháng|tuần|năm|quý|giờ|buổi|nghỉ|đợt|kỳ)\b)"
    r"[^()\d])+\)"
    # ... the sittings a session lasts, counted ("trong thời gian 01 buổi": `_NAMED_NUMBER`)
    r"|(?<![\d/.-])\d{1,2}\s+buổi\b(?!\s+(?:sáng|chiều|tối|trưa|ngày)\b)"
    # a paper or a contract that runs without end, a kind of it: "Đối với các loại giấy phép
    # lái xe không thời hạn (các hạng A1, A2, A3) được thực hiện trước ngày 31/12/2020" (Báo
    # Tin tức, 2015), "hợp đồng lao động không xác định thời hạn" (Bộ luật Lao động 2019,
    # Điều 20): which papers, no "không" of a time
    r"|\b(?:không|vô)\s+(?:xác\s+định\s+)?thời\s+hạn\b(?!\s*\d)"
    # "bao gói thuốc bảo vệ thực vật sau sử dụng" (used packaging: Thông tư liên tịch
    # 05/2016/TTLT-BNNPTNT-BTNMT's name for it, in every plan that carries it out, as Đồng
    # Tháp's KH 160 and Tri Tôn's of 2023): no "sau" (after) of a time
    r"|\bsau\s+sử\s+dụng\b(?!\s*\d)"
    # ... and the units as they stand after the 2025 merger, "sau sắp xếp" (post-merger, an
    # attribute: Nghị quyết 76/2025/UBTVQH15 on reorganising the units): "Trước 30/7: Bộ Nội
    # vụ phải hoàn thành nghị định quy định chế độ tiền lương … cho đội ngũ cán bộ cấp xã sau
    # sắp xếp", "Trước 25/4: Bộ Xây dựng ban hành hướng dẫn … bố trí trụ sở làm việc cho các
    # cơ quan hành chính sau sắp xếp" (the 2025 timetable, zd-realtier-ke-hoach-sap-xep-dvhc-
    # moc-thoi-gian-2025); never "sau khi sắp xếp" (once done: a time), nor with a number
    # ... and a time as adjusted, "sau điều chỉnh" (the new one, convention 2: "Theo kế hoạch,
    # thời gian tổ chức Festival sau điều chỉnh sẽ diễn ra từ ngày 19 -21/9/2025", VietnamPlus,
    # zk-vietnamplus-dieu-chinh-festival-tinh-hoa-tay-bac-2025); "sau khi điều chỉnh" is a time
    r"|\bsau\s+(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất|điều\s+chỉnh)\b(?!\s*\d)"
    # ... and the National Tourism Year, an occasion's name: "lễ khai mạc Năm Du lịch quốc gia
    # kết hợp khai mạc Festival Huế, diễn ra vào cuối tháng 3 năm 2025" (Báo Mới, zk-baomoi-nam-
    # du-lich-quoc-gia-hue-2025): no "năm" (year) of a time
    r"|\bNăm\s+Du\s+lịch\s+quốc\s+gia\b"
    # ... and "không khí" (air, the mood), "không gian" (space): no "không" (not) of a bound:
    # "phong trào thi đua được tổ chức từ năm 2024 đến hết năm 2025 nhằm tạo không khí thi
    # đua sôi nổi" (UBND tỉnh Bắc Ninh, 2024; zd-suckhoemoitruong-bac-ninh-thi-dua-chuyen-doi-
    # so-2024); never the weather's "không khí lạnh" (cold air), a forecast
    r"|\bkhông\s+(?:khí(?!\s+lạnh)|gian)\b"
    # ... and "không lưu" (air traffic): "Đài kiểm soát không lưu hoàn thiện tháng 2/2026"
    # (Long Thành's milestones, Tân Sơn Nhất Cargo; zj- of the corpus)
    r"|\bkhông\s+lưu\b"
    # ... and "không ngừng" (ceaselessly): "Tỉnh đang nỗ lực phấn đấu không ngừng để đưa Hà Giang
    # đến năm 2030 là tỉnh có kinh tế, xã hội phát triển khá …" (Báo Hà Giang, 2021; zk-baohagiang-
    # ky-niem-130-nam-thanh-lap-tinh-2021): how hard, no "không" of a bound
    r"|\bkhông\s+ngừng\b"
    # ... and "không thể thiếu" (indispensable), who must take part: "… với thành phần tham gia
    # đa dạng hơn mọi năm gồm: …, doanh nghiệp … và đặc biệt nhất không thể thiếu cộng đồng
    # nông dân trồng dừa tại tỉnh Bến Tre" (Du lịch Việt Nam on the 2019 coconut festival;
    # m-dulichvn-ben-tre-le-hoi-dua-2019): no "không" (not) of a time
    r"|\bkhông\s+thể\s+thiếu\b"
    # ... and "hơn mọi năm" (than in other years), a comparison of what the event holds, as
    # "sớm hơn các khối khác" is (`_THAN_THE_OTHERS`); never with a number after it
    r"|\bhơn\s+mọi\s+năm\b(?!\s*\d)"
    # ... and "sớm hoàn thành" (to finish soon), an adverb before the verb, never a bound:
    # "… đang được thi công đẩy nhanh tiến độ để sớm hoàn thành công trình, phục vụ người dân
    # vào năm 2026" (Báo Tin tức, 2024; zj- of the corpus); "sớm nhất", "sớm hơn" stay words
    # of time, and so does "sớm" before any other verb ("sớm triển khai … giai đoạn …")
    r"|\bsớm\s+(?=hoàn\s+thành\b)"
    # ... and a disease named "không lây nhiễm" (non-communicable), found or treated early
    # ("phát hiện sớm", the health sector's term for screening): "Sở Y tế TPHCM vừa ban hành kế
    # hoạch triển khai hoạt động khám sức khỏe, phát hiện sớm bệnh không lây nhiễm ở người cao
    # tuổi đến cuối năm 2025" (SGGP, 2025), "… tầm soát bệnh không lây nhiễm cho hơn 300 người
    # cao tuổi" (SGGP, 2025; zh- of the corpus): which disease and how it is found, no "không"
    # (not) or "sớm" (early) of the day; "sớm nhất", "sớm hơn" stay bounds
    r"|\bbệnh\s+không\s+lây(?:\s+nhiễm)?\b"
    # ... and the periodic health check, a kind of check (Luật An toàn, vệ sinh lao động 2015,
    # Điều 21: "khám sức khỏe định kỳ"), or its screening beside it, as Nghị quyết 72-NQ/TW of
    # 2025 words it: "Người dân được khám sức khỏe định kỳ hoặc sàng lọc miễn phí ít nhất 1
    # lần/năm" (Báo Ngày Nay, 2025): which check, no cadence (the one after it is read) nor
    # a "hoặc" between two times; a number after it stays one
    r"|\bkhám\s+(?:sức\s+khỏe\s+)?định\s+kỳ(?:\s+hoặc\s+(?:khám\s+)?sàng\s+lọc)?\b(?!\s*\d)"
    r"|\b(?:phát\s+hiện|chẩn\s+đoán|can\s+thiệp|điều\s+trị)\s+sớm\b(?!\s+(?:nhất|hơn)\b)"
    # an age in months: "Trẻ em từ 6- 36 tháng tuổi uống vitamin A đợt 2" (Báo Vĩnh Long,
    # 2020), "trẻ từ 6 - 36 tháng tuổi" (the vitamin A campaigns' ages): no month of the year
    r"|\btháng\s+tuổi\b"
    # ... and an age in years, its "năm" the number five: "miễn học phí đối với giáo dục mầm
    # non cho trẻ năm tuổi" (Luật Giáo dục 2019, Điều 99, and the roadmaps after it: PLO,
    # w-press-plo-lo-trinh-mien-hoc-phi-thcs), "trẻ em dưới năm tuổi": no year
    r"|\bnăm\s+tuổi\b"
    # Tết named as the occasion a work is for, "triển khai kế hoạch bảo đảm an toàn thực phẩm
    # Tết Nguyên đán và Lễ hội Xuân 2026" (Ban Chỉ đạo liên ngành Trung ương, 30/12/2025 -
    # 25/3/2026; zi-nhandan-attp-tet-binh-ngo): no time after or before it ("trước Tết",
    # "sau Tết", "nghỉ Tết" stay times); its year is checked by the caller, its lunar year
    # against the days read (`lunar.year_names_agree`)
    r"|(?<!trước )(?<!sau )(?<!đến )(?<!tới )(?<!từ )(?<!hết )(?<!nghỉ )(?<!ăn )"
    r"\b(?:tết\s+(?:nguyên\s+đán|dương\s+lịch)|(?:lễ\s+hội\s+)?xuân(?=\s+\d{4}\b))"
    r"(?:\s+(?:và|,)\s+(?:lễ\s+hội\s+)?xuân(?=\s+\d{4}\b))?"
    # ... and Tết or spring welcomed, in a clause of purpose: "giữ gìn an ninh trật tự, an
    # toàn xã hội để nhân dân đón Tết, vui Xuân" (Công an tỉnh Lạng Sơn's campaign
    # 15/12/2025-16/3/2026, zi-vietnamplus-ra-quan-lang-son-dong-thap-hue-2025); never a
    # season told ("… là thời điểm nhân dân vui xuân, đón tết", zi-congan-hung-yen)
    r"|\b(?:để|nhằm|cho)\s+(?:[^\W\d]+\s+){0,5}?"
    r"(?:(?:đón|vui|mừng)\s+(?:tết|xuân)\b(?!\s*\d)(?:\s*,\s*|\s+và\s+)?){1,2}"
    # ... and that occasion said again, "các nhóm thực phẩm tiêu thụ nhiều dịp này" (the
    # same phrase): the time already read, no other
    r"|\bdịp\s+(?:này|đó)\b(?!\s*\d)"
    # ... printed "Tháng hàng động vì trẻ em năm 2023" (Công văn 1088/2023, as copied): the
    # same name with its typo, only before "vì" ("hàng" is also "hằng", each)
    r"|\btháng\s+hàng\s+động\s+(?=vì\b)"
    # the other campaign months named so: "kế hoạch hành động tháng an toàn giao thông" (Ủy
    # ban An toàn giao thông quốc gia), "Tháng Thanh niên", "Tháng Công nhân"
    r"|\btháng\s+(?:an\s+toàn\s+giao\s+thông|thanh\s+niên|công\s+nhân)\b"
    # ... and the livestock sector's "Tháng tổng vệ sinh, khử trùng, tiêu độc môi trường" (the
    # Bộ NN&PTNT's campaign, in rounds each year: UBND tỉnh Ninh Thuận 2019, Bắc Ninh CV
    # 1787/2026, Đà Nẵng 2025), "Tháng vệ sinh, tiêu độc khử trùng"
    r"|\btháng\s+(?:tổng\s+)?vệ\s+sinh\b"
    # ... and the poor's, named for its cause: "Tháng cao điểm “Vì người nghèo”" (MTTQ,
    # 17/10 - 18/11 each year: Xuân Mai, Hà Nội 2025; Thái Nguyên 2011); the revolution of
    # August 1945, "Kỷ niệm Cách mạng tháng Tám: Treo cờ …" (Thạnh Phước, Vĩnh Long 2022)
    r"|\btháng\s+cao\s+điểm\s+(?=[“\"]?\s*vì\b)|\bcách\s+mạng\s+tháng\s+tám\b"
    # ... with its year, which the caller checks is the day's ("triệu tập kỳ họp cuối năm 2020
    # HĐND tỉnh", Báo An Giang 2020); the session itself, "kỳ họp", no period (a word of time
    # beside it, "kỳ họp tới", "trước kỳ họp", stays one)
    r"|\bkỳ\s+họp\s+(?:thường\s+lệ\s+)?(?:giữa|cuối)\s+năm\b(?:\s+\d{4}\b)?(?!\s*\d)"
    r"(?!\s+(?:tới|sau|trước|kế|tiếp|qua|ngoái)\b)"  # "Kỳ họp cuối năm tới": another year's
    r"|\bkỳ\s+họp\b"
    # ... and the deputies' meetings with voters before and after each session, one duty named
    # so (Luật Tổ chức Quốc hội 2014, Điều 28; Luật Tổ chức chính quyền địa phương 2015, Điều
    # 94: "tiếp xúc cử tri trước và sau mỗi kỳ họp"): "Từ ngày 03 - 14/6: Đại biểu HĐND tỉnh
    # TXCT trước Kỳ họp thứ 7" (HĐND tỉnh Kon Tum, 2024), "Về tiếp xúc cử tri sau Kỳ họp thứ
    # 16, dự kiến tổ chức từ ngày …" (Báo Thái Nguyên, 2023): which meetings, no time
    r"|(?:\btiếp\s+xúc\s+(?:với\s+)?cử\s+tri|\bTXCT)\b(?:\s*\([^()\d]*\))?"
    r"[^\d,;:()]{0,60}?\s(?:trước|sau)(?:\s+và\s+sau)?(?=\s+(?:các\s+|mỗi\s+)?kỳ\s+họp\b)"
    # ... and what the voters say at those meetings, named by them (the same Điều 94: "ý kiến,
    # kiến nghị của cử tri"): "tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp, gửi về
    # Thường trực HĐND huyện … trước ngày 27/11/2021" (HĐND huyện Phú Lộc, 2021; zt-phuloc-
    # hdnd-huyen-ke-hoach-tiep-xuc-cu-tri-ky-hop-3-2021): whose opinions, no time. Only with
    # the session closed by its comma or semicolon: a day or a count after "kỳ họp" may be the
    # session's, the work due before it ("… trước kỳ họp ngày 5/12", "… trước kỳ họp 10 ngày")
    r"|\b(?:ý\s+kiến|kiến\s+nghị)(?:\s*(?:,|và)\s*(?:ý\s+kiến|kiến\s+nghị))?\s+(?:của\s+)?"
    r"cử\s+tri\s+(?:trước|sau)(?:\s+và\s+sau)?(?=\s+(?:các\s+|mỗi\s+)?kỳ\s+họp\s*[,;])"
    # ... and a term named after its years, "Đại hội chi Hội nhiệm kỳ 2023 - 2028" (Hội Nông
    # dân Tháp Mười, 2023): whose congress, never a time beside the one read (the lead's
    # convention 5: a real date beside a term keeps the date's reading)
    r"|\bnhiệm\s+kỳ\b(?=\s*\(?\s*\d{4}\s*[–—-]\s*\d{4}\b)"
    r"|\bhọc\s+tập\s+và\s+làm\s+theo\s+(?:tư\s+tưởng|tấm\s+gương)\b"
    # ... and the movement "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại" (launched
    # 1960, carried on by the sports plans of every province: Sở VHTTDL Đồng Tháp, 2021): its
    # name, no "theo" of a rule
    r"|\brèn\s+luyện\s+thân\s+thể\s+theo\s+gương\s+bác\s+hồ\b"
    # "Tuần văn hóa - du lịch Đất Tổ" (UBND tỉnh Phú Thọ): a festival named a week
    r"|\btuần\s+văn\s+h(?:óa|oá)\b"
    # the honorific "Quý" (esteemed) before whom a letter addresses: "Ý kiến của Quý cơ quan
    # đề nghị gửi về Bộ …" (Bộ KH&CN, 2021), "Quý đơn vị", "Quý Bộ", "Quý vị": no quarter,
    # which a numeral or "này", "tới" follows
    r"|\bquý\s+(?=(?:cơ\s+quan|đơn\s+vị|vị|bộ|ông|bà|địa\s+phương|tổ\s+chức|doanh\s+nghiệp"
    r"|bạn|độc\s+giả|thầy|khách|sở|ủy\s+ban|ubnd|ban|cục|viện|trường)(?!\w*\s+\d))"
    # "kèm theo bản điện tử" (attached: Bộ KH&CN, 2018), "gửi kèm theo": no "theo" of a rule
    r"|\bkèm\s+theo\b"
    # "chuẩn bị từ sớm, từ xa cho kỳ họp …" (early and from afar, an idiom: Báo Thanh Niên,
    # 2026, on the National Assembly's first session)
    r"|\btừ\s+sớm\s*,\s*từ\s+xa\b"
    # "gửi về Bộ … trước ngày 30 tháng 8 năm 2009 theo địa chỉ: Tổng cục Biển …" (Bộ TN&MT,
    # 2009; "theo địachỉ:" as a copy runs it together): where to, never "theo" a rule
    r"|\btheo\s+địa\s*chỉ\b"
    # a direction: "tuyến bờ nam Chắc Cà Đao" (UBND xã Vĩnh Thành, 2025), "phía nam": the south,
    # no "năm" (a year)
    r"|\b(?:bờ|phía|hướng|miền|vùng|cửa|mạn)\s+nam\b(?!\s*\d)"
    # "đề xuất, kiến nghị (nếu có)" (Quyết định 2330/QĐ-TTg, 2025): if there are any, of a
    # thing sent, no condition on the day
    r"|\(\s*nếu\s+có\s*\)"
    # "Từ ngày 10/7 đến 17h00 ngày 30/7/2023: Đăng ký, điều chỉnh nguyện vọng xét tuyển
    # (không giới hạn số lần) trong thời gian quy định" (Bộ GD&ĐT's admission timetable, as
    # the universities print it): as many times as one likes, inside the span; no "không" of
    # the day, no "lần" (a round) of another
    r"|\bkhông\s+giới\s+hạn\s+số\s+lần\b"
    # the batches of a sowing calendar: "Trà sớm", "Trà muộn: Gieo sạ từ ngày 06/6 đến
    # 10/6/2023 …" (Trà Hiệp, Quảng Ngãi 2023): the early and the late crop, whose own days follow
    # ... named with their season too: "Nông dân nên gieo trà xuân muộn từ ngày 1 - 10.2, …"
    # (Báo Hải Dương, 01/2022, the Sở NN&PTNT's advice: zb-baohaiduong-khong-gieo-ma-xuan-muon-
    # truoc-31-1-2022), "trà mùa sớm": the late spring crop, a batch; no "muộn" of a time
    # (never "muộn hơn", "sớm hơn": later, earlier than some other time)
    r"|\btrà\s+(?:(?:xuân|mùa|hè\s+thu|thu\s+đông)\s+)?(?:sớm|muộn|chính\s+vụ)\b(?!\s+hơn\b)"
    # "lưu thông trong khung giờ cấm … đến hết ngày 31/12/2024" (Báo Bình Dương, 2024): the
    # hours of a day a rule covers, named; no hour of the deadline (one written is a number)
    r"|\bkhung\s+giờ\b"
    # an estimate of a count of people or things, not of a time: "có khoảng 50 đội ghe …
    # tham dự" (Sóc Trăng, 2012); the count itself is checked (`_NAMED_NUMBER`)
    # ... and of the firms and workers a job fair gathers: "khoảng 15-20 doanh nghiệp, nhu cầu
    # tuyển trên 10.000 lao động" (Nghệ An 24h, 2026)
    r"|\b(?:khoảng|gần|hơn|trên)(?=\s+\d[\d.]*(?:\s*[–—-]\s*\d[\d.]*)?\s+(?:đội|người"
    r"|đại\s+biểu|vận\s+động\s+viên|hộ|học\s+sinh|thí\s+sinh|khách|gian\s+hàng|tác\s+phẩm|đoàn"
    r"|ha|héc\s+ta|tấn|doanh\s+nghiệp|lao\s+động)\b)"
    # "học sinh các cấp học đến trường vệ sinh trường lớp" (Tiền Giang, 2014): to school, no
    # "đến" (until)
    r"|\bđến\s+trường\b(?!\s+hợp)"
    # "đội ghe nam, nữ" (men's and women's teams): no "năm" (a year)
    r"|\bnam\s*(?:,|và|/)\s*nữ\b"
    # "vùng sản xuất lúa 3 vụ/năm" (three crops a year: the zone's name, `_NAMED_NUMBER`)
    r"|\bsản\s+xuất\s+(?:lúa\s+)?\d{1,2}\s+vụ\s*/\s*năm\b"
    # "đưa Cảng hàng không Quảng Trị vào khai thác …" (Báo Quảng Trị, 2026): aviation, no
    # "không" (not); only after the noun it names ("mặt hàng không được …" is a "not")
    r"|\b(?:cảng|cục|ngành|an\s+ninh|dịch\s+vụ|công\s+ty|hãng)\s+hàng\s+không\b"
    # "tại Quảng trường Đông Kinh Nghĩa Thục và không gian phố đi bộ Hồ Hoàn Kiếm" (VietNamNet,
    # 2025): a space, a place; no "không" (not). Only as the noun, after a word that joins it
    # or before the place it names ("không gian phố", "không gian văn hóa")
    r"|(?:(?<=và\s)|(?<=tại\s)|(?<=các\s))không\s+gian\b"
    r"|\bkhông\s+gian(?=\s+(?:phố|văn\s+hóa|công\s+cộng|sáng\s+tạo|trưng\s+bày|xanh)\b)"
    # a congress by its roman ordinal: "Đại hội đại biểu MTTQ Việt Nam tỉnh Bình Dương lần
    # IX" (Bình Dương, 2019): its name, no "lần" (a time) of the deadline
    r"|\blần\s+(?:thứ\s+)?(?-i:[IVXL]+)\b"
    # ... and the round of an act, its number alone in parentheses: "Ủy ban Thường vụ Quốc hội
    # sẽ cho ý kiến (lần 2) về việc chuẩn bị Kỳ họp thứ nhất" (Báo Hà Tĩnh, 2026; zk-baohatinh):
    # which time the act is, no time of it ("2 lần", a count, and "lần thứ 2", a weekday's
    # "thứ 2" too, stay words of time)
    r"|\(\s*lần\s+\d{1,2}\s*\)"
    # the ground and the wait a task is set on, inside the step: "Giao UBND huyện Vĩnh Linh
    # căn cứ kết quả giám định … để xem xét, xử lý …" (UBND tỉnh Quảng Trị, CV 1287/2024),
    # "trong lúc chờ đợi ý kiến của Bộ Giao thông vận tải, UBND tỉnh yêu cầu …" (TB 239/2023):
    # on what, while what; a day or a count after them is still checked
    r"|\bcăn\s+cứ\s+(?:vào\s+)?(?=(?:kết\s+quả|tình\s+hình|nội\s+dung|ý\s+kiến|đề\s+nghị"
    r"|chức\s+năng|nhiệm\s+vụ|hồ\s+sơ|thực\s+tế|điều\s+kiện"
    # ... or on the needs: "Tuy nhiên, căn cứ vào nhu cầu và tình hình thực tế, Luật đất đai
    # 2024 sẽ có hiệu lực … từ ngày 01/7/2024" (zj-luattoanquoc-luat-dat-dai-2024-hieu-luc-som)
    r"|nhu\s+cầu)\b)"
    r"|\btrong\s+(?:lúc|khi|thời\s+gian)\s+chờ(?:\s+đợi)?\b"
    # "HĐND tỉnh … tổ chức Kỳ họp thứ 20 … thông qua một số nội dung theo thẩm quyền" (Báo
    # Quảng Nam, 2024), "trả lời kiến nghị của các hộ dân theo thẩm quyền" (UBND tỉnh Quảng
    # Trị, 2024): by its competence, no time
    r"|\btheo\s+(?:đúng\s+)?thẩm\s+quyền\b"
    # "tiếp công dân định kỳ" (Luật Tiếp công dân 2013, Điều 12, 13: the chairman's own
    # reception days, beside "đột xuất"): the kind of reception, not a cadence of the day
    # after it ("Bí thư Tỉnh ủy tiếp dân định kỳ vào ngày 15/8", "Lịch tiếp công dân định kỳ
    # 6 tháng đầu năm 2020"); its cadence, if any, is said with the day ("hàng tháng")
    # ... also beside the everyday kind, both named: "Tiếp tục tiếp công dân thường xuyên, định
    # kỳ tại Trụ sở tiếp công dân huyện, cấp xã từ ngày 22/11/2021" (UBND huyện Lý Nhân, Hà
    # Nam, 2021; y-ha-nam-ly-nhan-tiep-cong-dan-2021)
    r"|\btiếp\s+(?:công\s+)?dân\s+(?:thường\s+xuyên\s*(?:,|và)\s*)?định\s+kỳ\b"
    # "Thời gian gửi báo cáo về Bộ Tư pháp cụ thể như sau: (i) …" (Bộ Tư pháp, 2020): "as
    # follows", a list's lead-in before its colon, no "sau" (after)
    r"|\bnhư\s+sau\s*:"
    # ... a commune free of drugs, the campaign's name for the place: "TRIỂN KHAI XÂY DỰNG XÃ,
    # PHƯỜNG KHÔNG MA TÚY TRÊN ĐỊA BÀN TỈNH NGHỆ AN GIAI ĐOẠN 2025 - 2030" (UBND tỉnh Nghệ An,
    # KH 695/2025; r-nghe-an-kh-695-xa-phuong-khong-ma-tuy-2025): what is built, no "không" of
    # a bound ("không quá", "không muộn hơn" stay checked)
    r"|\bkhông\s+ma\s+t(?:úy|uý)\b"
    # ... the candidates who did not take a course, a row of an admissions table beside "thí
    # sinh học OTTA": "– Đối với thí sinh không học BSKT: Đến 22/09/2020" (Khoa Kỹ thuật Y sinh,
    # ĐH Quốc tế, 2020; zq-bme-hcmiu-moc-tuyen-sinh-sau-dai-hoc-2020): who, never when
    r"|\bthí\s+sinh\s+không\s+học\b"
    # ... "theo sát" (to follow closely, as "theo dõi" is a verb): "Bắc Ninh & Đồng Nai theo sát
    # ngay sau đó vào các ngày 26/5 - 29/5/2026" (24h on the 2026 grade-10 exams; zh-24h-dia-
    # phuong-thi-lop-10-som-nhat-2026): the order of the provinces, the days written after "vào"
    r"|\btheo\s+sát\b"
    # ... a grade left out, between commas: "Các cấp học mầm non, phổ thông và giáo dục thường
    # xuyên, trừ lớp 1, sẽ tổ chức tựu trường sớm nhất vào ngày 1/9/2021" (UBND tỉnh Hưng Yên,
    # khung kế hoạch năm học 2021-2022; n-hungyen-khung-nam-hoc-2021-2022): which pupils, no
    # day taken out ("trừ ngày lễ", "trừ thứ Bảy" stay checked)
    r"|(?<=,)\s*trừ\s+(?:các\s+)?(?:lớp|khối)\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*\s*(?=,)"
    # ... the ground a task is set on, the text at hand ("này": this one, no day of its own):
    # "… chỉ đạo đảng uỷ xã, phường, đặc khu căn cứ Quy chế làm việc mẫu này chỉ đạo, hướng dẫn
    # chi bộ … (trước ngày 30/9/2025)" (CafeF on QĐ 363-QĐ/TW, 2025; zc-cafef-qd-363-quy-che-
    # chi-bo-xa-phuong-2025); a text cited by its number or day stays checked
    r"|\bcăn\s+cứ\s+(?:vào\s+)?(?=(?:quy\s+chế|quy\s+định|hướng\s+dẫn|kế\s+hoạch|quyết\s+định"
    r"|văn\s+bản)(?:\s+[^\W\d_]+){0,4}?\s+này\b)"
    # ... a span told longer than in the years before, closed by its comma before the days
    # printed: "… thời gian tổ chức lễ dâng hương của các xã, phường được kéo dài hơn so với
    # trước, diễn ra từ ngày 7–21/4 (tức 20/2–5/3 âm lịch)" (Tiền Phong, 2026; x-tienphong-le-
    # hoi-den-hung-2026): how long against other years, the days are those written
    r"|\bkéo\s+dài\s+hơn\s+so\s+với\s+(?:trước|mọi\s+năm|các\s+năm\s+trước)\s*(?=,)"
    # ... the early return of the first grade, the step's name (as "xét tuyển sớm"): "Riêng học
    # sinh lớp 1, tựu trường sớm ngày 22/8 (trước khai giảng 2 tuần)" (Dân trí on Bạc Liêu's
    # 2022-2023 school year; y-dantri-bac-lieu-nam-hoc-2022-2023); only closing the label, right
    # before its day: "sớm nhất", "sớm hơn" (a start, a comparison), typed bare too ("sớm
    # nhat"), stay checked
    r"|\btựu\s+trường\s+sớm\s*$"
    rf"|{_ALL_WEEK}"
)


# A text's own passing day, in its closing line before "và" and the day it takes effect: "Nghị
# quyết này đã được Hội đồng nhân dân tỉnh Bình Phước khóa IX, kỳ họp thứ nhất thông qua ngày
# 01 tháng 7 năm 2016 và có hiệu lực từ ngày 11 tháng 7 năm 2016./." (HĐND tỉnh Bình Phước,
# NQ 07/2016; r-binh-phuoc-nq-07-2016-von-dau-tu): the day it was passed, told done, as the
# signing line's day is; the day in force is the bound read, on or after it and with its year
# (`refusals.refuse_in_force_unlike_passing`, which reads the passing day from this pattern).
# Only the text itself ("… này") with its passing day written whole: another text passed and
# in force ("Luật Thanh tra được Quốc hội … thông qua ngày …; … Luật có hiệu lực kể từ ngày
# …"), a retold passing, stays a number. Folded; no named groups (it joins `_NAMED_NUMBER`).
OWN_PASSING = (
    r"(?<![a-z])(?:nghi\s+quyet|quyet\s+dinh|luat|phap\s+lenh)\s+nay\s+(?:da\s+)?duoc\s"
    r"[^.;:]{0,200}?\bthong\s+qua\s+(?:vao\s+)?ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
)
_OWN_PASSING_CLOSING = re.compile(rf"{OWN_PASSING}(?=\s+va\s*\Z)", re.ASCII)


def _without_names(text: str) -> str:
    """`text` with the names that hold a word of time but move no day blanked: an
    anniversary (`_ANNIVERSARY`), the hours of each day before a window
    (`_DAILY_HOURS_FIRST`), a text's own passing day (`OWN_PASSING`), the names of
    `_NAMES_WITH_TIME_WORDS`."""
    text = _blanked(nfc(text), _ANNIVERSARY)
    text = _blanked(text, _DAILY_HOURS_FIRST)  # "từ 05h00 đến 22h00 hàng ngày,"
    text = _blanked(text, _OWN_PASSING_CLOSING)  # "… thông qua ngày 01 tháng 7 năm 2016 và"
    return _NAMES_WITH_TIME_WORDS.sub(" ", _without_own_glosses(text))


def _without_own_glosses(text: str) -> str:
    """`text` with each lunar occasion's own day in parentheses after its name blanked, the
    name with it (`lunar.OCCASION_OWN_GLOSS`: "Giỗ tổ Hùng Vương (10 tháng 3 ÂL)")."""
    return _blanked(nfc(text), OCCASION_OWN_GLOSS)


def _blanked(text: str, pattern: re.Pattern[str]) -> str:
    """`text` with each match of `pattern` in its lower-case `fold` blanked, its length kept
    (`fold` keeps one character for one)."""
    for said in pattern.finditer(fold(text).lower()):
        text = text[: said.start()] + " " * (said.end() - said.start()) + text[said.end() :]
    return text


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
# the plan's own schedule, and stays refused. Set apart by commas on both sides it is an
# aside: "Thông báo cho biết, theo kế hoạch, tỉnh sẽ tổ chức Lễ kỷ niệm … vào ngày 10/8/2021"
# (UBND tỉnh Bà Rịa - Vũng Tàu, 2021); a plan cited by its number or its date ("theo Kế hoạch số 12/KH-UBND ngày …") is a
# citation, checked as one; "theo quy định", "theo lịch" stay words of time.
_FRAME = re.compile(
    r"(?i)(?<!\w)theo\s+(?P<exactly>đúng\s+)?(?:kế\s+hoạch|cam\s+kết)(?!\w)(?P<comma>\s*,)?"
    r"(?!\s*(?:số|\d|đã|của|năm|ngày))"
)


# A narrative frame opening the sentence, set apart by its comma: "Theo đó, kỳ họp sẽ khai
# mạc …" (accordingly: the press quoting a notice, Báo An Giang 2021), "Theo dự kiến, Kỳ họp
# thứ Sáu … diễn ra từ ngày 23.10 …" (as foreseen: Đại biểu Nhân dân 2023), "Theo thông báo, …"
# (per the notice), "Trước đó, Thường trực HĐND tỉnh đã ban hành quyết định triệu tập kỳ họp
# …, dự kiến tổ chức ngày 10-4" (earlier: when the news happened, Báo An Giang 2020). Each
# links the sentence to the one before it and names no time of the deadline. Not before a
# count or a time ("Trước đó 3 ngày, …", "Theo đó, trước ngày …" keeps its own "trước"),
# and not without the comma ("trước đó" inside a clause may be the deadline's own bound).
# ... and a direction or a scheme the press reports, by whom: "Theo chỉ đạo của Chính phủ, việc
# rà soát, sắp xếp thôn … trong năm 2026" (Dân trí, 2026), "Theo Đề án do Bộ Công Thương chủ
# trì xây dựng, Hội chợ … từ ngày 4 - 8/2" (Soha, 2026)
_REPORTED_DOCUMENT = (
    r"(?:thông\s+báo|thông\s+cáo(?:\s+báo\s+chí)?|văn\s+bản|lịch(?:\s+tiếp\s+công\s+dân)?|công\s+văn|quyết\s+định"
    r"|chỉ\s+thị|hướng\s+dẫn|công\s+điện|tờ\s+trình|báo\s+cáo|nghị\s+quyết|chỉ\s+đạo|đề\s+án)"
)
_ISSUER_WORD = (
    r"(?!(?:tháng|năm|quý|tuần|ngày|hằng|hàng|mỗi|trước|sau|đến|từ|kỳ|khi|lúc|giờ|đợt|lần|nay)\b)"
    r"[^\W\d_][\w&.]*"
)
_NARRATIVE_FRAME = re.compile(
    # ... "Trước hết, chậm nhất ngày 15/2/2026, các trường đại học, cao đẳng phải công bố …"
    # (VTC News on the 2026 admissions, u-vtcnews-tuyen-sinh-dai-hoc-2026-4-moc): first of
    # all, the first of the steps the article lists; never "trước" of the day
    r"(?i)\A[\s\W]*(?:(?:theo\s+(?:đó|dự\s+kiến|thông\s+báo)|trước\s+(?:đó|hết))\s*,"
    # "Theo đó có 6 đoàn kiểm tra từ trung ương đến địa phương từ nay đến hết ngày 25/3/2017"
    # (Tiền Phong, 2017): "accordingly" before a verb needs no comma ("Theo đó, trước …" and
    # "Theo đó trước …" say the same day; "Trước đó 3 ngày" counts, and keeps its comma rule)
    # ... and before the deadline named as the subject whose day follows ("Theo đó thời hạn
    # nhận bài thi sẽ là 31/1/2017 …", Báo Phụ nữ Việt Nam, 2016), the people a notice
    # addresses ("Theo đó cán bộ, công chức … được nghỉ tết … từ thứ Tư ngày 14/02/2018 …",
    # UBND TP. Vũng Tàu, 2018) or a verb setting a target ("Theo đó đặt ra hướng phấn đấu cho
    # TP. Cà Mau …", Báo Cà Mau, 2024): none of them a noun "theo" could govern with the day
    # ("Theo đó kỳ họp khai mạc ngày …" stays refused, test_deadline_forms_l)
    r"|theo\s+đó(?=\s+(?:có|là|sẽ|được|các|những|mọi|tất|toàn"
    r"|thời\s+hạn|hạn\s+(?:chót|cuối|nộp)|cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động"
    r"|học\s+sinh|sinh\s+viên|giáo\s+viên|đặt\s+ra|đề\s+ra"
    # ... and the forms a report is made on: "theo đó biểu mẫu số liệu thực hiện theo quy định
    # tại Thông tư số 07/2018/TT-BXD … và gửi về Bộ Xây dựng trước ngày 20/6/2020" (Bộ Xây dựng,
    # CV 3412/2020; s-moc-bxd-cv-3412-bao-cao-6-thang-2020): the subject, as "các đơn vị"
    r"|biểu\s+mẫu)\b)"
    # ... and before a start on a day: "Theo đó từ ngày 4/3 đến hết ngày 6/3/2026 (tức từ ngày
    # 16 đến hết ngày 18 tháng Giêng năm Bính Ngọ), thanh niên cả nước lên đường …" (Sức khỏe &
    # Đời sống on the 2026 call-up, zt-suckhoedoisong-nhap-ngu-4-6-3-2026): the whole label
    # right before the time part, which "theo" cannot govern; read as after the comma
    r"|theo\s+đó\s*\Z"
    # "Theo thông báo của Sở GD&ĐT Hà Tĩnh, thí sinh nộp hồ sơ … từ ngày 26/4/2023 …" (Báo Hà
    # Tĩnh, 2023), "Theo văn bản trên của UBND tỉnh Lào Cai, học sinh … nghỉ tết từ ngày …"
    # (2022), "Theo Lịch tiếp công dân, vào ngày 17/12/2024, …" (Báo Bình Dương): the
    # document the sentence reports, by its kind and its issuer, closed by its comma; no
    # number and no word of time in it ("Theo thông báo năm 2024, …", "Theo lịch hằng tháng,
    # …" stay checked). A plan is `_FRAME`'s ("Theo kế hoạch, …"; "theo kế hoạch của …" may
    # be the plan's own schedule, and stays checked)
    rf"|theo\s+{_REPORTED_DOCUMENT}(?:\s+(?:trên|này|nói\s+trên))?"
    # ... by its number too, with no code: "Theo báo cáo số 12662 của Bộ Nội vụ về tình hình
    # thực hiện công tác cải cách hành chính, trong năm 2026, việc sắp xếp … sẽ tiếp tục được rà
    # soát" (VietNamNet, 2026; u-vietnamnet-bnv-bao-cao-12662-cchc-2026): "số" names it (a day
    # has no "số" before it, and a code or a signing day stays checked)
    r"(?:\s+số\s+\d{1,6}(?![\d/.,-]))?"
    rf"(?:\s+(?:của|do)(?:\s+{_ISSUER_WORD}){{1,10}})?"
    # ... with what it is about, no number and no word of time in it: "… về tình hình thực hiện
    # công tác cải cách hành chính," (a subject holding a year is the document's period,
    # `subjects`, and stays checked)
    rf"(?:\s+về(?:\s+việc)?(?:\s+{_ISSUER_WORD}){{1,16}})?"
    # ... or told just issued: "Theo chỉ thị vừa ban hành, Thủ tướng Phạm Minh Chính yêu cầu Bộ
    # Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam thực hiện chi trả gộp hai tháng lương hưu, …
    # vào kỳ chi trả tháng 2" (VnExpress, 01/01/2026; x-vnexpress-tra-gop-luong-huu-truoc-tet-
    # 2026): the document the press reports, the time after it its order; never with its day
    # or year ("vừa ban hành ngày 5/1", "năm 2025": digits stay checked)
    rf"(?:\s+(?:vừa|mới)(?:\s+được)?(?:\s+{_ISSUER_WORD}){{0,10}}?(?:\s+ký)?\s+ban\s+hành)?"
    r"\s*,"
    # ... and the news the press has from a body, its short name in parentheses: "Theo thông tin
    # từ Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đồng Nai, chiến dịch uống vitamin A đợt 2 năm
    # 2025 sẽ được triển khai … từ ngày 01/12/2025 đến 10/12/2025" (CDC Đồng Nai, 2025): who
    # told, closed by its comma; no number and no word of time in the body's name
    rf"|theo\s+thông\s+tin\s+(?:từ|của)(?:\s+{_ISSUER_WORD}|\s+\([^()\d]{{1,20}}\)){{1,12}}\s*,"
    # ... and a contest's rules, by whose they are, closed by the comma: "Theo thể lệ Giải, thời
    # hạn cuối nhận tác phẩm dự thi là 31/7/2024" (Tạp chí Mặt trận, the Đại đoàn kết press
    # prize): the document the sentence reports, as "Theo thông báo của …," is; no number and
    # no word of time in its owner's name. ("Theo kế hoạch của …," stays checked: read as a
    # frame, l-son-la-tuu-truong-2021-2022's "bắt đầu tựu trường từ ngày 16/8" after it would
    # read as a start where its reader wrote the day.)
    # ... also with the contest's short name in parentheses and its edition named by its
    # year, or no name: "Theo thể lệ Giải báo chí toàn quốc về Quốc hội và HĐND (Giải Diên
    # Hồng) lần thứ ba - năm 2025, Ban tổ chức giải sẽ nhận tác phẩm dự thi đến hết ngày
    # 22/11/2024, tính theo dấu bưu điện" (Hội Nhà báo Việt Nam, 2024: zq-vnba-giai-dien-hong-
    # lan-thu-ba-2025, refused before tune-zq), "Theo thể lệ, …"; never the rules replaced
    # ("theo thể lệ cũ", "điều lệ trước đây": convention 2, the old time)
    r"|theo\s+(?:thể|điều)\s+lệ(?![^,]*\b(?:cũ|trước\s+đây|ban\s+đầu)\b)(?:\s+(?:của|do))?"
    rf"(?:\s+{_ISSUER_WORD}|\s+\([^()\d]{{1,40}}\)){{0,16}}"
    r"(?:\s+lần\s+thứ\s+(?:[ivxlc]+|\d{1,2}|[^\W\d_]+)(?:\s*[-–,]?\s*năm\s+(?:19|20)\d\d)?)?"
    r"\s*,"
    # "Theo Ban tổ chức, đại hội kéo dài từ 11-11 đến 20-12, với nhiều môn thi đấu hấp dẫn"
    # (SGGP, 2025): the organisers the press quotes, by their name, closed by its comma; or
    # the body that set the schedule: "Theo Hội đồng Nghĩa vụ quân sự TPHCM, lễ giao nhận
    # quân … được tổ chức từ 7h đến 9h ngày 4/3" (Dân trí, 2026)
    r"|theo\s+(?:ban\s+tổ\s+chức|btc|hội\s+đồng|ban\s+chỉ\s+(?:đạo|huy)|bộ\s+chỉ\s+huy|sở"
    r"|ủy\s+ban|uỷ\s+ban|ubnd|cục|tổng\s+cục|văn\s+phòng|thanh\s+tra|bộ(?=\s+[^\W\d_])"
    # ... and the police the press quotes, of a numbered district: "Theo Công an quận 1, từ
    # tháng 4-2020 đến hết năm 2020, tại trụ sở các Công an Phường … sẽ tổ chức tiếp nhận vũ
    # khí" (Pháp Luật TP.HCM, 2020: zm-plo-quan-1-tiep-nhan-vu-khi-2020)
    r"|công\s+an)"
    rf"(?:\s+{_ISSUER_WORD}){{0,10}}(?:\s+(?:quận|phường)\s+\d{{1,2}})?\s*,"
    # ... and the official the press quotes, by the name: "Theo bà Thúy, giỗ Tổ Hùng Vương …
    # năm Bính Ngọ 2026 diễn ra trong 10 ngày (từ ngày 17 đến 26-4, …)" (Tuổi Trẻ, 2026;
    # x-tuoitre-phu-tho-svhttdl-gio-to-2026): who told, a name of capitals closed by its comma
    # (never a word of time: "Theo ông Thứ Hai, …" is no name)
    r"|theo\s+(?:ông|bà|đồng\s+chí)(?:\s+(?!(?:thứ|chủ|tháng|năm|quý|tuần|ngày|sáng|chiều|tối)\b)"
    r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÝ])[^\W\d_]*){1,4}\s*,"
    # "Theo Dự thảo Báo cáo chính trị thì việc sắp xếp thôn, tổ dân phố sẽ thực hiện trong quý
    # IV/2025" (Thư viện pháp luật, 2025): the document, a draft or not, closed by "thì"
    rf"|theo\s+(?:dự\s+thảo\s+)?{_REPORTED_DOCUMENT}(?:\s+{_ISSUER_WORD}){{0,6}}\s+thì(?!\w)"
    # ... and the rule the time comes from, closed by its comma: "Theo quy định, trong thời
    # hạn 60 ngày kể từ ngày con chào đời, cha mẹ phải thực hiện việc đăng ký khai sinh cho
    # con" (Hỏi đáp luật: Luật Hộ tịch 2014, Điều 15), "Theo quy định tại Điều 48 Luật Lý lịch
    # tư pháp năm 2009, thời hạn cấp Phiếu lý lịch tư pháp không quá 10 ngày làm việc …" (Bộ
    # Tư pháp): the law by its article, name and year; never "theo quy định cũ" (a rule
    # replaced) nor a rule of a time ("Theo quy định năm 2024, …"), which stay checked
    r"|theo\s+quy\s+định(?:\s+(?:hiện\s+hành|(?:của\s+)?pháp\s+luật))?"
    r"(?:\s+(?:tại|trong)(?:\s+(?:điều|khoản)\s+\d{1,3}\s*,?)*"
    # (… "của" the law: "Theo quy định tại khoản 1 Điều 78 của Luật Thanh tra 2022, thời hạn
    # này được xác định là 15 ngày kể từ ngày nhận được dự thảo kết luận thanh tra", Luật
    # Hoàng Nhựt's reply, zg-luathoanhut-thoi-han-ket-luan-thanh-tra)
    r"(?:\s+của)?"
    rf"(?:\s+(?:bộ\s+)?luật(?:\s+{_ISSUER_WORD}){{1,8}}?\s+(?:năm\s+)?(?:19|20)\d\d)?)?\s*,)"
)
# A plan by its owner, or the school-year framework by its issuer, opening the sentence and
# closed by its comma: "Theo kế hoạch của Bộ GD&ĐT, lễ khai giảng vẫn được tổ chức vào ngày 5/9
# như mọi năm." (CafeF, 2025: za-cafef-khung-nam-hoc-2025-2026-thi-tn-2026; VTC News, 2025),
# "Theo khung kế hoạch thời gian năm học 2025-2026 được Bộ GD&ĐT ban hành, lễ khai giảng sẽ
# được tổ chức đồng loạt vào ngày 5/9" (24h, 2025), "Theo kế hoạch năm học 2022-2023 của tỉnh
# Bạc Liêu, học sinh các cấp sẽ tựu trường ngày 29/8" (Dân trí, 2022): the press naming the
# document whose day it reports, the event's day after it. Only before a day, a window or a
# bound the plan sets (`read_label`: never before "từ …", where "bắt đầu … từ ngày 16/8" after
# "Theo kế hoạch của UBND," is the day of l-son-la-tuu-truong-2021-2022, not a start), and never
# a plan given up ("ban đầu", "cũ", "trước đây": convention 2). The school year named is
# checked against the day by the engine, as any school year of a label is.
_PLAN_BY_ITS_OWNER = re.compile(
    r"(?i)\A[\s\W]*theo\s+(?:khung\s+)?kế\s+hoạch(?:\s+thời\s+gian)?"
    r"(?:\s+năm\s+học\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?"
    r"(?![^,]*(?<!\w)(?:ban\s+đầu|cũ|trước\s+đây|dự\s+kiến)(?!\w))"
    rf"\s+(?:của|do|được)(?:\s+{_ISSUER_WORD}){{1,10}}(?:\s+ban\s+hành)?\s*,"
)


# "Căn cứ Chương trình công tác toàn khóa của Ban Chấp hành Trung ương Đoàn …, Đại hội Đoàn
# toàn quốc lần thứ X dự kiến tổ chức vào cuối tháng 12-2012" (Báo Cần Thơ, 2011): the
# ground the sentence rests on, closed by its comma, before the step. Only the two words are
# blanked: the cited programme's own words (a year, "hằng năm", a date) are still checked.
_GROUND_FRAME = re.compile(r"(?i)\A[\s\W]*căn\s+cứ(?!\w)(?=[^,]+,)")


# The manner of a step, inside its clause, closed by a comma before the deadline's own
# words: "tập trung chỉ đạo việc tổ chức đại hội đảng bộ cấp cơ sở theo đúng quy định, hướng
# dẫn của Trung ương, bảo đảm chất lượng đại hội, hoàn thành trước ngày 30/6/2025" (Kết luận
# 163-KL/TW, 2025): how the work is done, as `_MANNER_AFTER_A_DAY` says of the words after a
# day. Only "theo" is blanked (the words after it are checked), only after a word of the step
# and with a comma later in the label, more words of the step after it: right before the
# time ("nộp theo quy định trước ngày …", "làm theo quy định, giai đoạn …") it may name the
# rule's own day. (Opening the sentence, closed by its comma, it is `_NARRATIVE_FRAME`'s.)
_MANNER_BEFORE = re.compile(
    rf"(?i)(?<=\w\s)theo(?=\s+{_RULE_OF}"
    r"[^,]*,\s*[^\W\d])"
)


# ... and right after who says it: "Về các hoạt động, bà Thúy cho biết theo kế hoạch lễ giỗ Tổ
# … tổ chức sáng 26-4" (Tuổi Trẻ, Sở VHTTDL Phú Thọ 2026): the reported speech opens there
_SAID_THAT = re.compile(r"(?i)(?<!\w)(?:cho\s+biết|thông\s+tin|khẳng\s+định)\s*,?\s*\Z")


def _without_frame(label: str, plan_owned: bool = False) -> str:
    """`label` (as printed, its closing comma kept) with a frame of `_FRAME` blanked where it
    opens the label or ends at a comma: "Theo kế hoạch, …" names no other time; and a
    narrative frame opening the label (`_NARRATIVE_FRAME`, `_GROUND_FRAME`, and, when
    `plan_owned`, the plan by its owner: `_PLAN_BY_ITS_OWNER`)."""
    openings = (_NARRATIVE_FRAME, _GROUND_FRAME, _PLAN_BY_ITS_OWNER if plan_owned else None)
    for opening in (one for one in openings if one is not None):
        frame = opening.match(label)
        # a plan by its owner frames the event told after it; right before the time ("theo
        # kế hoạch của tỉnh, trước ngày 15/12/2027") it may be the plan's own schedule
        if frame and opening is _PLAN_BY_ITS_OWNER and not label[frame.end() :].strip(_TRIM):
            continue
        if frame:
            label = " " * frame.end() + label[frame.end() :]
    for manner in _MANNER_BEFORE.finditer(label):
        label = label[: manner.start()] + " " * len(manner.group()) + label[manner.end() :]
    for frame in _FRAME.finditer(label):
        aside = frame["comma"] and label[: frame.start()].rstrip().endswith(",")
        said = _SAID_THAT.search(label[: frame.start()]) is not None
        if (
            (frame["comma"] and (frame["exactly"] or aside))
            or said
            or not label[: frame.start()].strip(_TRIM)
        ):
            return (
                label[: frame.start()] + " " * (frame.end() - frame.start()) + label[frame.end() :]
            )
    return label


# "theo phương thức trực tuyến", "theo hình thức trực tiếp": the way a step is done, which
# moves no day; any other "theo" ("theo quy định", "theo kế hoạch" before the time) stays a
# word of time
# ... and the forms of an award the Luật Thi đua, khen thưởng names ("khen thưởng theo công
# trạng", "theo đợt (chuyên đề)", "theo niên hạn") and the school year's award: "khen thưởng
# theo năm học của ngành giáo dục - đào tạo trước ngày 10/8 hằng năm" (UBND tỉnh Quảng Nam):
# which award, not when
_HOW = re.compile(
    r"(?<![a-z])theo\s+(?:phuong|hinh)\s+thuc\s+truc\s+(?:tuyen|tiep)(?![a-z])"
    # "Phát triển lĩnh vực trồng trọt theo hướng an toàn và bền vững, … giai đoạn 2021 - 2025"
    # (UBND tỉnh Sơn La, KH 304/2023): in the direction of, how the work goes; never "theo
    # hướng dẫn" (by the guidance, which may set its own day) nor "hướng đến / tới" (toward)
    r"|(?<![a-z])theo\s+huong(?!\s+(?:dan|den|toi)\b)(?![a-z])"
    # ... at the levels an event is held at, counted: "ngày chạy Olympic năm nay sẽ được diễn ra
    # đồng loạt trên toàn tỉnh theo 3 cấp: cấp xã, …; cấp huyện, … và cấp tỉnh vào sáng ngày
    # 23/3/2018" (Báo Hà Nam, 2018; zk-baohanam-ngay-chay-olympic-2018): where, not when
    r"|(?<![a-z])theo\s+(?:\d|hai|ba|bon)\s+cap(?![a-z])"
    # ... "kỳ họp … diễn ra trong 1 ngày vào 28/7/2025, theo hình thức họp tập trung" (HĐND xã
    # Thanh Hà, Hải Phòng 2025): in person, gathered, no "theo" of a rule
    r"|(?<![a-z])theo\s+(?:phuong|hinh)\s+thuc\s+(?:hop\s+)?(?:tap\s+trung|truc\s+(?:tuyen|tiep))"
    r"(?:\s+ket\s+hop\s+(?:voi\s+)?(?:truc\s+(?:tuyen|tiep)|tap\s+trung))?(?![a-z])"
    r"|(?<=khen thuong )theo\s+(?:nam\s+hoc|cong\s+trang|dot|chuyen\s+de|nien\s+han)(?![a-z])"
    # ... and the kind of an inspection, planned as against unannounced ("kiểm tra đột xuất"):
    # "Trong năm 2026, xã tổ chức kiểm tra theo kế hoạch đối với 02 cơ quan, đơn vị" (xã Phú
    # Lâm, Đồng Nai, KH 32/2026; t-dong-nai-xa-phu-lam-kh-32-kiem-tra-cchc-2026): which check,
    # not when; only right after "kiểm tra" and closed ("theo kế hoạch số …" names a plan)
    r"|(?<=kiem tra )theo\s+ke\s+hoach(?![a-z])(?!\s+(?:so|cua|nam|ngay|thang|\d))"
    # on the form: "Sở đề nghị các địa phương thực hiện theo biểu mẫu phụ lục kèm theo và gửi
    # báo cáo về Sở trước ngày 15/8/2025" (Sở Nội vụ Huế, 2025), before the day as after it
    # (`_COMPOUNDS`: "theo mẫu tại Phụ lục 2")
    # ... the forms counted: "… xây dựng nội dung nghiên cứu theo các mẫu phiếu đề xuất" (Trường
    # ĐH Công nghệ GTVT, 2022; zp-, refused before tune-zp)
    r"|(?<![a-z])theo\s+(?:(?:cac|nhung)\s+)?(?:bieu\s+)?mau(?:\s+(?:bieu|phieu))?(?![a-z])"
    # "như sau" (as follows: "Thông qua Kế hoạch … năm 2012, với những nội dung chính như sau:",
    # HĐND tỉnh Tiền Giang, NQ 11/2011): what the contents are, no "sau" (after)
    r"|(?<![a-z])nhu\s+sau(?![a-z])"
    # the procedure a text is passed by: "Đối với luật, pháp lệnh được xây dựng, ban hành theo
    # trình tự, thủ tục rút gọn thì Chủ tịch nước công bố … chậm nhất là 05 ngày kể từ ngày …"
    # (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 80, as luatnambinh quotes it; zj- of
    # the corpus): which procedure, not when
    r"|(?<![a-z])theo\s+trinh\s+tu(?:\s*,\s*thu\s+tuc)?(?:\s+rut\s+gon)?(?![a-z])"
    # what a sum is counted on, after the days it is paid or declared in: "thí sinh phải nộp lệ
    # phí xét tuyển trực tuyến theo số lượng nguyện vọng đã đăng ký" (Hoa Học Trò on the 2026
    # admissions, m-hoahoctro-moc-tuyen-sinh-2026: the fee by the number of choices), "tự kê
    # khai thuế theo doanh thu thực tế" (the tax on the real revenue, Luật Quản lý thuế 2019 as
    # t-hatinh24h and zq-luatvietnam tell the end of the lump-sum tax): how much, never when
    r"|(?<![a-z])theo\s+(?:doanh\s+thu|so\s+luong)(?![a-z])"
    # ... and the hours of each day a ban holds, after the day it starts: "Từ 1/7/2026, Hà Nội
    # thí điểm vùng phát thải thấp tại vành đai 1, cấm xe máy xăng theo khung giờ" (Ngày Nay,
    # 2025; r-ngaynay-ha-noi-vung-phat-thai-thap-2025): hours inside each day, no day; the
    # hours written after it ("theo khung giờ từ 6 giờ …") stay checked
    r"|(?<![a-z])theo\s+khung\s+gio(?![a-z])(?!\s*(?:tu\b|\d))"
    # "trước" of facing, before the situation a body answers: "Trước tình hình bệnh sởi có dấu
    # hiệu tăng cao …, Bộ Y tế vừa có kế hoạch triển khai chiến dịch … năm 2018- 2019" (Tuổi
    # Trẻ, 2018, zo-tuoitre-tag-tinh-hinh-benh-soi; tune-zo): why, not before when
    r"|(?<![a-z])truoc\s+(?:tinh\s+hinh|thuc\s+trang|dien\s+bien|boi\s+canh)(?![a-z])"
)
# "không chỉ … mà còn …" (not only … but also) and "hướng đến" (aims at) a work, in the
# purpose told after a day: "Đợt ra quân dự kiến triển khai … từ ngày 30-1-2026, không chỉ
# nhằm làm sạch cảnh quan, …, mà còn hướng đến nâng cao ý thức trách nhiệm của mỗi người dân
# …" (Báo Mới, 2026, zo-baomoi-xa-tan-huong-ra-quan-ve-sinh-tet-2026; tune-zo): no negation,
# no end, "mỗi" of each person; only in the words after the time, holding no number (a
# label before a day keeps every such word: "không chỉ …, mà còn kéo dài đến ngày …"), and
# never "hướng đến năm 2030"
_NOT_ONLY_BUT_ALSO = re.compile(
    r"(?i)(?<!\w)không\s+chỉ(?=\s+(?:nhằm|để|giúp|là|tạo|góp)(?!\w)[^.;\d]*?,\s*mà\s+còn(?!\w))"
    r"|(?<!\w)hướng\s+(?:đến|tới)(?=\s+(?:nâng\s+cao|xây\s+dựng|mục\s+tiêu|phát\s+triển)(?!\w))"
    r"|(?<!\w)của\s+mỗi(?=\s+(?:người|hộ|cá\s+nhân|gia\s+đình)(?!\w))"
)
# ... and by whose rule or request, before a dated day: "tham mưu đề xuất UBND tỉnh xem xét
# theo đúng quy định, trước ngày 10/5/2024" (UBND tỉnh Quảng Trị, 2024). Only there: before a
# cadence or a year it may be what the cadence belongs to ("… theo quy định của Bộ luật Lao
# động và các văn bản hướng dẫn hằng năm": the guidance is yearly, no deadline is)
_BY_RULE = rf"\btheo\s+{_RULE_OF}"
# ... and the step that comes first, before a day written with its year: "thay mặt Chính
# phủ ký Báo cáo sau khi đã được hoàn thiện gửi đến Ban Công tác đại biểu trước ngày 15
# tháng 12 năm 2023" (Văn phòng Chính phủ, CV 9450/2023): once it is done, by that day; never
# before a count ("sau khi … 10 ngày") or a day without its year
_ONCE_DONE = r"\bsau\s+khi\b"
_BY_DATED_DAY = re.compile(
    r"[\s,(]*(?:truoc|cham\s+nhat)\s+(?:ngay\s+)?\d{1,2}\s*(?:([/.-])\s*\d{1,2}\s*\1\s*\d{4}"
    r"|thang\s+\d{1,2}\s+nam\s+\d{4})",
    re.ASCII,
)


def _manner_before_a_day(prepared: str, end: int) -> str:
    """A pattern of the words of manner a label may hold before the day at `end`: "theo quy
    định" before a day (`_BY_RULE`), "sau khi" before a day written with its year
    (`_ONCE_DONE`); "" before anything else."""
    if not _DAY_AHEAD.match(prepared, end):
        return ""
    return f"{_BY_RULE}|{_ONCE_DONE}" if _BY_DATED_DAY.match(prepared, end) else _BY_RULE


_DAY_AHEAD = re.compile(
    r"[\s,(]*(?:(?:truoc|cham\s+nhat|muon\s+nhat|vao|den\s+het|han)\s+)*(?:ngay\s+)?"
    r"\d{1,2}\s*(?:[/.-]\s*\d|thang\b)",
    re.ASCII,
)


# "đầu tư" (invest), written with its diacritics: folded, it reads "đầu" (the start of a period)
# and "tư" (four), or "từ" (from): "xúc tiến đầu tư năm 2020" (Báo Đắk Nông, 2020) is neither
_INVEST = re.compile(r"(?i)\bđầu\s+tư\b")
# ... and "lần thứ tư" (the fourth edition) likewise: "Ngày sách và Văn hóa đọc Việt Nam lần
# thứ tư năm 2025 … diễn ra trên toàn quốc từ ngày 15/4 - 2/5/2025" (Công nghệ và Đời sống,
# 2025) names the edition by its year, no start "từ năm 2025"; an ordinal, never a weekday
_FOURTH_EDITION = re.compile(r"(?i)\b(?:lần|kỳ|khóa|khoá|đợt|vòng)\s+thứ\s+tư\b")


def _returns_out(folded: str, on_a_day: bool, returning: bool) -> str:
    """`folded` (a label) with the return that closes it blanked when it is no start of its
    own: before a day (`on_a_day`: "hoạt động trở lại vào ngày 15/2/2024", the return's day,
    `_RETURN_ON_ITS_DAY`) or before a start bound (`returning`: "được phép trở lại bình
    thường kể từ 9 giờ ngày 1-12", from that day, `_RETURN_BEFORE_START`)."""
    if on_a_day:
        folded = _RETURN_ON_ITS_DAY.sub(" ", folded)
    if returning:
        folded = _RETURN_BEFORE_START.sub(" ", folded)
    return folded


def _without_week_words(text: str, spared: str) -> str:
    """`text` (a label as printed) without the words of a whole week (`_ALL_WEEK`), nor the
    weekend a run of days off counts when the caller spared it (`spared` holds
    `daysoffsplit.WEEKEND_COUNTED`: "tính cả hai ngày cuối tuần", no count of days)."""
    text = re.sub(_ALL_WEEK, " ", text, flags=re.IGNORECASE)
    if WEEKEND_COUNTED in spared:
        text = re.sub(WEEKEND_COUNTED, " ", text, flags=re.IGNORECASE)
    return text


def _no_day_inside(
    label: str, before_a_day: bool, on_a_day: bool = False, *, returning: bool = False
) -> None:
    """A label that names a day inside the period, or another calendar, makes the period's
    days wrong: "ngày đầu tiên của tháng 3" is 01/03, not March; "mười lăm ngày đầu tháng
    3" is 1–15/3, not 1–10/3; "thứ Sáu hằng tuần" is due on Friday, not Sunday; "ngày 15/8
    âm lịch" is a lunar day; "ngày 15/3 trở đi" a start. Refused: the reading would give
    the whole period (or its last day), a silent wrong date. Before a dated day
    (`before_a_day`) such words name that day ("vào ngày điều tra đầu tiên (ngày 01/04/2019)"),
    and a weekday there is checked against it by the caller ("Chủ nhật, ngày 15/3/2026");
    before a dated day, "vào" or not (`on_a_day`), a return closing the label is the step
    done that day (`_RETURN_ON_ITS_DAY`); before a start bound (`returning`), the return
    closing the label is the start's verb (`_RETURN_BEFORE_START`)."""
    said = label
    label = without_references(label)  # "Công văn số 969/TTg-KGVX ngày 17 tháng 7 …": cited
    label = _INVEST.sub(" ", label)  # "xúc tiến đầu tư năm 2020": no "tư năm", no "từ năm"
    label = _FOURTH_EDITION.sub(" ", label)  # "lần thứ tư năm 2025": an edition's ordinal
    label = _FIXED_WEEKEND_REST.sub(" ", label)  # "lịch nghỉ cố định vào hai ngày cuối tuần"
    label = _without_own_glosses(label)  # "Giỗ tổ Hùng Vương (10 tháng 3 ÂL)": its name
    folded = " ".join(re.findall(r"\w+", fold(label)))
    cased = re.findall(r"\w+", label)
    words = [word.lower() for word in cased]
    for at, (before, first, second) in enumerate(zip(["", *words], words, words[1:], strict=False)):
        tens = before in _TENS and first in _UNITS_AFTER_TENS  # "muoi lam ngay", typed bare
        # after a number, "năm" is its unit: "kỷ niệm 44 năm Ngày Giải phóng", no "năm ngày";
        # "Ngày hội Gia đình Việt Nam năm 2024" (Bộ VHTTDL, QĐ 1131/2024): a name, no "five"
        # ... and after "thứ" it is an ordinal: "Giải Diên Hồng lần thứ ba - năm 2025 sẽ được
        # trao vào tháng 1/2025" (Hội Nhà báo Việt Nam, 2024: the third edition, named by its
        # year; zq-vnba-giai-dien-hong-lan-thu-ba-2025, refused before tune-zq), no "ba năm"
        spelled = (
            first in _SPELLED_COUNTS
            and not before.isdigit()
            and before not in ("thứ", "thu")
            and not _in_place_name(cased, at)
        )
        # ... and "một ngày kỷ niệm" is a kind of day, no count: "Ngày pháp luật … là một ngày
        # kỷ niệm tại Việt Nam vào ngày 09 tháng 11 hàng năm" (Lộc Ninh, Bình Phước 2021)
        kind_of_day = first in ("một", "mot") and words[at + 2 : at + 4] == ["kỷ", "niệm"]
        # ... nor "cùng một ngày", one and the same day: "Sự kiện này sẽ được tiến hành trong
        # cùng một ngày trên cả nước, vào ngày chủ nhật (22/5/2016)" (VOH on the 2016
        # election): the day is the one the phrase names, no days counted within a period
        same_day = first in ("một", "mot") and before in ("cùng", "cung")
        if (spelled or tens) and second in _COUNTED_UNITS and not (kind_of_day or same_day):
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
    if _LUNAR_DAY_WORD.search(_FULL_MOON_NAMED.sub(" ", label.lower())):  # "ngày rằm": lunar
        raise Unreadable(
            f"“{said}”: “rằm”, “mùng” gọi ngày theo âm lịch (rằm là ngày 15 âm lịch): ngày âm "
            "lịch chưa đọc được (không đổi sang dương lịch); ghi last_day theo ngày dương lịch"
        )
    if _SUNDAY_SHORT.search(label):  # "ngày 15/3/2027 (CN)": a Monday
        raise Unreadable(
            f"“{said}”: “CN” (Chủ nhật) viết tắt là một thứ trong tuần không đối chiếu được "
            "với ngày; ghi “Chủ nhật” hoặc last_day theo văn bản"
        )
    if not before_a_day and (
        _DAY_INSIDE.search(folded) or _ENDS_ON_WEEKDAY.search(folded) or _ends_on_unknown_day(cased)
    ):
        raise Unreadable(
            f"“{said}” nêu một ngày trong kỳ (thứ trong tuần, ngày đầu tiên, ngày làm việc…), "
            "không phải cả kỳ; không đoán, hãy ghi last_day theo văn bản"
        )
    starts = _returns_out(_RANK_UP.sub(" ", folded), before_a_day or on_a_day, returning)
    if _START_WORDS.search(starts):
        raise Unreadable(
            f"“{said}” chỉ mốc bắt đầu (trở đi, kể từ…), không phải hạn cuối; ghi last_day "
            "(và first_day) theo văn bản"
        )
    if (
        _MOVED.fullmatch(folded)
        or (_MOVED_LAST.search(folded) and not _EXTENSION_REQUEST_FILED.search(folded))
        or _MAY_EXTEND.search(folded)
        or any(word == "cũ" and not _old_members(words[:at]) for at, word in enumerate(words))
        or re.search(r"\(\s*cu\s*\)", label.lower())
        or _REPLACED.search(" ".join(words))
    ):
        raise Unreadable(
            f"“{said}” nêu thời hạn đã đổi (cũ, gia hạn, lùi…): ghi thời hạn hiện hành, "
            "thời hạn cũ vào history"
        )
    if _AGE_ON.search(folded):  # "Thời điểm tính tuổi: 31/12/2026": ages reckoned then
        raise Unreadable(
            f"“{said} …” là mốc tính tuổi (tuổi của người được xét tính đến ngày đó), không "
            "phải thời hạn; ghi last_day theo văn bản"
        )
    if _BORN.search(folded):  # "trẻ sinh năm 2021": the children enrolled, born then
        raise Unreadable(
            f"“{said} …” là ngày, năm sinh (đối tượng của việc), không phải thời hạn; ghi "
            "last_day theo văn bản"
        )
    if _ACTUAL.fullmatch(folded):  # "Dự kiến: 15/3; Thực tế: 20/3": the day it was done
        raise Unreadable(
            f"“{said}” là ngày đã làm thực tế, không phải thời hạn; ghi việc đã xong bằng "
            "kehoach done, thời hạn vào last_day"
        )


# The last word before the time part that makes it an estimate or a bound on either side of
# it, never the deadline itself: "độ 15/3" (about), "hơn 45 ngày trước …" (more than),
# "ngoài tháng 3" (outside), "qua tháng 3" (past); with diacritics, or typed bare (the bare
# "gan" may be "gắn", "tam" "tám": refused all the same, extra work and never a wrong day)
_TURNING_LAST = {
    "độ": "ước lượng", "tầm": "ước lượng", "chừng": "ước lượng", "gần": "ước lượng",
    "quanh": "ước lượng", "xỉ": "ước lượng", "cỡ": "ước lượng",
    "hơn": "so sánh", "trên": "so sánh", "dưới": "so sánh", "quá": "so sánh",
    "ngoài": "nằm ngoài", "qua": "nằm ngoài", "sát": "ước lượng", "vượt": "so sánh",
}  # fmt: skip
# ... unless they end a word of their own, each with its own first halves: "tiến độ"
# (schedule), "mức độ", "sưu tầm", "cấp trên" (the level above), "thông qua" (adopt), "vừa
# qua", "sớm hơn" (read apart, see EARLIER_THEN_DAY), "giám sát" (supervise). Only those
# pairs: a flat set let "chương trình gần ngày 25/5" (near), "nhiều hơn 30 ngày kể từ …"
# (more than) read as the day. The bare first halves ("tien độ") are typed halves.
_TURNING_COMPOUNDS: dict[str, frozenset[str]] = {
    "độ": frozenset(
        {"tiến", "mức", "chế", "tốc", "nhiệt", "cấp", "thái", "trình", "biên"}
        | {"tien", "muc", "che", "toc", "nhiet", "cap", "thai", "trinh", "bien"}
    ),
    "tầm": frozenset({"sưu", "suu"}),
    "hơn": frozenset({"sớm", "muộn", "trễ", "chậm", "som", "muon", "tre", "cham"}),
    # "nêu trên", "nói trên", "kể trên" (aforesaid): "tổ chức bắn pháo hoa đón giao thừa tại 3
    # điểm nêu trên vào lúc 23h10 ngày 16/02/2026" (Báo Hà Tĩnh on Vĩnh Long's KH 02/2026;
    # i-2-baohatinh-vinh-long-kh-02-giao-thua-binh-ngo-2026): the places above, no comparison
    "trên": frozenset({"cấp", "cap", "nêu", "neu", "nói", "noi", "kể", "ke"}),
    "dưới": frozenset({"cấp", "cap"}),
    "qua": frozenset({"thông", "vừa", "thong", "vua"}),
    "sát": frozenset({"giám", "khảo", "quan", "giam", "khao"}),
    # "nước ngoài" (abroad): "đưa 2.500 lao động đi làm việc ở nước ngoài năm 2026" (Huế's job
    # month, 2026; zh-vnanet-hue-thang-viec-lam-2026), no "ngoài" (outside) of the year
    "ngoài": frozenset({"nước", "nuoc"}),
}
# a day told as possible or as depending on the situation, right before it: "có thể trước
# ngày 15/3" (it may come before then: no deadline is set), "tuỳ tình hình, trước ngày 15/3"
# (a day that holds only in some case). A verb after "có thể" is read ("Các đơn vị có thể
# đăng ký trước ngày …": allowed to, by that day; "thu hoạch có thể kết thúc trước tháng 9")
_HEDGED = re.compile(
    r"(?:^|\s)(?:co\s+the(?:\s+(?:se|som|muon|cham|tre|la))?"
    r"|(?P<depending>tuy)(?:\s+theo)?\s+(?:tinh\s+hinh|dieu\s+kien|thuc\s+te)(?:\s+thuc\s+te)?)\W*\Z",
    re.ASCII,
)
_DONE_TAIL = frozenset({"hoan", "xong", "ket", "bat"})  # hoàn thành, xong, kết thúc, bắt đầu
# a day told as met already, or as one that cannot be met, right before it (with the verb of
# completion the label leaves out): "Đại hội cấp xã đã hoàn thành trước ngày 31/10" (done),
# "chưa thể hoàn thành trước ngày 15/3", "chưa thể hoàn thành học kỳ II trước …", "khó (có
# thể) hoàn thành trước …", "chưa kịp …" (with diacritics: "kho" is a store, "Kho bạc")
# (the day will be missed): no running deadline. "không thể", "không kịp" are refused by
# "không" already; "xã chưa đạt chuẩn hoàn thành trước …" (a subject) reads
_NOT_MET = re.compile(
    r"(?:^|\s)(?:chưa\s+thể|khó\s+có\s+thể|chưa\s+kịp|khó\s+kịp)(?:\s|$)|(?:^|\s)khó$"
)
# ... and "đã hoàn thành" said anywhere before the day, its object between: "Sở Giáo dục và
# Đào tạo đã hoàn thành cấp mã học sinh xong trước ngày 28/5/2021" (24h, Hà Nội 2021: a step
# told as done), unless something is still to come after it (`_TO_COME`: "Các xã đã hoàn
# thành nông thôn mới phải nộp hồ sơ trước …": the xã that are done, and their own
# deadline). Matched folded, whatever the diacritics ("So Giao duc va Dao tao da hoan thanh
# cap ma hoc sinh xong truoc ngay 28/5/2021" is done too), the marks read where they decide
# the word (`spelled`): "da" is "đã", not "đa"; "can" "cần", not "cán bộ", "căn cứ"; "se"
# "sẽ", not "chia sẻ"; "phai" "phải", not "phái"
# ... and "đã"/"vừa" with its verb and "xong" (finished) before the day: "Toàn tỉnh đã cấy
# xong trước ngày 25/2/2026", "vừa thu hoạch xong trước …" (a step told finished; note45
# left it read as due). A verb of two or three words at most, with no plan's word in it
# ("đã được giao làm xong trước …" is assigned, still due); "hoàn thành" after other words
# is not taken ("các xã đã đăng ký hoàn thành trước …": who registered, still due)
_DONE_FIRST = re.compile(
    r"(?:^|\W)(?P<told>da|vua)\s+(?:hoan\s+thanh|hoan\s+tat|xong"
    r"|(?:(?!(?:duoc|giao|phai|can|se|dang|de|yeu|chua|khong)(?![a-z]))[a-z]+\s+){1,3}?xong)"
    r"(?![a-z])"
)
_TO_COME = re.compile(
    r"(?<![a-z])(?:se|phai|can|phan\s+dau|yeu\s+cau|de\s+nghi|du\s+kien)(?![a-z])"
)
_TO_COME_SPELLED = frozenset({"sẽ", "phải", "cần", "phấn đấu", "yêu cầu", "đề nghị", "dự kiến"})


# ... unless an aim stands before it: "Đảm bảo 100% diện tích đã cấy xong trước ngày
# 15/2/2026" (the state to reach by then: a deadline, session 46's tester); and "vừa … vừa …"
# is "both … and", no "just"
_AIMED = re.compile(r"(?<![a-z])(?:dam\s+bao|bao\s+dam|phan\s+dau|muc\s+tieu)(?![a-z])")
_BOTH_AND = re.compile(r"(?<!\w)vừa(?!\w)")


def both_and(text: str) -> bool:
    """Whether `text` (as printed) says "vừa … vừa …" (both … and)."""
    return len(_BOTH_AND.findall(nfc(text).lower())) > 1


def _done_first(told: str) -> bool:
    """Whether `told` says "đã hoàn thành" (`_DONE_FIRST`) with nothing to come after it
    and no aim before it (`_AIMED`)."""
    folded = fold(told)
    for found in _DONE_FIRST.finditer(folded):
        if not spelled(told, found, "told", frozenset({"đã", "vừa"})):
            continue
        if _AIMED.search(folded, 0, found.start()) or (found["told"] == "vua" and both_and(told)):
            continue
        later = _TO_COME.finditer(folded, found.end())
        if not any(spelled(told, one, 0, _TO_COME_SPELLED) for one in later):
            return True
    return False


_DIGIT_OR_DAY_NEXT = re.compile(r"\s*(?:ngay\s+)?\d", re.ASCII)
# "đến tận ngày 30/11" (right up to that day) is that day, read as "đến ngày 30/11"; "đến tận
# cuối tháng 11" was read as the last ten days of November (session 50, helper guardsl)
_DAY_NUMBER_NEXT = re.compile(r"\s*ngay\s+\d", re.ASCII)
# the words of a comparison right before a period, which is then the one compared with,
# never the time of the work: "tăng 10% so cùng kỳ năm 2026" (the press drops "với"),
# "bằng cùng kỳ năm 2026", "như năm 2026", "tương đương năm 2026", "gấp đôi năm 2026",
# "bằng 120% năm 2026" ("đạt 120% kế hoạch năm 2027", a target, "cấp huyện và tương đương
# trước tháng 5", the district level and its peers, "… tỉnh Cao Bằng trước ngày …" read)
_COMPARED = re.compile(
    # ... never the "so" of "hồ sơ" typed bare ("Hoàn thiện ho so trước ngày …": the file)
    r"(?:^|\s)(?:(?<!\bho\s)(?<!\bhồ\s)so(?:\s+với)?(?:\s+cùng\s+k[ỳì])?|cùng\s+k[ỳì]"
    r"|như(?:\s+cùng\s+k[ỳì])?"
    r"|(?<!và\s)(?<!hoặc\s)tương\s+đương(?:\s+với)?|bằng\s+(?:cùng\s+k[ỳì]|[\d.,]+\s*%)"
    r"|gấp\s+(?:đôi|rưỡi|ba|[\d.,]+\s+lần))\Z"
)
# "Số liệu báo cáo tính đến ngày 15/12": the day the figures run to, not the day the
# report is due (Nghị định 09/2019/NĐ-CP, Điều 12: a report's data period ends before it
# is sent); "chưa tổ chức trước ngày 15/3", "cấm … trước ngày 15/3": not before that day, a
# start. (The other negations, "không", are words of time already.)
_BEFORE_NEXT = re.compile(r"\s*(?:den\s+)?truoc\b", re.ASCII)
# ... and a cadence before it: "Cấm khai thác hằng năm trước ngày 10/10" (read as a yearly
# deadline, and so "Cấm khai thác trước 10/10" in a standing rule, written so to be read)
_CADENCE_THEN_BEFORE = re.compile(r"\s*(?:hang|moi)\s+(?:nam|thang|quy|tuan)\s+truoc\b", re.ASCII)
# ... and "chưa" before "(cho) đến", "tới", "vào": "các lớp khác chưa tựu trường đến ngày 29/8"
# (not until that day: the session 47 tester's wrong day), "chưa công bố kết quả vào ngày
# 17/4" (not on it; helper guardsk, session 49: both read as due)
# ... and before "từ" a span ("thí sinh chưa đăng ký dự thi từ ngày 24/1 đến 23/2": not
# during it; session 50, helper guardsl, read on main as the registration window)
# ... and "trong" (within) a day or a period: "Chưa tổ chức hội nghị trong tháng 5/2023"
# (session 52: read as the month, the step negated), as "vào" is; never a count's "trong
# thời hạn 03 ngày", "trong 03 ngày" ("Trường hợp hồ sơ chưa hợp lệ, trong thời hạn 03 ngày
# làm việc kể từ …", zk-thuvienphapluat: the case, then the body's own time)
# ... and a standing calendar's cadence before it ("Tránh trồng vào 10/10" is read "… hằng
# năm vào ngày 10/10": a yearly day to meet, helper b58)
_UNTIL_OR_ON_NEXT = re.compile(
    r"\s*(?:(?:hang|moi)\s+(?:nam|thang|quy|tuan)\s+)?"
    r"(?P<word>(?:cho\s+)?(?:den|toi)|vao|tu"
    r"|trong\s+(?:(?:cac|nhung)\s+)?(?:(?:dau|giua|cuoi)\s+)?(?:ngay|thang|quy|nam|tuan|dot|dip))\b",
    re.ASCII,
)
# ... and the figures named before "đến ngày D": "báo cáo nhanh tình hình biến động sĩ số
# học sinh thời điểm từ đầu năm học đến ngày 15/10" (Bộ GD&ĐT, 2010: due 18/10, said in the
# next sentence) names the day the figures run to, not the day the report is due. A whole
# span after them ("Thời điểm chốt số liệu: Từ ngày 15/6 đến hết ngày 14/9") reads as that
# data period; "Thời điểm" opening the words is the time itself ("Thời điểm: đến ngày …")
_FIGURES = re.compile(
    r"\bso\s+lieu\b|(?<=\S)\s+thoi\s+diem\b|\bket\s+qua\s+thuc\s+hien\b", re.ASCII
)
_SPAN_NEXT = re.compile(r"\s*den\b", re.ASCII)  # "… đến …": a span runs to the next day
# ... and results or the state of things named right before "đến": "Tổng hợp kết quả đến ngày
# 31/12/2025, báo cáo UBND tỉnh trước ngày 15/1/2026", "Tổng hợp tình hình đến ngày 30/6" (the
# results as of that day, the report's cut-off; a fresh user read it as a milestone due 31/12)
_RESULTS_AS_OF = (["ket", "qua"], ["tinh", "hinh"])
# ... and figures added up or estimated to a day: "Lũy kế giải ngân đến 30/6/2019", "Ước
# giải ngân đến 30/6/2019" (the disbursement a province reports, n-vinhphuc-giai-ngan-31-6-2019
# in the corpus: "ước tính đến 31/6/2019, giải ngân được khoảng 31,2%"), "Ước thực hiện đến
# 31/12": a report's column, the day its figures run to, never a day something is due
_TALLIED = re.compile(
    r"\bluy\s+ke\b|^uoc\b|(?<!cong )(?<!hiep )\buoc\s+(?:thuc\s+hien|dat|tinh|giai\s+ngan)\b",
    re.ASCII,
)
# ... and the results or progress of a task reported up to a day, or over a span: "báo cáo
# tình hình thực hiện đến hết ngày 15/3", "Báo cáo kết quả thực hiện tính từ ngày 1/1 đến hết
# ngày 15/3" (the span the report covers; the day it is due is said apart, if at all)
_REPORTED = re.compile(r"\b(?:ket\s+qua|tinh\s+hinh)\s+(?:thuc\s+hien|trien\s+khai)\b", re.ASCII)
# ... and a report named by the period it covers: "Báo cáo quý I/2027", "Báo cáo sơ kết 6
# tháng đầu năm 2027", "báo cáo kết quả năm 2026" (the six-month report is due before the
# half ends, "Báo cáo 6 tháng gửi trước ngày 05/6": never the period's last day)
# "Báo cáo tình hình thực hiện kế hoạch năm 2026", "báo cáo số liệu năm 2026": the plan's or
# the figures' year. Asked for, urged or sent in a sentence ("Sở Nội vụ gửi văn bản đề nghị
# các đơn vị báo cáo số liệu năm 2026", "… đôn đốc các Sở thực hiện báo cáo thống kê năm
# 2020", "Còn 15 đơn vị chưa gửi báo cáo năm 2020"), the report is named the same
_REPORT_NAMED = re.compile(
    r"(?:.*\s)?"
    r"bao\s+cao(?:\s+(?:ket\s+qua|tinh\s+hinh|tong\s+ket|so\s+ket|danh\s+gia|thong\s+ke"
    r"|thuc\s+hien|trien\s+khai|cong\s+tac|so\s+lieu|ke\s+hoach|chinh\s+thuc))*",
    re.ASCII,
)
_PERIOD_NEXT = re.compile(r"\s*(?:quy|thang|nam|\d{1,2}\s+thang)\b", re.ASCII)
_REPORTED_SPAN_NEXT = re.compile(r"\s*(?:tinh\s+)?(?:tu|den)\b", re.ASCII)
_NOT_BEFORE = frozenset({"chưa", "cấm", "chua", "chẳng", "chả"})  # chẳng, chả: not
# ... and a step to avoid or limit before the day: "Tránh gieo cấy trước ngày 10/10/2026",
# "Đừng/Chớ/Kiêng …", "Hạn chế gieo trước …" (session 57's second fresh tester: read as due
# 10/10, "not before" being a start), as printed ("tranh" may be "tranh chấp", a dispute)
_AVOID_BEFORE = frozenset({"tránh", "đừng", "chớ", "kiêng"})
# ... and the farmer's words of holding off: "Né trồng trước 10/10", "Khoan gieo trước …",
# "Cữ gieo trước …" (session 57's third fresh tester, varying zb-bvtvnamdinh's "Vào bầu trước
# 25/9 và trồng trước 10/10": read as a yearly deadline in a standing calendar)
_HOLD_OFF_BEFORE = frozenset({"né", "khoan", "cữ"})
# ... never "khoan" before what is drilled or a word it makes (`stoppedbefore.DRILLED_OR_MADE`)
# ... these, and "đừng", "chớ", tell not to do whoever is told ("Ngô né trồng trước 10/10",
# "Riêng ngô chớ trồng …"), no noun made with them but "Mũi Né" (a cape), "máy/giàn khoan" (a
# drill, a rig)
_TOLD_NOT_TO = frozenset({"né", "khoan", "cữ", "đừng", "chớ"})
_NAMED_WITH = frozenset({"mũi", "máy", "giàn", "dàn", "lỗ", "tàu"})
# ... and typed without diacritics, in a label with none: "ne", "kieng" (no other word heading
# a step folds to them), "tranh" but "tranh thủ" (to seize the time: "Tranh thu gieo truoc
# 10/10" is due then)
_AVOID_BARE = frozenset({"ne", "kieng", "tranh"})
# a unit right before "trước"/"sau" and the time part: a number of them before or after it
_UNITS_COUNTED = frozenset({"ngày", "tuần", "tháng", "hôm"})
_BEFORE_OR_AFTER_NEXT = re.compile(r"\s*(?:truoc|sau)\b", re.ASCII)


# the words folding to "tu", "sau" read as they are right before the time part: "từ", "sau",
# "tư" and "tu" (read as "từ"), "sáu" (six: a count, checked apart)
_READ_AS_WRITTEN = frozenset({"từ", "tư", "tu", "sau", "sáu"})
# ... and "tử" as the second syllable of a word, never a "từ" mistyped: "Triển khai thẻ Bảo
# hiểm y tế điện tử trong năm 2018" (Bản tin LuatVietnam, 2018), "phần tử", "nguyên tử";
# and "tự" of "tương tự" (alike): "sẽ có một đêm bắn pháo hoa tương tự vào tối thứ Bảy, ngày
# 7.2.2026" (TP.HCM's fireworks permit, 2025; zi-vietbao-tphcm-phao-hoa-vinhomes-grand-park)
_TU_COMPOUNDS = {
    "tử": frozenset({"điện", "phần", "nguyên", "lượng"}),
    "tự": frozenset({"tương"}),
}


# ... but "trên" (above) after its noun, right before "trước" and a day, is the object told
# before: "khẩn trương trình nội dung trên trước ngày 30/8/2021" (Văn phòng UBND tỉnh Đồng
# Tháp, CV 404/2021, as the provincial inspectorate quotes it): the matter above, due by
# that day. A comparison ("trên 30 ngày") stands before its count, never before "trước"
_DUE_BEFORE_NEXT = re.compile(r"\s*truoc\s+(?:ngay\s+)?\d", re.ASCII)


def _turning(last: str, bare: bool, rest: str) -> str | None:
    """What the label's `last` word turns the time after it into (`_TURNING_LAST`), or None;
    "trên" right before "trước" and a day is the object above (`_DUE_BEFORE_NEXT`)."""
    if last == "trên" and _DUE_BEFORE_NEXT.match(rest):  # "nội dung trên trước ngày …"
        return None
    return _TURNING_LAST.get(last) or (
        next((v for k, v in _TURNING_LAST.items() if fold(k) == last), None) if bare else None
    )


def _no_right_up_to(last: str, before: str, rest: str) -> None:
    """Refuse "đến tận", "tới tận" (right up to) before a time that is no day written
    (`_DAY_NUMBER_NEXT`): "làm việc đến tận cuối tháng 11" runs until its end, never the
    window of that end it was read as. `last`, `before`: the label's last two words as
    printed; `rest` the folded text after it."""
    if last == "tận" and before in ("đến", "tới") and not _DAY_NUMBER_NEXT.match(rest):
        raise Unreadable(
            f"“{before} tận …” là kéo dài cho đến hết thời điểm đó (một mốc kết thúc, không rõ "
            "bắt đầu), không phải khoảng thời gian ghi sau nó; ghi last_day (và first_day) theo "
            "văn bản"
        )


def _no_turned_meaning(
    said: list[str], words: list[str], rest: str, whole: list[str], text: str = ""
) -> None:
    """Refuse a label whose words turn the date after them into something else (see
    `_TURNING_LAST`, `_NOT_BEFORE`): `said` are the label's words as printed (lower case),
    `words` folded, `rest` the prepared text after the label, `whole` the words as printed
    with the filler words at its end ("hoàn thành") that `said` leaves out."""
    if not said:
        return
    last = said[-1]
    before = said[-2] if len(said) > 1 else ""
    if "," in last.strip(","):  # "công chức cấp xã,tính đến ngày …": a comma that lost its space
        before, last = last.rsplit(",", 1)
    bare = last.isascii() and len(said) == 1  # "do 15/3", "tam cuoi thang 3": nothing else
    # a phrase typed with no diacritics at all: "tinh" right before "đến" is "tính" (as of);
    # "tỉnh đến ngày" is no Vietnamese
    unaccented = unmarked(text)
    named = _turning(last, bare, rest)
    if named and before not in _TURNING_COMPOUNDS.get(last, frozenset()):
        raise Unreadable(
            f"“{last} …” là {named}, không phải chính thời hạn; không đoán, hãy ghi "
            "last_day (và first_day) theo văn bản"
        )
    _no_doubted_day(said, whole, rest)
    _no_right_up_to(last, before, rest)
    if (last == "tính" or (last == "tinh" and (bare or unaccented))) and _SPAN_NEXT.match(rest):
        raise Unreadable(
            "“tính đến …” là mốc chốt số liệu, không phải hạn gửi; ghi last_day theo hạn "
            "văn bản nêu"
        )
    if _FIGURES.search(" ".join(words)) and _SPAN_NEXT.match(rest):
        raise Unreadable(  # "tình hình … thời điểm từ đầu năm học đến ngày 15/10"
            "“số liệu, thời điểm … đến …” là ngày chốt số liệu của báo cáo, không phải hạn "
            "gửi; ghi last_day theo hạn văn bản nêu"
        )
    if [w for w in words if w][-2:] in _RESULTS_AS_OF and _SPAN_NEXT.match(rest):
        raise Unreadable(  # "Tổng hợp kết quả đến ngày 31/12/2025, báo cáo … trước ngày 15/1"
            "“kết quả, tình hình đến …” là kết quả tính đến ngày đó (ngày chốt số liệu của báo "
            "cáo), không phải thời hạn; ghi last_day theo hạn văn bản nêu"
        )
    if _TALLIED.search(" ".join(w for w in words if w)) and _SPAN_NEXT.match(rest):
        raise Unreadable(
            "“lũy kế, ước thực hiện … đến …” là số liệu cộng dồn hoặc ước tính đến ngày đó, "
            "không phải thời hạn; ghi last_day theo hạn văn bản nêu"
        )
    _no_other_day(said, words, rest, text)
    compound = before.lower() in _TU_COMPOUNDS.get(last, ())  # "điện tử", "tương tự"
    if fold(last) in ("tu", "sau") and last not in _READ_AS_WRITTEN and not compound:
        meant = "từ" if fold(last) == "tu" else "sau"
        raise Unreadable(  # "tù ngày 5/3", "tứ ngày 5/3": "từ" (from) mistyped, a start
            f"“{last}” ngay trước thời hạn có thể là “{meant}” gõ sai dấu (mốc bắt đầu, "
            "không phải hạn cuối); không đoán, hãy ghi last_day (và first_day) theo văn bản"
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
    if (_BEFORE_NEXT.match(rest) or _CADENCE_THEN_BEFORE.match(rest)) and _not_before_governs(
        whole
    ):
        raise Unreadable(
            "“chưa/cấm/tránh … trước …” là không được làm trước ngày đó (mốc bắt đầu), không "
            "phải hạn cuối; ghi last_day (và first_day) theo văn bản"
        )
    if last == "chưa" or (last == "chua" and bare):  # "chưa đến ngày 15/3": not yet
        raise Unreadable(
            "“chưa …” (chưa đến, chưa hết) không nêu hạn: không đoán, hãy ghi last_day (và "
            "first_day) theo văn bản"
        )
    _not_yet_until(whole, rest)


def _not_yet_until(whole: list[str], rest: str) -> None:
    """Refuse a "chưa" that governs the time after it when "(cho) đến", "tới", "vào", "từ"
    or "trong" opens it (`_UNTIL_OR_ON_NEXT`, `_not_before_governs`); a ban "đến ngày …" is
    the ban's span, read as before, and a "chưa" of a state before "từ" or "trong"
    (`_not_yet_a_state`) the subject's. `whole` are the label's words as printed, `rest` the
    folded text after."""
    opened = _UNTIL_OR_ON_NEXT.match(rest)
    if opened is None or "cấm" in whole or not _not_before_governs(whole):
        return
    if opened["word"].split()[0] in ("tu", "trong") and _not_yet_a_state(whole):
        return  # "Những trường chưa đủ chỉ tiêu tuyển bổ sung từ ngày 1/9 …": which schools
    raise Unreadable(
        "“chưa … (cho) đến, tới, vào, từ, trong …” là chưa làm cho đến ngày đó (mốc bắt đầu, hoặc "
        "việc không làm ngày, khoảng đó), không phải hạn cuối; ghi last_day (và first_day) "
        "theo văn bản"
    )


# "chưa" before a state ("chưa đủ chỉ tiêu", "chưa có tài khoản", "chưa đạt chuẩn", "chưa
# được cấp"): which ones the subject is, before a span "từ …" of their own step
# (ze-cafef: "Những trường chưa đủ chỉ tiêu tuyển bổ sung từ ngày 1/9 đến tháng 12/2025")
_NOT_YET_STATES = frozenset({"có", "đủ", "đạt", "được"})


def _not_yet_a_state(whole: list[str]) -> bool:
    """Whether the last "chưa" of `whole` (as printed, lower case) is before a state
    (`_NOT_YET_STATES`), so qualifies the subject and governs no span after it."""
    at = max((i for i, word in enumerate(whole) if word == "chưa"), default=None)
    return at is not None and whole[at + 1 : at + 2] != [] and whole[at + 1] in _NOT_YET_STATES


def _no_doubted_day(said: list[str], whole: list[str], rest: str) -> None:
    """Refuse the words right before the time part that make its day no running deadline:
    a period compared with (`_COMPARED`), a hedge (`_HEDGED`), "khác" (other than) a day, a
    day met already or one that will not be met (`_NOT_MET`, `_DONE_FIRST`). `said`, `whole`
    and `rest` as in `_no_turned_meaning`."""
    if _COMPARED.search(" ".join(said)):  # "tăng 10% so cùng kỳ năm 2026": a reference
        raise Unreadable(
            f"“{' '.join(said[-3:])} …” so sánh với kỳ đó (kỳ gốc), không phải thời hạn; không "
            "đoán, hãy ghi last_day (và first_day) theo văn bản"
        )
    tail = {fold(word) for word in whole[len(said) :]}  # "có thể | hoàn thành": able to
    hedge = _HEDGED.search(" ".join(fold(word) for word in said))
    if hedge and (hedge.group("depending") or not tail & _DONE_TAIL):
        raise Unreadable(
            f"“{' '.join(whole)} …”: ngày chỉ là có thể, hoặc tuỳ tình hình, văn bản chưa đặt "
            "thời hạn; không đoán, hãy ghi last_day theo thời hạn văn bản nêu"
        )
    if said[-1] == "khác" and _DIGIT_OR_DAY_NEXT.match(rest):  # "khác ngày 25/12": other than it
        raise Unreadable(
            "“khác …” là ngày khác ngày đó (ngoài ngày đó), không phải chính thời hạn; không "
            "đoán, hãy ghi last_day (và first_day) theo văn bản"
        )
    told = " ".join(whole)
    done = bool(
        (said[-1:] == ["đã"] and tail & {"hoan", "xong"})  # "đã | hoàn thành": done
        or _done_first(told)
        or (_BEFORE_NEXT.match(rest) and _done_right_before(said))  # "đã nộp trước ngày …"
    )
    if _NOT_MET.search(" ".join(said)) or done:
        raise Unreadable(  # "chưa thể hoàn thành trước ngày 15/3": it will not be met by then
            f"“{' '.join(whole)} …”: văn bản nói việc đã xong, hoặc không (khó) kịp xong trước "
            "ngày đó: ngày đó không phải thời hạn đang chạy; ghi last_day theo hạn văn bản nêu, "
            "việc đã xong bằng kehoach done"
        )


# "đã" (as printed) one or two words before "trước" a day, the verb between: "3. Đối với cá
# nhân: đã nộp trước ngày 30 tháng 7 năm 2022" (session 50, helper guardsl; read on main as
# due 30/07): the step told done before the day (or those who did it so), no running deadline
# whatever the verb; "đã" further back may be another clause's ("… đã giao Sở Nội vụ …, báo
# cáo … trước ngày 10/3/2013", zd-plo, read). An aim before it keeps the state to reach by
# then a deadline (`_AIMED`: "Đảm bảo 100% diện tích đã cấy xong trước ngày 15/2/2026")
_DONE_RIGHT_BEFORE = 3  # words: "đã | nộp", "đã | đăng ký", "đã | được | cấp"


def _done_right_before(said: list[str]) -> bool:
    """Whether `said` (the label's words as printed, lower case) closes with "đã" and at
    most two words after it, with no aim before (`_AIMED`)."""
    near = said[-_DONE_RIGHT_BEFORE:]
    if "đã" not in near:
        return False
    at = len(said) - len(near) + near.index("đã")
    return not _AIMED.search(fold(" ".join(said[:at])))


def _no_other_day(said: list[str], words: list[str], rest: str, text: str) -> None:
    """Refuse a label that makes the day after it another's (`_no_turned_meaning`'s words):
    a report's period, a day called off, a condition's expected day, the span reported."""
    lone = len(re.findall(r"\d+", text)) <= 2  # the period alone, no other time in the phrase
    if (
        lone
        and _REPORT_NAMED.fullmatch(" ".join(w for w in words if w))
        and _PERIOD_NEXT.match(rest)
    ):
        raise Unreadable(  # "Báo cáo quý I/2027": the report on the quarter, due when?
            "“báo cáo …” trước một kỳ là tên báo cáo của kỳ đó (số liệu của kỳ), không phải hạn "
            "gửi; ghi last_day theo hạn văn bản nêu"
        )
    refuse_called_off_before(" ".join(said), rest)  # "Hoãn tổ chức Hội nghị ngày 15/3/2027"
    opening = _after_connective([word for word in words if word])[:2]
    if (opening[:1] == ["khi"] or opening == ["ngay", "khi"]) and not _as_far_as(said):
        raise Unreadable(  # "khi có hướng dẫn của Bộ (dự kiến tháng 3/2027)": the guidance's day
            "“khi …” nêu điều kiện (một việc khác xảy ra); ngày sau đó là ngày (dự kiến) của "
            "việc ấy, không phải thời hạn; ghi last_day theo văn bản khi đã biết"
        )
    if _REPORTED.search(" ".join(words)) and _REPORTED_SPAN_NEXT.match(rest):
        raise Unreadable(  # "báo cáo kết quả thực hiện (tính) từ ngày 1/1 đến hết ngày 15/3"
            "“kết quả, tình hình thực hiện (từ …) đến …” là khoảng thời gian báo cáo phản ánh, "
            "không phải hạn gửi; ghi last_day theo hạn văn bản nêu"
        )


# "khi gặt đến đâu thì máy cày dận rạ đến đó để kịp cấy vào khung thời vụ từ 3/7 đến
# 10/7/2022" (UBND xã Nguyên Xá, Thái Bình, on the 2022 summer crop): "X đến đâu (thì) Y đến
# đó", as far as X goes Y follows at once, is a way of working, no event whose day the time
# after it would be. Only the idiom right after "khi", with its marks ("đến đầu", the start,
# folds alike); "khi gặt xong thì cấy từ 3/7" stays a condition
_AS_FAR_AS = re.compile(
    r"(?<!\w)khi\s+(?:\S+\s+){1,6}?đến\s+đâu\s*,?\s+(?:thì\s+)?(?:\S+\s+){1,8}?đến\s+đó(?!\w)"
)
_FIRST_WHEN = re.compile(r"(?<!\w)khi(?!\w)")


def _as_far_as(said: list[str]) -> bool:
    """Whether the first "khi" of the label's words as printed (`said`, lower case) opens the
    idiom "khi X đến đâu thì Y đến đó" (`_AS_FAR_AS`), the label's only "khi"."""
    told = " ".join(said)
    first = _FIRST_WHEN.search(told)
    idiom = _AS_FAR_AS.match(told, first.start()) if first else None
    # ... and no other "khi" after it: "…, khi có hướng dẫn của Bộ (dự kiến tháng 7)"
    return idiom is not None and _FIRST_WHEN.search(told, idiom.end()) is None


# clause connectives a sentence opens with before its condition: "đồng thời khi Trung ương ban
# hành …, …" (zu-baokhanhhoa) is the condition "khi …" as much as the bare opening
_CONNECTIVES = (("dong", "thoi"), ("tuy", "nhien"), ("mat", "khac"), ("va",), ("nhung",), ("con",))


def _after_connective(words: list[str]) -> list[str]:
    """`words` (folded) without the one clause connective that opens them, if any."""
    for connective in _CONNECTIVES:
        if tuple(words[: len(connective)]) == connective:
            return words[len(connective) :]
    return words


def _ban_marks_lost(said: list[str], at: int) -> bool:
    """ "Cam to chuc truoc ngay 15/3/2027": "cấm" (a ban) with its marks lost in a copy, in
    words that all lost theirs; never "cam kết" (a pledge to finish by the day)."""
    return (
        said[at] == "cam"
        and said[at + 1 : at + 2] != ["ket"]
        and all(word.isascii() for word in said)
    )


def _avoided(said: list[str], at: int) -> bool:
    """ "Tránh gieo cấy trước …", "Nông dân cần hạn chế gieo trước …": a word of avoiding
    (`_AVOID_BEFORE`, "hạn chế") heading the step, alone or after "cần", "nên", "phải", "lưu
    ý"; never inside a thing named ("kế hoạch phòng, tránh bão", "việc hạn chế nhựa": a work
    due by the day)."""
    word = said[at]
    following = said[at + 1 : at + 2]
    bare = all(w.isascii() for w in said)
    if word == "chế" and said[at - 1 : at] == ["hạn"]:
        at -= 1
    elif word == "khoan" and (set(following) & DRILLED_OR_MADE or "".join(following)[:1].isdigit()):
        return False  # a number after it: "khoản" typed bare (a clause: "điểm a, b khoan 1")
    elif word in _TOLD_NOT_TO and set(following) & DODGED:
        return False  # "Né lũ, thu hoạch trước 20/9", "đừng quên gửi …": a purpose, a must
    elif word in _TOLD_NOT_TO and not set(said[at - 1 : at]) & _NAMED_WITH:
        return True  # "Ngô né trồng trước …", "Riêng ngô chớ trồng …": whoever is told
    elif bare and word in _AVOID_BARE:
        if following == ["thu"] and word == "tranh":  # "tranh thủ": seize the time
            return False
    elif word not in _AVOID_BEFORE | _HOLD_OFF_BEFORE:
        return False
    return all(head in (_ADVISING_BARE if bare else _ADVISING) for head in said[:at])


_ADVISING = frozenset({"cần", "nên", "phải", "lưu", "ý", "bà", "con", "nông", "dân", "người"})
_ADVISING_BARE = frozenset({"can", "nen", "phai", "luu", "y", "ba", "con", "nong", "dan", "nguoi"})


def _not_before_governs(said: list[str]) -> bool:
    """Whether the last "chưa"/"cấm" of the label (`_NOT_BEFORE`; "tránh", "hạn chế",
    `_AVOID_BEFORE`) governs the time after it:
    "chưa tổ chức trước ngày 15/3", "chưa hoàn thành trước …" (not before: a start). A verb
    of completion after the words it negates starts the deadline's own clause: "xã chưa đạt
    chuẩn hoàn thành trước ngày 30/6" (the communes not yet up to standard complete by
    30/6): "chưa" qualifies the subject, and the day is their deadline; so does a "thì"
    after it, closing the subject's condition."""
    at = max(
        (
            i
            for i, word in enumerate(said)
            if (word in _NOT_BEFORE and said[i + 1 : i + 2] != ["hạn"])  # "chẳng hạn": e.g.
            or _avoided(said, i)
            or _ban_marks_lost(said, i)
        ),
        default=None,
    )
    if at is None:
        return False
    if said[at] in ("cấm", "cam"):  # "cấm khai thác hoàn thành trước …": a ban, whatever follows
        return True
    # ... nor the subject's condition closed by "thì": "Những căn còn lại chưa xây dựng thì
    # đồng loạt khởi công trước ngày 20/6/2025" (the houses not yet built start by 20/6:
    # Nhân Dân on Công điện 84/CĐ-TTg 2025; t-nhandan-cd-84-ttg-xoa-nha-tam-2025)
    if "thì" in said[at + 1 :]:
        return False
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


def _no_bound_before(source: Source, label_end: int, end: int) -> None:
    """Refuse a bound period in the label (`_BOUND_PERIOD`, up to `label_end`) before the time
    part at `end`: "Đến hết năm 2015, hoàn thành trước ngày 30/6/2015" names two deadlines.
    Not the very bound the time part opens with, said twice: "Quy hoạch tổng thể … tỉnh Gia
    Lai đến năm 2020 làm cơ sở để xây dựng hệ thống hạ tầng … của Tỉnh đến năm 2020" (UBND
    tỉnh Gia Lai, QĐ 103/2005; zl-hethongphapluat-gia-lai, refused before tune-zl): one day."""
    bound = _BOUND_PERIOD.search(source.prepared[:label_end])
    if bound is None or issued_before_label(source.prepared[:label_end]) is not None:
        return
    again = re.escape(" ".join(bound.group().split())).replace(r"\ ", r"\s+")
    if re.match(rf"\s*{again}(?![\d/.-])", source.prepared[end:]):
        return
    bounded = source.said(*bound.span())
    raise Unreadable(  # "Đến hết năm 2015, hoàn thành trước ngày 30/6/2015": two deadlines
        f"“{bounded}” trước thời hạn là một thời hạn nữa: mỗi mốc chỉ ghi một thời hạn; tách "
        "thành hai mốc, hoặc ghi last_day theo hạn cơ quan chọn"
    )


# a period of its own bounded in the label: "đến năm 2015, …", "Đến hết năm 2015, …", "trước
# quý III/2026, …" (a year after a noun, "kiểm kê đất đai năm 2014", names the work)
_BOUND_PERIOD = re.compile(
    r"\b(?:den|toi|het|truoc)\s+(?:het\s+|cuoi\s+)*(?:nam|thang|quy)\s+(?:[ivx]+\b|\d[\d/.-]*)",
    re.ASCII,
)
# ... never the time a paper was issued, heading the row it sorts: "a) Cấp trước năm 2003:
# chuyển đổi trước ngày 31.12.2016" (licences issued before 2003 are converted by that day;
# ze-thuanthanh-lo-trinh-doi-gplx-pet, the schedule of Thông tư 12/2017/TT-BGTVT, Điều 37):
# the row opens with "cấp trước năm Y" and a colon closes it. "hoàn thành việc cấp trước năm
# 2020, …" (the issuing is the work due) has no colon and stays refused.
# ... and the last row, the papers issued after it: "đ) Cấp sau năm 2010: chuyển đổi trước ngày
# 31.12.2020" (the same schedule): which papers, the day after the colon their own
_ISSUED_BEFORE = re.compile(
    r"^\W*(?:[a-z]\s*[.)]\s*|\d{1,2}\s*[.)]\s*|-\s*)?(?:duoc\s+)?cap\s+(?:truoc|sau)\s+nam\s+"
    r"(?P<year>\d{4})\s*:\s*"
    r"[^:;,\d]*\Z",
    re.ASCII,
)
_ISSUED_BEFORE_SAID = r"\bcấp\s+(?:trước|sau)\s+năm\s+\d{4}\s*:"


def issued_before_label(label: str) -> int | None:
    """The year of "cấp trước/sau năm Y:" when `label` (prepared) opens with the time a paper
    was issued, heading a row (`_ISSUED_BEFORE`): no deadline of its own; else None."""
    found = _ISSUED_BEFORE.match(label)
    return int(found["year"]) if found else None


_PART_NEXT = re.compile(r"\s*(?:khoang\s+)?(?:dau|giua|cuoi)\s+(?:thang|quy|nam)\b", re.ASCII)
# ... and any such part after "một lần" (`read_label`): "một lần cuối …" may be one last time
_PART_WORD_NEXT = re.compile(r"\s*(?:khoang\s+)?(?:dau|giua|cuoi)\b", re.ASCII)
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


def _numbered_in_parens(printed: str) -> bool:
    """Whether words stand between a parenthesis the label leaves open and the number after
    the label: "Lấy ý kiến cử tri (từ khu phố 1 đến 14/5)", "(khu phố 1 đến 14/5)" — the
    neighbourhood's number, never the 1st (read as 01/05-14/05 until session 28; tune-zn
    noticed it). A day in parentheses follows "(" at once or words saying when ("(từ",
    "(vào đêm", "(sáng"); a word of any other kind numbers a thing. Outside parentheses the
    words before a date need their connective (`_label_end`)."""
    opened = printed.rfind("(")
    if opened < 0 or ")" in printed[opened:]:
        return False
    words = _CHUNK.findall(printed[opened + 1 :].lower())
    return any(_NOT_WORD.sub("", word) not in _WHEN_IN_PARENS for word in words)


# The words that may stand in a parenthesis before its day: "(từ", "(vào đêm", "(sáng"
_WHEN_IN_PARENS = frozenset(
    {"", "từ", "vào", "đêm", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "lúc", "buổi"}
    | {"tu", "vao", "dem", "sang", "chieu", "toi", "trua", "ngay", "hom", "luc", "buoi"}
)


# Words a number follows as its name: "lần 2", "kỳ họp thứ 10", "Điều 5", "lớp 10"; with
# their diacritics ("ký", sign, is no "kỳ"), and folded where no other word folds to them
_NUMBERING = frozenset(
    {"lần", "đợt", "điều", "khoản", "mục", "lớp", "khóa", "khoá", "kỳ", "thứ", "số", "phần"}
    | {"chương", "tiết", "điểm", "bước", "đoạn", "lục", "tt", "stt", "dot", "dieu", "khoan"}
    | {"muc", "lop", "chuong", "tiet", "diem", "buoc", "doan", "lan"}
)
# ... never "ngày thứ 90" (the ninetieth day, an ordinal): "quyết toán thuế năm chậm nhất là
# ngày thứ chín mươi" names the year's return, no "năm ngày" (five days)
_UNIT_NEXT = re.compile(r"\s*(?:ngay(?!\s+thu\s+\d)|tuan|thang|quy)\b", re.ASCII)
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
    Xuân Giáp Thìn 2024": the occasion's name, its year said twice). The name is compared
    folded, each tone mark aside: "Chợ hoa Xuân Bình Ngọ 2026" (Lễ hội Việt Nam, 2026:
    x-lehoivietnam) is Bính Ngọ misprinted, the only pair of the cycle that folds so, and
    2026 agrees."""
    cased = re.findall(r"\w+", label)
    for index, (a, b) in enumerate(pairwise(cased)):
        if a.istitle() and b.istitle() and fold(a) in _STEMS and fold(b) in _BRANCHES:
            after = [*cased[index + 2 : index + 4], "", ""]
            year = after[1] if after[0].lower() == "năm" else after[0]
            named = folded_cycle_name(fold(a), fold(b))
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
    # ... "trong (các) ngày làm việc" alone is the manner the period is kept in, on its
    # working days, no one day: "Phát động mặc áo dài … trong ngày làm việc phù hợp với … từ
    # ngày 01/3 đến ngày 08/3/2024" (Hội LHPN Khánh Hòa, 2024); a day it names after it
    # ("trong ngày làm việc cuối cùng", "… tiếp theo", "… đó") stays one day
    r"|(?<!trong\s)(?<!trong\scac\s)\bngay\s+lam\s+viec\b"
    r"|\bngay\s+lam\s+viec\s+(?:dau|cuoi|thu|tiep|ke|sau|truoc|gan|hom|do|nay|kia|\d)"
    # "ngày cuối cùng của tháng" is the period's last day, the deadline it is read as; "Thủ đô"
    # folds to "thu do", the capital, no ordinal day: "Kỷ niệm Ngày Giải phóng Thủ đô từ ngày
    # 09/10/2025 đến hết ngày 11/10/2025" (xã Minh Châu, Hà Nội, 2025; zp-, refused before
    # tune-zp)
    r"|\bngay\s+(?:\w+\s+){0,2}?(?:dau\s+tien|dau\s+cua|thu\s+(?!do\b)\w+)\b",
    re.ASCII,
)
# "ngày rằm hằng tháng" (the 15th of each lunar month, read as each month's last day),
# "ngày mùng 1 hằng tháng": the days temples, markets and reception calendars keep by the
# moon; in a label (a gloss in parentheses is checked against the lunar calendar instead)
_LUNAR_DAY_WORD = re.compile(r"(?<!\w)(?:rằm|mùng|mồng)(?!\w)")
# ... but "trăng rằm" before a year is a festival's name, the full moon it celebrates: "dự
# kiến tổ chức "Đêm hội trăng rằm 2025" vào 20h ngày thứ Sáu, 03/10/2025 (tức ngày 12/8 âm
# lịch)" (UBND phường Hòa Phú, Hà Nội, 2025): its day is the one written (a lunar gloss is
# checked apart); "đêm trăng rằm tháng Tám" is the lunar day, and stays refused
_FULL_MOON_NAMED = re.compile(r"(?<!\w)trăng\s+rằm(?=\s+\d{4}(?!\d))")
# "CN", Chủ nhật as schedules abbreviate it ("15/3/2027 (CN)"), standing alone in capitals:
# not "KH&CN", "KHCN", "CNTT" (science and technology, information technology), nor a member
# of a list of such initials joined by commas, "KH,CN,ĐMST" (khoa học, công nghệ, đổi mới
# sáng tạo: Kế hoạch 3260/KH-ĐĐQH on Nghị quyết 57-NQ/TW, 2025), the comma with no space as
# initials are joined; a weekday beside it is no word of capitals ("T7,CN", "thứ 7, CN")
_SUNDAY_SHORT = re.compile(r"(?<![\w&/.-])(?<![A-ZĐ]{2},)C\.?N(?![\w&])(?!,[A-ZĐ]{2})")
# a weekday closing the label ("… báo cáo tình hình thứ Hai"), not an ordinal ("Đại hội lần
# thứ Hai", "kỳ họp thứ Ba", "khóa thứ Hai")
# ... never a round's ordinal: "- Đợt thứ hai: bắt đầu từ 10h00' ngày 14/4/2023 và kết thúc vào
# 10h00' ngày 24/4/2023" (a quiz's rounds, Thái Bình 2023; zr-thaibinh, refused before
# tune-zr), "Vòng thứ nhất", as `engine._WEEKDAYS_LAST` already reads "đợt thứ Hai"
# ... and a weekday whose first letter a copy printed twice, whatever comes before it (no
# ordinal is printed so): "Họp Thứ B Ba hằng tuần" was read as every week due on its Sunday
# (famg53's report, session 53; `strayinitial` reads the form beside a day)
_ENDS_ON_WEEKDAY = re.compile(
    r"(?<!\blan )(?<!\bhop )(?<!\bkhoa )(?<!\bhoi )(?<!\bky )(?<!\bdot )(?<!\bvong )"
    r"\bthu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\s*\Z|\bchu\s+nhat\s*\Z"
    r"|\bthu\s+[a-z]\s+(?:hai|ba|tu|nam|sau|bay)\s*\Z",
    re.ASCII,
)
# ... or on a weekday the grammar does not know: "thứ Xyz hàng tuần", "thu Sau" typed bare with a
# letter lost, read as every week due on its Sunday before harden21 found it (any word after
# "thứ" but a weekday's, capitalised as a weekday is, or after "thứ" as printed; never an
# ordinal's "lần / kỳ họp / khóa / hội thứ …", and never "thu" lowercase, a verb "thu phí")
# ... nor a crop season after "vụ": "vụ Thu - Đông (từ 15/9 - 15/10)" (Sở NN&PTNT Tuyên
# Quang, KH 21/2018 on livestock vaccination; n-tuyenquang-kh-21-snn-tiem-phong-2018) is the
# autumn-winter season, "Thu" (autumn) no "thứ"
_WEEKDAY_NAMES = frozenset({"hai", "ba", "tu", "nam", "sau", "bay"})
_ORDINAL_BEFORE = frozenset({"lan", "hop", "khoa", "hoi", "ky", "dot", "vong", "vu"})


def _ends_on_unknown_day(cased: list[str]) -> bool:
    """Whether the label's words (`cased`, as printed) end on "thứ" and a word that is no
    weekday: a day inside the week the grammar cannot name."""
    if len(cased) < 2 or cased[-2].lower() not in ("thứ", "thu"):  # never "phường Thủ Đức"
        return False
    day, before = cased[-1], fold(cased[-3]).lower() if len(cased) > 2 else ""
    if fold(day).lower() in _WEEKDAY_NAMES or day.isdigit() or before in _ORDINAL_BEFORE:
        return False
    return cased[-2].lower() == "thứ" or day[:1].isupper()  # "thu" bare: "thu phí" a verb


# Words after a day that make it a start: "ngày 15/3 trở đi", "kể từ ngày ký", "trở lên"
# (from then up); "trở lại trường" (back to school) is a return, the verb of the step, as is
# "đi học / đi làm trở lại" ("đến ngày 2/3 mới đi học trở lại", VietNamNet 2026)
# ... and a service that resumes: "Dự kiến đến 17h ngày 13/10/2018 Nhà máy sẽ hoạt động cấp
# nước trở lại" (Nước nông thôn Bình Thuận, 2018; z-nuocnongthonbinhthuan-thong-bao-cup-
# nuoc-2018), "cấp điện trở lại": the work done by the day, no start ("hoạt động trở lại vào
# tháng 3/2024" stays refused: test_deadline_forms_wide)
_START_WORDS = re.compile(
    r"\btro\s+(?:di|ve\s+sau|len)\b"
    r"|(?<!\bhoc )(?<!\blam )(?<!\bcap nuoc )(?<!\bcap dien )"
    r"\btro\s+lai(?!\s+(?:truong|lop|lam\s+viec|cong\s+so)\b)\b"
    r"|\bve\s+sau\b|\bke\s+tu\b"
    # a start with its time left in a label: "Bắt đầu từ năm 2024, kết thúc vào tháng 5"
    # read only May ("từ" alone is also "word", and "có từ 11-21 thành viên" counts: only
    # before a period's word and its number)
    r"|\btu\s+(?:nam|thang|quy|ngay)\s+\d",
    re.ASCII,
)
# ... but a return closing the label right before a dated day is the step done on that day:
# "Các cơ sở giáo dục tổ chức hoạt động trở lại vào ngày 15/2/2024 (mùng 6 tháng Giêng …)"
# (m-znews-binh-duong-nghi-tet), "Thời gian làm việc trở lại là thứ Hai, ngày 23-2-2026"
# (zi-baogialai-tt-hcc), "Thời gian dự kiến cấp nước trở lại: 17h ngày 11/3/2020"
# (z-yeuquangbinh): they return that day, as "đi học trở lại vào ngày …" reads. Never "trở lại
# đây" (since then, up to now) nor a return with a start said ("trở lại … kể từ …", "trở lại từ
# ngày …": the "từ" is the time part's, a start as before)
_RETURN_ON_ITS_DAY = re.compile(r"\btro\s+lai(?:\s+(?:la|vao))?\s*\Z", re.ASCII)
# ... and a return closing the label right before a start bound, "(kể) từ" a day with no end,
# is the start's verb: the work resumes from that day, the day read as the start ("{earliest:
# D}", the corpus's convention for a start without an end). "Cuộc thi Video Clip giới thiệu
# du lịch Bến Tre được phát động trở lại từ ngày 12 tháng 4 năm 2021" (Du lịch Kon Tum, 2021),
# "Tất cả hoạt động trên biển được phép trở lại bình thường kể từ 9 giờ ngày 1-12." (SGGP,
# Khánh Hòa lifting its sea ban, 2025), "… cho phép các hoạt động ven biển và trên biển trở
# lại bình thường kể từ 16h00 ngày 26/8/2025" (Báo Thanh Hóa, 2025). Only the start's own
# path passes it (`engine._read_part`): "trở lại từ ngày 1/3 đến ngày 10/3" is no start
_RETURN_BEFORE_START = re.compile(r"\btro\s+lai(?:\s+binh\s+thuong)?\s*\Z", re.ASCII)
# the day after "vào", as `_DATED_DAY` finds it: "… trở lại vào ngày 15/2/2024"
_ON_A_DATED_DAY = re.compile(r"[\s,]*vao\s+(?:ngay\s+)?\d{1,2}\s*(?:[/.-]\s*\d|thang\b)", re.ASCII)
# "tuyển dụng công chức từ cấp huyện trở lên" (Sở Nội vụ TP.HCM, 2019): a rank and those above
# it, no start of a time ("hạng III trở lên", "bậc 3 trở xuống")
# ... and a count of things and more: "Đến năm 2025 có 120 xã trở lên đạt chuẩn nông thôn mới"
# (Báo Gia Lai on the province's 2021-2025 emulation plan), never of a unit of time ("30 ngày
# trở lên" is a length)
_RANK_UP = re.compile(
    r"\b(?:cap|hang|bac|loai)\s+\w+\s+tro\s+(?:len|xuong)\b"
    r"|(?<![\d/.-])\d[\d.,]*\s+(?!(?:ngay|thang|nam|tuan|quy|gio|phut|lan|ky|dot)\b)[a-z]+"
    r"(?:\s+[a-z]+)?\s+tro\s+(?:len|xuong)\b"
    # ... and a share or a count right before it, its sign dropped by the folding ("8%" ->
    # "8"): "bảo đảm mục tiêu tăng trưởng của Thành phố đạt 8% trở lên trong năm 2025" (Hà
    # Nội, Công văn 6166/UBND 2025, as VTC prints it), 8 percent or more, no start; never a
    # year or a day, month, week, quarter counted ("ngày 15 trở lên" stays a time)
    r"|(?<![\d/.-])(?<!ngay )(?<!thang )(?<!nam )(?<!tuan )(?<!quy )(?!(?:19|20)\d\d\b)"
    r"\d[\d.,]*\s+tro\s+(?:len|xuong)\b",
    re.ASCII,
)
# ... or ends saying so: "toàn tỉnh, dời lại"
_MOVED_LAST = re.compile(r"(?:^|\s)(?:gia\s+han|lui|doi\s+lai|hoan\s+lai)\s*\Z", re.ASCII)
# ... but not the request for an extension a step files, named as the paper handed in: "Thời
# hạn nộp giấy đề nghị gia hạn chậm nhất là ngày 30/7/2021" (Tổng cục Thuế, Công điện 05 on
# Nghị định 52/2021, as VASEP prints it): the day the request is due by, no deadline moved.
# Only after "nộp" and the paper's noun: "UBND tỉnh đề nghị gia hạn đến ngày 30/6" is an
# extension asked for, its new day not granted, and stays refused
_EXTENSION_REQUEST_FILED = re.compile(
    r"\bnop\s+(?:giay|ho\s+so|don|van\s+ban|to\s+khai)\s+(?:de\s+nghi|xin)\s+gia\s+han\s*\Z",
    re.ASCII,
)
# A label that only says the deadline moved: "…, gia hạn đến 20/3/2027"
# "thay vì ngày 15/3" (instead of: the old day), "lẽ ra trước ngày 15/3" (should have
# been; and "đáng lẽ", "đáng lý", "đáng ra", which the session 58 tester found read as due:
# "Đáng lẽ hoàn thành ngày 30/4/2026"; never "đúng ra", which is also "strictly speaking":
# "Nói đúng ra, hạn nộp là 30/4/2026", nor "lý ra", the end of "xử lý ra quyết định"),
# "quá hạn ngày 15/3" (overdue on it: the deadline was earlier)
_REPLACED = re.compile(
    r"(?:^|\s)(?:thay\s+(?:vì|cho)|(?:đáng\s+)?lẽ\s+ra|đáng\s+(?:lẽ|lý|lí|ra)|quá\s+hạn)(?:\s|$)"
)
# a day the deadline may be extended to, not the deadline: "có thể kéo dài đến ngày 15/3"
# ("kéo dài đến …" alone is how long an event lasts: "Hội chợ kéo dài đến ngày 20/1")
_MAY_EXTEND = re.compile(r"(?:^|\s)co\s+the\s+keo\s+dai\s*\Z", re.ASCII)
# the day or year those the task is for were born, not its deadline: "tuyển sinh trẻ sinh năm
# 2021 vào lớp 1", "trẻ sinh từ ngày 1/1/2021 đến ngày 31/12/2021", "Sinh năm 2021"
_BORN = re.compile(
    r"(?:^|(?:^|\s)(?:tre(?:\s+em)?|nguoi|cong\s+dan|chau|con|em|hoc\s+sinh|thanh\s+nien|nam"
    # "Thí sinh sinh năm 2008", "sinh viên sinh năm 2005": the candidates born then
    r"|nu|phu\s+nu|ai|thi\s+sinh|sinh\s+vien|hoc\s+vien|doan\s+vien|doi\s+vien|ung\s+vien"
    r"|cu\s+tri)\s+)(?:duoc\s+)?sinh(?:\s+(?:ra|trong|vao))?\s*\Z",
    re.ASCII,
)
# the day ages are reckoned on, never a deadline: "Thời điểm tính tuổi: 31/12/2026", "tính
# tuổi đến ngày 31/12" (the age a pupil or a recruit must have on that day: Luật Nghĩa vụ
# quân sự 2015, Điều 30; the school-age rules of Bộ GD&ĐT)
_AGE_ON = re.compile(r"\btinh\s+tuoi\b", re.ASCII)
# the day a step was actually done, beside its planned day ("Kế hoạch: 15/3 - Thực tế: 20/3")
_ACTUAL = re.compile(
    r"(?:(?:thoi\s+gian|ngay)\s+)?(?:(?:hoan\s+thanh|thuc\s+hien|ket\s+thuc)\s+)?thuc\s+te",
    re.ASCII,
)
_MOVED = re.compile(  # "dời sang", "nay điều chỉnh sang", "sau đó được lùi đến" (a new day)
    r"(?:(?:nay|hien\s+nay|sau\s+do|da|duoc)\s+)*"
    r"(?:gia\s+han|lui|doi|hoan|dieu\s+chinh|chuyen|thay\s+doi)"
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


# "nam" (men's) after a sport or a team, or before "nữ" (women's): "Để chuẩn bị cho Giải bóng
# đá nam Thanh niên huyện Thọ Xuân … sẽ được khai mạc vào ngày 7/7 tới đây" (Thọ Xuân, Thanh
# Hóa, 2024; zl-thoxuan-thanhhoa, refused before tune-zl as "năm" typed bare), "bóng chuyền
# nam, nữ": the men's event, written with every mark, never a year
_MEN_S_AFTER = frozenset(
    {("bóng", "đá"), ("bóng", "chuyền"), ("bóng", "rổ"), ("bóng", "bàn"), ("cầu", "lông")}
    | {("quần", "vợt"), ("đội", "tuyển"), ("", "đội"), ("vận", "động"), ("", "viên")}
)


def _men_s_event(words: list[str], index: int) -> bool:
    """Whether "nam" at `index` of `words` (lower case, with their marks) is the men's: after
    a sport or a team (`_MEN_S_AFTER`), or before "nữ"."""
    before = tuple(words[max(0, index - 2) : index])
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        before in _MEN_S_AFTER
        or ("", before[-1] if before else "") in _MEN_S_AFTER
        or following == "nữ"
    )


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


def _changes_meaning(word: str, where: str) -> str:
    return (
        f"từ “{word}” đứng {where} thời hạn có thể làm đổi nghĩa thời hạn; "
        "không đoán, hãy ghi last_day (và first_day) theo văn bản"
    )


# "hàng kỳ", "mỗi kỳ", "định kỳ" (each term, periodically): no numbering "kỳ"
_EACH_TERM = re.compile(r"(?<![a-z])(?:hang|moi|dinh)\s+ky\Z", re.ASCII)


def _each_term_opened(label: str, between: str) -> bool:
    """Whether `label` closes with "hàng kỳ" (each term) and parentheses open between it and
    the number after it: "Chuyển khoản học bổng hàng kỳ (1 năm 2 lần : Tháng 5 và Tháng 11)"
    (zq-kvsc, the parentheses read as blanks), no number of a "kỳ"."""
    return _EACH_TERM.search(fold(label).lower()) is not None and "(" in between


_ANY_NUMBER = re.compile(r"\d+", re.ASCII)
# A postal address, where to send the work: a house number ("113", "58-60", "Số 02", "số
# 51A"), the street and the places that hold it, down to a ward, district, city or province
# ("… gửi về Bộ Khoa học và Công nghệ (…), 113 Trần Duy Hưng, Cầu Giấy, Hà Nội (bản điện tử
# …) trước ngày 20/8/2021", Bộ KH&CN 2021; "địa chỉ: Số 02 Ngọc Hà, phường Ngọc Hà, quận Ba
# Đình, thành phố Hà Nội", Cục Lâm nghiệp 2025; "Vụ Quy hoạch - Kiến trúc Bộ Xây dựng - 37 Lê
# Đại Hành - Hai Bà Trưng - Hà Nội", Bộ Xây dựng 2023). The number stands after "số" or a
# mark that opens a part (",", "(", a dash), never after a word of time ("ngày 15, Hà Nội"
# is a day); the words up to the place hold no number and no word of time ("hàng" only as a
# cadence, "hàng năm": Hà Nội's streets "Hàng Bài", "Hàng Đào" are places, "… phố Lý Thường
# Kiệt, phường Hàng Bài, quận Hoàn Kiếm, thành phố Hà Nội", Báo Hà Nội Mới 2024).
_ADDRESS_WORD = (
    r"(?!(?:ngay|thang|quy|tuan|truoc|sau|den|het|han|cham|hoac|hay|gio|luc|trong|khi|moi"
    r"|hang(?=\s+(?:nam|quy|thang|tuan|ngay)\b)|dinh\s+ky|tu(?!\s+liem)|nam(?=\s*(?:\d|nay|sau|toi|hoc|truoc)))\b)[a-z]+\b"
)
_ADDRESS_PLACE = (
    r"(?:(?:tp\s*\.?|thanh\s+pho|tinh|quan|huyen|phuong|thi\s+xa|thi\s+tran|xa)\s*"
    rf"{_ADDRESS_WORD}|ha\s+noi\b"
    # ... or a district by its number, as the cities numbered theirs before 2025: "(268 Bình
    # Thới, phường 10, quận 11)" (Pháp Luật TP.HCM, 2020; zt-plo-to-dai-bieu-qh-tphcm-don-vi-4-
    # doi-lich-tiep-xuc-cu-tri-2020), a name as `NUMBERED_AREA` reads it
    r"|quan\s+\d{1,2}\b(?!\s*[/.-]\s*\d))"
)
_ADDRESS = (
    # ... with the building before it: "Cục Kiểm lâm, nhà A3, số 02 Ngọc Hà, Ba Đình, Hà Nội"
    r"(?:(?<![a-z])(?:nha|toa(?:\s+nha)?|tang|lo)\s+[a-z]?\d{1,3}[a-z]?\s*,\s*)?"
    r"(?:(?<=[,(–-])|(?<=[,(–-]\s)|(?<![a-z])so\s*)(?<![\d/.])"
    # ... never two numbers falling as a day and its month do ("(20-5 Bình Thới, quận Bình
    # Thạnh)" beside "sáng 18-5": session 50, helper guardsl), which no house range is: a
    # range rises ("58-60", "51-53")
    r"(?!(?:1[3-9]|2\d|3[01])\s*-\s*(?:1[0-2]|0?[1-9])(?!\d))(?!1[0-2]\s*-\s*0?[1-9](?!\d))"
    r"\d{1,4}[a-z]?(?:\s*-\s*\d{1,4})?"
    rf"(?:\s*,?\s+(?:duong|pho|ngo)\b)?(?:(?>\s*[,–-]?\s*){_ADDRESS_WORD}){{1,12}}?\s*[,–-]\s*"
    # ... a ward may carry its number after its name: "số 8 Phố Tôn Thất Thuyết, Phường Mỹ Đình 2,
    # Quận Nam Từ Liêm, Hà Nội" (Bộ Y tế's address, BHXH on the HIV/AIDS month 2019;
    # t-bhxh-thang-hanh-dong-hiv-aids-2019), inside the address, a place closing it
    rf"(?:(?:{_ADDRESS_WORD}\s*){{1,4}}(?:\d{{1,2}}\s*)?[,–-]\s*){{0,3}}{_ADDRESS_PLACE}"
)
# A telephone number after its word: "(Phòng Cải cách hành chính ĐT 022.3751890; Email: …)"
# (Sở Nội vụ Sơn La, 2016), "số điện thoại (024) 38257039" (Bộ KH&CN, 2018): nine to twelve
# digits opening with 0 or an area code in parentheses, which no date has
_PHONE = (
    r"(?<![a-z])(?:dt|dtdd|sdt|so\s+dien\s+thoai|dien\s+thoai|fax|hotline)\s*[.:]?\s*"
    # ... or a local number of seven or eight digits, no area code, after its word: "hoặc qua
    # fax: 38294271" (Ban Quản lý các KCX-KCN TP.HCM, 2012: zm-hepza)
    r"(?:\(\s*0\d{1,3}\s*\)\s*\d(?:[ .]?\d){6,9}|0\d(?:[ .]?\d){7,10}|[2-9]\d{6,7})(?![\d/])"
)
# ... never before a full stop, as before a comma, nor before a second period, its phase:
# "… phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia … giai đoạn 2022-2030 giai
# đoạn I: từ năm 2022 đến năm 2025." (zf-hethongphapluat-tay-ninh-kh-615-2024-ctmtqg-dtts, a
# preamble, its comma lost or a full stop: read as the window 2022-2025 of the cited plan)
PROGRAMME_SPAN = (
    r"giai\s+doan\s+(?P<span_first>\d{4})\s*[–—-]\s*(?P<span_last>\d{4})\b"
    r"(?!\s*(?:[,:;(]|\.(?!\d)|va\b|den\b|tam\b|dinh\b|giai\s+doan\b))"
)
# ... an area or a command numbered without "số": "Ban Chỉ huy phòng thủ khu vực 4 - Vĩnh Yên"
# (Báo Phú Thọ, 2026), "các địa phương thuộc Quân khu 4 và Quân khu 9" (VnExpress, 2026),
# "Vùng 3 Hải quân", "Quân đoàn 12": a name, no time (folded text); and the numbered urban
# districts and wards of the cities before 2025: "trên địa bàn Quận 11 năm 2025" (Phòng GD&ĐT
# Quận 11, TP.HCM, 2025), "Hiện LĐLĐ quận 1 có 700 CĐ cơ sở phải tổ chức đại hội trong năm
# 2017" (Người Lao Động, 2017), "khu phố 2, phường 5, thành phố Đông Hà"
NUMBERED_AREA = (
    r"(?<![a-z])(?:khu\s+vuc|quan\s+khu|vung|quan\s+doan|(?<!co\s)quan|phuong|khu\s+pho)"
    r"\s+\d{1,2}"
    r"(?:\s*(?:,|va)\s*(?:quan\s+khu\s+)?\d{1,2})*\b(?!\s*[/.-]\s*\d)"
    # ... abbreviated as an address prints them: "(P.6, TP.Tân An)" (chuyennong24h, zk-
    # chuyennong24h-tuan-van-hoa-long-an-2024), "Q.1": a ward's or a district's number
    r"|(?<![a-z\d.])[pq]\s*\.\s*\d{1,2}\b(?!\s*[/.-]\s*\d)"
)
# ... a team sent out, named by its number: "đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư"
# (Pháp Luật TP.HCM, 2026; zk-plo-kiem-tra-giam-sat-btv-tinh-uy-dak-lak-2026), "Đoàn kiểm tra,
# giám sát số 12", "Đoàn kiểm tra số 1914", "tổ công tác số 5 của Ban Thường vụ Thành ủy":
# which team, no time; never before a day's separator ("số 26/KH" is a document's number)
NUMBERED_TEAM = (
    r"(?<![a-z])(?:doan|to)\s+(?:kiem\s+tra(?:\s*,\s*giam\s+sat)?|giam\s+sat|thanh\s+tra"
    r"|cong\s+tac)\s+so\s+\d{1,4}\b(?!\s*[/.-])"
)
NUMBERED_ROAD = (
    # a road named by its number: "đoạn Mai Sơn – Quốc lộ 45" (Bộ GTVT, 2023), "QL1A", "Tỉnh
    # lộ 8", never before a day's separator ("Quốc lộ 1/5" is no road)
    r"(?<![a-z])(?:quoc\s+lo|tinh\s+lo|huyen\s+lo|ql)\s*\d{1,3}[a-z]?\b(?!\s*[/.-]\s*\d)"
    # ... and a ring road: "Lộ trình mở rộng đến vành đai 3 vào năm 2030", "tại vành đai 1"
    # (Hà Nội's low-emission zone, Báo Ngày Nay 2025)
    r"|(?<![a-z])vanh\s+dai\s*\d{1,2}\b(?!\s*[/.-]\s*\d)"
    # ... and a provincial or district road by its letters and dot: "lưu thông trong khung giờ
    # cấm trên đường ĐT.746 đến hết ngày 31/12/2024" (Báo Bình Dương, 2024), "ĐH.12"
    r"|(?<![a-z])(?:duong\s+)?(?:dt|dh|ql|tl)\s*\.\s*\d{1,3}[a-z]?\b(?!\s*[/.-]\s*\d)"
)
_ROAD = re.compile(NUMBERED_ROAD, re.ASCII)


def without_road_numbers(prepared: str) -> str:
    """`prepared` (folded) with each road named by its number (`NUMBERED_ROAD`: "quốc lộ
    80", "ĐT.746") blanked, its length kept: a place, no time."""
    return _ROAD.sub(lambda road: " " * len(road.group()), prepared)


_SCHOOL_YEAR = r"nam\s+hoc\s+\d{4}\s*[–—-]\s*\d{4}"
_AND_SCHOOL_YEAR = rf"\s*(?:,|va)\s*{_SCHOOL_YEAR}"
# a rice variety's name in a sowing calendar's list, folded: "thien uu 8", "bc 15", "ht1"
_VARIETY_WORD = (
    r"(?!(?:truoc|sau|den|toi|tu|ngay|thang|nam|tuan|quy|gio|luc|dot|vu|gieo|cay|sa|trong"
    r"|xuong|hoac|hay|va|khong|neu)\b)[a-z]+"
)
_VARIETY = rf"{_VARIETY_WORD}(?:\s+{_VARIETY_WORD}){{0,2}}\s*\d{{0,4}}[a-z]?"
_NAMED_NUMBER = re.compile(
    r"(?<![a-z])(?:lop|khoi|lan(?:\s+thu)?|khoa|thu|dieu|khoan|chuong|muc|phu\s+luc|dot|to"
    # the items of a reply numbered as the letter it answers: "Nội dung 2 và 3: Giao UBND
    # thành phố Đông Hà …" (UBND tỉnh Quảng Trị, 2021)
    r"|noi\s+dung|nhiem\s+vu"
    # a scheme or a resolution known by its number: "thực hiện Đề án 06" (QĐ 06/QĐ-TTg 2022,
    # the population data scheme, as the press names it: zf-baoquangnam-xuat-quan-de-an-06-
    # 2023), "Nghị quyết 72 đã xác định mục tiêu đến năm 2030" (the Politburo's NQ 72-NQ/TW
    # of 2025, zf-kienthuc-nq-72-hoi-nghi-quan-triet-2025)
    r"|de\s+an|nghi\s+quyet"
    # ... and a police command by its number: "ra quân thực hiện Mệnh lệnh số 01 của Giám đốc
    # Công an tỉnh Thanh Hóa về tổng kiểm tra …" (Soha, 2025; zr-soha, refused before tune-zr)
    r"|menh\s+lenh(?:\s+so)?"
    # ... a group of a plan's list by its number: "đối với nhóm 1 gồm các chợ cóc …, phải hoàn
    # thành giải tỏa trước ngày 30/1/2026", "Nhóm 3 gồm …" (Hà Nội's KH 373/2025 as Dân trí
    # prints it: zm-dantri-ha-noi-kh-373-xoa-cho-coc-2025)
    r"|nhom"
    # ... a part of a project by its number: "Cảng hàng không Quốc tế Long Thành (dự án thành
    # phần 2 và 3) phải về đích vào tháng 12 năm nay" (Dân trí, 2024), "Riêng dự án thành
    # phần 2, UBND tỉnh Gia Lai yêu cầu …" (CafeF, 2025), "gói thầu số 3", "tiểu dự án 2"
    r"|thanh\s+phan|goi\s+thau(?:\s+so)?|tieu\s+du\s+an"
    # ... and a tunnel of a road's works by its number: "Hầm số 3 (dài 3.200 m) đã hoàn thành
    # phần xây dựng ống hầm …, dự kiến hoàn thành trước ngày 18/12/2025" (Thời báo Tài chính
    # on the expressways due in 2025; zf-thoibaotaichinh-ve-dich-3000-km-cao-toc-2025)
    r"|ham(?:\s+so)?"
    # ... a vaccine's dose by its number: "hoàn thành tiêm chủng mũi 1 vaccine phòng COVID-19
    # cho 100% người dân từ 18 tuổi trở lên … trước ngày 15/9" (Báo Tin tức, 2021; zr-
    # baotintuc-ha-noi-tiem-vaccine-truoc-15-9-2021), "mũi 2", "mũi 3"
    r"|mui"
    # ... a power plant's generating unit by its number: "đường dây 500kV Sơn La – Lai Châu sẽ
    # được đóng điện tháng 10-2015 để đáp ứng tiến độ phát điện tổ máy số 1" (Công an nhân dân
    # on the Lai Châu hydropower plant, 2015; zr-cand-lai-chau-tien-do-thuy-dien-lai-chau-2015)
    r"|to\s+may(?:\s+so)?"
    r"|trung\s+uong|ky\s+hop(?:\s+thu)?|giai\s+doan|hoc\s+ky)"
    # ... never before a unit of time: "kỳ họp 10 ngày, bắt đầu từ 8 giờ ngày 28/7/2020" is a
    # sitting of ten days, no tenth sitting (the session 50 tester: read as 28/07 alone)
    r"\s+\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})*\b(?!\s*[/.-]\s*\d)(?!\s+(?:ngay|tuan|buoi)\b)"
    r"|(?<![a-z])(?:nam\s+hoc|nien\s+khoa|nhiem\s+ky)\s+\d{4}\s*[–—-]\s*\d{4}"
    # ... a students' cohort by its code, "K" and its number glued, as "khóa 27" is a cohort: "-
    # Sinh viên K27 bắt đầu đăng ký từ ngày 09/08/2022", "- Sinh viên từ K25 về trước …" (Đại học
    # Duy Tân's credit registration, 2022-2023; zv-duytan-dang-ky-tin-chi-hk1-2022-2023). Only
    # right after "sinh viên" or "học viên" (and "từ"): a "K" elsewhere may be a chainage
    # ... never one end of a range of codes ("từ K25 đến K27"), which is read whole, as printed
    r"|(?:(?<=sinh vien )|(?<=hoc vien )|(?<=sinh vien tu )|(?<=hoc vien tu ))k\d{2}(?![\w/.,-])"
    r"(?!\s*(?:den|toi|[–—-])\s*(?:k\s*)?\d)"
    # ... and the count of the school years listed after its colon, two or three of them: "(kết
    # quả xếp loại 02 năm: năm học 2020-2021 và năm học 2021-2022), trước ngày 15/7/2022" (Sở
    # Nội vụ Nam Định on the 2022 awards; k-nam-dinh-snv-moc-thi-dua-2022): the count only
    # says how many are listed; a count the list does not match stays unexplained
    rf"|(?<![\d/.,-])(?:0?2|hai)(?=\s+nam\s*:\s*{_SCHOOL_YEAR}{_AND_SCHOOL_YEAR}(?!{_AND_SCHOOL_YEAR}))"
    rf"|(?<![\d/.,-])(?:0?3|ba)(?=\s+nam\s*:\s*{_SCHOOL_YEAR}(?:{_AND_SCHOOL_YEAR}){{2}}"
    rf"(?!{_AND_SCHOOL_YEAR}))"
    # ... a power line by its voltage, the unit glued or not: "đường dây 500kV Sơn La – Lai
    # Châu" (the same page), "trạm biến áp 220 kV": kilovolts, never a time
    r"|(?<![\d/.,-])(?:22|35|110|220|500)\s*kv\b(?![/.-]\d)"
    # ... the new school year, and the winter-spring crop sown in one year and reaped in the
    # next, named by both: "Năm học mới 2025-2026, Trường THCS Phước Bình … tổ chức lễ đón học
    # sinh đầu cấp (lớp 6) vào 21/8" (Dân trí, 2025; zu-dantri-thcs-phuoc-binh-tuu-truong-
    # 2025-2026), "khung lịch thời vụ xuống giống vụ Đông Xuân năm 2024-2025 trong toàn tỉnh
    # An Giang được bắt đầu từ ngày 01/11 đến ngày 31/12/2024" (o-an-giang-lich-xuong-giong-
    # dong-xuan-2024-2025): the year the work belongs to, two years, never a time
    # ... and the winter crop alone, sown in autumn and reaped after the new year: "lịch gieo
    # trồng cây vụ Đông 2025 - 2026 bắt đầu từ ngày 25/9/2025" (Phạm Sư Mạnh, Hải Phòng, 2025;
    # p-phamsumanh-haiphong-lich-vu-dong-2025)
    r"|(?<![a-z])(?:nam\s+hoc\s+moi|vu\s+dong(?:\s+xuan)?(?:\s+nam)?)\s+(?P<opens>\d{4})\s*[–—-]\s*"
    r"(?!(?P=opens))\d{4}(?![\d/.-])"
    # ... and the years an inspection looks back over, in parentheses after what it inspects:
    # "Cuộc thanh tra … tại Bộ Giáo dục và Đào tạo (thời kỳ 2019-2025) sẽ được công bố vào quý
    # I/2026" (Dân trí on the Thanh tra Chính phủ's plan for 2026; u-dantri-thanh-tra-chinh-
    # phu-ke-hoach-2026-giao-duc): the period inspected, no time of the work
    r"|\(\s*thoi\s+ky\s+\d{4}\s*[–—-]\s*\d{4}\s*\)"
    # ... and the years of a contest's edition, in parentheses right after its number: "Hội thi
    # Sáng tạo kỹ thuật Thanh Hóa lần thứ 14 (2024-2025) do Liên hiệp các Hội … triển khai, được
    # phát động từ tháng 6/2024" (Báo Thanh Hóa, 2025; z-baothanhhoa-hoi-thi-sang-tao-ky-thuat-
    # 14-2024-2025): which edition, as "lần thứ 14" is; with no other time the phrase names none
    # ("… lần thứ 15 (2018-2019) tại Hà Nội", z-baoangiang, expected refused)
    r"|(?:(?<=lan thu \d )|(?<=lan thu \d\d ))\(\s*\d{4}\s*[–—-]\s*\d{4}\s*\)"
    # ... and a figure over the months gone, in parentheses after what lags: "Khẩn trương rà
    # soát các chỉ tiêu, nhiệm vụ đạt thấp (5 tháng đầu năm đạt dưới 40% kế hoạch) để kịp thời
    # có giải pháp …" (UBND tỉnh Yên Bái, TB 55/2024; w-yen-bai-tb-55-2024-phien-hop-thang-5):
    # a share reached, measured (convention 4), no time of the work
    r"|\(\s*\d{1,2}\s+thang\s+dau\s+nam\s+dat\s+[^()%\d]*\d{1,3}(?:[.,]\d+)?\s*%[^()\d]*\)"
    # ... a programme's span named inside the step, after its noun: "việc sắp xếp các đơn vị
    # hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025 sẽ phải hoàn thành trong tháng
    # 10/2024" (VTV, 2024; the engine checks the deadline falls in it). Opening the phrase, or
    # before a comma, "và", a colon ("GIAI ĐOẠN 2021 - 2030, GIAI ĐOẠN I: …") it is a time
    # ... also after a round's number: "tham dự Giải thưởng đợt 1 giai đoạn 2016 - 2020 về Ban
    # sơ khảo trước ngày 30/9/2017" (Hội VHNT Hà Tĩnh, 2017: zm-vanhocnghethuathatinh)
    rf"|(?:(?<=[a-z] )|(?<=dot \d ))(?:{PROGRAMME_SPAN})"
    # ... and land named by the rice crops it bears a year: "Ngô lương thực gieo thẳng trên
    # đất bãi, vào bầu trên đất 2 lúa (trước 25/9), trồng trước ngày 5/10" (Chi cục TT&BVTV
    # Nam Định on the winter crops, zb-bvtvnamdinh), "chân đất hai vụ lúa": a kind of field
    # ("đất" after "trên", "chân": "đạt", reached, folds the same)
    r"|(?<![a-z])(?:tren|chan)\s+dat\s+(?:2|3|hai|ba)\s+(?:vu\s+)?lua\b(?![/.-]\d)"
    # ... and the rice varieties a sowing calendar lists after "giống … như", closed by the
    # colon before their sowing window: "Nhóm giống có thời gian sinh trưởng trung ngắn ngày
    # như: Thiên ưu 8, BC 15, HT1: Gieo từ ngày 25- 30/12" (HTX Hòa Tiến 1, lịch thời vụ Đông
    # Xuân 2017-2018; zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018): each name a word or
    # letters with its number glued or after a space, never a number with a day's mark
    # ("13/2", a variety too, stays refused: a day to the eye)
    # ... and no word of time or of sowing among them ("như: BC 15, trước 20: …" is no list)
    r"|(?<![a-z])giong\b[^:;\d]*?\bnhu\s*:?\s+"
    rf"(?:{_VARIETY}\s*,\s*){{1,6}}{_VARIETY}(?=\s*:)"
    r"|\[\d{1,3}\]"  # a footnote mark copied with the text: "phụ trách[4]"
    # a campaign named in quotes by its length: "Triển khai chiến dịch “90 ngày làm giàu, làm
    # sạch dữ liệu đất đai” - một trong những nhiệm vụ quan trọng 3 tháng cuối năm 2025" (Báo
    # Thanh Hóa, 2025; zd-baothanhhoa-xa-yen-dinh-du-lieu-dat-dai-2025): the count is the
    # campaign's name, words after it inside the quotes; never a count outside them
    r"|(?<![a-z])chien\s+dich\s*[“\"]\s*\d{1,3}(?=\s+ngay(?:\s+dem)?\s+[a-z][^”\"\d]*[”\"])"
    # a school level (primary 1, lower 2, upper secondary 3): "tất cả học sinh từ  cấp 1 đến
    # cấp 3 … tựu trường năm học mới 2014- 2015" (Báo Ấp Bắc, 2014; l-tien-giang-tuu-truong-
    # 2014-2015); only 1 to 3 and never before a unit ("cấp 3 ngày": granted in three days)
    r"|(?<![a-z])cap\s+[1-3](?![\d/.,-]|\s*(?:ngay|thang|nam|tuan|gio|phut|h|lan|%)(?![a-z]))"
    # a road's chainage, kilometre and metres: "thi công đoạn đường từ Km0 – Km1+500 … để
    # hoàn thành trước ngày 02/09/2025" (Tương tác Huế, 2025), "đoạn Km12+300 - Km15+000"
    r"|(?<![a-z\d])km\s*\d{1,4}(?:\s*\+\s*\d{1,3})?(?![\d/.,-]?\d)"
    # ... and a canal's, "K" and kilometres, a stretch from one to the other: "kênh chính Tây
    # đoạn từ  sau cống điều tiết K13 +072 đến K39" (Báo Tây Ninh, 2020; zb-baotayninh-mo-nuoc-
    # vu-he-thu-2020); only the pair ("K13" alone may be a class's intake)
    r"|(?<![a-z\d])k\d{1,3}(?:\s*\+\s*\d{1,4})?\s+(?:den|toi)\s+k\d{1,3}(?:\s*\+\s*\d{1,4})?"
    r"(?![\d/.,-]?\d)"
    # the forms and annexes a reporting rule names: "theo mẫu quy định tại Phụ lục I-18"
    # (Thông tư 09/2019/TT-BKHĐT, the cooperatives' yearly report), "theo Mẫu số 29 ban hành
    # kèm theo Thông tư 28/2015/TT-BLĐTBXH" (the monthly labour-change notice): an annex by
    # its roman part and number, a form by its number; never a number with a day's mark
    # after it ("Mẫu số 05/6" stays a day)
    r"|(?<![a-z])phu\s+luc\s+[ivx]{1,4}\s*[-.]\s*\d{1,2}(?![\d/.-])"
    r"|(?<![a-z])mau\s+so\s+\d{1,2}[a-z]?(?![\d/.-])"
    # the rounds a contest is divided into, counted: "Cuộc thi sẽ chia thành 6 đợt và kết
    # thúc vào tháng 12/2013" (Công an nhân dân, 2013: zm-cand-thi-anh-heritage); never "trong
    # 2 đợt" (the deadlines the rounds give, `asides`)
    r"|(?<![a-z])(?:chia\s+(?:thanh|lam)|gom)\s+\d{1,2}\s+(?:dot|vong)\b(?!\s*[/.-]\s*\d)"
    # ... and the phases a work is done in, counted before a colon that opens the first of
    # them: "Thời gian thu thập thông tin trong 2 giai đoạn: giai đoạn 1 (từ ngày 5/1/2026 đến
    # hết ngày 31/3/2026) thu thập …" (QĐ 2837/QĐ-BTC on the 2026 economic census, as Báo Đà
    # Nẵng prints it: z-baodanang-, za-baodanang-qd-2837-): how many, the days those of phase
    # 1; `roundcount` holds the count to the phases listed. Never "trong 2 đợt (đợt 1, …)"
    # (`asides` reads the rounds' deadlines) nor a count whose colon opens no first phase
    r"|(?<![a-z])(?:chia\s+(?:thanh|lam)|gom|trong)\s+\d{1,2}\s+(?:dot|giai\s+doan)"
    r"(?=\s*:\s*(?:dot|giai\s+doan)\s+(?:0?1|i)(?![\w/.-]))"
    # a stage numbered before its colon: "Vòng 1: Sơ loại: Diễn ra từ …", "Bước 2: …" (never
    # "trong vòng 1 ngày", a length, which has no colon)
    r"|(?<![a-z])(?:vong|buoc)\s+\d{1,2}(?=\s*:)"
    # a driving licence's class, letter and digit (Luật Trật tự, an toàn giao thông đường bộ
    # 2024, Điều 57; the older A1-A4 of Luật Giao thông đường bộ 2008): "Giấy phép lái xe hạng
    # A4: chuyển đổi trước ngày 31.12.2016", "(các hạng A1, A2, A3) được thực hiện trước ngày
    # 31/12/2020" (the PET exchange roadmap, Thông tư 12/2017/TT-BGTVT, as the press prints it)
    r"|(?<![a-z])hang\s+[a-f]\d(?:\s*(?:,|va)\s*[a-f]\d)*(?![\da-z])"
    # ... and a survey's forms, letter and digit: "tiến hành rà soát bằng phiếu B,B1,B2 trước
    # ngày 15/9/2021" (UBND huyện Đồng Văn, the 2021 poverty review's forms B, B1, B2:
    # zm-dongvan-ha-giang-tong-ra-soat-ho-ngheo-2021)
    r"|(?<![a-z])(?:mau\s+)?phieu\s+[a-z]\d{0,2}(?:\s*(?:,|va)\s*[a-z]\d{0,2})*(?![\da-z/.-])"
    # ... and a form by its number, alone in brackets or parentheses: "Đề tài KHCN, … năm 2023
    # [Mẫu đề xuất 1]" (Trường ĐH Công nghệ GTVT, 2022; zp-, not recognised before tune-zp),
    # "(Mẫu số 01)", "(mẫu 1 và 2)": which form to fill, no time
    r"|(?<=[\[(])\s*mau(?:\s+(?:so|de\s+xuat|bieu|phieu))?\s+\d{1,2}[a-z]?"
    r"(?:\s*(?:,|va)\s*\d{1,2}[a-z]?)*\s*(?=[\])])"
    # a count of things that are no time: "23 Đề án", "2 CUỘC ĐIỀU TRA", "chính quyền 2 cấp",
    # "có từ 11-21 thành viên", "3 công trình động lực", "3 huyện Mỹ Lộc, Ý Yên, Vụ Bản";
    # the units and people a plan counts: "xây dựng 25 xã đạt chuẩn nông thôn mới", "có 10
    # xã đăng ký", "tiêm 2 mũi", "thi đấu 17 môn", "1.200 hộ" (none is a unit of time)
    # an anniversary, which names the occasion: "kỷ niệm 44 năm Ngày Giải phóng miền Nam"
    rf"|{_ANNIVERSARY.pattern}"
    # ... and an occasion's own lunar day after its name: "Giỗ tổ Hùng Vương (10 tháng 3 ÂL)"
    rf"|{OCCASION_OWN_GLOSS.pattern}"
    # ... and the hours of each day before a window: "từ 05h00 đến 22h00 hàng ngày, từ ngày …"
    rf"|{_DAILY_HOURS_FIRST.pattern}"
    # ... a range of them, "có từ 50 đến 100 hộ" (Hà Nội's KH 373/2025, zm-dantri)
    r"|(?<![\d/.-])(?:tu\s+)?\d{1,3}(?:\s*[–—-]\s*\d{1,3}|\s+(?:den|toi)\s+\d{1,3})?\s+"
    r"(?:de\s+an|cuoc|cap|thanh\s+vien|cong\s+trinh|huyen|xa|phuong|thi\s+tran|tinh|thon"
    r"|ho|nguoi|mui|mon|truong|don\s+vi|du\s+an|tac\s+pham"
    # ... the places, products and targets a programme counts: "có 10 địa phương cấp huyện đạt
    # chuẩn" (Gia Lai), "có thêm 30 sản phẩm" (OCOP, Ninh Bình KH 55/2024), "17 chỉ tiêu phát
    # triển kinh tế - xã hội năm 2026" (phường Thượng Cát, Hà Nội)
    r"|dia\s+phuong|san\s+pham|chi\s+tieu"
    # ... and the tasks and breakthroughs a congress sets beside them: "Nhiệm kỳ 2025 - 2030,
    # Đảng bộ xã Đại Đồng đề ra 17 chỉ tiêu, 5 nhiệm vụ trọng tâm và 3 khâu đột phá" (Báo Phú
    # Thọ, 2025, zk-baophutho-dai-hoi-dang-bo-xa-dai-dong-2025)
    r"|nhiem\s+vu|khau(?:\s+dot\s+pha)?"
    # ... and the ministries and cities a central body's letter names, counted: "Bộ Tài chính
    # đề nghị 4 bộ, ngành nêu trên khẩn trương gửi báo cáo quyết toán … trước ngày 15/9/2018"
    # (Báo Đấu thầu, 2018), "5 thành phố trực thuộc Trung Ương sẽ phải hoàn thành cấp căn cước
    # … trước ngày 31/8/2022" (VTV, 2022; both zr-, refused before tune-zr); "bộ" only with
    # "ngành" ("01 bộ hồ sơ" is a set of papers, above)
    r"|bo\s*,?\s*nganh|thanh\s+pho"
    # ... the sets of papers a file holds, "gửi 01 bộ hồ sơ trực tiếp" (the contest notice,
    # zk-thuvienphapluat-hoi-dap-cuoc-thi-nghe-thuat)
    r"|bo\s+ho\s+so"
    # ... and the papers an agency issues, "có trách nhiệm cấp 01 Giấy chứng nhận đăng ký kết
    # quả thực hiện nhiệm vụ …" (Bến Tre, zk-ttkhcn-bentre-dang-ky-ket-qua-nhiem-vu-khcn)
    r"|giay\s+(?:chung\s+nhan|phep)"
    # ... and the sittings a session lasts, "Kỳ họp diễn ra trong thời gian 01 buổi, khai mạc
    # vào 8 giờ 00 phút, thứ Bảy, ngày 27 tháng 12 năm 2025" (HĐND tỉnh Thanh Hóa, 2025,
    # zk-baothanhhoa-ky-hop-thu-38-hdnd-2025): a half-day's sitting, as "01 ngày" is read
    r"|buoi"
    # ... the firms a job fair or an inspection counts and the workers it hires: "dự kiến 15-20
    # doanh nghiệp tham gia" (Nghệ An 24h, 2026), "kiểm tra lao động … tại 15 doanh nghiệp"
    # (Báo Thanh Hóa, 2026), "tại 30 doanh nghiệp, công trình xây dựng" (Hà Nội, 2025), "tuyển
    # 500 lao động"
    r"|doanh\s+nghiep|lao\s+dong|co\s+so"
    # ... and an age: "tiêm cho trẻ từ 1-5 tuổi" (Ninh Sơn, Ninh Thuận 2014), "trẻ 5 tuổi";
    # the voters a meeting invites: "gồm phường Mỹ Hòa (30 cử tri)" (Long Xuyên, An Giang 2024)
    r"|tuoi|thang\s+tuoi|cu\s+tri"
    # ... the party cells a district picks for its pilot congresses and the committees of a
    # council a schedule sends papers to: "mỗi xã, thị trấn chọn 1-2 chi bộ Đại hội điểm …
    # trước ngày 15/5/2022" (Nam Đàn, Nghệ An, 2022), "gửi các báo cáo, tờ trình … cho Thường
    # trực HĐND và 2 ban HĐND để thẩm tra" (HĐND huyện Đô Lương, 2019; both zt-, refused before
    # tune-zt); "ban" only before its council ("Mẫu số 29 ban hành …" is a form's number)
    r"|chi\s+bo|ban\s+(?:cua\s+)?(?:hdnd|hoi\s+dong\s+nhan\s+dan)"
    # ... the health stations a province builds: "đầu tư đối với 74 trạm y tế và điểm trạm y
    # tế, gồm: xây mới 24 trạm y tế; …" (Đại Đoàn Kết on Quảng Ninh's 2026 plan)
    r"|tram\s+y\s+te"
    # ... and the gates a dam opens and the runways an airport builds: "mở tiếp 1 cửa xả đáy hồ
    # thủy điện Hòa Bình vào hồi 20h00' ngày 13/8/2025" (Bộ NN&MT's công điện as Báo Phú Thọ
    # prints it, 2025), "Đóng tiếp 01 cửa xả đáy …" (EVN), "bổ sung thêm 1 đường cất hạ cánh"
    # (Long Thành, 2025; zj- of the corpus)
    r"|cua\s+(?:xa|van)|duong\s+(?:cat\s+ha\s+canh|bang))\b"
    # the legal texts a decision repeals or a session passes, counted by their kind: "45 văn
    # bản quy phạm pháp luật do UBND tỉnh ban hành (gồm 41 Quyết định và 04 Chỉ thị) … sẽ bị bãi
    # bỏ kể từ ngày 04/5/2023" (Kon Tum, QĐ 19/2023), "Quốc hội đã xem xét, thông qua 51 luật,
    # 8 nghị quyết …, trong đó, nhiều Luật sẽ có hiệu lực ngay từ ngày 1/1/2026" (VietnamPlus,
    # 2025; zq- of the corpus, refused before tune-zq): never right after a word of time, and
    # never a number with its separator ("Quyết định 41/2023" is cited, `citations`)
    # (never after "sửa đổi, bổ sung": "Luật sửa đổi, bổ sung 11 Luật về quân sự quốc phòng" is a
    # law's name among a preamble's grounds, zi-quang-ngai-kh-15-ptds, which stay refused)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)(?<!quy\s)(?<!tuan\s)(?<!so\s)"
    r"(?<!sung\s)(?<!doi\s)"
    r"\d{1,3}\s+(?:van\s+ban|luat|nghi\s+quyet|nghi\s+dinh|quyet\s+dinh|chi\s+thi"
    r"|thong\s+tu)\b(?!\s*(?:so\b|[/.-]\s*\d))"
    # ... and the seats of the vehicles a rule applies to: "quy định lắp thiết bị … đối với xe
    # khách dưới 8 chỗ, xe tải … sẽ chính thức có hiệu lực từ ngày 1.1.2028" (Thanh Niên, 2026;
    # Nghị định 10/2020/NĐ-CP counts "xe ô tô chở người từ 09 chỗ"), a bound on the seats
    r"|(?<![a-z])(?:duoi|tren|tu|den|toi)\s+\d{1,2}\s+cho(?:\s+ngoi)?\b(?!\s*[/.-]\s*\d)"
    # one of a number of things: "Đường Vành đai 3 là 1 trong 5 dự án giao thông trọng điểm …
    # vào năm 2026" (Báo Tin tức, 2024); never of days, months or years ("1 trong 2 ngày")
    r"|(?<![\d/.,-])\d{1,3}\s+trong\s+(?:so\s+)?\d{1,3}\s+"
    r"(?!(?:ngay|thang|nam|tuan|gio|quy|phut|buoi|dot|ky|lan)\b)[a-z]+\b"
    # a length or an area, with its unit close or apart: "dài hơn 76 km" (CafeF, 2025),
    # "giải phóng mặt bằng đoạn 8,1km bổ sung" (Soha, 2025), "phát triển 2ha công viên"
    # (SGGP, 2026); "ha" only close ("15 hạ …" folds the same); never a day's number
    # ... and a size in centimetres or millimetres: "cấm người dân khai thác cá linh non dưới
    # 55mm từ ngày 1/6 - 30/8" (An Giang's ban, 2017; zp-, refused before tune-zp)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)\d{1,4}(?:,\d{1,3})?"
    r"(?:\s*(?:km2?|m[23]?|cm|mm)|ha)\b(?!\s*[/.-]\s*\d)"
    # ... and the rounds an event is held in, counted after "tổ chức": "Trong tháng 11-2019, Ban
    # chỉ đạo … sẽ … tổ chức 13 đợt tiếp nhận hiến máu tình nguyện" (Báo Đồng Nai, 2019; zp-,
    # refused before tune-zp): how many, within the time read; never "đợt 2" (a round named)
    r"|(?<=to\schuc\s)\d{1,3}\s+dot\b(?!\s*[/.:-]?\s*\d)"
    # ... and the days off in a row before the make-up day that follows them: "Đại học Thương
    # mại lại thông báo sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và sẽ học bù vào ngày
    # 17/1/2026." (Znews, 2025; za-znews-lich-nghi-tet-duong-lich-2026): how long the holiday
    # is, no day of it; the make-up day is the one read. Only right before "và (sẽ) học bù" or
    # "làm bù": days off dated ("4 ngày liên tục từ 1/1 …") are a second day, of another
    # meaning (the standing ruling), and stay refused
    r"|(?<![\d/.,-])\d{1,2}\s+ngay\s+lien\s+(?:tuc|tiep)(?=\s+va\s+(?:se\s+)?(?:hoc|lam)\s+bu\b)"
    # ... and the rounds of a blood drive, counted with what they are: "Từ nay đến hết tháng 3,
    # Hội Chữ thập đỏ tỉnh … sẽ tiếp tục thực hiện 9 đợt tiếp nhận hiến máu tình nguyện tại"
    # (Báo Đồng Nai, 3/2025; zs-baomoi-dong-nai-9-dot-hien-mau-thang-3-2025): how many, no day
    r"|(?<![\d/.,-])\d{1,3}\s+dot\s+(?:tiep\s+nhan\s+)?hien\s+mau\b"
    # a text's own passing day before the day it takes effect (`OWN_PASSING`)
    rf"|{OWN_PASSING}(?=\s+va\s*\Z)"
    # a share, which counts no time: "đạt 100% mục tiêu", "tăng trưởng 8% trở lên", "hoàn
    # thành 42%", "tỷ lệ 1,5%" (never a day: nothing in a date is followed by "%")
    r"|(?<![\d/.,-])\d{1,3}(?:[.,]\d{1,2})?\s*%"
    # a count of things written with its thousands ("1.597 nhà dân", "34.759 nhà", "500.000
    # cây xanh": Vietnamese groups thousands with dots), never a day and month, whose second
    # number has at most two digits; not right after a word of time ("ngày 1.100")
    # ... or its unit of area or mass written close: "xuống giống 12.000ha" (Vĩnh Long, 2018)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)\d{1,3}(?:\.\d{3})+"
    r"(?=\s+[a-z]|(?:ha|kg|km|m2|m3|tan)\b)"
    # the houses, delegations, festivals, trees and places a plan counts: "926 nhà còn lại",
    # "16 căn nhà", "6 đoàn kiểm tra", "27 lễ hội", "tại 3 điểm" (no unit of time), not
    # right after a word of time ("ngày 15 nhà văn hóa" holds a day)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)(?<!quy\s)(?<!tuan\s)(?<!luc\s)"
    # ... and the clusters a games is held in: "giai đoạn thứ nhất của Hội khỏe sẽ diễn ra tại 5
    # cụm từ tháng 4-2028 tới tháng 6-2028" (SGGP, 2025; zl-sggp-hoi-khoe-phu-dong, tune-zl)
    # ... and the neighbourhoods a ward's voters' meetings gather: "tiếp xúc cử tri tại 14 khu
    # phố (từ khu phố 1 đến 14) vào 18 giờ 30 ngày 08/01/2026" (HĐND phường Tân Phú, TP.HCM,
    # 2026; zn-hdnd-hcm-tan-phu-tiep-xuc-cu-tri-01-2026, refused before tune-zn)
    r"\d{1,3}\s+(?:nha|can(?:\s+nha|\s+ho)?|doan|le\s+hoi|cay|diem|dia\s+diem|tran\s+dia"
    r"|cum(?:\s+thi\s+dau)?|khu\s+pho|to\s+dan\s+pho)\b"
    r"(?!\s*[/.-]\s*\d)"
    # ... and the neighbourhoods numbered, listed or spanned, in parentheses: "(từ khu phố 1 đến
    # 14)", "(từ khu phố 15 đến 27, 30, 31, 41)": numbers of places, never days
    r"|\(\s*(?:tu\s+)?(?:khu\s+pho|to\s+dan\s+pho)\s+\d{1,3}"
    r"(?:\s*(?:,|va|den|[–-])\s*\d{1,3})*\s*\)"
    # ... and a place's street number in parentheses, then its street: "tại trường Tiểu học Hồ
    # Văn Cường (số 51-53 Trịnh Đình Trọng)" (the same page): a house number no day can be
    # (32 and up), alone or spanning the next
    r"|(?<=\()\s*so\s+(?:3[2-9]|[4-9]\d|[1-9]\d{2,3})(?:\s*[–-]\s*\d{1,4})?(?=\s+[a-z])"
    # ... and a sum of money, which counts no time: "Tổng nguồn vốn thực hiện Chương trình
    # trong năm 2024 là hơn 430 tỷ đồng" (Quảng Bình TV on KH 535/KH-UBND 2024: the year's
    # budget, read as its period as "… là 1.724 tỷ đồng" is); a result told with it is the
    # figure rules' ("đạt", "ước thực hiện": `refusals.refuse_figure_as_of`). Only a sum
    # stated as the budget is ("là", "khoảng"): "xã thu ngân sách 430 tỷ đồng" may be a result
    r"|(?<![a-z])(?:la|khoang)\s+(?:(?:hon|gan|tren|khoang)\s+)?\d{1,3}(?:[.,]\d{1,3})*\s+"
    r"(?:ty|ti|trieu|nghin|ngan)\s+dong\b"
    # ... and the delegates, pupils and athletes an event gathers: "khai mạc vào lúc 8 giờ
    # ngày 24/8/2025 tại hội trường … với 200 đại biểu chính thức" (Báo An Giang, 2025)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)(?<!quy\s)(?<!tuan\s)(?<!luc\s)"
    # ... a size given as a range of them: "với quy mô khoảng 800–900 đại biểu" (Trung tâm IOC
    # Quảng Trị, 2026; zh-iocquangtri-bnv-thang-hanh-dong-atvsld-2026), no day and month
    r"(?:\d{1,4}\s*[–-]\s*)?"
    r"\d{1,4}\s+(?:dai\s+bieu|hoc\s+sinh|thi\s+sinh|van\s+dong\s+vien|khach\s+moi"
    # ... and the teams: "có khoảng 50 đội ghe nam, nữ … tham dự" (Sóc Trăng, 2012)
    r"|doi\s+(?:ghe|bong|tuyen|thi|van\s+nghe)"
    # ... and the matches a tournament plays: "từ ngày 07/7/2024 đến ngày 11/8/2024, với tổng
    # số 61 trận đấu" (Thọ Xuân, Thanh Hóa, 2024; zl-thoxuan-thanhhoa, tune-zl)
    r"|tran\s+(?:thi\s+)?dau|mon\s+thi\s+dau"
    # ... the candidates an election chooses among, "sẽ lựa chọn 500 đại biểu từ 864 ứng cử viên
    # tại 182 đơn vị bầu cử" (the 2026 election, zk-vanhoavaphattrien-tag-bau-cu-xvi-2026), and
    # the military commands a contest gathers, "với sự tham gia của 12 Ban Chỉ huy quân sự các
    # huyện" (Báo Hải Dương, 2022, zk-baohaiduong-hoi-thao-dan-quan-co-dong-2022)
    r"|ung\s+cu\s+vien|ban\s+chi\s+huy"
    # ... and the party committees a congress gathers: "là đại hội đầu tiên được tổ chức của 6
    # đảng bộ trực thuộc Trung ương" (Tiền Phong, 2025; zc-tienphong-dai-hoi-dang-bo-mttq-
    # doan-the-tw-2025)
    r"|dang\s+bo|chi\s+bo"
    # ... and the polling areas whose voters' lists are checked: "báo cáo danh sách cử tri tại
    # 19 khu vực bỏ phiếu cho UBND xã Tây Hồ … trước ngày 16/01/2026" (Đà Nẵng, 2026, zo-tayho-
    # da-nang-danh-sach-cu-tri-bau-cu-2026; tune-zo)
    r"|khu\s+vuc(?:\s+bo\s+phieu)?|to\s+bau\s+cu"
    # ... and what an event holds or gathers, counted after its time: "Kỳ thi sẽ diễn ra trong 2
    # ngày (5 và 6/1) tại 68 hội đồng coi thi trong cả nước" (Báo Sơn La, 2024; zd-baosonla-thi-
    # hsg-quoc-gia-2024), "Festival Huế 2018 diễn ra … từ ngày 27/4 đến 2/5 gồm 9 chương trình,
    # lễ hội chính và 33 hoạt động hưởng ứng" (VOV, 2018; zt-vov-le-hoi-dip-30-4-1-5-2018), a
    # Tết market "với khoảng 50 gian hàng" (Vnanet, zc-vnanet-cho-tet-cong-doan-ha-noi): where
    # and how much, never a time (no word of time may follow the count)
    r"|hoi\s+dong\s+(?:coi\s+)?thi|gian\s+hang|chuong\s+trinh|hoat\s+dong)\b"
    # ... and people counted in thousands or millions: "tiêm bổ sung vắc xin Sởi- Rubella cho
    # khoảng hơn 4,2 triệu trẻ 1-5 tuổi …" (Tuổi Trẻ, 2018, zo-tuoitre-tag-tinh-hinh-benh-soi;
    # tune-zo), "1,5 nghìn hộ"; never a sum of money ("4,2 triệu đồng": a result may be told)
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)\d{1,3}(?:,\d{1,3})?\s+(?:trieu|nghin|ngan)\s+"
    r"(?:tre(?:\s+em)?|nguoi|ho|hoc\s+sinh|lieu|cu\s+tri|lao\s+dong"
    # ... and the identity cards issued by the million: "Đến tháng 7/2021, Bộ Công an dự kiến
    # sẽ cấp đủ 50 triệu thẻ căn cước cho tất cả công dân …" (VTV, 2021; zr-vtvgo-cong-an-ha-
    # noi-san-sang-cap-the-can-cuoc-2021)
    r"|the\s+can\s+cuoc)\b"
    # the crops a zone grows a year, which name it: "vùng sản xuất 02 vụ", "vùng sản xuất lúa
    # 3 vụ/năm" (An Giang, sowing calendar 2024-2025)
    r"|(?<![a-z])san\s+xuat\s+(?:lua\s+)?\d{1,2}\s+vu\b(?:\s*/\s*nam\b)?(?!\s*[/.-]?\s*\d)"
    # a place named after a day: "tại Hội trường 2/9, TP. Pleiku", "Quảng trường 3/2"
    r"|(?<![a-z])(?:hoi\s+truong|quang\s+truong|san\s+van\s+dong|duong|pho)\s+"
    r"\d{1,2}\s*/\s*\d{1,2}(?![\d/.-])"
    # ... and a hall or a square whose day is written with a dash: "khai mạc vào lúc 20 giờ
    # ngày 12-3 tại Quảng trường 10-3 TP Buôn Ma Thuột" (Lễ hội cà phê 2011; zs-yousportnews),
    # "từ ngày 9 đến 11-10 tại Hội trường 7-7, Học viện Lục quân" (SGGP, 2025; zs-sggp-lam-
    # dong). Not a street: "đường 1-2" may count ("đường 1-2 km"); a hall or a square counts
    # nothing, its number is its name
    r"|(?<![a-z])(?:hoi\s+truong|quang\s+truong|san\s+van\s+dong)\s+"
    r"\d{1,2}\s*-\s*\d{1,2}(?![\d/.-])(?!\s*(?:ngay|thang|nam|gio)\b)"
    # ... and the floor a hall is on: "dự kiến sẽ tổ vào sáng ngày 01/03, tại Hội trường tầng 4
    # – cơ quan UBND huyện" (HĐND huyện Hậu Lộc, 2024; zt-hauloc-thuong-truc-hdnd-phien-hop-27-
    # ky-hop-11-2024); only after "hội trường" ("tầng" folds as "tăng", a rise)
    r"|(?<=hoi\struong\s)tang\s+\d{1,2}\b(?!\s*[/.-]\s*\d)"
    # a storm named by its number, as the national forecast centre numbers a year's storms:
    # "UBND tỉnh bỏ lệnh cấm tàu thuyền ra khơi trong bão số 5, cho phép ngư dân ra khơi … kể
    # từ 5 giờ ngày 27/8/2025" (Nghệ An, 2025); never "thông báo số 12", "cảnh báo số 3", "dự
    # báo số …" (a notice's or a warning's number, folded the same way)
    r"|(?<![a-z])(?<!thong\s)(?<!canh\s)(?<!du\s)(?:con\s+)?bao\s+so\s+\d{1,2}\b(?!\s*[/.-]\s*\d)"
    # a disease named by its year: "phòng chống dịch COVID-19 áp dụng từ 12h00’ ngày
    # 23/12/2021" (Sở Y tế Hải Phòng, 2021)
    r"|(?<![a-z])covid\s*-\s*19\b(?!\s*[/.]\s*\d)"
    rf"|{NUMBERED_ROAD}"
    # a level of the six-level framework of foreign languages (Thông tư 01/2014/TT-BGDĐT):
    # "tương đương bậc 3/6 (B1)" (Đại học Cần Thơ, 2024), never a day
    r"|(?<![a-z])bac\s+[1-6]\s*/\s*6\b(?!\s*[/.-]\s*\d)(?:\s*\(\s*[abc][12]\s*\))?"
    # the scale of a plan or a map: "điều chỉnh tổng thể quy hoạch phân khu tỷ lệ 1/2000"
    # (UBND TP.HCM, 2025; Luật Quy hoạch đô thị 2009, Điều 19: 1/2000, 1/5000; 1/500 for the
    # detailed plan), "bản đồ tỷ lệ 1/10.000": one to hundreds, never a day
    r"|(?<![a-z])ty\s+le\s+1\s*/\s*(?:[125]00|\d{1,3}(?:[.,]?000)+)(?![\d/.,-])"
    # a group numbered in its list: "Cụm thi đua số 1 (gồm TP. Pleiku …)" (Báo Gia Lai, 2018),
    # "Đơn vị bầu cử số 2", "Tổ bầu cử số 3", "Khu vực số 1": a name, no document ("số 12/KH")
    r"|(?<![a-z])(?:(?:cum|khoi)(?:\s+thi\s+dua)?|to(?:\s+bau\s+cu)?|khu\s+vuc"
    r"|(?:don\s+vi|ban)\s+bau\s+cu|tieu\s+ban)\s+so\s+\d{1,2}\b(?!\s*[/.-]\s*\d)"
    # ... and the electoral unit a deputies' group is elected in, its number alone: "Tổ đại
    # biểu Quốc hội tại đơn vị 4 với cử tri quận 5, quận 10 và quận 11" (Pháp Luật TP.HCM, 2020;
    # zt-plo-to-dai-bieu-qh-tphcm-don-vi-4-doi-lich-tiep-xuc-cu-tri-2020); only after the group
    r"|(?<=dai\sbieu\squoc\shoi\stai\s)don\s+vi\s+\d{1,2}\b(?!\s*[/.-]\s*\d)"
    rf"|{NUMBERED_AREA}|{NUMBERED_TEAM}"
    # a runway, a terminal, an apron named by its number: "Đường cất hạ cánh số 2 khởi công
    # tháng 5/2025" (Long Thành's milestones, Tân Sơn Nhất Cargo; zj- of the corpus)
    r"|(?<![a-z])(?:duong\s+(?:cat\s+ha\s+canh|bang)|nha\s+ga|san\s+do)\s+so\s+\d{1,2}\b"
    r"(?!\s*[/.-]\s*\d)"
    # a document by its kind and a bare number, its subject after it ("về …"): "Bộ Nông
    # nghiệp và Môi trường vừa có Công điện số 7277 về việc mở 1 cửa xả đáy … vào 20h ngày
    # 29/9/2025" (Báo Phú Thọ, 2025; zj- of the corpus); never with a day after the number
    # (its signing day, `citations`) nor with an issuer, after which one may stand
    r"|(?<![a-z])(?:cong\s+dien|cong\s+van|quyet\s+dinh|thong\s+bao|ke\s+hoach|chi\s+thi"
    r"|nghi\s+quyet|to\s+trinh|huong\s+dan)\s+so\s+\d{1,5}(?=\s+ve\b)"
    # ... and a report the press names as its source, its issuer before its subject: "Theo
    # báo cáo số 12662 của Bộ Nội vụ về tình hình thực hiện công tác cải cách hành chính, trong
    # năm 2026, …" (VietNamNet, 2026; u-vietnamnet-bnv-bao-cao-12662-cchc-2026): only "Theo"
    # opening the phrase, and only words between the number and "về", where no day stands
    r"|(?<=\Atheo\s)bao\s+cao\s+so\s+\d{1,5}"
    r"(?=\s+cua(?:\s+(?!(?:ngay|thang|nam|quy|tuan|ve)\b)[a-z]+){1,8}\s+ve\b)"
    # a house number before its street: "(Sở Nội vụ, số 1 phố Đô Lương, …)"
    # (a whole postal address first, `_ADDRESS`: its ward's number too, after the house's)
    rf"|{_ADDRESS}"
    r"|(?<![a-z])so\s+\d{1,4}[a-z]?\s+(?:pho|duong|ngo)\b"
    # a criterion of the new-countryside set by its number, and all of the places counted, the
    # same number twice: "Ngày 13/10/2021 tại xã Yên Thịnh tiếp tục diễn ra các hoạt động …
    # để thực hiện tiêu chí số 17 về môi trường, tại 09/09 thôn" (xã Yên Thịnh, Hòa Bình,
    # 2021; zp-, refused before tune-zp): a name and a count, never a day ("ngày 09/09 thôn
    # …" after a word of time stays a day)
    r"|(?<![a-z])tieu\s+chi\s+(?:so\s+)?\d{1,2}\b(?!\s*[/.-]\s*\d)"
    r"|(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!tu\s)(?<!den\s)(?<!toi\s)(?<!truoc\s)(?<!vao\s)"
    r"(?P<all>\d{1,3})\s*/\s*(?P=all)\s+(?:thon|xom|ap|ban|to\s+dan\s+pho|khu\s+pho|xa|phuong"
    r"|thi\s+tran|huyen|tinh|don\s+vi|truong|co\s+so)\b"
    # ... and the closed list of nouns that count or name things no time can be
    # (`unitnouns`): "94 tiêu chí", "đường 25B, 25C", "1 triệu đồng/đối tượng"
    rf"|{COUNTED_THINGS}|{PER_HEAD_SUM}|{SHOWS_A_DAY}|{NAMED_BY_NUMBER}|{DAY_SHAPED}"
    rf"|{_PHONE}",
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
    # "so với" only before a time or what sets one ("so với năm 2012", "so với kế hoạch",
    # "so với trước"): "điều chỉnh … so với ranh giới hành chính mới" (UBND TP.HCM, 2025)
    # compares places
    r"\bdinh ky\b|\bit nhat\b|\btoi thieu\b"
    # "tối đa" (at most), but not as "to the utmost" after a verb of reducing or making the
    # most of: "… nhằm …, giảm thiểu tối đa những tổn hại tới trẻ em" (Đại Lộc, Quảng Nam
    # 2023; zs-dailocrt-xa-dai-dong-thang-hanh-dong-vi-tre-em-2023)
    r"|(?<!giam thieu )(?<!han che )(?<!phat huy )\btoi da\b"
    # "Căn cứ khoản 4 Điều 40 Luật Nghĩa vụ quân sự 2015 quy định Thời gian khám sức khỏe từ
    # ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm" (Dân Luật, Thư viện Pháp luật): the
    # article cited, whose days follow; a text cited by its day ("Căn cứ Luật … ngày …",
    # "Căn cứ Hướng dẫn số 10 ngày …") stays a word of time
    # ... and the grounds of a programme, a noun: "Đáp ứng đầy đủ căn cứ chính trị, pháp lý,
    # khoa học và thực tiễn" (Văn hóa Nghệ thuật on the CTMTQG văn hóa 2025-2035;
    # zf-vanhoanghethuat-ctmtqg-van-hoa-2025-2035)
    r"|\bcan cu\b(?! khoan \d{1,2} dieu \d{1,3}\b)(?! (?:chinh tri|phap ly|khoa hoc|thuc tien)\b)"
    r"|\bso voi\b(?! (?:ranh gioi|dia gioi|quy mo|dien tich|ban do)\b)"
    r"|\bbuoi\b(?! (?:hoc|hop|le|lam viec|tiep (?:cong dan|dan|xuc)|gap mat|toa dam|hoi thao"
    r"|giao luu|tap huan|mit tinh|bieu dien|sinh hoat|chao co)\b)",
    re.ASCII,
)
# In the step after a schedule line's colon, an event the step is before or after:
# "ngày 11 và 12-10: đại biểu tham dự các hoạt động trước Đại hội"
EVENT_IN_STEP = r"\b(?:trước|sau)\s+(?:đại hội|hội nghị|kỳ họp|khai mạc|bầu cử|lễ)\b"
# "Riêng học sinh lớp 1 sẽ tựu trường sớm hơn, vào ngày 25/8": compared with the others, and
# the day itself stated after the comma
# … and "sớm hơn một chút, vào ngày 22/8/2024" (Bến Tre, QĐ 1447/2024: a little earlier, on
# that day), the comparison softened; never a count ("sớm hơn 2 ngày" is a number, refused)
# "Tỉnh Bạc Liêu tổ chức Kỳ thi tuyển sinh vào lớp 10 … sớm nhất cả nước, từ ngày 22 -
# 24/5/2025" (Thể thao & Văn hóa, 2025): the earliest of the country, a comparison closed by
# its comma, no start bound (which is "sớm nhất là ngày …", "sớm nhất từ ngày …")
EARLIEST_OF_ALL = r"\bsớm\s+nhất\s+(?:cả\s+nước|toàn\s+quốc|khu\s+vực)\s*,\s*$"
# ... and before "vào" and its days, with or without the comma: "TP Đà Nẵng là nơi tổ chức sớm
# nhất cả nước vào các ngày 23, 24 và 25/5" (z-znews-lich-thi-lop-10-34-tinh-2026): on those
# days ("… cả nước từ ngày 22 - 24/5" stays refused: at the earliest, from the 22nd?)
EARLIEST_OF_ALL_ON = r"\bsớm\s+nhất\s+(?:cả\s+nước|toàn\s+quốc|khu\s+vực)\s*,?\s*$"
# "tối đa" (at most) closing the label right before "đến (hết) ngày …": no later than that day,
# the deadline itself: "Thời gian để nộp số kinh phí còn thiếu tối đa đến ngày 30/11/2021."
# (Trường Đại học Vinh, 2021; z-vinhuni-gia-han-dang-ky-hoc-hoc-phi-2021). Only before "đến"
# (`engine._label`): "tối đa 30 ngày" is a count, "tối đa trước ngày …" is checked
AT_MOST_UNTIL = r"\btối\s+đa\s*$"
# "Thời điểm công bố sớm nhất: Bắt đầu từ chiều 20/8" (Gia đình & Xã hội on the 2025
# admission cut-offs, zq-giadinh-suckhoedoisong-lich-cong-bo-diem-chuan-2025): a field named
# "at the earliest" and its value a start, "bắt đầu từ …": two words of one bound, the day
# the start (`engine._read_part`, only before "bắt đầu"; "sớm nhất" before a due day, or
# before a bare "từ", stays a word of time)
EARLIEST_FIELD = r"\bsớm\s+nhất\s*:\s*$"
EARLIER_THEN_DAY = r"\b(?:sớm|muộn)\s+hơn(?:\s+(?:một\s+chút|đôi\s+chút|một\s+ít))?\s*,?\s*$"
# "tiêm bổ sung sau đợt 1 từ 23-1-2018 đến hết tháng 6-2018" (Chi cục Chăn nuôi Đà Nẵng,
# 2017): the round a supplementary one follows names it, right before a range that states
# its own first and last days ("sau ngày …", "sau khi …" stay words of time)
AFTER_ROUND = r"\bsau\s+(?:đợt|dot)\s+(?:\d{1,2}|một|hai|ba|bốn|mot|bon)\s*$"
# ... and the ceremony a step follows, right before "vào ngày" and its one day: "sau lễ khai
# giảng đồng loạt diễn ra vào ngày 5/9" (Huế Ngày nay, 2025): the day stated is the step's, or
# the ceremony's, and read (convention 1). Only a ceremony named by its words ("sau ngày …",
# "sau khi …" stay words of time). Not "sau Tết vào ngày D" until D is checked against the
# lunar calendar: "Buổi học đầu tiên sau Tết vào ngày 22/8/2016" names a day half a year
# after Tết (tests/test_deadline_forms_e.py keeps it refused; the session-31 merge)
AFTER_EVENT_ON = r"\bsau\s+lễ(?:\s+[^\W\d_]+){1,4}?(?:\s+diễn\s+ra)?\s*$"
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
    # "trớc tháng 3/2027": the "ư" lost in a PDF copy ("tróc", peel, "trọc", bald, are words)
    "troc": ("trước", frozenset({"tróc", "trốc", "trọc", "trộc", "tròc"})),
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

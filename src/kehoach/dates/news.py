"""News told after the day or the period that opens a phrase: what was done then, or a
document issued that day; never a deadline.

The press opens with the time and tells what a body did: "Ngày 29/2/2020, UBND tỉnh đã ban
hành văn bản số: 670/HD-UBND …" (Sở TT&TT Hà Giang, 2020, set v- of the corpus), "Sáng 16/10,
Đại hội Đảng bộ tỉnh Kiên Giang … đã khai mạc trọng thể" (w-), "Trong giai đoạn 2019-2021, hơn
15.000 đơn vị đã được sáp nhập" (Dân trí, 2026, t-), "Tháng 11-2025, toàn bộ … trường … đã
được khởi công" (SGGP, 2025). A plan writes its own steps with a word of time ("Trước ngày
15/3, các huyện ban hành kế hoạch", "Trong năm 2026, hoàn thành …"), or says they are to come
("sẽ", "dự kiến", "phấn đấu"), and those read. A document's issuing told, by its number or
not ("Ngày 15/3, Thủ tướng ký Quyết định phê duyệt Đề án …"), is one rule of the citations
(`citations.refuse_issuing_told`, which says why), asked first.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kehoach.base.text import fold, nfc, spelled, unmarked
from kehoach.dates.citations import (
    DAY_OPENING,
    DAY_SPAN_OPENING,
    OPENING_COMMA,
    TO_COME,
    YEARLY_DAY_SET,
    refuse_issuing_told,
)
from kehoach.dates.grammar import Source, Unreadable

# How near its page a day told without a year is pinned by the page, its year the page's: an
# event's day or a schedule's cell told as the press tells news ("Chiều 3/2, UBND xã … tổ
# chức hội nghị …" on the page of 4/2/2026; "THỨ HAI 14/3" in a week's agenda of 17/3/2022).
# Read in the plan's year, such a day a few days back would be a past day, refused, or a day
# a year from its page. Two windows, apart on purpose:
# - `NEWS_WEEK`, the week a paper tells its news in (the lead's convention 1: an event's day,
#   whether the page tells it before, on or after it; further back, a past step retold,
#   convention 8, stays refused): the rule of `near_its_page`, every caller's but one;
# - `CONGRESS_TOLD_BACK`, a month, for a congress whose term opens in the page's year only
#   (`agenda._congress_day_fits`): the term's first year vouches for the day's year, so a
#   congress told up to a month back is read in it ("Chiều 19/10, … tổ chức Đại hội …, nhiệm
#   kỳ 2025 – 2030" on the page of 27/10/2025, zk-tienphong-dai-hoi-doan-xa-truong-son-2025).
NEWS_WEEK = 7  # days
CONGRESS_TOLD_BACK = 30  # days


def near_its_page(days: Sequence[date], issued: date | None, *, after: bool) -> bool:
    """Whether every one of `days` (at least one) falls within `NEWS_WEEK` (7) days before
    the page's `issued` day, that day included, or with `after` as many days after it too;
    False without a page. Near, a day is pinned by its page: the page's year (or, in the
    week before a page of the new year, the year before: `eve_year`), and a day read in the
    wrong year would be a year from it. Only for an event's day or a schedule's cell, never
    a deadline's: "trước ngày 26/2, Tỉnh đoàn … tổ chức Lễ khởi động" on the page of 27/2
    stays refused (of which year, when the plan is written after it? tests/test_tidy15.py);
    the callers ask what the words tell (`refusals.with_plan_year`, `agenda`). `after`: an
    event held in the days after its page is pinned too, where its meeting's years are
    judged (`agenda.meeting_years`); a day after the page takes the page's year anyway."""
    if issued is None or not days:
        return False
    lowest = -NEWS_WEEK if after else 0
    return all(lowest <= (issued - day).days <= NEWS_WEEK for day in days)


_YEAR = r"(?:19|20)\d\d"
# a period: a year or a span of years, a month or a quarter of a year, a half ("6 tháng đầu
# năm 2025"), with the words that place the news in it ("Trong", "Qua", "Cuối", …); never
# "Đến", "Trước": "Đến năm 2025, 100% xã đã đạt chuẩn" is a target, its "đã" a perfect
# ... and a term of office told as a period of work done, "Nhiệm kỳ 2020 - 2025, Đảng bộ xã
# Đại Đồng đã lãnh đạo toàn diện nhiệm vụ chính trị …" (Báo Phú Thọ, 2025: the past term
# reviewed at the congress, zk-baophutho-dai-hoi-dang-bo-xa-dai-dong-2025, read as a window
# over 2020-2025 before tune-zk); "Nhiệm kỳ 2025 - 2030, Đảng bộ … đề ra 17 chỉ tiêu" tells
# nothing done and is no news
_PERIOD = (
    r"(?:(?:trong|qua|vao|suot|dau|cuoi|giua)\s+)*"
    rf"(?:(?:(?:giai\s+doan|cac\s+nam|nhung\s+nam|nam|nhiem\s+ky)\s+)?{_YEAR}(?:\s*[-–]\s*(?:19|20)?\d\d)?"
    rf"|(?:thang\s+\d{{1,2}}|quy\s+(?:[ivx]+|\d)|\d{{1,2}}\s+thang\s+(?:dau|cuoi)\s+nam)"
    rf"\s*(?:[/.-]|\s+nam\s+|\s+)\s*{_YEAR})"
)
# (an article's number may open the period: "Điều 2. Trong giai đoạn 2006 - 2010, tình hình
# phát triển kinh tế - xã hội của tỉnh đã đạt được …", HĐND tỉnh Bà Rịa - Vũng Tàu, NQ 37/2011;
# a copy may lose its full stop: "Điều 2  Trong giai đoạn …")
# ... or the period opens what a speaker is reported to say, the press's "X cho biết năm 2025
# …": "Phát biểu tại buổi lễ, ông Trần Văn Bảy, Phó Chủ tịch UBND TP.HCM, cho biết năm 2025
# lực lượng Công an TP đã giữ vững ổn định chính trị" (zi-plo-cong-an-tphcm-cao-diem-tet-
# binh-ngo-2026; refused only by chance before harden17, and read as a window over 2025 once
# a comma became a semicolon or the marks were lost); no number before the speaker's verb
_REPORTED = r"^[^\d]*?\b(?:cho\s+biet|khang\s+dinh|nhan\s+manh)\s*[,:]?\s+"
_OPENING = re.compile(
    rf"{DAY_OPENING}|{DAY_SPAN_OPENING}"
    rf"|^\W*(?:dieu\s+\d{{1,3}}\s*[.:]?\s*)?{_PERIOD}{OPENING_COMMA}"
    rf"|{_REPORTED}{_PERIOD}{OPENING_COMMA}",
    re.ASCII,
)
# ... unless something is still to come (`citations.TO_COME`)
# Anything told as done: "đã", "vừa" (the past is the sentence's, not the verb's), and an
# event told as held well, "xã Đoàn chỉ đạo tổ chức thành công Đại hội điểm …" (Đoàn xã Hòa
# Lộc, Kiên Giang, 2023): done (the lead's convention 1, session 22). Matched folded,
# whatever the diacritics; the marks decide "da" and "vua" (`past_told`): "đã", "vừa" as
# written, never "đa" (many), "vua" (king); in a copy that lost every diacritic, "da"/"vua"
# only before a verb of doing or being done: "Trong giai doan 2019-2021, hon 15.000 don vi da
# duoc sap nhap" (t-dantri-sap-xep-thon-to-dan-pho-2026 of the corpus, its marks lost); bare
# "da" alone may be "đa" (many), "da" (skin), "Đà" (Đà Nẵng)
_HELD = r"(?:to\s+chuc|dien\s+ra|ket\s+thuc|khai\s+mac|be\s+mac)(?![a-z])"
_PAST = re.compile(
    r"(?<![a-z])(?P<told>da|vua|d)(?![a-z])"
    r"(?P<verb>\s+(?:di\s+)?(?:duoc|co|ban\s+hanh|ky|to\s+chuc|hoan\s+thanh|thuc\s+hien"
    r"|trien\s+khai|dien\s+ra|khai\s+mac|be\s+mac|ket\s+thuc|tien\s+hanh|thong\s+qua"
    r"|cong\s+bo|phe\s+duyet|dat|giai\s+ngan|khoi\s+cong|ban\s+giao|hop"
    # "Ngay 19/3, Pho chu tich UBND tinh …, da chu tri buoi lam viec …" (zd-doanhnghiephoinhap-
    # dong-nai-kiem-ke-dat-dai-2025 without its marks: read as a day of work)
    r"|chu\s+tri|lam\s+viec|tham\s+du|kiem\s+tra|chi\s+dao|gui|nhan|tiep|trao|xay\s+ra"
    # "Nam 2025, Ban Thuong vu Dang uy phuong Hoa Chau da tap trung lanh dao …" (zc-huengaynay-
    # dang-uy-phuong-hoa-chau-2026 typed bare: read as the year's window)
    r"|tap\s+trung|lanh\s+dao|phoi\s+hop|chu\s+dong|van\s+dong|ho\s+tro|xay\s+dung"
    r"|hoan\s+tat|tiep\s+nhan|ra\s+quan|khac\s+phuc|bo\s+tri|thong\s+nhat"
    r"|giu\s+vung)(?![a-z]))?"  # "… Cong an TP da giu vung on dinh …" (zi-plo-cong-an-tphcm)
    # ... and held well: "… xa Doan chi dao to chuc thanh cong Dai hoi diem …"
    # (zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-2023 typed bare), the thing held between
    # ("Ngày 15/3, UBND tỉnh tổ chức hội nghị thành công …"), "diễn ra thành công", "kết thúc
    # thành công"; never an aim ("để / nhằm / bảo đảm tổ chức thành công Đại hội", "đến khi
    # tổ chức thành công Đại hội XIV": convention 6's end), nor "hoàn thành công tác" folded
    rf"|(?<![a-z])(?P<aim>(?:de|nham|khi|bao|dam|phan|tam|toi|can|muon)\s+)?{_HELD}"
    rf"(?:(?!{_HELD})[^,;.:!?()]){{0,60}}?"
    # ... never the opening of a work, "tổ chức lễ khánh thành công trình …" (a ceremony
    # held, tune-zn), whose "thành" is khánh thành's and "công" công trình's
    r"(?<!hoan\s)(?<!khanh\s)(?<![a-z])thanh\s+cong(?![a-z])(?!\s+(?:tac|bo|trinh)(?![a-z]))"
    # ... and a body told founded, a work told opened, passive after the day that opens the
    # phrase (the lead's convention 1: "được thông xe/khánh thành … ngày …" is done): "Ngày 01
    # tháng 7 năm 2025, Hội Nông dân xã Hà Đông chính thức được thành lập trên cơ sở sáp nhập …"
    # (zc-hadong-haiphong-dai-hoi-hoi-nong-dan-xa-2025: refused only for its "cũ" after it, and
    # read as due 01/07/2025 once a word of it lost a mark, harden21's hunt)
    r"|(?<![a-z])(?:chinh\s+thuc\s+)?duoc\s+(?:thanh\s+lap|khanh\s+thanh|thong\s+xe)(?![a-z])"
)
# ... unless a deadline follows: "Trong năm 2026, các đơn vị đã được giao phải hoàn thành trước
# ngày …" sets one; "đã hoàn thành" is the thing done itself, as is the service the young
# men back home have done: "tư vấn, hướng nghiệp cho thanh niên hoàn thành nghĩa vụ quân sự
# trở về địa phương" (zg-thuonghieucongluan-tin-ngay-28-1-2026), who they are, no step due
_DUE_AFTER = re.compile(
    r"(?<!\w)(?:trước|chậm nhất|muộn nhất|trễ nhất|đến hết|hạn(?! chế)|không quá"
    r"|(?<!đã )(?<!vừa )(?<!được )(?P<completed>hoàn thành|hoàn tất|xong|kết thúc)"
    # ... never "kết thúc thành công" (held well: done)
    r"(?!\s+thành\s+công))(?!\w)"
)
# ... the service, matched folded: a word of it typed bare or its vowel lost in a copy
# ("hoàn thành nghia vụ quân sự", "… nghĩa vụ qun sự") read a due word, and the days told
# done as a window, before harden17
_SERVICE_DONE = re.compile(
    r"\b(?:hoan\s+thanh|xong)\s+ngh?i?a\s+vu\s+(?:qu?a?n\s+su|tham\s+gia\s+cong\s+an)\b",
    re.ASCII,
)


# ... nor a completion told after the thing done, with no time of its own after it: "Trong 6
# tháng cuối năm 2025, …, Đảng ủy phường đã lãnh đạo, chỉ đạo hệ thống chính trị hoàn thành
# khối lượng công việc rất lớn" (Lao động Thủ đô, 4/12/2025: what the half-year's leadership
# achieved), "Năm 2025, … Đảng ủy … đã tập trung lãnh đạo … và đạt được những kết quả tích
# cực; có 11 chỉ tiêu vượt kế hoạch, 17 chỉ tiêu hoàn thành" (Báo Thanh Hóa: targets counted
# as met); both read as their period before tune-zn. "… đã được giao, hoàn thành trước ngày
# 15/3" has its "trước"; a completion with a number after it ("hoàn thành 100% …", "hoàn
# thành ngày 15/3") stays a due word, as before.
_A_NUMBER = re.compile(r"\d")


def due_after(rest: str, told_at: int | None = None) -> bool:
    """Whether `rest` (printed, lower case) says a thing is due (`_DUE_AFTER`), the service
    the men back home completed (`_SERVICE_DONE`) set aside, and a completion after the
    thing told done (at `told_at` of `rest`) with no number after it."""
    for found in _SERVICE_DONE.finditer(fold(rest)):  # one character for one
        rest = rest[: found.start()] + " " * len(found.group()) + rest[found.end() :]
    for due in _DUE_AFTER.finditer(rest):
        done = told_at is not None and due["completed"] and due.start() > told_at
        if not (done and _A_NUMBER.search(rest, due.end()) is None):
            return True
    return False


# A day opening a phrase as news does (`citations.DAY_OPENING`); without a year, and with
# words after it, a day told within a week of its page is pinned by the page, across the new
# year too: "Ngày 31-12, … tổ chức Hội nghị tổng kết …" on a page of 01/01/2026 is 31/12/2025,
# the day before; the plan's year read it as 31/12/2026, a year late
NEWS_DAY = re.compile(DAY_OPENING, re.ASCII)
_NUMBER = re.compile(r"\d+", re.ASCII)
_DAY_AND_MONTH = 2


def eve_year(prepared: str, issued: date | None) -> int | None:
    """The year before `issued`'s when `prepared` (folded) opens with a day and month and no
    year (`NEWS_DAY`), words after it, that fell in the week before `issued` in that year
    (`near_its_page`); None otherwise. A cell "31/12" alone in a plan issued on 01/01 is no
    news: the plan's year-end."""
    opening = NEWS_DAY.match(prepared)
    if issued is None or opening is None or not prepared[opening.end() :].strip():
        return None
    numbers = _NUMBER.findall(opening["day"])
    if len(numbers) != _DAY_AND_MONTH:
        return None  # a year written
    try:
        told = date(issued.year - 1, int(numbers[1]), int(numbers[0]))
    except ValueError:
        return None
    return told.year if near_its_page([told], issued, after=False) else None  # told < issued


# the openings that say the day is past, read with their diacritics ("vừa quá ngày 15/3" is
# "just past that day", a bound) or in a copy that lost them all; never "Hôm qua" (yesterday)
# alone, which says when the page tells the event, not that it is over: "Hôm qua 25.12, nông
# dân … tổ chức gieo sạ …" reads its day (the lead's convention 1, session 22; zb-baoquangnam)
# "Vừa rồi", "mới rồi" say the same as "vừa qua", "mới đây": "Vừa rồi, vào ngày 20/02/2026, Sở
# tổ chức kiểm tra" (session 59's brief: read as due that day) tells the check held
_RECENT = frozenset({"vừa qua", "vừa rồi", "mới đây", "mới rồi", "trước đó"})
_RECENT_BARE = frozenset(map(fold, _RECENT))


def _recent(opening: str) -> bool:
    """Whether `opening` (as printed) is one of `_RECENT`, with its diacritics or none."""
    said = " ".join(opening.lower().split())
    return said in _RECENT or said in _RECENT_BARE


# ... but "vừa qua" after a thing, not after the day or at the start, is "recent", an
# adjective of that thing: "… sửa chữa nhà ở cho các hộ dân có nhà ở bị sập đổ, trôi, hư hỏng
# nặng do bão, lũ vừa qua" (the Thủ tướng's meeting of "Sáng 9/12", zi-vietnamplus-chien-dich-
# quang-trung-hop-9-12-2025) tells of the floods, not of the meeting; "Ngày 5/3 vừa qua, …"
# and "… tổ chức ngày 5/3 vừa qua" tell the day past
_RECENT_THING = re.compile(r"(?<=[a-z)] )vua\s+qua\b", re.ASCII)


# ... nor "đã" in who an event is held for, after "dành cho" and the verb that holds it: "Sáng
# 13/10, tại phường Thái Hòa, Trung tâm Dịch vụ việc làm Nghệ An tổ chức Hội chợ việc làm dành
# cho người lao động đang tìm việc và những lao động đã hoàn thành hợp đồng làm việc ở nước
# ngoài trở về" (Báo Nghệ An, 2025: zh-baonghean): who the workers are, the fair held that day
# (convention 1: "đã" that qualifies what is counted is no event told). Never without the
# verb before: "Hội nghị dành cho doanh nghiệp đã diễn ra …" tells the event done.
_HELD_FOR = re.compile(
    rf"(?<![a-z]){_HELD}[^,;.:!?()]*?(?<![a-z])danh\s+cho(?![a-z])[^,;.:!?()]*\Z", re.ASCII
)


def past_told(text: str) -> str | None:
    """The words of `text` (as printed) telling a thing as done (`_PAST`): "đã"/"vừa" as
    written, or "da"/"vua" typed bare (or "đ", its vowel lost) with the verb after it, in a
    copy without any diacritic or with some lost ("các đơn vị … da phối hop với …", "UBND
    xã … đ tổ chức họp"); None when it does not.
    "vừa qua" after a thing is no such word (`_RECENT_THING`)."""
    told = _past_told_at(text)
    return None if told is None else nfc(text)[slice(*told)]


def _past_told_at(text: str) -> tuple[int, int] | None:
    """Where `past_told` finds the words telling a thing as done in `text` (NFC offsets)."""
    bare = unmarked(text)  # an en dash is no letter
    written = nfc(text)
    folded = fold(text)
    for found in _PAST.finditer(folded):
        if found["aim"]:
            continue
        if found["told"] == "vua" and _RECENT_THING.match(folded, found.start()):
            continue
        if _HELD_FOR.search(folded, 0, found.start()):
            continue
        if found["told"] is None:
            return found.span()
        told = written[slice(*found.span("told"))]
        if found["verb"] and (told.isascii() or told.lower() == "đ"):  # "đ": "đã" lost its "ã"
            return found.span()
        if not bare and spelled(text, found, "told", frozenset({"đã", "vừa"})):
            return found.span("told")
    return None


def refuse_news_told(source: Source) -> None:
    """Refuse a phrase that tells a document issued (`citations.refuse_issuing_told`), or
    opens with a day or a period as news does (`_OPENING`) and tells what was done then
    (`past_told`), with no deadline word after (`_DUE_AFTER`), no day of each year set
    (`citations.YEARLY_DAY_SET`) and nothing to come (`TO_COME`)."""
    refuse_issuing_told(source)
    opening = _OPENING.match(source.prepared)
    if opening is None or TO_COME.search(source.text):
        return
    rest = " ".join(source.original(opening.end(), len(source.prepared)).lower().split())
    # "Vừa qua, ngày …", "Trước đó, vào ngày …": the opening itself tells of the past
    told_at = _past_told_at(rest)
    told = None if told_at is None else nfc(rest)[slice(*told_at)]
    recent = opening["recent"] and _recent(source.original(*opening.span("recent")))
    if not (told or recent) or due_after(nfc(rest), None if told_at is None else told_at[0]):
        return
    if YEARLY_DAY_SET.match(source.prepared, opening.end()):
        return  # "ngày 4-5-2001, Thủ tướng … đã ban hành … lấy ngày 28-6 hàng năm là …"
    said = source.original(*opening.span()).strip()
    word = f"{told} " if told else ""
    raise Unreadable(
        f"“{said} … {word}…” kể một việc đã xảy ra "
        "(vào ngày, kỳ đó), không phải thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
    )


# A year of work told as reviewed, before the year of the work to come (the lead's convention
# 10): "Hội đồng nhân dân xã đã xem xét các báo cáo của Thường trực HĐND và các Ban HĐND về
# tình hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026" (HĐND xã Xuân Quế,
# Đồng Nai, 2025; zd-xuanque-dongnai-ky-hop-6-hdnd-xa-2025, read as two windows before): the
# reports on 2025 were heard, 2026 is the time of work. "đã xem xét", "đã đánh giá", "đã thông
# qua (các) báo cáo"; the year reviewed before its comma, no other number before it. Without
# "đã" (a meeting's agenda, "tổng kết năm 2025, triển khai nhiệm vụ năm 2026") both read.
# Matched folded: a copy typed bare, in part or whole, says the same ("Hoi dong nhan dan xa
# da xem xet … nam 2025, phuong huong nhiem vu nam 2026", harden19's hunt: read as two windows),
# and a semicolon copied for the comma after the year reviewed changes nothing, nor one
# copied for a comma before it ("về tình hình tổ chức; hoạt động năm 2025, phương hướng …":
# read as two windows, harden22's hunt; one semicolon: two would be a list's clauses).
# "và" joins the two as the comma does when the work to come follows it by its name (a
# programme, direction, tasks or plan): "Kỳ họp đã thông qua Báo cáo tình hình hoạt động năm
# 2025 và chương trình công tác năm 2026 của Thường trực HĐND phường" (zd-baogialai-hdnd-
# phuong-dien-hong-2025): the report on 2025 was passed, 2026 is the time of work.
_REVIEWED_YEAR = re.compile(
    r"(?<!\w)da\s+(?:xem\s+xet|danh\s+gia|thong\s+qua\s+(?:cac\s+)?bao\s+cao)(?!\w)"
    r"[^\d;]*?(?:;[^\d;]*?)?(?<!\w)nam\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s*[,;]\s*|\s+va\s+(?=(?:chuong\s+trinh|phuong\s+huong|nhiem\s+vu|ke\s+hoach)(?!\w)))"
)
_LATER_YEAR = re.compile(r"(?<!\w)nam\s+(?P<year>(?:19|20)\d\d)(?![\d/.-])")


def cut_reviewed_year(text: str) -> tuple[str, str | None]:
    """`text` (NFC) without a year told as reviewed (`_REVIEWED_YEAR`) when a later year of
    work follows it, and the gloss the reading takes (the words cut, as printed); (`text`,
    None) when nothing is cut."""
    printed, text = text, nfc(text)
    folded = fold(text)  # one character for one: the offsets are the text's
    reviewed = _REVIEWED_YEAR.search(folded)
    if reviewed is None:
        return printed, None
    later = [int(found["year"]) for found in _LATER_YEAR.finditer(folded, reviewed.end())]
    if not later or min(later) <= int(reviewed["year"]):
        return printed, None
    said = " ".join(text[reviewed.start() : reviewed.end()].split()).strip(" ,")
    rest = f"{text[: reviewed.start()]} {text[reviewed.end() :]}"
    return " ".join(rest.split()), f"năm đã xem xét, không phải thời gian làm việc: {said}"


# A thing told done on its day, closing its clause, then the work still to come with its own
# time (the rule of "A past event told as done": "A day still to come in the same phrase is
# read"): "Theo đó, đối với các công trình, dự án đã thông xe kỹ thuật vào ngày 19-12-2025, các
# nhà thầu cần huy động tối đa nguồn lực, phấn đấu hoàn thành để đưa vào khai thác sử dụng
# trước ngày 19-1-2026" (SGGP, 2026; zb-sggp-bxd-dua-du-an-vao-khai-thac-19-1-2026): the day
# told done says which works, 19/1/2026 is the deadline. Only a day with its year, before the
# page's day, right before a comma, and the rest to come (`TO_COME`), due (`due_after`: an
# event's day to come, "đã khai mạc … vào ngày 21/10/2024, dự kiến bế mạc vào …", stays
# refused, test_deadline_schedules) with nothing in it told done; the day is cut, its words
# kept, and the rest read with every check.
_DONE_DAY_CLAUSE = re.compile(
    r"(?<!\w)đã\s+(?:được\s+)?(?:[^\W\d_]+\s+){1,8}?"
    r"(?P<day>(?:(?:vào|hồi)\s+)?(?:ngày\s+)?(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"\s*(?P=sep)\s*(?P<y>\d{4}))\s*,\s*"
)


# ... and the day to come written in full, with its year: a day counted from another month
# ("dự kiến bế mạc trước ngày 5 tháng sau", session 51's tester: read as every month's 5th
# once the day told done was cut) keeps the phrase's refusal
_IN_FULL = re.compile(
    r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*(?:19|20)\d\d"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d"
)


def cut_done_day(text: str, issued: date | None) -> tuple[str, str | None]:
    """`text` (NFC) without the day of a thing told done before the work to come
    (`_DONE_DAY_CLAUSE`), and the gloss the reading takes (the day cut, as printed); (`text`,
    None) when nothing is cut."""
    printed, text = text, nfc(text)
    lowered = text.lower()
    done = _DONE_DAY_CLAUSE.search(lowered) if len(lowered) == len(text) else None
    if issued is None or done is None:
        return printed, None
    try:
        told = date(int(done["y"]), int(done["m"]), int(done["d"]))
    except ValueError:
        return printed, None
    rest = text[done.end() :]
    to_come = TO_COME.search(rest) is not None and due_after(rest.lower())
    if told >= issued or not to_come or past_told(rest) or not _IN_FULL.search(rest):
        return printed, None
    said = " ".join(text[done.start() : done.end("day")].split())
    cut = f"{text[: done.start('day')].rstrip()}{text[done.end('day') :]}"
    return " ".join(cut.split()), f"việc đã làm, ngày đó không phải thời hạn: {said}"


# A review meeting told held with no day printed, then the period of work it opens (the
# lead's ruling 49(b), convention 10): "UBND huyện Kông Chro vừa tổ chức Hội nghị sơ kết tình
# hình thực hiện nhiệm vụ công tác 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2023" (Gia
# Lai TV, 2023; zl-gialaitv-kong-chro-so-ket-9-thang-2023): the meeting is over and the nine
# months reviewed, the last three are the time of work. Only when the period to do closes the
# phrase and takes over from the one reviewed: the year's months shared out (9 and 3) in one
# year, or the year after the one reviewed ("tổng kết năm 2025, triển khai nhiệm vụ năm
# 2026"). A day or any other number (a meeting told held with its day reads nothing, ruling
# 49(b)), periods that do not take over, a negation, a condition, a cadence, "hoặc" stay
# refused. The months reviewed may say they open the year ("Hội nghị sơ kết 6 tháng đầu năm,
# triển khai nhiệm vụ 6 tháng cuối năm 2025": the lead's ruling 50(h), as 49(b) reads it).
_REVIEW_HELD = re.compile(
    r"(?<!\w)(?:da|vua)\s+(?:long\s+trong\s+)?to\s+chuc\s+hoi\s+nghi\s+(?:so|tong)\s+ket(?!\w)"
    r"[^\d,;:()]*?(?<!\w)(?:(?P<months>\d{1,2})\s+thang(?:\s+dau\s+nam)?|nam)"
    r"(?:\s+(?:nam\s+)?(?P<year>(?:19|20)\d\d))?(?:\s*,\s*(?:va\s+)?|\s+va\s+)"
    r"(?=(?:trien\s+khai\s+)?(?:phuong\s+huong\s*,?\s*)?nhiem\s+vu(?:\s+cong\s+tac)?\s+"
    r"(?:(?P<later>\d{1,2})\s+thang\s+cuoi\s+nam|nam)\s+(?P<later_year>(?:19|20)\d\d)\s*\.?\s*\Z)"
)
# ... what may stand before the meeting told held: the body, no number, no day told in words
# ("Sáng nay", "hôm qua", "Vừa qua": its day, ruling 49(b)), no word of a negation, a
# condition, an alternative or a cadence
_NOT_BEFORE_REVIEW = re.compile(
    r"\d|(?<!\w)(?:ngay|hom|sang|chieu|toi|trua|dem|nay|qua|neu|khong|chua|hoac|hang"
    r"|dinh\s+ky|thuong\s+nien|moi\s+(?:nam|quy|thang))(?!\w)"
)


def _takes_over(review: re.Match[str]) -> bool:
    """Whether the period to do of `review` (`_REVIEW_HELD`) follows the one reviewed: the
    rest of its year's months, or the year after the one reviewed."""
    later_year = int(review["later_year"])
    if review["months"] is not None:
        shared = review["later"] is not None
        same_year = review["year"] is None or int(review["year"]) == later_year
        return shared and same_year and int(review["months"]) + int(review["later"]) == 12
    return (
        review["year"] is not None
        and review["later"] is None
        and later_year == int(review["year"]) + 1
    )


def cut_review_held(text: str, issued: date | None) -> tuple[str, str | None]:
    """`text` (NFC) without a review meeting told held and the period it reviewed
    (`_REVIEW_HELD`) when the period of work after it takes over from that period
    (`_takes_over`), nothing before it is a number, a day or a word of doubt
    (`_NOT_BEFORE_REVIEW`), and, on a page with its day, that period is of the page's year
    or the next (a meeting just held opens the work to come, not one of years back); the
    gloss the reading takes (the words cut, as printed), or (`text`, None) when nothing is
    cut."""
    printed, text = text, nfc(text)
    folded = fold(text)  # one character for one: the offsets are the text's
    review = _REVIEW_HELD.search(folded)
    if review is None or _NOT_BEFORE_REVIEW.search(folded, 0, review.start()):
        return printed, None
    if not _takes_over(review):
        return printed, None
    if issued is not None and not 0 <= int(review["later_year"]) - issued.year <= 1:
        return printed, None
    said = " ".join(text[review.start() : review.end()].split()).strip(" ,")
    rest = f"{text[: review.start()]} {text[review.end() :]}"
    gloss = f"hội nghị đã tổ chức, kỳ đã xem xét, không phải thời gian làm việc: {said}"
    return " ".join(rest.split()), gloss


# A day alone opening a sentence, then a comma and a clause with its own time: "Ngày
# 15/3/2026, lùi thời hạn nộp hồ sơ đến ngày 30/3/2026" (the lead's find, session 29, read
# as two deadlines, 15/03 and 30/03). The day alone names nothing to do: it is the day the
# clause was told (the press's opening, convention 1) or the first day of the clause's own
# work ("Ngày 15/3, tiếp nhận hồ sơ đến ngày 30/3": from 15/3?), never a deadline of its own.
# Where the clause moves a time ("lùi", "dời", "gia hạn", "điều chỉnh", "chuyển", "kéo dài"),
# the day is the move's telling and the clause's time is the deadline now; read with the
# marks (folded, "doi" is also "đối với", "chuyen" "chuyên đề").
_MOVES_A_TIME = re.compile(r"(?i)(?<!\w)(?:lùi|dời|gia\s+hạn|điều\s+chỉnh|chuyển|kéo\s+dài)(?!\w)")


def day_alone_opening(prepared: str) -> bool:
    """Whether `prepared` (a part of a phrase, folded) is a day opening its sentence and
    nothing else: "ngay 15/3/2026", "sang 15/3" (`citations.DAY_OPENING`)."""
    opening = re.match(DAY_OPENING, prepared, re.ASCII)
    return opening is not None and not prepared[opening.end() :].strip(" ,;.")


# the bodies that open a sentence telling what they did (news of the press, `toldpast`)
BODY = (
    r"(?:hdnd|ubnd|hoi\s+dong|uy\s+ban|dang\s+bo|dang\s+uy|chi\s+bo|chi\s+doan|doan|hoi"
    r"|mttq|mat\s+tran|cong\s+doan|xa|phuong|thi\s+tran|huyen|tinh|thanh\s+pho|tp|truong"
    r"|so|ban|bo|cum|khoi|lien\s+doan|cong\s+an|quan\s+doi|bo\s+chi\s+huy)"
)
# ... and where the clause's time is the end of a span ("… đến ngày 30/3/2026"), the opening
# day may be its start; where a body opens the clause ("Ngày 15/3/2026, Sở Nội vụ tổ chức
# …"), it is the press's news day: either way no deadline, refused. A bare step with a day
# of its own ("ngày 15/3/2027, thi bù ngày 20/3/2027", a plan's cell: the exam, its make-up)
# keeps its two days.
_SPAN_END = re.compile(r"(?<![a-z])den\s+(?:het\s+)?(?:ngay\s+)?\d", re.ASCII)
_SPAN_END_MARKED = re.compile(r"(?i)(?<!\w)tới\s+(?:hết\s+)?(?:ngày\s+)?\d")
# (a school, "trường", is a body; "trường hợp", in case, opens a condition)
_BODY_FIRST = re.compile(rf"^\W*(?!truong\s+hop(?![a-z])){BODY}(?![a-z])", re.ASCII)


def day_may_be_news_or_start(clause: str) -> bool:
    """Whether `clause` (the words after the opening day, as printed) makes that day the
    press's news day (a body opens it, `toldpast.BODY`) or its span's first day (its time an
    end, "đến|tới (hết) (ngày) D")."""
    folded = fold(nfc(clause)).lower()
    if _BODY_FIRST.match(folded) or _SPAN_END.search(folded):
        return True
    return _SPAN_END_MARKED.search(nfc(clause)) is not None


def clause_moves_a_time(label: str) -> bool:
    """Whether `label` (a step's words, as printed) moves a time: "lùi thời hạn nộp hồ sơ",
    "UBND tỉnh gia hạn thời gian nộp hồ sơ" (`_MOVES_A_TIME`)."""
    return _MOVES_A_TIME.search(nfc(label)) is not None

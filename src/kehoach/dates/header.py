"""The column header a deadline phrase stands under, as the deadline language reads it.

A bare count ("75 ngày") under "Số ngày trước ngày bầu cử" takes its direction and anchor
from the header (`count_from_header`); a counted phrase under a header that names its unit
("số ngày làm việc") is read in that unit (`header_narrows`). A header that names both
directions, two anchors or two units is refused: which one a cell means is a guess.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.asides import HEADER_ANCHOR
from kehoach.dates.citations import without_references
from kehoach.dates.counted import UNITS
from kehoach.dates.found import Found
from kehoach.dates.grammar import Source, Unreadable, show
from kehoach.dates.numbers import printed_number
from kehoach.dates.reading import Context, DeadlineKind, Relative


def count_from_header(count: re.Match[str], source: Source, context: Context) -> Found:
    """ "75 ngày" under the column "Số ngày trước ngày bầu cử": 75 days before election day.
    The direction and the anchor are the header's; without a header, or with one naming
    both directions ("trước (sau)"), the phrase is refused: a count alone says neither."""
    said = source.said(*count.span("count"))
    unit = UNITS[" ".join(count["unit"].split())]
    header = " ".join(nfc(context.header or "").split())
    folded = fold(header)
    anchors = list(HEADER_ANCHOR.finditer(folded))
    if len(set(re.findall(r"\b(?:truoc|sau)\b", folded))) > 1 or len(anchors) > 1:
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu cả “trước” và “sau” (hoặc hai mốc): không đoán chiều "
            "của số ngày; ghi đủ “… trước/sau …” hoặc ghi last_day"
        )
    if not anchors and _PROCESSING_TIME.search(folded):
        return _processing_time(count, source, unit, header, context)
    if not anchors:
        raise Unreadable(
            f"“{said} {unit}” không nói trước hay sau mốc nào: ghi đủ như “{said} {unit} trước "
            "ngày bầu cử”, hoặc ghi last_day; trong bảng, tiêu đề cột phải nêu mốc"
        )
    anchor = " ".join(header[slice(*anchors[0].span("anchor"))].split())
    before = anchors[0]["direction"] == "truoc"
    offset = _offset(said)
    if offset < 1:
        raise Unreadable("số ngày phải lớn hơn 0" if said.isdigit() else f"“{said}” không phải số")
    unit, _ = _unit_with_header(said, unit, context.header)
    relative = Relative.counted(offset, unit, before, anchor)
    lead = "trước" if before else "sau"
    reading = (
        f"{offset} {unit} {lead} {anchor} (đơn vị, chiều và mốc theo tiêu đề cột “{header}”); "
        "không có ngày cố định"
    )
    cite = source.said(*count.span("cite")).strip(" -–—") or None
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, gloss=cite)


# A procedure's processing-time column ("Thời hạn giải quyết" of a portal's procedure card,
# "Ngày thụ lý" of Huế's procedure lists): the cells count from the day the agency receives a
# complete, valid file. The cells that say so in full print that anchor ("28 ngày kể từ ngày
# nhận được hồ sơ hợp lệ" under the same header, r-dichvucong-laocai-tthc-122012; "05 ngày
# làm việc kể từ ngày nhận được hồ sơ hợp lệ", p-tthc-hue-thu-tuc-cap-xa), as the one-stop
# rule does (Nghị định 61/2018/NĐ-CP: the appointment to return the result is counted from
# the receipt of a complete file). Not "Thời gian thực hiện" (a plan's dates).
# ... "Số ngày xử lý" (the days it takes), as Quảng Nam's one-stop portals print the count
# of a procedure ("Số ngày xử lý: 12", UBND huyện Nam Trà My, cấp giấy phép xây dựng)
_PROCESSING_TIME = re.compile(
    r"\b(?:thoi\s+(?:han|gian)\s+(?:giai\s+quyet|xu\s+ly)|ngay\s+thu\s+ly|so\s+ngay\s+xu\s+ly)\b",
    re.ASCII,
)
_RECEIPT = "ngày nhận đủ hồ sơ hợp lệ"


def processing_header(context: Context) -> bool:
    """Whether `context`'s column header is a procedure's processing time (`_PROCESSING_TIME`)
    naming no anchor of its own (`HEADER_ANCHOR`)."""
    folded = fold(" ".join(nfc(context.header or "").split()))
    return bool(_PROCESSING_TIME.search(folded)) and not HEADER_ANCHOR.search(folded)


def count_of(said: str) -> int:
    """The count `said` prints (`_offset`): digits, or words with their diacritics; 0 if
    none."""
    return _offset(" ".join(said.split()))


def _offset(said: str) -> int:
    """The count a cell prints, in digits or in words with their diacritics ("một ngày":
    folded, "sau" and "tu" would pass for six and four); 0 if none."""
    return int(said) if said.isdigit() else printed_number(said) or 0


def _processing_time(
    count: re.Match[str], source: Source, unit: str, header: str, context: Context
) -> Found:
    """ "15 Ngày" under "Thời hạn giải quyết": 15 days after the complete file is received
    (see `_PROCESSING_TIME`); the unit as `_unit_with_header` narrows it."""
    said = source.said(*count.span("count"))
    offset = _offset(said)
    if offset < 1:
        raise Unreadable(f"“{said} {unit}” không phải một số ngày đọc được; ghi last_day")
    unit, _ = _unit_with_header(said, unit, context.header)
    relative = Relative.counted(offset, unit, False, _RECEIPT)
    reading = (
        f"{offset} {unit} kể từ {_RECEIPT} (thời hạn giải quyết thủ tục, theo tiêu đề cột "
        f"“{header}”); không có ngày cố định"
    )
    cite = source.said(*count.span("cite")).strip(" -–—") or None
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, gloss=cite)


# A processing time set per case, as a procedure's rule lists them: "Không quá 17 ngày làm
# việc đối với trường hợp đăng ký đất đai, tài sản gắn liền với đất lần đầu" (Hà Nội's QĐ
# 3380/QĐ-UBND of 2025, after Nghị định 101/2024/NĐ-CP, Điều 22, which prints its times so):
# the time the agency has from the receipt of a complete file, as under a processing-time
# header (`_PROCESSING_TIME`). Only working days (a meeting lasts "không quá 1 ngày"), a
# bound ("không quá", "tối đa") and the case right after, with no number in it.
_PER_CASE = re.compile(
    r"\s*(?:khong\s+qua|toi\s+da)\s+(?P<count>\d{1,3})\s+ngay\s+lam\s+viec\s+doi\s+voi\s+"
    r"(?P<case>(?:cac\s+)?(?:truong\s+hop|ho\s+so|thu\s+tuc)\b[^\d;]*?)[\s.;]*",
    re.ASCII,
)


def per_case_count(source: Source) -> Found | None:
    """ "Không quá 17 ngày làm việc đối với trường hợp …": 17 working days from the receipt of
    a complete file, the case its gloss (`_PER_CASE`); None for any other phrase."""
    found = _PER_CASE.fullmatch(source.prepared)
    if found is None:
        return None
    offset = int(found["count"])
    if offset < 1:
        raise Unreadable("số ngày phải lớn hơn 0")
    case = source.said(*found.span("case"))
    relative = Relative.counted(offset, "ngày làm việc", False, _RECEIPT)
    reading = (
        f"{offset} ngày làm việc kể từ {_RECEIPT} (thời hạn giải quyết thủ tục theo từng "
        "trường hợp); không có ngày cố định"
    )
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, gloss=case)


# The unit a column header counts in: "Thời hạn (số ngày làm việc trước ngày bầu cử)",
# "Số tuần trước ngày khai mạc", "Thời hạn (ngày làm việc) sau khi nhận đủ hồ sơ". Only
# where the header names a count ("số ngày") or working days, so that a date column headed
# "Thời hạn (ngày/tháng/năm)" says nothing of a unit.
_HEADER_UNIT = re.compile(
    r"\b(?P<working>(?:so\s+)?ngay\s+lam\s+viec)\b"
    r"|\b(?P<calendar>(?:so\s+)?ngay\s+(?:theo\s+)?(?:duong\s+)?lich)\b"
    r"|\bso\s+(?P<counted>ngay|tuan|thang)\b(?P<more>(?:\s*/\s*(?:ngay|tuan|thang)\b)*)"
    r"|\(\s*(?P<alone>ngay|tuan|thang)\s*\)",  # "Thời hạn (tuần) trước ngày khai mạc"
    re.ASCII,
)


_HEADER_UNITS = {"ngay": "ngày", "tuan": "tuần", "thang": "tháng"}


def _header_unit(header: str) -> str | None:
    """The unit the column `header` counts in: "ngày làm việc", "ngày lịch" (calendar days
    said outright), "ngày", "tuần", "tháng", or None when it names none. The words of the
    anchor ("trước ngày bầu cử") are not read: "ngày" there is the event's day. A header
    naming two units is refused: which one a count in its column means is a guess."""
    folded = fold(" ".join(nfc(header).split()))
    anchor = HEADER_ANCHOR.search(folded)
    counting = folded[: anchor.start()] if anchor else folded
    units: set[str] = set()
    for found in _HEADER_UNIT.finditer(counting):
        if found["working"]:
            units.add("ngày làm việc")
        elif found["calendar"]:
            units.add("ngày lịch")
        elif found["alone"]:
            units.add(_HEADER_UNITS[found["alone"]])
        else:  # "Số ngày/tuần …": every unit named
            named = [found["counted"], *re.findall(r"[a-z]+", found["more"])]
            units.update(_HEADER_UNITS[word] for word in named)
    if len(units) == 2 and "ngày" in units and units & {"ngày làm việc", "ngày lịch"}:
        units.discard("ngày")  # "Số ngày (ngày làm việc)": the narrower one
    if len(units) > 1:
        shown = ", ".join(f"“{unit}”" for unit in sorted(units))
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu nhiều đơn vị ({shown}): không đoán số trong cột đếm "
            "theo đơn vị nào; sửa header cho rõ một đơn vị, hoặc ghi last_day theo văn bản"
        )
    return units.pop() if units else None


def _unit_with_header(said: str, unit: str, header: str | None) -> tuple[str, bool]:
    """The unit a count in a column is counted in: the cell's, narrowed by the column's
    header ("105 ngày" under "số ngày làm việc trước ngày bầu cử" is 105 working days, as
    the header says), and True when the header changed it. A cell whose unit contradicts
    its header ("2 tuần" under "Số ngày …", "10 ngày làm việc" under "ngày theo lịch") is
    refused: one of the two is wrong, and a wrong unit is a wrong date (Luật Bầu cử 2015
    counts in days, Bộ luật Lao động 2019 defines the working days)."""
    named = _header_unit(header) if header else None
    if named is None or named == unit:
        return unit, False
    if unit == "ngày" and named == "ngày làm việc":
        return named, True
    if (unit, named) in (("ngày", "ngày lịch"), ("ngày làm việc", "ngày")):
        return unit, False
    raise Unreadable(
        f"ô ghi “{said} {unit}” nhưng tiêu đề cột “{header}” đếm theo “{named}”: không đoán "
        "bên nào đúng; sửa cho khớp, hoặc ghi last_day theo văn bản"
    )


def header_narrows(found: Found, context: Context) -> Found:
    """A relative phrase in a column whose header names its unit: read the unit with it
    (see `_unit_with_header`); the reading says when the header changed it."""
    rel = found.relative
    if rel is None or not context.header:
        return found
    unit = f"{rel.unit} làm việc" if rel.working_days else rel.unit
    read, changed = _unit_with_header(str(rel.offset), unit, context.header)
    if not changed:
        return found
    header = " ".join(nfc(context.header).split())
    said = HEADER_ANCHOR.search(fold(header))
    direction = "before" if said and said["direction"] == "truoc" else "after"
    if said is not None and (direction, _bare_words(said["anchor"])) != (
        rel.direction,
        _bare_words(fold(rel.anchor or "")),
    ):  # "10 ngày sau ngày khai mạc" under "Số ngày làm việc trước ngày bầu cử": its own
        raise Unreadable(
            f"ô ghi “{rel.offset} {unit}” với mốc riêng, dưới tiêu đề cột “{header}” đếm theo "
            "ngày làm việc: không rõ ô đếm theo đơn vị nào; ghi “ngày làm việc” hoặc “ngày "
            "theo lịch” trong ô, hoặc ghi last_day"
        )
    relative = replace(rel, unit=read.removesuffix(" làm việc"), working_days=True)
    reading = found.reading.replace(
        f"{rel.offset} {unit} ", f"{rel.offset} {read} (đơn vị theo tiêu đề cột “{header}”) ", 1
    )
    return found._replace(relative=relative, reading=reading)


def _bare_words(anchor: str) -> str:
    """An anchor's words for comparing: "ngày bầu cử", "bầu cử", "NGÀY BẦU CỬ" are one."""
    words = " ".join(re.findall(r"[a-z]+", fold(anchor)))
    return words.removeprefix("ngay ")


def header_agrees(found: Found, context: Context) -> Found:
    """A dated reading under a column header that names its calendar or its years: "Thời
    gian thực hiện (âm lịch)" makes every day of the column a lunar one, which the deadline
    language does not convert; "Thời hạn (năm 2028)" gives the year the cells leave out.
    A day read in another year than the header's, any day under a lunar header, and a day
    that took the plan's year under a header naming a cadence or a season's years are
    refused: the plan's own year, or the solar calendar, would be a silent wrong date."""
    if not context.header or not _dated(found):
        return found
    header = " ".join(nfc(context.header).split())
    folded = fold(header)
    if _LUNAR_HEADER.search(folded):
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu âm lịch: ngày âm lịch chưa đọc được (không đổi sang "
            "dương lịch); ghi last_day theo ngày dương lịch"
        )
    years = [int(year) for year in _HEADER_YEAR.findall(folded)]
    days = [day for day in (found.first, found.last, found.earliest) if day is not None]
    if years and any(not min(years) <= day.year <= max(years) for day in days):
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu năm {', '.join(map(str, years))}, còn cụm từ được đọc "
            f"vào năm {days[-1].year}"
            + (" (năm của kế hoạch, vì ô không ghi năm)" if found.year_inferred else "")
            + ": ghi last_day theo văn bản"
        )
    if found.year_inferred and (
        _HEADER_CADENCE.search(folded) or (years and _HEADER_SEASON.search(folded))
    ):
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu thời gian riêng (vụ, năm học, nhịp lặp lại); ô không "
            "ghi năm nên không lấy năm của kế hoạch: ghi last_day (và first_day) theo văn bản"
        )
    return found


# A column of the days documents take effect: "Ngày có hiệu lực" (the summary table of a legal
# portal's page, nhansu.vn, over Thanh Hóa's QĐ 74/QĐ-UBND of 07/01/2026), "Ngày hiệu lực",
# "Thời điểm có hiệu lực". A day there is when the text starts to apply (Luật Ban hành văn
# bản quy phạm pháp luật 2015, Điều 151: "thời điểm có hiệu lực"), a start bound as "có
# hiệu lực từ ngày D" is (`periods.build_in_force`), never a day due. Not "hết hiệu lực".
_IN_FORCE_KEY = r"(?:ngay|thoi\s+diem)\s+(?:bat\s+dau\s+)?(?:co\s+)?hieu\s+luc"
# ... or the day it applies from, a header of one word or two ("Áp dụng:", the summary of
# QĐ 52/2018/QĐ-UBND of Lạng Sơn on a legal portal; "Ngày áp dụng"): "Thời gian áp dụng
# biện pháp …" may head a window, and is not one.
# ... or the words alone, as a school's page of its texts heads the column beside "Ngày ban
# hành": "Hiệu lực" (THCS Ba Đình, Văn bản nhà trường, 2021, zo-c2badinh-van-ban-nha-truong-
# hieu-luc-2021: "23/09/2021" there is the day the text applies from), "Có hiệu lực", "Hiệu
# lực thi hành", "Hiệu lực từ ngày", "Bắt đầu hiệu lực": the whole header, nothing after it
_IN_FORCE_WORDS = (
    r"(?:bat\s+dau\s+)?(?:co\s+)?hieu\s+luc(?:\s+thi\s+hanh)?(?:\s+(?:ke\s+)?tu(?:\s+ngay)?)?"
)
_IN_FORCE_HEADER = re.compile(
    rf"(?<!het )(?<!cham dut )\b{_IN_FORCE_KEY}\b"
    r"|^\W*(?:ngay\s+)?(?:bat\s+dau\s+)?ap\s+dung\W*$"
    rf"|^\W*{_IN_FORCE_WORDS}\W*$",
    re.ASCII,
)
# Any other header naming a text's force, neither its start nor its end ("Tình trạng hiệu
# lực", "Hiệu lực văn bản", "Ngày ban hành / Hiệu lực": two days in one column?), may head
# either: a day under it is refused (`in_force_under_header`), never read as due, nor as a
# start it may not be. A header of its end ("Ngày hết hiệu lực", "Thời hạn hiệu lực", "Hiệu
# lực đến") keeps the day as its last, as tune-u settled (test_deadline_forms_u).
_FORCE_NAMED = re.compile(r"\bhieu\s+luc\b", re.ASCII)
_FORCE_ENDS = re.compile(
    r"\b(?:(?:het|cham\s+dut|ngung|mat)\s+hieu\s+luc|thoi\s+han\s+(?:co\s+)?hieu\s+luc"
    r"|hieu\s+luc\s+(?:den|toi)|hieu\s+luc\s+con\s+lai)\b",
    re.ASCII,
)
# ... and such a header printed with its cell on one line, as a portal's list of texts
# prints their attributes: "Ngày hiệu lực: 01-10-2019" (Sở Xây dựng Tuyên Quang, văn bản pháp
# quy, 2019), "Hiệu lực: 23/09/2021": the cell read under that header (`in_force_under_header`)
_IN_FORCE_LINE = re.compile(
    rf"\s*(?P<header>{_IN_FORCE_KEY}|{_IN_FORCE_WORDS})\s*:\s*(?P<cell>\S.*)", re.ASCII
)
# ... or without the colon when the day alone follows, as a portal's card prints "Ngày có
# hiệu lực 08/10/2025" (nhansu.vn over Hà Nội's KHLN 5440, zh-nhansu-ha-noi-khln-5440-y-te-
# truong-hoc-2025-2026), "Hiệu lực 23/09/2021": a bare day only (`_BARE_DAY`); "có hiệu lực
# từ ngày D và thay thế …" is a sentence, read by the grammar
_IN_FORCE_BARE_LINE = re.compile(
    rf"\s*(?P<header>{_IN_FORCE_KEY}|hieu\s+luc(?:\s+thi\s+hanh)?)\s+(?P<cell>\d.*)", re.ASCII
)


# ... and a procedure's processing time printed with its count on one line, as a procedure
# sheet prints its items: "Thời hạn giải quyết:15 ngày" (a Đồng Tháp xã's procedure for the
# "Gia đình văn hóa" title, zb- of the corpus), "Thời gian giải quyết 07 ngày làm việc" (a xã of
# Vĩnh Long, the same procedure): the count read under that header (`_PROCESSING_TIME`), as
# the cell of its column is. Only a count right after it: "Thời gian giải quyết hồ sơ trước
# ngày …" is a deadline of its own.
# The same portals open the line with the section it stands in, "Hướng dẫn thủ tục: Thời
# gian giải quyết: 12 ngày" (Nam Trà My), and print the count bare under "Số ngày xử lý",
# whose words give the unit (`_header_unit`: "số ngày", days).
# A guide names what is processed and says the count "within": "Thời gian xử lý hồ sơ: Trong
# vòng 14 ngày làm việc" (a law firm's guide to the festival notice, zk-luatminhthinh-thong-
# bao-le-hoi-cap-tinh), the cell read as under its column (`engine._count_alone`).
_PROCESSING_LINE = re.compile(
    r"\s*(?:huong\s+dan\s+thu\s+tuc\s*:\s*)?"
    r"(?P<header>(?:thoi\s+(?:han|gian)\s+(?:giai\s+quyet|xu\s+ly)|so\s+ngay\s+xu\s+ly)"
    r"(?:\s+(?:ho\s+so|thu\s+tuc))?)"
    r"\s*:?\s*(?P<cell>(?:(?:trong\s+(?:vong|thoi\s+han)|khong\s+qua|toi\s+da)\s+)?\d.*)",
    re.ASCII,
)


# ... or in parentheses after a portal's heading: "THÔNG TIN DỊCH VỤ CÔNG (THỜI GIAN GIẢI QUYẾT:
# 10 NGÀY LÀM VIỆC)" (Bình Phước's public-service card for registering a religious activity,
# zk-dichvucong-binhphuoc-dang-ky-hoat-dong-tin-nguong): the heading names no time, no number
_PROCESSING_IN_HEADING = re.compile(
    r"[^\d()]*\(\s*(?P<header>thoi\s+(?:han|gian)\s+(?:giai\s+quyet|xu\s+ly))\s*:\s*"
    r"(?P<cell>\d[^()]*?)\s*\)[\s.]*",
    re.ASCII,
)


def header_line(phrase: str) -> tuple[str, str] | None:
    """A header of the day a text takes effect (`_IN_FORCE_LINE`) or of a procedure's
    processing time (`_PROCESSING_LINE`, `_PROCESSING_IN_HEADING`) and its cell, printed on
    one line, as printed: (header, cell); else None."""
    folded = fold(phrase)  # one character for one
    line = (
        _IN_FORCE_LINE.fullmatch(folded)
        or _in_force_bare_line(folded)
        or _PROCESSING_LINE.fullmatch(folded)
        or _PROCESSING_IN_HEADING.fullmatch(folded.lower())
    )
    if line is None:
        return None
    header, cell = phrase[slice(*line.span("header"))], phrase[slice(*line.span("cell"))]
    return header, with_header_unit(cell, header)


def _in_force_bare_line(folded: str) -> re.Match[str] | None:
    """ "Ngày có hiệu lực 08/10/2025": a header of the day a text takes effect and a bare
    day after it, no colon between (`_IN_FORCE_BARE_LINE`); else None."""
    line = _IN_FORCE_BARE_LINE.fullmatch(folded)
    return line if line and _BARE_DAY.fullmatch(line["cell"]) else None


def with_header_unit(cell: str, header: str) -> str:
    """A bare count (`_BARE_COUNT`) in the unit its column `header` names: "12" under "Số ngày
    xử lý" is "12 ngày", "07" under "Thời gian giải quyết (ngày làm việc)" "07 ngày làm việc";
    any other cell as given. Under a header that names no unit ("Thời gian giải quyết: 07",
    calendar or working days?) the count stays bare and unread: the lead's convention 9
    (session 24), reading working days where calendar days were meant is a day too late."""
    if not _BARE_COUNT.fullmatch(fold(cell)):
        return cell
    if unit := _header_unit(header) or _days_of_acceptance(header):
        return f"{cell.strip(' .')} {unit}"
    return cell


# Huế's procedure lists head their processing-time column "Ngày thụ lý" (the days the
# agency takes to settle a file it accepted: STT / Tên thủ tục / Ngày thụ lý, the portal
# tthc.thuathienhue.gov.vn; r-tthc-hue-so-nong-nghiep-muc-2, ze-tthc-hue-thanh-tra-tinh) and
# print most cells "02 ngày", "05 ngày làm việc", "30 ngày, kể từ ngày thụ lý …", a few bare
# ("03", "60"). The header's "Ngày" is the unit those cells count in, as "Số ngày xử lý"'s is:
# a bare cell is that many days, read as "N ngày" beside it is (calendar days, the lead's
# convention 9). Where the law meant working days (Luật Thú y 2015, Điều 37: "03 ngày làm
# việc") calendar days fall no later, never a day too late. Only the header alone: a header
# naming more ("Ngày thụ lý hồ sơ"?) says what the day is, not a count.
_DAYS_OF_ACCEPTANCE = re.compile(r"\s*ngay\s+thu\s+ly\s*", re.ASCII)


def _days_of_acceptance(header: str) -> str | None:
    """ "ngày" when the column `header` is "Ngày thụ lý" alone (`_DAYS_OF_ACCEPTANCE`)."""
    folded = fold(" ".join(nfc(header).split())).lower()
    return "ngày" if _DAYS_OF_ACCEPTANCE.fullmatch(folded) else None


_BARE_COUNT = re.compile(r"\s*\d{1,3}[\s.]*", re.ASCII)


# ... a cell that is the day alone, as such a table prints it ("07/01/2026", "ngày 7/1/2026")
_BARE_DAY = re.compile(
    r"\s*(?:ngay\s+)?\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}[\s.]*"
    r"|\s*(?:ngay\s+)?\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}[\s.]*",
    re.ASCII,
)


# ... or a day whose step says so, as a legal portal's history of a text lists its days:
# "27/03/2009 Văn bản có hiệu lực 03/2009/TT-BCT" (vbpl.vn, Lịch sử hiệu lực of Thông tư
# 03/2009/TT-BCT), the text's number after it
_IN_FORCE_STEP = re.compile(
    r"(?:van\s+ban\s+)?(?:bat\s+dau\s+)?co\s+hieu\s+luc(?:\s+thi\s+hanh)?", re.ASCII
)


# ... never a text in force until the day: "có hiệu lực đến hết ngày 31/12/2026" (fresh21,
# session 29: read as in force FROM that day, the meaning reversed); its day is the force's
# last, as under "Ngày hết hiệu lực" (tune-u), and reads as the grammar reads "đến hết ngày D"
_IN_FORCE_UNTIL = re.compile(
    r"hieu\s+luc(?:\s+thi\s+hanh)?\s*:?\s*(?:cho\s+)?(?:den|toi)(?![a-z])", re.ASCII
)


def in_force_step(step: str) -> bool:
    """Whether the step after a day only says a text takes effect then (`_IN_FORCE_STEP`),
    the text's number aside."""
    said = " ".join(fold(without_references(step)).lower().split())
    return _IN_FORCE_STEP.fullmatch(said.strip(" .;:")) is not None


def in_force_reading(day: date) -> str:
    """The reading of a text in force from `day`: a start bound, never a day due."""
    return f"có hiệu lực từ {show(day)}; mốc bắt đầu, không phải hạn"


def in_force_under_header(found: Found, context: Context, phrase: str) -> Found:
    """A day alone (`_BARE_DAY`) under a header of the day a text takes effect
    (`_IN_FORCE_HEADER`), or a day whose step is only that (`_IN_FORCE_STEP`): a start
    bound from that day. A start bound read as one ("có hiệu lực từ ngày …") stands; any
    other cell under such a header ("trước ngày D": before it takes effect?, a period, a
    rule) is refused."""
    day = found.first if found.kind is DeadlineKind.DATE and found.first == found.last else None
    until = _IN_FORCE_UNTIL.search(fold(nfc(phrase)).lower())
    if day and in_force_step(found.label or "") and not until:  # "27/03/2009: … có hiệu lực"
        started = found._replace(kind=DeadlineKind.ONGOING, first=None, last=None, earliest=day)
        return started._replace(reading=in_force_reading(day))
    if not context.header or not _dated(found):
        return found
    header = " ".join(nfc(context.header).split())
    if not _IN_FORCE_HEADER.search(fold(header)):
        folded = fold(header)
        if _FORCE_NAMED.search(folded) and not _FORCE_ENDS.search(folded):  # "Tình trạng …"
            raise Unreadable(
                f"tiêu đề cột “{header}” nói về hiệu lực của văn bản mà không nói đó là ngày "
                "bắt đầu có hiệu lực hay ngày hết hiệu lực: không đoán; ghi "
                "first_day hoặc last_day theo văn bản"
            )
        return found
    if found.kind is DeadlineKind.ONGOING and found.earliest and not found.last:
        return found
    day = found.first
    bare = _BARE_DAY.fullmatch(fold(nfc(phrase)))
    if not bare or found.kind is not DeadlineKind.DATE or day is None or day != found.last:
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu ngày có hiệu lực, còn ô không chỉ ghi một ngày: ghi "
            "first_day theo văn bản"
        )
    reading = (
        f"có hiệu lực từ {show(day)} (theo tiêu đề cột “{header}”); mốc bắt đầu, không phải hạn"
    )
    return Found(DeadlineKind.ONGOING, reading, earliest=day, year_inferred=found.year_inferred)


# A column of a document's own day: "Ngày ban hành" (the card of Luật Phòng thủ dân sự
# 18/2023/QH15 on tkcn.gov.vn prints "Ngày ban hành 20/6/2023" beside "Ngày có hiệu lực
# 01/7/2024"), "Ngày ký", "Ngày thông qua": the day the text was issued, signed or passed, as
# "Ngày ban hành 20/6/2023" in running text is (`citations.document_day`), never a time of
# work. The whole header only: "Ngày đăng ký", "Ngày ký hợp đồng" (a step of a procurement
# schedule) or "Hạn ban hành" head days to meet.
_OWN_DAY_HEADER = re.compile(
    r"\W*(?:ngay|thoi\s+diem)\s+(?:ky\s+ban\s+hanh|ban\s+hanh|ky|thong\s+qua)"
    r"(?:\s+van\s+ban)?\W*",
    re.ASCII,
)


def refuse_under_own_day_header(found: Found, context: Context) -> Found:
    """`found` as it is, unless it holds a day and stands under a header of a document's own
    day (`_OWN_DAY_HEADER`): then refused (Unreadable), the way out named."""
    header = " ".join(nfc(context.header or "").split())
    if _dated(found) and _OWN_DAY_HEADER.fullmatch(fold(header)):
        raise Unreadable(
            f"tiêu đề cột “{header}” nêu ngày của chính văn bản (ban hành, ký, thông qua), "
            "không phải thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
        )
    return found


def _dated(found: Found) -> bool:
    return any(day is not None for day in (found.first, found.last, found.earliest))


# ... never the festival named by it: "Địa điểm bắn pháo hoa Tết Âm lịch 2026" (a 34-province
# fireworks table, CafeF and Báo Hà Tĩnh, 2026) heads solar days, "ngày 16/02/2026 (nhằm 29
# Tết)": "Tết Âm lịch" is the Lunar New Year's name, the column's calendar stays the solar one
_LUNAR_HEADER = re.compile(r"(?<!\btet )\b(?:am\s+lich|lich\s+am|al)\b", re.ASCII)
_HEADER_YEAR = re.compile(r"(?<![\d/.])((?:19|20|21)\d\d)\b(?!\s*[/.]\s*\d)", re.ASCII)
# ... and a heading that names a cadence, or a season or school year by its years: "Thời gian
# hoàn thành hằng năm", "Gieo mạ vụ Xuân 2022" (sown in December 2021; the session 49 tester):
# a cell under it without a year is every year's or that season's, never surely the plan's
_HEADER_CADENCE = re.compile(r"(?<![a-z])(?:(?:hang|moi)\s+nam|dinh\s+ky)(?![a-z])", re.ASCII)
_HEADER_SEASON = re.compile(r"(?<![a-z])(?:vu|nien\s+vu|nam\s+hoc)(?![a-z])", re.ASCII)


# A task table's deadline column: "Thời gian hoàn thành" (Phụ lục II of the Government's
# programme of action for Nghị quyết 57-NQ/TW, 2025: cells "6/2025", "03/2025", "2025",
# "12/2028"), "Thời hạn", "Thời hạn hoàn thành", "Tiến độ thực hiện", "Thời gian thực hiện":
# a cell there is when the task is due. Not a column of one day ("Ngày"), a count ("Số ngày
# …", "… trước ngày bầu cử"), a processing time (`_PROCESSING_TIME`) or the day a text takes
# effect (`_IN_FORCE_HEADER`): a bare "6/2025" there is no month of a year.
_DUE_COLUMN = re.compile(r"\b(?:thoi\s+(?:gian|han)|tien\s+do|hoan\s+thanh)\b", re.ASCII)
# ... and a cell that is only a month of a year or a year, as such a table prints it
# (Nghị định 30/2020/NĐ-CP, Phụ lục I writes a month "tháng 6/2025"; a table leaves the word
# out): "6/2025", "06/2025", "3.2026", "2027". Elsewhere "6/2025" may be a fraction, a number
# of a document or a round ("đợt 2/2025"), and a bare year a count: refused there.
# ... and a year with the years after it, no end: "2025 và những năm tiếp theo" (Phụ lục II
# of Nghị quyết 57's programme, as "năm 2025 và những năm tiếp theo" reads; never a month's)
_BARE_PERIOD = re.compile(
    r"\s*(?:(?P<month>\d{1,2})\s*[/.]\s*)?(?P<year>(?:19|20)\d\d)"
    r"(?P<onward>(?(month)(?!)|\s+va\s+(?:cac|nhung)\s+nam\s+tiep\s+theo))?\s*\.?\s*",
    re.ASCII,
)
_MONTHS = range(1, 13)


def due_column_period(cell: str, context: Context) -> str | None:
    """A cell that is only a month of a year or a year (`_BARE_PERIOD`) under a task
    table's deadline column (`_DUE_COLUMN`), written as the period it is ("6/2025" ->
    "tháng 6/2025", "2025" -> "năm 2025"), for the grammar to read; None for any other cell
    or column, and for a month that does not exist ("13/2025": left unread, refused)."""
    if not context.header:
        return None
    bare = _BARE_PERIOD.fullmatch(fold(nfc(cell)))
    header = fold(" ".join(nfc(context.header).split()))
    if bare is None or not _DUE_COLUMN.search(header) or _other_column(header):
        return None
    if bare["month"] is None:
        return f"năm {bare['year']}{' và những năm tiếp theo' if bare['onward'] else ''}"
    if int(bare["month"]) not in _MONTHS:
        return None
    return f"tháng {int(bare['month'])}/{bare['year']}"


def _other_column(header: str) -> bool:
    """Whether a folded `header` heads a count, a processing time or the day a text takes
    effect, though it names a time ("Thời hạn giải quyết", "Thời gian (số ngày) trước ngày
    bầu cử", "Thời điểm có hiệu lực")."""
    return bool(
        HEADER_ANCHOR.search(header)
        or _PROCESSING_TIME.search(header)
        or _IN_FORCE_HEADER.search(header)
        or _HEADER_UNIT.search(header)
    )


def in_due_column(reading: str, header: str) -> str:
    """The reading of a bare cell (`due_column_period`), saying the column made it a period."""
    return (
        f"{reading}; ô chỉ ghi số, đọc là tháng/năm theo tiêu đề cột “{' '.join(header.split())}”"
    )

"""The school year a deadline serves, told after its day: the purpose, not a time of the work.

"Các tỉnh, thành đều cam kết và phấn đấu hoàn thành 100 trường trước ngày 30-8-2026 để đưa
vào hoạt động từ năm học 2026-2027" (SGGP, 06/02/2026, on the boarding schools of the border
communes, Thông báo của Bộ GD&ĐT; t-sggp-bgddt, u-sggp), "… hoàn thành trước 30/8/2026, nhằm
phục vụ năm học 2026 – 2027" (VnEconomy, 09/11/2025): the day is the deadline, the school
year what the work is finished for. The clause is cut and kept as the reading's gloss, only
when it closes the phrase right after a day printed with its year, opens with "để / nhằm" or a comma and
"đưa vào hoạt động / sử dụng" or "phục vụ", names a school year of two years in a row, and
the day falls in the year the school year opens. A school year
alone ("đưa vào sử dụng trong năm học 2026-2027", u-sggp) has no calendar bounds and stays
refused, as any other words after the day do.

A day without its year beside a school year or a season of other years
(`refuse_year_of_another`: "trước ngày 30/8, phục vụ năm học 2027-2028" in a plan of 2026)
is refused: the plan's year may not be the one the day falls in.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

_SERVED = re.compile(
    r"(?<!\d)\d{1,2}\s*(?P<mark>[/.-])\s*\d{1,2}\s*(?P=mark)\s*(?P<year>\d{4})(?!\d)"
    r"(?P<purpose>\s*(?:,\s*)?(?:(?:de|nham)\s+)?(?<![\w\d])"
    r"(?:dua\s+vao\s+(?:hoat\s+dong|su\s+dung)|phuc\s+vu)(?:\s+(?:tu|cho))?"
    r"\s+nam\s+hoc\s+(?P<first>\d{4})\s*[-–]\s*(?P<second>\d{4}))\s*[.;]?\s*\Z",
    re.ASCII,
)


def cut_school_year_served(text: str) -> tuple[str, str | None]:
    """`text` without the school year its day serves (`_SERVED`), and the gloss the reading
    takes; (`text`, None) when nothing is cut."""
    found = _SERVED.search(fold(text).lower())  # one character for one: spans are the text's
    if found is None or int(found["second"]) != int(found["first"]) + 1:
        return text, None
    # a day of another year is not that school year's deadline; a day without its year
    # would take the plan's, which a text of the autumn before does not share with the day
    if found["year"] != found["first"]:
        return text, None
    start, end = found.span("purpose")
    said = " ".join(text[start:end].split()).strip(", ")
    return text[:start].rstrip(" ,"), f"mục đích: {said}"


# A school year or a crop season named with its years, anywhere in the phrase: "năm học
# 2027-2028", "niên khóa …", "vụ Đông Xuân 2027-2028", "niên vụ …", "mùa mưa 2027". Only
# the crops' and the weather's seasons by name: "vụ" alone is also the "vụ" of "nhiệm vụ",
# "mùa" typed bare also "mua" (to buy), "mưa" (rain).
# ... and an edition's years in parentheses, "Hội thi giáo viên dạy giỏi lần thứ 15 (2018-2019)
# tổ chức ngày 8/10" (helper guardsk, session 49: read as 8/10 of the plan's year): the contest
# of those years, its day in them. Only one year or two in a row (`_EDITION_YEARS`): a
# congress's five-year term in parentheses is `occasions.edition_year_named`'s.
_YEAR_SERVED = re.compile(
    r"(?<![a-z])(?P<what>nam\s+hoc(?:\s+moi)?|nien\s+khoa|nien\s+vu|mua\s+(?:mua|kho|lu|bao)"
    r"|vu\s+(?:lua\s+)?(?:dong\s+xuan|he\s+thu|thu\s+dong|chiem\s+xuan|chiem|dong|xuan|he|mua)"
    r"|lan\s+thu\s+(?:\d{1,3}|[ivxlc]{1,7})\s*(?=\())"
    r"(?:\s+nam)?(?:\s+|\(\s*)(?P<first>\d{4})(?:\s*[-–—]\s*(?P<second>\d{4}))?(?![\d/.-]?\d)",
    re.ASCII,
)
# ... served: the words right before it say the work is for it ("phục vụ", "chuẩn bị cho",
# "để đưa vào sử dụng từ"), so the day is before it opens
_FOR_IT = re.compile(
    r"(?:phuc\s+vu|chuan\s+bi|dua\s+vao\s+(?:hoat\s+dong|su\s+dung)|cho)(?:\s+(?:cho|tu|trong))?"
    r"(?:\s+(?:cac|san\s+xuat|gieo\s+(?:cay|trong|sa)))?\s+\Z",
    re.ASCII,
)
_SCHOOL = ("nam", "nien")  # a school year: "năm học", "niên khóa" ("niên vụ" is a crop's)
_EDITION_YEARS = (0, 1)  # an edition's years: one, or two in a row (a school year's)


def refuse_year_of_another(text: str, found: Sequence[Deadline]) -> None:
    """Refuse a day whose year came from the plan (`Deadline.year_from_plan`) while the
    phrase names a school year or a season of other years (`_YEAR_SERVED`): "Hoàn thành
    trước ngày 30/8, phục vụ năm học 2027-2028" in a plan of 10/03/2026 was read 30/08/2026,
    where a clerk writes 30/08/2027; "Trước ngày 31/10 để chuẩn bị cho vụ Đông Xuân
    2027-2028" the same (helper guardsj, session 47). Kept: a day in the plan's year when
    the school year or season opens in it, and a day inside a school year it does not serve
    (August of its first year to August of its second, Bộ GD&ĐT's yearly frameworks: "Năm
    học 2025-2026 kết thúc trước ngày 31/5" in a plan of 2026); never a day of the first year
    before it opens (`_before_it_opens`). Raises `Unreadable`."""
    plan_days = [
        day
        for one in found
        if one.year_from_plan
        for day in (one.first, one.last, one.earliest)
        if day is not None
    ]
    if not plan_days:
        return
    folded = fold(text).lower()  # one character for one: spans are the text's
    for named in _YEAR_SERVED.finditer(folded):
        first = int(named["first"])
        second = int(named["second"] or first)
        if named["what"].startswith("lan") and second - first not in _EDITION_YEARS:
            continue  # "Đại hội … lần thứ I (2025-2030)": a term, the congress's own check
        served = bool(_FOR_IT.search(folded, 0, named.start()))
        school = named["what"].split()[0] in _SCHOOL and not named["what"].endswith("vu")
        season = named["what"].startswith("vu") or named["what"].endswith("vu")
        for day in plan_days:
            if season and _before_it_opens(day, first, second, served):
                raise Unreadable(
                    f"ngày {day.strftime('%d/%m')} không ghi năm, năm lấy theo kế hoạch "
                    f"({day.year}), trước khi “{text[named.start() : named.end()]}” bắt đầu "
                    f"(cuối năm {first}): ngày ấy có thể thuộc năm {second}; ghi rõ năm, hoặc "
                    "last_day theo văn bản"
                )
            if day.year == first:
                continue
            if school and not served and date(first, 8, 1) <= day <= date(second, 8, 31):
                continue
            raise Unreadable(
                f"ngày {day.strftime('%d/%m')} không ghi năm, năm lấy theo kế hoạch "
                f"({day.year}), trong khi cụm từ nêu “{text[named.start() : named.end()]}”: "
                "chưa chắc ngày thuộc năm nào; ghi rõ năm, hoặc last_day theo văn bản"
            )


def _before_it_opens(day: date, first: int, second: int, served: bool) -> bool:
    """Whether `day`, of the first of the two years in a row a crop season names, falls before
    it opens (August of its first year, as a school year does; a winter-spring crop is sown
    from November): "Gieo cấy lúa vụ Đông Xuân 2026-2027 xong trước ngày 15/2" in a plan of
    2026 was read 15/02/2026, where the crop's February is 2027's (helper guardsk, session
    49). Never a day the work is done before it for (`served`: "Trước ngày 30/6 để chuẩn bị
    cho vụ Đông Xuân 2026-2027" is 30/06/2026). A school year's days are the engine's
    (`engine._in_its_school_year`: pupils entering its first class enrol from January)."""
    return second == first + 1 and not served and day < date(first, 8, 1)

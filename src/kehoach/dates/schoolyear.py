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
_YEAR_SERVED = re.compile(
    r"(?<![a-z])(?P<what>nam\s+hoc(?:\s+moi)?|nien\s+khoa|nien\s+vu|mua\s+(?:mua|kho|lu|bao)"
    r"|vu\s+(?:lua\s+)?(?:dong\s+xuan|he\s+thu|thu\s+dong|chiem\s+xuan|chiem|dong|xuan|he|mua))"
    r"(?:\s+nam)?\s+(?P<first>\d{4})(?:\s*[-–—]\s*(?P<second>\d{4}))?(?![\d/.-]?\d)",
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


def refuse_year_of_another(text: str, found: Sequence[Deadline]) -> None:
    """Refuse a day whose year came from the plan (`Deadline.year_from_plan`) while the
    phrase names a school year or a season of other years (`_YEAR_SERVED`): "Hoàn thành
    trước ngày 30/8, phục vụ năm học 2027-2028" in a plan of 10/03/2026 was read 30/08/2026,
    where a clerk writes 30/08/2027; "Trước ngày 31/10 để chuẩn bị cho vụ Đông Xuân
    2027-2028" the same (helper guardsj, session 47). Kept: a day in the plan's year when
    the school year or season opens in it, and a day inside a school year it does not serve
    (August of its first year to August of its second, Bộ GD&ĐT's yearly frameworks: "Năm
    học 2025-2026 kết thúc trước ngày 31/5" in a plan of 2026). Raises `Unreadable`."""
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
        served = bool(_FOR_IT.search(folded, 0, named.start()))
        school = named["what"].split()[0] in _SCHOOL and not named["what"].endswith("vu")
        for day in plan_days:
            if day.year == first:
                continue
            if school and not served and date(first, 8, 1) <= day <= date(second, 8, 31):
                continue
            raise Unreadable(
                f"ngày {day.strftime('%d/%m')} không ghi năm, năm lấy theo kế hoạch "
                f"({day.year}), trong khi cụm từ nêu “{text[named.start() : named.end()]}”: "
                "chưa chắc ngày thuộc năm nào; ghi rõ năm, hoặc last_day theo văn bản"
            )

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

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold

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

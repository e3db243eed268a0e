"""The year of a military call-up, named before the days of its health examinations.

"thời gian khám sức khỏe nghĩa vụ quân sự năm 2026 sẽ bắt đầu từ ngày 1/11/2025 đến hết
ngày 31/12/2025" (Gia đình & Xã hội, 2025): the call-up of 2026 is examined at the end of
2025. Luật Nghĩa vụ quân sự 2015, Điều 40, khoản 4: "Thời gian khám sức khỏe gọi công dân
nhập ngũ … từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm", for the call-up of
February or March of the next year (Điều 33). The year named is the call-up's, one after the
days read; any other year, or days outside that window, stay refused by the caller.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.dates.found import Found

# the health examination, then the call-up named with its year (folded words)
_EXAM_OF_CALLUP = re.compile(
    # ... "năm" may be left out after the exam: "thời gian khám sức khỏe nghĩa vụ quân sự 2025
    # sẽ từ ngày 01/11/2024 đến hết ngày 31/12/2024" (Thư viện Pháp luật, 2024;
    # o-thuvienphapluat-kham-nvqs-2025); the days must still fall in the window below
    r"\bkham\s+suc\s+khoe\b.*\b(?:nghia\s+vu\s+quan\s+su|nhap\s+ngu|tuyen\s+quan)\s+(?:nam\s+)?"
    r"(?P<year>\d{4})\b"
    r"|\b(?:nghia\s+vu\s+quan\s+su|nhap\s+ngu|tuyen\s+quan)\s+nam\s+(?P<named>\d{4})\b"
    r".*\bkham\s+suc\s+khoe\b",
    re.ASCII,
)


def callup_exam_year(words: str, year: int, readings: list[Found]) -> bool:
    """Whether "năm `year`" in the folded `words` before the time names the call-up whose
    health examinations the one reading holds: "khám sức khỏe" and "nghĩa vụ quân sự (nhập
    ngũ, tuyển quân) năm `year`" both said, the reading's days written with their year and
    inside 01/11–31/12 of the year before (see the module)."""
    named = _EXAM_OF_CALLUP.search(words)
    if named is None or int(named["year"] or named["named"]) != year or len(readings) != 1:
        return False
    one = readings[0]
    if one.first is None or one.last is None or one.year_inferred:
        return False
    return date(year - 1, 11, 1) <= one.first <= one.last <= date(year - 1, 12, 31)

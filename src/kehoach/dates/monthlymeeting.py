"""A regular meeting named by its month, then its day: the month is the meeting's name.

"… kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 9 năm 2025 và
Hội nghị trực tuyến Chính phủ với địa phương, tổ chức vào ngày 05 tháng 10 năm 2025" (Nghị
quyết 316/NQ-CP, 2025; zd-thuviennhadat-nq-316-cp-phien-hop-thang-9-2025): the Government,
a province's People's Committee or a Party cell meets each month, and each meeting is named
by the month whose work it reviews, and held late in that month or early in the next (the
Government's meeting of April 2020 on 05/5/2020, zr-mpi; Cần Thơ's of November 2025 on
5/12/2025, zd-nld). The month's numbers are
accounted for as the meeting's name only when:

- the meeting is said with "thường kỳ" (regular) before its month, and its year is written
  ("tháng 9 năm 2025", "tháng 9/2025"): no year taken from the plan for the name;
- the one reading is one day, from the month's first day to `_HELD_AFTER` days after its end
  (a December meeting held in January falls there; a day months away is another time, or a
  typo, and stays refused as before).

A leader's periodic reception of citizens is named the same way: "Chủ tịch UBND tỉnh tổ chức
tiếp công dân định kỳ tháng 02 năm 2026, bắt đầu từ 08 giờ, ngày 12 tháng 02 năm 2026"
(UBND tỉnh Hà Tĩnh, 2026; n-hatinh-tb-tiep-cong-dan-thang-2-2026), "Bí thư Tỉnh ủy tổ chức
tiếp dân định kỳ tháng 2 năm 2026 từ 14 giờ ngày 25/2/2026" (Báo Hà Tĩnh, 2026). Luật Tiếp
công dân 2013 (Điều 12-15) and Quy định 11-QĐi/TW hold it at least one day each month: its
day must fall in the month named itself, none after.

The meeting's name alone ("PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 4 NĂM 2025", a resolution's
title) is the time part itself and is read as its month elsewhere; this module only speaks of
the name before another time. Told done ("đã") or given up, the checks of the label refuse it
as they refuse any.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import month_end
from kehoach.dates.reading import DeadlineKind
from kehoach.dates.reportperiod import ReportPeriod

# "phiên họp (Chính phủ, thành viên UBND tỉnh) thường kỳ tháng 9 năm 2025", "họp phiên
# thường kỳ tháng 4/2020": the words between name the body (no digit)
_MEETING_MONTH = re.compile(
    r"(?<![a-z])(?:(?:phien\s+hop|hop\s+phien|hop)(?:\s+[a-z]+){0,6}?\s+thuong\s+ky"
    # ... and a leader's reception of citizens, held once a month (`_RECEPTION`)
    r"|(?P<reception>tiep\s+(?:cong\s+)?dan\s+dinh\s+ky))\s+"
    r"(?P<named>thang\s+(?P<month>0?[1-9]|1[0-2])(?:\s*/\s*|\s+nam\s+)(?P<year>(?:19|20)\d\d))"
    r"(?![\d/.-])",
    re.ASCII,
)
_HELD_AFTER = timedelta(days=31)


# "đã", "vừa", "chưa", "không" up to two words before the meeting: told done or denied (the
# session 50 tester: "đã tiếp công dân định kỳ tháng 02 năm 2026, … ngày 12/02/2026" read)
_TOLD_BEFORE = re.compile(r"(?<![a-z])(?:da|vua|chua|khong)\s+(?:[a-z]+\s+){0,2}\Z", re.ASCII)


def meeting_month_named(start: int, given: Input, readings: list[Found]) -> ReportPeriod | None:
    """The month naming a regular meeting before the time part (prepared[:start]), when the
    one reading is a day the meeting may be held on (see the module); else None. The caller
    blanks it, as it blanks a report's period (`reportperiod.ReportPeriod`)."""
    (one,) = readings if len(readings) == 1 else (None,)
    if one is None or one.kind is not DeadlineKind.DATE or one.first != one.last:
        return None
    meetings = list(_MEETING_MONTH.finditer(given.prepared, 0, start))
    if not meetings or one.last is None:
        return None
    named = meetings[-1]  # the meeting named last, nearest the time
    if _TOLD_BEFORE.search(given.prepared, 0, named.start()):
        return None  # "đã tiếp công dân định kỳ tháng 02 …": told done, no name explained
    year, month = int(named["year"]), int(named["month"])
    held_after = timedelta(0) if named["reception"] else _HELD_AFTER  # in its own month
    if not date(year, month, 1) <= one.last <= month_end(year, month) + held_after:
        return None
    said = given.source.original(*named.span("named"))
    return ReportPeriod(named.span("named"), re.escape(said))

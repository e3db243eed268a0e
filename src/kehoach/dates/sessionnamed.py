"""A council's session named by its part of the year, after the meetings held before or after it.

"Tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2022": the deputies meet their voters after
each session (Luật Tổ chức chính quyền địa phương 2015, Điều 94: "tiếp xúc cử tri trước và
sau mỗi kỳ họp"); "cuối năm 2022" names which session, the regular one at the year's end
(as "kỳ họp thứ 5" would). Main read the part of the year as the meetings' time, 01/10 –
31/12/2022, though meetings after a December session run into January, and meetings before
it end on a day the phrase does not give; and read "Từ ngày 07/01/2026 đến ngày 09/01/2026,
… tổ chức Hội nghị tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2026" (varying zn-hdnd-hcm-
tan-phu-tiep-xuc-cu-tri-01-2026) as two windows, the second that same 01/10 – 31/12/2026.

The rule: a part of a year ("cuối năm", "giữa năm") read as a window whose step closes with
"trước" or "sau" and the session ("… trước kỳ họp", "… sau các kỳ họp thường lệ") is the
session's name, no time of the step: refused, as "Trước kỳ họp cuối năm 2022" is
(z-angiang-hdnd-chau-phu-chuong-trinh-giam-sat-2022, expect: refuse). The meetings' own days
beside the session ("… trước kỳ họp cuối năm 2022 từ ngày 25/11 đến 30/11/2022") and the
session itself ("Tổ chức kỳ họp thường lệ cuối năm 2022") read as before.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.found import Found
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import DeadlineKind

# the step closing with the session the meetings come before or after (folded)
_BESIDE_A_SESSION = re.compile(
    r"\b(?P<when>truoc|sau)(?:\s+va\s+sau)?\s+(?:cac\s+|moi\s+)?ky\s+hop(?:\s+thuong\s+le)?"
    # ... its number too: "Tiếp xúc cử tri trước kỳ họp thứ 5, cuối năm 2022" (f63b's brief)
    r"(?:\s+thu\s+(?:\d{1,2}|[a-z]+))?\s*\Z",
    re.ASCII,
)
_PARTS_OF_A_YEAR = ("cuối", "giữa")


def session_not_a_period(found: list[Found]) -> list[Found]:
    """`found`, refused when one reading is a part of a year that names the session its step
    comes before or after (see the module docstring)."""
    for one in found:
        if one.kind is not DeadlineKind.WINDOW or one.qualifier not in _PARTS_OF_A_YEAR:
            continue
        label = (one.label or "").rstrip(" ,")
        beside = _BESIDE_A_SESSION.search(fold(label).lower())  # one character for one
        if beside is None:
            continue
        said = " ".join(label[beside.start() : beside.end()].split())
        raise Unreadable(
            f"“{one.qualifier} năm” sau “{said}” là tên kỳ họp (kỳ họp thường "
            "lệ giữa năm, cuối năm), không phải thời gian của việc làm trước hay sau kỳ họp đó: "
            "ngày họp không được nêu; ghi last_day theo văn bản"
        )
    return found

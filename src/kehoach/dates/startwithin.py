"""A start within a period, then the end: "- Cấp cơ sở bắt đầu trong quý I, hoàn thành trước
ngày 31-5-2022." (Hội Cựu chiến binh's plan for its congresses of 2022-2027; zk-cuuchienbinh-
ke-hoach-dai-hoi-ccb-2022-2027): the grassroots congresses open some time in the first quarter
and are all held by 31 May 2022.

The plans for congresses print this schedule with "từ" as often: "bắt đầu từ quý I.2022, hoàn
thành trước ngày 31.5.2022" (Tỉnh ủy Hải Dương on the Youth Union's congresses, 2022),
"bắt đầu từ tháng 4-2020, hoàn thành trước 30-6-2020" (Khánh Hòa, 2020), read as the window
from the period's first day to the end. "bắt đầu trong" says the same start, some time in
the period, so the first day it may be is the period's first, as "bắt đầu từ" reads: the
phrase is read as with "từ", and every check of that reading is made (an end before the
start, a year told otherwise, a condition, a thing told done).

Alone, "bắt đầu trong quý I" (no end after it) is left as it is: a start with no end is no
window, and the grammar keeps its own reading or refusal of it. Only a quarter or a month
(its year at will) after "bắt đầu trong", then a comma, a semicolon or "và", then "hoàn
thành" or "kết thúc": the end of the same work, right after its start.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

# as printed (NFC), any case: "bắt đầu trong" before a quarter or a month and the work's end
_START_WITHIN = re.compile(
    r"(?i)(?<!\w)(?P<start>bắt\s+đầu\s+)trong(?=\s+"
    r"(?:quý\s+(?:[IVX]{1,4}|[1-4])|tháng\s+(?:0?[1-9]|1[0-2]))(?!\w)"
    r"(?:\s*[/.-]\s*(?:19|20)\d\d)?"
    r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:hoàn\s+thành|kết\s+thúc)(?!\w))"
)


def start_within_then_end(text: str) -> str:
    """`text` (NFC, as printed) with "bắt đầu trong" before a period and the work's end
    (`_START_WITHIN`) written "bắt đầu từ": the window from the period's first day to the
    end, as the plans that print "từ" read (see the module)."""
    return _START_WITHIN.sub(lambda found: found["start"] + "từ", text)

"""Work to finish within a period, then the report on it by a later day: two milestones.

"Hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026" (the brief of session
60's helper a60, the form plans use for a task and its report): the work is due by the end
of the quarter, its report by the day after it. A window of whole months before another
step's day is otherwise refused (`milestones.steps_in_sequence`, the lead's convention 10):
"Sơ kết 6 tháng đầu năm 2026, gửi báo cáo trước ngày 15/7/2026" names the period reviewed,
not a time to finish in. Here the first part says nothing but that the work is finished in
the period, so the period is its own time, and read so only when nothing leaves a doubt:

- two parts; the first is the verb of finishing alone ("hoàn thành", "hoàn tất", "xong"),
  "trong" (within) and the period, with no object that could be the period's figures
  ("Hoàn thành kế hoạch 6 tháng đầu năm …" is refused as before);
- the second is a day (not a span) whose step is the report ("báo cáo", "gửi báo cáo"), after
  the period ends and at most `_LATEST_AFTER` after it (a report on the work just done);
- neither told with a year guessed from the plan: a quarter with no year takes the
  report day's ("Hoàn thành trong quý II, báo cáo kết quả trước ngày 15/7/2026"), as
  parts borrow the year of the part after them (`engine._read_dated_parts`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import timedelta

from kehoach.base.text import fold
from kehoach.dates.found import Found
from kehoach.dates.grammar import Source
from kehoach.dates.reading import DeadlineKind

# the first part: finishing, "trong", the period and nothing else (folded)
_DONE_WITHIN = re.compile(
    r"(?P<verb>hoan\s+thanh|hoan\s+tat|xong)\s+trong\s+"
    r"(?:quy\s+(?:iv|i{1,3}|[1-4])|thang\s+\d{1,2}|(?:6|06|9|09)\s+thang\s+(?:dau|cuoi)\s+nam|nam)"
    r"(?:(?:\s*[/.-]\s*|\s+nam\s+|\s+)(?:19|20)\d\d)?[\s.]*",
    re.ASCII,
)
# the second part's step: the report (as its label names it, folded)
_REPORT = re.compile(r"(?:gui\s+)?bao\s+cao(?:\s+ket\s+qua(?:\s+thuc\s+hien)?)?", re.ASCII)
_LATEST_AFTER = timedelta(days=120)


def done_then_reported(parts: list[Source], found: list[Found]) -> bool:
    """Whether `parts`, read as `found`, are work finished within a period and the report
    on it by a later day (see the module's conditions): two milestones, each as read."""
    if len(parts) != 2 or len(found) != 2:
        return False
    window, day = found
    done = _DONE_WITHIN.fullmatch(parts[0].prepared.strip())
    if done is None or window.label not in (None, parts[0].said(*done.span("verb"))):
        return False
    if window.kind is not DeadlineKind.WINDOW or day.kind is not DeadlineKind.DATE:
        return False
    if window.year_inferred or day.year_inferred or window.earliest is not None:
        return False
    if not _REPORT.fullmatch(" ".join(fold(day.label or "").split())):
        return False
    assert window.last is not None and day.last is not None
    return window.last < day.last <= window.last + _LATEST_AFTER

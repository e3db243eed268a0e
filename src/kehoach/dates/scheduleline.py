"""A schedule line whose span closes it: the work's name, then two days joined by a dash.

A school's term calendar flattened into lines prints each row as its work's name and then
its span, with no "từ … đến …": "Tuần lễ kiểm tra giữa kỳ 2/5/2018 – 8/5/2018", "Tuần lễ
kiểm tra cuối kỳ 25/06/2018 – 30/06/2018", "Hạn chót hủy môn và nhận điểm “DR” đối với môn
STU 14/05/2018 – 20/05/2018" (ITPC's spring-term calendar of 2018; zv-itpc-lich-hoc-ky-xuan-
2018). The range is read there only when it reads as nothing else:

- it closes the line (a full stop at most after it), as `periods._opens_its_line` reads the
  mirror "16/09 – 24/09/2023: Nghỉ giữa kỳ";
- both ends are written with their years, and set apart by a spaced en or em dash, the
  calendar's range mark: "5/10-4/12" may be two days, and a tight hyphen between two days
  ("15/11/2025-15/02/2026") stays refused as before;
- the name before it is words only, with no number a rule has not read ("Thời gian đăng ký
  … trên TWE (3) 19/03/2018 – 22/03/2018": the footnote's "3" is left to the clerk), and it
  does not close on a bound ("Chậm nhất", "không quá", "Hạn chót" right before the span:
  by when within it? `_BOUND_LAST`).

An anniversary ("(1/10/1991 - 1/10/2025)"), two days a year or more apart, stays refused by
`periods._bare_range`; the name's words are checked as any label's are (a call-off, a
hedge, a past event).

The line's name may open with "Tuần lễ" (the week of): "Tuần lễ kiểm tra cuối kỳ" is the
exam week, whose days the span gives; the words are the row's name, no week of the calendar
to count (`WEEK_NAMED`). "Tuần lễ đầu", "tuần lễ thứ hai", "tuần lễ sau" stay words of time.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.found import Input
from kehoach.dates.grammar import RANGE_RULE

# an end written with its day, month and year ("8/5/2018"), as `periods._WITH_YEAR`
_WITH_YEAR = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\Z", re.ASCII)
# the calendar's range mark: an en or em dash with a space on each side
_SPACED_DASH = re.compile(r"\s[–—]\s")
# the name before the span: words (and the marks of a name), no digit
_WORDS_ONLY = re.compile(r"[^\W\d_][^\d]*\Z")
# a bound closing the name ("Chậm nhất", "không quá", "Hạn chót"): "at the latest" before two
# days is no span's name, and a span read there would claim a start the words do not give
_BOUND_LAST = re.compile(
    r"(?<![a-z])(?:(?:cham|muon|tre)\s+nhat(?:\s+la)?"
    r"|khong\s+(?:qua|muon\s+hon|cham\s+hon|tre\s+hon)|han\s+(?:chot|cuoi)(?:\s+la)?)\s*\Z",
    re.ASCII,
)
# "Tuần lễ …" opening the line's name, before a word that names no week of its own (a
# pattern of `label._no_time_word`'s `spared`, on the words as printed)
WEEK_NAMED = r"^\s*tuần\s+lễ(?=\s+(?!(?:thứ|đầu|cuối|giữa|này|sau|tới|trước|qua|\d)(?!\w))\w)"


def closes_its_line(match: re.Match[str], given: Input) -> bool:
    """Whether the bare range `match` (`grammar.RANGE_RULE`) closes a schedule line after
    its work's name: both ends with their years, a spaced dash between them, nothing after
    but a full stop, and words only before it."""
    if match.re is not RANGE_RULE or match["bare"] is None:
        return False
    if given.prepared[match.end() :].strip(" ."):
        return False
    if not (_WITH_YEAR.match(match["start"].strip()) and _WITH_YEAR.match(match["end"].strip())):
        return False
    if not _SPACED_DASH.search(given.source.original(match.start(), match.end())):
        return False
    name = given.source.original(0, match.start()).strip()
    if _BOUND_LAST.search(fold(name).lower()):  # the bound may be blanked in `prepared`
        return False  # "Chậm nhất 19/5/2026 – 25/5/2026": by when, within the span?
    return _WORDS_ONLY.match(name) is not None

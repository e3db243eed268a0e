"""A meeting's conclusion cited as the source, by the day the meeting was held.

"Theo kết luận của Trưởng Ban Chỉ đạo Giải tại cuộc họp ngày 17/10/2017, Lễ trao Giải sẽ tổ
chức trang trọng và truyền hình trực tiếp vào ngày 2/1/2018, tại Nhà hát Lớn Hà Nội" (Hội Nhà
báo Việt Nam, 2017; z-hoinhabao-giai-bao-chi-phong-chong-tham-nhung-2017): the sentence opens
with what it rests on, the conclusion (or the direction) a leader gave at a meeting, named by
that meeting's day, as a document cited by its number and signing day is
(`citations.reference_spans`: "Theo Kế hoạch số 12/KH-UBND ngày 5/1/2026, …" reads the day
after it). The meeting's day is past, the day the conclusion was given; the time of the work
is what follows the comma. The lead-in is cut and kept as the reading's gloss, like a
citation's, only when it opens the phrase ("Theo …"), names who concluded in words alone
(no number, no word of time), the meeting ("cuộc họp", "buổi làm việc", "phiên họp") and its
one day, and closes at a comma; anything else is read as printed (and refused for its two
days, as before). The meeting's day must be a real day, and the days after it written as it
is, all with their year or all without (then all take the plan's), each on or after the
meeting (`_days_after_agree`): a day with no year after a meeting with one would take the
plan's year, not the meeting's ("… cuộc họp ngày 17/10/2025, … trước ngày 30/10" in a plan of
2026: the merge's tester, fresh53, read 30/10/2026), and a day before the meeting cannot be
what it concluded.

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.dates.grammar import YEARLESS

# folded; who concluded: words only, none of time ("trước", "đến", "hạn" …) and no number
_WHO = (
    r"(?:\s+(?!(?:truoc|sau|den|toi|tu|han|cham|trong|ngay|thang|quy|nam|tuan|hang|moi"
    r"|dinh\s+ky)\b)[a-z]+){1,16}?"
)
_MEETING_CITED = re.compile(
    r"\A[\W_]*(?P<cited>theo\s+(?:thong\s+bao\s+)?(?:ket\s+luan|y\s+kien\s+chi\s+dao|chi\s+dao)"
    rf"\s+cua{_WHO}\s+tai\s+(?:cuoc\s+hop|buoi\s+lam\s+viec|phien\s+hop)"
    r"\s+ngay\s+(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?))\s*,(?=\s*\S)",
    re.ASCII,
)


def meeting_cited(folded: str) -> list[tuple[int, int]]:
    """Where the folded phrase opens with a meeting's conclusion cited by its day (see the
    module): that span, its comma left; none otherwise."""
    found = _MEETING_CITED.match(folded)
    if found is None or not _days_after_agree(found["day"], folded[found.end() :]):
        return []
    return [found.span("cited")]


# a day as the phrase prints it (folded), its year if any
_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?(?!\d)")


def _written(day: re.Match[str]) -> tuple[date, bool] | None:
    """The day `day` (`_DAY`) names and whether its year is printed (a day without one is
    placed in `grammar.YEARLESS`, a leap year, to be checked as a real day), or None when its year is not
    of four digits or it is no real day."""
    year = day[3]
    if year is not None and len(year) != len("2025"):
        return None
    try:
        return date(int(year or YEARLESS), int(day[2]), int(day[1])), year is not None
    except ValueError:
        return None


def _days_after_agree(meeting: str, rest: str) -> bool:
    """Whether the meeting's day is a real day and the words after the comma name at least
    one day, each a real day written as the meeting's is (with a year or without) and on or
    after it."""
    printed = _DAY.search(meeting)
    held = _written(printed) if printed else None
    after = [_written(day) for day in _DAY.finditer(rest)]
    if held is None or not after:
        return False
    return all(day is not None and day[1] == held[1] and day[0] >= held[0] for day in after)

"""A span of days opening a press line, then the council of a year's round that works in it.

"Từ ngày 26 -29/5, Hội đồng xét thăng hạng chức danh nghề nghiệp giáo viên mầm non, phổ thông
công lập tỉnh Hải Dương năm 2024 tổ chức thẩm định hồ sơ của các đơn vị, địa phương trong tỉnh"
(Báo Hải Dương, 2024; ze-baohaiduong-xet-thang-hang-giao-vien-2024, a page with no date). The
year names the round the council is set up for (its promotion round of 2024, as a council for
a recruitment or an admissions round is named: Nghị định 115/2020/NĐ-CP, Điều 30 and 38, a
council for each round); the days are when that council works, within its round's year. The
grammar took "năm 2024" for a second time beside the days and refused.

The rule: the days open the phrase ("từ (ngày) D - D/M", "từ D/M đến D/M"), then, after a
comma, the clause opens with a council or board ("Hội đồng", "Ban tổ chức", "Ban chỉ đạo")
whose name holds a round of selection (xét/thi thăng hạng, xét/thi tuyển, tuyển dụng, tuyển
sinh, thi nâng ngạch) and closes with "năm Y"; the clause holds no other number, and no word
that its work looks back at (a review, a report, results, awards: `occasions.NOT_HELD_THEN`).
The days are read with the year left out, by every rule and refusal of a whole phrase:

- on a page with a date, each day read must fall in Y ("… năm 2023 …" in a plan of 2024 is
  refused, as a day and a year that disagree);
- on a page with no date, the days take Y (`Deadline.year_from = "phrase"`), as an edition's
  year is lent to its days (`agenda.edition_held`); a span that runs into another year is
  refused (the year names one end, not which).

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.occasions import NOT_HELD_THEN
from kehoach.dates.reading import Context, Deadline, DeadlineKind
from kehoach.dates.yearnote import year_said

_Parse = Callable[[str, Context, int | None], tuple[Deadline, ...]]

# the span of days opening the phrase, then its comma (folded): "từ ngày 26 -29/5, …", "từ
# ngày 07/01/2026 đến ngày 09/01/2026, …"; never a start alone ("Từ ngày 26/5, …": the work
# may run past the round's year)
_DAY = r"\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?"
_DAYS_FIRST = re.compile(
    rf"\s*(?P<days>(?:ke\s+)?tu\s+(?:ngay\s+)?{_DAY}\s*(?:[-–]|\s(?:den|toi)\s+(?:het\s+)?)"
    rf"\s*(?:ngay\s+)?{_DAY})\s*,\s*(?P<clause>.*?)[\s.]*\Z",
    re.ASCII,
)
# the clause: a council or board of a round of selection, named with its year, as its subject
_COUNCIL = (
    r"(?:hoi\s+dong|ban\s+to\s+chuc|ban\s+chi\s+dao)\s[^;:()\d]*?"
    r"\b(?:(?:xet|thi)\s+thang\s+hang|(?:xet|thi)\s+tuyen|tuyen\s+dung|tuyen\s+sinh"
    r"|thi\s+nang\s+ngach)\b"
)
_COUNCIL_OF_A_ROUND = re.compile(
    rf"{_COUNCIL}[^;:()\d]*?"
    r"\s(?P<said>nam\s+(?P<year>(?:19|20)\d\d))(?![\d/.-])[^\d]*\Z",
    re.ASCII,
)
_COUNCIL_NAMED = re.compile(rf"\W*{_COUNCIL}", re.ASCII)


def names_a_council(words: str) -> bool:
    """Whether `words` (a step, as printed) open with a council or board of a round of
    selection: a year said right after them names its round, never an end of the work
    ("Từ ngày 26/5, Hội đồng xét thăng hạng giáo viên năm 2024 tổ chức thẩm định hồ sơ" was
    read as due by 31/12/2024, `combine`)."""
    return _COUNCIL_NAMED.match(fold(nfc(words)).lower()) is not None


_WHY = "năm của kỳ xét, kỳ thi mà hội đồng được lập (tên hội đồng)"


def days_of_a_council_round(
    text: str, context: Context, parse: _Parse
) -> tuple[Deadline, ...] | None:
    """The days opening `text` (as printed) when a council of a year's round works in them
    (see the module docstring), read by `parse` with that year left out, and lent when the
    page has no date; None otherwise (the caller's refusal stands)."""
    shown = nfc(text)
    folded = fold(shown).lower()
    opening = _DAYS_FIRST.fullmatch(folded)
    if opening is None:
        return None
    council = _COUNCIL_OF_A_ROUND.fullmatch(opening["clause"])
    if council is None or NOT_HELD_THEN.search(council.group()):
        return None
    year = int(council["year"])
    start, end = (opening.start("clause") + at for at in council.span("said"))
    bare = shown[:start] + " " * (end - start) + shown[end:]
    lent = context.issued is None
    try:
        found = parse(bare, context, year if lent else None)
    except Unreadable:
        return None
    if not found or not all(_within(one, year) for one in found):
        return None
    label = " ".join(shown[opening.start("clause") : opening.end("clause")].split())
    return tuple(_as_read(one, text, label, year, lent=lent) for one in found)


def _within(one: Deadline, year: int) -> bool:
    """Whether `one` is a date or a window whose days all fall in `year`."""
    if one.kind not in (DeadlineKind.DATE, DeadlineKind.WINDOW):
        return False
    return (
        one.first is not None and one.last is not None and one.first.year == year == one.last.year
    )


def _as_read(one: Deadline, text: str, label: str, year: int, *, lent: bool) -> Deadline:
    """`one` as the whole phrase's reading, the council's clause its step, and the year said
    to come from the council's name when it was lent."""
    read = replace(one, phrase=text, label=label)
    if not lent:
        return read
    reading = year_said(one.reading, year, f"; năm {year}: {_WHY}")
    return replace(read, year_from_plan=False, year_from="phrase", reading=reading)

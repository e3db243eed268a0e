"""A day of each year designated in the past: the choosing told done, the day it set standing.

The press tells when and by whom a yearly day was chosen: "Cách đây 20 năm, ngày 1/8/2003
Nghị quyết số 04 của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã chọn ngày 18/11 hàng năm
tổ chức “Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư” trên phạm vi toàn quốc" (Gia Lai
TV, 2023; t-gialaitv-ngay-hoi-dai-doan-ket-2023: Nghị quyết liên tịch 04/2003 of the Mặt
trận's central committee set the day). The choosing is past ("đã"), and the phrase was refused
as a thing told done, or for its other day (the resolution's own); but what was chosen is a
day of every year, which stands: read as "chọn ngày 18/11 hằng năm", due that day each year,
the occasion it is chosen for kept as the gloss.

`instituted` reads the choice opened by its year or day and a comma ("Năm 2005, … đã quyết
định lấy ngày 19/8 hàng năm là …"); here the day runs into who chose, a document by its number,
and the occasion is held ("tổ chức …"), which the grammar takes for a second time part.
Only this shape, closing nothing out: an opening that tells when (a count of years ago, a day
with its year or a year alone, of a year before the page's when the page has a date), the one who chose
(words with at most a document's number, no condition, negation, proposal or future), "đã
(chính thức) chọn" or "đã lấy", a day and its month then "hằng năm", and the occasion ("làm",
"là", "để", "tổ chức" …) with no word of time and no number. A month alone ("đã chọn tháng 3
hằng năm làm Tháng Thanh niên") is not read here: a month of each year is due on its last day
by the tool's convention, a reading its corpus line does not share (left to the lead).

Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Source, Unreadable
from kehoach.dates.label import read_step
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Frequency, Reader

# (folded, one character for one: the spans are the NFC phrase's)
_DESIGNATED = re.compile(
    r"\A[\W_]*"
    # when it was chosen: "Cách đây 20 năm,", then "ngày 1/8/2003" or "Năm 2004,"
    r"(?:cach\s+day\s+\d{1,3}\s+nam\s*,?\s*)?"
    r"(?:(?:vao\s+)?(?:ngay\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
    r"|nam\s+(?P<year>(?:19|20)\d\d))\s*,?\s+)?"
    # who chose it: words, with one document's number at most ("Nghị quyết số 04 của …")
    r"(?P<who>[^\W\d_][^\d,;:.!?()]*?(?:\bso\s+\d{1,4}(?:/[a-z0-9-]+)*[^\d,;:.!?()]*?)?)"
    r"\s+(?P<told>da)\s+(?:chinh\s+thuc\s+)?"
    # what was chosen: a day and its month, of each year
    r"(?P<rule>(?:chon|lay)\s+ngay\s+\d{1,2}(?:\s*[/.-]\s*|\s+thang\s+)\d{1,2}(?![\d/.-])"
    r"\s*,?\s+(?:hang|moi)\s+nam)"
    # for what
    r"(?:\s+(?P<rest>(?:lam|la|de|to\s+chuc)\s[^\d]*?))?[\s.;]*\Z",
    re.ASCII,
)
# the one who chose must have chosen: no condition, negation, proposal or future
_NOT_DONE = re.compile(
    r"\b(?:neu|khi|truong\s+hop|gia\s+su|khong|chua|chang|se|sap|du\s+kien|de\s+xuat|de\s+nghi"
    r"|du\s+thao|co\s+the|dinh|muon|nhung)\b",
    re.ASCII,
)
# ... and what was chosen still holds: no negation, no end or change told after it ("… tổ
# chức Ngày hội không còn nữa", "…, nay chuyển sang …")
_NO_LONGER = re.compile(
    r"\b(?:khong|chua|chang|thoi|bai\s+bo|bo|huy|ngung|dung|nay|thay|doi|chuyen|nua|neu|khi)\b",
    re.ASCII,
)


def read_designated(text: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The yearly reading of `text` when it tells a day of each year chosen in the past
    (`_DESIGNATED`): the chosen day read by `parse` as every year's, the occasion as the
    gloss; None when the phrase is not so made, or what it chose does not read as one day of
    every year (the caller's refusal stands)."""
    shown = nfc(text)
    match = _DESIGNATED.match(fold(shown))
    if match is None or not _chosen_and_kept(match, shown, context.issued):
        return None
    try:  # the occasion names no time: "tổ chức “Ngày hội …” trên phạm vi toàn quốc"
        occasion = _occasion(shown[slice(*match.span("rest"))]) if match["rest"] else None
        found = parse(shown[slice(*match.span("rule"))], context)
    except Unreadable:
        return None
    if len(found) != 1 or not _every_year_s_day(found[0]):
        return None
    return (replace(found[0], phrase=shown, gloss=occasion or None),)


def _chosen_and_kept(match: re.Match[str], shown: str, issued: date | None) -> bool:
    """Whether the choice is told done ("đã" as printed: typed bare, "da" may be "đa"), by one
    with no condition, negation, proposal or future (`_NOT_DONE`), before the page's year
    (`_told_before`), and still holds (`_NO_LONGER` not in the occasion)."""
    return (
        shown[slice(*match.span("told"))].lower() == "đã"
        and not _NOT_DONE.search(match["who"])
        and not (match["rest"] and _NO_LONGER.search(match["rest"]))
        and _told_before(match, issued)
    )


def _occasion(said: str) -> str:
    """The occasion the day is chosen for, as printed; `Unreadable` when a word of time is in
    it (`label.read_step`)."""
    step = Source.of(said, fold(said))
    return read_step(step, 0, len(step.prepared))


def _told_before(match: re.Match[str], issued: date | None) -> bool:
    """Whether the year the choosing is told in is before the page's (any, when the page has
    no date or the phrase tells no year): a choice of the page's own year may be news with a
    time of its own, as `instituted` keeps it refused ("Năm 2026, … đã chọn ngày 19/8 hằng năm
    làm Ngày X" on a page of 2026)."""
    year = match["year"] or match["y"]
    return issued is None or year is None or int(year) < issued.year


def _every_year_s_day(found: Deadline) -> bool:
    """Whether `found` is due on one day of one month every year, and nothing else."""
    rule = found.recurrence
    return (
        found.kind is DeadlineKind.RECURRING
        and rule is not None
        and rule.frequency is Frequency.YEARLY
        and rule.month is not None
        and rule.day is not None
        and not rule.months
        and rule.interval == 1
        and found.first is None
        and found.last is None
    )

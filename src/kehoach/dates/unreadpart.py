"""Which part of a phrase no rule reads failed: the time part or the words after its day.

`engine._unread` refuses a phrase that holds a full day ("d/m/yyyy") followed by words as
"sau ngày tháng còn chữ không hiểu: “…”". Half the phrases so refused (session 39's family
list W) fail in the time part itself, not in the words after it: "Cách đây 20 năm, ngày
1/8/2003 Nghị quyết số 04 … đã chọn ngày 18/11 hàng năm …" (t-gialaitv-ngay-hoi-dai-doan-
ket-2023) holds two days; "Từ 14h00′ đến 15h30′ thứ hai ngày 02/02/2026, Liên danh …"
(z-dawaco-tam-ngung-cap-nuoc-hoa-cuong-2026) writes its hours in a way no rule reads. The
clerk, told only of the words after the day, looks in the wrong place. Issue 11 §1: the
reason says what really failed, and the way out (`last_day`, `first_day`) stays the clerk's:
nothing here reads a day.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.daysapart import days_apart, several_days_said
from kehoach.dates.grammar import Unreadable
from kehoach.dates.label import read_trailing

# "từ" opening a time ("từ 23 giờ", "từ ngày 5/1", "từ 15/02"), folded
_FROM = re.compile(r"(?<![a-z])(?:ke\s+)?tu\s+(?=(?:ngay\s+|\d))", re.ASCII)
# what closes a span opened by "từ": "đến", "tới", a dash between two times
_TO = re.compile(r"(?<![a-z])(?:den|toi)(?![a-z])|\d\s*[-–—]\s*\d", re.ASCII)
_WRITE = "ghi last_day (và first_day) theo văn bản"
# a day written in the words after a span ("5/1", "5.1.2026"), folded
_A_DAY_IN = re.compile(r"(?<![\d/.])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d%])", re.ASCII)
# The close of a span right after the full day that opens it, on the prepared (folded) text:
# "đến hết ngày 31/3/2026)", "- 15/3/2026", "đến 16h00 ngày 06/08/2018": the span's own end,
# which the cut after its first day showed as words after the time ("số “31” đứng sau thời
# hạn mà không được đọc", z-baodanang-qd-2837-…: "giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày
# 31/3/2026) thu thập thông tin …"). Only a full day closes it: "đến ngày 25 tháng 5 năm"
# stays words after the time, as no rule reads it.
_SPAN_CLOSE = re.compile(
    r"\s*(?:(?:den|toi)\s+(?:het\s+)?(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2}(?:\s*phut)?)?\s+)?"
    r"(?:ngay\s+)?|[-–—]\s*)"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)\)?",
    re.ASCII,
)


def closes_a_span(text: str, end: int) -> bool:
    """Whether `text` goes on at `end`, right after a full day, with the close of the span
    that day opens (`_SPAN_CLOSE`): a cut there is inside the time part, not after it."""
    return _SPAN_CLOSE.match(fold(text).lower(), end) is not None


def past_its_close(prepared: str, end: int) -> int:
    """Where the words after a time part start in `prepared`, cut at `end` after its first
    full day: past the span's close when one follows right there (`_SPAN_CLOSE`), `end`
    otherwise, and `end` when nothing is left after the close (the span is the whole
    phrase's end, no words after it to name)."""
    close = _SPAN_CLOSE.match(prepared, end)
    if close is None or not prepared[close.end() :].strip(" .,;:)"):
        return end
    return close.end()


def why_unread(text: str, head: str, rest: str, *, closed: bool = False) -> str:
    """What failed in `text`, a phrase no rule reads, cut after its first full day into
    `head` (up to the day) and `rest` (the words after): ": …" to close "sau ngày tháng còn
    chữ không hiểu: “rest”", or "" when the words after the day are themselves the doubt
    and `read_trailing` gives no reason. In order:
      - several different days standing apart (`several_days_said`): which is whose is
        the clerk's; not when `head` ends with a span's close (`closed`, `past_its_close`)
        and `rest` names no day: the two days are that span's ends, however the hour
        between them is written ("Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, …");
      - the words after, refused by `read_trailing` (after a day, or after a window when
        `closed`): its reason;
      - the words after hold no number nor word of time: the time part `head` failed;
        "từ" with no end is named.
    Raises nothing."""
    # the same day written twice ("tựu trường ngày 27/8/2012; … là 27/8/2012") is no choice
    apart = len(set(days_apart(text))) > 1 and (not closed or _A_DAY_IN.search(fold(rest)))
    if apart and (several := several_days_said(text)):
        return several
    try:
        # after a span's close the words follow a window, checked as after one (its days
        # written): "… đến 16h00 ngày 06/08/2018, … để tiến hành đăng ký theo hướng dẫn"
        read_trailing(rest, not closed, days_written=True)
    except Unreadable as error:
        return f": {error.why}"
    shown = " ".join(head.split()).strip(" ,;:.")
    folded = fold(head).lower()
    if (start := _last_from(folded)) is not None and not _TO.search(folded, start):
        return (
            f": chữ sau ngày không có số hay từ chỉ thời gian; chỗ không đọc được là phần thời "
            f"gian “{shown}”: có "
            f"“từ” mà không có “đến” (khoảng bắt đầu mà không nói hết ngày nào); {_WRITE}"
        )
    return (
        f": chữ sau ngày không có số hay từ chỉ thời gian; chỗ không đọc được là phần thời "
        f"gian “{shown}” (giờ, thứ hay số trong đó không khớp cách viết nào đã biết, hoặc ngày không "
        f"hợp với ngày ban hành của kế hoạch); {_WRITE}"
    )


def _last_from(folded: str) -> int | None:
    """Where the last "từ" opening a time ends in `folded`, None when there is none."""
    found = list(_FROM.finditer(folded))
    return found[-1].end() if found else None

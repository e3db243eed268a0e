"""A standing reporting rule's data period without a year: the same period every year.

A statistical reporting rule prints the period a report's figures cover with no year and
means *every year*: "Báo cáo thống kê năm được tính bắt đầu từ ngày 1/1 cho đến hết ngày
31/12" (the Government's decree on the national statistical reporting rules, as the Hà Nội
Party committee's site quotes it), "Số liệu thực tế được lấy từ ngày 01 tháng 01 đến hết
ngày 31 tháng 5" (Thông tư 03/2019/TT-BTP, Điều 5, the six-month report's actual figures).
The lead's ruling of session 34 (`Context.standing`) reads a day-month without a year in such
a document as every year's; `standing` reads one day so, and this module the figures' period
that closes a phrase, as if "hằng năm" were printed after it ("… đến hết ngày 31/12 hằng
năm", which the grammar reads: the figures cut off on the period's last day each year).

Only the figures' period: the phrase says "số liệu" (figures) or "(được) tính (bắt đầu) từ"
(counted from), and no filing ("nộp", "gửi", "nhận"). A window of work or of filing under a
standing rule ("Từ ngày 1/6 đến ngày 30/6", "Thời gian nộp báo cáo: từ ngày 15/6 đến ngày
04/7") is not read here: the session 34 ruling left it refused (`standing.refuse_one_year`).
Only a span "từ (ngày) D/M … (cho) đến (hết) (ngày) D/M" closing the phrase, with no other
number, no year or named year (`standing.may_doubt`: "năm nay", "năm học", a lunar day) and
no negation, condition or thing told done; and kept only when the phrase so read is one
yearly rule due on the span's last day.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, Reader
from kehoach.dates.standing import STANDING_NOTE, may_doubt
from kehoach.dates.standingwindow import yearly_due_on

_DAY_MONTH = r"(?P<d{n}>\d{{1,2}})(?:\s*/\s*|\s+thang\s+)(?P<m{n}>\d{{1,2}})"
# the span closing the phrase, folded: "từ ngày 1/1 cho đến hết ngày 31/12", "bắt đầu từ
# ngày 01 tháng 01 đến hết ngày 31 tháng 5"
_SPAN = re.compile(
    r"(?<![a-z])tu\s+(?:ngay\s+)?"
    + _DAY_MONTH.format(n=1)
    + r"\s+(?:cho\s+)?(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?"
    + _DAY_MONTH.format(n=2)
    + r"[\s.;]*\Z",
    re.ASCII,
)
_NUMBER = re.compile(r"\d+")
# a negation, a condition, a thing told done: not the rule's plain span
_DOUBTED = re.compile(
    r"(?<![a-z])(?:khong|chua|da|vua|neu|truong\s+hop|tru)(?![a-z])",
    re.ASCII,
)
# the words of a report's figures, and those of filing (a window of work: not read here)
_FIGURES = re.compile(r"(?<![a-z])(?:so\s+lieu|tinh\s+(?:bat\s+dau\s+)?tu)(?![a-z])", re.ASCII)
_FILED = re.compile(r"(?<![a-z])(?:nop|gui|nhan)(?![a-z])", re.ASCII)
_EVERY_YEAR = " hằng năm"


def read_standing_span(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The yearly reading of `text` under a standing rule (see the module), by `read` of the
    phrase with "hằng năm" after its span; None when `text` is not a report's figures' span,
    or that reading is not one yearly rule due on the span's last day."""
    said = nfc(text).rstrip(" .;")
    folded = fold(said)
    span = _SPAN.search(folded)
    if span is None or len(_NUMBER.findall(folded)) != 4:  # the span's four numbers alone
        return None
    if not _FIGURES.search(folded) or _FILED.search(folded):
        return None
    if _DOUBTED.search(folded) or may_doubt(folded):
        return None
    try:
        readings = read(said + _EVERY_YEAR, replace(context, standing=False))
    except (Unreadable, ValueError):
        return None
    if len(readings) != 1 or not yearly_due_on(readings[0], int(span["m2"]), int(span["d2"])):
        return None
    one = readings[0]
    return (replace(one, phrase=text, reading=f"{one.reading}; {STANDING_NOTE}"),)

"""A report due once a period, said by its count, on its day, sent to a named office.

"DNCX phải nộp báo cáo nhập - xuất - tồn nguyên liệu vật tư một quý một lần và chậm nhất vào
ngày 15 của tháng đầu quý sau cho Chi cục Hải quan quản lý doanh nghiệp" (Thông tư
128/2013/TT-BTC, Điều 41, as AASC quotes it), "báo cáo tình hình công tác ATVSLĐ 1 lần/năm
vào trước ngày 10/1 hàng năm cho Sở" (a firm's list of yearly reports): "một quý một lần",
"1 lần/năm" say the cadence "hằng quý", "hằng năm" say (once in each quarter, each year), and
"cho Sở", "cho Chi cục Hải quan …" name who the report goes to, which moves no day. A careful
reader writes down the rule's day: each quarter on the 15th of its next quarter's first month,
each year on 10 January.

Read again as "hằng <kỳ>" with the office left out, and kept only when that reading is one
recurring rule of the very period the count names (the grammar checks the day agrees with
the cadence: "hằng quý trước ngày 10/1 hàng năm" is refused); a phrase with a negation, a
condition, a thing told done or "ít nhất" (at least once: a floor, not the cadence) stays
refused, and so does a count with no day written (`routine` refuses "01 tháng 01 lần"
alone), and an office whose words hold a number or a word of time ("cho năm sau",
"cho đến …": a time, not a recipient). Tried only on a phrase refused as printed.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Frequency, Reader

# "một quý một lần", "1 năm 1 lần", "01 lần/năm", "1 lần / quý" (folded): once in each
# period; never a count of several periods ("2 năm một lần": `routine`'s refusal)
_ONCE = re.compile(
    r"(?<![\w/.,-])(?:1|01|mot)\s+(?:lan\s*/\s*(?P<per>nam|quy|thang)"
    r"|(?P<each>nam|quy|thang)\s+(?:1|01|mot)\s+lan)(?![\w/])",
    re.ASCII,
)
_FREQUENCY = {"nam": Frequency.YEARLY, "quy": Frequency.QUARTERLY, "thang": Frequency.MONTHLY}
# the office a report is sent to, closing the phrase (folded): "cho Sở", "cho Chi cục Hải
# quan quản lý doanh nghiệp", "gửi về Ủy ban nhân dân tỉnh"; the head word names an office
_OFFICE = re.compile(
    r"\s+(?:cho|gui(?:\s+ve)?|ve)\s+(?P<office>(?:so|bo|chi\s+cuc|tong\s+cuc|cuc|ubnd"
    r"|uy\s+ban|phong|ban|van\s+phong|kho\s+bac|thanh\s+tra|trung\s+tam|co\s+quan)"
    r"(?![a-z])[^\d;:()]*?)[\s.;]*\Z",
    re.ASCII,
)
# a word of time in the office's words: then they may say when, not to whom
_TIME_WORD = re.compile(
    r"(?<![a-z])(?:nam|quy|thang|tuan|ngay|ky|dot|lan|truoc|sau|den|toi|tu|het|han|khi)(?![a-z])",
    re.ASCII,
)
# a negation, a condition, a thing told done, a floor: the phrase stays refused as printed
_DOUBTED = re.compile(
    r"(?<![a-z])(?:khong|chua|da|vua|neu|khi|truong\s+hop|it\s+nhat|toi\s+thieu)(?![a-z])",
    re.ASCII,
)


def read_once_a_period(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The reading of `phrase` with its count of once a period written as "hằng <kỳ>" and
    the office it is sent to left out (see the module), the phrase kept as printed; None when
    it says no such count, or the reading is not one recurring rule of that period."""
    shown = nfc(phrase)
    folded = fold(shown)  # one character for one: its spans are the printed ones'
    once = _ONCE.search(folded)
    if once is None or _DOUBTED.search(folded) or len(_ONCE.findall(folded)) > 1:
        return None
    period = once["per"] or once["each"]
    written = shown[: once.start()] + f"hằng {_PERIOD_WORD[period]}" + shown[once.end() :]
    refolded = fold(written)
    if (office := _OFFICE.search(refolded)) and not _TIME_WORD.search(office["office"]):
        written = written[: office.start()]
    try:
        read = parse(written, context)
    except Unreadable:
        return None
    if len(read) != 1 or not _of_the_period(read[0], _FREQUENCY[period]):
        return None
    return (replace(read[0], phrase=phrase),)


_PERIOD_WORD = {"nam": "năm", "quy": "quý", "thang": "tháng"}


def _of_the_period(one: Deadline, frequency: Frequency) -> bool:
    """Whether `one` is a recurring rule of `frequency`, as the count said it, on a day the
    phrase wrote: a count alone ("Chi đoàn sinh hoạt định kỳ 01 tháng 01 lần") names no day,
    and `routine` refuses it so; "hằng tháng" would put it on the month's last day."""
    rule = one.recurrence
    if one.kind is not DeadlineKind.RECURRING or rule is None or rule.frequency is not frequency:
        return False
    return rule.day is not None or bool(rule.days)

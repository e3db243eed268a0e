"""A round or a meeting named by its order, with a cadence and no day: refused.

"đợt thứ Hai hằng năm", "Hội thứ Ba hằng tháng", "lần thứ hai hằng quý", "đợt II hằng năm"
read, before this guard, as the cadence due at each period's end (31/12, the month's last
day). Neither reading is safe. "thứ Hai", "thứ Ba" are also the weekdays (Monday,
Tuesday): "họp thứ Ba hằng tháng" may be a monthly meeting held on a Tuesday, a day inside
the month (the grammar refuses "thứ Sáu hằng tuần" read as the week's end: `label.
_no_day_inside`). Read as an ordinal, the second round of each year is one of several
rounds within it, whose own time the plan sets elsewhere ("đợt 1 vào tháng 4, đợt 2 vào
tháng 10": Bộ Y tế's vitamin A rounds, held in June and December), not the whole year's
work due at its end. Issue 11 §1: a reading accounts for every word of time; "đợt thứ hai"
is one, and the period's end is not its day. With a day written ("Kỳ thứ hai nộp hết số
tiền thuê đất còn lại trước ngày 31/10 hàng năm", Nghị định 46/2014/NĐ-CP Điều 18: the
second instalment of land rent) the round keeps that day, untouched here.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline, DeadlineKind

# the label (the step) closing on a round's or a meeting's order: "đợt thứ Hai", "Hội thứ
# Ba", "lần thứ 2", "kỳ thứ hai", "đợt II", "vòng 2" (folded, lower case)
_ORDERED_ROUND = re.compile(
    r"(?<![a-z])(?:dot|lan|ky|hoi|hop|vong|phien|khoa)\s+"
    r"(?:thu\s+(?:[a-z]+|\d{1,2})|[ivx]{1,4}|\d{1,2})\W*\Z",
    re.ASCII,
)
# a day, a month or a count of time written anywhere in the phrase: the round has its time
_A_DAY_WRITTEN = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}|(?<![a-z])(?:ngay|thang|quy|tuan)\s+\d", re.ASCII
)


def refuse_ordered_round_each_period(phrase: str, found: tuple[Deadline, ...]) -> None:
    """Refuses a recurring reading whose step closes on a round's order (`_ORDERED_ROUND`)
    when the phrase writes no day, month or count (`_A_DAY_WRITTEN`): its due at the
    period's end would be a guess (see the module docstring)."""
    if _A_DAY_WRITTEN.search(fold(phrase).lower()):
        return
    for one in found:
        if one.kind is not DeadlineKind.RECURRING or not one.label:
            continue
        if ordered := _ORDERED_ROUND.search(fold(one.label).lower()):
            said = one.label[ordered.start() : ordered.end()].strip()
            raise Unreadable(
                f"“{said}” gọi một đợt (một kỳ họp) theo thứ tự, hoặc một thứ trong tuần, và "
                "văn bản không ghi ngày: đợt đó không hẳn đến hạn vào ngày cuối kỳ; không "
                "đoán, ghi last_day hoặc rrule theo văn bản"
            )

"""Several times in each period, with no day named: "2 lần/1 tháng", "mỗi năm ít nhất 02 kỳ".

"Chủ tịch UBND thành phố tiếp dân định kỳ 2 lần/1 tháng" (UBND TP Đà Nẵng, 2017: the days,
the Fridays of two weeks, come in the next sentence), "mỗi tháng hai lần" (a xã's sanitation
plan, Hải Phòng, 2025), "Hội đồng nhân dân cấp xã họp mỗi năm ít nhất 02 kỳ" (Luật Tổ chức
chính quyền địa phương as amended in 2025, as thuvienphapluat quotes it): a count of times in
each period, and no day of any of them. A recurring deadline has one due day in each period
unless its days are named (RFC 5545 BYMONTHDAY=10,25, BYDAY=TU,FR): read with the period's
last day, as a cadence without its day is ("hằng tháng": the month's last day), it would
owe one time where the text owes two, and the clerk would see the month done after the
first. So the phrase is refused, saying so, with the way out: the days the document sets
("ngày 10 và 25 hằng tháng", which the deadline language reads as two due days each month),
or the next time's last_day. A phrase that names the days or months beside its count ("2
lần/năm: tháng 5, tháng 11", "2 đến 3 lần/tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)") is
no such phrase: it holds another number or a weekday, and its own rule reads it
(`yearmonths`, `routine`). Once each period ("ít nhất 1 lần/năm") is read elsewhere
(`grammar._EVERY`), and a cycle of several periods ("2 năm một lần") is refused apart
(`refusals.refuse_cycle_of_years`).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import Source, Unreadable

_COUNT = r"(?P<count>0?[2-9]|[1-9]\d|hai|ba|bon)"
_TIMES = r"(?:lan|ky|dot|buoi)"
_UNIT = r"(?P<unit>nam|quy|thang|tuan)"
_AT_LEAST = r"(?:(?:it\s+nhat|toi\s+thieu)\s+)?"
# "2 lần/1 tháng", "2 lần/năm", "2 lần mỗi năm", "2 lần trong 1 năm"; "mỗi tháng hai lần",
# "mỗi năm ít nhất 02 kỳ"; "1 năm 2 lần"
_TIMES_PER_PERIOD = re.compile(
    rf"(?<![\w/.,-]){_AT_LEAST}(?:{_COUNT}\s+{_TIMES}\s*(?:/\s*|(?:moi|trong)\s+)"
    rf"(?:(?:1|01|mot)\s+)?{_UNIT}"
    rf"|(?:moi|(?:1|01|mot))\s+{_UNIT.replace('unit', 'unit_first')}\s+{_AT_LEAST}"
    rf"{_COUNT.replace('count', 'count_after')}\s+{_TIMES})(?![a-z])",
    re.ASCII,
)
# what names the days of the times: a number elsewhere, a weekday, a month named
_DAYS_NAMED = re.compile(r"\d|\bthu\s+(?:hai|ba|tu|nam|sau|bay)\b|\bchu\s+nhat\b", re.ASCII)
_COUNTS = {"hai": 2, "ba": 3, "bon": 4}
_PERIODS = {"nam": "năm", "quy": "quý", "thang": "tháng", "tuan": "tuần"}
_EXAMPLES = {
    "nam": "“trước ngày 30/6 và 31/12 hằng năm”",
    "quy": "“ngày 15/2, 15/5, 15/8 và 15/11 hằng năm” cho mỗi lần",
    "thang": "“ngày 10 và 25 hằng tháng”",
    "tuan": "“thứ Ba và thứ Sáu hằng tuần”",
}


def refuse_times_unnamed(source: Source) -> None:
    """Refuse a count of several times in each period with no day of them named
    (`_TIMES_PER_PERIOD`, see the module), saying why and what to write instead."""
    found = _TIMES_PER_PERIOD.search(source.prepared)
    if found is None:
        return
    rest = source.prepared[: found.start()] + " " + source.prepared[found.end() :]
    if _DAYS_NAMED.search(rest):
        return
    said = source.said(*found.span())
    count = found["count"] or found["count_after"]
    times = _COUNTS.get(count) or int(count)
    unit = found["unit"] or found["unit_first"]
    period = _PERIODS[unit]
    raise Unreadable(
        f"“{said}”: {times} lần mỗi {period} nhưng không nêu ngày của từng lần; một hạn lặp "
        f"lại ngày cuối {period} sẽ chỉ tính một lần, bỏ sót {times - 1} lần: không đoán; ghi "
        f"các ngày văn bản định, như {_EXAMPLES[unit]}, hoặc last_day của lần tới"
    )

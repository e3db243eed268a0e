"""Months of each year, listed: "tháng 5 và tháng 11 hằng năm", "hằng năm vào tháng 3 và
tháng 9", "1 năm 2 lần: Tháng 5 và Tháng 11" (a scholarship paid twice a year, Quy trình xét
cấp học bổng of a university's student office: zq-kvsc-quy-trinh-xet-cap-hoc-bong).

Each month named is its own occurrence, due by its last day, as "tháng 12 hằng năm" alone is
read (`reading.Recurrence`: yearly with `months`; RFC 5545 BYMONTH=5,11;BYMONTHDAY=-1). A
count of times per year said with the months must be their number: "2 lần/năm: tháng 5, tháng
8 và tháng 11" contradicts itself, and is refused. A month followed by a year or a day's mark
("tháng 5 và tháng 11/2026") is one year's months, never this rule.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.cadence import listed_words, rule_of_listed
from kehoach.dates.found import Decided, Found, Input
from kehoach.dates.grammar import month_end, word_rule
from kehoach.dates.reading import DeadlineKind

_MONTH = r"thang\s+\d{1,2}"
# two or more months joined by "," or "và", none with a year or a day's mark after it
_MONTHS = (
    rf"(?P<months>{_MONTH}(?:(?:\s*,\s*|\s+va\s+){_MONTH})+)"
    r"(?!\s*[/.-]\s*\d|\s+nam\s+\d|\d)"
)
_COUNT = r"(?:1|2|3|4|mot|hai|ba|bon)"
# "1 năm 2 lần", "mỗi năm 2 lần", "2 lần/năm", "2 lần trong năm"
_TIMES_A_YEAR = (
    rf"(?:(?:1|mot|moi)\s+nam\s+(?P<count>{_COUNT})\s+lan"
    rf"|(?P<count_first>{_COUNT})\s+lan\s*(?:/\s*|trong\s+|moi\s+)(?:1\s+)?nam)"
)
YEAR_MONTHS_RULE = word_rule(
    r"(?P<lead>"
    rf"(?:{_TIMES_A_YEAR}\s*[:,]?\s*(?:vao\s+)?(?:cac\s+)?"
    r"|(?:hang|moi)\s+nam\s*,?\s+(?:vao\s+)?(?:cac\s+)?"
    r"|(?:vao\s+)?(?:cac\s+)?(?=thang\s+\d{1,2}(?:(?:\s*,\s*|\s+va\s+)thang\s+\d{1,2})+"
    r"\s*,?\s+(?:hang|moi)\s+nam\b)))"
    rf"{_MONTHS}(?:\s*,?\s+(?:hang|moi)\s+nam)?"
)
_NUMBERS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4}
_NOT_LEAP = 2001  # a month's last day in any year but a leap year's February


def build_year_months(match: re.Match[str], _given: Input) -> Found:
    """The yearly rule due by the last day of each month listed (`YEAR_MONTHS_RULE`)."""
    months = [int(month) for month in re.findall(r"\d{1,2}", match["months"])]
    if any(not 1 <= month <= 12 for month in months):
        raise Decided(f"không có tháng {max(months)}")
    said = match["count"] or match["count_first"]
    if said is not None:
        count = _NUMBERS.get(said) or int(said)
        if count != len(months):
            raise Decided(
                f"“{count} lần” mỗi năm nhưng nêu {len(months)} tháng: không đoán bên nào đúng; "
                "ghi mỗi tháng một mốc định kỳ theo văn bản"
            )
    rule = rule_of_listed([month_end(_NOT_LEAP, month) for month in months])
    return Found(
        DeadlineKind.RECURRING,
        f"{listed_words(rule)}; mỗi tháng là một kỳ hạn riêng",
        recurrence=rule,
    )

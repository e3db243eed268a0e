"""A count of hours glossed by its days: "nộp lệ phí trực tuyến trong 96 giờ (4 ngày) kể từ
khi hoàn tất đăng ký ca thi" (Thanh Niên on the 2026 aptitude test's fees,
za-thanhnien-lich-thi-dgnl-2026).

The deadline language counts in days, weeks, months and years (`Relative.unit`), never in
hours: "trong 96 giờ" alone stays refused. When the page says the same length in days in
parentheses beside it, and the two agree exactly (96 = 4 × 24), the phrase says what it
would say with "4 ngày" written alone, and is read so by the engine, every rule and refusal
of a whole phrase applying (the anchor, the count's direction). A gloss that disagrees
("72 giờ (4 ngày)"), or days of work ("ngày làm việc": how many hours make one is the
office's), is no such gloss, and the phrase stays refused.

Pure: no I/O.
"""

from __future__ import annotations

import re

_HOURS_PER_DAY = 24
# "96 giờ (4 ngày)" or "4 ngày (96 giờ)": the count in days, and the same count in hours in
# parentheses on either side; never "ngày làm việc" (working days are no 24 hours)
_HOURS_FIRST = re.compile(
    r"(?i)(?<![\w/.,-])(?P<hours>\d{1,4})\s*giờ\s*\(\s*(?P<days>\d{1,3})\s+ngày\s*\)"
    r"(?!\s*làm\s+việc)"
)
_DAYS_FIRST = re.compile(
    r"(?i)(?<![\w/.,-])(?P<days>\d{1,3})\s+ngày\s*\(\s*(?P<hours>\d{1,4})\s*giờ\s*\)"
)


def hours_as_days(text: str) -> str | None:
    """`text` with its one count of hours and its gloss in days written as the days alone
    ("trong 4 ngày kể từ …"); None when it has none, more than one, or the two counts do
    not agree (the hours are then a length the grammar cannot read, and stay refused)."""
    found = [*_HOURS_FIRST.finditer(text), *_DAYS_FIRST.finditer(text)]
    if len(found) != 1:
        return None
    one = found[0]
    days = int(one["days"])
    if days == 0 or int(one["hours"]) != days * _HOURS_PER_DAY:
        return None
    return f"{text[: one.start()]}{days} ngày{text[one.end() :]}"

"""The earliest return to school said against the opening day, then printed as its own day.

"Học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8.", "Riêng với lớp 1, các
trường có thể tổ chức tựu trường sớm hơn ngày khai giảng hai tuần, ngày 22/8." (VnExpress on
the school year 2022-2023; zw-vnexpress-hon-50-tinh-lich-tuu-truong-2022): the Ministry's
framework of each school year sets the opening on 5 September and lets pupils return "sớm
nhất trước 01 tuần so với ngày tổ chức khai giảng", grade 1 two weeks before it (Bộ GD&ĐT,
Quyết định 2045/QĐ-BGDĐT 2022, and the framework of every year since 2013). The weeks count
back from the opening; the day printed after them is where they land, the earliest day the
return is allowed: read as "tựu trường sớm nhất vào ngày 29/8" is (a start bound).

Narrow (`earliest_return_said`): "tựu trường" right before "sớm nhất trước N tuần (so với ngày
(tổ chức) khai giảng) vào ngày D/M", or "có thể"/"được" before "tựu trường sớm hơn (so với)
ngày (tổ chức) khai giảng N tuần, (vào) ngày D/M" (without them "sớm hơn" may tell when the
return is held, no bound); one or two weeks, in digits or words; and the day printed lands
on the opening day, D/M plus the weeks falling on 5/9. A day that misses it ("… hai tuần,
ngày 5/9" may be the opening restated, not the return), a count hedged ("khoảng hai tuần"), a
day "so với" (the weeks counted from it: another day) or no day printed stay refused, and
the phrase so written is read by every rule and refusal of a whole phrase ("không", "đã"…).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.base.text import nfc

_WEEKS = {"một": 1, "1": 1, "01": 1, "hai": 2, "2": 2, "02": 2}
_COUNT = r"(?P<weeks>một|hai|0?[12])\s+tuần"
_OPENING = r"(?:so\s+với\s+)?ngày\s+(?:tổ\s+chức\s+)?khai\s+giảng"
# the day printed, its year or none; nothing glued after it but a full stop ("22/8 - 5/9"
# is a span, "22/8.2022" a year)
_DAY = (
    r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>0?[89])(?:\s*[/.-]\s*(?P<year>20\d\d))?"
    r"(?![\d/-]|\.\d|\s*(?:[–—-]|đến|tới)\s*\d)"
)
_AT_THE_EARLIEST = re.compile(
    rf"(?i)(?<!\w)(?P<lead>tựu\s+trường\s+)sớm\s+nhất\s+trước\s+{_COUNT}"
    rf"(?:\s+{_OPENING})?\s+vào\s+ngày\s+{_DAY}"
)
_EARLIER_THAN_OPENING = re.compile(
    rf"(?i)(?<!\w)(?P<lead>(?:có\s+thể|được)\s+(?:tổ\s+chức\s+)?(?:cho\s+học\s+sinh\s+)?"
    rf"tựu\s+trường\s+)sớm\s+hơn\s+{_OPENING}\s+{_COUNT}\s*,\s*(?:vào\s+)?ngày\s+{_DAY}"
)
_OPENING_DAY = (9, 5)  # 5 September (Bộ GD&ĐT's framework of the school year)


def earliest_return_said(text: str) -> str | None:
    """`text` with its earliest return said against the opening (`_AT_THE_EARLIEST`,
    `_EARLIER_THAN_OPENING`) written as "tựu trường sớm nhất vào ngày D/M", when D/M and the
    weeks land on the opening day; None when it has no such return, more than one, or the day
    misses the opening."""
    shown = nfc(text)
    found = [*_AT_THE_EARLIEST.finditer(shown), *_EARLIER_THAN_OPENING.finditer(shown)]
    if len(found) != 1 or not _lands_on_the_opening(found[0]):
        return None
    said = found[0]
    day = said.group()[said.start("day") - said.start() :]
    return f"{shown[: said.end('lead')]}sớm nhất vào ngày {day}{shown[said.end() :]}"


def _lands_on_the_opening(said: re.Match[str]) -> bool:
    """Whether the day printed in `said` and its weeks fall on 5 September (counted in a
    year of no matter: August and September have the same days in every year)."""
    try:
        printed = date(2001, int(said["month"]), int(said["day"]))
    except ValueError:  # "31/9": no day
        return False
    landed = printed + timedelta(weeks=_WEEKS[said["weeks"].lower()])
    return (landed.month, landed.day) == _OPENING_DAY

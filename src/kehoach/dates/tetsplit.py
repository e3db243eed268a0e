"""A Tết break told by its days on each side of Tết, then by its own days: "nghỉ 1 ngày trước
Tết và 4 ngày sau Tết (từ thứ Hai ngày 16-2-2026 đến hết thứ Sáu ngày 20-2-2026, …)".

The state's Tết holiday is "01 ngày cuối năm và 04 ngày đầu năm âm lịch" (Bộ luật Lao động
2019, Điều 112), and the press says it as "N ngày trước Tết và M ngày sau Tết" (Người Lao
Động and Đời sống & Pháp luật on the Tết Bính Ngọ break, 2026: za-nld-tphcm-tb-nghi-tet-binh-
ngo-2026, x-doisongphapluat-ha-noi-sgddt-nghi-tet-2026 of the corpus): N days before mùng 1
tháng Giêng and M days from it, mùng 1 the first of them. Printed beside the break's own
days, the counts restate them; read as two counts from an event "Tết" they were refused
("mốc “Tết (từ …” có số chưa đọc được"). They are kept only when they agree with the days:
one window of N + M days whose day N + 1 is mùng 1 tháng Giêng (the lunar calendar,
`lunar.lunar_date`); otherwise the phrase is refused, saying which day Tết falls on.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from kehoach.base.text import fold, nfc
from kehoach.dates.lunar import Unlunar, lunar_date, show_lunar
from kehoach.dates.numbers import count_number

_COUNT = r"\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi"
# "1 ngày trước Tết và 4 ngày sau Tết", after "gồm" or "bao gồm" when the break's length
# comes first ("thời gian nghỉ là 5 ngày theo quy định, gồm 1 ngày trước Tết và …")
_SPLIT = re.compile(
    rf"(?:\s*,?\s*(?:bao\s+)?gom)?\s+(?<![a-z\d])(?P<before>{_COUNT})\s+ngay\s+truoc\s+tet"
    rf"\s+va\s+(?P<after>{_COUNT})\s+ngay\s+sau\s+tet(?![a-z])",
    re.ASCII,
)
TET_DAY, TET_MONTH = 1, 1  # mùng 1 tháng Giêng


class TetSplit(NamedTuple):
    """The phrase without its counts (`rest`), the days before Tết and from it, and the
    words as printed (`said`)."""

    rest: str
    before: int
    after: int
    said: str


def cut_tet_split(text: str) -> TetSplit | None:
    """`text` without "N ngày trước Tết và M ngày sau Tết" (see the module) when it holds it
    once; None otherwise."""
    shown = nfc(text)
    found = list(_SPLIT.finditer(fold(shown)))
    if len(found) != 1:
        return None
    one = found[0]
    rest = shown[: one.start()] + shown[one.end() :]
    said = shown[one.start("before") : one.end()]
    return TetSplit(rest, count_number(one["before"]), count_number(one["after"]), said)


def split_disagreement(first: date | None, last: date | None, split: TetSplit) -> str | None:
    """Why the window `first`–`last` is not the break `split` says (N days before mùng 1
    tháng Giêng, M from it), in Vietnamese; None when it is."""
    if first is None or last is None:
        return f"“{split.said}” đi với một khoảng nghỉ, nhưng văn bản không ghi khoảng liền"
    days = (last - first).days + 1
    if days != split.before + split.after:
        return (
            f"“{split.said}” là {split.before + split.after} ngày, nhưng khoảng "
            f"{first:%d/%m/%Y} – {last:%d/%m/%Y} là {days} ngày"
        )
    tet = first + timedelta(days=split.before)
    try:
        lunar = lunar_date(tet)
    except Unlunar as error:
        return f"{error}: không biết ngày Tết"
    if (lunar.day, lunar.month, lunar.leap) != (TET_DAY, TET_MONTH, False):
        return (
            f"“{split.said}” đặt mùng 1 Tết vào ngày {tet:%d/%m/%Y}, nhưng ngày đó là ngày "
            f"{show_lunar(lunar)} âm lịch"
        )
    return None

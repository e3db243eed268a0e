"""A year's calendar named at the opening of a sentence: "Theo lịch năm 2026, …".

The press says on which day a holiday falls in a year "by that year's calendar": "Theo lịch
năm 2026, Giỗ Tổ Hùng Vương (10/3 Âm lịch) rơi vào Chủ nhật 26/4 Dương lịch" (24h,
10/3/2026; u-24h-gio-to-hung-vuong-2026), "Theo lịch năm 2026, Giỗ Tổ Hùng Vương (mùng 10/3
Âm lịch) rơi vào Chủ nhật ngày 26/4/2026 theo Dương lịch" (Kênh 14, 11/3/2026;
u-kenh14-gio-to-hung-vuong-2026). The frame names the year and nothing else: the sentence
says what "Năm 2026, Giỗ Tổ Hùng Vương … rơi vào …" says, and is read so by the engine,
every rule and refusal of a whole phrase applying: a year that is not the day's, nor the
page's for a day written without one, is refused as a clause's own; a weekday or a lunar
gloss that disagrees with the day is refused; a negation, a condition or a thing told done
after the frame is refused as after "Năm 2026,".

Only "Theo lịch năm YYYY" right at the opening and closed by its comma: "theo lịch" with
anything else ("Theo lịch năm học 2025-2026, …", "Theo lịch công tác năm 2026 của …") names
a schedule, not the calendar of a year, and is left to the other rules.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

# "Theo lịch năm 2026," opening the phrase (folded); what follows starts at "năm"
_PER_CALENDAR = re.compile(
    r"\A[^\w]*(?P<frame>theo\s+lich\s+)(?=nam\s+(?:19|20)\d\d\s*,)", re.ASCII
)


def calendar_year_plainly(text: str) -> str | None:
    """`text` with its opening "Theo lịch năm YYYY," said as "Năm YYYY," (`_PER_CALENDAR`);
    None when it opens otherwise."""
    shown = nfc(text)
    found = _PER_CALENDAR.match(fold(shown))  # one character for one: the spans are `shown`'s
    if found is None:
        return None
    rest = shown[found.end() :]
    return rest[:1].upper() + rest[1:]


def label_as_printed(label: str | None, text: str, plain: str) -> str | None:
    """`label`, read from `plain` (`calendar_year_plainly(text)`), with its opening year
    given back the calendar `text` names it by ("Năm 2026, Giỗ Tổ …" -> "Theo lịch năm 2026,
    Giỗ Tổ …"); any other label as it is."""
    shown = nfc(text)
    found = _PER_CALENDAR.match(fold(shown))
    if found is None or label is None or not label.startswith(plain[:_OPENING]):
        return label
    return shown[found.start("frame") : found.end() + _OPENING] + label[_OPENING:]


_OPENING = len("Năm 2026")  # the year that opens the plain sentence

"""Hours of the day alone, with no day and no cadence: "15 giờ 30 - 15giờ 40".

A collection round's timetable (Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp, the
2018 refuse-collection schedule of xã Mỹ Trà; zb-dowasen of the corpus) prints in its
"Thời gian" column only the hours the lorry passes. Whether they come back every day, on
some weekdays or once is what the page's other lines say, never the cell: reading one would
guess. The cell is refused, as before, but saying so, with the way out the grammar reads:
the cadence written beside the hours ("Từ 15 giờ 30 đến 15 giờ 40 hằng ngày"), or the
day in `last_day`.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Refusal, Source, Unreadable

# on the prepared (folded) phrase: an hour "15 giờ 30", "15giờ 40", "7h30", "07:00"
_HOUR = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{2}(?:\s*phut)?)?(?![\d/.])|\d{1,2}:\d{2}(?![\d/.:])"
_HOURS_ONLY = re.compile(
    rf"\A\s*(?:tu\s+)?(?P<first>{_HOUR})\s*(?:[-–—]|den)\s*(?P<last>{_HOUR})\s*\.?\s*\Z",
    re.ASCII,
)


def hours_only(phrase: str) -> Unreadable | None:
    """The refusal of `phrase` when it is two hours of the day and nothing else (see the
    module), or None for any other phrase."""
    shown = nfc(phrase)
    source = Source.of(shown, fold(shown))
    hours = _HOURS_ONLY.match(source.prepared)
    if hours is None:
        return None
    first = " ".join(source.original(*hours.span("first")).split())
    last = " ".join(source.original(*hours.span("last")).split())
    return Unreadable(
        f"chỉ có giờ trong ngày ({first} – {last}), không nêu ngày hay chu kỳ nào: nếu việc "
        f"lặp lại, ghi kèm chu kỳ, như “Từ {first} đến {last} hằng ngày”; nếu là một ngày, "
        "ghi last_day",
        kind=Refusal.UNSAID,
    )

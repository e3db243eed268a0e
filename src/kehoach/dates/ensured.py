"""A due day, then what it is meant to ensure: "… hết ngày 1/9 đảm bảo 100% người dân …".

"Theo kế hoạch xã sẽ tiến hành cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100% người
dân trên địa bàn xã được nhận quà Tết Độc lập của Nhà nước" (Báo Thanh Hóa, 2025; zh-
baothanhhoa-yen-truong-qua-tet-doc-lap-2025): the step, its last day, and after "đảm bảo" (or
"bảo đảm", so as to ensure) what the day is for, as after "để" or "nhằm". The phrase is cut
there (`steps.words_after`) and the words after it are checked as any words after a time are
(`label.read_trailing`: a time, a count or a word of time there stays refused).

Only where the day is told as due: after "hết", "trước", "chậm nhất" ("trễ nhất", "muộn
nhất") or "trong". After "đến", "tới" or "tính đến" the day may be the one a report's figures
stand at ("Qua rà soát đến ngày 15/6 bảo đảm 100% hộ dân có nước sạch": a state as of the
day, no deadline), after "từ" a start, "sau", "không sớm hơn" a day not before; those stay
uncut, and refused as they were. And only when the day is the phrase's one time before the
purpose: "… trước ngày 15/6, chậm nhất 20/6 đảm bảo né mưa bão" holds two last days for one
work, refused (`refusals.refuse_two_last_days`).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

# a day and its month ("1/9", "30-9-2026", "15 tháng 7 năm 2026"), or a month ("tháng 9")
_DAY = (
    r"\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?![\d/.-])"
)
_MONTH = r"tháng\s+\d{1,2}(?:\s*[/.-]\s*\d{4})?(?![\d/.-])"
# an hour told before the day: "Trước 17 giờ ngày 30/4", "trước 17h00 ngày 30/4"
_HOUR = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?\s+)?"
# the heads that tell the day due; "hết" never after "đến", "tới" (the day a state stands at)
_DUE_DAY = re.compile(
    r"(?i)(?<!\w)(?:"
    rf"(?<!đến\s)(?<!tới\s)hết\s+(?:ngày\s+)?{_DAY}"
    rf"|trước\s+{_HOUR}(?:ngày\s+)?{_DAY}"
    rf"|(?:chậm|trễ|muộn)\s+nhất\s+(?:là\s+)?(?:vào\s+)?(?:ngày\s+)?{_DAY}"
    rf"|trong\s+(?:ngày\s+{_DAY}|{_MONTH})"
    r")(?=\s+(?:đảm\s+bảo|bảo\s+đảm)\s)"
)
# any time told with its number, none of which may come before the due day: a day and its month,
# a month, a quarter or a year by its word
_TIME_SAID = re.compile(
    r"(?i)\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|(?<!\w)(?:ngày|tháng|quý|năm)\s+(?:\d|[ivx]+(?!\w))"
)


def ensured_cut(text: str) -> int | None:
    """Where `text` (NFC) is cut before what its due day is meant to ensure: the end of the
    day after a head that tells it due (`_DUE_DAY`), right before "đảm bảo" / "bảo đảm",
    when no time is told before that day; None otherwise."""
    found = list(_DUE_DAY.finditer(text))
    if len(found) != 1 or _TIME_SAID.search(text[: found[0].start()]):
        return None
    return found[0].end()

"""A recurring rule told as kept up: "“Ngày vệ sinh môi trường nông thôn” vào ngày chủ nhật
cuối cùng của tháng được duy trì và triển khai hiệu quả" (UBND huyện Cát Hải, Hải Phòng,
2018: the rural clean-up day, held on each month's last Sunday, to be kept up).

The words after the cadence ("được duy trì", "tiếp tục được duy trì thường xuyên", "… và
triển khai hiệu quả") say the rule goes on; they name no day and move none, so the rule is
read and they become its gloss. Only right after a cadence's closing words ("hằng tháng",
"mỗi tuần", "của tháng"), with nothing between, and only when the phrase reads as a recurring
rule: "Ngày 15/8/2018 được duy trì" is no rule; a day told as kept is no deadline either
(`refuse_day_kept_up`), and is refused.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.asides import Asides
from kehoach.dates.found import Found
from kehoach.dates.grammar import Contradicted, Source, Unreadable
from kehoach.dates.reading import DeadlineKind

_KEPT_UP = re.compile(
    r"(?P<rule>.*\b(?:(?:hang|moi)\s+(?:nam|quy|thang|tuan)|cua\s+thang))\s+"
    r"(?P<kept>(?:(?:se|van|tiep\s+tuc)\s+)*duoc\s+duy\s+tri"
    r"(?:\s+(?:thuong\s+xuyen|deu\s+dan|on\s+dinh))?"
    r"(?:\s+va\s+(?:duoc\s+)?(?:trien\s+khai|thuc\s+hien|to\s+chuc|phat\s+huy)(?:\s+co)?"
    r"\s+hieu\s+qua)?)[ .;:]*\Z",
    re.ASCII,
)


def kept_up_after_cadence(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """`source` cut before the words telling its rule kept up (`_KEPT_UP`), the words kept as
    the gloss and `Asides.kept_up` set; unchanged when the phrase does not close with them or
    a gloss is already taken."""
    kept = _KEPT_UP.fullmatch(source.prepared)
    if kept is None or asides.gloss is not None:
        return source, asides
    words = source.said(kept.start("kept"), kept.end()).strip(" .;:")
    return source.part(0, kept.end("rule")), asides._replace(gloss=words, kept_up=True)


def kept_up_agrees(found: list[Found], asides: Asides) -> list[Found]:
    """`found` unchanged; refused (Unreadable) when the phrase was told as kept up
    (`kept_up_after_cadence`) and did not read as one recurring rule: what is kept up is a
    rule, never one day or period."""
    if asides.kept_up and (len(found) != 1 or found[0].kind is not DeadlineKind.RECURRING):
        raise Unreadable(
            "“được duy trì” chỉ đi với một kỳ hạn lặp lại (hằng tháng, hằng tuần…); không "
            "đoán, hãy ghi last_day theo văn bản"
        )
    return found


# A day told as kept up, the words right after it: "Ngày 15/8/2018 được duy trì", "Hoạt động
# ngày 15 tháng 8 năm 2018 vẫn được duy trì" (session 35's brief: read as due that day). What
# is kept is the day's event, told, not a thing due by the day; "được" and "duy trì" typed
# bare or short of a letter as a copy prints them ("đợc", "đưc", "ược", "duy tr"). Never after
# a bound ("… được duy trì đến ngày 26-2", x-nld-phuong-hoa-hung-hoi-xuan-2026, names its end
# after the words; "đến ngày 30/6 được duy trì" is a bound's, left to the reader).
_NO_BOUND = r"(?<!den\s)(?<!toi\s)(?<!truoc\s)(?<!han\s)(?<!tu\s)(?<!sau\s)(?<!nhat\s)"
_DAY_KEPT_UP = re.compile(
    rf"(?:{_NO_BOUND}(?<![a-z])ngay\s+|{_NO_BOUND}(?<!ngay\s))"
    r"(?<![\d/.-])\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*\d{1,2}"
    r"(?:\s*(?:[/.-]|\s+nam\s+)\s*\d{2,4})?\s*,?\s+"
    r"(?:(?:se|van|tiep\s+tuc|da|cung)\s+)*(?:duoc|doc|duc|uoc)\s+duy\s+tri?(?![a-z])",
    re.ASCII,
)


def refuse_day_kept_up(source: Source) -> None:
    """Refuse (`Contradicted`) a day told as kept up, the words right after it
    (`_DAY_KEPT_UP`): the day of an event told, no deadline."""
    if "duy tr" not in source.prepared:  # a cheap test first: the search tries every place
        return
    if kept := _DAY_KEPT_UP.search(source.prepared):
        raise Contradicted(
            f"“{source.said(*kept.span()).strip()}”: một ngày được nói là “được duy trì” (việc "
            "đã có, vẫn giữ), không phải thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
        )

"""A standing rule's day per period: one day of the month in each month listed, every year.

A reporting regime or a quy chế lists the due days of its periods without a year: "Trước
ngày 05/4, 05/7, 05/10, 05/11, các cơ quan, đơn vị, địa phương tổ chức đánh giá, chấm điểm
theo quý" (Sở Nội vụ Thừa Thiên Huế, Công văn 391/SNV-TCCC 2019, the quarterly assessment
of a yearly rule). In a standing document (`Context.standing`, the lead's ruling of
session 35) such a list, all on ONE day of the month, reads as one yearly rule on that day
in each month listed (FREQ=YEARLY;BYMONTH=4,7,10,11;BYMONTHDAY=5), as if "hằng năm" were
printed after it ("theo quý" beside it names the periods the days close). Days of the month that differ cannot be one RRULE: refused, with the way
out (`deadlines:`, one entry per day). Outside a standing document nothing is read here.

A purpose clause "để phù hợp với …" closing the phrase says what the days fit ("để phù hợp
với năm học và thời gian nghỉ hè của giáo viên"), not a time: it is set aside when it holds
no number. A year, a named year, a lunar day, any other number or word of time beside the list
keeps the phrase as it reads without this rule; the words beside it are the label.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# one day-month without a year: "05/4", "05.7", "5-10" (never "05/4/2019" nor "1/2/3")
_ONE = r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?!\s*[/.-]\s*\d)(?!\d)"
# the words that make the list a deadline, "ngày", then two or more day-months joined by
# ",", ";" or "và" (folded)
_LIST = re.compile(
    r"(?<![a-z])(?:truoc|cham\s+nhat(?:\s+la)?|han(?:\s+chot)?|vao|den(?:\s+het)?)"
    rf"(?:\s+ngay)?\s+(?P<list>{_ONE}(?:(?:\s*[,;]\s*|\s+va\s+){_ONE})+)",
    re.ASCII,
)
_PAIR = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})", re.ASCII)
# what makes the days a one-off's or another calendar's (as `standing._DOUBT`)
_DOUBT = re.compile(
    r"\d{4}|(?<![a-z])(?:nam\s+(?:nay|toi|truoc|sau|tiep\s+theo|hoc|ke\s+hoach|bao\s+cao)"
    r"|am\s+lich|al)(?![a-z])",
    re.ASCII,
)
# a word of time beside the list (lower-cased, with its marks: "quý" is no "quy định"):
# another period, day or bound the list does not say; "theo quý", "hằng quý" (the periods
# the days close) are none
_OTHER_TIME = re.compile(
    r"\b(?:ngày|tháng|tuần|năm|giờ|sau|trước|hoặc|từ|đến|tới|hạn|đợt|âm)\b"
    r"|(?<!theo )(?<!hằng )(?<!hàng )(?<!mỗi )\bquý\b"
)
# a closing purpose clause with no number: what the days were chosen to fit
_PURPOSE = re.compile(r"\s*,?\s+de\s+phu\s+hop\s+voi\s+[^\d]*$", re.ASCII)
_EVERY_YEAR = " hằng năm"
NOTE = "quy định áp dụng hằng năm (văn bản là quy định thường xuyên): mỗi tháng nêu một ngày"


def read_day_per_period(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The yearly rule of a standing document's list of day-months on one day of the month
    (see the module), by `read` of its words of time with "hằng năm" after the list; the
    other words are its label. None when `text` holds no such list alone. Raises
    `Unreadable` when the days of the month differ."""
    said = nfc(text)
    folded = fold(said)
    if purpose := _PURPOSE.search(folded):  # fold keeps the length: cut both alike
        said, folded = said[: purpose.start()], folded[: purpose.start()]
    lists = list(_LIST.finditer(folded))
    if len(lists) != 1 or _DOUBT.search(folded):
        return None
    found = lists[0]
    rest = (said[: found.start()], said[found.end() :])
    if re.search(r"\d", "".join(rest)) or any(_OTHER_TIME.search(part.lower()) for part in rest):
        return None  # another number or word of time beside the list: not the list alone
    pairs = [(int(d), int(m)) for d, m in _PAIR.findall(found["list"])]
    if not all(1 <= m <= 12 and 1 <= d <= 31 for d, m in pairs):
        return None
    days = {d for d, _ in pairs}
    if len(days) != 1:
        raise Unreadable(_differ(pairs))
    months = tuple(sorted({m for _, m in pairs}))
    core = said[found.start() : found.end()] + _EVERY_YEAR
    printed = replace(context, standing=False, strict_before=False)
    try:
        readings = read(core, printed)
        if not (len(readings) == 1 and _on_each(readings[0], months, days.pop())):
            return None
        if context.strict_before:
            readings = read(core, replace(context, standing=False))
    except (Unreadable, ValueError):
        return None
    label = " ".join(part.strip(" ,;:.-") for part in rest if part.strip(" ,;:.-")) or None
    one = readings[0]
    note = f"{one.reading}; {NOTE}"
    return (replace(one, phrase=text, qualifier=None, label=label, reading=note),)


def _differ(pairs: list[tuple[int, int]]) -> str:
    shown = ", ".join(f"{d:02d}/{m:02d}" for d, m in pairs)
    return (
        f"văn bản là quy định áp dụng hằng năm (standing): các ngày {shown} không cùng một "
        "ngày của tháng, một quy tắc lặp (RRULE) không ghi được chúng; ghi mỗi ngày một mục "
        'trong deadlines: (deadlines: [{phrase: "trước ngày … hằng năm"}, …])'
    )


def _on_each(one: Deadline, months: tuple[int, ...], day: int) -> bool:
    """Whether `one` is due on `day` of each of `months` alone, every year, on its own
    period (no "năm sau", no part of the year)."""
    rule = one.recurrence
    if one.kind is not DeadlineKind.RECURRING or rule is None or one.rrule is None:
        return False
    if rule.offset or rule.covers or rule.nth is not None or rule.weekdays or rule.days:
        return False
    parts = dict(p.split("=", 1) for p in one.rrule.upper().split(";") if "=" in p)
    said = {"FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY"}
    if set(parts) - said or parts.get("BYMONTHDAY") != str(day):
        return False
    return tuple(sorted(int(m) for m in parts.get("BYMONTH", "").split(",") if m)) == months

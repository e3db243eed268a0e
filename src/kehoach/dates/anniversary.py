"""A day named as a tradition's or a founding's day: every year on that day.

A list of commemorations prints the day and month alone, then what the day is: "Ngày 14/10
ngày thành lập ngành tổ chức xây dựng đảng", "ngày 16/10 ngày truyền thống UBKT của Đảng"
(Đảng ủy xã Quảng Phú, Thừa Thiên Huế), "3/2: Ngày thành lập Đảng Cộng sản Việt Nam". Such
a day is kept each year: the words "ngày truyền thống" / "ngày thành lập" right after it
say the phrase is a standing one, whatever document holds it (session 35, rules35: a
phrase that tells itself it is standing). Nothing else may stand in the phrase: another
number, a year, a word of time or of a one-off event ("kỷ niệm 80 năm …", "tổ chức …
vào"), and the phrase reads as it does without this rule.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Frequency, Reader

# cheap: the words as printed, before anything is folded (`engine.parse` asks every phrase)
HINT = re.compile(r"truyền thống|thành lập", re.IGNORECASE)
# "Ngày 14/10 ngày thành lập …", "16/10 - Ngày truyền thống …", "3/2: Ngày thành lập …"
_FORM = re.compile(
    r"(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?!\s*[/.-]?\s*\d)"
    r"\s*(?:[:,–-]\s*|\(\s*|la\s+)?"
    r"(?P<what>ngay\s+(?:truyen\s+thong|thanh\s+lap)\s+(?P<whose>[^\d]+?))\)?\s*\.?",
    re.ASCII,
)
# in what the day is named for (lower-cased, with its marks: "Việt Nam" is no "năm"):
# nothing of time, nor a one-off event told
_OTHER = re.compile(
    r"\b(?:tháng|năm|quý|tuần|trước|sau|đến|tới|từ|hạn|hoặc|hằng|hàng|vào|kỷ niệm|lúc)\b"
)
NOTE = "ngày truyền thống, ngày thành lập: hằng năm vào ngày này"


def read_anniversary(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The yearly rule on the day a tradition's or a founding's day is named on (see the
    module), by `read` of "ngày D/M hằng năm"; its label the day's name. None when `text`
    is not that form alone."""
    said = nfc(text).strip()
    form = _FORM.fullmatch(fold(said))
    if form is None or _OTHER.search(said[form.start("whose") : form.end("whose")].lower()):
        return None
    day, month = int(form["d"]), int(form["m"])
    try:
        readings = read(f"ngày {day}/{month} hằng năm", replace(context, standing=False))
    except (Unreadable, ValueError):
        return None
    one = readings[0] if len(readings) == 1 else None
    rule = one.recurrence if one else None
    if one is None or one.kind is not DeadlineKind.RECURRING or rule is None:
        return None
    if rule.frequency is not Frequency.YEARLY or (rule.month, rule.day) != (month, day):
        return None
    label = said[form.start("what") : form.end("whose")].strip()
    return (replace(one, phrase=text, label=label, reading=f"{one.reading}; {NOTE}"),)

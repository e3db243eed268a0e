"""A window that closes a count of days before an event, said "đến trước <event> N ngày".

"Thời gian đăng ký thi cải thiện điểm D: Bắt đầu từ khi có điểm lần 1 đến trước ngày thi lại
3 ngày" (Đại học Tân Trào, học kỳ hè 2022-2023; zq-ttn-hoc-he-thi-lai-hoc-ky-2-2022-2023):
registration opens on an event and runs up to 3 days before the retake, so it is due 3 days
before "ngày thi lại", as "trước ngày thi lại 3 ngày" reads (`grammar.RELATIVE_AFTER_COUNT_RULE`).
"đến" before "trước" adds no day: the grammar reads "đến trước ngày 7/8" as "trước ngày 7/8"
(`grammar._BEFORE_DAY`); here the same words stand before an event and its count.

Only the count-after form closing the phrase ("đến trước <event> N ngày/tuần/tháng"), and only
when the words before "đến" hold no day: they open the window on an event ("từ khi có điểm
lần 1") or name the work; a day there ("từ ngày 5/6 đến trước ngày thi 3 ngày") would be a
start of its own, which this reading would drop, and stays refused. The phrase is read again
with "đến" dropped and every rule and refusal of a whole phrase; the caller keeps the reading
only when it is one count back from the event, and only when the words before "đến" read as
they do before "đến trước ngày D" (`probe`): "Số liệu tính đến …", "tổng hợp kết quả đến …",
"Lũy kế đến …" are the figures' cut-off (`label`'s checks, which key on the "đến" dropped
here), never a deadline.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kehoach.base.text import fold, nfc

# "(cho) đến trước <event> N ngày" closing the phrase: the event and its count are the
# grammar's to read (`grammar.RELATIVE_AFTER_COUNT_RULE`); here only where "đến" stands
_UNTIL_BEFORE = re.compile(
    r"(?<![a-z])(?:cho\s+)?den\s+(?=truoc\s+[a-z][a-z ]*?\s+\d{1,4}\s+"
    r"(?:ngay\s+lam\s+viec|ngay|tuan|thang)[ .;]*\Z)",
    re.ASCII,
)
# a number before "đến" that names no day: the ordinal of a round or a try ("điểm lần 1")
_ORDINAL = re.compile(r"(?<![a-z])(?:lan|dot|vong)\s+\d{1,2}(?![\d/.-])", re.ASCII)


class UntilBefore(NamedTuple):
    """A phrase closing "… (cho) đến trước <event> N ngày", said without its "đến"."""

    plain: str  # the phrase without "(cho) đến", the words before it parted by a comma
    probe: str  # the words before "trước" with a day written in place of the event and count


def until_count_before(text: str, year: int) -> UntilBefore | None:
    """`text` with the "(cho) đến" before "trước <event> N <unit>" closing it dropped (see
    the module), and the probe of the words before it: them, "đến trước ngày 28/12/`year`";
    None when it has no such close or the words before it hold a number that is no round's
    ordinal (a day, a month: a start of its own)."""
    shown = nfc(text)
    folded = fold(shown).lower()  # one character for one: the spans are the text's
    found = _UNTIL_BEFORE.search(folded)
    if found is None:
        return None
    if any(char.isdigit() for char in _ORDINAL.sub(" ", folded[: found.start()])):
        return None
    before = shown[: found.start()].rstrip()
    joiner = ", " if before and before[-1].isalnum() else " "
    plain = f"{before}{joiner}{shown[found.end() :]}".lstrip(" ,")
    probe = f"{shown[: found.end()]}trước ngày 28/12/{year}"
    return UntilBefore(plain, probe)

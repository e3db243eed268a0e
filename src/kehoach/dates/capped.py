"""A limit of working days for a duty, with no day to count from: "Thời hạn giải quyết và trả
kết quả không quá năm (05) ngày làm việc" (UBND thị xã Điện Bàn), "… trình Ủy ban nhân dân
tỉnh quyết định khen thưởng … trong phạm vi không quá 05 ngày làm việc" (UBND tỉnh Quảng
Nam, the time allowed for the emulation board's handling).

Read as `unanchored` reads "trong 30 ngày làm việc" (the lead's ruling of session 33):
`relative` {offset N, working_days, direction after, anchor None}; no date is given, so no
date can be wrong. Only working days and only after "thời hạn …" or "trong phạm vi": a
count of calendar days after "không quá" is most often a stay's or an event's length
("thời gian tổ chức Đại hội … (không quá 2 ngày)", `grammar.LENGTH_CAP_RULE`) and stays
refused, as does a phrase with any other number (but a step's own, "Bước 2:") or with words
after the count. A numbered step of a procedure closed by its own time, "Thời gian thực hiện
06 ngày làm việc", is read the same way (`_STEP_TIME`). A limit counted from an event
("không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ") is read by the counted rules
(`counted.build_relative`), never here.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.found import Found
from kehoach.dates.unanchored import unanchored_found

# "thời hạn <the duty, no number> (là) không quá N" or "trong phạm vi không quá N", then the
# count, spelt and in digits ("năm (05)") or in digits alone, ending the phrase
_WORKING_DAYS = (
    r"(?:(?P<spelt>[a-z]+)\s*\(\s*)?(?P<count>\d{1,3})(?(spelt)\s*\))\s+ngay\s+lam\s+viec"
    r"[ .;]*\Z"
)
_CAPPED = re.compile(
    r"(?<![a-z])(?:thoi\s+han(?P<duty>[^\d,;:()]*?)(?:\s+la)?|trong\s+pham\s+vi)\s+khong\s+qua\s+"
    + _WORKING_DAYS,
    re.ASCII,
)
# A step of a procedure and its own time, closing it: "Bước 2: Bộ phận chuyên môn xem xét,
# thẩm định hồ sơ, …, trình UBND cấp xã xem xét. Thời gian thực hiện 06 ngày làm việc" (Bình
# Phước's procedure for a religious activity's registration, zk-dichvucong-binhphuoc): the
# working days the step may take, counted from the day it starts, which the sheet does not
# print. Only after "Bước N" opening the phrase, the step's own number: "Thời gian thực hiện"
# after anything else may be an event's length (ruling 33), and stays refused
_STEP_TIME = re.compile(
    r"(?<![a-z])thoi\s+gian\s+thuc\s+hien\s*:?\s+(?:la\s+)?" + _WORKING_DAYS, re.ASCII
)
_STEP_NUMBER = re.compile(r"\A[\s\-–•+]*buoc\s+\d{1,2}\s*:", re.ASCII)
# ... a step done only on a condition ("Trường hợp cần thiết, …", "nếu hồ sơ chưa đủ …") is
# refused: its time may not run at all (the lead's ruling 38(g)); "(nếu có)" only names who
# takes part ("phối hợp với các đơn vị có liên quan (nếu có)")
_CONDITION = re.compile(r"(?<![a-z])(?:neu(?!\s+co\s*\))|truong\s+hop)(?![a-z])", re.ASCII)
# the numbers in words a count of days is spelt with before its digits ("năm (05)")
_SPELT = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10,
}  # fmt: skip


def read_capped(text: str) -> Found | None:
    """The limit of `text` as {offset N, working days, after, anchor None} (see the module),
    or None when the phrase is not so made or its count in words and in digits disagree."""
    said = nfc(text)
    folded = fold(said)
    step = _STEP_NUMBER.match(folded)
    capped = _CAPPED.search(folded) or (_step_time(folded) if step else None)
    unnumbered = folded[step.end() :] if step else folded  # "Bước 2:" names the step
    if capped is None or len(re.findall(r"\d+", unnumbered)) != 1:
        return None
    count = int(capped["count"])
    if capped["spelt"] is not None and _SPELT.get(capped["spelt"]) != count:
        return None  # "năm (06)": one of the two is misprinted, neither is guessed
    label = said[: capped.start()].strip(" ,;:-–.") or None
    return unanchored_found(count, "ngay lam viec", label)


def _step_time(folded: str) -> re.Match[str] | None:
    """The time closing a numbered step (`_STEP_TIME`), None when there is none or the step
    is done on a condition (`_CONDITION`)."""
    found = _STEP_TIME.search(folded)
    if found is None or _CONDITION.search(folded, 0, found.start()):
        return None
    return found

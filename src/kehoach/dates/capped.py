"""A limit of working days for a duty, with no day to count from: "Thời hạn giải quyết và trả
kết quả không quá năm (05) ngày làm việc" (UBND thị xã Điện Bàn), "… trình Ủy ban nhân dân
tỉnh quyết định khen thưởng … trong phạm vi không quá 05 ngày làm việc" (UBND tỉnh Quảng
Nam, the time allowed for the emulation board's handling).

Read as `unanchored` reads "trong 30 ngày làm việc" (the lead's ruling of session 33):
`relative` {offset N, working_days, direction after, anchor None}; no date is given, so no
date can be wrong. Only working days and only after "thời hạn …" or "trong phạm vi": a
count of calendar days after "không quá" is most often a stay's or an event's length
("thời gian tổ chức Đại hội … (không quá 2 ngày)", `grammar.LENGTH_CAP_RULE`) and stays
refused, as does a phrase with any other number or with words after the count. A limit
counted from an event ("không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ") is read by the
counted rules (`counted.build_relative`), never here.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.found import Found
from kehoach.dates.unanchored import unanchored_found

# "thời hạn <the duty, no number> (là) không quá N" or "trong phạm vi không quá N", then the
# count, spelt and in digits ("năm (05)") or in digits alone, ending the phrase
_CAPPED = re.compile(
    r"(?<![a-z])(?:thoi\s+han(?P<duty>[^\d,;:()]*?)(?:\s+la)?|trong\s+pham\s+vi)\s+khong\s+qua\s+"
    r"(?:(?P<spelt>[a-z]+)\s*\(\s*)?(?P<count>\d{1,3})(?(spelt)\s*\))\s+ngay\s+lam\s+viec"
    r"[ .;]*\Z",
    re.ASCII,
)
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
    capped = _CAPPED.search(folded)
    if capped is None or len(re.findall(r"\d+", folded)) != 1:
        return None
    count = int(capped["count"])
    if capped["spelt"] is not None and _SPELT.get(capped["spelt"]) != count:
        return None  # "năm (06)": one of the two is misprinted, neither is guessed
    label = said[: capped.start()].strip(" ,;:-–") or None
    return unanchored_found(count, "ngay lam viec", label)

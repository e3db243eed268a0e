"""A cell too long to be one deadline: refused unread, naming the parts that hold a time.

A deadline cell is a short phrase; a longer text is prose, and it is refused without being
read (`grammar.MAX_READ`: the time of every rule grows with the length, and a hostile input
could be any length). Such prose often holds the steps of a whole assignment, each with its
time: "… nghiên cứu, xây dựng Báo cáo sơ kết 5 năm thực hiện Nghị quyết số 24-NQ/TW …, trình
Thủ tướng Chính phủ trước ngày 15 tháng 6 năm 2018 (xin gửi kèm Văn bản số 05-CV/BCĐ …)"
(Văn phòng Chính phủ, CV 4909/VPCP-NN 2018; w-vpcp-cv-4909-2018-so-ket-nq-24 of the corpus),
"… chậm nhất 01 năm trước ngày kết thúc hợp đồng dầu khí, …; trong thời hạn 35 ngày làm
việc kể từ ngày nhận được văn bản, …" (Nghị định 115/2009/NĐ-CP as LuatVietnam tells it).
The refusal quotes those parts (a word of a deadline and the number after it), so a clerk
knows what to write as `last_day` or to copy as a phrase of its own; nothing is read.

Only the first `_LOOKED_AT` characters are looked at, with one pattern whose every step is
bounded: the refusal stays as quick as the length check before it.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import MAX_READ, WRITE_THE_DAYS, Unreadable

_LOOKED_AT = 4 * MAX_READ  # characters: prose past them is not looked at
_QUOTED = 3  # parts quoted at most: the refusal stays one line a clerk reads
# a word of a deadline or of a time of work, then a number within a few words (folded)
_TIMED = re.compile(
    r"(?<![a-z])(?:truoc|cham\s+nhat|muon\s+nhat|den\s+het|den\s+ngay|tu\s+ngay|khong\s+qua"
    r"|trong\s+(?:thoi\s+han|thoi\s+gian|vong|thang|quy|nam)|vao\s+ngay|hoan\s+thanh\s+trong)"
    r"(?![a-z])[^;:,()\d]{0,20}?\d[\d/.-]*"
    r"(?:\s+(?:thang|nam)\s+\d[\d/.-]*|\s+(?:ngay|thang|nam)(?:\s+lam\s+viec)?\b){0,3}",
    re.ASCII,
)


def refuse_too_long(phrase: str) -> Unreadable:
    """The refusal of `phrase`, longer than `MAX_READ` characters: it says it is prose, and
    quotes up to `_QUOTED` parts of it that hold a time (`_TIMED`), the parts a clerk
    looks at to write `last_day` (see the module docstring)."""
    shown = nfc(phrase[:_LOOKED_AT])
    parts = [
        " ".join(shown[found.start() : found.end()].split()).rstrip("./-")
        for found in _TIMED.finditer(fold(shown))
    ]
    where = ""
    if parts:
        quoted = ", ".join(f"“{part}”" for part in parts[:_QUOTED])
        more = f" (và {len(parts) - _QUOTED} chỗ nữa)" if len(parts) > _QUOTED else ""
        where = f"; thời hạn có thể ở các chỗ {quoted}{more}: chép riêng từng chỗ thành một mốc"
    return Unreadable(
        f"dài quá {MAX_READ} ký tự, không phải một thời hạn{where}; nếu văn bản ghi thời hạn "
        f"trong đoạn này, {WRITE_THE_DAYS}"
    )

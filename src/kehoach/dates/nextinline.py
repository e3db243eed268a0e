"""A word of sequence opening the phrase: "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3 …".

The press tells a plan's steps one after another and links them with a word of sequence:
"Tiếp đó, từ ngày 7/2 đến hết ngày 3/3 (tức từ 20 tháng Chạp năm Ất Tỵ đến 15 tháng Giêng
năm Bính Ngọ), tạm dừng thi công đào đường, hè đường trên toàn địa bàn thành phố dịp nghỉ Tết
Nguyên đán Bính Ngọ năm 2026" (Tiền Phong, 09/01/2026; zj-tienphong-ha-noi-tam-dung-dao-duong-
he-tet-binh-ngo). "Tiếp đó", "Tiếp theo", "Sau đó", "Kế đó" (next, then) say only that this
step comes after the one told before it; the days printed after them are the step's own, as
they would be with no such word. So the phrase reads as the words after it, with every rule
and refusal of a whole phrase, and only as days written out: a step with no day of its own
("Sau đó, trong 10 ngày, …") counts from the step before, which the phrase does not give, and
stays refused. "Trước đó" (before that) is no word of sequence but of a time given up
(`calledoff`), never cut here.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked

# the word of sequence, then its comma, or a time word right after it with no comma ("Tiếp
# đó từ 21 - 24/10 …"); matched as printed, diacritics and all ("sau đó", never "sáu đô")
_NEXT = re.compile(
    r"(?i)\A[\s\-–—+•*]*(?:tiếp\s+(?:đó|theo)|sau\s+đó|kế\s+(?:đó|tiếp))"
    r"(?:\s*,\s*|\s+(?=(?:từ|ngày|vào|trong\s+các\s+ngày)\s))"
)
# ... and in a copy typed without diacritics (`unmarked`), folded
_NEXT_BARE = re.compile(
    r"\A[\s\-–—+•*]*(?:tiep\s+(?:do|theo)|sau\s+do|ke\s+(?:do|tiep))"
    r"(?:\s*,\s*|\s+(?=(?:tu|ngay|vao|trong\s+cac\s+ngay)\s))",
    re.ASCII,
)


def after_next_in_line(text: str) -> str | None:
    """`text` (as printed) after the word of sequence opening it (`_NEXT`), or None when it
    opens otherwise or nothing follows the word."""
    shown = nfc(text)
    said = (_NEXT_BARE.match(fold(shown)) if unmarked(shown) else None) or _NEXT.match(shown)
    if said is None:
        return None
    rest = shown[said.end() :]
    return rest if rest.strip() else None

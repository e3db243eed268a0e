"""An assignment cell that sends the reader elsewhere for who does the work.

"Phân công chi tiết tại phụ lục 2" (KH 348/KH-UBND, Phụ lục 1, row 3), "theo biểu kèm
theo": the cell names no body; the bodies and their shares are in the appendix it points
to. `import` copies it as the lead for the clerk to replace, `validate` refuses it, and
both say the way: one task per body the appendix names. Other cells the import cannot
split ("- Thường trực Ban Chỉ đạo tỉnh. - Tổ Biên tập của tỉnh") still name bodies.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

_ELSEWHERE = re.compile(r"\b(?:tai|theo|o)\s+(?:phu\s+luc|bieu|bang|danh\s+muc)\b")


def points_elsewhere(cell: str | None) -> bool:
    """True for a cell that points to an appendix, a table or a list for its bodies."""
    return bool(cell) and _ELSEWHERE.search(fold(nfc(cell or "")).lower()) is not None

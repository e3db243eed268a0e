"""A start said from the writing: "Từ mai, …" (from tomorrow), opening the phrase.

"Từ mai, các trường chủ động theo dõi diễn biến thời tiết để kịp thời báo cáo, xin ý kiến
UBND địa phương và Sở nếu phải tiếp tục cho học sinh nghỉ học." (VnExpress on storm Bualoi,
30/9/2025: za-vnexpress-loat-tinh-nghi-hoc-bao-bualoi-2025): tomorrow is the day after the
day the text is written, its issue day, as "từ nay" is the issue day and "15h hôm nay" is
that day (`later.today_written`, issue 11). The start is written as the day it is ("Từ ngày
01/10/2025, …") and read as any start; the reading says how the day was reckoned.

Only a start opening the phrase and set apart by a comma, spelt with its diacritics: "mai"
in prose may be the future ("vì ngày mai tươi sáng") or a name ("Mai"), and a bare "tu mai"
may be "tự mãi"; a "mai" glossed with its day ("ngày mai (1/10)") is read and checked by
`later` as before. Without an issue day the phrase is refused: tomorrow of which day?

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import timedelta

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable, show
from kehoach.dates.reading import Context

# "Từ mai,", "Bắt đầu từ ngày mai,", "- Kể từ mai,": a start word, "mai", a comma, then the
# words of the clause. Never a day after the comma ("Từ mai, 2/10, …", "Từ mai, thứ Năm, …"):
# a gloss, which may not be tomorrow's; read and checked by `later` when it has "ngày mai"
_FROM_TOMORROW = re.compile(
    r"\A(?P<lead>[\s\-–—+•]*(?:(?:[Bb]ắt\s+đầu|[Kk]ể)\s+)?[Tt]ừ)\s+(?:ngày\s+)?mai\s*"
    r"(?=,\s*(?!(?i:ngày|thứ|chủ\s+nhật|mùng|mồng|hôm|sáng|chiều|tối|đêm|trưa)(?!\w))[^\W\d_])"
)


def from_tomorrow(text: str, context: Context, note: str | None) -> tuple[str, str | None]:
    """`text` with an opening "Từ mai," (`_FROM_TOMORROW`) written "Từ ngày D," where D is
    the day after the issue day, and the note the reading takes (`note`, another one the
    phrase already took, is kept and this one not written: one note for one phrase)."""
    found = _FROM_TOMORROW.match(nfc(text))
    if found is None or note is not None:
        return text, note
    if context.issued is None:
        raise Unreadable(
            "“mai” là ngày sau ngày ban hành văn bản: cần ngày ban hành (--issued, hoặc issued "
            "của kế hoạch), hoặc ghi first_day"
        )
    tomorrow = context.issued + timedelta(days=1)
    written = f"{found['lead']} ngày {show(tomorrow)}{nfc(text)[found.end() :]}"
    return written, f"“mai”: ngày sau ngày ban hành {show(context.issued)}"

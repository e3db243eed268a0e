"""The months a pension or an allowance is for: the payment's object, never its time.

"Lương hưu, trợ cấp BHXH tháng 03 năm 2026" (a list item of Bảo hiểm xã hội cơ sở Nhơn
Trạch's notice of 09/02/2026) names March's pension, paid with February's in the February
round before Tết (Chỉ thị 36/CT-TTg of 2025, as Bộ Tài chính carried it out: "chi trả gộp 2
tháng lương hưu và trợ cấp bảo hiểm xã hội (tháng 2 và tháng 3-2026) vào kỳ chi trả tháng
2-2026", SGGP 2026), as "ngân sách năm 2026" names the budget's year. The months right after
the benefit's name, and the count of months paid at once ("02 tháng lương hưu"), are the
payment's object: alone, the phrase is refused (`refuse_benefit_month`); beside the round's
own time they are cut and kept as the gloss (`cut_benefit_months`). A month after a word of
time says when, and reads: "chi trả lương hưu trong tháng 3/2026".

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.grammar import Source, Unreadable

_BENEFIT = (
    r"(?:luong\s+huu|tro\s+cap|phu\s+cap|tien\s+luong)"
    r"(?:\s+(?:bhxh|bao\s+hiem\s+xa\s+hoi|bhtn|bao\s+hiem\s+that\s+nghiep|uu\s+dai))?"
)
_MONTH_OF_A_YEAR = r"\d{1,2}(?:\s*(?:[/.-]|\bnam\b)\s*\d{4})?"
# the months right after the benefit, in parentheses or not
_BENEFIT_MONTH = re.compile(
    rf"\b{_BENEFIT}(?:\s*(?:,|\bva\b)\s*{_BENEFIT})*\s+"
    rf"(?P<months>(?P<open>\(\s*)?thang\s+{_MONTH_OF_A_YEAR}"
    rf"(?:\s*(?:,|\bva\b)\s*(?:thang\s+)?{_MONTH_OF_A_YEAR})*(?![\d/.-])(?(open)\s*\)))",
    re.ASCII,
)
# ... and the count of months paid at once
_MONTHS_COUNTED = re.compile(
    rf"(?<![\d/.-])(?P<months>(?:\d{{1,2}}|hai|ba)\s+thang)\s+(?={_BENEFIT}\b)", re.ASCII
)


def refuse_benefit_month(source: Source) -> None:
    """Refuse a phrase whose only numbers are the months a benefit is for (`_BENEFIT_MONTH`)."""
    found = _BENEFIT_MONTH.search(source.prepared)
    if found is None or _has_a_number(_blanked(source.prepared, [found.span()])):
        return
    said = source.said(*found.span())
    raise Unreadable(
        f"“{said}”: tháng là tháng của lương hưu, trợ cấp được trả (tiền của tháng đó), không "
        "phải thời gian chi trả; nếu văn bản có hạn, ghi last_day theo văn bản"
    )


def cut_benefit_months(text: str) -> tuple[str, str | None]:
    """`text` (NFC) without the months a benefit is for and the count of months paid
    (`_BENEFIT_MONTH`, `_MONTHS_COUNTED`) when another number stays to be read, and the
    gloss the reading takes; (`text`, None) when nothing is cut."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    spans = [
        found.span("months")
        for pattern in (_BENEFIT_MONTH, _MONTHS_COUNTED)
        for found in pattern.finditer(folded)
    ]
    if not spans or not _has_a_number(_blanked(folded, spans)):
        return text, None
    said = "; ".join(" ".join(text[start:end].split()).strip("() ") for start, end in spans)
    kept = " ".join(_blanked(text, spans).split())
    return kept, f"tháng, số tháng của lương hưu, trợ cấp: {said}"


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    kept = list(text)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    return "".join(kept)


def _has_a_number(text: str) -> bool:
    return any(char.isdigit() for char in text)

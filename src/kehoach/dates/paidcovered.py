"""Who pays and who is covered, said after a periodic duty's count: a clause with no time.

"Theo đó, mỗi người cao tuổi trên địa bàn TP đều được khám sức khỏe định kỳ 1 lần/năm,
nguồn kinh phí khám sức khỏe do ngân sách TP thanh toán" and "… sẽ được khám sức khỏe định
kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú (trên 6 tháng)" (UBND TP.HCM's plan of
2025 for the elderly, as the press retells it; Luật Người cao tuổi 2009, Điều 12, gives the
yearly check-up): the cadence is the duty's, once a year; the clause after its comma names
the money that pays for it, or the people it reaches regardless of their residence. Neither
moves the day, so the clause is cut off and shown as the gloss. Only these two shapes, words
only, with no word that could carry a time or undo the duty ("nếu", "không" other than
"không phân biệt", "đã", "chưa", a day, a month, a year); the only number spared is a
residence's length in parentheses after "tạm trú", which is the people's, not the duty's.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import Source

# the duty's count once each period, either way round: "định kỳ 1 lần/năm", "định kỳ 1 năm/lần"
_ONCE_EACH = (
    r"dinh\s+ky\s+(?:1|01|mot)\s+(?:lan\s*/\s*(?:nam|quy|thang|tuan)|(?:nam|quy|thang|tuan)"
    r"\s*/\s*lan)"
)
_WORDS = r"[a-z]+(?:\s+[a-z]+)*?"
# "nguồn kinh phí khám sức khỏe do ngân sách TP thanh toán", "kinh phí do ngân sách nhà nước
# bảo đảm"
_PAID = rf"(?:nguon\s+)?kinh\s+phi(?:\s+{_WORDS})?\s+do\s+{_WORDS}\s+(?:thanh\s+toan|chi\s+tra|bao\s+dam|dam\s+bao)"
# the residence's length, after "tạm trú" only; its parentheses blanked by then or kept
_RESIDENCE = r"\(?\s*tren\s+(?:\d{1,2}|sau|ba|mot)\s+thang\s*\)?"
# "không phân biệt thường trú hay tạm trú (trên 6 tháng)": regardless of residence
_COVERED = (
    rf"khong\s+phan\s+biet\s+{_WORDS}\s+(?:hay|hoac|va)\s+{_WORDS}"
    rf"(?:\s*{_RESIDENCE})?"
)
_CLAUSE_AFTER = re.compile(
    rf"(?P<rule>.*\b{_ONCE_EACH})\s*,\s*(?P<clause>{_PAID}|{_COVERED})[ .;:]*\Z", re.ASCII
)
# words that could carry a time, a condition or a duty undone or told done, as printed: folded,
# "trừ" (except) would be "trú" (reside) and "đã" (done) "đa"
_NOT_PLAIN = re.compile(
    r"(?i)(?<!\w)(?:nếu|trừ|đã|chưa|không|ngày|tháng|năm|quý|tuần|hạn|trước|sau|từ|đến|tới"
    r"|khi|lúc|giờ|lần|đợt|kỳ|thời)(?!\w)"
)
# ... and folded, for a clause printed without its marks: any such word refuses it
_NOT_PLAIN_FOLDED = re.compile(
    r"\b(?:neu|tru|da|chua|khong|ngay|thang|nam|quy|tuan|han|truoc|sau|tu|den|toi|khi|luc|gio"
    r"|lan|dot|ky|thoi)\b",
    re.ASCII,
)
# the residence's length after "tạm trú" spared by `_COVERED`, and its own "không phân biệt"
_SPARED = re.compile(
    r"(?i)(?<=tạm trú)\s*\(?\s*trên\s+(?:\d{1,2}|sáu|ba|một)\s+tháng\s*\)?\s*$"
    r"|^\s*không\s+phân\s+biệt(?!\w)"
)

# the duty itself denied, told done or put as a condition: "chưa khám sức khỏe định kỳ 1 lần/năm,
# nguồn kinh phí …" owes nothing each year; the clause is not cut, and the phrase is refused
_NOT_DUE = re.compile(r"(?i)(?<!\w)(?:nếu|đã|chưa|không|chua|khong|neu)(?!\w)")


def paid_or_covered_after(source: Source, gloss: str | None) -> tuple[Source, str | None]:
    """The rule without a clause after its count that says who pays or who is covered
    (`_CLAUSE_AFTER`), the clause kept as the gloss; unchanged for any other clause, or
    when a gloss is kept already."""
    found = _CLAUSE_AFTER.fullmatch(source.prepared)
    if found is None or gloss is not None:
        return source, gloss
    if _NOT_DUE.search(source.original(*found.span("rule"))):
        return source, gloss
    checked = _SPARED.sub(" ", " ".join(source.original(*found.span("clause")).split()))
    if _NOT_PLAIN.search(checked) or re.search(r"\d", checked):
        return source, gloss
    if checked.isascii() and _NOT_PLAIN_FOLDED.search(checked.lower()):  # no marks: unsure
        return source, gloss
    words = source.said(found.start("clause"), found.end("clause"))
    return source.part(0, found.end("rule")), words

"""A round marked "(nếu có)" (if there is one): held only if needed, no firm day.

"Đợt 1 trước 30/6/2026; đợt 2 (nếu có) trước 31/12/2026" (session 59's fresh breaker,
issued 01/03/2026): the second round happens only if the first leaves work over, so its day
is no deadline to meet; the base read it as a firm 31/12/2026 (the first rule: never a silent
wrong date). The whole phrase is refused, not its firm round alone: a reading with the first
round only would drop a milestone the clerk never hears of, while a refusal names it.

A round is "đợt", "lần", "vòng", "phiên", "kỳ", "giai đoạn" with up to three words of its own
("đợt 2", "lần thứ hai", "đợt bổ sung") before the parenthesis. "(nếu có)" after any other
noun says "if any" of a thing sent and keeps its day: "Nộp hồ sơ gồm: đơn, giấy tờ khác (nếu
có) trước ngày 30/6/2026", "đề xuất, kiến nghị (nếu có)" (Quyết định 2330/QĐ-TTg, 2025,
`label._NAMES_WITH_TIME_WORDS`); typed bare it is `barecondition`'s.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable

_OPTIONAL_ROUND = re.compile(
    r"(?<!\w)(?P<round>(?:đợt|lần|vòng|phiên|kỳ|giai\s+đoạn)(?:\s+[^\s(),;:.]+){1,3}?)"
    r"\s*\(\s*nếu\s+có\s*\)"
)


def refuse_optional_round(label: str) -> None:
    """Refuse the words before the time part (`label`, as printed) when they name a round
    marked "(nếu có)" (`_OPTIONAL_ROUND`)."""
    found = _OPTIONAL_ROUND.search(" ".join(nfc(label).lower().split()))
    if found is None:
        return
    raise Unreadable(
        f"“{found.group('round')} (nếu có)” là một đợt chỉ có khi cần: ngày của nó không phải "
        "thời hạn chắc chắn; ghi mỗi đợt chắc chắn một mốc (deadlines) với last_day của nó, "
        "đợt này khi đã rõ là có"
    )

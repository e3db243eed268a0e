"""A round marked "(nếu có)" (if there is one): held only if needed, no firm day.

"Đợt 1 trước 30/6/2026; đợt 2 (nếu có) trước 31/12/2026" (session 59's fresh breaker,
issued 01/03/2026): the second round happens only if the first leaves work over, so its day
is no deadline to meet; the base read it as a firm 31/12/2026 (the first rule: never a silent
wrong date). The whole phrase is refused, not its firm round alone: a reading with the first
round only would drop a milestone the clerk never hears of, while a refusal names it.

A round is "đợt", "lần", "vòng", "phiên", "kỳ", "giai đoạn" with up to three words of its own
("đợt 2", "lần thứ hai", "đợt bổ sung"), or an intake or exam held in addition or again
("Xét tuyển bổ sung (nếu có): từ 1/9 đến 15/9/2026", "thi lại"), a course by its number
("Khóa 2 (nếu có)"), a marking again or a test held if needed ("Chấm lại (nếu có) trước …",
"Kiểm tra sát hạch (nếu có) ngày …"), marked "(nếu có)", "(khi cần)", "(nếu còn chỉ tiêu)",
"(trường hợp còn chỉ tiêu)" or ", nếu có," (the course, the marking, the test and "trường
hợp còn": helper d60's brief, session 60, each read as a firm day). "(nếu có)" after any
other noun says "if any" of a thing sent or a step some take, and keeps its day: "Nộp hồ sơ gồm: đơn, giấy tờ khác (nếu
có) trước ngày 30/6/2026", "Nộp hồ sơ bổ sung (nếu có) trước …", "Phúc khảo (nếu có) trước
…", "đề xuất, kiến nghị (nếu có)" (Quyết định 2330/QĐ-TTg, 2025,
`label._NAMES_WITH_TIME_WORDS`); so does "ca thi thứ hai (nếu còn chỉ tiêu) từ 9h ngày
8/2/2026 …" (a session one picks, za-24h-lich-thi-dgnl-2026). Typed bare it is
`barecondition`'s.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable

# a round: "đợt", "lần", … with up to three words of its own, a course by its number ("Khóa 2
# (nếu có)": helper d60's brief, read as due), or an intake or an exam held again or in addition
# ("xét tuyển bổ sung", "thi lại"), a marking again ("Chấm lại (nếu có) trước …", "chấm phúc
# khảo") or a test held if needed ("Kiểm tra sát hạch (nếu có) ngày …", "Phỏng vấn (nếu
# có)"): the organiser's,
# never the candidate's own request ("Phúc khảo (nếu có) trước …" keeps its day)
_ROUND = (
    r"(?:(?:đợt|lần|vòng|phiên|kỳ|giai\s+đoạn)(?:\s+[^\s(),;:.]+){1,3}?"
    r"|(?:xét\s+tuyển|tuyển\s+sinh|tuyển\s+dụng|thi|sát\s+hạch)\s+(?:bổ\s+sung|lại))"
)
# ... and, opening the words only (after a bullet, a test's own word first: "Kiểm tra sát
# hạch (nếu có) ngày …"), a course by its number (never "khóa học (nếu có)", a course one
# applies to), a marking again, a test held if needed; after another word they name a
# document ("Nộp hồ sơ gồm: đơn, biên bản phỏng vấn (nếu có) trước ngày 30/9/2026", "Thí
# sinh nộp đơn chấm lại (nếu có) trước …": d60b's brief, read on main)
_ROUND_OPENING = (
    r"\A[\W_]*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?(?:kiểm\s+tra\s+)?"
    r"(?P<round>(?:khóa|khoá)\s+(?:thứ\s+)?(?:\d+|[ivx]+|hai|ba|bổ\s+sung|tiếp\s+theo)(?!\w)"
    r"|chấm\s+(?:lại|phúc\s+khảo|bổ\s+sung)|sát\s+hạch|phỏng\s+vấn)"
)
# ... held only if there is one, if needed, or if places remain: "(nếu có)", "(khi cần)",
# "(nếu còn chỉ tiêu)", "(trường hợp còn chỉ tiêu)" (d60's brief), or ", nếu có," between
# commas
_IF_ANY = (
    r"\s*\(\s*(?P<if>(?:nếu\s+có|(?:nếu|khi)\s+cần(?:\s+thiết)?"
    r"|(?:nếu|(?:trong\s+)?trường\s+hợp)\s+còn[^()]{0,40}?))\s*\)"
    r"|\s*,\s*(?P<if_said>nếu\s+có)\s*,"
)
_OPTIONAL_ROUND = re.compile(rf"(?<!\w)(?P<round>{_ROUND})(?:{_IF_ANY})")
_OPTIONAL_ROUND_OPENING = re.compile(rf"{_ROUND_OPENING}(?:{_IF_ANY})")


def refuse_optional_round(label: str) -> None:
    """Refuse the words before the time part (`label`, as printed) when they name a round
    marked "(nếu có)" (`_OPTIONAL_ROUND`)."""
    said = " ".join(nfc(label).lower().split())
    found = _OPTIONAL_ROUND.search(said) or _OPTIONAL_ROUND_OPENING.match(said)
    if found is None:
        return
    said = f"{found.group('round')} ({found.group('if') or found.group('if_said')})"
    raise Unreadable(
        f"“{said}” là một đợt chỉ có khi cần: ngày của nó không phải thời hạn chắc chắn; ghi "
        "mỗi đợt chắc chắn một mốc (deadlines) với last_day của nó, đợt này khi đã rõ là có"
    )

"""A time opening a press line, then a clause that calls off, ends, pauses or hedges the work.

"Từ ngày 26 -29/5, Hội đồng tổ chức thẩm định hồ sơ" (varying ze-baohaiduong-xet-thang-hang-
giao-vien-2024) reads as the council's window of work. With another verb the clause says the
days are no time to do anything by: "Từ ngày 26 -29/5, Hội đồng tuyển dụng bãi bỏ lịch thi",
"… thông báo hủy kỳ thi" (called off), "… Hội đồng giải thể", "… hết hiệu lực" (the council
ends), "… tạm dừng thẩm định hồ sơ" (a pause), "… dự kiến tổ chức phỏng vấn" (only planned).
Main read each as the window of the work (f63b's brief). The same words after the time are
refused where they stand ("Hội đồng tuyển dụng bãi bỏ lịch thi từ ngày 26 -29/5",
`calledoff`; a step's "dự kiến" after a day, `label.read_trailing`): here too.

The rule: the phrase opens with "từ" and its day or span of days ("(kể/bắt đầu) từ (ngày) D
(- D/M)", "từ D/M đến D/M"), then a comma and the clause; a reading with that clause as its
step is refused when the clause holds a word that calls off or pauses
(`calledoff.CALLED_OFF_WORDS`), a guess or a wish (`hedged.GUESSED`), "dự kiến" (planned,
never before a count: "dự kiến 15 doanh nghiệp tham gia"), a likelihood, an intent, a
provisional or conditional word (`_LIKELY`), or an end of the body or the text
(`_ENDED`). Never a word the call-off word only closes ("tiêu hủy", destroy; "không ngừng",
tirelessly), nor a pause that opens the clause with no subject: the days of a ban ("Từ ngày
7/2 đến hết ngày 3/3, tạm dừng thi công đào đường …", zj-dantri-ha-noi-tam-dung-dao-duong-
dai-hoi-tet-2026, read as its window).

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.calledoff import CALLED_OFF_WORDS
from kehoach.dates.found import Found
from kehoach.dates.grammar import Unreadable
from kehoach.dates.hedged import GUESSED

# the time opening the phrase and its comma (folded): "từ ngày 26 -29/5, …", "Từ ngày 26/5,
# …", "từ ngày 01/9 đến 30/11/2025, …"
_DAY = r"\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?"
_TIME_FIRST = re.compile(
    rf"\W*(?:bat\s+dau\s+)?(?:ke\s+)?tu\s+(?:ngay\s+)?{_DAY}"
    rf"(?:\s*(?:[-–]|\s(?:den|toi)\s+(?:het\s+)?)\s*(?:ngay\s+)?{_DAY})?\s*,\s*",
    re.ASCII,
)
# the body or the text that ends: "Hội đồng giải thể", "Quyết định hết hiệu lực"
_ENDED = r"giải\s+thể|hết\s+(?:hiệu\s+lực|nhiệm\s+vụ)|chấm\s+dứt"
# ... and "dự kiến" (planned), never before a count it estimates
_PLANNED = r"dự\s+kiến(?!\s+(?:khoảng\s+|trên\s+|hơn\s+)?\d)"
# ... or only likely, intended, provisional or conditional: "có khả năng tổ chức phỏng vấn",
# "dự định tổ chức …", "tổ chức phỏng vấn (tạm thời)", "… tùy số lượng thí sinh" (session
# 63's merge tester: each read through a council's year, `councilyear`); never a bare
# "tạm thời" of the thing done ("phân luồng giao thông tạm thời", a temporary diversion,
# zt-thanhphohaiphong-phan-luong-cau-vuot-le-hong-phong-2018) nor "tùy" opening the clause
# (`_opens`)
_LIKELY = r"(?:có\s+)?khả\s+năng|dự\s+định|\(\s*tạm\s+thời\s*\)|tùy(?:\s+theo)?"
# ... a pause, which opening the clause is a ban's own time
_PAUSE = re.compile(r"(?i)(?:tạm\s+)?(?:dừng|ngừng|ngưng)")
_UNDONE = re.compile(
    r"(?i)(?<!\w)(?<!tiêu\s)(?<!phân\s)(?<!phá\s)(?<!không\s)(?<!trạm\s)"
    rf"(?:{CALLED_OFF_WORDS}|{GUESSED}|{_PLANNED}|{_ENDED}|{_LIKELY})(?!\w)"
)


def _opens(found: re.Match[str]) -> bool:
    """Whether `found` opens the clause as a pause, the days of a ban (`_ban`), or as "tùy",
    the start's own condition ("Từ ngày 1/10, tùy tình hình thời tiết, các cơ sở giáo dục
    chủ động theo dõi …", za-znews-nghi-hoc-bao-bualoi-2025, read as a start)."""
    return _ban(found) or (found.start() == 0 and found.group().lower().startswith("tùy"))


def _ban(found: re.Match[str]) -> bool:
    """Whether `found` is a pause that opens the clause, no subject before it: the days of a
    ban ("Từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường, hè đường …",
    zj-dantri-ha-noi-tam-dung-dao-duong-dai-hoi-tet-2026, read as its window)."""
    return found.start() == 0 and _PAUSE.fullmatch(found.group()) is not None


def refuse_clause_undone(text: str) -> None:
    """Refuse `text` (as printed, read with the clause as its step) when it opens with its
    time and a comma, and the clause after it calls off, ends, pauses or hedges the work
    (see the module docstring)."""
    shown = nfc(text)
    opening = _TIME_FIRST.match(fold(shown).lower())
    if opening is None:
        return
    clause = shown[opening.end() :]  # folding keeps one character for one
    said = next((found for found in _UNDONE.finditer(clause) if not _opens(found)), None)
    if said:
        raise Unreadable(
            f"“{said.group()} …” sau khoảng ngày mở đầu nói việc bị hủy, dừng, chấm dứt hoặc chỉ "
            "là dự kiến: những ngày đó không phải thời hạn của việc; nếu văn bản có hạn, ghi "
            "last_day (và first_day) theo văn bản"
        )


def steps_not_undone(text: str, found: list[Found]) -> list[Found]:
    """`found`, refused when a reading has a step and `text` is refused by
    `refuse_clause_undone`."""
    if any(one.label for one in found):
        refuse_clause_undone(text)
    return found

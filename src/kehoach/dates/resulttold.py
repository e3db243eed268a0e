"""Results told with their outcome: the publication is over, no step to meet.

"công bố kết quả vào ngày 6-6 với 95% đỗ" (session 62's brief, varying the exam calendar of
zv-nghean24h-lich-thi-dgnl-v-act-2026: "… và công bố kết quả vào ngày 6-6"): read on main as
due on 6/6. A result told with its share, rate or pass ("với 95% đỗ", "tỷ lệ đỗ 95%", "có
1.200 thí sinh đậu", "đạt 90 điểm") is a result already out: the day is the one it came out
on, a thing past, never a deadline of the plan. `calendarstep` refuses such a step inside a
calendar's list (`calendarstep._RESULT_TOLD`); this is the same for the phrase alone.

The rule: the results or the scores published ("công bố kết quả", "thông báo điểm"), then an outcome told after
them (`_OUTCOME`: a share or a rate of passing, "với/có … đỗ, đậu, trượt, rớt", "đạt" a
number). A share alone is no outcome: "Thông báo kết quả trước ngày 6/6/2026 cho 100% thí
sinh" tells to whom, still due. A count of who got in is an outcome ("Công bố kết quả ngày
6/6/2026: 1.200 thí sinh trúng tuyển", e62b); a goal is none ("…, phấn đấu tỷ lệ đỗ đạt 95%",
"với mục tiêu 95% đỗ": `_GOAL`), read as before, but a goal reached ("đạt mục tiêu 95% đỗ")
is. A list of who passed, still to publish ("công bố danh sách thí sinh
đỗ trước ngày …"), tells no outcome and is read as before.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

# the results published, as printed (lower case, NFC): "công bố kết quả", "thông báo điểm";
# never a report on them ("Báo cáo kết quả thi, tỷ lệ đỗ tốt nghiệp trước ngày 15/7/2026":
# a report due, the rate its matter)
_RESULTS = re.compile(r"(?<!\w)(?:công\s+bố|thông\s+báo|có)\s+(?:kết\s+quả|điểm)(?!\w)")
# ... and an outcome told after them
_PASSED = r"(?:đỗ|đậu|trượt|rớt|trúng\s+tuyển|tốt\s+nghiệp)"
_OUTCOME = re.compile(
    r"(?<!\w)(?:"
    # a share or a count of who passed: "với 95% đỗ", "có 1.200 thí sinh đậu", "95% đỗ"
    rf"(?:với|có)\s+(?:[^\s,;]+\s+){{0,3}}?{_PASSED}|\d+(?:[.,]\d+)?\s*%\s+(?:thí\s+sinh\s+)?{_PASSED}"
    # ... a rate told ("tỷ lệ đỗ 95%", "phần trăm đỗ"), a score reached ("đạt 9 điểm")
    rf"|(?:t[ỷỉ]\s+lệ|phần\s+trăm)\s+(?:thí\s+sinh\s+)?{_PASSED}|đạt\s+\d"
    # ... a count of who got in ("1.200 thí sinh trúng tuyển", e62b), never to whom nor a list
    rf"|(?<!cho\s)(?<!sách\s)(?<![\d.,])\d+(?:[.,]\d+)*\s+(?:thí\s+sinh|học\s+sinh|em)\s+(?:đã\s+)?{_PASSED}"
    r")(?!\w)"
)
# ... never a goal (e62b): "phấn đấu tỷ lệ đỗ đạt 95%", "bảo đảm tỷ lệ đỗ trên 90%", "với mục
# tiêu 95% đỗ", the goal word in the outcome or at most a word before it; a goal reached
# ("đạt mục tiêu 95% đỗ", "vượt chỉ tiêu") is an outcome still
_GOAL = re.compile(
    r"(?<!đạt\s)(?<!vượt\s)(?<!thành\s)(?<!\w)(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|mục\s+tiêu"
    r"|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến"
    # ... a rate asked or to be reported ("…, yêu cầu tỷ lệ đỗ trên 95%", "… và báo cáo tỷ lệ
    # đỗ": session 62's tester of the merge, read on main)
    r"|yêu\s+cầu|báo\s+cáo)(?!\w)"
)
_GOAL_BEFORE = re.compile(rf"{_GOAL.pattern}(?:\s+\S+)?\s*\Z")
# ... or a rate that must be reached, the duty at most two words after it ("tỷ lệ đỗ phải đạt
# trên 95%", "tỷ lệ đỗ tốt nghiệp cần đạt 95%", "tỷ lệ đỗ phấn đấu đạt 95%")
_GOAL_AFTER = re.compile(r"(?:\s+[^\s\d,;:]+){0,2}?\s+(?:phải|cần|phấn\s+đấu)(?!\w)")


def _a_goal(said: str, outcome: re.Match[str]) -> bool:
    """Whether the `outcome` told in `said` is a goal set, not a result."""
    return bool(
        _GOAL.search(outcome.group())
        or _GOAL_BEFORE.search(said, 0, outcome.start())
        or _GOAL_AFTER.match(said, outcome.end())
    )


def refuse_result_told(phrase: str, found: Sequence[Deadline]) -> None:
    """Refuse the readings `found` of `phrase` when it names results and tells their
    outcome after them (the module's rule): the results are out, the day is past."""
    if not found:
        return
    said = " ".join(nfc(phrase).lower().split())
    results = _RESULTS.search(said)
    outcomes = _OUTCOME.finditer(said, results.end()) if results else iter(())
    outcome = next((one for one in outcomes if not _a_goal(said, one)), None)
    if outcome is None:
        return
    raise Unreadable(
        f"“{outcome.group()}”: kết quả đã có (kể cả tỷ lệ, số đỗ, điểm đạt), ngày nêu là ngày "
        "kết quả đã công bố, không phải thời hạn; không đoán: ghi last_day theo việc còn phải "
        "làm trong văn bản"
    )

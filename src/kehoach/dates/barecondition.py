"""A condition typed without diacritics in the step of a reading: refused.

"Truoc ngay 15/11/2026, thong xe cau neu du dieu kien", "Hoan thanh truoc ngay 15/11/2026
neu duoc phe duyet", "Gui bao cao truoc ngay 15/11/2026 (neu co)" read, before this guard,
as firm days, while the same words with their marks ("nếu đủ điều kiện", "(nếu có)") are
refused after a deadline (`label._no_time_word`): the day holds only if the condition does
(the lead's first rule: never a silent wrong date). A phrase opening with its day is asked
already (`engine._refuse_conditional_after_its_day`, in a phrase with no mark at all); a
deadline's keyword first ("Truoc ngay …"), or marks the grammar put back on other words
("thong xe" read "thông xe"), escaped it.

Bare "neu" is also "nêu" (to state: "nêu rõ kết quả", "nêu ý kiến", "nêu trong báo cáo"),
so it is read by the word after it: "đủ", "có", "cần", "được", "không", "chưa", "gặp",
"xảy", "thay" open a condition (if enough, if any, if needed, if allowed, if not, if it
happens); "nêu" takes an object. A start alone ("Từ ngày 1/10, … nếu cần") keeps its
reading, as the words after a start spare any "nếu" (`label._CONDITION_AFTER_A_START`): it
sets no day by which the work is due.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

# "neu" and the word after it, read folded ("neu có", "neu co"); "neu" itself is then asked
# as printed, with no mark (`_said_bare`)
_BARE_CONDITION = re.compile(
    r"(?<![a-z])neu\s+(?:du|co|can|duoc|khong|chua|gap|xay|thay)(?![a-z])", re.ASCII
)


def _said_bare(words: str) -> str | None:
    """The condition typed without marks in `words` (`_BARE_CONDITION`), as printed; None
    when there is none, or its "neu" carries marks ("nếu", "nêu": the other rules' to read)."""
    words = nfc(words)  # fold keeps one character for one on composed text
    for condition in _BARE_CONDITION.finditer(fold(words).lower()):
        if words[condition.start() : condition.start() + 3].lower() == "neu":
            return words[condition.start() : condition.end()]
    return None


def refuse_bare_condition(found: tuple[Deadline, ...]) -> None:
    """Refuses a reading whose step or gloss holds a condition typed without marks
    (`_said_bare`); a start alone (no last day, an earliest) is spared (see the module
    docstring)."""
    for one in found:
        if one.last is None and one.earliest is not None:
            continue
        for words in (one.label, one.gloss):
            if words and (said := _said_bare(words)):
                raise Unreadable(
                    f"“{said} …” là một điều kiện (nếu …) gõ không dấu: thời hạn chỉ đúng khi "
                    "điều kiện xảy ra; không đoán, ghi last_day (và first_day) theo văn bản"
                )

"""A duty closed by the count it is done after, the event it counts from told only by the
duty itself: "Cục yêu cầu đối với gia súc tiêm lần đầu, bắt buộc phải tiêm nhắc lại lần hai
sau 28 ngày" (Cục Thú y on the foot-and-mouth vaccine, as Tiền Phong prints it: the booster
dose 28 days after the first).

Read as `unanchored` reads "báo cáo UBND tỉnh trong 30 ngày làm việc" (the lead's ruling of
session 33): `relative` {offset N, unit, working_days, direction after, anchor None}; the
word "sau" says the direction, the phrase names no day to count from, so no date is given
and none can be wrong. Only when "phải" (must) opens the duty, the count closes the phrase
and is its one number, and nothing else in it names a time, a cadence, a condition, a
denial or a thing told done: "Sau 5 năm thực hiện Nghị quyết …, hội viên … đã …" (a review
told), "thí sinh phải nộp sau 3 ngày" beside another day, "phải tiêm sau 28 ngày tuổi" (an
age, "tuổi" after the count) stay refused. A phrase without diacritics is refused: its
words of time cannot be told from others ("nam", "tu").

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.anchorfirst import COUNT_UNITS
from kehoach.dates.found import Found
from kehoach.dates.reading import DeadlineKind, Relative

# folded: "phải <the duty, no number> sau N <unit>", closing the phrase
_DUE_AFTER = re.compile(
    r"(?<![a-z])phai\s+[^\d]*?[a-z]\s+sau\s+(?P<count>\d{1,3})\s+"
    r"(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)[ .;]*\Z",
    re.ASCII,
)
# words before the count (as printed, with their diacritics) that name another time, a
# cadence, an anchor of their own, a condition, a denial or a thing told done
_ANOTHER_WORD = re.compile(
    r"(?i)(?<!\w)(?:ngày|tháng|năm|quý|tuần|giờ|trước|sau|đến|tới|từ|kể|tính|hằng|hàng|mỗi"
    r"|định\s+kỳ|cứ|hoặc|hay|nữa|nếu|khi|trường\s+hợp|không|chưa|đã|vừa|đang"
    # ... or a least wait, whose count is the earliest day, no day due by ("Người dân phải
    # đợi ít nhất sau 28 ngày": fresh54)
    r"|ít\s+nhất|tối\s+thiểu|sớm\s+nhất|đợi|chờ)(?!\w)"
)


def read_due_after(text: str) -> Found | None:
    """The count closing `text` as {offset N, unit, after, anchor None} (see the module), or
    None when the phrase is not so made."""
    said = nfc(text)
    folded = fold(said)  # one character for one: the offsets hold
    due = _DUE_AFTER.search(folded)
    if due is None or said.isascii() or len(re.findall(r"\d+", folded)) != 1:
        return None
    count = int(due["count"])
    # the words before the count's own "sau" (the pattern puts it right before the count)
    step = said[: due.start("count")].rstrip()[:-3].rstrip(" ,")
    if count < 1 or _ANOTHER_WORD.search(step):
        return None
    unit = COUNT_UNITS.get(" ".join(due["unit"].split()), "năm")
    relative = Relative.counted(count, unit, before=False, anchor=None)
    reading = (
        f"sau {count} {unit}; cụm từ không nêu mốc tính (ngày nào bắt đầu đếm), nên không có "
        "ngày cố định: ghi ngày của mốc trong kế hoạch, hoặc ghi last_day theo văn bản"
    )
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, label=step or None)

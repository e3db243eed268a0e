"""A count whose anchor is told before it: "Sau khi nhận được quyết định khen thưởng của
cấp có thẩm quyền, trong thời hạn 07 ngày làm việc, cơ quan trình khen thưởng thông báo và
gửi kết quả khen thưởng …" (Thông tư 57/2020/TT-BQP, Điều 53).

The lead's ruling of session 34: a clause "Sau khi <event>," / "Kể từ khi <event>," / "Kể từ
ngày <event words>," right before "trong (thời hạn) N ngày (làm việc) / tuần / tháng / năm"
is that count's anchor, read as `relative` {offset N, unit, working_days, direction after,
anchor: "khi <event>" / "ngày <event words>"}, as the count written with "kể từ …" after it
reads. The anchor is told, so this is never the anchorless duty count of
`kehoach.dates.unanchored`. Only when the clause holds no number (no date, no second count)
and the words after the count, if any, are one clause of who does what with no number and no
other time; anything else stays refused. The count may be a cap said with "sau": "sau khi
hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm phải thực hiện đúng theo quy định
của cấp có thẩm quyền" (Ban Tổ chức Trung ương, Hướng dẫn 31-HD/BTCTW 2025 on the new
communes' Party committees, as Thủy Xuân Tiên prints it: at most five years after the event
told), its duty after it with no comma, opened by "phải" and on no condition.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.found import Found
from kehoach.dates.reading import DeadlineKind, Relative

# folded; a list marker ("a) ", "4. ") may open the phrase
_TOLD_FIRST = re.compile(
    r"\W*(?:(?:[a-z]|\d{1,2})[).]\s*)?"
    r"(?P<lead>sau\s+(?=khi\s)|ke\s+tu\s+(?=khi\s|ngay\s))(?P<event>(?:khi|ngay)\s[^\d]*?)"
    r"\s*,?\s+(?:trong(?:\s+thoi\s+han|\s+vong)?|(?P<cap>toi\s+da\s+sau\s+thoi\s+gian))\s+"
    r"(?:khong\s+qua\s+)?(?P<count>\d{1,3})\s+"
    r"(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)(?![a-z])"
    r"(?P<after>[ .;:]*|\s*,\s*(?P<clause>[^\d]*[a-z][^\d]*?)[ .;]*"
    # ... the cap's duty may follow it without a comma: "…, tối đa sau thời gian 05 năm phải
    # thực hiện đúng theo quy định" (the duty, "phải", is what the count bounds)
    r"|(?(cap)\s+(?P<duty>phai\s+[^\d]*[a-z][^\d]*?)[ .;]*|(?!)))",
    re.ASCII,
)
# words in the event or the clause that name another time or another anchor: the count's
# anchor is not the one told, or there are two deadlines
_ANOTHER_TIME = re.compile(
    r"(?<![a-z])(?:ke\s+tu|tinh\s+tu|truoc|sau|cham\s+nhat|han|hoac|hang|moi|dinh\s+ky"
    r"|trong\s+thoi\s+han|trong\s+vong)(?![a-z])",
    re.ASCII,
)
# ... and a duty after the cap denied or on a condition ("phải thực hiện nếu …", "phải không
# …"): its time may not run at all (the lead's ruling 38(g)), folded
_UNSURE_DUTY = re.compile(r"(?<![a-z])(?:neu|khi|truong\s+hop|khong|chua)(?![a-z])", re.ASCII)
# the folded units a count is written in, as printed (also `dueafter`'s)
COUNT_UNITS = {"ngay": "ngày", "ngay lam viec": "ngày làm việc", "tuan": "tuần", "thang": "tháng"}


def read_anchor_first(text: str) -> Found | None:
    """The count of `text` counted from the event told before it (see the module), or
    None when the phrase is not so made."""
    said = nfc(text)
    found = _TOLD_FIRST.fullmatch(fold(said))  # fold keeps one character for one
    if found is None or int(found["count"]) < 1:
        return None
    event = found["event"]
    if _ANOTHER_TIME.search(event.removeprefix("khi ").removeprefix("ngay ")):
        return None
    step = "clause" if found["clause"] else "duty" if found["duty"] else None
    if step and _ANOTHER_TIME.search(found[step]):
        return None
    if found["duty"] and _UNSURE_DUTY.search(found["duty"]):
        return None
    anchor = said[found.start("event") : found.end("event")].strip(" ,")
    unit = COUNT_UNITS.get(" ".join(found["unit"].split()), "năm")
    relative = Relative.counted(int(found["count"]), unit, before=False, anchor=anchor)
    label = said[found.start(step) : found.end(step)] if step else None
    reading = (
        f"{relative.offset} {unit} kể từ {anchor} (mốc nêu trước số ngày); không có ngày cố định"
    )
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, label=label)

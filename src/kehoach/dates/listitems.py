"""Items of a list pasted into one phrase: "- Trường hợp cấp lại do Giấy phép bán lẻ rượu bị
mất, bị tiêu hủy, bị rách, bị cháy: 07 (bảy) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.
- Trường hợp cấp lại do Giấy phép bán lẻ rượu hết hiệu lực thi hành: 10 (mười) ngày làm việc
kể từ ngày nhận được hồ sơ hồ sơ hợp lệ." (a procedure's sheet of the public-service portal,
ze-dvc-cap-lai-giay-phep-ban-le-ruou-183327): the cell printed its cases on lines of their
own, and the copy joined them.

A full stop, then a dash and a capital letter, opens the next item: each item is a sentence
of its own. Read as each item's readings alone, in order, and only when every item reads and
none takes its year from the plan (a year written in one item may be meant for another:
"tháng 12. - Tháng 1/2028"); else nothing is read here and the phrase's own refusal stands.
Only a phrase the grammar refused whole is tried (`engine.parse`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, Reader

# the full stop closing an item, the dash opening the next one, and its first letter, a
# capital ("… hồ sơ hợp lệ. - Trường hợp …"); never a dash between numbers ("15.3 - 20.3")
_NEXT_ITEM = re.compile(r"(?<=\.)\s+[-–]\s+(?=[^\W\d_])")

# an item pointing back at another's time ("- Đợt 1: trước ngày 15/4/2025. - Đợt 2: 10 ngày
# sau đó", session 51's tester): the items are not each alone
_POINTS_BACK = re.compile(
    r"(?i)(?<!\w)(?:sau|trước|kể\s+từ)\s+(?:đó|ngày\s+đó|thời\s+điểm\s+đó)(?!\w)"
)


def read_list_items(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The readings of each item of `phrase` (see the module), or None when it is not so made
    or an item is refused or takes its year from the plan."""
    items = _items(phrase)
    if len(items) < 2 or _POINTS_BACK.search(phrase):
        return None
    found: list[Deadline] = []
    for item in items:
        try:
            found.extend(parse(item, context))
        except Unreadable:
            return None
    if any(one.year_from != "phrase" for one in found):
        return None
    return tuple(found)


def _items(phrase: str) -> list[str]:
    """The items of `phrase`, each opening with a capital after its dash; [] when a dash after
    a full stop opens no capital."""
    cuts = list(_NEXT_ITEM.finditer(phrase))
    if any(not phrase[cut.end()].isupper() for cut in cuts):
        return []
    starts = [0, *(cut.end() for cut in cuts)]
    ends = [*(cut.start() for cut in cuts), len(phrase)]
    return [phrase[start:end].strip() for start, end in zip(starts, ends, strict=True)]

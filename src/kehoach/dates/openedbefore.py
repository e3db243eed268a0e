"""Some of an event's activities begun before its official opening, said in parentheses after it.

"Thời gian khai mạc chính thức vào lúc 20 giờ 10 phút ngày 06/11/2022 (một số hoạt động thể
thao được bắt đầu từ ngày 04/11/2022)" (UBND tỉnh Sóc Trăng on the Khmer festival of 2022;
l-soc-trang-ngay-hoi-khmer-2022): the phrase gives the official opening's day; the
parentheses say a few of the festival's parts start a little earlier, a note on the opening,
never its day nor a deadline of the work. The parentheses are cut and kept as the reading's
gloss, the opening read alone.

Only after "khai mạc" and a full day (with its year) closing the words before the
parentheses; only "một số / một vài / các / nhiều" activities, contests or parts, "(được / sẽ
được) bắt đầu / diễn ra / tổ chức (từ) (ngày)" and one full day, nothing else (no hedge,
negation or thing told done: "có thể bắt đầu", "không bắt đầu", "đã bắt đầu"); and only a day
before the opening, at most a fortnight before it (parts held weeks earlier, or after the
opening, are other steps of their own, and the phrase stays refused).

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.base.text import fold
from kehoach.dates.compared import spans_cut

_FULL_DAY = r"(?P<{0}d>\d{{1,2}})\s*/\s*(?P<{0}m>\d{{1,2}})\s*/\s*(?P<{0}y>(?:19|20)\d\d)"
_OPENED_BEFORE = re.compile(
    r"(?<![a-z])khai\s+mac\b[^()]*?" + _FULL_DAY.format("open") + r"\s*"
    r"(?P<aside>\(\s*(?:mot\s+so|mot\s+vai|cac|nhieu)\s+(?:hoat\s+dong|noi\s+dung|mon|giai)"
    # what they are ("thể thao"), no hedge, negation or thing told done among the words
    r"(?:\s+(?!(?:co\s+the|khong|chua|da|vua|du\s+kien|neu|khi|tuy|hoac|con|van)\b)[a-z]+){0,4}?"
    r"\s+(?:(?:se\s+)?duoc\s+)?(?:bat\s+dau|dien\s+ra|to\s+chuc)"
    r"(?:\s+tu)?(?:\s+ngay)?\s+" + _FULL_DAY.format("part") + r"\s*\))\s*[.;]?\s*\Z",
    re.ASCII,
)
_EARLIEST = timedelta(days=14)


def cut_opened_before(text: str) -> tuple[str, str | None]:
    """`text` without the parts begun before the official opening, in parentheses closing it
    (`_OPENED_BEFORE`), and the gloss the reading takes; (`text`, None) when there are none,
    or their day is no day, not before the opening or more than a fortnight before it."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    found = _OPENED_BEFORE.search(folded)
    if found is None:
        return text, None
    opening, part = _day(found, "open"), _day(found, "part")
    if opening is None or part is None or not opening - _EARLIEST <= part < opening:
        return text, None
    rest, said = spans_cut(text, [found.span("aside")], "() ")
    return " ".join(rest.split()), f"bắt đầu trước ngày khai mạc: {said}"


def _day(found: re.Match[str], which: str) -> date | None:
    """The full day `which` ("open" or "part") of `found`; None when it is no day."""
    try:
        return date(int(found[f"{which}y"]), int(found[f"{which}m"]), int(found[f"{which}d"]))
    except ValueError:
        return None

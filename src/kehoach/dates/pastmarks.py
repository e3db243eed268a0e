"""Words that put a dated thing in the past, beside its day: refusals by the words.

The forms (a fresh tester's, issued 01/03/2026; each read as due on its day before j58):

- "vừa qua"/"vừa rồi" next to the day: "Đợt kiểm tra vừa qua ngày 10/2/2026", "Vào ngày
  20/02/2026 vừa rồi" (just gone by);
- "hôm" before the day, "hồi" before a day or a period named: "Hôm 20/02/2026, Sở tổ chức
  kiểm tra", "Hồi tháng 2/2026 …" (that day, back then); never "hôm nay", "hôm sau" (no
  number after), nor "vào hồi 14 giờ" (at an hour);
- "(đã) từng" before a verb: "Sở từng tổ chức ngày 20/02/2026" (once did); never "từng
  tháng", "từng đơn vị" (each: a noun after it);
- "đã qua"/"đã hết" closing a clause after the day: "Hạn 30/4/2026 đã qua" (is over).

A thing told as past is no time of work (the lead's convention 1: an event told with its
day is news, not a deadline). Matched folded, so a copy typed bare says the same ("Ngay
20/02/2026 vua roi"), but "hồi" and "từng" as printed: folded, "hoi" is also "hội" (a
meeting) and "tung" "tung" (to launch).

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable

# a day or a month printed with its numbers, folded
_DAY = r"(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
# "vừa qua"/"vừa rồi" just before "(vào) ngày D" or just after the day
_RECENT_NEXT_TO_DAY = re.compile(
    rf"(?<!\w)vua\s+(?:qua|roi)\s+(?:vao\s+)?{_DAY}|{_DAY}\s+vua\s+(?:qua|roi)(?!\w)", re.ASCII
)
# "hôm" opening a clause (or after "vào", "từ", a part of the day: "Chiều hôm 20/02/2026")
# before a day: never "hôm nay", "hôm sau"
_THAT_DAY = re.compile(
    rf"(?:^|[,;:(]|(?<!\w)(?:vao|tu|sang|chieu|toi|trua|dem))\s*hom\s+{_DAY}"
    r"(?![\d/.-]|\s+(?:sap\s+)?toi(?!\w))",  # "Hôm 20/4 tới" is to come
    re.ASCII,
)
# "đã qua", "đã hết", "đã trôi qua" after the day, closing the clause
_OVER = re.compile(rf"{_DAY}\s+da\s+(?:(?:troi\s+)?qua|het)\s*(?:[,;.)]|\Z)", re.ASCII)
_FOLDED = (_RECENT_NEXT_TO_DAY, _THAT_DAY, _OVER)

# "hồi" opening a clause before a day or a period, as printed (folded, "hoi" is also "hội");
# never before an hour, where it is "at": "khai mạc vào hồi 14 giờ 00 phút, ngày 27/2/2023"
# (g-baolangson-ky-hop-16-hdnd-2023)
_BACK_THEN = re.compile(
    r"(?:^|[,;:(]|(?<!\w)vào|(?<!\w)từ)\s*hồi\s+(?:ngày|tháng|năm|quý|đầu|cuối|giữa)(?!\w)"
)
# "từng" before a verb that tells an event, as printed (a noun after it is "each"; folded,
# "tung" is also "tung", to launch)
_ONCE_DID = re.compile(
    r"(?<!\w)(?:đã\s+)?từng\s+(?:được\s+|bị\s+)?(?:tổ\s+chức|kiểm\s+tra|tham\s+gia|thực\s+hiện"
    r"|ban\s+hành|xảy\s+ra|diễn\s+ra|họp|triển\s+khai|phát\s+hiện|xử\s+lý|đề\s+xuất|hoàn"
    r"\s+thành|gửi|nhận|làm|có)(?!\w)"
)
_PRINTED = (_BACK_THEN, _ONCE_DID)


def refuse_marked_past(text: str) -> None:
    """Refuse a phrase whose words put its dated thing in the past (`_FOLDED`, `_PRINTED`)."""
    printed = " ".join(nfc(text).lower().split())
    said = fold(printed)  # one character for one: the offsets are the printed ones
    found = next(filter(None, (form.search(said) for form in _FOLDED)), None)
    found = found or next(filter(None, (form.search(printed) for form in _PRINTED)), None)
    if found is not None:
        raise Unreadable(
            f"“{printed[slice(*found.span())].strip(' ,;:(')}” kể một việc đã qua, không phải "
            "thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
        )

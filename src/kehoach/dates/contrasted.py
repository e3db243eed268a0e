"""A thing denied ("không …"), then "mà" and the time of what is done instead.

"Theo đó, với bậc mầm non, không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 sẽ tập
trung đón trẻ, ổn định nền nếp chuẩn bị khai giảng năm học mới" (Sở GD&ĐT Tiền Giang on the
2024-2025 school year, as Báo Ấp Bắc printed it, 19/8/2024; l-tien-giang-nam-hoc-2024-2025,
m-baoapbac-tien-giang-nam-hoc-2024-2025): "không A mà B" is the Vietnamese "not A but B"
(Ủy ban Khoa học xã hội, Ngữ pháp tiếng Việt, 1983: "mà" joining a denied clause to the one
that stands in its place). What is denied holds no time; the time after "mà" is the time of
B, which a careful reader copies as B alone reads.

Narrow on purpose (`after_contrast`): the words before "mà" hold no number, no word of time,
no condition, nothing told done, and their denial is "không" printed with its marks, once;
"mà" is printed with its mark (unmarked, "ma" may be "mã", a code) and a time opens what
follows it at once ("từ", "vào", "trong", "ngày" and a number). "không chỉ … mà còn …" (not
only … but also) never matches: "còn" stands between "mà" and the time. What follows is read
as a phrase of its own by the caller, with every rule and refusal of a whole phrase.

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kehoach.base.text import nfc


class Contrast(NamedTuple):
    """A phrase cut after its denied clause and its "mà"."""

    denied: str  # the words before "mà", as printed: "…, không quy định lịch tựu trường"
    rest: str  # the time and what follows it, as printed: "từ ngày 29-8 đến 4-9 sẽ …"


# the words before "mà" (no number, no clause of their own: no ";", ":", "?" nor "!"), the
# denial among them, then "mà" and a time at once: "từ (ngày) D", "vào (ngày) D", "trong
# (các) ngày D", "ngày D". As printed (lower case): the marks tell "mà" from "mã", "má"
_CONTRAST = re.compile(
    r"(?i)\A(?P<denied>[^\d;:?!()]{0,200}?(?<!\w)không\s[^\d;:?!(),]{2,120}?)\s+mà\s+"
    r"(?P<rest>(?:(?:từ|vào|trong(?:\s+các)?)\s+)?(?:ngày\s+)?\d)",
)
# No word of time, of a condition, of a thing done or a second denial before "mà": "không …
# trước ngày …", "nếu không … mà", "đã không …", "không … chưa …" may hold the time or turn it
_NOT_DENIED_ALONE = re.compile(
    r"(?<!\w)(?:trước|sau|đến|tới|từ|trong|hạn|chậm|muộn|kể|hằng|hàng|mỗi|định\s+kỳ|đã|vừa"
    r"|chưa|nếu|khi|trường\s+hợp|dự\s+kiến|lùi|hoãn|kéo\s+dài|tháng|quý|tuần|năm|ngày|giờ"
    r"|chỉ|riêng|phải|thay\s+vì)(?!\w)"
)
_DENIAL = re.compile(r"(?<!\w)không(?!\w)")
# ... and no "không" that opens a noun, where a reader may take it for no denial at all: "không
# gian" (space), "không khí" (air), "không quân" (air force), "không phận", "không trung" …
_NOUN = re.compile(r"(?i)(?<!\w)không\s+(?:gian|khí|quân|phận|lưu|trung|dây|ảnh)(?!\w)")


def after_contrast(text: str) -> Contrast | None:
    """`text` (as printed) cut after "không …" and its "mà" (`_CONTRAST`), before the time of
    what is done instead; None when it is not so made, or the words before "mà" hold a word of
    time, a condition, a thing done or more than one denial (`_NOT_DENIED_ALONE`), or a noun
    opened by "không" (`_NOUN`)."""
    shown = nfc(text)
    found = _CONTRAST.match(shown)
    if found is None:
        return None
    denied = shown[found.start("denied") : found.end("denied")]
    denials = _DENIAL.findall(denied.lower())
    if _NOT_DENIED_ALONE.search(denied.lower()) or len(denials) != 1 or _NOUN.search(denied):
        return None
    return Contrast(" ".join(denied.split()), shown[found.start("rest") :])

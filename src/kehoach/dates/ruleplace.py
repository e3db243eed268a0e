"""The place a recurring rule's day is kept at, closing the phrase, as the deadline language reads it.

"Chủ tịch UBND các huyện, thị xã … quyết định về làm việc vào buổi sáng thứ Bảy hằng tuần tại
UBND xã" (UBND TP Hà Nội on Saturday-morning work, as Pháp luật TP.HCM tells it:
v-plo-ha-noi-sang-thu-bay-hang-tuan), "họp giao ban vào thứ Hai hằng tuần tại trụ sở UBND":
a rule of the week or the month ("hằng tuần", "hàng tháng", "mỗi tuần"), then where its day is
kept ("tại …") and nothing more. The place says where, never when: it is set aside as the
reading's gloss and the rule read as it would be alone. The rule's own words are read by the
rules of the rule, a negation, a condition or a start before it included.

A place holding a number or a word of time is left in place (and so refused as before): "tại
kỳ họp cuối năm", "tại hội nghị sơ kết quý", "tại UBND 10 phường" may carry a time or a count
the reading would lose. A place with a shift clause after it ("…, nếu trùng vào ngày nghỉ …")
is `steps.shift_after_cadence`'s.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import unmarked
from kehoach.dates.asides import Asides
from kehoach.dates.grammar import Source

# The rule, then "tại" and the place's words (folded: letters and blanks only, an address's
# commas between them, as `steps._PLACE` reads a place before a shift clause), to the end
_PLACE_CLOSING_A_RULE = re.compile(
    r"(?P<rule>.*\b(?:hang|moi)\s+(?:thang|tuan))\s+"
    r"(?P<place>tai\s+[a-z ]+?(?:\s*,\s*[a-z ]+?)*)[ .;]*\Z",
    re.ASCII,
)

# Words of time, a season, a pause, a count or a condition ("tại nhà văn hóa trong mùa hè":
# weekly only in summer), with their marks (folded, "năm" would be "nam" of
# "Quảng Nam"): a place holding one is not only a place
_TIME_IN_PLACE = re.compile(
    r"(?i)(?<!\w)(?:ngày|tháng|năm|tuần|quý|kỳ|kì|lúc|giờ|hạn|khi|nếu|trước|sau|đến|từ|"
    r"thời|hôm|nay|mai|lần|đợt|thứ|đầu|cuối|giữa|hoặc|thì|trở|kể|chậm|muộn|sớm|trừ|"
    r"không|chưa|đã|trong|suốt|mùa|dịp|vụ|hè|lễ|tết|nghỉ|tạm|ngừng|dừng|hoãn|mới|còn)(?!\w)"
)
# ... and in a copy typed without marks, the same words folded ("tai ky hop cuoi nam"): there
# "nam" may be a place's "Nam" too, refused all the same
_TIME_IN_BARE_PLACE = re.compile(
    r"(?i)(?<!\w)(?:ngay|thang|nam|tuan|quy|ky|ki|luc|gio|han|khi|neu|truoc|sau|den|tu|"
    r"thoi|hom|nay|mai|lan|dot|thu|dau|cuoi|giua|hoac|thi|tro|ke|cham|muon|som|"
    r"khong|chua|da|trong|suot|mua|dip|vu|he|le|tet|nghi|tam|ngung|dung|hoan|moi|con)(?!\w)"
)


def place_after_rule(source: Source, asides: Asides) -> tuple[Source, Asides]:
    """`source` without the place closing its recurring rule (`_PLACE_CLOSING_A_RULE`), the
    place kept as the gloss; unchanged when the place holds a word of time
    (`_TIME_IN_PLACE`, `_TIME_IN_BARE_PLACE` in a copy without marks) or the reading has a
    gloss already."""
    found = _PLACE_CLOSING_A_RULE.fullmatch(source.prepared)
    if found is None or asides.gloss is not None:
        return source, asides
    place = source.said(*found.span("place"))
    if (_TIME_IN_BARE_PLACE if unmarked(place) else _TIME_IN_PLACE).search(place):
        return source, asides
    return source.part(0, found.end("rule")), asides._replace(gloss=place)

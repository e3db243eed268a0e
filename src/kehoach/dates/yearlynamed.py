"""A day of each year named as a known occasion's: its day checked against the occasion's.

"Ngày 28/6 hàng năm được chọn là Ngày Gia đình Việt Nam" (Báo Công Thương; v-congthuong-ngay-
gia-dinh-viet-nam), "lấy ngày 10-10 hàng năm là ngày Chuyển đổi số quốc gia" (QĐ 505/QĐ-TTg,
2022): a day instituted each year reads with its cadence (`instituted`, the corpus's yearly
readings). When the occasion named is one whose day is fixed (`commemorated.OCCASIONS`: the
Children's Day is 1/6, the Family Day 28/6, QĐ 72/2001/QĐ-TTg), the day printed must be that
day: "ngày 2/6 hàng năm được xác định là ngày Quốc tế thiếu nhi" (session 53's brief, a
neighbour of "ngày 1/6 …": read as a yearly 2/6) has one of the two mistyped, and which is
never guessed. An occasion not known, or no name after "là"/"làm", leaves the phrase as it is.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.commemorated import OCCASIONS
from kehoach.dates.grammar import Source, Unreadable

# the day of each year, then what it is said to be (folded): "ngày 1/6 hàng năm được xác
# định là ngày …", "ngày 9 tháng 11 hằng năm là Ngày …", "lấy ngày 28-6 hàng năm làm …"
_NAMED_YEARLY = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(?P<m>\d{1,2})(?![\d/.-])"
    r"\s+hang\s+nam\s+(?:duoc\s+(?:[a-z]+\s+){1,3}?)?(?:la|lam)\s+"
    r"[\"'“”«\s]*(?:ngay\s+)?(?P<name>[a-z ]+)",
    re.ASCII,
)


def refuse_yearly_day_misnamed(source: Source) -> None:
    """Refuse a day of each year named as a known occasion (`_NAMED_YEARLY`, `OCCASIONS`)
    whose own day is another: one of the two is mistyped."""
    for found in _NAMED_YEARLY.finditer(fold(source.text)):
        name, printed = " ".join(found["name"].split()), (int(found["d"]), int(found["m"]))
        for occasion, day in OCCASIONS.items():
            if day != printed and (name + " ").startswith(occasion + " "):
                start = found.start("name")
                named = source.text[start : start + len(occasion)]
                raise Unreadable(
                    f"“{source.text[found.start() : found.end()].strip()}”: ngày "
                    f"{found['d']}/{found['m']} không phải ngày của “{named}” ({day[0]}/{day[1]}): "
                    "một trong hai in sai; không đoán, ghi theo văn bản"
                )

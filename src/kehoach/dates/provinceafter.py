"""The province or city a list of periods is of, named after the last of them.

"Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh
năm 2018; Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh năm 2019, tỉnh
Điện Biên" (UBND tỉnh Điện Biên, the title of its yearly report; zn-dienbien-bc-ktxh-2018-
kh-2019 of the corpus): the two periods read without the province (the year reviewed without
"đã" and the plan's year, the lead's convention 10), and the province named after them is
whose both are, as a title names its issuer's province (Nghị định 30/2020/NĐ-CP, Phụ lục I:
the title of a report names what it is about). A province moves no day.

Only the name of a province or city the registry knows (`places.is_province_name`), after
its unit ("tỉnh", "thành phố", "TP."), perhaps with "của" or "trên địa bàn" before it, and
nothing after it but a full stop: any other word ("…, tỉnh Điện Biên đã hoàn thành") stays
the words after several readings, which are refused (`steps.words_after`).

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.places import is_province_name

# folded: ", tỉnh Điện Biên", " của tỉnh Điện Biên", " trên địa bàn thành phố Hà Nội", "TP.HCM"
_PROVINCE_CLOSING = re.compile(
    r"\s*,?\s*(?:(?:cua|tren\s+dia\s+ban)\s+)?(?:tinh|thanh\s+pho|tp\.?)\s*"
    r"(?P<name>[a-z][a-z .\-–]{1,40}?)[\s.]*\Z",
    re.ASCII,
)


def names_its_province(after: str) -> bool:
    """Whether the words `after` several readings (as printed) name only the province or
    city they are of (see the module's docstring)."""
    closing = _PROVINCE_CLOSING.match(fold(nfc(after)).lower())
    return closing is not None and is_province_name(closing["name"])

"""A count of days or weeks spelt in words before what it counts from: "… phân bổ ngân sách
năm sau của cấp mình chậm nhất là mười ngày, kể từ ngày Hội đồng nhân dân cấp trên trực tiếp
quyết định dự toán …" (Luật Ngân sách nhà nước 2002, Điều 50, as 123docz prints it;
y-123docz-luat-nsnn-thoi-gian-quyet-dinh-du-toan), "Trong thời hạn không quá ba mươi ngày làm
việc, kể từ ngày được cơ quan nhà nước có thẩm quyền quyết định …" (Luật Đất đai 2003, Điều
27; l-luat-dat-dai-2003-cong-bo-quy-hoach).

Laws spell their counts out. The phrase says what it would say with the count in digits
("chậm nhất là 10 ngày, kể từ ngày …"), and is read so by the engine, every rule and refusal
of a whole phrase applying (the anchor, a dated anchor refused, the words around it). Only
the words of a count with their diacritics (`numbers.printed_number`: folded, "sau" and "tu"
are "after" and "from"), after a word that bounds a duty's time ("chậm nhất là", "trong
thời hạn", "không quá"), before "ngày", "ngày làm việc" or "tuần" and then what it counts
from ("kể từ", "tính từ", "trước ngày", "sau ngày", "sau khi"); one such count in the phrase.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.dates.numbers import NUMBER_WORD, printed_number

_SPELT_COUNT = re.compile(
    r"(?i)(?<!\w)(?P<lead>chậm\s+nhất(?:\s+là)?|trong(?:\s+vòng|\s+thời\s+hạn)?"
    r"(?:\s+không\s+quá)?|không\s+quá|tối\s+đa)\s+"
    rf"(?P<count>{NUMBER_WORD}(?:\s+{NUMBER_WORD}){{0,3}})"
    r"(?=\s+(?:ngày(?:\s+làm\s+việc)?|tuần)\s*,?\s+(?:kể\s+từ|tính\s+từ|trước\s+ngày|sau\s+ngày"
    r"|sau\s+khi)(?!\w))"
)

# any count spelt in words before a unit of time, with or without a lead: "… trong hai ngày kể
# từ ngày nhận đơn và ba ngày kể từ ngày họp" holds two counts, two deadlines; written with
# one in digits, the other would be taken into the first one's anchor
_ANY_SPELT_COUNT = re.compile(rf"(?i)(?<!\w){NUMBER_WORD}\s+(?:ngày|tuần|tháng|năm)(?!\w)")


def count_in_digits(text: str) -> str | None:
    """`text` (NFC) with its one count spelt in words written in digits ("chậm nhất là 10
    ngày, kể từ …"); None when it has none, more than one (another count in words, with its
    lead or not), or the words are no number."""
    found = list(_SPELT_COUNT.finditer(text))
    if len(found) != 1 or len(_ANY_SPELT_COUNT.findall(text)) != 1:
        return None
    one = found[0]
    count = printed_number(one["count"])
    if not count:
        return None
    return f"{text[: one.start('count')]}{count}{text[one.end('count') :]}"

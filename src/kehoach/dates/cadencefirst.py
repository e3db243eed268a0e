"""A cadence that opens the sentence, then its comma and the work done each period.

"Hằng năm, tổ chức ít nhất 2 cuộc giám sát và 2 cuộc phản biện xã hội, …" (the programme of
the MTTQ congress of xã Khánh Vĩnh, Báo Mới 2025; zc-baomoi-dai-hoi-mttq-xa-khanh-vinh-2025),
"+ Hằng năm, Ủy ban nhân dân xã, phường, thị trấn tổng hợp, báo cáo về kinh tế trang trại …"
(Thông tư 02/2020/TT-BNNPTNT, Điều 6; u-ccptnt-hcm-tt-02-2020-kinh-te-trang-trai): the
cadence is said first, as a time part opening a sentence often is ("Đến quý IV, …",
`leadin.period_come`); the sentence says what "<the work> hằng năm" says, a cadence without
its day (the corpus's convention: recurring, due on the period's last day as the grammar
reads a bare "hằng năm").

The phrase is only rewritten here, the cadence put after its clause; the engine reads the
rewritten phrase with every rule and refusal of a whole phrase and keeps the reading only when
the clause adds no time to the cadence (the same rule as the cadence read alone): a clause
that names a day ("Hằng năm, cứ vào ngày 12, 13 tháng Giêng, …", a festival's days) or a
month ("… vào khoảng đầu tháng Chét …, tức là khoảng tháng 4 dương lịch") is never read here.
A rule with its day before the clause ("Hằng năm, trước ngày 05/12, người sử dụng lao động …")
is another shape, `steps.clause_after_cadence`: there the clause follows a day it could move,
and is judged as a step; here no day is said, and the clause is judged as the label before a
cadence is (counts of things, "trong năm" of the work), by the whole grammar.

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kehoach.base.text import fold


class CadenceFirst(NamedTuple):
    """A phrase whose cadence opened it, the cadence put after its clause."""

    moved: str  # "<clause> hằng năm", as printed
    cadence: str  # "Hằng năm", as printed


# the cadence alone before its comma ("định kỳ" may say it once more), then a clause that opens
# with a word: "Hằng năm, tổ chức …", "Hàng tháng, người lao động …", "Định kỳ hằng quý, …";
# never a word of time opening the clause: "hằng quý, quý", "hằng quý, năm, trước ngày 15/12"
# list cadences or name a day (tests/test_deadline_forms_e.py), no work done each period
_OPENING = re.compile(
    r"\A[\s+\-–•*]*(?P<cadence>(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?:nam|quy|thang|tuan))"
    r"\s*,\s*(?=[a-z])(?!(?:nam|quy|thang|tuan|ngay|truoc|tu|den|toi|sau|cham|muon|trong"
    r"|vao|dinh\s+ky|hang|moi)\b)",
    re.ASCII | re.IGNORECASE,
)


def cadence_put_last(text: str) -> CadenceFirst | None:
    """`text` with the cadence that opens it (`_OPENING`) put after its clause, and the
    cadence as printed; None when no cadence opens it before a comma and a word."""
    found = _OPENING.match(fold(text))  # one character for one: the spans are the text's
    if found is None:
        return None
    clause = text[found.end() :].rstrip(" .;")
    cadence = text[found.start("cadence") : found.end("cadence")]
    return CadenceFirst(f"{clause} {cadence.lower()}", cadence)

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
This is the one reader of a bare cadence opening the sentence (the steps' own reading of
it went in session 41): when the rewritten phrase is refused for a reason of its own ("…
nêu ngày của mỗi lần"), that reason is the phrase's (`engine._read_cadence_put_last`).

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
    manner: str = ""  # " theo quy định" closing the clause, as printed (`_BY_THE_RULE`)


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


# "… theo quy định" closing the clause ("Hàng tháng, người lao động phải đến trung tâm dịch vụ
# việc làm thực hiện thông báo tìm kiếm việc làm theo quy định", VnExpress on Luật Việc làm
# 2013, Điều 52; ze-vnexpress-giai-dap-bao-hiem-that-nghiep): how the work is done, no time;
# the cadence goes before it ("theo quy định hằng tháng" would be a monthly rule's words)
_BY_THE_RULE = re.compile(r"\s+theo\s+quy\s+dinh\Z", re.ASCII)


def cadence_put_last(text: str) -> CadenceFirst | None:
    """`text` with the cadence that opens it (`_OPENING`) put after its clause, and the
    cadence as printed; None when no cadence opens it before a comma and a word."""
    found = _OPENING.match(fold(text))  # one character for one: the spans are the text's
    if found is None:
        return None
    clause = text[found.end() :].rstrip(" .;:")
    cadence = text[found.start("cadence") : found.end("cadence")]
    manner = _BY_THE_RULE.search(fold(clause))
    kept = clause[manner.start() :] if manner else ""
    return CadenceFirst(f"{clause[: len(clause) - len(kept)]} {cadence.lower()}", cadence, kept)

"""A step owed only if another body asks for it: "(nếu có)" after the asking.

"Theo đề nghị của Bộ (nếu có), báo cáo trước 30/6/2026" (at the Ministry's request, if there
is one), "Báo cáo theo yêu cầu của Bộ (nếu có) trước 30/6/2026", "Báo cáo (khi có yêu cầu)
trước 30/6/2026" (when asked): whether the report is owed at all waits on a demand not yet
made, so its day is no deadline to meet, as "Trường hợp Bộ yêu cầu, báo cáo trước …" is not
(`conditionmeans`, c62's brief). Each read as due on main (c63's brief, session 63); no
corpus phrase has the form.

"(nếu có)" after a thing, not an asking, says "any such thing" and the day stands for
whoever has one: "Gửi ý kiến góp ý (nếu có) trước 30/6/2026" (any comments), "Báo cáo bổ
sung (nếu có) trước 30/6/2026" (any supplementary report: its writer owes it by the day),
"Kiến nghị (nếu có) gửi về Sở trước …" (c63's brief; each reads). "Theo yêu cầu của Bộ, báo
cáo trước …" with no "(nếu có)" is a request made, and reads (test_c62).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Contradicted

# A document cited, folded: "tại Công văn số 123/BTC-NSNN ngày 10/2/2026"
_CITED = (
    r"\s+(?:tai|theo)\s+(?:cong\s+van|van\s+ban|quyet\s+dinh|thong\s+bao|ke\s+hoach|chi\s+thi"
    r"|to\s+trinh)(?:\s+so)?\s+[\w/.-]+(?:\s+ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?"
)
# The asking, folded: "theo đề nghị", "theo yêu cầu", "theo đề xuất", "theo chỉ đạo" (the
# asker may follow: "của Bộ", "của UBND tỉnh"), then "(nếu có)" / "(khi có)" closing it;
# or the asking inside the brackets: "(nếu có yêu cầu)", "(khi có đề nghị của Sở)"
_ASKED_IF_ANY = re.compile(
    r"(?<![a-z])(?P<said>theo\s+(?:de\s+nghi|yeu\s+cau|de\s+xuat|chi\s+dao|dat\s+hang)"
    # (only its asker between, "của …", never another thing joined: "Gửi báo cáo theo yêu
    # cầu và tài liệu bổ sung (nếu có) …" is any such file, owed by the day)
    r"(?![a-z])(?:\s+cua(?:(?!\s(?:va|hoac|cung)\s)[^()\d;,.]){1,50}?)?"
    # (the document that carries the asking may be cited before the "(nếu có)": "Báo cáo theo
    # yêu cầu của Bộ tại Công văn số 123/BTC-NSNN ngày 10/2/2026 (nếu có) …", c63b's brief)
    rf"(?:{_CITED})?\s*\(\s*(?:neu|khi)\s+co\s*\)"
    r"|\(\s*(?:neu|khi)\s+co\s+(?:yeu\s+cau|de\s+nghi|chi\s+dao)(?![a-z])[^()\d]{0,40}\)"
    # ... or "khi" and the asking, its asker maybe between, bracketed or not: "Báo cáo (khi
    # được yêu cầu) trước …", "(khi Bộ yêu cầu)", "Báo cáo đột xuất khi có yêu cầu trước …"
    # (when asked: read as due on main, c63b's brief); never "khi đạt yêu cầu" (when the
    # work meets the standard) nor a thing that is the demand's ("khi yêu cầu hồ sơ")
    r"|khi\s+(?:co\s+|duoc\s+|(?!(?:dat|dap|khong|chua)\s)(?:[a-z]+\s+){1,3}?(?:co\s+)?)"
    r"(?:yeu\s+cau|de\s+nghi|chi\s+dao)(?=\s*\)|\s+(?:truoc|cham\s+nhat|trong|den|han)\s))",
    re.ASCII,
)


def refuse_asked_if_any(text: str) -> None:
    """Refuse a phrase whose step waits on a demand that may never come (`_ASKED_IF_ANY`)
    with the way out: the day once the demand is made."""
    shown = nfc(text)
    found = _ASKED_IF_ANY.search(fold(shown))
    if found is None:
        return
    said = shown[slice(*found.span("said"))]
    raise Contradicted(
        f"“{said}”: việc chỉ phải làm khi có yêu cầu, đề nghị của cơ quan khác, chưa chắc "
        "phải làm; ngày đó không phải thời hạn chắc chắn; ghi last_day khi có yêu cầu"
    )

"""A document's issuing told as news: the day a body issued, signed, approved or sent it.

The press opens with the day and tells what a body did: "Ngày 29/2/2020, UBND tỉnh đã ban
hành văn bản số: 670/HD-UBND …" (Sở TT&TT Hà Giang, 2020, set v- of the corpus), "Ngày
09/12/2021, Chính phủ ban hành Nghị định số 111/2021/NĐ-CP …". A document cited by its
number is refused by `citations.reference_spans`; the same news without a number ("Ngày
15/3, Thủ tướng ký Quyết định phê duyệt Đề án …", "Ngày 15/3, Văn phòng Chính phủ phát đi
Thông báo kết luận …") names the document's day too, never a deadline. A plan writes its
own steps with a word of time ("Trước ngày 15/3, các huyện ban hành kế hoạch"), or says
they are to come ("sẽ", "dự kiến"), and those read.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import DUE_WORD, Source, Unreadable

_DAY = (
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)"
)
# the kinds of document a body issues (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4;
# Nghị định 30/2020/NĐ-CP, Điều 7: the administrative kinds), and the press's "văn bản"
_DOCUMENT = (
    r"(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|chi\s+thi|cong\s+van|ke\s+hoach|thong\s+tu"
    r"|thong\s+bao|cong\s+dien|ket\s+luan|huong\s+dan|quy\s+dinh|quy\s+che|van\s+ban"
    r"|to\s+trinh|(?:bo\s+)?luat|phap\s+lenh|de\s+an|phieu\s+gui|chuong\s+trinh\s+hanh\s+dong)"
)
# the day, opening the phrase ("Ngày 15/3,", "Sáng 15/3,", "Chiều ngày 15/3/2027,"), the body
# (a few words, no digit), then a verb of issuing and the document: the body did it that day
_ISSUING_TOLD = re.compile(
    rf"^\W*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?{_DAY}\s*(?:\([^)]*\)\s*)?,"
    r"(?P<body>[^\d,;:]{2,80}?)\s+(?:(?:da|vua|chinh\s+thuc)\s+)*"
    r"(?:ban\s+hanh|ky(?:\s+ban\s+hanh)?|phe\s+duyet|co|gui|phat\s+di|ra|thong\s+qua)"
    rf"\s+(?:kem\s+theo\s+)?{_DOCUMENT}\b",
    re.ASCII,
)
# ... unless something is still to come: "Ngày 15/3, UBND tỉnh sẽ ban hành Kế hoạch"
_TO_COME = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|phải|cần)(?!\w)")


def refuse_issuing_told(source: Source) -> None:
    """Refuse a phrase that opens with a day and tells a body issuing, signing, approving or
    sending a document that day (`_ISSUING_TOLD`), with no deadline word after (`DUE_WORD`)
    and nothing to come (`_TO_COME`)."""
    told = _ISSUING_TOLD.match(source.prepared)
    if told is None or _TO_COME.search(source.text):
        return
    if DUE_WORD.search(source.prepared, told.end()):
        return
    raise Unreadable(
        f"“{source.original(*told.span()).strip()} …” kể việc một cơ quan ban hành, ký, gửi "
        "một văn bản vào ngày đó (ngày của văn bản), không phải thời hạn; ghi last_day theo "
        "hạn văn bản nêu"
    )

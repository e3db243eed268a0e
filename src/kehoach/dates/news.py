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
# the day, opening the phrase as the press opens its news ("Ngày 15/3,", "Sáng 15/3,", "Chiều
# ngày 15/3/2027,", "Vừa qua, ngày 15/3,", "(PL)- Ngày 14-10,", "Sáng nay (15/3),")
_OPENING = (
    r"^\W*(?:\([a-z]{1,6}\)\s*-?\s*)?(?:(?:vua\s+qua|moi\s+day|truoc\s+do|hom\s+qua)\s*,?\s*)?"
    r"(?:(?:sang|chieu|toi|trua)\s+(?:nay\s+)?)?(?:ngay\s+)?\(?"
    # the comma after the day, which a copy may lose: "Ngày 19/9/2023 UBND huyện Hải Lăng đã có
    # Báo cáo số 447/BC-UBND …" (n-quangtri-cv-4668-ubnd-kt-hai-ba-2023 prints it)
    rf"{_DAY}\s*\)?\s*(?:\([^)]*\)\s*)?(?:,|(?=\s+[a-z]))"
)
_OPENING_DAY = re.compile(_OPENING, re.ASCII)
# ... the body (a few words, no digit), then a verb of issuing and the document: the body did
# it that day
_ISSUING_TOLD = re.compile(
    rf"{_OPENING}"
    r"(?P<body>[^\d,;:]{2,80}?)\s+(?:(?:da|vua|chinh\s+thuc)\s+)*"
    r"(?:ban\s+hanh|ky(?:\s+ban\s+hanh)?|phe\s+duyet|co|gui|phat\s+di|ra|thong\s+qua)"
    rf"\s+(?:kem\s+theo\s+)?{_DOCUMENT}\b",
    re.ASCII,
)
# ... unless something is still to come: "Ngày 15/3, UBND tỉnh sẽ ban hành Kế hoạch"
_TO_COME = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|phải|cần)(?!\w)")


# ... or anything told as done after such an opening: "Sáng 16/10, Đại hội Đảng bộ tỉnh Kiên
# Giang … đã khai mạc trọng thể" (w- of the corpus), "Ngày 15/3/2026, UBND tỉnh đã khởi công
# dự án", "Chiều 15/3, Bộ … vừa công bố …": what happened that day, never a deadline. Read with
# the diacritics: folded, "đã" is "đa" (many), "vừa" is "vua" (king).
_PAST = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")
# ... and in a copy that lost every diacritic, "da"/"vua" before a verb of doing or being
# done: "Trong giai doan 2019-2021, hon 15.000 don vi da duoc sap nhap" (t-dantri-sap-xep-
# thon-to-dan-pho-2026 of the corpus, its marks lost); bare "da" alone may be "đa" (many),
# "da" (skin), "Đà" (Đà Nẵng)
_PAST_BARE = re.compile(
    r"(?<![a-z])(?:da|vua)\s+(?:duoc|co|ban\s+hanh|ky|to\s+chuc|hoan\s+thanh|thuc\s+hien"
    r"|trien\s+khai|dien\s+ra|khai\s+mac|be\s+mac|ket\s+thuc|tien\s+hanh|thong\s+qua"
    r"|cong\s+bo|phe\s+duyet|dat|giai\s+ngan|khoi\s+cong|ban\s+giao|hop)(?![a-z])",
    re.IGNORECASE,
)


def past_told(text: str) -> re.Match[str] | None:
    """Where `text` (as printed) tells a thing as done, "đã"/"vừa" (`_PAST`), or, in a copy
    without any diacritic, "da"/"vua" before a verb (`_PAST_BARE`); None when it does not."""
    return _PAST.search(text) or (_PAST_BARE.search(text) if text.isascii() else None)


# ... unless a deadline follows: "…, các đơn vị đã được giao phải hoàn thành trước ngày …";
# "đã hoàn thành" is the thing done itself
_DUE_AFTER = re.compile(
    r"(?<!\w)(?:trước|chậm nhất|muộn nhất|trễ nhất|đến hết|hạn(?! chế)|không quá"
    r"|(?<!đã )(?<!vừa )(?<!được )(?:hoàn thành|hoàn tất|xong|kết thúc))(?!\w)"
)


def refuse_news_of_a_day(source: Source) -> None:
    """Refuse a phrase that opens with a day as news does (`_OPENING_DAY`) and tells what was
    done that day: a document issued (`refuse_issuing_told`) or anything with "đã", "vừa"
    (`_PAST`), with no deadline word after (`DUE_WORD`) and nothing to come (`_TO_COME`)."""
    refuse_issuing_told(source)
    opening = _OPENING_DAY.match(source.prepared)
    if opening is None or _TO_COME.search(source.text):
        return
    rest = " ".join(source.original(opening.end(), len(source.prepared)).lower().split())
    past = past_told(rest)
    if past is None or _DUE_AFTER.search(rest):
        return
    raise Unreadable(
        f"“{source.original(*opening.span()).strip()} … {past[0]} …” kể một "
        "việc đã xảy ra vào ngày đó (tin tức), không phải thời hạn; nếu văn bản có hạn, ghi "
        "last_day theo văn bản"
    )


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

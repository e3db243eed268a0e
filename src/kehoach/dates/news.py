"""News told after the day or the period that opens a phrase: what was done then, or a
document issued that day; never a deadline.

The press opens with the time and tells what a body did: "Ngày 29/2/2020, UBND tỉnh đã ban
hành văn bản số: 670/HD-UBND …" (Sở TT&TT Hà Giang, 2020, set v- of the corpus), "Sáng 16/10,
Đại hội Đảng bộ tỉnh Kiên Giang … đã khai mạc trọng thể" (w-), "Trong giai đoạn 2019-2021, hơn
15.000 đơn vị đã được sáp nhập" (Dân trí, 2026, t-), "Tháng 11-2025, toàn bộ … trường … đã
được khởi công" (SGGP, 2025). A plan writes its own steps with a word of time ("Trước ngày
15/3, các huyện ban hành kế hoạch", "Trong năm 2026, hoàn thành …"), or says they are to come
("sẽ", "dự kiến", "phấn đấu"), and those read. A document cited by its number is refused by
`citations.reference_spans` already; the same news without a number ("Ngày 15/3, Thủ tướng ký
Quyết định phê duyệt Đề án …") is refused here.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.dates.citations import SETS_A_YEARLY_DAY
from kehoach.dates.grammar import DUE_WORD, Source, Unreadable

_DAY = (
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)"
)
_YEAR = r"(?:19|20)\d\d"
# a period: a year or a span of years, a month or a quarter of a year, a half ("6 tháng đầu
# năm 2025"), with the words that place the news in it ("Trong", "Qua", "Cuối", …); never
# "Đến", "Trước": "Đến năm 2025, 100% xã đã đạt chuẩn" is a target, its "đã" a perfect
_PERIOD = (
    r"(?:(?:trong|qua|vao|suot|dau|cuoi|giua)\s+)*"
    rf"(?:(?:(?:giai\s+doan|cac\s+nam|nhung\s+nam|nam)\s+)?{_YEAR}(?:\s*[-–]\s*(?:19|20)?\d\d)?"
    rf"|(?:thang\s+\d{{1,2}}|quy\s+(?:[ivx]+|\d)|\d{{1,2}}\s+thang\s+(?:dau|cuoi)\s+nam)"
    rf"\s*(?:[/.-]|\s+nam\s+|\s+)\s*{_YEAR})"
)
# the day, opening the phrase as the press opens its news ("Ngày 15/3,", "Sáng 15/3,", "Chiều
# ngày 15/3/2027,", "Vừa qua, ngày 15/3,", "(PL)- Ngày 14-10,", "Sáng nay (15/3),"), then its
# comma, which a copy may lose: "Ngày 19/9/2023 UBND huyện Hải Lăng đã có Báo cáo số
# 447/BC-UBND …" (n-quangtri-cv-4668-ubnd-kt-hai-ba-2023 prints it)
_COMMA = r"\s*(?:,|(?=\s+[a-z])|\.?\s*\Z)"
_DAY_OPENING = (
    r"^\W*(?:\([a-z]{1,6}\)\s*-?\s*)?"
    r"(?:(?P<recent>vua\s+qua|moi\s+day|truoc\s+do|hom\s+qua)\s*,?\s*(?:vao\s+)?)?"
    r"(?:(?:sang|chieu|toi|trua)\s+(?:nay\s+)?)?(?:ngay\s+)?\(?"
    rf"{_DAY}\s*\)?\s*(?:\([^)]*\)\s*)?{_COMMA}"
)
# (an article's number may open the period: "Điều 2. Trong giai đoạn 2006 - 2010, tình hình
# phát triển kinh tế - xã hội của tỉnh đã đạt được …", HĐND tỉnh Bà Rịa - Vũng Tàu, NQ 37/2011;
# a copy may lose its full stop: "Điều 2  Trong giai đoạn …")
_OPENING = re.compile(
    rf"{_DAY_OPENING}|^\W*(?:dieu\s+\d{{1,3}}\s*[.:]?\s*)?{_PERIOD}{_COMMA}", re.ASCII
)
# the kinds of document a body issues (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4;
# Nghị định 30/2020/NĐ-CP, Điều 7: the administrative kinds), and the press's "văn bản"
_DOCUMENT = (
    r"(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|chi\s+thi|cong\s+van|ke\s+hoach|thong\s+tu"
    r"|thong\s+bao|cong\s+dien|ket\s+luan|huong\s+dan|quy\s+dinh|quy\s+che|van\s+ban"
    r"|to\s+trinh|(?:bo\s+)?luat|phap\s+lenh|de\s+an|phieu\s+gui|chuong\s+trinh\s+hanh\s+dong)"
)
# ... after a day, the body (a few words, no digit), then a verb of issuing and the document:
# the body did it that day, "đã" said or not
_ISSUING_TOLD = re.compile(
    rf"{_DAY_OPENING}"
    r"(?P<body>[^\d,;:]{2,80}?)\s+(?:(?:da|vua|chinh\s+thuc)\s+)*"
    r"(?:ban\s+hanh|ky(?:\s+ban\s+hanh)?|phe\s+duyet|co|gui|phat\s+di|ra|thong\s+qua)"
    rf"\s+(?:kem\s+theo\s+)?{_DOCUMENT}\b",
    re.ASCII,
)
# ... unless something is still to come: "Ngày 15/3, UBND tỉnh sẽ ban hành Kế hoạch", "… đã
# đồng loạt triển khai tiêm phòng …, phấn đấu kết thúc vào ngày 30/10/2023" (Thanh Hóa, 2023).
# Read with the diacritics: folded, "tới" (coming) would be "tối" (evening), "sẽ" "se".
TO_COME = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|tới|phấn đấu|yêu cầu|đề nghị|phải|cam kết)(?!\w)")
_PLANNED = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|phải|cần)(?!\w)")  # a letter asks: issued
# Anything told as done: "đã", "vừa" (the past is the sentence's, not the verb's). Read with
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
# ... unless a deadline follows: "Trong năm 2026, các đơn vị đã được giao phải hoàn thành trước
# ngày …" sets one; "đã hoàn thành" is the thing done itself
_DUE_AFTER = re.compile(
    r"(?<!\w)(?:trước|chậm nhất|muộn nhất|trễ nhất|đến hết|hạn(?! chế)|không quá"
    r"|(?<!đã )(?<!vừa )(?<!được )(?:hoàn thành|hoàn tất|xong|kết thúc))(?!\w)"
)
# ... nor one whose document sets a day of each year, named after it: "ngày 4-5-2001, Thủ
# tướng Chính phủ đã ban hành Quyết định số 72/2001/QĐ-TTg lấy ngày 28-6 hàng năm là Ngày
# Gia đình Việt Nam" (Nghi Long, Nghệ An; branch tune-v): that day is the decision's content
_YEARLY_DAY_SET = re.compile(rf"[^;]*?{SETS_A_YEARLY_DAY}", re.ASCII)


# the openings that say the day is past, read with their diacritics ("vừa quá ngày 15/3" is
# "just past that day", a bound) or in a copy that lost them all
_RECENT = re.compile(r"vừa qua|mới đây|trước đó|hôm qua|vua qua|moi day|truoc do|hom qua")


def past_told(text: str) -> re.Match[str] | None:
    """Where `text` (as printed) tells a thing as done, "đã"/"vừa" (`_PAST`), or, in a copy
    without any diacritic, "da"/"vua" before a verb (`_PAST_BARE`); None when it does not."""
    return _PAST.search(text) or (_PAST_BARE.search(text) if text.isascii() else None)


def refuse_news_told(source: Source) -> None:
    """Refuse a phrase that opens with a day or a period as news does (`_OPENING`) and tells
    what was done then (`past_told`), or a document issued that day (`_ISSUING_TOLD`), with
    no deadline word after (`_DUE_AFTER`), no day of each year set (`_YEARLY_DAY_SET`) and
    nothing to come (`TO_COME`)."""
    _refuse_issuing_told(source)
    opening = _OPENING.match(source.prepared)
    if opening is None or TO_COME.search(source.text):
        return
    rest = " ".join(source.original(opening.end(), len(source.prepared)).lower().split())
    # "Vừa qua, ngày …", "Trước đó, vào ngày …": the opening itself tells of the past
    told = past_told(rest)
    recent = opening["recent"] and _RECENT.fullmatch(
        " ".join(source.original(*opening.span("recent")).lower().split())
    )
    if not (told or recent) or _DUE_AFTER.search(rest):
        return
    if _YEARLY_DAY_SET.match(source.prepared, opening.end()):
        return  # "ngày 4-5-2001, Thủ tướng … đã ban hành … lấy ngày 28-6 hàng năm là …"
    said = source.original(*opening.span()).strip()
    word = f"{told[0]} " if told else ""
    raise Unreadable(
        f"“{said} … {word}…” kể một việc đã xảy ra "
        "(vào ngày, kỳ đó), không phải thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
    )


def _refuse_issuing_told(source: Source) -> None:
    """Refuse a phrase that opens with a day and tells a body issuing, signing, approving or
    sending a document that day (`_ISSUING_TOLD`), with no deadline word after (`DUE_WORD`:
    the letter may set one), no day of each year it sets (`_YEARLY_DAY_SET`) and nothing
    planned (`_PLANNED`)."""
    told = _ISSUING_TOLD.match(source.prepared)
    if told is None or _PLANNED.search(source.text):
        return
    if DUE_WORD.search(source.prepared, told.end()):
        return
    if _YEARLY_DAY_SET.match(source.prepared, told.end()):
        return
    raise Unreadable(
        f"“{source.original(*told.span()).strip()} …” kể việc một cơ quan ban hành, ký, gửi "
        "một văn bản vào ngày đó (ngày của văn bản), không phải thời hạn; ghi last_day theo "
        "hạn văn bản nêu"
    )

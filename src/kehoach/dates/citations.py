"""Documents a phrase cites by their number ("theo Kế hoạch số 12/KH-UBND ngày 3/2/2024"):
where they stand, the phrase without them, and the years of their signing dates. A cited
document's date is a reference, never the deadline."""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable, prepare

# A document cited by its number, and the date it was signed right after the number: a
# reference, never a deadline ("theo Khoản 1 Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm
# 2021 của Thủ tướng Chính phủ", "Hội nghị tổng kết Quyết định 178/2004/QĐ-TTg …", "Nghị
# quyết 20-NQ/TW"). The number must carry its issuer's code after a slash (Nghị định
# 30/2020/NĐ-CP, Điều 15: số, năm ban hành, ký hiệu), which no day or period has ("42/2014"
# alone may be a month); "theo", "căn cứ", "tại" and the article cited before it belong to
# the reference. Only the date written right after the number, with its year, is the
# document's; any other date of the phrase is read as it stands.
_DOCUMENT_KIND = (
    r"(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|chi\s+thi|cong\s+van|ke\s+hoach|thong\s+tu"
    r"|thong\s+bao|cong\s+dien|ket\s+luan|huong\s+dan|quy\s+dinh|van\s+ban|to\s+trinh|luat)"
)
_DOCUMENT_CODE = (
    r"\d{1,5}(?:\s*/\s*\d{4})?\s*/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z][a-z0-9]*)*"
    r"|\d{1,3}-[a-z]{2,}(?:/[a-z]+)+"  # "20-NQ/TW", "05-CT/TW": the Party's numbering
)
_SIGNED_ON = (
    r"\s*,?\s+ngay\s+(?:\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})(?![\d/.-])"
)
# … and the issuer named between the number and that date: "Chỉ thị 16/CT-TTg của Thủ tướng
# Chính phủ ngày 31/3/2020" (the press's order; read as a deadline of 31/3/2020 before): a
# few words, none of time ("của UBND tỉnh trước ngày 30/4" is a deadline)
_ISSUER_WORD = r"\s+(?!(?:truoc|sau|den|tu|toi|han|cham|vao|trong|het|ngay|thang|nam|quy)\b)[a-z]+"
_ISSUER_THEN_SIGNED = rf"(?:(?:\s+cua(?:{_ISSUER_WORD}){{1,8}}?)?{_SIGNED_ON})?"
# A document cited by its bare number before its issuer, as the press writes the Covid-19
# directives: "theo Chỉ thị 16 của Thủ tướng Chính phủ" (Chỉ thị 16/CT-TTg, 31/3/2020),
# "Chỉ thị 15 của Thủ tướng": the kind of document before it, "của" and the issuer after
_SHORT_CITATION = (
    rf"{_DOCUMENT_KIND}\s+(?:so\s*)?(?<![\d/.-])\d{{1,4}}(?=\s+cua\s+(?:thu\s+tuong|chinh\s+phu"
    r"|ban\s+bi\s+thu|bo\s+chinh\s+tri|ubnd|uy\s+ban|tinh\s+uy|thanh\s+uy|hdnd|bo\s+[a-z]))"
)
_REFERENCE = re.compile(
    r"(?<![a-z0-9])(?:(?:theo|tai|can\s+cu)\s+)?(?:(?:dieu|khoan|diem|muc)\s+\d{1,3}\s*,?\s*)*"
    rf"(?:(?:{_DOCUMENT_KIND}\s+)?(?:so\s*)?(?<![\d/.-])(?:{_DOCUMENT_CODE})(?![a-z0-9])"
    rf"|{_SHORT_CITATION}){_ISSUER_THEN_SIGNED}",
    re.ASCII,
)
# A law cited by its name and year, as laws are: "Luật Phổ biến, giáo dục pháp luật (PBGDPL)
# năm 2012, chính thức có hiệu lực thi hành từ ngày 1.1.2013" (Báo Pháp luật, 2022), "Luật
# Đất đai năm 2013", "Hiến pháp năm 2013", "Bộ luật Lao động năm 2019": the year the law was
# passed, which names it, never the deadline's. The name is a few words, none of time and no
# verb of doing ("Luật Đất đai, hoàn thành năm 2024 …" names a time), and an abbreviation in
# parentheses; the year follows it. "Tổ chức" only opens a name ("Luật Tổ chức chính quyền
# địa phương năm 2015").
_NAME_WORD = (
    r"(?:\s*,?\s+(?!(?:truoc|sau|den|tu|toi|han|cham|vao|trong|het|ngay|thang|quy|nam|tuan"
    r"|hang|moi|dot|ky|lan|khi|nay|cua|theo|tai|va|hoac|xong|hoan\s+thanh|thuc\s+hien"
    r"|trien\s+khai|ket\s+thuc|bat\s+dau|dien\s+ra|hieu\s+luc|ap\s+dung|ban\s+hanh"
    r"|(?<!luat\s)to\s+chuc)\b)[a-z]+|\s+\([a-z&, ]{1,20}\))"
)
_LAW_BY_YEAR = re.compile(
    rf"(?<![a-z])(?:(?:bo\s+)?luat|hien\s+phap|phap\s+lenh){_NAME_WORD}{{1,10}}?"
    r"\s+nam\s+(?:19|20)\d\d(?![\d/.-])",
    re.ASCII,
)
_REFERENCE_IN_PARENS = re.compile(rf"\(\s*(?:{_REFERENCE.pattern})\s*\)", re.ASCII)


def reference_spans(folded: str) -> list[tuple[int, int]]:
    """Where `folded` cites a document by its number (see `_REFERENCE`), its parentheses
    and its signing date included. Refuses a phrase that tells a document being issued or
    signed ("Ngày 01/9/2021, Phòng … đã ban hành Thông báo số 1073/TB-TNMT"): its date is
    the document's, no deadline."""
    spans = [found.span() for found in _REFERENCE_IN_PARENS.finditer(folded)]
    for found in [*_REFERENCE.finditer(folded), *_LAW_BY_YEAR.finditer(folded)]:
        if not any(start <= found.start() < end for start, end in spans):
            spans.append(found.span())
    for start, _end in spans:
        if _ISSUED_BEFORE.search(folded[:start]):
            raise Unreadable(
                "cụm từ kể việc ban hành, ký một văn bản: ngày trong đó là ngày của văn bản, "
                "không phải thời hạn; ghi last_day theo văn bản"
            )
    return sorted(spans)


def without_references(text: str) -> str:
    """`text` with each document cited by its number blanked (same length: `fold` keeps one
    character for one), for the checks of the words around a deadline."""
    for start, end in reference_spans(prepare(fold(text))):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def cited_years(prepared: str) -> set[int]:
    """The years of the signing dates written after the documents `prepared` cites
    ("theo Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm 2021": {2021})."""
    years: set[int] = set()
    for start, end in reference_spans(prepared):
        signed = re.search(_SIGNED_ON + r"\s*\)?\s*\Z", prepared[start:end])
        if signed is not None:
            years.add(int(re.findall(r"\d{4}", signed.group())[-1]))
    return years


# the document cited is the one issued or signed: the phrase tells when, no deadline
# ("đã ban hành", "ký", "có Công văn số …", "gửi", "ra Thông báo số …")
_ISSUED_BEFORE = re.compile(r"\b(?:ban\s+hanh|ky|phat\s+hanh|co|gui|ra)\s*\Z", re.ASCII)


# A document named right before a bare "ngày D" gives that document's date, not a deadline
DOCUMENT_WORDS = re.compile(
    r"\b(?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|huong dan|cong van"
    r"|thong bao|cong dien|ke hoach so|van ban)\b",
    re.ASCII,
)


# The words right before a bare "ngày D" that make D the day a document was signed, issued,
# posted or took effect, or the day of a directive the task follows, never a due day: "đã
# ký ngày 15/3", "Hợp đồng ký ngày 15/3", "Ngày ban hành: 15/3", "được phê duyệt ngày 15/3",
# "theo chỉ đạo ngày 15/3", "Tờ trình ngày 15/3" (as printed, lower case; "đăng ký"
# registers: "Ngày đăng ký: 15/3" is a task's day and reads)
_DOCUMENT_DAY = re.compile(
    r"(?:(?<!\w)(?<!đăng\s)(?:ký|kí)(?:\s+(?:ban\s+hành|kết))?"
    r"|(?<!\w)(?:ban\s+hành|đăng\s+tải|cập\s+nhật|xuất\s+bản|(?:có\s+)?hiệu\s+lực)"
    r"|(?<!\w)(?:đã|được)\s+(?:được\s+)?(?:phê\s+duyệt|thông\s+qua|phát\s+hành|đăng)"
    r"|(?<!\w)ngày\s+(?:đăng|nhận)"
    r"|^(?:tờ\s+trình|biên\s+bản|hợp\s+đồng)(?:\s+số\s+\S+)?"
    r"|(?<!\w)theo\s+(?:đúng\s+)?(?:quy\s+định|chỉ\s+đạo|đề\s+nghị|ý\s+kiến|kết\s+luận|kế\s+hoạch"
    r"|tờ\s+trình|báo\s+cáo)(?:\s+(?!(?:trước|đến|tới|từ|trong|vào|hạn)(?!\w))[^\s,;:()]+){0,10})"
    r"\s*:?\s*\Z"
)


def document_day(words: str) -> bool:
    """Whether the `words` before a bare day (as printed) make it the day of a document or
    of a directive (`_DOCUMENT_DAY`) rather than a deadline."""
    return _DOCUMENT_DAY.search(" ".join(words.lower().split())) is not None

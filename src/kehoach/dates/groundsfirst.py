"""A news line that opens with the grounds it carries out ("Thực hiện …,"), then its own time
and clause.

"Thực hiện Luật Nghĩa vụ quân sự và quyết định của Thủ tướng về việc gọi công dân nhập ngũ
năm 2025, từ ngày 13-15/2 thanh niên trên địa bàn cả nước sẽ lên đường thực hiện nghĩa vụ
quân sự năm 2025." (VLive, 12/02/2025; zg-vlive-thanh-nien-nhap-ngu-13-15-2-2025), "Thực hiện
nhiệm vụ tuyển quân năm 2026, từ ngày 1/11/2025, các địa phương trong toàn tỉnh đồng loạt tổ
chức khám sức khỏe nghĩa vụ quân sự …" (Báo Phú Thọ, 05/11/2025; v-baophutho-kham-tuyen-
nvqs-vinh-phuc-cu-2026): the press opens with what the work carries out (a law, a decision, a
year's task), as an administrative text opens with its bases (Nghị định 30/2020/NĐ-CP, Phụ
lục I: "Căn cứ …" before the content); the days and numbers there are the cited texts' and the
task's, none a time of the work. A careful reader copies the time that opens the clause after
them, read as that clause alone would be.

What the grounds may hold is narrow (`after_grounds`): no word of time, of a cadence, of a
thing done, negated or conditional; numbers only as a document's number and its day, a cited
text's full day, or the year of the task ("năm 2026"). Every day they cite must come before
the work's first day (a text is carried out after it is signed), and the year they name must
be the work's or the next one ("tuyển quân năm 2026" is examined from November 2025): any
other is a sign the line is not so made, and it is refused as it was.

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.citations import reference_spans


class Grounds(NamedTuple):
    """A news line cut after the grounds that open it."""

    words: str  # the grounds, as printed: "Thực hiện nhiệm vụ tuyển quân năm 2026"
    rest: str  # the line from its own time on, as printed: "từ ngày 1/11/2025, các địa phương …"
    cited: tuple[date, ...]  # the full days the grounds cite (the texts' signing days)
    years: frozenset[int]  # the years the grounds name alone ("năm 2025")


# "Thực hiện …" opening the line (a press mark "(HNM) - " before it), then the first comma
# after which the line's own time opens: "từ ngày 13-15/2", "ngày 1/7/2016", "trong các ngày
# 6 và 7/11", "sáng ngày 8/3", "từ 16-30/9" (folded). A day's number, never a document's
# ("4705/HD-BQP").
_GROUNDS = re.compile(
    r"\A\W*(?:\([a-z]{2,10}\)\s*[-–]\s*)?(?P<words>thuc\s+hien\s[^;:]{2,600}?)\s*,\s+"
    r"(?=(?:(?:tu|trong\s+(?:cac\s+)?|(?:sang|chieu|toi|trua)(?:\s+ngay)?)\s+)?"
    r"(?:ngay\s+)?\d{1,2}\s*(?:[/.-]\s*\d{1,2}|(?:den|[-–])\s*(?:het\s+)?(?:ngay\s+)?\d{1,2})"
    r"(?!\s*/\s*[a-z]))",
    re.ASCII,
)
# ... and the opening must begin with a word of the day or "từ": a bare "13-15/2" after a comma
# may be a figure of the grounds
_OPENS_WITH_DAY = re.compile(r"(?:tu|trong|sang|chieu|toi|trua|ngay)\s", re.ASCII)
# No word of time, of a cadence, of a thing done, negated or conditional in the grounds (as
# printed): "Thực hiện … trước ngày …", "Thực hiện … hằng năm", "Thực hiện … đã …" may hold
# the time, or tell a report
_NOT_GROUNDS = re.compile(
    r"(?<!\w)(?:trước|sau|đến|tới|từ|trong|hạn|chậm|muộn|kể|hằng|hàng|mỗi|định kỳ|đã|vừa"
    r"|không|chưa|nếu|khi|dự kiến|lùi|hoãn|kéo dài|tháng|quý|tuần|giai đoạn|nhiệm kỳ)(?!\w)"
)
# ... the same typed without diacritics, in a phrase that has none (`unmarked`): folded, each
# word above ("tu" is also "tư", "da" also "đa": refused the more, never read the less)
_NOT_GROUNDS_BARE = re.compile(
    r"(?<![a-z])(?:truoc|sau|den|toi|tu|trong|han|cham|muon|ke|hang|moi|dinh\s+ky|da|vua"
    r"|khong|chua|neu|khi|du\s+kien|lui|hoan|keo\s+dai|thang|quy|tuan|giai\s+doan"
    r"|nhiem\s+ky)(?![a-z])",
    re.ASCII,
)
# a cited text's full day ("Luật Nghĩa vụ quân sự ngày 19-6-2015") and the task's year ("nhập
# ngũ năm 2025"), folded
_CITED_DAY = re.compile(
    r"(?<![a-z])ngay\s+(?P<d>\d{1,2})\s*(?P<s>[/.-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    re.ASCII,
)
# ... and the day after the comma must not be a cited text's: "Thực hiện kế hoạch số
# 09-KH/ĐTN, ngày 16/10/2023 của BTV Xã Đoàn về việc …" (zc-tuoitregiongrieng), "Thực hiện Kế
# hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng uỷ xã …" (zt-quangphu): a document's number
# (a code, "số 12") ends the grounds, or "của"/"do" (its issuer) follows the day; or the
# grounds end with a document named by its kind and issuer alone ("Thực hiện Kế hoạch của
# Tỉnh đoàn, ngày 16/10/2023 …": whose day is it?) before one day
_CODE_LAST = re.compile(r"(?:\d\S*[/-]\S*|(?<![a-z])so\s*:?\s*\d+)\s*\Z", re.ASCII)
_ISSUER_AFTER = re.compile(r"[^,;:]*?\d\s*,?\s+(?:cua|do)\b", re.ASCII)
_DOCUMENT_LAST = re.compile(
    r"(?:\A|,)\s*(?:thuc\s+hien\s+)?(?:ke\s+hoach|quyet\s+dinh|cong\s+van|thong\s+bao"
    r"|huong\s+dan|chi\s+thi|nghi\s+quyet|thong\s+tu|nghi\s+dinh|luat|van\s+ban|ket\s+luan"
    r"|chuong\s+trinh|de\s+an|cong\s+dien|to\s+trinh)\b(?:(?!\bve\s+viec\b)[^,])*\Z",
    re.ASCII,
)
# ... one day alone (no "từ", no window) must be followed by its own comma, as the press
# writes the day of the news ("…, ngày 1/7/2016, tại TP. Đông Hà …"); a cited text's day
# runs into its issuer or its title
_ONE_DAY_OWN_COMMA = re.compile(
    r"(?:(?:sang|chieu|toi|trua)\s+)?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"\s*(?P<comma>,)?",
    re.ASCII,
)
_TASK_YEAR = re.compile(r"(?<![a-z])nam\s+(?P<y>(?:19|20)\d\d)(?![\d/.-])", re.ASCII)


def after_grounds(text: str) -> Grounds | None:
    """`text` cut after the grounds that open it (`_GROUNDS`, `_cut_at_own_time`), with the
    days and years they cite; None when the line is not so made, the grounds hold a word of
    time, of a cadence, of a thing done, negated or conditional (`_NOT_GROUNDS`; folded,
    `_NOT_GROUNDS_BARE`, in a phrase with no diacritic), a number other than a cited
    document's (`citations.reference_spans`), a cited text's full day or a year
    (`_CITED_DAY`, `_TASK_YEAR`), or a day that is no day."""
    shown = nfc(text)
    folded = fold(shown).lower()  # one character for one: the spans are the text's
    cut = _cut_at_own_time(folded)
    if cut is None:
        return None
    start, end, at = cut
    words, clause = shown[start:end], folded[start:end]
    if _NOT_GROUNDS.search(words.lower()) or (unmarked(shown) and _NOT_GROUNDS_BARE.search(clause)):
        return None
    cited = _days_cited(clause)
    for span in reference_spans(clause):  # their "năm 2025" is a title's, named as any
        clause = clause[: span[0]] + " " * (span[1] - span[0]) + clause[span[1] :]
    years = frozenset(int(year["y"]) for year in _TASK_YEAR.finditer(clause))
    if cited is None or re.search(r"\d", _TASK_YEAR.sub(" ", _CITED_DAY.sub(" ", clause))):
        return None
    return Grounds(words, shown[at:], cited, years)


def _cut_at_own_time(folded: str) -> tuple[int, int, int] | None:
    """The grounds' start and end in `folded` and where the line's own time opens
    (`_GROUNDS`, `_OPENS_WITH_DAY`); None when there is no such cut or the day after it is a
    cited text's (`_CODE_LAST`, `_ISSUER_AFTER`, `_ONE_DAY_OWN_COMMA`, `_DOCUMENT_LAST`)."""
    found = _GROUNDS.match(folded)
    if found is None or not _OPENS_WITH_DAY.match(folded, found.end()):
        return None
    start, end = found.span("words")
    if _CODE_LAST.search(folded[start:end]) or _ISSUER_AFTER.match(folded, found.end()):
        return None
    one_day = _ONE_DAY_OWN_COMMA.match(folded, found.end())
    if one_day and (not one_day["comma"] or _DOCUMENT_LAST.search(folded[start:end])):
        return None
    return start, end, found.end()


def _days_cited(clause: str) -> tuple[date, ...] | None:
    """The full days the folded grounds cite (`_CITED_DAY`); None when one is no day."""
    cited: list[date] = []
    for day in _CITED_DAY.finditer(clause):
        try:
            cited.append(date(int(day["y"]), int(day["m"]), int(day["d"])))
        except ValueError:
            return None
    return tuple(cited)


def grounds_agree(grounds: Grounds, first: date, *, year_written: bool) -> bool:
    """Whether the grounds can be those of work beginning on `first`: every text they cite
    signed before it, and every year they name that of `first`, or the next when the work's
    year is written (`year_written`: "tuyển quân năm 2026, từ ngày 1/11/2025" is examined in
    the year before). A day that took its year from the plan beside grounds naming another
    ("nhiệm vụ tuyển quân năm 2026, từ ngày 13-15/2" on a page of 2025) is not guessed."""
    if any(day >= first for day in grounds.cited):
        return False
    last = first.year + 1 if year_written else first.year
    return all(first.year <= year <= last for year in grounds.years)

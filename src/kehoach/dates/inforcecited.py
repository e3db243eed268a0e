"""A cited text's day in force, in parentheses after it is cited: the text's day, no time.

"Theo quy định của Luật Thanh tra và Nghị định số 43/2023/NĐ-CP quy định chi tiết một số
điều và biện pháp thi hành Luật Thanh tra (nghị định có hiệu lực từ ngày 15-8-2023), kết luận
thanh tra do thủ trưởng cơ quan thực hiện chức năng thanh tra ký ban hành được công khai chậm
nhất là 10 ngày kể từ ngày ký" (Báo Khánh Hòa, 2023; zg-baokhanhhoa-ket-luan-thanh-tra-cong-
khai-2023): the day in the parentheses is the day the decree cited before them took effect
(Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 151: a text states the day it takes
effect), a fact about the text, never a time of the work the phrase sets; the work's time is
the rest ("10 ngày kể từ ngày ký"). The parentheses are cut and kept as the reading's gloss.

Only when the parentheses name the kind of text cited just before them with its number
("Nghị định số 43/2023/NĐ-CP … (nghị định có hiệu lực từ ngày …)"), then "có hiệu lực
(thi hành) (kể) từ" and one full day, nothing else; and only when the rest holds a time of
its own that owes nothing to that day: a count must run from a day or an event it names
("kể từ ngày ký"), never bare ("trong 30 ngày"), no "hiệu lực" may stand outside (the
count may then run from the day in force, which only the parentheses give), and no condition
("nếu", "khi", "trường hợp", "tùy": the reading would drop it).

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.compared import spans_cut

_KIND = r"(?:bo\s+luat|luat|nghi\s+dinh|nghi\s+quyet|thong\s+tu|quyet\s+dinh|chi\s+thi)"
_IN_FORCE_ASIDE = re.compile(
    rf"\s*(?P<aside>\(\s*(?P<kind>{_KIND})(?:\s+nay)?\s+(?:da\s+)?co\s+hieu\s+luc"
    r"(?:\s+thi\s+hanh)?\s+(?:ke\s+)?tu\s+(?:ngay\s+)?\d{1,2}\s*(?P<s>[/.-])\s*\d{1,2}\s*(?P=s)"
    r"\s*(?:19|20)\d\d\s*\))",
    re.ASCII,
)
# a count of days, weeks, months or years, and what it runs from when it says so
_COUNT = re.compile(r"(?<![\d/.,-])\d{1,3}\s+(?:ngay|tuan|thang|nam)(?![a-z])", re.ASCII)
_FROM_ITS_ANCHOR = re.compile(
    r"(?:\s+lam\s+viec)?\s*,?\s*(?:ke\s+)?tu\s+(?:ngay|khi)\s+[a-z]", re.ASCII
)
_IN_FORCE = re.compile(r"(?<![a-z])hieu\s+luc(?![a-z])", re.ASCII)
# ... nor a condition on the work: "… 10 ngày kể từ ngày ký nếu có yêu cầu" is no firm count
_CONDITION = re.compile(r"(?<![a-z])(?:neu|khi|truong\s+hop|tuy)(?![a-z])", re.ASCII)


def cut_in_force_cited(text: str) -> tuple[str, str | None]:
    """`text` without the day in force of the text it cites, in parentheses right after it
    (`_IN_FORCE_ASIDE`), and the gloss the reading takes; (`text`, None) when there is none,
    the kind of text was not cited with its number before them, or the rest has no time of
    its own free of that day (`_own_time`)."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    aside = _IN_FORCE_ASIDE.search(folded)
    if aside is None or not _cited_before(folded[: aside.start("aside")], aside["kind"]):
        return text, None
    start, end = aside.span("aside")
    if not _own_time(folded[:start] + " " + folded[end:]):
        return text, None
    rest, said = spans_cut(text, [(start, end)], "() ")
    # the mark after the parentheses closes the words before them: "Luật Thanh tra, kết luận …"
    rest = re.sub(r"\s+(?=[,;.:])", "", " ".join(rest.split()))
    return rest, f"ngày văn bản được trích có hiệu lực: {said}"


def _cited_before(before: str, kind: str) -> bool:
    """Whether `before` (folded) cites a text of `kind` by its number: "Nghị định số
    43/2023/NĐ-CP", "Thông tư 11/2024/TT-BTC"."""
    words = r"\s+".join(kind.split())
    return re.search(rf"(?<![a-z]){words}\s+(?:so\s+)?\d", before) is not None


def _own_time(rest: str) -> bool:
    """Whether `rest` (folded, the phrase without the parentheses) has a number to read and
    no count that may run from the day in force: each count runs from a day or an event it
    names, "hiệu lực" is said nowhere else, and no condition is set (`_CONDITION`)."""
    if not re.search(r"\d", rest) or _IN_FORCE.search(rest) or _CONDITION.search(rest):
        return False
    return all(_FROM_ITS_ANCHOR.match(rest, count.end()) for count in _COUNT.finditer(rest))

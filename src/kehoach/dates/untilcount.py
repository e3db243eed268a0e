"""A count or a share told done after a not-until's time, no deadline: "Đến 30/6/2026 có 12
xã nộp báo cáo" (a count of who did the step; "… chưa có xã nào nộp …", none), "Đến 30/6/2026 các xã nộp được 60% hồ sơ", "…
nộp xong 60% hồ sơ" (a share reached): helper b64's brief, each read on main as due that day.
The day is the moment the figure is told of, as "Đến ngày …, đã có 45/50 xã nộp …" is (engine
`_DONE_BY`), never the day the step is due by: read as due, a silent wrong date.

The corpus's own shape: tests/corpus/zt-baoquangbinh-159-xa-hoan-thanh-dai-hoi-mttq-2019.yaml's
"Đến quý IV-2018, toàn tỉnh có 115 xã, phường, thị trấn hoàn thành Đại hội" (a count as of a
quarter, convention 4, refused there as past).

A target stays read: a count of who reaching a standard ("Đến năm 2025 có 120 xã trở lên đạt
chuẩn nông thôn mới": zf-baogialai-ke-hoach-thi-dua-2021-2025.yaml), a count with a floor ("ít
nhất", "trở lên"), bound ("Đến 30/6/2026 phải có 12 xã nộp báo cáo": a duty, "phải" before
"có"), a share with no "có" ("Đến 30/6/2026, 100% xã nộp báo cáo"), a figure reached ("đạt
được 45%": a plan's target verb) and a deadline's head ("Chậm nhất ngày …": a due day). A
count of who is told only with a report's step (`untilstate`'s report duties: each of them
owes it, so a count of some is progress); a share only of a report's step with "được" or
"xong" before it ("nộp được", "nộp xong"), bound by nothing: "giải ngân được 95% kế hoạch" is
a plan's target ahead of its issue and a result past it (convention 4, test_guardsi).

Helper b64b (tester tb64's findings): the figure is refused only when its day is on or before
the plan's issue day, a result (convention 4 of tests/corpus/README.md, as the share rule of
"giải ngân được" in `refusals` does); ahead of it the same words are the plan's target, read
as on main ("Đến năm 2027 có 80% doanh nghiệp nộp thuế điện tử"). A figure striven for, a
floor ("có trên 80%", "có hơn 80% hộ nộp hồ sơ"), a reward's ("… thì được khen thưởng") or who
owing the step ("có 12 xã có nghĩa vụ / thuộc diện nộp báo cáo") is kept whatever the day.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kehoach.base.text import bare_twin, nfc, unaccent, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.onlythen import UNTIL, WHO_PIECE, after_a_start, who_alone
from kehoach.dates.reading import Context
from kehoach.dates.untilstate import REPORT, opens_a_clause

# the time and its head, a not-until's ("Đến", "Tới", "Tận" …)
_HEAD = rf"{UNTIL}[\s,–—-]*(?:thì\s+)?"
# a figure, about so many ("khoảng", "gần", "trên", "hơn"), a share or a part ("45/50")
_FIGURE = r"(?:(?:khoảng|gần|trên|hơn|chưa\s+đến)\s+)?\d[\d.,/]*(?:\s*%|\s+phần\s+trăm)?(?!\w)"
# a count of who, then a report's step: "có 12 xã nộp báo cáo", "toàn tỉnh có 45/50 xã gửi
# báo cáo", "đã có …" (where who is told first: "toàn tỉnh", "cả nước")
# ... or none of them ("chưa có xã nào nộp báo cáo": none has, a count as of that day)
_NONE = rf"(?:chưa|không)\s+có\s+(?:{WHO_PIECE}\s+){{1,4}}?nào"
_COUNT = (
    rf"(?P<where>(?:{WHO_PIECE}\s+){{0,4}}?)(?:(?:đã\s+)?có\s+{_FIGURE}|{_NONE})\s+"
    rf"(?P<who>(?:{WHO_PIECE}\s+){{0,8}}?)(?:{REPORT})(?!\w)"
)
# ... a floor makes it a target: "có 12 xã trở lên" ("có ít nhất 12 xã" is never matched:
# the figure must follow "có" itself)
_FLOOR = r"(?<!\w)(?:trở\s+lên|ít\s+nhất|tối\s+thiểu)(?!\w)"
# a share reached by a report's step: "nộp được 60% hồ sơ", "nộp xong 60% hồ sơ", who in ten
# words at most, no comma between; never another step's ("Đến hết năm 2026, giải ngân được
# 95% kế hoạch", "tiêm được 90% dân số": a plan's target ahead of its issue, a result past it,
# convention 4 as test_guardsi pins it): a report is owed whole, so a share of it is progress
_SHARE = (
    rf"(?P<words>(?:[^\W\d_]+\s+){{0,10}}?(?:{REPORT})(?:\s+[^\W\d_]+){{0,2}}?)\s+"
    rf"(?P<done>(?:được|xong)\s+{_FIGURE})"
)
# ... the words bound ("phải", "cần", "phấn đấu", "bảo đảm": a target) or the figure a plan's
# target ("đạt được 45%")
_BOUND = (
    r"(?<!\w)(?:phải|cần|phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|mục\s+tiêu|chỉ\s+tiêu|yêu\s+cầu"
    r"|đạt|tối\s+thiểu|ít\s+nhất)(?!\w)"
)


def _rules(fold: bool) -> tuple[re.Pattern[str], ...]:
    """The rules of a count, as printed or folded to no marks when `fold`."""
    rules = (_HEAD + _COUNT, _HEAD + _SHARE, _FLOOR, _BOUND)
    return tuple(re.compile(unaccent(rule) if fold else rule, re.IGNORECASE) for rule in rules)


_MARKED = _rules(fold=False)
_BARE = _rules(fold=True)


# ... or the count a target, a floor or a reward's, or who owing the step: "phấn đấu có 12 xã
# …", "có trên 80%", "có hơn 80% hộ …", "nộp được 60% trở lên", "… thì được khen thưởng", "xã
# nào nộp được 60% hồ sơ sẽ được khen thưởng", "có 12 xã có nghĩa vụ / thuộc diện nộp báo cáo"
# (tester tb64: each read on main, kept whatever the day)
_KEPT = re.compile(
    rf"{_BOUND}|{_FLOOR}|(?<!\w)(?:trên|hơn)\s+\d"
    r"|(?<!\w)(?:khen\s+thưởng|nghĩa\s+vụ|thuộc\s+diện)(?!\w)",
    re.IGNORECASE,
)
_KEPT_BARE = bare_twin(_KEPT)


def refuse_count_as_of(text: str, lasts: Sequence[date | None], context: Context) -> None:
    """Refuse a count or a share told done after a not-until's time (`count_told`) when every
    last day read (`lasts`) is on or before the issue day: a result as of that day, convention 4 of
    tests/corpus/README.md, as "Đến hết tháng 2/2026, giải ngân được 12% kế hoạch vốn" is
    (`refusals.refuse_figure_as_of`). A day ahead of the issue is the plan's target: read."""
    issued = context.issued
    if issued is None or not lasts or not all(last and last <= issued for last in lasts):
        return
    if count := count_told(text):
        raise Unreadable(
            f"“{count} …” sau ngày tháng kể số đã làm được đến ngày đó (số liệu tại ngày đó, "
            "không sau ngày ban hành), không phải thời hạn; ghi last_day theo hạn văn bản nêu, "
            "việc đã xong bằng kehoach done"
        )


def count_told(text: str) -> str | None:
    """The words of a count or a share `text` tells done after a not-until's time opening
    the phrase or a clause ("có 12 xã", "được 60%"), or None."""
    said = nfc(text)
    count, share, floor, bound = _BARE if unmarked(said) else _MARKED
    for found in count.finditer(said):
        where = found["where"].strip()
        if not _headed(said, found.start()) or (where and not who_alone(where)):
            continue
        who = found["who"].strip()
        if _kept(said, found.end()):
            continue
        if not floor.search(found[0]) and (not who or who_alone(who)):
            return found[0][found.end("where") - found.start() :].strip()
    for found in share.finditer(said):
        if _kept(said, found.end()):
            continue
        if _headed(said, found.start()) and not bound.search(found["words"]):
            return found["done"]
    return None


# the end of the count's clause: a comma, a semicolon, a full stop
_CLAUSE_END = re.compile(r"[,;.](?!\d)")


def _kept(said: str, at: int) -> bool:
    """Whether the phrase up to the end of the clause of the count ending at `at` has a word
    keeping it a target (`_KEPT`): "Đến năm 2027, phấn đấu có 80% …", "… thì được khen
    thưởng"; never a later clause's ("…, các xã còn lại phải nộp …")."""
    end = _CLAUSE_END.search(said, at)
    told = said[: end.start() if end else None]
    return (_KEPT_BARE if unmarked(said) else _KEPT).search(told) is not None


def _headed(said: str, at: int) -> bool:
    """Whether the time's head at `at` opens the phrase or a clause, no range's close."""
    return opens_a_clause(said, at) and not after_a_start(said[:at])

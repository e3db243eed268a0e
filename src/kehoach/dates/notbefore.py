"""A start said as a ban before a day: "không gieo mạ … trước ngày 31.1" (not before 31/1).

Ruling 56(d) (issue 11, session 56): "không … trước ngày D", "không được … trước ngày D"
forbid the work before D; it may be done from D on: the earliest day D, as "không sớm hơn
ngày D" is read (`grammar.START_RULE`, the JSON's `earliest`). "Sở Nông nghiệp và Phát
triển nông thôn khuyến cáo nông dân tuyệt đối không gieo mạ trà xuân muộn qua đông trước
ngày 31.1" (Báo Hải Dương, 2022; zb-baohaiduong-khong-gieo-ma-xuan-muon-truoc-31-1-2022):
sowing may start on 31/1. The phrase is written "<việc> không sớm hơn ngày D" and read as
any start; its step keeps the words of the ban as printed (`with_ban`), its note says how
the day was read.

Only when the negation is the verb the day bounds and is said as a ban: "không được",
"tuyệt đối (hoàn toàn) không", or "không" in the clause of a directive ("khuyến cáo",
"yêu cầu"), then the verb's words with no digit, no mark of a second clause (",", ";", ":",
parentheses), no other word of time, condition or negation ("chưa", "nếu", "đã"), then
"trước ngày D"; one such day and no other in the phrase, no condition before it, no
sanction after it ("… không nộp báo cáo trước ngày 30/4 sẽ bị xử phạt": a deadline 30/4). "không … sau
ngày D" (not after: a deadline D) is not ruled: no corpus phrase has it.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from kehoach.base.text import fold, nfc
from kehoach.dates.afterday import spelt
from kehoach.dates.grammar import DAY_SHAPE, Unreadable
from kehoach.dates.reading import Deadline

_NOT_BEFORE = re.compile(
    r"(?<![a-z])(?P<ban>(?:(?:tuyet\s+doi|hoan\s+toan)\s+)?(?<!hang\s)(?P<no>khong)\s+(?:duoc\s+)?)"
    r"(?P<verb>[a-z][a-z ]{1,80}?)\s+(?P<before>truoc)\s+ngay\s+"
    rf"(?P<day>{DAY_SHAPE})(?![\d/.-]*\d)(?!\s*(?:gio|h)\b)",
    re.ASCII,
)
# words in the verb that make the day bound something else: a time, a term ("không thời
# hạn"), a condition, a told-done, another negation, a second verb joined
_NOT_ONE_VERB = re.compile(
    r"\b(?:truoc|sau|den|toi|tu|trong|vao|han|thoi|khi|neu|chua|da|khong|thi|hoac|nhung"
    r"|ngay|thang|nam|quy|tuan|ky|dot|lan)\b",
    re.ASCII,
)
# before the ban: a condition ("Trường hợp …", "Đơn vị nào …": whichever), a told-done,
# "chưa"
_NOT_A_BAN = re.compile(r"\b(?:neu|chua|da|truong\s+hop|khi|nao)\b", re.ASCII)
# ... after it: a sanction or a consequence ("Doanh nghiệp không nộp báo cáo trước ngày
# 30/4 sẽ bị xử phạt" tells who failed a deadline 30/4, no ban)
_CONSEQUENCE = re.compile(r"\b(?:bi|phat|thi|se|coi|loai|mat|huy|khong|chua|neu|tru)\b", re.ASCII)
# A ban said as one: "không được" (may not), "tuyệt đối/hoàn toàn không", or "không" in the
# clause of a directive ("khuyến cáo nông dân không gieo …", "yêu cầu các trường không …");
# a bare "Doanh nghiệp không nộp báo cáo trước ngày D" may tell a failure, not forbid
_DIRECTIVE = re.compile(
    r"\b(?:khuyen\s+cao|yeu\s+cau|de\s+nghi|chi\s+dao|luu\s+y|huong\s+dan)\b[^,;:.]*\Z",
    re.ASCII,
)
_ANOTHER_TIME = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\bthang\s+\d|\b(?:19|20)\d\d\b", re.ASCII)


class Ban(NamedTuple):
    """The words of a ban as read (`verb`) and as printed (`printed`), for the step."""

    verb: str
    printed: str


def not_before(text: str, note: str | None) -> tuple[str, str | None, Ban | None]:
    """`text` with its one "không … trước ngày D" written "… không sớm hơn ngày D"
    (`_NOT_BEFORE`), the note the reading takes and the ban's words for its step; `text`,
    `note` and None when the phrase is not so made, or already took a note."""
    if note is not None:
        return text, note, None
    printed = nfc(text)
    folded = fold(printed).lower()
    found = list(_NOT_BEFORE.finditer(folded))
    if len(found) != 1 or _NOT_ONE_VERB.search(found[0]["verb"]):
        return text, note, None
    one = found[0]
    before, after = folded[: one.start()], folded[one.end() :]
    if _NOT_A_BAN.search(before) or _ANOTHER_TIME.search(before + " " + after):
        return text, note, None
    if not (
        spelt(printed, one.span("no"), "không") and spelt(printed, one.span("before"), "trước")
    ):
        return text, note, None  # "khổng", "trược": not the words of a ban
    said = "duoc" in one["ban"] or one["ban"].startswith(("tuyet", "hoan"))
    if not (said or _DIRECTIVE.search(before)) or _CONSEQUENCE.search(after):
        return text, note, None
    verb = printed[one.start("verb") : one.end("verb")]
    day = " ".join(printed[one.start("day") : one.end("day")].split())
    rewritten = f"{printed[: one.start()]}{verb} không sớm hơn ngày {day}{printed[one.end() :]}"
    ban = Ban(verb, printed[one.start() : one.end("verb")])
    return rewritten, f"“không … trước ngày {day}”: từ ngày đó trở đi mới được làm", ban


def with_ban(found: tuple[Deadline, ...], ban: Ban | None) -> tuple[Deadline, ...]:
    """`found` with the step's words of the ban put back as printed ("tuyệt đối không gieo
    mạ …", never "gieo mạ …" alone, which says the opposite)."""
    if ban is None:
        return found
    if any(one.label and ban.verb not in one.label for one in found):
        raise Unreadable(  # the step read without the words of the ban: never shown so
            f"“{ban.printed}”: tên bước không giữ được chữ “không”; ghi first_day theo văn bản"
        )
    return tuple(
        replace(one, label=one.label.replace(ban.verb, ban.printed, 1)) if one.label else one
        for one in found
    )

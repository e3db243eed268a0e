"""A rule due every few years from a year named: "N năm một lần … bắt đầu từ năm Y".

A title, an award, a festival or a census is held every few years: "Danh hiệu “Nghệ nhân
Nhân dân”, “Nghệ nhân Ưu tú” được xét và công bố ba năm một lần vào dịp Quốc khánh 2-9 bắt
đầu từ năm 2015" (Nghị định 123/2014/NĐ-CP, as the Bộ Công Thương's plan prints it), "Đề án
tổ chức Ngày hội … theo định kỳ 2 năm/lần, bắt đầu từ năm 2018", "hai năm tổ chức một lần,
bắt đầu từ năm 2024". RFC 5545 says it as FREQ=YEARLY with INTERVAL=N; which years are due
is its DTSTART, the first year: `Recurrence.anchor`. The phrase must name that year ("bắt
đầu từ năm Y", "từ năm Y", or a ten-year cycle "vào các năm … kết thúc bằng số D" beside the
one year it names, ending in D: `_LAST_DIGIT`): a cycle alone ("định kỳ 5 năm một lần") names no year due, and
neither the plan's issue year nor the day asked is its phase (an article of 2025 on a
festival "2 năm một lần" says nothing of whether 2025 or 2026 is due), so it stays refused
(`refusals.refuse_cycle_of_years`), with the way out.

The day in each year due is what the phrase reads as with "hằng năm" for the cycle (the
deadline language's yearly rule: "vào dịp Quốc khánh 2-9 hằng năm" -> 2 September; no day:
the year's last, as "Đại hội hằng năm"). Nothing is read when that reading is not one
yearly rule with one due day, when any other year or a cadence ("hàng năm") is printed
beside the cycle, when the phrase tells the cycle as done ("đã", convention 1) or as a
history up to now ("từ năm 2015 đến nay", convention 4), or when a count per year stands
for the cycle ("mỗi năm 2 lần": no cycle of years is matched).

A yearly rule said as once a year from a year named is the same rule with a cycle of one
year: "Từ năm 2026, toàn bộ người dân sẽ được tổ chức khám sức khỏe định kỳ hoặc sàng lọc
miễn phí ít nhất một lần mỗi năm" (the press on Nghị quyết 72-NQ/TW, zf-znews; "Từ năm
2028, … ít nhất mỗi năm một lần", the draft decree, zh-luatvietnam) is due by the end of each
year from 2026 on, never before: the first year is the rule's DTSTART (`Recurrence.anchor`,
INTERVAL 1) and its start bound (`Deadline.earliest`), as the lead ruled for a cycle of years
(session 35 (b): "Từ năm Y, … N năm một lần": first due in Y). Read by `_once_a_year` on the
same conditions as a cycle, the "once a year" left to the deadline language's yearly rule.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Frequency, Reader, rrule_text

_COUNTS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_COUNTS["muoi"] = 10
# the cycle, folded, with the words that introduce it ("định kỳ", "theo chu kỳ"): "3 năm
# một lần", "05 năm/lần", "hai năm tổ chức một lần", "5 năm 1 lần" (the count 2-99 years)
_CYCLE = re.compile(
    r"(?:(?<![a-z])(?:theo\s+)?(?:dinh\s+ky|chu\s+ky)\s+)?"
    r"(?<![\d/.,-])(?P<count>0?[2-9]|[1-9]\d|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+"
    r"nam(?:\s+(?:to\s+chuc|thuc\s+hien|tien\s+hanh|xet))?"
    r"(?:\s*/\s*(?:(?:1|01|mot)\s+)?lan|\s+(?:1|01|mot)\s+lan)(?![a-z])",
    re.ASCII,
)
# the first year due: "bắt đầu từ năm 2015", "kể từ năm 2024", "từ năm 2018"
_ANCHOR = re.compile(
    r"[\s,;]*(?<![a-z])(?:(?:bat\s+dau|ke)\s+)?tu\s+(?:nam\s+)?(?P<year>(?:19|20)\d\d)(?!\d|[/.-]\d)",
    re.ASCII,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# ... or a ten-year cycle's years by their last digit, the year named beside it one of them:
# "Cuộc tổng điều tra nông thôn, nông nghiệp năm 2025, … được triển khai theo chu kỳ 10 năm
# một lần vào các năm có số lẻ kết thúc bằng số 5" (the press on Luật Thống kê 2015's
# censuses: z-/za-doanhnghiephoinhap-tong-dieu-tra-nong-thon-2025): one digit fixes the phase
# of ten years alone, and the year named ("năm 2025", folded with "năm") is the first due.
# "số lẻ"/"số chẵn" (odd, even) must agree with the digit.
_LAST_DIGIT = re.compile(
    r"[\s,;]*(?<![a-z])(?:vao\s+)?(?:cac|nhung)\s+nam\s+(?:co\s+)?(?:so\s+)?"
    r"(?:(?P<parity>le|chan)\s+)?(?:ket\s+thuc|tan\s+cung)\s+(?:bang|la)\s+(?:chu\s+)?(?:so\s+)?"
    r"(?P<digit>\d)(?![\d/.,-]\d)",
    re.ASCII,
)
_NAMED_YEAR = re.compile(r"(?<![a-z])(?:nam\s+)?(?P<year>(?:19|20)\d\d)(?!\d|[/.-]\d)", re.ASCII)
_DECADE = 10
# a cadence printed beside the cycle ("hai năm một lần trước ngày 20/11 hàng năm"): the phrase
# says two cadences, and neither is read over the other
CADENCE = re.compile(r"(?<![a-z])(?:hang|moi)\s+(?:nam|quy|thang|tuan|ngay)(?![a-z])", re.ASCII)
# the year a text comes in force ("Luật … có hiệu lực từ năm 2015; Đại hội 5 năm một lần"):
# the rule's, not the first year of the cycle
_IN_FORCE = re.compile(r"(?<![a-z])hieu\s+luc\s+(?:thi\s+hanh\s+)?(?:ke\s+)?tu\b", re.ASCII)
# a cycle told as done or as a history up to now: conventions 1 and 4
_TOLD = re.compile(r"(?<!\w)(?:đã|đến\s+nay|tới\s+nay)(?!\w)")
_EVERY_YEAR = "hằng năm"
# a condition on the rule ("nếu đủ nguồn lực", fresh42b): the rule holds only if it is met,
# which the yearly rule read here would drop; left to the deadline language, which refuses it
_IF = re.compile(r"(?<!\w)nếu(?!\w)")
# ... then "và đến năm Y2" opening a target of its own (issue 11: a year's target is due by
# its end), folded
_THEN_BY_YEAR = re.compile(r"\s*,?\s+va\s+(?=den\s+nam\s+(?:19|20)\d\d(?!\d))", re.ASCII)
# once in each year, folded: "ít nhất mỗi năm một lần", "một lần mỗi năm", "01 lần/năm"
_ONCE_A_YEAR = re.compile(
    r"(?<![a-z])(?:moi\s+nam\s+(?:1|01|mot)\s+lan|(?<![\d/.,-])(?:1|01|mot)\s+lan"
    r"(?:\s+moi\s+nam|\s*/\s*nam))(?![a-z])",
    re.ASCII,
)


def read_interval(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The reading of a rule due every few years from a year named (see the module), by
    `read` of the phrase with "hằng năm" for the cycle and without its first year; None
    when `text` holds no such cycle with one first year. Raises `Unreadable` for a cycle
    told as done or up to now, with the reason."""
    said = nfc(text)
    # a cheap precheck: every cycle, and once a year, says "lần"
    folded = fold(said) if "lần" in said.lower() else ""
    cycles = list(_CYCLE.finditer(folded))
    if not cycles:  # "Từ năm 2026, … ít nhất mỗi năm một lần", or nothing to read here
        return _once_a_year(said, folded, context, read)
    anchors: list[re.Match[str]] = list(_ANCHOR.finditer(folded)) or _years_by_digit(folded)
    if len(cycles) != 1 or len(anchors) != 1 or len(_YEAR.findall(folded)) != 1:
        return None
    cycle, anchor = cycles[0], anchors[0]
    if anchor.re is _NAMED_YEAR and _count(cycle) != _DECADE:
        return None  # a last digit fixes the phase of ten years alone
    if CADENCE.search(folded) or _IN_FORCE.search(folded, 0, anchor.end()):
        return None
    if _TOLD.search(said.lower()):
        raise Unreadable(
            f"“{said[cycle.start() : cycle.end()].strip()}” kể nhịp đã diễn ra (đã, đến nay), "
            "không phải hạn còn phải làm; nếu văn bản có hạn lần tới, ghi last_day"
        )
    count = _count(cycle)
    first = date(int(anchor["year"]), 1, 1)
    cut = [cycle.span(), anchor.span(), *(digit.span() for digit in _LAST_DIGIT.finditer(folded))]
    for rewritten in _rewritten(said, cut):
        try:
            readings = read(rewritten, context)
        except (Unreadable, ValueError):
            continue
        if len(readings) == 1 and plain_yearly(readings[0]):
            return (every_few_years(readings[0], text, count, first),)
    return None


def _once_a_year(
    said: str, folded: str, context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The yearly rule from a year named (`_once_a_year_alone`), or that rule and then a
    target "và đến năm Y2, …" (`_THEN_BY_YEAR`): two milestones joined by "và", each read
    alone, "(ANTV) - Từ năm 2026, người dân sẽ được khám sức khỏe định kỳ … ít nhất mỗi năm 1
    lần và đến năm 2030, người dân được miễn viện phí …" (zf-antv, on Nghị quyết 72-NQ/TW);
    None unless both read, one reading each."""
    then = _THEN_BY_YEAR.search(folded)
    if then is None:
        return _once_a_year_alone(said, folded, context, read)
    head, tail = said[: then.start()], said[then.end() :]
    first = _once_a_year_alone(head, folded[: then.start()], context, read)
    try:
        after = read(tail, context) if first else ()
    except (Unreadable, ValueError):
        after = ()
    return (*first, *after) if first and len(after) == 1 else None


def _once_a_year_alone(
    said: str, folded: str, context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The yearly rule of `said` ("ít nhất mỗi năm một lần") from the one year it names
    ("Từ năm 2026, …"), by `read` of the phrase without that year: due on its yearly day in
    each year from the first (`Recurrence.anchor`), the first year's first day its start
    bound; None when the phrase is not that, on the same checks as a cycle of years."""
    onces = list(_ONCE_A_YEAR.finditer(folded))
    anchors = list(_ANCHOR.finditer(folded))
    if len(onces) != 1 or len(anchors) != 1 or len(_YEAR.findall(folded)) != 1:
        return None
    once, anchor = onces[0], anchors[0]
    # "Từ 2030, …" without "năm" is a bare number (test_miscd1 holds it refused); another
    # cadence than the once a year ("hằng tháng", "mỗi quý") or the year a text comes in
    # force is not the rule's first year; told done or up to now, the deadline language
    # refuses it as it is
    rest = folded[: once.start()] + " " + folded[once.end() :]
    if (
        "nam" not in folded[anchor.start() : anchor.start("year")]
        or CADENCE.search(rest)
        or _IN_FORCE.search(folded, 0, anchor.end())
        or _TOLD.search(said.lower())
        or _IF.search(said.lower())
    ):
        return None
    without = " ".join((said[: anchor.start()] + " " + said[anchor.end() :]).split())
    try:
        readings = read(without.strip(" ,;"), context)
    except (Unreadable, ValueError):
        return None
    if len(readings) != 1 or not plain_yearly(readings[0]):
        return None
    first = date(int(anchor["year"]), 1, 1)
    yearly = readings[0]
    assert yearly.recurrence is not None
    rule = replace(yearly.recurrence, anchor=first)
    words = f"từ năm {first.year}"
    return (
        replace(
            yearly,
            phrase=said,
            recurrence=rule,
            rrule=rrule_text(rule),
            earliest=first,
            reading=f"{yearly.reading}, {words} (trước năm {first.year} chưa đến hạn)",
        ),
    )


def _count(cycle: re.Match[str]) -> int:
    """The years of one turn of `cycle` (a `_CYCLE` match)."""
    return int(cycle["count"]) if cycle["count"].isdigit() else _COUNTS[cycle["count"]]


def _years_by_digit(folded: str) -> list[re.Match[str]]:
    """The year named in `folded` (`_NAMED_YEAR`) as the first of a cycle's years told by their
    last digit (`_LAST_DIGIT`), when it is one of them; else none."""
    digits = list(_LAST_DIGIT.finditer(folded))
    years = list(_NAMED_YEAR.finditer(folded))
    if len(digits) != 1 or len(years) != 1:
        return []
    digit, year = int(digits[0]["digit"]), int(years[0]["year"])
    parity = digits[0]["parity"]
    if year % _DECADE != digit or (parity and (digit % 2 == 1) != (parity == "le")):
        return []
    return years


def _rewritten(said: str, spans: list[tuple[int, int]]) -> list[str]:
    """The phrase with "hằng năm" where the cycle (the first of `spans`) stood, then with it
    after the phrase's time ("… vào dịp Quốc khánh 2-9 hằng năm"), the other spans (its first
    year, the digit of its years) left out either way."""
    (c0, c1), *others = spans
    cut = [(c0, c1, f" {_EVERY_YEAR} "), *((a0, a1, " ") for a0, a1 in others)]
    in_place = said
    for start, end, put in sorted(cut, reverse=True):
        in_place = in_place[:start] + put + in_place[end:]
    dropped = said
    for start, end, _put in sorted(cut, reverse=True):
        dropped = dropped[:start] + " " + dropped[end:]
    after = dropped.rstrip(" .;,:") + f" {_EVERY_YEAR}"
    return [" ".join(in_place.split()).strip(" ,;"), " ".join(after.split()).strip(" ,;")]


def plain_yearly(one: Deadline) -> bool:
    """Whether `one` is a yearly rule due once a year on one day (or the year's or a
    month's last): the only rule a cycle of years is read over."""
    rule = one.recurrence
    return (
        one.kind is DeadlineKind.RECURRING
        and rule is not None
        and rule.frequency is Frequency.YEARLY
        and not (rule.months or rule.days or rule.weekdays)
        and rule.nth is None
        and rule.covers is None
        and not rule.offset
    )


def every_few_years(
    one: Deadline, text: str, count: int, first: date, words: str | None = None
) -> Deadline:
    """`one`'s yearly rule due every `count` years from the year of `first`, its reading
    saying so in `words` (by default "N năm một lần, từ năm Y") where "hằng năm" stood."""
    assert one.recurrence is not None
    rule = replace(one.recurrence, interval=count, anchor=first)
    words = words or f"{count} năm một lần, từ năm {first.year}"
    reading = one.reading.replace(_EVERY_YEAR, words, 1)
    if words not in reading:
        reading = f"{words}; {reading}"
    return replace(one, phrase=text, recurrence=rule, rrule=rrule_text(rule), reading=reading)

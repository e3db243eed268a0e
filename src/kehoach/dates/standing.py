"""A standing rule's day without a year: every year on that day.

A law, a decree, a circular or a reporting regime prints a day and a month with no year and
means *every year*: "Trước ngày 15 tháng 11, Quốc hội quyết định dự toán ngân sách nhà nước"
(Luật Ngân sách nhà nước 2015, Điều 19), "Báo cáo phải gửi trước ngày 10 tháng 01 của năm
sau" (Thông tư 07/2016/TT-BLĐTBXH), "chậm nhất ngày 15/3 năm sau". The phrase alone cannot
tell such a rule from a one-off plan's "Trước ngày 30/6" (the plan's year), so the document
must say it: `Context.standing` (the lead's ruling of session 34; set by a plan file's
`standing: true`, `kehoach deadline --standing`, a corpus file of kind `reporting-rule`).

Under it, one day-month with no year, after the words the grammar reads for a dated
deadline (trước, chậm nhất, hạn, vào, đến, "ngày"), or alone, reads as the yearly
recurrence on that day, as if "hằng năm" were printed; "(của) năm sau" / "năm tiếp theo"
after it is the year after the one reported on (`Recurrence.offset` -1). A phrase with a
year, a second day or month, a lunar day, "năm nay" or any word the grammar does not read
stays as it reads without the rule: the reading must be the yearly rule on the day said,
else nothing is read here. A list of day-months on one day of the month ("Trước ngày 05/4,
05/7, 05/10, 05/11") is one yearly rule on that day of each month (`standingdays`); a window
closed by "năm sau" ("từ ngày 1/2 đến hết ngày 30/6 năm sau") each year's window
(`standingwindow`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Frequency, Reader
from kehoach.dates.standingdays import read_day_per_period
from kehoach.dates.standingwindow import read_window_of_next_year

# the one day-month, folded, with the words before it that make it a deadline ("chậm nhất
# là vào ngày 15/3", "trước ngày 31 tháng 01", "hạn chót 20/12") and the year after it that
# it reports on ("năm sau", "của năm tiếp theo"); `lead` is empty for a day at the start
_DAY = re.compile(
    r"(?P<lead>(?:(?:(?<![a-z])(?:cham|muon)\s+nhat(?:\s+la)?|(?<![a-z])truoc|(?<![a-z])han"
    r"(?:\s+chot)?|(?<![a-z])vao|(?<![a-z])den(?:\s+het)?|(?<![a-z])toi)\s+)*)"
    r"(?P<said>(?:(?<![a-z])ngay\s+)?(?<![\d/.-])(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})"
    r"(?!\s*[/.-]\s*\d)|\s+thang\s+(?P<mw>\d{1,2}))(?!\d))"
    r"(?:(?P<next>\s+(?:cua\s+)?nam\s+(?:sau|tiep\s+theo)(?![a-z]))"
    # ... or "năm trước" closing the phrase after a due day: "Ủy ban nhân dân cấp tỉnh trình Hội
    # đồng nhân dân cùng cấp quyết định dự toán ngân sách địa phương … trước ngày 10 tháng 12
    # năm trước" (Luật Ngân sách nhà nước 2015, Điều 30; Nghị định 163/2016/NĐ-CP, Điều 29):
    # the year before the budget year the work prepares, so each year's 10/12
    r"|(?P<prev>\s+nam\s+truoc(?=\W*\Z)))?",
    re.ASCII,
)
# the words before a day in the year before that make it a due day ("trước", "chậm nhất",
# "hạn"): never "đến ngày 31/12 năm trước", a figure's day (the balance at the year's end)
_DUE_BEFORE = re.compile(r"(?<![a-z])(?:truoc|(?:cham|muon)\s+nhat(?:\s+la)?|han(?:\s+chot)?)\s+\Z")
# anything that makes the day a one-off's or another calendar's: a year, this or another
# named year, a school year, a lunar day
_DOUBT = re.compile(
    r"\d{4}|(?<![a-z])(?:nam\s+(?:nay|toi|truoc|hoc|ke\s+hoach|bao\s+cao)|am\s+lich|al)(?![a-z])",
    re.ASCII,
)
_EVERY_YEAR = "hằng năm "
_NEXT_YEAR = " của năm sau"
STANDING_NOTE = "quy định áp dụng hằng năm (văn bản là quy định thường xuyên)"
_YEAR_BEFORE_NOTE = "ngày của năm trước năm mà việc phục vụ (“năm trước”); "


def read_standing(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The yearly reading of `text` under a standing rule (see the module), by `read` of the
    phrase with "hằng năm" before its day; None when `text` is not one day-month without a
    year, or that reading is not the yearly rule on the day said."""
    said = nfc(text)
    folded = fold(said)
    days = list(_DAY.finditer(folded))
    if len(days) > 1:  # "Trước ngày 05/4, 05/7, 05/10, 05/11": a day per period
        # ... or "từ ngày 1/2 đến hết ngày 30/6 năm sau": each year's window, on the last
        window = read_window_of_next_year(text, context, read) if len(days) == 2 else None
        return window or read_day_per_period(text, context, read)
    if len(days) != 1 or _DOUBT.search(_without_year_before(folded, days[0])):
        return None
    day = days[0]
    if day["prev"] and not _DUE_BEFORE.search(day["lead"]):
        return None
    if not day["lead"] and not day["said"].startswith("ngay") and folded[: day.start()].strip():
        return None  # "tỷ lệ 1/2": a bare number pair inside words is no day
    month, dd = int(day["m"] or day["mw"]), int(day["d"])
    # checked on the day as printed ("trước ngày D" is D), then read as the repository
    # counts "trước" (`strict_before`: D minus one day), as "… hằng năm" printed would be
    printed = replace(context, standing=False, strict_before=False)
    for rewritten in _with_every_year(said, day):
        try:
            readings = read(rewritten, printed)
            if not (len(readings) == 1 and _yearly_on(readings[0], month, dd, bool(day["next"]))):
                continue
            if context.strict_before:
                readings = read(rewritten, replace(context, standing=False))
        except (Unreadable, ValueError):
            continue
        if len(readings) == 1 and readings[0].kind is DeadlineKind.RECURRING:
            one = _for_the_year_after(readings[0]) if day["prev"] else readings[0]
            note = f"{one.reading}; {_YEAR_BEFORE_NOTE if day['prev'] else ''}{STANDING_NOTE}"
            return (replace(one, phrase=text, qualifier=None, reading=note),)
    return None


def may_read(text: str) -> bool:
    """Whether `text` holds the one day-month without a year a standing rule reads (cheap:
    no reading; what asks "would --standing read it?" of every refusal checks this first)."""
    folded = fold(nfc(text))
    days = list(_DAY.finditer(folded))
    return len(days) == 1 and not _DOUBT.search(_without_year_before(folded, days[0]))


def may_doubt(folded: str) -> bool:
    """Whether `folded` (a folded phrase) names a year or another calendar (`_DOUBT`: a year,
    "năm nay", "năm học", a lunar day), which makes its days a one-off's: no standing rule's
    every year (`standingspan` asks it of a span)."""
    return bool(_DOUBT.search(folded))


def _for_the_year_after(one: Deadline) -> Deadline:
    """`one`, due in the year before the one its work is for ("trước ngày 10 tháng 12 năm
    trước": the budget of the year after), naming that year (`Recurrence.offset` 1)."""
    if one.recurrence is None:
        return one
    return replace(one, recurrence=replace(one.recurrence, offset=1))


def _without_year_before(folded: str, day: re.Match[str]) -> str:
    """`folded` without the "năm trước" closing its due day (`_DAY`'s `prev`), which alone
    of the words `_DOUBT` names is read; `folded` as it is when the day has none."""
    if not day["prev"]:
        return folded
    return folded[: day.start("prev")] + folded[day.end("prev") :]


def refuse_one_year(readings: tuple[Deadline, ...]) -> None:
    """Refuse, under a standing rule, a reading whose year came from the plan ("trong tháng
    11", "từ ngày 01/12 đến ngày 15/12", "trước ngày 05/6 và 10/12" in a reporting regime):
    the document means every year, and the plan's year alone would be a wrong day each year
    after (fresh26, session 34). Raises `Unreadable` with the ways out."""
    if any(one.year_from_plan for one in readings):
        raise Unreadable(
            "văn bản là quy định áp dụng hằng năm (standing): cụm từ không ghi năm chỉ đọc "
            "được khi là một ngày mỗi năm; một khoảng hay nhiều ngày mỗi năm thì ghi "
            '"hằng năm" vào cụm từ, một lần thì ghi rõ năm (hoặc last_day)'
        )


def _with_every_year(said: str, day: re.Match[str]) -> list[str]:
    """`said` with "hằng năm" written where the grammar reads it: before the deadline's
    words ("hằng năm trước ngày 10 tháng 01 của năm sau"), else after its day ("chậm nhất
    vào 31/12 hằng năm"; not with "năm sau", which must follow the day)."""
    day_said = said[day.start("said") : day.end("said")]
    if not day["said"].startswith("ngay"):
        day_said = f"ngày {day_said}"  # "15/9 năm sau": the grammar reads "ngày 15/9 …"
    after = _NEXT_YEAR + said[day.end() :] if day["next"] else said[day.end() :]
    before = said[: day.start()] + _EVERY_YEAR + said[day.start() : day.start("said")]
    ways = [before + day_said + after]
    if not day["next"]:
        ways.append(said[: day.end("said")] + " hằng năm" + said[day.end() :])
    return ways


def _yearly_on(one: Deadline, month: int, day: int, next_year: bool) -> bool:
    """Whether `one` is the yearly rule due on `day`/`month` alone, reporting on the year
    before when the words said "năm sau", else on its own year."""
    rule = one.recurrence
    if one.kind is not DeadlineKind.RECURRING or rule is None:
        return False
    if rule.frequency is not Frequency.YEARLY or rule.months or rule.covers:
        return False
    offset = rule.offset or 0
    return (rule.month, rule.day, offset) == (month, day, -1 if next_year else 0)

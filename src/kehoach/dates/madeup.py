"""A day off and the day that makes it up, or the day work or school resumes: two milestones.

"nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy ngày
20/12/2025" (THCS Nguyễn Văn Trỗi, TP.HCM, 2025), "Công chức, viên chức đi làm thứ Bảy, ngày
27/12/2014 để nghỉ thứ Sáu, ngày 02/01/2015" (Bộ Nội vụ, Tết Dương lịch 2015), "được nghỉ 05
ngày liên tục từ thứ Tư ngày 30/4/2025 đến hết Chủ nhật ngày 04/5/2025 (làm bù vào thứ Bảy
ngày 26/4/2025)" (Quảng Ngãi, CV 2413/2025), "sẽ nghỉ 1 ngày vào thứ Năm (1/1/2026) và đi học
bình thường trở lại vào thứ Sáu (2/1/2026)": days off and the working days swapped for them
(Bộ luật Lao động 2019, Điều 111–112; the Prime Minister's yearly swap of days off) are days of
different meaning, neither one deadline of the other. The lead's ruling 52(a): read as two
milestones, each labelled with its own words ("… nghỉ lễ thêm", "học bù"), so nobody takes the
make-up day for the day off.

Read only when the phrase is exactly two clauses joined by "và", "để" or an opening
parenthesis right before the second clause's word of meaning (`_JOINT`), one clause naming
the days off ("nghỉ", its last word of meaning) and the other the day made up ("làm bù", "học
bù", "dạy bù"), the day back ("đi học lại", "đi làm trở lại") or, joined by "để", the day
worked ("đi làm thứ Bảy … để nghỉ …"); each clause read by the engine alone (its weekdays checked there),
to dated days only, years all printed or all the plan's in one year; a day back after the
days off, a make-up day never among them. Days off counted from their first day ("nghỉ 14
ngày từ ngày 10/2") before a day back are the window to its eve when the count agrees
(`_counted_to_the_day_back`). A condition, a negation, a thing told done, a replacement or an
alternative anywhere (`_DOUBT`) leaves the refusal standing (`label._MADE_UP`'s reason), and
so does anything unclear: which day is which is never guessed.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import replace
from datetime import timedelta
from enum import Enum

from kehoach.base.text import nfc
from kehoach.dates.grammar import Contradicted, Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader


class _Meaning(Enum):
    OFF = "nghỉ"
    MADE_UP = "làm bù"
    BACK = "trở lại"
    WORKED = "đi làm"


# the words of meaning, as printed (lower case, NFC): "nghỉ" with its marks ("nghị quyết"
# folds alike); the last one in a clause's label says what its day is
_WORDS = re.compile(
    r"(?<!\w)(?:(?P<made_up>(?:đi\s+)?(?:làm|học|dạy)\s+bù)"
    r"|(?P<back>(?:đi\s+)?(?:học|làm(?:\s+việc)?)(?:\s+bình\s+thường)?\s+(?:trở\s+)?lại)"
    r"|(?P<worked>đi\s+(?:làm|học)(?!\s+bù))"
    r"|(?P<off>nghỉ))(?!\w)"
)
# where the two clauses join: "… và học bù …", "…, để nghỉ …", "… (làm bù …)": right before
# the second clause's word of meaning (as printed, lower case)
_JOINT = re.compile(
    r"\s*,?\s+(?P<word>và|để)\s+(?=(?:sẽ\s+)?(?:được\s+)?(?:nghỉ|(?:đi\s+)?(?:làm|học|dạy)\s+bù"
    r"|đi\s+(?:làm|học)|(?:học|làm(?:\s+việc)?)(?:\s+bình\s+thường)?\s+(?:trở\s+)?lại)(?!\w))"
    r"|\s*\(\s*(?=(?:đi\s+)?(?:làm|học|dạy)\s+bù(?!\w))"
)
# a condition, a negation, a thing told done, a replacement, an alternative, a guess: the
# days may not hold as told (as printed, lower case; "đã" would fold as "da")
_DOUBT = re.compile(
    r"(?<!\w)(?:nếu|trường\s+hợp|không|chưa|đã|vừa|hoặc|thay\s+(?:vì|cho|thế)|chuyển|dời|lùi|hoãn"
    r"|tùy|tuỳ|có\s+thể|dự\s+phòng|so\s+với|khi)(?!\w)"
)
_LONGEST = 400  # characters: a longer text is a paragraph, not one sentence of a swap
_inside: ContextVar[bool] = ContextVar("_madeup_inside", default=False)


def day_off_and_made_up(text: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The milestones of a day off and its make-up day, or the day back, told in one sentence
    (see the module); None when `text` is not of that form or any doubt touches it."""
    clauses = _clauses(text)
    if clauses is None or _inside.get():
        return None
    head, tail, word = clauses
    token = _inside.set(True)
    try:
        first, second = _read(head, context, parse), _read(tail, context, parse)
        if not first and second:  # "nghỉ 14 ngày từ ngày 10/2 … và đi học lại vào 24/2"
            first = _counted_to_the_day_back(head, second, context, parse)
        elif first and not second:
            second = _counted_to_the_day_back(tail, first, context, parse)
    finally:
        _inside.reset(token)
    meanings = _meaning(first, word), _meaning(second, word)
    if None in meanings or (meanings[0] is _Meaning.OFF) == (meanings[1] is _Meaning.OFF):
        return None
    # a day worked "để nghỉ" (so as to take) a day off, never the other way
    if word == "để" and meanings[1] is not _Meaning.OFF:
        return None
    if not _days_fit(first, second, meanings[0] is _Meaning.OFF, meanings):
        return None
    off_clause, off, other = (
        (head, first, second) if meanings[0] is _Meaning.OFF else (tail, second, first)
    )
    if miscount := _miscounted(off_clause, off, other, meanings):
        raise Contradicted(
            f"“{miscount}” không khớp với số ngày từ ngày nghỉ đầu đến ngày trở lại: số ngày "
            "nghỉ hoặc một trong hai ngày in sai; không đoán, ghi mỗi ngày một mốc (deadlines) "
            "theo văn bản"
        )
    return tuple(replace(one, phrase=text) for one in (*_labelled(first), *_labelled(second)))


def _clauses(text: str) -> tuple[str, str, str | None] | None:
    """The two clauses of `text` (as printed) and the word joining them ("và", "để"; None for
    a parenthesis closing the phrase): None when no doubt-free sentence of one joint."""
    shown = nfc(text)
    said = shown.lower()
    if len(shown) > _LONGEST or _DOUBT.search(said):
        return None
    joints = [one for one in _JOINT.finditer(said) if _outside_parentheses(said, one.start())]
    if len(joints) != 1:
        return None
    joint = joints[0]
    head, tail = shown[: joint.start()], shown[joint.end() :]
    if joint["word"] is None:  # "(làm bù …)" closes the phrase
        closing = re.fullmatch(r"(?P<inner>[^()]*)\)[\s.;]*", tail)
        if closing is None:
            return None
        tail = closing["inner"]
    return head, tail, joint["word"]


def _read(clause: str, context: Context, parse: Reader) -> tuple[Deadline, ...]:
    """The readings of one clause; none when it is refused."""
    try:
        return parse(clause, context)
    except Unreadable:
        return ()


# the days off counted from their first day, the clause's end: "cho học sinh nghỉ 14 ngày từ
# ngày 10/2 (tức 23 tháng Chạp)" (as printed, lower case)
_COUNTED_FROM = re.compile(
    r"(?<!\w)nghỉ\s+(?P<count>\d{1,2})\s+ngày(?:\s+liên\s+(?:tục|tiếp))?\s*,?\s+từ\s+"
    r"(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?(?:\s*\([^()]*\))?[\s.;]*\Z"
)


def _counted_to_the_day_back(
    clause: str, other: tuple[Deadline, ...], context: Context, parse: Reader
) -> tuple[Deadline, ...]:
    """The days off of `clause`, counted from their first day ("nghỉ 14 ngày từ ngày 10/2"),
    as the window up to the eve of the day back the other clause reads (`other`): "… và đi
    học lại vào 24/2" (Trường Hoa Sen, TP.HCM, Tết 2026; za-dantri-tphcm). Read only when the
    count is the days from the first day to that eve; none otherwise (the refusal stands)."""
    counted = _COUNTED_FROM.search(clause.lower())
    back = other[0] if len(other) == 1 else None
    if counted is None or back is None or back.first is None or back.first != back.last:
        return ()
    if _meaning(other, None) is not _Meaning.BACK:
        return ()
    eve = back.first - timedelta(days=1)
    said = f"{eve.day}/{eve.month}" + ("" if back.year_from_plan else f"/{eve.year}")
    span = _read(f"{clause.rstrip(' .;')} đến hết ngày {said}", context, parse)
    if len(span) != 1 or span[0].kind is not DeadlineKind.WINDOW or span[0].first is None:
        return ()
    if (back.first - span[0].first).days != int(counted["count"]):
        return ()
    return span


def _outside_parentheses(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("(") == before.count(")")


def _meaning(readings: tuple[Deadline, ...], word: str | None) -> _Meaning | None:
    """What the days of one clause are, by the last word of meaning of its first reading's
    label; None when the clause is not dated days only, or says nothing of its meaning. A
    day "đi làm" (worked) is a make-up day only before "để nghỉ …" (l-bnv's order)."""
    if not readings or any(not _dated(one) for one in readings):
        return None
    words = list(_WORDS.finditer(nfc(readings[0].label or "").lower()))
    if not words:
        return None
    kind = _Meaning[str(words[-1].lastgroup).upper()]
    if kind is _Meaning.WORKED:
        return _Meaning.MADE_UP if word == "để" else None
    return kind


def _dated(one: Deadline) -> bool:
    """A day or a span with its first and last day, no rule, no start alone."""
    if one.kind is DeadlineKind.DATE:
        return one.first is not None and one.first == one.last
    return one.kind is DeadlineKind.WINDOW and one.first is not None and one.last is not None


def _days_fit(
    first: tuple[Deadline, ...],
    second: tuple[Deadline, ...],
    off_first: bool,
    meanings: tuple[_Meaning | None, _Meaning | None],
) -> bool:
    """Whether the days off and the other days fit a swap: years all printed (or taken from
    a day printed beside them in their own clause), or all the plan's and of one year;
    make-up days single days outside the days off, a day back after them. A clause without
    its year beside one with it is refused: read alone it takes the plan's year as a
    deadline does ("ngày 2/1" in December is next January's), while read beside its
    neighbour it takes theirs; and so are days of the plan's year read into two years ("…
    2/1 và học bù vào ngày 20/12", issued in December): which the page means is never
    guessed."""
    readings = (*first, *second)
    if len({one.year_from_plan for one in readings}) != 1:
        return False
    years = {day.year for one in readings for day in (one.first, one.last) if day}
    if readings[0].year_from_plan and len(years) != 1:
        return False
    off, other = (first, second) if off_first else (second, first)
    other_meaning = meanings[1] if off_first else meanings[0]
    if any(one.kind is not DeadlineKind.DATE for one in other):
        return False
    spans = [(one.first, one.last) for one in off if one.first and one.last]
    days = [one.first for one in other if one.first]
    if any(start <= day <= end for day in days for start, end in spans):
        return False
    if other_meaning is _Meaning.BACK:
        return all(day > end for day in days for _, end in spans)
    return True


# the count of the days off, as printed (lower case): "nghỉ 1 ngày vào thứ Năm (1/1/2026)",
# "được nghỉ 05 ngày liên tục từ …", "nghỉ lễ 4 ngày …"
_COUNT_OFF = re.compile(
    r"(?<!\w)nghỉ\s+(?:thêm\s+)?(?:(?:lễ|tết)\s+)?(?P<count>\d{1,2})\s+ngày(?!\w)"
)


def _miscounted(
    clause: str,
    off: tuple[Deadline, ...],
    other: tuple[Deadline, ...],
    meanings: tuple[_Meaning | None, _Meaning | None],
) -> str | None:
    """The count of the days off in their `clause` ("nghỉ 1 ngày", as printed) when it is not
    the days from the first day off to the day back the other clause reads: counted on the
    calendar, or
    without the Saturdays and Sundays between (a weekend is no day off taken: "nghỉ 1 ngày
    vào thứ Sáu (2/1/2026) và đi làm trở lại vào thứ Hai (5/1/2026)"). "nghỉ 1 ngày vào thứ
    Năm (1/1/2026) … trở lại vào thứ Hai (5/1/2026)" (session 53's brief) leaves Friday 2/1
    untold: one of the two is wrong, and which is never guessed. None when no count, or no
    day back (a make-up day is no bound of the days off)."""
    counted = _COUNT_OFF.search(nfc(clause).lower())
    starts = [one.first for one in off if one.first]
    backs = [one.first for one in other if one.first]
    if counted is None or _Meaning.BACK not in meanings or not starts or not backs:
        return None
    first, back = min(starts), min(backs)
    days = [first + timedelta(days=n) for n in range((back - first).days)]
    weekdays = [day for day in days if day.weekday() < 5]
    if int(counted["count"]) in (len(days), len(weekdays)):
        return None
    return nfc(clause)[slice(*counted.span())]


def _labelled(readings: tuple[Deadline, ...]) -> tuple[Deadline, ...]:
    """The readings of one clause, each with the clause's label: "… đi làm bù vào thứ bảy
    ngày 25/1/2014 và thứ bảy, ngày 8/2/2014" labels its second day none of its own."""
    label = readings[0].label
    return tuple(one if one.label else replace(one, label=label) for one in readings)

"""Deadlines counted from something the plan knows: its issue day, an event it declares,
or the completion of one of its tasks.

"75 ngày trước ngày bầu cử" counts back from the plan's event "ngày bầu cử"; "10 ngày làm
việc kể từ ngày ban hành" from the plan's `issued`; "sau khi nhiệm vụ 3 hoàn thành 10
ngày làm việc" from task 3's completion, and until task 3 is done (as of the day asked
about) the deadline is waiting for it: never a guessed date. Counting follows the Civil
Code (dates/workdays.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kehoach.base.text import squash
from kehoach.dates.deadline import Deadline, DeadlineKind
from kehoach.dates.relative import Relative, read_relative
from kehoach.dates.workdays import Calendar, Counted, CountError, Rollover, count_from
from kehoach.plan.model import Plan, PlanEvent, Status, Task

# What names the plan's own issue day: "kể từ ngày ban hành Kế hoạch này", and its signing
# day ("kể từ ngày ký", "ngày ký Quyết định này"): a document carries the day it is signed
# as its date line, which is what `issued` records. Another document's signing ("ngày ký
# hợp đồng", "ngày ký quyết định giao đất") is an event the plan must declare.
_ISSUED = re.compile(
    r"^(?:ngay )?(?:(?:ky )?ban hanh(?: ke hoach(?: nay)?| van ban(?: nay)?)?"
    r"|ky(?: (?:ke hoach|van ban|quyet dinh|chi thi|thong bao|cong van|nghi quyet) nay)?)$"
)
_TASK = re.compile(
    r"^(?:khi )?nhiem vu (?:so )?(?P<id>[a-z0-9][a-z0-9.\-]*) (?:da |duoc )?hoan thanh$"
)

# The receipt of one case's paper: a file, a complaint, a denunciation, a petition, a request
# ("kể từ ngày nhận đủ hồ sơ hợp lệ", "kể từ ngày nhận khiếu nại", "kể từ ngày nhận được văn
# bản đề nghị miễn nhiệm"). Such a count is the processing time each case has from its own
# day of receipt (the "thời hạn giải quyết" of an administrative procedure; Luật Khiếu nại
# 2011), so no one day of the plan ends it and no event can be written for it. The receipt
# of one named document ("ngày nhận được văn bản của Ủy ban nhân dân cấp tỉnh") is one day:
# an event the plan declares.
_PER_CASE = re.compile(
    r"^(?:ngay |khi |thoi diem )?(?:tiep )?nhan(?: duoc)?(?: day du| du)?(?: cac| moi)? "
    r"(?:ho so|khieu nai|to cao|kien nghi|phan anh|don(?! vi)|de nghi|yeu cau|tin bao"
    r"|van ban (?:de nghi|yeu cau|khieu nai|to cao|kien nghi))\b"
)


class AnchorError(ValueError):
    """The anchor names nothing the plan knows (message in Vietnamese)."""


@dataclass(frozen=True)
class Anchor:
    """What a relative deadline counts from."""

    words: str  # as written: "ngày bầu cử"
    kind: str  # "issued" | "event" | "task" | "case" (each case's receipt: `counts_per_case`)
    # | "none" (the phrase names no day to count from)
    day: date | None  # None: a task not done yet
    task_id: str | None = None


@dataclass(frozen=True)
class Resolution:
    """A relative deadline as of a day: counted, waiting for its anchor, or in error."""

    relative: Relative
    counted: Counted | None = None
    waiting_for: str | None = None  # "nhiệm vụ 3 hoàn thành", while it is not known
    error: str | None = None


def relative_of(deadline: Deadline) -> Relative | None:
    """The deadline's counting: the deadline language's own reading when it gives one,
    else this package's small reading of the phrase."""
    if deadline.kind is not DeadlineKind.RELATIVE:
        return None
    given = getattr(deadline, "relative", None)  # Deadline.relative, when the language has it
    if given is not None:
        return Relative(given.offset, given.unit, given.working_days, given.direction, given.anchor)
    return read_relative(deadline.phrase)


def counts_per_case(words: str) -> bool:
    """Whether an anchor is the receipt of each case's paper ("ngày nhận khiếu nại", "ngày
    nhận đủ hồ sơ hợp lệ"): a count every file, complaint or request has from its own day,
    not one day of the plan."""
    return _PER_CASE.match(squash(words)) is not None


def find_event(plan: Plan, words: str) -> PlanEvent | None:
    """The declared event `words` name; "ngày bầu cử" finds an event named "bầu cử" too,
    and "khi nhận được ý kiến của Bộ Nội vụ" (the anchor of "Sau khi nhận được …, trong
    thời hạn 07 ngày làm việc" keeps its "khi") one named "nhận được ý kiến của Bộ Nội vụ"
    (`matched_loosely`), when that is the only one."""
    wanted = _bare(words)
    exact = next((event for event in plan.events if _bare(event.name) == wanted), None)
    if exact is not None:
        return exact
    loose = [event for event in plan.events if _loose(event.name) == _loose(words)]
    return loose[0] if len(loose) == 1 else None


def matched_loosely(plan: Plan, words: str) -> PlanEvent | None:
    """The event `words` name only once "khi", "sau khi" or "kể từ khi" is set aside on
    either side (`validate` says which, as the names differ); None for an exact match."""
    event = find_event(plan, words)
    return event if event is not None and _bare(event.name) != _bare(words) else None


def _bare(words: str) -> str:
    return squash(words).removeprefix("ngay ").strip()


# "khi" and "sau khi" open the clause an anchor comes from ("Sau khi nhận được …"), as
# "ngày" opens a named day: no part of the event's name
_WHEN = re.compile(r"^(?:(?:ke )?tu khi|sau khi|khi) ")


def _loose(words: str) -> str:
    return _WHEN.sub("", _bare(words))


def names_issue_day(words: str) -> bool:
    """Whether an anchor's words name the plan's own issue day ("ngày ban hành")."""
    return bool(_ISSUED.match(squash(words)))


def anchor_of(plan: Plan, relative: Relative, today: date | None = None) -> Anchor:
    """What `relative` counts from in `plan`, with its day when known as of `today` (a
    task's completion counts once reported done on or before `today`; without `today`,
    whenever reported). An event the plan does not declare, or an issue day it does not
    give, is not known yet: its day is None; so is each case's receipt ("ngày nhận khiếu
    nại", kind "case"), unless the plan declares it as an event. Raises `AnchorError` for a task that does
    not exist."""
    if relative.anchor is None:  # "báo cáo UBND tỉnh trong 30 ngày làm việc": no anchor said
        return Anchor("", "none", None)
    key = squash(relative.anchor)
    if _ISSUED.match(key):
        return Anchor(relative.anchor, "issued", plan.issued)
    if match := _TASK.match(key):
        task = _task(plan, match["id"])
        return Anchor(relative.anchor, "task", _completion(task, today), task.id)
    event = find_event(plan, relative.anchor)
    if event is None and counts_per_case(relative.anchor):
        return Anchor(relative.anchor, "case", None)
    return Anchor(relative.anchor, "event", event.day if event else None)


def unknown_anchor(plan: Plan, anchor: Anchor) -> str | None:
    """Why an anchor has no day that validate should tell about (None for a task not done
    yet: waiting for it is normal)."""
    if anchor.kind == "none":
        return (
            "cụm từ không nêu mốc tính thời hạn (đếm từ ngày nào); ghi last_day theo văn bản, "
            "hoặc viết cụm từ có mốc (“… kể từ ngày …”)"
        )
    if anchor.kind == "issued" and anchor.day is None:
        return "kế hoạch chưa ghi ngày ban hành (issued) để tính thời hạn"
    if anchor.kind == "event" and anchor.day is None and find_event(plan, anchor.words):
        return (
            f"sự kiện “{anchor.words}” chưa có ngày (day: null trong events:); thời hạn "
            "chờ tới khi ghi ngày của sự kiện"
        )
    if anchor.kind == "event" and anchor.day is None:
        declared = ", ".join(f"“{e.name}”" for e in plan.events) or "chưa có sự kiện nào"
        return (
            f"“{anchor.words}” không phải sự kiện đã khai báo trong events: của kế hoạch "
            f"({declared}); thời hạn chờ tới khi ghi ngày của sự kiện"
        )
    return None


def _task(plan: Plan, task_id: str) -> Task:
    for task in plan.tasks:
        if task.id.lower() == task_id:
            return task
    raise AnchorError(f"kế hoạch không có nhiệm vụ “{task_id}” để tính thời hạn từ đó")


def _completion(task: Task, today: date | None) -> date | None:
    if task.status is not Status.DONE or task.completed is None:
        return None
    return task.completed if today is None or task.completed <= today else None


def resolve(
    plan: Plan,
    relative: Relative,
    today: date | None,
    calendar: Calendar | None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Resolution:
    """Count `relative` in `plan` as of `today`."""
    try:
        anchor = anchor_of(plan, relative, today)
        if anchor.day is None:
            return Resolution(relative, waiting_for=anchor.words)
        counted = count_from(
            anchor.day,
            relative.offset,
            relative.unit,
            working_days=relative.working_days,
            direction=relative.direction,
            calendar=calendar,
            rollover=rollover,
        )
    except (AnchorError, CountError) as exc:
        return Resolution(relative, error=str(exc))
    return Resolution(relative, counted=counted)


def resolve_deadline(
    plan: Plan,
    deadline: Deadline | None,
    today: date | None,
    calendar: Calendar | None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Resolution | None:
    """`resolve` for a milestone's deadline; None when it is not counted from anything."""
    relative = relative_of(deadline) if deadline is not None else None
    if relative is None:
        return None
    return resolve(plan, relative, today, calendar, rollover)

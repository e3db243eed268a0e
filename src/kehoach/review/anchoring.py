"""Why a counted deadline's day changed while its phrase stayed: what it counts from did.

"Chậm nhất 40 ngày trước ngày bầu cử" has no day while the plan's event "ngày bầu cử" has
none (`day: null`); the clerk writing the election's day gives every deadline counted
from it its day at once. That is no move of the deadline: no task's history can record
it (an entry names a new phrase) and none is needed, since the one edit that made it, the
event's day, is its reason. `diff --require-reasons` demanded a reason per task
(fresh23's clerk). Likewise a task counted from another's completion gets its day when
that task is reported done, and a count from the issue day when `issued` is written.
An issue day corrected from one day to another moves what counts from it: the correction
is its cause, shown at each deadline; the document is its evidence (`_issued_corrected`);
it is a correction of the record, no moved deadline (counted apart by `diff` and `slips`).
So it is for a phrase that takes its year from the issue day ("Trước ngày 30/6" in a plan
issued in 2026): the year corrected moves it a year, by the same correction (`year_change`).

An event whose day moves from one day to another is a move of every deadline counted
from it: it is decided in writing, and the event's `decided_by` names the document; the
move is explained when that document is given anew with the new day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach.dates.deadline import Deadline
from kehoach.dates.grammar import show
from kehoach.plan.model import Plan
from kehoach.plan.relative import Anchor, AnchorError, anchor_of, find_event, relative_of


@dataclass(frozen=True)
class AnchorChange:
    """What a deadline counts from, changed between two versions of its plan."""

    words: str  # the change as a reader is told it: "sự kiện “ngày bầu cử” được ấn định ngày …"
    decided_by: str | None  # the document that set the new day (an event's `decided_by`)
    explained: bool  # no per-task reason is needed: the anchor's change is the reason
    dated: bool  # the day was not known before: the deadline got its day, it did not move
    # The record corrected, nothing moved: a year-less phrase's year follows the issue
    # day, and the day printed on the document was typed wrong (`year_change`)
    correction: bool = False
    # The plan's kind changed (`standing`): a year-less day is every year's, or the issue
    # year's, from now on; the deadline is read anew, nothing moved it (`kind_change`)
    reread: bool = False
    unread: bool = False  # read anew, the phrase no longer reads (a standing rule refuses it)


def anchor_change(old_plan: Plan, new_plan: Plan, deadline: Deadline) -> AnchorChange | None:
    """The change of what `deadline` (read in `new_plan`, its phrase the same in both)
    counts from; None when it counts from nothing, or from the same day on both sides."""
    relative = relative_of(deadline)
    if relative is None:
        return None
    try:
        old, new = anchor_of(old_plan, relative), anchor_of(new_plan, relative)
    except AnchorError:
        return None
    if old.kind != new.kind or old.day == new.day:
        return None
    if new.kind == "event":
        return _event_change(old_plan, new_plan, relative.anchor or "", old.day, new.day)
    return _known_change(new, old.day)


def year_change(
    old_plan: Plan, new_plan: Plan, deadline: Deadline, before: date | None
) -> AnchorChange | None:
    """The issue day written or corrected, when `deadline` (read in `new_plan`, its
    milestone the same in both, due on `before` in `old_plan`) takes its year from it
    (`Deadline.year_from`: "Trước ngày 30/6" in a plan issued in 2026 is due 30/06/2026):
    that edit gave it its day, or moved it, as it does a count from the issue day. None
    for a phrase that writes its year, an issue day unchanged or taken away, and a phrase
    that had a day with no issue day (the year of `in_force`): a move to explain."""
    old_day, new_day = old_plan.issued, new_plan.issued
    if deadline.year_from == "phrase" or new_day is None or old_day == new_day:
        return None
    if old_day is None and before is not None:
        return None
    if old_day is None:
        words = f"kế hoạch được ghi ngày ban hành {show(new_day)}"
        return AnchorChange(f"{words}{_YEAR_FROM_ISSUED}", None, explained=True, dated=True)
    words = _issued_corrected(new_day, old_day).words
    return AnchorChange(
        f"{words}{_YEAR_FROM_ISSUED}", None, explained=True, dated=False, correction=True
    )


_YEAR_FROM_ISSUED = ": cụm từ không ghi năm, năm lấy theo ngày ban hành"


def kind_change(old_plan: Plan, new_plan: Plan, *, reads: bool = True) -> AnchorChange | None:
    """The plan made a standing rule, or no longer one (`standing`), for a milestone left
    untouched whose reading changed with it: "Trước ngày 30/6" is every year's 30 June in
    a standing rule, the issue year's in any other plan (README, "A standing rule"). A
    change of the plan's kind, said once for the plan; no task's history can record it,
    and none is asked (`reads`: False when the phrase no longer reads, which the reading
    says). None when `standing` is the same on both sides."""
    if old_plan.standing == new_plan.standing:
        return None
    words = KIND_WORDS[new_plan.standing]
    return AnchorChange(words, None, True, False, reread=True, unread=not reads)


KIND_WORDS = {
    False: "kế hoạch không còn là quy định định kỳ: ngày, tháng không ghi năm đọc theo năm "
    "ban hành",
    True: "kế hoạch thành quy định định kỳ: ngày, tháng không ghi năm là thời hạn hằng năm",
}


def _known_change(new: Anchor, old_day: date | None) -> AnchorChange | None:
    """A task reported done (or its completion day corrected), or the plan's issue day
    written: facts the count follows by its own words, nothing decided."""
    if new.day is None:
        return None
    if new.kind == "task":
        words = f"nhiệm vụ {new.task_id} hoàn thành ngày {show(new.day)}"
        if old_day is not None:
            words += f" (trước đây ghi {show(old_day)})"
        return AnchorChange(words, None, explained=True, dated=old_day is None)
    if new.kind == "issued" and old_day is None:
        words = f"kế hoạch được ghi ngày ban hành {show(new.day)}"
        return AnchorChange(words, None, explained=True, dated=True)
    if new.kind == "issued" and old_day is not None:
        return _issued_corrected(new.day, old_day)
    return None


def _issued_corrected(new_day: date, old_day: date) -> AnchorChange:
    """The plan's issue day changed from one day to another: the day printed on the
    document, corrected in its record (a slip of the keyboard, or the signed copy read
    again), not a decision to move anything. Its evidence is the document itself
    (`source`), so no task's history is asked for a reason; each deadline counted from it
    names the correction as its cause, and the plan's line shows it once. A correction,
    not a moved deadline (the lead's ruling, session 36): `slips` lists it apart
    ("Đính chính") and counts no move, as it does a year-less day following the issue day."""
    words = f"ngày ban hành kế hoạch sửa thành {show(new_day)} (trước đây ghi {show(old_day)})"
    return AnchorChange(words, None, explained=True, dated=False, correction=True)


def _event_change(
    old_plan: Plan, new_plan: Plan, words: str, old_day: date | None, new_day: date | None
) -> AnchorChange:
    """An event given its day (explained), or moved to another day or back to none
    (explained when the event names its deciding document anew)."""
    event = find_event(new_plan, words)
    before = find_event(old_plan, words)
    name = event.name if event else words
    decided_by = event.decided_by if event else None
    if old_day is None and new_day is not None:
        said = f"sự kiện “{name}” được ấn định ngày {show(new_day)}"
        return AnchorChange(said, decided_by, explained=True, dated=True)
    fresh = decided_by is not None and (before is None or before.decided_by != decided_by)
    if new_day is None:  # the day taken back: what counts from it waits again
        said = f"sự kiện “{name}” bỏ ngày đã ấn định, chưa có ngày mới"
    else:
        said = f"sự kiện “{name}” dời sang ngày {show(new_day)}"
    return AnchorChange(said, decided_by if fresh else None, explained=fresh, dated=False)

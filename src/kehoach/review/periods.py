"""The periods a recurring deadline owes, changed by a review: a standing plan's issue day
corrected a year earlier (or its `from`) starts its series a year earlier and adds that
year's report, overdue when its day is past; `status` counts it, so `kehoach diff` names
it. Split from `review.diff` (one concept per module); the series are read by
`dates.recurrence`, their start by `plan.schedule.series_start`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from kehoach.dates.deadline import Deadline
from kehoach.dates.recurrence import Occurrence, occurrences, period_key
from kehoach.dates.workdays import Calendar
from kehoach.plan.model import Milestone, Plan, Task
from kehoach.plan.schedule import series_start
from kehoach.reports.status import occurrence_day

# How a side reads a milestone (`diff.Sides.read`): None when the phrase does not read
Reader = Callable[[Milestone, Plan], Deadline | None]


@dataclass(frozen=True)
class Due:
    """One occurrence of a recurring milestone: its period, its due day (as `status`
    counts it: the rule's day rolled off a day off, BLDS 2015 Điều 148.5), and whether it
    is past `Sides.today` with no report recorded for it."""

    period: str
    due: date
    overdue: bool = False
    written: date | None = None  # the rule's day, when a day off rolled it to `due`


@dataclass(frozen=True)
class PeriodShift:
    """A recurring milestone left untouched whose series starts on another day (the issue
    day corrected, or `from`): the periods owed that the change adds, or takes away. A
    standing plan's issue day corrected a year earlier adds that year's report, overdue
    when its day is past: `status` counts it, so the review names it."""

    milestone: int  # 1-based
    old_start: date
    new_start: date
    added: tuple[Due, ...]
    removed: tuple[Due, ...]


def period_shifts(
    old: Task,
    new: Task,
    old_plan: Plan,
    new_plan: Plan,
    *,
    read: Reader,
    today: date | None,
    calendar: Calendar | None,
) -> Iterator[PeriodShift]:
    """The periods owed that a new series start adds or takes away, for each recurring
    milestone the same on both sides (`PeriodShift`); an added period is overdue when past
    `today` with no report (None: none judged). Each due day rolled off a day off by
    `calendar` as `status` rolls it (`reports.status.occurrence_day`; None: not rolled)."""
    old_start, new_start = series_start(old_plan, old), series_start(new_plan, new)
    if old_start is None or new_start is None or old_start == new_start:
        return
    for index, milestone in enumerate(new.milestones):
        if index >= len(old.milestones) or old.milestones[index] != milestone:
            continue
        deadline = read(milestone, new_plan)
        if deadline is None or deadline.series is None:
            continue
        early, late = sorted((old_start, new_start))
        until = new.until if new_start < old_start else old.until
        found = occurrences(deadline.series, early, late - timedelta(days=1), until)
        gained = new_start < old_start  # a period taken away is owed no more
        roll = _Roll(calendar, new_plan, deadline)
        dues = tuple(
            _due(o, new, index, today, roll) if gained else roll.due(o.period, o.due) for o in found
        )
        if dues:
            yield PeriodShift(
                index + 1, old_start, new_start, dues if gained else (), () if gained else dues
            )


@dataclass(frozen=True)
class _Roll:
    """How a milestone's occurrences fall due: its plan, its reading, the calendar."""

    calendar: Calendar | None
    plan: Plan
    deadline: Deadline

    def due(self, period: str, day: date, *, overdue: bool = False) -> Due:
        rolled = occurrence_day(day, self.calendar, self.plan, self.deadline)
        return Due(period, rolled, overdue, written=day if rolled != day else None)


def _due(occurrence: Occurrence, task: Task, index: int, today: date | None, roll: _Roll) -> Due:
    """An occurrence, overdue when past `today` (its rolled day) and no report of `task`
    names it."""
    key = period_key(occurrence.period)
    reported = any(
        period_key(r.period) == key and (r.milestone or index + 1) == index + 1
        for r in task.reports
    )
    due = roll.due(occurrence.period, occurrence.due)
    past = today is not None and due.due < today
    return roll.due(occurrence.period, occurrence.due, overdue=past and not reported)

"""Why deadlines moved: every move of a deadline over a period, counted per agency and
grouped by reason.

At its session of March 2022 the Standing Committee of the Nghệ An provincial Party
committee found that many programmes had to push back their approval dates, and asked
the agencies to establish *why the timing of tasks had to change* ("cần xác định được vì
sao phải thay đổi thời gian thực hiện", in the session's news report). This module
answers it for a whole repository: how many moves, by how many days, how many tasks
moved more than once, which moves carry no reason or no deciding document, and the
reasons grouped.

A move is a `Slip`. Two sources give them:

- the files themselves: each `history` entry of a task (`recorded_slips`), which is all
  there is outside git;
- git, where the plans live in a repository: each commit that changed a milestone's day
  (`kehoach.review.slips` walks the commits, as `kehoach log` does). `reconcile` pairs
  the two: a move git saw is *recorded* when a history entry says it (written in the same
  commit, or added later), *unrecorded* otherwise (a hand edit that got through); an entry
  git never saw (written before the file came into the repository) still counts.

Pure: nothing here runs git, reads the clock or prints.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.deadline import DeadlineError
from kehoach.dates.holidaytable import vietnam_calendar
from kehoach.dates.workdays import Calendar
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Change, Milestone, Plan, Task
from kehoach.plan.schedule import context_for, read_milestone
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection
from kehoach.reports.status import DueDay, agency_key, due_day


@dataclass(frozen=True)
class Commit:
    """The git commit that made a move: short enough to name in a report."""

    sha: str
    author: str
    day: date  # the author date, in the author's own offset
    subject: str


@dataclass(frozen=True)
class Cause:
    """What moved a deadline whose phrase stayed: what it counts from changed (an event
    moved, the issue day corrected; `kehoach.review.anchoring` finds it). No task's history
    can record such a move (an entry names a new phrase): the change is its reason, as
    `kehoach diff` and `kehoach log` say it."""

    words: str  # "sự kiện “ngày bầu cử” dời sang ngày 30/05/2027"
    decided_by: str | None  # the event's deciding document, given anew with the new day
    explained: bool  # the change carries what explains it (a document, or a correction)
    # The issue day corrected, a phrase without its year following it: the deadline
    # stood where the document put it, only its record changed (not a slip)
    correction: bool = False


@dataclass(frozen=True)
class Slip:
    """One move of one deadline: a milestone's phrase changed and its day with it."""

    plan_id: str
    plan_number: str | None
    task_id: str
    title: str
    lead: tuple[str, ...]  # the lead agencies when it moved: as written, then (in a
    # report) as the registry names them
    milestone: int  # 1-based
    old_phrase: str
    new_phrase: str
    # The day each phrase falls due, as `status` counts it (a window's last day, rolled
    # off a day off: `reports.status.due_day`)
    old_due: date | None
    new_due: date | None
    recorded: Change | None  # the history entry that records the move; None: a hand edit
    commit: Commit | None = None  # None: known from the files only
    milestones: int = 1  # how many the task has: a move names its milestone when several
    cause: Cause | None = None  # the phrase unchanged: what it counts from moved it
    # The last day each phrase writes, when a day off rolled it to `old_due`/`new_due`
    old_written: date | None = None
    new_written: date | None = None

    @property
    def days(self) -> int | None:
        """Days later (positive) or earlier (negative); None when a phrase has no day."""
        if self.old_due is None or self.new_due is None:
            return None
        return (self.new_due - self.old_due).days

    @property
    def on(self) -> date | None:
        """When it moved: the day the change was decided, else the day it was committed."""
        if self.recorded is not None:
            return self.recorded.date
        return self.commit.day if self.commit else None

    @property
    def explained(self) -> bool:
        """A reason and the document deciding it: extensions are decided in writing by
        whoever assigned the task (the rule `kehoach diff --require-reasons` applies). A
        move by what the deadline counts from is explained as `diff` explains it."""
        if self.cause is not None and self.recorded is None:
            return self.cause.explained
        return self.recorded is not None and bool(self.recorded.decided_by)

    @property
    def correction(self) -> bool:
        """The day changed by the issue day corrected, the phrase without its year (an
        "đính chính ngày ban hành"): the document never moved the deadline, so it is no
        slip; `kehoach diff` explains it by the same correction."""
        return self.recorded is None and self.cause is not None and self.cause.correction

    @property
    def unrecorded(self) -> bool:
        """A hand edit: no history entry, and no change of what it counts from."""
        return self.recorded is None and self.cause is None

    @property
    def reason(self) -> str | None:
        """The recorded reason, else the change of what it counts from."""
        if self.recorded is not None:
            return self.recorded.reason
        return self.cause.words if self.cause else None

    @property
    def key(self) -> tuple[str, str]:
        """The task it belongs to."""
        return self.plan_id, self.task_id


@dataclass(frozen=True)
class Period:
    """The days a move's `on` must fall in; either end open."""

    start: date | None = None
    end: date | None = None

    def holds(self, day: date | None) -> bool:
        if day is None:  # a hand edit known from nowhere but the files cannot happen
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Tally:
    """The figures of one agency, or of everything."""

    moves: int = 0
    later: list[int] = field(default_factory=list)  # days, one per move later
    earlier: list[int] = field(default_factory=list)  # days (positive), one per move earlier
    undated: int = 0  # moves whose old or new phrase has no day (Thường xuyên, unreadable)
    unrecorded: int = 0  # found in git, no history entry: a hand edit
    undecided: int = 0  # recorded with a reason but no deciding document
    tasks: dict[tuple[str, str], int] = field(default_factory=dict)  # moves per task

    def add(self, slip: Slip) -> None:
        self.moves += 1
        days = slip.days
        if days is None:
            self.undated += 1
        elif days > 0:
            self.later.append(days)
        else:
            self.earlier.append(-days)
        self.unrecorded += slip.unrecorded
        self.undecided += not slip.unrecorded and not slip.explained
        self.tasks[slip.key] = self.tasks.get(slip.key, 0) + 1

    @property
    def unexplained(self) -> int:
        return self.unrecorded + self.undecided

    @property
    def tasks_moved(self) -> int:
        return len(self.tasks)

    @property
    def tasks_moved_again(self) -> int:
        """Tasks moved more than once in the period (any of their milestones)."""
        return sum(count > 1 for count in self.tasks.values())

    @property
    def days_later(self) -> int:
        return sum(self.later)

    @property
    def days_earlier(self) -> int:
        return sum(self.earlier)

    @property
    def median_later(self) -> float | None:
        return statistics.median(self.later) if self.later else None

    @property
    def median_earlier(self) -> float | None:
        return statistics.median(self.earlier) if self.earlier else None


@dataclass(frozen=True)
class ReasonGroup:
    """The moves that gave one reason (None: no reason recorded)."""

    reason: str | None  # as most often written (the first met on a tie); spellings that
    # differ only in case, spacing or final punctuation are one reason
    slips: tuple[Slip, ...]

    @property
    def days_later(self) -> int:
        return sum(s.days for s in self.slips if s.days is not None and s.days > 0)

    @property
    def days_earlier(self) -> int:
        """Days earlier, counted positive."""
        return -sum(s.days for s in self.slips if s.days is not None and s.days < 0)


@dataclass(frozen=True)
class SlipReport:
    """Everything `kehoach slips` shows."""

    period: Period
    git: bool  # cross-checked with git (False: the files' history alone)
    slips: tuple[Slip, ...]  # most days first (later or earlier), then by day
    total: Tally
    agencies: tuple[tuple[str, Tally], ...]  # lead agencies, most moves first
    reasons: tuple[ReasonGroup, ...]  # most moves first; no reason last
    reworded: int = 0  # phrase changed, same day: not a move, not counted
    # Days changed by the issue day corrected (`Slip.correction`): listed apart, not counted
    corrections: tuple[Slip, ...] = ()

    def unexplained(self) -> list[Slip]:
        """The moves without a recorded reason and deciding document."""
        return [s for s in self.slips if not s.explained]


# --- the moves the files record -----------------------------------------------------------


def recorded_slips(
    plan_files: Iterable[PlanFile], settings: Settings, calendar: Calendar | None = None
) -> list[Slip]:
    """Every `history` entry of every task, as a move (no commit known), its days counted
    by `calendar` as `status` counts them (the public holidays alone when None)."""
    calendar = calendar or vietnam_calendar()
    return [
        _from_entry(pf.plan, task, change, settings, calendar)
        for pf in plan_files
        for task in pf.plan.tasks
        for change in task.history
    ]


def _from_entry(
    plan: Plan, task: Task, change: Change, settings: Settings, calendar: Calendar
) -> Slip:
    old = phrase_day(change.from_, plan, settings, calendar, change.from_last_day)
    new = phrase_day(change.to, plan, settings, calendar)
    return Slip(
        plan.id,
        plan.number,
        task.id,
        task.title,
        tuple(task.lead),
        change.milestone or 1,
        change.from_,
        change.to,
        old.due if old else None,
        new.due if new else None,
        change,
        milestones=len(task.milestones),
        old_written=old.written if old else None,
        new_written=new.written if new else None,
    )


def phrase_day(
    phrase: str,
    plan: Plan,
    settings: Settings,
    calendar: Calendar,
    last_day: date | None = None,
) -> DueDay | None:
    """The day a phrase of `plan` falls due, as `status` counts it (`due_day`); the
    phrase's `last_day` recorded with it (a history entry's `from_last_day`) stands for
    the day it reads. None without a day."""
    try:
        deadline = read_milestone(
            Milestone(phrase=phrase, last_day=last_day), context_for(plan, settings)
        )
    except DeadlineError:
        return None
    return due_day(plan, deadline, calendar, settings.rollover)


def reconcile(recorded: Sequence[Slip], observed: Sequence[Slip]) -> list[Slip]:
    """The moves git `observed`, each paired with the history entry that records it, and
    the `recorded` entries git never saw.

    A move pairs with the entry it carried when its commit wrote one (the same entry in
    today's file), else with an entry of the same task and milestone from the same phrase
    to the same phrase: one written later, or corrected later (a deciding document added).
    The paired move takes the entry as today's file has it. None found, the move stays as
    git saw it: with the entry of its commit if that entry was later deleted, else
    unrecorded. Each entry pairs once, oldest move first.
    """
    left = list(recorded)
    out: list[Slip] = []
    for slip in observed:
        match = None if slip.cause else _pair(slip, left)  # no entry can record it
        if match is not None:
            left.remove(match)
        out.append(slip if match is None else replace(slip, recorded=match.recorded))
    return [*out, *left]


def _pair(slip: Slip, entries: Sequence[Slip]) -> Slip | None:
    same = [
        e
        for e in entries
        if (e.plan_id, e.milestone, e.new_phrase) == (slip.plan_id, slip.milestone, slip.new_phrase)
    ]
    exact = [e for e in same if slip.recorded is not None and e.recorded == slip.recorded]
    loose = [e for e in same if e.task_id == slip.task_id and e.old_phrase == slip.old_phrase]
    return next(iter(exact or loose), None)


# --- the report ---------------------------------------------------------------------------


def build_slips(
    slips: Iterable[Slip],
    directory: Directory | None,
    period: Period | None = None,
    *,
    selection: Selection | None = None,
    git: bool = False,
    plans: Mapping[str, Plan] | None = None,
) -> SlipReport:
    """The moves in `period` of the selected plans and lead agencies, counted in total,
    per lead agency (each lead of a task counts its move) and grouped by reason. A phrase
    reworded to the same day is not a move: it is only counted in `reworded`; a day changed
    by the issue day corrected is none either: it is listed in `corrections`. Leads are
    named as the registry names them, read in their plan's jurisdiction (`plans`, by id),
    as `status` names them: "So Noi vu" of a Đắk Lắk plan is Sở Nội vụ tỉnh Đắk Lắk."""
    period = period or Period()
    selection = selection or Selection()
    kept = [s for s in slips if period.holds(s.on) and _selected(s, selection, directory)]
    of = {s.plan_id: plan for s in kept if (plan := (plans or {}).get(s.plan_id))}
    several = directory is not None and directory.spans_provinces(of.values())
    kept = [_registry_names(s, directory, of.get(s.plan_id), several=several) for s in kept]
    corrections = tuple(sorted((s for s in kept if s.correction), key=_most_days_first))
    moves = sorted((s for s in kept if s.days != 0 and not s.correction), key=_most_days_first)
    total = Tally()
    per_agency: dict[str, Tally] = {}
    for slip in moves:
        total.add(slip)
        for name in set(slip.lead):
            per_agency.setdefault(name, Tally()).add(slip)
    agencies = sorted(per_agency.items(), key=lambda kv: (-kv[1].moves, fold(kv[0])))
    return SlipReport(
        period,
        git,
        tuple(moves),
        total,
        tuple(agencies),
        group_reasons(moves),
        reworded=sum(s.days == 0 and not s.correction for s in kept),
        corrections=corrections,
    )


def _registry_names(
    slip: Slip, directory: Directory | None, plan: Plan | None, *, several: bool = False
) -> Slip:
    """`slip` with its leads as the registry names them (unknown names as written), each
    with its province when the moves are of `several` provinces, as `status` names them:
    two provinces' registry entries "Sở Tài chính" are two rows, never one."""
    if not several or directory is None or plan is None:
        names = tuple(dict.fromkeys(agency_key(n, directory, plan)[1] for n in slip.lead))
        return replace(slip, lead=names)
    scope = directory.scope_for(plan)
    bodies = [(n, directory.resolve(n, scope)) for n in slip.lead]
    # the silence of each province's documents is its own row, as in `status`
    named = (directory.named_in_plan(a, plan) if a else n for n, a in bodies)
    return replace(slip, lead=tuple(dict.fromkeys(named)))


def _selected(slip: Slip, selection: Selection, directory: Directory | None) -> bool:
    """In the selected plans, and led by a selected agency (a move is its lead's)."""
    if selection.plans is not None and slip.plan_id not in selection.plans:
        return False
    if selection.agencies is None:
        return True
    # A move knows its plan by id only: a body that took over the one asked for counts
    # nowhere here (`Selection.counts` without a plan), never as if before its merger.
    return any(selection.counts(agency_key(name, directory)[0], None) for name in slip.lead)


def _most_days_first(slip: Slip) -> tuple[bool, int, date, str, str, int]:
    days = slip.days
    on = slip.on or date.min
    return (days is None, -abs(days or 0), on, slip.plan_id, slip.task_id, slip.milestone)


def reason_key(reason: str) -> str:
    """One reason however it was typed: NFC, case, spacing and final punctuation aside.
    Diacritics stay: "chờ" and "chó" are different words."""
    return " ".join(nfc(reason).casefold().split()).rstrip(" .;,")


def group_reasons(slips: Iterable[Slip]) -> tuple[ReasonGroup, ...]:
    """The moves by reason, most moves first; the moves with no recorded reason last."""
    slips = list(slips)
    groups: dict[str | None, list[Slip]] = {}
    for slip in slips:
        reason = slip.reason
        groups.setdefault(reason_key(reason) if reason is not None else None, []).append(slip)
    spellings: dict[str | None, Counter[str]] = {}
    for slip in sorted(slips, key=lambda s: s.on or date.min):  # a tie goes to the earliest
        if (reason := slip.reason) is not None:
            spelled = " ".join(reason.split()).rstrip(" .;,")  # as `reason_key`, case kept
            spellings.setdefault(reason_key(reason), Counter())[spelled] += 1
    names = {key: _label(spelled) for key, spelled in spellings.items()}
    ordered = sorted(
        groups.items(),
        key=lambda kv: (kv[0] is None, -len(kv[1]), fold(names.get(kv[0]) or "")),
    )
    return tuple(ReasonGroup(names.get(key), tuple(group)) for key, group in ordered)


def _label(spellings: Counter[str]) -> str:
    """A reason's label: the spelling the clerks wrote most often, the earliest written on
    a tie ("Chờ ý kiến Bộ" twice and "chờ ý kiến bộ" once is "Chờ ý kiến Bộ", whichever
    came first); `Counter.most_common` keeps the order met among equal counts."""
    return spellings.most_common(1)[0][0]

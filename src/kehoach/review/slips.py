"""The deadline moves git saw: each commit of each plan file compared with its parent, as
`kehoach log` and `kehoach diff` compare them, then paired with the files' `history`
(`kehoach.reports.slips.reconcile`), so a hand edit that got past `--require-reasons`
counts too, marked unrecorded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from kehoach.base.findings import Finding
from kehoach.base.gitrepo import Commit, Git
from kehoach.dates.holidaytable import vietnam_calendar
from kehoach.dates.workdays import Calendar
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Change, Milestone, Plan, Task
from kehoach.plan.settings import Settings
from kehoach.reports import slips as model
from kehoach.reports.status import DueDay
from kehoach.review.anchoring import AnchorChange
from kehoach.review.diff import Move, Sides
from kehoach.review.history import parent_version, read_version


@dataclass(frozen=True)
class Walk:
    """The moves found, and the versions that could not be read on the way."""

    slips: list[model.Slip]
    problems: list[Finding]


def repository_slips(
    git: Git,
    plan_files: Sequence[PlanFile],
    settings: Settings,
    directory: Directory | None,
    calendar: Calendar | None = None,
) -> Walk:
    """Every move of the plans' history: git's moves paired with the files' entries, days
    counted by `calendar` as `status` counts them (the public holidays alone when None).

    Raises `GitError` when a plan file lies outside the repository.
    """
    calendar = calendar or vietnam_calendar()
    sides = Sides(directory, directory, settings, calendar)
    observed: list[model.Slip] = []
    problems: list[Finding] = []
    for pf in plan_files:
        for item in _file_slips(git, pf, sides):
            if isinstance(item, Finding):
                problems.append(item)
            else:
                observed.append(item)
    recorded = model.recorded_slips(plan_files, settings, calendar)
    return Walk(model.reconcile(recorded, observed), problems)


def _file_slips(git: Git, pf: PlanFile, sides: Sides) -> Iterator[model.Slip | Finding]:
    """The moves each commit of `pf`'s file made, oldest first (merges are left out: each
    change is told by the commit that made it)."""
    last_read: Plan | None = None
    for commit in git.log(git.relative(pf.path)):
        plan, problem = read_version(git, commit)
        if plan is None:
            if problem is not None:
                yield problem
            continue
        before = parent_version(git, commit, last_read)
        if before is not None:
            yield from _commit_slips(pf.plan, before, plan, commit, sides)
        last_read = plan


def _commit_slips(
    current: Plan, before: Plan, after: Plan, commit: Commit, sides: Sides
) -> Iterator[model.Slip]:
    made = model.Commit(commit.sha, commit.author, commit.when.date(), commit.subject)
    tasks = {t.id: t for t in after.tasks}
    for change in sides.tasks(before, after):
        task = tasks.get(change.task_id)
        for move in change.moves:
            if task is None or not move.moved:
                continue  # a milestone added or removed, or one that got its day, is no move
            for old, new, old_day, new_day, entry in _steps(move, task, after, sides):
                yield model.Slip(
                    current.id,
                    current.number,
                    task.id,
                    task.title,
                    tuple(task.lead),
                    move.milestone,
                    old,
                    new,
                    old_day.due if old_day else None,
                    new_day.due if new_day else None,
                    entry,
                    made,
                    milestones=len(task.milestones),
                    cause=_cause(move.anchor) if entry is None else None,
                    old_written=old_day.written if old_day else None,
                    new_written=new_day.written if new_day else None,
                )


def _cause(anchor: AnchorChange | None) -> model.Cause | None:
    """The change of what the deadline counts from, as the report keeps it."""
    if anchor is None:
        return None
    return model.Cause(anchor.words, anchor.decided_by, anchor.explained, anchor.correction)


Step = tuple[str, str, DueDay | None, DueDay | None, Change | None]


def _steps(move: Move, task: Task, plan: Plan, sides: Sides) -> Iterator[Step]:
    """The moves one commit made of a milestone, each with its own entry and days: two
    `reschedule`s committed together (31/7 -> 15/8 -> 30/8) were one move of 30 days
    carrying the second entry, and the first entry, paired with nothing, a second move of
    15 days: 45 days counted for 30, and the second reason shown for the whole (fresh22).
    A hand edit before a recorded move is a move of its own, unrecorded."""
    links = move.chain()
    unrecorded = move.unrecorded_from()
    stops: list[tuple[str, Change | None]] = [(links[0].from_, None)] if unrecorded else []
    stops += [(link.to, link) for link in links]
    ends = (_day(move.old_due, move.old_written), _day(move.new_due, move.new_written))
    if len(stops) < 2:
        yield (move.old or "", move.new or "", *ends, move.recorded)
        return
    at = move.milestone - 1  # an intermediate phrase is read under the milestone's header
    header = task.milestones[at].header if at < len(task.milestones) else None
    old, old_day = move.old or "", ends[0]
    for n, (phrase, entry) in enumerate(stops, 1):
        last = n == len(stops)
        new = move.new or "" if last else phrase
        new_day = ends[1] if last else sides.due(Milestone(phrase=phrase, header=header), plan)
        yield old, new, old_day, new_day, entry
        old, old_day = new, new_day


def _day(due: date | None, written: date | None) -> DueDay | None:
    return DueDay(due, written) if due is not None else None

"""The deadline moves git saw: each commit of each plan file compared with its parent, as
`kehoach log` and `kehoach diff` compare them, then paired with the files' `history`
(`kehoach.reports.slips.reconcile`), so a hand edit that got past `--require-reasons`
counts too, marked unrecorded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kehoach.base.findings import Finding
from kehoach.base.gitrepo import Commit, Git
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Plan
from kehoach.plan.settings import Settings
from kehoach.reports import slips as model
from kehoach.review.diff import Sides
from kehoach.review.history import parent_version, read_version


@dataclass(frozen=True)
class Walk:
    """The moves found, and the versions that could not be read on the way."""

    slips: list[model.Slip]
    problems: list[Finding]


def repository_slips(
    git: Git, plan_files: Sequence[PlanFile], settings: Settings, directory: Directory | None
) -> Walk:
    """Every move of the plans' history: git's moves paired with the files' entries.

    Raises `GitError` when a plan file lies outside the repository.
    """
    sides = Sides(directory, directory, settings)
    observed: list[model.Slip] = []
    problems: list[Finding] = []
    for pf in plan_files:
        for item in _file_slips(git, pf, sides):
            if isinstance(item, Finding):
                problems.append(item)
            else:
                observed.append(item)
    recorded = model.recorded_slips(plan_files, settings)
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
            if task is None or move.old is None or move.new is None:
                continue  # a milestone added or removed is not a move
            yield model.Slip(
                current.id,
                current.number,
                task.id,
                task.title,
                tuple(task.lead),
                move.milestone,
                move.old,
                move.new,
                move.old_due,
                move.new_due,
                move.recorded,
                made,
                milestones=len(task.milestones),
            )

"""The life of one task across commits: each deadline it has had, who committed the
change and when, and the reason and deciding document the file recorded.

Each commit that touched the plan's file is read as it was and compared with the file
as its parent had it, by the same rules as `kehoach diff`, restricted to the one task:
an event is what that commit did, even when branches were merged in between. A version
that does not load is reported, not fatal; a commit whose parent's version does not load
is compared with the last version that did.

A task no longer in the plans (its plan file deleted, or the task taken out of its plan) is
still found in git: `in_history` looks it up in the last version that had it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kehoach.base.findings import Finding, first_errors
from kehoach.base.gitrepo import Commit, Git, GitError
from kehoach.dates.holidaytable import vietnam_calendar
from kehoach.dates.workdays import Calendar
from kehoach.plan.agencies import Directory
from kehoach.plan.discovery import PLAN_SUFFIXES
from kehoach.plan.loader import PlanFile, load_bytes
from kehoach.plan.model import Plan, Task
from kehoach.plan.settings import Settings
from kehoach.reports.selection import SelectionError, plan_id, task_ref
from kehoach.review.diff import Sides, TaskChange


@dataclass(frozen=True)
class Event:
    """What one commit did to the task; `problem` when the file did not load there."""

    commit: Commit
    change: TaskChange | None
    problem: Finding | None = None
    file_deleted: bool = False  # the commit deleted the plan's file, and the task with it


@dataclass(frozen=True)
class Life:
    plan: Plan
    task_id: str
    events: tuple[Event, ...]
    # What the file on disk does to the task against HEAD's version: edits not yet
    # committed (a `reschedule` just run), which no commit holds; None when there are none.
    uncommitted: TaskChange | None = None


def task_life(
    git: Git,
    path: str,
    plan: Plan,
    task_id: str,
    *,
    directory: Directory | None,
    settings: Settings,
    on_disk: bool = False,
    calendar: Calendar | None = None,
) -> Life:
    """Every commit of `path` that changed task `task_id` of `plan`, oldest first, and,
    when `plan` is the file on disk (`on_disk`), what it changes against HEAD's version,
    as `kehoach diff` without a revision shows it: a log that stopped at the last commit
    would say a deadline just moved by `reschedule` never moved.

    Agencies are compared through today's registry: ids are stable, names only grow; days
    are counted by `calendar` as `status` counts them (the public holidays alone when None).
    """
    sides = Sides(directory, directory, settings, calendar or vietnam_calendar())
    events = tuple(_events(git, path, task_id, sides))
    uncommitted = _uncommitted(git, path, plan, task_id, sides) if on_disk else None
    return Life(plan, task_id, events, uncommitted)


def _uncommitted(git: Git, path: str, plan: Plan, task_id: str, sides: Sides) -> TaskChange | None:
    try:
        head, _ = _read(git.show("HEAD", path), f"HEAD:{path}")
    except GitError:  # a file never committed, or a repository with no commit yet
        head = None
    return _change(head, plan, task_id, sides) or None


def _events(git: Git, path: str, task_id: str, sides: Sides) -> Iterator[Event]:
    last_read: Plan | None = None
    for commit in git.log(path):
        if commit.deleted:
            old = _task(parent_version(git, commit, last_read), task_id)
            if old is not None:
                yield Event(commit, TaskChange("removed", old.id, old.title), file_deleted=True)
            last_read = None
            continue
        plan, problem = read_version(git, commit)
        if plan is None:
            yield Event(commit, None, problem)
            continue
        if change := _change(parent_version(git, commit, last_read), plan, task_id, sides):
            yield Event(commit, change)
        last_read = plan


def read_version(git: Git, commit: Commit) -> tuple[Plan | None, Finding | None]:
    """The plan file as `commit` left it; or None and its first error when it does not load."""
    return _read(git.show(commit.sha, commit.path), f"{commit.short}:{commit.path}")


def _read(raw: bytes, name: str) -> tuple[Plan | None, Finding | None]:
    _, model, findings = load_bytes(raw, name, Plan)
    if isinstance(model, Plan):
        return model, None
    return None, next(iter(first_errors(findings)), None)


def parent_version(git: Git, commit: Commit, last_read: Plan | None) -> Plan | None:
    """The plan as `commit`'s parent had it; None when the file starts at `commit`; the
    last version that loaded (`last_read`) when the parent's does not."""
    try:
        raw = git.show(f"{commit.sha}^", commit.parent_path)
    except GitError:
        return None  # a first commit, or the file was added here
    plan, _ = _read(raw, commit.parent_path)
    return last_read if plan is None else plan


def _change(before: Plan | None, plan: Plan, task_id: str, sides: Sides) -> TaskChange | None:
    old = _task(before, task_id)
    new = _task(plan, task_id)
    if new is None:
        return TaskChange("removed", old.id, old.title) if old else None
    return sides.task("changed" if old else "added", old, new, before or plan, plan)


def _task(plan: Plan | None, task_id: str) -> Task | None:
    return next((t for t in plan.tasks if t.id == task_id), None) if plan else None


@dataclass(frozen=True)
class Found:
    """A task found in git, not in the plans on disk: the plan file as it last held the
    task, and why it is not on disk (said to the clerk)."""

    plan_file: PlanFile
    task: Task
    why: str


def in_history(
    git: Git, plan_files: Sequence[PlanFile], under: Sequence[str], typed: str
) -> Found | None:
    """The task `typed` (PLAN/TASK) names in git's history when the plans on disk have
    none: a task taken out of a plan that is still there (its file's last version that had
    it), or a plan whose file was deleted below `under` (paths from the repository's root;
    the version before the deletion). None when history has none either."""
    plan_part = typed.rpartition("/")[0]
    try:
        wanted = plan_id(plan_files, plan_part)
    except SelectionError:
        return _in_deleted_files(git, under, typed)
    for pf in plan_files:
        if pf.plan.id == wanted:
            return _in_past_versions(git, pf, typed)
    return None


def _in_past_versions(git: Git, pf: PlanFile, typed: str) -> Found | None:
    path = git.relative(pf.path)
    for commit in reversed(git.log(path)):  # newest first
        if commit.deleted:
            continue
        version = _plan_file(git, commit.sha, commit.path)
        if version is None:
            continue
        try:
            _, task = task_ref([version], typed)
        except SelectionError:
            continue
        why = f"nhiệm vụ {task.id} không còn trong {pf.name}; đọc từ lịch sử git ({commit.short})"
        return Found(pf, task, why)
    return None


def _in_deleted_files(git: Git, under: Sequence[str], typed: str) -> Found | None:
    """The plan `typed` names among the plan files deleted below `under` and not back on
    disk, each read as the deleting commit's parent had it (newest deletion first)."""
    seen: set[str] = set()
    versions: list[tuple[PlanFile, str]] = []
    for sha, path in git.deletions(under):
        if path in seen or not path.endswith(PLAN_SUFFIXES) or (git.root / path).exists():
            continue
        seen.add(path)
        version = _plan_file(git, f"{sha}^", path)
        if version is not None:
            versions.append((version, sha[:8]))
    try:
        pf, task = task_ref([v for v, _ in versions], typed)
    except SelectionError:
        return None
    deleted_at = next(sha for v, sha in versions if v is pf)
    why = f"tệp {pf.name} đã bị xóa ở commit {deleted_at}; đọc từ lịch sử git"
    return Found(pf, task, why)


def _plan_file(git: Git, revision: str, path: str) -> PlanFile | None:
    """The plan `path` held at `revision`, named as on disk; None when it does not load."""
    try:
        raw = git.show(revision, path)
    except GitError:
        return None
    located, model, _ = load_bytes(raw, path, Plan)
    if not isinstance(model, Plan) or located is None:
        return None
    return PlanFile(git.root / path, path, model, located)

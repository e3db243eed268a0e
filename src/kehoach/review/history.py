"""The life of one task across commits: each deadline it has had, who committed the
change and when, and the reason and deciding document the file recorded.

Each commit that touched the plan's file is read as it was and compared with the file
as its parent had it, by the same rules as `kehoach diff`, restricted to the one task:
an event is what that commit did, even when branches were merged in between. A version
that does not load is reported, not fatal; a commit whose parent's version does not load
is compared with the last version that did.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kehoach.base.findings import Finding, first_errors
from kehoach.base.gitrepo import Commit, Git, GitError
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import load_bytes
from kehoach.plan.model import Plan, Task
from kehoach.plan.settings import Settings
from kehoach.review.diff import Sides, TaskChange


@dataclass(frozen=True)
class Event:
    """What one commit did to the task; `problem` when the file did not load there."""

    commit: Commit
    change: TaskChange | None
    problem: Finding | None = None


@dataclass(frozen=True)
class Life:
    plan: Plan
    task_id: str
    events: tuple[Event, ...]


def task_life(
    git: Git,
    path: str,
    plan: Plan,
    task_id: str,
    *,
    directory: Directory | None,
    settings: Settings,
) -> Life:
    """Every commit of `path` that changed task `task_id` of `plan`, oldest first.

    Agencies are compared through today's registry: ids are stable, names only grow.
    """
    sides = Sides(directory, directory, settings)
    return Life(plan, task_id, tuple(_events(git, path, task_id, sides)))


def _events(git: Git, path: str, task_id: str, sides: Sides) -> Iterator[Event]:
    last_read: Plan | None = None
    for commit in git.log(path):
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

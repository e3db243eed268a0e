"""The life of one task across commits: each deadline it has had, who committed the
change and when, and the reason and deciding document the file recorded.

Each commit that touched the plan's file is read as it was (a version that does not
load is reported, not fatal) and compared with the previous readable version by the
same rules as `kehoach diff`, restricted to the one task.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .agencies import Directory
from .diff import Sides, TaskChange
from .findings import Finding, first_errors
from .gitrepo import Commit, Git
from .loader import load_bytes
from .model import Plan, Task
from .settings import Settings


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
    previous: tuple[Plan, Task | None] | None = None
    for commit in git.log(path):
        name = f"{commit.short}:{commit.path}"
        _, model, findings = load_bytes(git.show(commit.sha, commit.path), name, Plan)
        if not isinstance(model, Plan):
            yield Event(commit, None, next(iter(first_errors(findings)), None))
            continue
        task = next((t for t in model.tasks if t.id == task_id), None)
        change = _change(previous, model, task, sides)
        if change:
            yield Event(commit, change)
        previous = (model, task)


def _change(
    previous: tuple[Plan, Task | None] | None, plan: Plan, task: Task | None, sides: Sides
) -> TaskChange | None:
    old_plan, old_task = previous if previous else (plan, None)
    if task is None:
        return TaskChange("removed", old_task.id, old_task.title) if old_task else None
    kind = "changed" if old_task else "added"
    return sides.task(kind, old_task, task, old_plan, plan)

"""`kehoach log PLAN/TASK` output: text and JSON.

JSON contract, schema "kehoach.log/1"::

    {"schema": "kehoach.log/1", "plan_id", "plan_number", "task_id",
     "events": [{"commit", "author", "date" (ISO, with offset), "subject", "path",
                 "file_deleted" (the commit deleted the plan's file: change is "removed"),
                 "change": TASK (see kehoach.review.diff/1) | null,
                 "problem": {"path", "line", "col", "code", "message"} | null}],
     "uncommitted": TASK | null}   # added: the file on disk against HEAD, not yet committed
"""

from __future__ import annotations

from collections.abc import Callable

from kehoach.base.gitrepo import WORKING_TREE
from kehoach.base.text import one_line
from kehoach.review.diff import TaskChange
from kehoach.review.history import Event, Life

from .diff import change_lines, dumps, task_record
from .labels import dmy
from .status import problem_record


def as_text(life: Life) -> str:
    name = life.plan.number or life.plan.id
    pending = ", và thay đổi chưa commit" if life.uncommitted else ""
    head = f"Kế hoạch {name}, nhiệm vụ {life.task_id}: {len(life.events)} lần thay đổi{pending}"
    lines = [head]
    for event in life.events:
        lines += _event_lines(event)
    if life.uncommitted:  # the working tree, named as `kehoach diff` names it
        lines += [WORKING_TREE.label, *(f"    {fact}" for fact in _facts(life.uncommitted))]
    return "\n".join(lines) + "\n"


def _event_lines(event: Event) -> list[str]:
    commit = event.commit
    head = (
        f"{dmy(commit.when)}  {commit.short}  {one_line(commit.author)}  {one_line(commit.subject)}"
    )
    if event.problem is not None:
        return [head, f"    không đọc được: {event.problem}"]
    facts = _facts(event.change) if event.change else []
    if event.file_deleted:
        facts = [f"nhiệm vụ bị bỏ: tệp kế hoạch {one_line(commit.path)} bị xóa"]
    return [head, *(f"    {fact}" for fact in facts)]


def _facts(change: TaskChange) -> list[str]:
    """What the commit did (a task is followed by its id: it is never renumbered here)."""
    whole = {"added": ["nhiệm vụ mới"], "removed": ["nhiệm vụ bị bỏ"]}.get(change.kind, [])
    return [*whole, *change_lines(change)]


def as_json(life: Life) -> str:
    document = {
        "schema": "kehoach.log/1",
        "plan_id": life.plan.id,
        "plan_number": life.plan.number,
        "task_id": life.task_id,
        "events": [
            {
                "commit": e.commit.sha,
                "author": e.commit.author,
                "date": e.commit.when,
                "subject": e.commit.subject,
                "path": e.commit.path,
                "file_deleted": e.file_deleted,
                "change": task_record(e.change) if e.change else None,
                "problem": problem_record(e.problem) if e.problem else None,
            }
            for e in life.events
        ],
        "uncommitted": task_record(life.uncommitted) if life.uncommitted else None,
    }
    return dumps(document)


FORMATS: dict[str, Callable[[Life], str]] = {"text": as_text, "json": as_json}

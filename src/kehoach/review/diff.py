"""What changed between two versions of the plans, in the plans' own terms.

A line diff of YAML shows lines; reviewers and leadership need "task 7 moved from
31/7/2022 to 15/8/2022 (15 days later) because…". Plans are compared by their stable
ids — plan id, task id, milestone number — never by position, so moving a block of the
file is not a change. A task that disappears under one id and appears under another
with the same title was renumbered. A moved deadline carries the reason and deciding
document when the new version's `history` records them: at the standing committee of
March 2022 the provincial secretary asked to establish *why* task timings had changed,
and `--require-reasons` lets CI refuse a move that does not say.

Both sides are read through `gitrepo.Git` (a revision, or the disk); `compare` itself is
pure, on two `Snapshot`s already read.
"""

from __future__ import annotations

import difflib
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from pydantic import BaseModel

from kehoach.base.files import os_reason
from kehoach.base.findings import Finding, error, first_errors, warning
from kehoach.base.gitrepo import Git, Side
from kehoach.base.text import printable, squash
from kehoach.dates.deadline import Deadline, DeadlineError
from kehoach.dates.holidaytable import vietnam_calendar
from kehoach.dates.workdays import Calendar, Rollover
from kehoach.plan.agencies import Directory
from kehoach.plan.discovery import CALENDAR_NAMES, PLAN_SUFFIXES, REGISTRY_NAMES, discover
from kehoach.plan.loader import Blob, PlanFile, Repository, load_blobs
from kehoach.plan.model import Change, Milestone, Plan, Status, Task
from kehoach.plan.schedule import context_for, read_milestone
from kehoach.plan.settings import Settings
from kehoach.reports.status import DueDay, agency_key, due_day
from kehoach.review.anchoring import (
    KIND_WORDS,
    AnchorChange,
    anchor_change,
    kind_change,
    year_change,
)
from kehoach.review.periods import PeriodShift, period_shifts


class ReviewError(Exception):
    """A comparison that cannot be made (a file read on neither side); one line."""


@dataclass(frozen=True)
class Scope:
    """Which files to compare, as git names them (relative to the repository root)."""

    targets: tuple[str, ...]  # folders or single files
    registry: str | None  # the agency registry, when not among the targets


@dataclass(frozen=True)
class Snapshot:
    """The plans of one side: a git revision, or the working tree."""

    label: str
    repo: Repository
    files: frozenset[Path]  # every plan file read, loaded or not (repository-relative)


@dataclass(frozen=True)
class Move:
    """A milestone whose deadline changed (or appeared, or went away)."""

    milestone: int  # 1-based
    old: str | None  # phrase; None for a new milestone
    new: str | None  # None for a removed milestone
    # The day each phrase falls due, as `status` counts it (a window's last day, rolled
    # off a day off: `reports.status.due_day`), so a move is said in the days status says.
    old_due: date | None
    new_due: date | None
    recorded: Change | None  # the new history entry that says why
    # Every history entry of this milestone added between the two sides, oldest first: a
    # branch (a merge request) may move a deadline several times, and each move needs its
    # reason and deciding document, not only the last one.
    steps: tuple[Change, ...] = ()
    # The phrase the same on both sides, its day changed by what it counts from (an event
    # given its day, a task reported done): that change is the reason (`anchoring`).
    anchor: AnchorChange | None = None
    # The last day each phrase writes, when a day off rolled it to `old_due`/`new_due`.
    old_written: date | None = None
    new_written: date | None = None

    @property
    def shift(self) -> int | None:
        """Days later (positive) or earlier (negative) the deadline now falls."""
        if self.old_due is None or self.new_due is None:
            return None
        return (self.new_due - self.old_due).days

    @property
    def moved(self) -> bool:
        """A deadline on both sides, its phrase or its day changed; not one that only got
        its day (`dated`)."""
        return self.old is not None and self.new is not None and not self.dated and not self.reread

    @property
    def corrected(self) -> bool:
        """A moved deadline whose day changed only because the plan's issue day was
        corrected ("Trước ngày 30/6" takes its year from `issued`), no entry recording a
        move: the record corrected, nothing moved, as `slips` lists it ("Đính chính")."""
        return (
            self.moved
            and self.recorded is None
            and self.anchor is not None
            and self.anchor.correction
        )

    @property
    def reread(self) -> bool:
        """A milestone untouched, read anew because the plan became a standing rule or
        ceased to be one (`anchoring.kind_change`): no move, nothing to explain."""
        return self.anchor is not None and self.anchor.reread

    @property
    def unread(self) -> bool:
        """Read anew after the plan's kind changed (`standing`), the phrase no longer reads:
        "Trước ngày 30/6" in a plan made a standing rule, its year now every year's, when
        the plan gives no year to read it by. The task has lost its deadline with nobody
        moving it; `--require-reasons` fails on it, naming its line (`Comparison.unreadable`)."""
        return self.reread and self.anchor is not None and self.anchor.unread

    @property
    def dated(self) -> bool:
        """A counted deadline that got its day: what it counts from became known (an
        event's day set, a task done), its phrase unchanged. No move: nothing to explain."""
        return self.anchor is not None and self.anchor.dated

    @property
    def dropped(self) -> bool:
        """A deadline taken out of a task that stays: no history entry can record why (an
        entry names the new phrase), so it is never explained; a document that drops the
        deadline is recorded as a move to "Không nêu thời hạn", one that drops the task as
        `status: cancelled`."""
        return self.old is not None and self.new is None

    @property
    def explained(self) -> bool:
        """A reason and the document deciding it, for every move between the two sides:
        extensions are decided in writing. A deadline moved with what it counts from is
        explained by that change when it carries its document (`AnchorChange.explained`)."""
        if self.anchor is not None and self.recorded is None:
            return self.anchor.explained
        if self.recorded is None or not self.recorded.decided_by:
            return False
        return not self.undecided_steps() and self.unrecorded_from() is None

    def chain(self) -> tuple[Change, ...]:
        """The added entries leading to the new phrase, oldest first: from the entry that
        records the new phrase back, each entry the one whose `to` is the next's `from`,
        as far as the old phrase (an entry merely corrected on the way is not a move)."""
        if self.recorded is None:
            return ()
        earlier = list(self.steps[: _position(self.steps, self.recorded)])
        links = [self.recorded]
        while self.old is not None and squash(links[0].from_) != squash(self.old):
            wanted = squash(links[0].from_)
            found = [i for i, c in enumerate(earlier) if squash(c.to) == wanted]
            if not found:
                break
            links.insert(0, earlier[found[-1]])
            del earlier[found[-1] :]
        return tuple(links)

    def undecided_steps(self) -> tuple[Change, ...]:
        """Earlier moves of the chain recorded without a deciding document."""
        return tuple(c for c in self.chain()[:-1] if not c.decided_by)

    def unrecorded_from(self) -> str | None:
        """The old phrase, when the recorded entries do not lead from it to the new one:
        a move left without a history entry (a hand edit "A" -> "B", then `reschedule`
        "B" -> "C" records only the second); None when they do, or nothing is recorded."""
        chain = self.chain()
        if self.old is None or not chain or squash(chain[0].from_) == squash(self.old):
            return None
        return self.old


@dataclass(frozen=True)
class Reassignment:
    role: str  # "lead" (chủ trì) or "support" (phối hợp)
    removed: tuple[str, ...]
    added: tuple[str, ...]


@dataclass(frozen=True)
class StatusChange:
    old: Status | None
    new: Status | None
    old_completed: date | None
    new_completed: date | None


@dataclass(frozen=True)
class FieldEdit:
    """A key (other than those compared on their own) whose value changed: a note, a
    deliverable, the plan's signer. `old`/`new` are the model's values (None: absent)."""

    key: str  # as written in the file: notes, decided_by, from
    old: object
    new: object


@dataclass(frozen=True)
class TaskChange:
    kind: str  # "added", "removed" or "changed"
    task_id: str
    title: str
    old_id: str | None = None  # set when the task was renumbered
    moves: tuple[Move, ...] = ()
    reassignments: tuple[Reassignment, ...] = ()
    status: StatusChange | None = None
    fields: tuple[str, ...] = ()  # other keys whose value changed
    milestone_count: int = 1  # in the version with more: a move names its milestone when > 1
    edits: tuple[FieldEdit, ...] = ()  # those keys with their old and new values
    periods: tuple[PeriodShift, ...] = ()  # recurring milestones whose series start moved

    def __bool__(self) -> bool:
        """False for a task compared and found unchanged: `if change:` reads as it means."""
        return self.kind != "changed" or bool(
            self.old_id
            or self.moves
            or self.reassignments
            or self.status
            or self.fields
            or self.periods
        )


@dataclass(frozen=True)
class PlanChange:
    kind: str  # "added", "removed" or "changed"
    plan: Plan  # the new version (the old one for a removed plan)
    path: str
    tasks: tuple[TaskChange, ...] = ()
    fields: tuple[str, ...] = ()
    edits: tuple[FieldEdit, ...] = ()  # the fields with their old and new values


@dataclass(frozen=True)
class Comparison:
    old: str
    new: str
    plans: tuple[PlanChange, ...]
    problems: tuple[Finding, ...] = field(default=())  # files that could not be read
    # Deadlines that no longer read after a `standing` flip, at their file:line (`Move.unread`)
    unreadable: tuple[Finding, ...] = field(default=())
    # Reports recorded sent whose task is gone from the new side (`_orphaned`): warnings
    orphaned: tuple[Finding, ...] = field(default=())
    # History entries of a task that stays, taken out or rewritten (`_erased`): errors
    erased: tuple[Finding, ...] = field(default=())

    @property
    def findings(self) -> tuple[Finding, ...]:
        """What a reviewer must look at, at its file:line: deadlines unread after a flip,
        history erased, reports orphaned."""
        return (*self.unreadable, *self.erased, *self.orphaned)

    def moves(self) -> Iterator[tuple[PlanChange, TaskChange, Move]]:
        for plan in self.plans:
            for task in plan.tasks:
                for move in task.moves:
                    yield plan, task, move

    def summary(self) -> dict[str, int]:
        """How many of each kind of change: the first line of every report."""
        tasks = [t for p in self.plans for t in p.tasks]
        plans = Counter(p.kind for p in self.plans)
        return {
            "plans_added": plans["added"],
            "plans_removed": plans["removed"],
            "plans_changed": plans["changed"],
            "tasks_added": sum(t.kind == "added" for t in tasks),
            "tasks_removed": sum(t.kind == "removed" for t in tasks),
            "tasks_renumbered": sum(t.old_id is not None for t in tasks),
            "deadlines_moved": sum(m.moved and not m.corrected for _, _, m in self.moves()),
            "deadlines_corrected": sum(m.corrected for _, _, m in self.moves()),
            "deadlines_dated": sum(m.dated for _, _, m in self.moves()),
            "deadlines_reread": sum(m.reread for _, _, m in self.moves()),
            "periods_added": sum(len(s.added) for t in tasks for s in t.periods),
            "periods_overdue": sum(d.overdue for t in tasks for s in t.periods for d in s.added),
            "periods_removed": sum(len(s.removed) for t in tasks for s in t.periods),
            "moves_unexplained": len(self.unexplained()),
            "history_erased": len(self.erased),
            "tasks_reassigned": sum(bool(t.reassignments) for t in tasks),
            "status_changes": sum(t.status is not None for t in tasks),
            "problems": len(self.problems),
        }

    def unexplained(self) -> list[tuple[PlanChange, TaskChange, Move]]:
        """Deadlines that moved without a recorded reason and deciding document, and
        deadlines taken out of a task that stays (`Move.dropped`)."""
        return [
            (p, t, m)
            for p, t, m in self.moves()
            if (m.moved and not m.explained) or (m.dropped and t.kind == "changed")
        ]


def unified(name: str, old: str, new: str) -> str:
    """A unified diff of one file's text, as `git diff` prints it (a/ and b/ before
    `name`, three lines of context, "\\ No newline at end of file" where one lacks it).
    Control characters are shown, never sent (`printable`)."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        f"a/{name}",
        f"b/{name}",
    )
    body = "".join(
        printable(line) if line.endswith("\n") else f"{printable(line)}\n{NO_NEWLINE}\n"
        for line in lines
    )
    return f"diff --git a/{name} b/{name}\n{body}" if body else ""


NO_NEWLINE = "\\ No newline at end of file"


# --- reading both sides -----------------------------------------------------------------


def compare_revisions(
    git: Git,
    revisions: Sequence[str],
    targets: Sequence[Path],
    settings: Settings,
    calendar: Calendar | None = None,
    *,
    today: date | None = None,
) -> Comparison:
    """The plans under `targets` (on disk) compared between the two sides `revisions`
    name, as `git diff` reads them; days counted by `calendar`, periods a change adds
    judged overdue as of `today` (`Sides`)."""
    registry = discover(targets, settings)[1]
    scope = Scope(
        tuple(git.relative(t) for t in targets), git.relative(registry) if registry else None
    )
    old, new = git.sides(revisions)
    _require_files(git, scope, old, new)
    return compare(
        _read_side(git, old, scope), _read_side(git, new, scope), settings, calendar, today=today
    )


def _read_side(git: Git, side: Side, scope: Scope) -> Snapshot:
    """The plans of `scope` at `side`: a commit, or the working tree as on disk now."""
    listed = [name for target in scope.targets for name in _listing(git, side.commit, target)]
    plans = sorted({name for name in listed if _is_plan(name)})
    registry = next((n for n in listed if PurePosixPath(n).name in REGISTRY_NAMES), None)
    if registry is None and scope.registry and _listing(git, side.commit, scope.registry):
        registry = scope.registry
    blobs = [_blob(git, side, name) for name in plans]
    repo = load_blobs(blobs, _blob(git, side, registry) if registry else None)
    return Snapshot(side.label, repo, frozenset(blob.path for blob in blobs))


def _require_files(git: Git, scope: Scope, old: Side, new: Side) -> None:
    """A file named on the command line must exist on one side at least."""
    for target in scope.targets:
        present = (_listing(git, side.commit, target) for side in (old, new))
        if (git.root / target).is_file() and not any(present):
            raise ReviewError(f"tệp {target} không có ở {old.label} lẫn {new.label}")


def _listing(git: Git, commit: str | None, target: str) -> list[str]:
    """The files below `target` at `commit` (None: on disk), symbolic links left out: a
    link to a plan is that plan, compared under its own name; one that leads out of the
    plans folder is never read (validate names it)."""
    if commit is not None:
        return git.files(commit, target, links=False)
    path = git.root / target
    if path.is_file() and not path.is_symlink():
        return [target]
    files = (
        (p for p in path.rglob("*") if p.is_file() and not p.is_symlink()) if path.is_dir() else ()
    )
    return sorted(git.relative(p) for p in files)


def _is_plan(name: str) -> bool:
    path = PurePosixPath(name)
    hidden = any(part.startswith(".") for part in path.parts)
    special = (*REGISTRY_NAMES, *CALENDAR_NAMES)
    return path.suffix in PLAN_SUFFIXES and path.name not in special and not hidden


def _blob(git: Git, side: Side, name: str) -> Blob:
    if side.commit is None:
        path = git.root / name
        try:
            if path.is_symlink():  # as git records a link: the path it names, not its content
                return Blob(Path(name), name, os.fsencode(os.readlink(path)))
            return Blob(Path(name), name, path.read_bytes())
        except OSError as exc:
            raise ReviewError(f"{name}: không đọc được tệp: {os_reason(exc)}") from None
    return Blob(Path(name), f"{side.ref}:{name}", git.show(side.commit, name, side.label))


# --- comparing --------------------------------------------------------------------------


def compare(
    old: Snapshot,
    new: Snapshot,
    settings: Settings,
    calendar: Calendar | None = None,
    *,
    today: date | None = None,
) -> Comparison:
    """Every plan, task and deadline that differs between `old` and `new`, days counted
    by `calendar` (the public holidays alone when None), periods added judged overdue as
    of `today` (none judged when None)."""
    before, twice_before = _by_id(old.repo)
    after, twice_after = _by_id(new.repo)
    unread_before = old.files - {pf.path for pf in old.repo.plans}
    unread_after = new.files - {pf.path for pf in new.repo.plans}
    sides = Sides(
        old.repo.directory, new.repo.directory, settings, calendar or vietnam_calendar(), today
    )
    changes: list[PlanChange] = []
    unreadable: list[Finding] = []
    orphaned: list[Finding] = []
    erased: list[Finding] = []
    for plan_id, pf in after.items():
        if plan_id in before:
            if (change := sides.plan(before[plan_id], pf)).tasks or change.fields:
                changes.append(change)
                unreadable.extend(_unreadable(pf, change))
                orphaned.extend(_orphaned(before[plan_id], change))
                erased.extend(_erased(before[plan_id], pf))
        elif pf.path not in unread_before:
            changes.append(_whole("added", pf))
    changes.extend(
        _whole("removed", pf)
        for plan_id, pf in before.items()
        if plan_id not in after and pf.path not in unread_after
    )
    problems = (
        *first_errors(old.repo.findings),
        *twice_before,
        *first_errors(new.repo.findings),
        *twice_after,
    )
    return Comparison(
        old.label,
        new.label,
        tuple(changes),
        problems,
        tuple(unreadable),
        tuple(orphaned),
        tuple(erased),
    )


def _erased(old: PlanFile, new: PlanFile) -> Iterator[Finding]:
    """An error for each task, on both sides, whose history lost entries the old side
    had: an entry is its day, milestone and two phrases; its reason and deciding document
    may be filled in or corrected later (`reschedule` warns when the document is missing).
    History is the record of why deadlines moved; `reschedule` only adds to it. Its line is
    the new side's task's history (or the task's, when none is left)."""
    kept = {task.id: (index, task) for index, task in enumerate(new.plan.tasks)}
    for task in old.plan.tasks:
        if task.id not in kept or not task.history:
            continue
        index, now = kept[task.id]
        there = {_entry_key(entry) for entry in now.history}
        gone = [entry for entry in task.history if _entry_key(entry) not in there]
        if not gone:
            continue
        days = ", ".join(f"{entry.date:%d/%m/%Y}" for entry in gone)
        message = (
            f"nhiệm vụ '{task.id}': {len(gone)} mục lịch sử đổi thời hạn bị xóa hay sửa ngày, "
            f"thời hạn ({days}): lịch sử chỉ được thêm (lý do, văn bản quyết định sửa được); "
            "nếu mục cũ ghi sai, giữ nó và ghi lại bằng `kehoach reschedule`"
        )
        where = new.located.where(("tasks", index, "history"))
        yield error(new.name, where, "history-erased", message)


def _entry_key(entry: Change) -> tuple[date, int, str, str]:
    return entry.date, entry.milestone or 1, entry.from_, entry.to


def _orphaned(old: PlanFile, change: PlanChange) -> Iterator[Finding]:
    """A warning for each task taken out of the plan with reports recorded sent
    (`kehoach done --period`): the record of what was sent goes with it, unseen in a
    diff that says "bỏ nhiệm vụ". Its line is the old side's (`old`, where it still is)."""
    gone = {task.task_id for task in change.tasks if task.kind == "removed"}
    for index, task in enumerate(old.plan.tasks):
        if task.id not in gone or not task.reports:
            continue
        periods = ", ".join(report.period for report in task.reports)
        message = (
            f"nhiệm vụ '{task.id}' bị xóa cùng {len(task.reports)} báo cáo đã ghi gửi "
            f"({periods}): hồ sơ các kỳ đã gửi mất theo; nếu nhiệm vụ bị hủy, giữ nhiệm vụ "
            "và ghi status: cancelled"
        )
        yield warning(old.name, old.located.where(("tasks", index)), "reports-orphaned", message)


def _unreadable(pf: PlanFile, change: PlanChange) -> Iterator[Finding]:
    """A finding at the phrase of each deadline that no longer reads after the plan's kind
    changed (`Move.unread`): never a silent loss of a deadline (issue 11's first rule),
    with the way out a clerk writes (`last_day`, or the year in the phrase)."""
    index = {task.id: i for i, task in enumerate(pf.plan.tasks)}
    for task in change.tasks:
        for move in task.moves:
            if not move.unread or task.task_id not in index:
                continue
            at = index[task.task_id]
            plan_task = pf.plan.tasks[at]
            loc: tuple[str | int, ...] = (
                ("tasks", at, "deadline")
                if plan_task.deadlines is None
                else ("tasks", at, "deadlines", move.milestone - 1, "phrase")
            )
            message = (
                f"nhiệm vụ '{task.task_id}': thời hạn \"{move.new}\" không còn đọc được sau "
                f"khi đổi standing ({KIND_WORDS[pf.plan.standing]}); ghi năm vào cụm từ, hoặc "
                "ghi ngày cuối cùng vào last_day (ngày đầu vào first_day)"
            )
            yield error(pf.name, pf.located.where(loc), "deadline-unread", message)


def _by_id(repo: Repository) -> tuple[dict[str, PlanFile], list[Finding]]:
    """Each plan by its id, from the first file that holds it; a second file with the same
    id is a problem (validate's duplicate-plan-id), since which of the two is the plan
    cannot be told: compared silently, a copy added under another name showed nothing."""
    plans: dict[str, PlanFile] = {}
    twice: list[Finding] = []
    for pf in repo.plans:
        if (first := plans.setdefault(pf.plan.id, pf)) is not pf:
            message = f"mã kế hoạch '{pf.plan.id}' đã dùng ở {first.name}"
            twice.append(error(pf.name, pf.located.where(("id",)), "duplicate-plan-id", message))
    return plans, twice


def _whole(kind: str, pf: PlanFile) -> PlanChange:
    return PlanChange(kind, pf.plan, str(pf.path))


@dataclass(frozen=True)
class Sides:
    """What reading each side needs: its agency registry, the repository settings, and
    the working-day calendar `status` counts by (the repository's calendar.yaml; the
    public holidays alone when none is given)."""

    old_directory: Directory | None
    new_directory: Directory | None
    settings: Settings
    calendar: Calendar = field(default_factory=vietnam_calendar)
    today: date | None = None  # judges which added periods are overdue (None: none judged)

    def plan(self, old: PlanFile, new: PlanFile) -> PlanChange:
        edits = _edits(old.plan, new.plan, {"tasks"})
        return PlanChange(
            "changed",
            new.plan,
            str(new.path),
            tuple(self.tasks(old.plan, new.plan)),
            tuple(edit.key for edit in edits),
            edits,
        )

    def tasks(self, old: Plan, new: Plan) -> Iterator[TaskChange]:
        before = {t.id: t for t in old.tasks}
        after = {t.id: t for t in new.tasks}
        renumbered = _renumbered(
            [t for t in old.tasks if t.id not in after],
            [t for t in new.tasks if t.id not in before],
        )
        for task in new.tasks:
            previous = before.get(task.id) or renumbered.get(task.id)
            if previous is None:
                yield self.task("added", None, task, old, new)
            elif change := self.task("changed", previous, task, old, new):
                yield change
        gone = {t.id for t in renumbered.values()}
        for task in old.tasks:
            if task.id not in after and task.id not in gone:
                yield TaskChange("removed", task.id, task.title)

    def task(
        self, kind: str, old: Task | None, new: Task, old_plan: Plan, new_plan: Plan
    ) -> TaskChange:
        edits = _task_edits(old, new) if old else ()
        return TaskChange(
            kind,
            new.id,
            new.title,
            old_id=old.id if old is not None and old.id != new.id else None,
            moves=tuple(self.moves(old, new, old_plan, new_plan)),
            reassignments=tuple(self.reassignments(old, new)) if old else (),
            status=_status_change(old, new) if old else None,
            fields=tuple(edit.key for edit in edits),
            milestone_count=max(len(new.milestones), len(old.milestones) if old else 0),
            edits=edits,
            periods=tuple(
                period_shifts(
                    old,
                    new,
                    old_plan,
                    new_plan,
                    read=self.read,
                    today=self.today,
                    calendar=self.rolling(),
                )
            )
            if old
            else (),
        )

    def moves(self, old: Task | None, new: Task, old_plan: Plan, new_plan: Plan) -> Iterator[Move]:
        before = old.milestones if old else []
        after = new.milestones
        for index in range(max(len(before), len(after))):
            was = before[index] if index < len(before) else None
            now = after[index] if index < len(after) else None
            old_day = self.due(was, old_plan)
            new_day = self.due(now, new_plan)
            if was and now and (was.phrase, old_day) == (now.phrase, new_day):
                continue
            same = was is not None and now is not None and was.phrase == now.phrase
            whole = was == now  # the milestone untouched: only what it reads by changed
            yield Move(
                index + 1,
                was.phrase if was else None,
                now.phrase if now else None,
                old_day.due if old_day else None,
                new_day.due if new_day else None,
                _recorded(old, new, index, now.phrase) if now else None,
                _steps(old, new, index),
                self.anchor(now, old_plan, new_plan, old_day, whole=whole)
                if same and now
                else None,
                old_day.written if old_day else None,
                new_day.written if new_day else None,
            )

    def read(self, milestone: Milestone, plan: Plan) -> Deadline | None:
        try:
            return read_milestone(milestone, context_for(plan, self.settings))
        except DeadlineError:
            return None

    def anchor(
        self,
        milestone: Milestone,
        old_plan: Plan,
        new_plan: Plan,
        before: DueDay | None,
        *,
        whole: bool = False,
    ) -> AnchorChange | None:
        """What the milestone counts from, when that changed (its phrase did not); for a
        milestone left `whole`, also the issue day its phrase takes its year from (due
        `before` in `old_plan`); the plan's kind changed, for such a milestone read anew."""
        deadline = self.read(milestone, new_plan)
        if whole and (kind := kind_change(old_plan, new_plan, reads=deadline is not None)):
            return kind
        if deadline is None:
            return None
        counted = anchor_change(old_plan, new_plan, deadline)
        if counted is None and whole:
            return year_change(old_plan, new_plan, deadline, before.due if before else None)
        return counted

    def rolling(self) -> Calendar | None:
        """The calendar a last day rolls by, None when the repository says `rollover =
        "none"` (the day as written)."""
        return self.calendar if self.settings.rollover is Rollover.NEXT_WORKING_DAY else None

    def due(self, milestone: Milestone | None, plan: Plan) -> DueDay | None:
        """The day the milestone falls due, as `status` counts it: a count from an event
        moves when the event does ("75 ngày trước ngày bầu cử"); a last day on a day off
        rolls to the next working day unless the repository says `rollover = "none"`."""
        deadline = self.read(milestone, plan) if milestone is not None else None
        return due_day(plan, deadline, self.calendar, self.settings.rollover)

    def reassignments(self, old: Task, new: Task) -> Iterator[Reassignment]:
        for role in ("lead", "support"):
            before = {agency_key(n, self.old_directory)[0]: n for n in getattr(old, role)}
            after = {agency_key(n, self.new_directory)[0]: n for n in getattr(new, role)}
            removed = tuple(name for key, name in before.items() if key not in after)
            added = tuple(name for key, name in after.items() if key not in before)
            if removed or added:
                yield Reassignment(role, removed, added)


def _renumbered(removed: Sequence[Task], added: Sequence[Task]) -> dict[str, Task]:
    """New id -> the old task, for tasks whose title reappears under another id."""
    titles = {squash(t.title): t for t in removed}
    pairs: dict[str, Task] = {}
    for task in added:
        previous = titles.pop(squash(task.title), None)
        if previous is not None:
            pairs[task.id] = previous
    return pairs


def _recorded(old: Task | None, new: Task, index: int, phrase: str) -> Change | None:
    """The history entry added since `old` that records this milestone's new phrase."""
    known = old.history if old else []
    fresh = [
        c
        for c in new.history
        if c not in known and (c.milestone or 1) == index + 1 and c.to == phrase
    ]
    return fresh[-1] if fresh else None


def _position(changes: tuple[Change, ...], change: Change) -> int:
    """Where `change` (that very entry) stands in `changes`; its length when absent."""
    return next((i for i, c in enumerate(changes) if c is change), len(changes))


def _steps(old: Task | None, new: Task, index: int) -> tuple[Change, ...]:
    """The history entries of this milestone added since `old`, oldest first."""
    known = old.history if old else []
    return tuple(c for c in new.history if c not in known and (c.milestone or 1) == index + 1)


def _status_change(old: Task, new: Task) -> StatusChange | None:
    if (old.status, old.completed) == (new.status, new.completed):
        return None
    return StatusChange(old.status, new.status, old.completed, new.completed)


# Compared on their own (moves, reassignments, status); history explains moves.
_TASK_OWN = {"id", "deadline", "deadlines", "lead", "support", "status", "completed", "history"}


def _task_edits(old: Task, new: Task) -> tuple[FieldEdit, ...]:
    edits = _edits(old, new, _TASK_OWN)
    if old.history != new.history and old.milestones == new.milestones:  # not a move's
        return (*edits, FieldEdit("history", old.history, new.history))
    return edits


def _edits(old: BaseModel, new: BaseModel, skip: set[str]) -> tuple[FieldEdit, ...]:
    """The file keys, other than `skip`, whose values differ, with both values."""
    return tuple(
        FieldEdit(info.alias or name, getattr(old, name), getattr(new, name))
        for name, info in type(new).model_fields.items()
        if name not in skip and getattr(old, name) != getattr(new, name)
    )

"""What the user asked for: `--plan` and `--agency` values resolved against the repository."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kehoach.base.text import squash
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Agency, Task


class SelectionError(ValueError):
    """A plan or agency the repository does not know; the message suggests close names."""


@dataclass(frozen=True)
class Selection:
    """Which deadlines to count: by plan, by agency (lead only or lead-or-support)."""

    plans: frozenset[str] | None = None  # plan ids
    agencies: frozenset[str] | None = None  # agency ids, with successors and predecessors
    lead_only: bool = False


def select(
    plan_files: Sequence[PlanFile],
    directory: Directory | None,
    plans: Sequence[str] = (),
    agencies: Sequence[str] = (),
    *,
    lead_only: bool = False,
) -> Selection:
    """Resolve the names people typed; raise `SelectionError` for any that match nothing."""
    plan_ids = frozenset(plan_id(plan_files, p) for p in plans) if plans else None
    agency_ids = (
        frozenset(i for a in agencies for i in _agency_ids(directory, a, plan_files))
        if agencies
        else None
    )
    return Selection(plan_ids, agency_ids, lead_only)


def _plan_keys(pf: PlanFile) -> set[str]:
    """What people type for a plan: its id, its number (348/KH-UBND), or the number alone."""
    keys = {squash(pf.plan.id)}
    if pf.plan.number:
        keys |= {squash(pf.plan.number), squash(pf.plan.number.split("/")[0])}
    return keys


def _whole_parts(typed: str) -> None:
    """Refuse a reference with a part that names nothing: `348/../1`, `./348/1`, `348//1`.
    Lookups ignore punctuation (`squash`), so such a part would vanish and the rest
    would name a plan the user did not type; a path is not a reference."""
    parts = re.split(r"[/\\]", typed)
    if any(not any(ch.isalnum() for ch in part) for part in parts):
        raise SelectionError(
            f"'{typed}': có phần không phải tên (như '..', '.' hoặc để trống); "
            "cần dạng KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7"
        )


def plan_id(plan_files: Sequence[PlanFile], typed: str) -> str:
    """The id of the one plan `typed` names (id, number or number alone)."""
    _whole_parts(typed)
    matches = {pf.plan.id for pf in plan_files if squash(typed) in _plan_keys(pf)}
    if len(matches) == 1:
        return matches.pop()
    if matches:
        raise SelectionError(f"'{typed}' chỉ nhiều kế hoạch: {', '.join(sorted(matches))}")
    known = [pf.plan.number or pf.plan.id for pf in plan_files]
    close = difflib.get_close_matches(typed, known, n=3, cutoff=0.5)
    hint = f"; có phải: {', '.join(close)}?" if close else f"; các kế hoạch: {', '.join(known)}"
    raise SelectionError(f"không có kế hoạch '{typed}'{hint}")


def task_ref(plan_files: Sequence[PlanFile], typed: str) -> tuple[PlanFile, Task]:
    """The plan file and task `PLAN/TASK` names: 348/7, 348/KH-UBND/7, kh-348-2022/7.

    Task ids never hold a slash, plan numbers often do, so the task is after the last one.
    The task id is matched as written, else without regard to case (iii.3.c).
    """
    plan_part, slash, task_part = typed.rpartition("/")
    if not slash or not plan_part or not task_part:
        raise SelectionError(f"'{typed}': cần dạng KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7")
    _whole_parts(typed)
    wanted = plan_id(plan_files, plan_part)
    files = [pf for pf in plan_files if pf.plan.id == wanted]
    if len(files) > 1:  # `kehoach validate` reports it as duplicate-plan-id
        names = ", ".join(pf.name for pf in files)
        raise SelectionError(f"mã kế hoạch '{wanted}' có ở nhiều tệp ({names}); hãy sửa trùng mã")
    pf = files[0]
    ids = [t.id for t in pf.plan.tasks]
    matches = [i for i in ids if i == task_part] or [
        i for i in ids if squash(i) == squash(task_part)
    ]
    if len(matches) == 1:
        return pf, next(t for t in pf.plan.tasks if t.id == matches[0])
    if matches:
        raise SelectionError(f"'{typed}' chỉ nhiều nhiệm vụ: {', '.join(matches)}")
    close = difflib.get_close_matches(task_part, ids, n=5, cutoff=0.5)
    hint = f"có phải: {', '.join(close)}?" if close else f"các nhiệm vụ: {', '.join(ids)}"
    raise SelectionError(f"kế hoạch '{wanted}' không có nhiệm vụ '{task_part}'; {hint}")


def _agency_ids(
    directory: Directory | None, typed: str, plan_files: Sequence[PlanFile] = ()
) -> set[str]:
    """The bodies `typed` names in any plan's jurisdiction, with their predecessors and
    successors: "Sở Tài chính" selects each province's; "Sở Tài chính tỉnh Gia Lai" one."""
    if directory is None:
        raise SelectionError(f"không có danh mục cơ quan (agencies.yaml) để tìm '{typed}'")
    scopes = {directory.scope_for(pf.plan) for pf in plan_files}
    for pf in plan_files:  # meet every body the plans name, so predecessors are known
        scope = directory.scope_for(pf.plan)
        for task in pf.plan.tasks:
            for name in (*task.lead, *task.support):
                directory.resolve(name, scope)
    found = [directory.resolve(typed)] + [directory.resolve(typed, s) for s in scopes]
    agencies = {a.id: a for a in found if a is not None} or _by_part(directory, typed)
    if not agencies:
        raise SelectionError(directory.unknown(typed))
    return {i for agency in agencies.values() for i in directory.family(agency)}


def _by_part(directory: Directory, typed: str) -> dict[str, Agency]:
    """The one body whose name or alias holds `typed` as whole words ("so ke hoach" for
    Sở Kế hoạch và Đầu tư), counting a body and its successors once; none when `typed`
    is in no name; `SelectionError` naming the candidates when it is in several."""
    want = f" {squash(typed)} "
    if not want.strip():
        return {}
    # The repository's own registry first: its names are the ones its plans are written in.
    for pool in (directory.registry.agencies, list(directory.by_id.values())):
        hits = [a for a in pool if any(want in f" {squash(n)} " for n in (a.name, *a.aliases))]
        bodies = {frozenset(directory.family(a)): a for a in hits}
        if len(bodies) > 1:
            names = sorted(a.name for a in bodies.values())
            more = f" và {len(names) - 5} cơ quan khác" if len(names) > 5 else ""
            raise SelectionError(
                f"'{typed}' có trong tên nhiều cơ quan: {', '.join(names[:5])}{more}; hãy gõ rõ hơn"
            )
        if bodies:
            return {a.id: a for a in bodies.values()}
    return {}

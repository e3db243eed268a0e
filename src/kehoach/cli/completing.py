"""What Tab offers: plan ids, task references and agency names from the plans here.

Each function is called by the shell's completion script with the word typed so far and
returns the candidates that start with it. Typer keeps only candidates that start with the
word exactly as typed, so a name completes from its own spelling ("Sở N" offers "Sở Nội
vụ"; "so n" offers nothing). Completion is best effort: a repository that does not load offers nothing rather
than printing an error into the user's command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kehoach.plan.loader import Repository
    from kehoach.plan.model import Plan

MOST = 200  # a shell lists every candidate: more than this is noise, not help


def plan_ids(incomplete: str) -> list[str]:
    """The ids and printed numbers (348/KH-UBND) of the plans that start with `incomplete`."""
    names = (name for plan in _plans() for name in (plan.id, plan.number) if name)
    return _starting(names, incomplete)


def task_refs(incomplete: str) -> list[str]:
    """`PLAN/TASK` references that start with `incomplete`, by the plan's id
    (kh-348-2022/7) or by its number alone (348/7) where that number names one plan."""
    plans = list(_plans())
    numbers = [_number(plan) for plan in plans]
    refs = (
        f"{name}/{task.id}"
        for plan, number in zip(plans, numbers, strict=True)
        for name in (plan.id, number if number and numbers.count(number) == 1 else None)
        if name
        for task in plan.tasks
    )
    return _starting(refs, incomplete)


def _number(plan: Plan) -> str | None:
    """The number alone, as `task_ref` reads it: 348 for 348/KH-UBND."""
    return plan.number.split("/")[0] if plan.number else None


def agency_names(incomplete: str) -> list[str]:
    """The registry's names and aliases that start with `incomplete`."""
    repo = _repository()
    if repo is None or repo.directory is None:
        return []
    agencies = repo.directory.registry.agencies
    return _starting((n for a in agencies for n in (a.name, *a.aliases)), incomplete)


def _starting(candidates: Iterator[str], incomplete: str) -> list[str]:
    from kehoach.base.text import fold

    typed = fold(incomplete)
    found = (c for c in candidates if fold(c).startswith(typed))
    return sorted(dict.fromkeys(found), key=fold)[:MOST]


def _plans() -> Iterator[Plan]:
    repo = _repository()
    yield from (loaded.plan for loaded in repo.plans) if repo is not None else ()


def _repository() -> Repository | None:
    from kehoach.plan.loader import load_repository
    from kehoach.plan.settings import load_settings, plan_paths

    from .common import plan_cache

    cwd = Path.cwd()
    try:
        settings = load_settings(cwd)
        return load_repository(plan_paths([], settings, cwd), settings, cwd, plan_cache())
    except Exception:  # best effort: never a traceback in the shell
        return None

"""`kehoach slips`: why deadlines moved, per agency, over a period. The git walk and
its heavy imports stay inside the command."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    AgencyOpt,
    PathsArg,
    PlanOpt,
    app,
    fail,
    first_error_per_file,
    load_plans,
    parse_day,
    selection_for,
)

if TYPE_CHECKING:
    from kehoach.base.findings import Finding
    from kehoach.dates.workdays import Calendar
    from kehoach.plan.loader import Repository
    from kehoach.plan.settings import Settings
    from kehoach.reports.slips import Slip


class SlipsFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command()
def slips(
    paths: PathsArg = None,
    start: Annotated[
        str | None, typer.Option("--from", help="Từ ngày (dd/mm/yyyy); mặc định từ đầu")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Đến ngày (dd/mm/yyyy); mặc định đến nay")
    ] = None,
    agency: AgencyOpt = None,
    plan: PlanOpt = None,
    output: Annotated[
        SlipsFormat, typer.Option("--format", "-f", help="text, markdown hoặc json")
    ] = SlipsFormat.text,
) -> None:
    """Vì sao thời hạn bị dời: số lần dời, số ngày, lý do, theo cơ quan chủ trì và theo kỳ."""
    from kehoach.render.console import NARROW_FLOOR, terminal
    from kehoach.render.slips import FORMATS, RenderOptions
    from kehoach.reports.slips import Period, build_slips

    from .calendar import repository_calendar

    period = Period(
        parse_day(start, "--from") if start is not None else None,
        parse_day(end, "--to") if end is not None else None,
    )
    if period.start and period.end and period.start > period.end:
        fail("--from phải trước hoặc bằng --to")
    repo, settings = load_plans(paths)
    selection = selection_for(repo, plan, agency, lead_only=True)
    found, history_problems, git = _slips(repo, settings, repository_calendar(paths))
    plans = {pf.plan.id: pf.plan for pf in repo.plans}
    report = build_slips(found, repo.directory, period, selection=selection, git=git, plans=plans)
    problems = first_error_per_file(repo, settings)
    width, color = terminal(least=NARROW_FLOOR)  # cards below the table's width
    sys.stdout.write(FORMATS[output.value](report, RenderOptions(width, color, history_problems)))
    for finding in [*problems, *history_problems]:
        sys.stderr.write(f"{finding}\n")
    raise typer.Exit(EXIT_FINDINGS if problems else EXIT_OK)


def _slips(
    repo: Repository, settings: Settings, calendar: Calendar
) -> tuple[list[Slip], list[Finding], bool]:
    """The moves git saw paired with the files' history; the files' history alone (and a
    line on stderr) when the plans are not in a git repository."""
    from kehoach.base.gitrepo import GitError, open_repository
    from kehoach.base.text import one_line
    from kehoach.reports.slips import recorded_slips
    from kehoach.review.slips import repository_slips

    if not repo.plans:
        return [], [], False
    try:
        git = open_repository(repo.plans[0].path.resolve().parent)
        walk = repository_slips(git, repo.plans, settings, repo.directory, calendar)
    except GitError as exc:
        sys.stderr.write(one_line(f"kehoach: {exc}: chỉ tính theo lịch sử ghi trong tệp") + "\n")
        return recorded_slips(repo.plans, settings, calendar), [], False
    if note := git.shallow_note():
        sys.stderr.write(one_line(f"kehoach: {note}") + "\n")
    return walk.slips, walk.problems, True

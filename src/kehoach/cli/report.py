"""Commands that report on plans: status."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from . import texts
from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    AgencyOpt,
    AsOfOpt,
    Lang,
    LeadOnlyOpt,
    PathsArg,
    PlanOpt,
    SoonOpt,
    app,
    as_of_day,
    first_error_per_file,
    load_plans,
    selection_for,
)


class StatusFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"


class FailOn(StrEnum):
    overdue = "overdue"
    soon = "soon"


@app.command()
def status(
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    soon: SoonOpt = 7,
    show_all: Annotated[bool, typer.Option("--all", help="Liệt kê mọi thời hạn")] = False,
    agency: AgencyOpt = None,
    plan: PlanOpt = None,
    lead_only: LeadOnlyOpt = False,
    output: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="text, json, markdown hoặc csv")
    ] = StatusFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Thoát mã 1 khi có việc quá hạn / sắp đến hạn"),
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="vi hoặc en")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Số dòng tối đa")] = 50,
) -> None:
    """Việc quá hạn, sắp đến hạn, hoàn thành đúng hạn hay trễ hạn, theo từng cơ quan."""
    from kehoach.render.console import terminal
    from kehoach.render.status import FORMATS, RenderOptions
    from kehoach.reports.status import Bin, build_report

    from .calendar import rollover_calendar

    repo, settings = load_plans(paths)
    today = as_of_day(as_of)
    selection = selection_for(repo, plan, agency, lead_only)
    problems = first_error_per_file(repo, settings)
    report = build_report(
        repo.plans,
        settings,
        repo.directory,
        today,
        soon_days=soon,
        selection=selection,
        calendar=rollover_calendar(settings, paths),
    )
    width, color = terminal()
    language = lang.value if lang else texts.current()
    options = RenderOptions(language, width, color, show_all, limit, problems)
    sys.stdout.write(FORMATS[output.value](report, options))
    for finding in problems:
        sys.stderr.write(f"{finding}\n")
    alert = {
        None: False,
        FailOn.overdue: report.total.counts[Bin.OVERDUE] > 0,
        FailOn.soon: report.total.counts[Bin.OVERDUE] + report.total.soon > 0,
    }[fail_on]
    raise typer.Exit(EXIT_FINDINGS if problems or alert else EXIT_OK)

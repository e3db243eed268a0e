"""Commands that report on plans: status."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from .common import EXIT_FINDINGS, EXIT_OK, Lang, PathsArg, app, fail, load_plans, parse_day


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
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Xem tại ngày (dd/mm/yyyy); mặc định hôm nay")
    ] = None,
    soon: Annotated[int, typer.Option("--soon", min=0, help="Sắp đến hạn: trong N ngày")] = 7,
    show_all: Annotated[bool, typer.Option("--all", help="Liệt kê mọi thời hạn")] = False,
    agency: Annotated[
        list[str] | None,
        typer.Option("--agency", "-a", help="Lọc theo cơ quan (gõ không dấu được)"),
    ] = None,
    plan: Annotated[
        list[str] | None, typer.Option("--plan", "-p", help="Lọc theo kế hoạch: 348, 348/KH-UBND…")
    ] = None,
    lead_only: Annotated[
        bool,
        typer.Option("--lead-only", help="Chỉ nhiệm vụ cơ quan chủ trì (mặc định: cả phối hợp)"),
    ] = False,
    output: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="text, json, markdown hoặc csv")
    ] = StatusFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Thoát mã 1 khi có việc quá hạn / sắp đến hạn"),
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="vi hoặc en")] = Lang.vi,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Số dòng tối đa")] = 50,
) -> None:
    """Việc quá hạn, sắp đến hạn, hoàn thành đúng hạn hay trễ hạn, theo từng cơ quan."""
    from kehoach.findings import first_errors
    from kehoach.render.console import terminal
    from kehoach.render.status import FORMATS, RenderOptions
    from kehoach.rules import check_repository
    from kehoach.selection import SelectionError, select
    from kehoach.status import Bin, build_report

    repo, settings = load_plans(paths)
    today = parse_day(as_of, "--as-of") if as_of else today_in_vietnam()
    try:
        selection = select(
            repo.plans, repo.directory, plan or [], agency or [], lead_only=lead_only
        )
    except SelectionError as exc:
        fail(str(exc))
    problems = first_errors(check_repository(repo, settings))
    report = build_report(
        repo.plans, settings, repo.directory, today, soon_days=soon, selection=selection
    )
    width, color = terminal()
    options = RenderOptions(lang.value, width, color, show_all, limit, problems)
    sys.stdout.write(FORMATS[output.value](report, options))
    for finding in problems:
        sys.stderr.write(f"{finding}\n")
    alert = {
        None: False,
        FailOn.overdue: report.total.counts[Bin.OVERDUE] > 0,
        FailOn.soon: report.total.counts[Bin.OVERDUE] + report.total.soon > 0,
    }[fail_on]
    raise typer.Exit(EXIT_FINDINGS if problems or alert else EXIT_OK)


def today_in_vietnam() -> date:
    """Today in Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam keeps no daylight saving)."""
    from datetime import datetime, timedelta, timezone

    return datetime.now(timezone(timedelta(hours=7))).date()

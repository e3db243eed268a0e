"""The plan as a picture: kehoach timeline."""

from __future__ import annotations

import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import texts
from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    AgencyOpt,
    AsOfOpt,
    LeadOnlyOpt,
    PathsArg,
    PlanOpt,
    SoonOpt,
    app,
    as_of_day,
    fail,
    first_error_per_file,
    load_plans,
    output_memo,
    parse_day,
    selection_for,
    start_report,
    write_atomically,
)

if TYPE_CHECKING:
    from kehoach.plan.cache import Output
    from kehoach.reports.timeline import Chart


class TimelineFormat(StrEnum):
    text = "text"
    mermaid = "mermaid"
    svg = "svg"
    html = "html"


@app.command()
def timeline(
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    soon: SoonOpt = 7,
    agency: AgencyOpt = None,
    plan: PlanOpt = None,
    lead_only: LeadOnlyOpt = False,
    start: Annotated[
        str | None, typer.Option("--from", help="Từ ngày (mặc định: thời hạn sớm nhất)")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Đến ngày (mặc định: thời hạn muộn nhất)")
    ] = None,
    output: Annotated[
        TimelineFormat, typer.Option("--format", "-f", help="text, mermaid, svg hoặc html")
    ] = TimelineFormat.text,
    output_file: Annotated[
        Path | None, typer.Option("--output", "-o", help="Ghi vào tệp thay vì in ra")
    ] = None,
) -> None:
    """Biểu đồ tiến độ (Gantt): trong terminal, Mermaid, SVG hoặc HTML."""
    as_of, width, color = start_report(as_of, output_file)
    shape = (soon, agency, plan, lead_only, start, end, output.value, output_file is not None)
    memo = output_memo("timeline", paths, as_of, *shape, width, color, texts.current())
    kept = memo.kept() if memo is not None else None
    if kept is None:
        kept = _timeline(paths, as_of, *shape[:-1], width, color, to_file=output_file is not None)
        if memo is not None:
            memo.keep(kept)
    if output_file is None:
        sys.stdout.write(kept.stdout)
    else:
        write_atomically(output_file, kept.stdout)
        from kehoach.base.text import file_name

        shown = file_name(str(output_file))  # a name may hold a line break: one line whatever it is
        sys.stderr.write(f"wrote {shown}\n" if texts.current() == "en" else f"đã ghi {shown}\n")
    for line in kept.stderr:
        sys.stderr.write(line)
    raise typer.Exit(kept.code)


def _timeline(
    paths: list[Path] | None,
    as_of: str,
    soon: int,
    agency: list[str] | None,
    plan: list[str] | None,
    lead_only: bool,
    start: str | None,
    end: str | None,
    output_value: str,
    width: int,
    color: bool,
    *,
    to_file: bool,
) -> Output:
    """What `timeline` prints (the picture, the lines of stderr) and its exit code."""
    from kehoach.plan.cache import Output
    from kehoach.reports.timeline import build_chart

    from .calendar import repository_calendar

    repo, settings = load_plans(paths)
    today = as_of_day(as_of)
    selection = selection_for(repo, plan, agency, lead_only)
    problems = first_error_per_file(repo, settings)
    try:
        chart = build_chart(
            repo.plans,
            settings,
            repo.directory,
            today,
            soon_days=soon,
            selection=selection,
            start=parse_day(start, "--from") if start is not None else None,
            end=parse_day(end, "--to") if end is not None else None,
            calendar=repository_calendar(paths),
            rollover=settings.rollover,
        )
    except ValueError as exc:
        fail(f"--from, --to: {exc}")
    chart = replace(chart, lang=texts.current())  # the words drawn: --lang
    picture = _render(chart, TimelineFormat(output_value), width, color and not to_file)
    return Output(picture, [f"{f}\n" for f in problems], EXIT_FINDINGS if problems else EXIT_OK)


def _render(chart: Chart, output: TimelineFormat, width: int, color: bool) -> str:
    """Only the renderer asked for is imported: Rich is not loaded for SVG."""
    if output is TimelineFormat.mermaid:
        from kehoach.render.timeline_mermaid import as_mermaid

        return as_mermaid(chart)
    if output in (TimelineFormat.svg, TimelineFormat.html):
        from kehoach.render.timeline_svg import as_html, as_svg

        return as_svg(chart) if output is TimelineFormat.svg else as_html(chart)
    from kehoach.render.timeline_text import as_text

    return as_text(chart, width, color)

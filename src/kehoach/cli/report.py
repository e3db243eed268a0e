"""Commands that report on plans: status."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeAlias

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
    fail,
    first_error_per_file,
    load_plans,
    output_memo,
    selection_for,
    start_report,
    write_atomically,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from kehoach.render.status import RenderOptions
    from kehoach.reports.status import Report

Content: TypeAlias = (
    "str | bytes | Iterator[str]"  # what a format gives: text, a workbook, or pieces
)


class StatusFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"
    xlsx = "xlsx"


class CsvHeader(StrEnum):
    key = "key"
    vi = "vi"


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
        StatusFormat,
        typer.Option("--format", "-f", help="text, json, markdown, csv hoặc xlsx (Excel)"),
    ] = StatusFormat.text,
    output_file: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Ghi vào tệp thay vì stdout (cần cho xlsx ở terminal)"),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Thoát mã 1 khi có việc quá hạn / sắp đến hạn"),
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="vi hoặc en")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Số dòng tối đa")] = 50,
    header: Annotated[
        CsvHeader,
        typer.Option(
            "--header",
            help="Dòng tiêu đề của CSV: key (tên trường cho chương trình) hoặc vi (tên cột tiếng Việt)",
        ),
    ] = CsvHeader.key,
) -> None:
    """Việc quá hạn, sắp đến hạn, hoàn thành đúng hạn hay trễ hạn, theo từng cơ quan."""
    from kehoach.plan.cache import Output

    as_of, width, color = start_report(as_of, output_file)
    language = lang.value if lang else texts.current()
    if header is not CsvHeader.key and output is not StatusFormat.csv:
        fail("--header chỉ dùng với --format csv")
    shape = (
        *(soon, show_all, agency, plan, lead_only, output.value, fail_on, language, limit),
        header.value,
    )
    memo = None  # a workbook carries its own timestamps: never replayed
    if output is not StatusFormat.xlsx:
        memo = output_memo("status", paths, as_of, *shape, width, color)
    kept = memo.kept() if memo is not None else None
    content: Content
    if kept is not None:
        content, stderr, code = kept.stdout, kept.stderr, kept.code
    else:
        content, stderr, code = _status(paths, as_of, *shape, width, color)
        if memo is not None and isinstance(content, str):
            memo.keep(Output(content, stderr, code))
        elif memo is not None and not isinstance(content, bytes):
            content = memo.keep_pieces(content, stderr, code)
    _write(content, output_file)
    for line in stderr:
        sys.stderr.write(line)
    raise typer.Exit(code)


def _status(
    paths: list[Path] | None,
    as_of: str | None,
    soon: int,
    show_all: bool,
    agency: list[str] | None,
    plan: list[str] | None,
    lead_only: bool,
    output_value: str,
    fail_on: FailOn | None,
    language: str,
    limit: int,
    header: str,
    width: int,
    color: bool,
) -> tuple[Content, list[str], int]:
    """What `status` prints (stdout, the lines of stderr) and its exit code."""
    from kehoach.render.status import RenderOptions
    from kehoach.reports.status import Bin, build_report

    from .calendar import repository_calendar

    repo, settings = load_plans(paths)
    today = as_of_day(as_of)
    notes: list[str] = []
    selection = selection_for(repo, plan, agency, lead_only, notes)
    problems = first_error_per_file(repo, settings)
    report = build_report(
        repo.plans,
        settings,
        repo.directory,
        today,
        soon_days=soon,
        selection=selection,
        calendar=repository_calendar(paths),
        rollover=settings.rollover,
    )
    options = RenderOptions(language, width, color, show_all, limit, problems, header)
    alert = {
        None: False,
        FailOn.overdue: report.total.counts[Bin.OVERDUE] > 0,
        FailOn.soon: report.total.counts[Bin.OVERDUE] + report.total.soon > 0,
    }[fail_on]
    code = EXIT_FINDINGS if problems or alert else EXIT_OK
    return (
        _rendered(StatusFormat(output_value), report, options),
        [*notes, *(f"{f}\n" for f in problems)],
        code,
    )


def _rendered(output: StatusFormat, report: Report, options: RenderOptions) -> Content:
    if output is StatusFormat.xlsx:  # openpyxl is imported only for the workbook
        from kehoach.render.status_xlsx import as_xlsx

        return as_xlsx(report, options)
    if output is StatusFormat.json:  # written as it is made: one deadline at a time
        from kehoach.render.status import json_pieces

        return json_pieces(report, options)
    from kehoach.render.status import FORMATS

    return FORMATS[output.value](report, options)


def _write(content: Content, out: Path | None) -> None:
    """To the file asked for (atomically), else to stdout; a workbook never to a terminal."""
    if out is not None:
        write_atomically(out, content if isinstance(content, str | bytes) else "".join(content))
    elif isinstance(content, str):
        sys.stdout.write(content)
    elif not isinstance(content, bytes):
        for piece in content:
            sys.stdout.write(piece)
    elif sys.stdout.isatty():
        fail("--format xlsx: thêm -o TỆP.xlsx (không in tệp Excel ra màn hình)")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)

"""The `kehoach` command: options in, one core call, render, exit code. Nothing else.

Exit codes (documented in the README): 0 clean, 1 findings or alerts, 2 usage or I/O,
3 an internal error (a bug: reported in one line, the traceback only with KEHOACH_DEBUG=1).
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from .findings import Finding

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="kehoach",
    help="Theo dõi thời hạn các kế hoạch: kiểm tra tệp, trạng thái, lịch.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class FindingFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class StatusFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"


class FailOn(StrEnum):
    overdue = "overdue"
    soon = "soon"


class Lang(StrEnum):
    vi = "vi"
    en = "en"


class ReadingFormat(StrEnum):
    text = "text"
    json = "json"


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Tệp hoặc thư mục kế hoạch (mặc định: plans/ gần nhất)", show_default=False
    ),
]


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One clear line on stderr, no traceback."""
    sys.stderr.write(f"kehoach: {message}\n")
    raise typer.Exit(code)


def parse_day(text: str, option: str) -> date:
    from .model import read_day

    try:
        value = read_day(text)
    except ValueError as exc:
        fail(f"{option}: {exc}")
    assert isinstance(value, date)
    return value


@app.command()
def validate(
    paths: PathsArg = None,
    output: Annotated[
        FindingFormat, typer.Option("--format", "-f", help="text, json hoặc github")
    ] = FindingFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Cảnh báo cũng tính là lỗi")] = False,
) -> None:
    """Kiểm tra tệp kế hoạch: cú pháp, lược đồ, thời hạn, cơ quan, tham chiếu."""
    from .findings import has_errors
    from .render.findings import FORMATS
    from .rules import check_repository

    repo, settings = _load(paths)
    findings = check_repository(repo, settings)
    sys.stdout.write(FORMATS[output.value](findings))
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    files = len(repo.plans) + len(repo.broken) + (1 if repo.registry_name else 0)
    tasks = sum(len(pf.plan.tasks) for pf in repo.plans)
    sys.stderr.write(
        f"{files} tệp, {len(repo.plans)} kế hoạch hợp lệ, {tasks} nhiệm vụ: "
        f"{errors} lỗi, {warnings} cảnh báo\n"
    )
    raise typer.Exit(EXIT_FINDINGS if has_errors(findings, strict=strict) else EXIT_OK)


def _load(paths: list[Path] | None):  # type: ignore[no-untyped-def]
    from .loader import LoadError, load_repository
    from .settings import SettingsError, load_settings, plan_paths

    cwd = Path.cwd()
    try:
        settings = load_settings(cwd)
        targets = plan_paths(paths or [], settings, cwd)
        return load_repository(targets, settings, cwd), settings
    except (LoadError, SettingsError) as exc:
        fail(str(exc))


@app.command()
def deadline(
    phrase: Annotated[str, typer.Argument(help='Cụm từ thời hạn, ví dụ "Trước ngày 15/12"')],
    issued: Annotated[
        str | None, typer.Option("--issued", help="Ngày ban hành kế hoạch (cho năm còn thiếu)")
    ] = None,
    strict_before: Annotated[
        bool, typer.Option("--strict-before", help='"Trước ngày D" = hạn cuối D - 1')
    ] = False,
    output: Annotated[
        ReadingFormat, typer.Option("--format", "-f", help="text hoặc json")
    ] = ReadingFormat.text,
) -> None:
    """Cho biết một cụm từ thời hạn được đọc thế nào."""
    from .deadline import Context, DeadlineError, parse_deadline
    from .render.reading import FORMATS

    context = Context(
        issued=parse_day(issued, "--issued") if issued else None, strict_before=strict_before
    )
    try:
        reading = parse_deadline(phrase, context)
    except DeadlineError as exc:
        fail(str(exc), EXIT_FINDINGS)
    sys.stdout.write(FORMATS[output.value](reading))


@app.command()
def schema(
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Ghi plan.schema.json và agencies.schema.json vào đây"),
    ] = None,
) -> None:
    """In JSON Schema của tệp kế hoạch (cho trình soạn thảo có yaml-language-server)."""
    from .jsonschema import SCHEMAS, schema_text

    if out is None:
        sys.stdout.write(schema_text("plan"))
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name in SCHEMAS:
            (out / f"{name}.schema.json").write_text(schema_text(name), encoding="utf-8")
    except OSError as exc:
        fail(f"{out}: không ghi được: {exc.strerror or exc}")


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
    from .render.console import terminal
    from .render.status import FORMATS, RenderOptions
    from .rules import check_repository
    from .selection import SelectionError, select
    from .status import Bin, build_report

    repo, settings = _load(paths)
    today = parse_day(as_of, "--as-of") if as_of else today_in_vietnam()
    try:
        selection = select(
            repo.plans, repo.directory, plan or [], agency or [], lead_only=lead_only
        )
    except SelectionError as exc:
        fail(str(exc))
    problems = _first_error_per_file(check_repository(repo, settings))
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


def _first_error_per_file(findings: list[Finding]) -> list[Finding]:
    first: dict[str, Finding] = {}
    for finding in findings:
        if finding.severity == "error":
            first.setdefault(finding.path, finding)
    return list(first.values())


def main() -> None:
    """Console-script entry point: never a traceback for the user (KEHOACH_DEBUG=1 shows it)."""
    import os

    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `kehoach status | head`: the reader left; not an error
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except Exception as exc:
        if os.environ.get("KEHOACH_DEBUG"):
            raise
        sys.stderr.write(
            f"kehoach: lỗi nội bộ ({type(exc).__name__}: {exc}); "
            "chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi\n"
        )
        sys.exit(3)

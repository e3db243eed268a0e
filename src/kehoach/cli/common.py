"""What every command shares: the app, exit codes, one-line failures, loading plans."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from kehoach.loader import Repository
    from kehoach.settings import Settings

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="kehoach",
    help="Theo dõi thời hạn các kế hoạch: kiểm tra tệp, trạng thái, lịch.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Lang(StrEnum):
    vi = "vi"
    en = "en"


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
    from kehoach.model import read_day

    try:
        value = read_day(text)
    except ValueError as exc:
        fail(f"{option}: {exc}")
    assert isinstance(value, date)
    return value


def load_plans(paths: list[Path] | None) -> tuple[Repository, Settings]:
    """The repository under `paths` (or where settings say), or a one-line usage error."""
    from kehoach.loader import LoadError, load_repository
    from kehoach.settings import SettingsError, load_settings, plan_paths

    cwd = Path.cwd()
    try:
        settings = load_settings(cwd)
        targets = plan_paths(paths or [], settings, cwd)
        return load_repository(targets, settings, cwd), settings
    except (LoadError, SettingsError) as exc:
        fail(str(exc))

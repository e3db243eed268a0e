"""Commands on the working-day calendar: workdays."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import EXIT_FINDINGS, TextOrJson, app, fail, parse_day

if TYPE_CHECKING:
    from kehoach.dates.workdays import Calendar
    from kehoach.plan.calendarfile import LoadedCalendar
    from kehoach.plan.settings import Settings


def load_repository_calendar(paths: list[Path] | None) -> LoadedCalendar:
    """The calendar file of the plans under `paths` (or where settings say), loaded."""
    from kehoach.plan.calendarfile import load_calendar
    from kehoach.plan.settings import SettingsError, load_settings, plan_paths

    cwd = Path.cwd()
    try:
        targets = plan_paths(paths or [], load_settings(cwd), cwd)
    except SettingsError:
        targets = []
    return load_calendar(targets, cwd)


def repository_calendar(paths: list[Path] | None = None) -> Calendar:
    """The calendar of the plans' repository (its calendar.yaml swaps), or the package's
    holidays alone when there is no repository here; a broken calendar file fails in one
    line naming the file (exit 1), never a count that silently ignores it."""
    loaded = load_repository_calendar(paths)
    if loaded.calendar is None:
        for finding in loaded.findings:
            sys.stderr.write(f"{finding}\n")
        fail(f"{loaded.name}: lịch ngày nghỉ có lỗi; sửa tệp rồi chạy lại", EXIT_FINDINGS)
    return loaded.calendar


def rollover_calendar(settings: Settings, paths: list[Path] | None) -> Calendar | None:
    """The calendar deadlines roll over with, or None when the repository says
    `[calendar] rollover = "none"`."""
    from kehoach.dates.workdays import Rollover

    if settings.rollover is Rollover.NONE:
        return None
    return repository_calendar(paths)


@app.command()
def workdays(
    first: Annotated[str, typer.Argument(help="Từ ngày (dd/mm/yyyy), tính cả ngày này")],
    last: Annotated[str, typer.Argument(help="Đến ngày (dd/mm/yyyy), tính cả ngày này")],
    output: Annotated[
        TextOrJson, typer.Option("--format", "-f", help="text hoặc json")
    ] = TextOrJson.text,
) -> None:
    """Đếm ngày làm việc giữa hai ngày, nêu tên ngày lễ, ngày nghỉ hoán đổi, ngày làm bù."""
    from kehoach.dates.workdays import CountError, working_days_between
    from kehoach.render.workdays import SPAN_FORMATS

    start, end = parse_day(first, "FROM"), parse_day(last, "TO")
    calendar = repository_calendar()
    try:
        span = working_days_between(start, end, calendar)
    except CountError as exc:
        fail(str(exc))
    sys.stdout.write(SPAN_FORMATS[output.value](span))

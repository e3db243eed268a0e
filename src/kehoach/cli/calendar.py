"""Commands on the working-day calendar: workdays."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import EXIT_FINDINGS, TextOrJson, app, fail, parse_day, plan_cache

if TYPE_CHECKING:
    from datetime import date

    from kehoach.dates.deadline import Context
    from kehoach.dates.reading import Relative
    from kehoach.dates.workdays import Calendar, Rollover
    from kehoach.plan.calendarfile import LoadedCalendar


def load_repository_calendar(paths: list[Path] | None) -> LoadedCalendar:
    """The calendar file of the plans under `paths` (or where settings say), loaded."""
    from kehoach.plan.calendarfile import load_calendar
    from kehoach.plan.settings import SettingsError, load_settings, plan_paths

    cwd = Path.cwd()
    try:
        targets = plan_paths(paths or [], load_settings(cwd), cwd)
    except SettingsError:
        targets = []
    return load_calendar(targets, cwd, plan_cache())  # the bytes a memo keyed, if any


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


def count_phrase(phrase: str, context: Context, anchor: date, output: TextOrJson) -> None:
    """`kehoach deadline "N ngày làm việc kể từ …" --from DATE`: the day it gives, counted
    as the Civil Code counts, the rollover shown; exit 1 when the phrase is no count."""
    from kehoach.dates.deadline import DeadlineError, parse_deadline
    from kehoach.dates.workdays import CountError
    from kehoach.plan.relative import relative_of
    from kehoach.plan.schedule import read_counted

    try:
        reading = parse_deadline(phrase, context)
    except DeadlineError as exc:
        found = read_counted(phrase, context)
        if found is None:
            fail(str(exc), EXIT_FINDINGS)
        reading = found
    relative = relative_of(reading)
    if relative is None:
        fail(
            f"“{phrase}” không phải thời hạn tính từ một mốc (N ngày … kể từ/trước …)",
            EXIT_FINDINGS,
        )
    try:
        sys.stdout.write(counted_shown(phrase, relative, anchor, output, counting()))
    except CountError as exc:
        fail(f"“{phrase}”: {exc}", EXIT_FINDINGS)


def counting() -> tuple[Calendar, Rollover]:
    """The repository's calendar and rollover setting, which a count of days needs; read
    once by the caller (`deadline -` counts each stdin line with the same two)."""
    from kehoach.plan.settings import SettingsError, load_settings

    try:
        rollover = load_settings(Path.cwd()).rollover
    except SettingsError as exc:
        fail(str(exc))
    return repository_calendar(), rollover


def counted_shown(
    phrase: str,
    relative: Relative,
    anchor: date,
    output: TextOrJson,
    rules: tuple[Calendar, Rollover],
    *,
    one_line: bool = False,
) -> str:
    """The day `relative` (read from `phrase`) gives from `anchor`, counted with `rules`
    (the repository's calendar and rollover, `counting`), as text or JSON (one line with
    `one_line`, for `deadline -`'s JSON Lines). Raises `CountError` when the count leaves
    the calendar."""
    import json

    from kehoach.base.text import shown_unseen
    from kehoach.dates.workdays import count_from
    from kehoach.render.workdays import counted_json, counted_text

    calendar, rollover = rules
    counted = count_from(
        anchor,
        relative.offset,
        relative.unit,
        working_days=relative.working_days,
        direction=relative.direction,
        calendar=calendar,
        rollover=rollover,
    )
    if output is TextOrJson.json:
        data = {"phrase": phrase, "anchor_words": relative.anchor, **counted_json(counted)}
        return (
            json.dumps(data, ensure_ascii=False, indent=None if one_line else 2, sort_keys=True)
            + "\n"
        )
    shown = shown_unseen(phrase)  # as `deadline` shows it: an invisible space named
    words = relative.anchor or "(không nêu)"
    return f"Cụm từ    {shown}\nMốc       {words}: {anchor:%d/%m/%Y}\n{counted_text(counted)}"

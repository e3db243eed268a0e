"""`kehoach status` output: Rich text, JSON (a documented contract), Markdown and CSV.

Text and Markdown are for people: the deadlines that need attention (overdue, then due
soon), then one row per lead agency. JSON and CSV are for programs and carry every
deadline, uncapped, built from the data rather than from what the text shows.

JSON contract, schema "kehoach.status/1" (keys sorted; every key always present, null
when it has no value; dates ISO yyyy-mm-dd)::

    {"schema": "kehoach.status/1", "as_of": date, "soon_days": int,
     "summary": {"total": TALLY, "agencies": [{"agency": name, **TALLY}, ...]},
     "items": [ITEM, ...],  # attention first (as in the text), then the rest
     "problems": [{"path", "line", "col", "code", "message"}, ...]}
    TALLY: done_on_time, done_late, in_time, overdue, no_deadline, done_undated, due_soon,
           overdue_over_30, overdue_over_120, total (ints); on_time_rate (0..1 or null)
    ITEM:  see ITEM_FIELDS; lead and support are lists, milestone counts from 1.

CSV has one row per ITEM with ITEM_FIELDS as its header, lists joined with "; " and
dates written dd/mm/yyyy.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kehoach.deadline import DeadlineKind
from kehoach.findings import Finding
from kehoach.status import AGE_LIMITS, Bin, Item, Report, Tally
from kehoach.text import nfc

from .console import printed, string_console
from .labels import dmy, labels_for

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod
    from rich.table import Table

SCHEMA = "kehoach.status/1"
TITLE_LIMIT = 60  # characters of a task title shown in a table
DASH = "—"
ITEM_FIELDS = (
    "plan_id",
    "plan_number",
    "task_id",
    "title",
    "lead",
    "support",
    "milestone",
    "milestone_label",
    "phrase",
    "original_phrase",
    "kind",
    "first",
    "due",
    "bin",
    "due_soon",
    "days_left",
    "days_late",
    "completed",
)
LIST_COLUMNS = ("plan", "task", "title", "lead", "phrase", "due", "state")
# How a narrow terminal shares out its width: the title keeps the most.
LIST_WEIGHTS = (3, 1, 4, 3, 2, 3, 3)
SUMMARY_NAME_WEIGHT = 3  # the agency column against 1 for each count
COLUMN_GAP = 2  # a space of padding and a space of divider between columns
FLOOR_CAP = 12  # a column is not squeezed below its longest word, up to this many cells
DATED_BINS = (Bin.DONE_ON_TIME, Bin.DONE_LATE, Bin.IN_TIME, Bin.OVERDUE)
ROW_STYLES = {
    Bin.OVERDUE: "red",
    Bin.DONE_ON_TIME: "green",
    Bin.DONE_LATE: "green",
    Bin.DONE_UNDATED: "green",
}

Value = str | int | float | bool | date | list[str] | None
Record = dict[str, Value]
Labels = dict[str, str]


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "vi"  # "vi" or "en"
    width: int = 100  # terminal columns for the text table
    color: bool = False  # ANSI colours (a terminal without NO_COLOR)
    show_all: bool = False  # list every deadline, not only overdue and due soon
    limit: int = 50  # at most this many rows in text/markdown; a line says how many more
    problems: list[Finding] = field(default_factory=list)  # first finding of each broken file


# --- Data for programs: JSON and CSV -------------------------------------------------------


def item_record(item: Item, soon_days: int) -> Record:
    """One deadline as the JSON contract gives it (dates still `date`)."""
    deadline = item.deadline
    return {
        "plan_id": item.plan.id,
        "plan_number": item.plan.number,
        "task_id": item.task.id,
        "title": item.task.title,
        "lead": list(item.task.lead),
        "support": list(item.task.support),
        "milestone": item.slot.index + 1,
        "milestone_label": item.slot.label,
        "phrase": item.slot.milestone.phrase,
        "original_phrase": item.original_phrase,
        "kind": str(deadline.kind) if deadline else None,
        "first": deadline.first if deadline else None,
        "due": item.due,
        "bin": str(item.bin),
        "due_soon": item.is_soon(soon_days),
        "days_left": item.days_left,
        "days_late": item.days_late,
        "completed": item.completed,
    }


def tally_record(tally: Tally) -> Record:
    """One TALLY of the JSON contract: the bins, due soon, overdue by age, total, rate."""
    rate = tally.on_time_rate
    record: Record = {str(bin_): tally.counts[bin_] for bin_ in Bin}
    record |= {f"overdue_over_{limit}": tally.overdue_over[limit] for limit in AGE_LIMITS}
    record |= {"due_soon": tally.soon, "total": tally.total}
    record["on_time_rate"] = None if rate is None else round(rate, 4)
    return record


def problem_record(finding: Finding) -> Record:
    return {
        "path": finding.path,
        "line": finding.line,
        "col": finding.col,
        "code": finding.code,
        "message": finding.message,
    }


def _all_items(report: Report) -> list[Item]:
    return [*report.attention(), *report.rest()]


def json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def as_json(report: Report, options: RenderOptions) -> str:
    agencies = [{"agency": name, **tally_record(tally)} for name, tally in report.agencies]
    document = {
        "schema": SCHEMA,
        "as_of": report.as_of,
        "soon_days": report.soon_days,
        "summary": {"total": tally_record(report.total), "agencies": agencies},
        "items": [item_record(item, report.soon_days) for item in _all_items(report)],
        "problems": [problem_record(finding) for finding in options.problems],
    }
    return (
        json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, default=json_default)
        + "\n"
    )


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return dmy(value)
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def as_csv(report: Report, options: RenderOptions) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ITEM_FIELDS)
    for item in _all_items(report):
        record = item_record(item, report.soon_days)
        writer.writerow([_csv_cell(record[key]) for key in ITEM_FIELDS])
    return buffer.getvalue()


# --- What people read: the cells shared by text and Markdown -------------------------------


def short_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """`title` on one line, cut at a word boundary with "…" when longer than `limit`."""
    text = " ".join(nfc(title).split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else text[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def _days(count: int | None, labels: Labels) -> str:
    return labels["one_day"] if count == 1 else labels["days"].format(n=count)


def _undated_state(item: Item, labels: Labels) -> str:
    if item.deadline is None:
        return labels["state.unreadable"]
    ongoing = item.deadline.kind is DeadlineKind.ONGOING
    return labels["state.ongoing" if ongoing else "state.no_date"]


def _state(item: Item, labels: Labels) -> str:
    """Tình trạng: quá hạn 12 ngày, còn 3 ngày, hôm nay, đúng hạn, trễ 5 ngày, thường xuyên…"""
    if item.bin is Bin.OVERDUE:
        return labels["state.overdue"].format(days=_days(item.days_late, labels))
    if item.bin is Bin.IN_TIME and item.days_left == 0:
        return labels["state.today"]
    if item.bin is Bin.IN_TIME:
        return labels["state.left"].format(days=_days(item.days_left, labels))
    if item.bin is Bin.DONE_LATE:
        return labels["state.late"].format(days=_days(item.days_late, labels))
    simple = {Bin.DONE_ON_TIME: "state.on_time", Bin.DONE_UNDATED: "state.undated"}
    return labels[simple[item.bin]] if item.bin in simple else _undated_state(item, labels)


def _title_cell(item: Item, labels: Labels) -> str:
    title = short_title(item.task.title)
    if len(item.task.milestones) < 2:
        return title
    step = item.slot.label or labels["milestone"].format(n=item.slot.index + 1)
    return f"{title} — {step}"


def _phrase_cell(item: Item, labels: Labels) -> str:
    phrase = item.slot.milestone.phrase
    if item.original_phrase is None:
        return phrase
    return f"{phrase}\n{labels['original'].format(phrase=item.original_phrase)}"


def _item_cells(item: Item, labels: Labels) -> list[str]:
    return [
        item.plan.number or item.plan.id,
        item.task.id,
        _title_cell(item, labels),
        "; ".join(item.task.lead),
        _phrase_cell(item, labels),
        dmy(item.due) if item.due else DASH,
        _state(item, labels),
    ]


def _listed(report: Report, options: RenderOptions) -> tuple[list[Item], int]:
    """The rows to list (at most `limit`) and how many more there are."""
    rows = report.attention() + (report.rest() if options.show_all else [])
    return rows[: options.limit], max(len(rows) - options.limit, 0)


def _summary_header(labels: Labels) -> list[str]:
    return [
        labels["col.agency"],
        *(labels[f"bin.{bin_}"] for bin_ in DATED_BINS),
        *(labels["col.over"].format(days=limit) for limit in AGE_LIMITS),
        labels["bin.no_deadline"],
        labels["col.rate"],
    ]


def _tally_cells(name: str, tally: Tally) -> list[str]:
    rate = tally.on_time_rate
    return [
        name,
        *(str(tally.counts[bin_]) for bin_ in DATED_BINS),
        *(str(tally.overdue_over[limit]) for limit in AGE_LIMITS),
        str(tally.counts[Bin.NO_DEADLINE]),
        DASH if rate is None else f"{rate:.0%}",
    ]


def _summary_rows(report: Report, options: RenderOptions) -> tuple[list[list[str]], int]:
    """Agency rows (at most `limit`) and how many agencies are left out."""
    shown = report.agencies[: options.limit]
    return [_tally_cells(name, tally) for name, tally in shown], len(report.agencies) - len(shown)


def _notes(report: Report, options: RenderOptions, labels: Labels) -> list[str]:
    notes = []
    undated = report.total.counts[Bin.DONE_UNDATED]
    if undated:
        notes.append(labels["undated_note"].format(n=undated))
    if options.problems:
        notes.append(labels["problems_note"].format(n=len(options.problems)))
    return notes


# --- Text: Rich tables rendered to a string ------------------------------------------------


def fit_widths(
    natural: Sequence[int], weights: Sequence[int], room: int, floors: Sequence[int]
) -> list[int]:
    """Column widths summing to at most `room`: the natural widths when they fit, else
    each column capped at a common level times its weight (heavier columns keep more),
    not below its floor (its longest word, at most FLOOR_CAP, less when the floors do
    not fit). What the level leaves over goes to the heaviest columns that still want it."""
    widths = _levelled(natural, weights, room, floors)
    spare = room - sum(widths)
    for index in sorted(range(len(widths)), key=lambda i: -weights[i]):
        extra = max(0, min(spare, natural[index] - widths[index]))
        widths[index] += extra
        spare -= extra
    return widths


def _levelled(
    natural: Sequence[int], weights: Sequence[int], room: int, floors: Sequence[int]
) -> list[int]:
    for cap in range(FLOOR_CAP, 0, -1):  # lower the floors until they fit
        lows = [min(floor, cap) for floor in floors]

        def at(level: int, lows: list[int] = lows) -> list[int]:
            return [
                min(wide, max(low, level * weight // 10))
                for wide, weight, low in zip(natural, weights, lows, strict=True)
            ]

        if sum(at(0)) > room:
            continue
        # The total width only grows with the level: bisect for the highest that fits.
        low, high = 0, 10 * max(natural, default=0)
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if sum(at(middle)) <= room else (low, middle - 1)
        return at(low)
    return [1] * len(natural)


def _column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[int], width: int
) -> list[int]:
    from rich.cells import cell_len

    columns = list(zip(headers, *rows, strict=True))
    natural = [max(cell_len(line) for cell in col for line in cell.split("\n")) for col in columns]
    floors = [max(cell_len(word) for cell in col for word in cell.split()) for col in columns]
    return fit_widths(natural, weights, width - COLUMN_GAP * (len(headers) - 1), floors)


def _table(headers: Sequence[str], widths: Sequence[int], right_from: int | None = None) -> Table:
    """A table with an ASCII rule under the header and no other lines or box characters."""
    from rich.box import Box
    from rich.table import Table

    rule = Box("    \n    \n -- \n    \n -- \n    \n    \n    \n", ascii=True)
    table = Table(box=rule, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    for index, (header, width) in enumerate(zip(headers, widths, strict=True)):
        numeric = right_from is not None and index >= right_from
        justify: JustifyMethod = "right" if numeric else "left"
        table.add_column(header, width=width, overflow="fold", justify=justify)
    return table


def _row_style(item: Item, soon_days: int) -> str | None:
    return "yellow" if item.is_soon(soon_days) else ROW_STYLES.get(item.bin)


def _print_items(console: Console, report: Report, options: RenderOptions, labels: Labels) -> None:
    items, more = _listed(report, options)
    if not report.attention():
        console.print(labels["nothing"].format(days=report.soon_days))
    if items:
        headers = [labels[f"col.{name}"] for name in LIST_COLUMNS]
        rows = [_item_cells(item, labels) for item in items]
        table = _table(headers, _column_widths(headers, rows, LIST_WEIGHTS, console.width))
        for item, cells in zip(items, rows, strict=True):
            table.add_row(*cells, style=_row_style(item, report.soon_days))
        console.print(table)
    if more:
        console.print(labels["more_rows"].format(n=more))


def _print_summary(
    console: Console, report: Report, options: RenderOptions, labels: Labels
) -> None:
    rows, more = _summary_rows(report, options)
    headers = _summary_header(labels)
    total = _tally_cells(labels["total"], report.total)
    weights = [SUMMARY_NAME_WEIGHT] + [1] * (len(headers) - 1)
    table = _table(headers, _column_widths(headers, [*rows, total], weights, console.width), 1)
    for cells in rows:
        table.add_row(*cells)
    table.add_section()
    table.add_row(*total, style="bold")
    console.print(labels["summary"], style="bold")
    console.print(table)
    if more:
        console.print(labels["more_agencies"].format(n=more))


def as_text(report: Report, options: RenderOptions) -> str:
    console = string_console(options.width, options.color)
    labels = labels_for(options.lang)
    console.print(labels["heading"].format(day=dmy(report.as_of)), style="bold")
    _print_items(console, report, options, labels)
    console.print()
    _print_summary(console, report, options, labels)
    for note in _notes(report, options, labels):
        console.print(note)
    return printed(console)


# --- Markdown ------------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right_from: int) -> list[str]:
    rule = ["---:" if index >= right_from else "---" for index in range(len(headers))]
    return [
        "| " + " | ".join(_md_cell(cell) for cell in cells) + " |"
        for cells in (headers, rule, *rows)
    ]


def _md_items(report: Report, options: RenderOptions, labels: Labels) -> list[str]:
    rows, more = _listed(report, options)
    lines = [labels["nothing"].format(days=report.soon_days), ""] if not report.attention() else []
    if rows:
        headers = [labels[f"col.{name}"] for name in LIST_COLUMNS]
        cells = [_item_cells(item, labels) for item in rows]
        lines += [*md_table(headers, cells, right_from=len(headers)), ""]
    if more:
        lines += [labels["more_rows"].format(n=more), ""]
    return lines


def _md_summary(report: Report, options: RenderOptions, labels: Labels) -> list[str]:
    rows, more = _summary_rows(report, options)
    rows.append(_tally_cells(labels["total"], report.total))
    lines = [f"### {labels['summary']}", "", *md_table(_summary_header(labels), rows, 1), ""]
    return [*lines, labels["more_agencies"].format(n=more), ""] if more else lines


def as_markdown(report: Report, options: RenderOptions) -> str:
    labels = labels_for(options.lang)
    lines = [f"## {labels['heading'].format(day=dmy(report.as_of))}", ""]
    lines += _md_items(report, options, labels)
    lines += _md_summary(report, options, labels)
    lines += [f"{note}\n" for note in _notes(report, options, labels)]
    return "\n".join(lines).rstrip("\n") + "\n"


FORMATS: dict[str, Callable[[Report, RenderOptions], str]] = {
    "text": as_text,
    "json": as_json,
    "markdown": as_markdown,
    "csv": as_csv,
}

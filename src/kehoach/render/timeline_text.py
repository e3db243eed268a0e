"""`kehoach timeline` in a terminal: a Gantt chart drawn with Rich, fitted to the width.
(Only the text format loads this module, and Rich with it.)

On the left of each row the task id, its title and its lead agencies; on the right the
span of days, each column a few days wide: windows as bars, deadlines as marks whose
glyph and colour tell the status, a vertical line on the as-of day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from kehoach.base.text import cut, nfc, one_line
from kehoach.reports.timeline import AxisLabel, Chart, Row, State, axis_labels

from .console import printed, string_console
from .timeline_style import (
    AS_OF,
    BAR,
    COLOURS,
    GLYPHS,
    heading,
    lead_text,
    legend,
    notes,
    words,
)

LABEL_SHARE = 45  # per cent of the width for id, title and lead; the chart takes the rest
LEAD_SHARE = 4  # the lead column takes at most a quarter of that
NARROW = 70  # below this many columns the lead column goes and the title keeps the room
ID_CAP = 9  # cells of the id column it may always take (ids such as III.1.2.b)
ID_MAX = 16  # cells it takes for a longer id while the title keeps TITLE_FLOOR
TITLE_FLOOR = 4
GAP = 2  # cells between two columns
TICK, RULE = "┬", "─"
TICK_ROOM = 3  # cells a tick needs to itself for every unit to have one on the rule
LEGEND_GAP = "   "

Cell = tuple[str, str | None]  # a glyph and its Rich style


@dataclass(frozen=True)
class Layout:
    """Widths in terminal cells; `lead` is 0 when the lead column is left out."""

    id: int
    title: int
    lead: int
    chart: int

    @property
    def labels(self) -> int:
        return self.id + GAP + self.title + (self.lead + GAP if self.lead else 0)


def layout(chart: Chart, width: int) -> Layout:
    """Each label column as wide as its longest text, within LABEL_SHARE of the width;
    the chart takes the rest."""
    rows = list(chart.rows())
    said = words(chart)
    room = width * LABEL_SHARE // 100
    # an id is a token: whole while the title keeps a few cells ("III.1.2.b.10")
    id_room = min(max(ID_CAP, room - GAP - TITLE_FLOOR), ID_MAX)
    id_width = min(_widest(said["col.task"], (r.task_id for r in rows)), id_room)
    leads = ("; ".join(r.lead) for r in rows)
    lead = 0 if width < NARROW else min(_widest(said["col.lead"], leads), room // LEAD_SHARE)
    others = Layout(id_width, 0, lead, 0).labels
    title = min(_widest(said["col.title"], (_flat(r.title) for r in rows)), room - others)
    return Layout(id_width, title, lead, width - others - title - GAP)


def _widest(header: str, texts: Iterable[str]) -> int:
    return max(map(cell_len, [header, *texts]))


def _flat(text: str) -> str:
    return " ".join(nfc(text).split())


def _column(chart: Chart, day: date, columns: int) -> int:
    return min(max(int(chart.fraction(day) * columns), 0), columns - 1)


def _style(state: State | None, color: bool) -> str | None:
    return COLOURS[state][0] if color else None


def _paint(chart: Chart, row: Row, columns: int, color: bool) -> list[Cell]:
    """The row's chart cells: ongoing dots under the as-of line under the bars of
    windows under the marks; where marks meet, the most urgent is drawn last."""
    blank = (GLYPHS[State.ONGOING], _style(State.ONGOING, color)) if row.ongoing else (" ", None)
    cells: list[Cell] = [blank] * columns
    if chart.shows_as_of:
        cells[_column(chart, chart.as_of, columns)] = (AS_OF, _style(None, color))
    on_top: list[tuple[int, Cell]] = []
    for mark in chart.drawn(row):
        assert mark.first is not None and mark.last is not None  # a dated mark
        style = _style(mark.state, color)
        left = _column(chart, max(mark.first, chart.start), columns)
        right = _column(chart, min(mark.last, chart.end), columns)
        cells[left : right + 1] = [(BAR, style)] * (right + 1 - left)
        if mark.last <= chart.end:  # else the window runs on past the edge
            on_top.append((right, (GLYPHS[mark.state], style)))
    for index, cell in on_top:
        cells[index] = cell
    return cells


def _undated(row: Row, columns: int, color: bool) -> list[Cell]:
    """A row that has no day on the axis says why, in the plan's words."""
    text = _whole_words(row.phrases(), columns)
    return [(char, _style(State.NO_DATE, color)) for char in text]


def _whole_words(text: str, width: int) -> str:
    """`text` on one line in `width` cells, cut with "…" after its last whole word that
    fits, so a day or a number is never shown in part ("Sau 10 ngày kể từ…", never
    "… 15/7/20…"); a first word longer than the room is cut as `cut` does."""
    flat = one_line(nfc(text))
    if cell_len(flat) <= width:
        return flat
    words = flat.split(" ")
    kept = 0
    while kept < len(words) and cell_len(" ".join(words[: kept + 1]) + "…") <= width:
        kept += 1
    if kept == 0:
        return cut(flat, width, cell_len)
    return " ".join(words[:kept]).rstrip(" ,;:.-–—") + "…"


def _styled(cells: list[Cell]) -> Text:
    text = Text()
    for style, run in groupby(cells, key=lambda cell: cell[1]):
        text.append("".join(glyph for glyph, _ in run), style=style)
    return text


def _cell(text: str, width: int) -> str:
    """`text` cut to `width` cells and padded to exactly that many."""
    shown = cut(text, width, cell_len)
    return shown + " " * (width - cell_len(shown))


def _labels(row: Row, shape: Layout) -> str:
    parts = [_cell(row.task_id, shape.id), _cell(row.title, shape.title)]
    if shape.lead:
        parts.append(_cell(lead_text(row, shape.lead, cell_len), shape.lead))
    return (" " * GAP).join(parts)


def _row_line(chart: Chart, row: Row, shape: Layout, color: bool) -> Text:
    if row.dated or row.ongoing:
        cells = _paint(chart, row, shape.chart, color)
    else:
        cells = _undated(row, shape.chart, color)
    line = Text(_labels(row, shape) + " " * GAP)
    line.append_text(_styled(cells))
    return line


def _axis_header(chart: Chart, shape: Layout, labelled: list[AxisLabel]) -> Text:
    """The column names, then the tick labels each over its tick."""
    said = words(chart)
    labels = [" "] * shape.chart
    for _, label, at in labelled:
        start = int(at)
        labels[start : start + len(label)] = list(label)
    names = [_cell(said["col.task"], shape.id), _cell(said["col.title"], shape.title)]
    if shape.lead:
        names.append(_cell(said["col.lead"], shape.lead))
    return Text((" " * GAP).join(names) + " " * GAP + "".join(labels), style="bold")


def _axis_rule(chart: Chart, shape: Layout, labelled: list[AxisLabel], color: bool) -> Text:
    """A tick on the first day of each unit, or only on the labelled ones when the
    ticks would crowd; the as-of line crosses it."""
    rule: list[Cell] = [(RULE, None)] * shape.chart
    dense = shape.chart < TICK_ROOM * len(chart.ticks)
    for day in [label.day for label in labelled] if dense else chart.ticks:
        rule[_column(chart, day, shape.chart)] = (TICK, None)
    if chart.shows_as_of:
        rule[_column(chart, chart.as_of, shape.chart)] = (AS_OF, _style(None, color))
    line = Text(" " * (shape.labels + GAP))
    line.append_text(_styled(rule))
    return line


def _legend(chart: Chart, width: int, color: bool) -> list[Text]:
    """The legend entries packed into lines of at most `width` cells."""
    title = words(chart)["legend"]
    lines = [Text(title)]
    for glyph, state, said in legend(chart):
        entry = Text(glyph, style=_style(state, color) or "")
        entry.append(f" {said}")
        gap = " " if lines[-1].plain == title else LEGEND_GAP
        if lines[-1].cell_len + len(gap) + entry.cell_len > width:
            lines.append(Text(""))
        elif lines[-1].plain:
            lines[-1].append(gap)
        lines[-1].append_text(entry)
    return lines


def _print_heading(console: Console, chart: Chart) -> None:
    title, span = heading(chart)
    if cell_len(f"{title}, {span}") <= console.width:
        console.print(f"{title}, {span}", style="bold")
    else:
        console.print(title, style="bold")
        console.print(span)  # wrapped between words: its days stay whole


def _print_groups(console: Console, chart: Chart, shape: Layout, color: bool) -> None:
    labelled = axis_labels(chart, lambda d: _column(chart, d, shape.chart), cell_len, shape.chart)
    console.print(_axis_header(chart, shape, labelled))
    console.print(_axis_rule(chart, shape, labelled, color))
    for group in chart.groups:
        console.print(cut(f"{group.name} — {group.title}", console.width, cell_len), style="bold")
        for row in group.rows:
            console.print(_row_line(chart, row, shape, color))


def as_text(chart: Chart, width: int, color: bool = False) -> str:
    console = string_console(width, color)
    _print_heading(console, chart)
    if chart.groups:
        console.print()
        _print_groups(console, chart, layout(chart, width), color)
        console.print()
        for line in _legend(chart, width, color):
            console.print(line)
    for note in notes(chart):
        console.print(note)
    return printed(console)

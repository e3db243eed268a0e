"""What every timeline picture shares: the glyph and colour of each state, the words.

Each state has a glyph of its own, so the picture reads without colour (NO_COLOR, a
pipe, a black-and-white printout): a cross for overdue, diamonds for work still due
(filled when due soon), circles for work done (half filled when done late).
"""

from __future__ import annotations

from collections.abc import Callable

from kehoach.base.text import cut
from kehoach.reports.timeline import Chart, Row, State, Unit

from .labels import dmy

GLYPHS = {
    State.OVERDUE: "✗",
    State.DUE_SOON: "◆",
    State.IN_TIME: "◇",
    State.DONE_LATE: "◐",
    State.DONE_ON_TIME: "●",
    State.DONE_UNDATED: "○",
    State.ONGOING: "·",
    State.NO_DATE: " ",
}
BAR = "━"  # the days of a window; its mark stands on the last day, where lateness counts
AS_OF = "┃"  # the day the chart is drawn as of

# (Rich style in a terminal, colour in SVG and HTML); None is the as-of line.
COLOURS: dict[State | None, tuple[str, str]] = {
    State.OVERDUE: ("bold red", "#c62828"),
    State.DUE_SOON: ("bold yellow", "#e65100"),
    State.IN_TIME: ("cyan", "#1565c0"),
    State.DONE_LATE: ("magenta", "#8e24aa"),
    State.DONE_ON_TIME: ("green", "#2e7d32"),
    State.DONE_UNDATED: ("green", "#2e7d32"),
    State.ONGOING: ("dim", "#757575"),
    State.NO_DATE: ("dim", "#757575"),
    None: ("bold blue", "#000000"),
}

NAMES = {
    State.OVERDUE: "quá hạn",
    State.DUE_SOON: "sắp đến hạn (≤ {soon} ngày)",
    State.IN_TIME: "trong hạn",
    State.DONE_LATE: "hoàn thành trễ hạn",
    State.DONE_ON_TIME: "hoàn thành đúng hạn",
    State.DONE_UNDATED: "hoàn thành, thiếu ngày",
    State.ONGOING: "thường xuyên",
}
# Always in the legend, so that a reader learns the whole scheme; the others when drawn.
MAIN_STATES = (State.OVERDUE, State.DUE_SOON, State.IN_TIME, State.DONE_LATE, State.DONE_ON_TIME)
UNIT_NAMES = {
    Unit.DAY: "ngày",
    Unit.WEEK: "tuần",
    Unit.MONTH: "tháng",
    Unit.QUARTER: "quý",
    Unit.YEAR: "năm",
}
WORDS = {
    "heading": "Tiến độ tại ngày {day}",
    "span": "từ {start} đến {end}, chia theo {unit}",
    "col.task": "TT",
    "col.title": "Nhiệm vụ",
    "col.lead": "Chủ trì",
    "legend": "Chú thích:",
    "window": "khoảng thời gian, hạn ở cuối",
    "as_of": "ngày {day}",
    "none_selected": "Không có nhiệm vụ nào được chọn.",
    "none_dated": "Không có thời hạn nào từ {start} đến {end}.",
    "hidden": "{n} nhiệm vụ có thời hạn ngoài khoảng này không được vẽ (xem --from, --to).",
}


# The same words in English, for --lang en.
NAMES_EN = {
    State.OVERDUE: "overdue",
    State.DUE_SOON: "due soon (≤ {soon} days)",
    State.IN_TIME: "in time",
    State.DONE_LATE: "done late",
    State.DONE_ON_TIME: "done on time",
    State.DONE_UNDATED: "done, no date",
    State.ONGOING: "ongoing",
}
UNIT_NAMES_EN = {
    Unit.DAY: "day",
    Unit.WEEK: "week",
    Unit.MONTH: "month",
    Unit.QUARTER: "quarter",
    Unit.YEAR: "year",
}
WORDS_EN = {
    "heading": "Progress as of {day}",
    "span": "from {start} to {end}, by {unit}",
    "col.task": "No.",
    "col.title": "Task",
    "col.lead": "Lead",
    "legend": "Legend:",
    "window": "period, due at its end",
    "as_of": "{day}",
    "none_selected": "No task selected.",
    "none_dated": "No deadline from {start} to {end}.",
    "hidden": "{n} tasks with deadlines outside this span are not drawn (see --from, --to).",
}


def words(chart: Chart) -> dict[str, str]:
    """The chart's words in its language."""
    return WORDS_EN if chart.lang == "en" else WORDS


def heading(chart: Chart) -> tuple[str, str]:
    """The title line and the span line."""
    units = UNIT_NAMES_EN if chart.lang == "en" else UNIT_NAMES
    said = words(chart)
    span = said["span"].format(start=dmy(chart.start), end=dmy(chart.end), unit=units[chart.unit])
    return said["heading"].format(day=dmy(chart.as_of)), span


def legend(chart: Chart) -> list[tuple[str, State | None, str]]:
    """(glyph, state for its colour, words) for each entry; None for the as-of line."""
    names = NAMES_EN if chart.lang == "en" else NAMES
    drawn = chart.states()
    shown = [s for s in State if (s in MAIN_STATES or s in drawn) and s in names]
    entries: list[tuple[str, State | None, str]] = [
        (GLYPHS[s], s, names[s].format(soon=chart.soon_days)) for s in shown
    ]
    said = words(chart)
    entries.append((BAR + GLYPHS[State.IN_TIME], State.IN_TIME, said["window"]))
    if chart.shows_as_of:  # a line outside the span is not drawn, so not explained
        entries.append((AS_OF, None, said["as_of"].format(day=dmy(chart.as_of))))
    return entries


def notes(chart: Chart) -> list[str]:
    """What the picture does not show, said in words."""
    out = []
    said = words(chart)
    if not chart.groups:
        out.append(said["none_selected"] if not chart.hidden else _none_dated(chart))
    elif not any(chart.visible(m) for row in chart.rows() for m in row.marks):
        out.append(_none_dated(chart))
    if chart.hidden:
        out.append(said["hidden"].format(n=chart.hidden))
    return out


def _none_dated(chart: Chart) -> str:
    return words(chart)["none_dated"].format(start=dmy(chart.start), end=dmy(chart.end))


def lead_text(row: Row, width: int, measure: Callable[[str], int]) -> str:
    """The lead agencies in full when they fit `width`, else their short forms, cut."""
    full = "; ".join(row.lead)
    return full if measure(full) <= width else cut("; ".join(row.lead_short), width, measure)

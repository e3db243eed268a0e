"""`kehoach timeline --format mermaid`: a Mermaid `gantt` block for merge requests.

GitLab and GitHub draw a fenced ```mermaid block in Markdown, so the output pastes as is
into a merge-request description. One section per plan, one line per deadline: windows
as bars, single days as milestones; `crit` marks what is overdue (and what was done
late), `active` what is due soon, `done` what is done. Mermaid reads `:` as the start of
a task's data, `;` as the end of a statement and `#` as the start of an entity, so a
title's characters Mermaid would read are written as its entity codes ("#35;" for `#`,
"#lt;" for `<`), which it draws as the characters: the title shows as written, never as
markup ("<b>", "&lt;" drawn as typed). Mermaid has no way to draw a line on a given day (its
own "today" marker is the real today), so the as-of day is in the title and the marker
is off. Deadlines without a day cannot be placed; they are listed in `%%` comments.
"""

from __future__ import annotations

import re
from datetime import timedelta

from kehoach.base.text import cut, one_line
from kehoach.reports.timeline import Chart, Group, Mark, Row, State, Unit

from .timeline_style import heading

TITLE_LIMIT = 60  # characters of a task title in a bar's name
TAGS = {
    State.OVERDUE: ["crit"],
    State.DUE_SOON: ["active"],
    State.DONE_LATE: ["done", "crit"],
    State.DONE_ON_TIME: ["done"],
    State.DONE_UNDATED: ["done"],
}
# d3 time formats for the axis, and Mermaid's tickInterval, by unit.
AXIS = {
    Unit.DAY: ("%d/%m", "1day"),
    Unit.WEEK: ("%d/%m", "1week"),
    Unit.MONTH: ("T%-m/%Y", "1month"),
    Unit.QUARTER: ("%m/%Y", "3month"),
    Unit.YEAR: ("%Y", "12month"),
}
AXIS_EN = {**AXIS, Unit.MONTH: ("%b %Y", "1month")}
# Mermaid's entity codes ("Entity codes to escape characters", its flowchart syntax, for
# every diagram: `encodeEntities` before parsing, the entity put back in the drawing): `:`
# starts a task's data, `;` ends a statement, `#` starts an entity, `%%` a comment or a
# directive, and `<`, `>`, `&` would be markup in the drawing.
_ENTITIES = {
    "#": "#35;",
    ":": "#58;",
    ";": "#59;",
    "%": "#37;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
}
_CODED = re.compile("[" + re.escape("".join(_ENTITIES)) + "]")
# Mermaid reads `%%{…}%%` anywhere in the text as a directive (configuration: theme,
# fonts, security level), so no two % stand together in a comment line either.
_PERCENTS = re.compile(r"%{2,}")
# Every Mermaid keyword (gantt, title, section, click, excludes, todayMarker…) starts
# with a letter: a task line that starts with a letter gets this word first.
TASK_WORD = "NV"


def mermaid_text(text: str) -> str:
    """`text` as Mermaid draws it as written in a name, a section or the title: on one
    line, control characters shown, each of `# : ; % < > &` as its entity code
    ("Báo cáo: mục #3" → "Báo cáo#58; mục #35;3")."""
    return _CODED.sub(lambda m: _ENTITIES[m.group()], one_line(text))


def mermaid_comment(text: str) -> str:
    """`text` in a `%%` comment line, which Mermaid drops before it reads the rest: on one
    line, as written but for two % together (a directive, `%%{`, is read anywhere)."""
    return _PERCENTS.sub("%", one_line(text))


def _name(row: Row, label: str | None = None) -> str:
    name = f"{row.task_id} {cut(row.title, TITLE_LIMIT)}"
    if len(row.marks) > 1 and label:
        name += f" — {label}"
    # Mermaid keeps every character before the `:` of a task's data as its name: a space
    # there (the title's own, or one before the `:`) ends the name drawn and read aloud.
    return _line_start(mermaid_text(name).strip())


def _line_start(text: str) -> str:
    """`text` such that Mermaid cannot read its first word as a statement."""
    return text if text[:1].isdigit() else f"{TASK_WORD} {text}"


def _task_line(chart: Chart, row: Row, mark: Mark) -> str:
    """One bar or milestone. Mermaid's end date is exclusive: a window ends the day after."""
    assert mark.first is not None and mark.last is not None
    first, last = max(mark.first, chart.start), min(mark.last, chart.end)
    tags = TAGS.get(mark.state, [])
    if mark.first == mark.last:
        when = ["milestone", *tags, first.isoformat(), "0d"]
    else:
        when = [*tags, first.isoformat(), (last + timedelta(days=1)).isoformat()]
    return f"    {_name(row, mark.label)}:{', '.join(when)}"


def _ongoing_line(chart: Chart, row: Row) -> str:
    """Ongoing work runs through the whole span."""
    end = chart.end + timedelta(days=1)
    return f"    {_name(row)}:{chart.start.isoformat()}, {end.isoformat()}"


def _row_lines(chart: Chart, row: Row) -> list[str]:
    lines = []
    for mark in row.dated:
        if chart.visible(mark):
            if rolled := mark.rolled(chart.lang):  # Mermaid draws one day: say which was written
                lines.append(f"    %% {mermaid_comment(f'{row.task_id} {rolled}')}")
            lines.append(_task_line(chart, row, mark))
    if row.ongoing and not lines:
        lines.append(_ongoing_line(chart, row))
    if not lines:
        lines.append(f"    %% {mermaid_comment(f'{row.task_id} {row.title} — {row.phrases()}')}")
    return lines


def _section(chart: Chart, group: Group) -> list[str]:
    lines = [f"    section {mermaid_text(group.name)}"]  # Mermaid gives a section little room
    for row in group.rows:
        lines += _row_lines(chart, row)
    return lines


def as_mermaid(chart: Chart) -> str:
    title, span = heading(chart)
    axis_format, interval = (AXIS_EN if chart.lang == "en" else AXIS)[chart.unit]
    lines = [
        "```mermaid",
        "gantt",
        f"    title {mermaid_text(f'{title}, {span}')}",
        "    dateFormat YYYY-MM-DD",
        f"    axisFormat {axis_format}",
        f"    tickInterval {interval}",
        "    todayMarker off",
    ]
    for group in chart.groups:
        lines += _section(chart, group)
    lines.append("```")
    return "\n".join(lines) + "\n"

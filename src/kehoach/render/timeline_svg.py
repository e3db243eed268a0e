"""`kehoach timeline --format svg|html`: the terminal chart as a picture for reports.

One drawing serves both formats: a standalone SVG file, and an HTML page holding the
same SVG inline, printable on A4 landscape. Both are self-contained: no script, no
external font or style sheet, nothing fetched from a network. The font stack names
fonts that draw Vietnamese on Debian (Noto Sans, DejaVu Sans), Windows (Segoe UI,
Arial) and macOS (Arial), then the browser's own sans-serif. All text is escaped.

Text cannot be measured without the font, so titles are cut to an estimated number of
characters and every label column is clipped to its width as well: a wider font than
expected hides the end of a title, never overwrites the next column. A plan's heading
spans the drawing and wraps between words onto as many lines as it needs (up to
HEADING_LINES).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from kehoach.base.text import cut, nfc, one_line
from kehoach.reports.timeline import Chart, Group, Mark, Row, State, axis_labels

from .labels import dmy
from .timeline_style import (
    COLOURS,
    GLYPHS,
    heading,
    lead_text,
    legend,
    notes,
    words,
)

FONTS = '"Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif'
WIDTH = 1400  # user units (px at 100 %); 297 x 210 mm is the A4 landscape page
MARGIN = 16
FONT = 13
CHAR = FONT * 0.56  # an average advance of Vietnamese text in DejaVu Sans, a wide font
BOLD = 1.1  # bold text is about a tenth wider (measured in Chromium with DejaVu Sans Bold)
CAPITAL = 1.15  # a capital letter's advance, in average characters (likewise measured)
ROW = 22
GLYPH_SIZE = 16
AXIS_TOP = 64  # tick labels sit above the axis line
AXIS = 76
BAR_HEIGHT = 10
LEGEND_GAP = 24
HEADING_LINES = 4  # a plan's heading wraps to at most this many lines
COLUMNS = {"id": (MARGIN, 64), "title": (88, 392), "lead": (488, 196)}  # x, width
CHART_X = 696
CHART_WIDTH = WIDTH - MARGIN - CHART_X
STYLE = f"""
text {{ font-family: {FONTS}; font-size: {FONT}px; fill: #212121; }}
.heading {{ font-size: 18px; font-weight: bold; }}
.span, .note {{ fill: #616161; }}
.group {{ font-weight: bold; }}
.columns {{ font-weight: bold; }}
.tick {{ fill: #424242; }}
.mark {{ font-size: {GLYPH_SIZE}px; text-anchor: middle; dominant-baseline: central; }}
.undated {{ fill: #757575; font-style: italic; paint-order: stroke; stroke: #ffffff;
  stroke-width: 4px; stroke-linejoin: round; }}
.as-of, .legend-glyph {{ font-weight: bold; }}
"""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml(text: str) -> str:
    """`text` safe inside an XML element or attribute (characters XML forbids dropped)."""
    return html.escape(_NOT_XML.sub("", text), quote=True)


def _chars(width: float) -> int:
    return int(width / CHAR)


def _text(
    x: float, y: float, content: str, css: str = "", extra: str = "", *, tooltip: str = ""
) -> str:
    klass = f' class="{css}"' if css else ""
    hint = f"<title>{xml(tooltip)}</title>" if tooltip else ""
    return f'<text x="{x:.1f}" y="{y:.1f}"{klass}{extra}>{xml(content)}{hint}</text>'


@dataclass
class Drawing:
    """The SVG elements, bottom to top: row stripes, the grid and the as-of line
    (`back`); the plans' heading bands (`bands`), which the lines pass under; the
    rest (`parts`). `y` is where the next line goes."""

    chart: Chart
    back: list[str] = field(default_factory=list)
    bands: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    y: float = 0

    def x(self, day: date) -> float:
        return CHART_X + self.chart.fraction(day) * CHART_WIDTH


def _colour(state: State | None) -> str:
    return COLOURS[state][1]


def _fill(state: State | None) -> str:
    """A text colour (a style: the style sheet's `text` rule beats a fill attribute)."""
    return f' style="fill: {_colour(state)}"'


def _heading(drawing: Drawing) -> None:
    title, span = heading(drawing.chart)
    drawing.parts.append(_text(MARGIN, 28, title, "heading"))
    drawing.parts.append(_text(MARGIN, 48, span, "span"))
    drawing.y = AXIS


def _axis(drawing: Drawing) -> None:
    chart, parts = drawing.chart, drawing.parts
    said = words(chart)
    names = [("id", said["col.task"]), ("title", said["col.title"]), ("lead", said["col.lead"])]
    for column, name in names:
        parts.append(_text(COLUMNS[column][0], AXIS - 6, name, "columns"))
    labels = axis_labels(
        chart, lambda d: drawing.x(d) - CHART_X, lambda s: len(s) * CHAR, CHART_WIDTH, 8
    )
    for _, label, at in labels:
        parts.append(_text(CHART_X + at + 3, AXIS_TOP + 6, label, "tick"))
    parts.append(
        f'<line x1="{CHART_X}" y1="{AXIS}" x2="{CHART_X + CHART_WIDTH}" y2="{AXIS}" '
        'stroke="#9e9e9e"/>'
    )
    drawing.y = AXIS + 4


def _grid(drawing: Drawing, bottom: float) -> None:
    for day in drawing.chart.ticks:
        x = drawing.x(day)
        drawing.back.append(
            f'<line x1="{x:.1f}" y1="{AXIS_TOP - 8}" x2="{x:.1f}" y2="{bottom:.1f}" '
            'stroke="#e0e0e0"/>'
        )


def width_of(text: str) -> float:
    """`text`'s estimated width in average characters: a capital is wider (a title in
    capitals, as KH 22/KH-UBND prints it, is about a ninth wider than one in lower case)."""
    return sum(CAPITAL if char.isupper() else 1 for char in text)


def wrap(text: str, width: int, most: int = HEADING_LINES) -> list[str]:
    """`text` on lines of at most `width` characters as `width_of` counts them, broken
    between words; a word longer than a line is cut, and so is the last of `most` lines
    (with "…")."""
    lines: list[str] = []
    words = one_line(nfc(text)).split()  # composed, control characters shown
    while words and len(lines) < most:
        line = words.pop(0)
        while words and width_of(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(cut(line, width, _cells))
    if words:  # more than `most` lines: the last one says the rest was left out
        lines[-1] = cut(f"{lines[-1]} {' '.join(words)}", width, _cells)
    return lines


def _cells(text: str) -> int:
    return math.ceil(width_of(text))


def _group_lines(group: Group) -> list[str]:
    """The plan's number and title, wrapped to the drawing's width (a title runs to
    several lines; it is the one place the reader learns which plan this is)."""
    return wrap(f"{group.name} — {group.title}", _chars((WIDTH - 2 * MARGIN - 8) / BOLD))


def _group(drawing: Drawing, group: Group) -> None:
    lines = _group_lines(group)
    drawing.bands.append(_band(drawing.y, "#eceff1", ROW * len(lines)))
    for line in lines:
        drawing.parts.append(_text(MARGIN + 4, drawing.y + ROW - 7, line, "group"))
        drawing.y += ROW


def _mark_glyph(drawing: Drawing, mark: Mark, middle: float) -> str:
    assert mark.last is not None
    x = drawing.x(mark.last) + drawing.x(mark.last + timedelta(days=1))
    tooltip = (
        mark.rolled(drawing.chart.lang) or ""
    )  # the day written and the working day it rolled to
    return _text(x / 2, middle, GLYPHS[mark.state], "mark", _fill(mark.state), tooltip=tooltip)


def _bar(drawing: Drawing, mark: Mark, middle: float) -> str:
    assert mark.first is not None and mark.last is not None
    chart = drawing.chart
    left = drawing.x(max(mark.first, chart.start))
    right = drawing.x(min(mark.last, chart.end) + timedelta(days=1))
    colour = _colour(mark.state)
    return (
        f'<rect x="{left:.1f}" y="{middle - BAR_HEIGHT / 2:.1f}" width="{right - left:.1f}" '
        f'height="{BAR_HEIGHT}" rx="2" fill="{colour}" fill-opacity="0.35" stroke="{colour}"/>'
    )


def _marks(drawing: Drawing, row: Row, middle: float) -> Iterator[str]:
    """Bars under marks; the most urgent drawn last, on top."""
    chart = drawing.chart
    marks = chart.drawn(row)
    for mark in marks:
        if mark.first != mark.last:
            yield _bar(drawing, mark, middle)
    for mark in marks:
        if mark.last is not None and mark.last <= chart.end:
            yield _mark_glyph(drawing, mark, middle)


def _undated(drawing: Drawing, row: Row, middle: float) -> Iterator[str]:
    if row.ongoing:
        yield (
            f'<line x1="{CHART_X}" y1="{middle:.1f}" x2="{CHART_X + CHART_WIDTH}" '
            f'y2="{middle:.1f}" stroke="{_colour(State.ONGOING)}" stroke-dasharray="2 4"/>'
        )
    if not row.dated:
        yield _text(CHART_X + 4, middle + 4, cut(row.phrases(), _chars(CHART_WIDTH)), "undated")


def _labels(row: Row, baseline: float) -> Iterator[str]:
    """Id, title and lead, each clipped to its column; the full title as a tooltip."""
    x, width = COLUMNS["title"]
    title = _text(x, baseline, cut(row.title, _chars(width)), tooltip=row.title)
    lead = lead_text(row, _chars(COLUMNS["lead"][1]), len)
    yield f'<g clip-path="url(#clip-id)">{_text(COLUMNS["id"][0], baseline, row.task_id)}</g>'
    yield f'<g clip-path="url(#clip-title)">{title}</g>'
    yield f'<g clip-path="url(#clip-lead)">{_text(COLUMNS["lead"][0], baseline, lead)}</g>'


def _row(drawing: Drawing, row: Row, stripe: bool) -> None:
    top = drawing.y
    if stripe:
        drawing.back.append(_band(top, "#f7f7f7"))
    drawing.parts.extend(_labels(row, top + ROW - 7))
    middle = top + ROW / 2
    drawing.parts.extend(_undated(drawing, row, middle))
    drawing.parts.extend(_marks(drawing, row, middle))
    drawing.y += ROW


def _as_of(drawing: Drawing, bottom: float) -> None:
    chart = drawing.chart
    if not chart.shows_as_of:
        return
    x = drawing.x(chart.as_of)
    colour = _colour(None)
    # Under the marks and the plans' headings, which stay readable where they meet it;
    # from the axis down, clear of the tick labels above it.
    drawing.back.append(
        f'<line x1="{x:.1f}" y1="{AXIS}" x2="{x:.1f}" y2="{bottom:.1f}" '
        f'stroke="{colour}" stroke-width="1.5" stroke-dasharray="5 3"/>'
    )
    label = dmy(chart.as_of)
    if x + 3 + len(label) * CHAR * BOLD <= WIDTH - MARGIN:
        drawing.parts.append(_text(x + 3, bottom + 14, label, "as-of"))
    else:  # a day near the chart's right end: its label to the left, never cut at the edge
        drawing.parts.append(_text(x - 3, bottom + 14, label, "as-of", ' text-anchor="end"'))


def _legend(drawing: Drawing) -> None:
    """The legend entries, wrapped to the width."""
    y = drawing.y + 36
    title = words(drawing.chart)["legend"]
    drawing.parts.append(_text(MARGIN, y, title, "columns"))
    x = indent = MARGIN + len(title) * CHAR + 8
    for glyph, state, said in legend(drawing.chart):
        width = (len(glyph) + 1 + len(said)) * CHAR
        if x + width > WIDTH - MARGIN:
            x, y = indent, y + ROW
        drawing.parts.append(_text(x, y, glyph, "legend-glyph", _fill(state)))
        drawing.parts.append(_text(x + (len(glyph) + 1) * CHAR, y, said))
        x += width + LEGEND_GAP
    drawing.y = y


def _notes(drawing: Drawing) -> None:
    for note in notes(drawing.chart):
        drawing.y += ROW
        drawing.parts.append(_text(MARGIN, drawing.y, note, "note"))


def _clips(height: float) -> str:
    rects = "".join(
        f'<clipPath id="clip-{name}"><rect x="{x}" y="0" width="{width - 4}" '
        f'height="{height:.0f}"/></clipPath>'
        for name, (x, width) in COLUMNS.items()
    )
    return f"<defs>{rects}</defs>"


def _band(top: float, fill: str, height: float = ROW) -> str:
    return (
        f'<rect x="{MARGIN}" y="{top:.1f}" width="{WIDTH - 2 * MARGIN}" height="{height:.0f}" '
        f'fill="{fill}"/>'
    )


def _body(chart: Chart) -> tuple[list[str], float]:
    drawing = Drawing(chart)
    _heading(drawing)
    if chart.groups:
        _axis(drawing)
        lines = sum(len(_group_lines(group)) + len(group.rows) for group in chart.groups)
        bottom = drawing.y + ROW * lines
        for group in chart.groups:
            _group(drawing, group)
            for index, row in enumerate(group.rows):
                _row(drawing, row, index % 2 == 1)
        _grid(drawing, bottom)
        _as_of(drawing, bottom)
        drawing.y = bottom + 14
        _legend(drawing)
    _notes(drawing)
    return [*drawing.back, *drawing.bands, *drawing.parts], drawing.y + MARGIN


def as_svg(chart: Chart) -> str:
    parts, height = _body(chart)
    title, span = heading(chart)
    return (
        "\n".join(
            [
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
                f'viewBox="0 0 {WIDTH} {height:.0f}" role="img" aria-labelledby="chart-title">',
                f'<title id="chart-title">{xml(f"{title}, {span}")}</title>',
                f"<style>{STYLE}</style>",
                _clips(height),
                f'<rect width="{WIDTH}" height="{height:.0f}" fill="#ffffff"/>',
                *parts,
                "</svg>",
            ]
        )
        + "\n"
    )


def as_html(chart: Chart) -> str:
    """A page holding the SVG: opens in any browser, prints on one A4 landscape page
    when the plan is short (longer ones continue on the next pages)."""
    title, _ = heading(chart)
    return f"""<!DOCTYPE html>
<html lang="{chart.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{xml(title)}</title>
<style>
@page {{ size: A4 landscape; margin: 10mm; }}
body {{ margin: 16px; background: #ffffff; font-family: {FONTS}; }}
svg {{ display: block; width: 100%; max-width: {WIDTH}px; height: auto; }}
@media print {{ body {{ margin: 0; }} svg {{ max-width: none; }} }}
</style>
</head>
<body>
{as_svg(chart)}</body>
</html>
"""

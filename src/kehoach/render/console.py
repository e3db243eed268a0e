"""The one place that decides terminal width and colour (NO_COLOR, pipes, COLUMNS), and
writes for a terminal: through a Rich console, or as plain lines (`wrap`, `paint`) where
loading Rich's console would cost more than the drawing (`kehoach status`)."""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console


# Columns `status` (its cards) and `timeline` are drawn in at the least, every day and id
# whole; the other reports keep a floor of 40.
NARROW_FLOOR = 20
# Columns drawn in at the most: no terminal is wider, and a COLUMNS of 99999999999 (a typo,
# a script) must not have the timeline allocate a line of that many cells.
WIDEST = 1000


def terminal(least: int = 40) -> tuple[int, bool]:
    """(columns, colour?) for stdout: colour only on a terminal and without NO_COLOR; the
    columns at least `least` (what the report can still be drawn in), at most WIDEST."""
    width = shutil.get_terminal_size(fallback=(100, 24)).columns
    color = (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )
    return min(max(width, least), WIDEST), color


def string_console(width: int, color: bool) -> Console:
    """A Rich console printing into a string (read it back with `printed`): `width`
    columns, ANSI colours only when `color`, and data never read as markup or emoji."""
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        soft_wrap=False,
        markup=False,  # titles are data: "[1]" must not be read as a style
        emoji=False,
    )


def printed(console: Console) -> str:
    """What a `string_console` printed, each line without trailing spaces."""
    assert isinstance(console.file, io.StringIO)
    return "".join(f"{line.rstrip()}\n" for line in console.file.getvalue().splitlines())


_WORD = re.compile(r"\s*\S+\s*")  # a word with the spaces that follow it, as Rich splits text
_TRAILING_SPACE = re.compile(r"\s+$")
_CONTROL = dict.fromkeys((7, 8, 11, 12, 13))  # \a \b \v \f \r: dropped, as Rich drops them
TAB = 8
SGR = {"bold": "1", "red": "31", "green": "32", "yellow": "33"}  # ANSI, as Rich writes them


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal cells, broken where Rich breaks them:
    at newlines and between words, a word longer than a line folded across lines."""
    lines: list[str] = []
    for paragraph in text.translate(_CONTROL).split("\n"):
        lines += [_cropped(line, width) for line in _broken(_expand_tabs(paragraph), width)]
    return lines


def _broken(paragraph: str, width: int) -> list[str]:
    from rich.cells import cell_len, chop_cells

    lines = [""]
    used = 0  # cells of the last line, spaces after its last word included
    for word in _WORD.findall(paragraph) or [paragraph]:
        size = cell_len(word.rstrip())
        if width - used >= size:
            lines[-1] += word
            used += cell_len(word)
        elif size > width:  # longer than any line: folded, from a line of its own
            chunks = chop_cells(word, width) or [word]  # [] for a wide character in 1 cell
            lines = [*lines, *chunks] if lines[-1] else [*lines[:-1], *chunks]
            used = cell_len(chunks[-1])
        else:
            lines.append(word)
            used = cell_len(word)
    return lines


def _cropped(line: str, width: int) -> str:
    """A line the spaces after its last word made too long loses them (as many as it
    has characters too many, as Rich counts), then whatever still overflows."""
    from rich.cells import cell_len, set_cell_size

    excess = len(line) - width
    spaces = _TRAILING_SPACE.search(line) if excess > 0 else None
    if spaces:
        line = line[: len(line) - min(len(spaces.group()), excess)]
    return set_cell_size(line, width) if cell_len(line) > width else line


def _expand_tabs(line: str) -> str:
    """Each tab as a space, then more up to the next multiple of TAB cells."""
    from rich.cells import cell_len

    *tabbed, last = line.split("\t")
    expanded, position = "", 0
    for part in tabbed:
        position += cell_len(part + " ")
        expanded += part + " " * (1 + -position % TAB)
        position += -position % TAB
    return expanded + last


def paint(line: str, style: str | None, color: bool) -> str:
    """`line` in `style` (one of SGR) when colour is on."""
    return f"\x1b[{SGR[style]}m{line}\x1b[0m" if color and style and line else line


_OWN_COLOUR = re.compile(r"(\x1b\[[0-9;]*m)")  # SGR, the only sequence `paint` and Rich write


def shown(text: str, *, colour: bool) -> str:
    """`text` as it may reach a terminal: every control character shown, not obeyed
    (`printable`), whatever the plans, file names or options held. With `colour`, the SGR
    sequences the renderers write stay; nothing else that starts with ESC does."""
    from kehoach.base.text import printable

    if not colour or "\x1b" not in text:
        return printable(text)
    parts = _OWN_COLOUR.split(text)  # odd indexes are SGR sequences
    return "".join(part if index % 2 else printable(part) for index, part in enumerate(parts))


class Progress:
    """How far long work is, on one line of a terminal rewritten in place: "kehoach: đang
    đọc kế hoạch 1200/5000". Only for work of at least `least` steps, at most every
    `every` seconds (and its last step); `close` clears the line, so what follows on the
    terminal starts clean. Write it only to a terminal (`for_terminal`)."""

    def __init__(
        self,
        stream: TextIO,
        label: str,
        *,
        least: int = 200,
        every: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.label, self.least, self.every, self.clock = (
            stream,
            label,
            least,
            every,
            clock,
        )
        self.shown_at: float | None = None

    def __call__(self, done: int, total: int) -> None:
        if total < self.least:
            return
        now = self.clock()
        if self.shown_at is not None and now - self.shown_at < self.every and done < total:
            return
        self.shown_at = now
        self.stream.write(f"\r{self.label} {done}/{total}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.shown_at is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown_at = None


def for_terminal(stream: TextIO) -> bool:
    """Whether progress may be drawn on `stream`: a terminal that can go back a line's
    start (not TERM=dumb); a pipe or a file gets nothing."""
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):  # closed, or not a real stream
        return False

"""The one place that decides terminal width and colour (NO_COLOR, pipes, COLUMNS)."""

from __future__ import annotations

import io
import os
import shutil
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def terminal() -> tuple[int, bool]:
    """(columns, colour?) for stdout: colour only on a terminal and without NO_COLOR."""
    width = shutil.get_terminal_size(fallback=(100, 24)).columns
    color = (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )
    return max(width, 40), color


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

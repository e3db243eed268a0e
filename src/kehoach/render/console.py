"""The one place that decides terminal width and colour (NO_COLOR, pipes, COLUMNS)."""

from __future__ import annotations

import os
import shutil
import sys


def terminal() -> tuple[int, bool]:
    """(columns, colour?) for stdout: colour only on a terminal and without NO_COLOR."""
    width = shutil.get_terminal_size(fallback=(100, 24)).columns
    color = (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )
    return max(width, 40), color

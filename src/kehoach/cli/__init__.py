"""The `kehoach` command: options in, one core call, render, exit code. Nothing else.

Each family of commands lives in its own module and registers itself on `app`.
Exit codes (documented in the README): 0 clean, 1 findings or alerts, 2 usage or I/O,
3 an internal error (a bug: reported in one line, the traceback only with KEHOACH_DEBUG=1).
"""

from __future__ import annotations

import sys

from .common import EXIT_OK, app, guard_streams

# Importing a command module registers its commands (their heavy imports stay inside).
from . import calendar, check, export, importing, report, review, shell, slips, timeline  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point: never a traceback for the user (KEHOACH_DEBUG=1 shows it)."""
    import gc
    import os

    from . import texts

    # A run builds hundreds of thousands of long-lived objects (tasks, the positions of
    # their keys, report items) and frees few: at its default pace (every 700 allocations)
    # the collector walked them again and again, half of a cold load of 50,000 tasks.
    # Cycles are still collected, 70 times less often.
    gc.set_threshold(50_000, 10, 10)
    guard_streams()  # before anything is written, usage errors included
    lang, args = texts.split_lang(sys.argv[1:])
    texts.install(lang or texts.language([], dict(os.environ)))
    try:
        app(args=args)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `kehoach status | head`: the reader left; not an error
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except Exception as exc:
        from kehoach.base.env import flag

        if flag(os.environ, "KEHOACH_DEBUG"):
            raise
        sys.stderr.write(
            f"kehoach: lỗi nội bộ ({type(exc).__name__}: {exc}); "
            "chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi\n"
        )
        sys.exit(3)

"""The `kehoach` command: options in, one core call, render, exit code. Nothing else.

Each family of commands lives in its own module and registers itself on `app`.
Exit codes (documented in the README): 0 clean, 1 findings or alerts, 2 usage or I/O,
3 an internal error (a bug: reported in one line, the traceback only with KEHOACH_DEBUG=1).
"""

from __future__ import annotations

# `_signal`, not `signal`: the latter loads enum, functools and collections first, a window
# in which a Ctrl-C still printed a traceback.
import _signal  # type: ignore[import-not-found]  # no stub; the C module of `signal`
import errno
import os
import sys
from typing import NoReturn


def _interrupted_while_loading(_signum: int, _frame: object) -> None:
    # What main() gives a Ctrl-C: the shell's 128 + SIGINT, no traceback. At once, not by
    # an exception: one raised inside a class body being built reads as a RuntimeError,
    # and nothing is written yet that would need cleaning up.
    os._exit(130)


# Ctrl-C while typer, rich and the commands load (the first tenth of a second) would print
# Python's traceback: exit 130 quietly instead, then give SIGINT back to Python, so a
# program importing the CLI (pytest) keeps its KeyboardInterrupt. A SIGINT ignored by
# the caller (a background job) stays ignored; only the main thread may set a handler.
_LOADING = _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler
try:
    if _LOADING:
        _signal.signal(_signal.SIGINT, _interrupted_while_loading)
except ValueError:  # imported from another thread
    _LOADING = False

from .common import EXIT_OK, EXIT_USAGE, app, guard_streams  # noqa: E402

# Importing a command module registers its commands (their heavy imports stay inside).
from . import calendar, check, export, importing, report, review, shell, slips, timeline  # noqa: E402, F401  isort: skip

if _LOADING:
    _signal.signal(_signal.SIGINT, _signal.default_int_handler)

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
    if lang is None and (odd := texts.unknown_lang(dict(os.environ))):
        sys.stderr.write(odd)
    try:
        app(args=args)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `kehoach status | head`: the reader left; not an error
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except OSError as exc:
        if not _unwritable(exc):
            _internal_error(exc)
        # `kehoach status > bao-cao.txt` on a full disk: an output that cannot be written
        # (exit 2, README), not a bug to report
        from kehoach.base.files import os_reason

        sys.stderr.write(f"kehoach: không ghi được kết quả: {os_reason(exc)}\n")
        sys.exit(EXIT_USAGE)
    except Exception as exc:
        _internal_error(exc)


# What writing to a stream already open (stdout, a redirect to a file) meets when the
# device cannot take the bytes: a full disk or quota, a file too large, a device error.
_DEVICE_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _unwritable(exc: OSError) -> bool:
    """An output the system cannot take, not a bug: a device error writing to an open
    stream, which names no file (a file kehoach opens by name is named in its error,
    and reported where it is opened)."""
    return exc.errno in _DEVICE_FULL and exc.filename is None


def _internal_error(exc: Exception) -> NoReturn:
    """A bug: one line on stderr, exit 3; the traceback with KEHOACH_DEBUG=1."""
    from kehoach.base.env import flag

    if flag(os.environ, "KEHOACH_DEBUG"):
        raise exc
    sys.stderr.write(
        f"kehoach: lỗi nội bộ ({type(exc).__name__}: {exc}); "
        "chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi\n"
    )
    sys.exit(3)

"""The installed `kehoach` run as a clerk runs it: the one runner of the CLI tests.

Every test that runs the command goes through `kehoach` here, so what a run sees (its
environment, its working folder, its input) is said in one place and in each call, not in
a dozen helpers that differ by one variable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
BARE_PATH = "/usr/bin:/bin"  # a clean environment's PATH: the command, not the venv's tools

# What most tests want: plain output at a fixed width, and no plan cache (a cache test says so)
CLERK = {"NO_COLOR": "1", "COLUMNS": "100", "KEHOACH_NO_CACHE": "1"}


def environment(
    env: Mapping[str, str | None] | None = None, *, clean: bool = False
) -> dict[str, str]:
    """The environment of a run: this process's, or only PATH when `clean` (no HOME, LANG,
    TZ or cache folder but those given), then `env` on top; a None value removes the variable."""
    full = {"PATH": BARE_PATH} if clean else dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            full.pop(name, None)
        else:
            full[name] = value
    return full


def kehoach(
    *args: str | Path,
    cwd: Path | None = None,
    stdin: str | None = None,
    env: Mapping[str, str | None] | None = None,
    clean: bool = False,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed command with `args` from `cwd`, `stdin` as its input, in
    `environment(env, clean=clean)`; its exit code, stdout and stderr as text, never raising
    on a failure (the test asserts the code)."""
    return subprocess.run(
        [KEHOACH, *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment(env, clean=clean),
        check=False,
        timeout=timeout,
    )


def kehoach_bytes(
    *args: str | bytes | Path,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: Mapping[str, str | None] | None = None,
    clean: bool = False,
    timeout: float | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """`kehoach` for output that is bytes (a calendar feed, a workbook), or input or
    arguments that are not UTF-8 text; `preexec` runs in the child before the command (a
    resource limit)."""
    return subprocess.run(
        [KEHOACH, *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=environment(env, clean=clean),
        check=False,
        timeout=timeout,
        preexec_fn=preexec,
    )


def kehoach_uncached(*args: str, cwd: Path, columns: int = 200) -> tuple[int, str, str]:
    """`kehoach` in a clean environment with no cache and `columns` terminal columns, as a new
    user's shell runs it: its exit code, stdout and stderr."""
    done = kehoach(
        *args, cwd=cwd, clean=True, env={"KEHOACH_NO_CACHE": "1", "COLUMNS": str(columns)}
    )
    return done.returncode, done.stdout, done.stderr


def on_terminal(
    *args: str | Path,
    cwd: Path | None,
    columns: int,
    stdin: str | None = None,
    stderr_on_terminal: bool = False,
) -> str:
    """What a terminal `columns` wide shows of the command: stdout a pty, as a clerk's, and
    stderr too when `stderr_on_terminal` (else piped and dropped); `stdin` piped in (no
    input when None). Environment: this process's, `CLERK` on top, TERM=xterm."""
    import pty
    import threading

    master, slave = pty.openpty()
    received: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the command closed the terminal
                return
            if not chunk:
                return
            received.append(chunk)

    env = environment({**CLERK, "COLUMNS": str(columns), "TERM": "xterm"})
    given = subprocess.PIPE if stdin is not None else subprocess.DEVNULL
    errors = slave if stderr_on_terminal else subprocess.PIPE
    with subprocess.Popen(
        [KEHOACH, *map(str, args)], stdin=given, stdout=slave, stderr=errors, env=env, cwd=cwd
    ) as proc:
        os.close(slave)
        reader = threading.Thread(target=drain)
        reader.start()
        if proc.stdin is not None:
            proc.stdin.write((stdin or "").encode())
            proc.stdin.close()
        proc.wait(timeout=60)
    reader.join(timeout=10)
    os.close(master)
    return b"".join(received).decode().replace("\r\n", "\n")


def fits(shown: str, columns: int) -> None:
    """Assert `shown` has text and no line wider than `columns` terminal cells."""
    from rich.cells import cell_len

    assert shown.strip()
    for line in shown.splitlines():
        assert cell_len(line) <= columns, line

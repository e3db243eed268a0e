"""Tab completion: `kehoach completion SHELL` prints the script for the shell named.

Typer's own `--show-completion` guesses the shell from the parent process and fails
("Shell sh not supported") when run from a script or another shell; a clerk setting up
zsh from bash, or a package building the scripts, names the shell instead."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from .common import app


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"


@app.command()
def completion(
    shell: Annotated[Shell, typer.Argument(help="bash, zsh, fish hoặc powershell")],
) -> None:
    """In đoạn mã hoàn thành lệnh bằng phím Tab cho SHELL (thêm vào tệp khởi động của shell)."""
    # The same script `--install-completion` writes: it calls kehoach back with this
    # variable set, and Typer answers with plan ids, task references and agency names.
    from typer._completion_shared import get_completion_script

    script = get_completion_script(
        prog_name="kehoach", complete_var="_KEHOACH_COMPLETE", shell=shell.value
    )
    sys.stdout.write(script if script.endswith("\n") else script + "\n")

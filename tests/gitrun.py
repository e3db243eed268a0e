"""git in a temporary repository, as a clerk's machine runs it: no system or user
configuration, a Vietnamese author."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def git(root: Path, *args: str, author: str = "Lê Thị Hoa") -> None:
    """Run `git args` in `root`; raises CalledProcessError when git fails."""
    environ = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": "hoa@example.vn",
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": "hoa@example.vn",
    }
    subprocess.run(["git", *args], cwd=root, env=environ, check=True, capture_output=True)

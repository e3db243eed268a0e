"""What the calendar export reads besides the plans: the feeds published before, and
when the plans last changed (the time of each event's version)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from kehoach.base.files import os_reason
from kehoach.base.gitrepo import GitError, open_repository


class PublishError(Exception):
    """A previous feed that cannot be read, or a bad SOURCE_DATE_EPOCH; the message says which."""


MAX_FEED_BYTES = 64 * 2**20  # a feed of every deadline of a province is a few MB


def read_feeds(paths: Iterable[Path]) -> list[tuple[str, bytes]]:
    """The bytes of each feed file, and of each `*.ics` in a folder; missing paths (and
    links to nothing, which name no feed) skipped, a folder named `*.ics` too. A path
    that cannot be read (a link in a loop, no permission), a device or a FIFO, or a feed
    over MAX_FEED_BYTES is refused: a previous feed left out would make its events'
    SEQUENCE fall, and calendars would keep the old version."""
    files: list[Path] = []
    for path in paths:
        kind = _kind(path)
        if kind == stat.S_IFDIR:
            found = (p for p in sorted(path.glob("*.ics")) if _kind(p) == stat.S_IFREG)
            files.extend(found)
        elif kind == stat.S_IFREG:
            files.append(path)
    return [(str(file), _read(file)) for file in files]


def _kind(path: Path) -> int | None:
    """S_IFDIR, S_IFREG, or None for nothing there; anything else is refused."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # missing, a link to nothing, a/b of a file
        return None
    except OSError as exc:  # ELOOP, EACCES…
        raise PublishError(f"{path}: không đọc được: {os_reason(exc)}") from None
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return stat.S_IFMT(mode)
    raise PublishError(f"{path}: không phải một tệp thường: không đọc")


def _read(file: Path) -> bytes:
    try:
        with file.open("rb") as stream:
            data = stream.read(MAX_FEED_BYTES + 1)
    except OSError as exc:
        raise PublishError(f"{file}: không đọc được: {os_reason(exc)}") from None
    if len(data) > MAX_FEED_BYTES:
        raise PublishError(f"{file}: quá lớn (hơn {MAX_FEED_BYTES // 2**20} MB)")
    return data


def source_time(files: Sequence[Path], env: Mapping[str, str] = os.environ) -> datetime:
    """When the plans last changed, in UTC, for DTSTAMP: `SOURCE_DATE_EPOCH` when set
    (the reproducible-builds convention), else the newest commit of the files when git has
    them all committed, else the files' newest modification time."""
    if "SOURCE_DATE_EPOCH" in env:
        try:
            return datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
        except (ValueError, OverflowError, OSError):
            raise PublishError("SOURCE_DATE_EPOCH phải là một số giây (Unix time)") from None
    seconds = _commit_time(files)
    if seconds is None:
        seconds = max(int(file.stat().st_mtime) for file in files)
    return datetime.fromtimestamp(seconds, UTC)


def _commit_time(files: Sequence[Path]) -> int | None:
    """The newest commit time of `files`, or None outside git or with uncommitted edits
    (the edits are newer than any commit). In a shallow clone, files last changed before
    the clone's oldest commit get that commit's time: still fixed for a fixed checkout."""
    paths = [str(file.resolve()) for file in files]
    try:
        git = open_repository(files[0].resolve().parent)
        log = git.run("log", "-1", "--format=%ct", "--", *paths).strip()
        dirty = git.run("status", "--porcelain", "--untracked-files=all", "--", *paths).strip()
    except GitError:  # outside git, git missing, a file outside this repository
        return None
    return int(log) if log and not dirty else None

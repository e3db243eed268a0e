"""Writing files so that nothing is ever half-written or lost.

Writers of one file take turns: each holds an advisory lock (`locked`, `fcntl.flock` on
a `.NAME.lock` file beside it) from the moment it reads the file until it has replaced
it, so an edit that exits 0 is never overwritten by one that read the file before it.
A write goes to a temporary file in the same folder, moved over the original with
`os.replace` (atomic); a writer killed in between leaves the temporary behind, and the
next writer in that folder removes it (`remove_leftovers`).
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

LOCK_WAIT = 30.0  # seconds a writer waits for another one before giving up, said plainly
_POLL = 0.02
# tempfile names its files prefix + 8 characters of [a-z0-9_] (CPython's
# tempfile._RandomNameSequence); our prefix is `.NAME.`, so a leftover reads `.NAME.xxxxxxxx`.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}")


# What the system says about a file, in the user's words (strerror is English).
_REASONS = {
    errno.ENOENT: "không có tệp hay thư mục này",
    errno.EACCES: "không có quyền",
    errno.EPERM: "không được phép",
    errno.ENOSPC: "hết chỗ trống trên đĩa",
    errno.EROFS: "ổ đĩa chỉ đọc",
    errno.EEXIST: "đã có",
    errno.EISDIR: "là một thư mục",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.ENAMETOOLONG: "tên quá dài",
    errno.EDQUOT: "hết hạn mức đĩa",
    errno.EIO: "lỗi đọc/ghi của thiết bị",
    errno.ELOOP: "vòng lặp liên kết tượng trưng (liên kết trỏ về chính nó)",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in Vietnamese; the system's words when unknown."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


class WriteError(Exception):
    """A file that could not be written; the message names it. The old file is whole."""


def digest(data: bytes) -> str:
    """The fingerprint `write_atomically` compares to detect a change on disk."""
    return hashlib.sha256(data).hexdigest()


def real_path(path: Path) -> Path:
    """`path` with its links resolved; a link in a loop (`a` -> `b` -> `a`, which
    pathlib refuses with RuntimeError) stays where it is, so reading it fails with ELOOP
    and is reported like a dangling link."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return path.absolute()


def target_of(path: Path) -> Path:
    """The file a write to `path` changes: a symbolic link is followed to the file it
    names, so the link stays a link and every path to that file sees the change."""
    return Path(os.path.realpath(path))


@contextmanager
def locked(path: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the write lock of `path` (of the file a link leads to) for the `with` block.

    The lock file `.NAME.lock` is removed on release. A waiter that then holds a lock on
    a removed or replaced lock file tries again, so two writers never both hold it.
    Raises WriteError after `wait` seconds, or when the lock file cannot be created."""
    target = target_of(path)
    lock = target.with_name(f".{target.name}.lock")
    deadline = time.monotonic() + wait
    fd = _acquire(lock, deadline)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)  # before closing: a waiter sees it gone and retries
        os.close(fd)


def _acquire(lock: Path, deadline: float) -> int:
    while True:
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise WriteError(f"{lock}: không tạo được khóa ghi: {os_reason(exc)}") from None
        if _try_lock(fd) and _is_current(fd, lock):
            return fd
        os.close(fd)
        if time.monotonic() > deadline:
            name = lock.name.removeprefix(".").removesuffix(".lock")
            raise WriteError(
                f"{lock.parent / name}: một lệnh khác đang ghi tệp này; hãy chạy lại sau"
            )
        time.sleep(_POLL)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            return False
        raise WriteError(f"không khóa được tệp để ghi: {os_reason(exc)}") from None
    return True


def _is_current(fd: int, lock: Path) -> bool:
    """The locked file is still the one at `lock` (its holder did not remove it)."""
    try:
        on_disk = lock.stat(follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def remove_leftovers(folder: Path, suffixes: Sequence[str], held: Path | None = None) -> list[Path]:
    """Remove the temporaries killed writers left in `folder` (`.NAME.xxxxxxxx` beside a
    file NAME ending in one of `suffixes`) and return them. A live writer holds NAME's
    lock while its temporary exists, so only the leftovers of a free lock, or of `held`
    (the file whose lock the caller holds), are removed."""
    removed = []
    for leftover in sorted(folder.iterdir()):
        match = _TEMPORARY.fullmatch(leftover.name)
        name = match["name"] if match else ""
        if not name.endswith(tuple(suffixes)) or not leftover.is_file():
            continue
        try:
            with nullcontext() if held and held.name == name else locked(folder / name, wait=0):
                leftover.unlink(missing_ok=True)
                removed.append(leftover)
        except WriteError:
            continue  # being written right now: its writer cleans up after itself
    return removed


def write_atomically(
    path: Path,
    content: str | bytes,
    *,
    unchanged_since: str | None = None,
    through_link: bool = False,
) -> None:
    """Replace `path` with `content` (text as UTF-8) through a temporary file in the same
    folder and `os.replace`: a reader never sees half a file, a failure leaves the old
    one whole. With `through_link` a symbolic link is written through (its target
    changes, the link stays: an edit of a plan the caller found inside its root);
    without, the link itself is replaced (an output never writes where a link points).
    With `unchanged_since` (the `digest` of what was read), refuse when the file changed
    on disk meanwhile. An existing file keeps its mode, owner and group, and one that
    cannot be written (no write permission, read-only mode) is refused; a new one gets
    the umask's mode, as any new file would (not tempfile's private 0600)."""
    target = target_of(path) if through_link else path
    existing = _existing(target, path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=target.parent, prefix=f".{target.name}.", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _same_owner_and_mode(temporary, existing, path)
        if unchanged_since is not None and digest(target.read_bytes()) != unchanged_since:
            raise WriteError(f"{path}: tệp đã bị thay đổi trong lúc sửa; không ghi, hãy chạy lại")
        os.replace(temporary, target)
    except OSError as exc:
        raise WriteError(f"{path}: không ghi được: {os_reason(exc)}") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def write_all_atomically(files: Sequence[tuple[Path, str | bytes]]) -> None:
    """Replace every path of `files` with its content, or none of them: a set of files
    read together (a calendar's feeds and their index page). Each is first written whole
    to a temporary beside it, as `write_atomically` does; only when all are written are
    they moved into place, one `os.replace` each, with Ctrl-C, SIGTERM and SIGHUP held
    back for those milliseconds (delivered after). A failure or an interruption while
    writing (a full disk, Ctrl-C) removes the temporaries and leaves the old files as
    they were. Files of the folder not in `files` are left alone. Two runs writing the
    same set take turns while moving (the lock of its first file, `locked`)."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files:
            existing = _existing(path, path)
            data = content.encode("utf-8") if isinstance(content, str) else content
            with _signals_held():  # a temporary made is a temporary recorded
                handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
                staged.append((Path(name), path))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            _same_owner_and_mode(staged[-1][0], existing, path)
        # Two runs writing one set take turns (the first file's lock): each set lands whole.
        with locked(files[0][0]) if files else nullcontext(), _signals_held():
            for temporary, path in staged:
                os.replace(temporary, path)
    except OSError as exc:
        where = staged[-1][1] if staged else Path(".")
        raise WriteError(f"{where}: không ghi được: {os_reason(exc)}") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


_HELD = ("SIGINT", "SIGTERM", "SIGHUP")


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back the signals that end a run (POSIX `pthread_sigmask`); a platform
    without it, or a thread other than the main one, runs the block as is."""
    import signal
    import threading

    held = {getattr(signal, name) for name in _HELD if hasattr(signal, name)}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _existing(target: Path, path: Path) -> os.stat_result | None:
    """The file about to be replaced, None if there is none; refuse what must not be."""
    try:
        info = target.stat(follow_symlinks=False)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise WriteError(f"{path}: không ghi được: {os_reason(exc)}") from None
    if stat.S_ISLNK(info.st_mode):
        return None  # an output's link: replaced by the file, what it points at untouched
    if not stat.S_ISREG(info.st_mode):  # never replace a device (/dev/null) or a folder
        raise WriteError(f"{path}: không ghi được: không phải một tệp thường")
    # The folder's permission lets us replace a file we may not write; its mode says the
    # owner meant it to stay as it is (root included, for whom os.access is always yes).
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteError(f"{path}: tệp chỉ đọc (không có quyền ghi); không ghi")
    return info


def _same_owner_and_mode(temporary: Path, existing: os.stat_result | None, path: Path) -> None:
    if existing is None:
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)
        return
    made = temporary.stat()
    if (existing.st_uid, existing.st_gid) != (made.st_uid, made.st_gid):
        try:
            os.chown(temporary, existing.st_uid, existing.st_gid)
        except PermissionError:
            raise WriteError(
                f"{path}: tệp thuộc người dùng hoặc nhóm khác; ghi lại sẽ đổi chủ sở hữu, không ghi"
            ) from None
    temporary.chmod(stat.S_IMODE(existing.st_mode))

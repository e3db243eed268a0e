"""Writing files so that nothing is ever half-written or lost."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """A file that could not be written; the message names it. The old file is whole."""


def digest(data: bytes) -> str:
    """The fingerprint `write_atomically` compares to detect a change on disk."""
    return hashlib.sha256(data).hexdigest()


def write_atomically(
    path: Path, content: str | bytes, *, unchanged_since: str | None = None
) -> None:
    """Replace `path` with `content` (text as UTF-8) through a temporary file in the same
    folder and `os.replace`: a reader never sees half a file, a failure leaves the old
    one whole. With `unchanged_since` (the `digest` of what was read), refuse when the
    file changed on disk meanwhile. An existing file keeps its mode; a new one gets the
    umask's, as any new file would (not tempfile's private 0600)."""
    if path.exists() and not path.is_file():  # never replace a device (/dev/null) or a folder
        raise WriteError(f"{path}: không ghi được: không phải một tệp thường")
    data = content.encode("utf-8") if isinstance(content, str) else content
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(_mode_for(path))
        if unchanged_since is not None and digest(path.read_bytes()) != unchanged_since:
            raise WriteError(f"{path}: tệp đã bị thay đổi trong lúc sửa; không ghi, hãy chạy lại")
        os.replace(temporary, path)
    except OSError as exc:
        raise WriteError(f"{path}: không ghi được: {exc.strerror or exc}") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask

"""A small wrapper around the `git` command: the only module that runs it.

Plans live in git, so git already knows every version of every plan. kehoach asks it
for revisions, file lists, file contents and commit logs by running `git` as a
subprocess (no library: git itself is the reference). Every failure becomes a
`GitError` with one clear line: not a git repository, unknown revision, a file absent
at a revision, git missing.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from kehoach.base.vntime import in_vietnam

# Field and record separators for `git log --format`: bytes no author name or subject holds.
_FIELD, _RECORD = "\x1f", "\x1e"


class GitError(Exception):
    """git could not answer; the message says why in one line."""


@dataclass(frozen=True)
class Commit:
    """One commit that touched a file, with the file's path at that commit and at its
    parent (they differ when the commit renamed it)."""

    sha: str
    author: str
    when: datetime  # author date, on Vietnam's clock (the day it was made there)
    subject: str
    path: str
    parent_path: str
    deleted: bool = False  # the commit deleted the file: it has no version there

    @property
    def short(self) -> str:
        return self.sha[:8]


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a commit, or the working tree (commit None)."""

    commit: str | None
    label: str  # as people read it: HEAD, main (điểm rẽ nhánh 1a2b3c4d), bản chưa commit
    ref: str  # how findings name a file of this side: HEAD:plans/kh-348-2022.yaml


WORKING_TREE = Side(None, "bản hiện tại (chưa commit)", "")


@dataclass(frozen=True)
class Git:
    """A work tree: `root` is its top folder; paths given to git are relative to it."""

    root: Path

    def run(self, *args: str) -> bytes:
        """`git ARGS` in the work tree; its output, or a `GitError` with git's own words."""
        result = _git(self.root, *args)
        if result.returncode != 0:
            said = _first_line(result.stderr)
            if "does not have any commits yet" in said:  # `git log` on a new repository
                said = f"kho git {self.root} chưa có commit nào (chưa có lịch sử để đọc)"
            raise GitError(said or f"git {args[0]} thất bại")
        return result.stdout

    def shallow_note(self) -> str | None:
        """What a shallow clone (`git clone --depth N`, CI's default checkout) hides, in
        one line for stderr; None for a full history. Its oldest commits have no parents
        here: a task there looks new, a move before them is not seen."""
        result = _git(self.root, "rev-parse", "--is-shallow-repository")
        if result.stdout.strip() != b"true":
            return None
        return (
            f"kho git {self.root} là bản sao nông (shallow clone): lịch sử trước các commit "
            "cũ nhất ở đây không có, nên thay đổi cũ hơn không được thấy; chạy "
            "`git fetch --unshallow` để có đủ lịch sử"
        )

    def resolve(self, revision: str) -> str:
        """The commit `revision` names (HEAD, main, a tag, a sha, HEAD~2)."""
        result = _git(
            self.root,
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            f"{revision}^{{commit}}",
        )
        if result.returncode != 0:
            raise GitError(f"không có phiên bản (revision) '{revision}' trong kho git {self.root}")
        return result.stdout.decode().strip()

    def side(self, revision: str) -> Side:
        return Side(self.resolve(revision), revision, revision)

    def sides(self, revisions: Sequence[str]) -> tuple[Side, Side]:
        """What `git diff [REVISIONS]` compares: none, HEAD and the working tree; one,
        it and the working tree; A..B, A and B; A...B, where B branched from A, and B."""
        if len(revisions) == 2:
            return self.side(revisions[0]), self.side(revisions[1])
        spec = revisions[0] if revisions else "HEAD"
        if "..." in spec:
            left, right = (part or "HEAD" for part in spec.split("...", 1))
            base = self.merge_base(left, right)
            return Side(base, f"{left} (điểm rẽ nhánh {base[:8]})", base[:8]), self.side(right)
        if ".." in spec:
            left, right = (part or "HEAD" for part in spec.split("..", 1))
            return self.side(left), self.side(right)
        return self.side(spec), WORKING_TREE

    def split_arguments(self, args: Sequence[str], cwd: Path) -> tuple[list[str], list[Path]]:
        """`[REV_A [REV_B]] [PATHS…]` as git reads them: leading revisions, then paths."""
        revisions: list[str] = []
        paths: list[Path] = []
        for arg in args:
            is_path = (cwd / arg).exists()
            is_revision = not paths and len(revisions) < 2 and self._is_revision(arg)
            if is_path and is_revision:
                raise GitError(
                    f"'{arg}' vừa là phiên bản vừa là đường dẫn; viết ./{arg} cho đường dẫn"
                )
            if not (is_path or is_revision):
                raise GitError(f"không có phiên bản (revision) hay đường dẫn '{arg}'")
            if is_revision:
                revisions.append(arg)
            else:
                paths.append(Path(arg))
        return revisions, paths

    def _is_revision(self, spec: str) -> bool:
        parts = [p for p in spec.replace("...", "..").split("..") if p] if ".." in spec else [spec]
        try:
            for part in parts:
                self.resolve(part)
        except GitError:
            return False
        return True

    def merge_base(self, left: str, right: str) -> str:
        """Where `right` branched from `left`: what `git diff left...right` compares."""
        try:
            return self.run("merge-base", self.resolve(left), self.resolve(right)).decode().strip()
        except GitError:
            raise GitError(f"'{left}' và '{right}' không có điểm chung trong lịch sử") from None

    def files(self, commit: str, under: str, *, links: bool = True) -> list[str]:
        """Every file below `under` (a folder or one file, relative to the root) at `commit`;
        without `links`, no symbolic link (mode 120000: git keeps the path it names)."""
        out = self.run("ls-tree", "-r", "-z", "--full-tree", commit, "--", under)
        names = []
        for entry in out.decode().split("\0"):
            meta, tab, name = entry.partition("\t")  # "<mode> <type> <object>\t<name>"
            if tab and (links or not meta.startswith("120000 ")):
                names.append(name)
        return sorted(names)

    def show(self, commit: str, path: str, label: str | None = None) -> bytes:
        """The bytes of `path` at `commit`; `label` names the revision in the error."""
        result = _git(self.root, "cat-file", "blob", f"{commit}:{path}")
        if result.returncode != 0:
            raise GitError(f"tệp {path} không có ở phiên bản {label or commit[:8]}")
        return result.stdout

    def log(self, path: str) -> list[Commit]:
        """The commits that changed `path`, oldest first, following renames (merges are
        left out: `--follow` lists the commits that made each change)."""
        fields = _FIELD.join(("%H", "%an", "%aI", "%s"))
        out = self.run(
            "log", "--follow", "--name-status", "-z", f"--format={_RECORD}{fields}", "--", path
        ).decode()  # -z: names as they are ("kế hoạch 348.yaml"), never C-quoted
        commits = [_commit(record) for record in out.split(_RECORD) if record.strip()]
        return commits[::-1]

    def deletions(self, under: Sequence[str]) -> list[tuple[str, str]]:
        """(commit, path) of each file deleted below the folders or files `under` in HEAD's
        history, newest first: where the last version of a removed plan is found."""
        out = self.run(
            "log", "--diff-filter=D", "--name-only", "-z", f"--format={_RECORD}%H", "--", *under
        ).decode()
        found: list[tuple[str, str]] = []
        for record in out.split(_RECORD):
            sha, *names = record.split("\0")
            # "-z" ends the format with NUL, then git's newline before the first name
            found += [(sha, name.removeprefix("\n")) for name in names if name.strip("\n")]
        return found

    def tree_path(self, name: str, cwd: Path) -> str:
        """`name` of `REV:name` as git reads it: from the root, except that `./` and
        `../` start from `cwd` (git-rev-parse(1), "<rev>:<path>")."""
        if name not in (".", "..") and not name.startswith(("./", "../")):
            return name
        inside = PurePosixPath(cwd.resolve().relative_to(self.root).as_posix(), name)
        parts: list[str] = []
        for part in inside.parts:
            if part == "..":
                if not parts:
                    raise GitError(f"{name} nằm ngoài kho git {self.root}")
                parts.pop()
            elif part != ".":
                parts.append(part)
        return "/".join(parts)

    def relative(self, path: Path) -> str:
        """`path` (on disk) as git names it: relative to the root, with forward slashes."""
        try:
            return PurePosixPath(path.resolve().relative_to(self.root)).as_posix()
        except ValueError:
            raise GitError(f"{path} nằm ngoài kho git {self.root}") from None


def open_repository(start: Path) -> Git:
    """The work tree containing `start` (any folder inside it)."""
    result = _git(start, "rev-parse", "--show-toplevel")
    if result.returncode != 0:
        raise GitError(f"{start} không nằm trong một kho git (git repository)")
    return Git(Path(result.stdout.decode().strip()).resolve())


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # LC_ALL=C: git's own messages are parsed nowhere, but stable ones are easier to report.
    env = {**os.environ, "LC_ALL": "C", "GIT_PAGER": "cat"}
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            env=env,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise GitError("không tìm thấy lệnh git; hãy cài git") from None
    except NotADirectoryError:
        raise GitError(f"{cwd} không phải một thư mục") from None


def _commit(record: str) -> Commit:
    # With -z: "HEADER\0\nM\0path\0", or "HEADER\0\nR097\0old path\0new path\0"
    header, *fields = record.split("\0")
    sha, author, when, subject = header.split(_FIELD)
    status = fields[0].strip("\n") if fields else ""
    names = [name for name in fields[1:] if name]
    path = names[-1] if names else ""
    parent_path = names[0] if len(names) == 2 else path
    deleted = status == "D"
    made = in_vietnam(datetime.fromisoformat(when))
    return Commit(sha, author, made, subject, path, parent_path, deleted)


def _first_line(stderr: bytes) -> str:
    text = stderr.decode(errors="replace").strip()
    return text.splitlines()[0].removeprefix("fatal: ") if text else ""

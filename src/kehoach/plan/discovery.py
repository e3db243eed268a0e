"""Which files a set of paths names, and the key of their bytes, without reading any as YAML.

Folders are searched recursively for `*.yaml`/`*.yml`; `agencies.yaml` is the agency
registry, `calendar.yaml` the year's swapped days off, every other file a plan. A symbolic
link that leads out of the folder searched is never read. Kept apart from `loader` (and
free of pydantic and YAML) so a command whose output the cache holds for these exact
files starts at the framework's floor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from kehoach.base.files import os_reason, real_path

if TYPE_CHECKING:
    from kehoach.plan.cache import PlanCache
    from kehoach.plan.settings import Settings

REGISTRY_NAMES = ("agencies.yaml", "agencies.yml")
CALENDAR_NAMES = ("calendar.yaml", "calendar.yml")  # swapped days off: plan/calendarfile.py
PLAN_SUFFIXES = (".yaml", ".yml")
MAX_BYTES = 2 * 1024 * 1024  # the largest real plan is ~40 KB; 2 MB leaves room for decades


class LoadError(Exception):
    """A usage or I/O problem with the paths themselves (exit code 2)."""


class TwoCalendars(LoadError):
    """Two calendar files of different content for one run: which swaps hold is not known."""

    def __init__(self, first: Path, other: Path) -> None:
        self.first, self.other = first, other
        super().__init__(f"{first} và {other}: {self.words(str(first))}")

    @staticmethod
    def words(first: str) -> str:
        return (
            "hai lịch ngày nghỉ khác nhau trong một lần chạy: không biết ngày nghỉ hoán đổi "
            f"nào đúng nên không đọc lịch nào; gộp các năm vào {first} rồi xóa tệp kia, hoặc "
            "chạy riêng từng thư mục"
        )


@dataclass(frozen=True)
class Discovery:
    """The files `paths` name: plans, the registry, and links that lead out of their root."""

    plans: list[Path]
    registry: Path | None
    outside: list[Path]  # never read: a committed link must not show what it points at


def discover(paths: Sequence[Path], settings: Settings) -> tuple[list[Path], Path | None]:
    """Plan files under `paths` (folders searched recursively) and the registry file."""
    found = discover_files(paths, settings)
    return found.plans, found.registry


def discover_files(paths: Sequence[Path], settings: Settings) -> Discovery:
    """Plan files under `paths` (folders searched recursively), the registry file, and the
    symbolic links among them that lead out of their root: the folder searched, or for a
    file named on its own, its repository (the folder holding `.git`). A file reached
    twice (a link to a plan also listed) is read once."""
    plans: list[Path] = []
    registry: Path | None = None  # given > nearest to the plans > the setting
    calendar: Path | None = None  # plan/calendarfile.py reads it; here it only finds plans
    outside: list[Path] = []
    seen: set[Path] = set()
    registries: list[Path] = []  # every registry the paths lead to: one may be read
    for path in paths:
        if path.is_dir():
            root = path
            files = sorted(p for p in path.rglob("*") if _is_yaml(p) and not _hidden(p, path))
        elif path.exists():
            root, files = _repository_of(path), [path]
        else:
            raise LoadError(f"{path}: {_missing(path)}")
        for file in files:
            real = real_path(file)
            if not inside(file, root):
                outside.append(file)
            elif real in seen:
                continue
            elif file.name in CALENDAR_NAMES:
                calendar = calendar or file
            elif file.name in REGISTRY_NAMES:
                registry = registry or file
                registries.append(file)
            else:
                plans.append(file)
            seen.add(real)
    beside = registry or calendar
    if not plans and beside is not None:
        # Only the registry or the calendar was named (pre-commit after such an edit):
        # check it against the plans it serves.
        top = beside.parent
        plans = [p for p in sorted(top.rglob("*")) if _is_plan(p, top) and inside(p, top)]
    if not plans and not outside:
        where = ", ".join(str(p) for p in paths)
        raise LoadError(f"{where}: không có tệp kế hoạch (*.yaml) nào")
    named = [p for p in paths if not p.is_dir() and p.name not in REGISTRY_NAMES]
    _one_registry([*registries, *filter(None, map(_nearest_registry, named))])
    nearest = _nearest_registry(plans[0]) if plans else None
    return Discovery(plans, registry or nearest or settings.agencies, outside)


def _one_registry(registries: Sequence[Path]) -> None:
    """Refuse (LoadError) paths that lead to two registries of different content: a report
    over two repositories (`kehoach status ../nghe-an/plans ../son-la/plans`) read every
    plan through the first, so the second's own bodies were unknown and its names read as
    the first province's (fresh22's clerk). One registry serves one run; its entries may
    each say their `jurisdiction`. Copies alike byte for byte are one registry."""
    unique = list({path.resolve(): path for path in registries}.values())
    if len(distinct := _distinct(unique)) > 1:
        first, other = (_shown(p) for p in distinct[:2])
        here, there = (str(PurePath(p).parent) for p in (first, other))
        raise LoadError(
            f"{first} và {other}: hai danh mục cơ quan khác nhau; mỗi lần chạy chỉ đọc một "
            "danh mục (chưa hỗ trợ nhiều danh mục trong một lần chạy), và các kế hoạch bên "
            f"{there} không được đọc theo danh mục của {here}: chạy riêng từng thư mục "
            f"({here}, {there}), hoặc gộp các mục vào một agencies.yaml (mục của tỉnh khác "
            "ghi jurisdiction: tên tỉnh)"
        )


def _shown(path: Path) -> str:
    """`path` as a message names it: from the working folder when below it."""
    return display_name(path.absolute(), Path.cwd())


def _missing(path: Path) -> str:
    """Why a path given is not there: absent, or a link in a loop (said as such)."""
    try:
        path.stat()
    except OSError as exc:
        return os_reason(exc)
    return "không có tệp hay thư mục này"


def leads_out_of_its_repository(path: Path) -> bool:
    """`path` is a link (or under one) to a file outside its repository: not to be read."""
    return not inside(path, _repository_of(path))


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, links resolved, is under `root`."""
    return real_path(path).is_relative_to(real_path(root))


def _repository_of(path: Path) -> Path:
    """The folder of the repository `path` is in (holding `.git`), else its own folder;
    the link itself is where it is, whatever it points at."""
    folder = path.absolute().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def _is_yaml(path: Path) -> bool:
    # Not only regular files: a FIFO or device named *.yaml is refused by the reader
    # (not-a-file) and a dangling link reported, never skipped without a word.
    return path.suffix in PLAN_SUFFIXES and not path.is_dir()


def _is_plan(path: Path, top: Path) -> bool:
    special = (*REGISTRY_NAMES, *CALENDAR_NAMES)
    return _is_yaml(path) and not _hidden(path, top) and path.name not in special


def _hidden(path: Path, top: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(top).parts)


def _nearest_registry(plan: Path) -> Path | None:
    """The registry beside a plan or in a folder above it (pre-commit passes single files)."""
    return _nearest(plan, REGISTRY_NAMES)


def _nearest(start: Path, names: Sequence[str]) -> Path | None:
    """The first of `names` in a folder holding `start` or above it, up to its repository."""
    for folder in real_path(start).parents:
        for name in names:
            if (folder / name).is_file():
                return folder / name
        if (folder / ".git").exists():
            break
    return None


def display_name(path: Path, cwd: Path) -> str:
    """`path` as people gave it, or relative to the working directory when below it."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return str(path)


def repository_key(
    paths: Sequence[Path], settings: Settings, cwd: Path, cache: PlanCache
) -> str | None:
    """The key of everything `load_repository(paths, settings, cwd)` reads: every file's
    cache key (path, name shown, size, mtime, SHA-256 of its bytes), the links left out,
    and the settings; None when a file cannot be keyed (unreadable, too large). Nothing is
    parsed: a command whose whole output is cached for this key need not load anything.
    Raises LoadError as `load_repository` does."""
    found = discover_files(paths, settings)
    named: list[tuple[Path, str]] = []  # the file and the name of its model
    if found.registry is not None:
        named.append((found.registry, "Registry"))
    named += [(path, "Plan") for path in found.plans]
    keys = []
    for path, model in named:
        keyed = cache.file_key(path, display_name(path, cwd), model)
        keys.append(keyed[0] if keyed is not None else None)
    outside = [f"outside:{display_name(link, cwd)}" for link in found.outside]
    return cache.repository_key([*keys, *outside], settings)


def find_calendar_file(paths: Sequence[Path]) -> Path | None:
    """calendar.yaml among `paths`, in a folder of them (or below it), or in a folder
    above the first. Raises LoadError when two calendars of different content are found
    (calendar.yaml beside calendar.yml, one per province's folder): the first was read
    and the other's swaps silently left out; copies alike byte for byte are one."""
    found = _calendar_files(paths)
    if not found:
        return _nearest(paths[0], CALENDAR_NAMES) if paths else None
    _one_calendar(found)
    return found[0]


def _calendar_files(paths: Sequence[Path]) -> list[Path]:
    """Every calendar file `paths` name or hold (hidden folders skipped), each once."""
    found: dict[Path, Path] = {}
    for path in paths:
        if path.is_file() and path.name in CALENDAR_NAMES:
            found.setdefault(real_path(path), path)
        elif path.is_dir():
            below = (p for p in sorted(path.rglob("*")) if p.name in CALENDAR_NAMES)
            for file in (f for f in below if f.is_file() and not _hidden(f, path)):
                found.setdefault(real_path(file), file)
    return sorted(found.values(), key=lambda p: (len(p.parts), str(p)))


def _one_calendar(calendars: Sequence[Path]) -> None:
    if len(distinct := _distinct(calendars)) > 1:
        raise TwoCalendars(*distinct[:2])


def _distinct(paths: Sequence[Path]) -> list[Path]:
    """The first of each content among `paths` (copies alike byte for byte are one); none
    is opened when there is one path (the loader reads it, once). A file that cannot be
    read is left to the loader to say why."""
    if len(paths) < 2:
        return list(paths)
    contents: dict[bytes, Path] = {}
    for path in paths:
        try:
            contents.setdefault(path.read_bytes(), path)
        except OSError:
            continue
    return list(contents.values())

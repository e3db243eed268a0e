"""A cache of loaded plan files, so a warm run neither parses YAML nor re-runs the rules.

Each plan or registry file gets one entry: the plain data read from it, where each key sits
and its loading findings. The repository as a whole gets one more: the findings of every
rule, for that exact set of files and settings. An entry is keyed by the file's path, size,
modification time and SHA-256 of its bytes, the name it is shown under, the kehoach
version, the schema version and the code of kehoach itself; anything else is a miss.

Entries are JSON (reading one can never run code, unlike pickle), written atomically, and
checked before use: a corrupt, truncated, foreign-version or tampered entry (its payload no
longer matches its SHA-256) is ignored and rebuilt, never trusted. The data of a hit is
validated by the models again, so what a command sees is what a cold load gives.

Where: `--cache-dir`, else $KEHOACH_CACHE_DIR, else $XDG_CACHE_HOME/kehoach, else
~/.cache/kehoach (XDG Base Directory Specification); `--no-cache` or KEHOACH_NO_CACHE=1
(or true, yes, on) turn it off; 0, false, no, off or empty leave it on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from enum import Enum
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, Any

import kehoach
from kehoach.base.env import flag
from kehoach.base.files import real_path
from kehoach.base.findings import Finding, Severity, has_errors
from kehoach.plan import SCHEMA_VERSION
from kehoach.plan.discovery import MAX_BYTES

# pydantic, the deadline language and YAML are imported where an entry is decoded: a run
# whose whole output is cached (`Memo` in cli/common.py) never needs them.
if TYPE_CHECKING:
    from pydantic import BaseModel

    from kehoach.plan import schedule
    from kehoach.plan.yamlread import Located

FORMAT = "kehoach-cache/3"
# Bounds of the whole cache (`PlanCache.sweep`): far above what one repository of thousands
# of plans needs (one entry per file, per repository and per command line), so only
# entries unused for long go.
MAX_ENTRIES = 20_000
MAX_CACHE_BYTES = 1 << 30
SWEEP_EVERY = 3600.0  # seconds between two sweeps
LEFTOVER_AGE = 3600.0  # a temporary older than this was left by a killed writer
Loaded = tuple["Located | None", "BaseModel | None", list[Finding]]


@dataclasses.dataclass(frozen=True)
class Output:
    """What one run of a command printed: stdout, the lines of stderr, the exit code."""

    stdout: str
    stderr: list[str]
    code: int


def default_directory(environ: os._Environ[str] | dict[str, str] | None = None) -> Path | None:
    """The cache folder the environment asks for, or None when caching is off."""
    env = os.environ if environ is None else environ
    if flag(env, "KEHOACH_NO_CACHE"):  # 1, true, yes, on: "0" or "false" keep it on
        return None
    if env.get("KEHOACH_CACHE_DIR"):
        return Path(env["KEHOACH_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kehoach"


Loc = tuple[str | int, ...]  # as in plan/yamlread.py, which this module does not import
Mark = tuple[int, int]


class LazyMarks(dict[Loc, Mark]):
    """The positions of a cached file, decoded only when a finding needs one: a warm
    `status` with nothing to report never pays for the hundreds of thousands of keys."""

    def __init__(self, blob: str) -> None:
        super().__init__()
        self._blob: str | None = blob

    def _load(self) -> None:
        if self._blob is not None:
            blob, self._blob = self._blob, None
            for *loc, line, col in json.loads(blob):
                self[tuple(loc)] = (line, col)

    def get(self, key: Loc, default: Any = None) -> Any:
        self._load()
        return super().get(key, default)

    def __getitem__(self, key: Loc) -> Mark:
        self._load()
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._load()
        return super().__contains__(key)

    def __iter__(self) -> Iterator[Loc]:
        self._load()
        return super().__iter__()

    def __len__(self) -> int:
        self._load()
        return super().__len__()

    def items(self) -> Any:
        self._load()
        return super().items()

    def keys(self) -> Any:
        self._load()
        return super().keys()

    def values(self) -> Any:
        self._load()
        return super().values()


class PlanCache:
    """Entries under `directory`; every failure to read or write one is a miss, silently."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._code: str | None = None
        # The bytes a key was made from, until the run loads the file: a command whose
        # kept output missed reads each file once, and loads exactly the bytes it keyed.
        self._keyed: dict[tuple[Path, str, str], tuple[str, bytes]] = {}
        # Where each key's entry lives (its slot): one per file, one per repository and
        # settings, so an edited file replaces its entry instead of adding one.
        self._slots: dict[str, str] = {}
        self._swept = False  # at most one sweep per run
        self._reals: dict[Path, str] = {}

    # --- one file --------------------------------------------------------------------

    def file_key(self, path: Path, name: str, model: str) -> tuple[str, bytes] | None:
        """The key of a file's entry and the bytes it was made from; None for what the
        cache does not handle (an unreadable, irregular or oversized file). `model` names
        the model the file is read as ("Plan", "Registry"). The bytes are held until
        `load` or `take` asks for them, so the file is read once per run."""
        keyed = self._keyed.get((path, name, model))
        if keyed is not None:
            return keyed
        try:
            stat = path.stat()
            if not S_ISREG(stat.st_mode) or stat.st_size > MAX_BYTES:
                return None
            with path.open("rb") as file:
                raw = file.read(MAX_BYTES + 1)
        except OSError:
            return None
        if len(raw) > MAX_BYTES:  # it grew since `stat`: the loader says so
            return None
        key = self._digest(
            "file",
            self._real(path),
            name,
            model,
            str(stat.st_size),
            str(stat.st_mtime_ns),
            hashlib.sha256(raw).hexdigest(),
        )
        self._keyed[(path, name, model)] = (key, raw)
        return key, raw

    def _real(self, path: Path) -> str:
        """`path` with its links resolved, once per run (a key, a slot and a sweep need it)."""
        real = self._reals.get(path)
        if real is None:
            real = self._reals[path] = str(real_path(path))
        return real

    def take(self, path: Path, name: str, model: str) -> tuple[str, bytes] | None:
        """`file_key`, handing the bytes over: the cache holds them no longer."""
        keyed = self.file_key(path, name, model)
        self._keyed.pop((path, name, model), None)
        return keyed

    def load(
        self,
        path: Path,
        name: str,
        model: type[BaseModel],
        fresh: Callable[[bytes], Loaded],
        cold: Callable[[], Loaded],
    ) -> tuple[Loaded, str | None]:
        """The file loaded (from the cache when it holds this exact content) and its key.
        `fresh` loads the bytes read here; `cold` reads the file itself (used for what the
        cache does not handle: unreadable or oversized files). The key is None then."""
        keyed = self.take(path, name, model.__name__)
        if keyed is None:
            return cold(), None
        key, raw = keyed
        slot = self._digest("file-slot", self._real(path), name, model.__name__)
        self._slots[key] = slot
        hit = self._read_file_entry(key, slot, model)
        if hit is not None:
            return hit, key
        loaded = fresh(raw)
        if not has_errors(loaded[2]):  # a broken file is read afresh until it is fixed
            self._write_file_entry(key, slot, loaded, path)
        return loaded, key

    def _read_file_entry(self, key: str, slot: str, model: type[BaseModel]) -> Loaded | None:
        from pydantic import ValidationError

        from kehoach.plan.yamlread import Located

        parts = self._read(key, 2, slot)
        if parts is None:
            return None
        try:
            head = json.loads(parts[0])
            located = None
            if head["located"]:
                located = Located(data=head["data"], marks=LazyMarks(parts[1]))
            instance = model.model_validate(head["data"]) if head["valid"] else None
            return located, instance, _findings(head["findings"])
        except (ValueError, KeyError, TypeError, ValidationError):
            return None

    def _write_file_entry(self, key: str, slot: str, loaded: Loaded, source: Path) -> None:
        located, instance, findings = loaded
        head = {
            "located": located is not None,
            "data": located.data if located is not None else None,
            "valid": instance is not None,
            "findings": [_finding_row(f) for f in findings],
        }
        marks = [[*loc, *mark] for loc, mark in located.marks.items()] if located else []
        self._write(key, [_dumps(head), _dumps(marks)], slot, self._real(source))

    def replace_file(
        self,
        file_keys: Sequence[str | None],
        path: Path,
        name: str,
        model: type[BaseModel],
        written: tuple[bytes, Loaded],
    ) -> list[str | None] | None:
        """After a command wrote a file it had loaded (an edit): its entry for the bytes
        now on disk, and `file_keys` with its new key in place of the old one, so the
        repository's findings can be kept for the files as they are now. `written` is the
        bytes written and them loaded. None when the file on disk is not those bytes (it
        changed again) or was not loaded once among `file_keys`."""
        slot = self._digest("file-slot", self._real(path), name, model.__name__)
        places = [i for i, key in enumerate(file_keys) if key and self._slots.get(key) == slot]
        keyed = self.take(path, name, model.__name__)
        raw, loaded = written
        if len(places) != 1 or keyed is None or keyed[1] != raw:
            return None
        key = keyed[0]
        self._slots[key] = slot
        if not has_errors(loaded[2]):
            self._write_file_entry(key, slot, loaded, path)
        return [key if i == places[0] else old for i, old in enumerate(file_keys)]

    # --- the repository's rule findings --------------------------------------------------

    def repository_key(self, file_keys: Sequence[str | None], settings: object) -> str | None:
        """The key of a repository's rule findings: every file's key and the settings."""
        if any(key is None for key in file_keys):
            return None
        key = self._digest("rules", repr(settings), *(key or "" for key in file_keys))
        self._slots[key] = self._rules_slot(file_keys, settings)
        return key

    def _rules_slot(self, file_keys: Sequence[str | None], settings: object) -> str:
        """Where a repository's rule findings live: one entry for the same files (by
        path, not content) and settings, replaced when a file changes."""
        parts = (self._slots.get(key or "", key or "") for key in file_keys)
        return self._digest("rules-slot", repr(settings), *parts)

    def findings(self, key: str) -> list[Finding] | None:
        """The rules' findings kept under `key` (from `repository_key`); the deadline
        readings kept with them are handed to `schedule` so the report does not read the
        phrases again."""
        parts = self._read(key, 2, self._slots.get(key))
        if parts is None:
            return None
        try:
            found = _findings(json.loads(parts[0]))
            known = [_reading(row) for row in json.loads(parts[1])]
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        from kehoach.plan import schedule

        schedule.remember(known)
        return found

    def store_findings(self, key: str, findings: Sequence[Finding]) -> None:
        from kehoach.plan import schedule

        try:
            rows = [_reading_row(reading) for reading in schedule.readings()]
        except TypeError:  # a reading of a shape this module cannot write: keep none
            rows = []
        rows_of_findings = _dumps([_finding_row(f) for f in findings])
        self._write(key, [rows_of_findings, _dumps(rows)], self._slots.get(key))

    # --- a command's whole output --------------------------------------------------------

    def output_key(self, *parts: str) -> str:
        """A key for a command's output: `parts` name its inputs (this module adds its
        own format and kehoach's code)."""
        return self._digest("output", *parts)

    def output(self, slot: str, key: str) -> Output | None:
        """What a command printed for the inputs `key` stands for, when kept intact: its
        stdout (a file beside the entry, checked against the SHA-256 the entry holds), the
        lines it wrote to stderr and its exit code. `slot` is where the entry lives: one
        per command line, holding only its latest output, so the cache does not grow a
        new entry every day."""
        parts = self._read(key, 1, slot)
        if parts is None:
            return None
        try:
            meta = json.loads(parts[0])
            raw = self._path(slot).with_suffix(".out").read_bytes()
            if hashlib.sha256(raw).hexdigest() != meta["sha256"]:
                return None
            stderr, code = meta["stderr"], meta["code"]
            if not isinstance(code, int) or not all(isinstance(s, str) for s in stderr):
                return None
            return Output(raw.decode("utf-8"), list(stderr), code)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store_output(self, slot: str, key: str, output: Output) -> None:
        for _ in self.keep_pieces(slot, key, [output.stdout], output.stderr, output.code):
            pass

    def keep_pieces(
        self, slot: str, key: str, pieces: Iterable[str], stderr: list[str], code: int
    ) -> Iterator[str]:
        """`pieces` passed on one by one while they are written to the entry of `slot`
        for `key` (stdout in pieces, then the lines of stderr and the exit code), so a
        long output is never held whole. The entry exists only once every piece went
        through; a failure to write leaves the cache as it was and the output whole."""
        import tempfile

        target = self._path(slot).with_suffix(".out")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        except OSError:
            yield from pieces
            return
        sha, kept = hashlib.sha256(), True
        try:
            with os.fdopen(fd, "wb") as handle:
                for piece in pieces:
                    if kept:
                        kept = _write_piece(handle, sha, piece)
                    yield piece
            if kept:
                os.replace(tmp, target)  # the text first, its entry last
                meta = {"sha256": sha.hexdigest(), "stderr": stderr, "code": code}
                self._write(key, [_dumps(meta)], slot)
        except OSError:
            pass  # a full disk: nothing kept
        finally:
            Path(tmp).unlink(missing_ok=True)

    # --- entries on disk -----------------------------------------------------------------

    def code(self) -> str:
        """kehoach's own version, code and data: an upgrade or an edited module is a miss."""
        if self._code is None:
            package = Path(kehoach.__file__).parent
            parts = [kehoach.__version__, str(SCHEMA_VERSION)]
            # The sources and the bundled data (holidays, provinces) the rules read.
            files = (p for p in package.rglob("*") if "__pycache__" not in p.parts)
            for source in sorted(p for p in files if p.is_file()):
                stat = source.stat()
                parts.append(f"{source.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
            self._code = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        return self._code

    def _digest(self, *parts: str) -> str:
        text = "\0".join((FORMAT, self.code(), *parts))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json"

    def _read(self, key: str, count: int, slot: str | None = None) -> list[str] | None:
        """The payload lines of entry `key` (kept at `slot`, by default at `key`), when its
        header and checksum hold. A hit is marked used (its modification time), so the
        sweep removes what has been unused longest first."""
        path = self._path(slot or key)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        header, _, payload = text.partition("\n")
        try:
            head = json.loads(header)
        except ValueError:
            return None
        expected = {"format": FORMAT, "key": key, "sha256": _sha(payload)}
        if not isinstance(head, dict) or any(head.get(k) != v for k, v in expected.items()):
            return None
        parts = payload.split("\n")
        if len(parts) != count:
            return None
        with contextlib.suppress(OSError):  # a read-only cache is still read
            os.utime(path)
        return parts

    def _write(
        self, key: str, parts: list[str], slot: str | None = None, source: str | None = None
    ) -> None:
        """Entry `key` written at `slot` (by default at `key`); `source` is the file it
        was read from, whose disappearance makes the entry useless (see `sweep`)."""
        payload = "\n".join(parts)
        head: dict[str, str] = {"format": FORMAT, "key": key, "sha256": _sha(payload)}
        if source is not None:
            head["source"] = source
        if self._write_bytes(self._path(slot or key), f"{_dumps(head)}\n{payload}".encode()):
            self._sweep_when_due()

    # --- keeping the cache small -------------------------------------------------------

    def _sweep_when_due(self) -> None:
        """A run that wrote an entry sweeps the cache, at most once every SWEEP_EVERY
        seconds across runs (the time of the last sweep is the stamp file's)."""
        if self._swept:
            return
        self._swept = True
        stamp = self.directory / ".swept"
        try:
            if time.time() - stamp.stat().st_mtime < SWEEP_EVERY:
                return
        except FileNotFoundError:
            pass
        except OSError:
            return
        if self._write_bytes(stamp, b""):  # first, so a concurrent run does not sweep too
            self.sweep()

    def sweep(self, now: float | None = None) -> int:
        """Remove what no run will use again and return how many files went: entries of
        another format or unreadable, entries of files that no longer exist, a kept
        output without its entry, temporaries of writers killed over an hour ago; then,
        while the cache holds more than MAX_ENTRIES entries or MAX_CACHE_BYTES bytes, the
        entries unused longest (least recently used first). Safe beside other runs: a
        reader holds whole files (writes are atomic), so an entry removed under it is
        only a miss."""
        now = time.time() if now is None else now
        removed = 0
        kept: list[tuple[float, int, Path]] = []  # (last used, size, entry)
        for folder in self._folders():
            for path in _listing(folder):
                verdict = self._verdict(path, now)
                if verdict is None:
                    continue
                if isinstance(verdict, tuple):
                    kept.append(verdict)
                else:
                    removed += _remove(path)
        kept.sort()
        count, total = len(kept), sum(size for _, size, _ in kept)
        for _, size, path in kept:
            if count <= MAX_ENTRIES and total <= MAX_CACHE_BYTES:
                break
            removed += _remove(path)
            count, total = count - 1, total - size
        return removed

    def _folders(self) -> list[Path]:
        try:
            return [p for p in self.directory.iterdir() if len(p.name) == 2 and p.is_dir()]
        except OSError:
            return []

    def _verdict(self, path: Path, now: float) -> tuple[float, int, Path] | bool | None:
        """True for a file to remove, (last used, size, path) for an entry to keep under
        the caps, None for what is left alone (a temporary being written)."""
        try:
            info = path.stat()
        except OSError:
            return None
        old = now - info.st_mtime > LEFTOVER_AGE
        if path.name.startswith("."):  # a temporary: its writer may still be at work
            return True if old and path.suffix == ".tmp" else None
        if path.suffix == ".out":  # a kept output: goes with its entry
            return True if old and not path.with_suffix(".json").exists() else None
        if path.suffix != ".json" or not self._sound(path):
            return True
        size = info.st_size
        with contextlib.suppress(OSError):
            size += path.with_suffix(".out").stat().st_size
        return (info.st_mtime, size, path)

    def _sound(self, path: Path) -> bool:
        """An entry of this format, whose source file (if it names one) still exists."""
        try:
            with path.open("rb") as handle:
                head = json.loads(handle.readline())
            source = head.get("source")
            return head.get("format") == FORMAT and (source is None or Path(source).exists())
        except (OSError, ValueError, AttributeError, TypeError):
            return False

    def _write_bytes(self, target: Path, content: bytes) -> bool:
        """`content` written to `target` atomically; False when the disk refuses."""
        import tempfile  # only when writing: a warm run never needs it

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(content)
                os.replace(tmp, target)  # atomic: a reader sees the old entry or the new
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return False  # a read-only or full disk: the run goes on without caching
        return True


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _remove(path: Path) -> int:
    """Remove an entry with its kept output, if any; how many files went."""
    removed = 0
    for one in (path, path.with_suffix(".out")) if path.suffix == ".json" else (path,):
        try:
            one.unlink()
            removed += 1
        except OSError:
            pass  # gone already (another run's sweep), or not ours to remove
    return removed


def _write_piece(handle: typing.BinaryIO, sha: Any, piece: str) -> bool:
    data = piece.encode("utf-8")
    try:
        handle.write(data)
    except OSError:
        return False
    sha.update(data)
    return True


def _dumps(value: object) -> str:
    # ensure_ascii keeps every entry one line per part (no raw U+2028 or newline inside).
    return json.dumps(value, separators=(",", ":"))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _finding_row(finding: Finding) -> list[object]:
    return [finding.path, finding.line, finding.col, finding.severity.value, finding.code,
            finding.message]  # fmt: skip


def _findings(rows: Any) -> list[Finding]:
    out = []
    for path, line, col, severity, code, message in rows:
        if not all(isinstance(v, str) for v in (path, code, message)):
            raise TypeError("finding")
        if not isinstance(line, int) or not isinstance(col, int):
            raise TypeError("finding")
        out.append(Finding(path, line, col, Severity(severity), code, message))
    return out


# --- deadline readings as JSON, decoded by the dataclasses' own field types ----------------


def _reading_row(reading: schedule.Reading) -> list[object]:
    from kehoach.dates.deadline import DeadlineError

    (phrase, context), outcome = reading
    if isinstance(outcome, DeadlineError):  # its kind too: `plan` decides on it, not on `why`
        return [phrase, _encode(context), None, outcome.why, outcome.kind.value]
    return [phrase, _encode(context), _encode(outcome), None, None]


def _reading(row: Any) -> schedule.Reading:
    from kehoach.dates.deadline import Context, Deadline, DeadlineError
    from kehoach.dates.grammar import Refusal

    phrase, context, deadline, why, kind = row
    if not isinstance(phrase, str):
        raise TypeError("phrase")
    key = (phrase, _decode(Context, context))
    if deadline is None:
        if not isinstance(why, str):
            raise TypeError("why")
        return key, DeadlineError(phrase, why, kind=Refusal(kind))
    return key, _decode(Deadline, deadline)


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, tuple):  # Recurrence.days, .months: tuple[int, ...]
        return [_encode(one) for one in value]
    raise TypeError(f"cannot keep {type(value).__name__}")  # a new field type: no caching


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)  # slow (evaluates annotations): once per class


def _decode(kind: Any, value: Any) -> Any:
    """`value` as `kind` (a dataclass, an enum, date, str, int, bool, a Literal of strings,
    tuple[X, ...] or X | None), exactly: a missing or extra field, or a value of the wrong
    type, raises rather than guess."""
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is tuple:
        return _decode_generic(kind, value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        names = [f.name for f in dataclasses.fields(kind)]
        if not isinstance(value, dict) or sorted(value) != sorted(names):
            raise TypeError(f"{kind.__name__}: fields differ")
        return kind(**{name: _decode(hints[name], value[name]) for name in names})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind in (str, int, bool) and type(value) is kind:
        return value
    if typing.get_origin(kind) is typing.Literal and value in typing.get_args(kind):
        return value  # Deadline.year_from: one of its names, never another string
    raise TypeError(f"cannot read {kind!r}")


def _decode_generic(kind: Any, value: Any) -> Any:
    """`value` as X | None, or as tuple[X, ...] (Recurrence.days, .months) from a list."""
    if isinstance(kind, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _decode(inner, value)
    inner, ellipsis = typing.get_args(kind)
    if ellipsis is not Ellipsis or not isinstance(value, list):
        raise TypeError(f"cannot read {kind!r}")
    return tuple(_decode(inner, one) for one in value)

"""What every command shares: the app, exit codes, one-line failures, loading plans."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO, cast

import typer
from typer.core import TyperGroup

from . import completing, texts

if TYPE_CHECKING:
    from kehoach.base.findings import Finding
    from kehoach.plan.cache import Output, PlanCache
    from kehoach.plan.loader import Repository
    from kehoach.plan.settings import Settings
    from kehoach.reports.selection import Selection

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


# CR LF, or CR alone: a line's end as Windows and old Mac editors write it
_LINE_END = re.compile("\r\n?")


class _Arguments(TyperGroup):
    """The app's command group: every argument is untrusted input, like a plan file. One
    with a control character (an escape sequence, NUL, BEL; tab and line feed allowed)
    is refused before any command reads it, so none is echoed to a terminal or written
    into a plan. A line ended CR LF or CR (a reason pasted from a Windows editor, an old
    Mac's text) is a line ended LF: its CR is made LF first, and folded as LF is."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from kehoach.base.text import CONTROL, control_name, printable

        args = [_LINE_END.sub("\n", arg) for arg in args]
        for arg in args:
            if any("\ud800" <= ch <= "\udfff" for ch in arg):  # bytes that are not UTF-8
                shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                fail(f"đối số {printable(shown)!r} không phải văn bản UTF-8: hãy gõ lại")
            if found := CONTROL.search(arg):
                what = control_name(found.group())
                fail(f"đối số {printable(arg)!r} chứa ký tự điều khiển {what}: hãy bỏ nó")
        _refuse_empty_path(args)
        return super().parse_args(ctx, args)


# Options naming a file or folder, and the commands whose arguments all do.
_PATH_OPTIONS = frozenset({"-o", "--output", "--out", "--out-dir", "--previous", "--plans"})
_PATH_COMMANDS = frozenset(
    {"status", "slips", "timeline", "validate", "export-ics", "fmt", "show", "import", "new"}
)


def _refuse_empty_path(args: list[str]) -> None:
    """An empty path (`-o "$OUT"`, `validate "$PLANS"` with the variable unset) reads as
    ".", the current folder: `validate ""` searched it, `schema --out ""` wrote three files
    there, `status -o ""` named "." in its refusal. Refused, as an empty day is."""
    command = args[0] if args else ""
    for before, arg in zip(["", *args], args, strict=False):
        option, equals, value = arg.partition("=")
        if equals and option in _PATH_OPTIONS and not value.strip():
            fail(f"{option}: để trống; cần tên tệp hoặc thư mục")
        if arg.strip():
            continue
        if before in _PATH_OPTIONS:
            fail(f"{before}: để trống; cần tên tệp hoặc thư mục")
        if command in _PATH_COMMANDS and not before.startswith("-") and before != "":
            fail(f"{command}: đường dẫn để trống; cần tên tệp hoặc thư mục")


app = typer.Typer(
    cls=_Arguments,
    name="kehoach",
    help="Theo dõi thời hạn các kế hoạch: kiểm tra tệp, trạng thái, lịch.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
texts.install(texts.language(sys.argv[1:], dict(os.environ)))  # main() says it again


class TextOrJson(StrEnum):
    """--format of the commands that print either text for people or JSON for scripts."""

    text = "text"
    json = "json"


class Lang(StrEnum):
    vi = "vi"
    en = "en"


def _version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        sys.stdout.write(f"kehoach {version('kehoach')}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="In phiên bản rồi thoát"
        ),
    ] = False,
    lang: Annotated[
        Lang,
        typer.Option(
            "--lang",
            help="Ngôn ngữ: vi hoặc en, trước hay sau tên lệnh (cũng đặt được bằng KEHOACH_LANG)",
        ),
    ] = Lang.vi,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            help="Thư mục bộ nhớ đệm các tệp đã đọc (mặc định: KEHOACH_CACHE_DIR, "
            "$XDG_CACHE_HOME/kehoach)",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Không dùng bộ nhớ đệm (cũng: KEHOACH_NO_CACHE=1)")
    ] = False,
) -> None:
    """Theo dõi thời hạn các kế hoạch: kiểm tra tệp, trạng thái, lịch."""
    guard_streams()  # main() has; a test's CliRunner comes in here
    _CACHE.clear()
    _CACHE.update(directory=cache_dir, off=no_cache)


# The root options --cache-dir and --no-cache, for load_plans (the callback runs first).
_CACHE: dict[str, Any] = {}


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Tệp hoặc thư mục kế hoạch (mặc định: plans/ gần nhất)", show_default=False
    ),
]

# The options of the commands that report as of a day on a selection of plans.
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="Xem tại ngày (dd/mm/yyyy); mặc định hôm nay")
]
SoonOpt = Annotated[
    int, typer.Option("--soon", min=0, max=3660, help="Sắp đến hạn: trong N ngày (tối đa 3660)")
]
AgencyOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--agency",
        "-a",
        help="Lọc theo cơ quan (gõ không dấu được)",
        autocompletion=completing.agency_names,
    ),
]
PlanOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--plan",
        "-p",
        help="Lọc theo kế hoạch: 348, 348/KH-UBND…",
        autocompletion=completing.plan_ids,
    ),
]
LeadOnlyOpt = Annotated[
    bool,
    typer.Option("--lead-only", help="Chỉ nhiệm vụ cơ quan chủ trì (mặc định: cả phối hợp)"),
]


class _Shown:
    """stdout or stderr, showing control characters instead of sending them: the last
    line of defence of every renderer (render.console.shown). Bytes (`.buffer`, for the
    calendar feed) pass as they are: the feed escapes its own text."""

    def __init__(self, stream: TextIO, colour: bool) -> None:
        self.stream = stream
        self.colour = colour

    def write(self, text: str) -> int:
        from kehoach.render.console import shown

        self.stream.write(shown(text, colour=self.colour))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _speak_utf8(stream: TextIO, *, reading: bool = False) -> None:
    """Read and write UTF-8 whatever the locale or PYTHONIOENCODING says: every line is
    Vietnamese, and JSON, CSV and feeds are UTF-8 by contract (PYTHONIOENCODING=ascii
    crashed the first write, exit 3). A byte that is not UTF-8 never raises either: read,
    it is kept as a lone surrogate for `deadline -` to name (a UTF-8 locale other than C
    reads stdin strictly: 0xFF crashed it); written, it goes as the locale's C/POSIX
    handler sends it, else escaped (\\udcff), never a crash."""
    import io

    if not isinstance(stream, io.TextIOWrapper):
        return  # a test's capture, or already ours
    errors = stream.errors if stream.errors == "surrogateescape" else "backslashreplace"
    if reading:
        errors = "surrogateescape"
    if (stream.encoding.lower().replace("-", ""), stream.errors) != ("utf8", errors):
        stream.reconfigure(encoding="utf-8", errors=errors)


def guard_streams() -> None:
    """Put stdout and stderr behind `_Shown` (once): colours kept on stdout only when it
    is a terminal that takes them."""
    from kehoach.render.console import terminal

    # A stream closed by the caller (`kehoach validate >&-`, a daemon's start-up) is None
    # here: nobody reads it, so its lines go nowhere (it gave a traceback, exit 1 or 120).
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    _speak_utf8(sys.stdin, reading=True)
    for stream in (sys.stdout, sys.stderr):
        _speak_utf8(stream)
    if not isinstance(sys.stdout, _Shown):
        sys.stdout = cast(TextIO, _Shown(sys.stdout, terminal()[1]))
    if not isinstance(sys.stderr, _Shown):
        sys.stderr = cast(TextIO, _Shown(sys.stderr, False))


def for_screen(text: str, column: int | None = None, stream: TextIO | None = None) -> str:
    """`text` as a terminal shows it on `stream` (stdout by default): its long lines broken
    between words at the terminal's width, hanging under their text (at `column` when
    given); a pipe or a file gets each line whole, as scripts and `grep` read it
    (`render.hanging`)."""
    from kehoach.render.console import for_terminal, terminal
    from kehoach.render.hanging import hang

    if not for_terminal(sys.stdout if stream is None else stream):
        return text
    return hang(text, terminal()[0], column)


def say(line: str, column: int | None = None) -> None:
    """Write one line of talk (`line`, its end included) to stderr, broken as `for_screen`
    breaks it when stderr is a terminal."""
    sys.stderr.write(for_screen(line, column, sys.stderr))


FAILED = "kehoach: "


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One clear line on stderr, no traceback (whatever line breaks `message` quotes);
    on a terminal, broken between words under its text as `diff` breaks its lines."""
    from kehoach.base.text import one_line

    say(f"{FAILED}{one_line(message)}\n", len(FAILED))
    raise typer.Exit(code)


def parse_day(text: str, option: str) -> date:
    from kehoach.plan.model import read_day

    if not text.strip():  # `--on "$NGAY"` with NGAY unset: never today without a word
        fail(f"{option}: để trống; cần một ngày dạng dd/mm/yyyy")
    try:
        value = read_day(text)
    except ValueError as exc:
        fail(f"{option}: {exc}")
    assert isinstance(value, date)
    return value


def load_plans(paths: list[Path] | None) -> tuple[Repository, Settings]:
    """The repository under `paths` (or where settings say), or a one-line usage error."""
    from kehoach.plan.discovery import LoadError
    from kehoach.plan.loader import load_repository
    from kehoach.plan.settings import SettingsError, load_settings, plan_paths
    from kehoach.render.console import Progress, for_terminal

    cwd = Path.cwd()
    # Our own words and sequences only: written past the guard that shows control
    # characters (_Shown), which would print the carriage return instead of obeying it.
    raw = sys.stderr.stream if isinstance(sys.stderr, _Shown) else sys.stderr
    label = texts.PROGRESS["reading"][texts.current()]
    progress = Progress(raw, label) if for_terminal(raw) else None
    try:
        settings = load_settings(cwd)
        targets = plan_paths(paths or [], settings, cwd)
        return load_repository(targets, settings, cwd, plan_cache(), progress), settings
    except (LoadError, SettingsError) as exc:
        fail(str(exc))
    finally:
        if progress is not None:
            progress.close()


def plan_cache() -> PlanCache | None:
    """The cache of loaded plans the root options and the environment ask for, if any:
    one for the whole run, so the bytes the output memo keyed are the ones loaded (each
    file is read once)."""
    from kehoach.plan.cache import PlanCache, default_directory

    if _CACHE.get("off"):
        return None
    if "instance" not in _CACHE:
        directory = _CACHE.get("directory") or default_directory()
        _CACHE["instance"] = PlanCache(directory) if directory is not None else None
    cache: PlanCache | None = _CACHE["instance"]
    return cache


class Memo:
    """A command's whole output kept in the plan cache for its exact inputs: every plan
    file's bytes (by key, nothing parsed), the calendar file, the settings, the installed
    packages, kehoach's own code and the command's options and day. A hit prints what the
    same run printed before; anything that differs is another key."""

    def __init__(self, cache: PlanCache, slot: str, key: str) -> None:
        self.cache, self.slot, self.key = cache, slot, key

    def kept(self) -> Output | None:
        return self.cache.output(self.slot, self.key)

    def keep(self, output: Output) -> None:
        self.cache.store_output(self.slot, self.key, output)

    def keep_pieces(self, pieces: Iterable[str], stderr: list[str], code: int) -> Iterator[str]:
        """`pieces` passed on as they are kept (plan/cache.py `keep_pieces`)."""
        return self.cache.keep_pieces(self.slot, self.key, pieces, stderr, code)


def output_memo(
    command: str, paths: list[Path] | None, as_of: str | None, *options: object
) -> Memo | None:
    """The memo of `command` run on the plans under `paths` as of `as_of` with `options`
    (everything else that shapes its output), or None when there is no cache or the
    inputs cannot be keyed; then the command runs in full and says what is wrong. The
    command must run as of `as_of` when given, so give it the day (`as_of_day`)."""
    from kehoach.plan.discovery import (
        LoadError,
        display_name,
        find_calendar_file,
        leads_out_of_its_repository,
        repository_key,
    )
    from kehoach.plan.settings import SettingsError, load_settings, plan_paths

    cache = plan_cache()
    cwd = Path.cwd()
    try:
        settings = load_settings(cwd)
        targets = plan_paths(paths or [], settings, cwd)
        repository = repository_key(targets, settings, cwd, cache) if cache else None
        calendar = find_calendar_file(targets)
        if calendar is not None and leads_out_of_its_repository(calendar):
            return None  # never read; the command itself says why
        swaps = ""
        if calendar is not None and cache is not None:
            # Read once: `load_calendar` takes these bytes if the run goes on.
            keyed = cache.file_key(calendar, display_name(calendar, cwd), "CalendarFile")
            if keyed is None:
                return None  # unreadable or too large: the command itself says why
            swaps = keyed[0]
    except (LoadError, SettingsError, ValueError, OSError):
        return None
    if cache is None or repository is None:
        return None
    slot = cache.output_key(command, str(cwd), repr(paths), *map(repr, options))
    # The day as written: "1/7/2026" and "01/07/2026" are two keys for the same output.
    day = as_of if as_of is not None else str(as_of_day(None))
    key = cache.output_key(slot, repository, str(calendar), swaps, day, *_installed())
    return Memo(cache, slot, key)


def _installed() -> list[str]:
    """The packages installed beside typer (names with versions), and Python's version:
    a rendering that changes with an upgrade is another key."""
    site = Path(typer.__file__).parent.parent
    try:
        return [sys.version, *sorted(p for p in os.listdir(site) if p.endswith(".dist-info"))]
    except OSError:
        return [sys.version, str(site)]


def as_of_day(as_of: str | None) -> date:
    """The day asked for with --as-of, else today in Asia/Ho_Chi_Minh (`vntime.today`)."""
    from kehoach.base.vntime import today

    if as_of is not None:  # "--as-of ''" (a variable left unset) is no day: refused
        return parse_day(as_of, "--as-of")
    return today()


def selection_for(
    repo: Repository,
    plans: list[str] | None,
    agencies: list[str] | None,
    lead_only: bool,
    notes: list[str] | None = None,
) -> Selection:
    """--plan and --agency resolved, or a one-line usage error suggesting close names and
    naming the files that could not be read (the plan asked for may be one of them: "không
    có kế hoạch '02'" alone sends the clerk looking for a plan that is there, broken).
    How an agency was read (a part of a name, a merged body) goes to stderr, or into
    `notes` (lines) for a command that prints its stderr itself."""
    from kehoach.base.findings import first_errors
    from kehoach.reports.selection import SelectionError, select

    try:
        selection = select(
            repo.plans, repo.directory, plans or [], agencies or [], lead_only=lead_only
        )
    except SelectionError as exc:
        fail(f"{exc}{''.join(f'; không đọc được {f}' for f in first_errors(repo.findings))}")
    lines = [f"kehoach: {note}\n" for note in selection.notes]
    if notes is None:
        sys.stderr.writelines(lines)
    else:
        notes += lines
    return selection


def first_error_per_file(repo: Repository, settings: Settings) -> list[Finding]:
    """The first error of each broken plan file: what a report leaves out, said once."""
    from kehoach.base.findings import first_errors
    from kehoach.plan.rules import check_repository

    return first_errors(check_repository(repo, settings))


def refuse_report_over_yaml(path: Path) -> None:
    """Refuse a report's `-o` that names a YAML file, before any work. No report is YAML,
    and kehoach reads every *.yaml/*.yml of the plans folder as a plan or registry:
    `status -o plans/kh-348-2022.yaml` (a slip of tab completion) wrote the report over
    the plan, exit 0, the clerk's uncommitted edits lost."""
    if path.suffix.lower() in (".yaml", ".yml"):
        from kehoach.base.text import file_name

        fail(
            f"{file_name(str(path))}: không ghi báo cáo ra tệp .yaml/.yml (tên của tệp kế hoạch, "
            "có thể đè mất một kế hoạch); chọn tên khác, ví dụ tinh-hinh.csv"
        )


def start_report(as_of: str | None, out: Path | None) -> tuple[str, int, bool]:
    """What a report command (`status`, `timeline`) fixes before it runs, as
    (as-of day in ISO, terminal width in cells, colour): the one day its memo and its report
    both use (`as_of_day`), an `-o` naming a YAML file refused (`refuse_report_over_yaml`),
    and the terminal's width, no narrower than the floor a report is laid out for."""
    from kehoach.render.console import NARROW_FLOOR, terminal

    day = as_of if as_of is not None else as_of_day(None).isoformat()
    if out is not None:
        refuse_report_over_yaml(out)
    width, color = terminal(least=NARROW_FLOOR)
    return day, width, color


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write an output file atomically (`files.write_atomically`), or fail in one line."""
    from kehoach.base.files import WriteError
    from kehoach.base.files import write_atomically as write

    try:
        write(path, content)
    except WriteError as exc:
        fail(str(exc))


def write_all_atomically(files: list[tuple[Path, str | bytes]]) -> None:
    """Write a set of output files, all or none (`files.write_all_atomically`), or fail
    in one line."""
    from kehoach.base.files import WriteError
    from kehoach.base.files import write_all_atomically as write

    try:
        write(files)
    except WriteError as exc:
        fail(str(exc))

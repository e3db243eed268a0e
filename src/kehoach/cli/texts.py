"""The command-line framework's own words, in Vietnamese: one place, switched by --lang.

Click and Typer print usage lines, help headings, option hints and usage errors in
English, through `gettext` names bound in each of their modules (`_`, `ngettext`), and
describe option values by Python type (`<str>`, `<list[Path]>`, `{ref}`). `install`
rebinds those names to this catalogue and describes values by what they mean (NGÀY,
TỆP, N), so a clerk reads Vietnamese from the first line to the last error. With
`--lang en` (or KEHOACH_LANG=en) the framework's English stays, with the same value
names in English.

Patching is limited to the gettext names and three typer display methods; typer and
click are pinned below their next major versions in pyproject.toml, and
tests/test_cli_texts.py runs every command's --help and the usage errors through the
installed command, so a change in either shows there first.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

# Words typer 0.29 prints through gettext (headings, hints) and in its own help texts
# (the help option, completion): exact strings -> Vietnamese.
VI: dict[str, str] = {
    "Options": "Tùy chọn",
    "Arguments": "Tham số",
    "Commands": "Lệnh",
    "Error": "Lỗi",
    "Aborted!": "Đã dừng.",
    "Aborted.": "Đã dừng.",
    "Missing command.": "Thiếu lệnh.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "default: {default}": "mặc định: {default}",
    "[default: {}]": "[mặc định: {}]",
    "required": "bắt buộc",
    "[required]": "[bắt buộc]",
    "env var: {var}": "biến môi trường: {var}",
    "[env var: {}]": "[biến môi trường: {}]",
    "(dynamic)": "(tùy lúc chạy)",
    "(deprecated) ": "(không còn dùng) ",
    "Show this message and exit.": "In hướng dẫn này rồi thoát.",
    "Install completion for the current shell.": (
        "Cài gợi ý hoàn thành lệnh (Tab) cho shell đang dùng."
    ),
    "Show completion for the current shell, to copy it or customize the installation.": (
        "In đoạn mã gợi ý hoàn thành lệnh cho shell đang dùng, để chép hoặc tự cài."
    ),
}

# Usage errors as the vendored click words them -> Vietnamese, matched on the whole
# message; `_inner` then rewords what typer's value checks (pydantic) said.
VI_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Missing argument (.+)\.$"), r"Thiếu tham số \1."),
    (re.compile(r"^Missing option (.+?)\.(.*)$"), r"Thiếu tùy chọn \1.\2"),
    (re.compile(r"^Missing parameter: (.+)$"), r"Thiếu giá trị: \1"),
    (
        re.compile(r"^No such option: (\S+) \(Possible options: (.+)\)$"),
        r"Không có tùy chọn \1 (có phải: \2?)",
    ),
    (re.compile(r"^No such option: (\S+)$"), r"Không có tùy chọn \1"),
    (re.compile(r"^Option (.+) requires an argument\.$"), r"Tùy chọn \1 cần một giá trị."),
    (re.compile(r"^Option (.+) requires (\d+) arguments\.$"), r"Tùy chọn \1 cần \2 giá trị."),
    (re.compile(r"^Option (.+) does not take a value\.$"), r"Tùy chọn \1 không nhận giá trị."),
    (re.compile(r"^Got unexpected extra argument\(s\) \((.+)\)$"), r"Thừa tham số (\1)"),
    (re.compile(r"^Invalid value for (.+?): (.*)$", re.S), r"Giá trị không hợp lệ cho \1: \2"),
    (re.compile(r"^Invalid value: (.*)$", re.S), r"Giá trị không hợp lệ: \1"),
)
VI_VALUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # typer's suggestion after a mistyped command: "No such command 'statu'. Did you mean
    # 'status'?" (typer.core, outside gettext)
    (re.compile(r"\. Did you mean (.+)\?$"), r" (có phải: \1?)"),
    (re.compile(r"Value error, "), ""),
    (re.compile(r"Input should be a valid integer[^.]*\.?"), "cần một số nguyên"),
    (re.compile(r"Input should be a valid number[^.]*\.?"), "cần một số"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), r"cần ≥ \1"),
    (re.compile(r"Input should be less than or equal to (\S+)"), r"cần ≤ \1"),
    (re.compile(r"Input should be greater than (\S+)"), r"cần > \1"),
    (re.compile(r"Input should be less than (\S+)"), r"cần < \1"),
    (re.compile(r"'([^']*)' is not one of (.+)\.$"), r"'\1' không phải một trong \2."),
    # click.Path's checks (`--previous`): "path 'lich.ics' does not exist."
    (re.compile(r"(?i:file|directory|path) ('.*') does not exist\."), r"không có \1."),
    (re.compile(r"(?i:file|directory|path) ('.*') is a directory\."), r"\1 là một thư mục."),
    (re.compile(r"(?i:file|directory|path) ('.*') is a file\."), r"\1 là một tệp."),
    (re.compile(r"(?i:file|directory|path) ('.*') is not readable\."), r"không đọc được \1."),
    (re.compile(r"(?i:file|directory|path) ('.*') is not writable\."), r"không ghi được \1."),
)
EN_VALUES: tuple[tuple[re.Pattern[str], str], ...] = ((re.compile(r"Value error, "), ""),)

# What an option's value is, by the parameter's name, in each language: the words a clerk
# reads in `--as-of NGÀY`, and in usage lines as `KẾ_HOẠCH/NHIỆM_VỤ`.
VALUE_NAMES: dict[str, tuple[str, str]] = {
    "as_of": ("NGÀY", "DATE"),
    "on": ("NGÀY", "DATE"),
    "issued": ("NGÀY", "DATE"),
    "from_day": ("NGÀY", "DATE"),
    "to_day": ("NGÀY", "DATE"),
    "since": ("NGÀY", "DATE"),
    "start": ("NGÀY", "DATE"),
    "end": ("NGÀY", "DATE"),
    "first": ("TỪ_NGÀY", "FROM"),
    "last": ("ĐẾN_NGÀY", "TO"),
    "first_day": ("NGÀY", "DATE"),
    "last_day": ("NGÀY", "DATE"),
    "anchor": ("NGÀY", "DATE"),
    "number": ("SỐ_HIỆU", "NUMBER"),
    "kind": ("LOẠI", "KIND"),
    "title": ("TRÍCH_YẾU", "TITLE"),
    "issuer": ("CƠ_QUAN", "ISSUER"),
    "jurisdiction": ("TỈNH", "PROVINCE"),
    "commune": ("XÃ", "COMMUNE"),
    "plan_url": ("URL", "URL"),
    "args": ("PHIÊN_BẢN_HOẶC_ĐƯỜNG_DẪN", "REVISION_OR_PATH"),
    "file": ("TỆP", "FILE"),
    "period": ("KỲ", "PERIOD"),
    "until": ("NGÀY", "DATE"),
    "soon": ("N", "N"),
    "limit": ("N", "N"),
    "milestone": ("N", "N"),
    "alarm": ("N", "N"),
    "agency": ("CƠ_QUAN", "AGENCY"),
    "lead": ("CƠ_QUAN", "AGENCY"),
    "support": ("CƠ_QUAN", "AGENCY"),
    "plan": ("KẾ_HOẠCH", "PLAN"),
    "plan_id": ("MÃ", "ID"),
    "paths": ("ĐƯỜNG_DẪN", "PATH"),
    "plans": ("ĐƯỜNG_DẪN", "PATH"),
    "output": ("TỆP", "FILE"),
    "output_file": ("TỆP", "FILE"),
    "out": ("THƯ_MỤC", "DIR"),
    "previous": ("TỆP", "FILE"),
    "source": ("TỆP", "FILE"),
    "target": ("TỆP", "FILE"),
    "ref": ("KẾ_HOẠCH/NHIỆM_VỤ", "PLAN/TASK"),
    "task": ("KẾ_HOẠCH/NHIỆM_VỤ", "PLAN/TASK"),
    "decided_by": ("VĂN_BẢN", "DOCUMENT"),
    "phrase": ("CỤM_TỪ", "PHRASE"),
    "reason": ("LÝ_DO", "REASON"),
    "note": ("GHI_CHÚ", "NOTE"),
    "base_url": ("URL", "URL"),
    "revisions": ("PHIÊN_BẢN", "REVISION"),
}
BY_TYPE: dict[str, tuple[str, str]] = {
    "int": ("N", "N"),
    "float": ("SỐ", "NUMBER"),
    "Path": ("ĐƯỜNG_DẪN", "PATH"),
    "date": ("NGÀY", "DATE"),
    "str": ("GIÁ_TRỊ", "VALUE"),
}

# The line that shows how far long work is, on a terminal's stderr (render.console.Progress).
PROGRESS: dict[str, dict[str, str]] = {
    "reading": {"vi": "kehoach: đang đọc kế hoạch", "en": "kehoach: reading plans"},
}

_chosen = {"language": "vi"}  # set once per run by `install`


def current() -> str:
    """The language chosen for this run: "vi" or "en"."""
    return _chosen["language"]


def split_lang(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """`--lang vi|en` (or `--lang=…`) taken out of `argv` wherever it stands, so every
    command honours it, before or after its name."""
    rest: list[str] = []
    found: str | None = None
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in {"vi", "en"}:
            found, skip = argv[index + 1], True
        elif arg in {"--lang=vi", "--lang=en"}:
            found = arg.removeprefix("--lang=")
        else:
            rest.append(arg)
    return found, rest


def language(argv: Sequence[str], environ: dict[str, str]) -> str:
    """ "en" when asked for by `--lang en` / `--lang=en` anywhere on the line or by
    KEHOACH_LANG=en; "vi" otherwise. Read before parsing, since usage errors come
    before any command runs."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.endswith("=en") else "vi"
    return "en" if environ.get("KEHOACH_LANG", "").strip().lower() == "en" else "vi"


def unknown_lang(environ: dict[str, str]) -> str | None:
    """A warning line when KEHOACH_LANG names no language the tool speaks ("xx", "vn"):
    said, not silently taken for Vietnamese; None when it is unset, vi or en."""
    from kehoach.base.text import printable

    value = environ.get("KEHOACH_LANG", "")
    if value.strip().lower() in ("", "vi", "en"):
        return None
    return f"kehoach: KEHOACH_LANG={printable(value)!r} không phải vi hay en: dùng tiếng Việt\n"


def translate(message: str) -> str:
    """`message` in the chosen language (unknown messages stay as they are)."""
    return VI.get(message, message) if current() == "vi" else message


def error_message(message: str) -> str:
    """A usage error's message (as the vendored click words it) in the chosen language."""
    if current() != "vi":
        return _apply(EN_VALUES, message)
    for pattern, replacement in VI_ERRORS:
        if pattern.match(message):
            message = pattern.sub(replacement, message, count=1)
            break
    return _apply(VI_VALUES, message)


def _apply(table: tuple[tuple[re.Pattern[str], str], ...], message: str) -> str:
    for pattern, replacement in table:
        message = pattern.sub(replacement, message)
    return message


def value_name(param: Any) -> str:
    """The word for a parameter's value: by its name, else by its type."""
    column = 0 if current() == "vi" else 1
    if (name := param.name) in VALUE_NAMES:
        return VALUE_NAMES[name][column]
    bare = param.bare_type()  # "str", "Path", "list[Path]"…
    for type_name, words in BY_TYPE.items():
        if bare in (type_name, f"list[{type_name}]"):
            return words[column]
    return (name or "giá trị").upper()


def _display_type(self: Any, ctx: Any) -> str:
    """Choices as `a|b|c`; anything else as what it means, never as a Python type."""
    descriptor = self.type_descriptor
    if descriptor.is_choice and descriptor.choices is not None:
        return "|".join(str(getattr(c, "value", c)) for c in descriptor.choices)
    return value_name(self)


def _argument_name(self: Any) -> str:
    name = value_name(self)
    return name + "..." if self.nargs != 1 else name


def _usage_name(self: Any) -> str:
    """`KẾ_HOẠCH/NHIỆM_VỤ` when required, `[ĐƯỜNG_DẪN]...` when not, as click writes them."""
    name = value_name(self)
    name = name if self.required else f"[{name}]"
    return name + "..." if self.nargs != 1 else name


def install(lang: str) -> None:
    """Rebind the framework's words and value descriptions for `lang`."""
    _chosen["language"] = lang
    import typer.core
    from typer._click import exceptions, formatting

    core: Any = typer.core  # typer's own names, rebound: see the module docstring
    core._ = translate
    core._TyperParameter.display_type = _display_type
    argument: Any = core.TyperArgument
    argument._rich_display_name = _argument_name
    argument.display_name_raw = property(_argument_name)
    argument.display_type_rich = lambda self, ctx: None
    argument._usage_display_name = _usage_name
    shown: Any = exceptions.ClickException
    if getattr(shown.show, "__kehoach__", False):
        return  # installed once; the language is read at each call
    _wrap_help_records(core.TyperOption)
    _wrap_help_records(argument)
    formatter: Any = formatting.HelpFormatter
    formatter.write_usage = _usage_writer(formatter.write_usage)
    usage: Any = exceptions.UsageError
    shown.show = usage.show = _show


def _wrap_help_records(kind: Any) -> None:
    original = kind.get_help_record

    def get_help_record(self: Any, ctx: Any) -> tuple[str, str] | None:
        record = original(self, ctx)
        return None if record is None else (record[0], translate(record[1]))

    kind.get_help_record = get_help_record


def _usage_writer(original: Callable[..., None]) -> Callable[..., None]:
    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        if current() == "vi":
            prefix = "Cách dùng: " if prefix is None else prefix
            args = args.replace("[OPTIONS]", "[TÙY_CHỌN]")
            args = args.replace("COMMAND [ARGS]...", "LỆNH [THAM_SỐ]...")
        original(self, prog, args, prefix)

    return write_usage


def _show(self: Any, file: Any = None) -> None:
    """A usage error as the vendored click shows it, in the chosen language: the usage
    line, where to find help, and the message."""
    from typer._click.utils import echo

    ctx = getattr(self, "ctx", None)
    vi = current() == "vi"
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            command, option = ctx.command_path, ctx.help_option_names[0]
            hint = (
                f"Gõ '{command} {option}' để xem hướng dẫn.\n"
                if vi
                else f"Try '{command} {option}' for help.\n"
            )
        echo(f"{ctx.get_usage()}\n{hint}", file=file or sys.stderr, color=ctx.color)
    _suggest_format(self, ctx)
    prefix = "Lỗi" if vi else "Error"
    stream = file or sys.stderr
    said = f"{prefix}: {error_message(self.format_message())}"
    echo(_on_screen(said, len(prefix) + 2, stream), file=stream, nl=False)


def _on_screen(line: str, column: int, stream: Any) -> str:
    """`line` and its end, broken between words under its text on a terminal, as
    `common.fail` breaks kehoach's own errors (clerk35: a usage error at 40 columns was
    left to the terminal, cut inside words); whole on a pipe."""
    from kehoach.render.console import for_terminal, terminal
    from kehoach.render.hanging import hang

    if not for_terminal(stream):
        return f"{line}\n"
    return hang(line, terminal()[0], column)


def _suggest_format(error: Any, ctx: Any) -> None:
    """An unknown option named as one of the command's `--format` values (`--json`,
    `--csv`, `--svg`) is that format asked for: the suggestion becomes "--format json",
    where click's spelling match offered "--as-of, --soon", which no clerk meant."""
    name = getattr(error, "option_name", None)
    if ctx is None or not isinstance(name, str) or not name.startswith("--"):
        return
    for param in ctx.command.params:
        descriptor = getattr(param, "type_descriptor", None)
        if "--format" not in getattr(param, "opts", ()) or descriptor is None:
            continue
        choices = {str(getattr(c, "value", c)) for c in descriptor.choices or ()}
        if name[2:] in choices:
            error.possibilities = [f"--format {name[2:]}"]


_show.__kehoach__ = True  # type: ignore[attr-defined]

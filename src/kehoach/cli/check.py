"""Commands that check files and phrases: validate, deadline, schema."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach.base.files import os_reason
from kehoach.base.text import first_control

from . import texts
from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    AsOfOpt,
    PathsArg,
    TextOrJson,
    app,
    as_of_day,
    fail,
    for_screen,
    load_plans,
    parse_day,
    say,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from datetime import date

    from kehoach.dates.deadline import Context, Deadline, DeadlineError
    from kehoach.dates.workdays import Calendar, Rollover
    from kehoach.plan.loader import Repository
    from kehoach.plan.settings import Settings


@dataclass(frozen=True)
class Counts:
    """validate's closing line: what was checked and found."""

    plans: int  # plan files, loaded or not
    sound: int  # plans without an error (with --strict: without any finding)
    tasks: int
    errors: int
    warnings: int
    registry: str | None  # the agency registry's file name (agencies.yaml), when checked
    calendar: str | None  # the swapped days off's file name (calendar.yaml), when checked

    def line(self, strict: bool, lang: str) -> str:
        """ "3 kế hoạch (2 hợp lệ, 1 có lỗi), 39 nhiệm vụ, cùng danh mục cơ quan
        (agencies.yaml) và lịch ngày nghỉ (calendar.yaml): 1 lỗi, 0 cảnh báo": the registry
        and the calendar are named for what they are, never counted with the plans (fresh19
        read "5 tệp, 3 kế hoạch" as two plan files that did not load)."""
        flawed = self.plans - self.sound
        en = lang == "en"
        others = [
            f"{_WHAT[kind][en]} ({name})"
            for kind, name in (("registry", self.registry), ("calendar", self.calendar))
            if name
        ]
        if en:
            bad = "with errors or warnings" if strict else "with errors"
            also = f", with {' and '.join(others)}" if others else ""
            return (
                f"{self.plans} plans ({self.sound} valid, {flawed} {bad}), {self.tasks} tasks"
                f"{also}: {self.errors} errors, {self.warnings} warnings"
            )
        bad = "có lỗi hoặc cảnh báo" if strict else "có lỗi"
        also = f", cùng {' và '.join(others)}" if others else ""
        return (
            f"{self.plans} kế hoạch ({self.sound} hợp lệ, {flawed} {bad}), {self.tasks} nhiệm vụ"
            f"{also}: {self.errors} lỗi, {self.warnings} cảnh báo"
        )


_WHAT = {  # the files beside the plans, in validate's closing line: (vi, en)
    "registry": ("danh mục cơ quan", "the agency registry"),
    "calendar": ("lịch ngày nghỉ", "the calendar of days off"),
}


class FindingFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


@app.command()
def validate(
    paths: PathsArg = None,
    output: Annotated[
        FindingFormat, typer.Option("--format", "-f", help="text, json hoặc github")
    ] = FindingFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Cảnh báo cũng tính là lỗi")] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="NGÀY",
            help="Ngày kiểm tra: ngày hoàn thành sau ngày này bị cảnh báo (mặc định hôm nay)",
        ),
    ] = None,
) -> None:
    """Kiểm tra tệp kế hoạch: cú pháp, lược đồ, thời hạn, cơ quan, tham chiếu."""
    from kehoach.base.findings import has_errors
    from kehoach.plan.rules import check_repository
    from kehoach.render.findings import FORMATS

    from .calendar import load_repository_calendar

    today = as_of_day(as_of)  # today in Vietnam, or the day asked for
    repo, settings, context = _load_in_context(paths or [])
    calendar = load_repository_calendar(paths)
    checked = set(check_repository(repo, settings, calendar.calendar, today))
    checked |= set(calendar.findings)
    findings = sorted(f for f in checked if f.path not in context)
    shown = FORMATS[output.value](findings)
    # text on a terminal broken between words, each finding hanging under its start, as
    # the other errors are (`for_screen`); json and github stay whole for their readers
    sys.stdout.write(for_screen(shown) if output.value == "text" else shown)
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    plans = [pf for pf in repo.plans if pf.name not in context]
    # a registry that does not load is in `broken` too: one file, and no plan
    broken = [n for n in repo.broken if n not in context and n != repo.registry_name]
    tasks = sum(len(pf.plan.tasks) for pf in plans)
    # With --strict a warning fails the check: its plan is not called "hợp lệ" either.
    failing = {f.path for f in findings if strict or f.severity == "error"}
    sound = sum(pf.name not in failing for pf in plans)
    counts = Counts(
        len(plans) + len(broken),
        sound,
        tasks,
        errors,
        warnings,
        registry=Path(repo.registry_name).name if repo.registry_name else None,
        calendar=Path(calendar.name).name if calendar.name else None,
    )
    _tell_per_case(repo, settings, context)
    _tell_loose_anchors(repo, settings, context)
    say(counts.line(strict, texts.current()) + "\n")
    raise typer.Exit(EXIT_FINDINGS if has_errors(findings, strict=strict) else EXIT_OK)


def _tell_per_case(repo: Repository, settings: Settings, context: frozenset[str]) -> None:
    """Say, on stderr (no finding: nothing to fix), which deadlines are counted from each
    case's receipt: the clerk was told to write the day of "ngày nhận khiếu nại" as an
    event, a day that does not exist (one per complaint)."""
    from kehoach.base.text import file_name, one_line
    from kehoach.plan.rules import per_case_counts

    for case in per_case_counts(repo, settings):
        if case.path in context:
            continue
        say(
            f"{file_name(case.path)}:{case.line}:{case.col}: thời hạn xử lý từng hồ sơ "
            f"{one_line(case.phrase)!r}: mỗi hồ sơ, đơn tính từ ngày nhận của nó "
            f"({one_line(case.anchor)}), không có một ngày chung để ghi vào events:; "
            "status liệt kê riêng\n"
        )


def _tell_loose_anchors(repo: Repository, settings: Settings, context: frozenset[str]) -> None:
    """Say, on stderr (no finding: the count is right), which event a deadline's anchor was
    matched to when the names differ ("khi nhận được …" and the event "nhận được …")."""
    from kehoach.base.text import file_name, one_line
    from kehoach.plan.rules import loose_anchors

    for loose in loose_anchors(repo, settings):
        if loose.path not in context:
            say(
                f"{file_name(loose.path)}:{loose.line}:{loose.col}: mốc “{one_line(loose.anchor)}"
                f"” được tính theo sự kiện “{one_line(loose.event)}” trong events:\n"
            )


def _load_in_context(paths: list[Path]) -> tuple[Repository, Settings, frozenset[str]]:
    """The files `paths` name, checked against the other plans of their repository (the
    folder every command reads by default); plain `load_plans` for folders."""
    from kehoach.plan.discovery import LoadError
    from kehoach.plan.loader import load_in_context
    from kehoach.plan.settings import SettingsError, load_settings, plan_paths

    if not any(path.is_file() for path in paths):
        return (*load_plans(paths), frozenset())
    cwd = Path.cwd()
    try:
        settings = load_settings(cwd)
    except SettingsError as exc:
        fail(str(exc))
    try:
        context = plan_paths([], settings, cwd)
    except SettingsError:
        context = []  # no plans folder: the files are the repository
    try:
        repo, others = load_in_context(paths, context, settings, cwd)
    except LoadError as exc:
        fail(str(exc))
    return repo, settings, others


@app.command()
def deadline(
    phrase: Annotated[
        str,
        typer.Argument(help='Cụm từ thời hạn, ví dụ "Trước ngày 15/12"; "-": đọc từng dòng stdin'),
    ],
    issued: Annotated[
        str | None, typer.Option("--issued", help="Ngày ban hành kế hoạch (cho năm còn thiếu)")
    ] = None,
    strict_before: Annotated[
        bool, typer.Option("--strict-before", help='"Trước ngày D" = hạn cuối D - 1')
    ] = False,
    standing: Annotated[
        bool,
        typer.Option(
            "--standing",
            help="Văn bản là quy định thường xuyên (luật, chế độ báo cáo): ngày, tháng không "
            "ghi năm là hằng năm",
        ),
    ] = False,
    as_of: AsOfOpt = None,
    output: Annotated[
        TextOrJson, typer.Option("--format", "-f", help="text hoặc json (JSON Lines với -)")
    ] = TextOrJson.text,
    anchor: Annotated[
        str | None,
        typer.Option(
            "--from", help="Ngày mốc (dd/mm/yyyy): tính ra ngày của cụm từ “N ngày … kể từ/trước …”"
        ),
    ] = None,
    header: Annotated[
        str | None,
        typer.Option(
            "--header",
            metavar="TIÊU_ĐỀ",
            help="Tiêu đề cột chứa cụm từ, như header: của mốc trong tệp kế hoạch "
            "(“Số ngày trước ngày bầu cử”: “75 ngày” là 75 ngày trước ngày bầu cử)",
        ),
    ] = None,
) -> None:
    """Cho biết một cụm từ thời hạn được đọc thế nào (hoặc từng dòng của stdin)."""
    from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
    from kehoach.render.reading import FORMATS, values_column

    if not phrase.strip():  # `deadline "$PHRASE"` with the variable unset, or "" typed
        fail(EMPTY_PHRASE)
    context = Context(
        issued=parse_day(issued, "--issued") if issued is not None else None,
        strict_before=strict_before,
        header=_column_heading(header) if header is not None else None,
        standing=standing,
    )
    if anchor is not None:
        from .calendar import count_phrase

        count_phrase(phrase, context, parse_day(anchor, "--from"), output)
        return
    today = as_of_day(as_of)
    calendar = _rollover_calendar()  # JSON gives the "Đến hạn", "Ghi chú" rows too
    if phrase == "-":
        raise typer.Exit(_read_many(context, output, today, calendar))
    try:
        readings = parse_deadlines(phrase, context)
    except DeadlineError as exc:
        fail(_explained(exc, context), EXIT_FINDINGS)
    if context.issued is not None and _counted_from_issue(readings):
        from .calendar import count_phrase  # "kể từ ngày ban hành" with --issued: the day

        count_phrase(phrase, context, context.issued, output)
        return
    shown = FORMATS[output.value](readings, today, calendar)
    sys.stdout.write(for_screen(shown, values_column(shown)) if output.value == "text" else shown)
    _warn_if_past(readings, context, None)


# An empty phrase is a usage error, as an empty day or path is (README: nothing given
# empty is read as something): what to type instead.
EMPTY_PHRASE = (
    "cụm từ thời hạn để trống: gõ cụm từ như văn bản ghi, trong dấu nháy, ví dụ "
    'kehoach deadline "Trước ngày 15/12/2026"; hoặc kehoach deadline - để đọc từng dòng '
    "từ stdin (một cột thời hạn chép từ Word, Excel)"
)


def _rollover_calendar() -> Calendar | None:
    """The repository's calendar when its last days off roll to the next working day (the
    default, Bộ luật Dân sự 2015 Điều 148.5), so `deadline` says the day `status` judges
    by; None under `rollover = "none"`."""
    from kehoach.dates.workdays import Rollover
    from kehoach.plan.settings import SettingsError, load_settings

    from .calendar import load_repository_calendar

    try:
        rollover = load_settings(Path.cwd()).rollover
    except SettingsError as exc:
        fail(str(exc))
    if rollover is not Rollover.NEXT_WORKING_DAY:
        return None
    loaded = load_repository_calendar(None)
    if loaded.calendar is None:  # the reading stands; only the day off cannot be told
        for finding in loaded.findings:
            sys.stderr.write(f"{finding}\n")
        sys.stderr.write(
            f"kehoach: {loaded.name}: lịch ngày nghỉ có lỗi; chưa cho biết hạn rơi vào "
            "ngày nghỉ thì đến hạn ngày nào cho tới khi sửa tệp\n"
        )
    return loaded.calendar


def _counted_from_issue(readings: Sequence[Deadline]) -> bool:
    """One reading, counted from the plan's issue day ("10 ngày làm việc kể từ ngày ban
    hành"): the day `--issued` gives is its anchor, as `status` counts it from `issued`."""
    from kehoach.plan.relative import names_issue_day, relative_of

    relative = relative_of(readings[0]) if len(readings) == 1 else None
    return relative is not None and names_issue_day(relative.anchor or "")


def _explained(error: DeadlineError, context: Context) -> str:
    """The refusal, and the option that would help when the phrase lacks only a year: the
    plan's issue day, or, when the phrase reads so, that its document is a standing rule;
    else, unless the reason names it, the way out in the plan file (issue 11 §4: a clerk
    copying a document writes the days beside the phrase, `WRITE_THE_DAYS`)."""
    from kehoach.dates.deadline import Refusal
    from kehoach.dates.grammar import with_way_out

    if context.issued is None and error.kind is Refusal.NO_YEAR:
        said = f"{error}; thêm --issued NGÀY_BAN_HÀNH để lấy năm của kế hoạch"
    else:
        said = with_way_out(str(error), error.kind)
    if not context.standing and _reads_standing(error.phrase, context):
        said = (
            f"{said}; nếu văn bản là quy định áp dụng hằng năm (luật, chế độ báo cáo): --standing"
        )
    return said


def _reads_standing(phrase: str, context: Context) -> bool:
    """Whether `phrase` reads under a standing rule (`Context.standing`)."""

    from kehoach.dates.deadline import DeadlineError, parse_deadlines
    from kehoach.dates.standing import may_read

    if not may_read(phrase):  # a second reading of every refusal doubled `deadline -`
        return False
    try:
        parse_deadlines(phrase, replace(context, standing=True))
    except DeadlineError:
        return False
    return True


# stdin is read as UTF-8 with surrogateescape: a byte that is not UTF-8 is U+DC80..U+DCFF
_UTF16_MARKS = ("\udcff\udcfe", "\udcfe\udcff")  # the byte order marks FF FE, FE FF


def _undecodable(line: str) -> str | None:
    """The first byte of `line` that is not UTF-8 ("byte 0xFF ở cột 2"), else None."""
    for column, char in enumerate(line, start=1):
        if "\udc80" <= char <= "\udcff":
            return f"byte 0x{ord(char) - 0xDC00:02X} ở cột {column}"
    return None


def _column_heading(header: str) -> str:
    """`--header` as the grammar takes it (`Context.header`, a milestone's `header:`), its
    spaces collapsed; a usage error when it is empty or too long. (A control character in
    any argument is refused before a command runs.)"""
    from kehoach.dates.grammar import MAX_PHRASE

    shown = " ".join(header.split())
    if not shown:
        fail("--header trống: ghi tiêu đề cột như văn bản in (“Số ngày trước ngày bầu cử”)")
    if len(shown) > MAX_PHRASE:
        fail(f"--header dài {len(shown)} ký tự, quá {MAX_PHRASE}: tiêu đề cột là một dòng ngắn")
    return shown


def _column_header(line: str) -> bool:
    """Whether `line` is only the heading of a deadline column ("Thời gian hoàn thành"), as
    `import` reads such a column: a clerk who copies the column from Word or Excel copies
    its heading too. A line with a day or another word ("Thời gian: 15/12/2025") is a
    phrase."""
    from kehoach.review.importer import is_heading

    return is_heading(line, "deadline")


def _control_in(line: str) -> str | None:
    """Why `line` is not read when it holds a control character (a colour code copied
    from a terminal, a bell pasted from a PDF), naming it and its column; else None. The
    grammar would read its digits ("31" of ESC[31m) as a number of the phrase."""
    found = first_control(line)
    if found is None:
        return None
    column, what = found
    return (
        f"dòng chứa {what} ở cột {column}, không phải chữ của văn bản: dán lại văn bản "
        "thuần (không màu) hoặc xóa ký tự đó"
    )


# A cell a spreadsheet copies with line breaks inside comes quoted, one phrase over several
# lines (Excel, LibreOffice and Google Sheets quote as RFC 4180 does, "" for a quote):
# "Từ ngày 03/02/2026⏎đến ngày 15/03/2026" is one window, not a day and a stray line.
_QUOTED_CELL = re.compile(r'"(?:[^"]|"")*"', re.DOTALL)
_CELL_LINES = 20  # a cell of a plan's table runs a few lines; past this, the quote was a stray


def _cells(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Each pasted cell of `lines` with the number of its first line, line ends and a
    leading byte order mark removed: one per line, but a quoted cell spanning lines is
    joined (its line breaks are the table's layout: a space) and unquoted. A quote never
    closed within `_CELL_LINES` lines leaves the lines as they came."""
    pending: list[str] = []
    start = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if number == 1:  # a file saved by Notepad starts with a byte order mark, not text
            line = line.removeprefix("\ufeff")
        if not pending and not (line.startswith('"') and not _QUOTED_CELL.fullmatch(line)):
            yield number, line
            continue
        start = start if pending else number
        pending.append(line)
        if _QUOTED_CELL.fullmatch("\n".join(pending)):
            inner = "\n".join(pending)[1:-1].replace('""', '"')
            yield start, " ".join(part.strip() for part in inner.split("\n") if part.strip())
            pending = []
        elif len(pending) >= _CELL_LINES:
            yield from enumerate(pending, start=start)
            pending = []
    yield from enumerate(pending, start=start)


def _read_many(context: Context, output: TextOrJson, today: date, calendar: Calendar | None) -> int:
    """Read one phrase per stdin line, so a script can check many; 1 if any is unreadable."""
    from kehoach.dates.deadline import DeadlineError, parse_deadlines
    from kehoach.render.reading import as_json_line

    unreadable = 0
    read = 0
    rules: tuple[Calendar, Rollover] | None = None  # read once, at the first count
    for number, phrase in _cells(sys.stdin):
        if not phrase.strip():
            continue
        read += 1
        if number == 1 and _column_header(phrase):  # a column copied with its heading
            # ... which `import` reads its cells under ("6/2025" under "Thời gian hoàn thành")
            heading = " ".join(phrase.split())
            under = context.header is None
            context = replace(context, header=heading) if under else context
            told = "; các dòng sau đọc theo tiêu đề này" if under else " (đã có --header)"
            _said(1, f"bỏ qua dòng tiêu đề cột '{phrase.strip()}'{told}")
            continue
        if number == 1 and phrase.startswith(_UTF16_MARKS):  # every line would be garbage
            _said(
                1,
                "error: dữ liệu vào là UTF-16 (Notepad 'Unicode'), không phải UTF-8; chuyển "
                "trước: iconv -f utf-16 -t utf-8",
            )
            return EXIT_FINDINGS
        if not_utf8 := _undecodable(phrase):
            unreadable += 1
            why = f"dòng không phải văn bản UTF-8 ({not_utf8}); lưu tệp dưới dạng UTF-8"
            _said(number, f"error: {why}")
            if output is TextOrJson.json:  # the bytes as \xNN: JSON Lines stay UTF-8
                shown = phrase.encode("utf-8", "surrogateescape").decode(
                    "utf-8", "backslashreplace"
                )
                sys.stdout.write(as_json_line(None, shown, why, as_of=today))
            continue
        if pasted := _control_in(phrase):  # a coloured terminal's copy: "\x1b[31m" is no day
            unreadable += 1
            _said(number, f"error: {pasted}")
            if output is TextOrJson.json:
                sys.stdout.write(as_json_line(None, phrase, pasted, as_of=today))
            continue
        try:
            readings = parse_deadlines(phrase, context)
        except DeadlineError as exc:
            unreadable += 1
            _said(number, f"error: {_explained(exc, context)}")
            if output is TextOrJson.json:
                sys.stdout.write(as_json_line(None, phrase, exc.why, as_of=today))
            continue
        if context.issued is not None and _counted_from_issue(readings):
            from .calendar import counting

            rules = rules or counting()
            said = _show_counted(readings[0], phrase, number, (context.issued, rules), output)
            unreadable += not said
            continue
        _show(readings, phrase, output, today, calendar)
        _warn_if_past(readings, context, number)
    if not read:  # an empty file piped in: say so, not a silent success
        say("kehoach: stdin không có cụm từ nào (không có dòng nào có chữ)\n")
    return EXIT_FINDINGS if unreadable else EXIT_OK


def _warn_if_past(readings: Sequence[Deadline], context: Context, number: int | None) -> None:
    """A warning on stderr (of stdin's line `number`, or of the phrase given alone) when a
    reading's last day falls before the plan's issue day, as `validate` warns of it
    (deadline-before-issued): "Hoàn thành trong tháng 6/2025" in a plan of 10/03/2026 is
    read as written, since news and reviews retell past periods, but a plan that sets it is
    overdue from its first day or has its year mistyped. Silent otherwise."""
    issued = context.issued
    past = [one.last for one in readings if one.last and one.recurrence is None]
    if issued is None or not past or min(past) >= issued:
        return
    said = (
        f"warning: hạn cuối {min(past):%d/%m/%Y} trước ngày ban hành kế hoạch "
        f"({issued:%d/%m/%Y}): việc đã quá hạn ngay khi giao, hay văn bản ghi nhầm năm? "
        "(validate cũng báo deadline-before-issued)"
    )
    if number is None:
        say(f"kehoach: {said}\n")
    else:
        _said(number, said)


def _show(
    readings: Sequence[Deadline],
    phrase: str,
    output: TextOrJson,
    today: date,
    calendar: Calendar | None,
) -> None:
    """One line's reading on stdout: a JSON line, or the text a phrase given alone shows,
    broken as it is on a terminal."""
    from kehoach.render.reading import as_json_line, as_text, values_column

    if output is TextOrJson.json:
        sys.stdout.write(as_json_line(readings, phrase, as_of=today, calendar=calendar))
        return
    shown = as_text(readings, today, calendar)
    sys.stdout.write(for_screen(shown, values_column(shown)) + "\n")


def _show_counted(
    reading: Deadline,
    phrase: str,
    number: int,
    counted: tuple[date, tuple[Calendar, Rollover]],
    output: TextOrJson,
) -> bool:
    """One line counted from the plan's issue day (`--issued`), as the phrase given alone
    shows it (fresh41: stdin said "không có ngày cố định"); False when the count leaves the
    calendar (said on stderr)."""
    from kehoach.dates.workdays import CountError
    from kehoach.plan.relative import relative_of

    from .calendar import counted_shown

    relative = relative_of(reading)
    assert relative is not None  # `_counted_from_issue` found it
    try:
        issued, rules = counted
        shown = counted_shown(phrase, relative, issued, output, rules, one_line=True)
    except CountError as exc:
        _said(number, f"error: “{phrase}”: {exc}")
        return False
    sys.stdout.write(shown if output is TextOrJson.json else shown + "\n")
    return True


def _said(number: int, message: str) -> None:
    """A line of `deadline -` on stderr about stdin's line `number`; on a terminal, broken
    between words under its message."""
    where = f"<stdin>:{number}: "
    say(f"{where}{message}\n", len(where))


SCHEMA_KINDS = {  # what each schema file checks, as the closing line names it
    "plan": ("tệp kế hoạch", "plan files"),
    "agencies": ("danh mục cơ quan", "the agency registry"),
    "calendar": ("lịch hoán đổi ngày nghỉ", "the calendar of swapped days"),
}


@app.command()
def schema(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Ghi plan.schema.json, agencies.schema.json và calendar.schema.json vào "
            "thư mục này",
        ),
    ] = None,
) -> None:
    """In JSON Schema của tệp kế hoạch (cho trình soạn thảo có yaml-language-server);
    tên và mô tả các trường bằng tiếng Việt, tiếng Anh với --lang en."""
    from kehoach.plan.jsonschema import SCHEMAS, schema_text

    lang = texts.current()
    if out is None:
        sys.stdout.write(schema_text("plan", lang))
        return
    if out.exists() and not out.is_dir():
        fail(f"{out}: không phải thư mục; --out cần một thư mục")
    written = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name in SCHEMAS:
            target = out / f"{name}.schema.json"
            target.write_text(schema_text(name, lang), encoding="utf-8")
            written.append((target, SCHEMA_KINDS[name][lang == "en"]))
    except OSError as exc:
        fail(f"{out}: không ghi được: {os_reason(exc)}")
    files = ", ".join(f"{target} ({kind})" for target, kind in written)
    if lang == "en":
        sys.stderr.write(f"wrote {len(written)} JSON Schema files: {files}\n")
    else:
        sys.stderr.write(f"đã ghi {len(written)} tệp JSON Schema: {files}\n")

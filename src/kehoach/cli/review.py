"""Commands for reviewing and editing plans in git: diff, log, show, fmt, and the edits
done, reschedule, assign. ruamel.yaml and the git wrapper are imported inside them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach.base.files import os_reason
from kehoach.base.text import cut, file_name, one_line

from . import completing, texts
from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    PathsArg,
    TextOrJson,
    app,
    as_of_day,
    fail,
    for_screen,
    load_plans,
    parse_day,
)

if TYPE_CHECKING:
    from kehoach.base.findings import Finding
    from kehoach.base.gitrepo import Git
    from kehoach.plan.loader import PlanFile, Repository
    from kehoach.plan.model import Plan, Task
    from kehoach.plan.settings import Settings
    from kehoach.review.edit import Operation


class DiffFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


PlansOption = Annotated[
    list[Path] | None,
    typer.Option("--plans", help="Tệp hoặc thư mục kế hoạch (mặc định: plans/ gần nhất)"),
]
RefArg = Annotated[
    str,
    typer.Argument(
        help="KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7 hoặc kh-348-2022/7",
        autocompletion=completing.task_refs,
    ),
]


def _git() -> Git:
    from kehoach.base.gitrepo import GitError, open_repository

    try:
        return open_repository(Path.cwd())
    except GitError as exc:
        fail(str(exc))


@app.command("diff")
def diff_command(
    args: Annotated[
        list[str] | None,
        typer.Argument(
            help="[REV_A [REV_B]] [PATHS…]; mặc định HEAD với bản hiện tại chưa commit; A...B, A..B",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text, markdown hoặc json")
    ] = DiffFormat.text,
    require_reasons: Annotated[
        bool,
        typer.Option(
            "--require-reasons", help="Thoát mã 1 khi thời hạn dời mà không ghi lý do và văn bản"
        ),
    ] = False,
) -> None:
    """So sánh kế hoạch giữa hai phiên bản git: thời hạn dời, nhiệm vụ thêm/bỏ, cơ quan."""
    from kehoach.base.gitrepo import GitError
    from kehoach.plan.discovery import LoadError
    from kehoach.plan.settings import SettingsError, load_settings, plan_paths
    from kehoach.render.diff import FORMATS
    from kehoach.review.diff import ReviewError, compare_revisions

    from .calendar import repository_calendar

    git = _git()
    cwd = Path.cwd()
    try:
        revisions, paths = git.split_arguments(args or [], cwd)
        settings = load_settings(cwd)
        targets = plan_paths(paths, settings, cwd)
        comparison = compare_revisions(
            git,
            revisions,
            targets,
            settings,
            repository_calendar(paths or None),
            today=as_of_day(None),
        )
    except GitError as exc:  # a revision missing from a shallow clone: say why
        note = git.shallow_note()
        fail(f"{exc}; {note}" if note else str(exc))
    except (ReviewError, LoadError, SettingsError) as exc:
        fail(str(exc))
    shown = FORMATS[output.value](comparison)
    sys.stdout.write(for_screen(shown) if output.value == "text" else shown)
    for finding in (*comparison.problems, *comparison.findings):
        sys.stderr.write(f"{finding}\n")
    slipped = require_reasons and bool(
        comparison.unexplained() or comparison.unreadable or comparison.erased
    )
    raise typer.Exit(EXIT_FINDINGS if slipped or comparison.problems else EXIT_OK)


@app.command("log")
def log_command(
    ref: RefArg,
    plans: PlansOption = None,
    output: Annotated[
        TextOrJson, typer.Option("--format", "-f", help="text hoặc json")
    ] = TextOrJson.text,
) -> None:
    """Lịch sử một nhiệm vụ qua các commit: mỗi thời hạn, ai đổi, khi nào, lý do."""
    from kehoach.base.gitrepo import GitError
    from kehoach.render.history import FORMATS
    from kehoach.review.history import task_life

    from .calendar import repository_calendar

    repo, settings = load_plans(plans)
    git = _git()
    pf, task = _task_or_past(git, repo, settings, plans, ref)
    try:
        life = task_life(
            git,
            git.relative(pf.path),
            pf.plan,
            task.id,
            directory=repo.directory,
            settings=settings,
            on_disk=pf in repo.plans,
            calendar=repository_calendar(plans),
        )
    except GitError as exc:
        fail(str(exc))
    if note := git.shallow_note():
        sys.stderr.write(f"kehoach: {one_line(note)}\n")
    shown = FORMATS[output.value](life)
    sys.stdout.write(for_screen(shown) if output.value == "text" else shown)


@app.command()
def show(
    file: Annotated[str, typer.Argument(help="Tệp kế hoạch, hoặc PHIÊN_BẢN:đường/dẫn")],
    canonical: Annotated[
        bool, typer.Option("--canonical", help="In dạng chuẩn (textconv cho git diff)")
    ] = False,
) -> None:
    """In một tệp kế hoạch (ở một phiên bản git), dạng chuẩn với --canonical."""
    from kehoach.review.edit import canonical_or_same

    raw = _file_bytes(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if sys.stdout.isatty():  # a terminal: escape sequences in the bytes shown, not obeyed
            sys.stdout.write(raw.decode("utf-8", "backslashreplace"))
            return
        sys.stdout.buffer.write(raw)  # not ours to read: a pipe (git textconv) gets it as is
        return
    sys.stdout.write(canonical_or_same(text) if canonical else text)


def _file_bytes(file: str) -> bytes:
    from kehoach.base.gitrepo import GitError
    from kehoach.plan.discovery import leads_out_of_its_repository

    path = Path(file)
    if path.is_file() and leads_out_of_its_repository(path):
        fail(f"{file}: liên kết (symlink) trỏ ra ngoài kho; không đọc tệp này")
    if path.is_file():
        try:
            return path.read_bytes()
        except OSError as exc:
            fail(f"{file}: không đọc được tệp: {os_reason(exc)}")
    revision, colon, name = file.partition(":")
    if not colon:
        fail(f"{file}: không có tệp này")
    git = _git()
    try:
        return git.show(git.resolve(revision or "HEAD"), git.tree_path(name, Path.cwd()), revision)
    except GitError as exc:
        fail(str(exc))


@app.command()
def fmt(
    paths: PathsArg = None,
    check: Annotated[
        bool, typer.Option("--check", help="Chỉ liệt kê tệp chưa ở dạng chuẩn (thoát mã 1)")
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff", help="In những gì sẽ thay đổi (unified diff, như git diff); không ghi tệp"
        ),
    ] = False,
) -> None:
    """Đưa tệp kế hoạch về dạng chuẩn: thứ tự khóa, thụt lề, ngày ISO; giữ chú thích."""
    from kehoach.base.findings import first_errors
    from kehoach.review.edit import (
        EditError,
        UnsafeFormat,
        canonical,
        editing,
        read_draft,
        write_atomically,
    )

    repo, _ = load_plans(paths)
    files = [(pf.path, pf.name) for pf in repo.plans]
    if repo.registry_path and repo.registry_name and repo.directory:
        files.append((repo.registry_path, repo.registry_name))
    # The plans and the registry are loaded together (each is read against the other),
    # but only the files named are rewritten: `fmt plans/kh-45.yaml` left agencies.yaml
    # changed beside the plan being committed, and `fmt plans/agencies.yaml` every plan.
    files = [(path, name) for path, name in files if _named(path, paths)]
    changed = []
    patches = []
    notes: list[str] = []  # why a file is listed, where the diff cannot show it
    errors = first_errors(repo.findings)
    refused = [str(finding) for finding in errors if _named(Path(finding.path), paths)]
    dry = check or diff
    for path, name in files:
        try:
            # --check and --diff write nothing: no lock, so they run on a read-only checkout
            with nullcontext(read_draft(path)) if dry else editing(path) as draft:
                text = canonical(draft.text)
                if text != draft.text:
                    changed.append(name)
                    notes += _line_end_note(name, draft.text) if dry else []
                    if diff:
                        patches.append((path, draft.text, text))
                    if not dry:
                        write_atomically(draft, text)
        except UnsafeFormat as exc:
            refused.append(f"{name}: {exc}")
        except EditError as exc:
            fail(str(exc))
    if diff:
        sys.stdout.write(_patch(patches))
    else:
        sys.stdout.write("".join(f"{one_line(name)}\n" for name in changed))
    sys.stderr.write("".join(f"{one_line(note)}\n" for note in notes))
    sys.stderr.write("".join(f"không định dạng được: {one_line(reason)}\n" for reason in refused))
    summary = _fmt_summary(len(files), len(changed), dry, texts.current(), len(refused))
    sys.stderr.write(summary + "\n")
    raise typer.Exit(EXIT_FINDINGS if refused or (check and changed) else EXIT_OK)


def _named(path: Path, paths: list[Path] | None) -> bool:
    """Whether `path` is one of `paths` or under one of its folders; every file is named
    when no path is given (the plans folder of the settings)."""
    if not paths:
        return True
    where = Path(os.path.abspath(path))
    for given in paths:
        named = Path(os.path.abspath(given))
        if where == named or (given.is_dir() and where.is_relative_to(named)):
            return True
    return False


def _line_end_note(name: str, text: str) -> list[str]:
    """ "plans/x.yaml:1:1: tệp xuống dòng bằng CR (kiểu máy Mac cũ)…": a line-end problem
    shows in neither the file list nor a diff (both sides look alike), so it is said."""
    from kehoach.base.text import odd_line_ends

    if (odd := odd_line_ends(text)) is None:
        return []
    line, why = odd
    return [f"{name}:{line}:1: {why}; chạy `kehoach fmt {name}` để đưa về một kiểu xuống dòng (LF)"]


def _fmt_summary(files: int, changed: int, dry: bool, lang: str, refused: int = 0) -> str:
    """ "4 tệp: 1 tệp chưa ở dạng chuẩn" / "4 tệp: 1 tệp đã định dạng lại", and the files
    it could not format, when any ("…, 1 tệp không định dạng được"): without them the
    line said "0 tệp chưa ở dạng chuẩn" beside an exit code 1."""
    if lang == "en":
        said = f"{files} files: {changed} {'not in canonical form' if dry else 'reformatted'}"
        return f"{said}, {refused} could not be formatted" if refused else said
    said = f"{files} tệp: {changed} tệp {'chưa ở dạng chuẩn' if dry else 'đã định dạng lại'}"
    return f"{said}, {refused} tệp không định dạng được" if refused else said


def _patch(patches: list[tuple[Path, str, str]]) -> str:
    """What fmt would change, as `git diff` shows it: paths from the repository's root
    (from here outside a repository) under a/ and b/, so `git apply` takes it."""
    from kehoach.base.gitrepo import GitError, open_repository
    from kehoach.review.diff import unified

    cwd = Path.cwd()
    try:
        git: Git | None = open_repository(cwd)
    except GitError:
        git = None

    def name(path: Path) -> str:
        return git.relative(path) if git else Path(os.path.relpath(path, cwd)).as_posix()

    return "".join(unified(name(path), old, new) for path, old, new in patches)


# --- edits ------------------------------------------------------------------------------


def _task(repo: Repository, ref: str) -> tuple[PlanFile, Task]:
    """The task `ref` names; when it names none, say which files could not be read."""
    from kehoach.base.findings import first_errors
    from kehoach.reports.selection import SelectionError, task_ref

    try:
        return task_ref(repo.plans, ref)
    except SelectionError as exc:
        unread = "".join(f"; không đọc được {f}" for f in first_errors(repo.findings))
        fail(f"{exc}{unread}")


def _task_or_past(
    git: Git, repo: Repository, settings: Settings, plans: list[Path] | None, ref: str
) -> tuple[PlanFile, Task]:
    """The task `ref` names on disk, else in git's history (a plan file deleted, a task
    taken out: "what happened to it" is `log`'s question); stderr says which."""
    from kehoach.base.gitrepo import GitError
    from kehoach.plan.settings import plan_paths
    from kehoach.reports.selection import SelectionError, task_ref
    from kehoach.review.history import in_history

    try:
        return task_ref(repo.plans, ref)
    except SelectionError:
        pass
    under: list[str] = []
    for target in plan_paths(plans or [], settings, Path.cwd()):
        try:
            under.append(git.relative(target))
        except GitError:
            continue  # plans outside this repository have no history here
    try:
        found = in_history(git, repo.plans, under, ref) if under else None
    except GitError:
        found = None
    if found is None:
        return _task(repo, ref)  # says why, as for every other command
    sys.stderr.write(f"kehoach: {one_line(found.why)}\n")
    return found.plan_file, found.task


Build = Callable[["PlanFile", "Task", "Repository", "Settings"], "Operation"]
Note = Callable[[str, "Task"], "str | None"]


def _edit(ref: str, plans: list[Path] | None, build: Build, note: Note | None = None) -> None:
    """Resolve `ref`; then, holding the file's lock, read it once and build the operation,
    apply it, check it and write it from that read; say what changed (and `note`'s word on
    the task as it was, when it has one)."""
    from kehoach.review.edit import (
        EditError,
        InvalidEdit,
        apply_edit,
        editing,
        reloaded,
        remember,
        write_atomically,
    )

    repo, settings = load_plans(plans)
    pf, task = _task(repo, ref)
    try:
        with editing(pf.path) as draft:
            repo, pf = reloaded(repo, pf, draft)
            task = _same_task(pf, task.id)
            operation = build(pf, task, repo, settings)
            outcome = apply_edit(repo, settings, pf, draft, task_id=task.id, operation=operation)
            if outcome.changed:
                write_atomically(outcome.draft, outcome.text)
                remember(repo, settings, pf, outcome)
    except InvalidEdit as exc:
        fail(str(exc), EXIT_FINDINGS)
    except EditError as exc:
        fail(str(exc))
    if not outcome.changed:
        sys.stderr.write(f"{file_name(pf.name)}: không có gì thay đổi\n")
        from kehoach.plan.rules import check_repository

        _still_invalid(pf.name, check_repository(repo, settings), written=False)
        return
    _say_changed(repo, settings, pf, task, outcome.plan)
    sys.stderr.write("".join(f"{finding}\n" for finding in outcome.warnings))
    if note is not None and (said := note(pf.name, task)):
        sys.stderr.write(f"kehoach: {one_line(said)}\n")
    _still_invalid(pf.name, outcome.checked[1] if outcome.checked else [])


def _still_invalid(name: str, findings: list[Finding], *, written: bool = True) -> None:
    """The edit is written (or had nothing to change), but the file had errors before it
    (an edit refuses only the errors it would add): each said, file:line, and exit 1,
    never a silent success."""
    from kehoach.base.findings import Severity

    errors = [f for f in findings if f.path == name and f.severity is Severity.ERROR]
    if not errors:
        return
    sys.stderr.write("".join(f"{finding}\n" for finding in errors))
    what = "đã ghi thay đổi trên, nhưng tệp" if written else "tệp"
    fail(
        f"{file_name(name)}: {what} vẫn còn {len(errors)} lỗi có từ trước (không do lần "
        f"sửa này): sửa các lỗi trên rồi chạy kehoach validate {name}",
        EXIT_FINDINGS,
    )


def _same_task(pf: PlanFile, task_id: str) -> Task:
    """The task as the locked read has it (another edit may have removed it meanwhile)."""
    from kehoach.review.edit import EditError

    for task in pf.plan.tasks:
        if task.id == task_id:
            return task
    raise EditError(f"{pf.name}: không còn nhiệm vụ '{task_id}' (tệp vừa được sửa); hãy chạy lại")


def _say_changed(repo: Repository, settings: Settings, pf: PlanFile, task: Task, new: Plan) -> None:
    from kehoach.dates.holidaytable import vietnam_calendar
    from kehoach.render.diff import change_lines, task_heading
    from kehoach.review.diff import Sides

    from .calendar import load_repository_calendar

    new_task = next(t for t in new.tasks if t.id == task.id)
    # The edit is written: a calendar file broken meanwhile only leaves its swaps out of
    # the echo (validate names it), never turns a saved edit into a failure.
    calendar = load_repository_calendar(None).calendar or vietnam_calendar()
    change = Sides(repo.directory, repo.directory, settings, calendar).task(
        "changed", task, new_task, pf.plan, new
    )
    sys.stderr.write(f"{file_name(pf.name)}: {task_heading(change)}\n")  # a name may hold "\n"
    sys.stderr.write("".join(f"  {_capped(line)}\n" for line in change_lines(change)))


# Characters of one line of an edit's echo: a confirmation, not the record. A note of
# 16,000 characters (`done --note`, fresh22's clerk) came back whole on the terminal; the
# file keeps it whole and `kehoach show`/`diff` show it (a task title is cut as in diff).
ECHO_LIMIT = 300


def _capped(line: str) -> str:
    """`line` whole when short, else cut with "…" and its full length said."""
    if len(line) <= ECHO_LIMIT:
        return line
    return f"{cut(line, ECHO_LIMIT)} ({len(line)} ký tự; tệp ghi đủ)"


@app.command()
def reschedule(
    ref: RefArg,
    phrase: Annotated[str, typer.Argument(help='Thời hạn mới, ví dụ "Trước ngày 15/8/2022"')],
    reason: Annotated[str, typer.Option("--reason", help="Lý do đổi thời hạn")],
    decided_by: Annotated[
        str | None,
        typer.Option("--decided-by", "--ref", help='Văn bản quyết định, ví dụ "Công văn số …"'),
    ] = None,
    milestone: Annotated[
        int | None, typer.Option("--milestone", min=1, help="Mốc thứ mấy (từ 1)")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--on", help="Ngày quyết định (mặc định hôm nay)")
    ] = None,
    first_day: Annotated[
        str | None,
        typer.Option("--first-day", help="Ngày bắt đầu văn bản nêu, đi cùng --last-day"),
    ] = None,
    last_day: Annotated[
        str | None,
        typer.Option("--last-day", help="Ngày cuối văn bản nêu, khi cụm từ mới không đọc được"),
    ] = None,
    allow_past: Annotated[
        bool,
        typer.Option(
            "--allow-past", help="Cho phép thời hạn mới trước ngày quyết định (gia hạn về trước)"
        ),
    ] = False,
    plans: PlansOption = None,
) -> None:
    """Đổi thời hạn một nhiệm vụ, ghi lịch sử (thời hạn cũ, lý do, văn bản quyết định)."""
    from kehoach.plan.model import placeholder
    from kehoach.review.edit import days_written, new_last_day
    from kehoach.review.edit import reschedule as operation

    # one line each, as history shows them: a reason pasted across lines is one sentence
    reason, decided_by = " ".join(reason.split()), " ".join((decided_by or "").split())
    if not reason:
        fail("--reason: cần ghi lý do")
    for option, value in (("--reason", reason), ("--ref", decided_by)):
        if why := placeholder(value):
            fail(f"{option}: {why}")
    days = (
        parse_day(first_day, "--first-day") if first_day is not None else None,
        parse_day(last_day, "--last-day") if last_day is not None else None,
    )
    today = as_of_day(None)  # today in Vietnam
    day = parse_day(on, "--on") if on is not None else today
    if day > today:  # a decision not taken yet is a typo in the day, as for `done --on`
        fail(f"--on {day:%d/%m/%Y}: ngày quyết định sau hôm nay ({today:%d/%m/%Y})")
    said: list[str] = []

    def build(pf: PlanFile, task: Task, _repo: Repository, settings: Settings) -> Operation:
        # A day typed with --on and a new deadline before it: refused (core). Without
        # --on the decision is dated today, and a new deadline already past is said.
        last = new_last_day(phrase, days, pf.plan, settings)
        if on is None and not allow_past and last is not None and last < day:
            said.append(_past_words(pf.name, last, day))
        return operation(
            task,
            pf.plan,
            settings,
            phrase,
            milestone=milestone,
            on=day,
            reason=reason,
            decided_by=decided_by or None,
            days=days,
            written=days_written(pf.located.data),
            allow_past=allow_past or on is None,
        )

    def note(name: str, task: Task) -> str | None:
        return "; ".join(filter(None, [*said, _done_before(name, task, on=day)])) or None

    _edit(ref, plans, build, note)


def _past_words(name: str, last: date, today: date) -> str:
    """The word on a move to a day already past, decided (without --on) today."""
    return (
        f"lưu ý: thời hạn mới ({last:%d/%m/%Y}) đã qua so với hôm nay ({today:%d/%m/%Y}), "
        "ngày được ghi là ngày quyết định vì không có --on; nếu gõ nhầm năm, hoặc đây là lần "
        f"gia hạn của một văn bản cũ (ghi lại với --on ngày của văn bản đó), sửa tệp (git "
        f"diff {name}); nếu đúng là gia hạn về một ngày đã qua, thêm --allow-past"
    )


def _done_before(name: str, task: Task, *, on: date) -> str | None:
    """A word when the task moved was already done: its completion is judged by the new
    deadline from now on, which only a decision taken before it was done justifies (a
    decision recorded after it is questioned by validate: history-after-done)."""
    from kehoach.plan.model import Status

    done = task.completed
    if task.status is not Status.DONE or done is None or on > done:
        return None
    return (
        f"lưu ý: nhiệm vụ '{task.id}' đã hoàn thành ngày {done:%d/%m/%Y}; từ nay status tính "
        "đúng hạn hay trễ hạn theo thời hạn mới, không theo thời hạn cũ: chỉ dời khi văn bản "
        f"gia hạn ban hành trước ngày hoàn thành (--on {on:%d/%m/%Y} là ngày của văn bản đó); "
        f"nếu ghi nhầm, xem lại và sửa tệp (git diff {name})"
    )


@app.command()
def done(
    ref: RefArg,
    on: Annotated[
        str | None, typer.Option("--on", help="Ngày hoàn thành (mặc định hôm nay)")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Ghi chú, thêm vào notes")] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help='Thời hạn định kỳ: kỳ báo cáo, ví dụ "quý II/2026"'),
    ] = None,
    milestone: Annotated[
        int | None,
        typer.Option(
            "--milestone", min=1, help="Mốc định kỳ của báo cáo (từ 1), khi nhiệm vụ có nhiều"
        ),
    ] = None,
    plans: PlansOption = None,
) -> None:
    """Ghi nhiệm vụ đã hoàn thành (status: done, completed: ngày); nhiệm vụ định kỳ ghi
    báo cáo đã gửi của kỳ đang tính (hoặc --period) vào reports."""
    from kehoach.review.edit import record_done

    today = as_of_day(None)  # today in Vietnam
    day = parse_day(on, "--on") if on is not None else today
    if day > today:
        fail(f"--on {day:%d/%m/%Y}: ngày hoàn thành sau hôm nay ({today:%d/%m/%Y})")
    _edit(
        ref,
        plans,
        lambda pf, task, _repo, settings: record_done(
            pf.plan, task, settings, day, note=note, period=period, milestone=milestone
        ),
    )


@app.command()
def assign(
    ref: RefArg,
    lead: Annotated[
        list[str] | None, typer.Option("--lead", help="Cơ quan chủ trì (lặp lại được)")
    ] = None,
    support: Annotated[
        list[str] | None, typer.Option("--support", help="Cơ quan phối hợp (lặp lại được)")
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note", help="Ghi chú, thêm vào notes: lý do, văn bản giao lại (ví dụ “Theo CV số …”)"
        ),
    ] = None,
    plans: PlansOption = None,
) -> None:
    """Giao lại cơ quan chủ trì / phối hợp (tên gõ không dấu được, tra theo danh mục)."""
    from kehoach.review.edit import assign as operation

    if not lead and not support:
        fail("cần ít nhất một --lead hoặc --support")
    _edit(
        ref,
        plans,
        lambda pf, task, repo, _settings: operation(
            task, repo.directory, lead or [], support or [], pf.plan, note=note
        ),
    )

"""Commands that publish plans elsewhere: export-ics (calendar feeds)."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach.base.files import os_reason
from kehoach.base.text import file_name, one_line

from . import texts
from .common import (
    EXIT_FINDINGS,
    AgencyOpt,
    AsOfOpt,
    LeadOnlyOpt,
    PathsArg,
    PlanOpt,
    app,
    as_of_day,
    fail,
    first_error_per_file,
    load_plans,
    refuse_report_over_yaml,
    selection_for,
    write_all_atomically,
    write_atomically,
)

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Sequence
    from datetime import date, datetime

    from kehoach.feeds.ics import Export, Published
    from kehoach.plan.loader import PlanFile, Repository
    from kehoach.plan.settings import Settings
    from kehoach.reports.selection import Selection

BASE_SCHEMES = ("http", "https", "webcal")  # where a feed can be subscribed from
MAX_ALARM_DAYS = 366  # a reminder more than a year ahead is no reminder
# The undated kinds, as the closing message names them.
LEFT_OUT = {
    "ongoing": "thường xuyên",
    "relative": "tính từ một sự kiện chưa có ngày",
    # "05 ngày kể từ ngày nhận khiếu nại": each file's own day, none for a calendar
    "per_case": "thời hạn xử lý từng hồ sơ tính từ ngày nhận",
    "unknown": "văn bản không nêu thời hạn",
}
LEFT_OUT_EN = {
    "ongoing": "ongoing",
    "relative": "counted from an event with no day yet",
    "per_case": "processing time per file from its receipt",
    "unknown": "no deadline stated",
}


class SplitBy(StrEnum):  # ics.Split, which cannot be imported here: ics loads icalendar
    agency = "agency"
    plan = "plan"


@app.command("export-ics")
def export_ics(
    paths: PathsArg = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Tệp .ics để ghi, '-' là stdout")
    ] = "-",
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", help="Thư mục: all.ics, index.html và các lịch theo --split"),
    ] = None,
    split: Annotated[
        SplitBy | None,
        typer.Option("--split", help="Mỗi cơ quan (agency) hoặc mỗi kế hoạch (plan) một lịch"),
    ] = None,
    agency: AgencyOpt = None,
    plan: PlanOpt = None,
    lead_only: LeadOnlyOpt = False,
    include_done: Annotated[
        bool, typer.Option("--include-done", help="Cả các mốc đã hoàn thành (đánh dấu ✓)")
    ] = False,
    as_of: AsOfOpt = None,
    todo: Annotated[
        bool, typer.Option("--todo", help="Xuất việc cần làm (VTODO) thay cho sự kiện")
    ] = False,
    spans: Annotated[
        bool,
        typer.Option(
            "--spans", help="Khoảng thời gian (Tháng 6,7,8/2022) thành sự kiện nhiều ngày"
        ),
    ] = False,
    alarm: Annotated[
        list[int] | None,
        typer.Option(
            "--alarm",
            min=0,
            max=MAX_ALARM_DAYS,
            help="Nhắc trước N ngày (0–366), lúc 9 giờ (mặc định 7 và 1 ngày)",
        ),
    ] = None,
    no_alarms: Annotated[bool, typer.Option("--no-alarms", help="Không nhắc")] = False,
    previous: Annotated[
        list[Path] | None,
        typer.Option(
            "--previous",
            exists=True,
            help="Lịch đã xuất lần trước (tệp hoặc thư mục), để giữ SEQUENCE",
        ),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Địa chỉ nơi đăng các lịch (cho index.html)")
    ] = None,
    plan_url: Annotated[
        str | None,
        typer.Option("--plan-url", help="Địa chỉ để mở tệp kế hoạch (thêm đường dẫn tệp)"),
    ] = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Bỏ qua tệp kế hoạch lỗi thay vì dừng")
    ] = False,
) -> None:
    """Xuất lịch iCalendar (.ics) các thời hạn, để đăng ký trong Google, Outlook, Apple…"""
    from kehoach.feeds import ics

    from .calendar import repository_calendar

    _check_targets(output, out_dir, split)
    repo, settings = load_plans(paths)
    base_url = web_address(base_url or settings.base_url, "--base-url", BASE_SCHEMES)
    plan_url = web_address(plan_url or settings.plan_url, "--plan-url", ("http", "https"))
    plan_files = _valid_plans(repo, settings, skip_invalid)
    today = as_of_day(as_of)
    selection = selection_for(repo, plan, agency, lead_only)
    options = ics.Options(
        todo=todo,
        spans=spans,
        alarms=() if no_alarms else tuple(alarm or ics.DEFAULT_ALARMS),
        include_done=include_done,
        plan_url=plan_url,
        root=settings.file.parent if settings.file else Path.cwd(),
    )
    targets = [out_dir] if out_dir else [] if output == "-" else [Path(output)]
    previous_feeds = _previous([*targets, *(previous or [])])
    stamp = _stamp(plan_files, repo)
    try:
        result = ics.export(
            plan_files,
            settings,
            repo.directory,
            today,
            selection=selection,
            title=_title(repo, plan_files, selection, agency or []),
            split=ics.Split(split.value) if split else None,
            options=options,
            previous=previous_feeds,
            stamp=stamp,
            work_calendar=repository_calendar(paths),
            rollover=settings.rollover,
        )
    except ics.SplitError as exc:  # before anything is written
        fail(str(exc))
    _write(result, output, out_dir, base_url)
    _close(result, output, out_dir)


def web_address(url: str | None, option: str, schemes: tuple[str, ...]) -> str | None:
    """`url` when it is an absolute address of one of `schemes` with a host; anything
    else (javascript:, data:, file:, a bare path) is refused: it ends up as a link."""
    from urllib.parse import urlsplit

    if url is None:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in schemes or not parts.netloc or any(c.isspace() for c in url):
        fail(
            f"{option}: cần một địa chỉ {', '.join(s + '://' for s in schemes)}…, không phải {url!r}"
        )
    # Characters RFC 3986 never allows in a URI: the feed's URL property (RFC 5545 §3.8.4.6)
    # would not be one, and a '"' or '<' could end the link a calendar's web page makes of it.
    if bad := sorted(set(url.strip()) & set('"<>\\^`{|}')):
        fail(
            f"{option}: ký tự {' '.join(bad)} không được có trong địa chỉ; hãy mã hóa "
            f'(%22 cho ", %3C cho <, %3E cho >…): {url!r}'
        )
    return url.strip()


def _check_targets(output: str, out_dir: Path | None, split: SplitBy | None) -> None:
    """Refuse, before any work, output options that cannot go together."""
    if split and out_dir is None:
        fail("--split cần --out-dir")
    if out_dir is not None and output != "-":
        fail("chọn một trong -o và --out-dir")
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        fail(f"{out_dir}: không ghi được: không phải một thư mục")
    if output != "-":
        refuse_report_over_yaml(Path(output))


def _title(
    repo: Repository, plan_files: list[PlanFile], selection: Selection, agencies: list[str]
) -> str:
    """The calendar's name, from the agencies or the one plan asked for."""
    from kehoach.feeds.ics import feed_title

    chosen = [pf.plan for pf in plan_files if selection.plans and pf.plan.id in selection.plans]
    return feed_title(repo.directory, agencies, chosen)


def _valid_plans(repo: Repository, settings: Settings, skip_invalid: bool) -> list[PlanFile]:
    """The plans to export: all of them, or with --skip-invalid those without errors."""
    problems = first_error_per_file(repo, settings)
    for finding in problems:
        sys.stderr.write(f"{finding}\n")
    if problems and not skip_invalid:
        fail(f"{len(problems)} tệp có lỗi; sửa lỗi hoặc dùng --skip-invalid", EXIT_FINDINGS)
    broken = {finding.path for finding in problems}
    if repo.registry_name in broken:  # every plan names its agencies through it
        fail(f"{repo.registry_name} có lỗi: không bỏ qua được danh mục cơ quan", EXIT_FINDINGS)
    shared = _shared_ids(repo.plans)
    for pf in repo.plans:
        if pf.plan.id in shared:
            others = ", ".join(file_name(n) for n in shared[pf.plan.id] if n != pf.name)
            plan_id = one_line(pf.plan.id)
            skipped = (
                f"kehoach: bỏ qua {file_name(pf.name)} (mã kế hoạch '{plan_id}' trùng với {others})"
            )
            sys.stderr.write(skipped + "\n")
        elif pf.name in broken:
            sys.stderr.write(f"kehoach: bỏ qua {file_name(pf.name)} (có lỗi)\n")
    valid = [pf for pf in repo.plans if pf.name not in broken and pf.plan.id not in shared]
    if not valid:  # an empty feed would wipe every subscriber's calendar
        fail("không còn kế hoạch hợp lệ nào để xuất", EXIT_FINDINGS)
    return valid


def _shared_ids(plans: list[PlanFile]) -> dict[str, list[str]]:
    """Plan ids held by more than one file, with the files. Every one of them is left
    out: which file is the real plan cannot be told, and the one that sorts first could
    be a newcomer publishing its events under the established plan's UIDs."""
    files: dict[str, list[str]] = {}
    for pf in plans:
        files.setdefault(pf.plan.id, []).append(pf.name)
    return {plan_id: names for plan_id, names in files.items() if len(names) > 1}


def _previous(paths: list[Path]) -> dict[str, Published]:
    from kehoach.feeds import ics
    from kehoach.feeds.publish import PublishError, read_feeds

    try:
        return ics.published(read_feeds(paths))
    except (PublishError, ics.FeedError) as exc:
        fail(str(exc))


def _stamp(plan_files: list[PlanFile], repo: Repository) -> datetime:
    from kehoach.feeds.publish import PublishError, source_time

    files = [pf.path for pf in plan_files]
    if repo.registry_path:
        files.append(repo.registry_path)
    try:
        return source_time(files, os.environ)
    except PublishError as exc:
        fail(str(exc))


def _write(result: Export, output: str, out_dir: Path | None, base_url: str | None) -> None:
    from kehoach.render.feeds import index_html

    if out_dir is None:
        if output == "-":
            sys.stdout.buffer.writelines(result.feeds[0].parts)
        else:
            write_atomically(Path(output), result.feeds[0].data)
        return
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{out_dir}: không ghi được: {os_reason(exc)}")
    # All or nothing: an interrupted run (Ctrl-C, a full disk) leaves the previous set
    # whole, never some agencies' feeds new and others old without their index.
    write_all_atomically(
        [
            *((out_dir / f"{feed.stem}.ics", feed.data) for feed in result.feeds),
            (out_dir / "index.html", index_html(result.listing, base_url)),
        ]
    )


def _close(result: Export, output: str, out_dir: Path | None) -> None:
    """One closing line on stderr, in plain words: what was written where, and how many
    milestones stayed out of the calendar for having no fixed day (and why)."""
    line = closing_line(result, output, out_dir, texts.current())
    sys.stderr.write(f"kehoach: {one_line(line)}\n")  # the paths it names may hold "\n"


def closing_line(result: Export, output: str, out_dir: Path | None, lang: str = "vi") -> str:
    """ "đã xuất 25 mốc thời hạn vào lich.ics; 3 mốc đã hoàn thành không đưa vào (thêm
    --include-done để xuất cả chúng); 15 mốc không có ngày cố định (văn bản không nêu thời
    hạn) nên không đưa vào lịch" (in English with `lang="en"`): what went in, and each
    part left out with its reason, so the counts add up to the plans' milestones."""
    en = lang == "en"
    parts = [_exported(result, _where(result, output, out_dir, en), en)]
    if result.done:
        parts.append(
            f"{_count(result.done, 'completed deadline')} left out (--include-done adds them)"
            if en
            else f"{result.done} mốc đã hoàn thành không đưa vào (thêm --include-done để xuất cả chúng)"
        )
    if result.left_out:
        parts.append(_undated(result.left_out, en))
    if result.not_yet:
        parts.append(_not_yet(result.not_yet, en))
    return "; ".join(parts)


def _not_yet(plans: Sequence[tuple[str, date]], en: bool) -> str:
    """ "2 kế hoạch chưa có hiệu lực tại ngày xem nên không đưa vào (12/KH-UBND từ
    05/01/2027, …): --as-of NGÀY từ ngày đó để xuất", as `status` names them."""
    named = ", ".join(
        f"{one_line(number)} {'from' if en else 'từ'} {day:%d/%m/%Y}" for number, day in plans
    )
    if en:
        return (
            f"{len(plans)} plan{'s' if len(plans) > 1 else ''} not yet in force on the day exported, left out ({named}): "
            "--as-of a day from then exports them"
        )
    return (
        f"{len(plans)} kế hoạch chưa có hiệu lực tại ngày xem nên không đưa vào ({named}): "
        "thêm --as-of một ngày từ đó để xuất"
    )


def _where(result: Export, output: str, out_dir: Path | None, en: bool) -> str:
    if out_dir is not None:
        folder, index = file_name(str(out_dir)), file_name(str(out_dir / "index.html"))
        return (
            f"to {len(result.feeds)} calendar files in {folder} (listed in {index})"
            if en
            else f"vào {len(result.feeds)} tệp lịch trong {folder} (danh sách: {index})"
        )
    if output == "-":
        return "to stdout" if en else "ra stdout"
    return f"to {file_name(output)}" if en else f"vào {file_name(output)}"


def _exported(result: Export, where: str, en: bool) -> str:
    """ "đã xuất 25 mốc thời hạn vào lich.ics", with the completed ones among them when
    `--include-done` put them in."""
    shown = result.done_shown
    if en:
        among = f" ({shown} of them completed, marked ✓)" if shown else ""
        return f"exported {_count(result.events, 'deadline')}{among} {where}"
    among = f" (trong đó {shown} mốc đã hoàn thành, đánh dấu ✓)" if shown else ""
    return f"đã xuất {result.events} mốc thời hạn{among} {where}"


def _count(n: int, noun: str) -> str:
    """ "1 deadline", "8 deadlines": the English closing line's counts."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _undated(left_out: Counter[str], en: bool) -> str:
    names = LEFT_OUT_EN if en else LEFT_OUT
    kinds = sorted(left_out.items())
    if len(kinds) == 1:
        why = names[kinds[0][0]]
    else:
        why = ", ".join(f"{n} {names[kind]}" for kind, n in kinds)
    if en:
        have, are = ("has", "is") if left_out.total() == 1 else ("have", "are")
        return (
            f"{_count(left_out.total(), 'deadline')} {have} no fixed day ({why}), "
            f"so {are} not in the calendar"
        )
    return f"{left_out.total()} mốc không có ngày cố định ({why}) nên không đưa vào lịch"

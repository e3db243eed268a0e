"""`kehoach slips` output: text, Markdown (to paste into a report to the Standing
Committee) and JSON (a documented contract).

Text and Markdown draw one document, in the order a reader asks: the figures in a
sentence; per lead agency; the reasons grouped; the moves without a recorded reason and
deciding document (what the Committee asks about first); then every move, most days first.

JSON contract, schema "kehoach.slips/1" (keys sorted; every key always present, null when
it has no value; dates ISO yyyy-mm-dd). Fields may be added, never removed or renamed::

    {"schema": "kehoach.slips/1", "from": date|null, "to": date|null,
     "git": bool,                     # cross-checked with git (false: the files' history only)
     "reworded": int,                 # phrases reworded to the same day: not counted as moves
     "summary": {"total": TALLY, "agencies": [{"agency": name, **TALLY}, ...]},
     "reasons": [{"reason": text|null, "moves": int, "days_later": int,
                  "days_earlier": int}, ...],
     "moves": [MOVE, ...],            # most days first (later or earlier)
     "corrections": [MOVE, ...],      # days changed by the issue day corrected (a phrase
                                      # without its year, or a count from the issue day):
                                      # no move, not counted
     "problems": [{"path", "line", "col", "code", "message"}, ...]}  # versions not read
    TALLY = {moves, tasks_moved, tasks_moved_again (tasks moved more than once),
             later, days_later, median_days_later (null when none),
             earlier, days_earlier, median_days_earlier (days counted positive),
             undated (a phrase without a day), unexplained, unrecorded, undecided}
    MOVE  = {plan_id, plan_number, task_id, title, lead: [..] (as status names them),
             milestone (1-based),
             old_phrase, new_phrase, old_due, new_due (the day each falls due, as status
             counts it), old_due_as_written, new_due_as_written (the last day written, when
             a day off rolled it; else null), days (later > 0 > earlier, or null),
             on (the day decided; a hand edit's commit day), recorded (bool),
             explained (bool), reason, decided_by, decided_on,
             counted_from_changed (bool: the phrase unchanged, what it counts from
             moved it — an event's day, the issue day — and that change is the reason),
             commit: {sha, author, date, subject} | null}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kehoach.base.findings import Finding
from kehoach.base.text import one_line
from kehoach.reports.slips import Cause, ReasonGroup, Slip, SlipReport, Tally

from .diff import shift_words
from .labels import dmy, due_words
from .status import (
    GLUE,
    Block,
    Card,
    Grid,
    Heading,
    blocks_markdown,
    blocks_text,
    glued,
    json_default,
    problem_record,
    short_title,
)

SCHEMA = "kehoach.slips/1"
DASH = "—"
TITLE_LIMIT = 50
UNRECORDED = "⚠ sửa tay, không ghi lịch sử"
UNDECIDED = "⚠ chưa ghi văn bản quyết định"
NO_REASON = "(không ghi lý do: sửa tay)"


@dataclass(frozen=True)
class RenderOptions:
    width: int = 100  # terminal columns for the text tables
    color: bool = False
    problems: list[Finding] = field(default_factory=list)  # plan versions that did not load


# --- JSON --------------------------------------------------------------------------------


def tally_record(tally: Tally) -> dict[str, Any]:
    return {
        "moves": tally.moves,
        "tasks_moved": tally.tasks_moved,
        "tasks_moved_again": tally.tasks_moved_again,
        "later": len(tally.later),
        "days_later": tally.days_later,
        "median_days_later": tally.median_later,
        "earlier": len(tally.earlier),
        "days_earlier": tally.days_earlier,
        "median_days_earlier": tally.median_earlier,
        "undated": tally.undated,
        "unexplained": tally.unexplained,
        "unrecorded": tally.unrecorded,
        "undecided": tally.undecided,
    }


def move_record(slip: Slip) -> dict[str, Any]:
    recorded, commit, cause = slip.recorded, slip.commit, slip.cause
    return {
        "plan_id": slip.plan_id,
        "plan_number": slip.plan_number,
        "task_id": slip.task_id,
        "title": slip.title,
        "lead": list(slip.lead),
        "milestone": slip.milestone,
        "old_phrase": slip.old_phrase,
        "new_phrase": slip.new_phrase,
        "old_due": slip.old_due,
        "new_due": slip.new_due,
        "old_due_as_written": slip.old_written,
        "new_due_as_written": slip.new_written,
        "days": slip.days,
        "on": slip.on,
        "recorded": recorded is not None,
        "explained": slip.explained,
        "reason": slip.reason,
        "decided_by": recorded.decided_by if recorded else cause.decided_by if cause else None,
        "counted_from_changed": cause is not None,
        "decided_on": recorded.date if recorded else None,
        "commit": (
            {
                "sha": commit.sha,
                "author": commit.author,
                "date": commit.day,
                "subject": commit.subject,
            }
            if commit
            else None
        ),
    }


def as_json(report: SlipReport, options: RenderOptions) -> str:
    document = {
        "schema": SCHEMA,
        "from": report.period.start,
        "to": report.period.end,
        "git": report.git,
        "reworded": report.reworded,
        "summary": {
            "total": tally_record(report.total),
            "agencies": [{"agency": name, **tally_record(t)} for name, t in report.agencies],
        },
        "reasons": [
            {
                "reason": g.reason,
                "moves": len(g.slips),
                "days_later": g.days_later,
                "days_earlier": g.days_earlier,
            }
            for g in report.reasons
        ],
        "moves": [move_record(slip) for slip in report.slips],
        "corrections": [move_record(slip) for slip in report.corrections],
        "problems": [problem_record(finding) for finding in options.problems],
    }
    return (
        json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, default=json_default)
        + "\n"
    )


# --- What people read: text and Markdown ----------------------------------------------------


def number(value: float | None) -> str:
    """7 → "7", 7.5 → "7,5" (a decimal comma, as Vietnamese writes it); None → "—"."""
    if value is None:
        return DASH
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


def heading(report: SlipReport) -> str:
    start, end = report.period.start, report.period.end
    if start and end:
        return f"Các lần dời thời hạn từ {dmy(start)} đến {dmy(end)}"
    if start:
        return f"Các lần dời thời hạn từ {dmy(start)}"
    if end:
        return f"Các lần dời thời hạn đến {dmy(end)}"
    return "Các lần dời thời hạn (toàn bộ lịch sử)"


def summary_words(report: SlipReport) -> str:
    """The figures in one sentence: moves, tasks, days, unexplained."""
    t = report.total
    if not t.moves:
        return "Không có lần dời thời hạn nào trong kỳ."
    parts = [
        f"{t.moves} lần dời thời hạn của {t.tasks_moved} nhiệm vụ",
        f"{t.tasks_moved_again} nhiệm vụ dời từ 2 lần trở lên",
        f"lùi tổng cộng {t.days_later} ngày (trung vị {number(t.median_later)} ngày)",
    ]
    if t.earlier:
        parts.append(
            f"sớm tổng cộng {t.days_earlier} ngày (trung vị {number(t.median_earlier)} ngày)"
        )
    if t.undated:
        parts.append(f"{t.undated} lần không tính được số ngày")
    unexplained = f"{t.unexplained} lần chưa ghi đủ lý do và văn bản quyết định"
    kinds = [
        f"{count} lần {words}"
        for count, words in (
            (t.unrecorded, "sửa tay không ghi lịch sử"),
            (t.undecided, "thiếu văn bản quyết định"),
        )
        if count
    ]
    if kinds:
        unexplained += f" ({', '.join(kinds)})"
    return "; ".join([*parts, unexplained]) + "."


def _source_words(report: SlipReport) -> str:
    where = (
        "Theo lịch sử ghi trong tệp kế hoạch, đối chiếu với các commit git"
        if report.git
        else "Theo lịch sử ghi trong tệp kế hoạch (không có kho git để đối chiếu)"
    )
    return (
        f"{where}. Ngày của một lần dời là ngày quyết định ghi trong lịch sử; "
        "lần sửa tay lấy ngày commit."
    )


AGENCY_HEADERS = [
    "Cơ quan chủ trì",
    "Lần dời",
    "Nhiệm vụ dời",
    "Dời từ 2 lần",
    "Ngày lùi",
    "Trung vị lùi",
    "Ngày sớm",
    "Trung vị sớm",
    "Thiếu lý do / văn bản",
    "Sửa tay",
]


def _tally_cells(name: str, t: Tally) -> list[str]:
    return [
        name,
        str(t.moves),
        str(t.tasks_moved),
        str(t.tasks_moved_again),
        str(t.days_later),
        number(t.median_later),
        str(t.days_earlier),
        number(t.median_earlier),
        str(t.unexplained),
        str(t.unrecorded),
    ]


def _counted(headers: Sequence[str], cells: Sequence[str], style: str | None = None) -> Card:
    """A table row as a card (a narrow terminal): its first cell over its counts in words,
    each under its column's name ("Lần dời 4; Nhiệm vụ dời 2; …"), a pair never split."""
    pairs = [
        f"{header} {cell}".replace(" ", GLUE) for header, cell in zip(headers, cells, strict=True)
    ]
    return Card(cells[0], ["; ".join(pairs[1:])], style=style)


def _agencies_part(report: SlipReport) -> list[Block]:
    rows = [_tally_cells(name, tally) for name, tally in report.agencies]
    weights = [3] + [1] * (len(AGENCY_HEADERS) - 1)
    total = _tally_cells("Tổng cộng", report.total)
    grid = Grid(
        AGENCY_HEADERS,
        rows,
        [None] * len(rows),
        weights,
        1,
        total,
        cards=[_counted(AGENCY_HEADERS, row) for row in rows],
        total_card=_counted(AGENCY_HEADERS, total, "bold"),
    )
    return [Heading("Theo cơ quan chủ trì", 3), grid]


def _reason_cells(group: ReasonGroup) -> list[str]:
    counts = (len(group.slips), group.days_later, group.days_earlier)
    return [one_line(group.reason) if group.reason else NO_REASON, *map(str, counts)]


def _reasons_part(report: SlipReport) -> list[Block]:
    rows = [_reason_cells(group) for group in report.reasons]
    headers = ["Lý do", "Lần dời", "Ngày lùi", "Ngày sớm"]
    cards = [_counted(headers, row) for row in rows]
    return [
        Heading("Lý do dời thời hạn", 3),
        Grid(headers, rows, [None] * len(rows), (4, 1, 1, 1), 1, cards=cards),
    ]


MOVE_HEADERS = ["Kế hoạch", "TT", "Nhiệm vụ", "Chủ trì", "Thời hạn cũ → mới", "Số ngày", "Ngày dời"]
MOVE_WEIGHTS = (2, 1, 4, 3, 4, 2, 2, 4)


def _phrase(phrase: str, due: date | None, written: date | None = None) -> str:
    """The phrase with the day it falls due, as `status` shows it (`due_words`)."""
    return f"{phrase} ({due_words(due, written)})" if due else phrase


def _old(slip: Slip) -> str:
    return _phrase(slip.old_phrase, slip.old_due, slip.old_written)


def _new(slip: Slip) -> str:
    return _phrase(slip.new_phrase, slip.new_due, slip.new_written)


def _days_cell(slip: Slip) -> str:
    return "không rõ ngày" if slip.days is None else shift_words(slip.days)


def _why(slip: Slip) -> str:
    """The reason and deciding document, or what is missing (and the commit that did it)."""
    recorded, commit = slip.recorded, slip.commit
    if recorded is None and slip.cause is not None:
        return _cause_words(slip.cause)
    if recorded is None:
        who = f" (commit {commit.sha[:8]}, {commit.author})" if commit else ""
        return UNRECORDED + who
    decided = f"; quyết định: {recorded.decided_by}" if recorded.decided_by else f"; {UNDECIDED}"
    return f"lý do: {recorded.reason.strip(' .;')}{decided}"


def _cause_words(cause: Cause) -> str:
    """The change of what the deadline counts from, as `kehoach diff` says it."""
    decided = f"; quyết định: {cause.decided_by}" if cause.decided_by else ""
    missing = "" if cause.explained else f"; {UNDECIDED}: decided_by của sự kiện trong events:"
    return f"lý do: {cause.words}{decided}{missing}"


def _move_cells(slip: Slip) -> list[str]:
    title = short_title(slip.title, TITLE_LIMIT)
    if slip.milestones > 1:
        title += f" (mốc {slip.milestone})"
    on = slip.on
    return [
        slip.plan_number or slip.plan_id,
        slip.task_id,
        title,
        "; ".join(slip.lead),
        f"{_old(slip)} → {_new(slip)}",
        _days_cell(slip),
        dmy(on) if on else DASH,
        _why(slip),
    ]


def _move_card(slip: Slip, last: str, style: str | None) -> Card:
    """A move as a card (a narrow terminal): plan and task with the days moved at the
    right, then the title, the lead, the old and new deadline, the day and the why."""
    plan, task, title, lead, _, days, on, why = _move_cells(slip)
    lines = [
        one_line(title),
        f"Chủ trì: {one_line(lead)}",
        f"Thời hạn cũ: {glued(one_line(_old(slip)))}",
        f"Thời hạn mới: {glued(one_line(_new(slip)))}",
        f"Ngày dời: {on}",
        f"{last}: {one_line(why)}",
    ]
    head = f"{one_line(plan)} {one_line(task)}"
    return Card(head, lines, days.replace(" ", GLUE), style)


def _moves_grid(slips: Sequence[Slip], last: str) -> Grid:
    rows = [_move_cells(slip) for slip in slips]
    styles = [None if slip.explained else "yellow" for slip in slips]
    cards = [_move_card(s, last, style) for s, style in zip(slips, styles, strict=True)]
    return Grid(
        [*MOVE_HEADERS, last],
        rows,
        styles,
        MOVE_WEIGHTS,
        len(MOVE_HEADERS) + 1,
        cards=cards,
        whole=(0, 1, 6),  # the plan, the task's id and the day are never split
    )


def _unexplained_part(report: SlipReport) -> list[Block]:
    missing = report.unexplained()
    title = f"Các lần dời chưa ghi đủ lý do và văn bản quyết định ({len(missing)})"
    if not missing:
        return [Heading(title, 3), "Mọi lần dời đều ghi lý do và văn bản quyết định."]
    return [Heading(title, 3), _moves_grid(missing, "Lý do · còn thiếu")]


def _moves_part(report: SlipReport) -> list[Block]:
    return [
        Heading("Các lần dời, nhiều ngày nhất trước", 3),
        _moves_grid(report.slips, "Lý do · quyết định"),
    ]


CORRECTIONS = "Đính chính ngày ban hành (không tính là dời thời hạn)"


def _corrections_part(report: SlipReport) -> list[Block]:
    """The deadlines whose day changed with the issue day corrected ("Trước ngày 30/6"
    takes its year from it, "30 ngày kể từ ngày ban hành" counts from it): the record
    corrected, the deadline never moved (the lead's ruling, session 36)."""
    if not report.corrections:
        return []
    said = (
        f"{len(report.corrections)} thời hạn đổi ngày vì ngày ban hành kế hoạch "
        "được đính chính: văn bản không dời thời hạn nào, nên không tính vào các số trên."
    )
    return [Heading(CORRECTIONS, 3), said, _moves_grid(report.corrections, "Đính chính")]


def _notes(report: SlipReport, options: RenderOptions) -> list[Block]:
    notes: list[Block] = []
    if report.reworded:
        notes.append(
            f"{report.reworded} lần chỉ sửa cách ghi thời hạn, không đổi ngày: không tính là dời."
        )
    if options.problems:
        notes.append(
            f"Lưu ý: {len(options.problems)} phiên bản tệp không đọc được; các thay đổi qua "
            "chúng được so với phiên bản đọc được gần nhất."
        )
    return notes


def document(report: SlipReport, options: RenderOptions) -> list[Block]:
    """What people read, in order (one document for text and Markdown)."""
    blocks: list[Block] = [
        Heading(heading(report), 2),
        summary_words(report),
        _source_words(report),
    ]
    if report.total.moves:
        blocks += [
            *_agencies_part(report),
            *_reasons_part(report),
            *_unexplained_part(report),
            *_moves_part(report),
        ]
    return [*blocks, *_corrections_part(report), *_notes(report, options)]


def as_text(report: SlipReport, options: RenderOptions) -> str:
    return blocks_text(document(report, options), options.width, options.color)


def as_markdown(report: SlipReport, options: RenderOptions) -> str:
    return blocks_markdown(document(report, options))


FORMATS: dict[str, Callable[[SlipReport, RenderOptions], str]] = {
    "text": as_text,
    "markdown": as_markdown,
    "json": as_json,
}

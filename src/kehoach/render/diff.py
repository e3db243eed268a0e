"""`kehoach diff` and `kehoach log` output: text, Markdown (what CI posts on a merge
request) and JSON.

JSON contract, schema "kehoach.review.diff/1" (keys sorted, dates ISO, absent values null)::

    {"schema": "kehoach.review.diff/1", "old": label, "new": label, "summary": {count, ...},
     "plans": [{"change": "added|removed|changed", "plan_id", "plan_number", "title",
                "path", "fields": [key, ...], "tasks": [TASK, ...]}],
     "problems": [{"path", "line", "col", "code", "message"}],
     "findings": [{"path", "line", "col", "code", "message"}]}
    ("findings": deadlines unread after a `standing` flip, history erased, reports orphaned;
    `diff` prints them on stderr too)
    (a plan also has "edits": [EDIT, ...])
    TASK = {"change", "task_id", "old_task_id", "title", "fields", "edits": [EDIT, ...],
            "deadlines": [{"milestone", "old_phrase", "new_phrase", "old_due", "new_due",
                           "old_due_as_written", "new_due_as_written": the day each phrase
                           falls due, as status counts it, and the last day it writes when
                           a day off rolled it (else null); "shift_days" counts the former,
                           "shift_days", "reason", "decided_by", "decided_on",
                           "explained": every move between the sides recorded with its
                           reason and deciding document (null when none moved),
                           "dated": the phrase unchanged, its day set by what it counts
                           from (an event given its day, a task done): no move, and
                           "reason" says which (so does it for an event moved),
                           "reread": the milestone untouched, read anew because the plan
                           became a standing rule or ceased to be one: no move,
                           "moves": [{"from", "to", "reason", "decided_by", "decided_on"}]:
                           the recorded moves from the old phrase to the new, oldest
                           first; "reason"… above are the last one's}],
            "periods": [{"milestone", "old_start", "new_start", "added": [{"period", "due",
                         "due_as_written", "overdue"}], "removed": [{"period", "due",
                         "due_as_written"}]}]: a recurring milestone
                         untouched whose series starts on another day (the issue day
                         corrected): the periods owed it adds (overdue: due before today,
                         no report recorded) or takes away; "due" rolled off a day off as
                         status counts it, "due_as_written" the rule's own day,
            "agencies": [{"role": "lead|support", "removed": [...], "added": [...]}],
            "status": {"old", "new", "old_completed", "new_completed"} | null}
    EDIT = {"field": key as in the file, "name": its Vietnamese name, "old", "new"}
           (values as the file holds them: text, ISO date, list, object; null when absent)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel

from kehoach.base.text import one_line
from kehoach.plan.fieldnames import field_name
from kehoach.plan.model import Change, PeriodReport, Plan, PlanEvent, Status
from kehoach.review.anchoring import KIND_WORDS, AnchorChange
from kehoach.review.diff import (
    Comparison,
    FieldEdit,
    Move,
    PlanChange,
    StatusChange,
    TaskChange,
)
from kehoach.review.periods import PeriodShift

from .labels import dmy, due_words
from .status import (
    Markup,
    json_default,
    md_code,
    md_table,
    md_text,
    problem_record,
    short_title,
)

SCHEMA = "kehoach.review.diff/1"
TITLE_LIMIT = 80
ROLES = {"lead": "chủ trì", "support": "phối hợp"}
STATUSES = {
    None: "chưa báo cáo",
    Status.NOT_STARTED: "chưa bắt đầu",
    Status.IN_PROGRESS: "đang thực hiện",
    Status.DONE: "hoàn thành",
    Status.CANCELLED: "đã hủy",
}
WARNING = "⚠ chưa ghi lý do và văn bản quyết định"
# A deadline taken out of a task that stays: history cannot say why (`Move.dropped`).
DROPPED = (
    "⚠ bỏ thời hạn mà không ghi lý do và văn bản quyết định: nếu văn bản bỏ hạn, giữ mốc và "
    'dời bằng kehoach reschedule … "Không nêu thời hạn" --reason … --ref …; nếu văn bản bỏ '
    "việc, ghi status: cancelled"
)
EMPTY = "(trống)"
WHOLE_PLAN = {"added": "Kế hoạch mới", "removed": "Kế hoạch bị bỏ"}


# --- words shared by every format ------------------------------------------------------


def _phrase(phrase: str, due: date | None, written: date | None = None) -> str:
    """The phrase quoted, with the day it falls due as `status` counts it (and the day
    written, when a day off rolled it: "(30/04/2026 (T5) → 04/05/2026)")."""
    return f'"{phrase}" ({due_words(due, written)})' if due else f'"{phrase}"'


def shift_words(days: int | None) -> str:
    """ "lùi 15 ngày" (later), "sớm 3 ngày" (earlier), "không đổi ngày"."""
    if days is None:
        return ""
    if days == 0:
        return "không đổi ngày"
    return f"lùi {days} ngày" if days > 0 else f"sớm {-days} ngày"


def reason_lines(move: Move) -> list[str]:
    """One line per recorded move of the chain from the old phrase to the new ("lần 1:
    "A" → "B": lý do: …"), or the one line of a single move or of a missing record. The
    review names every moved deadline with its reason: two `reschedule`s in one commit,
    or a branch of two commits, showed only the last reason (fresh22's clerk)."""
    recorded = move.recorded
    if move.dropped:
        return [DROPPED]
    if move.reread:  # the plan's kind: said once, on the plan's line (`edit_words`)
        return []
    if recorded is None and move.anchor is not None:
        return [_anchor_words(move.anchor)]
    if recorded is None:
        return [WARNING] if move.moved else []
    chain = move.chain()
    if len(chain) < 2:
        return [f"{_decision(recorded)}{_earlier_words(move)}"]
    lines = [f'lần {n}: "{c.from_}" → "{c.to}": {_decision(c)}' for n, c in enumerate(chain, 1)]
    lines[-1] += _earlier_words(move)
    return lines


def _decision(change: Change) -> str:
    """ "lý do: R; quyết định: D", or the warning that the deciding document is missing."""
    decided = f"; quyết định: {change.decided_by}" if change.decided_by else ""
    missing = "" if change.decided_by else " (⚠ chưa ghi văn bản quyết định)"
    return f"lý do: {change.reason}{decided}{missing}"


def _anchor_words(anchor: AnchorChange) -> str:
    """ "lý do: sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027; quyết định: D": the
    change of what the deadline counts from, or what it lacks to explain the move."""
    decided = f"; quyết định: {anchor.decided_by}" if anchor.decided_by else ""
    missing = (
        ""
        if anchor.explained
        else " (⚠ chưa ghi văn bản quyết định: decided_by của sự kiện trong events:)"
    )
    return f"lý do: {anchor.words}{decided}{missing}"


def _earlier_words(move: Move) -> str:
    """What the earlier moves between the two sides lack: each needs its own record."""
    words = []
    undecided = len(move.undecided_steps())
    if undecided:
        words.append(f"⚠ {undecided} lần dời trước đó chưa ghi văn bản quyết định")
    unrecorded = move.unrecorded_from()
    if unrecorded is not None:
        words.append(f'⚠ lần dời từ "{unrecorded}" chưa ghi lý do và văn bản quyết định')
    return "".join(f" ({w})" for w in words)


def _milestone(move: Move, task: TaskChange) -> str:
    return f"mốc {move.milestone}" if task.milestone_count > 1 else "thời hạn"


def _move_words(move: Move, task: TaskChange) -> str:
    name = _milestone(move, task)
    if move.old is None and move.new is not None:
        return f"{name}: {_phrase(move.new, move.new_due, move.new_written)}"
    if move.new is None and move.old is not None:
        return f"bỏ {name}: {_phrase(move.old, move.old_due, move.old_written)}"
    if move.dated and move.new_due is not None:
        return f'{name}: "{move.new}" có ngày {due_words(move.new_due, move.new_written)}'
    if move.reread:
        return f'{name}: "{move.new}" {_rereading(move)}'

    shift = shift_words(move.shift)
    old = _phrase(move.old or "", move.old_due, move.old_written)
    arrow = f"{old} → {_phrase(move.new or '', move.new_due, move.new_written)}"
    return f"{name}: {arrow}" + (f", {shift}" if shift else "")


def _periods_words(shift: PeriodShift) -> str:
    """ "thêm 1 kỳ phải báo cáo: năm 2025 (hạn 30/06/2025, ⚠ đã quá hạn, chưa ghi báo
    cáo)", or the periods the change takes away."""
    dues = shift.added or shift.removed
    each = ", ".join(
        f"{d.period} (hạn {due_words(d.due, d.written)}"
        f"{', ⚠ đã quá hạn, chưa ghi báo cáo' if d.overdue else ''})"
        for d in dues
    )
    verb = "thêm" if shift.added else "bớt"
    return f"{verb} {len(dues)} kỳ phải báo cáo: {each}"


def _start_words(shift: PeriodShift) -> str:
    """Why the periods owed changed: the day the series is counted from."""
    return (
        f"do ngày bắt đầu tính kỳ đổi từ {dmy(shift.old_start)} thành {dmy(shift.new_start)} "
        "(ngày ban hành hoặc from)"
    )


def _rereading(move: Move) -> str:
    """How a year-less phrase reads on each side of a change of the plan's kind: "nay
    hạn 30/06/2026 (trước đây là thời hạn hằng năm)"."""
    anchor = move.anchor
    standing = anchor is not None and anchor.words == KIND_WORDS[True]
    unread = anchor is not None and anchor.unread
    readings = [
        f"hạn {due_words(due, written)}"
        if due
        else "không đọc được (ghi năm, hoặc «hằng năm», vào cụm từ)"
        if side and unread
        else "là thời hạn hằng năm"
        if side == standing
        else "không đọc được"
        for side, due, written in (
            (False, move.old_due, move.old_written),
            (True, move.new_due, move.new_written),
        )
    ]
    return f"nay {readings[1]} (trước đây {readings[0]})"


def change_lines(task: TaskChange) -> Iterator[str]:
    """What happened to a task, one line per fact (reasons indented under their move).
    Each fact stays on its line whatever a reason or a phrase holds (`one_line`)."""
    for move in task.moves:
        yield one_line(_move_words(move, task))
        yield from (f"  {one_line(reason)}" for reason in reason_lines(move))
    for shift in task.periods:
        name = f"mốc {shift.milestone}" if task.milestone_count > 1 else "thời hạn định kỳ"
        yield one_line(f"{name}: {_periods_words(shift)}")
        yield f"  {_start_words(shift)}"
    for change in task.reassignments:
        # a name split at its commas, then mended: "bỏ “Các sở”, “ban”, “ngành”; thêm “Các
        # sở, ban, ngành”", not the same words twice (fresh42)
        quoted = any("," in name for name in (*change.removed, *change.added))
        parts = [f"bỏ {_bodies(change.removed, quoted)}"] if change.removed else []
        parts += [f"thêm {_bodies(change.added, quoted)}"] if change.added else []
        yield one_line(f"{ROLES[change.role]}: {'; '.join(parts)}")
    if task.status is not None:
        yield "tình trạng: {} → {}".format(*_statuses(task.status))
    yield from (edit_words(edit, "Task") for edit in task.edits)


def _bodies(names: Sequence[str], quoted: bool) -> str:
    """Names joined by commas, each in quotes when `quoted`."""
    return ", ".join(f"“{name}”" if quoted else name for name in names)


def edit_words(edit: FieldEdit, model: str) -> str:
    """ "Ghi chú: "Chờ số liệu" → "Đã gửi Sở Tài chính"": the field by its Vietnamese
    name, its value before and after, whole, on one line; periodic reports recorded or
    dropped are named by their period ("thêm kỳ tháng 3/2026, gửi 18/03/2026"), which
    their count alone does not tell; the plan's events by what changed in them alone
    ("Sự kiện làm mốc: ngày bầu cử chưa ấn định → 23/05/2027"): "1 mục → 1 mục" says
    nothing there."""
    if events := _events_changed(edit.old, edit.new):
        return one_line(f"{_edit_name(edit, model)}: {events}")
    # a report recorded (`kehoach done --period`) is said by its period and day, never as
    # "(trống) → 1 mục": the count is not what a clerk or a reviewer checks
    if reports := _reports_changed(edit.old, edit.new):
        return one_line(f"{_edit_name(edit, model)}: {reports}")
    if model == "Plan" and edit.key == "standing":  # the kind of plan: said once, here
        old, new = _edit_values(edit)
        return one_line(f"{_edit_name(edit, model)}: {old} → {new} ({KIND_WORDS[bool(edit.new)]})")
    old, new = _edit_values(edit)
    return one_line(f"{_edit_name(edit, model)}: {old} → {new}{_entries_changed(edit)}")


def _entries_changed(edit: FieldEdit) -> str:
    """ " (thêm kỳ tháng 3/2026 gửi 18/03/2026)": what a list of entries counted on both
    sides ("1 mục → 1 mục") does not tell; "" for any other field."""
    entries = _reports_changed(edit.old, edit.new) or _events_changed(edit.old, edit.new)
    return f" ({entries})" if entries else ""


def _events_changed(old: object, new: object) -> str:
    """ "ngày bầu cử 23/05/2027 → 30/05/2027; thêm …; bỏ …": the events whose day changed,
    by name ("" when the values are no lists of events). Moving an event is the one edit
    that moves every deadline counted from it; "1 mục → 1 mục" did not say which, nor to
    what day."""
    before, after = (_plan_events(v) for v in (old, new))
    if before is None or after is None:
        return ""
    days = {event.name: event.day for event in before}
    parts = [
        f"{event.name} {_event_day(days[event.name])} → {_event_day(event.day)}"
        for event in after
        if event.name in days and days[event.name] != event.day
    ]
    names = {event.name for event in after}
    added = [_entry_words(event) for event in after if event.name not in days]
    dropped = [_entry_words(event) for event in before if event.name not in names]
    parts += [f"thêm {', '.join(added)}"] if added else []
    return "; ".join(parts + ([f"bỏ {', '.join(dropped)}"] if dropped else []))


def _plan_events(value: object) -> list[PlanEvent] | None:
    if value is None or value in ("", []):
        return []
    if isinstance(value, list) and all(isinstance(v, PlanEvent) for v in value):
        return list(value)
    return None


def _event_day(day: date | None) -> str:
    return dmy(day) if day else "chưa ấn định"


def _reports_changed(old: object, new: object) -> str:
    """ "ghi thêm kỳ tháng 3/2026, gửi ngày 18/03/2026; bỏ kỳ …": the periodic reports one
    side holds and the other not ("" when the values are no lists of reports)."""
    before, after = (_period_reports(v) for v in (old, new))
    if before is None or after is None:
        return ""
    added = [_report_words(r) for r in after if r not in before]
    dropped = [_report_words(r) for r in before if r not in after]
    parts = [f"ghi thêm {'; '.join(added)}"] if added else []
    return "; ".join(parts + ([f"bỏ {'; '.join(dropped)}"] if dropped else []))


def _period_reports(value: object) -> list[PeriodReport] | None:
    if value is None or value in ("", []):
        return []
    if isinstance(value, list) and all(isinstance(v, PeriodReport) for v in value):
        return list(value)
    return None


def _report_words(report: PeriodReport) -> str:
    milestone = f" (mốc {report.milestone})" if report.milestone else ""
    # a period known by its due day is already named "kỳ hạn 10/01/2026": no "kỳ kỳ hạn"
    period = report.period if report.period.startswith("kỳ ") else f"kỳ {report.period}"
    return f"{period}{milestone}, gửi ngày {dmy(report.sent)}"


def _edit_name(edit: FieldEdit, model: str) -> str:
    return field_name(model, edit.key)


def value_words(value: object) -> str:
    """A field's value as a reader sees it: text quoted, days dd/mm/yyyy, lists one
    after another, an entry (a source, an event) by its named fields; a list of entries
    (history, reports, events) by its count, what changed in it told after it
    (`_entries_changed`)."""
    if value is None or value in ("", []):
        return EMPTY
    if isinstance(value, list):
        if all(isinstance(item, BaseModel) for item in value):
            return f"{len(value)} mục"
        return "; ".join(map(value_words, value))
    return _scalar_words(value)


def _scalar_words(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, date):
        return dmy(value)
    if isinstance(value, BaseModel):
        return _entry_words(value)
    return str(value)


def _entry_words(entry: BaseModel) -> str:
    fields = type(entry).model_fields
    parts = [
        f"{field_name(type(entry).__name__, info.alias or name)} {value_words(value)}"
        for name, info in fields.items()
        if (value := getattr(entry, name)) is not None
    ]
    return "(" + ", ".join(parts) + ")"


def _statuses(change: StatusChange) -> tuple[str, str]:
    """The status before and after, with the completion day when there is one."""
    return _status(change.old, change.old_completed), _status(change.new, change.new_completed)


def _status(status: Status | None, completed: date | None) -> str:
    return STATUSES[status] + (f" ({dmy(completed)})" if completed else "")


def task_heading(task: TaskChange) -> str:
    mark = {"added": " (mới)", "removed": " (bỏ)"}.get(task.kind, "")
    renumbered = f" (đổi số từ {task.old_id})" if task.old_id else ""
    title = short_title(task.title, TITLE_LIMIT)
    return one_line(f"Nhiệm vụ {task.task_id}{mark}{renumbered}: {title}")


def plan_heading(plan: Plan) -> str:
    name = f"{plan.number} ({plan.id})" if plan.number else plan.id
    return one_line(f"{name}: {short_title(plan.title, TITLE_LIMIT)}")


def summary_words(comparison: Comparison) -> str:
    counts = comparison.summary()
    words = [
        ("plans_changed", "kế hoạch thay đổi"),
        ("plans_added", "kế hoạch mới"),
        ("plans_removed", "kế hoạch bị bỏ"),
        ("deadlines_moved", "thời hạn dời"),
        (
            "deadlines_corrected",
            "thời hạn đổi ngày vì đính chính ngày ban hành (không tính là dời)",
        ),
        ("deadlines_dated", "thời hạn có ngày khi mốc tính được xác định"),
        ("deadlines_reread", "thời hạn đọc lại theo loại kế hoạch mới"),
        ("periods_added", "kỳ báo cáo định kỳ thêm vì ngày bắt đầu tính kỳ đổi"),
        ("periods_overdue", "kỳ thêm đã quá hạn"),
        ("periods_removed", "kỳ báo cáo định kỳ bớt vì ngày bắt đầu tính kỳ đổi"),
        ("tasks_added", "nhiệm vụ mới"),
        ("tasks_removed", "nhiệm vụ bị bỏ"),
        ("tasks_renumbered", "nhiệm vụ đổi số"),
        ("tasks_reassigned", "nhiệm vụ đổi cơ quan"),
        ("status_changes", "thay đổi tình trạng"),
        ("moves_unexplained", "thời hạn dời chưa ghi đủ lý do và văn bản quyết định"),
        ("history_erased", "nhiệm vụ bị xóa hay sửa lịch sử đổi thời hạn"),
        ("problems", "tệp không đọc được"),
    ]
    # a deadline taken out is counted among the unexplained, but said as what it is
    dropped = sum(m.dropped for _, _, m in comparison.unexplained())
    counts = {**counts, "moves_unexplained": counts["moves_unexplained"] - dropped}
    parts = [f"{counts[key]} {label}" for key, label in words if counts[key]]
    if dropped:
        parts.insert(-1 if counts["problems"] else len(parts), f"{dropped} thời hạn bị bỏ")
    return "; ".join(parts) if parts else "không có thay đổi nào về kế hoạch"


# --- text -------------------------------------------------------------------------------


def renamed_id(comparison: Comparison, plan: PlanChange) -> str | None:
    """For a plan added where a dropped plan's file was (the same path), the dropped id:
    most likely the plan's `id` was edited, which `diff` (comparing by id) shows as one
    plan dropped and another added, every task with it."""
    if plan.kind != "added":
        return None
    return next(
        (p.plan.id for p in comparison.plans if p.kind == "removed" and p.path == plan.path),
        None,
    )


def _renamed_words(old_id: str, plan: PlanChange) -> str:
    return one_line(
        f"cùng tệp với kế hoạch bị bỏ '{old_id}': mã kế hoạch đổi thành '{plan.plan.id}'? "
        "kehoach so kế hoạch theo mã, nên hiện là bỏ kế hoạch cũ và thêm kế hoạch mới; "
        "nếu không định đổi, giữ mã cũ"
    )


def as_text(comparison: Comparison) -> str:
    lines = [f"So sánh {comparison.old} → {comparison.new}: {summary_words(comparison)}"]
    for plan in comparison.plans:
        lines += ["", *_plan_text(plan)]
        if old_id := renamed_id(comparison, plan):
            lines.append(f"  {_renamed_words(old_id, plan)}")
    if comparison.problems:
        lines += ["", "Không đọc được (không so sánh):"]
        lines += [f"  {finding}" for finding in comparison.problems]
    return "\n".join(lines) + "\n"


def _plan_text(plan: PlanChange) -> Iterator[str]:
    if plan.kind in WHOLE_PLAN:
        yield one_line(
            f"{WHOLE_PLAN[plan.kind]}: {plan_heading(plan.plan)} — {plan.path}, "
            f"{len(plan.plan.tasks)} nhiệm vụ"
        )
        return
    yield one_line(f"{plan_heading(plan.plan)} — {plan.path}")  # a file name may hold "\n"
    yield from (f"  {edit_words(edit, 'Plan')}" for edit in plan.edits)
    for task in plan.tasks:
        yield f"  {task_heading(task)}"
        yield from (f"    {line}" for line in change_lines(task))


# --- Markdown (a merge request comment) -------------------------------------------------


def as_markdown(comparison: Comparison) -> str:
    lines = [
        f"### kehoach: thay đổi kế hoạch `{comparison.old}` → `{comparison.new}`",
        "",
        f"**{summary_words(comparison)}**",
    ]
    for plan in comparison.plans:
        lines += ["", *_plan_markdown(plan)]
        if old_id := renamed_id(comparison, plan):
            lines += ["", f"⚠ {md_text(_renamed_words(old_id, plan))}"]
    if comparison.problems:
        lines += ["", "**Không đọc được (không so sánh):**", ""]
        lines += [f"- {md_code(str(finding))}" for finding in comparison.problems]
    if comparison.findings:  # on the merge request, not only in the job's log (fresh38)
        lines += ["", "**Cần xem lại:**", ""]
        lines += [f"- {md_code(str(finding))}" for finding in comparison.findings]
    return "\n".join(lines) + "\n"


def _plan_markdown(plan: PlanChange) -> list[str]:
    heading = f"#### {md_text(plan_heading(plan.plan))} ({md_code(plan.path)})"
    if plan.kind in WHOLE_PLAN:
        return [heading, "", f"{WHOLE_PLAN[plan.kind]}, {len(plan.plan.tasks)} nhiệm vụ."]
    headers = ["Nhiệm vụ", "Thay đổi", "Trước", "Sau", "Lý do · quyết định"]
    rows = [_edit_row("Kế hoạch", edit, "Plan") for edit in plan.edits]
    rows += [row for task in plan.tasks for row in _task_rows(task)]
    extra: list[str] = []
    return [heading, "", *extra, *md_table(headers, rows, right_from=len(headers))]


def _task_rows(task: TaskChange) -> Iterator[list[str]]:
    name = f"{task.task_id} · {short_title(task.title, 60)}"
    if task.kind == "removed":
        yield [name, "Bỏ nhiệm vụ", "", "", ""]
        return
    if task.kind == "added":
        phrases = "\n".join(
            one_line(_phrase(m.new or "", m.new_due, m.new_written)) for m in task.moves
        )
        yield [name, "Nhiệm vụ mới", "", phrases, ""]
        return
    if task.old_id:
        yield [name, "Đổi số", task.old_id, task.task_id, ""]
    for move in task.moves:
        yield [name, *_move_cells(move, task)]
    for shift in task.periods:
        what = f"Kỳ định kỳ (mốc {shift.milestone})" if task.milestone_count > 1 else "Kỳ định kỳ"
        yield [name, what, "", one_line(_periods_words(shift)), _start_words(shift)]
    for change in task.reassignments:
        yield [
            name,
            ROLES[change.role].capitalize(),
            ", ".join(change.removed),
            ", ".join(change.added),
            "",
        ]
    if task.status is not None:
        yield [name, "Tình trạng", *_statuses(task.status), ""]
    yield from (_edit_row(name, edit, "Task") for edit in task.edits)


def _edit_row(name: str, edit: FieldEdit, model: str) -> list[str]:
    old, new = (one_line(v) for v in _edit_values(edit))
    kind = KIND_WORDS[bool(edit.new)] if model == "Plan" and edit.key == "standing" else ""
    return [name, _edit_name(edit, model), old, new + _entries_changed(edit), kind]


def _edit_values(edit: FieldEdit) -> tuple[str, str]:
    """An edited field's value before and after, as `value_words` gives them; two long
    texts alike but for one part (a note a word was added to) only around that part."""
    texts = isinstance(edit.old, str) and isinstance(edit.new, str)
    if texts and (abridged := _around_the_change(str(edit.old), str(edit.new))):
        return abridged
    return value_words(edit.old), value_words(edit.new)


# Past this many characters a text is shown around its change: `done --note` adds a few
# words to a note of a whole paragraph (KH 348 task 1's is 1,900 characters), which the
# diff printed twice, whole; a shorter text stays whole on both sides (issue 17).
_LONG_TEXT = 300
_CONTEXT = 30  # characters of the unchanged text kept either side of the change


def _alike(one: str, other: str) -> int:
    """How many characters `one` and `other` have alike from their start."""
    return next(
        (at for at, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )


def _around_the_change(old: str, new: str) -> tuple[str, str] | None:
    """("…giữ nguyên.”", "…giữ nguyên.” Đã nhận đủ báo cáo"): `old` and `new` from a few
    words before their first difference to a few after their last, "…" where cut; None
    when both are short or they differ near both ends (shown whole)."""
    if max(len(old), len(new)) <= _LONG_TEXT:
        return None
    start = _alike(old, new)
    end = _alike(old[start:][::-1], new[start:][::-1])
    if start < _CONTEXT and end < _CONTEXT:
        return None

    def around(text: str) -> str:
        head = text[:start]
        if len(head) > _CONTEXT:
            cut = head.find(" ", len(head) - _CONTEXT)
            head = "…" + head[cut + 1 if 0 <= cut < len(head) - 1 else len(head) - _CONTEXT :]
        tail = text[len(text) - end :]
        if len(tail) > _CONTEXT:
            cut = tail.rfind(" ", 0, _CONTEXT)
            tail = tail[: cut if cut > 0 else _CONTEXT] + "…"
        return f'"{head}{text[start : len(text) - end]}{tail}"'

    return around(old), around(new)


def _move_cells(move: Move, task: TaskChange) -> list[str]:
    what = _milestone(move, task).capitalize()
    old = _phrase(move.old, move.old_due, move.old_written) if move.old else ""
    new = _phrase(move.new, move.new_due, move.new_written) if move.new else ""
    shift = shift_words(move.shift)
    moved = Markup(f"{md_text(one_line(new))} · **{shift}**") if shift and new else one_line(new)
    why = [_rereading(move)] if move.reread else reason_lines(move)
    return [what, one_line(old), moved, "\n".join(map(one_line, why))]


# --- JSON -------------------------------------------------------------------------------


def as_json(comparison: Comparison) -> str:
    document = {
        "schema": SCHEMA,
        "old": comparison.old,
        "new": comparison.new,
        "summary": comparison.summary(),
        "plans": [_plan_record(plan) for plan in comparison.plans],
        "problems": [problem_record(finding) for finding in comparison.problems],
        "findings": [problem_record(finding) for finding in comparison.findings],
    }
    return dumps(document)


def dumps(document: Any) -> str:
    return (
        json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, default=json_default)
        + "\n"
    )


def _plan_record(plan: PlanChange) -> dict[str, Any]:
    return {
        "change": plan.kind,
        "plan_id": plan.plan.id,
        "plan_number": plan.plan.number,
        "title": plan.plan.title,
        "path": plan.path,
        "fields": list(plan.fields),
        "edits": [edit_record(edit, "Plan") for edit in plan.edits],
        "tasks": [task_record(task) for task in plan.tasks],
    }


def task_record(task: TaskChange) -> dict[str, Any]:
    status = task.status
    return {
        "change": task.kind,
        "task_id": task.task_id,
        "old_task_id": task.old_id,
        "title": task.title,
        "fields": list(task.fields),
        "edits": [edit_record(edit, "Task") for edit in task.edits],
        "deadlines": [_move_record(move) for move in task.moves],
        "periods": [_periods_record(shift) for shift in task.periods],
        "agencies": [
            {"role": c.role, "removed": list(c.removed), "added": list(c.added)}
            for c in task.reassignments
        ],
        "status": None
        if status is None
        else {
            "old": status.old,
            "new": status.new,
            "old_completed": status.old_completed,
            "new_completed": status.new_completed,
        },
    }


def edit_record(edit: FieldEdit, model: str) -> dict[str, Any]:
    return {
        "field": edit.key,
        "name": field_name(model, edit.key),
        "old": _plain(edit.old),
        "new": _plain(edit.new),
    }


def _plain(value: object) -> object:
    """A value as the file holds it, for JSON: entries as their keys, days as dates."""
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=True, exclude_none=True)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _move_record(move: Move) -> dict[str, Any]:
    recorded, anchor = move.recorded, move.anchor
    return {
        "milestone": move.milestone,
        "old_phrase": move.old,
        "new_phrase": move.new,
        "old_due": move.old_due,
        "new_due": move.new_due,
        "old_due_as_written": move.old_written,
        "new_due_as_written": move.new_written,
        "shift_days": move.shift,
        "reason": recorded.reason if recorded else anchor.words if anchor else None,
        "decided_by": recorded.decided_by if recorded else anchor.decided_by if anchor else None,
        "decided_on": recorded.date if recorded else None,
        "explained": move.explained if move.moved else None,
        "dated": move.dated,
        "reread": move.reread,
        "moves": [_step_record(change) for change in move.chain()],
    }


def _periods_record(shift: PeriodShift) -> dict[str, Any]:
    return {
        "milestone": shift.milestone,
        "old_start": shift.old_start,
        "new_start": shift.new_start,
        "added": [
            {
                "period": d.period,
                "due": d.due,
                "due_as_written": d.written or d.due,
                "overdue": d.overdue,
            }
            for d in shift.added
        ],
        "removed": [
            {"period": d.period, "due": d.due, "due_as_written": d.written or d.due}
            for d in shift.removed
        ],
    }


def _step_record(change: Change) -> dict[str, Any]:
    return {
        "from": change.from_,
        "to": change.to,
        "reason": change.reason,
        "decided_by": change.decided_by,
        "decided_on": change.date,
    }


FORMATS: dict[str, Callable[[Comparison], str]] = {
    "text": as_text,
    "markdown": as_markdown,
    "json": as_json,
}

"""Validation rules over a loaded repository. Each rule is a function yielding findings.

The schema (model.py) already checked shapes and types while loading; these rules check
what needs more than one field: readable deadlines, references, agencies, history.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kehoach.base.findings import Finding, error, warning
from kehoach.base.text import nfc, odd_spacing, shown_unseen, squash
from kehoach.dates.deadline import DeadlineError
from kehoach.dates.grammar import WRITE_THE_DAYS, Refusal, with_way_out
from kehoach.dates.reading import Context, DeadlineKind, Relative, Series
from kehoach.dates.recurrence import (
    Occurrence,
    due_within,
    find_period,
    next_occurrence,
    period_key,
)
from kehoach.dates.standing import may_read
from kehoach.dates.workdays import Calendar, CountError, check_count
from kehoach.plan.agencies import CENTRAL, Directory, Scope, collective, plan_day
from kehoach.plan.elsewhere import points_elsewhere
from kehoach.plan.loader import PlanFile, Repository
from kehoach.plan.model import (
    Agency,
    AgencyKind,
    Change,
    Milestone,
    PeriodReport,
    Status,
    Task,
)
from kehoach.plan.national import National, load_national, slug
from kehoach.plan.relative import (
    AnchorError,
    anchor_of,
    matched_loosely,
    relative_of,
    resolve,
    unknown_anchor,
)
from kehoach.plan.schedule import (
    Floor,
    Slot,
    completion_floor,
    context_for,
    gloss_of,
    milestone_context,
    owed_by_rule,
    read_milestone,
    read_phrase,
    rule_spans,
    series_start,
)
from kehoach.plan.settings import Settings
from kehoach.plan.several import several_example
from kehoach.plan.yamlread import Loc, Located


@dataclass(frozen=True)
class Check:
    """What every rule gets: the repository, its settings, its working-day calendar."""

    repo: Repository
    settings: Settings
    calendar: Calendar | None = None  # None: counts in working days are not checked
    today: date | None = None  # None: nothing is compared with the day of the check


Rule = Callable[[Check], Iterator[Finding]]


def _at(pf: PlanFile, loc: Loc) -> tuple[int, int]:
    return pf.located.where(loc)


def _tasks(check: Check) -> Iterator[tuple[PlanFile, int, Task]]:
    for pf in check.repo.plans:
        for index, task in enumerate(pf.plan.tasks):
            yield pf, index, task


def unique_plan_ids(check: Check) -> Iterator[Finding]:
    """Plan ids name plans across the repository, so two files may not share one."""
    first: dict[str, PlanFile] = {}
    for pf in check.repo.plans:
        if pf.plan.id in first:
            other = first[pf.plan.id].name
            msg = f"mã kế hoạch '{pf.plan.id}' đã dùng ở {other}"
            yield error(pf.name, _at(pf, ("id",)), "duplicate-plan-id", msg)
        first.setdefault(pf.plan.id, pf)


def unique_task_ids(check: Check) -> Iterator[Finding]:
    for pf in check.repo.plans:
        seen: set[str] = set()
        for index, task in enumerate(pf.plan.tasks):
            if task.id in seen:
                msg = f"mã nhiệm vụ '{task.id}' bị lặp trong kế hoạch '{pf.plan.id}'"
                yield error(pf.name, _at(pf, ("tasks", index, "id")), "duplicate-task-id", msg)
            seen.add(task.id)


def one_deadline_form(check: Check) -> Iterator[Finding]:
    """A task writes `deadline` (one) or `deadlines` (several), never both or neither."""
    for pf, index, task in _tasks(check):
        where = _at(pf, ("tasks", index))
        if task.deadline is not None and task.deadlines is not None:
            yield error(pf.name, where, "deadline-twice", "chỉ dùng 'deadline' hoặc 'deadlines'")
        elif task.deadline is None and task.deadlines is None:
            yield error(pf.name, where, "deadline-missing", _no_deadline(task))


def _no_deadline(task: Task) -> str:
    """Why a task without `deadline` is refused; when its history records a move, the
    line was deleted by hand (a clerk's slip): the phrase of the last move is the one to
    write back. One finding: the history's own checks skip such a task."""
    said = f"nhiệm vụ '{task.id}' thiếu trường 'deadline' (không có thời hạn)"
    if task.history:
        last = task.history[-1]
        return (
            f"{said}; lần dời cuối trong lịch sử ({last.date:%d/%m/%Y}) ghi thời hạn mới "
            f'"{last.to}": ghi lại deadline: "{last.to}", hoặc nếu văn bản không nêu, '
            'ghi rõ deadline: "Không nêu thời hạn"'
        )
    return f'{said}; nếu văn bản không nêu, ghi rõ deadline: "Không nêu thời hạn"'


def _phrase_loc(task: Task, index: int, m_index: int) -> Loc:
    if task.deadlines is None:
        return ("tasks", index, "deadline")
    return ("tasks", index, "deadlines", m_index, "phrase")


def _unreadable(exc: DeadlineError, issued: date | None) -> str:
    """Why a phrase does not read, with the way out (last_day, or "Không nêu thời hạn")
    said once: the deadline language's own reason may already give it. A phrase that lacks
    only its year, in a plan with no `issued`, is read once the plan has its issue day."""
    reason = str(exc)
    if issued is None and exc.kind is Refusal.NO_YEAR:
        # the form, not "last_day next to the phrase" alone: beside `deadline:` it is an
        # unknown field (fresh13), and a clerk who knows no issue day has only this way
        return (
            f"{reason}. Ghi ngày ban hành của văn bản ở đầu tệp (issued: YYYY-MM-DD) để lấy "
            f"năm của kế hoạch, hoặc {WRITE_THE_DAYS}"
        )
    return with_way_out(reason, exc.kind)


def _standing_hint(milestone: Milestone, context: Context) -> str:
    """The plan field that reads a refused phrase when it is a standing rule's day ("trước
    ngày 10 tháng 01 của năm sau" in a reporting regime): `standing: true` (fresh26: the
    message asked the clerk to change the printed phrase instead)."""
    if context.standing or not may_read(milestone.phrase):
        return ""
    try:
        read_milestone(milestone, replace(context, standing=True))
    except DeadlineError:
        return ""
    return (
        "; nếu tệp chép một quy định áp dụng hằng năm (luật, chế độ báo cáo, quy chế), ghi "
        "standing: true ở đầu tệp"
    )


def readable_deadlines(check: Check) -> Iterator[Finding]:
    """Every phrase reads to a deadline, and none falls before the plan was issued."""
    for pf, index, task in _tasks(check):
        context = context_for(pf.plan, check.settings)
        for m_index, milestone in enumerate(task.milestones):
            where = _at(pf, _phrase_loc(task, index, m_index))
            try:
                deadline = read_milestone(milestone, context)
            except DeadlineError as exc:
                said = _unreadable(exc, pf.plan.issued) + _standing_hint(milestone, context)
                found = error(pf.name, where, "deadline-unreadable", said)
                in_list = task.deadlines is not None
                example = several_example(
                    exc, milestone_context(milestone, context), in_list=in_list
                )
                yield replace(found, example=example)
                continue
            issued = pf.plan.issued
            if issued and deadline.last and deadline.last < issued:
                msg = (
                    f"thời hạn {milestone.phrase!r} ({deadline.last:%d/%m/%Y}) "
                    f"trước ngày ban hành kế hoạch ({issued:%d/%m/%Y})"
                )
                yield warning(pf.name, where, "deadline-before-issued", msg)
            yield from _override_agrees(pf, task, index, m_index, check)


# A plan's issue year mistyped ("issued: 2016-01-13" for 2026, fresh37's trial): its
# year-less phrases ("Trước ngày 15/12") take the wrong year without a word, ten years
# overdue. A plan that writes the year of its deadlines names its own time: when every one
# of them falls `ISSUED_GAP` years or more after the issue year while some phrase takes its
# year from the issue day, the issue year is the likelier slip.
ISSUED_GAP = 3


def issued_year_plausible(check: Check) -> Iterator[Finding]:
    """Warn of an issue year that lies years before every deadline the plan dates itself,
    when phrases take their year from it (`ISSUED_GAP`)."""
    for pf in check.repo.plans:
        issued = pf.plan.issued
        if issued is None:
            continue
        context = context_for(pf.plan, check.settings)
        written, borrowed = [], 0
        for task in pf.plan.tasks:
            for milestone in task.milestones:
                try:
                    deadline = read_milestone(milestone, context)
                except DeadlineError:
                    continue
                if deadline.year_from == "plan":
                    borrowed += 1
                elif deadline.last is not None:
                    written.append(deadline.last)
        if borrowed and len(written) >= 2 and min(written).year - issued.year >= ISSUED_GAP:
            msg = (
                f"ngày ban hành {issued:%d/%m/%Y} sớm hơn mọi thời hạn ghi năm của kế hoạch "
                f"ít nhất {min(written).year - issued.year} năm (sớm nhất {min(written):%d/%m/%Y}), "
                f"mà {borrowed} cụm từ không ghi năm đang lấy năm {issued.year}: có thể viết "
                "nhầm năm ban hành; đối chiếu với văn bản và sửa issued"
            )
            yield warning(pf.name, _at(pf, ("issued",)), "issued-year-unlikely", msg)


def _override_agrees(
    pf: PlanFile, task: Task, index: int, m_index: int, check: Check
) -> Iterator[Finding]:
    milestone = task.milestones[m_index]
    if milestone.last_day is None:
        return
    try:
        context = milestone_context(milestone, context_for(pf.plan, check.settings))
        parsed = read_phrase(milestone.phrase, context)
    except DeadlineError:
        return  # the override is what makes this phrase usable
    first = milestone.first_day or milestone.last_day
    if parsed.last != milestone.last_day or (milestone.first_day and parsed.first != first):
        where = _at(pf, ("tasks", index, "deadlines", m_index, "last_day"))
        msg = f"last_day khác với cách đọc cụm từ ({parsed.reading})"
        yield warning(pf.name, where, "override-differs", msg)


def first_day_with_last_day(check: Check) -> Iterator[Finding]:
    """`first_day` starts the window an override ends: it needs `last_day`, not after it."""
    for pf, index, task in _tasks(check):
        for m_index, milestone in enumerate(task.milestones):
            first, last = milestone.first_day, milestone.last_day
            if first is not None and (last is None or first > last):
                where = _at(pf, ("tasks", index, "deadlines", m_index, "first_day"))
                msg = (
                    "first_day là ngày bắt đầu của một khoảng: cần last_day, và không sau last_day"
                )
                yield error(pf.name, where, "first-day-alone", msg)


def references_exist(check: Check) -> Iterator[Finding]:
    """`depends_on` and `part_of` name tasks of the same plan."""
    ids: set[str] = set()
    for pf, index, task in _tasks(check):
        if index == 0:  # once per plan: rebuilding it per task made the rule quadratic
            ids = {t.id for t in pf.plan.tasks}
        refs: list[tuple[Loc, str]] = [
            (("tasks", index, "depends_on", i), ref) for i, ref in enumerate(task.depends_on)
        ]
        if task.part_of is not None:
            refs.append((("tasks", index, "part_of"), task.part_of))
        for loc, ref in refs:
            if ref not in ids:
                msg = f"nhiệm vụ '{task.id}' tham chiếu nhiệm vụ không tồn tại '{ref}'"
                yield error(pf.name, _at(pf, loc), "unknown-task", msg)
            elif ref == task.id:
                msg = f"nhiệm vụ '{task.id}' tham chiếu chính nó"
                yield error(pf.name, _at(pf, loc), "self-reference", msg)


def no_dependency_cycles(check: Check) -> Iterator[Finding]:
    for pf in check.repo.plans:
        graph = {t.id: [d for d in t.depends_on if d != t.id] for t in pf.plan.tasks}
        for cycle in _cycles(graph):
            index = next(i for i, t in enumerate(pf.plan.tasks) if t.id == cycle[0])
            path = " → ".join([*cycle, cycle[0]])
            msg = f"phụ thuộc vòng tròn: {path}"
            yield error(pf.name, _at(pf, ("tasks", index, "depends_on")), "dependency-cycle", msg)


def _cycles(graph: dict[str, list[str]]) -> Iterator[list[str]]:
    """Each cycle once, starting from its first node in file order (iterative DFS)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for root, children in graph.items():
        if root in state:
            continue
        path: list[str] = []
        stack: list[tuple[str, Iterator[str]]] = [(root, iter(children))]
        state[root] = 1
        path.append(root)
        while stack:
            node, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                yield path[path.index(child) :]
            elif child not in state and child in graph:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(graph[child])))


def completion_consistent(check: Check) -> Iterator[Finding]:
    """A done task says when; a completion date belongs to a done task."""
    for pf, index, task in _tasks(check):
        if task.status is Status.DONE and task.completed is None:
            msg = f"nhiệm vụ '{task.id}' đã hoàn thành (done) nhưng thiếu ngày 'completed'"
            yield error(pf.name, _at(pf, ("tasks", index, "status")), "done-without-date", msg)
        if task.completed is not None and task.status is not Status.DONE:
            msg = f"nhiệm vụ '{task.id}' có ngày 'completed' nhưng status không phải done"
            yield warning(
                pf.name, _at(pf, ("tasks", index, "completed")), "completed-not-done", msg
            )


def completed_before_plan(check: Check) -> Iterator[Finding]:
    """A task or milestone done, or a period's report sent, before the plan exists (its
    issue day; with none, the year of its earliest deadline: `completion_floor`): more
    than a year before, an error, as `done` refuses it (a typo of the year, "01/01/2020" on
    a plan of 2026, would count the task done on time); less, a warning (work may be done while its plan is drafted)."""
    floors: dict[int, Floor | None] = {}  # per plan: with no issue day, every phrase is read
    for pf, index, task in _tasks(check):
        if not _any_completed(task):
            continue
        if id(pf) not in floors:
            floors[id(pf)] = completion_floor(pf.plan, check.settings)
        if (floor := floors[id(pf)]) is None:
            continue
        days: list[tuple[date | None, Loc, str | None]] = [
            (task.completed, ("tasks", index, "completed"), None)
        ]
        days += [
            (m.completed, ("tasks", index, "deadlines", at, "completed"), None)
            for at, m in enumerate(task.deadlines or [])
        ]
        days += [  # a period's report: `done` refuses it as it refuses a completion
            (r.sent, ("tasks", index, "reports", at, "sent"), r.period)
            for at, r in enumerate(task.reports)
        ]
        for day, loc, period in days:
            if day is not None and (msg := floor.refuses(day, period)):
                finding = error if floor.is_typo(day) else warning
                yield finding(pf.name, _at(pf, loc), "completed-early", msg)


def _any_completed(task: Task) -> bool:
    return (
        task.completed is not None
        or any(m.completed for m in task.deadlines or [])
        or bool(task.reports)
    )


def completion_after_start(check: Check) -> Iterator[Finding]:
    """A task, or a milestone, recorded done before its deadline's window opens ("từ ngày
    05/10/2025 đến hết ngày 05/11/2025" done on 03/10/2025) is most often a slip of the day
    typed: say so (a warning, as for a day before the plan's issue day). The window opens on
    a window's first day, or on the start bound a phrase gives ("bắt đầu từ tháng 4/2027");
    a task opens with the first of its milestones, and not at all when one of them has no
    start (a day alone may be met at any time). A period's report sent before the period
    begins is `periodic_reports`'s report-before-period."""
    for pf, index, task in _tasks(check):
        opens = [_opens(pf, milestone, check) for milestone in task.milestones]
        if task.completed is not None and opens and None not in opens:
            first = min(day for day in opens if day is not None)
            if task.completed < first:
                msg = _before_start("ngày hoàn thành", task.completed, first)
                loc: Loc = ("tasks", index, "completed")
                yield warning(pf.name, _at(pf, loc), "completed-before-start", msg)
        for m_index, milestone in enumerate(task.deadlines or []):
            day, start = milestone.completed, opens[m_index]
            if day is not None and start is not None and day < start:
                msg = _before_start(f"ngày hoàn thành mốc {m_index + 1}", day, start)
                loc = ("tasks", index, "deadlines", m_index, "completed")
                yield warning(pf.name, _at(pf, loc), "completed-before-start", msg)


def _opens(pf: PlanFile, milestone: Milestone, check: Check) -> date | None:
    """The first day of the milestone's window, or its start bound; None when it has none
    (or its phrase is unreadable: readable_deadlines says so)."""
    try:
        deadline = read_milestone(milestone, context_for(pf.plan, check.settings))
    except DeadlineError:
        return None
    if deadline.kind is DeadlineKind.WINDOW and deadline.first is not None:
        return deadline.first
    return deadline.earliest


def _before_start(what: str, day: date, opens: date) -> str:
    return (
        f"{what} {day:%d/%m/%Y} trước khi thời hạn bắt đầu ({opens:%d/%m/%Y}) — kiểm tra lại ngày"
    )


def completion_not_future(check: Check) -> Iterator[Finding]:
    """A task, a milestone or a period's report done after the day of the check (today,
    or validate's --as-of) is a typo or a planned day written as done: `status` counts it
    as not done until then, so say so (a warning: the file itself is well formed)."""
    today = check.today
    if today is None:
        return
    for pf, index, task in _tasks(check):
        for day, loc, what in _done_days(task, index):
            if day is not None and day > today:
                msg = (
                    f"nhiệm vụ '{task.id}': {what} là {day:%d/%m/%Y}, sau ngày kiểm tra "
                    f"({today:%d/%m/%Y}); đến ngày đó vẫn tính là chưa xong — kiểm tra lại ngày"
                )
                yield warning(pf.name, _at(pf, loc), "completed-in-future", msg)


def _done_days(task: Task, index: int) -> Iterator[tuple[date | None, Loc, str]]:
    """Every day the task records something as done or sent, where, and what it is."""
    yield task.completed, ("tasks", index, "completed"), "ngày hoàn thành"
    for m_index, milestone in enumerate(task.deadlines or []):
        loc: Loc = ("tasks", index, "deadlines", m_index, "completed")
        yield milestone.completed, loc, f"ngày hoàn thành mốc {m_index + 1}"
    for r_index, report in enumerate(task.reports):
        loc = ("tasks", index, "reports", r_index, "sent")
        yield report.sent, loc, f"ngày gửi báo cáo kỳ {report.period}"


def agencies_known(check: Check) -> Iterator[Finding]:
    """Every lead and supporting agency resolves to exactly one body of the plan's jurisdiction."""
    directory = check.repo.directory
    if directory is None:
        if check.repo.registry_name is None:
            for pf in check.repo.plans:
                msg = (
                    "không tìm thấy danh mục cơ quan (plans/agencies.yaml); hãy tạo tệp "
                    "agencies.yaml trong thư mục kế hoạch: 'schema: 1', 'jurisdiction: TỈNH' "
                    "và 'agencies:' liệt kê các cơ quan riêng của tỉnh (sở, UBND, bộ, các "
                    "phòng của xã có trong danh mục quốc gia của kehoach thì không cần ghi; "
                    "không có cơ quan riêng thì ghi 'agencies: []')"
                )
                yield error(pf.name, (1, 1), "no-registry", msg)
        return
    for pf, index, task in _tasks(check):
        scope = directory.scope_for(pf.plan)
        for role in ("lead", "support"):
            names: list[str] = getattr(task, role)
            split = _split_names(names, directory, scope)
            for i, name in enumerate(names):
                loc: Loc = ("tasks", index, role, i)
                if i in split:
                    if split[i]:
                        yield error(pf.name, _at(pf, loc), "split-agency-name", split[i])
                    continue
                alone = role == "lead" and len(names) == 1
                yield from _agency_finding(pf, loc, name, directory, scope, alone=alone)


def _split_names(names: list[str], directory: Directory, scope: Scope) -> dict[int, str]:
    """Items of a YAML flow list that are one agency's name cut at its commas.

    `[UBND các huyện, thành phố, thị xã]` is three items to YAML; when the items do not
    resolve but their join does, the name wants quotes. So does a name whose later pieces
    no body is called alone (`[Các sở, ban, ngành]`: "ban", "ngành"; `[UBND cấp xã,
    phường]`), known or not: one finding that says why, not one "unknown" for each piece."""
    out: dict[int, str] = {}
    start = 0
    while start < len(names):
        for end in range(len(names), start + 1, -1):
            joined = ", ".join(names[start:end])
            first = directory.resolve(names[start], scope) is not None
            known = directory.resolve(joined, scope) is not None
            if (known and not first) or all(_fragment(n) for n in names[start + 1 : end]):
                msg = (
                    f"tên cơ quan bị tách ở dấu phẩy thành {end - start} mục; đặt trong ngoặc "
                    f'kép: "{joined}"'
                    + ("" if known else " (rồi ghi tên đó vào agencies.yaml nếu danh mục chưa có)")
                )
                out.update(dict.fromkeys(range(start + 1, end), ""))  # one finding per name
                out[start] = msg
                start = end - 1
                break
        start += 1
    return out


# Words that name no body alone, only a piece of a list of bodies ("Các sở, ban, ngành",
# "UBND các huyện, thành phố, thị xã"): an item made of them was cut from a name at a comma.
_FRAGMENTS = frozenset(
    squash(w)
    for w in ("ban", "ngành", "đoàn thể", "phường", "xã", "thị xã", "thị trấn", "thành phố",
              "huyện", "quận", "đặc khu", "đơn vị", "địa phương", "cơ quan", "hội")
)  # fmt: skip


def _fragment(name: str) -> bool:
    return squash(name) in _FRAGMENTS


# A commune's People's Committee by its name, "UBND xã Đô Lương", in a province's plan:
# the national registry lists no commune (its `not_confirmed`), so without a hint the
# clerk of a xã named in the province's plan learnt only "không có cơ quan … trong danh mục"
_ONE_COMMUNE = re.compile(r"(?:ubnd|uy ban nhan dan) (?:xa|phuong|dac khu) (?!cac\b)\S")


def _elsewhere_message(name: str) -> str:
    """The way out for a cell that points to an appendix for its bodies, as `import` says it:
    each body the appendix names is given its own task (the document's own split)."""
    return (
        f"'{name}' không nêu tên cơ quan nào: ô phân công chỉ tới chỗ khác của văn bản; "
        "tách nhiệm vụ theo từng cơ quan ở đó (mỗi cơ quan một nhiệm vụ, id như 3.1, 3.2, "
        'lead là cơ quan ấy), hoặc ghi "Không nêu cơ quan chủ trì" nếu văn bản không giao'
    )


def _agency_finding(
    pf: PlanFile, loc: Loc, name: str, directory: Directory, scope: Scope, *, alone: bool
) -> Iterator[Finding]:
    agency = directory.resolve(name, scope)
    where = _at(pf, loc)
    if agency is None:
        message = directory.unknown(name, scope)
        if _ONE_COMMUNE.match(squash(name)):  # "có phải: Văn phòng Chính phủ?" misleads
            message = f"không có cơ quan '{name}' trong danh mục"
        if _a_communes(name, directory, scope):  # its guesses would be unrelated bodies
            message = (
                f"không có cơ quan '{name}' trong danh mục: '{name}' là cơ quan của một xã, "
                "phường, đặc khu: ghi 'commune:' (xã, phường, đặc khu ban hành kế hoạch)"
            )
        message += _district_hint(name, pf, directory)
        message += _registry_hint(name, directory, scope)
        if pf.plan.jurisdiction is None and (hint := _no_jurisdiction_hint(name, directory)):
            # the name is known, its province unsaid: guesses among ministries mislead
            message = f"không có cơ quan '{name}' trong danh mục{hint}"
        if points_elsewhere(name):  # a sentence, not a body: its guesses mislead
            yield error(pf.name, where, "lead-elsewhere", _elsewhere_message(name))
            return
        yield error(pf.name, where, "unknown-agency", message)
        return
    spelled = directory.spelling(name, scope)
    if spelled is not None:  # found only by folding: converge on the registry's spelling
        # an invisible character shown: "Ea<U+200B>Ly" is what differs from "Ea Ly"
        spacing = odd_spacing(name)  # else quoted as the spelling: "'X' là X; ghi 'X'"
        odd = f" (có {spacing})" if spacing else ""
        msg = f"'{shown_unseen(name)}'{odd} là {agency.name}; ghi theo danh mục: '{spelled}'"
        yield warning(pf.name, where, "agency-spelling", msg)
    if agency.kind is AgencyKind.UNSTATED and not alone:
        msg = f"'{name}' chỉ dùng một mình trong 'lead', khi văn bản không giao cơ quan chủ trì"
        yield error(pf.name, where, "unstated-lead", msg)
    issued = pf.plan.issued
    if issued and agency.valid_until and issued > agency.valid_until:
        heirs = directory.successors(agency)
        heir = f"; cơ quan kế thừa: {heirs[0].name}" if heirs else ""
        # valid_until is the body's last day (the registry's field): it still existed then.
        until = agency.valid_until
        msg = f"{agency.name} chỉ còn đến hết ngày {until:%d/%m/%Y}, trước ngày ban hành{heir}"
        yield warning(pf.name, where, "agency-expired", msg)
    new_unit = directory.never_had(agency)
    if issued and new_unit and new_unit.valid_from and issued >= new_unit.valid_from:
        heirs = directory.successors(agency)
        heir = f"; cơ quan kế thừa: {heirs[0].name}" if heirs else ""
        msg = (
            f"{agency.name}: {new_unit.unit} lập từ {new_unit.valid_from:%d/%m/%Y} không có cơ "
            f"quan này (các sở hợp nhất năm 2025 theo Nghị định 45/2025/NĐ-CP, trước khi "
            f"tỉnh được lập){heir}"
        )
        yield warning(pf.name, where, "agency-expired", msg)
    if issued and agency.valid_from and issued < agency.valid_from:
        msg = f"{agency.name} chỉ có từ {agency.valid_from:%d/%m/%Y}, sau ngày ban hành kế hoạch"
        yield warning(pf.name, where, "agency-not-yet", msg)


def jurisdictions_known(check: Check) -> Iterator[Finding]:
    """A plan's jurisdiction is a province or city (before or after 2025) or 'Trung ương'."""
    directory = check.repo.directory
    national = directory.national if directory else load_national()
    for pf in check.repo.plans:
        plan = pf.plan
        if plan.jurisdiction is None:
            if plan.commune is not None:
                msg = "có 'commune' nhưng thiếu 'jurisdiction' (tỉnh, thành phố của xã, phường)"
                yield error(pf.name, _at(pf, ("commune",)), "unknown-jurisdiction", msg)
            continue
        if squash(plan.jurisdiction) in CENTRAL:
            continue
        if national.find_provinces(plan.jurisdiction):
            yield from _province_merged_away(pf, national)
            continue
        yield error(
            pf.name,
            _at(pf, ("jurisdiction",)),
            "unknown-jurisdiction",
            _unknown_province(plan.jurisdiction, national),
        )


# A district's word (huyện, quận, thị xã) standing alone in a name: "UBND huyện Trảng Bom",
# not "Cơ quan" (whose folded form holds "quan"), so matched with its diacritics.
_DISTRICT = re.compile(r"(?<!\w)(huyện|quận|thị xã)(?!\w)")


def _district_hint(name: str, pf: PlanFile, directory: Directory) -> str:
    """For a district's body named by a plan dated after districts ended (30/6/2025, the
    level "Cấp huyện" of the national registry, Nghị quyết 60-NQ/TW): why it is unknown
    and what to write instead; "" otherwise. The plan copied an old template's names."""
    day = plan_day(pf.plan)
    levels = directory.national.levels
    until = next((t.valid_until for t in levels if t.id == "cap-huyen"), None)
    if day is None or until is None or day <= until or not _DISTRICT.search(nfc(name).lower()):
        return ""
    return (
        f"; cấp huyện chấm dứt hoạt động từ {until + timedelta(days=1):%d/%m/%Y} (Nghị quyết "
        "60-NQ/TW), trước ngày của kế hoạch: ghi cơ quan nay đảm nhận việc này (UBND xã, "
        "phường hoặc cơ quan cấp tỉnh)"
    )


def _no_jurisdiction_hint(name: str, directory: Directory) -> str:
    """For a name unknown in a plan that states no `jurisdiction` (`kehoach new` writes
    `jurisdiction: null`) but known in a province: a plan of no province reads only the
    registry's entries of no province, levels and ministries, so "Ban Tuyên giáo Tỉnh ủy",
    or the registry's own entry of Nghệ An, is unknown there. Named for the registry's
    province when the name is a body of it ("ghi 'jurisdiction: Nghệ An'": the clerk's
    likely omission), else for any province or city ("Tỉnh ủy" bodies are no city's,
    "Thành ủy" no province's); "" when no province knows it."""
    registry = directory.registry
    provinces = [registry.jurisdiction, *(a.jurisdiction for a in registry.agencies)]
    for province_name in dict.fromkeys(p for p in provinces if p and squash(p) not in CENTRAL):
        province = directory.province_for(province_name, None)
        if province is None:
            continue
        unsaid = (
            "; kế hoạch không ghi 'jurisdiction:' (tỉnh, thành phố ban hành) nên không đọc "
            "được tên cơ quan của tỉnh: "
        )
        scope = Scope(province=province)
        if directory.resolve(name, scope):
            return (
                f"{unsaid}'{name}' là cơ quan của {province.name} khi ghi "
                f"'jurisdiction: {province.name}' (như agencies.yaml)"
            )
        own = {a.name for a in registry.agencies}  # its entries only: a hint, not a guess
        if close := [n for n in directory.suggest(name, scope=scope) if n in own]:  # "UBND"
            return (
                f"{unsaid}với 'jurisdiction: {province.name}' (như agencies.yaml), có phải: "
                f"{', '.join(close)}?"
            )
    national = directory.national
    if any(directory.resolve(name, Scope(province=national.provinces[p])) for p in _SAMPLES):
        return (
            f"; '{name}' là cơ quan của một tỉnh: ghi 'jurisdiction:' (tỉnh, thành phố "
            "ban hành) để biết là của tỉnh nào"
        )
    return ""


# A city and a province: their party committees' bodies are named apart (Thành ủy, Tỉnh ủy).
_SAMPLES = ("ha-noi", "nghe-an")


def _registry_hint(name: str, directory: Directory, scope: Scope) -> str:
    """For a name unknown in the plan's province: the registry's entries of other
    provinces that bear it ("Các sở, ngành" is Nghệ An's group, not Sơn La's), and for a
    collective the registry knows nowhere, where to write it. The national registry holds
    no group ("Các sở, ban, ngành" of a province is whatever its documents make it), so
    the way out is always the repository's agencies.yaml, for the plan's province."""
    province = scope.province
    if province is None:
        return ""
    own = {id(a) for a in directory.registry.agencies}
    elsewhere = [
        a
        for a in directory.by_key.get(squash(name), [])
        if id(a) in own and squash(directory.province_of(a) or "") != squash(province.name)
    ]
    group = any(a.kind is AgencyKind.GROUP for a in elsewhere) or (
        not elsewhere and collective(name)
    )
    kind = ", kind: group" if group else ""
    quoted = nfc(name).strip().replace('"', "'")
    entry = (
        f'{{id: {slug(quoted)}-{province.id}, name: "{quoted}"{kind}, '
        f"jurisdiction: {province.name}}}"
    )
    add = f"nếu văn bản của tỉnh dùng tên này, thêm vào agencies.yaml (dưới agencies:): - {entry}"
    if elsewhere:
        known = ", ".join(
            f"{a.name} ({a.id}) của {directory.province_of(a) or 'không rõ tỉnh'}"
            for a in elsewhere
        )
        return f"; agencies.yaml có tên này cho nơi khác: {known}, không cho {province.unit}: {add}"
    if group:
        return f"; nhóm (tập thể) này không có sẵn trong danh mục quốc gia: {add}"
    if _ONE_COMMUNE.match(squash(name)):
        return f"; danh mục quốc gia không liệt kê từng xã, phường, đặc khu: {add}"
    return ""


def _a_communes(name: str, directory: Directory, scope: Scope) -> bool:
    """Whether `name` is an office every commune has ("Phòng Kinh tế", Nghị định
    150/2025/NĐ-CP) in a plan of a province that names no commune."""
    if scope.province is None or scope.commune:
        return False
    key = squash(name)
    return any(  # the templates' names, not the directory: no body built for a guess
        key == squash(written.replace("{cap}", kind))
        for template in directory.national.communal
        for written in (template.name, *template.aliases)
        for kind in ("xã", "phường", "đặc khu")
    )


def _province_merged_away(pf: PlanFile, national: National) -> Iterator[Finding]:
    """A plan dated after its province was merged into another (Nghị quyết 202/2025/QH15:
    Bình Phước is part of Đồng Nai from 01/7/2025): its names would be read as the
    former province's bodies, which ended before it. A clerk writes the old name by habit;
    the plan may also be a former province's, dated by mistake: a warning, not a guess."""
    day = plan_day(pf.plan)
    found = national.find_provinces(pf.plan.jurisdiction or "")
    if day is None or any(p.valid_until is None or day <= p.valid_until for p in found):
        return
    old = max(found, key=lambda p: p.valid_until or day)
    new = national.provinces.get(old.successor or "")
    if old.valid_until is None or new is None:
        return
    since = old.valid_until + timedelta(days=1)
    law = str(national.sources.get(old.source, {}).get("document", "")).split(" của ")[0]
    msg = (
        f"{old.unit} chỉ còn đến hết ngày {old.valid_until:%d/%m/%Y}, trước ngày của kế hoạch "
        f"({day:%d/%m/%Y}); từ {since:%d/%m/%Y} thuộc {new.unit}"
        + (f" ({' '.join(law.split())})" if law else "")
        + f": ghi 'jurisdiction: {new.name}' nếu kế hoạch là của {new.unit}"
    )
    yield warning(pf.name, _at(pf, ("jurisdiction",)), "jurisdiction-expired", msg)


def _unknown_province(name: str, national: National) -> str:
    names = {squash(p.name): p.name for p in national.provinces.values()}
    close = difflib.get_close_matches(squash(name), list(names), n=3, cutoff=0.6)
    hint = f"; có phải: {', '.join(names[k] for k in close)}?" if close else ""
    return (
        f"không có tỉnh, thành phố '{name}' (34 đơn vị từ 01/7/2025 hoặc 63 đơn vị trước đó; "
        f"'Trung ương' cho bộ, cơ quan trung ương){hint}"
    )


def lead_not_support(check: Check) -> Iterator[Finding]:
    directory = check.repo.directory
    for pf, index, task in _tasks(check):
        scope = directory.scope_for(pf.plan) if directory else None

        def key(name: str, scope: Scope | None = scope) -> str:
            agency = directory.resolve(name, scope) if directory else None
            return agency.id if agency else name

        leads = {key(n) for n in task.lead}
        for i, name in enumerate(task.support):
            if key(name) in leads:
                msg = f"{name!r} vừa chủ trì vừa phối hợp trong nhiệm vụ '{task.id}'"
                yield warning(
                    pf.name, _at(pf, ("tasks", index, "support", i)), "lead-and-support", msg
                )


def registry_consistent(check: Check) -> Iterator[Finding]:
    """Registry ids are unique, names unambiguous, successors exist."""
    directory, located, name = (
        check.repo.directory,
        check.repo.registry_located,
        check.repo.registry_name,
    )
    if directory is None or located is None or name is None:
        return
    agencies = directory.registry.agencies
    yield from _registry_jurisdictions(directory, located, name)
    counts = Counter(a.id for a in agencies)
    for index, agency in enumerate(agencies):
        if counts[agency.id] > 1:
            msg = f"mã cơ quan '{agency.id}' bị lặp"
            yield error(name, located.where(("agencies", index, "id")), "duplicate-agency-id", msg)
        if agency.successor and directory.agency(agency.successor) is None:
            msg = f"cơ quan kế thừa không tồn tại: '{agency.successor}'"
            yield error(
                name, located.where(("agencies", index, "successor")), "unknown-successor", msg
            )
    yield from _successor_cycles(agencies, directory, located, name)
    for key, entries in directory.ambiguous():
        index = agencies.index(entries[1])
        names = ", ".join(a.name for a in entries)
        msg = f"tên '{key}' chỉ nhiều cơ quan: {names}"
        yield error(name, located.where(("agencies", index)), "ambiguous-agency-name", msg)


def _registry_jurisdictions(directory: Directory, located: Located, name: str) -> Iterator[Finding]:
    """The registry's `jurisdiction` (the file's, an entry's) is a province or city, or
    "Trung ương": an entry of a province the national registry does not know would be read
    in no plan at all, and every plan naming it would be told it is unknown."""
    registry = directory.registry
    written: list[tuple[str | None, Loc]] = [(registry.jurisdiction, ("jurisdiction",))]
    written += [
        (a.jurisdiction, ("agencies", i, "jurisdiction")) for i, a in enumerate(registry.agencies)
    ]
    for value, loc in written:
        if value is None or squash(value) in CENTRAL or directory.national.find_provinces(value):
            continue
        msg = _unknown_province(value, directory.national)
        yield error(name, located.where(loc), "unknown-jurisdiction", msg)


def _successor_cycles(
    agencies: list[Agency], directory: Directory, located: Located, name: str
) -> Iterator[Finding]:
    """A chain of successors that comes back to where it started (A → B → A) names no body
    that took the work over: `--agency` and the expiry warnings would follow it in a
    circle. Said once per cycle, at its first entry in the file."""
    said: set[str] = set()
    for index, agency in enumerate(agencies):
        chain, current = [agency], agency
        while current.successor and (following := directory.agency(current.successor)):
            if following.id == agency.id and agency.id not in said:
                said.update(a.id for a in chain)
                names = " → ".join(a.name for a in [*chain, agency])
                msg = f"chuỗi cơ quan kế thừa quay vòng: {names}; sửa successor"
                where = located.where(("agencies", index, "successor"))
                yield error(name, where, "successor-cycle", msg)
                break
            if following in chain:
                break  # a cycle further on: said at its own first entry
            chain.append(following)
            current = following


def history_consistent(check: Check) -> Iterator[Finding]:
    """The last recorded change of a milestone ends at the phrase the file now holds, and
    its changes are written in the order they were decided (status reads each rule as in
    force from its change's day; out of order, it can date none of them), none decided
    before the plan was issued (a year mistyped: slips would count it in the wrong one),
    none after the milestone was completed (a move decided then turns a late task into one
    done on time: status judges by the phrase the file holds)."""
    for pf, index, task in _tasks(check):
        if task.deadline is None and task.deadlines is None:
            continue  # deadline-missing says it once, with the history's last phrase
        milestones = task.milestones
        last_to: dict[int, tuple[int, str]] = {}
        last_day: dict[int, date] = {}
        for h_index, change in enumerate(task.history):
            m_index = (change.milestone or 1) - 1
            loc: Loc = ("tasks", index, "history", h_index)
            if m_index >= len(milestones):
                msg = f"lịch sử nói tới mốc {m_index + 1}, nhưng nhiệm vụ chỉ có {len(milestones)} mốc"
                yield error(pf.name, _at(pf, loc), "history-milestone", msg)
                continue
            issued = pf.plan.issued
            if issued is not None and change.date < issued:  # "--on 15/01/2025" in January 2026
                msg = (
                    f"ngày quyết định dời {change.date:%d/%m/%Y} trước ngày ban hành kế hoạch "
                    f"({issued:%d/%m/%Y}): kiểm tra lại năm"
                )
                at: Loc = ("tasks", index, "history", h_index, "date")
                yield warning(pf.name, _at(pf, at), "history-before-issue", msg)
            done = milestones[m_index].completed or task.completed
            if done is not None and change.date > done:  # a late task made on time afterwards
                msg = (
                    f"lần dời ngày {change.date:%d/%m/%Y} sau ngày hoàn thành "
                    f"({done:%d/%m/%Y}): status tính đúng hay trễ hạn theo thời hạn mới; "
                    "nếu quyết định dời có trước khi hoàn thành, ghi đúng ngày quyết định "
                    "(reschedule --on dd/mm/yyyy)"
                )
                at = ("tasks", index, "history", h_index, "date")
                yield warning(pf.name, _at(pf, at), "history-after-done", msg)
            before = last_day.get(m_index)
            if before is not None and change.date < before:
                msg = (
                    f"lần đổi ngày {change.date:%d/%m/%Y} ghi sau lần đổi ngày "
                    f"{before:%d/%m/%Y}: ghi lịch sử theo thứ tự ngày quyết định"
                )
                date_loc: Loc = ("tasks", index, "history", h_index, "date")
                yield warning(pf.name, _at(pf, date_loc), "history-order", msg)
            last_day[m_index] = max(change.date, before or change.date)
            last_to[m_index] = (h_index, change.to)
        for m_index, (h_index, phrase) in last_to.items():
            if phrase != milestones[m_index].phrase:
                msg = (
                    f"lần đổi cuối ghi thời hạn mới {phrase!r} nhưng tệp đang ghi "
                    f"{milestones[m_index].phrase!r}"
                )
                to_loc: Loc = ("tasks", index, "history", h_index, "to")
                yield warning(pf.name, _at(pf, to_loc), "history-mismatch", msg)


def history_chained(check: Check) -> Iterator[Finding]:
    """Each recorded change of a milestone starts from the phrase the change before it
    ended at. Two branches that each move the same deadline, merged with both entries
    kept (the way out of a git conflict that loses no line), record two moves from one
    old phrase: status and slips would count each from a phrase no longer in force."""
    for pf, index, task in _tasks(check):
        last: dict[int, Change] = {}
        for h_index, change in enumerate(task.history):
            m_index = (change.milestone or 1) - 1
            before = last.get(m_index)
            last[m_index] = change
            if before is None or change.from_ == before.to:
                continue
            msg = (
                f"lần đổi ngày {change.date:%d/%m/%Y} đổi từ thời hạn {change.from_!r}, nhưng "
                f"lần đổi trước ({before.date:%d/%m/%Y}) đã đổi thành {before.to!r}: hai lần "
                "dời cùng một thời hạn cũ (như khi gộp hai nhánh git đều dời mốc này); ghi "
                "from: là thời hạn lần trước đổi thành, hoặc bỏ lần đổi không còn hiệu lực"
            )
            at: Loc = ("tasks", index, "history", h_index, "from")
            yield warning(pf.name, _at(pf, at), "history-chain", msg)


def counted_deadlines(check: Check) -> Iterator[Finding]:
    """A deadline counted from something counts a sensible number of days from something
    the plan knows (its issue day, a declared event, an existing task), without a cycle
    of tasks waiting for each other; a day glossed with a count agrees with the count."""
    for pf in check.repo.plans:
        waits: dict[str, list[str]] = {}
        for index, task in enumerate(pf.plan.tasks):
            for m_index, milestone in enumerate(task.milestones):
                where = _at(pf, _phrase_loc(task, index, m_index))
                found = list(_counted_milestone(pf, task, milestone, check))
                for code, message, anchor_task in found:
                    if code == "relative-anchor-unknown":  # it waits for that day: say so
                        yield warning(pf.name, where, code, message)
                    elif code:
                        yield error(pf.name, where, code, message)
                    if anchor_task:
                        waits.setdefault(task.id, []).append(anchor_task)
                yield from _gloss_agrees(pf, milestone, where, check)
        for cycle in _cycles(waits):
            index = next(i for i, t in enumerate(pf.plan.tasks) if t.id == cycle[0])
            path = " → ".join([*cycle, cycle[0]])
            msg = f"thời hạn tính từ nhiệm vụ khác thành vòng tròn, không bao giờ có ngày: {path}"
            yield error(pf.name, _at(pf, ("tasks", index)), "relative-cycle", msg)


def _counted_milestone(
    pf: PlanFile, task: Task, milestone: Milestone, check: Check
) -> Iterator[tuple[str, str, str | None]]:
    """(code, message, anchor task id) for one milestone counted from something."""
    try:
        deadline = read_milestone(milestone, context_for(pf.plan, check.settings))
    except DeadlineError:
        return  # readable_deadlines reports it
    relative = relative_of(deadline)
    if relative is None:
        return
    try:
        check_count(relative.offset, relative.unit, relative.working_days)
        anchor = anchor_of(pf.plan, relative)
    except (CountError, AnchorError) as exc:
        yield "relative-count" if isinstance(exc, CountError) else "relative-anchor", str(exc), None
        return
    if (why := unknown_anchor(pf.plan, anchor)) is not None:
        yield "relative-anchor-unknown", why, None
    elif anchor.task_id == task.id:
        yield "relative-anchor", f"nhiệm vụ '{task.id}' tính thời hạn từ chính nó", None
    elif anchor.task_id is not None:
        yield "", "", anchor.task_id


@dataclass(frozen=True)
class PerCase:
    """A deadline counted from each case's receipt ("trong vòng 05 ngày kể từ ngày nhận
    khiếu nại"): not a defect, a duty per file, complaint or request that no one day of
    the plan ends (`relative.counts_per_case`); `validate` says so rather than asking for
    the day of an event that does not exist."""

    path: str
    line: int
    col: int
    phrase: str
    anchor: str  # "ngày nhận khiếu nại"


def _counted(repo: Repository, settings: Settings) -> Iterator[tuple[PlanFile, Loc, str, Relative]]:
    """Every milestone of `repo` counted from an event: its plan file, where its phrase
    stands, the phrase and its counting. A phrase that does not read is skipped: readable_deadlines
    reports it."""
    for pf in repo.plans:
        context = context_for(pf.plan, settings)
        for index, task in enumerate(pf.plan.tasks):
            for m_index, milestone in enumerate(task.milestones):
                try:
                    relative = relative_of(read_milestone(milestone, context))
                except DeadlineError:
                    continue
                if relative is not None:
                    yield pf, _phrase_loc(task, index, m_index), milestone.phrase, relative


def per_case_counts(repo: Repository, settings: Settings) -> list[PerCase]:
    """Every milestone of `repo` counted from each case's receipt, in file order."""
    found: list[PerCase] = []
    for pf, loc, phrase, relative in _counted(repo, settings):
        try:
            kind = anchor_of(pf.plan, relative).kind
        except AnchorError:
            continue  # counted_deadlines reports it
        if kind == "case":
            line, col = _at(pf, loc)
            found.append(PerCase(pf.name, line, col, phrase, relative.anchor or ""))
    return found


@dataclass(frozen=True)
class LooseAnchor:
    """A deadline counted from a declared event its words name only loosely ("khi nhận
    được ý kiến của Bộ Nội vụ" for the event "nhận được ý kiến của Bộ Nội vụ"): `validate`
    says which event it was matched to, so a clerk sees the count is the one meant."""

    path: str
    line: int
    col: int
    anchor: str
    event: str


def loose_anchors(repo: Repository, settings: Settings) -> list[LooseAnchor]:
    """Every milestone of `repo` whose anchor matched an event not by its exact name."""
    found: list[LooseAnchor] = []
    for pf, loc, _, relative in _counted(repo, settings):
        words = relative.anchor
        if words and (event := matched_loosely(pf.plan, words)) is not None:
            line, col = _at(pf, loc)
            found.append(LooseAnchor(pf.name, line, col, words, event.name))
    return found


def _gloss_agrees(
    pf: PlanFile, milestone: Milestone, where: tuple[int, int], check: Check
) -> Iterator[Finding]:
    """ "Chậm nhất ngày 07/3/2027 (75 ngày trước ngày bầu cử)": the day and the count agree."""
    glossed = gloss_of(milestone.phrase)
    if glossed is None:
        return
    try:
        head = read_milestone(milestone, context_for(pf.plan, check.settings))
    except DeadlineError:
        return
    relative = glossed[1]
    result = resolve(pf.plan, relative, None, check.calendar, check.settings.rollover)
    counted = result.counted
    if result.error is not None:
        yield warning(
            pf.name, where, "gloss-unresolved", f"không tính được ghi chú: {result.error}"
        )
    elif counted is not None and head.last not in (counted.last, counted.due):
        msg = f"ngày ghi {head.last:%d/%m/%Y} khác với cách tính trong ngoặc: {counted.reading()}"
        if milestone.last_day is not None:  # the clerk wrote the day the document means
            yield warning(pf.name, where, "gloss-disagrees", msg)
            return
        # ... an error, as a weekday or a lunar date that is not the day's: one of the two is
        # a typo, and `status` counted the printed day, up to days after the law's (fresh40b)
        yield error(
            pf.name,
            where,
            "gloss-disagrees",
            f"{msg}; một trong hai viết nhầm: ghi last_day theo ngày văn bản muốn nói",
        )


def periodic_reports(check: Check) -> Iterator[Finding]:
    """What a task records as sent for a recurring deadline names a period the rule has,
    once, and was not sent before that period began (Nghị định 09/2019/NĐ-CP: a report
    covers its own period). A task with several recurring milestones ("trước ngày 05/6
    hằng năm", "trước ngày 05/12 hằng năm": both have a period "năm 2026") says which
    one each report is for (`milestone`)."""
    for pf, index, task in _tasks(check):
        if not (task.reports or task.from_ or task.until):
            continue
        rules = _recurring_rules(task, pf, check)
        where = _at(pf, ("tasks", index))
        if rules is None:  # an unreadable phrase: readable_deadlines says so
            continue
        if not rules:
            msg = f"nhiệm vụ '{task.id}' ghi from/until/reports nhưng thời hạn không định kỳ"
            yield error(pf.name, where, "reports-not-recurring", msg)
            continue
        start = series_start(pf.plan, task)
        if start is None:
            msg = "thời hạn định kỳ chưa có ngày bắt đầu: ghi 'from' (hoặc ngày ban hành kế hoạch)"
            yield warning(pf.name, where, "periodic-no-start", msg)
            continue
        context = context_for(pf.plan, check.settings)
        owed = {m: _owed_periods(task, m, context, start) for m in rules}
        yield from _reports_fit(pf, index, task, (rules, owed), start)


def _recurring_rules(task: Task, pf: PlanFile, check: Check) -> dict[int, Series] | None:
    """The series (RRULE and period reported on) of each recurring milestone, by 0-based
    index; None when a phrase is unreadable."""
    context = context_for(pf.plan, check.settings)
    rules: dict[int, Series] = {}
    for m_index, milestone in enumerate(task.milestones):
        try:
            rule = read_milestone(milestone, context).series
        except DeadlineError:
            return None
        if rule is not None:
            rules[m_index] = rule
    return rules


def _owed_periods(task: Task, index: int, context: Context, start: date) -> Owed | None:
    """The periods milestone `index` (0-based) owes, by period key, when its rule was changed
    by a recorded change: each by the rule in force when it fell due (`owed_by_rule`, as
    `status` counts them), up to a year after the last report. None when the rule never
    changed (its periods are the rule's, found one by one)."""
    if not any((c.milestone or 1) - 1 == index for c in task.history) or not task.reports:
        return None
    milestone = task.milestones[index]
    slot = Slot(task, index, milestone, read_milestone(milestone, context), None)
    horizon = max(r.sent for r in task.reports) + timedelta(days=400)
    owed = owed_by_rule(rule_spans(slot, context), start, horizon, task.until)
    return {period_key(o.period): (span.milestone.phrase, o) for span, o in owed}


Owed = dict[str, tuple[str, Occurrence]]  # period key -> (the phrase that owed it, the period)


def recurring_milestones(rules: dict[int, Series]) -> str:
    """ "mốc 1, 2": the recurring milestones, 1-based, as a clerk numbers them."""
    return "mốc " + ", ".join(str(i + 1) for i in rules)


def _report_milestone(
    pf: PlanFile, loc: Loc, task: Task, report: PeriodReport, rules: dict[int, Series]
) -> int | Finding:
    """The 0-based milestone `report` is for, or the finding that says it cannot tell."""
    if report.milestone is not None:
        if report.milestone - 1 in rules:
            return report.milestone - 1
        msg = (
            f"mốc {report.milestone} của nhiệm vụ '{task.id}' không phải thời hạn định kỳ "
            f"({recurring_milestones(rules)} là thời hạn định kỳ)"
        )
        return error(pf.name, _at(pf, (*loc, "milestone")), "report-milestone", msg)
    if len(rules) == 1:
        return next(iter(rules))
    msg = (
        f"nhiệm vụ '{task.id}' có {len(rules)} thời hạn định kỳ ({recurring_milestones(rules)}): "
        "ghi milestone cho báo cáo này (kehoach done --milestone N); chưa ghi thì báo cáo "
        "không được tính cho mốc nào"
    )
    return error(pf.name, _at(pf, (*loc, "period")), "report-milestone", msg)


def _reports_fit(
    pf: PlanFile,
    index: int,
    task: Task,
    readings: tuple[dict[int, Series], dict[int, Owed | None]],
    start: date,
) -> Iterator[Finding]:
    """Each report names a period of its milestone's rule, or, after a recorded change, a
    period owed by the rule in force when it fell due (`owed`: the quarterly reports sent
    before a circular made the report monthly stay true; a month before that circular is
    owed by neither rule), once, not sent before the period began."""
    rules, owed = readings
    seen: dict[tuple[int, str], int] = {}
    for r_index, report in enumerate(task.reports):
        loc: Loc = ("tasks", index, "reports", r_index)
        m_index = _report_milestone(pf, loc, task, report, rules)
        if isinstance(m_index, Finding):
            yield m_index
            continue
        rule, changed = rules[m_index], owed.get(m_index)
        horizon = report.sent + timedelta(days=400)  # a period opens within a year of its due day
        if changed is not None:
            found = changed.get(period_key(report.period), ("", None))[1]
        else:
            found = find_period(rule, start, report.period, task.until, horizon)
        if found is None and changed is not None:
            yield _owed_by_neither(pf, (*loc, "period"), task, report, changed)
            continue
        if found is None:
            near = next_occurrence(rule, start, report.sent, task.until)
            hint = f"; kỳ đến hạn sau ngày gửi: {near.period}" if near else ""
            if len(within := due_within(rule, start, report.period, task.until)) > 1:
                named = ", ".join(o.period for o in within)
                hint = f"; kỳ này gồm {len(within)} kỳ hạn ({named}): mỗi báo cáo ghi một kỳ hạn"
            span = f"từ {start:%d/%m/%Y}" + (f" đến {task.until:%d/%m/%Y}" if task.until else "")
            msg = (
                f"kỳ '{report.period}' không có trong thời hạn định kỳ của nhiệm vụ "
                f"'{task.id}' ({span})"
            )
            yield error(pf.name, _at(pf, (*loc, "period")), "report-period-unknown", msg + hint)
            continue
        key = (m_index, period_key(found.period))
        if key in seen:
            msg = f"kỳ {found.period} đã ghi ở báo cáo thứ {seen[key] + 1}"
            yield error(pf.name, _at(pf, (*loc, "period")), "report-twice", msg)
        seen.setdefault(key, r_index)
        if report.sent < found.opens:
            msg = (
                f"ngày gửi {report.sent:%d/%m/%Y} trước khi kỳ {found.period} bắt đầu "
                f"({found.opens:%d/%m/%Y})"
            )
            yield error(pf.name, _at(pf, (*loc, "sent")), "report-before-period", msg)


def _owed_by_neither(
    pf: PlanFile, loc: Loc, task: Task, report: PeriodReport, owed: Owed
) -> Finding:
    """A report naming a period that no rule owed when it fell due: a monthly report made
    quarterly on 25/11/2026 owes "tháng 12/2026" by neither rule, and `status` would
    count the report for nothing (fresh42). Names the period owed nearest the day sent."""
    hint = ""
    if near := min(owed.values(), key=lambda one: abs(one[1].due - report.sent), default=None):
        hint = f"; kỳ đến hạn gần ngày gửi nhất: {near[1].period} (theo thời hạn '{near[0]}')"
    msg = (
        f"kỳ '{report.period}' không đến hạn theo thời hạn nào của nhiệm vụ '{task.id}' "
        "khi đó (thời hạn đã đổi: xem history, mỗi kỳ theo thời hạn áp dụng khi đến hạn)"
    )
    return error(pf.name, _at(pf, loc), "report-period-unknown", msg + hint)


_PLACEHOLDERS = {"…", "..."}  # what `kehoach new` writes where the document's words go


def template_filled(check: Check) -> Iterator[Finding]:
    """No field keeps the "…" `kehoach new` writes for the clerk to replace: a plan titled
    "…", issued by "…", copied from "…", was otherwise valid. (A lead "…" is an unknown
    agency and a deadline "…" an unreadable phrase already.)"""
    for pf in check.repo.plans:
        plan = pf.plan
        fields: list[tuple[Loc, str, str | None]] = [
            (("title",), "title", plan.title),
            (("issuer",), "issuer", plan.issuer),
            (("source", "document"), "source › document", plan.source.document),
        ]
        fields += [
            (("tasks", i, "title"), f"nhiệm vụ {task.id} › title", task.title)
            for i, task in enumerate(plan.tasks)
        ]
        for loc, where, value in fields:
            if value is not None and value.strip() in _PLACEHOLDERS:
                msg = f"'{where}' còn giá trị mẫu '{value.strip()}' của kehoach new; điền theo văn bản"
                yield error(pf.name, _at(pf, loc), "placeholder", msg)


RULES: tuple[Rule, ...] = (
    template_filled,
    unique_plan_ids,
    unique_task_ids,
    one_deadline_form,
    readable_deadlines,
    issued_year_plausible,
    first_day_with_last_day,
    references_exist,
    no_dependency_cycles,
    completion_consistent,
    completed_before_plan,
    completion_after_start,
    jurisdictions_known,
    agencies_known,
    lead_not_support,
    registry_consistent,
    history_consistent,
    history_chained,
    counted_deadlines,
    periodic_reports,
)


# The two rules that cross files: a plan's id is the repository's (`unique_plan_ids` faults
# the later of two files sharing one), and the registry's findings fall on the registry.
# Every other rule's findings on a plan read that plan alone, with the settings, the
# registry and the calendar: `check_edited` runs those on the edited plan only. A new rule
# that reads another plan belongs here.
REPOSITORY_RULES: tuple[Rule, ...] = (unique_plan_ids, registry_consistent)
PLAN_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule not in REPOSITORY_RULES)


# Rules that compare the files with the day of the check: run only when given one, and
# never kept in the cache (tomorrow they may say something else).
DAY_RULES: tuple[Rule, ...] = (completion_not_future,)


def check_repository(
    repo: Repository,
    settings: Settings,
    calendar: Calendar | None = None,
    today: date | None = None,
) -> list[Finding]:
    """Loading findings plus every rule's findings, sorted by file and line; with
    `today`, also what DAY_RULES find as of that day."""
    found = _checked(repo, settings, calendar)
    if today is None:
        return found
    check = Check(replace(repo, plans=[*repo.plans, *repo.damaged]), settings, calendar, today)
    return sorted({*found, *(f for rule in DAY_RULES for f in rule(check))})


def check_edited(
    before: Repository, found: list[Finding], after: Repository, name: str, settings: Settings
) -> list[Finding]:
    """What `check_repository(after, settings)` returns, for `after` that differs from
    `before` only in the plan file `name` (an edit), given `found`, the findings of
    `before`: the plan rules (`PLAN_RULES`) run on that one plan, the repository rules on
    every file, before and after; the findings of the other plans are kept."""
    edited = [pf for pf in [*after.plans, *after.damaged] if pf.name == name]
    crossed = {f for rule in REPOSITORY_RULES for f in rule(_check_of(before, settings))}
    kept = {f for f in found if f.path != name and f not in crossed}
    own = Check(replace(after, plans=edited, damaged=[]), settings)
    return sorted(
        kept
        | {f for f in after.findings if f.path == name}
        | {f for rule in REPOSITORY_RULES for f in rule(_check_of(after, settings))}
        | {f for rule in PLAN_RULES for f in rule(own)}
    )


def _check_of(repo: Repository, settings: Settings) -> Check:
    """What the rules get for `repo`: its damaged plans are checked too."""
    return Check(replace(repo, plans=[*repo.plans, *repo.damaged]), settings)


def calendar_key(calendar: Calendar) -> str | None:
    """What makes `calendar` the one it is, as text: its swapped days off and make-up days
    and the function its holidays come from; None when that function has no stable name
    (a lambda, a closure: then nothing is kept for it)."""
    source = calendar.holidays_of
    name = f"{getattr(source, '__module__', '?')}.{getattr(source, '__qualname__', '<?>')}"
    if "<" in name:
        return None
    days = (sorted(calendar.swapped_off.items()), sorted(calendar.makeup.items()))
    return f"calendar:{name}:{days!r}"


def _checked(repo: Repository, settings: Settings, calendar: Calendar | None) -> list[Finding]:
    """The findings that do not depend on the day: from the cache when it has them."""
    # Damaged plans (a duplicate key, a bad header) go through every rule too: one run
    # reports every problem of a file.
    # A working-day calendar (validate's) is part of the key: its swapped days, and where
    # its holidays come from (the bundled table is part of kehoach's code, in every key).
    cache = repo.cache
    files = repo.cache_keys if calendar is None else [*repo.cache_keys, calendar_key(calendar)]
    key = cache.repository_key(files, settings) if cache is not None else None
    if cache is not None and key is not None:
        kept = cache.findings(key)
        if kept is not None:  # the same files and settings: the same findings
            return kept
    check = Check(replace(repo, plans=[*repo.plans, *repo.damaged]), settings, calendar)
    found = list(repo.findings)
    for rule in RULES:
        found.extend(rule(check))
    result = sorted(set(found))
    if cache is not None and key is not None:
        cache.store_findings(key, result)
    return result

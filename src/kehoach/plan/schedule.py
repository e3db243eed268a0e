"""A plan's milestones read as deadlines: the bridge from the model to the language."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kehoach.dates.deadline import Context, Deadline, DeadlineError, DeadlineKind, parse_deadline
from kehoach.dates.grammar import NO_YEAR, Refusal
from kehoach.dates.reading import Series
from kehoach.dates.recurrence import Occurrence, next_occurrence, occurrences, period_key
from kehoach.dates.relative import Relative, read_relative
from kehoach.plan.model import Milestone, PeriodReport, Plan, Task, in_range, out_of_range
from kehoach.plan.settings import Settings


@dataclass(frozen=True)
class Slot:
    """One milestone of one task, read; `error` is set when the phrase cannot be read."""

    task: Task
    index: int  # 0-based position among the task's milestones
    milestone: Milestone
    deadline: Deadline | None
    error: DeadlineError | None
    recurring: tuple[int, ...] = ()  # the 0-based indexes of the task's recurring milestones

    @property
    def reports(self) -> list[PeriodReport]:
        """The task's reports that are this milestone's: those naming it (`milestone`, 1-based),
        and those naming none when it is the task's one recurring milestone. With several,
        a report that names none is nobody's (validate says so): "năm 2026" is a period of
        each of "trước ngày 05/6 hằng năm" and "trước ngày 05/12 hằng năm"."""
        several = len(self.recurring) > 1
        return [
            r
            for r in self.task.reports
            if (r.milestone - 1 == self.index if r.milestone is not None else not several)
        ]

    @property
    def label(self) -> str | None:
        """The milestone's own label, else the step its phrase names."""
        if self.milestone.label:
            return self.milestone.label
        return self.deadline.label if self.deadline else None


def series_start(plan: Plan, task: Task) -> date | None:
    """The day a task's recurring deadline starts owing reports: the `from` the task
    states, else the plan's issue day, else the day the file says it is in force."""
    return task.from_ or plan.issued or plan.in_force


def context_for(plan: Plan, settings: Settings) -> Context:
    """The context the plan's phrases are read in: its issue day, else the day it is in
    force from (`parse_in_plan`), and whether it is a standing rule (`Plan.standing`)."""
    in_force = plan.in_force if plan.issued is None else None
    return Context(
        issued=plan.issued,
        strict_before=settings.strict_before,
        in_force=in_force,
        standing=plan.standing,
    )


def parse_in_plan(phrase: str, context: Context) -> Deadline:
    """`parse_deadline`; in a plan with no issue day but an `in_force` day, a phrase lacking
    only its year ("gửi Sở Tài chính trước ngày 15/8", in force 13/08/2025) takes the year
    of `in_force` when every day it names falls on or after that day in that year: a plan
    sets no deadline before it is in force, and a day-month earlier in the year may be of
    the next year or of a document issued long before. Otherwise refused (`DeadlineError`)
    with the reason and the way out (issued, or the days written out)."""
    try:
        return parse_deadline(phrase, context)
    except DeadlineError as error:
        if (
            context.issued is not None
            or context.in_force is None
            or error.kind is not Refusal.NO_YEAR
        ):
            raise
    start = context.in_force
    try:
        deadline = parse_deadline(phrase, replace(context, issued=start))
    except DeadlineError:
        deadline = None
    days = () if deadline is None else (deadline.first, deadline.earliest, deadline.last)
    if deadline is None or not all(start <= day <= date(start.year, 12, 31) for day in days if day):
        raise DeadlineError(
            phrase,
            f"{NO_YEAR}; năm của ngày hiệu lực (in_force: {start:%d/%m/%Y}) chỉ dùng cho ngày "
            f"từ {start:%d/%m/%Y} đến hết năm {start.year} (kế hoạch không đặt hạn trước khi có "
            "hiệu lực)",
            kind=Refusal.NO_YEAR,
        ) from None
    note = f"năm {start.year} lấy theo ngày hiệu lực {start:%d/%m/%Y} (in_force)"
    return replace(deadline, reading=_PLAN_YEAR.sub(note, deadline.reading))


# the reading's note of a year the phrase does not write ("năm 2025 lấy theo năm ban hành
# kế hoạch", refusals' "… (việc kể sau ngày của nó)"): in force, no issue day was given
_PLAN_YEAR = re.compile(r"năm \d{4} lấy theo năm ban hành(?: kế hoạch)?")


def read_phrase(phrase: str, context: Context) -> Deadline:
    """`parse_deadline`, once per (phrase, context) in a run: plans repeat their phrases and
    every command reads each milestone more than once (rules, then the report). Both the
    phrase and the context are immutable and `Deadline` is frozen, so sharing is safe; the
    plan cache (plan/cache.py) saves these readings and brings them back on a warm run."""
    try:
        outcome = _READINGS.get((phrase, context))
    except TypeError:  # a context that cannot be hashed: read it afresh
        return parse_in_plan(phrase, context)
    if outcome is None:
        try:
            outcome = parse_in_plan(phrase, context)
        except DeadlineError as exc:
            outcome = exc
        if len(_READINGS) < _MAX_READINGS:
            _READINGS[(phrase, context)] = outcome
    if isinstance(outcome, DeadlineError):
        raise outcome.with_traceback(None)
    return outcome


Reading = tuple[tuple[str, Context], Deadline | DeadlineError]
_READINGS: dict[tuple[str, Context], Deadline | DeadlineError] = {}
_MAX_READINGS = 500_000  # a bound on memory for a process that reads without end


def readings() -> list[Reading]:
    """Every (phrase, context) read so far in this process, with its deadline or error."""
    return list(_READINGS.items())


def remember(known: list[Reading]) -> None:
    """Readings made by an earlier run of the same code (the plan cache) to reuse."""
    _READINGS.update(known)


def milestone_context(milestone: Milestone, context: Context) -> Context:
    """The plan's context with the milestone's own column header, when it states one."""
    return replace(context, header=milestone.header) if milestone.header else context


def read_milestone(milestone: Milestone, context: Context) -> Deadline:
    """The milestone's deadline. A `last_day` beside the phrase wins: it exists for the
    rare phrase no grammar should read, and rules warn when it contradicts the phrase;
    with a `first_day` too, the milestone is the window between them. A phrase whose days
    leave the plan range ("Năm 9999") is refused like an unreadable one
    (`DeadlineError`): nothing after this reads a day outside it."""
    context = milestone_context(milestone, context)
    if milestone.last_day is None:
        try:
            return _in_range(read_phrase(milestone.phrase, context))
        except DeadlineError:
            found = read_counted(milestone.phrase, context)
            if found is None:
                raise
            return _in_range(found)
    day, first = milestone.last_day, milestone.first_day
    if first is not None and first < day:
        return Deadline(
            phrase=milestone.phrase,
            kind=DeadlineKind.WINDOW,
            first=first,
            last=day,
            recurrence=None,
            label=milestone.label,
            reading=(
                f"khoảng {first:%d/%m/%Y} – {day:%d/%m/%Y} "
                "(ghi rõ trong tệp: first_day, last_day); tính trễ hạn từ ngày cuối"
            ),
        )
    return Deadline(
        phrase=milestone.phrase,
        kind=DeadlineKind.DATE,
        first=day,
        last=day,
        recurrence=None,
        label=milestone.label,
        reading=f"hạn cuối {day:%d/%m/%Y} (ghi rõ trong tệp: last_day)",
    )


# "Chậm nhất ngày 07/3/2027 (75 ngày trước ngày bầu cử)": a day with its count as a gloss
_GLOSS = re.compile(r"^(?P<head>.*\S)\s*\((?P<gloss>[^()]+)\)[\s.;]*$")


def read_counted(phrase: str, context: Context) -> Deadline | None:
    """A phrase the deadline language does not read but `read_relative` does: a count from
    an event ("75 ngày trước ngày bầu cử"), or a day glossed with one; else None."""
    relative = read_relative(phrase)
    if relative is not None:
        return Deadline(phrase, DeadlineKind.RELATIVE, None, None, None, None, _words(relative))
    glossed = gloss_of(phrase)
    if glossed is None:
        return None
    try:
        head = parse_in_plan(glossed[0], context)
    except DeadlineError:
        return None
    return replace(head, phrase=phrase)


def gloss_of(phrase: str) -> tuple[str, Relative] | None:
    """(the phrase without its gloss, the count the gloss says) for "D (N ngày trước X)"."""
    match = _GLOSS.match(phrase)
    if match is None:
        return None
    relative = read_relative(match["gloss"])
    return (match["head"], relative) if relative is not None else None


def _words(relative: Relative) -> str:
    unit = "ngày làm việc" if relative.working_days else relative.unit
    way = "trước" if relative.direction == "before" else "sau"
    anchor = relative.anchor or "mốc không nêu"
    return f"{relative.offset} {unit} {way} {anchor}; tính theo mốc của kế hoạch"


def _in_range(deadline: Deadline) -> Deadline:
    for day in (deadline.first, deadline.last):
        if day is not None and not in_range(day):
            raise DeadlineError(deadline.phrase, out_of_range(f"ngày {day:%d/%m/%Y}"))
    return deadline


def slots(plan: Plan, settings: Settings) -> list[Slot]:
    """Every milestone of every task of `plan`, in file order."""
    context = context_for(plan, settings)
    out: list[Slot] = []
    for task in plan.tasks:
        read: list[tuple[Milestone, Deadline | None, DeadlineError | None]] = []
        for milestone in task.milestones:
            try:
                read.append((milestone, read_milestone(milestone, context), None))
            except DeadlineError as exc:
                read.append((milestone, None, exc))
        recurring = tuple(i for i, (_, d, _) in enumerate(read) if d is not None and d.rrule)
        out.extend(Slot(task, i, m, d, e, recurring) for i, (m, d, e) in enumerate(read))
    return out


@dataclass(frozen=True)
class RuleSpan:
    """One phrase a milestone had, read, and the days it was the rule: from the day the
    change to it was decided (`since`, None for the phrase the plan gave) to the day the
    next change was (`until`, None for the phrase the file holds)."""

    slot: Slot  # the milestone as it read while this phrase was its rule
    since: date | None
    until: date | None


def rule_spans(slot: Slot, context: Context) -> list[RuleSpan]:
    """The phrases a milestone had, oldest first, each with the days it was in force, from
    its recorded changes (`history`, by their `date`); one span when it never changed. A
    periodic report is owed by the rule in force when it fell due: a circular that moves
    the monthly report from the 15th to the 20th from July does not make the March report
    sent on the 18th on time. The current phrase is the file's (`to` of the last change
    is checked against it by validate); an older phrase that no longer reads has no
    deadline (it owes nothing)."""
    changes = [c for c in slot.task.history if (c.milestone or 1) - 1 == slot.index]
    days = [c.date for c in changes]
    if not changes or days != sorted(days):  # a history out of order dates nothing
        return [RuleSpan(slot, None, None)]
    spans: list[RuleSpan] = []
    since: date | None = None
    for change in changes:
        old = slot.milestone.model_copy(
            update={
                "phrase": change.from_,
                "last_day": change.from_last_day,
                "first_day": change.from_first_day,
            }
        )
        try:
            deadline, error = read_milestone(old, context), None
        except DeadlineError as exc:
            deadline, error = None, exc
        spans.append(
            RuleSpan(
                replace(slot, milestone=old, deadline=deadline, error=error), since, change.date
            )
        )
        since = change.date
    spans.append(RuleSpan(slot, since, None))
    return spans


def earlier_rules(task: Task, index: int, context: Context) -> list[Series]:
    """The series (RRULE and period reported on) of the recurring phrases milestone
    `index` (0-based) had before its recorded changes, oldest first: a report recorded
    under a rule since changed (a quarterly report before the circular made it monthly)
    names a period of one of them."""
    rules: list[Series] = []
    for change in task.history:
        if (change.milestone or 1) - 1 != index:
            continue
        try:
            rule = read_phrase(change.from_, context).series
        except DeadlineError:
            continue
        if rule is not None and rule not in rules:
            rules.append(rule)
    return rules


def owed_by_rule(
    spans: Sequence[RuleSpan], start: date, today: date, until: date | None
) -> list[tuple[Slot, Occurrence]]:
    """The occurrences owed as of `today`, each by the rule in force when it fell due: a
    rule's occurrences due before the next change was decided, then the next rule's from
    that day on, and any of its periods that opened after the last one owed (moved from
    the 15th to the 5th on 10/07: July is owed by the new rule, due 05/07). A period is
    owed once; a cadence changed (quarterly to monthly from 01/7) owes no month before.
    A change decided after `today` was not known that day: the rule then in force owes its
    coming period as that day's report counted it (README, "As of a day before a recorded
    change was decided")."""
    if len(spans) == 1:
        rule = spans[0].slot.deadline.series if spans[0].slot.deadline else None
        return [(spans[0].slot, o) for o in owed_by(rule, start, today, until)] if rule else []
    owed: list[tuple[Slot, Occurrence]] = []
    taken: set[str] = set()
    last: date | None = None
    for span in spans:
        if span.since is not None and span.since > today:
            break  # decided later: as of `today`, the rules before it are all there was
        rule = span.slot.deadline.series if span.slot.deadline else None
        ended = span.until is not None and span.until <= today
        for o in owed_by(rule, start, today, until) if rule else ():
            key = period_key(o.period)
            if key in taken or (ended and span.until is not None and o.due >= span.until):
                continue
            if span.since is not None and o.due < span.since and last and o.opens <= last:
                continue  # fell due before this rule, in a period the one before owed
            owed.append((span.slot, o))
            taken.add(key)
            last = max(last, o.due) if last else o.due
    return sorted(owed, key=lambda pair: pair[1].due)


ONE_DAY = timedelta(days=1)


@functools.lru_cache(maxsize=4096)
def owed_by(rule: Series, start: date, today: date, until: date | None) -> tuple[Occurrence, ...]:
    """The occurrences due from `start` to the day before `today`, and the next one: the
    same for every task of a plan that reports on the same rule from the same day, so
    dateutil expands each (rule, start) once per day asked for."""
    due = [*occurrences(rule, start, today - ONE_DAY, until)]
    if (coming := next_occurrence(rule, start, today, until)) is not None:
        due.append(coming)
    return tuple(due)


@dataclass(frozen=True)
class Floor:
    """The first day a task of a plan can be done, and what it is, in words ("ngày ban
    hành kế hoạch (10/03/2026)")."""

    day: date
    words: str

    def refuses(self, day: date, report: str | None = None) -> str | None:
        """Why `day` is early for a completion of the plan (the sending of the report of
        period `report`, when given), with the way out; None when it is not. Early by up
        to a year may be real (work done while the plan was drafted): see `is_typo`."""
        if day >= self.day:
            return None
        fix = "; nếu ngày ban hành ghi sai, sửa trường issued" if "ban hành" in self.words else ""
        what, done = "ngày hoàn thành", "việc làm xong"
        when = f"{day:%d/%m/%Y}"
        if report is not None:
            what, done = "ngày gửi báo cáo", "báo cáo gửi"
            when = f"{when} (kỳ {report})"
        if not self.is_typo(day):
            # written and warned (the lead's ruling, session 34): work may be done while the
            # plan is drafted, so the warning asks to check the day, never says it cannot be
            return (
                f"kiểm tra lại {what}: {when} trước {self.words}; nếu {done} khi kế hoạch "
                f"đang soạn thì giữ nguyên{fix}"
            )
        why = "báo cáo không thể gửi" if report is not None else "nhiệm vụ không thể xong"
        return (
            f"{what} {when} trước {self.words}: {why} trước khi có kế hoạch; "
            f"kiểm tra lại năm (gõ nhầm?){fix}"
        )

    def is_typo(self, day: date) -> bool:
        """True when `day` is more than a year (365 days) before the floor: no work of the
        plan was done then, so the day is a typo ("01/01/2020" on a plan of 2026) and is
        refused; a day less early is a warning, as a task may be done while its plan is
        drafted."""
        return day < self.day - timedelta(days=365)


def completion_floor(plan: Plan, settings: Settings) -> Floor | None:
    """The first day a completion of `plan`'s tasks can carry: the plan's issue day; with
    none, 1 January of the year of its earliest dated deadline (read in the plan's
    context; phrases it cannot read are passed over). None when the plan gives neither.
    A completion before it is a typo of the day ("01/01/2020" on a plan of 2026), as a
    task cannot be done under a plan that does not exist yet."""
    if plan.issued is not None:
        return Floor(plan.issued, f"ngày ban hành kế hoạch ({plan.issued:%d/%m/%Y})")
    context = context_for(plan, settings)
    years = [
        day.year
        for task in plan.tasks
        for milestone in task.milestones
        if (day := _first_day(milestone, context)) is not None
    ]
    if not years:
        return None
    first = date(min(years), 1, 1)
    return Floor(first, f"năm {first.year} của thời hạn sớm nhất trong kế hoạch")


def _first_day(milestone: Milestone, context: Context) -> date | None:
    try:
        deadline = read_milestone(milestone, context)
    except DeadlineError:
        return None
    return deadline.first or deadline.last

"""The plan as a picture: every selected task on a time axis, each deadline marked with
its status as of a day.

`build_chart` turns plans into a `Chart`: rows grouped by plan (task id, title, lead
agencies, one mark per deadline), the span of days shown, and the axis ticks, whose unit
(day, week, month, quarter, year) follows the length of the span. The marks take the
bins of `status.build_report`, so the picture and the report never disagree. The
renderers in `render/timeline_*.py` draw a `Chart` for the terminal, Mermaid, SVG, HTML.

Pure: `today` is a parameter; no I/O, no terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from kehoach.base.text import squash
from kehoach.dates.deadline import DeadlineKind
from kehoach.dates.workdays import Calendar, Rollover
from kehoach.plan.agencies import Directory
from kehoach.plan.collectives import commune_kind
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Plan
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection
from kehoach.reports.status import Item, Report, build_report

MIN_SPAN_DAYS = 14  # a span read off the tasks is never shorter: one day is not a chart


class State(StrEnum):
    """What a mark shows: a status bin, with "due soon" told apart from "in time".

    Declared most urgent first: where two marks fall on one place, the first wins."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    IN_TIME = "in_time"
    DONE_LATE = "done_late"
    DONE_ON_TIME = "done_on_time"
    DONE_UNDATED = "done_undated"  # reported done without a date (validate flags it)
    ONGOING = "ongoing"  # thường xuyên: runs through the whole span
    NO_DATE = "no_date"  # relative, stated undated or unreadable: has no place on the axis


URGENCY = {state: rank for rank, state in enumerate(State)}


@dataclass(frozen=True)
class Mark:
    """One deadline of a task: a day (first == last), a window, or no day at all."""

    state: State
    first: date | None
    last: date | None  # the day lateness counts from
    phrase: str  # as the plan prints it
    label: str | None  # the step it names, for tasks with several deadlines
    written: date | None = None  # the day written, when the rollover moved it to `last`

    def rolled(self, lang: str = "vi") -> str | None:
        """ "hạn 25/01/2026 (CN) → 26/01/2026" when the day written is not a working day
        ("due 25/01/2026 (Sun) → 26/01/2026" in English)."""
        if self.written is None or self.last is None:
            return None
        if lang == "en":
            return f"due {self.written:%d/%m/%Y} ({self.written:%a}) → {self.last:%d/%m/%Y}"
        weekday = "CN" if self.written.weekday() == 6 else f"T{self.written.weekday() + 2}"
        return f"hạn {self.written:%d/%m/%Y} ({weekday}) → {self.last:%d/%m/%Y}"


@dataclass(frozen=True)
class Row:
    """One task: its deadlines on one line."""

    task_id: str
    title: str
    lead: tuple[str, ...]  # registry names of the lead agencies
    lead_short: tuple[str, ...]  # their short forms (`_short_name`)
    marks: tuple[Mark, ...]

    @property
    def dated(self) -> list[Mark]:
        return [mark for mark in self.marks if mark.first is not None]

    @property
    def ongoing(self) -> bool:
        return any(mark.state is State.ONGOING for mark in self.marks)

    def phrases(self) -> str:
        """The deadlines as the plan words them, each once."""
        return "; ".join(dict.fromkeys(mark.phrase for mark in self.marks))


@dataclass(frozen=True)
class Group:
    """The rows of one plan, in the order of the plan's file."""

    plan_id: str
    name: str  # the number as printed (348/KH-UBND), else the id
    title: str
    rows: tuple[Row, ...]


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# The unit for a span of at most this many days; longer spans are counted in years.
UNIT_LIMITS = ((31, Unit.DAY), (100, Unit.WEEK), (731, Unit.MONTH), (2200, Unit.QUARTER))
MONTHS = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}  # the length of the longer units


@dataclass(frozen=True)
class Chart:
    """Everything the renderers draw."""

    as_of: date
    soon_days: int
    start: date
    end: date  # inclusive
    unit: Unit
    ticks: tuple[date, ...]  # the first day of each unit within the span
    groups: tuple[Group, ...]
    hidden: int  # tasks left out: they have deadlines, none of them within the span
    lang: str = "vi"  # the language of the words drawn: "vi" or "en"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def fraction(self, day: date) -> float:
        """Where the start of `day` lies along the span: 0 at `start`, 1 after `end`."""
        return (day - self.start).days / self.days

    def rows(self) -> Iterator[Row]:
        return (row for group in self.groups for row in group.rows)

    def visible(self, mark: Mark) -> bool:
        """A dated mark with at least one day inside the span."""
        return (
            mark.first is not None
            and mark.last is not None
            and mark.first <= self.end
            and mark.last >= self.start
        )

    def drawn(self, row: Row) -> list[Mark]:
        """The row's marks with a day in the span, in the order to draw them: the most
        urgent last, so that it ends on top where marks meet."""
        return sorted(filter(self.visible, row.dated), key=lambda m: -URGENCY[m.state])

    @property
    def shows_as_of(self) -> bool:
        """The as-of day lies in the span: a line stands on it."""
        return self.start <= self.as_of <= self.end

    def states(self) -> set[State]:
        return {mark.state for row in self.rows() for mark in row.marks}


def build_chart(
    plan_files: Sequence[PlanFile],
    settings: Settings,
    directory: Directory | None,
    today: date,
    *,
    soon_days: int = 7,
    selection: Selection | None = None,
    start: date | None = None,
    end: date | None = None,
    calendar: Calendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Chart:
    """The selected tasks as of `today`, between `start` and `end` (by default the span of
    their deadlines, widened to whole units). Raise ValueError when `start` > `end`.
    With a working-day `calendar`, days off roll over as in `status`."""
    if start and end and start > end:
        raise ValueError(f"ngày bắt đầu {start:%d/%m/%Y} sau ngày kết thúc {end:%d/%m/%Y}")
    report = build_report(
        plan_files,
        settings,
        directory,
        today,
        soon_days=soon_days,
        selection=selection,
        calendar=calendar,
        rollover=rollover,
    )
    groups = _groups(report, directory, soon_days)
    marks = [mark for group in groups for row in group.rows for mark in row.marks]
    first, last = _span(marks, today, start, end)
    unit = unit_for(first, last)
    first = start or unit_start(unit, first)
    last = end or next_start(unit, unit_start(unit, last)) - timedelta(days=1)
    chart = Chart(today, soon_days, first, last, unit, unit_ticks(unit, first, last), (), 0)
    shown = [_within(chart, group) for group in groups]
    hidden = sum(len(g.rows) for g in groups) - sum(len(g.rows) for g in shown)
    return replace(chart, groups=tuple(group for group in shown if group.rows), hidden=hidden)


def _state(item: Item, soon_days: int) -> State:
    if item.due is None:
        ongoing = item.deadline is not None and item.deadline.kind is DeadlineKind.ONGOING
        return State.ONGOING if ongoing else State.NO_DATE
    if item.is_soon(soon_days):
        return State.DUE_SOON
    return State(item.bin.value)


def _mark(item: Item, soon_days: int) -> Mark:
    """A window spans its days; a date, or the current occurrence of a recurring
    deadline, is the one day the status report judges it by."""
    deadline = item.deadline
    first = deadline.first if deadline and deadline.kind is DeadlineKind.WINDOW else item.due
    phrase = item.slot.milestone.phrase
    if item.per_case:  # each file counts from its own receipt: no one day to draw
        phrase = f"{phrase} (thời hạn xử lý từng hồ sơ)"
    elif item.waiting_for is not None:  # counted from a task not done yet: no day to draw
        phrase = f"{phrase} (chờ {item.waiting_for})"
    state = _state(item, soon_days)
    return Mark(state, first, item.due, phrase, item.slot.label, item.due_as_written)


def _short_name(name: str, shown: str, directory: Directory | None, plan: Plan) -> str:
    """An agency's usual short form: the first alias shorter than its registered name
    (the registry lists "Sở KH&ĐT" before "SKHĐT"), read in `plan`'s jurisdiction; else
    the name as `status` shows it (`shown`). A name `status` shows with more than the
    registry's (its province over plans of several provinces, "giao chung, gồm …") keeps
    it: an alias would drop whose body, or whose share, it is."""
    agency = directory.resolve(name, directory.scope_for(plan)) if directory else None
    if agency is None or shown != agency.name:
        return shown
    commune = commune_kind(agency) is not None
    short = (
        a for a in agency.aliases if len(a) < len(shown) and not (commune and _clipped(a, shown))
    )
    return next(short, shown)


def _clipped(alias: str, name: str) -> bool:
    """A commune's alias that is its name's first words, the commune dropped: "Ủy ban nhân
    dân xã" (or "UBND xã") of "Ủy ban nhân dân xã Đô Lương (tỉnh Nghệ An)", a reading of
    the commune's own plan, which on a chart says no more than "some commune's"."""
    words = squash(alias).replace("ubnd", "uy ban nhan dan").split()
    return squash(name).split()[: len(words)] == words


def _row(items: Sequence[Item], report: Report, directory: Directory | None, soon: int) -> Row:
    """One task's row: its leads named as `status` names them (`Report.shown`), one rule
    for both reports (the chart named Sơn La's and Nghệ An's "Sở Tài chính" alike)."""
    task, plan = items[0].task, items[0].plan
    shown = {name: report.names.get((plan.id, name), name) for name in task.lead}
    short = (_short_name(name, said, directory, plan) for name, said in shown.items())
    return Row(
        task.id,
        task.title,
        tuple(report.shown(items[0], task.lead)),
        tuple(dict.fromkeys(short)),
        tuple(_mark(item, soon) for item in items),
    )


def _groups(report: Report, directory: Directory | None, soon_days: int) -> list[Group]:
    """Items (in file order) gathered per plan, then per task (by identity: a duplicate
    task id, which validate reports, still gives two rows)."""
    plans: dict[str, tuple[Item, dict[int, list[Item]]]] = {}
    for item in report.items:
        _, tasks = plans.setdefault(item.plan.id, (item, {}))
        tasks.setdefault(id(item.task), []).append(item)
    return [
        Group(
            first.plan.id,
            first.plan.number or first.plan.id,
            first.plan.title,
            tuple(_row(task_items, report, directory, soon_days) for task_items in tasks.values()),
        )
        for first, tasks in plans.values()
    ]


def _within(chart: Chart, group: Group) -> Group:
    """The group's rows that have something to show in the span: a deadline inside it,
    or no dated deadline at all (ongoing and undated tasks belong to every span)."""
    rows = tuple(row for row in group.rows if not row.dated or any(map(chart.visible, row.dated)))
    return replace(group, rows=rows)


def _span(
    marks: Sequence[Mark], today: date, start: date | None, end: date | None
) -> tuple[date, date]:
    """The days asked for, else those the deadlines cover (today when none has a day);
    a side read off the deadlines is moved out to make MIN_SPAN_DAYS."""
    days = [day for mark in marks for day in (mark.first, mark.last) if day is not None]
    first = start or min(days, default=end or today)
    last = end or max(days, default=first)
    least = timedelta(days=MIN_SPAN_DAYS - 1)
    if end is None:
        last = max(last, first + least)
    elif start is None:
        first = min(first, last - least)
    return first, last


# --- Units and the axis --------------------------------------------------------------------


def unit_for(first: date, last: date) -> Unit:
    days = (last - first).days + 1
    return next((unit for limit, unit in UNIT_LIMITS if days <= limit), Unit.YEAR)


def unit_start(unit: Unit, day: date) -> date:
    """The first day of the unit (a week starts on Monday) that holds `day`."""
    if unit is Unit.DAY:
        return day
    if unit is Unit.WEEK:
        return day - timedelta(days=day.weekday())
    months = MONTHS[unit]
    return date(day.year, (day.month - 1) // months * months + 1, 1)


def next_start(unit: Unit, day: date) -> date:
    """The first day of the unit after the one starting on `day`."""
    if unit in (Unit.DAY, Unit.WEEK):
        return day + timedelta(days=1 if unit is Unit.DAY else 7)
    months = day.month - 1 + MONTHS[unit]
    return date(day.year + months // 12, months % 12 + 1, 1)


def unit_ticks(unit: Unit, first: date, last: date) -> tuple[date, ...]:
    """The first day of each unit that starts between `first` and `last`."""
    tick = unit_start(unit, first)
    ticks = []
    while tick <= last:
        if tick >= first:
            ticks.append(tick)
        tick = next_start(unit, tick)
    return tuple(ticks)


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def tick_label(unit: Unit, day: date, with_year: bool, lang: str = "vi") -> str:
    """T6/2022, Q3/2022, 06/06 (a week by its Monday), 01/08, 2026: the year only where
    `with_year` says. Weeks are named by their first day, as a clerk's calendar does,
    not by ISO week number, which nobody in an office counts in. In English a month is
    Jun/2022."""
    year = f"/{day.year}" if with_year else ""
    if unit in (Unit.DAY, Unit.WEEK):
        return f"{day:%d/%m}{year}"
    if unit is Unit.MONTH:
        month = MONTHS_EN[day.month - 1] if lang == "en" else f"T{day.month}"
        return f"{month}{year}"
    if unit is Unit.QUARTER:
        return f"Q{(day.month - 1) // 3 + 1}{year}"
    return str(day.year)


class AxisLabel(NamedTuple):
    """A tick label and where it starts, in the renderer's units (`at` is the tick's own
    place, except for a last label moved left to end at the edge)."""

    day: date
    text: str
    at: float


@dataclass(frozen=True)
class Ruler:
    """A renderer's measures: where a day starts, how wide a text is, the room there is
    and the least gap between two labels, all in its own units (cells, pixels)."""

    position: Callable[[date], float]
    measure: Callable[[str], float]
    room: float
    gap: float

    def end(self, label: AxisLabel) -> float:
        return label.at + self.measure(label.text)


def axis_labels(
    chart: Chart,
    position: Callable[[date], float],
    measure: Callable[[str], float],
    room: float,
    gap: float = 1,
) -> list[AxisLabel]:
    """The tick labels to write: every k-th tick, k the smallest for which no label runs
    into the next one. The year is written where it changes, and on the first label
    when there is room for it (the heading names the span anyway). The last label is
    kept when it can be: without its year, or moved left to end at the edge."""
    ruler = Ruler(position, measure, room, gap)
    for step in range(1, len(chart.ticks) + 1):
        ticks = chart.ticks[::step]
        tries = [_placed(chart.unit, ticks, first, ruler, chart.lang) for first in (True, False)]
        fitting = [labels for labels in tries if labels is not None]
        if fitting:  # the one that keeps the most labels; the year on the first on a tie
            return max(fitting, key=len)
    return []


def _placed(
    unit: Unit, ticks: Sequence[date], year_first: bool, ruler: Ruler, lang: str
) -> list[AxisLabel] | None:
    """The labels of `ticks` at their places, the last ones fitted to the edge; None
    when two of them run into each other."""
    texts = _labelled(unit, ticks, year_first, lang)
    labels = [AxisLabel(day, text, ruler.position(day)) for day, text in texts]
    while labels and ruler.end(labels[-1]) > ruler.room:
        kept = _last_fitted(unit, labels.pop(), labels, ruler, lang)
        if kept is not None:
            labels.append(kept)
            break
    if labels and all(ruler.end(a) + ruler.gap <= b.at for a, b in pairwise(labels)):
        return labels
    return None


def _last_fitted(
    unit: Unit, last: AxisLabel, before: Sequence[AxisLabel], ruler: Ruler, lang: str
) -> AxisLabel | None:
    """The last label made to fit the edge: at its tick without the year, else ending
    at the edge (never over the label before it); None when neither fits."""
    short = tick_label(unit, last.day, with_year=False, lang=lang)
    width = ruler.measure(short)
    floor = ruler.end(before[-1]) + ruler.gap if before else 0
    for at in (last.at, ruler.room - width):
        if floor <= at and at + width <= ruler.room:
            return AxisLabel(last.day, short, at)
    return None


def _labelled(
    unit: Unit, ticks: Sequence[date], year_first: bool, lang: str = "vi"
) -> list[tuple[date, str]]:
    years = [tick.year for tick in ticks]
    changed = [year_first, *(a != b for a, b in pairwise(years))]
    return [
        (tick, tick_label(unit, tick, new, lang)) for tick, new in zip(ticks, changed, strict=True)
    ]

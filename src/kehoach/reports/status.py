"""Status as of a day, counted the way government progress reports count it.

Reports on assigned tasks (the Government Office's tracking under Quyết định
42/2014/QĐ-TTg and its provincial equivalents) sort tasks into four bins: completed on
time, completed late, not completed within the deadline, not completed and overdue; plus
tasks without a fixed deadline (thường xuyên). Each deadline of a task is counted: a
task with two milestones owes two deliverables, each with its own due date.

Pure: `today` is a parameter; nothing here reads the clock or prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kehoach.base.text import fold
from kehoach.dates.asides import weekday_number
from kehoach.dates.deadline import (
    Context,
    Deadline,
    DeadlineError,
    DeadlineKind,
    Frequency,
    Recurrence,
)
from kehoach.dates.namedday import names_its_day
from kehoach.dates.reading import rrule_text
from kehoach.dates.recurrence import (
    Occurrence,
    next_due,
    next_occurrence,
    period_key,
    previous_due,
)
from kehoach.dates.routine import names_deliverable
from kehoach.dates.workdays import Calendar, CountError, Rollover
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import AgencyKind, Change, PeriodReport, Plan, Status, Task
from kehoach.plan.relative import counts_per_case, resolve_deadline
from kehoach.plan.schedule import (
    Slot,
    context_for,
    owed_by,
    owed_by_rule,
    read_phrase,
    rule_spans,
    series_start,
    slots,
)
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection

AGE_LIMITS = (30, 120)  # provincial reports single out work over 30 and over 120 days late


class Bin(StrEnum):
    DONE_ON_TIME = "done_on_time"  # hoàn thành đúng hạn
    DONE_LATE = "done_late"  # hoàn thành quá hạn
    IN_TIME = "in_time"  # chưa hoàn thành, trong hạn
    OVERDUE = "overdue"  # chưa hoàn thành, quá hạn
    NO_DEADLINE = "no_deadline"  # thường xuyên, không có ngày cố định
    DONE_UNDATED = "done_undated"  # báo hoàn thành nhưng thiếu ngày (validate báo lỗi)


OPEN_BINS = frozenset({Bin.IN_TIME, Bin.OVERDUE, Bin.NO_DEADLINE})  # not done, not cancelled


@dataclass(frozen=True)
class Item:
    """One deadline of one task, judged as of a day."""

    plan: Plan
    slot: Slot
    bin: Bin
    due: date | None  # the day lateness counts from (a window's last day; the current occurrence)
    completed: date | None
    days_left: int | None  # not completed, deadline ahead (0 = due today)
    days_late: int | None  # overdue, or how late it was completed
    original_phrase: str | None  # the phrase before recorded extensions, when it moved
    # the day as written when the rollover moved `due` to the next working day
    # (Bộ luật Dân sự 2015, Điều 148.5): "hạn 25/01/2026 (Chủ nhật) → 26/01/2026"
    due_as_written: date | None = None
    # what a deadline counted from another task waits for: "nhiệm vụ 3 hoàn thành"
    waiting_for: str | None = None
    # a recurring deadline: the one period this item judges ("tháng 3/2026", due 20/03/2026)
    occurrence: Occurrence | None = None

    @property
    def task(self) -> Task:
        return self.slot.task

    @property
    def per_case(self) -> bool:
        """Counted from each case's receipt ("05 ngày kể từ ngày nhận khiếu nại"): a duty
        per file or complaint, with no one due day, not a task missing its deadline."""
        return self.waiting_for is not None and counts_per_case(self.waiting_for)

    @property
    def deadline(self) -> Deadline | None:
        return self.slot.deadline

    def is_soon(self, soon_days: int) -> bool:
        return (
            self.bin is Bin.IN_TIME and self.days_left is not None and self.days_left <= soon_days
        )


@dataclass
class Tally:
    """The bins counted for one agency, or for everything.

    `kind` says what the row is: one agency, a group, a level ("UBND các cấp", counted as a
    level, not as one body), or the tasks the document gave no lead ("unstated"). `formerly`
    names the bodies whose work this one took over by the as-of day (2025 mergers)."""

    counts: dict[Bin, int] = field(default_factory=lambda: dict.fromkeys(Bin, 0))
    soon: int = 0
    overdue_over: dict[int, int] = field(default_factory=lambda: dict.fromkeys(AGE_LIMITS, 0))
    kind: str = "agency"
    formerly: list[str] = field(default_factory=list)
    # Not done yet, and moved at least once by a recorded change: a deadline that moved
    # once may move again (`kehoach slips` tells why they moved).
    open_moved: int = 0
    # Of `no_deadline`, the duties per case ("05 ngày kể từ ngày nhận khiếu nại"): each
    # file or complaint has its own due day, so none is a task missing its deadline.
    per_case: int = 0

    def add(self, item: Item, soon_days: int) -> None:
        self.counts[item.bin] += 1
        self.soon += item.is_soon(soon_days)
        self.per_case += item.per_case
        self.open_moved += item.bin in OPEN_BINS and item.original_phrase is not None
        for limit in AGE_LIMITS:
            self.overdue_over[limit] += item.bin is Bin.OVERDUE and (item.days_late or 0) > limit

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def on_time_rate(self) -> float | None:
        """Share done on time among deadlines that are done or already past (None if none)."""
        judged = (
            self.counts[Bin.DONE_ON_TIME] + self.counts[Bin.DONE_LATE] + self.counts[Bin.OVERDUE]
        )
        return self.counts[Bin.DONE_ON_TIME] / judged if judged else None


@dataclass
class Report:
    """Everything `kehoach status` shows: the items and the tallies behind them."""

    as_of: date
    soon_days: int
    items: list[Item]
    total: Tally
    agencies: list[tuple[str, Tally]]  # lead agencies, most overdue first
    left_out: list[LeftOut] = field(default_factory=list)  # plans not yet in force
    # (plan id, agency as written) -> the registry's name for it: "So Noi vu" -> "Sở Nội vụ"
    names: dict[tuple[str, str], str] = field(default_factory=dict)

    def shown(self, item: Item, written: Sequence[str]) -> list[str]:
        """The registry's names of agencies `item`'s task writes (unknown ones as written),
        each once: what every output shows, so "So Noi vu" and "Sở Nội vụ" read alike."""
        return list(dict.fromkeys(self.names.get((item.plan.id, n), n) for n in written))

    def attention(self) -> list[Item]:
        """Overdue (most days late first), then due soon (nearest first)."""
        overdue = sorted(
            (i for i in self.items if i.bin is Bin.OVERDUE), key=lambda i: -(i.days_late or 0)
        )
        soon = sorted(
            (i for i in self.items if i.is_soon(self.soon_days)), key=lambda i: i.days_left or 0
        )
        return [*overdue, *soon]

    def rest(self) -> list[Item]:
        """Everything not in `attention`, in time order, undated last."""
        shown = {id(i) for i in self.attention()}
        others = [i for i in self.items if id(i) not in shown]
        return sorted(others, key=lambda i: (i.due is None, i.due or self.as_of, _bin_order(i.bin)))


@dataclass(frozen=True)
class LeftOut:
    """A plan the report leaves out because it was not in force on the as-of day."""

    plan: Plan
    since: date  # the day it is counted from
    why: str  # "issued", "in_force" or "first_deadline": where `since` comes from


def _bin_order(bin_: Bin) -> int:
    return list(Bin).index(bin_)


def classify(
    plan: Plan,
    slot: Slot,
    today: date,
    calendar: Calendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Item | None:
    """Judge one deadline as of `today`; None when the task is cancelled (out of every count).

    With a `calendar`, working days are counted and, unless `rollover` is NONE, a last day
    that is not a working day rolls to the next working day (Bộ luật Dân sự 2015, Điều
    148.5). A deadline counted from another task's completion waits until that task is
    done on or before `today`: it has no due day until then."""
    task = slot.task
    if task.status is Status.CANCELLED:
        return None
    resolution = resolve_deadline(plan, slot.deadline, today, calendar, rollover)
    waiting = resolution.waiting_for if resolution else None
    if resolution is not None:
        counted = resolution.counted
        written, due = (counted.last, counted.due) if counted else (None, None)
    else:
        written = _due(slot.deadline, plan, today)
        rolled = calendar if rollover is Rollover.NEXT_WORKING_DAY else None
        due = _rolled(written, rolled, plan, slot.deadline)
    completed = _completed(task, slot, today)
    if completed is not None and due is not None and _before_period(slot.deadline, due, completed):
        completed = None  # done for an earlier occurrence, not the current one
    original = _original_phrase(task, slot.index)
    if original == slot.milestone.phrase:
        original = None  # as of a day before its first recorded change: not moved yet

    moved = written if due != written else None

    def item(bin_: Bin, left: int | None = None, late: int | None = None) -> Item:
        return Item(plan, slot, bin_, due, completed, left, late, original, moved, waiting)

    if task.status is Status.DONE and task.completed is None and slot.milestone.completed is None:
        return item(Bin.DONE_UNDATED)
    if due is None:
        return item(Bin.NO_DEADLINE)
    if completed is not None:
        late = (completed - due).days
        return item(Bin.DONE_LATE, late=late) if late > 0 else item(Bin.DONE_ON_TIME)
    if today <= due:
        return item(Bin.IN_TIME, left=(due - today).days)
    return item(Bin.OVERDUE, late=(today - due).days)


def classify_all(
    plan: Plan,
    slot: Slot,
    today: date,
    calendar: Calendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
    *,
    settings: Settings | None = None,
) -> list[Item]:
    """Every deliverable of one deadline as of `today`: one item, or for a recurring
    deadline with a start, one per occurrence due from the start to `today` and the next
    one (a report owed each period, Nghị định 09/2019/NĐ-CP). Without a start, only the
    next occurrence is judged (`classify`). A rule changed by a recorded change owes each
    period by the rule in force when it fell due (`rule_spans`; `settings` reads the old
    phrases as the plan's are read)."""
    deadline, task = slot.deadline, slot.task
    start = series_start(plan, task)
    rule = deadline.series if deadline is not None else None
    if rule is None or start is None or task.status is Status.CANCELLED:
        one = classify(plan, _as_it_stood(plan, slot, today, settings), today, calendar, rollover)
        return [] if one is None else [one]
    if task.status is Status.DONE and task.completed is None and not task.reports:
        one = classify(plan, slot, today, calendar, rollover)  # done without a day: say so
        return [] if one is None else [one]
    if deadline is not None and task.status is not Status.DONE and is_routine(deadline, task):
        return [_routine_item(plan, slot, deadline, today)]
    if task.history:
        context = (
            context_for(plan, settings)
            if settings
            else Context(issued=plan.issued, standing=plan.standing)
        )
        owed = owed_by_rule(rule_spans(slot, context), start, today, task.until)
    else:  # the rule never changed: every occurrence is its (most tasks, most days)
        owed = [(slot, o) for o in owed_by(rule, start, today, task.until)]
    sent = _sent_by_period(task, slot, [o for _, o in owed], today)
    rolled = calendar if rollover is Rollover.NEXT_WORKING_DAY else None
    original = _original_phrase(task, slot.index)
    return [
        _occurrence_item(
            plan, s, o, sent=sent.get(o.due), today=today, calendar=rolled, original=original
        )
        for s, o in owed
    ]


def is_routine(deadline: Deadline, task: Task) -> bool:
    """Whether a recurring deadline is a routine duty, judged by its current occurrence as
    a standing one ("thường xuyên"), not as one deliverable owed each period: a reading the
    language calls a duty (`Deadline.duty`: every daily rule, and a phrase saying when the
    duty is done with no word of a deliverable), unless, for a rule other than a daily one
    (no report is owed by day, Nghị định 09/2019/NĐ-CP, Điều 12), its task recorded a report
    (`reports`) or its title names a deliverable ("báo cáo", "gửi", "trước", "hạn", …)."""
    if not deadline.duty or deadline.recurrence is None:
        return False
    if deadline.recurrence.frequency is Frequency.DAILY:
        return True
    return not task.reports and not names_deliverable(task.title)


def _routine_item(plan: Plan, slot: Slot, deadline: Deadline, today: date) -> Item:
    """A routine duty as of `today`: one standing item ("thường xuyên", `no_deadline`),
    its current occurrence (due today or next) given for the JSON, never its past ones."""
    series = deadline.series
    assert series is not None
    current = next_occurrence(series, today, today, slot.task.until)
    original = _original_phrase(slot.task, slot.index)
    return Item(plan, slot, Bin.NO_DEADLINE, None, None, None, None, original, None, None, current)


def _sent_by_period(
    task: Task, slot: Slot, due: Sequence[Occurrence], today: date
) -> dict[date, date]:
    """The day each occurrence's report was sent (by its due day as key), as of `today`.
    `reports` name their period; a task without them that records one completion day
    (the form before periodic reports) counts it for the period it falls in."""
    sent: dict[date, date] = {}
    by_key = {period_key(o.period): o.due for o in due}
    for report in slot.reports:
        key = by_key.get(period_key(report.period))
        if key is not None and report.sent <= today:
            sent.setdefault(key, report.sent)
    legacy = _completed(task, slot, today)
    if not task.reports and legacy is not None and due:
        ahead = [o.due for o in due if o.due >= legacy]
        sent.setdefault(ahead[0] if ahead else due[-1].due, legacy)
    return sent


def _occurrence_item(
    plan: Plan,
    slot: Slot,
    occurrence: Occurrence,
    *,
    sent: date | None,
    today: date,
    calendar: Calendar | None,
    original: str | None,
) -> Item:
    due = _rolled(occurrence.due, calendar, plan, slot.deadline)
    assert due is not None
    moved = occurrence.due if due != occurrence.due else None
    if original is not None and slot.milestone.phrase != _current_phrase(slot):
        original = None  # owed by a phrase since changed: due by that phrase, not moved

    def item(bin_: Bin, left: int | None = None, late: int | None = None) -> Item:
        return Item(plan, slot, bin_, due, sent, left, late, original, moved, None, occurrence)

    if sent is not None:
        late = (sent - due).days
        return item(Bin.DONE_LATE, late=late) if late > 0 else item(Bin.DONE_ON_TIME)
    if today <= due:
        return item(Bin.IN_TIME, left=(due - today).days)
    return item(Bin.OVERDUE, late=(today - due).days)


def _as_it_stood(plan: Plan, slot: Slot, today: date, settings: Settings | None) -> Slot:
    """The milestone as it read on `today`: before a recorded change decided after that
    day, the phrase then in force (a survey due 05/11 whose extension was decided on
    14/11 was overdue on 10/11, as that day's report said); from the change's day on, and
    without recorded changes, the phrase the file holds. A phrase of then that no longer
    reads leaves the file's."""
    if not slot.task.history:
        return slot
    context = (
        context_for(plan, settings)
        if settings
        else Context(issued=plan.issued, standing=plan.standing)
    )
    for span in rule_spans(slot, context):
        if (span.since is None or span.since <= today) and (
            span.until is None or today < span.until
        ):
            return span.slot if span.slot.deadline is not None else slot
    return slot


def reports_of(task: Task, period: str) -> list[PeriodReport]:
    """The reports a task records for `period` (as written, compared without diacritics)."""
    return [r for r in task.reports if period_key(r.period) == period_key(period)]


@dataclass(frozen=True)
class DueDay:
    """The day a deadline falls due as `status` counts it, and the last day its phrase
    writes when that is a day off the deadline rolled from (`written`; None when the two
    are one day): "30/04/2026 (T5) → 04/05/2026"."""

    due: date
    written: date | None = None


def due_day(
    plan: Plan,
    deadline: Deadline | None,
    calendar: Calendar | None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> DueDay | None:
    """The day `deadline` of `plan` falls due, as `classify` counts it but with no as-of
    day: a count from what the plan records (an event's day, the issue day, a task's
    completion whenever reported), else the phrase's last day (a window's), each rolled
    off a day off as `classify` rolls it (`_rolled`). None when it has no day yet. What
    `diff`, `log` and `slips` count a move by, so they say the days `status` says."""
    if deadline is None:
        return None
    resolution = resolve_deadline(plan, deadline, None, calendar, rollover)
    if resolution is not None:
        counted = resolution.counted
        written, due = (counted.last, counted.due) if counted else (None, None)
    else:
        rolled = calendar if rollover is Rollover.NEXT_WORKING_DAY else None
        written = deadline.last
        due = _rolled(written, rolled, plan, deadline)
    if due is None or written is None:
        return None
    return DueDay(due, written if written != due else None)


def _rolled(
    day: date | None, calendar: Calendar | None, plan: Plan, deadline: Deadline | None
) -> date | None:
    """The day a last day written in the plan falls due: the next working day when it is a
    day off. Bộ luật Dân sự 2015, Điều 148 khoản 5: "Khi ngày cuối cùng của thời hạn là ngày
    nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm
    việc tiếp theo ngày nghỉ đó." Not rolled, as no "thời hạn" counted to its last day:
    - the day of one of the plan's `events:`: the plan holds its event that day (the
      election on a Sunday), so the day is worked, not a "ngày nghỉ", and work ending with
      the event ("đến ngày 15/03/2026", the voters' list posted until election day) ends on
      it, never the Monday after;
    - a moment stated with its time of day (`Deadline.time`), the lead's convention: the
      document chose the hour, as "các chợ, tiểu thương phải dừng hoạt động chậm nhất từ 12
      giờ ngày 16/2" (UBND TP Hồ Chí Minh, Tết Bính Ngọ 2026: the 29th of Tết, a day off)
      closes the markets at noon that day, never a week later when the holiday ends;
    - a day printed with its weekday, or an event's day (`kept_as_written`)."""
    if day is None or calendar is None or any(event.day == day for event in plan.events):
        return day
    if kept_as_written(day, deadline):
        return day
    try:
        return calendar.next_working_day(day)
    except CountError:  # a year without holiday data: the day as written, not a guess
        return day


def occurrence_day(
    day: date, calendar: Calendar | None, plan: Plan, deadline: Deadline | None
) -> date:
    """The day one occurrence of a recurring deadline falls due, as `status` counts it: its
    day `day` as the rule gives it, rolled to the next working day when a day off
    (`_rolled`: BLDS 2015 Điều 148.5; an event's day and a day printed with its weekday
    kept). `calendar` None: the "none" rollover, the day as written."""
    return _rolled(day, calendar, plan, deadline) or day


def open_occurrence(deadline: Deadline, as_of: date, calendar: Calendar | None) -> date:
    """The due day, as the rule gives it, of the first period of recurring `deadline` still
    open on `as_of`: the rule's first day on or after `as_of`, or the one before when that
    day was a day off that rolls past `as_of` (BLDS 2015 Điều 148.5). A monthly report due
    the 20th, asked on Sunday 21/02/2027: February's, due Monday 22/02, never March's
    (fresh39). `kehoach deadline`'s "Hạn kế tiếp" and JSON `next_due`."""
    assert deadline.recurrence is not None
    occurrence = current_occurrence(deadline.recurrence, as_of)
    earlier = previous_occurrence(deadline.recurrence, occurrence)
    if calendar is None or earlier >= as_of or kept_as_written(earlier, deadline):
        return occurrence
    try:
        due = calendar.next_working_day(earlier)
    except CountError:
        return occurrence
    return earlier if due >= as_of else occurrence


def kept_as_written(day: date, deadline: Deadline | None) -> bool:
    """Whether `deadline`'s last day `day`, were it a day off, stays the day it falls due
    on, as the document chose it knowingly (`_rolled` lists the plan's events too):
    - a moment stated with its time of day (`Deadline.time`), the lead's convention;
    - a day printed with its own weekday ("07/02/2021 (chủ Nhật)": UBND tỉnh Phú Thọ's
      election timetable, 2021, the step due 105 days before election day): the document
      names the day off it sets, and the Monday after would be a day later than it says;
    - a day named by what it is: its lunar date, "Giao thừa", "Quốc khánh"
      (`namedday.names_its_day`);
    - the day an event is held (`held_on`).
    `deadline` (`kehoach deadline`) and `status` both ask it, so both name one due day."""
    return kept_because(day, deadline) is not None


def kept_because(day: date, deadline: Deadline | None) -> str | None:
    """Why `kept_as_written` keeps `day`, in words for a reading ("văn bản ghi cả thứ của
    ngày"); None when it does not."""
    if deadline is None:
        return None
    if deadline.time is not None:
        return "văn bản nêu cả giờ"
    if day.weekday() in _weekdays_named(deadline.phrase):
        return "văn bản ghi cả thứ của ngày"
    if said := names_its_day(deadline.phrase, deadline.gloss, day):
        return said
    if not held_on(deadline):
        return None
    return (
        "đây là ngày cuối sự kiện diễn ra"
        if deadline.first != day
        else "đây là ngày tổ chức sự kiện"
    )


# An event held on its day: "Khai mạc Hội khỏe Phù Đổng ngày 15/3/2027", "Tổ chức Lễ kỷ niệm
# vào ngày 02/9", "khai giảng năm học mới ngày 5/9" (folded). Điều 148.5 rolls the last day
# of a "thời hạn", a time given to do a thing; an event's own day is when it is held, on a
# Sunday as often as not (the lead's ruling, session 36), and the Monday after is a day it
# is not held. A limit word makes it a deadline to do the thing by ("tổ chức xong trước
# ngày …", "chậm nhất", "hạn"), rolled as any.
# "tổ chức" is the verb only: "các cơ quan, tổ chức …", "cá nhân và tổ chức" name bodies,
# whose report due that day still rolls (review37's catch). A make-up day ("học bù", "làm
# bù") and a day off in lieu ("nghỉ bù") are the days themselves, a Saturday as often as not
# (the session 49 tester: "… và sẽ học bù vào ngày 17/1/2026" ran to Monday 19/01)
_MADE_UP = r"|(?:hoc|lam|nghi)\s+bu"
_EVENT_HELD = re.compile(
    r"(?<![a-z])(?:khai\s+mac|be\s+mac|(?<!cac\s)(?<!va\s)(?<!,\s)(?<!hoac\s)to\s+chuc"
    rf"|dien\s+ra|khai\s+giang|be\s+giang|khanh\s+thanh{_MADE_UP})(?![a-z])",
    re.ASCII,
)
_LIMIT = re.compile(
    r"(?<![a-z])(?:truoc|cham\s+nhat|muon\s+nhat|han|hoan\s+thanh|xong|den\s+het|tre)(?![a-z])",
    re.ASCII,
)


# An event held over days, told with the words that say it takes place on them: "Hội Hoa
# Xuân TPHCM, diễn ra từ ngày 10 – 21/2" (Tiền Phong, 13/01/2026: the fair closes on
# Saturday 21/2), "Đường hoa được tổ chức từ ngày 10 - 16/2", "Đại hội dự kiến diễn ra trong
# các ngày 19-25/1". Its last day is the last it is held, not a "thời hạn" ending (fresh39:
# status and the feed ran the fair into the Monday after). A window given to do a thing in
# ("Tổ chức khai giảng từ ngày 1/9 đến ngày 5/9/2021", active "tổ chức") is a span of work
# whose last day rolls as any.
# Said of the window's own step (`Deadline.label`: in "Các đơn vị nộp sản phẩm dự thi từ ngày
# 7 - 13/12/2026; Lễ trao giải diễn ra ngày 20/12/2026" the entries are due, the ceremony
# held), never of work readying the event ("Chuẩn bị cơ sở vật chất phục vụ Hội thi được tổ
# chức từ ngày 10 - 13/12/2026": fresh39b), as printed, lower case.
_HELD_OVER = re.compile(
    rf"(?<![a-z])(?:dien\s+ra|duoc\s+to\s+chuc|be\s+mac{_MADE_UP})(?![a-z])", re.ASCII
)
_READYING = re.compile(r"(?<!\w)(?:chuẩn\s+bị|phục\s+vụ|để|nhằm)(?!\w)")


def held_on(deadline: Deadline) -> bool:
    """Whether `deadline` is the day or the days an event is held: one day named with
    `_EVENT_HELD`, or a window whose step says it is held over them (`_held_over`), and no
    `_LIMIT` word. Its last day is never rolled to the next working day."""
    folded = fold(deadline.phrase).lower()
    if _LIMIT.search(folded):
        return False
    if deadline.kind is DeadlineKind.DATE and deadline.first == deadline.last:
        return _EVENT_HELD.search(folded) is not None
    return deadline.kind is DeadlineKind.WINDOW and _held_over(deadline.label or "")


def _held_over(step: str) -> bool:
    """Whether a window's `step` (as printed) is an event held over its days (`_HELD_OVER`),
    not work readying it (`_READYING`)."""
    return bool(_HELD_OVER.search(fold(step).lower())) and not _READYING.search(step.lower())


# A weekday as a phrase prints it, folded: "chủ Nhật", "CN", "thứ Bảy", "thứ 7"; never the
# ordinal of "lần thứ hai", "kỳ họp thứ bảy".
_WEEKDAY_NAMED = re.compile(
    r"(?<![a-z0-9])(?<!lan )(?<!hop )(?<!khoa )"
    r"(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat|cn))(?![a-z0-9])",
    re.ASCII,
)


def _weekdays_named(phrase: str) -> set[int]:
    """The weekdays `phrase` names, as `date.weekday` counts them (Monday 0 ... Sunday 6)."""
    return {weekday_number(m) for m in _WEEKDAY_NAMED.finditer(fold(phrase))}


def _current_phrase(slot: Slot) -> str:
    """The phrase the file holds for the slot's milestone (a slot of `rule_spans` may
    hold an earlier one)."""
    milestones = slot.task.milestones
    return milestones[slot.index].phrase if slot.index < len(milestones) else ""


def _original_phrase(task: Task, index: int) -> str | None:
    """The phrase the plan first gave this milestone, when recorded changes moved it."""
    changes = milestone_history(task, index)
    return changes[0].from_ if changes else None


def milestone_history(task: Task, index: int) -> list[Change]:
    """The recorded changes of the task's milestone `index` (0-based), oldest first."""
    return [c for c in task.history if (c.milestone or 1) - 1 == index]


def _completed(task: Task, slot: Slot, today: date) -> date | None:
    """A milestone's own completion date, else the task's when the task is done; None
    when that day is after `today` (as of `today` the work was not yet done)."""
    day = slot.milestone.completed
    if day is None and task.status is Status.DONE:
        day = task.completed
    return day if day is not None and day <= today else None


def _due(deadline: Deadline | None, plan: Plan, today: date) -> date | None:
    if deadline is None:
        return None
    if deadline.kind is DeadlineKind.RECURRING and deadline.recurrence is not None:
        return current_occurrence(deadline.recurrence, today)
    return deadline.last  # a window counts from its last day


def _before_period(deadline: Deadline | None, due: date, completed: date) -> bool:
    """Whether `completed` belongs to a period before the one ending on `due`."""
    rule = deadline.recurrence if deadline else None
    return rule is not None and completed <= previous_occurrence(rule, due)


def previous_occurrence(rule: Recurrence, due: date) -> date:
    """The due day of the period before the one ending on `due` (dateutil expands the
    rule's RRULE: one rule for every place that counts occurrences)."""
    return previous_due(rrule_text(rule), due, rule.anchor)


def current_occurrence(rule: Recurrence, today: date) -> date:
    """The first due day of a recurring deadline on or after `today` (of a rule due every
    few years, counted from its anchor: `Recurrence.anchor`)."""
    return next_due(rrule_text(rule), today, rule.anchor)


def build_report(
    plan_files: Sequence[PlanFile],
    settings: Settings,
    directory: Directory | None,
    today: date,
    *,
    soon_days: int = 7,
    selection: Selection | None = None,
    calendar: Calendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Report:
    """Classify every selected deadline as of `today` and count them (rolled over to the
    next working day by `calendar`, when given)."""
    items = [
        item
        for pf, slot in selected_slots(plan_files, settings, directory, today, selection)
        for item in classify_all(pf.plan, slot, today, calendar, rollover, settings=settings)
    ]
    total = Tally()
    for item in items:
        total.add(item, soon_days)
    agencies = _by_agency(items, directory, soon_days, today)
    left_out = _left_out(plan_files, settings, today)
    names = _names(items, directory, selection or Selection())
    return Report(today, soon_days, items, total, agencies, left_out, names)


def _names(
    items: Iterable[Item], directory: Directory | None, selection: Selection
) -> dict[tuple[str, str], str]:
    """The registry's name of each agency the items' tasks write, read in its plan's
    jurisdiction, where it differs from what is written; over several provinces with the
    province, as the summary's rows name them (the listing named Nghệ An's "Ban Tôn giáo"
    and Hà Tĩnh's alike). A collective selected for its members (`Selection.shares`) says so,
    naming each member its work reaches in that plan (of the plan's province, existing on
    its day): "UBND các xã, phường (giao chung, gồm Ủy ban nhân dân xã Đô Lương)"; a
    Gia Lai plan's "Các sở, ngành" never names Đắk Lắk's Sở, whichever was typed last."""
    items = list(items)
    several = directory is not None and directory.spans_provinces(i.plan for i in items)
    names: dict[tuple[str, str], str] = {}
    for item in items:
        for written in (*item.task.lead, *item.task.support):
            key = (item.plan.id, written)
            if key not in names:
                names[key] = _shown(written, directory, item.plan, several, selection)
    return {key: name for key, name in names.items() if name != key[1]}


def _shown(
    written: str, directory: Directory | None, plan: Plan, several: bool, selection: Selection
) -> str:
    agency = directory.resolve(written, directory.scope_for(plan)) if directory else None
    if agency is None or directory is None:
        return written
    name = directory.named_in_plan(agency, plan) if several else agency.name
    scope = directory.scope_for(plan)
    members = selection.members(agency.id, plan, scope.province.id if scope.province else None)
    return f"{name} (giao chung, gồm {', '.join(members)})" if members else name


def in_force_from(plan: Plan, settings: Settings) -> tuple[date, str] | None:
    """The day a plan is counted from, and why: its issue date; else the day the file
    states (`in_force`); else its first deadline (the earliest first day of a dated
    milestone). None when it has none of these: then it is counted on every day."""
    if plan.issued is not None:
        return plan.issued, "issued"
    if plan.in_force is not None:
        return plan.in_force, "in_force"
    days = [s.deadline.first or s.deadline.last for s in slots(plan, settings) if s.deadline]
    days += _first_days_as_issued(plan, settings)
    dated = [d for d in days if d is not None]
    return (min(dated), "first_deadline") if dated else None


def _first_days_as_issued(plan: Plan, settings: Settings) -> list[date | None]:
    """The first days of the phrases a plan gave before recorded changes moved them (the
    `from` of each milestone's first change): the plan was issued before its first
    deadline as the document gave it, and a later extension does not move that day."""
    context = context_for(plan, settings)
    out: list[date | None] = []
    for task in plan.tasks:
        firsts: dict[int, Change] = {}
        for change in task.history:
            firsts.setdefault(change.milestone or 1, change)
        for first in firsts.values():
            if first.from_last_day is not None:  # the days the old phrase was read by
                out.append(first.from_first_day or first.from_last_day)
                continue
            try:
                reading = read_phrase(first.from_, context)
            except DeadlineError:
                continue  # an unreadable old phrase dates nothing
            out.append(reading.first or reading.last)
    return out


def _in_force(plan: Plan, today: date, settings: Settings) -> bool:
    """A plan not yet issued (or in force) on `today` did not exist yet: it owes nothing."""
    since = in_force_from(plan, settings)
    return since is None or since[0] <= today


def _left_out(plan_files: Sequence[PlanFile], settings: Settings, today: date) -> list[LeftOut]:
    out = []
    for pf in plan_files:
        since = in_force_from(pf.plan, settings)
        if since is not None and since[0] > today:
            out.append(LeftOut(pf.plan, *since))
    return out


def agency_key(name: str, directory: Directory | None, plan: Plan | None = None) -> tuple[str, str]:
    """(id, display name) of an agency as written, read in `plan`'s jurisdiction when
    given; unknown names stand for themselves."""
    scope = directory.scope_for(plan) if directory and plan else None
    agency = directory.resolve(name, scope) if directory else None
    return (agency.id, agency.name) if agency else (name, name)


def selected_slots(
    plan_files: Sequence[PlanFile],
    settings: Settings,
    directory: Directory | None,
    today: date,
    selection: Selection | None = None,
) -> Iterator[tuple[PlanFile, Slot]]:
    """Every milestone the selection asks for, of the plans in force on `today`, in file order."""
    selection = selection or Selection()
    for pf in plan_files:
        wanted = selection.plans is None or pf.plan.id in selection.plans
        if wanted and _in_force(pf.plan, today, settings):
            for slot in slots(pf.plan, settings):
                if is_selected(slot.task, selection, directory, pf.plan):
                    yield pf, slot


def is_selected(
    task: Task, selection: Selection, directory: Directory | None, plan: Plan | None = None
) -> bool:
    """Whether `task` (of `plan`) is one of the selected agencies' (lead, or lead or support)."""
    if selection.agencies is None:
        return True
    names = named_agencies(task, selection.lead_only)
    scope = directory.scope_for(plan) if directory and plan else None
    province = scope.province.id if scope and scope.province else None
    return any(selection.counts(agency_key(n, directory, plan)[0], plan, province) for n in names)


def named_agencies(task: Task, lead_only: bool = False) -> list[str]:
    """The agencies a task names, as written: its leads, and its supporters unless `lead_only`."""
    return task.lead if lead_only else [*task.lead, *task.support]


def _by_agency(
    items: Sequence[Item], directory: Directory | None, soon_days: int, today: date
) -> list[tuple[str, Tally]]:
    """Tallies per lead body, each read in its plan's jurisdiction and counted under the
    body that answers for it on `today` (a body merged away hands over to its successor)."""
    tallies: dict[str, tuple[str, Tally]] = {}
    read: dict[tuple[str, int], tuple[str, tuple[str, str, list[str]]]] = {}  # per plan
    several = directory is not None and directory.spans_provinces(i.plan for i in items)
    for item in items:
        leads = {}
        for lead in item.task.lead:
            if (lead, id(item.plan)) not in read:
                found = _lead_row(lead, item.plan, directory, today, several=several)
                read[lead, id(item.plan)] = found
            key, row = read[lead, id(item.plan)]
            leads[key] = row
        for key, (name, kind, formerly) in leads.items():
            _, tally = tallies.setdefault(key, (name, Tally(kind=kind)))
            tally.formerly.extend(f for f in formerly if f not in tally.formerly)
            tally.add(item, soon_days)
    rows = list(tallies.values())
    return sorted(rows, key=lambda kv: (-kv[1].counts[Bin.OVERDUE], fold(kv[0])))


def _lead_row(
    name: str, plan: Plan, directory: Directory | None, today: date, *, several: bool = False
) -> tuple[str, tuple[str, str, list[str]]]:
    """(row key, (display name, kind, names taken over)) for one lead as written; each
    named with its province when the rows are of `several` provinces: the registry's
    "Sở Tài chính" of Nghệ An beside Sơn La's "Sở Tài chính tỉnh Sơn La" named no
    province, as if it were every province's."""
    if directory is None:
        return name, (name, "agency", [])
    agency = directory.resolve(name, directory.scope_for(plan))
    if agency is None:
        return name, (name, "agency", [])
    body, formerly = directory.current(agency, today)
    if not several:
        return body.id, (body.name, str(body.kind), [a.name for a in formerly])
    named = directory.named_in_plan(body, plan)
    # the silence of each province's documents is its own row: one province's to assign
    key = f"{body.id}/{named}" if body.kind is AgencyKind.UNSTATED else body.id
    return key, (named, str(body.kind), [directory.named_with_province(a) for a in formerly])

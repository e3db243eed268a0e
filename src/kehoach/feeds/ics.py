"""Calendar feeds of plan deadlines (iCalendar, RFC 5545): what `kehoach export-ics` writes.

Each dated milestone of a task becomes one all-day VEVENT (or VTODO) on its last allowed
day. Calendar apps match an event by its UID and take an update only when its SEQUENCE
rises (RFC 5545 §3.8.7.4; RFC 5546 §2.1.4), so:

- the UID comes from the plan id, the task id and the milestone number only, never from a
  date or a text: a moved deadline or a reworded title updates the same event;
- SEQUENCE never falls. It is the number of recorded changes (`history`) of the milestone,
  or, when the previously published feed is known, that feed's SEQUENCE plus one if
  anything a subscriber sees has changed (the X-KEHOACH-FINGERPRINT of the event tells),
  whichever is higher. Hand edits without a history entry and shallow CI clones are both
  covered by the second rule;
- DTSTAMP and LAST-MODIFIED are the time of the event's current version: they move with
  SEQUENCE and with nothing else, so the same plans give byte-identical feeds;
- a recurring deadline is one event with an RRULE; each period whose report was sent by
  the export day is an EXDATE of it (§3.8.5.1), or with --include-done an override of
  that occurrence marked ✓ (§3.8.4.4 RECURRENCE-ID, versioned on its own).

Pure: the day (`today`), the previous feed and the plans' source time come in as
parameters; nothing here reads the clock, the disk or git.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from icalendar import Alarm, Calendar, Component, Event, Todo, vDDDTypes, vDuration, vText
from icalendar.caselessdict import canonsort_keys

from kehoach.base.text import cut, fold, nfc, one_line, printable, squash
from kehoach.base.vntime import VIETNAM
from kehoach.dates.deadline import (
    BYDAY,
    Deadline,
    DeadlineKind,
    Frequency,
    Recurrence,
    nth_weekday_parts,
)
from kehoach.dates.grammar import show
from kehoach.dates.recurrence import Occurrence, occurrence
from kehoach.dates.workdays import Calendar as WorkCalendar
from kehoach.dates.workdays import Rollover
from kehoach.plan.agencies import UNSTATED, Directory
from kehoach.plan.collectives import members_of, unplaced
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import LAST_DAY, Plan, Status
from kehoach.plan.schedule import Slot, context_for, rule_spans, series_start
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection, for_agency
from kehoach.reports.status import (
    Bin,
    Item,
    agency_key,
    classify,
    classify_all,
    current_occurrence,
    in_force_from,
    is_selected,
    milestone_history,
    named_agencies,
    selected_slots,
)

PRODID = "-//kehoach//kehoach//VI"
# The start of a repeating event whose plan states no day to count from (no issue day, no
# day in force, no `from`, no dated deadline): a fixed day, never the export day.
SERIES_EPOCH = date(2020, 1, 1)
UID_DOMAIN = "kehoach"
TIMEZONE = "Asia/Ho_Chi_Minh"  # all-day dates need no VTIMEZONE; clients show them as is
REFRESH = timedelta(hours=12)  # how often subscribers should fetch the feed again
REMINDER_TIME = time(9)  # a reminder rings at 09:00 on its day
TITLE_LIMIT = 60  # characters of the task title in SUMMARY: scannable in a day cell
DEFAULT_ALARMS = (7, 1)  # days before the deadline
ALL_TITLE = "Kế hoạch — tất cả cơ quan"
FINGERPRINT = "X-KEHOACH-FINGERPRINT"
MAX_SEQUENCE = 2**31 - 1  # RFC 5545 §3.3.8 INTEGER; a previous SEQUENCE must leave room for +1
FIRST_MODIFIED = datetime(1970, 1, 1, tzinfo=UTC)  # Unix time, as SOURCE_DATE_EPOCH counts
LAST_MODIFIED = datetime.combine(LAST_DAY, time(), tzinfo=UTC)
UNDATED = frozenset({DeadlineKind.ONGOING, DeadlineKind.RELATIVE, DeadlineKind.UNKNOWN})
PER_CASE = "per_case"  # left out as a duty per case (`Item.per_case`), not as "relative"
DONE = frozenset({Bin.DONE_ON_TIME, Bin.DONE_LATE, Bin.DONE_UNDATED})
# What an open milestone's task reports: (the description's words, the to-do's STATUS). A
# task reported done after the export day, or a recurring one, is still open on that day.
OPEN_STATE = {
    None: ("Chưa báo cáo", "NEEDS-ACTION"),
    Status.NOT_STARTED: ("Chưa bắt đầu", "NEEDS-ACTION"),
    Status.IN_PROGRESS: ("Đang thực hiện", "IN-PROCESS"),
    Status.DONE: ("Đang thực hiện", "IN-PROCESS"),
}


class Split(StrEnum):
    AGENCY = "agency"  # one feed per agency that leads or supports (with its predecessors)
    PLAN = "plan"  # one feed per plan


class FeedError(ValueError):
    """A previously published feed that cannot be read (its SEQUENCEs would be lost)."""


class SplitError(ValueError):
    """Split feeds whose file names would collide: one would overwrite another (or the
    feed of everything, or sit beside index.html as if it were the page)."""


RESERVED_STEMS = ("all", "index")  # all.ics is every deadline; index.html lists the feeds


@dataclass(frozen=True)
class Options:
    """How the events are written."""

    todo: bool = False  # VTODO instead of VEVENT
    spans: bool = False  # a window as a multi-day event rather than on its last day
    alarms: tuple[int, ...] = DEFAULT_ALARMS  # reminders, in days before the deadline
    include_done: bool = False
    plan_url: str | None = None  # links to plan files: this URL + the file's path below `root`
    root: Path = Path()


@dataclass(frozen=True)
class Published:
    """What a previously published feed said about one event."""

    sequence: int
    fingerprint: str | None
    modified: datetime | None


@dataclass(frozen=True)
class Entry:
    """One dated milestone to publish, as it stands on the export day."""

    plan_file: PlanFile
    slot: Slot
    deadline: Deadline
    item: Item | None  # None when the task is cancelled (status counts it nowhere)
    today: date  # the export day (--as-of)
    # a recurring deadline's start, fixed by the plan (the task's `from`, the issue day,
    # the day in force, the first dated deadline): its DTSTART never moves with `today`
    starts: date | None = None
    # a recurring deadline's occurrences whose report was sent by `today`, as `status`
    # judges them (each Item has its `occurrence` and, as `completed`, the day it was sent):
    # the series' EXDATEs, or with --include-done its overrides marked ✓
    sent: tuple[Item, ...] = ()
    # periods still owed under a rule the milestone had before its series starts (a
    # recorded change, `_series_from`): the RRULE does not hold them, each is its own event
    earlier: tuple[Item, ...] = ()

    @property
    def plan(self) -> Plan:
        return self.plan_file.plan

    @property
    def uid(self) -> str:
        return event_uid(self.plan.id, self.slot.task.id, self.slot.index)

    @property
    def cancelled(self) -> bool:
        return self.item is None

    @property
    def done(self) -> bool:
        """Done as of the export day. A recurring deadline is one series for every period:
        a completion does not end it, so it is never done (nor left out, nor silenced)."""
        recurring = self.deadline.recurrence is not None
        return self.item is not None and self.item.bin in DONE and not recurring


@dataclass(frozen=True)
class Feed:
    """One calendar file, as the pieces it is written from (each event's bytes are shared
    by every feed holding it, and never joined into one more copy unless asked)."""

    stem: str  # the file name without ".ics"
    title: str
    events: int
    parts: tuple[bytes, ...]

    @property
    def data(self) -> bytes:
        """The whole file."""
        return b"".join(self.parts)


@dataclass(frozen=True)
class Listed:
    """One line of index.html: a feed, or a group that has no feed because none of its
    milestones has a day (an agency whose every task is ongoing or undated)."""

    title: str
    stem: str | None  # the feed's file name without ".ics"; None: no feed
    events: int  # dated milestones in the feed
    undated: int  # milestones left out for having no day


@dataclass(frozen=True)
class Export:
    feeds: list[Feed]
    events: int  # distinct events over all feeds
    left_out: Counter[str]  # undated milestones, by kind (or PER_CASE)
    listing: tuple[Listed, ...] = ()  # index.html's lines: every feed, then groups without
    done: int = 0  # dated milestones left out as completed (no --include-done)
    done_shown: int = 0  # completed milestones in the feed (--include-done, marked ✓)
    # plans asked for but not in force on the export day ("12/KH-UBND", its first day):
    # none of their milestones is in the feed, and the closing line must say why
    not_yet: tuple[tuple[str, date], ...] = ()


def event_uid(plan_id: str, task_id: str, index: int) -> str:
    """`kh-348-2022.2.m1@kehoach`: plan ids have no dot, so the parts cannot run together."""
    return f"{plan_id}.{task_id}.m{index + 1}@{UID_DOMAIN}"


def export(
    plan_files: Sequence[PlanFile],
    settings: Settings,
    directory: Directory | None,
    today: date,
    *,
    selection: Selection,
    title: str = ALL_TITLE,
    split: Split | None = None,
    options: Options | None = None,
    previous: dict[str, Published] | None = None,
    stamp: datetime,
    work_calendar: WorkCalendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> Export:
    """The feeds for the selected milestones: `all` first, then one per agency or plan.
    With a `work_calendar`, a one-off deadline on a day off is published on the
    next working day (the repository's rollover, Bộ luật Dân sự 2015, Điều 148.5)."""
    options = options or Options()
    entries, left_out, undated, done = collect(
        plan_files,
        settings,
        directory,
        today,
        selection,
        include_done=options.include_done,
        work_calendar=work_calendar,
        rollover=rollover,
    )
    every = [*entries, *undated]  # a feed's agencies: named by a milestone, dated or not
    split_groups = list(_groups(entries, split, directory, selection, every))
    check_stems([(stem, key) for stem, key, _name, _group in split_groups])
    before = previous or {}
    # Each event serialised once; a split feed reuses the bytes of the feed of everything.
    events = {
        e.uid: event_bytes(e, options, directory, before.get(e.uid), stamp)
        + override_bytes(e, options, directory, before, stamp)
        + owed_bytes(e, options, directory, before, stamp)
        for e in entries
    }
    groups = [("all", title, entries), *((s, n, g) for s, _key, n, g in split_groups)]
    feeds = [
        Feed(stem, name, len(group), calendar_parts(name, [events[e.uid] for e in group]))
        for stem, name, group in groups
    ]
    listing = _listing(feeds, undated, split, directory, selection, every=every)
    shown = sum(1 for e in entries if e.done)
    not_yet = _not_in_force(plan_files, settings, today, selection)
    return Export(feeds, len(entries), left_out, listing, done, shown, not_yet)


def _not_in_force(
    plan_files: Sequence[PlanFile], settings: Settings, today: date, selection: Selection
) -> tuple[tuple[str, date], ...]:
    """The selected plans not yet in force on `today`, as `status` leaves them out: each
    plan's number and first day. A xã's plan for next year, issued in January, exported
    in December gave "đã xuất 0 mốc thời hạn" and no word of why."""
    out = []
    for pf in plan_files:
        since = in_force_from(pf.plan, settings)
        wanted = selection.plans is None or pf.plan.id in selection.plans
        if wanted and since is not None and since[0] > today:
            out.append((pf.plan.number or pf.plan.id, since[0]))
    return tuple(out)


def _listing(
    feeds: Sequence[Feed],
    undated: list[Entry],
    split: Split | None,
    directory: Directory | None,
    selection: Selection,
    *,
    every: Sequence[Entry],
) -> tuple[Listed, ...]:
    """Each feed with the milestones its group has without a day, then each group that
    only has such milestones (it gets no feed: an empty calendar helps nobody, but a
    clerk looking for the agency in index.html must learn why there is none)."""
    groups = {
        stem: (name, len(group))
        for stem, _key, name, group in _groups(undated, split, directory, selection, every)
    }
    counts = {"all": len(undated)} | {stem: n for stem, (_, n) in groups.items()}
    listed = [Listed(f.title, f.stem, f.events, counts.get(f.stem, 0)) for f in feeds]
    fed = {f.stem for f in feeds}
    listed += [Listed(name, None, 0, n) for stem, (name, n) in groups.items() if stem not in fed]
    if split is Split.AGENCY:  # alphabetical, as the feeds are: where a clerk looks
        listed[1:] = sorted(listed[1:], key=lambda line: fold(line.title))
    return tuple(listed)


def collect(
    plan_files: Sequence[PlanFile],
    settings: Settings,
    directory: Directory | None,
    today: date,
    selection: Selection,
    *,
    include_done: bool,
    work_calendar: WorkCalendar | None = None,
    rollover: Rollover = Rollover.NEXT_WORKING_DAY,
) -> tuple[list[Entry], Counter[str], list[Entry], int]:
    """The milestones with a date, a count of those left out for having none, those
    (of tasks not cancelled) themselves, for index.html, and how many dated ones were
    left out as completed (without `include_done`), for the closing line."""
    entries: list[Entry] = []
    left_out: Counter[str] = Counter()
    undated: list[Entry] = []
    done = 0
    for pf, slot in selected_slots(plan_files, settings, directory, today, selection):
        deadline = slot.deadline
        if deadline is None:  # unreadable: an error, and `export-ics` skips such plans
            continue
        item = classify(pf.plan, slot, today, work_calendar, rollover)
        if deadline.kind in UNDATED and (item is None or item.due is None):
            # a count waiting for its anchor is left out too; a duty per case has no day
            # of its own to wait for (each file counts from its receipt): named apart
            left_out[PER_CASE if item is not None and item.per_case else deadline.kind.value] += 1
            if item is not None:
                undated.append(Entry(pf, slot, deadline, item, today))
            continue
        starts = _series_from(pf.plan, slot, settings)
        sent, earlier, starts = _by_period(
            pf.plan, slot, today, settings, starts, calendar=work_calendar, rollover=rollover
        )
        entry = Entry(pf, slot, deadline, item, today, starts, sent, earlier)
        if include_done or not entry.done:
            entries.append(entry)
        else:
            done += 1
    return entries, left_out, undated, done


def _by_period(
    plan: Plan,
    slot: Slot,
    today: date,
    settings: Settings,
    starts: date | None,
    *,
    calendar: WorkCalendar | None,
    rollover: Rollover,
) -> tuple[tuple[Item, ...], tuple[Item, ...], date | None]:
    """A recurring deadline's occurrences as `status` judges them (one judgement for the
    report and the feed): those done by `today` (a report sent for their period, or the
    completion day a task without reports records); those not done that an earlier rule
    owes (a recorded change: the November report of a rule moved from the 15th to the 20th
    on 25/11 is still owed on the 15th); and the series' start, the first period the
    current rule owes (moved on 17/11, November was owed on the 15th: the 20th begins in
    December), else `starts`. An earlier rule's period is due on the working day `status`
    judges it by (`calendar` and `rollover`, as `classify` dates a one-off deadline); the
    series' own days are the rule's (an RRULE cannot roll)."""
    if slot.deadline is None or slot.deadline.recurrence is None:
        return (), (), starts
    judged = classify_all(plan, slot, today, calendar, rollover, settings=settings)
    items = [i for i in judged if i.occurrence is not None]
    sent = tuple(i for i in items if i.bin in DONE)
    if not slot.task.history:  # one rule: every period is the series'
        return sent, (), starts
    # classify_all gives the current rule's periods this very slot, an earlier rule's a copy
    earlier = tuple(i for i in items if i.slot is not slot and i.bin not in DONE)
    current = [i.occurrence.due for i in items if i.slot is slot and i.occurrence]
    return sent, earlier, min(current, default=starts)


def _series_from(plan: Plan, slot: Slot, settings: Settings) -> date | None:
    """The day the series of the milestone's rule starts: the task's or plan's start, or
    the day the rule was last changed (a recorded change): the occurrences before it were
    owed by the rule then in force, which this RRULE does not describe (`status` judges
    them by it)."""
    if slot.deadline is None or slot.deadline.recurrence is None:
        return None
    since = in_force_from(plan, settings)
    start = series_start(plan, slot.task) or (since[0] if since else None)
    spans = rule_spans(slot, context_for(plan, settings))
    changed = spans[-1].since
    return max(start, changed) if start and changed else start or changed


def feed_title(directory: Directory | None, agencies: Sequence[str], plans: Sequence[Plan]) -> str:
    """The calendar's name: the agencies or the one plan asked for, else every agency."""
    if agencies:
        return "Kế hoạch — " + ", ".join(_agency_names(agencies, directory))
    return plan_title(plans[0]) if len(plans) == 1 else ALL_TITLE


def plan_title(plan: Plan) -> str:
    return f"{plan.kind} {plan.number or plan.id}"


# --- one feed per agency or per plan ----------------------------------------------------


def check_stems(stems: Sequence[tuple[str, str]]) -> None:
    """Refuse (SplitError) file names given to two keys, or reserved ones, naming every
    key involved, so nothing is written: the last feed written would silently win."""
    keys: dict[str, list[str]] = {}
    for stem, key in stems:
        keys.setdefault(stem, []).append(key)
    problems = [
        f"{stem}.ics: {', '.join(repr(key) for key in names)}"
        for stem, names in keys.items()
        if len(names) > 1 or stem in RESERVED_STEMS
    ]
    if problems:
        raise SplitError(
            "các lịch tách ra trùng tên tệp hoặc dùng tên dành riêng (all, index): "
            + "; ".join(problems)
            + ". Hãy đổi mã kế hoạch hoặc mã cơ quan cho khác nhau"
        )


def _groups(
    entries: list[Entry],
    split: Split | None,
    directory: Directory | None,
    selection: Selection,
    every: Sequence[Entry],
) -> Iterator[tuple[str, str, str, list[Entry]]]:
    """(file stem, plan or agency id, title, entries) of each split feed that has entries,
    its agencies those named in `every` milestone exported."""
    if split is Split.AGENCY:
        yield from _agency_groups(entries, directory, selection, every)
    elif split is Split.PLAN:
        by_plan: dict[str, list[Entry]] = {}
        for entry in entries:
            by_plan.setdefault(entry.plan.id, []).append(entry)
        for plan_id, group in by_plan.items():
            yield file_stem(plan_id), plan_id, plan_title(group[0].plan), group


def _agency_groups(
    entries: list[Entry], directory: Directory | None, selection: Selection, every: Sequence[Entry]
) -> Iterator[tuple[str, str, str, list[Entry]]]:
    """Each agency named by a task, and each body that took one over, gets the feed
    `--agency` would give it: its own tasks and those of the bodies it took over or that
    took it over (one body through reforms: Sở Tài chính has Sở Kế hoạch và Đầu tư's),
    and the work of the collectives it is one of (none of their own, under `--agency`).
    Over plans of several provinces each feed is named with its province, as `status`
    names its rows ("Kế hoạch — Sở Tài chính tỉnh Nghệ An" beside "… tỉnh Sơn La").
    An agency named only by undated milestones (`every`) has a feed when a collective it
    is one of has dated ones: Sở Tư pháp, named by KH 22/2026 alone, has the dated work
    KH 348/2022 gave every Sở. A body of no province whose collectives have work in plans
    of several provinces is refused (SplitError, `unplaced`): whose work it has is unknown."""
    several = directory is not None and directory.spans_provinces(e.plan for e in every)
    plans = list({id(e.plan): e.plan for e in every}.values())
    named = dict(
        pair
        for entry in every
        for name in named_agencies(entry.slot.task, selection.lead_only)
        for pair in _with_successors(name, directory, entry.plan, several=several)
    )
    if directory is not None:  # a member of a collective named, named nowhere itself
        for member in members_of(directory, set(named)):
            named.setdefault(
                member.id, directory.named_with_province(member) if several else member.name
            )
    for key, name in sorted(named.items(), key=lambda pair: fold(pair[1])):
        if selection.agencies is not None and key not in selection.agencies:
            continue
        if key in selection.shares:  # selected as a member's share: in the member's feed
            continue
        agency = directory.agency(key) if directory is not None else None
        if directory and agency and (why := unplaced(directory, agency, plans)):
            raise SplitError(why)
        own = for_agency(directory, key, lead_only=selection.lead_only)
        group = [e for e in entries if is_selected(e.slot.task, own, directory, e.plan)]
        if not group:
            continue
        if several and directory is not None and key == UNSTATED.id:
            yield from _silence_per_province(group, directory)
        else:
            yield file_stem(key), key, f"Kế hoạch — {name}", group


def _silence_per_province(
    group: list[Entry], directory: Directory
) -> Iterator[tuple[str, str, str, list[Entry]]]:
    """The tasks no document gave a lead, one feed per province ("Kế hoạch — Chưa giao cơ
    quan chủ trì — tỉnh Sơn La", chua-giao-co-quan-chu-tri-son-la.ics), as `status` gives
    each its row: each province's leadership has its own work to assign, and one feed
    across provinces hid whose (fresh22's clerk)."""
    by_name: dict[str, list[Entry]] = {}
    for entry in group:
        by_name.setdefault(directory.named_in_plan(UNSTATED, entry.plan), []).append(entry)
    for name, entries in by_name.items():
        province = directory.scope_for(entries[0].plan).province
        where = f"-{file_stem(province.id)}" if province else ""
        key = f"{UNSTATED.id}/{province.id}" if province else UNSTATED.id
        yield f"{file_stem(UNSTATED.id)}{where}", key, f"Kế hoạch — {name}", entries


def _with_successors(
    name: str, directory: Directory | None, plan: Plan | None = None, *, several: bool = False
) -> list[tuple[str, str]]:
    agency = (
        directory.resolve(name, directory.scope_for(plan) if plan else None) if directory else None
    )
    if directory is None or agency is None:  # unknown: the name stands for itself
        return [(name, name)]
    named = directory.named_with_province if several else (lambda a: a.name)
    return [(a.id, named(a)) for a in (agency, *directory.successors(agency))]


def file_stem(key: str) -> str:
    """An ascii file name for an agency or plan id: `so-tai-chinh`, `kh-348-2022`."""
    return squash(key).replace(" ", "-").encode("ascii", "ignore").decode() or "lich"


# --- the calendar -----------------------------------------------------------------------


def calendar(title: str, components: Iterable[Component]) -> bytes:
    """A whole feed, with the properties subscribing clients read (RFC 7986 and the X-WR-
    ones Apple, Google and Outlook use), serialised by icalendar: the reference the fast
    path (`calendar_parts`, `event_bytes`) is tested byte for byte against."""
    cal = _calendar_head(title)
    for item in components:
        cal.add_component(item)
    data: bytes = cal.to_ical()
    return data


def calendar_parts(title: str, events: Sequence[bytes]) -> tuple[bytes, ...]:
    """`calendar(title, …)` as pieces, from events serialised by `event_bytes`: icalendar
    writes a calendar as its own lines, then each component's, then END:VCALENDAR."""
    head = _calendar_head(title).to_ical()
    assert head.endswith(_CALENDAR_END)
    return (head[: -len(_CALENDAR_END)], *events, _CALENDAR_END)


_CALENDAR_END = b"END:VCALENDAR\r\n"


def _calendar_head(title: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", ical_text(title))
    cal.add("x-wr-calname", ical_text(title))
    cal.add("x-wr-timezone", TIMEZONE)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    return cal


def component(
    entry: Entry,
    options: Options,
    directory: Directory | None,
    before: Published | None,
    stamp: datetime,
) -> Component:
    """The VEVENT or VTODO of one milestone, versioned against what was published before.
    Its fingerprint is the SHA-256 of the event as icalendar writes it without its version
    (DTSTAMP, LAST-MODIFIED, SEQUENCE and the fingerprint itself). `event_bytes` writes
    the same text without icalendar's object model; this is the reference it is tested
    against, byte for byte."""
    item = _unversioned(entry, options, directory, ICALENDAR)
    assert isinstance(item, Component)
    fingerprint = hashlib.sha256(item.to_ical()).hexdigest()[:16]
    _add_version(item, entry, before, fingerprint, stamp)
    return item


def event_bytes(
    entry: Entry,
    options: Options,
    directory: Directory | None,
    before: Published | None,
    stamp: datetime,
) -> bytes:
    """`component(…).to_ical()`, byte for byte, written once: each property's content
    line is made and folded once, the fingerprint hashed from the lines without the
    version, and the version's four lines then put where icalendar's order puts them."""
    return _versioned(_unversioned(entry, options, directory, WRITTEN), entry, before, stamp)


def _versioned(written: Any, entry: Entry, before: Published | None, stamp: datetime) -> bytes:
    """A written component's bytes with its version (`_add_version`): the fingerprint is
    hashed from its lines without it."""
    assert isinstance(written, Written)
    fingerprint = hashlib.sha256(written.written()).hexdigest()[:16]
    _add_version(written, entry, before, fingerprint, stamp)
    return written.written()


def overrides(
    entry: Entry,
    options: Options,
    directory: Directory | None,
    before: Mapping[str, Published],
    stamp: datetime,
) -> list[Component]:
    """With --include-done, each sent period of a recurring deadline as an override of
    its occurrence (RFC 5545 §3.8.4.4 RECURRENCE-ID): the same UID, marked ✓, without
    reminders, versioned on its own (`override_key`). `override_bytes` writes the same
    text; this is its reference."""
    found = []
    for item in _overridden(entry, options):
        component = _override(entry, item, options, directory, ICALENDAR)
        assert isinstance(component, Component)
        fingerprint = hashlib.sha256(component.to_ical()).hexdigest()[:16]
        key = _override_key_of(entry, item)
        _add_version(component, entry, before.get(key), fingerprint, stamp)
        found.append(component)
    return found


def override_bytes(
    entry: Entry,
    options: Options,
    directory: Directory | None,
    before: Mapping[str, Published],
    stamp: datetime,
) -> bytes:
    """`overrides(…)` as icalendar writes them, byte for byte (b"" when there are none)."""
    return b"".join(
        _versioned(
            _override(entry, item, options, directory, WRITTEN),
            entry,
            before.get(_override_key_of(entry, item)),
            stamp,
        )
        for item in _overridden(entry, options)
    )


def owed_bytes(
    entry: Entry,
    options: Options,
    directory: Directory | None,
    before: Mapping[str, Published],
    stamp: datetime,
) -> bytes:
    """Each period still owed under an earlier rule (`Entry.earlier`) as an event or
    to-do of its own, written as icalendar writes it (b"" when there are none)."""
    return b"".join(
        _versioned(
            _owed(entry, item, options, directory, WRITTEN),
            entry,
            before.get(owed_uid(entry, item)),
            stamp,
        )
        for item in (() if entry.cancelled else entry.earlier)
    )


def owed_uid(entry: Entry, item: Item) -> str:
    """`kh-12-2026.1.m1.20261115@kehoach`: the milestone's and the old rule's due day."""
    assert item.occurrence is not None
    return entry.uid.replace("@", f".{item.occurrence.due:%Y%m%d}@", 1)


def _owed(
    entry: Entry, item: Item, options: Options, directory: Directory | None, kinds: Kinds
) -> Any:
    """One period owed under an earlier rule: on its due day as `status` judges it (rolled
    over a day off when the repository says so), the period and the rule in its summary
    and description, with the series' reminders. Not an occurrence of the series (its
    RRULE starts after it): a UID of its own (`owed_uid`)."""
    assert item.occurrence is not None
    due = item.due or item.occurrence.due
    period = item.occurrence.period
    summary = nfc(f"{_summary(entry)} — {period}")
    component = kinds.todo() if options.todo else kinds.event()
    component.add("uid", owed_uid(entry, item))
    reference = datetime.combine(due, time())
    if options.todo:
        component.add("due", due)
        component.add("status", OPEN_STATE[entry.slot.task.status][1])
    else:
        component.add("dtstart", due)
        component.add("dtend", due + timedelta(days=1))
        component.add("status", "CONFIRMED")
        component.add("transp", "TRANSPARENT")
    _remind(
        component, entry, summary, options.alarms, due=due, reference=reference,
        kinds=kinds, todo=options.todo,
    )  # fmt: skip
    component.add("summary", ical_text(summary))
    said = f"Tình trạng: kỳ {period} chưa gửi báo cáo, hạn {show(due)} theo thời hạn khi đó"
    now, then = entry.slot.milestone.phrase, item.slot.milestone.phrase
    description = (
        _description(entry, directory, options)
        .replace(f"Tình trạng: {_state(entry)}", said, 1)
        .replace(f"Thời hạn: {now}", f"Thời hạn khi đó: {then} (nay: {now})", 1)
    )
    if (rule := item.deadline) is not None:
        # the period is the earlier rule's: its cadence, not the series' (whose "Kỳ báo cáo"
        # names the series' first period, not this one; the summary names this one)
        lines = description.split("\n")
        lines = [
            f"Lặp lại khi đó: {rule.reading}" if line.startswith("Lặp lại: ") else line
            for line in lines
            if not line.startswith("Kỳ báo cáo: ")
        ]
        description = "\n".join(lines)
    component.add("description", ical_text(description, lines=True))
    _add_tags_and_link(component, entry, directory, options)
    return component


def override_key(uid: str, day: date) -> str:
    """How an override is found among the published events: its UID and the day of its
    RECURRENCE-ID (`kh-1.1.m1@kehoach#20260120`); the series itself is its UID alone."""
    return f"{uid}#{day:%Y%m%d}"


def _override_key_of(entry: Entry, item: Item) -> str:
    assert item.occurrence is not None
    return override_key(entry.uid, item.occurrence.due)


def _overridden(entry: Entry, options: Options) -> list[Item]:
    """The sent periods shown as done (--include-done), from the series' first day on."""
    if not options.include_done or entry.cancelled or entry.deadline.recurrence is None:
        return []
    start = due_day(entry)
    return [i for i in entry.sent if i.occurrence is not None and i.occurrence.due >= start]


def _override(
    entry: Entry, item: Item, options: Options, directory: Directory | None, kinds: Kinds
) -> Any:
    """One sent period's occurrence, without its version: on the rule's day (the
    instance's own DTSTART), ✓ and the period in its summary, the day it was sent in its
    description; a to-do is COMPLETED on that day."""
    assert item.occurrence is not None and item.completed is not None
    day, period, sent = item.occurrence.due, item.occurrence.period, item.completed
    if options.todo:
        component = kinds.todo()
        component.add("uid", entry.uid)
        start = datetime.combine(day, time())
        component.add("recurrence-id", start)
        component.add("dtstart", start)
        component.add("due", datetime.combine(day, time(23, 59)))
        component.add("status", "COMPLETED")
        component.add("percent-complete", 100)
        noon = datetime.combine(sent, time(12), tzinfo=VIETNAM)  # the right day everywhere
        component.add("completed", noon.astimezone(UTC))
    else:
        component = kinds.event()
        component.add("uid", entry.uid)
        component.add("recurrence-id", day)
        component.add("dtstart", day)
        component.add("dtend", day + timedelta(days=1))
        component.add("status", "CONFIRMED")
        component.add("transp", "TRANSPARENT")
    component.add("summary", ical_text(nfc(f"✓ {_summary(entry)} — {period}")))
    late = f"trễ hạn {item.days_late} ngày" if item.bin is Bin.DONE_LATE else "đúng hạn"
    said = f"Tình trạng: kỳ {period} đã gửi báo cáo ngày {show(sent)} ({late})"
    series = _description(entry, directory, options)  # its state is the series', not this one's
    description = series.replace(f"Tình trạng: {_state(entry)}", said, 1)
    component.add("description", ical_text(description, lines=True))
    _add_tags_and_link(component, entry, directory, options)
    return component


class Sink(Protocol):
    """What the builders below need of a component: icalendar's `Component` (the
    reference) or `Written` (the export's own writer)."""

    def add(self, name: str, value: Any, parameters: Any = None) -> None: ...

    def add_component(self, component: Any) -> None: ...


@dataclass(frozen=True)
class Kinds:
    """The components a builder makes: icalendar's, or written ones."""

    event: Callable[[], Sink]
    todo: Callable[[], Sink]
    alarm: Callable[[], Sink]


class Written:
    """A component kept as the content lines icalendar 7 writes for it (`Component.
    to_ical`: BEGIN, its properties in its class's order, each subcomponent, END), each
    made and folded once. A TEXT value (`vText`) is escaped here as icalendar escapes it;
    every other value goes through icalendar's own encoding and content line."""

    def __init__(self, name: str, order: Sequence[str] | None = None) -> None:
        self.name = name
        self.order = order  # icalendar's canonical order of the class; else alphabetical
        self.lines: dict[str, list[bytes]] = {}
        self.components: list[Written] = []

    def add(self, name: str, value: Any, parameters: Any = None) -> None:
        key = name.upper()
        plain = type(value) is str and _is_text(key)  # UID, STATUS…: icalendar makes a vText
        if (plain or (type(value) is vText and not value.params)) and not parameters:
            line = f"{key}:{_escaped(value)}"
        elif isinstance(value, _REPEATED) and (parameters is None or isinstance(parameters, dict)):
            # Days, times, durations and counts recur from event to event: written once.
            seen = (key, repr(value), tuple((parameters or {}).items()))
            if (folded := _WRITTEN_VALUES.get(seen)) is None:
                folded = _WRITTEN_VALUES[seen] = _folded(_encoded(key, value, parameters))
            self.lines.setdefault(key, []).append(folded)
            return
        else:
            line = _encoded(key, value, parameters)
        self.lines.setdefault(key, []).append(_folded(line))

    def add_component(self, component: Written) -> None:
        self.components.append(component)

    def written(self) -> bytes:
        keys = canonsort_keys(self.lines, self.order)
        return b"".join(
            [
                b"BEGIN:" + self.name.encode() + b"\r\n",
                *(line for key in keys for line in self.lines[key]),
                *(sub.written() for sub in self.components),
                b"END:" + self.name.encode() + b"\r\n",
            ]
        )


_REFERENCE = Component()  # only its `content_line`, which reads nothing of the instance
_REPEATED = (date, timedelta, int)  # datetime is a date; repr tells them (and zones) apart
_WRITTEN_VALUES: dict[tuple[str, str, tuple[Any, ...]], bytes] = {}


def _encoded(key: str, value: Any, parameters: Any) -> str:
    """One property's content line, unfolded, as `Component.add` and `to_ical` make it."""
    if key in ("DTSTAMP", "CREATED", "LAST-MODIFIED") and isinstance(value, datetime):
        value = value.astimezone(UTC)  # as `Component.add` does: the RFC wants UTC
    return str(_REFERENCE.content_line(key, _ENCODE(key, value, parameters)))


@functools.cache
def _is_text(key: str) -> bool:
    """Whether icalendar writes a plain string given for property `key` as TEXT."""
    return bool(Component.types_factory.for_property(key) is vText)


_ENCODE: Callable[[str, Any, Any], Any] = Component._encode  # what `Component.add` calls


def _escaped(text: str) -> str:
    """A TEXT value escaped exactly as icalendar 7 does (`parser.string._escape_char`,
    RFC 5545 §3.3.11), replacement order included."""
    return (
        text.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


ICALENDAR = Kinds(Event, Todo, Alarm)
WRITTEN = Kinds(
    lambda: Written("VEVENT", Event.canonical_order),
    lambda: Written("VTODO", Todo.canonical_order),
    lambda: Written("VALARM", Alarm.canonical_order),
)


def _unversioned(entry: Entry, options: Options, directory: Directory | None, kinds: Kinds) -> Any:
    """The event or to-do of one milestone, without the properties of its version."""
    summary = _summary(entry)  # the event's and each reminder's: cut to length once
    if options.todo:
        item = _todo(entry, options, summary, kinds)
    else:
        item = _event(entry, options, summary, kinds)
    item.add("summary", ical_text(summary))
    item.add("description", ical_text(_description(entry, directory, options), lines=True))
    _add_tags_and_link(item, entry, directory, options)
    return item


def _add_tags_and_link(
    component: Sink, entry: Entry, directory: Directory | None, options: Options
) -> None:
    """CATEGORIES (the task's agencies) and URL (the plan file), as every component of
    a milestone carries them: the series, a sent period's override, a period owed."""
    tags = _tags(entry.slot.task.lead + entry.slot.task.support, directory, entry.plan)
    component.add("categories", [ical_text(tag) for tag in tags])
    if link := plan_link(entry.plan_file, options):
        component.add("url", link)


def _add_version(
    item: Sink, entry: Entry, before: Published | None, fingerprint: str, stamp: datetime
) -> None:
    recorded = len(milestone_history(entry.slot.task, entry.slot.index))
    sequence, modified = version(recorded, before, fingerprint, stamp)
    item.add("dtstamp", modified)
    item.add("last-modified", modified)
    item.add("sequence", sequence)
    item.add(FINGERPRINT, fingerprint)


FOLD_LIMIT = 75  # octets; icalendar folds a line that would reach it (RFC 5545 §3.1)


def _folded(line: str) -> bytes:
    """`line` folded exactly as icalendar 7 folds it (`parser.string._foldline`), in
    UTF-8 with CRLF, without looking at each character: a line shorter than the limit is
    left as it is; a longer one is cut at the last character boundary that keeps each
    piece under 75 octets, and a piece ending in a backslash or caret hands that character
    to the next piece (icalendar issue #1501: an escape is never split)."""
    data = line.encode("utf-8")
    if len(data) < FOLD_LIMIT:
        return data + b"\r\n"
    pieces = []
    start, size = 0, len(data)
    while size - start >= FOLD_LIMIT:
        end = start + FOLD_LIMIT - 1
        while data[end] & 0xC0 == 0x80:  # inside a multi-byte character: step back
            end -= 1
        if data[end - 1] in b"\\^":  # a piece of 71 octets or more: never one character
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def version(
    recorded: int, before: Published | None, fingerprint: str, stamp: datetime
) -> tuple[int, datetime]:
    """SEQUENCE and the time of this version. Without a previous feed: the recorded
    changes and the source time. With one: unchanged events keep their number and time;
    changed ones go one up (at least to the recorded count) at a later time."""
    if before is None:
        return recorded, stamp
    sequence = max(recorded, before.sequence + (before.fingerprint != fingerprint))
    if before.modified is None:
        return sequence, stamp
    if sequence == before.sequence:
        return sequence, before.modified
    later = before.modified + timedelta(seconds=1)  # LAST-MODIFIED never falls
    return sequence, stamp if stamp > before.modified else later


# --- dates ------------------------------------------------------------------------------


def due_day(entry: Entry) -> date:
    """The last allowed day; for a recurring deadline, that of its first occurrence on or
    after its start (`Entry.starts`; SERIES_EPOCH for a plan that states no day at all),
    so DTSTART and SEQUENCE never move with the export day."""
    rule = entry.deadline.recurrence
    if rule is not None:  # one RRULE for every period: its days are not rolled one by one
        return current_occurrence(rule, rule.start or entry.starts or SERIES_EPOCH)
    if entry.item is not None and entry.item.due is not None:
        return entry.item.due  # rolled over to a working day when the repository says so
    assert entry.deadline.last is not None  # every dated kind but RECURRING has days
    return entry.deadline.last


def _event(entry: Entry, options: Options, summary: str, kinds: Kinds) -> Sink:
    event = kinds.event()
    event.add("uid", entry.uid)
    due = due_day(entry)
    first = entry.deadline.first if options.spans and entry.deadline.first else due
    event.add("dtstart", first)
    event.add("dtend", due + timedelta(days=1))  # all-day: DTEND is the day after
    if entry.deadline.recurrence is not None:
        event.add("rrule", rrule(entry.deadline.recurrence, entry.slot.task.until))
        for day in [] if options.include_done else _excluded(entry, first):
            event.add("exdate", day)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    start = datetime.combine(first, time())
    _remind(event, entry, summary, options.alarms, due=due, reference=start, kinds=kinds)
    return event


def _todo(entry: Entry, options: Options, summary: str, kinds: Kinds) -> Sink:
    todo = kinds.todo()
    todo.add("uid", entry.uid)
    due = due_day(entry)
    deadline = entry.deadline
    if deadline.recurrence is not None:
        # RRULE needs DTSTART and DUE must come after it, so a repeating to-do runs over
        # its day in floating local time: from 00:00 to 23:59.
        reference = datetime.combine(due, time(23, 59))
        todo.add("dtstart", datetime.combine(due, time()))
        todo.add("due", reference)
        until = entry.slot.task.until
        todo.add(
            "rrule", rrule(deadline.recurrence, until and datetime.combine(until, time(23, 59)))
        )
        for day in [] if options.include_done else _excluded(entry, due):
            todo.add("exdate", datetime.combine(day, time()))  # DTSTART's value type
    else:
        if deadline.first is not None and deadline.first < due:
            todo.add("dtstart", deadline.first)
        todo.add("due", due)
        reference = datetime.combine(due, time())
    _todo_progress(todo, entry)
    _remind(
        todo, entry, summary, options.alarms, due=due, reference=reference, kinds=kinds, todo=True
    )
    return todo


def _excluded(entry: Entry, start: date) -> list[date]:
    """The days of the series' occurrences whose report was sent: EXDATE takes them out
    of the recurrence set (RFC 5545 §3.8.5.1), so a calendar shows, and reminds of, only
    the periods still owed, as a done milestone is left out of the feed. Each is an
    instance's DTSTART (the rule's day, never rolled over); none before the first."""
    return sorted({o.due for o in _periods_sent(entry) if o.due >= start})


def _periods_sent(entry: Entry) -> list[Occurrence]:
    return [item.occurrence for item in entry.sent if item.occurrence is not None]


def _todo_progress(todo: Sink, entry: Entry) -> None:
    if entry.cancelled:
        todo.add("status", "CANCELLED")
    elif entry.done:
        todo.add("status", "COMPLETED")
        todo.add("percent-complete", 100)
        if entry.item and entry.item.completed:  # noon in Vietnam: the right day everywhere
            noon = datetime.combine(entry.item.completed, time(12), tzinfo=VIETNAM)
            todo.add("completed", noon.astimezone(UTC))
    else:
        todo.add("status", OPEN_STATE[entry.slot.task.status][1])


def rrule(rule: Recurrence, until: date | datetime | None = None) -> dict[str, object]:
    """The RRULE whose days are those `status.current_occurrence` gives; UNTIL (of
    DTSTART's value type, RFC 5545 3.3.10) ends it when the task states `until`."""
    end: dict[str, object] = {"until": until} if until is not None else {}
    if listed := _listed(rule) or _nth_weekday(rule):
        return {**listed, **end}
    if rule.frequency is Frequency.QUARTERLY:  # DTSTART aligns
        return {"freq": "MONTHLY", "interval": 3, **_month_day(rule.day), **end}
    if rule.frequency is Frequency.HALF_YEARLY:  # DTSTART aligns: June or December (or `month`)
        return {"freq": "MONTHLY", "interval": 6, **_month_day(rule.day), **end}
    if rule.frequency in (Frequency.DAILY, Frequency.WEEKLY):
        return {**_by_day(rule), **end}
    days = _month_day(rule.day)
    if rule.frequency is Frequency.YEARLY:
        return {"freq": "YEARLY", **_every(rule), "bymonth": rule.month or 12, **days, **end}
    return {"freq": "MONTHLY", **days, **end}


def _every(rule: Recurrence) -> dict[str, object]:
    """INTERVAL of a rule due every few years ("ba năm một lần … từ năm 2015"): DTSTART,
    `due_day`, is an occurrence counted from the rule's anchor, so the years agree."""
    return {"interval": rule.interval} if rule.interval > 1 else {}


def _by_day(rule: Recurrence) -> dict[str, object]:
    """Each day ("hằng ngày"), or each week on its weekday (by default the week's last,
    Sunday)."""
    if rule.frequency is Frequency.DAILY:
        return {"freq": "DAILY"}
    return {"freq": "WEEKLY", "byday": BYDAY[6 if rule.weekday is None else rule.weekday]}


def _nth_weekday(rule: Recurrence) -> dict[str, object] | None:
    """A weekday counted in its month ("Chủ nhật thứ ba của tháng 11 hằng năm": BYDAY=3SU):
    the parts `dates.reading.rrule_text` gives it (`nth_weekday_parts`), named as
    icalendar's vRecur takes them; None for any other rule."""
    parts = nth_weekday_parts(rule)
    return None if parts is None else {name.lower(): value for name, value in parts.items()}


def _listed(rule: Recurrence) -> dict[str, object] | None:
    """Several due days in a period: days of each month ("ngày 15 và 25 hằng tháng", each
    1-28), weekdays of each week ("thứ 3, thứ 5 và Chủ nhật"), or one day (the reading
    checked each month has it; None: the last) in several months of the year; None for a
    rule with one due day a period."""
    if rule.days:
        return {"freq": "MONTHLY", "bymonthday": list(rule.days)}
    if rule.weekdays:  # "vào các ngày thứ 3, thứ 5 và Chủ nhật hằng tuần"
        return {"freq": "WEEKLY", "byday": [BYDAY[day] for day in rule.weekdays]}
    if rule.months:
        day = -1 if rule.day is None else rule.day
        return {"freq": "YEARLY", "bymonth": list(rule.months), "bymonthday": day}
    return None


def _month_day(day: int | None) -> dict[str, object]:
    """Day `day` of the month, or the month's last day when the month is shorter."""
    if day is None:
        return {"bymonthday": -1}
    if day <= 28:
        return {"bymonthday": day}
    return {"bymonthday": list(range(28, day + 1)), "bysetpos": -1}


def _remind(
    item: Sink,
    entry: Entry,
    summary: str,
    alarms: Iterable[int],
    *,
    due: date,
    reference: datetime,
    kinds: Kinds,
    todo: bool = False,
) -> None:
    """Reminders at 09:00, N days before the deadline; none for work done or cancelled. A
    trigger counts from `reference`: DTSTART (events) or DUE (to-dos, RELATED=END), as
    RFC 5545 §3.8.6.3 requires that property to exist."""
    if entry.done or entry.cancelled:
        return
    related = {"RELATED": "END"} if todo else {}
    for days in sorted(set(alarms), reverse=True):
        alarm = kinds.alarm()
        alarm.add("action", "DISPLAY")
        when = "Hôm nay đến hạn" if days == 0 else f"Còn {days} ngày đến hạn"
        alarm.add("description", ical_text(f"{when}: {summary}"))
        trigger = datetime.combine(due - timedelta(days=days), REMINDER_TIME) - reference
        alarm.add("trigger", trigger, parameters=related)
        item.add_component(alarm)


# --- text -------------------------------------------------------------------------------


def ical_text(text: str, *, lines: bool = False) -> vText:
    """A TEXT value (RFC 5545 §3.3.11): NFC, control characters shown (§3.1 allows none
    but tab in a content line, and strict readers refuse the whole feed), on one line
    unless `lines`, escaped by icalendar (`\\,` `\\;` `\\n`) whatever the property:
    NAME and X-WR-CALNAME too, which icalendar would otherwise write as they come."""
    flat = printable(nfc(text)) if lines else one_line(nfc(text))
    return vText(flat.replace("\t", " "))


def _summary(entry: Entry) -> str:
    """`[348/KH-UBND] 2. Tổng hợp báo cáo… — Tham mưu UBND tỉnh`, ✓ when done, ✗ when cancelled."""
    task, slot = entry.slot.task, entry.slot
    text = f"[{entry.plan.number or entry.plan.id}] {task.id}. {cut(task.title, TITLE_LIMIT)}"
    if len(task.milestones) > 1:
        text += f" — {slot.label or f'mốc {slot.index + 1}'}"
    mark = "✗ " if entry.cancelled else "✓ " if entry.done else ""
    return nfc(mark + text)


def _description(entry: Entry, directory: Directory | None, options: Options) -> str:
    task, slot, deadline, plan = entry.slot.task, entry.slot, entry.deadline, entry.plan
    where = f" ({task.section})" if task.section else ""
    lines = [f"Nhiệm vụ {task.id}{where}: {' '.join(task.title.split())}"]
    lines.append("Chủ trì: " + "; ".join(_agency_names(task.lead, directory, entry.plan)))
    if task.support:
        lines.append("Phối hợp: " + "; ".join(_agency_names(task.support, directory, entry.plan)))
    lines.append(f"Thời hạn: {slot.milestone.phrase}")
    if len(task.milestones) > 1 or slot.label:
        label = f": {slot.label}" if slot.label else ""
        lines.append(f"Mốc {slot.index + 1}/{len(task.milestones)}{label}")
    if deadline.kind is DeadlineKind.WINDOW and deadline.first and deadline.last:
        lines.append(f"Khoảng thời gian: {show(deadline.first)} – {show(deadline.last)}")
    if deadline.kind is DeadlineKind.RECURRING:
        lines.append(f"Lặp lại: {deadline.reading}")
        lines.extend(_period_reported(entry))
    if entry.sent and not options.include_done:
        lines.append(f"Đã gửi báo cáo (không còn trong lịch): {_periods(_periods_sent(entry))}")
    item = entry.item
    if item is not None and item.due and item.due_as_written and deadline.recurrence is None:
        lines.append(
            f"Hạn ghi {show(item.due_as_written)} là ngày nghỉ; hạn tính đến {show(item.due)} "
            "(ngày làm việc tiếp theo, Bộ luật Dân sự 2015, Điều 148)"
        )
    lines.extend(_changes(entry))
    lines.append(f"Tình trạng: {_state(entry)}")
    lines.append(f"{plan_title(plan)}: {' '.join(plan.title.split())}")
    if link := plan_link(entry.plan_file, options):
        lines.append(f"Tệp kế hoạch: {link}")
    return nfc("\n".join(lines))


def _period_reported(entry: Entry) -> Iterator[str]:
    """ "Kỳ báo cáo: hạn 15/01/2027 là của năm 2026", for the series' first due day, when
    the words put a due day after the period it reports on (or name part of a year): the
    RRULE gives the due days only, a clerk reading the calendar must not take the 2026
    report due in January 2027 for the 2027 one."""
    series = entry.deadline.series
    if series is None or series.offset is None or (series.offset == 0 and series.covers is None):
        return
    first = occurrence(series, due_day(entry))
    yield f"Kỳ báo cáo: hạn {show(first.due)} là của {first.period} (mỗi hạn sau: kỳ kế tiếp)"


PERIODS_SHOWN = 3  # periods named in a description; more are summarised, as `status` does


def _periods(sent: Sequence[Occurrence]) -> str:
    """ "tháng 1/2026, tháng 2/2026"; a long run: "tháng 1/2026, …, tháng 9/2026 (9 kỳ)"."""
    names = [o.period for o in sorted(sent, key=lambda o: o.due)]
    if len(names) <= PERIODS_SHOWN:
        return ", ".join(names)
    return f"{', '.join(names[: PERIODS_SHOWN - 1])}, …, {names[-1]} ({len(names)} kỳ)"


def _changes(entry: Entry) -> Iterator[str]:
    for change in milestone_history(entry.slot.task, entry.slot.index):
        why = "; ".join(filter(None, [change.reason, change.decided_by]))
        yield f"Đổi thời hạn ngày {show(change.date)}: “{change.from_}” → “{change.to}” ({why})"


def _state(entry: Entry) -> str:
    item = entry.item
    if item is None:
        return "Đã hủy"
    if not entry.done:
        return OPEN_STATE[entry.slot.task.status][0]
    if item.completed is None:
        return "Đã hoàn thành"
    if item.bin is Bin.DONE_LATE:
        return f"Hoàn thành trễ hạn {item.days_late} ngày (ngày {show(item.completed)})"
    return f"Hoàn thành đúng hạn ngày {show(item.completed)}"


def _agency_names(
    names: Iterable[str], directory: Directory | None, plan: Plan | None = None
) -> list[str]:
    """The registry's names for the agencies as written (aliases resolved in `plan`'s
    jurisdiction), each once."""
    return list(dict.fromkeys(nfc(agency_key(name, directory, plan)[1]) for name in names))


def _tags(names: Iterable[str], directory: Directory | None, plan: Plan | None = None) -> list[str]:
    """CATEGORIES values. The property is a comma-separated list and several readers (ical,
    Outlook) split on escaped commas too, so a tag drops the commas of a name: "Các sở ban
    ngành cấp tỉnh". The description keeps every name as written."""
    named = _agency_names(names, directory, plan)
    return [" ".join(name.replace(",", " ").split()) for name in named]


def plan_link(pf: PlanFile, options: Options) -> str | None:
    if not options.plan_url:
        return None
    try:
        path = pf.path.resolve().relative_to(options.root.resolve()).as_posix()
    except ValueError:  # a plan outside the repository: its path as given
        path = pf.path.as_posix()
    return options.plan_url.rstrip("/") + "/" + quote(path)


# --- the feed published before ----------------------------------------------------------


def published(feeds: Iterable[tuple[str, bytes]]) -> dict[str, Published]:
    """Every event of the previously published feeds by UID, an override by UID and day
    (`override_key`); the highest SEQUENCE wins."""
    found: dict[str, Published] = {}
    for name, data in feeds:
        for uid, seen in _read_feed(name, data):
            if uid not in found or seen.sequence > found[uid].sequence:
                found[uid] = seen
    return found


# What a clerk can do about a previous feed that does not read (an interrupted copy, an
# empty file): SEQUENCE comes from it, so it is never silently ignored.
_WAY_OUT = (
    "; lấy lại bản đã đăng (--previous TỆP) hoặc xóa tệp này để xuất lại "
    "(SEQUENCE khi đó chỉ tính theo lịch sử ghi trong kế hoạch)"
)


def _read_feed(name: str, data: bytes) -> list[tuple[str, Published]]:
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, OverflowError):  # icalendar's reason is English: ours is said
        raise FeedError(
            f"{name}: không đọc được lịch đã xuất trước đó (sai cú pháp iCalendar){_WAY_OUT}"
        ) from None
    try:
        found = [
            (_published_key(item), _published(item))
            for cal in calendars
            for item in cal.walk()
            if item.name in ("VEVENT", "VTODO") and "UID" in item
        ]
    except (ValueError, OverflowError) as exc:  # a bad SEQUENCE or LAST-MODIFIED
        raise FeedError(f"{name}: không đọc được lịch đã xuất trước đó: {_said(exc)}") from None
    if not calendars or not data.rstrip().endswith(b"END:VCALENDAR"):
        raise FeedError(f"{name}: không phải tệp lịch iCalendar trọn vẹn{_WAY_OUT}")
    return found


class _Unusable(ValueError):
    """A value of a previous feed refused here, said in Vietnamese."""


def _said(exc: ValueError | OverflowError) -> str:
    """Why a previous feed's event was refused: ours as said; icalendar's ("Cannot access
    'dt' on broken property 'RECURRENCE-ID'…", English) as the property it names."""
    if isinstance(exc, _Unusable):
        return str(exc)
    named = re.search(r"property '([A-Z0-9-]+)'", str(exc))
    what = f"thuộc tính {named[1]}" if named else "một thuộc tính"
    return f"{what} có giá trị không đọc được (sai cú pháp iCalendar){_WAY_OUT}"


def _published_key(item: Component) -> str:
    """An event's UID; an override's UID and the day of its RECURRENCE-ID."""
    uid = str(item["UID"])
    recurrence = item.get("RECURRENCE-ID")
    day = getattr(recurrence, "dt", None)
    return override_key(uid, day) if isinstance(day, date) else uid


def _published(item: Component) -> Published:
    """One event of a previous feed. The feed is untrusted input (anyone may have edited
    the published copy): a SEQUENCE that could not go one higher within RFC 5545's
    INTEGER (§3.3.8: at most 2147483647), or a LAST-MODIFIED past the plans' range, is
    refused rather than carried into the new feed."""
    for key in ("UID", "SEQUENCE", "LAST-MODIFIED", "RECURRENCE-ID", FINGERPRINT):
        if isinstance(item.get(key), list):  # icalendar gives a list for a repeated property
            uids = item.get("UID")
            uid = one_line(str(uids[0] if isinstance(uids, list) else uids))
            raise _Unusable(
                f"{key} của {uid} ghi nhiều lần (RFC 5545 §3.6.1, §3.6.2: tối đa một lần)"
            )
    fingerprint = item.get(FINGERPRINT)
    sequence = _sequence(item)
    modified = _utc(item.get("LAST-MODIFIED"))
    if modified is not None and not FIRST_MODIFIED <= modified <= LAST_MODIFIED:
        uid = str(item.get("UID"))
        raise _Unusable(f"LAST-MODIFIED của {uid} ({modified:%d/%m/%Y}) nằm ngoài khoảng hợp lý")
    return Published(sequence, str(fingerprint) if fingerprint is not None else None, modified)


def _sequence(item: Component) -> int:
    text = str(item.get("SEQUENCE", 0)).strip()
    if not re.fullmatch(r"[0-9]{1,10}", text) or int(text) >= MAX_SEQUENCE:
        uid = str(item.get("UID"))
        raise _Unusable(f"SEQUENCE của {uid} không hợp lệ ({text[:20]!r}; 0 – {MAX_SEQUENCE - 1})")
    return int(text)


def _utc(modified: vDDDTypes | None) -> datetime | None:
    """LAST-MODIFIED in UTC. RFC 5545 §3.8.7.3 requires UTC; a floating time (another
    tool's, a hand edit) is read as UTC rather than left naive, which cannot be compared."""
    if modified is None or not isinstance(modified.dt, datetime):
        return None
    when = modified.dt
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)

"""A periodic report marked sent leaves the calendar feed: each sent period is an EXDATE of
the recurring event (RFC 5545 §3.8.5.1), read back by the strict `ical` parser and by khal;
the event keeps its UID, and its SEQUENCE rises only as the feed's rule says."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from clirun import kehoach
from conftest import feed_items, strict_calendar
from test_ics_cli import Khal

REPO_PLANS = Path(__file__).parent.parent / "plans"
UID = "kh-bao-cao-2026.1.m1@kehoach"
PLAN = """\
schema: 1
id: kh-bao-cao-2026
title: Chế độ báo cáo định kỳ
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 05/01/2026
source: {document: x, complete: true}
tasks:
  - id: "1"
    title: Báo cáo tình hình kinh tế - xã hội hằng tháng
    lead: [UBND tỉnh]
    deadline: Trước ngày 20 hằng tháng
    reports:
      - {period: tháng 1/2026, sent: 19/01/2026}  # đúng hạn
"""
FEBRUARY = "      - {period: Tháng 02/2026, sent: 25/02/2026}  # trễ 5 ngày\n"


def _kehoach(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "KEHOACH_CACHE_DIR": str(folder / "cache"),
        "SOURCE_DATE_EPOCH": "1767225600",  # 01/01/2026: the same stamp in every run
    }
    return kehoach(*args, cwd=folder, env=env, clean=True)


def _plans(folder: Path, text: str) -> Path:
    plans = folder / "plans"
    plans.mkdir(exist_ok=True)
    shutil.copy(REPO_PLANS / "agencies.yaml", plans)
    (plans / "kh-bao-cao-2026.yaml").write_text(text, encoding="utf-8")
    return plans


def _export(folder: Path, plans: Path, as_of: str, out: Path, *more: str) -> bytes:
    done = _kehoach(folder, "export-ics", str(plans), "--as-of", as_of, "-o", str(out), *more)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def _lines(data: bytes, start: str) -> list[str]:
    return [line for line in data.decode().split("\r\n") if line.startswith(start)]


def test_sent_periods_are_exdates_that_ical_and_khal_leave_out(tmp_path: Path) -> None:
    """January sent on time, February late, March never: as of 10/04/2026 the feed shows
    March onwards, as `status` owes them."""
    plans = _plans(tmp_path, PLAN + FEBRUARY)
    data = _export(tmp_path, plans, "10/04/2026", tmp_path / "lich.ics")
    assert _lines(data, "DTSTART") == ["DTSTART;VALUE=DATE:20260120"]  # fixed by the plan
    assert _lines(data, "EXDATE") == ["EXDATE;VALUE=DATE:20260120", "EXDATE;VALUE=DATE:20260220"]
    owed = [date(2026, 3, 20), date(2026, 4, 20), date(2026, 5, 20), date(2026, 6, 20)]
    shown = [event.dtstart for event in itertools.islice(strict_calendar(data).timeline, 4)]
    assert shown == owed
    khal = Khal(tmp_path / "khal")
    khal.import_(tmp_path / "lich.ics")
    days = [line.split()[0] for line in khal.days("01/01/2026", "30/06/2026")]
    assert days == ["20/03/2026", "20/04/2026", "20/05/2026", "20/06/2026"]
    description = str(feed_items(data)[UID]["DESCRIPTION"])
    assert "Đã gửi báo cáo (không còn trong lịch): tháng 1/2026, tháng 2/2026" in description


def test_a_report_sent_after_the_export_day_is_still_owed_that_day(tmp_path: Path) -> None:
    plans = _plans(tmp_path, PLAN + FEBRUARY)
    data = _export(tmp_path, plans, "22/02/2026", tmp_path / "lich.ics")
    assert _lines(data, "EXDATE") == ["EXDATE;VALUE=DATE:20260120"]
    shown = [event.dtstart for event in itertools.islice(strict_calendar(data).timeline, 2)]
    assert shown == [date(2026, 2, 20), date(2026, 3, 20)]


def test_marking_a_period_sent_keeps_the_uid_and_raises_sequence_once(tmp_path: Path) -> None:
    """The feed's rule: SEQUENCE is the previous one plus one when what a subscriber sees
    changed (a new EXDATE does), else the previous one; without a previous feed, the
    recorded changes of the deadline (none here)."""
    out = tmp_path / "lich.ics"
    plans = _plans(tmp_path, PLAN)
    before = feed_items(_export(tmp_path, plans, "10/04/2026", out))[UID]
    assert (int(before["SEQUENCE"]), len(_lines(out.read_bytes(), "EXDATE"))) == (0, 1)
    _plans(tmp_path, PLAN + FEBRUARY)
    sent = _export(tmp_path, plans, "10/04/2026", out)  # the previous feed is the output
    after = feed_items(sent)[UID]
    assert int(after["SEQUENCE"]) == 1 and len(_lines(sent, "EXDATE")) == 2
    assert after["DTSTART"].dt == before["DTSTART"].dt == date(2026, 1, 20)
    again = _export(tmp_path, plans, "10/04/2026", out)
    assert again == sent  # nothing changed: the same SEQUENCE, the same bytes
    fresh = _export(tmp_path, plans, "10/04/2026", tmp_path / "fresh.ics")
    assert int(feed_items(fresh)[UID]["SEQUENCE"]) == 0  # no previous feed: recorded changes


def test_a_recurring_todo_excludes_the_sent_periods_at_its_start_time(tmp_path: Path) -> None:
    """A repeating to-do starts at 00:00 of its day (floating): its EXDATEs are of that
    type, as RFC 5545 requires, and `ical` expands the rest."""
    plans = _plans(tmp_path, PLAN + FEBRUARY)
    data = _export(tmp_path, plans, "10/04/2026", tmp_path / "viec.ics", "--todo")
    assert _lines(data, "EXDATE") == ["EXDATE:20260120T000000", "EXDATE:20260220T000000"]
    todo = strict_calendar(data).todos[0]
    first = list(itertools.islice(todo.as_rrule() or [], 2))
    # floating time, which `ical` gives the local zone
    assert [day.replace(tzinfo=None) for day in first if isinstance(day, datetime)] == [
        datetime(2026, 3, 20),
        datetime(2026, 4, 20),
    ]


# --- --include-done: a sent period stays, marked done, as an override of its occurrence ---


def test_with_include_done_a_sent_period_is_an_override_marked_done(tmp_path: Path) -> None:
    plans = _plans(tmp_path, PLAN + FEBRUARY)
    data = _export(tmp_path, plans, "10/04/2026", tmp_path / "lich.ics", "--include-done")
    assert _lines(data, "EXDATE") == []
    assert _lines(data, "RECURRENCE-ID") == [
        "RECURRENCE-ID;VALUE=DATE:20260120",
        "RECURRENCE-ID;VALUE=DATE:20260220",
    ]
    shown = [
        (e.dtstart, e.summary[:1]) for e in itertools.islice(strict_calendar(data).timeline, 4)
    ]
    assert shown == [
        (date(2026, 1, 20), "✓"),
        (date(2026, 2, 20), "✓"),
        (date(2026, 3, 20), "["),
        (date(2026, 4, 20), "["),
    ]
    khal = Khal(tmp_path / "khal")
    khal.import_(tmp_path / "lich.ics")
    days = [line.split(" ", 2)[:2] for line in khal.days("01/01/2026", "30/04/2026")]
    assert days == [["20/01/2026", "✓"], ["20/02/2026", "✓"], ["20/03/2026", "[kh-bao-cao-2026]"],
                    ["20/04/2026", "[kh-bao-cao-2026]"]]  # fmt: skip
    overrides = [e for e in strict_calendar(data).events if e.recurrence_id]
    assert [" ".join((e.description or "").split()) for e in overrides] == [
        AnyWith("Tình trạng: kỳ tháng 1/2026 đã gửi báo cáo ngày 19/01/2026 (đúng hạn)"),
        # due Friday 20/02/2026, in the Tết break: status counts from Monday 23/02, and so does
        # the feed since session 43 (it said 5 days, status 2)
        AnyWith("Tình trạng: kỳ tháng 2/2026 đã gửi báo cáo ngày 25/02/2026 (trễ hạn 2 ngày)"),
    ]
    assert {e.uid for e in strict_calendar(data).events} == {UID}
    assert b"BEGIN:VALARM" not in data.split(b"RECURRENCE-ID", 1)[1]  # no reminder of sent work


class AnyWith(str):
    """Equal to any text that holds it."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and str(self) in other

    __hash__ = str.__hash__


def test_each_override_is_versioned_on_its_own(tmp_path: Path) -> None:
    """Marking March sent adds its override and changes nothing else; changing what
    February's says raises February's SEQUENCE alone."""
    out = tmp_path / "lich.ics"
    plans = _plans(tmp_path, PLAN + FEBRUARY)
    first = _export(tmp_path, plans, "10/04/2026", out, "--include-done")
    march = "      - {period: tháng 3/2026, sent: 02/04/2026}\n"
    _plans(tmp_path, PLAN + FEBRUARY + march)
    second = _export(tmp_path, plans, "10/04/2026", out, "--include-done")
    assert second.startswith(first.split(b"END:VCALENDAR")[0])  # all that was there, as it was
    assert _versions(second) == {"": 0, "20260120": 0, "20260220": 0, "20260320": 0}
    _plans(tmp_path, PLAN + FEBRUARY.replace("25/02/2026", "24/02/2026") + march)
    third = _export(tmp_path, plans, "10/04/2026", out, "--include-done")
    assert _versions(third) == {"": 0, "20260120": 0, "20260220": 1, "20260320": 0}


def _versions(data: bytes) -> dict[str, int]:
    """SEQUENCE of the series ("") and of each override (by the day it stands for)."""
    found = {}
    for event in strict_calendar(data).events:
        day = event.recurrence_id or ""
        found[str(day)[:8].replace("-", "")] = event.sequence or 0
    return found


def test_a_recurring_todo_marks_a_sent_period_completed(tmp_path: Path) -> None:
    plans = _plans(tmp_path, PLAN + FEBRUARY)
    data = _export(tmp_path, plans, "10/04/2026", tmp_path / "viec.ics", "--todo", "--include-done")
    todos = strict_calendar(data).todos
    done = [(t.recurrence_id, str(t.status), t.completed) for t in todos if t.recurrence_id]
    assert done == [  # sent at noon in Vietnam, in UTC
        ("20260120T000000", "TodoStatus.COMPLETED", datetime(2026, 1, 19, 5, tzinfo=UTC)),
        ("20260220T000000", "TodoStatus.COMPLETED", datetime(2026, 2, 25, 5, tzinfo=UTC)),
    ]
    assert _lines(data, "PERCENT-COMPLETE") == ["PERCENT-COMPLETE:100"] * 2


def test_overrides_are_written_as_icalendar_writes_them() -> None:
    from datetime import timedelta

    from kehoach.feeds.ics import Options, Published, collect, override_bytes, override_key
    from kehoach.feeds.ics import overrides as reference
    from kehoach.plan.settings import Settings
    from kehoach.reports.selection import Selection
    from test_periodic import MONTHLY, _files, _plan

    stamp = datetime(2026, 5, 1, tzinfo=UTC)
    entries, *_ = collect(
        _files(_plan(**MONTHLY)),
        Settings(),
        None,
        date(2026, 4, 10),
        Selection(),
        include_done=True,
    )
    before = {override_key(UID, date(2026, 1, 20)): Published(3, "0" * 16, stamp - timedelta(1))}
    for todo in (False, True):
        options = Options(todo=todo, include_done=True)
        ours = override_bytes(entries[0], options, None, before, stamp)
        theirs = reference(entries[0], options, None, before, stamp)
        assert len(theirs) == 2 and ours == b"".join(c.to_ical() for c in theirs)
        assert [int(c["SEQUENCE"]) for c in theirs] == [4, 0]  # January's changed: 3 + 1
    assert override_bytes(entries[0], Options(), None, before, stamp) == b""  # not asked

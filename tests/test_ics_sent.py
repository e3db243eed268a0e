"""A periodic report marked sent leaves the calendar feed: each sent period is an EXDATE of
the recurring event (RFC 5545 §3.8.5.1), read back by the strict `ical` parser and by khal;
the event keeps its UID, and its SEQUENCE rises only as the feed's rule says."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from conftest import feed_items, strict_calendar
from test_ics_cli import Khal

KEHOACH = Path(sys.executable).parent / "kehoach"
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
        "PATH": "/usr/bin:/bin",
        "KEHOACH_CACHE_DIR": str(folder / "cache"),
        "SOURCE_DATE_EPOCH": "1767225600",  # 01/01/2026: the same stamp in every run
    }
    return subprocess.run(
        [str(KEHOACH), *args], capture_output=True, text=True, check=False, cwd=folder, env=env
    )


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

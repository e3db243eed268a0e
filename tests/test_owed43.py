"""A period still owed under a rule the report had before a recorded change stays in the
calendar (fresh42, session 43).

A commune's monthly report, due on the 15th, was moved to the 20th by a change decided on
25/11/2026 (`reschedule … --on`). `status` counts November overdue by the old rule's day;
the feed's series started with the new rule, so November, and every earlier month not
sent, left the calendar the commune subscribes to, and nothing said so. Each test runs
the installed command and reads its feed with icalendar's parser.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from icalendar import Calendar

from clirun import CLERK, kehoach

REGISTRY = "schema: 1\njurisdiction: Nghệ An\nagencies:\n  - {id: vp-xa, name: Văn phòng xã}\n"
PLAN = """\
schema: 1
id: kh-12-2026
number: 12/KH-UBND
title: Kế hoạch báo cáo kinh tế - xã hội
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
issued: 2026-01-05
source: {{document: Kế hoạch 12/KH-UBND (thử), complete: true}}
tasks:
  - id: '1'
    title: Báo cáo kinh tế - xã hội hằng tháng
    lead: [Văn phòng xã]
    deadline: Trước ngày 20 hằng tháng
    reports:
{reports}
    history:
      - date: {decided}
        from: Trước ngày 15 hằng tháng
        to: Trước ngày 20 hằng tháng
        reason: Công văn 5/UBND đổi ngày báo cáo
"""
SENT = ("9/2026", "2026-09-14"), ("10/2026", "2026-10-14")


def office(tmp_path: Path, decided: str, sent: tuple[tuple[str, str], ...] = SENT) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir(parents=True)
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    reports = "\n".join(f"      - {{period: tháng {p}, sent: {day}}}" for p, day in sent)
    text = PLAN.format(reports=reports, decided=decided)
    (plans / "kh-12-2026.yaml").write_text(text, encoding="utf-8")
    assert kehoach("validate", "plans", cwd=tmp_path, env=CLERK).returncode == 0
    return tmp_path


def feed(root: Path, as_of: str, *more: str) -> dict[str, tuple[date, str]]:
    """UID -> (DTSTART or DUE, SUMMARY) of each component of `export-ics` as of `as_of`."""
    done = kehoach("export-ics", "plans", "--as-of", as_of, "-o", "-", *more, cwd=root, env=CLERK)
    assert done.returncode == 0, done.stderr
    calendar = Calendar.from_ical(done.stdout)
    return {
        str(c["UID"]): ((c.get("DTSTART") or c["DUE"]).dt, str(c["SUMMARY"]))
        for c in calendar.walk()
        if c.name in {"VEVENT", "VTODO"}
    }


def test_each_period_status_counts_overdue_is_in_the_feed(tmp_path: Path) -> None:
    root = office(tmp_path, "2026-11-25")
    events = feed(root, "05/12/2026")
    series = events.pop("kh-12-2026.1.m1@kehoach")
    assert series[0] == date(2026, 12, 20)  # the new rule from the change on
    owed = sorted(events.values())
    assert owed[-1][1] == "[12/KH-UBND] 1. Báo cáo kinh tế - xã hội hằng tháng — tháng 11/2026"
    # each on the day status judges it by: the 15th, or the working day after a day off
    # (Sunday 15/02/2026 in the Tết break: 23/02), as a one-off deadline is (fresh43)
    status = kehoach("status", "plans", "--as-of", "05/12/2026", "-f", "json", cwd=root, env=CLERK)
    items = json.loads(status.stdout)["items"]
    overdue = [date.fromisoformat(i["due"]) for i in items if i["bin"] == "overdue"]
    assert [day for day, _ in owed] == sorted(overdue)  # September and October were sent
    assert len(owed) == 9 and date(2026, 2, 23) in overdue and date(2026, 11, 16) in overdue


def test_a_period_sent_leaves_the_feed(tmp_path: Path) -> None:
    root = office(tmp_path, "2026-11-25", (*SENT, ("11/2026", "2026-12-04")))
    events = feed(root, "05/12/2026")
    assert "kh-12-2026.1.m1.20261115@kehoach" not in events
    assert "kh-12-2026.1.m1.20260815@kehoach" in events


def test_a_change_decided_for_next_year_keeps_this_months_report(tmp_path: Path) -> None:
    """Decided to apply from 01/01/2027: December is still due on the 15th, by the rule
    in force; the series starts in January."""
    sent = tuple((f"{m}/2026", f"2026-{m:02d}-10") for m in range(1, 12))
    root = office(tmp_path, "2027-01-01", sent)
    events = feed(root, "05/12/2026")
    assert events["kh-12-2026.1.m1@kehoach"][0] == date(2027, 1, 20)
    assert events["kh-12-2026.1.m1.20261215@kehoach"][0] == date(2026, 12, 15)  # a Tuesday
    assert len(events) == 2
    todos = feed(root, "05/12/2026", "--todo")
    assert todos["kh-12-2026.1.m1.20261215@kehoach"][0] == date(2026, 12, 15)


def test_the_series_starts_with_the_first_period_the_new_rule_owes(tmp_path: Path) -> None:
    """Moved on 17/11, between the old rule's day (15/11) and the new one's (20/11):
    November is owed by the old rule, once; the series of the 20th begins in December
    (fresh43 saw November twice, and the series' 20/11 stay after November was sent)."""
    root = office(tmp_path, "2026-11-17")
    events = feed(root, "05/12/2026")
    assert events["kh-12-2026.1.m1@kehoach"][0] == date(2026, 12, 20)
    assert events["kh-12-2026.1.m1.20261115@kehoach"][0] == date(2026, 11, 16)  # Sunday 15/11
    sent = office(tmp_path / "sent", "2026-11-17", (*SENT, ("11/2026", "2026-12-01")))
    after = feed(sent, "05/12/2026")
    assert after["kh-12-2026.1.m1@kehoach"][0] == date(2026, 12, 20)
    assert "kh-12-2026.1.m1.20261115@kehoach" not in after


def test_an_owed_period_describes_the_rule_that_owed_it(tmp_path: Path) -> None:
    """The owed event's description gave the new rule's cadence ("hạn ngày 20") under
    "Lặp lại", beside "Thời hạn khi đó: … 15 …": a clerk read two days for one report
    (fresh43). It gives the rule then in force."""
    root = office(tmp_path, "2026-11-25")
    done = kehoach("export-ics", "plans", "--as-of", "05/12/2026", "-o", "-", cwd=root, env=CLERK)
    calendar = Calendar.from_ical(done.stdout)
    owed = next(
        c for c in calendar.walk("VEVENT") if str(c["UID"]) == "kh-12-2026.1.m1.20261115@kehoach"
    )
    lines = str(owed["DESCRIPTION"]).splitlines()
    rules = [line for line in lines if line.startswith("Lặp lại")]
    assert len(rules) == 1 and rules[0].startswith("Lặp lại khi đó: ") and "15" in rules[0]
    assert "20" not in rules[0]
    assert "Thời hạn khi đó: Trước ngày 15 hằng tháng (nay: Trước ngày 20 hằng tháng)" in lines
    series = next(c for c in calendar.walk("VEVENT") if str(c["UID"]) == "kh-12-2026.1.m1@kehoach")
    assert any(line.startswith("Lặp lại: ") for line in str(series["DESCRIPTION"]).splitlines())

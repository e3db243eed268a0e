"""Shared fixtures."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings
from ical.calendar import Calendar as StrictCalendar
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar, Component

from clirun import kehoach
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.settings import Settings
from kehoach.reports.status import Report, build_report

TESTS = Path(__file__).parent
# The commands the tests run keep their plan cache here, not in the user's ~/.cache; every
# CLI test thus also runs warm, against what an earlier test left (plan/cache.py).
os.environ.setdefault("KEHOACH_CACHE_DIR", tempfile.mkdtemp(prefix="kehoach-test-cache-"))
STATUS_PLANS = TESTS / "plans" / "status"  # purpose-made plans for `kehoach status`

# No per-example time limit: the suite shares two cores with other work, and hypothesis's
# 200 ms deadline failed property tests whose examples take 30 ms alone (forms_zn: 570 ms
# under load). Time is bounded where it matters, by the CPU bounds of the fuzz and hunt tests.
settings.register_profile("shared-machine", deadline=None)
settings.load_profile("shared-machine")


@pytest.fixture(scope="session")
def status_repo() -> Repository:
    return load_repository([STATUS_PLANS], Settings(), STATUS_PLANS)


@pytest.fixture(scope="session")
def status_report(status_repo: Repository) -> Report:
    """The status plans as of 01/07/2022: four overdue, three due within a week."""
    return build_report(status_repo.plans, Settings(), status_repo.directory, date(2022, 7, 1))


def status_json_items(folder: Path, as_of: str) -> list[dict[str, object]]:
    """Every deadline the installed `kehoach status --all --format json` lists, run in
    `folder` as of `as_of` (dd/mm/yyyy), in its order; fails the test unless it exits 0."""
    done = kehoach("status", "--as-of", as_of, "--all", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    items: list[dict[str, object]] = json.loads(done.stdout)["items"]
    return items


# --- calendar feeds (`kehoach export-ics`) -------------------------------------------------

ICS_PLANS = TESTS / "plans" / "ics"  # purpose-made plans for the calendar export


def feed_items(data: bytes) -> dict[str, Component]:
    """The events (or to-dos) of a feed by UID, read back with icalendar."""
    calendar = Calendar.from_ical(data)
    return {str(c["UID"]): c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}


def strict_calendar(data: bytes) -> StrictCalendar:
    """The feed read by `ical`, an RFC 5545 parser independent of the one that wrote it."""
    return IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))


def assert_wire_format(data: bytes) -> None:
    """RFC 5545 §3.1: CRLF line ends; lines folded at 75 octets at most, never inside a
    UTF-8 sequence (each physical line decodes on its own)."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises if a fold cut a character in two

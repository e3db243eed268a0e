"""The export writes each event once, without icalendar's object model, and the bytes are
exactly icalendar's: every event of the test plans, the bundled plans and a generated
repository, in every mode, equals `component(…).to_ical()` (icalendar serialising the event,
its fingerprint hashed from icalendar's own text as it always was), so a published feed sees
no event change and no SEQUENCE rise after the upgrade. The folding and the escaping are
checked against icalendar's own functions on any text."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar.parser.string import _escape_char, _foldline

from conftest import ICS_PLANS, strict_calendar
from kehoach.feeds.ics import (
    ALL_TITLE,
    Options,
    Published,
    _escaped,
    _folded,
    calendar,
    calendar_parts,
    collect,
    component,
    event_bytes,
)
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import bench  # noqa: E402  the benchmark's generator: every deadline form, some done

STAMP = datetime(2026, 6, 20, 3, 0, tzinfo=UTC)
MODES = {
    "event": Options(),
    "todo, done included": Options(todo=True, include_done=True),
    "spans, no alarms, links": Options(spans=True, alarms=(), plan_url="https://x.vn/k"),
    "same-day alarm, done included": Options(alarms=(0, 3), include_done=True),
}


@pytest.fixture(scope="module")
def repositories(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Repository, date]]:
    generated = tmp_path_factory.mktemp("generated") / "plans"
    bench.generate(generated, 400)
    folders = [(ICS_PLANS, date(2022, 7, 1)), (ROOT / "plans", date(2026, 7, 1))]
    folders.append((generated, date(2026, 7, 1)))
    return [(load_repository([f], Settings(), f), day) for f, day in folders]


@pytest.mark.parametrize("mode", MODES)
def test_every_event_is_written_as_icalendar_writes_it(
    mode: str, repositories: list[tuple[Repository, date]]
) -> None:
    options = MODES[mode]
    for repo, day in repositories:
        entries, *_ = collect(
            repo.plans, Settings(), repo.directory, day, Selection(), include_done=True
        )
        assert len(entries) >= 10
        written, reference = [], []
        for n, entry in enumerate(entries):
            # Against a previous feed: the same event, a changed one, one of an older time.
            before = [
                None,
                Published(4, "0" * 16, STAMP - timedelta(days=3)),
                Published(2, None, None),
            ][n % 3]
            ours = event_bytes(entry, options, repo.directory, before, STAMP)
            theirs = component(entry, options, repo.directory, before, STAMP)
            assert ours == theirs.to_ical(), entry.uid
            written.append(ours)
            reference.append(theirs)
        feed = b"".join(calendar_parts(ALL_TITLE, written))
        assert feed == calendar(ALL_TITLE, reference)
        assert len(strict_calendar(feed).events or strict_calendar(feed).todos) == len(entries)


def test_an_unchanged_event_keeps_its_sequence_against_a_feed_of_the_old_writer(
    repositories: list[tuple[Repository, date]],
) -> None:
    """The fingerprint is icalendar's text as before: republishing changes nothing."""
    repo, day = repositories[0]
    entries, *_ = collect(
        repo.plans, Settings(), repo.directory, day, Selection(), include_done=False
    )
    for entry in entries:
        old = component(entry, Options(), repo.directory, None, STAMP)
        before = Published(
            int(old["SEQUENCE"]), str(old["X-KEHOACH-FINGERPRINT"]), old["LAST-MODIFIED"].dt
        )
        again = event_bytes(entry, Options(), repo.directory, before, STAMP + timedelta(days=9))
        assert again == old.to_ical()


TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"abcxyz AZ09:;,.\\^\"'\t",
            *"N\r\n",  # with the backslash: \N, \r\n and lone line ends
            *"ăâđêôơưạảấầẩẫậếềểễệ",
            *("\u0301", "\u0323", "…", "—", "“", "”", "😀", "𝔸", "\u00a0"),
        ]
    ),
    max_size=400,
)


@settings(max_examples=400, deadline=None)
@given(line=TEXT.map(lambda t: t.replace("\r", "").replace("\n", "")))
@example(line="x" * 73)
@example(line="x" * 74)
@example(line="x" * 75)
@example(line="x" * 73 + "\\" + "y" * 10)
@example(line="x" * 72 + "\\n" + "y" * 10)
@example(line="x" * 73 + "^" + "y" * 80)
@example(line="x" * 72 + "ạ" + "y" * 10)
@example(line="x" * 73 + "😀" + "y")
@example(line="\\" * 200)
def test_folding_is_icalendars_to_the_byte(line: str) -> None:
    assert _folded(line) == _foldline(line).encode("utf-8") + b"\r\n"


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_text_escaping_is_icalendars(text: str) -> None:
    assert _escaped(text) == _escape_char(text)

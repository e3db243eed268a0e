"""`kehoach status` starts fast: it never loads what only other commands need.

icalendar (~80 ms), dateutil's parser (~40 ms) and ruamel.yaml are each a noticeable share
of a 0.2 s command; measured with `python -X importtime`, as `make bench` reports it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONLY_FOR_OTHERS = (
    "icalendar",  # export-ics
    "dateutil.parser",
    "holidays",  # the bundled table (kehoach/data/holidays-vn.tsv) stands in for it
    "lunar_vn",  # only a lunar gloss beside a day is checked with it (kehoach.dates.lunar)
    "ruamel",  # fmt and the editing commands
    "openpyxl",  # status --format xlsx, import
    "docx",  # import
    "kehoach.feeds.ics",
    "kehoach.review.edit",
    "kehoach.base.gitrepo",
    "kehoach.reports.timeline",
    "kehoach.render.timeline",
)


def imported(*args: str, cache: Path | None = None) -> set[str]:
    """The modules `kehoach ARGS` imports; without `cache`, computed afresh (no cache)."""
    where = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kehoach", *where, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}


def test_status_loads_none_of_what_other_commands_need() -> None:
    loaded = imported("status", "plans", "--as-of", "01/07/2022")
    assert "kehoach.reports.status" in loaded  # the measurement saw the command run
    assert not {name for name in loaded if name.startswith(ONLY_FOR_OTHERS)}


def test_the_commands_that_need_them_do_load_them() -> None:
    assert "icalendar" in imported("export-ics", "-o", "-", "plans")
    assert "kehoach.reports.timeline" in imported("timeline", "plans", "--as-of", "01/07/2022")


def test_a_repeated_status_imports_neither_yaml_nor_the_models(tmp_path: Path) -> None:
    """Its output kept for these exact files, `status` only hashes them and prints."""
    args = ("status", "plans", "--as-of", "01/07/2022")
    assert "kehoach.plan.model" in imported(*args, cache=tmp_path)  # the first run computes
    again = imported(*args, cache=tmp_path)
    assert "kehoach.plan.discovery" in again  # the measurement saw the files keyed
    assert not again & {
        "yaml",
        "kehoach.plan.model",
        "kehoach.plan.loader",
        "kehoach.reports.status",
    }


def test_a_repeated_validate_does_not_compile_the_grammar(tmp_path: Path) -> None:
    """The deadline grammar compiles about a thousand patterns (0.3 s of CPU, half a warm
    `validate`); readings kept in the plan cache need none of them. A cold run reads."""
    args = ("validate", "plans")
    assert "kehoach.dates.engine" in imported(*args, cache=tmp_path)
    again = imported(*args, cache=tmp_path)
    assert "kehoach.plan.rules" in again  # the measurement saw the rules run
    assert "kehoach.dates.engine" not in again

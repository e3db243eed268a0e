"""Scale: no rule may grow with the square of the number of tasks (issue 16).

One plan file of 28,000 tasks once took 277 s to validate, because a rule rebuilt the set
of task ids once per task. CPU time, not wall time, so a busy machine does not fail it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kehoach.plan.loader import load_repository
from kehoach.plan.rules import check_repository
from kehoach.plan.schedule import read_phrase
from kehoach.plan.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TASKS = 20_000


def big_plan(folder: Path) -> None:
    """One file of 20,000 tasks, each depending on the one before (under the 2 MB limit)."""
    lines = [
        "schema: 1",
        "id: kh-lon",
        "title: Kế hoạch lớn",
        "issuer: UBND tỉnh Nghệ An",
        "jurisdiction: Nghệ An",
        "issued: 2025-12-01",
        "source: {document: x, complete: true}",
        "tasks:",
    ]
    for t in range(1, TASKS + 1):
        after = f', depends_on: ["{t - 1}"]' if t > 1 else ""
        phrase = f"Trước ngày {t % 28 + 1}/{t % 12 + 1}/2026"
        lines.append(f'  - {{id: "{t}", title: V, lead: [VPTU], deadline: "{phrase}"{after}}}')
    (folder / "kh-lon.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "agencies.yaml").write_bytes((ROOT / "plans" / "agencies.yaml").read_bytes())


def test_twenty_thousand_tasks_in_one_file_validate_in_seconds(tmp_path: Path) -> None:
    big_plan(tmp_path)
    start = time.process_time()
    repo = load_repository([tmp_path], Settings(), tmp_path)
    findings = check_repository(repo, Settings())
    spent = time.process_time() - start
    assert [len(pf.plan.tasks) for pf in repo.plans] == [TASKS]
    assert findings == []  # every reference resolves, every agency and phrase reads
    assert spent < 15, f"{spent:.1f} s of CPU for {TASKS:,} tasks"


def test_a_phrase_is_read_once_per_context_and_errors_stay_errors() -> None:
    from kehoach.dates.deadline import Context, DeadlineError

    context = Context()
    first = read_phrase("Trước ngày 15/4/2026", context)
    assert read_phrase("Trước ngày 15/4/2026", context) is first  # shared, not re-read
    issued = Context(issued=first.last)
    assert read_phrase("Trước ngày 15/4", issued).last == first.last  # its own context
    for _ in range(2):  # an unreadable phrase is refused every time, not only the first
        with pytest.raises(DeadlineError, match="khi có yêu cầu"):
            read_phrase("khi có yêu cầu", context)

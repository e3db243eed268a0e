"""What earlier sessions' clerks found and left open, fixed by `fixes24` (2026-12-03). Each
test is a step a clerk took and the answer they should have had; each runs the installed
command on plans in a git repository of the clerk's own."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import CLERK, kehoach
from gitrun import git


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env={**CLERK, "COLUMNS": "200"})


REGISTRY = "schema: 1\njurisdiction: Nghệ An\nagencies: []\n"

# A commune's election timetable (fresh23's clerk): the election's day decided later.
ELECTION = """\
schema: 1
id: kh-12-2027
number: 12/KH-UBND
title: Kế hoạch tổ chức bầu cử của UBND xã Đô Lương
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
commune: xã Đô Lương
issued: 05/01/2027
source: {document: KH 12.pdf, complete: true}
events:
  - name: ngày bầu cử
    day: null
tasks:
  - id: "5"
    title: Lập danh sách cử tri
    lead: [UBND xã]
    deadline: Chậm nhất 40 ngày trước ngày bầu cử
  - id: "6"
    title: Niêm yết danh sách cử tri
    lead: [UBND xã]
    deadline: Chậm nhất 30 ngày trước ngày bầu cử
  - id: "7"
    title: Báo cáo rà soát cử tri
    lead: [UBND xã]
    deadline: Trước ngày 31/01/2027
  - id: "8"
    title: Tổng hợp kết quả rà soát
    lead: [UBND xã]
    deadline: 10 ngày làm việc sau khi nhiệm vụ 7 hoàn thành
"""


def _commune(tmp_path: Path, plan: str = ELECTION) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-12-2027.yaml").write_text(plan, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Kế hoạch bầu cử")
    return tmp_path


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "plans" / "kh-12-2027.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- 1. an event given its day is the reason, not a move per task ------------------------


def test_an_event_given_its_day_needs_no_reason_per_task(tmp_path: Path) -> None:
    """The clerk wrote the election's day (`day: null` → 23/05/2027): `diff
    --require-reasons` listed tasks 5 and 6 as moved without reason and exited 1, though
    no task's history can record it; the event's day is the reason, named."""
    root = _commune(tmp_path)
    _edit(root, "day: null", "day: 23/05/2027\n    decided_by: Nghị quyết số 1/NQ-HĐBC")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert "chưa ghi lý do" not in done.stdout
    assert '"Chậm nhất 40 ngày trước ngày bầu cử" có ngày 13/04/2027' in done.stdout
    assert (
        "lý do: sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027; quyết định: Nghị quyết "
        "số 1/NQ-HĐBC"
    ) in done.stdout
    assert "1 mục → 1 mục" not in done.stdout  # the event's day itself is shown
    assert "Ngày 23/05/2027" in done.stdout
    deadline = json.loads(run("diff", "--format", "json", cwd=root).stdout)["plans"][0]["tasks"][0][
        "deadlines"
    ][0]
    assert (deadline["dated"], deadline["new_due"]) == (True, "2027-04-13")
    assert deadline["reason"] == "sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027"


def test_an_event_given_its_day_is_no_slip(tmp_path: Path) -> None:
    """Committed, the same edit counted in `slips` as two hand edits without reason."""
    root = _commune(tmp_path)
    _edit(root, "day: null", "day: 23/05/2027")
    git(root, "commit", "-qam", "Ấn định ngày bầu cử")
    slips = run("slips", "--from", "01/01/2026", "--to", "31/12/2027", cwd=root)
    assert slips.returncode == 0, slips.stderr
    assert "Không có lần dời thời hạn nào" in slips.stdout
    log = run("log", "kh-12-2027/5", cwd=root)
    assert "lý do: sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027" in log.stdout
    assert "chưa ghi lý do" not in log.stdout


def test_an_event_moved_to_another_day_is_explained_by_its_new_document(
    tmp_path: Path,
) -> None:
    """An event moved from one day to another moves every deadline counted from it: a
    decision, which the event's `decided_by` records (no task's history can)."""
    root = _commune(tmp_path, ELECTION.replace("day: null", "day: 23/05/2027"))
    _edit(root, "day: 23/05/2027", "day: 30/05/2027")
    undecided = run("diff", "--require-reasons", cwd=root)
    assert undecided.returncode == 1
    assert (
        "lý do: sự kiện “ngày bầu cử” dời sang ngày 30/05/2027 (⚠ chưa ghi văn bản quyết "
        "định: decided_by của sự kiện trong events:)"
    ) in undecided.stdout
    _edit(root, "day: 30/05/2027", "day: 30/05/2027\n    decided_by: Nghị quyết số 2/NQ-HĐBC")
    decided = run("diff", "--require-reasons", cwd=root)
    assert decided.returncode == 0, decided.stdout
    assert "13/04/2027) → " in decided.stdout and "lùi 7 ngày" in decided.stdout
    assert "quyết định: Nghị quyết số 2/NQ-HĐBC" in decided.stdout


def test_a_task_done_dates_the_task_counted_from_it(tmp_path: Path) -> None:
    """Task 8 counts 10 working days from task 7's completion: task 7 reported done gave
    task 8 its day, and `diff --require-reasons` wanted a reason for task 8's "move"."""
    root = _commune(tmp_path)
    _edit(
        root,
        "deadline: Trước ngày 31/01/2027\n",
        "deadline: Trước ngày 31/01/2027\n    status: done\n    completed: 25/01/2027\n",
    )
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert "lý do: nhiệm vụ 7 hoàn thành ngày 25/01/2027" in done.stdout

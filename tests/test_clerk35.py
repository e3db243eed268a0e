"""clerk35: what a clerk met on main in session 34, each one a clerk stuck or misled (none a
wrong date). Each test runs the installed `kehoach` as the clerk ran it, in a repository of
one plan of Ninh Bình (issued 01/12/2025)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from clirun import CLERK, kehoach

PLAN = """\
schema: 1
id: kh-1-2025
number: 1/KH-UBND
title: Kế hoạch thử
issuer: UBND tỉnh Ninh Bình
jurisdiction: ninh-binh
issued: 2025-12-01
source: {document: thu.txt, complete: true}
tasks:
  - id: "1"
    title: Xây dựng Đề án
    lead: [Sở Nội vụ]
    deadline: "Trước ngày 15/1/2026"
"""


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env={**CLERK, "COLUMNS": "400"})


def repository(tmp_path: Path, plan: str = PLAN) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kh-1-2025.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", "utf-8")
    return tmp_path


# --- 4. done --on a day less than a year before the plan's issue day ---------------------


def test_done_a_little_before_the_plan_asks_to_check_the_day(tmp_path: Path) -> None:
    # Seen: "nhiệm vụ không thể xong trước khi có kế hoạch" on a day `done` then wrote
    # (the lead ruled the write stays: work may be done while the plan is drafted)
    root = repository(tmp_path)
    done = run("done", "kh-1-2025/1", "--on", "15/11/2025", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "completed: 2025-11-15" in (root / "plans" / "kh-1-2025.yaml").read_text("utf-8")
    said = "kiểm tra lại ngày hoàn thành: 15/11/2025 trước ngày ban hành kế hoạch (01/12/2025)"
    assert said in done.stderr
    assert "không thể xong" not in done.stderr
    assert said in run("validate", cwd=root).stdout


def test_done_years_before_the_plan_is_still_refused(tmp_path: Path) -> None:
    root = repository(tmp_path)
    done = run("done", "kh-1-2025/1", "--on", "15/11/2023", cwd=root)
    assert done.returncode != 0
    assert "không thể xong trước khi có kế hoạch; kiểm tra lại năm" in done.stderr

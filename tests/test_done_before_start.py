"""KH 41/KH-UBND (xã Ea Ly) leftovers: a completion before its window, a monthly start.

The fresh user's ninth session (/work/notes/fresh9.md, item 13): `kehoach done 41/3 --on
03/10/2025` on Kế hoạch 41/KH-UBND of xã Ea Ly (issued 02/10/2025; requests received "từ
ngày 05/10/2025 đến hết ngày 05/11/2025") was written without a word: the only check of an
early completion compared it with the plan's issue day. Now `done` and `validate` warn
(`completed-before-start`). And item 7: the plan's "thực hiện từ ngày 15 hằng tháng" was
refused with a one-day way out. Each test runs the installed CLI on the plan of
tests/test_fresh_ninth.py, as the clerk did.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from clirun import kehoach
from ealy import PLAN

CODE = "completed-before-start"
# tests/corpus/s-baophutho-ky-hop-thu-hai-hdnd-khoa-xix-2025.yaml: a day alone, no start
A_DAY = "Các tổ đại biểu tiếp xúc cử tri trước kỳ họp dự kiến xong trước ngày 30/11/2025"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, clean=True, env={"KEHOACH_NO_CACHE": "1", "COLUMNS": "200"})


def repository(tmp_path: Path, plan: str = PLAN) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kh-41-2025.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", "utf-8")
    return tmp_path


def test_done_before_the_window_opens_is_written_with_a_warning(tmp_path: Path) -> None:
    root = repository(tmp_path)
    done = run("done", "41/3", "--on", "03/10/2025", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "completed: 2025-10-03" in (root / "plans" / "kh-41-2025.yaml").read_text("utf-8")
    assert (
        "warning: ngày hoàn thành 03/10/2025 trước khi thời hạn bắt đầu (05/10/2025) — "
        f"kiểm tra lại ngày [{CODE}]"
    ) in done.stderr
    checked = run("validate", "plans", cwd=root)
    assert checked.returncode == 0 and CODE in checked.stdout + checked.stderr
    assert run("validate", "--strict", "plans", cwd=root).returncode != 0


def test_done_on_the_day_the_window_opens_says_nothing(tmp_path: Path) -> None:
    root = repository(tmp_path)
    done = run("done", "41/3", "--on", "05/10/2025", cwd=root)
    assert done.returncode == 0 and "warning" not in done.stderr, done.stderr
    # the survey's window opened 01/10/2025, before the plan was issued: 03/10 is inside it
    survey = run("done", "41/1", "--on", "03/10/2025", cwd=root)
    assert survey.returncode == 0 and "warning" not in survey.stderr, survey.stderr


def test_a_milestone_done_before_its_own_window(tmp_path: Path) -> None:
    # the plan's two windows as one task's milestones, the second marked done on 03/10
    plan = PLAN.split('  - id: "3"')[0].replace(
        '    deadline: "từ ngày 01/10/2025 đến hết ngày 05/11/2025"\n',
        "    deadlines:\n"
        '      - phrase: "từ ngày 01/10/2025 đến hết ngày 05/11/2025"\n'
        '      - phrase: "từ ngày 05/10/2025 đến hết ngày 05/11/2025"\n'
        "        completed: 2025-10-03\n",
    )
    checked = run("validate", "plans", cwd=repository(tmp_path, plan))
    said = checked.stdout + checked.stderr
    assert "ngày hoàn thành mốc 2 03/10/2025 trước khi thời hạn bắt đầu (05/10/2025)" in said


def test_a_task_with_a_milestone_that_has_no_start_may_be_done_any_day(tmp_path: Path) -> None:
    # a window and a day alone: the day may be met before the window opens
    plan = PLAN.replace(
        '    deadline: "từ ngày 05/10/2025 đến hết ngày 05/11/2025"\n',
        "    deadlines:\n"
        '      - phrase: "từ ngày 05/10/2025 đến hết ngày 05/11/2025"\n'
        f'      - phrase: "{A_DAY}"\n',
    )
    root = repository(tmp_path, plan)
    done = run("done", "41/3", "--on", "03/10/2025", cwd=root)
    assert done.returncode == 0 and CODE not in done.stderr, done.stderr


# Kế hoạch 41/KH-UBND's monthly check of household income, "thực hiện từ ngày 15 hằng
# tháng" (/work/notes/fresh9.md, item 7): each month's work starts on the 15th and no day is
# given it is due by. It was refused with the one-day way out (last_day), wrong for a duty
# that recurs; the way out is the document's due day, or "Không nêu thời hạn".
MONTHLY_START = "thực hiện từ ngày 15 hằng tháng"


def test_a_monthly_start_with_no_end_points_to_the_way_out_of_a_recurring_duty(
    tmp_path: Path,
) -> None:
    plan = PLAN.replace('"từ ngày 05/10/2025 đến hết ngày 05/11/2025"', f'"{MONTHLY_START}"')
    root = repository(tmp_path, plan)
    checked = run("validate", "plans", cwd=root)
    said = " ".join((checked.stdout + checked.stderr).split())
    assert checked.returncode != 0 and "deadline-unreadable" in said
    assert "mỗi tháng bắt đầu từ ngày đó, không ghi hạn" in said
    assert "“Không nêu thời hạn” (việc thường xuyên)" in said
    assert "ghi last_day (và first_day cho một khoảng)" not in said  # not the one-day way out
    # the way out it names is read: the plan is valid with it
    fixed = plan.replace(f'"{MONTHLY_START}"', '"Không nêu thời hạn"')
    (root / "plans" / "kh-41-2025.yaml").write_text(fixed, encoding="utf-8")
    assert run("validate", "plans", cwd=root).returncode == 0

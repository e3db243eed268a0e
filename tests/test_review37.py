"""The review of plan edits in git, redone by `review37` (2026-12-04) on the lead's
rulings of session 36. Each test is a step a clerk took on a plan in a git repository of
their own (real git, a temporary folder), and the answer they should have had."""

from __future__ import annotations

import json
from pathlib import Path

from gitrun import git
from test_fixes24 import _commune, run
from test_fixes25 import COUNTED, SLIPS
from test_review26 import PLAN, _edit, _office
from test_review35 import STANDING

# --- 1. the issue day corrected is a correction, not a moved deadline -----------------------


def _issue_day_corrected(tmp_path: Path) -> Path:
    """The commune's plan, its `issued` 05/01/2027 corrected to 15/01/2027 (the signed copy
    read again); task 7 is due "Trong vòng 30 ngày kể từ ngày ban hành kế hoạch"."""
    root = _commune(tmp_path, COUNTED)
    path = root / "plans" / "kh-12-2027.yaml"
    path.write_text(COUNTED.replace("issued: 05/01/2027", "issued: 15/01/2027"), encoding="utf-8")
    return root


def test_diff_counts_an_issue_day_corrected_as_a_correction(tmp_path: Path) -> None:
    """The lead's ruling: a deadline whose day changed only because `issued` was corrected
    is a correction of the record, no moved deadline, and asks no reason."""
    root = _issue_day_corrected(tmp_path)
    done = run("diff", "--require-reasons", "-f", "json", cwd=root)
    assert done.returncode == 0, done.stdout
    summary = json.loads(done.stdout)["summary"]
    assert (summary["deadlines_moved"], summary["deadlines_corrected"]) == (0, 1)
    assert summary["moves_unexplained"] == 0


def test_slips_lists_an_issue_day_corrected_apart(tmp_path: Path) -> None:
    """`slips` counts no move for it and lists it under "Đính chính ngày ban hành"."""
    root = _issue_day_corrected(tmp_path)
    git(root, "commit", "-qam", "Sửa ngày ban hành")
    report = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)
    assert report["summary"]["total"]["moves"] == 0
    assert [m["task_id"] for m in report["corrections"]] == ["7"]
    text = run(*SLIPS, "-f", "markdown", cwd=root).stdout
    assert "Đính chính ngày ban hành (không tính là dời thời hạn)" in text
    assert "1 thời hạn đổi ngày vì ngày ban hành kế hoạch được đính chính" in text


# --- 3. a deadline that no longer reads after a `standing` flip is named ---------------------


def test_require_reasons_names_a_deadline_unread_after_a_standing_flip(tmp_path: Path) -> None:
    """ "Trong tháng 11" reads in a one-off plan's issue year and is refused in a standing
    rule (a month without a year). The plan made a standing rule, the task lost its
    deadline with nobody moving it: `--require-reasons` passed. It now fails, naming the
    phrase's file:line and the way out (the year, or `last_day`)."""
    root = _office(tmp_path, PLAN.replace("Trước ngày 27/02/2026", "Trong tháng 11"))
    _edit(root, "issued: 05/01/2026", "issued: 05/01/2026\nstanding: true")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode != 0, done.stdout
    line = next(n for n, text in enumerate(PLAN.splitlines(), 2) if "27/02/2026" in text)
    assert f"plans/kh-12-2026.yaml:{line}:" in done.stderr, done.stderr
    assert 'thời hạn "Trong tháng 11" không còn đọc được' in done.stderr
    assert "last_day" in done.stderr
    # without --require-reasons the diff still says it, and exits as before
    assert run("diff", cwd=root).returncode == 0


# --- 4. an event's day is held on it, never rolled off a day off -----------------------------


def test_an_event_held_on_a_sunday_keeps_its_day(tmp_path: Path) -> None:
    """The lead's ruling (BLDS 2015 Điều 148 rolls a deadline's last day, not an event's):
    "Tổ chức khai giảng vào ngày 5/9/2021" (corpus g-vietgiaitri-hai-phong-qd-2274-nam-hoc-
    2021-2022.yaml) opens the school year on Sunday 05/09/2021; it was said to fall due on
    Monday 06/09/2021, the day after the ceremony."""
    done = run("deadline", "Tổ chức khai giảng vào ngày 5/9/2021", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Hạn cuối  05/09/2021" in done.stdout
    assert "06/09/2021" not in done.stdout
    assert "05/09/2021 là Chủ nhật; đây là ngày tổ chức sự kiện nên giữ ngày này" in done.stdout


def test_a_limit_on_the_same_sunday_still_rolls(tmp_path: Path) -> None:
    """The neighbour: a limit word ("Trước") makes it a deadline's last day, which rolls
    to the next working day (BLDS 2015 Điều 148.5)."""
    done = run("deadline", "Trước ngày 5/9/2021", cwd=tmp_path)
    assert "Đến hạn   06/09/2021 (05/09/2021 là Chủ nhật" in done.stdout


# --- 4b. the periods a corrected issue day adds fall due on the days status counts ---------

# corpus m-baomoi-bgddt-bien-dong-si-so-2010.yaml: a yearly report, its day a Saturday in 2025
OCTOBER = "Trước ngày 18/10, các địa phương phải báo cáo Bộ GD&ĐT một số nội dung"


def test_diff_shows_an_added_period_on_its_rolled_day(tmp_path: Path) -> None:
    """A standing rule's issue day corrected a year earlier adds the report of 2025, due
    18/10/2025, a Saturday: `status` counts it due Monday 20/10/2025, and `diff` said
    18/10. It says both, as status does; the JSON keeps the rule's own day."""
    plan = STANDING.replace("Trước ngày 30/6", OCTOBER)
    root = _office(tmp_path, plan)
    _edit(root, "issued: 05/01/2026", "issued: 05/01/2025")
    done = run("diff", cwd=root)
    assert "năm 2025 (hạn 18/10/2025 (T7) → 20/10/2025, ⚠ đã quá hạn" in done.stdout, done.stdout
    document = json.loads(run("diff", "-f", "json", cwd=root).stdout)
    (shift,) = document["plans"][0]["tasks"][0]["periods"]
    (added,) = shift["added"]
    assert (added["due"], added["due_as_written"]) == ("2025-10-20", "2025-10-18")


# --- 5. the report `done` records is said by its period and day -----------------------------


def test_done_says_the_report_recorded_in_plain_vietnamese(tmp_path: Path) -> None:
    """`done --period` echoed "Báo cáo đã gửi: (trống) → 1 mục (thêm kỳ tháng 3/2026 gửi
    18/03/2026)": a count no clerk checks. It says the period and the day it went out."""
    root = _office(tmp_path, PLAN.replace("Trước ngày 27/02/2026", "Trước ngày 20 hằng tháng"))
    done = run("done", "kh-12-2026/7", "--period", "tháng 3/2026", "--on", "18/03/2026", cwd=root)
    assert "Báo cáo đã gửi: ghi thêm kỳ tháng 3/2026, gửi ngày 18/03/2026" in done.stderr
    assert "1 mục" not in done.stderr
    assert "Báo cáo đã gửi: ghi thêm kỳ tháng 3/2026" in run("diff", cwd=root).stdout


# --- 3b. reports whose task vanished are warned of -------------------------------------------

SECOND = """\
  - id: "8"
    title: Niêm yết danh sách cử tri
    lead: [UBND xã]
    deadline: Trước ngày 27/02/2026
"""


def test_diff_warns_of_reports_whose_task_was_taken_out(tmp_path: Path) -> None:
    """A monthly task with its report of March recorded sent, then deleted from the file:
    `diff` said "bỏ nhiệm vụ 7" and nothing of the report record lost with it."""
    plan = PLAN.replace("Trước ngày 27/02/2026", "Trước ngày 20 hằng tháng") + SECOND
    root = _office(tmp_path, plan)
    done = run("done", "kh-12-2026/7", "--period", "tháng 3/2026", "--on", "18/03/2026", cwd=root)
    assert done.returncode == 0, done.stderr
    git(root, "commit", "-qam", "Báo cáo tháng 3")
    path = root / "plans" / "kh-12-2026.yaml"
    head, _, _ = path.read_text(encoding="utf-8").partition('  - id: "7"')
    path.write_text(head + SECOND, encoding="utf-8")
    shown = run("diff", cwd=root)
    assert shown.returncode == 0, shown.stderr
    assert "nhiệm vụ '7' bị xóa cùng 1 báo cáo đã ghi gửi (tháng 3/2026)" in shown.stderr
    assert "status: cancelled" in shown.stderr

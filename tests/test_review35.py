"""What fresh users found in `slips`, `diff`, `validate` and `timeline` when reviewing plan
edits in git, fixed by `review35` (2026-12-03). Each test is a step a clerk took on a plan
in a git repository of their own, and the answer they should have had."""

from __future__ import annotations

import json
from pathlib import Path

from gitrun import git
from test_review26 import NO_YEAR, PLAN, SLIPS, _edit, _office, run

# --- 6. a task's name in the Mermaid chart ends with its last word ---------------------------


def test_mermaid_task_names_keep_no_trailing_space(tmp_path: Path) -> None:
    """`timeline --format mermaid` wrote "NV 7 Báo cáo rà soát cử tri :milestone, …":
    Mermaid takes everything before the `:` as the name, so each bar's name (its label,
    its text read aloud) ended with a space. Mermaid itself draws the name as written."""
    title = "Báo cáo rà soát cử tri  "
    root = _office(tmp_path, PLAN.replace("title: Báo cáo rà soát cử tri", f'title: "{title}"'))
    done = run("timeline", "--format", "mermaid", "--as-of", "01/02/2026", cwd=root)
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("    7 ")]
    assert line.startswith("    7 Báo cáo rà soát cử tri:milestone, "), line


def test_mermaid_draws_a_task_name_without_a_trailing_space(tmp_path: Path) -> None:
    """Mermaid itself (the package GitLab and GitHub build on) draws the name as written,
    no space after its last word."""
    from browser import mermaid_texts

    root = _office(tmp_path)
    done = run("timeline", "--format", "mermaid", "--as-of", "01/02/2026", cwd=root)
    block = "\n".join(done.stdout.splitlines()[1:-1])
    texts = mermaid_texts(block, tmp_path)
    assert "7 Báo cáo rà soát cử tri" in texts, texts


# --- 5. a reason typed two ways is one group, named as most clerks wrote it --------------------


def _moved(task: str, day: str, on: str, reason: str) -> str:
    return f"""\
  - id: "{task}"
    title: Báo cáo chuyên đề {task}
    lead: [UBND xã]
    deadline: Trước ngày {day}
    history:
      - date: {on}
        from: Trước ngày 27/02/2026
        to: Trước ngày {day}
        reason: {reason}
        decided_by: Công văn số {task}/UBND
"""


def _reasons(tmp_path: Path, *tasks: str) -> list[dict[str, object]]:
    plan = PLAN.split("tasks:\n")[0] + "tasks:\n" + "".join(tasks)
    root = _office(tmp_path, plan)
    done = run(*SLIPS, "-f", "json", cwd=root)
    assert done.returncode == 0, done.stderr
    reasons: list[dict[str, object]] = json.loads(done.stdout)["reasons"]
    return reasons


def test_slips_names_a_reason_by_its_most_frequent_spelling(tmp_path: Path) -> None:
    """Two clerks wrote "Chờ ý kiến Bộ", one "chờ ý kiến bộ": one group, as before, but
    labelled by the spelling met first in the list (the move of most days), a spelling
    one clerk in three used. It is labelled by the spelling most often written."""
    reasons = _reasons(
        tmp_path,
        _moved("1", "30/06/2026", "20/02/2026", "chờ ý kiến bộ"),
        _moved("2", "13/03/2026", "21/02/2026", "Chờ ý kiến Bộ"),
        _moved("3", "20/03/2026", "22/02/2026", "Chờ  ý kiến Bộ."),
    )
    assert [(r["reason"], r["moves"]) for r in reasons] == [("Chờ ý kiến Bộ", 3)]
    text = run(*SLIPS, cwd=tmp_path / "office").stdout
    assert "chờ ý kiến bộ" not in text.replace("lý do: chờ ý kiến bộ", "")


def test_slips_names_a_reason_written_two_ways_once_each_as_first_written(tmp_path: Path) -> None:
    """A tie: the spelling decided first names the group, not the one of the longest move."""
    reasons = _reasons(
        tmp_path,
        _moved("1", "30/06/2026", "25/02/2026", "chờ ý kiến bộ"),
        _moved("2", "13/03/2026", "20/02/2026", "Chờ ý kiến Bộ"),
    )
    assert [(r["reason"], r["moves"]) for r in reasons] == [("Chờ ý kiến Bộ", 2)]


# --- 4. a period's report sent before the plan existed ----------------------------------------

MONTHLY = PLAN.replace(
    "deadline: Trước ngày 27/02/2026",
    "deadline: Trước ngày 20 hằng tháng\n    from: 01/01/2024\n    reports:\n",
)


def _report(period: str, sent: str) -> str:
    return f"      - period: {period}\n        sent: {sent}\n"


def test_validate_flags_a_report_sent_before_the_plan_as_done_refuses_it(tmp_path: Path) -> None:
    """A monthly report counted from 01/01/2024 in a plan issued 05/01/2026: `done --period
    "tháng 3/2024" --on 15/03/2024` is refused (a typo of the year), but the same report
    typed into the file passed `validate` with 0 errors. It is an error now, more than a
    year before the issue day, and a warning less (work done while the plan was drafted),
    as for a completion (`completed-early`)."""
    root = _office(tmp_path, MONTHLY + _report("tháng 12/2025", "15/12/2025"))
    refused = run(
        "done", "kh-12-2026/7", "--period", "tháng 3/2024", "--on", "15/03/2024", cwd=root
    )
    assert refused.returncode != 0 and "trước ngày ban hành kế hoạch" in refused.stderr
    _edit(root, "sent: 15/12/2025\n", "sent: 15/12/2025\n" + _report("tháng 3/2024", "15/03/2024"))
    done = run("validate", cwd=root)
    assert done.returncode == 1, done.stdout
    lines = [line for line in done.stdout.splitlines() if "[completed-early]" in line]
    assert len(lines) == 2, done.stdout
    late, typo = lines
    assert (
        ": warning: kiểm tra lại ngày gửi báo cáo: 15/12/2025 (kỳ tháng 12/2025) trước ngày ban hành"
        in late
    )
    assert ": error: ngày gửi báo cáo 15/03/2024 (kỳ tháng 3/2024) trước ngày ban hành" in typo
    assert "kế hoạch (05/01/2026)" in typo


# --- 1. an issue day corrected is no slip -----------------------------------------------------


def test_slips_lists_an_issue_day_corrected_apart_from_the_moves(tmp_path: Path) -> None:
    """ "Trước ngày 30/6" takes its year from `issued`; the issue day corrected from
    05/01/2027 to 05/01/2026 (a typo of the year) is explained by `diff`, but `slips`
    counted it a move, "sớm tổng cộng 365 ngày" in the Committee's figures. The document
    moved nothing: the change is listed apart as a correction and kept out of the totals,
    while a real move in the same repository still counts."""
    plan = NO_YEAR.replace("issued: 05/01/2026", "issued: 05/01/2027")
    root = _office(tmp_path, plan + MOVED_TASK)
    _edit(root, "issued: 05/01/2027", "issued: 05/01/2026")
    _edit(root, "deadline: Trước ngày 31/03/2027", RESCHEDULED)
    git(root, "commit", "-qam", "Sửa năm ban hành; lùi hạn nhiệm vụ 8")
    document = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)
    total = document["summary"]["total"]
    assert (total["moves"], total["days_earlier"], total["days_later"]) == (1, 0, 34)
    assert [m["task_id"] for m in document["moves"]] == ["8"]
    (fixed,) = document["corrections"]
    assert (fixed["task_id"], fixed["days"], fixed["explained"]) == ("7", -365, True)
    assert [r["reason"] for r in document["reasons"]] == ["Chờ số liệu"]
    assert fixed["reason"].startswith(
        "ngày ban hành kế hoạch sửa thành 05/01/2026 (trước đây ghi 05/01/2027)"
    )
    text = run(*SLIPS, "-f", "markdown", cwd=root).stdout
    assert "sớm tổng cộng" not in text and "lùi tổng cộng 34 ngày" in text
    assert "Đính chính ngày ban hành" in text
    assert "sửa thành 05/01/2026" in text.split("Đính chính ngày ban hành", 1)[1]


MOVED_TASK = """\
  - id: "8"
    title: Tổng hợp kết quả rà soát
    lead: [UBND xã]
    deadline: Trước ngày 31/03/2027
"""
RESCHEDULED = (
    "deadline: Trước ngày 30/04/2027\n    history:\n      - date: 20/03/2026\n"
    "        from: Trước ngày 31/03/2027\n        to: Trước ngày 30/04/2027\n"
    "        reason: Chờ số liệu\n        decided_by: Công văn số 9/UBND"
)


# --- 3. a plan that stops (or starts) being a standing rule -----------------------------------

STANDING = NO_YEAR.replace("issued: 05/01/2026", "issued: 05/01/2026\nstanding: true")


def test_diff_names_a_change_of_the_plans_kind_once(tmp_path: Path) -> None:
    """`standing: true → false`: "Trước ngày 30/6" was every year's 30 June and is now
    30/06/2026. `diff --require-reasons` showed it moved and failed asking task 7 a reason
    no history entry can give. The change of the plan's kind is named once, each deadline
    with its new reading, no reason asked; and the reverse."""
    root = _office(tmp_path, STANDING)
    _edit(root, "standing: true", "standing: false")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert done.stdout.count("kế hoạch không còn là quy định định kỳ") == 1
    assert 'thời hạn: "Trước ngày 30/6" nay hạn 30/06/2026 (trước đây là thời hạn hằng năm)' in (
        done.stdout
    )
    assert "⚠" not in done.stdout and "thời hạn dời" not in done.stdout
    (deadline,) = json.loads(run("diff", "-f", "json", cwd=root).stdout)["plans"][0]["tasks"][0][
        "deadlines"
    ]
    assert (deadline["reread"], deadline["explained"], deadline["new_due"]) == (
        True,
        None,
        "2026-06-30",
    )
    git(root, "commit", "-qam", "Không còn là quy định định kỳ")
    back = run("diff", "HEAD", "HEAD~1", "--require-reasons", cwd=root)
    assert back.returncode == 0, back.stdout
    assert "kế hoạch thành quy định định kỳ" in back.stdout
    assert '"Trước ngày 30/6" nay là thời hạn hằng năm (trước đây hạn 30/06/2026)' in back.stdout
    total = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)["summary"]["total"]
    assert total["moves"] == 0


# --- 2. a standing plan's issue day corrected a year earlier -----------------------------------


def test_diff_names_the_periods_an_issue_day_corrected_adds(tmp_path: Path) -> None:
    """A standing rule ("Trước ngày 30/6" every year) issued 05/01/2026, corrected to
    05/01/2025: `status` now owes the report of 2025, overdue since 30/06/2025, but `diff`
    showed the issue day alone. It names the period the change adds, and that it is
    overdue with no report recorded; moved back, the period it takes away."""
    root = _office(tmp_path, STANDING)
    _edit(root, "issued: 05/01/2026", "issued: 05/01/2025")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert (
        "thời hạn định kỳ: thêm 1 kỳ phải báo cáo: năm 2025 (hạn 30/06/2025, ⚠ đã quá hạn, "
        "chưa ghi báo cáo)"
    ) in done.stdout
    assert "do ngày bắt đầu tính kỳ đổi từ 05/01/2026 thành 05/01/2025" in done.stdout
    assert "1 kỳ thêm đã quá hạn" in done.stdout.splitlines()[0]
    document = json.loads(run("diff", "-f", "json", cwd=root).stdout)
    (shift,) = document["plans"][0]["tasks"][0]["periods"]
    # review37: the JSON keeps the rule's own day too (30/06/2025 is a Monday: the same)
    assert shift["added"] == [
        {"period": "năm 2025", "due": "2025-06-30", "due_as_written": "2025-06-30", "overdue": True}
    ]
    git(root, "commit", "-qam", "Sửa ngày ban hành")
    back = run("diff", "HEAD", "HEAD~1", cwd=root).stdout
    assert "bớt 1 kỳ phải báo cáo: năm 2025 (hạn 30/06/2025)" in back


def test_a_phrase_the_new_kind_refuses_is_said_not_to_read(tmp_path: Path) -> None:
    """The guard: "Trong tháng 11" reads in the issue year of a one-off plan and is
    refused in a standing rule (a month without a year). Made a standing rule, the plan's
    deadline is said not to read, with the way out, never called a yearly deadline."""
    root = _office(tmp_path, PLAN.replace("Trước ngày 27/02/2026", "Trong tháng 11"))
    _edit(root, "issued: 05/01/2026", "issued: 05/01/2026\nstanding: true")
    done = run("diff", cwd=root).stdout
    assert "kế hoạch thành quy định định kỳ" in done
    assert '"Trong tháng 11" nay không đọc được (ghi năm, hoặc «hằng năm», vào cụm từ)' in done
    assert "(trước đây hạn 30/11/2026)" in done

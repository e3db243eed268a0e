"""What a new user broke in the `fresh` helper's eighth session (2026-12-01): a clerk of a
provincial Sở Tài chính in charge of the periodic reports the department owes and receives
(báo cáo định kỳ tháng, quý, 6 tháng, năm), who transcribed the reporting deadlines of
Thông tư 02/2023/TT-BTTTT (its Điều on the days periodic reports are sent: the 15th of the
month, the 6th of the quarter's last month, 06/6, 25/11; the units of the ministry one or
two days later) into a repository of their own and lived a year with it. Each test is what
the clerk did and the answer they should have had; the CLI tests run the installed
command."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import yaml

from clirun import kehoach

# The sending days of Thông tư 02/2023/TT-BTTTT (in force from 01/6/2023), as printed.
RULE = """\
schema: 1
id: tt-02-2023
number: 02/2023/TT-BTTTT
kind: Thông tư
title: Chế độ báo cáo định kỳ
issuer: Bộ Thông tin và Truyền thông
jurisdiction: Trung ương
in_force: 01/06/2023
source: {document: thử, complete: false}
tasks:
  - id: "1.a"
    title: Gửi báo cáo định kỳ hằng tháng
    lead: ["Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan"]
    deadline: Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng
  - id: "1.b"
    title: Gửi báo cáo định kỳ hằng quý
    lead: ["Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan"]
    deadline: Chậm nhất ngày 06 (sáu) của tháng cuối quý đối với báo cáo định kỳ hằng quý
"""

# A ministry's registry: its own groups, of no province.
CENTRAL_REGISTRY = """\
schema: 1
jurisdiction: Trung ương
agencies:
  - id: cac-co-quan-lien-quan
    name: Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan
    kind: group
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(cwd), "COLUMNS": "150", "NO_COLOR": "1"}
    return kehoach(*args, cwd=cwd, env=env, clean=True, timeout=120)


def repository(tmp_path: Path, plan: str = RULE, registry: str = CENTRAL_REGISTRY) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(registry, encoding="utf-8")
    (plans / "tt.yaml").write_text(plan, encoding="utf-8")
    return tmp_path


def reports(repo: Path, task: int = 0) -> list[tuple[str, date]]:
    written = yaml.safe_load((repo / "plans" / "tt.yaml").read_text(encoding="utf-8"))
    return [(r["period"], r["sent"]) for r in written["tasks"][task].get("reports", [])]


# --- F1: a ministry's registry written "jurisdiction: Trung ương" --------------------------


def test_a_central_registry_names_the_bodies_of_a_central_plan(tmp_path: Path) -> None:
    """The clerk's registry said `jurisdiction: Trung ương`, as the ministry's plan does:
    every entry was read as of no province at all, so each task's lead was "không có cơ
    quan … trong danh mục", and agencies.yaml itself was told nothing."""
    repo = repository(tmp_path)
    checked = run("validate", cwd=repo)
    assert checked.returncode == 0, checked.stdout
    assert "0 lỗi" in checked.stderr


def test_a_central_registry_tells_a_name_cut_at_its_commas_to_be_quoted(tmp_path: Path) -> None:
    """`lead: [Các cơ quan, tổ chức, …]` (a YAML flow list cuts at the commas): the README
    promises "tên cơ quan bị tách ở dấu phẩy"; with the central registry unread, the clerk
    got three unknown agencies, one "có phải: Bộ Nông nghiệp và Phát triển nông thôn?"."""
    cut = RULE.replace(
        '["Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan"]',
        "[Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan]",
    )
    checked = run("validate", cwd=repository(tmp_path, cut))
    assert checked.returncode == 1
    assert "[split-agency-name]" in checked.stdout
    assert "Bộ Nông nghiệp" not in checked.stdout


def test_a_registry_of_a_province_nobody_knows_is_told_so(tmp_path: Path) -> None:
    """`jurisdiction: Lao Kai` in agencies.yaml (a typo): its entries belonged to no
    province the plans could be of, and validate blamed only the plans' leads."""
    repo = repository(tmp_path, registry=CENTRAL_REGISTRY.replace("Trung ương", "Lao Kai"))
    checked = run("validate", cwd=repo)
    assert checked.returncode == 1
    first = checked.stdout.splitlines()[0]
    assert first.startswith("plans/agencies.yaml:2:")
    assert "không có tỉnh, thành phố 'Lao Kai'" in first and "Lào Cai" in first
    assert "[unknown-jurisdiction]" in first


# --- F3: `done` without --period after a period left unsent ---------------------------------


def test_done_does_not_book_a_late_report_to_the_coming_period(tmp_path: Path) -> None:
    """The quarterly report due 06/06/2026 went out late, on 10/07/2026: `kehoach done
    tt-02-2023/1.b --on 10/07/2026` recorded it as quý III/2026's (due 06/09), sent on
    time, and left quý II/2026 overdue: a completion nobody made. Now it asks which."""
    repo = repository(tmp_path)
    asked = run("done", "tt-02-2023/1.b", "--on", "10/07/2026", cwd=repo)
    assert asked.returncode == 2
    assert (
        "kỳ quý II/2026 (hạn 06/06/2026) chưa ghi gửi: báo cáo gửi ngày 10/07/2026 là của kỳ "
        'nào? ghi --period "quý II/2026" (gửi trễ) hoặc --period "quý III/2026"'
    ) in asked.stderr
    assert reports(repo, 1) == []
    late = run("done", "tt-02-2023/1.b", "--on", "10/07/2026", "--period", "quý II/2026", cwd=repo)
    assert late.returncode == 0, late.stderr
    assert reports(repo, 1) == [("quý II/2026", date(2026, 7, 10))]


def test_done_the_monday_after_a_sunday_due_day_is_not_next_months(tmp_path: Path) -> None:
    """15/03/2026 is a Sunday: the March report sent on Monday 16/03 is on time (Bộ luật
    Dân sự, Điều 148.5), but `done --on 16/03/2026` booked it to April."""
    repo = repository(tmp_path)
    asked = run("done", "tt-02-2023/1.a", "--on", "16/03/2026", cwd=repo)
    assert asked.returncode == 2
    assert '--period "tháng 3/2026" (gửi trễ) hoặc --period "tháng 4/2026"' in asked.stderr


def test_done_books_the_coming_period_when_the_one_before_is_recorded(tmp_path: Path) -> None:
    """What did work keeps working: February recorded, the report sent on 10/03 is March's;
    a report sent the day before the coming due day is the coming period's."""
    repo = repository(tmp_path)
    assert run("done", "tt-02-2023/1.a", "--on", "14/02/2026", "--period", "tháng 2/2026",
               cwd=repo).returncode == 0  # fmt: skip
    march = run("done", "tt-02-2023/1.a", "--on", "10/03/2026", cwd=repo)
    assert march.returncode == 0, march.stderr
    june = run("done", "tt-02-2023/1.a", "--on", "14/06/2026", cwd=repo)  # April, May unsent
    assert june.returncode == 0, june.stderr
    assert reports(repo) == [
        ("tháng 2/2026", date(2026, 2, 14)),
        ("tháng 3/2026", date(2026, 3, 10)),
        ("tháng 6/2026", date(2026, 6, 14)),
    ]


# --- F4: which period a report was recorded for ---------------------------------------------


def test_done_and_log_name_the_period_recorded(tmp_path: Path) -> None:
    """`done` answered "Báo cáo đã gửi: 2 mục → 3 mục", and `log` the same: which period
    went out, and when, was nowhere to be read."""
    repo = repository(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "TT 02/2023"], cwd=repo, check=True)
    done = run("done", "tt-02-2023/1.a", "--on", "25/02/2026", "--period", "tháng 2/2026", cwd=repo)
    assert done.returncode == 0, done.stderr
    # review37: said by its period and day, no "(trống) → 1 mục"
    assert "Báo cáo đã gửi: ghi thêm kỳ tháng 2/2026, gửi ngày 25/02/2026" in done.stderr
    subprocess.run([*git, "commit", "-qam", "tháng 2"], cwd=repo, check=True)
    log = run("log", "tt-02-2023/1.a", cwd=repo)
    assert log.returncode == 0, log.stderr
    assert "Báo cáo đã gửi: ghi thêm kỳ tháng 2/2026, gửi ngày 25/02/2026" in log.stdout


# --- F2: a reporting rule changed mid-year --------------------------------------------------


def status_items(repo: Path, as_of: str) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(task, period) -> (due, bin, phrase) of `status --all` as JSON."""
    shown = run("status", "--all", "--as-of", as_of, "--format", "json", cwd=repo)
    assert shown.returncode == 0, shown.stderr
    items = json.loads(shown.stdout)["items"]
    return {(i["task_id"], i["period"]): (i["due"], i["bin"], i["phrase"]) for i in items}


def test_a_rule_changed_in_july_does_not_rejudge_the_march_report(tmp_path: Path) -> None:
    """A circular moved the monthly report from the 15th to the 20th from July
    (`reschedule … --on 01/07/2026`): the March report, sent on 18/03 when the rule said
    the 15th (a Sunday: due Monday 16/03), turned "đúng hạn", due 20/03, and every overdue
    month before July lost five days of lateness. The government counts a period by the
    rule in force when it fell due."""
    repo = repository(tmp_path)
    for period, sent in (("tháng 3/2026", "18/03/2026"), ("tháng 7/2026", "18/07/2026")):
        done = run("done", "tt-02-2023/1.a", "--period", period, "--on", sent, cwd=repo)
        assert done.returncode == 0, done.stderr
    moved = run("reschedule", "tt-02-2023/1.a", "Chậm nhất ngày 20 hằng tháng", "--reason",
                "Thông tư sửa đổi", "--on", "01/07/2026", cwd=repo)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    items = status_items(repo, "10/08/2026")
    old = "Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng"
    assert items["1.a", "tháng 3/2026"] == ("2026-03-16", "done_late", old)
    assert items["1.a", "tháng 6/2026"] == ("2026-06-15", "overdue", old)
    new = "Chậm nhất ngày 20 hằng tháng"
    assert items["1.a", "tháng 7/2026"] == ("2026-07-20", "done_on_time", new)
    assert items["1.a", "tháng 8/2026"] == ("2026-08-20", "in_time", new)
    assert len([k for k in items if k[0] == "1.a"]) == 39  # 6/2023 … 8/2026, each month once


def test_a_quarterly_report_made_monthly_keeps_its_quarters(tmp_path: Path) -> None:
    """The quarterly report became monthly from 01/07/2026: `reschedule` was refused
    (quý I/2026, recorded, was "report-period-unknown" under the monthly rule), and had it
    been written, status owed every month since 2023 and the calendar showed them."""
    repo = repository(tmp_path)
    q1 = run("done", "tt-02-2023/1.b", "--period", "quý I/2026", "--on", "05/03/2026", cwd=repo)
    assert q1.returncode == 0, q1.stderr
    moved = run("reschedule", "tt-02-2023/1.b", "Chậm nhất ngày 10 hằng tháng", "--reason",
                "báo cáo tháng từ tháng 7", "--on", "01/07/2026", cwd=repo)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    late = run("done", "tt-02-2023/1.b", "--period", "quý II/2026", "--on", "09/06/2026", cwd=repo)
    assert late.returncode == 0, late.stderr
    assert run("validate", cwd=repo).returncode == 0
    items = status_items(repo, "15/08/2026")
    owed = sorted(period for task, period in items if task == "1.b" and "2026" in period)
    assert owed == ["quý I/2026", "quý II/2026", "tháng 7/2026", "tháng 8/2026", "tháng 9/2026"]
    assert items["1.b", "quý II/2026"][:2] == ("2026-06-08", "done_late")  # 06/06 a Saturday
    assert items["1.b", "tháng 7/2026"][:2] == ("2026-07-10", "overdue")
    feed = run("export-ics", "--as-of", "15/08/2026", cwd=repo)
    assert feed.returncode == 0, feed.stderr
    event = feed.stdout.split("UID:tt-02-2023.1.b.m1@kehoach")[0].rsplit("BEGIN:VEVENT", 1)[1]
    assert "DTSTART;VALUE=DATE:20260710" in event  # the monthly series from its first month


def test_done_after_a_cadence_change_asks_only_about_periods_owed(tmp_path: Path) -> None:
    """Quarterly until 01/07/2026, then monthly by the 30th: quý II/2026 recorded, the
    report sent on 02/07 is July's. Read by the new rule alone, "tháng 6/2026" (due 30/06,
    never owed: June was in quý II) looked unsent and was asked about."""
    repo = repository(tmp_path)
    q2 = run("done", "tt-02-2023/1.b", "--period", "quý II/2026", "--on", "05/06/2026", cwd=repo)
    assert q2.returncode == 0, q2.stderr
    moved = run("reschedule", "tt-02-2023/1.b", "Chậm nhất ngày 30 hằng tháng", "--reason",
                "báo cáo tháng từ tháng 7", "--on", "01/07/2026", cwd=repo)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    july = run("done", "tt-02-2023/1.b", "--on", "02/07/2026", cwd=repo)
    assert july.returncode == 0, july.stderr
    assert reports(repo, 1) == [
        ("quý II/2026", date(2026, 6, 5)),
        ("tháng 7/2026", date(2026, 7, 2)),
    ]


def test_done_names_a_milestone_the_task_does_not_have(tmp_path: Path) -> None:
    """`done tt-02-2023/1.a --milestone 2` on a task of one milestone: "mốc 2 của nhiệm vụ
    '1.a' không phải thời hạn định kỳ (mốc 1 là thời hạn định kỳ)", as if there were a
    milestone 2 that is not periodic."""
    asked = run("done", "tt-02-2023/1.a", "--milestone", "2", cwd=repository(tmp_path))
    assert asked.returncode == 2
    assert "nhiệm vụ '1.a' chỉ có 1 mốc; bỏ --milestone 2" in asked.stderr


# --- fresh7 L12: the edit commands' closing line names a file with a line break --------------


def test_an_edit_names_a_plan_whose_name_holds_a_line_break_with_a_mark(tmp_path: Path) -> None:
    """A plan saved as "tt\\nmoi.yaml" (a paste into a file dialog): `done` answered
    "plans/tt moi.yaml: Nhiệm vụ 1.a: …", naming a file that does not exist; findings and
    the export's closing line already showed "␤"."""
    repo = repository(tmp_path)
    (repo / "plans" / "tt.yaml").rename(repo / "plans" / "tt\nmoi.yaml")
    done = run("done", "tt-02-2023/1.a", "--period", "tháng 1/2026", "--on", "14/01/2026", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("plans/tt␤moi.yaml: Nhiệm vụ 1.a: Gửi báo cáo định kỳ hằng tháng")

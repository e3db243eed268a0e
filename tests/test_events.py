"""Deadlines counted from an event the plan declares, from its issue day, or from another
task's completion: resolved, waiting, moved, and refused with a located finding.

Every expected day is worked out by hand (Bộ luật Dân sự 2015, Điều 147: the day of the
event is not counted), never by the code under test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from clirun import kehoach
from conftest import status_json_items
from kehoach.dates.relative import Relative, read_relative
from kehoach.dates.workdays import Calendar
from kehoach.plan.calendarfile import load_calendar
from kehoach.plan.loader import load_repository
from kehoach.plan.rules import check_repository
from kehoach.plan.settings import Settings
from kehoach.reports.status import build_report

ROOT = Path(__file__).resolve().parent.parent
ELECTION = Path(__file__).parent / "plans" / "events"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
AGENCIES = "schema: 1\nagencies:\n  - id: so-noi-vu\n    name: Sở Nội vụ\n"


def calendar() -> Calendar:
    loaded = load_calendar([ROOT / "plans"], ROOT)
    assert loaded.calendar is not None
    return loaded.calendar


def dues(folder: Path, today: date) -> dict[str, tuple[date | None, str]]:
    repo = load_repository([folder], Settings(), folder)
    assert not repo.findings, repo.findings
    report = build_report(repo.plans, Settings(), repo.directory, today, calendar=calendar())
    return {item.task.id: (item.due, str(item.bin)) for item in report.items}


# --- reading the phrases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Chậm nhất 105 ngày trước ngày bầu cử", Relative(105, "ngày", False, "before", "ngày bầu cử")),
        ("ít nhất 30 ngày làm việc trước ngày khai mạc", Relative(30, "ngày", True, "before", "ngày khai mạc")),
        ("trong vòng 10 ngày làm việc kể từ ngày ban hành", Relative(10, "ngày", True, "after", "ngày ban hành")),
        ("sau khi nhiệm vụ 3 hoàn thành 10 ngày làm việc", Relative(10, "ngày", True, "after", "nhiệm vụ 3 hoàn thành")),
        ("sau khi Đề án được phê duyệt 30 ngày", Relative(30, "ngày", False, "after", "Đề án được phê duyệt")),
        ("3 tháng kể từ ngày ban hành", Relative(3, "tháng", False, "after", "ngày ban hành")),
        ("75 ngay truoc ngay bau cu", Relative(75, "ngày", False, "before", "ngay bau cu")),
        ("Trước ngày 23/6/2022", None),
        ("Quý III/2026", None),
        # A start bound is not a deadline; a dated anchor is the deadline language's to read.
        ("tối thiểu sau 01 ngày kể từ ngày nhận hồ sơ", None),
        ("ít nhất 5 ngày sau ngày bầu cử", None),
        ("15 ngày kể từ ngày 01/7/2025", None),
    ],
)  # fmt: skip
def test_relative_phrases_are_read(phrase: str, expected: Relative | None) -> None:
    assert read_relative(phrase) == expected


@pytest.mark.parametrize(
    "phrase", ["tối thiểu sau 01 ngày kể từ ngày nhận hồ sơ", "15 ngày kể từ ngày 01/7/2025"]
)
def test_a_phrase_the_deadline_language_refuses_stays_refused_in_a_plan(phrase: str) -> None:
    """The plan's fallback reading of counted phrases never overrides a safety refusal."""
    from kehoach.dates.deadline import Context, DeadlineError
    from kehoach.plan.model import Milestone
    from kehoach.plan.schedule import read_milestone

    with pytest.raises(DeadlineError):
        read_milestone(Milestone(phrase=phrase), Context(issued=date(2025, 6, 1)))


# --- an election plan counted back from its election day ------------------------------------


def test_five_steps_count_back_from_election_day() -> None:
    # Election day Sunday 15/03/2026; a limit before it never rolls (30/11/2025 and
    # 04/01/2026 are Sundays, and stay so).
    assert dues(ELECTION, date(2025, 12, 1)) == {
        "1": (date(2025, 11, 30), "overdue"),
        "2": (date(2025, 12, 10), "in_time"),
        "3": (date(2026, 1, 4), "in_time"),
        "4": (date(2026, 2, 3), "in_time"),
        "5": (date(2026, 2, 23), "in_time"),
    }


def test_moving_election_day_moves_every_step(tmp_path: Path) -> None:
    shutil.copytree(ELECTION, tmp_path / "plans")
    plan = tmp_path / "plans" / "kh-bau-cu-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("15/03/2026", "22/03/2026"))
    moved = dues(tmp_path / "plans", date(2025, 12, 1))
    assert [day for day, _ in moved.values()] == [
        date(2025, 12, 7),
        date(2025, 12, 17),
        date(2026, 1, 11),
        date(2026, 2, 10),
        date(2026, 3, 2),
    ]


class Git:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {
            **os.environ,
            "HOME": str(root),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Lê Thị Hoa",
            "GIT_AUTHOR_EMAIL": "x@example.vn",
            "GIT_COMMITTER_NAME": "Lê Thị Hoa",
            "GIT_COMMITTER_EMAIL": "x@example.vn",
        }
        self.run("git", "init", "-q", "-b", "main")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=self.root, env=self.env, capture_output=True, text=True, check=False
        )

    def commit(self, message: str) -> None:
        assert self.run("git", "add", "-A").returncode == 0
        assert self.run("git", "commit", "-q", "-m", message).returncode == 0


def test_diff_shows_each_resolved_day_the_moved_event_moves(tmp_path: Path) -> None:
    git = Git(tmp_path)
    shutil.copytree(ELECTION, tmp_path / "plans")
    git.commit("Kế hoạch bầu cử")
    plan = tmp_path / "plans" / "kh-bau-cu-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("15/03/2026", "22/03/2026"))
    done = git.run(KEHOACH, "diff", "--format", "json")
    assert done.returncode == 0, done.stderr
    moves = [
        (task["task_id"], move["old_due"], move["new_due"])
        for plan_change in json.loads(done.stdout)["plans"]
        for task in plan_change["tasks"]
        for move in task["deadlines"]
    ]
    assert moves == [
        ("1", "2025-11-30", "2025-12-07"),
        ("2", "2025-12-10", "2025-12-17"),
        ("3", "2026-01-04", "2026-01-11"),
        ("4", "2026-02-03", "2026-02-10"),
        ("5", "2026-02-23", "2026-03-02"),
    ]


# --- counted from the plan or another task ---------------------------------------------------

CHAIN = """\
schema: 1
id: kh-2-2026
number: 2/KH-UBND
title: Kế hoạch mẫu để kiểm tra thời hạn tính từ việc khác
issuer: Ủy ban nhân dân tỉnh
issued: 13/01/2026
source:
  document: tests
  complete: true
events:
  - name: khai mạc Đại hội
    day: 20/04/2026
tasks:
  - id: "1"
    title: Dự thảo đề án
    lead: [Sở Nội vụ]
    deadline: Trước ngày 05/02/2026
  - id: "2"
    title: Hoàn thiện đề án
    lead: [Sở Nội vụ]
    deadline: sau khi nhiệm vụ 1 hoàn thành 10 ngày làm việc
  - id: "3"
    title: Báo cáo triển khai
    lead: [Sở Nội vụ]
    deadline: trong vòng 10 ngày làm việc kể từ ngày ban hành
  - id: "4"
    title: Gửi văn kiện
    lead: [Sở Nội vụ]
    deadline: ít nhất 30 ngày làm việc trước ngày khai mạc Đại hội
"""


def chain_repo(tmp_path: Path, plan: str = CHAIN) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(AGENCIES, encoding="utf-8")
    (plans / "kh-2-2026.yaml").write_text(plan, encoding="utf-8")
    return plans


def test_counts_from_the_issue_day_and_back_from_an_event(tmp_path: Path) -> None:
    found = dues(chain_repo(tmp_path), date(2026, 1, 20))
    # 10 working days after 13/01/2026: 14, 15, 16, 19-23, 26, 27 January.
    assert found["3"] == (date(2026, 1, 27), "in_time")
    # 30 working days before Monday 20/04/2026 (no holiday between: Giỗ Tổ is 26/04):
    # 17-13/04 (5), 10-06/04 (10), 03/04-30/03 (15), 27-23/03 (20), 20-16/03 (25),
    # 13-09/03 (30).
    assert found["4"] == (date(2026, 3, 9), "in_time")


@pytest.mark.parametrize(
    ("words", "issue_day"),
    [
        ("ngày ký", True),
        ("ngày ký ban hành", True),
        ("ngày ký Quyết định này", True),
        ("ngay ky ke hoach nay", True),
        ("ngày ban hành Kế hoạch này", True),
        # Another document's signing is an event the plan must declare, not its issue day.
        ("ngày ký hợp đồng", False),
        ("ngày ký quyết định giao đất", False),
        ("ngày ký Quyết định", False),
        ("ngày ký kết", False),
    ],
)
def test_the_signing_day_of_the_document_itself_is_its_issue_day(
    words: str, issue_day: bool
) -> None:
    from kehoach.plan.relative import names_issue_day

    assert names_issue_day(words) is issue_day


def test_a_count_from_the_signing_day_resolves_from_issued() -> None:
    done = deadline("Trong thời hạn 30 ngày kể từ ngày ký", "--issued", "2027-03-01")
    assert done.returncode == 0, done.stderr
    assert "hạn 31/03/2027" in done.stdout  # 1 March not counted: 2-31 March is 30 days


def test_a_deadline_waits_for_its_anchor_task_then_resolves(tmp_path: Path) -> None:
    plans = chain_repo(tmp_path)
    item = status_json(tmp_path, "20/01/2026")["2"]
    assert (item["due"], item["bin"], item["waiting_for"]) == (
        None,
        "no_deadline",
        "nhiệm vụ 1 hoàn thành",
    )
    done = kehoach("done", "kh-2-2026/1", "--on", "30/01/2026", "--plans", plans, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # 10 working days after Friday 30/01/2026: 2-6, 9-13 February (Tết begins 16/02).
    item = status_json(tmp_path, "05/02/2026")["2"]
    assert (item["due"], item["bin"], item["waiting_for"]) == ("2026-02-13", "in_time", None)
    # As of a day before the completion, it was still waiting.
    assert status_json(tmp_path, "29/01/2026")["2"]["waiting_for"] == "nhiệm vụ 1 hoàn thành"


def status_json(tmp_path: Path, as_of: str) -> dict[str, dict[str, object]]:
    return {str(item["task_id"]): item for item in status_json_items(tmp_path, as_of)}


def test_status_text_and_timeline_say_what_a_deadline_waits_for(tmp_path: Path) -> None:
    chain_repo(tmp_path)
    for command, said in (
        (["status", "--all"], "chờ nhiệm vụ 1 hoàn thành"),
        (["timeline"], "(chờ nhiệm vụ 1 hoàn thành)"),
    ):
        shown = kehoach(
            command[0], "--as-of", "20/01/2026", *command[1:], cwd=tmp_path, env={"COLUMNS": "200"}
        )
        assert said in shown.stdout, command


# --- bad input: located findings, never a traceback ------------------------------------------


def findings(tmp_path: Path, *deadlines: str, events: str = "") -> list[str]:
    tasks = "".join(
        f'  - id: "{i}"\n    title: Việc {i}\n    lead: [Sở Nội vụ]\n    deadline: {d}\n'
        for i, d in enumerate(deadlines, start=1)
    )
    plan = (
        "schema: 1\nid: kh-3-2026\ntitle: Mẫu\nissuer: UBND tỉnh\nissued: 05/01/2026\n"
        f"source:\n  document: tests\n  complete: true\n{events}tasks:\n{tasks}"
    )
    plans = chain_repo(tmp_path, plan)
    repo = load_repository([plans], Settings(), tmp_path)
    return [f"{f.line}:{f.code}" for f in check_repository(repo, Settings(), calendar())]


def test_bad_counts_and_anchors_are_located_findings(tmp_path: Path) -> None:
    assert findings(
        tmp_path,
        "0 ngày kể từ ngày ban hành",  # line 13
        "-5 ngày kể từ ngày ban hành",  # 17
        "5000 ngày kể từ ngày ban hành",  # 21
        "75 ngày trước ngày bầu cử",  # 25: no such event
        "sau khi nhiệm vụ 9 hoàn thành 5 ngày",  # 29: no such task
        "sau khi nhiệm vụ 6 hoàn thành 5 ngày",  # 33: itself
    ) == [
        "13:relative-count",
        "17:relative-count",
        "21:relative-count",
        "25:relative-anchor-unknown",
        "29:relative-anchor",
        "33:relative-anchor",
    ]


def test_tasks_waiting_for_each_other_are_a_cycle(tmp_path: Path) -> None:
    assert findings(
        tmp_path,
        "sau khi nhiệm vụ 2 hoàn thành 5 ngày",
        "sau khi nhiệm vụ 1 hoàn thành 5 ngày",
    ) == ["10:relative-cycle"]


EVENT = "events:\n  - name: ngày bầu cử\n    day: 23/05/2027\n"


def test_a_date_and_its_gloss_must_agree(tmp_path: Path) -> None:
    # 75 days before 23/05/2027 is 09/03/2027, not 07/03/2027.
    assert findings(
        tmp_path, "Chậm nhất ngày 07/3/2027 (75 ngày trước ngày bầu cử)", events=EVENT
    ) == ["16:gloss-disagrees"]


def test_a_date_and_a_gloss_that_agree_pass(tmp_path: Path) -> None:
    assert (
        findings(tmp_path, "Chậm nhất ngày 09/3/2027 (75 ngày trước ngày bầu cử)", events=EVENT)
        == []
    )


def test_a_count_from_an_undeclared_event_is_a_warning_and_waits(tmp_path: Path) -> None:
    chain_repo(tmp_path, CHAIN.replace("name: khai mạc Đại hội", "name: bế mạc Đại hội"))
    done = kehoach("validate", "--strict", cwd=tmp_path)
    assert done.returncode == 1
    assert "kh-2-2026.yaml:29:5: warning:" in done.stdout
    assert "“ngày khai mạc Đại hội” không phải sự kiện đã khai báo" in done.stdout
    assert "Traceback" not in done.stderr
    waiting = status_json(tmp_path, "20/01/2026")["4"]
    assert (waiting["due"], waiting["waiting_for"]) == (None, "ngày khai mạc Đại hội")


# --- kehoach deadline "PHRASE" --from DATE ---------------------------------------------------


def deadline(*args: str) -> subprocess.CompletedProcess[str]:
    return kehoach("deadline", *args, cwd=ROOT)


def test_deadline_from_a_day_counts_working_days_across_tet() -> None:
    done = deadline("10 ngày làm việc kể từ ngày nhận văn bản", "--from", "11/02/2026")
    assert done.returncode == 0, done.stderr
    assert "hạn 04/03/2026 (Thứ Tư)" in done.stdout
    assert "17/02/2026  Thứ Ba    Tết Nguyên Đán" in done.stdout


def test_deadline_from_a_day_shows_the_rollover() -> None:
    done = deadline("10 ngày kể từ ngày nhận văn bản", "--from", "15/01/2026", "--format", "json")
    data = json.loads(done.stdout)
    assert (data["last"], data["due"], data["rolled"]) == ("2026-01-25", "2026-01-26", True)


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("0 ngày kể từ ngày ban hành", "phải lớn hơn 0"),
        ("1000 ngày kể từ ngày ban hành", "quá dài"),
        ("Trước ngày 23/6/2022", "không phải thời hạn tính từ một mốc"),
    ],
)
def test_deadline_from_refuses_in_one_line(phrase: str, message: str) -> None:
    done = deadline(phrase, "--from", "13/01/2026")
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr


def test_the_deadline_languages_own_counting_is_used_when_it_gives_one() -> None:
    from kehoach.dates.deadline import Deadline, DeadlineKind
    from kehoach.plan.relative import relative_of

    given = Relative(2, "tuần", False, "after", "ngày ký")
    deadline = Deadline(  # Deadline.relative, as the deadline language gives it
        "hai tuần sau ngày ký", DeadlineKind.RELATIVE, None, None, None, None, "", relative=given
    )
    assert relative_of(deadline) == given  # not read again from a phrase it cannot read

"""Reviewing plan edits in git, end to end through the installed command, in real
temporary git repositories: diff, log, show --canonical, fmt, and the editing commands."""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

from kehoach.plan.model import PeriodReport
from kehoach.render.diff import edit_words
from kehoach.review.diff import FieldEdit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "plans" / "review"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
PLAN = "plans/kh-15-2022.yaml"
REASON_1 = "Chờ số liệu của Cục Thống kê"
REF_1 = "Công văn số 1200/UBND-TH ngày 10/5/2022"
REASON_2 = "Bổ sung ý kiến của các sở"
REF_2 = "Công văn số 1500/UBND-TH ngày 25/5/2022"


class Repo:
    """A throw-away git repository; git and kehoach run with no system or user config."""

    def __init__(self, root: Path) -> None:
        self.root = root
        home = root.parent / "home"
        home.mkdir(exist_ok=True)
        self.env = {
            **os.environ,
            "HOME": str(home),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_COMMITTER_NAME": "Máy chủ CI",
            "GIT_COMMITTER_EMAIL": "ci@example.vn",
            "NO_COLOR": "1",
            "COLUMNS": "120",
        }
        root.mkdir()
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        result = subprocess.run(
            ["git", *args], cwd=self.root, env=self.env, capture_output=True, text=True, check=True
        )
        return result.stdout

    def commit(self, message: str, author: str, day: str) -> None:
        self.git("add", "-A")
        stamp = f"{day}T09:00:00+07:00"
        env = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        who = ["-c", f"user.name={author}", "-c", "user.email=x@example.vn"]
        subprocess.run(
            ["git", *who, "commit", "-q", "-m", message, f"--author={author} <x@example.vn>"],
            cwd=self.root,
            env={**self.env, **env},
            check=True,
        )

    def kehoach(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [KEHOACH, *args],
            cwd=cwd or self.root,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )

    def ok(self, *args: str, cwd: Path | None = None) -> str:
        result = self.kehoach(*args, cwd=cwd)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def read(self, path: str = PLAN) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def write(self, text: str, path: str = PLAN) -> None:
        (self.root / path).write_text(text, encoding="utf-8")

    def replace(self, old: str, new: str, path: str = PLAN) -> None:
        text = self.read(path)
        assert old in text
        self.write(text.replace(old, new), path)


def fresh_repo(tmp_path: Path) -> Repo:
    """The fixture plans committed once, by their transcriber."""
    repo = Repo(tmp_path / "kho")
    shutil.copytree(FIXTURES, repo.root / "plans")
    repo.commit("Chép kế hoạch 15/KH-UBND", "Lê Thị Hoa", "2022-01-12")
    return repo


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    """Successive commits: milestone 2 of task 2 moved twice with reasons, a task added,
    a supporting agency reassigned; then the working tree moves task 1 with no reason."""
    repo = fresh_repo(tmp_path_factory.mktemp("history"))
    repo.ok(
        "reschedule", "kh-15-2022/2", "Trước ngày 15/6/2022", "--milestone", "2",
        "--reason", REASON_1, "--ref", REF_1, "--on", "10/5/2022",
    )  # fmt: skip
    repo.commit("Gia hạn nhiệm vụ 2 lần 1", "Nguyễn Văn An", "2022-05-10")
    repo.ok(
        "reschedule", "15/KH-UBND/2", "Trước ngày 30/6/2022", "--milestone", "2",
        "--reason", REASON_2, "--ref", REF_2, "--on", "25/5/2022",
    )  # fmt: skip
    repo.commit("Gia hạn nhiệm vụ 2 lần 2", "Trần Thị Bình", "2022-05-25")
    text = repo.read()
    repo.write(
        text
        + '\n  - id: "4"\n    title: Tổng kết thực hiện kế hoạch\n    lead:\n'
        + '      - Sở Nội vụ\n    deadline: "Trước ngày 15/12/2022"\n'
    )
    repo.commit("Thêm nhiệm vụ 4", "Nguyễn Văn An", "2022-06-01")
    repo.ok("assign", "15/KH-UBND/3", "--support", "van phong ubnd tinh")
    repo.commit("Giao lại cơ quan phối hợp nhiệm vụ 3", "Trần Thị Bình", "2022-06-02")
    repo.replace('deadline: "Trước ngày 28/2/2022"', 'deadline: "Trước ngày 31/3/2022"')
    return repo


# --- diff -------------------------------------------------------------------------------


def test_diff_between_two_commits_reads_as_the_plan_changes(history: Repo) -> None:
    out = history.ok("diff", "HEAD~4", "HEAD")
    assert out.splitlines()[0] == (
        "So sánh HEAD~4 → HEAD: 1 kế hoạch thay đổi; 1 thời hạn dời; 1 nhiệm vụ mới; "
        "1 nhiệm vụ đổi cơ quan"
    )
    assert (
        '    mốc 2: "Trước ngày 31/5/2022" (31/05/2022) → "Trước ngày 30/6/2022" (30/06/2022), '
        "lùi 30 ngày\n"
        # both moves between the sides, each with its reason (fixes22: the first was lost)
        f'      lần 1: "Trước ngày 31/5/2022" → "Trước ngày 15/6/2022": lý do: {REASON_1}; '
        f"quyết định: {REF_1}\n"
        f'      lần 2: "Trước ngày 15/6/2022" → "Trước ngày 30/6/2022": lý do: {REASON_2}; '
        f"quyết định: {REF_2}\n"
    ) in out
    assert "  Nhiệm vụ 4 (mới): Tổng kết thực hiện kế hoạch\n" in out
    assert '    thời hạn: "Trước ngày 15/12/2022" (15/12/2022)\n' in out
    assert "    phối hợp: bỏ Sở Tư pháp; thêm Văn phòng UBND tỉnh\n" in out
    assert "Nhiệm vụ 1" not in out and "kh-15-2023" not in out


def test_diff_markdown_is_a_table_for_the_merge_request(history: Repo) -> None:
    out = history.ok("diff", "HEAD~3", "HEAD~2", "--format", "markdown")
    assert out.startswith("### kehoach: thay đổi kế hoạch `HEAD~3` → `HEAD~2`\n")
    assert "| Nhiệm vụ | Thay đổi | Trước | Sau | Lý do · quyết định |" in out
    row = next(line for line in out.splitlines() if "| Mốc 2 |" in line)
    assert (
        '"Trước ngày 15/6/2022" (15/06/2022) | "Trước ngày 30/6/2022" (30/06/2022) · **lùi 15 ngày**'
        in row
    )
    assert f"lý do: {REASON_2}; quyết định: {REF_2}" in row


def test_diff_markdown_has_a_row_for_every_kind_of_change(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    (repo.root / "plans" / "kh-15-2023.yaml").unlink()
    text = repo.read()
    task2 = text[text.index("  # Nhiệm vụ 2") : text.index('  - id: "3"')]
    repo.write(
        text.replace(task2, "").replace('  - id: "3"', '  - id: "3a"')
        + '\n  - id: "4"\n    title: Tổng kết\n    lead:\n      - Sở Nội vụ\n'
        + '    deadline: "Trước ngày 15/12/2022"\n'
    )
    repo.replace("title: Ban hành danh mục", "title: Ban hành và công bố danh mục")
    repo.ok("done", "15/KH-UBND/1", "--on", "25/2/2022")
    repo.replace("  # viết tắt như văn bản", "")  # assign never drops a comment: it refuses
    repo.ok("assign", "15/KH-UBND/1", "--lead", "so tai chinh")
    task1 = "| 1 · Ban hành và công bố danh mục dự án kêu gọi đầu tư |"
    assert repo.ok("diff", "--format", "markdown").splitlines()[2:] == [
        "**1 kế hoạch thay đổi; 1 kế hoạch bị bỏ; 1 nhiệm vụ mới; 1 nhiệm vụ bị bỏ; "
        "1 nhiệm vụ đổi số; 1 nhiệm vụ đổi cơ quan; 1 thay đổi tình trạng**",
        "",
        "#### 15/KH-UBND (kh-15-2022): Cải thiện môi trường đầu tư năm 2022 (bản mẫu để kiểm tra)"
        " (`plans/kh-15-2022.yaml`)",
        "",
        "| Nhiệm vụ | Thay đổi | Trước | Sau | Lý do · quyết định |",
        "| --- | --- | --- | --- | --- |",
        f"{task1} Chủ trì | Sở KH&ĐT | Sở Tài chính |  |",
        f"{task1} Tình trạng | chưa báo cáo | hoàn thành (25/02/2022) |  |",
        f'{task1} Nội dung | "Ban hành danh mục dự án kêu gọi đầu tư" | '
        '"Ban hành và công bố danh mục dự án kêu gọi đầu tư" |  |',
        "| 3a · Báo cáo kết quả thực hiện kế hoạch | Đổi số | 3 | 3a |  |",
        '| 4 · Tổng kết | Nhiệm vụ mới |  | "Trước ngày 15/12/2022" (15/12/2022) |  |',
        "| 2 · Đánh giá chỉ số năng lực cạnh tranh cấp tỉnh | Bỏ nhiệm vụ |  |  |  |",
        "",
        "#### 15/KH-SNV (kh-15-2023): Cải cách hành chính năm 2023 (bản mẫu để kiểm tra)"
        " (`plans/kh-15-2023.yaml`)",
        "",
        "Kế hoạch bị bỏ, 1 nhiệm vụ.",
    ]


def test_diff_json_carries_dates_shift_and_reason(history: Repo) -> None:
    document = json.loads(history.ok("diff", "HEAD~4", "HEAD~2", "--format", "json"))
    assert document["schema"] == "kehoach.review.diff/1"
    (plan,) = document["plans"]
    (task,) = plan["tasks"]
    (move,) = task["deadlines"]
    assert (plan["plan_id"], task["task_id"], move["milestone"]) == ("kh-15-2022", "2", 2)
    assert (move["old_due"], move["new_due"], move["shift_days"]) == (
        "2022-05-31",
        "2022-06-30",
        30,
    )
    # The reason of the last move; both history entries are new, the last one ends here.
    assert (move["reason"], move["decided_by"], move["decided_on"]) == (
        REASON_2,
        REF_2,
        "2022-05-25",
    )
    assert document["summary"]["deadlines_moved"] == 1


def test_diff_of_the_working_tree_flags_a_move_without_reason(history: Repo) -> None:
    plain = history.kehoach("diff")
    assert plain.returncode == 0
    assert (
        '"Trước ngày 28/2/2022" (28/02/2022) → "Trước ngày 31/3/2022" (31/03/2022), lùi 31 ngày'
        in plain.stdout
    )
    assert "⚠ chưa ghi lý do và văn bản quyết định" in plain.stdout
    strict = history.kehoach("diff", "--require-reasons", "--format", "markdown")
    assert strict.returncode == 1
    assert "⚠ chưa ghi lý do và văn bản quyết định" in strict.stdout


def test_require_reasons_passes_when_every_move_is_decided_in_writing(history: Repo) -> None:
    assert history.kehoach("diff", "HEAD~4", "HEAD", "--require-reasons").returncode == 0


def test_an_erased_history_entry_fails_require_reasons_at_its_line(tmp_path: Path) -> None:
    """fresh37: a commit deleting a task's `history:` passed `diff --require-reasons`,
    the record of why the deadline moved gone without a word."""
    repo = fresh_repo(tmp_path)
    repo.ok("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", REASON_1,
            "--ref", REF_1, "--on", "20/6/2022")  # fmt: skip
    repo.commit("Gia hạn nhiệm vụ 3", "Nguyễn Văn An", "2022-06-20")
    entry = (
        '    history:\n      - date: 2022-06-20\n        from: "Trước ngày 30/6/2022"\n'
        f'        to: "Trước ngày 15/7/2022"\n        reason: {REASON_1}\n'
        f"        decided_by: {REF_1}\n"
    )
    # the deciding document filled in or corrected later is no erasure
    repo.replace(entry, entry.replace(REF_1, "Công văn số 1201/UBND-TH ngày 10/5/2022"))
    repo.commit("Sửa số công văn", "Nguyễn Văn An", "2022-06-21")
    assert repo.kehoach("diff", "HEAD~1", "HEAD", "--require-reasons").returncode == 0
    repo.replace(entry.replace(REF_1, "Công văn số 1201/UBND-TH ngày 10/5/2022"), "")
    repo.commit("Xóa lịch sử", "Nguyễn Văn An", "2022-06-22")
    done = repo.kehoach("diff", "HEAD~1", "HEAD", "--require-reasons")
    assert done.returncode == 1
    assert f"HEAD:{PLAN}:" in done.stderr and "[history-erased]" in done.stderr
    assert "nhiệm vụ '3': 1 mục lịch sử đổi thời hạn bị xóa" in done.stderr
    assert "(20/06/2022)" in done.stderr
    assert repo.kehoach("diff", "HEAD~1", "HEAD").returncode == 0  # said, not failed
    # ... and in what a reviewer reads, not only the job's log (fresh38)
    document = json.loads(repo.ok("diff", "HEAD~1", "HEAD", "--format", "json"))
    assert [f["code"] for f in document["findings"]] == ["history-erased"]
    assert document["summary"]["history_erased"] == 1
    posted = repo.ok("diff", "HEAD~1", "HEAD", "--format", "markdown")
    assert "**Cần xem lại:**" in posted and "[history-erased]" in posted


def test_moving_a_block_of_the_file_is_not_a_change(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    text = repo.read()
    head, task1, rest = text.partition(
        text[text.index('  - id: "1"') : text.index("  # Nhiệm vụ 2")]
    )
    repo.write(head + rest + "\n" + task1.rstrip("\n") + "\n")
    out = repo.ok("diff")
    assert "không có thay đổi nào về kế hoạch" in out.splitlines()[0]


def test_a_task_under_a_new_id_with_the_same_title_was_renumbered(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace('  - id: "3"', '  - id: "3a"')
    out = repo.ok("diff")
    assert "  Nhiệm vụ 3a (đổi số từ 3): Báo cáo kết quả thực hiện kế hoạch\n" in out
    assert "(mới)" not in out and "(bỏ)" not in out


def test_diff_of_a_branch_against_where_it_left_main(history: Repo, tmp_path: Path) -> None:
    clone = Repo.__new__(Repo)
    clone.root, clone.env = tmp_path / "nhanh", history.env
    subprocess.run(
        ["git", "clone", "-q", str(history.root), str(clone.root)], env=history.env, check=True
    )
    clone.git("checkout", "-q", "-b", "gia-han", "HEAD~2")
    clone.ok("done", "15/KH-UBND/1", "--on", "20/02/2022")
    clone.commit("Báo cáo hoàn thành nhiệm vụ 1", "Lê Thị Hoa", "2022-06-03")
    out = clone.ok("diff", "main...HEAD")
    assert out.startswith("So sánh main (điểm rẽ nhánh ")
    assert "tình trạng: chưa báo cáo → hoàn thành (20/02/2022)" in out
    assert "Nhiệm vụ 4" not in out  # added on main after the branch left it


def test_diff_runs_from_inside_a_subfolder_with_plans_deeper_down(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "kho")
    shutil.copytree(FIXTURES, repo.root / "so-lieu" / "plans")
    repo.commit("Chép kế hoạch", "Lê Thị Hoa", "2022-01-12")
    repo.replace(
        '"Trước ngày 30/6/2022"', '"Trước ngày 27/6/2022"', "so-lieu/plans/kh-15-2022.yaml"
    )
    out = repo.ok("diff", "HEAD", cwd=repo.root / "so-lieu" / "plans")
    assert "sớm 3 ngày" in out and "so-lieu/plans/kh-15-2022.yaml" in out


def test_plans_added_and_removed_between_revisions(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    (repo.root / "plans" / "kh-15-2023.yaml").unlink()
    removed = "Kế hoạch bị bỏ: 15/KH-SNV (kh-15-2023): Cải cách hành chính năm 2023"
    assert removed in repo.ok("diff")
    repo.commit("Bỏ kế hoạch 15/KH-SNV", "Lê Thị Hoa", "2022-01-13")
    assert "Kế hoạch mới: 15/KH-SNV (kh-15-2023)" in repo.ok("diff", "HEAD", "HEAD~1")


# --- log --------------------------------------------------------------------------------


def test_log_tells_the_life_of_a_task_with_authors_and_reasons(history: Repo) -> None:
    out = history.ok("log", "15/KH-UBND/2")
    lines = out.splitlines()
    assert lines[0] == "Kế hoạch 15/KH-UBND, nhiệm vụ 2: 3 lần thay đổi"
    assert lines[1].startswith("12/01/2022  ") and lines[1].endswith(
        "Lê Thị Hoa  Chép kế hoạch 15/KH-UBND"
    )
    assert lines[2:5] == [
        "    nhiệm vụ mới",
        # a Sunday: due the Monday after, as status says it (review26)
        '    mốc 1: "Dự thảo trước ngày 15/5/2022" (15/05/2022 (CN) → 16/05/2022)',
        '    mốc 2: "Trước ngày 31/5/2022" (31/05/2022)',
    ]
    assert (
        lines[5].startswith("10/05/2022  ")
        and "Nguyễn Văn An  Gia hạn nhiệm vụ 2 lần 1" in lines[5]
    )
    assert (
        lines[6]
        == '    mốc 2: "Trước ngày 31/5/2022" (31/05/2022) → "Trước ngày 15/6/2022" (15/06/2022), lùi 15 ngày'
    )
    assert lines[7] == f"      lý do: {REASON_1}; quyết định: {REF_1}"
    assert "Trần Thị Bình  Gia hạn nhiệm vụ 2 lần 2" in lines[8]
    assert lines[10] == f"      lý do: {REASON_2}; quyết định: {REF_2}"
    assert len(lines) == 11  # adding task 4 and reassigning task 3 did not touch task 2


def test_log_json_names_commits_and_changes(history: Repo) -> None:
    document = json.loads(history.ok("log", "kh-15-2022/3", "--format", "json"))
    events = document["events"]
    assert [e["author"] for e in events] == ["Lê Thị Hoa", "Trần Thị Bình"]
    assert events[1]["change"]["agencies"] == [
        {"role": "support", "removed": ["Sở Tư pháp"], "added": ["Văn phòng UBND tỉnh"]}
    ]
    assert events[1]["date"] == "2022-06-02T09:00:00+07:00"


def test_log_tells_what_each_commit_did_when_branches_were_merged(tmp_path: Path) -> None:
    """A commit on main made after a branch moved task 1 did not move it back."""
    repo = fresh_repo(tmp_path)
    repo.git("checkout", "-q", "-b", "gia-han")
    repo.replace('"Trước ngày 28/2/2022"', '"Trước ngày 31/3/2022"')
    repo.commit("Gia hạn nhiệm vụ 1", "Nguyễn Văn An", "2022-02-01")
    repo.git("checkout", "-q", "main")
    repo.replace('"Trước ngày 30/6/2022"', '"Trước ngày 31/7/2022"')
    repo.commit("Gia hạn nhiệm vụ 3", "Trần Thị Bình", "2022-02-02")
    repo.git("-c", "user.name=Lê Thị Hoa", "-c", "user.email=x@example.vn", "merge", "-q",
             "--no-edit", "gia-han")  # fmt: skip
    lines = repo.ok("log", "15/KH-UBND/1").splitlines()
    assert lines[0] == "Kế hoạch 15/KH-UBND, nhiệm vụ 1: 2 lần thay đổi"
    assert "Nguyễn Văn An  Gia hạn nhiệm vụ 1" in lines[4]
    assert lines[5] == (
        '    thời hạn: "Trước ngày 28/2/2022" (28/02/2022) → "Trước ngày 31/3/2022" (31/03/2022), '
        "lùi 31 ngày"
    )
    assert len(lines) == 7


def test_log_shows_a_task_removed_then_restored(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    text = repo.read()
    task3 = text[text.index('\n  - id: "3"') :]
    repo.write(text.replace(task3, "\n"))
    repo.commit("Bỏ nhiệm vụ 3", "Nguyễn Văn An", "2022-02-01")
    repo.write(text)
    repo.commit("Khôi phục nhiệm vụ 3", "Nguyễn Văn An", "2022-02-02")
    lines = repo.ok("log", "15/KH-UBND/3").splitlines()
    assert [line.split("  ")[-1] for line in lines[4:]] == [
        "Bỏ nhiệm vụ 3",
        "nhiệm vụ bị bỏ",
        "Khôi phục nhiệm vụ 3",
        "nhiệm vụ mới",
        'thời hạn: "Trước ngày 30/6/2022" (30/06/2022)',
    ]


def test_log_follows_a_file_renamed_in_the_commit_that_moved_a_deadline(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.git("mv", PLAN, "plans/15-kh-ubnd.yaml")
    repo.replace('"Trước ngày 30/6/2022"', '"Trước ngày 31/7/2022"', "plans/15-kh-ubnd.yaml")
    repo.commit("Đổi tên tệp, gia hạn nhiệm vụ 3", "Nguyễn Văn An", "2022-02-01")
    lines = repo.ok("log", "15/KH-UBND/3").splitlines()
    assert lines[0] == "Kế hoạch 15/KH-UBND, nhiệm vụ 3: 2 lần thay đổi"
    assert lines[-3].endswith("Nguyễn Văn An  Đổi tên tệp, gia hạn nhiệm vụ 3")
    # 31/07/2022, a Sunday, falls due 01/08 as status counts it (review26)
    assert "(30/06/2022) → " in lines[-2] and "lùi 32 ngày" in lines[-2]


# --- show --canonical as git's textconv -------------------------------------------------


def test_textconv_hides_a_reordering_from_plain_git_diff(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace(
        "    title: Ban hành danh mục dự án kêu gọi đầu tư\n    lead:\n      - Sở KH&ĐT  # viết tắt như văn bản\n",
        "    lead:\n      - Sở KH&ĐT  # viết tắt như văn bản\n    title: Ban hành danh mục dự án kêu gọi đầu tư\n",
    )
    assert repo.git("diff", "--stat")  # git sees the lines move
    (repo.root / ".gitattributes").write_text("plans/*.yaml diff=kehoach\n", encoding="utf-8")
    converted = repo.git(
        "-c", f"diff.kehoach.textconv={KEHOACH} show --canonical", "diff", "--", "plans"
    )
    assert converted == ""


def test_show_prints_a_file_at_a_revision(history: Repo) -> None:
    assert "Trước ngày 31/5/2022" in history.ok("show", f"HEAD~4:{PLAN}")
    absent = history.kehoach("show", "HEAD~4:plans/khong-co.yaml")
    assert absent.returncode == 2
    assert absent.stderr == "kehoach: tệp plans/khong-co.yaml không có ở phiên bản HEAD~4\n"


def test_show_canonical_leaves_a_file_it_cannot_read_as_it_is(tmp_path: Path) -> None:
    broken = tmp_path / "hong.yaml"
    broken.write_text("tasks: [\n  - a: &x 1\n", encoding="utf-8")
    result = subprocess.run(
        [KEHOACH, "show", "--canonical", str(broken)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (0, broken.read_text(encoding="utf-8"))


# --- fmt --------------------------------------------------------------------------------


def test_fmt_check_lists_files_that_would_change_and_fmt_fixes_them(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace("issued: 2022-01-10", 'issued: "10/01/2022"')
    repo.replace('    title: Báo cáo kết quả thực hiện kế hoạch\n    lead:\n      - Sở Tài chính\n',
                 '    lead: [Sở Tài chính]\n    title: Báo cáo kết quả thực hiện kế hoạch\n')  # fmt: skip
    untouched = repo.read("plans/kh-15-2023.yaml")
    check = repo.kehoach("fmt", "--check")
    assert (check.returncode, check.stdout) == (1, f"{PLAN}\n")
    assert "3 tệp: 1 tệp chưa ở dạng chuẩn" in check.stderr
    repo.ok("fmt")
    assert repo.git("diff") == ""  # back to the committed, canonical form, comments included
    assert repo.read("plans/kh-15-2023.yaml") == untouched
    assert repo.kehoach("fmt", "--check").returncode == 0


def test_fmt_names_a_file_it_cannot_format_safely_and_formats_the_others(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    # ruamel cannot keep a comment inside a flow list where it was: fmt must not move it.
    repo.replace("    support:\n      - Sở Tư pháp\n    deadline: \"Trước ngày 30/6",
                 "    support: [Sở Tư pháp,  # theo văn bản\n      Sở Nội vụ]\n"
                 "    deadline: \"Trước ngày 30/6")  # fmt: skip
    repo.replace("issued: 2023-01-05", 'issued: "05/01/2023"', "plans/kh-15-2023.yaml")
    unsafe = repo.read()
    result = repo.kehoach("fmt")
    assert (result.returncode, result.stdout) == (1, "plans/kh-15-2023.yaml\n")
    assert f"không định dạng được: {PLAN}: " in result.stderr
    assert repo.read() == unsafe
    assert "issued: 2023-01-05\n" in repo.read("plans/kh-15-2023.yaml")


@pytest.mark.parametrize(
    "saved_as",
    [lambda text: "\ufeff" + text, lambda text: text.replace("\n", "\r\n")],
    ids=["bom", "crlf"],
)
def test_fmt_writes_utf8_without_bom_with_lf_line_ends(
    tmp_path: Path, saved_as: Callable[[str], str]
) -> None:
    """What an editor on Windows may save: the canonical form is UTF-8, no BOM, LF."""
    repo = fresh_repo(tmp_path)
    (repo.root / PLAN).write_bytes(saved_as(repo.read()).encode("utf-8"))
    check = repo.kehoach("fmt", "--check")
    assert (check.returncode, check.stdout) == (1, f"{PLAN}\n")
    repo.ok("fmt")
    assert repo.git("diff") == ""


def test_fmt_refuses_a_file_it_cannot_read_and_touches_nothing(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace("issued: 2022-01-10", "issued: 2022-01-10\nissued_by: x")
    before = repo.read()
    result = repo.kehoach("fmt")
    assert result.returncode == 1
    assert (
        "không định dạng được: plans/kh-15-2022.yaml:10:1: error: trường không xác định 'issued_by'"
        in result.stderr
    )
    assert repo.read() == before


# --- editing commands -------------------------------------------------------------------


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """(lines removed, lines added) between two texts; everything else is identical."""
    removed: list[str] = []
    added: list[str] = []
    for line in difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def test_reschedule_changes_the_phrase_and_appends_history_and_nothing_else(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    before = repo.read()
    result = repo.kehoach(
        "reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", REASON_1, "--ref", REF_1,
        "--on", "2022-06-20",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[1] == (
        '  thời hạn: "Trước ngày 30/6/2022" (30/06/2022) → "Trước ngày 15/7/2022" (15/07/2022), lùi 15 ngày'
    )
    after = repo.read()
    assert changed_lines(before, after) == (
        ['    deadline: "Trước ngày 30/6/2022"\n'],
        [
            '    deadline: "Trước ngày 15/7/2022"\n',
            "    history:\n",
            "      - date: 2022-06-20\n",
            '        from: "Trước ngày 30/6/2022"\n',
            '        to: "Trước ngày 15/7/2022"\n',
            f"        reason: {REASON_1}\n",
            f"        decided_by: {REF_1}\n",
        ],
    )
    status = json.loads(repo.ok("status", "--as-of", "01/07/2022", "--all", "--format", "json"))
    item = next(i for i in status["items"] if (i["plan_id"], i["task_id"]) == ("kh-15-2022", "3"))
    assert (item["due"], item["original_phrase"]) == ("2022-07-15", "Trước ngày 30/6/2022")


def test_a_move_of_one_of_several_milestones_names_the_milestone(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    edit = repo.kehoach("reschedule", "15/KH-UBND/2", "Dự thảo trước ngày 20/5/2022",
                        "--milestone", "1", "--reason", REASON_1, "--ref", REF_1)  # fmt: skip
    assert edit.stderr.splitlines()[1] == (
        '  mốc 1: "Dự thảo trước ngày 15/5/2022" (15/05/2022 (CN) → 16/05/2022) → '
        '"Dự thảo trước ngày 20/5/2022" (20/05/2022), lùi 4 ngày'
    )
    row = next(line for line in repo.ok("diff", "-f", "markdown").splitlines() if "lùi" in line)
    assert "| Mốc 1 |" in row


def test_edits_keep_comments_and_untouched_lines_byte_for_byte(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    before = repo.read()
    repo.ok(
        "reschedule",
        "15/KH-UBND/2",
        "Trước ngày 10/6/2022",
        "--milestone",
        "2",
        "--reason",
        "Lý do",
        "--ref",
        "CV 1",
    )
    repo.ok("done", "15/KH-UBND/1", "--on", "27/02/2022", "--note", "Quyết định số 300/QĐ-UBND.")
    repo.ok("assign", "15/KH-UBND/2", "--lead", "stc", "--support", "so noi vu")
    removed, added = changed_lines(before, repo.read())
    assert removed == [
        "      - Sở Tư pháp\n",
        '      - phrase: "Trước ngày 31/5/2022"\n',
    ]
    assert [line for line in added if "#" in line] == []
    assert "    status: done\n" in added and "    completed: 2022-02-27\n" in added
    assert "    notes: Quyết định số 300/QĐ-UBND.\n" in added
    assert "      - Sở Nội vụ\n" in added and "        milestone: 2\n" in added
    for comment in (line for line in before.splitlines() if "#" in line):
        assert comment in repo.read().splitlines()
    assert repo.kehoach("validate", "plans").returncode == 0


def test_a_new_history_entry_goes_below_the_last_one_not_below_a_comment(
    tmp_path: Path,
) -> None:
    """In a file whose `history` is not the task's last key, the comment above the next
    key stays above that key."""
    repo = fresh_repo(tmp_path)
    repo.replace(
        '    deadline: "Trước ngày 30/6/2022"\n',
        '    deadline: "Trước ngày 30/6/2022"\n    history:\n      - date: 2022-03-01\n'
        '        from: "Trước ngày 31/5/2022"\n        to: "Trước ngày 30/6/2022"\n'
        f"        reason: {REASON_1}\n    # Ghi chú của Sở Tài chính\n    notes: Đã gửi.\n",
    )
    repo.ok("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", REASON_2,
            "--on", "1/6/2022")  # fmt: skip
    assert repo.read().endswith(
        f"        reason: {REASON_1}\n"
        "      - date: 2022-06-01\n"
        '        from: "Trước ngày 30/6/2022"\n'
        '        to: "Trước ngày 15/7/2022"\n'
        f"        reason: {REASON_2}\n"
        "    # Ghi chú của Sở Tài chính\n"
        "    notes: Đã gửi.\n"
    )


MILESTONE_1 = '      - phrase: "Dự thảo trước ngày 15/5/2022"\n'
RESCHEDULE_1 = ("reschedule", "15/KH-UBND/2", "Dự thảo trước ngày 20/5/2022", "--milestone", "1",
                "--reason", REASON_1, "--ref", REF_1, "--on", "10/5/2022")  # fmt: skip


def test_a_dropped_last_day_leaves_the_comment_below_it_in_place(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace(MILESTONE_1, MILESTONE_1 + "        last_day: 2022-05-15\n"
                 "        # Sở Tài chính đã gửi dự thảo\n        completed: 2022-05-14\n")  # fmt: skip
    repo.ok(*RESCHEDULE_1)
    assert (
        '      - phrase: "Dự thảo trước ngày 20/5/2022"\n'
        "        # Sở Tài chính đã gửi dự thảo\n        completed: 2022-05-14\n"
    ) in repo.read()


def test_assign_keeps_the_comment_above_an_agency_it_keeps(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace("      - Sở Tư pháp\n    deadline:",
                 "      - Sở Tư pháp\n      - Sở Nội vụ\n      # theo Công văn số 12\n"
                 "      - Văn phòng UBND tỉnh\n    deadline:")  # fmt: skip
    repo.ok("assign", "15/KH-UBND/3", "--support", "so tu phap", "--support", "van phong ubnd tinh")
    assert (
        "      - Sở Tư pháp\n      # theo Công văn số 12\n      - Văn phòng UBND tỉnh\n    deadline:"
    ) in repo.read()


def test_assign_of_a_kind_of_body_alone_says_how_many_fit_and_asks_for_the_name(
    tmp_path: Path,
) -> None:
    """fresh37: `--lead so` said only that no agency 'so' exists."""
    repo = fresh_repo(tmp_path)
    before = repo.read()
    result = repo.kehoach("assign", "15/KH-UBND/3", "--lead", "so")
    assert result.returncode == 2
    assert "'so' chỉ nêu loại cơ quan, có " in result.stderr
    assert "Sở Tài chính" in result.stderr and "gõ thêm tên, ví dụ 'so " in result.stderr
    assert repo.read() == before


def test_an_edit_that_would_lose_a_comment_is_refused(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace(MILESTONE_1, "      - last_day: 2022-05-15\n        # theo công văn\n"
                 + MILESTONE_1.replace("      - ", "        "))  # fmt: skip
    before = repo.read()
    result = repo.kehoach(*RESCHEDULE_1)
    assert result.returncode == 2
    assert result.stderr == f"kehoach: {PLAN}: sửa như vậy sẽ làm mất chú thích; hãy sửa tay\n"
    assert repo.read() == before


def test_done_note_joins_a_folded_note_as_a_new_paragraph(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    before = repo.read()
    repo.ok(
        "done",
        "15/2",
        "--on",
        "31/05/2022",
        "--note",
        "Đã gửi UBND tỉnh.",
        "--plans",
        "plans/kh-15-2022.yaml",
    )
    removed, added = changed_lines(before, repo.read())
    assert removed == []
    assert added == [
        "    status: done\n",
        "    completed: 2022-05-31\n",
        "\n",
        "      Đã gửi UBND tỉnh.\n",
    ]


def test_an_edit_that_changes_nothing_writes_nothing(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.ok("assign", "15/KH-UBND/1", "--lead", "so ke hoach va dau tu")
    assert repo.git("status", "--porcelain") == ""


SITECUSTOMIZE = {
    # A defect in an edit: validation must catch it before anything is written.
    "invalid": """
import kehoach.review.edit as edit
real = edit.mark_done
def mark_done(task, on, note):
    operation = real(task, on, note)
    def broken(node):
        operation(node)
        node["status"] = "xong"
    return broken
edit.mark_done = mark_done
""",
    # Someone saves the file while kehoach is editing it.
    "race": """
import kehoach.review.edit as edit
real = edit.write_atomically
def write_atomically(draft, text):
    with open(draft.path, "a", encoding="utf-8") as handle:
        handle.write("# sửa tay cùng lúc\\n")
    real(draft, text)
edit.write_atomically = write_atomically
""",
}


@pytest.mark.parametrize(
    ("case", "code", "message"),
    [
        ("invalid", 1, "không ghi vì kết quả không hợp lệ: plans/kh-15-2022.yaml:"),
        ("race", 2, "tệp đã bị thay đổi trong lúc sửa; không ghi, hãy chạy lại"),
    ],
)
def test_a_refused_edit_leaves_the_file_as_it_was(
    tmp_path: Path, case: str, code: int, message: str
) -> None:
    repo = fresh_repo(tmp_path)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE[case], encoding="utf-8")
    repo.env["PYTHONPATH"] = str(hooks)
    before = repo.read()
    result = repo.kehoach("done", "15/KH-UBND/1", "--on", "01/03/2022")
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    expected = before + ("# sửa tay cùng lúc\n" if case == "race" else "")
    assert repo.read() == expected
    assert [p.name for p in (repo.root / "plans").iterdir() if p.name.startswith(".")] == []


def test_an_edit_on_a_line_not_in_canonical_form_asks_for_fmt(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace('deadline: "Trước ngày 30/6/2022"', "deadline:    'Trước ngày 30/6/2022'")
    before = repo.read()
    result = repo.kehoach("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", "Lùi")
    assert result.returncode == 2
    assert (
        "không ở dạng chuẩn; chạy `kehoach fmt plans/kh-15-2022.yaml` rồi thử lại" in result.stderr
    )
    assert repo.read() == before


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("reschedule", "15/KH-UBND/9", "Trước ngày 1/7/2022", "--reason", "Lùi"),
         "kế hoạch 'kh-15-2022' không có nhiệm vụ '9'; các nhiệm vụ: 1, 2, 3"),
        (("done", "15/1"), "'15' chỉ nhiều kế hoạch: kh-15-2022, kh-15-2023"),
        (("done", "99/1"), "không có kế hoạch '99'"),
        (("done", "15"), "'15': cần dạng KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7"),
        (("reschedule", "15/KH-UBND/2", "Trước ngày 1/7/2022", "--reason", "Lùi"),
         "nhiệm vụ '2' có 2 mốc thời hạn; chọn một bằng --milestone"),
        (("reschedule", "15/KH-UBND/3", "Trước ngày 1/7/2022", "--reason", "Lùi", "--milestone", "2"),
         "nhiệm vụ '3' chỉ có 1 mốc thời hạn"),
        (("reschedule", "15/KH-UBND/3", "Trước ngày 30/6/2022", "--reason", "Lùi"),
         "thời hạn của nhiệm vụ '3' đã là 'Trước ngày 30/6/2022'"),
        (("reschedule", "15/KH-UBND/3", "khi có yêu cầu", "--reason", "Lùi"),
         "không đọc được thời hạn 'khi có yêu cầu'"),
        (("assign", "15/KH-UBND/3", "--support", "So Tu phap tinh"),
         "không có cơ quan 'So Tu phap tinh' trong danh mục; có phải: Sở Tư pháp"),
        (("diff", "HEAD~7"), "không có phiên bản (revision) hay đường dẫn 'HEAD~7'"),
        (("log", "15/KH-SNV/2"), "kế hoạch 'kh-15-2023' không có nhiệm vụ '2'; các nhiệm vụ: 1"),
    ],
)  # fmt: skip
def test_bad_input_gets_one_clear_line_and_nothing_is_written(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    repo = fresh_repo(tmp_path)
    result = repo.kehoach(*args)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert repo.git("status", "--porcelain") == ""


def test_a_plan_id_in_two_files_is_refused_not_guessed(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    plans = repo.root / "plans"
    (plans / "kh-15-2022-copy.yaml").write_bytes((plans / "kh-15-2022.yaml").read_bytes())
    before = {p.name: p.read_bytes() for p in plans.iterdir()}
    result = repo.kehoach("done", "kh-15-2022/1", "--on", "1/2/2022")
    assert result.returncode == 2
    assert "mã kế hoạch 'kh-15-2022' có ở nhiều tệp" in result.stderr
    assert {p.name: p.read_bytes() for p in plans.iterdir()} == before


def test_outside_a_git_repository_diff_says_so(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "plans")
    result = subprocess.run(
        [KEHOACH, "diff"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr == f"kehoach: {tmp_path} không nằm trong một kho git (git repository)\n"


def test_a_file_absent_at_both_revisions_is_an_error(history: Repo) -> None:
    (history.root / "plans" / "kh-moi.yaml").write_text("schema: 1\n", encoding="utf-8")
    try:
        result = history.kehoach("diff", "HEAD~2", "HEAD", "plans/kh-moi.yaml")
    finally:
        (history.root / "plans" / "kh-moi.yaml").unlink()
    assert result.returncode == 2
    assert result.stderr == "kehoach: tệp plans/kh-moi.yaml không có ở HEAD~2 lẫn HEAD\n"


def test_a_plan_invalid_at_an_old_revision_is_reported_not_fatal(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace('  - id: "3"\n', '  - id: "3"\n    titel: lỗi chính tả\n')
    repo.commit("Sửa nhầm", "Nguyễn Văn An", "2022-02-01")
    repo.replace("    titel: lỗi chính tả\n", "")
    repo.replace('"Trước ngày 30/6/2022"', '"Trước ngày 05/7/2022"')
    repo.commit("Sửa lại", "Nguyễn Văn An", "2022-02-02")
    result = repo.kehoach("diff", "HEAD~1", "HEAD")
    assert result.returncode == 1
    assert "1 tệp không đọc được" in result.stdout.splitlines()[0]
    assert (
        "HEAD~1:plans/kh-15-2022.yaml:35:5: error: trường không xác định 'titel'" in result.stderr
    )
    assert "Kế hoạch mới" not in result.stdout  # unreadable before is not "added"
    log = repo.ok("log", "15/KH-UBND/3")
    assert "    không đọc được: " in log and "lùi 5 ngày" in log


def test_conflict_markers_are_named_by_every_command(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace(
        '    deadline: "Trước ngày 30/6/2022"\n',
        '<<<<<<< HEAD\n    deadline: "Trước ngày 30/6/2022"\n=======\n'
        '    deadline: "Trước ngày 10/7/2022"\n>>>>>>> gia-han\n',
    )
    before = repo.read()
    validate = repo.kehoach("validate", "plans")
    assert "plans/kh-15-2022.yaml:40:1: error: tệp còn dấu xung đột của git" in validate.stdout
    edit = repo.kehoach("done", "15/KH-UBND/1")
    assert edit.returncode == 2 and "[conflict-marker]" in edit.stderr
    diff = repo.kehoach("diff")
    assert diff.returncode == 1 and "conflict-marker" in diff.stderr
    assert repo.read() == before


def test_bundled_plans_are_in_canonical_form() -> None:
    result = subprocess.run(
        [KEHOACH, "fmt", "--check", "plans"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize("recipe", ["github-actions.yml", "gitlab-ci.yml"])
def test_ci_recipes_validate_check_formatting_and_post_the_markdown_diff(recipe: str) -> None:
    text = (ROOT / "docs" / "ci" / recipe).read_text(encoding="utf-8")
    yaml.safe_load(text)  # a recipe people copy must at least be YAML
    assert "kehoach validate" in text and "kehoach fmt --check plans/" in text
    assert re.search(r'kehoach diff "[^"]*\.\.\.HEAD" --format markdown --require-reasons', text)
    assert "plan-diff.md" in text.split("--require-reasons", 1)[1]  # posted, not only computed


# --- issue 17: fields by their Vietnamese names, with both values ---------------------------


def test_diff_shows_a_changed_note_old_and_new_under_its_vietnamese_name(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace("của phụ lục.", "của phụ lục; Sở Tài chính đã nhận dự thảo.")
    repo.replace("issued: 2022-01-10\n", "issued: 2022-01-10\nsigner: Nguyễn Văn An\n")
    out = repo.ok("diff")
    lines = out.splitlines()
    assert lines[0] == (
        "So sánh HEAD → bản hiện tại (chưa commit): 1 kế hoạch thay đổi"
    )  # plain words, never git's "cây làm việc"
    old_note = (
        "Mốc thứ hai là bản chính thức gửi UBND tỉnh; văn bản ghi hai mốc trong cùng một dòng "
        "của phụ lục."
    )
    assert '  Người ký: (trống) → "Nguyễn Văn An"' in lines
    assert f'    Ghi chú: "{old_note}" → "{old_note[:-1]}; Sở Tài chính đã nhận dự thảo."' in lines
    assert "notes" not in out and "signer" not in out and "sửa:" not in out


def test_diff_json_carries_each_edit_with_both_values(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace("issued: 2022-01-10\n", "issued: 2022-01-10\nsigner: Nguyễn Văn An\n")
    repo.replace("  complete: true\n", "  complete: false\n")
    document = json.loads(repo.ok("diff", "--format", "json"))
    (plan,) = document["plans"]
    assert plan["fields"] == ["signer", "source"]
    assert plan["edits"] == [
        {"field": "signer", "name": "Người ký", "old": None, "new": "Nguyễn Văn An"},
        {
            "field": "source",
            "name": "Văn bản gốc",
            "old": {"document": "tests/plans/review/kh-15-2022.yaml", "complete": True},
            "new": {"document": "tests/plans/review/kh-15-2022.yaml", "complete": False},
        },
    ]
    text = repo.ok("diff")
    assert (
        '  Văn bản gốc: (Văn bản "tests/plans/review/kh-15-2022.yaml", Đầy đủ có) → '
        '(Văn bản "tests/plans/review/kh-15-2022.yaml", Đầy đủ không)'
    ) in text.splitlines()


def test_every_field_diff_can_show_has_a_vietnamese_name() -> None:
    """Every key of a plan or a task that diff compares as a plain field is named."""
    from kehoach.plan.fieldnames import FIELDS
    from kehoach.plan.model import Plan, Task

    for model in (Plan, Task):
        keys = {info.alias or name for name, info in model.model_fields.items()}
        assert keys <= set(FIELDS[model.__name__]), model
        names = [FIELDS[model.__name__][key][0] for key in keys]
        assert all(name and name != key for name, key in zip(names, keys, strict=True))


# --- issue 17: fmt --diff, show REV:./path --------------------------------------------------


def test_fmt_check_diff_prints_what_would_change_and_git_applies_it(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace("issued: 2022-01-10", 'issued: "10/1/2022"')
    before = repo.read()
    result = repo.kehoach("fmt", "--check", "--diff", cwd=repo.root / "plans")
    assert result.returncode == 1
    assert result.stdout == (
        f"diff --git a/{PLAN} b/{PLAN}\n"
        f"--- a/{PLAN}\n"
        f"+++ b/{PLAN}\n"
        "@@ -6,7 +6,7 @@\n"
        " kind: Kế hoạch\n"
        " title: Cải thiện môi trường đầu tư năm 2022 (bản mẫu để kiểm tra)\n"
        " issuer: Ủy ban nhân dân tỉnh Nghệ An\n"
        '-issued: "10/1/2022"\n'
        "+issued: 2022-01-10\n"
        " source:\n"
        "   document: tests/plans/review/kh-15-2022.yaml\n"
        "   complete: true\n"
    )  # paths from the repository's root, as git prints them, from any folder in it
    assert result.stderr == "3 tệp: 1 tệp chưa ở dạng chuẩn\n"
    assert repo.read() == before  # --diff writes nothing
    patch = tmp_path / "fmt.diff"
    patch.write_text(result.stdout, encoding="utf-8")
    repo.git("apply", str(patch))
    assert repo.kehoach("fmt", "--check").returncode == 0


def test_fmt_diff_marks_a_last_line_without_newline_and_shows_control_characters(
    tmp_path: Path,
) -> None:
    from kehoach.review.diff import unified

    out = unified("plans/a.yaml", "a: 1\nb: 2", "a: 1\nb: 3\x1b[2J\n")
    assert out.splitlines()[-3:] == [
        "-b: 2",
        "\\ No newline at end of file",
        "+b: 3␛[2J",
    ]
    assert unified("plans/a.yaml", "same\n", "same\n") == ""


def test_show_reads_dot_slash_paths_from_the_current_folder_as_git_does(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    plans = repo.root / "plans"
    name = PLAN.removeprefix("plans/")
    committed = repo.git("show", f"HEAD:{PLAN}")
    assert repo.ok("show", f"HEAD:./{name}", cwd=plans) == committed
    assert repo.ok("show", f"HEAD:../{PLAN}", cwd=plans) == committed
    assert repo.ok("show", f"HEAD:{PLAN}", cwd=plans) == committed  # no ./: from the root
    absent = repo.kehoach("show", "HEAD:./khong-co.yaml", cwd=plans)
    assert absent.returncode == 2
    assert absent.stderr == "kehoach: tệp plans/khong-co.yaml không có ở phiên bản HEAD\n"
    outside = repo.kehoach("show", "HEAD:../../x.yaml", cwd=plans)
    assert outside.returncode == 2 and "nằm ngoài kho git" in outside.stderr


def test_a_report_for_a_period_known_by_its_due_day_is_named_once() -> None:
    """`done` on a quarterly rule that does not say which quarter it reports on records the
    period "kỳ hạn 10/01/2026"; the change line read "thêm kỳ kỳ hạn 10/01/2026" (periods2)."""

    def sent(period: str) -> str:
        report = PeriodReport(period=period, sent=date(2026, 1, 9))
        return edit_words(FieldEdit("reports", None, [report]), "Task")

    # review37: "ghi thêm …, gửi ngày …" (was "(thêm kỳ … gửi …)")
    assert "ghi thêm kỳ hạn 10/01/2026, gửi ngày 09/01/2026" in sent("kỳ hạn 10/01/2026")
    assert "ghi thêm kỳ quý IV/2025, gửi ngày 09/01/2026" in sent("quý IV/2025")

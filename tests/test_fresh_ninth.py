"""What a new user broke in the `fresh` helper's ninth session (2026-12-01): a clerk of a
commune born of the 2025 merger (xã Ea Ly, Đắk Lắk) who transcribed the commune's Kế hoạch
số 41/KH-UBND ngày 02/10/2025 (the yearly review of poor and near-poor households: the
survey "từ ngày 01/10/2025 đến hết ngày 05/11/2025", requests received "từ ngày
05/10/2025 đến hết ngày 05/11/2025", as the commune's portal gives them) into a repository
of their own, kept it in git, and let the survey's deadline slip three times. Each test is
what the clerk did and the answer they should have had; the CLI tests run the installed
command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import kehoach
from ealy import repository
from gitrun import git

FIRST = "từ ngày 01/10/2025 đến hết ngày 05/11/2025"
SECOND = "từ ngày 01/10/2025 đến hết ngày 15/11/2025"
THIRD = "từ ngày 01/10/2025 đến hết ngày 25/11/2025"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env={"KEHOACH_NO_CACHE": "1", "COLUMNS": "200"}, clean=True)


def reschedule(root: Path, phrase: str, *options: str) -> None:
    done = run("reschedule", "41/1", phrase, *options, cwd=root)
    assert done.returncode == 0, done.stderr
    git(root, "commit", "-qam", f"gia hạn: {phrase}")


def test_a_branch_that_moved_a_deadline_twice_needs_a_decision_for_each_move(
    tmp_path: Path,
) -> None:
    # The first extension was recorded with its reason only ("will find the letter later"),
    # the second with its deciding document: the merge request's diff compared the plan
    # before both with the plan after both and saw only the second entry, so CI passed a
    # move nobody decided in writing.
    root = repository(tmp_path)
    reschedule(root, SECOND, "--reason", "Bổ sung hộ phát sinh", "--on", "04/11/2025")
    reschedule(
        root,
        THIRD,
        "--reason",
        "Chờ hướng dẫn của tỉnh",
        "--ref",
        "Văn bản số 55/SNV ngày 14/11/2025",
        "--on",
        "14/11/2025",
    )
    checked = run("diff", "HEAD~2", "HEAD", "--require-reasons", cwd=root)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "1 thời hạn dời chưa ghi đủ lý do và văn bản quyết định" in checked.stdout
    assert "1 lần dời trước đó chưa ghi văn bản quyết định" in checked.stdout
    move = json.loads(run("diff", "HEAD~2", "HEAD", "--format", "json", cwd=root).stdout)
    deadline = move["plans"][0]["tasks"][0]["deadlines"][0]
    assert (deadline["old_phrase"], deadline["new_phrase"]) == (FIRST, THIRD)
    assert deadline["decided_by"] == "Văn bản số 55/SNV ngày 14/11/2025"
    assert deadline["explained"] is False


def test_a_branch_whose_every_move_is_decided_passes(tmp_path: Path) -> None:
    root = repository(tmp_path)
    reschedule(
        root, SECOND, "--reason", "Mưa lũ", "--ref", "Công văn số 100/UBND", "--on", "04/11/2025"
    )
    reschedule(
        root, THIRD, "--reason", "Bổ sung hộ", "--ref", "Văn bản số 55/SNV", "--on", "14/11/2025"
    )
    checked = run("diff", "HEAD~2", "HEAD", "--require-reasons", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "⚠" not in checked.stdout
    move = json.loads(run("diff", "HEAD~2", "HEAD", "--format", "json", cwd=root).stdout)
    assert move["plans"][0]["tasks"][0]["deadlines"][0]["explained"] is True


def test_a_hand_edited_move_before_a_recorded_one_is_not_passed(tmp_path: Path) -> None:
    # A colleague typed the new day into the file by hand, then the clerk ran `reschedule`
    # with its decision: the history leads from SECOND to THIRD, nothing records FIRST to
    # SECOND, and the comparison of the branch must say so.
    root = repository(tmp_path)
    path = root / "plans" / "kh-41-2025.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(FIRST, SECOND), encoding="utf-8")
    git(root, "commit", "-qam", "sửa hạn")
    reschedule(
        root, THIRD, "--reason", "Bổ sung hộ", "--ref", "Văn bản số 55/SNV", "--on", "14/11/2025"
    )
    checked = run("diff", "HEAD~2", "HEAD", "--require-reasons", cwd=root)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert f'lần dời từ "{FIRST}" chưa ghi lý do và văn bản quyết định' in checked.stdout
    # The last move alone is recorded whole: that commit's own diff passes.
    assert run("diff", "HEAD~1", "HEAD", "--require-reasons", cwd=root).returncode == 0


def test_import_keeps_a_name_that_holds_a_dash_whole(tmp_path: Path) -> None:
    # A table copied from a commune's plan: its own "Phòng Văn hóa - Xã hội" (Nghị định
    # 150/2025/NĐ-CP) and the department of a 2024 plan, "Sở Lao động - Thương binh và Xã
    # hội", were each split at the dash into two bodies, and the draft offered registry
    # entries for "Phòng Văn hóa" and "Xã hội" to paste.
    root = repository(tmp_path)
    table = tmp_path / "bang.tsv"
    table.write_text(
        "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
        "1\tBáo cáo kết quả rà soát\tPhòng Văn hóa - Xã hội\tTrung tâm Phục vụ hành chính công xã\t"
        "Trước ngày 30/11/2025\n"
        "2\tTổng hợp danh sách\tVăn phòng HĐND và UBND xã\t"
        "- Phòng Văn hóa - Xã hội - Phòng Kinh tế\tTrước ngày 05/12/2025\n",
        encoding="utf-8",
    )
    done = run(
        "import", str(table), "-o", "plans/kh-42-2025.yaml", "--title", "Rà soát",
        "--issuer", "UBND xã Ea Ly", "--jurisdiction", "Đắk Lắk", "--commune", "Xã Ea Ly",
        "--issued", "02/10/2025", cwd=root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    draft = (root / "plans" / "kh-42-2025.yaml").read_text(encoding="utf-8")
    assert "      - Phòng Văn hóa - Xã hội\n" in draft
    assert "      - Phòng Văn hóa\n" not in draft
    assert 'name: "Xã hội"' not in done.stderr
    # A list run together on one line still gives each body: the dash there is a bullet.
    assert "    support:\n      - Phòng Văn hóa - Xã hội\n      - Phòng Kinh tế\n" in draft
    assert run("validate", "plans/kh-42-2025.yaml", cwd=root).returncode == 0


def test_import_keeps_a_department_named_with_a_dash_whole(tmp_path: Path) -> None:
    root = repository(tmp_path)
    table = tmp_path / "bang.tsv"
    table.write_text(
        "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n"
        "1\tRà soát chính sách\tSở Lao động - Thương binh và Xã hội\tTrước ngày 30/11/2024\n",
        encoding="utf-8",
    )
    done = run(
        "import", str(table), "--title", "T", "--issuer", "UBND tỉnh Đắk Lắk",
        "--jurisdiction", "Đắk Lắk", "--issued", "02/10/2024", cwd=root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "    lead:\n      - Sở Lao động - Thương binh và Xã hội\n" in done.stdout


def test_the_first_import_of_a_new_repository_reads_its_registry(tmp_path: Path) -> None:
    # README's start: a registry written first, then the first plan imported into it. With
    # no plan there yet, the registry was not read: its own "Tổ rà soát" was listed as
    # unknown with an entry to paste again, and stderr said there was no registry at all.
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Đắk Lắk\nagencies:\n"
        "  - id: to-ra-soat\n    name: Tổ rà soát\n    kind: group\n",
        encoding="utf-8",
    )
    table = tmp_path / "bang.tsv"
    table.write_text(
        "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n"
        "1\tRà soát hộ nghèo, hộ cận nghèo năm 2025 tại hộ gia đình\tTổ rà soát\t"
        "từ ngày 01/10/2025 đến hết ngày 05/11/2025\n",
        encoding="utf-8",
    )
    done = run(
        "import", str(table), "-o", "plans/kh-41-2025.yaml", "--title", "Rà soát",
        "--issuer", "UBND xã Ea Ly", "--jurisdiction", "Đắk Lắk", "--commune", "Xã Ea Ly",
        "--issued", "02/10/2025", cwd=root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "0 cơ quan chưa có trong danh mục" in done.stderr
    assert "to-ra-soat" not in done.stderr
    assert "không thấy danh mục cơ quan" not in done.stderr
    # An empty registry (a commune with no body of its own) is found all the same.
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    again = run("import", str(table), "--title", "T", "--issuer", "UBND xã Ea Ly", cwd=root)
    assert "không thấy danh mục cơ quan" not in again.stderr


def test_a_move_decided_before_the_last_recorded_one_is_refused(tmp_path: Path) -> None:
    # The third extension typed with `--on 01/11` for 01/12: the history went out of
    # order, and nothing said so.
    root = repository(tmp_path)
    reschedule(root, SECOND, "--reason", "Mưa lũ", "--ref", "CV 100/UBND", "--on", "14/11/2025")
    before = (root / "plans" / "kh-41-2025.yaml").read_bytes()
    late = run(
        "reschedule", "41/1", THIRD, "--reason", "Bổ sung hộ", "--ref", "VB 55/SNV",
        "--on", "01/11/2025", cwd=root,
    )  # fmt: skip
    assert late.returncode == 2, late.stderr
    assert "ngày quyết định 01/11/2025 trước lần dời gần nhất của thời hạn này (14/11/2025)" in (
        late.stderr
    )
    assert (root / "plans" / "kh-41-2025.yaml").read_bytes() == before
    # The same day as the last change is fine: two decisions may share a day.
    same = run("reschedule", "41/1", THIRD, "--reason", "Bổ sung", "--on", "14/11/2025", cwd=root)
    assert same.returncode == 0, same.stderr


def test_validate_warns_of_a_history_written_out_of_order(tmp_path: Path) -> None:
    root = repository(tmp_path)
    path = root / "plans" / "kh-41-2025.yaml"
    text = path.read_text(encoding="utf-8").replace(
        f'    deadline: "{FIRST}"\n',
        f'    deadline: "{THIRD}"\n'
        "    history:\n"
        f'      - {{date: 2025-11-14, from: "{FIRST}", to: "{SECOND}", reason: Mưa lũ}}\n'
        f'      - {{date: 2025-11-01, from: "{SECOND}", to: "{THIRD}", reason: Bổ sung}}\n',
    )
    path.write_text(text, encoding="utf-8")
    checked = run("validate", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "warning: lần đổi ngày 01/11/2025 ghi sau lần đổi ngày 14/11/2025" in checked.stdout
    assert "[history-order]" in checked.stdout


def _survey(root: Path, as_of: str) -> dict[str, object]:
    shown = run("status", "--as-of", as_of, "--plan", "41", "--all", "--format", "json", cwd=root)
    assert shown.returncode == 0, shown.stderr
    items = json.loads(shown.stdout)["items"]
    item: dict[str, object] = next(i for i in items if i["task_id"] == "1")
    return item


def test_status_as_of_a_day_before_an_extension_shows_the_deadline_then_in_force(
    tmp_path: Path,
) -> None:
    # The survey was due 05/11; the extension to 15/11 was decided on 14/11. Rebuilding the
    # report of 10/11 with --as-of, the clerk was told the survey was in time until 15/11:
    # on 10/11 it was five days overdue, as that day's report said.
    root = repository(tmp_path)
    reschedule(root, SECOND, "--reason", "Mưa lũ", "--ref", "CV 100/UBND", "--on", "14/11/2025")
    before = _survey(root, "10/11/2025")
    assert (before["phrase"], before["due"], before["bin"]) == (FIRST, "2025-11-05", "overdue")
    assert before["days_late"] == 5
    assert before["original_phrase"] is None
    after = _survey(root, "14/11/2025")
    assert (after["phrase"], after["due"], after["bin"]) == (SECOND, "2025-11-17", "in_time")
    assert after["original_phrase"] == FIRST

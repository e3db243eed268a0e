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
import shutil
import subprocess
import sys
from pathlib import Path

from gitrun import git

KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"

# The dated lines of Kế hoạch 41/KH-UBND of xã Ea Ly, as the commune's portal printed them
# (https://ealy.daklak.gov.vn/…/ra-soat-ho-ngheo-ho-can-ngheo-…: a news item, not the
# whole plan; it names no office for the survey).
PLAN = """\
schema: 1
id: kh-41-2025
number: 41/KH-UBND
kind: Kế hoạch
title: Rà soát hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn xã Ea Ly
issuer: UBND xã Ea Ly
jurisdiction: Đắk Lắk
commune: Xã Ea Ly
issued: 2025-10-02
source:
  document: https://ealy.daklak.gov.vn/
  complete: false
tasks:
  - id: "1"
    title: Rà soát hộ nghèo, hộ cận nghèo năm 2025 tại hộ gia đình
    lead:
      - Không nêu cơ quan chủ trì
    deadline: "từ ngày 01/10/2025 đến hết ngày 05/11/2025"
  - id: "3"
    title: Tiếp nhận đơn đề nghị rà soát hộ nghèo, hộ cận nghèo trên địa bàn xã
    lead:
      - UBND xã Ea Ly
    deadline: "từ ngày 05/10/2025 đến hết ngày 05/11/2025"
"""

FIRST = "từ ngày 01/10/2025 đến hết ngày 05/11/2025"
SECOND = "từ ngày 01/10/2025 đến hết ngày 15/11/2025"
THIRD = "từ ngày 01/10/2025 đến hết ngày 25/11/2025"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KEHOACH, *args],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"KEHOACH_NO_CACHE": "1", "PATH": "/usr/bin:/bin", "COLUMNS": "200"},
    )


def repository(tmp_path: Path) -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "kh-41-2025.yaml").write_text(PLAN, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "KH 41/KH-UBND")
    return root


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
    assert "1 thời hạn dời chưa ghi lý do" in checked.stdout
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

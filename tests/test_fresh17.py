"""What a new user broke in the `fresh17` helper's session (2026-12-02): a clerk of a Văn
phòng UBND tỉnh, new to kehoach, keeping two 2026 plans as the README says —
Kế hoạch số 02-KH/BCĐ ngày 06/01/2026 of Sơn La's steering committee on digital
transformation (the contest of 2026) and Đồng Nai's plan implementing Nghị quyết
424/NQ-CP, transcribed in tests/fixtures/fresh17/ from the stored copies of their portals'
news items (each file's `source` gives the address and what the copy leaves out). Each test
is a mistake the clerk made and the answer they should have had; each runs the installed
command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from clirun import CLERK, kehoach
from gitrun import git

FIXTURES = Path(__file__).parent / "fixtures" / "fresh17"
SON_LA = "son-la-kh-02-bcd-2026.yaml"


def repository(tmp_path: Path) -> Path:
    """The clerk's folder: plans/ with the two plans and the registry (`agencies: []`)."""
    plans = tmp_path / "plans"
    shutil.copytree(FIXTURES, plans)
    return tmp_path


def committed(tmp_path: Path) -> Path:
    """`repository`, kept in git as the README's quick start does (log, diff and slips)."""
    root = repository(tmp_path)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "KH 02-KH/BCĐ, KH thực hiện NQ 424/NQ-CP")
    return root


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def edit(root: Path, old: str, new: str) -> int:
    """The clerk's hand edit of the Sơn La plan: `old` (in one line) becomes `new`; the
    line's number (1-based), for the findings that name it."""
    path = root / "plans" / SON_LA
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_the_two_plans_as_transcribed_are_clean(tmp_path: Path) -> None:
    root = repository(tmp_path)
    checked = run("validate", "--strict", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run("fmt", "--check", cwd=root).returncode == 0


def test_a_tab_pasted_inside_a_deadline_is_named_not_an_internal_error(tmp_path: Path) -> None:
    # The clerk pasted the contest's new day from a Word table: "Trước ngày<TAB>30/11/2026".
    # validate said nothing; fmt, reschedule and done stopped with "lỗi nội bộ
    # (ScannerError …)" and exit 3 — the YAML reader took the tab for a space, the
    # editor that writes the file does not.
    root = repository(tmp_path)
    line = edit(root, 'deadline: "năm 2026"', "deadline: Trước ngày\t30/11/2026")
    path = root / "plans" / SON_LA
    before = path.read_bytes()
    where = f"plans/{SON_LA}:{line}:25: error: ký tự tab giữa dòng"
    checked = run("validate", cwd=root)
    assert checked.returncode == 1 and where in checked.stdout
    for command in (
        ("fmt",),
        ("reschedule", "02-KH/BCĐ/1", "Trước ngày 20/11/2026", "--reason", "Lùi lịch"),
        ("done", "02-KH/BCĐ/1", "--on", "20/11/2026"),
    ):
        answered = run(*command, cwd=root)
        assert answered.returncode in (1, 2), answered.stderr
        assert "lỗi nội bộ" not in answered.stderr and "Error" not in answered.stderr
        assert where in answered.stdout + answered.stderr
    assert path.read_bytes() == before  # nothing written over the clerk's file


def test_a_tab_inside_quotes_is_kept_as_written(tmp_path: Path) -> None:
    # In quotes a tab is part of the value for every YAML reader: no finding, and fmt
    # keeps it, written as the escape that shows it.
    root = repository(tmp_path)
    edit(root, 'deadline: "năm 2026"', 'deadline: "năm\t2026"')
    path = root / "plans" / SON_LA
    assert run("validate", cwd=root).returncode == 0
    assert run("fmt", cwd=root).returncode == 0
    assert 'deadline: "năm\\t2026"' in path.read_text(encoding="utf-8")


def test_a_quote_left_open_is_named_where_it_opens(tmp_path: Path) -> None:
    # The clerk quoted the title and forgot the closing quote. The value ran on to the next
    # quote in the file, in the source note lines below, and validate said
    # "16:42: thụt lề không khớp với các khóa phía trên" — a line the clerk had not touched.
    root = repository(tmp_path)
    line = edit(
        root,
        "title: Tổ chức Cuộc thi về chuyển đổi số tỉnh Sơn La năm 2026\n",
        'title: "Tổ chức Cuộc thi về chuyển đổi số tỉnh Sơn La năm 2026\n',
    )
    lines = (root / "plans" / SON_LA).read_text(encoding="utf-8").split("\n")
    note = next(n for n, text in enumerate(lines, 1) if '("Ý tưởng số' in text)
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    assert (
        f"plans/{SON_LA}:{line}:8: error: dấu ngoặc kép mở ở đây không được đóng trên dòng "
        f"{line}: giá trị kéo dài đến dấu ngoặc kép ở dòng {note}, cột 23"
    ) in checked.stdout
    assert f"hãy thêm dấu ngoặc kép đóng ở cuối dòng {line}" in checked.stdout
    assert "thụt lề" not in checked.stdout


def test_a_quote_never_closed_is_named_where_it_opens(tmp_path: Path) -> None:
    # The same mistake on the last line: the finding named the end of the file.
    root = repository(tmp_path)
    line = edit(root, 'deadline: "năm 2026"', 'deadline: "năm 2026')
    checked = run("validate", cwd=root)
    assert (
        f"plans/{SON_LA}:{line}:15: error: dấu ngoặc kép mở ở đây không được đóng đến hết tệp"
    ) in checked.stdout


def test_an_agency_name_that_differs_only_in_its_spaces_says_so(tmp_path: Path) -> None:
    # Two spaces typed inside the lead: the warning quoted it with one space, as the very
    # spelling it asked for ("'Sở Khoa học và Công nghệ' là …; ghi theo danh mục: 'Sở Khoa
    # học và Công nghệ'"), and the clerk could not see what to change.
    root = repository(tmp_path)
    edit(root, "      - Không nêu cơ quan chủ trì", "      - Sở Khoa học  và Công nghệ")
    checked = run("validate", cwd=root)
    assert (
        "'Sở Khoa học và Công nghệ' (có hai dấu cách liền nhau) là Sở Khoa học và Công nghệ "
        "tỉnh Sơn La; ghi theo danh mục: 'Sở Khoa học và Công nghệ' [agency-spelling]"
    ) in checked.stdout


def test_a_party_style_number_alone_names_the_plan(tmp_path: Path) -> None:
    # The README: a task is named by its plan's number alone, "log 348/3". For Sơn La's
    # "02-KH/BCĐ" the clerk typed "log 02/1" and was told there is no plan '02': only the
    # part before the slash ("02-KH") was a key, not the number.
    root = committed(tmp_path)
    shown = run("log", "02/1", cwd=root)
    assert "không có kế hoạch" not in shown.stderr
    assert "Kế hoạch 02-KH/BCĐ, nhiệm vụ 1" in shown.stdout
    listed = run("status", "--plan", "02", "--all", "--format", "csv", cwd=root)
    assert listed.returncode == 0, listed.stderr
    assert "02-KH/BCĐ" in listed.stdout and "424" not in listed.stdout


def test_the_moves_missing_a_decision_name_the_reason_as_a_reason(tmp_path: Path) -> None:
    # The contest moved with a reason and no deciding document; slips listed it under the
    # heading "Còn thiếu" (still missing) with the reason in the cell, as if the reason
    # were what is missing.
    root = committed(tmp_path)
    moved = run(
        "reschedule", "02/1", "Trước ngày 30/11/2026", "--reason", "Lùi lịch trao giải", cwd=root
    )
    assert moved.returncode == 0, moved.stderr
    git(root, "commit", "-qam", "lùi hạn")
    table = run("slips", "--format", "markdown", cwd=root).stdout
    missing = table.split("Các lần dời chưa ghi đủ lý do và văn bản quyết định (1)")[1]
    header = next(line for line in missing.splitlines() if line.startswith("|"))
    assert header.rstrip(" |").endswith("Lý do · còn thiếu")
    assert "lý do: Lùi lịch trao giải; ⚠ chưa ghi văn bản quyết định" in missing


def test_a_move_decided_before_the_plan_was_issued_is_questioned(tmp_path: Path) -> None:
    # In January the clerk typed last year out of habit: "--on 15/01/2025" for the plan of
    # 06/01/2026. reschedule and validate said nothing, and slips counted the move in 2025.
    root = committed(tmp_path)
    moved = run(
        "reschedule",
        "02/1",
        "Trước ngày 30/11/2026",
        "--reason",
        "Lùi lịch trao giải",
        "--on",
        "15/01/2025",
        cwd=root,
    )
    said = (
        "ngày quyết định dời 15/01/2025 trước ngày ban hành kế hoạch (06/01/2026): "
        "kiểm tra lại năm [history-before-issue]"
    )
    assert moved.returncode == 0 and said in moved.stdout + moved.stderr
    assert said in run("validate", cwd=root).stdout
    # The same move dated in 2026 is not questioned.
    other = committed(tmp_path / "dung-nam")
    args = ("02/1", "Trước ngày 30/11/2026", "--reason", "Lùi lịch", "--on", "15/01/2026")
    right = run("reschedule", *args, cwd=other)
    assert right.returncode == 0 and "history-before-issue" not in right.stdout + right.stderr

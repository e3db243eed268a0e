"""What the `fresh19` helper's clerk (Văn phòng UBND xã, 2026-12-02) found left by fresh18:
the two 2026 plans of tests/fixtures/fresh17/ (Sơn La's Kế hoạch 02-KH/BCĐ; Đồng Nai's plan
for Nghị quyết 424/NQ-CP, whose copy prints no number), one task of the province's Sở Tài
chính added to the Sơn La plan as a clerk adds it by hand, kept in git as the README says.
Each test is a step of the week and the answer the clerk should have had; each runs the
installed command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from clirun import CLERK, kehoach
from gitrun import git
from kehoach.base.text import megabytes
from kehoach.dates.deadline import DeadlineError, parse_deadline

FIXTURES = Path(__file__).parent / "fixtures" / "fresh17"
SON_LA = "son-la-kh-02-bcd-2026.yaml"
DONG_NAI = "dong-nai-kh-424-2026.yaml"
SON_LA_TASK = """  - id: "2"
    title: Bố trí kinh phí tổ chức Cuộc thi
    lead:
      - Sở Tài chính
    deadline: "Trước ngày 15/3/2026"
"""


def repository(tmp_path: Path) -> Path:
    """The clerk's folder in git: plans/ with the two plans, a task added to Sơn La's."""
    plans = tmp_path / "plans"
    shutil.copytree(FIXTURES, plans)
    with (plans / SON_LA).open("a", encoding="utf-8") as plan:
        plan.write(SON_LA_TASK)
    git(tmp_path, "init", "-q")
    commit(tmp_path, "KH 02-KH/BCĐ, KH thực hiện NQ 424/NQ-CP")
    return tmp_path


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-qm", message)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def edit(root: Path, name: str, old: str, new: str) -> int:
    """The clerk's hand edit of plan `name`: `old` (once in the file) becomes `new`; the
    line's number (1-based)."""
    path = root / "plans" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def read(root: Path, name: str = SON_LA) -> str:
    return (root / "plans" / name).read_text(encoding="utf-8")


# --- 1. a deadline left blank in words: "ngày … tháng … năm 2026" ------------------------


def test_a_day_and_month_left_blank_in_words_is_a_blank_to_fill(tmp_path: Path) -> None:
    said = run("deadline", "ngày … tháng … năm 2026", cwd=tmp_path)
    assert "chỗ để trống chưa điền ngày" in said.stderr
    for phrase in (
        "ngày … tháng … năm 2026",
        "ngày ... tháng ... năm 2026",
        "Trước ngày … tháng 6 năm 2026",
        "trước ngày 15 tháng … năm 2026",
    ):
        said = run("deadline", phrase, cwd=tmp_path)
        assert said.returncode == 1, phrase
        assert "để trống" in said.stderr, phrase
        assert "last_day" in said.stderr and "Không nêu thời hạn" in said.stderr
        assert "đổi nghĩa" not in said.stderr and "Traceback" not in said.stderr


@settings(max_examples=60, deadline=None)
@given(
    day=st.sampled_from(["…", "...", "....", "15"]),
    month=st.sampled_from(["…", "...", "6"]),
    year=st.integers(2020, 2030),
    lead=st.sampled_from(["", "Trước ", "Hoàn thành trước ", "chậm nhất "]),
)
def test_any_blank_day_or_month_in_words_is_refused_as_a_blank(
    day: str, month: str, year: int, lead: str
) -> None:
    # never a silent date: a phrase with a blank is refused, and for the blank
    phrase = f"{lead}ngày {day} tháng {month} năm {year}"
    if "…" not in phrase and ".." not in phrase:
        return
    try:
        parse_deadline(phrase)
    except DeadlineError as refused:
        # the blank is the reason: LEFT_TO_FILL, or the signing line's "để trống ngày"
        assert "để trống" in refused.why and "last_day" in refused.why, phrase
    else:
        raise AssertionError(f"{phrase!r} read with a blank in it")


# --- 2. diff --require-reasons and a deadline taken out --------------------------------


def test_a_deadline_taken_out_without_a_reason_fails_require_reasons(tmp_path: Path) -> None:
    root = repository(tmp_path)
    path = root / "plans" / SON_LA
    path.write_text(read(root).replace('    deadline: "Trước ngày 15/3/2026"\n', ""), "utf-8")
    checked = run("diff", "--require-reasons", cwd=root)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert checked.stdout.splitlines()[0].endswith(": 1 kế hoạch thay đổi; 1 thời hạn bị bỏ")
    assert 'bỏ thời hạn: "Trước ngày 15/3/2026" (15/03/2026 (CN) → 16/03/2026)' in checked.stdout
    assert "⚠ bỏ thời hạn mà không ghi lý do" in checked.stdout
    assert "Không nêu thời hạn" in checked.stdout and "status: cancelled" in checked.stdout


def test_the_way_out_it_names_passes_require_reasons(tmp_path: Path) -> None:
    root = repository(tmp_path)
    moved = run(
        "reschedule",
        "son-la-kh-02-bcd-2026/2",
        "Không nêu thời hạn",
        "--reason",
        "Văn bản bỏ thời hạn của việc này",
        "--ref",
        "Công văn số 15/BCĐ",
        "--on",
        "01/3/2026",
        cwd=root,
    )
    assert moved.returncode == 0, moved.stderr
    checked = run("diff", "--require-reasons", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "⚠" not in checked.stdout


# --- 3. a group written in another province's plan --------------------------------------


def test_a_group_unknown_in_the_plans_province_says_where_to_write_it(tmp_path: Path) -> None:
    root = repository(tmp_path)
    line = edit(root, SON_LA, "      - Sở Tài chính\n", "      - Các sở, ngành\n")
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    assert f"plans/{SON_LA}:{line}:9: error: không có cơ quan 'Các sở, ngành'" in checked.stdout
    assert "không có sẵn trong danh mục quốc gia" in checked.stdout
    entry = '{id: cac-so-nganh-son-la, name: "Các sở, ngành", kind: group, jurisdiction: Sơn La}'
    assert entry in checked.stdout
    # the entry it gives, written as it says, is accepted
    (root / "plans" / "agencies.yaml").write_text(f"schema: 1\nagencies:\n  - {entry}\n", "utf-8")
    again = run("validate", "--strict", cwd=root)
    assert again.returncode == 0, again.stdout + again.stderr


def test_a_group_of_another_provinces_registry_is_named_with_its_province(
    tmp_path: Path,
) -> None:
    root = repository(tmp_path)
    bundled = Path(__file__).parents[1] / "plans" / "agencies.yaml"  # Nghệ An's groups
    shutil.copy(bundled, root / "plans" / "agencies.yaml")
    edit(root, SON_LA, "      - Sở Tài chính\n", "      - Các sở, ngành\n")
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    assert (
        "agencies.yaml có tên này cho nơi khác: Các sở, ban, ngành cấp tỉnh "
        "(cac-so-ban-nganh-cap-tinh) của Nghệ An, không cho tỉnh Sơn La"
    ) in checked.stdout
    assert "jurisdiction: Sơn La" in checked.stdout


# --- 4. a file too large: the limit and what to do ---------------------------------------


def test_a_plan_file_too_large_says_the_limit_and_what_to_do(tmp_path: Path) -> None:
    root = repository(tmp_path)
    (root / "plans" / "kh-xuat.yaml").write_bytes(b"# x\n" * 800_000)
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    assert "plans/kh-xuat.yaml:1:1: error: tệp quá lớn (3,1 MB; tối đa 2 MB): " in checked.stdout
    assert "chuyển nó ra khỏi thư mục kế hoạch" in checked.stdout


def test_a_plan_file_a_byte_over_the_limit_is_not_shown_at_the_limit(tmp_path: Path) -> None:
    root = repository(tmp_path)
    (root / "plans" / "kh-xuat.yaml").write_bytes(b"#" * (2 * 2**20 + 1))
    checked = run("validate", cwd=root)
    assert "tệp quá lớn (2,1 MB; tối đa 2 MB)" in checked.stdout


@given(cap=st.integers(1, 64).map(lambda mb: mb * 2**20), over=st.integers(1, 2**26))
def test_property_a_size_over_the_cap_is_shown_over_it(cap: int, over: int) -> None:
    shown = megabytes(cap + over, cap)
    assert float(shown.replace(",", ".")) > cap / 2**20
    assert abs(float(shown.replace(",", ".")) - (cap + over) / 2**20) <= 0.1


def test_a_document_too_large_to_import_says_the_limit_and_what_to_do(tmp_path: Path) -> None:
    document = tmp_path / "KH 45.docx"
    document.write_bytes(b"\0" * (20 * 2**20 + 1))
    imported = run("import", str(document), cwd=tmp_path)
    assert imported.returncode != 0
    assert "tệp quá lớn (20,1 MB; tối đa 20 MB): chỉ cần bảng nhiệm vụ" in imported.stderr
    assert ".tsv" in imported.stderr and "Traceback" not in imported.stderr


# --- 5. a plan with no number, addressed by a number -------------------------------------


def test_a_number_of_a_plan_that_has_none_names_the_file_and_the_id(tmp_path: Path) -> None:
    root = repository(tmp_path)
    moved = run("reschedule", "424/1", "Trước ngày 30/6/2026", "--reason", "Lùi", cwd=root)
    assert moved.returncode == 2
    assert f"plans/{DONG_NAI} (mã dong-nai-kh-424-2026) không ghi số kế hoạch" in moved.stderr
    assert "gọi bằng mã: dong-nai-kh-424-2026/1" in moved.stderr
    assert read(root, DONG_NAI) == (FIXTURES / DONG_NAI).read_text(encoding="utf-8")
    # and the way it names works
    again = run(
        "reschedule", "dong-nai-kh-424-2026/1", "Trước ngày 30/6/2026", "--reason", "Lùi", cwd=root
    )
    assert again.returncode == 0, again.stderr


# --- 6. a done task moved ---------------------------------------------------------------


def test_moving_a_done_task_says_its_completion_is_judged_anew(tmp_path: Path) -> None:
    root = repository(tmp_path)
    assert run("done", "son-la-kh-02-bcd-2026/2", "--on", "20/3/2026", cwd=root).returncode == 0
    commit(root, "báo cáo hoàn thành")
    moved = run(
        "reschedule",
        "son-la-kh-02-bcd-2026/2",
        "Trước ngày 30/3/2026",
        "--reason",
        "Gia hạn",
        "--on",
        "01/3/2026",
        cwd=root,
    )
    assert moved.returncode == 0, moved.stderr
    assert "lưu ý: nhiệm vụ '2' đã hoàn thành ngày 20/03/2026" in moved.stderr
    assert "theo thời hạn mới, không theo thời hạn cũ" in moved.stderr
    # a move decided after completion: validate's own warning, not the two of them
    root2 = repository(tmp_path / "sau")
    run("done", "son-la-kh-02-bcd-2026/2", "--on", "20/3/2026", cwd=root2)
    # (a new deadline before its decision's day needs --allow-past since fixes24)
    after = run(
        "reschedule", "son-la-kh-02-bcd-2026/2", "Trước ngày 30/3/2026", "--reason", "Lùi",
        "--on", "01/4/2026", "--allow-past", cwd=root2,
    )  # fmt: skip
    assert after.returncode == 0
    assert "[history-after-done]" in after.stderr and "lưu ý:" not in after.stderr


# --- 7. an edit of a file that has errors ------------------------------------------------


def test_done_on_a_file_with_errors_writes_the_edit_and_fails_naming_them(tmp_path: Path) -> None:
    root = repository(tmp_path)
    line = edit(root, SON_LA, "      - Sở Tài chính\n", "      - Sở Tài chín\n")
    done = run("done", "son-la-kh-02-bcd-2026/1", "--on", "01/3/2026", cwd=root)
    assert done.returncode == 1
    # the line in the file as written: the two lines `done` added are above it
    assert f"plans/{SON_LA}:{line + 2}:9: error: không có cơ quan 'Sở Tài chín'" in done.stderr
    assert "đã ghi thay đổi trên, nhưng tệp vẫn còn 1 lỗi có từ trước" in done.stderr
    text = read(root)
    assert "    status: done\n    completed: 2026-03-01\n" in text  # the edit is not lost
    assert "      - Sở Tài chín\n" in text  # nor the clerk's own
    # the same edit on a clean file is a success
    fixed = edit(root, SON_LA, "      - Sở Tài chín\n", "      - Sở Tài chính\n")
    assert fixed
    clean = run("done", "son-la-kh-02-bcd-2026/2", "--on", "01/3/2026", cwd=root)
    assert clean.returncode == 0, clean.stderr


# --- the week: an assignment that makes one body lead and support ------------------------


def test_assign_refuses_a_support_that_is_already_the_lead(tmp_path: Path) -> None:
    root = repository(tmp_path)
    before = read(root)
    both = run("assign", "son-la-kh-02-bcd-2026/2", "--support", "so tai chinh", cwd=root)
    assert both.returncode == 2
    assert "'Sở Tài chính' sẽ vừa chủ trì vừa phối hợp nhiệm vụ '2'" in both.stderr
    assert read(root) == before  # nothing written
    other = run("assign", "son-la-kh-02-bcd-2026/2", "--support", "so noi vu", cwd=root)
    assert other.returncode == 0, other.stderr
    assert "    support:\n      - Sở Nội vụ\n" in read(root)


# --- the week: a day typed with dashes or dots ---------------------------------------------


def test_a_day_typed_with_dashes_or_dots_is_shown_with_slashes(tmp_path: Path) -> None:
    root = repository(tmp_path)
    for typed in ("01-03-2026", "01.03.2026"):
        done = run("done", "son-la-kh-02-bcd-2026/2", "--on", typed, cwd=root)
        assert done.returncode == 2
        assert f"'{typed}' không phải ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd; viết 01/03/2026" in (
            done.stderr
        )
    # never read as another day: the file is as it was
    assert "completed" not in read(root)


def test_an_edit_with_nothing_to_change_on_a_file_with_errors_is_no_success(
    tmp_path: Path,
) -> None:
    root = repository(tmp_path)
    assert run("done", "son-la-kh-02-bcd-2026/2", "--on", "01/3/2026", cwd=root).returncode == 0
    edit(root, SON_LA, "      - Sở Tài chính\n", "      - Sở Tài chín\n")
    again = run("done", "son-la-kh-02-bcd-2026/2", "--on", "01/3/2026", cwd=root)
    assert again.returncode == 1
    assert "không có gì thay đổi" in again.stderr
    assert "error: không có cơ quan 'Sở Tài chín'" in again.stderr
    assert ": tệp vẫn còn 1 lỗi có từ trước" in again.stderr

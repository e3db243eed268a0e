"""What a new clerk's week broke in the `fresh18` helper's session (2026-12-02): the two
2026 plans of tests/fixtures/fresh17/ (Sơn La's Kế hoạch 02-KH/BCĐ and Đồng Nai's plan for
Nghị quyết 424/NQ-CP), each given one task of its province's Sở Tài chính as a clerk adds
one by hand, kept in git as the README says. Each test is a step of the week and the answer
the clerk should have had; each runs the installed command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from clirun import CLERK, kehoach
from gitrun import git

FIXTURES = Path(__file__).parent / "fixtures" / "fresh17"
SON_LA = "son-la-kh-02-bcd-2026.yaml"
DONG_NAI = "dong-nai-kh-424-2026.yaml"
# The task the clerk added to each plan: the province's Sở Tài chính, a dated deadline.
SON_LA_TASK = """  - id: "2"
    title: Bố trí kinh phí tổ chức Cuộc thi
    lead:
      - Sở Tài chính
    deadline: "Trước ngày 15/3/2026"
"""
DONG_NAI_TASK = """  - id: "3"
    title: Cân đối nguồn vốn thực hiện Chương trình
    lead:
      - Sở Tài chính
    deadline: "Trước ngày 30/6/2026"
"""


def repository(tmp_path: Path) -> Path:
    """The clerk's folder in git: plans/ with the two plans, a task added to each."""
    plans = tmp_path / "plans"
    shutil.copytree(FIXTURES, plans)
    for name, task in ((SON_LA, SON_LA_TASK), (DONG_NAI, DONG_NAI_TASK)):
        with (plans / name).open("a", encoding="utf-8") as plan:
            plan.write(task)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "KH 02-KH/BCĐ, KH thực hiện NQ 424/NQ-CP")
    return tmp_path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def edit(root: Path, name: str, old: str, new: str) -> int:
    """The clerk's hand edit of plan `name`: `old` (once in the file) becomes `new`; the
    line's number (1-based), for the findings that name it."""
    path = root / "plans" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def tasks(listed: str) -> set[str]:
    """The plan/task pairs of a `status --format csv` listing."""
    rows = [line.split(",") for line in listed.lstrip("\ufeff").splitlines()[1:]]
    return {f"{row[0]}/{row[2]}" for row in rows}


FINANCE = {"son-la-kh-02-bcd-2026/2", "dong-nai-kh-424-2026/3"}


def test_the_clerks_plans_are_clean(tmp_path: Path) -> None:
    root = repository(tmp_path)
    checked = run("validate", "--strict", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# --- 1. --agency typed without diacritics, for a body every province has -------------------


def test_a_part_of_the_name_of_each_provinces_department_selects_them_all(tmp_path: Path) -> None:
    # "tai chinh" is in the names of Bộ Tài chính and of the Sở Tài chính of each plan's
    # province; the clerk was told "có trong tên nhiều cơ quan … hãy gõ rõ hơn" with no
    # province and no way to choose. Only the two Sở have tasks: it reads as "Sở Tài chính",
    # which selects the Sở of every province (as `--agency "Sở Tài chính"` does), and says so.
    root = repository(tmp_path)
    listed = run("status", "--all", "--agency", "tai chinh", "--format", "csv", cwd=root)
    assert listed.returncode == 0, listed.stderr
    assert tasks(listed.stdout) == FINANCE
    assert (
        "--agency 'tai chinh': hiểu là Sở Tài chính (của các tỉnh Đồng Nai, Sơn La); "
        "Bộ Tài chính cũng có 'tai chinh' trong tên nhưng không có việc trong các kế hoạch"
    ) in listed.stderr
    whole = run("status", "--all", "--agency", "Sở Tài chính", "--format", "csv", cwd=root)
    assert tasks(whole.stdout) == FINANCE


def test_a_part_in_several_bodies_names_each_with_its_province_and_how_to_choose(
    tmp_path: Path,
) -> None:
    root = repository(tmp_path)
    edit(root, SON_LA, "      - Không nêu cơ quan chủ trì", "      - Văn phòng Tỉnh ủy")
    edit(root, SON_LA, "      - Sở Tài chính", "      - Văn phòng UBND tỉnh")
    edit(root, DONG_NAI, "      - Sở Tài chính", "      - Văn phòng UBND tỉnh")
    asked = run("status", "--agency", "van phong", cwd=root)
    assert asked.returncode == 2
    assert (
        "'van phong' có trong tên nhiều cơ quan: Văn phòng Ủy ban nhân dân tỉnh (Đồng Nai, "
        "Sơn La); Văn phòng Tỉnh ủy Sơn La; hãy gõ tên đầy đủ: --agency 'Văn phòng Ủy ban "
        "nhân dân tỉnh' chọn Văn phòng Ủy ban nhân dân tỉnh của mọi tỉnh, --agency 'Văn "
        "phòng Ủy ban nhân dân tỉnh Đồng Nai' chỉ một tỉnh"
    ) in asked.stderr
    # The two ways it offers work as it says.
    every = run("status", "--all", "--agency", "Văn phòng Ủy ban nhân dân tỉnh", "--format",
                "csv", cwd=root)  # fmt: skip
    assert tasks(every.stdout) == FINANCE
    one = "Văn phòng Ủy ban nhân dân tỉnh Đồng Nai"
    alone = run("status", "--all", "--agency", one, "--format", "csv", cwd=root)
    assert tasks(alone.stdout) == {"dong-nai-kh-424-2026/3"}


def test_a_department_typed_with_its_province_without_tinh_is_that_provinces(
    tmp_path: Path,
) -> None:
    # "Sở Tài chính Sơn La" was "không có cơ quan … trong danh mục": the full name says
    # "tỉnh Sơn La", and a clerk does not type it.
    root = repository(tmp_path)
    for typed in ("Sở Tài chính Sơn La", "so tai chinh son la"):
        listed = run("status", "--all", "--agency", typed, "--format", "csv", cwd=root)
        assert listed.returncode == 0, listed.stderr
        assert tasks(listed.stdout) == {"son-la-kh-02-bcd-2026/2"}


def test_a_part_of_a_name_with_its_province_is_that_provinces_body(tmp_path: Path) -> None:
    # "tai chinh dong nai": the part a clerk types, then the province; read as the one body
    # of that province whose name holds it, and said.
    root = repository(tmp_path)
    listed = run("status", "--all", "--agency", "tai chinh dong nai", "--format", "csv", cwd=root)
    assert listed.returncode == 0, listed.stderr
    assert tasks(listed.stdout) == {"dong-nai-kh-424-2026/3"}
    assert "--agency 'tai chinh dong nai': hiểu là Sở Tài chính tỉnh Đồng Nai" in listed.stderr


def test_candidates_of_one_province_are_listed_without_it(tmp_path: Path) -> None:
    # Only the Sơn La plan: the province tells no candidate apart, so none is said.
    root = repository(tmp_path)
    (root / "plans" / DONG_NAI).unlink()
    asked = run("status", "--agency", "van phong", cwd=root)
    assert asked.returncode == 2
    assert (
        "'van phong' có trong tên nhiều cơ quan: Văn phòng Chính phủ; Văn phòng Ủy ban nhân "
        "dân tỉnh Sơn La; Văn phòng Tỉnh ủy Sơn La; hãy gõ tên đầy đủ của một cơ quan"
    ) in asked.stderr


# --- 2. a deadline left blank to fill ----------------------------------------------------


def test_a_deadline_left_blank_to_fill_says_so_and_how(tmp_path: Path) -> None:
    # A draft's "…/…/2026" copied as the deadline: "không nhận ra thời hạn", no reason.
    root = repository(tmp_path)
    line = edit(root, SON_LA, '"Trước ngày 15/3/2026"', '"Trước ngày …/…/2026"')
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    finding = next(f for f in checked.stdout.splitlines() if f"{SON_LA}:{line}:" in f)
    assert "“…” là chỗ để trống chưa điền ngày" in finding
    assert "ghi last_day" in finding and "không nhận ra" not in finding
    assert finding.count("last_day") == 2  # the way out said once (and its form)
    for phrase in ("…", "...", "…/…/2026", "15/…/2026", "ngày …"):
        read = run("deadline", phrase, cwd=root)
        assert read.returncode == 1
        assert "chỗ để trống chưa điền ngày" in read.stderr and "last_day" in read.stderr


# --- 3. what export-ics left out -----------------------------------------------------------


def test_export_ics_counts_the_completed_milestones_it_left_out(tmp_path: Path) -> None:
    root = repository(tmp_path)
    assert run("done", "02/2", "--on", "20/03/2026", cwd=root).returncode == 0
    out = tmp_path / "lich.ics"
    exported = run("export-ics", "-o", str(out), cwd=root)
    assert exported.returncode == 0, exported.stderr
    assert (
        "đã xuất 2 mốc thời hạn vào " in exported.stderr
        and "; 1 mốc đã hoàn thành không đưa vào (thêm --include-done để xuất cả chúng); "
        "2 mốc không có ngày cố định"
        in exported.stderr
    )
    included = run("export-ics", "--include-done", "-o", str(out), cwd=root)
    assert "đã xuất 3 mốc thời hạn (trong đó 1 mốc đã hoàn thành, đánh dấu ✓)" in included.stderr
    assert "không đưa vào (thêm --include-done" not in included.stderr


# --- 4. a deadline line deleted by hand -------------------------------------------------


def test_a_deleted_deadline_is_one_error_naming_the_field_and_the_phrase_to_restore(
    tmp_path: Path,
) -> None:
    # The clerk moved the Đồng Nai task, then deleted its deadline line by mistake: validate
    # gave a second error, "lịch sử nói tới mốc 1, nhưng nhiệm vụ chỉ có 0 mốc", for the same
    # slip.
    root = repository(tmp_path)
    moved = run("reschedule", "dong-nai-kh-424-2026/3", "Trước ngày 30/9/2026", "--reason",
                "Chờ phân bổ vốn", "--on", "25/06/2026", cwd=root)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    task = edit(root, DONG_NAI, '  - id: "3"', '  - id: "3"')
    edit(root, DONG_NAI, '    deadline: "Trước ngày 30/9/2026"\n', "")
    checked = run("validate", cwd=root)
    errors = [f for f in checked.stdout.splitlines() if ": error: " in f]
    assert errors == [
        f"plans/{DONG_NAI}:{task}:5: error: nhiệm vụ '3' thiếu trường 'deadline' (không có thời "
        'hạn); lần dời cuối trong lịch sử (25/06/2026) ghi thời hạn mới "Trước ngày 30/9/2026": '
        'ghi lại deadline: "Trước ngày 30/9/2026", hoặc nếu văn bản không nêu, ghi rõ '
        'deadline: "Không nêu thời hạn" [deadline-missing]'
    ]


# --- 5. a day that does not exist -----------------------------------------------------------


def test_a_day_past_its_months_end_says_how_long_the_month_is(tmp_path: Path) -> None:
    root = repository(tmp_path)
    line = edit(root, SON_LA, "issued: 2026-01-06", "issued: 2026-04-31")
    checked = run("validate", cwd=root)
    assert (
        f"plans/{SON_LA}:{line}:1: error: 'issued': '2026-04-31' không phải một ngày có thật "
        "(tháng 4/2026 có 30 ngày) [bad-value]"
    ) in checked.stdout
    edit(root, SON_LA, "issued: 2026-04-31", "issued: 2026-01-06")
    done = run("done", "02/2", "--on", "29/02/2026", cwd=root)
    assert done.returncode == 2
    assert (
        "--on: '29/02/2026' không phải một ngày có thật (tháng 2/2026 có 28 ngày: 2026 không "
        "phải năm nhuận)"
    ) in done.stderr


# --- what else the week showed --------------------------------------------------------------


def test_a_plan_asked_for_that_does_not_load_is_named_with_its_error(tmp_path: Path) -> None:
    # With the April 31 still in the Sơn La file, `status --plan 02` said "không có kế hoạch
    # '02'; các kế hoạch: dong-nai-kh-424-2026": the clerk looked for a plan that is there,
    # broken. The edits (done, reschedule) already named the files they could not read.
    root = repository(tmp_path)
    line = edit(root, SON_LA, "issued: 2026-01-06", "issued: 2026-04-31")
    for command in ("status", "timeline"):
        asked = run(command, "--plan", "02", cwd=root)
        assert asked.returncode == 2
        assert (
            "không có kế hoạch '02'; các kế hoạch: dong-nai-kh-424-2026; không đọc được "
            f"plans/{SON_LA}:{line}:1: error: 'issued': '2026-04-31' không phải một ngày có "
            "thật (tháng 4/2026 có 30 ngày) [bad-value]"
        ) in asked.stderr


def test_a_move_recorded_after_the_task_was_done_is_questioned(tmp_path: Path) -> None:
    # Sơn La's task 2 was done late (20/03/2026, its day 15/3 a Sunday: due 16/03). Months
    # later the clerk recorded a move to 30/4 dated today: status then counted the task done
    # on time, and nothing said so.
    root = repository(tmp_path)
    assert run("done", "02/2", "--on", "20/03/2026", cwd=root).returncode == 0
    late = run("status", "--all", "--plan", "02", "--format", "csv", cwd=root)
    assert "done_late" in late.stdout
    # (a new deadline before its decision's day needs --allow-past since fixes24)
    moved = run("reschedule", "02/2", "Trước ngày 30/4/2026", "--reason", "Chờ vốn",
                "--on", "01/12/2026", "--allow-past", cwd=root)  # fmt: skip
    said = (
        "lần dời ngày 01/12/2026 sau ngày hoàn thành (20/03/2026): status tính đúng hay trễ "
        "hạn theo thời hạn mới; nếu quyết định dời có trước khi hoàn thành, ghi đúng ngày "
        "quyết định (reschedule --on dd/mm/yyyy) [history-after-done]"
    )
    assert moved.returncode == 0 and said in moved.stdout + moved.stderr
    assert said in run("validate", cwd=root).stdout
    # A move decided before the work was done is not questioned.
    other = repository(tmp_path / "truoc")
    assert run("done", "02/2", "--on", "20/03/2026", cwd=other).returncode == 0
    before = run("reschedule", "02/2", "Trước ngày 30/4/2026", "--reason", "Chờ vốn",
                 "--on", "10/03/2026", cwd=other)  # fmt: skip
    assert before.returncode == 0 and "history-after-done" not in before.stdout + before.stderr


def test_a_key_indented_under_the_one_above_is_said_so_not_to_be_quoted(tmp_path: Path) -> None:
    # The clerk indented a line of the header two spaces too far. validate said "dấu ':'
    # theo sau dấu cách ở giữa một giá trị: hãy đặt cả giá trị trong dấu ngoặc kép", and
    # quoting would have made the province part of the issuer's name.
    root = repository(tmp_path)
    line = edit(root, SON_LA, "\njurisdiction: Sơn La", "\n  jurisdiction: Sơn La") + 1
    checked = run("validate", cwd=root)
    assert (
        f"plans/{SON_LA}:{line}:15: error: 'jurisdiction:' thụt lề sâu hơn 'issuer:' ở dòng "
        f"{line - 1} nên bị đọc là phần tiếp của giá trị 'issuer'; hãy thụt lề 'jurisdiction:' "
        "thẳng cột với 'issuer:' (cột 1) [yaml]"
    ) in checked.stdout


def test_the_file_kehoach_new_writes_is_in_canonical_form(tmp_path: Path) -> None:
    # The README's own steps: `kehoach new`, fill, validate, `kehoach fmt`. fmt refused the
    # new file ("định dạng lại sẽ làm lệch chú thích hoặc nội dung; hãy sửa tay"): an empty
    # list with its comment ("support: []  # cơ quan phối hợp") has no block form, and the
    # comment moved before the "[]". The summary said "0 tệp chưa ở dạng chuẩn", exit 1.
    root = repository(tmp_path)
    assert run("new", "plans/kh-45-2026.yaml", cwd=root).returncode == 0
    path = root / "plans" / "kh-45-2026.yaml"
    written = path.read_text(encoding="utf-8")
    checked = run("fmt", "--check", cwd=root)
    assert checked.returncode == 0, checked.stderr
    assert run("fmt", cwd=root).returncode == 0
    assert path.read_text(encoding="utf-8") == written


def test_fmt_counts_the_files_it_could_not_format(tmp_path: Path) -> None:
    # A comment inside a flow list is a place ruamel cannot keep it: fmt names the file and
    # exits 1, and its last line now counts it instead of "0 tệp chưa ở dạng chuẩn" alone.
    root = repository(tmp_path)
    edit(root, SON_LA, "    lead:\n      - Sở Tài chính\n",
         "    lead: [Sở Tài chính,  # theo văn bản\n      Sở Nội vụ]\n")  # fmt: skip
    checked = run("fmt", "--check", cwd=root)
    assert checked.returncode == 1
    assert f"không định dạng được: plans/{SON_LA}: " in checked.stderr
    assert checked.stderr.endswith("3 tệp: 0 tệp chưa ở dạng chuẩn, 1 tệp không định dạng được\n")

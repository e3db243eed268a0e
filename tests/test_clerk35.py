"""clerk35: what a clerk met on main in session 34, each one a clerk stuck or misled (none a
wrong date). Each test runs the installed `kehoach` as the clerk ran it, in a repository of
one plan of Ninh Bình (issued 01/12/2025)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from clirun import CLERK, fits, kehoach, on_terminal

PLAN = """\
schema: 1
id: kh-1-2025
number: 1/KH-UBND
title: Kế hoạch thử
issuer: UBND tỉnh Ninh Bình
jurisdiction: ninh-binh
issued: 2025-12-01
source: {document: thu.txt, complete: true}
tasks:
  - id: "1"
    title: Xây dựng Đề án
    lead: [Sở Nội vụ]
    deadline: "Trước ngày 15/1/2026"
"""


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env={**CLERK, "COLUMNS": "400"})


def repository(tmp_path: Path, plan: str = PLAN) -> Path:
    (tmp_path / "plans").mkdir(parents=True)
    (tmp_path / "plans" / "kh-1-2025.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", "utf-8")
    return tmp_path


# --- 4. done --on a day less than a year before the plan's issue day ---------------------


def test_done_a_little_before_the_plan_asks_to_check_the_day(tmp_path: Path) -> None:
    # Seen: "nhiệm vụ không thể xong trước khi có kế hoạch" on a day `done` then wrote
    # (the lead ruled the write stays: work may be done while the plan is drafted)
    root = repository(tmp_path)
    done = run("done", "kh-1-2025/1", "--on", "15/11/2025", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "completed: 2025-11-15" in (root / "plans" / "kh-1-2025.yaml").read_text("utf-8")
    said = "kiểm tra lại ngày hoàn thành: 15/11/2025 trước ngày ban hành kế hoạch (01/12/2025)"
    assert said in done.stderr
    assert "không thể xong" not in done.stderr
    assert said in run("validate", cwd=root).stdout


def test_done_years_before_the_plan_is_still_refused(tmp_path: Path) -> None:
    root = repository(tmp_path)
    done = run("done", "kh-1-2025/1", "--on", "15/11/2023", cwd=root)
    assert done.returncode != 0
    assert "không thể xong trước khi có kế hoạch; kiểm tra lại năm" in done.stderr


# --- 1. a phrase of several steps: write it as `deadlines:` ------------------------------

STEPS = "Xây dựng dự thảo trước ngày 1/1/2026 và trình UBND tỉnh trước ngày 15/1/2026"


def test_a_phrase_of_two_steps_is_shown_as_a_deadlines_list(tmp_path: Path) -> None:
    # Seen: the message asked to split the phrase into milestones and, in the same breath,
    # to keep it unchanged with last_day beside it, and gave no example
    root = repository(tmp_path, PLAN.replace('"Trước ngày 15/1/2026"', f'"{STEPS}"'))
    checked = run("validate", cwd=root)
    assert checked.returncode != 0
    assert "ghi thành deadlines (một danh sách, mỗi bước một mục)" in checked.stdout
    assert "giữ nguyên cụm từ" not in checked.stdout
    assert (
        "[deadline-unreadable]\n"
        "    deadlines:\n"
        '      - phrase: "Xây dựng dự thảo trước ngày 1/1/2026"\n'
        '      - phrase: "trình UBND tỉnh trước ngày 15/1/2026"\n'
    ) in checked.stdout


def test_steps_sharing_a_year_are_shown_by_their_days(tmp_path: Path) -> None:
    # "trước ngày 1/12" takes its year from the later day: cut alone it would take the
    # plan's (2025), so the example gives the days and leaves the words to copy
    shared = "Xây dựng dự thảo trước ngày 1/12, trình UBND tỉnh trước ngày 15/12/2026"
    root = repository(tmp_path, PLAN.replace('"Trước ngày 15/1/2026"', f'"{shared}"'))
    shown = run("validate", cwd=root).stdout
    assert '      - {phrase: "Xây dựng dự thảo …", last_day: 01/12/2026}\n' in shown
    assert '      - {phrase: "trình UBND tỉnh …", last_day: 15/12/2026}\n' in shown


def test_import_writes_a_phrase_of_two_steps_as_deadlines(tmp_path: Path) -> None:
    # Seen: the import read both steps, wrote one `deadline:`, and validate refused it
    root = repository(tmp_path)
    table = tmp_path / "kh2.tsv"
    table.write_text(
        f"TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tXây dựng Đề án\tSở Nội vụ\t{STEPS}\n",
        encoding="utf-8",
    )
    out = root / "plans" / "kh-2-2025.yaml"
    options = ("--title", "Thử", "--issuer", "UBND tỉnh Ninh Bình", "--issued", "01/12/2025")
    done = run("import", table, "-o", out, *options, cwd=root)
    assert done.returncode == 0, done.stderr
    assert "0 thời hạn chưa đọc được" in done.stderr
    task = yaml.safe_load(out.read_text("utf-8"))["tasks"][0]
    assert "deadline" not in task
    assert task["deadlines"] == [
        {"phrase": "Xây dựng dự thảo trước ngày 1/1/2026"},
        {"phrase": "trình UBND tỉnh trước ngày 15/1/2026"},
    ]
    checked = run("validate", out, cwd=root)
    assert checked.returncode == 0, checked.stdout


# --- 6. the two lengths of a phrase, said once -------------------------------------------


def test_the_lengths_a_phrase_may_have_are_the_ones_readme_gives(tmp_path: Path) -> None:
    # Seen: README said a phrase holds up to 2,000 characters, `deadline` refused one of 501
    from kehoach.dates.grammar import MAX_PHRASE, MAX_READ

    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text("utf-8").split())
    assert f"phrase of at most {MAX_PHRASE:,} characters" in readme
    assert f"The grammar reads a phrase of at most {MAX_READ} characters" in readme
    long = "Trước ngày 15/1/2026, " + "tổ chức hội nghị " * 40
    assert MAX_READ < len(long) < MAX_PHRASE
    refused = run("deadline", long, cwd=tmp_path)
    assert refused.returncode != 0
    assert f"dài quá {MAX_READ} ký tự" in refused.stderr and "last_day" in refused.stderr
    # the same cell is kept in a plan file with its day beside it, and validates
    kept = f'deadlines: [{{phrase: "{long}", last_day: 15/01/2026}}]'
    root = repository(tmp_path / "r", PLAN.replace('deadline: "Trước ngày 15/1/2026"', kept))
    assert run("validate", cwd=root).returncode == 0


# --- 3. an event named without the "khi" its anchor keeps --------------------------------

OPINION = PLAN.replace(
    "tasks:\n",
    "events:\n  - name: nhận được ý kiến của Bộ Nội vụ\n    day: 2026-01-05\ntasks:\n",
).replace(
    '"Trước ngày 15/1/2026"',
    '"Sau khi nhận được ý kiến của Bộ Nội vụ, trong thời hạn 07 ngày làm việc"',
)


def test_an_anchor_after_khi_counts_from_the_event_named_without_it(tmp_path: Path) -> None:
    # Seen: "không phải sự kiện đã khai báo … (“nhận được ý kiến của Bộ Nội vụ”)": the
    # event matched only when its name began with "khi", as the anchor keeps it
    root = repository(tmp_path, OPINION)
    checked = run("validate", cwd=root)
    assert checked.returncode == 0 and "relative-anchor-unknown" not in checked.stdout
    assert (
        "mốc “khi nhận được ý kiến của Bộ Nội vụ” được tính theo sự kiện “nhận được ý kiến "
        "của Bộ Nội vụ” trong events:"
    ) in checked.stderr
    shown = run("status", "--as-of", "20/01/2026", "--format", "json", cwd=root).stdout
    # 05/01 (Monday) + 7 working days: Saturday 10/01 is worked for 02/01 (Công văn
    # 12729/VPCP-KGVX), which a repository without calendar.yaml counts since session 42
    assert '"due": "2026-01-13"' in shown


def test_an_event_named_with_khi_still_matches_and_says_nothing(tmp_path: Path) -> None:
    root = repository(tmp_path, OPINION.replace("name: nhận", "name: khi nhận"))
    checked = run("validate", cwd=root)
    assert checked.returncode == 0 and "được tính theo sự kiện" not in checked.stderr


# --- 2. import: "Cơ quan thực hiện" over three sub-columns, roles in one cell ------------

TOP = ["TT", "Nội dung", "Cơ quan thực hiện", "", "", "Thời hạn"]
SUB = ["", "", "Chủ trì", "Phối hợp", "Ghi chú", ""]
ROWS = [
    ["1", "Trình Đề án sắp xếp thôn", "Sở Nội vụ", "Sở Tài chính", "Trình HĐND", "Tháng 6/2026"],
    ["2", "Xây dựng vị trí việc làm", "Sở Nội vụ chủ trì, Sở Y tế phối hợp", "", "", "Quý IV/2026"],
    ["3", "Rà soát", "Sở Nội vụ chủ trì, phối hợp các ngành", "", "", "Quý IV/2026"],
]
IMPORT = ("--title", "Sắp xếp", "--issuer", "UBND tỉnh Ninh Bình", "--issued", "10/03/2026")


def _imported(tmp_path: Path) -> tuple[list[dict[str, object]], str]:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [TOP, SUB, *ROWS]:
        sheet.append([cell or None for cell in row])
    for merged in ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "C4:E4", "C5:E5"]:
        sheet.merge_cells(merged)
    book.save(tmp_path / "kh.xlsx")
    out = tmp_path / "draft.yaml"
    done = run("import", tmp_path / "kh.xlsx", "-o", out, *IMPORT, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(out.read_text("utf-8"))["tasks"], done.stderr


def test_import_reads_lead_support_and_note_under_one_bodies_header(tmp_path: Path) -> None:
    # Seen: the support dropped and "Phối hợp" called a column with no heading
    tasks, err = _imported(tmp_path)
    assert (tasks[0]["lead"], tasks[0]["support"]) == (["Sở Nội vụ"], ["Sở Tài chính"])
    assert tasks[0]["notes"] == "Trình HĐND"
    assert "không được nhập" not in err and "'Phối hợp'" not in err


def test_import_splits_a_cell_naming_who_leads_and_who_supports(tmp_path: Path) -> None:
    # Seen: one lead "Sở Nội vụ chủ trì, Sở Y tế phối hợp", offered as a registry id
    tasks, err = _imported(tmp_path)
    assert (tasks[1]["lead"], tasks[1].get("support")) == (["Sở Nội vụ"], ["Sở Y tế"])
    assert "so-noi-vu-chu-tri-so-y-te" not in err
    # the bodies that support are not named: copied as it was, and said
    assert tasks[2]["lead"] == ["Sở Nội vụ chủ trì, phối hợp các ngành"]
    assert (
        "nhiệm vụ 3: ô chủ trì ghi cả cơ quan phối hợp ('Sở Nội vụ chủ trì, phối hợp các "
        "ngành') mà không tách được tên từng cơ quan"
    ) in err


# --- 5. usage errors and validate's findings at 40 columns -------------------------------


def test_a_usage_error_fits_a_narrow_terminal(tmp_path: Path) -> None:
    # Seen: Typer/Click's "Lỗi: …" left to the terminal, cut inside words at 40 columns,
    # while kehoach's own errors were broken between words
    asked = ("status", "--format", "xyz")
    shown = on_terminal(*asked, cwd=tmp_path, columns=40, stderr_on_terminal=True)
    fits(shown, 40)
    assert "\nLỗi: Giá trị không hợp lệ cho '--format'" in shown
    piped = kehoach(*asked, cwd=tmp_path, env={**CLERK, "COLUMNS": "40"})
    assert piped.returncode == 2
    error = [line for line in piped.stderr.splitlines() if line.startswith("Lỗi: ")]
    assert len(error) == 1 and len(error[0]) > 40  # a pipe gets it whole


def test_validate_findings_fit_a_narrow_terminal(tmp_path: Path) -> None:
    root = repository(tmp_path, PLAN.replace('"Trước ngày 15/1/2026"', f'"{STEPS}"'))
    shown = on_terminal("validate", cwd=root, columns=40, stderr_on_terminal=True)
    fits(shown, 40)
    assert "[deadline-unreadable]" in shown
    piped = run("validate", cwd=root).stdout  # one line per finding, for grep and editors
    assert piped.splitlines()[0].startswith("plans/kh-1-2025.yaml:13:5: error: ")
    assert piped.splitlines()[0].endswith("[deadline-unreadable]")

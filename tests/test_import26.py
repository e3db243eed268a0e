"""import26: `kehoach import` at a real office's scale and with the header a real table
prints, and `done` refusing a completion day the plan cannot have (a typo of years).
Each test runs the installed command as a clerk runs it (clerk of session 33, "Left for
next" 5)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from clirun import kehoach
from kh74 import ISSUER, draft

# --- "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp" ------------------------------------

TOP = ["TT", "Nội dung", "Cơ quan thực hiện", "", "Thời hạn"]
SUB = ["", "", "Chủ trì", "Phối hợp", ""]
ROWS = [
    ["1", "Trình Đề án sắp xếp thôn, tổ dân phố", "Sở Nội vụ", "Sở Tài chính", "Tháng 6/2026"],
    ["2", "Xây dựng vị trí việc làm", "Sở Tài chính", "Sở Nội vụ", "Quý IV/2026"],
]
EXPECTED = [
    ("1", ["Sở Nội vụ"], ["Sở Tài chính"], "Tháng 6/2026"),
    ("2", ["Sở Tài chính"], ["Sở Nội vụ"], "Quý IV/2026"),
]


def _roles(tasks: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(t["id"], t["lead"], t.get("support"), t.get("deadline")) for t in tasks]


def _split_docx(path: Path) -> None:
    """The header printed on each page, as Word repeats it: a table of two pages."""
    from docx import Document

    document = Document()
    document.add_paragraph("KẾ HOẠCH")
    rows = [TOP, SUB, ROWS[0], TOP, SUB, ROWS[1]]
    table = document.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    for top in (0, 3):
        for column in (0, 1, 4):
            table.cell(top + 1, column).text = ""
            table.cell(top, column).merge(table.cell(top + 1, column))
        table.cell(top, 3).text = ""
        table.cell(top, 2).merge(table.cell(top, 3))
    document.save(str(path))


def test_word_reads_lead_and_support_under_one_bodies_header(tmp_path: Path) -> None:
    # Seen: the "Phối hợp" column left out ("cột không có tiêu đề … chép tay nếu cần") and
    # the header printed again on the next page read as more of task 1's lead: "Sở Nội vụ
    # Chủ trì", offered as a new registry entry.
    _split_docx(tmp_path / "kh.docx")
    tasks, err = draft(tmp_path, tmp_path / "kh.docx")
    assert _roles(tasks) == EXPECTED
    assert "Chủ trì" not in err
    assert "không được nhập" not in err


def test_excel_reads_lead_and_support_under_one_bodies_header(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [TOP, SUB, *ROWS]:
        sheet.append([cell or None for cell in row])
    for merged in ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]:
        sheet.merge_cells(merged)
    book.save(tmp_path / "kh.xlsx")
    tasks, err = draft(tmp_path, tmp_path / "kh.xlsx")
    assert _roles(tasks) == EXPECTED
    assert "không được nhập" not in err


def test_html_reads_lead_and_support_under_one_bodies_header(tmp_path: Path) -> None:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    html = (
        "<table><tr><th rowspan='2'>TT</th><th rowspan='2'>Nội dung</th>"
        "<th colspan='2'>Cơ quan thực hiện</th><th rowspan='2'>Thời hạn</th></tr>"
        f"<tr><th>Chủ trì</th><th>Phối hợp</th></tr>{body}</table>"
    )
    (tmp_path / "kh.html").write_text(html, encoding="utf-8")
    tasks, err = draft(tmp_path, tmp_path / "kh.html")
    assert _roles(tasks) == EXPECTED
    assert "không được nhập" not in err


def test_both_headers_split_in_one_table(tmp_path: Path) -> None:
    # "Trách nhiệm thực hiện" over "Chủ trì" | "Phối hợp" beside "Thời gian thực hiện"
    # over "Bắt đầu" | "Hoàn thành": the end column is the deadline, as alone.
    top = ["TT", "Nội dung", "Trách nhiệm thực hiện", "", "Thời gian thực hiện", ""]
    sub = ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"]
    rows = [[*r[:4], "Tháng 3/2026", r[4]] for r in ROWS]
    text = "\n".join("\t".join(row) for row in [top, sub, *rows]) + "\n"
    (tmp_path / "kh.tsv").write_text(text, encoding="utf-8")
    tasks, _ = draft(tmp_path, tmp_path / "kh.tsv")
    assert _roles(tasks) == EXPECTED


def test_a_bodies_header_over_a_task_row_is_left_alone(tmp_path: Path) -> None:
    # The guard: the row under a one-row header is a task, never sub-headings.
    text = (
        "TT\tNội dung\tCơ quan thực hiện\tCơ quan phối hợp\tThời hạn\n"
        "1\tViệc một\tSở Nội vụ\tSở Tài chính\tQuý II/2026\n"
    )
    (tmp_path / "kh.tsv").write_text(text, encoding="utf-8")
    tasks, _ = draft(tmp_path, tmp_path / "kh.tsv")
    assert _roles(tasks) == [("1", ["Sở Nội vụ"], ["Sở Tài chính"], "Quý II/2026")]


# --- `done --on` a day before the plan exists -------------------------------------------

PLAN = """\
schema: 1
id: kh-45-2026
number: 45/KH-UBND
title: Kế hoạch thử
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 2026-03-10
source: {document: KH 45, complete: true}
tasks:
  - id: "1"
    title: Rà soát thủ tục hành chính
    lead: [Sở Nội vụ]
    deadline: "Trước ngày 30/6/2026"
  - id: "2"
    title: Tổng kết công tác cải cách hành chính
    lead: [Sở Nội vụ]
    deadline: "Từ ngày 01/5/2026 đến ngày 30/6/2026"
"""


def _plans(tmp_path: Path, text: str = PLAN) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n")
    path = tmp_path / "plans" / "kh-45-2026.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_done_years_before_the_plan_was_issued_is_refused(tmp_path: Path) -> None:
    # Seen: `done --on 01/01/2020` on a plan of 2026 exited 0 and wrote the day, with a
    # warning: the task counted as done on time, six years early.
    path = _plans(tmp_path)
    done = kehoach("done", "kh-45-2026/1", "--on", "01/01/2020", cwd=tmp_path)
    assert done.returncode != 0
    assert "01/01/2020 trước ngày ban hành kế hoạch (10/03/2026)" in done.stderr
    assert "--on ngày đúng" in done.stderr and "Traceback" not in done.stderr
    assert path.read_text(encoding="utf-8") == PLAN


def test_done_before_the_earliest_deadlines_year_is_refused_without_issued(
    tmp_path: Path,
) -> None:
    path = _plans(tmp_path, PLAN.replace("issued: 2026-03-10\n", ""))
    done = kehoach("done", "kh-45-2026/1", "--on", "01/01/2020", cwd=tmp_path)
    assert done.returncode != 0
    assert "trước năm 2026 của thời hạn sớm nhất" in done.stderr
    assert "completed" not in path.read_text(encoding="utf-8")
    # the same plan's first days of 2026 are its own
    assert kehoach("done", "kh-45-2026/1", "--on", "02/01/2026", cwd=tmp_path).returncode == 0


def test_done_after_issued_but_before_the_start_stays_a_warning(tmp_path: Path) -> None:
    path = _plans(tmp_path)
    done = kehoach("done", "kh-45-2026/2", "--on", "20/03/2026", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "[completed-before-start]" in done.stdout + done.stderr
    assert "completed: 2026-03-20" in path.read_text(encoding="utf-8")


def test_done_weeks_before_the_plan_was_issued_is_written_with_a_warning(
    tmp_path: Path,
) -> None:
    # Work may be done while its plan is drafted: a day less than a year before the issue day
    # is written, and both `done` and `validate` warn (the lead's ruling of session 34).
    path = _plans(tmp_path)
    done = kehoach("done", "kh-45-2026/1", "--on", "20/02/2026", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "completed: 2026-02-20" in path.read_text(encoding="utf-8")
    checked = kehoach("validate", "plans", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    said = "warning: kiểm tra lại ngày hoàn thành: 20/02/2026 trước ngày ban hành kế hoạch"
    assert said in checked.stdout  # clerk35: no "không thể xong" on a day it writes


def test_validate_agrees_on_a_completion_typed_by_hand(tmp_path: Path) -> None:
    # The same day written in the file by hand: an error at its line, as `done` refuses it
    # (it was a warning: validate exited 0 and status counted the task done on time).
    text = PLAN.replace(
        '    deadline: "Trước ngày 30/6/2026"\n',
        '    deadline: "Trước ngày 30/6/2026"\n    status: done\n    completed: 2020-01-01\n',
    )
    _plans(tmp_path, text)
    checked = kehoach("validate", "plans", cwd=tmp_path)
    assert checked.returncode == 1
    assert "kh-45-2026.yaml:15:" in checked.stdout
    assert "error: ngày hoàn thành 01/01/2020 trước ngày ban hành kế hoạch" in checked.stdout


# --- a table at an office's scale -------------------------------------------------------


def test_a_table_too_large_for_a_plan_file_is_refused_before_the_work(tmp_path: Path) -> None:
    # Seen: 30,000 rows were read, parsed and written for five minutes (513 MB) before the
    # draft was found over a plan file's 2 MB. The least the draft can take (each cell
    # copied verbatim) is known once the table is read: refused then, nothing written.
    title = "Rà soát, đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính " * 40
    lines = ["TT\tNội dung\tCơ quan chủ trì\tThời hạn"]
    lines += [f"{n}\t{title}(việc {n})\tSở Nội vụ\tQuý {n % 4 + 1}/2026" for n in range(1, 801)]
    (tmp_path / "kh.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    done = kehoach("import", tmp_path / "kh.tsv", "-o", out, *ISSUER, "--issued", "10/03/2026")
    assert done.returncode == 2 and not out.exists()
    assert "bản nháp ít nhất" in done.stderr and "(800 nhiệm vụ)" in done.stderr
    assert "tách bảng" in done.stderr and "Traceback" not in done.stderr


def test_the_draft_written_without_reading_it_back_is_fmt_clean(tmp_path: Path) -> None:
    # The draft is styled as `fmt` writes, once, instead of dumped, read back and dumped
    # again: a day, ids and phrases in quotes, a title typed decomposed (NFD), a phrase
    # whose column header is kept beside it, a task with no lead.
    import unicodedata

    text = (
        "TT\tNội dung\tCơ quan chủ trì\tThời hạn (số ngày trước ngày bầu cử)\n"
        '1\tLập danh sách cử tri: "đợt 1"\tSở Nội vụ\t75 ngày\n'
        "2\tNiêm yết danh sách # tại xã\t\t40 ngày\n"
        "3\tTổng kết\tSở Nội vụ\tTrước ngày 30/6/2026\n"
    )
    (tmp_path / "kh.tsv").write_text(text, encoding="utf-8")
    title = unicodedata.normalize("NFD", "Bầu cử đại biểu Hội đồng nhân dân")
    out = tmp_path / "draft.yaml"
    done = kehoach(
        "import", tmp_path / "kh.tsv", "-o", out, "--title", title,
        "--issuer", "UBND tỉnh Ninh Bình", "--issued", "10/03/2026",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = out.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", title) in written and "issued: 2026-03-10" in written
    assert written.count("header: Thời hạn (số ngày trước ngày bầu cử)") == 2
    assert kehoach("fmt", "--check", out).returncode == 0

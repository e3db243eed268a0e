"""import26: `kehoach import` at a real office's scale and with the header a real table
prints, and `done` refusing a completion day the plan cannot have (a typo of years).
Each test runs the installed command as a clerk runs it (clerk of session 33, "Left for
next" 5)."""

from __future__ import annotations

from pathlib import Path

import yaml
from openpyxl import Workbook

from clirun import kehoach

ISSUER = ("--title", "Sắp xếp, tinh gọn bộ máy", "--issuer", "UBND tỉnh Ninh Bình")


def _draft(tmp_path: Path, source: Path, *options: str) -> tuple[list[dict[str, object]], str]:
    """The tasks of the draft `kehoach import` writes from `source`, and its stderr."""
    out = tmp_path / "draft.yaml"
    done = kehoach("import", source, "-o", out, *ISSUER, "--issued", "10/03/2026", *options)
    assert done.returncode == 0, done.stderr
    tasks: list[dict[str, object]] = yaml.safe_load(out.read_text(encoding="utf-8"))["tasks"]
    return tasks, done.stderr


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
    tasks, err = _draft(tmp_path, tmp_path / "kh.docx")
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
    tasks, err = _draft(tmp_path, tmp_path / "kh.xlsx")
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
    tasks, err = _draft(tmp_path, tmp_path / "kh.html")
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
    tasks, _ = _draft(tmp_path, tmp_path / "kh.tsv")
    assert _roles(tasks) == EXPECTED


def test_a_bodies_header_over_a_task_row_is_left_alone(tmp_path: Path) -> None:
    # The guard: the row under a one-row header is a task, never sub-headings.
    text = (
        "TT\tNội dung\tCơ quan thực hiện\tCơ quan phối hợp\tThời hạn\n"
        "1\tViệc một\tSở Nội vụ\tSở Tài chính\tQuý II/2026\n"
    )
    (tmp_path / "kh.tsv").write_text(text, encoding="utf-8")
    tasks, _ = _draft(tmp_path, tmp_path / "kh.tsv")
    assert _roles(tasks) == [("1", ["Sở Nội vụ"], ["Sở Tài chính"], "Quý II/2026")]

"""fresh25: a clerk of a Sở of Ninh Bình (merged in 2025) imports a real plan's table and
tries to break `kehoach`. Each test is what that clerk saw go wrong, run through the
installed command as the clerk runs it (plan: Kế hoạch 74/KH-UBND of UBND tỉnh Ninh Bình,
10/3/2026, on reorganising the apparatus; the Sở Nội vụ's tasks as the press gave them)."""

from __future__ import annotations

from pathlib import Path

import yaml
from openpyxl import Workbook

from clirun import kehoach
from kh74 import ISSUER, draft

HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"]


# --- a cell merged over several tasks' rows ---------------------------------------------

ROWS = [  # TT, Nội dung, Chủ trì (merged over the three rows), Thời gian (merged over 2 and 3)
    ["1", "Trình Đề án sắp xếp thôn, tổ dân phố", "Sở Nội vụ", "Tháng 4/2026"],
    ["2", "Rà soát, sắp xếp đơn vị sự nghiệp công lập", None, "Quý III/2026"],
    ["3", "Xây dựng vị trí việc làm", None, None],
]


def _leads_and_deadlines(tasks: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(t["lead"], t.get("deadline")) for t in tasks]


EXPECTED = [
    (["Sở Nội vụ"], "Tháng 4/2026"),
    (["Sở Nội vụ"], "Quý III/2026"),
    (["Sở Nội vụ"], "Quý III/2026"),
]


def test_excel_lead_merged_over_three_tasks_leads_each(tmp_path: Path) -> None:
    # Seen: tasks 2 and 3 imported as "Không nêu cơ quan chủ trì" and task 3 with an empty
    # deadline, while the same table in Word gave each its lead and deadline.
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    sheet.merge_cells("C2:C4")
    sheet.merge_cells("D3:D4")
    book.save(tmp_path / "kh74.xlsx")
    tasks, err = draft(tmp_path, tmp_path / "kh74.xlsx")
    assert _leads_and_deadlines(tasks) == EXPECTED
    assert "ô thời hạn trống" not in err


def test_html_rowspan_over_three_tasks_leads_each(tmp_path: Path) -> None:
    # The table copied from a provincial portal: rowspan, as Word's vertical merge.
    html = (
        "<table><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
        f"<tr><td>1</td><td>{ROWS[0][1]}</td><td rowspan='3'>Sở Nội vụ</td>"
        "<td>Tháng 4/2026</td></tr>"
        f"<tr><td>2</td><td>{ROWS[1][1]}</td><td rowspan='2'>Quý III/2026</td></tr>"
        f"<tr><td>3</td><td>{ROWS[2][1]}</td></tr></table>"
    )
    (tmp_path / "kh74.html").write_text(html, encoding="utf-8")
    tasks, err = draft(tmp_path, tmp_path / "kh74.html")
    assert _leads_and_deadlines(tasks) == EXPECTED
    assert "ô thời hạn trống" not in err


# --- a deadline header over "Bắt đầu" | "Hoàn thành" -------------------------------------

TOP = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện", ""]
SUB = ["", "", "", "Bắt đầu", "Hoàn thành"]
TWO = [
    ["1", "Trình Đề án sắp xếp thôn, tổ dân phố", "Sở Nội vụ", "Tháng 3/2026", "Tháng 6/2026"],
    ["2", "Xây dựng vị trí việc làm", "Sở Nội vụ", "Quý II/2026", "Quý IV/2026"],
]


def _two_row_docx(path: Path, repeat: bool) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("KẾ HOẠCH")
    rows = [TOP, SUB, TWO[0], *([TOP, SUB] if repeat else []), TWO[1]]
    table = document.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    for top in [0, 3] if repeat else [0]:
        for column in range(3):
            table.cell(top + 1, column).text = ""
            table.cell(top, column).merge(table.cell(top + 1, column))
        table.cell(top, 4).text = ""
        table.cell(top, 3).merge(table.cell(top, 4))
    document.save(str(path))


def test_word_deadline_is_the_end_column_under_a_two_row_header(tmp_path: Path) -> None:
    # Seen: "Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành" gave every task its start
    # ("Tháng 3/2026") as the deadline, the end only named as a skipped column: a wrong
    # day three months early. The header printed again on the next page is no task.
    _two_row_docx(tmp_path / "kh74.docx", repeat=True)
    tasks, err = draft(tmp_path, tmp_path / "kh74.docx")
    assert [(t["id"], t["deadline"]) for t in tasks] == [
        ("1", "Tháng 6/2026"),
        ("2", "Quý IV/2026"),
    ]
    assert "cột “Bắt đầu”" in err and "'Tháng 3/2026'" in err


def test_excel_deadline_is_the_end_column_under_a_two_row_header(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [TOP, SUB, *TWO]:
        sheet.append([cell or None for cell in row])
    for merged in ["A1:A2", "B1:B2", "C1:C2", "D1:E1"]:
        sheet.merge_cells(merged)
    book.save(tmp_path / "kh74.xlsx")
    tasks, _ = draft(tmp_path, tmp_path / "kh74.xlsx")
    assert [t["deadline"] for t in tasks] == ["Tháng 6/2026", "Quý IV/2026"]


def test_a_header_over_two_dates_that_are_not_start_and_end_is_left_alone(
    tmp_path: Path,
) -> None:
    # The guard: a row under the header that names no start and end (here the first
    # task's own cells) never moves the deadline column.
    text = "TT\tNội dung\tCơ quan chủ trì\tThời hạn\tSản phẩm\n1\tViệc một\tSở Nội vụ\tQuý II/2026\tBáo cáo\n"
    (tmp_path / "kh74.tsv").write_text(text, encoding="utf-8")
    tasks, _ = draft(tmp_path, tmp_path / "kh74.tsv")
    assert [(t["deadline"], t["deliverable"]) for t in tasks] == [("Quý II/2026", "Báo cáo")]


# --- the registry entry `import` offers for a collective --------------------------------


def test_import_offers_a_collective_as_a_group_and_status_counts_it_so(tmp_path: Path) -> None:
    # Seen: import offered "- id: cac-so-ban-nganh / name: …" with no `kind: group`
    # (validate offers it with one); pasted as offered, "Các sở, ban, ngành" was counted
    # in `status` as one body among the Sở.
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Ninh Bình\nagencies: []\n", encoding="utf-8"
    )
    text = "TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tRà soát đơn vị\tCác sở, ban, ngành\tQuý II/2026\n"
    (tmp_path / "bang.tsv").write_text(text, encoding="utf-8")
    done = kehoach(
        "import", "bang.tsv", "-o", "plans/kh-74-2026.yaml", *ISSUER, "--id", "kh-74-2026",
        "--issued", "10/03/2026", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    offered = done.stderr.split("mục mẫu để dán vào agencies.yaml:\n", 1)[1]
    assert "kind: group" in offered
    registry = "schema: 1\njurisdiction: Ninh Bình\nagencies:\n" + offered
    (plans / "agencies.yaml").write_text(registry, encoding="utf-8")
    assert kehoach("validate", cwd=tmp_path).returncode == 0
    status = kehoach("status", "--as-of", "01/12/2026", "--format", "json", cwd=tmp_path)
    rows = yaml.safe_load(status.stdout)["summary"]["agencies"]
    assert [(r["agency"], r["kind"]) for r in rows] == [("Các sở, ban, ngành", "group")]


# --- `--json` typed for `--format json` ---------------------------------------------------


def test_json_typed_as_an_option_suggests_format_json(tmp_path: Path) -> None:
    # Seen: "Không có tùy chọn --json (có phải: --as-of, --soon?)": click's spelling match
    # offered two options nobody meant; the clerk wanted the JSON report.
    for command, name in [("status", "json"), ("timeline", "svg"), ("validate", "json")]:
        done = kehoach(command, f"--{name}", cwd=tmp_path)
        assert done.returncode == 2
        assert f"(có phải: --format {name}?)" in done.stderr, done.stderr
    english = kehoach("status", "--lang", "en", "--csv", cwd=tmp_path)
    assert "(Possible options: --format csv)" in english.stderr


# --- the body that took over a merged province's work, typed with `--agency` -------------

NAM_DINH_PLAN = """\
schema: 1
id: kh-12-2024
number: 12/KH-UBND
kind: Kế hoạch
title: Kế hoạch cải cách hành chính năm 2024
issuer: UBND tỉnh Nam Định
jurisdiction: Nam Định
issued: 15/01/2024
source: {document: kh-12-2024.pdf, complete: false}
tasks:
  - id: "1"
    title: Báo cáo cải cách hành chính
    lead: [Sở Nội vụ]
    deadline: Trước ngày 15 tháng 12 hằng năm
"""


def test_agency_of_the_province_that_took_over_selects_the_former_ones_work(
    tmp_path: Path,
) -> None:
    # Seen: a repository of Nam Định's plans (merged into Ninh Bình from 01/7/2025):
    # `status` counts the task under "Sở Nội vụ tỉnh Ninh Bình (tiếp nhận việc của: Sở Nội
    # vụ tỉnh Nam Định)", but `--agency "so noi vu ninh binh"` was refused ("không có cơ
    # quan …; có phải: Sở Nội vụ tỉnh Nam Định?"), exit 2: the clerk of the body that
    # took the work over could not ask for it by its own name.
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Ninh Bình\nagencies: []\n", encoding="utf-8"
    )
    (plans / "kh-12-2024.yaml").write_text(NAM_DINH_PLAN, encoding="utf-8")
    summary = kehoach("status", "--as-of", "01/12/2026", "--format", "json", cwd=tmp_path)
    rows = yaml.safe_load(summary.stdout)["summary"]["agencies"]
    assert [r["agency"] for r in rows] == ["Sở Nội vụ tỉnh Ninh Bình"]
    for typed in ["so noi vu ninh binh", "Sở Nội vụ tỉnh Ninh Bình"]:
        done = kehoach(
            "status", "--as-of", "01/12/2026", "--agency", typed, "--format", "json",
            cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        items = yaml.safe_load(done.stdout)["items"]
        assert {(i["plan_id"], i["task_id"]) for i in items} == {("kh-12-2024", "1")}

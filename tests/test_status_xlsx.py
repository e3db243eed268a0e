"""`kehoach status --format xlsx`: a workbook read back with openpyxl, as Excel would."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl

from kehoach.render.status import RenderOptions
from kehoach.render.status_xlsx import as_xlsx
from kehoach.reports.status import Bin, Report

ROOT = Path(__file__).resolve().parent.parent
KEHOACH = Path(sys.executable).parent / "kehoach"


def workbook(report: Report, lang: str = "vi") -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(as_xlsx(report, RenderOptions(lang=lang))))


def test_deadlines_sheet_has_vietnamese_headers_real_dates_and_a_frozen_header(
    status_report: Report,
) -> None:
    sheet = workbook(status_report)["Thời hạn"]
    assert sheet["A1"].value == "Tình hình thực hiện tại ngày 01/07/2022"
    assert [c.value for c in sheet[3]][:4] == ["Kế hoạch", "Số hiệu", "TT", "Nhiệm vụ"]
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref.startswith("A3:")
    rows = list(sheet.iter_rows(min_row=4))
    assert len(rows) == len(status_report.items)
    due = [r[7] for r in rows if r[7].value is not None]
    assert due and all(isinstance(c.value, datetime) for c in due)
    assert {c.number_format for c in due} == {"dd/mm/yyyy"}
    bins = {r[8].value for r in rows}
    assert "Quá hạn" in bins and "overdue" not in bins
    widths = [sheet.column_dimensions[c].width for c in "ABCDEFGHIJK"]
    assert all(4 <= w <= 62 for w in widths)


def test_summary_sheet_counts_as_numbers_with_the_total(status_report: Report) -> None:
    sheet = workbook(status_report)["Tổng hợp"]
    header = [c.value for c in sheet[3]]
    assert header[0] == "Cơ quan chủ trì" and "Quá hạn" in header
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[0] == "Tổng cộng"
    overdue = header.index("Quá hạn")
    assert last[overdue] == status_report.total.counts[Bin.OVERDUE] > 0
    assert all(isinstance(v, int) for v in last[1:-1])


def test_english_workbook(status_report: Report) -> None:
    book = workbook(status_report, "en")
    assert book.sheetnames == ["Deadlines", "Summary"]
    assert book["Deadlines"]["A1"].value == "Progress as of 01/07/2022"


def test_same_report_same_bytes(status_report: Report) -> None:
    options = RenderOptions()
    assert as_xlsx(status_report, options) == as_xlsx(status_report, options)


def test_a_cell_starting_with_equals_is_text_never_a_formula(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "p.yaml").write_text(
        "schema: 1\nid: p\ntitle: T\nissuer: UBND\nissued: 2022-01-01\n"
        "source: {document: x, complete: true}\n"
        'tasks:\n  - id: "1"\n    title: "=HYPERLINK(\\"http://x\\",\\"y\\")"\n'
        "    lead: [Sở Tài chính]\n    deadline: Trước ngày 30/6/2022\n",
        encoding="utf-8",
    )
    (plans / "agencies.yaml").write_text(
        "schema: 1\nagencies:\n  - id: stc\n    name: Sở Tài chính\n", encoding="utf-8"
    )
    out = tmp_path / "st.xlsx"
    done = subprocess.run(
        [str(KEHOACH), "status", str(plans), "--as-of", "01/07/2022", "-f", "xlsx", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    cell = openpyxl.load_workbook(out)["Thời hạn"]["D4"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_a_workbook_is_never_printed_to_a_terminal() -> None:
    script = (
        "import pty, os, sys\n"
        f"pid, fd = pty.fork()\n"
        f"if pid == 0: os.execv({str(KEHOACH)!r}, [{str(KEHOACH)!r}, 'status', 'plans', '-f', 'xlsx'])\n"
        "out = b''\n"
        "while True:\n"
        "    try: data = os.read(fd, 4096)\n"
        "    except OSError: break\n"
        "    if not data: break\n"
        "    out += data\n"
        "_, status = os.waitpid(pid, 0)\n"
        "sys.stdout.write(str(os.waitstatus_to_exitcode(status)) + '|' + out.decode('utf-8', 'replace'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    code, _, printed = done.stdout.partition("|")
    assert code == "2"
    assert "-o TỆP.xlsx" in printed and "PK" not in printed

"""`kehoach import --standing` (rules35): a law's or a reporting regime's table prints its
days without a year ("Trước ngày 15 tháng 11", Luật Ngân sách nhà nước 2015, Điều 19;
"trước ngày 10 tháng 01 của năm sau", Thông tư 07/2016/TT-BLĐTBXH) and means every year.
Without the option the draft reads them in the issue year (a one-off plan's reading) and
"năm sau" is asked about; with it the draft says `standing: true` and reads them as
`validate` then reads the file: every year's, no phrase left unread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from clirun import CLERK, kehoach

ROWS = [
    ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
    ["1", "Quyết định dự toán ngân sách nhà nước", "Bộ Tài chính", "Trước ngày 15 tháng 11"],
    [
        "2",
        "Báo cáo công tác an toàn, vệ sinh lao động",
        "Bộ Tài chính",
        "Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau",
    ],
    [
        "3",
        "Đánh giá, chấm điểm theo quý",
        "Bộ Tài chính",
        "Trước ngày 05/4, 05/7, 05/10, 05/11",
    ],
]
FACTS = ("--title", "Chế độ báo cáo", "--issuer", "Bộ Tài chính", "--issued", "15/05/2016")
REGISTRY = "schema: 1\njurisdiction: Trung ương\nagencies: []\n"


def _word(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Phụ lục: thời hạn báo cáo")
    table = document.add_table(rows=0, cols=len(ROWS[0]))
    for printed in ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, printed, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def _excel(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for printed in ROWS:
        sheet.append(printed)
    book.save(path)
    return path


def _office(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    return plans


@pytest.mark.parametrize(("make", "name"), [(_word, "bang.docx"), (_excel, "bang.xlsx")])
def test_a_standing_rules_table_imports_as_every_years(
    tmp_path: Path, make: Callable[[Path], Path], name: str
) -> None:
    """A real Word table and a real Excel sheet, built here: every phrase reads, the draft
    validates, and status owes the budget decision again in November 2027."""
    plans = _office(tmp_path)
    source = make(tmp_path / name)
    out = plans / "tt-07-2016.yaml"
    done = kehoach(
        "import", str(source), "-o", str(out), *FACTS, "--standing", cwd=tmp_path, env=CLERK
    )
    assert done.returncode == 0, done.stderr
    assert "0 thời hạn chưa đọc được" in done.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert draft["standing"] is True
    checked = kehoach("validate", cwd=tmp_path, env=CLERK)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    status = kehoach("status", "--as-of", "03/12/2026", "-f", "json", cwd=tmp_path, env=CLERK)
    assert status.returncode == 0, status.stderr
    assert "2027-11-" in status.stdout  # 15/11 owed again in 2027, not 15/11/2016 alone


def test_without_the_option_the_days_are_the_issue_years(tmp_path: Path) -> None:
    """The same table as a one-off plan: 15/11/2016, and "năm sau" asked about."""
    plans = _office(tmp_path)
    out = plans / "kh.yaml"
    done = kehoach(
        "import",
        str(_word(tmp_path / "bang.docx")),
        "-o",
        str(out),
        *FACTS,
        cwd=tmp_path,
        env=CLERK,
    )
    assert done.returncode == 0, done.stderr
    assert "standing" not in out.read_text(encoding="utf-8")
    assert "năm sau" in done.stderr and "0 thời hạn chưa đọc được" not in done.stderr


def test_the_option_is_in_the_help() -> None:
    done = kehoach("import", "--help", env={**CLERK, "COLUMNS": "200"})
    assert "--standing" in done.stdout

"""What the `fresh22` helper's clerk (Văn phòng UBND tỉnh, never having seen kehoach,
2026-12-03) met over a month with one real document: Phụ lục 1 and 2 of Kế hoạch
348/KH-UBND (`/work/shared/seeds/kh-348-2022-tong-ket-nq26.txt`) made into a Word file,
imported, the names it left pasted into agencies.yaml as the import offered them, then a
report over that plan and a neighbouring province's. Each test is a step and the answer the
clerk should have had; each runs the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx

from clirun import CLERK, kehoach

ROOT = Path(__file__).parents[1]
BUNDLED = ROOT / "plans"
SON_LA = Path(__file__).parent / "fixtures" / "fresh17" / "son-la-kh-02-bcd-2026.yaml"


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK, stdin=stdin)


# --- 1. the registry entries import offers to paste are one per body ---------------------

# Rows 7 and 9 of Phụ lục 1 as the seed prints them: one "Phân công" cell holds two bullets
# run together, once with the first bullet closed by "." and once without.
TABLE = (
    "TT\tNội dung/hoạt động\tThời hạn hoàn thành\tPhân công thực hiện\n"
    "7.\tTổng hợp báo cáo từ các ngành, đơn vị\tTrước ngày 31/7/2022\t"
    "- Thường trực Ban Chỉ đạo tỉnh. - Tổ Biên tập của tỉnh\n"
    "9.\tHọp Ban chỉ đạo tỉnh lần thứ 2\tTrước 15/8/2022\t"
    "- Thường trực Ban Chỉ đạo tỉnh - Tổ Biên tập của tỉnh\n"
    "4.\tPhối hợp cung cấp thông tin\tTháng 6,7,8/2022\t"
    "Các sở, ngành, địa phương theo chức năng, nhiệm vụ, địa bàn phối hợp cung cấp thông tin\n"
)


def _offered_entries(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    start = lines.index("mục mẫu để dán vào agencies.yaml:") + 1
    return [line for line in lines[start:] if line.startswith("  ")]


def test_pasting_the_offered_registry_entries_gives_a_clean_registry(tmp_path: Path) -> None:
    """The two spellings of rows 7 and 9 were offered as two entries with one id: pasted as
    told, `validate` gave 5 errors (duplicate-agency-id twice, ambiguous-agency-name, and
    "không có cơ quan X; có phải: X?" for both tasks). And the id of a long name, cut at 80
    characters, ended with "-"."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text("schema: 1\njurisdiction: Nghệ An\nagencies: []\n")
    done = run(
        "import", "-", "-o", "plans/kh-348-2022.yaml", "--title", "Tổng kết NQ 26",
        "--issuer", "UBND tỉnh Nghệ An", "--number", "348/KH-UBND", "--issued", "02/6/2022",
        cwd=tmp_path, stdin=TABLE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entries = _offered_entries(done.stderr)
    ids = [line.split("id: ")[1] for line in entries if line.startswith("  - id: ")]
    assert len(ids) == len(set(ids)) == 2
    assert not any(i.endswith("-") for i in ids)
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Nghệ An\nagencies:\n" + "\n".join(entries) + "\n",
        encoding="utf-8",
    )
    checked = run("validate", cwd=tmp_path)
    assert "[duplicate-agency-id]" not in checked.stdout
    assert "[ambiguous-agency-name]" not in checked.stdout
    assert "[unknown-agency]" not in checked.stdout
    assert checked.returncode == 0, checked.stdout


# --- 2. a report over several provinces names each body's province everywhere -----------

# A plan of Nghệ An whose rows name the bundled registry's "Ban Tôn giáo (Sở Nội vụ)" (KH 348,
# Phụ lục 2, row 2) and no lead at all.
NGHE_AN = """\
schema: 1
id: kh-9-2026
number: 9/KH-UBND
kind: Kế hoạch
title: Thử
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 2026-01-05
source: {document: x, complete: false}
tasks:
  - id: "1"
    title: Tham luận về dân tộc, tôn giáo
    lead: [Ban Tôn giáo]
    deadline: "trước ngày 30/6/2026"
  - id: "2"
    title: Việc văn bản không giao ai
    lead: [Không nêu cơ quan chủ trì]
    deadline: "trước ngày 30/6/2026"
"""


def office(tmp_path: Path) -> Path:
    """The bundled plans and one more of Nghệ An, beside a Sơn La plan of no stated lead."""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans, ignore=shutil.ignore_patterns("sources"))
    shutil.copy(SON_LA, plans / SON_LA.name)
    (plans / "kh-9-2026.yaml").write_text(NGHE_AN, encoding="utf-8")
    return tmp_path


def _status(tmp_path: Path) -> dict[str, object]:
    root = office(tmp_path)
    assert run("validate", cwd=root).returncode == 0
    done = run("status", "--as-of", "01/12/2026", "--format", "json", cwd=root)
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout)
    return report


def _rows(report: dict[str, object]) -> list[str]:
    summary = report["summary"]
    assert isinstance(summary, dict)
    return [row["agency"] for row in summary["agencies"]]


def _leads(report: dict[str, object], plan: str, task: str) -> list[str]:
    items = report["items"]
    assert isinstance(items, list)
    return next(i["lead"] for i in items if i["plan_id"] == plan and i["task_id"] == task)


def test_the_task_listing_names_the_leads_province_as_the_summary_does(tmp_path: Path) -> None:
    """The summary's row said "Sở Tài chính tỉnh Nghệ An", the task's "Chủ trì" (and JSON
    `lead`) the plain "Sở Tài chính": beside Sơn La's rows, whose it was could not be told."""
    report = _status(tmp_path)
    assert _leads(report, "kh-22-2026", "III.1.1.b") == ["Sở Tài chính tỉnh Nghệ An"]
    assert "Sở Tài chính tỉnh Nghệ An" in _rows(report)


def test_a_name_with_an_aside_gets_its_province_before_the_aside(tmp_path: Path) -> None:
    """ "Ban Tôn giáo (Sở Nội vụ) tỉnh Nghệ An" read as the Sở Nội vụ of the province."""
    report = _status(tmp_path)
    assert "Ban Tôn giáo tỉnh Nghệ An (Sở Nội vụ)" in _rows(report)
    assert _leads(report, "kh-9-2026", "1") == ["Ban Tôn giáo tỉnh Nghệ An (Sở Nội vụ)"]


def test_tasks_of_no_lead_are_one_row_per_province(tmp_path: Path) -> None:
    """Nghệ An's and Sơn La's tasks of no stated lead were one row, "Chưa giao cơ quan chủ
    trì": whose leadership had work to assign could not be read from it."""
    report = _status(tmp_path)
    rows = _rows(report)
    assert "Chưa giao cơ quan chủ trì — tỉnh Nghệ An" in rows
    assert "Chưa giao cơ quan chủ trì — tỉnh Sơn La" in rows
    assert "Chưa giao cơ quan chủ trì" not in rows
    assert _leads(report, "son-la-kh-02-bcd-2026", "1") == [
        "Chưa giao cơ quan chủ trì — tỉnh Sơn La"
    ]
    wide = {**CLERK, "COLUMNS": "200"}
    text = kehoach("status", "--as-of", "01/12/2026", cwd=tmp_path, env=wide).stdout
    assert "Chưa giao cơ quan chủ trì — tỉnh Sơn La" in text


def test_one_provinces_report_keeps_the_plain_names(tmp_path: Path) -> None:
    """Nghệ An alone: no row, lead or silence says the province every row shares."""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans, ignore=shutil.ignore_patterns("sources"))
    (plans / "kh-9-2026.yaml").write_text(NGHE_AN, encoding="utf-8")
    done = run("status", "--as-of", "01/12/2026", "--format", "json", cwd=tmp_path)
    report = json.loads(done.stdout)
    assert _leads(report, "kh-22-2026", "III.1.1.b") == ["Sở Tài chính"]
    assert _leads(report, "kh-9-2026", "1") == ["Ban Tôn giáo (Sở Nội vụ)"]
    assert "Chưa giao cơ quan chủ trì" in _rows(report)


# --- 3. a level that qualifies a name is not a lead -------------------------------------

# Row 1 of Phụ lục 1 as printed: the level "cấp tỉnh" closes the name "các sở, ban, ngành
# cấp tỉnh"; the national registry lists the level alone ("Cấp tỉnh", Luật 72/2025/QH15).
ROW_1 = (
    "TT\tNội dung/hoạt động\tThời hạn hoàn thành\tPhân công thực hiện\n"
    "1.\tXây dựng báo cáo và tổ chức tổng kết ở đơn vị mình.\tTrước ngày 23/6/2022\t"
    "Tập thể lãnh đạo các sở, ban, ngành cấp tỉnh; UBND các huyện, thành phố, thị xã chỉ đạo"
    " tổng kết\n"
    "2.\tBáo cáo\tTrước ngày 30/6/2022\tUBND cấp xã phối hợp Cấp tỉnh\n"
)


def test_a_level_closing_a_longer_name_is_not_read_as_the_lead(tmp_path: Path) -> None:
    """Imported outside any repository, row 1's lead was "Cấp tỉnh": a level, named by the
    last two words of "các sở, ban, ngành cấp tỉnh", charged with the task as a body."""
    done = run(
        "import", "-", "--title", "Tổng kết NQ 26", "--issuer", "UBND tỉnh Nghệ An",
        cwd=tmp_path, stdin=ROW_1,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.split('  - id: "2"')
    assert "Cấp tỉnh" not in first.split("assignment:")[0]
    # a level written as a name of its own is still read: row 2 (invented) names two
    assert "lead:\n      - UBND cấp xã" in second
    assert "support:\n      - Cấp tỉnh" in second


def test_a_row_with_an_empty_deadline_cell_is_named_by_import(tmp_path: Path) -> None:
    """A row whose "Thời hạn" cell is empty (an xlsx of Phụ lục 1 with a row not yet filled
    in) was imported with no deadline and "0 thời hạn chưa đọc được": the clerk learnt of it
    from validate's deadline-missing error only."""
    table = (
        "TT\tNội dung/hoạt động\tThời hạn hoàn thành\tPhân công thực hiện\n"
        "1.\tHọp Ban Chỉ đạo tỉnh lần thứ nhất\tTrước ngày 30/6/2022\tVăn phòng Tỉnh ủy\n"
        "2.\tViệc thứ hai\t\tVăn phòng Tỉnh ủy\n"
    )
    done = run(
        "import", "-", "--title", "Thử", "--issuer", "UBND tỉnh Nghệ An",
        cwd=tmp_path, stdin=table,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "nhiệm vụ 2: ô thời hạn trống" in done.stderr
    assert "nhiệm vụ 1:" not in done.stderr


def test_text_in_a_column_no_header_names_is_said_not_dropped(tmp_path: Path) -> None:
    """A Word table whose "Nội dung" header spans two columns (the second holding "(chi
    tiết)" beside row 1's title) was imported with the title "Việc một" and nothing said:
    the second column's text was in no field, and "every cell verbatim" lost it."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=5)
    rows = [
        ["TT", "Nội dung", "", "Thời hạn", "Chủ trì"],
        ["1.", "Việc một", "(chi tiết)", "Trước ngày 30/6/2022", "Sở Tài chính"],
        ["2.", "Việc hai", "", "Trước ngày 15/7/2022", "Sở Nội vụ"],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Nội dung"
    document.save(str(tmp_path / "kh.docx"))
    done = run("import", "kh.docx", "--title", "Thử", "--issuer", "UBND tỉnh Nghệ An", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 ô có chữ không được nhập, đầu tiên ở dòng 2, cột 3: '(chi tiết)'" in done.stderr

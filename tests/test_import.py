"""`kehoach import`: a plan's table (Word, Excel, pasted) to a plan file draft; `kehoach new`."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clirun import kehoach
from kehoach.cli import app
from kehoach.plan.loader import Blob, load_blobs
from kehoach.plan.settings import Settings
from kehoach.review.diff import Snapshot, compare
from kehoach.review.importer import read_draft, split_names
from kehoach.review.tables import read_document
from kh348_tables import appendix, write_docx

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
REGISTRY = PLANS / "agencies.yaml"


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str, stdin: str | None = None) -> Done:
    """The command in-process, from plans/ (where the registry is found)."""
    here = Path.cwd()
    os.chdir(PLANS)
    try:
        result = CliRunner().invoke(app, list(args), input=stdin)
    finally:
        os.chdir(here)
    return Done(result.exit_code, result.stdout, result.stderr)


def installed(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as installed, run as a clerk runs it."""
    return kehoach(*args, cwd=PLANS)


def directory():  # type: ignore[no-untyped-def]
    return load_blobs([], Blob(REGISTRY, "agencies.yaml", REGISTRY.read_bytes())).directory


def imported(tmp_path: Path, source: Path, *options: str) -> Path:
    out = tmp_path / "draft.yaml"
    done = installed("import", str(source), "-o", str(out), *options)
    assert done.returncode == 0, done.stderr
    return out


def changes_against_bundled(draft: Path) -> dict[str, object]:
    """The semantic diff (`kehoach diff`'s own comparison) from the bundled KH 348 to the
    draft: what the clerk still has to do by hand."""
    registry = Blob(REGISTRY, "agencies.yaml", REGISTRY.read_bytes())
    bundled = PLANS / "kh-348-2022.yaml"
    old = load_blobs([Blob(bundled, "bundled", bundled.read_bytes())], registry)
    new = load_blobs([Blob(bundled, "draft", draft.read_bytes())], registry)
    assert not new.findings, new.findings
    comparison = compare(
        Snapshot("bundled", old, frozenset({bundled})),
        Snapshot("draft", new, frozenset({bundled})),
        Settings(),
    )
    (plan,) = comparison.plans
    return {"fields": set(plan.fields), "tasks": {t.task_id: t for t in plan.tasks}}


# --- KH 348's own tables ------------------------------------------------------------------


def test_kh348_word_tables_import_to_the_bundled_tasks(tmp_path: Path) -> None:
    """Phụ lục 1 and 2 as a messy Word file give the bundled plan's tasks: same ids,
    titles, phrases, sections and agencies, except what only a reader of the body text can
    settle (Phụ lục 2 belongs under task 3; III.3.c is not in a table)."""
    out = imported(tmp_path, write_docx(tmp_path / "kh348.docx"), "--issuer", "UBND tỉnh Nghệ An")
    diff = changes_against_bundled(out)
    # The body's facts the tables do not carry; the id, number, date, kind and title match.
    assert diff["fields"] <= {
        "signer", "implements", "reporting_period", "source", "notes", "jurisdiction"
    }  # fmt: skip
    tasks = diff["tasks"]
    assert isinstance(tasks, dict)
    assert {t for t, c in tasks.items() if c.kind == "removed"} == {"III.3.c"}
    renumbered = {c.old_id: t for t, c in tasks.items() if c.old_id}
    assert renumbered == {f"3.{n}": f"PL2.{n}" for n in range(1, 6)}
    # The bundled tasks carry the transcriber's notes from the body text: no table has them.
    assert all(tasks[t].fields == ("part_of", "notes") for t in renumbered.values())
    # Task 3's column says "Phân công chi tiết tại phụ lục 2": its leads are the clerk's call.
    assert [(r.role, r.removed) for r in tasks["3"].reassignments] == [
        ("lead", ("Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ"))
    ]
    for task in {str(n) for n in range(1, 16)} - {"3"}:
        change = tasks.get(task)
        assert change is None or (change.fields in {(), ("notes",)} and not change.reassignments)
        assert change is None or not (change.moves or change.status or change.old_id)


def test_the_draft_is_canonical_and_reads_the_header(tmp_path: Path) -> None:
    out = imported(tmp_path, write_docx(tmp_path / "kh348.docx"), "--issuer", "UBND tỉnh Nghệ An")
    text = out.read_text(encoding="utf-8")
    assert installed("fmt", "--check", str(out)).returncode == 0
    assert "id: kh-348-2022\nnumber: 348/KH-UBND\nkind: Kế hoạch\n" in text
    assert (
        "issued: 2022-06-02" in text
    )  # from "(Kèm theo Kế hoạch số 348 /KH-UBND ngày 02/6/2022…)"
    assert (
        '- phrase: "Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập trước ngày 15/7/2022"'
        in text
    )
    assert 'deadline: "Trước ngày 31/7/2022"' in text  # task 7, broken across the page


def test_a_tab_separated_paste_of_the_table_gives_the_same_tasks(tmp_path: Path) -> None:
    _, rows = appendix(1)
    pasted = "\n".join("\t".join(r) for r in rows) + "\n"
    done = run("import", "-", "--title", "Tổng kết", "--issuer", "UBND tỉnh Nghệ An", stdin=pasted)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("  - id: ") == 15
    assert (
        "đã nhập 15 nhiệm vụ; 0 thời hạn chưa đọc được; 0 cơ quan chưa có trong danh mục; "
        "1 nhiệm vụ chưa nêu cơ quan chủ trì"  # task 3: "Phân công chi tiết tại phụ lục 2"
    ) in done.stderr
    bundled = (PLANS / "kh-348-2022.yaml").read_text(encoding="utf-8")
    for phrase in ("Tháng tháng 7, 8/2022", "Trước 10/8/2022", "Trong tháng 10, 11/2022"):
        assert f'"{phrase}"' in done.stdout and f'"{phrase}"' in bundled


# --- other layouts --------------------------------------------------------------------------

HTML = """<p>Phụ lục 2: PHÂN CÔNG</p>
<table><tr><th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th>
<th>Thời gian hoàn thành</th></tr>
<tr><td colspan="5">I. Xây dựng báo cáo</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">Báo cáo tham luận</td><td rowspan="2">Sở Tài chính</td>
<td>Sở Nội vụ, Sở Tư pháp</td><td>Trước ngày 31/7/2022</td></tr>
<tr><td></td><td>Trước ngày 15/8/2022</td></tr>
<tr><td>2</td><td>Tổng hợp &amp; gửi</td><td>Sở Nội vụ<br>Sở Tư pháp</td><td></td>
<td>Theo quy định</td></tr></table>"""


def test_a_pasted_html_table_with_spans_sections_and_an_empty_cell() -> None:
    draft = read_draft(read_document(HTML.encode(), "-"), directory(), None)
    first, second = draft.rows
    assert (first.id, first.section) == ("1", "Phụ lục 2, I. Xây dựng báo cáo, TT 1")
    assert first.phrases == ["Trước ngày 31/7/2022", "Trước ngày 15/8/2022"]
    assert (first.lead, first.support) == (["Sở Tài chính"], ["Sở Nội vụ", "Sở Tư pháp"])
    assert (second.title, second.lead, second.support) == (
        "Tổng hợp & gửi",
        ["Sở Nội vụ", "Sở Tư pháp"],
        [],
    )
    assert draft.unread == [("2", "Theo quy định", draft.unread[0][2])]  # kept verbatim, said


def test_a_row_naming_no_lead_says_so_in_the_registry_words() -> None:
    text = "TT\tNội dung\tChủ trì\tThời hạn\n1\tBầu cử bổ sung\t\tQuý III/2022\n"
    draft = read_draft(read_document(text.encode(), "bang.tsv"), directory(), None)
    assert draft.rows[0].lead == ["Không nêu cơ quan chủ trì"]
    assert draft.unknown == {}


def test_a_markdown_table() -> None:
    text = (
        "| STT | Nhiệm vụ | Chủ trì | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Rà soát | Sở Tư pháp | Quý III/2022 |\n"
    )
    (row,) = read_draft(read_document(text.encode(), "paste.md"), directory(), None).rows
    assert (row.id, row.title, row.lead, row.phrases) == (
        "1",
        "Rà soát",
        ["Sở Tư pháp"],
        ["Quý III/2022"],
    )


def test_an_excel_sheet_with_merged_cells_and_dates(tmp_path: Path) -> None:
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    sheet.append(["1", "Báo cáo", "Sở Tài chính", datetime.datetime(2022, 7, 31)])
    sheet.append([None, None, None, "Trước ngày 15/8/2022"])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    path = tmp_path / "bang.xlsx"
    book.save(path)
    (row,) = read_draft(read_document(path.read_bytes(), path.name), directory(), None).rows
    assert row.phrases == ["31/07/2022", "Trước ngày 15/8/2022"]  # a date cell as dd/mm/yyyy


def test_a_formula_saved_without_its_result_is_refused_not_read_as_empty(
    tmp_path: Path,
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Phụ lục"
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    sheet.append(["1", "Báo cáo", "Sở Tài chính", "Trước ngày 15/8/2022"])
    sheet.append(["2", "Tổng kết", "Sở Tài chính", '=CONCATENATE("Trước ngày ","30/9/2022")'])
    path = tmp_path / "bang.xlsx"
    book.save(path)  # openpyxl saves formulas without results, as scripts do
    done = run("import", str(path), "--title", "T", "--issuer", "UBND tỉnh Nghệ An")
    assert done.returncode == 2, done.stderr
    assert "ô Phụ lục!D3 là công thức chưa lưu kết quả" in done.stderr
    assert "lưu lại rồi nhập lại" in done.stderr
    assert not list(tmp_path.glob("*.yaml"))


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("UBND các huyện, thành phố, thị xã", ["UBND các huyện, thành phố, thị xã"]),
        ("Sở Tài chính, Sở Nội vụ và Sở Tư pháp", ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"]),
        ("Sở Tài chính; các sở, ngành", ["Sở Tài chính", "Các sở, ngành"]),
        ("- Sở Tài chính\n- Văn phòng Tỉnh ủy", ["Sở Tài chính", "Văn phòng Tỉnh ủy"]),
        ("Sở Y tế, Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),  # an unknown name kept whole
        ("Hội Nông dân, Hội Phụ nữ", ["Hội Nông dân, Hội Phụ nữ"]),  # no registry name: not split
    ],
)
def test_agency_cells_split_where_a_registry_name_allows(cell: str, names: list[str]) -> None:
    assert split_names(cell, directory()) == names


# --- what a clerk is told ---------------------------------------------------------------------


def test_the_summary_lists_what_is_left_with_ready_registry_entries(tmp_path: Path) -> None:
    source = tmp_path / "bang.html"
    source.write_text(HTML.replace("Sở Tư pháp</td><td>Trước", "Hội Luật gia</td><td>Trước"))
    done = run("import", str(source), "--title", "T", "--issuer", "UBND tỉnh Nghệ An")
    assert done.returncode == 0, done.stderr
    assert (
        "đã nhập 2 nhiệm vụ; 1 thời hạn chưa đọc được; 1 cơ quan chưa có trong danh mục"
        in done.stderr
    )
    assert "nhiệm vụ 2: thời hạn 'Theo quy định'" in done.stderr
    assert '  - id: hoi-luat-gia\n    name: "Hội Luật gia"' in done.stderr


def test_an_eth_for_d_in_a_converted_copy_names_the_registrys_agency(tmp_path: Path) -> None:
    """The agency "Sở KH&ÐT" with U+00D0 (an old encoding's Đ, fresh37) was an unknown agency whose
    suggested id dropped the letter ("so-kh-t")."""
    source = tmp_path / "bang.tsv"
    source.write_text("TT\tNội dung\tChủ trì\tThời hạn\n1\tViệc A\tSở KH&\u00d0T\tQuý III/2022\n")
    done = run("import", str(source), "--title", "T", "--issuer", "UBND tỉnh Nghệ An")
    assert done.returncode == 0, done.stderr
    assert "0 cơ quan chưa có trong danh mục" in done.stderr


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "kh.yaml"
    out.write_text("# của người khác\n")
    source = tmp_path / "bang.html"
    source.write_text(HTML)
    refused = run("import", str(source), "-o", str(out), "--title", "T", "--issuer", "X")
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert out.read_text() == "# của người khác\n"
    assert (
        run(
            "import", str(source), "-o", str(out), "--title", "T", "--issuer", "X", "--force"
        ).returncode
        == 0
    )
    assert "tasks:" in out.read_text()


def test_missing_title_and_issuer_are_asked_for_in_one_line(tmp_path: Path) -> None:
    source = tmp_path / "bang.html"
    source.write_text(HTML)
    done = run("import", str(source))
    assert done.returncode == 2
    assert done.stderr.strip().endswith('hãy thêm --title "…" --issuer "…"')
    assert done.stdout == ""


def _docx_without_tables(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("kh.docx", _docx_without_tables, "tài liệu không có bảng nào"),
        ("kh.docx", lambda p: p.write_bytes(b"PK\x03\x04 broken") or p, "tệp .docx hỏng"),
        (
            "kh.docx",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)) or p,
            "đặt mật khẩu",
        ),
        (
            "kh.doc",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)) or p,
            "lưu thành .docx",
        ),
        ("kh.pdf", lambda p: p.write_bytes(b"%PDF-1.7") or p, "lưu thành .docx"),
        ("kh.tsv", lambda p: p.write_bytes(b"TT\tN\xe9i dung\n") or p, "không phải UTF-8"),
        (
            "kh.tsv",
            lambda p: p.write_text("TT\tNội dung\tChủ trì\n1\tA\tSở Tư pháp\n") or p,
            "không có cột thời hạn",
        ),
        ("kh.tsv", lambda p: p.write_bytes(b"x" * (21 * 1024 * 1024)) or p, "tệp quá lớn"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    source = tmp_path / name
    make(source)  # type: ignore[operator]
    out = tmp_path / "out.yaml"
    done = run("import", str(source), "-o", str(out), "--title", "T", "--issuer", "X")
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and len(done.stderr.splitlines()) == 1
    assert not out.exists()


# --- kehoach new ------------------------------------------------------------------------------


def test_new_writes_a_template_naming_every_field(tmp_path: Path) -> None:
    from kehoach.plan.loader import field_keys
    from kehoach.plan.model import Plan, Task

    out = tmp_path / "kh-45-2024.yaml"
    assert run("new", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "id: kh-45-2024" in text
    keys = {line.split(":")[0].strip(" -") for line in text.splitlines() if ":" in line}
    skipped = {"completed", "depends_on", "part_of", "history", "deadlines", "size", "status"}
    skipped |= {"from", "until", "reports"}  # a recurring deadline's own keys
    assert set(field_keys(Plan)) - keys == set()
    assert set(field_keys(Task)) - keys <= skipped
    assert run("new", str(out)).returncode == 2  # never overwrites
    check = run("validate", str(out))
    assert "[deadline-unreadable]" in check.stdout  # the "…" placeholders are flagged, not hidden


def test_the_issuers_province_becomes_the_jurisdiction_names_are_read_in(tmp_path: Path) -> None:
    """Unknown names are counted as validate will count them: in the plan's province."""
    source = tmp_path / "bang.tsv"
    source.write_text("TT\tNội dung\tChủ trì\tThời hạn\n1\tViệc A\tSo Tai chinh\tQuý III/2026\n")
    out = PLANS / "zz-import-test.yaml"
    try:
        done = run(
            "import", str(source), "--title", "T", "--issuer", "UBND tỉnh Nghệ An", "-o", str(out)
        )
        assert done.returncode == 0, done.stderr
        assert "jurisdiction: Nghệ An" in out.read_text(encoding="utf-8")
        assert "0 cơ quan chưa có trong danh mục" in done.stderr
        assert run("validate", str(out)).returncode == 0
    finally:
        out.unlink(missing_ok=True)


def test_a_bare_count_keeps_its_column_header_so_the_plan_reads_it_as_the_import_did() -> None:
    """Issue 11 §2: "75 ngày" under "Thời hạn (số ngày trước ngày bầu cử)" is 75 days before
    election day; the header is written beside the phrase, and only where it is needed."""
    from kehoach.dates.deadline import Context, DeadlineKind
    from kehoach.plan.model import Milestone
    from kehoach.plan.schedule import read_milestone

    text = (
        "TT\tNội dung\tChủ trì\tThời hạn (số ngày trước ngày bầu cử)\n"
        "1\tLập danh sách cử tri\tUBND tỉnh Nghệ An\t75 ngày\n"
        "2\tNiêm yết\tUBND tỉnh Nghệ An\tTrước ngày 15/3/2026\n"
    )
    done = run("import", "-", "--title", "Bầu cử", "--issuer", "UBND tỉnh Nghệ An", stdin=text)
    assert done.returncode == 0, done.stderr
    assert "0 thời hạn chưa đọc được" in done.stderr
    assert (
        '- phrase: "75 ngày"\n        header: Thời hạn (số ngày trước ngày bầu cử)' in done.stdout
    )
    assert 'deadline: "Trước ngày 15/3/2026"' in done.stdout  # no header where none is needed
    headed = Milestone(phrase="75 ngày", header="Thời hạn (số ngày trước ngày bầu cử)")
    reading = read_milestone(headed, Context())
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (75, "before")
    assert reading.relative.anchor == "ngày bầu cử"


def test_a_draft_over_a_plan_file_s_size_is_refused_and_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft larger than a plan file may be (discovery.MAX_BYTES, 2 MB) was written, then
    refused by validate with no word from import (fresh25: 30,000 rows, a 3 MB draft). The
    limit is lowered here so that KH 348's appendix stands for such a table."""
    from kehoach.plan import discovery

    _, rows = appendix(1)
    pasted = "\n".join("\t".join(r) for r in rows) + "\n"
    out = tmp_path / "kh.yaml"
    args = ("import", "-", "-o", str(out), "--title", "Tổng kết", "--issuer", "UBND tỉnh Nghệ An")
    monkeypatch.setattr(discovery, "MAX_BYTES", 2_000)
    done = run(*args, stdin=pasted)
    assert done.returncode == 2 and not out.exists()
    assert "15 nhiệm vụ" in done.stderr and "quá giới hạn" in done.stderr
    assert "tách bảng" in done.stderr and "Traceback" not in done.stderr
    monkeypatch.undo()  # the same table under the real limit is written
    assert run(*args, stdin=pasted).returncode == 0 and out.exists()

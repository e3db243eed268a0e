"""What a new user broke in the `fresh` helper's fifteenth session (2026-12-01), on an
election timetable. Each test is what a clerk did and the answer they should have had;
each runs the installed command."""

from __future__ import annotations

import subprocess
from pathlib import Path

from clirun import kehoach
from clirun import kehoach_uncached as run

# UBND tỉnh Phú Thọ's "Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu
# cử đại biểu HĐND các cấp, nhiệm kỳ 2021 - 2026" (phutho.gov.vn; its phrases are
# tests/corpus/b-phu-tho-kh-bau-cu-2021.yaml), the head of its table and its first rows as
# the page prints them (the readable copy is cut in row 5).
HEADER = (
    "TT",
    "Nội dung công việc chủ yếu tiến hành công tác bầu cử",
    "Số ngày chậm nhất phải hoàn thành trước (sau) ngày BC theo Luật Bầu cử",
    "Ngày chậm nhất phải hoàn thành",
)
ROWS = (
    (
        "1",
        "Triển khai công tác bầu cử ở tỉnh\nTriệu tập đủ thành phần ở cấp tỉnh, cấp huyện dự "
        "Hội nghị trực tuyến triển khai công tác bầu cử của HĐBC quốc gia (đồng thời là hội "
        "nghị triển khai ở tỉnh).",
        "",
        "21/01/2021",
    ),
    (
        "2",
        "Triển khai công tác bầu cử ở cấp huyện\nMở hội nghị triển khai công tác bầu cử đại "
        "biểu Quốc hội và bầu cử đại biểu HĐND các cấp ở huyện, thành, thị.",
        "",
        "27/01/2021",
    ),
    (
        "4",
        "Dự kiến người ứng cử đại biểu HĐND\nCăn cứ số lượng đại biểu HĐND được bầu ở mỗi đơn "
        "vị hành chính theo quy định của Luật Tổ chức chính quyền địa phương, sau khi thống "
        "nhất ý kiến với Ban thường trực UBMTTQVN và UBND cùng cấp, Thường trực HĐND các cấp "
        "dự kiến cơ cấu, thành phần, số lượng đại biểu HĐND được bầu ở cấp mình.\n(Điều 9 "
        "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND).",
        "105 ngày",
        "07/02/2021 (chủ Nhật)",
    ),
)
TITLE = (
    "Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu cử đại biểu HĐND "
    "các cấp, nhiệm kỳ 2021 - 2026"
)


def _timetable(path: Path) -> Path:
    """The table typed into Word, as a clerk copies it from the page."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def test_an_election_timetable_imports_its_days_and_keeps_the_count(tmp_path: Path) -> None:
    # import said "không nhận ra dòng tiêu đề (TT, Nội dung, Thời hạn…)": "Ngày chậm nhất
    # phải hoàn thành" was no deadline heading, and the table gave nothing.
    root = tmp_path / "ke hoạch bầu cử"
    (root / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    source = _timetable(root / "KH bầu cử Phú Thọ.docx")
    code, _, err = run(
        "import", str(source), "-o", "plans/kh-bau-cu-2021.yaml",
        "--issuer", "UBND tỉnh Phú Thọ", "--title", TITLE, cwd=root,
    )  # fmt: skip
    assert code == 0, err
    assert "đã nhập 3 nhiệm vụ" in err and "0 thời hạn chưa đọc được" in err, err
    text = (root / "plans" / "kh-bau-cu-2021.yaml").read_text(encoding="utf-8")
    # the day column is the deadline, as printed; the law's count goes to the notes with
    # its column's header, never a second deadline the header cannot direct ("trước (sau)")
    assert 'deadline: "21/01/2021"' in text and 'deadline: "07/02/2021 (chủ Nhật)"' in text
    assert (
        "notes: 'Số ngày chậm nhất phải hoàn thành trước (sau) ngày BC theo Luật Bầu cử: 105 ngày'"
    ) in text
    assert text.count("    notes:") == 1  # rows 1 and 2 have no count
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
    code, out, _ = run("status", "--as-of", "25/01/2021", "--all", cwd=root)
    assert "quá hạn 4 ngày" in out and "27/01/2021" in out


def test_a_count_column_alone_stays_the_deadline_column(tmp_path: Path) -> None:
    # Only a count beside a column of days moves to the notes: a table whose one time
    # column counts days before the election keeps it as the deadline, read with its header.
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(
        table.rows[0].cells,
        ("TT", "Nội dung công việc", "Số ngày chậm nhất phải hoàn thành trước ngày bầu cử"),
        strict=True,
    ):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("4", ROWS[2][1], "105 ngày"), strict=True):
        cell.text = text
    document.save(str(root / "kh.docx"))
    code, _, err = run(
        "import", "kh.docx", "-o", "plans/kh.yaml", "--issuer", "UBND tỉnh Phú Thọ",
        "--title", TITLE, cwd=root,
    )  # fmt: skip
    assert code == 0, err
    text = (root / "plans" / "kh.yaml").read_text(encoding="utf-8")
    # the count is the milestone, its header beside it gives the direction and the event
    assert (
        '      - phrase: "105 ngày"\n'
        "        header: Số ngày chậm nhất phải hoàn thành trước ngày bầu cử"
    ) in text, text
    assert "notes:" not in text


def test_the_day_column_pasted_with_its_heading(tmp_path: Path) -> None:
    # `deadline -` with the column copied from the page, heading first: the heading was
    # read as a phrase, refused, and the exit code said the column had a bad deadline.
    column = "Ngày chậm nhất phải hoàn thành\n21/01/2021\n27/01/2021\n07/02/2021 (chủ Nhật)\n"
    done = kehoach("deadline", "-", cwd=tmp_path, stdin=column, clean=True)
    assert done.returncode == 0, done.stderr
    assert "bỏ qua dòng tiêu đề cột 'Ngày chậm nhất phải hoàn thành'" in done.stderr
    assert done.stdout.count("Cụm từ") == 3

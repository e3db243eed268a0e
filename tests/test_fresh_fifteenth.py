"""What a new user broke in the `fresh` helper's fifteenth session (2026-12-01), on an
election timetable. Each test is what a clerk did and the answer they should have had;
each runs the installed command."""

from __future__ import annotations

import json
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


# The plan as transcribed from the page: rows 1 to 4, no lead column (the document's silence),
# the step of row 4 led by the body its text names; election day from Nghị quyết
# 133/2020/QH14 (Chủ nhật 23/5/2021).
PLAN = """\
schema: 1
id: kh-bau-cu-pt-2021
kind: Kế hoạch
title: Triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu cử đại biểu HĐND các cấp
issuer: UBND tỉnh Phú Thọ
jurisdiction: Phú Thọ
events:
  - {name: ngày bầu cử, day: 23/05/2021}
source: {document: https://phutho.gov.vn/, complete: false}
tasks:
  - id: "3"
    title: Mở hội nghị triển khai công tác bầu cử ở xã, phường, thị trấn
    lead: [Không nêu cơ quan chủ trì]
    deadline: "29/01/2021"
  - id: "4"
    title: Thường trực HĐND các cấp dự kiến cơ cấu, thành phần, số lượng đại biểu HĐND
    lead: [Không nêu cơ quan chủ trì]
    deadline: "DAY"
"""


def _plan(tmp_path: Path, day: str) -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "kh-bau-cu-2021.yaml").write_text(PLAN.replace("DAY", day), encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    return root


def test_a_day_printed_with_its_sunday_falls_due_that_sunday(tmp_path: Path) -> None:
    # "07/02/2021 (chủ Nhật)": the timetable names the Sunday it sets, 105 days before the
    # election. status said "07/02/2021 (CN) → 08/02/2021 hôm nay" on the Monday, the feed
    # put the step on Monday: a day later than the document, on the law's count.
    root = _plan(tmp_path, "07/02/2021 (chủ Nhật)")
    code, out, err = run("status", "--as-of", "08/02/2021", "--format", "json", cwd=root)
    assert code == 0, err
    items = {item["task_id"]: item for item in json.loads(out)["items"]}
    assert (items["4"]["due"], items["4"]["due_as_written"]) == ("2021-02-07", None)
    assert (items["4"]["bin"], items["4"]["days_late"]) == ("overdue", 1)
    code, _, err = run("export-ics", "--as-of", "01/02/2021", "-o", "lich.ics", cwd=root)
    assert code == 0, err
    feed = (root / "lich.ics").read_text(encoding="utf-8")
    starts = [line for line in feed.splitlines() if line.startswith("DTSTART")]
    assert "DTSTART;VALUE=DATE:20210207" in starts, starts  # not Monday 08/02
    # `deadline` names the same day: no "Đến hạn" line
    code, out, err = run("deadline", "07/02/2021 (chủ Nhật)", cwd=root)
    assert code == 0, err
    assert "Đến hạn" not in out and "Hạn cuối  07/02/2021" in out
    # ... and says why a Sunday stays (fresh37: a holiday kept without a word)
    assert "Ghi chú   07/02/2021 là Chủ nhật; văn bản ghi cả thứ của ngày nên giữ ngày này" in out


def test_a_sunday_written_without_its_weekday_still_rolls(tmp_path: Path) -> None:
    # The rollover of Bộ luật Dân sự 2015, Điều 148.5 stands where the document does not
    # name the day off; an ordinal ("lần thứ hai") is no weekday.
    for phrase, written in (
        ("07/02/2021", "2021-02-07"),
        ("Tổ chức hội nghị lần thứ bảy trước ngày 06/02/2021", "2021-02-06"),  # a Saturday
    ):
        root = _plan(tmp_path / written, phrase)
        code, out, err = run("status", "--as-of", "08/02/2021", "--format", "json", cwd=root)
        assert code == 0, err
        item = next(i for i in json.loads(out)["items"] if i["task_id"] == "4")
        assert (item["due"], item["due_as_written"]) == ("2021-02-08", written), phrase


def test_deadline_names_the_hour_s_day_as_status_does(tmp_path: Path) -> None:
    # `deadline` said "Đến hạn 23/02/2026" for the markets closed at noon on the 29th of Tết
    # (UBND TP Hồ Chí Minh, 2026), while status, by the lead's convention, keeps 16/02/2026:
    # a week after the hour the document set.
    phrase = "chậm nhất từ 12 giờ ngày 16/2/2026"
    code, out, err = run("deadline", phrase, cwd=tmp_path)
    assert code == 0, err
    assert "Hạn cuối  16/02/2026" in out and "Đến hạn" not in out
    assert "23/02/2026" not in out

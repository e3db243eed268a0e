"""What a new user broke in the `fresh` helper's twelfth session (2026-12-01), beginning with
what the eleventh left (/work/notes/fresh11.md items 4, 8, 9, 10 and 11). Each test is what a
clerk did and the answer they should have had; each runs the installed command."""

from __future__ import annotations

import json
from pathlib import Path

import hungthinh
from clirun import kehoach_uncached as run

# The commune's notice (tests/hungthinh.py). The election is held on Sunday 15/03/2026.
NOTICE = (
    hungthinh.HEAD
    + """\
in_force: 2026-02-03
events:
  - name: ngày bầu cử
    day: 15/03/2026
source: {document: https://hungthinh.dongnai.gov.vn/, complete: false}
tasks:
  - id: "1"
    title: Niêm yết danh sách cử tri tại trụ sở HĐND - UBND xã và nhà văn hóa các ấp
    lead: [UBND xã]
    deadline: "Từ ngày 03/02/2026 đến ngày 15/03/2026"
  - id: "4"
    title: Giải quyết khiếu nại về danh sách cử tri
    lead: [UBND xã]
    deadline: "trong vòng 05 ngày kể từ ngày nhận khiếu nại"
"""
)


def notice_repository(tmp_path: Path, extra: str = "") -> Path:
    return hungthinh.repository(tmp_path, NOTICE + extra)


# A Sunday that is no event of the plan: a last day written on it still rolls to Monday
# (Bộ luật Dân sự 2015, Điều 148 khoản 5).
A_PLAIN_SUNDAY = """\
  - id: "5"
    title: Báo cáo kết quả niêm yết
    lead: [UBND xã]
    deadline: "Trước ngày 22/03/2026"
"""


def test_a_window_ending_on_election_day_ends_on_it(tmp_path: Path) -> None:
    # The list is posted until election day, a Sunday the plan names in `events:`; status
    # said "15/03/2026 (CN) → 16/03/2026", as if the posting ran on past the election.
    root = notice_repository(tmp_path, A_PLAIN_SUNDAY)
    code, out, err = run("status", "--as-of", "12/03/2026", cwd=root)
    assert code == 0, out + err
    listing = out.split("Tổng hợp")[0]
    assert "→ 16/03/2026" not in listing
    assert "15/03/2026" in listing
    assert "còn 3 ngày" in listing
    code, out, _ = run("status", "--as-of", "12/03/2026", "--format", "json", cwd=root)
    due = {
        item["task_id"]: (item["due"], item["due_as_written"]) for item in json.loads(out)["items"]
    }
    assert due["1"] == ("2026-03-15", None)
    assert due["5"] == ("2026-03-23", "2026-03-22")


def test_timeline_and_the_feed_agree_with_status_on_election_day(tmp_path: Path) -> None:
    root = notice_repository(tmp_path, A_PLAIN_SUNDAY)
    code, out, _ = run("timeline", "--as-of", "12/03/2026", "-f", "mermaid", cwd=root)
    assert code == 0
    assert "2026-02-03, 2026-03-16\n" in out  # Mermaid's end is exclusive: the 15th is the last
    assert "hạn 15/03/2026 (CN) → 16/03/2026" not in out
    assert "hạn 22/03/2026 (CN) → 23/03/2026" in out
    code, out, _ = run("export-ics", "--as-of", "12/03/2026", cwd=root)
    assert code == 0
    events = out.split("BEGIN:VEVENT")[1:]
    posting = next(e for e in events if "] 1. Niêm yết" in e.replace("\r\n ", ""))
    assert "DTSTART;VALUE=DATE:20260315" in posting
    # The "Còn 1 ngày" alarm rings at 9:00 the day before (Saturday 14/03), not on election day.
    assert "TRIGGER:-PT15H" in posting


# A plan counting from a day the plan itself sets ("30 ngày kể từ ngày Kế hoạch có hiệu lực"):
# one day, which the clerk can declare in `events:` (fresh11 item 8 draws the line).
ONE_DAY_COUNT = """\
  - id: "6"
    title: Tổng hợp kết quả
    lead: [UBND xã]
    deadline: "30 ngày kể từ ngày Kế hoạch có hiệu lực"
"""


def test_a_count_from_each_complaints_receipt_is_a_duty_per_case(tmp_path: Path) -> None:
    # "trong vòng 05 ngày kể từ ngày nhận khiếu nại" (the notice's item 4) was warned
    # "thời hạn chờ tới khi ghi ngày của sự kiện": one day per complaint, none to write.
    root = notice_repository(tmp_path, ONE_DAY_COUNT)
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
    warned = [line for line in out.splitlines() if "relative-anchor-unknown" in line]
    assert len(warned) == 1
    assert "ngày Kế hoạch có hiệu lực" in warned[0]  # the plan's own day: write it
    assert "plans/tb-hung-thinh-2026.yaml:22:5: thời hạn xử lý từng hồ sơ" in err
    assert "không có một ngày chung" in err
    code, out, err = run("validate", "--strict", cwd=notice_repository(tmp_path / "b"))
    assert code == 0, out + err  # nothing to fix: --strict passes


def test_status_lists_per_case_counts_apart_from_tasks_without_a_deadline(tmp_path: Path) -> None:
    root = notice_repository(tmp_path, ONE_DAY_COUNT)
    code, out, _ = run("status", "--as-of", "12/03/2026", "--all", cwd=root)
    assert code == 0
    rows = out.split("Tổng hợp theo")[0]
    assert "thời hạn xử lý từng hồ sơ" in rows
    assert "chờ ngày nhận khiếu nại" not in rows
    assert "chờ ngày" in rows  # the plan's own day, not yet written, is still waited for
    notes = out.split("Tổng cộng")[1]
    assert "Thời hạn xử lý từng hồ sơ" in notes
    assert "tb-hung-thinh-2026/4" in notes
    assert "tb-hung-thinh-2026/6" not in notes
    code, out, _ = run("timeline", "--as-of", "12/03/2026", cwd=root)
    assert "(thời hạn xử lý từng hồ sơ)" in out


def test_a_window_that_begins_keeps_bat_dau_on_one_line(tmp_path: Path) -> None:
    # xã Vĩnh Hưng's notice (tests/corpus/b-phu-tho-vinh-hung-niem-yet-cu-tri-2026.yaml):
    # at 120 and 140 columns the phrase wrapped "bắt" / "đầu từ ngày 3/2/2026", one word
    # alone on a line, since "đầu" leads into a day elsewhere ("đầu tháng 3").
    root = notice_repository(tmp_path)
    path = root / "plans" / "tb-hung-thinh-2026.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "Từ ngày 03/02/2026 đến ngày 15/03/2026", "bắt đầu từ ngày 3/2/2026 đến hết ngày 15/3/2026"
    )
    path.write_text(text, encoding="utf-8")
    for columns in (100, 120, 140, 200):
        code, out, _ = run("status", "--as-of", "12/03/2026", cwd=root, columns=columns)
        assert code == 0
        assert "bắt đầu" in out, (columns, out)


NOTICE_HEAD = (
    "THÔNG BÁO",
    "Về việc niêm yết danh sách cử tri trên địa bàn xã phục vụ công tác bầu cử",
)


def vinh_hung_notice(path: Path, *, letterhead: bool, kind: tuple[str, ...] = NOTICE_HEAD) -> Path:
    """xã Vĩnh Hưng's notice of 03/02/2026 (tests/corpus/b-phu-tho-vinh-hung-niem-yet-cu-tri-
    2026.yaml) typed in Word: its head as paragraphs, or laid out in a two-column table
    (issuer left, national title and date right) as most documents are; its number is not
    in the readable copy, so none is typed."""
    import docx

    document = docx.Document()
    head = [
        ("ỦY BAN NHÂN DÂN XÃ VĨNH HƯNG", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("", "Vĩnh Hưng, ngày 03 tháng 02 năm 2026"),
    ]
    if letterhead:
        table = document.add_table(rows=2, cols=2)
        for r, pair in enumerate(head):
            for c, text in enumerate(pair):
                table.cell(r, c).text = text
    else:
        for pair in head:
            for text in pair:
                document.add_paragraph(text)
    for line in kind:
        document.add_paragraph(line)
    tasks = document.add_table(rows=2, cols=4)
    cells = [
        ("TT", "Nội dung", "Cơ quan thực hiện", "Thời gian"),
        (
            "1",
            "Niêm yết danh sách cử tri",
            "UBND xã",
            "bắt đầu từ ngày 3/2/2026 đến hết ngày 15/3/2026",
        ),
    ]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            tasks.cell(r, c).text = text
    document.save(str(path))
    return path


def test_import_reads_a_notices_kind_and_title_from_its_head(tmp_path: Path) -> None:
    # A .docx headed "THÔNG BÁO" was written `kind: Kế hoạch` and the clerk asked for
    # --title; with the head typed in a table, --issuer too.
    for letterhead in (False, True):
        source = vinh_hung_notice(tmp_path / f"tb-{letterhead}.docx", letterhead=letterhead)
        code, out, err = run(
            "import",
            str(source),
            "--jurisdiction",
            "Phú Thọ",
            "--id",
            "tb-vinh-hung-2026",
            cwd=tmp_path,
        )
        assert code == 0, err
        assert "kind: Thông báo\n" in out
        assert "title: Về việc niêm yết danh sách cử tri trên địa bàn xã phục vụ công tác" in out
        assert "issuer: Ủy ban nhân dân xã Vĩnh Hưng\n" in out
        assert "issued: 2026-02-03\n" in out
        assert "CỘNG HOÀ" not in out  # the national title is no task


def test_import_reads_a_letters_subject_as_its_title(tmp_path: Path) -> None:
    # A công văn prints no kind line: its trích yếu follows "V/v" under its number (the
    # same notice, as a letter would print its head).
    subject = ("V/v niêm yết danh sách cử tri trên địa bàn xã phục vụ công tác bầu cử",)
    source = vinh_hung_notice(tmp_path / "cv.docx", letterhead=True, kind=subject)
    code, out, err = run(
        "import",
        str(source),
        "--jurisdiction",
        "Phú Thọ",
        "--id",
        "cv-vinh-hung-2026",
        cwd=tmp_path,
    )
    assert code == 0, err
    assert "kind: Công văn\ntitle: niêm yết danh sách cử tri trên địa bàn xã" in out


# A provincial plan naming the Front's provincial committee as the press writes it ("Ban
# Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", tests/corpus/y-daidoanket-cao-bang-mttq-
# dai-hoi-2019.yaml): it was "không có cơ quan … có phải: Mặt trận Tổ quốc các cấp?".
FRONT_PLAN = """\
schema: 1
id: kh-front-2026
kind: Kế hoạch
title: Tuyên truyền cuộc bầu cử
issuer: UBND tỉnh Phú Thọ
jurisdiction: Phú Thọ
issued: 2026-02-02
source: {document: thử, complete: true}
tasks:
  - id: "1"
    title: Tuyên truyền về cuộc bầu cử
    lead: [Ủy ban MTTQ Việt Nam tỉnh]
    deadline: "Trước ngày 15/03/2026"
"""


def test_the_fronts_provincial_committee_is_a_provinces_body(tmp_path: Path) -> None:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "kh-front-2026.yaml").write_text(FRONT_PLAN, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
    assert "unknown-agency" not in out
    code, out, _ = run("status", "--agency", "uy ban mttq tinh", "--as-of", "10/03/2026", cwd=root)
    assert code == 0
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ" in out


# xã Nghĩa Trung's (Đồng Nai) working calendar for week 07 of 2026, as its portal prints it
# (https://nghiatrung.dongnai.gov.vn/vi/news/lich-lam-viec/lich-lam-viec-ubnd-xa-nghia-trung-
# tuan-thu-07-nam-2026-601.html; the readable part stops within Monday morning's third item).
CALENDAR_WEEK = """\
schema: 1
id: lich-nghia-trung-t07-2026
kind: Lịch làm việc
title: Lịch làm việc của lãnh đạo Ủy ban nhân dân xã Nghĩa Trung, tuần thứ 07
issuer: UBND xã Nghĩa Trung
jurisdiction: Đồng Nai
commune: Xã Nghĩa Trung
source: {document: https://nghiatrung.dongnai.gov.vn/, complete: false}
tasks:
  - id: "T2-S-2"
    title: Thăm, chúc tết Trường THPT Lê Quý Đôn (chuẩn bị nội dung)
    lead: [Phòng Văn hóa – Xã hội]
    deadline: "THỨ HAI (09/02/2026)"
"""


def test_an_en_dash_in_a_bodys_name_is_no_misspelling(tmp_path: Path) -> None:
    # "(Giao Phòng Văn hóa – Xã hội chuẩn bị nội dung)": the portal's en dash was warned
    # "ghi theo danh mục: 'Phòng Văn hóa - Xã hội'", a dash to retype in every pasted name.
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "lich.yaml").write_text(CALENDAR_WEEK, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    code, out, err = run("validate", "--strict", cwd=root)
    assert code == 0, out + err
    assert "agency-spelling" not in out
    code, out, _ = run("status", "--as-of", "09/02/2026", cwd=root)
    assert "Phòng Văn hóa - Xã hội xã Nghĩa Trung" in out

"""What a new user found on first use (fresh39, session 39), each a day said wrong."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, parse_deadlines
from kehoach.review.importer import read_draft
from kehoach.review.tables import read_document

MONTHLY = "Báo cáo tháng gửi trước ngày 20 hằng tháng"  # the usual wording of a reporting rule


def test_a_period_still_open_after_its_rolled_day_off_is_the_next_due() -> None:
    """Asked on Sunday 21/02/2027, February's report (the 20th a Saturday, due Monday
    22/02 by BLDS 2015 Điều 148.5, as `status` counts it) is the one due, not March's."""
    shown = kehoach(
        "deadline", "--issued", "04/12/2026", "--as-of", "21/02/2027", MONTHLY, env=CLERK
    )
    assert shown.returncode == 0, shown.stderr
    assert "Hạn kế tiếp  20/02/2027" in shown.stdout
    assert "Đến hạn      22/02/2027" in shown.stdout
    assert "Kỳ báo cáo   tháng 2/2027" in shown.stdout
    # the day after it fell due, the next period is March's
    after = kehoach(
        "deadline", "--issued", "04/12/2026", "--as-of", "23/02/2027", MONTHLY, env=CLERK
    )
    assert "Kỳ báo cáo   tháng 3/2027" in after.stdout


def test_the_day_off_before_tet_2027_is_named_by_its_lunar_day() -> None:
    """04/02/2027 is 28 tháng Chạp Bính Ngọ (the month has 29 days; the eve, 05/02, is the
    29th): the `holidays` package calls it "29 Tết", which a clerk checking a gloss would
    copy wrong."""
    shown = kehoach("workdays", "01/02/2027", "12/02/2027", env=CLERK)
    assert shown.returncode == 0, shown.stderr
    assert "04/02/2027  Thứ Năm   28 Tết" in shown.stdout
    assert "29 Tết" not in shown.stdout


def test_an_excel_date_with_its_hour_keeps_the_hour(tmp_path: Path) -> None:
    """A cell of 05/03/2027 17:00 formatted "dd/mm/yyyy hh:mm" was imported as "05/03/2027":
    the hour lost, and with it the rule that a moment with its hour is not rolled off a day
    off. Midnight, or a format without the hour, is the day alone as before."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    cells = [
        (datetime(2027, 3, 5, 17, 0), "dd/mm/yyyy hh:mm"),
        (datetime(2027, 3, 5, 0, 0), "dd/mm/yyyy hh:mm"),
        (datetime(2027, 3, 5, 17, 0), "dd/mm/yyyy"),
    ]
    for number, (value, shown) in enumerate(cells, start=1):
        sheet.append([str(number), f"Việc {number}", "Sở Tài chính", value])
        sheet.cell(sheet.max_row, 4).number_format = shown
    path = tmp_path / "bang.xlsx"
    book.save(path)
    rows = read_draft(read_document(path.read_bytes(), path.name), None, None).rows
    assert [row.phrases for row in rows] == [
        ["17 giờ 00 phút ngày 05/03/2027"],
        ["05/03/2027"],
        ["05/03/2027"],
    ]
    (reading,) = parse_deadlines(rows[0].phrases[0], Context(issued=date(2026, 12, 1)))
    assert (reading.last, reading.time) == (date(2027, 3, 5), "17:00")


def test_a_day_made_a_start_is_no_event_held_that_day() -> None:
    """ "Ngày 1/12 trở đi, các đại biểu tiếp xúc cử tri" (from 1/12 on) was read as the
    event's day, due 01/12 (prose39's catch); refused as a start, as "ngày 1/12 trở đi"
    alone is. The same line without "trở đi" stays the day it is held (convention 1)."""
    for phrase in (
        "Ngày 1/12 trở đi, các đại biểu tiếp xúc cử tri",
        "Ngày 1/12 trở đi, các đại biểu làm việc",
    ):
        shown = kehoach("deadline", "--issued", "20/11/2026", phrase, env=CLERK)
        assert shown.returncode == 1, shown.stdout
        assert "chỉ mốc bắt đầu" in shown.stderr
    held = kehoach(
        "deadline", "--issued", "20/11/2026", "Ngày 1/12, các đại biểu tiếp xúc cử tri", env=CLERK
    )
    assert "Hạn cuối  01/12/2026" in held.stdout


def test_the_json_names_the_same_open_period() -> None:
    """The JSON says what the text says: February's report, due Monday 22/02/2027."""
    shown = kehoach(
        "deadline",
        "--issued",
        "04/12/2026",
        "--as-of",
        "21/02/2027",
        "--format",
        "json",
        MONTHLY,
        env=CLERK,
    )
    data = json.loads(shown.stdout)
    assert (data["next_due"], data["next_period"]) == ("2027-02-20", "tháng 2/2027")
    assert data["falls_due"] == "2027-02-22"


def test_a_day_numbered_zero_is_refused() -> None:
    """ "ngày 0" (a digit lost from "ngày 20") made a quarterly rule with BYMONTHDAY=0, which
    RFC 5545 forbids, due every day asked (fresh39b); refused, with the way out."""
    for phrase in ("Hằng quý, chậm nhất ngày 0 của tháng cuối quý", "trước ngày 00 tháng cuối quý"):
        shown = kehoach("deadline", "--issued", "01/01/2026", phrase, env=CLERK)
        assert shown.returncode == 1, shown.stdout
        assert "không có ngày 0" in shown.stderr
        assert "last_day" in shown.stderr


def test_progress_told_as_a_share_is_no_deadline() -> None:
    """ "Tới quý III/2026, Sở X mới hoàn thành 50% khối lượng" (only 50% so far): a progress
    figure, with "được" or without it (fresh39b); a target's share stays a target."""
    for phrase in (
        "Tới quý III/2026, Sở X mới hoàn thành 50% khối lượng",
        "Đến tháng 9/2026, dự án mới giải ngân 30% vốn",
    ):
        shown = kehoach("deadline", "--issued", "01/01/2026", phrase, env=CLERK)
        assert shown.returncode == 1, shown.stdout
        assert "không phải thời hạn" in shown.stderr
    target = kehoach(
        "deadline",
        "--issued",
        "01/01/2026",
        "Đến năm 2030, tỷ lệ hộ dân dùng nước sạch đạt 95%",
        env=CLERK,
    )
    assert "Hạn cuối  31/12/2030" in target.stdout


def test_a_state_told_after_a_due_day_is_no_step() -> None:
    """ "trước ngày 30-10 đưa vào sử dụng hệ thống …" (Công điện 198/CĐ-TTg as SGGP printed
    it) is the work due; "… chưa/đã đưa vào sử dụng" tells how it stands (fresh39b)."""
    for phrase in ("trước ngày 30-10 chưa đưa vào sử dụng", "trước ngày 30-10 đã đưa vào sử dụng"):
        shown = kehoach("deadline", "--issued", "15/09/2025", phrase, env=CLERK)
        assert shown.returncode == 1, shown.stdout


def test_a_quarterly_rule_names_its_month_of_the_quarter() -> None:
    """The "Lặp lại" row said "tháng cuối quý" for a rule due in the quarter's second month,
    while its next due day and RRULE (BYMONTH=2,5,8,11) said the second (fresh39b)."""
    shown = kehoach(
        "deadline", "--issued", "01/01/2026", "--as-of", "10/12/2026",
        "Hằng quý, chậm nhất ngày 20 của tháng thứ hai của quý", env=CLERK,
    )  # fmt: skip
    assert "Lặp lại      hằng quý, hạn ngày 20 của tháng thứ hai của quý" in shown.stdout
    assert "Hạn kế tiếp  20/02/2027" in shown.stdout


def test_an_opening_lasting_over_a_year_is_refused() -> None:
    """ "khai mạc … ngày 01/7/2024 kéo dài đến ngày 10/7/2025" read a window of a year and nine
    days: a year typed wrong, refused (fresh39b); the same days in one year read."""
    opening = "Giải đấu sẽ khai mạc vào lúc 15 h ngày 01/7/2024 kéo dài đến ngày 10/7/"
    wrong = kehoach("deadline", "--issued", "01/06/2024", opening + "2025", env=CLERK)
    assert wrong.returncode == 1, wrong.stdout
    right = kehoach("deadline", "--issued", "01/06/2024", opening + "2024", env=CLERK)
    assert "Hạn cuối   10/07/2024" in right.stdout


def test_an_editions_year_is_not_lent_to_a_span_crossing_the_new_year() -> None:
    """ "(Festival Hoa Đà Lạt 2024) diễn ra từ ngày 5/12 đến 5/1" is 5/12/2024 – 5/1/2025
    (webtretho, the festival's page) and was read 05/12/2023 – 05/01/2024 on a page with no
    date (fresh39c): the edition's year names one end, not which. Refused; within one year
    the edition's year still reads."""
    crossing = kehoach(
        "deadline",
        "Không gian hoa (Festival Hoa Đà Lạt 2024) diễn ra từ ngày 5/12 đến 5/1",
        env=CLERK,
    )
    assert crossing.returncode == 1, crossing.stdout
    within = kehoach(
        "deadline",
        "Lễ hội Thanh niên lần thứ 6 (Youth Fest 2026) sẽ diễn ra từ ngày 20 đến 22/3",
        env=CLERK,
    )
    assert "Hạn cuối    22/03/2026" in within.stdout


def test_a_limit_before_a_start_is_refused() -> None:
    """ "Hồ sơ gửi chậm nhất trước một tuần, tức là từ ngày 29/8" and "Hạn cuối nộp hồ sơ, tức
    là từ ngày 26/8" read "mốc bắt đầu …; không phải hạn cuối" (fresh39c): the words name a
    limit, so the day after "từ" is no start by default. "sớm nhất … tức là từ ngày 29/8"
    (24h.com.vn, 2025) stays a start."""
    for phrase in (
        "Hồ sơ gửi chậm nhất trước một tuần, tức là từ ngày 29/8",
        "Hạn cuối nộp hồ sơ, tức là từ ngày 26/8",
        "Hết hạn nhận hồ sơ từ ngày 16/12/2026",
    ):
        shown = kehoach("deadline", "--issued", "01/08/2026", phrase, env=CLERK)
        assert shown.returncode == 1, shown.stdout
        assert "last_day" in shown.stderr
    start = kehoach(
        "deadline", "--issued", "01/08/2026",
        "tựu trường sớm nhất trước khai giảng một tuần, tức là từ ngày 29/8", env=CLERK,
    )  # fmt: skip
    assert "mốc bắt đầu" in start.stdout

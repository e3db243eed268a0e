"""An event's own day is not rolled to the next working day; a deadline's end is.

Bộ luật Dân sự 2015, Điều 148.5 moves the last day of a "thời hạn" (a time given to do a
thing) off a day off. The day an event is held is no such last day: "Tổ chức khai giảng vào
ngày 5/9/2021" (Hải Phòng, QĐ 2274/2021: 5/9/2021 a Sunday) is held that Sunday, and status,
the timeline and the feed said 06/09/2021, a day nothing happens (the lead's ruling, session
36). A limit word makes the same words a deadline, rolled as any."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, parse_deadlines
from kehoach.reports.status import held_on

# g-vietgiaitri-hai-phong-qd-2274-nam-hoc-2021-2022, c-doanhnghiepthuonghieu-lich-tuu-truong,
# h-baodongnai-dak-lak-ke-hoach-hkpd-2021 (as printed); each day a Saturday or Sunday
HELD = [
    ("Tổ chức khai giảng vào ngày 5/9/2021", date(2021, 9, 5)),
    ("Cả nước khai giảng vào ngày 5/9", date(2021, 9, 5)),
    ("lễ bế mạc, trao thưởng vào ngày 20-6", date(2021, 6, 20)),
]


@pytest.mark.parametrize(("phrase", "day"), HELD)
def test_an_event_held_on_its_day(phrase: str, day: date) -> None:
    (one,) = parse_deadlines(phrase, Context(issued=date(2021, 5, 1)))
    assert (one.first, one.last) == (day, day)
    assert held_on(one)


@pytest.mark.parametrize(
    "phrase",
    [
        # the same event with a limit word: a deadline to have it done by
        "Tổ chức khai giảng xong trước ngày 5/9/2021",
        "Chậm nhất ngày 5/9/2021 tổ chức khai giảng",
        # a window of days is a span of work, never one day held
        "Tổ chức khai giảng từ ngày 1/9 đến ngày 5/9/2021",
        # no event named: a report due that day
        "Báo cáo kết quả vào ngày 5/9/2021",
        # "tổ chức" naming bodies, not holding anything: their report's day rolls
        "Các cơ quan, tổ chức gửi báo cáo vào ngày 5/9/2021",
        "Cá nhân và tổ chức nộp hồ sơ vào ngày 5/9/2021",
    ],
)
def test_a_deadline_is_not_an_event_held(phrase: str) -> None:
    (one,) = parse_deadlines(phrase, Context(issued=date(2021, 5, 1)))
    assert not held_on(one)


# Events held over days, as the press printed them (fresh39's finding: each ran into the
# Monday after, in status, the timeline and the feed): Tiền Phong 13/01/2026 (TP Hồ Chí
# Minh's Tết Bính Ngọ fairs) and Dân trí 21/01/2026 (a congress's days)
HELD_OVER = [
    (
        "Hội Hoa Xuân TPHCM, diễn ra từ ngày 10 – 21/2 (từ 23 tháng Chạp đến mùng 5 Tết) "
        "tại Công viên Tao Đàn",
        date(2026, 2, 21),  # a Saturday
    ),
    ("được tổ chức từ ngày 10 - 16/2", date(2026, 2, 16)),  # Giao thừa, a holiday
    ("Đại hội dự kiến diễn ra trong các ngày 19-25/1", date(2026, 1, 25)),  # a Sunday
]


@pytest.mark.parametrize(("phrase", "last"), HELD_OVER)
def test_an_event_held_over_days_keeps_its_last_day(phrase: str, last: date) -> None:
    (one,) = parse_deadlines(phrase, Context(issued=date(2026, 1, 13)))
    assert one.last == last
    assert held_on(one)
    shown = kehoach("deadline", "--issued", "13/01/2026", phrase, env=CLERK)
    assert shown.returncode == 0, shown.stderr
    assert "đây là ngày cuối sự kiện diễn ra nên giữ ngày này" in shown.stdout
    assert "Đến hạn" not in shown.stdout


@pytest.mark.parametrize(
    "phrase",
    [
        # a limit word: the days are a time to have it done by, the last one rolls
        "Hội chợ diễn ra từ ngày 10 đến hết ngày 21/2",
        # a window to do a thing in, not the days it is held
        "Tổ chức khai giảng từ ngày 10 đến ngày 21/2",
        # work readying the event held (fresh39b)
        "Chuẩn bị cơ sở vật chất phục vụ Hội thi được tổ chức từ ngày 10 - 21/2",
        # the entries due, the ceremony held on another day of the same phrase (fresh39b)
        "Các đơn vị nộp sản phẩm dự thi từ ngày 10 - 21/2; Lễ trao giải diễn ra ngày 28/2",
    ],
)
def test_a_window_of_work_still_rolls(phrase: str) -> None:
    shown = kehoach("deadline", "--issued", "13/01/2026", phrase, env=CLERK)
    rows = [" ".join(line.split()) for line in shown.stdout.splitlines()]
    assert (
        "Đến hạn 23/02/2026 (21/02/2026 là Thứ Bảy: ngày làm việc tiếp theo, BLDS 2015 Điều 148.5)"
        in rows
    ), shown.stdout


PLAN = """\
schema: 1
id: hp-nam-hoc-2021
number: 2274/QĐ-UBND
kind: Quyết định
title: Khung kế hoạch thời gian năm học 2021-2022
issuer: UBND thành phố Hải Phòng
jurisdiction: Thành phố Hải Phòng
issued: 10/08/2021
source: {document: "https://vietgiaitri.com/", complete: false}
tasks:
  - id: "1"
    title: Khai giảng năm học mới
    lead: [Sở Giáo dục và Đào tạo]
    deadline: "Tổ chức khai giảng vào ngày 5/9/2021"
  - id: "2"
    title: Báo cáo tình hình khai giảng
    lead: [Sở Giáo dục và Đào tạo]
    deadline: "Trước ngày 05/9/2021"
"""


def _repository(tmp_path: Path) -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "hp-nam-hoc-2021.yaml").write_text(PLAN, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text(
        "schema: 1\nagencies:\n  - id: so-gddt\n    name: Sở Giáo dục và Đào tạo\n",
        encoding="utf-8",
    )
    return root


def _run(root: Path, *args: str) -> str:
    done = kehoach(*args, "--as-of", "01/09/2021", cwd=root, env=CLERK | {"COLUMNS": "200"})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_status_timeline_and_feed_keep_the_opening_on_its_sunday(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    due = {
        item["task_id"]: (item["due"], item["due_as_written"])
        for item in json.loads(_run(root, "status", "--format", "json"))["items"]
    }
    assert due["1"] == ("2021-09-05", None)  # held on Sunday 5/9, not "due" Monday 6/9
    assert due["2"] == ("2021-09-06", "2021-09-05")  # the report's last day rolls (Điều 148.5)
    chart = _run(root, "timeline", "-f", "mermaid")
    assert "Khai giảng năm học mới:milestone, active, 2021-09-05, 0d" in chart
    feed = _run(root, "export-ics").replace("\r\n ", "")
    opening = next(e for e in feed.split("BEGIN:VEVENT")[1:] if "Khai giảng năm học" in e)
    assert "DTSTART;VALUE=DATE:20210905" in opening


def test_deadline_command_names_no_rolled_day_for_an_event(tmp_path: Path) -> None:
    shown = kehoach("deadline", "--issued", "10/08/2021", HELD[0][0], cwd=tmp_path, env=CLERK)
    assert shown.returncode == 0, shown.stderr
    assert "05/09/2021" in shown.stdout
    assert "06/09/2021" not in shown.stdout
    report = kehoach("deadline", "--issued", "10/08/2021", "Trước ngày 05/9/2021", env=CLERK)
    assert "06/09/2021" in report.stdout  # the neighbour, a deadline: rolled, said so

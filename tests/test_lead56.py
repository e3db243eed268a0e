"""Session 56, the lead's fixes after the merge's fresh tester (issue 11 §1: never a silent
wrong date). Each phrase below read a wrong day on the merge (the base refused it); each is
refused now, and the forms' own phrases still read.

- ruling 56(a) "đến tháng M/Y" through its last day: only for a task closing by then (the
  period alone, a word of completion, "từ nay đến …"), never "not until" ("Đến tháng 9/2026
  mới triển khai", "… sẽ khởi công": a start), a state ("… vẫn chưa có") or a lasting
  ("Chờ đến …", "kéo dài đến …", "Đóng cửa đến …", "Miễn đến …");
- ruling 56(b): days in a row given in turn ("lần lượt", "tương ứng") are one day each;
- two overlapping works (`engine._two_works`): rounds numbered in words ("đợt hai", "lần thứ
  hai") or a window said again corrected ("nay sửa lại") are no two works;
- `countedoccasion`: a report of the occasion ("Báo cáo kết quả tổ chức kỷ niệm …") is due
  after its day, never on it; the phrase shown is the one printed.
(Rulings 56(c), 56(d) were withdrawn on the same evidence: test_rule56.)
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import parse_deadlines


@pytest.mark.parametrize(
    "phrase",
    [
        "Chờ đến tháng 9/2026 mới triển khai",
        "Đến tháng 9/2026 mới bắt đầu thi công",
        "Phải đến tháng 9/2026 mới khởi công",
        "Đến tháng 9/2026 mới được triển khai",
        "Để đến tháng 9/2026 mới triển khai",
        "Phải chờ đến tháng 9/2026",
        "Sau đó đến tháng 9/2026 bắt đầu thu phí",
        "Từ nay cho đến tháng 9/2026, tổ chức đại hội",
        "Mùa mưa kéo dài đến tháng 9/2026",
        "Đến quý III/2026 mới triển khai",
        # the second tester: a start, a state or a lasting with other words after the period
        "Từ nay đến tháng 9/2026 mới triển khai",
        "Từ nay đến quý 3/2026 sẽ bắt đầu thi công",
        "Từ nay đến tháng 9/2026, mới triển khai",
        "Đến tháng 9/2026 thì triển khai",
        "Den thang 9/2026 thi trien khai",
        "Đến tháng 9/2026 sẽ khởi công",
        "Đến tháng 9/2026 dự án mới đi vào hoạt động",
        "Đến tháng 9/2026 có hiệu lực",
        "Đến tháng 9/2026 áp dụng",
        "Đến tháng 9/2026 vẫn chưa có",
        "Kéo dài thời gian đến tháng 9/2026",
        "Miễn đến tháng 9/2026",
        "Đóng cửa đến tháng 9/2026",
        "Cấm đến tháng 9/2026",
        "Đến tháng 9/2026 nghỉ hưu",
    ],
)
def test_up_to_a_month_said_as_not_until_or_a_wait_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("hoàn thành đến tháng 9/2026", date(2026, 9, 30)),
        ("hoàn thành đến quý IV/2026", date(2026, 12, 31)),
        ("Đến tháng 9/2026", date(2026, 9, 30)),
        ("Đến tháng 9/2026 sẽ hoàn thành", date(2026, 9, 30)),
        ("dự kiến đến tháng 9/2026 sẽ hoàn tất phê duyệt", date(2026, 9, 30)),
    ],
)
def test_up_to_a_month_still_reads_through_its_last_day(phrase: str, last: date) -> None:
    assert one(phrase, ctx("2026-03-01")).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt một nhận hồ sơ từ tháng 1/2022 đến 30/6/2023; đợt hai nhận hồ sơ từ tháng 9/2021 "
        "đến 15/6/2022",
        "Lần thứ nhất nhận hồ sơ từ tháng 1/2022 đến 30/6/2023; lần thứ hai nhận hồ sơ từ "
        "tháng 9/2021 đến 15/6/2022",
        "Nhận hồ sơ từ tháng 1/2022 đến 30/6/2023; nay sửa lại từ tháng 9/2021 đến 15/6/2022",
    ],
)
def test_overlapping_windows_of_rounds_or_a_correction_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-08-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt 1 và đợt 2 tổ chức lần lượt vào ngày 04/04/2026 và 05/04/2026",
        "Hai lớp học tương ứng ngày 04/04/2026 và 05/04/2026",
        "Lần lượt tổ chức ngày 04/04/2026 và 05/04/2026",
    ],
)
def test_days_in_a_row_given_in_turn_are_one_day_each(phrase: str) -> None:
    # ruling 56(b) reads two days in a row as one window; "lần lượt", "tương ứng" give one
    # day to each thing named (the second tester)
    readings = parse_deadlines(phrase, ctx("2026-03-01"))
    assert [(r.first, r.last) for r in readings] == [
        (date(2026, 4, 4), date(2026, 4, 4)),
        (date(2026, 4, 5), date(2026, 4, 5)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo kết quả tổ chức kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",
        "Tổng kết kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",
        "Báo cáo kết quả kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",
    ],
)
def test_a_report_of_a_counted_occasion_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


def test_a_counted_occasion_reads_its_day_and_shows_the_phrase_printed() -> None:
    phrase = "Tổ chức kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3"
    reading = one(phrase, ctx("2026-01-10"))
    assert (reading.first, reading.last, reading.phrase) == (
        date(2026, 3, 8),
        date(2026, 3, 8),
        phrase,
    )

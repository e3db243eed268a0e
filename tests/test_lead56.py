"""Session 56, the lead's fixes after the merge's fresh tester (issue 11 §1: never a silent
wrong date). Each phrase below read a wrong day on the merge (the base refused it); each is
refused now, and the forms' own phrases still read.

- ruling 56(a) "đến tháng M/Y" through its last day: never "not until" ("Đến tháng 9/2026 mới
  triển khai", "… bắt đầu thu phí": a start), nor after a wait or a lasting ("Chờ đến …",
  "kéo dài đến …", "Sau đó đến …", "Từ nay cho đến …");
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
    ],
)
def test_up_to_a_month_said_as_not_until_or_a_wait_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("hoàn thành đến tháng 9/2026", date(2026, 9, 30)),
        ("hoàn thành đến quý IV/2026", date(2026, 12, 31)),
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

"""Helper famg53 (session 53): forms of the long tail of refusals (family G). Each test quotes
its corpus file; the neighbours of each form (a negation, a condition, a thing told done,
another day, another year, no diacritics) are read right or refused, never a wrong day."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# --- a weekday whose first letter a copy printed twice ("Thứ S Sáu") ----------------------


def test_a_doubled_first_letter_of_the_weekday_reads_the_day() -> None:
    # zu-thuanloi-dongnai-ngung-cung-cap-dien-21-11-2025.yaml (no issue day: the year printed)
    phrase = "Thời gian ngừng điện (dự kiến): Thứ S Sáu, ngày 21 tháng 11 năm 2025"
    assert read_days(phrase) == (DeadlineKind.DATE, "2025-11-21", "2025-11-21")
    assert one(phrase).phrase == phrase  # the phrase kept as printed


def test_each_doubled_weekday_of_a_phrase_reads() -> None:
    phrase = "Thời gian ngừng điện: Thứ S Sáu, ngày 21/11/2025 và Thứ B Bảy, ngày 22/11/2025"
    readings = parse_deadlines(phrase, ctx("2025-11-15"))
    assert [str(reading.last) for reading in readings] == ["2025-11-21", "2025-11-22"]


@pytest.mark.parametrize(
    "phrase",
    [
        # the weekday the day does not fall on: 21/11/2025 is a Friday
        "Thời gian ngừng điện (dự kiến): Thứ N Năm, ngày 21 tháng 11 năm 2025",
        "Thời gian ngừng điện: Thứ S Sáu, ngày 21 tháng 11 năm 2024",
        "Thời gian ngừng điện: Thứ B Bảy, ngày 21/11/2025 và Thứ B Bảy, ngày 23/11/2025",
        # another letter before the weekday: a word lost, not a letter doubled
        "Thời gian ngừng điện (dự kiến): Thứ N Sáu, ngày 21 tháng 11 năm 2025",
        # a negation, a thing told done, a condition
        "Không ngừng điện Thứ S Sáu, ngày 21 tháng 11 năm 2025",
        "Đã ngừng điện Thứ S Sáu, ngày 21 tháng 11 năm 2025",
        "Nếu trời mưa, ngừng điện Thứ S Sáu, ngày 21 tháng 11 năm 2025",
        "Khi có lệnh, ngừng điện Thứ S Sáu, ngày 21 tháng 11 năm 2025",
        # typed bare or in capitals: "Thu", "SÁU" left as printed
        "Thoi gian ngung dien: Thu S Sau, ngay 21 thang 11 nam 2025",
        "Thời gian ngừng điện: THỨ S SÁU, NGÀY 21 THÁNG 11 NĂM 2025",
    ],
)
def test_a_doubled_letter_stays_refused_where_the_day_is_in_doubt(phrase: str) -> None:
    refused(phrase, ctx("2025-11-15"))

"""Misreads found by the held-out corpus (tests/corpus/c-*.yaml), each with its real phrase.

A misread is a reading that silently differs from the document (issue 11 §1): each one found
on the held-out phrases is fixed here, by a right reading or a refusal, and kept as a test.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

# Hải Dương TV, 06/01/2022: "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra từ nay đến 20/1".
# Read as the bare day 20/1 it lost "từ nay": the congress runs from the plan's day to 20/1,
# as "từ nay đến hết năm 2027" runs from it to the end of 2027.
HAI_DUONG = Context(issued=date(2022, 1, 6))
FROM_NOW = "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra từ nay đến 20/1"


def test_from_now_to_a_day_is_a_window_from_the_plans_day() -> None:
    (reading,) = parse_deadlines(FROM_NOW, HAI_DUONG)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2022, 1, 6),
        date(2022, 1, 20),
    )
    assert reading.label == "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra"


@pytest.mark.parametrize("phrase", ["từ nay đến ngày 20/1/2022", "từ nay đến hết ngày 20/1"])
def test_other_spellings_of_from_now_to_a_day_read_the_same(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, HAI_DUONG)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2022, 1, 6),
        date(2022, 1, 20),
    )


def test_from_now_to_a_day_before_the_plan_is_refused() -> None:
    with pytest.raises(DeadlineError, match="sau hạn 20/01/2022"):
        parse_deadlines("từ nay đến ngày 20/1/2022", Context(issued=date(2022, 1, 25)))


def test_from_now_without_a_plan_date_keeps_the_day_it_names() -> None:
    (reading,) = parse_deadlines("từ nay đến ngày 20/1/2022", Context())
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2022, 1, 20))


# Kế hoạch Đại hội TDTT tỉnh Yên Bái lần X (g-2- set): the window's last day restated as the
# day to finish by was read as a second deadline, a second milestone for one task.
YEN_BAI = Context(issued=date(2025, 1, 10))
RESTATED = "Thời gian tổ chức: Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 31/5/2025"


def test_a_day_restating_the_windows_end_is_that_windows_deadline() -> None:
    (reading,) = parse_deadlines(RESTATED, YEN_BAI)
    assert (reading.kind, reading.first, reading.last, reading.label) == (
        DeadlineKind.WINDOW,
        date(2025, 1, 1),
        date(2025, 5, 31),
        "Thời gian tổ chức",
    )


@pytest.mark.parametrize(
    ("phrase", "lasts"),
    [
        # another day after the window is another deadline: both kept, never merged
        ("Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 20/5/2025", [31, 20]),
        ("Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 30/6/2025", [31, 30]),
    ],
)
def test_a_different_day_after_a_window_stays_its_own_deadline(
    phrase: str, lasts: list[int]
) -> None:
    readings = parse_deadlines(phrase, YEN_BAI)
    assert [r.last.day for r in readings if r.last is not None] == lasts

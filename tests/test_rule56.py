"""Session 56, helper rule56: the four rulings of issue 11 the lead made this session, each
read where the corpus agrees and refused in its doubtful neighbours (issue 11 §1: never a
silent wrong date):

- 56(a) "đến tháng M/Y", "đến quý N/Y" closing a task: due on the period's last day, as
  "Đến năm 2035" is (`grammar.PERIOD_RULE`, `periods._to_end`, `uptoperiod`);
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# --- 56(a) "đến tháng M/Y", "đến quý N/Y": through the period's last day ---------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # o-quang-nam-snn-khung-lich-tom-2023
        (
            "Đối với vùng nuôi cơ sở hạ tầng đảm bảo, chủ động nguồn nước, giải pháp kỹ thuật "
            "nuôi phù hợp, có thể thả giống đến tháng 10 năm 2023",
            "2023-02-01",
            date(2023, 10, 31),
        ),
        ("hoàn thành đến tháng 9/2026", "2026-03-01", date(2026, 9, 30)),
        ("hoàn thành đến tháng 02-2027", "2026-03-01", date(2027, 2, 28)),
        ("hoàn thành đến quý I.2027", "2026-03-01", date(2027, 3, 31)),
        ("hoàn thành đến quý IV/2026", "2026-03-01", date(2026, 12, 31)),
        ("hoan thanh den thang 9/2026", "2026-03-01", date(2026, 9, 30)),
    ],
)
def test_up_to_a_month_or_quarter_is_its_last_day(phrase: str, issued: str, last: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, last)
    assert "trong văn bản hành chính là đến hết" in reading.reading  # the reading says so


def test_from_now_up_to_a_month_is_a_window_from_the_issue_day() -> None:
    # c-baoquangnam-dai-hoi-doan-tinh-2022, g-baotintuc-ha-noi-cong-vien-tuoi-tre-2023
    reading = one("từ nay đến tháng 9.2022", ctx("2022-03-10"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2022, 3, 10),
        date(2022, 9, 30),
    )
    reading = one(
        "quyết tâm trong thời gian từ nay đến tháng 9/2023, phải xử lý dứt điểm tồn tại trong "
        "Công viên Tuổi trẻ Thủ đô",
        ctx("2023-03-01"),
    )
    assert reading.last == date(2023, 9, 30)


@pytest.mark.parametrize(
    "phrase",
    [
        "đến tháng 9",  # no year
        "đến quý III",
        "đến tháng 9 năm nay",
        "đến tháng 13/2026",
        "đến tháng 9, 10/2026",  # two periods
        "đến tháng 9/2026 và tháng 10/2026",
        "đến quý I/2027, quý II/2027",
        "từ nay đến tháng 9/2026 và tháng 12/2026",
        "đến tháng 9/2026 và ngày 15/10/2026",
        "nếu đến tháng 9/2026",  # a condition
        "đến tháng 9/2026 (nếu có)",
        "đến tháng 9/2026 đã hoàn thành",  # told done
        "Đến tháng 9/2026, dự án đã giải ngân 30% vốn",
        "chưa hoàn thành đến tháng 9/2026",  # negated
        "đến tháng 9/2026 không hoàn thành",
        "không được kéo dài đến tháng 9/2026",
        "hoãn đến tháng 12/2026",  # put off
        "khoảng đến tháng 9/2026",
        "đến tháng 9/2025",  # a past month
        "tới tháng 9/2026",  # the ruling is "đến"'s
        "đến ngày 9/2026",
    ],
)
def test_up_to_a_month_neighbours_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_a_month_range_still_reads_as_its_window() -> None:
    reading = one("từ tháng 4 đến tháng 6/2026", ctx("2026-03-01"))
    assert (reading.first, reading.last) == (date(2026, 4, 1), date(2026, 6, 30))


def test_up_to_a_month_without_a_year_stays_refused_without_an_issue_day() -> None:
    assert "không ghi năm" in refused("đến tháng 9")
    assert [one.last for one in parse_deadlines("đến tháng 9/2026", ctx())] == [date(2026, 9, 30)]

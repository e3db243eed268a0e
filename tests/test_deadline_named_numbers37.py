"""Numbers that name a part of a project or a road's chainage.

A label may hold no number the reading does not explain (issue 11 §1); these name a thing,
never a day, so the phrase's own deadline reads. Each stays refused when the number could
be a day ("thành phần 12/2025")."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines

CONTEXT = Context(issued=date(2025, 6, 1))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # t-dantri-moc-thoi-gian-du-an-giao-thong-2025
        (
            "Cảng hàng không Quốc tế Long Thành (dự án thành phần 2 và 3) phải về đích vào "
            "tháng 12 năm nay",
            date(2025, 12, 1),
            date(2025, 12, 31),
        ),
        # za-tuongtac-hue-duong-hien-luong-2025
        (
            "Đơn vị đang tập trung thi công đoạn đường từ Km0 – Km1+500 và các đương gom đầu "
            "cầu Vượt để đảm bảo hoàn thành trước ngày 02/09/2025.",
            date(2025, 9, 2),
            date(2025, 9, 2),
        ),
    ],
)
def test_a_named_number_leaves_the_deadline_read(phrase: str, first: date, last: date) -> None:
    readings = parse_deadlines(phrase, CONTEXT)
    assert [(one.first, one.last) for one in readings] == [(first, last)]


@pytest.mark.parametrize(
    "phrase",
    [
        "thành phần 12/2025 hoàn thành trước ngày 30/12/2025",  # "12/2025" may be a month
        "đoạn Km 12/9 hoàn thành trước ngày 30/12/2025",  # a day-month after "Km"
        # an outline number "1.2." may be a day written with dots, in a cell that writes its
        # days so (test_deadline_forms_l, _p; session 49 reads it before days written otherwise)
        "1.2. Tổ chức đại hội, hoàn thành trước ngày 30.6.2025",
    ],
)
def test_a_number_that_may_be_a_day_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, CONTEXT)

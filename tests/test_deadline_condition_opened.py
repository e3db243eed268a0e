"""A condition "khi …" opened by a clause connective ("đồng thời khi …", "và khi …") is a
condition as much as the bare "khi …" (tests/test_deadline_breaker7.py S8): the time inside it
is the event's, or names a programme, never the task's deadline.

The real case: zu-baokhanhhoa-so-nnptnt-ke-hoach-ntm-2022 (held-out set zu-, its one misread,
closed as a safety fix): "đồng thời khi Trung ương ban hành các văn bản khung thực hiện
Chương trình NTM giai đoạn 2021 - 2025, việc cập nhật, rà soát, bổ sung sẽ thực hiện nhanh
hơn" read as a window 2021-2025, a false deadline."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import DEC_2026, days, one, refused
from kehoach.dates.deadline import DeadlineKind

PLAN = DEC_2026


def test_the_programme_named_in_a_connected_condition_is_no_window() -> None:
    refused(
        "đồng thời khi Trung ương ban hành các văn bản khung thực hiện Chương trình NTM giai "
        "đoạn 2021 - 2025, việc cập nhật, rà soát, bổ sung sẽ thực hiện nhanh hơn",
        PLAN,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "đồng thời khi có hướng dẫn của Bộ (dự kiến tháng 3/2027)",
        "Đồng thời khi Bộ ban hành hướng dẫn (dự kiến quý II/2027)",
        "dong thoi khi co huong dan cua Bo (du kien thang 3/2027)",  # a copy without marks
        "và khi có kinh phí (năm 2027)",
        "nhưng khi có quyết định (dự kiến quý II/2027)",
        "tuy nhiên khi có yêu cầu (tháng 3/2027)",
        "Mặt khác, khi có hướng dẫn (tháng 3/2027)",
    ],
)
def test_a_condition_after_a_connective_is_refused(phrase: str) -> None:
    assert "điều kiện" in refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Đồng thời hoàn thành trước ngày 30/6/2027", date(2027, 6, 30)),
        ("và hoàn thành trong tháng 3/2027", date(2027, 3, 31)),
    ],
)
def test_a_connective_before_the_task_itself_still_reads(phrase: str, last: date) -> None:
    assert days(one(phrase, PLAN))[2] == last


def test_the_bare_condition_keeps_its_reason() -> None:
    assert "điều kiện" in refused("khi có hướng dẫn (tháng 3/2027)", PLAN)


def test_a_connective_alone_is_no_condition() -> None:
    assert one("đồng thời trong quý II/2027", PLAN).kind is DeadlineKind.WINDOW

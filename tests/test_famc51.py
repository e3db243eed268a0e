"""Session 51, helper famc51: a standing rule's due day "năm trước" (the year before the one
its work is for: the budget law's "trước ngày 10 tháng 12 năm trước"), each year's day."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import Context, Frequency

STANDING = Context(standing=True)


# --- a standing rule's day "năm trước": each year's, for the year after ----------------------


@pytest.mark.parametrize(
    ("phrase", "month", "day"),
    [
        # y-thuvienphapluat-hoi-dap-nd-163-dieu-29-giao-du-toan (Nghị định 163/2016/NĐ-CP, Điều 29)
        (
            "2. Căn cứ quyết định giao dự toán ngân sách của Thủ tướng Chính phủ, Ủy ban nhân dân "
            "cấp tỉnh trình Hội đồng nhân dân cùng cấp quyết định dự toán ngân sách địa phương, "
            "phương án phân bổ dự toán ngân sách cấp tỉnh, mức bổ sung từ ngân sách cấp tỉnh cho "
            "ngân sách cấp dưới và tỷ lệ phần trăm (%) phân chia các khoản thu giữa ngân sách các "
            "cấp chính quyền địa phương trước ngày 10 tháng 12 năm trước",
            12,
            10,
        ),
        ("trước ngày 10/12 năm trước.", 12, 10),
        ("chậm nhất là ngày 15 tháng 11 năm trước", 11, 15),
        ("truoc ngay 10 thang 12 nam truoc", 12, 10),  # diacritics stripped
    ],
)
def test_a_standing_day_in_the_year_before_is_each_years(phrase: str, month: int, day: int) -> None:
    reading = one(phrase, STANDING)
    rule = reading.recurrence
    assert rule is not None
    assert (rule.frequency, rule.month, rule.day) == (Frequency.YEARLY, month, day)
    assert rule.offset == 1  # the work is for the year after the due day's
    assert "năm trước" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        "đến ngày 31/12 năm trước",  # a figure's day (the balance at the year's end)
        "ngày 10/12 năm trước",  # no due word: a day told of last year
        "trước ngày 10/12 năm trước, nếu có",  # words after it
        "trước ngày 10/12 năm trước năm ngân sách",
        "trước ngày 10/12/2025 năm trước",  # a year written
        "nếu trình trước ngày 10 tháng 12 năm trước",  # a condition
        "hằng tháng trước ngày 10 tháng 12 năm trước",  # a cadence that disagrees
        "trước ngày 10 tháng 12 năm trước và ngày 20/12",  # a second day
        "trước ngày 31 tháng 2 năm trước",  # no such day
    ],
)
def test_a_day_in_the_year_before_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase, STANDING)


def test_a_plans_day_in_the_year_before_stays_refused() -> None:
    # a plan, not a standing rule: the year before which year?
    refused("trước ngày 10 tháng 12 năm trước", ctx("2025-03-01"))
    refused("trước ngày 10 tháng 12 năm trước", replace(STANDING, standing=False))

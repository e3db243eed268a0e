"""Session 56, helper unreca56: forms of the long tail of refused corpus phrases."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- an anniversary counted, then the occasion's name and its own day --------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # zc-baogialai-hoi-lhpn-tinh-hoat-dong-2026, the form's own phrase: 1910 + 116 = 2026
        ("kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3", date(2026, 3, 8)),
        ("kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3", date(2026, 3, 8)),
        ("kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8.3", date(2026, 3, 8)),
        ("tổ chức các hoạt động kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3", date(2026, 3, 8)),
        ("kỷ niệm 81 năm Quốc khánh 2-9", date(2026, 9, 2)),  # 1945 + 81
        ("kỷ niệm 96 năm Ngày thành lập Đảng 3-2", date(2026, 2, 3)),  # 1930 + 96
    ],
)
def test_an_anniversary_counted_reads_its_occasions_day_of_the_year_counted(
    phrase: str, day: date
) -> None:
    reading = one(phrase, ctx("2026-01-29"))
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.DATE, day, day)
    assert reading.label is not None and "kỷ niệm" in reading.label


def test_a_count_of_another_year_is_refused_for_the_count() -> None:
    # 1910 + 115 = 2025, the plan's year is 2026: one of the two numbers is mistyped
    why = refused("kỷ niệm 115 năm Ngày Quốc tế Phụ nữ 8-3", ctx("2026-01-29"))
    assert "kỷ niệm 115 năm (từ 1910) là năm 2025" in why


def test_a_plan_of_the_year_before_is_refused_not_moved_to_the_count() -> None:
    # the plan's year gives 8/3/2025, which the count (2026) does not name: refused
    why = refused("kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3", ctx("2025-12-20"))
    assert "là năm 2026, không phải 2025" in why


def test_the_occasions_day_already_past_is_refused() -> None:
    refused("kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3", ctx("2026-04-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 9-3",  # not the occasion's own day
        "đã tổ chức kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",  # told done
        "trước kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",  # a bound, not the day
        "nếu tổ chức kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",  # a condition
        "không tổ chức kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3",  # denied
        "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3 năm 2026",  # another number after it
        "kỷ niệm 20 năm Ngày Gia đình Việt Nam 28-6",  # no first year known: count unchecked
        "ky niem 116 nam Ngay Quoc te Phu nu 8-3",  # no diacritics: left to the rules
    ],
)
def test_the_anniversarys_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-29"))


def test_the_occasion_beside_another_time_is_still_only_its_name() -> None:
    reading = one(
        "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3, báo cáo trước ngày 1/3", ctx("2026-01-29")
    )
    assert reading.last == date(2026, 3, 1)

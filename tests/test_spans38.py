"""Compact spans and lists of days (session 38, family C): "các ngày 14 - 15.2", "trong các
ngày từ 25 đến 27-2", "vào các ngày 26/5 - 29/5/2026". Each read from its real phrase in the
corpus; the near phrases that must stay refused beside it (issue 11: never a silent wrong
date; a day written with a dash or a dot alone may be another number)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

THANH_NIEN_TET = ctx("2026-02-12")  # Thanh Niên, chương trình mừng năm mới Bính Ngọ 2026
DONG_NAI = ctx("2024-02-01")  # Báo Đồng Nai, giao nhận quân 25-27/2/2024


# --- "các ngày" before a span of days, its month written with a dash or a dot ------------------


def test_the_days_then_a_span_with_a_dot_before_its_month() -> None:
    # tests/corpus/t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026.yaml
    reading = one(
        "Chương trình Vui Xuân đón Tết các ngày 14 - 15.2 tại Làng văn hóa - du lịch các dân tộc VN",
        THANH_NIEN_TET,
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2026, 2, 14), date(2026, 2, 15))
    assert reading.label == "Chương trình Vui Xuân đón Tết"


def test_the_days_from_one_to_a_dashed_end() -> None:
    # tests/corpus/zg-baodongnai-giao-nhan-quan-25-27-2-2024.yaml
    reading = one(
        "trong các ngày từ 25 đến 27-2, thanh niên cả nước sẽ lên đường thực hiện nghĩa vụ quân "
        "sự (NVQS), bảo vệ Tổ quốc trong tình hình mới.",
        DONG_NAI,
    )
    assert (reading.first, reading.last) == (date(2024, 2, 25), date(2024, 2, 27))
    assert reading.label is not None and reading.label.startswith("thanh niên cả nước")


def test_the_days_word_is_never_the_label() -> None:
    # "các" was the step's name of "các ngày 4-10/12" (the lead's words, left over)
    assert one("các ngày 4-10/12", ctx("2017-11-20")).label is None


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("các ngày 14-15-2", "“các ngày”"),  # one mark twice: "14-15" may be a date
        ("các ngày 14 - 15-2", "“các ngày”"),
        ("Vui Xuân 14 - 15.2", "“các ngày”"),  # no "các ngày", no "từ ngày": a number?
        ("từ 9 đến 12-2", "“từ ngày”"),  # "từ" alone: "9 đến 12-2" may count other things
        ("các ngày 15 - 14.2", "không trước ngày kết thúc"),  # the start after its end
        ("các ngày 1 đến 10-6 tuổi", "không nhận ra"),  # ages, not days
    ],
)
def test_a_dashed_span_that_says_too_little_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, THANH_NIEN_TET)

"""Session 52, helper famf52 (family F of the tuning corpus's refusals): the forms kept, each
with the neighbours that must stay refused.

A yearly day or month "được xác định là" (is designated as) a named day or month is named as
"được chọn là" names it: "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em Việt
Nam" (Hội LHPN Khánh Hòa, 2025) reads as June of every year (`asides._NOTE`, `_NAMED`)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # tests/corpus/zh-phunu-khanhhoa-thang-hanh-dong-vi-tre-em-2025.yaml
        (
            "Chăm lo, bảo vệ và giáo dục trẻ em luôn được Đảng, Nhà nước quan tâm, chú trọng và "
            "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em Việt Nam",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1",
        ),
        (
            "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1",
        ),
        (
            "ngày 28/6 hàng năm được xác định là Ngày Gia đình Việt Nam",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28",
        ),
        # the same naming with "được chọn là", read before
        (
            "Tháng 6 hằng năm được chọn là Tháng hành động vì trẻ em",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1",
        ),
    ],
)
def test_a_yearly_time_designated_a_named_day_reads_every_year(phrase: str, rule: str) -> None:
    reading = one(phrase, ctx("2025-06-01"))
    assert (reading.kind, reading.rrule) == (DeadlineKind.RECURRING, rule)


@pytest.mark.parametrize(
    "phrase",
    [
        # no name after "là": a time of the deadline, or a deadline itself
        "ngày 15/6 hàng năm được xác định là hạn nộp báo cáo",
        "tháng 6 hàng năm được xác định là tháng cao điểm",
        "Tháng 6 hàng năm được xác định là Ngày cuối cùng nộp hồ sơ",
        # a condition, a negation, a told-done, a year or a second time
        "tháng 6 hàng năm được xác định là Tháng hành động, nếu được duyệt",
        "nếu tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em",
        "tháng 6 hàng năm không được xác định là Tháng hành động vì trẻ em",
        "tháng 6 hàng năm đã được xác định là Tháng hành động vì trẻ em",
        "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em từ năm 2026",
        "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em, trước ngày 15/6 báo cáo",
        "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em (Tháng 6)",
        # no diacritics: "thang" may be a month of the deadline
        "thang 6 hang nam duoc xac dinh la Thang hanh dong vi tre em",
    ],
)
def test_a_designation_that_may_move_the_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-01"))


def test_a_designation_of_one_year_stays_that_year() -> None:
    # "năm 2025": that year's June, never every year's
    reading = one("tháng 6 năm 2025 được xác định là Tháng hành động vì trẻ em", ctx("2025-05-01"))
    assert reading.kind is DeadlineKind.WINDOW
    assert (str(reading.first), str(reading.last)) == ("2025-06-01", "2025-06-30")

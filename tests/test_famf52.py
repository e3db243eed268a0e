"""Session 52, helper famf52 (family F of the tuning corpus's refusals): the forms kept, each
with the neighbours that must stay refused.

A yearly day or month "được xác định là" (is designated as) a named day or month is named as
"được chọn là" names it: "tháng 6 hàng năm được xác định là Tháng hành động vì trẻ em Việt
Nam" (Hội LHPN Khánh Hòa, 2025) reads as June of every year (`asides._NOTE`, `_NAMED`). The
rice varieties a sowing calendar lists after "giống … như" and before the colon of their
window are names (`label._NAMED_NUMBER`). "thường xuyên" with the working days it is held on,
closing a phrase with no number, is ongoing (`grammar.ONGOING_RULE`, `cadence.build_ongoing`).
No reading here depends on today: the days are the phrase's, the rules' days are RFC 5545."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
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


# --- the rice varieties a sowing calendar lists before their window ------------------------
# "Nhóm giống có thời gian sinh trưởng trung ngắn ngày như: Thiên ưu 8, BC 15, HT1: Gieo từ
# ngày 25- 30/12" (HTX Hòa Tiến 1, lịch thời vụ Đông Xuân 2017-2018): the numbers name the
# varieties, the window after the last colon is the sowing's (`label._NAMED_NUMBER`).


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018.yaml
        "Nhóm giống có thời gian sinh trưởng trung ngắn ngày như: Thiên ưu 8, BC 15, HT1: Gieo"
        " từ ngày 25- 30/12",
        "Nhóm giống như: Thiên ưu 8, BC 15, HT1: Gieo từ ngày 25- 30/12",
        "Nhom giong co thoi gian sinh truong trung ngan ngay nhu: Thien uu 8, BC 15, HT1: Gieo"
        " tu ngay 25- 30/12",
    ],
)
def test_the_varieties_listed_before_their_sowing_window_are_names(phrase: str) -> None:
    assert read_days(phrase, "2017-12-01") == ("window", "2017-12-25", "2017-12-30")


@pytest.mark.parametrize(
    "phrase",
    [
        # a word of time among the "names": no list of varieties
        "Nhóm giống như: Thiên ưu 8, trước 15, HT1: Gieo từ ngày 25- 30/12",
        # a name with a day's mark: a day to the eye (the page's own "13/2" variety)
        "Nhóm giống như: Thiên ưu 8, BC 15/12, HT1: Gieo từ ngày 25- 30/12",
        "Nhóm giống có thời gian sinh trưởng dàu ngày như 13/2, NX30, Xi23: gieo từ ngày 15/12"
        " - 20/12",
        # no colon closing the list: the names run into the step
        "Nhóm giống như: Thiên ưu 8, BC 15, HT1 gieo từ ngày 25- 30/12",
        # a negation, a delay after it
        "Nhóm giống như: Thiên ưu 8, BC 15, HT1: không gieo từ ngày 25- 30/12",
        "Nhóm giống như Thiên ưu 8, BC 15, HT1: Gieo từ ngày 25- 30/12, nếu trời rét thì lùi lại",
        # a variety named "Nam …" folds to "năm" (a year): not taken for a name
        "Nhóm giống như: Nếp 87, Nam Ưu 2: Gieo từ ngày 25- 30/12",
        # numbers with no "giống … như" before them
        "Thiên ưu 8, BC 15, HT1: Gieo từ ngày 25- 30/12",
    ],
)
def test_numbers_that_may_not_be_varieties_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2017-12-01"))


# --- a reception held every working day ------------------------------------------------------
# "… tiếp công dân thường xuyên trong giờ hành chính vào tất cả các ngày làm việc trong năm"
# (xã Tây Sơn, Gia Lai, 2025): ongoing, as "thường xuyên" alone reads (`grammar.ONGOING_RULE`).


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/o-gia-lai-tay-son-lich-tiep-cong-dan-2025.yaml
        "UBND xã phân công chuyên viên Văn phòng HĐND & UBND xã tiếp công dân thường xuyên"
        " trong giờ hành chính vào tất cả các ngày làm việc trong năm",
        "tiếp công dân thường xuyên vào các ngày làm việc",
        "tiếp công dân thường xuyên, vào tất cả các ngày làm việc.",
    ],
)
def test_a_reception_every_working_day_is_ongoing(phrase: str) -> None:
    reading = one(phrase, ctx("2025-01-05"))
    assert reading.kind is DeadlineKind.ONGOING
    assert (reading.first, reading.last, reading.recurrence) == (None, None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # each weekday: a weekly rule, never read as ongoing here
        "tiếp công dân thường xuyên vào các ngày làm việc trong tuần",
        # a year, a school year, a weekday, another day or a number in the phrase
        "tiếp công dân thường xuyên vào các ngày làm việc trong năm 2025",
        "tiếp công dân thường xuyên vào các ngày làm việc trong năm học",
        "tiếp công dân thường xuyên vào các ngày làm việc thứ Hai",
        "tiếp công dân thường xuyên vào các ngày làm việc, trước ngày 5/3",
        "Từ ngày 1/3/2025, tiếp công dân thường xuyên vào các ngày làm việc",
        "Tổ 3 tiếp công dân thường xuyên vào các ngày làm việc",
        # a negation, a condition, a cadence before it
        "không tiếp công dân thường xuyên vào các ngày làm việc trong năm",
        "nếu cần, tiếp công dân thường xuyên vào các ngày làm việc",
        "hằng tháng tiếp công dân thường xuyên vào các ngày làm việc",
    ],
)
def test_working_days_with_another_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-05"))

"""Session 49, family A (helper afterk): phrases refused for words after the date the grammar
did not know. Three forms are read: the income per head a plan raises to a sum "/năm", "cả"
between two days of a list, and a show's minutes before its hour. Beside each, the phrases
a careful reader would refuse stay refused: a negation, a condition, a cadence, a result
told of a year gone by, a second year or day, minutes past midnight, a show told done."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# zn-baothanhhoa-xa-quang-ninh-thi-dua-2026 (Báo Thanh Hóa, 08/01/2026)
INCOME = (
    "Theo kế hoạch, năm 2026 xã Quảng Ninh phấn đấu đạt tốc độ tăng tổng giá trị sản phẩm 11%, "
    "nâng thu nhập bình quân đầu người lên 74,2 triệu đồng/năm"
)


def test_the_income_per_head_a_plan_raises_is_no_year() -> None:
    assert _read(INCOME, "2026-01-08") == [(W, date(2026, 1, 1), date(2026, 12, 31))]
    plain = "Năm 2026, nâng thu nhập bình quân lên 74 triệu đồng/người/năm"
    assert _read(plain, "2026-01-08") == [(W, date(2026, 1, 1), date(2026, 12, 31))]


def test_income_told_done_past_or_beside_another_time_stays_refused() -> None:
    issued = ctx("2026-01-08")
    # a year gone by: its result, not a target (convention 4)
    refused("Năm 2025, xã nâng thu nhập bình quân đầu người lên 70 triệu đồng/năm", issued)
    refused("năm 2025 xã đã nâng thu nhập bình quân đầu người lên 70 triệu đồng/năm", issued)
    refused("năm 2025 thu nhập bình quân đầu người đạt 70 triệu đồng/năm", issued)
    base = "năm 2026 nâng thu nhập bình quân đầu người lên 74 triệu đồng/năm"
    refused(base + ", năm 2030 lên 100 triệu đồng/năm", issued)
    refused(base + " vào năm 2027", issued)
    refused(base + " và năm 2027", issued)
    refused(base + " trong 5 năm tới", issued)
    refused(base + " đến năm 2030", issued)
    refused(base + " sau 2 năm", issued)
    refused(base.replace("năm 2026", "hằng năm"), issued)
    refused(base.replace("năm 2026", "năm 2026 nếu"), issued)
    refused(base.replace("năm 2026", "năm 2026 không"), issued)
    # an increase each year: no "lên" to a yearly income
    refused("năm 2026 tăng thu nhập bình quân đầu người thêm 5 triệu đồng/năm", issued)
    refused(base.replace("/năm", "/năm/tháng"), issued)


@given(st.integers(min_value=10, max_value=999), st.integers(min_value=0, max_value=9))
def test_any_income_raised_to_reads_the_year(millions: int, tenth: int) -> None:
    phrase = f"Năm 2027, nâng thu nhập bình quân đầu người lên {millions},{tenth} triệu đồng/năm"
    assert _read(phrase, "2026-12-01") == [(W, date(2027, 1, 1), date(2027, 12, 31))]


# zc-tek4tv-dai-hoi-phu-nu-ha-noi-2025 (Tek4tv on Hà Nội's women's congress, 13/11/2025)
ALSO_THE_DAY = (
    "Theo kế hoạch, ngày 20 và cả ngày 21/11/2025, Đại hội đại biểu Phụ nữ thành phố Hà Nội "
    "lần thứ XVII nhiệm kỳ 2025 - 2030 sẽ được diễn ra tại Cung Văn hóa Lao động Hữu nghị Việt "
    "Xô, với sự tham dự của 448 đại biểu ưu tú, đại diện cho hàng triệu phụ nữ Thủ đô"
)


def test_ca_between_two_days_joins_them() -> None:
    assert _read(ALSO_THE_DAY, "2025-11-13") == [(W, date(2025, 11, 20), date(2025, 11, 21))]
    assert _read("họp ngày 20 và cả ngày 21 tháng 11 năm 2025", "2025-11-13") == [
        (W, date(2025, 11, 20), date(2025, 11, 21))
    ]
    # two days apart: two days, as "ngày 20 và ngày 25/11/2025" reads
    assert _read("ngày 20 và cả ngày 25/11/2025", "2025-11-13") == [
        (D, date(2025, 11, 20), date(2025, 11, 20)),
        (D, date(2025, 11, 25), date(2025, 11, 25)),
    ]


def test_ca_beside_another_period_or_word_of_time_stays_refused() -> None:
    issued = ctx("2025-11-13")
    refused("ngày 20/11 và cả năm 2026", issued)  # a second period
    refused("ngày 20 và cả ngày hôm sau", issued)  # no day written after it
    refused("ngày 20 và không cả ngày 21/11/2025", issued)
    refused("ngày 20 hoặc cả ngày 21/11/2025", issued)
    refused("ngày 20 và cả ngày 21/11/2025 nếu cần", issued)
    refused("ngày 20 và cả ngày 21/11/2025 hằng năm", issued)
    refused("ngày 20 và cả ngày 21/11/2025 đã xong", issued)


# h-b2-baomoi-bac-lieu-ke-hoach-mung-xuan-2024 (Bạc Liêu's plan for Tết Giáp Thìn), without
# its gloss "(tức đêm Giao thừa 30 Tết Nguyên đán Giáp Thìn)", which test_afterb holds refused
SHOW = "Thời gian bắn 15 phút, từ 23 giờ ngày 9/2/2024"


def test_a_show_s_minutes_from_its_hour_make_it_that_day_s() -> None:
    assert _read(SHOW) == [(D, date(2024, 2, 9), date(2024, 2, 9))]
    performance = "Thời gian biểu diễn 45 phút, vào 20 giờ ngày 9/2/2024"
    assert _read(performance, "2024-01-20") == [(D, date(2024, 2, 9), date(2024, 2, 9))]
    (reading,) = parse_deadlines(SHOW, ctx("2024-01-20"))
    assert "15 phút" in reading.reading  # the number is accounted for


def test_show_minutes_without_their_day_stay_refused() -> None:
    issued = ctx("2024-01-20")
    refused(SHOW.replace("23 giờ", "23 giờ 50"), issued)  # past midnight: 10/2's
    refused("Thời gian biểu diễn 45 phút, từ 23 giờ 30 ngày 9/2/2024", issued)
    refused("Thời gian bắn 15 phút, từ ngày 9/2/2024", issued)  # no hour
    refused("Thời gian bắn 15 phút, từ 23 giờ ngày 9/2 đến 10/2/2024", issued)  # a span
    refused("bắn pháo hoa kéo dài 15 phút, từ 23 giờ ngày 9/2/2024 đến 23 giờ ngày 10/2/2024")
    refused("Thời gian bắn 15 phút, từ 23 giờ ngày 9/2/2024 và 23 giờ ngày 10/2/2024", issued)
    refused("Thời gian bắn 15 phút, từ 23 giờ ngày 9/2/2024 hoặc 10/2/2024", issued)
    refused("có mặt trước 15 phút, từ 23 giờ ngày 9/2/2024", issued)  # before the hour
    refused("kéo dài 15 phút, trước 0 giờ ngày 10/2/2024", issued)
    refused("đã bắn pháo hoa kéo dài 15 phút, từ 23 giờ ngày 9/2/2024", issued)
    refused("vừa bắn pháo hoa kéo dài 15 phút, vào 23 giờ ngày 9/2/2024", issued)
    refused("không bắn pháo hoa kéo dài 15 phút, từ 23 giờ ngày 9/2/2024", issued)
    refused("bắn pháo hoa kéo dài 15 phút, từ 23 giờ ngày 9/2/2024 hằng năm", issued)
    refused("Thời gian bắn 15 phút, từ 23 giờ ngày 9/2/2024, năm sau", issued)
    refused("Thời gian bắn 15 phút, từ 23 giờ ngày 9/2/2024 (Thứ Bảy)", issued)
    refused("Thời gian bắn 5 phút, 10 phút, từ 23 giờ ngày 9/2/2024", issued)


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=1, max_value=99))
def test_show_minutes_read_only_within_their_day(hour: int, minutes: int) -> None:
    phrase = f"Thời gian bắn {minutes} phút, từ {hour} giờ ngày 9/2/2024"
    if hour * 60 + minutes <= 24 * 60:
        assert _read(phrase, "2024-01-20") == [(D, date(2024, 2, 9), date(2024, 2, 9))]
    else:
        refused(phrase, ctx("2024-01-20"))

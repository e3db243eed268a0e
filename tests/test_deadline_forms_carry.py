"""Forms carried session after session across the older sets (branch tune-carry, session 28):
rounds numbered by year ("đợt 2/2025": a round, never February), a plan's own page telling its
issuing (the lead's ruling on conventions 11 and 7). Each with the real phrases that motivated
it (their corpus files named), the near variants that must stay refused, and a property."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# --- a round numbered by year: "đợt 2/2025" ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # p-baodanang-tiem-phong-dot-2-2025 (refused before: "2/2025" taken for another date)
        (
            "khẩn trương tổ chức triển khai thực hiện Tháng tổng vệ sinh, khử trùng, tiêu độc môi "
            "trường đợt 2/2025; thời gian thực hiện đồng loạt trong tháng 9/2025",
            "2025-08-22",
            ("2025-09-01", "2025-09-30"),
        ),
        # z-baodanang-thang-tong-ve-sinh-dot-2-2025
        (
            "Theo đó, UBND thành phố giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các "
            "ngành, địa phương khẩn trương triển khai Tháng tổng vệ sinh, khử trùng tiêu độc môi "
            "trường đợt 2/2025, trong thời gian tháng 8-9/2025",
            "2025-08-18",
            ("2025-08-01", "2025-09-30"),
        ),
        # z-baophapluat-bac-ninh-cv-1787-tong-ve-sinh-dot-1-2026: the round named twice, both
        # ways, on a page with no date
        (
            "Theo đó, để thực hiện tốt nhiệm vụ tổng vệ sinh, khử trùng, tiêu độc môi trường và "
            "khẩn trương tiêm phòng vắc xin cho đàn vật nuôi đợt 1/2026, Chủ tịch UBND tỉnh Bắc "
            "Ninh yêu cầu Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan liên quan "
            "tổ chức triển khai, hướng dẫn các địa phương thực hiện tháng tổng vệ sinh, khử trùng, "
            "tiêu độc môi trường đợt 1 năm 2026, thời gian từ ngày 10/3 đến 31/3/2026",
            None,
            ("2026-03-10", "2026-03-31"),
        ),
        # the round's year lends itself to days printed without one, on a page with no date
        ("Tháng tổng vệ sinh đợt 2/2025, trong tháng 9", None, ("2025-09-01", "2025-09-30")),
    ],
)
def test_a_round_of_the_year_reads_its_own_days(
    phrase: str, issued: str | None, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)
    assert "không phải tháng" in (one(phrase, ctx(issued)).gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng tổng vệ sinh, khử trùng, tiêu độc môi trường đợt 2/2025",
        "Chiến dịch bổ sung Vitamin A đợt 1 năm 2026",
        "tiêm phòng vắc xin cho đàn vật nuôi đợt 1/2026",
    ],
)
def test_a_round_with_no_day_is_refused_naming_the_round(phrase: str) -> None:
    why = refused(phrase, ctx("2025-08-01"))
    assert "số thứ tự của đợt" in why and "không phải tháng" in why


def test_a_round_whose_days_fall_in_another_year_is_refused() -> None:
    why = refused("Tháng tổng vệ sinh đợt 2/2025, trong tháng 9/2024", ctx("2024-08-01"))
    assert "đợt 2/2025" in why and "2024" in why


@given(n=st.integers(1, 4), year=st.integers(2000, 2040), month=st.integers(1, 12))
def test_a_round_never_reads_as_its_number_month(n: int, year: int, month: int) -> None:
    """Property: "đợt N/YYYY" beside month M of YYYY reads month M, never month N."""
    phrase = f"Tháng tổng vệ sinh đợt {n}/{year}, trong tháng {month}/{year}"
    reading = one(phrase, ctx(f"{year}-01-01"))
    assert reading.first == date(year, month, 1)
    assert reading.last is not None and reading.last.month == month


# --- a plan's own page telling its issuing (conventions 11 and 7) --------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # zl-vpubnd-laichau-kh-1371-chuyen-doi-so-2026: the office's portal posting the plan
        (
            "Ngày 24/10/2025, Văn phòng UBND tỉnh Lai Châu ban hành Kế hoạch số 1371/KH-VPUBND "
            "chuyển đổi số của Văn phòng UBND tỉnh năm 2026",
            "2025-10-24",
            ("2026-01-01", "2026-12-31"),
        ),
        # zl-soldtbxh-hungyen-kh-38-binh-dang-gioi-2022
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện "
            "công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022",
            "2022-03-04",
            ("2022-01-01", "2022-12-31"),
        ),
        # z-tayninh-kh-1173-kiem-tra-cchc-2016: the portal's item the day after the signing,
        # opening with the plan's own purpose (expected refused before the lead's ruling)
        (
            "Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác "
            "kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016",
            "2016-05-12",
            ("2016-01-01", "2016-12-31"),
        ),
    ],
)
def test_a_plans_own_page_telling_its_issuing_reads_its_year(
    phrase: str, issued: str, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)
    assert "chính văn bản được ban hành" in (one(phrase, ctx(issued)).gloss or "")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # told as done: r-lai-chau-kh-1888-vpubnd-cchc-2026, z-baothanhhoa-kh-275 (a report)
        (
            "Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số "
            "1888/KH-VPUBND về công tác cải cách hành chính năm 2026.",
            "2025-12-30",
        ),
        (
            "Ngày 31/12/2025, UBND tỉnh Thanh Hóa đã ban hành Kế hoạch số 275/KH-UBND về chuyển "
            "đổi số năm 2026",
            "2026-01-06",
        ),
        # a plan issued long before the page that tells it: another document (convention 7)
        (
            "Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác "
            "kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016",
            "2016-09-30",
        ),
        # no page day to compare with
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện "
            "công tác bình đẳng giới năm 2022",
            None,
        ),
        # a year of work before the signing's: a past plan told
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện "
            "công tác bình đẳng giới năm 2021",
            "2022-03-04",
        ),
        # a budget's year is the object's
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về dự toán "
            "ngân sách năm 2022",
            "2022-03-04",
        ),
    ],
)
def test_a_plan_told_by_another_document_stays_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


@given(
    signed=st.dates(date(2000, 1, 1), date(2040, 12, 1)),
    later=st.integers(0, 30),
    ahead=st.integers(0, 1),
)
def test_the_own_plan_told_reads_its_year_within_a_month(
    signed: date, later: int, ahead: int
) -> None:
    """Property: a plan's own page dated up to 30 days after its signing reads the plan's year
    (the signing's or the next), never the signing day."""
    year = signed.year + ahead
    phrase = (
        f"Ngày {signed.day}/{signed.month}/{signed.year}, UBND tỉnh ban hành Kế hoạch số "
        f"12/KH-UBND về chuyển đổi số năm {year}"
    )
    page = date.fromordinal(signed.toordinal() + later)
    reading = one(phrase, ctx(page.isoformat()))
    assert (reading.first, reading.last) == (date(year, 1, 1), date(year, 12, 31))

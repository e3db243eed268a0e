"""Forms tuned on the zi- set (branch tune-zi): disasters, safety and the year's end 2024-2026
(storm orders, fire safety, Tết campaigns, the 2026 public-asset inventory, pensions paid
early). First the set's two misreads, each closed as a family: an inventory's as-of moment
told by "chốt số liệu" on a page with no date, and the month a pension is for. Then the
refusals whose expectation is a reading, by cause. Each with the real phrase that motivated
it (its corpus file named) and the near variants that must still read or stay refused (the
first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- an inventory's or a report's as-of moment, told by its words alone ------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zi-vinh-linh-quang-tri-tong-kiem-ke-tai-san-cong-2026 (the page prints no date: read
        # as due 01/01/2026 before)
        ("Thời điểm chốt số liệu kiểm kê được ấn định là 00h00 ngày 01/01/2026.", None),
        # the family's other members in the corpus, refused before and still:
        # t-thoibaotaichinh-an-giang, zi-kienthuc-qd-3531-btc, z-sggp-qd-3531-btc
        ("Thời điểm chốt kiểm kê là 0 giờ ngày 1/1/2026", "2025-11-19"),
        ("Thời điểm kiểm kê được chốt tại 0h00 ngày 1/1/2026.", None),
        ("Thời điểm kiểm kê được chốt tại 0 giờ ngày 1-1-2026", "2025-10-18"),
    ],
)
def test_an_inventory_s_moment_is_refused_with_or_without_the_page_s_day(
    phrase: str, issued: str | None
) -> None:
    assert "thời điểm kiểm kê" in refused(phrase, ctx(issued))
    # the page's day never decides it: the words do
    assert "thời điểm kiểm kê" in refused(phrase, ctx("2025-12-31"))


def test_a_data_cut_off_moment_at_its_hour_is_refused_without_an_inventory_named() -> None:
    # the same sentence without "kiểm kê": "chốt số liệu" alone tells an as-of moment
    why = refused("Thời điểm chốt số liệu được ấn định là 00h00 ngày 01/01/2026.")
    assert "mốc chốt số liệu" in why


def test_a_data_period_and_a_weekly_cut_off_still_read() -> None:
    # g-bac-kan-cv-5718-2021-bao-cao-tthc-quy-iii: a report's data period, read as its window
    period = "Thời điểm chốt số liệu báo cáo: Từ ngày 15/6/2021 đến hết ngày 14/9/2021"
    assert read_days(period, "2021-08-30") == (W, "2021-06-15", "2021-09-14")
    # z-thoibaotaichinh-cv-2961-btc-cong-khai-tien-do-kiem-ke-2026: a weekly cadence
    weekly = "Thời điểm chốt số liệu được xác định vào 17 giờ ngày Thứ Hai và Thứ Năm hàng tuần"
    assert read_days(weekly, "2026-03-12")[0] == DeadlineKind.RECURRING


def test_work_due_before_the_inventory_s_moment_still_reads() -> None:
    # zi-vinh-linh-quang-tri-tong-kiem-ke-tai-san-cong-2026: the deadlines beside the moment
    due = "Mọi công tác chuẩn bị hồ sơ, thông tin tài sản phải hoàn tất trước ngày 31/12/2025."
    assert read_days(due) == (D, "2025-12-31", "2025-12-31")


# --- the month a pension or an allowance is for --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zi-dai-phuoc-dong-nai-tb-chi-tra-luong-huu-tet-2026 (a list item of the February
        # round; read as the window of March 2026 before)
        "Lương hưu, trợ cấp BHXH tháng 03 năm 2026",
        # its title's months, and the phrase typed without diacritics
        "Lương hưu, trợ cấp BHXH tháng 02 và tháng 03 năm 2026",
        "luong huu, tro cap BHXH thang 03 nam 2026",
        "Tiền lương tháng 12/2025",
    ],
)
def test_the_month_a_benefit_is_for_is_refused(phrase: str) -> None:
    assert "tháng của lương hưu, trợ cấp" in refused(phrase, ctx("2026-02-09"))


def test_the_payment_s_own_month_still_reads() -> None:
    # zi-dai-phuoc-dong-nai-tb-chi-tra-luong-huu-tet-2026: the round's month, read
    assert read_days("Chi trả lương hưu trong tháng 3/2026", "2026-02-09") == (
        W,
        "2026-03-01",
        "2026-03-31",
    )
    paid = "Thời gian chi trả: Ngày 03/02/2026"
    assert read_days(paid, "2026-02-09") == (D, "2026-02-03", "2026-02-03")

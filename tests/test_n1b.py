"""A year opening a sentence, then a province's targets for it (issue 11 §1, branch n1b):
"Trong năm 2026, mục tiêu … GRDP bình quân đầu người khoảng 91 triệu đồng; …" names the
year's window (the lead's ruling 38 (a): "Năm Y, … đặt mục tiêu …" reads the year). What
follows the year is a target: a sum of money counted "khoảng" (about), a per-head figure
("bình quân đầu người"), GRDP measured "theo giá hiện hành" (at current prices), a share's
floor "từ 10,7% trở lên" — none of them a time. Each with the real phrase that motivated it (its corpus file named) and the
neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW
YEAR_2026 = (W, date(2026, 1, 1), date(2026, 12, 31))


def test_targets_per_head_and_about_a_sum_read_the_year() -> None:
    # u-dantri-ca-mau-tong-ket-2025-nhiem-vu-2026
    phrase = (
        "Trong năm 2026, mục tiêu của tỉnh Cà Mau phấn đấu tăng trưởng kinh tế 10%; GRDP bình "
        "quân đầu người khoảng 91 triệu đồng; tổng thu ngân sách hơn 11.400 tỷ đồng"
    )
    reading = one(phrase, ctx("2026-01-05"))
    assert days(reading) == YEAR_2026
    assert reading.label is not None and "91 triệu đồng" in reading.label


def test_gdp_at_current_prices_and_a_share_from_its_floor_read_the_year() -> None:
    # z-sggp-an-giang-nghi-quyet-nhiem-vu-2026
    phrase = (
        "Năm 2026, Ban Chấp hành Đảng bộ tỉnh An Giang phấn đấu GRDP theo giá hiện hành đạt "
        "352.035 tỷ đồng; tốc độ tăng trưởng kinh tế đạt từ 10,7% trở lên"
    )
    assert days(one(phrase, ctx("2026-01-05"))) == YEAR_2026


def test_a_time_beside_the_targets_stays_refused() -> None:
    issued = ctx("2026-01-05")
    # "đầu năm sau" is a time, "per head" or not
    refused(
        "Trong năm 2026, tỉnh phấn đấu tăng trưởng 10%; GRDP bình quân đầu người đầu năm sau "
        "đạt 100 triệu đồng",
        issued,
    )
    # the base year of constant prices is a second year: which is the target's?
    refused("Năm 2026, tỉnh phấn đấu GRDP theo giá so sánh năm 2010 đạt 352.035 tỷ đồng", issued)
    # a month after the price basis
    refused("Năm 2026, tỉnh phấn đấu GRDP theo giá hiện hành tháng 6 đạt 352.035 tỷ đồng", issued)
    # "từ" before a day, or a share then another start, stays a start
    refused("Năm 2026, tỉnh tăng trưởng đạt từ 10/7", issued)
    refused("Năm 2026, tỉnh tăng trưởng đạt từ 10% trở lên từ tháng 6", issued)
    # "khoảng 10 ngày" stays an estimate of a time
    refused("Trong năm 2026, tỉnh phấn đấu GRDP khoảng 91 triệu đồng, khoảng 10 ngày", issued)

"""Forms tuned on the x- set (branch tune-x): its three misreads read right or refused (a due
moment said "chậm nhất từ", a programme said to be held in a year that names its edition, a
basis whose cited letter's title cites a circular of its own), then the refusals grouped by
cause. Each rule with the real phrases that motivated it (their corpus file named) and the
look-alikes that must stay read or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- "chậm nhất từ <giờ> ngày D": the moment the stop is due by -----------------------------


def test_at_the_latest_from_an_hour_of_a_day_is_due_that_day() -> None:
    # x-vietnamplus-hcm-ve-sinh-tet-binh-ngo-2026.yaml (UBND TP.HCM, CV 606/UBND-ĐT, 2026)
    phrase = (
        "Ủy ban nhân dân Thành phố yêu cầu các chợ, tiểu thương phải dừng hoạt động chậm nhất"
        " từ 12 giờ ngày 16/2"
    )
    reading = one(phrase, ctx("2026-01-26"))
    assert (reading.kind, reading.first, reading.last) == (D, date(2026, 2, 16), date(2026, 2, 16))
    assert reading.earliest is None
    assert reading.time == "12:00"


@given(day=st.integers(1, 28), month=st.integers(1, 12), hour=st.integers(1, 23))
def test_at_the_latest_from_is_never_a_start_bound(day: int, month: int, hour: int) -> None:
    for phrase in (
        f"phải dừng hoạt động chậm nhất từ {hour} giờ ngày {day}/{month}/2027",
        f"muộn nhất từ ngày {day}/{month}/2027",
    ):
        reading = one(phrase, ctx("2027-01-01"))
        assert (reading.kind, reading.last, reading.earliest) == (D, date(2027, month, day), None)


def test_at_the_latest_from_keeps_its_range_and_its_midnight_refusal() -> None:
    # with an end after it the "từ" opens the range, as before
    assert read_days("chậm nhất từ ngày 16/2 đến ngày 20/2/2026", "2026-01-26") == (
        W,
        "2026-02-16",
        "2026-02-20",
    )
    # "0 giờ" after a due word is the end of the day before: refused, as for "chậm nhất 0 giờ"
    assert "hôm trước" in refused("chậm nhất từ 0 giờ ngày 16/2/2026", ctx("2026-01-26"))
    # a month after it is no start bound either (at the latest from March: which day?)
    refused("chậm nhất từ tháng 3/2026", ctx("2026-01-26"))
    # "sớm nhất từ" (at the earliest) stays a start bound
    assert one("sớm nhất từ ngày 16/2/2026", ctx("2026-01-26")).earliest == date(2026, 2, 16)


# --- a programme said to be held after a year named alone -------------------------------------


def test_a_programme_held_after_a_year_is_refused() -> None:
    # x-baothanhhoa-phuong-hac-thanh-chao-nam-moi-2026.yaml (UBND phường Hạc Thành, 2025):
    # "Năm 2026" is the edition "Chào năm mới - 2026", held on 31/12/2025
    phrase = (
        "Năm 2026, chương trình được tổ chức với quy mô cấp phường, do Thường trực Đảng ủy,"
        " HĐND, UBND phường Hạc Thành chỉ đạo thực hiện"
    )
    assert "ít ngày của năm" in refused(phrase, ctx("2025-12-09"))
    assert "ít ngày của năm" in refused("Năm 2027, lễ hội diễn ra tại quảng trường", ctx())


@pytest.mark.parametrize(
    "phrase",
    [
        # a-/x- look-alikes: work over the year, no event held (the corpus reads them so)
        "Năm 2026, toàn tỉnh phấn đấu trồng trên 500.000 cây xanh",
        "Năm 2026, phường đặt mục tiêu tốc độ tăng tổng giá trị sản phẩm trên địa bàn đạt 10,5%",
        # "tổ chức" as the verb of a work over the year, not "được tổ chức" (held)
        "Năm 2026, tỉnh tổ chức các lớp tập huấn cho cán bộ cơ sở",
    ],
)
def test_work_over_a_year_named_first_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2025-12-09") == (W, "2026-01-01", "2026-12-31")


# --- a basis whose cited text's title cites another text ---------------------------------------


def test_a_basis_whose_title_cites_a_circular_is_refused() -> None:
    # x-pbgdpl-can-tho-stc-du-toan-2026.yaml (Sở Tài chính Cần Thơ, 2026): the letter carried
    # out, its title citing the 2026 budget circular with its signing day
    phrase = (
        "Thực hiện Công văn số 129/VPUB-KT ngày 07 tháng 01 năm 2026 của Văn phòng Ủy ban nhân"
        " dân thành phố Cần Thơ về việc triển khai thực hiện Thông tư 133/2025/TT-BTC ngày"
        " 24/12/2025 của Bộ trưởng Bộ Tài chính quy định về tổ chức thực hiện dự toán ngân"
        " sách nhà nước năm 2026"
    )
    assert "số hiệu văn bản" in refused(phrase, ctx("2026-01-15"))


def test_a_basis_then_its_own_time_still_reads() -> None:
    # the title ends at a time word: "… Thông tư 133/2025/TT-BTC ngày 24/12/2025, hoàn thành
    # trước ngày 30/6/2026" sets its own deadline
    phrase = (
        "Thực hiện Công văn số 129/VPUB-KT ngày 07 tháng 01 năm 2026 của Văn phòng Ủy ban nhân"
        " dân thành phố về việc triển khai thực hiện Thông tư 133/2025/TT-BTC ngày 24/12/2025,"
        " các đơn vị hoàn thành trước ngày 30/6/2026"
    )
    assert read_days(phrase, "2026-01-15") == (D, "2026-06-30", "2026-06-30")


@pytest.mark.parametrize(
    "phrase",
    [
        "Năm 2027, lễ hội diễn ra tại quảng trường",  # a comma, a place after
        "Năm 2027: lễ hội được tổ chức tại quảng trường",  # a colon
        "Năm 2027 lễ hội được tổ chức tại quảng trường",  # a blank
    ],
)
def test_an_event_held_after_a_year_is_refused_however_joined(phrase: str) -> None:
    assert "ít ngày của năm" in refused(phrase, ctx("2027-01-01"))

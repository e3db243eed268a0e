"""Forms opened by branch tune-zt (session 31) on the set zt- (tuning data since this
session): the families of its refusals taken, each with the corpus phrase that shows it (its
file named), the near variants that must read the same, and the dangerous neighbours that
must keep their reading or stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- "cho hay": the press's "said", no "or" of two times ---------------------------------

_SAID = "Ông Trần Quốc Trung cho hay dịp này cũng để tổng kết, đánh giá kết quả hoạt động"


@pytest.mark.parametrize(
    "phrase",
    [
        # zt-nld-dai-hoi-dang-bo-phuong-binh-trung-2025 (page of 14/08/2025): refused on main
        # as two deadlines joined by "hay"
        f"{_SAID} trong nhiệm kỳ vừa qua và phương hướng, xác định, mục tiêu, nhiệm vụ, giải "
        "pháp cho nhiệm kỳ 2025 - 2030",
        # its kin: a capital, a shorter sentence
        "Bà Lan Cho hay phương hướng, nhiệm vụ cho nhiệm kỳ 2025 - 2030",
    ],
)
def test_a_term_said_by_someone_reads_its_window(phrase: str) -> None:
    reading = one(phrase, ctx("2025-08-14"))
    assert days(reading) == (DeadlineKind.WINDOW, date(2025, 1, 1), date(2030, 12, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # two times joined by "hay" stay two to choose from, "cho hay" before them or not
        "Ông A cho hay trước ngày 20/11/2025 hay trước ngày 30/11/2025",
        "Quý II/2027 hay trước ngày 20/11/2027",
        # "hay" alone before the deadline may change it
        "Ông A hay trước ngày 20/11/2025",
    ],
)
def test_hay_between_times_stays_refused(phrase: str) -> None:
    assert "hay" in refused(phrase, ctx("2025-08-14"))


# --- a frame ("Theo đó,", "Theo kế hoạch,") before a press line's day ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zt-doluong-hdnd-huyen-chuong-trinh-ky-hop-thu-9-2019 (page of 04/06/2019): refused
        # on main, read without its frame
        "Theo đó, ngày 5/6, Thường trực HĐND huyện sẽ Ban hành kế hoạch tổ chức kỳ họp và kế "
        "hoạch tiếp xúc cử tri",
        # its kin: "Theo kế hoạch," and "Theo dự kiến," before the day
        "Theo kế hoạch, ngày 5/6, Thường trực HĐND huyện tổ chức kỳ họp",
        "Theo dự kiến, sáng ngày 5/6, UBND huyện tổ chức hội nghị",
    ],
)
def test_a_frame_before_the_day_is_no_time(phrase: str) -> None:
    assert days(one(phrase, ctx("2019-06-04"))) == (
        DeadlineKind.DATE,
        date(2019, 6, 5),
        date(2019, 6, 5),
    )


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the frame alone before the day: a signing line's shape, refused as on main
        ("Theo đó, ngày 5/6", "dòng nơi và ngày ban hành"),
        # a thing told done after the day: news, no deadline
        ("Theo đó, ngày 5/6, UBND huyện đã tổ chức hội nghị", "đã tổ chức"),
        # a cadence after the day: the day of each year, not this one
        ("Theo đó, ngày 5/6 hằng năm tổ chức hội nghị", "hằng năm"),
        # a time of its own after the day
        ("Theo đó, ngày 5/6, trước 10 giờ gửi báo cáo", "không nhận ra thời hạn"),
    ],
)
def test_a_frame_before_the_day_keeps_the_refusals(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2019-06-04"))


def test_a_plan_of_a_day_without_the_comma_is_no_frame() -> None:
    # "theo kế hoạch ngày 12/11" may name the plan by its day (zc-danviet-khanh-hoa-dai-hoi-
    # hoi-nong-dan-xa-2025, refused on main and here)
    phrase = "theo kế hoạch ngày 12/11 Hội Nông dân xã Thuận Bắc là xã cuối cùng tổ chức đại hội"
    assert refused(phrase, ctx("2025-11-05"))


# --- things a schedule counts: the party cells picked, a council's committees -------------


@pytest.mark.parametrize(
    ("phrase", "issued", "due"),
    [
        # zt-namdan-dai-hoi-diem-chi-bo-xom-khoi-2022 (no issue day; the year is the phrase's):
        # refused on main, "1-2" taken for a day
        (
            "Theo hướng dẫn, mỗi xã, thị trấn chọn 1-2 chi bộ Đại hội điểm để rút kinh nghiệm "
            "trong thời gian trước ngày 15/5/2022",
            None,
            date(2022, 5, 15),
        ),
        ("Từ 2-3 chi bộ tổ chức đại hội trước ngày 15/5/2022", None, date(2022, 5, 15)),
        # zt-doluong-hdnd-huyen-chuong-trinh-ky-hop-thu-9-2019 (page of 04/06/2019): refused on
        # main for its "2"
        (
            "Ngày 1/7 gửi các báo cáo, tờ trình, các dự thảo nghị quyết cho Thường trực HĐND và "
            "2 ban HĐND để thẩm tra",
            "2019-06-04",
            date(2019, 7, 1),
        ),
        (
            "Ngày 1/7 gửi báo cáo cho 2 ban của Hội đồng nhân dân huyện",
            "2019-06-04",
            date(2019, 7, 1),
        ),
    ],
)
def test_cells_and_committees_counted_are_no_time(
    phrase: str, issued: str | None, due: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (DeadlineKind.DATE, due, due)


def test_a_day_before_the_cells_keeps_its_day() -> None:
    # "Ngày 1-2 chi bộ …": the day 1/2 itself, never a count (read as on main)
    reading = one("Ngày 1-2 chi bộ Thôn 5 tổ chức đại hội", ctx("2022-01-10"))
    assert days(reading) == (DeadlineKind.DATE, date(2022, 2, 1), date(2022, 2, 1))


@pytest.mark.parametrize(
    "phrase",
    [
        # "ban" before no council: a document's number before "ban hành", still unexplained
        "Kế hoạch 2 ban hành ngày 5/6",
        # "ban" with no council after it, and a count of times: not explained
        "Ngày 1/7 gửi báo cáo cho Thường trực và 2 ban để thẩm tra",
        "Ngày 1/7 gửi báo cáo 2 lần",
    ],
)
def test_other_numbers_before_the_day_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2019-06-04"))


# --- "sau" a meeting named, then the step's own words: the order of the work --------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zt-daidoanket-sop-cop-dai-hoi-mttq-cap-xa-2019 (page of 12/10/2018): refused on main
        # for its "sau"
        "Sau Đại hội điểm, MTTQ các xã còn lại tiến hành tổ chức Đại hội và hoàn thành trước "
        "15/3/2019",
        # its kin: a conference, "ngay sau" (right after)
        "Sau Hội nghị, các đơn vị gửi báo cáo trước ngày 15/3/2019",
        "Ngay sau Hội nghị, các đơn vị gửi báo cáo trước ngày 15/3/2019",
    ],
)
def test_a_step_after_a_meeting_keeps_its_own_day(phrase: str) -> None:
    assert days(one(phrase, ctx("2018-10-12"))) == (
        DeadlineKind.DATE,
        date(2019, 3, 15),
        date(2019, 3, 15),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a count from the meeting, or the meeting's day: the time is the meeting's
        "Sau Đại hội 15 ngày, hoàn thành trước 15/3/2019",
        "Sau đại hội, ngày 15/3/2019",
        # nothing of the step after the comma: a count after it may count from the meeting
        "Sau kỳ họp, chậm nhất 10 ngày",
        # "sau" before the day itself: a start, no end
        "Sau Hội nghị, các đơn vị gửi báo cáo sau ngày 20/11/2018",
        # after a time, not a meeting
        "Sau Tết, các đơn vị gửi báo cáo trước ngày 15/3/2019",
    ],
)
def test_after_a_count_a_day_or_a_time_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2018-10-12"))

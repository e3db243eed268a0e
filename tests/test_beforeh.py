"""Session 45, family W (helper beforeh): phrases refused for a word or a number before the
date, where that word names a period of the same list, read as what it is (issue 11: never a
silent wrong date; a reading holds no unexplained number; periods listed are each a window,
the lead's conventions 10 and 12)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# --- a half-year with no year, its year written by the half after it -----------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zc-baoquangtri-ky-hop-thu-2-hdnd-tinh-2025: a session's agenda
        ("báo cáo tóm tắt tình hình thực hiện nhiệm vụ kinh tế-xã hội, quốc phòng-an ninh 6 "
         "tháng đầu năm, nhiệm vụ và giải pháp 6 tháng cuối năm 2025", "2025-08-13"),
        # zp-hethongphapluat-bvhttdl-cv-2440-phong-trao-ttdkxddsvh-2025: a letter's subject
        ("V/v báo cáo kết quả thực hiện Phong trào “TDĐKXDĐSVH” 6 tháng đầu năm, triển khai "
         "nhiệm vụ Phong trào 6 tháng cuối năm 2025", "2025-06-02"),
    ],
)  # fmt: skip
def test_the_first_half_takes_the_year_of_the_second(phrase: str, issued: str) -> None:
    assert _read(phrase, issued) == [
        (W, date(2025, 1, 1), date(2025, 6, 30)),
        (W, date(2025, 7, 1), date(2025, 12, 31)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # told done: the half reviewed is dropped (convention 10), which this form does not do
        # (a meeting told held, "vừa tổ chức Hội nghị sơ kết 6 tháng đầu năm, …", reads the
        # half to do: the lead's ruling 50(h), test_lead50)
        "Hội nghị đã đánh giá kết quả 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025",
        # the second half of the year written would come after the first half it names
        "kết quả 6 tháng cuối năm, nhiệm vụ 6 tháng đầu năm 2026",
        # the half alone: which year's, the words do not say
        "kết quả thực hiện nhiệm vụ 6 tháng đầu năm",
        # a half with no year beside a whole year that holds it: one time said twice?
        "kết quả 6 tháng đầu năm, nhiệm vụ năm 2025",
        # negated, conditioned, or each year's
        "không báo cáo kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025",
        "nếu có kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025",
        "kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm hằng năm",
    ],
)
def test_a_half_year_without_its_year_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-13"))


# --- a month and the period it closes, listed -----------------------------------------------


def test_a_month_and_its_quarter_then_the_next_month() -> None:
    # zc-ddbqhhdnd-hungyen-hdnd-xa-vu-thu-thang-10-2025: a photo caption of a meeting
    assert _read(
        "Toàn cảnh Hội nghị giao ban đánh giá kết quả tháng 9 và Quý III, triển khai nhiệm vụ "
        "tháng 10/2025",
        "2025-10-08",
    ) == [
        (W, date(2025, 9, 1), date(2025, 9, 30)),
        (W, date(2025, 7, 1), date(2025, 9, 30)),
        (W, date(2025, 10, 1), date(2025, 10, 31)),
    ]


def test_a_month_and_the_months_of_the_year_it_closes() -> None:
    # invented, the reports' other pair: the month and the year to date
    assert _read(
        "kết quả tháng 6 và 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025", "2025-06-20"
    ) == [
        (W, date(2025, 6, 1), date(2025, 6, 30)),
        (W, date(2025, 1, 1), date(2025, 6, 30)),
        (W, date(2025, 7, 1), date(2025, 12, 31)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # a month inside the quarter that does not close it
        "kết quả tháng 8 và quý III, nhiệm vụ tháng 10/2025",
        # the quarter first, then its month: the month may restate it
        "kết quả quý III và tháng 9, nhiệm vụ tháng 10/2025",
        # December with the year of the January after it would come after it
        "kết quả tháng 12 và quý IV, nhiệm vụ tháng 1/2026",
        # told done, or negated
        "Hội nghị đã đánh giá kết quả tháng 9 và quý III, triển khai nhiệm vụ tháng 10/2025",
        "không đánh giá kết quả tháng 9 và quý III, triển khai nhiệm vụ tháng 10/2025",
    ],
)
def test_other_overlapping_periods_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-10-08"))


@given(st.integers(min_value=2, max_value=11))
def test_any_month_and_the_months_to_date_before_the_next(month: int) -> None:
    year = 2025
    phrase = (
        f"đánh giá kết quả tháng {month} và {month} tháng đầu năm, triển khai nhiệm vụ tháng "
        f"{month + 1}/{year}"
    )
    readings = _read(phrase, f"{year}-{month:02d}-20")
    assert readings[1][1] == date(year, 1, 1)
    assert readings[0][2] == readings[1][2]
    assert readings[2][1] == date(year, month + 1, 1)


def test_the_first_month_and_its_one_month_to_date_stay_refused() -> None:
    # "tháng 1 và 1 tháng đầu năm": one window said twice, not a month and a longer period
    refused("đánh giá kết quả tháng 1 và 1 tháng đầu năm, triển khai nhiệm vụ tháng 2/2025")


# --- a council's sitting and its deputies' groups' meeting, each with its day ---------------

D = DeadlineKind.DATE
# zt-hdnd-bentre-ba-tri-lien-tich-ky-hop-15-2020: the groups meet a week before the sitting
SITTING_AND_GROUPS = (
    "Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2020; họp Tổ "
    "đại biểu HĐND huyện vào ngày 19 tháng 6 năm 2020"
)


def test_a_sitting_and_its_groups_meeting_before_it_are_two_days() -> None:
    assert _read(SITTING_AND_GROUPS, "2020-05-12") == [
        (D, date(2020, 6, 26), date(2020, 6, 26)),
        (D, date(2020, 6, 19), date(2020, 6, 19)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # one day for both: one of the two is misprinted, or one event named twice
        "Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2020; họp "
        "Tổ đại biểu HĐND huyện vào ngày 26 tháng 6 năm 2020",
        # moved, conditioned, negated
        "Thời gian tổ chức kỳ họp thứ 15 HĐND huyện đã được dời sang ngày 26 tháng 6 năm 2020; "
        "họp Tổ đại biểu HĐND huyện vào ngày 19 tháng 6 năm 2020",
        "Nếu cần, tổ chức kỳ họp bất thường ngày 26 tháng 6 năm 2020; họp Tổ đại biểu vào ngày "
        "19 tháng 6 năm 2020",
        "Thời gian tổ chức kỳ họp thứ 15 HĐND huyện ngày 26 tháng 6 năm 2020; không họp Tổ đại "
        "biểu HĐND huyện vào ngày 19 tháng 6 năm 2020",
        # one year written, the other day's taken from the plan
        "Thời gian tổ chức kỳ họp thứ 15 ngày 26 tháng 6 năm 2020; họp Tổ đại biểu HĐND huyện "
        "vào ngày 19 tháng 6",
        # told backwards with a comma, not as a list's items
        "Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2020, họp "
        "Tổ đại biểu HĐND huyện vào ngày 19 tháng 6 năm 2020",
    ],
)
def test_a_sitting_and_its_groups_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-05-12"))


# --- ground broken within a quarter, the work finished within the year after it ------------

# zf-bnews-tphcm-28500-can-noxh-2026 (no issue day: the quarter takes the year written after)
GROUND_BROKEN_THEN_DONE = (
    "Ngành xây dựng TP. Hồ Chí Minh sẽ thúc đẩy chủ đầu tư hoàn tất thủ tục pháp lý, đảm bảo "
    "các điều kiện để khởi công ngay trong quý I, hoàn thành chỉ tiêu 28.500 căn nhà ở xã hội "
    "trong năm 2026"
)


def test_ground_broken_in_a_quarter_then_the_target_within_the_year() -> None:
    assert _read(GROUND_BROKEN_THEN_DONE) == [
        (W, date(2026, 1, 1), date(2026, 3, 31)),
        (W, date(2026, 1, 1), date(2026, 12, 31)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # the finish's period ends with the quarter: the year is the quarter's frame
        "đảm bảo các điều kiện để khởi công ngay trong quý IV, hoàn thành chỉ tiêu 28.500 căn "
        "nhà ở xã hội trong năm 2026",
        # told done, conditioned, or a choice
        "đã khởi công ngay trong quý I, hoàn thành chỉ tiêu 28.500 căn nhà ở xã hội trong năm 2026",
        "nếu đủ điều kiện để khởi công ngay trong quý I, hoàn thành chỉ tiêu 28.500 căn nhà ở xã "
        "hội trong năm 2026",
        "để khởi công ngay trong quý I hoặc hoàn thành chỉ tiêu 28.500 căn nhà ở xã hội trong "
        "năm 2026",
        # a step that is no ground-breaking, within the year that holds it
        "đảm bảo các điều kiện để hoàn tất thủ tục trong quý I, hoàn thành chỉ tiêu 28.500 căn "
        "nhà ở xã hội trong năm 2026",
    ],
)
def test_a_quarter_inside_the_year_of_another_step_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a quarter's report named before its data period ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "month", "covers"),
    [
        # m-bnv-cv-581-bao-cao-cchc (the CCHC reports' data periods, Nghị định 09/2019/NĐ-CP)
        ("Báo cáo cải cách hành chính Quý I: Thời gian chốt số liệu tính từ ngày 15 tháng 12 của "
         "năm trước kỳ báo cáo đến ngày 14 tháng 3 thuộc kỳ báo cáo.", 3, "quý I"),
        ("Báo cáo cải cách hành chính Quý III: Thời gian chốt số liệu tính từ ngày 15 tháng 6 "
         "đến ngày 14 tháng 9 thuộc kỳ báo cáo.", 9, "quý III"),
    ],
)  # fmt: skip
def test_a_quarters_report_then_its_data_period(phrase: str, month: int, covers: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert (reading.recurrence.month, reading.recurrence.day) == (month, 14)
    assert reading.recurrence.covers == covers


@pytest.mark.parametrize(
    "phrase",
    [
        # the data period of another quarter: one of the two is wrong
        "Báo cáo cải cách hành chính Quý II: Thời gian chốt số liệu tính từ ngày 15 tháng 6 đến "
        "ngày 14 tháng 9 thuộc kỳ báo cáo.",
        # a rule of each quarter, or one year's days, after a quarter's name
        "Báo cáo cải cách hành chính Quý I: chậm nhất ngày 20 tháng cuối quý",
        "Báo cáo cải cách hành chính Quý I: Thời gian chốt số liệu tính từ ngày 15 tháng 12 năm "
        "2024 đến ngày 14 tháng 3 năm 2025",
        # a number in the report's name
        "Báo cáo 2 Quý I: Thời gian chốt số liệu tính từ ngày 15 tháng 12 của năm trước kỳ báo "
        "cáo đến ngày 14 tháng 3 thuộc kỳ báo cáo.",
    ],
)
def test_a_quarters_report_before_any_other_time_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a half of the year named bare before the work's time inside it --------------------------

# zg-dantri-danh-gia-cong-chuc-kpi-2026 (Dân trí on the Government's tasks, 11/08/2025)
TASKS_OF_THE_HALF = (
    "Nhiệm vụ 6 tháng cuối năm cũng bao gồm xây dựng, ban hành cơ chế, chính sách thu hút nguồn "
    "nhân lực, nhân tài khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trong và ngoài "
    "nước; có chính sách đãi ngộ đặc biệt để thu hút ít nhất 100 chuyên gia hàng đầu về nước làm "
    "việc, hoàn thành trong tháng 8/2025."
)


def test_the_half_year_of_the_tasks_frames_the_month_inside_it() -> None:
    assert _read(TASKS_OF_THE_HALF, "2025-08-11") == [(W, date(2025, 8, 1), date(2025, 8, 31))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the month outside the half named: another time
        "Nhiệm vụ 6 tháng đầu năm cũng bao gồm xây dựng cơ chế, hoàn thành trong tháng 8/2025.",
        # the half said from the writing, or of another year
        "Nhiệm vụ 6 tháng cuối năm nay cũng bao gồm xây dựng cơ chế, hoàn thành trong tháng "
        "8/2025.",
        "Nhiệm vụ 6 tháng cuối năm 2024 cũng bao gồm xây dựng cơ chế, hoàn thành trong tháng "
        "8/2025.",
        # a whole year, which the half does not hold
        "Nhiệm vụ 6 tháng cuối năm cũng bao gồm xây dựng cơ chế, hoàn thành trong năm 2025.",
        # negated, told done, each year's
        "Nhiệm vụ 6 tháng cuối năm cũng bao gồm xây dựng cơ chế, không hoàn thành trong tháng "
        "8/2025.",
        "Nhiệm vụ 6 tháng cuối năm đã hoàn thành trong tháng 8/2025.",
        "Nhiệm vụ 6 tháng cuối năm cũng bao gồm xây dựng cơ chế, hoàn thành trong tháng 8 hằng "
        "năm.",
    ],
)
def test_a_half_year_that_does_not_frame_the_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-11"))


@given(st.integers(min_value=1, max_value=12))
def test_only_the_half_that_holds_the_month_is_spared(month: int) -> None:
    for half, holds in (("đầu", month <= 6), ("cuối", month > 6)):
        phrase = (
            f"Nhiệm vụ 6 tháng {half} năm gồm xây dựng cơ chế, hoàn thành trong tháng {month}/2030"
        )
        if holds:
            ((kind, first, _last),) = _read(phrase, "2025-08-11")
            assert (kind, first) == (W, date(2030, month, 1))
        else:
            refused(phrase, ctx("2025-08-11"))

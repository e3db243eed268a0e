"""Forms tuned on the k- set (branch tune-k): the phrases of real documents that motivated
each rule, and the near variants that must stay refused (never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _one(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    return reading.kind, str(reading.first), str(reading.last)


# --- an event named a week or an hour; a frame "as planned" --------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # UBND tỉnh Bình Định, 2022: the Week of the Sea and Islands, its days in parentheses
        ("Tuần lễ Biển và Hải đảo Việt Nam (từ ngày 01 – 08/6)", "2022-05-27", W, "2022-06-01",
         "2022-06-08"),
        # UBND tỉnh Hòa Bình, KH 175/2019: the short name inside the sentence
        ("thời gian tổ chức Tuần lễ sẽ được tổ chức từ ngày 6 - 10/12 tại TP Hòa Bình",
         "2019-10-28", W, "2019-12-06", "2019-12-10"),
        # Quảng Nam, 2020: Earth Hour, its hours on one day
        ("hưởng ứng Giờ Trái đất năm 2020 (từ 20h30 đến 21h30 ngày 28/3/2020)", None, D,
         "2020-03-28", "2020-03-28"),
        # press on congress schedules (Hội An, 2023): "according to the plan"
        ("Theo kế hoạch sẽ hoàn thành đại hội Hội Nông dân cấp cơ sở trong quý I/2023.", None,
         W, "2023-01-01", "2023-03-31"),
        # Chính phủ, 2021: "as committed, at the latest on"
        ("Chính phủ yêu cầu các địa phương phải tập trung hoàn thành bàn giao toàn bộ mặt bằng "
         "theo đúng cam kết, chậm nhất vào ngày 30/10/2021.", None, D, "2021-10-30",
         "2021-10-30"),
        # Sơn La, 2023: a tourist area named after the days ("du lịch", no calendar)
        ("diễn ra từ ngày 26-28/5/2023 tại Khu du lịch quốc gia Mộc Châu.", "2023-05-09", W,
         "2023-05-26", "2023-05-28"),
    ],
)  # fmt: skip
def test_names_and_frames_that_move_no_day(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    assert _one(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tuần lễ đầu tiên của tháng 3/2027",  # a week of March, not March
        "tuần lễ đầu tháng 3/2027",
        "Tuần 3 tháng 3/2027",
        "trong Tuần lễ thứ hai, từ ngày 8 - 14/3/2027",
        "giờ hành chính ngày 15/3/2027",  # lower case: office hours, a time of day
        "Theo quy định, trước ngày 15/12/2027",  # "theo quy định" is no frame
        "theo kế hoạch của tỉnh, trước ngày 15/12/2027",  # whose plan, of which year?
        "theo kế hoạch năm 2028, trước ngày 15/12/2027",
        "ngày 15/3/2027 (du lịch âm lịch)",  # "âm lịch" still a calendar
    ],
)
def test_the_same_words_as_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-05"))


def test_a_disease_named_by_its_year_is_no_number_of_the_deadline() -> None:
    """Sở Y tế Hải Phòng, 2021: "COVID-19" names the disease; the start bound is read."""
    (reading,) = parse_deadlines(
        "Sở Y tế Hải Phòng ban hành hướng dẫn tạm thời biện pháp phòng chống dịch COVID-19 "
        "áp dụng từ 12h00’ ngày 23/12/2021",
        ctx("2021-12-23"),
    )
    assert reading.earliest == date(2021, 12, 23) and reading.last is None
    assert reading.time == "12:00"
    refused("phòng chống dịch COVID-19/12 trước ngày 23/12/2021")


# --- the ten days of a month by name --------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last", "qualifier"),
    [
        # Hội Nông dân tỉnh Bắc Giang, 2018
        ("Thời gian Đại hội đại biểu Hội Nông dân tỉnh dự kiến vào trung tuần tháng 9 năm 2018.",
         "2018-09-11", "2018-09-20", "trung tuần"),
        ("thượng tuần tháng 2/2018", "2018-02-01", "2018-02-10", "thượng tuần"),
        ("hạ tuần tháng 2/2018", "2018-02-21", "2018-02-28", "hạ tuần"),
    ],
)  # fmt: skip
def test_the_upper_middle_and_lower_ten_days(
    phrase: str, first: str, last: str, qualifier: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (str(reading.first), str(reading.last), reading.qualifier) == (first, last, qualifier)


@pytest.mark.parametrize(
    "phrase",
    [
        "trung tuần quý III/2018",  # ten days of a quarter: not a thing
        "trước trung tuần tháng 9/2018",
        "trung tuần tháng 9, 10/2018",
        # a part before several periods: of the first, or of each? Never all of October
        "trung tuần tháng 9 và tháng 10/2018",
        "giữa tháng 9 và tháng 10/2018",
        "cuối quý I và quý II/2018",
        "đầu tháng 3 và tháng 9/2018",
    ],
)
def test_a_part_of_a_period_that_is_not_one_period_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-01-05"))


# --- an event at its hour -------------------------------------------------------------------


def test_a_show_that_takes_place_at_an_hour_is_on_its_day() -> None:
    """Ngày hội Du lịch Sơn La 2023: "diễn ra từ 20h00 ngày 26/5/2023" is the evening of the
    show, not a start bound; a regime at an hour, or an hour before 05:00, stays one."""
    (show,) = parse_deadlines("Thời gian diễn ra từ 20h00 ngày 26/5/2023.", ctx("2023-05-09"))
    assert (show.kind, show.first, show.last, show.time) == (
        D,
        date(2023, 5, 26),
        date(2023, 5, 26),
        "20:00",
    )
    for regime in (
        "việc cách ly diễn ra từ 0 giờ ngày 26/5/2023",
        "diễn ra từ 3 giờ ngày 26/5/2023",
    ):
        (bound,) = parse_deadlines(regime, ctx("2023-05-09"))
        assert bound.earliest == date(2023, 5, 26) and bound.last is None

"""Forms tuned on the k- set (branch tune-k): the phrases of real documents that motivated
each rule, and the near variants that must stay refused (never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


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
    assert read_days(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tuần lễ đầu tiên của tháng 3/2027",  # a week of March, not March
        "tuần lễ đầu tháng 3/2027",
        "Tuần 3 tháng 3/2027",
        "trong Tuần lễ thứ hai, từ ngày 8 - 14/3/2027",
        "giờ hành chính ngày 15/3/2027",  # lower case: office hours, a time of day
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


# --- a year or a month said from the issue day ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Xã Mù Cang Chải (Lào Cai), 18/12/2025: a range that ends in the next year
        ("dự kiến diễn ra từ ngày 31/12 đến hết tháng 1 năm sau", "2025-12-18", "2025-12-31",
         "2026-01-31"),
        # Báo Đồng Nai, 03/4/2022: the next May after the issue day
        ("sẽ tiến hành đại hội cấp trên cơ sở điểm trong tháng 5 tới.", "2022-04-03",
         "2022-05-01", "2022-05-31"),
        ("trong tháng 2 tới", "2022-04-03", "2023-02-01", "2023-02-28"),  # next February
    ],
)  # fmt: skip
def test_next_year_and_the_coming_month_from_the_issue_day(
    phrase: str, issued: str, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (str(reading.first), str(reading.last)) == (first, last)
    assert reading.year_from_plan
    assert "năm ban hành kế hoạch" not in reading.reading  # said as reckoned, not as the plan's


@pytest.mark.parametrize(
    ("phrase", "issued", "why"),
    [
        ("trước ngày 01/10 năm sau", None, "--issued"),  # no issue day: which year?
        # Kiểm toán Nhà nước, QĐ 03/2019: each budget year's report, due the year after it
        ("gửi Báo cáo quyết toán đến KTNN trước ngày 01/10 năm sau.", "2019-03-15", "năm nào"),
        # a plan of December for the next year: its report falls in the year after 2027
        ("Báo cáo kết quả thực hiện Kế hoạch trước ngày 15/1 năm sau", "2026-12-20", "năm nào"),
        ("Báo cáo kết quả năm 2027 trước ngày 15/1 năm sau", "2026-12-20", "năm nào"),
        ("từ ngày 15/1 năm sau", "2026-12-20", "năm nào"),
        ("trong tháng 5 tới", None, "--issued"),
        ("trong tháng 5 tới", "2022-05-10", "tháng này hay"),  # written in May
        ("trước ngày 01/10/2026 năm sau", "2025-03-01", "năm nào"),
        ("hằng năm, trước ngày 31/3 năm sau", "2025-03-01", "năm nào"),
        ("từ ngày 1/12/2026 đến ngày 15/1/2027 năm sau", "2026-11-20", "không ghi năm"),
    ],
)
def test_a_year_said_from_the_issue_day_needs_the_issue_day(
    phrase: str, issued: str | None, why: str
) -> None:
    assert why in refused(phrase, ctx(issued))


def test_a_report_s_own_next_year_stays_a_yearly_rule() -> None:
    """ "năm sau của năm báo cáo" is the report's year (Luật Đầu tư 2020), not the plan's."""
    (reading,) = parse_deadlines("Trước ngày 31/03 năm sau của năm báo cáo", ctx("2025-03-01"))
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"


# --- recurring days: "định kỳ", "năm hàng năm", the report's year, a day off ----------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # UBND tỉnh Bắc Kạn, TB 02/2024
        ("Chủ tịch UBND tỉnh phối hợp với Đoàn ĐBQH tỉnh tiếp công dân định kỳ vào ngày 25 hằng "
         "tháng.", "FREQ=MONTHLY;BYMONTHDAY=25"),
        # Sở Tài chính TP.HCM: "năm" doubled before the cadence; the report's own year named
        ("Báo cáo công khai phân bổ dự toán năm, gửi Sở Tài chính trước ngày 01 tháng 3 năm hàng "
         "năm.", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1"),
        ("Báo cáo công khai quyết toán năm trước, gửi Sở Tài chính trước ngày 01 tháng 10 hàng "
         "năm.", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1"),
    ],
)  # fmt: skip
def test_recurring_days_with_their_words(phrase: str, rrule: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # Quy chế tiếp công dân, UBND tỉnh Lạng Sơn; Huyện Ngân Sơn (Bắc Kạn), in parentheses
        "Chủ tịch Uỷ ban nhân dân tỉnh chủ trì tiếp công dân vào ngày 15 hàng tháng, nếu trùng "
        "vào ngày nghỉ thì tiếp vào ngày làm việc tiếp theo.",
        "Tiếp công dân định kỳ vào ngày 15 hàng tháng (nếu trùng với ngày nghỉ thì ngày tiếp công "
        "dân chuyển sang ngày làm việc tiếp theo)",
    ],
)
def test_a_day_off_moves_the_day_and_never_the_rule(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=15"
    assert reading.qualifier is not None and reading.qualifier.startswith("nếu trùng")


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # February has no 30th: its last day, or the working day after (in March)?
        ("chủ trì tiếp công dân vào ngày 30 hàng tháng, nếu trùng vào ngày nghỉ thì tiếp vào "
         "ngày làm việc tiếp theo.", "ngày 30"),
        ("hằng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc tiếp theo", "ngày nghỉ"),
        ("trước ngày 20/3/2024 (nếu trùng với ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)",
         "ngày nghỉ"),
        # a day named instead of the next working day: another time, refused
        ("vào ngày 15 hàng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày 16", ""),
        ("định kỳ vào ngày 25 hằng quý", ""),  # which month of the quarter?
        ("trước ngày 01 tháng 3 năm hàng tháng", ""),
        ("Báo cáo hai năm trước, gửi trước ngày 01 tháng 10 hàng năm", "năm"),
    ],
)  # fmt: skip
def test_recurring_near_variants_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2024-01-03"))


# --- a part of the day before a day ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last", "qualifier"),
    [
        # Báo Người Lao Động, Lễ hội Hoa Ban Điện Biên 2026
        ("Lễ khai mạc lễ hội sẽ diễn ra vào tối 8-3 tại sân vận động tỉnh Điện Biên.",
         "2026-03-07", "2026-03-08", "2026-03-08", "tối"),
        # UBND tỉnh Gia Lai, 2018 and 2025; UBND tỉnh Kiên Giang, 2018: flags for the holiday
        ("treo cờ Tổ quốc 1 ngày (từ sáng 2-9 đến hết ngày 2-9-2018)", None, "2018-09-02",
         "2018-09-02", "sáng"),
        ("từ chiều ngày 1-9-2025 đến hết ngày 2-9-2025", "2025-08-21", "2025-09-01", "2025-09-02",
         "chiều"),
        ("treo Quốc kỳ từ buổi chiều ngày 01/9/2018 đến hết ngày 02/9/2018", "2018-08-21",
         "2018-09-01", "2018-09-02", "buổi chiều"),
        ("vào buổi tối ngày 8/3/2026", None, "2026-03-08", "2026-03-08", "buổi tối"),
    ],
)  # fmt: skip
def test_the_part_of_the_day_is_kept_as_the_qualifier(
    phrase: str, issued: str | None, first: str, last: str, qualifier: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (str(reading.first), str(reading.last), reading.qualifier) == (first, last, qualifier)


@pytest.mark.parametrize(
    "phrase",
    [
        "tới 8-3",  # "tới" (until) folds to "tối": a dashed day needs the word spelled
        "vào toi 8-3",
        "trước tối 8-3",  # before the evening: the day before, or that day until evening?
        "trước buổi sáng ngày 8/3",
        "từ sáng 5-9 đến hết ngày 2-9-2026",  # an end before its start
        "Cả ngày 14/10 và buổi sáng ngày 17/10",  # not one run: never "Cả" as a step
    ],
)
def test_a_part_of_the_day_that_moves_the_day_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-07"))


# --- glosses: a lunar day after a comma, a schedule replaced; an event's own year ----------


def test_a_lunar_gloss_with_its_calendar_after_a_comma() -> None:
    """Hòa Bình, Lễ hội Xên Mường 2017: 06/02/2017 is mùng 10 tháng Giêng Đinh Dậu."""
    (reading,) = parse_deadlines(
        "Lễ hội Xên Mường, huyện Mai Châu: Khai mạc ngày 06/02/2017 (tức ngày mùng 10 tháng "
        "giêng, âm lịch).",
        ctx("2017-01-26"),
    )
    assert (reading.last, reading.gloss) == (
        date(2017, 2, 6),
        "tức ngày mùng 10 tháng giêng, âm lịch",
    )
    assert "10 tháng 1" in refused(  # a gloss a day off: refused, never read with it
        "Khai mạc ngày 06/02/2017 (tức ngày mùng 9 tháng giêng, âm lịch).", ctx("2017-01-26")
    )


def test_the_schedule_replaced_is_a_gloss() -> None:
    """UBND tỉnh Hòa Bình, 2024: the new days read, the old ones kept as the gloss."""
    (reading,) = parse_deadlines(
        "Tuần Văn hóa - Du lịch tỉnh Hòa Bình năm 2024 sẽ diễn ra từ ngày 15/11 - 23/11 (thay "
        "vì diễn ra từ ngày 24/10 - 27/10 như dự kiến trước đây).",
        ctx("2024-10-16"),
    )
    assert (reading.first, reading.last) == (date(2024, 11, 15), date(2024, 11, 23))
    assert reading.gloss is not None and reading.gloss.startswith("thay vì")


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # Bộ Y tế, 2024; the place after the range ("trên phạm vi toàn quốc") kept
        ("Tháng hành động vì an toàn thực phẩm năm 2024 có chủ đề “Tiếp tục bảo đảm an ninh, an "
         "toàn thực phẩm trong tình hình mới” diễn ra từ ngày 15-4 đến 15-5 trên phạm vi toàn "
         "quốc.", "2024-04-15", "2024-05-15"),
        # Báo Sài Gòn Giải Phóng on Sóc Trăng, 2024
        ("Lễ hội Ok Om Bok - Đua ghe ngo Sóc Trăng khu vực ĐBSCL lần thứ VI và Tuần văn hóa thể "
         "thao và du lịch Sóc Trăng lần I, năm 2024 sẽ diễn ra từ ngày 9 đến 15-11.",
         "2024-11-09", "2024-11-15"),
    ],
)  # fmt: skip
def test_an_event_named_for_a_year_is_held_in_it(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())  # no issue day: the event names the year
    assert (str(reading.first), str(reading.last)) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị tổng kết năm 2024 diễn ra ngày 10/1",  # a look back, held the year after
        "Tháng hành động năm 2024 và năm 2025 diễn ra từ ngày 15-4 đến 15-5",  # which year?
        "Lễ hội năm 2024 diễn ra ngày 10/1/2025",  # the day's own year says another
    ],
)
def test_a_year_the_event_does_not_fix_is_refused(phrase: str) -> None:
    refused(phrase)


# --- months of one year, the next day restated, a place after "tổ chức", a programme -------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # UBND tỉnh Hòa Bình, KH 175/2019: months 8 to 12, the year written once
        ("Thời gian từ tháng 8 – 12/2019.", "2019-10-28", "2019-08-01", "2019-12-31"),
        ("Vòng Chung kết vào 20h00 ngày 9/12 tổ chức tại TP Hòa Bình.", "2019-10-28",
         "2019-12-09", "2019-12-09"),
        # UBND tỉnh Kiên Giang, TB 323/2018: the next day, said to be 03/9/2018 (a Monday)
        ("công chức, viên chức được nghỉ bù vào ngày tiếp theo, là ngày 03/9/2018 (thứ Hai)",
         "2018-08-21", "2018-09-03", "2018-09-03"),
        # VTV, 2024: the programme's span frames a deadline inside it
        ("việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025 sẽ phải "
         "hoàn thành trong tháng 10/2024", None, "2024-10-01", "2024-10-31"),
    ],
)  # fmt: skip
def test_more_words_around_the_days(phrase: str, issued: str | None, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (str(reading.first), str(reading.last)) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "từ tháng 10 - 6/2025",  # across the new year: 10/2024, or months 6 to 10?
        "từ tháng 12 – 12/2019",
        "từ tháng 8 đến ngày 12/2019",  # after "ngày", "12/2019" is a day cut short
        "nghỉ bù vào ngày tiếp theo ngày 03/9/2018",  # the day after it, not it
        "sắp xếp giai đoạn 2023 - 2025 hoàn thành trong tháng 10/2027",  # outside its span
        "GIAI ĐOẠN 2021 - 2030, GIAI ĐOẠN I: TỪ NĂM 2021 ĐẾN NĂM 2025",  # two spans
    ],
)
def test_those_words_that_move_the_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-08-21"))


# --- "hoặc" between two things -------------------------------------------------------------


def test_an_or_between_two_things_joins_no_deadlines() -> None:
    """Sở Tài chính TP.HCM: the budget "điều chỉnh giảm hoặc bổ sung" (cut or added to), sent
    30 days after it is assigned: one relative deadline."""
    (reading,) = parse_deadlines(
        "Báo cáo công khai phân bổ dự toán điều chỉnh giảm hoặc bổ sung, gửi Sở Tài chính sau 30 "
        "ngày, kể từ ngày được cấp có thẩm quyền giao.",
        ctx(),
    )
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None and reading.relative.offset == 30


@pytest.mark.parametrize(
    "phrase",
    [
        "Quý II/2027 hoặc trước ngày 20/11/2027",
        "trước ngày 15/3/2027 hoặc khi có yêu cầu",
        "đột xuất hoặc định kỳ, trước ngày 15/3/2027",  # a word of time beside it
        "15/3/2027, hoặc, 20/3/2027",  # nothing on either side in its clause: two dates
    ],
)
def test_an_or_near_a_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-05"))

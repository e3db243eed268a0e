"""Forms read from the refusals of the third held-out corpus (tests/corpus/f-*.yaml, tuning
data since branch tune), each with its real phrase and the nearby variants that must stay
refused or read otherwise (issue 11: never a silent wrong date; a refusal is extra work, a
wrong day a missed deadline)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def window(phrase: str, context: Context | None = None) -> tuple[date | None, date | None]:
    (reading,) = parse_deadlines(phrase, context or ctx())
    assert reading.kind is W, reading.reading
    return reading.first, reading.last


# --- a range whose start is a day only, its end written with a dash or a dot ----------------

DA_NANG = ctx("2017-10-28")  # Chi cục Chăn nuôi và Thú y Đà Nẵng, kế hoạch tiêm phòng 2018
AN_GIANG = ctx("2019-05-21")  # Báo An Giang, Tháng hành động vì trẻ em 2019


@pytest.mark.parametrize(
    ("phrase", "context", "first", "last", "label"),
    [
        ("đợt 1 bắt đầu từ ngày 7 đến 21-3-2018", DA_NANG, date(2018, 3, 7), date(2018, 3, 21), "đợt 1"),
        ("Đợt 2 bắt đầu từ ngày 4 đến 20-7-2018", DA_NANG, date(2018, 7, 4), date(2018, 7, 20), "Đợt 2"),
        (
            "các hoạt động của chiến dịch truyền thông sẽ tổ chức tập trung từ ngày 1 đến 10-6",
            AN_GIANG,
            date(2019, 6, 1),
            date(2019, 6, 10),
            "các hoạt động của chiến dịch truyền thông sẽ tổ chức tập trung",
        ),
        ("từ ngày 1 đến 10.6", AN_GIANG, date(2019, 6, 1), date(2019, 6, 10), None),
    ],
)  # fmt: skip
def test_a_start_day_then_an_end_with_a_dash(
    phrase: str, context: Context, first: date, last: date, label: str | None
) -> None:
    (reading,) = parse_deadlines(phrase, context)
    assert (reading.kind, reading.first, reading.last, reading.earliest) == (W, first, last, first)
    assert reading.label == label


@pytest.mark.parametrize(
    ("phrase", "context", "why"),
    [
        ("đợt 1 bắt đầu từ ngày 7", DA_NANG, "không nhận ra"),  # the start alone: no end
        ("từ ngày 21 đến 7-3-2018", DA_NANG, "không trước ngày kết thúc"),  # ends before it starts
        ("từ ngày 1 đến 10-6", ctx(), "không ghi năm"),  # no year, no plan to take it from
        ("từ 1 đến 10-6", AN_GIANG, "từ ngày"),  # no "ngày": "1 đến 10-6" may count other things
        ("1 đến 10-6", AN_GIANG, "từ ngày"),
        ("từ ngày 7 đến 21-3.2018", DA_NANG, "hai kiểu dấu"),  # a dash and a dot
        ("từ ngày 1 đến 10-13", AN_GIANG, "tháng 13"),
        ("từ ngày 1 đến 10-6 tuổi", AN_GIANG, "không nhận ra"),  # ages, not days
    ],
)
def test_a_start_day_then_a_dashed_end_that_says_too_little_stays_refused(
    phrase: str, context: Context, why: str
) -> None:
    assert why in refused(phrase, context)


def test_a_dashed_end_with_its_year_needs_no_ngay() -> None:
    assert window("từ 4 đến 22-1-2018", DA_NANG) == (date(2018, 1, 4), date(2018, 1, 22))


# --- a range of days and months without a year, written with "-" or "." -----------------------

AN_GIANG_2021 = ctx("2021-05-06")  # Báo An Giang, Tháng hành động vì trẻ em 2021
HA_NOI = ctx("2011-03-24")  # Dân Việt, tiêm phòng gia súc Hà Nội 2011
QUANG_NAM = ctx("2021-02-26")  # Báo Quảng Nam, nhận hồ sơ ứng cử 2021


@pytest.mark.parametrize(
    ("phrase", "context", "first", "last"),
    [
        ("Thời gian thực hiện từ ngày 1-6 đến 30-6", AN_GIANG_2021, date(2021, 6, 1), date(2021, 6, 30)),
        ("từ ngày 25-5 đến 1-6", AN_GIANG_2021, date(2021, 5, 25), date(2021, 6, 1)),
        ("Từ ngày 12.3-30.4", ctx("2022-03-10"), date(2022, 3, 12), date(2022, 4, 30)),
        ("đợt hai từ 10.9 - 10.10", HA_NOI, date(2011, 9, 10), date(2011, 10, 10)),
        (
            "bắt đầu từ 22.2 và kết thúc lúc 17 giờ ngày 14.3.2021",
            QUANG_NAM,
            date(2021, 2, 22),
            date(2021, 3, 14),
        ),
        ("từ 22-3 đến tháng 8-2018", DA_NANG, date(2018, 3, 22), date(2018, 8, 31)),
    ],
)  # fmt: skip
def test_a_range_of_dashed_days_without_a_year(
    phrase: str, context: Context, first: date, last: date
) -> None:
    assert window(phrase, context) == (first, last)


def test_two_rounds_of_dotted_days_are_two_windows() -> None:
    readings = parse_deadlines("Đợt một từ ngày 10.3 - 10.4; đợt hai từ 10.9 - 10.10", HA_NOI)
    assert [(r.kind, r.first, r.last, r.label) for r in readings] == [
        (W, date(2011, 3, 10), date(2011, 4, 10), "Đợt một"),
        (W, date(2011, 9, 10), date(2011, 10, 10), "đợt hai"),
    ]


def test_the_hour_a_dotted_range_ends_at_is_kept() -> None:
    (reading,) = parse_deadlines("bắt đầu từ 22.2 và kết thúc lúc 17 giờ ngày 14.3.2021", QUANG_NAM)
    assert reading.time == "17:00"


@pytest.mark.parametrize(
    ("phrase", "context", "why"),
    [
        ("từ ngày 1-6 đến 30-6", ctx(), "không ghi năm"),  # no issue year to take
        ("từ 30-6 đến 1-6", AN_GIANG_2021, "sau ngày kết thúc"),  # ends before it starts
        ("từ 1-6 - 30-6", AN_GIANG_2021, "không nhận ra"),  # three dashes: which is the range?
        ("từ 22.2", QUANG_NAM, "không nhận ra"),  # a bare "từ 22.2": a number as well as a day
        ("Đợt hai 10.9 - 10.10", HA_NOI, ""),  # no "từ": a list of numbers as well
        ("từ ngày 1-6 đến 31-6", AN_GIANG_2021, "không phải ngày có thật"),
        ("bắt đầu từ 22.2", QUANG_NAM, "đã qua"),  # a start, in the plan's year, already past
    ],
)
def test_dashed_days_without_a_range_or_a_year_stay_refused(
    phrase: str, context: Context, why: str
) -> None:
    assert why in refused(phrase, context)


def test_a_dashed_day_alone_is_still_read_only_after_ngay() -> None:
    # "10-11" alone may be a count or months; "trước 20-11" (no month 20) reads since the
    # lead's ruling of session 33 (test_deadline_rulings33)
    refused("trước 10-11", AN_GIANG_2021)
    (reading,) = parse_deadlines("trước ngày 20-11", AN_GIANG_2021)
    assert reading.last == date(2021, 11, 20)


# --- "sau đợt N" names a supplementary round before its own range --------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last", "label"),
    [
        (
            "tiêm bổ sung sau đợt 1 từ 23-1-2018 đến hết tháng  6-2018",
            date(2018, 1, 23),
            date(2018, 6, 30),
            "tiêm bổ sung sau đợt 1",
        ),
        (
            "Tiêm bổ sung sau đợt 2 từ ngày 21-7 đến hết tháng 12-2018",
            date(2018, 7, 21),
            date(2018, 12, 31),
            "Tiêm bổ sung sau đợt 2",
        ),
        (
            "tiêm bổ sung sau đợt 2 từ 21-9 đến hết tháng 12-2018",
            date(2018, 9, 21),
            date(2018, 12, 31),
            "tiêm bổ sung sau đợt 2",
        ),
    ],
)
def test_the_round_a_supplementary_round_follows_names_it(
    phrase: str, first: date, last: date, label: str
) -> None:
    (reading,) = parse_deadlines(phrase, DA_NANG)
    assert (reading.kind, reading.first, reading.last, reading.label) == (W, first, last, label)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("tiêm bổ sung sau đợt 1 vào ngày 22/3/2018", "sau"),  # no range: "sau" may move it
        ("tiêm sau đợt 1 trước ngày 22/3/2018", "sau"),
        ("tiêm bổ sung sau ngày 1 từ 22-3 đến tháng 8-2018", "1"),  # "sau ngày 1": a day
        ("tiêm bổ sung sau khi tiêm đợt 1 từ 22/3 đến 30/4/2018", "sau"),
        ("tiêm bổ sung sau đợt 1, từ 22/3/2018", "từ"),  # a start, no end
    ],
)
def test_sau_without_a_range_of_its_own_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, DA_NANG)


# --- names that hold a word of time -----------------------------------------------------------

HAU_GIANG = ctx("2024-07-19")  # Báo Hậu Giang, kỳ họp thứ 21 HĐND tỉnh, 2024
HCM = ctx("2022-05-23")  # VP UBND TP.HCM, Tháng hành động vì trẻ em 2022


def test_the_childrens_action_month_is_a_name() -> None:
    phrase = "Lễ phát động Tháng hành động vì trẻ em của tỉnh và cấp huyện sẽ được tổ chức ngày 1-6"
    (reading,) = parse_deadlines(phrase, AN_GIANG)
    assert (reading.kind, reading.last) == (D, date(2019, 6, 1))
    assert reading.label is not None and "Tháng hành động" in reading.label
    hcm = (
        "Thời gian thực hiện các hoạt động hưởng ứng Tháng hành động: từ tháng 6 đến tháng 12/2022"
    )
    assert window(hcm, HCM) == (date(2022, 6, 1), date(2022, 12, 31))


def test_a_mid_year_session_is_a_name() -> None:
    phrase = "Kỳ họp giữa năm HĐND  tỉnh sẽ khai mạc vào lúc 7 giờ 30 phút, ngày 23/7/2024 (thứ Ba)"
    (reading,) = parse_deadlines(phrase, HAU_GIANG)
    assert (reading.kind, reading.last, reading.time) == (D, date(2024, 7, 23), "07:30")


def test_the_ho_chi_minh_movement_is_a_name() -> None:
    phrase = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, giai đoạn 2021 - 2025"
    assert window(phrase) == (date(2021, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("phrase", "context", "why"),
    [
        ("Lễ phát động Tháng 6 hành động vì trẻ em sẽ được tổ chức ngày 1-6", AN_GIANG, "6"),
        ("hoàn thành giữa tháng, tổ chức ngày 1-6", AN_GIANG, "tháng"),  # a modifier
        ("Kỳ họp HĐND tỉnh giữa năm sẽ khai mạc ngày 23/7/2024", HAU_GIANG, "năm"),
        ("hoàn thành cuối năm, khai mạc ngày 23/7/2024", HAU_GIANG, "năm"),
        ("Kỳ họp giữa năm 2025 HĐND tỉnh sẽ khai mạc ngày 23/7/2024", HAU_GIANG, "2025"),
        ("Kỳ họp cuối năm HĐND tỉnh khai mạc ngày 23/7/2024 (thứ Tư)", HAU_GIANG, "Thứ Ba"),
        ("Học tập và làm theo quy định, giai đoạn 2021 - 2025", ctx(), "theo"),
        ("làm theo kế hoạch, giai đoạn 2021 - 2025", ctx(), "theo"),
    ],
)
def test_a_word_of_time_outside_those_names_stays_refused(
    phrase: str, context: Context, why: str
) -> None:
    assert why in refused(phrase, context)


# --- a day named by its occasion, its date in parentheses -------------------------------------

BAC_NINH = ctx("2006-04-11")  # Hội LHPN Bắc Ninh, đại hội phụ nữ cơ sở 2006


def test_a_day_named_by_its_occasion_is_the_date_in_parentheses() -> None:
    phrase = "Dự kiến Đại hội phụ nữ cấp cơ sở sẽ hoàn thành trước ngày Sinh nhật Bác (19/5)"
    (reading,) = parse_deadlines(phrase, BAC_NINH)
    assert (reading.kind, reading.last, reading.gloss) == (D, date(2006, 5, 19), "Sinh nhật Bác")
    (national,) = parse_deadlines("hoàn thành trước ngày Quốc khánh (2/9/2006)")
    assert (national.last, national.gloss) == (date(2006, 9, 2), "Quốc khánh")


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("hoàn thành trước ngày Sinh nhật Bác (20/5)", "19/05"),  # the occasion says 19/5
        ("hoàn thành trước ngày Quốc khánh (3/9/2006)", "02/09"),
        ("hoàn thành sau ngày Sinh nhật Bác (19/5)", "sau"),  # after it: a start
        ("hoàn thành trước ngày sinh nhật Bác (19/5)", "trước"),  # no capital: not a name
        ("hoàn thành trước ngày Tết (10/2)", "trước"),  # Tết moves each year: not taken
        ("hoàn thành trước ngày Đại hội (dự kiến 19/5)", "trước"),  # an estimate inside
        ("hoàn thành vào ngày Đầu tháng (1/5)", "tháng"),
        ("trước ngày Sinh nhật Bác (19/5) và ngày 2/9", ""),  # the parentheses do not close it
    ],
)
def test_an_occasion_that_disagrees_or_is_no_name_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, BAC_NINH)


# --- the teaching weeks of a term named before its days ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last", "gloss"),
    [
        (
            "Học kỳ I có 18 tuần thực học, bắt đầu từ ngày 5/9/2022 đến ngày 6/1/2023",
            date(2022, 9, 5),
            date(2023, 1, 6),
            "có 18 tuần thực học",
        ),
        (
            "Học kỳ II có 17 tuần thực học, bắt đầu từ ngày 30/1 đến ngày 26/5/2023",
            date(2023, 1, 30),
            date(2023, 5, 26),
            "có 17 tuần thực học",
        ),
        (
            "Học kỳ I thực học 18 tuần, còn lại dành cho các hoạt động khác và bắt đầu từ ngày "
            "6/9/2024 và kết thúc vào 15/1/2025",
            date(2024, 9, 6),
            date(2025, 1, 15),
            "thực học 18 tuần, còn lại dành cho các hoạt động khác",
        ),
    ],
)
def test_teaching_weeks_before_the_terms_days_are_its_gloss(
    phrase: str, first: date, last: date, gloss: str
) -> None:
    (reading,) = parse_deadlines(phrase)
    assert (reading.kind, reading.first, reading.last) == (W, first, last)
    assert reading.gloss == gloss
    assert reading.label == phrase[: phrase.index(gloss)].strip()  # "Học kỳ I", "Học kỳ II"


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # 20 weeks do not fit in 5/9/2022 – 6/1/2023 (124 days)
        ("Học kỳ I có 20 tuần thực học, bắt đầu từ ngày 5/9/2022 đến ngày 6/1/2023", "không vừa"),
        ("Học kỳ I có 18 tuần thực học, bắt đầu từ ngày 5/9/2022", "khoảng ngày"),  # no end
        ("Học kỳ I có 18 tuần, bắt đầu từ ngày 5/9/2022 đến ngày 6/1/2023", "18"),  # weeks of what?
        ("Học kỳ I có 18 tuần thực học, trước ngày 6/1/2023", "18"),  # no range after it
    ],
)
def test_teaching_weeks_that_do_not_fit_or_stand_alone_are_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- listed days with their year, then the step ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last", "label"),
    [
        (
            "Ngày 12 và 13/10/2022, thi chọn học sinh giỏi cấp THPT",
            date(2022, 10, 12),
            date(2022, 10, 13),
            "thi chọn học sinh giỏi cấp THPT",
        ),
        (
            "Ngày 25 và 26/4/2023 thi chọn học giỏi cấp THCS",
            date(2023, 4, 25),
            date(2023, 4, 26),
            "thi chọn học giỏi cấp THCS",
        ),
    ],
)
def test_listed_days_with_their_year_then_the_step(
    phrase: str, first: date, last: date, label: str
) -> None:
    (reading,) = parse_deadlines(phrase)
    assert (reading.kind, reading.first, reading.last, reading.label) == (W, first, last, label)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("Ngày 12 và 15/10/2022, thi chọn học sinh giỏi cấp THPT", "một thời hạn"),  # two days
        ("Ngày 12 và 13/10/2022, thi chọn học sinh giỏi năm 2023", "2023"),  # another year
        ("Ngày 12 và 13/10/2022, thi lại sau 3 ngày", ""),  # a count and "sau" in the step
        ("Ngày 12 và 13/10/2022, thi chọn lớp 12 trước ngày 20/10", ""),  # another day
        ("Ngày 12 và 13/10, thi chọn học sinh giỏi", ""),  # no year: "12 và 13/10" may count
        ("Ngày 12 và 13/10/2022 hoặc 20/10/2022", "hoặc"),
    ],
)
def test_listed_days_with_a_step_that_holds_a_time_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- a horizon, then where --------------------------------------------------------------------


def test_a_horizon_then_the_place_does_not_extend_the_span() -> None:
    phrase = "2017-2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG"
    (reading,) = parse_deadlines(phrase, ctx("2018-10-09"))
    assert (reading.kind, reading.first, reading.last) == (W, date(2017, 1, 1), date(2020, 12, 31))
    assert reading.gloss == "ĐỊNH HƯỚNG ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG"


@pytest.mark.parametrize(
    "phrase",
    [
        "2017-2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG TRONG NĂM 2019",
        "giai đoạn 2017-2020, định hướng đến năm 2025 trên địa bàn tỉnh sau khi sáp nhập",
    ],
)
def test_a_place_after_the_horizon_with_a_time_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-10-09"))


# --- an end without a year after a start written with one -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "context", "first", "last"),
    [
        ("Bắt đầu từ ngày 16/1/2025, kết thúc vào 24/5", ctx(), date(2025, 1, 16), date(2025, 5, 24)),
        # the plan's year (2024) is not the end's: the start's is
        ("Bắt đầu từ ngày 16/1/2025, kết thúc vào 24/5", ctx("2024-08-01"), date(2025, 1, 16), date(2025, 5, 24)),
        # a school year: the end comes the year after
        ("Bắt đầu từ ngày 5/9/2024, kết thúc vào 31/5", ctx(), date(2024, 9, 5), date(2025, 5, 31)),
        ("Bắt đầu từ ngày 16/1/2025, kết thúc vào tháng 5", ctx(), date(2025, 1, 16), date(2025, 5, 31)),
    ],
)  # fmt: skip
def test_an_end_without_a_year_takes_its_starts(
    phrase: str, context: Context, first: date, last: date
) -> None:
    assert window(phrase, context) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Bắt đầu từ ngày 16/3/2025, kết thúc vào 10/3",  # reversed in one month: a typo
        "Bắt đầu từ ngày 16/1/2025, kết thúc vào 10/1",  # a whole year less six days? no
        "Bắt đầu từ ngày 16/1/2025, kết thúc vào 24/5 và 30/5",  # two ends
        "Bắt đầu từ ngày 16/1, kết thúc vào 24/5",  # no year anywhere, no plan
    ],
)
def test_an_end_without_a_year_that_cannot_follow_its_start_is_refused(phrase: str) -> None:
    refused(phrase)


# --- the lunar year after lunar glosses -------------------------------------------------------

HA_TINH_TET = (
    "bắt đầu từ ngày 6/2/2024 (27 tháng Chạp) đến hết ngày 18/2/2024 (9 tháng Giêng) năm "
    "Giáp Thìn"
)  # UBND Hà Tĩnh, lịch nghỉ Tết của học sinh


def test_the_lunar_year_after_lunar_glosses_is_kept_and_checked() -> None:
    (reading,) = parse_deadlines(HA_TINH_TET)
    assert (reading.kind, reading.first, reading.last) == (W, date(2024, 2, 6), date(2024, 2, 18))
    assert reading.gloss == "27 tháng Chạp; 9 tháng Giêng; năm Giáp Thìn"


def test_a_day_before_the_lunar_new_year_may_name_the_year_before() -> None:
    (reading,) = parse_deadlines("trước ngày 20/1/2023 (29 tháng Chạp) năm Nhâm Dần")
    assert reading.last == date(2023, 1, 20)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        (HA_TINH_TET.replace("Giáp Thìn", "Ất Tỵ"), "Ất Tỵ"),  # 2025's name, not 2024's
        ("trước ngày 20/1/2023 (29 tháng Chạp) năm Tân Sửu", "Tân Sửu"),  # 2021's
        # no lunar gloss: the year's name stays words after the day
        ("bắt đầu từ ngày 6/2/2024 đến hết ngày 18/2/2024 năm Giáp Thìn", "năm Giáp Thìn"),
        (HA_TINH_TET.replace("Giáp Thìn", "Giáp Bính"), ""),  # no such year
    ],
)
def test_a_lunar_year_that_is_not_the_days_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- rounds counted before their days in parentheses ------------------------------------------

ROUNDS = (
    "gửi về Văn phòng Sở GD-ĐT trong 2 đợt (đợt 1, trước ngày 25-5-2022; đợt 2, trước ngày "
    "25-5-2024)"
)  # Sở GD-ĐT Khánh Hòa, cuộc thi học tập và làm theo Bác, 2021


def test_rounds_counted_before_their_days_are_one_deadline_each() -> None:
    first, second = parse_deadlines(ROUNDS)
    assert (first.kind, first.last, second.kind, second.last) == (
        D,
        date(2022, 5, 25),
        D,
        date(2024, 5, 25),
    )
    assert second.label == "đợt 2"


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        (ROUNDS.replace("trong 2 đợt", "trong 3 đợt"), "3 đợt"),  # a round without its day
        ("gửi về Văn phòng Sở GD-ĐT trong 2 đợt (trước ngày 25-5-2022)", "2 đợt"),
        # the rounds out of order: two deadlines that may say one thing
        (ROUNDS.replace("2022", "2026"), ""),
        ("Hoàn thành đợt 1, 15/3/2022", "số thứ tự"),  # "đợt 1, 15/3": no keyword before the day
    ],
)
def test_rounds_that_do_not_match_their_days_are_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- office hours on every day of the week ----------------------------------------------------

QUANG_NAM_FILING = (
    "Thời gian nhận hồ sơ là giờ hành chính các ngày trong tuần, kể cả thứ Bảy và Chủ nhật, "
    "bắt đầu từ 22.2 và kết thúc lúc 17 giờ ngày 14.3.2021"
)


def test_every_day_of_the_week_moves_no_day_of_the_window() -> None:
    (reading,) = parse_deadlines(QUANG_NAM_FILING, QUANG_NAM)
    assert (reading.kind, reading.first, reading.last, reading.time) == (
        W,
        date(2021, 2, 22),
        date(2021, 3, 14),
        "17:00",
    )
    assert reading.label is not None and "kể cả thứ Bảy và Chủ nhật" in reading.label


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("nhận hồ sơ vào thứ Bảy, trước ngày 14.3.2021", "một ngày trong kỳ"),
        ("nhận hồ sơ trong giờ hành chính thứ Bảy, trước ngày 14.3.2021", "giờ"),
        ("nhận hồ sơ các ngày trong tuần trừ thứ Bảy, trước ngày 14.3.2021", "tuần"),
    ],
)
def test_a_weekday_that_is_not_every_day_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, QUANG_NAM)


# --- a range opening the phrase, then who does what -------------------------------------------

AN_GIANG_LAUNCH = (
    "từ ngày 25-5 đến 1-6, căn cứ điều kiện và tình hình thực tế của địa phương, tổ chức lễ "
    "phát động Tháng hành động vì trẻ em tại các cấp"
)


def test_a_range_then_the_step_after_its_comma() -> None:
    (reading,) = parse_deadlines(AN_GIANG_LAUNCH, AN_GIANG_2021)
    assert (reading.kind, reading.first, reading.last) == (W, date(2021, 5, 25), date(2021, 6, 1))
    assert reading.label is not None and reading.label.startswith("căn cứ điều kiện")


@pytest.mark.parametrize(
    "clause",
    [
        "tổ chức lễ phát động trước ngày 30/5",  # another day
        "tổ chức lễ phát động sau 3 ngày",  # a count
        "tổ chức lễ phát động vào tháng 6",  # another period
        "tổ chức vào thứ Bảy",  # a day inside the range
        "hằng năm tổ chức lễ phát động",  # a cadence
        "tổ chức lễ phát động Tháng 6 hành động",  # a month, not the name
    ],
)
def test_a_step_after_a_range_with_a_time_of_its_own_is_refused(clause: str) -> None:
    refused(f"từ ngày 25-5 đến 1-6, {clause}", AN_GIANG_2021)


# --- the opening of a school year named with its years ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("thời gian tựu trường năm học 2023-2024 là ngày 28/8", date(2023, 8, 28)),
        ("Khai giảng năm học 2023-2024 vào ngày 5/9", date(2023, 9, 5)),
    ],
)
def test_the_opening_of_a_school_year_is_in_its_first_year(phrase: str, day: date) -> None:
    (reading,) = parse_deadlines(phrase)  # no issue date: the school year gives the year
    assert (reading.kind, reading.last, reading.year_from_plan) == (D, day, False)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("thời gian tựu trường năm học 2023-2024 là ngày 28/5", "tháng 8, 9/2023"),  # not opening
        (
            "thời gian tựu trường năm học 2023-2025 là ngày 28/8",
            "không ghi năm",
        ),  # not a school year
        ("kết thúc năm học 2023-2024 là ngày 31/5", "không ghi năm"),  # the end: which year?
        ("tuyển sinh lớp 10 năm học 2023-2024 trước ngày 15/5", "không ghi năm"),  # admissions
    ],
)
def test_other_days_of_a_school_year_take_no_year_from_it(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- "Ngày … là 5.9": a day after "là" when the phrase is about a day -------------------------

THANH_NIEN = ctx("2025-08-16")  # Báo Thanh Niên, An Giang, năm học 2025-2026


def test_a_dotted_day_after_la_when_the_phrase_names_a_day() -> None:
    (reading,) = parse_deadlines("ngày tổ chức khai giảng của các trường là 5.9", THANH_NIEN)
    assert (reading.kind, reading.last) == (D, date(2025, 9, 5))


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("tỷ lệ là 5.9", "có thể là một số"),  # a number
        ("mức tăng trưởng là 5.9", "có thể là một số"),
        ("ngày khai giảng là 31.9", "không phải ngày có thật"),
        ("Ngày khai giảng là 5.9 hoặc 6.9", "hoặc"),
    ],
)
def test_a_dotted_number_after_la_is_no_day_without_the_subject(phrase: str, why: str) -> None:
    assert why in refused(phrase, THANH_NIEN)


# --- going back to school on a day ------------------------------------------------------------


def test_going_back_to_school_is_no_start_bound() -> None:
    (reading,) = parse_deadlines("đến ngày 2/3 mới đi học trở lại", ctx("2026-02-24"))
    assert (reading.kind, reading.last, reading.label) == (D, date(2026, 3, 2), "đi học trở lại")


@pytest.mark.parametrize(
    "phrase", ["ngày 2/3 trở lại", "từ ngày 2/3 trở lại đây", "ngày 2/3 trở đi"]
)
def test_tro_lai_after_the_day_itself_stays_a_start(phrase: str) -> None:
    refused(phrase, ctx("2026-02-24"))


# --- after a dash, how far the day stands from an event ---------------------------------------

VINH_PHUC = ctx("2022-08-16")  # UBND Vĩnh Phúc, QĐ 1513/QĐ-UBND, năm học 2022-2023


def test_a_count_against_an_event_after_a_dash_is_the_days_gloss() -> None:
    phrase = (
        "riêng lớp 1, tựu trường sớm nhất vào ngày 22/8 - trước 2 tuần so với ngày tổ chức "
        "khai giảng"
    )
    (reading,) = parse_deadlines(phrase, VINH_PHUC)
    assert (reading.earliest, reading.first, reading.last) == (date(2022, 8, 22), None, None)
    assert reading.gloss == "trước 2 tuần so với ngày tổ chức khai giảng"


@pytest.mark.parametrize(
    "phrase",
    [
        "tựu trường vào ngày 22/8 - trước 2 tuần",  # before two weeks of what?
        "tựu trường vào ngày 22/8 - trước ngày khai giảng",  # another bound, not a count
        "tựu trường vào ngày 22/8 - 29/8",  # a span or two days
    ],
)
def test_a_dash_then_words_that_are_no_count_against_an_event_stays_refused(phrase: str) -> None:
    refused(phrase, VINH_PHUC)

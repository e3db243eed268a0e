"""Session 41, family D (helper twod): phrases refused as holding two dates or date-like
tokens, where the second token is no second deadline: the call-up's year said again around
its send-off days, a school year's teaching weeks before its two terms (issue 11: never a
silent wrong date; never two deadlines read as one)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW

# zg-dantri-le-giao-nhan-quan-4-5-3-2026 (Dân trí, 03/03/2026)
CALL_UP_DAYS = (
    "Thực hiện Quyết định của Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng về việc giao chỉ "
    "tiêu tuyển nhận công dân nhập ngũ năm 2026, từ ngày 4 đến 5/3, thanh niên trên cả nước "
    "sẽ lên đường thực hiện nghĩa vụ quân sự năm 2026."
)


def test_the_call_up_year_said_twice_around_its_days_reads_the_days() -> None:
    reading = one(CALL_UP_DAYS, ctx("2026-03-03"))
    assert days(reading) == (W, date(2026, 3, 4), date(2026, 3, 5))


def test_a_range_sharing_its_month_is_no_number_of_its_own() -> None:
    # zg-vlive-thanh-nien-nhap-ngu-13-15-2-2025's days, as printed (VLive, 12/02/2025)
    phrase = (
        "từ ngày 13-15/2 thanh niên trên địa bàn cả nước sẽ lên đường thực hiện nghĩa vụ "
        "quân sự năm 2025."
    )
    assert days(one(phrase, ctx("2025-02-12"))) == (W, date(2025, 2, 13), date(2025, 2, 15))


def test_a_preamble_of_another_year_keeps_the_refusal() -> None:
    # refusal neighbour: the quota of 2025, the call-up of 2026: two years, not one said twice
    refused(
        "Thực hiện Quyết định về việc giao chỉ tiêu tuyển nhận công dân nhập ngũ năm 2025, từ "
        "ngày 4 đến 5/3, thanh niên trên cả nước sẽ lên đường thực hiện nghĩa vụ quân sự năm "
        "2026.",
        ctx("2026-03-03"),
    )


def test_a_count_beside_a_range_keeps_the_refusal() -> None:
    # refusal neighbour: "15 đơn vị" is a number of its own (test_deadline_forms_u's rule)
    refused(
        "Từ ngày 4 đến 5/3, Sở tập huấn cho 15 đơn vị thực hiện kế hoạch năm 2026",
        ctx("2026-01-05"),
    )


# w-press-baohungyen-qd-1962-2017-nam-hoc (Báo Hưng Yên on UBND tỉnh Hưng Yên's QĐ 1962/2017)
LOWER_SECONDARY_YEAR = (
    "Cấp THCS và THPT có ít nhất 37 tuần thực học, học kỳ I bắt đầu từ ngày 21.8.2017, kết "
    "thúc trước ngày 6.1.2018, học kỳ II bắt đầu từ ngày 8.1.2018, hoàn thành chương trình "
    "giáo dục trước ngày 25.5.2018."
)


def test_the_school_years_teaching_weeks_before_its_two_terms_read_both_terms() -> None:
    first, second = parse_deadlines(LOWER_SECONDARY_YEAR, ctx("2017-08-01"))
    assert days(first) == (W, date(2017, 8, 21), date(2018, 1, 6))
    assert days(second) == (W, date(2018, 1, 8), date(2018, 5, 25))


def test_the_years_weeks_after_the_level_of_schooling_and_its_comma() -> None:
    # the same page's nursery and primary schools
    phrase = (
        "Đối với cấp mầm non và tiểu học, có ít nhất 35 tuần thực học, học kỳ I bắt đầu từ ngày "
        "28.8.2017, kết thúc trước ngày 6.1.2018, học kỳ II bắt đầu từ ngày 8.1.2018, hoàn "
        "thành chương trình giáo dục trước ngày 25.5.2018."
    )
    first, second = parse_deadlines(phrase, ctx("2017-08-01"))
    assert days(first) == (W, date(2017, 8, 28), date(2018, 1, 6))
    assert days(second) == (W, date(2018, 1, 8), date(2018, 5, 25))


def test_more_weeks_than_the_terms_hold_is_refused_with_the_span() -> None:
    # refusal neighbour: 45 weeks do not fit 21/8/2017 – 25/5/2018 (a typo in one or the other)
    why = refused(LOWER_SECONDARY_YEAR.replace("37 tuần", "45 tuần"), ctx("2017-08-01"))
    assert "45 tuần thực học không vừa khoảng 21/08/2017 – 25/05/2018" in why
    assert "first_day và last_day" in why


def test_the_years_weeks_before_one_term_alone_stay_refused() -> None:
    # refusal neighbour: the year's weeks cannot be checked against one term
    refused(
        "Cấp THCS và THPT có ít nhất 37 tuần thực học, học kỳ I bắt đầu từ ngày 21.8.2017, kết "
        "thúc trước ngày 6.1.2018.",
        ctx("2017-08-01"),
    )


# n-thainguyen-xoa-nha-tam-2025 (Thái Nguyên's drive to clear makeshift housing, 2025)
HOUSING_GOAL = (
    "Toàn tỉnh phấn đấu hoàn thành xóa nhà tạm, dột nát trước ngày 30/4/2025, sớm hơn 2 tháng "
    "so với mục tiêu đề ra (30/6/2025)"
)
# u-thoibaotaichinh-khung-nam-hoc-2025-2026 (Thời báo Tài chính, 12/08/2025)
EXAM_EARLIER = (
    "Kỳ thi tốt nghiệp trung học phổ thông năm 2026 dự kiến diễn ra trong hai ngày 11 - 12/6, "
    "sớm hơn khoảng hai tuần so với năm 2025 (26 - 27/6)"
)


def test_the_goal_beaten_in_parentheses_is_no_second_deadline() -> None:
    reading = one(HOUSING_GOAL)
    assert days(reading) == (DeadlineKind.DATE, date(2025, 4, 30), date(2025, 4, 30))
    assert reading.phrase == HOUSING_GOAL


def test_last_years_days_compared_read_this_years_window() -> None:
    assert days(one(EXAM_EARLIER, ctx("2025-08-12"))) == (W, date(2026, 6, 11), date(2026, 6, 12))


def test_an_old_day_the_margin_does_not_reach_is_refused_with_both_days() -> None:
    # refusal neighbour: 31/7 is three months after 30/4, not two
    why = refused(HOUSING_GOAL.replace("(30/6/2025)", "(31/7/2025)"))
    assert "31/7/2025" in why and "30/04/2025" in why
    assert "last_day" in why


def test_an_exact_margin_in_weeks_must_hold_to_the_day() -> None:
    # refusal neighbour: "hai tuần" without "khoảng" is 14 days; 11/6 to 26/6 is 15
    refused(EXAM_EARLIER.replace("khoảng hai tuần", "hai tuần"), ctx("2025-08-12"))


def test_a_later_time_said_earlier_is_refused() -> None:
    # refusal neighbour: "muộn hơn" (later) with the old day after the new one
    refused(HOUSING_GOAL.replace("sớm hơn", "muộn hơn"))


# za-dantri-lich-thi-dgnl-dgtd-2026 (Dân trí, 24/12/2025: the 2026 aptitude tests)
ROUND_TWO = "Đợt 2 sẽ diễn ra vào ngày 14-15/3/2026; ngày đăng ký 5-15/2/2026."


def test_the_registration_named_as_its_day_after_the_exam_is_its_own_window() -> None:
    exam, registration = parse_deadlines(ROUND_TWO, ctx("2025-12-24"))
    assert days(exam) == (W, date(2026, 3, 14), date(2026, 3, 15))
    assert days(registration) == (W, date(2026, 2, 5), date(2026, 2, 15))


def test_the_exam_day_after_is_and_the_registration_day_read_both() -> None:
    # the same page's third round
    phrase = "Đợt 3, ngày thi là 16-17/5/2026; ngày đăng ký 5-15/4/2026."
    exam, registration = parse_deadlines(phrase, ctx("2025-12-24"))
    assert days(exam) == (W, date(2026, 5, 16), date(2026, 5, 17))
    assert days(registration) == (W, date(2026, 4, 5), date(2026, 4, 15))


def test_a_registration_overlapping_the_exam_stays_refused() -> None:
    # refusal neighbour: 5-25/5 holds the exam's days: the same time said twice, or a typo
    refused("Đợt 3, ngày thi là 16-17/5/2026; ngày đăng ký 5-25/5/2026.", ctx("2025-12-24"))


def test_a_bare_step_before_its_day_stays_refused() -> None:
    # refusal neighbour: "đăng ký 5-15/4" without "ngày" (ruling 40(d) leaves it open)
    refused("Đợt 3, ngày thi là 16-17/5/2026; đăng ký 5-15/4/2026.", ctx("2025-12-24"))


# v-thanhphuoc-vinh-long-nghi-le-treo-co-2022 (xã Thạnh Phước, Vĩnh Long, 04/09/2022)
NATIONAL_DAY_OFF = (
    "Cán bộ, công chức, viên chức và người lao động trong cơ quan được nghỉ 04 ngày, từ thứ Năm "
    "ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022 (trong đó, 02 ngày nghỉ lễ dịp Quốc khánh và "
    "02 ngày là ngày nghỉ hàng tuần)"
)


def test_the_holidays_and_weekly_days_off_the_run_counts_are_no_time() -> None:
    reading = one(NATIONAL_DAY_OFF, ctx("2022-09-04"))
    assert days(reading) == (W, date(2022, 9, 1), date(2022, 9, 4))
    assert reading.phrase == NATIONAL_DAY_OFF


def test_the_official_holiday_named_by_its_day_counts_one() -> None:
    # zs-svhttdl-hcm-thong-bao-nghi-le-quoc-khanh-2016 (Sở VHTT TP.HCM, 15/08/2016)
    phrase = (
        "- Cán bộ, công chức, viên chức và người lao động được nghỉ lễ trong 03 ngày liên tiếp "
        "từ ngày 02/9 đến hết ngày 04/9 (trong đó ngày 02/9 là ngày nghỉ Lễ chính thức và 02 "
        "ngày còn lại là nghỉ hàng tuần)"
    )
    assert days(one(phrase, ctx("2016-08-15"))) == (W, date(2016, 9, 2), date(2016, 9, 4))


def test_parts_that_do_not_add_up_are_refused_with_the_window() -> None:
    # refusal neighbour: 2 + 3 days in a window of 4
    why = refused(NATIONAL_DAY_OFF.replace("và 02 ngày", "và 03 ngày"), ctx("2022-09-04"))
    assert "01/09/2022 – 04/09/2022" in why and "first_day và last_day" in why

"""Session 50, silent wrong dates (helper guardsl): forms read on main as a day or a window a
careful reader would not write (issue 11: never a silent wrong date), now refused with a
reason and the way out, and the neighbours that name a real time still read: a condition
after the step of an opening day ("Ngày 15/3, tổ chức hội nghị nếu đủ điều kiện"), a
cadence inside the object adopted after a one-off day ("… thông qua nghị quyết định kỳ hằng
năm"), two days in a row of a year long past, a note told done inside parentheses or "đã"
right before "trước" a day, a result "đạt … N%" of a past year, "chưa" before a span "từ …
đến …", "đến tận" before a part of a month, a "house range" falling as a day and its month,
and a sowing cell most of a year after its page."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
R = DeadlineKind.RECURRING
MARCH_2026 = "2026-03-10"


# 1. a condition after the step of an opening day: the day holds only if the condition does


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 15/3, tổ chức hội nghị nếu đủ điều kiện",
        "Ngày 15/3 tổ chức hội nghị nếu đủ điều kiện",
        "Ngày 15/3/2026, tổ chức hội nghị nếu đủ điều kiện",
        "Ngày 15 tháng 3 năm 2026, tổ chức hội nghị nếu đủ điều kiện",
        "Ngày 15/3, tổ chức hội nghị (nếu có)",
        "Sáng 15/3, tổ chức hội nghị (Nếu có)",
        "Ngày 15/3, tổ chức hội nghị trong trường hợp cần thiết",
        "Ngày 15/3, tổ chức hội nghị, trường hợp cần thiết tổ chức trực tuyến",
        "Ngày 15/3, tổ chức hội nghị khi có ý kiến của Tỉnh ủy",
        "Ngày 15/3, tổ chức hội nghị khi cần",
        "Ngày 15/3, tổ chức hội nghị tùy tình hình thực tế",
    ],
)
def test_a_condition_after_the_step_of_an_opening_day_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "chỉ làm khi có điều kiện" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 15/3, tổ chức hội nghị",
        # a name in quotation marks, the cases named, a plain time clause
        "Ngày 15/3, tổ chức cuộc thi “Nếu em là đại biểu”",
        "Ngày 15/3, tổ chức hội nghị giải quyết các trường hợp phát sinh",
        "Ngày 15/3, tổ chức hội nghị khi đó",
    ],
)
def test_an_opening_day_without_a_condition_still_reads(phrase: str) -> None:
    assert read_days(phrase, MARCH_2026) == (D, "2026-03-15", "2026-03-15")


def test_a_deadline_s_object_if_any_is_left_as_it_was() -> None:
    # "(nếu có)" of a due day's object (the results, if any): the day is firm, read as before
    assert read_days("Trước ngày 15/3, báo cáo kết quả (nếu có)", MARCH_2026) == (
        D,
        "2026-03-15",
        "2026-03-15",
    )


# 2. a cadence inside the object adopted after a one-off day


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 1/11, HĐND tỉnh tổ chức Kỳ họp thứ 11 thông qua nghị quyết định kỳ hằng năm",
        "Ngày 1/11, HĐND tỉnh tổ chức Kỳ họp thứ 11 thông qua các nghị quyết thường kỳ hằng năm",
        "Ngày 1/11, Sở quyết định phân bổ kinh phí hằng năm",
        "Ngày 1/11, tổ chức kỳ họp cuối năm thông qua dự toán ngân sách hằng năm",
        "Trước ngày 15/12, UBND tỉnh phê duyệt kế hoạch kiểm tra hằng năm",
    ],
)
def test_a_cadence_of_the_text_adopted_is_not_the_day_s(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "không phải kỳ lặp lại của ngày" in why and "last_day" in why


def test_the_sitting_without_a_cadence_and_a_cadence_of_the_day_still_read() -> None:
    sitting = "Ngày 1/11, HĐND tỉnh tổ chức Kỳ họp thứ 11 thông qua nghị quyết"
    assert read_days(sitting, MARCH_2026) == (D, "2026-11-01", "2026-11-01")
    for yearly in (
        "Trước ngày 20/12 hằng năm, UBND tỉnh ban hành kế hoạch",
        "Định kỳ hằng năm, trước ngày 15/12, báo cáo",
    ):
        (reading,) = parse_deadlines(yearly, ctx(MARCH_2026))
        assert reading.kind is R


# 3. days in a row of a year long past: convention 8, as one such day


@pytest.mark.parametrize(
    "phrase",
    ["ngày 20 và ngày 21/11/2024", "ngày 20 và 21/11/2024", "các ngày 20, 21/11/2024"],
)
def test_days_in_a_row_long_before_the_page_are_refused(phrase: str) -> None:
    why = refused(phrase, ctx("2025-11-01"))
    assert "trước ngày ban hành (01/11/2025)" in why and "last_day" in why


def test_days_in_a_row_of_the_page_s_time_still_read() -> None:
    for phrase, first, last in [
        ("ngày 20 và ngày 21/11/2025", "2025-11-20", "2025-11-21"),
        ("ngày 20 và ngày 21/10/2025", "2025-10-20", "2025-10-21"),  # 11 days back
        ("ngày 20 và ngày 21/11", "2025-11-20", "2025-11-21"),
    ]:
        assert read_days(phrase, "2025-11-01") == (W, first, last)
    # a span "từ … đến …" with its year is read however far back (convention 8's text)
    assert read_days("từ ngày 20 đến ngày 21/11/2024", "2025-11-01") == (
        W,
        "2024-11-20",
        "2024-11-21",
    )


@given(day=st.integers(1, 27), back=st.integers(1, 3))
def test_any_pair_of_days_a_year_back_is_refused(day: int, back: int) -> None:
    phrase = f"ngày {day} và ngày {day + 1}/11/{2025 - back}"
    assert "trước ngày ban hành" in refused(phrase, ctx("2025-11-01"))


# 4. told done: a note in parentheses or after a dash, "đã" right before "trước" the day


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp hồ sơ trước ngày 19/07/2025 (trong giờ hành chính, đã xong)",
        "Nộp hồ sơ trước ngày 19/07/2025 (trong giờ hành chính; đã hoàn thành)",
        "Nộp hồ sơ trước ngày 19/07/2025 (đã nộp)",
        "Nộp hồ sơ trước ngày 19/07/2025 - đã nộp",
        "3. Đối với cá nhân: đã nộp trước ngày 30 tháng 7 năm 2025",
        "a) Đối với cá nhân: đã nộp trước ngày 30/7/2025",
        "Các hộ đã đăng ký trước ngày 30/7/2025",
        "Các hộ đã được cấp trước ngày 30/7/2025",
    ],
)
def test_a_step_told_done_is_no_running_deadline(phrase: str) -> None:
    why = refused(phrase, ctx("2025-07-01"))
    assert "đã xong" in why and "kehoach done" in why


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("3. Đối với cá nhân: nộp trước ngày 30 tháng 7 năm 2025", "2025-07-30"),
        ("Nộp hồ sơ trước ngày 19/07/2025 (trong giờ hành chính)", "2025-07-19"),
        # an aim before "đã": the state to reach by then
        ("Đảm bảo 100% hộ dân đã nộp trước ngày 30/7/2025", "2025-07-30"),
        # "đã" of another clause, further back
        (
            "UBND thành phố đã giao Sở Nội vụ chủ trì, báo cáo UBND thành phố trước ngày 10/7/2025",
            "2025-07-10",
        ),
        ("Sở đã mở tính năng chỉnh sửa đến hết ngày 15/7/2025", "2025-07-15"),
    ],
)
def test_steps_to_come_beside_done_words_still_read(phrase: str, last: str) -> None:
    assert read_days(phrase, "2025-07-01") == (D, last, last)


# 5. a result reached in a past year, "đạt … N%", "giảm còn N%"


@pytest.mark.parametrize(
    "phrase",
    [
        # zn-baothanhhoa's wording told of the year gone by
        "năm 2025 xã đạt tốc độ tăng tổng giá trị sản phẩm 11%",
        "Năm 2025, xã đạt tốc độ tăng trưởng 11%",
        "Năm 2025, tỷ lệ hộ nghèo giảm còn 1,2%",
    ],
)
def test_a_result_of_a_past_year_is_no_window(phrase: str) -> None:
    why = refused(phrase, ctx("2026-01-08"))
    assert "kết quả đạt được" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Năm 2026 xã phấn đấu đạt tốc độ tăng tổng giá trị sản phẩm 11%",
        "Năm 2026, xã đạt tốc độ tăng tổng giá trị sản phẩm 11%",
        "Năm 2026, tỷ lệ hộ nghèo giảm còn 1,2%",
    ],
)
def test_a_target_of_the_year_ahead_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-01-08") == (W, "2026-01-01", "2026-12-31")


# 6. "chưa" governing a span "từ … đến …": not during it


@pytest.mark.parametrize(
    "phrase",
    [
        "thí sinh chưa đăng ký dự thi từ ngày 24/1 đến 23/2",
        "thí sinh chưa đăng ký dự thi từ 24/1 đến 23/2",
        "chưa tổ chức từ ngày 24/1",
    ],
)
def test_not_yet_before_a_span_is_refused(phrase: str) -> None:
    assert "chưa …" in refused(phrase, ctx("2026-01-10"))


@pytest.mark.parametrize(
    "phrase",
    [
        "thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2",
        "Thí sinh chưa đăng ký thì đăng ký dự thi từ ngày 24/1 đến 23/2",
        # "chưa" of a state: which ones (ze-cafef's form)
        "thí sinh chưa có tài khoản đăng ký từ ngày 24/1 đến 23/2",
        "các trường chưa đủ chỉ tiêu tuyển bổ sung từ ngày 24/1 đến 23/2",
    ],
)
def test_the_subject_s_not_yet_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-01-10") == (W, "2026-01-24", "2026-02-23")


# 7. "đến tận" before a part of a month; a "house range" falling as a day and its month


@pytest.mark.parametrize(
    "phrase",
    [
        "Trong tháng 10, các đoàn làm việc đến tận cuối tháng 11",
        "các đoàn làm việc đến tận cuối tháng 11",
        "kéo dài đến tận tháng 11",
    ],
)
def test_right_up_to_a_month_s_end_is_no_window_of_it(phrase: str) -> None:
    assert "tận …" in refused(phrase, ctx(MARCH_2026))


def test_right_up_to_a_day_and_right_to_the_home_still_read() -> None:
    assert read_days("làm việc đến tận ngày 30/11", MARCH_2026) == (D, "2026-11-30", "2026-11-30")
    home = "Trong tháng 10 này, các đoàn của phường sẽ đến tận nhà chúc thọ các cụ 90 tuổi"
    assert read_days(home, MARCH_2026) == (W, "2026-10-01", "2026-10-31")


@pytest.mark.parametrize("number", ["20-5", "11-3", "31-12"])
def test_a_number_falling_as_a_day_and_month_is_no_house_range(number: str) -> None:
    phrase = (
        "Tiếp xúc cử tri vào 8 giờ sáng 18-5, tại Trung tâm Bồi dưỡng chính trị "
        f"({number} Bình Thới, quận Bình Thạnh)"
    )
    assert "nhiều chỗ viết như ngày tháng" in refused(phrase, ctx("2020-05-15"))


@pytest.mark.parametrize("number", ["268", "58-60", "5-7"])
def test_a_house_number_or_a_rising_range_is_still_a_place(number: str) -> None:
    phrase = (
        "Tiếp xúc cử tri vào 8 giờ sáng 18-5, tại Trung tâm Bồi dưỡng chính trị "
        f"({number} Bình Thới, quận Bình Thạnh)"
    )
    assert read_days(phrase, "2020-05-15") == (D, "2020-05-18", "2020-05-18")


# 8. a sowing cell most of a year after its page


@pytest.mark.parametrize("cell", ["15/12 đến 20/12", "15-20/12", "từ 15/11 đến 20/11"])
def test_a_sowing_cell_most_of_a_year_ahead_is_refused(cell: str) -> None:
    why = refused(cell, replace(ctx("2022-01-05"), header="Gieo mạ"))
    assert "ô lịch thời vụ" in why and "first_day" in why


def test_a_sowing_cell_within_the_season_or_with_its_year_still_reads() -> None:
    sowing = replace(ctx("2022-01-05"), header="Gieo mạ")
    for cell, first, last in [
        ("15/10 đến 20/10", "2022-10-15", "2022-10-20"),
        ("15/1 đến 20/1", "2022-01-15", "2022-01-20"),
        ("15/12 đến 20/12/2022", "2022-12-15", "2022-12-20"),
    ]:
        (reading,) = parse_deadlines(cell, sowing)
        assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    # no sowing column: the cell is no calendar's, read as before
    assert read_days("15/12 đến 20/12", "2022-01-05") == (W, "2022-12-15", "2022-12-20")


# the hunt: a figure of a year gone by, and "chưa" governing the step after a time part


@pytest.mark.parametrize(
    "phrase",
    [
        "Năm 2025, xã giải ngân 95% kế hoạch vốn",
        "Năm 2025, GRDP tăng trưởng 8,5%",
        "Năm 2025 xã vượt 15% kế hoạch thu ngân sách",
        "Năm 2025, toàn tỉnh trồng mới 1.200 ha rừng",
        "Năm 2025, có 95% hộ dân sử dụng nước sạch",
    ],
)
def test_a_figure_of_a_year_gone_by_is_its_result(phrase: str) -> None:
    assert "kết quả đạt được" in refused(phrase, ctx("2026-01-08"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Năm 2026, xã giải ngân 95% kế hoạch vốn",
        "Năm 2026, có 95% hộ dân sử dụng nước sạch",
    ],
)
def test_a_figure_of_the_year_ahead_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-01-08") == (W, "2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "Trong tháng 4, các xã chưa tổ chức đại hội",
        "Tháng 4/2026, các xã chưa tổ chức đại hội",
        "Năm 2026, xã chưa tổ chức lễ hội",
        "Quý II/2026, các xã chưa tổ chức đại hội",
        "Đến hết tháng 4, các xã chưa tổ chức đại hội",
        "Từ ngày 15/3 đến 20/3, các xã chưa tổ chức đại hội",
        "Chậm nhất ngày 30/4, các xã chưa tổ chức đại hội",
    ],
)
def test_not_yet_after_a_time_part_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "bị phủ định (“chưa" in why and "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Trong tháng 4, các xã tổ chức đại hội", (W, "2026-04-01", "2026-04-30")),
        (
            "Trong tháng 4, các xã chưa tổ chức đại hội thì tổ chức bổ sung",
            (W, "2026-04-01", "2026-04-30"),
        ),
        (
            "Trước ngày 30/4, các xã chưa tổ chức đại hội phải báo cáo",
            (D, "2026-04-30", "2026-04-30"),
        ),
        # "chưa" of a state: whom the step is for (p-huongxuan, q-isb)
        (
            "Đợt 2 từ 13-15/4/2026: tổ chức tiêm vét cho các đối tượng chưa được tiêm",
            (W, "2026-04-13", "2026-04-15"),
        ),
        (
            "Từ ngày 05/07 đến ngày 11/07: Cấp tài khoản bổ sung cho các thí sinh chưa có tài "
            "khoản đăng ký xét tuyển",
            (W, "2026-07-05", "2026-07-11"),
        ),
    ],
)
def test_not_yet_of_the_subject_or_a_state_still_reads(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, MARCH_2026) == expected

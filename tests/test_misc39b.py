"""Refusals of session 39 that the corpus conventions read (issue 11 §1, branch misc39b):
"năm nay" on a page with no issue day before days that print their year, a row sorting
papers by when they were issued ("Cấp trước năm 2003: chuyển đổi trước ngày …"), "Như mọi
năm," opening a sentence that closes on its one dated day, "niên khóa" (the school year's
other name); and a cell too long to read, refused at once, naming the parts that hold a
time. Each with the real phrase that motivated it (its corpus file named) and the neighbours
that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# --- "năm nay" with no issue day: the year the days print ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # z-vietpress-cho-vieng-xuan-2025 (the page has no date)
        (
            "Năm nay, chợ Viềng Xuân 2025 được tổ chức vào ngày 14-15/2/2025 dương lịch.",
            date(2025, 2, 14),
            date(2025, 2, 15),
        ),
        # zb-danviet-lich-xuong-giong-tay-nguyen-2015-2016: a season over the new year
        (
            "Theo đó, lịch xuống giống tốt nhất cho năm nay là từ ngày 15.12.2015 – 5.1.2016",
            date(2015, 12, 15),
            date(2016, 1, 5),
        ),
    ],
)
def test_this_year_on_a_page_without_its_day(phrase: str, first: date, last: date) -> None:
    assert days(one(phrase)) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the page's year known and another: "năm nay" contradicts the day
        (
            "Năm nay, chợ Viềng Xuân 2025 được tổ chức vào ngày 14-15/2/2025 dương lịch.",
            "2024-12-01",
        ),
        # no year printed and no issue day: this year of when?
        ("Năm nay, chợ Viềng Xuân được tổ chức vào ngày 14-15/2", None),
        # days years apart are no one "năm nay"
        ("Năm nay, lịch xuống giống là từ ngày 15.12.2015 – 5.1.2018", None),
    ],
)
def test_this_year_still_checked(phrase: str, issued: str | None) -> None:
    assert refused(phrase, ctx(issued))


# --- "Cấp trước năm Y:": the papers a row sorts, not a deadline ---------------------------


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        # ze-thuanthanh-lo-trinh-doi-gplx-pet: the schedule for converting driving licences
        ("a) Cấp trước năm 2003: chuyển đổi trước ngày 31.12.2016", date(2016, 12, 31)),
        ("b) Cấp trước năm 2004: chuyển đổi trước ngày 31.12.2017", date(2017, 12, 31)),
        ("d) Cấp trước năm 2010: chuyển đổi trước ngày 31.12.2019", date(2019, 12, 31)),
    ],
)
def test_issued_before_a_year_heads_its_row(phrase: str, due: date) -> None:
    assert days(one(phrase)) == (D, due, due)


@pytest.mark.parametrize(
    "phrase",
    [
        # the papers converted before they were issued: a typo in one of the years
        "a) Cấp trước năm 2020: chuyển đổi trước ngày 31.12.2019",
        # the issuing is the work due, a second deadline before the day
        "Hoàn thành việc cấp trước năm 2020: trước ngày 31.12.2021",
    ],
)
def test_issued_before_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase)


# --- "Như mọi năm," opening the sentence: the gloss of its one dated day -----------------


def test_as_every_year_before_its_dated_day() -> None:
    # q-luatvietnam-bgddt-qd-2171-khung-nam-hoc-2023-2024 ("niên khóa": the school year)
    reading = one(
        "Như mọi năm, thời gian khai giảng trong niên khóa 2023-2024 vẫn là ngày 5/9/2023",
        ctx("2023-07-28"),
    )
    assert days(reading) == (D, date(2023, 9, 5), date(2023, 9, 5))
    assert reading.gloss == "Như mọi năm"


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # no day with its year: "as every year" may be a cadence
        ("Như mọi năm, báo cáo trước ngày 15/12", "mọi năm"),
        # "niên khóa 2023-2024" opens in August or September 2023, as "năm học" does
        ("thời gian khai giảng trong niên khóa 2023-2024 là ngày 5/9/2024", "năm học 2023-2024"),
    ],
)
def test_as_every_year_neighbours_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2023-07-28"))


# --- a cell too long to be one deadline -----------------------------------------------------


def test_too_long_names_the_part_to_copy() -> None:
    # w-vpcp-cv-4909-2018-so-ket-nq-24: an assignment of 511 characters, its deadline inside
    phrase = (
        "Giao Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan nghiên "
        "cứu, xây dựng Báo cáo sơ kết 5 năm thực hiện Nghị quyết số 24-NQ/TW ngày 03 tháng 6 "
        "năm 2013 của Ban Chấp hành Trung ương Đảng khóa XI về chủ động ứng phó với biến đổi "
        "khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường, trình Thủ tướng Chính "
        "phủ trước ngày 15 tháng 6 năm 2018 (xin gửi kèm Văn bản số 05-CV/BCĐ ngày 11 tháng 5 "
        "năm 201 của Ban Chỉ đạo sơ kết 5 năm thực hiện Nghị quyết số 24-NQ/TW và Đề cương "
        "báo cáo)."
    )
    why = refused(phrase, ctx("2018-05-25"))
    assert "dài quá 500 ký tự" in why
    assert "“trước ngày 15 tháng 6 năm 2018”" in why
    assert "last_day" in why


def test_too_long_without_a_time_says_so_only() -> None:
    why = refused("Thực hiện nhiệm vụ được giao. " * 40)
    assert "dài quá 500 ký tự" in why
    assert "các chỗ" not in why


@pytest.mark.parametrize("phrase", ["a" * 10**7, "trước ngày 1 " * 200_000])
def test_hostile_cell_refused_at_once(phrase: str) -> None:
    started = time.perf_counter()
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, ctx("2026-01-01"))
    assert time.perf_counter() - started < 0.5  # main took 13 s for the first
    assert "dài quá 500 ký tự" in error.value.why


# --- "đến" typed twice before the end's day --------------------------------------------------


def test_until_typed_twice() -> None:
    # zp-soytedienbien-ubnd-tinh-nghi-tet-am-lich-2016
    reading = one(
        "nghỉ  Tết Âm lịch từ ngày 06/02/2016 đến đến hết ngày 14/02/2016 (tức là ngày 28 tháng "
        "Chạp năm Ất Mùi đến hết ngày mùng 07 tháng Giêng năm Bính Thân)"
    )
    assert days(reading) == (W, date(2016, 2, 6), date(2016, 2, 14))


def test_until_after_another_word_stays_refused() -> None:
    # "đèn đến": a lamp, not "đến" twice; the words before the end stay unexplained
    assert refused("nghỉ từ ngày 06/02/2016 đèn đến hết ngày 14/02/2016")


# --- "kể từ ngày ban hành kế hoạch đến hết ngày D": as "từ ngày ban hành …" -------------------


def test_counted_from_the_plan_s_issue() -> None:
    # zk-gialaitv-cuoc-thi-sang-tac-kich-2025 (the plan issued 19/02/2025)
    reading = one(
        "Thời gian nhận tác phẩm dự thi kể từ ngày ban hành kế hoạch đến hết ngày 15/10/2025 "
        "(căn cứ theo dấu bưu điện)",
        ctx("2025-02-19"),
    )
    assert days(reading) == (W, date(2025, 2, 19), date(2025, 10, 15))


def test_counted_from_the_plan_s_issue_after_its_end_stays_refused() -> None:
    assert "sau hạn" in refused(
        "kể từ ngày ban hành kế hoạch đến hết ngày 15/10/2024", ctx("2025-02-19")
    )


# --- "bắt đầu vào D1 đến ngày D2": the span, its start said -----------------------------------


def test_begins_on_a_day_and_runs_to_its_end() -> None:
    # j-gianghia-dak-nong-tong-dieu-tra-2019 (the page has no date)
    reading = one(
        "Cuộc tổng điều tra dân số nhà ở được bắt đầu vào 0h ngày 1/4/2019 đến ngày 25/4/2019"
    )
    assert days(reading) == (W, date(2019, 4, 1), date(2019, 4, 25))


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày bắt đầu: 15/3/2027",  # the start alone
        "bắt đầu vào ngày 1/4/2019 đến trước ngày 25/4/2019",  # up to the day before, or it?
    ],
)
def test_a_start_alone_stays_refused(phrase: str) -> None:
    assert "ngày bắt đầu" in refused(phrase)


# --- a day off with its count of days: the holiday's name is no place of signing ------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # o-an-giang-van-khanh-tb-nghi-tet-duong-lich-2026
        ("được bố trí nghỉ tết Dương lịch 01 ngày, ngày 01/01/2026 (thứ Năm)", date(2026, 1, 1)),
        # zt-pgddtphumy-mg-my-chanh-tay-thong-bao-nghi-le-2018
        (
            "Nghỉ Giỗ Tổ Hùng Vương: 01 ngày – ngày 25/4/2018 (nhằm ngày 10 tháng 3 Âm lịch)",
            date(2018, 4, 25),
        ),
    ],
)
def test_day_off_with_its_count(phrase: str, day: date) -> None:
    assert days(one(phrase)) == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "Nghỉ Giỗ Tổ Hùng Vương, ngày 25/4/2018",  # no count: a signing line's shape
        "được bố trí nghỉ tết Dương lịch 02 ngày, ngày 01/01/2026 (thứ Năm)",  # count disagrees
    ],
)
def test_day_off_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase)


# --- a working session about the results, told with its day: the day -----------------------


def test_working_session_about_results_on_its_day() -> None:
    # zs-baokontum-thoi-su-chinh-tri-trang-302-2020 (page of 21/8/2020; convention 1)
    reading = one(
        "Chiều 19/8, đồng chí Nguyễn Đức Tuy - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy "
        "Kon Tum làm việc với Đảng ủy xã Kroong về kết quả thực hiện nhiệm vụ kinh tế - xã hội "
        "và thực hiện các nhiệm vụ trọng tâm",
        ctx("2020-08-21"),
    )
    assert days(reading) == (D, date(2020, 8, 19), date(2020, 8, 19))


@pytest.mark.parametrize(
    "phrase",
    [
        # the results told as achieved (convention 1's "đã")
        "Chiều 19/8, đồng chí Bí thư Thành ủy làm việc với Đảng ủy xã Kroong về kết quả đã đạt "
        "được",
        # a deadline set at the session: its own time, never dropped for the session's day
        "Chiều 19/8, đồng chí Bí thư Thành ủy làm việc với Đảng ủy xã Kroong về kết quả thực "
        "hiện nhiệm vụ, hoàn thành trước 30/9",
    ],
)
def test_working_session_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2020-08-21"))

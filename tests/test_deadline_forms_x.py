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


# --- words that fold to a word of time and are none ---------------------------------------------


def test_a_person_served_is_no_receipt_told() -> None:
    # x-baoxaydung-hcm-ngung-nhan-ho-so-so-nganh-2025.yaml (UBND TP.HCM, 2025): "cá nhân được
    # thực hiện" (the person served) folds to "nhan duoc" too
    phrase = (
        "Kể từ ngày 27/12, bộ phận tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính"
        " cho tổ chức, cá nhân được thực hiện tập trung tại trụ sở Trung tâm Phục vụ hành chính"
        " công TP.HCM (số 43 đường Nguyễn Văn Bá, phường Thủ Đức)"
    )
    assert one(phrase, ctx("2025-12-20")).earliest == date(2025, 12, 27)


@pytest.mark.parametrize(
    "phrase",
    [
        "UBND tỉnh nhận được đơn kiến nghị ngày 04/3/2024 của các hộ dân",  # received: told
        "UBND tinh nhan duoc don kien nghi ngay 04/3/2024",  # typed bare: may be "nhận"
    ],
)
def test_a_receipt_told_stays_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2024-03-10"))


def test_the_law_in_general_is_no_law_named_by_its_year() -> None:
    # x-hanoi-kh-378-pbgdpl-2026.yaml (UBND TP Hà Nội, KH 378/2025): the year's plan
    phrase = "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật năm 2026"
    assert read_days(phrase, "2025-12-20") == (W, "2026-01-01", "2026-12-31")
    # a law named by its year stays a citation
    for law in ("tuyên truyền Luật Đất đai năm 2024", "triển khai Bộ luật Lao động năm 2019"):
        assert "số hiệu văn bản" in refused(law, ctx("2025-12-20"))


# --- a point of an argument in words ----------------------------------------------------------


def test_a_point_of_an_argument_is_no_weekday() -> None:
    # x-dantri-du-thao-nd-lay-y-kien-dvhc-2025.yaml (Dân trí, the draft decree, 2025)
    phrase = (
        "Thứ hai, trong thời gian 60 ngày làm việc kể từ ngày nhận được văn bản của UBND cấp"
        " tỉnh, UBND cấp xã hoàn thành việc lấy ý kiến nhân dân"
    )
    relative = one(phrase, ctx("2025-06-01")).relative
    assert relative is not None
    assert (relative.offset, relative.working_days) == (60, True)


def test_a_weekday_opening_a_phrase_stays_a_weekday() -> None:
    assert read_days("Thứ hai, ngày 16/6/2025", "2025-06-01") == (D, "2025-06-16", "2025-06-16")
    # capitalised, or with a day of a month after it: maybe the Monday before that day
    assert "thứ trong tuần" in refused(
        "Thứ Hai, họp giao ban trước ngày 20/6/2025", ctx("2025-06-01")
    )
    assert "thứ trong tuần" in refused(
        "Thứ hai, họp giao ban trước ngày 20/6/2025", ctx("2025-06-01")
    )


# --- how a step is done, where it is done ------------------------------------------------------


def test_on_the_form_before_the_day_names_no_time() -> None:
    # x-huengaynay-snv-hue-ra-soat-cong-chuc-xa-2025.yaml (Sở Nội vụ Huế, 2025)
    phrase = (
        "Sở đề nghị các địa phương thực hiện theo biểu mẫu phụ lục kèm theo và gửi báo cáo về"
        " Sở trước ngày 15/8/2025 để tổng hợp, trình UBND thành phố"
    )
    assert read_days(phrase, "2025-08-01") == (D, "2025-08-15", "2025-08-15")
    # "theo" before another word stays checked: "theo lịch" may be the schedule's own day
    assert "theo" in refused(
        "Các địa phương gửi báo cáo theo lịch trước ngày 15/8/2025", ctx("2025-08-01")
    )


def test_office_hours_after_a_window_are_each_of_its_days() -> None:
    # x-huengaynay-snv-hue-tuyen-dung-cong-chuc-2025.yaml (Sở Nội vụ Huế, 2025)
    phrase = (
        "Ứng viên nộp phiếu đăng ký dự tuyển trực tiếp tại Sở Nội vụ (18 Nguyễn Sinh Sắc, TP."
        " Huế) từ ngày 20/8 đến hết ngày 18/9/2025, trong giờ hành chính"
    )
    assert read_days(phrase, "2025-08-10") == (W, "2025-08-20", "2025-09-18")
    # office hours of another day: two days, refused
    refused(
        "từ ngày 20/8 đến hết ngày 18/9/2025, trong giờ hành chính ngày 20/9", ctx("2025-08-10")
    )


def test_a_plans_scale_and_its_boundaries_are_no_time() -> None:
    # x-sggp-hcm-de-an-kenh-rach-ba-phuong-2025.yaml (UBND TP.HCM, 2025)
    phrase = (
        "UBND các phường được giao tiếp tục rà soát, điều chỉnh tổng thể quy hoạch phân khu tỷ"
        " lệ 1/2000 so với ranh giới hành chính mới, gửi Sở Xây dựng trước ngày 15-8"
    )
    assert read_days(phrase, "2025-07-20") == (D, "2025-08-15", "2025-08-15")
    for scale in ("1/500", "1/5000", "1/10.000"):
        assert (
            read_days(f"quy hoạch tỷ lệ {scale} trước ngày 15-8", "2025-07-20")[2] == "2025-08-15"
        )


@pytest.mark.parametrize(
    "phrase",
    [
        "tỷ lệ 1/12 trước ngày 15-8",  # a day-like ratio: which one is the date?
        "tăng 10% so với năm 2024, hoàn thành trước ngày 15-8",  # compared with a year
        "điều chỉnh so với kế hoạch, hoàn thành trước ngày 15-8",  # with the plan's time
    ],
)
def test_day_like_ratios_and_comparisons_with_a_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-07-20"))


# --- lunar glosses ------------------------------------------------------------------------------


@given(last=st.integers(2, 9))
def test_a_lunar_gloss_may_end_with_the_full_name_of_tet(last: int) -> None:
    # x-thanhnien-hcm-cho-hoa-tren-ben-duoi-thuyen-2026.yaml (Thanh Niên, 2026): 12/2/2026
    # is 25 tháng Chạp, Tết Bính Ngọ falls on 17/2/2026
    phrase = f"từ ngày 12/2 đến {16 + last}/2 (từ 25 tháng chạp đến mùng {last} Tết Nguyên đán)"
    reading = one(phrase, ctx("2026-01-26"))
    assert (reading.first, reading.last) == (date(2026, 2, 12), date(2026, 2, 16 + last))
    wrong = f"từ ngày 12/2 đến {16 + last}/2 (từ 25 tháng chạp đến mùng {last + 1} Tết Nguyên đán)"
    assert "âm lịch" in refused(wrong, ctx("2026-01-26"))


# --- a lunar date first, its solar day after it in parentheses ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # x-kienthuc-lich-nghi-tet-hoc-sinh-2026.yaml (Kiến Thức, the 2026 Tết school holidays)
        ("Ngày học cuối cùng là 24 tháng Chạp (thứ Tư, 11/2/2026)", "2026-02-11", "2026-02-11"),
        (
            "Ngày đi học lại sẽ là mùng 7 tháng Giêng (thứ Hai, 23/2/2026)",
            "2026-02-23",
            "2026-02-23",
        ),
        (
            "Thời gian nghỉ dự kiến từ 25 tháng Chạp (thứ Năm, 12/2/2026) đến hết mùng 6 tháng"
            " giêng (Chủ nhật, 22/2/2026)",
            "2026-02-12",
            "2026-02-22",
        ),
    ],
)
def test_a_lunar_date_with_its_solar_day_after_it_reads_the_solar_day(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2026-01-10")[1:] == (first, last)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the lunar day is not that solar day's: one of the two is mistyped
        ("Ngày học cuối cùng là 25 tháng Chạp (thứ Tư, 11/2/2026)", "âm lịch"),
        # the weekday is not that day's
        ("Ngày học cuối cùng là 24 tháng Chạp (thứ Năm, 11/2/2026)", "Thứ Tư"),
        # a solar day restated with its weekday, no lunar word: never read as a lunar gloss
        ("hạn cuối 15 tháng 3 (thứ Hai, 15/3/2027)", "15"),
    ],
)
def test_a_lunar_date_first_is_checked_against_its_solar_day(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2026-01-10"))


def test_a_citation_carried_out_in_a_title_stays_one_citation() -> None:
    # s-: a plan cited by its number and day, carrying out a directive cited by its number:
    # the whole line names documents (the title runs over the directive it carries out)
    phrase = (
        "Kế hoạch số 12/KH-UBND ngày 03/02/2026 của UBND tỉnh thực hiện Chỉ thị số 05-CT/TU giai"
        " đoạn 2026-2030"
    )
    assert "số hiệu văn bản" in refused(phrase, ctx("2026-01-13"))

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
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

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


# --- days listed whole, after a count of days ----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # x-vietnamplus-hcm-ve-sinh-tet-binh-ngo-2026.yaml (UBND TP.HCM, CV 606/UBND-ĐT, 2026)
        (
            "Về chế độ nghỉ Tết cho công nhân vệ sinh, Ủy ban nhân dân Thành phố quy định các đơn"
            " vị được nghỉ trong hai ngày 17/2 và 18/2 (tức mùng 1 và mùng 2 Tết)",
            "2026-02-17",
            "2026-02-18",
        ),
        # x-vnexpress-cam-nang-hoi-lim-2026.yaml (VnExpress, 2026): across a month's end
        (
            "Lễ hội 2026 Hội Lim 2026 sẽ được tổ chức trong hai ngày 28/2 và 1/3 (tức 12 và 13"
            " tháng giêng, năm Bính Ngọ) tại 7 thôn thuộc xã Tiên Du",
            "2026-02-28",
            "2026-03-01",
        ),
    ],
)
def test_days_listed_whole_after_their_count_are_one_window(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2026-01-26") == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("trong ba ngày 28/2 và 1/3", "không khớp"),  # the count is not their span
        ("trong hai ngày 17/2 và 20/2", "khoảng liền"),  # not in a row
        ("nghỉ trong hai ngày 17/2 và 18/2 (tức mùng 2 và mùng 3 Tết)", "âm lịch"),  # a day off
    ],
)
def test_days_listed_after_a_count_are_checked(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2026-01-26"))


def test_a_day_and_another_after_and_are_two_days_not_a_step() -> None:
    # "và 18/2" after a day opening the phrase is the list's next day, never its step
    readings = parse_deadlines("ngày 17/2/2026 và 20/2/2026", ctx("2026-01-26"))
    assert [(r.kind, r.last) for r in readings] == [(D, date(2026, 2, 17)), (D, date(2026, 2, 20))]


# --- a weekday with a dash, a start glossed by its lunar day, what was said ---------------------


def test_a_weekday_then_a_dash_names_the_day_after_it() -> None:
    # x-baohiemxahoi-nghi-tet-duong-lich-2026.yaml (the 2026 New Year's holiday)
    phrase = (
        "Theo đó, công chức, viên chức được nghỉ liên tục 4 ngày, từ thứ Năm - 01/01/2026 đến"
        " hết Chủ Nhật - 04/01/2026"
    )
    assert read_days(phrase, "2025-12-25") == (W, "2026-01-01", "2026-01-04")
    # checked as any weekday before its day
    wrong = "từ thứ Sáu - 01/01/2026 đến hết Chủ Nhật - 04/01/2026"
    assert "Thứ Năm" in refused(wrong, ctx("2025-12-25"))
    # "thứ 2-6" (Monday to Friday) is no weekday of a day
    refused("làm việc từ thứ 2-6 ngày 12/1/2026", ctx("2025-12-25"))


def test_a_start_glossed_by_its_lunar_day_takes_the_one_year_that_agrees() -> None:
    # x-baomoi-bac-ninh-snnmt-tet-trong-cay-2026.yaml: a page with no issue date; 23/2 is
    # mồng 7 Tết only in 2026 among the years named Bính Ngọ and the years after them
    reading = one("Bắc Ninh: Tết trồng cây Xuân Bính Ngọ diễn ra từ ngày 23/2 (mồng 7 Tết)")
    assert (reading.earliest, reading.last) == (date(2026, 2, 23), None)
    # a gloss that is not the day's: refused
    refused("Tết trồng cây Xuân Bính Ngọ diễn ra từ ngày 23/2 (mồng 8 Tết)")
    # a year named by its Tết, with no gloss to pick one of its cycles: refused
    refused("Chợ hoa Tết Bính Ngọ từ ngày 10/2 đến 16/2")


def test_as_planned_after_who_said_it_names_no_other_time() -> None:
    # x-tuoitre-phu-tho-svhttdl-gio-to-2026.yaml (Sở VHTTDL Phú Thọ, as Tuổi Trẻ quotes it)
    phrase = (
        "Về các hoạt động, bà Thúy cho biết theo kế hoạch lễ giỗ Tổ Hùng Vương và dâng hoa tại"
        ' bức phù điêu "Bác Hồ nói chuyện với cán bộ, chiến sĩ Đại đoàn quân Tiên Phong" tổ'
        " chức sáng 26-4 (ngày 10-3 âm lịch)"
    )
    assert read_days(phrase, "2026-03-06") == (D, "2026-04-26", "2026-04-26")
    # "theo kế hoạch của …" after it may be that plan's own schedule: still checked
    refused("ông A cho biết theo kế hoạch của tỉnh từ ngày 22/7 điều chỉnh", ctx("2026-03-06"))


def test_the_festivals_of_a_place_are_the_years_work() -> None:
    # x-nhansu-ha-noi-kh-30-le-hoi-2026.yaml (UBND TP Hà Nội, KH 30/2026: every festival of
    # the city that year)
    phrase = "TRIỂN KHAI CÔNG TÁC QUẢN LÝ VÀ TỔ CHỨC LỄ HỘI TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI NĂM 2026"
    assert read_days(phrase, "2026-01-20") == (W, "2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức lễ hội năm 2026",  # one festival: its days are meant
        "Tổ chức Lễ hội Xuân trên địa bàn xã năm 2026",  # one festival named, then its place
        "Tổ chức Lễ hội Đền Hùng trên địa bàn tỉnh năm 2026",  # an occasion's own day
    ],
)
def test_one_festival_of_a_year_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-20"))


# --- a news item's press mark and its source ----------------------------------------------------


def test_a_press_mark_and_a_press_release_open_no_time() -> None:
    # x-thoibaotaichinh-hoi-cho-mua-xuan-2026.yaml (Thời báo Tài chính, 2026)
    phrase = (
        "(TBTCO) - Theo thông cáo báo chí của Bộ Công thương vừa phát ra, Hội chợ Mùa Xuân 2026"
        ' "Kết nối thịnh vượng, đón Xuân huy hoàng" sẽ diễn ra từ ngày 02/02 - 13/02/2026 tại'
        " Trung tâm Triển lãm Việt Nam"
    )
    assert read_days(phrase, "2026-01-28") == (W, "2026-02-02", "2026-02-13")


@pytest.mark.parametrize(
    "phrase",
    [
        "(12) - Hội chợ sẽ diễn ra trước ngày 13/02/2026",  # a number in parentheses: unread
        "Theo thông cáo năm 2025, Hội chợ sẽ diễn ra trước ngày 13/02/2026",  # another time
    ],
)
def test_a_number_before_the_news_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-28"))


# --- clauses joined by ";", each a time and what is due then ------------------------------------


def test_targets_by_quarter_joined_by_semicolons_are_read_one_by_one() -> None:
    # x-hanoi-kh-35-giai-ngan-dau-tu-cong-2026.yaml (UBND TP Hà Nội, KH 35/KH-UBND 2026)
    phrase = (
        "Trong đó, mục tiêu đến hết Quý I/2026 phấn đấu đạt 26%; đến hết Quý II/2026 đạt 59%;"
        " đến hết Quý III/2026 đạt 100%"
    )
    readings = parse_deadlines(phrase, ctx("2026-01-22"))
    assert [r.last for r in readings] == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30)]
    # w-press-baomoi-qdnd-khung-nam-hoc-2012-2013.yaml: three steps in order, each named with
    # its time (an exam's days, then two due days), read as three milestones since session 30
    # (wide-two's steps in sequence, `dates/milestones.py`); the figures' day beside a due day
    # stays refused ("thời điểm báo cáo là …; thời hạn gửi báo cáo là …", breaker8)
    phrase = (
        "Học sinh tham gia thi tốt nghiệp THPT năm học 2012-2013 vào các ngày 2, 3 và 4-6-2013;"
        " xét công nhận hoàn thành chương trình tiểu học và xét công nhận tốt nghiệp THCS trước"
        " ngày 15-6-2013; tuyển sinh vào lớp 10 THPT cho năm học 2013-2014 trước ngày 31-7-2013."
    )
    readings = parse_deadlines(phrase, ctx("2012-08-01"))
    assert [(r.first, r.last) for r in readings] == [
        (date(2013, 6, 2), date(2013, 6, 4)),
        (date(2013, 6, 15), date(2013, 6, 15)),
        (date(2013, 7, 31), date(2013, 7, 31)),
    ]
    refused(
        "thời điểm báo cáo là ngày 30/9/2027; thời hạn gửi báo cáo là 30/10/2027", ctx("2027-01-05")
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # an aim and a hard limit: two last days for one work
        "trước ngày 15/7/2026 báo cáo sơ bộ; chậm nhất ngày 30/7/2026 báo cáo chính thức",
        # out of order: which is the deadline of what?
        "đến hết Quý II/2026 đạt 59%; đến hết Quý I/2026 phấn đấu đạt 26%",
        # a clause with no words of its own
        "đến hết Quý I/2026 đạt 26%; đến hết Quý II/2026",
    ],
)
def test_clauses_without_their_own_work_or_order_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-22"))


def test_a_clause_of_purpose_after_a_lunar_gloss_is_the_steps_words() -> None:
    # x-vietnamplus-hcm-ve-sinh-tet-binh-ngo-2026.yaml (UBND TP.HCM, CV 606/UBND-ĐT, 2026)
    phrase = (
        "Theo đó, Thành phố cho phép toàn ngành vệ sinh môi trường làm việc cả ngày lẫn đêm, đồng"
        " thời các phương tiện chuyên dụng được phép lưu thông trong thời gian cao điểm từ ngày"
        " 14/2 đến hết ngày 22/2 (tức từ ngày 27 tháng Chạp đến hết mùng 6 Tết Bính Ngọ) để tổ"
        " chức thu gom, vận chuyển chất thải rắn sinh hoạt"
    )
    assert read_days(phrase, "2026-01-26") == (W, "2026-02-14", "2026-02-22")
    # a time in the clause of purpose: refused
    refused(
        "lưu thông từ ngày 14/2 đến hết ngày 22/2 (tức từ ngày 27 tháng Chạp đến hết mùng 6 Tết)"
        " để đến ngày 30/3 hoàn thành",
        ctx("2026-01-26"),
    )


def test_nights_listed_are_their_days() -> None:
    # x-thanhnien-hcm-cho-hoa-tren-ben-duoi-thuyen-2026.yaml (Thanh Niên, 2026)
    phrase = (
        "Trong các đêm 13, 14 và 15.2, khu vực này tiếp tục diễn ra nhiều chương trình biểu diễn"
        " nghệ thuật phục vụ cộng đồng"
    )
    assert read_days(phrase, "2026-01-13") == (W, "2026-02-13", "2026-02-15")
    # without "các" before "đêm", a dotted month stays unread, as without "ngày"
    refused("đêm 13 và 14.2", ctx("2026-01-13"))


# --- a lunar month in words, and words of hope after the time ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # x-ngaynay-chua-huong-chuan-bi-mua-le-hoi-2026.yaml (Báo Ngày Nay, 2026)
        "Lễ hội truyền thống du lịch chùa Hương năm 2026 sẽ diễn ra từ ngày 18/2 đến 11/5 (tức"
        " mùng 2 tháng Giêng đến 25 tháng Ba năm Bính Ngọ), với chủ đề “An toàn - thân thiện -"
        " chất lượng”, được kỳ vọng góp phần phát triển bền vững cho điểm đến văn hóa tâm linh"
        " tiêu biểu của Thủ đô",
        # x-vietnamnet-khai-hoi-chua-huong-2026.yaml (VietNamNet, 2026)
        "Lễ hội truyền thống du lịch Chùa Hương năm 2026 diễn ra từ ngày 18/2-11/5 (tức từ mùng 2"
        " tháng Giêng đến 25/3 năm Bính Ngọ), với nhiều nội dung đổi mới, hướng tới mục tiêu tổ"
        " chức lễ hội an toàn, văn minh, hiện đại và lấy du khách làm trung tâm",
    ],
)
def test_a_festival_season_with_its_lunar_months_and_its_aims(phrase: str) -> None:
    assert read_days(phrase, "2026-01-11") == (W, "2026-02-18", "2026-05-11")


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # 11/5/2026 is 25 tháng 3 âm lịch, not tháng Tư
        ("từ ngày 18/2 đến 11/5 (tức mùng 2 tháng Giêng đến 25 tháng Tư năm Bính Ngọ)", "âm lịch"),
        # "hướng tới" a time, not an aim: the word of time after it is still checked
        ("diễn ra từ ngày 18/2 đến 11/5/2026, hướng tới cuối năm", "năm"),
    ],
)
def test_lunar_months_in_words_and_aims_are_still_checked(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2026-01-11"))


@pytest.mark.parametrize("weekday", ["hai", "ba", "tư", "năm", "sáu", "bảy"])
@pytest.mark.parametrize(
    "rest",
    [
        "họp giao ban hằng tuần",  # each week: the weekday of the rule
        "họp giao ban mỗi tuần",
        "họp giao ban trong năm 2026",  # the weekdays of a year
        "các xã hoàn thành trong quý I/2026",  # the weekdays of a quarter
        "họp giao ban trước ngày 20/6/2026",  # the weekday before a day
    ],
)
def test_a_weekday_word_before_a_period_or_a_cadence_is_never_read_away(
    weekday: str, rest: str
) -> None:
    # "Thứ hai, …" is read as an argument's second point only before a count of days from an
    # event; before a period, a week or a cadence it may be the weekday: never dropped (the
    # phrase is refused, or read as that weekday of each week, as "Thứ năm, … hằng tuần" is)
    for said in (f"Thứ {weekday}, {rest}", f"thứ {weekday}, {rest}"):
        try:
            readings = parse_deadlines(said, ctx("2026-01-10"))
        except DeadlineError:
            continue
        for reading in readings:
            assert reading.kind is DeadlineKind.RECURRING, (said, reading.reading)
            assert f"thứ {weekday}" in reading.reading.lower(), (said, reading.reading)

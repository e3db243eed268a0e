"""Forms tuned on the u- set (branch tune-u): its four wrong days refused (a misprinted year
far ahead of its document, an event put off with no new day, a session's results cited as
grounds, the period that names a plan being adjusted), an effective day under its column
header, and the refusals grouped by cause. Each rule with the real phrases that motivated it
(their corpus file named) and the look-alikes that must stay read or refused (the first
rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines
from kehoach.dates.grammar import month_end

D, W, ONGOING = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.ONGOING


# --- a misprinted year far ahead of the document -----------------------------------------------


def test_a_timed_day_two_years_ahead_of_its_calendar_is_refused() -> None:
    # u-daisan-lich-xet-tuyen-dai-hoc-2026.yaml: the 2026 admission calendar, every other step
    # in 2026 (VnExpress's table of the same plan: 13/8); with the plan's issue day the reading
    # has the bound it needs
    phrase = "Trước 17 giờ ngày 13.8.2028, các trường ĐH, CĐ thông báo thí sinh trúng tuyển đợt 1"
    assert "nhầm năm" in refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # the same calendar's steps in their own year, and the next year's (a school year)
        ("Thí sinh hoàn thành việc nộp hồ sơ xét tuyển thẳng và ưu tiên xét tuyển về các "
         "trường ĐH, CĐ trước 17 giờ ngày 20.6.2026", "2026-03-01", "2026-06-20"),
        ("trước 17 giờ ngày 20.6.2027", "2026-09-01", "2027-06-20"),
        # a plan's target years ahead ends a month or a year: read
        ("trước ngày 31/12/2030", "2026-03-01", "2030-12-31"),
        ("hoàn thành trước ngày 30/6/2028", "2026-03-01", "2028-06-30"),
        # a named day years ahead, no hour (test_deadline_breaker6)
        ("trước ngày 15/8/2028", "2026-03-01", "2028-08-15"),
    ],
)  # fmt: skip
def test_days_in_their_schedules_year_and_targets_ahead_stay_read(
    phrase: str, issued: str, last: str
) -> None:
    assert read_days(phrase, issued) == (D, last, last)


@given(
    issued=st.dates(date(2015, 1, 1), date(2030, 12, 31)),
    ahead=st.integers(2, 9),
    month=st.integers(1, 12),
    day=st.integers(1, 27),
)
def test_a_timed_day_two_to_nine_years_ahead_is_never_read(
    issued: date, ahead: int, month: int, day: int
) -> None:
    year = issued.year + ahead
    phrase = f"trước 17 giờ ngày {day}/{month}/{year}"
    assert "nhầm năm" in refused(phrase, Context(issued=issued))


@given(issued=st.dates(date(2015, 1, 1), date(2030, 12, 31)), offset=st.integers(0, 450))
def test_a_day_within_the_next_year_is_read_as_printed(issued: date, offset: int) -> None:
    due = issued + timedelta(days=offset)
    if due.year > issued.year + 1:
        due = date(issued.year + 1, 12, 15)
    (reading,) = parse_deadlines(
        f"Trước 17 giờ ngày {due.day}/{due.month}/{due.year}", Context(issued=issued)
    )
    assert (reading.kind, reading.last) == (D, due)


@given(issued=st.dates(date(2015, 1, 1), date(2030, 12, 31)), ahead=st.integers(2, 30))
def test_a_month_end_target_years_ahead_is_read(issued: date, ahead: int) -> None:
    year = issued.year + ahead
    end = month_end(year, 6)
    (reading,) = parse_deadlines(f"trước ngày {end.day}/6/{year}", Context(issued=issued))
    assert reading.last == end


def test_a_day_decades_after_a_placeholder_issue_day_is_no_slip() -> None:
    # the fuzz reads every corpus phrase "--issued 01/01/2000": a 2026 day is no misprint of it
    assert read_days("Trước 17 giờ ngày 20.6.2026", "2000-01-01") == (D, "2026-06-20", "2026-06-20")


# --- an event put off with no new day ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # u-hai-phong-tb-245-hoan-tiep-cong-dan-2021.yaml (Thông báo 245/TB-UBND, Hải Phòng)
        ("UBND thành phố hoãn tổ chức tiếp công dân định kỳ tháng 6/2021", "2021-06-29"),
        # l-kon-tum-tuan-van-hoa-du-lich-2020.yaml
        ("Quyết định tạm dừng tổ chức sự kiện Tuần Văn hóa- Du lịch Kon Tum lần thứ 5 (tháng "
         "3/2020)", "2020-03-01"),
    ],
)  # fmt: skip
def test_an_event_put_off_with_no_new_day_is_refused(phrase: str, issued: str) -> None:
    assert "hoãn hoặc tạm dừng" in refused(phrase, ctx(issued))


def test_put_off_until_something_is_refused_by_the_labels_rule() -> None:
    # "đến khi …", "đến ngày …" after the word: label's refusals say why (test_deadline_breaker)
    refused("tạm hoãn Lễ hội đến khi có thông báo mới, dự kiến tháng 3/2020", ctx("2020-02-01"))


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # the new day said after the word is read (p-yenlap-phutho-cuoc-thi-bieu-tuong-2021,
        # l-nghe-an-tuong-duong-dai-hoi-dang-bo-2025)
        ("Ban Tổ chức thông báo lùi thời gian nhận tác phẩm dự thi đến hết ngày 15/12/2021",
         "2021-11-01", (D, "2021-12-15", "2021-12-15")),
        ("Đại hội được hoãn sang ngày 30/6/2021", "2021-06-01",
         (D, "2021-06-30", "2021-06-30")),
        # "hoàn thành" folds like "hoãn": never one
        ("hoàn thành trước ngày 10/12/2023", "2023-11-01", (D, "2023-12-10", "2023-12-10")),
    ],
)  # fmt: skip
def test_a_new_day_after_the_word_and_hoan_thanh_are_read(
    phrase: str, issued: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == expected


# --- a session's results cited as grounds --------------------------------------------------


def test_a_sessions_results_cited_as_grounds_are_refused() -> None:
    # u-thanh-hoa-nq-616-ky-hop-24-hdnd-2024.yaml (HĐND Thanh Hóa, NQ 616/2024)
    phrase = (
        "Căn cứ kết quả kỳ họp thứ 24, Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII từ ngày 12"
        " đến ngày 14 tháng 12 năm 2024"
    )
    assert "căn cứ" in refused(phrase, ctx("2024-12-20"))


def test_grounds_then_a_deadline_of_their_own_are_read() -> None:
    phrase = "Căn cứ kết quả kỳ họp, các sở báo cáo trước ngày 30/12/2024"
    assert read_days(phrase, "2024-12-20") == (D, "2024-12-30", "2024-12-30")


# --- the period that names a plan being adjusted -------------------------------------------


def test_the_period_of_a_plan_adjusted_is_its_name() -> None:
    # u-vnanet-lao-cai-ky-hop-hdnd-thang-2-2026.yaml (HĐND tỉnh Lào Cai, 02/2026)
    phrase = (
        "khẩn trương phê duyệt điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, tầm nhìn"
        " đến năm 2050"
    )
    assert "tên của quy hoạch" in refused(phrase, ctx("2026-02-09"))


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # a plan named for itself: the corpus's window (a-ttg-qd-1629-2019-thanh-hoa)
        ("Quy hoạch tỉnh Thanh Hóa thời kỳ 2021-2030, tầm nhìn đến năm 2045", "2019-12-01",
         (W, "2021-01-01", "2030-12-31")),
    ],
)  # fmt: skip
def test_a_plan_named_for_itself_is_read(
    phrase: str, issued: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == expected


def test_a_time_of_its_own_beside_an_adjusted_plans_name_is_not_taken_for_the_name() -> None:
    # p-thanhvinhdong-longan-lay-y-kien-qhsdd-2024.yaml: the posting's 30 days, not the plan's
    # period (refused for its count's anchor, another cause: the plan's name is not the why)
    phrase = (
        "Nay UBND xã Thanh Vĩnh Đông thông báo rộng rãi và niêm yết công khai lấy ý kiến nhân"
        " dân về Điều chỉnh Quy hoạch sử dụng đất thời kỳ 2021- 2030 và Kế hoạch sử dụng đất"
        " năm 2025 huyện Châu Thành, tỉnh Long An trong thời gian 30 ngày tính từ ngày 02 tháng"
        " 12 năm 2024"
    )
    assert "tên của quy hoạch" not in refused(phrase)  # the notice prints no date of its own


# --- a day under the column of the day a text takes effect ----------------------------------


def test_a_day_under_an_effective_day_header_is_a_start_bound() -> None:
    # u-thanh-hoa-qd-74-2026-ke-hoach-hanh-dong-dai-hoi-xx.yaml: nhansu.vn's summary table
    context = Context(issued=date(2026, 1, 7), header="Ngày có hiệu lực")
    reading = one("07/01/2026", context)
    assert (reading.kind, reading.earliest, reading.last) == (ONGOING, date(2026, 1, 7), None)


# ("Ngày ban hành" heads a document's own day, refused since tune-zg: test_deadline_forms_zg)
@pytest.mark.parametrize("header", ["Ngày hết hiệu lực", "Thời hạn"])
def test_other_headers_leave_the_day_due(header: str) -> None:
    reading = one("07/01/2026", Context(issued=date(2026, 1, 7), header=header))
    assert reading.kind is D and reading.last == date(2026, 1, 7)


@pytest.mark.parametrize("phrase", ["tháng 3/2026", "trước ngày 07/01/2026", "Quý I/2026"])
def test_anything_but_a_day_under_an_effective_day_header_is_refused(phrase: str) -> None:
    context = Context(issued=date(2026, 1, 7), header="Ngày có hiệu lực")
    assert "ngày có hiệu lực" in refused(phrase, context)


def test_a_start_bound_under_an_effective_day_header_stands() -> None:
    context = Context(issued=date(2026, 1, 7), header="Ngày có hiệu lực")
    reading = one("có hiệu lực từ ngày 07/01/2026", context)
    assert (reading.earliest, reading.last) == (date(2026, 1, 7), None)


# --- "sớm" (soon) before a verb, the phrase's own last day after -------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # u-vnexpress-day-lich-xet-tuyen-2026-som.yaml (the Bộ GD&ĐT's 2026 admission plan)
        ("Bộ yêu cầu các trường đại học xây dựng kế hoạch, sớm công bố thông tin tuyển sinh với"
         " các điểm chính để học sinh có phương án học và ôn thi, muộn nhất là ngày 15/2/2026",
         "2025-11-04", "2026-02-15"),
        # u-thanhnien-ky-hop-thu-nhat-qh-xvi-6-4.yaml: "từ sớm, từ xa", an idiom
        ("Chủ tịch Quốc hội yêu cầu phải chuẩn bị từ sớm, từ xa cho kỳ họp thứ nhất Quốc hội"
         " khóa XVI dự kiến sẽ khai mạc vào ngày 6.4.2026", "2026-02-23", "2026-04-06"),
    ],
)  # fmt: skip
def test_soon_before_a_verb_leaves_the_day_set_after_it(phrase: str, issued: str, day: str) -> None:
    assert read_days(phrase, issued) == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # u-baodautu-dak-lak-quy-hoach-tinh-2019.yaml: no last day of its own ("sớm triển khai
        # xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025" itself is refused
        # first as the plan's own period since breaker12: test_deadline_breaker12.py)
        "sớm triển khai xây dựng kế hoạch, giai đoạn 2021 - 2025",
        # "sớm nhất", "sớm hơn" stay words of time
        "triển khai sớm nhất, muộn nhất là ngày 15/2/2026",
        "công bố sớm hơn, muộn nhất là ngày 15/2/2026",
    ],
)
def test_soon_without_a_last_day_after_its_comma_stays_refused(phrase: str) -> None:
    assert "sớm" in refused(phrase, ctx("2025-11-04"))


# --- a press line opening with the day an event is held ------------------------------------


def test_an_event_held_on_the_day_that_opens_the_line() -> None:
    # u-baolamdong-hoi-nghi-ktxh-thang-7-2025.yaml (Báo Lâm Đồng, 01/8/2025)
    phrase = (
        "Ngày 1/8, UBND tỉnh Lâm Đồng tổ chức Hội nghị trực tuyến toàn tỉnh đánh giá tình hình"
        " kinh tế - xã hội, an ninh - quốc phòng tháng 7, triển khai nhiệm vụ trọng tâm tháng"
        " 8/2025"
    )
    reading = one(phrase, ctx("2025-08-01"))
    assert (reading.kind, reading.last) == (D, date(2025, 8, 1))
    assert reading.label is not None and "tháng 8/2025" in reading.label


@pytest.mark.parametrize(
    "phrase",
    [
        # a time of its own after the event: "trong", "hoàn thành", "trước"
        "Ngày 10/3, Sở tổ chức tập huấn, các đơn vị triển khai trong tháng 4/2026",
        "Ngày 10/3, Sở tổ chức tập huấn, hoàn thành tháng 4/2026",
        # a year of the subject other than the day's own (which year is the event's?)
        "Sáng 15/11, Hội đồng tổ chức hội nghị năm 2027",
        # another number in the clause
        "Ngày 10/3, Sở tổ chức tập huấn cho 15 đơn vị năm 2026",
    ],
)
def test_an_event_line_with_a_time_or_number_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


# --- "đầu cấp" (the first grade of a school level), no period -------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # u-ngaynay-hcm-ra-soat-tuyen-sinh-dau-cap-2026.yaml (Sở GD&ĐT TP.HCM, 2026)
        ("Sở Giáo dục và Đào tạo TP Hồ Chí Minh cho biết, công tác rà soát dữ liệu tuyển sinh đầu"
         " cấp được triển khai từ ngày 3/2/2026 đến hết ngày 3/3/2026 trên Cổng thông tin tuyển"
         " sinh đầu cấp của Thành phố tại địa chỉ https://tuyensinhdaucap.hcm.edu.vn",
         "2026-02-02"),
        # u-nld-hcm-ra-soat-du-lieu-tuyen-sinh-tu-3-2.yaml
        ("Theo đó, từ ngày 3-2-2026 đến 3-3-2026, phụ huynh rà soát thông tin trên Trang thông"
         " tin tuyển sinh đầu cấp của TP tại địa chỉ: https://tuyensinhdaucap.hcm.edu.vn",
         "2026-01-31"),
    ],
)  # fmt: skip
def test_admission_to_the_first_grade_names_no_period(phrase: str, issued: str) -> None:
    assert read_days(phrase, issued) == (W, "2026-02-03", "2026-03-03")


@pytest.mark.parametrize(
    "phrase",
    ["từ ngày 3/2/2026 đến hết ngày 3/3/2026, đầu tháng sau", "trước ngày 3/3/2026, đầu năm sau"],
)
def test_dau_before_a_period_stays_a_word_of_time(phrase: str) -> None:
    refused(phrase, ctx("2026-02-02"))


# --- "Theo <the body that set the schedule>," -----------------------------------------------


def test_the_body_the_press_quotes_frames_no_time() -> None:
    # u-dantri-tphcm-giao-nhan-quan-2026.yaml (Dân trí, 03/3/2026)
    phrase = (
        "Theo Hội đồng Nghĩa vụ quân sự TPHCM, lễ giao nhận quân, tiễn thanh niên lên đường"
        " nhập ngũ năm 2026 được tổ chức từ 7h đến 9h ngày 4/3"
    )
    assert one(phrase, ctx("2026-03-03")).last == date(2026, 3, 4)


@pytest.mark.parametrize(
    "phrase",
    [
        "Theo Sở Y tế năm 2026, hoàn thành trước ngày 15/3/2026",  # a time inside the frame
        "Theo lịch hằng tháng, hoàn thành trước ngày 15/3/2026",
    ],
)
def test_a_frame_with_a_time_or_a_rule_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))

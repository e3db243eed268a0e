"""Session 50, the lead's rulings and fixes: a range of months closed after "đến" by a month
and its four-digit year (q-huht), refused after a day or the word "ngày" (a day cut short);
the report of one event due "ngày N tháng sau", refused, not read monthly; an event's length
held "trong khoảng" a span (zt-kimthanh); the office week after a span (ze-ntt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import Frequency


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # q-huht-hueuni-moc-xet-tuyen-dai-hoc-2024: the months of one year, its year at the end
        ("Từ tháng 9 đến 12/2024", "2024-09-01", "2024-12-31"),
        ("từ tháng 8 đến hết 12/2019", "2019-08-01", "2019-12-31"),
        ("từ tháng 10/2024 đến 6/2025", "2024-10-01", "2025-06-30"),
        ("từ trung tuần tháng 8 đến 12/2019", "2019-08-11", "2019-12-31"),
    ],
)
def test_a_month_and_its_year_after_den_closes_a_range_of_months(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2019-03-01") == ("window", first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "từ tháng 8 đến ngày 12/2019",  # "ngày 12/…": a day whose month was cut
        "từ tháng 10/2024 - ngày 6/2025",
        "từ ngày 1/10 đến 6/2025",  # after a day: a day cut short
        "từ tháng 10 đến 6/2025",  # across the new year, its first year unsaid
        "Không tổ chức từ tháng 9 đến 12/2024",
    ],
)
def test_a_day_cut_short_or_a_month_before_its_start_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-03-01"))


# --- the report of one event, due "ngày N tháng sau": once, not each month ------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo kết quả hội nghị trước ngày 5 tháng sau",
        "Báo cáo kết quả tổ chức Hội thi trước ngày 10 của tháng tiếp theo",
        "các đơn vị báo cáo kết quả đợt cao điểm trước ngày 05 tháng sau",
        # the session 50 tester's: other events, "tổng kết" before the meeting
        "Báo cáo kết quả bầu cử trước ngày 5 tháng sau",
        "Báo cáo tổng kết hội nghị trước ngày 5 tháng sau",
        "Báo cáo kết quả tập huấn trước ngày 5 tháng sau",
        "Báo cáo kết quả tổ chức Ngày hội trước ngày 5 tháng sau",
    ],
)
def test_one_events_report_due_next_month_is_refused_not_monthly(phrase: str) -> None:
    """Read monthly, a meeting's one report showed due on the 5th of every month."""
    assert "tháng sau của tháng nào" in refused(phrase, ctx("2026-03-10"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Định kỳ báo cáo kết quả đợt kiểm tra trước ngày 5 tháng sau",
        "Hằng tháng, báo cáo kết quả hội nghị giao ban trước ngày 5 tháng sau",
        "Báo cáo kết quả thực hiện trước ngày 5 tháng sau",
    ],
)
def test_a_report_said_to_repeat_stays_monthly(phrase: str) -> None:
    reading = one(phrase, ctx("2026-03-10"))
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.MONTHLY


# --- an event's length held "trong khoảng" a span: the span (zt-kimthanh) --------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Đại hội sẽ kéo dài 01 ngày và dự kiến diễn ra trong khoảng từ ngày 28/6 đến 06/7/2024",
        "Hội nghị tổ chức 2 ngày, trong khoảng thời gian từ ngày 28/6 đến 06/7/2024",
    ],
)
def test_a_length_held_within_a_span_reads_the_span(phrase: str) -> None:
    assert read_days(phrase, "2024-01-10") == ("window", "2024-06-28", "2024-07-06")


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị tổ chức 12 ngày, trong khoảng từ ngày 28/6 đến 06/7/2024",  # longer than it
        "Hội nghị đã tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2024",
        "Hội nghị không tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2024",
        "Hội nghị tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2024 nếu đủ điều kiện",
        "Hội nghị tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2024 hoặc 10/7/2024",
    ],
)
def test_a_length_within_a_span_told_done_denied_or_longer_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-01-10"))


# --- the office week after a span (ze-ntt) ---------------------------------------------------


def test_the_office_week_after_a_span_whose_ends_fall_in_it_is_its_gloss() -> None:
    # tests/corpus/ze-ntt-thi-chuan-dau-ra-tieng-anh-thang-9-2025.yaml: 06/08/2025 is a
    # Wednesday, 19/09/2025 a Friday
    phrase = (
        "- Thời gian đăng ký: Từ ngày 06/08/2025 đến hết ngày 19/09/2025 (trong giờ hành chính, "
        "Thứ 2 – Thứ 6)"
    )
    reading = one(phrase, ctx("2025-08-01"))
    assert read_days(phrase, "2025-08-01") == ("window", "2025-08-06", "2025-09-19")
    assert reading.gloss == "trong giờ hành chính, Thứ 2 – Thứ 6"


@given(st.dates(date(2024, 1, 1), date(2027, 12, 31)), st.integers(0, 40))
def test_an_end_outside_the_office_week_is_refused(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    phrase = (
        f"Nhận hồ sơ từ ngày {first:%d/%m/%Y} đến hết ngày {last:%d/%m/%Y} "
        "(trong giờ hành chính, Thứ 2 – Thứ 6)"
    )
    if first.weekday() > 4 or last.weekday() > 4:
        assert "ngoài" in refused(phrase, ctx("2023-12-01"))
    else:
        assert (one(phrase, ctx("2023-12-01")).first, one(phrase, ctx("2023-12-01")).last) == (
            first,
            last,
        )


# --- a day the work stops on, until further notice: its start (za-huengaynay) ----------------


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        # tests/corpus/za-huengaynay-nghi-hoc-17-11-2025.yaml
        (
            "Hiện nay, một số xã, phường đã thông báo các trường học, cơ sở giáo dục trên địa bàn"
            " cho học sinh nghỉ học ngày 17/11 cho đến khi có thông báo mới.",
            date(2025, 11, 17),
        ),
        (
            "Học sinh toàn tỉnh nghỉ học vào ngày 20/11 cho đến khi có thông báo mới",
            date(2025, 11, 20),
        ),
    ],
)
def test_a_day_stopped_on_until_further_notice_is_its_start(phrase: str, earliest: date) -> None:
    reading = one(phrase, ctx("2025-11-17"))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)
    assert reading.qualifier == "cho đến khi có thông báo mới"


@pytest.mark.parametrize(
    "phrase",
    [
        "nghỉ học ngày 17/11 và 18/11 cho đến khi có thông báo mới.",  # which day starts it?
        "không nghỉ học ngày 17/11 cho đến khi có thông báo mới.",
        "đã nghỉ học ngày 17/11 cho đến khi có thông báo mới.",
        "nghỉ học ngày 17/11 cho đến khi có thông báo mới (hoãn)",
        "tổ chức hội nghị ngày 17/11 cho đến khi có thông báo mới",  # "nghị", no "nghỉ"
        "đề nghị ngày 17/11 cho đến khi có thông báo mới",
    ],
)
def test_a_day_until_further_notice_without_one_stopping_start_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-17"))


# --- "(từ D đến D-M)" alone in its parentheses (zl-nld-gia-lai) -------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # tests/corpus/zl-nld-gia-lai-hoat-dong-xuan-binh-ngo-2026.yaml
        ("nổi bật là Hội Báo Xuân Bính Ngọ 2026 (từ 9 đến 12-2)", "2026-02-09", "2026-02-12"),
        ("Hội thi diễn ra (từ 18 đến 20-9)", "2026-09-18", "2026-09-20"),
    ],
)
def test_a_dashed_span_alone_in_its_parentheses_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-01-21") == ("window", first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội Báo Xuân (từ 1 đến 10-6 tuổi)",  # ages: the parenthesis holds more
        "Hội Báo Xuân (từ 9 đến 12-2 âm lịch)",
        "Hội Báo Xuân (từ 12 đến 9-2)",  # the start after its end
        "Hội Báo Xuân (từ 9 - 12-2)",  # a dash twice: "9 - 12" may be a date
        "Hội Báo Xuân không tổ chức (từ 9 đến 12-2)",
    ],
)
def test_a_dashed_span_not_alone_in_its_parentheses_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-21"))


# --- "từ D1 đến D2" after a verb that moves a time: old and new, or a new span? (miscl2) ------


@pytest.mark.parametrize(
    "phrase",
    [
        "Bộ GD-ĐT lùi thời hạn nộp hồ sơ từ ngày 20/8 đến ngày 22/8",
        "Trường dời lịch thi từ ngày 20/8 đến ngày 22/8",
        "hoãn lịch thi từ ngày 20/8 đến ngày 22/8",
    ],
)
def test_a_span_after_a_verb_that_moves_a_time_is_refused(phrase: str) -> None:
    assert "ngày cũ và ngày mới" in refused(phrase, ctx("2025-08-10"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # z-baomoi-hdnd-ha-noi-dieu-chinh-ky-hop-thu-muoi-2022: the adjusted span itself
        (
            "điều chỉnh thời gian tổ chức kỳ họp thứ mười, HĐND thành phố từ ngày 7-12 đến "
            "10-12-2022",
            "2022-12-07",
            "2022-12-10",
        ),
        # "vận chuyển" holds no "chuyển" of a time
        (
            "Cấm vận chuyển, chế biến Sò lông từ ngày 01/11/2022 đến hết ngày 31/12/2022",
            "2022-11-01",
            "2022-12-31",
        ),
        ("Lịch thi được lùi từ ngày 15/9/2022 sang ngày 20/9/2022", "2022-09-20", "2022-09-20"),
    ],
)
def test_a_span_set_or_moved_with_sang_still_reads(phrase: str, first: str, last: str) -> None:
    _, *days = read_days(phrase, "2022-08-10")
    assert days == [first, last]


# --- "tối đa" before an effort's means, "cả buổi tối" (beforel's form; ruling 50(g)) ----------

# v-baothanhhoa-ho-vuong-qua-tet-doc-lap-2025 #1 (issued 2025-08-31)
GIFTS_BY = (
    "Xã đã huy động tối đa lực lượng và sẽ tăng cường cấp phát cả buổi tối để bảo đảm 100% "
    "người dân địa phương sẽ nhận được quà của Nhà nước chậm nhất trong ngày 1/9"
)


@pytest.mark.parametrize(
    "phrase",
    [
        GIFTS_BY,
        "Huy động tối đa nguồn lực, hoàn thành trước ngày 1/9",
        "Làm việc cả buổi trưa để hoàn thành trước ngày 1/9",
    ],
)
def test_the_utmost_means_and_the_evenings_worked_move_no_day(phrase: str) -> None:
    assert read_days(phrase, "2025-08-31") == ("date", "2025-09-01", "2025-09-01")


@pytest.mark.parametrize(
    "phrase",
    [
        "Huy động tối đa 5 ngày, hoàn thành trước ngày 15/9",  # a bound of the time
        "Huy động tối đa nhân lực; tối đa không quá ngày 15/9",
        "Cấp phát cả buổi tối hôm nay, hoàn thành trước ngày 15/9",
        "Cấp phát cả buổi tối hằng ngày, hoàn thành trước ngày 15/9",
        "Cấp phát cả buổi sáng, hoàn thành trước ngày 15/9",
        "Không huy động tối đa lực lượng, hoàn thành trước ngày 15/9",
        "Huy động tối đa lực lượng trong 5 ngày, hoàn thành trước ngày 15/9",
    ],
)
def test_the_effort_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-31"))


# --- a review told held, "6 tháng đầu năm", then the half to do (ruling 50(h)) ---------------


def test_a_first_half_reviewed_then_the_second_to_do_reads_the_second() -> None:
    phrase = (
        "UBND huyện vừa tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng "
        "cuối năm 2025"
    )
    assert read_days(phrase, "2025-07-10") == ("window", "2025-07-01", "2025-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "UBND huyện vừa tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 3 tháng "
        "cuối năm 2025",  # 6 and 3 make no year
        "Sáng nay, UBND huyện vừa tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ "
        "6 tháng cuối năm 2025",  # its day told
        "UBND huyện vừa tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 "
        "tháng cuối năm 2025",  # another year
    ],
)
def test_a_half_reviewed_that_does_not_take_over_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-07-10"))


# --- a due column's bare year "và những năm tiếp theo": a start (n1l's form, ruling 50(i)) ----


@pytest.mark.parametrize("cell", ["2025 và những năm tiếp theo", "2025 và các năm tiếp theo"])
def test_a_bare_year_and_the_years_after_it_is_a_start(cell: str) -> None:
    # z-vnmasterplan-…#24: a task table's "Thời gian hoàn thành" column
    (reading,) = parse_deadlines(cell, replace(ctx("2025-03-01"), header="Thời gian hoàn thành"))
    assert (reading.earliest, reading.first, reading.last) == (date(2025, 1, 1), None, None)


@pytest.mark.parametrize(
    ("cell", "header"),
    [
        ("6/2025 và những năm tiếp theo", "Thời gian hoàn thành"),  # a month's years?
        ("2025 và những năm tiếp theo", "Số ngày trước ngày bầu cử"),
        ("2025 và những năm tiếp theo", None),  # no due column
    ],
)
def test_the_years_after_elsewhere_stay_refused(cell: str, header: str | None) -> None:
    refused(cell, replace(ctx("2025-03-01"), header=header))


# --- the session 50 tester's finds on the merge ----------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị diễn ra từ 8 đến 11 giờ ngày 28/6/2021",  # main: 08/06 - 28/06
        "Tiếp nhận hồ sơ từ 8 đến 17 giờ ngày 28/6/2021",
        "Trực từ 7 - 22h ngày 28/6/2021",
        "Kỳ họp dự kiến tổ chức 01 ngày, trong khoảng từ 8 đến 17 giờ ngày 28/6/2021",
    ],
)
def test_two_hours_sharing_one_unit_are_never_a_day(phrase: str) -> None:
    assert "hai giờ chung một chữ" in refused(phrase, ctx("2021-05-10"))


def test_two_hours_each_with_its_unit_read_their_day() -> None:
    assert read_days("từ 8 giờ đến 17 giờ ngày 28/6/2021", "2021-05-10")[1:] == (
        "2021-06-28",
        "2021-06-28",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "kỳ họp 10 ngày, bắt đầu từ 8 giờ ngày 28/7/2020",  # main: 28/07 alone, "kỳ họp 10"
        "Thời gian tổ chức kỳ họp 02 ngày, bắt đầu từ 8 giờ 00’ thứ Ba, ngày 28/7/2020",
        "Thời gian tổ chức kỳ họp 1,5 ngày, bắt đầu từ 8 giờ 00’ thứ Ba, ngày 28/7/2020",
        "Từ ngày tháng 9 đến 12/2024",  # a template's blank day
        # a sitting within more than a year: a year's typo more likely
        "Kỳ họp dự kiến tổ chức 01 ngày, trong khoảng từ ngày 28/6/2020 đến 06/7/2021",
    ],
)
def test_the_testers_wrong_readings_of_counts_and_spans_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-07-01"))


def test_a_numbered_sitting_before_its_day_still_reads() -> None:
    assert read_days("Kỳ họp thứ 10 HĐND tỉnh diễn ra ngày 28/7/2020", "2020-07-01")[1:] == (
        "2020-07-28",
        "2020-07-28",
    )


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a notice of April: which year's November? (the tester's find on ruling 50(d))
        ("cho học sinh nghỉ học ngày 17/11 cho đến khi có thông báo mới", "2026-04-14"),
        # a cadence in the event: what repeats?
        ("cho học sinh nghỉ học ngày 17/11 cho đến khi có thông báo mới hằng năm", "2025-11-17"),
    ],
)
def test_a_day_stopped_on_far_from_its_notice_or_with_a_cadence_is_refused(
    phrase: str, issued: str
) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "đã tiếp công dân định kỳ tháng 02 năm 2026, bắt đầu từ 08 giờ, ngày 12/02/2026",
            "2026-01-20",
        ),
        (
            "Chủ tịch UBND tỉnh đã tổ chức tiếp công dân định kỳ tháng 02 năm 2026, bắt đầu từ "
            "08 giờ, ngày 12/02/2026",
            "2026-01-20",
        ),
        (
            "Tại hội nghị, lãnh đạo chưa công bố Quyết định giao chỉ tiêu kế hoạch năm 2026",
            "2026-01-05",
        ),
    ],
)
def test_a_reception_told_held_or_targets_not_yet_assigned_are_refused(
    phrase: str, issued: str
) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        # one year's first half, or another period's: not each half-year (n1l's form)
        "từ ngày 01 của tháng đầu tiên của kỳ báo cáo đến hết ngày cuối cùng của tháng thứ sáu "
        "của năm báo cáo",
        "từ ngày 01 của tháng đầu tiên của kỳ báo cáo đến hết ngày cuối cùng của tháng thứ sáu "
        "của kỳ báo cáo, hằng năm",
        "Kỳ báo cáo năm: từ ngày 01 của tháng đầu tiên của kỳ báo cáo đến hết ngày cuối cùng của "
        "tháng thứ sáu của kỳ báo cáo",
        "từ ngày 01 của tháng thứ hai của kỳ báo cáo đến hết ngày cuối cùng của tháng thứ sáu của "
        "kỳ báo cáo",
    ],
)
def test_a_half_year_data_period_not_each_halfs_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-10"))


def test_a_sittings_length_then_its_span_in_parentheses_reads_the_span() -> None:
    # tests/corpus/zn-tuson-bac-ninh-trang-ha-tiep-xuc-cu-tri-2019.yaml: read on main only as
    # "kỳ họp 01" (a first sitting's number); now as the day held within the span
    phrase = "Dự kiến thời gian tổ chức kỳ họp 01 ngày (từ ngày 22 đến ngày 27/7/2019)"
    assert read_days(phrase, "2019-07-01") == ("window", "2019-07-22", "2019-07-27")
    refused(phrase.replace("(", "").replace(")", ""), ctx("2019-07-01"))  # bare: which day?

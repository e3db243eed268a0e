"""Session 44, family W (helper beforeg): phrases refused for a word or a number before the
time part that the grammar did not account for (issue 11 §1: every number of a reading is
explained). Each form here accounts for one as what it is (a length whose end the page does
not print, the weekend a run of days off counts, a regular meeting's name, the count of the
school years listed, a campaign's name), and keeps its neighbours refused: a bound, a step
told done, a negation, a condition, a cadence, a count or a day that disagrees."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


# ze-cukhoi-long-bien-cong-khai-phuong-an-boi-thuong-2020 (the lead's ruling of session 32)
OPEN_LENGTH = "2. Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020"


def test_a_length_before_its_start_with_no_end_reads_the_start() -> None:
    reading = one(OPEN_LENGTH, ctx("2020-11-12"))
    assert (reading.earliest, reading.first, reading.last) == (date(2020, 11, 6), None, None)
    assert reading.gloss is not None and "20 ngày kể từ 06/11/2020" in reading.gloss


def test_a_length_before_its_start_keeps_its_neighbours_refused() -> None:
    issued = ctx("2020-11-12")
    for phrase in (
        "Chậm nhất 20 ngày: Kể từ ngày 06/11/2020",  # a deadline counted from the day
        "Thời gian chậm nhất 20 ngày: Kể từ ngày 06/11/2020",
        "Thời gian đã công khai 20 ngày: Kể từ ngày 06/11/2020",  # told done
        "Thời gian công khai không quá 20 ngày: Kể từ ngày 06/11/2020",
        "Nếu thời gian công khai 20 ngày: Kể từ ngày 06/11/2020",  # a condition
        "Thời gian công khai hằng năm 20 ngày: Kể từ ngày 06/11/2020",  # a cadence
        "Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020 hoặc 10/11/2020",  # a choice
        # a window the count does not fit, and a second day joined
        "Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020 đến ngày 28/11/2020",
        "Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020, đến ngày 28/11/2020",
    ):
        refused(phrase, issued)


@given(st.integers(1, 90), st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_any_length_before_a_written_start_reads_that_start_alone(count: int, day: date) -> None:
    phrase = f"Thời gian niêm yết {count} ngày: từ ngày {day.day}/{day.month}/{day.year}"
    reading = one(phrase, ctx(str(day)))
    assert (reading.earliest, reading.first, reading.last) == (day, None, None)


# u-kenh14-gio-to-hung-vuong-2026 (25/4/2026 is a Saturday)
WEEKEND_COUNTED = (
    "Như vậy, tính cả hai ngày cuối tuần, kỳ nghỉ Giỗ Tổ Hùng Vương kéo dài 3 ngày liên tiếp "
    "từ 25/4 đến hết 27/4/2026"
)


def test_the_weekend_counted_in_a_run_of_days_off_is_no_time() -> None:
    (reading,) = parse_deadlines(WEEKEND_COUNTED, ctx("2026-03-11"))
    assert days(reading) == (W, date(2026, 4, 25), date(2026, 4, 27))


def test_the_weekend_counted_keeps_its_neighbours_refused() -> None:
    issued = ctx("2026-03-11")
    for phrase in (
        WEEKEND_COUNTED.replace("25/4 đến hết 27/4", "27/4 đến hết 29/4"),  # no weekend in it
        WEEKEND_COUNTED.replace("3 ngày", "4 ngày"),  # a count the window does not fit
        WEEKEND_COUNTED.replace("tính cả", "không tính cả"),
        WEEKEND_COUNTED.replace("Như vậy,", "Nếu"),
        "tính cả hai ngày cuối tuần, kỳ nghỉ vào ngày 25/4/2026",  # one day, no run
        "tính cả hai ngày cuối tuần, kỳ nghỉ kéo dài đến hết 27/4/2026",
        "tính cả hai ngày cuối tuần hằng năm, kỳ nghỉ kéo dài từ 25/4 đến hết 27/4/2026",
    ):
        refused(phrase, issued)


@given(st.dates(date(2024, 1, 1), date(2030, 12, 31)))
def test_the_weekend_counted_reads_only_a_run_that_holds_one(first: date) -> None:
    last = first + timedelta(days=2)
    phrase = (
        "tính cả hai ngày cuối tuần, kỳ nghỉ kéo dài từ "
        f"{first.day}/{first.month}/{first.year} đến hết {last.day}/{last.month}/{last.year}"
    )
    holds = any(
        (first + timedelta(days=at)).weekday() == 5 and first + timedelta(days=at + 1) <= last
        for at in range(3)
    )
    if holds:
        (reading,) = parse_deadlines(phrase, ctx(str(first - timedelta(days=10))))
        assert days(reading) == (W, first, last)
    else:
        refused(phrase, ctx(str(first - timedelta(days=10))))


# zd-thuviennhadat-nq-316-cp-phien-hop-thang-9-2025
MEETING_OF_A_MONTH = (
    "Trên cơ sở thảo luận của các Thành viên Chính phủ, ý kiến các đại biểu dự họp và kết luận "
    "của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 9 năm 2025 và Hội nghị "
    "trực tuyến Chính phủ với địa phương, tổ chức vào ngày 05 tháng 10 năm 2025"
)


def test_a_regular_meeting_named_by_its_month_reads_its_day() -> None:
    (reading,) = parse_deadlines(MEETING_OF_A_MONTH, ctx("2025-10-08"))
    assert days(reading) == (D, date(2025, 10, 5), date(2025, 10, 5))
    # a December meeting held in January, the day's year from a plan of January
    (january,) = parse_deadlines(
        "Phiên họp thường kỳ tháng 12 năm 2025 tổ chức vào ngày 5/1", ctx("2026-01-02")
    )
    assert days(january) == (D, date(2026, 1, 5), date(2026, 1, 5))


def test_a_regular_meeting_named_by_its_month_keeps_its_neighbours_refused() -> None:
    issued = ctx("2025-10-08")
    meeting = "Phiên họp Chính phủ thường kỳ tháng 9 năm 2025"
    for phrase in (
        f"{meeting} tổ chức vào ngày 05/12/2025",  # months after the month: another time
        f"{meeting} tổ chức vào ngày 05/8/2025",  # before it
        "Phiên họp Chính phủ thường kỳ tháng 9 tổ chức vào ngày 05/10/2025",  # no year written
        f"{meeting} tổ chức vào tháng 10/2025",  # no one day
        f"{meeting} đã tổ chức vào ngày 05/10/2025",  # told done
        f"{meeting} không tổ chức vào ngày 05/10/2025",
        f"{meeting} hằng năm tổ chức vào ngày 05/10",
        "Phiên họp thường kỳ tháng 8 năm 2025 và phiên họp thường kỳ tháng 9 năm 2025 tổ chức "
        "vào ngày 05/10/2025",  # two meetings, one day
    ):
        refused(phrase, issued)
    # the December meeting's day taken in the plan's December: before its month
    refused("Phiên họp thường kỳ tháng 12 năm 2025 tổ chức vào ngày 5/1", ctx("2025-12-20"))


# k-nam-dinh-snv-moc-thi-dua-2022
SCHOOL_YEARS_COUNTED = (
    "(kết quả xếp loại 02 năm: năm học 2020-2021 và năm học 2021-2022), trước ngày 15/7/2022"
)


def test_the_count_of_the_school_years_listed_is_no_time() -> None:
    (reading,) = parse_deadlines(SCHOOL_YEARS_COUNTED, ctx())
    assert days(reading) == (D, date(2022, 7, 15), date(2022, 7, 15))
    three = SCHOOL_YEARS_COUNTED.replace("02 năm: ", "03 năm: năm học 2019-2020, ")
    assert days(parse_deadlines(three, ctx())[0]) == (D, date(2022, 7, 15), date(2022, 7, 15))


def test_a_count_the_school_years_listed_do_not_match_stays_refused() -> None:
    for phrase in (
        SCHOOL_YEARS_COUNTED.replace("02 năm", "03 năm"),
        SCHOOL_YEARS_COUNTED.replace("02 năm: ", "02 năm: năm học 2019-2020, "),
        "(kết quả xếp loại 2 năm: năm học 2020-2021), trước ngày 15/7/2022",
    ):
        refused(phrase, ctx("2022-06-01"))


# zd-baothanhhoa-xa-yen-dinh-du-lieu-dat-dai-2025
CAMPAIGN_NAMED = (
    "Triển khai chiến dịch “90 ngày làm giàu, làm sạch dữ liệu đất đai” - một trong những nhiệm "
    "vụ quan trọng 3 tháng cuối năm 2025"
)


def test_a_campaign_named_by_its_length_in_quotes_is_no_time() -> None:
    (reading,) = parse_deadlines(CAMPAIGN_NAMED, ctx())
    assert days(reading) == (W, date(2025, 10, 1), date(2025, 12, 31))


def test_a_campaign_count_outside_its_quoted_name_stays_refused() -> None:
    issued = ctx("2025-09-12")
    for phrase in (
        "Triển khai chiến dịch 90 ngày làm giàu, làm sạch dữ liệu đất đai trước ngày 1/12/2025",
        "Triển khai chiến dịch “90 ngày” trước ngày 1/12/2025",  # the count alone: a length
        "Triển khai chiến dịch “90 ngày đêm làm giàu 2 lần” trước ngày 1/12/2025",
    ):
        refused(phrase, issued)


# v-thuvienbinhthuan-tuan-le-pctt-2023
THROUGHOUT_THE_YEAR = "Thời gian thực hiện tập trung trong tháng 5 và xuyên suốt trong năm 2023"


def test_throughout_a_period_is_the_period_whole() -> None:
    assert [days(one) for one in parse_deadlines(THROUGHOUT_THE_YEAR, ctx())] == [
        (W, date(2023, 5, 1), date(2023, 5, 31)),
        (W, date(2023, 1, 1), date(2023, 12, 31)),
    ]
    (alone,) = parse_deadlines("Thời gian thực hiện trong suốt năm 2023", ctx("2023-03-01"))
    assert days(alone) == (W, date(2023, 1, 1), date(2023, 12, 31))


def test_throughout_a_period_keeps_its_neighbours_refused() -> None:
    issued = ctx("2023-03-01")
    for phrase in (
        "đã thực hiện xuyên suốt năm 2023",  # told done
        "không thực hiện xuyên suốt năm 2023",
        "trong tháng 5 và xuyên suốt năm",  # the year cut off
        "xuyên suốt năm 2023 hoặc năm 2024",  # a choice
    ):
        refused(phrase, issued)

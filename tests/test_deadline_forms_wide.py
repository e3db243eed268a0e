"""Forms opened by branch tune-wide (session 26): the refusals of the tuning sets a- … zi-
grouped by cause, across the sets, not by file, and the biggest general causes opened. Each
family with the corpus phrase that shows it (its file named), the near variants that must
still read, and the dangerous neighbours that must stay refused (the first rule: never a
silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW


# --- a length in weeks, months or a day and a half, restating the window after it ---------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # i-2-baothanhhoa-ky-hop-cuoi-nam-2025-hdnd-thanh-hoa
        (
            "kỳ họp diễn ra trong thời gian 1,5 ngày, từ ngày 08 đến ngày 09 tháng 12 năm 2025",
            "2025-11-20",
            "2025-12-08",
            "2025-12-09",
        ),
        # y-hoa-binh-hdnd-ky-hop-cuoi-nam-2021
        (
            "Kỳ họp thường lệ cuối năm dự kiến tổ chức 1,5 ngày (từ ngày 8/12 - 9/12/2021)",
            "2021-11-15",
            "2021-12-08",
            "2021-12-09",
        ),
        # o-24h-nghi-tet-2026-vinh-long-dong-nai
        (
            "học sinh nghỉ Tết Nguyên đán Bính Ngọ năm 2026, với thời gian 2 tuần, từ ngày 11 "
            "đến hết 24/2/2026",
            "2026-01-10",
            "2026-02-11",
            "2026-02-24",
        ),
        # za-thanhnien-lich-nghi-tet-cac-truong-dh-2026 (a month counted from the day after)
        (
            "sinh viên được nghỉ Tết kéo dài tròn 1 tháng, từ ngày 1.2 đến 1.3.2026",
            "2026-01-10",
            "2026-02-01",
            "2026-03-01",
        ),
    ],
)
def test_a_length_that_restates_its_window_reads(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


def test_a_day_and_a_half_says_so_in_the_reading() -> None:
    reading = one("kỳ họp dự kiến tổ chức 1,5 ngày (từ ngày 8/12 - 9/12/2025)", ctx("2025-11-01"))
    assert "1,5 ngày" in reading.reading or "1,5 ngày" in (reading.gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        # a count the window does not have: one of the two is wrong
        "kỳ họp dự kiến tổ chức 2,5 ngày (từ ngày 8/12 - 9/12/2025)",
        "kỳ họp dự kiến tổ chức 1,5 ngày (từ ngày 8/12 - 10/12/2025)",
        "nghỉ Tết với thời gian 3 tuần, từ ngày 11 đến hết 24/2/2026",
        "nghỉ Tết kéo dài 2 tháng, từ ngày 1/2 đến 28/2/2026",
        "nghỉ Tết kéo dài 1 tháng, từ ngày 1/2 đến 20/2/2026",
        # p-nongnghiephuuco-ninh-binh: three months end on 19/3, not 18/3
        "được xác định kéo dài trong 3 tháng, bắt đầu từ ngày 20/12/2025 đến hết ngày 18/3/2026",
        # a half written with a dot may be a day and its month
        "kỳ họp dự kiến tổ chức 1.5 ngày (từ ngày 8/12 - 9/12/2025)",
        # a day and a half before one day: which half?
        "kỳ họp dự kiến tổ chức 1,5 ngày, ngày 8/12/2025",
        # part of a year, not a length
        "báo cáo 6 tháng đầu năm, từ ngày 1/1 đến 30/6/2026",
    ],
)
def test_a_length_the_window_does_not_have_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-01"))


# no deadline: a shared machine under load once took 289 ms for one parse (test_deadline_forms_u)
@settings(deadline=None)
@given(
    start=st.dates(date(2015, 1, 1), date(2030, 12, 1)),
    weeks=st.integers(1, 6),
    shift=st.integers(-5, 5),
)
def test_a_count_of_weeks_reads_only_the_window_it_measures(
    start: date, weeks: int, shift: int
) -> None:
    # the count never moves a day: read as written when it agrees (with the first day or
    # from the day after, Bộ luật Dân sự 2015 Điều 147), refused when it does not
    end = start + timedelta(days=7 * weeks - 1 + shift)
    phrase = (
        f"Hội chợ diễn ra trong thời gian {weeks} tuần, từ ngày {start:%d/%m/%Y} "
        f"đến hết ngày {end:%d/%m/%Y}"
    )
    if shift in (0, 1):
        assert read_days(phrase, None) == (W, str(start), str(end))
    else:
        refused(phrase)


# --- a day without its year, within a week before its page ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # b-vietnamplus-quang-ninh-hiep-thuong-2026: a cell of an election schedule
        ("từ ngày 4-8/2", "2026-02-12", "2026-02-04", "2026-02-08"),
        # o-hau-giang-lich-lam-viec-ubnd-tinh-thang-3-2022: a week's agenda
        ("THỨ HAI            14/3", "2022-03-17", "2022-03-14", "2022-03-14"),
        # c-vietnamnet-quang-ninh-nghi-tet-2026: a day off told the day after
        (
            "vào thứ 2, ngày 23/2 (tức mùng 7 Tết Nguyên đán Bính Ngọ)",
            "2026-02-24",
            "2026-02-23",
            "2026-02-23",
        ),
    ],
)
def test_a_day_in_the_week_before_its_page_takes_the_page_s_year(
    phrase: str, issued: str, first: str, last: str
) -> None:
    reading = one(phrase, ctx(issued))
    assert (str(reading.first), str(reading.last)) == (first, last)
    assert "lấy theo ngày ban hành" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # eight days back: the week is over, which year is not said
        ("Hội chợ diễn ra ngày 7/12", "2025-12-15"),
        # a deadline is no news: of which year, when the plan is written after it? (test_tidy15)
        ("trước ngày 26/2, Tỉnh đoàn Ninh Bình tổ chức Lễ khởi động", "2026-02-27"),
        # zf-thoibaotaichinh-ve-dich-3000-km-cao-toc-2025, ze-dantri-nghe-an (refused as before)
        ("đảm bảo hoàn thành trước ngày 12/12", "2025-12-15"),
        ("Việc tiếp nhận hồ sơ kết thúc vào chiều 14/12", "2025-12-16"),
        # told done, in the passive: zj-vnexpress-ham-chui-nut-giao-an-phu-2026
        (
            "Hầm chui tại nút giao An Phú được thảm nhựa, kẻ vạch và dọn dẹp vệ sinh ngày 1/2, "
            "chuẩn bị thông xe",
            "2026-02-02",
        ),
        # told done with "đã": za-sggp-khanh-hoa-go-lenh-cam-bien-2025
        (
            "Theo đó, do diễn biến phức tạp của bão số 15 trên Biển Đông, từ 7 giờ ngày 27-11, "
            "UBND tỉnh Khánh Hòa đã ban hành lệnh cấm biển.",
            "2025-12-01",
        ),
        ("Hội nghị đã tổ chức vào ngày 28/11", "2025-12-01"),
        # a start alone, in force since: no last day to pin
        ("Lệnh cấm biển áp dụng từ ngày 27/11", "2025-12-01"),
    ],
)
def test_a_day_past_its_week_a_deadline_or_told_done_stays_refused(
    phrase: str, issued: str
) -> None:
    refused(phrase, ctx(issued))


@settings(deadline=None)
@given(issued=st.dates(date(2015, 1, 9), date(2030, 12, 31)), back=st.integers(1, 30))
def test_a_bare_day_before_its_page_is_read_in_its_week_only(issued: date, back: int) -> None:
    # the page's own year when the event's day is at most a week before it, never the next
    day = issued - timedelta(days=back)
    if day.year != issued.year:
        return  # across the new year the plan's next year is meant: `news.eve_year`'s
    phrase = f"Hội chợ diễn ra ngày {day.day}/{day.month}"
    if back <= 7:
        assert str(one(phrase, ctx(str(issued))).last) == str(day)
    else:
        refused(phrase, ctx(str(issued)))
    # a deadline that far back is never pinned, in the week or not
    refused(f"đảm bảo hoàn thành trước ngày {day.day}/{day.month}", ctx(str(issued)))


# --- a return on its day ("trở lại vào ngày …", "trở lại là …", "trở lại: …") ----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # m-znews-binh-duong-nghi-tet-2024
        (
            "Các cơ sở giáo dục tổ chức hoạt động trở lại vào ngày 15/2/2024 (mùng 6 tháng "
            "Giêng năm Giáp Thìn).",
            "2024-02-01",
            "2024-02-15",
        ),
        # z-yeuquangbinh-dong-ha-tam-dung-cap-nuoc-2020
        ("Thời gian dự kiến cấp nước trở lại: 17h ngày 11/3/2020.", "2020-03-09", "2020-03-11"),
        # zi-baogialai-tt-hcc-gia-lai-nghi-tet-binh-ngo-2026
        (
            "Thời gian làm việc trở lại là thứ Hai, ngày 23-2-2026 (tức ngày mùng 7 tháng Giêng "
            "năm Bính Ngọ).",
            "2026-02-10",
            "2026-02-23",
        ),
        ("Các cơ sở hoạt động trở lại vào ngày 15 tháng 2 năm 2024", "2024-02-01", "2024-02-15"),
    ],
)
def test_a_return_on_its_day_reads_that_day(phrase: str, issued: str, day: str) -> None:
    assert read_days(phrase, issued) == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # since then, up to now: no deadline
        "Từ ngày 15/2/2024 trở lại đây, các cơ sở hoạt động",
        # a return over a month or a window: from when, until when?
        "Các cơ sở hoạt động trở lại vào tháng 3/2024",
        "Các cơ sở hoạt động trở lại trong tháng 3/2024",
        "Các cơ sở hoạt động trở lại từ ngày 15/2/2024 đến ngày 20/2/2024",
    ],
)
def test_a_return_without_its_one_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-02-01"))


def test_a_return_with_its_start_said_is_a_start_never_a_due_day() -> None:
    # read as any start without an end is (the corpus's convention: {earliest: D}) since
    # branch wide-four (session 32; tests/test_deadline_wide_four.py), refused before
    reading = one("Các cơ sở hoạt động trở lại từ ngày 15/2/2024", ctx("2024-02-01"))
    assert (reading.earliest, reading.first, reading.last) == (date(2024, 2, 15), None, None)


# --- words that hold a word of time and name none: "theo dõi", "sớm nhất cả nước", "sáng sớm"


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zg-vinhdieu-angiang-diem-cau-dai-hoi-xiv-2026
        (
            "Sáng ngày 28/01/2026, Đảng ủy xã Vĩnh Điều tổ chức điểm cầu trực tuyến theo dõi "
            "Hội nghị thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
            "2026-01-20",
            "2026-01-28",
            "2026-01-28",
        ),
        ("Các đơn vị theo dõi, báo cáo trước ngày 28/03/2026", "2026-03-01", None, "2026-03-28"),
        # z-znews-lich-thi-lop-10-34-tinh-2026: the first province, a ranking
        (
            "Ghi nhận đến thời điểm này, TP Đà Nẵng là nơi tổ chức sớm nhất cả nước vào các "
            "ngày 23, 24 và 25/5",
            "2026-03-01",
            "2026-05-23",
            "2026-05-25",
        ),
        ("Học sinh nghỉ học vào sáng sớm ngày 17/11/2025", "2025-11-16", None, "2025-11-17"),
    ],
)
def test_words_that_name_no_time_read(
    phrase: str, issued: str, first: str | None, last: str
) -> None:
    reading = one(phrase, ctx(issued))
    assert str(reading.last) == last
    if first:
        assert str(reading.first) == first


@pytest.mark.parametrize(
    "phrase",
    [
        "Các đơn vị báo cáo theo quý trước ngày 28/03/2026",  # a cadence
        "Hồ sơ nộp sớm trước ngày 23/5/2026",  # early: before which day?
        # the first of the country before "từ" and no comma: at the earliest, from the 22nd?
        # (test_deadline_forms_l keeps it so; "vào" or a comma says the days are the exam's)
        "tổ chức Kỳ thi sớm nhất cả nước từ ngày 22 - 24/5/2026",
    ],
)
def test_time_words_beside_them_are_still_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_at_the_earliest_stays_a_start() -> None:
    # "sớm nhất" with no place after it: a start bound, never the due day
    reading = one("Đà Nẵng tổ chức thi sớm nhất vào ngày 23/5/2026", ctx("2026-03-01"))
    assert (reading.last, reading.earliest) == (None, date(2026, 5, 23))


# --- a periodic duty's month, then "vào" and its day -----------------------------------------


def test_a_periodic_duty_s_month_then_its_day_reads_the_day() -> None:
    # g-2-baophutho-tiep-cong-dan-thang-11-2025
    phrase = (
        "Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân định kỳ tháng 11/2025 vào ngày 11/11/2025"
    )
    assert read_days(phrase, "2025-11-05") == (DeadlineKind.DATE, "2025-11-11", "2025-11-11")


@pytest.mark.parametrize(
    "phrase",
    [
        # the day outside the month named: which one is wrong?
        "Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ tháng 11/2025 vào ngày 11/12/2025",
        # a month's work, then a day of another step: only "là" says the day is the month's
        "Trong tháng 11/2025, các đơn vị báo cáo vào ngày 11/11/2025",
        # no "vào", no "là": the month and a day side by side
        "Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ tháng 11/2025 ngày 11/11/2025",
    ],
)
def test_a_month_beside_a_day_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-05"))


# --- a span of days closed by "tới" (coming): its end is the coming day ----------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # za-dantri-lich-thi-dgnl-dgtd-2026 (written on 24/12/2025)
        ("Ngày thi chính thức là 24-25/1 tới.", "2025-12-24", "2026-01-24", "2026-01-25"),
        # o-binh-dinh-xuong-giong-dong-xuan-2012-2013 (posted on 20/11/2012)
        (
            "nông dân trong tỉnh sẽ bắt đầu xuống giống từ 25.11 đến 15.12 tới",
            "2012-11-20",
            "2012-11-25",
            "2012-12-15",
        ),
        # across the new year: the start takes the year before its end's
        ("nông dân xuống giống từ 20/12 đến hết ngày 10/1 tới", "2012-11-20", "2012-12-20", "2013-01-10"),
    ],
)  # fmt: skip
def test_a_span_closed_by_coming_ends_on_the_coming_day(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Ngày thi chính thức là 24-25/1 tới.", None),  # coming from when?
        ("nông dân xuống giống từ 25/11/2012 đến 15/12 tới", "2012-11-20"),  # a year beside it
        ("nông dân xuống giống từ 1/12 đến 15/12 tới", "2012-12-15"),  # this 15/12, or next?
        ("nông dân xuống giống từ 1/5 đến 10/6 tới", "2012-11-20"),  # more than half a year
    ],
)
def test_a_span_closed_by_coming_without_a_sure_year_stays_refused(
    phrase: str, issued: str | None
) -> None:
    refused(phrase, ctx(issued))

"""Session 54, helper guards54 (issue 11: never a silent wrong date). Each phrase below was
read as a day or a rule the words do not set; each is refused now, saying what to write, and
its neighbours are read right or refused:

- a span of years set as the time after a day-month ("(từ 15/9 - 15/10) trong giai đoạn
  2027-2030") is no gloss (`label._refuse_years_spanned_after`);
- "khóa tu", "đi tu" before a time may be a retreat held that day or "từ" typed bare
  (`lostglyph._refuse_retreat_read_as_from`);
- a rise or a fall in per cent after a span of days or one day, or a weather's measure after
  a span, is a figure counted then (`refusals._refuse_change_over_days`,
  `refusals._refuse_measure_over_days`);
- a cadence with no day told done or not done yet ("Các xã đã tiêm phòng hằng năm") is a
  record (`engine._refuse_habit_told_done`);
- a bare number right after the event's word ("Ngày 20/5/2022, họp 15") is unexplained
  (`agenda._EVENT_THEN_NUMBER`);
- a break named for Tết Nguyên đán must hold mùng 1 tháng Giêng
  (`lunar.tet_break_disagreement`).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.reading import DeadlineKind

# --- a span of years set as the time after a day-month --------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Tiêm phòng (từ 15/9 - 15/10) trong giai đoạn 2027-2030",  # the plan's year, a stage
        "Tiem phong (tu 15/9 - 15/10) trong giai doan 2027-2030",  # typed bare
        "Tiêm phòng (từ 15/9 - 15/10) mỗi năm trong giai đoạn 2027-2030",
        "Tiêm phòng (từ 15/9 - 15/10) suốt 2027-2030",
        "Tiêm phòng (từ 15/9 - 15/10) cho giai đoạn 2027-2030",  # the plan's year outside
        "Tiêm phòng (từ 15/9/2027 - 15/10/2027) trong giai đoạn 2027-2030",  # one year of four
        "Tiêm phòng từ 15/9 đến 15/10 trong các năm 2027 - 2030",
    ],
)
def test_a_span_of_years_set_as_the_time_after_the_days_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


def test_a_school_year_holding_the_plan_s_year_stays_read() -> None:
    phrase = "Tiêm phòng (từ 15/9 - 15/10) năm học 2025-2026"
    assert read_days(phrase, "2025-03-01") == ("window", "2025-09-15", "2025-10-15")


def test_a_place_after_the_parenthesised_days_stays_its_gloss() -> None:
    reading = one("Tiêm phòng (từ 15/9 - 15/10) trên địa bàn tỉnh", ctx("2025-03-01"))
    assert (str(reading.first), str(reading.last), reading.gloss) == (
        "2025-09-15",
        "2025-10-15",
        "trên địa bàn tỉnh",
    )


def test_a_body_s_term_after_a_day_of_the_plan_s_year_stays_its_name() -> None:
    # tests/corpus/zs-baoxuan-vov-dak-lak-dai-hoi-dang-bo-xa-hoa-phu-2025.yaml: the term names
    # the congress, no time of it
    phrase = (
        "VOV.VN - Ngày 24/7, Đảng bộ xã Hoà Phú, tỉnh Đắk Lắk tổ chức Đại hội Đại biểu lần "
        "thứ I, nhiệm kỳ 2025-2030"
    )
    assert read_days(phrase, "2025-07-24") == ("date", "2025-07-24", "2025-07-24")


# --- "khóa tu", "đi tu" before a time --------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức khóa tu ngày 1/3/2026",  # a retreat that day, or a course from it?
        "Khóa tu ngày 1/3/2026",
        "Tổ chức khóa tu vào ngày 1/3/2026",
        "khóa tu sáng 1/3/2026",
        "Tổ chức khoá tu 1/3/2026",
        "Tổ chức khóa tu tháng 3/2026",
        "mở khóa tu ngày 5/3/2026",
        "To chuc khoa tu ngay 1/3/2026",  # typed bare
        "xuất gia đi tu năm 2020",
    ],
)
def test_a_retreat_s_word_before_a_time_is_no_start_guessed(phrase: str) -> None:
    assert "khóa tu" in refused(phrase, ctx("2026-01-10"))


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        # a span: the same window whichever "tu" it is
        ("Tổ chức khóa tu ngày 1/3/2026 đến 5/3/2026", "window", "2026-03-01", "2026-03-05"),
        # the retreat named before its day: the day it is held
        ("Tổ chức khóa tu mùa hè ngày 1/7/2026", "date", "2026-07-01", "2026-07-01"),
        # "tu sửa", "tu bổ": a verb of its own, never "từ"
        ("Tu sửa trụ sở ngày 1/3/2026", "date", "2026-03-01", "2026-03-01"),
        ("Hoàn thành tu bổ di tích trước ngày 1/3/2026", "date", "2026-03-01", "2026-03-01"),
    ],
)
def test_a_retreat_s_neighbours_read(phrase: str, kind: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-01-10") == (kind, first, last)


def test_a_course_from_its_day_written_whole_stays_a_start() -> None:
    reading = one("Tổ chức khóa học từ ngày 1/3/2026", ctx("2026-01-10"))
    assert (str(reading.earliest), reading.last) == ("2026-03-01", None)


# --- a figure after a span of days ----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "từ ngày 25.2 - 4.3 khách tham quan giảm 30%",
        "Từ ngày 25/2 đến 4/3, khách tham quan giảm 30%",
        "từ ngày 25/2 - 4/3 khách tham quan tăng hơn 30%",
        "tu ngay 25.2 - 4.3 khach tham quan giam 30%",  # typed bare
        "từ ngày 25.2 - 4.3 nhiệt độ 35 độ C",
        "từ ngày 25.2 - 4.3.2026 nhiệt độ 35°C",
        "từ ngày 25.2 - 4.3.2026 lượng mưa 200mm",
        "Ngày 25/2, khách tham quan giảm 30%",  # one day's figure
        "Ngày 4/3/2026, giá vé giảm 30%",
        "Ngày 4/3/2026 khách tham quan giảm 30%",
    ],
)
def test_a_figure_counted_over_a_span_of_days_is_no_window(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # a price cut over the days, naming what is cut: the promotion's days
        ("Từ ngày 1/12 đến 18/1/2026 giảm 30% giá vé", "2025-12-01", "2026-01-18"),
        # an aim over the days
        ("Từ ngày 25/2 đến 4/3 phấn đấu giảm 30%", "2025-02-25", "2025-03-04"),
        ("Từ ngày 25/2 đến 4/3 tiêm phòng đạt 95%", "2025-02-25", "2025-03-04"),
    ],
)
def test_a_cut_or_an_aim_over_the_days_stays_read(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2025-03-01") == ("window", first, last)


def test_an_aim_on_one_day_stays_read() -> None:
    assert read_days("Ngày 25/3, phấn đấu giảm 30%", "2025-03-01") == (
        "date",
        "2025-03-25",
        "2025-03-25",
    )


def test_a_year_s_aim_in_per_cent_stays_read() -> None:
    phrase = "Năm 2026 phấn đấu giảm 50% số vụ TNGT"
    assert read_days(phrase, "2025-03-01") == ("window", "2026-01-01", "2026-12-31")


# --- a cadence told done ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Các xã đã tiêm phòng hằng năm",
        "đã khám sức khỏe định kỳ 1 lần/năm",
        "đã báo cáo hằng tháng",
        "vừa tổ chức định kỳ hằng quý",
        "Các xã chưa tiêm phòng hằng năm",  # a state, not yet done
        "Các đơn vị đã thực hiện báo cáo định kỳ hằng quý",
        "Các xã đã tiêm phòng hằng năm cho đàn gia súc",
        "Cac xa da tiem phong hang nam",  # typed bare
        "da kham suc khoe dinh ky 1 lan/nam",
    ],
)
def test_a_cadence_told_done_or_not_yet_is_no_rule(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    ("phrase", "frequency"),
    [
        ("Các xã tiêm phòng hằng năm", "yearly"),
        ("khám sức khỏe định kỳ 1 lần/năm", "yearly"),
        # a duty given: "đã được giao" sets the rule still kept
        ("Các đơn vị đã được giao báo cáo hằng quý", "quarterly"),
    ],
)
def test_a_cadence_set_stays_its_rule(phrase: str, frequency: str) -> None:
    reading = one(phrase, ctx("2025-03-01"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency.value == frequency


def test_a_yearly_day_chosen_stays_read() -> None:
    # tests/corpus/v-baoanhdatmui-ngay-sach-viet-nam.yaml: the day chosen, with its day
    phrase = (
        "Với chiến lược quốc gia về phát triển văn hóa, ngày 24/2/2014, Thủ tướng Chính phủ "
        "đã quyết định lấy ngày 21/4 hàng năm là “Ngày sách Việt Nam”"
    )
    reading = one(phrase, ctx("2025-03-01"))
    assert reading.recurrence is not None
    assert (reading.recurrence.month, reading.recurrence.day) == (4, 21)


# --- a bare number after the event ----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 20/5/2022, họp 15",
        "Ngày 20/5/2022 họp 15",
        "Ngày 20/5/2022, họp 15.",
        "Ngày 20/5/2022, kiểm tra 15",
        "Ngày 20/5/2022, họp 15, tại hội trường",
        "Ngay 20/5/2022, hop 15",
    ],
)
@pytest.mark.parametrize("issued", [None, "2022-05-01", "2022-06-01"])
def test_a_bare_number_after_the_event_is_unexplained(phrase: str, issued: str | None) -> None:
    assert "15" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 20/5/2022, họp lần 15",  # the meeting's number
        "Ngày 20/5/2022, phiên họp thứ 15",
        "Ngày 20/5/2022, họp 15 người",  # a count of people
        "Ngày 20/5/2022, họp tổ 15",  # a group's number
        "Ngày 20/5/2022, tổ chức hội nghị",
        # a name's number: tests/corpus/p-tientien-haiduong-tiem-phong-dai-2023.yaml's hamlet
        "Ngày 20/5/2022 tổ chức tiêm trên địa bàn thôn Cập Nhất 2",
    ],
)
def test_a_numbered_or_counted_event_stays_read(phrase: str) -> None:
    assert read_days(phrase, "2022-05-01") == ("date", "2022-05-20", "2022-05-20")


# --- a Tết break without Tết ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Tết Nguyên Đán (Bính Ngọ): Nghỉ từ ngày 14-01-2026 đến hết ngày 22-01-2026",
        "Nghỉ Tết Nguyên đán từ ngày 14/1/2026 đến 22/1/2026",
        "Nghỉ Tết Bính Ngọ từ ngày 14/1/2026 đến 22/1/2026",
        "Tết Âm lịch: nghỉ từ 14/1/2026 đến 22/1/2026",
        "Nghỉ Tết Nguyên đán từ 18/2/2026 đến 22/2/2026",  # the day after Tết on
        "Nghỉ Tết Nguyên đán ngày 14/1/2026",
        "nghi tet nguyen dan tu 14/1/2026 den 22/1/2026",  # typed bare
    ],
)
def test_a_tet_break_without_tet_s_first_day_is_refused(phrase: str) -> None:
    assert "17/02/2026" in refused(phrase, ctx("2025-12-01"))


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        (
            "Tết Nguyên Đán (Bính Ngọ): Nghỉ từ ngày 14-02-2026 đến hết ngày 22-02-2026",
            "window",
            "2026-02-14",
            "2026-02-22",
        ),
        ("Nghỉ Tết Nguyên đán từ 16/2/2026 đến 20/2/2026", "window", "2026-02-16", "2026-02-20"),
        # the solar new year, and a day made up: no mùng 1 needed
        ("Nghỉ Tết Dương lịch từ 1/1/2026 đến 2/1/2026", "window", "2026-01-01", "2026-01-02"),
        ("Nghỉ bù Tết Nguyên đán ngày 23/2/2026", "date", "2026-02-23", "2026-02-23"),
        # the break as a bound of the day back (test_deadline_audit32's)
        (
            "Học sinh đi học sau nghỉ Tết Nguyên đán vào ngày 23/2/2026",
            "date",
            "2026-02-23",
            "2026-02-23",
        ),
    ],
)
def test_a_tet_break_holding_tet_or_no_tet_break_reads(
    phrase: str, kind: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2025-12-01") == (kind, first, last)

"""Forms tuned on the z- set (branch tune-z): its misreads read right or refused (years
listed with a comma, each its own; a start told as begun is tune-za's rule), then the refusals
grouped by cause (a task table's bare month or year under its deadline column). Each rule
with the real phrases that motivated it (their corpus file named) and the look-alikes that
must stay read or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE

# z-vnmasterplan-nq-cp-57-phu-luc-ii-nhiem-vu-2025.yaml: Phụ lục II of the Government's
# programme for Nghị quyết 57-NQ/TW, its deadline column
DUE = "Thời gian hoàn thành"
NQ57 = date(2025, 1, 1)


def in_column(header: str | None, issued: date | None = NQ57) -> Context:
    return Context(issued=issued, header=header)


# --- a task table's bare month or year ----------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "first", "last"),
    [
        ("6/2025", date(2025, 6, 1), date(2025, 6, 30)),
        ("01/2025", date(2025, 1, 1), date(2025, 1, 31)),
        ("2/2025", date(2025, 2, 1), date(2025, 2, 28)),
        ("12/2028", date(2028, 12, 1), date(2028, 12, 31)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2030", date(2030, 1, 1), date(2030, 12, 31)),
    ],
)
def test_a_bare_month_or_year_under_a_deadline_column_is_that_period(
    cell: str, first: date, last: date
) -> None:
    # refused before: "6/2025" alone said nothing a reader could not see from the column
    reading = one(cell, in_column(DUE))
    assert days(reading) == (W, first, last)
    assert reading.phrase == cell
    assert f"tiêu đề cột “{DUE}”" in reading.reading


@given(month=st.integers(1, 12), year=st.integers(1990, 2099), zero=st.booleans())
def test_every_month_of_a_year_in_a_deadline_column(month: int, year: int, zero: bool) -> None:
    cell = f"{month:02d}/{year}" if zero else f"{month}/{year}"
    reading = one(cell, in_column("Thời hạn hoàn thành", None))
    assert (reading.first, reading.last) == (
        date(year, month, 1),
        date(year, month, monthrange(year, month)[1]),
    )


@given(month=st.integers(13, 99), year=st.integers(1990, 2099))
def test_no_month_past_december_in_a_deadline_column(month: int, year: int) -> None:
    refused(f"{month}/{year}", in_column(DUE))


@pytest.mark.parametrize(
    ("cell", "header"),
    [
        ("6/2025", None),  # no column: a fraction, a round, a document's number
        ("2027", None),  # a count as much as a year (test_deadline's REFUSED keeps it)
        ("6/2025", "Số hiệu văn bản"),  # a column of numbers
        ("2025", "Số lượng"),
        ("6/2025", "Ngày"),  # a column of days: "6/2025" is no day
        ("2025", "Số ngày trước ngày bầu cử"),  # a count column, whatever its words
        ("2025", "Thời hạn giải quyết"),  # a processing time counts days
        ("6/2025", "Ngày có hiệu lực"),  # the day a text takes effect
        ("6/25", DUE),  # a two-digit year is no year
        ("2025 và những năm sau", DUE),  # (with "tiếp theo" it reads: ruling 50(i))
        ("năm tiếp theo", DUE),  # z-vnmasterplan-…: a stray cell, no year named
    ],
)
def test_look_alikes_of_a_bare_cell_stay_refused(cell: str, header: str | None) -> None:
    refused(cell, in_column(header))


def test_a_bare_cell_agrees_with_its_column_year() -> None:
    # "Thời hạn (năm 2026)" names the year its cells are in: a cell of 2025 contradicts it
    assert "năm 2026" in refused("6/2025", in_column("Thời hạn (năm 2026)"))


def test_the_cells_that_said_more_still_read_as_before() -> None:
    # the same column's cells that print "Tháng" or "Quý" read as they did
    assert days(one("Tháng 10/2025", in_column(DUE))) == (W, date(2025, 10, 1), date(2025, 10, 31))
    assert days(one("Quý II/2025", in_column(DUE))) == (W, date(2025, 4, 1), date(2025, 6, 30))
    assert days(one("2025-2026", in_column(DUE))) == (W, date(2025, 1, 1), date(2026, 12, 31))


# --- years listed with a comma: each year its own ------------------------------------------


def test_years_listed_with_a_comma_are_never_one_window() -> None:
    # z-baovinhlong-tra-on-dien-tap-phong-thu-2022.yaml: a drill in each of the two years,
    # read as one window to 31/12/2024 (the 2023 milestone a year late); refused then, the
    # words after a list of periods taken by none; read since the lead's convention 12 as
    # each year's window with the words as its step (tests/test_deadline_joined.py)
    for phrase in (
        "Trong năm 2023, 2024",
        "Trong năm 2023, 2024, huyện sẽ tổ chức diễn tập chiến đấu phòng thủ 8 xã còn lại gắn "
        "với diễn tập tác chiến khu vực phòng thủ cấp huyện",
    ):
        readings = parse_deadlines(phrase, ctx("2022-09-01"))
        assert [(r.first, r.last) for r in readings] == [
            (date(2023, 1, 1), date(2023, 12, 31)),
            (date(2024, 1, 1), date(2024, 12, 31)),
        ]


@given(start=st.integers(2000, 2090), count=st.integers(2, 4))
def test_no_comma_list_of_years_reads_as_one_window(start: int, count: int) -> None:
    listed = ", ".join(str(start + step) for step in range(count))
    try:
        readings = parse_deadlines(f"trong năm {listed}", ctx("1999-01-01"))
    except DeadlineError:
        return
    assert [(r.first, r.last) for r in readings] == [
        (date(start + step, 1, 1), date(start + step, 12, 31)) for step in range(count)
    ]


def test_two_years_joined_by_va_stay_one_span() -> None:
    # issue 11 asks "trong năm 2027 và 2028" read as the one span
    assert days(one("trong năm 2027 và 2028", ctx("2026-12-01"))) == (
        W,
        date(2027, 1, 1),
        date(2028, 12, 31),
    )


# --- a start told as begun (tune-za's rule, tests/test_deadline_forms_za.py): its look-alikes --


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        # the same start to come reads as its start bound (z-baonghean-lich-tuu-truong-…)
        ("Tại TP.HCM, học sinh lớp 1 sẽ tựu trường từ 20/8/2025", date(2025, 8, 20)),
        ("Học sinh tựu trường từ 18/8/2025", date(2025, 8, 18)),
    ],
)
def test_a_start_to_come_still_reads(phrase: str, earliest: date) -> None:
    reading = one(phrase, ctx("2025-08-01"))
    assert (reading.earliest, reading.last) == (earliest, None)


# --- a cell that is only a range of two days ---------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "header", "first", "last"),
    [
        # z-znews-lich-thi-lop-10-34-tinh-2026.yaml: Quảng Ngãi's exam days, across two months
        ("30/05 - 01/06", "Lịch thi", date(2026, 5, 30), date(2026, 6, 1)),
        # za-cafef-lich-nghi-tet-65-truong-dh-2026.yaml: a university's Tết break
        ("1/2-1/3/2026", "Lịch nghỉ Tết Nguyên đán 2026", date(2026, 2, 1), date(2026, 3, 1)),
    ],
)
def test_a_range_that_is_the_whole_cell_reads(
    cell: str, header: str, first: date, last: date
) -> None:
    assert days(one(cell, in_column(header, date(2026, 1, 5)))) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "header"),
    [
        ("30/05 - 01/06", None),  # no column: a span, or two days?
        ("thi 30/05 - 01/06", "Lịch thi"),  # words before it: not the cell alone
        ("4/12-5/10", "Lịch thi"),  # a start after its end, no year to cross into
    ],
)
def test_a_bare_range_elsewhere_stays_refused(phrase: str, header: str | None) -> None:
    refused(phrase, in_column(header, date(2026, 1, 5)))


# --- "theo (đúng) quy định", "theo luật định" after the day -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # z-thanhnien-hdbcqg-cong-bo-ket-qua-bau-cu-25-3-2026.yaml
        (
            "Chủ tịch Quốc hội yêu cầu tổ chức bỏ phiếu, kiểm phiếu chặt chẽ, khách quan, công "
            "bố kết quả bầu cử chậm nhất là ngày 25.3.2026 theo đúng luật định",
            date(2026, 3, 25),
        ),
        # z-dbndhanoi-hdnd-xa-thanh-oai-chuong-trinh-cong-tac-2026.yaml
        (
            "chuẩn bị các điều kiện cần thiết để tổ chức bầu cử trên địa bàn xã vào ngày "
            "15/3/2026 theo đúng quy định của pháp luật",
            date(2026, 3, 15),
        ),
    ],
)
def test_as_the_law_requires_after_the_day_is_a_note(phrase: str, day: date) -> None:
    reading = one(phrase, ctx("2026-01-05"))
    assert (reading.last, reading.kind) == (day, D)
    assert reading.gloss is not None and "theo" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 15/3/2026 theo quy định tại Điều 5",  # another text's rule, its number
        "trước ngày 15/3 theo âm lịch",  # another calendar
        "trước ngày 15/3/2026, theo quy định hiện hành",  # which rule? (test_deadline_forms_p)
        "kỳ họp diễn ra vào 28/7/2025, theo quy định",
    ],
)
def test_a_rule_cited_after_the_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


# --- grades listed after one "lớp" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "starts"),
    [
        # z-baonghean-lich-tuu-truong-34-tinh-2025-2026.yaml
        (
            "Tại TP.HCM, học sinh lớp 1, 9 và 12 sẽ tựu trường từ 20/8/2025, các khối còn lại "
            "từ 25/8/2025",
            [date(2025, 8, 20), date(2025, 8, 25)],
        ),
        (
            "Tại Huế, học sinh lớp 1, 9 và 12 trở lại trường từ 21/8/2025, còn các khối khác từ "
            "25/8/2025",
            [date(2025, 8, 21), date(2025, 8, 25)],
        ),
        (
            "Cà Mau: Lớp 1, 9, 12 tựu trường từ 25/8, các khối khác từ 28/8/2025",
            [date(2025, 8, 25), date(2025, 8, 28)],
        ),
    ],
)
def test_grades_listed_after_one_lop_are_one_group(phrase: str, starts: list[date]) -> None:
    readings = parse_deadlines(phrase, ctx("2025-08-05"))
    assert [(r.earliest, r.last) for r in readings] == [(day, None) for day in starts]


def test_a_day_after_a_grade_is_never_taken_for_a_grade() -> None:
    # "15" after "lớp 12," is a day here ("15 tháng 8"): never one more grade, leaving the
    # month of August as the time
    refused("Học sinh lớp 12, 15 tháng 8 tựu trường", ctx("2025-08-05"))
    refused("lớp 1, 9 và 12 tựu trường ngày 20/8/2025, lớp 10, 15/8/2025", ctx("2025-08-05"))


# --- an occasion named in parentheses after its day -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # z-svhttdl-dong-thap-dieu-chinh-dai-hoi-tdtt-cac-cap-2022.yaml
        ("Khai mạc ngày 19/5/2022 (Ngày sinh nhật Bác)", date(2022, 5, 19)),
        ("Bế mạc ngày 28/6/2022 (Ngày gia đình Việt Nam)", date(2022, 6, 28)),
    ],
)
def test_an_occasion_after_its_day_is_its_gloss(phrase: str, day: date) -> None:
    reading = one(phrase, ctx("2022-03-01"))
    assert days(reading) == (D, day, day)
    assert reading.gloss is not None and reading.gloss.startswith("Ngày")


def test_an_occasion_on_another_day_is_refused() -> None:
    # the Day of the Vietnamese Family is 28/6: one of the two is wrong
    assert "28/06" in refused("Bế mạc ngày 29/6/2022 (Ngày gia đình Việt Nam)", ctx("2022-03-01"))


# --- a contest's rules as the frame; a comparison with the custom after the day ---------------


def test_the_rules_of_a_contest_frame_its_deadline() -> None:
    # z-tapchimattran-giai-bao-chi-dai-doan-ket-xvi-2023-2024.yaml
    reading = one("Theo thể lệ Giải, thời hạn cuối nhận tác phẩm dự thi là 31/7/2024", ctx())
    assert days(reading) == (D, date(2024, 7, 31), date(2024, 7, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        "Theo thể lệ năm 2023, thời hạn cuối nhận tác phẩm là 31/7/2024",  # another year
        # (the l-son-la "Theo kế hoạch của UBND, … bắt đầu tựu trường từ ngày 16/8" is a start
        # bound since the lead's session-32 ruling: tests/test_mid37.py)
    ],
)
def test_a_frame_with_a_time_or_a_plan_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase, ctx())


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # z-znews-lich-thi-lop-10-34-tinh-2026.yaml
        (
            "Tại TP.HCM, Sở GD&ĐT đã đề xuất lịch thi vào ngày 1-2/6, đẩy sớm 1 tuần so với năm "
            "ngoái",
            date(2026, 6, 1),
            date(2026, 6, 2),
        ),
        (
            "kỳ thi diễn ra vào ngày 11-12/6, sớm hơn 2 tuần so với thông lệ",
            date(2026, 6, 11),
            date(2026, 6, 12),
        ),
    ],
)
def test_how_much_earlier_than_the_custom_is_a_note(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, ctx("2026-03-10"))
    assert (reading.first, reading.last) == (first, last)
    assert reading.gloss is not None and "so với" in reading.gloss


def test_a_comparison_that_names_a_day_stays_refused() -> None:
    # "so với ngày 20/6": another day, not the custom
    refused("kỳ thi diễn ra vào ngày 11-12/6, sớm hơn 2 tuần so với ngày 25/6", ctx("2026-03-10"))


# --- the livestock sector's "Tháng (tổng) vệ sinh, khử trùng, tiêu độc" campaign ----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # z-baoninhthuan-thang-ve-sinh-tieu-doc-dot-2-2019.yaml
        (
            "Theo đó, Tháng vệ sinh, tiêu độc khử trùng thực hiện đồng bộ trên toàn tỉnh, bắt đầu "
            "từ ngày 16-6 đến 9-7-2019",
            "2019-06-10",
            date(2019, 6, 16),
            date(2019, 7, 9),
        ),
    ],
)
def test_the_campaign_month_named_moves_no_day(
    phrase: str, issued: str, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "tháng tổng vệ sinh năm 2019",  # the campaign's month of 2019, never all of 2019
        "hoàn thành trong Tháng vệ sinh, khử trùng năm 2019",
        "Tháng vệ sinh 6 thực hiện từ ngày 16-6 đến 9-7-2019",  # a number in the name
    ],
)
def test_the_campaign_month_of_a_year_is_never_the_year(phrase: str) -> None:
    refused(phrase, ctx("2019-06-10"))

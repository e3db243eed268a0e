"""Session 63, helper f63: a span of days opening a press line, then a clause that names who
works in it, read through the engine's whole reader, and the neighbours that must stay refused.

1. The council of a year's round as the clause's subject (`kehoach.dates.councilyear`): "Từ
   ngày 26 -29/5, Hội đồng xét thăng hạng chức danh nghề nghiệp giáo viên mầm non, phổ thông
   công lập tỉnh Hải Dương năm 2024 tổ chức thẩm định hồ sơ của các đơn vị, địa phương trong
   tỉnh" (ze-baohaiduong-xet-thang-hang-giao-vien-2024, a page with no date). Main refused it
   for the "năm 2024" inside the council's name, taken for a second time beside the days. The
   year names the round the council is set up for: on a page with no date it lends the days
   their year; on a dated page the days must fall in it; any other number, a word of a past,
   a call-off, a condition or a second time in the clause, and the phrase stays refused.
2. A misread on main, seen while reading zn-hdnd-hcm-tan-phu-tiep-xuc-cu-tri-01-2026's line
   ("… tổ chức Hội nghị tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2025, …"): "Tiếp xúc cử
   tri sau kỳ họp thường lệ cuối năm 2022" read as 01/10–31/12/2022, "cuối năm 2022" taken for
   the meetings' time, though it names the session they follow (or come before), whose day
   the phrase does not give; and "Từ ngày 07/01/2026 đến ngày 09/01/2026, … tiếp xúc cử tri sau
   kỳ họp thường lệ cuối năm 2026" read as two windows, the second 01/10–31/12/2026. Refused
   now (`kehoach.dates.sessionnamed`), as "Trước kỳ họp cuối năm 2022" is (z-angiang-hdnd-chau-phu, expect: refuse); the
   meetings' own days beside the session still read.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.reading import DeadlineKind

W = DeadlineKind.WINDOW

HAI_DUONG = (
    "Từ ngày 26 -29/5, Hội đồng xét thăng hạng chức danh nghề nghiệp giáo viên mầm non, phổ "
    "thông công lập tỉnh Hải Dương năm 2024 tổ chức thẩm định hồ sơ của các đơn vị, địa phương "
    "trong tỉnh"
)
COUNCIL = "Hội đồng xét thăng hạng giáo viên năm 2024"


def test_the_corpus_line_reads_in_its_councils_year_on_a_page_with_no_date() -> None:
    assert read_days(HAI_DUONG) == (W, "2024-05-26", "2024-05-29")


def test_the_year_is_said_to_come_from_the_councils_name() -> None:
    reading = one(HAI_DUONG)
    assert reading.year_from == "phrase" and not reading.year_from_plan
    assert "năm 2024" in (reading.label or "")


def test_a_dated_page_of_the_same_year_reads_the_same_days() -> None:
    assert read_days(HAI_DUONG, "2024-03-01") == (W, "2024-05-26", "2024-05-29")


@pytest.mark.parametrize(
    "phrase",
    [
        f"Từ ngày 26/5 đến ngày 29/5, {COUNCIL} tổ chức thẩm định hồ sơ",
        f"Từ 26 đến 29/5, {COUNCIL} tổ chức thẩm định hồ sơ",
        f"Từ ngày 26/5 - 29/5/2024, {COUNCIL} tổ chức thẩm định hồ sơ",
        "Từ ngày 26 -29/5, Hội đồng tuyển dụng viên chức năm 2024 tổ chức phỏng vấn",
        "Từ ngày 26 -29/5, Ban tổ chức kỳ thi tuyển sinh năm 2024 tổ chức chấm thi",
    ],
)
def test_other_spellings_of_the_span_and_other_rounds_read(phrase: str) -> None:
    assert read_days(phrase) == (W, "2024-05-26", "2024-05-29")


# A dated page whose year is not the council's: one of the two is wrong
@pytest.mark.parametrize("issued", ["2023-03-01", "2025-03-01", "2026-03-01"])
def test_a_dated_page_of_another_year_is_refused(issued: str) -> None:
    refused(HAI_DUONG, ctx(issued))


# A day written with a year that is not the council's
def test_a_written_year_that_differs_from_the_councils_is_refused() -> None:
    refused(f"Từ ngày 26/5 - 29/5/2025, {COUNCIL} tổ chức thẩm định hồ sơ")


# Days already past on the page's day: its other rule stands
def test_days_past_on_the_pages_day_are_refused() -> None:
    refused(HAI_DUONG, ctx("2024-07-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        # told done, called off, not done, a condition
        f"Từ ngày 26 -29/5, {COUNCIL} đã tổ chức thẩm định hồ sơ",
        f"Từ ngày 26 -29/5, {COUNCIL} vừa tổ chức thẩm định hồ sơ",
        f"Từ ngày 26 -29/5, {COUNCIL} hoãn tổ chức thẩm định hồ sơ",
        f"Từ ngày 26 -29/5, {COUNCIL} không tổ chức thẩm định hồ sơ",
        f"Từ ngày 26 -29/5, {COUNCIL} chưa tổ chức thẩm định hồ sơ",
        f"Từ ngày 26 -29/5, {COUNCIL} nếu đủ hồ sơ thì tổ chức thẩm định",
        # a count, a second day, a document with its day, a cadence, a time word
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức 2 đợt thẩm định hồ sơ",
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức thẩm định hồ sơ, hạn nộp ngày 15/5",
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức thẩm định hồ sơ trước ngày 30/5",
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức thẩm định hồ sơ theo Quyết định số 12/QĐ-UBND "
        "ngày 3/5/2024",
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức thẩm định hồ sơ hằng năm",
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức thẩm định hồ sơ sau kỳ nghỉ",
        f"Từ ngày 26 -29/5, {COUNCIL} tổ chức thẩm định hồ sơ năm 2025",
        # two years, a school year, a work looking back at its round
        "Từ ngày 26 -29/5, Hội đồng xét thăng hạng giáo viên năm 2024 và năm 2025 tổ chức "
        "thẩm định",
        "Từ ngày 26 -29/5, Hội đồng xét thăng hạng giáo viên năm học 2024 tổ chức thẩm định",
        f"Từ ngày 26 -29/5, {COUNCIL} tổng kết kết quả thẩm định",
        f"Từ ngày 26 -29/5, {COUNCIL} công bố kết quả",
        f"Từ ngày 26 -29/5, {COUNCIL} báo cáo kết quả",
        # no council of a round: a review, a rewards council, a people's council
        "Từ ngày 26 -29/5, các đơn vị tổ chức tổng kết công tác tuyển dụng năm 2024",
        "Từ ngày 26 -29/5, Hội đồng thi đua khen thưởng năm 2024 họp xét khen thưởng",
        "Từ ngày 26 -29/5, Hội đồng nhân dân năm 2024 tổ chức kỳ họp",
        # a span across the new year: the year names one end, not which
        "Từ ngày 26/12 - 5/1, Hội đồng tuyển dụng viên chức năm 2024 tổ chức phỏng vấn",
        # a due day, not a span
        f"Trước ngày 29/5, {COUNCIL} tổ chức thẩm định hồ sơ",
    ],
)
def test_neighbours_stay_refused_on_a_page_with_no_date(phrase: str) -> None:
    refused(phrase)


# -- 2. the session a voters' meeting follows, named by its part of the year ----------------

TXCT_2022 = "2022-03-01"


@pytest.mark.parametrize(
    "phrase",
    [
        "Tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2022",
        "Tiếp xúc cử tri trước kỳ họp cuối năm 2022",
        "Tiếp xúc cử tri sau kỳ họp cuối năm 2022",
        "Thường trực HĐND tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2022",
        "HĐND tổ chức tiếp xúc cử tri sau kỳ họp giữa năm 2022",
        "Đại biểu tiếp xúc cử tri trước kỳ họp thường lệ giữa năm 2022",
        "Tiếp xúc cử tri trước và sau kỳ họp cuối năm 2022",
        "TXCT sau kỳ họp cuối năm 2022",
        "Tiếp xúc cử tri sau các kỳ họp cuối năm 2022",
        "Tiếp xúc cử tri trước kỳ họp thường lệ cuối năm 2022 HĐND tỉnh",
    ],
)
def test_meetings_before_or_after_a_session_named_by_its_part_of_the_year_are_refused(
    phrase: str,
) -> None:
    refused(phrase, ctx(TXCT_2022))


def test_a_span_beside_a_later_session_is_no_second_window() -> None:
    refused(
        "Từ ngày 07/01/2026 đến ngày 09/01/2026, Hội đồng nhân dân phường tổ chức Hội nghị "
        "tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2026"
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the meetings' own days, the session only named
        (
            "Tiếp xúc cử tri trước kỳ họp cuối năm 2022 từ ngày 25/11 đến 30/11/2022",
            (W, "2022-11-25", "2022-11-30"),
        ),
        (
            "Đại biểu tiếp xúc cử tri trước kỳ họp thường lệ cuối năm 2022 trong tháng 11/2022",
            (W, "2022-11-01", "2022-11-30"),
        ),
        (
            "Tiếp xúc cử tri trước kỳ họp giữa năm 2022 trong quý II/2022",
            (W, "2022-04-01", "2022-06-30"),
        ),
        (
            "Từ ngày 10-14/6/2022, Đại biểu HĐND tỉnh tổ chức tiếp xúc với cử tri thành phố Tuy "
            "Hòa trước kỳ họp thường lệ giữa năm 2022 của HĐND 2 cấp",
            (W, "2022-06-10", "2022-06-14"),
        ),
        # the meetings' own due day (s-baophutho-ky-hop-thu-hai-hdnd-khoa-xix-2025)
        (
            "Các tổ đại biểu tiếp xúc cử tri trước kỳ họp dự kiến xong trước ngày 30/11/2022",
            (DeadlineKind.DATE, "2022-11-30", "2022-11-30"),
        ),
        # a session named by its number
        (
            "Từ ngày 03 - 14/6: Đại biểu HĐND tỉnh TXCT trước Kỳ họp thứ 7",
            (W, "2022-06-03", "2022-06-14"),
        ),
        (
            "Về tiếp xúc cử tri sau Kỳ họp thứ 16, dự kiến tổ chức từ ngày 5/8 đến 10/8/2022",
            (W, "2022-08-05", "2022-08-10"),
        ),
        # the session itself, held at the year's end or mid-year
        ("Tổ chức kỳ họp thường lệ cuối năm 2022", (W, "2022-10-01", "2022-12-31")),
        (
            "Kỳ họp thường lệ giữa năm 2022 của xã dự kiến sẽ diễn ra vào ngày 31/7/2022",
            (DeadlineKind.DATE, "2022-07-31", "2022-07-31"),
        ),
    ],
)
def test_the_meetings_own_days_and_the_session_itself_read_as_before(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, TXCT_2022) == expected

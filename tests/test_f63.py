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

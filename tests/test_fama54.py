"""Session 54, helper fama54: forms of the refused long tail, each with the neighbours that
stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.provinceafter import names_its_province

# --- the province a list of periods is of, named after the last (provinceafter) ------------

DIEN_BIEN = (  # zn-dienbien-bc-ktxh-2018-kh-2019 of the corpus, the report's title
    "Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an "
    "ninh năm 2018; Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh năm 2019, "
    "tỉnh Điện Biên"
)
TWO_YEARS = (
    "Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2018; Kế hoạch phát "
    "triển kinh tế - xã hội năm 2019"
)


def _spans(phrase: str, issued: str | None = None) -> list[tuple[date | None, date | None]]:
    return [(one.first, one.last) for one in parse_deadlines(phrase, ctx(issued))]


YEARS_2018_2019 = [
    (date(2018, 1, 1), date(2018, 12, 31)),
    (date(2019, 1, 1), date(2019, 12, 31)),
]


def test_a_report_title_naming_its_province_after_two_years_reads_both_years() -> None:
    assert _spans(DIEN_BIEN) == YEARS_2018_2019
    assert all(one.gloss and "Điện Biên" in one.gloss for one in parse_deadlines(DIEN_BIEN, ctx()))


@pytest.mark.parametrize(
    "place",
    [
        ", tỉnh Điện Biên",
        " của tỉnh Điện Biên",
        ", TP. Hồ Chí Minh",
        ", thành phố Hà Nội.",
        " trên địa bàn tỉnh Bà Rịa - Vũng Tàu",
    ],
)
def test_any_province_or_city_named_after_the_periods_moves_no_day(place: str) -> None:
    assert _spans(TWO_YEARS + place, "2018-12-01") == _spans(TWO_YEARS, "2018-12-01")


def test_months_with_their_province_read_as_without_it() -> None:
    assert _spans("Tháng 3/2019 và tháng 5/2019, tỉnh Điện Biên", "2018-12-01") == [
        (date(2019, 3, 1), date(2019, 3, 31)),
        (date(2019, 5, 1), date(2019, 5, 31)),
    ]


@pytest.mark.parametrize(
    "after",
    [
        ", tỉnh Điện Biên đã hoàn thành",  # a clause of its own after the province
        ", nếu tỉnh Điện Biên",  # a condition
        ", không phải tỉnh Điện Biên",  # a negation
        ", huyện Điện Biên",  # a district: no registry of districts, not guessed
        ", tỉnh Bình Thường",  # no province of that name
        " tại tỉnh Điện Biên",  # where the last clause's work is done, not whose both are
        ", tỉnh Điện Biên (dự thảo)",
    ],
)
def test_other_words_after_the_periods_stay_refused(after: str) -> None:
    refused(TWO_YEARS + after, ctx("2018-12-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 15/3/2019 và ngày 16/3/2019, tỉnh Điện Biên",  # a window, or two marks?
        "hoàn thành trước ngày 15/3/2019 và ngày 20/3/2019, tỉnh Điện Biên",  # days, not periods
    ],
)
def test_days_before_a_province_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-12-01"))


@pytest.mark.parametrize(
    ("after", "named"),
    [
        (", tỉnh Điện Biên", True),
        (", tinh Dien Bien", True),
        ("  của  thành phố  Hà Nội .", True),
        (", tỉnh Điện Biên 2020", False),
        (", Điện Biên", False),  # no unit before it: not taken
        ("", False),
    ],
)
def test_names_its_province(after: str, named: bool) -> None:
    assert names_its_province(after) is named


# --- a damaged word inside a quoted title with no number is the title's (label) ------------

SONG_LAM = (  # zr-tapchisonglam-gia-han-cuoc-van-dong-sang-tac-nghe-an-2023, its font's losses
    "Sở Văn hóa và Thể thao Nghệ An thông báo tiếp tục gia hạn thời gian tiếp nhận tác phẩm "
    "tham gia Cuộc vận động sáng tác văn học nghệ thuật về chủ đề “Xây dựng nông thôn mới, xây "
    "dựng con người, văn hóa Nghệ An đáp ứng yêu cu phát trin bn vững đt nước” về các lĩnh "
    "vực âm nhạc, kịch bản sân khấu, văn học và nhiếp ảnh đến hết 30/9/2023"
)


def test_a_quoted_title_s_damaged_words_do_not_refuse_the_day_after_it() -> None:
    (reading,) = parse_deadlines(SONG_LAM, ctx())
    assert (reading.first, reading.last) == (date(2023, 9, 30), date(2023, 9, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        # the damaged word outside the quotes: it may be "sớm nhất", "không"
        "tiếp nhận tác phẩm về chủ đề “Xây dựng nông thôn mới” sm nht đến hết 30/9/2023",
        "tiếp nhận tác phẩm về chủ đề “phát trin bn vững” k trước ngày 30/9/2023",
        # the quotes hold a time of their own: not a title alone
        "tiếp nhận tác phẩm về chủ đề “phát trin bn vững đến năm 2030” đến hết 30/9/2023",
        # the quoted words are what the deadline is: "sớm nhất" stays a word of time
        "tiếp nhận tác phẩm hoàn thành “sm nht” ngày 30/9/2023",
        # a condition, a told-done before the day still refuse
        "nếu tiếp nhận tác phẩm về chủ đề “phát trin bn vững” đến hết 30/9/2023",
        "tiếp nhận tác phẩm về chủ đề “phát trin bn vững” đã kết thúc ngày 30/9/2023",
        # straight quotes are no title's mark here (as `label._QUOTED_TITLE` reads them)
        'tiếp nhận tác phẩm về chủ đề "phát trin bn vững" đến hết 30/9/2023',
    ],
)
def test_damaged_words_that_may_be_the_deadline_s_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-06-01"))

"""Refusals with a reason that fired too broadly (session 38, family O): an event's opening
and closing told as one span by its length, the call-up year before its health exams, a
disbursement ("giải ngân") taken for a prize's event. Each keeps its neighbour refused."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines


def _one(phrase: str, issued: date | None) -> tuple[DeadlineKind, date | None, date | None]:
    (read,) = parse_deadlines(phrase, Context(issued=issued))
    return read.kind, read.first, read.last


def _refused(phrase: str, issued: date | None, why: str, header: str | None = None) -> None:
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, Context(issued=issued, header=header))
    assert why in str(error.value)


# tests/corpus/t-dantri-tphcm-duong-hoa-nguyen-hue-binh-ngo-2026.yaml: the lunar gloss names
# the whole span (28 tháng Chạp Ất Tỵ = 15/02/2026, mùng 6 Tết Bính Ngọ = 22/02/2026)
FLOWER_STREET = (
    "Theo kế hoạch, đường hoa Nguyễn Huệ Tết Bính Ngọ 2026 kéo dài 8 ngày, khai mạc 19h ngày "
    "15/2/2026 và bế mạc vào 21h ngày 22/2 (từ 28 tháng Chạp năm Ất Tỵ đến hết mùng 6 Tết Bính Ngọ)"
)
# tests/corpus/z-thuvienphapluat-kh-7100-le-hoi-duong-sach-tet-2025.yaml
BOOK_STREET = (
    "- Thời gian phục vụ: 07 ngày, khai mạc lúc 17giờ 00 ngày 27 tháng 01 năm 2025 (28 tháng "
    "Chạp âm lịch) và phục vụ đến 22 giờ 00 ngày 02 tháng 02 năm 2025 (Mùng 5 Tết)."
)


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        (FLOWER_STREET, date(2025, 11, 25), date(2026, 2, 15), date(2026, 2, 22)),
        (BOOK_STREET, date(2024, 11, 12), date(2025, 1, 27), date(2025, 2, 2)),
    ],
)
def test_an_opening_and_closing_whose_length_agrees_are_one_window(
    phrase: str, issued: date, first: date, last: date
) -> None:
    (read,) = parse_deadlines(phrase, Context(issued=issued))
    assert (read.kind, read.first, read.last) == (DeadlineKind.WINDOW, first, last)
    assert "khai mạc" in (read.label or "")
    assert read.time is not None  # the closing hour, lateness counted from it


@pytest.mark.parametrize(
    "phrase",
    [
        # the length does not agree (15..22/2 is 8 days): two milestones or refused, never a window
        FLOWER_STREET.replace("8 ngày", "7 ngày"),
        # the lunar gloss says another span (27 tháng Chạp is 14/02/2026)
        FLOWER_STREET.replace("từ 28 tháng Chạp", "từ 27 tháng Chạp"),
    ],
)
def test_a_length_or_gloss_that_disagrees_gives_no_window(phrase: str) -> None:
    try:
        readings = parse_deadlines(phrase, Context(issued=date(2025, 11, 25)))
    except DeadlineError:
        return
    assert all(one.kind is not DeadlineKind.WINDOW for one in readings)


# tests/corpus/v-giadinh-kham-suc-khoe-nvqs-2026.yaml, zt-tvpl-nghia-vu-quan-su-2026-nhung-
# dieu-can-biet.yaml: the call-up of 2026 is examined from 1/11 to 31/12/2025 (Luật NVQS 2015,
# Điều 40)
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "thời gian khám sức khỏe nghĩa vụ quân sự năm 2026 sẽ bắt đầu từ ngày 1/11/2025 đến "
            "hết ngày 31/12/2025",
            date(2025, 9, 24),
        ),
        (
            "Như vậy, đối với nghĩa vụ quân sự năm 2026 thì sẽ khám sức khỏe nghĩa vụ quân sự từ "
            "ngày 01/11/2025 đến hết ngày 31/12/2025",
            None,
        ),
    ],
)
def test_the_call_up_year_before_its_examinations(phrase: str, issued: date | None) -> None:
    assert _one(phrase, issued) == (DeadlineKind.WINDOW, date(2025, 11, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # the days without their year: which year's exams? the plan's would be a guess
        "thời gian khám sức khỏe nghĩa vụ quân sự năm 2026 sẽ bắt đầu từ ngày 1/11 đến hết ngày 31/12",
        # outside the law's window (from 1/11)
        "thời gian khám sức khỏe nghĩa vụ quân sự năm 2026 sẽ bắt đầu từ ngày 1/10/2025 đến hết "
        "ngày 31/12/2025",
        # two years before: not this call-up's exams
        "thời gian khám sức khỏe nghĩa vụ quân sự năm 2027 sẽ bắt đầu từ ngày 1/11/2025 đến hết "
        "ngày 31/12/2025",
        # z-uuc-kham-suc-khoe-nvqs-2025's "Đối với năm 2025, …": the phrase names no call-up
        "Đối với năm 2025, thời gian cụ thể sẽ là từ 01/11/2024 đến 31/12/2024.",
    ],
)
def test_other_years_before_the_examinations_stay_refused(phrase: str) -> None:
    _refused(phrase, date(2025, 9, 24), "trước thời hạn khác năm của thời hạn")


def test_a_disbursement_s_year_is_what_the_step_spends() -> None:
    # tests/corpus/o-binh-thuan-hdnd-ky-hop-14-khoa-xi-2023.yaml: "giải ngân" is no prize
    phrase = (
        "Kéo dài thời gian thực hiện và giải ngân kế hoạch vốn ngân sách tỉnh năm 2022 đến hết "
        "ngày 31/12/2023"
    )
    assert _one(phrase, date(2023, 4, 27))[2] == date(2023, 12, 31)


def test_a_disbursement_year_after_its_deadline_stays_refused() -> None:
    # neighbour: the year named is later than the deadline's: no report on a year not yet begun
    _refused(
        "Kéo dài thời gian giải ngân vốn năm 2024 đến hết ngày 31/12/2023",
        date(2023, 4, 27),
        "năm 2024 trước thời hạn khác năm của thời hạn",
    )


# tests/corpus/p-huongtho-hue-lich-thoi-vu-dong-xuan-2021.yaml: a xã's winter-spring sowing
# calendar issued on 20/10/2021, its cells under "Gieo sạ" and "Thời vụ"
@pytest.mark.parametrize(
    ("cell", "header", "first"),
    [
        ("25/12-5/1", "Gieo sạ", date(2021, 12, 25)),
        ("5/11-5/1", "Thời vụ", date(2021, 11, 5)),
    ],
)
def test_a_short_season_across_the_new_year_reads_forward(
    cell: str, header: str, first: date
) -> None:
    (read,) = parse_deadlines(cell, Context(issued=date(2021, 10, 20), header=header))
    assert (read.kind, read.first, read.last) == (DeadlineKind.WINDOW, first, date(2022, 1, 5))
    assert "sang năm 2022" in read.reading


@pytest.mark.parametrize(
    ("cell", "issued", "header"),
    [
        # issued inside last winter's span: this winter, or the one to come?
        ("25/12-5/1", date(2022, 1, 3), "Gieo sạ"),
        # a long span: written reversed, or across the year? (test_deadline_forms_z's neighbour)
        ("20/9-5/1", date(2021, 9, 1), "Thời vụ"),
        ("4/12-5/10", date(2026, 1, 5), "Lịch thi"),
        # not a sowing calendar: an exam's days written reversed, or across the year?
        ("25/12-5/1", date(2021, 10, 20), "Lịch thi"),
    ],
)
def test_a_reversed_range_otherwise_stays_refused(cell: str, issued: date, header: str) -> None:
    _refused(cell, issued, "ngày đầu sau ngày cuối", header)


# tests/corpus/zh-langnhindongdoi-tphcm-ra-soat-tuyen-sinh-dau-cap-2026.yaml (issued 03/03/2026)
ENROLMENT = (
    "Theo Sở GD&ĐT TP.HCM, các phụ huynh có con vào lớp 1, lớp 6 năm học 2026-2027 trên địa "
    "bàn TP rà soát thông tin trên trang tuyển sinh đầu cấp từ ngày 3-2 đến 3-3"
)


def test_enrolment_for_a_school_year_falls_before_it_opens() -> None:
    read = _one(ENROLMENT, date(2026, 3, 3))
    assert read == (DeadlineKind.WINDOW, date(2026, 2, 3), date(2026, 3, 3))


def test_enrolment_read_in_the_year_before_stays_refused() -> None:
    # neighbour: a page of 2025 would put the days in 2025, a year before the enrolment
    _refused(ENROLMENT, date(2025, 12, 1), "không thuộc năm học 2026-2027")


# the weather an act follows or waits for is no weather told for the days (convention 3 keeps
# refusing a forecast): tests/corpus/za-kenh14-lui-tuu-truong-bao-so-5-2025.yaml (24/08/2025)
def test_the_weather_an_act_waits_for_is_no_forecast() -> None:
    phrase = (
        "Sở GD&ĐT nhấn mạnh, chỉ khi tình hình thời tiết thật sự an toàn, thủ trưởng các cơ sở "
        "giáo dục mới được phép tổ chức các hoạt động đón học sinh trở lại trường từ ngày 26/8."
    )
    (read,) = parse_deadlines(phrase, Context(issued=date(2025, 8, 24)))
    assert (read.first, read.last, read.earliest) == (None, None, date(2025, 8, 26))


def test_the_weather_taken_advantage_of_is_no_forecast() -> None:
    # tests/corpus/zb-tbtv-thai-binh-gieo-cay-lua-xuan-2015.yaml
    phrase = (
        "Tuy nhiên, với tinh thần tập trung gieo cấy kết thúc chậm nhất cuối tháng 2/2015 nên "
        "thời điểm này, tranh thủ thời tiết thuận lợi, các huyện, thành phố đang đẩy nhanh tiến "
        "độ gieo cấy lúa xuân, hoàn thành kế hoạch gieoc ấy 79.500 ha"
    )
    (read,) = parse_deadlines(phrase)
    assert (read.kind, read.last) == (DeadlineKind.WINDOW, date(2015, 2, 28))


@pytest.mark.parametrize(
    "phrase",
    [
        # a forecast for the days, though the weather is watched too
        "Từ ngày 10/8 đến 13/8/2025, thời tiết trên địa bàn tỉnh có mưa to, các trường theo dõi",
        "Theo dõi diễn biến thời tiết: từ ngày 24 - 27/8/2025 có khả năng xảy ra một đợt mưa to",
    ],
)
def test_a_forecast_beside_the_weather_watched_stays_refused(phrase: str) -> None:
    _refused(phrase, date(2025, 8, 1), "thời tiết hay một dự báo")

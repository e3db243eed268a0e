"""Forms tuned on the zn- set (branch tune-zn): its eight false deadlines closed as families (a
past meeting's speech carried out, past rounds retold, a past year's or half-year's results,
an activity within a programme, two preambles citing the plan carried out), then its refusals
by cause. Each rule with the real phrases that motivated it (their corpus file named) and the
look-alikes that must stay read or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE

_DAYS = st.dates(date(2005, 1, 1), date(2035, 12, 31))


def _dmy(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


# --- a speech, a conclusion or a direction given at a past meeting, carried out -------------

# a speaker as the press names one: a title, a name, offices between commas
_SPEAKERS = st.sampled_from(
    [
        "của đồng chí Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban nhân sự Đại hội XIV của Đảng",
        "của đồng chí Bí thư Tỉnh ủy",
        "của đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo",
        "của Thủ tướng Chính phủ",
    ]
)
_MEETINGS = st.sampled_from(
    [
        "phiên họp đầu tiên của Tiểu ban nhân sự",
        "hội nghị trực tuyến toàn quốc",
        "cuộc họp Ban Thường vụ Tỉnh ủy",
        "buổi làm việc với lãnh đạo tỉnh",
    ]
)
_CARRIED_OUT = st.sampled_from(
    ["triển khai bài phát biểu", "quán triệt bài phát biểu", "Thực hiện kết luận", "theo chỉ đạo"]
)


def test_a_speech_given_at_a_past_meeting_carried_out_is_refused() -> None:
    # zn-baomoi-tuyen-quang-hoi-nghi-bch-lan-18-2024 (due 13/03/2024 before)
    why = refused(
        "triển khai bài phát biểu của đồng chí Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban "
        "nhân sự Đại hội XIV của Đảng tại phiên họp đầu tiên của Tiểu ban nhân sự ngày 13/3/2024",
        ctx("2024-04-09"),
    )
    assert "ý kiến chỉ đạo" in why


@given(_CARRIED_OUT, _SPEAKERS, _MEETINGS, _DAYS, st.integers(-400, 400))
def test_what_was_said_at_a_meeting_carried_out_is_never_a_due_day(
    verb: str, speaker: str, meeting: str, day: date, apart: int
) -> None:
    phrase = f"{verb} {speaker} tại {meeting} ngày {_dmy(day)}"
    refused(phrase, ctx(str(day + timedelta(days=apart))))


def test_a_speech_still_to_give_and_a_report_at_a_meeting_stay_read() -> None:
    # nothing carried out: the meeting's day is the time of the work
    assert days(one("chuẩn bị bài phát biểu tại hội nghị ngày 15/3/2027", ctx("2027-01-10"))) == (
        D,
        date(2027, 3, 15),
        date(2027, 3, 15),
    )
    reading = one(
        "Sở Nội vụ báo cáo tại phiên họp thường kỳ của UBND tỉnh ngày 15/3/2027", ctx("2027-01-10")
    )
    assert days(reading) == (D, date(2027, 3, 15), date(2027, 3, 15))


# --- rounds named by their number alone, long past by the page --------------------------------


def test_past_rounds_retold_are_refused() -> None:
    # zn-quangan-hue-bc-pctt-2019-kh-2020: two tropical depressions of April 2020 in a
    # report of 28/8/2020 (two windows before)
    why = refused(
        "đợt 1: từ ngày 13 đến 14/4/2020; đợt 2: từ ngày 24 đến 26/4/2020", ctx("2020-08-28")
    )
    assert "quy ước 8" in why


def test_rounds_to_come_or_just_past_stay_read() -> None:
    phrase = "đợt 1: từ ngày 13 đến 14/4/2020; đợt 2: từ ngày 24 đến 26/4/2020"
    for issued in ("2020-04-01", "2020-05-20"):
        readings = parse_deadlines(phrase, ctx(issued))
        assert [(r.first, r.last) for r in readings] == [
            (date(2020, 4, 13), date(2020, 4, 14)),
            (date(2020, 4, 24), date(2020, 4, 26)),
        ]
    # a round with its work named is no bare round: "Đợt 1, kiểm tra … trong tháng 5"
    assert days(one("Đợt 1: từ ngày 22.5 đến ngày 10.6.2023", ctx("2023-05-02")))[0] is W


@given(
    st.sampled_from(["đợt", "Đợt", "lần", "vòng"]),
    st.dates(date(2005, 1, 1), date(2035, 11, 1)),
    st.integers(0, 5),
    st.integers(31, 900),
)
def test_bare_rounds_over_a_month_before_the_page_are_never_read(
    word: str, first: date, length: int, later: int
) -> None:
    last = first + timedelta(days=length)
    phrase = f"{word} 1: từ ngày {_dmy(first)} đến ngày {_dmy(last)}"
    refused(phrase, ctx(str(last + timedelta(days=later))))


# --- a past period's results told --------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zn-baohatinh-pho-thu-tuong-lam-viec-ha-tinh-2026 (a window over 2025 before)
        (
            "Năm 2025, dù đối mặt nhiều khó khăn và khối lượng công việc lớn, Hà Tĩnh vẫn đạt "
            "kết quả toàn diện",
            "2026-02-28",
        ),
        # zn-baothanhhoa-hac-thanh-bch-lan-5-2025 (an undated page; a window over 2025 before)
        (
            "Năm 2025, trong bối cảnh thuận lợi, khó khăn, thách thức đan xen, Đảng ủy, HĐND, "
            "UBND, Ủy ban MTTQ phường Hạc Thành đã tập trung lãnh đạo, chỉ đạo, điều hành, triển "
            "khai thực hiện quyết liệt, đồng bộ, hiệu quả các nhiệm vụ, giải pháp và đạt được "
            "những kết quả tích cực; có 11 chỉ tiêu vượt kế hoạch, 17 chỉ tiêu hoàn thành",
            None,
        ),
        # zn-laodongthudo-tay-ho-hoi-nghi-lan-iv-2025 (the second half of 2025 before)
        (
            "Trong 6 tháng cuối năm 2025, bám sát sự chỉ đạo của Thành ủy, UBND Thành phố, Đảng "
            "ủy phường đã lãnh đạo, chỉ đạo hệ thống chính trị hoàn thành khối lượng công việc "
            "rất lớn",
            "2025-12-04",
        ),
    ],
)
def test_a_period_s_results_told_are_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


def test_a_year_s_aim_and_a_completion_with_its_time_stay_read() -> None:
    # the year not over by the page: "đạt kết quả" may be the plan's aim
    reading = one(
        "Năm 2026, dù đối mặt nhiều khó khăn, toàn ngành đạt kết quả toàn diện", ctx("2026-02-28")
    )
    assert days(reading) == (W, date(2026, 1, 1), date(2026, 12, 31))
    # a completion with a day of its own after the thing told done is a deadline, as on main
    reading = one("Năm 2026, tỉnh đã giao chỉ tiêu, các xã hoàn thành trước ngày 30/6/2026")
    assert days(reading) == (D, date(2026, 6, 30), date(2026, 6, 30))


_SUBJECTS = st.sampled_from(
    ["Hà Tĩnh", "toàn tỉnh", "Đảng bộ phường", "ngành giáo dục", "các xã, phường"]
)
_RESULTS = st.sampled_from(
    [
        "đạt kết quả toàn diện",
        "đạt được những kết quả tích cực",
        "đạt nhiều thành tựu",
        "vẫn đạt kết quả",
    ]
)


@given(st.integers(2000, 2040), _SUBJECTS, _RESULTS, st.integers(1, 700))
def test_a_year_s_results_told_after_it_are_never_a_window(
    year: int, subject: str, results: str, after: int
) -> None:
    issued = date(year, 12, 31) + timedelta(days=after)
    refused(f"Năm {year}, {subject} {results}", ctx(str(issued)))


@given(st.integers(2000, 2040), _SUBJECTS, st.sampled_from(["lãnh đạo", "tập trung chỉ đạo"]))
def test_a_period_told_done_then_completed_is_never_a_window(
    year: int, subject: str, verb: str
) -> None:
    phrase = (
        f"Trong 6 tháng cuối năm {year}, {subject} đã {verb} hoàn thành khối lượng công việc lớn"
    )
    refused(phrase)


# --- an activity within a programme named by its period ---------------------------------------


def test_an_activity_within_a_programme_is_refused() -> None:
    # zn-baoangiang-24-gio-12-2025 (a window 2021-2026 before)
    why = refused(
        "Hoạt động nằm trong Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn "
        "2021 - 2026"
    )
    assert "quy ước 7" in why


def test_a_title_line_belonging_to_a_programme_stays_read() -> None:
    # r-tien-giang-qd-15-2023-quay-vong-von-giam-ngheo: the decision's own scope
    reading = one(
        "THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 - 2025",
        ctx("2023-08-02"),
    )
    assert days(reading) == (W, date(2021, 1, 1), date(2025, 12, 31))


@given(
    st.sampled_from(["Hoạt động", "Sự kiện", "Đây là hoạt động thiết thực", "Công trình"]),
    st.sampled_from(["nằm trong", "trong khuôn khổ", "nằm trong khuôn khổ", "thuộc khuôn khổ"]),
    st.sampled_from(["Chương trình", "Đề án", "Kế hoạch", "Chiến lược"]),
    st.integers(2000, 2040),
    st.integers(0, 10),
)
def test_an_activity_within_a_programme_is_never_the_programme_s_window(
    subject: str, within: str, kind: str, first: int, length: int
) -> None:
    period = f"năm {first}" if length == 0 else f"giai đoạn {first} - {first + length}"
    refused(f"{subject} {within} {kind} chuyển đổi số {period}")


# --- a preamble citing the plan carried out ----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zn-hethongphapluat-quang-binh-ct-04-2025-ktxh-2026 (a window over 2026 before)
        (
            "thực hiện Chỉ thị số 14/CT-TTg ngày 28/5/2025 của Thủ tướng Chính phủ về xây dựng Kế "
            "hoạch phát triển KT-XH và Dự toán ngân sách nhà nước (NSNN) năm 2026",
            "2025-06-12",
        ),
        # zn-quangvinh-hue-kh-dai-hoi-tdtt-2022 (a window 2021-2022 before)
        (
            "Thực hiện kế hoạch số 133/KH-UBND ngày 25/11/2020 của UBND huyện Quảng Điền tổ chức "
            "Đại hội Thể dục thể thao cấp xã và Đại hội Thể dục thể thao cấp huyện lần thứ VII, "
            "năm 2021-2022",
            "2022-03-23",
        ),
    ],
)
def test_a_preamble_citing_the_plan_carried_out_is_refused(phrase: str, issued: str) -> None:
    assert "quy ước 7" in refused(phrase, ctx(issued))


def test_a_cited_plan_then_a_step_of_its_own_stays_read() -> None:
    # a time word stops the cited title: the month is the step's
    reading = one(
        "Theo Kế hoạch số 12/KH-UBND ngày 3/1/2026 của UBND tỉnh tổ chức Hội nghị trong tháng "
        "3/2026",
        ctx("2026-01-10"),
    )
    assert days(reading) == (W, date(2026, 3, 1), date(2026, 3, 31))
    # an abbreviation with a word of time in parentheses is no part of a title
    with pytest.raises(DeadlineError):
        parse_deadlines(
            "Thực hiện Chỉ thị số 14/CT-TTg ngày 28/5/2025 của Thủ tướng về dự toán (trước) năm 2026",
            ctx("2025-06-12"),
        )


@given(
    st.sampled_from(["KT-XH", "NSNN", "CCHC", "CĐS", "PCTT&TKCN"]),
    st.sampled_from(["Thực hiện", "Căn cứ", "Triển khai"]),
    st.integers(2000, 2040),
    st.integers(1, 28),
    st.integers(1, 12),
)
def test_a_cited_title_with_an_abbreviation_names_no_window(
    short: str, opening: str, year: int, day: int, month: int
) -> None:
    phrase = (
        f"{opening} Chỉ thị số 14/CT-TTg ngày {day}/{month}/{year} của Thủ tướng Chính phủ về "
        f"xây dựng Kế hoạch phát triển kinh tế - xã hội ({short}) năm {year + 1}"
    )
    refused(phrase, ctx(f"{year + 1}-01-15"))


@given(
    st.sampled_from(["tổ chức Đại hội Thể dục thể thao cấp xã", "triển khai Tháng hành động"]),
    st.integers(2000, 2040),
    st.integers(0, 2),
)
def test_a_cited_plan_s_own_name_names_no_window(name: str, year: int, length: int) -> None:
    years = f"năm {year}" if length == 0 else f"năm {year}-{year + length}"
    phrase = (
        f"Thực hiện Kế hoạch số 133/KH-UBND ngày 25/11/{year - 1} của UBND huyện {name}, {years}"
    )
    refused(phrase, ctx(f"{year}-03-01"))

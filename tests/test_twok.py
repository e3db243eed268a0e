"""Session 49, family D (helper twok): phrases refused as holding a second date or a
document's number beside their deadline, read where that number is a section's ("1.2. Thời
gian …"), and where a word after the day only looked like one of time ("định hướng", the
course set, is no "định" of "định kỳ"; "chia theo địa bàn", divided by area, no "theo" of a
rule); their neighbours (a day written with dots, a unit of
time after the number, a number of two digits, no capital after it, a second time, a cadence,
a negation, a thing told done) stay refused (issue 11: never a silent wrong date; every
number accounted for)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines, rrule_text

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(reading) for reading in parse_deadlines(phrase, ctx(issued))]


# --- a section's number two or three levels deep opening the phrase ---------------------------


def test_a_section_number_before_a_window_is_no_day() -> None:
    # p-thuanan-binhduong-lay-y-kien-qhsdd-2021 (Thuận An's public consultation)
    phrase = "1.2. Thời gian lấy ý kiến nhân dân: 30 ngày, kể từ ngày 01/04/2021 đến 30/04/2021"
    assert _read(phrase, "2021-04-08") == [(W, date(2021, 4, 1), date(2021, 4, 30))]


def test_a_section_number_before_a_day_in_words_is_no_day() -> None:
    # v-chubah-ayunpa-thu-quy-pctt-2022 (Chư Păh's disaster-prevention fund)
    phrase = "3.1. Đối với cá nhân: Thu, nộp một lần trước ngày 30 tháng 7 năm 2022"
    assert _read(phrase, "2022-04-04") == [(D, date(2022, 7, 30), date(2022, 7, 30))]


def test_a_section_number_before_a_monthly_duty_is_no_day() -> None:
    # y-cao-bang-skhcn-lich-tiep-cong-dan-2025 (Sở KH&CN Cao Bằng's citizens' reception)
    phrase = (
        "2.2. Tiếp công dân định kỳ: Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng "
        "(nếu ngày 15 hàng tháng trùng vào ngày nghỉ hàng tuần, nghỉ lễ, nghỉ tết thì lịch tiếp "
        "công dân chuyển sang ngày làm việc tiếp theo)"
    )
    reading = one(phrase)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert rrule_text(reading.recurrence) == "FREQ=MONTHLY;BYMONTHDAY=15"


def test_three_levels_of_one_digit_are_a_section_too() -> None:
    phrase = "3.1.2. Đối với tổ chức: nộp một lần trước ngày 30 tháng 7 năm 2022"
    assert _read(phrase, "2022-04-04") == [(D, date(2022, 7, 30), date(2022, 7, 30))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the phrase writes its days with dots: the opening number may be one of them
        "28.4. Công bố kết quả, hạn phúc khảo trước ngày 5.5.2022",
        "1.2. Thời gian lấy ý kiến: 1.5 tháng, từ ngày 01/04/2022",
        # a unit of time after the number: a damaged day ("1.2. Tháng 3" may be 1/2 or 3)
        "1.2. Tháng 3 năm 2022, hoàn thành trước ngày 30/3/2022",
        "3.1. Năm 2022: nộp trước ngày 30/7/2022",
        # a day of the month with two digits may be a day ("10.12" is 10 December)
        "10.12. Hạn nộp hồ sơ trước ngày 15/12/2022",
        "1.12. Hạn nộp hồ sơ trước ngày 15/12/2022",
        # a third level of two digits may be a year ("1.2.23" is 1/2/2023)
        "1.2.23. Họp giao ban trước ngày 30/7/2023",
        # no full stop closing the number, or no capital after it: no section's heading
        "1.2 Thời gian lấy ý kiến: từ ngày 01/04/2022 đến 30/04/2022",
        "1.2. thời gian lấy ý kiến: từ ngày 01/04/2022 đến 30/04/2022",
        # what follows the section keeps its own refusals
        "3.1. Đối với cá nhân: không thu trước ngày 30 tháng 7 năm 2022",
        "3.1. Đối với cá nhân: nộp trước ngày 30 tháng 7 năm 2022 hoặc ngày 15/8/2022",
        "3.1. Đối với cá nhân: nộp trước ngày 30 tháng 7 năm sau",
        "3.1. Ngày 15/7: nộp hồ sơ",
    ],
)
def test_a_number_that_may_be_a_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-04-04"))


@given(
    section=st.integers(1, 9),
    sub=st.integers(1, 9),
    day=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
)
def test_any_small_section_before_any_written_day_reads_that_day(
    section: int, sub: int, day: date
) -> None:
    phrase = (
        f"{section}.{sub}. Đối với tổ chức: nộp hồ sơ trước ngày {day.day}/{day.month}/{day.year}"
    )
    assert _read(phrase) == [(D, day, day)]


# --- "định hướng" (the course set) is no "định" of "định kỳ" ----------------------------------

# zs-dantocmiennui-phu-yen-ky-hop-11-hdnd-2022 (Dân tộc & Miền núi on Phú Yên's council)
COUNCIL_SESSION = (
    "Ngày 1/11, Hội đồng nhân dân tỉnh Phú Yên khóa VIII, nhiệm kỳ 2021-2026 tổ chức Kỳ họp "
    "thứ 11 (kỳ họp chuyên đề) để thảo luận và thông qua một số nghị quyết quan trọng liên "
    "quan đến định hướng phát triển kinh tế - xã hội tại địa phương; thực hiện các thủ tục miễn "
    "nhiệm Chủ tịch Ủy ban nhân dân tỉnh Phú Yên nhiệm kỳ 2021-2026"
)


def test_the_course_set_at_a_session_moves_no_day() -> None:
    assert _read(COUNCIL_SESSION, "2022-11-01") == [(D, date(2022, 11, 1), date(2022, 11, 1))]


@pytest.mark.parametrize(
    "phrase",
    [
        # a time after the course: the course's horizon, or a second time of the work
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển đến năm 2030",
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển 6 tháng cuối năm",
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển, dự kiến hoàn thành trước ngày 30/11",
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển hoặc ngày 5/11",
        # "định kỳ" beside it stays the cadence it is
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua các định hướng "
        "lớn, định kỳ báo cáo",
        # told done, negated
        "Ngày 1/11, Hội đồng nhân dân tỉnh đã tổ chức Kỳ họp thứ 11 để thông qua định hướng "
        "phát triển",
        "Ngày 1/11, Hội đồng nhân dân tỉnh không tổ chức Kỳ họp thứ 11 để thông qua định hướng "
        "phát triển",
    ],
)
def test_a_time_or_a_cadence_beside_the_course_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-11-01"))


# --- "chia theo địa bàn" (divided by area) is no "theo" of a rule or a cadence -----------------

# zr-baobariavungtau-bgddt-dieu-le-hoi-khoe-phu-dong-toan-quoc-2024 (the games' two stages)
TWO_STAGES = (
    "Năm 2024, HKPĐ tổ chức làm 2 giai đoạn: Giai đoạn 1 tại 5 khu vực (chia theo địa bàn các "
    "tỉnh, thành phố), thi đấu từ ngày 1/4 đến 20/6/2024; giai đoạn 2, thi đấu toàn quốc tại "
    "TP.Hải Phòng, thời gian từ ngày 16 đến 28/7/2024"
)


def test_places_divided_by_area_move_no_day() -> None:
    assert _read(TWO_STAGES, "2024-01-10") == [
        (W, date(2024, 4, 1), date(2024, 6, 20)),
        (W, date(2024, 7, 16), date(2024, 7, 28)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # divided by a time: a cadence or rounds, not places
        "Tại 5 khu vực (chia theo quý), thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo từng đợt), thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực chia theo địa bàn theo quý, thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo địa bàn, theo kế hoạch năm sau), thi đấu từ ngày 1/4 đến 20/6",
        # a count left, a negation, a condition, a cadence, a choice, another year
        "Tại 5 khu vực (chia theo địa bàn 2 năm), thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo địa bàn), không thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo địa bàn), nếu đủ điều kiện thi đấu từ ngày 1/4 đến 20/6/2024",
        "Hằng năm, tại 5 khu vực (chia theo địa bàn), thi đấu từ ngày 1/4 đến 20/6",
        "Tại 5 khu vực (chia theo địa bàn), thi đấu từ ngày 1/4 đến 20/6/2024 hoặc đến 30/6/2024",
        "Năm 2025, tại 5 khu vực (chia theo địa bàn), thi đấu từ ngày 1/4 đến 20/6/2024",
    ],
)
def test_a_division_by_time_or_a_turned_step_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-01-10"))

"""Session 49, family N2 (helper n2k): phrases refused as not recognised at all, read where
their form is sure (issue 11: never a silent wrong date), each with the neighbours its rule
must leave refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _read(phrase: str, issued: str) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# --- an event told with its day: a decision announced by a team named by its number -------

# tests/corpus/zk-plo-kiem-tra-giam-sat-btv-tinh-uy-dak-lak-2026.yaml
INSPECTION_ANNOUNCED = (
    "Ngày 6-3, đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư do ông Nguyễn Thanh Nghị, Ủy "
    "viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Chính sách chiến lược Trung ương, "
    "làm trưởng đoàn công bố quyết định kiểm tra, giám sát năm 2026 đối với Ban Thường vụ Tỉnh "
    "ủy Đắk Lắk"
)
_SHORT = "Ngày 6-3, đoàn kiểm tra số 26 công bố quyết định kiểm tra, giám sát năm 2026"


def test_a_decision_announced_by_a_numbered_team_reads_its_day() -> None:
    assert _read(INSPECTION_ANNOUNCED, "2026-03-06") == [(D, date(2026, 3, 6), date(2026, 3, 6))]


@given(
    st.sampled_from(
        [
            "đoàn kiểm tra",
            "Đoàn kiểm tra, giám sát",
            "đoàn giám sát",
            "tổ công tác",
            "Đoàn thanh tra",
        ]
    ),
    st.integers(1, 1999),
)
def test_a_team_s_number_is_its_name(team: str, number: int) -> None:
    phrase = f"Ngày 6-3, {team} số {number} công bố quyết định kiểm tra, giám sát năm 2026"
    assert _read(phrase, "2026-03-06") == [(D, date(2026, 3, 6), date(2026, 3, 6))]


@pytest.mark.parametrize(
    "phrase",
    [
        _SHORT.replace("công bố", "đã công bố"),  # told done
        _SHORT.replace("công bố", "không công bố"),  # negated
        _SHORT.replace("công bố", "chưa công bố"),  # not yet
        _SHORT.replace("công bố", "hoãn công bố"),  # called off
        _SHORT.replace("số 26", "số 26/3"),  # a day, or a document's number, no team's
        _SHORT.replace("năm 2026", "năm 2028"),  # a year two off the day's: another time
        _SHORT.replace("năm 2026", "trong tháng 3"),  # a second time after the day
        _SHORT + " hoặc ngày 7-3",  # a choice of two days
        _SHORT.replace("Ngày 6-3,", "Ngày 6-3 năm sau,"),  # the year said from the writing
        _SHORT.replace("Ngày 6-3,", "Hằng năm, ngày 6-3,"),  # a bare cadence before the day
    ],
)
def test_the_announcement_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-06"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 6-3, nếu đủ điều kiện, đoàn kiểm tra số 26 công bố quyết định kiểm tra",
        "Ngày 6-3, Trường hợp đủ điều kiện, đoàn kiểm tra số 26 công bố quyết định",
        "Ngày 6-3, nếu đủ điều kiện, Sở Nội vụ công bố quyết định bổ nhiệm",
    ],
)
def test_a_condition_right_after_the_opening_day_is_refused(phrase: str) -> None:
    # the step waits on the condition: the day may never come to be one
    assert "điều kiện" in refused(phrase, ctx("2026-03-06"))


def test_a_word_stating_is_no_condition() -> None:
    # "nêu" (to state) folds as "nếu" (if) does: matched as printed
    assert _read("Ngày 6-3, nêu gương người tốt", "2026-03-06") == [
        (D, date(2026, 3, 6), date(2026, 3, 6))
    ]


# --- a month said as this one, then its work with things counted after the comma -----------

# tests/corpus/zh-sggp-tan-dinh-thang-hanh-dong-nguoi-cao-tuoi-2025.yaml
ELDERS_VISITED = (
    "Trong tháng 10 này, các đoàn của phường Tân Định sẽ đến tận nhà chúc thọ các cụ 90 tuổi, "
    "95 tuổi, 100 tuổi và trên 100 tuổi"
)
_ELDERS = "Trong tháng 10 này, các đoàn sẽ đến tận nhà chúc thọ các cụ 90 tuổi, 95 tuổi"
_OCTOBER = (DeadlineKind.WINDOW, date(2025, 10, 1), date(2025, 10, 31))


def test_this_month_then_ages_listed_reads_the_month() -> None:
    assert _read(ELDERS_VISITED, "2025-10-10") == [_OCTOBER]


@given(st.lists(st.integers(60, 120), min_size=2, max_size=4), st.sampled_from(["này", "năm nay"]))
def test_ages_listed_after_this_month_count_no_time(ages: list[int], this: str) -> None:
    listed = ", ".join(f"{age} tuổi" for age in ages)
    phrase = f"Trong tháng 10 {this}, các đoàn sẽ đến tận nhà chúc thọ các cụ {listed}"
    assert _read(phrase, "2025-10-10") == [_OCTOBER]


@pytest.mark.parametrize(
    "phrase",
    [
        _ELDERS.replace("tháng 10", "tháng 9"),  # a month gone at the issue day
        _ELDERS.replace("chúc thọ", "không chúc thọ"),  # negated
        _ELDERS + " trước ngày 20/10",  # a second time after the month
        _ELDERS + " hằng năm",  # a cadence
        _ELDERS + " hoặc tháng 11",  # a choice of two months
        _ELDERS + " năm 2026",  # another year
        "Trong tháng 10 này, các đoàn chúc thọ các cụ 90, 95 và 100",  # numbers of nothing
        "Trong tháng 10 này, các đoàn làm việc đến tận ngày 30/10",  # "đến tận" a bound
    ],
)
def test_this_month_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-10-10"))


# --- a lunar gloss whose day and month are written with a dot, as the solar days are ---------

# tests/corpus/zp-baohaiduong-phat-dong-tet-trong-cay-quy-mao-2023.yaml
TREE_PLANTING = (
    "Sở Nông nghiệp và Phát triển nông thôn đề nghị các địa phương, cơ quan, đơn vị tập trung tổ "
    "chức, phát động Tết trồng cây xuân Quý Mão 2023 từ ngày 27.1-24.2 (từ ngày 6 tháng giêng "
    "đến 5.2 năm Quý Mão)"
)
_PLANTING = "phát động Tết trồng cây xuân Quý Mão 2023 từ ngày 27.1-24.2 (từ ngày 6 tháng giêng"


def test_a_lunar_end_written_with_a_dot_is_checked_and_read() -> None:
    assert _read(TREE_PLANTING, "2023-01-27") == [
        (DeadlineKind.WINDOW, date(2023, 1, 27), date(2023, 2, 24))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        f"{_PLANTING} đến 6.2 năm Quý Mão)",  # not the end's lunar day (24/2/2023 is 5/2)
        f"{_PLANTING} đến 5.2 năm Nhâm Dần)",  # not its lunar year
        f"{_PLANTING} đến 5.2 năm Quý Mão), hoặc tháng 3",  # a choice of two
        "hạn chót ngày 27/1/2023 (6.1)",  # no lunar mark, no year's name: a second date
        "hạn chót ngày 27/1/2023 (27.1)",
    ],
)
def test_a_dotted_lunar_gloss_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-01-20"))


# --- a weekend's two days said first as the reason, then the days off that make them up -----

# tests/corpus/zs-baomoi-ba-ria-vung-tau-nghi-tet-tan-suu-2021.yaml
DAYS_IN_LIEU = (
    "Do ngày Mùng 2 và Mùng 3 Tết (tức ngày 13 và 14/2/2021) trùng vào thứ Bảy và Chủ nhật là "
    "ngày nghỉ hàng tuần, công chức, viên chức sẽ nghỉ bù vào ngày Mùng 4 và Mùng 5 tết Âm lịch "
    "(tức ngày 15 và 16/2/2021)"
)


def test_days_off_in_lieu_of_a_weekend_read_as_their_run() -> None:
    assert _read(DAYS_IN_LIEU, "2021-01-20") == [
        (DeadlineKind.WINDOW, date(2021, 2, 15), date(2021, 2, 16))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        DAYS_IN_LIEU.replace("Mùng 4 và Mùng 5", "Mùng 5 và Mùng 6"),  # not their lunar days
        DAYS_IN_LIEU.replace("Mùng 2 và Mùng 3", "Mùng 3 và Mùng 4"),  # the reason's, neither
        DAYS_IN_LIEU.replace("13 và 14", "12 và 13"),  # no Saturday and Sunday
        DAYS_IN_LIEU.replace("thứ Bảy và Chủ nhật", "Chủ nhật và thứ Hai"),  # not a weekend
        DAYS_IN_LIEU.replace("nghỉ bù", "làm bù"),  # a day worked: two days of two meanings
        DAYS_IN_LIEU.replace("sẽ nghỉ bù", "không nghỉ bù"),  # negated
        DAYS_IN_LIEU + " hoặc ngày 17/2/2021",  # a choice of two
    ],
)
def test_the_weekend_reason_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-01-20"))


# --- a meeting moved, its deputies' unit and its place's address named by numbers -----------

# tests/corpus/zt-plo-to-dai-bieu-qh-tphcm-don-vi-4-doi-lich-tiep-xuc-cu-tri-2020.yaml
MEETING_MOVED = (
    "Do có sự điều chỉnh lịch công tác, Đoàn đại biểu Quốc hội TP.HCM dời thời gian tiếp xúc cử "
    "tri Tổ đại biểu Quốc hội tại đơn vị 4 với cử tri quận 5, quận 10 và quận 11 sang 8 giờ sáng "
    "18-5, tại Trung tâm Bồi dưỡng chính trị quận 11 (268 Bình Thới, phường 10, quận 11)"
)
_MET = "Đoàn tiếp xúc cử tri vào 8 giờ sáng 18-5 tại Trung tâm"


def test_a_unit_and_an_address_by_their_numbers_move_no_day() -> None:
    assert _read(MEETING_MOVED, "2020-05-15") == [(D, date(2020, 5, 18), date(2020, 5, 18))]


@pytest.mark.parametrize(
    "phrase",
    [
        "Đoàn tiếp xúc cử tri tại đơn vị 4 sang 8 giờ sáng 18-5",  # no deputies' group named
        f"{_MET} (268 Bình Thới, phường 10, quận 11/5)",  # a day after the district's word
        f"{_MET} (268 Bình Thới, phường 10, quận 11) và ngày 20-5",  # a second day after it
    ],
)
def test_the_unit_and_address_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-05-15"))

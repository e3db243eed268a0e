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

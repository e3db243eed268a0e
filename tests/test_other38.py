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

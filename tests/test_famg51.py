"""Session 51, helper famg51 (family G): cadences listed each with its own "hằng" ("định kỳ 6
tháng và hàng năm", s-idm-qd-549-1997), and "trong phạm vi" a place after the step (within
its bounds, no time)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines
from kehoach.dates.reading import Frequency

_STANDING = replace(ctx("1997-04-15"), standing=True)


def _frequencies(phrase: str, context: Context) -> list[Frequency | None]:
    readings = parse_deadlines(phrase, context)
    assert all(one.kind is DeadlineKind.RECURRING for one in readings)
    return [one.recurrence.frequency if one.recurrence else None for one in readings]


# --- cadences listed, each with its own "hằng" -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "frequencies"),
    [
        # tests/corpus/s-idm-qd-549-1997-bao-cao-khoang-san.yaml
        (
            "Sở Công nghiệp tỉnh, thành phố trực thuộc Trung ương (dưới đây gọi là Sở Công "
            "nghiệp) có trách nhiệm lập và nộp các báo cáo định kỳ 6 tháng và hàng năm về hoạt "
            "động khoáng sản trong phạm vi tỉnh.",
            [Frequency.HALF_YEARLY, Frequency.YEARLY],
        ),
        # the same list with trailing words, "hằng" before each cadence
        (
            "lập và nộp các báo cáo định kỳ hằng quý và hằng năm về hoạt động khoáng sản",
            [Frequency.QUARTERLY, Frequency.YEARLY],
        ),
        (
            "báo cáo định kỳ 6 tháng, hằng năm về công tác an toàn",
            [Frequency.HALF_YEARLY, Frequency.YEARLY],
        ),
    ],
)
def test_each_cadence_said_with_its_own_hang_is_one_more_cadence(
    phrase: str, frequencies: list[Frequency]
) -> None:
    assert _frequencies(phrase, _STANDING) == frequencies


@pytest.mark.parametrize(
    "phrase",
    [
        "đã nộp các báo cáo định kỳ 6 tháng và hàng năm về hoạt động khoáng sản",  # told done
        "không thực hiện Báo cáo hàng tháng và hàng quý về hoạt động khoáng sản",  # negated
        "nếu có yêu cầu, nộp báo cáo định kỳ 6 tháng và hằng năm về hoạt động khoáng sản",
        "báo cáo định kỳ 6 tháng và hằng năm vào ngày 15/12",  # a day with two cadences
        "báo cáo định kỳ 6 tháng và hằng quý I về hoạt động khoáng sản",  # a quarter named
        "báo cáo định kỳ 6 tháng và hằng năm 2026 về hoạt động khoáng sản",  # a year
        "báo cáo định kỳ hằng quý và hằng quý về hoạt động khoáng sản",  # the same twice
        "báo cáo định kỳ 6 tháng và hàng năm trong phạm vi 15 ngày",  # a count of days
        "báo cáo định kỳ 6 tháng và hàng năm trong phạm vi tỉnh sau ngày 5/7",
    ],
)
def test_a_listed_cadence_beside_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, _STANDING)

"""Session 49, family W (helper beforek): phrases refused for a number before the date the
grammar did not read, read where the number is accounted for as what it is: the days a
sitting lasts before the window it falls in, the months a report is named by before the
colon that gives its days, a text's own passing day before the day it takes effect. Their
neighbours (a count with no window, a length over three days, a report's months with no
colon, another text's passing retold, a day in force without its year or before the
passing, a negation, a condition, a cadence, "đã", "năm sau", "hoặc") stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# zt-kimthanh-hdnd-huyen-lien-tich-ky-hop-thu-nhat-2021 (issued 2021-06-07)
SITTING_OF_ONE_DAY = (
    "Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026 dự kiến tổ chức 01 ngày, trong "
    "khoảng từ ngày 28/6 đến 06/7/2021"
)


def test_the_days_a_sitting_lasts_before_its_window_move_no_day() -> None:
    assert _read(SITTING_OF_ONE_DAY, "2021-06-07") == [(W, date(2021, 6, 28), date(2021, 7, 6))]
    two_days = "Hội nghị dự kiến tổ chức 02 ngày, trong khoảng thời gian từ ngày 28/6 đến 06/7/2021"
    assert _read(two_days, "2021-06-07") == [(W, date(2021, 6, 28), date(2021, 7, 6))]


@pytest.mark.parametrize(
    "phrase",
    [
        # no window after the count: its day, or its first?
        "Kỳ họp thứ nhất dự kiến tổ chức 01 ngày, từ ngày 28/6 đến 06/7/2021",
        # a length a window of a few days may not hold
        "Kỳ họp thứ nhất dự kiến tổ chức 4 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021",
        "Kỳ họp thứ nhất không tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021",
        "Nếu cần, kỳ họp tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021",
        "Kỳ họp thường lệ hằng năm tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7",
        "Kỳ họp đã tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021",
        "Kỳ họp năm 2020 tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021",
        "Kỳ họp tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021 hoặc từ ngày 10/7 đến "
        "15/7/2021",
        "Kỳ họp tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021, năm sau tổ chức 2 ngày",
    ],
)
def test_a_count_of_days_without_its_window_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-06-07"))

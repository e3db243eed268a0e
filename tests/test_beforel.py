"""Session 50, family W (helper beforel): phrases refused for a word or a number before the
date the grammar did not read, read where it is accounted for as what it is: one morning's or
afternoon's sitting before the hour it starts at ("là 01 buổi chiều, bắt đầu từ 14 giờ 00’
thứ Ba, ngày 28/7/2020") is that one day, and a weekday after an hour's minutes with no
"phút" is checked against its day. Their neighbours (the hour not of the part said, several
sittings, no hour, a span after it, another weekday, a negation, a condition, a cadence, told
done, "hoặc", another year) stay refused, and sittings counted beyond one before one day are
no single day (main read "Lớp học là 10 buổi, bắt đầu từ 14 giờ ngày 28/7/2020" as that day)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# z-dbndhanoi-chuong-my-trieu-tap-ky-hop-2020 #0 (issued 2020-07-22)
ONE_AFTERNOON = (
    "Thời gian tổ chức kỳ họp là 01 buổi chiều, bắt đầu từ 14 giờ 00’ thứ Ba, ngày 28/7/2020"
)


def test_one_afternoon_s_sitting_is_its_day() -> None:
    """The corpus phrase: one afternoon from 14:00 on Tuesday 28/7/2020, that day."""
    assert _read(ONE_AFTERNOON, "2020-07-22") == [(D, date(2020, 7, 28), date(2020, 7, 28))]


@pytest.mark.parametrize(
    "phrase",
    [
        "Kỳ họp bắt đầu từ 14 giờ 00’ thứ Ba, ngày 28/7/2020",
        "Kỳ họp bắt đầu từ 14 giờ 00 thứ Ba, ngày 28/7/2020",
        "Kỳ họp tổ chức 1 buổi sáng, bắt đầu từ 8 giờ, ngày 28/7/2020",
        "Kỳ họp tổ chức 01 buổi chiều, bắt đầu từ 2 giờ chiều ngày 28/7/2020",
    ],
)
def test_an_hour_s_minutes_then_its_weekday_or_one_sitting(phrase: str) -> None:
    """The weekday after the hour's minutes (no "phút") is checked against the day, and one
    sitting of the hour's part of the day is that day."""
    assert _read(phrase, "2020-07-22") == [(D, date(2020, 7, 28), date(2020, 7, 28))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the weekday names another day
        "Kỳ họp bắt đầu từ 14 giờ 00 thứ Tư, ngày 28/7/2020",
        "Kỳ họp tổ chức 01 buổi chiều, bắt đầu từ 14 giờ 00’ Chủ nhật, ngày 28/7/2020",
        # the hour is not of the part of the day said
        "Thời gian tổ chức kỳ họp là 01 buổi sáng, bắt đầu từ 14 giờ 00’ thứ Ba, ngày 28/7/2020",
        "Kỳ họp tổ chức 01 buổi chiều, bắt đầu từ 9 giờ ngày 28/7/2020",
        # several sittings, no hour, a span after the sitting
        "Thời gian tổ chức kỳ họp là 02 buổi chiều, bắt đầu từ 14 giờ 00 thứ Ba, ngày 28/7/2020",
        "Thời gian tổ chức kỳ họp là 01 buổi chiều, bắt đầu từ ngày 28/7/2020",
        "Kỳ họp là 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020 đến ngày 30/7/2020",
        "Kỳ họp tổ chức 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020 (2 ngày)",
        # a negation, a condition, a cadence, told done, "hoặc", another year
        "Không tổ chức kỳ họp 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020",
        "Nếu cần, tổ chức kỳ họp 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020",
        "Hằng năm tổ chức kỳ họp 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7",
        "Kỳ họp đã tổ chức 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020",
        "Kỳ họp tổ chức 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020 hoặc ngày 29/7/2020",
        "Kỳ họp năm 2019 tổ chức 01 buổi chiều, bắt đầu từ 14 giờ ngày 28/7/2020",
        # sittings counted beyond one before one day
        "Lớp học 10 buổi, vào ngày 28/7/2020",
        "Tập huấn 10 buổi trong ngày 28/7/2020",
    ],
)
def test_the_sitting_s_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2020-07-22"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Lớp học là 10 buổi, bắt đầu từ 14 giờ ngày 28/7/2020",
        "Thời gian tổ chức kỳ họp là 10 buổi, bắt đầu từ 14 giờ 00 thứ Ba, ngày 28/7/2020",
    ],
)
def test_ten_sessions_from_an_hour_are_a_start_not_that_day(phrase: str) -> None:
    """Ten sessions starting at an hour of a day last beyond it: the day is their start
    bound, never the day they are held (main read them as that one day)."""
    (reading,) = parse_deadlines(phrase, ctx("2020-07-22"))
    assert reading.last is None
    assert reading.earliest == date(2020, 7, 28)


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)), st.integers(12, 17))
def test_one_afternoon_any_day_any_afternoon_hour(day: date, hour: int) -> None:
    """One afternoon's sitting from any afternoon hour is the day written, its weekday
    checked."""
    weekday = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"][day.weekday()] if day.weekday() < 6 else ""
    named = f"thứ {weekday}" if weekday else "Chủ nhật"
    phrase = (
        f"Thời gian tổ chức kỳ họp là 01 buổi chiều, bắt đầu từ {hour} giờ 00’ {named}, "
        f"ngày {day.day}/{day.month}/{day.year}"
    )
    assert _read(phrase, f"{day.year}-01-01") == [(D, day, day)]

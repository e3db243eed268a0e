"""Session 50, family W (helper beforel): phrases refused for a word before the date the
grammar did not read, read where the word is accounted for as what it is: "tối đa" (to the
utmost) before the means an effort puts in ("huy động tối đa lực lượng") and "cả buổi tối"
(the work carried on into the evening), how hard and at which hours the days are worked,
never the day the work ends by. Their neighbours ("tối đa" before a count or "không quá", a
part of the day before a day, "hôm nay" or a weekday, another part of the day, a negation, a
condition, a cadence, another year) stay refused or keep their own reading."""

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


# v-baothanhhoa-ho-vuong-qua-tet-doc-lap-2025 #1 (issued 2025-08-31)
GIFTS_BY = (
    "Xã đã huy động tối đa lực lượng và sẽ tăng cường cấp phát cả buổi tối để bảo đảm 100% "
    "người dân địa phương sẽ nhận được quà của Nhà nước chậm nhất trong ngày 1/9"
)


def test_the_utmost_means_and_the_evenings_worked_move_no_day() -> None:
    """The corpus phrase: the gifts are received by 1/9 of the plan's year."""
    assert _read(GIFTS_BY, "2025-08-31") == [(D, date(2025, 9, 1), date(2025, 9, 1))]


@pytest.mark.parametrize(
    "phrase",
    [
        "Huy động tối đa lực lượng, phương tiện, hoàn thành trước ngày 15/9",
        "Huy động tối đa nguồn lực, hoàn thành trước ngày 15/9",
        "Tập trung tối đa nhân lực để hoàn thành trước ngày 15/9",
        "Cấp phát cả buổi tối, hoàn thành trước ngày 15/9",
        "Làm việc cả buổi trưa để hoàn thành trước ngày 15/9",
        "Tiếp nhận hồ sơ cả các buổi tối, hoàn thành trước ngày 15/9",
    ],
)
def test_the_effort_s_words_read_the_day_after_them(phrase: str) -> None:
    """Each form alone: the day after the words is the deadline."""
    assert _read(phrase, "2025-08-31") == [(D, date(2025, 9, 15), date(2025, 9, 15))]


@pytest.mark.parametrize(
    "phrase",
    [
        # "tối đa" before a count or a bound is a bound of the time
        "Huy động tối đa 5 ngày, hoàn thành trước ngày 15/9",
        "Huy động tối đa nhân lực; tối đa không quá ngày 15/9",
        # a part of the day before "hôm nay" or a weekday is a time of its own
        "Cấp phát cả buổi tối hôm nay, hoàn thành trước ngày 15/9",
        "Cấp phát cả buổi tối thứ Bảy, hoàn thành trước ngày 15/9",
        "Cấp phát cả buổi tối hằng ngày, hoàn thành trước ngày 15/9",
        # the whole morning is no after-hours work: not this form
        "Cấp phát cả buổi sáng, hoàn thành trước ngày 15/9",
        # a negation, a condition, a cadence, another year, a second day
        "Không huy động tối đa lực lượng, hoàn thành trước ngày 15/9",
        "Nếu cần, huy động tối đa lực lượng, hoàn thành trước ngày 15/9",
        "Hằng năm huy động tối đa lực lượng, hoàn thành trước ngày 15/9",
        "Huy động tối đa lực lượng năm 2024, hoàn thành trước ngày 15/9",
        "Huy động tối đa lực lượng trong 5 ngày, hoàn thành trước ngày 15/9",
        "Cấp phát cả buổi tối, ngày 14/9 và hoàn thành trước ngày 15/9",
    ],
)
def test_the_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-08-31"))


def test_an_evening_before_its_day_is_that_day_s() -> None:
    """'cả buổi tối ngày 31/8' is not blanked: the evening's day is a milestone of its own,
    as it was before (never folded into the closing day)."""
    readings = _read("Cấp phát cả buổi tối ngày 31/8, hoàn thành trước ngày 15/9", "2025-08-31")
    assert readings[0] == (D, date(2025, 8, 31), date(2025, 8, 31))
    assert len(readings) == 2


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_any_closing_day_is_read_as_written(day: date) -> None:
    """Whatever the day with its year, the effort's words leave it as written."""
    phrase = (
        "Huy động tối đa lực lượng và tăng cường cấp phát cả buổi tối, hoàn thành chậm nhất "
        f"trong ngày {day.day}/{day.month}/{day.year}"
    )
    assert _read(phrase, f"{day.year}-01-01") == [(D, day, day)]


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

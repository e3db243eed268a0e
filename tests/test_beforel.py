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

"""Misreads found in the fifth breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes (Q1, Q2, …)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadline, parse_deadlines

PLAN = Context(issued=date(2027, 1, 15))


def _refused(phrase: str, context: Context = PLAN) -> str:
    with pytest.raises(DeadlineError) as caught:
        parse_deadlines(phrase, context)
    return caught.value.why


# Q1. "CN" is Chủ nhật in schedules; 15/3/2027 is a Monday. The weekday check refused the
# parentheses, then the words-after cut re-read the phrase with "(CN)" as its step.
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 15/3/2027 (CN)",
        "trước ngày 15/3/2027 (CN)",
        "ngày 15/3/2027 (C.N)",
        "ngày 15/3/2027, CN",
        "ngày 15/3/2027 - CN",
        "ngày 15/3/2027 (sáng CN)",
        "CN ngày 15/3/2027",
    ],
)
def test_sunday_abbreviated_beside_a_monday_is_refused(phrase: str) -> None:
    assert "Chủ nhật" in _refused(phrase)


def test_sunday_abbreviated_on_a_sunday_and_science_offices_still_read() -> None:
    assert parse_deadline("ngày 14/3/2027 (CN)", PLAN).last == date(2027, 3, 14)
    for office in ("Sở KH&CN", "Sở KHCN", "Sở KH&CN, Sở TT&TT"):
        one = parse_deadline(f"{office} trước ngày 15/3/2027", PLAN)
        assert (one.last, one.label) == (date(2027, 3, 15), office)


# Q2. Giao thừa is 0 giờ of Tết (6/2/2027), or the end of the old year's last day (5/2):
# "0 giờ ngày 5/2/2027" opens that last day, a full day before the eve.
@pytest.mark.parametrize(
    "phrase",
    [
        "0 giờ ngày 5/2/2027 (Giao thừa)",
        "0h ngày 5/2/2027 (Giao thừa)",
        "0 giờ 00 phút ngày 05/02/2027 (Đêm Giao thừa Tết Nguyên đán Đinh Mùi năm 2027)",
        "giao thừa lúc 0 giờ ngày 5/2/2027",
        "Lễ đón giao thừa vào 0 giờ ngày 5/2/2027",
    ],
)
def test_midnight_opening_the_last_day_is_not_the_new_years_eve(phrase: str) -> None:
    assert "06/02/2027" in _refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "day", "time"),
    [
        ("0 giờ ngày 6/2/2027 (Giao thừa)", date(2027, 2, 6), "00:00"),
        ("23 giờ ngày 5/2/2027 (Giao thừa)", date(2027, 2, 5), "23:00"),
        ("Lễ đón giao thừa diễn ra từ 21h00 đến 23h00 ngày 05/02/2027", date(2027, 2, 5), "23:00"),
        ("bắn pháo hoa đêm giao thừa lúc 0 giờ ngày 6/2/2027", date(2027, 2, 6), "00:00"),
    ],
)
def test_the_eve_at_its_own_hours_reads(phrase: str, day: date, time: str) -> None:
    one = parse_deadline(phrase, PLAN)
    assert (one.last, one.time) == (day, time)

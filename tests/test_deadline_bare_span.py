"""A table cell that is a bare span of two days, its "từ" left out, reads as that window.

zu-aroang-hue-lich-thoi-vu-he-thu-2022 (HTX Nông nghiệp A Roàng, Huế: the sowing calendar
of vụ Hè Thu 2022) prints one step a cell: "15/5 đến 25/5", "25/7 đến 05/8". Inside a
sentence the same words keep their refusal (the words around them may name another time)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

SEASON = Context(issued=date(2022, 5, 11))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("15/5 đến 25/5", date(2022, 5, 15), date(2022, 5, 25)),
        ("05/5 đến 15/5", date(2022, 5, 5), date(2022, 5, 15)),
        ("25/7 đến 05/8", date(2022, 7, 25), date(2022, 8, 5)),
        ("25/8 đến 05/9", date(2022, 8, 25), date(2022, 9, 5)),
    ],
)
def test_a_bare_span_is_its_window(phrase: str, first: date, last: date) -> None:
    (one,) = parse_deadlines(phrase, SEASON)
    assert (one.kind, one.first, one.last) == (DeadlineKind.WINDOW, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo 15/5 đến 25/5",  # words before: which day is due is not said
        "15/5 đến 25/5 gửi báo cáo",  # words after
        "15/5 đến",  # no end
    ],
)
def test_a_span_among_words_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, SEASON)


@given(start=st.dates(date(2022, 5, 12), date(2022, 12, 31)), days=st.integers(0, 60))
def test_any_bare_span_reads_both_ends(start: date, days: int) -> None:
    """Both days printed are the window's ends, the year from the plan; a span into the
    next year with no year printed ("2/11 đến 1/1") is refused, never read as another."""
    end = date.fromordinal(start.toordinal() + days)
    phrase = f"{start.day}/{start.month} đến {end.day}/{end.month}"
    try:
        readings = parse_deadlines(phrase, SEASON)
    except DeadlineError:
        assert end.year > start.year
        return
    assert [(one.first, one.last) for one in readings] == [(start, end)]

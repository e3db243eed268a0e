"""An event said to take place within a year ("trong năm 2012") has the year as its window.

The lead's ruling (session 36): congresses held at every level over a year, "Đại hội … diễn
ra trong năm 2012", are due by the year's end, a window of the year; an event named with
"năm Y" alone ("Tổ chức kỳ thi tốt nghiệp THPT năm 2027") names its edition and is held on a
few days of that year: refused, with the way out."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

CONTEXT = Context(issued=date(2011, 5, 1))


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        # q-hoinongdanhanoi-hndtw-cv-2073-dai-hoi-cac-cap-2016 (Hội Nông dân Việt Nam)
        ("Đại hội đại biểu Hội Nông dân cấp huyện và cấp xã diễn ra trong năm 2012", 2012),
        ("chỉ đạo Đại hội Hội Nông dân Việt Nam 4 cấp tập trung trong năm 2018", 2018),
        # q-vnanet-tw-hoi-lhtn-ke-hoach-dai-hoi-ix-2024 (TW Hội LHTN Việt Nam)
        (
            "Đại hội đại biểu Hội Liên hiệp Thanh niên Việt Nam 4 cấp sẽ được tổ chức trong "
            "năm 2024",
            2024,
        ),
    ],
)
def test_event_within_the_year_is_the_years_window(phrase: str, year: int) -> None:
    (one,) = parse_deadlines(phrase, CONTEXT)
    assert one.kind is DeadlineKind.WINDOW
    assert (one.first, one.last) == (date(year, 1, 1), date(year, 12, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # the edition named by its year (the module's own example), and the same congress
        # with "năm" alone: a few days of the year, not the year
        "Tổ chức kỳ thi tốt nghiệp THPT năm 2027",
        "Đại hội đại biểu Hội Nông dân cấp huyện năm 2012",
        # "trong năm" not next to the year: the event's year is still its edition
        "Đại hội đại biểu Hội Nông dân năm 2012 diễn ra trong năm",
    ],
)
def test_edition_named_by_its_year_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, CONTEXT)
    assert "last_day" in str(refused.value)

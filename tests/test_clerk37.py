"""What a clerk meets reading real plans' deadline phrases (session 37, clerk37)."""

from __future__ import annotations

import pytest

from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadline
from kehoach.dates.reading import Frequency, Recurrence

YEARLY = Frequency.YEARLY

# No corpus phrase says "một năm một lần" alone (tests/corpus has only cycles of 2+ years,
# "5 năm một lần", and "mỗi năm một lần" in a page title): the phrase is a clerk's wording of
# "hằng năm", and a cycle of one year is each year.


@pytest.mark.parametrize("phrase", ["một năm một lần", "định kỳ 1 năm một lần"])
def test_one_year_a_time_reads_as_yearly(phrase: str) -> None:
    got = parse_deadline(phrase)
    assert got.kind is DeadlineKind.RECURRING
    # the same rule as "Hằng năm" (tests/test_deadline.py): due 31/12 each year
    assert got.recurrence == parse_deadline("Hằng năm").recurrence == Recurrence(YEARLY)


def test_a_cycle_of_two_years_stays_refused_with_its_way_out() -> None:
    # refusal neighbour: "2 năm một lần" names no year due (tests/corpus: "Được tổ chức 2 năm
    # một lần (năm chẵn Dương lịch) …" is a festival's, with no start year in the phrase)
    with pytest.raises(DeadlineError, match="last_day"):
        parse_deadline("2 năm một lần")

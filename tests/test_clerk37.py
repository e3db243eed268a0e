"""What a clerk meets reading real plans' deadline phrases (session 37, clerk37)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadline, parse_deadlines
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


# Rounds numbered from any start: a plan's later rounds ("đợt 3 …, đợt 4 …") continue its
# earlier ones; "lần N" is checked as "đợt N" (invented phrases: no corpus phrase lists
# rounds from 3, nor "lần 1 … lần 1").
def test_rounds_from_a_later_start_read_when_consecutive() -> None:
    got = parse_deadlines("đợt 3 trước ngày 10/5/2026, đợt 4 trước ngày 10/8/2026")
    assert [one.last for one in got] == [date(2026, 5, 10), date(2026, 8, 10)]


@pytest.mark.parametrize(
    ("phrase", "fault"),
    [
        ("đợt 3 trước ngày 10/5/2026, đợt 5 trước ngày 10/8/2026", "thiếu đợt 4"),
        ("lần 1 trước ngày 10/5/2026, lần 1 trước ngày 10/8/2026", "lần 1 kể hai lần"),
        ("lần 2 trước ngày 10/5/2026, lần 1 trước ngày 10/8/2026", "lần 2 kể trước lần 1"),
    ],
)
def test_a_gap_repeat_or_disorder_in_rounds_is_refused(phrase: str, fault: str) -> None:
    with pytest.raises(DeadlineError, match=fault) as refused:
        parse_deadlines(phrase)
    assert "last_day" in str(refused.value)

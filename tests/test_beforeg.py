"""Session 44, family W (helper beforeg): phrases refused for a word or a number before the
time part that the grammar did not account for (issue 11 §1: every number of a reading is
explained). Each form here accounts for one as what it is (a length whose end the page does
not print, the weekend a run of days off counts, a regular meeting's name, the count of the
school years listed, a campaign's name), and keeps its neighbours refused: a bound, a step
told done, a negation, a condition, a cadence, a count or a day that disagrees."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


# ze-cukhoi-long-bien-cong-khai-phuong-an-boi-thuong-2020 (the lead's ruling of session 32)
OPEN_LENGTH = "2. Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020"


def test_a_length_before_its_start_with_no_end_reads_the_start() -> None:
    reading = one(OPEN_LENGTH, ctx("2020-11-12"))
    assert (reading.earliest, reading.first, reading.last) == (date(2020, 11, 6), None, None)
    assert reading.gloss is not None and "20 ngày kể từ 06/11/2020" in reading.gloss


def test_a_length_before_its_start_keeps_its_neighbours_refused() -> None:
    issued = ctx("2020-11-12")
    for phrase in (
        "Chậm nhất 20 ngày: Kể từ ngày 06/11/2020",  # a deadline counted from the day
        "Thời gian chậm nhất 20 ngày: Kể từ ngày 06/11/2020",
        "Thời gian đã công khai 20 ngày: Kể từ ngày 06/11/2020",  # told done
        "Thời gian công khai không quá 20 ngày: Kể từ ngày 06/11/2020",
        "Nếu thời gian công khai 20 ngày: Kể từ ngày 06/11/2020",  # a condition
        "Thời gian công khai hằng năm 20 ngày: Kể từ ngày 06/11/2020",  # a cadence
        "Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020 hoặc 10/11/2020",  # a choice
        # a window the count does not fit, and a second day joined
        "Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020 đến ngày 28/11/2020",
        "Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020, đến ngày 28/11/2020",
    ):
        refused(phrase, issued)


@given(st.integers(1, 90), st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_any_length_before_a_written_start_reads_that_start_alone(count: int, day: date) -> None:
    phrase = f"Thời gian niêm yết {count} ngày: từ ngày {day.day}/{day.month}/{day.year}"
    reading = one(phrase, ctx(str(day)))
    assert (reading.earliest, reading.first, reading.last) == (day, None, None)

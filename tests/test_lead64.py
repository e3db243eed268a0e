"""Session 64, the lead: a dropped step after a start is not due on its day.

"Từ ngày 1/7 và công bố kết quả ngày 20/7" reads as a start and a step done on the 20th
(e64, `combine._a_step_on_its_day`). The merge's tester found the same split taking a step
dropped, withdrawn or denied as due: "Từ ngày 1/7 và bỏ công bố kết quả ngày 20/7" read a
milestone of 20/07 for publishing that is called off. Such a step is refused, as a
provisional one is (`combine._DROPPED_STEP`); "bỏ phiếu" (to vote) is a step of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, last_days, refused

MARCH = "2026-03-01"

DROPPED = [
    "Từ ngày 1/7 và bỏ công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và lược bỏ công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và rút công bố kết quả ngày 20/7",
    "Kể từ ngày 1/7 và hủy công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và bỏ công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7, hoãn công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và không công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và chưa công bố kết quả ngày 20/7",
]


@pytest.mark.parametrize("phrase", DROPPED)
def test_a_dropped_step_after_a_start_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, ctx(MARCH))


# the same start with a step that stands, and "bỏ phiếu" (voting), read as a start and a
# milestone on the 20th, its only last day
STANDS = [
    "Từ ngày 1/7 và công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và bỏ phiếu ngày 20/7",
    "Kể từ ngày 1/7, nghiệm thu vào ngày 20/7",
]


@pytest.mark.parametrize("phrase", STANDS)
def test_a_step_that_stands_keeps_its_day(phrase: str) -> None:
    assert last_days(phrase, MARCH) == (date(2026, 7, 20),)

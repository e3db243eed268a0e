"""Session 53, the lead's fixes: each reading a user would otherwise get wrong, with the
neighbour that still reads."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused


@pytest.mark.parametrize(
    "phrase",
    ["Họp Thứ B Ba hằng tuần", "Giao ban Thứ S Sáu hàng tuần", "Trực Thứ H Hai hằng tuần"],
)
def test_a_weekly_meeting_on_a_weekday_with_a_doubled_initial_is_refused(phrase: str) -> None:
    # the doubled initial hid the weekday from the label's check: every week due on its
    # Sunday, while the meeting is on its Tuesday (famg53's report)
    refused(phrase, ctx("2026-03-01"))


def test_a_weekly_meeting_with_no_weekday_still_reads() -> None:
    assert read_days("Họp giao ban hằng tuần", "2026-03-01")[0] == "recurring"

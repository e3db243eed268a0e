"""Session 49, family M1 (helper misck1): refusals of assorted reasons. Read here: "trong
(các) ngày làm việc" before a window, the manner the window is kept in (on its working
days), no one day inside it; what stays refused beside it: a working day the words pick out
("đầu tiên", "cuối cùng", "tiếp theo", "thứ hai", "đó"), "vào ngày làm việc", a count of
working days, a negation, a cadence."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# q-khanhhoa-hlhpn-tuan-le-ao-dai-2024 (Hội LHPN Khánh Hòa's áo dài week, 2024; no issue day)
AO_DAI_ON_WORKING_DAYS = (
    "Phát động mặc áo dài trong các buổi sinh hoạt, tổ chức hoạt động, trong ngày làm việc phù "
    "hợp với điều kiện và đặc thù nghề nghiệp từ ngày 01/3 đến ngày 08/3/2024"
)


def test_a_window_kept_on_its_working_days_is_the_window() -> None:
    assert days(one(AO_DAI_ON_WORKING_DAYS)) == (W, date(2024, 3, 1), date(2024, 3, 8))


@pytest.mark.parametrize(
    "phrase",
    [
        "mặc áo dài trong ngày làm việc từ ngày 01/3 đến ngày 08/3/2024",
        "mặc áo dài trong các ngày làm việc từ ngày 01/3 đến ngày 08/3/2024",
        "Trực báo cáo trong ngày làm việc, từ ngày 01/3 đến hết ngày 08/3/2024",
    ],
)
def test_the_manner_in_other_words(phrase: str) -> None:
    assert days(one(phrase, ctx("2024-02-20"))) == (W, date(2024, 3, 1), date(2024, 3, 8))


@pytest.mark.parametrize(
    "phrase",
    [
        # one working day the words pick out: no window
        "mặc áo dài trong ngày làm việc đầu tiên từ ngày 01/3 đến ngày 08/3/2024",
        "mặc áo dài trong ngày làm việc cuối cùng từ ngày 01/3 đến ngày 08/3/2024",
        "nộp trong ngày làm việc kế tiếp, từ ngày 01/3 đến ngày 08/3/2024",
        "nộp trong ngày làm việc tiếp theo, từ ngày 01/3 đến ngày 08/3/2024",
        "trong ngày làm việc thứ hai từ ngày 01/3 đến ngày 08/3/2024",
        "trong ngày làm việc đó, từ ngày 01/3 đến ngày 08/3/2024",
        "trong ngày làm việc gần nhất từ ngày 01/3 đến ngày 08/3/2024",
        "vào ngày làm việc từ ngày 01/3 đến ngày 08/3/2024",  # on a working day: which?
        "trong 5 ngày làm việc từ ngày 01/3 đến ngày 08/3/2024",  # a count of days
        "không mặc áo dài trong ngày làm việc từ ngày 01/3 đến ngày 08/3/2024",  # a negation
        "hằng năm mặc áo dài trong ngày làm việc từ ngày 01/3 đến ngày 08/3",  # a cadence
        "trong ngày làm việc cuối tuần từ ngày 01/3 đến ngày 08/3/2024",
        "mặc áo dài trong ngày làm việc từ ngày 08/3 đến ngày 01/3/2024",  # backwards
    ],
)
def test_a_working_day_picked_out_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-02-20"))


@given(st.integers(1, 28), st.integers(1, 28), st.integers(1, 12))
def test_the_manner_keeps_the_window_as_printed(first: int, last: int, month: int) -> None:
    phrase = f"trong ngày làm việc từ ngày {first}/{month} đến ngày {last}/{month}/2027"
    if first <= last:
        reading = one(phrase, ctx("2026-12-01"))
        assert (reading.first, reading.last) == (date(2027, month, first), date(2027, month, last))
    else:
        refused(phrase, ctx("2026-12-01"))

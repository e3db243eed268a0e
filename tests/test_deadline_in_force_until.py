"""A text in force UNTIL a day is never read as in force FROM it (fresh21, session 29: "có
hiệu lực đến hết ngày 31/12/2026" read "có hiệu lực từ 31/12/2026; mốc bắt đầu", the meaning
reversed, because the step "có hiệu lực" after a day makes it a start). Its day is the force's
last, as under a column "Ngày hết hiệu lực" (tune-u) and as "Hiệu lực đến ngày D" read already;
"có hiệu lực (kể) từ ngày D" stays a start bound."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one
from kehoach.base.text import fold
from kehoach.dates.deadline import DeadlineKind

JAN_2026 = ctx("2026-01-10")
END = date(2026, 12, 31)


@pytest.mark.parametrize(
    "phrase",
    [
        "có hiệu lực đến hết ngày 31/12/2026",
        "Văn bản có hiệu lực đến ngày 31/12/2026",
        "Quyết định này có hiệu lực thi hành đến hết ngày 31/12/2026",
        "Hiệu lực đến ngày 31/12/2026",
    ],
)
def test_in_force_until_a_day_ends_on_it(phrase: str) -> None:
    for said in (phrase, fold(phrase)):
        reading = one(said, JAN_2026)
        assert reading.earliest is None
        assert (reading.kind, reading.last) == (DeadlineKind.DATE, END)


@pytest.mark.parametrize(
    "phrase", ["có hiệu lực từ ngày 01/01/2027", "Quyết định có hiệu lực kể từ ngày 01/01/2027"]
)
def test_in_force_from_a_day_stays_a_start(phrase: str) -> None:
    reading = one(phrase, JAN_2026)
    assert (reading.kind, reading.earliest, reading.last) == (
        DeadlineKind.ONGOING,
        date(2027, 1, 1),
        None,
    )

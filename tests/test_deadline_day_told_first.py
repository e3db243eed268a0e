"""A day alone opening a phrase, then a clause with its own step and time: "Ngày 15/3/2026,
lùi thời hạn nộp hồ sơ đến ngày 30/3/2026" read as two deadlines, 15/03 (the day the move
was told) and 30/03 (the lead's find, session 29; the form of the corpus's news openings,
"Ngày 25/12, Phó thủ tướng … đã đồng ý … nghỉ Tết Dương lịch … từ ngày 1 đến ngày 4/1/2026",
zk- and zs- press pages). The day alone is never a deadline of its own: the move's telling
when the clause moves a time, else refused (the telling or the clause's first day?)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.engine import parse
from kehoach.dates.reading import DeadlineKind

MARCH_2026 = ctx("2026-03-16")


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 15/3/2026, lùi thời hạn nộp hồ sơ đến ngày 30/3/2026",
        "Ngày 15/3/2026, UBND tỉnh gia hạn thời gian nộp hồ sơ đến ngày 30/3/2026",
        "Ngày 15/3/2026, dời lịch thi đến ngày 30/3/2026",
        "Sáng 15/3, UBND tỉnh điều chỉnh lịch thi sang ngày 30/3/2026",
    ],
)
def test_the_day_a_move_is_told_is_no_deadline(phrase: str) -> None:
    reading = one(phrase, MARCH_2026)
    assert days(reading) == (DeadlineKind.DATE, date(2026, 3, 30), date(2026, 3, 30))
    assert "ngày báo việc dời thời hạn" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # from 15/3, or told on 15/3? either way no deadline on 15/3
        "Ngày 15/3/2026, tiếp nhận hồ sơ đến ngày 30/3/2026",
        "Ngày 15/3/2026, Sở Nội vụ tổ chức thi tuyển công chức vào ngày 30/3/2026",
        # a damaged copy without its marks: "lui" may be no move, and is not trusted
        "Ngay 15/3/2026, lui thoi han nop ho so den ngay 30/3/2026",
    ],
)
def test_a_day_alone_before_another_time_is_refused(phrase: str) -> None:
    # refused, the reason naming the opening day (the phrase's own reason, which says more
    # where it has one: "trong tháng 10" after a news day, tests/test_deadline_forms_zg.py)
    assert "15/3/2026" in refused(phrase, MARCH_2026)


def test_days_listed_after_an_opening_day_still_read_as_several() -> None:
    readings = parse("Ngày 15/3/2026, ngày 20/3/2026", MARCH_2026)
    assert [days(r) for r in readings] == [
        (DeadlineKind.DATE, date(2026, 3, 15), date(2026, 3, 15)),
        (DeadlineKind.DATE, date(2026, 3, 20), date(2026, 3, 20)),
    ]


def test_a_move_without_its_new_day_stays_refused() -> None:
    assert "thời gian mới" in refused("Ngày 15/3/2026 lùi họp", MARCH_2026)

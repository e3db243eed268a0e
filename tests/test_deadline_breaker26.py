"""The damaged-copy hunt of session 34, and a schedule told replaced, by family (issue 11,
§1: never a silent wrong date).

A. A time told, then said changed in the same phrase with no new time ("…, nhưng nay đã thay
   đổi thời gian tổ chức", "…, đã được thay đổi thời gian và địa điểm", "… nay chuyển sang
   thời gian khác"): the time told is the one replaced, never due (`calledoff`). The page
   that showed it (y-tay-ninh-hoa-thanh-le-hoi-am-thuc-chay-2019) tells its first schedule in
   one sentence and the change in the next; the phrases here are invented, that family
   within one sentence, with their copies typed bare or short of a letter.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyvariants import signature, variants, wrong
from deadline_forms import ctx, last_days, refused

CHANGED = [
    "Theo kế hoạch, lễ hội tổ chức từ ngày 21 đến ngày 23/9/2018, nhưng nay đã thay đổi thời "
    "gian tổ chức",
    "Lễ hội tổ chức từ ngày 21 đến ngày 23/9/2018, đã được thay đổi thời gian và địa điểm",
    "Hội nghị ngày 15/3/2026 nay chuyển sang thời gian khác",
    "Hội thi dự kiến tổ chức ngày 10/3/2027, nay được đổi sang một thời điểm khác",
    "Lễ hội tổ chức từ ngày 21 đến ngày 23/9/2018, nay đã đổi lịch",
]


@pytest.mark.parametrize("phrase", CHANGED)
def test_a_time_said_changed_with_no_new_time_is_refused(phrase: str) -> None:
    assert "không nêu thời gian mới" in refused(phrase, ctx("2017-12-01"))


@pytest.mark.parametrize("phrase", CHANGED)
def test_its_damaged_copies_are_refused_too(phrase: str) -> None:
    context = ctx("2017-12-01")
    printed = signature(phrase, context)
    read = [text for _, text in variants(phrase) if wrong(printed, signature(text, context))]
    assert read == []


@pytest.mark.parametrize(
    ("phrase", "lasts"),
    [
        # the new time told reads, the old one is given up (convention 2)
        ("Hội nghị ngày 15/3/2027 nay chuyển sang ngày 20/3/2027", (date(2027, 3, 20),)),
        (
            "Lễ hội tổ chức từ ngày 21 đến ngày 23/9/2027, nay thay đổi thời gian sang ngày "
            "31/5/2028",
            (date(2028, 5, 31),),
        ),
        # a change asked for is a task with its day (one forbidden is refused since session
        # 44: a ban until a day is no deadline to do it, tests/test_lead44.py)
        (
            "Trước ngày 15/3/2027, báo cáo việc thay đổi thời gian làm việc",
            (date(2027, 3, 15),),
        ),
        # "đợi" (wait) is no "đổi"
        ("Trước ngày 15/3/2027, các hộ đã đợi ngày nhận hỗ trợ", (date(2027, 3, 15),)),
    ],
)
def test_the_neighbours_still_read(phrase: str, lasts: tuple[date, ...]) -> None:
    assert last_days(phrase) == lasts

"""Faults the fresh user of session 45 found in the trial merge, each a day read where the
phrase does not set it (issue 11: never a silent wrong date).

- A step negated after the day opening the phrase ("Ngày 28/2, Đoàn không tổ chức ra
  quân"), also after a clause of occasion: refused, as after "Chậm nhất ngày …" (session 44).
- "khai mạc 6/4" after "chưa", "lùi", "có thể": no day the sitting opens.
- "đêm 2/3/2025, rạng sáng 3/3/2025" in a plan of 2026, "đêm 2/5, rạng sáng 3/5" after 2/5:
  the night's span skipped the past-day checks the two days have.
- "thời gian còn lại của năm 2025" in a plan of 2024 ran from the plan's day.
- "Hội nghị tổng kết giải lần thứ 56 - 2025 … ngày 10/1": a look back read in the year it
  reviews.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused

JAN_2026 = ctx("2026-01-10")


@pytest.mark.parametrize(
    "phrase",
    [
        "Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, Đoàn không tổ chức ra quân",
        "Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, Đoàn Thanh niên chưa tổ chức ra quân",
        "Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, các đơn vị không được tổ chức ra quân",
        "Ngày 28/2, Đoàn không tổ chức ra quân",
    ],
)
def test_a_step_negated_after_the_opening_day_is_refused(phrase: str) -> None:
    refused(phrase, JAN_2026)  # after a clause of occasion, the whole phrase's reason shows
    assert "phủ định" in refused("Ngày 28/2, Đoàn không tổ chức ra quân", JAN_2026)


def test_the_same_steps_not_negated_still_read() -> None:
    for phrase in (
        "Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, tuổi trẻ xã triển khai ra quân",
        "Ngày 28/2, Cảng hàng không tổ chức diễn tập",  # "hàng không": aviation
    ):
        assert days(one(phrase, JAN_2026))[2] == date(2026, 2, 28)


@pytest.mark.parametrize("verb", ["chưa", "lùi", "có thể", "khó"])
def test_khai_mac_after_a_word_that_moves_or_doubts_it_is_no_day(verb: str) -> None:
    refused(f"Kỳ họp {verb} khai mạc 6/4", JAN_2026)
    refused("Kỳ họp dời ngày khai mạc 6/4", JAN_2026)


def test_khai_mac_as_planned_still_reads() -> None:
    for phrase in ("Kỳ họp khai mạc 6/4", "Hội nghị dự kiến khai mạc 6/4"):
        assert days(one(phrase, JAN_2026))[2] == date(2026, 4, 6)


def test_a_night_before_the_plans_day_keeps_the_past_day_refusals() -> None:
    assert "viết nhầm năm" in refused("đêm 2/3/2025, rạng sáng 3/3/2025", JAN_2026)
    assert "đã qua" in refused("đêm 2/5, rạng sáng 3/5", ctx("2026-05-10"))
    assert days(one("đêm 2/3, rạng sáng 3/3", JAN_2026))[1:] == (
        date(2026, 3, 2),
        date(2026, 3, 3),
    )


def test_the_rest_of_a_year_not_begun_is_refused() -> None:
    for phrase in ("thời gian còn lại của năm 2025", "trong các tháng còn lại của năm 2025"):
        assert "trước khi năm 2025 bắt đầu" in refused(phrase, ctx("2024-05-10"))
        assert days(one(phrase, ctx("2025-03-01")))[1] == date(2025, 3, 1)


def test_a_look_back_at_an_edition_is_not_read_in_its_year() -> None:
    jan_2025 = ctx("2025-01-05")
    refused("Hội nghị tổng kết giải lần thứ 56 - 2025 sẽ được tổ chức vào ngày 10/1", jan_2025)
    refused("Hội nghị tổng kết năm 2025 khai mạc 10/1", jan_2025)
    race = "giải Việt dã toàn quốc lần thứ 56 - 2025 sẽ được tổ chức vào ngày 23/3"
    assert days(one(race, jan_2025))[2] == date(2025, 3, 23)

"""Session 27, helper tidy19: one rule in one place. An anniversary's count of years, before
or after the time, names the occasion and no date (`label._ANNIVERSARY`, one pattern where
there were three); a number after it is a time again and stays checked. Phrases are real
(corpus files named) or their forms with another count."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines

# --- an anniversary's count is no date -------------------------------------------------------

ISSUED = Context(issued=date(2025, 1, 5))


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        # before the time, kept (zk-baobackan) and greeted (zk-thanhnien-phong-trao-thi-dua-
        # cong-doan-2026), the day's name after the count
        (
            "Tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên trước ngày "
            "30/6/2025",
            date(2025, 6, 30),
        ),
        (
            "Thi đua chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam, hoàn thành trước ngày "
            "28/7/2026",
            date(2026, 7, 28),
        ),
        # "kỷ niệm" before the occasion's name, no count
        ("Báo cáo kỷ niệm ngày thành lập tỉnh trước ngày 30/6/2025", date(2025, 6, 30)),
        # after the time (zj- of the corpus: Báo Thanh Hóa, 2025), kept and greeted
        (
            "Tổ chức lễ mít tinh vào ngày 19/12/2025, đúng kỷ niệm 79 năm Ngày Toàn quốc kháng "
            "chiến",
            date(2025, 12, 19),
        ),
        ("Tổ chức lễ vào ngày 2/9/2025 chào mừng 80 năm Quốc khánh", date(2025, 9, 2)),
    ],
)
def test_an_anniversarys_count_names_the_occasion(phrase: str, due: date) -> None:
    (found,) = parse_deadlines(phrase, ISSUED)
    assert found.last == due


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a day after the count is a time, never the occasion's name
        ("Tổ chức lễ mít tinh vào ngày 19/12/2025, kỷ niệm 79 năm ngày 19/12", "một ngày khác"),
        # ... and so is a year
        ("Báo cáo kỷ niệm 5 năm 2020 trước ngày 30/6/2025", "số “5”"),
    ],
)
def test_a_number_after_an_anniversarys_count_is_still_checked(phrase: str, why: str) -> None:
    with pytest.raises(DeadlineError, match=why):
        parse_deadlines(phrase, ISSUED)

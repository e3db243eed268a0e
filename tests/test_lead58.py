"""Session 58, the lead's fixes (issue 11 §1: never a silent wrong date).

- a figure of a year gone by, its subject first ("Tỷ lệ hộ nghèo năm 2019 là 5%" in a plan of
  2026, found by session 57's fresh tester: read as a window over 2019), is a result, as
  "Năm 2019, tỷ lệ hộ nghèo là 5%" is (corpus convention 4); a year ahead stays a target;
- a time closed by what it hangs on, "tùy điều kiện" as "tùy tình hình" was, with a comma or
  right after the time ("Hoàn thành trước 30/6/2026 tùy điều kiện": read as firm, labelled
  "tùy điều kiện"; session 57's testers);
- what should have been ("Đáng lẽ", "Đáng lý", "Đúng ra", as "Lẽ ra" was) and a stressed
  "not until" ("Phải/Mãi/Chỉ đến ngày D mới …", any verb) are no deadline (session 58's
  fresh tester: each read as due that day).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

PLAN_2026 = ctx("2026-03-01")


@pytest.mark.parametrize(
    "phrase",
    [
        "Tỷ lệ hộ nghèo năm 2019 là 5%",
        "Tỷ lệ hộ nghèo năm 2025 còn 2%",
        "Tỷ lệ tiêm chủng năm 2024 đạt 95%",
        "Kim ngạch xuất khẩu năm 2024 tăng 10%",
        "Tổng thu ngân sách năm 2025 là 5.000 tỷ đồng",
        "Số hộ nghèo năm 2025 giảm 500 hộ",
        "Ty le ho ngheo nam 2019 la 5%",
    ],
)
def test_a_figure_of_a_year_gone_by_is_no_deadline(phrase: str) -> None:
    assert "đã qua" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("Tỷ lệ che phủ rừng năm 2030 đạt 42%", "2030"),
        ("Tỷ lệ hộ nghèo năm 2026 là 3%", "2026"),
        # an aim before the year keeps it a target's, whatever the year
        ("Phấn đấu tỷ lệ che phủ rừng năm 2025 đạt 42%", "2025"),
        ("Mục tiêu tỷ lệ hộ nghèo năm 2025 còn 2%", "2025"),
    ],
)
def test_a_year_ahead_or_aimed_at_stays_a_target(phrase: str, year: str) -> None:
    assert read_days(phrase, "2026-03-01") == (
        DeadlineKind.WINDOW,
        f"{year}-01-01",
        f"{year}-12-31",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Hoàn thành trước 30/6/2026 tùy điều kiện",
        "Hoàn thành trước 30/6/2026, tùy điều kiện",
        "Triển khai từ 1/9 đến 30/11/2026, tùy điều kiện",
        "Hoàn thành trước 30/6/2026 tùy tình hình thực tế",
        "Hoàn thành trong quý III/2026 tùy tình hình",
        "Hoàn thành trước 30/6/2026 tùy theo điều kiện cụ thể",
        "Hoan thanh truoc 30/6/2026 tuy dieu kien",
    ],
)
def test_a_time_that_hangs_on_the_situation_is_no_deadline(phrase: str) -> None:
    assert "tuỳ tình hình" in refused(phrase, PLAN_2026)


def test_another_step_that_hangs_on_the_situation_keeps_the_first_steps_day() -> None:
    # "tùy điều kiện" closes the second step, which has no day; the plan's is the first's
    assert read_days(
        "Xây dựng kế hoạch trước 30/6/2026 và triển khai tùy điều kiện", "2026-03-01"
    ) == (DeadlineKind.DATE, "2026-06-30", "2026-06-30")


@pytest.mark.parametrize(
    "phrase",
    [
        "Đáng lẽ hoàn thành ngày 30/4/2026",
        "Đúng ra phải xong trước 30/4/2026",
        "Đáng lý phải hoàn thành trước 30/4/2026",
        "Đáng lẽ ra phải nộp trước 30/4/2026",
    ],
)
def test_what_should_have_been_is_no_deadline(phrase: str) -> None:
    assert "đã đổi" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "Phải đến ngày 15/5/2026 mới thu hoạch",
        "Phải đến ngày 15/5/2026 mới có kết quả",
        "Mãi đến ngày 15/5/2026 mới hoàn thành",
        "Chỉ đến 15/5/2026 mới nhận hồ sơ",
    ],
)
def test_a_stressed_not_until_is_no_deadline(phrase: str) -> None:
    assert "mốc sớm nhất" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Đúng hạn trước 30/4/2026", "2026-04-30"),
        ("Phải hoàn thành đến ngày 15/5/2026", "2026-05-15"),
        # the day school resumes is that day's event, no "phải" stressing a wait
        ("Đến ngày 2/3/2026 mới đi học trở lại", "2026-03-02"),
    ],
)
def test_their_neighbours_keep_their_day(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.DATE, day, day)

"""Session 58, the lead's fixes (issue 11 §1: never a silent wrong date).

- a figure of a period gone by, its subject first ("Tỷ lệ hộ nghèo năm 2019 là 5%" in a plan of
  2026, found by session 57's fresh tester: read as a window over 2019), is a result, as
  "Năm 2019, tỷ lệ hộ nghèo là 5%" is (corpus convention 4); a year ahead stays a target;
- a time closed by what it hangs on, "tùy điều kiện" as "tùy tình hình" was, with a comma or
  right after the time ("Hoàn thành trước 30/6/2026 tùy điều kiện": read as firm, labelled
  "tùy điều kiện"; session 57's testers);
- what should have been ("Đáng lẽ", "Đáng lý", "Đúng ra", as "Lẽ ra" was) and a stressed
  "not until" ("Phải/Mãi/Chỉ đến ngày D mới …", any verb) are no deadline (session 58's
  fresh tester: each read as due that day);
- a step named as its deadline opening the phrase reads its day with no "trước": "Hạn nộp
  15/5/2026", "Hạn nộp hồ sơ 15/5/2026" (refused on main, where "Hạn nộp: 15/5/2026" read).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
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
        # a month, a quarter, a half year gone by (session 58's fresh tester)
        "Tỷ lệ giải ngân tháng 1/2026 đạt 20%",
        "Tỷ lệ giải ngân quý IV/2025 đạt 90%",
        "Tỷ lệ giải ngân 6 tháng đầu năm 2025 đạt 40%",
        "Tỷ lệ hồ sơ trực tuyến năm 2025 đạt 80%",
        "Tốc độ tăng trưởng GRDP năm 2025 ước đạt 8,5%",
    ],
)
def test_a_figure_of_a_year_gone_by_is_no_deadline(phrase: str) -> None:
    assert "đã qua" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Tỷ lệ che phủ rừng năm 2030 đạt 42%", "2030-01-01", "2030-12-31"),
        ("Tỷ lệ hộ nghèo năm 2026 là 3%", "2026-01-01", "2026-12-31"),
        ("Tỷ lệ giải ngân tháng 3/2026 đạt 20%", "2026-03-01", "2026-03-31"),
        # an aim before the period keeps it a target's, whatever the period
        ("Phấn đấu tỷ lệ che phủ rừng năm 2025 đạt 42%", "2025-01-01", "2025-12-31"),
        ("Mục tiêu tỷ lệ hộ nghèo năm 2025 còn 2%", "2025-01-01", "2025-12-31"),
    ],
)
def test_a_period_running_ahead_or_aimed_at_stays_a_target(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.WINDOW, first, last)


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


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Hạn nộp 15/5/2026", "Hạn nộp"),
        ("Hạn cuối 15/5/2026", "Hạn cuối"),
        ("Hạn nộp hồ sơ 15/5/2026", "Hạn nộp hồ sơ"),
        ("Hạn gửi báo cáo 15/5/2026", "Hạn gửi báo cáo"),
        ("Hạn đăng ký 15/5/2026", "Hạn đăng ký"),
        ("Han nop 15/5/2026", "Han nop"),
    ],
)
def test_a_step_named_as_its_deadline_reads_its_day(phrase: str, label: str) -> None:
    reading = one(phrase, PLAN_2026)
    assert (reading.kind, str(reading.last), reading.label) == (
        DeadlineKind.DATE,
        "2026-05-15",
        label,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Gia hạn nộp 15/5/2026",  # an extension: what it extends is not said
        "Hết hạn nộp 15/5/2026",
        "Hạn nộp cũ 15/5/2026",
        "Hạn nộp hồ sơ lùi sang 15/5/2026",
        "Hạn nộp hồ sơ được gia hạn 15/5/2026",
        "Hạn nộp hồ sơ hoãn 15/5/2026",
        "Hạn nộp hồ sơ khoảng 15/5/2026",
        "Hạn nộp hồ sơ sau 15/5/2026",
        "Hạn nộp không phải 15/5/2026",
        "Hạn nộp đã qua 15/5/2026",
    ],
)
def test_a_deadline_named_and_changed_is_still_refused(phrase: str) -> None:
    refused(phrase, PLAN_2026)

"""Session 58, the lead's fixes (issue 11 §1: never a silent wrong date).

- a figure of a period gone by, its subject first ("Tỷ lệ hộ nghèo năm 2019 là 5%",
  "Tỷ lệ giải ngân tháng 1/2026 đạt 20%" in a plan of 03/2026, found by session 57's and
  58's fresh testers: read as a window over that period), is a result, as "Năm 2019, tỷ lệ
  hộ nghèo là 5%" is (corpus convention 4); a period running or ahead stays a target, and a
  deadline named so ("Thời hạn quyết toán năm 2025 là 31/1/2026") keeps its day;
- what should have been ("Đáng lẽ", "Đáng lý", "Đáng ra", as "Lẽ ra" was; never "nói đúng
  ra", strictly speaking, nor the "lý ra" of "xử lý ra quyết định") and a stressed "not until" ("Phải/Mãi/Chỉ đến ngày D mới
  …", any verb but the end it names) are no deadline (session 58's fresh tester: each read as
  due that day).
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
def test_a_figure_of_a_period_gone_by_is_no_deadline(phrase: str) -> None:
    assert "đã qua" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        ("Tỷ lệ che phủ rừng năm 2030 đạt 42%", DeadlineKind.WINDOW, "2030-01-01", "2030-12-31"),
        ("Tỷ lệ hộ nghèo năm 2026 là 3%", DeadlineKind.WINDOW, "2026-01-01", "2026-12-31"),
        ("Tỷ lệ giải ngân tháng 3/2026 đạt 20%", DeadlineKind.WINDOW, "2026-03-01", "2026-03-31"),
        # an aim before the period keeps it a target's, whatever the period
        (
            "Phấn đấu tỷ lệ che phủ rừng năm 2025 đạt 42%",
            DeadlineKind.WINDOW,
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "Mục tiêu tỷ lệ hộ nghèo năm 2025 còn 2%",
            DeadlineKind.WINDOW,
            "2025-01-01",
            "2025-12-31",
        ),
        # a day after "là" is the deadline the words name, never a figure (the merge's tester)
        (
            "Hạn nộp hồ sơ quyết toán năm 2025 là 31/1/2026",
            DeadlineKind.DATE,
            "2026-01-31",
            "2026-01-31",
        ),
        (
            "Thời hạn quyết toán năm 2025 là 31/1/2026",
            DeadlineKind.DATE,
            "2026-01-31",
            "2026-01-31",
        ),
    ],
)
def test_a_period_running_ahead_aimed_at_or_a_deadline_keeps_its_reading(
    phrase: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, "2026-03-01") == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Đáng lẽ hoàn thành ngày 30/4/2026",
        "Đáng lý phải hoàn thành trước 30/4/2026",
        "Đáng lẽ ra phải nộp trước 30/4/2026",
        "Đáng ra phải xong trước 30/4/2026",
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
        "Mãi cho đến ngày 15/5/2026 mới thu hoạch",
        "Chỉ đến 15/5/2026 mới nhận hồ sơ",
    ],
)
def test_a_stressed_not_until_is_no_deadline(phrase: str) -> None:
    assert "mốc sớm nhất" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Đúng hạn trước 30/4/2026", "2026-04-30"),
        ("Nói đúng ra, hạn nộp là 30/4/2026", "2026-04-30"),  # strictly speaking
        ("Xử lý ra quyết định xử phạt trước ngày 15/5/2026", "2026-05-15"),
        ("Ban Quản lý ra thông báo trước ngày 15/5/2026", "2026-05-15"),
        ("Phải hoàn thành đến ngày 15/5/2026", "2026-05-15"),
        ("Phải đến ngày 15/5/2026 mới hết hạn", "2026-05-15"),  # the end named: due then
        # the day school resumes is that day's event, no "phải" stressing a wait
        ("Đến ngày 2/3/2026 mới đi học trở lại", "2026-03-02"),
    ],
)
def test_their_neighbours_keep_their_day(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.DATE, day, day)


# Session 59's breaker: the verbs of a result the list above missed ("giảm xuống còn", "vượt",
# "chiếm", "tăng trưởng", "xếp thứ", "đạt gần"), a colon after the period, and "đầu tư" (invest)
# in the subject, whose folded "tu" is no "từ": each read as a window over the year gone by.
@pytest.mark.parametrize(
    "phrase",
    [
        "Tỷ lệ hộ nghèo năm 2025 giảm xuống còn 1,5%",
        "Thu ngân sách năm 2025 vượt 15% dự toán",
        "Tỷ trọng công nghiệp năm 2025 chiếm 40% GRDP",
        "Vốn đầu tư năm 2025 đạt gần 50.000 tỷ",
        "Kết quả năm 2025: đạt 80%",
        "GRDP năm 2025 tăng trưởng 8%",
        "Chỉ số PCI năm 2025 xếp thứ 10",
    ],
)
def test_more_results_of_a_period_gone_by_are_no_deadline(phrase: str) -> None:
    assert "kỳ đã qua" in refused(phrase, PLAN_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tỷ lệ hộ nghèo năm 2030 giảm xuống còn 1%",  # a target ahead
        "Thu ngân sách năm 2026 vượt 15% dự toán",  # the plan's own year
        "Phấn đấu thu ngân sách năm 2026 vượt 15% dự toán",
    ],
)
def test_results_of_a_period_ahead_are_targets(phrase: str) -> None:
    assert one(phrase, PLAN_2026).kind is DeadlineKind.WINDOW

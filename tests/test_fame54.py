"""Session 54, family E (helper fame54): the long tail of corpus phrases refused for the words
around their time part. Each form read here is one a careful reader writes down the same
way, with its neighbours that must stay refused (issue 11: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE


# --- "theo đúng tiến độ" after the time part: on schedule, as "đúng tiến độ" ---------------


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        # zf-trannhantong-haiphong-nhiem-vu-nq57-2026 (the Nghị quyết 57 tasks, 2026)
        (
            "a) Người đứng đầu các cơ quan Trung ương và địa phương tập trung chỉ đạo quyết liệt, "
            "ưu tiên bố trí đầy đủ, kịp thời nguồn lực để hoàn thành các nhiệm vụ trong năm 2026 "
            "theo đúng tiến độ",
            (W, "2026-01-01", "2026-12-31"),
        ),
        (
            "hoàn thành các nhiệm vụ trước ngày 30/6/2026 theo đúng tiến độ",
            (D, "2026-06-30", "2026-06-30"),
        ),
        ("hoàn thành trong tháng 6/2026 theo đúng tiến độ.", (W, "2026-06-01", "2026-06-30")),
        ("hoàn thành trong năm 2026 theo đúng tiến độ được giao", (W, "2026-01-01", "2026-12-31")),
    ],
)
def test_on_schedule_after_the_time_moves_no_day(phrase: str, want: tuple[object, ...]) -> None:
    """Refused before ("từ “theo” đứng sau thời hạn …") while "đúng tiến độ" alone read."""
    assert read_days(phrase, "2026-01-05") == want


@pytest.mark.parametrize(
    "phrase",
    [
        "hoàn thành trong năm 2026 theo đúng tiến độ của Bộ",  # whose schedule: its own days
        "hoàn thành trong năm 2026 theo tiến độ",  # no "đúng": a schedule that may set a day
        "hoàn thành trong năm 2026 theo đúng tiến độ đã được phê duyệt",
        "hoàn thành trong năm 2026 theo đúng tiến độ, trước ngày 15/3/2027",  # a second time
        "hoàn thành trong năm 2026 theo đúng tiến độ năm 2027",
        "hoàn thành trong năm 2026 theo đúng tiến độ, nếu đủ vốn",  # a condition after
        "không hoàn thành trong năm 2026 theo đúng tiến độ",  # negated
        "đã hoàn thành trong năm 2026 theo đúng tiến độ",  # told done
        "hoàn thành các nhiệm vụ trong năm 2026 theo đúng tiến độ, chưa xong",
        "hoan thanh trong nam 2026 theo dung tien do",  # typed bare: never further
    ],
)
def test_on_schedule_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase)

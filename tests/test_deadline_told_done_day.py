"""A work told done with its day is a past event, not a deadline (issue 11 §1; corpus README
convention 1): "Dự án đã thông xe vào ngày 19/12/2025", "Các trường đã cho học sinh nghỉ học
ngày 30/9" read as due days on main (found by wide-eight, session 34), while the same told in
its month or year ("đã được tặng quà trong tháng 6-2025") was refused. A decision told done
names a day still ahead ("đã ấn định vào ngày 15/3/2026", "đã đề xuất lịch thi vào ngày 1-2/6",
z-znews) and keeps its reading; so does work still to come ("sẽ", "dự kiến", "trước ngày")."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused


@pytest.mark.parametrize(
    "phrase",
    [
        "Dự án đã thông xe vào ngày 19/12/2025",
        "Các trường đã cho học sinh nghỉ học ngày 30/9.",
        "Đoàn kiểm tra đã làm việc với UBND xã vào sáng ngày 12/3/2026",
        "Hội nghị đã được khai mạc ngày 5-1-2026",
        "Công trình đã được nghiệm thu hồi 15/11/2025",
    ],
)
def test_a_work_told_done_on_its_day_is_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2026-01-20"))


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("Ngày bầu cử đã được ấn định vào ngày 15/3/2026", ("2026-03-15", "2026-03-15")),
        ("Sở GD&ĐT đã đề xuất lịch thi vào ngày 1-2/6", ("2026-06-01", "2026-06-02")),
        ("Sở đã cho phép học sinh nghỉ học ngày 30/9", ("2026-09-30", "2026-09-30")),
        ("Dự án sẽ thông xe vào ngày 19/12/2026", ("2026-12-19", "2026-12-19")),
    ],
)
def test_a_decision_told_done_or_a_work_to_come_keeps_its_day(
    phrase: str, days: tuple[str, str]
) -> None:
    assert read_days(phrase, "2026-01-20")[1:] == days

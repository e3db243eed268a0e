"""What a new user (fresh42b) found wrong in the helpers' new readings of session 42,
before they landed: each was read with exit 0 where main refused it."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines

KTNN = (
    "Quyết định số 01/2022/QĐ-KTNN ngày 18 tháng 3 năm 2022 của Tổng Kiểm toán nhà nước ban "
    "hành Quy định trình tự lập, thẩm định, xét duyệt và phát hành Báo cáo kiểm toán của Kiểm "
    "toán nhà nước, có hiệu lực kể từ ngày 02 tháng 5"
)


@pytest.mark.parametrize(
    "phrase",
    [
        KTNN,  # read 02/05/2024, the page's year: the decision of 2022 took effect in 2022
        KTNN + " năm 2021",  # before the decision was signed
        "Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ ban hành Quy định xử phạt vi "
        "phạm hành chính, có hiệu lực kể từ ngày 15/4",
    ],
)
def test_a_document_takes_effect_on_a_day_with_its_year_not_before_it_was_signed(
    phrase: str,
) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=date(2024, 10, 28)))


def test_a_document_taking_effect_after_it_was_signed_reads() -> None:
    (read,) = parse_deadlines(KTNN + " năm 2022", Context(issued=date(2024, 10, 28)))
    assert read.earliest == date(2022, 5, 2)


MEETING = (
    "Hội nghị toàn quốc tổng kết công tác xây dựng Đảng năm 2025 và triển khai nhiệm vụ năm "
    "2026 diễn ra sáng {day} tại Trụ sở Trung ương Đảng"
)


def test_a_meeting_reviewing_2025_is_not_read_on_a_day_printed_in_december_2026() -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(MEETING.format(day="8/12/2026"), Context(issued=date(2025, 12, 1)))


def test_the_meetings_day_its_page_pins_still_reads() -> None:
    (read,) = parse_deadlines(MEETING.format(day="8/12"), Context(issued=date(2025, 12, 8)))
    assert read.last == date(2025, 12, 8)


def test_a_yearly_rule_from_a_year_under_a_condition_is_refused() -> None:
    """misce2's "Từ năm Y, … ít nhất mỗi năm 1 lần" read "nếu đủ nguồn lực" away."""
    said = "Từ năm 2026, {}người dân được khám sức khỏe ít nhất mỗi năm 1 lần"
    with pytest.raises(DeadlineError, match="nếu"):
        parse_deadlines(said.format("nếu đủ nguồn lực, "), Context(issued=date(2025, 9, 16)))
    (rule,) = parse_deadlines(said.format(""), Context(issued=date(2025, 9, 16)))
    assert rule.earliest == date(2026, 1, 1)

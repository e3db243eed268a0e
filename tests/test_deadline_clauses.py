"""Forms read after the c- corpus files became tuning data, each with its real phrase and the
dangerous variants beside it refused (issue 11: never a silent wrong date).

- a yearly or monthly rule, then a clause after its comma: the step ("Chậm nhất vào ngày 30
  tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …", Luật Thanh tra 2022, Điều 44) or an
  exception ("…, trừ trường hợp Thanh tra Chính phủ có hướng dẫn khác", QĐ 575/QĐ-TTCP);
- the monthly tax return (Luật Quản lý thuế 2019, Điều 44): "ngày thứ 20 của tháng tiếp
  theo tháng phát sinh nghĩa vụ thuế";
- a count whose anchor stands in parentheses: "trong thời hạn 10 ngày làm việc (kể từ ngày
  đăng tin)";
- "hoàn thành vào dịp 30/4/2025": the day of the occasion.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    parse_deadlines,
)

PLAN = Context(issued=date(2025, 3, 5))

INSPECTION_PLAN = (
    "Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình Thủ tướng "
    "Chính phủ phê duyệt Định hướng chương trình thanh tra của năm sau"
)


@pytest.mark.parametrize(
    ("phrase", "rrule", "step"),
    [
        (
            INSPECTION_PLAN,
            "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=30",
            "Tổng Thanh tra Chính phủ trình Thủ tướng Chính phủ phê duyệt Định hướng "
            "chương trình thanh tra của năm sau",
        ),
        (
            "Chậm nhất vào ngày 20 tháng 12 hằng năm, Chủ tịch Ủy ban nhân dân cấp tỉnh có "
            "trách nhiệm ban hành kế hoạch thanh tra của tỉnh",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20",
            "Chủ tịch Ủy ban nhân dân cấp tỉnh có trách nhiệm ban hành kế hoạch thanh tra của tỉnh",
        ),
        (
            "Chậm nhất ngày 20 hằng tháng, Sở Tài chính tổng hợp",
            "FREQ=MONTHLY;BYMONTHDAY=20",
            "Sở Tài chính tổng hợp",
        ),
    ],
)
def test_the_clause_after_a_rule_is_its_step(phrase: str, rrule: str, step: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.kind, reading.rrule, reading.label) == (DeadlineKind.RECURRING, rrule, step)


def test_an_exception_after_a_rule_is_kept_as_its_gloss() -> None:
    (reading,) = parse_deadlines(
        "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, trừ trường hợp Thanh tra Chính phủ có "
        "hướng dẫn khác",
        PLAN,
    )
    assert (reading.kind, reading.rrule, reading.label) == (
        DeadlineKind.RECURRING,
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25",
        "gửi hồ sơ",
    )
    assert reading.gloss == "trừ trường hợp Thanh tra Chính phủ có hướng dẫn khác"


@pytest.mark.parametrize(
    "phrase",
    [
        # a day, a month or a second deadline in the clause would move the rule's day
        "Chậm nhất vào ngày 30 tháng 9 hàng năm, trình trước ngày 15/10",
        "Chậm nhất vào ngày 30 tháng 9 hàng năm, báo cáo tháng 10",
        "Chậm nhất vào ngày 30 tháng 9 hàng năm, trình vào năm sau",
        "Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra trình hoặc gửi sau Tết",
        "Trước ngày 15/12 hằng năm, tổng kết vào dịp Tết",
        "Chậm nhất vào ngày 15 tháng 10 hàng năm, phê duyệt định kỳ",
        "Chậm nhất vào ngày 15 tháng 10 hàng năm, định hướng sau năm sau",
        "Chậm nhất ngày 30/9 hằng năm, Tổng Thanh tra trình kế hoạch thanh tra năm",
        # words before the rule name it: a clause after it is not read as a second step
        "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, Thanh tra Chính phủ tổng hợp",
        # an exception that itself names a time
        "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, trừ trường hợp có hướng dẫn khác "
        "trước ngày 10/12",
        "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, trừ trường hợp kéo dài sang năm sau",
        "gửi hồ sơ trước ngày 25 tháng 12 hàng năm, trừ khi",
    ],
)
def test_a_clause_that_could_move_the_day_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, PLAN)


TAX_MONTH = (
    "Tờ khai tháng: chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế"
)


@pytest.mark.parametrize("phrase", [TAX_MONTH, "chậm nhất là ngày thứ 20 của tháng tiếp theo"])
def test_the_monthly_tax_return_is_due_on_the_20th_of_each_month(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.kind, reading.rrule) == (DeadlineKind.RECURRING, "FREQ=MONTHLY;BYMONTHDAY=20")


@pytest.mark.parametrize(
    "phrase",
    [
        "chậm nhất là ngày thứ 2 của tháng tiếp theo",  # "thứ 2" is also Monday
        "chậm nhất là ngày thứ 20 của tháng tiếp theo quý phát sinh nghĩa vụ thuế",
        "Tờ khai tháng: chậm nhất là ngày 20 tháng cuối quý",  # a monthly form, a quarterly day
        "Tờ khai quý: chậm nhất là ngày thứ 20 của tháng tiếp theo",
        "Tờ khai tháng: chậm nhất là ngày thứ 40 của tháng tiếp theo",
        TAX_MONTH + " hoặc ngày 25",
    ],
)
def test_a_tax_day_that_does_not_agree_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, PLAN)


def test_an_anchor_in_parentheses_reads_as_written_without_them() -> None:
    (reading,) = parse_deadlines("trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin)", PLAN)
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (
        reading.relative.offset,
        reading.relative.working_days,
        reading.relative.direction,
        reading.relative.anchor,
    ) == (10, True, "after", "ngày đăng tin")


@pytest.mark.parametrize(
    "phrase",
    [
        "trong thời hạn 10 ngày làm việc (kể từ ngày 5/3)",  # a day in the anchor: unread
        "trong thời hạn 10 ngày (hoặc 15 ngày kể từ ngày ký)",
        "10 ngày (kể từ ngày ký) hoặc 20 ngày",
    ],
)
def test_an_anchor_in_parentheses_with_more_in_it_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, PLAN)


def test_the_day_of_an_occasion_is_that_day() -> None:
    (reading,) = parse_deadlines("cơ bản đáp ứng tiến độ hoàn thành vào dịp 30/4/2025", PLAN)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.DATE,
        date(2025, 4, 30),
        date(2025, 4, 30),
    )
    assert reading.label == "cơ bản đáp ứng tiến độ"


@pytest.mark.parametrize(
    "phrase",
    [
        "hoàn thành vào dịp Tết 2025",  # a feast, not a day of the calendar
        "hoàn thành vào dịp 30/4 hoặc 2/9/2025",
        "hoàn thành trước dịp 30/4/2025",  # before the occasion: which day is not said
    ],
)
def test_an_occasion_that_names_no_one_day_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, PLAN)

"""Session 44, family N (helper ng): phrases refused as not recognised at all, read here
when a form the grammar had no rule for is the only thing in the way (issue 11: never a
silent wrong date; the neighbours a careful reader would refuse stay refused)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines
from kehoach.dates.reading import rrule_text

D = DeadlineKind.DATE
R = DeadlineKind.RECURRING
STANDING = Context(standing=True)


def _rules(phrase: str, context: Context = STANDING) -> list[str]:
    """The RRULE of each of `phrase`'s readings, which must all recur."""
    rules = []
    for one in parse_deadlines(phrase, context):
        assert one.kind is R and one.recurrence is not None
        rules.append(rrule_text(one.recurrence))
    return rules


# --- a rule whose day opens it, its step, then the exception closing it (`steps`) ----------

# tests/corpus/y-123docz-luat-nsnn-thoi-gian-quyet-dinh-du-toan.yaml (Luật Ngân sách nhà nước
# 2015, Điều 49, a standing rule)
BUDGET_ALLOCATED = (
    "8. Trước ngày 31 tháng 12, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, cơ quan "
    "khác ở trung ương, Uỷ ban nhân dân các cấp ở địa phương phải hoàn thành việc giao dự toán "
    "ngân sách cho từng cơ quan, đơn vị trực thuộc và Ủy ban nhân dân cấp dưới, trừ trường hợp "
    "quy định tại Điều 47 Luật này"
)
_RULE_STEP = "Trước ngày 31 tháng 12, các bộ phải hoàn thành việc giao dự toán ngân sách"
_ONE_OFF_STEP = "Chậm nhất ngày 2/6, tổ bầu cử niêm yết danh sách cử tri"


def test_an_exception_after_the_step_leaves_the_yearly_day() -> None:
    assert _rules(BUDGET_ALLOCATED) == ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]
    (one,) = parse_deadlines(BUDGET_ALLOCATED, STANDING)
    assert one.label is not None and "trừ trường hợp quy định tại Điều 47" in one.label


@pytest.mark.parametrize(
    "exception",
    ["trừ trường hợp có quy định khác", "trừ khi Bộ Tài chính có hướng dẫn khác"],
)
def test_an_exception_of_words_after_the_step_leaves_the_day(exception: str) -> None:
    assert _rules(f"{_RULE_STEP}, {exception}") == ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]
    one_off = parse_deadlines(f"{_ONE_OFF_STEP}, {exception}", ctx("2025-05-01"))
    assert [days(one) for one in one_off] == [(D, date(2025, 6, 2), date(2025, 6, 2))]


@pytest.mark.parametrize(
    "exception",
    [
        "trừ trường hợp kéo dài sang năm sau",  # the case moves the work into another year
        "trừ trường hợp được gia hạn đến ngày 15/1",  # a second day: which one is due?
        "trừ trường hợp nộp chậm 10 ngày",  # a count of days that moves the day
        "trừ trường hợp quy định tại Điều 47 Luật này, trừ khi có hướng dẫn khác",  # two
    ],
)
def test_an_exception_that_could_move_the_day_stays_refused(exception: str) -> None:
    refused(f"{_RULE_STEP}, {exception}", STANDING)
    refused(f"{_ONE_OFF_STEP}, {exception}", ctx("2025-05-01"))


def test_a_condition_before_the_step_stays_refused() -> None:
    # refusal neighbour: "nếu cần" makes the step itself a condition's
    refused(
        "Trước ngày 31 tháng 12, nếu cần các bộ giao dự toán ngân sách, trừ trường hợp có quy "
        "định khác",
        STANDING,
    )


def test_an_exception_alone_after_the_day_stays_as_it_was() -> None:
    # no step before it: nothing is read here ("trừ" right after the day stays refused)
    refused("Chậm nhất ngày 2/6, trừ trường hợp có hướng dẫn khác", ctx("2025-05-01"))


@settings(max_examples=60, deadline=None)
@given(
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    article=st.integers(1, 120),
)
def test_property_an_article_cited_in_the_exception_never_moves_the_day(
    month: int, day: int, article: int
) -> None:
    phrase = (
        f"Trước ngày {day} tháng {month}, Ủy ban nhân dân cấp tỉnh phải gửi báo cáo, trừ "
        f"trường hợp quy định tại Điều {article} Luật này"
    )
    assert _rules(phrase) == [f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"]
    # ... and a day in the exception is never read past: refused
    refused(phrase + f" được lùi đến ngày {day}/{month}", STANDING)


def test_the_standing_context_is_what_makes_the_day_yearly() -> None:
    # refusal neighbour: in a plan with no issue day, the year-less day cannot be placed
    refused(BUDGET_ALLOCATED, replace(STANDING, standing=False))

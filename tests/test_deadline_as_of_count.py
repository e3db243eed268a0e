"""A count reached by a day, told with any verb done ("Đến ngày 26/12, cả nước đã xử lý được
19.658 cơ sở"), is a figure as of that day (corpus convention 4), never a deadline: the
closed list of verbs of `_DONE_BY` let "đã xử lý được" through and the phrase read as due
26/12 of the plan's year (wide-ten's finding, session 35; the press page's longer phrase,
v-chuyendongthitruong, was refused for its other words)."""

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines

_PLAN = Context(issued=date(2026, 1, 7))


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến ngày 26/12, cả nước đã xử lý được 19.658 cơ sở nhà, đất dôi dư",
        "Đến ngày 26/12, cả nước đã xử lý 120 cơ sở",
        "Tính đến ngày 15/3, toàn tỉnh đã tiêm được 1.200 mũi",
        "Đến hết ngày 31/5, các xã đã vận động được 35 hộ",
    ],
)
def test_a_count_reached_by_a_day_is_no_deadline(phrase: str) -> None:
    with pytest.raises(DeadlineError, match="số liệu tại ngày đó"):
        parse_deadlines(phrase, _PLAN)


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("Đến ngày 30/6, hoàn thành 100% hồ sơ", date(2026, 6, 30)),
        (
            "Đến ngày 30/6/2026, hoàn thành các nhiệm vụ đã giao tại Kế hoạch số 15",
            date(2026, 6, 30),
        ),
    ],
)
def test_a_task_by_a_day_still_reads(phrase: str, due: date) -> None:
    """A number that is the task's target or a document's number is not a count reached."""
    (deadline,) = parse_deadlines(phrase, _PLAN)
    assert deadline.last == due

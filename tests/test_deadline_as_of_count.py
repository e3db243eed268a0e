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


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổng hợp kết quả đến ngày 31/12/2025, báo cáo UBND tỉnh trước ngày 15/1/2026",
        "Tổng hợp kết quả đến ngày 31/12/2025 và báo cáo UBND tỉnh trước ngày 15/1/2026",
        "Đánh giá kết quả đến ngày 31/12/2025, báo cáo UBND tỉnh trước ngày 15/1/2026",
        "Tổng hợp tình hình đến ngày 30/6/2026, gửi Sở Nội vụ trước ngày 5/7/2026",
    ],
)
def test_results_as_of_a_day_beside_the_due_day_are_no_milestone(phrase: str) -> None:
    """Results or the state of things "đến ngày D" are counted up to D, the report's cut-off
    (Nghị định 09/2019/NĐ-CP, Điều 12); read as a milestone due D (a fresh user's finding of
    session 35, main too), the clerk would chase a day nothing is due. Refused, never read."""
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=date(2025, 11, 1)))


def test_a_report_of_results_by_its_day_still_reads() -> None:
    (deadline,) = parse_deadlines(
        "Báo cáo kết quả về UBND tỉnh trước ngày 15/1/2026", Context(issued=date(2025, 11, 1))
    )
    assert deadline.last == date(2026, 1, 15)

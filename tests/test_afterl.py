"""Session 50, family A (helper afterl): phrases refused for words after the date the grammar
did not know. Two forms are read: a leader's periodic reception of citizens named by its
month before the hour and day it opens ("tiếp công dân định kỳ tháng 02 năm 2026, bắt đầu
từ 08 giờ, ngày 12/02/2026"); whose conclusion the work follows after a day ("theo Kết luận
của Bộ Chính trị", as "theo chỉ đạo của"). Beside each, the phrases a careful reader would
refuse stay refused: a month that does not hold the day, a month with no year or of another
year, a second month, a negation, a condition, a cadence, a reception told done or put off,
a weekday the day is not, a conclusion after a month or cited by number, a route beside the
day."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# n-hatinh-tb-tiep-cong-dan-thang-2-2026 (UBND tỉnh Hà Tĩnh, 2026)
CHAIRMAN = (
    "Theo đó, đồng chí Chủ tịch UBND tỉnh tổ chức tiếp công dân định kỳ tháng 02 năm 2026, bắt "
    "đầu từ 08 giờ, ngày 12 tháng 02 năm 2026 (Thứ Năm) tại Trụ sở Tiếp công dân tỉnh (số 81, "
    "đường Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh)"
)
# zg-baohatinh-bi-thu-tiep-dan-thang-2-2026 (Báo Hà Tĩnh, 24/02/2026)
SECRETARY = (
    "Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Chương trình công tác "
    "của Tỉnh ủy, đồng chí Nguyễn Duy Lâm - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh "
    "ủy tổ chức tiếp dân định kỳ tháng 2 năm 2026 từ 14 giờ ngày 25/2/2026, tại Trụ sở Tiếp công "
    "dân tỉnh, số 81, đường Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh."
)


def test_a_reception_named_by_its_month_is_held_on_its_day() -> None:
    assert _read(CHAIRMAN) == [(D, date(2026, 2, 12), date(2026, 2, 12))]
    assert _read(SECRETARY, "2026-02-24") == [(D, date(2026, 2, 25), date(2026, 2, 25))]
    short = "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 2/2026 từ 8 giờ ngày 12/02/2026"
    assert _read(short) == [(D, date(2026, 2, 12), date(2026, 2, 12))]


def test_a_reception_s_month_that_does_not_hold_its_day_stays_refused() -> None:
    held = "tổ chức tiếp dân định kỳ tháng {} từ 14 giờ ngày 25/2/2026"
    refused("Bí thư Tỉnh ủy " + held.format("3 năm 2026"))  # another month
    refused("Bí thư Tỉnh ủy " + held.format("2 năm 2025"))  # another year
    refused("Bí thư Tỉnh ủy " + held.format("2"))  # no year: the plan's is a guess
    refused("Bí thư Tỉnh ủy " + held.format("2 năm 2026 và tháng 3 năm 2026"))
    # held the month after, as a meeting may be: a reception is its month's own
    refused("Bí thư Tỉnh ủy tổ chức tiếp dân định kỳ tháng 2 năm 2026 từ 14 giờ ngày 2/3/2026")


def test_a_reception_negated_conditional_done_or_weekly_stays_refused() -> None:
    said = "tiếp dân định kỳ tháng 2 năm 2026 từ 14 giờ ngày 25/2/2026"
    refused(f"Bí thư Tỉnh ủy không tổ chức {said}")
    refused(f"Nếu cần, Bí thư Tỉnh ủy tổ chức {said}")
    refused(f"Bí thư Tỉnh ủy đã tổ chức {said}")
    refused("Bí thư Tỉnh ủy tổ chức tiếp dân định kỳ hằng tháng từ 14 giờ ngày 25/2/2026")
    refused(f"Bí thư Tỉnh ủy tổ chức {said} (thứ Năm)")  # 25/2/2026 is a Wednesday
    refused(f"Hoãn {said}")  # put off: the day printed is given up
    refused("Lịch tiếp dân định kỳ tháng 2 năm 2026 được điều chỉnh, từ 14 giờ ngày 25/2/2026")
    refused(f"Bí thư Tỉnh ủy tổ chức {said}, sau đó tiếp thường xuyên")
    # December's reception held in January, as a December meeting may be: not a reception's
    refused("Chủ tịch tiếp công dân định kỳ tháng 12 năm 2025 từ 08 giờ ngày 05/01/2026")


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12))
def test_a_reception_reads_only_in_its_own_month(day: int, month: int) -> None:
    phrase = f"Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 5 năm 2027 từ 8 giờ ngày {day}/{month}/2027"
    if month == 5:
        assert _read(phrase) == [(D, date(2027, 5, day), date(2027, 5, day))]
    else:
        refused(phrase)


# zd-cafef-can-tho-sap-xep-xa-phuong-2025 (CafeF, 15/04/2025)
CONCLUSION = (
    "Ngày 14/4, Sở Nội vụ TP. Cần Thơ phát đi thông báo về việc sắp xếp lại các đơn vị hành "
    "chính (ĐVHC) cấp xã và cấp tỉnh theo Kết luận của Bộ Chính trị"
)


def test_whose_conclusion_the_work_follows_after_a_day_is_no_time() -> None:
    assert _read(CONCLUSION, "2025-04-15") == [(D, date(2025, 4, 14), date(2025, 4, 14))]
    due = "Trước ngày 30/6/2025, các tỉnh hoàn thành sắp xếp theo Kết luận của Bộ Chính trị"
    assert _read(due, "2025-04-15") == [(D, date(2025, 6, 30), date(2025, 6, 30))]


def test_a_conclusion_cited_negated_after_a_month_or_beside_a_route_stays_refused() -> None:
    issued = ctx("2025-04-15")
    refused("Ngày 14/4, Sở Nội vụ phát đi thông báo theo Kết luận số 127-KL/TW của Bộ Chính trị")
    refused("Ngày 14/4, Sở Nội vụ phát đi thông báo theo kết luận của cuộc họp", issued)
    refused("Trong tháng 4/2025, Sở Nội vụ phát đi thông báo theo Kết luận của Bộ Chính trị")
    due = "Trước ngày 30/6/2025, các tỉnh {} sắp xếp theo Kết luận của Bộ Chính trị{}"
    refused(due.format("không hoàn thành", ""), issued)
    refused(due.format("hoàn thành", " và theo lộ trình"), issued)
    # a second step with its own day: two milestones, never one
    two = due.format("hoàn thành", ", báo cáo trước ngày 15/7/2025")
    assert _read(two, "2025-04-15") == [
        (D, date(2025, 6, 30), date(2025, 6, 30)),
        (D, date(2025, 7, 15), date(2025, 7, 15)),
    ]

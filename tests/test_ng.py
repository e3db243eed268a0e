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


# --- the document the press names as its source, opening the sentence (`label`) -----------

W = DeadlineKind.WINDOW

# tests/corpus/u-vietnamnet-bnv-bao-cao-12662-cchc-2026.yaml
REPORT_BY_NUMBER = (
    "Theo báo cáo số 12662 của Bộ Nội vụ về tình hình thực hiện công tác cải cách hành chính, "
    "trong năm 2026, việc sắp xếp tinh gọn các tổ chức bên trong của các bộ, cơ quan trung "
    "ương, các sở, ngành ở địa phương và các đơn vị sự nghiệp công lập, doanh nghiệp nhà nước "
    "sẽ tiếp tục được rà soát"
)
# tests/corpus/x-vnexpress-tra-gop-luong-huu-truoc-tet-2026.yaml
DIRECTIVE_JUST_ISSUED = (
    "Theo chỉ thị vừa ban hành, Thủ tướng Phạm Minh Chính yêu cầu Bộ Tài chính chỉ đạo Bảo "
    "hiểm xã hội Việt Nam thực hiện chi trả gộp hai tháng lương hưu, trợ cấp bảo hiểm xã hội "
    "vào kỳ chi trả tháng 2, bảo đảm kịp thời và đúng diện thụ hưởng"
)


def _days(phrase: str, issued: str) -> list[tuple[object, ...]]:
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def test_a_report_named_by_its_number_and_subject_is_the_source() -> None:
    assert _days(REPORT_BY_NUMBER, "2026-01-09") == [(W, date(2026, 1, 1), date(2026, 12, 31))]


def test_a_directive_told_just_issued_is_the_source() -> None:
    assert _days(DIRECTIVE_JUST_ISSUED, "2026-01-01") == [(W, date(2026, 2, 1), date(2026, 2, 28))]
    assert _days(
        "Theo chỉ thị vừa được Thủ tướng ký ban hành, các bộ hoàn thành trước ngày 15/2",
        "2026-01-01",
    ) == [(D, date(2026, 2, 15), date(2026, 2, 15))]


_AFTER_REPORT = "trong năm 2026, việc sắp xếp sẽ tiếp tục được rà soát"


@pytest.mark.parametrize(
    "phrase",
    [
        # the report's subject holds a year: the document's period, another time
        f"Theo báo cáo số 12662 của Bộ Nội vụ về tình hình năm 2025, {_AFTER_REPORT}",
        # its day printed between: a second date
        f"Theo báo cáo số 12662 của Bộ Nội vụ ngày 5/1 về tình hình, {_AFTER_REPORT}",
        # its code and day: another document's signing day, not spared here
        f"Theo báo cáo số 12662/BC-BNV ngày 5/1/2026 của Bộ Nội vụ, {_AFTER_REPORT}",
        # a document issued on a day, and one called off
        "Theo chỉ thị vừa ban hành ngày 30/12, các bộ hoàn thành trước ngày 15/2",
        "Theo chỉ thị vừa bị hủy bỏ, các bộ hoàn thành trước ngày 15/2",
        # a thing told done, and two deadlines joined by "hoặc"
        "Theo chỉ thị vừa ban hành, các bộ đã hoàn thành trước ngày 15/2",
        "Theo chỉ thị vừa ban hành, các bộ hoàn thành trước ngày 15/2 hoặc 20/2",
    ],
)
def test_a_source_that_holds_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-09"))


@pytest.mark.parametrize(
    "source",
    ["Theo báo cáo của Bộ Nội vụ", "Theo báo cáo số 12 của Bộ Nội vụ về tình hình sắp xếp"],
)
def test_a_figure_reached_by_a_day_after_the_source_stays_refused(source: str) -> None:
    # read as due 31/12/2025 before: the source opening the phrase hid the figure told done
    # (`engine._DONE_BY`), a day measured, not a deadline (the lead's convention 4)
    refused(f"{source}, đến ngày 31/12/2025 đã sắp xếp xong 90% tổ chức", ctx("2026-01-09"))


@settings(max_examples=60, deadline=None)
@given(number=st.integers(1, 99999), year=st.integers(2026, 2035))
def test_property_a_report_number_is_never_a_time(number: int, year: int) -> None:
    phrase = (
        f"Theo báo cáo số {number} của Bộ Nội vụ về tình hình sắp xếp, trong năm {year}, việc "
        "sắp xếp sẽ tiếp tục được rà soát"
    )
    assert _days(phrase, "2026-01-09") == [(W, date(year, 1, 1), date(year, 12, 31))]


# --- a power line by its voltage and a generating unit by its number (`label`) ------------

# tests/corpus/zr-cand-lai-chau-tien-do-thuy-dien-lai-chau-2015.yaml
POWER_LINE = (
    "Bên cạnh đó, đường dây 500kV Sơn La – Lai Châu sẽ được đóng điện tháng 10-2015 để đáp "
    "ứng tiến độ phát điện tổ máy số 1"
)


def test_a_voltage_and_a_unit_number_are_no_time() -> None:
    assert _days(POWER_LINE, "2015-03-01") == [(W, date(2015, 10, 1), date(2015, 10, 31))]
    assert _days("trạm biến áp 220 kV sẽ được đóng điện tháng 10-2015", "2015-03-01") == [
        (W, date(2015, 10, 1), date(2015, 10, 31))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "tổ máy 3 tháng phát điện tháng 10-2015",  # a count of months, not a unit's number
        "đường dây 500 ngày 10-2015 đóng điện",  # a number that is no voltage
        "đường dây 12kV sẽ được đóng điện tháng 10-2015",  # no voltage of the grid
    ],
)
def test_a_number_beside_them_that_names_nothing_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2015-03-01"))

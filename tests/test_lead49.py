"""Session 49, the lead: an outline number opening a heading ("1.2. Thời gian …") before
days written otherwise is the heading's number, no day (the lead's ruling over the earlier
refusals of test_deadline_forms_l, _p and test_deadline_named_numbers37, which now keep
refused only the cells that write their days with dots, where "1.2" may be 1 February)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE


@pytest.mark.parametrize(
    ("phrase", "issued", "read"),
    [
        # p-thuanan-binhduong-lay-y-kien-qhsdd-2021 (UBND thành phố Thuận An, Bình Dương)
        ("1.2. Thời gian lấy ý kiến nhân dân: 30 ngày, kể từ ngày 01/04/2021 đến 30/04/2021",
         "2021-03-25", (W, "2021-04-01", "2021-04-30")),
        # v-chubah-ayunpa-thu-quy-pctt-2022 (xã Chư Băh, thị xã Ayun Pa, Gia Lai): a day in words
        ("3.1. Đối với cá nhân: Thu, nộp một lần trước ngày 30 tháng 7 năm 2022",
         "2022-06-20", (D, "2022-07-30", "2022-07-30")),
        # three levels, a dashed day
        ("2.1.3. Báo cáo kết quả trước ngày 15-7-2025", "2025-06-01", (D, "2025-07-15", "2025-07-15")),
    ],
)  # fmt: skip
def test_an_outline_number_before_days_written_otherwise_is_no_day(
    phrase: str, issued: str, read: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == read


@pytest.mark.parametrize(
    "phrase",
    [
        # the cell writes its days with dots: "1.2" may be one of them (1 February)
        "1.2. Tổ chức đại hội, hoàn thành trước ngày 30.6.2025",
        "1.2. Tổ chức đại hội từ 1.3 đến 30/6/2025",
        # no capital after it: a sentence's day, or a damaged one
        "1.2. tổ chức đại hội, hoàn thành trước ngày 30/6/2025",
        # no other day: "1.2" may be the only one, no outline to tell
        "1.2. Tổ chức đại hội trong tháng 6",
        # one level is no outline of this form ("15. tháng 3": a damaged day, forms_l)
        "15. Tháng 3/2025",
        # no dot after it: "1.2 Tổ chức …" may be the day
        "1.2 Tổ chức đại hội, hoàn thành trước ngày 30/6/2025",
    ],
)
def test_a_number_that_may_be_a_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-15"))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 20), min_size=2, max_size=4),
    st.dates(date(2026, 1, 1), date(2026, 12, 31)),
)
def test_the_outline_changes_nothing_of_the_reading(levels: list[int], due: date) -> None:
    """Whatever its levels, the number reads as blanks: the same kind and days as the
    heading without it."""
    number = ".".join(map(str, levels))
    phrase = f"Nộp báo cáo trước ngày {due.day}/{due.month}/{due.year}"
    assert days(one(f"{number}. {phrase}", ctx("2026-01-01"))) == days(
        one(phrase, ctx("2026-01-01"))
    )


# --- the session 49 tester's finds on the merge --------------------------------------------


def test_a_make_up_day_is_kept_on_its_saturday() -> None:
    """ "học bù vào ngày 17/1/2026" (za-znews, beforek's form) is the Saturday the classes are
    made up on; Điều 148.5 rolls a time given to do a thing, never the day itself."""
    from kehoach.reports.status import held_on

    phrase = "nghỉ Tết Dương lịch 4 ngày liên tục và sẽ học bù vào ngày 17/1/2026"
    (reading,) = parse_deadlines(phrase, ctx("2025-12-20"))
    assert reading.last == date(2026, 1, 17) and held_on(reading)
    (owed,) = parse_deadlines("Nộp báo cáo trước ngày 17/1/2026", ctx("2025-12-20"))
    assert not held_on(owed)  # a deadline on a Saturday still rolls


WEEKEND = "Do ngày 13 và 14/2/2021 trùng vào thứ Bảy và Chủ nhật, nghỉ bù vào ngày"


@pytest.mark.parametrize("day", ["12/2/2021", "1/2/2021", "20/2/2021", "5/3/2021"])
def test_a_day_off_in_lieu_not_right_after_the_weekend_is_refused(day: str) -> None:
    # before the weekend, on a Saturday, or weeks after it: a misprint in one of the two
    assert "không phải ngày làm việc ngay sau" in refused(f"{WEEKEND} {day}", ctx("2021-02-01"))


def test_a_day_off_in_lieu_right_after_the_weekend_reads() -> None:
    assert read_days(f"{WEEKEND} 15/2/2021", "2021-02-01") == (D, "2021-02-15", "2021-02-15")


@pytest.mark.parametrize(
    "header",
    ["Gieo mạ vụ Xuân 2022", "Thời gian hoàn thành năm 2027", "Thời gian hoàn thành hằng năm"],
)
def test_a_heading_with_its_own_year_or_cadence_lends_no_plan_year(header: str) -> None:
    context = Context(issued=date(2022, 1, 5), header=header)
    with pytest.raises(DeadlineError, match="tiêu đề cột"):
        parse_deadlines("15/12 đến 20/12", context)


def test_a_heading_naming_the_plans_own_year_lends_it() -> None:
    context = Context(issued=date(2027, 1, 5), header="Thời gian hoàn thành năm 2027")
    (read,) = parse_deadlines("15/12", context)
    assert read.last == date(2027, 12, 15)


PASSED = "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 12 năm 2016"


@pytest.mark.parametrize(("year", "reads"), [("2017", True), ("2018", True), ("2027", False)])
def test_a_day_in_force_far_after_its_passing_is_refused(year: str, reads: bool) -> None:
    phrase = f"{PASSED} và có hiệu lực từ ngày 01 tháng 01 năm {year}"
    if reads:
        assert one(phrase).earliest == date(int(year), 1, 1)
    else:
        refused(phrase)

"""Session 39, branch lead39: phrases that open with a time word and were refused as "không
nhận ra thời hạn", and numbers left beside a deadline (issue 11 §1).

Each test reads a phrase copied from the corpus file named in its comment, in that file's
context (its `issued`), and asserts what a clerk sees: the days read, or the refusal that
stands and why. A refusal neighbour (a near phrase that must stay refused) may be invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines


def _refusal(phrase: str, context: Context) -> str:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, context)
    return refused.value.why


# r-sggp-cd-198-iuu-kiem-ke-tau-ca-2025.yaml (issued 2025-10-20): the due day opens the
# phrase, the work follows with no comma; "đưa vào sử dụng" (put into use) is no "vào" of a day
def test_a_due_day_then_its_work_without_a_comma_reads_the_day() -> None:
    phrase = "trước ngày 30-10 đưa vào sử dụng hệ thống kiểm soát tàu cá ngư dân trên các vùng biển"
    (one,) = parse_deadlines(phrase, Context(issued=date(2025, 10, 20)))
    assert one.kind is DeadlineKind.DATE
    assert (one.first, one.last) == (date(2025, 10, 30), date(2025, 10, 30))
    assert one.label is not None and "đưa vào sử dụng" in one.label


@pytest.mark.parametrize(
    "phrase",
    [
        # invented neighbours: a day after "đưa vào", a unit after the day-month
        "trước ngày 30-10 đưa vào ngày 15",
        "trước ngày 1-6 tuổi",
        # a choice of days stays refused
        "trước ngày 30/10 hoặc 15/11 đưa vào sử dụng",
    ],
)
def test_a_due_day_then_words_that_may_name_a_time_stays_refused(phrase: str) -> None:
    assert _refusal(phrase, Context(issued=date(2025, 10, 20)))


# zf-cafef-hai-phong-bo-song-tam-bac-2025.yaml (issued 2025-12-05, expect: refuse): a schedule
# of years first set and overrun; "đưa vào sử dụng" is spared after a day only
def test_put_into_use_after_a_span_of_years_stays_refused() -> None:
    phrase = "Dự kiến dự án thi công từ năm 2022-2024 sẽ hoàn thành, đưa vào sử dụng"
    assert _refusal(phrase, Context(issued=date(2025, 12, 5)))


# v-kienthuc-kiem-tra-giam-sat-tinh-uy-phu-tho-2026.yaml (issued 2026-02-26): "3 nội dung"
# counts the points inspected; "nội dung 2" already named an item
def test_the_points_an_inspection_counts_are_no_time() -> None:
    phrase = "Trong tháng 9 và tháng 10/2026, Đoàn sẽ kiểm tra 3 nội dung gồm"
    found = parse_deadlines(phrase, Context(issued=date(2026, 2, 26)))
    assert [(one.first, one.last) for one in found] == [
        (date(2026, 9, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 10, 31)),
    ]


# invented neighbour: a count before a unit of time stays a time ("3 nội dung" only)
def test_a_count_of_days_after_a_month_stays_refused() -> None:
    phrase = "Trong tháng 9 và tháng 10/2026, Đoàn sẽ kiểm tra trong 3 ngày"
    assert _refusal(phrase, Context(issued=date(2026, 2, 26)))


@pytest.mark.parametrize(
    ("phrase", "issued", "number"),
    [
        # o-tay-ninh-phao-hoa-giao-thua-giap-thin-2024.yaml's phrase with a count of shells in
        # place of its length: the page's "thời gian 15 phút" (minutes, on the day) is read
        # since session 42 (test_aftere)
        (
            "Từ 00 giờ 00 phút đến 00 giờ 15 phút ngày 10 tháng 02 năm 2024 (nhằm ngày mùng Một "
            "Tết Giáp Thìn) tổ chức bắn pháo hoa chào đón năm mới, bắn 15 quả",
            date(2024, 1, 31),
            "15",
        ),
    ],
)
def test_a_number_after_the_time_read_is_named_as_the_reason(
    phrase: str, issued: date, number: str
) -> None:
    why = _refusal(phrase, Context(issued=issued))
    assert "không nhận ra thời hạn" not in why
    assert f"số “{number}” đứng sau thời hạn" in why


def test_several_days_apart_are_named_all() -> None:
    """zl-afamily-lich-tuu-truong-2022-2023.yaml: three days, each a step's; the refusal
    names them all (prose39's `several_days_said`), not only the second one's number."""
    why = _refusal(
        "Thời gian khai giảng của các địa phương đều tổ chức vào ngày 5/9, ngày tựu trường "
        "vào 29/8 và ngày 22/8 đối với lớp 1",
        Context(issued=date(2022, 8, 14)),
    )
    assert "câu có nhiều chỗ viết như ngày tháng (“5/9”, “29/8 và ngày 22/8”)" in why


# zs-baomoi-dong-nai-9-dot-hien-mau-thang-3-2025.yaml (issued 2025-03-01): the rounds of a
# blood drive, counted with what they are, name no day
def test_the_rounds_of_a_blood_drive_counted_are_no_time() -> None:
    phrase = (
        "Từ nay đến hết tháng 3, Hội Chữ thập đỏ tỉnh, huyện, thành phố cùng Trung tâm Truyền "
        "máu Chợ Rẫy sẽ tiếp tục thực hiện 9 đợt tiếp nhận hiến máu tình nguyện tại"
    )
    (one,) = parse_deadlines(phrase, Context(issued=date(2025, 3, 1)))
    assert one.last == date(2025, 3, 31)


# invented neighbour: a round named by its number ("đợt 2") stays a round, and its day unread
def test_a_round_named_before_a_day_stays_refused() -> None:
    phrase = "Từ nay đến hết tháng 3, Hội Chữ thập đỏ thực hiện đợt 2 hiến máu ngày 15"
    assert _refusal(phrase, Context(issued=date(2025, 3, 1)))


# y-123docz-luat-nsnn-thoi-gian-quyet-dinh-du-toan.yaml (standing, no issue day): "ngân sách
# năm sau" is the budget the step prepares, not a time of the yearly rule
def test_the_next_year_s_budget_inside_a_yearly_step_reads_the_yearly_day() -> None:
    phrase = (
        "5. Trước ngày 20 tháng 11, Thủ tướng Chính phủ giao dự toán thu, chi ngân sách năm sau "
        "cho từng bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, cơ quan khác ở trung ương và "
        "từng tỉnh, thành phố trực thuộc trung ương"
    )
    (one,) = parse_deadlines(phrase, Context(standing=True))
    assert one.kind is DeadlineKind.RECURRING
    assert one.rrule is not None and "BYMONTH=11" in one.rrule and "BYMONTHDAY=20" in one.rrule


# invented neighbour: a step moved into the next year is a time of its own
def test_work_moved_into_the_next_year_stays_refused() -> None:
    phrase = (
        "Trước ngày 20 tháng 11, các bộ giao dự toán, trừ trường hợp kéo dài sang năm sau cho Sở"
    )
    assert _refusal(phrase, Context(standing=True))


ISSUED_KHANH_HOA = date(2024, 11, 16)


# zs-baomoi-khanh-hoa-hien-mau-truong-si-quan-khong-quan-2024.yaml: "khoảng" before the rounds
# of a blood drive and before a count in thousands bounds the count, not the time
def test_about_before_counted_rounds_and_thousands_is_no_time() -> None:
    phrase = (
        "Trong năm 2025, kế hoạch tổ chức khoảng 60 đợt hiến máu tình nguyện với lượng máu hiến "
        "thu về khoảng 26.500 đơn vị"
    )
    (one,) = parse_deadlines(phrase, Context(issued=ISSUED_KHANH_HOA))
    assert (one.first, one.last) == (date(2025, 1, 1), date(2025, 12, 31))


# invented neighbour: "khoảng" before a count of days stays an estimate of the time
def test_about_before_a_count_of_days_stays_refused() -> None:
    phrase = "Trong năm 2025, kế hoạch tổ chức hiến máu khoảng 10 ngày"
    assert _refusal(phrase, Context(issued=ISSUED_KHANH_HOA))

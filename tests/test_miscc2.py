"""Refusals of session 40 (branch miscc2, the second half of the other refusals): another
group's start in the plan's own year beside the day of all; the "Nam" of "Việt Nam" closing a
phrase, no year to ask for. Each with the real phrase that motivated it (its corpus file
named) and the neighbours that must stay refused (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE

# n-ninhbinh-qd-636-nam-hoc-2023-2024 (issued 08/08/2023)
NINH_BINH = (
    "Theo đó, ngày tựu trường các cấp học là ngày 29/8 (riêng đối với lớp 1 từ ngày 22/8/2023)"
)


def test_grade_one_starting_earlier_in_the_plan_year_reads_both() -> None:
    first, start = parse_deadlines(NINH_BINH, ctx("2023-08-08"))
    assert (first.kind, first.first, first.last) == (D, date(2023, 8, 29), date(2023, 8, 29))
    assert start.earliest == date(2023, 8, 22)
    assert start.last is None  # a start, no due day (the lead's ruling of session 33)


def test_another_groups_start_on_a_page_of_another_year_stays_refused() -> None:
    # a refusal neighbour: issued in 2022, the year 2023 is not the plan's; 29/8 may be 2022's
    assert refused(NINH_BINH, ctx("2022-08-08"))


def test_another_groups_start_on_a_page_with_no_date_stays_refused() -> None:
    # a refusal neighbour: no plan year to agree with, the year would be borrowed
    assert refused(NINH_BINH)


def test_months_out_of_order_still_refused() -> None:
    # a refusal neighbour: no other group, the borrowed year's order check holds
    assert refused("Tháng 12 và tháng 1/2028", ctx("2028-01-01"))


# x-vtcnews-tong-duyet-hoi-cho-mua-xuan-2026 (issued 01/02/2026): still refused ("VTV1" is
# a number the reading does not explain), but for what stops it, not for a year missing
VTC = (
    "Lễ khai mạc Hội chợ Mùa Xuân 2026 dự kiến diễn ra lúc 10h ngày 2/2, được truyền hình "
    "trực tiếp trên kênh VTV1 - Đài Truyền hình Việt Nam"
)


def test_viet_nam_closing_a_phrase_is_no_year_word() -> None:
    why = refused(VTC, ctx("2026-02-01"))
    assert "không ghi năm nào" not in why
    assert "VTV1" in why

"""The damaged-copy hunt of session 35, and days told as done or kept, by family (issue 11,
§1: never a silent wrong date; the lead's convention 1: a thing told done is no deadline).

A. A work told done ("đã") on a day of each month, as the last-day reader ("ngày cuối cùng
   của tháng") and the n-th weekday reader ("thứ Hai đầu tiên của tháng", "Chủ nhật cuối
   cùng hằng tháng"), and the monthly day reader ("ngày 3 hằng tháng") print it: "Hội nghị đã tổ chức vào ngày cuối cùng của tháng" tells a
   meeting held, and was read as each month's (session 35's brief). The same told without
   "đã", or with a plan's or a decision's word between ("đã thống nhất ra quân vào …", "đã
   có kế hoạch …"), is a rule and still reads; "đa" (many) is no "đã".
B. A day told as kept up, the words right after it: "Ngày 15/8/2018 được duy trì" was read
   as due 15/08/2018 on a plan of 2018 (session 35's brief; keptup's docstring said it
   stayed refused, true only for a plan issued years later). A rule told kept up
   (wide-nine, t-hai-phong-cat-hai) and an end named after the words ("… được duy trì đến
   ngày 26-2", x-nld-phuong-hoa-hung) still read.

The phrases are invented variants of those families; each with its damaged copies
(`copyvariants.variants`), which must be refused too or read the same.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyvariants import signature, variants, wrong
from deadline_forms import ctx, last_days, one, refused
from kehoach.dates.deadline import DeadlineKind

AUG_2018 = ctx("2018-01-01")

DONE_ON_A_DAY_OF_EACH_MONTH = [
    "Hội nghị đã tổ chức vào ngày cuối cùng của tháng",
    "Hội nghị giao ban đã được tổ chức vào ngày cuối cùng của tháng",
    "Đoàn đã kiểm tra vào thứ Hai đầu tiên của tháng",
    "Các đơn vị đã ra quân vào Chủ nhật cuối cùng hằng tháng",
    "Chi bộ đã sinh hoạt vào thứ Sáu cuối cùng của mỗi tháng",
    # the monthly day reader's form
    "Các chi bộ đã sinh hoạt vào ngày 3 hằng tháng",
]


@pytest.mark.parametrize("phrase", DONE_ON_A_DAY_OF_EACH_MONTH)
def test_a_work_told_done_on_a_day_of_each_month_is_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2026-12-01"))


@pytest.mark.parametrize("phrase", DONE_ON_A_DAY_OF_EACH_MONTH)
def test_its_damaged_copies_are_not_read_either(phrase: str) -> None:
    context = ctx("2026-12-01")
    printed = signature(phrase, context)
    read = [text for _, text in variants(phrase) if wrong(printed, signature(text, context))]
    assert read == []


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        ("Hội nghị tổ chức vào ngày cuối cùng của tháng", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("Đoàn kiểm tra vào thứ Hai đầu tiên của tháng", "FREQ=MONTHLY;BYDAY=1MO"),
        ("Các chi bộ sinh hoạt vào ngày 3 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=3"),
        # a decision or a plan told, the rule it sets still ahead
        (
            "Các xã đã thống nhất ra quân vào Chủ nhật cuối cùng của tháng",
            "FREQ=MONTHLY;BYDAY=-1SU",
        ),
        (
            "Các xã đã có kế hoạch ra quân vào Chủ nhật cuối cùng của tháng",
            "FREQ=MONTHLY;BYDAY=-1SU",
        ),
        # a rule kept on by those who did well, or set
        (
            "Những nơi đã làm tốt tiếp tục ra quân vào Chủ nhật cuối cùng của tháng",
            "FREQ=MONTHLY;BYDAY=-1SU",
        ),
        (
            "Hội nghị giao ban đã được quy định tổ chức vào ngày cuối cùng của tháng",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
        ),
        # "đa" (many) is no "đã"
        (
            "Tổ chức đa dạng các hoạt động vào Chủ nhật cuối cùng của tháng",
            "FREQ=MONTHLY;BYDAY=-1SU",
        ),
    ],
)
def test_the_rules_beside_them_still_read(phrase: str, rrule: str) -> None:
    reading = one(phrase, ctx("2026-12-01"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == rrule


DAY_KEPT_UP = [
    "Ngày 15/8/2018 được duy trì",
    "Ngày 15/8/2018 được duy trì và triển khai hiệu quả",
    "Hoạt động ngày 15 tháng 8 năm 2018 vẫn được duy trì",
    "Phiên chợ 15/8/2018, tiếp tục được duy trì",
]


@pytest.mark.parametrize("phrase", DAY_KEPT_UP)
def test_a_day_told_kept_up_is_refused(phrase: str) -> None:
    assert "được duy trì" in refused(phrase, AUG_2018)


@pytest.mark.parametrize("phrase", DAY_KEPT_UP)
def test_a_day_told_kept_up_is_refused_in_its_copies(phrase: str) -> None:
    printed = signature(phrase, AUG_2018)
    read = [text for _, text in variants(phrase) if wrong(printed, signature(text, AUG_2018))]
    assert read == []


@pytest.mark.parametrize(
    ("phrase", "lasts"),
    [
        # an end named after the words (x-nld-phuong-hoa-hung-hoi-xuan-2026)
        ("Hoạt động này sẽ được duy trì đến ngày 26/2/2018", (date(2018, 2, 26),)),
        # a bound before the day: a target kept by then
        ("Đến ngày 30/6/2018 được duy trì 100% số trường", (date(2018, 6, 30),)),
        ("Chậm nhất ngày 30/6/2018 được duy trì 100% số trường", (date(2018, 6, 30),)),
    ],
)
def test_a_day_bounding_what_is_kept_still_reads(phrase: str, lasts: tuple[date, ...]) -> None:
    assert last_days(phrase, "2018-01-01") == lasts


def test_a_rule_told_kept_up_still_reads() -> None:
    reading = one(
        "“Ngày vệ sinh môi trường nông thôn” vào ngày chủ nhật cuối cùng của tháng được duy "
        "trì và triển khai hiệu quả",
        AUG_2018,
    )
    assert reading.rrule == "FREQ=MONTHLY;BYDAY=-1SU"

"""Session 55, helper miscA55 (issue 11, the deadline language): two forms of the long tail of
refused corpus phrases, and their neighbours refused (never a silent wrong date).

- "còn các …" after a day opens another group's part, as "riêng" does: "… tựu trường vào ngày
  25/8 còn các khối lớp còn lại sẽ trở lại trường vào ngày 29/8" (za-znews) is two days
  (`grammar._PART_SEPARATOR`);
- "Gia hạn N tháng đối với …" opening the phrase: an extension, the count after the thing's
  own due day, which the phrase does not print (`extension`, ze-vasep).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

# --- "còn các …": another group's day ------------------------------------------------------

_ZNEWS = (
    "Theo kế hoạch thời gian năm học do UBND tỉnh phê duyệt, học sinh lớp 1, 9 và 12 của tỉnh "
    "Thanh Hóa tựu trường vào ngày 25/8 còn các khối lớp còn lại sẽ trở lại trường vào ngày 29/8."
)


def _days(phrase: str, issued: str) -> list[tuple[DeadlineKind, date | None, date | None]]:
    return [(r.kind, r.first, r.last) for r in parse_deadlines(phrase, ctx(issued))]


def test_the_rest_of_the_grades_after_con_cac_is_a_day_of_its_own() -> None:
    # za-znews-tam-hoan-tuu-truong-bao-so-5-2025: two groups, two days of return
    one_day = DeadlineKind.DATE
    assert _days(_ZNEWS, "2025-08-25") == [
        (one_day, date(2025, 8, 25), date(2025, 8, 25)),
        (one_day, date(2025, 8, 29), date(2025, 8, 29)),
    ]


def test_con_cac_typed_without_marks_reads_the_same() -> None:
    phrase = "tuu truong vao ngay 25/8 con cac khoi lop con lai tro lai truong vao ngay 29/8"
    assert [r.last for r in parse_deadlines(phrase, ctx("2025-08-25"))] == [
        date(2025, 8, 25),
        date(2025, 8, 29),
    ]


def test_con_cac_naming_other_papers_and_their_own_day() -> None:
    phrase = "Hạn nộp hồ sơ trước ngày 25/8/2025 còn các hồ sơ bổ sung gửi trước ngày 30/8/2025"
    assert [r.last for r in parse_deadlines(phrase, ctx("2025-08-01"))] == [
        date(2025, 8, 25),
        date(2025, 8, 30),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # the other group's step denied or told done: no day of its own to keep
        "tựu trường vào ngày 25/8 còn các khối khác không tựu trường vào ngày 29/8",
        "tựu trường vào ngày 25/8 còn các khối khác đã tựu trường vào ngày 20/8",
        # no time for the others: the words are no deadline, and the phrase is not read
        "tựu trường vào ngày 25/8 còn các khối khác chưa có lịch",
        # a status told at a day ("as of 25/8, some communes have not finished")
        "Tính đến ngày 25/8 còn các xã chưa hoàn thành",
        "Tính đến ngày 25/8/2025 còn các xã chưa hoàn thành",
    ],
)
def test_con_cac_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-01"))


# --- "Gia hạn N tháng đối với …": an extension ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        # ze-vasep-cd-05-tct-gia-han-nd-52-2021: the months and quarters name the tax periods
        (
            "- Gia hạn 05 tháng đối với số thuế giá trị gia tăng từ tháng 3 đến tháng 6 năm "
            "2021 và quý I, quý 2 năm 2021",
            5,
        ),
        ("- Gia hạn 06 tháng tiền thuê đất phải nộp kỳ đầu năm 2021", 6),
        (
            "a) Gia hạn 05 tháng đối với số thuế giá trị gia tăng phải nộp của kỳ tính thuế "
            "tháng 3 năm 2021",
            5,
        ),
    ],
)
def test_an_extension_is_the_count_after_its_own_due_day(phrase: str, months: int) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (months, "tháng")
    assert (reading.relative.direction, reading.relative.working_days) == ("after", False)
    assert reading.relative.anchor is None  # the usual due day is not printed
    assert reading.first is None and reading.last is None  # no day given, none wrong
    assert "hạn nộp theo quy định" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition, a request, a denial, a told-done, another count, a cap
        "- Gia hạn 06 tháng tiền thuê đất phải nộp kỳ đầu năm 2021 nếu doanh nghiệp gặp khó khăn",
        "Gia hạn 05 tháng đối với số thuế giá trị gia tăng trường hợp doanh nghiệp gặp khó khăn",
        "Đề nghị gia hạn 05 tháng đối với số thuế giá trị gia tăng",
        "Không gia hạn 05 tháng đối với số thuế giá trị gia tăng",
        "Đã gia hạn 06 tháng tiền thuê đất phải nộp kỳ đầu năm 2021",
        "Gia hạn 05 tháng đối với số thuế giá trị gia tăng đã nộp",
        "Gia hạn thêm 05 tháng đối với số thuế giá trị gia tăng",
        "Gia hạn tối đa 05 tháng đối với số thuế giá trị gia tăng",
        "Gia hạn 05 tháng đối với số thuế giá trị gia tăng tối đa",
        # the new time said itself, or the periods joined by "hoặc"
        "Gia hạn 05 tháng đến tháng 12/2021 đối với số thuế",
        "Gia hạn 05 tháng đối với số thuế giá trị gia tăng đến ngày 30/9/2021",
        "Gia hạn 05 tháng đối với số thuế, chậm nhất ngày 31/12/2021",
        "Gia hạn 05 tháng kể từ ngày 1/7/2021 đối với số thuế",
        "Gia hạn 05 tháng đối với số thuế giá trị gia tăng của tháng 3 năm 2021 hoặc quý I năm 2021",
        # nothing extended named, or no count
        "Gia hạn 05 tháng",
        "Gia hạn 0 tháng đối với số thuế giá trị gia tăng",
    ],
)
def test_extension_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())

"""Misreads found by the held-out corpus (tests/corpus/c-*.yaml), each with its real phrase.

A misread is a reading that silently differs from the document (issue 11 §1): each one found
on the held-out phrases is fixed here, by a right reading or a refusal, and kept as a test.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

# Hải Dương TV, 06/01/2022: "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra từ nay đến 20/1".
# Read as the bare day 20/1 it lost "từ nay": the congress runs from the plan's day to 20/1,
# as "từ nay đến hết năm 2027" runs from it to the end of 2027.
HAI_DUONG = Context(issued=date(2022, 1, 6))
FROM_NOW = "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra từ nay đến 20/1"


def test_from_now_to_a_day_is_a_window_from_the_plans_day() -> None:
    (reading,) = parse_deadlines(FROM_NOW, HAI_DUONG)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2022, 1, 6),
        date(2022, 1, 20),
    )
    assert reading.label == "Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra"


@pytest.mark.parametrize("phrase", ["từ nay đến ngày 20/1/2022", "từ nay đến hết ngày 20/1"])
def test_other_spellings_of_from_now_to_a_day_read_the_same(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, HAI_DUONG)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2022, 1, 6),
        date(2022, 1, 20),
    )


def test_from_now_to_a_day_before_the_plan_is_refused() -> None:
    with pytest.raises(DeadlineError, match="sau hạn 20/01/2022"):
        parse_deadlines("từ nay đến ngày 20/1/2022", Context(issued=date(2022, 1, 25)))


def test_from_now_without_a_plan_date_keeps_the_day_it_names() -> None:
    (reading,) = parse_deadlines("từ nay đến ngày 20/1/2022", Context())
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2022, 1, 20))


# Kế hoạch Đại hội TDTT tỉnh Yên Bái lần X (g-2- set): the window's last day restated as the
# day to finish by was read as a second deadline, a second milestone for one task.
YEN_BAI = Context(issued=date(2025, 1, 10))
RESTATED = "Thời gian tổ chức: Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 31/5/2025"


def test_a_day_restating_the_windows_end_is_that_windows_deadline() -> None:
    (reading,) = parse_deadlines(RESTATED, YEN_BAI)
    assert (reading.kind, reading.first, reading.last, reading.label) == (
        DeadlineKind.WINDOW,
        date(2025, 1, 1),
        date(2025, 5, 31),
        "Thời gian tổ chức",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # another day beside the window, with no step of its own: read as two deadlines, the
        # window's 31/05 contradicted "hoàn thành trước ngày 20/5" (a day inside it), and
        # 30/06 after it may be the window's own end restated wrong: refused, the clerk
        # writes the day the document means (breaker, fourth session)
        "Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 20/5/2025",
        "Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 30/6/2025",
    ],
)
def test_a_different_day_after_a_window_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError, match="đứng cạnh một ngày"):
        parse_deadlines(phrase, YEN_BAI)


# Quyết định 772/QĐ-TTg (the 2019 census, d- set): the same days with a count of 24 (from the
# day after, Bộ luật Dân sự 2015 Điều 147) or 25 (with the first day) are both read, and the
# count is kept in the meaning (the gloss), so the two phrases never read alike.
CENSUS = "trong {n} ngày, bắt đầu từ 7 giờ 30 phút ngày 1-4-2019 và kết thúc chậm nhất vào ngày 25-4-2019"


def test_the_convention_a_count_agrees_by_is_part_of_the_reading() -> None:
    (inclusive,) = parse_deadlines(CENSUS.format(n=25), Context())
    (exclusive,) = parse_deadlines(CENSUS.format(n=24), Context())
    assert (inclusive.first, inclusive.last) == (exclusive.first, exclusive.last)
    assert exclusive.gloss is not None and "Điều 147" in exclusive.gloss
    assert inclusive.gloss != exclusive.gloss
    with pytest.raises(DeadlineError):
        parse_deadlines(CENSUS.format(n=23), Context())


def test_a_huge_refused_phrase_is_quoted_by_its_start() -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines("khi có yêu cầu " * 40_000, Context())
    assert len(str(refused.value)) < 1_000
    assert refused.value.phrase.startswith("khi có yêu cầu")


# Found by helper fresh (fourth session): with `before = "strict"` the day in parentheses was
# checked against the day before the written one, so "(Thứ bảy)" passed beside 15/3/2026, a
# Sunday, and the document's own weekday was refused. The same held for a lunar gloss.
STRICT = Context(strict_before=True)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("trước ngày 15/3/2026 (Chủ nhật)", date(2026, 3, 14)),
        ("trước ngày 22/3/2025 (23/02 Âm lịch)", date(2025, 3, 21)),
    ],
)
def test_strict_before_checks_a_gloss_against_the_written_day(phrase: str, last: date) -> None:
    (reading,) = parse_deadlines(phrase, STRICT)
    assert reading.last == last


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("trước ngày 15/3/2026 (Thứ bảy)", "15/03/2026 là Chủ nhật"),
        ("trước ngày 22/3/2025 (22/02 Âm lịch)", "22/03/2025 là ngày 23 tháng 2"),
    ],
)
def test_strict_before_refuses_a_gloss_of_the_day_before(phrase: str, why: str) -> None:
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, STRICT)
    assert why in error.value.why

"""Session 44, family M2 (helper miscg2): phrases refused for assorted other reasons, read
where a form covers several of them and its neighbours stay refused (issue 11: never a
silent wrong date; two periods are two milestones, never one)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def _years(first: int, last: int) -> tuple[object, ...]:
    return (W, date(first, 1, 1), date(last, 12, 31))


# --- a meeting's agenda: the results of a term reviewed, the next term's course set -------

# zc-thapmuoi-dai-hoi-chi-hoi-nong-dan-2023 (a Hội Nông dân congress, page without a date)
FARMERS_TERMS = (
    "đánh giá kết quả thực hiện nhiệm vụ công tác Hội và phong trào nông dân nhiệm kỳ 2020 - "
    "2023, đề ra phương hướng, nhiệm vụ nhiệm kỳ 2023 - 2028"
)
# zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-2023 (a Đoàn branch's congress)
YOUTH_TERMS = (
    "Đại hội nhằm đánh giá kết quả thực hiện công tác Đoàn và phong trào thanh thiếu thiếu nhi "
    "nhiệm kỳ 2022 - 2023, đề ra phương hướng, nhiệm vụ nhiệm kỳ 2023 – 2024"
)


def test_results_reviewed_then_a_course_set_read_both_terms() -> None:
    # the lead's convention 10: an agenda without "đã" reads both periods; conv13: the term
    # of a work carried out over it is its window
    assert _read(FARMERS_TERMS) == [_years(2020, 2023), _years(2023, 2028)]
    assert _read(YOUTH_TERMS) == [_years(2022, 2023), _years(2023, 2024)]


def test_a_work_reviewed_over_its_term_is_no_name() -> None:
    # "việc thực hiện": read as one window over the next term before (the reviewed term taken
    # for a name and lost), where convention 10 reads two
    assert _read(
        "đánh giá việc thực hiện nhiệm vụ nhiệm kỳ 2020 - 2023, đề ra phương hướng nhiệm vụ "
        "nhiệm kỳ 2023 - 2028"
    ) == [_years(2020, 2023), _years(2023, 2028)]


@settings(deadline=None, max_examples=30)
@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=1, max_value=5))
def test_any_two_terms_in_turn_read_as_reviewed_and_planned(start: int, length: int) -> None:
    middle, end = start + length, start + 2 * length
    phrase = (
        f"đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ {start} - {middle}, đề ra phương hướng, "
        f"nhiệm vụ nhiệm kỳ {middle} - {end}"
    )
    assert _read(phrase) == [_years(start, middle), _years(middle, end)]


def test_results_told_or_not_followed_by_a_course_keep_the_refusal() -> None:
    # refusal neighbours: the review told done (convention 10 reads the next term alone,
    # which this rule does not), results with no course set after them, a semicolon or a
    # step of another kind (an election) after the review
    refused(YOUTH_TERMS.replace("Đại hội nhằm", "Đại hội đã"))
    refused(YOUTH_TERMS.replace("Đại hội nhằm", "Đại hội vừa"))
    refused("đánh giá kết quả thực hiện nhiệm vụ năm 2025")
    refused(YOUTH_TERMS.replace(", đề ra", "; đề ra"))
    refused(
        "Đại hội đánh giá kết quả thực hiện công tác Đoàn nhiệm kỳ 2022 - 2023, bầu Ban Chấp "
        "hành nhiệm kỳ 2023 – 2024"
    )

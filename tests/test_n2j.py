"""Session 47, family N2 (helper n2j): phrases refused as not recognised at all. Two forms
read here. A congress named with its edition and its term in parentheses, "Đại hội … lần thứ
I (2025-2030)", beside the day it is held: the five years are the term that names the
congress (convention 5), read as "lần thứ I, nhiệm kỳ 2025-2030" is, so the day must fall in
the term; its neighbours stay refused: a day outside the term, a span that is no five-year
term, a cadence, a thing told done, a negation, a condition, and the term alone is still the
period it was. And the round of an act in parentheses after the time, "cho ý kiến (lần 2)":
which time the act is, no time of it; a count ("2 lần"), a day inside the parentheses, a
negation, a condition, a year said from the writing stay refused. And an event's length said
with "kéo dài" (lasts), joined by "và" to the month it is held in ("sẽ kéo dài 2,5 ngày và
dự kiến diễn ra trong tháng 8-2024"), read as `heldwithin` reads "tiến hành trong 3 ngày,
dự kiến tổ chức vào tháng 10.2020"; a length longer than the month, one day or a span of days
after it, a cadence, weeks or working days stay refused (issue 11: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW

# zr-baophutho-chuan-bi-dai-hoi-thi-dua-yeu-nuoc-phu-tho-2025 (Báo Phú Thọ, 19/09/2025)
EMULATION_CONGRESS = (
    "Dự kiến Đại hội Thi đua yêu nước tỉnh Phú Thọ lần thứ I (2025-2030) được tổ chức vào "
    "trong 1 ngày (8/10) tại Trung tâm Hội nghị tỉnh"
)
_ISSUED = ctx("2025-09-19")
_HELD = "Đại hội Đảng bộ tỉnh lần thứ XV ({term}) diễn ra từ ngày 14/10 đến 16/10{year}"


def test_a_congress_with_its_term_in_parentheses_reads_its_day() -> None:
    assert days(one(EMULATION_CONGRESS, _ISSUED)) == (D, date(2025, 10, 8), date(2025, 10, 8))


def test_a_span_of_days_beside_the_term_reads_too() -> None:
    phrase = _HELD.format(term="2025-2030", year="")
    assert days(one(phrase, _ISSUED)) == (W, date(2025, 10, 14), date(2025, 10, 16))


def test_a_day_outside_the_term_is_refused() -> None:
    # refusal neighbour: the term frames the day, as "nhiệm kỳ 2025-2030" does: a misprint
    why = refused(_HELD.format(term="2025-2030", year="/2024"), _ISSUED)
    assert "nằm ngoài nhiệm kỳ" in why


def test_a_span_that_is_no_term_stays_refused() -> None:
    # refusal neighbour: two or three years in parentheses are no congress's term
    refused(_HELD.format(term="2025-2027", year=""), _ISSUED)


def test_a_cadence_beside_the_term_stays_refused() -> None:
    # refusal neighbour: a congress of one term held every year? the years stay unexplained
    refused(EMULATION_CONGRESS.replace("(8/10)", "(8/10 hằng năm)"), _ISSUED)


def test_a_congress_told_held_denied_or_conditional_stays_refused() -> None:
    # refusal neighbours: told done, denied, under a condition
    refused(EMULATION_CONGRESS.replace("được tổ chức", "đã được tổ chức"), _ISSUED)
    refused(EMULATION_CONGRESS.replace("được tổ chức", "không tổ chức"), _ISSUED)
    refused("Nếu " + EMULATION_CONGRESS, _ISSUED)


def test_the_term_alone_is_still_the_period_given() -> None:
    # h-baokhanhhoa-tieu-ban-dai-hoi-thi-dua-2020: with no day after it, the span is read as
    # the period the phrase gives, as before
    reading = one("Đại hội Thi đua yêu nước tỉnh lần thứ V (2020 - 2025)", ctx("2020-06-23"))
    assert days(reading) == (W, date(2020, 1, 1), date(2025, 12, 31))


@given(
    first=st.integers(min_value=2000, max_value=2090), day=st.integers(min_value=1, max_value=28)
)
def test_the_day_is_read_in_the_term_or_refused(first: int, day: int) -> None:
    # whatever the term, a day with its year reads only when the term holds it
    phrase = (
        f"Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX ({first}-{first + 5}) diễn ra "
        f"ngày {day}/10/2026"
    )
    if first <= 2026 <= first + 5:
        assert days(one(phrase, ctx("2026-01-05"))) == (D, date(2026, 10, day), date(2026, 10, day))
    else:
        refused(phrase, ctx("2026-01-05"))


# --- the round of an act in parentheses after the time ('cho ý kiến (lần 2)') -------------

# zk-baohatinh-phien-hop-55-ubtvqh-2026 (Báo Hà Tĩnh, 01/03/2026)
SECOND_OPINION = (
    "Tại Phiên họp thứ 55 của Ủy ban Thường vụ Quốc hội, dự kiến diễn ra trong tháng 3, Ủy ban "
    "Thường vụ Quốc hội sẽ cho ý kiến (lần 2) về việc chuẩn bị Kỳ họp thứ nhất, Quốc hội khóa XVI"
)
_MARCH = ctx("2026-03-01")


def test_the_round_of_an_act_in_parentheses_names_it() -> None:
    assert days(one(SECOND_OPINION, _MARCH)) == (W, date(2026, 3, 1), date(2026, 3, 31))


def test_a_count_of_times_in_parentheses_stays_refused() -> None:
    # refusal neighbour: "2 lần" counts the acts (twice in the month: which days?)
    refused(SECOND_OPINION.replace("(lần 2)", "(2 lần)"), _MARCH)


def test_a_day_inside_the_parentheses_stays_refused() -> None:
    # refusal neighbour: the round's own day is another time
    refused(SECOND_OPINION.replace("(lần 2)", "(lần 2 vào ngày 5/5)"), _MARCH)


def test_the_round_denied_conditional_or_moved_stays_refused() -> None:
    # refusal neighbours: a negation, a condition, a year said from the writing after it
    refused(SECOND_OPINION.replace("sẽ cho ý kiến", "sẽ không cho ý kiến"), _MARCH)
    refused("Phiên họp dự kiến diễn ra trong tháng 3, Ủy ban cho ý kiến (lần 2) nếu cần", _MARCH)
    refused("Phiên họp dự kiến diễn ra trong tháng 3, Ủy ban cho ý kiến (lần 2), năm sau", _MARCH)


@given(round_=st.integers(min_value=1, max_value=99))
def test_any_round_names_the_act(round_: int) -> None:
    phrase = SECOND_OPINION.replace("(lần 2)", f"(lần {round_})")
    assert days(one(phrase, _MARCH)) == (W, date(2026, 3, 1), date(2026, 3, 31))


# --- an event's length with 'kéo dài', then the month it is held in (heldwithin) ------------

# zk-mattran-gia-lai-dai-hoi-mttq-tinh-xi-2024 (Mặt trận Gia Lai, 2024; no issue day)
FRONT_CONGRESS = (
    "Theo kế hoạch, Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024-2029 sẽ kéo "
    "dài 2,5 ngày và dự kiến diễn ra trong tháng 8-2024 tại TP. Pleiku với quy mô 450 đại biểu"
)
_LASTS = "Đại hội sẽ kéo dài {count} và dự kiến diễn ra {when}"
_JANUARY = ctx("2024-01-10")


def test_a_length_said_with_lasts_reads_the_month_it_is_held_in() -> None:
    assert days(one(FRONT_CONGRESS, ctx())) == (W, date(2024, 8, 1), date(2024, 8, 31))


def test_a_length_then_its_month_after_a_comma_reads_too() -> None:
    phrase = "Đại hội sẽ kéo dài 3 ngày, dự kiến tổ chức vào tháng 8-2024"
    assert days(one(phrase, _JANUARY)) == (W, date(2024, 8, 1), date(2024, 8, 31))


def test_a_length_longer_than_the_month_stays_refused() -> None:
    refused(_LASTS.format(count="40 ngày", when="trong tháng 8-2024"), _JANUARY)


def test_a_length_before_one_day_or_a_bare_span_stays_refused() -> None:
    # refusal neighbours: which of the days? ("trong khoảng từ …" says within: the lead's
    # ruling of session 50 reads it, test_beforec)
    refused(_LASTS.format(count="3 ngày", when="vào ngày 5/8/2024"), _JANUARY)
    refused(_LASTS.format(count="01 ngày", when="từ ngày 28/6 đến 06/7/2024"), _JANUARY)


def test_weeks_working_days_a_cadence_stay_refused() -> None:
    # refusal neighbours: weeks and working days are no days held; a month of each year
    refused(_LASTS.format(count="3 tuần", when="trong tháng 8-2024"), _JANUARY)
    refused(_LASTS.format(count="3 ngày làm việc", when="trong tháng 8-2024"), _JANUARY)
    refused(_LASTS.format(count="3 ngày", when="trong tháng 8 hằng năm"), _JANUARY)


def test_a_length_told_done_denied_or_conditional_stays_refused() -> None:
    refused("Đại hội đã kéo dài 3 ngày và diễn ra trong tháng 8-2024", _JANUARY)
    refused("Đại hội không kéo dài 3 ngày và diễn ra trong tháng 8-2024", _JANUARY)
    refused("Nếu Đại hội kéo dài 3 ngày và diễn ra trong tháng 8-2024", _JANUARY)


@given(length=st.integers(min_value=1, max_value=40), half=st.booleans())
def test_a_length_reads_only_when_it_fits_the_month(length: int, half: bool) -> None:
    count = f"{length},5 ngày" if half else f"{length} ngày"
    phrase = _LASTS.format(count=count, when="trong tháng 8-2024")
    # (the month's 31 days, or a day and a half's calendar days, read as its length too)
    if length + (1 if half else 0) <= 31:
        assert days(one(phrase, _JANUARY)) == (W, date(2024, 8, 1), date(2024, 8, 31))
    else:
        refused(phrase, _JANUARY)

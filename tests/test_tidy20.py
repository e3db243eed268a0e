"""Session 28, helper tidy20: one rule, one place. A refusal made for a blank left to fill
carries that as a flag (`Unreadable.blank`), set where the refusal is made; `engine.parse`
keeps such a refusal and words any other refusal of a phrase holding a blank as the blank,
whatever either's wording (it once looked for "để trống" in the text). Whether a period of
whole years named after a noun and the years joined after it share a year
(`engine._whole_years_overlapping`) reads whole years as `found.whole_years` does."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.dates import engine
from kehoach.dates.found import Found
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, DeadlineKind

ISSUED = Context(issued=date(2026, 1, 5))

# --- a blank left to fill: a flag, not a word of the message -----------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày … tháng … năm 2026",  # a template's day and month never written in
        "trước ngày 15/…/2026",
        "Hoàn thành trước ngày …/…/2026 xyz abc",  # other words refused: the blank said
        "...",
        "",  # an empty phrase
        "Hà Nội, ngày … tháng 3 năm 2027",  # a draft's signing line (test_deadline_breaker10)
    ],
)
def test_a_blank_is_refused_with_the_flag(phrase: str) -> None:
    with pytest.raises(Unreadable) as refused:
        engine.parse(phrase, ISSUED)
    assert refused.value.blank


def test_a_signing_lines_blank_keeps_its_own_reason() -> None:
    with pytest.raises(Unreadable) as refused:
        engine.parse("Hà Nội, ngày … tháng 3 năm 2027", ISSUED)
    assert refused.value.why != engine.LEFT_TO_FILL
    assert "dòng ký" in refused.value.why


def test_other_refusals_carry_no_flag() -> None:
    with pytest.raises(Unreadable) as refused:
        engine.parse("Hoàn thành sớm", ISSUED)
    assert not refused.value.blank


@pytest.mark.parametrize(
    ("raised", "said"),
    [
        # a blank refusal, however it is worded, stands
        (
            Unreadable("lời khác, không nhắc chỗ trống", blank=True),
            "lời khác, không nhắc chỗ trống",
        ),
        # any other refusal of a phrase holding a blank says the blank, even one whose words
        # (a quoted phrase, say) hold "để trống"
        (Unreadable("“thời hạn để trống” không hiểu"), engine.LEFT_TO_FILL),
    ],
)
def test_the_flag_decides_not_the_wording(
    monkeypatch: pytest.MonkeyPatch, raised: Unreadable, said: str
) -> None:
    def refuse(phrase: str, context: Context) -> None:
        raise raised

    monkeypatch.setattr(engine, "_parse_printed", refuse)
    with pytest.raises(Unreadable) as refused:
        engine.parse("Hoàn thành trước ngày …/…/2026", ISSUED)
    assert refused.value.why == said
    assert refused.value.blank


# --- whole years named, whole years joined ---------------------------------------------------


def _years(first: int, last: int, kind: DeadlineKind = DeadlineKind.WINDOW) -> Found:
    return Found(kind, "", date(first, 1, 1), date(last, 12, 31))


def test_a_year_and_the_period_it_opens_overlap() -> None:
    # "… CHỐNG LÃNG PHÍ NĂM 2011 VÀ GIAI ĐOẠN 2011-2015" (UBND tỉnh Quảng Nam, QĐ 2086/2011)
    assert engine._whole_years_overlapping([_years(2011, 2011)], [_years(2011, 2015)])


@pytest.mark.parametrize(
    ("periods", "after"),
    [
        ([_years(2021, 2025)], [_years(2026, 2026)]),  # a review's year after its period
        ([], [_years(2011, 2015)]),
        ([_years(2011, 2011)], []),
        # a window that is not whole years, on either side
        (
            [_years(2011, 2011)],
            [Found(DeadlineKind.WINDOW, "", date(2011, 1, 1), date(2011, 3, 31))],
        ),
        ([_years(2011, 2011)], [_years(2011, 2015, DeadlineKind.DATE)]),
        ([_years(2011, 2011)], [_years(2011, 2015), Found(DeadlineKind.WINDOW, "")]),
    ],
)
def test_no_overlap_without_whole_years_on_both_sides(
    periods: list[Found], after: list[Found]
) -> None:
    assert not engine._whole_years_overlapping(periods, after)


_SPAN = st.tuples(st.integers(2000, 2040), st.integers(0, 6)).map(
    lambda start: _years(start[0], start[0] + start[1])
)


@given(st.lists(_SPAN, min_size=1, max_size=3), st.lists(_SPAN, min_size=1, max_size=3))
def test_whole_years_overlap_when_every_pair_shares_a_year(
    periods: list[Found], after: list[Found]
) -> None:
    def years(one: Found) -> set[int]:
        assert one.first is not None and one.last is not None
        return set(range(one.first.year, one.last.year + 1))

    shared = all(years(one) & years(other) for one in periods for other in after)
    assert engine._whole_years_overlapping(periods, after) == shared

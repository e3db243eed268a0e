"""The plain one-day reading (`dates.plaindate`) is the grammar's, field by field.

`parse_deadline` reads "Trước ngày 30/6/2026" without the grammar; a difference in any
field (the reading's words, a refusal the grammar would make) would be a reading that
depends on which path took the phrase. Every plain phrase is compared with the engine's.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kehoach.dates.deadline import Context, DeadlineError, parse_deadline
from kehoach.dates.engine import parse
from kehoach.dates.grammar import Unreadable
from kehoach.dates.plaindate import read_plain

HEADS = (
    "Trước ngày", "trước ngày", "Trước", "trước", "Hoàn thành trước ngày",
    "hoàn thành trước", "Chậm nhất ngày", "chậm nhất là ngày", "Ngày", "ngày",
)  # fmt: skip
DAYS = st.dates(date(1985, 1, 1), date(2105, 12, 31))


@st.composite
def plain(draw: st.DrawFn) -> tuple[str, Context]:
    day = draw(DAYS)
    d = f"{day.day:02d}" if draw(st.booleans()) else str(day.day)
    m = f"{day.month:02d}" if draw(st.booleans()) else str(day.month)
    issued = draw(st.none() | st.just(day - timedelta(days=draw(st.integers(-400, 15000)))))
    context = Context(
        issued=issued,
        strict_before=draw(st.booleans()),
        standing=draw(st.booleans()),
        header=draw(st.none() | st.just("Số ngày trước ngày bầu cử")),
    )
    return f"{draw(st.sampled_from(HEADS))} {d}/{m}/{day.year}", context


@given(plain())
def test_a_plain_day_reads_as_the_grammar_reads_it(case: tuple[str, Context]) -> None:
    phrase, context = case
    fast = read_plain(phrase, context)
    try:
        slow = parse(phrase, context)
    except Unreadable:
        assert fast is None  # refused by the grammar: never read past it
        return
    assert fast is None or (fast,) == slow


@given(st.text(max_size=30))
def test_any_other_text_goes_to_the_grammar_or_reads_the_same(text: str) -> None:
    phrase = f"Trước ngày {text}"
    fast = read_plain(phrase, Context(issued=date(2026, 1, 1)))
    if fast is not None:
        assert (fast,) == parse(phrase, Context(issued=date(2026, 1, 1)))


def test_the_common_forms_take_the_fast_path_and_the_rest_do_not() -> None:
    issued = Context(issued=date(2026, 1, 13))
    assert read_plain("Trước ngày 30/6/2026", issued) is not None
    assert read_plain("Chậm nhất ngày 15/3/2026", issued) is not None
    assert read_plain("Trước ngày 30/6/2026 (thứ Ba)", issued) is None  # a gloss to check
    assert read_plain("Trước ngày 31/2/2026", issued) is None  # refused by the grammar
    assert read_plain("Trước ngày 30/6/2025", issued) is None  # before the issue day
    assert read_plain("Trước ngày 15/6/2062", issued) is None  # decades on: a year mistyped
    assert read_plain("Trước ngày 30/6/2026", Context()) is None  # no issue day to judge by
    assert read_plain("Trước ngày 30/6/2026", Context(strict_before=True)) is None
    # digits of other scripts are the grammar's to refuse (fresh43: full-width "３０/６/２０２６")
    assert read_plain("Trước ngày ３０/６/２０２６", issued) is None
    assert read_plain("Trước ngày ٣٠/٦/٢٠٢٦", issued) is None
    try:
        parse_deadline("Trước ngày 31/2/2026", issued)
    except DeadlineError as error:
        assert "không phải ngày có thật" in str(error)  # the grammar's reason, not a crash
    else:
        raise AssertionError("31/02/2026 read")

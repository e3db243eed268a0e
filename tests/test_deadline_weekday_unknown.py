"""A weekly phrase whose weekday the grammar does not know is refused, never read as due each
Sunday (harden21, session 29: "thứ Xyz hàng tuần" read "hằng tuần, hạn ngày cuối tuần"; the
lost-letter copy "Từ thứ Hai đến thứ Su hàng tuần" of a real schedule was the case found).
The weekdays it knows, as printed or typed bare, still read on their day."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import DEC_2026, one, refused
from kehoach.base.text import fold
from kehoach.dates.deadline import DeadlineKind

# ... and "nm", "Năm" that lost its "ă" in a copy: the lost-letter repair reads "thứ Nm" as
# Thursday, the one weekday it can be (hypothesis drew it in session 32; read, not misread)
_KNOWN = {"hai", "ba", "tu", "nam", "sau", "bay", "nm"}
_WORDS = st.text(alphabet="abcdeghiklmnopqrstuvxyàáâãèéêìíòóôõùúăđĩũơư", min_size=2, max_size=6)


@given(word=_WORDS.filter(lambda word: fold(word) not in _KNOWN))
def test_an_unknown_weekday_in_a_weekly_phrase_is_refused(word: str) -> None:
    for thu in ("thứ", "thu"):
        phrase = f"họp giao ban vào {thu} {word.capitalize()} hàng tuần"
        refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        ("họp giao ban vào sáng thứ Hai hàng tuần", "FREQ=WEEKLY;BYDAY=MO"),
        ("vào thứ Năm hàng tuần", "FREQ=WEEKLY;BYDAY=TH"),
        ("vao thu Nam hang tuan", "FREQ=WEEKLY;BYDAY=TH"),
        ("thứ Sáu hằng tuần", "FREQ=WEEKLY;BYDAY=FR"),
        ("họp giao ban vào thứ Nm hàng tuần", "FREQ=WEEKLY;BYDAY=TH"),  # "Năm", its "ă" lost
    ],
)
def test_a_known_weekday_still_reads_on_its_day(phrase: str, rrule: str) -> None:
    reading = one(phrase, DEC_2026)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == rrule


def test_an_ordinal_or_a_verb_after_thu_is_no_weekday() -> None:
    """ "lần thứ Mười" (the tenth), "thu phí" (collect fees) and a place, "phường Thủ Đức",
    keep their readings."""
    assert one("thu phí hàng tuần", DEC_2026).kind is DeadlineKind.RECURRING
    # an ordered congress each year is refused since guardsb53 (ordinalcadence), as a round
    assert "theo thứ tự" in refused("Đại hội lần thứ Mười hàng năm", DEC_2026)
    reading = one("giao ban tại phường Thủ Đức hàng tuần", DEC_2026)
    assert reading.kind is DeadlineKind.RECURRING


@pytest.mark.parametrize("word", ["Duoc", "Được", "La", "Se", "Xong"])
def test_a_filler_word_after_thu_is_an_unknown_weekday(word: str) -> None:
    """A word the label drops as filler at its end ("được", "là", "sẽ", "xong") is, after
    "thứ", a weekday's name the grammar does not know: "vào thứ Duoc hàng tuần" dropped it and
    read every week due Sunday until hypothesis drew it (session 37)."""
    for thu in ("thứ", "thu"):
        refused(f"họp giao ban vào {thu} {word} hàng tuần", DEC_2026)

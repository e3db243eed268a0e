"""An event called off or put off (kehoach.dates.calledoff): one list of words, refused
wherever it says the day printed beside it is given up.

The phrases are the shapes of tests/test_deadline_breaker.py ("Ngày 12/10/2027, thi chọn học
sinh giỏi, hoãn") and of the label's rule ("Hoãn tổ chức Hội nghị ngày 15/3"), one for each
word of the list: before the list was one, "…, tạm ngưng" after a day read as a deadline on
the day called off, while "tạm dừng" and "tạm ngừng" there were refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import refused
from kehoach.dates.deadline import Context, parse_deadlines

PLAN = Context(issued=date(2027, 1, 15))
_WORDS = ["hoãn", "tạm hoãn", "tạm dừng", "tạm ngừng", "tạm ngưng", "hủy bỏ", "huỷ bỏ"]


@pytest.mark.parametrize("word", _WORDS)
def test_a_word_calling_off_after_its_day_is_refused(word: str) -> None:
    why = refused(f"Ngày 12/10/2027, thi chọn học sinh giỏi, {word}", PLAN)
    assert "hoãn, hủy hoặc dừng" in why


@pytest.mark.parametrize("word", _WORDS)
def test_a_word_calling_off_before_its_day_is_refused(word: str) -> None:
    why = refused(f"{word.capitalize()} tổ chức Hội nghị ngày 15/3/2027", PLAN)
    assert "hoãn" in why


@pytest.mark.parametrize("word", _WORDS)
def test_a_word_calling_off_with_its_new_day_is_read(word: str) -> None:
    """ "hoãn … sang ngày 30/6/2027": the new day is the deadline."""
    (day,) = parse_deadlines(f"{word.capitalize()} Hội nghị sang ngày 30/6/2027", PLAN)
    assert day.last == date(2027, 6, 30)

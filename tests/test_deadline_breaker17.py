"""Misreads closed in the seventeenth breaker session (issue 11, §1: never a silent wrong
date): the phrases of zf-, zg-, zh- and zi- that read right, varied as a real copy varies
them (diacritics stripped wholly or in part, vowels lost in a PDF's text, a comma for a full
stop or a semicolon, a dash for "đến", spaces around "/", a line break, upper case), read
the same days as the phrase printed, or are refused. Each phrase is real (its corpus file
named) or that phrase so varied; the list, with the tool's old reading, is in the session's
notes (/work/notes/harden17-report.md)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deadline_forms import ctx, one
from kehoach.base.text import unaccent

# --- A start glossed with its day: "từ hôm nay (25/2)" -------------------------------------
#
# zg-cand-ngay-hoi-tuyen-quan-2024 (Công an nhân dân, 25/02/2024): the hand-over starts that
# day, no end given. Bare, its words were a label and 25/2 read as due.
FROM_TODAY = (
    "Bắt đầu từ hôm nay (25/2), Công an các địa phương phối hợp chặt chẽ với cơ quan Quân sự "
    "cùng cấp tổ chức lễ giao nhận quân trên địa bàn cả nước."
)
COPIES: tuple[Callable[[str], str], ...] = (
    lambda text: text,
    unaccent,  # "Bat dau tu hom nay (25/2), …"
    str.upper,
    lambda text: text.replace("từ hôm nay", "tu hom nay"),  # a word typed bare
    lambda text: text.replace("từ hôm nay", "từ\nhôm nay"),  # a line break in a PDF copy
    lambda text: text.replace("(25/2)", "(25 / 2)"),
)


@pytest.mark.parametrize("copy", COPIES)
def test_a_start_glossed_as_today_reads_its_start_in_any_copy(copy: Callable[[str], str]) -> None:
    reading = one(copy(FROM_TODAY), ctx("2024-02-25"))
    assert (reading.earliest, reading.last) == (one(FROM_TODAY, ctx("2024-02-25")).earliest, None)
    assert str(reading.earliest) == "2024-02-25"

"""What fresh43 found wrong in the helpers' new readings before the merge (session 43).

Each phrase here was read by the trial merge of the helpers' branches, where main refused
it: a negation, a condition, a cadence or a year said from the writing before rounds
counted ("theo 2 đợt"), rounds that overlap or leave their year (a slip of the copy). Each
must stay refused; the real phrase the rule was made for still reads.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines

ROUNDS = "Đợt I từ ngày 01/1 đến ngày 30/6/2021 và Đợt II từ ngày 01/7-31/12/2021"
IN_2021 = Context(issued=date(2021, 1, 1))


@pytest.mark.parametrize(
    "phrase",
    [
        f"Lịch tiêm phòng không được thực hiện theo 2 đợt. {ROUNDS}",
        f"Nếu có dịch, lịch tiêm phòng được thực hiện theo 2 đợt. {ROUNDS}",
        "Hằng năm, tiêm phòng theo 2 đợt: Đợt I từ ngày 01/3 đến ngày 30/4/2021 và Đợt II từ "
        "ngày 01/9 đến ngày 30/10/2021",
        "Năm sau, tiêm phòng theo 2 đợt: Đợt I từ 01/1 đến 30/6 và Đợt II 01/7-31/12/2021",
        "Lịch tiêm phòng được thực hiện theo 2 đợt. Đợt I từ ngày 01/1 đến ngày 30/6/2021 và "
        "Đợt II từ ngày 01/6-31/12/2021",
        "Lịch tiêm phòng được thực hiện theo 2 đợt. Đợt I từ ngày 01/1 đến ngày 30/6/2021 và "
        "Đợt II từ ngày 01/7-31/12/2022",
    ],
)
def test_rounds_a_word_or_a_slip_puts_in_doubt_stay_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, IN_2021)


def test_a_sitting_under_a_condition_stays_refused() -> None:
    phrase = (
        "Nếu đủ điều kiện, Quốc hội khóa mới sẽ họp Kỳ họp thứ nhất, phiên trù bị vào chiều "
        "Chủ nhật, ngày 5/4/2026, khai mạc sáng 6/4/2026 và bế mạc vào ngày 25/4/2026"
    )
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=date(2026, 1, 1)))


def test_the_rounds_the_rule_was_made_for_still_read() -> None:
    # zp-tothethao (An Lão, 2021)
    phrase = (
        "Lịch tiêm phòng vắc-xin cho đàn gia cầm được thực hiện khép kín theo 2 đợt. Đợt I "
        "tính từ ngày 01/1 đến ngày 30/6/2021 và Đợt II từ ngày 01/7-31/12/2021"
    )
    rounds = parse_deadlines(phrase, IN_2021)
    assert [(r.first, r.last) for r in rounds] == [
        (date(2021, 1, 1), date(2021, 6, 30)),
        (date(2021, 7, 1), date(2021, 12, 31)),
    ]


@pytest.mark.parametrize("closing", ["25/4/2027", "25/12/2026"])
def test_a_sitting_closing_months_after_its_opening_stays_refused(closing: str) -> None:
    """fresh43: a closing a year (or nine months) after the opening read as one sitting."""
    phrase = (
        "Quốc hội khóa mới sẽ họp Kỳ họp thứ nhất, phiên trù bị vào chiều Chủ nhật, ngày "
        f"5/4/2026, khai mạc sáng 6/4/2026 và bế mạc vào ngày {closing}"
    )
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=date(2025, 12, 28)))

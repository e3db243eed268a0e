"""Session 57, helper f57: a standing rule's steps, each due before its own day without a
year, read each as the yearly rule on its day (`kehoach.dates.standingsteps`, the lead's
ruling of session 34 on standing rules).

The corpus phrases are the sowing calendar of every winter season of the Chi cục Trồng trọt
và BVTV Nam Định (zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong, `standing: true`, no issue day):
"Vào bầu trước 25/9 và trồng trước 10/10" is two works, each due each year on its day. Its
neighbours stay refused: a start, a span, "sau", a year written, "năm sau", "hằng năm" or
"hằng tháng", a condition, a negation, a permission, a forecast, a wait, a thing told done,
alternatives ("hoặc" between the days), a day out of order, a day shared by two works, a
second day without its own "trước", a lunar day, words after the last day. Without the
standing rule nothing changes: a plan's year, or no year at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

STANDING = Context(standing=True)

# the corpus phrases (zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong)
POTTED = "Vào bầu trước 25/9 và trồng trước 10/10"
SOWN_OR_POTTED = "Gieo hoặc vào bầu trước 20/9, trồng trước 10/10"
MAIZE = (
    "Ngô lương thực gieo thẳng trên đất bãi, vào bầu trên đất 2 lúa (trước 25/9), "
    "trồng trước ngày 5/10"
)


def _rules(phrase: str, context: Context = STANDING) -> list[tuple[str | None, str | None]]:
    readings = parse_deadlines(phrase, context)
    assert all(one.kind is DeadlineKind.RECURRING and one.phrase == phrase for one in readings)
    assert all("quy định áp dụng hằng năm" in one.reading for one in readings)
    return [(one.rrule, one.label) for one in readings]


@pytest.mark.parametrize(
    ("phrase", "rules"),
    [
        (
            POTTED,
            [
                ("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=25", "Vào bầu"),
                ("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10", "trồng"),
            ],
        ),
        (
            SOWN_OR_POTTED,  # "hoặc" joins two ways of raising seedlings, before the first day
            [
                ("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20", "Gieo hoặc vào bầu"),
                ("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10", "trồng"),
            ],
        ),
        (
            MAIZE,  # the land named by its crops ("đất 2 lúa") and a bracketed day
            [
                (
                    "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=25",
                    "Ngô lương thực gieo thẳng trên đất bãi, vào bầu trên đất 2 lúa",
                ),
                ("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=5", "trồng"),
            ],
        ),
        (
            "Các xã gửi báo cáo chậm nhất ngày 10 tháng 12, Sở tổng hợp trình UBND tỉnh "
            "chậm nhất ngày 20 tháng 12",
            [
                ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10", "Các xã gửi"),
                ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", "Sở tổng hợp trình UBND tỉnh"),
            ],
        ),
        (
            "Gieo trước 20/9, vào bầu trước 25/9, trồng trước 10/10",
            [
                ("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20", "Gieo"),
                ("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=25", "vào bầu"),
                ("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10", "trồng"),
            ],
        ),
        (
            "Vao bau truoc 25/9 va trong truoc 10/10",  # typed without diacritics
            [
                ("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=25", "Vao bau"),
                ("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10", "trong"),
            ],
        ),
    ],
)
def test_a_standing_rules_steps_are_each_due_every_year_on_their_day(
    phrase: str, rules: list[tuple[str, str]]
) -> None:
    """Refused before ("thời hạn không ghi năm và kế hoạch không có ngày ban hành"): each
    step alone read every year, the two together not at all."""
    assert _rules(phrase) == rules


def test_the_yearly_rule_keeps_the_repository_count_of_before() -> None:
    """Under `strict_before` each step is due as that step alone is (the day before)."""
    strict = Context(standing=True, strict_before=True)
    got = [one.rrule for one in parse_deadlines(POTTED, strict)]
    alone = [
        parse_deadlines(part, strict)[0].rrule
        for part in ("Vào bầu trước 25/9", "trồng trước 10/10")
    ]
    assert (
        got
        == alone
        == ["FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=24", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=9"]
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Vào bầu trước 25/9 và trồng từ 10/10",  # a start
        "Vào bầu từ 25/9 và trồng trước 10/10",
        "Vào bầu trước 25/9 và trồng sau 10/10",  # after: no due day
        "Vào bầu trước 25/9 và trồng đến 10/10",  # a span's end, the ruling's refusal
        "Vào bầu trước 25/9/2025 và trồng trước 10/10",  # a year written
        "Vào bầu trước 25/9 và trồng trước 10/10 năm sau",  # which year's?
        "Vào bầu trước 25/9 năm sau và trồng trước 10/10",
        "Vào bầu trước 25/9 và trồng trước 10/10 hằng năm",
        "Hằng tháng vào bầu trước 25/9 và trồng trước 10/10",
        "Vào bầu trước 25/9, nếu mưa thì trồng trước 10/10",  # a condition
        "Nếu mưa, vào bầu trước 25/9 và trồng trước 10/10",
        "Vào bầu trước 25/9 và không trồng trước 10/10",  # a negation
        "Đã vào bầu trước 25/9 và trồng trước 10/10",  # told done
        "Vào bầu trước 25/9 và có thể trồng trước 10/10",  # a permission
        "Vào bầu trước 25/9 và được trồng trước 10/10",
        "Tạm dừng vào bầu trước 25/9 và trồng trước 10/10",  # a pause
        "Cấm khai thác trước 25/9 và cấm đánh bắt trước 10/10",  # a ban
        "Các xã gửi trước 20/12, huyện gửi trước 10/1",  # into the next year: which year's?
        "Dự kiến vào bầu trước 25/9 và trồng trước 10/10",  # a forecast
        "Vào bầu trước 25/9 và chờ đến trước 10/10 mới trồng",  # a wait
        "Vào bầu trước 25/9 hoặc trồng trước 10/10",  # alternatives
        "Vào bầu trước 25/9, trồng trước 20/9",  # out of order
        "Trồng trước 10/10 và vào bầu trước 25/9",
        "Vào bầu trước 25/9 và trồng trước 25/9",  # one day for two works
        "Vào bầu trước 25/9 và trước 10/10",  # no second step named
        "Gieo trước 20/9 và 25/9, trồng trước 10/10",  # a day without its own "trước"
        "Trước ngày 05/6 và 10/12",
        "Vào bầu trước 25/9 và trồng trước 10/10 (âm lịch)",  # another calendar
        "Vào bầu trước 25/9 và trồng trước 10/10, thu hoạch 15/1",  # a third day, no lead
        "Vào bầu trước 25/9 và trồng trước 10/10, thu hoạch tháng 1",
        "Vào bầu trước 25/9 và trồng trước 10/10 để kịp thu hoạch",  # words after
        "Vào bầu trước 25/9 và trồng trước 10/10 khi trời ấm",
        "Vào bầu trước 25/9 và trồng trước 10/10 trừ năm mất mùa",
        "Vào bầu trước 25/9 và trồng trước 10/10 tháng sau",
        "Vào bầu trước 8 giờ 25/9 và trồng trước 10/10",  # an hour
        "Vào bầu trước 31/9 và trồng trước 10/10",  # no such day
        "Vào bầu trước 10 ngày và trồng trước 10/10",  # a count
    ],
)
def test_steps_that_are_not_plain_yearly_due_days_stay_refused(phrase: str) -> None:
    refused(phrase, STANDING)


def test_without_the_standing_rule_nothing_changes() -> None:
    """A plan of a year reads the steps in its year; a page with no year and no rule refuses."""
    got = [one.last for one in parse_deadlines(POTTED, Context(issued=date(2025, 8, 1)))]
    assert got == [date(2025, 9, 25), date(2025, 10, 10)]
    refused(POTTED, Context())

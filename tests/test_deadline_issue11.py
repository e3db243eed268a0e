"""Every phrase issue 11 quotes reads as stated there, or is refused as stated (§1, §2)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.base.text import fold
from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    Relative,
    parse_deadline,
    parse_deadlines,
)

PLAN = Context(issued=date(2027, 3, 1))  # a plan of 2027: phrases without a year take it
D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RECURRING


def day(text: str) -> date:
    d, m, y = map(int, text.split("/"))
    return date(y, m, d)


# phrase -> one (kind, first, last) per deadline it names
SPANS = {
    # §2: day-month with "-" or ".", a range taking its year from its end, across new year
    "trước ngày 20-11": [(D, "20/11/2027", "20/11/2027")],
    "từ ngày 1.3 đến ngày 30.4": [(W, "1/3/2027", "30/4/2027")],
    "Từ ngày 20/12 đến ngày 10/01/2028": [(W, "20/12/2027", "10/1/2028")],
    # parentheses that explain: a weekday, a number in words, a gloss
    "07/3/2027 (Chủ nhật)": [(D, "7/3/2027", "7/3/2027")],
    "ngày 05 (năm) tháng 6": [(D, "5/6/2027", "5/6/2027")],
    "ngày 15/3/2027 (60 ngày trước ngày bầu cử)": [(D, "15/3/2027", "15/3/2027")],
    # damaged copies, times of day
    "Hoàn thnh trc ngày 10/4/2027": [(D, "10/4/2027", "10/4/2027")],
    "10 giờ ngày 14/3/2027": [(D, "14/3/2027", "14/3/2027")],
    "10 gi ngày 14/3/2027": [(D, "14/3/2027", "14/3/2027")],
    # periods with a qualifier
    "đầu tháng 5/2027": [(W, "1/5/2027", "10/5/2027")],
    "giữa tháng 5/2027": [(W, "11/5/2027", "20/5/2027")],
    "cuối tháng 5/2027": [(W, "21/5/2027", "31/5/2027")],
    "khoảng giữa năm 2027": [(W, "1/4/2027", "30/9/2027")],
    "cuối quý II/2027": [(W, "1/6/2027", "30/6/2027")],
    "Ba tháng cuối năm 2027": [(W, "1/10/2027", "31/12/2027")],
    "3 tháng đầu năm 2027": [(W, "1/1/2027", "31/3/2027")],
    "quý I và quý II/2027": [(W, "1/1/2027", "31/3/2027"), (W, "1/4/2027", "30/6/2027")],
    "tháng 11 và quý IV năm 2027": [(W, "1/11/2027", "30/11/2027"), (W, "1/10/2027", "31/12/2027")],
    "ngay trong tháng 5 này": [(W, "1/5/2027", "31/5/2027")],
    # windows stated with a start and an end in words
    "bắt đầu từ tháng 4/2027, hoàn thành trước ngày 30/6/2027": [(W, "1/4/2027", "30/6/2027")],
    "Thực hiện trong 3 tháng, bắt đầu từ tháng 9/2027; kết thúc vào 30/11/2027": [
        (W, "1/9/2027", "30/11/2027")
    ],
    "từ nay đến hết năm 2027": [(W, "1/3/2027", "31/12/2027")],
    # year spans with words before them; horizons that do not extend the end
    "10 năm 2021 - 2030": [(W, "1/1/2021", "31/12/2030")],
    "nhiệm kỳ 2020 - 2025": [(W, "1/1/2020", "31/12/2025")],
    "nhiệm kỳ 2020– 2025": [(W, "1/1/2020", "31/12/2025")],
    "nhiêm kỳ 2020 - 2025": [(W, "1/1/2020", "31/12/2025")],
    "thực hiện trong 2 năm 2027-2028": [(W, "1/1/2027", "31/12/2028")],
    "trong năm 2027 và 2028": [(W, "1/1/2027", "31/12/2028")],
    "giai đoạn 2026-2030, định hướng đến năm 2035": [(W, "1/1/2026", "31/12/2030")],
    "đến năm 2030, tầm nhìn đến năm 2045": [(D, "31/12/2030", "31/12/2030")],
    # "Đến năm 2035": by the end of that year
    "Đến năm 2035": [(D, "31/12/2035", "31/12/2035")],
    "ĐẾN NĂM 2035": [(D, "31/12/2035", "31/12/2035")],
    # two deadlines joined by "và": two milestones
    "Tháng 3 và tháng 9/2027": [(W, "1/3/2027", "31/3/2027"), (W, "1/9/2027", "30/9/2027")],
}


@pytest.mark.parametrize("phrase", SPANS, ids=fold)
def test_issue_phrase_reads_as_stated(phrase: str) -> None:
    got = [(d.kind, d.first, d.last) for d in parse_deadlines(phrase, PLAN)]
    assert got == [(kind, day(first), day(last)) for kind, first, last in SPANS[phrase]]


@pytest.mark.parametrize(
    ("phrase", "field", "value"),
    [
        ("bắt đầu từ tháng 4/2027, hoàn thành trước ngày 30/6/2027", "earliest", date(2027, 4, 1)),
        ("10 giờ ngày 14/3/2027", "time", "10:00"),
        ("10 gi ngày 14/3/2027", "time", "10:00"),
        ("ngày 15/3/2027 (60 ngày trước ngày bầu cử)", "gloss", "60 ngày trước ngày bầu cử"),
        ("đầu tháng 5/2027", "qualifier", "đầu"),
        ("khoảng giữa năm 2027", "qualifier", "khoảng giữa"),
        ("đến năm 2030, tầm nhìn đến năm 2045", "gloss", "tầm nhìn đến năm 2045"),
        ("trước ngày 20-11", "year_from_plan", True),
    ],
)
def test_issue_phrase_keeps_its_qualifying_words(phrase: str, field: str, value: object) -> None:
    assert getattr(parse_deadline(phrase, PLAN), field) == value


RULES = {
    "Chậm nhất ngày 20 của tháng báo cáo đối với báo cáo định kỳ hằng tháng": [
        "FREQ=MONTHLY;BYMONTHDAY=20"
    ],
    "Chậm nhất ngày 10 tháng 12 đối với báo cáo định kỳ hằng năm": [
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10"
    ],
    "trước ngày 10 tháng cuối cùng của mỗi quý": [
        "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=10"
    ],
    "trước ngày 15 của tháng": ["FREQ=MONTHLY;BYMONTHDAY=15"],
    "ngày 05 của tháng cuối quý": ["FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=5"],
    "định kỳ 3 tháng": ["FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1"],
    "hằng quý, năm": [
        "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1",
    ],
    "ít nhất 1 lần/quý": ["FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1"],
    # weekly: due on the week's last day (Sunday), as "hằng tháng" with no day is due on the
    # month's last day; six-monthly: by half-years, 30/6 and 31/12
    "hằng tuần": ["FREQ=WEEKLY;BYDAY=SU"],
    "Định kỳ 6 tháng": ["FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"],
    "6 tháng một lần": ["FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"],
}


@pytest.mark.parametrize("phrase", RULES, ids=fold)
def test_issue_recurring_phrase_reads_with_its_day(phrase: str) -> None:
    readings = parse_deadlines(phrase, PLAN)
    assert [(d.kind, d.rrule) for d in readings] == [(R, rule) for rule in RULES[phrase]]


RELATIVES = {
    "Trong thời hạn 30 ngày kể từ ngày ký ban hành": Relative(
        30, "ngày", False, "after", "ngày ký ban hành"
    ),
    "ít nhất 30 ngày làm việc trước ngày khai mạc Đại hội": Relative(
        30, "ngày", True, "before", "ngày khai mạc Đại hội"
    ),
    "trước ngày khai mạc 2 tuần": Relative(2, "tuần", False, "before", "ngày khai mạc"),
}


@pytest.mark.parametrize("phrase", RELATIVES, ids=fold)
def test_issue_relative_phrase_reads_into_structure(phrase: str) -> None:
    got = parse_deadline(phrase, PLAN)
    assert (got.kind, got.relative, got.first, got.last) == (
        DeadlineKind.RELATIVE,
        RELATIVES[phrase],
        None,
        None,
    )


REFUSED = {
    # §1: two deadlines joined by "hoặc" are not one
    "Quý II/2027 hoặc trước ngày 20/11/2027": "hoặc",
    "Trước ngày 15 tháng 9 năm 2027 hoặc trước ngày 20/9/2027": "hoặc",
    # §2: what is not a deadline stays unreadable
    "theo quy định": "không nhận ra thời hạn",
    "khi có yêu cầu": "không nhận ra thời hạn",
    "đột xuất khi cần thiết": "không nhận ra thời hạn",
    "trong 1/2 ngày": "không nhận ra thời hạn",
    "theo lịch chung của Bộ": "không nhận ra thời hạn",
    # deliberately refused: no end, and a bound ("đến hết") with none given ("giai đoạn 2026 -
    # 2030 và các năm tiếp theo" alone reads an open start since tune-zf, as the lead settled)
    "đến hết năm 2030 và các năm tiếp theo": "không có ngày kết thúc",
    # a weekly or half-yearly cadence with a day the grammar has no reading for
    "hằng tuần, trước ngày 20": "kèm ngày",
    # a length is no cadence: "trong 6 tháng", "6 tháng" never read as "định kỳ 6 tháng"
    "trong 6 tháng": "không nhận ra thời hạn",
    "75 ngày": "không nói trước hay sau",  # without its column's header (see below)
}


@pytest.mark.parametrize("phrase", REFUSED, ids=fold)
def test_issue_phrase_is_refused_as_stated(phrase: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadlines(phrase, PLAN)
    assert REFUSED[phrase] in caught.value.why
    assert "last_day" in caught.value.why or "không nhận ra" not in REFUSED[phrase]


def test_a_bare_count_takes_its_direction_and_anchor_from_the_column_header() -> None:
    """§2: "75 ngày" in a column headed "số ngày trước ngày bầu cử" is 75 days before it."""
    headed = Context(issued=PLAN.issued, header="Số ngày trước ngày bầu cử")
    got = parse_deadline("75 ngày", headed)
    assert (got.kind, got.relative) == (
        DeadlineKind.RELATIVE,
        Relative(75, "ngày", False, "before", "ngày bầu cử"),
    )


def test_without_a_plan_date_a_yearless_phrase_says_why() -> None:
    with pytest.raises(DeadlineError, match="không ghi năm"):
        parse_deadline("trước ngày 20-11")


def test_a_start_bound_is_read_as_one_and_never_as_a_deadline() -> None:
    """§1: "sớm nhất là ngày 18/9" is a start bound: `earliest`, no last day to be late
    from; a milestone (one deadline) refuses it and points to last_day."""
    (got,) = parse_deadlines("sớm nhất là ngày 18/9", PLAN)
    assert (got.kind, got.earliest, got.first, got.last) == (D, date(2027, 9, 18), None, None)
    assert "không phải hạn cuối" in got.reading
    with pytest.raises(DeadlineError, match="last_day"):
        parse_deadline("sớm nhất là ngày 18/9", PLAN)


def test_a_weekly_rule_says_its_due_day_and_status_counts_it() -> None:
    """ "hằng tuần": the reading says the convention (the week's last day, Chủ nhật), and
    status's next due day from a Wednesday is that week's Sunday."""
    from kehoach.reports.status import current_occurrence, previous_occurrence

    (got,) = parse_deadlines("hằng tuần", PLAN)
    assert "Chủ nhật" in got.reading and got.recurrence is not None
    wednesday = date(2027, 3, 3)
    assert current_occurrence(got.recurrence, wednesday) == date(2027, 3, 7)
    assert previous_occurrence(got.recurrence, date(2027, 3, 7)) == date(2027, 2, 28)
    (half,) = parse_deadlines("Định kỳ 6 tháng", PLAN)
    assert half.recurrence is not None
    assert current_occurrence(half.recurrence, date(2027, 7, 1)) == date(2027, 12, 31)
    assert previous_occurrence(half.recurrence, date(2027, 12, 31)) == date(2027, 6, 30)

"""Every refusal a clerk meets says what to write instead (issue 11 §4).

A phrase copied from a document that the grammar cannot read is extra work; the message
must say which field takes the day (`last_day`, and `first_day` for a window's start), not
only why the phrase was refused. The plan's missing issue day keeps its own way out."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from kehoach.dates.grammar import NO_YEAR


def _why(phrase: str, context: Context) -> str:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, context)
    return refused.value.why


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # s-hepza-bql-1493-bao-cao-tai-nan-lao-dong: a report's period before its span
        ("+ Báo cáo 6 tháng năm 2021: 15/6/2021 – 05/7/2021;", date(2021, 6, 1)),
        # b-baonghean-ca-mau-nam-hoc-2025-2026: an end counted to an event without its day
        (
            "Học sinh lớp 1, lớp 9 và lớp 12 tựu trường từ 25/8/2025 đến trước ngày khai giảng.",
            date(2025, 8, 1),
        ),
        # n-ninhbinh-qd-636-nam-hoc-2023-2024: a start in parentheses without its end
        (
            "Theo đó, ngày tựu trường các cấp học là ngày 29/8 (riêng đối với lớp 1 từ ngày "
            "22/8/2023)",
            date(2023, 8, 1),
        ),
        # u-cafef-lich-tuu-truong-34-tinh-2025-2026: words after two days
        (
            "học kỳ I sẽ kết thúc trước 18/1/2026, kỳ II trước 31/5/2026, tương tự các năm trước",
            date(2025, 8, 1),
        ),
    ],
)
def test_a_refusal_names_the_fields_to_write(phrase: str, issued: date) -> None:
    assert "last_day" in _why(phrase, Context(issued=issued))


def test_the_way_out_is_said_once() -> None:
    """A refusal that already names its way out is not given a second one."""
    why = _why("Trong tháng 6 hoặc tháng 7/2027", Context(issued=date(2027, 1, 5)))
    assert why.count("last_day") == 1


def test_a_year_missing_keeps_its_own_way_out() -> None:
    """Without the plan's issue day the way out is the issue day (`--issued`), said by the
    caller, not a day to copy."""
    assert _why("Trước ngày 30/6", Context()) == NO_YEAR

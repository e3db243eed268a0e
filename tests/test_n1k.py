"""Session 49, family N1 (helper n1k): phrases refused as not recognised. An exam's day told
first, then the span to register for it: the registration comes before the event it is for,
so the span told second that ends before the day is that event's registration, two steps,
each its milestone (issue 11: never a silent wrong date; two deadlines are read as two
milestones, never resolved into one)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# za-thanhnien-lich-thi-dgnl-2026 (Thanh Niên on the 2026 aptitude tests, 04/01/2026)
FIRST_ROUND = "Lịch thi đợt 1 diễn ra vào ngày 5.4, thí sinh đăng ký dự thi từ ngày 24.1 đến 23.2."
SECOND_ROUND = "Đợt 2, kỳ thi tổ chức vào ngày 24.5, đăng ký dự thi từ 18.4 đến 25.4."
_EXAM = "Kỳ thi diễn ra vào ngày 5/4, "


def test_an_exam_day_then_its_registration_reads_two_steps() -> None:
    assert _read(FIRST_ROUND, "2026-01-04") == [
        (D, date(2026, 4, 5), date(2026, 4, 5)),
        (W, date(2026, 1, 24), date(2026, 2, 23)),
    ]
    assert _read(SECOND_ROUND, "2026-01-04") == [
        (D, date(2026, 5, 24), date(2026, 5, 24)),
        (W, date(2026, 4, 18), date(2026, 4, 25)),
    ]


def test_the_registration_told_after_with_a_third_step_in_order() -> None:
    phrase = _EXAM + "thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2, công bố kết quả ngày 20/4."
    assert _read(phrase, "2026-01-04") == [
        (D, date(2026, 4, 5), date(2026, 4, 5)),
        (W, date(2026, 1, 24), date(2026, 2, 23)),
        (D, date(2026, 4, 20), date(2026, 4, 20)),
    ]


def test_a_registration_told_after_keeps_its_neighbours_refused() -> None:
    issued = ctx("2026-01-04")
    for phrase in (
        _EXAM + "thí sinh đã đăng ký dự thi từ ngày 24/1 đến 23/2.",  # told done
        _EXAM + "thí sinh vừa đăng ký dự thi từ ngày 24/1 đến 23/2.",
        "Kỳ thi đã diễn ra vào ngày 5/4, thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "thí sinh không đăng ký dự thi từ ngày 24/1 đến 23/2.",  # a negation
        _EXAM + "thí sinh chưa đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "chưa mở đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "nếu thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",  # a condition
        "Nếu kỳ thi diễn ra vào ngày 5/4, thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",
        "Kỳ thi diễn ra vào ngày 5/4 hằng năm, thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "mỗi thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",  # a cadence's word
        "Kỳ thi diễn ra vào ngày 5/4 hoặc 6/4, thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2 hoặc từ 1/3 đến 5/3.",
        _EXAM + "thí sinh đăng ký dự thi từ ngày 24/3 đến 5/4.",  # up to the exam's day
        _EXAM + "thí sinh đăng ký dự thi từ ngày 24/3 đến 6/4.",  # past it
        _EXAM + "thí sinh đăng ký dự thi từ tháng 1 đến tháng 2.",  # whole months
        _EXAM + "thí sinh đăng ký dự thi trong tháng 2.",
        _EXAM + "số liệu kỳ đăng ký từ ngày 24/1 đến 23/2.",  # a period of figures
        _EXAM + "KỲ đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "báo cáo kết quả đăng ký dự thi từ ngày 24/1 đến 23/2.",
        _EXAM + "thí sinh ôn tập từ ngày 24/1 đến 23/2.",  # no registration: out of order
        "Kỳ thi diễn ra vào ngày 5/4 năm sau, thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",
        "Kỳ thi diễn ra vào ngày 5/4/2025, thí sinh đăng ký dự thi từ ngày 24/1 đến 23/2.",
    ):
        refused(phrase, issued)


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=2, max_value=12))
def test_a_registration_span_reads_only_ending_before_the_exam(day: int, month: int) -> None:
    phrase = f"Kỳ thi diễn ra vào ngày {day}/{month}, thí sinh đăng ký dự thi từ ngày 1/2 đến 10/2."
    exam = date(2026, month, day)
    if exam <= date(2026, 2, 10):  # the span reaches the exam's day: not its registration
        refused(phrase, ctx("2026-01-04"))
        return
    assert _read(phrase, "2026-01-04") == [
        (D, exam, exam),
        (W, date(2026, 2, 1), date(2026, 2, 10)),
    ]

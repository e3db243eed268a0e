"""Session 55, helper winA55 (issue 11, the long tail of refused windows): the forms it read,
and their neighbours held refused (issue 11 §1: never a silent wrong date).

- a clause of the step that comes first ("Sau khi …,") before a span written whole: the
  span's days, the clause its gloss (`firststep`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

# --- "Sau khi …," before a span written whole --------------------------------------------------

MAR_2026 = ctx("2026-03-04")  # m-hoahoctro-moc-tuyen-sinh-2026's page


def test_first_step_then_span_reads_the_span() -> None:
    reading = one(
        "Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7 đến 21/7/2026, thí sinh phải "
        "nộp lệ phí xét tuyển trực tuyến theo số lượng nguyện vọng đã đăng ký.",
        MAR_2026,
    )
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2026, 7, 15), date(2026, 7, 21))
    assert reading.gloss == "Sau khi kết thúc thời gian đăng ký nguyện vọng"
    assert reading.label is not None and reading.label.startswith("thí sinh phải nộp lệ phí")


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        (  # its days written whole, "hết"
            "Sau khi kết thúc đăng ký, từ ngày 15/7/2026 đến hết ngày 21/7/2026, thí sinh nộp "
            "lệ phí",
            date(2026, 7, 15),
            date(2026, 7, 21),
        ),
        (  # typed without diacritics
            "Sau khi ket thuc dang ky nguyen vong, tu 15/7 den 21/7/2026, thi sinh phai nop le phi",
            date(2026, 7, 15),
            date(2026, 7, 21),
        ),
    ],
)
def test_first_step_then_span_neighbours_read(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, MAR_2026)
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # the span without its year: the page's year is not lent after "Sau khi …"
        "Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7 đến 21/7, thí sinh nộp lệ phí",
        # the step after the span told done, negated or on a condition
        "Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7 đến 21/7/2026, thí sinh đã nộp "
        "lệ phí",
        "Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7 đến 21/7/2026, thí sinh không "
        "phải nộp lệ phí",
        "Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7 đến 21/7/2026, thí sinh nộp lệ "
        "phí nếu trúng tuyển",
        # the clause told done, or holding a count or a day of its own
        "Sau khi đã kết thúc đăng ký, từ 15/7 đến 21/7/2026, thí sinh nộp lệ phí",
        "Sau khi có kết quả 10 ngày, từ 15/7 đến 21/7/2026, thí sinh nộp lệ phí",
        "Sau khi kết thúc đăng ký trước ngày 10/7, từ 15/7 đến 21/7/2026, thí sinh nộp lệ phí",
        # a second span, a second due day, or a span written backwards
        "Sau khi kết thúc đăng ký, từ 15/7 đến 21/7/2026 và từ 1/8 đến 5/8/2026, thí sinh nộp "
        "lệ phí",
        "Sau khi kết thúc đăng ký, từ 15/7 đến 21/7/2026, thí sinh nộp lệ phí, riêng thí sinh "
        "tự do nộp trước ngày 30/7/2026",
        "Sau khi kết thúc đăng ký, từ 21/7 đến 15/7/2026, thí sinh nộp lệ phí",
    ],
)
def test_first_step_then_span_neighbours_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


def test_first_step_then_a_count_stays_counted_from_the_event() -> None:
    # "trong 10 ngày" after "Sau khi …" runs from the event (the lead's ruling of session 34,
    # `anchorfirst`), never from the page's day: no fixed day is read
    reading = one("Sau khi có kết quả, trong 10 ngày, thí sinh phải nộp lệ phí", MAR_2026)
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.first is None and reading.last is None

"""Session 56, helper unrecb56 (issue 11, the long tail of refused phrases): the forms it read,
and their neighbours held refused (issue 11 §1: never a silent wrong date).

- a thing denied, then "mà" and the time of what is done instead ("không quy định lịch tựu
  trường mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ"): the time after "mà", read as that
  part alone, the denied words its gloss (`contrasted`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

# --- "không …" then "mà" and a time ----------------------------------------------------------

AUG_2024 = ctx("2024-08-19")  # l-tien-giang-nam-hoc-2024-2025's page
TIEN_GIANG = (
    "Theo đó, với bậc mầm non, không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 sẽ tập "
    "trung đón trẻ, ổn định nền nếp chuẩn bị khai giảng năm học mới"
)


def test_time_after_a_thing_denied_is_the_time_of_what_is_done() -> None:
    reading = one(TIEN_GIANG, AUG_2024)
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2024, 8, 29), date(2024, 9, 4))
    assert reading.gloss is not None and "không quy định lịch tựu trường" in reading.gloss
    assert reading.label is not None and reading.label.startswith("tập trung đón trẻ")
    assert reading.phrase == TIEN_GIANG


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last", "earliest"),
    [
        (  # a start alone after "mà"
            "không quy định lịch tựu trường mà từ ngày 29-8 sẽ tập trung đón trẻ",
            DeadlineKind.DATE,
            None,
            None,
            date(2024, 8, 29),
        ),
        (  # one day after "mà"
            "không quy định lịch tựu trường mà ngày 29-8 sẽ tập trung đón trẻ",
            DeadlineKind.DATE,
            date(2024, 8, 29),
            date(2024, 8, 29),
            None,
        ),
        (  # the full stop that ends the sentence (m-baoapbac prints it)
            TIEN_GIANG + ".",
            DeadlineKind.WINDOW,
            date(2024, 8, 29),
            date(2024, 9, 4),
            date(2024, 8, 29),  # a window starts on its first day
        ),
    ],
)
def test_time_after_a_thing_denied_neighbours_read(
    phrase: str, kind: DeadlineKind, first: date | None, last: date | None, earliest: date | None
) -> None:
    reading = one(phrase, AUG_2024)
    assert (reading.kind, reading.first, reading.last, reading.earliest) == (
        kind,
        first,
        last,
        earliest,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # typed without diacritics: "ma" may be "mã" (a code), "khong" is unsure
        "khong quy dinh lich tuu truong ma tu ngay 29-8 den 4-9 se tap trung don tre",
        # "không chỉ … mà còn …" (not only … but also): no contrast
        "không chỉ tổ chức khai giảng mà còn từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ",
        # a condition before the denial
        "nếu không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ",
        # a thing told done, before or after "mà"
        "đã không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 đã tập trung đón trẻ",
        "không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 đã tập trung đón trẻ",
        # a day in the words denied: which day is meant is the clerk's
        "không tựu trường ngày 20/8 mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ",
        "không phải trước ngày 15/8 mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ",
        # what follows "mà" denied too
        "không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 không tập trung đón trẻ",
        # ... or conditional
        "không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ nếu có "
        "điều kiện",
        # a span already past on the page's day, without its year (ruling 39(b))
        "không quy định lịch tựu trường mà từ ngày 2-8 đến 4-8 sẽ tập trung đón trẻ",
        # a year after the span unlike the page's
        "không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9/2023 sẽ tập trung đón trẻ",
        # a word of time in the denied words
        "Học sinh không nghỉ hè năm nay mà từ ngày 29-8 đến 4-9 sẽ học bù",
        # a cadence after the span
        "không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 hằng năm sẽ tập trung đón trẻ",
        # a score, no span of days
        "không quy định lịch tựu trường mà từ 5 - 7/10 điểm sẽ được khen",
    ],
)
def test_time_after_a_thing_denied_neighbours_refused(phrase: str) -> None:
    refused(phrase, AUG_2024)

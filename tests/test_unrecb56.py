"""Session 56, helper unrecb56 (issue 11, the long tail of refused phrases): the forms it read,
and their neighbours held refused (issue 11 §1: never a silent wrong date).

- a thing denied, then "mà" and the time of what is done instead ("không quy định lịch tựu
  trường mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ"): the time after "mà", read as that
  part alone, the denied words its gloss (`contrasted`);
- a span of years whose end year is written without its "năm" ("từ năm 2012 đến 2015"): the
  years 2012 to 2015, as "từ năm 2012 - 2015" reads (`yearsto`); the levels of government
  "từ trung ương đến cơ sở" after a time, a place and no time (`label._NAMES_AFTER`).
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
        # "không gian" (space) is no denial
        "Không gian văn hóa mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ",
    ],
)
def test_time_after_a_thing_denied_neighbours_refused(phrase: str) -> None:
    refused(phrase, AUG_2024)


# --- "từ năm Y1 đến Y2" ------------------------------------------------------------------------

CTMTQG = (
    "Được thực hiện từ năm 2012 đến 2015, Chương trình mục tiêu quốc gia Y tế vừa được Thủ "
    "tướng Chính phủ phê duyệt có phạm vi thực hiện ở các tỉnh, thành phố trong cả nước, mục "
    "tiêu hình thành hệ thống chăm sóc sức khỏe đồng bộ từ trung ương đến cơ sở."
)
JUN_2011 = ctx("2011-06-01")


def test_years_span_with_its_end_year_bare_reads_as_the_years() -> None:
    reading = one(CTMTQG, ctx())  # the page prints no date: the years are written
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2012, 1, 1), date(2015, 12, 31))
    assert reading.phrase == CTMTQG


@pytest.mark.parametrize(
    "phrase",
    [
        "thực hiện từ năm 2012 đến 2015",
        "thực hiện từ năm 2012 đến hết 2015",
        "thuc hien tu nam 2012 den 2015",  # typed without diacritics
        "thực hiện từ năm 2012 tới 2015",
    ],
)
def test_years_span_with_its_end_year_bare_neighbours_read(phrase: str) -> None:
    reading = one(phrase, JUN_2011)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2012, 1, 1),
        date(2015, 12, 31),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "thực hiện từ năm 2015 đến 2012",  # the end before the start
        "thực hiện từ năm 2012 đến 2095",  # more than a programme's span: a figure?
        "số hộ tăng từ năm 2012 đến 2015 hộ",  # a count of households
        "từ năm 2012 đến 2015,5 tỷ",  # a sum
        "từ năm 2012 đến 2015/2016",  # a school year or a code
        "từ năm 2012 đến 2015 và từ năm 2016 đến 2020",  # two spans
        "nếu được phê duyệt, thực hiện từ năm 2012 đến 2015",  # a condition
        "đã thực hiện từ năm 2012 đến 2015",  # told done
        "không thực hiện từ năm 2012 đến 2015",  # denied
        "thực hiện từ năm 2012 đến 2015 hằng năm",  # a cadence
        "thực hiện từ năm 2012 đến 2015 trước ngày 30/6",  # another time
        "thực hiện từ năm 2012 đến 12/2015",  # a month cut from its day
    ],
)
def test_years_span_with_its_end_year_bare_neighbours_refused(phrase: str) -> None:
    refused(phrase, JUN_2011)


def test_levels_of_government_after_a_time_move_no_day() -> None:
    reading = one(
        "Triển khai từ ngày 1/7/2026 đến ngày 31/12/2026 trên toàn quốc, từ trung ương đến địa "
        "phương",
        ctx("2026-05-01"),
    )
    assert (reading.first, reading.last) == (date(2026, 7, 1), date(2026, 12, 31))
    # another "từ … đến …" after the time stays a time of its own
    refused(
        "Triển khai từ ngày 1/7/2026 đến ngày 31/12/2026, từ tháng 3 đến tháng 5", ctx("2026-05-01")
    )

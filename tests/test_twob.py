"""Session 39 round 2, family D (helper twob): a phrase refused as holding "another day or a
document number" beside its deadline, where the other token names a school year or a school
level, reads its day; the school year a step opens, named after its day, must hold that day
(issue 11: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE

# l-tien-giang-tuu-truong-2014-2015 (Báo Ấp Bắc, 2014)
TIEN_GIANG = (
    "Ngày 4/8, tất cả học sinh từ  cấp 1 đến cấp 3 trên địa bàn tỉnh Tiền Giang tựu trường "
    "năm học mới 2014- 2015"
)


def test_a_new_school_year_named_after_its_opening_day_reads_the_day() -> None:
    reading = one(TIEN_GIANG, ctx("2014-08-04"))
    assert days(reading) == (D, date(2014, 8, 4), date(2014, 8, 4))
    assert reading.label is not None and "năm học mới 2014- 2015" in reading.label


def test_a_school_level_is_no_number_left_unread() -> None:
    # the school levels of the corpus phrase above, alone after the day
    reading = one("Ngày 4/8, học sinh từ cấp 1 đến cấp 3 tựu trường", ctx("2014-08-04"))
    assert days(reading) == (D, date(2014, 8, 4), date(2014, 8, 4))


def test_a_count_of_days_after_cap_is_no_school_level() -> None:
    # refusal neighbour: "cấp 3 ngày" (granted in three days) keeps its count read
    why = refused("Cấp 3 ngày sau khi nhận hồ sơ, trước ngày 5/8", ctx("2014-08-04"))
    assert "số ngày tính từ một sự kiện" in why


def test_the_school_year_named_after_the_day_must_hold_it() -> None:
    # refusal neighbour: the day without its year took the plan's (2025), a year before the
    # school year 2026-2027 opens; it was read 05/09/2025 before
    why = refused("Ngày 5/9, học sinh tựu trường năm học 2026-2027", ctx("2025-08-01"))
    assert "không thuộc tháng 8, 9/2026" in why
    assert "last_day" in why


def test_a_day_with_its_year_outside_the_school_year_is_refused() -> None:
    why = refused("Ngày 5/9/2025, học sinh tựu trường năm học 2026-2027", ctx("2025-08-01"))
    assert "năm học 2026-2027" in why


def test_a_new_school_year_without_its_years_stays_refused() -> None:
    # refusal neighbour: "năm học mới" alone does not say which school year the day is of
    why = refused("Ngày 4/8, học sinh tựu trường năm học mới", ctx("2014-07-30"))
    assert "last_day" in why


def test_a_school_year_that_holds_the_day_reads() -> None:
    reading = one("Ngày 5/9, học sinh tựu trường năm học 2025-2026", ctx("2025-08-01"))
    assert days(reading) == (D, date(2025, 9, 5), date(2025, 9, 5))

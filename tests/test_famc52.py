"""Family C of session 52 (branch famc52): refusals of the tuning corpus turned right when the
words that held them are understood, each with its neighbours refused (issue 11 §1: never a
silent wrong day; two days never chosen between)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, Deadline, DeadlineKind, parse_deadlines
from kehoach.dates.recurrence import occurrences


def _days(readings: tuple[Deadline, ...]) -> list[tuple[DeadlineKind, date | None, date | None]]:
    """What a clerk sees of each reading: its kind, first and last day."""
    return [(read.kind, read.first, read.last) for read in readings]


# --- two days in a row side by side, no joiner (spacedpair) ---------------------------------

_VPCP = ctx("2021-04-23")  # Công văn 2748/VPCP-TH, 23/4/2021
_SUBJECT = "V/v tổ chức trực và báo cáo tình hình trong dịp nghỉ Lễ 30/4 01/5"


def test_two_holidays_in_a_row_side_by_side_read_as_their_window() -> None:
    # tests/corpus/y-vpcp-cv-2748-2021-truc-le-30-4.yaml: the subject line, the year the letter's
    read = one(_SUBJECT, _VPCP)
    assert (read.kind, read.first, read.last) == (
        DeadlineKind.WINDOW,
        date(2021, 4, 30),
        date(2021, 5, 1),
    )
    assert read.phrase == _SUBJECT


def test_two_exam_days_in_a_row_under_their_header_read_as_their_window() -> None:
    # tests/corpus/ze-flic-lich-thi-nang-luc-ngoai-ngu-2023.yaml: no issue day, the years written
    read = one("28/09/2023 29/09/2023", Context(issued=None, header="Ngày thi"))
    assert (read.kind, read.first, read.last) == (
        DeadlineKind.WINDOW,
        date(2023, 9, 28),
        date(2023, 9, 29),
    )


def test_the_year_written_on_the_second_day_only_is_both_days() -> None:
    read = one("trong dịp nghỉ Lễ 30/4 01/5/2021", ctx())
    assert (read.first, read.last) == (date(2021, 4, 30), date(2021, 5, 1))


@pytest.mark.parametrize(
    "phrase",
    [
        "trong dịp nghỉ Lễ 30/4 02/5",  # two days apart: a list or a span's ends, not chosen
        "trong dịp nghỉ Lễ 01/5 30/4",  # the later first
        "trong dịp nghỉ Lễ 29/4 30/4 01/5",  # three days side by side
        "nghỉ Lễ 30/4/2021 01/5",  # the year on the first only
        "nghỉ Lễ 31/12 01/01",  # across a new year with no year written
        "nếu trong dịp nghỉ Lễ 30/4 01/5",  # a condition
        "không tổ chức trong dịp nghỉ Lễ 30/4 01/5",  # a negation
        "đã tổ chức trực trong dịp nghỉ Lễ 30/4 01/5",  # told done
        "trong dịp nghỉ Lễ 30/4 01/5, báo cáo trước 15/5",  # another day
        "hạn 30/4 01/5 hoặc 15/5",  # an alternative
        "trong dịp nghỉ Lễ 30/4 01/5 2021",  # a number after the pair
        "tỷ lệ 3/4 4/4",  # fractions, no days
        "Kiểm tra các lớp 10/1 11/1",  # two classes, not two days
        "học sinh lớp 10/1 11/1",
        "phòng 10/1 11/1",  # two rooms
        "nhà số 10/1 11/1",  # house numbers
        "trong dip nghi Le 30/4 01/5",  # "Le" typed bare may be another word than "Lễ"
    ],
)
def test_two_days_side_by_side_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, _VPCP)


def test_two_rounds_days_apart_side_by_side_stay_refused() -> None:
    # tests/corpus/zq-bme-hcmiu-moc-tuyen-sinh-sau-dai-hoc-2020.yaml: two rounds' exam days or
    # one span's ends, which the row does not say
    refused("Ngày thi môn: Tổng hợp, phỏng vấn 27/6/2020 17/10/2020")
    refused("28/09/2023 30/09/2023", Context(issued=None, header="Ngày thi"))


def test_a_holiday_named_in_small_letters_reads_the_same() -> None:
    read = one("nghỉ lễ 30/4 01/5", _VPCP)
    assert (read.first, read.last) == (date(2021, 4, 30), date(2021, 5, 1))


# --- a count of sessions, then their days (sessions) ----------------------------------------

_SESSIONS = "Thời gian: 03 buổi, ngày 30/12/2020; ngày 03/02/2021, ngày 11/02/2021"


def test_three_sessions_then_three_days_read_as_the_three_days() -> None:
    # tests/corpus/i-2-tuyen-quang-hoat-dong-mung-xuan-tan-suu-2021.yaml: no issue day, the
    # years written; one session each day
    readings = parse_deadlines(_SESSIONS, ctx())
    assert _days(readings) == [
        (DeadlineKind.DATE, date(2020, 12, 30), date(2020, 12, 30)),
        (DeadlineKind.DATE, date(2021, 2, 3), date(2021, 2, 3)),
        (DeadlineKind.DATE, date(2021, 2, 11), date(2021, 2, 11)),
    ]
    assert all(read.gloss == "03 buổi" for read in readings)
    assert all(read.phrase == _SESSIONS for read in readings)


def test_two_sessions_spelt_then_two_days_read() -> None:
    readings = parse_deadlines("Thời gian: hai buổi, ngày 30/12/2020; ngày 03/02/2021", ctx())
    assert [read.last for read in readings] == [date(2020, 12, 30), date(2021, 2, 3)]


@pytest.mark.parametrize(
    "phrase",
    [
        _SESSIONS.replace("03 buổi", "02 buổi"),  # fewer sessions than days
        _SESSIONS.replace("03 buổi", "04 buổi"),  # more sessions than days
        "Thời gian: 02 buổi, ngày 30/12/2020; ngày 30/12/2020",  # one day twice
        "Thời gian: 02 buổi, ngày 30/12/2020",  # two sessions on one day
        "Thời gian: 01 buổi, ngày 30/12/2020",  # one session: the comma before a day stands
        _SESSIONS.replace("ngày 30/12/2020", "ngày 30/12"),  # a day with no year, no issue day
        _SESSIONS.replace("ngày 03/02/2021,", "ngày 03/02/2021 hoặc"),  # an alternative
        _SESSIONS.replace("03 buổi,", "03 buổi, đã tổ chức"),  # told done
        _SESSIONS + ", mỗi buổi 2 giờ",  # a number after the days
        _SESSIONS + " (nếu thời tiết thuận lợi)",  # a condition on the weather
    ],
)
def test_sessions_that_are_not_the_days_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


# --- the days named before, pointed back at (thesedays) -------------------------------------

_MAKE_UP = ctx("2026-03-19")  # the page's day
_MOVED = (
    "Để đảm bảo tiến độ đào tạo, lịch học của hai ngày này sẽ được chuyển sang học bù vào các "
    "ngày thứ Bảy (9/5 và 16/5)."
)


def test_the_days_pointed_back_at_are_no_count_of_the_days_after() -> None:
    # tests/corpus/za-blogtamsu-dai-hoc-nghi-9-ngay-gio-to-30-4-2026.yaml: the two Saturdays the
    # classes of the two days off move to
    readings = parse_deadlines(_MOVED, _MAKE_UP)
    assert _days(readings) == [
        (DeadlineKind.DATE, date(2026, 5, 9), date(2026, 5, 9)),
        (DeadlineKind.DATE, date(2026, 5, 16), date(2026, 5, 16)),
    ]
    assert all(read.phrase == _MOVED for read in readings)


@pytest.mark.parametrize(
    "phrase",
    [
        _MOVED.replace("16/5", "17/5"),  # 17/5/2026 is a Sunday, not the Saturday said
        _MOVED.replace("của hai", "trong hai"),  # within these days: maybe the work's time
        _MOVED.replace("sẽ được chuyển", "đã được chuyển"),  # told done
        _MOVED.replace("Để đảm bảo tiến độ đào tạo, lịch", "Nếu lịch"),  # a condition
        _MOVED.replace("(9/5 và 16/5).", "(9/5 và 16/5), hoặc 23/5"),  # an alternative
        "lịch học của hai ngày này sẽ chuyển sang học bù vào thứ Bảy 9/5 và trước 20/5 nộp bài",
    ],
)
def test_days_pointed_back_at_beside_other_doubts_stay_refused(phrase: str) -> None:
    refused(phrase, _MAKE_UP)


# --- a tax table's abbreviations, a quarter's day counted in the quarter (taxterms) ----------

_TAX = Context(issued=None, header="Thời hạn nộp thuế", standing=True)
_QUARTERLY = "Chậm nhất là ng thứ 30 quý tiếp theo quý PS NV thuế"


def _due_days(read: Deadline) -> list[date]:
    """The days a clerk is reminded of in 2026."""
    return [one.due for one in occurrences(read.rrule or "", date(2026, 1, 1), date(2026, 12, 31))]


def test_the_thirtieth_day_of_the_next_quarter_is_the_thirtieth_of_its_first_month() -> None:
    # tests/corpus/zp-giasutoan-bang-thoi-han-khai-thue.yaml, row 2 (Luật Quản lý thuế 2006,
    # Điều 32, khoản 1 b: "ngày thứ ba mươi của quý tiếp theo quý phát sinh nghĩa vụ thuế")
    read = one(_QUARTERLY, _TAX)
    assert read.kind is DeadlineKind.RECURRING
    assert _due_days(read) == [date(2026, month, 30) for month in (1, 4, 7, 10)]
    assert read.phrase == _QUARTERLY


def test_the_quarter_s_day_written_out_reads_the_same() -> None:
    read = one("Chậm nhất là ngày thứ 30 của quý tiếp theo quý phát sinh nghĩa vụ thuế", ctx())
    assert _due_days(read) == [date(2026, month, 30) for month in (1, 4, 7, 10)]


def test_the_monthly_day_with_its_abbreviations_reads_each_month() -> None:
    read = one("Chậm nhất là ng thứ 20 của tháng tiếp theo tháng PS NV thuế", _TAX)
    assert _due_days(read) == [date(2026, month, 20) for month in range(1, 13)]


@pytest.mark.parametrize(
    "phrase",
    [
        _QUARTERLY.replace("30", "31"),  # past April's 30 days: not in the first month
        _QUARTERLY.replace("30", "45"),
        _QUARTERLY.replace(" thuế", ""),  # on no tax: the abbreviations not known
        _QUARTERLY.replace("quý tiếp theo quý", "năm tiếp theo năm"),  # not a quarter's
        "Không phải nộp " + _QUARTERLY[0].lower() + _QUARTERLY[1:],  # a negation
        _QUARTERLY + ", nếu có",  # a condition
        _QUARTERLY + " hoặc ng thứ 20 của tháng tiếp theo tháng PS NV thuế",  # two terms
        # "th" outside the monthly term's frame may be "thứ" or "thì" a copy lost a letter
        # of: left to the lost-glyph check (the frame itself: tests/test_recB55.py)
        "Chậm nhất là ng thứ 20 của th sau th PS NV thuế",
    ],
)
def test_tax_terms_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, _TAX)

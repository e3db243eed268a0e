"""Session 55, helper winA55 (issue 11, the long tail of refused windows): the forms it read,
and their neighbours held refused (issue 11 §1: never a silent wrong date).

- a clause of the step that comes first ("Sau khi …,") before a span written whole: the
  span's days, the clause its gloss (`firststep`);
- the thing's year closing a phrase before the place it is held at ("… năm 2026 tại tuyến
  đường …"), its days' lunar gloss in parentheses set aside as those days told again
  (`thingsyear`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import parse_deadlines
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
        "Sau khi kết thúc đăng ký, từ 21/7 đến 15/7/2026, thí sinh nộp lệ phí",
    ],
)
def test_first_step_then_span_neighbours_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


# The second due day told apart ("riêng …") was held refused here while no reader knew such a
# list; session 61's calendar reading (calendarstep, each clause through the whole reader) reads
# it as what it says: the fee window for all, and the free candidates' own last day.
def test_first_step_then_span_with_a_case_apart_reads_both() -> None:
    readings = parse_deadlines(
        "Sau khi kết thúc đăng ký, từ 15/7 đến 21/7/2026, thí sinh nộp lệ phí, riêng thí sinh "
        "tự do nộp trước ngày 30/7/2026",
        MAR_2026,
    )
    assert [(r.kind, r.first, r.last) for r in readings] == [
        (DeadlineKind.WINDOW, date(2026, 7, 15), date(2026, 7, 21)),
        (DeadlineKind.DATE, date(2026, 7, 30), date(2026, 7, 30)),
    ]


def test_first_step_then_a_count_stays_counted_from_the_event() -> None:
    # "trong 10 ngày" after "Sau khi …" runs from the event (the lead's ruling of session 34,
    # `anchorfirst`), never from the page's day: no fixed day is read
    reading = one("Sau khi có kết quả, trong 10 ngày, thí sinh phải nộp lệ phí", MAR_2026)
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.first is None and reading.last is None


# --- the thing's year, then its place, closing the phrase ----------------------------------------

JAN_2026 = ctx("2026-01-24")  # x-sggp-phuong-binh-dong-cho-hoa-tet-2026's page
CHO_HOA = (
    "Từ ngày 2-2 đến 16-2 (nhằm ngày 15 tháng Chạp đến 29 tháng Chạp Âm lịch), UBND phường "
    "Bình Đông (TPHCM) tổ chức Chợ hoa Tết Bình Đông - Xuân Bính Ngọ năm 2026 tại tuyến đường "
    "Tạ Quang Bửu"
)


@pytest.mark.parametrize(
    "phrase",
    [
        CHO_HOA,
        # typed without diacritics
        "Tu ngay 2-2 den 16-2 (nham ngay 15 thang Chap den 29 thang Chap am lich), UBND phuong "
        "Binh Dong to chuc Cho hoa Tet nam 2026 tai tuyen duong Ta Quang Buu",
        # no gloss
        "Từ ngày 2-2 đến 16-2, UBND phường Bình Đông tổ chức Chợ hoa Tết năm 2026 tại tuyến "
        "đường Tạ Quang Bửu",
    ],
)
def test_year_then_place_reads_the_days(phrase: str) -> None:
    reading = one(phrase, JAN_2026)
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2026, 2, 2), date(2026, 2, 16))


@pytest.mark.parametrize(
    "phrase",
    [
        # the gloss disagrees with the days (2/2/2026 is the 15th of tháng Chạp)
        "Từ ngày 2-2 đến 16-2 (nhằm ngày 14 tháng Chạp đến 29 tháng Chạp Âm lịch), UBND phường "
        "Bình Đông tổ chức Chợ hoa Tết năm 2026 tại tuyến đường Tạ Quang Bửu",
        # the year named is not the days' year
        "Từ ngày 2-2 đến 16-2, UBND phường Bình Đông tổ chức Chợ hoa Tết năm 2027 tại tuyến "
        "đường Tạ Quang Bửu",
        # a time in the place's words, or a number in parentheses that is no gloss
        "Từ ngày 2-2 đến 16-2, UBND phường Bình Đông tổ chức Chợ hoa Tết năm 2026 tại phường "
        "Bình Đông trong tháng Ba",
        "Từ ngày 2-2 đến 16-2 (đợt 2), UBND phường tổ chức Chợ hoa Tết năm 2026 tại tuyến đường "
        "Tạ Quang Bửu",
        # told done, negated, on a condition, or a start alone
        "Từ ngày 2-2 đến 16-2, UBND phường Bình Đông đã tổ chức Chợ hoa Tết năm 2026 tại tuyến "
        "đường Tạ Quang Bửu",
        "Từ ngày 2-2 đến 16-2, UBND phường không tổ chức Chợ hoa Tết năm 2026 tại tuyến đường "
        "Tạ Quang Bửu",
        "Từ ngày 2-2 đến 16-2, UBND phường tổ chức Chợ hoa Tết nếu đủ điều kiện năm 2026 tại "
        "tuyến đường Tạ Quang Bửu",
        "Từ ngày 2-2, UBND phường tổ chức Chợ hoa Tết năm 2026 tại tuyến đường Tạ Quang Bửu",
        # a due day before the year: the year may be a second deadline
        "Trước ngày 15/11, tổng hợp báo cáo năm 2026 tại trụ sở Ủy ban",
    ],
)
def test_year_then_place_neighbours_refused(phrase: str) -> None:
    refused(phrase, JAN_2026)

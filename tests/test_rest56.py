"""Session 56, helper rest56 (the long tail of refused corpus phrases), each form with the
neighbours that must stay refused (issue 11 §1: never a silent wrong date):

- "… đến trước ngày thi lại 3 ngày": up to a count of days before an event, due that many
  days before it, as "trước ngày thi lại 3 ngày" is read (`untilbefore`);
- "… có hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện trong 5 năm": a text in force
  from a month's first day for whole years or months, its term's window (`inforceterm`);
- "Thời gian tạm ngừng cấp phép tàu từ 10 giờ ngày 24-9-2025 và sẽ kết thúc … khi có bản tin
  cuối cùng …": a pause whose time is named as its own, from its start
  (`calledoff._pause_over_its_span`), its end said as an event (`endswhen`).

Both are read only once the whole phrase is refused (`engine._read_rewritten`): no phrase
read before reads otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- "đến trước <event> N ngày": a count back from the event -------------------------------

SUMMER_TERM = ctx("2023-06-01")  # Đại học Tân Trào, the summer term 2022-2023


def test_until_a_count_before_the_retake_is_due_that_count_before_it() -> None:
    # zq-ttn-hoc-he-thi-lai-hoc-ky-2-2022-2023, the form's own phrase
    reading = one(
        "- Thời gian đăng ký thi cải thiện điểm D: Bắt đầu từ khi có điểm lần 1 đến trước "
        "ngày thi lại 3 ngày",
        SUMMER_TERM,
    )
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    said = reading.relative
    assert (said.offset, said.unit, said.working_days, said.direction, said.anchor) == (
        3,
        "ngày",
        False,
        "before",
        "ngày thi lại",
    )
    assert reading.first is None and reading.last is None


@pytest.mark.parametrize(
    ("phrase", "offset", "unit", "anchor"),
    [
        ("đến trước ngày thi lại 3 ngày", 3, "ngày", "ngày thi lại"),
        ("Đăng ký cho đến trước ngày khai mạc 2 tuần", 2, "tuần", "ngày khai mạc"),
        ("Bat dau tu khi co diem lan 1 den truoc ngay thi lai 3 ngay", 3, "ngày", "ngay thi lai"),
    ],
)
def test_until_before_reads_as_before(phrase: str, offset: int, unit: str, anchor: str) -> None:
    reading = one(phrase, SUMMER_TERM)
    assert reading.relative is not None
    said = reading.relative
    assert (said.offset, said.unit, said.direction, said.anchor) == (offset, unit, "before", anchor)


@pytest.mark.parametrize(
    "phrase",
    [
        # a start of its own, a day or a month, which the count back would drop
        "từ ngày 5/6 đến trước ngày thi lại 3 ngày",
        "từ 15/6 đến trước ngày thi lại 3 ngày",
        "Thời gian đăng ký: từ tháng 6 đến trước ngày thi lại 3 ngày",
        # a condition, a negation, a thing told done
        "nếu có điểm lần 1 đến trước ngày thi lại 3 ngày",
        "không đăng ký đến trước ngày thi lại 3 ngày",
        "đã đăng ký đến trước ngày thi lại 3 ngày",
        # a day counted back from (which day is counted is not said), a comparison, an estimate
        "đến trước ngày 15/6/2023 3 ngày",
        "đến trước ngày thi lại hơn 3 ngày",
        "Bắt đầu từ khi có điểm lần 1 đến trước ngày thi lại khoảng 3 ngày",
        # the figures' cut-off, as before "đến trước ngày D" (never a deadline)
        "Số liệu tính đến trước ngày thi 3 ngày",
        "tổng hợp kết quả đến trước ngày thi 3 ngày",
        "Lũy kế đến trước ngày thi 3 ngày",
        # an ordinal, not a count; a second deadline after it
        "đến trước kỳ thi thứ 3 ngày",
        "đến trước ngày thi lại 3 ngày, sau đó nộp lệ phí trước ngày 20/6",
    ],
)
def test_until_before_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, SUMMER_TERM)


def test_a_start_month_before_until_before_keeps_its_reading() -> None:
    # z-baohaiduong-lien-hoan-ca-mua-nhac-khong-chuyen-2021, read before this form: the start
    # month is the reading, the count back its end as an event not yet dated
    reading = one(
        "Liên hoan cấp huyện bắt đầu từ tháng 7.2021 đến trước khi tổ chức liên hoan cấp tỉnh "
        "10 ngày",
        ctx("2021-06-01"),
    )
    assert reading.earliest == date(2021, 7, 1)
    assert reading.relative is None


# --- a text in force from a month's first day for N years: its term ------------------------

NGHE_AN = ctx("2025-05-20")  # Báo Nghệ An on Nghị quyết 137/2024/QH15


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zf-baonghean-co-che-dac-thu-nghe-an-2024, the form's own phrase
        (
            "Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện trong 5 năm",
            date(2025, 1, 1),
            date(2029, 12, 31),
        ),
        (
            "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025 và được thực "
            "hiện trong 05 năm.",
            date(2025, 1, 1),
            date(2029, 12, 31),
        ),
        (
            "Nghị quyết có hiệu lực thi hành từ ngày 1/7/2025 và được áp dụng trong 18 tháng",
            date(2025, 7, 1),
            date(2026, 12, 31),
        ),
        (
            "Nghi quyet co hieu luc thi hanh tu ngay 1/1/2025 va duoc thuc hien trong 5 nam",
            date(2025, 1, 1),
            date(2029, 12, 31),
        ),
    ],
)
def test_a_term_in_force_from_a_months_first_day_is_its_window(
    phrase: str, first: date, last: date
) -> None:
    reading = one(phrase, NGHE_AN)
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)
    assert "tính cả ngày đầu" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # from another day than a month's first: the same date or the day before it?
        "Nghị quyết có hiệu lực thi hành từ ngày 15/8/2025 và được thực hiện trong 5 năm",
        # no year on the day; no day that exists; no count
        "Nghị quyết có hiệu lực thi hành từ ngày 1/1 và được thực hiện trong 5 năm",
        "Nghị quyết có hiệu lực thi hành từ ngày 31/2/2025 và được thực hiện trong 5 năm",
        "Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện trong 0 năm",
        # a negation, a condition, a text no longer in force
        "Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 và không được thực hiện trong 5 năm",
        "Nếu được thông qua, Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện "
        "trong 5 năm",
        "Nghị quyết đã hết hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện trong 5 năm",
        # two days to choose from; more words after the count
        "Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 hoặc 1/7/2025 và được thực hiện "
        "trong 5 năm",
        "Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện trong 5 năm, sau "
        "đó đánh giá vào năm 2030",
    ],
)
def test_term_in_force_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, NGHE_AN)


# --- a pause's own time from its start, its end an event -----------------------------------

STORM = ctx("2025-09-24")  # Pháp Luật TP.HCM on storm Bualoi (bão số 9), 24/9/2025


def test_a_pause_named_as_its_time_starts_on_its_day_until_the_event() -> None:
    # za-plo-quang-ninh-ninh-binh-hung-yen-cam-bien-bao-so-9-2025, the form's own phrase
    reading = one(
        "Thời gian tạm ngừng cấp phép tàu từ 10 giờ ngày 24-9-2025 và sẽ kết thúc việc tạm "
        "ngừng cấp phép khi có bản tin cuối cùng về cơn bão số 9.",
        STORM,
    )
    assert (reading.earliest, reading.first, reading.last) == (date(2025, 9, 24), None, None)
    assert reading.qualifier is not None and "bản tin cuối cùng" in reading.qualifier


@pytest.mark.parametrize(
    "phrase",
    [
        "Cấm biển từ 06 giờ ngày 26/9/2025 và kết thúc khi bão tan",
        "Thời gian tạm ngừng cấp phép tàu từ ngày 24-9 và sẽ kết thúc khi có thông báo mới",
    ],
)
def test_an_end_said_as_ending_when_reads_as_until(phrase: str) -> None:
    reading = one(phrase, STORM)
    assert reading.earliest is not None and reading.last is None


@pytest.mark.parametrize(
    "phrase",
    [
        # an event paused, a time given up or planned, the pause not named as the time
        "Thời gian tạm dừng tổ chức kỳ họp từ ngày 24-9-2025 và sẽ kết thúc khi có thông báo mới",
        "Thời gian tạm hoãn cấp phép tàu từ ngày 24-9-2025 và sẽ kết thúc khi có thông báo mới",
        "Thời gian tạm ngừng cấp phép tàu dự kiến từ ngày 24-9-2025 và sẽ kết thúc khi có thông "
        "báo mới",
        "Tạm ngừng cấp phép tàu từ ngày 24-9-2025 và sẽ kết thúc khi có thông báo mới",
        # a second day (its end, or a day given up?); told done; a condition; a negation
        "Thời gian tạm ngừng cấp phép tàu từ 10 giờ ngày 24-9-2025 và sẽ kết thúc khi có bản "
        "tin cuối cùng vào ngày 30/9",
        "Thời gian tạm ngừng cấp phép tàu từ 10 giờ ngày 24-9-2025 và đã kết thúc khi có bản "
        "tin cuối cùng về cơn bão số 9.",
        "Nếu bão mạnh lên, thời gian tạm ngừng cấp phép tàu từ ngày 24-9-2025 và sẽ kết thúc "
        "khi có thông báo mới",
        "Thời gian tạm ngừng cấp phép tàu không từ ngày 24-9-2025",
        # a span with its end, and an event end after it: two ends
        "Thời gian tạm ngừng cấp phép tàu từ ngày 24-9-2025 đến ngày 30-9-2025 và sẽ kết thúc "
        "khi có thông báo mới",
    ],
)
def test_pause_and_end_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, STORM)

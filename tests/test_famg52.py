"""Session 52, helper famg52: refusals of the tuning corpus read where a careful reader reads
them one way only. A count said before its event, whose event ends on "trên" (above) or
"ngoài" (abroad): no comparison (ze-nld-tphcm-bhyt-hoc-sinh-sinh-vien-2025). A window opened
by an event and closed by a day of each year: due on that day every year
(ze-tthc-hue-thanh-tra-tinh-thu-tuc)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineKind

# --- a count before its event: the event's last word binds no count (counted._no_open_end) --

# ze-nld-tphcm-bhyt-hoc-sinh-sinh-vien-2025 (Người Lao Động, 2025)
_CARD = (
    "Trường hợp thẻ BHYT còn thời hạn 10 ngày trước khi hết hạn thì HS-SV liên hệ với cơ sở "
    "giáo dục để đăng ký tham gia tiếp theo các phương thức trên"
)


@pytest.mark.parametrize(
    ("phrase", "count", "direction"),
    [
        (_CARD, 10, "before"),
        # the same shape: "nêu trên" (named above), "nước ngoài" (abroad), a count after
        ("chậm nhất 10 ngày trước ngày họp theo các nội dung nêu trên", 10, "before"),
        ("chậm nhất 10 ngày trước khi đi công tác nước ngoài", 10, "before"),
        ("trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ nêu trên", 15, "after"),
        # diacritics stripped
        ("10 ngay truoc khi het han thi lien he theo cac phuong thuc tren", 10, "before"),
    ],
)
def test_a_count_before_its_event_ending_on_above_reads(
    phrase: str, count: int, direction: str
) -> None:
    reading = one(phrase, ctx("2025-08-01"))
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (count, "ngày")
    assert reading.relative.direction == direction
    assert reading.first is None and reading.last is None  # no day of its own


@pytest.mark.parametrize(
    "phrase",
    [
        # the count after its event: "hơn"/"trên" before it compare (more than 23 days)
        "trước bầu cử hơn 23 ngày",
        "trước ngày khai mạc trên 10 ngày",
        "Trước ngày khai mạc Đại hội quá 30 ngày, phải gửi báo cáo",
        # an ordinal waiting for its number: the 10th session, or 10 days before it?
        "trước kỳ họp thứ 10 ngày",
        # the comparison before the count, a condition, a negation
        "trên 10 ngày trước khi hết hạn thì HS-SV liên hệ theo các phương thức trên",
        "Nếu thẻ BHYT còn thời hạn 10 ngày trước khi hết hạn thì liên hệ theo các phương thức trên",
        "không 10 ngày trước khi hết hạn thì HS-SV liên hệ theo các phương thức trên",
        # a day of its own inside the event
        "10 ngày trước ngày 15/8/2025 theo các phương thức trên",
    ],
)
def test_a_comparison_or_a_condition_near_the_count_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-01"))


# --- a window from an event to a day of each year (grammar.AFTER_EVENT_EACH_YEAR_RULE) ---------

# ze-tthc-hue-thanh-tra-tinh-thu-tuc (Thông tư 08/2013/TT-TTCP, as Thừa Thiên Huế prints it)
_DISCLOSURE = (
    "Thời điểm công khai được thực hiện trong khoảng thời gian từ sau khi hoàn thành việc "
    "kiểm tra Bản kê khai quy định tại Khoản 3 Điều 5 Thông tư số 08/2013/TT-TTCP đến ngày 31 "
    "tháng 3 hàng năm."
)
_AFTER_CHECK = "công khai từ sau khi hoàn thành việc kiểm tra Bản kê khai"


@pytest.mark.parametrize(
    "phrase",
    [
        _DISCLOSURE,
        f"{_AFTER_CHECK} đến ngày 31/3 hằng năm",
        f"{_AFTER_CHECK} cho đến hết ngày 31/3 mỗi năm",
        f"{_AFTER_CHECK} đến trước ngày 31/3 hằng năm",  # "trước" counts the day by default
        f"{_AFTER_CHECK} đến ngày 31/3, hằng năm",
        # diacritics stripped
        "cong khai tu sau khi hoan thanh viec kiem tra ban ke khai den ngay 31/3 hang nam",
    ],
)
def test_a_window_from_an_event_to_a_day_of_each_year_is_due_that_day(phrase: str) -> None:
    for context in (ctx(), ctx("2025-01-01")):
        reading = one(phrase, context)
        assert reading.kind is DeadlineKind.RECURRING
        assert reading.rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"
        assert reading.first is None and reading.last is None  # no one day: each year's
        assert reading.gloss is not None and "sau khi" in reading.gloss  # the opening kept


def test_before_the_day_each_year_strictly_is_the_day_before() -> None:
    strict = Context(strict_before=True)
    reading = one(f"{_AFTER_CHECK} đến trước ngày 31/3 hằng năm", strict)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=30"


@pytest.mark.parametrize(
    "phrase",
    [
        # told done, a condition, a negation, not yet
        f"đã {_AFTER_CHECK} đến ngày 31/3 hằng năm",
        f"vừa {_AFTER_CHECK} đến ngày 31/3 hằng năm",
        f"nếu {_AFTER_CHECK} đến ngày 31/3 hằng năm",
        f"Trường hợp {_AFTER_CHECK} đến ngày 31/3 hằng năm",
        f"không {_AFTER_CHECK} đến ngày 31/3 hằng năm",
        f"chưa {_AFTER_CHECK} đến ngày 31/3 hằng năm",
        # a day with its year, a day of each month (a cut-off of figures?), of each quarter
        f"{_AFTER_CHECK} đến ngày 31/3/2025 hằng năm",
        f"{_AFTER_CHECK} đến ngày 20 hằng tháng",
        f"{_AFTER_CHECK} đến ngày 31/3 hằng quý",
        # a day no year has, the next year's day, a lunar day
        f"{_AFTER_CHECK} đến ngày 31/2 hằng năm",
        f"{_AFTER_CHECK} đến ngày 31/3 năm sau hằng năm",
        f"{_AFTER_CHECK} đến ngày 31/3 hằng năm (âm lịch)",
        # a second time: a choice, another deadline, another year
        f"{_AFTER_CHECK} đến ngày 31/3 hằng năm hoặc ngày 30/4",
        f"{_AFTER_CHECK} đến ngày 31/3 hằng năm và báo cáo trước ngày 15/4",
        f"{_AFTER_CHECK} đến ngày 31/3 hằng năm, chậm nhất ngày 15/4",
        f"{_AFTER_CHECK} đến ngày 31/3 hằng năm, năm 2026",
        # the event holds a number: a count, no name
        "công khai từ sau khi hoàn thành 3 việc đến ngày 31/3 hằng năm",
    ],
)
def test_a_window_each_year_told_done_or_with_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-01"))

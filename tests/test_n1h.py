"""Session 45, family N1 (helper n1h): phrases refused as not recognised at all ("không nhận
ra thời hạn"), read where a form of the press or of a rule says its day plainly; each form's
neighbours (a negation, a condition, a thing told done, another day) keep their refusal."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
SITTING = "2026-03-02"  # VnExpress's page on the sixteenth Quốc hội's first sitting


# u-vnexpress-qh-nhan-su-ky-hop-thu-nhat (the press leaves "ngày" out after "khai mạc")
OPENED_ON = (
    "tại kỳ họp thứ nhất dự kiến khai mạc 6/4, Quốc hội sẽ nghe báo cáo kết quả bầu cử, xác "
    "nhận tư cách đại biểu"
)


def test_a_sitting_opened_on_a_day_written_right_after_its_verb() -> None:
    assert days(one(OPENED_ON, ctx(SITTING))) == (D, date(2026, 4, 6), date(2026, 4, 6))
    closed = one("Kỳ họp bế mạc 25/4", ctx(SITTING))
    assert days(closed) == (D, date(2026, 4, 25), date(2026, 4, 25))


def test_a_day_right_after_khai_mac_reads_as_the_day_with_ngay_does() -> None:
    for phrase in ("Kỳ họp khai mạc 6/4 và bế mạc 25/4", "Kỳ họp khai mạc 6/4 hằng năm"):
        bare = [days(each) for each in parse_deadlines(phrase, ctx(SITTING))]
        said = phrase.replace("mạc 6/4", "mạc ngày 6/4").replace("mạc 25/4", "mạc ngày 25/4")
        assert bare == [days(each) for each in parse_deadlines(said, ctx(SITTING))]


def test_a_day_after_khai_mac_keeps_its_neighbours_refused() -> None:
    for phrase in (
        "Kỳ họp không khai mạc 6/4",  # a negation
        "nếu kỳ họp khai mạc 6/4",  # a condition
        "Kỳ họp đã khai mạc 6/4",  # told done
        "Kỳ họp khai mạc 6.4",  # a dot: may be a number
        "Kỳ họp khai mạc 1/2 số đại biểu",  # a fraction of something counted
        "khai mạc 6/4 đến 9/4",  # a second day
        "Kỳ họp khai mạc 6/4 năm sau",  # a year said from the writing
        "Kỳ họp thứ nhất dự kiến họp 6/4",  # another verb: no day of its own named
        "Kỳ họp thứ nhất dự kiến tổ chức 6/4",
    ):
        refused(phrase, ctx(SITTING))


@given(st.integers(1, 28), st.integers(4, 12))
def test_any_day_after_khai_mac_is_that_day(day: int, month: int) -> None:
    reading = one(f"Hội nghị dự kiến khai mạc {day}/{month}", ctx(SITTING))
    assert days(reading) == (D, date(2026, month, day), date(2026, month, day))


# y-gia-lai-ducco-byt-tt-05-2023-hiv-chot-so-lieu: the last item of a list the page opened in
# parentheses two lines above, its ";)" closing both
DATA_PERIOD_CLOSED = (
    "Số liệu báo cáo của Quý IV được tính từ ngày 01/10 đến hết ngày 31/12 hằng năm;)"
)


def test_a_parenthesis_closed_after_the_list_item_is_no_word_of_the_phrase() -> None:
    context = ctx("2023-03-10")
    reading = one(DATA_PERIOD_CLOSED, context)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == one(DATA_PERIOD_CLOSED.removesuffix(";)"), context).rrule
    assert days(one("hoàn thành trước ngày 15/3/2027.)", ctx("2027-01-05"))) == (
        D,
        date(2027, 3, 15),
        date(2027, 3, 15),
    )


def test_a_stray_close_keeps_its_neighbours_refused() -> None:
    for phrase in (
        "15/3)",  # no list mark before it: the day of a text cited lines above, "(ký ngày 15/3)"
        "hoàn thành trước ngày 15/3 (đợt 1;)",  # a pair: an aside, read by its own rules
        "nếu hoàn thành trước ngày 15/3;)",  # a condition
        "đã hoàn thành trước ngày 15/3;)",  # told done
        "hoàn thành trước ngày 15/3, trừ huyện A;)",  # an exception
    ):
        refused(phrase, ctx("2026-01-05"))


# x-giadinh-khai-an-den-tran-2026: the seal rite of Đền Trần, held through one night
NIGHT_RITE = (
    "Vào đêm nay 2/3, rạng sáng 3/3 (tức đêm 14, rạng 15 tháng Giêng âm lịch) thực hiện nghi "
    "lễ Khai ấn"
)


def test_a_night_told_by_its_evening_and_next_dawn_is_one_span() -> None:
    assert days(one(NIGHT_RITE, ctx(SITTING))) == (W, date(2026, 3, 2), date(2026, 3, 3))
    across = one("đêm 31/3, rạng sáng 1/4", ctx(SITTING))
    assert days(across) == (W, date(2026, 3, 31), date(2026, 4, 1))


def test_a_night_keeps_its_neighbours_refused() -> None:
    for phrase in (
        NIGHT_RITE.replace("đêm 14, rạng 15", "đêm 15, rạng 16"),  # a lunar gloss a day off
        NIGHT_RITE.replace("rạng sáng 3/3", "rạng sáng 4/3"),  # no next dawn: two days apart
        "không tổ chức vào đêm 2/3, rạng sáng 3/3",  # a negation
        "đã diễn ra vào đêm 2/3, rạng sáng 3/3",  # told done
        "nếu tổ chức vào đêm 2/3, rạng sáng 3/3",  # a condition
    ):
        refused(phrase, ctx(SITTING))


@given(st.integers(1, 29), st.integers(4, 12))
def test_any_night_of_the_month_spans_its_two_days(day: int, month: int) -> None:
    reading = one(f"đêm {day}/{month}, rạng sáng {day + 1}/{month}", ctx(SITTING))
    assert days(reading) == (W, date(2026, month, day), date(2026, month, day + 1))


def test_a_duty_denied_or_told_done_is_no_count_without_anchor() -> None:
    # read by `unanchored` before session 45 as a duty's time of 7 days
    for phrase in (
        "không hoàn thành trong vòng 07 ngày",
        "đã gửi trong 5 ngày",
        "chưa được giải quyết trong 30 ngày",
    ):
        refused(phrase)
    reading = one("Sở phải báo cáo UBND tỉnh trong 30 ngày làm việc")
    assert reading.kind is DeadlineKind.RELATIVE

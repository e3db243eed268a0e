"""Session 47, family W (helper beforej): words and numbers before the deadline that move
no day, read as what they are.

An hour's minutes without "phút" ("14 giờ 00’ thứ Ba, ngày 28/7/2020")
before a weekday and its day, as with it; one sitting named by its afternoon ("01 buổi
chiều,"). The statistics' "5 tháng năm 2017": the year's first five months, as "5 tháng đầu
năm 2017". Each stays refused beside a negation, a condition, a cadence, a second day, a thing
told done, and where its words may bound the time ("2 buổi sáng").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str) -> list[tuple[object, ...]]:
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# z-dbndhanoi-chuong-my-trieu-tap-ky-hop-2020 (HĐND huyện Chương Mỹ calls its session)
ONE_AFTERNOON = (
    "Thời gian tổ chức kỳ họp là 01 buổi chiều, bắt đầu từ 14 giờ 00’ thứ Ba, ngày 28/7/2020"
)


def test_one_afternoon_sitting_at_its_hour_reads_its_day() -> None:
    assert _read(ONE_AFTERNOON, "2020-07-22") == [(D, date(2020, 7, 28), date(2020, 7, 28))]


def test_minutes_without_phut_before_the_weekday_read_the_day() -> None:
    phrase = "Kỳ họp bắt đầu từ 14 giờ 00 thứ Ba, ngày 28/7/2020"
    assert _read(phrase, "2020-07-22") == [(D, date(2020, 7, 28), date(2020, 7, 28))]


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_the_minutes_prime_before_the_weekday_reads_as_phut(hour: int, minute: int) -> None:
    # the hour's minutes marked with a prime read as with "phút, " (an early hour is a start)
    primed = f"Kỳ họp bắt đầu từ {hour} giờ {minute:02d}’ thứ Ba, ngày 28/7/2020"
    spelled = f"Kỳ họp bắt đầu từ {hour} giờ {minute:02d} phút, thứ Ba, ngày 28/7/2020"
    read = parse_deadlines(primed, ctx("2020-07-22"))
    assert [replace(one, phrase="") for one in read] == [
        replace(one, phrase="") for one in parse_deadlines(spelled, ctx("2020-07-22"))
    ]
    assert {one.earliest or one.last for one in read} == {date(2020, 7, 28)}


# refusal neighbours: the weekday still checked, two mornings, the guards
def test_a_weekday_unlike_the_day_stays_refused() -> None:
    phrase = ONE_AFTERNOON.replace("thứ Ba", "thứ Tư")
    assert "không phải Thứ Tư" in refused(phrase, ctx("2020-07-22"))


def test_two_mornings_stay_refused() -> None:
    phrase = "Thời gian tổ chức kỳ họp là 02 buổi sáng, bắt đầu từ 8 giờ 00’ thứ Ba, ngày 28/7/2020"
    assert "buổi" in refused(phrase, ctx("2020-07-22"))


def test_an_afternoon_sitting_denied_or_done_stays_refused() -> None:
    for told in ("không tổ chức", "đã tổ chức"):
        phrase = f"Kỳ họp {told} 01 buổi chiều, bắt đầu từ 14 giờ 00’ thứ Ba, ngày 28/7/2020"
        refused(phrase, ctx("2020-07-22"))


def test_an_afternoon_sitting_each_week_stays_refused() -> None:
    phrase = "Kỳ họp tổ chức 01 buổi chiều, bắt đầu từ 14 giờ 00’ thứ Ba hằng tuần"
    refused(phrase, ctx("2020-07-22"))


def test_an_afternoon_sitting_on_one_of_two_days_stays_refused() -> None:
    phrase = (
        "Kỳ họp tổ chức 01 buổi chiều, từ 14 giờ 00’ thứ Ba, ngày 28/7/2020 hoặc thứ Tư, "
        "ngày 29/7/2020"
    )
    refused(phrase, ctx("2020-07-22"))


# h-vpubnd-quang-nam-bao-cao-nhiem-vu-thang-6-2017 (Văn phòng UBND tỉnh Quảng Nam's report)
MONTH_AND_MONTHS_TO_DATE = "tình hình KT-XH tháng 5 và 5 tháng năm 2017"


def test_the_month_and_the_months_to_date_are_two_windows() -> None:
    assert _read_undated(MONTH_AND_MONTHS_TO_DATE) == [
        (W, date(2017, 5, 1), date(2017, 5, 31)),
        (W, date(2017, 1, 1), date(2017, 5, 31)),
    ]


def test_the_months_of_a_year_are_its_first_months() -> None:
    assert _read_undated("trong 5 tháng năm 2017") == [(W, date(2017, 1, 1), date(2017, 5, 31))]


@given(st.integers(min_value=1, max_value=12))
def test_n_months_of_a_year_read_as_its_first_n_months(count: int) -> None:
    assert _read_undated(f"trong {count} tháng năm 2017") == _read_undated(
        f"trong {count} tháng đầu năm 2017"
    )


def _read_undated(phrase: str) -> list[tuple[object, ...]]:
    return [days(one) for one in parse_deadlines(phrase)]


# refusal neighbours: no such month, a count spelled ("năm" may be five), figures told, a
# cadence, two periods joined by "hoặc", a subject period before another day
def test_thirteen_months_stay_refused() -> None:
    refused("13 tháng năm 2017")


def test_a_spelled_count_stays_refused() -> None:
    refused("năm tháng năm 2017")


def test_figures_over_the_months_stay_refused() -> None:
    for phrase in (
        "Trong 5 tháng năm 2017, tỉnh đã thu ngân sách đạt 40%",
        "5 tháng năm 2017, toàn tỉnh thu ngân sách đạt 40% dự toán",
    ):
        refused(phrase, ctx("2017-06-10"))


def test_the_months_with_a_cadence_or_a_choice_stay_refused() -> None:
    refused("báo cáo 5 tháng năm 2017 hằng năm")
    refused("báo cáo 5 tháng năm 2017 hoặc 6 tháng năm 2017")
    refused("định kỳ 6 tháng năm 2020")


def test_the_months_reported_before_a_due_day_stay_refused() -> None:
    refused("5 tháng năm 2017 trước ngày 10/6/2017", ctx("2017-05-20"))


def test_the_months_to_date_over_at_issue_stay_refused() -> None:
    # zd-thuviennhadat-nq-316-cp-phien-hop-thang-9-2025 (expected refused: convention 4)
    phrase = "I. Về tình hình kinh tế - xã hội tháng 9, quý III và 09 tháng năm 2025"
    assert "đã qua" in refused(phrase, ctx("2025-10-08"))
    assert "đã qua" in refused(MONTH_AND_MONTHS_TO_DATE, ctx("2017-06-20"))


def test_the_months_to_date_still_running_at_issue_read() -> None:
    assert _read(MONTH_AND_MONTHS_TO_DATE, "2017-05-20") == [
        (W, date(2017, 5, 1), date(2017, 5, 31)),
        (W, date(2017, 1, 1), date(2017, 5, 31)),
    ]

"""Session 47, family W (helper beforej): words and numbers before the deadline that move
no day, read as what they are.

"tối đa" after "huy động" (to mobilise to the utmost) is the measure of the work, not "at
most", as after "giảm thiểu", "hạn chế", "phát huy"; "cả buổi tối" (the evening too) stretches
the hours of a work. An hour's minutes without "phút" ("14 giờ 00’ thứ Ba, ngày 28/7/2020")
before a weekday and its day, as with it; one sitting named by its afternoon ("01 buổi
chiều,"). The statistics' "5 tháng năm 2017": the year's first five months, as "5 tháng đầu
năm 2017". Each stays refused beside a negation, a condition, a cadence, a second day, a thing
told done, and where its words may bound the time ("tối đa 30 ngày", "trước buổi sáng").
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

# v-baothanhhoa-ho-vuong-qua-tet-doc-lap-2025 (Báo Thanh Hóa on the gift for Independence Day)
GIFTS_BY_THE_FIRST = (
    "Xã đã huy động tối đa lực lượng và sẽ tăng cường cấp phát cả buổi tối để bảo đảm 100% "
    "người dân địa phương sẽ nhận được quà của Nhà nước chậm nhất trong ngày 1/9"
)


def _read(phrase: str, issued: str) -> list[tuple[object, ...]]:
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def test_mobilised_to_the_utmost_and_the_evening_too_read_the_day() -> None:
    assert _read(GIFTS_BY_THE_FIRST, "2025-08-31") == [(D, date(2025, 9, 1), date(2025, 9, 1))]


def test_mobilised_to_the_utmost_alone_reads_the_day() -> None:
    phrase = "Các xã huy động tối đa lực lượng, hoàn thành trước ngày 15/9/2025"
    assert _read(phrase, "2025-08-31") == [(D, date(2025, 9, 15), date(2025, 9, 15))]


def test_the_evening_too_alone_reads_the_day() -> None:
    phrase = "Các xã làm việc cả buổi tối, hoàn thành trước ngày 15/9/2025"
    assert _read(phrase, "2025-08-31") == [(D, date(2025, 9, 15), date(2025, 9, 15))]


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12))
def test_mobilised_to_the_utmost_reads_any_day(day: int, month: int) -> None:
    phrase = f"Các xã huy động tối đa lực lượng, hoàn thành trước ngày {day}/{month}/2026"
    assert _read(phrase, "2026-01-01") == [(D, date(2026, month, day), date(2026, month, day))]


# refusal neighbours: "tối đa" as a bound, "buổi" as a part of the day, and the usual guards
def test_at_most_before_a_number_stays_refused() -> None:
    refused("huy động tối đa 30 ngày, hoàn thành trước ngày 15/9/2025", ctx("2025-08-31"))


def test_at_most_without_mobilising_stays_refused() -> None:
    why = refused("tối đa lực lượng, hoàn thành trước ngày 15/9/2025", ctx("2025-08-31"))
    assert "tối đa" in why


def test_an_evening_without_too_stays_refused() -> None:
    why = refused("Các xã làm việc buổi tối, hoàn thành trước ngày 15/9/2025", ctx("2025-08-31"))
    assert "buổi" in why


def test_before_the_morning_stays_refused() -> None:
    refused("Các xã hoàn thành trước buổi sáng ngày 15/9/2025", ctx("2025-08-31"))


def test_a_negation_stays_refused() -> None:
    phrase = "Các xã không huy động tối đa lực lượng, hoàn thành trước ngày 15/9/2025"
    assert "không" in refused(phrase, ctx("2025-08-31"))


def test_a_condition_stays_refused() -> None:
    phrase = "Nếu cần, các xã huy động tối đa lực lượng, hoàn thành trước ngày 15/9/2025"
    refused(phrase, ctx("2025-08-31"))


def test_a_cadence_stays_refused() -> None:
    refused("Xã tăng cường cấp phát cả buổi tối hằng ngày đến ngày 1/9", ctx("2025-08-31"))


def test_two_days_stay_refused() -> None:
    phrase = "Xã tăng cường cấp phát cả buổi tối, chậm nhất trong ngày 1/9 hoặc ngày 2/9"
    refused(phrase, ctx("2025-08-31"))


def test_told_done_stays_refused() -> None:
    phrase = "Xã đã huy động tối đa lực lượng và đã cấp phát cả buổi tối ngày 1/9"
    refused(phrase, ctx("2025-09-05"))


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

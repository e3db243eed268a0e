"""Session 47, family A (helper afterj): phrases refused for words after the date the grammar
did not know, read where those words only say what a text in force brings, count children's
ages in months; their neighbours (a text's end of force, a condition, an exception, a citation,
months with no age said) stay refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def _started(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind and the start of each of `phrase`'s readings (issued on `issued`)."""
    return [(one.kind, one.earliest) for one in parse_deadlines(phrase, ctx(issued))]


# --- a text in force from a day, and what it brings ------------------------------------------

ONGOING = DeadlineKind.ONGOING


def test_what_a_text_in_force_brings_is_its_words() -> None:
    # ze-baomoi-lao-cai-can-cuoc-tre-em-2024 (Báo Mới on the Luật Căn cước 2023)
    phrase = (
        "Luật Căn cước 2023 có hiệu lực từ 1/7/2024 lần đầu tiên quy định cấp thẻ căn cước "
        "cho trẻ em"
    )
    assert _started(phrase) == [(ONGOING, date(2024, 7, 1))]
    # "nghị định" (a decree) is no "định" of "định kỳ" (zg-vietnamnet-hung-dao-tap-huan-pccc-
    # 2025, without its lead-in told done)
    decrees = "Luật PCCC&CNCH có hiệu lực từ ngày 1/7/2025, cùng các nghị định, thông tư hướng dẫn."
    assert _started(decrees, "2025-10-01") == [(ONGOING, date(2025, 7, 1))]


@pytest.mark.parametrize(
    "phrase",
    [
        # when it stops applying: a second bound, its day not read
        "Luật có hiệu lực từ ngày 1/7/2025 và hết hiệu lực khi Luật mới được ban hành",
        "Luật có hiệu lực từ ngày 1/7/2025 và hết hiệu lực",
        "Nghị định có hiệu lực từ ngày 1/7/2025 và chấm dứt hiệu lực của Nghị định số 12",
        "Luật có hiệu lực từ ngày 1/7/2025 và chấm dứt hiệu lực của Luật cũ",
        # its force on a condition, or with an exception: the day may not be the text's
        "Luật có hiệu lực từ ngày 1/7/2025 nếu được Quốc hội thông qua",
        "Luật có hiệu lực từ ngày 1/7/2025, trừ quy định tại khoản 2",
        "Luật có hiệu lực từ ngày 1/7/2025, không áp dụng đối với hộ kinh doanh",
        # another time after it
        "Nghị định có hiệu lực từ ngày 1/7/2025, sau đó hết hiệu lực",
        "Nghị định có hiệu lực từ ngày 1/7/2025, hằng năm các bộ báo cáo",
        "Nghị định có hiệu lực từ ngày 1/7/2025, thực hiện trong 3 năm",
        # a decree's number is still a number nothing reads
        "Luật có hiệu lực từ ngày 1/7/2025, cùng Nghị định 15 hướng dẫn",
        # a text cited after it with no comma, its own number and day beside (as
        # test_deadline_forms_zp holds "… 01/12/2016 thay thế Quyết định số 803/QĐ-TTg …")
        "Luật có hiệu lực từ ngày 1/7/2025 thay thế Luật số 59/2014/QH13 ngày 20/11/2014",
    ],
)
def test_a_text_in_force_with_an_end_condition_or_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-01"))


@given(st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)))
def test_any_day_in_force_reads_with_what_the_text_brings(day: date) -> None:
    phrase = f"Luật có hiệu lực từ ngày {day.day}/{day.month}/{day.year}, cùng các nghị định"
    assert _started(phrase) == [(ONGOING, day)]


# --- the children's ages in months after "độ tuổi" -------------------------------------------


# zb-kienthuc-ha-noi-vitamin-a-dot-2-2025 (Kiến Thức on Hà Nội's vitamin A campaign, round
# 2), without its round numbered by its year ("đợt 2/2025", which stays refused after a window
# read by its words: see the report of session 47)
def test_ages_in_months_after_do_tuoi_are_no_time() -> None:
    ages = "Ngày 1-2/12, trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng sẽ được uống vitamin A"
    assert _read(ages, "2025-11-30") == [(W, date(2025, 12, 1), date(2025, 12, 2))]
    many = (
        "Ngày 1-2/12, gần 340.000 trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng trên địa bàn "
        "Hà Nội sẽ được uống vitamin A"
    )
    assert _read(many, "2025-11-30") == [(W, date(2025, 12, 1), date(2025, 12, 2))]


@pytest.mark.parametrize(
    "phrase",
    [
        # no "độ tuổi" nor "tháng tuổi": months of what?
        "Ngày 1-2/12, trẻ trong 6 tháng đến 36 tháng sẽ được uống vitamin A",
        # a bound with no unit of its own: "6" of what?
        "Ngày 1-2/12, trẻ trong độ tuổi từ 6 đến 36 tháng sẽ được uống vitamin A",
        # another time after the ages
        "Ngày 1-2/12, trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng sẽ được uống vitamin A, "
        "sau 6 tháng uống lại",
    ],
)
def test_months_that_may_be_a_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-30"))

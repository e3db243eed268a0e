"""eleven37 (issue 11 §2 breadth): lunar glosses as real pages print them, read through the
lunar support (`kehoach.dates.lunar`) and checked against the solar day they restate: a
day spelled after "mùng" ("mùng Một", "mùng Hai": `kehoach.dates.speltlunar`), a comma
before the month ("mùng 7, tháng Giêng, năm Bính Ngọ"). A gloss that disagrees with its
solar day stays refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# x-ngaynay-xa-huong-son-le-hoi-chua-huong-2026.yaml (Ngày Nay, chùa Hương 2026)
HUONG = (
    "Lễ hội du lịch chùa Hương năm 2026 có chủ đề xuyên suốt “An toàn-thân thiện-chất"
    " lượng,” bắt đầu từ ngày 18/2 đến hết ngày 11/5/2026 (tức từ mùng Hai tháng Giêng đến"
    " ngày 25/3 năm Bính Ngọ)"
)
# u-thoibaotaichinh-tet-trong-cay-binh-ngo-2026.yaml (Thời báo Tài chính, 2026)
TREES = "Sáng ngày 23/2 (tức mùng 7, tháng Giêng, năm Bính Ngọ)"


# --- a day spelled after "mùng" ------------------------------------------------------------


def test_a_spelled_first_day_of_the_month_reads_the_window() -> None:
    reading = one(HUONG, ctx("2026-02-18"))
    assert (reading.kind, reading.first, reading.last) == (W, date(2026, 2, 18), date(2026, 5, 11))
    assert reading.gloss is not None and "mùng Hai tháng Giêng" in reading.gloss


def test_a_spelled_day_that_is_not_the_solar_day_is_refused_with_the_lunar_day() -> None:
    # refusal neighbour: 18/2/2026 is the 2nd of Giêng, not the 3rd ("mùng Ba")
    reason = refused(HUONG.replace("mùng Hai", "mùng Ba"), ctx("2026-02-18"))
    assert "ngày 18/02/2026 là ngày 2 tháng 1 năm Bính Ngọ âm lịch" in reason
    assert "last_day" in reason


def test_spelled_days_of_a_tet_span_are_checked_at_both_ends() -> None:
    # zb-tienphong-ca-mau-ngung-thu-gom-rac-tet-2026.yaml's gloss (Tiền Phong, 2026), the
    # days kept and the suspension's verb left out: 17/2 and 19/2/2026 are mùng 1 and mùng 3
    phrase = "từ 6h ngày 17/2/2026 đến 20h ngày 19/2/2026 (nhằm mùng Một đến hết mùng Ba Tết{}"
    reading = one(phrase.format(" Nguyên đán Bính Ngọ 2026)"), ctx("2026-02-07"))
    assert (reading.kind, reading.first, reading.last) == (W, date(2026, 2, 17), date(2026, 2, 19))
    wrong = refused(
        phrase.replace("mùng Ba", "mùng Hai").format(" Nguyên đán Bính Ngọ 2026)"),
        ctx("2026-02-07"),
    )
    assert "ngày 19/02/2026 là ngày 3 tháng 1 năm Bính Ngọ âm lịch" in wrong


@pytest.mark.parametrize(
    ("folded", "digits"),
    [
        ("tuc tu mung hai thang gieng", "tuc tu mung 2 thang gieng"),
        ("nham mung mot den het mung ba tet", "nham mung 1 den het mung 3 tet"),
        ("mong muoi thang gieng", "mong 10 thang gieng"),
        # "năm" is also the year's word: never read as the fifth day
        ("mung nam binh ngo", "mung nam binh ngo"),
        # "mùng" alone, and words that only begin like a number, stay as they are
        ("mung bayern", "mung bayern"),
        ("ngay hai thang gieng", "ngay hai thang gieng"),
    ],
)
def test_only_days_after_mung_are_given_their_digits(folded: str, digits: str) -> None:
    from kehoach.dates.speltlunar import digit_days  # new in eleven37: main has none

    assert digit_days(folded) == digits


# --- a comma before the month of the gloss -------------------------------------------------


def test_a_comma_before_the_lunar_month_reads_the_day() -> None:
    reading = one(TREES, ctx("2026-02-23"))
    assert (reading.kind, reading.first, reading.last) == (D, date(2026, 2, 23), date(2026, 2, 23))
    assert reading.qualifier == "sáng"


@pytest.mark.parametrize(
    ("gloss", "said"),
    [
        ("mùng 8, tháng Giêng", "không phải 8 tháng 1"),
        ("mùng 7, tháng Chạp", "không phải 7 tháng 12"),
    ],
)
def test_a_comma_gloss_that_disagrees_with_the_day_is_refused(gloss: str, said: str) -> None:
    reason = refused(TREES.replace("mùng 7, tháng Giêng", gloss), ctx("2026-02-23"))
    assert "ngày 23/02/2026 là ngày 7 tháng 1 năm Bính Ngọ âm lịch" in reason
    assert said in reason


# --- numbers and words that name the event or its place, not its time ----------------------


def test_the_years_nth_fair_is_held_on_the_day_written() -> None:
    # zh-netlife-nghe-an-ngay-hoi-viec-lam-2026.yaml (Netlife, Nghệ An 2026)
    phrase = (
        "Theo kế hoạch, ngày hội việc làm lần thứ 1 trong năm sẽ được tổ chức vào 28/2 (12"
        " tháng Giêng) tại Khu công nghiệp Vsip Nghệ An, xã Hưng Nguyên, tỉnh Nghệ An"
    )
    reading = one(phrase, ctx("2026-01-18"))
    assert (reading.kind, reading.first, reading.last) == (D, date(2026, 2, 28), date(2026, 2, 28))


def test_in_the_year_without_an_edition_stays_refused() -> None:
    # refusal neighbour: "trong năm" alone may change the time
    reason = refused("ngày hội việc làm trong năm sẽ được tổ chức vào 28/2", ctx("2026-01-18"))
    assert "“năm” đứng trước thời hạn" in reason
    assert "last_day" in reason


def test_the_halls_floor_is_no_day() -> None:
    # zt-hauloc-thuong-truc-hdnd-phien-hop-27-ky-hop-11-2024.yaml (HĐND huyện Hậu Lộc, 2024)
    phrase = (
        "Theo đó, Kỳ họp thứ 11, HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026, dự kiến sẽ tổ vào"
        " sáng ngày 01/03, tại Hội trường tầng 4 – cơ quan UBND huyện"
    )
    reading = one(phrase, ctx("2024-02-29"))
    assert (reading.kind, reading.first, reading.last) == (D, date(2024, 3, 1), date(2024, 3, 1))
    assert reading.qualifier == "sáng"


# --- a lunar gloss with no word before it, right after the solar days ----------------------


def test_a_bare_mung_gloss_after_the_days_reads_the_window() -> None:
    # x-lehoivietnam-dinh-hoa-le-hoi-long-tong-2026.yaml (Lễ hội Việt Nam, Lồng Tồng 2026)
    reading = one("25 - 26/2 mùng 9 – 10 tháng Giêng", ctx("2026-02-17"))
    assert (reading.kind, reading.first, reading.last) == (W, date(2026, 2, 25), date(2026, 2, 26))
    assert reading.gloss == "mùng 9 – 10 tháng Giêng"


def test_a_bare_mung_gloss_one_day_off_is_refused() -> None:
    # refusal neighbour: 25/2/2026 is the 9th of Giêng, not the 10th
    reason = refused("25 - 26/2 mùng 10 – 11 tháng Giêng", ctx("2026-02-17"))
    assert "ngày 25/02/2026 là ngày 9 tháng 1 năm Bính Ngọ âm lịch" in reason
    assert "last_day" in reason


def test_a_lunar_day_as_the_end_of_a_span_stays_refused() -> None:
    # refusal neighbour: "đến mùng 9 tháng Giêng" is the span's end, no gloss of a solar day
    refused("từ 20/2 đến mùng 9 tháng Giêng", ctx("2026-02-17"))

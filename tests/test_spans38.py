"""Compact spans and lists of days (session 38, family C): "các ngày 14 - 15.2", "trong các
ngày từ 25 đến 27-2", "vào các ngày 26/5 - 29/5/2026". Each read from its real phrase in the
corpus; the near phrases that must stay refused beside it (issue 11: never a silent wrong
date; a day written with a dash or a dot alone may be another number)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

THANH_NIEN_TET = ctx("2026-02-12")  # Thanh Niên, chương trình mừng năm mới Bính Ngọ 2026
DONG_NAI = ctx("2024-02-01")  # Báo Đồng Nai, giao nhận quân 25-27/2/2024


# --- "các ngày" before a span of days, its month written with a dash or a dot ------------------


def test_the_days_then_a_span_with_a_dot_before_its_month() -> None:
    # tests/corpus/t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026.yaml
    reading = one(
        "Chương trình Vui Xuân đón Tết các ngày 14 - 15.2 tại Làng văn hóa - du lịch các dân tộc VN",
        THANH_NIEN_TET,
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2026, 2, 14), date(2026, 2, 15))
    assert reading.label == "Chương trình Vui Xuân đón Tết"


def test_the_days_from_one_to_a_dashed_end() -> None:
    # tests/corpus/zg-baodongnai-giao-nhan-quan-25-27-2-2024.yaml
    reading = one(
        "trong các ngày từ 25 đến 27-2, thanh niên cả nước sẽ lên đường thực hiện nghĩa vụ quân "
        "sự (NVQS), bảo vệ Tổ quốc trong tình hình mới.",
        DONG_NAI,
    )
    assert (reading.first, reading.last) == (date(2024, 2, 25), date(2024, 2, 27))
    assert reading.label is not None and reading.label.startswith("thanh niên cả nước")


def test_the_days_word_is_never_the_label() -> None:
    # "các" was the step's name of "các ngày 4-10/12" (the lead's words, left over)
    assert one("các ngày 4-10/12", ctx("2017-11-20")).label is None


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("các ngày 14-15-2", "“các ngày”"),  # one mark twice: "14-15" may be a date
        ("các ngày 14 - 15-2", "“các ngày”"),
        ("Vui Xuân 14 - 15.2", "“các ngày”"),  # no "các ngày", no "từ ngày": a number?
        ("từ 9 đến 12-2", "“từ ngày”"),  # "từ" alone: "9 đến 12-2" may count other things
        ("các ngày 15 - 14.2", "không trước ngày kết thúc"),  # the start after its end
        ("các ngày 1 đến 10-6 tuổi", "không nhận ra"),  # ages, not days
    ],
)
def test_a_dashed_span_that_says_too_little_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, THANH_NIEN_TET)


# --- two days joined by a dash, named a span by the words before them --------------------------


def test_a_time_field_before_two_days_joined_by_a_dash() -> None:
    # tests/corpus/zs-placevietnam-lich-trinh-festival-hoa-da-lat-2019.yaml
    reading = one("Thời gian diễn ra: 20/12 – 24/12/2019", ctx("2019-12-01"))
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2019, 12, 20), date(2019, 12, 24))


def test_the_days_before_two_days_joined_by_a_dash() -> None:
    # the time part of tests/corpus/zh-24h-dia-phuong-thi-lop-10-som-nhat-2026.yaml ("Bắc Ninh &
    # Đồng Nai theo sát ngay sau đó vào các ngày 26/5 - 29/5/2026": "theo" keeps it refused)
    reading = one("vào các ngày 26/5 - 29/5/2026", ctx("2026-03-01"))
    assert (reading.first, reading.last) == (date(2026, 5, 26), date(2026, 5, 29))
    assert reading.label is None  # never "vào các"


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("tổ chức 26/5 - 29/5/2026", "không có “từ … đến …”"),  # a range, or two days?
        ("Thời gian diễn ra lễ hội: 20/12 – 24/12/2019", "không có “từ … đến …”"),  # a name
        ("các ngày 4/12-5/10", "ngày đầu sau ngày cuối"),  # the start after its end
        ("giai đoạn 1/9 – 30/11/2025", "không có “từ … đến …”"),  # "giai đoạn 1": a stage?
    ],
)
def test_two_days_joined_by_a_dash_elsewhere_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2019-12-01"))


# --- "từ D đến D-M" without "ngày": only with a lunar gloss of its two ends -----------------------

GIA_LAI_TET = ctx("2026-01-21")  # Người Lao Động, hoạt động Xuân Bính Ngọ 2026 ở Gia Lai


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # outside its parentheses, or not alone in them ("(từ 9 đến 12-2)" alone reads: the
        # lead's ruling of session 50, test_lead50)
        ("Hội Báo Xuân từ 9 đến 12-2", "“từ ngày”"),  # a count?
        ("Hội Báo Xuân (9 đến 12-2)", "“từ ngày”"),  # no "từ"
        ("Hội Báo Xuân (từ 9 - 12-2)", "“từ ngày”"),  # a dash twice: "9 - 12" may be a date
        ("Hội Báo Xuân (từ 1 đến 10-6 tuổi)", "không nhận ra"),  # ages
    ],
)
def test_a_dashed_end_in_parentheses_that_says_too_little_stays_refused(
    phrase: str, why: str
) -> None:
    assert why in refused(phrase, GIA_LAI_TET)


# --- days whose month the phrase never writes ----------------------------------------------------


def test_days_without_a_month_are_refused_saying_so() -> None:
    # tests/corpus/h-gialaitv-ky-hop-thu-chin-hdnd-2022.yaml: the month is the session's,
    # which the sentence does not say; the clerk writes the days
    why = refused(
        "Đài PT-TH Gia Lai sẽ tổ chức truyền hình trực tiếp phiên làm việc ngày 07 và phiên làm "
        "việc ngày 09 của Kỳ họp",
        ctx("2022-12-05"),
    )
    assert "“ngày 07” không ghi tháng nào" in why
    assert "last_day" in why


def test_a_month_written_elsewhere_keeps_the_plain_refusal() -> None:
    # a neighbour: the month is in the phrase, so no day is said to lack one
    why = refused("phiên làm việc ngày 07 của kỳ họp tháng Chạp", ctx("2022-12-05"))
    assert "không ghi tháng" not in why


# --- a calendar's line that opens with its span, its work after it ----------------------------


def test_a_line_opening_with_its_span_then_its_work() -> None:
    # tests/corpus/zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018.yaml
    reading = one("Từ ngày 4-10/12 diệt chuột tập trung", ctx("2017-12-01"))
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2017, 12, 4), date(2017, 12, 10))
    assert reading.label == "diệt chuột tập trung"


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("Từ ngày 4-10/12 tuổi", "không nhận ra"),  # a unit: the numbers count it
        ("Từ ngày 4-10/12 âm lịch diệt chuột", "“âm”"),  # another calendar
        ("Từ ngày 4-10/12 năm sau diệt chuột", "không nhận ra"),  # another year
        ("Từ ngày 4-10-12 diệt chuột", "không nhận ra"),  # dashes only: "4-10" may be a date
    ],
)
def test_words_after_an_opening_span_that_could_move_it_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2017-12-01"))


def test_from_a_day_to_a_dotted_end_with_its_lunar_gloss() -> None:
    # the time part of tests/corpus/t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026.yaml
    # ("(5 suất/ngày)" before it keeps the whole line refused): the gloss's two lunar ends
    # are those of the two days read
    reading = one("từ 18 - 22.2 (từ mùng 2 - 6 tháng giêng)", THANH_NIEN_TET)
    assert (reading.first, reading.last) == (date(2026, 2, 18), date(2026, 2, 22))
    # a gloss the days do not meet is refused, never one of the two chosen
    assert "không phải 3 tháng 1" in refused(
        "từ 18 - 22.2 (từ mùng 3 - 7 tháng giêng)", THANH_NIEN_TET
    )
    assert "“từ ngày”" in refused("từ 18 - 22.2", THANH_NIEN_TET)  # no gloss: a number?


def test_a_start_without_its_month_after_its_end_says_the_way_out() -> None:
    # a neighbour of "từ ngày 26 -29/5" (tests/corpus/ze-baohaiduong-xet-thang-hang-giao-vien-
    # 2024.yaml): the start takes the end's month only when it is the smaller day
    why = refused("Từ ngày 29 -26/5", ctx("2024-05-20"))
    assert "không trước ngày kết thúc 26/05/2024" in why
    assert "first_day và last_day" in why

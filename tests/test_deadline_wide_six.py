"""The forms reporting rules and plans print, still refused in the non-press sets (branch
wide-six, session 33). Each family with the real phrase that motivated it (its corpus file
named) and invented look-alikes that change the meaning, kept refused (the first rule: never
a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

R = DeadlineKind.RECURRING


# --- a cadence, then its due day in words inside parentheses -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # s-thutucnhadat-tt-11-2013-bxd-bao-cao-bds (Thông tư 11/2013/TT-BXD, Điều 6)
        (
            "a) Hàng Quý (trước ngày cuối cùng của tháng cuối Quý);",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
        ),
        # variants: the monthly rule, "chậm nhất vào", no parentheses at all
        ("Hàng tháng (trước ngày cuối cùng của tháng)", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("Hằng tháng (chậm nhất vào ngày cuối cùng của tháng).", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        (
            "Hàng quý trước ngày cuối cùng của tháng cuối quý",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
        ),
    ],
)
def test_cadence_then_its_last_day_in_parentheses(phrase: str, rrule: str) -> None:
    reading = one(phrase, ctx("2013-10-01"))
    assert reading.kind is R
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # the cadence and the day disagree: which one is wrong?
        "Hàng tháng (trước ngày cuối cùng của tháng cuối quý)",
        "Hàng quý (trước ngày cuối cùng của tháng)",
        "Hàng năm (trước ngày cuối cùng của tháng)",
        # after the day, not before it: a start, no due day
        "Hàng quý (sau ngày cuối cùng của tháng cuối quý)",
        # another month than the rule's own
        "Hàng quý (ngày cuối cùng của tháng sau)",
        # an event's day, no day of a month
        "Hằng năm trước ngày khai giảng",
    ],
)
def test_cadence_with_another_day_in_parentheses_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2013-10-01"))


# --- a cadence, its day in parentheses, then who reports what ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # m-phapluatdoanhnghiep-lich-nop-bao-cao (Nghị định 145/2020/NĐ-CP, Điều 4)
        (
            "Định kỳ hằng năm (trước ngày 05 tháng 12), doanh nghiệp phải báo cáo tình hình thay "
            "đổi lao động đến Sở Lao động – Thương binh và Xã hội thông qua Cổng Dịch vụ công "
            "Quốc gia theo Mẫu số 01/PLI Phụ lục I ban hành kèm theo Nghị định 145/2020/NĐ-CP và "
            "thông báo đến cơ quan bảo hiểm xã hội nơi đặt trụ sở, chi nhánh, văn phòng đại diện.",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
        ),
        # variants: the day by its slash, "định kỳ" with a comma instead of parentheses
        (
            "Hằng năm (trước ngày 05/12), doanh nghiệp phải báo cáo",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
        ),
        (
            "Định kỳ hằng năm, trước ngày 20 tháng 6, người sử dụng lao động báo cáo Sở",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20",
        ),
    ],
)
def test_cadence_its_day_then_a_clause(phrase: str, rrule: str) -> None:
    reading = one(phrase)
    assert reading.kind is R
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # a start, no due day
        "Hằng năm (sau ngày 05/12), doanh nghiệp phải báo cáo",
        # a quarterly cadence with a day of one month of the year
        "Hằng quý (trước ngày 05/12), doanh nghiệp phải báo cáo",
        # one year's day, no rule
        "Hằng năm (trước ngày 05/12/2026), doanh nghiệp phải báo cáo",
        # a year in the clause: which year's report?
        "Hằng năm (trước ngày 05/12), doanh nghiệp phải báo cáo năm 2026",
        # two deadlines
        "Hằng năm (trước ngày 05/12), hoặc trước ngày 10/12, doanh nghiệp báo cáo",
    ],
)
def test_cadence_its_day_then_a_clause_look_alikes_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- the forms and annexes a rule's clause names ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # s-thuvienphapluat-tt-01-2020-bkhdt-danh-gia-htx (Thông tư 01/2020/TT-BKHĐT)
        (
            "- Chậm nhất vào ngày 15 tháng 12 hàng năm, hợp tác xã nộp bảng tự chấm điểm đến cơ "
            "quan đăng ký hợp tác xã theo mẫu tại Phụ lục 2 kèm theo Báo cáo tình hình hoạt động "
            "của hợp tác xã theo mẫu tại Phụ lục I-19 Thông tư số 07/2019/TT-BKHĐT ngày 08/4/2019 "
            "về sửa đổi, bổ sung một số điều của Thông tư số 03/2014/TT-BKHĐT ngày 26 tháng 5 năm "
            "2014 của Bộ Kế hoạch và Đầu tư hướng dẫn về đăng ký hợp tác xã và chế độ báo cáo tình "
            "hình hoạt động của hợp tác xã.",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15",
        ),
        # variants: another annex, a form by its number
        (
            "Chậm nhất vào ngày 18 tháng 12 hàng năm, cơ quan đăng ký hợp tác xã cấp huyện báo "
            "cáo theo mẫu quy định tại Phụ lục II-13 gửi cơ quan đăng ký hợp tác xã cấp tỉnh.",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=18",
        ),
        (
            "Trước ngày 03 hàng tháng, người sử dụng lao động gửi Thông báo theo Mẫu số 29 ban hành "
            "kèm theo Thông tư 28/2015/TT-BLĐTBXH",
            "FREQ=MONTHLY;BYMONTHDAY=3",
        ),
    ],
)
def test_forms_and_annexes_named_in_the_clause(phrase: str, rrule: str) -> None:
    reading = one(phrase)
    assert reading.kind is R
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # a day's mark after the number: a day, not a form
        "Hằng năm, trước ngày 05/12, doanh nghiệp báo cáo theo Mẫu số 05/6",
        # a second day after the form
        "Hằng năm, trước ngày 05/12, doanh nghiệp báo cáo theo Mẫu số 29 trước ngày 10",
    ],
)
def test_a_form_beside_another_day_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- months of each year, listed (with the count of times a year) ------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # zq-kvsc-quy-trinh-xet-cap-hoc-bong: a scholarship paid twice a year
        (
            "2. Chuyển khoản học bổng hàng kỳ (1 năm 2 lần : Tháng 5 và Tháng 11)",
            "FREQ=MONTHLY;INTERVAL=6;BYMONTH=5,11;BYMONTHDAY=-1",
        ),
        # variants: the cadence after or before the months, three months, "lần/năm"
        ("tháng 5 và tháng 11 hằng năm", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=5,11;BYMONTHDAY=-1"),
        ("hằng năm vào tháng 3, tháng 7 và tháng 9", "FREQ=YEARLY;BYMONTH=3,7,9;BYMONTHDAY=-1"),
        ("3 lần/năm: tháng 3, tháng 7 và tháng 9", "FREQ=YEARLY;BYMONTH=3,7,9;BYMONTHDAY=-1"),
        (
            "mỗi năm 2 lần vào tháng 6 và tháng 12",
            "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1",
        ),
    ],
)
def test_months_of_each_year(phrase: str, rrule: str) -> None:
    reading = one(phrase)
    assert reading.kind is R
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # the count and the months disagree
        "2 lần/năm: tháng 5, tháng 8 và tháng 11",
        # a month that does not exist
        "tháng 5 và tháng 13 hằng năm",
        # months out of order: a list copied wrong
        "tháng 11 và tháng 5 hằng năm",
        # one year's months, no rule
        "1 năm 2 lần: tháng 5 và tháng 11 năm 2026",
        # "kỳ" numbering a session stays a number, not a day, in parentheses or not
        "Kỳ họp thứ (10/12/2027)",
    ],
)
def test_months_of_each_year_look_alikes_stay_refused(phrase: str) -> None:
    refused(phrase)


def test_months_with_a_year_are_that_years() -> None:
    kinds = {reading.kind for reading in parse_deadlines("tháng 5 và tháng 11/2026", ctx())}
    assert kinds == {DeadlineKind.WINDOW}


# --- the first month of the next quarter, "sau" alone -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # the due day of s-aasc-tt-128-2013-bao-cao-nhap-xuat-ton (Thông tư 128/2013/TT-BTC)
        (
            "DNCX phải nộp báo cáo nhập - xuất - tồn nguyên liệu chậm nhất vào ngày 15 của tháng "
            "đầu quý sau",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15",
        ),
        # variant: the cadence said before, joined by "và"
        (
            "nộp báo cáo hằng quý và chậm nhất vào ngày 15 của tháng đầu quý sau",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15",
        ),
    ],
)
def test_first_month_of_the_next_quarter(phrase: str, rrule: str) -> None:
    reading = one(phrase)
    assert reading.kind is R
    assert reading.rrule == rrule
    assert "quý trước" in reading.reading  # the report is on the quarter before


@pytest.mark.parametrize(
    "phrase",
    [
        # "sau" then a year: after that year, a start
        "chậm nhất vào ngày 15 của tháng đầu quý sau năm 2026",
        # a year's first month "năm sau" may be one next year's: not read as a rule
        "ngày 10 tháng đầu năm sau",
        # the next quarter's last month: not this family
        "chậm nhất vào ngày 15 của tháng cuối quý sau",
    ],
)
def test_next_period_look_alikes_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- a yearly rule's day, then the condition its step waits on ("sau khi …") --------------------


def test_condition_after_a_rules_day_is_shown_beside_it() -> None:
    # y-vinasctax-luat-dau-tu-cong-ke-hoach (Luật Đầu tư công 2019, Điều 67)
    reading = one(
        "9. Trước ngày 10 tháng 9 hằng năm, sau khi có ý kiến thẩm định của Bộ Kế hoạch và Đầu "
        "tư, các"
    )
    assert reading.kind is R
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=10"
    assert "sau khi có ý kiến thẩm định" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # no day: when after the review?
        "Hằng năm, sau khi tổng kết, các bộ báo cáo",
        # a count, another month, another day in the condition
        "Trước ngày 10 tháng 9 hằng năm, sau khi có ý kiến thẩm định 15 ngày, các bộ hoàn chỉnh",
        "Trước ngày 10 tháng 9 hằng năm, sau khi có ý kiến thẩm định trong tháng 10, các bộ",
        "Trước ngày 10 tháng 9 hằng năm, sau khi có ý kiến thẩm định, chậm nhất ngày 20/9, các bộ",
        # one year's day: "sau" after it may move it
        "Trước ngày 10/9/2026, sau khi có ý kiến thẩm định, các bộ hoàn chỉnh kế hoạch",
    ],
)
def test_condition_look_alikes_stay_refused(phrase: str) -> None:
    refused(phrase)

"""Session 51, helper fame51 (family E: another day or number beside the time read).

A span of years closing a schedule line's step, "Ngày D: <step>, năm Y-Y+1" or "…, giai đoạn
Y1 - Y2", names the work (a prize's edition, a plan), as "năm học", "nhiệm kỳ" do: the day
is read when it falls within the span (`label.WORK_SPAN_LAST`, `steps.label_after`). An
outline number "2.2." opening a heading is the line's mark when the phrase writes its day as
a monthly rule's "ngày 15 hằng tháng" (`label._outline`, the lead's ruling of session 49).
The span after the comma closing a sentence opened by its time ("Tháng 10/2016, Quốc hội sẽ
thông qua …, giai đoạn 2016 - 2020.") is the same name (`engine._read_work_span_apart`)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines

# --- a span of years naming the work after a schedule line's day ------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # z-tapchimattran-giai-bao-chi-dai-doan-ket-xvi-2023-2024 (issued: null)
        (
            "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí “Vì sự nghiệp Đại "
            "đoàn kết toàn dân tộc” lần thứ XVI, năm 2023-2024",
            "2024-07-31",
            "2024-07-31",
        ),
        # the same line without diacritics
        (
            "Ngay 31/7/2024: Thoi han cuoi nhan tac pham du thi Giai bao chi lan thu XVI, "
            "nam 2023-2024",
            "2024-07-31",
            "2024-07-31",
        ),
    ],
)
def test_a_span_of_years_closing_the_step_names_the_work(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase) == ("date", first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # the day outside the span: a typo in one of them, or two deadlines
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2022-2023",
        "Ngày 31/7/2025: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2023-2024",
        # "năm" over more than two years in a row, or running backwards
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2024-2026",
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2024-2023",
        # a word before the span that makes it a time of its own
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, đến năm 2023-2024",
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI và năm 2023-2024",
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí năm 2023-2024 và năm 2025",
        # only filler before the span: the span may be the time of the work
        "Ngày 31/7/2024: hoàn thành, giai đoạn 2024-2030",
        # a cadence, a condition
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí hằng năm, năm 2023-2024",
        "Ngày 31/7/2024: Thời hạn cuối nhận tác phẩm nếu có, năm 2023-2024",
        # no year on the day and no issue day
        "Ngày 31/7: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2023-2024",
    ],
)
def test_a_span_the_day_does_not_fall_in_or_a_time_of_its_own_stays_refused(
    phrase: str,
) -> None:
    refused(phrase)


def test_a_day_without_its_year_is_never_dated_by_the_span() -> None:
    # the year comes from the plan, the span only checks it: 31/7/2023 in a 2023 plan falls in
    # 2023-2024, but a plan of 2025 gives 31/7/2025, outside the span, refused
    assert read_days(
        "Ngày 31/7: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2023-2024",
        "2023-03-01",
    ) == ("date", "2023-07-31", "2023-07-31")
    refused(
        "Ngày 31/7: Thời hạn cuối nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2023-2024",
        ctx("2025-03-01"),
    )


def test_a_prize_span_named_after_its_noun_keeps_its_own_rule() -> None:
    # zr-baohaiduong-giai-thuong-con-son-lan-viii-2021: the works of 2016-2020, received in 2021
    assert read_days(
        "Theo kế hoạch, từ tháng 2 - 4.2021 sẽ thành lập Hội đồng xét tặng giải thưởng và tiếp "
        "nhận các tác phẩm dự xét Giải thưởng Văn học Nghệ thuật Côn Sơn - Hải Dương lần thứ "
        "VIII giai đoạn 2016-2020",
        "2020-09-25",
    ) == ("window", "2021-02-01", "2021-04-30")


# --- the same span after the comma closing a month's or a day's sentence ----------------------


def test_a_span_after_the_comma_closing_the_step_names_the_work() -> None:
    # w-press-tinkinhte-ke-hoach-dau-tu-trung-han-2016 (issued: null)
    phrase = (
        "Tháng 10/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020."
    )
    assert read_days(phrase) == ("window", "2016-10-01", "2016-10-31")
    assert (
        one(phrase).label
        == "Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020"
    )
    assert read_days(
        "Thang 10/2016, Quoc hoi se thong qua Ke hoach Dau tu trung han, giai doan 2016 - 2020."
    ) == ("window", "2016-10-01", "2016-10-31")


@pytest.mark.parametrize(
    "phrase",
    [
        # the month outside the span
        "Tháng 10/2021, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020.",
        # told done, or on a condition
        "Tháng 10/2016, Quốc hội đã thông qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020.",
        "Tháng 10/2016, nếu đủ điều kiện, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, "
        "giai đoạn 2016 - 2020.",
        "Tháng 10/2016, khi đủ điều kiện, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, "
        "giai đoạn 2016 - 2020.",
        "Ngày 31/7/2024: đã hết hạn nhận tác phẩm dự thi Giải báo chí lần thứ XVI, năm 2023-2024",
        # two months, a cadence, a second period joined, the span a time of the step
        "Tháng 10/2016 và tháng 12/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, "
        "giai đoạn 2016 - 2020.",
        "Tháng 10/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn hằng năm, "
        "giai đoạn 2016 - 2020.",
        "Tháng 10/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020 "
        "và năm 2021.",
        "Tháng 10/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, hoàn thành trong giai "
        "đoạn 2016 - 2020.",
        # "năm" over more than two years
        "Tháng 10/2016, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, năm 2016-2020.",
        # a month without its year and no issue day
        "Tháng 10, Quốc hội sẽ thông qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020.",
    ],
)
def test_a_span_after_the_comma_beside_a_doubt_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- an outline number before a monthly rule's day in words ----------------------------------


def test_an_outline_number_opens_a_monthly_rule_in_words() -> None:
    # y-cao-bang-skhcn-lich-tiep-cong-dan-2025 (issued: null)
    (reading,) = parse_deadlines(
        "2.2. Tiếp công dân định kỳ: Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng "
        "(nếu ngày 15 hàng tháng trùng vào ngày nghỉ hàng tuần, nghỉ lễ, nghỉ tết thì lịch tiếp "
        "công dân chuyển sang ngày làm việc tiếp theo)",
        ctx(),
    )
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=15"
    assert one("2.2. Tiếp công dân định kỳ vào ngày 15 mỗi tháng").rrule == (
        "FREQ=MONTHLY;BYMONTHDAY=15"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # no capital after it, or no dot closing it: "2.2" may be 2 February (ruling 49)
        "2.2. tiếp công dân định kỳ vào ngày 15 hằng tháng",
        "2.2 Tiếp công dân định kỳ vào ngày 15 hằng tháng",
        # another day written with a dot: the cell's own style of writing a day
        "2.2. Tiếp công dân định kỳ vào ngày 15 hằng tháng, từ 1.3",
        "2.2. Tiếp công dân định kỳ vào ngày 15 hằng tháng và ngày 2.2",
        # a day of the month with no cadence, a quarter's day
        "2.2. Tiếp công dân vào ngày 15",
        "2.2. Tiếp công dân định kỳ vào ngày 15 hằng quý",
    ],
)
def test_an_outline_number_beside_no_monthly_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))

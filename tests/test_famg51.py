"""Session 51, helper famg51 (family G): cadences listed each with its own "hằng" ("định kỳ 6
tháng và hàng năm", s-idm-qd-549-1997), and "trong phạm vi" a place after the step (within
its bounds, no time)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines
from kehoach.dates.reading import Frequency

_STANDING = replace(ctx("1997-04-15"), standing=True)


def _frequencies(phrase: str, context: Context) -> list[Frequency | None]:
    readings = parse_deadlines(phrase, context)
    assert all(one.kind is DeadlineKind.RECURRING for one in readings)
    return [one.recurrence.frequency if one.recurrence else None for one in readings]


# --- cadences listed, each with its own "hằng" -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "frequencies"),
    [
        # tests/corpus/s-idm-qd-549-1997-bao-cao-khoang-san.yaml
        (
            "Sở Công nghiệp tỉnh, thành phố trực thuộc Trung ương (dưới đây gọi là Sở Công "
            "nghiệp) có trách nhiệm lập và nộp các báo cáo định kỳ 6 tháng và hàng năm về hoạt "
            "động khoáng sản trong phạm vi tỉnh.",
            [Frequency.HALF_YEARLY, Frequency.YEARLY],
        ),
        # the same list with trailing words, "hằng" before each cadence
        (
            "lập và nộp các báo cáo định kỳ hằng quý và hằng năm về hoạt động khoáng sản",
            [Frequency.QUARTERLY, Frequency.YEARLY],
        ),
        (
            "báo cáo định kỳ 6 tháng, hằng năm về công tác an toàn",
            [Frequency.HALF_YEARLY, Frequency.YEARLY],
        ),
    ],
)
def test_each_cadence_said_with_its_own_hang_is_one_more_cadence(
    phrase: str, frequencies: list[Frequency]
) -> None:
    assert _frequencies(phrase, _STANDING) == frequencies


@pytest.mark.parametrize(
    "phrase",
    [
        "đã nộp các báo cáo định kỳ 6 tháng và hàng năm về hoạt động khoáng sản",  # told done
        "không thực hiện Báo cáo hàng tháng và hàng quý về hoạt động khoáng sản",  # negated
        "nếu có yêu cầu, nộp báo cáo định kỳ 6 tháng và hằng năm về hoạt động khoáng sản",
        "báo cáo định kỳ 6 tháng và hằng năm vào ngày 15/12",  # a day with two cadences
        "báo cáo định kỳ 6 tháng và hằng quý I về hoạt động khoáng sản",  # a quarter named
        "báo cáo định kỳ 6 tháng và hằng năm 2026 về hoạt động khoáng sản",  # a year
        "báo cáo định kỳ hằng quý và hằng quý về hoạt động khoáng sản",  # the same twice
        "báo cáo định kỳ 6 tháng và hàng năm trong phạm vi 15 ngày",  # a count of days
        "báo cáo định kỳ 6 tháng và hàng năm trong phạm vi tỉnh sau ngày 5/7",
        "nộp các báo cáo định kỳ 6 tháng và hàng năm sau về hoạt động khoáng sản",  # next year
        "nộp các báo cáo định kỳ 6 tháng và mỗi năm một lần về hoạt động khoáng sản",
        "nộp các báo cáo hằng năm và hằng tháng 3 về hoạt động khoáng sản",  # March, each year?
    ],
)
def test_a_listed_cadence_beside_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, _STANDING)


# --- a count before a yearly window, its own length -----------------------------------------

_BUDGET = (
    "Bước 4: Bộ Tài chính kiểm tra, rà soát số liệu quyết toán của các bộ, cơ quan trung ương "
    "và số liệu quyết toán NSĐP đã được HĐND tỉnh phê duyệt trong thời hạn 1 tháng (từ ngày "
    "1/7 đến hết ngày 31/7 hàng năm)"
)


@pytest.mark.parametrize(
    ("phrase", "month", "day"),
    [
        # tests/corpus/y-thoibaotaichinh-de-xuat-thoi-gian-quyet-toan-nsnn.yaml
        (_BUDGET, 7, 31),
        ("kiểm tra trong thời hạn 31 ngày (từ ngày 1/7 đến hết ngày 31/7 hàng năm)", 7, 31),
        ("kiểm tra trong thời hạn 1 tuần (từ ngày 1/7 đến hết ngày 7/7 hàng năm)", 7, 7),
        ("kiểm tra trong thời hạn 1 tháng, từ ngày 1/7 đến hết ngày 31/7 hàng năm", 7, 31),
    ],
)
def test_a_count_that_is_the_yearly_window_s_length_is_explained(
    phrase: str, month: int, day: int
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.YEARLY
    assert (reading.recurrence.month, reading.recurrence.day) == (month, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "kiểm tra trong thời hạn 2 tháng (từ ngày 1/7 đến hết ngày 31/7 hàng năm)",  # too long
        "kiểm tra trong thời hạn 10 ngày (từ ngày 1/7 đến hết ngày 31/7 hàng năm)",  # a part
        # counted from the day after (Bộ luật Dân sự 2015, Điều 147): its note would name a year
        "kiểm tra trong thời hạn 30 ngày (từ ngày 1/7 đến hết ngày 31/7 hàng năm)",
        # February's end: a month one year, not the next
        "kiểm tra trong thời hạn 1 tháng (từ ngày 1/2 đến hết ngày 28/2 hàng năm)",
        "kiểm tra trong thời hạn 1 tháng (từ ngày 15/1 đến hết ngày 14/2 hàng năm)",
        "nếu cần, kiểm tra trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 31/7 hàng năm)",
        "kiểm tra trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 31/7 hàng tháng)",
        "kiểm tra trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 3l/7 hàng năm)",  # damaged
        "kiểm tra 1 tháng sau (từ ngày 1/7 đến hết ngày 31/7 hàng năm)",
        "kiểm tra 3 lần trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 31/7 hàng năm)",
        "kiểm tra trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 31/7 hàng năm) và 2 ngày sau đó",
    ],
)
def test_a_count_unlike_the_yearly_window_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


# --- a report's period set apart at the opening: "Riêng trong quý I năm 2019, …" -------------


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # tests/corpus/g-snv-thua-thien-hue-cv-391-2019-danh-gia-cbccvc.yaml
        ("Riêng trong quý I năm 2019, gửi trước ngày 05/5/2019", "2019-05-05"),
        ("Riêng quý I/2019, gửi trước ngày 05/5/2019", "2019-05-05"),
        ("Riêng trong 6 tháng đầu năm 2019, gửi trước ngày 05/7/2019", "2019-07-05"),
        ("Rieng trong quy I nam 2019, gui truoc ngay 05/5/2019", "2019-05-05"),  # typed bare
    ],
)
def test_a_period_set_apart_names_the_report_due_after_it(phrase: str, last: str) -> None:
    assert read_days(phrase, "2019-04-09") == (DeadlineKind.DATE, last, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Riêng trong quý III năm 2019, gửi trước ngày 05/5/2019",  # due before the period
        "Riêng trong quý I năm 2019, gửi trước ngày 05/9/2019",  # long after it
        "Riêng trong quý I năm 2018, gửi trước ngày 05/5/2019",  # another year
        "Riêng trong quý I, gửi trước ngày 05/5/2019",  # no year: which quarter?
        "Riêng trong quý I năm 2019, đã gửi trước ngày 05/5/2019",  # told done
        "Riêng trong quý I năm 2019, nếu cần, gửi trước ngày 05/5/2019",  # a condition
        "Riêng trong quý I năm 2019, gửi đến ngày 05/5/2019",  # the figures' day?
        "Riêng trong quý I năm 2019, gửi sau ngày 05/5/2019",  # a start
        "Riêng trong quý I năm 2019, gửi trước ngày 05 hằng tháng",  # a cadence
        "Riêng trong quý I năm 2019, gửi 2 bản trước ngày 05/5/2019",  # a number left
        "Riêng trong quý I năm 2019 gửi trước ngày 05/5/2019",  # no comma: not set apart
        "Trong quý I năm 2019, gửi trước ngày 05/5/2019",  # no "Riêng": a time of the work
    ],
)
def test_a_period_set_apart_that_does_not_name_the_report_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-04-09"))

"""Session 57, helper c57: the poverty line a target is counted by, in parentheses, is no
time (`kehoach.dates.measurebasis`).

"(5). Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) đến năm 2025 giảm dưới 1%; hộ
cận nghèo giảm dưới 2%." (zf-pleiku-phuong-chi-lang-dinh-huong-phat-trien) was refused for
the years of the poverty line it is counted by; it reads as the same phrase without them
(by the end of 2025), the measure kept as its gloss. Every neighbour below that tells a
time of its own in the parentheses, a figure without a time, a line set after the year it
measures, a condition or a figure done stays refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.measurebasis import cut_measure_basis
from kehoach.dates.reading import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW
PLEIKU = "(5). Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) đến năm 2025 giảm dưới 1%; hộ cận nghèo giảm dưới 2%."


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        (PLEIKU, D, date(2025, 12, 31), date(2025, 12, 31)),
        (
            "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) đến năm 2025 giảm dưới 1%",
            D,
            date(2025, 12, 31),
            date(2025, 12, 31),
        ),
        # no diacritics, a plain hyphen
        (
            "Ty le ho ngheo (theo chuan ngheo giai doan 2016 - 2020) den nam 2025 giam duoi 1%",
            D,
            date(2025, 12, 31),
            date(2025, 12, 31),
        ),
        # the line of 2021-2025, its year the target's own
        (
            "Năm 2025, tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2021-2025) giảm còn 1%",
            W,
            date(2025, 1, 1),
            date(2025, 12, 31),
        ),
    ],
)
def test_a_target_counted_by_a_named_measure_reads_its_own_time(
    phrase: str, kind: DeadlineKind, first: date, last: date
) -> None:
    reading = one(phrase, ctx("2024-08-11"))
    assert days(reading) == (kind, first, last)
    assert reading.phrase == phrase  # the phrase shown as printed
    assert reading.gloss is not None and "thước đo: theo" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        # the measure alone, or no time outside it
        "(theo chuẩn nghèo giai đoạn 2016 – 2020)",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) giảm dưới 1%",
        "Tỷ lệ hộ nghèo giảm còn 1% (theo chuẩn nghèo giai đoạn 2021-2025)",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2021-2025) giảm bình quân 1,5%/năm",
        # a line set after the year it measures: one of the two misprinted
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2026 – 2030) đến năm 2025 giảm dưới 1%",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2021 – 2025) năm 2020 giảm còn 3%",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2021-2025) từ ngày 1/1/2020 đến 31/12/2020 giảm 1%",
        # a price basis is not cut here (tests/test_n1b.py keeps its base year refused)
        "GRDP (theo giá so sánh 2010) năm 2025 tăng 8%",
        # a day inside the parentheses, or words that are no measure's name
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020, ngày 15/6) đến năm 2025 giảm dưới 1%",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo 2016 – 2020) đến năm 2025 giảm dưới 1%",
        # a figure done, a condition, a negation, a second time told done
        "Năm 2024 tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) đã giảm còn 2,1%",
        "Nếu tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) đến năm 2025 dưới 1% thì tỉnh được khen thưởng",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) đến năm 2025 không giảm",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) năm 2024 đã đạt dưới 1%, đến năm 2026 giảm dưới 0,5%",
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) trước ngày 15/6 báo cáo",
    ],
)
def test_a_measure_that_leaves_no_time_of_its_own_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-11"))


def test_only_a_measure_s_name_is_cut() -> None:
    # "theo kế hoạch …" names a plan, whose time may be the target's: never cut here
    text = "Tỷ lệ hộ nghèo (theo kế hoạch giai đoạn 2021-2025) đến năm 2025 giảm dưới 1%"
    assert cut_measure_basis(text) == (text, None)
    # "(GRDP – theo giá so sánh 2010)": not opened by "theo", left as printed
    text = "tổng sản phẩm trong tỉnh (GRDP – theo giá so sánh 2010) ước thực hiện 26.898 tỷ đồng"
    assert cut_measure_basis(text) == (text, None)
    cut, gloss = cut_measure_basis("Hộ nghèo (theo chuẩn nghèo đa chiều) năm 2025 dưới 2%")
    assert (cut, gloss) == ("Hộ nghèo năm 2025 dưới 2%", "thước đo: theo chuẩn nghèo đa chiều")

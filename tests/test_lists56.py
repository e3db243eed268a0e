"""Session 56, helper lists56 (the refused phrases of several deadlines in one phrase): two
works whose windows overlap, listed the second first (`engine._two_works`). Each with the
real phrase that motivated it (its corpus file named) and the neighbours that must stay
refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW

# z-kontumtv-hoi-thi-sang-tao-ky-thuat-x-2022-2023 (the page prints no date): two contests,
# each its own window; the second opens before the first and closes inside it
KON_TUM = (
    "Dự kiến, Hội thi sáng tạo kỹ thuật sẽ nhận hồ sơ tham gia từ tháng 1/2022 đến 30/6/2023; "
    "Cuộc thi sáng tạo Thanh thiếu niên – Nhi đồng nhận hồ sơ dự thi từ tháng 9/2021 đến "
    "15/6/2022"
)


def _windows(phrase: str, issued: str | None = None) -> list[tuple[object, str, str]]:
    return [(r.kind, str(r.first), str(r.last)) for r in parse_deadlines(phrase, ctx(issued))]


def test_two_works_listed_the_later_first_read_each_window() -> None:
    assert _windows(KON_TUM) == [(W, "2022-01-01", "2023-06-30"), (W, "2021-09-01", "2022-06-15")]
    # ... and the labels stay each its own work's
    first, second = parse_deadlines(KON_TUM, ctx())
    assert first.label is not None and "Hội thi sáng tạo kỹ thuật" in first.label
    assert second.label is not None and "Cuộc thi sáng tạo" in second.label


def test_two_works_in_the_first_order_still_read() -> None:
    # the rule as it stood (Bến Tre's shrimp calendar), the two steps swapped round
    assert _windows(
        "nuôi tôm sú thâm canh, thả giống từ tháng 2 đến hết tháng 9/2023; nuôi tôm sú-lúa, "
        "thả giống từ tháng 1 đến tháng 6/2023",
        "2023-01-01",
    ) == [(W, "2023-02-01", "2023-09-30"), (W, "2023-01-01", "2023-06-30")]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # rounds numbered in a row, the second before the first: a day or a year misprinted
        ("Đợt 1 nhận hồ sơ từ 1/3/2026 đến 30/4/2026; đợt 2 nhận hồ sơ từ 1/2/2026 đến "
         "31/3/2026", None),
        ("Giai đoạn I từ 1/3/2026 đến 30/4/2026; giai đoạn II từ 1/2/2026 đến 31/3/2026", None),
        ("Lần 1 nhận hồ sơ từ 1/3/2026 đến 30/4/2026, lần 2 từ 1/2/2026 đến 31/3/2026", None),
        ("Vòng 1 từ 1/3/2026 đến 30/4/2026; vòng 2 từ 1/2/2026 đến 31/3/2026", None),
        # the years the plan's: the second, listed first, may be another year's
        ("nhận hồ sơ từ 1/3 đến 30/4; chấm thi từ 1/2 đến 31/3", "2026-01-05"),
        ("Hoi thi nhan ho so tu 1/3 den 30/4; cuoc thi nhan ho so tu 1/2 den 31/3", "2026-01-05"),
        # one window inside the other, listed either way: a phase and its part, or one said twice
        ("Hội thi nhận hồ sơ từ 1/2/2026 đến 30/4/2026; cuộc thi nhận hồ sơ từ 1/3/2026 đến "
         "31/3/2026", None),
        ("Hội thi nhận hồ sơ từ 1/3/2026 đến 31/3/2026; cuộc thi nhận hồ sơ từ 1/2/2026 đến "
         "30/4/2026", None),
        # the same first day: neither opens inside the other
        ("Hội thi nhận hồ sơ từ 1/3/2026 đến 30/4/2026; cuộc thi nhận hồ sơ từ 1/3/2026 đến "
         "31/3/2026", None),
        # a window, then a day inside it: the period and its due day
        ("Hội thi nhận hồ sơ từ 1/3/2026 đến 30/4/2026; cuộc thi nộp bài ngày 15/3/2026", None),
    ],
)  # fmt: skip
def test_other_overlaps_stay_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        # a told-done or a negated work, a condition over it: each refused as before
        "Hội thi đã nhận hồ sơ từ tháng 1/2022 đến 30/6/2023; Cuộc thi nhận hồ sơ dự thi từ "
        "tháng 9/2021 đến 15/6/2022",
        "Hội thi không nhận hồ sơ từ tháng 1/2022 đến 30/6/2023; Cuộc thi nhận hồ sơ dự thi từ "
        "tháng 9/2021 đến 15/6/2022",
        "Nếu đủ điều kiện, Hội thi nhận hồ sơ từ tháng 1/2022 đến 30/6/2023; Cuộc thi nhận hồ sơ "
        "dự thi từ tháng 9/2021 đến 15/6/2022",
    ],
)
def test_the_neighbours_of_the_two_works_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-08-01"))


# --- a month and the year to its end: "tháng 5 và 5 tháng năm 2017" (`yeartodate`) ----------

# h-vpubnd-quang-nam-bao-cao-nhiem-vu-thang-6-2017 (the page prints no date)
QUANG_NAM = "tình hình KT-XH tháng 5 và 5 tháng năm 2017"


def test_a_month_and_the_months_to_its_end() -> None:
    assert _windows(QUANG_NAM) == [(W, "2017-05-01", "2017-05-31"), (W, "2017-01-01", "2017-05-31")]
    # not yet past at the issue day (the month's last day included)
    assert _windows(QUANG_NAM, "2017-05-31")[1] == (W, "2017-01-01", "2017-05-31")
    # without diacritics, a count with its zero, the year's last month
    assert _windows("tinh hinh KT-XH thang 5 va 5 thang nam 2017")[1] == (
        W,
        "2017-01-01",
        "2017-05-31",
    )
    assert _windows("tháng 05 và 05 tháng năm 2017")[1] == (W, "2017-01-01", "2017-05-31")
    assert _windows("tháng 12 và 12 tháng năm 2017") == [
        (W, "2017-12-01", "2017-12-31"),
        (W, "2017-01-01", "2017-12-31"),
    ]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a past period assessed (the lead's convention 4): the report came after it
        (QUANG_NAM, "2017-06-10"),
        ("I. Về tình hình kinh tế - xã hội tháng 9, quý III và 09 tháng năm 2025", "2025-10-08"),
        # a count other than the month's: the months to date end with the month named
        ("tình hình KT-XH tháng 5 và 6 tháng năm 2017", None),
        # a day of the month, not the month; one month only; two such pairs
        ("ngày 5 tháng 5 và 5 tháng năm 2017", None),
        ("tháng 1 và 1 tháng năm 2017", None),
        ("tháng 5 và 5 tháng năm 2017, tháng 6 và 6 tháng năm 2017", None),
        # a told-done, a condition, a negation, a due day beside it: each refused as before
        ("tình hình KT-XH tháng 5 và 5 tháng năm 2017 đã được đánh giá", None),
        ("Nếu cần, báo cáo tình hình KT-XH tháng 5 và 5 tháng năm 2017", None),
        ("không báo cáo tình hình KT-XH tháng 5 và 5 tháng năm 2017", None),
        ("báo cáo tình hình tháng 5 và 5 tháng năm 2017 trước ngày 20/5/2017", None),
    ],
)
def test_the_neighbours_of_the_months_to_date_stay_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))

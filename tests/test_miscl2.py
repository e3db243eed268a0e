"""Session 50, family M2 (helper miscl2): phrases refused for assorted other reasons. A
review meeting told held with no day printed, then the period of work it opens, reads that
period alone (the lead's ruling 49(b), convention 10); a decision announced at a meeting that
assigns a year's targets reads the year; a programme told half way reads its own period (the
lead's convention 5). A day, periods that do not take over, a page outside the programme, a
negation, a condition, a cadence, "hoặc" stay refused."""

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


# zl-gialaitv-kong-chro-so-ket-9-thang-2023 (the page prints no day)
NINE_MONTHS_REVIEWED = (
    "UBND huyện Kông Chro vừa tổ chức Hội nghị sơ kết tình hình thực hiện nhiệm vụ công tác 9 "
    "tháng, triển khai nhiệm vụ 3 tháng cuối năm 2023"
)


def test_a_review_told_held_reads_the_period_still_to_do() -> None:
    assert _read(NINE_MONTHS_REVIEWED) == [(W, date(2023, 10, 1), date(2023, 12, 31))]
    (one,) = parse_deadlines(NINE_MONTHS_REVIEWED, ctx("2023-10-10"))
    assert (one.first, one.last) == (date(2023, 10, 1), date(2023, 12, 31))
    assert one.gloss is not None and "kỳ đã xem xét" in one.gloss


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        (
            "UBND huyện vừa tổ chức Hội nghị sơ kết 6 tháng, triển khai nhiệm vụ 6 tháng cuối "
            "năm 2023",
            date(2023, 7, 1),
            date(2023, 12, 31),
        ),
        (
            "Mới đây, UBND huyện đã tổ chức Hội nghị tổng kết công tác năm 2023, triển khai "
            "nhiệm vụ năm 2024",
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
        (
            "UBND xã đã long trọng tổ chức Hội nghị tổng kết công tác năm 2023 và phương "
            "hướng, nhiệm vụ năm 2024.",
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
    ],
)
def test_the_period_that_takes_over_from_the_one_reviewed_is_read(
    phrase: str, first: date, last: date
) -> None:
    assert _read(phrase, "2023-12-20") == [(W, first, last)]


@pytest.mark.parametrize(
    "phrase",
    [
        # a day printed: the meeting told held with its day reads nothing (ruling 49(b))
        "Ngày 5/10, UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 "
        "tháng cuối năm 2023",
        "Sáng nay, UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 "
        "tháng cuối năm 2023",
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm "
        "2023 vào ngày 5/10",
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm "
        "2023 (ngày 5/10)",
        # periods that do not take over from each other
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 6 tháng cuối năm 2023",
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng năm 2022, triển khai nhiệm vụ 3 tháng "
        "cuối năm 2023",
        "UBND huyện đã tổ chức Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2023",
        "UBND huyện vừa tổ chức Hội nghị sơ kết miền Nam, triển khai nhiệm vụ năm 2023",
        # a negation, a condition, a cadence, a choice, the work told done
        "UBND huyện không tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng cuối "
        "năm 2023",
        "Nếu UBND huyện đã tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng cuối "
        "năm 2023",
        "Hằng năm, UBND huyện đã tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng "
        "cuối năm 2023",
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm "
        "2023 hoặc năm 2024",
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, đã triển khai nhiệm vụ 3 tháng cuối "
        "năm 2023",
        # (the first half named "đầu năm" reads: the lead's ruling 50(h), test_lead50)
        # a meeting that reviews nothing stays told held
        "UBND huyện vừa tổ chức hội nghị triển khai nhiệm vụ 3 tháng cuối năm 2023",
    ],
)
def test_a_review_held_beside_a_day_or_a_doubt_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2023-10-10"))


def test_a_period_to_do_years_off_its_page_stays_refused() -> None:
    # a meeting just held opens the work to come, never that of ten years back
    phrase = (
        "UBND huyện vừa tổ chức Hội nghị sơ kết 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2013"
    )
    assert refused(phrase, ctx("2023-10-10"))


@given(st.integers(min_value=1, max_value=11), st.integers(min_value=1, max_value=11))
def test_only_the_rest_of_the_year_takes_over(reviewed: int, to_do: int) -> None:
    phrase = (
        f"UBND huyện vừa tổ chức Hội nghị sơ kết {reviewed} tháng, triển khai nhiệm vụ {to_do} "
        "tháng cuối năm 2023"
    )
    if reviewed + to_do != 12:
        assert refused(phrase, ctx("2023-10-10"))
        return
    (one,) = parse_deadlines(phrase, ctx("2023-10-10"))
    assert one.first == date(2023, 12 - to_do + 1, 1) and one.last == date(2023, 12, 31)


# zd-binhloc-dongnai-giao-chi-tieu-2026 (issued null in the corpus; read here in its year)
TARGETS_ANNOUNCED = (
    "Tại hội nghị, Trưởng phòng Kinh tế hạ tầng và đô thị phường đã công bố Quyết định giao "
    "chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026"
)


def test_targets_a_decision_announced_at_a_meeting_assigns_are_the_years_work() -> None:
    assert _read(TARGETS_ANNOUNCED) == [(W, date(2026, 1, 1), date(2026, 12, 31))]
    assert _read("Hội nghị công bố quyết định giao chỉ tiêu kế hoạch năm 2026", "2025-12-20") == [
        (W, date(2026, 1, 1), date(2026, 12, 31))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # the meeting's own day, a negation, a condition, a second year, a cadence, a choice
        "Tại hội nghị ngày 18/12, Trưởng phòng đã công bố Quyết định giao chỉ tiêu kế hoạch "
        "năm 2026",
        "Ngày 18/12, tại hội nghị, Trưởng phòng đã công bố Quyết định giao chỉ tiêu kế hoạch "
        "năm 2026",
        "Hội nghị công bố quyết định giao chỉ tiêu kế hoạch năm 2026 được tổ chức vào ngày 22/12",
        "Tại hội nghị, Trưởng phòng không công bố Quyết định giao chỉ tiêu kế hoạch năm 2026",
        "Tại hội nghị, nếu Trưởng phòng công bố Quyết định giao chỉ tiêu kế hoạch năm 2026",
        "Tại hội nghị, Trưởng phòng đã công bố Quyết định giao chỉ tiêu kế hoạch năm 2026 và "
        "năm 2027",
        "Tại hội nghị, Trưởng phòng đã công bố Quyết định giao chỉ tiêu kế hoạch năm 2026 hằng năm",
        "Tại hội nghị, Trưởng phòng đã công bố Quyết định giao chỉ tiêu kế hoạch năm 2026 hoặc "
        "năm 2027",
        # a meeting announcing no targets is still held on its days
        "Tại hội nghị, Trưởng phòng đã công bố Quyết định thành lập năm 2026",
        "Hội nghị công bố quyết định năm 2026",
        # an event of its own days, not a meeting's announcement
        "Tại kỳ thi, Trưởng phòng công bố Quyết định giao chỉ tiêu tuyển sinh năm 2026",
    ],
)
def test_a_meeting_beside_a_day_or_a_doubt_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-12-20"))


# zf-baocamau-nua-chang-duong-giam-ngheo-2024 (Báo Cà Mau, 9/4/2024)
HALF_GONE_BY = (
    "(CMO) Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn "
    "tỉnh đã qua nửa thời gian thực hiện"
)


def test_a_programme_told_half_way_reads_its_own_period() -> None:
    assert _read(HALF_GONE_BY, "2024-04-09") == [(W, date(2021, 1, 1), date(2025, 12, 31))]
    (one,) = parse_deadlines(HALF_GONE_BY, ctx("2024-04-09"))
    assert one.gloss is not None and "nửa thời gian" in one.gloss
    assert _read("Chương trình giai đoạn 2021-2025 đã đi qua nửa chặng đường", "2023-06-01") == [
        (W, date(2021, 1, 1), date(2025, 12, 31))
    ]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # no page day, or a page outside the programme's span (a past period, a misprint)
        (HALF_GONE_BY, None),
        ("Chương trình giai đoạn 2016-2020 đã qua nửa thời gian thực hiện", "2024-04-09"),
        ("Chương trình giai đoạn 2026-2030 đã qua nửa thời gian thực hiện", "2024-04-09"),
        # a half of its own, more than half, not yet half, more words or numbers after it
        ("Chương trình giai đoạn 2021-2025 đã qua nửa đầu", "2024-04-09"),
        ("Chương trình giai đoạn 2021-2025 đã qua hơn nửa thời gian thực hiện", "2024-04-09"),
        ("Chương trình giai đoạn 2021-2025 chưa qua nửa thời gian thực hiện", "2024-04-09"),
        ("Chương trình giai đoạn 2021-2025 đã qua nửa thời gian thực hiện năm 2023", "2024-04-09"),
        (
            "Chương trình giai đoạn 2021-2025 đã qua nửa thời gian thực hiện, cần hoàn thành "
            "trước ngày 30/6/2024",
            "2024-04-09",
        ),
        ("Chương trình giai đoạn 2021-2025 tại 3 xã đã qua nửa thời gian thực hiện", "2024-04-09"),
        # a negation, a condition, a cadence, a second span, a choice
        (
            "Chương trình giai đoạn 2021-2025 không đạt, đã qua nửa thời gian thực hiện",
            "2024-04-09",
        ),
        ("Nếu chương trình giai đoạn 2021-2025 đã qua nửa thời gian thực hiện", "2024-04-09"),
        ("Chương trình hằng năm giai đoạn 2021-2025 đã qua nửa thời gian thực hiện", "2024-04-09"),
        (
            "Chương trình giai đoạn 2021-2025 và giai đoạn 2026-2030 đã qua nửa thời gian thực hiện",
            "2024-04-09",
        ),
        (
            "Chương trình giai đoạn 2021-2025 hoặc 2026-2030 đã qua nửa thời gian thực hiện",
            "2024-04-09",
        ),
    ],
)
def test_a_half_not_told_gone_by_in_its_programme_stays_refused(
    phrase: str, issued: str | None
) -> None:
    assert refused(phrase, ctx(issued))


@given(st.integers(min_value=2000, max_value=2040), st.integers(min_value=1, max_value=10))
def test_the_page_must_fall_within_the_programme(first: int, length: int) -> None:
    phrase = f"Chương trình giai đoạn {first}-{first + length} đã qua nửa thời gian thực hiện"
    issued = "2024-04-09"
    if first <= 2024 <= first + length:
        assert _read(phrase, issued) == [(W, date(first, 1, 1), date(first + length, 12, 31))]
    else:
        assert refused(phrase, ctx(issued))

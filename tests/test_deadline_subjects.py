"""Periods that name what a thing is about (dates/subjects.py, and a figure's report in
refusals._FIGURE_AS_OF): the four misreads of the held-out set zr- at its first measure
(session 29), closed as families — each real phrase refused, its copy without diacritics
too, and the look-alikes that carry a time of work still read (never a silent wrong date,
never a deadline dropped)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.base.text import fold
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# (phrase as printed, its page's day, words of the reason) — the zr- files named
MISREAD_AT_FIRST_MEASURE = [
    # zr-baohaiduong-hoi-khoe-phu-dong-tinh-2024: read as the window of 2024
    (
        "Theo kế hoạch tổ chức Hội khỏe Phù Đổng các cấp năm 2024 vừa được UBND tỉnh Hải Dương"
        " ban hành, các trường phổ thông tổ chức hội khỏe cấp trường; các huyện, thị xã, thành"
        " phố tổ chức hội khỏe cấp huyện",
        "2023-11-25",
        "tên kế hoạch được dẫn",
    ),
    # zr-baophutho-chuan-bi-dai-hoi-thi-dua-yeu-nuoc-phu-tho-2025: read as 2020-2025
    (
        "phối hợp với Báo và phát thanh, truyền hình tỉnh xây dựng phóng sự về phong trào thi"
        " đua yêu nước tỉnh Phú Thọ giai đoạn 2020-2025",
        "2025-09-19",
        "phóng sự",
    ),
    # zr-baophutho-day-manh-giai-ngan-dau-tu-cong-2025: read as due 30/09/2025
    (
        "Theo báo cáo của Thống kê tỉnh, đến hết tháng 9 năm 2025, kết quả giải ngân kế hoạch"
        " vốn đầu tư công của tỉnh đạt 74,4% kế hoạch Thủ tướng Chính phủ giao",
        "2025-10-11",
        "kết quả đạt được",
    ),
    # zr-mpi-phien-hop-chinh-phu-thuong-ky-thang-4-2020 (a page with no date): two windows
    (
        "Tại phiên họp, các thành viên Chính phủ thảo luận về tình hình phát triển kinh tế - xã"
        " hội tháng 4 và 4 tháng đầu năm 2020",
        None,
        "cuộc họp đã bàn",
    ),
]


@pytest.mark.parametrize(("phrase", "issued", "why"), MISREAD_AT_FIRST_MEASURE)
def test_a_period_naming_a_subject_is_refused_with_its_reason(
    phrase: str, issued: str | None, why: str
) -> None:
    assert why in refused(phrase, ctx(issued))
    assert "last_day" in refused(phrase, ctx(issued))  # the way out


@pytest.mark.parametrize(("phrase", "issued", "why"), MISREAD_AT_FIRST_MEASURE)
def test_a_copy_without_diacritics_is_refused_too(
    phrase: str, issued: str | None, why: str
) -> None:
    refused(fold(phrase), ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # "theo kế hoạch" with the event's own days: the plan's schedule, read
        (
            "Theo kế hoạch, Hội khỏe Phù Đổng cấp tỉnh năm 2024 sẽ diễn ra từ ngày 10 đến"
            " 15/3/2024",
            "2023-11-25",
            W,
            date(2024, 3, 10),
            date(2024, 3, 15),
        ),
        # the cited plan told issued, then a deadline of its own: the deadline read
        (
            "Theo kế hoạch tổ chức Hội khỏe Phù Đổng các cấp năm 2024 vừa được UBND tỉnh ban"
            " hành, cấp tỉnh tổ chức trước ngày 30/4/2024",
            "2023-11-25",
            D,
            None,
            date(2024, 4, 30),
        ),
        # a share to reach by a day still to come, no report named: a target, read
        (
            "Đến hết tháng 12 năm 2027, kết quả giải ngân kế hoạch vốn đầu tư công của tỉnh đạt"
            " 100% kế hoạch",
            "2025-10-11",
            D,
            None,
            date(2027, 12, 31),
        ),
    ],
)
def test_a_time_of_work_beside_such_words_is_still_read(
    phrase: str, issued: str, kind: DeadlineKind, first: date | None, last: date
) -> None:
    got_kind, got_first, got_last = days(one(phrase, ctx(issued)))
    assert (got_kind, got_last) == (kind, last)
    assert first is None or got_first == first


def test_a_meeting_that_sets_a_deadline_is_not_refused_as_a_discussion() -> None:
    """A task agreed at the meeting may be the deadline: the discussion's rule stands back
    (the phrase is refused for its two times, by the grammar's own rule, not as a subject)."""
    why = refused(
        "Tại hội nghị, các đại biểu thảo luận về tình hình thực hiện nhiệm vụ quý I/2026 và"
        " thống nhất hoàn thành trước ngày 30/4/2026",
        ctx("2026-03-20"),
    )
    assert "cuộc họp đã bàn" not in why


def test_a_work_about_a_period_with_its_own_deadline_is_not_refused_as_a_subject() -> None:
    why = refused(
        "xây dựng phóng sự về phong trào thi đua yêu nước tỉnh Phú Thọ giai đoạn 2020-2025,"
        " hoàn thành trước ngày 15/10/2025",
        ctx("2025-09-19"),
    )
    assert "phóng sự, ấn phẩm kể về" not in why

"""Events told with their day (the lead's convention 1) that tidy16 left: "thành công" after
the verb of holding tells the event done (refused); a day and month told in the week before a
page of the new year is the year before (a day told within a week of its page is pinned by
the page)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.base.text import fold
from kehoach.dates.reading import DeadlineKind

D = DeadlineKind.DATE

# --- "thành công": held, done ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 15/3, UBND tỉnh tổ chức hội nghị thành công",  # the thing held between
        "Ngày 15/3, UBND tỉnh tổ chức Hội nghị tổng kết công tác năm 2025 thành công tốt đẹp",
        "Ngày 15/3, hội nghị kết thúc thành công",  # was read as due 15/3 ("kết thúc" a due word)
        "Ngày 15/3, Hội nghị tổng kết được tổ chức thành công",
        "Ngày 15/3, hội nghị diễn ra thành công",
        fold("Ngày 15/3, UBND tỉnh tổ chức hội nghị thành công"),  # a copy without marks
        # zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-2023
        "Chiều ngày 08/12/2023, tại trụ sở làm việc ấp Hòa lộc, xã Đoàn chỉ đạo tổ chức thành "
        "công Đại hội điểm ấp Hòa Lộc, nhiệm kỳ 2023 – 2024",
    ],
)
def test_an_event_told_held_with_success_is_done(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2026-03-16"))


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # an aim, not a thing done: the meeting on its day (convention 1)
        (
            "Ngày 15/3, UBND tỉnh tổ chức hội nghị nhằm tổ chức thành công Đại hội",
            "2026-03-10",
            "2026-03-15",
        ),
        (
            "Ngày 15/3, UBND tỉnh tổ chức hội nghị để tổ chức thành công Đại hội",
            "2026-03-10",
            "2026-03-15",
        ),
        # "hoàn thành công …" folds to "thanh cong" too: zh-ngaynay-moc-tuyen-sinh-dai-hoc-2026
        (
            "Ngày 15/2/2026, các cơ sở đào tạo hoàn thành công bố thông tin tuyển sinh trên "
            "website của đơn vị",
            "2026-01-20",
            "2026-02-15",
        ),
        ("Ngày 15/3, các xã tổ chức hoàn thành công tác bầu cử", "2026-03-10", "2026-03-15"),
    ],
)
def test_success_as_an_aim_or_inside_another_word_is_no_event_done(
    phrase: str, issued: str, day: str
) -> None:
    assert read_days(phrase, issued) == (D, day, day)


# --- the day before a page of the new year -----------------------------------------------------

# zc-nld-hoi-nghi-bch-dang-bo-phuong-phu-thuan-2025 (NLĐ, page of 31/12/2025), as a page dated
# the next morning shows it: the conference of 31/12/2025, never of 31/12/2026
PHU_THUAN = (
    "Ngày 31-12, Đảng bộ phường Phú Thuận, TPHCM tổ chức Hội nghị Ban Chấp hành Đảng bộ phường "
    "lần thứ 7 (mở rộng) kết hợp tổng kết công tác xây dựng Đảng, xây dựng chính quyền, vận "
    "động nhân dân năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026"
)


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        (PHU_THUAN, "2025-12-31", "2025-12-31"),  # as the corpus file has it
        (PHU_THUAN, "2026-01-01", "2025-12-31"),  # was 31/12/2026, a year late
        ("Ngày 31-12, UBND tỉnh tổ chức Hội nghị tổng kết", "2026-01-01", "2025-12-31"),
        ("Sáng 28/12, Hội đồng nhân dân tỉnh tổ chức kỳ họp", "2026-01-03", "2025-12-28"),
    ],
)
def test_a_day_told_in_the_week_before_a_page_of_the_new_year_is_the_year_before(
    phrase: str, issued: str, day: str
) -> None:
    assert read_days(phrase, issued) == (D, day, day)


def test_the_day_before_the_new_year_told_done_is_refused() -> None:
    assert "đã" in refused("Ngày 31/12, UBND tỉnh đã tổ chức Hội nghị", ctx("2026-01-01"))


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("31/12", "2026-01-01"),  # a bare cell in a plan of 01/01: the year's end, no news
        ("trước ngày 31/12", "2026-01-01"),  # a deadline, no news
        ("Ngày 20-12, UBND tỉnh tổ chức Hội nghị tổng kết", "2026-01-01"),  # not within a week
    ],
)
def test_a_day_not_told_as_news_in_that_week_keeps_the_pages_year(phrase: str, issued: str) -> None:
    reading = one(phrase, ctx(issued))
    assert reading.last is not None and reading.last.year == int(issued[:4])

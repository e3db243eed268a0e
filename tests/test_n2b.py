"""Press sentences of session 39 (round 2, branch n2b) refused as "không nhận ra thời hạn"
though their year is certain: on a page with no date, an event's edition named with its
year in parentheses ("(Youth Fest 2026)"), an edition announced with its days right after it
("vừa công bố Tuần Văn hóa … năm 2024 từ ngày 28.11 – 4.12"), and a lunar year's name whose
gloss agrees with the day ("Xuân Giáp Thìn 2024 … ngày 9/2 (nhằm 30 Tết) tại …"). Each with
the real phrase (its corpus file named) and the neighbours that must stay refused (issue 11
§1: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import days, one, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# --- an edition named with its year, on a page with no date ----------------------------------


def test_edition_year_in_parentheses_after_its_name() -> None:
    # t-baotintuc-le-hoi-dau-xuan-2026 (the list page prints no date)
    reading = one(
        "Lễ hội Thanh niên TP Hồ Chí Minh lần thứ 6 (Youth Fest 2026) sẽ diễn ra từ ngày 20 "
        "đến 22/3 tại Công viên Phan Đình Phùng, phường Xuân Hoà"
    )
    assert days(reading) == (W, date(2026, 3, 20), date(2026, 3, 22))


def test_edition_announced_with_its_days_after_it() -> None:
    # zk-chuyennong24h-tuan-van-hoa-long-an-2024 (the page's own day is not taken)
    reading = one(
        "UBND tỉnh Long An vừa công bố Tuần Văn hóa – Thể thao và Du lịch tỉnh Long An lần thứ "
        "2 năm 2024 từ ngày 28.11 – 4.12 với chủ đề ‘Long An – Khát vọng sông Vàm’"
    )
    assert days(reading) == (W, date(2024, 11, 28), date(2024, 12, 4))


@pytest.mark.parametrize(
    "phrase",
    [
        # a page with its own day: the edition lends no year over it
        "Lễ hội Thanh niên (Youth Fest 2026) sẽ diễn ra từ ngày 20 đến 22/3 ngày 31/3",
        # the week told done, not announced: "đã diễn ra" is news of a past week
        "Tuần Văn hóa tỉnh Long An lần thứ 2 năm 2024 đã diễn ra từ ngày 28.11 – 4.12",
        # two years in parentheses name no one edition
        "Lễ hội Thanh niên (Youth Fest 2026) và Lễ hội Hoa (Flower Fest 2025) sẽ diễn ra từ "
        "ngày 20 đến 22/3",
    ],
)
def test_edition_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase)


def test_edition_year_against_the_printed_year_is_refused() -> None:
    # the days print 2025, the edition's name 2026: one of them is a typo, no day is chosen
    assert refused("Lễ hội Thanh niên (Youth Fest 2026) sẽ diễn ra từ ngày 20 đến 22/3/2025")


# --- a lunar year's name and its gloss pick the one year ---------------------------------------


def test_lunar_gloss_picks_the_year_with_a_place_after_it() -> None:
    # h-b2-baomoi-bac-lieu-ke-hoach-mung-xuan-2024 (no page date): 30 Tết Giáp Thìn = 9/2/2024
    reading = one(
        "Chương trình nghệ thuật mừng Xuân Giáp Thìn 2024 sẽ diễn ra lúc 20h30 ngày 9/2 "
        "(nhằm 30 Tết) tại Quảng trường Hùng Vương"
    )
    assert days(reading) == (D, date(2024, 2, 9), date(2024, 2, 9))
    assert "20:30" in reading.reading


def test_lunar_gloss_that_disagrees_stays_refused() -> None:
    # 9/2/2024 is 30 Tết, not 29: one of the two is a typo, no year is chosen
    assert refused(
        "Chương trình nghệ thuật mừng Xuân Giáp Thìn 2024 sẽ diễn ra lúc 20h30 ngày 9/2 "
        "(nhằm 29 Tết) tại Quảng trường Hùng Vương"
    )


# --- an event's length with no day to count from: refused, saying so ---------------------------


@pytest.mark.parametrize(
    ("phrase", "length", "event"),
    [
        # s-moha-lay-y-kien-chien-si-thi-dua-toan-quoc-2025
        (
            "Bộ Nội vụ đăng tải trên Cổng Thông tin điện tử của Bộ Nội vụ để lấy ý kiến Nhân dân "
            "trong 10 ngày làm việc đối với 02 cá nhân đề nghị xét tặng danh hiệu “Chiến sĩ thi "
            "đua toàn quốc” nêu trên.",
            "trong 10 ngày làm việc",
            "lấy ý kiến",
        ),
        # r-moha-lay-y-kien-khen-thuong-tap-chi-2021
        (
            "Cổng Thông tin điện tử Bộ Nội vụ trân trọng thông báo và xin ý kiến của Nhân dân "
            "trong thời gian 03 ngày trên Cổng thông tin điện tử của Bộ Nội vụ",
            "trong thời gian 03 ngày",
            "xin ý kiến",
        ),
    ],
)
def test_event_length_is_refused_with_its_reason(phrase: str, length: str, event: str) -> None:
    why = refused(phrase)
    assert f"“{length}” là thời gian {event} kéo dài" in why
    assert "không nêu ngày bắt đầu đếm" in why
    assert "last_day" in why


def test_duty_count_still_reads_unanchored() -> None:
    # the duty's count keeps its reading (the lead's ruling of session 33), never this refusal
    reading = one("báo cáo UBND tỉnh trong 30 ngày làm việc")
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None and reading.relative.offset == 30


def test_event_length_counted_from_a_day_gets_no_such_reason() -> None:
    # "Sau khi đăng tải" names what it counts from: not "no day to count from"
    why = refused("Sau khi đăng tải, lấy ý kiến Nhân dân trong 10 ngày làm việc đối với 02 cá nhân")
    assert "không nêu ngày bắt đầu đếm" not in why

"""Session 47, family M2 (helper miscj2): phrases refused for assorted other reasons, where a
form of them names a time a careful reader writes down: a plan's own opening sentence that
names an event and the plan's year (convention 11). Beside each form, the phrases it must not
take stay refused (issue 11: never a silent wrong date)."""

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


def _year(year: int) -> tuple[object, ...]:
    return (W, date(year, 1, 1), date(year, 12, 31))


# --- a plan's own opening sentence: "<body> xây dựng Kế hoạch tổ chức <event> năm Y như sau"

# zk-giaothien-thanh-hoa-ngay-hoi-van-hoa-2024 (UBND xã Giao Thiện, 22/02/2024)
FESTIVAL_PLAN = (
    "UBND xã Giao Thiện xây dựng Kế hoạch tổ chức ngày hội văn hóa truyền thống của xã năm "
    "2024 với những nội dung cụ thể sau"
)
# zk-thuviennhadat-kh-1-hdtdkt-dai-hoi-thi-dua-2025 (Hội đồng TĐKT Trung ương, 20/05/2024)
CONGRESS_PLAN = (
    "Hội đồng Thi đua - Khen thưởng Trung ương xây dựng Kế hoạch tổ chức Đại hội Thi đua yêu "
    "nước các cấp, các ngành tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI năm 2025 "
    "như sau"
)
# zl-daktram-kontum-dai-hoi-tdtt-lan-v-2025 (the page prints no issue day)
OPENING_CEREMONY_PLAN = (
    "Ban tổ chức Đại hội Thể dục thể thao xã Đăk Trăm lần thứ V năm 2025 xây dựng Kế hoạch tổ "
    "chức Lễ khai mạc, Bế mạc Đại hội Thể dục thể thao xã Đăk Trăm lần thứ V năm 2025, cụ thể "
    "như sau"
)


def test_a_plans_opening_sentence_reads_its_year_though_it_names_an_event() -> None:
    assert _read(FESTIVAL_PLAN, "2024-02-22") == [_year(2024)]
    assert _read(CONGRESS_PLAN, "2024-05-20") == [_year(2025)]
    assert _read(OPENING_CEREMONY_PLAN) == [_year(2025)]


@pytest.mark.parametrize(
    "phrase",
    [
        # told made already: another document's account of the plan (convention 11)
        "UBND xã đã xây dựng Kế hoạch tổ chức Đại hội TDTT xã lần thứ V năm 2025 như sau",
        "UBND xã vừa xây dựng Kế hoạch tổ chức Hội thi văn nghệ năm 2025 như sau",
        # not made, or only if
        "UBND xã chưa xây dựng Kế hoạch tổ chức Đại hội TDTT xã năm 2025 như sau",
        "Nếu được phê duyệt, UBND xã xây dựng Kế hoạch tổ chức Hội thi văn nghệ năm 2025 như sau",
        # a cadence: each year's festival, not this plan's year
        "UBND xã xây dựng Kế hoạch tổ chức Lễ hội truyền thống hằng năm năm 2025 như sau",
        # a number beside the event (a round), or a second year
        "UBND xã xây dựng Kế hoạch tổ chức Hội thi văn nghệ lần 2 năm 2025 như sau",
        "Ban tổ chức Hội thi năm 2024 xây dựng Kế hoạch tổ chức Hội thi văn nghệ năm 2025 như sau",
        # no "như sau": the event's year, held on a few of its days
        "UBND xã xây dựng Kế hoạch tổ chức Đại hội TDTT xã lần thứ V năm 2025",
        # a day of the year named with a capital stays a day (the lead's ruling, session 32)
        "UBND xã xây dựng Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 như sau",
    ],
)
def test_an_event_of_a_year_stays_refused_outside_a_plans_own_opening(phrase: str) -> None:
    assert refused(phrase, ctx("2025-02-10"))


@given(st.integers(min_value=2000, max_value=2099))
def test_the_opening_reads_the_year_it_names(year: int) -> None:
    phrase = f"UBND xã xây dựng Kế hoạch tổ chức Hội thi văn nghệ quần chúng năm {year} như sau"
    assert _read(phrase, f"{year}-02-10") == [_year(year)]

"""Session 47, family M2 (helper miscj2): phrases refused for assorted other reasons, where a
form of them names a time a careful reader writes down: a plan's own opening sentence that
names an event and the plan's year (convention 11), and a plan's heading in capitals that
carries out the one document it cites by number (its title's time is the plan's). Beside each
form, the phrases it must not take stay refused (issue 11: never a silent wrong date)."""

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


# --- a plan's heading in capitals that carries out the one document it cites by number

# zp-tvpl-lao-cai-kh-30-de-an-01-nong-lam-nghiep-2025 (UBND tỉnh Lào Cai, KH 30, 20/01/2025)
SCHEME_HEADING = (
    "THỰC HIỆN ĐỀ ÁN SỐ 01-ĐA/TU VỀ PHÁT TRIỂN NÔNG, LÂM NGHIỆP, SẮP XẾP DÂN CƯ, XÂY DỰNG NÔNG "
    "THÔN MỚI TỈNH LÀO CAI, NĂM 2025"
)
# r-vinh-phuc-qd-669-khcn-dmst-2023 (UBND tỉnh Vĩnh Phúc, 27/03/2023)
DIRECTIVE_HEADING = (
    "THỰC HIỆN CHỈ THỊ SỐ 36-CT/TU NGÀY 29/12/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TĂNG CƯỜNG "
    "CÔNG TÁC LÃNH ĐẠO CỦA ĐẢNG VỀ PHÁT TRIỂN KHOA HỌC CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO TRÊN ĐỊA "
    "BÀN TỈNH ĐẾN NĂM 2030"
)


def test_a_heading_carrying_out_a_numbered_document_reads_its_titles_time() -> None:
    assert _read(SCHEME_HEADING, "2025-01-20") == [_year(2025)]
    # the signing day 29/12/2022 is the directive's, kept as the gloss; the time is the title's
    (reading,) = parse_deadlines(DIRECTIVE_HEADING, ctx("2023-03-27"))
    assert reading.last == date(2030, 12, 31)
    assert reading.gloss is not None and "29/12/2022" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        # a preamble in lower case carries out another's document (convention 7)
        "Thực hiện Đề án số 01-ĐA/TU về phát triển nông, lâm nghiệp tỉnh Lào Cai, năm 2025",
        # only the citation: its signing day is no time of work
        "THỰC HIỆN CHỈ THỊ SỐ 36-CT/TU NGÀY 29/12/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY",
        # the document cited further on, not as what the heading carries out
        "TRIỂN KHAI THỰC HIỆN CHÍNH SÁCH ĐẾN CÁC ĐỐI TƯỢNG THEO NGHỊ QUYẾT SỐ 418/NQ-CP NGÀY "
        "28/12/2025 CỦA CHÍNH PHỦ",
        # two documents, each its own title
        "THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY 01/01/2025 CỦA CHÍNH PHỦ VỀ NHIỆM VỤ NĂM 2025; "
        "CHỈ THỊ SỐ 05/CT-TTG VỀ NĂM 2026",
        # a second document after the first, with no semicolon
        "THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY 01/01/2025 CỦA CHÍNH PHỦ VÀ KẾ HOẠCH SỐ 05/KH-UBND "
        "VỀ NHIỆM VỤ NĂM 2025",
    ],
)
def test_a_cited_title_stays_refused_outside_such_a_heading(phrase: str) -> None:
    assert refused(phrase, ctx("2025-01-20"))


@given(st.integers(min_value=2000, max_value=2099), st.integers(min_value=1, max_value=999))
def test_the_heading_reads_the_year_its_title_names(year: int, number: int) -> None:
    phrase = f"THỰC HIỆN ĐỀ ÁN SỐ {number:02d}-ĐA/TU VỀ PHÁT TRIỂN NÔNG NGHIỆP TỈNH, NĂM {year}"
    assert _read(phrase, f"{year}-01-20") == [_year(year)]

"""Forms tuned on the zg- set (branch tune-zg): the administration's own calendar (inspection,
citizen reception, emulation, military call-up, civil defence, statistics surveys). First the
set's three misreads, each closed as a family: a document's own day under its column header,
days told done after "Trong các ngày từ … đến …", a start glossed "từ hôm nay (25/2)"; and the
lead's convention 10, a year told as reviewed. Each with the real phrase that motivated it (its
corpus file named) and the near variants that must still read or stay refused (the first
rule: never a silent wrong date)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _under(header: str, issued: str = "2023-06-20") -> Context:
    return replace(ctx(issued), header=header)


# --- a document's own day under its column header ----------------------------------------


def test_a_day_under_the_issuing_day_header_is_refused() -> None:
    # zg-tkcn-luat-phong-thu-dan-su-2023 (the card of Luật Phòng thủ dân sự 18/2023/QH15)
    why = refused("20/6/2023", _under("Ngày ban hành"))
    assert "ngày của chính văn bản" in why
    for header in ("Ngày ký", "Ngày thông qua:", "Ngày ký ban hành", "Thời điểm ban hành"):
        assert "ngày của chính văn bản" in refused("20/6/2023", _under(header))


def test_the_same_card_s_day_in_force_still_reads_a_start() -> None:
    # the row beside it on the same card: "Ngày có hiệu lực 01/7/2024", a start bound
    (reading,) = parse_deadlines("01/7/2024", _under("Ngày có hiệu lực"))
    assert reading.earliest == date(2024, 7, 1)
    assert reading.last is None


@pytest.mark.parametrize("header", ["Ngày đăng ký", "Ngày ký hợp đồng", "Hạn ban hành", "Ngày"])
def test_a_header_that_names_a_step_or_a_deadline_still_reads(header: str) -> None:
    # a registration day, a contract's signing as a step of a schedule, a deadline to issue:
    # days to meet, never the document's own
    (reading,) = parse_deadlines("20/6/2023", _under(header))
    assert (reading.kind, reading.last) == (D, date(2023, 6, 20))


# --- days told done after "Trong các ngày từ … đến …" --------------------------------------

_DONE = (
    "Trong các ngày từ 26 đến 28/1, các đơn vị thuộc Ban Chỉ huy Bộ đội Biên phòng tỉnh An "
    "Giang đã phối hợp với Đoàn Thanh niên các xã, phường tổ chức tư vấn, hướng nghiệp cho "
    "thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương, đồng thời tổ chức đêm chia tay "
    "ấm áp, thắm tình đồng đội."
)


def test_days_told_done_after_a_span_of_days_are_refused() -> None:
    # zg-thuonghieucongluan-tin-ngay-28-1-2026 (read as a window 26-28/01/2026 before)
    assert "đã xảy ra" in refused(_DONE, ctx("2026-01-28"))


def test_the_same_span_without_da_still_reads_its_window() -> None:
    # convention 1: an event told with its days reads them
    plain = _DONE.replace("đã phối hợp", "phối hợp")
    assert read_days(plain, "2026-01-28") == (W, "2026-01-26", "2026-01-28")


@given(st.integers(1, 20), st.integers(1, 8), st.integers(1, 12))
def test_any_span_of_days_told_done_is_refused(first: int, length: int, month: int) -> None:
    last, issued = first + length, ctx(f"2026-{month:02d}-01")
    told = f"Trong các ngày từ {first} đến {last}/{month}, các đơn vị đã tổ chức tư vấn"
    assert "đã xảy ra" in refused(told, issued)
    # without "đã": the window of those days, or a refusal ("1 đến 2/3" may be a fraction),
    # never other days
    try:
        readings = parse_deadlines(told.replace("đã tổ chức", "tổ chức"), issued)
    except DeadlineError:
        return
    assert [(one.first, one.last) for one in readings] == [
        (date(2026, month, first), date(2026, month, last))
    ]


# --- a start glossed "từ hôm nay (25/2)" --------------------------------------------------


def test_a_start_from_today_glossed_with_its_day_reads_a_start_bound() -> None:
    # zg-cand-ngay-hoi-tuyen-quan-2024 (Công an nhân dân, 25/02/2024; read as due 25/02 before)
    reading = one(
        "Bắt đầu từ hôm nay (25/2), Công an các địa phương phối hợp chặt chẽ với cơ quan Quân "
        "sự cùng cấp tổ chức lễ giao nhận quân trên địa bàn cả nước.",
        ctx("2024-02-25"),
    )
    assert (reading.earliest, reading.last) == (date(2024, 2, 25), None)
    assert one("Kể từ hôm nay (25/2/2024), các địa phương giao quân").earliest == date(2024, 2, 25)


def test_today_glossed_without_a_start_word_still_reads_the_day() -> None:
    # "Hôm nay (25/2), … tổ chức …": an event told with its day (convention 1)
    reading = one("Hôm nay (25/2), các địa phương tổ chức lễ giao nhận quân.", ctx("2024-02-25"))
    assert (reading.kind, reading.last, reading.earliest) == (D, date(2024, 2, 25), None)


# --- a year told as reviewed (convention 10) -----------------------------------------------

_HEARD = (
    "Hội đồng nhân dân xã đã xem xét các báo cáo của Thường trực HĐND và các Ban HĐND về tình "
    "hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026"
)


def test_a_year_told_as_reviewed_is_no_time_of_work() -> None:
    # zd-xuanque-dongnai-ky-hop-6-hdnd-xa-2025 (HĐND xã Xuân Quế, Đồng Nai): 2026 alone
    reading = one(_HEARD, ctx("2025-12-20"))
    assert (reading.kind, reading.first, reading.last) == (W, date(2026, 1, 1), date(2026, 12, 31))
    assert reading.gloss is not None
    assert "năm 2025" in reading.gloss  # the year cut is said, never dropped silently


def test_an_agenda_without_da_reads_both_years() -> None:
    # convention 10: without "đã" (a meeting's agenda) both years read
    readings = parse_deadlines(_HEARD.replace("đã xem xét", "xem xét"), ctx("2025-12-20"))
    assert [(one.first, one.last) for one in readings] == [
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 12, 31)),
    ]


@given(st.integers(2000, 2040), st.integers(1, 3))
def test_the_year_reviewed_is_cut_only_before_a_later_year(year: int, gap: int) -> None:
    told = f"HĐND xã đã xem xét các báo cáo hoạt động năm {year}, phương hướng nhiệm vụ năm "
    reading = one(f"{told}{year + gap}", ctx(f"{year}-12-20"))
    assert (reading.first, reading.last) == (date(year + gap, 1, 1), date(year + gap, 12, 31))
    # a "later" year that is not later: nothing is cut, nothing read as one year alone
    readings = parse_deadlines(f"{told}{year}", ctx(f"{year}-12-20"))
    assert all(one.gloss is None or "đã xem xét" not in one.gloss for one in readings)


# --- an event told on its day, the year of the work it prepares or reviews after it ---------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zg-baothanhhoa-tho-lap-tuyen-quan-2026 (Báo Thanh Hóa): the intake of next year
        (
            "Sáng 3/10, UBND xã Thọ Lập tổ chức hội nghị rà soát nguồn thanh niên sẵn sàng "
            "nhập ngũ năm 2026.",
            "2025-10-03",
            date(2025, 10, 3),
        ),
        # zg-bacninhtv-xet-khen-thuong-tong-ket-2024 (Bắc Ninh TV, its mark in parentheses):
        # the year reviewed
        (
            "(BTV) Sáng 4/1, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức Hội nghị xét khen "
            "thưởng thành tích tổng kết năm 2024.",
            "2025-01-04",
            date(2025, 1, 4),
        ),
        # zg-baodanang-son-tra-ngay-hoi-antq-2025: an evening ("Tối")
        (
            "Tối 14/8, phường Sơn Trà tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm "
            "2025 với nhiều hoạt động sôi nổi.",
            "2025-08-14",
            date(2025, 8, 14),
        ),
        # zg-baophutho-hiep-dong-le-giao-nhan-quan-vinh-yen-2026: a numbered area holds it
        (
            "Chiều 9/2, Ban Chỉ huy phòng thủ khu vực 4 - Vĩnh Yên tổ chức hội nghị hiệp đồng "
            "tổ chức Lễ giao, nhận quân năm 2026.",
            "2026-02-09",
            date(2026, 2, 9),
        ),
        # zg-vnexpress-thanh-nien-len-duong-nhap-ngu-2026: commands numbered, "thực hiện lễ"
        (
            "Ngày 5/3, các địa phương thuộc Quân khu 4 và Quân khu 9 tiếp tục thực hiện lễ "
            "giao nhận quân.",
            "2026-03-04",
            date(2026, 3, 5),
        ),
        # zg-uongbi-tiep-cong-dan-thang-1-2026: a round named by its month ("định kỳ tháng …")
        (
            "Ngày 5/1, UBND phường Uông Bí tổ chức tiếp công dân định kỳ tháng 1/2026.",
            "2026-01-05",
            date(2026, 1, 5),
        ),
        # zg-baonghean-dien-tap-chien-dau-xa-yen-trung-2025: "trong" of a place, no time
        (
            "Chiều 7/10, dưới sự chủ trì của Đại tá Hoàng Đình Luân - Phó Chỉ huy trưởng, Tham "
            "mưu trưởng Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ đạo diễn tập phòng thủ khu vực tỉnh "
            "Nghệ An năm 2025 tổ chức Hội nghị giao nhiệm vụ diễn tập chiến đấu xã Yên Trung "
            "trong khu vực phòng thủ.",
            "2025-10-07",
            date(2025, 10, 7),
        ),
    ],
)
def test_an_event_told_on_its_day_reads_the_day(phrase: str, issued: str, day: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (D, day, day)


def test_the_year_of_the_work_is_spared_only_near_the_page() -> None:
    phrase = (
        "Sáng 3/10, UBND xã Thọ Lập tổ chức hội nghị rà soát nguồn thanh niên sẵn sàng nhập "
        "ngũ năm {year}."
    )
    # a month before the page, or with no page day, the year may be the day's own: refused
    assert "năm 2026" in refused(phrase.format(year=2026), ctx("2025-09-01"))
    assert "năm 2026" in refused(phrase.format(year=2026))
    # two years from the day: no intake it prepares, refused
    assert "năm 2027" in refused(phrase.format(year=2027), ctx("2025-10-03"))


def test_a_time_of_its_own_after_the_event_s_day_stays_refused() -> None:
    # "trong tháng 10" sets a time: two times, never one chosen
    assert "trong tháng 10" in refused(
        "Sáng 8/10, UBND xã tổ chức hội nghị trong tháng 10", ctx("2025-10-08")
    )
    # a numbered area is a name, a month after it is no area's number
    refused("Ngày 5/3, Quân khu 4/2026 tổ chức lễ giao nhận quân", ctx("2026-03-04"))


@given(st.integers(-40, 40), st.sampled_from([-2, -1, 1, 2]))
def test_a_year_beside_the_day_is_spared_within_a_week_only(gap: int, step: int) -> None:
    day = date(2025, 10, 3)
    phrase = (
        f"Sáng 3/10, UBND xã tổ chức hội nghị rà soát nguồn thanh niên nhập ngũ năm {2025 + step}."
    )
    issued = ctx((day - timedelta(days=gap)).isoformat())
    if abs(gap) <= 7 and abs(step) == 1:
        assert one(phrase, issued).last == day
    else:
        refused(phrase, issued)


# --- a count parted from its bound by a comma ---------------------------------------------


def test_a_count_then_a_comma_then_before_an_event_reads_relative() -> None:
    # zg-daibieunhandan-hoi-dap-tiep-xuc-cu-tri-dbqh-2025 (Báo Đại biểu Nhân dân)
    reading = one("Chậm nhất là 20 ngày làm việc, trước ngày dự kiến tiếp xúc cử tri")
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (20, True)
    assert reading.relative.direction == "before"
    # a dated anchor is no event: refused as before, with or without the comma
    refused("Chậm nhất 20 ngày, trước ngày 15/3/2027", ctx("2027-01-01"))
    # a count back from a written day: refused saying its day counted is unsaid (fresh37)
    assert "đếm lùi" in refused("Chậm nhất 20 ngày trước ngày 15/3/2027", ctx("2027-01-01"))


def test_a_rule_cited_by_clause_article_and_law_frames_the_count() -> None:
    # zg-luathoanhut-thoi-han-ket-luan-thanh-tra (Luật Thanh tra 2022, Điều 78)
    reading = one(
        "Theo quy định tại khoản 1 Điều 78 của Luật Thanh tra 2022, thời hạn này được xác định "
        "là 15 ngày kể từ ngày nhận được dự thảo kết luận thanh tra."
    )
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (15, "after")


# --- a stage named with its span in parentheses, then its step ------------------------------


def test_a_stage_with_its_span_then_a_colon_and_its_step_reads_the_span() -> None:
    # zg-thachkhe-hatinh-tong-dieu-tra-kinh-te-2026 (UBND phường Thạch Khê, Hà Tĩnh)
    reading = one(
        "Giai đoạn 1 (05/01/2026 - 31/3/2026): Triển khai đối với các cơ sở kinh doanh cá thể, "
        "tổ hợp tác và các cơ sở tôn giáo, tín ngưỡng.",
        ctx("2026-01-05"),
    )
    assert (reading.kind, reading.first, reading.last) == (
        W,
        date(2026, 1, 5),
        date(2026, 3, 31),
    )
    # a deadline in the step is a second time: refused, never one chosen
    refused(
        "Giai đoạn 1 (05/01/2026 - 31/3/2026): hoàn thành trước ngày 15/3/2026", ctx("2026-01-05")
    )

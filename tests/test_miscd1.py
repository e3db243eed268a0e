"""Refusals of session 41 (branch miscd1) that the corpus conventions read (issue 11 §1):
"kỷ luật" (discipline) is no law named by its year; a ten-year census cycle told by the last
digit of its years, the year named one of them, reads from that year (`interval`); a Tết break
told as "N ngày trước Tết và M ngày sau Tết" beside its days reads its days when the counts
fall on them (`tetsplit`). Each with the real phrase that motivated it (its corpus file
named) and the neighbours that must stay refused (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W, R = DeadlineKind.WINDOW, DeadlineKind.RECURRING

# --- "kỷ luật Đảng năm Y": the year of the work, no law ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zd-huulien-langson-btv-dang-uy-ky-7-2025
        (
            "công tác kiểm tra, giám sát và thi hành kỷ luật Đảng năm 2025, phương hướng năm 2026",
            "2025-12-05",
        ),
        # zc-24h-hoi-nghi-trung-uong-15-2025
        (
            "Báo cáo công tác kiểm tra giám sát và thi hành kỷ luật Đảng năm 2025, phương hướng "
            "nhiệm vụ công tác năm 2026",
            "2025-12-22",
        ),
    ],
)
def test_discipline_of_a_year_reads_the_year_reviewed_and_the_year_planned(
    phrase: str, issued: str
) -> None:
    found = parse_deadlines(phrase, ctx(issued))
    assert [days(one) for one in found] == [
        (W, date(2025, 1, 1), date(2025, 12, 31)),
        (W, date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_a_law_named_by_its_year_stays_a_citation() -> None:
    # neighbours: "Luật … năm 2024" is still the law's name, its year no time of the work
    assert "số hiệu văn bản" in refused("Căn cứ Luật Đất đai năm 2013", ctx("2025-12-05"))
    found = parse_deadlines(
        "thi hành Luật Đất đai năm 2024, phương hướng năm 2026", ctx("2025-12-05")
    )
    assert [days(one) for one in found] == [(W, date(2026, 1, 1), date(2026, 12, 31))]


# --- a census every ten years, in the years ending with a digit ----------------------------

_CENSUS = (
    # z-doanhnghiephoinhap-tong-dieu-tra-nong-thon-1-7-2025 (issued: null; za- the same text)
    "Cuộc tổng điều tra nông thôn, nông nghiệp năm 2025, một trong ba cuộc tổng điều tra thống "
    "kê quốc gia theo quy định của Luật Thống kê, được triển khai theo chu kỳ 10 năm một lần "
    "vào các năm có số lẻ kết thúc bằng số 5"
)


def test_a_ten_year_census_reads_from_the_year_named() -> None:
    (reading,) = parse_deadlines(_CENSUS, ctx())
    assert reading.kind is R
    assert reading.rrule == "FREQ=YEARLY;INTERVAL=10;BYMONTH=12;BYMONTHDAY=-1"
    assert "10 năm một lần, từ năm 2025" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: the year named is not one of the digit's, the parity contradicts the
        # digit, a five-year cycle (a digit fixes ten years alone), no digit (z-bnews-cuc-thong-
        # ke-tong-dieu-tra-nong-thon-2025: no phase given)
        _CENSUS.replace("năm 2025", "năm 2024"),
        _CENSUS.replace("số lẻ", "số chẵn"),
        _CENSUS.replace("10 năm", "5 năm"),
        "Tổng điều tra nông thôn, nông nghiệp là 1 trong 3 cuộc tổng điều tra thống kê có quy mô "
        "lớn nhất, được tổ chức theo chu kỳ 10 năm/lần",
    ],
)
def test_a_cycle_whose_phase_is_not_sure_stays_refused(phrase: str) -> None:
    assert "nhịp lặp lại không nêu kỳ bắt đầu" in refused(phrase, ctx())


# --- "N ngày trước Tết và M ngày sau Tết" beside the break's days ---------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # za-nld-tphcm-tb-nghi-tet-binh-ngo-2026
        (
            "Cụ thể, nghỉ 1 ngày trước Tết và 4 ngày sau Tết (từ thứ Hai ngày 16-2-2026 đến hết "
            "thứ Sáu ngày 20-2-2026, tức từ ngày 29 tháng Chạp năm Ất Tỵ đến ngày mùng 4 tháng "
            "Giêng năm Bính Ngọ).",
            "2026-01-19",
        ),
        # x-doisongphapluat-ha-noi-sgddt-nghi-tet-2026
        (
            "Đối với Tết Nguyên đán Bính Ngọ năm 2026, thời gian nghỉ là 5 ngày theo quy định, "
            "gồm 1 ngày trước Tết và 4 ngày sau Tết, từ thứ Hai ngày 16/2/2026 (tức ngày 29 "
            "tháng Chạp năm Ất Tỵ) đến hết thứ Sáu ngày 20/2/2026 (tức mùng 4 tháng Giêng năm "
            "Bính Ngọ)",
            "2025-12-14",
        ),
        # zi-voh-tphcm-tb-treo-co-nghi-tet-binh-ngo-2026 (issued: null): the counts in words
        (
            "Gồm một ngày trước Tết và bốn ngày sau Tết, từ thứ Hai 16/2/2026 (tức ngày 29 tháng "
            "Chạp năm Ất Tỵ) đến hết thứ Sáu ngày 20/2/2026 (tức ngày mùng 4 tháng Giêng năm "
            "Bính Ngọ).",
            None,
        ),
    ],
)
def test_a_tet_break_told_by_its_sides_reads_its_days(phrase: str, issued: str | None) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert days(reading) == (W, date(2026, 2, 16), date(2026, 2, 20))
    assert "ngày sau Tết" in (reading.gloss or "")


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # neighbours: mùng 1 Tết Bính Ngọ is 17/2/2026, not 18/2; six days are not five
        (
            "nghỉ 2 ngày trước Tết và 3 ngày sau Tết (từ thứ Hai ngày 16-2-2026 đến hết thứ Sáu "
            "ngày 20-2-2026)",
            "đặt mùng 1 Tết vào ngày 18/02/2026",
        ),
        (
            "nghỉ 1 ngày trước Tết và 5 ngày sau Tết (từ thứ Hai ngày 16-2-2026 đến hết thứ Sáu "
            "ngày 20-2-2026)",
            "là 6 ngày, nhưng khoảng 16/02/2026 – 20/02/2026 là 5 ngày",
        ),
    ],
)
def test_a_tet_break_whose_counts_miss_its_days_is_refused(phrase: str, why: str) -> None:
    said = refused(phrase, ctx("2026-01-19"))
    assert why in said
    assert "last_day" in said


def test_the_counts_alone_stay_refused() -> None:
    # neighbour: no days printed, no window to check the counts against
    refused("nghỉ 1 ngày trước Tết và 4 ngày sau Tết", ctx("2026-01-19"))


# --- a week's number alone before its span, "Tuần" left on the line before -----------------


def test_a_weeks_number_alone_reads_its_span() -> None:
    # v-sovhttdl-binh-duong-lich-lam-viec-tuan-13-2025: "Lịch làm việc Tuần 13 (…)" broken
    (reading,) = parse_deadlines("13 (24/3/2025 - 30/3/2025)", ctx("2025-03-24"))
    assert days(reading) == (W, date(2025, 3, 24), date(2025, 3, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: 24/3/2025 opens ISO week 13, not 14 nor 2; one day is no week's span
        "14 (24/3/2025 - 30/3/2025)",
        "2 (24/3/2025 - 30/3/2025)",
        "13 (24/3/2025)",
    ],
)
def test_a_number_that_is_not_the_spans_week_stays_refused(phrase: str) -> None:
    assert "đứng trước thời hạn mà không được đọc" in refused(phrase, ctx("2025-03-24"))


# --- the reasons of refusals that stay say the way out ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "why"),
    [
        # zb-thanhnien-giai-ngan-dau-tu-cong-2025-den-31-1-2026: a count of days left, told
        (
            "Thủ tướng Phạm Minh Chính nêu rõ còn khoảng 20 ngày để hoàn thành mục tiêu giải "
            "ngân 100% vốn đầu tư công năm 2025 (đến 31.1.2026)",
            "2026-01-09",
            "số “20” đứng trước thời hạn mà không được đọc",
        ),
        # zh-suckhoedoisong-ha-noi-kh-228-cham-soc-nguoi-cao-tuoi-2026-2030: a start, no end
        (
            "Từ 2030, người cao tuổi tại Hà Nội được khám định kỳ ít nhất 1 lần/năm",
            "2025-08-09",
            "số “2030” đứng trước thời hạn mà không được đọc",
        ),
        # zf-thieunien-xoa-nha-tam-nguoi-co-cong-truoc-27-7-2025: the year given up, then the day
        (
            "Ban đầu, kế hoạch đặt ra là hoàn thành chương trình vào năm 2030, tuy nhiên với khí "
            "thế thi đua sôi nổi hướng tới Kỷ niệm 80 năm thành lập nước Cộng hòa xã hội chủ "
            "nghĩa Việt Nam (1945 – 2025), Thủ tướng đề nghị thống nhất rút ngắn thời hạn hoàn "
            "thành toàn bộ chương trình xuống ngày 31/10/2025",
            "2025-06-22",
            "năm 2030 trước thời hạn khác năm của thời hạn",
        ),
    ],
)
def test_a_number_left_unread_says_the_way_out(phrase: str, issued: str, why: str) -> None:
    said = refused(phrase, ctx(issued))
    assert why in said
    assert said.endswith("không đoán: ghi last_day (và first_day) theo văn bản")


# --- a lunar gloss after the first day of several --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "days_read"),
    [
        # m-baoninhthuan-nghi-le-gio-to-2012 (issued: null): Giỗ Tổ, then the day in lieu
        (
            "Tất cả cán bộ, công chức, viên chức, người lao động trên địa bàn tỉnh được nghỉ nghỉ "
            "lễ nhân ngày Giỗ Tổ Hùng Vương vào ngày 31-3-2012 (nhằm mùng 10 tháng 3 âm lịch) và "
            "nghỉ bù vào ngày 2-4-2012 (vì ngày 31-3-2012 trùng vào thứ bảy).",
            None,
            [date(2012, 3, 31), date(2012, 4, 2)],
        ),
        # m-ninh-thuan-tb-28-nghi-le-2019
        (
            "Tất cả các cơ quan Đảng, Đoàn thể, Nhà nước, đơn vị lực lượng vũ trang, doanh "
            "nghiệp, trường học, bệnh viện và nhà dân treo cờ Tổ quốc và khẩu hiệu trong ngày "
            "14/4 (10/3 âm lịch), 16/4, ngày 30/4 và 01/5/2019",
            "2019-04-05",
            [date(2019, 4, 14), date(2019, 4, 16), date(2019, 4, 30), date(2019, 5, 1)],
        ),
    ],
)
def test_a_lunar_gloss_after_the_first_day_glosses_it(
    phrase: str, issued: str | None, days_read: list[date]
) -> None:
    found = parse_deadlines(phrase, ctx(issued))
    assert [one.last for one in found] == days_read
    assert "âm lịch" in (found[0].gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: the gloss is not the lunar date of the day before it (31/3/2012 is mùng
        # 10, 2/4/2012 mùng 12), or stands after another day: never moved to the day it fits
        "vào ngày 31-3-2012 (nhằm mùng 12 tháng 3 âm lịch) và nghỉ bù vào ngày 2-4-2012",
        "vào ngày 31-3-2012 và nghỉ bù vào ngày 2-4-2012 (nhằm mùng 10 tháng 3 âm lịch)",
    ],
)
def test_a_lunar_gloss_of_no_day_before_it_stays_refused(phrase: str) -> None:
    assert "phần trong ngoặc không rõ thuộc thời hạn nào" in refused(phrase, ctx())

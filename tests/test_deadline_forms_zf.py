"""Forms tuned on the zf- set (branch tune-zf): programmes, schemes and projects with their
roadmaps, 2022-2026. First the five misreads the set's first run showed, each closed as a
family: years joined by "và" with a target figure (two milestones, not one window), a past
approval told with its month, work told done in a year, a period's results told, a period
described. Each with the real phrase that motivated it (its corpus file named) and the near
variants that must still read (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


# --- years joined by "và", a target figure after them: one milestone a year ----------------


def test_years_joined_with_a_target_figure_are_two_milestones() -> None:
    # zf-vietnamplus-giai-ngan-dau-tu-cong-2025-2026-100 (Thủ tướng, VietnamPlus 10/01/2026):
    # each year's capital reaches its own 100%; one window to 31/12/2026 held 2025's a year late
    readings = parse_deadlines(
        "Phấn đấu giải ngân vốn đầu tư công năm 2025 và 2026 đạt 100%", ctx("2026-01-10")
    )
    assert [(r.kind, r.first, r.last) for r in readings] == [
        (W, date(2025, 1, 1), date(2025, 12, 31)),
        (W, date(2026, 1, 1), date(2026, 12, 31)),
    ]
    assert all(r.label == "Phấn đấu giải ngân vốn đầu tư công" for r in readings)


def test_years_joined_without_a_figure_stay_one_span() -> None:
    # issue 11's "trong năm 2027 và 2028", and h-baobinhdinh-ke-hoach-ra-soat-vbqppl-2008's
    # documents of two years, stay the one span the corpus expects
    assert read_days("trong năm 2027 và 2028", "2026-12-01") == (W, "2027-01-01", "2028-12-31")
    assert read_days(
        "Kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật (VBQPPL) của "
        "HĐND, UBND tỉnh năm 2007 và năm 2008",
        "2008-10-02",
    ) == (W, "2007-01-01", "2008-12-31")


@given(st.integers(2000, 2040), st.integers(1, 3), st.booleans(), st.integers(1, 100))
def test_each_year_of_a_target_is_its_own_window(
    start: int, more: int, say_year: bool, percent: int
) -> None:
    years = list(range(start, start + more + 1))
    joined = " và ".join(f"năm {y}" if say_year else str(y) for y in years[1:])
    phrase = f"Phấn đấu giải ngân năm {years[0]} và {joined} đạt {percent}%"
    readings = parse_deadlines(phrase, ctx(f"{start}-01-10"))
    assert [(r.first, r.last) for r in readings] == [
        (date(y, 1, 1), date(y, 12, 31)) for y in years
    ]


# --- a past approval told with its month or year ----------------------------------------


def test_a_past_approval_told_with_its_month_is_refused() -> None:
    # zf-nongnghiepmoitruong-ha-tinh-gpmb-duong-sat-toc-do-cao (Báo Nông nghiệp và Môi trường)
    why = refused(
        "Dự án đường sắt tốc độ cao trên trục Bắc – Nam được Quốc hội phê duyệt chủ trương "
        "đầu tư vào tháng 11/2024"
    )
    assert "phê duyệt một văn bản" in why
    assert "phê duyệt" in refused("Dự án được phê duyệt vào năm 2024")


def test_an_approval_to_come_still_reads() -> None:
    # "để được" is a purpose; an issuing with no "được" is told as the press tells a plan
    assert read_days("hoàn thiện hồ sơ để được phê duyệt vào tháng 12/2025", "2025-06-01") == (
        W,
        "2025-12-01",
        "2025-12-31",
    )
    assert read_days("UBND tỉnh ban hành Kế hoạch vào tháng 8/2025", "2025-06-01") == (
        W,
        "2025-08-01",
        "2025-08-31",
    )


# --- work told done ("đã được khởi công") in a year ----------------------------------------


def test_work_told_begun_in_a_year_is_refused() -> None:
    # zf-tracuuquyhoach-qd-339-ttg-phan-cong-2026 (QĐ 339/QĐ-TTg, 26/02/2026): what is reviewed
    why = refused(
        "(3) tình hình triển khai các công trình, dự án trọng điểm đã được khởi công trong "
        "năm 2025",
        ctx("2026-02-26"),
    )
    assert "đã được khởi công trong năm 2025" in why


def test_work_to_be_begun_in_a_year_still_reads() -> None:
    assert read_days("các dự án được khởi công trong năm 2026", "2026-02-26") == (
        W,
        "2026-01-01",
        "2026-12-31",
    )


# --- a period described or its results told ------------------------------------------------


def test_a_period_whose_results_are_told_is_refused() -> None:
    # zf-vietnamplus-phong-trao-nong-thon-moi-2021-2025 (VietnamPlus, 2025)
    why = refused(
        "Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021-2025 đã "
        "đạt nhiều thành tựu nổi bật",
        ctx("2025-12-01"),
    )
    assert "giai đoạn 2021-2025 đã đạt nhiều thành tựu" in why


def test_a_period_described_is_refused() -> None:
    # zf-vneconomy-danh-gia-5-nam-chien-luoc-2021-2030 (VnEconomy, 07/02/2026)
    why = refused(
        "Trong giai đoạn 2021-2025, bối cảnh đất nước ta có nhiều thời cơ, thuận lợi và khó "
        "khăn, thách thức đan xen, nhưng khó khăn thách thức nhiều hơn",
        ctx("2026-02-07"),
    )
    assert "tình hình của kỳ đó" in why


def test_a_period_of_work_still_reads() -> None:
    # a period with work in it, and a programme's period with its work ongoing
    # (zf-baothainguyen-ctmtqg-dtts-2023: "đã và đang", no result told)
    assert read_days("Trong giai đoạn 2026-2030, tỉnh tập trung hoàn thành", "2026-01-05") == (
        W,
        "2026-01-01",
        "2030-12-31",
    )
    assert read_days(
        "Chương trình mục tiêu Quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
        "số và miền núi (DTTS và MN) giai đoạn 2021-2030 đã và đang tăng cường về kết cấu hạ "
        "tầng kinh tế - xã hội ở vùng đồng bào",
        "2023-06-01",
    ) == (W, "2021-01-01", "2030-12-31")

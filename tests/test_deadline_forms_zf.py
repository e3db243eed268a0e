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


# --- the refusals read since (slice 2): general causes ----------------------------------------


def test_a_period_and_the_years_after_it_is_an_open_start() -> None:
    # zf-sggp-phuong-hoa-hung-ky-ket-chuyen-doi-so-2025 (SGGP, 27/8/2025); issue 11's "giai
    # đoạn 2026 - 2030 và các năm tiếp theo" (no end): a start bound, never a deadline
    (reading,) = parse_deadlines(
        "đồng thời triển khai hiệu quả các kế hoạch chuyển đổi số của TPHCM trong năm 2025 và "
        "các năm tiếp theo",
        ctx("2025-08-27"),
    )
    assert (reading.first, reading.last, reading.earliest) == (None, None, date(2025, 1, 1))
    (span,) = parse_deadlines("giai đoạn 2026 - 2030 và các năm tiếp theo", ctx("2025-12-01"))
    assert (span.last, span.earliest) == (None, date(2026, 1, 1))


def test_a_bound_with_the_years_after_it_stays_refused() -> None:
    # "đến năm 2010 và những năm tiếp theo" (a-lam-dong-qd-61-2003): a bound with no end given
    assert "không có ngày kết thúc" in refused(
        "thể dục thể thao tỉnh Lâm Đồng đến năm 2010 và những năm tiếp theo", ctx("2003-06-01")
    )
    assert "không có ngày kết thúc" in refused("trước năm 2026 và các năm tiếp theo")


def test_this_morning_with_its_day_reads_the_day() -> None:
    # zf-baoquangnam-xuat-quan-de-an-06-2023 (Báo Quảng Nam, 16/5/2023): convention 1, an event
    # told with its day; "Đề án 06" is the scheme's name, no number of time
    reading = parse_deadlines(
        "Sáng nay 16/5, Công an tỉnh Quảng Nam tổ chức lễ xuất quân tăng cường lực lượng hỗ trợ "
        "công an cơ sở thực hiện Đề án 06",
        ctx("2023-05-16"),
    )[0]
    assert (reading.first, reading.last, reading.qualifier) == (
        date(2023, 5, 16),
        date(2023, 5, 16),
        "sáng",
    )


def test_an_hour_and_a_part_of_the_day_before_a_bare_day() -> None:
    # zf-phunuvietnam-khoi-cong-truong-noi-tru-bien-gioi-2025 (Phụ nữ Việt Nam, 2025)
    reading = parse_deadlines(
        "9h sáng 9/11, diễn ra đồng loạt lễ khởi công xây dựng các trường phổ thông nội trú "
        "liên cấp Tiểu học và Trung học cơ sở tại các xã biên giới đất liền",
        ctx("2025-11-08"),
    )[0]
    assert (reading.last, reading.time) == (date(2025, 11, 9), "09:00")
    # without a part of the day, an hour before a bare day stays refused as before
    refused("9h 9/11 diễn ra lễ khởi công", ctx("2025-11-08"))


def test_an_anniversary_span_written_with_dots_names_the_occasion() -> None:
    # zf-nld-cong-dien-bo-xay-dung-dang-ky-khoi-cong-30-4-2025 (Người Lao Động, 2025)
    assert read_days(
        "Bộ trưởng Bộ Xây dựng Trần Hồng Minh vừa ký công điện đề nghị UBND các tỉnh, thành phố "
        "trực thuộc Trung ương đăng ký các công trình, dự án khởi công, khánh thành chào mừng kỷ "
        "niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30.4.1975 - 30.4.2025), gửi "
        "danh sách về Bộ Xây dựng trước ngày 10-4",
        "2025-04-01",
    ) == (DeadlineKind.DATE, "2025-04-10", "2025-04-10")


def test_counts_of_things_beside_a_target_year() -> None:
    # zf-baogialai-ke-hoach-thi-dua-2021-2025 ("120 xã trở lên", "10 địa phương"),
    # zf-thuviennhadat-ninh-binh-kh-55-2024-ocop ("30 sản phẩm")
    assert read_days(
        "Đến năm 2025 có 120 xã trở lên đạt chuẩn nông thôn mới và có 10 địa phương cấp huyện "
        "đạt chuẩn nông thôn mới",
        "2021-06-01",
    ) == (DeadlineKind.DATE, "2025-12-31", "2025-12-31")
    assert read_days("- Năm 2024 có thêm 30 sản phẩm", "2024-03-01") == (
        W,
        "2024-01-01",
        "2024-12-31",
    )
    # a count of days "and more" is a length, and stays refused beside a year
    refused("nghỉ 30 ngày trở lên đến năm 2025", ctx("2024-06-01"))


def test_a_share_bounded_at_least_is_no_time_word() -> None:
    # zf-nongnghiepmoitruong-ha-tinh-gpmb-duong-sat-toc-do-cao
    assert read_days("Bàn giao tối thiểu 80% mặt bằng trước tháng 12/2026", "2025-06-01") == (
        DeadlineKind.DATE,
        "2026-11-30",
        "2026-11-30",
    )
    assert "tối thiểu" in refused("Bàn giao tối thiểu trước tháng 12/2026", ctx("2025-06-01"))


def test_a_budget_stated_for_its_year_reads_the_year() -> None:
    # zf-qbtv-kh-535-2024-ctmtqg-dtts-quang-binh (Quảng Bình TV, 2024): the corpus reads a
    # programme's budget for a period as the period ("… là 1.724 tỷ đồng", zf- too)
    assert read_days(
        "Tổng nguồn vốn thực hiện Chương trình trong năm 2024 là hơn 430 tỷ đồng", "2024-04-02"
    ) == (W, "2024-01-01", "2024-12-31")
    # a sum told without "là"/"khoảng" may be a result: refused
    refused("Trong năm 2023, xã thu ngân sách 430 tỷ đồng", ctx("2024-04-01"))


def test_a_resolution_named_by_its_number_before_a_target() -> None:
    # zf-kienthuc-nq-72-hoi-nghi-quan-triet-2025 (Kiến thức, 16/9/2025)
    reading = parse_deadlines(
        "Phó Thủ tướng Lê Thành Long cho biết, Nghị quyết 72 đã xác định mục tiêu đến năm 2030 "
        "nâng cao thể lực, trí lực, tầm vóc và tuổi thọ khỏe mạnh của Nhân dân",
        ctx("2025-09-16"),
    )[0]
    assert reading.last == date(2030, 12, 31)
    # a resolution's number with its year is a citation: another date beside a deadline
    refused("Đề án 06/2023 trước ngày 30/6", ctx("2023-05-01"))


def test_a_numbered_target_with_a_stop_after_its_parenthesis() -> None:
    # zf-pleiku-phuong-chi-lang-dinh-huong-phat-trien (phường Chi Lăng, Pleiku)
    assert read_days(
        "(4). Tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2025 đạt 80 %.", "2021-01-01"
    ) == (DeadlineKind.DATE, "2025-12-31", "2025-12-31")


def test_more_is_no_half() -> None:
    # "nữa" (more) folds as "nửa" (half): only the half is refused as unread
    assert "nửa" in refused("nửa đầu năm 2026", ctx("2026-01-01"))
    assert read_days("năm 2026 cần thúc đẩy mạnh mẽ hơn nữa", "2026-01-15") == (
        W,
        "2026-01-01",
        "2026-12-31",
    )


def test_a_document_told_issued_reads_its_own_period() -> None:
    # convention 11: zf-xaydungchinhsach-qd-51-2025-ttg-tieu-chi-ntm-2026-2030 (Chinhphu.vn)
    reading = parse_deadlines(
        "(Chinhphu.vn) - Toàn văn Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng "
        "Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030.",
        ctx("2026-01-05"),
    )[0]
    assert (reading.first, reading.last) == (date(2026, 1, 1), date(2030, 12, 31))
    assert reading.gloss and "ngày ký" in reading.gloss
    # zf-nhansu-chinh-phu-nq-424-2025-ctmtqg-2026-2035: a heading, another resolution cited
    assert read_days(
        "Nghị quyết 424/NQ-CP năm 2025 về Kế hoạch thực hiện Nghị quyết 257/2025/QH15 phê "
        "duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm "
        "nghèo bền vũng và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền "
        "núi giai đoạn 2026-2035 do Chính phủ ban hành"
    ) == (W, "2026-01-01", "2035-12-31")


def test_a_document_carried_out_or_a_budget_title_stays_refused() -> None:
    # convention 7: a preamble carrying out a plan; a budget's year in a title (zd-vietnamplus-
    # nq-01-cp-chi-tieu-ha-tang-2026)
    refused(
        "Thực hiện Kế hoạch số 2144/KH-ĐHVH ngày 31/12/2025 về tổ chức giải năm 2026",
        ctx("2026-01-10"),
    )
    refused(
        "Chính phủ ban hành Nghị quyết số 01/NĐ-CP ngày 8/1/2026 về nhiệm vụ, giải pháp chủ yếu "
        "thực hiện Kế hoạch phát triển kinh tế-xã hội và dự toán ngân sách nhà nước năm 2026",
        ctx("2026-01-31"),
    )

"""The words after a time part (session 39, family W: "sau ngày tháng còn chữ không hiểu"):
those that certainly leave the day where it is become the step's label or gloss; those that
may move it stay refused with a precise reason. Each read from its real phrase in the
corpus, the near phrases that must stay refused beside it (issue 11: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

LICH_THOI_VU = ctx("2017-12-01")  # HTX Hòa Tiến 1, lịch thời vụ Đông Xuân 2017-2018


# --- a pause, a rest or a ban after a calendar line's opening span (the lead's trap) ----------


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 4-10/12 tạm dừng tiếp dân",
        "Từ ngày 4-10/12 học sinh nghỉ học",
        "Từ ngày 25-31/12 cấm đốt pháo",
        "Từ ngày 25/12/2017 đến 5/1/2018 cấm đốt pháo",
        "Từ ngày 4-10/12 ngừng cấp nước",
    ],
)
def test_a_pause_after_an_opening_span_is_no_window_to_work_in(phrase: str) -> None:
    # the days nothing is done, read on main as a window to "tạm dừng tiếp dân" by 10/12
    why = refused(phrase, LICH_THOI_VU)
    assert "sau khoảng ngày nói việc tạm dừng, nghỉ hoặc bị cấm" in why
    assert "last_day" in why


def test_the_work_after_an_opening_span_still_reads() -> None:
    # tests/corpus/zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018.yaml: the neighbour
    reading = one("Từ ngày 4-10/12 diệt chuột tập trung", LICH_THOI_VU)
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2017, 12, 4), date(2017, 12, 10))
    assert reading.label == "diệt chuột tập trung"


def test_a_ban_after_its_comma_keeps_its_window() -> None:
    # tests/corpus/zj-dantri-ha-noi-tam-dung-dao-duong-dai-hoi-tet-2026.yaml reads the ban's days
    reading = one(
        "Theo đó, từ ngày 16/1 đến hết ngày 26/1, tạm dừng thi công đào đường, hè đường trên một "
        "số tuyến đường trục chính",
        ctx("2026-01-09"),
    )
    assert (reading.first, reading.last) == (date(2026, 1, 16), date(2026, 1, 26))


# --- words after the time that certainly leave its day: the step's label ----------------------

W_OR_D = (DeadlineKind.WINDOW, DeadlineKind.DATE)


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # tests/corpus/l-bca-cao-diem-tet-ky-hoi-2019.yaml: who orders it, "as planned"
        (
            "Bắt đầu từ 8 giờ ngày 16-12-2018 đến 15-2-2019, theo lệnh của bộ trưởng Bộ Công an, "
            "các đơn vị, địa phương đồng loạt ra quân tấn công, trấn áp tội phạm theo kế hoạch đã "
            "đề ra",
            None,
            date(2018, 12, 16),
            date(2019, 2, 15),
        ),
        # tests/corpus/n-nghean-gio-lam-viec-mua-he-2024.yaml: the working hours are the subject
        (
            "bắt đầu từ ngày 16 tháng 4 năm 2024 đến ngày 15 tháng 10 năm 2024, các cơ quan hành "
            "chính Nhà nước, các cơ quan Đảng, đoàn thể và tổ chức chính trị, chính trị - xã hội "
            "trên địa bàn tỉnh thực hiện thống nhất giờ làm việc mùa Hè",
            None,
            date(2024, 4, 16),
            date(2024, 10, 15),
        ),
        # tests/corpus/p-huongxuan-hue-tiem-phong-dai-2018.yaml: a "not" of who, not of when
        (
            "Từ ngày 18-20/4/2018: tổ chức xử lý các đối tượng không chấp hành tiêm phòng",
            "2018-04-04",
            date(2018, 4, 18),
            date(2018, 4, 20),
        ),
        # tests/corpus/t-quang-ninh-nq-318-hdnd-ke-hoach-ktxh-2026.yaml: "sau", the following
        (
            "Điều 1. Hội đồng nhân dân tỉnh thống nhất thông qua Kế hoạch phát triển kinh tế - xã "
            "hội năm 2026 của tỉnh Quảng Ninh với nội dung chủ yếu sau",
            "2025-12-16",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # tests/corpus/v-thvl-45-san-choi-thieu-nhi-2020.yaml: "vào" the places, not a time
        (
            "Các sân chơi sẽ được xây dựng và bàn giao bắt đầu từ tháng 10/2020 đến tháng 5/2021, "
            "phân bổ tập trung vào các địa bàn có điều kiện kinh tế xã hội khó khăn",
            None,
            date(2020, 10, 1),
            date(2021, 5, 31),
        ),
        # tests/corpus/ze-gymadom-xet-tot-nghiep-thang-10-2020.yaml: "vào" the system
        (
            "3. Cập nhật/kiểm tra thông tin chuyên ngành: từ ngày 21/09/2020 đến ngày 23/09/2020, "
            "sinh viên vào hệ thống portal kiểm tra/cập nhật lại thông tin chuyên ngành",
            None,
            date(2020, 9, 21),
            date(2020, 9, 23),
        ),
        # tests/corpus/zh-ngaynay-moc-tuyen-sinh-dai-hoc-2026.yaml: the admission step's name
        (
            "Trong giai đoạn đăng ký và điều chỉnh nguyện vọng, thí sinh sẽ có thời gian từ ngày "
            "17 đến 21/6/2026 để thực hành đăng ký, điều chỉnh nguyện vọng trên hệ thống",
            "2026-02-14",
            date(2026, 6, 17),
            date(2026, 6, 21),
        ),
        # tests/corpus/zq-bvu-dang-ky-hoc-phan-hoc-ky-2-2016-2017.yaml: "không được hủy"
        (
            "- Đợt 1: từ 23/01 đến 29/01/2017, các lớp học phần đang ở trạng thái chỉ đăng ký, "
            "sinh viên được phép đăng ký, nộp học phí, không được hủy học phần",
            None,
            date(2017, 1, 23),
            date(2017, 1, 29),
        ),
        # tests/corpus/zu-phuongphothanh-quangngai-ky-niem-95-nam-giao-ban-2025.yaml: "ngày càng"
        (
            "Hội nghị khép lại với tinh thần đoàn kết, quyết tâm thực hiện thắng lợi các nhiệm vụ "
            "chính trị, kinh tế - xã hội trong năm 2025, xây dựng phường Phổ Thạnh ngày càng phát "
            "triển",
            None,
            date(2025, 1, 1),
            date(2025, 12, 31),
        ),
        # tests/corpus/u-hung-yen-xa-dien-ha-giao-nhan-quan-2026.yaml: "Quý" in a name
        (
            "Sáng ngày 04/3/2026, tại Khu lưu niệm Danh nhân văn hóa thế giới – Nhà bác học Lê Quý "
            "Đôn, Ban Chỉ huy Phòng thủ Khu vực 2 Hưng Hà long trọng tổ chức Lễ giao nhận quân năm "
            "2026 tại Điểm giao nhận quân số 5",
            "2026-03-04",
            date(2026, 3, 4),
            date(2026, 3, 4),
        ),
        # tests/corpus/zk-baomoi-tuan-du-lich-van-hoa-lai-chau-2024.yaml: an event named a week,
        # its theme in single quotes
        (
            "Từ ngày 20-22/12/2024, tỉnh Lai Châu sẽ tổ chức Tuần Du lịch - Văn hóa Lai Châu năm "
            "2024 với chủ đề 'Về với những đỉnh núi Lai Châu kỳ vĩ'",
            None,
            date(2024, 12, 20),
            date(2024, 12, 22),
        ),
    ],
)
def test_words_that_leave_the_day_become_the_step(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert reading.kind in W_OR_D
    assert (reading.first, reading.last) == (first, last)
    assert reading.label or reading.gloss  # the words are kept, never dropped


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # neighbours: a "not" or a "sau" that may move the day stays refused
        ("Hoàn thành báo cáo trước ngày 30/6/2025, không để chậm trễ", "“không”"),
        ("Từ ngày 1/7 đến 5/7/2025, sinh viên không được hủy học phần sau ngày 10/7", "“sau …”"),
        ("Gửi báo cáo trước ngày 30/6/2025 với các nội dung sau, các năm sau", "“sau”"),
        ("Từ ngày 20-22/12/2024, tỉnh tổ chức tuần sau", "“tuần”"),
        ("Ngày 20/12/2024, Đoàn làm việc Quý I Năm Sau", "“quý”"),
    ],
)
def test_words_after_that_may_move_the_day_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2024-12-01"))


def test_who_orders_a_year_s_work_leaves_its_day_to_the_order() -> None:
    # tests/corpus/e-baohaiduong-tong-dieu-tra-dan-so-2019.yaml expects a refusal: after a year,
    # not a span of days, the order may set the day
    why = refused(
        "Ban Chỉ đạo Tổng điều tra dân số và nhà ở năm 2019 tỉnh sẽ công bố kết quả tổng điều "
        "tra theo chỉ đạo của Trung ương",
        ctx("2019-03-01"),
    )
    assert "“theo”" in why


# --- a gloss that names an occasion and its lunar day; the occasions a span greets ------------


def test_an_occasion_and_its_lunar_day_gloss_the_last_day() -> None:
    # tests/corpus/o-tay-ninh-ninh-thanh-tb-treo-co-4-2025.yaml: Giỗ Tổ 2025 is 7/4
    reading = one(
        "treo cờ Tổ quốc từ ngày 06/4/2025 đến hết ngày 07/4/2025 ( Lễ Giổ tổ Hùng Vương 10/3 "
        "âm lịch )",
        ctx("2025-04-01"),
    )
    assert (reading.first, reading.last) == (date(2025, 4, 6), date(2025, 4, 7))
    assert reading.gloss is not None and "10/3 âm lịch" in reading.gloss


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the lunar day is the occasion's, but not the last day's: a typo in one of the two
        (
            "treo cờ Tổ quốc từ ngày 05/4/2025 đến hết ngày 06/4/2025 ( Lễ Giổ tổ Hùng Vương "
            "10/3 âm lịch )",
            "không phải 10 tháng 3",
        ),
        # the lunar day is not the occasion's: never read
        (
            "treo cờ Tổ quốc từ ngày 06/4/2025 đến hết ngày 07/4/2025 ( Lễ Giổ tổ Hùng Vương "
            "11/3 âm lịch )",
            "sau ngày tháng còn chữ",
        ),
    ],
)
def test_an_occasion_gloss_that_disagrees_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-04-01"))


def test_the_occasions_a_span_greets_move_no_day() -> None:
    # tests/corpus/z-svhttdl-dong-thap-dieu-chinh-dai-hoi-tdtt-cac-cap-2022.yaml
    reading = one(
        "Đại hội TDTT cấp Huyện: Tổ chức từ ngày 01/4/2022 đến ngày 30/4/2022 (kỷ niệm Giỗ tổ "
        "Hùng Vương, chào mừng Ngày giải phóng miền Nam thống nhất đất nước, Ngày quốc tế lao "
        "động)",
        ctx("2022-03-01"),
    )
    assert (reading.first, reading.last) == (date(2022, 4, 1), date(2022, 4, 30))
    # a neighbour: a word of time among the occasions stays refused
    assert "“tháng”" in refused(
        "Tổ chức từ ngày 01/4/2022 đến ngày 30/4/2022 (chào mừng Ngày giải phóng tháng sau)",
        ctx("2022-03-01"),
    )


# --- a term's weeks of study and its reserve week, after its span -----------------------------


def test_a_term_s_reserve_week_counts_with_its_weeks_of_study() -> None:
    # tests/corpus/y-giadinhonline-soc-trang-nam-hoc-2022-2023.yaml: 12/9/2022 - 7/1/2023 is
    # 17 weeks, 16 of study and 1 in reserve
    reading = one(
        "Đối với giáo dục thường xuyên (thực hiện chương trình giáo dục trung học cơ sở và trung "
        "học phổ thông), các lớp 8, lớp 9, lớp 11 và lớp 12 bắt đầu từ ngày 12/9/2022, kết thúc "
        "vào ngày 07/01/2023 (có 16 tuần thực học và 01 tuần dự phòng)",
        ctx("2022-08-12"),
    )
    assert (reading.first, reading.last) == (date(2022, 9, 12), date(2023, 1, 7))
    # a neighbour: 25 weeks do not fit the span, one of the numbers is wrong
    assert "sau ngày tháng còn chữ" in refused(
        "các lớp 8 bắt đầu từ ngày 12/9/2022, kết thúc vào ngày 07/01/2023 (có 16 tuần thực học "
        "và 09 tuần dự phòng)",
        ctx("2022-08-12"),
    )


# --- numbers after the time that name a place or a length of each day -------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # tests/corpus/zb-baotayninh-cat-giam-nuoc-chuyen-vu-2023.yaml: a canal's chainages
        (
            "kênh chính Tân Châu giảm nước từ ngày 1.4.2023 đến ngày 15.4.2023, đoạn từ K0 đến "
            "K6+963 phục vụ nhà máy mì và cây ăn trái",
            "2023-03-29",
            date(2023, 4, 1),
            date(2023, 4, 15),
        ),
        # tests/corpus/zo-baomoi-lich-cup-dien-dong-thap-23-2-1-3-2026.yaml: hours a day
        (
            "Lịch cúp điện Đồng Tháp từ ngày 23/2 - 1/3/2026: Cúp điện hơn 10 tiếng/ngày hàng "
            "loạt khu dân cư để sửa chữa",
            None,
            date(2026, 2, 23),
            date(2026, 3, 1),
        ),
        # tests/corpus/z-tinbong247-ha-noi-gia-han-giai-bao-chi-2022.yaml: a house number
        (
            "Hồ sơ tác phẩm báo chí tham dự gửi về Ban Tổ chức Giải thông qua Hội Nhà báo thành "
            "phố Hà Nội, chậm nhất là ngày 30/8/2022 (theo dấu bưu điện), tại địa chỉ: 62 Trần "
            "Quốc Toản, phường Trần Hưng Đạo, quận Hoàn Kiếm, TP. Hà Nội",
            None,
            date(2022, 8, 30),
            date(2022, 8, 30),
        ),
    ],
)
def test_numbers_of_places_and_daily_hours_move_no_day(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.first, reading.last) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: a number after them that may be a day stays refused
        "giảm nước từ ngày 1.4.2023 đến ngày 15.4.2023, đoạn từ K0 đến ngày 6",
        "chậm nhất là ngày 30/8/2022, tại địa chỉ: 62 ngày sau",
    ],
)
def test_a_number_beside_a_place_that_may_be_a_day_stays_refused(phrase: str) -> None:
    assert "sau ngày tháng còn chữ" in refused(phrase, ctx("2022-03-29"))


# --- an hour, a weekday and a whole day with its year, "ngày" left out ------------------------


def test_an_hour_then_a_weekday_then_a_day_with_its_year() -> None:
    # tests/corpus/v-hoangvanthu-thai-nguyen-tong-ve-sinh-tet-2023.yaml: 14/01/2023 is a Saturday
    reading = one("07h00’ Thứ Bảy 14/01/2023, tất cả cộng đồng dân cư", ctx("2023-01-14"))
    assert (reading.first, reading.last) == (date(2023, 1, 14), date(2023, 1, 14))
    assert reading.time == "07:00"
    assert reading.label == "tất cả cộng đồng dân cư"
    # neighbours: the weekday is checked; a day without its year may be two numbers
    assert "không phải Thứ Sáu" in refused("07h00 Thứ Sáu 14/01/2023", ctx("2023-01-14"))
    assert "số “07”" in refused("07h00 Thứ Bảy 14/01", ctx("2023-01-14"))

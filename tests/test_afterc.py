"""Phrases refused for the words or numbers after their day (session 40, family A: "sau
ngày tháng còn chữ không hiểu", "từ … sau kỳ hạn có thể nêu một thời hạn khác"). Words
that name what a sum is counted on, where data go, the hours of a ban or the teams an
inspection forms move no day, and are read; a span's own end is no word after its first
day, so the refusal names what really failed. Each from its real phrase in the corpus;
the neighbours stay refused (issue 11 §1: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

UNSAID = "sau ngày tháng còn chữ không hiểu"


def test_data_put_into_a_database_is_no_time() -> None:
    # tests/corpus/u-thanhnien-hcm-moc-tuyen-sinh-dau-cap-2026.yaml: "vào cơ sở dữ liệu", the
    # database the data go into, as "vào hệ thống"; on main "vào" was a word of time
    reading = one(
        "Bắt đầu từ ngày 14.1, Sở GD-ĐT sẽ tổ chức tập huấn trực tuyến cho các phường, xã, đặc "
        "khu về quy trình rà soát và cập nhật dữ liệu vào cơ sở dữ liệu ngành giáo dục",
        ctx("2026-01-12"),
    )
    assert reading.earliest == date(2026, 1, 14)
    assert reading.last is None


def test_a_tax_on_the_real_revenue_is_how_much_not_when() -> None:
    # tests/corpus/t-hatinh24h-bo-thue-khoan-2026.yaml: "theo doanh thu thực tế"
    reading = one(
        "Từ ngày 1/1/2026, cơ chế thuế khoán chính thức kết thúc, toàn bộ hộ kinh doanh phải "
        "chuyển sang tự kê khai thuế theo doanh thu thực tế",
        ctx("2025-11-23"),
    )
    assert reading.earliest == date(2026, 1, 1)
    assert reading.last is None


def test_the_same_sum_beside_a_time_before_stays_refused() -> None:
    # tests/corpus/zq-luatvietnam-thue-ho-kinh-doanh-tu-2026.yaml: "như trước đây" (as before)
    # after the revenue names another time; the reason names it
    why = refused(
        "Từ năm 2026, chính sách thuế đối với hộ kinh doanh có rất nhiều thay đổi lớn, nổi bật "
        "nhất là việc toàn bộ hộ kinh doanh sẽ bỏ thuế khoán, chuyển sang áp dụng phương pháp "
        "kê khai, tự khai và tự nộp thuế theo doanh thu thực tế, thay cho hình thức áp thuế "
        "khoán như trước đây"
    )
    assert "từ “trước” đứng sau thời hạn" in why
    assert "last_day" in why


def test_a_ban_by_hour_slots_keeps_its_start_day() -> None:
    # tests/corpus/r-ngaynay-ha-noi-vung-phat-thai-thap-2025.yaml: "theo khung giờ", the hours
    # of each day the ban holds
    reading = one(
        "Từ 1/7/2026, Hà Nội thí điểm vùng phát thải thấp tại vành đai 1, cấm xe máy xăng theo "
        "khung giờ",
        ctx("2025-11-27"),
    )
    assert reading.earliest == date(2026, 7, 1)
    assert reading.last is None


def test_a_cadence_after_the_days_stays_refused() -> None:
    # neighbour: "theo tháng" names another time (the lead's ruling of session 33)
    why = refused(
        "Từ 1/7/2026, Hà Nội thí điểm vùng phát thải thấp tại vành đai 1, báo cáo theo tháng",
        ctx("2025-11-27"),
    )
    assert "“theo”" in why


def test_the_teams_an_inspection_forms_are_counted_things() -> None:
    # tests/corpus/v-vietnamnet-ubkttw-22-doan-kiem-tra-2026.yaml: "22 đoàn", "22 Ủy viên",
    # "40 tổ chức đảng" count teams, members and bodies; on main "22" was a number unread
    (reading,) = parse_deadlines(
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương thông tin, ngay trong tháng 3, sẽ thành lập 22 "
        "đoàn do 22 Ủy viên Bộ Chính trị và Uỷ viên Ban Bí thư trực tiếp làm trưởng đoàn kiểm "
        "tra 40 tổ chức đảng trực thuộc",
        ctx("2026-02-07"),
    )
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2026, 3, 1),
        date(2026, 3, 31),
    )


def test_a_count_of_days_beside_the_teams_stays_refused() -> None:
    # neighbour: "22 ngày" after the month is a length that month does not hold
    why = refused(
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương thông tin, ngay trong tháng 3, sẽ thành lập 22 "
        "đoàn làm việc trong 22 ngày",
        ctx("2026-02-07"),
    )
    assert "22" in why


def test_a_span_s_end_is_not_named_as_a_number_after_it() -> None:
    # tests/corpus/z-baodanang-qd-2837-btc-tong-dieu-tra-kinh-te-2026.yaml, its phase 1 named
    # 2 (phase 1 reads since famf51: test_famf51): on main the reason said "số “31” đứng sau
    # thời hạn", the span's own end; the words after the span hold no time, and the time
    # part ("trong 2 giai đoạn: …") is named
    why = refused(
        "Thời gian thu thập thông tin trong 2 giai đoạn: giai đoạn 2 (từ ngày 5/1/2026 đến hết "
        "ngày 31/3/2026) thu thập thông tin các đơn vị điều tra là cơ sở sản xuất kinh doanh cá "
        "thể phi nông, lâm nghiệp và thủy sản; tổ hợp tác; cơ sở tôn giáo, tín ngưỡng",
        ctx("2025-08-22"),
    )
    assert why.startswith(UNSAID)
    assert "số “31”" not in why
    assert "“thu thập thông tin các đơn vị điều tra" in why
    assert "phần thời gian “Thời gian thu thập thông tin trong 2 giai đoạn" in why
    assert "last_day" in why


def test_a_dashed_span_s_end_is_not_named_either() -> None:
    # tests/corpus/h-baodongthap-ke-hoach-dai-hoi-tdtt-2026.yaml: "1/11/2025 - 15/3/2026",
    # then "trước Đại hội" (before the Games), which is what may move the day
    why = refused(
        "giai đoạn 1 từ ngày 1/11/2025 - 15/3/2026 do huyện, thành phố đăng cai tổ chức thi đấu "
        "17 môn trước Đại hội",
        ctx("2024-10-29"),
    )
    assert "số “15”" not in why
    assert "từ “trước” đứng sau thời hạn" in why


def test_the_weekdays_of_office_hours_are_named() -> None:
    # tests/corpus/ze-ntt-thi-chuan-dau-ra-tieng-anh-thang-9-2025.yaml's neighbour: Monday to
    # Friday, and the window ends on a Saturday (with both ends in the office week it reads:
    # the lead's ruling of session 50, test_lead50); on main the reason named "20"
    why = refused(
        "- Thời gian đăng ký: Từ ngày 06/08/2025 đến hết ngày 20/09/2025 (trong giờ hành chính, "
        "Thứ 2 – Thứ 6)"
    )
    assert "số “20”" not in why
    assert "Thứ 2 – Thứ 6" in why
    assert "last_day" in why


def test_a_tournament_s_matches_leave_the_time_part_named() -> None:
    # tests/corpus/zl-thoxuan-thanhhoa-giai-bong-da-cup-lam-son-2024.yaml: "61 trận đấu"
    # counts matches; what no rule reads is the time part ("Giiải", a typo, among it)
    why = refused(
        "Theo Kế hoạch, Giiải bóng đá nam Thanh niên huyện Thọ Xuân tranh cúp Lam Sơn lần thứ II "
        "năm 2024 sẽ được tổ chức tại Sân nhà thi đấu huyện Thọ Xuân (đường Quế Sơn, thị trấn "
        "Thọ Xuân) từ ngày 07/7/2024 đến ngày 11/8/2024, với tổng số 61 trận đấu",
        ctx("2024-07-04"),
    )
    assert "số “11”" not in why
    assert "số “61”" not in why
    assert "chỗ không đọc được là phần thời gian “Theo Kế hoạch, Giiải" in why


def test_a_service_resuming_by_its_day_is_no_start() -> None:
    # tests/corpus/z-nuocnongthonbinhthuan-thong-bao-cup-nuoc-2018.yaml: "cấp nước trở lại"
    # (supplies water again) by 17h that day; on main "trở lại" was read as "from then on"
    reading = one(
        "Dự kiến đến 17h ngày 13/10/2018 Nhà máy sẽ hoạt động cấp nước trở lại.",
        ctx("2018-10-15"),
    )
    assert (reading.first, reading.last) == (date(2018, 10, 13), date(2018, 10, 13))


def test_a_day_and_then_on_stays_a_start() -> None:
    # neighbour: "trở lại" right after the day is "from then on", no due day
    why = refused("Ngày 13/10/2018 trở lại", ctx("2018-10-15"))
    assert "“trở lại” chỉ mốc bắt đầu" in why


def test_the_points_above_are_no_comparison() -> None:
    # tests/corpus/i-2-baohatinh-vinh-long-kh-02-giao-thua-binh-ngo-2026.yaml: "nêu trên"
    # (aforesaid) before the hour; on main "trên …" was read as "over" a count
    reading = one(
        "tỉnh sẽ tổ chức bắn pháo hoa đón giao thừa tại 3 điểm nêu trên vào lúc 23h10 ngày "
        "16/02/2026, thời lượng 15 phút/điểm"
    )
    assert (reading.first, reading.last) == (date(2026, 2, 16), date(2026, 2, 16))


def test_over_before_an_hour_stays_a_comparison() -> None:
    # neighbour: "trên" after its noun alone may still be "over"
    why = refused("tổ chức bắn pháo hoa tại 3 điểm trên 23h10 ngày 16/02/2026")
    assert "“trên …” là so sánh" in why


def test_a_handover_point_s_number_is_a_place() -> None:
    # tests/corpus/zg-uongbi-giao-nhan-quan-2026.yaml: "điểm giao quân số 10"
    reading = one(
        "Theo kế hoạch, Ban Chỉ huy phòng thủ khu vực 5 tổ chức Lễ giao nhận quân năm 2026, "
        "điểm giao quân số 10 của tỉnh Quảng Ninh vào 8h00’ ngày 04/03/2026 tại sân vận động "
        "trung tâm phường Uông Bí.",
        ctx("2026-03-02"),
    )
    assert reading.last == date(2026, 3, 4)


def test_hours_closing_on_the_same_day_keep_the_day() -> None:
    # tests/corpus/v-hcmcpv-lay-y-kien-cu-tri-sap-xep-2020.yaml: "bắt đầu từ 7 giờ sáng và kết
    # thúc vào 7 giờ tối cùng ngày"
    reading = one(
        "Thời gian tổ chức lấy ý kiến cử tri tại các phường có liên quan đến sắp xếp đơn vị hành "
        "chính cấp huyện, cấp xã ngày 3/10/2020, bắt đầu từ 7 giờ sáng và kết thúc vào 7 giờ tối "
        "cùng ngày"
    )
    assert (reading.first, reading.last) == (date(2020, 10, 3), date(2020, 10, 3))


def test_hours_closing_the_next_day_stay_refused() -> None:
    # neighbour: "hôm sau" ends the work on another day
    why = refused(
        "ngày 3/10/2020, bắt đầu từ 7 giờ sáng và kết thúc vào 7 giờ tối hôm sau",
    )
    assert "“7”" in why


def test_an_identity_card_s_name_holds_no_time() -> None:
    # tests/corpus/zf-xosobinhdinh-tphcm-tam-ngung-cccd-den-30-6-2024.yaml: "định danh điện
    # tử" (electronic identification); on main "định" was taken for "định kỳ"
    (reading,) = parse_deadlines(
        "1. Trong thời gian từ ngày 25-6 đến 30-6, Phòng cảnh sát quản lý hành chính về trật tự "
        "xã hội Công an TP.HCM, đội cảnh sát quản lý hành chính về trật tự xã hội, công an quận, "
        "huyện, thành phố Thủ Đức và tại bộ phận một cửa quận, huyện, thành phố Thủ Đức đều tạm "
        "ngưng việc cấp thẻ căn cước công dân, định danh điện tử trên toàn địa bàn TP",
        ctx("2024-06-27"),
    )
    assert (reading.first, reading.last) == (date(2024, 6, 25), date(2024, 6, 30))


def test_what_a_fair_brings_and_the_tet_it_serves_move_no_day() -> None:
    # tests/corpus/x-anvien-dong-nai-hoi-hoa-xuan-2026.yaml: "mang đến" (brings), "nhu cầu vui
    # xuân, đón Tết" (the people's needs)
    reading = one(
        "Thời gian tổ chức dự kiến bắt đầu từ ngày 1/2/2026, hứa hẹn mang đến không khí rộn "
        "ràng, phong phú các hoạt động văn hóa – thương mại, góp phần phục vụ nhu cầu vui xuân, "
        "đón Tết của nhân dân địa phương và du khách",
        ctx("2025-12-04"),
    )
    assert reading.earliest == date(2026, 2, 1)
    assert reading.last is None


def test_the_customs_of_tet_are_no_time() -> None:
    # tests/corpus/x-sggp-phuong-tan-hung-ngay-hoi-mung-xuan-2026.yaml
    (reading,) = parse_deadlines(
        "Ngày hội diễn ra trong 2 ngày từ 7-2 đến 8-2 tại Công viên Tân Hưng, với nhiều hoạt động "
        "sôi nổi gắn với phong tục đón tết cổ truyền của dân tộc như: Hội thi trang trí góc xuân, "
        "văn phòng khu phố, trang trí tuyến đường, tuyến hẻm với các tiêu chí: xanh - sạch đẹp mỹ "
        "thuật",
        ctx("2026-02-07"),
    )
    assert (reading.first, reading.last) == (date(2026, 2, 7), date(2026, 2, 8))


def test_tet_itself_after_the_days_stays_refused() -> None:
    # neighbour: "đón Tết" alone after the start may name the holiday's days
    why = refused(
        "Thời gian tổ chức dự kiến bắt đầu từ ngày 1/2/2026, phục vụ đón Tết", ctx("2025-12-04")
    )
    assert "“tết”" in why.lower()


def test_between_ministries_is_no_middle_of_the_year() -> None:
    # tests/corpus/zk-luatminhkhue-cv-187-vtltnn-kiem-tra-cheo-2007.yaml: "giữa các Bộ, ngành"
    reading = one(
        "Việc kiểm tra chéo công tác vănthư, lưu trữ năm 2007 giữa các Bộ, ngành được thực hiện "
        "căn cứ vào những vănbản sau",
        ctx("2007-03-23"),
    )
    assert (reading.first, reading.last) == (date(2007, 1, 1), date(2007, 12, 31))


def test_the_grounds_of_a_programme_are_no_citation() -> None:
    # tests/corpus/zf-vanhoanghethuat-ctmtqg-van-hoa-2025-2035.yaml: "căn cứ chính trị, pháp
    # lý" (political and legal grounds), a noun
    reading = one(
        "Chương trình mục tiêu quốc gia về phát triển văn hóa giai đoạn 2025-2035: Đáp ứng đầy "
        "đủ căn cứ chính trị, pháp lý, khoa học và thực tiễn"
    )
    assert (reading.first, reading.last) == (date(2025, 1, 1), date(2035, 12, 31))


def test_no_poor_household_left_is_the_target_not_a_negation() -> None:
    # tests/corpus/zc-baophutho-hoi-nghi-bch-hoi-lhpn-tinh-2026.yaml
    reading = one("phấn đấu đến năm 2030 cơ bản không còn hộ nghèo", ctx("2026-01-27"))
    assert reading.last == date(2030, 12, 31)


def test_words_after_a_span_with_an_hour_are_checked_as_after_a_window() -> None:
    # tests/corpus/ze-due-thi-chuan-dau-ra-tieng-anh-2018.yaml: the span's two ends were named
    # as days standing apart; "theo hướng dẫn" closing the purpose clause ("để tiến hành đăng
    # ký theo hướng dẫn") is the manner of the step, no day of its own (fame52, session 52)
    reading = one(
        "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, đăng nhập vào Website của Trường "
        "http://due.udn.vn, tại trang Dành cho Sinh viên, chọn mục Đăng ký thi CĐR ngoại ngữ "
        "(Chuẩn quốc gia) trong Trình đơn cá nhân (bên trái) để tiến hành đăng ký theo hướng dẫn",
        ctx("2018-07-20"),
    )
    assert (reading.first, reading.last) == (date(2018, 7, 30), date(2018, 8, 6))

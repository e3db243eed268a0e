"""Forms tuned on the zh- set (branch tune-zh): education, health, labour and social affairs.
First the set's misreads, each closed as a family (all false deadlines, no wrong day): work
told done in its period, a list fixed "at the moment" a day ends, money drawn from a year's
budget, a period named by the document it was issued with. Each with the real phrases that
motivated it (their corpus files named) and the near variants that must still read."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# --- work told done in its period ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zh-baogialai-quy-nhon-bac-mung-tho-nguoi-cao-tuoi-2025 (read as June 2025 before)
        (
            "Riêng người cao tuổi tròn 90 tuổi và 100 tuổi đã được tặng quà trong tháng 6-2025",
            "2025-09-30",
        ),
        # zh-luatvietnam-bgddt-cv-7991-kiem-tra-danh-gia: the training held, cited beside a
        # request ("đề nghị") for a new one with no time (read as November 2024 before)
        (
            "Bộ GD&ĐT đề nghị các Sở GDĐT căn cứ nội dung đã được tập huấn cho giáo viên cốt cán "
            "vào tháng 11/2024 (Công văn 6569/BGDĐT-GDTrH ngày 16/10/2024), tổ chức tập huấn cho "
            "cán bộ quản lí, giáo viên",
            None,  # the page's day is in doubt: the corpus gives none
        ),
        # zf-tracuuquyhoach-qd-339-ttg-phan-cong-2026 (refused before by its verb alone)
        (
            "(3) tình hình triển khai các công trình, dự án trọng điểm đã được khởi công trong "
            "năm 2025",
            "2026-02-26",
        ),
    ],
)
def test_work_told_done_in_its_period_is_refused(phrase: str, issued: str | None) -> None:
    assert "đã xảy ra" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # the same gift without "đã": the month it is given in
        (
            "Riêng người cao tuổi tròn 90 tuổi và 100 tuổi được tặng quà trong tháng 6-2025",
            "2025-05-01",
            ("2025-06-01", "2025-06-30"),
        ),
        # l-lai-chau-ngay-hoi-van-hoa-mong-2021: ready by then, a time ahead
        (
            "Lai Châu: Ngày hội Văn hóa dân tộc Mông lần thứ III đã sẵn sàng vào cuối tháng "
            "12/2021",
            "2021-12-01",
            ("2021-12-21", "2021-12-31"),
        ),
        # a task assigned ("đã được giao") and a campaign launched name the time of the work
        (
            "Các đơn vị đã được giao nhiệm vụ hoàn thành trong tháng 6/2025",
            "2025-05-01",
            ("2025-06-01", "2025-06-30"),
        ),
        (
            "UBND tỉnh vừa phát động phong trào thi đua trong năm 2025",
            "2025-05-01",
            ("2025-01-01", "2025-12-31"),
        ),
    ],
)
def test_a_period_still_ahead_after_da_still_reads(
    phrase: str, issued: str, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)


# --- a list fixed "at the moment" a day ends (convention 4) -------------------------------


def test_a_list_fixed_at_the_moment_a_day_ends_is_refused() -> None:
    # zh-thanhnien-qua-quoc-khanh-100000-cham-nhat-15-9-2025 (read as due 30/08/2025 before):
    # who is alive when 30/8 ends gets the gift
    why = refused("được xác lập tại thời điểm hết ngày 30.8", ctx("2025-08-31"))
    assert "số liệu được tính đến" in why
    assert "số liệu được tính đến" in refused("Danh sách lập tại thời điểm 0 giờ ngày 01/9/2025")


# --- money drawn from a year's budget ----------------------------------------------------


def test_money_drawn_from_a_year_s_budget_is_refused() -> None:
    # zh-znews-chua-kip-nhan-qua-quoc-khanh-2025 (read as a window over 2025 before)
    phrase = (
        "Kinh phí chi trả được bố trí từ ngân sách Trung ương năm 2025 và đã được chuyển về các "
        "địa phương để triển khai"
    )
    assert "năm của ngân sách" in refused(phrase, ctx("2025-08-31"))


def test_a_plan_assigned_for_a_budget_year_still_reads() -> None:
    # a-can-tho-qd-3109-2025: the year's investment plan, its own year
    phrase = "giao kế hoạch đầu tư công nguồn ngân sách nhà nước năm 2026"
    assert read_days(phrase, "2025-12-18") == (W, "2026-01-01", "2026-12-31")


# --- a period named by the document it was issued with (convention 7) ---------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zh-thuvienphapluat-nam-dinh-kh-20-benh-truyen-nhiem-2025: a preamble line the page
        # broke (read as a window over 2025 before)
        (
            "năm 2025 ban hành kèm theo Quyết định số 270/QĐ-BYT ngày 22/01/2025 của Bộ trưởng",
            "2025-01-28",
        ),
        # n-btp-cuc-tgpl-chi-tieu-tro-giup-vien-2017 (its page gives no date)
        (
            "Tiếp tục triển khai Đề án đổi mới công tác trợ giúp pháp lý giai đoạn 2015 - 2025 "
            "(ban hành kèm theo Quyết định số 749/QĐ-TTg ngày 01/6/2015 của Thủ tướng Chính phủ)",
            None,
        ),
    ],
)
def test_a_period_issued_with_a_cited_document_is_refused(phrase: str, issued: str | None) -> None:
    assert "căn cứ của văn bản" in refused(phrase, ctx(issued))


def test_a_period_issued_with_this_decision_still_reads() -> None:
    # q-hethongphapluat-bct-qd-2646-khuyen-cong: the decision's own programme
    phrase = (
        "Ban hành kèm theo Quyết định này Chương trình khuyến công quốc gia giai đoạn 2026 - 2030."
    )
    assert read_days(phrase, "2025-09-23") == (W, "2026-01-01", "2030-12-31")


# --- breadth: events told on their day, the year of the occasion in its name ---------------

D = DeadlineKind.DATE


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zh-sggp-tan-son-nhat-trao-qua-tet-2026
        (
            "Sáng 27-1, UBND phường Tân Sơn Nhất (TPHCM) tổ chức chương trình trao quà Tết Bính "
            "Ngọ 2026 cho các đơn vị làm nhiệm vụ trên địa bàn và người dân có hoàn cảnh khó khăn",
            "2026-01-27",
            "2026-01-27",
        ),
        # zh-baogialai-ya-hoi-trao-qua-tet-2026
        (
            "(GLO)- Ngày 11-2, UBND xã Ya Hội (tỉnh Gia Lai) tổ chức trao tặng quà Tết Nguyên đán "
            "Bính Ngọ 2026 cho 375 thân nhân người có công với cách mạng",
            "2026-02-12",
            "2026-02-11",
        ),
        # zh-sggp-tan-thoi-hiep-xuan-yeu-thuong-2026
        (
            "Chiều 27-1,  Ủy ban MTTQ phường Tân Thới Hiệp (TPHCM) phối hợp cùng các đơn vị tổ "
            "chức chương trình Xuân yêu thương 2026, trao quà tết cho các gia đình có hoàn cảnh "
            "khó khăn trên địa bàn phường",
            "2026-01-27",
            "2026-01-27",
        ),
        # zh-sggp-tan-dinh-thang-hanh-dong-nguoi-cao-tuoi-2025
        (
            "Ngày 10-10, phường Tân Định (TPHCM) phát động tháng hành động vì người cao tuổi Việt "
            "Nam năm 2025 và lễ chúc thọ, mừng thọ người cao tuổi",
            "2025-10-10",
            "2025-10-10",
        ),
        # "this morning" and its day: zh-tuoitre-thanh-hoa-tu-van-tuyen-sinh-2026,
        # zh-kenh14-ngay-hoi-tu-van-tuyen-sinh-bach-khoa-2026
        (
            "Sáng nay 18-1, chương trình Tư vấn tuyển sinh - hướng nghiệp 2026 được tổ chức tại "
            "khuôn viên Trường đại học Hồng Đức, tỉnh Thanh Hóa",
            "2026-01-18",
            "2026-01-18",
        ),
        (
            "Sáng nay (08/3), dù Hà Nội mưa nặng hạt từ sáng sớm, khuôn viên Đại học Bách khoa Hà "
            "Nội vẫn đông kín học sinh và phụ huynh tham dự Ngày hội tư vấn tuyển sinh - hướng "
            "nghiệp năm 2026",
            "2026-03-08",
            "2026-03-08",
        ),
    ],
)
def test_an_event_told_with_its_day_and_its_occasion_s_year_reads_the_day(
    phrase: str, issued: str, day: str
) -> None:
    assert read_days(phrase, issued) == (D, day, day)


def test_an_occasion_s_year_far_from_the_day_is_still_refused() -> None:
    # the edition's year is checked against the day held: a Tết two years off is no name
    phrase = "Sáng 27-1, UBND phường tổ chức chương trình trao quà Tết 2028 cho người dân"
    refused(phrase, ctx("2026-01-27"))


# --- breadth: a disease named "không lây nhiễm", found "sớm" ---------------------------------


def test_a_non_communicable_disease_found_early_moves_no_day() -> None:
    # zh-sggp-xuyen-moc-kham-suc-khoe-nguoi-cao-tuoi-2025
    phrase = (
        "Từ ngày 22 đến 24-10, UBND xã Xuyên Mộc (TPHCM) triển khai chương trình khám sức khỏe, "
        "tầm soát bệnh không lây nhiễm cho hơn 300 người cao tuổi đang sinh sống trên địa bàn"
    )
    assert read_days(phrase, "2025-10-23") == (W, "2025-10-22", "2025-10-24")
    # zh-sggp-tphcm-kham-suc-khoe-nguoi-cao-tuoi-2025
    phrase = (
        "Sở Y tế TPHCM vừa ban hành kế hoạch triển khai hoạt động khám sức khỏe, phát hiện sớm "
        "bệnh không lây nhiễm ở người cao tuổi đến cuối năm 2025"
    )
    assert read_days(phrase, "2025-09-20")[2] == "2025-12-31"


def test_found_at_the_earliest_is_still_a_start_bound() -> None:
    # "sớm nhất" (at the earliest) stays a start bound, never a due day (issue 11 §1)
    reading = one("phát hiện sớm nhất là ngày 18/9/2025", ctx("2025-09-01"))
    assert (str(reading.earliest), reading.last) == ("2025-09-18", None)


# --- breadth: the firms and workers a fair or an inspection counts ------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # zh-baothanhhoa-kiem-tra-lao-dong-atvsld-bhxh-2026 (two phrases)
        (
            "Năm 2026, kiểm tra lao động, ATVSLĐ, BHXH tại 15 doanh nghiệp trên địa bàn tỉnh",
            "2026-01-27",
            ("2026-01-01", "2026-12-31"),
        ),
        (
            "Theo kế hoạch, 15 doanh nghiệp thuộc nhiều lĩnh vực sản xuất, may mặc, thể thao, "
            "giày da, bao bì, công nghiệp phụ trợ... sẽ được kiểm tra trong năm 2026",
            "2026-01-27",
            ("2026-01-01", "2026-12-31"),
        ),
        # zh-nghean24h-ngay-hoi-viec-lam-kcn-2026: an estimate of the firms, "khoảng"
        (
            "Đợt 2: tại KCN WHA Nghệ An (xã Thần Lĩnh) vào giữa tháng 4/2026; khoảng 15-20 doanh "
            "nghiệp, nhu cầu tuyển trên 10.000 lao động, gồm các doanh nghiệp ở KCN Bắc Vinh, WHA "
            "và Nam Cấm",
            "2026-01-19",
            ("2026-04-11", "2026-04-20"),
        ),
        # ... or "dự kiến" before the count
        (
            "Đợt 2: vào giữa tháng 4/2026; dự kiến 15-20 doanh nghiệp tham gia",
            "2026-01-19",
            ("2026-04-11", "2026-04-20"),
        ),
    ],
)
def test_firms_and_workers_counted_read_their_time(
    phrase: str, issued: str, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)


@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt 2 tổ chức vào giữa tháng 4/2026, dự kiến lùi",  # the day foreseen, moved
        "Đợt 2: vào giữa tháng 4/2026; dự kiến tổ chức lại",
        "Đợt 2: vào giữa tháng 4/2026; dự kiến 15/5 khai mạc",  # a day, no count
    ],
)
def test_a_time_foreseen_after_the_time_part_is_still_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-19"))


def test_a_numbered_district_is_a_name() -> None:
    # zh-pgdquan11-phong-chong-benh-truyen-nhiem-truong-hoc-2025 (its page gives no date)
    phrase = (
        "Phòng Giáo dục và Đào tạo đề nghị Hiệu Trưởng các đơn vị trường học thực hiện công tác "
        "phòng, chống bệnh truyền nhiễm trên địa bàn Quận 11 năm 2025"
    )
    assert read_days(phrase) == (W, "2025-01-01", "2025-12-31")


# --- breadth: a month restated by its days ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # zh-phunu-khanhhoa-thang-hanh-dong-vi-tre-em-2025 (its page gives no date)
        (
            "Theo đó, tháng hành động vì trẻ em 2025 là tháng 6 năm 2025 từ ngày 1/6/2025 đến "
            "ngày 30/6/2025",
            None,
            ("2025-06-01", "2025-06-30"),
        ),
        # zh-24h-dia-phuong-thi-lop-10-som-nhat-2026
        (
            'Phú Thọ và Hải Phòng lựa chọn "thời điểm vàng" ngay đầu tháng 6 (từ 01/6 - 04/6/2026)',
            "2026-03-03",
            ("2026-06-01", "2026-06-04"),
        ),
    ],
)
def test_a_month_restated_by_its_days_reads_the_days(
    phrase: str, issued: str | None, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)


@pytest.mark.parametrize(
    "phrase",
    [
        "Các trường tổ chức thi vào đầu tháng 6 (từ 15/6 - 18/6/2026)",  # not its start
        "Các trường tổ chức thi vào tháng 7 (từ 01/6 - 04/6/2026)",  # another month
        "Các trường tổ chức thi trong tháng 6 năm 2025 từ ngày 1/6/2026 đến ngày 5/6/2026",
    ],
)
def test_a_month_the_days_do_not_fall_in_is_still_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-03"))


# --- breadth: "chiều nay" after an hour, the page's day ------------------------------------


def test_a_part_of_today_after_an_hour_is_the_issue_day() -> None:
    # zh-baothanhhoa-yen-truong-chi-tra-qua-nq-418-2025
    phrase = (
        "Phấn đấu đến 18h30 phút chiều nay sẽ hoàn thành việc chi trả cho các đối tượng được "
        "nhận quà của Đảng và Nhà nước"
    )
    reading = one(phrase, ctx("2025-12-31"))
    assert (reading.kind, str(reading.last), reading.time) == (D, "2025-12-31", "18:30")
    assert "ngày ban hành" in refused(phrase)  # no page's day: which day is "today"?


# --- breadth: once a year, said with its count --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the Nghị quyết 72-NQ/TW formula, as zf-radiohcm-nq-72-kham-suc-khoe-2026 retells it
        "ít nhất mỗi năm một lần",
        "tối thiểu mỗi năm một lần",
        # zh-thitruonghanghoa-tphcm-kham-suc-khoe-nguoi-cao-tuoi's duty, without its source
        "mỗi người cao tuổi trên địa bàn TP đều được khám sức khỏe định kỳ 1 lần/năm",
    ],
)
def test_once_a_year_is_due_by_each_year_s_end(phrase: str) -> None:
    reading = one(phrase, ctx("2025-08-27"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == one("Hằng năm", ctx("2025-08-27")).rrule


def test_more_than_once_a_year_is_no_cadence() -> None:
    # h-b2-thanhnien-lam-dong-thanh-tra-doanh-nghiep: a limit, refused
    refused("không để xảy ra tình trạng thanh tra, kiểm tra quá 1 lần/năm đối với các doanh nghiệp")

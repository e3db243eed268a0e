"""Forms tuned on the zi- set (branch tune-zi): disasters, safety and the year's end 2024-2026
(storm orders, fire safety, Tết campaigns, the 2026 public-asset inventory, pensions paid
early). First the set's two misreads, each closed as a family: an inventory's as-of moment
told by "chốt số liệu" on a page with no date, and the month a pension is for. Then the
refusals whose expectation is a reading, by cause. Each with the real phrase that motivated
it (its corpus file named) and the near variants that must still read or stay refused (the
first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- an inventory's or a report's as-of moment, told by its words alone ------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zi-vinh-linh-quang-tri-tong-kiem-ke-tai-san-cong-2026 (the page prints no date: read
        # as due 01/01/2026 before)
        ("Thời điểm chốt số liệu kiểm kê được ấn định là 00h00 ngày 01/01/2026.", None),
        # the family's other members in the corpus, refused before and still:
        # t-thoibaotaichinh-an-giang, zi-kienthuc-qd-3531-btc, z-sggp-qd-3531-btc
        ("Thời điểm chốt kiểm kê là 0 giờ ngày 1/1/2026", "2025-11-19"),
        ("Thời điểm kiểm kê được chốt tại 0h00 ngày 1/1/2026.", None),
        ("Thời điểm kiểm kê được chốt tại 0 giờ ngày 1-1-2026", "2025-10-18"),
    ],
)
def test_an_inventory_s_moment_is_refused_with_or_without_the_page_s_day(
    phrase: str, issued: str | None
) -> None:
    assert "thời điểm kiểm kê" in refused(phrase, ctx(issued))
    # the page's day never decides it: the words do
    assert "thời điểm kiểm kê" in refused(phrase, ctx("2025-12-31"))


def test_a_data_cut_off_moment_at_its_hour_is_refused_without_an_inventory_named() -> None:
    # the same sentence without "kiểm kê": "chốt số liệu" alone tells an as-of moment
    why = refused("Thời điểm chốt số liệu được ấn định là 00h00 ngày 01/01/2026.")
    assert "mốc chốt số liệu" in why


def test_a_data_period_and_a_weekly_cut_off_still_read() -> None:
    # g-bac-kan-cv-5718-2021-bao-cao-tthc-quy-iii: a report's data period, read as its window
    period = "Thời điểm chốt số liệu báo cáo: Từ ngày 15/6/2021 đến hết ngày 14/9/2021"
    assert read_days(period, "2021-08-30") == (W, "2021-06-15", "2021-09-14")
    # z-thoibaotaichinh-cv-2961-btc-cong-khai-tien-do-kiem-ke-2026: a weekly cadence
    weekly = "Thời điểm chốt số liệu được xác định vào 17 giờ ngày Thứ Hai và Thứ Năm hàng tuần"
    assert read_days(weekly, "2026-03-12")[0] == DeadlineKind.RECURRING


def test_work_due_before_the_inventory_s_moment_still_reads() -> None:
    # zi-vinh-linh-quang-tri-tong-kiem-ke-tai-san-cong-2026: the deadlines beside the moment
    due = "Mọi công tác chuẩn bị hồ sơ, thông tin tài sản phải hoàn tất trước ngày 31/12/2025."
    assert read_days(due) == (D, "2025-12-31", "2025-12-31")


# --- the month a pension or an allowance is for --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zi-dai-phuoc-dong-nai-tb-chi-tra-luong-huu-tet-2026 (a list item of the February
        # round; read as the window of March 2026 before)
        "Lương hưu, trợ cấp BHXH tháng 03 năm 2026",
        # its title's months, and the phrase typed without diacritics
        "Lương hưu, trợ cấp BHXH tháng 02 và tháng 03 năm 2026",
        "luong huu, tro cap BHXH thang 03 nam 2026",
        "Tiền lương tháng 12/2025",
    ],
)
def test_the_month_a_benefit_is_for_is_refused(phrase: str) -> None:
    assert "tháng của lương hưu, trợ cấp" in refused(phrase, ctx("2026-02-09"))


def test_the_payment_s_own_month_still_reads() -> None:
    # zi-dai-phuoc-dong-nai-tb-chi-tra-luong-huu-tet-2026: the round's month, read
    assert read_days("Chi trả lương hưu trong tháng 3/2026", "2026-02-09") == (
        W,
        "2026-03-01",
        "2026-03-31",
    )
    paid = "Thời gian chi trả: Ngày 03/02/2026"
    assert read_days(paid, "2026-02-09") == (D, "2026-02-03", "2026-02-03")


# --- an event told with its day: the work of a year named, disasters named, "vừa qua" ------

_MEETING_24_7 = (
    "Chiều 24/7, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo phòng thủ dân sự quốc gia, chủ "
    "trì Phiên họp lần thứ nhất của Ban Chỉ đạo về công tác phòng chống thiên tai và tìm kiếm "
    "cứu nạn năm 2025."
)
_DRILL_1_11 = (
    "Ngày 1-11, UBND phường Xuân Hòa, TP HCM phối hợp cùng Phòng Cảnh sát phòng cháy, chữa "
    "cháy và cứu nạn, cứu hộ (PC07) Công an TP HCM và khu phố 24 tổ chức buổi thực tập phương "
    "án chữa cháy, cứu nạn cứu hộ năm 2025."
)


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        (_MEETING_24_7, "2025-07-24", "2025-07-24"),  # zi-vanhoasukien-phien-hop-bcd-pctt-2025
        (_DRILL_1_11, "2025-11-01", "2025-11-01"),  # zi-nld-phuong-xuan-hoa-thuc-tap-chua-chay
    ],
)
def test_an_event_s_day_reads_beside_the_year_of_its_work(
    phrase: str, issued: str, day: str
) -> None:
    assert read_days(phrase, issued) == (D, day, day)


def test_the_work_s_year_that_is_not_the_event_s_is_still_refused() -> None:
    # a year two years off the day is no agenda of it: a second time, not guessed
    later = _MEETING_24_7.replace("năm 2025", "năm 2027")
    refused(later, ctx("2025-07-24"))


_STORMS_3_10 = (
    "Trưa 3/10/2025, Thủ tướng Chính phủ Phạm Minh Chính chủ trì họp Thường trực Chính phủ với "
    "các bộ, ngành và trực tuyến đến 12 địa phương về công tác khắc phục hậu quả bão số 10, mưa "
    "lũ, lốc xoáy vừa qua và các giải pháp ứng phó với bão MATMO (bão số 11)."
)


def test_a_storm_s_number_before_the_disasters_named_is_no_weather_told() -> None:
    # zi-vietnamplus-nhiem-vu-cap-bach-bao-so-10-2025 ("0, mưa …" taken for a forecast before)
    assert read_days(_STORMS_3_10, "2025-10-03") == (D, "2025-10-03", "2025-10-03")


@pytest.mark.parametrize(
    "phrase",
    [
        # t-thanh-hoa-cd-12-ubnd-bao-so-5-2025 as breaker13 varied it, and a storm after a day
        "Từ ngày 24 - 27/8/2025, khu vực tỉnh Thanh Hóa có khả năng xảy ra một đợt mưa to",
        "Từ ngày 24 - 27/8/2025, mưa to trên địa bàn tỉnh",
        "Ngày 10/8, bão số 3 đổ bộ vào đất liền",
    ],
)
def test_the_weather_after_a_day_is_still_refused(phrase: str) -> None:
    assert "thời tiết" in refused(phrase, ctx("2025-08-01"))


_FLOODS_9_12 = (
    "Sáng 9/12, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì họp với các "
    "bộ, ngành, cơ quan Trung ương, trực tuyến với các địa phương về tình hình thực hiện “Chiến "
    "dịch Quang Trung” thần tốc xây dựng lại, sửa chữa nhà ở cho các hộ dân có nhà ở bị sập đổ, "
    "trôi, hư hỏng nặng do bão, lũ vừa qua."
)


def test_recent_floods_are_no_meeting_told_done() -> None:
    # zi-vietnamplus-chien-dich-quang-trung-hop-9-12-2025 ("vừa" taken for the meeting done)
    assert read_days(_FLOODS_9_12, "2025-12-09") == (D, "2025-12-09", "2025-12-09")


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 5/12 vừa qua, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2025",
        "Sáng 5/12, UBND tỉnh vừa tổ chức hội nghị tổng kết công tác năm 2025",
        _FLOODS_9_12.replace("chủ trì họp", "vừa chủ trì họp"),
    ],
)
def test_an_event_told_just_held_is_still_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2025-12-09"))


# --- Tết named as the occasion of a work after its window ------------------------------------

_FOOD_SAFETY = (
    "Từ ngày 30/12/2025 đến ngày 25/3/2026, Ban Chỉ đạo liên ngành Trung ương về an toàn thực "
    "phẩm sẽ triển khai kế hoạch bảo đảm an toàn thực phẩm Tết Nguyên đán và Lễ hội Xuân 2026, "
    "trong đó tăng cường kiểm tra các nhóm thực phẩm tiêu thụ nhiều dịp này."
)


def test_tet_named_as_the_occasion_of_a_window_reads_the_window() -> None:
    # zi-nhandan-attp-tet-binh-ngo-30-12-2025-25-3-2026 (and zb-nhandan-attp-tet-le-hoi-xuan-2026)
    assert read_days(_FOOD_SAFETY) == (W, "2025-12-30", "2026-03-25")
    named = _FOOD_SAFETY.replace(
        "Tết Nguyên đán và Lễ hội Xuân 2026", "Tết Nguyên đán Bính Ngọ 2026"
    )
    assert read_days(named) == (W, "2025-12-30", "2026-03-25")


@pytest.mark.parametrize(
    "phrase",
    [
        # another Tết's lunar year, a year the window does not reach, a bound "trước Tết"
        _FOOD_SAFETY.replace("Lễ hội Xuân 2026", "Lễ hội Xuân Ất Tỵ 2025"),
        _FOOD_SAFETY.replace("Lễ hội Xuân 2026", "Lễ hội Xuân 2027"),
        "Từ ngày 30/12/2025, các đơn vị hoàn thành trước Tết Nguyên đán",
        "Trước ngày 30/12/2025, Ban Chỉ đạo triển khai kế hoạch Tết Nguyên đán 2027",
    ],
)
def test_tet_that_may_be_another_time_is_still_refused(phrase: str) -> None:
    refused(phrase)


# --- the step after the day with "phải", Tết welcomed as a purpose, a season described -------

_REBUILD = (
    "Thủ tướng kêu gọi người dân, xã hội, cộng đồng doanh nghiệp, với tinh thần “ai có gì giúp "
    'nấy, ai có ít giúp ít, ai có nhiều giúp nhiều, ai có của giúp của, ai có công giúp công," '
    "chậm nhất là ngày 15/12 phải xây dựng lại 349 nhà bị sập đổ, hư hỏng hoàn toàn cho người "
    "dân."
)


def test_a_day_without_its_year_then_what_must_be_done_reads_the_day() -> None:
    # zi-vietnamplus-nhiem-vu-cap-bach-bao-so-10-2025 (a year written was cut after already:
    # g-hai-duong-skhdt-no-dong-ntm-2017 "chậm nhất ngày 25.12.2017 phải báo cáo …")
    assert read_days(_REBUILD, "2025-10-03") == (D, "2025-12-15", "2025-12-15")


def test_a_second_day_after_phai_is_still_refused() -> None:
    refused("chậm nhất ngày 15/12 phải hoàn thành trước ngày 20/12", ctx("2025-10-03"))
    refused("chậm nhất ngày 15/12 phải xây dựng lại 349 nhà trong năm 2026", ctx("2025-10-03"))


_CAMPAIGN = (
    "Thượng tá Vũ Thanh Tùng, Giám đốc Công an tỉnh Lạng Sơn cho biết, thực hiện đợt cao điểm "
    "từ ngày 15/12/2025-16/3/2026, Công an tỉnh tăng cường lực lượng đảm bảo tuyệt đối an toàn "
    "các sự kiện lớn diễn ra trên địa bàn; giữ gìn an ninh trật tự, an toàn xã hội để nhân dân "
    "đón Tết, vui Xuân."
)


def test_tet_welcomed_in_a_clause_of_purpose_reads_the_window() -> None:
    # zi-vietnamplus-ra-quan-lang-son-dong-thap-hue-2025
    assert read_days(_CAMPAIGN, "2025-12-12") == (W, "2025-12-15", "2026-03-16")


@pytest.mark.parametrize(
    "phrase",
    [
        # zi-congan-hung-yen-khuyen-cao-pccc-tet-binh-ngo-2026: a season described, and the
        # same without the words "vui xuân, đón tết" that refused it before
        "Tết nguyên đán Bính Ngọ và mùa lễ hội đầu năm 2026 là thời điểm nhân dân vui xuân, "
        "đón tết, tổ chức nhiều hoạt động tín ngưỡng, văn hóa, lễ hội.",
        "Mùa lễ hội đầu năm 2026 là thời điểm nhân dân tổ chức nhiều hoạt động tín ngưỡng, văn "
        "hóa, lễ hội.",
        # Tết as a bound, not a purpose
        _CAMPAIGN.replace("để nhân dân đón Tết", "trước khi nhân dân đón Tết"),
    ],
)
def test_a_season_described_or_tet_as_a_bound_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-12"))


def test_the_last_moment_said_so_is_no_season_described() -> None:
    # "là thời điểm cuối cùng …" sets the end; refused here for "cuối", never as a season
    why = refused("Tháng 12/2026 là thời điểm cuối cùng để thí sinh nộp hồ sơ")
    assert "kể điều diễn ra" not in why


# --- a preamble's grounds, then the plan's own issuing ----------------------------------------

_GROUNDS_QUANG_NGAI = (
    "Căn cứ Luật Phòng thủ dân sự năm 2023, được sửa đổi, bổ sung năm 2025; Luật sửa đổi, bổ "
    "sung 11 Luật về quân sự quốc phòng; Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính "
    "phủ quy định chi tiết một số điều của Luật Phòng thủ dân sự; Quyết định số 2693/QĐ-TTg ngày "
    "11/12/2025 của Thủ tướng Chính phủ về việc ban hành Kế hoạch Phòng thủ dân sự quốc gia giai "
    "đoạn 2026 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch Phòng thủ dân sự trên địa bàn tỉnh "
    "Quảng Ngãi giai đoạn 2026 - 2030, như sau:"
)
_GROUNDS_QUANG_NINH = (
    "Căn cứ quy phạm pháp luật và các chỉ đạo của Trung ương, của tỉnh; theo đề nghị của Công an "
    "tỉnh tại Tờ trình số 4394/TTr-CAT-PCCC ngày 27/12/2024 và ý kiến thống nhất của các ủy viên "
    "Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác phòng cháy, "
    "chữa cháy và cứu nạn, cứu hộ trên địa bàn tỉnh Quảng Ninh năm 2025, cụ thể như sau:"
)


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        (_GROUNDS_QUANG_NGAI, "2026-01-19", "2026-01-01", "2030-12-31"),  # zi-quang-ngai-kh-15
        (_GROUNDS_QUANG_NINH, "2025-01-16", "2025-01-01", "2025-12-31"),  # zi-quang-ninh-kh-18
    ],
)
def test_a_preamble_reads_the_period_of_the_plan_it_issues(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


def test_grounds_without_the_plan_s_own_issuing_are_still_refused() -> None:
    # convention 7: the grounds alone cite other documents; no own clause, no reading
    grounds = _GROUNDS_QUANG_NGAI.rsplit(";", 1)[0] + ";"
    refused(grounds, ctx("2026-01-19"))


# --- copies that lost a space: a field's colon, a list item's number ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zi-hoa-xuan-dak-lak-tb-cam-bien-bao-2025: read as DUE on 05/11/2025 without the
        # event, refused with it; a start it is, the sea ban's end an event with no day
        "Thời gian bắt đầu:Từ 06 giờ 00 phút ngày 05 tháng 11 năm 2025 cho đến khi có thông báo "
        "mới của cơ quan có thẩm quyền.",
        "Thời gian bắt đầu:Từ 06 giờ 00 phút ngày 05 tháng 11 năm 2025",
        "Thời gian:Từ ngày 05/11/2025",
        "Thoi gian bat dau:tu ngay 05/11/2025",
        # zi-baothanhhoa-cd-15-ptds-cam-bien-bao-so-10-2025: an item's number glued, the
        # event's end, then the order's next duty after a semicolon
        "1.Tổ chức cấm biển trên địa bàn từ 06 giờ 00 ngày 27/9/2025 cho đến khi không còn ảnh "
        "hưởng của bão; yêu cầu giám sát chặt chẽ, tuyệt đối không cho các tàu, thuyền ra khơi "
        "trong thời gian cấm biển.",
    ],
)
def test_a_start_copied_without_its_space_is_a_start(phrase: str) -> None:
    reading = one(phrase, ctx("2025-09-26"))
    assert reading.last is None
    assert reading.earliest in (date(2025, 11, 5), date(2025, 9, 27))


def test_a_deadline_after_a_glued_colon_still_reads_due() -> None:
    assert read_days("Hạn:Trước ngày 05/11/2025", "2025-11-01")[2] == "2025-11-05"


def test_a_glued_item_number_before_a_month_is_still_refused() -> None:
    refused("1.Tháng 3/2026", ctx("2026-01-01"))  # a damaged day, "1.3/2026"?


def test_tuong_tu_is_no_mistyped_tu() -> None:
    # zi-vietbao-tphcm-phao-hoa-vinhomes-grand-park-2025 ("tương tự", alike)
    night = "Ngoài ra, sẽ có một đêm bắn pháo hoa tương tự vào tối thứ Bảy, ngày 7.2.2026."
    assert read_days(night, "2025-08-12") == (D, "2026-02-07", "2026-02-07")
    assert "gõ sai dấu" in refused("Ngoài ra, sẽ có một đêm bắn pháo hoa tự ngày 7.2.2026.")


# --- a payment round beside the months it pays, a share's bound after a year ------------------

_ROUND_SGGP = (
    "Bộ Tài chính chỉ đạo Bảo hiểm Xã hội Việt Nam thực hiện chi trả gộp 2 tháng lương hưu và "
    "trợ cấp bảo hiểm xã hội (tháng 2 và tháng 3-2026) vào kỳ chi trả tháng 2-2026 nhằm tạo điều "
    "kiện cho người thụ hưởng chính sách vui xuân, đón tết"
)
_ROUND_DAI_PHUOC = (
    "Trong kỳ chi trả tháng 02 năm 2026, thực hiện chi trả gộp 02 tháng lương hưu và trợ cấp "
    "BHXH, bao gồm:"
)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (_ROUND_SGGP, "2026-01-01"),  # zi-sggp-ct-36-ttg-chi-tra-gop-luong-huu-2026
        (_ROUND_DAI_PHUOC, "2026-02-09"),  # zi-dai-phuoc-dong-nai-tb-chi-tra-luong-huu-tet-2026
    ],
)
def test_the_round_reads_its_month_beside_the_months_it_pays(phrase: str, issued: str) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.first, reading.last) == (date(2026, 2, 1), date(2026, 2, 28))
    assert reading.gloss is not None
    assert "lương hưu, trợ cấp" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        # the months paid alone, and a count of months paid with no round: no time of payment
        "Lương hưu, trợ cấp BHXH tháng 03 năm 2026",
        "thực hiện chi trả gộp 2 tháng lương hưu và trợ cấp bảo hiểm xã hội (tháng 2 và tháng "
        "3-2026)",
        # the round's month and a second one that is no benefit's: two times, not guessed
        _ROUND_SGGP.replace("nhằm tạo", "hoàn thành trước tháng 4/2026 nhằm tạo"),
    ],
)
def test_the_months_paid_without_the_round_s_own_time_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-01"))


def test_a_share_s_bound_after_a_year_is_no_word_of_time() -> None:
    # zi-tapchixaydung-giam-tngt-2026
    target = "Năm 2026 phấn đấu giảm ít nhất 50% số vụ TNGT trên địa bàn cả nước"
    assert read_days(target) == (W, "2026-01-01", "2026-12-31")
    # before a count of days "ít nhất" bounds the time: still refused
    refused("Năm 2026 phấn đấu hoàn thành ít nhất 30 ngày trước kỳ họp")


def test_the_days_off_a_window_leaves_out_move_neither_end() -> None:
    # zi-tracuuquyhoach-lich-chi-tra-luong-huu-tet-2026 (the cash round)
    cash = (
        "Với hình thức nhận tiền mặt, thời gian chi trả từ ngày 10/2 đến ngày 25/3/2026, không "
        "bao gồm ngày nghỉ hàng tuần, lễ, Tết."
    )
    assert read_days(cash) == (W, "2026-02-10", "2026-03-25")
    # a day left out by its date, or a bound after the days off: a time of its own, refused
    refused(cash.replace("ngày nghỉ hàng tuần, lễ, Tết", "ngày 15/3"))
    refused(cash.replace("ngày nghỉ hàng tuần, lễ, Tết", "Tết, trước Tết 2 ngày"))

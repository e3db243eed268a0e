"""Forms tuned on the za- set (branch tune-za): its misreads refused (a letter's own day told
with its issuing, options of time still weighed, a plan given up, a figure reached as of a
day, a work told as begun), then its refusals grouped by cause. Each rule with the real
phrases that motivated it (their corpus file named) and the look-alikes that must stay read
or refused otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- a letter's own day, told with its issuing -------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-baophutho-cv-1539-quoc-tang-2025.yaml (read as due 03/04/2025 before)
        "UBND tỉnh vừa có văn bản hỏa tốc số 1539/UBND-KGVX tối 3/4/2025 về việc thực hiện"
        " Thông cáo đặc biệt của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
        # the family: without its number, a kind named, another part of the day
        "UBND tỉnh vừa có văn bản hỏa tốc tối 3/4/2025 về việc thực hiện Thông cáo đặc biệt",
        "Sở Giáo dục và Đào tạo vừa ban hành Kế hoạch ngày 3/4/2025 về tổ chức Ngày hội",
        "UBND tỉnh vừa có Công văn khẩn số 15/UBND-VX chiều 3/4/2025 về việc phòng chống bão",
    ],
)
def test_a_letters_own_day_told_with_its_issuing_is_refused(phrase: str) -> None:
    assert "ban hành, ký, gửi một văn bản" in refused(phrase, ctx("2025-04-03"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the letter sets a deadline with its own word: that one is read
        (
            "Sở vừa có văn bản số 12/SGD-VP ngày 3/4/2025 yêu cầu các trường báo cáo trước"
            " ngày 10/4/2025",
            "2025-04-10",
        ),
        ("UBND tỉnh vừa có văn bản yêu cầu các sở hoàn thành trước ngày 15/4/2025", "2025-04-15"),
        # "tới" (until) folds as "tối" (evening) does: no part of a day
        ("UBND tỉnh đã có văn bản tới ngày 30/4/2025", "2025-04-30"),
    ],
)
def test_a_deadline_the_letter_sets_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, "2025-04-03") == (D, last, last)


# --- options of time still weighed -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-dantri-lich-thi-lop-10-2026.yaml (read as two windows before)
        "Sở GD&ĐT TPHCM cân nhắc giữa 2 phương án cuối tháng 5 và cuối tháng 6.",
        "Sở đang cân nhắc hai phương án tổ chức thi vào tháng 5/2026 và tháng 6/2026",
        "Ban tổ chức đưa ra giữa 2 phương án: ngày 2/6/2026 và ngày 9/6/2026",
    ],
)
def test_options_of_time_still_weighed_are_refused(phrase: str) -> None:
    assert "còn đang cân nhắc" in refused(phrase, ctx("2026-03-03"))


@pytest.mark.parametrize(
    "phrase",
    [
        # a task that drafts options by a day, as the corpus's plans set them
        "xây dựng 2 phương án tổ chức thi, hoàn thành trước ngày 30/6",
        # a choice due by a day
        "Sở lựa chọn giữa 2 phương án trước ngày 30/6",
    ],
)
def test_options_drafted_or_chosen_by_a_day_still_read(phrase: str) -> None:
    assert read_days(phrase, "2026-03-03") == (D, "2026-06-30", "2026-06-30")


# --- a plan given up -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-kenh14-lich-thi-lop-10-2026.yaml (read as a window 21-30/06/2026 before)
        "Sở này từng dự kiến tổ chức thi vào cuối tháng 6",
        "Sở từng lên kế hoạch tổ chức thi ngày 2/6/2026",
        "Kỳ thi từng được dự kiến vào tháng 6/2026",
    ],
)
def test_a_plan_given_up_is_refused(phrase: str) -> None:
    assert "kế hoạch trước đây" in refused(phrase, ctx("2026-03-02"))


def test_each_one_of_a_list_is_no_former_plan() -> None:
    # "từng" before a noun is "each"
    assert read_days("rà soát từng dự án trước ngày 30/6/2026") == (D, "2026-06-30", "2026-06-30")


# --- a figure reached as of a day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # za-vietmy-tb-733-vpcp-ket-luan-quang-ninh-2025.yaml (TB 733/TB-VPCP of 30/12/2025;
        # read as due 18/12/2025 before): compared, and before the issue day
        (
            "Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3% (cao hơn bình quân"
            " chung cả nước).",
            "2025-12-30",
        ),
        # compared, the document's day unknown
        (
            "Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3% (cao hơn bình quân"
            " chung cả nước).",
            None,
        ),
        # before the issue day, no comparison
        ("Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3%.", "2025-12-30"),
        ("Đến hết ngày 30/11/2025, tỷ lệ giải ngân đạt gần 60%", "2025-12-05"),
    ],
)
def test_a_figure_reached_as_of_a_day_is_refused(phrase: str, issued: str | None) -> None:
    assert "kết quả đạt được tính đến ngày đó" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        # a plan's target for a day to come
        "Đến ngày 31/12/2025, giải ngân vốn đầu tư công đạt 100%.",
        "Đến ngày 31/12/2025, phấn đấu giải ngân đạt 100%.",
    ],
)
def test_a_target_for_a_day_to_come_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2025-12-01") == (D, "2025-12-31", "2025-12-31")


@given(day=st.integers(1, 28), month=st.integers(1, 12), share=st.integers(1, 99))
def test_no_figure_before_its_document_is_a_deadline(day: int, month: int, share: int) -> None:
    # whatever the day before the issue day (the last of the year) and the share reached
    phrase = f"Đến ngày {day}/{month}/2025, giải ngân vốn đầu tư công đạt {share}%"
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx("2025-12-31"))


# --- a work told as begun --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # za-huengaynay-nghi-hoc-3-11-tranh-lu-2025.yaml (read as a start bound before)
        ("Nước rút, một số trường đã dọn dẹp vệ sinh từ ngày 30/10", "2025-10-30"),
        # z-baonghean-lich-tuu-truong-34-tinh-2025-2026.yaml (set z-, the same rule)
        ("Tuyên Quang: Học sinh lớp 1, 9 và 12 đã tựu trường từ 18/8/2025", "2025-08-20"),
    ],
)
def test_a_work_told_as_begun_is_refused(phrase: str, issued: str) -> None:
    assert "đã bắt đầu từ ngày đó" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # a decision about days to come: the start is kept
        ("Sở đã quyết định cho học sinh nghỉ học từ ngày 3/11", "2025-10-30", "2025-11-03"),
        # a state in force since the day
        (
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua và có hiệu lực từ ngày"
            " 11/7/2016",
            "2016-07-01",
            "2016-07-11",
        ),
    ],
)
def test_a_start_decided_or_in_force_still_reads(phrase: str, issued: str, earliest: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.last is None and str(reading.earliest) == earliest


# --- a table's cell: two days joined by "đến" ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # za-ou-ke-hoach-hoc-ky-2-2025-2026.yaml (Trường Đại học Mở TP.HCM, term plan cells)
        ("25/12/2025 đến 04/01/2026", "2025-12-25", "2026-01-04"),
        ("26/01/2026 đến 31/05/2026", "2026-01-26", "2026-05-31"),
    ],
)
def test_a_cell_of_two_days_is_a_window(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2025-12-16") == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a dash without "từ … đến": a range, or two days? (tune-o and tune-p kept the whole
        # cell "15/11/2025-15/02/2026" refused; za-'s "1/2-1/3/2026" with it)
        ("5/10-4/12", "không có “từ … đến …”"),
        ("1/2-1/3/2026", "không có “từ … đến …”"),
        ("Hội nghị 5/10-4/12/2026", "không có “từ … đến …”"),
        # za-ou-ke-hoach-hoc-ky-2-2025-2026.yaml: a range running backwards, a typo
        ("02/03/2026 đến 20/03/2016", "ngày đầu sau ngày cuối"),
    ],
)
def test_a_dash_in_prose_or_a_range_backwards_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-12-16"))


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
    days=st.integers(0, 300),
)
def test_a_cell_joined_by_den_reads_its_two_days(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    phrase = f"{start:%d/%m/%Y} đến {end:%d/%m/%Y}"
    assert read_days(phrase, "2024-01-01") == (W, str(start), str(end))


# --- a start whose end is an event -----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # za-daklak-cv-08619-cam-bien-bao-so-15-2025.yaml (UBND tỉnh Đắk Lắk, CV 08619/2025)
        (
            "Theo đó, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã, phường ven biển thông báo"
            " cấm các tàu thuyền ra khơi và các hoạt động đánh bắt thủy, hải sản trên biển, thời"
            " gian bắt đầu cấm biển từ 06 giờ 00 phút ngày 26/11/2025 đến khi bão số 15 tan.",
            "2025-11-26",
            "2025-11-26",
        ),
        # za-plo-dak-lak-lenh-cam-bien-bao-so-15-2025.yaml
        (
            "Thời gian bắt đầu cấm biển từ ngày 26-11 đến khi bão số 15 tan.",
            "2025-11-26",
            "2025-11-26",
        ),
        # za-sggp-khanh-hoa-lenh-cam-bien-bao-so-15-2025.yaml
        (
            "Theo đó, từ 7 giờ ngày 28-11, toàn bộ tàu, thuyền hoạt động trên biển phải ngừng di"
            " chuyển cho đến khi có thông báo mới.",
            "2025-11-27",
            "2025-11-28",
        ),
        # za-kenh14-lui-tuu-truong-bao-so-5-2025.yaml: the weather waited for, no weather told
        (
            "Sở GD&ĐT Quảng Trị cũng có công văn yêu cầu toàn bộ học sinh trong tỉnh nghỉ học từ"
            " ngày 25/8 cho đến khi thời tiết ổn định trở lại",
            "2025-08-24",
            "2025-08-25",
        ),
        # z-capnuoctrungan-ngung-cung-cap-nuoc-2018.yaml (a water cut, set z-)
        (
            "*Thời gian:  từ 07 giờ 30 ngày 19/10/2018 đến khi Nhà máy nước Tân Hiệp khắc phục"
            " hoàn tất sự cố kỹ thuật.",
            "2018-10-18",
            "2018-10-19",
        ),
    ],
)
def test_a_start_until_an_event_reads_as_its_start(phrase: str, issued: str, earliest: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.last is None and str(reading.earliest) == earliest
    assert reading.qualifier is not None and "đến khi" in reading.qualifier
    assert "sự kiện chưa có ngày" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # a number in the event, or a day in it, is no storm's name
        "cấm biển từ ngày 26-11 đến khi có 3 tàu về",
        "cấm biển từ ngày 26-11 đến khi có thông báo ngày 30/11",
        # a day off until further notice with a second day: which one starts it?
        "nghỉ học ngày 26/11 và 27/11 cho đến khi có thông báo mới.",
        # the weather of the days, before the event
        "Mưa lớn kéo dài từ ngày 25/8 cho đến khi có thông báo mới",
        # a note closing the phrase that the start no longer holds
        "cấm biển từ ngày 26-11 đến khi có thông báo mới (hoãn)",
        "cấm biển từ ngày 26-11 đến khi có thông báo mới – hoãn",
    ],
)
def test_an_end_at_an_event_stays_refused_elsewhere(phrase: str) -> None:
    refused(phrase, ctx("2025-11-25"))


# --- weekdays in parentheses beside the days of a range --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # za-baoquocte-nghi-tet-duong-lich-2026-sinh-vien.yaml (no issue day printed)
        (
            "sinh viên sẽ được nghỉ Tết Dương lịch 4 ngày liên tiếp từ ngày 1/1/2026 (thứ Năm)"
            " đến hết ngày 4/1/2026 (Chủ nhật).",
            None,
            "2026-01-01",
            "2026-01-04",
        ),
        # za-blogtamsu-dai-hoc-nghi-9-ngay-gio-to-30-4-2026.yaml (Trường ĐH Công Thương TP.HCM)
        (
            "Như vậy, sinh viên HUIT sẽ nghỉ từ thứ Bảy (25/4) đến hết Chủ nhật (3/5).",
            "2026-03-19",
            "2026-04-25",
            "2026-05-03",
        ),
    ],
)
def test_weekdays_in_parentheses_beside_a_ranges_days(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # the same ranges, one weekday another day's
        "nghỉ từ ngày 1/1/2026 (thứ Năm) đến hết ngày 4/1/2026 (thứ Bảy).",
        "nghỉ từ thứ Bảy (25/4) đến hết Chủ nhật (4/5).",
    ],
)
def test_a_weekday_of_another_day_is_refused(phrase: str) -> None:
    assert "không phải" in refused(phrase, ctx("2026-03-19"))


@given(start=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)))
def test_weekdays_beside_a_range_agree_or_refuse(start: date) -> None:
    # a Monday-to-Sunday week written with both weekdays: read only when they agree
    end = start + timedelta(days=6)
    phrase = f"nghỉ từ ngày {start:%d/%m/%Y} (thứ Hai) đến hết ngày {end:%d/%m/%Y} (Chủ nhật)"
    try:
        (reading,) = parse_deadlines(phrase, ctx())
    except DeadlineError:
        assert start.weekday() != 0
        return
    assert start.weekday() == 0 and (reading.first, reading.last) == (start, end)


# --- one weekday said of several days --------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-blogtamsu-dai-hoc-nghi-9-ngay-gio-to-30-4-2026.yaml's make-up days with a Sunday
        # in the list: read as a make-up Saturday on 17/05 before, with no word
        "học bù vào các ngày thứ Bảy (9/5 và 17/5).",
        "vào các ngày thứ Bảy 9/5/2026 và 17/5/2026",
    ],
)
def test_a_day_that_is_not_the_weekday_said_of_all_is_refused(phrase: str) -> None:
    assert "không phải Thứ Bảy" in refused(phrase, ctx("2026-03-19"))


def test_the_days_of_the_weekday_said_of_all_read() -> None:
    readings = parse_deadlines("học bù vào các ngày thứ Bảy (9/5 và 16/5).", ctx("2026-03-19"))
    assert [str(one.last) for one in readings] == ["2026-05-09", "2026-05-16"]


# --- "hôm nay" at an hour: the issue day -----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last", "earliest"),
    [
        # za-thuonghieucongluan-cd-210-ttg-so-tan-bao-so-13-2025.yaml (Công điện 210/CĐ-TTg)
        (
            "Thủ tướng yêu cầu trước 15h hôm nay phải hoàn thành sơ tán dân cư tại khu vực nguy"
            " hiểm",
            "2025-11-06",
            "2025-11-06",
            None,
        ),
        # za-baothanhhoa-ket-thuc-cam-bien-bao-so-5-2025.yaml
        ("Thanh Hóa kết thúc lệnh cấm biển từ 16h hôm nay", "2025-08-26", None, "2025-08-26"),
    ],
)
def test_today_at_an_hour_is_the_issue_day(
    phrase: str, issued: str, last: str | None, earliest: str | None
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (str(reading.last) if reading.last else None) == last
    assert (str(reading.earliest) if reading.earliest else None) == earliest
    assert "“hôm nay”: ngày ban hành" in reading.reading


def test_today_without_an_issue_day_is_refused() -> None:
    assert "cần ngày ban hành" in refused("Thanh Hóa kết thúc lệnh cấm biển từ 16h hôm nay")


@pytest.mark.parametrize(
    "phrase",
    [
        # za-plo-dak-lak-lenh-cam-bien-bao-so-15-2025.yaml: a storm's position, no time due
        "Hồi 16 giờ hôm nay, vị trí tâm bão số 15 ở vào khoảng 12,5 độ vĩ Bắc; 116,1 độ kinh"
        " Đông, cách đảo Song Tử Tây khoảng 230 km về phía Đông",
        # the day written after "hôm nay" is the one read, not the issue day
        "nghỉ học hôm nay 30/9",
    ],
)
def test_today_beside_other_numbers_or_its_day_is_not_the_issue_day(phrase: str) -> None:
    refused(phrase, ctx("2025-11-26"))


# --- a storm named by its number -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # za-nghean24h-cho-phep-ra-khoi-bao-so-5-2025.yaml (UBND tỉnh Nghệ An, 2025)
        (
            "UBND tỉnh bỏ lệnh cấm tàu thuyền ra khơi trong bão số 5, cho phép ngư dân ra khơi"
            " đánh bắt thủy sản và hoạt động trên biển kể từ 5 giờ ngày 27/8/2025.",
            "2025-08-27",
            "2025-08-27",
        ),
        # za-plo-quang-ninh-ninh-binh-hung-yen-cam-bien-bao-so-9-2025.yaml
        (
            "+ Tại Hưng Yên, trong công điện của UBND tỉnh về việc chủ động ứng phó với cơn bão"
            " số 9, trong đó có việc sẽ cấm biển từ 12 giờ ngày 24-9.",
            "2025-09-24",
            "2025-09-24",
        ),
    ],
)
def test_a_storm_named_by_its_number_is_no_time(phrase: str, issued: str, earliest: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.last is None and str(reading.earliest) == earliest


@pytest.mark.parametrize(
    "phrase",
    [
        # a notice's number, folded as a storm's is: the day after it stays refused
        "Thông báo số 12 ngày 3/4/2025",
        "Theo thông báo số 12, hoàn thành trước ngày 30/4/2025",
        "cảnh báo số 3 trước ngày 30/4/2025",
    ],
)
def test_a_notices_number_is_no_storm(phrase: str) -> None:
    refused(phrase, ctx("2025-04-01"))

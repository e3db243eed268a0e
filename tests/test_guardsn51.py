"""Session 51, helper guardsn51: silent wrong readings closed. A condition after the step
that a window or a month opens ("Từ ngày 15/3 đến 20/3, tổ chức hội nghị (nếu có)"), as
after an opening day; a start until an event, "từ D cho đến khi …", its year the plan's,
far from the page's day (the guard of ruling 50(d) for both forms)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import Frequency

# --- a condition after the step a window or a month opens ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, read as a firm window on main
        "Từ ngày 15/3 đến 20/3, tổ chức hội nghị (nếu có)",
        "Từ 15 đến 20/3, tổ chức hội nghị nếu đủ điều kiện",
        "Từ ngày 15/3 đến hết ngày 20/3/2025, tổ chức hội nghị trong trường hợp cần thiết",
        "Tháng 5, tổ chức hội nghị (nếu có)",
        "Trong tháng 5/2025, tổ chức hội nghị nếu đủ điều kiện",
        "Tháng 5 năm 2025, tổ chức hội nghị tùy tình hình thực tế",
        "Từ ngày 15 đến 20/3, tổ chức hội nghị khi có ý kiến của Tỉnh ủy",
        # the days joined by a dash (this helper's hunt: p-chauphu-angiang's phrase with a
        # condition added)
        "Từ ngày 14-17/11/2025, Ban Chỉ đạo phong trào huyện sẽ tiến hành kiểm tra hồ sơ"
        " phong trào các xã, thị trấn năm 2025 (nếu có)",
        # as an opening day was already (session 50)
        "Ngày 15/3, tổ chức hội nghị (nếu có)",
    ],
)
def test_a_condition_after_an_opening_window_or_month_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # tests/corpus/q-dhktna-bgddt-ke-hoach-tuyen-sinh-2023.yaml: a timetable's row, its
        # colon; "(nếu có)" is whether any candidate is there
        (
            "Từ ngày 5/7 đến 17h00 ngày 15/8/2023: Xét tuyển thẳng, xác nhận nhập học trên Hệ"
            " thống (nếu có).",
            "2023-06-01",
            "2023-07-05",
            "2023-08-15",
        ),
        # the neighbours with no condition keep their window
        # (tests/corpus/p-chauphu-angiang-kiem-tra-ho-so-2023.yaml, its year moved)
        (
            "Từ ngày 14-17/11/2025, Ban Chỉ đạo phong trào huyện sẽ tiến hành kiểm tra hồ sơ"
            " phong trào các xã, thị trấn năm 2025",
            "2025-03-01",
            "2025-11-14",
            "2025-11-17",
        ),
        ("Từ ngày 15/3 đến 20/3, tổ chức hội nghị", "2025-03-01", "2025-03-15", "2025-03-20"),
        ("Tháng 5, tổ chức hội nghị", "2025-03-01", "2025-05-01", "2025-05-31"),
        # the cases named, no condition
        (
            "Từ ngày 15/3 đến 20/3, tổ chức hội nghị, các trường hợp phát sinh báo cáo ngay",
            "2025-03-01",
            "2025-03-15",
            "2025-03-20",
        ),
    ],
)
def test_a_window_with_no_condition_on_its_step_still_reads(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == ("window", first, last)


def test_a_start_with_a_condition_after_it_still_reads() -> None:
    # tests/corpus/za-vietnamnet-nghi-hoc-bao-bualoi-2025.yaml: whether, from the start read
    phrase = (
        "Từ ngày 1/10, các trường chủ động theo dõi diễn biến thời tiết để báo cáo, xin ý kiến"
        " UBND và Sở GD-ĐT nếu phải tiếp tục cho học sinh nghỉ học."
    )
    assert one(phrase, ctx("2025-09-30")).earliest == date(2025, 10, 1)


# --- a start until an event, its year the plan's: near the page's day only --------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # tests/corpus/za-kenh14-lui-tuu-truong-bao-so-5-2025.yaml
        (
            "Sở GD&ĐT Quảng Trị cũng có công văn yêu cầu toàn bộ học sinh trong tỉnh nghỉ học từ"
            " ngày 25/8 cho đến khi thời tiết ổn định trở lại",
            "2025-08-24",
            date(2025, 8, 25),
        ),
        # tests/corpus/za-plo-dak-lak-lenh-cam-bien-bao-so-15-2025.yaml
        (
            "Thời gian bắt đầu cấm biển từ ngày 26-11 đến khi bão số 15 tan.",
            "2025-11-26",
            date(2025, 11, 26),
        ),
        # tests/corpus/za-sggp-khanh-hoa-lenh-cam-bien-bao-so-15-2025.yaml
        (
            "Theo đó, từ 7 giờ ngày 28-11, toàn bộ tàu, thuyền hoạt động trên biển phải ngừng di"
            " chuyển cho đến khi có thông báo mới.",
            "2025-11-27",
            date(2025, 11, 28),
        ),
        # its year written: as printed, however far
        (
            "nghỉ học từ ngày 17/11/2025 cho đến khi có thông báo mới",
            "2025-04-10",
            date(2025, 11, 17),
        ),
    ],
)
def test_a_start_until_an_event_near_its_page_reads(
    phrase: str, issued: str, earliest: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, in a notice of April: which year's November?
        "từ ngày 17/11 cho đến khi có thông báo mới",
        "nghỉ học từ ngày 17/11 cho đến khi có thông báo mới",
        "nghỉ học ngày 17/11 cho đến khi có thông báo mới",  # ruling 50(d), as before
        "Thời gian bắt đầu cấm biển từ ngày 26-11 đến khi bão số 15 tan.",
        "từ 7 giờ ngày 28-11, tàu thuyền phải ngừng di chuyển cho đến khi có thông báo mới",
    ],
)
def test_a_start_until_an_event_far_from_its_page_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-04-10"))


# --- a work told not done ("chưa") or a class told taught ("đã học") on its days --------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, read as two due days
        "chưa tiếp nhận ngày 17/05/2023 và ngày 20/05/2023",
        "Các đơn vị chưa tiếp nhận vào ngày 17/05/2023",
        "Hồ sơ chưa được xử lý ngày 17/05/2023",
        # read as the window on main
        "Lớp học đã học 10 buổi, từ ngày 17/05/2023 đến ngày 20/05/2023",
        "Lớp học đã học từ ngày 1/5 đến ngày 10/5/2023",
    ],
)
def test_a_work_told_not_done_or_a_class_told_taught_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-05-15"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # tests/corpus/r-baothanhhoa-thuy-loi-mua-kho-2026.yaml: "chưa" of who, then the duty
        (
            "các xã, phường chưa đạt khối lượng nạo vét theo kế hoạch phải hoàn thành trước"
            " ngày 2/2/2026",
            date(2026, 2, 2),
        ),
        # "chưa …" closed by its comma: the step after it is due
        ("các đơn vị chưa nộp, nộp ngày 20/5/2026", date(2026, 5, 20)),
        # "Đại học" is no "đã học"
        ("Đại học Huế tổ chức hội thảo ngày 20/5/2026", date(2026, 5, 20)),
    ],
)
def test_chua_of_who_and_dai_hoc_still_read(phrase: str, last: date) -> None:
    assert one(phrase, ctx("2026-01-15")).last == last


def test_a_day_to_come_after_chua_still_reads() -> None:
    # tests/corpus/t-nhandan-cd-84-ttg-xoa-nha-tam-2025.yaml: the words stop at "trước"
    phrase = (
        "Những căn còn lại chưa xây dựng thì đồng loạt khởi công trước ngày 20/6/2025 để kịp"
        " hoàn thành trước ngày 31/8/2025"
    )
    assert [r.last for r in parse_deadlines(phrase, ctx("2025-06-01"))] == [
        date(2025, 6, 20),
        date(2025, 8, 31),
    ]


# --- a cadence closing the step after an opening day: the kind of the thing, or when? ---------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's: one review meeting on 1/11, read as each year's
        "Ngày 1/11, tổ chức hội nghị tổng kết hằng năm",
        "Ngày 1/11, tổ chức hội nghị tổng kết hàng năm.",
        "Sáng 6/4, Hội nghị sơ kết định kỳ mỗi năm",
    ],
)
def test_a_cadence_closing_the_step_after_an_opening_day_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/v-nghilong-nghe-an-ngay-gia-dinh-viet-nam.yaml: the cadence of another day
        "ngày 4-5-2001, Thủ tướng Chính phủ đã ban hành Quyết định số 72/2001/QĐ-TTg lấy ngày"
        " 28-6 hàng năm là Ngày Gia đình Việt Nam",
        # the cadence right after the day
        "Tổ chức hội nghị tổng kết vào ngày 1/11 hằng năm",
        # the cadence of a named day, words after it
        "Ngày 4-10, “Ngày toàn dân PCCC” hàng năm là thời điểm",
    ],
)
def test_a_cadence_of_the_day_still_reads_yearly(phrase: str) -> None:
    recurrence = one(phrase, ctx("2026-01-10")).recurrence
    assert recurrence is not None
    assert recurrence.frequency is Frequency.YEARLY


# --- a year gone by opening the phrase, its shares no time ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, on a page of 2026: read as the window of 2025
        "Năm 2025, phấn đấu 95% hộ dân sử dụng nước sạch",
        "Trong năm 2025, phấn đấu 99,5% thủ tục hành chính được giải quyết đúng hạn",
        # tests/corpus/zp-hungyen-dcs-dong-hung-phat-dong-thi-dua-2026.yaml, as before
        "Năm 2025, UBND xã Đông Hưng tập trung lãnh đạo, chỉ đạo đổi mới công tác thi đua",
    ],
)
def test_a_past_year_opening_with_its_shares_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


def test_the_page_s_own_year_opening_with_its_shares_still_reads() -> None:
    phrase = "Năm 2026, phấn đấu 95% hộ dân sử dụng nước sạch"
    assert read_days(phrase, "2026-01-10") == ("window", "2026-01-01", "2026-12-31")


# --- a document told issued before its day ----------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, read as due 15/01/2026
        "Tại hội nghị, lãnh đạo đã công bố kế hoạch năm 2026 trước ngày 15/01/2026",
        "Sở đã ban hành kế hoạch trước ngày 15/01/2026",
        "UBND tỉnh đã chính thức công bố Quyết định về chỉ tiêu trước ngày 15/01/2026.",
    ],
)
def test_a_document_told_issued_before_its_day_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        # the step named after the document is its content: the day is due
        "Sở đã ban hành kế hoạch, yêu cầu các đơn vị báo cáo trước ngày 15/01/2026",
        "Sở đã thông báo các trường nộp hồ sơ trước ngày 15/01/2026",
        "Sở đã công bố kế hoạch năm 2026, các đơn vị hoàn thành trước ngày 15/01/2026",
        # no "đã": a plan's
        "Sở công bố kế hoạch năm 2026 trước ngày 15/01/2026",
    ],
)
def test_a_step_after_the_document_or_no_da_still_reads(phrase: str) -> None:
    assert one(phrase, ctx("2025-12-01")).last == date(2026, 1, 15)


# --- a quarter's data period starting in a month named: one quarter's, not each ---------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's: read as each quarter
        "từ ngày 01 tháng 7 đến hết ngày cuối cùng của tháng thứ ba của kỳ báo cáo",
        "Được tính bắt đầu từ ngày 01 tháng 7 cho đến hết ngày cuối cùng của tháng thứ ba của kỳ"
        " báo cáo thống kê đó",
        "từ ngày 01/7 đến hết ngày cuối cùng của tháng thứ ba của kỳ báo cáo",
    ],
)
def test_a_quarter_s_data_period_from_a_month_named_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/zp-thuviennhadat-tt-02-2019-btc-ky-bao-cao-thong-ke.yaml
        "- Báo cáo thống kê quý: Được tính bắt đầu từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo"
        " thống kê cho đến hết ngày cuối cùng của tháng thứ ba của kỳ báo cáo thống kê đó",
        # tests/corpus/y-gia-lai-ducco-byt-tt-05-2023-hiv-chot-so-lieu.yaml
        "Báo cáo định kỳ hàng quý: tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của"
        " tháng cuối quý của kỳ báo cáo",
    ],
)
def test_each_quarter_s_data_period_still_reads_quarterly(phrase: str) -> None:
    recurrence = one(phrase, ctx("2026-01-10")).recurrence
    assert recurrence is not None
    assert recurrence.frequency is Frequency.QUARTERLY

"""Words before a deadline that the label check took for words of time (issue 11 §1, session
38, branch words38): "định kỳ" before a rule that numbers its own days, a condition opened by
"nếu" on whether the step is done, a cadence or a year naming which occurrence a count from an
event is for, an article cited after "Căn cứ", a count of years, domains or works. Each with
the real phrase that motivated it (its corpus file named) and the neighbours that change the
meaning, kept refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, rrule_text

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE

# --- "định kỳ" said once more before a rule that numbers its days ---------------------------


def test_periodically_before_a_rule_with_its_days() -> None:
    # p-taman-dongnai-tiem-chung-hang-thang
    reading = one(
        "Theo chương trình, kế hoạch của Trạm Y tế xã định kỳ tổ chức tiêm vác xin phòng ngừa "
        "các loại bệnh cho trẻ em từ 1 đến 3 tuổi vào các ngày 5 và 6 hàng tháng"
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert rrule_text(reading.recurrence) == "FREQ=MONTHLY;BYMONTHDAY=5,6"


@pytest.mark.parametrize(
    "phrase",
    [
        # a bare cadence: the words between hold the event the day is (Mid-Autumn, not 31/12)
        "Lễ hội được tổ chức định kỳ vào mỗi dịp Tết Trung thu hàng năm.",
        # a count after it: a cadence of its own
        "Trạm Y tế xã định kỳ 3 tháng tổ chức tiêm vác xin vào ngày 5 hàng tháng",
    ],
)
def test_periodically_stays_checked_elsewhere(phrase: str) -> None:
    assert refused(phrase, ctx("2026-03-01"))


# --- "nếu": whether the step is done, not when ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # za-24h-lich-thi-dgnl-2026
        (
            "Hệ thống sẽ mở cho thí sinh lựa chọn ca thi thứ hai (nếu còn chỉ tiêu) từ 9h ngày "
            "8/2/2026 đến 9h ngày 14/2/2026.",
            "2026-01-02",
            date(2026, 2, 8),
            date(2026, 2, 14),
        ),
        # ze-vtcnews-hoan-kiem-phuong-an-boi-thuong-ven-ho-2025
        (
            "Nếu người dân đồng thuận, việc phê duyệt phương án và thu hồi đất sẽ được thực hiện "
            "từ tháng 12/2025 đến tháng 1/2026",
            "2025-11-19",
            date(2025, 12, 1),
            date(2026, 1, 31),
        ),
    ],
)
def test_a_condition_on_the_step_keeps_the_window(
    phrase: str, issued: str, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (W, first, last)


def test_a_condition_on_the_step_keeps_the_deadline() -> None:
    # zr-tapchisonglam-gia-han-cuoc-van-dong-sang-tac-nghe-an-2023
    phrase = (
        "– Đối với các tác giả đã nộp tác phẩm dự thi, nếu có nhu cầu chỉnh sửa, bổ sung tác "
        "phẩm thì được phép chỉnh sửa, bổ sung và gửi lại tác phẩm chậm nhất đến hết ngày "
        "30/9/2023"
    )
    assert days(one(phrase)) == (D, date(2023, 9, 30), date(2023, 9, 30))


def test_a_condition_on_a_count_from_an_event() -> None:
    # u-baogiaothong-cong-bo-ket-qua-bau-cu-2016
    reading = one(
        "Theo quy định, nếu có khiếu nại về kết quả bầu cử ĐBQH thì khiếu nại đó phải được gửi "
        "đến Hội đồng Bầu cử Quốc gia chậm nhất là 5 ngày kể từ ngày công bố",
        ctx("2016-05-30"),
    )
    assert reading.kind is R and reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (5, "after")


@pytest.mark.parametrize(
    "phrase",
    [
        "nếu không hoàn thành thì gửi báo cáo trước ngày 30/9/2026",
        "Hệ thống sẽ mở cho thí sinh (nếu quá hạn) từ 9h ngày 8/2/2026 đến 9h ngày 14/2/2026.",
        # a condition on the time itself: the day may be another
        "Nếu có thay đổi về thời gian thì hoàn thành trước tháng 9/2026",
        "Nếu có nhu cầu gia hạn thì gửi trước ngày 30/9/2026",
    ],
)
def test_a_condition_on_the_time_stays_refused(phrase: str) -> None:
    assert "“nếu”" in refused(phrase, ctx("2026-03-01")).lower()


# --- a cadence or a year naming the occurrence a count from an event is for -----------------


@pytest.mark.parametrize(
    ("phrase", "offset", "working", "direction"),
    [
        # s-tracuu-luat-doanh-nghiep-dieu-109-cong-bo-thong-tin
        (
            "c) Báo cáo và tóm tắt báo cáo tài chính hằng năm đã được kiểm toán bởi tổ chức kiểm "
            "toán độc lập trong thời hạn 150 ngày kể từ ngày kết thúc năm tài chính; bao gồm cả "
            "báo cáo tài chính của công ty mẹ và báo cáo tài chính hợp nhất (nếu có);",
            150,
            False,
            "after",
        ),
        # s-thuvienphapluat-tt-61-2017-cong-khai-du-toan
        (
            "Báo cáo tình hình thực hiện ngân sách nhà nước hàng năm được công khai chậm nhất là "
            "05 ngày làm việc, kể từ ngày đơn vị báo cáo đơn vị dự toán cấp trên trực tiếp",
            5,
            True,
            "after",
        ),
        # zk-chiengson-moc-chau-thong-bao-le-hoi-cap-xa
        (
            "Đơn vị tổ chức lễ hội truyền thống, lễ hội văn hóa, lễ hội ngành nghề cấp xã được tổ "
            "chức hàng năm phải gửi văn bản thông báo đến Ủy ban nhân dân cấp xã (trực tiếp, qua "
            "bưu điện hoặc nộp trực tuyến) trước ngày dự kiến tổ chức lễ hội ít nhất 20 ngày",
            20,
            False,
            "before",
        ),
        # r-tthc-hue-giay-phep-21654
        (
            "Đối với hoạt động trồng cây lâu năm: Trong thời hạn 10 ngày làm việc, kể từ ngày "
            "nhận đủ hồ sơ hợp lệ, cơ quan có thẩm quyền cấp giấy phép tổ chức thẩm định hồ sơ",
            10,
            True,
            "after",
        ),
        # s-thukyluat-tien-thue-dat-khu-kinh-te
        (
            "thời hạn nộp tiền của năm đầu tiên là 30 ngày kể từ ngày ký Thông báo",
            30,
            False,
            "after",
        ),
    ],
)
def test_the_occurrence_named_before_a_count(
    phrase: str, offset: int, working: bool, direction: str
) -> None:
    reading = one(phrase)
    assert reading.kind is R and reading.relative is not None
    relative = reading.relative
    assert (relative.offset, relative.working_days, relative.direction) == (
        offset,
        working,
        direction,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # before a day, "hằng năm" is a cadence of its own: yearly, or this one year?
        "Báo cáo tài chính hằng năm gửi trước ngày 31/3/2026",
        # a year's number after the cadence
        "Báo cáo hằng năm 2026 trong thời hạn 30 ngày kể từ ngày kết thúc năm",
        # another cadence than the words spared
        "Báo cáo hằng quý trong thời hạn 30 ngày kể từ ngày kết thúc quý",
    ],
)
def test_a_cadence_before_a_day_stays_refused(phrase: str) -> None:
    assert "“hằng”" in refused(phrase, ctx("2026-03-01"))


# --- an article cited after "Căn cứ" -----------------------------------------------------------


def test_an_article_cited_before_its_yearly_days() -> None:
    # zr-danluat-tvpl-kham-nghia-vu-quan-su-lan-hai
    reading = one(
        "Căn cứ khoản 4 Điều 40 Luật Nghĩa vụ quân sự 2015 quy định Thời gian khám sức khỏe từ "
        "ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm"
    )
    assert reading.kind is DeadlineKind.RECURRING


def test_a_text_cited_by_its_day_stays_refused() -> None:
    assert refused(
        "Căn cứ Luật Ngân sách ngày 16 tháng 6 năm 2025, hoàn thành trước ngày 30/9/2026",
        ctx("2026-03-01"),
    )


# --- counts that are no time: years of an age, domains, works -------------------------------


def test_a_thousand_years_is_an_age() -> None:
    # t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026
    phrase = (
        "Triển lãm Đạo học ngàn năm tại Văn Miếu - Quốc Tử Giám diễn ra xuyên tết (từ "
        "30.12.2025 đến hết 22.3.2026)"
    )
    assert days(one(phrase, ctx("2026-02-12"))) == (W, date(2025, 12, 30), date(2026, 3, 22))


def test_at_least_a_thousand_domains() -> None:
    # za-doingoailaocai-kh-98-ngay-cds-2025
    phrase = "hướng tới đăng ký ít nhất 1.000 tên miền id.vn và biz.vn trong năm 2025."
    assert days(one(phrase)) == (W, date(2025, 1, 1), date(2025, 12, 31))


def test_about_two_hundred_works() -> None:
    # zf-thanhnien-230-du-an-khoi-cong-khanh-thanh-19-8-2025
    phrase = (
        "Theo báo cáo của Bộ Xây dựng, các bộ, ngành, địa phương, đơn vị đang tích cực triển "
        "khai thực hiện và đã có khoảng 230 công trình, dự án đang thẩm định để đủ điều kiện "
        "khởi công, khánh thành vào ngày 19.8 sắp tới"
    )
    assert days(one(phrase, ctx("2025-08-08"))) == (D, date(2025, 8, 19), date(2025, 8, 19))


@pytest.mark.parametrize(
    "phrase",
    [
        "hoàn thành ít nhất 1.000 ngày trước ngày 30/9/2026",  # a count of days: a time
        "hoàn thành khoảng 30 ngày trước ngày 30/9/2026",
    ],
)
def test_a_count_of_days_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2026-03-01"))


# --- names holding a word of time: a deposit, an admission, a week of an event ---------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # q-dhktna-bgddt-ke-hoach-tuyen-sinh-2023
        (
            "Trước 17h00 ngày 8/7/2023: Xét tuyển sớm và thông báo kết quả cho thí sinh để ĐKXT "
            "trên Hệ thống.",
            None,
            date(2023, 7, 8),
            date(2023, 7, 8),
        ),
        # zl-lichngaytot-lich-tuu-truong-26-tinh-2022-2023
        (
            "Cụ thể, tuần lễ tựu trường đồng loạt ở các cấp học thuộc tỉnh An Giang là từ ngày "
            "29/8 đến 31/8",
            "2022-08-16",
            date(2022, 8, 29),
            date(2022, 8, 31),
        ),
        # n-ninhbinh-nam-du-lich-quoc-gia-2020
        (
            "tuần du lịch Sắc vàng Tam Cốc - Tràng An dự kiến quý 2/2020",
            None,
            date(2020, 4, 1),
            date(2020, 6, 30),
        ),
        # z-vinhuni-gia-han-dang-ky-hoc-hoc-phi-2021
        (
            "1. Gia hạn thời hạn đăng ký học cho sinh viên hệ chính quy từ khóa 61 trở về trước "
            "đến ngày 20/9/2021.",
            None,
            date(2021, 9, 20),
            date(2021, 9, 20),
        ),
        # z-vinhuni-gia-han-dang-ky-hoc-hoc-phi-2021: at most until that day
        (
            "Thời gian để nộp số kinh phí còn thiếu tối đa đến ngày 30/11/2021.",
            None,
            date(2021, 11, 30),
            date(2021, 11, 30),
        ),
    ],
)
def test_names_and_caps_keep_their_days(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued)))[1:] == (first, last)


@pytest.mark.parametrize(
    ("phrase", "offset", "working", "direction"),
    [
        # o-baodauthau-phu-yen-dau-gia-xuan-hai-2021: the deposit
        (
            "Thời gian nộp tiền đặt trước là trong thời hạn 3 ngày làm việc trước ngày mở cuộc "
            "đấu giá",
            3,
            True,
            "before",
        ),
        # zm-tvpl-hoi-dap-phan-bo-ngan-sach-20-ngay-truoc-ky-hop: next year's budget
        (
            "báo cáo phân bổ ngân sách trung ương năm sau trình Chính phủ để gửi đến các Đại biểu "
            "Quốc hội chậm nhất là 20 ngày, trước ngày khai mạc kỳ họp Quốc hội cuối năm",
            20,
            False,
            "before",
        ),
        # ze-legaltech-doi-giay-phep-lai-xe: a file not as the rules ask
        (
            "– Tổng cục Đường bộ Việt Nam hoặc Sở Giao thông vận tải kiểm tra hồ sơ khi tiếp nhận; "
            "trường hợp hồ sơ không đúng theo quy định, phải thông báo trực tiếp hoặc bằng văn bản "
            "hoặc qua hệ thống dịch vụ công trực tuyến những nội dung cần bổ sung hoặc sửa đổi cho "
            "cá nhân trong thời hạn 02 ngày làm việc, kể từ ngày nhận hồ sơ",
            2,
            True,
            "after",
        ),
    ],
)
def test_counts_after_names_holding_a_word_of_time(
    phrase: str, offset: int, working: bool, direction: str
) -> None:
    test_the_occurrence_named_before_a_count(phrase, offset, working, direction)


@pytest.mark.parametrize(
    "phrase",
    [
        "Xét tuyển sớm hơn ngày 8/7/2023",  # earlier than: another day
        "tuần du lịch thứ hai dự kiến quý 2/2020",  # a week counted, no name
        "nộp kinh phí tối đa trước ngày 30/11/2021",  # "tối đa" only before "đến"
    ],
)
def test_the_words_of_time_beside_the_names_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2021-01-12"))


# --- after an event, with the step's own time said ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # q-baolamdong-chi-thi-01-dai-hoi-mttq-2025
        (
            "Đại hội của các tổ chức chính trị - xã hội tiến hành ngay sau Đại hội MTTQ Việt Nam "
            "cùng cấp và hoàn thành trước tháng 12/2025",
            "2025-08-12",
            date(2025, 11, 30),
        ),
        # zl-nld-gia-lai-hoat-dong-xuan-binh-ngo-2026
        (
            "Ngay sau chương trình nghệ thuật, màn bắn pháo hoa tầm thấp sẽ được tổ chức đồng "
            "thời tại hai quảng trường vào thời khắc 0 giờ ngày 17-2",
            "2026-01-21",
            date(2026, 2, 17),
        ),
        # i-ninh-binh-vpubnd-986-trung-tam-phvhc-cap-xa-2025: by the day in the parentheses
        (
            "hoàn thành ngay sau UBND xã đi vào hoạt động (trước 7h00 sáng ngày 01/7/2025)",
            None,
            date(2025, 7, 1),
        ),
        # zd-znews-cv-05-bcd-de-an-sap-xep-dvhc-2025: as soon as possible, by that day
        (
            "xây dựng hồ sơ đề án và gửi về Bộ Nội vụ trong thời gian sớm nhất (trước ngày 1/5) "
            "để kịp thời thẩm định",
            "2025-04-24",
            date(2025, 5, 1),
        ),
    ],
)
def test_after_an_event_the_step_s_own_day(phrase: str, issued: str | None, day: date) -> None:
    assert one(phrase, ctx(issued)).last == day


def test_a_late_step_capped_after_the_first_deadline() -> None:
    # zh-znews-chua-kip-nhan-qua-quoc-khanh-2025
    phrase = (
        "Tuy nhiên, trường hợp lý do khách quan, công dân được nhận quà sau thời hạn này, nhưng "
        "chậm nhất không quá ngày 15/9"
    )
    assert one(phrase, ctx("2025-08-31")).last == date(2025, 9, 15)


@pytest.mark.parametrize(
    "phrase",
    [
        "hoàn thành ngay sau ngày 15/6 (trước ngày 20/6/2025)",  # after a day: a start bound
        "hoàn thành ngay sau Tết trước ngày 20/2/2025",  # no parentheses
    ],
)
def test_right_after_stays_refused_without_its_parenthesis(phrase: str) -> None:
    assert refused(phrase, ctx("2025-01-12"))


def test_the_earliest_without_parentheses_is_no_deadline() -> None:
    # "sớm nhất" right before the day, no parenthesis: at the earliest, a start bound as before
    reading = one("gửi hồ sơ trong thời gian sớm nhất ngày 1/5/2025", ctx("2025-01-12"))
    assert reading.last is None

"""Forms tuned on the zb- set (branch tune-zb): its misreads refused or read right (a period
whose changes are counted, a work told as opened, a figure as of a past month, the land
inventory's own moment, "giữa năm" read as issue 11 asks), then its refusals grouped by
cause. Each rule with the real phrases that motivated it (their corpus file named) and the
look-alikes that must stay read or refused otherwise (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- a period whose changes are counted: the data's period ------------------------------------


def test_the_period_whose_land_changes_are_counted_is_refused() -> None:
    # zb-hatinh24h-thong-ke-dat-dai-2025.yaml (read as a window 01/01-31/12/2025 before)
    phrase = (
        "gắn với việc cập nhật, chỉnh lý bản đồ kiểm kê đất đai số năm 2024 đối với các biến"
        " động phát sinh trong thời gian từ ngày 1.1.2025 đến ngày 31.12.2025"
    )
    assert "kỳ số liệu" in refused(phrase, ctx("2026-01-10"))


def test_a_census_question_over_a_period_stays_the_collectors_window() -> None:
    # d-tdt-2019-nguoihanoi.yaml: the deaths a census asks about, expected a window there
    phrase = (
        "Các trường hợp chết của hộ dân cư đã xảy ra từ ngày 16/02/2018 đến hết ngày 31/03/2019"
    )
    assert read_days(phrase, "2019-03-01")[1:] == ("2018-02-16", "2019-03-31")


# --- a work told as opened, passive, with its day ---------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zb-sggp-bxd-dua-du-an-vao-khai-thac-19-1-2026.yaml, a photo caption (read as due before)
        "Dự án xây dựng đường bộ cao tốc Tuyên Quang - Hà Giang được thông xe kỹ thuật ngày"
        " 19-12-2025",
        # the family: opened, inaugurated, begun, put to use, with a part of the day
        "Cầu Rạch Miễu 2 được khánh thành sáng 19/12/2025",
        "Công trình được khởi công vào ngày 19/8/2025",
        "Nhà máy được đưa vào vận hành ngày 2/9/2025",
    ],
)
def test_a_work_told_as_opened_on_its_day_is_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2026-01-10"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # still to come: "sẽ", "dự kiến", "phấn đấu" (citations.TO_COME)
        ("Dự án sẽ được thông xe kỹ thuật ngày 19-12-2026", "2026-12-19"),
        ("Dự án phấn đấu được khánh thành ngày 19/12/2026", "2026-12-19"),
        # a due day for a work to be put to use: no "được … ngày" told
        ("Phấn đấu đưa vào khai thác sử dụng trước ngày 19-1-2026", "2026-01-19"),
    ],
)
def test_an_opening_to_come_or_a_deadline_after_one_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, "2026-01-10") == (D, last, last)


# --- a figure reached as of the end of a past month, quarter or year --------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zb-thanhnien-giai-ngan-dau-tu-cong-2025-den-31-1-2026.yaml (read as due 31/12/2025)
        "Đến hết tháng 12.2025, giải ngân vốn đầu tư công năm 2025 đạt trên 755.000 tỉ đồng,"
        " đạt 83,7% kế hoạch vốn Thủ tướng Chính phủ giao",
        # the family: a quarter, a year, "tới"
        "Đến hết quý IV/2025, giải ngân vốn đầu tư công đạt 80% kế hoạch",
        "Tới hết năm 2025, toàn tỉnh giải ngân đạt 95% kế hoạch",
    ],
)
def test_a_figure_as_of_the_end_of_a_past_period_is_refused(phrase: str) -> None:
    assert "kết quả đạt được" in refused(phrase, ctx("2026-01-09"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a target: the period's end still to come, or the work required ("phải đạt")
        (
            "Đến hết tháng 6/2026, giải ngân vốn đầu tư công năm 2026 đạt trên 60% kế hoạch",
            "2026-06-30",
        ),
        ("Đến hết năm 2026, toàn tỉnh giải ngân đạt 100% kế hoạch", "2026-12-31"),
        ("Đến hết tháng 12/2025, giải ngân vốn năm 2025 phải đạt 100% kế hoạch", "2025-12-31"),
    ],
)
def test_a_target_to_the_end_of_a_period_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, "2026-01-09") == (D, last, last)


@given(month=st.integers(1, 12), year=st.integers(2015, 2030))
def test_a_figure_to_a_months_end_is_refused_exactly_when_that_month_is_past(
    month: int, year: int
) -> None:
    phrase = f"Đến hết tháng {month}.{year}, giải ngân vốn đầu tư công đạt trên 50% kế hoạch"
    context = ctx("2023-06-15")
    if (year, month) < (2023, 6):
        refused(phrase, context)
    else:
        (reading,) = parse_deadlines(phrase, context)
        assert (reading.last.year, reading.last.month) == (year, month)  # type: ignore[union-attr]


# --- the land inventory's own moment ------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zb-cand-tphcm-tong-kiem-ke-dat-dai-2014.yaml (read as due 31/12/2014 before)
        "Thời gian kiểm kê đất đai được thực hiện đến hết ngày 31/12/2014",
        # the law's own words (Thông tư 27/2018/TT-BTNMT, 08/2024/TT-BTNMT)
        "Thống kê đất đai năm 2025 được tính đến hết ngày 31 tháng 12 năm 2025",
    ],
)
def test_the_land_inventorys_moment_is_refused(phrase: str) -> None:
    assert "thời điểm kiểm kê" in refused(phrase, ctx("2014-08-01"))


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        # work to finish by the day, or a span of work: read
        ("Hoàn thành kiểm kê đất đai đến hết ngày 31/12/2014", D, "2014-12-31", "2014-12-31"),
        (
            "Kiểm kê đất đai thực hiện từ ngày 1/8/2014 đến hết ngày 31/12/2014",
            W,
            "2014-08-01",
            "2014-12-31",
        ),
        # zb-cand-tphcm-tong-kiem-ke-dat-dai-2014.yaml: its reports' due day
        (
            "Cụ thể: cấp phường, xã phải hoàn thành và báo cáo kết quả về cấp huyện trước ngày"
            " 1/6/2015",
            D,
            "2015-06-01",
            "2015-06-01",
        ),
    ],
)
def test_work_on_the_inventory_still_reads(
    phrase: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, "2014-08-01") == (kind, first, last)


# --- "giữa năm": read, as issue 11 §2 asks ------------------------------------------------------


def test_mid_year_and_a_month_read_as_two_milestones() -> None:
    # zb-tedi-vanh-dai-4-gpmb-2023.yaml: the collector refused "giữa năm"; aligned by tune-zb
    phrase = (
        "Chủ tịch TP Hà Nội cho biết dự kiến tiến độ giải phóng mặt bằng dự án vành đai 4 vùng"
        " thủ đô đạt 70% vào giữa năm 2023 và hoàn thành tháng 12/2023"
    )
    middle, december = parse_deadlines(phrase, ctx("2022-08-06"))
    assert "giữa năm 2023" in middle.reading
    assert middle.kind is W and str(middle.first)[:4] == str(middle.last)[:4] == "2023"
    assert (str(december.first), str(december.last)) == ("2023-12-01", "2023-12-31")


# --- a procedure's processing time: its header on the same line, in parentheses, per case -------


def _processing(phrase: str, header: str | None = None) -> tuple[object, ...]:
    """The count, whether in working days, the direction and the anchor of `phrase`'s one
    reading (no issue day: a procedure sheet has none)."""
    (reading,) = parse_deadlines(phrase, Context(header=header))
    relative = reading.relative
    assert reading.kind is DeadlineKind.RELATIVE and relative is not None
    return relative.offset, relative.working_days, relative.direction, relative.anchor


RECEIPT = "ngày nhận đủ hồ sơ hợp lệ"


@pytest.mark.parametrize(
    ("phrase", "offset", "working"),
    [
        # zb-123doc-thu-tuc-danh-hieu-gia-dinh-van-hoa.yaml: no space after the colon
        ("Thời hạn giải quyết:15 ngày", 15, False),
        # zb-longhungb-thu-tuc-giay-khen-gia-dinh-van-hoa.yaml: no colon at all
        ("Thời gian giải quyết 7 ngày làm việc", 7, True),
        ("Thời gian giải quyết 07 ngày làm việc", 7, True),
    ],
)
def test_a_processing_time_with_its_header_on_the_line_reads(
    phrase: str, offset: int, working: bool
) -> None:
    assert _processing(phrase) == (offset, working, "after", RECEIPT)


def test_a_count_with_its_unit_in_parentheses_reads_under_its_header() -> None:
    # zb-dichvucong-cantho-tthc-lao-dong-tien-tien-xa.yaml, under "Thời gian giải quyết"
    assert _processing("20 (Ngày làm việc)", "Thời gian giải quyết") == (20, True, "after", RECEIPT)
    # without a header the count says from what nothing: refused, as "20 ngày làm việc" is
    assert "không nói trước hay sau" in refused("20 (Ngày làm việc)")


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        # zb-soha-qd-3380-thoi-han-cap-so-do-lan-dau-2025.yaml (Hà Nội, QĐ 3380/QĐ-UBND)
        (
            "Không quá 17 ngày làm việc đối với trường hợp đăng ký đất đai, tài sản gắn liền với"
            " đất lần đầu",
            17,
        ),
        (
            "Không quá 27 ngày làm việc đối với trường hợp đăng ký đất đai, tài sản gắn liền với"
            " đất lần đầu tại các xã miền núi, hải đảo, vùng sâu, vùng xa, vùng có điều kiện kinh"
            " tế - xã hội khó khăn",
            27,
        ),
    ],
)
def test_a_processing_time_per_case_reads_from_the_receipt(phrase: str, offset: int) -> None:
    assert _processing(phrase) == (offset, True, "after", RECEIPT)


@pytest.mark.parametrize(
    "phrase",
    [
        # a meeting's length is no processing time (c-baoquangnam: "không quá 1 ngày" refused)
        "Không quá 1 ngày đối với trường hợp đại hội chi bộ",
        # a day in the case: never left unread
        "Không quá 5 ngày làm việc đối với trường hợp nộp trước ngày 15/3/2026",
        # a plan's own time, not a processing time
        "Thời gian thực hiện 15 ngày",
    ],
)
def test_counts_that_are_no_processing_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


def test_a_processing_header_before_a_day_keeps_the_day() -> None:
    assert read_days("Thời gian giải quyết hồ sơ trước ngày 15/3/2026", "2026-01-10") == (
        D,
        "2026-03-15",
        "2026-03-15",
    )


# --- a dotted day right after "trước", as the press prints days --------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # zb-danviet-bnn-lich-gieo-trong-vu-dong-2012.yaml (issued 06/09/2012)
        ("Với cây lạc, cần gieo trồng trước 15.9, ưu tiên che phủ nylon", "2012-09-15"),
        (
            "khoai lang gieo trước 10.10, chọn giống khoai ăn củ chất lượng cao hoặc rau ăn lá",
            "2012-10-10",
        ),
    ],
)
def test_a_dotted_day_after_truoc_reads(phrase: str, day: str) -> None:
    assert read_days(phrase, "2012-09-06") == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "trước 2.000 người",  # thousands, no day
        "trước 32.1",  # no such day
        "trước 15.13",  # no such month
        # a dash stays unread when the first number may be a month ("1-6" may be months 1
        # to 6); "trước 15-9" reads since the lead's ruling of session 33
        "trước 1-6",
    ],
)
def test_numbers_with_a_dot_that_are_no_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2012-09-06"))


@given(day=st.integers(1, 28), month=st.integers(1, 12))
def test_every_dotted_day_after_truoc_reads_as_that_day(day: int, month: int) -> None:
    (reading,) = parse_deadlines(f"trước {day}.{month}", ctx("2012-01-01"))
    assert (reading.kind, reading.last) == (D, date(2012, month, day))


# --- a postal address on a street named "Hàng …" -----------------------------------------------


def test_an_address_on_a_hang_street_is_no_cadence() -> None:
    # zb-hanoimoi-lay-y-kien-khen-thuong-2024.yaml: "số 37" and "Hàng Bài" are the address
    phrase = (
        "Mọi ý kiến phản hồi đề nghị gửi về Ban Thi đua - Khen thưởng Thành phố (Địa chỉ: số 37,"
        " phố Lý Thường Kiệt, phường Hàng Bài, quận Hoàn Kiếm, thành phố Hà Nội) trong thời hạn"
        " 10 ngày làm việc kể từ khi đăng tải thông tin"
    )
    (reading,) = parse_deadlines(phrase, ctx("2024-02-06"))
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (10, True)


def test_a_cadence_after_a_house_number_stays_refused() -> None:
    refused("gửi về số 5 hàng năm trước ngày 15/3", ctx("2024-02-06"))


# --- the hours of a day, after it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # zb-tramyte-phong-hoa-tiem-chung-thang-5-2025.yaml (issued 07/05/2025)
        ("Sáng ngày 08/05/2025: Từ 7 giờ 30 phút đến 11 giờ 00 phút", "2025-05-08"),
        ("Sáng ngày 09/05/2025: Từ 7 giờ 30 phút đến 11 giờ 00 phút", "2025-05-09"),
    ],
)
def test_hours_after_their_day_read_as_that_day(phrase: str, day: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2025-05-07"))
    assert (reading.kind, str(reading.last), reading.time) == (D, day, "11:00")
    assert "bắt đầu lúc 07:30" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ 7 giờ 30 phút đến 11 giờ 00 phút",  # no day
        "từ ngày 8/5/2025: từ 7 giờ đến 11 giờ",  # a start, not one day
    ],
)
def test_hours_without_their_one_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-05-07"))


# --- "sau sử dụng": the used packaging's name, no "after" ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zb-triton-angiang-thu-gom-bao-goi-thuoc-bvtv-2023.yaml
        (
            "UBND huyện Tri Tôn vừa triển khai kế hoạch thu gom, vận chuyển và xử lý bao gói thuốc"
            " bảo vệ thực vật sau sử dụng trên địa bàn huyện giai đoạn 2023 – 2025",
            "2023-03-09",
            "2023-01-01",
            "2025-12-31",
        ),
        # zb-lmhtx-dongthap-kh-160-bao-goi-thuoc-bvtv.yaml (read with a plan of 2021)
        (
            "Đầu tư xây dựng đồng bộ các bể chứa, khu vực lưu chứa bao gói thuốc bảo vệ thực vật"
            " sau sử dụng phù hợp với tình hình thực tế của từng địa phương, đảm bảo đến năm 2025"
            " bố trí đầy đủ bể chứa và khu vực lưu chứa đáp ứng thu gom cho toàn bộ diện tích đất"
            " sản xuất nông nghiệp của tỉnh",
            "2021-06-01",
            "2025-12-31",
            "2025-12-31",
        ),
    ],
)
def test_used_packaging_is_a_name(phrase: str, issued: str, first: str, last: str) -> None:
    assert read_days(phrase, issued)[1:] == (first, last)


def test_a_count_after_sau_su_dung_is_still_a_time_word() -> None:
    refused("nộp lại sau sử dụng 5 ngày trước ngày 15/3/2026", ctx("2026-01-10"))


# --- an age in months, no month of the year -----------------------------------------------------


def test_an_age_in_months_after_its_window_is_no_month() -> None:
    # zb-baovinhlong-vitamin-a-dot-2-2020.yaml (issued 02/12/2020)
    assert read_days(
        "Ngày 1- 2/12: Trẻ em từ 6- 36 tháng tuổi uống vitamin A đợt 2", "2020-12-02"
    ) == (
        W,
        "2020-12-01",
        "2020-12-02",
    )


def test_a_range_of_months_with_no_age_stays_refused() -> None:
    # "6-36 tháng" without "tuổi" may be a span of months: never left unread
    refused("Trẻ 6-36 tháng uống trước ngày 5/12", ctx("2020-12-02"))

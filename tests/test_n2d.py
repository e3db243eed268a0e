"""Family N2 of session 41 (branch n2d): phrases refused as 'không nhận ra thời hạn' whose
time the grammar reads once the words beside it are understood (issue 11 §1: never a number
the grammar cannot explain, never two deadlines made one)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# --- a hall or a square named after a day written with a dash (label._NAMED_NUMBER) --------


def test_a_square_named_after_a_day_is_no_second_day() -> None:
    # zs-yousportnews-le-hoi-ca-phe-buon-ma-thuot-2011.yaml: 'Quảng trường 10-3' is a name
    phrase = (
        "Dự kiến, Lễ hội khai mạc vào lúc 20 giờ ngày 12-3 tại Quảng trường 10-3 TP Buôn Ma "
        "Thuột và được truyền hình trực tiếp trên sóng Đài Truyền hình Việt Nam"
    )
    assert read_days(phrase, "2011-03-01") == (DeadlineKind.DATE, "2011-03-12", "2011-03-12")


def test_a_hall_named_after_a_day_is_no_second_day() -> None:
    # zs-sggp-lam-dong-truoc-them-dai-hoi-dang-bo-tinh-2025.yaml
    phrase = (
        "Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030 dự kiến diễn ra "
        "từ ngày 9 đến 11-10 tại Hội trường 7-7, Học viện Lục quân (phường Lâm Viên - Đà Lạt, "
        "tỉnh Lâm Đồng)"
    )
    assert read_days(phrase, "2025-10-07") == (DeadlineKind.WINDOW, "2025-10-09", "2025-10-11")


def test_the_square_alone_gives_no_day() -> None:
    # refusal neighbour: the name holds no day of the event
    refused("Lễ hội khai mạc vào lúc 20 giờ tại Quảng trường 10-3", ctx("2011-03-01"))


# --- a span of days, then its work with no comma (steps._SPAN_THEN_WORK) -------------------

VOTERS = (
    "Theo kế hoạch, từ ngày 1/12 đến 7/12 các đại biểu sẽ tiếp xúc cử tri tại một số xã, "
    "phường, thị trấn; xóm, tổ dân phố và Bộ Tư lệnh Quân khu I"
)


def test_a_span_then_its_work_reads_as_its_comma_form() -> None:
    # zt-baothainguyen-doan-dbqh-tiep-xuc-cu-tri-ky-hop-6-2009.yaml
    reading = one(VOTERS, ctx("2009-11-19"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (
        DeadlineKind.WINDOW,
        "2009-12-01",
        "2009-12-07",
    )
    # the work after the span is kept with it, as its comma form keeps it
    assert (reading.gloss or "").startswith("các đại biểu sẽ tiếp xúc cử tri")


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # refusal neighbours: a pause in the span's days, a thing told done in them
        ("Theo kế hoạch, từ ngày 1/12 đến 7/12 tạm dừng tiếp dân", "tạm dừng"),
        ("từ ngày 1/12 đến 7/12 các đại biểu đã tiếp xúc cử tri", "đã"),
    ],
)
def test_a_span_then_a_pause_or_a_thing_done_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2009-11-19"))


# --- an aim and what it greets after a window (label._COMPOUNDS) ---------------------------

UNIONS = (
    "Đợt 1 (1.1 - 30.6.2026), hướng tới chào mừng Đại hội XIV của Đảng; kỷ niệm 80 năm Tổng "
    "tuyển cử đầu tiên; tổ chức bầu cử Quốc hội khóa XVI và HĐND các cấp"
)


def test_an_aim_toward_what_the_round_greets_is_no_time() -> None:
    # zk-thanhnien-phong-trao-thi-dua-cong-doan-2026.yaml
    assert read_days(UNIONS, "2025-12-11") == (DeadlineKind.WINDOW, "2026-01-01", "2026-06-30")


@pytest.mark.parametrize(
    "phrase",
    [
        # refusal neighbours: "hướng tới" before a time, "đầu tiên" after a unit of time
        "Đợt 1 (1.1 - 30.6.2026), hướng tới năm 2030",
        "Đợt 1 (1.1 - 30.6.2026), tổ chức vào tuần đầu tiên",
        "Đợt 1 (1.1 - 30.6.2026), tổ chức vào ngày đầu tiên của tháng",
    ],
)
def test_toward_a_time_or_the_first_of_a_unit_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-11"))


# --- the press's source named "theo thông tin … từ …" (leadin._PER_SOURCE) -----------------


def test_a_source_named_before_a_day_to_come_is_read_after_it() -> None:
    # zu-doisongphapluat-lich-cat-dien-ha-noi-25-5-2023.yaml
    phrase = (
        "Theo thông tin mới nhất từ trang web chính thức của Tổng công ty Điện lực Hà Nội "
        "(EVNHANOI), ngày 25/5 sẽ diễn ra kế hoạch cắt điện tại nhiều địa điểm trên toàn "
        "thành phố"
    )
    assert read_days(phrase, "2023-05-24") == (DeadlineKind.DATE, "2023-05-25", "2023-05-25")


@pytest.mark.parametrize(
    "phrase",
    [
        # refusal neighbours: a thing told done, a day with nothing said to come
        "Theo thông tin từ Sở Y tế, ngày 25/5 đã diễn ra buổi tiêm",
        "Theo thông tin từ Sở Y tế, ngày 25/5 tiêm vắc xin",
    ],
)
def test_a_source_before_a_thing_done_or_not_said_to_come_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-05-24"))


# --- a vaccine dose by its number, the basis after the day (label, steps._CUT) -------------


def test_a_dose_number_and_the_basis_after_the_day_are_no_time() -> None:
    # zr-baotintuc-ha-noi-tiem-vaccine-truoc-15-9-2021.yaml ('trên địa' as printed)
    phrase = (
        "Hà Nội đặt mục tiêu hoàn thành tiêm chủng mũi 1 vaccine phòng COVID-19 cho 100% người "
        "dân từ 18 tuổi trở lên trên địa trước ngày 15/9 trên cơ sở số vaccine được phân giao "
        "của Bộ Y tế"
    )
    assert read_days(phrase, "2021-09-07") == (DeadlineKind.DATE, "2021-09-15", "2021-09-15")


def test_a_dose_written_as_a_day_stays_refused() -> None:
    # refusal neighbour: "mũi 1/9" names no dose the grammar can tell from a day
    refused("tiêm mũi 1/9", ctx("2021-09-07"))


# --- an opening and a closing told as one sitting without a break (eventspan) --------------

SESSION = (
    "Kỳ họp thứ 10, Quốc hội khoá XV sẽ khai mạc ngày 20/10 và dự kiến bế mạc ngày 12/12, họp "
    "tập trung liên tục 1 đợt thay vì 2 đợt như các kỳ trước"
)


def test_an_opening_and_closing_held_without_a_break_is_one_window() -> None:
    # zc-znews-tong-bi-thu-tiep-xuc-cu-tri-ky-hop-10-2025.yaml: the lead's ruling of session 34
    assert read_days(SESSION, "2025-09-23") == (DeadlineKind.WINDOW, "2025-10-20", "2025-12-12")


@pytest.mark.parametrize(
    "phrase",
    [
        # refusal neighbours: a length that is no round counted, days over a year apart
        "Kỳ họp sẽ khai mạc ngày 20/10 và dự kiến bế mạc ngày 12/12, họp liên tục 3 tuần",
        "Kỳ họp sẽ khai mạc ngày 20/10/2025 và dự kiến bế mạc ngày 12/12/2026, họp tập trung "
        "liên tục",
    ],
)
def test_a_break_clause_with_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-09-23"))


def test_without_the_clause_the_opening_and_closing_stay_two_days() -> None:
    # the ruling of session 34: two milestones unless the phrase tells them as one span
    found = parse_deadlines(
        "Kỳ họp thứ 10 sẽ khai mạc ngày 20/10 và dự kiến bế mạc ngày 12/12", ctx("2025-09-23")
    )
    assert [str(one.last) for one in found] == ["2025-10-20", "2025-12-12"]


# --- counts and shares beside a target's period (label) ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # zr-vtvgo-cong-an-ha-noi-san-sang-cap-the-can-cuoc-2021.yaml: cards by the million
        (
            "Đến tháng 7/2021, Bộ Công an dự kiến sẽ cấp đủ 50 triệu thẻ căn cước cho tất cả "
            "công dân trong độ tuổi quy định",
            "2021-05-03",
            "2021-07-31",
        ),
        # zu-yxpays-nam-2016-25-phan-tram-xa-dat-chuan-ntm.yaml: "khoảng" bounds the share
        (
            "Phấn đấu đến hết năm 2016 cả nước có khoảng 25% số xã đạt chuẩn nông thôn mới",
            "2016-01-01",
            "2016-12-31",
        ),
        # zt-baolamdong-don-duong-dai-hoi-hoi-nong-dan-2018.yaml: "một trong 4 đơn vị đầu tiên"
        (
            "tiếp tục thực hiện tốt phong trào chung tay xây dựng huyện nông thôn mới kiểu mẫu, "
            "phấn đấu đến năm 2020, huyện Đơn Dương là một trong 4 đơn vị đầu tiên của cả nước "
            "đạt chuẩn huyện nông thôn mới",
            "2018-03-13",
            "2020-12-31",
        ),
    ],
)
def test_a_count_or_share_beside_the_target_names_no_time(
    phrase: str, issued: str, last: str
) -> None:
    assert str(one(phrase, ctx(issued)).last) == last


@pytest.mark.parametrize(
    "phrase",
    [
        # refusal neighbours: "khoảng" before a count that is no share, "một trong" before days
        "Phấn đấu đến hết năm 2016 cả nước có khoảng 25 xã đạt chuẩn",
        "phấn đấu đến năm 2020, huyện Đơn Dương tổ chức vào một trong 2 ngày cuối năm",
    ],
)
def test_about_a_count_or_one_of_some_days_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2016-01-01"))


# --- the span as the subject of "là" (steps._CUT) ------------------------------------------


def test_a_span_made_the_subject_of_la_is_read() -> None:
    # zf-thanhnien-gia-lai-hoi-nghi-bch-truoc-sap-nhap-2025.yaml: from the page's day to 1/7
    phrase = (
        "Bí thư Tỉnh ủy Gia Lai nhấn mạnh, thời gian từ nay đến ngày 1.7 là giai đoạn quan "
        "trọng để tỉnh Gia Lai rà soát, củng cố và vận hành thông suốt bộ"
    )
    assert read_days(phrase, "2025-06-26") == (DeadlineKind.WINDOW, "2025-06-26", "2025-07-01")


def test_a_day_that_is_another_deadline_after_la_stays_refused() -> None:
    # refusal neighbour: "là hạn cuối …" names a deadline of its own after the day
    assert "hạn" in refused("trước ngày 15/9 là hạn cuối nộp hồ sơ", ctx("2025-06-26"))

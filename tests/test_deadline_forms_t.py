"""Forms tuned on the t- set (branch tune-t): its false deadlines refused as general rules (the
moment an asset inventory counts as of, a past period's results told with "đã", a document
cited as the subject that issues another), and the near variants that must still read (the
first rule: never a silent wrong date). Each rule with the real phrases that motivated it
(their corpus file cited)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import Context, DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW

# --- the moment an inventory counts as of ---------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # t-cafef-tuyen-quang-tong-kiem-ke-tai-san-cong-2025.yaml (UBND Tuyên Quang, 2025)
        "UBND tỉnh Tuyên Quang vừa quyết định tổng kiểm kê tài sản công trên phạm vi toàn tỉnh,"
        " thời điểm kiểm kê được ấn định vào 0h00 ngày 1/1/2026",
        # t-thoibaotaichinh-an-giang-tong-kiem-ke-2025.yaml (Thời báo Tài chính, 2025)
        "Thời điểm chốt kiểm kê là 0 giờ ngày 1/1/2026",
        "Quyết định 3531/QĐ-BTC ngày 17/10/2025 của Bộ Tài chính ban hành Kế hoạch triển khai"
        " thực hiện tổng kiểm kê tài sản công thời điểm 0h ngày 1/1/2026",
    ],
)
def test_an_inventory_moment_is_no_deadline(phrase: str) -> None:
    # the third is refused first as a document issuing another (below): either reason says
    # the day is no deadline
    assert "không phải thời hạn" in refused(phrase, ctx("2025-11-21"))


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # (a census's moment, "Thời điểm điều tra là 0 giờ ngày 1-4-2019", once read as the day
        # it is held, is a snapshot since tune-w, the lead's convention: test_deadline_forms_w)
        # a report's data period (g-bac-kan-cv-5718-2021-bao-cao-tthc-quy-iii.yaml)
        (
            "Thời điểm chốt số liệu báo cáo: Từ ngày 15/6/2021 đến hết ngày 14/9/2021",
            "2021-09-01",
            (W, date(2021, 9, 14)),
        ),
        # the inventory's deadline (s-sggp-tphcm-tong-kiem-ke-tai-san-cong-2026.yaml)
        (
            "Sở Tài chính sẽ tổng hợp và trình UBND TPHCM báo cáo kết quả kiểm kê trước ngày"
            " 31-5-2026",
            "2026-01-10",
            (D, date(2026, 5, 31)),
        ),
        # the fireworks' end bound "đến 0h ngày 1/1" is no inventory moment: it stays read or
        # refused by the rules of "0h", never as a moment counted as of
        # (t-vietnamnet-ha-noi-phao-hoa-tet-2026.yaml reads it as the end of 31/12)
    ],
)
def test_other_moments_still_read(phrase: str, issued: str, expected: tuple[object, date]) -> None:
    kind, _, last = days(one(phrase, ctx(issued)))
    assert (kind, last) == expected


def test_a_fireworks_end_is_not_an_inventory_moment() -> None:
    # t-vietnamnet-ha-noi-phao-hoa-tet-2026.yaml: refused for "0h" as an end, never as a
    # moment an inventory counts as of
    why = refused(
        "Theo kế hoạch, dịp Tết Dương lịch, TP Hà Nội tổ chức bắn pháo hoa trong thời gian 15"
        " phút, từ 23h45 ngày 31/12/2025 đến 0h ngày 1/1/2026, tại 5 điểm với 6 trận địa bắn"
        " pháo hoa tầm cao kết hợp tầm thấp và hỏa thuật",
        ctx("2025-12-20"),
    )
    assert "kiểm kê" not in why


def test_a_deadline_before_the_inventory_moment_is_not_refused_as_one() -> None:
    # "trước thời điểm kiểm kê …" is a deadline before the moment, not the moment itself
    # (invented): left to the guards of the words before a time, never refused as a moment
    why = refused("Hoàn thành rà soát trước thời điểm kiểm kê 0h ngày 1/1/2026")
    assert "là thời điểm kiểm kê" not in why


# --- the results of a period told with "đã" ---------------------------------------------------


def test_a_past_periods_result_is_no_window() -> None:
    # t-dantri-sap-xep-thon-to-dan-pho-2026.yaml (Dân trí, 2026)
    why = refused(
        "Trong giai đoạn 2019-2021, hơn 15.000 đơn vị đã được sáp nhập", ctx("2026-01-05")
    )
    assert "đã xảy ra" in why


@given(
    start=st.integers(2000, 2030),
    length=st.integers(0, 5),
    done=st.sampled_from(["đã hoàn thành", "đã được sáp nhập", "đã giải ngân", "đã xây dựng"]),
)
def test_any_period_told_as_done_is_refused(start: int, length: int, done: str) -> None:
    # the form of the Dân trí sentence above, over years, spans and verbs: "đã hoàn thành"
    # is the result itself, no deadline word
    period = f"giai đoạn {start}-{start + length}" if length else f"năm {start}"
    phrase = f"Trong {period}, tỉnh {done} 120 công trình"
    assert "đã xảy ra" in refused(phrase, ctx("2031-01-05"))


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # a period still to come, no "đã" (t-dantri-sap-xep-thon-to-dan-pho-2026.yaml reads
        # "trong năm 2026" elsewhere; this is the bare form)
        ("Trong năm 2026, hoàn thành sắp xếp thôn, tổ dân phố", "2026-01-05", date(2026, 12, 31)),
        # "đã" with a deadline word after it: the task is still due
        (
            "Trong năm 2026, các nội dung đã được giao phải hoàn thành trước ngày 30/6/2026",
            "2026-01-05",
            date(2026, 6, 30),
        ),
    ],
)
def test_a_period_with_something_due_still_reads(phrase: str, issued: str, last: date) -> None:
    assert one(phrase, ctx(issued)).last == last


def test_da_without_its_mark_is_many() -> None:
    # folded, "đã" is "đa" (many): "đa số" is no past result
    reading = one("Trong năm 2026, đa số các xã hoàn thành", ctx("2026-01-05"))
    assert reading.last == date(2026, 12, 31)


# --- a document, the subject, that issues another ----------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # t-thoibaotaichinh-an-giang-tong-kiem-ke-2025.yaml, the inventory moment blanked out
        # so only the issuing remains: the day is the decision's
        "Quyết định 3531/QĐ-BTC ngày 17/10/2025 của Bộ Tài chính ban hành Kế hoạch triển khai"
        " thực hiện tổng kiểm kê tài sản công năm 2026",
    ],
)
def test_a_document_issuing_another_is_no_deadline(phrase: str) -> None:
    assert "ban hành văn bản khác" in refused(phrase, ctx("2025-11-21"))


def test_a_document_issuing_another_with_its_deadline_reads() -> None:
    # the document goes on to set a deadline: read it (invented on the pattern above)
    reading = one(
        "Quyết định 3531/QĐ-BTC ngày 17/10/2025 của Bộ Tài chính ban hành Kế hoạch tổng kiểm"
        " kê tài sản công, yêu cầu các bộ báo cáo trước ngày 31/3/2026",
        ctx("2025-11-21"),
    )
    assert reading.last == date(2026, 3, 31)


# --- a header naming Tết Âm lịch heads solar days -------------------------------------------

FIREWORKS = "Địa điểm bắn pháo hoa Tết Âm lịch 2026"  # t-cafef-diem-ban-phao-hoa-…-34-tinh.yaml


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # t-cafef-diem-ban-phao-hoa-binh-ngo-2026-34-tinh.yaml (CafeF, 2026)
        (
            "Tổ chức bắn pháo hoa nổ tầm thấp tại phường Rạch Giá và phường Long Xuyên vào ngày"
            " 16/02/2026 (nhằm 29 Tết)",
            date(2026, 2, 16),
        ),
        (
            "Khu Quảng trường 3/2, phường Bắc Giang: thời gian bắn từ 00 giờ đến 00 giờ 15 phút"
            " ngày 17/2/2026 (tức ngày mùng 1 Tết Nguyên đán Bính Ngọ)",
            date(2026, 2, 17),
        ),
        # t-baohatinh-diem-ban-phao-hoa-binh-ngo-2026.yaml (Báo Hà Tĩnh, 2026)
        (
            "Tổ chức bắn pháo hoa nổ tầm thấp tại phường Rạch Giá và phường Long Xuyên phường"
            " Châu Đốc và đặc khu Phú Quốc vào tối 16/2 (29 tháng Chạp âm lịch)",
            date(2026, 2, 16),
        ),
    ],
)
def test_a_tet_header_keeps_the_solar_days(phrase: str, day: date) -> None:
    context = Context(issued=date(2026, 2, 10), header=FIREWORKS)
    assert days(one(phrase, context)) == (D, day, day)


@pytest.mark.parametrize(
    "header", ["Thời gian thực hiện (âm lịch)", "Ngày (âm lịch)", "Thời gian (AL)"]
)
def test_a_lunar_calendar_header_still_refuses(header: str) -> None:
    # a column whose calendar is the lunar one: its days are not converted
    why = refused("Ngày 16/02/2026", Context(issued=date(2026, 1, 5), header=header))
    assert "nêu âm lịch" in why


# --- how many places, after "tại" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # t-cafef-diem-ban-phao-hoa-binh-ngo-2026-34-tinh.yaml (CafeF, 2026)
        (
            "Vào lúc 21 giờ ngày 16/02/2026 (nhằm ngày 29 tháng Chạp năm Ất Tỵ) tại 02 địa điểm là",
            date(2026, 2, 16),
        ),
        # t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026.yaml (Thanh Niên, 2026)
        (
            "Bắn pháo hoa đêm giao thừa từ 0 giờ - 0 giờ 15 ngày 17.2 tại 33 điểm bắn với 34"
            " trận địa trên địa bàn Hà Nội",
            date(2026, 2, 17),
        ),
        # t-giadinh-lich-giao-nhan-quan-2026-cac-tinh.yaml (Gia đình & Xã hội, 2026)
        (
            "Dự kiến TP Hồ Chí Minh sẽ tổ chức lễ giao nhận quân năm 2026 tại 6 địa điểm các"
            " phòng thủ khu vực vào ngày 4/3/2026",
            date(2026, 3, 4),
        ),
    ],
)
def test_a_count_of_places_is_no_day(phrase: str, day: date) -> None:
    assert days(one(phrase, ctx("2026-01-20"))) == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # a number of places that is a day's: "tại 6 điểm" is a count, "tại 6/3 điểm" never
        "vào ngày 16/02/2026 tại 6/3 điểm",
        # a number before a word of time after "tại" stays unexplained
        "vào ngày 16/02/2026 tại 6 ngày",
    ],
)
def test_a_place_number_next_to_a_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-20"))


# --- "năm nay" after a day without its year ---------------------------------------------------


def test_this_year_after_a_day() -> None:
    # t-sggp-qd-360-ttg-ban-chi-dao-truong-bien-gioi-2026.yaml (SGGP, 2026)
    phrase = (
        "BCĐ có nhiệm vụ tham mưu, đề xuất phương án, giải pháp, cách làm cụ thể, hiệu quả để"
        " hoàn thành mục tiêu đầu tư xây dựng 100 trường phổ thông nội trú liên cấp tại các"
        " tỉnh, thành phố biên giới đất liền trước ngày 30-8 năm nay"
    )
    assert days(one(phrase, ctx("2026-02-24"))) == (D, date(2026, 8, 30), date(2026, 8, 30))


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(2000, 2040))
def test_this_year_is_the_issue_year(day: int, month: int, year: int) -> None:
    reading = one(f"trước ngày {day}/{month} năm nay", ctx(f"{year}-01-01"))
    assert reading.last == date(year, month, day)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("trước ngày 30/8/2027 năm nay", "2026-02-24"),  # a year of its own, and "năm nay"
        ("trước ngày 30-8 năm nay", None),  # this year of when?
    ],
)
def test_this_year_refused_when_it_cannot_hold(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


# --- a direction or a scheme the press reports, before its comma ------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # t-dantri-sap-xep-thon-to-dan-pho-2026.yaml (Dân trí, 2026)
        (
            "Theo chỉ đạo của Chính phủ, việc rà soát, sắp xếp thôn, bản, tổ dân phố sẽ được"
            " triển khai trên toàn quốc trong năm 2026",
            "2026-01-05",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # t-soha-de-an-hoi-cho-quoc-gia-mua-xuan-2026.yaml (Soha, 2026)
        (
            "Theo Đề án do Bộ Công Thương chủ trì xây dựng, Hội chợ quốc gia mùa Xuân dự kiến"
            " diễn ra trong 5 ngày, từ ngày 4 - 8/2 tại Trung tâm Triển lãm Việt Nam (VEC), tại"
            " Đông Anh, Hà Nội",
            "2026-01-08",
            date(2026, 2, 4),
            date(2026, 2, 8),
        ),
    ],
)
def test_a_reported_direction_frames_the_sentence(
    phrase: str, issued: str, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # no comma: "theo chỉ đạo … trong năm 2026" may be the direction's own time
        "thực hiện theo chỉ đạo của Chính phủ trong năm 2026",
        # a number or a time inside the frame is still checked
        "Theo chỉ đạo ngày 15/3 của Chính phủ, hoàn thành trong năm 2026",
    ],
)
def test_a_direction_without_its_frame_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


# --- "24h" ending a span of hours; "không gian" a place ---------------------------------------


def test_24h_ending_a_span_of_hours_is_the_end_of_its_day() -> None:
    # t-vietnamnet-ha-noi-phao-hoa-tet-2026.yaml (VietNamNet, 2025)
    reading = one(
        "diễn ra từ 19h đến 24h ngày 31/12/2025 tại Quảng trường Đông Kinh Nghĩa Thục và không"
        " gian phố đi bộ Hồ Hoàn Kiếm",
        ctx("2025-12-20"),
    )
    assert days(reading) == (D, date(2025, 12, 31), date(2025, 12, 31))
    assert reading.time is None  # no hour "24:00", nor the next day's 0h


@pytest.mark.parametrize(
    "phrase",
    [
        "diễn ra từ 19h đến 24h30 ngày 31/12/2025",  # no such hour
        "diễn ra từ 24h đến 2h ngày 31/12/2025",  # 24h starting a span
        "hoàn thành trước ngày 31/12/2025 và không gia hạn",  # "không": a "not"
    ],
)
def test_24h_and_khong_look_alikes_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-20"))


# --- the "hạn" of a term or a limit sets no deadline --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # found while folding the deadline words (branch tune-t): read as a window 2021-2025
        # before, past results whose "trung hạn" (medium-term) passed for a deadline's "hạn"
        "Kết quả thực hiện kế hoạch trung hạn giai đoạn 2021-2025",
        "Căn cứ kết quả thực hiện Chương trình hạn chế rác thải nhựa giai đoạn 2021-2025",
        "Kết quả thực hiện kế hoạch dài hạn giai đoạn 2021-2025",
    ],
)
def test_a_term_or_a_limit_is_no_deadline_word(phrase: str) -> None:
    assert "kết quả đã làm" in refused(phrase, ctx("2026-01-05"))


def test_a_deadline_han_still_sets_one() -> None:
    reading = one(
        "Căn cứ kết quả thực hiện Chương trình, hạn chót ngày 30/6/2026", ctx("2026-01-05")
    )
    assert reading.last == date(2026, 6, 30)

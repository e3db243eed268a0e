"""Forms tuned on the w- set (branch tune-w): its misreads refused or read right (a past
period told as done after an article's number, a law named with "và" and its year, a session
or an election day of a council's term, documents cited with a spaced dash, "số:" or a full
stop after their day, a census's reference moment, a start told as begun, a text's history
on a legal portal, an effect day under "Áp dụng:"), then the refusals grouped by cause. Each
rule with the real phrases that motivated it (their corpus file named) and the look-alikes
that must stay read or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineKind

D, W, ONGOING = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.ONGOING


# --- a past period's results, after an article's number ------------------------------------


def test_a_period_told_as_done_after_an_article_number_is_refused() -> None:
    # w-ba-ria-vung-tau-nq-37-2011-ktxh-2011-2015.yaml (HĐND Bà Rịa - Vũng Tàu, NQ 37/2011)
    phrase = (
        "Điều 2. Trong giai đoạn 2006 - 2010, tình hình phát triển kinh tế - xã hội của tỉnh đã"
        " đạt được những thành tựu quan trọng, phát triển khá toàn diện, có nhiều mặt phát"
        " triển mạnh mẽ và để lại nhiều dấu ấn."
    )
    assert "đã xảy ra" in refused(phrase, ctx("2011-12-08"))


def test_an_article_that_sets_a_period_still_reads() -> None:
    # the same resolution's title, and an article that sets a deadline after "đã"
    assert read_days(
        "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2011 – 2015 CỦA TỈNH BÀ RỊA – VŨNG TÀU",
        "2011-12-08",
    ) == (W, "2011-01-01", "2015-12-31")
    phrase = "Điều 2. Trong năm 2012, các đơn vị đã được giao phải hoàn thành trước ngày 30/6/2012"
    assert read_days(phrase, "2011-12-08") == (D, "2012-06-30", "2012-06-30")


# --- a law named with its year ---------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # w-btp-qd-460-2019-so-ket-luat-hon-nhan.yaml (Bộ Tư pháp, QĐ 460/QĐ-BTP, 2019)
        "BAN HÀNH KẾ HOẠCH SƠ KẾT THI HÀNH LUẬT HÔN NHÂN VÀ GIA ĐÌNH NĂM 2014 VÀ CÁC VĂN BẢN QUY"
        " ĐỊNH CHI TIẾT",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch sơ kết thi hành Luật hôn nhân và gia"
        " đình năm 2014 và các văn bản quy định chi tiết.",
    ],
)
def test_a_law_named_with_and_and_its_year_is_no_period(phrase: str) -> None:
    refused(phrase, ctx("2019-02-22"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # a plan or documents after the law, with their own year: the year is theirs
        ("tuyên truyền Luật Đất đai và kế hoạch sử dụng đất năm 2019", "2019-01-01", "2019-12-31"),
        ("triển khai Luật Đất đai và các văn bản năm 2019", "2019-01-01", "2019-12-31"),
    ],
)  # fmt: skip
def test_a_plan_or_documents_after_a_law_keep_their_year(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2019-02-22") == (W, first, last)


# --- an occasion of a council's term ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # w-kien-giang-nq-39-2012-noi-quy-ky-hop.yaml (HĐND Kiên Giang, NQ 39/2012)
        ("VỀ VIỆC BAN HÀNH NỘIQUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA VIII, NHIỆM KỲ 2011 - 2016",
         "2012-01-11"),
        # w-press-voh-ngay-bau-cu-2016.yaml (VOH, 24/11/2015)
        ("Với tỉ lệ 92,11% đại biểu tán thành, Quốc hội biểu quyết thông qua ngày bầu cử đại biểu"
         " Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 - 2021.",
         "2015-11-24"),
    ],
)  # fmt: skip
def test_a_session_or_an_election_day_named_with_its_term_is_no_window(
    phrase: str, issued: str
) -> None:
    assert "nhiệm kỳ là tên" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # the term as the phrase's subject: its council, its election (corpus g-, h-b2-, a-)
        ("HĐND tỉnh khóa XVII, nhiệm kỳ 2021- 2026", "2023-01-01", "2021-01-01", "2026-12-31"),
        ("bầu cử đại biểu Quốc hội và đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2026-2031",
         "2025-01-01", "2026-01-01", "2031-12-31"),
        ("nhiệm kỳ 2020 - 2025", "2021-01-01", "2020-01-01", "2025-12-31"),
        # a session with its own days (h-gialaitv-ky-hop-thu-chin-hdnd-2022.yaml)
        ("Kỳ họp thứ Chín, HĐND tỉnh khóa XII, nhiệm kỳ 2021-2026 diễn ra trong 3 ngày (từ ngày 7"
         " đến ngày 9/12/2022)", "2022-11-30", "2022-12-07", "2022-12-09"),
    ],
)  # fmt: skip
def test_a_term_as_the_subject_or_a_session_with_its_days_reads(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


def test_an_election_day_with_its_day_reads_the_day() -> None:
    # d-baovephapluat-ngay-bau-cu-2021.yaml
    phrase = (
        "ngày bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ"
        " 2021-2026 là Chủ nhật, ngày 23/5/2021"
    )
    assert read_days(phrase, "2021-01-10") == (D, "2021-05-23", "2021-05-23")


# --- documents cited, however their number is printed ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a spaced en dash inside the code: w-lai-chau-qd-08-2015-chuyen-doi-cho.yaml
        ("Theo đề nghị của Giám đốc Sở Công thương tại Tờ trình số 56/TTr – SCT ngày 02 tháng 02"
         " năm 2015,", "2015-03-01"),
        # a full stop after the last one's day: w-lang-son-qd-52-2018-ngan-sach.yaml
        ("Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 237/TTr-STC ngày 27/7/2018 và"
         " Báo cáo số 332/BC-STC ngày 17/8/2018.", "2018-09-05"),
        # "số:" before the number: w-press-tump-nd-56-2015-danh-gia-can-bo.yaml
        ("Ngày 09 tháng 6 năm 2015, Thủ tướng Nguyễn Tấn Dũng đã ký Nghị định số: 56/2015/NĐ-CP"
         " về đánh giá và phân loại cán bộ, công chức, viên chức.", None),
        # ... and v-stttt-ha-giang-ho-tro-covid-2020.yaml, a guidance's issue day
        ("Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản số: 670/HD-UBND hướng dẫn triển khai"
         " thực hiện hỗ trợ cho các đối tượng: Người có công, bảo trợ xã hội, hộ nghèo, hộ cận"
         " nghèo trên địa bàn tỉnh", None),
    ],
)  # fmt: skip
def test_a_cited_documents_day_is_no_deadline(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


def test_a_deadline_beside_a_citation_stays_read() -> None:
    # a deadline after a cited document and its day, the sentence's full stop after it
    phrase = "Thực hiện Công văn số 12/UBND-KT ngày 02/3/2018, báo cáo trước ngày 15/3/2018."
    assert read_days(phrase, "2018-01-10") == (D, "2018-03-15", "2018-03-15")
    # a month after a spaced dash is no part of the code: it stays the phrase's own month
    assert read_days("báo cáo số 12/KH – tháng 3/2018", "2018-01-10") == (
        W,
        "2018-03-01",
        "2018-03-31",
    )


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(2000, 2030))
def test_a_submissions_day_after_theo_de_nghi_is_never_due(day: int, month: int, year: int) -> None:
    for dash in ("-", " – ", "–"):
        phrase = f"Theo đề nghị của Sở Tài chính tại Tờ trình số 56/TTr{dash}STC ngày {day}/{month}/{year}."
        refused(phrase, ctx(f"{year}-12-31"))


# --- a census's reference moment -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # w-press-anninhthudo-tong-dieu-tra-dan-so-2009.yaml
        ("Thời điểm điều tra từ 0h ngày 1-4-2009.", "2009-03-31"),
        # d-tdt-2019-anninhthudo.yaml (refused since tune-w, the lead's convention)
        ("Thời điểm điều tra là 0 giờ ngày 1-4-2019", "2019-03-30"),
        # w-press-vinanet-ct-44-2017-tong-dieu-tra-2019.yaml, with and without its issue day
        ("Chỉ thị số 44/CT-TTg của Thủ tướng Chính phủ ngày 06 tháng 12 năm 2017 về việc chuẩn bị"
         " Tổng điều tra dân số và nhà ở thời điểm 0 giờ ngày 01 tháng 4 năm 2019.", None),
        ("Chỉ thị số 44/CT-TTg của Thủ tướng Chính phủ ngày 06 tháng 12 năm 2017 về việc chuẩn bị"
         " Tổng điều tra dân số và nhà ở thời điểm 0 giờ ngày 01 tháng 4 năm 2019.", "2017-12-06"),
    ],
)  # fmt: skip
def test_a_census_reference_moment_is_no_deadline(phrase: str, issued: str | None) -> None:
    assert "thời điểm kiểm kê, điều tra" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        # the census held at that moment (d-qd-772-2018-ttg-tong-dieu-tra.yaml: "Tổ chức … vào")
        ("Tổ chức Tổng điều tra dân số và nhà ở năm 2019 vào thời điểm 0 giờ ngày 01 tháng 4 năm"
         " 2019", D, "2019-04-01", "2019-04-01"),
        # the collection after it (w-press-anninhthudo-tong-dieu-tra-dan-so-2009.yaml)
        ("Thời gian thu thập thông tin của cuộc tổng điều tra bắt đầu từ 7h sáng ngày 1-4-2009 và"
         " kết thúc chậm nhất vào 20-4-2009.", W, "2009-04-01", "2009-04-20"),
    ],
)  # fmt: skip
def test_a_census_held_or_collected_or_prepared_before_its_moment_reads(
    phrase: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, "2018-08-01") == (kind, first, last)


def test_a_deadline_before_the_census_moment_is_not_refused_as_one() -> None:
    # "trước thời điểm …" is a deadline before it (refused for its own reason, the "trước"
    # before a moment the grammar does not name), never the snapshot
    why = refused("hoàn thành lập bảng kê trước thời điểm điều tra 0 giờ ngày 01/4/2019")
    assert "thời điểm kiểm kê, điều tra" not in why


def test_a_start_told_as_begun_is_no_deadline() -> None:
    # w-press-tapchitaichinh-tong-dieu-tra-2019.yaml
    phrase = (
        "Vào lúc 0h00 ngày hôm nay (1/4/2019), cuộc tổng điều tra về dân số và nhà ở với quy mô"
        " toàn quốc đã chính thức bắt đầu, với sự tham gia của hơn 122.000 điều tra viên."
    )
    assert "đã xảy ra" in refused(phrase)


def test_a_start_begun_and_still_running_to_its_end_is_not_told_as_done() -> None:
    # v-baomoi-thang-hanh-dong-hiv-2009.yaml: "đã bắt đầu … và sẽ kéo dài đến …", something
    # still to come (refused today for its other numbers, never as a past event)
    phrase = (
        "Hưởng ứng Chiến dịch phòng, chống AIDS toàn cầu và ngày Thế giới phòng, chống AIDS"
        ' (1/12), Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2009 với chủ đề "Tiếp cận'
        ' phổ cập và quyền con người" đã bắt đầu diễn ra từ ngày 10/11 và sẽ kéo dài đến ngày'
        " 10/12 với nhiều hoạt động phong phú, rộng khắp tại 63 tỉnh, thành phố trong cả nước"
    )
    assert "đã xảy ra" not in refused(phrase)


# --- a text's history on a legal portal ------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # w-vbpl-kon-tum-tt-03-2009-bct-lich-su.yaml (vbpl.vn, Lịch sử hiệu lực)
        "05/11/2019 Bị bãi bỏ 17/2019/TT-BCT",
        # the same table's other rows
        "10/02/2009 Văn bản được ban hành 03/2009/TT-BCT",
        "01/01/2015 Văn bản hết hiệu lực",
        "Ngày 15/3/2016: Bị thay thế 17/2016/TT-BCT",
    ],
)
def test_a_texts_issue_repeal_or_end_day_is_no_deadline(phrase: str) -> None:
    refused(phrase, ctx("2009-02-10"))


@pytest.mark.parametrize(
    ("phrase", "header", "earliest"),
    [
        # w-vbpl-kon-tum-tt-03-2009-bct-lich-su.yaml
        ("27/03/2009 Văn bản có hiệu lực 03/2009/TT-BCT", None, "2009-03-27"),
        ("Ngày 27/03/2009: Văn bản có hiệu lực", None, "2009-03-27"),
        # w-lang-son-qd-52-2018-ngan-sach.yaml: the portal's summary, "Áp dụng: 15/09/2018"
        ("15/09/2018", "Áp dụng:", "2018-09-15"),
        ("15/09/2018", "Ngày áp dụng", "2018-09-15"),
    ],
)
def test_a_texts_effect_day_is_a_start_bound(
    phrase: str, header: str | None, earliest: str
) -> None:
    reading = one(phrase, Context(issued=date(2009, 2, 10), header=header))
    assert (reading.kind, reading.first, reading.last) == (ONGOING, None, None)
    assert str(reading.earliest) == earliest


def test_a_deadline_under_an_apply_header_is_refused_and_a_window_header_is_no_such_header() -> (
    None
):
    # "trước ngày D" under "Áp dụng": before it applies? Refused, as under "Ngày hiệu lực"
    assert "first_day" in refused(
        "trước ngày 15/09/2018", Context(date(2018, 9, 5), header="Áp dụng:")
    )
    # "Thời gian áp dụng biện pháp …" heads a window or a day, read as written
    reading = one("15/09/2018", Context(issued=date(2018, 9, 5), header="Thời gian áp dụng"))
    assert (reading.kind, str(reading.last)) == (D, "2018-09-15")

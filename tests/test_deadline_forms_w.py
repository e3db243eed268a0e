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
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

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
        # a term alone is the time of the work (corpus a-; a council's or an election's term
        # is the office's since the lead's convention, tests/test_deadline_conventions13.py)
        ("nhiệm kỳ 2020 - 2025", "2021-01-01", "2020-01-01", "2025-12-31"),
        # a session with its own days (h-gialaitv-ky-hop-thu-chin-hdnd-2022.yaml)
        ("Kỳ họp thứ Chín, HĐND tỉnh khóa XII, nhiệm kỳ 2021-2026 diễn ra trong 3 ngày (từ ngày 7"
         " đến ngày 9/12/2022)", "2022-11-30", "2022-12-07", "2022-12-09"),
    ],
)  # fmt: skip
def test_a_term_alone_or_a_session_with_its_days_reads(
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
    "phrase",
    [
        # the same rows told as a sentence, the day after the words: each read as a deadline
        # on the day the text was replaced or amended before the two rules were one (tidy12)
        "Bị thay thế ngày 15/3/2016",
        # y-ktnn-vbhn-03-2024-phat-hanh-bao-cao-kiem-toan.yaml: "…, được sửa đổi, bổ sung …"
        "được sửa đổi, bổ sung ngày 15/3/2016",
        # a copy that lost its diacritics says the same
        "Van ban het hieu luc ngay 01/01/2015",
    ],
)
def test_what_happened_to_a_text_before_its_day_is_no_deadline(phrase: str) -> None:
    assert "last_day" in refused(phrase, ctx("2009-02-10"))


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


# --- refusals fixed by cause ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        # a header and its cell on one line: w-tuyen-quang-sxd-van-ban-phap-quy-2019.yaml
        ("Ngày hiệu lực: 01-10-2019", "2019-10-01"),
        ("Ngày hiệu lực: 15-08-2019", "2019-08-15"),
        ("Ngày có hiệu lực: 15/05/2019", "2019-05-15"),
    ],
)
def test_an_effect_day_printed_after_its_field_is_a_start_bound(phrase: str, earliest: str) -> None:
    reading = one(phrase)
    assert (reading.kind, str(reading.earliest), reading.last) == (
        ONGOING,
        earliest,
        None,
    )
    assert reading.phrase == phrase


@pytest.mark.parametrize(
    "phrase",
    [
        # a deadline in that field: before it takes effect? refused, as under its header
        "Ngày hiệu lực: trước ngày 01-10-2019",
        # the day it ends, or the day it was issued, is no start and no deadline
        "Ngày hết hiệu lực: 01-10-2019",
        "Ngày ban hành: 01-10-2019",
    ],
)
def test_other_fields_of_a_text_are_refused(phrase: str) -> None:
    refused(phrase)


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(2000, 2030))
def test_an_effect_field_never_reads_as_a_deadline(day: int, month: int, year: int) -> None:
    reading = one(f"Ngày hiệu lực: {day:02d}-{month:02d}-{year}")
    assert (reading.kind, reading.earliest, reading.last) == (
        ONGOING,
        date(year, month, day),
        None,
    )


def test_the_end_mark_after_an_effect_clause_is_the_texts_end() -> None:
    # w-gia-lai-qd-485-2020-phan-mem-dan-toc.yaml: "./." closes the text (Nghị định 30/2020)
    reading = one("Quyết định này có hiệu lực thi hành kể từ ngày ký./.", ctx("2020-09-15"))
    assert (reading.kind, str(reading.earliest)) == (ONGOING, "2020-09-15")


def test_electronic_is_no_mistyped_from() -> None:
    # w-luatvietnam-ban-tin-2018-06-bhxh-384-the-bhyt-dien-tu.yaml: "điện tử" (electronic)
    assert read_days("Triển khai thẻ Bảo hiểm y tế điện tử trong năm 2018") == (
        W,
        "2018-01-01",
        "2018-12-31",
    )
    # "tử" alone before the time may still be "từ" mistyped: a start, refused
    assert "gõ sai dấu" in refused("Triển khai thẻ tử trong năm 2018")


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # w-tien-giang-nq-11-2011-ktxh-2012.yaml
        ("Điều 1. Thông qua Kế hoạch phát triển kinhtế - xã hội tỉnh Tiền Giang năm 2012, với"
         " những nội dung chính như sau:", "2011-12-15", W, "2012-01-01", "2012-12-31"),
        # t-cao-bang-kh-4080-truyen-thong-chong-buon-lau-2026.yaml
        ("Ủy ban nhân dân (UBND) tỉnh ban hành Kế hoạch truyền thông phòng, chống buôn lậu, gian"
         " lận thương mại giai đoạn 2025 - 2026 với các nội dung cụ thể như sau", "2025-12-01",
         W, "2025-01-01", "2026-12-31"),
    ],
)  # fmt: skip
def test_as_follows_after_the_time_is_no_after(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


def test_after_a_day_after_as_follows_stays_refused() -> None:
    # "như sau 5 ngày" (as after five days?) holds a count: never a word of manner
    refused("trước ngày 15/3/2012, như sau 5 ngày")


def test_a_citation_line_with_its_congress_term_and_as_follows_stays_refused() -> None:
    # w-kien-giang-kh-80-2021-ktxh-2021-2025.yaml: the resolutions carried out, the congress
    # that adopted one named with its term; "như sau:" no longer hides them
    phrase = (
        "Thực hiện Nghị quyết 11-NQ/ĐH ngày 17/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ"
        " XI, nhiệm kỳ 2020 - 2025, Nghị quyết số 535/NQ-HĐND ngày 14/01/2021 của Hội đồng nhân"
        " dân tỉnh về nhiệm vụ phát triển kinh tế-xã hội tỉnh Kiên Giang 5 năm giai đoạn 2021 -"
        " 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện với những nội dung"
        " chủ yếu như sau:"
    )
    refused(phrase, ctx("2021-03-01"))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # w-quang-binh-qd-2384-2013-san-xuat-sach-hon.yaml: "GIAI ĐOẠN2013"
        ("ÁPDỤNG SẢN XUẤT SẠCH HƠN TRONG CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH GIAI ĐOẠN2013"
         " – 2020", "2013-09-30", "2013-01-01", "2020-12-31"),
        ("trong tháng8/2013", "2013-01-10", "2013-08-01", "2013-08-31"),
    ],
)  # fmt: skip
def test_a_word_of_time_run_into_its_number_is_read_apart(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # w-press-baoquangnam-nam-hoc-2013-2014.yaml: "giáo dục thường xuyên" is a kind of school
        ("Theo đó, học sinh tiểu học, THCS, THPT tựu trường ngày 12.8; ngành học mầm non, giáo"
         " dục thường xuyên (bổ túc THCS, bổ túc THPT) tựu trường ngày 26.8.", "2013-07-23",
         [(D, "2013-08-12", "2013-08-12"), (D, "2013-08-26", "2013-08-26")]),
        # w-press-baomoi-qdnd-khung-nam-hoc-2012-2013.yaml: "năm học" without its years names
        # the framework, the words before the comma the step's
        ("Khung kế hoạch thời gian năm học áp dụng chung cho giáo dục mầm non, giáo dục phổ"
         " thông và giáo dục thường xuyên trong toàn quốc quy định ngày tựu trường sớm nhất vào"
         " ngày 1-8-2012, muộn nhất vào ngày 28-8-2012.", None,
         [(W, "2012-08-01", "2012-08-28")]),
    ],
)  # fmt: skip
def test_school_kinds_and_a_school_year_named_are_words_of_the_step(
    phrase: str, issued: str | None, expected: list[tuple[object, ...]]
) -> None:
    readings = parse_deadlines(phrase, ctx(issued))
    assert [(r.kind, str(r.first), str(r.last)) for r in readings] == expected


def test_a_school_year_said_as_a_time_stays_the_steps_word() -> None:
    # "trong năm học, trước ngày …": the words before the comma are the step's, checked there
    assert read_days("trong năm học, trước ngày 15/3/2013") == (
        D,
        "2013-03-15",
        "2013-03-15",
    )


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # w-press-laodong-nghi-tet-giap-ngo-2014.yaml: a weekday glossed by its day in
        # parentheses, a lunar gloss after a dash, checked against the lunar calendar
        ("Như vậy,  CCVC được nghỉ 9 ngày liên tục, từ thứ ba (28.1.2014) đến hết thứ tư "
         " (5.2.2014) - tức từ ngày 28 tháng Chạp năm Quý Tỵ đến hết ngày 6 tháng Giêng năm Giáp"
         " Ngọ.", "2014-01-28", "2014-02-05"),
        ("từ thứ ba (28.1.2014) đến hết thứ tư (5.2.2014)", "2014-01-28", "2014-02-05"),
    ],
)  # fmt: skip
def test_a_weekday_glossed_by_its_day_and_a_lunar_gloss_after_a_dash(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the weekday names another day, the lunar gloss another day or another year
        ("từ thứ hai (28.1.2014) đến hết thứ tư (5.2.2014)", "không phải Thứ Hai"),
        ("từ thứ ba (28.1.2014) đến hết thứ tư (5.2.2014) - tức từ ngày 28 tháng Chạp năm Quý Tỵ"
         " đến hết ngày 7 tháng Giêng năm Giáp Ngọ.", "không phải 7 tháng 1"),
        ("từ thứ ba (28.1.2014) đến hết thứ tư (5.2.2014) - tức từ ngày 28 tháng Chạp năm Quý Tỵ"
         " đến hết ngày 6 tháng Giêng năm Ất Mùi.", "không phải năm Ất Mùi"),
    ],
)  # fmt: skip
def test_a_weekday_or_a_lunar_gloss_that_disagrees_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


@given(day=st.dates(date(2000, 1, 1), date(2030, 12, 31)), shift=st.integers(1, 6))
def test_a_weekday_in_front_of_its_day_in_parentheses_is_checked(day: date, shift: int) -> None:
    names = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
    written = f"{day.day}.{day.month}.{day.year}"
    assert read_days(f"vào {names[day.weekday()]} ({written})") == (
        D,
        str(day),
        str(day),
    )
    refused(f"vào {names[(day.weekday() + shift) % 7]} ({written})")


def test_a_clause_of_purpose_may_open_with_as_the_basis_of() -> None:
    # w-bxd-bao-cao-chien-luoc-nha-o-2021.yaml: "làm cơ sở …" (as the basis of), then "theo
    # đúng tiến độ" (on schedule) and "để …": what the report is for, no time
    phrase = (
        "Đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo về Bộ Xây dựng"
        " trước ngày 30/3/2021 làm cơ sở xây dựng chiến lược theo đúng tiến độ được giao, để"
        " tổng hợp và báo cáo Chính phủ, Thủ tướng Chính phủ./."
    )
    assert read_days(phrase, "2021-03-03") == (D, "2021-03-30", "2021-03-30")
    # a second time in that clause is still a second time
    refused("gửi báo cáo trước ngày 30/3/2021 làm cơ sở tổng hợp trước ngày 15/4/2021")
    refused("gửi báo cáo trước ngày 30/3/2021 làm cơ sở xây dựng kế hoạch năm 2022")


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        # w-vpcp-tt-01-2020-bao-cao-kiem-diem.yaml (Thông tư 01/2020/TT-VPCP)
        ("Tần suất thực hiện báo cáo: 06 tháng và hằng năm;", 2),
        ("Tần suất báo cáo: 6 tháng", 1),
    ],
)
def test_six_months_after_a_reporting_frequency_field_is_a_cadence(phrase: str, count: int) -> None:
    readings = parse_deadlines(phrase, ctx("2020-10-21"))
    assert [r.kind for r in readings] == [DeadlineKind.RECURRING] * count
    assert readings[0].rrule is not None and "INTERVAL=6" in readings[0].rrule


@pytest.mark.parametrize("phrase", ["Thời gian: 06 tháng", "trong 06 tháng", "06 tháng"])
def test_six_months_elsewhere_stays_a_length(phrase: str) -> None:
    refused(phrase, ctx("2020-10-21"))


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # days listed with "," inside clauses joined by ";" (o-vietjack-luat-quy-hoach-2017-
        # hieu-luc.yaml: two effect days, the second clause's words holding commas)
        ("Luật Quy hoạch có hiệu lực từ ngày 01/01/2019; riêng các quy định về lập, thẩm định"
         " quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh có hiệu lực từ ngày 01/3/2018",
         "2017-11-24",
         [(None, None, "2019-01-01"), (None, None, "2018-03-01")]),
        # w-press-baomoi-qdnd-khung-nam-hoc-2012-2013.yaml's rounds, without the lead, on their
        # own undated page (read on a page of 2017 they are rounds four years past, retold:
        # convention 8, tune-zn's `toldpast.refuse_past_rounds`)
        ("đợt 1 vào các ngày 3, 4, 5-7-2013; đợt 2 vào các ngày 8, 9,10-7-2013",
         None,
         [("2013-07-03", "2013-07-05", None), ("2013-07-08", "2013-07-10", None)]),
    ],
)  # fmt: skip
def test_clauses_joined_by_semicolons_keep_their_lists(
    phrase: str, issued: str | None, expected: list[tuple[str | None, ...]]
) -> None:
    readings = parse_deadlines(phrase, ctx(issued))
    got = [(r.first, r.last, r.earliest) for r in readings]
    assert [tuple(str(d) if d else None for d in one) for one in got] == expected

"""Forms tuned on the n- and o- sets (branch tune-n): the words around a deadline in a
sentence (a cited document's title, an address, an e-mail, a purpose, the end mark, numbers
that name things). Each rule with the real phrases that motivated it (their document cited)
and the near variants that must stay refused or read otherwise (the first rule: never a
silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE


def _one(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    return reading.kind, str(reading.first), str(reading.last)


# --- a cited document's title is the document's ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # Bộ NN&PTNT, dự thảo Nghị định thanh lý rừng trồng (2024): the resolution's title
        # names the year it is about; once read as a window due by 31/12/2024
        ("Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải "
         "pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà "
         "nước năm 2024", "2024-04-01"),
        ("Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2024 về phát triển du lịch năm 2024",
         "2024-04-01"),
        ("Căn cứ Quyết định số 12/QĐ-TTg ngày 3/1/2023 của Thủ tướng Chính phủ về việc phê "
         "duyệt Chiến lược phát triển giai đoạn 2021 - 2030, tầm nhìn đến năm 2045.",
         "2024-04-01"),
    ],
)  # fmt: skip
def test_a_cited_documents_title_is_no_deadline(phrase: str, issued: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx(issued))


def test_a_deadline_before_a_cited_title_reads_alone() -> None:
    # the title at the end is the plan's own; the day before it is the deadline
    assert _one(
        "Trước ngày 30/6/2024, báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 "
        "về phát triển du lịch năm 2024",
        "2024-03-01",
    ) == (D, "2024-06-30", "2024-06-30")


def test_a_relative_deadline_before_a_replaced_decisions_title() -> None:
    # UBND tỉnh Bắc Kạn, QĐ 24/2014/QĐ-UBND: the replaced decision's title ends the phrase
    (reading,) = parse_deadlines(
        "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế Quyết định số "
        "623/2012/QĐ-UBND ngày 27/4/2012 của UBND tỉnh về việc ban hành Quy định về chế độ báo "
        "cáo thống kê Tư pháp trên địa bàn tỉnh Bắc Kạn",
        ctx("2014-10-01"),
    )
    assert reading.kind is R
    assert reading.relative is not None and reading.relative.offset == 10


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # words that set a time end the title: what follows is read as it stands
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 về phát triển du lịch, hoàn thành "
         "trong năm 2024", "2024-01-01", "2024-12-31"),
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 về phát triển du lịch; báo cáo trước "
         "ngày 30/6/2024", "2024-06-30", "2024-06-30"),
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 về phát triển du lịch, báo cáo UBND "
         "tỉnh trong tháng 6/2024", "2024-06-01", "2024-06-30"),
    ],
)  # fmt: skip
def test_a_time_after_a_cited_title_still_reads(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2024-03-01"))
    assert (str(reading.first), str(reading.last)) == (first, last)


# --- where to send the work: an address, a telephone, the esteemed addressee ----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # Bộ KH&CN, dự thảo 850 (2021): the street number before the deadline
        ("Ý kiến của Quý cơ quanđề nghị gửi về Bộ Khoa học và Công nghệ (Vụ Khoa học và Công "
         "nghệ các ngành kinh tế-kỹ thuật), 113 Trần Duy Hưng, Cầu Giấy, Hà Nội (bản điện tử gửi "
         "qua email: lqminh@most.gov.vn) trước ngày 20/8/2021", "2021-07-30", "2021-08-20"),
        # Cục Trợ giúp pháp lý (2024)
        ("Văn bản góp ý đề nghị gửi về Cục Trợ giúp pháp lý, Bộ Tư pháp, 60 Trần Phú, Ba Đình, "
         "Hà Nội và địa chỉ email: ctgpl@moj.gov.vn. (trước ngày 24/7/2024)", "2024-07-01",
         "2024-07-24"),
        # Bộ Tư pháp (2022): a range of house numbers, then the e-mail after the day
        ("Văn bản góp ý đề nghị gửi về Bộ Tư pháp (qua Vụ Phổ biến, giáo dục pháp luật, 58-60 "
         "Trần Phú, Ba Đình, TP. Hà Nội) trước ngày 16/6/2022, đồng thời gửi file điện tử về địa "
         "chỉ: thaoln@moj.gov.vn", "2022-06-01", "2022-06-16"),
        # Sở Nội vụ Sơn La, CV 1448 (2016): a telephone number after "ĐT"
        ("Ý kiến tham gia bằng văn và gửi về Sở Nội vụ (Phòng Cải cách hành chính ĐT "
         "022.3751890; Email: cchcsonla@gmail.com) trước ngày  09/01/2017 để tổng hợp,  báo cáo "
         "Chủ tịch UBND tỉnh phê duyệt và tổ chức thực hiện", "2016-12-20", "2017-01-09"),
        # Sở Nội vụ Quảng Ngãi (2021): "Số 25, đường …"
        ("Các ý kiến phản hồi của nhân dân gửi về Ban Thi đua – Khen thưởng tỉnh (địa chỉ: Số "
         "25, đường Hùng Vương, TP.Quảng Ngãi) trước ngày 23/9/2021", "2021-09-10", "2021-09-23"),
        # Cục Lâm nghiệp và Kiểm lâm (2025): the address after the day
        ("Văn bản góp ý của Quý cơ quan, đơn vị đề nghị gửi về Cục Lâm nghiệp và Kiểm lâm trước "
         "ngày 25/5/2025, địa chỉ: Số 02 Ngọc Hà, phường Ngọc Hà, quận Ba Đình, thành phố Hà "
         "Nội", "2025-05-10", "2025-05-25"),
        ("gửi về Sở (số điện thoại (024) 38257039) trước ngày 26/3/2018", "2018-03-01",
         "2018-03-26"),
    ],
)  # fmt: skip
def test_an_address_or_a_telephone_is_no_time(phrase: str, issued: str, last: str) -> None:
    assert _one(phrase, issued) == (D, last, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a number with no street or place after it, or a word of time inside: a day
        "gửi về Sở Nội vụ, 15, Hà Nội trước ngày 20/3/2024",
        "gửi về Sở Nội vụ, số 15, tháng 3, Hà Nội trước ngày 20/3/2024",
        "gửi về Sở Nội vụ ngày 15 Trần Phú, Hà Nội trước ngày 20/3/2024",
        # a telephone needs its word and its length
        "gửi về Sở Nội vụ (022.3751890) trước ngày 20/3/2024",
        "gửi về Sở Nội vụ (ĐT 01.12.2024) trước ngày 20/3/2024",
        # "quý" before a numeral is a quarter
        "Quý cơ quan gửi báo cáo quý 2 trước ngày 20/3/2024",
    ],
)
def test_numbers_that_are_no_address_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-03-01"))


# --- the words after the day: the end mark, where to send it, what follows ------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # UBND tỉnh Quảng Trị, CV 1422/2024: the end mark of the text after the day
        ("Các đơn vị, địa phương chủ động phối hợp thực hiện, báo cáo UBND tỉnh kết quả trước "
         "ngày 10/4/2024./.", "2024-03-20", "2024-04-10"),
        ("báo cáo UBND tỉnh kết quả trước ngày 10/4/2024 để tổng hợp/.", "2024-03-20",
         "2024-04-10"),
        # Bộ KH&CN, dự thảo 714 (2018): an address, a telephone, "kèm theo", the steps that
        # follow, and the end mark short of its dot
        ("Văn bản góp ý xin gửi về Bộ Khoa học và Công nghệ (qua Cục Thông tin khoa học và công "
         "nghệ quốc gia), 24 Lý Thường Kiệt, Hà Nội, số điện thoại (024) 38257039, kèm theo bản "
         "điện tử tới địa chỉ email: quanly@vista.gov.vn trước ngày 26 tháng 3 năm 2018 để kịp "
         "tổng hợp và tiến hành các thủ tục tiếp theo/", "2018-02-01", "2018-03-26"),
        # Bộ NN&PTNT, CV 4416/BNN-TCLN (2013): "theo địa chỉ" (run together by the copy), the
        # building before the house number
        ("Văn bản tham gia ý kiến gửi về BộNông nghiệp và Phát triển Nông thôn trước ngày 10 "
         "tháng 01 năm 2014 theo địachỉ: Cục Kiểm lâm, nhà A3, số 02 Ngọc Hà, Ba Đình, Hà Nội.",
         "2013-12-20", "2014-01-10"),
        # Bộ TN&MT, CV 3059 (2009)
        ("Đề nghị Quý cơ quan góp ý kiến bằng văn bản gửi về Bộ Tài nguyên và Môi trường trước "
         "ngày 30 tháng 8 năm 2009 theo địa chỉ: Tổng cục Biển và Hải đảo Việt Nam, số 83 Nguyễn "
         "Chí Thanh, Đống Đa, Hà Nội", "2009-08-01", "2009-08-30"),
        # Cục Trợ giúp pháp lý (2016)
        ("Công văn góp ý đề nghị gửi về Cục Trợ giúp pháp lý trước ngày  15/01/2017 và gửi thư "
         "điện tử theo địa chỉ: tuyenvh@moj.gov.vn", "2016-12-30", "2017-01-15"),
    ],
)  # fmt: skip
def test_words_after_the_day_that_move_no_day(phrase: str, issued: str, last: str) -> None:
    assert _one(phrase, issued) == (D, last, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a "/" right after the day's number may be a day cut short; a footnote mark stays one
        "báo cáo UBND tỉnh kết quả trước ngày 10/4/",
        "báo cáo UBND tỉnh kết quả trước ngày 10/4/2024 (*)",
        # a period that follows the deadline is no step that follows it
        "báo cáo UBND tỉnh kết quả trước ngày 10/4/2024 và các năm tiếp theo",
        # "theo" before a rule or a plan after the day stays a word of time
        "báo cáo UBND tỉnh kết quả trước ngày 10/4/2024 theo lịch của Bộ",
    ],
)
def test_words_after_the_day_that_may_move_it_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-03-20"))

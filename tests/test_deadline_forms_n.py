"""Forms tuned on the n- and o- sets (branch tune-n): the words around a deadline in a
sentence (a cited document's title, an address, an e-mail, a purpose, the end mark, numbers
that name things). Each rule with the real phrases that motivated it (their document cited)
and the near variants that must stay refused or read otherwise (the first rule: never a
silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE


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
    said = refused(phrase, ctx(issued))  # "Căn cứ …": refused as the document's grounds
    assert "số hiệu văn bản" in said or "căn cứ của văn bản" in said


def test_a_deadline_before_a_cited_title_reads_alone() -> None:
    # the title at the end is the plan's own; the day before it is the deadline
    assert read_days(
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
    assert read_days(phrase, issued) == (D, last, last)


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
    assert read_days(phrase, issued) == (D, last, last)


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


# --- "hoặc" between two ways of doing one thing ---------------------------------------------


def test_or_between_two_ways_of_sending_before_one_day() -> None:
    # Bộ Xây dựng, dự thảo Thông tư (2023): e-mail or a letter, one deadline after both
    assert read_days(
        "Các cơ quan, đơn vị, tổ chức và bạn đọc có thể góp ý kiến bằng thư điện tử và gửi về "
        "hộp thư nguyenlyhong@moc.gov.vn hoặc gửi bằng văn bản về Vụ Quy hoạch - Kiến trúc Bộ "
        "Xây dựng - 37 Lê Đại Hành - Hai Bà Trưng - Hà Nội trước ngày 27/9/2023",
        "2023-07-27",
    ) == (D, "2023-09-27", "2023-09-27")
    # two acts before one day (once refused by tune-k as "which?"; the only day is the one
    # both share, as the lead decided in tune-n: no second time on either side)
    assert read_days("Báo cáo hoặc đề xuất trước ngày 15/3/2027") == (D, "2027-03-15", "2027-03-15")
    assert read_days(
        "Gửi báo cáo bằng văn bản hoặc qua thư điện tử về Sở Nội vụ trước ngày 15/3/2024"
    ) == (
        D,
        "2024-03-15",
        "2024-03-15",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a time on either side of "hoặc": two deadlines, never one of them
        "Quý II/2027 hoặc trước ngày 20/11/2027",
        "Gửi báo cáo trước ngày 10/3/2024 hoặc nộp trực tiếp trước ngày 15/3/2024",
        "Gửi báo cáo tháng hoặc quý trước ngày 15/3/2024",
        "Gửi báo cáo hoặc trước ngày 15/3/2024",
        "gửi vào buổi sáng hoặc chiều ngày 15/3/2024",
    ],
)
def test_or_beside_a_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-03-01"))


# --- numbers that name things before the day ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # UBND tỉnh Quảng Trị, CV 1677/2021: the items of the reply
        ("Nội dung 2 và 3: Giao UBND thành phố Đông Hà kiểm tra, xem xét giải quyết, trả lời cho "
         "công dân, báo cáo UBND tỉnh trước ngày 20/5/2021", "2021-05-05", D, "2021-05-20",
         "2021-05-20"),
        # Báo Bình Dương (2024): a provincial road by its letters and dot; the hours a ban covers
        ("lưu thông trong khung giờ cấm trên đường ĐT.746 đến hết ngày 31/12/2024",
         "2024-10-01", D, "2024-12-31", "2024-12-31"),
        # Đại học Cần Thơ, TB 236/2024: a level of the six-level language framework
        ("Thời gian thi Đánh giá năng lực ngoại ngữ tương đương bậc 3/6 (B1): 25/5/2024",
         "2024-03-01", D, "2024-05-25", "2024-05-25"),
        # Quyết định 2330/QĐ-TTg (2025): "(nếu có)" of a thing sent, a purpose after the day
        ("các bộ, cơ quan ngang bộ gửi kết quả rà soát và đề xuất, kiến nghị (nếu có) về Bộ Khoa "
         "học và Công nghệ trước ngày 15/11/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ",
         "2025-10-20", D, "2025-11-15", "2025-11-15"),
        # UBND tỉnh Quảng Trị, CV 1287/2024 and TB 239/2023: the ground and the wait of a task,
        # by its competence
        ("Giao UBND huyện Vĩnh Linh căn cứ kết quả giám định để xem xét, xử lý và trả lời kiến "
         "nghị của các hộ dân theo thẩm quyền, báo cáo UBND tỉnh kết quả xử lý trong tháng "
         "3/2024.", "2024-03-12", W, "2024-03-01", "2024-03-31"),
        ("trong lúc chờ đợi ý kiến của Bộ Giao thông vận tải, UBND tỉnh yêu cầu Sở Tài chính "
         "báo cáo, đề xuất phương án trước ngày 10/11/2023.", "2023-10-25", D, "2023-11-10",
         "2023-11-10"),
    ],
)  # fmt: skip
def test_numbers_and_words_that_name_things_before_the_day(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Nội dung 2/3 báo cáo UBND tỉnh trước ngày 20/5/2021",  # a day and month, maybe
        "lưu thông trên đường ĐT.15/3 đến hết ngày 31/12/2024",
        "tương đương bậc 3/6/2024: 25/5/2024",
        "gửi kiến nghị (nếu có yêu cầu) trước ngày 15/11/2025",
        "căn cứ ngày 15/10/2025, báo cáo trước ngày 15/11/2025",
        "trong lúc 10 ngày chờ đợi, báo cáo trước ngày 15/11/2025",
    ],
)
def test_numbers_that_may_be_days_before_the_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-05-01"))


# --- narrative frames and the month of a periodic duty --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Báo Hà Tĩnh (2023), Lào Cai (2022), Báo Bình Dương (2024): the document reported,
        # by its kind and issuer, before its comma
        ("Theo thông báo của Sở GD&ĐT Hà Tĩnh, thí sinh nộp hồ sơ đăng ký dự thi Kỳ thi tuyển "
         "sinh vào lớp 10 THPT và lớp 10 THPT Chuyên Hà Tĩnh năm học 2023 – 2024 từ ngày "
         "26/4/2023 đến ngày 10/5/2023", "2023-04-20", W, "2023-04-26", "2023-05-10"),
        ("Theo văn bản trên của UBND tỉnh Lào Cai, học sinh được nghỉ tết từ ngày 24/1/2022 "
         "đến hết ngày 6/2/2022", "2022-01-10", W, "2022-01-24", "2022-02-06"),
        ("Theo Lịch tiếp công dân, vào ngày 17/12/2024, Chủ tịch UBND tỉnh chủ trì cùng lãnh "
         "đạo các ngành, đơn vị chức năng tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh",
         "2024-12-16", D, "2024-12-17", "2024-12-17"),
        # Văn phòng Tỉnh ủy Thanh Hóa (2021, 2019): the month of a periodic reception, then its
        # day in that month
        ("Theo kế hoạch, lịch tiếp, đối thoại với công dân của đồng chí Đỗ Trọng Hưng, Bí thư "
         "Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn Đại biểu Quốc hội tỉnh Thanh Hóa định kỳ "
         "tháng 01 năm 2021 là vào ngày 20/01/2021", "2021-01-15", D, "2021-01-20",
         "2021-01-20"),
        ("Theo kế hoạch, lịch tiếp dân, đối thoại với công dân của đồng chí Bí thư Tỉnh ủy "
         "trong tháng 10/2019 (theo Thông báo số 263-TB/VPTU ngày 19/4/2019 của Văn phòng Tỉnh "
         "ủy), là ngày 21/10/2019", "2019-10-15", D, "2019-10-21", "2019-10-21"),
    ],
)  # fmt: skip
def test_frames_and_the_month_of_a_periodic_duty(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a frame with a number or a word of time in it may hold another time
        "Theo thông báo năm 2020 của Sở, thí sinh nộp hồ sơ từ ngày 26/4/2023 đến ngày 10/5/2023",
        "Theo lịch hằng tháng của Sở, thí sinh nộp hồ sơ trước ngày 10/5/2023",
        # the month named is not the day's month, or the day has no year, or no "là"
        "lịch tiếp công dân định kỳ tháng 02 năm 2021 là vào ngày 20/01/2021",
        "lịch tiếp công dân định kỳ tháng 01 năm 2020 là vào ngày 20/01/2021",
        "lịch tiếp công dân định kỳ tháng 01 là vào ngày 20/01",
        "lịch tiếp công dân trong tháng 01/2021, hoàn thành trước ngày 20/01/2021",
    ],
)
def test_frames_and_months_that_may_hold_another_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-01-05"))


# --- what follows a span: a term's contents, its weeks of study, a revision, a place --------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # UBND tỉnh Đồng Tháp, QĐ 1223/2020 (Bộ GD&ĐT's framework wording)
        ("Học kỳ I: Từ ngày 07 tháng 9 năm 2020 đến ngày 15 tháng 01 năm 2021, gồm: Thời gian "
         "thực học, kiểm tra định kỳ cuối học kỳ và tổ chức các hoạt động giáo dục khác",
         "2020-08-20", W, "2020-09-07", "2021-01-15"),
        # UBND tỉnh Khánh Hòa, QĐ 687/2025; Vĩnh Long (2025): the weeks of study in the span
        ("Học kỳ I: từ 8/9/2025 đến trước 18/1/2026, có 18 tuần học", "2025-08-10", W,
         "2025-09-08", "2026-01-18"),
        ("Giáo dục phổ thông và giáo dục thường xuyên từ ngày 12.1.2026 đến 23.5.2026, thực học "
         "17 tuần", "2025-08-10", W, "2026-01-12", "2026-05-23"),
        # Văn phòng UBND tỉnh Hậu Giang (2022): the schedule's revision
        ("Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND tỉnh từ ngày 14/3 đến ngày 18/3/2022 "
         "(Điều chỉnh lần 9)", "2022-03-10", W, "2022-03-14", "2022-03-18"),
        # Báo An Giang (2025): the hall and the delegates of a congress
        ("phiên chính thức đại hội sẽ diễn ra khai mạc vào lúc 8 giờ ngày 24/8/2025 tại hội "
         "trường Đảng ủy xã Giang Thành với 200 đại biểu chính thức được triệu tập",
         "2025-08-20", D, "2025-08-24", "2025-08-24"),
        # Báo Quảng Nam (2024), UBND xã Vĩnh Thành (2025): by its competence; the south bank
        ("Sáng ngày 23/01/2024, tại Hội trường UBND tỉnh, HĐND tỉnh khóa X tổ chức Kỳ họp thứ 20 "
         "(kỳ họp chuyên đề) thông qua một số nội dung theo thẩm quyền", "2024-01-23", D,
         "2024-01-23", "2024-01-23"),
        ("Ngày 25-2-2025, UBND xã Vĩnh Thành tổ chức phát hoang, vệ sinh môi trường tuyến đường "
         "ấp Tân Thành, tuyến bờ nam Chắc Cà Đao", "2025-02-25", D, "2025-02-25", "2025-02-25"),
    ],
)  # fmt: skip
def test_what_follows_a_span_and_moves_no_day(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # more weeks of study than the span holds, or too few for it
        "Học kỳ I: từ 8/9/2025 đến trước 18/1/2026, có 25 tuần học",
        "Học kỳ I: từ 8/9/2025 đến trước 18/1/2026, có 5 tuần học",
        # a revision that is not last, a term's contents with a day inside
        "từ ngày 14/3 đến ngày 18/3/2022 (Điều chỉnh lần 9) và ngày 25/3/2022",
        "Học kỳ I: Từ ngày 07/9/2020 đến ngày 15/01/2021, gồm: kiểm tra ngày 10/01/2021",
        # a count right after a word of time stays a time
        "khai mạc ngày 24/8/2025 tại hội trường, tháng 200 đại biểu",
        "Ngày 25-2-2025, tổ chức vệ sinh, năm 2026",
    ],
)
def test_what_follows_a_span_and_may_move_it_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-10"))


# --- a letter told of, and the deadline it set ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # Bộ Nội vụ, CV 8405/BNV-TCBC (2025): the earlier letter and the deadline it set
        ("Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, "
         "ngành, địa phương báo cáo trước 17h00 ngày 22/9/2025", "2025-10-01", "2025-09-22"),
        ("Ngày 01/9/2021, Phòng Tài nguyên đã ban hành Thông báo số 1073/TB-TNMT, yêu cầu các "
         "hộ nộp hồ sơ trước ngày 15/9/2021", "2021-09-01", "2021-09-15"),
        # Văn phòng Chính phủ, CV 9450/2023: "sau khi" (once done) before a dated day
        ("thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Báo cáo sau khi đã được hoàn "
         "thiện gửi đến Ban Công tác đại biểu trước ngày 15 tháng 12 năm 2023.", "2023-11-24",
         "2023-12-15"),
    ],
)  # fmt: skip
def test_a_letter_told_of_and_the_deadline_it_set(phrase: str, issued: str, last: str) -> None:
    assert read_days(phrase, issued) == (D, last, last)


def test_office_hours_after_the_day() -> None:
    # Báo Đấu thầu (2021): the dossiers are issued on office hours until that day
    (reading,) = parse_deadlines(
        "Hồ sơ tham gia đấu giá được phát hành từ ngày thông báo đấu giá đến ngày 13/11/2021 tại "
        "Trung tâm Phát triển quỹ đất thị xã Sông Cầu trong giờ hành chính",
        ctx("2021-11-01"),
    )
    assert str(reading.last) == "2021-11-13"


@pytest.mark.parametrize(
    "phrase",
    [
        # the letter's issue alone, or a letter that sets no deadline: the day is the letter's
        "Ngày 01/9/2021, Phòng Tài nguyên đã ban hành Thông báo số 1073/TB-TNMT",
        "Sở đã gửi Công văn số 12/SNV trước ngày 15/9/2021",
        # two days for the one letter: which is its day?
        "Ngày 01/9/2021, Phòng Tài nguyên đã ban hành Thông báo số 1073/TB-TNMT ngày 02/9/2021, "
        "yêu cầu các hộ nộp hồ sơ trước ngày 15/9/2021",
        # "sau khi" before a day without its year, or before a count
        "ký Báo cáo sau khi hoàn thiện trước ngày 15/12",
        "ký Báo cáo sau khi hoàn thiện 10 ngày trước ngày 15/12/2023",
    ],
)
def test_a_letter_without_its_deadline_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-09-01"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # Bộ Công an (2018): by whose order, as planned, after a day
        ("báo cáo kết quả trước ngày 15/02/2019, theo lệnh của bộ trưởng Bộ Công an", "2019-02-15"),
        ("các đơn vị ra quân trước ngày 15/02/2019 theo kế hoạch đã đề ra", "2019-02-15"),
        # Bình Dương (2019): a congress by its roman ordinal after its day (without "đã",
        # which tells it as held: no deadline since tune-r, test_deadline_forms_r.py)
        ("Ngày 28/6/2019, tại Hội trường tỉnh diễn ra Đại hội đại biểu MTTQ Việt Nam tỉnh Bình "
         "Dương lần IX", "2019-06-28"),
    ],
)  # fmt: skip
def test_whose_order_as_planned_and_a_congress_by_its_ordinal(phrase: str, last: str) -> None:
    assert read_days(phrase, "2018-12-01") == (D, last, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "các đơn vị ra quân trước ngày 15/02/2019 theo kế hoạch",
        "Ngày 28/6/2019, tổ chức Đại hội lần sau",
    ],
)
def test_an_order_a_plan_or_a_time_without_its_name_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-12-01"))


def test_aviation_is_no_not() -> None:
    # Báo Quảng Trị (2026): "Cảng hàng không" (the airport); "mặt hàng không được …" is a "not"
    assert read_days("đưa Cảng hàng không Quảng Trị vào khai thác trước ngày 30/4/2026") == (
        D,
        "2026-04-30",
        "2026-04-30",
    )
    refused("mặt hàng không được bán trước ngày 30/4/2026", ctx("2026-01-10"))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Sóc Trăng (2012): about fifty teams of men and women, no time
        ("Dự kiến giải đua ghe ngo tỉnh Sóc Trăng diễn ra vào ngày 27 và 28/11, có khoảng 50 đội "
         "ghe nam, nữ trong và ngoài tỉnh tham dự", "2012-11-01", "2012-11-27", "2012-11-28"),
        # Tiền Giang (2014): pupils go to school ("đến trường"), no "đến" (until)
        ("Trong tuần từ 4 đến 9/8, học sinh các cấp học đến trường vệ sinh trường lớp, ổn định "
         "nền nếp, ôn lại kiến thức và tập trung học các kiến thức trong môn học giáo dục công "
         "dân", "2014-08-01", "2014-08-04", "2014-08-09"),
    ],
)  # fmt: skip
def test_counts_of_people_and_going_to_school_after_the_days(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # an estimate of a time, or a count right after a word of time, stays refused
        "diễn ra vào ngày 27 và 28/11, khoảng 5 ngày",
        "diễn ra vào ngày 27 và 28/11, có khoảng 50 đội tham dự năm 2013",
        "học sinh đến trường hợp đặc biệt từ ngày 4 đến 9/8",
        "diễn ra vào ngày 27 và 28/11, nam 2013",
    ],
)
def test_estimates_and_years_after_the_days_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2012-11-01"))


def test_the_crops_a_zone_grows_name_it() -> None:
    # UBND tỉnh An Giang, sowing calendar 2024-2025: zones named by their crops a year, the
    # area estimated
    assert read_days(
        "Đợt 1: Xuống giống từ 01/11 đến 15/11/2024 tập trung ở những vùng tiểu vùng sản xuất 02 "
        "vụ tại các huyện Tri Tôn, Tịnh Biên, Châu Phú, An Phú, Phú Tân",
        "2024-10-01",
    ) == (W, "2024-11-01", "2024-11-15")
    assert read_days(
        "Đợt 2: Xuống giống từ 16/11 đến 15/12/2024 vụ Đông Xuân đại trà đối với vùng sản xuất lúa "
        "3 vụ/năm diện tích khoảng 120.000 ha, tập trung tại tất cả các huyện",
        "2024-10-01",
    ) == (W, "2024-11-16", "2024-12-15")


@pytest.mark.parametrize(
    "phrase",
    [
        "Xuống giống từ 01/11 đến 15/11/2024 trong 3 vụ",  # a count of seasons: a time
        "Xuống giống từ 01/11 đến 15/11/2024, sản xuất 02 vụ/2025",
        "Xuống giống từ 01/11 đến 15/11/2024, khoảng 10 ngày",
    ],
)
def test_seasons_counted_as_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-10-01"))

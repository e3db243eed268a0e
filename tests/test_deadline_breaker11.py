"""Misreads found in the eleventh breaker session (issue 11, §1: never a silent wrong date):
real phrases of the corpus varied as real documents vary them, each read as a day or a
period a careful reader would not write down as a deadline, with exit 0 and no warning. Each
is refused now (or read right), and its neighbours that are deadlines still read. The list,
with the tool's old reading, is in the session's notes (/work/notes/breaker11-findings.txt:
S1, …)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, ctx, read_days, refused
from kehoach.base.text import unaccent
from kehoach.dates.deadline import DeadlineError, parse_deadlines

# S1. A document's signing line ("<địa danh>, ngày D tháng M năm Y", Nghị định 30/2020/NĐ-CP,
# Phụ lục I) printed without its comma read as a deadline on the signing day: "Hà Nội ngày
# 22 tháng 3 năm 2024" (b-bgddt-cv-1277-thi-tn-2024.yaml prints it with the comma, expected
# refused) -> "hạn cuối 22/03/2024", label "Hà Nội"; likewise with the place in capitals,
# without diacritics (b-lam-dong-ttyt-lam-ha-hd-thi-dua-2021.yaml: "Lm H, ngy 22 thng 11 nm
# 2021", the letters lost), a unit before it ("TP. Hồ Chí Minh", "Xã Ea Ly").
SIGNING_LINES = [
    "Hà Nội ngày 22 tháng 3 năm 2024",
    "HÀ NỘI ngày 22 tháng 3 năm 2024",
    "HA NOI ngay 22 thang 3 nam 2024",
    "Ha Noi ngay 22 thang 3 nam 2024",
    "Lâm Hà ngày 22 tháng 11 năm 2021",
    "TP. Hồ Chí Minh ngày 22 tháng 3 năm 2024",
    "Thành phố Hồ Chí Minh ngày 22 tháng 3 năm 2024",
    "TP.HCM ngày 22 tháng 3 năm 2024",
    "Xã Ea Ly ngày 22 tháng 3 năm 2024",
    "Ea Ly ngày 22 tháng 3 năm 2024",
    "Bà Rịa - Vũng Tàu ngày 22 tháng 3 năm 2024",
    "Huế ngày 22 tháng 3 năm 2024",
    "HA NOI NGAY 22 THANG 3 NAM 2024",
    "Hà Nội ngày 22/3/2024",
]


@pytest.mark.parametrize("phrase", SIGNING_LINES)
def test_signing_line_without_its_comma_is_no_deadline(phrase: str) -> None:
    assert "dòng nơi và ngày ban hành" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # an event's day at a place says so with its words (the lead's example)
        ("Tổ chức tại Hà Nội ngày 15/3/2027", "2027-03-15"),
        # one capitalised word is a sentence's first, not a place
        ("Họp ngày 15 tháng 3 năm 2027", "2027-03-15"),
        ("Họp HĐND ngày 15 tháng 3 năm 2027", "2027-03-15"),
        # a weekday before its day (15/3/2027 is a Monday) is checked, not a place
        ("Thứ Hai ngày 15 tháng 3 năm 2027", "2027-03-15"),
    ],
)
def test_words_before_a_day_that_are_no_place_still_read(phrase: str, last: str) -> None:
    assert read_days(phrase, "2026-12-01")[2] == last


_PLACES = ["Hà Nội", "Quảng Ninh", "Đắk Lắk", "Cần Thơ", "Ea Kar", "Buôn Ma Thuột", "Phú Quốc"]
_UNITS = ["", "Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Thị trấn ", "Đặc khu ", "TP. "]


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    place=st.sampled_from(_PLACES),
    unit=st.sampled_from(_UNITS),
    case=st.sampled_from(["as is", "upper", "folded"]),
)
def test_property_a_place_before_its_day_is_never_a_deadline(
    day: date, place: str, unit: str, case: str
) -> None:
    """ "<unit><place> ngày D tháng M năm Y", any place, unit, case, diacritics: refused."""
    line = f"{unit}{place} ngày {day.day} tháng {day.month} năm {day.year}"
    if case == "upper":
        line = f"{unit}{place}".upper() + line[len(unit + place) :]
    elif case == "folded":
        line = unaccent(line)
    with pytest.raises(DeadlineError):
        parse_deadlines(line, DEC_2026)


# S2. A document's issuing told as news, without its number, read as a deadline on the day it
# was issued: "Ngày 09/12/2021, Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều
# …" (n-bkhcn-du-thao-882-nhan-dien-tu-2022.yaml prints it with "số 111/2021/NĐ-CP", refused
# by the citation rule) -> "hạn cuối 09/12/2021"; likewise "… ký Quyết định …", "… có văn bản
# …", "… phát đi Thông báo …" (the press's openings, as v-stttt-ha-giang-ho-tro-covid-2020.yaml
# "Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản số: 670/HD-UBND …", whose "số:" the citation
# rule missed: a named misread, read right now).
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "Ngày 09/12/2021, Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều "
            "Nghị định về nhãn hàng hóa",
            "2022-04-15",
        ),
        ("Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản hướng dẫn hỗ trợ", "2020-04-29"),
        (
            "Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản số: 670/HD-UBND hướng dẫn triển "
            "khai thực hiện hỗ trợ cho các đối tượng",
            "2020-04-29",
        ),
        ("Ngày 15/3, Thủ tướng ký Quyết định phê duyệt Đề án", "2027-01-01"),
        ("Ngày 15/3, Sở Y tế có văn bản đề nghị các đơn vị báo cáo", "2027-01-01"),
        ("Ngày 15/3, Văn phòng Chính phủ phát đi Thông báo kết luận", "2027-01-01"),
        ("Ngày 15/3, Quốc hội biểu quyết thông qua Nghị quyết", "2027-01-01"),
        ("Chiều ngày 15/3/2027, UBND tỉnh ban hành Kế hoạch thực hiện Chương trình", None),
    ],
)
def test_issuing_told_as_news_is_no_deadline(phrase: str, issued: str | None) -> None:
    why = refused(phrase, ctx(issued))
    assert "ban hành" in why or "ngày của văn bản" in why


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # an event held that day (u-baophutho-ky-hop-chuyen-de-thu-tu-2025.yaml): its day
        (
            "Ngày 25/11, HĐND tỉnh tổ chức Kỳ họp chuyên đề thứ Tư để xem xét, quyết định một "
            "số nội dung quan trọng thuộc thẩm quyền",
            "2025-11-25",
            "2025-11-25",
        ),
        # a plan's own step, with its word of time, or still to come
        ("Trước ngày 15/3, các huyện ban hành kế hoạch", "2027-01-01", "2027-03-15"),
        ("Ngày 15/3, UBND tỉnh sẽ ban hành Kế hoạch thực hiện", "2027-01-01", "2027-03-15"),
    ],
)
def test_steps_and_events_on_a_day_still_read(phrase: str, issued: str, last: str) -> None:
    assert read_days(phrase, issued)[2] == last


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31)),
    opening=st.sampled_from(["Ngày", "Sáng", "Chiều ngày", "Ngày"]),
    body=st.sampled_from(["UBND tỉnh", "Thủ tướng Chính phủ", "Bộ Nội vụ", "Sở Y tế"]),
    verb=st.sampled_from(["ban hành", "đã ban hành", "ký", "vừa ký", "có", "phát đi"]),
    kind=st.sampled_from(["Quyết định", "Kế hoạch", "Công văn", "Chỉ thị", "văn bản"]),
)
def test_property_a_document_issued_on_a_day_is_never_due_that_day(
    day: date, opening: str, body: str, verb: str, kind: str
) -> None:
    """ "<Ngày D>, <body> <verb> <document> về …": refused, whatever the day and words."""
    phrase = f"{opening} {day.day}/{day.month}/{day.year}, {body} {verb} {kind} về công tác"
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, DEC_2026)


# S3. A web page's byline read as a deadline on the day it was posted: "Đăng ngày 21/01/2021"
# (the portal of j-2-nganson-lich-tiep-cong-dan-hdnd-2021.yaml prints "Ngày đăng: 21/01/2021",
# refused) -> "hạn cuối 21/01/2021".
def test_a_posting_byline_is_no_deadline() -> None:
    assert "đăng" in refused("Đăng ngày 21/01/2021", ctx("2021-01-21"))
    # "đăng ký" (register) is a task: its day reads
    assert read_days("Đăng ký ngày 15/3/2027", "2026-12-01")[2] == "2027-03-15"


# S5. Those a task is for, born in a year, read as a window over that year: "Thí sinh sinh
# năm 2008" -> "khoảng 01/01/2008 – 31/12/2008" (the birth rule knew "trẻ", "học sinh",
# "công dân" sinh năm …, tests/test_deadline_breaker7.py S11, not "thí sinh").
@pytest.mark.parametrize(
    "phrase", ["Thí sinh sinh năm 2008", "sinh viên sinh năm 2005", "Ứng viên sinh năm 1990"]
)
def test_candidates_born_in_a_year_are_no_window(phrase: str) -> None:
    assert "năm sinh" in refused(phrase, DEC_2026)


# S6. The day ages are reckoned on read as a deadline: "Thời điểm tính tuổi: 31/12/2026",
# "tính tuổi đến ngày 31/12/2026" -> "hạn cuối 31/12/2026" (the age rule of a call-up, as
# o-gia-lai-vinh-quang-nhap-ngu-2026.yaml's "độ tuổi gọi nhập ngũ từ đủ 18 tuổi đến hết 25
# tuổi", reckons ages on a day, which is no deadline).
@pytest.mark.parametrize(
    "phrase", ["Thời điểm tính tuổi: 31/12/2026", "tính tuổi đến ngày 31/12/2026"]
)
def test_the_day_ages_are_reckoned_on_is_no_deadline(phrase: str) -> None:
    assert "tính tuổi" in refused(phrase, DEC_2026)


# S7. What was done on a day, told as news after the day that opens the sentence, read as a
# deadline on it: "Sáng 16/10/2020, Đại hội Đảng bộ tỉnh Kiên Giang đã bầu Ban Chấp hành Đảng
# bộ tỉnh" (w-press-baomoi-dai-hoi-dang-bo-kien-giang-…yaml: "Sáng 16/10, Đại hội … đã khai
# mạc trọng thể", refused for "đã khai mạc"; any other verb after "đã" read) -> "hạn cuối
# 16/10/2020"; "Chiều 25-4-2011, Ủy ban bầu cử tỉnh Quảng Nam đã công bố danh sách người ứng
# cử" (w-press-tuoitre-cong-bo-ung-cu-vien-2011.yaml, its count of candidates left out) ->
# "hạn cuối 25/04/2011"; "Ngày 15/3/2026, UBND tỉnh đã hoàn thành việc chi trả".
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Sáng 16/10/2020, Đại hội Đảng bộ tỉnh Kiên Giang đã bầu Ban Chấp hành", "2020-10-01"),
        ("Chiều 25-4-2011, Ủy ban bầu cử tỉnh Quảng Nam đã công bố danh sách", "2011-04-01"),
        ("Vừa qua, ngày 15/3/2026, UBND tỉnh vừa khánh thành công trình", "2026-01-01"),
        ("Ngày 15/3/2026, UBND tỉnh đã hoàn thành việc chi trả", "2026-01-01"),
    ],
)
def test_what_was_done_on_a_day_told_as_news_is_no_deadline(phrase: str, issued: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a deadline set after what was done: the day it sets reads
        (
            "Ngày 15/3/2026, UBND tỉnh đã có ý kiến chỉ đạo các đơn vị hoàn thành trước ngày "
            "30/4/2026",
            None,
        ),
        # something still to come on that day
        ("Ngày 15/3/2026, UBND tỉnh sẽ khởi công dự án", "2026-03-15"),
    ],
)
def test_news_of_a_day_that_sets_or_plans_is_not_refused_as_done(
    phrase: str, last: str | None
) -> None:
    try:
        readings = parse_deadlines(phrase, ctx("2026-01-01"))
    except DeadlineError as error:
        assert last is None and "đã xảy ra" not in error.why
        return
    assert last is None or str(readings[-1].last) == last


# S8. The same news, its comma lost in a copy: "Ngày 19/9/2023 UBND huyện Hải Lăng đã có Báo
# cáo số 447/BC-UBND báo cáo kết quả xử lý …" (n-quangtri-cv-4668-ubnd-kt-hai-ba-2023.yaml,
# expected refused, with its comma) -> "hạn cuối 19/09/2023"; "Trong giai đoạn 2019-2021 hơn
# 15.000 đơn vị đã được sáp nhập" (t-dantri-sap-xep-thon-to-dan-pho-2026.yaml without its
# comma) -> window 2019–2021.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "Ngày 19/9/2023 UBND huyện Hải Lăng đã có Báo cáo số 447/BC-UBND báo cáo kết quả xử "
            "lý, giải quyết đơn kiến nghị của các công dân",
            "2023-10-01",
        ),
        ("Trong giai đoạn 2019-2021 hơn 15.000 đơn vị đã được sáp nhập", "2026-01-01"),
    ],
)
def test_news_that_lost_its_comma_is_still_no_deadline(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# S9. The same, with every diacritic lost in the copy: "Trong giai doan 2019-2021, hon 15.000
# don vi da duoc sap nhap" (t-dantri-…, its marks lost) -> window 2019–2021; "Ngay 15/3/2026,
# UBND tinh da khoi cong du an" -> "hạn cuối 15/03/2026". Bare "da" before a verb is "đã".
@pytest.mark.parametrize(
    "phrase",
    [
        "Trong giai doan 2019-2021, hon 15.000 don vi da duoc sap nhap",
        "Ngay 15/3/2026, UBND tinh da khoi cong du an",
    ],
)
def test_news_without_its_diacritics_is_still_no_deadline(phrase: str) -> None:
    refused(phrase, ctx("2026-01-01"))


def test_a_place_without_its_diacritics_is_no_past_mark() -> None:
    """ "Da Nang" (Đà Nẵng) is no "đã": the meeting there on a day still reads."""
    assert read_days("Hop tai Da Nang ngay 15/3/2026", "2026-01-01")[2] == "2026-03-15"


# S10. An event named before its year, its diacritics lost, read as the whole year: "Dai hoi
# TDTT tinh Dong Thap lan thu X - nam 2026" (h-baodongthap-ke-hoach-dai-hoi-tdtt-2026.yaml,
# refused with its marks as an event held on a few days of 2026) -> window 01/01–31/12/2026.
@pytest.mark.parametrize(
    "phrase",
    [
        "Dai hoi TDTT tinh Dong Thap lan thu X - nam 2026",
        "To chuc Hoi nghi xuc tien thuong mai nam 2027",
        "Ky thi tot nghiep THPT nam 2027",
    ],
)
def test_an_event_without_its_diacritics_is_no_whole_year(phrase: str) -> None:
    assert "sự kiện" in refused(phrase, DEC_2026)


def test_a_review_without_its_diacritics_reads_as_with_them() -> None:
    """ "Hoi nghi tong ket cong tac nam 2027" reviews the year, as with the marks: a meeting
    named by its review holds no time of its own (the lead's ruling of session 59; read as the
    year before), refused alike."""
    with_marks = refused("Hội nghị tổng kết công tác năm 2027", DEC_2026)
    assert refused("Hoi nghi tong ket cong tac nam 2027", DEC_2026) == with_marks.replace(
        "tổng kết công tác năm 2027", "tong ket cong tac nam 2027"
    )


# S11. What was done in a month, a quarter or a year, told after the period that opens the
# sentence, read as a window over it: "Tháng 11-2025, toàn bộ 100 trường trong kế hoạch xây
# dựng năm 2025 đã được khởi công" (t-sggp-bgddt-100-truong-noi-tru-bien-gioi-2026.yaml prints
# "100/100 trường", refused for that number) -> "khoảng 01/11/2025 – 30/11/2025"; "Năm 2025,
# tỉnh đã giải ngân 95% kế hoạch vốn", "Quý III/2025, toàn tỉnh đã hoàn thành sắp xếp" (the
# rule knew "Trong|Qua (năm|giai đoạn) YYYY," only, tests/test_deadline_forms_t.py).
@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng 11-2025, toàn bộ 100 trường trong kế hoạch xây dựng năm 2025 đã được khởi công",
        "Năm 2025, tỉnh đã giải ngân 95% kế hoạch vốn",
        "Quý III/2025, toàn tỉnh đã hoàn thành sắp xếp",
        "Cuối năm 2025, tỉnh đã hoàn thành",
        "6 tháng đầu năm 2025, tỉnh đã thu hút 20 dự án",
    ],
)
def test_what_was_done_in_a_period_told_as_news_is_no_window(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2025-01-01"))


@settings(max_examples=200, deadline=None)
@given(
    year=st.integers(2000, 2030),
    month=st.integers(1, 12),
    shape=st.sampled_from(["Tháng {m}/{y}", "Trong tháng {m}/{y}", "Quý II/{y}", "Năm {y}"]),
    done=st.sampled_from(["đã khởi công", "đã được sáp nhập", "vừa ban hành", "đã hoàn thành"]),
)
def test_property_a_period_told_as_done_is_never_a_window(
    year: int, month: int, shape: str, done: str
) -> None:
    """ "<period>, tỉnh <đã …> 12 công trình": refused, whatever the period and the verb;
    "<period>, tỉnh phải hoàn thành …" (to come) reads."""
    opening = shape.format(m=month, y=year)
    with pytest.raises(DeadlineError):
        parse_deadlines(f"{opening}, tỉnh {done} 12 công trình", ctx(f"{year}-01-01"))
    assert parse_deadlines(f"{opening}, tỉnh phải khởi công 12 công trình", ctx(f"{year}-01-01"))


# S12. A paper's own date, the paper named last before a bare day, read as a deadline: "Sở
# Tài chính có Tờ trình ngày 27/7/2018", "Ý kiến của Sở Tư pháp tại Báo cáo thẩm định ngày
# 27/7/2018" (w-lang-son-qd-52-2018-ngan-sach.yaml: "Theo đề nghị của Giám đốc Sở Tài chính
# tại Tờ trình số 237/TTr-STC ngày 27/7/2018 …", a named misread tune-w closes; without the
# number it read too), "Giấy mời ngày 27/7/2018", "Giấy phép xây dựng số 12 cấp ngày
# 27/7/2018" -> "hạn cuối 27/07/2018". ("Tờ trình ngày …" opening the words was refused.)
@pytest.mark.parametrize(
    "phrase",
    [
        "Sở Tài chính có Tờ trình ngày 27/7/2018",
        "Ý kiến của Sở Tư pháp tại Báo cáo thẩm định ngày 27/7/2018",
        "Giấy mời ngày 27/7/2018",
        "Giấy phép xây dựng số 12 cấp ngày 27/7/2018",
    ],
)
def test_a_papers_own_date_is_no_deadline(phrase: str) -> None:
    assert "ngày ký, ban hành" in refused(phrase, ctx("2018-07-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Cấp giấy phép ngày 27/7/2018",
        "Gửi giấy mời trước ngày 27/7/2018",
        "Hoàn thành việc cấp giấy chứng nhận trước ngày 27/7/2018",
    ],
)
def test_a_task_on_such_papers_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2018-07-01")[2] == "2018-07-27"


# S13. A dateline that gives the month or the year alone, as reports, drafts and project
# papers print it under their title, read as the whole month or year: "Hà Nội, tháng 3 năm
# 2027" -> "khoảng 01/03/2027 – 31/03/2027" (the signing line with its day, "Hà Nội, ngày 22
# tháng 3 năm 2024" of b-bgddt-cv-1277-thi-tn-2024.yaml, was refused already).
@pytest.mark.parametrize(
    "phrase",
    [
        "Hà Nội, tháng 3 năm 2027",
        "Hà Nội, tháng 3/2027",
        "Quảng Ninh, tháng 12 năm 2026",
        "HÀ NỘI, THÁNG 3 NĂM 2027",
        "Hà Nội, năm 2027",
    ],
)
def test_a_dateline_with_its_month_or_year_is_no_period(phrase: str) -> None:
    assert "dòng nơi và thời gian ban hành" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # a title in capitals, its period the plan's (a-ttg-ct-16-2001.yaml, a-ttg-qd-60-2002-
        # ha-noi.yaml expect these windows)
        "KẾ HOẠCH NĂM 2027",
        "HÀ NỘI THỜI KỲ 2021- 2030",
        # an event's place, then its month
        "Tổ chức tại Hà Nội, tháng 3/2027",
    ],
)
def test_titles_and_events_with_a_place_still_read_their_period(phrase: str) -> None:
    assert parse_deadlines(phrase, DEC_2026)


# S14. The press's openings that say the day is past ("Vừa qua", "Trước đó", "Mới đây"):
# "Trước đó, vào ngày 10/3/2027, UBND tỉnh tổ chức Hội nghị" -> "hạn cuối 10/03/2027", label
# "Trước đó" (w-press-tuoitre-cong-bo-ung-cu-vien-2011.yaml: "* Trước đó chiều 25-4, Ủy ban
# bầu cử tỉnh Quảng Nam đã công bố …", expected refused).
@pytest.mark.parametrize(
    "phrase",
    [
        "Trước đó, vào ngày 10/3/2027, UBND tỉnh tổ chức Hội nghị",
        "Trước đó, vào ngày 10/3/2027",
        "Vừa qua, ngày 15/3/2027, UBND tỉnh tổ chức Hội nghị sơ kết",
    ],
)
def test_an_opening_that_says_the_day_is_past_is_no_deadline(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2027-01-01"))

"""Forms tuned on the l- and m- sets (branch tune-l): the words BEFORE the day in a sentence.
Each rule is tested on the real phrases that motivated it (their documents cited) and on
near variants that must stay refused or read differently (never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- a narrative frame opening the sentence --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Báo An Giang, 2021 (the HĐND's first session): "accordingly", quoting the notice
        ("Theo đó, kỳ họp sẽ khai mạc lúc 7 giờ 30 phút, ngày 30-6, tại Hội trường UBND tỉnh",
         "2021-06-23", D, "2021-06-30", "2021-06-30"),
        # SGGP, 2025 (TP.HCM's school year)
        ("Theo đó, tất cả bậc học đều đồng loạt khai giảng vào ngày 5-9-2025.", "2025-08-14", D,
         "2025-09-05", "2025-09-05"),
        # Báo Mới, 2011 (Festival Hoa Đà Lạt): the frame before a count and its range
        ("Theo đó, Festival Hoa Đà Lạt sẽ diễn ra trong 6 ngày (từ ngày 30-12-2011 đến "
         "4-1-2012).", None, W, "2011-12-30", "2012-01-04"),
        # Đại biểu Nhân dân, 2023: "as foreseen" (the Quốc hội's sixth session)
        ("Theo dự kiến, Kỳ họp thứ Sáu, Quốc hội Khóa XV diễn ra từ ngày 23.10 đến ngày "
         "28.11.2023", "2023-10-22", W, "2023-10-23", "2023-11-28"),
        # KH 5096/KH-UBND of UBND tỉnh Bến Tre (2021), as the press quotes it
        ("Theo đó, ngày tựu trường của giáo dục mầm non, giáo dục phổ thông, giáo dục thường "
         "xuyên trên địa bàn tỉnh là ngày 9/9/2021", "2021-08-26", D, "2021-09-09", "2021-09-09"),
        # Báo Cần Thơ, 2011: the ground of the sentence, cited before the step
        ("Căn cứ Chương trình công tác toàn khóa của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí "
         "Minh, Đại hội Đoàn toàn quốc lần thứ X dự kiến tổ chức vào cuối tháng 12-2012.",
         "2011-04-23", W, "2012-12-21", "2012-12-31"),
    ],
)  # fmt: skip
def test_a_narrative_frame_names_no_time(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


def test_earlier_opens_a_sentence_as_a_frame() -> None:
    """ "Trước đó," (earlier: when the news happened) opens the sentence; the day is read."""
    assert read_days("Trước đó, kỳ họp được triệu tập vào ngày 10-4", "2020-03-31") == (
        D,
        "2020-04-10",
        "2020-04-10",
    )


def test_the_words_after_the_frame_keep_their_meaning() -> None:
    """After the frame, "sớm nhất" still makes the day a start bound, not a deadline."""
    (reading,) = parse_deadlines("Theo đó, kỳ họp khai mạc sớm nhất ngày 30/6/2027", ctx())
    assert (str(reading.earliest), reading.last) == ("2027-06-30", None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Theo đó kỳ họp khai mạc ngày 30/6/2027",  # no comma: "theo" may govern the day
        "Trước đó 3 ngày, kỳ họp khai mạc ngày 30/6/2027",  # a count before the frame's comma
        "Trước đó, sau ngày 30/6/2027",  # the deadline's own words stay checked
        "Căn cứ kế hoạch hằng năm, kỳ họp khai mạc ngày 30/6/2027",  # the ground's words checked
        "Căn cứ kỳ họp ngày 30/6/2027",  # no comma closes the ground
        "Kỳ họp, theo đó, khai mạc ngày 30/6/2027",  # a frame only where it opens the sentence
    ],
)
def test_the_frame_words_elsewhere_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-05"))


# --- the number or letter of a list item opening the phrase ----------------------------------


@pytest.mark.parametrize("marker", ["(2) ", "2. ", "2) ", "b) ", "(b) ", "- 3. ", "12. "])
def test_a_list_items_number_is_no_time(marker: str) -> None:
    """Kết luận 163-KL/TW (2025) numbers its tasks "(2) …"; Thông tư 16/2018/TT-BCT its
    points "b) …"; Sở GD&ĐT Bình Dương (TB 143/2012) its sections "1. …"."""
    (reading,) = parse_deadlines(
        f"{marker}Tổ chức đại hội đảng bộ cấp cơ sở, hoàn thành trước ngày 30/6/2025", ctx()
    )
    assert (str(reading.last), reading.label) == ("2025-06-30", "Tổ chức đại hội đảng bộ cấp cơ sở")


@pytest.mark.parametrize(
    "phrase",
    [
        # "1.2" may be 1 February where the cell writes its days with dots (an outline
        # number before days written otherwise is read: the lead's ruling of session 49)
        "1.2. Tổ chức đại hội, hoàn thành trước ngày 30.6.2025",
        "15. tháng 3/2025",  # a damaged "15 tháng 3"?
        "15. Tháng 3/2025",
        "Tổ chức đại hội (2) trước ngày 30/6/2025",  # a number inside the step stays refused
        "Tổ chức 2. đại hội trước ngày 30/6/2025",
    ],
)
def test_numbers_that_may_be_days_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-06"))


# --- the manner of a step inside its clause ("theo đúng quy định, …") ------------------------


def test_the_manner_of_a_step_moves_no_day() -> None:
    """Kết luận 163-KL/TW (2025), task (2), and the same task without its number."""
    for phrase in (
        "(2) Tập trung chỉ đạo việc tổ chức đại hội đảng bộ cấp cơ sở theo đúng quy định, hướng "
        "dẫn của Trung ương, bảo đảm chất lượng đại hội, hoàn thành trước ngày 30/6/2025",
        "Các cấp uỷ, tổ chức đảng trực thuộc Trung ương tập trung chỉ đạo việc tổ chức đại hội "
        "đảng bộ cấp cơ sở theo đúng quy định, hướng dẫn của Trung ương, bảo đảm chất lượng đại "
        "hội, hoàn thành trước ngày 30/6/2025",
    ):
        assert read_days(phrase, "2025-06-06") == (D, "2025-06-30", "2025-06-30")


@pytest.mark.parametrize(
    "phrase",
    [
        "Học tập và làm theo quy định, giai đoạn 2021 - 2025",  # no step before the time (tune-f)
        "nộp báo cáo theo quy định hằng năm, trước ngày 15/12/2027",  # its words still checked
        "nộp báo cáo theo lịch, trước ngày 15/12/2027",  # "theo lịch": a schedule, a time
        "nộp báo cáo theo kế hoạch năm 2028, trước ngày 15/12/2027",
    ],
)
def test_theo_elsewhere_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-05"))


# --- numbers that name a thing: a road, a numbered group, a law's year, a count of hectares ---


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Bộ GTVT, 2023: a road named by its number
        ("Bộ trưởng Nguyễn Văn Thắng yêu cầu các dự án thành phần đoạn Mai Sơn – Quốc lộ 45, "
         "Vĩnh Hảo - Phan Thiết và Phan Thiết - Dầu Giây phải hoàn thành đưa vào khai thác "
         "trước 30/4/2023", None, D, "2023-04-30", "2023-04-30"),
        # Báo Gia Lai, 2018: an emulation cluster numbered in its list
        ("Cụm thi đua số 2 (gồm thị xã Ayun Pa và các huyện: Chư Sê, Chư Pưh, Ia Pa, Phú Thiện, "
         "Krông Pa) sẽ đại hội điểm tại thị trấn Phú Thiện, huyện Phú Thiện, dự kiến trong "
         "tháng 11-2018.", None, W, "2018-11-01", "2018-11-30"),
        ("Đơn vị bầu cử số 2 hoàn thành niêm yết trước ngày 30/4/2026", None, D, "2026-04-30",
         "2026-04-30"),
        # Sở NN&PTNT Vĩnh Long, 2018: the hectares sown in a round, their unit written close
        ("đợt 1 xuống giống 12.000ha từ 16/10- 2/11 (từ 8/9- 25/9 âl)", "2018-09-12", W,
         "2018-10-16", "2018-11-02"),
        ("Đợt 3 xuống giống 14.000ha từ 29/11- 19/12 (từ 23/10- 13/11 âl)", "2018-09-12", W,
         "2018-11-29", "2018-12-19"),
    ],
)  # fmt: skip
def test_numbers_that_name_things(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


def test_a_law_cited_by_its_year() -> None:
    """Báo Pháp luật, 2022: "Luật … năm 2012" names the law; it took effect on 1.1.2013."""
    for phrase, start in (
        ("Luật Phổ biến, giáo dục pháp luật (PBGDPL) năm 2012, chính thức có hiệu lực thi hành "
         "từ ngày 1.1.2013", "2013-01-01"),
        ("Luật Tổ chức chính quyền địa phương năm 2015 có hiệu lực từ ngày 1/1/2016",
         "2016-01-01"),
    ):  # fmt: skip
        (reading,) = parse_deadlines(phrase, ctx("2022-11-11"))
        assert (str(reading.earliest), reading.last) == (start, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Quốc lộ 1/5 hoàn thành trước ngày 30/4/2023",  # "1/5" is a day, no road
        "Cụm số 12/2023 hoàn thành trước ngày 30/4/2023",  # a document's number
        "số 2 hoàn thành trước ngày 30/4/2023",  # a number of what?
        "xuống giống 12.10ha từ 16/10- 2/11",  # no thousands: "12.10" may be a day
        "Luật Đất đai, hoàn thành năm 2024 trước ngày 30/6/2025",  # a time, not the law's name
        "Luật Đất đai trong năm 2024 trước ngày 30/6/2025",
        "Quốc hội ban hành Luật Đất đai năm 2013 có hiệu lực từ ngày 1/7/2014",  # issued then
    ],
)
def test_numbers_of_time_beside_them_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-11-11"))


# --- words of comparison and occasion before the day -----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Bến Tre, QĐ 1447/2024 (the press): a little earlier than the others, on that day
        ("Riêng đối với các em học sinh lớp 1, ngày tựu trường sẽ sớm hơn một chút, vào ngày "
         "22/8/2024", None, D, "2024-08-22", "2024-08-22"),
        # Văn phòng Chính phủ, CV 11074/2025: right on the occasion of that day
        ("Yêu cầu hoàn thành 4 dự án cao tốc Bắc - Nam đúng dịp 19/12/2025", None, D,
         "2025-12-19", "2025-12-19"),
        # Báo An Giang, 2020: the session the decision convened is held that day
        ("Trước đó, Thường trực HĐND tỉnh đã ban hành quyết định triệu tập kỳ họp thứ 13 (bất "
         "thường) HĐND tỉnh khóa IX (nhiệm kỳ 2016-2021), dự kiến tổ chức ngày 10-4",
         "2020-03-31", D, "2020-04-10", "2020-04-10"),
        # UBND tỉnh Bà Rịa - Vũng Tàu, 2021: "theo kế hoạch" as an aside, and the anniversary's
        # span (30 years) in parentheses before the day it is held
        ("Thông báo cho biết, theo kế hoạch, tỉnh sẽ tổ chức Lễ kỷ niệm 30 năm ngày thành lập "
         "(12/8/1991 - 12/8/2021) vào ngày 10/8/2021", "2021-08-09", D, "2021-08-10",
         "2021-08-10"),
    ],
)  # fmt: skip
def test_comparisons_occasions_and_asides_before_the_day(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày tựu trường sẽ sớm hơn 2 ngày, vào ngày 22/8/2024",  # a count
        "ngày tựu trường sẽ sớm hơn một chút, ngày 22/8/2024",  # no "vào": earlier than it?
        "hoàn thành đúng dịp Quốc khánh 2/9",  # the occasion's name, no connective to a day
        "Thường trực HĐND tỉnh đã ban hành quyết định ngày 10-4",  # the decision's date
        # the span's years are not the count apart, or its days differ: another date
        "tổ chức Lễ kỷ niệm 31 năm ngày thành lập (12/8/1991 - 12/8/2021) vào ngày 10/8/2021",
        "tổ chức Lễ kỷ niệm 30 năm ngày thành lập (12/8/1991 - 15/8/2021) vào ngày 10/8/2021",
        "tổ chức Lễ kỷ niệm 30 năm ngày thành lập (12/8/1991 - 12/8/2021)",  # only the span
        "tỉnh sẽ tổ chức, theo kế hoạch năm 2022, vào ngày 10/8/2021",
        "tỉnh sẽ tổ chức, theo kế hoạch của tỉnh, vào ngày 10/8/2021",
        "làm theo kế hoạch, giai đoạn 2021 - 2025",
    ],
)
def test_other_comparisons_and_occasions_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-08-09"))


# --- an award's form; a list's lead-in; a contrasted clause ----------------------------------


def test_an_awards_form_is_no_time() -> None:
    """UBND tỉnh Quảng Nam: the school year's award, due each year before 10/8."""
    (reading,) = parse_deadlines(
        "khen thưởng theo năm học của ngành giáo dục - đào tạo trước ngày 10/8 hằng năm", ctx()
    )
    assert reading.rrule is not None and "BYMONTH=8" in reading.rrule
    assert "BYMONTHDAY=10" in reading.rrule
    refused("báo cáo theo năm học trước ngày 10/8/2025", ctx("2025-01-05"))
    refused("khen thưởng theo quý trước ngày 10/8/2025", ctx("2025-01-05"))


def test_a_lists_lead_in_and_its_numbered_clauses() -> None:
    """Bộ Tư pháp, 2020: "như sau:" (as follows) leads two clauses, each with its day."""
    readings = parse_deadlines(
        "Thời gian gửi báo cáo về Bộ Tư pháp cụ thể như sau: (i) các Bộ, cơ quan ngang Bộ, cơ "
        "quan thuộc Chính phủ và các đơn vị thuộc Bộ là trước ngày 16/6/2020; (ii) báo cáo của "
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương là trước ngày 25/6/2020.",
        ctx("2020-05-26"),
    )
    assert [str(one.last) for one in readings] == ["2020-06-16", "2020-06-25"]
    refused("gửi báo cáo như sau trước ngày 16/6/2020", ctx("2020-05-26"))


def test_a_contrasted_clause_has_its_own_day() -> None:
    """SGGP, 2025: "riêng lớp 1, lớp 9 và lớp 12" sets a group apart, with an earlier day."""
    readings = parse_deadlines(
        "Đối với ngày tựu trường, tất cả khối lớp, bậc học tựu trường vào ngày 25-8-2025, riêng "
        "lớp 1, lớp 9 và lớp 12 tựu trường vào ngày 20-8-2025.",
        ctx("2025-08-14"),
    )
    assert [str(one.last) for one in readings] == ["2025-08-25", "2025-08-20"]
    # without the contrast, an earlier day after a later one may restate it: refused
    refused("tựu trường vào ngày 25-8-2025, lớp 1 tựu trường vào ngày 20-8-2025", ctx("2025-08-14"))


# --- a week named by its days; starts of two steps -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # UBND tỉnh Quảng Ngãi, 2021: the week's directions, the week given by its days
        ("Tổng hợp một số nội dung chỉ đạo của UBND tỉnh nổi bật trong tuần (từ ngày "
         "27/9-01/10/2021)", "2021-10-01", "2021-09-27", "2021-10-01"),
        # Tiền Giang, 2014: the first week of the school year
        ("Trong tuần từ 4 đến 9/8, học sinh các cấp học vệ sinh trường lớp", "2014-08-04",
         "2014-08-04", "2014-08-09"),
    ],
)  # fmt: skip
def test_a_week_named_by_its_days(phrase: str, issued: str, first: str, last: str) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "trong tuần (từ ngày 20/9-01/10/2021)",  # twelve days: no week
        "trong tuần đầu (từ ngày 27/9-01/10/2021)",  # the first week of what?
        "tuần sau từ 27/9 đến 1/10/2021",
        "Tuần 3 từ 27/9 đến 1/10/2021",  # a numbered week (tune-k)
        "trong tuần, trước ngày 1/10/2021",  # a week before a day
    ],
)
def test_other_weeks_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-09-20"))


def test_the_starts_of_two_groups() -> None:
    """Đồng Nai, 2023 (school-year framework): each group gathers from its own day."""
    readings = parse_deadlines(
        "Tựu trường đối với giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên sớm nhất "
        "là ngày 28/8/2023, riêng đối với lớp 1 tựu trường sớm nhất là ngày 21/8/2023.",
        ctx(),
    )
    assert [(str(one.earliest), one.last) for one in readings] == [
        ("2023-08-28", None),
        ("2023-08-21", None),
    ]


def test_a_start_and_another_steps_day() -> None:
    """Hậu Giang, 2021: pupils gather from the 9th, the year opens on the 12th."""
    start, opening = parse_deadlines(
        "Cụ thể, các cấp phổ thông và giáo dục thường xuyên tựu trường sớm nhất từ ngày 9/9 và "
        "khai giảng đồng loạt vào ngày 12/9",
        ctx("2021-08-18"),
    )
    assert (str(start.earliest), start.last) == ("2021-09-09", None)
    assert (str(opening.first), str(opening.last)) == ("2021-09-12", "2021-09-12")


@pytest.mark.parametrize(
    "phrase",
    [
        "tựu trường từ 28/8/2023, từ ngày 29/8/2023",  # a start restated: no step of its own
        # a later step's start before an earlier one's, with no contrast: refused
        "tựu trường sớm nhất là ngày 28/8/2023, khai giảng sớm nhất là ngày 20/8/2023",
        "tựu trường sớm nhất từ ngày 19/9/2023 và khai giảng đồng loạt vào ngày 12/9/2023",
    ],
)
def test_starts_out_of_order_or_restated_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-08-01"))


# --- more frames and comparisons (i-, j- sets, tuning data) ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # UBND tỉnh Quảng Trị, CV 1924/2024: "theo đúng quy định," closed before the time
        ("tham mưu đề xuất UBND tỉnh xem xét theo đúng quy định, trước ngày 10/5/2024",
         "2024-04-23", "2024-05-10", "2024-05-10"),
        # Thể thao & Văn hóa, 2025: the earliest exam of the country, then its days
        ("Tỉnh Bạc Liêu tổ chức Kỳ thi tuyển sinh vào lớp 10 năm học 2025-2026 sớm nhất cả "
         "nước, từ ngày 22 - 24/5/2025", None, "2025-05-22", "2025-05-24"),
        # Công văn 1088/2023 as copied: the children's action month with its typo
        ("Tháng hàng động vì trẻ em năm 2023 được tổ chức từ ngày 01/6 đến ngày 30/6/2023",
         "2023-03-28", "2023-06-01", "2023-06-30"),
    ],
)  # fmt: skip
def test_more_frames_and_comparisons(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (str(reading.first), str(reading.last)) == (first, last)


def test_accordingly_before_a_verb() -> None:
    """Tiền Phong, 2017: "Theo đó có 6 đoàn kiểm tra …" needs no comma to be a frame."""
    (reading,) = parse_deadlines(
        "Theo đó có 6 đoàn kiểm tra từ trung ương đến địa phương từ nay đến hết ngày 25/3/2017",
        ctx(),
    )
    assert str(reading.last) == "2017-03-25"


@pytest.mark.parametrize(
    "phrase",
    [
        "tổ chức Kỳ thi sớm nhất cả nước từ ngày 22 - 24/5/2025",  # no comma: a start bound?
        "tổ chức Kỳ thi sớm nhất, từ ngày 22 - 24/5/2025",  # the earliest of what?
        "Tháng hàng động trước ngày 30/6/2023",  # no name after: "hàng" may be "hằng"
        "Theo đó trước ngày 25/3/2017",  # no verb after the frame
    ],
)
def test_the_same_words_elsewhere_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-04-23"))


def test_the_sentences_full_stop_after_its_last_clause() -> None:
    """Báo Ấp Bắc, 2024: three clauses, each with its own step, the last closing the
    sentence with its full stop."""
    readings = parse_deadlines(
        "Học sinh lớp 1 tại Tiền Giang sẽ tựu trường vào ngày 22-8, các lớp khác của bậc tiểu "
        "học và THCS, THPT, giáo dục thường xuyên sẽ tựu trường vào ngày 29-8, đồng loạt khai "
        "giảng ngày 5-9.",
        ctx("2024-08-19"),
    )
    assert [str(one.last) for one in readings] == ["2024-08-22", "2024-08-29", "2024-09-05"]


def test_a_contrast_needs_a_step_before_it() -> None:
    """ "riêng" sets a clause against another step; after a bare period it may restate it."""
    refused("Giai đoạn 2021 - 2030, riêng giai đoạn I: từ năm 2021 đến năm 2025", ctx())

"""Forms tuned on the m- and l- sets (branch tune-m): words after the day, the marks of a
range, a year said in words, two hours in one phrase. Each rule with the real phrases that
motivated it (their document cited) and the near variants that must stay refused or read
otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- the marks of a range; a dash before a year ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Báo An Giang, 26/11/2020 (HĐND session moved): the sentence's full stop after the
        # closing parenthesis is no second kind of mark
        ("Thời gian tổ chức kỳ họp là 3 ngày (từ ngày 9 đến 11-12-2020).", "2020-11-26", W,
         "2020-12-09", "2020-12-11"),
        ("từ ngày 9 đến 11-12-2020.", "2020-11-26", W, "2020-12-09", "2020-12-11"),
        # Bộ VHTTDL, CV 4294/BVHTTDL (24/10/2016): a quarter, an en dash, its year
        ("Dự kiến ngày hội sẽ được diễn ra vào quý IV – 2017, tại thành phố Đà Lạt tỉnh Lâm "
         "Đồng.", "2016-10-24", W, "2017-10-01", "2017-12-31"),
        ("trong tháng 3 — 2027", "2027-01-05", W, "2027-03-01", "2027-03-31"),
    ],
)  # fmt: skip
def test_marks_of_a_range_and_a_dash_before_a_year(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Thời gian tổ chức kỳ họp là 3 ngày (từ ngày 9 đến 11-12.2020).",  # two marks: a typo
        "từ ngày 9 đến 11.12-2020",
        "quý IV – 17",  # no year of four digits: a range of numbers?
    ],
)
def test_mixed_marks_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-11-26"))


# --- a year said in words: "năm nay" ---------------------------------------------------------


def test_this_year_is_the_issue_year() -> None:
    """Báo Hải Dương, 12/10/2021 (Hội Chữ thập đỏ's congress): "tháng 11 năm nay"."""
    phrase = (
        "Hội Chữ thập đỏ tỉnh đang tích cực chuẩn bị cho Đại hội đại biểu Hội Chữ thập đỏ tỉnh "
        "nhiệm kỳ 2021-2026, dự kiến diễn ra vào tháng 11 năm nay"
    )
    assert read_days(phrase, "2021-10-12") == (W, "2021-11-01", "2021-11-30")
    assert read_days("trong quý IV năm nay", "2021-10-12") == (W, "2021-10-01", "2021-12-31")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("dự kiến diễn ra vào tháng 11 năm nay", None),  # whose "this year"?
        ("tháng 11/2022 năm nay", "2021-10-12"),  # two years for one month
        ("học kỳ II kết thúc vào tháng 5 năm nay", "2021-10-12"),  # the term says 2022
        ("năm nay", "2021-10-12"),  # a year without its word of time: still refused
    ],
)
def test_this_year_without_the_issue_year_is_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


# --- notes after the day ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Báo Sơn La, 16/8/2021: "as every year", a note on one dated day, not a cadence
        ("Cũng tại quyết định này, lịch khai giảng năm học mới vẫn được ấn định vào ngày 5/9 "
         "như hàng năm", "2021-08-16", D, "2021-09-05", "2021-09-05"),
        ("vào ngày 5/9 như hằng năm", "2021-08-16", D, "2021-09-05", "2021-09-05"),
        # Sở GD-ĐT Bến Tre, KH 5096 (26/8/2021): the term's teaching weeks in parentheses
        ("Thời gian học kỳ 1 của giáo dục mầm non là từ ngày 20/9/2021 đến 20/1/2022 (18 tuần "
         "thực học)", "2021-08-26", W, "2021-09-20", "2022-01-20"),
        ("Thời gian học kỳ 2 sẽ bắt đầu từ ngày 24/1/2022 đến 3/6/2022 (17 tuần thực học)",
         "2021-08-26", W, "2022-01-24", "2022-06-03"),
        # Sở GD-ĐT Bình Dương, TB 143 (10/2/2012): a change, if any, will be announced
        ("Từ ngày 26/3/2012 đến ngày 30/3/2012 (Nếu có thay đổi sẽ thông báo lại).",
         "2012-02-10", W, "2012-03-26", "2012-03-30"),
        ("trước ngày 30/3/2012 (nếu có thay đổi, sẽ thông báo sau)", "2012-02-10", D,
         "2012-03-30", "2012-03-30"),
    ],
)  # fmt: skip
def test_notes_after_the_day_are_kept_as_its_gloss(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


def test_the_notes_are_kept() -> None:
    (reading,) = parse_deadlines(
        "từ ngày 13/9/2021 đến 15/1/2022 (18 tuần thực học)", ctx("2021-08-26")
    )
    assert reading.gloss == "18 tuần thực học"
    (reading,) = parse_deadlines("vào ngày 5/9 như hàng năm", ctx("2021-08-16"))
    assert reading.gloss == "như hàng năm" and reading.recurrence is None


@pytest.mark.parametrize(
    "phrase",
    [
        "từ ngày 13/9/2021 đến 15/11/2021 (18 tuần thực học)",  # 18 weeks do not fit
        "ngày 13/9/2021 (18 tuần thực học)",  # weeks beside one day
        "từ ngày 13/9/2021 đến 15/1/2022 (18 tuần)",  # weeks of what?
        "Từ ngày 26/3/2012 đến ngày 30/3/2012 (nếu có thay đổi ngày)",  # a condition
        "Từ ngày 26/3/2012 đến ngày 30/3/2012 (Nếu có thay đổi sẽ thông báo lại vào ngày 1/3)",
        "như hàng năm, trước ngày 5/9",  # before the day: a cadence, or a note?
        "trước ngày 5/9 như hàng năm vào tháng 10",
    ],
)
def test_notes_that_could_move_the_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-08-26"))


def test_every_year_without_as_stays_a_yearly_rule() -> None:
    (reading,) = parse_deadlines("trước ngày 5/9 hàng năm", ctx("2021-08-16"))
    assert reading.kind is DeadlineKind.RECURRING


# --- two hours in one phrase -----------------------------------------------------------------


def test_two_events_each_at_its_own_hour() -> None:
    """Bộ VHTTDL, Ngày hội Văn hóa Chợ nổi Cái Răng (13/6/2022): the opening and the closing,
    each at an hour of its own day: two milestones, never one with two hours."""
    first, second = parse_deadlines(
        "Cụ thể, lễ khai mạc Ngày hội sẽ diễn ra lúc 8 giờ ngày 08/7 và bế mạc lúc 19 giờ ngày "
        "10/7.",
        ctx("2022-06-13"),
    )
    assert (first.kind, str(first.last), first.time) == (D, "2022-07-08", "08:00")
    assert (second.kind, str(second.last), second.time) == (D, "2022-07-10", "19:00")
    assert second.label == "bế mạc"


def test_a_start_and_its_end_at_their_hours_are_one_window() -> None:
    """Bình Phước, a contest's weeks (2021): "bắt đầu vào lúc …, kết thúc vào …" is one window,
    started at the first hour (the gloss) and due at the second."""
    (reading,) = parse_deadlines(
        "bắt đầu vào 9h00 ngày 15/11/2021 và kết thúc vào 23h59 ngày 21/11/2021", ctx()
    )
    assert (reading.kind, str(reading.first), str(reading.last)) == (
        W,
        "2021-11-15",
        "2021-11-21",
    )
    assert reading.time == "23:59" and reading.gloss == "bắt đầu lúc 09:00"


@pytest.mark.parametrize(
    "phrase",
    [
        # the second before the first: which is wrong?
        "khai mạc lúc 19 giờ ngày 10/7 và bế mạc lúc 8 giờ ngày 08/7",
        # one year written, the other taken from the plan: of which year is the first?
        "khai mạc lúc 8 giờ ngày 08/7 và bế mạc lúc 19 giờ ngày 10/7/2022",
        # no event named for the first hour
        "lúc 8 giờ ngày 08/7 và bế mạc lúc 19 giờ ngày 10/7",
        # two deadlines joined by "hoặc": never one, never both
        "khai mạc lúc 8 giờ ngày 08/7 hoặc bế mạc lúc 19 giờ ngày 10/7",
        # two hours, one day
        "khai mạc lúc 8 giờ và bế mạc lúc 19 giờ ngày 10/7",
    ],
)
def test_two_hours_not_two_events_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-06-13"))


def test_this_year_s_event_named_before_its_days() -> None:
    """Bộ VHTTDL, Ngày hội Văn hóa Chợ nổi Cái Răng (13/6/2022): "Ngày hội năm nay …, diễn ra
    từ ngày 8 đến ngày 10/7 tại …": this year's event, its place after the days."""
    phrase = (
        "Ngày hội năm nay có chủ đề “Bảo tồn và phát triển Văn hóa Chợ nổi Cái Răng”, diễn ra "
        "từ ngày 8 đến ngày 10/7 tại Điểm dừng chân Chợ nổi Cái Răng (đường Võ Tánh, phường Lê "
        "Bình, quận Cái Răng)."
    )
    (reading,) = parse_deadlines(phrase, ctx("2022-06-13"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, "2022-07-08", "2022-07-10")
    assert reading.gloss is not None and reading.gloss.startswith("tại Điểm dừng chân")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Ngày hội năm nay diễn ra từ ngày 8 đến ngày 10/7/2023", "2022-06-13"),  # not this year
        ("Ngày hội năm nay diễn ra từ ngày 20/12 đến ngày 10/1/2023", "2022-06-13"),
    ],
)
def test_this_year_before_days_of_another_year_is_refused(phrase: str, issued: str | None) -> None:
    assert "năm nay" in refused(phrase, ctx(issued))


def test_this_year_on_an_undated_page_is_the_year_its_days_print() -> None:
    """Session 39 (branch misc39b): on a page with no date, "năm nay" before days that print
    one year is that year; before session 39 it was refused ("this year of when?")."""
    (reading,) = parse_deadlines("Ngày hội năm nay diễn ra từ ngày 8 đến ngày 10/7/2022", ctx(None))
    assert (str(reading.first), str(reading.last)) == ("2022-07-08", "2022-07-10")


# --- for whom, after the day; the school year's end ------------------------------------------


def test_the_school_year_ends_in_its_second_calendar_year_for_whom_it_says() -> None:
    """Báo Sơn La, 16/8/2021: "Năm học sẽ kết thúc trước ngày 31/5 đối với tất cả các cơ sở
    giáo dục": the school year 2021-2022 ends in May 2022, for every school."""
    (reading,) = parse_deadlines(
        "Năm học sẽ kết thúc trước ngày 31/5 đối với tất cả các cơ sở giáo dục", ctx("2021-08-16")
    )
    assert (reading.kind, str(reading.last)) == (D, "2022-05-31")
    assert reading.gloss == "đối với tất cả các cơ sở giáo dục"
    assert read_days("trước ngày 31/5 đối với lớp 12", "2021-01-05") == (
        D,
        "2021-05-31",
        "2021-05-31",
    )


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Năm học sẽ kết thúc trước ngày 31/12", "2021-08-16"),  # not in the second half
        ("trước ngày 31/5 đối với năm học sau", "2021-01-05"),  # which year's?
        ("trước ngày 31/5 đối với các trường, ngày 15/6 đối với Sở", "2021-01-05"),
    ],
)
def test_for_whom_with_another_time_stays_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# --- a programme's lines: a show's title after its day, a list opened after the days --------


@pytest.mark.parametrize(
    ("phrase", "day", "time"),
    [
        # UBND tỉnh Khánh Hòa, KH 13495/2025 (Festival Biển Nha Trang): the show's title in
        # quotes after the day and its weekday; a show at an hour is held on that day
        ("Chương trình Canaval đường phố, trình diễn thể thao trên biển từ 14 giờ 00 phút, "
         "ngày 08 tháng 6 năm 2025 (Chủ nhật): “Phố biển vào hội”.", "2025-06-08", "14:00"),
        ("Lễ bế mạc tổ chức vào 20 giờ 10 phút, ngày 09 tháng 6 năm 2025 (thứ Hai): “Biển, "
         "đảo yêu thương”.", "2025-06-09", "20:10"),
    ],
)  # fmt: skip
def test_a_show_s_title_after_its_day(phrase: str, day: str, time: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, str(reading.last), reading.time) == (D, day, time)
    assert reading.gloss is not None and reading.gloss.startswith("“")


def test_the_words_opening_a_list_after_the_days_are_dropped() -> None:
    """UBND tỉnh Khánh Hòa, KH 13495/2025: "… (bắt đầu từ ngày 07 tháng 6 đến hết ngày 09
    tháng 6 năm 2025). Trong đó:" opens the programme's list."""
    phrase = (
        "Thời gian tổ chức 3 ngày (bắt đầu từ ngày 07 tháng 6 đến hết ngày 09 tháng 6 năm "
        "2025). Trong đó:"
    )
    assert read_days(phrase) == (W, "2025-06-07", "2025-06-09")
    assert read_days("trước ngày 15/3/2025, cụ thể như sau:") == (D, "2025-03-15", "2025-03-15")


@pytest.mark.parametrize(
    "phrase",
    [
        # the weekday is not the day's: one of the two is wrong
        "Lễ bế mạc tổ chức vào 20 giờ 10 phút, ngày 09 tháng 6 năm 2025 (thứ Ba): “Biển, đảo "
        "yêu thương”.",
        "trình diễn thể thao trên biển từ 14 giờ 00 phút, ngày 08 tháng 6 năm 2025 (thứ Hai)",
        # a number in the quotes: the title may count days or name a year
        "Lễ bế mạc tổ chức vào ngày 09 tháng 6 năm 2025 (thứ Hai): “Biển, đảo 2026”.",
        # another day after the title
        "Lễ bế mạc tổ chức vào ngày 09 tháng 6 năm 2025 (thứ Hai): “Biển” đến ngày 12/6/2025",
        # the list's words hold another day
        "trước ngày 15/3/2025, trong đó ngày 10/3:",
    ],
)
def test_titles_and_lists_that_hold_a_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


def test_a_ban_from_an_hour_stays_a_start() -> None:
    """No show held then: "cấm trình diễn từ 14 giờ …" is a ban that starts, not an event."""
    (reading,) = parse_deadlines(
        "cấm trình diễn từ 14 giờ 00 phút, ngày 08 tháng 6 năm 2025", ctx()
    )
    assert reading.last is None and str(reading.earliest) == "2025-06-08"


# --- the ends of a range: the part of the day it ends in, "ngày A đến B", "Ngày A - B:" ------


def test_a_range_that_ends_in_the_morning_keeps_its_last_day() -> None:
    """Tạp chí Tài chính, the Quốc hội's 8th session (2024): "Đợt 2: từ ngày 20/11 đến sáng
    ngày 30/11/2024": the last day is the 30th, its morning kept as the gloss."""
    (reading,) = parse_deadlines("Đợt 2: từ ngày 20/11 đến sáng ngày 30/11/2024", ctx())
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, "2024-11-20", "2024-11-30")
    assert reading.gloss == "kết thúc vào buổi sáng ngày 30/11/2024"


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Hà Nam (2022): "vào ngày A đến B", the range's start without "từ"
        ("Tiêm phòng bổ sung vào ngày 10/11 đến 20/11/2022 và ngày 01/12 đến 10/12/2022",
         None, W, "2022-11-10", "2022-11-20"),
        ("ngày 10/11 đến hết ngày 20/11/2022", None, W, "2022-11-10", "2022-11-20"),
        # the Bộ GD&ĐT's admission milestones (2018): a schedule line opening with "Ngày A - B"
        ("Ngày 25/6 - 27/6/2018: thí sinh tham dự thi THPT quốc gia 2018 .", None, W,
         "2018-06-25", "2018-06-27"),
    ],
)  # fmt: skip
def test_ranges_without_from(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    assert parse_deadlines(phrase, ctx(issued))[0].kind is kind
    reading = parse_deadlines(phrase, ctx(issued))[0]
    assert (str(reading.first), str(reading.last)) == (first, last)


def test_two_ranges_without_from_are_two_windows() -> None:
    first, second = parse_deadlines(
        "Tiêm phòng bổ sung vào ngày 10/11 đến 20/11/2022 và ngày 01/12 đến 10/12/2022", ctx()
    )
    assert (str(first.first), str(first.last)) == ("2022-11-10", "2022-11-20")
    assert (str(second.first), str(second.last)) == ("2022-12-01", "2022-12-10")


@pytest.mark.parametrize(
    "phrase",
    [
        "từ ngày 20/11 đến tới ngày 30/11/2024",  # "tới" is no part of the day
        "từ ngày 20/11 đến toi ngày 30/11/2024",  # typed bare: "tối" or "tới"?
        "ngày 10/11 đến 5/11/2022",  # the start after its end
        "trước ngày 10/11 đến 20/11/2022",  # before what?
        "Ngày 27/6 - 25/6/2018:",  # reversed
        "nộp ngày 25/6 - 27/6/2018",  # a dash in running text: a range, or two days?
        "Ngày 25/6 - 27/6/2018: thí sinh tham dự thi THPT quốc gia 2019",  # another year
    ],
)
def test_range_ends_that_may_mean_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


# --- an event named with its ordinal and its year; the weeks a term must teach ---------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # Báo Kon Tum (2024): the festival's ordinal in digits, its year, its days and place
        ("Tuần Văn hoá - Du lịch lần thứ 5 và Liên hoan Cồng chiêng tỉnh Kon Tum lần thứ 2 năm "
         "2024 dự kiến diễn ra trong 4 ngày (từ 11-14/12) tại TP. Kon Tum và một số địa phương "
         "trong tỉnh", "2024-12-11", "2024-12-14"),
        # UBND tỉnh Lai Châu (2020): a culture day of a year, its theme after the days
        ("“Ngày Văn hóa Lai Châu tại Hà Nội” năm 2020 do Ủy ban nhân dân tỉnh Lai Châu phối hợp "
         "với Ủy ban nhân dân thành phố Hà Nội tổ chức sẽ diễn ra trong ba ngày (từ ngày 18 - "
         "20/12), với chủ đề “Rực rỡ sắc màu Lai Châu”", "2020-12-18", "2020-12-20"),
    ],
)  # fmt: skip
def test_an_event_of_a_named_year_with_words_after_its_days(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Liên hoan lần thứ 2 năm 2024 dự kiến diễn ra trong 5 ngày (từ 11-14/12)",  # 4 days
        "Liên hoan lần 2 năm 2024 diễn ra từ 11-14/12",  # "lần 2" may count: not an ordinal
        "Ngày Văn hóa Lai Châu năm 2020 sẽ diễn ra trong ba ngày (từ ngày 18 - 20/12), sau đó "
        "ngày 25/12",  # another day after it
    ],
)
def test_an_event_s_year_with_a_doubt_stays_refused(phrase: str) -> None:
    refused(phrase, ctx())


def test_the_weeks_a_term_must_teach_after_its_start() -> None:
    """Sở GD-ĐT Tiền Giang (19/8/2024): "Học kỳ II sẽ tính từ ngày 13-1-2025 và phải đảm
    bảo thực hiện đủ 17 tuần thực học": a start bound, the weeks kept as its gloss."""
    (reading,) = parse_deadlines(
        "Học kỳ II sẽ tính từ ngày 13-1-2025 và phải đảm bảo thực hiện đủ 17 tuần thực học",
        ctx("2024-08-19"),
    )
    assert (str(reading.earliest), reading.last) == ("2025-01-13", None)
    assert reading.gloss == "phải đảm bảo thực hiện đủ 17 tuần thực học"
    refused(
        "Học kỳ II sẽ tính từ ngày 13-1-2025 và phải đảm bảo thực hiện đủ 17 tuần thực học "
        "trước ngày 20/5/2025",
        ctx("2024-08-19"),
    )


# --- yearly rules with the postmark; the year "immediately after" -----------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # Thông tư 16/2018/TT-BCT: the postmark dates a mailed dossier; the rule's day stands
        ("hồ sơ gửi về Bộ Công Thương chậm nhất ngày 29 tháng 4 hàng năm (tính theo dấu bưu "
         "điện)", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=29"),
        # Thông tư 07/2019/TT-BVHTTDL: the same, and "of the year immediately after"
        ("Tiếp nhận hồ sơ trước ngày 05 tháng 12 hàng năm (tính theo dấu bưu điện)",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5"),
        ("Tiếp nhận hồ sơ trước ngày 25 tháng 02 của năm sau liền kề (tính theo dấu bưu điện)",
         "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=25"),
    ],
)  # fmt: skip
def test_yearly_rules_with_the_postmark(phrase: str, rrule: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind is DeadlineKind.RECURRING and reading.rrule == rrule
    assert reading.gloss == "tính theo dấu bưu điện"


@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 25 tháng 02 của năm sau liền kề năm 2025",  # a year after the rule
        "trước ngày 05 tháng 12 hàng năm (tính theo ngày nhận)",  # which day counts?
        "trước ngày 05 tháng 12 hàng năm (tính theo dấu bưu điện) hoặc ngày 10/12",
    ],
)
def test_yearly_rules_with_other_words_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


# --- more words after the days: a range "ngày A-M đến ngày B-M", names with time syllables ---


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Báo Đắk Nông (27/11/2019): both days after "ngày", with a dash, the place after
        ("Lễ hội văn hóa thổ cẩm Việt Nam sẽ diễn ra ngày 27-12 đến ngày 30-12, tại hồ Đảo "
         "Nổi, thị xã Gia Nghĩa, tỉnh Đắk Nông với nhiều hoạt động văn hóa nghệ thuật đặc sắc",
         "2019-11-27", "2019-12-27", "2019-12-30"),
        # Báo Đắk Nông (10/11/2020): "đầu tư" (invest) is no "đầu", no "tư năm", no "từ năm"
        ("Thời gian diễn ra các sự kiện trong chuỗi các hoạt động văn hóa, du lịch và xúc tiến "
         "đầu tư năm 2020 tại tỉnh Đắk Nông sẽ diễn ra từ ngày 24 đến 29/11/2020 tại TP Gia "
         "Nghĩa", "2020-11-10", "2020-11-24", "2020-11-29"),
        # Báo Kon Tum (2023): "Du lịch" in a ministry's name, a festival ("Ngày hội") and its
        # edition ("lần thứ I") after the days, its year the days' own
        ("Từ ngày 29/11 đến ngày 1/12/2023, tỉnh Kon Tum vinh dự được Bộ Văn hóa, Thể thao và "
         "Du lịch (VH,TT&DL) chọn là địa phương đăng cai tổ chức Ngày hội VH, TT&DL các dân tộc "
         "vùng Tây Nguyên lần thứ I, năm 2023", None, "2023-11-29", "2023-12-01"),
    ],
)  # fmt: skip
def test_more_words_after_the_days(phrase: str, issued: str | None, first: str, last: str) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("ngày 27-12 đến 30-12", "2019-11-27"),  # the end without "ngày": a count?
        ("trong bốn năm ngày 24 đến 29/11/2020", "2020-11-10"),  # four years, spelled
        ("dau tu nam 2020 den ngay 29/11/2020", "2020-11-10"),  # typed bare: "đầu tư", "từ"?
        ("Từ ngày 29/11 đến ngày 1/12/2023, Ngày hội lần thứ I, năm 2024", None),  # other year
        ("Từ ngày 29/11 đến ngày 1/12/2023, Âm Lịch", None),  # another calendar
    ],
)
def test_those_words_with_a_time_stay_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


# --- "năm tới": the year after the document's -------------------------------------------------


def test_the_coming_year_is_the_year_after_the_issue() -> None:
    (reading,) = parse_deadlines("dự kiến tổ chức vào tháng 3 năm tới", ctx("2025-10-12"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, "2026-03-01", "2026-03-31")
    assert "năm tới" in reading.reading
    assert read_days("trước ngày 15/3 năm tới", "2025-10-12") == (D, "2026-03-15", "2026-03-15")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("vào tháng 3 năm tới", None),  # the year after which?
        ("trước ngày 15/3/2026 năm tới", "2025-10-12"),  # a year written beside it
        ("tháng 3 và tháng 5 năm tới", "2025-10-12"),  # of the last part, or of both?
    ],
)
def test_the_coming_year_with_a_doubt_is_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


# --- three days of three groups; "riêng …", the others' own day ------------------------------


def test_three_days_of_three_groups_the_last_before_the_full_stop() -> None:
    """Báo Ấp Bắc (Tiền Giang, 19/8/2024): three groups, three days, in order; the last day
    written "ngày 5-9." before the sentence's full stop."""
    days = parse_deadlines(
        "Học sinh lớp 1 tại Tiền Giang sẽ tựu trường vào ngày 22-8, các lớp khác của bậc tiểu "
        "học và THCS, THPT, giáo dục thường xuyên sẽ tựu trường vào ngày 29-8, đồng loạt khai "
        "giảng ngày 5-9.",
        ctx("2024-08-19"),
    )
    assert [(one.kind, str(one.last)) for one in days] == [
        (D, "2024-08-22"),
        (D, "2024-08-29"),
        (D, "2024-09-05"),
    ]
    assert read_days("khai giảng ngày 5-9.", "2024-08-19") == (D, "2024-09-05", "2024-09-05")


def test_an_exception_names_the_others_own_day() -> None:
    """ "riêng …" (for … alone): an exception to the part before it, its own day, which may
    come before it (Báo SGGP, 14/8/2025: the first, ninth and twelfth grades open earlier)."""
    first, second = parse_deadlines(
        "tất cả khối lớp tựu trường vào ngày 25-8-2025, riêng lớp 1 tựu trường vào ngày 20-8-2025.",
        ctx("2025-08-14"),
    )
    assert (str(first.last), first.label) == ("2025-08-25", "tất cả khối lớp tựu trường")
    assert (str(second.last), second.label) == ("2025-08-20", "riêng lớp 1 tựu trường")


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 5-9.2024",  # two kinds of marks
        # without "riêng", a later part before an earlier one: a restatement, or a typo?
        "tất cả khối lớp tựu trường vào ngày 25-8-2025, lớp 1 tựu trường vào ngày 20-8-2025.",
        # (a start beside a day, "…, riêng lớp 1 tựu trường từ ngày 20-8-2025", reads as the
        # day and the start bound apart since the lead's ruling of session 33:
        # test_deadline_rulings33)
        "tựu trường vào ngày 25-8-2025, riêng lớp 1 tựu trường trong tháng 8/2025",
    ],
)
def test_days_of_groups_that_may_mean_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-14"))


def test_a_day_compared_with_custom_after_a_dash() -> None:
    """Báo Dân trí (31/1/2026): "vào Chủ nhật, ngày 15/3 - sớm hơn 2 tháng so với thông lệ
    các kỳ bầu cử trước đó": the election day, two months earlier than usual (a comparison
    kept as the gloss; the weekday checked)."""
    (reading,) = parse_deadlines(
        "Nghị quyết của Quốc hội nêu rõ Ngày bầu cử sẽ diễn ra vào Chủ nhật, ngày 15/3 - sớm hơn "
        "2 tháng so với thông lệ các kỳ bầu cử trước đó",
        ctx("2026-01-31"),
    )
    assert (reading.kind, str(reading.last)) == (D, "2026-03-15")
    assert reading.gloss == "sớm hơn 2 tháng so với thông lệ các kỳ bầu cử trước đó"
    refused("vào Thứ Hai, ngày 15/3 - sớm hơn 2 tháng", ctx("2026-01-31"))  # a Sunday
    refused("vào Chủ nhật, ngày 15/3 - sớm hơn 2 tháng so với ngày 15/5", ctx("2026-01-31"))


# --- words after the day: who asks, "hoặc" between two things, how long ----------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # Sở KH&ĐT Hải Dương (11/12/2017): who asks for the report, after the day
        ("đề nghị chậm nhất ngày 25.12.2017 phải báo cáo nội dung này theo yêu cầu của Bộ Kế "
         "hoạch và Đầu tư", "2017-12-11", "2017-12-25"),
        # Bộ GD&ĐT (2026): "hoặc" between two ways of admission, no number, no time
        ("các địa phương phải hoàn thành tuyển sinh lớp 10 trước ngày 31/7, có thể thi hoặc xét "
         "tuyển", "2026-03-04", "2026-07-31"),
        # fireworks at New Year's Eve (2026): how long each show lasts, after its hour
        ("vào lúc 23h10 ngày 16/02/2026, thời lượng 15 phút/điểm", None, "2026-02-16"),
    ],
)  # fmt: skip
def test_words_after_the_day_that_move_no_day(phrase: str, issued: str | None, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.last)) == (D, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "chậm nhất ngày 25.12.2017 phải báo cáo theo yêu cầu",  # whose? maybe the rule's time
        "chậm nhất ngày 25.12.2017 phải báo cáo theo yêu cầu của Bộ vào năm 2018",
        "trước ngày 31/7/2026, hoặc sau đó",  # "hoặc" beside a word of time
        "trước ngày 31/7/2026, có thể thi hoặc xét tuyển vào tháng 8",
        "vào lúc 23h10 ngày 16/02/2026, thời lượng 15 ngày",  # days, not the show's minutes
    ],
)
def test_words_after_the_day_that_may_move_it_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


def test_a_place_named_after_the_hung_kings_is_no_gio_to() -> None:
    """Bạc Liêu's Xuân Giáp Thìn programme (2024): "tại Quảng trường Hùng Vương" is a square,
    not the Giỗ Tổ Hùng Vương (the 10th of the third lunar month) the day would have to be."""
    (reading,) = parse_deadlines(
        "sẽ diễn ra lúc 20h30 ngày 9/2 (nhằm 30 Tết) tại Quảng trường Hùng Vương", ctx("2024-01-20")
    )
    assert (reading.kind, str(reading.last), reading.time) == (D, "2024-02-09", "20:30")
    assert read_days("ngày 9/2/2024 tại Trường THPT Hùng Vương") == (D, "2024-02-09", "2024-02-09")
    refused("ngày 9/2/2024 (Giỗ Tổ Hùng Vương)", ctx())  # the occasion itself: not that day
    refused("ngày 9/2/2024 (Hùng Vương)", ctx())


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # Báo An Giang (2/12/2020): the session convened, after its two days
        ("Trong 2 ngày (3 và 4-12), Thường trực HĐND tỉnh An Giang triệu tập kỳ họp",
         "2020-12-03", "2020-12-04"),
        # the year-end session named with its year, the day's own
        ("ngày 4/12/2020, kỳ họp cuối năm 2020 HĐND tỉnh", "2020-12-04", "2020-12-04"),
    ],
)  # fmt: skip
def test_a_session_named_after_its_days(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2020-12-02"))
    assert (str(reading.first), str(reading.last)) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Trong 2 ngày (3 và 4-12), triệu tập kỳ họp tới",  # the next session: when?
        "ngày 4/12/2020, trước kỳ họp",  # before the session: another day
        "ngày 4/12/2020, kỳ họp cuối năm 2021",  # another year's session
    ],
)
def test_a_session_with_a_time_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-12-02"))


def test_hours_about_on_an_exact_day() -> None:
    """A launch ceremony (2024): "vào khoảng 08 giờ 30 phút đến 09 giờ 15 phút ngày 21/02/2024
    (tức ngày 12 tháng Giêng năm Giáp Thìn)": about those hours, on that day."""
    (reading,) = parse_deadlines(
        "Thời gian dự kiến tổ chức lễ phát động vào khoảng 08 giờ 30 phút đến 09 giờ 15 phút ngày "
        "21/02/2024 (tức ngày 12 tháng Giêng năm Giáp Thìn)",
        ctx("2024-02-10"),
    )
    assert (reading.kind, str(reading.last), reading.time) == (D, "2024-02-21", "09:15")
    assert reading.gloss is not None and "khoảng" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        "khoảng 8 giờ ngày 21/02/2024",  # about one hour: "about" the deadline itself
        "vào khoảng 08 giờ 30 phút đến 09 giờ 15 phút ngày 21/02 đến ngày 25/02/2024",
        "vào khoảng 10 giờ đến 09 giờ 15 phút ngày 21/02/2024",  # ends before it starts
    ],
)
def test_hours_about_that_do_not_fit_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-02-10"))

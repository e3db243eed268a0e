"""Forms opened by branch tune-zq (session 29) on the set zq- (tuning data since this
session): first the family of its one misread, a press prize's extended eligibility span
read as a window, then the largest families of its refusals. Each form with the corpus
phrase that shows it (its file named), the near variants that must read the same, and the
dangerous neighbours that must keep their reading or stay refused (the first rule: never a
silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- the span an entry must have been published or made in: a condition, never a window ----


@pytest.mark.parametrize(
    "phrase",
    [
        # zq-hoinhabaoyenbai-gia-han-giai-bao-chi-vi-an-ninh-to-quoc-2025: the span extended,
        # the verbs in the active but "lần đầu" (read as a window 01/01/2023 - 25/04/2025 on main)
        "Ban tổ chức đã quyết định gia hạn các tác phẩm dự giải đăng tải, phát sóng lần đầu "
        "trong thời gian từ ngày 1/1/2023 đến hết ngày 25/4/2025",
        # its kin: the extension without its organiser, one verb, "xuất bản lần đầu"
        "Gia hạn các tác phẩm đăng tải lần đầu từ ngày 1/1/2023 đến hết ngày 25/4/2025",
        "Các tác phẩm dự thi xuất bản lần đầu trong thời gian từ ngày 1/1/2023 đến ngày 25/4/2025",
        # a work made, not published, in the span; a span of months; a start without its year
        "Tác phẩm dự thi là các tác phẩm được sáng tác từ tháng 1/2023 đến hết tháng 4/2025",
        "các tác phẩm được xuất bản từ ngày 1/1 đến 30/6/2024",
        # the forms refused before this branch (zm-cand's photo span, zk-vov's films)
        "Ban tổ chức sẽ nhận các tác phẩm dự thi được chụp từ ngày 21/9/2014 đến hết ngày 25/9/2015",
        "phim được cấp giấy phép phổ biến phim hoặc có quyết định phát sóng trên Đài Truyền hình "
        "trong khoảng từ ngày 11/9/2019 đến 10/8/2021",
    ],
)
def test_the_span_a_work_was_published_or_made_in_is_refused(phrase: str) -> None:
    assert "đủ điều kiện" in refused(phrase, ctx("2025-02-27"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the time entries are received, extended or not: read (h-dulichbinhduong's kin)
        (
            "Ban tổ chức gia hạn thời gian nhận tác phẩm dự thi từ ngày 1/3/2025 đến hết ngày "
            "25/4/2025",
            date(2025, 3, 1),
            date(2025, 4, 25),
        ),
        (
            "Ban tổ chức đã quyết định gia hạn thời gian nhận tác phẩm đến hết ngày 25/4/2025",
            date(2025, 4, 25),
            date(2025, 4, 25),
        ),
        # entries posted on the contest's page in its window, with no "được" or "lần đầu": the
        # time they are sent in, not a condition on them
        (
            "Các tác phẩm dự thi đăng tải trên fanpage cuộc thi từ ngày 1/6/2025 đến 30/6/2025",
            date(2025, 6, 1),
            date(2025, 6, 30),
        ),
        # the closing day of the same call (zq-hoinhabaoyenbai's caption)
        (
            "Các tác phẩm dự thi gửi về Ban tổ chức chậm nhất là ngày 30/4/2025 (theo dấu bưu điện)",
            date(2025, 4, 30),
            date(2025, 4, 30),
        ),
    ],
)
def test_the_time_entries_are_sent_in_still_reads(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, ctx("2025-02-27"))
    assert (reading.first, reading.last) == (first, last)
    assert reading.kind in (DeadlineKind.DATE, DeadlineKind.WINDOW)


# --- a start without an end: effect days and repeals, with what the rule applies to ---------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # zq-ipckontum-qd-19-2023-bai-bo-van-ban: the legal texts a decision repeals, counted by
        # kind, told unfit (refused on main: the counts and "không" before the day)
        (
            "Theo đó, 45 văn bản quy phạm pháp luật do UBND tỉnh ban hành (gồm 41 Quyết định và "
            "04 Chỉ thị) không còn phù hợp với quy định của pháp luật và điều kiện kinh tế - xã "
            "hội của địa phương sẽ bị bãi bỏ kể từ ngày 04/5/2023",
            "2023-04-24",
            date(2023, 5, 4),
        ),
        # zq-vietnamplus-nhieu-luat-co-hieu-luc-tu-1-1-2026: the laws a session passed, counted
        (
            "Ngoài ra, Kỳ họp thứ 10, Quốc hội đã xem xét, thông qua 51 luật, 8 nghị quyết quy "
            "phạm pháp luật, trong đó, nhiều Luật sẽ có hiệu lực ngay từ ngày 1/1/2026",
            "2025-12-31",
            date(2026, 1, 1),
        ),
        # zq-thanhnien-quy-dinh-camera-xe-dich-vu-2026: the vehicles by their seats, one left out
        (
            "Cụ thể, quy định lắp thiết bị ghi nhận hình ảnh người lái xe đối với xe khách dưới 8 "
            "chỗ, xe tải (trừ xe đầu kéo) và xe vận tải nội bộ sẽ chính thức có hiệu lực từ ngày "
            "1.1.2028",
            "2026-01-05",
            date(2028, 1, 1),
        ),
        # zq-luatvietnam-kh-05-lay-y-kien-sua-doi-hien-phap-2025: the Constitution by its year
        (
            "Lấy ý kiến Nhân dân về dự thảo sửa đổi Hiến pháp năm 2013 từ ngày 06/5/2025",
            "2025-05-05",
            date(2025, 5, 6),
        ),
        # the part of the day a start is in (zq-giadinh's "Bắt đầu từ chiều 20/8" without its
        # label "Thời điểm công bố sớm nhất:", which stays refused)
        ("Bắt đầu từ chiều 20/8", "2025-08-18", date(2025, 8, 20)),
        ("Từ sáng ngày 20/8/2025", "2025-08-18", date(2025, 8, 20)),
    ],
)
def test_a_start_with_what_it_applies_to_reads(phrase: str, issued: str, earliest: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.earliest, reading.last) == (earliest, None)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a number right after a word of time is no count of texts: a day, a month
        ("Ngày 15 Quyết định có hiệu lực từ ngày 04/5/2023", "2023-04-24"),
        ("tháng 8 nghị quyết có hiệu lực từ ngày 04/5/2023", "2023-04-24"),
        # a text cited by its number stays a second date or number beside the start
        ("Quyết định 41/2023 có hiệu lực từ ngày 04/5/2023", "2023-04-24"),
        # seats with no bound ("dưới", "trên", "từ") may be anything
        ("xe khách 8 chỗ có hiệu lực từ ngày 1.1.2028", "2026-01-05"),
        # days left out are words of time, whatever the parentheses
        ("Các đơn vị (trừ thứ Bảy) báo cáo trước ngày 1.1.2028", "2026-01-05"),
        ("Các đơn vị (trừ ngày nghỉ) báo cáo trước ngày 1.1.2028", "2026-01-05"),
        # "chậm nhất từ" a part of the day: neither the start nor surely the due day
        ("chậm nhất từ chiều 20/8", "2025-08-18"),
        # the Constitution's year alone is its name, never a window over 2013 (read so on main)
        ("Lấy ý kiến Nhân dân về dự thảo sửa đổi Hiến pháp năm 2013", "2025-05-05"),
    ],
)
def test_numbers_and_words_that_may_be_times_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


def test_the_constitution_s_year_before_a_last_day_is_its_name() -> None:
    reading = one("Lấy ý kiến về Hiến pháp năm 2013 đến hết ngày 30/9/2025", ctx("2025-05-05"))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2025, 9, 30))


# --- a contest named by its edition and year; its rules as the sentence's frame -------------


def test_an_edition_spelled_as_an_ordinal_is_no_count_of_years() -> None:
    # zq-vnba-giai-dien-hong-lan-thu-ba-2025: "lần thứ ba - năm 2025" is the third edition,
    # never "ba năm" (three years) before the month (refused on main)
    reading = one("Giải Diên Hồng lần thứ ba - năm 2025 sẽ được trao vào tháng 1/2025")
    assert (reading.first, reading.last) == (date(2025, 1, 1), date(2025, 1, 31))


def test_the_rules_of_an_edition_frame_a_deadline_with_its_own_year() -> None:
    # zq-vnba-giai-dien-hong-lan-thu-ba-2025: the 2025 prize takes its entries until 2024
    reading = one(
        "Theo thể lệ Giải báo chí toàn quốc về Quốc hội và HĐND (Giải Diên Hồng) lần thứ ba - "
        "năm 2025, Ban tổ chức giải sẽ nhận tác phẩm dự thi đến hết ngày 22/11/2024, tính theo "
        "dấu bưu điện"
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2024, 11, 22))
    assert one("Theo thể lệ, Ban tổ chức nhận tác phẩm đến hết ngày 22/11/2024").last == date(
        2024, 11, 22
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a deadline without its year beside another year: which one? (the edition's may be
        # the year after the entries are due)
        "Theo thể lệ Giải Diên Hồng lần thứ ba - năm 2025, Ban tổ chức nhận tác phẩm đến hết "
        "ngày 22/11",
        # the rules replaced: the old time (convention 2), whatever they are called
        "Theo thể lệ cũ, Ban tổ chức nhận tác phẩm dự thi đến hết ngày 22/11/2024",
        "theo Điều lệ cũ của giải, Ban tổ chức nhận tác phẩm đến hết ngày 22/11/2024",
        # rules of a time ("năm 2023", "hằng năm") stay words of time
        "Theo thể lệ năm 2023, Ban tổ chức nhận tác phẩm đến hết ngày 22/11/2024",
        "Theo thể lệ hằng năm, Ban tổ chức nhận tác phẩm đến hết ngày 22/11/2024",
        # another edition's year than the deadline's, without the rules' frame
        "Giải lần thứ hai năm 2024 trao vào tháng 1/2025",
    ],
)
def test_the_rules_replaced_or_of_a_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-10-01"))


# --- weeks of classes: Monday to Friday ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zq-ttn-hoc-he-thi-lai-hoc-ky-2-2022-2023 (refused on main: the count in parentheses)
        ("- Thời gian đăng kí học hè (2 tuần): Từ 12/6/2023 đến 23/6/2023", (6, 12), (6, 23)),
        ("- Thời gian học (5 tuần): Từ 26/6/2023 đến 28/7/2023", (6, 26), (7, 28)),
        ("- Thời gian thi lần 1 (1 tuần): Từ ngày 31/7/2023 đến 04/8/2023", (7, 31), (8, 4)),
        # Monday to Saturday, as schools count a week too
        ("Thời gian học (2 tuần): Từ 12/6/2023 đến 24/6/2023", (6, 12), (6, 24)),
    ],
)
def test_weeks_of_classes_agree_with_their_window(
    phrase: str, first: tuple[int, int], last: tuple[int, int]
) -> None:
    reading = one(phrase)
    assert (reading.first, reading.last) == (date(2023, *first), date(2023, *last))
    assert "tuần học" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # a count the window does not have: which is wrong, the count or a day?
        "- Thời gian học (4 tuần): Từ 26/6/2023 đến 28/7/2023",
        # not from a Monday: no week of classes
        "- Thời gian học (5 tuần): Từ 27/6/2023 đến 28/7/2023",
        "- Thời gian học (2 tuần): Từ 12/6/2023 đến 22/6/2023",
        # a length said in the sentence counts whole weeks (test_deadline_forms_wide): a fair's
        # week from a Monday to a Saturday is no week of classes
        "Hội chợ diễn ra trong thời gian 1 tuần, từ ngày 06/01/2025 đến hết ngày 11/01/2025",
    ],
)
def test_weeks_the_window_does_not_have_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- a copy's damage around a range: a connector run into the year, a field's colon ---------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zq-pbgdpl-moj-soc-trang-thi-tim-hieu-phap-luat-2021 (refused on main)
        ("- Đợt 1: Từ ngày 01/05/2021đến hết ngày 31/5/2021", date(2021, 5, 1), date(2021, 5, 31)),
        # zq-donga-dulich-thi-lai-hoc-ky-1-2021-2022 (refused on main)
        (
            "- Thời gian tổ chức thi lại: Từ ngày 22/02/2022 đến ngày: 26/02/2022",
            date(2022, 2, 22),
            date(2022, 2, 26),
        ),
        ("Từ ngày 01/05/2021 đến ngày:26/02/2022", date(2021, 5, 1), date(2022, 2, 26)),
    ],
)
def test_a_range_copied_with_its_space_lost_or_a_colon_reads(
    phrase: str, first: date, last: date
) -> None:
    reading = one(phrase)
    assert (reading.first, reading.last) == (first, last)


def test_a_connector_run_into_more_words_stays_refused() -> None:
    # "đếnhết": two words lost their spaces; the day before them is not told apart
    refused("Từ ngày 01/05/2021đếnhết ngày 31/5/2021")


# --- the steps after the deliverable, in its clause of purpose -------------------------------


def test_the_file_sent_on_after_its_purpose_is_no_time() -> None:
    # zq-huph-dang-ky-giai-thuong-ho-chi-minh-2015 (refused on main: "trước" after the day)
    reading = one(
        "Thời hạn đăng ký và nộp hồ sơ là 30/11/2015 để Phòng tập hợp và tổ chức xét duyệt cấp "
        "cơ sở trước khi gửi lên Bộ"
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2015, 11, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        # outside a clause of purpose, "trước khi …" may be the deliverable's own bound
        "Thời hạn nộp hồ sơ là 30/11/2015, trước khi gửi lên Bộ",
        # a time in the purpose ("trước Tết") or a second day stays a time of its own
        "nộp hồ sơ trước ngày 30/11/2015 để Phòng tập hợp trước Tết",
        "Thời hạn nộp hồ sơ là 30/11/2015 để Phòng tập hợp trước khi gửi lên Bộ trước ngày "
        "15/12/2015",
    ],
)
def test_a_time_after_the_deliverable_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a cycle of several years or weeks: refused, saying why -----------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # (zq-baonghean's "3 năm một lần vào dịp Quốc khánh 2/9, bắt đầu từ năm 2015", its
        # first year named, is read since branch interval: tests/test_deadline_interval.py)
        # zq-vusta-giai-thuong-ho-chi-minh-lan-7 (refused on main for "năm" with no year)
        "Đây là đợt xét thưởng được tổ chức định kỳ 5 năm một lần, nhằm ghi nhận và tôn vinh "
        "những đóng góp nổi bật nhất của đội ngũ trí thức khoa học Việt Nam",
        # zq-thuvienphapluat-hoi-dap-nghe-nhan-uu-tu: the day of the occasion, no year
        "Theo Khoản 35 Điều 1 Luật thi đua, khen thưởng sửa đổi 2013 thì Danh hiệu “Nghệ nhân "
        "ưu tú” được xét và công bố 3 năm một lần vào dịp kỷ niệm ngày Quốc khánh 2 tháng 9",
        # weeks, with their day
        "Họp định kỳ 2 tuần/lần vào thứ Hai",
    ],
)
def test_a_cycle_of_several_years_or_weeks_is_refused_saying_why(phrase: str) -> None:
    why = refused(phrase, ctx("2025-12-02"))
    assert "nhịp lặp lại" in why


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # the cycles kehoach holds still read: six months, each year, each week
        ("định kỳ 6 tháng một lần", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"),
        ("hằng năm, trước ngày 15/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
    ],
)
def test_the_cycles_kehoach_holds_still_read(phrase: str, rrule: str) -> None:
    assert one(phrase).rrule == rrule


def test_a_way_of_doing_no_longer_used_from_a_start_is_the_start() -> None:
    # zq-luatvietnam-thue-ho-kinh-doanh-tu-2026 (refused on main: "không" after the day)
    reading = one(
        "Theo Nghị quyết 198/2025/QH15, từ ngày 01/01/2026, hộ kinh doanh, cá nhân kinh doanh "
        "không còn áp dụng phương pháp khoán thuế"
    )
    assert (reading.earliest, reading.last) == (date(2026, 1, 1), None)
    # "sau" keeps its own meaning: after the day, no start said
    refused("không còn áp dụng sau ngày 31/12/2025")


# --- a deferral asked for is no exam put off ----------------------------------------------


def test_a_deferral_asked_for_is_no_exam_put_off() -> None:
    # zq-due-udn-dang-ky-hoan-thi-hoc-ky-1-2021-2022 (refused on main as a postponement)
    reading = one(
        "Danh sách các trường hợp được xử lý hoãn thi/ vắng phép sẽ được thông báo trên "
        "website Trường vào ngày 20/01/2022",
        ctx("2022-01-15"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2022, 1, 20))


@pytest.mark.parametrize(
    "phrase",
    [
        # the exam put off: its day is the one given up
        "Sở GD&ĐT hoãn thi tuyển sinh lớp 10 ngày 15/6/2022",
        "Kỳ thi được hoãn đến ngày 20/01/2022",
    ],
)
def test_an_exam_put_off_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-01-15"))

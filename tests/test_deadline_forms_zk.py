"""Forms tuned on the zk- set (branch tune-zk): its misreads closed as families (a past term
told done, the Front committee's term, an agreement's period, a result's year, the span a
qualifying work was made public in), then its refusals by cause. Each rule with the real
phrases that motivated it (their corpus file named) and the look-alikes that must stay read
or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import Context, DeadlineKind

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE


# --- a past term told done ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zk-baophutho-dai-hoi-dang-bo-xa-dai-dong-2025 (read as 2020-2025 before)
        "Nhiệm kỳ 2020 - 2025, Đảng bộ xã Đại Đồng đã lãnh đạo toàn diện nhiệm vụ chính trị và "
        "đạt được kết quả tích cực",
        "Trong nhiệm kỳ 2020 - 2025, Đảng bộ xã đã lãnh đạo toàn diện nhiệm vụ chính trị",
        "Nhiệm kỳ 2015-2020, Hội đã tổ chức 12 lớp tập huấn cho hội viên",
    ],
)
def test_a_past_term_told_done_is_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2025-07-22"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the work a term is set for, nothing told done: the term's window
        ("Nhiệm kỳ 2025 - 2030, Đảng bộ phấn đấu hoàn thành 16 chỉ tiêu", 2025, 2030),
        # a deadline told after what was assigned stays read
        ("Nhiệm kỳ 2020-2025, các chi bộ đã được giao phải hoàn thành trước ngày 30/9/2025", 0, 0),
    ],
)
def test_a_term_of_work_to_come_stays_read(phrase: str, first: int, last: int) -> None:
    reading = one(phrase, ctx("2025-07-22"))
    if first:
        assert days(reading) == (W, date(first, 1, 1), date(last, 12, 31))
    else:
        assert days(reading) == (D, date(2025, 9, 30), date(2025, 9, 30))


# --- the Front committee's term ---------------------------------------------------------------


def test_the_front_committee_s_term_is_its_office_not_a_deadline() -> None:
    # zk-mattran-gia-lai-dai-hoi-mttq-tinh-xi-2024 (read as 2019-2024 before)
    why = refused("Báo cáo kiểm điểm hoạt động của Ủy ban MTTQ Việt Nam tỉnh, nhiệm kỳ 2019-2024")
    assert "nhiệm kỳ là tên của cơ quan" in why
    refused("Báo cáo tổng kết hoạt động của Ủy ban Mặt trận Tổ quốc Việt Nam xã nhiệm kỳ 2019-2024")


def test_the_front_committee_s_programme_over_its_term_stays_read() -> None:
    reading = one("Chương trình hành động của Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2024-2029")
    assert days(reading) == (W, date(2024, 1, 1), date(2029, 12, 31))


def test_a_day_beside_the_front_committee_s_term_stays_read() -> None:
    # the term is then a name explained (the lead's convention 5)
    reading = one(
        "Ủy ban MTTQ Việt Nam tỉnh, nhiệm kỳ 2019-2024 tổ chức hội nghị tổng kết vào ngày "
        "10/7/2024",
        ctx("2024-07-01"),
    )
    assert days(reading) == (D, date(2024, 7, 10), date(2024, 7, 10))


# --- an agreement's period ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zk-baodantoc-tuan-van-hoa-tay-bac-luong-pha-bang-2023 (read as 2020-2025 before)
        "Thỏa thuận liên kết hợp tác phát triển du lịch giữa TP. Hồ Chí Minh và 8 tỉnh Tây Bắc "
        "giai đoạn 2020 - 2025",
        "Biên bản ghi nhớ hợp tác giữa hai tỉnh giai đoạn 2021-2025",
        "Hiệp định hợp tác văn hóa giai đoạn 2024 - 2027",
    ],
)
def test_an_agreement_named_with_its_period_is_refused(phrase: str) -> None:
    assert "tên của thỏa thuận" in refused(phrase, ctx("2023-10-05"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the work carried out over it reads its period
        ("Triển khai thực hiện Thỏa thuận hợp tác giai đoạn 2021-2025", date(2021, 1, 1), None),
        # "thỏa thuận" the verb, a time of work after it
        ("Hai bên thỏa thuận hoàn thành trong năm 2025", date(2025, 1, 1), None),
        # a deadline beside the agreement's name is the phrase's own
        (
            "Báo cáo kết quả thực hiện Thỏa thuận hợp tác giai đoạn 2021-2025 trước ngày 15/12/2025",
            None,
            date(2025, 12, 15),
        ),
    ],
)
def test_the_neighbours_of_an_agreement_stay_read(
    phrase: str, first: date | None, last: date | None
) -> None:
    reading = one(phrase, ctx("2023-10-05"))
    if first:
        assert reading.first == first
    if last:
        assert reading.last == last


# --- a result's year ------------------------------------------------------------------------


def test_a_result_s_year_is_refused() -> None:
    # zk-sggp-tien-phong-half-marathon-2025 (read as a window over 2025 before)
    why = refused(
        "Những runner đạt chuẩn thành tích năm 2025 có thể đăng ký xuất phát pen Elite",
        ctx("2025-11-25"),
    )
    assert "năm của thành tích" in why
    refused("khen thưởng các tập thể có thành tích xuất sắc năm 2024", ctx("2025-01-10"))


def test_a_deadline_beside_a_result_stays_read() -> None:
    reading = one(
        "Các đơn vị gửi hồ sơ đề nghị khen thưởng thành tích năm 2025 trước ngày 15/12/2025",
        ctx("2025-11-25"),
    )
    assert days(reading) == (D, date(2025, 12, 15), date(2025, 12, 15))


# --- the span a qualifying work was made public in ------------------------------------------


def test_the_span_a_film_was_licensed_in_is_refused() -> None:
    # zk-vov-lui-lien-hoan-phim-viet-nam-xxii-2021 (read as a window before)
    why = refused(
        "phim được cấp giấy phép phổ biến phim hoặc có quyết định phát sóng trên Đài Truyền hình "
        "trong khoảng từ ngày 11/9/2019 đến 10/8/2021"
    )
    assert "đủ điều kiện" in why


@given(
    start=st.dates(date(2015, 1, 1), date(2030, 12, 31)),
    length=st.integers(1, 900),
    work=st.sampled_from(["Tác phẩm", "Các tác phẩm", "Phim", "Bài viết"]),
    verb=st.sampled_from(["được công bố", "được xuất bản", "được phát sóng", "đã được đăng tải"]),
)
def test_every_span_a_work_was_made_public_in_is_refused(
    start: date, length: int, work: str, verb: str
) -> None:
    end = date.fromordinal(start.toordinal() + length)
    phrase = (
        f"{work} tham dự {verb} trong khoảng từ ngày {start.day}/{start.month}/{start.year} "
        f"đến ngày {end.day}/{end.month}/{end.year}"
    )
    refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # papers issued to bidders, no work: o-baodauthau-phu-yen-dau-gia-xuan-hai-2021
        (
            "Hồ sơ tham gia đấu giá được phát hành từ ngày 1/11/2021 đến ngày 13/11/2021",
            "2021-11-13",
        ),
        # a work that must be published in a span: a condition a plan sets, kept as it was
        ("Tác phẩm dự thi phải được đăng tải từ ngày 1/1/2025 đến 31/10/2025", "2025-10-31"),
    ],
)
def test_the_neighbours_of_a_qualifying_span_stay_read(phrase: str, last: str) -> None:
    assert str(one(phrase).last) == last


# --- procedure time limits -------------------------------------------------------------------


def under(header: str) -> Context:
    return Context(header=header)


@pytest.mark.parametrize(
    ("phrase", "header", "offset", "working"),
    [
        # zk-tthccapxa-gialai-gia-dinh-van-hoa-hang-nam
        ("Trong thời hạn 05 ngày làm việc", "Thời gian giải quyết", 5, True),
        ("Trong vòng 14 ngày làm việc", "Thời hạn giải quyết", 14, True),
        ("Không quá 10 ngày", "Thời gian giải quyết", 10, False),
        # zk-dichvucong-hue-cap-ban-sao-chung-thuc-luu-tru: the count in words, restated
        ("Mười lăm ngày (Chi cục VTLT 15 ngày)", "Thời hạn giải quyết", 15, False),
        ("Mười lăm ngày", "Thời hạn giải quyết", 15, False),
        ("15 ngày (15)", "Thời hạn giải quyết", 15, False),
    ],
)
def test_a_processing_time_said_within_its_count(
    phrase: str, header: str, offset: int, working: bool
) -> None:
    reading = one(phrase, under(header))
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (offset, working)
    assert reading.relative.direction == "after"
    assert "ngày nhận đủ hồ sơ hợp lệ" in reading.reading


def test_a_processing_line_naming_the_file_and_within() -> None:
    # zk-luatminhthinh-thong-bao-le-hoi-cap-tinh
    reading = one("Thời gian xử lý hồ sơ: Trong vòng 14 ngày làm việc")
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (14, True)


@pytest.mark.parametrize(
    ("phrase", "context"),
    [
        # no column: "within" what, from what?
        ("Trong thời hạn 05 ngày làm việc", ctx()),
        ("Trong vòng 14 ngày làm việc", ctx()),
        # under a column of days before an event, "không quá" bounds the other side
        ("Không quá 10 ngày", under("Số ngày trước ngày bầu cử")),
        ("Trong vòng 10 ngày", under("Số ngày trước ngày bầu cử")),
        # the figures restate another count, or stand out of parentheses
        ("Mười lăm ngày (Chi cục VTLT 10 ngày)", under("Thời hạn giải quyết")),
        ("15 ngày 15", under("Thời hạn giải quyết")),
        # a deadline of its own after the header's words
        ("Thời gian giải quyết hồ sơ trước ngày 15/3", ctx()),
    ],
)
def test_the_neighbours_of_a_processing_time_stay_refused(phrase: str, context: Context) -> None:
    refused(phrase, context)


def test_an_article_cited_after_a_count_stays_its_gloss() -> None:
    reading = one("chậm nhất 105 ngày - Điều 7, 8, 9", under("Số ngày trước ngày bầu cử"))
    assert reading.relative is not None and reading.relative.offset == 105
    assert reading.gloss == "Điều 7, 8, 9"


@given(count=st.integers(1, 99), working=st.booleans())
def test_every_count_within_a_processing_column(count: int, working: bool) -> None:
    unit = "ngày làm việc" if working else "ngày"
    reading = one(f"Trong thời hạn {count:02d} {unit}", under("Thời hạn giải quyết"))
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (count, working)


# --- an event's day beside the year its name or its term gives ------------------------------


def test_a_congress_told_a_week_back_takes_its_term_s_first_year() -> None:
    # zk-tienphong-dai-hoi-doan-xa-truong-son-2025: 8 days before its page (refused before)
    reading = one(
        "Chiều 19/10, tại Hội trường UBND xã Trường Sơn, Đoàn TNCS Hồ Chí Minh xã Trường Sơn tổ "
        "chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030",
        ctx("2025-10-27"),
    )
    assert days(reading) == (D, date(2025, 10, 19), date(2025, 10, 19))
    assert "năm đầu nhiệm kỳ" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # two months back: convention 8 keeps it refused
        "Chiều 19/8, Đoàn TNCS tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030",
        # a term opening in another year than the page's
        "Chiều 19/10, Đoàn TNCS tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 – 2031",
        # told done
        "Chiều 19/10, Đoàn TNCS đã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030",
    ],
)
def test_a_congress_day_far_back_or_of_another_term_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-10-27"))


def test_a_contest_on_a_page_with_no_date_takes_its_edition_s_year() -> None:
    # zk-baoninhbinh-hoi-thao-quoc-phong-2016 (the page prints no date)
    reading = one(
        "Sáng 13/12, Bộ CHQS tỉnh tổ chức khai mạc Hội thao Quốc phòng lực lượng vũ trang tỉnh "
        "năm 2016"
    )
    assert days(reading) == (D, date(2016, 12, 13), date(2016, 12, 13))
    assert "năm của hội thi" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # Xuân of 2026 may be held in December 2025; a review in the next January
        "Sáng 28/12, phường tổ chức chương trình Xuân yêu thương 2026",
        "Sáng 4/1, Hội đồng tổ chức Hội nghị tổng kết năm 2024",
        # two editions' years: no one year
        "Sáng 13/12, tổ chức Hội thao năm 2016 và Hội thi năm 2017",
    ],
)
def test_no_year_is_lent_by_a_season_or_a_review(phrase: str) -> None:
    refused(phrase)


# --- days said "tới", dotted spans, the people an event counts -------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zk-baohaugiang-dai-hoi-tdtt-cap-huyen-2017 (refused before)
        (
            "Dự kiến, huyện Long Mỹ, huyện Phụng Hiệp và huyện Châu Thành A sẽ tổ chức lễ khai mạc "
            "đại hội vào ngày 1 và 2-9 tới",
            "2017-05-24",
            date(2017, 9, 1),
            date(2017, 9, 2),
        ),
        ("ngày 27.11 tới đây", "2021-11-01", date(2021, 11, 27), date(2021, 11, 27)),
        ("vào ngày 1, 2 và 3-9 tới", "2017-05-24", date(2017, 9, 1), date(2017, 9, 3)),
        # zk-vietnamnet-ban-tin-16-2-danh-sach-ung-cu-2026: "tới" before its comma
        (
            "Tại cuộc bầu cử ngày 15/3 tới, các cử tri sẽ bỏ phiếu để bầu 500 đại biểu Quốc hội "
            "khóa 16 trong số 864 ứng cử viên có tên trong danh sách chính thức",
            "2026-02-16",
            date(2026, 3, 15),
            date(2026, 3, 15),
        ),
    ],
)
def test_days_said_coming(phrase: str, issued: str, first: date, last: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.first or reading.last, reading.last) == (first, last)
    assert "tới kể từ ngày ban hành" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("vào ngày 1 và 2-9 tới", "2017-09-02"),  # written that day: this year's or next?
        ("ngày 27.11 tới đây", "2021-12-01"),  # almost a year ahead: a slip
        ("vào ngày 1 và 2-9 tới", None),  # no page to count from
    ],
)
def test_days_said_coming_that_cannot_be_counted_stay_refused(
    phrase: str, issued: str | None
) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Đợt 1 (1.1 - 30.6.2026)", date(2026, 1, 1), date(2026, 6, 30)),
        ("Đợt 2 (1.7 - 31.12.2026)", date(2026, 7, 1), date(2026, 12, 31)),
        (
            "Đợt 1 (1.1 - 30.6.2026), hướng tới chào mừng Đại hội XIV của Đảng",
            date(2026, 1, 1),
            None,
        ),
    ],
)
def test_a_dotted_span_in_parentheses_after_its_round(
    phrase: str, first: date, last: date | None
) -> None:
    reading = one(phrase, ctx("2025-12-11"))
    assert reading.first == first
    assert reading.last == (last or date(2026, 6, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        "1.1 - 30.6.2026",  # no parentheses, no "từ … đến …": as the slashed form
        "Đợt 1 (1.1 - 30.6)",  # no year: "1.1" may be a number
        "Đợt 1 (1.1 - 30.6.2026), hướng tới ngày 15/3",  # "tới" a day: a time of its own
    ],
)
def test_the_neighbours_of_a_dotted_span_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-11"))


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # zk-baohaiduong-hoi-thao-dan-quan-co-dong-2022
        (
            "Hội thao Trung đội dân quân cơ động tỉnh năm 2022 dự kiến diễn ra từ ngày 29 - 30.8 với "
            "sự tham gia của 12 Ban Chỉ huy quân sự các huyện, thị xã, thành phố",
            "2022-08-18",
            date(2022, 8, 30),
        ),
        # zk-vanhoavaphattrien-tag-bau-cu-xvi-2026
        (
            "Cuộc bầu cử đại biểu Quốc hội khóa XVI dự kiến diễn ra ngày 15/3/2026 sẽ lựa chọn 500 "
            "đại biểu từ 864 ứng cử viên tại 182 đơn vị bầu cử trên cả nước",
            None,
            date(2026, 3, 15),
        ),
    ],
)
def test_the_units_and_candidates_an_event_counts(
    phrase: str, issued: str | None, last: date
) -> None:
    assert one(phrase, ctx(issued)).last == last


def test_from_before_a_day_after_the_candidates_stays_a_time() -> None:
    refused(
        "Cuộc bầu cử diễn ra ngày 15/3/2026 sẽ lựa chọn 500 đại biểu từ 864 ứng cử viên từ ngày 20/3"
    )


# --- the things a plan counts, how a mailed file is dated, words of place and manner ---------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zk-baophutho-dai-hoi-dang-bo-xa-dai-dong-2025 (the term of the work set)
        (
            "Nhiệm kỳ 2025 - 2030, Đảng bộ xã Đại Đồng đề ra 17 chỉ tiêu, 5 nhiệm vụ trọng tâm và "
            "3 khâu đột phá",
            "2025-07-22",
            date(2025, 1, 1),
            date(2030, 12, 31),
        ),
        # zk-tuoitrethudo-hai-duong-dai-hoi-doan-cap-huyen-2022: "đi đầu" (to lead)
        (
            "Trong nhiệm kỳ 2022 - 2027 với chủ trương đoàn viên, thanh niên xung kích, đi đầu "
            "trong công cuộc chuyển đổi số",
            None,
            date(2022, 1, 1),
            date(2027, 12, 31),
        ),
        # zk-baothanhhoa-ky-hop-thu-38-hdnd-2025: a sitting of half a day
        (
            "Kỳ họp diễn ra trong thời gian 01 buổi, khai mạc vào 8 giờ 00 phút, thứ Bảy, ngày 27 "
            "tháng 12 năm 2025",
            "2025-12-25",
            date(2025, 12, 27),
            date(2025, 12, 27),
        ),
        # zk-vjst-tuyen-chon-de-tai-qd-2458-2020: the arrival stamp
        (
            "các hồ sơ gửi qua đường bưu điện được tính theo dấu đến của Bưu điện Hà Nội chậm nhất "
            "là ngày 6/11/2020",
            None,
            date(2020, 11, 6),
            date(2020, 11, 6),
        ),
        # zk-vietnam-vn-giai-thuong-khcn-thanh-hoa-2023
        (
            "thời gian tiếp nhận Hồ sơ gửi về sở, ngành hoặc UBND huyện, thị xã, thành phố (tùy "
            "theo địa phương hoặc ngành đã ứng dụng kết quả của công trình) đến hết ngày "
            "15-10-2023 (trực tiếp hoặc tính theo dấu bưu điện đối với các hồ sơ gửi qua đường "
            "bưu điện)",
            None,
            date(2023, 10, 15),
            date(2023, 10, 15),
        ),
    ],
)
def test_counted_things_and_the_postmark_leave_the_time_read(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.first or reading.last, reading.last) == (first, last)


def test_a_file_of_one_set_sent_days_before_the_contest() -> None:
    # zk-thuvienphapluat-hoi-dap-cuoc-thi-nghe-thuat
    reading = one(
        "Tổ chức, cá nhân gửi 01 bộ hồ sơ trực tiếp; qua bưu chính hoặc trực tuyến tới cơ quan "
        "nhà nước có thẩm quyền ít nhất 30 ngày làm việc trước ngày dự kiến tổ chức cuộc thi, "
        "liên hoan"
    )
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (30, "before")


def test_a_yearly_award_within_the_whole_country() -> None:
    # zk-pbgdpl-laocai-giai-thuong-sang-tao-khcn-2023: where, not when
    reading = one("tổ chức hàng năm trong phạm vi cả nước", ctx("2023-04-06"))
    assert reading.kind is DeadlineKind.RECURRING


@pytest.mark.parametrize(
    "phrase",
    [
        "tùy theo tình hình, chậm nhất là ngày 6/11/2020",  # the day may move
        "Hạn nộp đến hết ngày 15/10/2025 (trực tiếp hoặc ngày 20/10/2025)",  # two days
        "Hoàn thành trước buổi sáng ngày 27/12/2025",  # "trước" a part of the day
        "tổ chức hàng năm trong phạm vi 3 tháng",  # "trong" a length
    ],
)
def test_the_neighbours_of_place_and_manner_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-01"))


# --- a procedure's case, its papers, a heading holding the processing time --------------------


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        # zk-ttkhcn-bentre-dang-ky-ket-qua-nhiem-vu-khcn
        (
            "Trường hợp hồ sơ không đầy đủ, hợp lệ, trong thời hạn 05 ngày làm việc kể từ ngày "
            "nhận hồ sơ, cơ quan tiếp nhận hồ sơ có trách nhiệm thông báo bằng văn bản",
            5,
        ),
        (
            "Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Trung tâm Thông tin "
            "và Thống kê khoa học và công nghệ có trách nhiệm cấp 01 Giấy chứng nhận đăng ký kết "
            "quả thực hiện nhiệm vụ",
            15,
        ),
        # zk-phuong7-tanbinh-cong-nhan-lao-dong-tien-tien
        (
            "- Trường hợp không đủ điều kiện khen thưởng: Trong thời hạn 05 ngày làm việc tính từ "
            "ngày nhận đủ hồ sơ hợp lệ, Chủ tịch Ủy ban nhân dân xã trả lời bằng văn bản",
            5,
        ),
        # zk-dichvucong-binhphuoc-dang-ky-hoat-dong-tin-nguong
        ("THÔNG TIN DỊCH VỤ CÔNG (THỜI GIAN GIẢI QUYẾT: 10 NGÀY LÀM VIỆC)", 10),
    ],
)
def test_a_procedure_s_case_and_papers_leave_its_count_read(phrase: str, offset: int) -> None:
    reading = one(phrase)
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (offset, "after")
    assert reading.relative.working_days


@pytest.mark.parametrize(
    "phrase",
    [
        # "không" of the work itself: not done within the count
        "Trường hợp không hoàn thành trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ",
        # a time in the clause after the anchor
        "Trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ, Sở phải trả lời trong 5 ngày",
        "Trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ, Sở phải trả lời trước ngày 20/3",
        # a heading's count without its unit (convention 9)
        "Cấp phép (Thời gian giải quyết: 07)",
    ],
)
def test_the_neighbours_of_a_procedure_s_case_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- a festival named with its year on a page with no date; "sau điều chỉnh" ----------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zk-chuyennong24h-tuan-van-hoa-long-an-2024 (no date on the page)
        (
            "Tuần Văn hóa – Thể thao và Du lịch tỉnh Long An lần thứ 2 năm 2024 sẽ khai mạc tối "
            "28.11 tại khu Trung tâm chính trị – hành chính tỉnh Long An (P.6, TP.Tân An)",
            date(2024, 11, 28),
            date(2024, 11, 28),
        ),
        ("Hội thao năm 2016 sẽ khai mạc sáng 13.12", date(2016, 12, 13), date(2016, 12, 13)),
    ],
)
def test_a_festival_named_with_its_year_lends_it_to_its_days(
    phrase: str, first: date, last: date
) -> None:
    reading = one(phrase)
    assert (reading.first, reading.last) == (first, last)
    assert "năm của hội thi" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # a time given up (convention 2): n-hagiang-tam-giac-mach-2020-baothaibinh
        "Trước đó, Lễ hội hoa tam giác mạch Hà Giang 2020 được ấn định tổ chức vào ngày 14/11",
        # a deadline of the contest, not the days it is held
        "Hội thi năm 2024 sẽ tổ chức, nhận hồ sơ ngày 15/12",
        # a review of the year is held after it
        "Hội nghị tổng kết năm 2024 sẽ tổ chức ngày 10/1",
        # two editions' years
        "Hội thi năm 2024 và Lễ hội năm 2025 sẽ khai mạc ngày 10/1",
        # told done
        "Tuần Văn hóa năm 2024 đã khai mạc tối 28.11 tại khu Trung tâm",
    ],
)
def test_no_edition_year_for_a_time_given_up_a_deadline_or_a_review(phrase: str) -> None:
    refused(phrase)


def test_the_time_as_adjusted_is_read() -> None:
    # zk-vietnamplus-dieu-chinh-festival-tinh-hoa-tay-bac-2025 (the new time, convention 2)
    reading = one(
        "Theo kế hoạch, thời gian tổ chức Festival sau điều chỉnh sẽ diễn ra từ ngày 19 -21/9/2025",
        ctx("2025-08-14"),
    )
    assert (reading.first, reading.last) == (date(2025, 9, 19), date(2025, 9, 21))
    # "sau khi điều chỉnh" (once adjusted) is a time of its own
    refused("Festival sau khi điều chỉnh sẽ diễn ra từ ngày 19 -21/9/2025", ctx("2025-08-14"))


def test_the_national_tourism_year_is_a_name() -> None:
    # zk-baomoi-nam-du-lich-quoc-gia-hue-2025
    reading = one(
        "lễ khai mạc Năm Du lịch quốc gia kết hợp khai mạc Festival Huế, diễn ra vào cuối tháng "
        "3 năm 2025 tại thành phố Huế"
    )
    assert reading.last == date(2025, 3, 31)


@pytest.mark.parametrize(
    ("phrase", "refuses"),
    [
        # the whole note, whose stamp and where: t-cuocthiviet-tho-phong-chong-ma-tuy-2015
        (
            "Nhận tác phẩm dự thi từ ngày 20 tháng 2 đến ngày 02 tháng 5 năm 2015 (tác giả ở xã "
            "căn cứ theo dấu bưu điện nơi gửi)",
            False,
        ),
        # a note cut off, and a second day in the note
        ("trước ngày 15/02/2027 (theo dấu bưu điện", True),
        ("trước ngày 15/02/2027 (hoặc ngày 20/2 theo dấu bưu điện)", True),
    ],
)
def test_the_postmark_note_whole_or_cut(phrase: str, refuses: bool) -> None:
    if refuses:
        refused(phrase, ctx("2027-01-10"))
    else:
        assert one(phrase, ctx("2015-01-10")).last == date(2015, 5, 2)


# --- a count said to reach its event; the law's name of the year's activities ----------------


@pytest.mark.parametrize(
    ("phrase", "offset", "unit"),
    [
        # zk-longthanh-nghean-thong-bao-thanh-lap-thu-vien (Luật Thư viện 2019, Điều 14)
        (
            "Trước 30 ngày tính đến ngày thư viện thực hiện mở cửa hoạt động, tổ chức, cá nhân "
            "thành lập thư viện gửi thông báo thành lập đến Ủy ban nhân dân cấp xã",
            30,
            "ngày",
        ),
        # ze-tvpl-hoi-dap-hieu-luc-giay-chung-nhan-attp
        ("Trước 06 tháng tính đến ngày Giấy chứng nhận hết hạn", 6, "tháng"),
        # zk-quangtho-hue-dang-ky-hoat-dong-tin-nguong
        (
            "Người đại diện hoặc ban quản lý cơ sở tín ngưỡng có trách nhiệm gửi văn bản đăng ký "
            "hoạt động tín ngưỡng hằng năm chậm nhất là 30 ngày trước ngày cơ sở tín ngưỡng bắt "
            "đầu hoạt động tín ngưỡng",
            30,
            "ngày",
        ),
    ],
)
def test_a_count_before_its_event(phrase: str, offset: int, unit: str) -> None:
    reading = one(phrase)
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (offset, unit)
    assert reading.relative.direction == "before"


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước 30 ngày đến ngày khai mạc",  # no "tính đến", no bound: unsure
        "Trước 30 ngày tính đến ngày 15/3/2026",  # a day as the event: write the day
        "gửi báo cáo hằng năm chậm nhất là 30 ngày trước ngày khai mạc",  # a cadence
    ],
)
def test_the_neighbours_of_a_count_before_its_event_stay_refused(phrase: str) -> None:
    refused(phrase)


def test_the_drafting_s_hereinafter_is_a_name() -> None:
    # zk-hethongphapluat-cv-5673-bnv-dao-tao-2024
    reading = one(
        "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi "
        "chung là địa phương) thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024 "
        "như sau",
        ctx("2023-10-03"),
    )
    assert (reading.first, reading.last) == (date(2024, 1, 1), date(2024, 12, 31))
    # a day inside the parentheses is no name
    refused("Các sở (sau đây, ngày 15/12) gửi báo cáo trước ngày 15/12/2023", ctx("2023-10-03"))


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # zk-thanhnien-phong-trao-thi-dua-cong-doan-2026
        (
            "Đợt 2 (1.7 - 31.12.2026), thi đua chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam",
            "2025-12-11",
            date(2026, 12, 31),
        ),
        # zk-baobackan-ky-niem-80-nam-chi-bo-chi-kien-2023
        (
            "huyện Ngân Sơn cam kết chậm nhất đến ngày 10/9/2023 sẽ hoàn thành, để phục vụ tổ chức "
            "các hoạt động kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên",
            None,
            date(2023, 9, 10),
        ),
    ],
)
def test_an_anniversary_named_after_the_time(phrase: str, issued: str | None, last: date) -> None:
    assert one(phrase, ctx(issued)).last == last


def test_a_day_of_the_anniversary_after_the_time_stays_a_time() -> None:
    refused("hoàn thành trước ngày 10/9/2023 để kỷ niệm ngày 15/9")


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        # zk-doanhnghiephoinhap-gio-to-hung-vuong-binh-duong-2025: 10/3 Ất Tỵ is 7/4/2025
        ("Phần lễ sẽ diễn ra từ 8h đến 9h ngày 10/3 âm lịch (7/4/2025) tại Bảo tàng tỉnh", True),
        ("Phần lễ sẽ diễn ra ngày 10/3 âm lịch (8/4/2025)", False),  # the gloss disagrees
        ("Phần lễ sẽ diễn ra ngày 10/3 (7/4/2025)", False),  # no "âm lịch": two days
    ],
)
def test_a_slashed_lunar_day_before_its_solar_day(phrase: str, read: bool) -> None:
    if read:
        assert one(phrase).last == date(2025, 4, 7)
    else:
        refused(phrase)

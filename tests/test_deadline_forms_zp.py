"""Forms tuned on the zp- set (branch tune-zp, session 29): its three false periods closed as
families (a past year's work or results told, opening the phrase; a meeting's results with the
days it was held), then its refusals by cause. Each rule with the real phrases that motivated
it (their corpus file named) and the look-alikes that must stay read or refused (the first
rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE


# --- a past year's work or results told, the year opening the phrase ---------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zp-hungyen-dcs-dong-hung-phat-dong-thi-dua-2026 (a window over 2025 before)
        (
            "Năm 2025, UBND xã Đông Hưng tập trung lãnh đạo, chỉ đạo đổi mới công tác thi đua, "
            "khen thưởng trên tất cả các lĩnh vực, được Nhân dân tham gia hưởng ứng tích cực",
            "2026-01-26",
        ),
        # zp-tvpl-lao-cai-kh-30-de-an-01-nong-lam-nghiep-2025 (a window over 2024 before)
        ("Kết thúc năm 2024 cơ bản đã đạt được các chỉ tiêu đề ra, cụ thể", "2025-01-20"),
        # invented kin: "Trong năm", a span of years, a semicolon for the comma
        ("Trong năm 2025, các xã tập trung chỉ đạo sản xuất vụ Đông", "2026-01-10"),
        ("Giai đoạn 2021-2025, tỉnh tập trung xây dựng nông thôn mới", "2026-02-01"),
        ("Năm 2025; UBND phường triển khai đồng bộ các nhiệm vụ", "2026-01-02"),
    ],
)
def test_a_past_year_s_work_told_is_refused(phrase: str, issued: str) -> None:
    why = refused(phrase, ctx(issued))
    assert "quy ước 4" in why


def test_a_year_still_running_or_to_come_stays_read() -> None:
    # the plan's own year (zp-hungyen-dcs-dong-hung-phat-dong-thi-dua-2026's neighbour, told as
    # a task) and the same words on a page of that year
    year_2026 = (W, date(2026, 1, 1), date(2026, 12, 31))
    assert days(one("Năm 2026, UBND xã tập trung lãnh đạo, chỉ đạo", ctx("2026-01-26"))) == (
        year_2026
    )
    reading = one("Năm 2025, UBND xã tập trung lãnh đạo, chỉ đạo", ctx("2025-03-01"))
    assert days(reading) == (W, date(2025, 1, 1), date(2025, 12, 31))
    # a target at the end of a year to come
    reading = one("Kết thúc năm 2026 phải đạt được các chỉ tiêu đề ra", ctx("2026-01-20"))
    assert days(reading) == year_2026
    # "Hết năm" is a due day (the year's last), left to the rule on past due days
    reading = one("Hết năm 2025, UBND xã tập trung lãnh đạo", ctx("2026-01-02"))
    assert days(reading) == (D, date(2025, 12, 31), date(2025, 12, 31))
    # a page with no day: nothing tells the year over
    assert days(one("Năm 2025, UBND xã tập trung lãnh đạo")) == (
        W,
        date(2025, 1, 1),
        date(2025, 12, 31),
    )


def test_a_past_month_told_with_its_event_stays_read() -> None:
    # convention 1: an event told with its month reads, as zf-cafef-hai-phong-bo-song-tam-bac-2025
    reading = one(
        "Tháng 11/2025, ông Lê Tiến Châu - Bí thư Thành ủy Hải Phòng và đoàn công tác đi thị "
        "sát, kiểm tra và chỉ đạo công tác thi công dự án",
        ctx("2025-12-05"),
    )
    assert days(reading) == (W, date(2025, 11, 1), date(2025, 11, 30))


_WORK = st.sampled_from(
    [
        "UBND xã tập trung lãnh đạo, chỉ đạo đổi mới công tác thi đua",
        "toàn tỉnh cơ bản đã đạt được các chỉ tiêu đề ra",
        "ngành giáo dục triển khai đồng bộ các giải pháp",
        "các phong trào thi đua được Nhân dân hưởng ứng tích cực",
    ]
)
_OPENING = st.sampled_from(["Năm", "Trong năm", "Kết thúc năm", "Trong cả năm"])
# ... but not "đã": a year's work told done is refused whatever the page's day (tune-zn)
_WORK_TO_DO = st.sampled_from(
    [
        "UBND xã tập trung lãnh đạo, chỉ đạo đổi mới công tác thi đua",
        "ngành giáo dục triển khai đồng bộ các giải pháp",
    ]
)


@given(st.integers(2000, 2040), _OPENING, _WORK, st.integers(1, 800))
def test_a_year_over_by_the_page_is_never_a_window_of_work(
    year: int, opening: str, work: str, after: int
) -> None:
    issued = date(year, 12, 31) + timedelta(days=after)
    refused(f"{opening} {year}, {work}", ctx(str(issued)))


@given(st.integers(2000, 2040), _OPENING, _WORK_TO_DO, st.integers(0, 364))
def test_a_year_not_over_by_the_page_reads_as_the_year(
    year: int, opening: str, work: str, into: int
) -> None:
    issued = date(year, 1, 1) + timedelta(days=into)
    reading = one(f"{opening} {year}, {work}", ctx(str(issued)))
    assert days(reading) == (W, date(year, 1, 1), date(year, 12, 31))


# --- a meeting's results, with the days it was held ---------------------------------------------


def test_a_past_congress_s_results_heard_are_refused() -> None:
    # zp-phuong-nguyen-thai-binh-quan-triet-nq-xiii-2021 (a window 25/01 - 01/02/2021 before)
    why = refused(
        "Hội nghị đã nghe đồng chí Bùi Thị Thúy Hiền, Phó Trưởng ban Tuyên giáo quận ủy quán "
        "triệt, triển khai đến cán bộ, đảng viên về kết quả Đại hội XIII của Đảng diễn ra tại "
        "Thủ đô Hà Nội từ ngày 25 tháng 01 đến ngày 01 tháng 02 năm 2021",
        ctx("2021-04-13"),
    )
    assert "kết quả Đại hội XIII" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # invented kin: a session numbered, "được tổ chức", "họp", no place
        "Thông báo kết quả kỳ họp thứ 10 HĐND tỉnh diễn ra từ ngày 1 đến ngày 3/12/2020",
        "Quán triệt kết quả Hội nghị Trung ương được tổ chức vào ngày 15/10/2020",
        "triển khai kết quả phiên họp họp ngày 20/11/2020",
    ],
)
def test_a_meeting_s_results_with_its_days_name_no_time(phrase: str) -> None:
    refused(phrase, ctx("2020-12-10"))


def test_the_meeting_that_tells_the_results_stays_read() -> None:
    # the conference day of the same page, told first (convention 1)
    reading = one(
        "Ngày 13/4/2021, Đảng ủy phường tổ chức Hội nghị học tập, quán triệt và triển khai Nghị "
        "quyết Đại hội Đại hội đại biểu Toàn quốc lần thứ XIII của Đảng, nhiệm kỳ 2021 – 2026",
        ctx("2021-04-13"),
    )
    assert days(reading) == (D, date(2021, 4, 13), date(2021, 4, 13))
    # a meeting still to hold, where the results will be told ("sẽ", "dự kiến")
    for planned in ("sẽ", "dự kiến"):
        reading = one(
            f"Hội nghị thông báo kết quả Đại hội XIV {planned} tổ chức vào ngày 20/3/2026",
            ctx("2026-03-01"),
        )
        assert days(reading) == (D, date(2026, 3, 20), date(2026, 3, 20))
    # a deadline to carry the results out
    reading = one("Tổ chức hội nghị quán triệt kết quả Đại hội trước ngày 30/4/2026")
    assert days(reading) == (D, date(2026, 4, 30), date(2026, 4, 30))


# --- a report named by its period, counted from the end of that period ---------------------------

R = DeadlineKind.RELATIVE


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        # zp-vinasc-nd-129-2004-thoi-han-nop-bctc (Nghị định 129/2004/NĐ-CP; refused for "quý")
        (
            "Đơn vị kế toán phải nộp báo cáo tài chính quý chậm nhất là 20 ngày, kể từ ngày kết "
            "thúc quý",
            20,
        ),
        # zp-tvpl-hoi-dap-tt-200-2014-thoi-han-nop-bctc (Thông tư 200/2014/TT-BTC, Điều 109)
        (
            "Đơn vị kế toán phải nộp Báo cáo tài chính năm chậm nhất là 30 ngày, kể từ ngày kết "
            "thúc kỳ kế toán năm",
            30,
        ),
        # invented kin: a monthly statistics report
        ("Các xã gửi báo cáo thống kê tháng chậm nhất 10 ngày kể từ ngày kết thúc tháng", 10),
    ],
)
def test_a_report_of_a_period_counted_from_its_end_reads_the_count(
    phrase: str, offset: int
) -> None:
    reading = one(phrase)
    assert reading.kind is R
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (offset, "after")


@pytest.mark.parametrize(
    "phrase",
    [
        # the anchor names another period: which quarter's statement, counted from the year?
        "Đơn vị kế toán phải nộp báo cáo tài chính quý chậm nhất là 20 ngày, kể từ ngày kết thúc năm",
        # no anchor at all (zp-tvpl-hoi-dap-tt-200-2014's "Đối với công ty mẹ, Tổng công ty Nhà
        # nước chậm nhất là 45 ngày": the anchor is in the clause before)
        "Đơn vị kế toán phải nộp báo cáo tài chính năm chậm nhất là 30 ngày",
        "Đối với công ty mẹ, Tổng công ty Nhà nước chậm nhất là 45 ngày",
        # a period with its number in the anchor: a day to tell, not read here
        "nộp báo cáo quý chậm nhất là 20 ngày, kể từ ngày kết thúc quý I năm 2026",
    ],
)
def test_a_report_s_period_that_the_count_does_not_name_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a yearly report whose next year is the one after the year reported on ---------------------

Y = DeadlineKind.RECURRING


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # zp-aresen-bao-cao-cong-tac-bvmt-hang-nam (Thông tư 02/2022/TT-BTNMT as first issued;
        # refused as a one-off "năm sau" before)
        (
            "Chủ dự án đầu tư, cơ sở sản xuất, kinh doanh, dịch vụ (kỳ báo cáo tính từ ngày 01/01 "
            "đến hết ngày 31/12) trước ngày 05/01 của năm tiếp theo",
            5,
        ),
        # zp-hoidap-tt-02-2022-btnmt-bao-cao-bvmt-cum-cong-nghiep (refused for "định kỳ")
        (
            "Chủ dự án đầu tư, cơ sở sản xuất, kinh doanh, dịch vụ báo cáo các cơ quan quy định "
            "tại khoản 5 Điều này về công tác bảo vệ môi trường định kỳ hằng năm (kỳ báo cáo tính "
            "từ ngày 01 tháng 01 đến hết ngày 31 tháng 12) trước ngày 15 tháng 01 của năm tiếp "
            "theo",
            15,
        ),
        # invented kin: the cadence closing the step, no period stated
        ("Các cơ sở báo cáo định kỳ hằng năm trước ngày 20 tháng 01 của năm tiếp theo", 20),
    ],
)
def test_a_yearly_report_s_next_year_reads_each_january(phrase: str, day: int) -> None:
    reading = one(phrase, ctx("2026-06-01"))
    assert reading.kind is Y
    assert reading.recurrence is not None
    assert (reading.recurrence.month, reading.recurrence.day) == (1, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # one year's report, its period dated: the year after which year is a plan's one-off
        "Các xã báo cáo (kỳ báo cáo tính từ ngày 01/01/2025 đến hết ngày 31/12/2025) trước ngày "
        "05/01 của năm tiếp theo",
        # half a year reported: not the calendar year
        "Các xã (kỳ báo cáo tính từ ngày 01/01 đến hết ngày 30/6) trước ngày 05/07 của năm tiếp theo",
        # no period, no cadence: a plan's "năm tiếp theo"
        "Các xã gửi báo cáo trước ngày 05/01 của năm tiếp theo",
        # another cadence closing the step
        "Các cơ sở báo cáo định kỳ hằng quý trước ngày 15 tháng 01 của năm tiếp theo",
    ],
)
def test_a_next_year_no_yearly_rule_names_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-01"))


# --- an effect day, then the text it replaces after a comma ----------------------------------------


def test_an_effect_day_then_the_text_replaced_after_a_comma_is_a_start() -> None:
    # zp-tvpl-ttg-qd-43-2016-chuong-trinh-dieu-tra-thong-ke (refused before)
    reading = one(
        "Điều 3. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2016, thay thế "
        "Quyết định số 803/QĐ-TTg ngày 28 tháng 6 năm 2012 của Thủ tướng Chính phủ về việc phê "
        "duyệt Chương trình điều tra thống kê quốc gia.",
        ctx("2016-10-17"),
    )
    assert (reading.kind, reading.earliest, reading.last) == (
        DeadlineKind.ONGOING,
        date(2016, 12, 1),
        None,
    )


def test_a_time_after_the_text_replaced_is_no_gloss() -> None:
    # as after "và thay thế": a deadline of its own there is refused, never hidden
    refused(
        "Quyết định này có hiệu lực từ ngày 01/12/2016, thay thế Quyết định số 803/QĐ-TTg, chậm "
        "nhất cuối tháng sau các bộ báo cáo"
    )
    # with no comma and no "và", the words after the day stay unread
    refused(
        "Quyết định có hiệu lực từ ngày 01/12/2016 thay thế Quyết định số 803/QĐ-TTg ngày 28/6/2012"
    )


# --- two days spelt with their month and year, the range's "từ" cut ----------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zp-tpthuduc-tiem-phong-gia-suc-cho-meo-2024-2025 ("Đợt 1: Từ" closes the line before)
        (
            "ngày 29 tháng 11 năm 2024 đến hết ngày 28 tháng 5 năm 2025",
            date(2024, 11, 29),
            date(2025, 5, 28),
        ),
        (
            "ngày 29 tháng 5 năm 2025 đến hết ngày 26 tháng 11 năm 2025",
            date(2025, 5, 29),
            date(2025, 11, 26),
        ),
        # invented kin: after the work, "đến" without "hết"
        (
            "Tiêm phòng vào ngày 29 tháng 11 năm 2024 đến ngày 28 tháng 5 năm 2025",
            date(2024, 11, 29),
            date(2025, 5, 28),
        ),
    ],
)
def test_a_range_of_spelt_days_without_its_from_reads_as_a_window(
    phrase: str, first: date, last: date
) -> None:
    assert days(one(phrase)) == (W, first, last)


def test_a_range_of_spelt_days_out_of_order_stays_refused() -> None:
    refused("ngày 29 tháng 11 năm 2025 đến hết ngày 28 tháng 5 năm 2025")


# --- hours of one day, a comma before the day ----------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zp-nvhtn-thanh-doan-hien-mau-12-6-2021 (refused for "07" before)
        "1. Thời gian: Từ 07g00 đến 17g00, ngày 12/6/2021 (thứ Bảy)",
        # invented kin: the hours with "h", with their minutes left out
        "từ 7h đến 17h, ngày 12/6/2021",
    ],
)
def test_hours_of_one_day_then_a_comma_read_the_day(phrase: str) -> None:
    reading = one(phrase)
    assert days(reading) == (D, date(2021, 6, 12), date(2021, 6, 12))


def test_hours_then_a_comma_keep_the_day_s_checks() -> None:
    # the weekday in parentheses must still be the day's (12/6/2021 was a Saturday)
    refused("từ 7h đến 17h, ngày 12/6/2021 (thứ Hai)")


# --- numbers that name or count things beside the time --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # zp-2lua-an-giang-cam-khai-thac-ca-linh-non-2017 (refused for "55" before): a size
        (
            "Tuy nhiên, để đảm bảo việc khai thác nguồn lợi cá linh bền vững thì An Giang đã cấm "
            "người dân khai thác cá linh non dưới 55mm từ ngày 1/6 - 30/8",
            "2017-08-04",
            (W, date(2017, 6, 1), date(2017, 8, 30)),
        ),
        # zp-baodongnai-13-dot-hien-mau-thang-11-2019 (not recognised before): rounds counted
        (
            "Trong tháng 11-2019, Ban chỉ đạo vận động hiến máu tình nguyện tỉnh sẽ phối hợp cùng "
            "các sở, ban, ngành, địa phương tổ chức 13 đợt tiếp nhận hiến máu tình nguyện",
            "2019-10-30",
            (W, date(2019, 11, 1), date(2019, 11, 30)),
        ),
        # zp-yenthinh-huulung-ra-quan-ve-sinh-moi-truong-2021 (refused for "số 17"): a criterion
        # by its number, all of the villages counted
        (
            "Ngày 13/10/2021 tại xã Yên Thịnh tiếp tục diễn ra các hoạt động thực hiện công tác vệ "
            "sinh môi trường để thực hiện tiêu chí số 17 về môi trường, tại 09/09 thôn",
            None,
            (D, date(2021, 10, 13), date(2021, 10, 13)),
        ),
        # invented kin: all the communes counted before a deadline
        (
            "Hoàn thành tại 9/9 xã trước ngày 30/6/2025",
            None,
            (D, date(2025, 6, 30), date(2025, 6, 30)),
        ),
    ],
)
def test_a_number_that_names_or_counts_things_is_no_time(
    phrase: str, issued: str | None, expected: tuple[object, ...]
) -> None:
    assert days(one(phrase, ctx(issued))) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # a share of places that is not all of them may be a day and month: refused
        "Hoàn thành 8/9 xã trước ngày 30/6/2025",
        # a round named by its number is a time of its own
        "tổ chức đợt 2 ngày 15/11, đợt 3 trong tháng 11/2019",
        # "5 cm" apart is no unit the checks know: refused as a damaged word
        "cá dài 5 cm trước ngày 30/8/2017",
    ],
)
def test_numbers_beside_the_time_that_may_be_days_stay_refused(phrase: str) -> None:
    refused(phrase)


def test_a_day_before_the_places_counted_stays_a_day() -> None:
    # "ngày 09/09 thôn A …": after "ngày", the number is the day (refused here for its year)
    why = refused("ngày 09/09 thôn A tổ chức họp")
    assert "không ghi năm" in why


# --- the forms a step is done on, the occasion a flag period honours --------------------------------


def test_a_step_done_on_the_forms_after_its_day_reads() -> None:
    # zp-bluxblog-utt-de-xuat-nhiem-vu-khcn-2023 (refused for "theo" before)
    reading = one(
        "Trước ngày 15/4/2022: các các đơn vị, cá nhân xây dựng nội dung nghiên cứu theo các mẫu "
        "phiếu đề xuất và gửi về phòng KHCN-HTQT"
    )
    assert days(reading) == (D, date(2022, 4, 15), date(2022, 4, 15))
    # "theo hướng dẫn" may hold a time of its own: still refused
    refused("Trước ngày 15/4/2022: các đơn vị gửi báo cáo theo hướng dẫn của Bộ")


def test_two_flag_periods_each_honouring_its_occasion_read_as_two_windows() -> None:
    # zp-minhchau-hanoi-treo-co-giai-phong-thu-do-dai-hoi-2025 ("Thủ đô" read as an ordinal
    # "thứ …" day before)
    readings = parse_deadlines(
        "Thời gian treo cờ Tổ quốc: Kỷ niệm Ngày Giải phóng Thủ đô từ ngày 09/10/2025 đến hết "
        "ngày 11/10/2025; Chào mừng Đại hội Đảng bộ Thành phố Hà Nội lần thứ XVIII từ ngày "
        "14/10/2025 đến hết ngày 18/10/2025",
        ctx(),
    )
    assert [days(one) for one in readings] == [
        (W, date(2025, 10, 9), date(2025, 10, 11)),
        (W, date(2025, 10, 14), date(2025, 10, 18)),
    ]
    # an ordinal day in the label still names one day of the period
    refused("vào ngày thứ hai của tháng 10/2025")


# --- a document cited by "số" and a bare number, with its signing day -----------------------------


def test_documents_cited_by_a_bare_number_and_their_day_are_glosses() -> None:
    # zp-nghean24h-dai-hoi-thi-dua-yeu-nuoc-toan-quoc-xi-2025 (refused for "16/5/2025" before)
    reading = one(
        "Công văn nêu rõ, căn cứ Quyết định số 57 ngày 16/5/2025 của Hội đồng Thi đua - Khen "
        "thưởng Trung ương; Thông báo số 668 ngày 4/12/2025 của Văn phòng Chính phủ, Đại hội Thi "
        "đua yêu nước toàn quốc lần thứ XI sẽ diễn ra trong 2 ngày 26 và 27/12/2025",
        ctx("2025-12-10"),
    )
    assert days(reading) == (W, date(2025, 12, 26), date(2025, 12, 27))
    # alone, the cited document's day is no deadline
    refused("Theo Quyết định số 57 ngày 16/5/2025", ctx("2025-12-10"))
    # without its issuer, "số 12 ngày 3/2/2024" may count days (as test_deadline_forms_h holds)
    refused("Theo Kế hoạch số 12 ngày 3/2/2024, hoàn thành trước ngày 30/6/2024", ctx("2024-03-01"))
    # a bare number with no signing day after it is no citation: "số 57" stays unexplained
    refused("căn cứ Quyết định số 57, Đại hội sẽ diễn ra ngày 26/12/2025", ctx("2025-12-10"))


# --- a yearly tax day, the year before the taxed one ----------------------------------------------


def test_the_day_before_each_tax_year_is_a_yearly_day() -> None:
    # zp-giasutoan-bang-thoi-han-khai-thue (a tax-filing table's lump-sum row; not recognised
    # before): each tax year is a calendar year, so each year's 30/12
    reading = one("Trước ngày 30 tháng 12 của năm trước năm tính thuế", ctx("2026-03-01"))
    assert reading.kind is Y
    assert reading.recurrence is not None
    assert (reading.recurrence.month, reading.recurrence.day) == (12, 30)


def test_the_year_before_an_award_or_an_unnamed_year_stays_refused() -> None:
    # zg-mwld-ke-hoach-xet-tang-nghe-nhan-thu-cong-my-nghe: an award given every third year,
    # its year before is no yearly day
    refused("gửi hồ sơ trước ngày 01 tháng 12 của năm trước năm đề nghị", ctx("2026-03-01"))
    refused("Trước ngày 30 tháng 12 của năm trước", ctx("2026-03-01"))


# --- a form by its number in closing brackets ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # zp-bluxblog-utt-de-xuat-nhiem-vu-khcn-2023 (not recognised before)
        (
            "Đề tài KHCN, dự án sản xuất thử nghiệm, chương trình an toàn giao thông cấp Bộ GTVT, "
            "Tỉnh Vĩnh Phúc và Thành phố Hà Nội năm 2023 [Mẫu đề xuất 1]",
            (W, date(2023, 1, 1), date(2023, 12, 31)),
        ),
        # invented kin
        ("Đề tài KHCN năm 2023 (Mẫu số 01)", (W, date(2023, 1, 1), date(2023, 12, 31))),
        ("nộp hồ sơ (mẫu 1 và 2) trước ngày 15/4/2022", (D, date(2022, 4, 15), date(2022, 4, 15))),
    ],
)
def test_a_form_named_by_its_number_in_brackets_is_no_time(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert days(one(phrase, ctx("2022-04-01"))) == expected


def test_a_day_shaped_form_number_stays_refused() -> None:
    refused("nộp hồ sơ trước ngày 15/4/2022 (Mẫu 15/4)", ctx("2022-04-01"))

"""Forms the lead added in the sixth session of issue 11 (the items left open before): a bound
that is the deadline itself ("không quá ngày D", "không muộn hơn ngày D", "trễ nhất là ngày
D") and a deadline's former day noted beside it ("(lùi từ …)"). Each with the near variants
that must stay refused or read otherwise (never a silent wrong date).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import DEC_2026, ctx, one, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D, R = DeadlineKind.DATE, DeadlineKind.RECURRING


# --- "không quá ngày D": no later than D, D included ---------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "không quá ngày 15/3/2027",
        "Không quá ngày 15/3/2027",
        "không quá 15/3/2027",
        "không được quá ngày 15/3/2027",
        "hoàn thành không quá ngày 15/3/2027",
        "không muộn hơn ngày 15/3/2027",
        "không chậm hơn ngày 15/3/2027",
        "không trễ hơn ngày 15-3-2027",
        "trễ nhất ngày 15/3/2027",  # the southern "chậm nhất"
        "Trễ nhất là ngày 15/3/2027",
    ],
)
def test_a_bound_that_is_the_deadline_reads_its_day_included(phrase: str) -> None:
    reading = one(phrase, DEC_2026)
    assert (reading.kind, reading.first, reading.last) == (D, date(2027, 3, 15), date(2027, 3, 15))
    assert reading.earliest is None  # never a start bound


def test_no_later_than_a_day_after_another_time_is_refused() -> None:
    # "… trong 6 tháng kể từ thời điểm Chính phủ Việt Nam tuyên bố hết dịch trên phạm vi cả
    # nước và không muộn hơn ngày 30/6/2021" (Vietnam Airlines and Vinpearl, 2020, quoted in
    # the press): the earlier of two ends; a bound after another time is never read alone
    refused(
        "triển khai chương trình trong 6 tháng kể từ thời điểm Chính phủ Việt Nam tuyên bố hết "
        "dịch trên phạm vi cả nước và không muộn hơn ngày 30/6/2021",
        ctx("2020-04-20"),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước ngày 15/7/2022, không quá ngày 30/7/2022",
        "chậm nhất 15/7/2022, trễ nhất 30/7/2022",
        "Hoàn thành trước ngày 15/7/2022; không muộn hơn ngày 30/7/2022",
    ],
)
def test_an_aim_then_a_bound_are_two_last_days_refused(phrase: str) -> None:
    assert "hai hạn cuối" in refused(phrase, ctx("2022-06-01"))


def test_no_later_than_a_day_of_each_month_is_that_day_each_month() -> None:
    reading = one("Báo cáo không quá ngày 20 hằng tháng", DEC_2026)
    assert (reading.kind, reading.rrule) == (R, "FREQ=MONTHLY;BYMONTHDAY=20")


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("khong qua ngay 15/3/2027", "qua"),  # typed bare: "không qua" (not through) too
        ("tre nhat ngay 15/3/2027", "tre"),  # "trẻ nhất" (youngest) folds the same
        ("quá ngày 15/3/2027", "quá"),  # past that day: late, not the deadline
        ("chậm hơn ngày 15/3/2027", "chậm"),  # later than it
        ("không trước ngày 15/3/2027", "không"),  # not before: a start, kept refused
    ],
)
def test_near_variants_of_the_bound_stay_refused(phrase: str, said: str) -> None:
    assert said in refused(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["không quá 4 ngày", "không quá 15 ngày so với quy định", "không quá 15.000 người"],
)
def test_a_length_or_a_number_after_khong_qua_is_no_day(phrase: str) -> None:
    refused(phrase)  # "không quá 4 ngày" is a length (kept as a gloss beside a deadline)


def test_a_length_cap_beside_a_deadline_still_reads_as_before() -> None:
    # b-baohatinh-dai-hoi-2025-2030.yaml: the congress lasts at most 4 days, held by 31/10
    reading = one("không quá 4 ngày, tổ chức trước ngày 31/10/2025", ctx("2025-01-10"))
    assert reading.last == date(2025, 10, 31)


# --- a deadline's former day beside it ---------------------------------------------------


@pytest.mark.parametrize(
    "aside", ["lùi từ 08/4/2022", "đã lùi từ ngày 08/4/2022", "gia hạn từ 08/4/2022"]
)
def test_the_day_a_deadline_was_moved_from_is_its_gloss(aside: str) -> None:
    # how a clerk notes an extension in the phrase itself (fresh user, session five)
    reading = one(f"Trước ngày 15/4/2022 ({aside})", ctx("2022-03-01"))
    assert (reading.last, reading.gloss) == (date(2022, 4, 15), aside)


@pytest.mark.parametrize("aside", ["lùi đến 20/4/2022", "gia hạn đến 30/4/2022"])
def test_a_day_moved_to_says_the_day_outside_is_stale_and_names_both(aside: str) -> None:
    why = refused(f"Trước ngày 15/4/2022 ({aside})", ctx("2022-03-01"))
    day = aside.rsplit(maxsplit=1)[-1]
    assert "15/4/2022" in why and day in why  # both days named, not "the part before"


def test_another_day_after_the_one_read_is_named_in_the_refusal() -> None:
    why = refused("trước ngày 08/4/2022 - 15/4/2022", ctx("2022-03-01"))
    assert "“08/4/2022”" in why and "“15/4/2022”" in why


# --- a start bound and a deadline of another step ----------------------------------------


def test_a_start_of_one_step_and_the_day_of_another_are_never_one_window() -> None:
    # l-hau-giang-nam-hoc-2021-2022.yaml: the pupils gather from 9/9 at the earliest, the
    # year opens on 12/9; read before as one window 9/9-12/9, as if gathering were due by 12/9
    phrase = (
        "Cụ thể, các cấp phổ thông và giáo dục thường xuyên tựu trường sớm nhất từ ngày 9/9 "
        "và khai giảng đồng loạt vào ngày 12/9"
    )
    try:
        readings = parse_deadlines(phrase, ctx("2021-08-20"))
    except DeadlineError:
        return  # refused: extra work, never a wrong day
    assert DeadlineKind.WINDOW not in {one.kind for one in readings}


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # g-anhp-hai-phong-qd-1979-nam-hoc-2017-2018.yaml
        ("Học kỳ 2 bắt đầu từ 8-1-2018, và sẽ kết thúc vào 25-5-2018", "2017-08-01",
         date(2018, 1, 8), date(2018, 5, 25)),
        # m-baoapbac-tien-giang-nam-hoc-2024-2025.yaml
        ("Học kỳ I của bậc mầm non bắt đầu từ ngày 5-9 và kết thúc năm học trước ngày 24-5-2025.",
         "2024-08-10", date(2024, 9, 5), date(2025, 5, 24)),
        # b-afamily-nghi-tet-20-tinh-2026.yaml
        ("bắt đầu nghỉ từ ngày 9.2.2026 (tức 22 tháng Chạp) và kéo dài đến hết ngày 22.2.2026 "
         "(tức mùng 6 tháng Giêng)", "2026-01-10", date(2026, 2, 9), date(2026, 2, 22)),
    ],
)  # fmt: skip
def test_a_start_and_its_end_in_end_words_stay_one_window(
    phrase: str, issued: str, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)


# --- the days of each month a work is done in --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("từ ngày 5 đến ngày 10 hằng tháng", None),
        ("Tiếp dân từ ngày 5 đến hết ngày 10 mỗi tháng", "Tiếp dân"),
        # i-2-nld-so-gtcc-tphcm-cap-nhat-nguyen-vong-cu-tri.yaml (Sở GTCC TP.HCM, 2025); an
        # agency's name with "Đầu tư" (invest) holds no word of time, in any case
        (
            "từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận giải "
            "quyết và tổng hợp báo cáo kết quả cho giám đốc sở",
            "Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận giải quyết và tổng hợp báo cáo kết quả "
            "cho giám đốc sở",
        ),
    ],
)
def test_a_monthly_window_is_due_on_its_last_day_each_month(phrase: str, label: str | None) -> None:
    reading = one(phrase, DEC_2026)
    assert (reading.kind, reading.rrule, reading.label) == (
        R,
        "FREQ=MONTHLY;BYMONTHDAY=10",
        label,
    )
    assert reading.qualifier == "từ ngày 5 đến ngày 10 mỗi tháng"  # the opening day kept


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("từ ngày 25 đến ngày 5 hằng tháng", "ngày đầu phải trước"),  # across months: which?
        ("từ ngày 20 đến ngày 30 hằng tháng", "mọi tháng"),  # no 30th in February
        ("từ ngày 5 đến ngày 10 hằng tháng 3", "tháng 3"),  # March each year?
    ],
)
def test_monthly_windows_that_cannot_be_one_rule_are_refused(phrase: str, said: str) -> None:
    assert said in refused(phrase)


# --- counts after their event, days listed with a dotted month --------------------------


@pytest.mark.parametrize(
    ("phrase", "anchor", "offset", "unit"),
    [
        # j-phaply-hiep-thuong-lan-3-da-nang-2026.yaml (Luật Bầu cử 2015, Điều 50)
        ("Diễn ra đảm bảo thời gian quy định chậm nhất trước bầu cử 23 ngày", "bầu cử", 23, "ngày"),
        ("trước khai mạc 2 tuần", "khai mạc", 2, "tuần"),
    ],
)
def test_a_count_after_its_event_is_before_that_event(
    phrase: str, anchor: str, offset: int, unit: str
) -> None:
    reading = one(phrase, ctx("2025-12-20"))
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    got = reading.relative
    assert (got.anchor, got.offset, got.unit, got.direction) == (anchor, offset, unit, "before")


def test_days_in_a_row_with_a_dotted_month_are_one_window() -> None:
    # j-thanhnien-tphcm-dai-hoi-i-2025.yaml (Thanh Niên, 2025): the delegates' days before
    # the congress; the corpus reads days in a row listed with the month once as one window
    reading = one("ngày 11 và 12.10", ctx("2025-09-28"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2025, 10, 11),
        date(2025, 10, 12),
    )
    assert "ngày" in refused("tỷ lệ 11 và 12.10", ctx("2025-09-28"))  # no "ngày": a number


# --- a weekday by number before its day, a lunar gloss naming the Tết ---------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # c-vietnamnet-quang-ninh-nghi-tet-2026.yaml (the day back at work after Tết Bính Ngọ)
        "vào thứ 2, ngày 23/2 (tức mùng 7 Tết Nguyên đán Bính Ngọ)",
        "thứ 2, ngày 23/2/2026",
        "ngày 23/2 (tức mùng 7 Tết Nguyên đán Bính Ngọ)",
    ],
)
def test_a_weekday_by_number_and_a_tet_gloss_are_checked_and_read(phrase: str) -> None:
    reading = one(phrase, ctx("2026-01-20"))
    assert (reading.kind, reading.last) == (D, date(2026, 2, 23))


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("vào thứ 3, ngày 23/2", "Thứ Hai"),  # 23/2/2026 is a Monday
        ("ngày 23/2/2026 (tức mùng 8 Tết Nguyên đán Bính Ngọ)", "7 tháng 1"),  # it is mùng 7
    ],
)
def test_a_weekday_or_a_tet_gloss_that_disagrees_is_refused(phrase: str, said: str) -> None:
    assert said in refused(phrase, ctx("2026-01-20"))


# --- "theo (đúng) quy định" before a dated day -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # i-quang-tri-cv-1924-nha-may-van-mdf-vinh-linh-2024.yaml
        ("tham mưu đề xuất UBND tỉnh xem xét theo đúng quy định, trước ngày 10/5/2024",
         "2024-04-20", date(2024, 5, 10)),
        # l-xdcs-kl-163-dai-hoi-co-so-2025.yaml (Kết luận 163-KL/TW, as the press quotes it)
        ("Các cấp uỷ, tổ chức đảng trực thuộc Trung ương tập trung chỉ đạo việc tổ chức đại hội "
         "đảng bộ cấp cơ sở theo đúng quy định, hướng dẫn của Trung ương, bảo đảm chất lượng "
         "đại hội, hoàn thành trước ngày 30/6/2025", "2025-06-06", date(2025, 6, 30)),
        # once kept refused by tune-k beside "theo kế hoạch của tỉnh" (whose plan?): the rule
        # is named only as the source, the day itself is written (the lead's call)
        ("Theo quy định, trước ngày 15/12/2027", "2027-01-05", date(2027, 12, 15)),
    ],
)  # fmt: skip
def test_by_whose_rule_before_a_dated_day_is_no_word_of_time(
    phrase: str, issued: str, last: date
) -> None:
    assert one(phrase, ctx(issued)).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        # b-thactrang-hai-phong-nam-hoc-2024-2025.yaml: the guidance is yearly; no deadline is.
        # Sparing "theo quy định" before a cadence read it "hằng năm, hạn ngày cuối năm"
        "Các ngày nghỉ lễ, tết được thực hiện theo quy định của Bộ luật Lao động và các văn bản "
        "hướng dẫn hàng năm",
        # e-baohaiduong-tong-dieu-tra-dan-so-2019.yaml: sparing "theo chỉ đạo" after a year
        # read the whole year 2019 as the day results are published
        "Ban Chỉ đạo Tổng điều tra dân số và nhà ở năm 2019 tỉnh sẽ công bố kết quả tổng điều "
        "tra theo chỉ đạo của Trung ương",
        "trước ngày 10/5/2024 theo lịch của Bộ",  # whose calendar may set another day
    ],
)
def test_by_whose_rule_elsewhere_stays_a_word_of_time(phrase: str) -> None:
    refused(phrase, ctx("2024-04-20"))


# --- "từ năm A-B", "trong khoảng từ …" --------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "từ năm 2023-2025",  # "từ" folds to "tu", as "tư" (four): never a count of years
        # c-vietnamnet-nam-dinh-giao-thong.yaml: within the span, no estimate
        "dự kiến các dự án sẽ hoàn thành trong khoảng từ năm 2023-2025",
    ],
)
def test_a_span_of_years_from_its_first_is_those_years(phrase: str) -> None:
    reading = one(phrase, ctx("2022-05-01"))
    assert (reading.first, reading.last) == (date(2023, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("trong 3 năm 2023-2026", "không khớp"),  # a count still checked
        ("trong khoảng tháng 3/2023", "ước lượng"),  # about March
        ("khoảng từ năm 2023-2025", "ước lượng"),
    ],
)
def test_counts_and_estimates_around_a_span_stay_refused(phrase: str, said: str) -> None:
    assert said in refused(phrase, ctx("2022-05-01"))


# --- the wrong days the n- and o- held-out sets found ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "said"),
    [
        # n-bkhcn-du-thao-714-thong-ke-khcn-2018.yaml (and four more consultation pages): the
        # opening day was read as a due day beside the closing one. The two fields of one work
        # read as one window since tune-o (tests/test_deadline_forms_o.py); the opening of one
        # work beside the closing of another stays refused
        ("Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn nhận hồ sơ: 26/03/2018",
         "2018-01-20", "25/01/2018"),
        ("Ngày bắt đầu lấy ý kiến: 25/01/2018", "2018-01-20", "ngày bắt đầu"),
        ("Thời gian bắt đầu nhận hồ sơ: 15/3/2018", "2018-01-20", "ngày bắt đầu"),
        # n-bnv-cv-7461-bnv-tcbc-2025.yaml: the results run to 30/8; the report is due 8/9
        ("Bộ Nội vụ đề nghị các bộ, ban, ngành, địa phương báo cáo kết quả thực hiện chính sách, "
         "chế độ theo Nghị định số 178/2024/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số "
         "67/2025/NĐ-CP) đến hết ngày 30/8/2025", "2025-08-20", "chốt số liệu"),
        # n-quangtri-cv-1287-ubnd-kt-vinh-son-2024.yaml, o-dong-nai-xa-quang-trung-…-2021.yaml
        ("UBND tỉnh nhận được đơn kiến nghị ngày 04/3/2024 của các hộ dân", "2024-03-20",
         "nhận được"),
        ("Ngày 15/01/2021 UBND nhận được thông báo số 38/TB- UBND huyện Thống Nhất về việc treo "
         "cờ, nghỉ Tết Nguyên đán Tân Sửu năm 2021", "2021-01-15", "nhận được"),
    ],
)  # fmt: skip
def test_a_start_a_data_period_or_a_receipt_day_is_never_a_due_day(
    phrase: str, issued: str, said: str
) -> None:
    assert said in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Ngày hết hạn lấy ý kiến: 26/03/2018", date(2018, 3, 26)),  # the closing day is one
        ("bắt đầu lấy ý kiến trước ngày 15/3/2018", date(2018, 3, 15)),  # to begin by
    ],
)
def test_the_closing_day_and_a_day_to_begin_by_still_read(phrase: str, last: date) -> None:
    assert one(phrase, ctx("2018-01-20")).last == last


def test_a_count_from_the_day_received_is_still_relative() -> None:
    # k-cp-nd-102-2024-thu-hoi-dat.yaml: counted from receipt, no day of its own
    reading = one("trong thời hạn 30 ngày kể từ ngày nhận được văn bản", ctx("2024-03-20"))
    assert reading.kind is DeadlineKind.RELATIVE


@pytest.mark.parametrize("size", [501, 30_000, 5_000_000])
def test_a_pasted_page_is_refused_unread_whatever_its_start(size: int) -> None:
    """A deadline cell is a line or two (the corpus's longest phrase has 483 characters).
    Longer text is prose: refused before any step reads it, so no cut of it is read as a
    deadline with the rest as its words, and 5 MB answers at once (it held `deadline -`
    and `import` for minutes: 30,000 characters took 4.7 s, fresh6 F9)."""
    phrase = ("Trước ngày 23/6/2022 " + "báo cáo UBND tỉnh " * (size // 18 + 1))[:size]
    assert "dài quá 500 ký tự, không phải một thời hạn" in refused(phrase)


def test_a_receipt_told_as_done_is_no_deadline() -> None:
    """p- held-out false deadline: "Trong ngày 27/02/2026, các tổ bầu cử … đã tiếp nhận và
    tiến hành niêm yết" (UBND xã Kỳ Thượng, Hà Tĩnh, 2026) tells what was received that day;
    it read as due 27/02/2026. A count from a receipt still reads."""
    said = refused(
        "Trong ngày 27/02/2026, các tổ bầu cử trên địa bàn xã Kỳ Thượng đã tiếp nhận và "
        "tiến hành niêm yết",
        ctx("2026-03-01"),
    )
    assert "đã tiếp nhận" in said
    (counted,) = parse_deadlines("Trong 5 ngày làm việc kể từ ngày đã tiếp nhận hồ sơ", ctx())
    assert counted.kind is DeadlineKind.RELATIVE


def test_a_receipt_told_as_done_is_refused_whole_not_cut_after_its_day() -> None:
    """q- held-out false deadline: "đến 17 giờ ngày 1/2/2026, Ban Thường trực … đã tiếp nhận
    đầy đủ hồ sơ" (Ủy ban MTTQ xã Vĩnh Lộc, Thanh Hóa, 2026): the whole phrase was refused as
    a receipt, then a cut after its day read "đến 17 giờ ngày 1/2/2026" with the receipt as
    the step, due 01/02/2026. A receipt's refusal is final."""
    said = refused(
        "đến 17 giờ ngày 1/2/2026, Ban Thường trực Ủy ban MTTQ xã đã tiếp nhận đầy đủ hồ sơ "
        "của các cơ quan, tổ chức, đơn vị và người tự ứng cử",
        ctx("2026-02-02"),
    )
    assert "đã tiếp nhận" in said


@pytest.mark.parametrize(
    "phrase",
    [
        # Báo Thanh Hóa, 9/8/2025, a forest-fire warning
        "từ ngày 10/8 - 13/8/2025, thời tiết trên địa bàn các xã, phường",
        "Từ ngày 10/8 đến ngày 13/8/2025 thời tiết nắng nóng gay gắt",
        "Theo dự báo, từ ngày 10/8 đến ngày 13/8/2025 có mưa lớn",
        "tháng 3 và 4/2023, dự báo cao điểm nắng nóng",  # Bến Tre's shrimp calendar, 2023
        "thoi tiet tu ngay 10/8 den 13/8/2025",  # typed without diacritics
    ],
)
def test_the_weather_told_for_some_days_is_no_deadline(phrase: str) -> None:
    """p- held-out false deadline: the days a forecast covers were read as a window due
    13/08/2025. A phrase that tells the weather or a forecast is refused whole, whatever
    cut of it could read."""
    assert "thời tiết hay một dự báo" in refused(phrase, ctx("2025-08-09"))


def test_a_forecasting_task_with_its_deadline_still_reads() -> None:
    """Only a forecast told as such is refused: a task that makes a forecast has a deadline."""
    (reading,) = parse_deadlines("Xây dựng kịch bản dự báo trước ngày 30/6/2027", ctx())
    assert reading.last == date(2027, 6, 30)


def test_from_when_the_plan_is_issued_is_from_its_issue_day() -> None:
    """p-: "Thời gian đăng ký … từ khi ban hành kế hoạch đến hết ngày 17/12/2025, tại Trung
    tâm …" (UBND xã Trị An, Đồng Nai, 2025) runs from the plan's issue day, as "từ ngày ban
    hành kế hoạch" does; it read as the bare day with "từ khi ban hành kế hoạch" as its step."""
    (reading,) = parse_deadlines(
        "Thời gian đăng ký tham gia giải từ khi ban hành kế hoạch đến hết ngày 17/12/2025, tại "
        "Trung tâm Dịch vụ Tổng hợp xã Trị An",
        ctx("2025-12-10"),
    )
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2025, 12, 10),
        date(2025, 12, 17),
    )
    assert reading.label == "Thời gian đăng ký tham gia giải"


@pytest.mark.parametrize(
    "phrase",
    [
        # Hải Dương, 2025: the Party committees' cell congresses (q-)
        "Đảng bộ TP Chí Linh là địa phương hoàn thành sớm nhất (từ tháng 12/2025)",
        "Trường là đơn vị đầu tiên hoàn thành trước ngày 15/3/2026",
        "xã Tân Lập là địa phương về đích muộn nhất, ngày 20/12/2025",
    ],
)
def test_a_body_ranked_by_when_it_finished_is_no_deadline(phrase: str) -> None:
    """q-: "… là địa phương hoàn thành sớm nhất (từ tháng 12/2025)" tells who finished first;
    it read as a start bound from 01/12/2025."""
    assert "xếp thứ một đơn vị" in refused(phrase)


def test_at_the_earliest_without_a_ranking_is_still_a_start_bound() -> None:
    (reading,) = parse_deadlines("hoàn thành sớm nhất là ngày 10/4/2027", ctx())
    assert (reading.earliest, reading.last) == (date(2027, 4, 10), None)


@pytest.mark.parametrize(
    "phrase",
    [
        # r- held-out false deadlines (eighth session), each read as due at its period's end
        "Căn cứ kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa "
        "bàn tỉnh Bắc Ninh giai đoạn 2010-2020",
        "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2013",  # Hà Nam, 2014: a heading
        "PHẦN I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2022",  # Hải Dương, 2023
        "Qua 05 năm thực hiện Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021-2025, trong "
        "điều kiện có nhiều khó khăn, thách thức",  # Ninh Bình, 2026
        "Căn cứ Quyết định số 718/QĐ-UBND ngày 23/11/2021 của Ủy ban nhân dân tỉnh Tuyên Quang "
        "phê duyệt Kế hoạch phòng, chống thiên tai tỉnh Tuyên Quang giai đoạn 2021 – 2025",
        # s- held-out false deadline: a statistics form's row (Bộ KH&ĐT, 2012)
        "1. Số buồng có đến 31/12",
    ],
)
def test_past_results_grounds_and_figures_as_of_a_day_are_no_deadline(phrase: str) -> None:
    """A period the results cover, a cited document's period, what exists as of a day: none
    is a due day, and no cut of the phrase may read one."""
    assert "nêu kết quả đã làm, căn cứ của văn bản" in refused(phrase, ctx("2026-12-01"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Báo cáo kết quả thực hiện năm 2026 trước ngày 15/12/2026", date(2026, 12, 15)),
        ("Căn cứ kết quả kiểm tra, trước ngày 20/12/2026 báo cáo UBND tỉnh", date(2026, 12, 20)),
        ("Tổng hợp kết quả thực hiện, hoàn thành trong quý I/2027", date(2027, 3, 31)),
    ],
)
def test_results_with_a_deadline_of_their_own_still_read(phrase: str, last: date) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2026-12-01"))
    assert reading.last == last

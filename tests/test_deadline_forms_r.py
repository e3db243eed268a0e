"""Forms tuned on the r- set (branch tune-r): the refusals of 151 phrases of plans, decisions,
directives and press of the 34 provinces after the 2025 mergers, grouped by cause. Each rule
with the real phrases that motivated it (their corpus file named) and the look-alikes that
must stay refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

D, W, REL = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE


def _under(header: str) -> Context:
    return Context(issued=None, header=header)


# --- a procedure's processing time: a bare count under "Thời hạn giải quyết" ---------------


@pytest.mark.parametrize(
    ("phrase", "header", "offset", "working"),
    [
        ("15 Ngày", "Thời hạn giải quyết", 15, False),  # r-dichvucong-laocai-tthc-116909
        ("25 Ngày làm việc", "Thời hạn giải quyết", 25, True),  # r-tthc-hue-giay-phep-21654
        ("20 Ngày làm việc", "Thời hạn giải quyết", 20, True),  # p-rangdong-dienbien-tthc-…
        ("02 ngày", "Ngày thụ lý", 2, False),  # r-tthc-hue-so-nong-nghiep-muc-2
        ("05 ngày làm việc", "Ngày thụ lý", 5, True),  # r-tthc-hue-so-nong-nghiep-muc-2
        ("một ngày", "Ngày thụ lý", 1, False),  # r-tthc-hue-so-nong-nghiep-muc-2
    ],
)
def test_a_count_under_a_processing_time_counts_from_the_complete_file(
    phrase: str, header: str, offset: int, working: bool
) -> None:
    reading = one(phrase, _under(header))
    assert reading.kind is REL and reading.relative is not None
    rel = reading.relative
    assert (rel.offset, rel.unit, rel.working_days, rel.direction) == (
        offset,
        "ngày",
        working,
        "after",
    )
    assert rel.anchor == "ngày nhận đủ hồ sơ hợp lệ"


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 999),
    st.sampled_from(["ngày", "Ngày", "ngày làm việc", "Ngày làm việc"]),
    st.sampled_from(["Thời hạn giải quyết", "Thời gian giải quyết", "Ngày thụ lý"]),
)
def test_any_count_of_days_under_a_processing_time(count: int, unit: str, header: str) -> None:
    """Every count, zero-padded or not, in either unit: the count as printed, never another."""
    for said in {str(count), f"{count:02d}"}:
        rel = one(f"{said} {unit}", _under(header)).relative
        assert rel is not None
        assert (rel.offset, rel.working_days, rel.direction) == (count, "làm" in unit, "after")


@pytest.mark.parametrize(
    ("phrase", "header"),
    [
        ("15 ngày", "Thời gian thực hiện"),  # a plan's column: from what?
        ("15 ngày", "Ghi chú"),
        ("sau ngày", "Ngày thụ lý"),  # "sau" (after), folded like "sáu" (six)
        ("03", "Ngày thụ lý hồ sơ"),  # a bare number under more words: the day it is accepted?
        ("0 ngày", "Thời hạn giải quyết"),
    ],
)
def test_a_count_without_its_anchor_stays_refused(phrase: str, header: str) -> None:
    refused(phrase, _under(header))


def test_a_header_that_names_its_own_anchor_keeps_it() -> None:
    rel = one("75 ngày", _under("Số ngày trước ngày bầu cử")).relative
    assert rel is not None and (rel.direction, rel.anchor) == ("before", "ngày bầu cử")


# --- a past event told as done: no deadline ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # q-hoilhpn-lai-chau-dai-hoi-phu-nu-cac-cap-2025
        ("Từ ngày 20 - 22/9, Hội LHPN tỉnh đã tổ chức bồi dưỡng, cập nhập kiến thức về tổ chức "
         "Đại hội đại biểu phụ nữ các cấp nhiệm kỳ 2025 - 2030", "2025-09-26"),
        # q-phuongnguyencutrinh-quan-uy-1-hoc-tap-nghi-quyet-2006
        ("trong hai ngày 24 và 25-02-2006, Ban Thường vụ Quận ủy 1 đã tổ chức 02 lớp triển khai "
         "học tập Nghị quyết", None),
        # m-baodongthap-le-hoi-via-ba-go-thap-2024 (read as its window before tune-r)
        ("ĐTO - Từ ngày 22 - 24/4 (nhằm ngày 14 - 16 tháng 3 âm lịch), tại huyện Tháp Mười đã "
         "diễn ra Lễ hội Vía Bà Chúa xứ Gò Tháp.", "2024-04-25"),
        # g-baohaiduong-ke-khai-tai-san-lan-dau-2021 (read as its window before tune-r)
        ("tỉnh đã thực hiện cách ly xã hội theo Chỉ thị 16 của Thủ tướng Chính phủ trong thời "
         "gian 15 ngày (từ 16.2-2.3.2021)", "2021-03-09"),
        # d-thai-nguyen-xet-tuyen-2017, c-vtvgo-bau-cu-som-2021
        ("đã kết thúc lúc 17h ngày 21/7", "2017-07-20"),
        ("đã tổ chức bầu cử trước 2 ngày", "2021-05-21"),
        # l-thai-binh-khai-hoi-den-tran-2016, cut: one adverb between "đã" and the verb
        ("Tối 20/2, Ủy ban nhân dân tỉnh Thái Bình đã long trọng tổ chức Lễ công bố", "2016-02-21"),
        ("Ngày 28/6/2019, tại Hội trường tỉnh đã diễn ra Đại hội đại biểu MTTQ Việt Nam tỉnh Bình "
         "Dương lần IX", "2019-06-29"),
    ],
)  # fmt: skip
def test_a_past_event_told_as_done_is_no_deadline(phrase: str, issued: str | None) -> None:
    assert "đã xảy ra" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # n-thanhhoa-tiem-phong-dot-2-2023, cut: the round's end is still to come
        ("các địa phương trên địa bàn toàn tỉnh đã đồng loạt triển khai tiêm phòng, phấn đấu kết "
         "thúc vào ngày 30/10/2023", "2023-09-05", D, "2023-10-30", "2023-10-30"),
        # k-dong-nai-hoi-ccb-dai-hoi-2022: done, then "sẽ" and the month to come
        ("H.Thống Nhất đã cơ bản hoàn thành công tác chuẩn bị và sẽ tiến hành đại hội cấp trên "
         "cơ sở điểm trong tháng 5 tới.", "2022-04-10", W, "2022-05-01", "2022-05-31"),
        # "sẽ" where "đã" stood: the same event, to come
        ("Ngày 28/6/2019, tại Hội trường tỉnh sẽ diễn ra Đại hội đại biểu MTTQ Việt Nam tỉnh "
         "Bình Dương lần IX", "2019-06-01", D, "2019-06-28", "2019-06-28"),
        # d-tdt-2019-nguoihanoi: what happened in a period a census counts, no event held
        ("Các trường hợp chết của hộ dân cư đã xảy ra từ ngày 16/02/2018 đến hết ngày "
         "31/03/2019", "2019-03-01", W, "2018-02-16", "2019-03-31"),
    ],
)  # fmt: skip
def test_a_day_still_to_come_beside_a_thing_done_reads(
    phrase: str, issued: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (kind, first, last)


def test_agreed_to_hold_an_event_is_no_event_held() -> None:
    """p-baobariavungtau-chau-duc-cuoc-thi-ca-khuc-2024, cut: "đã thống nhất tổ chức cuộc
    thi từ ngày 18 đến 20/10" agrees now on days to come."""
    phrase = "Ban tổ chức đã thống nhất tổ chức cuộc thi từ ngày 18 đến 20/10"
    assert read_days(phrase, "2024-10-01") == (W, "2024-10-18", "2024-10-20")


# --- what an appraisal counts: no deadline ---------------------------------------------------


def test_an_appraisal_criterion_is_no_yearly_deadline() -> None:
    """r-quang-ngai-xa-long-phung-cchc-2025: once read as due each 31 December."""
    phrase = (
        "Việc thực hiện các nhiệm vụ CCHC là một trong những tiêu chí bắt buộc để đánh giá cán "
        "bộ, công chức, viên chức hàng năm."
    )
    assert "tiêu chí" in refused(phrase, ctx("2025-07-18"))


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # n-thuathienhue-qd-1-kh-ktxh-2024: criteria to finish, by a day
        ("quyết tâm đưa huyện A Lưới thoát khỏi huyện nghèo Quốc gia, hoàn tất các tiêu chí, "
         "thủ tục trước quý III/2024", "2024-01-05", "2024-06-30"),
        # r-sggp-phu-loi-phuong-khong-ma-tuy-2026: a criterion to reach, by a year's end
        ("Phường Phú Lợi (TPHCM) phấn đấu đến cuối năm 2028, có 100% khu phố trên địa bàn đạt "
         "tiêu chí “ Khu phố không ma túy”", "2026-01-10", "2028-12-31"),
    ],
)  # fmt: skip
def test_criteria_to_meet_by_a_day_still_read(phrase: str, issued: str, last: str) -> None:
    assert str(one(phrase, ctx(issued)).last) == last


def test_a_criterion_with_its_own_due_day_still_reads() -> None:
    (reading,) = parse_deadlines(
        "Báo cáo kết quả là tiêu chí đánh giá thi đua, gửi trước ngày 15/12 hàng năm",
        ctx("2025-01-10"),
    )
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"


# --- the second slice: names, manners, the months left of a year, things counted ---------


def test_a_place_named_after_its_unit_holds_no_word_of_time() -> None:
    """r-tuky-haiphong-pbgdpl-cuoi-nam-2025: "Kỳ" of xã Tứ Kỳ is no term."""
    phrase = (
        "Theo kế hoạch, trong quý IV năm 2025, xã Tứ Kỳ tập trung tuyên truyền, phổ biến các văn "
        "bản pháp luật mới được ban hành"
    )
    assert read_days(phrase) == (W, "2025-10-01", "2025-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        # written lower case, no name; a word of time after the place's name
        "Theo kế hoạch, trong quý IV năm 2025, xã tứ kỳ tập trung tuyên truyền",
        "Theo kế hoạch, trong quý IV năm 2025, xã tập trung tuyên truyền kỳ sau",
    ],
)
def test_a_word_of_time_outside_a_name_stays_refused(phrase: str) -> None:
    refused(phrase)


def test_in_the_direction_of_is_a_manner() -> None:
    """r-son-la-kh-304-rau-an-toan-2023 (a plan's title, its horizon kept apart)."""
    phrase = (
        "Phát triển lĩnh vực trồng trọt theo hướng an toàn và bền vững, ứng dụng công nghệ cao "
        "giai đoạn 2021 - 2025, định hướng đến năm 2030"
    )
    assert read_days(phrase, "2023-12-22") == (W, "2021-01-01", "2025-12-31")


def test_by_the_guidance_stays_a_rule_that_may_set_its_day() -> None:
    refused("Phát triển lĩnh vực trồng trọt theo hướng dẫn của Bộ giai đoạn 2021 - 2025")


def test_a_document_reported_before_thi() -> None:
    """r-thuvienphapluat-tintuc-sap-xep-thon-2025: "Theo <document> thì …"."""
    phrase = (
        "Theo Dự thảo Báo cáo chính trị thì việc sắp xếp thôn, tổ dân phố sẽ thực hiện trong "
        "quý IV/2025"
    )
    assert read_days(phrase) == (W, "2025-10-01", "2025-12-31")
    refused("Theo thông báo tháng 5 thì việc sắp xếp thôn sẽ thực hiện trong quý IV/2025")


@settings(max_examples=40, deadline=None)
@given(st.dates(date(2001, 1, 1), date(2098, 12, 31)))
def test_the_months_left_of_a_year_run_from_the_plans_day(issued: date) -> None:
    """r-baothanhhoa-xa-sao-vang-nghi-quyet-dai-hoi-2025: "những tháng còn lại năm 2025", as
    "từ nay đến hết năm 2025"; a plan issued after that year has no months left of it."""
    phrase = f"triển khai nhiệm vụ trọng tâm những tháng còn lại năm {issued.year}"
    reading = one(phrase, ctx(issued.isoformat()))
    assert (reading.first, reading.last) == (issued, date(issued.year, 12, 31))
    refused(f"những tháng còn lại năm {issued.year - 1}", ctx(issued.isoformat()))


def test_the_months_left_without_the_plans_day_end_with_the_year() -> None:
    assert str(one("những tháng còn lại năm 2025").last) == "2025-12-31"


@pytest.mark.parametrize(
    "phrase",
    [
        # how many last months? the corpus's convention (a-press-cp-nq-86-2025)
        "những tháng cuối năm 2025",
        "Triển khai tuyên truyền, phổ biến, giáo dục pháp luật các tháng cuối năm 2025",
    ],
)
def test_the_last_months_of_a_year_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-10-02"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # r-daidoanket-quang-ninh-tram-y-te-2026: health stations counted
        ("Theo kế hoạch, Quảng Ninh sẽ triển khai đầu tư đối với 74 trạm y tế và điểm trạm y tế, "
         "gồm: xây mới 24 trạm y tế; cải tạo, sửa chữa 29 trạm y tế và sửa chữa 21 điểm trạm y tế "
         "trong năm 2026", "2026-01-01", "2026-12-31"),
        # r-ngaynay-ha-noi-vung-phat-thai-thap-2025: a ring road by its number
        ("Lộ trình mở rộng đến vành đai 3 vào năm 2030", "2030-01-01", "2030-12-31"),
    ],
)  # fmt: skip
def test_things_counted_and_roads_numbered_are_no_time(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2025-11-27") == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "xây mới 24 trạm trong năm 2026",  # "trạm" alone may be "trăm" (hundred) unmarked
        "Lộ trình mở rộng đến vành đai 3/2030",  # a road's number before a day's mark
    ],
)
def test_numbers_that_may_be_of_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-27"))


def test_the_end_mark_after_a_start_bound() -> None:
    """The mark that closes a resolution, "./.", after its effect clause."""
    reading = one("Nghị quyết này có hiệu lực kể từ ngày 11 tháng 7 năm 2016./.", ctx("2016-07-05"))
    assert (reading.earliest, reading.last) == (date(2016, 7, 11), None)

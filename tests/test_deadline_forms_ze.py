"""Forms tuned on the ze- set (branch tune-ze): deadlines set for citizens, businesses and
candidates (licences, procedures, admissions, land compensation, tax extensions). First the
four false deadlines the set's first run showed, each closed as a family: the day a paper
was drawn up, a payment told done under a bare press mark, a cited letter's year, a preamble
citing the plan it carries out. Each with the real phrase that motivated it (its corpus file
named) and the near variants that must still read (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE


# --- the day a paper was drawn up ("do … lập ngày …") ------------------------------------


def test_a_draft_drawn_up_on_a_day_is_refused() -> None:
    # ze-cukhoi-long-bien-cong-khai-phuong-an-boi-thuong-2020 (UBND phường Cự Khối, 2020)
    why = refused(
        "(Phương án dự thảo do Hội đồng BTHT&TĐC quận Long Biên lập ngày 29/10/2020)",
        ctx("2020-11-06"),
    )
    assert "ngày ký, ban hành" in why
    assert "ngày ký, ban hành" in refused("Biên bản được lập ngày 29/10/2020", ctx("2020-11-06"))


def test_drawing_up_a_paper_by_a_day_still_reads() -> None:
    # "lập" as the task, a due word before the day: the day is when it is due
    assert read_days("UBND phường lập danh sách trước ngày 29/11/2020", "2020-11-01") == (
        D,
        "2020-11-29",
        "2020-11-29",
    )


# --- a press mark in capitals before a spaced dash ----------------------------------------


def test_a_payment_told_done_under_a_bare_press_mark_is_refused() -> None:
    # ze-qtv-dam-ha-nhan-tien-gpmb-cao-toc-2018 (Quảng Ninh TV, 2018): "QTV - " signs the item
    why = refused(
        "QTV - Chiều ngày 18/7/2018 đã có 24 hộ dân xã Tân Bình, huyện Đầm Hà nhận tiền "
        "đền bù GPMB dự án cao tốc Vân Đồn - Móng Cái",
        ctx("2018-07-19"),
    )
    assert "đã xảy ra" in why


def test_a_bare_mark_is_only_capitals_before_a_spaced_dash() -> None:
    # the same item not told done still reads its day (convention 1: an event with its day)
    assert one("QTV - Chiều ngày 18/7/2018 các hộ dân nhận tiền đền bù").last == date(2018, 7, 18)
    # a word in lower case before a dash is no mark: the step and its deadline read
    assert one("Khu A - trước ngày 15/8/2018").last == date(2018, 8, 15)


# --- a cited document's year ("Công văn 5845/BCT-KHCN năm 2013") ---------------------------


def test_a_cited_letters_year_is_refused() -> None:
    # ze-tvpl-hoi-dap-hieu-luc-giay-chung-nhan-attp (Thư viện Pháp luật, Q&A)
    why = refused(
        "Ngoài ra, điều này còn được hướng dẫn bởi Điều 1 Công văn 5845/BCT-KHCN năm 2013"
    )
    assert "số hiệu văn bản" in why


@given(year=st.integers(1990, 2035))
def test_a_cited_number_with_its_year_is_never_a_window(year: int) -> None:
    refused(f"theo Công văn số 12/UBND-VX năm {year}", ctx("2026-12-01"))


@given(year=st.integers(1990, 2026), day=st.integers(1, 28), month=st.integers(1, 12))
def test_a_deadline_after_a_citation_with_its_year_still_reads(
    year: int, day: int, month: int
) -> None:
    phrase = f"theo Công văn số 12/UBND-VX năm {year}, hoàn thành trước ngày {day}/{month}/2027"
    assert one(phrase, ctx("2026-12-01")).last == date(2027, month, day)


# --- a preamble citing the plan carried out (convention 7) ---------------------------------


def test_a_preamble_citing_the_plan_it_carries_out_is_refused() -> None:
    # ze-vku-xet-tot-nghiep-dot-1-2026 (Trường ĐH CNTT&TT Việt - Hàn, 2026)
    refused(
        "Thực hiện kế hoạch kế hoạch tổ chức các đợt xét và công nhận tốt nghiệp trong năm "
        "2026 được Hiệu trưởng phê duyệt theo Kế hoạch số 2144/KH-ĐHVH ngày 31/12/2025",
        ctx("2026-01-05"),
    )


def test_carrying_out_a_plan_in_a_year_still_reads() -> None:
    # the work's own time (refusals._OBJECT_YEAR keeps "Thực hiện kế hoạch năm 2026" read)
    assert read_days("Thực hiện kế hoạch năm 2026", "2026-01-05") == (
        DeadlineKind.WINDOW,
        "2026-01-01",
        "2026-12-31",
    )
    # ... and a deadline the preamble goes on to set
    phrase = (
        "Thực hiện kế hoạch tổ chức xét tốt nghiệp được Hiệu trưởng phê duyệt theo Kế hoạch "
        "số 2144/KH-ĐHVH, sinh viên nộp hồ sơ trước ngày 15/3/2026"
    )
    assert one(phrase, ctx("2026-01-05")).last == date(2026, 3, 15)


# --- a licence's expiry named by its term, the count after it -----------------------------


def test_a_count_after_a_licences_expiry() -> None:
    # ze-moit-tthc-194-cap-lai-giay-phep (Bộ Công Thương, thủ tục cấp lại giấy phép)
    reading = one(
        "Thương nhân phải nộp hồ sơ đề nghị cấp lại giấy phép trước thời hạn hết hiệu lực của "
        "giấy phép 30 ngày"
    )
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit, reading.relative.direction) == (
        30,
        "ngày",
        "before",
    )
    assert reading.relative.anchor == "thời hạn hết hiệu lực của giấy phép"


def test_ahead_of_schedule_is_no_count_before_an_expiry() -> None:
    # "trước thời hạn" alone: done ahead of schedule, no anchor to count from
    refused("hoàn thành trước thời hạn 30 ngày")


# --- a procedure's processing time on one line ---------------------------------------------


def test_a_processing_time_under_its_section_and_a_bare_count_of_days() -> None:
    # ze-namtramy-quang-nam-thu-tuc-cap-phep-xay-dung (UBND huyện Nam Trà My, Quảng Nam)
    for phrase in ("Số ngày xử lý: 12", "Hướng dẫn thủ tục: Thời gian giải quyết: 12 ngày"):
        reading = one(phrase)
        assert reading.relative is not None
        assert (reading.relative.offset, reading.relative.unit) == (12, "ngày")
        assert not reading.relative.working_days
        assert reading.relative.anchor == "ngày nhận đủ hồ sơ hợp lệ"


def test_a_bare_count_under_a_header_without_its_unit_stays_refused() -> None:
    # zb-quangtho-hue-tthc-giay-khen-xa: days or working days? the page does not say
    refused("Thời hạn giải quyết: 10")
    refused("Số ngày xử lý: 0")


# --- "Theo quy định, …": the rule the time comes from ----------------------------------------


def test_the_rule_opening_the_sentence_leaves_the_count() -> None:
    # ze-hoidapluat-thoi-gian-dang-ky-khai-sinh (Luật Hộ tịch 2014, Điều 15)
    reading = one(
        "Theo quy định, trong thời hạn 60 ngày kể từ ngày con chào đời, cha mẹ phải thực hiện "
        "việc đăng ký khai sinh cho con"
    )
    assert reading.relative is not None and reading.relative.offset == 60
    # ze-moj-hoi-dap-thoi-han-cap-phieu-ly-lich-tu-phap (Bộ Tư pháp): the law named by its
    # year ("tư pháp" is no "từ"), the article by its number
    reading = one(
        "Theo quy định tại Điều 48 Luật Lý lịch tư pháp năm 2009, thời hạn cấp Phiếu lý lịch tư "
        "pháp không quá 10 ngày làm việc, kể từ ngày nhận được hồ sơ yêu cầu cấp Phiếu lý lịch "
        "tư pháp hợp lệ"
    )
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (10, True)


def test_an_old_rule_or_a_rule_of_a_year_stays_refused() -> None:
    # a rule replaced, or a time inside the rule's words: the "theo" may change the deadline
    refused("Theo quy định cũ, trong thời hạn 60 ngày kể từ ngày sinh")
    refused(
        "Theo quy định tại Điều 48 Luật Lý lịch tư pháp năm 2009 và năm 2010, thời hạn không "
        "quá 10 ngày làm việc, kể từ ngày nhận được hồ sơ"
    )


def test_a_law_named_with_its_bare_year() -> None:
    # v-baokontum-infographic-can-cuoc-tre-em-2024 (Báo Kon Tum, 2024): the law's year
    reading = one(
        "Luật Căn cước 2023 lần đầu tiên quy định cấp thẻ Căn cước cho trẻ em từ 1/7/2024"
    )
    assert reading.earliest == date(2024, 7, 1)


# --- a driving licence's class, and papers that run without end ---------------------------


def test_a_licence_class_names_the_paper() -> None:
    # ze-thuanthanh-lo-trinh-doi-gplx-pet (the PET exchange roadmap, Thông tư 12/2017/TT-BGTVT)
    assert one("•  Giấy phép lái xe hạng A4:  chuyển đổi trước ngày 31.12.2016").last == date(
        2016, 12, 31
    )
    # ze-bnews-doi-gplx-pet-2015 (Báo Tin tức, 2015): classes listed, a licence with no expiry
    phrase = (
        "Đối với các loại giấy phép lái xe không thời hạn (các hạng A1, A2, A3) được thực hiện "
        "trước ngày 31/12/2020"
    )
    assert one(phrase).last == date(2020, 12, 31)


def test_a_number_that_is_no_class_stays_refused() -> None:
    # "hàng 2" (a row, or each?) and a class with a count of days after it
    assert "số “2”" in refused("hàng 2 trước ngày 31/12/2020")
    refused("không thời hạn 30 ngày trước ngày 31/12/2020")

"""Words before a deadline (session 43, family W: "từ … đứng trước thời hạn"): words that are
a label — "trước thời gian" before the day's digits, the name of the year's tax return before
a count from the year's end, the title a decision issues before the day it takes effect, who
must act and under which law before a count that names its own anchor — move no day and are
read; the same words where they may name or move the day stay refused with their reason
(issue 11: never a silent wrong date). Real phrases from the corpus, and the neighbours that
must stay refused."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineKind

NO_DAY = ctx()  # these pages print no date of their own (`issued: null`)
STANDING = Context(standing=True)  # a reporting rule's page (`source.kind: reporting-rule`)


def counted(phrase: str, context: Context) -> tuple[int, str, str, str | None]:
    """The count a phrase reads as (offset, unit, direction, anchor): no day of its own."""
    reading = one(phrase, context)
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    assert reading.first is None and reading.last is None
    got = reading.relative
    return got.offset, got.unit, got.direction, got.anchor


def test_before_the_time_then_its_digits_is_before_that_day() -> None:
    # tests/corpus/zt-namdan-dai-hoi-diem-chi-bo-xom-khoi-2022.yaml: refused on main (từ “trước”)
    reading = one(
        "Cùng với việc rút kinh nghiệm trong các khâu từ chuẩn bị, quá trình điều hành Đại hội, "
        "công tác bầu cử và các văn bản sau đại hội, Đại hội điểm Chi bộ sẽ là cơ sở để Đảng ủy "
        "các xã, thị trấn chỉ đạo Đại hội đối với các chi bộ còn lại trước thời gian 15/7/2022",
        NO_DAY,
    )
    assert (reading.first, reading.last) == (date(2022, 7, 15), date(2022, 7, 15))


def test_ahead_of_time_by_a_count_stays_refused() -> None:
    # the neighbour: "trước thời hạn 2 tháng" (two months early) names no day
    why = refused("hoàn thành trước thời hạn 2 tháng", ctx("2022-06-01"))
    assert "last_day" in why


def test_the_year_s_tax_return_counted_from_the_year_s_end() -> None:
    # tests/corpus/s-danketoan-tt-28-2011-thoi-han-khai-thue.yaml: refused on main (từ “năm”)
    assert counted(
        "e) Thời hạn nộp hồ sơ quyết toán thuế năm chậm nhất là ngày thứ chín mươi, kể từ "
        "ngày kết thúc năm dương lịch hoặc năm tài chính",
        STANDING,
    )[:3] == (90, "ngày", "after")


def test_the_year_s_tax_return_counted_from_a_quarter_stays_refused() -> None:
    # the neighbour: the count's anchor names another period than the return's
    why = refused(
        "Thời hạn nộp hồ sơ quyết toán thuế năm chậm nhất là ngày thứ chín mươi, kể từ ngày "
        "kết thúc quý",
        STANDING,
    )
    assert "“năm”" in why


def test_the_title_a_decision_issues_before_the_day_it_takes_effect() -> None:
    # tests/corpus/t-gia-lai-ducco-qd-02-2023-ktnn-ke-hoach-trung-han.yaml: refused on main
    # (từ “năm”: the yearly audit plan the rules are about)
    reading = one(
        "Quyết định 02/2023/QĐ-KTNN ban hành Quy định lập, thẩm định và ban hành kế hoạch kiểm "
        "toán năm, kế hoạch kiểm toán trung hạn (KTTH) của Kiểm toán nhà nước có hiệu lực từ "
        "ngày 26/3/2023",
        NO_DAY,
    )
    assert reading.earliest == date(2023, 3, 26)
    assert reading.first is None and reading.last is None  # a start, no due day


def test_a_title_before_a_day_without_its_year_stays_refused() -> None:
    # the neighbour: without its year the day it takes effect is not checked against signing
    why = refused(
        "Quyết định 02/2023/QĐ-KTNN ban hành Quy định lập kế hoạch kiểm toán năm có hiệu lực "
        "từ ngày 26/3",
        ctx("2023-03-01"),
    )
    assert "last_day" in why


def test_after_leaving_work_the_count_from_the_contract_s_end() -> None:
    # tests/corpus/ze-tinmoi-tro-cap-that-nghiep-3-thang.yaml: refused on main (từ “sau”)
    assert counted(
        "Theo quy định trong Luật Việc làm 2013, người lao động sau khi nghỉ việc để được nhận "
        "trợ cấp thất nghiệp thì phải nộp hồ sơ về trung tâm dịch vụ việc làm trong thời hạn 3 "
        "tháng kể từ khi chấm dứt hợp đồng",
        NO_DAY,
    ) == (3, "tháng", "after", "khi chấm dứt hợp đồng")


def test_the_law_that_sets_a_count_from_its_own_anchor() -> None:
    # tests/corpus/zu-giadinh-ha-noi-cv-483-cu-tru-2026.yaml: refused on main (từ “theo”)
    assert counted(
        "Người đã đăng ký thường trú mà chuyển đến chỗ ở hợp pháp khác và đủ điều kiện đăng ký "
        "thường trú thì có trách nhiệm đăng ký thường trú tại nơi ở mới theo quy định của Luật "
        "Cư trú trong thời hạn 12 tháng kể từ ngày đủ điều kiện đăng ký",
        NO_DAY,
    ) == (12, "tháng", "after", "ngày đủ điều kiện đăng ký")


def test_after_an_event_before_a_count_without_its_anchor_is_its_anchor() -> None:
    # the neighbour: with no "kể từ …" the event after "sau khi" is what is counted from,
    # never spared as a label (`countedlabel.ANCHORED_NAMED` asks the count's own anchor)
    anchor = counted(
        "sau khi kết thúc đợt kiểm tra, báo cáo UBND tỉnh trong 30 ngày làm việc",
        ctx("2026-03-01"),
    )[3]
    assert anchor is not None and "kết thúc đợt kiểm tra" in anchor


def test_a_monthly_statistics_report_s_day_named_after_its_heading() -> None:
    # tests/corpus/y-ketoanbiz-qd-77-2010-ttg-bao-cao-thong-ke.yaml: refused on main (từ
    # “tháng”); "cua" is "của" with its mark lost, as the page prints it
    reading = one(
        "a/ Báo cáo thống kê tháng: Ngày nộp báo cáo là ngày 12 tháng sau cua tháng báo cáo",
        NO_DAY,
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=12"


def test_the_six_months_estimate_s_yearly_day() -> None:
    # tests/corpus/y-phu-yen-bqlkkt-huong-dan-bao-cao-thong-ke.yaml: refused on main (số “06”)
    reading = one("Ước 06 tháng: ngày 10/6 hàng năm", STANDING)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10"


def test_the_six_months_estimate_without_a_cadence_stays_refused() -> None:
    # the neighbour: with no "hằng năm" in a plan, this year's one report or each year's?
    why = refused("Ước 06 tháng: ngày 10/6", ctx("2022-03-01"))
    assert "“06”" in why


def test_on_the_occasion_of_a_day_without_vao() -> None:
    # tests/corpus/zf-thoibaotaichinh-ve-dich-3000-km-cao-toc-2025.yaml: refused on main
    # (“… thông xe dịp” đứng trước ngày tháng mà thiếu từ nối)
    reading = one(
        "Cao tốc Quảng Ngãi - Hoài Nhơn đã sẵn sàng thông xe dịp 19/12/2025", ctx("2025-12-15")
    )
    assert (reading.first, reading.last) == (date(2025, 12, 19), date(2025, 12, 19))


def test_a_canal_s_stretch_below_its_sluice_is_a_place() -> None:
    # tests/corpus/zb-baotayninh-mo-nuoc-vu-he-thu-2020.yaml: refused on main (số “13”): K13
    # +072 and K39 are the canal's chainage, "sau cống điều tiết" below the sluice
    served = one(
        "riêng kênh chính Tây đoạn từ  sau cống điều tiết K13 +072 đến K39 vẫn tiếp tục phục "
        "vụ vụ Đông Xuân đến ngày 10.4.2020",
        ctx("2020-03-26"),
    )
    assert served.last == date(2020, 4, 10)
    opened = one(
        "Riêng kênh Tây sau cống điều tiết K13 +072 đến K39 mở nước từ ngày 20.4.2020",
        ctx("2020-03-26"),
    )
    assert opened.earliest == date(2020, 4, 20)
    assert opened.last is None  # a start, no due day


def test_a_single_k_number_before_a_day_stays_refused() -> None:
    # the neighbour: "K13" alone (a class's intake?) is no stretch of a canal
    why = refused("lớp K13 hoàn thành trước ngày 10.4.2020", ctx("2020-03-26"))
    assert "“13”" in why


def test_an_opening_then_its_length_then_its_closing_is_one_window() -> None:
    # tests/corpus/zs-triphunter-festival-hoa-da-lat-2019-dien-ra-khi-nao.yaml: refused on main
    # (số “20”); five days from the 20th to the 24th counted inclusively (ruling 34)
    reading = one(
        "Festival hoa Đà Lạt 2019 là lần thứ 8 Đà Lạt tổ chức lễ hội hoa, dự kiến sẽ khai mạc "
        "ngày 20 tháng 12 năm 2019 trong vòng 5 ngày và kết thúc vào ngày 24 tháng 12 năm 2019",
        ctx("2019-10-28"),
    )
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2019, 12, 20), date(2019, 12, 24))


def test_a_length_that_does_not_agree_stays_refused() -> None:
    # the neighbour: four days cannot hold the 20th to the 24th (ruling 34: glosses nothing)
    why = refused(
        "Festival hoa Đà Lạt 2019 dự kiến sẽ khai mạc ngày 20 tháng 12 năm 2019 trong vòng 4 "
        "ngày và kết thúc vào ngày 24 tháng 12 năm 2019",
        ctx("2019-10-28"),
    )
    assert "last_day" in why


def test_the_school_year_ending_is_no_calendar_year() -> None:
    # tests/corpus/o-baonghean-khanh-hoa-qd-687-nam-hoc-2025-2026.yaml: refused on main (từ
    # “năm”): "kết thúc năm" after "năm học" is the school year ending
    reading = one(
        "Học sinh hoàn thành chương trình năm học và kết thúc năm vào cuối tháng 5/2026",
        ctx("2025-08-20"),
    )
    assert reading.last == date(2026, 5, 31)


def test_a_year_ending_with_no_school_year_named_stays_refused() -> None:
    # the neighbour: which year ends, with no "năm học" before it?
    why = refused("Báo cáo kết thúc năm vào cuối tháng 5/2026", ctx("2025-08-20"))
    assert "“năm”" in why


def test_a_day_that_falls_on_a_saturday_moved_to_the_monday() -> None:
    # tests/corpus/j-2-baomoi-ha-tinh-tb-364-2016-tiep-cong-dan.yaml: refused on main (số
    # “15”): the day opening the sentence is the one moved, not the day news is told on
    reading = one(
        "ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ 2 ngày 17 "
        "tháng 10 năm 2016",
        NO_DAY,
    )
    assert (reading.first, reading.last) == (date(2016, 10, 17), date(2016, 10, 17))
    assert reading.gloss is not None and "15 tháng 10 năm 2016" in reading.gloss


def test_the_new_day_s_weekday_is_still_checked() -> None:
    # the neighbour: 17/10/2016 was a Monday, never "thứ 3"
    why = refused(
        "ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ 3 ngày 17 "
        "tháng 10 năm 2016",
        NO_DAY,
    )
    assert "Thứ Hai" in why


def test_a_share_reached_over_the_months_gone_is_no_time() -> None:
    # tests/corpus/w-yen-bai-tb-55-2024-phien-hop-thang-5.yaml: refused on main (số “5”)
    reading = one(
        "UBND tỉnh Yên Bái yêu cầu các cơ quan, đơn vị, địa phương: Khẩn trương rà soát các chỉ "
        "tiêu, nhiệm vụ đạt thấp (5 tháng đầu năm đạt dưới 40% kế hoạch) để kịp thời có giải "
        "pháp tháo gỡ khó khăn, đẩy nhanh tiến độ, phấn đấu hoàn thành và hoàn thành vượt mức "
        "kịch bản tăng trưởng Quý II năm 2024.",
        NO_DAY,
    )
    assert (reading.first, reading.last) == (date(2024, 4, 1), date(2024, 6, 30))


def test_the_months_gone_without_their_share_stay_refused() -> None:
    # the neighbour: "(5 tháng đầu năm)" with no figure may be the step's own time
    why = refused(
        "Khẩn trương rà soát các nhiệm vụ (5 tháng đầu năm) hoàn thành trước ngày 30/6/2024",
        NO_DAY,
    )
    assert "“5”" in why

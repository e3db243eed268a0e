"""Words before a deadline (session 42, family W: "từ … đứng trước thời hạn"): a word that is
a label — a margin against another year said before the step's own day ("sớm 15 ngày so với
năm 2025, …"), a change against the editions before, the row of papers issued after a year
("Cấp sau năm 2010:"), the levels an event is held at ("theo 3 cấp"), the school year's frame
decision ("Theo quyết định khung kế hoạch …") — moves no day and is read; the same words
where they may name or move the day stay refused with their reason (issue 11: never a silent
wrong date). Real phrases from the corpus, and the neighbours that must stay refused."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineKind

NO_DAY = ctx()  # these pages print no date of their own (`issued: null`)


def test_a_margin_against_last_year_before_the_days_is_no_time() -> None:
    # tests/corpus/za-dantri-lop-9-12-hoc-som-2-tuan-2025.yaml: refused on main (số “15” …)
    reading = one(
        "Đáng chú ý, lịch thi tốt nghiệp THPT năm 2026 được đẩy lên sớm 15 ngày so với năm "
        "2025, dự kiến diễn ra trong ngày 11 và ngày 12/6/2026.",
        ctx("2025-08-11"),
    )
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2026, 6, 11), date(2026, 6, 12))
    assert reading.gloss is not None and "sớm 15 ngày so với năm 2025" in reading.gloss


def test_finishing_months_early_before_the_day_is_no_time() -> None:
    # tests/corpus/za-vneconomy-tong-dieu-tra-kinh-te-ve-dich-som-2026.yaml: refused on main
    reading = one(
        "Tổng Điều tra kinh tế 2026: Quyết tâm “về đích” sớm 7 tháng, công bố số liệu sơ bộ "
        "vào ngày 30/6/2026",
        ctx("2026-02-09"),
    )
    assert (reading.first, reading.last) == (date(2026, 6, 30), date(2026, 6, 30))


def test_a_margin_against_a_day_stays_refused() -> None:
    # the neighbour: the day compared with is a second day of the phrase
    why = refused(
        "lịch thi được đẩy lên sớm 15 ngày so với ngày 26/6, dự kiến diễn ra trong ngày 11/6/2026.",
        ctx("2025-08-11"),
    )
    assert "26/6" in why


def test_a_start_s_own_margin_keeps_its_start() -> None:
    # tests/corpus/b-docnhanh-lich-tuu-truong-2024-2025.yaml (read on main): "sớm hai tuần,
    # tức 22/8" is the first grade's early start, never a margin cut from before its step
    reading = one("riêng khối 1 có thể sớm hai tuần, tức 22/8", ctx("2024-08-01"))
    assert reading.earliest == date(2024, 8, 22)


def test_a_festival_changed_against_past_seasons_is_no_time() -> None:
    # tests/corpus/zs-laodongthudo-festival-bien-nha-trang-lan-7-2015.yaml: refused on main
    # (từ “so với” …)
    reading = one(
        "Nội dung và nhiều hoạt động trong Festival đã thay đổi so với các mùa trước, với 20 "
        "hoạt động ý nghĩa bắt đầu từ ngày 6/6",
        ctx("2015-06-01"),
    )
    assert reading.earliest == date(2015, 6, 6)
    assert reading.last is None  # a start, no due day


def test_papers_issued_after_a_year_head_their_row() -> None:
    # tests/corpus/ze-thuanthanh-lo-trinh-doi-gplx-pet.yaml: refused on main (từ “sau” …);
    # its sibling rows "Cấp trước năm 2010: …" were read
    reading = one("đ) Cấp sau năm 2010: chuyển đổi trước ngày 31.12.2020", NO_DAY)
    assert (reading.first, reading.last) == (date(2020, 12, 31), date(2020, 12, 31))


def test_issuing_after_a_year_as_the_work_stays_refused() -> None:
    # the neighbour: no row's colon, the issuing is the work ("after 2010, before …"?)
    why = refused("hoàn thành việc cấp sau năm 2010 trước ngày 31.12.2020", NO_DAY)
    assert "sau" in why
    # ... and a row whose day falls before its year is a typo
    assert "2010" in refused("đ) Cấp sau năm 2010: chuyển đổi trước ngày 31.12.2009", NO_DAY)


def test_an_event_held_at_three_levels_is_where() -> None:
    # tests/corpus/zk-baohanam-ngay-chay-olympic-2018.yaml: refused on main (từ “theo” …)
    reading = one(
        "ngày chạy Olympic năm nay sẽ được diễn ra đồng loạt trên toàn tỉnh theo 3 cấp: cấp "
        "xã, phường, thị trấn; cấp huyện, thành phố và cấp tỉnh vào sáng ngày 23/3/2018",
        NO_DAY,
    )
    assert (reading.first, reading.last) == (date(2018, 3, 23), date(2018, 3, 23))


def test_a_cadence_after_theo_stays_refused() -> None:
    # the neighbour (ruling 33): "theo quý" names another time
    assert "theo" in refused("Các tờ khai theo quý hạn nộp là ngày 30 tháng sau", NO_DAY)


def test_the_school_year_frame_decision_is_the_plan() -> None:
    # tests/corpus/zl-lichngaytot-lich-tuu-truong-26-tinh-2022-2023.yaml: refused on main
    reading = one(
        "Theo quyết định khung kế hoạch thời gian năm học 2022-2023 của Chủ tịch UBND tỉnh Hà "
        "Giang, học sinh các cấp sẽ đồng loạt tựu trường từ ngày 25/8",
        ctx("2022-08-16"),
    )
    assert reading.earliest == date(2022, 8, 25)


def test_a_plan_given_up_after_theo_stays_refused() -> None:
    # the neighbour (convention 2): "Theo kế hoạch ban đầu" is a time given up
    why = refused(
        "Theo kế hoạch ban đầu, học sinh các cấp sẽ đồng loạt tựu trường từ ngày 25/8",
        ctx("2022-08-16"),
    )
    assert "theo" in why.lower() or "ban đầu" in why


def test_a_range_from_the_middle_ten_days_of_a_month() -> None:
    # tests/corpus/zu-vietnamvn-lao-cai-phong-chong-ret-dong-xuan-2023-2024.yaml: refused on
    # main (số “02” …); the middle ten days run from the 11th (test_deadline_forms_k)
    reading = one("thời vụ gieo trồng từ trung tuần tháng 02 đến hết tháng 3/2024", NO_DAY)
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2024, 2, 11), date(2024, 3, 31))


def test_a_range_from_a_tenth_after_its_end_stays_refused() -> None:
    # the neighbour: the start's third falls after the end written
    why = refused("từ trung tuần tháng 02 đến 05/02/2024", NO_DAY)
    assert "11/02/2024" in why
    # ... and a third at the end says no last day ("đến" through it, or up to it?)
    assert "đến" in refused("từ trung tuần tháng 02 đến trung tuần tháng 3/2024", NO_DAY)


def test_the_mid_year_financial_statements_are_a_report_s_name() -> None:
    # tests/corpus/s-tracuu-luat-doanh-nghiep-dieu-109-cong-bo-thong-tin.yaml (a standing
    # rule): refused on main (từ “năm” …)
    reading = one(
        "d) Báo cáo và tóm tắt báo cáo tài chính giữa năm, bao gồm cả báo cáo tài chính của "
        "công ty mẹ và báo cáo tài chính hợp nhất (nếu có); việc công bố phải thực hiện trước "
        "ngày 31 tháng 7 hằng năm;",
        Context(standing=True),
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert (reading.recurrence.month, reading.recurrence.day) == (7, 31)  # each 31/7


def test_a_yearly_report_s_name_stays_refused() -> None:
    # the neighbour: "báo cáo tài chính năm" may report on the year before (ruling 41(b))
    why = refused(
        "d) Báo cáo tài chính năm, việc công bố phải thực hiện trước ngày 31 tháng 7 hằng năm;",
        Context(standing=True),
    )
    assert "năm" in why


def test_a_start_without_its_year_holds_its_school_year() -> None:
    # a wrong day on main: read from 25/08/2022, a year before the school year it opens
    why = refused(
        "Khung kế hoạch thời gian năm học 2023-2024: học sinh các cấp tựu trường từ ngày 25/8",
        ctx("2022-08-16"),
    )
    assert "năm học 2023-2024" in why
    # ... as the frame decision's, which is read when its school year holds the day
    # (tests/corpus/zl-lichngaytot-lich-tuu-truong-26-tinh-2022-2023.yaml)
    assert "2023-2024" in refused(
        "Theo quyết định khung kế hoạch thời gian năm học 2023-2024 của Chủ tịch UBND tỉnh Hà "
        "Giang, học sinh các cấp sẽ đồng loạt tựu trường từ ngày 25/8",
        ctx("2022-08-16"),
    )

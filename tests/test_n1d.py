"""Phrases refused as 'không nhận ra thời hạn' whose time part reads and whose other words
name no time (issue 11 §1, branch n1d, family N1): the kind of an inspection ("kiểm tra
theo kế hoạch"), a vaccination round's day by hamlet, months listed before "tới". Each with the
real phrase that motivated it (its corpus file named) and the neighbours that must stay
refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def test_an_inspection_by_plan_is_its_kind_not_a_time() -> None:
    # t-dong-nai-xa-phu-lam-kh-32-kiem-tra-cchc-2026
    phrase = "Trong năm 2026, xã tổ chức kiểm tra theo kế hoạch đối với 02 cơ quan, đơn vị"
    assert days(one(phrase)) == (W, date(2026, 1, 1), date(2026, 12, 31))


def test_a_plan_named_after_the_inspection_stays_refused() -> None:
    # "theo kế hoạch số 12": a plan that may set its own day
    refused("Trong năm 2026, xã tổ chức kiểm tra theo kế hoạch số 12 đối với 02 cơ quan")
    refused("Trong năm 2026, xã tổ chức kiểm tra theo kế hoạch của Sở đối với 02 cơ quan")


def test_a_vaccination_day_by_hamlet_is_that_day() -> None:
    # p-caoson-backan-tiem-phong-trau-bo-2023
    phrase = "Buổi sáng ngày 27 tháng 10 tiêm ở thôn Nà Cáy; buổi chiều tiêm thôn Lủng Chuông"
    day = date(2023, 10, 27)
    assert days(one(phrase, ctx("2023-10-17"))) == (D, day, day)


def test_a_vaccination_day_without_its_month_stays_refused() -> None:
    # the same page's next day names only the day of the month (ruling 38(b))
    why = refused(
        "Sáng ngày 28 tiêm ở thôn Lủng Lỳ: buổi chiều tiêm ở thôn Khau Cà", ctx("2023-10-17")
    )
    assert "không ghi tháng nào" in why
    refused("Buổi sáng ngày 27 tháng 10 đã tiêm ở thôn Nà Cáy", ctx("2023-10-17"))  # told done


def test_months_listed_before_toi_are_each_a_window_of_the_issue_year() -> None:
    # v-sggp-gia-lai-giao-chi-tieu-77-xa-2025 (SGGP, 01/7/2025)
    phrase = (
        "Đồng thời khẩn trương hoàn tất các loại quy hoạch sử dụng đất, quy hoạch xây dựng "
        "trong tháng 8 và 9 tới"
    )
    read = parse_deadlines(phrase, ctx("2025-07-01"))
    assert [days(reading) for reading in read] == [
        (W, date(2025, 8, 1), date(2025, 8, 31)),
        (W, date(2025, 9, 1), date(2025, 9, 30)),
    ]


def test_months_listed_before_toi_out_of_order_or_begun_stay_refused() -> None:
    issued = ctx("2025-07-01")
    refused("hoàn tất trong tháng 9 và 8 tới", issued)  # 9 this year, 8 the next?
    refused("hoàn tất trong tháng 7 và 8 tới", issued)  # July written in July: this or next?
    refused("hoàn tất trong tháng 3 và 4 tới", issued)  # both past: next year's, or a typo?
    refused("hoàn tất trong tháng 8 và 9 tới")  # no issue day to count from


def test_a_count_and_its_anchor_in_parentheses_after_its_step() -> None:
    # za-tdtu-ke-hoach-luan-van-dot-3-2025-2026 (under "Nội dung")
    reading = one("Thực hiện ĐATN (03 tháng kể từ ngày ban hành QĐ giao đề tài)")
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (3, "tháng")
    assert reading.last is None  # no day: the decision's day is the clerk's to write


def test_a_count_in_parentheses_with_more_around_it_stays_refused() -> None:
    # a number in the step before: which round, or another time?
    refused("Thực hiện ĐATN đợt 3 (03 tháng kể từ ngày ban hành QĐ giao đề tài)")
    refused("Thực hiện ĐATN trong năm (03 tháng kể từ ngày ban hành QĐ giao đề tài)")
    # words after the parentheses: a second step with no time of its own
    refused("Thực hiện ĐATN (03 tháng kể từ ngày ban hành QĐ giao đề tài) và bảo vệ")


def test_no_time_set_for_a_named_work_is_unknown() -> None:
    # u-ttbd-giam-sat-luat-quy-hoach (the page runs words together, as copied)
    phrase = (
        "Luật Quy hoạchkhông quy định thời hạn hoàn thành với các quy hoạch trong hệ thống "
        "quy hoạchquốc gia"
    )
    reading = one(phrase)
    assert reading.kind is DeadlineKind.UNKNOWN
    assert (reading.first, reading.last) == (None, None)


def test_no_time_set_beside_a_time_stays_refused() -> None:
    refused(
        "không quy định thời hạn hoàn thành với các quy hoạch trước ngày 15/3", ctx("2026-01-01")
    )
    refused("không quy định thời hạn hoàn thành, nhưng trước ngày 15/3/2026")
    refused("không quy định thời hạn hoàn thành với quy hoạch năm 2026")


def test_a_count_after_the_event_named_by_its_holding_is_days_before() -> None:
    # p-lehoi-quang-bach-hoi-xuan, under "Thời điểm đăng ký hoặc thông báo"
    reading = one("Trước tổ chức lễ hội 15 ngày")
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (15, "ngày")
    assert reading.relative.direction == "before"


def test_a_bound_or_a_year_beside_such_a_count_stays_refused() -> None:
    refused("Trước tổ chức lễ hội tối đa 15 ngày")  # at most: a start bound
    refused("Trước tổ chức lễ hội năm 2026 15 ngày")  # a number the count cannot explain

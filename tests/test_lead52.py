"""Session 52, the lead's fixes: each reading a user would otherwise get wrong, with the
neighbour that still reads."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import parse_deadlines


@pytest.mark.parametrize("told", ["đã", "vừa", "Đã"])
def test_a_cadence_told_done_then_kept_up_is_refused(told: str) -> None:
    # "vừa" is told done as "đã" is (grammar.TOLD_DONE); engine._cadence_alone had its own
    # pattern for "đã" only, and read "Các xã vừa tiêm phòng …" as a yearly rule
    refused(f"Các xã {told} tiêm phòng hằng năm, liên tục", ctx("2026-03-01"))


def test_a_cadence_kept_up_still_reads() -> None:
    assert read_days("Các xã tiêm phòng hằng năm, liên tục", "2026-03-01")[0] == "recurring"


_RENEWED = (
    "Trường hợp thẻ BHYT còn thời hạn 10 ngày trước khi hết hạn thì HS-SV {step} với cơ sở "
    "giáo dục theo các phương thức trên"
)


@pytest.mark.parametrize(
    "step",
    [
        "không cần liên hệ",
        "ko cần liên hệ",
        "chưa được đăng ký",
        "đã đăng ký tham gia tiếp",
        "có thể liên hệ",
    ],
)
def test_a_count_before_its_event_with_a_step_not_firm_is_refused(step: str) -> None:
    # famg52 let "trên" close an event when the count comes first; the event then ran on
    # into a step told not done, done or optional, read as due (the merge's tester, fresh52)
    refused(_RENEWED.format(step=step), ctx("2026-03-01"))


def test_the_count_before_its_event_still_reads() -> None:
    # tests/corpus/ze-nld-tphcm-bhyt-hoc-sinh-sinh-vien-2025.yaml
    (reading,) = parse_deadlines(_RENEWED.format(step="liên hệ"), ctx("2026-03-01"))
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (10, "before")


@pytest.mark.parametrize(
    "phrase",
    [
        "Các đơn vị đã nộp báo cáo trước ngày 10/3/2026",
        "Các đơn vị đã gửi báo cáo về Sở Nội vụ trước ngày 10/3/2026",
        "cac don vi da nop bao cao truoc ngay 10/3/2026",
        "Các đơn vị đã được nộp hồ sơ trước ngày 10/3/2026",
        "Các đơn vị đã nộp bổ sung báo cáo trước ngày 10/3/2026",
        "Các đơn vị đã nộp lại báo cáo trước ngày 10/3/2026",
        "Các đơn vị đã chuyển báo cáo trước ngày 10/3/2026",
        "Các đơn vị đã gởi báo cáo trước ngày 10/3/2026",
    ],
)
def test_a_report_told_sent_before_its_day_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-15"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Các đơn vị nộp báo cáo trước ngày 10/3/2026",
        "Các đơn vị chưa nộp báo cáo thì nộp trước ngày 10/3/2026",
        "Các đơn vị chuyển báo cáo trước ngày 10/3/2026",
    ],
)
def test_a_report_to_send_before_its_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == ("date", "2026-03-10", "2026-03-10")


_MOVED = "Để đảm bảo tiến độ đào tạo, lịch học của {count} ngày này sẽ được chuyển sang học bù vào các ngày thứ Bảy ({days})."


@pytest.mark.parametrize(
    ("count", "days"),
    [
        ("hai", "9/5 - 16/5"),
        ("ba", "9/5 và 16/5"),
        ("hai", "9/5"),
        ("hai", "9/5/2026 và 9/5/2026"),
        ("hai", "9/5/2026 và 16/5/2027"),
    ],
)
def test_the_days_pointed_back_at_must_be_as_many_single_days(count: str, days: str) -> None:
    # famc52's thesedays read "(9/5 - 16/5)" after "các ngày thứ Bảy" as the week between
    refused(_MOVED.format(count=count, days=days), ctx("2026-04-20"))


def test_the_two_days_pointed_back_at_still_read() -> None:
    # tests/corpus/za-blogtamsu-dai-hoc-nghi-9-ngay-gio-to-30-4-2026.yaml
    found = parse_deadlines(_MOVED.format(count="hai", days="9/5 và 16/5"), ctx("2026-04-20"))
    assert [str(one.last) for one in found] == ["2026-05-09", "2026-05-16"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức hội nghị vào ngày 15/11/2025 (có thể hoãn sang ngày 20/11/2025)",
        "Từ ngày 14-17/11/2025, tổ chức hội nghị, có thể lùi sang tháng 12",
        "Từ ngày 14-17/11/2025, tổ chức hội nghị (có thể lùi sang tháng 12)",
        "Tổ chức hội nghị trước ngày 15/11/2025, có thể được dời sang tháng 12/2025",
        "Tổ chức hội nghị vào ngày 15/11/2025 (có thể thay đổi sang ngày 20/11/2025)",
        "Tổ chức hội nghị vào ngày 15/11/2025 (có thể lui lại ngày 20/11/2025)",
        "Tổ chức hội nghị vào ngày 15/11/2025 (có thể sẽ hoãn sang ngày 20/11/2025)",
        "Hạn cuối nộp hồ sơ là ngày 20/3/2026, có thể dịch chuyển sang ngày 25/3/2026",
    ],
)
def test_a_time_that_may_be_moved_is_refused(phrase: str) -> None:
    # read as the later time alone, or as two windows (the merge's tester, fresh52)
    refused(phrase, ctx("2025-10-01"))


def test_a_time_moved_for_sure_still_reads() -> None:
    assert read_days("Hoãn hội nghị sang ngày 20/11/2025", "2025-10-01") == (
        "date",
        "2025-11-20",
        "2025-11-20",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Chủ nhật, ngày 16/11/2025, tổ chức hội nghị nếu đủ điều kiện",
        "Thứ Bảy, ngày 15/11/2025, tổ chức hội nghị (nếu có)",
        "Thứ Sáu, ngày 14/11/2025, tổ chức hội nghị (nếu có)",
        "Vào ngày 15/11/2025, tổ chức hội nghị (nếu có)",
        "Lúc 8h00 ngày 15/11/2025, tổ chức hội nghị nếu đủ điều kiện",
        "Vào lúc 8h00, Chủ nhật, ngày 16/11/2025, tổ chức hội nghị nếu đủ điều kiện",
        "8h00, Chủ nhật, ngày 16/11/2025, tổ chức hội nghị nếu đủ điều kiện",
        "Buổi sáng ngày 15/11/2025, tổ chức hội nghị nếu đủ điều kiện",
        "Đúng ngày 15/11/2025, tổ chức hội nghị nếu đủ điều kiện",
    ],
)
def test_a_condition_after_a_weekday_and_its_day_is_refused(phrase: str) -> None:
    # "Ngày 16/11/2025, … nếu đủ điều kiện" was refused, the weekday before it hid the day
    refused(phrase, ctx("2025-10-01"))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Chủ nhật, ngày 16/11/2025, tổ chức hội nghị", "2025-11-16"),
        ("Vào ngày 15/11/2025, tổ chức hội nghị tổng kết", "2025-11-15"),
        ("Lúc 8h00 ngày 15/11/2025, tổ chức hội nghị", "2025-11-15"),
    ],
)
def test_a_weekday_and_its_day_without_a_condition_still_read(phrase: str, day: str) -> None:
    assert read_days(phrase, "2025-10-01") == ("date", day, day)


def test_the_days_pointed_back_at_are_refused_when_only_possible() -> None:
    phrase = "Lịch học của hai ngày này có thể được học bù vào ngày 9/5 và 16/5/2026."
    refused(phrase, ctx("2026-04-20"))


@pytest.mark.parametrize(
    ("phrase", "kind", "last"),
    [
        # a thing allowed until a deadline, no time moved (the second tester, session 52)
        (
            "Thí sinh có thể điều chỉnh nguyện vọng từ ngày 2/7 đến 17h00 ngày 14/7/2026",
            "window",
            "2026-07-14",
        ),
        ("Thí sinh có thể điều chỉnh nguyện vọng trước 17h00 ngày 30/7/2026", "date", "2026-07-30"),
        (
            "Hoàn thành trước ngày 30/6/2026; các đơn vị có thể chuyển báo cáo qua email",
            "date",
            "2026-06-30",
        ),
        (
            "Doanh nghiệp có thể chuyển đổi sang hóa đơn điện tử trước ngày 1/7/2026",
            "date",
            "2026-07-01",
        ),
        ("Học sinh có thể chuyển trường trước ngày 15/8/2026", "date", "2026-08-15"),
    ],
)
def test_a_thing_that_may_be_changed_by_a_deadline_still_reads(
    phrase: str, kind: str, last: str
) -> None:
    found = read_days(phrase, "2026-03-01")
    assert (found[0], found[2]) == (kind, last)

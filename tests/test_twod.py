"""Session 41, family D (helper twod): phrases refused as holding two dates or date-like
tokens, where the second token is no second deadline: the call-up's year said again around
its send-off days, a school year's teaching weeks before its two terms (issue 11: never a
silent wrong date; never two deadlines read as one)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# zg-dantri-le-giao-nhan-quan-4-5-3-2026 (Dân trí, 03/03/2026)
CALL_UP_DAYS = (
    "Thực hiện Quyết định của Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng về việc giao chỉ "
    "tiêu tuyển nhận công dân nhập ngũ năm 2026, từ ngày 4 đến 5/3, thanh niên trên cả nước "
    "sẽ lên đường thực hiện nghĩa vụ quân sự năm 2026."
)


def test_the_call_up_year_said_twice_around_its_days_reads_the_days() -> None:
    reading = one(CALL_UP_DAYS, ctx("2026-03-03"))
    assert days(reading) == (W, date(2026, 3, 4), date(2026, 3, 5))


def test_a_range_sharing_its_month_is_no_number_of_its_own() -> None:
    # zg-vlive-thanh-nien-nhap-ngu-13-15-2-2025's days, as printed (VLive, 12/02/2025)
    phrase = (
        "từ ngày 13-15/2 thanh niên trên địa bàn cả nước sẽ lên đường thực hiện nghĩa vụ "
        "quân sự năm 2025."
    )
    assert days(one(phrase, ctx("2025-02-12"))) == (W, date(2025, 2, 13), date(2025, 2, 15))


def test_a_preamble_of_another_year_keeps_the_refusal() -> None:
    # refusal neighbour: the quota of 2025, the call-up of 2026: two years, not one said twice
    refused(
        "Thực hiện Quyết định về việc giao chỉ tiêu tuyển nhận công dân nhập ngũ năm 2025, từ "
        "ngày 4 đến 5/3, thanh niên trên cả nước sẽ lên đường thực hiện nghĩa vụ quân sự năm "
        "2026.",
        ctx("2026-03-03"),
    )


def test_a_count_beside_a_range_keeps_the_refusal() -> None:
    # refusal neighbour: "15 đơn vị" is a number of its own (test_deadline_forms_u's rule)
    refused(
        "Từ ngày 4 đến 5/3, Sở tập huấn cho 15 đơn vị thực hiện kế hoạch năm 2026",
        ctx("2026-01-05"),
    )

"""Session 51, helper famc51: a standing rule's due day "năm trước" (the year before the one
its work is for: the budget law's "trước ngày 10 tháng 12 năm trước"), each year's day; the
office a rule's report is sent to, after its due day, kept as the gloss."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import Context, Frequency

STANDING = Context(standing=True)


# --- a standing rule's day "năm trước": each year's, for the year after ----------------------


@pytest.mark.parametrize(
    ("phrase", "month", "day"),
    [
        # y-thuvienphapluat-hoi-dap-nd-163-dieu-29-giao-du-toan (Nghị định 163/2016/NĐ-CP, Điều 29)
        (
            "2. Căn cứ quyết định giao dự toán ngân sách của Thủ tướng Chính phủ, Ủy ban nhân dân "
            "cấp tỉnh trình Hội đồng nhân dân cùng cấp quyết định dự toán ngân sách địa phương, "
            "phương án phân bổ dự toán ngân sách cấp tỉnh, mức bổ sung từ ngân sách cấp tỉnh cho "
            "ngân sách cấp dưới và tỷ lệ phần trăm (%) phân chia các khoản thu giữa ngân sách các "
            "cấp chính quyền địa phương trước ngày 10 tháng 12 năm trước",
            12,
            10,
        ),
        ("trước ngày 10/12 năm trước.", 12, 10),
        ("chậm nhất là ngày 15 tháng 11 năm trước", 11, 15),
        ("truoc ngay 10 thang 12 nam truoc", 12, 10),  # diacritics stripped
    ],
)
def test_a_standing_day_in_the_year_before_is_each_years(phrase: str, month: int, day: int) -> None:
    reading = one(phrase, STANDING)
    rule = reading.recurrence
    assert rule is not None
    assert (rule.frequency, rule.month, rule.day) == (Frequency.YEARLY, month, day)
    assert rule.offset == 1  # the work is for the year after the due day's
    assert "năm trước" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        "đến ngày 31/12 năm trước",  # a figure's day (the balance at the year's end)
        "ngày 10/12 năm trước",  # no due word: a day told of last year
        "trước ngày 10/12 năm trước, nếu có",  # words after it
        "trước ngày 10/12 năm trước năm ngân sách",
        "trước ngày 10/12/2025 năm trước",  # a year written
        "nếu trình trước ngày 10 tháng 12 năm trước",  # a condition
        "hằng tháng trước ngày 10 tháng 12 năm trước",  # a cadence that disagrees
        "trước ngày 10 tháng 12 năm trước và ngày 20/12",  # a second day
        "trước ngày 31 tháng 2 năm trước",  # no such day
    ],
)
def test_a_day_in_the_year_before_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase, STANDING)


def test_a_plans_day_in_the_year_before_stays_refused() -> None:
    # a plan, not a standing rule: the year before which year?
    refused("trước ngày 10 tháng 12 năm trước", ctx("2025-03-01"))
    refused("trước ngày 10 tháng 12 năm trước", replace(STANDING, standing=False))


# --- "một quý một lần", and the office a rule's report is sent to ---------------------------


def test_once_a_quarter_stays_refused_and_the_office_alone_is_cut() -> None:
    # s-aasc-tt-128-2013-bao-cao-nhap-xuat-ton-dncx (Thông tư 128/2013/TT-BTC, Điều 41): "một
    # quý một lần" is not read yet (taken back: test_misci1 holds it refused alone)
    refused(
        "DNCX phải nộp báo cáo nhập - xuất - tồn nguyên liệu vật tư một quý một lần và chậm nhất "
        "vào ngày 15 của tháng đầu quý sau cho Chi cục Hải quan quản lý doanh nghiệp.",
        STANDING,
    )
    reading = one(
        "DNCX phải nộp báo cáo nhập - xuất - tồn nguyên liệu vật tư hằng quý và chậm nhất "
        "vào ngày 15 của tháng đầu quý sau cho Chi cục Hải quan quản lý doanh nghiệp.",
        STANDING,
    )
    rule = reading.recurrence
    assert rule is not None
    assert (rule.frequency, rule.month, rule.day, rule.offset) == (Frequency.QUARTERLY, 1, 15, -1)
    assert reading.gloss == "cho Chi cục Hải quan quản lý doanh nghiệp"


@pytest.mark.parametrize(
    ("phrase", "frequency", "day"),
    [
        ("Báo cáo trước ngày 15 hằng tháng về Sở Tài chính", Frequency.MONTHLY, 15),
        ("Báo cáo trước ngày 15/3 hằng năm cho Sở Tài chính", Frequency.YEARLY, 15),
        (
            "Báo cáo trước ngày 15 hằng tháng gửi về Sở Lao động - Thương binh và Xã hội",
            Frequency.MONTHLY,
            15,
        ),
        # offices whose names fold to words of time ("Tư" as "từ"), or hold "Đầu", "Tiếp"
        ("Báo cáo trước ngày 15 hằng tháng về Sở Tư pháp", Frequency.MONTHLY, 15),
        ("Báo cáo trước ngày 15 hằng tháng về Sở Kế hoạch và Đầu tư", Frequency.MONTHLY, 15),
        ("Báo cáo trước ngày 15 hằng tháng về Ban Tiếp công dân", Frequency.MONTHLY, 15),
    ],
)
def test_a_rules_cadence_once_or_its_office_after_it(
    phrase: str, frequency: Frequency, day: int
) -> None:
    rule = one(phrase, STANDING).recurrence
    assert rule is not None
    assert (rule.frequency, rule.day) == (frequency, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "một quý một lần và chậm nhất vào ngày 15 hằng tháng",  # two cadences disagree
        "một năm một lần vào ngày 15 của tháng đầu quý sau",
        "một tháng hai lần, trước ngày 15",  # twice: which day?
        "Báo cáo trước ngày 15 hằng tháng cho số lao động mới",  # a count, not an office
        "Báo cáo trước ngày 15 hằng tháng về Sở Tài chính trước ngày 20",  # another day
        "Báo cáo trước ngày 15 hằng tháng về Sở Tài chính hoặc Bộ",
        "Báo cáo trước ngày 15 hằng tháng về Sở Tài chính tháng sau",  # a word of time
        "Báo cáo trước ngày 15 hằng tháng về Sở Tài chính (đợt 2)",
        "Báo cáo trước ngày 15 hằng tháng về Sở Tài chính từ nay",
        "Báo cáo trước ngày 15 hằng tháng về Sở Tài chính trong tuần",
        "Bao cao truoc ngay 15 hang thang ve So Tu phap",  # no marks: "Tu" may be "từ"
        "Báo cáo trước ngày 15/3/2026 hằng năm về Sở Tài chính",  # a year and a cadence
        "nếu báo cáo trước ngày 15 hằng tháng về Sở Tài chính",  # a condition
        "đã báo cáo trước ngày 15 hằng tháng về Sở Tài chính",  # told done
    ],
)
def test_a_cadence_or_office_that_moves_the_day_stays_refused(phrase: str) -> None:
    refused(phrase, STANDING)
    refused(phrase, ctx("2026-01-05"))

"""Forms tuned on the s- set (branch tune-s): reporting rules and schedules. Each rule with the
real phrases that motivated it (their corpus file cited) and the near variants that must stay
refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW


# --- the set's misreads, refused -------------------------------------------------------------


def test_a_filing_window_without_its_year_is_refused() -> None:
    # s-giaypheplaodong-hcm-cv-15616-…: the half-yearly foreign-labour report's window, each
    # year's (Nghị định 152/2020/NĐ-CP), printed in a letter of 17/5/2021
    why = refused("Thời gian nộp báo cáo: từ ngày 15/6 đến ngày 04/7", ctx("2021-05-17"))
    assert "không ghi năm" in why


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the window with its year is one window
        ("Thời gian nộp báo cáo: từ ngày 15/6 đến ngày 04/7/2021", "2021-06-15", "2021-07-04"),
        # a window of another work, without a year, takes the plan's
        ("Thời gian tổ chức: từ ngày 15/6 đến ngày 04/7", "2021-06-15", "2021-07-04"),
    ],
)
def test_a_window_of_a_year_or_of_other_work_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2021-05-17") == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # s-nhansu-nghe-an-kh-22-2026-…: a citation's line; the term is the resolution's
        "Chương trình hành động số 15-CTr/ĐU, ngày 14/11/2025 của Ban Chấp hành Đảng bộ UBND "
        "tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ "
        "2025-2030",
        "Kế hoạch số 12/KH-UBND ngày 03/02/2026 của UBND tỉnh thực hiện Chỉ thị số 05-CT/TU "
        "giai đoạn 2026-2030",
        # s-vanban123-ha-noi-ct-07-2024-…: the 2025 plan and the three-year plan 2025-2027, two
        # periods, never one window 2025-2027
        "triển khai xây dựng Kế hoạch phát triển KTXH và dự toán NSNN năm 2025, Kế hoạch tài "
        "chính - NSNN 3 năm 2025-2027 với quyết tâm cao nhất",
        "dự toán năm 2025 và kế hoạch tài chính 3 năm 2025-2027 với quyết tâm cao nhất",
    ],
)
def test_a_citation_or_a_year_before_its_span_is_no_one_window(phrase: str) -> None:
    refused(phrase, ctx("2026-01-13"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the title's term span (the same file)
        (
            "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ UBND TỈNH LẦN "
            "THỨ I, NHIỆM KỲ 2025-2030",
            "2025-01-01",
            "2030-12-31",
        ),
        # a work carried out in a span, after its citation with "thực hiện trong"
        (
            "Kế hoạch số 12/KH-UBND ngày 03/02/2026 của UBND tỉnh thực hiện trong giai đoạn "
            "2026-2030",
            "2026-01-01",
            "2030-12-31",
        ),
        # the span alone, after a year that is not its own period
        ("Kế hoạch tài chính - NSNN 3 năm 2025-2027", "2025-01-01", "2027-12-31"),
    ],
)
def test_a_span_of_its_own_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-01-13") == (W, first, last)

"""Refusals of session 42 (branch misce1, family M1) that the corpus conventions read (issue
11 §1): a document told issued that goes on to set a time of its own (the day it takes
effect, the day it asks a work done on, the day it fixes for an event) reads that time
(`citations`); a consolidated text's entry "có hiệu lực kể từ ngày D, được sửa đổi … bởi"
reads its effect day (`steps.in_force_then_replaced`). Each with the real phrase that
motivated it (its corpus file named) and the neighbours that must stay refused (the first
rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE

# --- a document issued, then the day it takes effect -----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "start"),
    [
        # y-ktnn-vbhn-03-2024-phat-hanh-bao-cao-kiem-toan (a consolidated text's entry)
        (
            "Quyết định số 01/2022/QĐ-KTNN ngày 18 tháng 3 năm 2022 của Tổng Kiểm toán nhà nước "
            "ban hành Quy định trình tự lập, thẩm định, xét duyệt và phát hành Báo cáo kiểm toán "
            "của Kiểm toán nhà nước, có hiệu lực kể từ ngày 02 tháng 5 năm 2022, được sửa đổi, "
            "bổ sung và bãi bỏ bởi",
            "2024-10-28",
            date(2022, 5, 2),
        ),
        # the same entry without its amending tail
        (
            "Quyết định số 01/2022/QĐ-KTNN ngày 18 tháng 3 năm 2022 của Tổng Kiểm toán nhà nước "
            "ban hành Quy định trình tự lập, thẩm định, xét duyệt và phát hành Báo cáo kiểm toán "
            "của Kiểm toán nhà nước, có hiệu lực kể từ ngày 02 tháng 5 năm 2022",
            "2024-10-28",
            date(2022, 5, 2),
        ),
    ],
)
def test_a_document_issuing_another_reads_the_day_it_takes_effect(
    phrase: str, issued: str, start: date
) -> None:
    (found,) = parse_deadlines(phrase, ctx(issued))
    assert found.earliest == start and found.last is None


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: no effect clause, or the day it ceases to apply
        "Quyết định 02/2023/QĐ-KTNN ban hành Quy định lập, thẩm định kế hoạch kiểm toán của "
        "Kiểm toán nhà nước",
        "Quyết định 02/2023/QĐ-KTNN ban hành Quy định lập, thẩm định kế hoạch kiểm toán của "
        "Kiểm toán nhà nước hết hiệu lực từ ngày 26/3/2023",
    ],
)
def test_a_document_issuing_another_with_no_start_stays_refused(phrase: str) -> None:
    assert "văn bản ban hành văn bản khác" in refused(phrase, ctx("2025-11-22"))


def test_an_amending_text_with_its_own_day_is_no_gloss() -> None:
    # neighbour: the amending text's effect day is a second start, never a note of the first
    phrase = (
        "Quyết định số 01/2022/QĐ-KTNN có hiệu lực kể từ ngày 02 tháng 5 năm 2022, được sửa "
        "đổi, bổ sung bởi Quyết định số 05/2023/QĐ-KTNN có hiệu lực từ ngày 1/7/2023"
    )
    assert "last_day" in refused(phrase, ctx("2024-10-28"))


# --- a document issued, then what it asks or fixes, with its day -----------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "due"),
    [
        # t-cd-224-ttg-khanh-thanh-khoi-cong-19-12-2025
        (
            "Thủ tướng Chính phủ vừa ban hành Công điện 224/CĐ-TTg yêu cầu các bộ, ngành, địa "
            "phương đẩy nhanh tiến độ, hoàn tất chuẩn bị cho lễ khánh thành, khởi công đồng loạt "
            "gần 200 dự án quy mô lớn trên cả nước vào ngày 19/12/2025",
            "2025-11-22",
            date(2025, 12, 19),
        ),
        # zn-baothanhhoa-niem-yet-danh-sach-cu-tri-2026 (the page has no date)
        (
            "Quốc hội khóa XV đã ban hành Nghị quyết số 199/2025/QH15 ngày 21/5/2025 quyết định "
            "rõ Ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
            "nhiệm kỳ 2026-2031 là Chủ nhật, ngày 15/3/2026",
            None,
            date(2026, 3, 15),
        ),
    ],
)
def test_a_document_issued_reads_the_day_it_sets(
    phrase: str, issued: str | None, due: date
) -> None:
    (found,) = parse_deadlines(phrase, ctx(issued))
    assert days(found) == (D, due, due)


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: the document's own day, before what it asks or with nothing set
        "Thủ tướng Chính phủ đã ban hành Công điện 224/CĐ-TTg vào ngày 19/11/2025 yêu cầu các "
        "bộ đẩy nhanh tiến độ",
        "Thủ tướng Chính phủ vừa ban hành Công điện 224/CĐ-TTg ngày 20/11/2025 về lễ khánh thành",
        "Quốc hội khóa XV đã ban hành Nghị quyết số 199/2025/QH15 ngày 21/5/2025 về ngày bầu cử",
    ],
)
def test_a_document_told_issued_with_only_its_own_day_stays_refused(phrase: str) -> None:
    assert "ban hành, ký, gửi một văn bản" in refused(phrase, ctx("2025-11-22"))

"""Forms opened by branch tune-zq (session 29) on the set zq- (tuning data since this
session): first the family of its one misread, a press prize's extended eligibility span
read as a window, then the largest families of its refusals. Each form with the corpus
phrase that shows it (its file named), the near variants that must read the same, and the
dangerous neighbours that must keep their reading or stay refused (the first rule: never a
silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- the span an entry must have been published or made in: a condition, never a window ----


@pytest.mark.parametrize(
    "phrase",
    [
        # zq-hoinhabaoyenbai-gia-han-giai-bao-chi-vi-an-ninh-to-quoc-2025: the span extended,
        # the verbs in the active but "lần đầu" (read as a window 01/01/2023 - 25/04/2025 on main)
        "Ban tổ chức đã quyết định gia hạn các tác phẩm dự giải đăng tải, phát sóng lần đầu "
        "trong thời gian từ ngày 1/1/2023 đến hết ngày 25/4/2025",
        # its kin: the extension without its organiser, one verb, "xuất bản lần đầu"
        "Gia hạn các tác phẩm đăng tải lần đầu từ ngày 1/1/2023 đến hết ngày 25/4/2025",
        "Các tác phẩm dự thi xuất bản lần đầu trong thời gian từ ngày 1/1/2023 đến ngày 25/4/2025",
        # a work made, not published, in the span; a span of months; a start without its year
        "Tác phẩm dự thi là các tác phẩm được sáng tác từ tháng 1/2023 đến hết tháng 4/2025",
        "các tác phẩm được xuất bản từ ngày 1/1 đến 30/6/2024",
        # the forms refused before this branch (zm-cand's photo span, zk-vov's films)
        "Ban tổ chức sẽ nhận các tác phẩm dự thi được chụp từ ngày 21/9/2014 đến hết ngày 25/9/2015",
        "phim được cấp giấy phép phổ biến phim hoặc có quyết định phát sóng trên Đài Truyền hình "
        "trong khoảng từ ngày 11/9/2019 đến 10/8/2021",
    ],
)
def test_the_span_a_work_was_published_or_made_in_is_refused(phrase: str) -> None:
    assert "đủ điều kiện" in refused(phrase, ctx("2025-02-27"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the time entries are received, extended or not: read (h-dulichbinhduong's kin)
        (
            "Ban tổ chức gia hạn thời gian nhận tác phẩm dự thi từ ngày 1/3/2025 đến hết ngày "
            "25/4/2025",
            date(2025, 3, 1),
            date(2025, 4, 25),
        ),
        (
            "Ban tổ chức đã quyết định gia hạn thời gian nhận tác phẩm đến hết ngày 25/4/2025",
            date(2025, 4, 25),
            date(2025, 4, 25),
        ),
        # entries posted on the contest's page in its window, with no "được" or "lần đầu": the
        # time they are sent in, not a condition on them
        (
            "Các tác phẩm dự thi đăng tải trên fanpage cuộc thi từ ngày 1/6/2025 đến 30/6/2025",
            date(2025, 6, 1),
            date(2025, 6, 30),
        ),
        # the closing day of the same call (zq-hoinhabaoyenbai's caption)
        (
            "Các tác phẩm dự thi gửi về Ban tổ chức chậm nhất là ngày 30/4/2025 (theo dấu bưu điện)",
            date(2025, 4, 30),
            date(2025, 4, 30),
        ),
    ],
)
def test_the_time_entries_are_sent_in_still_reads(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, ctx("2025-02-27"))
    assert (reading.first, reading.last) == (first, last)
    assert reading.kind in (DeadlineKind.DATE, DeadlineKind.WINDOW)

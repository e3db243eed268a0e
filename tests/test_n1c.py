"""Phrases refused as 'không nhận ra thời hạn' whose time part reads and whose other words
name no time (issue 11 §1, branch n1c, family N1): the congress a day greets with its
edition in digits, a sum paid per head and per month, a count of shows per day. Each with
the real phrase that motivated it (its corpus file named) and the neighbours that must
stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def test_a_congress_greeted_with_its_edition_in_digits_is_its_name() -> None:
    # t-vnexpress-khanh-thanh-khoi-cong-19-12-2025
    phrase = (
        "Thủ tướng Phạm Minh Chính yêu cầu chuẩn bị tổ chức lễ khánh thành, khởi công đồng loạt "
        "các dự án, công trình lớn vào ngày 19/12, chào mừng Đại hội đại biểu toàn quốc lần thứ "
        "14 của Đảng"
    )
    day = date(2025, 12, 19)
    assert days(one(phrase, ctx("2025-09-05"))) == (D, day, day)


def test_an_edition_without_its_congress_or_with_a_day_stays_refused() -> None:
    issued = ctx("2025-09-05")
    # a bare "lần thứ 14": a round of the step?
    refused("tổ chức lễ khánh thành vào ngày 19/12, chào mừng lần thứ 14 của Đảng", issued)
    # the number written as a day after the edition's words
    refused("tổ chức lễ khánh thành vào ngày 19/12, chào mừng Đại hội lần thứ 14/2", issued)
    # a second day after the congress greeted
    refused(
        "tổ chức lễ khánh thành vào ngày 19/12, chào mừng Đại hội lần thứ 14 vào ngày 20/1",
        issued,
    )
    # a second round told after the day
    refused("tổ chức lễ khánh thành vào ngày 19/12 (lần thứ 2)", issued)

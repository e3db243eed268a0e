"""Deadlines the grammar found and refused for the words beside them (issue 11 §2, branch
wide-five): each family a form whose extra words are known to be harmless or are read, with
the real phrase that motivated it (its corpus file named) and the look-alikes that stay
refused: no day is chosen among several, no figure or past event is read as due, no day is
guessed.

Families: today and tomorrow glossed with their day between commas ("từ hôm nay, 16.8, đến
ngày 18.8", "Sáng mai, 15-11, …": `later._TODAY_GLOSSED`, `later._PART_OF_TOMORROW_GLOSSED`).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _readings(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- today and tomorrow, their day between commas ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # q-baohaiduong-lien-hoan-chi-huy-doi-gioi-2023.yaml (Báo Hải Dương, 16/8/2023)
        (
            "Liên hoan chỉ huy Đội giỏi toàn quốc sẽ diễn ra từ hôm nay, 16.8, đến ngày 18.8",
            "2023-08-16",
            [(W, "2023-08-16", "2023-08-18")],
        ),
        # h-baodongthap-so-ket-cum-thi-dua-2020.yaml (Báo Đồng Tháp, 31/7/2020)
        ("Hôm nay, ngày 31/7/2020", "2020-07-31", [(D, "2020-07-31", "2020-07-31")]),
        # zs-svhttdl-kontum-dai-hoi-dang-bo-so-lan-ix-2015.yaml (Sở VHTTDL Kon Tum, 25/5/2015)
        (
            "Sáng mai, ngày 26/5/2015, Đại hội đại biểu Đảng bộ Sở Văn hóa, Thể thao và Du lịch"
            " lần thứ IX, nhiệm kỳ 2015 - 2020 chính thức khai mạc tại Hội trường Bảo tàng tỉnh,"
            " thành phố Kon Tum, tỉnh Kon Tum",
            "2015-05-25",
            [(D, "2015-05-26", "2015-05-26")],
        ),
        # invented variants: tomorrow's day without its year, over the new year
        ("Sáng mai, 16/3, tổ chức hội thi", "2025-03-15", [(D, "2025-03-16", "2025-03-16")]),
        ("Sáng mai, 1/1, tổ chức lễ chào cờ", "2025-12-31", [(D, "2026-01-01", "2026-01-01")]),
    ],
)
def test_today_and_tomorrow_glossed_between_commas_read_their_day(
    phrase: str, issued: str, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    ("phrase", "issued", "why"),
    [
        # tomorrow glossed with another day: one of the two is a typo
        ("Sáng mai, 16/3/2024, tổ chức hội thi", "2025-03-15", "sáng mai, 16/3/2024"),
        (
            "Sáng mai, 16-11, tại Nhà Quốc hội, Hội đồng Bầu cử quốc gia tổ chức hội nghị",
            "2025-11-14",
            "ngày mai của ngày ban hành 14/11/2025",
        ),
        # no comma after the number: a count of communes, no day
        ("Hôm nay, 5/7 xã đã hoàn thành", "2025-07-05", "không nhận ra"),
        # figures as of today (convention 4) and a thing told done stay refused
        ("Tính đến hôm nay, 15/3, toàn tỉnh có 20 xã hoàn thành", "2025-03-15", "số liệu"),
        ("Đến hôm nay, 15/3, đã có 20 xã hoàn thành", "2025-03-15", "đã có"),
        ("Chiều nay, 15/3, UBND tỉnh đã tổ chức họp", "2025-03-15", "đã tổ chức"),
    ],
)
def test_today_and_tomorrow_look_alikes_stay_refused(phrase: str, issued: str, why: str) -> None:
    assert why in refused(phrase, ctx(issued))

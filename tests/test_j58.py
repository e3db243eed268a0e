"""j58: a day told as past, or only guessed or asked for, is no deadline (`pastmarks`,
`hedged`).

A fresh tester (issued 01/03/2026) read each of these as due on its day: "Đợt kiểm tra vừa
qua ngày 10/2/2026", "Vào ngày 20/02/2026 vừa rồi", "Hôm 20/02/2026, Sở tổ chức kiểm tra",
"Hạn 30/4/2026 đã qua"; "Có lẽ tổ chức ngày 20/4/2026", "Ngày 20/4/2026 (chờ xác nhận)",
"Sở đề xuất thời hạn 30/6/2026, chờ UBND tỉnh quyết định", "Đề nghị cho phép kéo dài thời
gian đến 30/6/2026". A missed deadline costs more than a clerk's look: each is refused now.

The neighbours that must still read are the corpus's own forms: "khai mạc vào hồi 14 giờ 00
phút, ngày 27/2/2023" (g-baolangson-ky-hop-16-hdnd-2023.yaml: "hồi" is "at" before an hour),
"Toàn bộ các cấp học sẽ có lễ khai giảng chung vào ngày 05/9/2024" (l-ben-tre-qd-1447-tuu-
truong-2024.yaml: "có lễ", a ceremony, folds as "có lẽ"), a plan's "Dự kiến", a proposal due
by its day, a request to do the work by its day, and "từng" meaning "each".
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.deadline_forms import ctx, one, refused

MARCH = ctx("2026-03-01")


@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt kiểm tra vừa qua ngày 10/2/2026",
        "Vào ngày 20/02/2026 vừa rồi",
        "Ngay 20/02/2026 vua roi",
        "Hội nghị vừa rồi ngày 20/02/2026",
        "Hôm 20/02/2026, Sở tổ chức kiểm tra",
        "Hom 20/02/2026, So to chuc kiem tra",
        "Vào hôm 20/02/2026, đoàn kiểm tra làm việc tại xã",
        "Chiều hôm 20/02/2026, Sở kiểm tra",
        "Hạn 30/4/2026 đã qua",
        "Hạn nộp 30/4/2026 đã hết.",
        "Hồi tháng 2/2026, Sở tổ chức kiểm tra",
        "Từ hồi đầu năm 2026, xã thực hiện rà soát",
        "Sở từng tổ chức kiểm tra ngày 20/02/2026",
        "Từng tổ chức ngày 20/02/2026",
        "Xã đã từng được kiểm tra ngày 20/02/2026",
    ],
)
def test_the_past_told_is_refused(phrase: str) -> None:
    """A day the words put in the past ("vừa qua/vừa rồi" beside it, "hôm", "hồi", "từng",
    "đã qua") is told, not due: refused, saying it is past."""
    assert refused(phrase, MARCH)  # its own reason, or an earlier refusal's


@pytest.mark.parametrize(
    "phrase",
    [
        "Có lẽ tổ chức ngày 20/4/2026",
        "Co le to chuc ngay 20/4/2026",
        "Nhiều khả năng tổ chức ngày 20/4/2026",
        "Có thể sẽ tổ chức ngày 20/4/2026",
        "Hy vọng trước 30/4/2026",
        "Hi vọng hoàn thành trước 30/4/2026",
        "Ngày 20/4/2026 (chờ xác nhận)",
        "Tổ chức ngày 20/4/2026, chưa chính thức",
        "Ngày 20/4/2026 (chưa chốt)",
        "Có khả năng tổ chức ngày 20/4/2026",
        "Khả năng cao tổ chức ngày 20/4/2026",
        "Dường như tổ chức ngày 20/4/2026",
        "Chắc sẽ tổ chức ngày 20/4/2026",
    ],
)
def test_a_guess_is_refused(phrase: str) -> None:
    """A day only guessed or waiting on a word is no deadline."""
    assert refused(phrase, MARCH)


@pytest.mark.parametrize(
    "phrase",
    [
        "Sở đề xuất thời hạn 30/6/2026, chờ UBND tỉnh quyết định",
        "Đề xuất thời hạn hoàn thành là 30/6/2026",
        "Kiến nghị mốc 30/6/2026",
        "Đề nghị cho phép kéo dài thời gian đến 30/6/2026",
        "Đề nghị được lùi thời hạn đến ngày 30/6/2026",
        "Kiến nghị cho phép hoãn sang 30/6/2026",
        # read as due on main: an extension asked for is not granted yet
        "Đề nghị gia hạn nộp thuế đến 30/6/2026 cho doanh nghiệp",
    ],
)
def test_a_day_asked_for_is_refused(phrase: str) -> None:
    """A time proposed, or leave asked to move it, is not granted yet."""
    assert refused(phrase, MARCH)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Dự kiến tổ chức ngày 20/4/2026", date(2026, 4, 20)),
        ("Đề xuất phương án trước 30/6/2026", date(2026, 6, 30)),
        ("Đề xuất thời gian tổ chức trước 30/6/2026", date(2026, 6, 30)),
        ("Đề nghị các đơn vị gửi báo cáo trước 30/6/2026", date(2026, 6, 30)),
        ("Đề nghị các đơn vị đề xuất phương án trước 30/6/2026", date(2026, 6, 30)),
        ("Các đơn vị có thể gửi trước 30/6/2026", date(2026, 6, 30)),
        ("Kiểm tra từng đơn vị trước 30/6/2026", date(2026, 6, 30)),
        ("Thực hiện từng bước đến 30/6/2026", date(2026, 6, 30)),
        ("Báo cáo kết quả đợt kiểm tra vừa qua trước ngày 30/3/2026", date(2026, 3, 30)),
        ("Tổng kết hội nghị vừa qua trước 30/3/2026", date(2026, 3, 30)),
        ("Các hộ từng bị thu hồi đất nộp hồ sơ trước 30/6/2026", date(2026, 6, 30)),
        ("Thu hồi trước ngày 30/6/2026", date(2026, 6, 30)),
        ("Phản hồi trước ngày 30/6/2026", date(2026, 6, 30)),
        ("Khai mạc vào hồi 8 giờ ngày 20/4/2026", date(2026, 4, 20)),
        ("Có lễ khai giảng ngày 5/9/2026", date(2026, 9, 5)),
        ("Hạn 30/4/2026", date(2026, 4, 30)),
        ("Từng đơn vị báo cáo trước 30/6/2026", date(2026, 6, 30)),
        ("Giao từng xã hoàn thành trước 30/6/2026", date(2026, 6, 30)),
        ("Rà soát từng hộ trước ngày 15/4/2026", date(2026, 4, 15)),
        ("Lễ hội ngày 20/4/2026", date(2026, 4, 20)),
        ("Đề xuất ngân sách trước 30/6/2026", date(2026, 6, 30)),
        ("Khắc phục hậu quả bão vừa qua trước 30/4/2026", date(2026, 4, 30)),
        ("Tổ chức họp vào hồi 9 giờ ngày 10/3/2026", date(2026, 3, 10)),
        ("Có thể gửi hồ sơ đến hết ngày 30/6/2026", date(2026, 6, 30)),
        ("Đơn vị có khả năng hoàn thành trước 30/4/2026", date(2026, 4, 30)),
        ("Chắc chắn hoàn thành trước 30/4/2026", date(2026, 4, 30)),
        ("Kỳ nghỉ đã qua, đi học lại từ 20/4/2026", None),
    ],
)
def test_neighbours_still_read(phrase: str, last: date | None) -> None:
    """The words beside a real deadline: a plan's "Dự kiến", a proposal or a report due by
    its day, "từng" as "each", "vừa qua" of the thing reported on, "hồi" before an hour,
    "có lễ", still read as before."""
    assert one(phrase, MARCH).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Xin gia hạn đến 30/6/2026",
        "Đề nghị gia hạn trước 30/6/2026",
        "Báo cáo hôm nay trước 17h",
        "Từng tháng báo cáo trước ngày 5",
        "Hôm sau ngày 20/3/2026 gửi báo cáo",
    ],
)
def test_already_refused_stay_refused(phrase: str) -> None:
    """What main refused already stays refused (another reason may give the way out)."""
    assert refused(phrase, MARCH)


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        ("Đợt kiểm tra vừa qua ngày 10/2/2026", "đã qua"),
        ("Hôm 20/02/2026, Sở tổ chức kiểm tra", "đã qua"),
        ("Hạn 30/4/2026 đã qua", "đã qua"),
        ("Có lẽ tổ chức ngày 20/4/2026", "phỏng đoán"),
        ("Ngày 20/4/2026 (chờ xác nhận)", "phỏng đoán"),
        ("Sở đề xuất thời hạn 30/6/2026, chờ UBND tỉnh quyết định", "đề xuất"),
        ("Đề nghị cho phép kéo dài thời gian đến 30/6/2026", "đề xuất"),
    ],
)
def test_the_testers_phrases_say_why(phrase: str, word: str) -> None:
    """The tester's own phrases, read on main, are refused saying why."""
    assert word in refused(phrase, MARCH)

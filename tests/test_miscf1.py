"""Refusals of session 43 (branch miscf1, family M1) whose reading is sure (issue 11 §1):
words a copy misspelt that cannot be a word of time — a Roman numeral after "lần thứ"
(`lostglyph`), a kind of document run together, "ng" typed for "ngh" (`label`) — and the
hour after a doubled "từ ngày" (`asides`). Each with the real phrase that motivated it (its
corpus file named) and the neighbours that must stay refused (never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE

# --- a Roman numeral after the word that orders it ------------------------------------------


def test_the_tenth_games_is_no_commune_short_of_its_mark() -> None:
    # tests/corpus/zr-thuonghieucongluan-tag-hoi-khoe-phu-dong-toan-quoc-x-2024.yaml
    reading = one(
        "Tối nay, ngày 28/7/2024, tại tại Sân vận động Lạch Tray, TP. Hải Phòng diễn ra Lễ Khai "
        "mạc Hội khỏe Phù Đổng toàn quốc lần thứ X năm 2024 với chủ đề “Sức trẻ Phù Đổng – Vững "
        "bước tương lai”",
        ctx(None),
    )
    assert days(reading) == (D, date(2024, 7, 28), date(2024, 7, 28))


# --- misspellings whose repair is sure and no word of time ----------------------------------


def test_a_kind_of_document_run_together_reads() -> None:
    # tests/corpus/zk-luatminhkhue-qd-39-2011-quy-trinh-thanh-tra-khanh-hoa.yaml
    reading = one("Quyếtđịnh này có hiệu lực sau 10 ngày kể từ ngày ký", ctx("2011-12-06"))
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (10, "ngày")


def test_ng_for_ngh_before_e_reads_as_the_word() -> None:
    # tests/corpus/v-stttt-ha-giang-ho-tro-covid-2020.yaml ("hộ ngèo": "hộ nghèo")
    reading = one(
        "Hỗ trợ người có công, bảo trợ xã hội, hộ ngèo, hộ cận nghèo trước 07 tháng 5 năm 2020",
        ctx("2020-04-29"),
    )
    assert days(reading) == (D, date(2020, 5, 7), date(2020, 5, 7))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hoàn thành trước ngày 30/6/2026, ngỉ lễ không tính",  # "nghỉ": a day off moves days
        "Hoàn thành trước ngày 30/6/2026, hộ ngìn người",  # "nghìn": a number
        "Hoàn thành sm nht ngày 10/4/2026",  # "sớm nhất" lost its vowels
        "Hoàn thành khôngg trước ngày 5/3/2026",  # "không"
    ],
)
def test_a_misspelling_that_may_move_a_day_stays_refused(phrase: str) -> None:
    assert "chữ “" in refused(phrase, ctx("2026-01-10"))


# --- "từ ngày" typed before the hour ---------------------------------------------------------


def test_the_hour_after_a_doubled_from_day_starts_the_span() -> None:
    # tests/corpus/ze-due-thi-chuan-dau-ra-tieng-anh-2020.yaml: "Từ ngày 08h00 ngày 15/10/2020"
    reading = one("Từ ngày 08h00 ngày 15/10/2020 đến 16h00 ngày 21/10/2020", ctx("2020-10-14"))
    assert (reading.first, reading.last) == (date(2020, 10, 15), date(2020, 10, 21))


def test_the_doubled_from_day_keeps_its_real_refusal() -> None:
    # the corpus phrase goes on "… đăng ký theo hướng dẫn": the guidance may set its own day
    # (test_afterc); refused for that, no longer for "two hours"
    why = refused(
        "Từ ngày 08h00 ngày 15/10/2020 đến 16h00 ngày 21/10/2020, đăng nhập vào Website của "
        "Trường http://due.udn.vn, tại trang Dành cho Sinh viên, chọn mục Đăng ký thi CĐR ngoại "
        "ngữ (Chuẩn quốc gia) trong Trình đơn cá nhân (bên trái) để tiến hành đăng ký theo hướng dẫn",
        ctx("2020-10-14"),
    )
    assert "từ “theo” đứng sau thời hạn" in why

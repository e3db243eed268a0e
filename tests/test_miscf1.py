"""Refusals of session 43 (branch miscf1, family M1) whose reading is sure (issue 11 §1):
words a copy misspelt that cannot be a word of time — a Roman numeral after "lần thứ"
(`lostglyph`), a kind of document run together, "ng" typed for "ngh" (`label`) — and the
hour after a doubled "từ ngày" (`asides`). Each with the real phrase that motivated it (its
corpus file named) and the neighbours that must stay refused (never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

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


@pytest.mark.parametrize(
    "phrase",
    [
        # the kind read apart: the refusals keyed on it still see an issuing told
        "Ngày 5/3/2026, UBND tỉnh ban hành Kếhoạch về chuyển đổi số",
        "Ngày 5/3/2026, UBND tỉnh có Côngvăn gửi các sở",
    ],
)
def test_a_kind_run_together_is_still_a_document_told_issued(phrase: str) -> None:
    assert "kể việc một cơ quan ban hành" in refused(phrase, ctx("2026-03-01"))


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


def test_the_doubled_from_day_reads_its_window() -> None:
    # the corpus phrase goes on "… đăng ký theo hướng dẫn", the manner of the purpose clause
    # (fame52, session 52: test_afterc); no longer refused for "two hours"
    reading = one(
        "Từ ngày 08h00 ngày 15/10/2020 đến 16h00 ngày 21/10/2020, đăng nhập vào Website của "
        "Trường http://due.udn.vn, tại trang Dành cho Sinh viên, chọn mục Đăng ký thi CĐR ngoại "
        "ngữ (Chuẩn quốc gia) trong Trình đơn cá nhân (bên trái) để tiến hành đăng ký theo hướng dẫn",
        ctx("2020-10-14"),
    )
    assert (reading.first, reading.last) == (date(2020, 10, 15), date(2020, 10, 21))


# --- a review-and-plan conference's years before its day -------------------------------------

_GIA_LAI = (
    "tại Hội nghị trực tuyến toàn tỉnh tổng kết công tác năm 2024, triển khai Nghị quyết Kỳ họp "
    "thứ Hai mươi bốn, HĐND tỉnh khóa XII (nhiệm kỳ 2021-2026) và các nhiệm vụ trọng tâm năm "
    "2025 được UBND tỉnh tổ chức chiều nay (ngày 27/12)"
)


def test_a_conference_told_on_its_page_reads_its_day_not_its_agendas_years() -> None:
    # tests/corpus/zf-gialaitv-tong-ket-2024-nhiem-vu-2025.yaml (page of 27/12/2024)
    reading = one(_GIA_LAI, ctx("2024-12-27"))
    assert days(reading) == (D, date(2024, 12, 27), date(2024, 12, 27))


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the same words on a page of January: 27/12 in the page's year would be a year late
        (_GIA_LAI, "2025-01-05"),
        # a day far from its page: the agenda's years do not pin it
        (_GIA_LAI, "2024-10-05"),
        # a year reviewed alone, no next year's tasks: held after it or in it?
        ("Hội nghị tổng kết năm 2024 diễn ra ngày 10/1", "2025-01-08"),
        # a plan's year before a deadline is no agenda
        ("Hoàn thành kế hoạch năm 2025 trước ngày 27/12", "2024-12-27"),
    ],
)
def test_agenda_years_do_not_pin_a_day_the_page_does_not(phrase: str, issued: str) -> None:
    assert "trước thời hạn khác năm" in refused(phrase, ctx(issued))


# --- a part without a year after one that writes it, its plan's year past --------------------


def test_the_second_half_takes_the_year_written_on_the_first() -> None:
    # tests/corpus/s-vnexpress-lich-tuu-truong-2025-2026.yaml (the frame told on 19/8/2025)
    first, second = parse_deadlines(
        "học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5", ctx("2025-08-19")
    )
    assert days(first) == (D, date(2026, 1, 18), date(2026, 1, 18))
    assert days(second) == (D, date(2026, 5, 31), date(2026, 5, 31))
    assert "31/05/2026" in second.reading and "31/05/2025" not in second.reading


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the plan's year is not past: which year? (test_deadline_breaker holds these)
        ("trước ngày 15/3/2028 và 20/3", "2027-01-15"),
        ("trước ngày 15/3/2027 và 20/3", "2025-08-19"),  # the written year two years on
        # in the written year it would come before the first part: out of order
        ("trước ngày 15/3/2026 và 20/2", "2025-08-19"),
        ("Tháng 12/2026 và tháng 1", "2025-08-19"),
    ],
)
def test_a_part_after_a_written_year_stays_refused_when_unsure(phrase: str, issued: str) -> None:
    assert "chỉ ghi ở vế trước" in refused(phrase, ctx(issued))

"""Session 63, the lead: a plain extension is no festival.

Folded, "gia hạn thực hiện" holds "han thuc", the name of Tết Hàn thực (the 3rd of the third
lunar month): main refused "Gia hạn thực hiện đến ngày 20/4/2026" as a clash with that lunar
day (found by session 62's merge tester). Folded "han thuc" running on into "hiện" or "tế"
is a deadline's words (`lunar._RUNS_ON`), and reads; the festival named alone ("Nghỉ Hàn thực
ngày 20/4/2026") still has its day checked.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused

MARCH = "2026-03-01"

EXTENSIONS = [
    ("Gia hạn thực hiện đến ngày 20/4/2026", "2026-04-20"),
    ("Các đơn vị được gia hạn thực hiện đến 30/6/2026", "2026-06-30"),
    ("Thời hạn thực hiện: trước ngày 15/5/2026", "2026-05-15"),
    ("Ngày hạn thực hiện 30/6/2026", "2026-06-30"),
    ("Gia hạn thực hiện đến hết tháng 4/2026", "2026-04-30"),
    ("Thời hạn thực tế là 20/4/2026", "2026-04-20"),
]


@pytest.mark.parametrize(("phrase", "day"), EXTENSIONS)
def test_an_extension_is_no_festival(phrase: str, day: str) -> None:
    assert read_days(phrase, MARCH)[-1] == day


# Tết Hàn thực 2026 is 19/4 (3/3 Bính Ngọ): its own day reads, another day is a clash
def test_the_festival_named_still_checks_its_day() -> None:
    assert read_days("Tết Hàn thực ngày 19/4/2026", MARCH)[-1] == "2026-04-19"
    assert read_days("Lễ Hàn thực (3/3 âm lịch) ngày 19/4/2026", MARCH)[-1] == "2026-04-19"
    for phrase in (
        "Tết Hàn thực ngày 20/4/2026",
        "Tết hàn thực 2026 ngày 20/4/2026",
        "Nghỉ Hàn thực ngày 20/4/2026",  # named alone (session 63's merge tester)
        "Hàn thực ngày 20/4/2026",
        "Hàn thực 20/4/2026",
    ):
        assert "không phải ngày 3 tháng 3 âm lịch" in refused(phrase)


# A year named as the tax period: the law's day after it is the settlement's (Luật Quản lý
# thuế 2019, Điều 44, khoản 2, điểm a: the last day of the third month after the year); a
# yearly declaration falls in the year's own first month, never January of the next year
def test_a_tax_year_names_only_the_settlement_day() -> None:
    why = refused("Nộp thuế năm 2026")
    assert "31/3/2027" in why
    assert "31/1/2027" not in why


# A council's round read through its year (`councilyear`), then a clause only likely,
# intended, provisional or conditional: no window to hold the work in (session 63's merge
# tester; `spanclause._LIKELY`). "có thể" is leave, the window the council may work in.
COUNCIL = "Từ ngày 26/5 đến ngày 29/5, Hội đồng tuyển dụng viên chức năm 2024 "


@pytest.mark.parametrize(
    "clause",
    [
        "có khả năng tổ chức phỏng vấn",
        "khả năng tổ chức phỏng vấn",
        "dự định tổ chức phỏng vấn",
        "tổ chức phỏng vấn (tạm thời)",
        "tổ chức phỏng vấn tùy số lượng thí sinh",
        "tổ chức phỏng vấn tùy theo tình hình",
    ],
)
def test_a_councils_clause_only_likely_is_no_window(clause: str) -> None:
    refused(COUNCIL + clause, ctx("2024-03-01"))


@pytest.mark.parametrize("clause", ["tổ chức phỏng vấn", "có thể tổ chức phỏng vấn"])
def test_a_councils_plain_clause_reads_its_window(clause: str) -> None:
    assert read_days(COUNCIL + clause, "2024-03-01")[1:] == ("2024-05-26", "2024-05-29")


# The not-until state (`untilstate`) is told by a time opening the phrase or a clause; a
# step's own bound ("đến hết ngày …") or "tính đến" (as of) heads none, and a deadline's
# step may itself be a calling off (each found by the language tests on the merge:
# test_e60, test_deadline_breaker19)
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Nhận hồ sơ đến hết ngày 15/5/2026 thì ngừng tiếp nhận", "2026-05-15"),
        ("Trước ngày 30/6/2026, bãi bỏ các quy định không còn phù hợp", "2026-06-30"),
    ],
)
def test_a_steps_own_bound_or_a_calling_off_step_reads(phrase: str, day: str) -> None:
    assert read_days(phrase, MARCH)[-1] == day


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến ngày 30/6/2026, bãi bỏ các quy định không còn phù hợp",
        "Trước ngày 30/6/2026, các xã tạm dừng nộp báo cáo",
        "Đến ngày 20/4/2026, người lao động vừa nộp hồ sơ",
        "Báo cáo: Đến ngày 20/4/2026, người lao động đang nộp hồ sơ",
    ],
)
def test_a_state_told_at_a_clauses_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(MARCH))

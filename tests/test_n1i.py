"""Session 46, family N1 (helper n1i): phrases refused as not recognised at all ("không nhận
ra thời hạn"). One form, with the neighbours kept refused (issue 11: never a silent wrong
date): "đẩy lùi" (drive back) before a harm it repels, in the words after a time part, moves
no day ("lùi" alone, or "đẩy lùi" before anything else, still says the day moved)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import last_days, refused

# r-nghe-an-kh-695-xa-phuong-khong-ma-tuy-2025 (Nghệ An's KH 695/2025, issued 21/08/2025)
DRUG_FREE_TARGET = (
    "bảo đảm đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên địa bàn toàn "
    "quốc “không ma túy” và từng bước đẩy lùi ma túy ra khỏi đời sống xã hội"
)
ISSUED = "2025-08-21"


def test_a_harm_driven_back_after_the_target_year_is_no_move() -> None:
    assert last_days(DRUG_FREE_TARGET, ISSUED) == (date(2030, 12, 31),)


def test_a_harm_driven_back_right_after_the_time_is_no_move() -> None:
    assert last_days("bảo đảm đến hết năm 2030, đẩy lùi dịch bệnh", ISSUED) == (date(2030, 12, 31),)


@given(st.integers(min_value=2026, max_value=2099))
def test_the_target_year_is_the_one_written(year: int) -> None:
    phrase = f"bảo đảm đến hết năm {year}, có 50% số xã và từng bước đẩy lùi ma túy"
    assert last_days(phrase, ISSUED) == (date(year, 12, 31),)


def test_lui_alone_after_the_time_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, lùi ma túy")


def test_driven_back_at_the_end_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, rồi đẩy lùi")


def test_a_time_driven_back_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, đẩy lùi thời hạn")
    assert "lùi" in refused("hoàn thành trước ngày 15/5/2026, đẩy lùi lịch thi")
    assert "lùi" in refused("bảo đảm đến hết năm 2030, đẩy lùi việc tổ chức đại hội")


def test_driven_back_before_no_harm_named_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, đẩy lùi dịch vụ công")


def test_a_harm_driven_back_under_a_negation_stays_refused() -> None:
    refused("không bảo đảm đến hết năm 2030 đẩy lùi ma túy")

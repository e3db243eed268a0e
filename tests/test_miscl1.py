"""Session 50, family M1 (helper miscl1): a span's lunar gloss one day off at one end,
outvoted by its other end and by the count of days printed right before it
(`kehoach.dates.lunarslip`); the neighbours it must not take stay refused (issue 11: never a
silent wrong date, never one of two days chosen)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# b-afamily-nghi-tet-ha-noi-quang-ninh-2026 (issued 12/01/2026): Tết Bính Ngọ is 17/02/2026,
# so 22/02/2026 is mùng 6; 9/2 is 22 Chạp, and 9/2 .. 22/2 is 14 days with its first
TET_BREAK = "với 14 ngày liên tục từ 9/2 đến hết 22/2 (tức 22 tháng Chạp đến mùng 5 tháng Giêng)"
# z-thuvienphapluat-kh-7100-le-hoi-duong-sach-tet-2025 (issued 12/11/2024): 15/01/2025 is
# 16 Chạp Giáp Thìn, 26/01/2025 is 27 Chạp, and 15/1 .. 26/1 is 12 days with its first
BOOK_STREET = (
    "- Thời gian thi công: 12 ngày, từ ngày 15 tháng 01 năm 2025 (17 tháng Chạp âm lịch) đến "
    "ngày 26 tháng 01 năm 2025 (27 tháng Chạp âm lịch)."
)


def test_a_gloss_slipped_at_its_end_is_outvoted_by_the_count() -> None:
    reading = one(TET_BREAK, ctx("2026-01-12"))
    assert days(reading) == (W, date(2026, 2, 9), date(2026, 2, 22))
    assert reading.gloss is not None and "lệch một ngày" in reading.gloss
    assert "ngày 6 tháng 1 năm Bính Ngọ" in reading.gloss


def test_a_gloss_slipped_at_its_start_is_outvoted_by_the_count() -> None:
    reading = one(BOOK_STREET, ctx("2024-11-12"))
    assert days(reading) == (W, date(2025, 1, 15), date(2025, 1, 26))
    assert reading.gloss is not None and "ngày 16 tháng 12 năm Giáp Thìn" in reading.gloss


def test_a_slip_without_a_count_before_the_span_stays_refused() -> None:
    # b-cafef / b-dantri print the same break without its count: which is wrong is not said
    why = refused(
        "từ 9/2 đến 22/2/2026 (tức 22 tháng Chạp đến mùng 5 tháng Giêng)", ctx("2026-02-09")
    )
    assert "không phải 5 tháng 1 như chú thích" in why
    # a count elsewhere in the phrase counts something else
    refused(
        "nghỉ 14 ngày, sớm 14 ngày so với năm trước, từ 9/2 đến hết 22/2 (tức 22 tháng Chạp "
        "đến mùng 5 tháng Giêng)",
        ctx("2026-01-12"),
    )


def test_both_ends_off_or_one_end_two_days_off_stay_refused() -> None:
    for gloss in (
        "tức 21 tháng Chạp đến mùng 5 tháng Giêng",  # both ends off
        "tức 22 tháng Chạp đến mùng 4 tháng Giêng",  # two days off
        "tức 22 tháng Chạp năm Giáp Thìn đến mùng 5 tháng Giêng",  # the lunar year is not
        "tức mùng 5 tháng Giêng",  # one end glossed: nothing outvotes it
    ):
        refused(f"với 14 ngày liên tục từ 9/2 đến hết 22/2 ({gloss})", ctx("2026-01-12"))
    refused(  # the good end's gloss off as well (28 Chạp for 27 Chạp)
        "12 ngày, từ ngày 15 tháng 01 năm 2025 (17 tháng Chạp âm lịch) đến ngày 26 tháng 01 năm "
        "2025 (28 tháng Chạp âm lịch)",
        ctx("2024-11-12"),
    )


def test_the_span_in_another_year_is_not_outvoted() -> None:
    # 9/2/2027 is mùng 4 of Đinh Mùi: the gloss is no slip of a day there
    refused(
        "với 14 ngày liên tục từ 9/2 đến hết 22/2/2027 (tức 22 tháng Chạp đến mùng 5 tháng Giêng)",
        ctx("2026-01-12"),
    )


def test_a_negation_a_condition_a_cadence_a_choice_a_second_day_stay_refused() -> None:
    for phrase in (
        f"không nghỉ {TET_BREAK[4:]}",
        f"nếu được, nghỉ {TET_BREAK[4:]}",
        f"hằng năm nghỉ {TET_BREAK[4:]}",
        "với 14 ngày liên tục từ 9/2 đến hết 22/2 hoặc từ 10/2 đến 23/2 (tức 22 tháng Chạp đến "
        "mùng 5 tháng Giêng)",
        f"{TET_BREAK}, học bù ngày 28/2",
    ):
        refused(phrase, ctx("2026-01-12"))


@given(st.integers(min_value=1, max_value=99).filter(lambda count: count != 14))
def test_only_the_count_of_the_solar_span_outvotes_the_gloss(count: int) -> None:
    # 13 would count from the day after 9/2 (Bộ luật Dân sự 2015, Điều 147): the gloss's
    # 13 lunar days could then be the span meant, and the phrase stays refused
    refused(TET_BREAK.replace("14 ngày", f"{count} ngày"), ctx("2026-01-12"))

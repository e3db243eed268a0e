"""Session 55, helper guards55: phrases read as a wrong or doubtful day on tidy54, and their
neighbours (issue 11 §1: never a silent wrong date). Each is refused now with its reason,
and the plain neighbours each form was built for still read:

- an event told by its body before its day and part of the day ("Sở GD cho biết sáng 1-7 sẽ
  tổ chức hội nghị nếu đủ điều kiện"), its step on a condition or negated (`agenda`,
  `conditional.step_held_back`): the checks a day opening the phrase gets never saw it;
- a cadence told done, not yet or kept up after the cadence ("Hội nghị tổng kết hằng năm đã
  tổ chức"), words its label leaves out (`engine._refuse_habit_told_done`);
- days of one year beside a programme's span of years ("từ 15/9 đến 15/10, giai đoạn 2026 -
  2030"): each year's, read as the plan's year and the span as a milestone (`spanofyears`);
- a figure reached closing a span of days ("…, lượng khách đạt 30.000 lượt": `refusals`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

# --- an event told by its body before its day --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Sở GD cho biết sáng 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện", "nếu"),
        ("Sở GD cho biết chiều 1.7 sẽ tổ chức hội nghị nếu đủ điều kiện", "nếu"),
        ("Sở GD cho biết sáng ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện", "nếu"),
        ("Sở GD cho biết sáng 1-7 sẽ không tổ chức hội nghị", "không"),
        ("Sở GD cho biết sáng 1-7 chưa tổ chức hội nghị", "chưa"),
        ("Hội nghị sáng 1/7 không tổ chức", "không"),
        ("Hội nghị sáng 1/7 không được tổ chức", "không"),
        ("Hội nghị sáng ngày 1/7/2025 sẽ không tổ chức", "không"),
        ("Hội nghị vào sáng 1-7 sẽ không tổ chức", "không"),
        ("Hội nghị tổ chức vào sáng 1/7 nếu trời không mưa", "nếu"),
        ("UBND xã sáng 1/7 sẽ tổ chức hội nghị (nếu có)", "nếu"),
        ("UBND xã sáng 1/7 tổ chức hội nghị khi có ý kiến", "khi có"),
        ("UBND xã sáng 1/7 tổ chức hội nghị trong trường hợp cần thiết", "trường hợp"),
        ("Sở GD cho biết tối 1/7/2025 sẽ tổ chức hội nghị tùy tình hình", "tùy tình hình"),
    ],
)
def test_an_event_told_after_its_body_on_a_condition_or_negated_is_refused(
    phrase: str, said: str
) -> None:
    why = refused(phrase, ctx("2025-03-01"))
    assert "điều kiện hoặc bị phủ định" in why
    assert f"“{said}" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Sở GD cho biet sang 1-7 se to chuc hoi nghi neu du dieu kien",  # bare: refused still
        "Sáng 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện",
        "Ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện",
        "Sở GD cho biết ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện",
        "Ông A cho biết sáng 1-7 đã tổ chức hội nghị",
    ],
)
def test_the_neighbours_of_an_event_on_a_condition_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Sở GD cho biết sáng 1-7 sẽ tổ chức hội nghị",
        "UBND xã sáng 1/7 tổ chức hội nghị",
    ],
)
def test_an_event_told_after_its_body_with_no_condition_still_reads(phrase: str) -> None:
    reading = one(phrase, ctx("2025-03-01"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.DATE,
        date(2025, 7, 1),
        date(2025, 7, 1),
    )


# --- a cadence told done after the cadence -------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị tổng kết hằng năm đã tổ chức",
        "Hội nghị tổng kết hằng năm đã được tổ chức",
        "Hội nghị tổng kết hằng năm vừa tổ chức",
        "Hội nghị tổng kết hằng năm chưa tổ chức",
        "Hội nghị tổng kết hằng năm vẫn tổ chức",
        "Các xã tiêm phòng hằng năm đã xong",
        "Báo cáo hằng quý đã gửi Sở",
        "Hoi nghi tong ket hang nam da to chuc",
        "Các xã đã tiêm phòng hằng năm",  # before the cadence: refused as on tidy54
    ],
)
def test_a_cadence_told_done_after_it_is_refused(phrase: str) -> None:
    assert "việc định kỳ kể là đã làm" in refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị tổng kết hằng năm",
        "Hội nghị tổng kết hằng năm đã giao cho Sở Nội vụ tổ chức",  # a decision: to keep
        "Báo cáo hằng năm thường xuyên cập nhật",  # "thường xuyên": no habit told
    ],
)
def test_a_cadence_not_told_done_still_reads(phrase: str) -> None:
    reading = one(phrase, ctx("2025-03-01"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None


# --- days of one year beside a span of years -----------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Tiêm phòng từ 15/9 đến 15/10, giai đoạn 2026 - 2030",  # read as two milestones
        "Tiêm phòng từ 15/9 đến 15/10, giai đoạn 2021 - 2025",  # read as 2021's window
        "Tiêm phòng từ 15/9 đến 15/10/2026, giai đoạn 2026 - 2030",
        "Tiêm phòng ngày 15/9, giai đoạn 2026 - 2030",
        "Tiêm phòng trước ngày 15/9, giai đoạn 2026 - 2030",
        "Tiêm phòng tháng 9, giai đoạn 2026 - 2030",
        "Tiêm phòng từ 15/9 đến 15/10 (giai đoạn 2026 - 2030)",
        "Tiem phong tu 15/9 den 15/10, giai doan 2026 - 2030",
    ],
)
def test_days_of_a_year_beside_a_span_of_years_are_refused(phrase: str) -> None:
    why = refused(phrase, ctx("2026-03-01"))
    assert "mỗi năm" in why or "giai đoạn" in why


def test_a_congress_in_its_term_still_reads_its_days() -> None:
    # the corpus's q-tienphong: "nhiệm kỳ" names the body, its congress's days are its own
    reading = one(
        "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2025 - 2030 diễn ra "
        "vào ngày 17 - 18/12/2025",
        ctx("2025-11-01"),
    )
    assert (reading.first, reading.last) == (date(2025, 12, 17), date(2025, 12, 18))


# --- a figure reached after a span of days -------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 1/7 đến 30/9, lượng khách đạt 30.000 lượt",
        "Từ ngày 1/7 đến 30/9 lượng khách đạt hơn 30.000 lượt.",
        "Từ ngày 1/7 đến 30/9, thu ngân sách đạt 2.730,7 tỷ đồng",
        "Ngày 1/7, lượng khách đạt 30.000 lượt",
        "Tu ngay 1/7 den 30/9, luong khach dat 30.000 luot",
        "Từ ngày 1/7 đến 30/9, lượng khách giảm 30%",
        "Ngày 20/5/2022, họp, 15",  # "15" accounted for nothing: refused as on tidy54
    ],
)
def test_a_figure_after_its_days_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


def test_a_target_over_the_days_still_reads() -> None:
    reading = one("Từ ngày 1/7 đến 30/9, phấn đấu lượng khách đạt 30.000 lượt", ctx("2025-03-01"))
    assert (reading.first, reading.last) == (date(2025, 7, 1), date(2025, 9, 30))


# --- a day opening the phrase with no mark, then its step negated ---------------------------


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Ngày 1-7 các xã không tổ chức hội nghị", "không"),  # read as a firm 01/07
        ("Ngày 15 tháng 3 năm 2026 không tổ chức hội nghị", "không"),
        ("Ngay 1-7 cac xa khong to chuc hoi nghi", "khong"),
        ("Ngày 1-7 các xã chưa tổ chức hội nghị", "chưa"),
        ("Ngày 1-7 các xã chẳng tổ chức hội nghị", "chẳng"),
        ("Ngày 1-7, các xã chẳng tổ chức hội nghị", "chẳng"),
    ],
)
def test_a_day_opening_the_phrase_then_its_step_negated_is_refused(phrase: str, said: str) -> None:
    why = refused(phrase, ctx("2025-03-01"))
    assert f"(“{said}”)" in why
    assert "phủ định" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước ngày 1/7 các xã chẳng gửi báo cáo",
        "Trước ngày 1/7, các xã chẳng gửi báo cáo",
        "Từ ngày 1/7 đến 30/9, các xã chẳng tổ chức hội nghị",
        "Trong tháng 7, các xã chẳng tổ chức hội nghị",
        "Sở GD cho biết sáng 1-7 các xã chẳng tổ chức hội nghị",
    ],
)
def test_a_step_told_with_chang_after_its_time_is_refused(phrase: str) -> None:
    assert "chẳng" in refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 1-7 sẽ tổ chức hội nghị",
        "Ngày 1-7 tổ chức hội nghị không gian mạng",  # "không gian": space, a noun
        "Ngày 1-7, chẳng hạn, tổ chức hội nghị",  # "chẳng hạn": for example, no negation
    ],
)
def test_a_day_opening_the_phrase_with_its_step_still_reads(phrase: str) -> None:
    assert one(phrase, ctx("2025-03-01")).last == date(2025, 7, 1)

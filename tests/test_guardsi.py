"""Session 46, silent wrong dates (helper guardsi): two forms read as deadlines that a careful
reader refuses (issue 11: never a silent wrong date). A condition on a need, a request or what
may arise opening the step ("Trường hợp cần thiết, …", "Tùy tình hình, …": ruling 38(g) of
tests/corpus/README.md, as "Nếu cần thiết, …" is refused), and a figure reached in a period
already over, told with "được", a rise or fall in per cent, or a count of units that reached
the standard (convention 4, as "Đến hết tháng 2/2026, giải ngân đạt 12% …" is refused)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, last_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
ISSUED = "2026-03-10"


def _read(phrase: str, issued: str | None = ISSUED) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# --- a condition on a need, a request or what may arise: whether, and so when, is not set


@pytest.mark.parametrize(
    "phrase",
    [
        "Trường hợp cần thiết, tổ chức hội nghị trước ngày 15/4/2026",
        "Trong trường hợp cần thiết, tổ chức phiên họp bất thường trong tháng 4/2026",
        "Trường hợp có yêu cầu, báo cáo trước ngày 15/4/2026",
        "Trường hợp được yêu cầu, báo cáo trước ngày 15/4/2026",
        "Trường hợp phát sinh, báo cáo trước ngày 15/4/2026",
        "Trường hợp có phát sinh, báo cáo trước ngày 15/4/2026",
        "Tùy tình hình thực tế, tổ chức trước ngày 15/4/2026",
        "Tùy tình hình, tổ chức trong quý II/2026",
        "Tuỳ điều kiện thực tế, các xã tổ chức trước ngày 15/4/2026",
        "Các xã chủ động; trường hợp cần thiết, báo cáo trước ngày 15/4/2026",
    ],
)
def test_a_condition_on_a_need_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(ISSUED))
    assert "làm đổi nghĩa thời hạn" in why and "last_day" in why


def test_the_condition_is_named_in_the_reason() -> None:
    why = refused("Trường hợp cần thiết, tổ chức hội nghị trước ngày 15/4/2026", ctx(ISSUED))
    assert "“Trường hợp cần thiết”" in why


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the cases to handle, a noun, not a condition on the step: a real deadline
        ("Các trường hợp vi phạm phải xử lý trước ngày 15/4/2026", date(2026, 4, 15)),
        ("Các trường hợp phát sinh phải xử lý trước ngày 15/4/2026", date(2026, 4, 15)),
        ("Tổ chức hội nghị trước ngày 15/4/2026", date(2026, 4, 15)),
    ],
)
def test_cases_named_keep_their_deadline(phrase: str, last: date) -> None:
    assert last_days(phrase, ISSUED) == (last,)


def test_a_case_of_difficulty_keeps_its_day() -> None:
    # i-znews-cong-dien-1-1-2026-chien-dich-quang-trung: a case, then the duty's own day
    phrase = (
        "Trường hợp có khó khăn, vướng mắc vượt quá thẩm quyền, phải báo cáo chậm nhất trong "
        "ngày 3/1/2026"
    )
    assert _read(phrase, "2026-01-01") == [(D, date(2026, 1, 3), date(2026, 1, 3))]


def test_circumstances_after_the_start_keep_it() -> None:
    # za-znews-nghi-hoc-bao-bualoi-2025: "tùy tình hình" after the time part, the start stays
    phrase = (
        "Từ ngày 1/10, tùy tình hình thời tiết, các cơ sở giáo dục chủ động theo dõi, báo cáo "
        "để quyết định cho học sinh nghỉ tiếp nếu cần."
    )
    (reading,) = parse_deadlines(phrase, ctx("2025-09-30"))
    assert (reading.earliest, reading.last) == (date(2025, 10, 1), None)


# --- a figure reached in a period already over: a result, no deadline


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến ngày 5/3/2026, toàn tỉnh giải ngân được 35% kế hoạch vốn",
        "Đến hết tháng 2/2026, giải ngân được 12% kế hoạch vốn",
        "Tới ngày 5/3/2026, tiêm được 90% dân số",
        "Năm 2025, GRDP tăng 8,5%",
        "Năm 2025, thu ngân sách giảm 3,2% so với dự toán",
        "Năm 2025, tỉnh trồng mới được 1.200 ha rừng",
        "Đến ngày 5/3/2026, 120 xã đạt chuẩn nông thôn mới",
        "Đến ngày 5/3/2026, 45 xã được công nhận đạt chuẩn nông thôn mới",
    ],
)
def test_a_figure_reached_in_a_past_period_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(ISSUED))
    assert "kết quả đạt được" in why and "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        # a day ahead of the issue: a plan's target, read as "đạt" is (convention 4)
        ("Đến hết năm 2026, giải ngân được 95% kế hoạch", (D, date(2026, 12, 31))),
        ("Năm 2026, GRDP tăng 8,5%", (W, date(2026, 12, 31))),
        ("Đến năm 2030, phấn đấu 100% xã đạt chuẩn nông thôn mới", (D, date(2030, 12, 31))),
        ("Đến ngày 15/4/2026, 120 xã đạt chuẩn nông thôn mới", (D, date(2026, 4, 15))),
        # a duty by a past day is no figure: the rule leaves it to the others
        ("Đến ngày 5/3/2026, các xã phải hoàn thành rà soát", (D, date(2026, 3, 5))),
    ],
)
def test_a_target_ahead_keeps_its_day(phrase: str, reading: tuple[object, ...]) -> None:
    ((kind, _first, last),) = _read(phrase)
    assert (kind, last) == reading


@given(st.dates(date(2026, 2, 24), date(2026, 3, 9)), st.integers(1, 99))
def test_any_past_day_s_figure_is_refused(day: date, share: int) -> None:
    phrase = f"Đến ngày {day.day}/{day.month}/{day.year}, giải ngân được {share}% kế hoạch vốn"
    assert "kết quả đạt được" in refused(phrase, ctx(ISSUED))


@given(st.integers(4, 12), st.integers(1, 99))
def test_any_month_ahead_is_a_target(month: int, share: int) -> None:
    phrase = f"Đến hết tháng {month}/2026, giải ngân được {share}% kế hoạch vốn"
    (last,) = last_days(phrase, ISSUED)
    assert (last.year, last.month) == (2026, month) and (last + timedelta(days=1)).day == 1

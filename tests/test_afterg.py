"""Session 44, family A (helper afterg): phrases refused for words around the date the grammar
did not know, read when those words name no time: the day a piece of news is told, before who
tells it, and the weekday printed between the hours of a day and the day (issue 11: never a
silent wrong date; a negation, a condition, a thing told done, a cadence and a weekday that is
not the day's stay refused)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# x-thanhnien-tay-ninh-hoi-xuan-nui-ba-den-2026 (Thanh Niên, 18/01/2026)
SPRING_FESTIVAL_TOLD = (
    "Ngày 18.1, tin từ UBND tỉnh Tây Ninh cho biết, Hội Xuân núi Bà Đen năm Bính Ngọ 2026 sẽ "
    "diễn ra từ ngày 17.2 đến 18.3.2026 (nhằm ngày mùng 1 tháng giêng đến ngày 30 tháng giêng "
    "năm Bính Ngọ 2026), tại Khu du lịch quốc gia núi Bà Đen"
)


def test_the_day_the_news_is_told_is_kept_as_the_gloss() -> None:
    (reading,) = parse_deadlines(SPRING_FESTIVAL_TOLD, ctx("2026-01-18"))
    assert days(reading) == (W, date(2026, 2, 17), date(2026, 3, 18))
    assert reading.gloss is not None and "18.1 là ngày đưa tin" in reading.gloss


def test_news_told_on_its_day_of_a_start_to_come() -> None:
    phrase = "Chiều 18/1, Sở Y tế cho biết, chiến dịch sẽ bắt đầu từ ngày 1/3/2026"
    (reading,) = parse_deadlines(phrase, ctx("2026-01-18"))
    assert reading.earliest == date(2026, 3, 1) and reading.last is None


def test_news_told_on_its_day_of_a_thing_done_negated_or_yearly_stays_refused() -> None:
    issued = ctx("2026-01-18")
    refused("Ngày 18.1, UBND tỉnh cho biết, Hội Xuân đã diễn ra từ ngày 17.2 đến 18.3.2026", issued)
    refused(
        "Ngày 18.1, UBND tỉnh cho biết, Hội Xuân sẽ không diễn ra từ ngày 17.2 đến 18.3.2026",
        issued,
    )
    refused(
        "Ngày 18.1, UBND tỉnh cho biết, Hội Xuân hằng năm sẽ diễn ra từ ngày 17.2 đến 18.3", issued
    )
    # nothing told to come ("sẽ", "dự kiến"): a report, not a plan
    refused("Ngày 18.1, UBND tỉnh cho biết, Hội Xuân diễn ra từ ngày 17.2 đến 18.3.2026", issued)
    # a condition on what is told
    refused(
        "Ngày 18.1, UBND tỉnh cho biết, nếu thời tiết thuận lợi, Hội Xuân sẽ diễn ra từ ngày "
        "17.2 đến 18.3.2026",
        issued,
    )


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=28))
def test_any_day_of_the_telling_leaves_the_window_told(told: int, start: int) -> None:
    phrase = (
        f"Ngày {told}.1, UBND tỉnh cho biết, Hội chợ sẽ diễn ra từ ngày {start}.3 đến 30.3.2026"
    )
    assert _read(phrase, "2026-01-30") == [(W, date(2026, 3, start), date(2026, 3, 30))]


# z-dawaco-tam-ngung-cap-nuoc-hoa-cuong-2026 (Dawaco, Đà Nẵng: water cut for works on a main)
WORKS_ON_A_MONDAY = (
    "Từ 14h00′ đến 15h30′ thứ hai ngày 02/02/2026, Liên danh Công ty TNHH Huy Như – Công ty "
    "TNHH Hồ Minh – Công ty CP tư vấn và xây dựng Betaco thực hiện thao tác trên tuyến ống "
    "DN100PVC đường Hàn Thuyên."
)


def test_hours_of_a_day_with_its_weekday_before_the_day() -> None:
    (reading,) = parse_deadlines(WORKS_ON_A_MONDAY, ctx("2026-01-30"))
    assert days(reading) == (D, date(2026, 2, 2), date(2026, 2, 2))
    assert reading.time == "15:30"
    phrase = "từ 8 giờ đến 11 giờ 30 Chủ nhật, ngày 01/02/2026"
    assert _read(phrase, "2026-01-30") == [(D, date(2026, 2, 1), date(2026, 2, 1))]


def test_hours_with_a_weekday_not_the_day_s_or_each_week_stay_refused() -> None:
    issued = ctx("2026-01-30")
    why = refused("Từ 14h00 đến 15h30 thứ ba ngày 02/02/2026", issued)
    assert "là Thứ Hai, không phải Thứ Ba" in why
    refused("từ 8 giờ đến 11 giờ 30 thứ Hai ngày 07/02/2026", issued)
    refused("Từ 14h00 đến 15h30 thứ hai hằng tuần", issued)


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=0, max_value=6))
def test_a_weekday_between_hours_and_day_is_checked(day: int, weekday: int) -> None:
    names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
    phrase = f"từ 8h00 đến 10h30 {names[weekday]} ngày {day}/3/2026"
    context = ctx("2026-02-01")
    if date(2026, 3, day).weekday() != weekday:
        refused(phrase, context)
    elif weekday != 3:  # "thứ Năm" after hours is refused for its "năm", as on main
        assert _read(phrase, "2026-02-01") == [(D, date(2026, 3, day), date(2026, 3, day))]

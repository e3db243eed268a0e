"""The timeline's chart model: rows, marks and states, the span, the axis; cutting titles."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.base.text import cut, graphemes, nfc
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.settings import Settings
from kehoach.reports.selection import select
from kehoach.reports.status import Bin, build_report
from kehoach.reports.timeline import (
    Chart,
    State,
    Unit,
    axis_labels,
    build_chart,
    next_start,
    tick_label,
    unit_for,
    unit_start,
    unit_ticks,
)

TESTS = Path(__file__).parent
BUNDLED = TESTS.parent / "plans"
TIMELINE_PLANS = TESTS / "plans" / "timeline"
AS_OF_348 = date(2022, 8, 1)
AS_OF_100 = date(2024, 6, 10)


@pytest.fixture(scope="module")
def bundled() -> Repository:
    return load_repository([BUNDLED], Settings(), BUNDLED)


@pytest.fixture(scope="module")
def fixtures() -> Repository:
    return load_repository([TIMELINE_PLANS], Settings(), TIMELINE_PLANS)


def chart_of(repo: Repository, plan: str, today: date, **span: date) -> Chart:
    selection = select(repo.plans, repo.directory, [plan])
    return build_chart(repo.plans, Settings(), repo.directory, today, selection=selection, **span)


def states_by_task(chart: Chart) -> dict[str, list[State]]:
    return {row.task_id: [mark.state for mark in row.marks] for row in chart.rows()}


def test_kh_348_spans_june_2022_to_january_2023_in_months(bundled: Repository) -> None:
    chart = chart_of(bundled, "348", AS_OF_348)
    assert (chart.start, chart.end, chart.unit) == (date(2022, 6, 1), date(2023, 1, 31), Unit.MONTH)
    assert [tick.month for tick in chart.ticks] == [6, 7, 8, 9, 10, 11, 12, 1]
    assert [g.name for g in chart.groups] == ["348/KH-UBND"]
    assert len(list(chart.rows())) == 21  # every task of the plan, in the file's order
    assert [row.task_id for row in chart.rows()][:4] == ["1", "2", "3", "3.1"]


def test_marks_carry_the_bins_of_the_status_report(bundled: Repository) -> None:
    chart = chart_of(bundled, "348", AS_OF_348)
    selection = select(bundled.plans, bundled.directory, ["348"])
    report = build_report(
        bundled.plans, Settings(), bundled.directory, AS_OF_348, selection=selection
    )
    from_report = [str(item.bin) for item in report.items]
    drawn = [mark.state for row in chart.rows() for mark in row.marks]
    no_date = {State.NO_DATE: str(Bin.NO_DEADLINE), State.DUE_SOON: str(Bin.IN_TIME)}
    assert [no_date.get(state, str(state)) for state in drawn] == from_report


def test_a_window_spans_its_days_and_a_task_keeps_all_its_deadlines(bundled: Repository) -> None:
    rows = {row.task_id: row for row in chart_of(bundled, "348", AS_OF_348).rows()}
    window = rows["4"].marks[0]  # Tháng 6,7,8/2022
    assert (window.first, window.last, window.state) == (
        date(2022, 6, 1),
        date(2022, 8, 31),
        State.IN_TIME,
    )
    assert [(m.last, m.label) for m in rows["2"].marks] == [
        (date(2022, 7, 5), "Tham mưu UBND tỉnh"),
        (date(2022, 7, 15), "Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập"),
    ]
    assert rows["III.3.c"].marks[0].state is State.NO_DATE
    assert rows["2"].lead_short == ("Sở KH&ĐT",)  # the registry's usual short form


def test_every_state_on_its_task(fixtures: Repository) -> None:
    states = states_by_task(chart_of(fixtures, "100", AS_OF_100))
    assert states == {
        "1": [State.OVERDUE],
        "2": [State.DUE_SOON],
        "3": [State.IN_TIME],
        "4": [State.DONE_ON_TIME],
        "5": [State.DONE_LATE],
        "6": [State.IN_TIME],
        "7": [State.ONGOING],
        "8": [State.NO_DATE],
        "9": [State.OVERDUE, State.IN_TIME],
        "10": [State.IN_TIME],
        "11": [State.IN_TIME],
    }  # and the cancelled task 12 is in no row


def test_a_recurring_deadline_is_drawn_on_its_current_occurrence(fixtures: Repository) -> None:
    rows = {row.task_id: row for row in chart_of(fixtures, "100", AS_OF_100).rows()}
    assert rows["10"].marks[0].first == rows["10"].marks[0].last == date(2024, 12, 15)


def test_a_span_asked_for_hides_tasks_outside_it_and_keeps_undated_ones(
    fixtures: Repository,
) -> None:
    chart = chart_of(fixtures, "100", AS_OF_100, start=date(2024, 6, 1), end=date(2024, 6, 30))
    assert (chart.start, chart.end, chart.unit) == (date(2024, 6, 1), date(2024, 6, 30), Unit.DAY)
    shown = [row.task_id for row in chart.rows()]
    assert shown == ["2", "6", "7", "8", "9", "11"]
    assert chart.hidden == 5  # 1, 4, 5 before June, 3 in July, 10 in December


def test_a_span_without_deadlines_keeps_only_undated_rows(bundled: Repository) -> None:
    chart = chart_of(bundled, "348", AS_OF_348, start=date(2030, 1, 1), end=date(2030, 1, 31))
    assert [row.task_id for row in chart.rows()] == ["III.3.c"]
    assert chart.hidden == 20


def test_only_one_side_of_the_span_given(bundled: Repository) -> None:
    after = chart_of(bundled, "348", AS_OF_348, start=date(2022, 9, 1))
    assert after.start == date(2022, 9, 1) and after.end == date(2023, 1, 31)
    beyond = chart_of(bundled, "348", AS_OF_348, start=date(2030, 1, 1))
    assert beyond.start == date(2030, 1, 1) and beyond.days >= 14
    before = chart_of(bundled, "348", AS_OF_348, end=date(2022, 6, 5))
    assert before.end == date(2022, 6, 5) and before.start <= date(2022, 5, 23)


def test_a_plan_with_only_ongoing_tasks_gets_two_weeks_from_the_day(
    fixtures: Repository,
) -> None:
    chart = chart_of(fixtures, "200", AS_OF_100)
    assert (chart.start, chart.end, chart.unit) == (AS_OF_100, date(2024, 6, 23), Unit.DAY)
    assert chart.states() == {State.ONGOING}


def test_a_start_after_the_end_is_refused(bundled: Repository) -> None:
    with pytest.raises(ValueError, match="01/02/2023"):
        chart_of(bundled, "348", AS_OF_348, start=date(2023, 2, 1), end=date(2023, 1, 1))


@pytest.mark.parametrize(
    ("days", "unit"),
    [
        *[(1, Unit.DAY), (31, Unit.DAY), (32, Unit.WEEK), (100, Unit.WEEK), (245, Unit.MONTH)],
        *[(731, Unit.MONTH), (1500, Unit.QUARTER), (2200, Unit.QUARTER), (3653, Unit.YEAR)],
    ],
)
def test_the_unit_follows_the_length_of_the_span(days: int, unit: Unit) -> None:
    first = date(2022, 6, 1)
    assert unit_for(first, first + timedelta(days=days - 1)) is unit


@pytest.mark.parametrize(
    ("unit", "day", "with_year", "label"),
    [
        (Unit.MONTH, date(2022, 6, 1), True, "T6/2022"),
        (Unit.MONTH, date(2022, 12, 1), False, "T12"),
        (Unit.QUARTER, date(2022, 7, 1), True, "Q3/2022"),
        (Unit.WEEK, date(2022, 6, 6), False, "06/06"),  # a week by its Monday, not "tuần 23"
        (Unit.WEEK, date(2021, 1, 4), True, "04/01/2021"),
        (Unit.DAY, date(2022, 8, 1), False, "01/08"),
        (Unit.YEAR, date(2026, 1, 1), False, "2026"),
    ],
)
def test_tick_labels_are_vietnamese(unit: Unit, day: date, with_year: bool, label: str) -> None:
    assert tick_label(unit, day, with_year) == label


@given(st.sampled_from(list(Unit)), st.dates(date(1990, 1, 1), date(2100, 1, 1)))
def test_units_tile_the_calendar(unit: Unit, day: date) -> None:
    start = unit_start(unit, day)
    assert start <= day < next_start(unit, start)
    assert unit_start(unit, next_start(unit, start)) == next_start(unit, start)


def test_the_axis_writes_the_year_where_it_changes(bundled: Repository) -> None:
    chart = chart_of(bundled, "348", AS_OF_348)
    wide = axis_labels(chart, lambda d: chart.fraction(d) * 200, len, 200)
    assert [label.text for label in wide] == [
        "T6/2022",
        "T7",
        "T8",
        "T9",
        "T10",
        "T11",
        "T12",
        "T1/2023",
    ]
    narrow = [label.text for label in axis_labels(chart, lambda d: chart.fraction(d) * 30, len, 30)]
    assert narrow and len(narrow) < 8


def test_the_last_month_keeps_its_label_without_its_year_when_the_year_does_not_fit(
    bundled: Repository,
) -> None:
    """T1/2023 runs past the edge at 42 cells: it is written T1 at its tick, not dropped."""
    chart = chart_of(bundled, "348", AS_OF_348)
    labels = axis_labels(chart, lambda d: int(chart.fraction(d) * 42), len, 42)
    assert labels[-1].text == "T1" and labels[-1].day == date(2023, 1, 1)
    assert labels[-1].at == int(chart.fraction(date(2023, 1, 1)) * 42)


def test_a_last_label_with_no_room_after_its_tick_ends_at_the_edge() -> None:
    start, end = date(2022, 6, 1), date(2022, 6, 2)
    chart = Chart(start, 7, start, end, Unit.DAY, unit_ticks(Unit.DAY, start, end), (), 0)
    # 02/06 stands 3 cells from the edge: its 5 characters end there, over the day before
    labels = axis_labels(chart, lambda d: 0 if d == start else 8, len, 11)
    assert labels == [(start, "01/06", 0), (end, "02/06", 6)]
    # with no room between the first label and the edge, the last one is left out
    assert axis_labels(chart, lambda d: 0 if d == start else 8, len, 10) == [
        (start, "01/06/2022", 0)
    ]


@given(
    st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    st.integers(1, 5000),
    st.integers(5, 300),
)
def test_axis_labels_never_overlap_nor_pass_the_edge(start: date, days: int, room: int) -> None:
    end = start + timedelta(days=days - 1)
    unit = unit_for(start, end)
    chart = Chart(start, 7, start, end, unit, unit_ticks(unit, start, end), (), 0)
    labels = axis_labels(chart, lambda d: int(chart.fraction(d) * room), len, room)
    places = [(at, len(text)) for _, text, at in labels]
    assert all(at + width <= room for at, width in places)
    assert all(a + w + 1 <= b for (a, w), (b, _) in pairwise(places))


# --- Cutting titles -------------------------------------------------------------------------

NFD_TITLE = unicodedata.normalize("NFD", "Tổng hợp báo cáo từ các ngành, đơn vị xây dựng dự thảo")


def test_cut_keeps_a_short_title_whole_and_on_one_line() -> None:
    assert cut("Họp Ban\nChỉ  đạo", 40) == "Họp Ban Chỉ đạo"


def test_cut_prefers_a_word_boundary() -> None:
    assert cut("Tổng hợp báo cáo từ các ngành", 20) == "Tổng hợp báo cáo từ…"


def test_cut_composes_decomposed_text_before_counting() -> None:
    assert cut(NFD_TITLE, 13) == "Tổng hợp báo…"


def test_cut_never_separates_a_letter_from_its_marks() -> None:
    # A tone mark on a letter that has no precomposed form stays two code points in NFC.
    text = "x\u0303" * 30
    assert len(graphemes(text)) == 30
    for width in range(1, 20):
        shown = cut(text, width)
        assert shown.count("x") == shown.count("\u0303")


VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        [*"aăâeêioôơuưyđ AĂÂĐ,.-", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    ),
    max_size=200,
)


@given(VIETNAMESE, st.integers(1, 80))
def test_cut_fits_and_is_a_prefix_at_a_grapheme_boundary(text: str, width: int) -> None:
    shown = cut(text, width)
    flat = " ".join(nfc(text).split())
    assert len(shown) <= width
    head = shown.removesuffix("…")
    assert flat.startswith(head)
    clusters = graphemes(flat)
    boundaries = {len("".join(clusters[:i])) for i in range(len(clusters) + 1)}
    assert len(head) in boundaries

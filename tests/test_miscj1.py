"""Session 47, family M1 (helper miscj1): phrases refused for assorted other reasons; the
forms several share read right, their neighbours kept refused (issue 11: never a silent
wrong date)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _sown(header: str, issued: str = "2021-10-20") -> Context:
    """The context of a sowing calendar's cell under `header`, issued on `issued`."""
    return replace(ctx(issued), header=header)


def _read(phrase: str, context: Context) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings in `context`."""
    return [days(one) for one in parse_deadlines(phrase, context)]


# --- a sowing calendar written in the autumn: its January to May are the coming crop's


def test_a_sowing_calendars_early_days_are_the_coming_crops() -> None:
    # p-huongtho-hue-lich-thoi-vu-dong-xuan-2021 (UBND xã Hương Thọ, TB 356 of 20/10/2021,
    # the winter-spring calendar 2021-2022), column "Cấy" (transplanting)
    assert _read("15-20/1", _sown("Cấy")) == [(W, date(2022, 1, 15), date(2022, 1, 20))]
    assert _read("05-15/2", _sown("Cấy")) == [(W, date(2022, 2, 5), date(2022, 2, 15))]
    (reading,) = parse_deadlines("15-20/1", _sown("Cấy"))
    assert "lịch thời vụ" in reading.reading and "2022" in reading.reading


def test_a_sowing_calendars_other_columns_and_forms() -> None:
    assert _read("từ 5/1 đến 15/1", _sown("Gieo sạ")) == [(W, date(2022, 1, 5), date(2022, 1, 15))]
    assert _read("20/1", _sown("Xuống giống")) == [(D, date(2022, 1, 20), date(2022, 1, 20))]
    # a day of the calendar's own autumn keeps the issue year
    assert _read("15-20/12", _sown("Gieo mạ")) == [(W, date(2021, 12, 15), date(2021, 12, 20))]


def test_early_days_outside_a_sowing_column_stay_refused() -> None:
    # no header, or one that names no sowing work ("Cây trồng": the crop, not "cấy")
    assert "đã qua" in refused("05-15/2", ctx("2021-10-20"))
    assert "đã qua" in refused("05-15/2", _sown("Cây trồng"))
    assert "đã qua" in refused("05-15/2", _sown("Thời gian"))


def test_a_sowing_calendar_written_before_the_autumn_stays_refused() -> None:
    # written in June, a day of February may be the crop just reaped
    assert "đã qua" in refused("05-15/2", _sown("Cấy", "2021-06-20"))


def test_a_sowing_cell_with_more_than_days_stays_refused() -> None:
    assert refused("05-15/2 năm nay", _sown("Cấy"))  # this year's: past
    assert refused("đã cấy 05-15/2", _sown("Cấy"))  # told done
    assert refused("không cấy 15-20/1", _sown("Cấy"))  # negated
    assert refused("15-20/1 hằng năm", _sown("Cấy"))  # a cadence
    assert refused("15-20/1, 5/2", _sown("Cấy"))  # a second time
    # a month past the crop's (July) and a day with a year read as written
    assert "đã qua" in refused("05-15/7", _sown("Cấy"))
    assert _read("15-20/1/2021", _sown("Cấy")) == [(W, date(2021, 1, 15), date(2021, 1, 20))]


@given(
    month=st.integers(1, 5),
    start=st.integers(1, 18),
    length=st.integers(1, 10),
    issued_month=st.integers(9, 11),
)
def test_any_early_span_of_an_autumn_sowing_calendar_is_next_years(
    month: int, start: int, length: int, issued_month: int
) -> None:
    issued = f"2021-{issued_month:02d}-15"
    reading = _read(f"{start}-{start + length}/{month}", _sown("Cấy", issued))
    assert reading == [(W, date(2022, month, start), date(2022, month, start + length))]


# t-hue-snn-lich-thoi-vu-dong-xuan-2018-2019 (Sở NN&PTNT Thừa Thiên Huế, 16/10/2018): the
# crop named in a sentence, rolled to the coming year, was taken back by the lead (session 47's
# tester: "lúa vụ Đông Xuân qua trổ …", a guidance cited with its day of April, were rolled too)
HEADING = "Bố trí khung lịch thời vụ để đảm bảo lúa vụ Đông Xuân trổ tập trung từ 10/4 đến 25/4"


def test_the_winter_spring_crop_past_or_not_named_stays_refused() -> None:
    autumn = ctx("2018-10-16")
    assert "đã qua" in refused(HEADING, ctx("2018-06-16"))  # written in June: the crop past
    assert refused(HEADING, autumn)  # which crop's April: the tester's neighbours below
    assert refused("Theo hướng dẫn, lúa vụ Đông Xuân qua trổ từ 10/4 đến 25/4", autumn)
    assert refused("lúa vụ Đông Xuân đã trổ tập trung từ 10/4 đến 25/4", autumn)
    assert refused("lúa vụ Đông Xuân vừa qua trổ tập trung từ 10/4 đến 25/4", autumn)
    assert refused("lúa vụ Đông Xuân 2017-2018 trổ tập trung từ 10/4 đến 25/4", autumn)
    assert refused("vụ Đông Xuân năm nay thu hoạch trong tháng 5", autumn)
    assert refused("lúa vụ Hè Thu trổ tập trung từ 10/4 đến 25/4", autumn)  # another crop
    assert refused("lúa vụ Đông Xuân trổ tập trung từ 10/4 đến 25/7", autumn)  # July: not its
    assert refused("lúa vụ Đông Xuân gieo sạ từ 25/11 đến 10/1", autumn)  # across: not here
    assert refused("lúa vụ Đông Xuân không trổ trước 10/4", autumn)
    assert refused("nếu lúa vụ Đông Xuân trổ trước 10/4", autumn)
    # reviewed, or told with no word of a plan: the crop past may be meant
    assert "đã qua" in refused("Kết quả vụ Đông Xuân: thu hoạch từ 10/4 đến 25/4", autumn)
    assert "đã qua" in refused("Tổng kết vụ Đông Xuân, lúa trổ từ 10/4 đến 25/4", autumn)
    assert "đã qua" in refused("Trong vụ Đông Xuân, lúa trổ từ 10/4 đến 25/4", autumn)


def test_a_header_negating_the_sowing_rolls_no_year() -> None:
    """Session 47's tester: "Không gieo cấy" over "15-20/1" was rolled to 2022 as "Cấy" is."""
    refused("15-20/1", replace(ctx("2021-10-20"), header="Không gieo cấy"))

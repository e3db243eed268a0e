"""Session 49, family W (helper beforek): phrases refused for a number before the date the
grammar did not read, read where the number is accounted for as what it is: a text's own
passing day before the day it takes effect, the days off in a row before their make-up day.
Their neighbours (another text's passing retold, a day in force without its
year or before the passing, days off dated beside their make-up day, a negation, a
condition, a cadence, "đã", "năm sau", "hoặc") stay refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def _in_force(phrase: str, issued: str | None = None) -> list[date | None]:
    """The start bound of each of `phrase`'s readings (issued on `issued`)."""
    return [one.earliest for one in parse_deadlines(phrase, ctx(issued))]


# r-binh-phuoc-nq-07-2016-von-dau-tu (issued 2016-07-05)
OWN_PASSING = (
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình Phước khóa IX, kỳ họp thứ nhất thông "
    "qua ngày 01 tháng 7 năm 2016 và có hiệu lực từ ngày 11 tháng 7 năm 2016./."
)
# za-znews-lich-nghi-tet-duong-lich-2026 (issued 2025-12-25)
MAKE_UP_DAY = (
    "Đại học Thương mại lại thông báo sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và sẽ học "
    "bù vào ngày 17/1/2026."
)

_PASSED = "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 20 tháng 12 năm 2016 và "


def test_a_text_s_own_passing_day_before_its_day_in_force() -> None:
    assert _in_force(OWN_PASSING, "2016-07-05") == [date(2016, 7, 11)]
    next_year = (
        "Quyết định này đã được thông qua ngày 20 tháng 12 năm 2016 và có hiệu lực kể từ ngày "
        "01 tháng 01 năm 2017."
    )
    assert _in_force(next_year, "2016-12-21") == [date(2017, 1, 1)]
    # the signing day is the text's issue day, as without its passing day
    assert _in_force(_PASSED + "có hiệu lực từ ngày ký.", "2016-12-21") == [date(2016, 12, 21)]
    # ... never one before the passing
    refused(_PASSED + "có hiệu lực từ ngày ký.", ctx("2016-12-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        # which year: the passing's or the next?
        _PASSED + "có hiệu lực từ ngày 01 tháng 01.",
        # in force before it was passed: retroactive, or a misprint
        _PASSED + "có hiệu lực từ ngày 01/01/2016.",
        _PASSED + "có hiệu lực từ ngày 01 tháng 01 năm sau.",
        _PASSED + "có hiệu lực từ ngày 01 tháng 01 năm 2017 hoặc từ ngày ký.",
        _PASSED + "có hiệu lực sau 10 ngày kể từ ngày thông qua.",
        _PASSED + "có hiệu lực từ ngày 01/01/2017, nếu Trung ương không có ý kiến khác.",
        _PASSED + "hết hiệu lực từ ngày 01/01/2018.",
        "Nghị quyết này không được Hội đồng nhân dân tỉnh thông qua ngày 20 tháng 12 năm 2016 và "
        "có hiệu lực từ ngày 01/01/2017.",
        # another text's passing retold (conventions 1 and 8)
        "Luật Thanh tra được Quốc hội khóa XV, kỳ họp thứ 9 thông qua ngày 25 tháng 6 năm 2025; "
        "Chủ tịch nước đã ký Lệnh công bố và Luật có hiệu lực kể từ ngày 01 tháng 7 năm 2025.",
        "Nghị quyết số 12 đã được Hội đồng nhân dân tỉnh thông qua ngày 20 tháng 12 năm 2016 và "
        "có hiệu lực từ ngày 01/01/2017.",
    ],
)
def test_a_day_in_force_unlike_the_passing_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2016-12-21"))


@given(
    st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=-40, max_value=40),
)
def test_the_day_in_force_reads_only_on_or_after_the_passing(passed: date, after: int) -> None:
    in_force = passed + timedelta(days=after)
    phrase = (
        f"Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày {passed.day} tháng "
        f"{passed.month} năm {passed.year} và có hiệu lực từ ngày {in_force.day} tháng "
        f"{in_force.month} năm {in_force.year}."
    )
    if after < 0:
        refused(phrase, ctx(passed.isoformat()))
    else:
        assert _in_force(phrase, passed.isoformat()) == [in_force]


def test_the_days_off_in_a_row_before_their_make_up_day_move_no_day() -> None:
    assert _read(MAKE_UP_DAY, "2025-12-25") == [(D, date(2026, 1, 17), date(2026, 1, 17))]
    at_work = "Công nhân nghỉ 4 ngày liên tiếp và làm bù vào thứ Bảy, ngày 17/1/2026."
    assert _read(at_work, "2025-12-25") == [(D, date(2026, 1, 17), date(2026, 1, 17))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the days off dated: a day off and its make-up day (the standing ruling)
        "Sinh viên nghỉ Tết Dương lịch 4 ngày liên tục từ ngày 1/1 và học bù vào ngày 17/1/2026.",
        "Sinh viên nghỉ 4 ngày liên tục và sẽ học bù vào ngày 17/1/2026, nghỉ tiếp 2 ngày từ 20/1.",
        # no "và … bù" right after the count
        "Sinh viên nghỉ 4 ngày liên tục, học bù vào ngày 17/1/2026.",
        "Sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và không học bù vào ngày 17/1/2026.",
        "Sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và đã học bù vào ngày 17/1/2026.",
        "Nếu trời rét, sinh viên nghỉ 4 ngày liên tục và sẽ học bù vào ngày 17/1/2026.",
        "Sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và sẽ học bù vào ngày 17/1 năm sau.",
        "Sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và sẽ học bù vào thứ Bảy hằng tuần.",
        "Sinh viên nghỉ Tết Dương lịch 4 ngày liên tục và sẽ học bù vào ngày 17/1/2026 hoặc "
        "24/1/2026.",
        "Sinh viên nghỉ Tết Dương lịch năm 2025 4 ngày liên tục và sẽ học bù vào ngày 17/1/2026.",
    ],
)
def test_days_off_beside_another_time_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-25"))

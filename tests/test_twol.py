"""Session 50, family D (helper twol): phrases refused as holding two dates. Lists of days
each written whole with its month and year, joined by "," or "và" ("Chiều ngày 17,
24/05/2023 và cả ngày 20, 27/05/2023": two afternoons and two whole days) are one schedule:
each day its milestone, in the order written (issue 11: never a silent wrong date; two
deadlines are read as two milestones, never resolved into one; a real choice between two
stays refused)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
ISSUED = "2023-05-01"


def _read(phrase: str, issued: str | None = ISSUED) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def _dates(*written: date) -> list[tuple[object, ...]]:
    return [(D, day, day) for day in written]


# zq-tdtu-hoc-bong-chuong-trinh-4-1-hk2-2022-2023 #1 and #3 (a university receiving
# transcripts: two afternoons, then two whole days, each round)
ROUND_ONE = "Thời gian tiếp nhận Bảng điểm: Chiều ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023"
ROUND_TWO = (
    "Thời gian tiếp nhận Bảng điểm: Chiều ngày 31/05/2023, 07/06/2023 và cả ngày 03, 10/06/2023"
)
_TAKEN = "Thời gian tiếp nhận: "


def test_two_lists_of_days_each_with_its_year_are_each_day_a_milestone() -> None:
    may = [date(2023, 5, day) for day in (17, 24, 20, 27)]
    assert _read(ROUND_ONE, None) == _dates(*may)


def test_days_whole_then_a_list_are_each_day_a_milestone() -> None:
    written = (date(2023, 5, 31), date(2023, 6, 7), date(2023, 6, 3), date(2023, 6, 10))
    assert _read(ROUND_TWO, None) == _dates(*written)


def test_lists_in_order_read_as_days_listed_do() -> None:
    # in a row: one window, as "30,31/5 và 1/6/2017" (the older convention of days in a row)
    phrase = _TAKEN + "ngày 30, 31/5/2017 và ngày 1, 2/6/2017"
    assert _read(phrase, "2017-05-01") == [(W, date(2017, 5, 30), date(2017, 6, 2))]
    phrase = _TAKEN + "ngày 17, 24/05/2023 và ngày 20, 27/05/2024"  # a year each
    written = (date(2023, 5, 17), date(2023, 5, 24), date(2024, 5, 20), date(2024, 5, 27))
    assert _read(phrase) == _dates(*written)


def test_lists_of_days_keep_refused_what_doubts_or_moves_them() -> None:
    issued = ctx(ISSUED)
    for phrase in (
        _TAKEN + "ngày 17, 24/05/2023 hoặc ngày 20, 27/05/2023",  # a choice
        _TAKEN + "ngày 17, 24/05/2023 hay ngày 20, 27/05/2023",
        _TAKEN + "ngày 17, 24/05/2023 và ngày 20, 27/04/2023",  # back over a month: a typo?
        _TAKEN + "ngày 17, 24/05/2023 và ngày 24, 27/05/2023",  # a day twice
        _TAKEN + "ngày 24, 17/05/2023 và ngày 20, 27/05/2023",  # a list out of order
        _TAKEN + "ngày 17, 24/05/2023 và ngày 20, 31/06/2023",  # no 31 June
        _TAKEN + "ngày 17, 24/05/2023 và ngày 20, 27/05/2023 hoặc ngày 30/05/2023",
        _TAKEN + "ngày 17, 24/05/2023 và cả năm 2024",  # a second period
        _TAKEN + "thứ Tư ngày 17, 24/05/2023 và ngày 20, 27/05/2023",  # one weekday, two days
        _TAKEN + "ngày 31/05/2023, 07/06/2023 và cả ngày 03, 10/06/2023 hằng năm",
        _TAKEN + "ngày 17, 24/05/2023 và ngày 20, 27/05/2023, trừ ngày 24/05/2023",
        _TAKEN + "ngày 17, 24/05/2023 và ngày 20, 27/05/2023 (dự kiến lùi sang ngày 30/05/2023)",
        "không tiếp nhận vào ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023",
        "nếu cần, tiếp nhận vào ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023",
        "đã tiếp nhận vào ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023",
        "chưa tiếp nhận vào ngày 17, 24/05/2023 và ngày 20, 27/05/2023",
        "Tiếp nhận từ ngày 17, 24/05/2023 và ngày 20, 27/05/2023",  # a start with no end
        "Nghỉ ngày 1, 2/9/2025 và ngày 6, 13/9/2025 (làm bù)",
    ):
        refused(phrase, issued)


def test_lists_of_days_two_years_before_their_plan_stay_refused() -> None:
    refused(_TAKEN + "ngày 17, 24/05/2021 và ngày 20, 27/05/2021", ctx(ISSUED))


_MAY = date(2023, 5, 1)


@given(st.lists(st.integers(1, 31), min_size=4, max_size=4, unique=True))
def test_two_lists_of_a_month_read_each_day_written(numbers: list[int]) -> None:
    first, second = sorted(numbers[:2]), sorted(numbers[2:])
    phrase = (
        f"{_TAKEN}ngày {first[0]}, {first[1]}/05/2023 và cả ngày {second[0]}, {second[1]}/05/2023"
    )
    written = [_MAY + timedelta(days=n - 1) for n in (*first, *second)]
    in_a_row = all((b - a).days == 1 for a, b in pairwise(written))
    expected = [(W, written[0], written[-1])] if in_a_row else _dates(*written)
    assert _read(phrase) == expected


# z-haiduong-kh-dai-hoi-tdtt-cac-cap-x-2025-2026 #1 (Hải Dương's sports congresses)
BARE_MONTH_FIRST = (
    "Đối với Đại hội TDTT cấp huyện, ngành dự kiến thời gian tổ chức từ 9/2025 đến ngày 15/12/2025"
)
_HELD = "Tổ chức Đại hội TDTT cấp cơ sở "


def test_a_month_with_its_year_after_tu_opens_a_range_to_a_day() -> None:
    assert _read(BARE_MONTH_FIRST, None) == [(W, date(2025, 9, 1), date(2025, 12, 15))]
    # as "từ tháng 9/2025 đến tháng 12/2025" reads, the same month bare
    phrase = _HELD + "từ 9/2025 đến tháng 12/2025"
    assert _read(phrase, "2025-08-01") == [(W, date(2025, 9, 1), date(2025, 12, 31))]


def test_a_bare_month_first_keeps_refused_what_doubts_or_moves_it() -> None:
    issued = ctx("2025-08-01")
    for phrase in (
        _HELD + "từ 9/2025 - 12/2025",  # after a dash "12/2025" may be a day's digits
        _HELD + "từ 9/2025 đến ngày 15/12/2024",  # the end before the start
        _HELD + "từ 13/2025 đến ngày 15/12/2025",  # no month 13
        _HELD + "từ 9/2025 đến ngày 15/12/2025 hoặc 20/12/2025",  # a choice
        "Không tổ chức Đại hội từ 9/2025 đến ngày 15/12/2025",
        "Nếu cần, tổ chức Đại hội từ 9/2025 đến ngày 15/12/2025",
        "Đã tổ chức Đại hội từ 9/2025 đến ngày 15/12/2025",
        "Tổ chức Đại hội hằng năm từ 9/2025 đến ngày 15/12/2025",
        "Thực hiện Thông tư số 9/2025 đến ngày 15/12/2025",  # a text's number, no "từ"
        "Thực hiện theo Thông tư từ 9/2025/TT-BTC đến ngày 15/12/2025",
    ):
        refused(phrase, issued)


@given(st.integers(1, 12), st.integers(2020, 2030), st.integers(1, 28))
def test_a_bare_month_first_runs_from_its_first_day(month: int, year: int, day: int) -> None:
    phrase = f"{_HELD}từ {month}/{year} đến ngày {day}/12/{year + 1}"
    first = date(year, month, 1)
    assert _read(phrase, f"{year}-01-01") == [(W, first, date(year + 1, 12, day))]


def test_days_off_and_their_make_up_days_read_under_ruling_52a() -> None:
    # the lead's ruling 52(a) (madeup.py): each clause its own milestones, with its words
    found = parse_deadlines(
        "Nghỉ các ngày 1, 2/9/2025 và làm bù ngày 6, 13/9/2025", ctx("2025-08-01")
    )
    assert [(str(one.first), str(one.last), one.label) for one in found] == [
        ("2025-09-01", "2025-09-02", "Nghỉ"),
        ("2025-09-06", "2025-09-06", "làm bù"),
        ("2025-09-13", "2025-09-13", "làm bù"),
    ]

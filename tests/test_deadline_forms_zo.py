"""Forms opened by branch tune-zo (session 28) on the set zo- (tuning data since this
session): first the family of its four misreads, effect days under a list's header "Hiệu
lực" read as due days, then the largest families of its refusals. Each form with the corpus
phrase that shows it (its file named), the near variants that must still read, and the
dangerous neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import one, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

# --- a day the text takes effect, under a header or beside it: a start, never due ------------


def _under(header: str, issued: date | None = None) -> Context:
    return Context(issued=issued, header=header)


@pytest.mark.parametrize(
    ("header", "cell", "earliest"),
    [
        # zo-c2badinh-van-ban-nha-truong-hieu-luc-2021: the school's list, beside "Ngày ban hành"
        ("Hiệu lực", "23/09/2021", date(2021, 9, 23)),
        ("Hiệu lực", "01/09/2021", date(2021, 9, 1)),
        # its kin: the header in capitals, with a colon, "có", "thi hành", "từ ngày"
        ("HIỆU LỰC", "09/09/2021", date(2021, 9, 9)),
        ("Hiệu lực:", "20/09/2021", date(2021, 9, 20)),
        ("Có hiệu lực", "ngày 20/9/2021", date(2021, 9, 20)),
        ("Hiệu lực thi hành", "01/01/2022", date(2022, 1, 1)),
        ("Hiệu lực từ ngày", "01.01.2022", date(2022, 1, 1)),
        ("Bắt đầu hiệu lực", "15 tháng 3 năm 2024", date(2024, 3, 15)),
        # the header read before this branch, unchanged
        ("Ngày có hiệu lực", "07/01/2026", date(2026, 1, 7)),
    ],
)
def test_a_day_under_an_effect_header_is_a_start(header: str, cell: str, earliest: date) -> None:
    reading = one(cell, _under(header))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)
    assert "không phải hạn" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        # zh-nhansu-ha-noi-khln-5440-y-te-truong-hoc-2025-2026: a portal's card, no colon
        ("Ngày có hiệu lực 08/10/2025", date(2025, 10, 8)),
        # the header word carried by the phrase, with or without its colon
        ("Hiệu lực: 23/09/2021", date(2021, 9, 23)),
        ("Hiệu lực 23/09/2021", date(2021, 9, 23)),
        ("Ngày hiệu lực 01-10-2019", date(2019, 10, 1)),
        ("Hiệu lực thi hành: 01/01/2022", date(2022, 1, 1)),
        ("Có hiệu lực: 23/09/2021", date(2021, 9, 23)),
        # the sentence, read as before: the family's reference
        ("Quyết định này có hiệu lực kể từ ngày 23/09/2021", date(2021, 9, 23)),
    ],
)
def test_an_effect_day_on_one_line_is_a_start(phrase: str, earliest: date) -> None:
    reading = one(phrase)
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)


@pytest.mark.parametrize(
    ("header", "cell"),
    [
        # the day a text stops applying, or a column that may hold it: never due, never a start
        ("Ngày hết hiệu lực", "31/12/2025"),
        ("Hết hiệu lực", "31/12/2025"),
        ("Thời hạn hiệu lực", "31/12/2025"),
        ("Hiệu lực đến", "31/12/2025"),
        ("Tình trạng hiệu lực", "31/12/2025"),
        ("Ngày ban hành / Hiệu lực", "23/09/2021"),
        # a cell that is more than the day, under a start header: which day starts?
        ("Hiệu lực", "23/09/2021 - 30/09/2021"),
        ("Hiệu lực", "trước ngày 23/09/2021"),
        ("Hiệu lực", "23/09"),
    ],
)
def test_other_cells_and_headers_of_force_stay_refused(header: str, cell: str) -> None:
    refused(cell, _under(header, date(2021, 9, 1)))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hiệu lực 23/09/2021 đến 30/09/2021",
        "Ngày hết hiệu lực: 31/12/2025",
        "Ngày có hiệu lực 08/10/2025 và thay thế Quyết định số 12/2020/QĐ-UBND",
    ],
)
def test_an_effect_line_with_more_than_its_day_stays_refused(phrase: str) -> None:
    refused(phrase)


_FORCE_HEADERS = st.sampled_from(
    [
        "Hiệu lực",
        "HIỆU LỰC",
        "Hiệu lực:",
        "Có hiệu lực",
        "Hiệu lực thi hành",
        "Hiệu lực từ ngày",
        "Ngày hiệu lực",
        "Ngày có hiệu lực",
        "Thời điểm có hiệu lực",
        "Ngày hết hiệu lực",
        "Hết hiệu lực",
        "Thời hạn hiệu lực",
        "Hiệu lực đến",
        "Tình trạng hiệu lực",
        "Ngày ban hành / Hiệu lực",
        "Hiệu lực văn bản",
    ]
)
_CELL_FORMS = st.sampled_from(
    ["{d:%d/%m/%Y}", "{d.day}/{d.month}/{d.year}", "ngày {d:%d/%m/%Y}", "{d:%d-%m-%Y}",
     "{d:%d.%m.%Y}", "ngày {d.day} tháng {d.month} năm {d.year}", "Từ ngày {d:%d/%m/%Y}",
     "Đến ngày {d:%d/%m/%Y}", "trước ngày {d:%d/%m/%Y}", "{d:%d/%m/%Y} - 31/12/2030"]
)  # fmt: skip


@settings(deadline=None)
@given(
    header=_FORCE_HEADERS,
    form=_CELL_FORMS,
    day=st.dates(date(2000, 1, 1), date(2030, 12, 30)),
    issued=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 12, 31))),
)
def test_a_day_under_a_header_of_force_is_never_a_last_day(
    header: str, form: str, day: date, issued: date | None
) -> None:
    # whatever the cell, the header naming a text's force: a start bound or a refusal
    cell = form.format(d=day)
    try:
        readings = parse_deadlines(cell, Context(issued=issued, header=header))
    except DeadlineError:
        return
    for reading in readings:
        assert reading.last is None and reading.first is None, (header, cell, reading)
        assert reading.kind is not DeadlineKind.DATE or reading.earliest is not None


@settings(deadline=None)
@given(
    key=st.sampled_from(["Hiệu lực", "Ngày hiệu lực", "Ngày có hiệu lực", "Hiệu lực thi hành"]),
    colon=st.sampled_from([":", " :", ""]),
    day=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
)
def test_an_effect_day_on_its_line_is_that_start(key: str, colon: str, day: date) -> None:
    reading = one(f"{key}{colon} {day:%d/%m/%Y}")
    assert (reading.earliest, reading.first, reading.last) == (day, None, None)

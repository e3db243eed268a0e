"""Session 54, helper famb54: the long tail of refused corpus phrases (family B).

A bare count under Huế's processing-time column "Ngày thụ lý" ("03", "60": the portal prints
most cells "02 ngày", "05 ngày làm việc") is that many days from the complete file, as "03
ngày" beside it reads (calendar days: no later than working days would fall). Any other
bare cell, or a header that says more than "Ngày thụ lý", stays refused.

A unit's code in the title of who tells ("Phó Trưởng phòng PC06, cho biết …") is no number
of the lead-in; what is told reads as after any source, and its step on a condition ("nếu")
is refused as the same step opening a phrase is."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import one, refused
from kehoach.dates.deadline import Context, DeadlineKind


def _under(header: str) -> Context:
    return Context(issued=None, header=header)


@pytest.mark.parametrize(
    ("cell", "header", "offset"),
    [
        ("03", "Ngày thụ lý", 3),  # r-tthc-hue-so-nong-nghiep-muc-2
        ("60", "Ngày thụ lý", 60),  # ze-tthc-hue-thanh-tra-tinh-thu-tuc
        ("60", "Ngay thu ly", 60),  # typed without diacritics
        ("7.", "  Ngày  thụ lý ", 7),  # spaces and a stray full stop
    ],
)
def test_a_bare_count_under_days_of_acceptance_is_calendar_days(
    cell: str, header: str, offset: int
) -> None:
    reading = one(cell, _under(header))
    assert reading.kind is DeadlineKind.RELATIVE
    rel = reading.relative
    assert rel is not None
    assert (rel.offset, rel.unit, rel.working_days, rel.direction) == (
        offset,
        "ngày",
        False,
        "after",
    )
    assert reading.first is None and reading.last is None  # no fixed day


def test_a_header_naming_working_days_still_counts_them() -> None:
    rel = one("03", _under("Ngày thụ lý (ngày làm việc)")).relative
    assert rel is not None and (rel.offset, rel.working_days) == (3, True)


@pytest.mark.parametrize(
    ("cell", "header"),
    [
        ("03", "Ngày thụ lý hồ sơ"),  # the day the file is accepted?
        ("03", "Ngày"),  # a column of days of the month
        ("03", "Ngày tiếp nhận"),
        ("0", "Ngày thụ lý"),  # no count
        ("1000", "Ngày thụ lý"),  # no count of days a cell prints
        ("ngày 03", "Ngày thụ lý"),  # the 3rd of which month?
        ("03/9", "Ngày thụ lý"),  # a day, and no year to give it
    ],
)
def test_other_bare_cells_stay_refused(cell: str, header: str) -> None:
    refused(cell, _under(header))


# --- a unit's code in who tells: "Phó Trưởng phòng PC06, cho biết …" -----------------------

ISSUED_CAFEF = Context(issued=date(2024, 6, 24))  # zf-cafef-tphcm-tam-ngung-cap-cccd-2024


def test_a_police_unit_code_before_cho_biet_is_no_number() -> None:
    reading = one(
        "Thượng tá Hồ Thị Lãnh, Phó Trưởng phòng PC06, cho biết từ ngày 1-7, việc cấp căn cước "
        "công dân, định danh điện tử sẽ tiếp tục theo quy định",
        ISSUED_CAFEF,
    )
    assert (reading.earliest, reading.first, reading.last) == (date(2024, 7, 1), None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Phòng PC06 cho biết từ ngày 1-7 đã cấp căn cước",  # told done
        "Phòng PC06 cho biết từ ngày 1-7 chưa cấp căn cước",
        "Phòng PC06 cho biết từ ngày 1-7 sẽ không cấp căn cước",  # negated
        "Phòng PC06 cho biết không tổ chức từ ngày 1-7",
        "Phòng PC06 cho biết ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện",  # a condition
        "Sở GD cho biết ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện",  # read firm before
        "Sở GD cho biết, ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện",
        "Phòng PC06 cho biết ngày 1-7 sẽ cấp căn cước, ngày 5-7 sẽ cấp hộ chiếu",
        "Tổ T10 cho biết từ ngày 1-7 sẽ cấp căn cước",  # one capital: a month abbreviated?
        "Phòng PC06/2024 cho biết từ ngày 1-7 sẽ cấp căn cước",  # a number, no code
        "Phòng PC06 cho biết từ ngày 1-5 sẽ cấp căn cước",  # a day past on the page's day
    ],
)
def test_told_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ISSUED_CAFEF)


def test_a_plain_lead_in_still_reads() -> None:
    reading = one("Sở GD cho biết ngày 1-7 sẽ tổ chức hội nghị", ISSUED_CAFEF)
    assert (reading.first, reading.last) == (date(2024, 7, 1), date(2024, 7, 1))

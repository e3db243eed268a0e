"""Session 54, helper famb54: the long tail of refused corpus phrases (family B).

A bare count under Huế's processing-time column "Ngày thụ lý" ("03", "60": the portal prints
most cells "02 ngày", "05 ngày làm việc") is that many days from the complete file, as "03
ngày" beside it reads (calendar days: no later than working days would fall). Any other
bare cell, or a header that says more than "Ngày thụ lý", stays refused."""

from __future__ import annotations

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

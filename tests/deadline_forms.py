"""Helpers shared by the tests of the deadline language's forms (test_deadline_forms_*.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines


def ctx(iso: str | None = None) -> Context:
    """A context issued on `iso` (YYYY-MM-DD), or with no issue day."""
    return Context(issued=date.fromisoformat(iso) if iso else None)


def refused(phrase: str, context: Context | None = None) -> str:
    """Why `phrase` is refused; fails the test when it is read."""
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, context or ctx())
    return error.value.why


def read_days(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    """The kind, first and last day (ISO text) of `phrase`'s one reading in a context
    issued on `issued`; fails the test when it is refused or reads as several."""
    (reading,) = parse_deadlines(phrase, ctx(issued))
    return reading.kind, str(reading.first), str(reading.last)

"""Helpers shared by the tests of the deadline language's forms (test_deadline_forms_*.py)
and by the breaker sessions' tests (test_deadline_breaker*.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, Deadline, DeadlineError, DeadlineKind, parse_deadlines


def ctx(iso: str | None = None) -> Context:
    """A context issued on `iso` (YYYY-MM-DD), or with no issue day."""
    return Context(issued=date.fromisoformat(iso) if iso else None)


# The plan the breaker's phrases are written in since its sixth session (and the lead's of
# that session): one issued on 01/12/2026, so a phrase without a year takes 2026 or 2027.
DEC_2026 = ctx("2026-12-01")


def refused(phrase: str, context: Context | None = None) -> str:
    """Why `phrase` is refused; fails the test when it is read."""
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, context or ctx())
    return error.value.why


def one(phrase: str, context: Context | None = None) -> Deadline:
    """`phrase`'s one reading in `context` (no issue day when none is given); fails the test
    when it is refused or reads as several."""
    (reading,) = parse_deadlines(phrase, context or ctx())
    return reading


def last_days(phrase: str, issued: str = "2026-12-01") -> tuple[date, ...]:
    """The last days of `phrase`'s readings, in order (issued on `issued`, 01/12/2026 by
    default); fails the test when it is refused."""
    return tuple(reading.last for reading in parse_deadlines(phrase, ctx(issued)) if reading.last)


def days(reading: Deadline) -> tuple[DeadlineKind, date | None, date | None]:
    """A reading's kind, first and last day."""
    return reading.kind, reading.first, reading.last


def read_days(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    """The kind, first and last day (ISO text) of `phrase`'s one reading in a context
    issued on `issued`; fails the test when it is refused or reads as several."""
    kind, first, last = days(one(phrase, ctx(issued)))
    return kind, str(first), str(last)

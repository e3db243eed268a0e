"""The note a reading gains when its year was not written: taken from the plan's issue year.

One wording, written here and nowhere else, so that a rule that learns the year from the
phrase's own words ("năm sau", "tới", the congress's first year) can put its reason in
place of the plan's (`year_said`) whichever form the note took: the plain one, or the one
of a window crossing the new year ("25/12-5/1", its end in the next year).

Pure: strings only.
"""

from __future__ import annotations

import re

_PLAN_YEAR = "lấy theo năm ban hành kế hoạch"
_CROSSING = "khoảng sang năm"
_NOTE = re.compile(
    rf"; năm (?P<year>\d{{4}}) {_PLAN_YEAR}"
    rf"(?:, {_CROSSING} (?P<into>\d{{4}}) \(ngày cuối trước ngày đầu\))?"
)


def plan_year_note(year: int, crossing_into: int | None = None) -> str:
    """ "; năm 2027 lấy theo năm ban hành kế hoạch", or with `crossing_into` (the end's year
    of a window whose last day falls before its first in the calendar, "25/12-5/1") the
    words that say the window runs into that year."""
    note = f"; năm {year} {_PLAN_YEAR}"
    if crossing_into is not None:
        note += f", {_CROSSING} {crossing_into} (ngày cuối trước ngày đầu)"
    return note


def year_said(reading: str, year: int, said: str) -> str:
    """`reading` with its plan-year note of `year` (the plain note of that year, or a
    crossing note into it) replaced by `said`; a note of another year is left as written."""

    def put(match: re.Match[str]) -> str:
        return said if str(year) in (match["year"], match["into"]) else match[0]

    return _NOTE.sub(put, reading)

"""The commonest deadline, read without the grammar: "Trước ngày 30/6/2026".

Most deadlines of a plan are one day written in full after "Trước ngày", "Chậm nhất
ngày" or "Ngày", and nothing else. The grammar (`kehoach.dates.engine`) reads them too,
after about a thousand patterns compiled at import and some 150 checks per phrase, each of
which such a phrase cannot trigger. `read_plain` reads exactly these and nothing more; any
other phrase, any context that can change the reading (a column header, a standing rule,
the repository's strict "trước", no issue day), a day that does not exist, is out of the
common range, falls before the issue day or decades after it (the grammar judges how far)
goes to the grammar.
`tests/test_plaindate.py` holds the reading equal to the grammar's, field by field.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.dates.reading import Context, Deadline, DeadlineKind

# the words before the day, as printed; "trước" counts the day itself ("tính cả ngày")
_PLAIN = re.compile(
    r"(?P<head>(?:[Hh]oàn thành )?[Tt]rước(?: ngày)?|[Cc]hậm nhất(?: là)? ngày|[Nn]gày) "
    r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<year>[0-9]{4})"
)
_YEARS = range(1990, 2101)  # well inside the grammar's 1900–2200: no edge to judge
_AHEAD = 20  # years after the issue year; the grammar refuses a day 30 years on (fresh37)


def read_plain(phrase: str, context: Context) -> Deadline | None:
    """The reading of a plain one-day phrase, as the grammar gives it; None for any
    other phrase or context (the caller asks the grammar)."""
    if context.header is not None or context.standing or context.strict_before:
        return None
    found = _PLAIN.fullmatch(phrase)
    if found is None or int(found["year"]) not in _YEARS:
        return None
    try:
        day = date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:  # 31/2: the grammar says why
        return None
    if context.issued is None or day < context.issued or day.year > context.issued.year + _AHEAD:
        return None  # before the issue day, or decades on (a year mistyped): the grammar says
    shown = f"{day:%d/%m/%Y}"
    counted = f" (tính cả ngày {shown})" if "rước" in found["head"] else ""
    return Deadline(phrase, DeadlineKind.DATE, day, day, None, None, f"hạn cuối {shown}{counted}")

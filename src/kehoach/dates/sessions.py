"""A count of sessions, then the days they are held on: "Thời gian: 03 buổi, ngày 30/12/2020;
ngày 03/02/2021, ngày 11/02/2021" (Tuyên Quang's programme for the spring of Tân Sửu 2021, as
the page Lễ hội Thành Tuyên prints it: three performances, one on each day named).

"N buổi" (N sessions) counts the days listed after it, no time of its own: the phrase is read
without the count, and kept only when it reads as N dated deadlines of one day each, all
different (a session each day), two at least (one session on one day, "Thời gian: 01 buổi,
ngày 30/12/2020", keeps the refusal its comma before the day gives it). A count that is not
the days listed ("02 buổi" before three days, or two sessions on one day, morning and
afternoon) leaves the phrase refused as printed: which day is a session the tool does not
choose.

Only the count opening the phrase or the part after its colon, closed by a comma or a colon
and followed by "ngày" and a day's number.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kehoach.base.text import nfc

_SPELT = {"hai": 2, "ba": 3, "bốn": 4}
_SESSIONS = re.compile(
    r"(?i)(?:\A|(?<=:))\s*(?P<count>\d{1,2}|hai|ba|bốn)\s+buổi\s*[,:]\s*(?=ngày\s+\d)"
)


class Sessions(NamedTuple):
    """The phrase without its count (`rest`), the sessions counted and the words said."""

    rest: str
    number: int
    said: str


def cut_sessions(text: str) -> Sessions | None:
    """`text` without its opening count of sessions (see the module), or None when it has
    none."""
    shown = nfc(text)
    found = _SESSIONS.search(shown)
    if found is None:
        return None
    number = found["count"].lower()
    count = _SPELT[number] if number in _SPELT else int(number)
    said = " ".join(shown[found.start("count") : found.end()].strip(" ,:").split())
    return Sessions(shown[: found.start()] + " " + shown[found.end() :], count, said)

"""A round, a season or an exam of a year said from the writing, its days without a year.

"Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4" (session 62's brief, varying zv-nghean24h-lich-
thi-dgnl-v-act-2026: "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4"): read on main in the plan's
year (18/04–25/04/2026), though "năm tới" puts the round, and so its days, in the next year.
The same for a round gone by ("Đợt 1 năm ngoái nhận đăng ký …": a past round, not due).
`calendarstep` keeps such a round out of a calendar's list, `later` reads "năm tới" right
after the days; here the round or season is named with its year before days that took the
plan's year, whichever reader read them.

The rule: a round, a season, a sitting or an exam ("đợt", "lần", "kỳ", "vụ", "mùa", "khóa",
"giai đoạn", with its number or name: at most three words) then a year said from the writing
(`_SAID_YEAR`: "năm tới", "năm sau", "năm kế (tiếp)", "năm tiếp theo", "năm ngoái", "năm
qua", "năm kia", "năm trước" not before a day, also "năm học …", "vụ tới", "mùa sau"; typed
bare too, g61b's "Dot 2 nam toi …"), in a phrase one of whose days took
the plan's year (`Deadline.year_from_plan`): refused. Which year "tới" counts from (the
text's issue day, its school year) is the clerk's to say; a year written reads as before
("Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4/2027"). A plan for next year, due this year
("Xây dựng kế hoạch năm tới trước ngày 15/11"), names no round and is read as before.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import nfc, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

# a round, a season, a sitting or an exam, with at most three words naming it, then the year
# said from the writing, in brackets or after a colon too ("Đợt 2 (năm tới) nhận đăng ký …")
# (as printed, lower case, NFC)
_SAID_YEAR = re.compile(
    r"(?<!\w)(?:đợt|lần|kỳ|vụ|mùa|khóa|khoá|giai\s+đoạn)(?:\s+[^\s\d,;:()]+|\s+\d{1,2}){0,3}?"
    r"[\s(:,–-]+(?P<year>(?:năm|niên|vụ|mùa)(?:\s+học)?\s+(?:tới|sau|kế(?:\s+tiếp)?(?!\s+hoạch)|tiếp\s+theo"
    r"|ngoái|qua|kia|trước(?!\s+(?:ngày|hạn|\d))))(?!\w)"
)
# ... and typed bare, folded ("Dot 2 nam toi nhan dang ky …", g61b's tester)
_SAID_YEAR_BARE = re.compile(
    r"(?<![a-z])(?:dot|lan|ky|vu|mua|khoa|giai\s+doan)(?:\s+[a-z]+|\s+\d{1,2}){0,3}?"
    r"[\s(:,-]+(?P<year>(?:nam|nien|vu|mua)(?:\s+hoc)?\s+(?:toi|sau|ke(?:\s+tiep)?(?!\s+hoach)|tiep\s+theo"
    r"|ngoai))(?![a-z])",
    re.ASCII,
)


def refuse_round_of_said_year(phrase: str, found: Sequence[Deadline]) -> None:
    """Refuse the readings `found` of `phrase` when a day took the plan's year and the
    phrase names a round of a year said from the writing (the module's rule)."""
    if not any(one.year_from_plan for one in found):
        return
    said = " ".join(nfc(phrase).lower().split())
    told = _SAID_YEAR.search(said)
    if told is None and unmarked(said):
        told = _SAID_YEAR_BARE.search(said)
    if told is None:
        return
    said = " ".join(re.sub(r"[(:,–-]", " ", told.group()).split())  # "đợt 2 (năm tới"
    raise Unreadable(
        f"“{said}”: các ngày của đợt, vụ đó thuộc {told['year']}, không phải năm của "
        f"kế hoạch; không đoán: ghi rõ năm ({_said_year(told['year'], found)}) hoặc last_day "
        "(và first_day) theo văn bản"
    )


# a year said gone by, as printed or bare: its way out names the year before the plan's
_PAST = re.compile(r"(?<![^\W\d_])(?:ngoái|ngoai|qua|kia|trước)\Z")


def _said_year(year: str, found: Sequence[Deadline]) -> str:
    """The year to write for the round of `year` ("năm tới", "năm ngoái"), counted from the
    plan's year of the days `found` took: "…/2027" for next year's, "…/2025" for last's."""
    days = [day for one in found for day in (one.first, one.last, one.earliest) if day]
    step = -1 if _PAST.search(year) else 1
    return f"…/{days[0].year + step}" if days else f"…/năm {'trước' if step < 0 else 'sau'}"

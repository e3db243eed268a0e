"""An event's year in parentheses after its name: "Tuần lễ Biển và Hải đảo Việt Nam lần thứ 8
(năm 2016) … sẽ diễn ra từ ngày 1-8/6" (Người Nam Định, 2016; v-nguoinamdinh-tuan-le-bien-
hai-dao-2016). The parentheses only set the year apart; the phrase says what it would say
with "năm 2016" written plainly after the name, and is read so by the engine, every rule and
refusal of a whole phrase applying (a year that disagrees with the day is refused there).

Pure: no I/O.
"""

from __future__ import annotations

import re

# "(năm 2016)" right after a word of the event's name, before the phrase's first day or month
# number: a year after the day ("ngày 12/3 (2026)") is another shape, left to the grammar
_YEAR_ASIDE = re.compile(r"(?<=\w)\s*\(\s*(?P<year>năm\s+\d{4})\s*\)(?=\s+\D)")
_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d")


def year_unbracketed(text: str) -> str | None:
    """`text` with its one event year in parentheses written plainly ("lần thứ 8 năm 2016");
    None when it has none, more than one, or a day before it (the year may be that day's)."""
    found = list(_YEAR_ASIDE.finditer(text))
    if len(found) != 1 or _DAY.search(text[: found[0].start()]):
        return None
    one = found[0]
    return f"{text[: one.start()]} {one['year']}{text[one.end() :]}"

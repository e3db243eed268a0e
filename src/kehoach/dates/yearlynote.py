"""A phrase closed by "as every year", its time part read whole before the note.

"Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, tương tự các
năm trước" (VTC News on the Ministry's frame for the 2025-2026 school year: zl-vtcnews-lich-
tuu-truong-khai-giang-2025-2026). The note "tương tự các năm trước", "như mọi năm" (as in the
years before, as every year) says the days read are the usual ones: it moves none of them
(`asides.as_every_year`, read already after one day or a list of days cut by
`steps.words_after`). That cut only tries the plain grammar before the note, so a time part
that another rule reads (two steps joined after a lead-in, `schedules.steps_joined`) was
refused with its note. Here the words before the note are read as a phrase of their own, by
every rule, and the note is kept as each reading's gloss.

Only the note alone, set apart by a comma at the phrase's end (`as_every_year` takes nothing
else: "năm trước" alone, the year before, stays a time), and only a part before it that
reads as it stands: the note explains days, it never supplies one.

Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import replace

from kehoach.dates.asides import as_every_year
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, Reader


def read_before_a_yearly_note(
    text: str, context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The readings of `text` without its closing ", tương tự các năm trước" (or "như mọi
    năm", `as_every_year`), each glossed with the note, when `read` reads the words before
    it; None when `text` has no such note after its last comma or the words before it do not
    read."""
    comma = text.rfind(",")
    if comma <= 0:
        return None
    note = as_every_year(text[comma:])
    head = text[:comma]
    if note is None or not any(char.isdigit() for char in head):
        return None
    try:
        readings = read(head, context)
    except Unreadable:
        return None
    return tuple(
        replace(one, phrase=text, gloss=f"{one.gloss}; {note}" if one.gloss else note)
        for one in readings
    )

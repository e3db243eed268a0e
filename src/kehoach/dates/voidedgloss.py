"""A note after the time that takes the time away: "Gửi báo cáo trước ngày 15/4/2026 (thu
hồi)", "… đã thu hồi", "…, nay miễn", "… không còn áp dụng", "… (bị thay thế bởi văn bản
khác)", "… là trái quy định", "… (tham khảo)", "… tùy tình hình" (session 60's tester of the
whole merge, tz60: each read on main and the merge as due, the note kept as the reading's
gloss). The note says the step is withdrawn, waived, replaced, unlawful, for reference only
or left to the times: read so, a clerk is held to a day no text holds them to. A stop
("ngừng áp dụng") is no such note: "Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng" is the day the
stop takes effect (session 59's ruling on "dừng/ngừng", test_e60b).

Only a note that is that word and nothing else counts, after the words that tell it now
("nay", "đã", "bị", "được", "là", "văn bản/công văn/nội dung/thông báo này"): a note that
names its own object is the step's ("… cho các hộ có đất bị thu hồi", "… các giấy phép đã hết
hiệu lực": a state of what the step deals with, read as main reads it).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import fold, unaccent
from kehoach.dates.conditionmeans import LEFT_TO_AFTER
from kehoach.dates.dayjudged import JUDGING
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

_TOLD_NOW = (
    r"(?:(?:nay|da|bi|duoc|la|(?:van\s+ban|cong\s+van|noi\s+dung|thong\s+bao)(?:\s+nay)?)\s+)*"
)
# the words that judge any step's text (`dayjudged.JUDGING`: replaced, no longer applied,
# against the rules, for reference only) and this rule's own: withdrawn, waived, replaced by a
# text named, unlawful
_VOID = (
    rf"(?:{unaccent(JUDGING)}|thu\s+hoi(?:\s+lai)?|mien|thay\s+the\s+boi\s+[a-z\s]+"
    r"|trai\s+phap\s+luat"
    # ... or left to the unit or the times: "… tùy tình hình", "… tùy đơn vị" (the words
    # `conditionmeans` reads before the day, one fragment)
    rf"|(?:{unaccent(LEFT_TO_AFTER)})(?:\s+[a-z]+){{0,2}})"
)
_VOIDING = re.compile(rf"\A[\W_]*{_TOLD_NOW}(?P<void>{_VOID})[\W_]*\Z", re.ASCII)


# A note told in brackets or as now, never a step that is the verb itself ("Thu hồi đất …")
_NOTE_AS_STEP = re.compile(r"\A\s*(?:\(|(?:nay|da|bi|duoc|la|tuy)\s)", re.ASCII)


def _note_as_step(label: str | None) -> str | None:
    """`label` when it is a note after a clause's time, not a step: of milestones, the
    note closing the first clause is read as its step ("Hoàn thành trong quý II/2026 (thu
    hồi), báo cáo kết quả trước ngày 15/7/2026": the window's step is "(thu hồi)", session
    61's brief, f61, read as due on main)."""
    return label if label and _NOTE_AS_STEP.match(fold(label)) else None


def refuse_voiding_gloss(found: Sequence[Deadline]) -> None:
    """Refuse readings whose gloss (the note after the time, or of milestones a note read as
    a clause's step, `_note_as_step`) withdraws, waives, replaces,
    judges the step or leaves it to the times (`_VOIDING`). Raises `Unreadable` with the way
    out."""
    for one in found:
        note = one.gloss or (_note_as_step(one.label) if len(found) > 1 else None)
        if note and _VOIDING.match(fold(note)):
            raise Unreadable(
                f"“{note.strip()}” sau thời hạn: việc đó đã bị thu hồi, được miễn, không "
                "còn áp dụng, bị thay thế, trái quy định, chỉ để tham khảo hoặc tùy tình hình, "
                "không phải hạn phải làm; nếu văn bản vẫn đặt hạn, ghi last_day theo văn bản"
            )

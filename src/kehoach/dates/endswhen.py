"""A start, then its end said as an event: "từ … và (sẽ) kết thúc … khi <event>".

"Thời gian tạm ngừng cấp phép tàu từ 10 giờ ngày 24-9-2025 và sẽ kết thúc việc tạm ngừng cấp
phép khi có bản tin cuối cùng về cơn bão số 9." (Pháp Luật TP.HCM, 24/9/2025; za-plo-quang-
ninh-ninh-binh-hung-yen-cam-bien-bao-so-9-2025): the ban starts on its day and ends "khi có
bản tin cuối cùng", which "từ … đến khi có bản tin cuối cùng" says in fewer words
(`steps.until_event`: "cấm biển từ 06 giờ 00 phút ngày 26/11/2025 đến khi bão số 15 tan").
The words are written so ("đến khi" for "và (sẽ) kết thúc (việc …) khi") and the phrase is
read again with every rule and refusal of a whole phrase; the caller keeps the reading only
when it is start bounds alone, the event's end undated.

Only "kết thúc" with "sẽ" or nothing before it ("và đã kết thúc khi …" tells it done), the
thing it ends in words alone (no number), then "khi" and the event.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc

_ENDS_WHEN = re.compile(
    r"(?i)\s*,?\s+và\s+(?:sẽ\s+)?kết\s+thúc(?:\s+[^\W\d_][^\d,;:()]{0,80}?)?\s+khi\s+(?=\S)"
)


def end_said_as_until(text: str) -> str | None:
    """`text` with its one "và (sẽ) kết thúc (…) khi" written "đến khi" (see the module); None
    when it has none, or more than one."""
    shown = nfc(text)
    found = list(_ENDS_WHEN.finditer(shown))
    if len(found) != 1:
        return None
    return f"{shown[: found[0].start()]} đến khi {shown[found[0].end() :]}"

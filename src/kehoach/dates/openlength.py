"""A length said before its start, its end not printed.

"2. Thời gian công khai 20 ngày: Kể từ ngày 06/11/2020" (UBND phường Cự Khối, Long Biên,
2020; ze-cukhoi-long-bien-cong-khai-phuong-an-boi-thuong-2020): the notice is posted for 20
days from 06/11/2020. Its last day is 25/11 if the first day counts, 26/11 if it does not (Bộ
luật Dân sự 2015, Điều 147), and the page does not say which: only the start is sure, as the
lead ruled in session 32. The count is accounted for as that length, in the reading's gloss,
and the reading stays the start bound.

Only a count of days, weeks or months (`engine._DAYS_COUNT`: its groups "count", "half",
"unit") after "Thời gian <step>" and closed by a colon, then "(kể) từ" and the day, and only
in a phrase whose one reading is that start, with no end. A count with no colon ("20 ngày kể từ ngày 06/11/2020") is a counted
deadline the counted rules read or refuse; a count before a window is checked against it
(`combine.length_agrees`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.dates.grammar import show

# the time of a step, named before its count: "Thời gian công khai", "thời gian niêm yết",
# "Thời gian lấy ý kiến"; no word of a bound ("chậm nhất", "tối đa", "không quá": a deadline
# counted from the day), of a step told done ("đã"), of a cadence ("hằng", "mỗi", "định kỳ")
# or of another anchor ("trước", "sau", "trong") among its words
_TIME_OF_A_STEP = re.compile(
    r"(?<![a-z])thoi\s+gian\s+"
    r"(?:(?!(?:cham|muon|som|toi|it|khong|qua|da|truoc|sau|trong|hang|moi|dinh)\b)[a-z]+\s+){1,4}\Z",
    re.ASCII,
)
# the colon after the count, then the start's words ("Kể từ ngày", "từ ngày", "từ")
_COLON_THEN_FROM = re.compile(r"\s*:\s*(?:ke\s+)?tu\s", re.ASCII)
_UNIT = {"ngay": "ngày", "tuan": "tuần", "thang": "tháng"}


def open_length(prepared: str, count: re.Match[str], first: date) -> str | None:
    """The note of a count (`engine._DAYS_COUNT`) in `prepared` (folded) that is the length
    from the start `first` read after it, its end not printed (see the module); None for any
    other count."""
    if count["half"] or not count["count"].isdigit() or int(count["count"]) < 1:
        return None
    if not _COLON_THEN_FROM.match(prepared, count.end()):
        return None
    if not _TIME_OF_A_STEP.search(prepared, 0, count.start()):
        return None
    said = f"{int(count['count'])} {_UNIT[count['unit']]}"
    return (
        f"{said} kể từ {show(first)}: văn bản không ghi ngày cuối, không nói có tính ngày "
        "đầu hay không (Bộ luật Dân sự 2015, Điều 147); chỉ đọc mốc bắt đầu"
    )

"""A figure's comparison with its base period, in parentheses after the figure: no time.

"Năm 2025, Sở Xây dựng đặt mục tiêu tỷ lệ đô thị hóa đạt 70% (tăng 0,66% so với năm 2024 và
vượt 6,5% so với mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VII đề ra)" (Báo Bà Rịa -
Vũng Tàu, 2025; zj- of the corpus): the year in the parentheses is the base the target is
measured against, never a time of the work; the target's year outside them is. The
parentheses are cut and kept as the reading's gloss (every number stays said), only when
they open with a change ("tăng", "giảm", "vượt", "cao/thấp hơn") right after a share or a
figure, hold "so với" and no day, and a number stays outside them to be read. Anything else
(a comparison outside parentheses, "so với cùng kỳ" as the whole phrase) is left to the
refusals (`label._COMPARED`).

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold

_COMPARED_ASIDE = re.compile(
    r"(?<=[\d%])\s*(?P<aside>\(\s*(?:tang|giam|vuot|cao\s+hon|thap\s+hon)\s"
    r"[^()]*?\bso\s+voi\b[^()]*\))",
    re.ASCII,
)
# a day inside (a date, "ngày N"): the parentheses may hold a time, and stay
_DAY = re.compile(r"\d\s*[/.-]\s*\d|\bngay\s+\d", re.ASCII)


def cut_compared_figure(text: str) -> tuple[str, str | None]:
    """`text` without the comparisons in parentheses after a figure (`_COMPARED_ASIDE`)
    when a number stays outside them, and the gloss the reading takes; (`text`, None) when
    nothing is cut."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    spans = [
        found.span("aside")
        for found in _COMPARED_ASIDE.finditer(folded)
        if not _DAY.search(found["aside"])
    ]
    if not spans:
        return text, None
    kept = list(text)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    rest = "".join(kept)
    if not any(char.isdigit() for char in rest):
        return text, None
    said = "; ".join(" ".join(text[start:end].split()).strip("() ") for start, end in spans)
    return " ".join(rest.split()), f"so sánh với kỳ gốc: {said}"

"""The poverty line a target is counted by, in parentheses after what it counts: no time.

"(5). Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) đến năm 2025 giảm dưới 1%; hộ
cận nghèo giảm dưới 2%." (phường Chi Lăng, Pleiku: its development aims; zf-pleiku-phuong-
chi-lang-dinh-huong-phat-trien): the poor are counted by the poverty line of 2016-2020
(Quyết định 59/2015/QĐ-TTg names that line "chuẩn nghèo tiếp cận đa chiều áp dụng cho giai
đoạn 2016-2020"; Nghị định 07/2021/NĐ-CP the one of 2021-2025), a standard named by the years
it was set for, never the time of the target, which is the year outside ("đến năm 2025").

The parentheses are cut and kept as the reading's gloss (every number stays said), only when
they open with "theo" and hold nothing but the line's name (`_BASIS`: no day, no other
word), a number stays outside them to be read, and every year outside comes at or after the
line's first year; the rest of the phrase is then read as if they were not printed, with
every rule and refusal of a phrase (a figure told done, a condition, a negation stay as they
are without them). Anything else in parentheses is left as it is. A price basis ("GRDP theo
giá so sánh năm 2010") is not cut here: branch n1b keeps its base year beside a target's
year refused (tests/test_n1b.py), a question for the lead.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.compared import spans_cut

_YEARS = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
_BASIS = re.compile(
    # the poverty line, multidimensional or not, with the period it was set for
    r"\(\s*theo\s+chuan\s+ngheo(?:\s+(?:tiep\s+can\s+)?da\s+chieu)?"
    rf"(?:\s+(?:giai\s+doan|thoi\s+ky)\s+{_YEARS})?\s*\)",
    re.ASCII,
)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _set_before(folded: str, spans: list[tuple[int, int]], rest: str) -> bool:
    """Whether every year outside the lines comes at or after the first year each one
    names: a line is set for the time it measures, or before it. "Tỷ lệ hộ nghèo (theo chuẩn
    nghèo giai đoạn 2026 – 2030) đến năm 2025" measures a year by a line not yet set: one of
    the two is misprinted, and the phrase stays refused."""
    firsts = [int(years[0]) for s, e in spans if (years := _YEAR.findall(folded, s, e))]
    outside = [int(year) for year in _YEAR.findall(rest)]
    return all(year >= first for year in outside for first in firsts)


def cut_measure_basis(text: str) -> tuple[str, str | None]:
    """`text` without the poverty lines in parentheses a target is counted by (`_BASIS`),
    when a number stays outside them from the lines' years on (`_set_before`), and the gloss
    the reading takes; (`text`, None) when nothing is cut."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    spans = [found.span() for found in _BASIS.finditer(folded)]
    if not spans:
        return text, None
    rest, said = spans_cut(text, spans, "() ")
    if not any(char.isdigit() for char in rest) or not _set_before(folded, spans, rest):
        return text, None
    return " ".join(rest.split()), f"thước đo: {said}"

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

The same holds for a step's margin or change against another year, said before the step's own
words and day and closed by its comma (`cut_margin_before`): "… được đẩy lên sớm 15 ngày so
với năm 2025, dự kiến diễn ra trong ngày 11 và ngày 12/6/2026": the day printed is the new one
(the session 22 convention 2: the time that replaces is read; the lead's ruling 41(c) reads the
printed day beside "sớm hơn N … so với …" after it), and for a move in parentheses right
after a day (`cut_moved_aside`): "… từ 9h ngày 1/2/2026 (lùi hơn 1 tháng so với thông báo
trước đó) đến 16h30 ngày 7/2/2026" reads the days printed.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.grammar import COUNT

_COMPARED_ASIDE = re.compile(
    r"(?<=[\d%])\s*(?P<aside>\(\s*(?:tang|giam|vuot|cao\s+hon|thap\s+hon)\s"
    r"[^()]*?\bso\s+voi\b[^()]*\))",
    re.ASCII,
)
# ... or after a comma closing the phrase, right after the figure and its unit: "Năm 2026, xã
# Nguyệt Đức đề ra 18 chỉ tiêu …, trong đó phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ
# đồng, tăng 10,66% so với năm 2025" (Báo Phú Thọ, 2025; zg-baophutho-ky-hop-hdnd-xa-nguyet-
# duc-2025). Only a change by a share or a count of times ("tăng 10,66%", "giảm 1,2 lần")
# against a year named ("năm 2025", "cùng kỳ năm 2025"), the last words of the phrase: a
# comparison with more after it ("… so với cùng kỳ năm 2024; tổng thu …") or with no figure
# before its comma stays with the refusals. Only a target's (`_TARGET` before the figure): a
# figure reported ("Năm 2025, tổng giá trị … ước đạt 3.600 tỷ đồng, tăng 9,6% so với cùng kỳ
# năm 2024") is a result, its comparison no gloss to cut (convention 4)
_TARGET = re.compile(r"\b(?:phan\s+dau|muc\s+tieu|chi\s+tieu|de\s+ra|ke\s+hoach)\b", re.ASCII)
_COMPARED_CLOSING = re.compile(
    r"\d(?:[.,]?\d)*\s*%?(?:\s+[a-z]+){0,3}"
    r"(?P<aside>\s*,\s*(?:tang|giam|vuot)\s+(?:hon\s+)?\d+(?:[.,]\d+)?\s*(?:%|lan\b)"
    r"\s*so\s+voi\s+(?:cung\s+ky\s+)?nam\s+(?:19|20)\d\d)\s*[.;]?\s*\Z",
    re.ASCII,
)
# a day inside (a date, "ngày N"): the parentheses may hold a time, and stay
_DAY = re.compile(r"\d\s*[/.-]\s*\d|\bngay\s+\d", re.ASCII)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)", re.ASCII)


def _base_before(closing: re.Match[str]) -> bool:
    """Whether the year a closing comparison is made with comes before every year the
    target names: "Năm 2025, … phấn đấu …, tăng 10,66% so với năm 2026" (fresh44) compares
    with a later year, a misprint of one of the two, and stays refused."""
    text, (start, end) = closing.string, closing.span("aside")
    base = int(_YEAR.findall(text, start, end)[-1])
    years = [int(y) for y in _YEAR.findall(text[:start] + " " + text[end:])]
    return bool(years) and all(year > base for year in years)


def cut_compared_figure(text: str) -> tuple[str, str | None]:
    """`text` without the comparisons in parentheses after a figure (`_COMPARED_ASIDE`), or
    after a comma closing the phrase (`_COMPARED_CLOSING`), when a number stays outside them,
    and the gloss the reading takes; (`text`, None) when nothing is cut."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    spans = [
        found.span("aside")
        for found in _COMPARED_ASIDE.finditer(folded)
        if not _DAY.search(found["aside"])
    ]
    closing = _COMPARED_CLOSING.search(folded)
    if closing and _TARGET.search(folded, 0, closing.start("aside")) and _base_before(closing):
        spans.append(closing.span("aside"))
    if not spans:
        return text, None
    rest, said = spans_cut(text, spans, "(), ")
    if not any(char.isdigit() for char in rest):
        return text, None
    return " ".join(rest.split()), f"so sánh với kỳ gốc: {said}"


def spans_cut(text: str, spans: list[tuple[int, int]], strip: str) -> tuple[str, str]:
    """`text` with `spans` blanked (its length kept, so offsets still point into it) and the
    words of the spans, each stripped of `strip`, joined by "; " for the gloss."""
    kept = list(text)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    said = "; ".join(" ".join(text[start:end].split()).strip(strip) for start, end in spans)
    return "".join(kept), said


# A margin before the step's words and its day, closed by its comma: "lịch thi tốt nghiệp THPT
# năm 2026 được đẩy lên sớm 15 ngày so với năm 2025, dự kiến diễn ra trong ngày 11 và ngày
# 12/6/2026" (Dân trí, 11/08/2025; za-dantri-lop-9-12-hoc-som-2-tuan-2025), "Quyết tâm “về
# đích” sớm 7 tháng, công bố số liệu sơ bộ vào ngày 30/6/2026" (VnEconomy, 09/02/2026;
# za-vneconomy-tong-dieu-tra-kinh-te-ve-dich-som-2026): how far the step moved, against a year
# named, the custom or the plan; the year is the one compared with, never the step's.
_MARGIN = (
    rf"(?:som|muon)(?:\s+hon)?\s+(?:(?:khoang|it\s+nhat)\s+)?(?:{COUNT})\s+(?:ngay|tuan|thang)"
)
_AGAINST = (
    r"\s+so\s+voi\s+(?:nam\s+\d{4}|thong\s+le|nam\s+(?:ngoai|truoc)|ke\s+hoach(?:\s+ban\s+dau)?)"
)
# ... against what it is said, or after "về đích" (reaching the finish): "sớm hai tuần, tức
# 22/8" (b-docnhanh: the first grade may start two weeks early, that is on 22/8) is the
# start's own margin, read with its day, and stays
_FINISHED = r"(?<=dich[\"”] )|(?<=dich )"
# ... and a change of content against the editions before: "Nội dung và nhiều hoạt động trong
# Festival đã thay đổi so với các mùa trước, với 20 hoạt động ý nghĩa bắt đầu từ ngày 6/6"
# (Lao động Thủ đô, 01/06/2015; zs-laodongthudo-festival-bien-nha-trang-lan-7-2015): what the
# festival is like, not when; only against the editions before, no year or day named
_CHANGED = (
    r"(?:da\s+)?thay\s+doi\s+(?:nhieu\s+)?so\s+voi\s+(?:cac|nhung)\s+(?:mua|nam|ky|lan)\s+truoc"
)
# Only with the step's own words after the comma, then its day: "sớm 15 ngày so với ngày
# 26/6, …" names a day compared with (no pattern takes it), and a margin closing the phrase
# ("…, sớm hơn 2 tháng so với mục tiêu đề ra (30/6/2025)") is read after its day
# (`asides._COMPARED`)
_BEFORE_ITS_STEP = re.compile(
    rf"(?<![a-z])(?P<said>{_MARGIN}{_AGAINST}|(?:{_FINISHED}){_MARGIN}|{_CHANGED})"
    r"\s*,(?=\s*(?!tuc\b)[a-z][^\d]*\d)",
    re.ASCII,
)


# A margin in parentheses right after a day, against the time said before: "Các thí sinh đăng
# ký ca thi từ 9h ngày 1/2/2026 (lùi hơn 1 tháng so với thông báo trước đó) đến 16h30 ngày
# 7/2/2026." (24h on the 2026 aptitude tests; za-24h-lich-thi-dgnl-2026): the day printed is
# the new one, the old is only counted from it (the session 22 convention 2: the time that
# replaces is read), and the count is no time of the work. Only a move by a count of days,
# weeks or months ("lùi", "sớm", "muộn", "chậm" and "hơn"), against a notice, a plan or a
# year named, nothing else inside: a day there ("lùi 1 tháng so với ngày 1/1") names the old
# time, a hedge or a condition ("có thể lùi …", "… nếu …") is no settled move, and both stay
# with the refusals
_AGAINST_SAID = (
    r"(?:thong\s+bao|lich|du\s+kien|ke\s+hoach)(?:\s+(?:truoc\s+do|ban\s+dau|cu|de\s+ra))?"
    r"|(?:nam|mua|ky\s+thi|dot\s+thi)\s+(?:ngoai|truoc|(?:19|20)\d\d)|thong\s+le"
)
_MOVED_ASIDE = re.compile(
    r"(?<=\d)\s*(?P<aside>\(\s*(?:lui|som|muon|cham)(?:\s+hon)?\s+(?:(?:khoang|gan)\s+)?"
    rf"(?:{COUNT})\s+(?:ngay|tuan|thang)\s+so\s+voi\s+(?:{_AGAINST_SAID})\s*\))",
    re.ASCII,
)


def cut_moved_aside(text: str) -> tuple[str, str | None]:
    """`text` without the margin in parentheses after a day (`_MOVED_ASIDE`: "(lùi hơn 1
    tháng so với thông báo trước đó)"), and the gloss the reading takes; (`text`, None) when
    there is none."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    spans = [found.span("aside") for found in _MOVED_ASIDE.finditer(folded)]
    if not spans:
        return text, None
    rest, said = spans_cut(text, spans, "() ")
    return " ".join(rest.split()), f"so sánh: {said}"


def cut_margin_before(text: str) -> tuple[str, str | None]:
    """`text` without the margin or change said before the step's words and day
    (`_BEFORE_ITS_STEP`), and the gloss the reading takes; (`text`, None) when there is none."""
    found = _BEFORE_ITS_STEP.search(fold(text).lower())
    if found is None:
        return text, None
    start, end = found.span("said")
    said = " ".join(text[start:end].split())
    return " ".join((text[:start] + text[end:]).split()), f"so sánh: {said}"

"""A day of each year instituted, told with the year or the day it was set: "Năm 2004, Ban Bí
thư Trung ương Đảng đã chọn tháng 3 hằng năm làm Tháng Thanh niên" (Dân Việt, 2024), "Kể từ năm
2005, Thủ tướng Chính phủ đã quyết định lấy ngày 19/8 hàng năm là “Ngày hội toàn dân bảo vệ an
ninh Tổ quốc” …" (THVL), "Ngày 27/10/2005, Đại hội đồng Liên hợp quốc đã chính thức công nhận
và chọn Chủ nhật tuần thứ ba của tháng 11 hằng năm là “Ngày Thế giới tưởng niệm …”" (Vietnam+,
2025).

The opening time is when the day was chosen, told done ("đã"), before the page; the day of
each year is the decision's content, read with its cadence, as `citations.SETS_A_YEARLY_DAY`
reads it after a document's number ("… đã ban hành Quyết định số 72/2001/QĐ-TTg lấy ngày 28-6
hàng năm là Ngày Gia đình Việt Nam"). The opening names no deadline and no start of one: the
yearly day is kept every year from then on, and a plan tracks its coming returns.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.grammar import Source, prepare
from kehoach.dates.reading import Context

# The opening, folded: "Năm 2004,", "Từ năm 2000,", "Kể từ năm 2005,", "Ngày 27/10/2005,",
# then, in the same clause (no number, no semicolon before the verb), a choice told done of a
# day or a weekday of each year, named ("… lấy/chọn … hằng năm là/làm …"). Never a month
# ("đã chọn tháng 3 hằng năm làm Tháng Thanh niên", zc-danviet-20-nam-thang-thanh-nien-2024):
# a month kept each year is a month-long observance, not a day due at its end
# ... after the words that say why, with no number and no condition or negation: "Với chiến
# lược quốc gia về phát triển văn hóa, ngày 24/2/2014, Thủ tướng Chính phủ đã quyết định lấy
# ngày 21/4 hàng năm là “Ngày sách Việt Nam”" (Báo Ảnh Đất Mũi; v-baoanhdatmui-ngay-sach-viet-
# nam): blanked with the opening, as the words of a choice told done
_OPENING = re.compile(
    r"\A\W*(?:(?!(?:[^,]*?(?<![a-z]))?(?:neu|khong|chua)(?![a-z]))[^\d;:,()]{1,80}?,\s*)?"
    r"(?:(?:ke\s+)?tu\s+)?"
    r"(?:nam\s+(?P<year>\d{4})|ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?P<day_year>\d{4}))"
    r"\s*,\s*"
    r"(?=[^;\d]*?(?<![a-z])(?P<told>da)\s+[^;\d]*?(?<![a-z])(?:lay|chon)\s+(?!thang\s)[^;]*?"
    r"(?<![a-z])(?:hang|moi)\s+nam\s+(?:la|lam)(?![a-z]))",
    re.ASCII,
)
# The word before a day of each year that a body chooses: "đã chọn", "quyết định lấy", "công
# nhận và chọn" (folded, ending the words before the time)
_CHOSEN = re.compile(r"(?<![a-z])(?:lay|chon)\s*\Z", re.ASCII)
# ... of each year, in the time read: "… tháng 11 hằng năm"
_EACH_YEAR = re.compile(r"(?<![a-z])(?:hang|moi)\s+nam(?![a-z])", re.ASCII)


# ... and who launched a yearly event, and since when, named after it: "Tuần lễ Quốc gia Nước
# sạch và vệ sinh môi trường do Thủ tướng Chính phủ phát động từ năm 1998, được tổ chức từ
# ngày 29/4 đến ngày 6/5 hằng năm, …" (CDC Bình Dương, 2024): the year it was first held, no
# start of the deadline read; only with the event's cadence of each year (`_EACH_YEAR`)
_LAUNCHED = re.compile(
    r"(?<![a-z])do\s+(?:[a-z]+\s+){1,8}?phat\s+dong\s+(?:tu\s+)?nam\s+(?P<year>\d{4})(?!\d)",
    re.ASCII,
)


def without_launch_named(label: str, prepared: str) -> str:
    """`label` (the words before a time, as printed) with who launched a yearly event and
    since when (`_LAUNCHED`) blanked, same length (`fold` keeps one character for one), when
    `without_institution` blanked it in the phrase (`prepared`, the phrase's text up to the
    time, holds none left): "từ năm 1998" there is no start of the deadline read after it.
    Where the phrase kept it (no cadence of each year, a year not before the page), the label
    is as given, and its start stays checked."""
    if _LAUNCHED.search(prepared):
        return label
    for launched in _LAUNCHED.finditer(prepare(fold(label))):
        start, end = launched.span()
        label = label[:start] + " " * (end - start) + label[end:]
    return label


def without_institution(source: Source, context: Context) -> Source:
    """`source` with the opening that tells when a day of each year was instituted blanked
    (`_OPENING`), when "đã" is written so (never "đa", many), and who launched a yearly
    event since when (`_LAUNCHED`), when the year is before the page's (any year on a page
    with no date: "đã" and "phát động từ" tell it past); `source` as given otherwise."""
    found = _OPENING.match(source.prepared)
    told = found is not None and source.original(*found.span("told")).lower() == "đã"
    if found and told and _before_the_page(int(found["year"] or found["day_year"]), context):
        return source.blank(*found.span())
    launched = _LAUNCHED.search(source.prepared)
    if launched is None or not _EACH_YEAR.search(source.prepared):
        return source
    if not _before_the_page(int(launched["year"]), context):
        return source
    return source.blank(*launched.span())


def _before_the_page(year: int, context: Context) -> bool:
    return context.issued is None or year < context.issued.year


def chosen_each_year(before: str, time: str) -> bool:
    """Whether the words `before` a time (folded) end with a body's choice ("đã chọn", "quyết
    định lấy", `_CHOSEN`) and the `time` read (folded) is of each year (`_EACH_YEAR`): "Liên
    hợp quốc đã chọn ngày Chủ nhật tuần thứ 3 của tháng 11 hằng năm là …", the chosen day
    joined to its verb as "vào" joins a day."""
    return _CHOSEN.search(before) is not None and _EACH_YEAR.search(time) is not None

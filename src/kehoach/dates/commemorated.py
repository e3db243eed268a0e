"""An occasion commemorated beside a deadline, named with its own day: "chào mừng kỷ niệm 60
năm Chiến thắng Bình Giã (2/12) và 80 năm Ngày thành lập Quân đội Nhân dân Việt Nam (22/12) đã
thống nhất tổ chức cuộc thi từ ngày 18 đến 20/10" (Báo Bà Rịa - Vũng Tàu, 2024). The day in
parentheses is the occasion's, the one it is kept on each year, never the deadline; the
deadline is the other time the phrase gives. A known occasion (`OCCASIONS`, or a founding
of `occasions`) must be named with its own day, else nothing is set aside (one of the two is
mistyped, and the phrase stays refused).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.occasions import founded_days

# Days whose occasion fixes their date: a name saying one of them must agree with the
# parentheses (folded; the commemorations of the solar calendar a plan names most)
OCCASIONS: dict[str, tuple[int, int]] = {
    "sinh nhat bac": (19, 5),
    "sinh nhat chu tich ho chi minh": (19, 5),
    "quoc khanh": (2, 9),
    "nha giao viet nam": (20, 11),
    "quoc te thieu nhi": (1, 6),
    "quoc te lao dong": (1, 5),
    "giai phong mien nam": (30, 4),
    "thanh lap dang": (3, 2),
    "quoc te phu nu": (8, 3),
    "phu nu viet nam": (20, 10),
    "thuong binh liet si": (27, 7),
    "thay thuoc viet nam": (27, 2),
    "bao chi cach mang viet nam": (21, 6),
    "gia dinh viet nam": (28, 6),
    "quan doi nhan dan viet nam": (22, 12),
    "phap luat viet nam": (9, 11),
    "thanh lap doan": (26, 3),
    "dien bien phu": (7, 5),
    "moi truong the gioi": (5, 6),
    "dai duong the gioi": (8, 6),  # the UN's World Oceans Day (resolution 63/111, 2008)
    "dai doan ket": (18, 11),
    "bao ve an ninh to quoc": (19, 8),
    "cong an nhan dan": (19, 8),
    "cach mang thang tam": (19, 8),
    "doanh nhan viet nam": (13, 10),
    "khoa hoc va cong nghe viet nam": (18, 5),
    "the thao viet nam": (27, 3),
    "bien phong": (3, 3),
    "giai phong thu do": (10, 10),
    "nguoi cao tuoi viet nam": (6, 6),
    "dan so the gioi": (11, 7),
    "phong chong ma tuy": (26, 6),
    "phong chay chua chay": (4, 10),
    "chuyen doi so quoc gia": (10, 10),
    "di san van hoa viet nam": (23, 11),
    "sach va van hoa doc viet nam": (21, 4),
    "quoc te hanh phuc": (20, 3),
    "giang sinh": (25, 12),
}


# The words that say an occasion is commemorated, not met: "kỷ niệm", "chào mừng", "hưởng
# ứng", "nhân dịp", or a count of years ("80 năm Ngày thành lập …": its anniversary); never
# a bound ("trước Ngày Quốc tế thiếu nhi (1/6)" is a deadline)
_MARKED = r"(?<![a-z])(?:ky\s+niem|chao\s+mung|huong\s+ung|nhan\s+dip|(?<![\d/.])\d{1,3}\s+nam)\s+"
# ... its name: words, commas and "và" only, no digit, no parentheses, no word of time or bound
_NAME = (
    r"(?P<name>(?:(?!(?:truoc|den|toi|tu|han|cham\s+nhat|vao|trong|sau|het|tuan)\b)[a-z]+"
    r"(?:\s*,\s*|\s+))+?)"
)
# ... its day without a year, in parentheses or right after the name: "Bình Giã (2/12)",
# "Ngày Quốc tế lao động 1-5,", "Ngày Quốc tế thiếu nhi 01/6"
_DAY = (
    r"(?P<day>\(\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*\)"
    r"|(?P<bd>\d{1,2})\s*[/-]\s*(?P<bm>\d{1,2})(?![\d/.-]|\s*[/.-]\s*\d)(?=\s*(?:[,;:.]|\Z|\s+va\b)))"
)
_COMMEMORATED = re.compile(_MARKED + _NAME + r"\s*" + _DAY, re.ASCII)
# ... and the next occasion of a list, after the first one's day: "…, Ngày Môi trường thế
# giới (5-6)", "… và 80 năm Ngày thành lập …" (its own count) need no word of their own
_LISTED = re.compile(r"\s*(?:,|va)\s+(?:ngay\s+)?" + _NAME + r"\s*" + _DAY, re.ASCII)
# ... a list's next item named by a part of the day or by "ngày" alone names no occasion: it
# is the time told after the occasions ("Hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 4/10,
# sáng 30/9, Phòng Cảnh sát … tổ chức hội nghị", zg-vietnamnet-hung-dao-tap-huan-pccc-2025)
_NO_OCCASION = re.compile(r"(?:sang|chieu|toi|trua|dem)(?:\s+ngay)?|ngay", re.ASCII)
_COMMEMORATING = re.compile(r"(?:ky\s+niem|chao\s+mung|huong\s+ung|nhan\s+dip)\s+\Z", re.ASCII)
# a time left to read once the occasions' days are set aside
_A_TIME = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:ngay|thang|quy|nam)\s+\d", re.ASCII)


def commemorated_days(prepared: str) -> list[tuple[int, int]]:
    """Where `prepared` (folded) names a commemorated occasion's own day (`_COMMEMORATED`,
    `_LISTED`): the spans of those days, parentheses included. A known occasion named must
    be on its own day, and an unknown one must be an anniversary counted ("60 năm …");
    [] when any of them is not, or when no other time is left to read (the day may then be
    the deadline itself: "treo cờ nhân dịp Quốc khánh 2/9")."""
    spans: list[tuple[int, int]] = []
    at = 0
    while found := _COMMEMORATED.search(prepared, at):
        # an unknown occasion counts as an anniversary only after a word commemorating it:
        # "kỷ niệm 60 năm Chiến thắng Bình Giã (2/12)", never "sau 3 năm thí điểm (1/7)"
        counted = found.group().lstrip()[:1].isdigit() and bool(
            _COMMEMORATING.search(prepared, 0, found.start())
        )
        listed = False
        while found:
            if listed and _NO_OCCASION.fullmatch(" ".join(found["name"].split())):
                break  # ", sáng 30/9, …" after the occasion's day: the time told, no occasion
            if not _its_own_day(found, counted):
                return []
            spans.append(found.span("day"))
            at = found.end()
            found, listed = _LISTED.match(prepared, at), True
            counted = counted or bool(found and re.search(r"\d\s+nam\s+\Z", prepared[: at + 8]))
    rest = prepared
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return spans if spans and _A_TIME.search(rest) else []


# A public holiday called by its day, "lễ 30/4", or an occasion's peak week or month called by
# the occasion's day, "Tuần cao điểm 26/3": "và từ chiều ngày 29/4/2018 đến hết ngày 01/5/2018
# (lễ 30/4 và 1/5)" (Báo Long An, 2018; the days off for the two holidays), "Tuần cao điểm
# 26/3: Bắt đầu từ buổi sáng ngày 23/3/2020 (Thứ Hai) đến hết ngày 27/3/2020 (Thứ Sáu)"
# (Đoàn trường ĐH Vinh, 2020; the Youth Union's day). The day is the holiday's name, never a
# deadline. Only the solar holidays of Bộ luật Lao động 2019, Điều 112 after "lễ" (30/4 is
# "lễ 30/4", never a day of another thing), an occasion of `OCCASIONS` after "cao điểm"; the
# day after them listed by "và" or "," (a dash, "lễ 30/4 - 1/5", may open a span: unread)
_HOLIDAYS = frozenset({(1, 1), (30, 4), (1, 5), (2, 9)})
_BY_ITS_DAY = r"\d{1,2}\s*[/-]\s*\d{1,2}(?![\d/.-]|\s*[/.-]\s*\d)"
# ... "lễ" only alone in its parentheses, the peak only naming the phrase's head: "hoàn thành
# trước lễ 30/4", "trong dịp lễ 30/4", "trước Tuần cao điểm 26/3" are times, never names
_HOLIDAY_NAMED = re.compile(
    rf"(?:\(\s*(?P<word>le)|\A\W*(?:tuan|thang)\s+(?P<peak>cao\s+diem))"
    rf"\s+(?P<days>{_BY_ITS_DAY}(?:\s*(?:,|va)\s*{_BY_ITS_DAY})*)(?(word)\s*\))",
    re.ASCII,
)
_ONE_DAY = re.compile(r"(\d{1,2})\s*[/-]\s*(\d{1,2})", re.ASCII)


def holidays_named(prepared: str) -> list[tuple[int, int, int]]:
    """Where `prepared` (folded) calls a holiday or an occasion's peak by its day
    (`_HOLIDAY_NAMED`): the start of the word ("lễ", "cao điểm", for the caller to check as
    printed) and the span of its days; [] when one of the days is no such holiday's, or when
    no other time is left to read (the holiday may then be the time itself: "trong dịp nghỉ
    Lễ 30/4 01/5")."""
    found: list[tuple[int, int, int]] = []
    for named in _HOLIDAY_NAMED.finditer(prepared):
        known = _HOLIDAYS if named["word"] else frozenset(OCCASIONS.values())
        days = [(int(d), int(m)) for d, m in _ONE_DAY.findall(named["days"])]
        if not all(day in known for day in days):
            return []
        found.append((named.start("word" if named["word"] else "peak"), *named.span("days")))
    rest = prepared
    for _, start, end in found:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return found if found and _A_TIME.search(rest) else []


def _its_own_day(found: re.Match[str], counted: bool) -> bool:
    """Whether the day `found` gives is its occasion's: the known one's day and month, or
    any day for an unknown occasion counted in years (an anniversary); never a day named by
    nothing but "ngày"."""
    day = (int(found["d"] or found["bd"]), int(found["m"] or found["bm"]))
    name = " ".join(found["name"].replace(",", " ").split())
    if name in ("ngay", "le"):  # "kỷ niệm 79 năm ngày 19/12": the day is all it names
        return False
    known = {when for occasion, when in (*OCCASIONS.items(), *founded_days()) if occasion in name}
    return day in known if known else counted


# The day read, named after it as its occasion, closing the phrase: "… tổ chức bữa cơm gia đình
# vào ngày Chủ nhật - 28/6/2015 - Ngày Gia đình Việt Nam" (Lao động Thủ đô, 2015): the name
# only, after a dash or a comma, no number and no other word
_ITS_NAME_AFTER = re.compile(r"\A\s*[-–—,]\s*ngay\s+(?P<name>[a-z]+(?:\s+[a-z]+)*)\s*[.;]?\s*\Z")


def names_its_day(rest: str, day: date) -> bool:
    """Whether the words `rest` after the one day read name it as a known occasion kept on
    that day each year (`OCCASIONS`, `occasions.founded_days`: "- Ngày Gia đình Việt Nam"
    after 28/6); an occasion of another day, or one not known, is no such name (the day or
    the name may be mistyped: the words stay refused)."""
    found = _ITS_NAME_AFTER.match(fold(rest))
    if found is None:
        return False
    name = " ".join(found["name"].split())
    known = {when for occasion, when in (*OCCASIONS.items(), *founded_days()) if occasion == name}
    return (day.day, day.month) in known


# ... or named right before it, the day its own: "tổ chức hoạt động tuyên truyền, cổ động trực
# quan về Ngày Gia đình Việt Nam 28/6/2016" (Bộ VHTTDL, 2016, as Báo Đại Đoàn Kết retells it;
# zm-daidoanket-bvhttdl-15-nam-ngay-gia-dinh-2016): the occasion's name joins the day as "(28/6
# /2016)" after it does. Only "Ngày" and a known occasion's whole name closing the words, and
# the day its own (`OCCASIONS`, `occasions.founded_days`): another day after the name is a
# typo in one of the two, and stays refused; so does an anniversary counted before the name
# ("kỷ niệm 20 năm Ngày Gia đình Việt Nam 28/6/2016": the count is not checked here)
_ITS_NAME_BEFORE = re.compile(
    r"(?<![a-z])(?<!\d\snam\s)ngay\s+(?P<name>[a-z]+(?:\s+[a-z]+)*)\s*\Z", re.ASCII
)


def named_before_its_day(before: str, day: int, month: int) -> bool:
    """Whether the folded words `before` a day (`day`, `month`) close with "Ngày" and the name
    of a known occasion kept on that day each year (`_ITS_NAME_BEFORE`)."""
    found = _ITS_NAME_BEFORE.search(before)
    if found is None:
        return False
    named = " ".join(found["name"].split())
    known = {when for occasion, when in (*OCCASIONS.items(), *founded_days()) if occasion == named}
    return (day, month) in known

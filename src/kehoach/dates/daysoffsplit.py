"""What a run of days off is made of, said in parentheses after it.

"Cán bộ, công chức, viên chức và người lao động trong cơ quan được nghỉ 04 ngày, từ thứ Năm
ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022 (trong đó, 02 ngày nghỉ lễ dịp Quốc khánh và 02
ngày là ngày nghỉ hàng tuần)" (Thạnh Phước, Vĩnh Long, 2022), "… được nghỉ lễ trong 03 ngày
liên tiếp từ ngày 02/9 đến hết ngày 04/9 (trong đó ngày 02/9 là ngày nghỉ Lễ chính thức và 02
ngày còn lại là nghỉ hàng tuần)" (Sở VHTT TP.HCM, 2016): the holidays and the weekly days off
the run counts (Bộ luật Lao động 2019, Điều 111–112), no time of their own.

Read only when the parentheses close the phrase, open with "trong đó", and list nothing but
days off ("nghỉ lễ", "nghỉ Tết", "nghỉ bù", "nghỉ hàng tuần"), each part a count of days or
one day named; the counts (a day named counts one) must add up to the days of the one window
read, the weekly days off be its Saturdays and Sundays, and a day named must fall in it; when they do not, the phrase is refused saying so
(the page is wrong in the window or in its parts). Any other phrase keeps the caller's
refusal.

A run counted, then its days named each by its weekday ("nghỉ thêm hai ngày làm việc là thứ
Ba (28/4) và thứ Tư (29/4)"), is the one window of those days when they follow each other,
as many as counted, each weekday its day's (`days_off_named`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import COUNT, TOLD_DONE, Unreadable
from kehoach.dates.numbers import count_number
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader
from kehoach.dates.workdays import show

# "(trong đó, 02 ngày nghỉ lễ … và 02 ngày là ngày nghỉ hàng tuần)" closing the phrase (folded)
_SPLIT = re.compile(r"\s*\(\s*trong\s+do\s*,?\s+(?P<inner>[^()]+?)\s*\)[ .;]*\Z", re.ASCII)
# what the days are: days off, by the law's names, and the occasion they are for
_DAY_OFF = (
    r"(?:la\s+)?(?:ngay\s+)?nghi\s+(?:le|tet|bu|hang\s+tuan)"
    r"(?:\s+chinh\s+thuc)?(?:\s+(?:dip\s+)?(?:quoc\s+khanh|tet\s+[a-z ]+?))?"
)
# one part: "02 ngày nghỉ lễ dịp Quốc khánh", "02 ngày còn lại là nghỉ hàng tuần", "ngày 02/9
# là ngày nghỉ Lễ chính thức"
_PART = re.compile(
    rf"(?:(?P<count>{COUNT})\s+ngay(?:\s+con\s+lai)?"
    r"|ngay\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?)"
    rf"\s+{_DAY_OFF}",
    re.ASCII,
)


def days_off_and_their_kinds(
    text: str, context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The one window of `text` without the closing parentheses saying what its days off
    are (`_SPLIT`), read by `parse`, when the parts add up to it (see the module); None
    when the phrase has no such parentheses or does not read so. Raises `Unreadable` when the
    parts do not make up the window read."""
    shown = nfc(text)
    split = _SPLIT.search(fold(shown))
    if split is None:
        return None
    parts = [_PART.fullmatch(part.strip()) for part in re.split(r"\s+va\s+", split["inner"])]
    if len(parts) < 2 or any(part is None for part in parts):
        return None
    try:
        found = parse(shown[: split.start()], context)
    except Unreadable:
        return None
    window = found[0] if len(found) == 1 else None
    if window is None or window.kind is not DeadlineKind.WINDOW:
        return None
    if not _parts_make_up(window, [part for part in parts if part is not None]):
        said = " ".join(shown[split.start() : split.end()].strip(" .;()").split())
        raise Unreadable(
            f"“({said})” không khớp khoảng {_shown(window)}: số ngày nghỉ kể ra không bằng số "
            "ngày của khoảng, hoặc ngày nêu tên nằm ngoài khoảng; ghi first_day và last_day "
            "theo văn bản"
        )
    return (replace(window, phrase=text),)


def _parts_make_up(window: Deadline, parts: list[re.Match[str]]) -> bool:
    """Whether the days the `parts` count (a day named counts one, and must fall in the
    window) are the days of `window`, first and last included."""
    if window.first is None or window.last is None:
        return False
    total = weekly = 0
    for part in parts:
        if part["count"]:
            days = count_number(part["count"])
        elif _named_day_in(part, window.first, window.last):
            days = 1
        else:
            return False
        total += days
        weekly += days if "hang tuan" in part.group() else 0
    length = (window.last - window.first).days + 1
    # the weekly days off are the window's Saturdays and Sundays (Bộ luật Lao động 2019,
    # Điều 111; "03 ngày … nghỉ hàng tuần" in a Thursday-to-Sunday run has two: fresh41b)
    weekend = sum((window.first + timedelta(days=n)).weekday() >= 5 for n in range(length))
    said_weekly = any("hang tuan" in part.group() for part in parts)
    return total == length and (not said_weekly or weekly == weekend)


def _shown(window: Deadline) -> str:
    first, last = window.first, window.last
    return f"{show(first)} – {show(last)}" if first and last else window.reading


def _named_day_in(part: re.Match[str], first: date, last: date) -> bool:
    """Whether the day `part` names falls between `first` and `last`, in its written year or
    the window's."""
    years = [int(part["year"])] if part["year"] else sorted({first.year, last.year})
    for year in years:
        try:
            day = date(year, int(part["month"]), int(part["day"]))
        except ValueError:
            continue
        if first <= day <= last:
            return True
    return False


# "Như vậy, tính cả hai ngày cuối tuần, kỳ nghỉ Giỗ Tổ Hùng Vương kéo dài 3 ngày liên tiếp từ
# 25/4 đến hết 27/4/2026" (Kênh 14 on Giỗ Tổ 2026: u-kenh14-gio-to-hung-vuong-2026): the run
# counts the weekend's two days with the holiday, as the parentheses above say "02 ngày là
# ngày nghỉ hàng tuần"; no time of its own. As printed, spelled "hai" ("2 ngày" is a count,
# checked as one)
WEEKEND_COUNTED = r"(?<!\w)tính\s+cả\s+hai\s+ngày\s+(?:nghỉ\s+)?cuối\s+tuần(?!\w)"


def weekend_counted_in(first: date | None, last: date | None) -> str:
    """`WEEKEND_COUNTED`, a pattern of the words that count the weekend in the run of days
    off first .. last, when that run holds a Saturday and the Sunday after it; "" otherwise
    (the words would then say what the days do not, and stay checked)."""
    if first is None or last is None or first > last:
        return ""
    saturday = first + timedelta(days=(5 - first.weekday()) % 7)
    return WEEKEND_COUNTED if saturday + timedelta(days=1) <= last else ""


# A run of days off counted, then its days named each by its weekday: "Nhà trường quyết định
# cho sinh viên, giảng viên nghỉ thêm hai ngày làm việc là thứ Ba (28/4) và thứ Tư (29/4)."
# (Blog Tâm Sự on the universities' Giỗ Tổ break, 2026; za-blogtamsu), "công chức, viên chức
# sẽ được nghỉ 02 ngày (Thứ năm, ngày 30/4/2020 và Thứ sáu, ngày 01/5/2020)" (Ban Tuyên giáo
# Cần Thơ, 2020; zs-bantuyengiao): the days of one run, as "nghỉ trong hai ngày 17/2 và 18/2"
# is, each weekday checked against its day. The count must be the days listed, in a row
# (`lists.days_counted`), and the days close the phrase: a day after them (a make-up day, a
# day back) leaves the refusal standing (folded)
_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)"
_NAMED_DAY = (
    rf"{_WEEKDAY}\s*,?\s*\(?\s*(?:ngay\s+)?\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{4}})?\s*\)?"
)
_RUN_NAMED = re.compile(
    rf"(?<![a-z])nghi\s+(?:them\s+)?(?P<count>{COUNT})\s+ngay(?:\s+lam\s+viec)?\s*"
    r"(?:(?:la|gom)\s+|:\s*)?(?P<open>\(\s*)?"
    rf"(?P<days>{_NAMED_DAY}(?:\s*,\s*{_NAMED_DAY})*\s*,?\s+va\s+{_NAMED_DAY})"
    r"\s*(?(open)\))[\s.]*\Z",
    re.ASCII,
)
_ONE_NAMED = re.compile(
    r"(?P<weekday>thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*\(?\s*"
    r"(?:ngay\s+)?(?P<day>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)",
    re.ASCII,
)
# date.weekday() of each weekday's name: "thứ Hai" (Monday) is 0, "Chủ nhật" 6
_WEEKDAY_NUMBER = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
_WEEKDAY_NUMBER |= {str(n): n - 2 for n in range(2, 8)}
_SUNDAY = 6


def days_off_named(text: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The one window of a run of days off counted, then named each by its weekday
    (`_RUN_NAMED`): `text` read by `parse` with the days listed after "trong" and the count,
    their weekdays dropped once each is checked against its day; None when the phrase is not
    of that form, tells the run done (`TOLD_DONE`: "đã nghỉ", "vừa cho nghỉ"), does not read as one window of the days
    named, or names a weekday its day is not (the refusal then stands)."""
    shown = nfc(text)
    run = _RUN_NAMED.search(fold(shown).lower())
    if run is None or TOLD_DONE.search(shown, 0, run.start()):
        return None
    named = list(_ONE_NAMED.finditer(run.string, run.start("days"), run.end("days")))
    listed = " và ".join(shown[one.start("day") : one.end("day")] for one in named)
    said = shown[run.start() : run.start("count")] + "trong "
    plain = f"{shown[: run.start()]}{said}{shown[run.start('count') : run.end('count')]} ngày "
    try:
        found = parse(plain + listed, context)
    except Unreadable:
        return None
    window = found[0] if len(found) == 1 else None
    if window is None or window.kind is not DeadlineKind.WINDOW or window.first is None:
        return None
    if window.last is None or (window.last - window.first).days + 1 != len(named):
        return None
    for offset, one in enumerate(named):
        weekday = _SUNDAY if one["word"] is None else _WEEKDAY_NUMBER[one["word"]]
        if (window.first + timedelta(days=offset)).weekday() != weekday:
            return None
    return (replace(window, phrase=text),)

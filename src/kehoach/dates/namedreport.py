"""A report named by one period of the year, then a day of a named month: each year's day.

"Báo cáo quý I trước ngày 15/3", "Báo cáo quý IV trước ngày 15/1", "Báo cáo tổng kết năm
trước ngày 10/12" (session 61's brief, f61: the lead's ruling). A report named by its period
comes back each year, so its day with no year is a yearly rule, as main reads its siblings
("Báo cáo 6 tháng đầu năm trước ngày 15/7", "Báo cáo 9 tháng trước ngày 15/9", "Báo cáo năm
gửi trước ngày 25/11 hàng năm", UBND Bà Rịa – Vũng Tàu, Công văn 2539/2012: each
`grammar.REPORT_DAY_RULE`'s); a yearly reading never drops a later year, where the plan's
year alone would. Read so only with the guards session 60 set for the same report with a
dated day (`reportperiod`):

- the plainest line: the report alone, or sent ("gửi", "nộp", "lập"), at the opening
  (`reportperiod.plain_opening`); "Hủy/Miễn/Có thể/Dự kiến/Đã báo cáo quý I …" is called
  off, hedged or told done, and refused;
- the day falls in the period's last month or soon after it ends: a quarter's at most
  `reportperiod.LATEST_AFTER_QUARTER` (45 days) after ("Báo cáo quý IV trước ngày 15/1":
  next January's), the year's review at most `reportperiod.LATEST_AFTER` (120 days); any
  other day is a slip or another report ("Báo cáo quý I trước ngày 15/8");
- a quarter's day no sooner than the 15th of its last month, once its figures are cut off
  (Nghị định 09/2019/NĐ-CP, Điều 12: the 15th of the month before the quarter to the 14th of
  its last): "Báo cáo quý I trước ngày 1/3" is due before the quarter has its figures, a
  slip (session 62's brief), refused with that reason; an estimate of them is due before
  ("Báo cáo ước thực hiện quý I trước ngày 10/3", e62b: from the last month's first day).

A note between the period and its day ("Báo cáo quý I (đã hủy) trước ngày 15/3"), a cadence
after the period ("Báo cáo quý I hằng năm …") or any other word there leaves the rule
unmatched, refused as before.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Recurrence
from kehoach.dates.reportperiod import LATEST_AFTER, LATEST_AFTER_QUARTER, plain_opening

# the period as `grammar.REPORT_DAY_RULE` names it (folded): one quarter, or the year's review
NAMED_PERIOD = r"quy\s+(?:iv|i{1,3}|[1-4])(?![a-z])|tong\s+ket\s+nam"
_QUARTER = re.compile(r"quy\s+(?P<which>iv|i{1,3}|[1-4])\Z", re.ASCII)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_A_YEAR = 2001  # a year with no 29/02 (refused before), its next year of none either
# a quarter's figures run to the 14th of its last month (Nghị định 09/2019/NĐ-CP, Điều 12):
# its report is due on the 15th at the soonest ("Báo cáo quý I trước ngày 15/3", session 61's
# ruling); "trước ngày 1/3" is due before the quarter has its figures (session 62's brief),
# but for an estimate of them ("Báo cáo ước thực hiện quý I trước ngày 10/3", e62b)
ESTIMATE = re.compile(r"(?<![a-z])uoc\s+(?:thuc\s+hien|tinh)(?![a-z])", re.ASCII)
_QUARTER_FIGURES_FROM = 15


def named_period(written: str) -> bool:
    """Whether `written` (the rule's report words, folded, one space) is a period of the
    year this module reads ("quy i", "tong ket nam")."""
    return re.fullmatch(NAMED_PERIOD, written, re.ASCII) is not None


def refuse_named_off(
    written: str, rule: Recurrence, opening: str, said: str, *, estimate: bool = False
) -> None:
    """Refuse the yearly rule of a report named by its period (`written`, folded) unless
    the line is the plainest (`opening`, the words before the report, folded; `said`, as
    printed) and the rule's day falls in the time that report is due (the module's rules).
    An estimate (`estimate`: "Báo cáo ước thực hiện quý I trước ngày 10/3") is due before
    the quarter's figures are cut off, from its last month's first day."""
    if not plain_opening(opening):
        raise Unreadable(
            f"“{said.strip(' ,;:')} …” trước báo cáo: việc có thể bị hủy, được miễn, chỉ dự kiến "
            "hoặc đã xong; không đoán: ghi last_day theo thời hạn văn bản giao"
        )
    assert rule.month is not None and rule.day is not None
    if (rule.month, rule.day) == (2, 29):  # not a day of every year (a crash on f61)
        raise Unreadable(
            "29/02 không phải ngày có thật mọi năm (chỉ năm nhuận): báo cáo theo kỳ không có "
            "hạn hằng năm ngày đó; ghi last_day theo văn bản"
        )
    due = date(_A_YEAR, rule.month, rule.day)
    quarter = _QUARTER.match(written)
    if quarter:
        end = date(_A_YEAR, 3 * _QUARTERS[quarter["which"]], 1)
        latest = LATEST_AFTER_QUARTER
    else:
        end, latest = date(_A_YEAR, 12, 1), LATEST_AFTER
    end = _month_end(end)
    # the day of the period's year, or of the next (a quarter's report due in January); a
    # quarter's never before its figures are cut off (`_QUARTER_FIGURES_FROM`)
    soonest = end.replace(day=_QUARTER_FIGURES_FROM if quarter and not estimate else 1)
    if quarter and end.replace(day=1) <= due < soonest:
        raise Unreadable(
            f"ngày {rule.day:02d}/{rule.month:02d} trước khi số liệu quý được chốt (ngày 14 "
            "tháng cuối quý, Nghị định 09/2019/NĐ-CP, Điều 12): báo cáo quý chưa thể nộp "
            "ngày đó, có thể viết nhầm ngày hoặc kỳ; ghi last_day theo văn bản"
        )
    if not any(soonest <= day <= end + latest for day in (due, _next_year(due))):
        raise Unreadable(
            f"ngày {rule.day:02d}/{rule.month:02d} không nằm trong thời gian nộp báo cáo "
            f"của kỳ đó (tháng cuối kỳ, hoặc không quá {latest.days} ngày sau khi kỳ kết thúc): "
            "có thể viết nhầm kỳ hoặc là một báo cáo khác; ghi last_day theo văn bản"
        )


# the report told done or hedged right before it, as printed: "Đã báo cáo 6 tháng đầu năm
# trước ngày 15/7", "Dự kiến báo cáo 9 tháng trước ngày 15/9" (read as each year's due day
# on main: its siblings keep the plainest line's guards only where they tell the day away)
_TOLD_AWAY = re.compile(
    r"(?i)(?<!\w)(?:đã|vừa|(?:đã\s+)?được|có\s+thể|dự\s+kiến|chưa|không)(?:\s+(?:được|gửi|nộp))?\W*\Z"
    # ... or called off or waived, told done or now: "Đã hủy báo cáo 6 tháng đầu năm trước
    # ngày 15/7", "Nay bãi bỏ …", "Được miễn báo cáo 9 tháng …", "Thôi báo cáo năm …" (f61b:
    # the quarter's forms refuse them through `reportperiod.plain_opening`)
    r"|(?<!\w)(?:(?:đã|nay|được|đã\s+được)\s+)?(?:bãi\s+bỏ|(?:hủy|huỷ|xóa|xoá)(?:\s+bỏ)?|miễn"
    r"|thôi)\W*\Z"
)


# after the day, the plainest line holds only the cadence: "… trước ngày 10/12 hằng năm";
# "… năm tiếp theo", "… của năm sau liền kề" name the year (main's rules refuse them)
_PLAIN_AFTER = re.compile(r"[\W_]*(?:hang\s+nam[\W_]*)?\Z", re.ASCII)
# the day the figures are cut off, not the day due: "Báo cáo quý I thời gian chốt số liệu
# ngày 14/3" (f61b; main read "Báo cáo 6 tháng đầu năm thời gian chốt số liệu ngày 14/6"
# as each year's due day)
_CUT_OFF = re.compile(r"(?<![a-z])chot\s+(?:so\s+lieu|du\s+lieu)(?![a-z])", re.ASCII)


def refuse_not_plain_after(after: str, said: str) -> None:
    """Refuse a named report's yearly day with any word after the day (`after`, folded;
    `said`, as printed) but the cadence (`_PLAIN_AFTER`)."""
    if not _PLAIN_AFTER.match(after):
        raise Unreadable(
            f"“{said.strip(' ,;:')}” sau ngày của báo cáo theo kỳ: có thể là năm khác, không "
            "phải ngày đó mỗi năm; không đoán: ghi last_day theo văn bản"
        )


def refuse_cut_off(between: str) -> None:
    """Refuse a report's day when the words before it (`between`, folded) make it the day
    the figures are cut off (`_CUT_OFF`)."""
    if _CUT_OFF.search(between):
        raise Unreadable(
            "“chốt số liệu … ngày …”: số liệu … là ngày chốt số liệu của báo cáo, không phải "
            "hạn gửi; ghi last_day theo thời hạn gửi báo cáo trong văn bản"
        )


class NotThisRule(Exception):
    """A rule matched words it does not mean: the phrase is read by the next rule instead
    (`engine._read_one`), as if this one had not matched."""


def refuse_fund(said: str, bare: bool) -> None:
    """Pass a quarter named as printed with other marks than "quý" (`said`, the report's
    words as printed; `bare`, the whole phrase typed without marks) to the next rule: "Báo
    cáo quỹ I trước ngày 15/3" is a fund's report (f61b), no quarter's yearly day; main's
    reading is kept."""
    if not bare and not nfc(said).lower().startswith("quý"):
        raise NotThisRule(said)


def refuse_told_away(said: str) -> None:
    """Refuse a report's yearly day when the words right before the report (`said`, as
    printed) tell it done, hedged or not made (`_TOLD_AWAY`)."""
    if _TOLD_AWAY.search(said):
        raise Unreadable(
            f"“{said.strip(' ,;:')} …” trước báo cáo: việc đã xong, chỉ dự kiến, không làm, bị "
            "hủy, bãi bỏ hoặc được miễn; "
            "không đoán: ghi last_day theo thời hạn văn bản giao"
        )


def _month_end(first: date) -> date:
    """The last day of the month that opens on `first`."""
    after = first.replace(day=28) + timedelta(days=4)
    return after - timedelta(days=after.day)


def _next_year(day: date) -> date:
    return day.replace(year=day.year + 1)

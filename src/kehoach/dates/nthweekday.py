"""A weekday counted in its month, each month or each year: "Chủ nhật thứ ba của tháng 11 hằng
năm" (RFC 5545 FREQ=YEARLY;BYMONTH=11;BYDAY=3SU), "Chủ nhật cuối cùng hằng tháng" (BYDAY=-1SU).

The World Day of Remembrance for Road Traffic Victims, as the press gives the UN's choice of
2005: "ngày Chủ nhật tuần thứ 3 của tháng 11 hằng năm" (VietnamPlus, 2024), "Chủ nhật tuần
thứ ba của tháng 11 hằng năm" (2025): the third Sunday of November. For Sunday alone "tuần
thứ n" names no other day: a Vietnamese week runs from Thứ Hai to Chủ nhật, so the Sunday of
the month's n-th week (the week holding the 1st being the first, as the Trà Vinh notice's own
dates count it, `refusals.refuse_week_of_month`) is the month's n-th Sunday, days 7n-6 to 7n,
as the n-th Sunday counted alone is. Another weekday of the n-th week ("thứ Ba, tuần thứ 3",
"thứ Sáu của tuần lễ thứ hai") is two rules a reader cannot tell apart, and stays refused;
"thứ Sáu thứ hai của mỗi tháng" (the second Friday, no week named) and "thứ Sáu cuối cùng của
tháng" (the last Friday) are one each. A monthly rule says its cadence ("hằng tháng", "mỗi
tháng", "của mỗi tháng"), or names "the month" with no month after it, closing the phrase:
"“Ngày vệ sinh môi trường nông thôn” vào ngày chủ nhật cuối cùng của tháng" (UBND huyện Cát
Hải, Hải Phòng, 2018) is each month's, as "trước ngày cuối cùng của tháng" is (the lead's
ruling, session 34: a day of "the month" with no month named is each month's; the two
readers agree). Only with nothing else dating the phrase: "Tháng 8/2018, vào Chủ nhật cuối
cùng của tháng" names this month, and is refused as its sibling is.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.asides import WEEKDAYS, weekday_number
from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import Unreadable, word_rule
from kehoach.dates.reading import DeadlineKind, Frequency, Recurrence

_ORDINALS = {"nhat": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "tu": 4, "4": 4}
_ORDINAL_WORDS = {1: "thứ nhất", 2: "thứ hai", 3: "thứ ba", 4: "thứ tư", -1: "cuối cùng"}
_WEEKDAY = r"(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))"
# "thứ ba" / "tuần thứ 3" (Sunday only), "cuối cùng" (any weekday), "đầu tiên" (the first)
_WHICH = (
    r"(?:(?P<week>tuan\s+(?:le\s+)?)?thu\s+(?P<n>nhat|hai|ba|tu|[1-4])"
    r"|(?P<last>cuoi\s+cung)|(?P<first>dau\s+tien))"
)
_EACH = r"(?:hang|moi)"
_SUNDAY = 6  # as `date.weekday` counts
NTH_WEEKDAY_RULE = word_rule(
    r"(?P<lead>(?:(?:dinh\s+ky\s+)?(?:vao\s+)?(?:(?:cham|muon)\s+nhat\s+|truoc\s+)?)?)"
    rf"(?:ngay\s+)?{_WEEKDAY}\s+{_WHICH}\s*"
    rf"(?:(?:cua|trong)\s+)?(?:(?P<monthly>{_EACH}\s+thang|(?:cua\s+)?moi\s+thang"
    # "của tháng" closing the phrase (`word_rule` ends it): "the month", none named after it
    r"|(?<=cua\s)thang)"
    rf"|thang\s+(?P<month>\d{{1,2}})\s*,?\s+{_EACH}\s+nam)"
)


def build_nth_weekday(match: re.Match[str], _given: Input) -> Found:
    """Due on the weekday's n-th (or last) occurrence in each month, or in the month named
    each year (`NTH_WEEKDAY_RULE`)."""
    weekday = weekday_number(match)
    if match["last"]:
        nth = -1
    elif match["first"]:
        nth = 1
    else:
        nth = _ORDINALS[match["n"]]
    if match["week"] and weekday != _SUNDAY:  # "thứ Ba, tuần thứ 3": `refuse_week_of_month`
        raise Unreadable(
            "một thứ khác Chủ nhật của tuần thứ mấy trong tháng: chưa rõ là lần thứ mấy của thứ "
            "đó trong tháng hay thứ đó trong tuần lịch thứ mấy (tuần thứ Hai – Chủ nhật); ghi "
            "last_day từng kỳ theo lịch của văn bản"
        )
    if match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise Unreadable(f"không có tháng {month}")
        rule = Recurrence(Frequency.YEARLY, month=month, weekday=weekday, nth=nth)
    else:
        rule = Recurrence(Frequency.MONTHLY, weekday=weekday, nth=nth)
    return Found(DeadlineKind.RECURRING, nth_weekday_words(rule), recurrence=rule)


def nth_weekday_words(rule: Recurrence) -> str:
    """ "hằng năm, hạn Chủ nhật thứ ba của tháng 11", "hằng tháng, hạn Chủ nhật cuối cùng"."""
    day = WEEKDAYS[6 if rule.weekday is None else rule.weekday]
    which = _ORDINAL_WORDS[rule.nth or -1]
    if rule.frequency is Frequency.YEARLY:
        return f"hằng năm, hạn {day} {which} của tháng {rule.month or 12}"
    return f"hằng tháng, hạn {day} {which} của tháng"

"""Recurring deadlines in the deadline language: a cadence and the day each period is due.

"Hằng quý", "Trước ngày 15/12 hằng năm", "Chậm nhất ngày 20 của tháng báo cáo", "hằng tuần,
trước 16 giờ thứ Năm", the data periods of Nghị định 09/2019/NĐ-CP: read into a
`Recurrence`, with the words that say it. A cadence with no day is due on the last day of
its period; a day written beside it must fit it exactly (`rule_of_days`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kehoach.base.text import bare_twin, fold, nfc, unmarked
from kehoach.dates.asides import WEEKDAYS, weekday_number
from kehoach.dates.found import Decided, Found, Input
from kehoach.dates.grammar import (
    ONE_DAY,
    YEARLESS,
    Source,
    Span,
    Unreadable,
    month_end,
    month_number,
    read_day,
    read_period,
    real_day,
)
from kehoach.dates.label import read_step
from kehoach.dates.namedreport import (
    ESTIMATE,
    named_period,
    refuse_cut_off,
    refuse_fund,
    refuse_named_off,
    refuse_not_plain_after,
    refuse_told_away,
)
from kehoach.dates.periods import part_of_day
from kehoach.dates.reading import Deadline, DeadlineKind, Frequency, Recurrence
from kehoach.dates.reporting import months_spanned, part_of_year

# frequency, and the period whose last day is due when no day is written
_EVERY = {
    "nam": (Frequency.YEARLY, "năm"),
    "6thang": (Frequency.HALF_YEARLY, "6 tháng"),
    "quy": (Frequency.QUARTERLY, "quý"),
    "thang": (Frequency.MONTHLY, "tháng"),
    "tuan": (Frequency.WEEKLY, "tuần"),
}


# the due day of a period with no day written, said in the reading
_LAST_DAY = {
    "6thang": "hạn ngày cuối của mỗi 6 tháng (30/6 và 31/12)",
    "tuan": (
        "hạn ngày cuối tuần (Chủ nhật), như “hằng tháng”, “hằng quý” không ghi ngày "
        "là hạn ngày cuối kỳ"
    ),
}


LEAP_YEAR = YEARLESS  # a recurring "29/02" is a real day in some years


def _once(match: re.Match[str]) -> str:
    """The period of "ít nhất 1 lần/năm", "ít nhất mỗi năm một lần" (at least once in it),
    as `_EVERY` keys it; "" when the cadence is said otherwise."""
    return str(match["once"] or match["once_each"] or "")


def _each_once(match: re.Match[str]) -> str:
    """The period of "định kỳ 1 lần/năm", "mỗi tuần một lần" (once in each), as `_EVERY`
    keys it; "" if none."""
    return str(match["each"] or match["once_said"] or "")


def build_recurring(match: re.Match[str], given: Input) -> Found | list[Found]:
    half = match["six"] or match["six_once"]
    counted = _once(match) or _each_once(match)
    every = match["every"] or ("quy" if match["three"] else "6thang" if half else counted)
    when = match["when"]
    before, strict = bool(match["before"]), given.context.strict_before
    if when is None:
        cadences = [every, *_more_cadences(match)]
        if len(set(cadences)) != len(cadences):
            raise Unreadable("hai lần cùng một kỳ")
        step = _step(match, given)
        found = [every_period(cadence, bool(_once(match))) for cadence in cadences]
        return [one._replace(label=step) for one in found]
    if match["also"] or match["three"] or counted or every in ("tuan", "6thang"):
        raise Unreadable("kỳ lặp lại này kèm ngày chưa đọc được")
    if every == "nam":
        return _yearly(when, before, strict)
    if every == "thang":
        _no_month_named(match)
        _no_bare_count(match)
        return _monthly(when, before, strict)
    raise Unreadable("“hằng quý” kèm ngày chưa đọc được; ghi “Định kỳ hằng quý”")


_A_DAY_WORD = re.compile(r"\b(?:ngay|mung|mong)\s*\Z", re.ASCII)


def _no_bare_count(match: re.Match[str]) -> None:
    """ "bình quân 15 hàng tháng", "tăng 10 hằng tháng", "họp 2 hằng tháng" were read as the
    15th (10th, 2nd) of each month (fresh38, a wrong day on main): a number before the
    cadence with no "ngày", "vào" or "trước" before it, after words, may be a count. A cell
    of the number and the cadence alone ("15 hằng tháng") is still a day."""
    lead = match.string[match.start() : match.start("when")].strip()
    before = match.string[: match.start()]
    if lead or match.start("when") > match.start("every") or not before.strip():
        return
    if _A_DAY_WORD.search(before):  # "ngày mùng 1 hằng tháng": a day, lunar (refused so)
        return
    number = match["when"]
    raise Unreadable(
        f"số “{number}” trước “hằng tháng” không có chữ “ngày”: có thể là một số đếm (bình quân, "
        f"số lần, số lượng); nếu là ngày, ghi “ngày {number} hằng tháng”, hoặc last_day theo "
        "văn bản"
    )


def _no_month_named(match: re.Match[str]) -> None:
    """ "hằng tháng 3", "mỗi tháng 12" were read as the 3rd (12th) of each month: "tháng 3"
    is March to every reader (each March, "tháng 3 hằng năm"?), a day of the month is "ngày
    3"; a comma, a colon, "ngày" or "trước" between them say the number is a day, as a
    number no month has does ("hằng tháng 20")."""
    if match.start("when") < match.end("every"):  # "trước ngày 1 hằng tháng": the day first
        return
    between = match.string[match.end("every") : match.start("when")]
    if between.strip() == "" and match["when"].isdigit() and int(match["when"]) <= 12:
        raise Unreadable(
            f"“tháng {match['when']}” ngay sau “hằng/mỗi” là tháng {match['when']} (hằng năm?), "
            f"không phải ngày {match['when']} hằng tháng; ghi “ngày {match['when']} hằng tháng” "
            "hoặc last_day theo văn bản"
        )


def _more_cadences(match: re.Match[str]) -> list[str]:
    """The cadences listed after the first ("hằng quý, 6 tháng, năm"), as `_EVERY` keys
    them; only after "hằng …" or "định kỳ 6 tháng" (never "ít nhất 1 lần/quý, năm")."""
    if not match["also"]:
        return []
    if _once(match) or _each_once(match) or match["three"] or match["six_once"]:
        raise Unreadable("kỳ lặp lại này kèm kỳ khác chưa đọc được; ghi từng kỳ thành một mốc")
    listed = re.findall(r"(?:6|06|sau)\s+thang|nam|quy|thang", match["also"])
    return ["6thang" if word[0].isdigit() or word.startswith("sau") else word for word in listed]


def every_frequency(every: str) -> Frequency:
    """The frequency of a cadence as `_EVERY` keys it ("nam", "6thang", "quy", "thang")."""
    return _EVERY[every][0]


def every_period(every: str, once: bool) -> Found:
    """ "hằng quý": due on the last day of each quarter; "ít nhất 1 lần/quý" as well."""
    frequency, period = _EVERY[every]
    said = f"ít nhất một lần mỗi {period}" if once else f"hằng {period}"
    said = "định kỳ 6 tháng một lần" if every == "6thang" else said
    reading = f"{said}, {_LAST_DAY.get(every, f'hạn ngày cuối {period}')}"
    return Found(DeadlineKind.RECURRING, reading, recurrence=Recurrence(frequency))


def _yearly(when: str, before: bool, strict: bool) -> Found:
    """Yearly: "Trước ngày 15/12 hằng năm", "Tháng 12 hằng năm", "Quý IV hằng năm"."""
    if when.isdigit():
        raise Unreadable("“hằng năm” cần cả ngày và tháng, như “trước ngày 15/12 hằng năm”")
    if when.startswith(("thang", "quy")):
        span = read_period(when, LEAP_YEAR)
        if before:  # "trước tháng 12 hằng năm": by the end of November
            return _yearly_found(span.first - ONE_DAY, None, f" (trước {_yearless(span)})")
        return _yearly_found(span.last, None, "")
    span = read_day(when, LEAP_YEAR)
    if before and strict:
        due = span.last - ONE_DAY
        day = None if due == month_end(due.year, due.month) else due.day
        return _yearly_found(due, day, f" (trước ngày {_yearless(span)}, không tính ngày đó)")
    return _yearly_found(span.last, span.last.day, "")


_TOLD_DONE = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")


def build_after_event_each_year(match: re.Match[str], given: Input) -> Found:
    """ "từ sau khi hoàn thành việc kiểm tra Bản kê khai … đến ngày 31 tháng 3 hàng năm"
    (Thông tư 08/2013/TT-TTCP: each year's disclosure, `grammar.AFTER_EVENT_EACH_YEAR_RULE`):
    due on that day of each year, as "đến hết ngày 31/3 hằng năm" is; the opening event,
    which has no day, is kept as the gloss, as `periods.build_after_event_until` keeps it.
    Told done before it ("đã công khai từ sau khi …"), refused as "đã … trước ngày 31/3 hằng
    năm" is: what was done is no rule a plan keeps."""
    before = nfc(given.source.original(0, match.start())).lower()
    if told := _TOLD_DONE.search(before):
        raise Unreadable(
            f"“{told.group()} …” trước khoảng thời gian kể một việc đã làm, không phải thời hạn "
            "mỗi năm; nếu văn bản có hạn, ghi last_day theo văn bản"
        )
    found = _yearly(match["when"], bool(match["before"]), given.context.strict_before)
    since = given.source.original(match.start("lead"), match.start("event"))
    event = given.source.original(*match.span("event"))
    return found._replace(gloss=" ".join(f"{since}{event}".split()))


def _yearless(span: Span) -> str:
    return span.words.removesuffix(f"/{LEAP_YEAR}")


def _yearly_found(due: date, day: int | None, note: str) -> Found:
    shown = f"{day:02d}/{due.month:02d}" if day else f"cuối tháng {due.month}"
    recurrence = Recurrence(Frequency.YEARLY, month=due.month, day=day)
    return Found(DeadlineKind.RECURRING, f"hằng năm, hạn ngày {shown}{note}", recurrence=recurrence)


def _monthly(when: str, before: bool, strict: bool) -> Found:
    """Monthly: "Trước ngày 20 hằng tháng"; day None is the last day of each month."""
    if not when.isdigit():
        raise Unreadable("“hằng tháng” chỉ cần ngày trong tháng, như “trước ngày 20 hằng tháng”")
    written = int(when)
    if not 1 <= written <= 31:
        raise Unreadable(f"không có ngày {written} trong tháng")
    day: int | None = written
    note = ""
    if before and strict:
        day, note = written - 1 or None, f" (trước ngày {written}, không tính ngày đó)"
    shown = str(day) if day else "cuối tháng"
    recurrence = Recurrence(Frequency.MONTHLY, day=day)
    return Found(
        DeadlineKind.RECURRING, f"hằng tháng, hạn ngày {shown}{note}", recurrence=recurrence
    )


def build_monthly_window(match: re.Match[str], given: Input) -> Found:
    """ "từ ngày 5 đến ngày 10 hằng tháng": each month's days 5 to 10, due on the 10th; the
    opening day is kept as the qualifier (the rule has one due day, RFC 5545 BYMONTHDAY)."""
    opens, due = int(match["opens"]), int(match["when"])
    if not 1 <= opens < due <= 28:  # the 29th-31st are not in every month: never guessed
        raise Unreadable(
            f"“từ ngày {opens} đến ngày {due} hằng tháng”: ngày đầu phải trước ngày cuối và "
            "ngày cuối có trong mọi tháng (1–28); ghi last_day cho từng kỳ"
        )
    found = _monthly(str(due), False, given.context.strict_before)
    said = f"từ ngày {opens} đến ngày {due} mỗi tháng"
    return found._replace(reading=f"{found.reading} ({said})", qualifier=said)


def build_yearly_window(match: re.Match[str], _given: Input) -> Found:
    """ "từ ngày 15/11 đến ngày 15/12 hằng năm", "từ ngày 15 - 22/5 hàng năm": each year's
    days from the opening day to the closing one, due on the closing day; the opening day
    is kept as the qualifier (the rule has one due day, RFC 5545 BYMONTH/BYMONTHDAY). The
    opening day takes the closing day's month when it has none; it must come before the
    closing day in the same year (a window across the new year is never guessed)."""
    due = real_day(LEAP_YEAR, int(match["month"]), int(match["day"]))
    opens = real_day(LEAP_YEAR, int(match["opens_month"] or match["month"]), int(match["opens"]))
    if not opens < due:
        raise Unreadable(
            f"“từ ngày {opens:%d/%m} đến ngày {due:%d/%m} hằng năm”: ngày đầu phải trước ngày "
            "cuối trong cùng một năm; ghi last_day cho từng kỳ"
        )
    said = f"từ ngày {opens:%d/%m} đến ngày {due:%d/%m} mỗi năm"
    found = _yearly_found(due, due.day, "")
    return found._replace(reading=f"{found.reading} ({said})", qualifier=said)


def build_ongoing(match: re.Match[str], given: Input) -> Found:
    """ "thường xuyên": ongoing, no day. Said with the working days it is held on
    (`grammar._EVERY_WORKING_DAY`), it reads only in a phrase that names no other time: a
    number there ("…, trước ngày 5/3") may be a deadline of the same work, refused."""
    if match.groupdict().get("held") and re.search(r"\d", given.source.text):
        said = " ".join(given.source.said(*match.span("held")).split())
        raise Unreadable(
            f"“thường xuyên {said}” kèm một số hoặc ngày khác trong cụm từ: không rõ là hạn "
            "riêng hay của việc thường xuyên; không đoán, hãy ghi last_day theo văn bản"
        )
    return Found(
        DeadlineKind.ONGOING, "thường xuyên, không có ngày cố định", label=_step(match, given)
    )


def _step(match: re.Match[str], given: Input) -> str | None:
    """The step named after the cadence ("thường xuyên nắm tình hình"), or None."""
    if not match.groupdict().get("step"):
        return None
    return read_step(given.source, *match.span("step"))


# a condition before the day: "nếu …", "trường hợp …" (a taxpayer who leaves the country, a
# year cut short) may set another time than the year's end
_CONDITION_BEFORE = re.compile(r"(?<![a-z])(?:neu|truong\s+hop)(?![a-z])", re.ASCII)


def build_month_after_year_end(match: re.Match[str], given: Input) -> Found:
    """ "Chậm nhất là ngày cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch":
    each year's month N (`grammar.MONTH_AFTER_YEAR_END_RULE`), due on its last day (day
    None: 29/02 in a leap year when N is 2); the filing after "đối với" is the step. A
    condition before it (`_CONDITION_BEFORE`) is refused, never guessed away."""
    if _CONDITION_BEFORE.search(given.prepared, 0, match.start()):
        raise Unreadable(
            "điều kiện (“nếu”, “trường hợp”) đứng trước hạn tính từ khi năm dương lịch kết "
            "thúc: hạn có thể khác khi điều kiện xảy ra; không đoán, ghi last_day theo văn bản"
        )
    month = int(match["nth"])
    note = f" (tháng thứ {month} kể từ khi năm dương lịch kết thúc)"
    found = _yearly_found(date(LEAP_YEAR, month, 1), None, note)
    return found._replace(label=_step(match, given))


def build_report_day(match: re.Match[str], given: Input) -> Found:
    """The day of each period a report is due, as the phrase's own document sets it
    (circulars under Nghị định 09/2019/NĐ-CP, Luật Đầu tư 2020, QĐ 77/2010/QĐ-TTg): "Chậm
    nhất ngày 15 của tháng báo cáo", "trước ngày 10 tháng cuối cùng của mỗi quý", "Chậm
    nhất ngày 25 tháng 11 đối với báo cáo định kỳ hằng năm". The reading cites no law."""
    rule = _reported_on(_report_rule(match), match)
    every = match["every"] or ""
    _next_year_of_a_rule(match, given)
    _next_month_of_a_rule(match, given)
    _cadence_agrees(rule, every)
    form = {"thang": Frequency.MONTHLY, "quy": Frequency.QUARTERLY}.get(match["form"] or "")
    if form is not None and rule.frequency is not form:  # "Tờ khai tháng: … quý"
        raise Unreadable(f"tờ khai {match['form']} và ngày hạn không khớp nhau")
    if written := match["report"]:  # the report named first: its cadence must agree too
        written = " ".join(written.split())
        cadence = _REPORT_CADENCE.get(written, written)
        opening = (given.prepared[: match.start()], given.source.said(0, match.start()))
        refuse_told_away(opening[1])  # "Đã báo cáo 6 tháng đầu năm trước ngày 15/7"
        refuse_cut_off(given.prepared[match.end("report") : match.end()])  # "chốt số liệu"
        if named_period(written):  # "Báo cáo quý I trước ngày 15/3": once a year
            _cadence_agrees(rule, "nam")  # "… ngày 20 của tháng cuối quý": not one quarter's
            if written.startswith("quy"):  # "Báo cáo quỹ I …": a fund's
                refuse_fund(
                    given.source.original(*match.span("report")), unmarked(given.source.text)
                )
            estimate = ESTIMATE.search(given.prepared[: match.start("report")])
            refuse_named_off(written, rule, *opening, estimate=estimate is not None)
            tail = match.end("month"), match.end()
            refuse_not_plain_after(given.prepared[slice(*tail)], given.source.original(*tail))
            cadence = "nam"
        _cadence_agrees(rule, cadence)
        every = every or written
    # No law is cited: the day is set by the phrase's own document (a circular, QĐ
    # 77/2010/QĐ-TTg, a province's reporting rule, a 2010 letter that predates the decree);
    # what is Nghị định 09/2019/NĐ-CP's own is its data periods (Điều 12, `reporting.py`)
    named = "every" if match["every"] else "report"
    report = given.source.original(*match.span(named)) if every else None
    reading = f"{_rule_words(rule)}{_period_words(rule)}"
    found = Found(DeadlineKind.RECURRING, reading, recurrence=rule, qualifier=report)
    if written and named_period(written) and match.end() > match.end("month"):
        # "Báo cáo tổng kết năm trước ngày 10/12 hằng năm": the report its step, as main
        # labelled it (f61b); the plainest line has nothing after the day but the cadence
        return found._replace(label=given.source.original(0, match.end("report")).strip())
    return found


# The words that put a report's due day in the period after the one it reports on: "của năm
# tiếp theo", "năm sau (của năm báo cáo)", "năm kế tiếp", "năm sau liền kề", "tháng tiếp
# theo (ngay sau kỳ báo cáo)", "tháng sau", "tháng đầu quý sau quý báo cáo", "tháng đầu
# quý tiếp theo", "tháng đầu năm tiếp theo"; and those that keep it in its own ("tháng đầu
# quý thuộc kỳ báo cáo", "của tháng báo cáo", "của năm báo cáo" with no "sau" before it)
# ... and "năm liền kề năm báo cáo" ("Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm
# báo cáo", Thông tư 03/2015/TT-BTTTT): the year next to the reported one, due in January
_NEXT_PERIOD = re.compile(
    r"\b(?:(?:nam|thang|quy)\s+(?:sau|tiep\s+theo|ke\s+tiep)|nam\s+lien\s+ke\s+nam\s+bao\s+cao)\b",
    re.ASCII,
)
_OWN_PERIOD = re.compile(
    r"\b(?:thuoc\s+ky\s+bao\s+cao|cua\s+(?:thang|nam)\s+bao\s+cao)\b", re.ASCII
)
# a report on part of the year, made once a year (Nghị định 09/2019/NĐ-CP, Điều 12)
_PART_OF_YEAR = re.compile(r"(?P<n>0?[69])\s+thang(?:\s+(?P<half>dau|cuoi)\s+nam)?", re.ASCII)


def _reported_on(rule: Recurrence, match: re.Match[str]) -> Recurrence:
    """`rule` with the period each due day reports on, as the words after the day say it
    (`Recurrence.offset`: -1 for "… của năm tiếp theo", 0 for "… thuộc kỳ báo cáo", else
    unsaid) and, for a yearly report on part of the year ("báo cáo 6 tháng đầu năm", "đối
    với báo cáo 06 tháng"), that part (`Recurrence.covers`)."""
    after = match.string[match.end("day") if match["day"] else match.end("last") : match.end()]
    offset = -1 if _NEXT_PERIOD.search(after) else 0 if _OWN_PERIOD.search(after) else None
    named = _PART_OF_YEAR.fullmatch(" ".join((match["report"] or match["every"] or "").split()))
    covers = None
    if named and rule.frequency is Frequency.YEARLY:
        part = "cuối" if named["half"] == "cuoi" else "đầu"
        covers = f"{int(named['n'])} tháng {part} năm"
    return replace(rule, offset=offset, covers=covers)


_BEFORE = {Frequency.YEARLY: "năm", Frequency.QUARTERLY: "quý", Frequency.MONTHLY: "tháng"}


# The period before the due day's named in the step ("Báo cáo quyết toán năm trước trước ngày
# 30/4 hằng năm", "Báo cáo tình hình tháng liền trước, trước ngày 05 hằng tháng"): each due
# day reports on the period before its own (a fresh user of session 40 could not mark the
# 2026 settlement sent: the day of 30/04/2027 was named "năm 2027"). In the step ("năm trước
# gửi …", fresh41b), or right before the "trước" of the due day ("năm trước trước ngày");
# "năm trước ngày 30/4" is the year's report due before the day, and says nothing.
_PERIOD_BEFORE = r"\b{}\s+(?:lien\s+)?truoc"


def reported_before(rule: Recurrence, step: str | None, phrase: str) -> Recurrence:
    """`rule` reporting on the period before each due day's (`Recurrence.offset` -1) when
    its `step` or the words before its due day name that period ("năm trước", "tháng liền
    trước") and its own words left the period unsaid; else `rule` as it is."""
    word = _BEFORE.get(rule.frequency)
    if rule.offset is not None or rule.covers is not None or word is None:
        return rule
    named = _PERIOD_BEFORE.format(fold(word))
    # in the step, with no day or event after it ("năm trước gửi", not "năm trước khi")
    after = r"(?![a-z0-9])(?!\s+(?:ngay|khi|ky|han|thoi\s+han)(?![a-z])|\s*\d)"
    said = re.search(rf"{named}{after}", fold(step or ""), re.ASCII) or re.search(
        rf"{named}\s+truoc\b", fold(phrase), re.ASCII
    )
    return replace(rule, offset=-1) if said else rule


def _period_words(rule: Recurrence) -> str:
    """What the reading adds when the words name the period reported on: "; báo cáo
    cho năm trước năm đến hạn", "; báo cáo 6 tháng đầu năm"."""
    said = []
    if rule.covers:
        said.append(f"báo cáo {rule.covers}")
    if rule.offset == -1 and rule.frequency in _BEFORE:
        unit = _BEFORE[rule.frequency]
        said.append(f"báo cáo cho {unit} trước {unit} đến hạn")
    return f"; {', '.join(said)}" if said else ""


# "… của năm sau", "năm tiếp theo" closing a day of a named month (not "liền kề", the
# standing rules' word for it, nor "của năm báo cáo")
_NEXT_YEAR_CLOSING = re.compile(r"\bnam\s+(?:sau|tiep\s+theo)\W*\Z", re.ASCII)
_EACH_YEAR = re.compile(r"\b(?:hang|moi|dinh\s+ky)\s+nam\b", re.ASCII)
# ... and the period reported on stated as the calendar year: "Chủ dự án đầu tư, cơ sở sản
# xuất, kinh doanh, dịch vụ (kỳ báo cáo tính từ ngày 01/01 đến hết ngày 31/12) trước ngày
# 05/01 của năm tiếp theo" (Thông tư 02/2022/TT-BTNMT as first issued, a consultancy's page;
# zp-, refused as a plan's one-off "năm sau" before tune-zp): a year's report, whose next year
# is the one after the year reported on, each year
_CALENDAR_YEAR_REPORTED = re.compile(
    r"\bky\s+bao\s+cao\s+(?:duoc\s+)?(?:tinh\s+)?tu\s+(?:ngay\s+)?0?1\s*(?:[/.-]|\s+thang\s+)0?1"
    r"\s+den\s+(?:het\s+)?(?:ngay\s+)?31\s*(?:[/.-]|\s+thang\s+)12\b(?!\s*[/.-]?\s*\d)",
    re.ASCII,
)


def _next_year_of_a_rule(match: re.Match[str], given: Input) -> None:
    """ "trước ngày 31/1 của năm sau" with no word of a yearly rule (no "hằng năm", no yearly
    report named) was read as due each 31/1, so a plan issued on 10/01/2027 was due on
    31/01/2027, a year before the day it means (31/01/2028). A plan's one-off "năm sau" is
    refused as "trước ngày 31/1 năm sau" is: the year after which year?"""
    if not match["month"] or match["every"] or match["report"]:
        return
    said = fold(given.source.text)
    if not _NEXT_YEAR_CLOSING.search(match.group()) or _EACH_YEAR.search(said):
        return
    if _CALENDAR_YEAR_REPORTED.search(said):  # "(kỳ báo cáo tính từ ngày 01/01 đến hết ngày 31/12)"
        return
    raise Unreadable(
        "“năm sau”: năm sau của năm nào — năm ban hành, năm kế hoạch hay năm báo cáo? không "
        "đoán; ghi rõ năm (hoặc last_day); một hạn lặp lại mỗi năm thì ghi “hằng năm”"
    )


# ... and the month's sibling: "Tổ chức hội nghị vào ngày 5 tháng sau", "Nộp hồ sơ trước ngày
# 5 tháng sau" in a plan of 10/03/2026 read as due the 5th of each month (session 47's
# tester), where a clerk writes 05/04/2026 once. The month after a month read as a rule only
# where a report, a return or a rule's words say the phrase repeats: the reporting rules'
# "báo cáo … trước ngày 10 của tháng tiếp theo", "tờ khai tháng", "hằng tháng", "kỳ báo cáo"
_NEXT_MONTH_CLOSING = re.compile(r"\bthang\s+(?:sau|tiep\s+theo|ke\s+tiep)\W*\Z", re.ASCII)
_MONTHLY_SAID = re.compile(
    r"\b(?:bao\s+cao|to\s+khai|khai\s+thue|thong\s+ke|ky|hang\s+thang|moi\s+thang|dinh\s+ky"
    r"|thang\s+phat\s+sinh|nghia\s+vu)\b",
    re.ASCII,
)


# ... but the report of one event's results names no rule: "Báo cáo kết quả hội nghị trước
# ngày 5 tháng sau" is due once, in the month after the meeting's (note47's open item),
# unless the phrase says the report repeats ("hằng tháng", "định kỳ", "tháng báo cáo")
_ONE_EVENT_REPORTED = re.compile(
    r"\bbao\s+cao\s+(?:(?:ket\s+qua|tong\s+ket|so\s+ket)\s+)?(?:(?:to\s+chuc|tham\s+gia)\s+)?"
    r"(?:hoi\s+nghi|hoi\s+thao|hoi\s+thi|cuoc\s+thi|ky\s+thi|dai\s+hoi|le|dot|chien\s+dich"
    r"|dien\s+tap|(?:cuoc\s+)?kiem\s+tra|(?:cuoc\s+)?bau\s+cu|tap\s+huan|ngay\s+hoi"
    r"|thang\s+hanh\s+dong|tuan\s+le|buoi\s+lam\s+viec|toa\s+dam|lop|ra\s+quan|giai"
    r"|su\s+kien|(?:cuoc\s+)?khao\s+sat)\b",
    re.ASCII,
)
_EACH_MONTH_SAID = re.compile(
    r"\b(?:hang\s+thang|moi\s+thang|dinh\s+ky|(?:thang|ky)\s+bao\s+cao)\b", re.ASCII
)


def _next_month_of_a_rule(match: re.Match[str], given: Input) -> None:
    """ "ngày 5 tháng sau" closing a step that names no report nor any rule's word
    (`_MONTHLY_SAID`), or the report of one event (`_ONE_EVENT_REPORTED`) with no word that
    it repeats, is refused: the month after which month? A plan's one-off step, not
    each month's due day (as `_next_year_of_a_rule` refuses "năm sau"). Under `--standing`
    (a standing rule), or alone ("Trước ngày 05 của tháng sau", the cell of a reporting
    table's column, the periodic reports issue's example), it is each month's."""
    if match["month"] or match["every"] or match["report"] or given.context.standing:
        return
    if not _NEXT_MONTH_CLOSING.search(match.group()):
        return
    if not re.search(r"[a-z]", given.prepared[: match.start()]):
        return  # the cell alone, "Trước ngày 05 của tháng sau": a reporting table's column
    said = fold(given.source.text).lower()
    if _MONTHLY_SAID.search(said) and not (
        _ONE_EVENT_REPORTED.search(said) and not _EACH_MONTH_SAID.search(said)
    ):
        return
    raise Unreadable(
        "“tháng sau”: tháng sau của tháng nào — tháng ban hành hay tháng của việc trước? "
        "không đoán; ghi rõ tháng và năm (hoặc last_day); một hạn lặp lại mỗi tháng thì ghi "
        "“hằng tháng”"
    )


def _report_rule(match: re.Match[str]) -> Recurrence:
    """The rule of a report day `REPORT_DAY_RULE` matched: a day (or "ngày cuối cùng", the
    last, only of a month or of a quarter's month) of a named month, the year's first month,
    a quarter's first or last month, or each month."""
    day = int(match["day"]) if match["day"] else None
    if day is None and (match["month"] or match["first_of_year"]):
        raise Unreadable("“ngày cuối cùng” của một tháng trong năm chưa đọc được; ghi ngày")
    if match["month"]:  # a day of a named month: yearly
        month = month_number(match["month"])
        real_day(2000, month, day or 1)  # a leap year: 29/02 is a day
        return Recurrence(Frequency.YEARLY, month=month, day=day)
    if match["first_of_year"]:
        return Recurrence(Frequency.YEARLY, month=1, day=day)
    real_day(2001, 1, day or 1)
    if match["quarter"]:  # the quarter's first, second ("tháng thứ hai") or last month
        words = match["quarter"].split()
        month = 1 if "dau" in words else 2 if "thu" in words else 3
        return Recurrence(Frequency.QUARTERLY, month=month if month < 3 else None, day=day)
    return Recurrence(Frequency.MONTHLY, day=day)


# the report a day is named for, as the cadence words `_cadence_agrees` reads
_REPORT_CADENCE = {"ca nam": "nam", "hang thang": "hang thang", "hang quy": "hang quy"}
_REPORT_CADENCE |= {"hang nam": "hang nam", "thang": "hang thang", "quy": "hang quy", "nam": "nam"}


def _said(every: str) -> str:
    """The cadence's folded words as a clerk reads them: "hang quy" → "hằng quý"."""
    return " ".join(_ACCENTED.get(word, word) for word in every.split())


_ACCENTED = {"hang": "hằng", "thang": "tháng", "quy": "quý", "nam": "năm", "ca": "cả", "dau": "đầu"}


def _cadence_agrees(rule: Recurrence, every: str) -> None:
    """ "… tháng 11 đối với báo cáo định kỳ hằng tháng" contradicts itself: refuse. A report
    of N months is made once a year only for the six- and nine-month reports ("báo cáo 6
    tháng đầu năm", "báo cáo 9 tháng"); "báo cáo 3 tháng" may be each quarter's: refused."""
    words = " ".join(every.split())
    counted = re.match(r"(\d{1,2}) thang\b", words)
    expected = {
        "hang thang": Frequency.MONTHLY,
        "hang quy": Frequency.QUARTERLY,
        "hang nam": Frequency.YEARLY,
        "nam": Frequency.YEARLY,
    }.get(words)
    if counted and int(counted[1]) in (6, 9):  # once a year, on the day
        expected = Frequency.YEARLY
    elif words and expected is None:
        raise Unreadable(f"kỳ báo cáo “{_said(every)}” chưa đọc được (mỗi kỳ hay một lần mỗi năm?)")
    if expected is not None and expected is not rule.frequency:
        raise Unreadable(f"ngày hạn và kỳ báo cáo “{_said(every)}” không khớp nhau")
    # the first half's report is due as it closes or soon after (data to 14/6, Nghị định
    # 09/2019/NĐ-CP, Điều 12): "trước ngày 05/7" is, "trước ngày 05/12" names another report
    if (
        words.endswith("dau nam")
        and not _HALF_DUE_MONTHS[0] <= (rule.month or 0) <= _HALF_DUE_MONTHS[1]
    ):
        raise Unreadable(f"ngày hạn và kỳ báo cáo “{_said(every)}” không khớp nhau")


_HALF_DUE_MONTHS = (6, 9)  # the months a first half-year's report may be due in


def _rule_words(rule: Recurrence) -> str:
    if rule.frequency is Frequency.YEARLY:
        return f"hằng năm, hạn ngày {rule.day:02d}/{rule.month:02d}"
    which = {1: "đầu", 2: "thứ hai của"}.get(rule.month or 3, "cuối")
    if rule.frequency is Frequency.QUARTERLY:
        due = f"ngày {rule.day} của tháng {which} quý" if rule.day else "ngày cuối quý"
        if rule.day is None and rule.month == 1:
            due = "ngày cuối cùng của tháng đầu quý"
        return f"hằng quý, hạn {due}"
    return f"hằng tháng, hạn {f'ngày {rule.day}' if rule.day else 'ngày cuối tháng'}"


# a half-year's data period, whole and alone: from the first day of the report period's first
# month to the last of its sixth, "của kỳ báo cáo" (Thông tư 02/2019/TT-BTC). A named month, a
# second month, "năm báo cáo" (one year's first half), words before it ("Kỳ báo cáo năm: …")
# or after it (", hằng năm") are one half's or another period's (the session 50 tester)
_FIRST_MONTH_OF_PERIOD = re.compile(r"^\d{1,2}\s+(?:dau\s+|cua\s+)?thang\s+dau\s+tien\s+cua\s+ky\b")
_SIXTH_OF_PERIOD = re.compile(r"thang\s+thu\s+sau\s+(?:cua\s+)?(?:thuoc\s+)?ky\b")


_ANOTHER_CADENCE = re.compile(r"\b(?:hang|moi)\s+(?:nam|quy|thang)\b", re.ASCII)


def _each_half(match: re.Match[str], given: Input) -> bool:
    """Whether the half-year data period `match` read is each half's (see above)."""
    return bool(
        len(re.findall(r"\d+", match["start"])) == 1  # "… của kỳ báo cáo năm 2025": one half
        and _FIRST_MONTH_OF_PERIOD.match(match["start"].strip())
        and _SIXTH_OF_PERIOD.search(match["half_last"] + match.string[match.end("half_last") :])
        and not given.prepared[: match.start()].strip(" .;:,-")
        and not given.prepared[match.end() :].strip(" .;:,-")
        and not _ANOTHER_CADENCE.search(fold(given.source.text).lower())  # its whole phrase
    )


def _from_the_period_s_first_month(match: re.Match[str]) -> bool:
    """Whether a quarter's data period to "ngày cuối cùng của tháng thứ ba của kỳ báo cáo"
    starts on the first day of the report period's first month, its only number (Thông tư
    02/2019/TT-BTC, the quarterly statistical report): "từ ngày 01 tháng 7 … đến hết
    ngày cuối cùng của tháng thứ ba của kỳ báo cáo" (session 51's brief) starts in a month
    named, one quarter's (or a half's?), never each quarter's."""
    start = match["start"].strip()
    return len(re.findall(r"\d+", start)) == 1 and bool(_FIRST_MONTH_OF_PERIOD.match(start))


def build_data_period(match: re.Match[str], given: Input) -> Found:
    """The figures a periodic report covers, from the day after one cut-off to the next
    (Nghị định 09/2019/NĐ-CP, Điều 12: the 15th of the previous month to the 14th): read
    as the recurring cut-off day, the start checked to be the day after a cut-off."""
    if match["month_day"] or match["month_last"]:
        day = int(match["month_day"]) if match["month_day"] else None
        rule = Recurrence(Frequency.MONTHLY, day=day)
    elif match["quarter_day"] or match["quarter_last"]:
        if match["quarter_last"] and not _from_the_period_s_first_month(match):
            raise Unreadable(
                "kỳ số liệu bắt đầu ở một tháng đã nêu, không phải đầu mỗi quý; ghi last_day "
                "theo văn bản"
            )
        day = int(match["quarter_day"]) if match["quarter_day"] else None
        rule = Recurrence(Frequency.QUARTERLY, day=day)
    elif match["half_last"]:  # the last day of each half-year: June's and December's
        if not _each_half(match, given):  # "từ ngày 01 tháng 01", "… của năm báo cáo"
            raise Unreadable(
                "kỳ số liệu bắt đầu ở một tháng đã nêu, không phải đầu mỗi nửa năm; ghi last_day "
                "theo văn bản"
            )
        day = None
        rule = Recurrence(Frequency.HALF_YEARLY)
    else:
        month, day = month_number(match["year_month"]), int(match["year_day"])
        real_day(LEAP_YEAR, month, day)
        rule = Recurrence(Frequency.YEARLY, month=month, day=day, covers=_yearly_part(match, given))
    if day is not None:
        real_day(2001, rule.month or 1, day)
    start = int(re.findall(r"\d+", match["start"])[0])
    after_cut = 1 if day is None else (day % month_end(2001, rule.month or 1).day) + 1
    if start != after_cut:
        raise Unreadable(f"kỳ số liệu bắt đầu ngày {start}, không phải ngày sau hạn chốt")
    period = given.source.original(match.start(), match.end())
    said = " ".join(period.replace("*", " ").split()).rstrip(" .;:")
    cited = " (như Nghị định 09/2019/NĐ-CP, Điều 12)" if _decree_period(rule) else ""
    reading = f"kỳ số liệu báo cáo {said}{cited}; chốt số liệu {every_words(rule)}"
    return Found(DeadlineKind.RECURRING, reading, recurrence=rule, qualifier=said)


def _decree_period(rule: Recurrence) -> bool:
    """Whether a data period cut off by `rule` is Nghị định 09/2019/NĐ-CP's own (Điều 12):
    the 14th of each month, of a quarter's last month, of June (6 months) or of December
    (the year), each from the 15th before; a period set otherwise is its document's."""
    if rule.day != 14:  # the decree's cut-off day
        return False
    if rule.frequency is Frequency.YEARLY:
        return rule.month in (6, 12)
    return rule.frequency is Frequency.MONTHLY or (
        rule.frequency is Frequency.QUARTERLY and rule.month is None
    )


def _yearly_part(match: re.Match[str], given: Input) -> str | None:
    """The part of the year a yearly data period covers ("Báo cáo 6 tháng từ ngày 15 của
    tháng 12 năm trước đến ngày 14 tháng 6": "6 tháng đầu năm", `reporting.part_of_year`),
    from the first day's month when the start names one ("15/12 năm trước", "01 tháng 01"),
    else from the cut-off day alone (a start on the 1st: the cut-off month's own start);
    refused when the period's name in the lead is another part ("Báo cáo 9 tháng … đến ngày
    14 tháng 6")."""
    numbers = [int(n) for n in re.findall(r"\d+", match["start"])]
    last_month, last_day = month_number(match["year_month"]), int(match["year_day"])
    first_month = numbers[1] if len(numbers) > 1 else last_month
    spanned = months_spanned(first_month, numbers[0], last_month, last_day)
    covers = part_of_year(spanned, last_month) if spanned else None
    named = _PART_NAMED.search(match.string, *match.span("lead"))
    if named is None or spanned is None:
        return covers
    said = given.source.said(*named.span())
    quarter = named["quarter"]
    if _months_named(named) != spanned or (quarter and covers != f"quý {quarter.upper()}"):
        raise Unreadable(  # "Báo cáo 9 tháng … đến ngày 14 tháng 6", "Quý I … tháng 9"
            f"kỳ “{said}” và khoảng ngày ({covers or 'cả năm'}) không khớp nhau; ghi last_day "
            "theo văn bản"
        )
    return covers


# the part of the year a data period's lead names: "Báo cáo 6 tháng", "06 tháng đầu năm",
# "Báo cáo Quý I", "Báo cáo hằng năm"
_PART_NAMED = re.compile(
    r"\b(?:(?P<n>\d{1,2})\s+thang|quy\s+(?P<quarter>iv|i{1,3})\b|(?:hang|ca)\s+nam)", re.ASCII
)


def _months_named(named: re.Match[str]) -> int:
    if named["n"]:
        return int(named["n"])
    return 3 if named.group().startswith("quy") else 12


# "trước 16 giờ thứ Năm" (the time read apart, as `time`), "vào thứ Sáu", "chậm nhất ngày thứ 6"
_ON_WEEKDAY = re.compile(
    r"\s*(?P<lead>(?:(?:cham|muon)\s+nhat|truoc|vao|han)\s+)?(?:vao\s+)?"
    r"(?:(?:luc\s+)?(?P<h>\d{1,2})\s*(?:gio|h)(?:\s*(?P<m>\d{1,2})(?:\s*phut)?)?\s*,?\s+)?(?:ngay\s+)?"
    r"(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))[ .,;:]*",
    re.ASCII,
)


def weekly_on(cadence: Found, said: str, others: list[Source], given: Input) -> Found:
    """ "hằng tuần, trước 16 giờ thứ Năm": due each week on the weekday named (the time of
    day is kept apart, as `time`). With the setting `before = "strict"`, "trước thứ Năm"
    would be Wednesday, and "trước 16 giờ thứ Năm" still Thursday: refused rather than
    guessed."""
    day = _ON_WEEKDAY.fullmatch(others[0].prepared) if len(others) == 1 else None
    if day is None:
        raise Decided(cadence_beside(said, "ngày không phải một thứ trong tuần"))
    try:
        return _on_weekday(day, given, said)._replace(label=cadence.label)
    except Unreadable as error:
        raise Decided(error.why, kind=error.kind) from None


def build_weekday_every_week(match: re.Match[str], given: Input) -> Found:
    """ "vào thứ Năm hàng tuần" (HĐND tỉnh Cà Mau), "định kỳ vào thứ tư hàng tuần" (xã An
    Hiệp, Đồng Tháp): the weekday first, then the cadence; read as "hằng tuần, vào thứ
    Năm" is (`weekly_on`)."""
    return _on_weekday(match, given, "hằng tuần")


def _on_weekday(day: re.Match[str], given: Input, said: str) -> Found:
    """Due each week on the weekday `day` names (groups `word`/`sun`, `lead`, `h`, `m`)."""
    if given.context.strict_before and (day["lead"] or "").strip().endswith("truoc"):
        raise Unreadable(
            f"“trước thứ …” với cách tính “trước” không gồm ngày đó (before = strict): không "
            f"rõ hạn là ngày nào trong tuần; ghi “{said}, vào thứ …”"
        )
    hour, minute = int(day["h"] or 0), int(day["m"] or 0)
    if hour > 23 or minute > 59:
        raise Unreadable(f"không có giờ {hour} giờ {minute} phút")
    time = f"{hour:02d}:{minute:02d}" if day["h"] else None
    weekday = weekday_number(day)
    rule = Recurrence(Frequency.WEEKLY, weekday=weekday)
    at = f" (trước {time})" if time else ""
    reading = f"hằng tuần, hạn {WEEKDAYS[weekday]}{at} mỗi tuần"
    found = Found(DeadlineKind.RECURRING, reading, recurrence=rule)._replace(time=time)
    # "sáng thứ 7 hằng tuần": the morning of it, spelled as one ("tới thứ 7", until, folds
    # to "tối" and is refused, as "sang" (to) is: `periods.part_of_day`)
    if "part" in day.re.groupindex and (part := part_of_day(day, given, "part")):
        said = part if part.startswith("buổi") else f"buổi {part}"
        found = found._replace(reading=f"{reading} ({said})", qualifier=said)
    return found


def cadence_beside(said: str, what: str) -> str:
    return (
        f"“{said}” kèm {what}: không rõ là hạn của mỗi kỳ hay một hạn riêng; không đoán. "
        "Nếu là hạn mỗi kỳ, ghi như “hằng năm, trước ngày 15/12”, “Chậm nhất ngày 20 của tháng "
        "cuối quý”; nếu là một hạn riêng, ghi last_day"
    )


# A text adopted, issued or decided, named before the cadence that closes it: "Ngày 1/11, HĐND
# tỉnh tổ chức Kỳ họp thứ 11 thông qua nghị quyết định kỳ hằng năm" (session 50, helper
# guardsl; read on main as due each 1 November): the resolution is the yearly one, the sitting
# is held once. Folded, in the words of the cadence's own part before its cadence
_ADOPTED = re.compile(r"(?<![a-z])(?:thong\s+qua|ban\s+hanh|quyet\s+dinh|phe\s+duyet)(?![a-z])")


def refuse_cadence_of_an_object(label: str | None, said: str, *, after_a_day: bool) -> None:
    """Refuse a cadence that closes the object of "thông qua", "ban hành", "quyết định" or
    "phê duyệt" (`_ADOPTED`, in the cadence part's `label`) after a day (`after_a_day`): the
    cadence is the text's ("nghị quyết định kỳ hằng năm", the yearly resolution), not the
    day's, and the day told with the step is one day. Raises `Decided`: the parts' reason
    stands over the whole phrase's."""
    if after_a_day and label and (adopted := _ADOPTED.search(fold(label).lower())):
        verb = label[adopted.start() : adopted.end()]
        raise Decided(
            f"“{said}” nói về văn bản được {verb.lower()} (một nghị quyết, một kế hoạch hằng "
            "kỳ), không phải kỳ lặp lại của ngày ghi trước nó: ngày đó là một ngày riêng hay "
            "hạn của mỗi kỳ, không đoán; ghi last_day theo văn bản"
        )


def rule_of_days(frequency: Frequency, days: list[date]) -> Recurrence | None:
    """The recurrence whose due days, in one year, are exactly `days` (written without a
    year): one day for a yearly cadence, two months six apart (June and December, or
    January and July …) for six-monthly, one month in
    the same place of each quarter (the first or the last) for quarterly; None otherwise."""
    months = sorted(d.month for d in days)
    ends = all(d == month_end(d.year, d.month) for d in days)
    same = len({d.day for d in days}) == 1
    day = None if ends and not same else days[0].day if same else -1
    if day == -1:
        return None
    if frequency is Frequency.YEARLY and len(days) == 1:
        return Recurrence(Frequency.YEARLY, month=days[0].month, day=days[0].day)
    if frequency is Frequency.HALF_YEARLY and len(months) == 2 and months[1] - months[0] == 6:
        month = None if months[0] == 6 else months[0]  # June and December, or another pair
        return Recurrence(Frequency.HALF_YEARLY, month=month, day=None if ends else day)
    first = months[0]
    if (
        frequency is Frequency.QUARTERLY
        and (first == 3 or (first == 1 and not ends))  # a first month's end: no words for it
        and months == [first + 3 * q for q in range(4)]
    ):
        return Recurrence(
            Frequency.QUARTERLY, month=None if first == 3 else 1, day=None if ends else day
        )
    return None


def every_words(rule: Recurrence) -> str:
    if rule.frequency is Frequency.HALF_YEARLY:
        first = rule.month or 6
        due = (
            f"ngày cuối tháng {first} và tháng {first + 6}" if rule.month else "ngày 30/6 và 31/12"
        )
        if rule.day is not None:
            due = f"ngày {rule.day:02d}/{first:02d} và {rule.day:02d}/{first + 6:02d}"
        return f"định kỳ 6 tháng một lần, hạn {due}"
    return _rule_words(rule)


_LIST_SPLIT = re.compile(r"\s*[,;]\s*(?:ngay\s+)?|\s+va\s+(?:ngay\s+)?", re.ASCII)


def build_days_every(match: re.Match[str], given: Input) -> Found:
    """Several due days of each year or month: "trước ngày 05/6 và 05/12 hàng năm", "vào
    ngày 15 và 25 hàng tháng". Each day is its own occurrence (its own report, counted late
    on its own), never one of them for the period: read as one rule whose days are all of
    them (`rule_of_listed`), or refused when the days do not fit the cadence written."""
    every = match["every"]
    written = [day.strip() for day in _LIST_SPLIT.split(match["days"])]
    if match["before"] and given.context.strict_before:
        # "trước" without the day itself: before the first day only, or before each? (as
        # `engine._cadence_with_its_day` refuses "định kỳ 6 tháng, trước ngày 20/6 và 20/12")
        raise Decided(
            f"“trước” các ngày {', '.join(written)} với cách tính “trước” không gồm ngày đó "
            "(before = strict): không rõ “trước” đi với ngày đầu hay mỗi ngày; ghi mỗi ngày một "
            "mốc định kỳ (báo cáo ghi kèm mốc: kehoach done --milestone N)"
        )
    if match["in_year"]:
        if every != "nam":
            raise Decided(_days_disagree(written, every, "ngày trong năm"))
        rule = rule_of_listed([read_day(day, LEAP_YEAR).last for day in written])
    else:
        if every != "thang":
            raise Decided(_days_disagree(written, every, "ngày trong tháng"))
        rule = _monthly_days([int(day) for day in written])
    reading = f"{listed_words(rule)}; mỗi ngày là một kỳ hạn riêng"
    return Found(DeadlineKind.RECURRING, reading, recurrence=rule)


def _days_disagree(written: list[str], every: str, what: str) -> str:
    """ "trước ngày 05/6 và 05/12 hàng quý": days and cadence contradict each other."""
    return (
        f"các {what} {', '.join(written)} không khớp với kỳ “hằng {_PERIOD_OF[every]}”: không "
        "đoán bên nào đúng; ghi lại theo văn bản, như “trước ngày 05/6 và 05/12 hằng năm” hay "
        "“ngày 15 và 25 hằng tháng”, hoặc mỗi hạn một mốc định kỳ (báo cáo ghi kèm mốc: "
        "kehoach done --milestone N)"
    )


_PERIOD_OF = {"nam": "năm", "quy": "quý", "thang": "tháng", "tuan": "tuần"}


def _monthly_days(days: list[int]) -> Recurrence:
    """Days of each month ("ngày 15 và 25 hằng tháng"): each in every month (1-28; the
    29th-31st are not, and which day stands in for them is not said), in order, distinct."""
    written = days
    if any(not 1 <= day <= _EVERY_MONTH_HAS for day in days):
        raise Decided(
            f"ngày {', '.join(map(str, written))} hằng tháng: ngày 29, 30, 31 không có trong mọi "
            "tháng: không đoán ngày thay; mỗi hạn một mốc định kỳ (báo cáo ghi kèm mốc: kehoach "
            "done --milestone N)"
        )
    if days != sorted(set(days)):
        raise Decided(f"các ngày {', '.join(map(str, written))} hằng tháng không theo thứ tự")
    return Recurrence(Frequency.MONTHLY, days=tuple(days))


_EVERY_MONTH_HAS = 28


def rule_of_listed(days: list[date]) -> Recurrence:
    """The yearly rule whose due days, in one year, are exactly `days` (written without a
    year): two on the same day six months apart are half-yearly ("05/6 và 05/12": June and
    December; "15/1 và 15/7"), four in the same place of each quarter quarterly, any other
    set on one day of the month (or each month's last day) yearly in those months. Days of
    the month that differ ("15/3 và 20/9") are refused (one RFC 5545 rule cannot hold them),
    and so is a 29/02 (the day that stands for it in other years is not said)."""
    months = [day.month for day in days]
    if any(day.month == 2 and day.day == 29 for day in days):  # in three years of four, 28/02?
        raise Decided(
            "ngày 29/02 không có trong mọi năm: trong danh sách ngày hằng năm, không đoán ngày "
            "thay; ghi mỗi ngày một mốc định kỳ (báo cáo ghi kèm mốc: kehoach done --milestone N)"
        )
    if months != sorted(set(months)):
        raise Decided("các ngày trong năm không theo thứ tự tháng, hoặc hai ngày cùng một tháng")
    for frequency in (Frequency.HALF_YEARLY, Frequency.QUARTERLY):
        if (rule := rule_of_days(frequency, days)) is not None:
            return rule
    ends = all(day == month_end(day.year, day.month) for day in days)
    same = len({day.day for day in days}) == 1
    if not (ends or same):
        shown = ", ".join(f"{day.day:02d}/{day.month:02d}" for day in days)
        raise Decided(
            f"các ngày {shown} hằng năm không cùng một ngày của tháng: chưa đọc thành một kỳ "
            "hạn lặp lại; ghi mỗi ngày một mốc định kỳ (“trước ngày … hằng năm”) và ghi báo cáo "
            "kèm mốc (kehoach done --milestone N)"
        )
    return Recurrence(Frequency.YEARLY, day=None if ends else days[0].day, months=tuple(months))


def listed_words(rule: Recurrence) -> str:
    """ "hằng tháng, hạn ngày 15 và 25", "hằng năm, hạn ngày 05/04, 05/07 và 05/10"."""
    if rule.days:
        return f"hằng tháng, hạn ngày {_joined([str(day) for day in rule.days])}"
    if rule.weekdays:
        return f"hằng tuần, hạn {_joined([WEEKDAYS[day] for day in rule.weekdays])}"
    if rule.months:
        shown = [
            f"{rule.day:02d}/{month:02d}" if rule.day else f"cuối tháng {month}"
            for month in rule.months
        ]
        return f"hằng năm, hạn ngày {_joined(shown)}"
    return every_words(rule)


def _joined(words: list[str]) -> str:
    return f"{', '.join(words[:-1])} và {words[-1]}" if len(words) > 1 else words[0]


# "Trước ngày 15 và 25 hàng tháng, trường hợp đăng ký sau ngày 25 trở đi thì chuyển sang tháng
# kế tiếp" (HĐND tỉnh Bắc Kạn, lịch tiếp công dân 2021): what becomes of a registration after
# the month's last due day; it moves no due day
# ... with "đến" before the registering, or a note in words before the comma: "trước ngày 15
# hàng tháng, trong trường hợp công dân đến đăng ký sau ngày 15 thì chuyển sang tháng kế tiếp"
# (HĐND huyện Ngân Sơn, Bắc Kạn, 2021), "trước ngày 10 và 20 hàng tháng (có phiếu đăng ký cho
# người dân), trường hợp đăng ký sau ngày 20 trở đi …" (UBND huyện Ngân Sơn, 2021)
_LATE_REGISTRATION = re.compile(
    r"(?P<rule>.*(?<!\d)(?P<last>\d{1,2})\s+(?:hang|moi)\s+thang)"
    r"(?P<note>\s*\([^()\d]*\))?\s*,\s*(?P<clause>(?:trong\s+)?truong\s+hop\s+"
    r"(?:cong\s+dan\s+)?(?:den\s+)?dang\s+ky\s+sau\s+ngay\s+"
    r"(?P<after>\d{1,2})(?:\s+tro\s+di)?\s*,?\s+thi\s+(?:se\s+)?(?:duoc\s+)?chuyen\s+sang\s+"
    r"(?:thang|ky)\s+(?:ke\s+tiep|tiep\s+theo|sau))[ .;:]*\Z",
    re.ASCII,
)


def registration_after_last_day(source: Source, gloss: str | None) -> tuple[Source, str | None]:
    """The rule without a closing clause that sends a registration after the month's last
    due day to the next month (`_LATE_REGISTRATION`), the clause (and a note in parentheses
    before it) kept as the gloss; only
    when the day it names is the rule's last day (another day could be another deadline)."""
    clause = _LATE_REGISTRATION.fullmatch(source.prepared)
    if clause is None or gloss is not None or int(clause["last"]) != int(clause["after"]):
        return source, gloss
    words = source.said(clause.start("clause"), clause.end("clause"))
    if clause["note"]:  # "(có phiếu đăng ký cho người dân)": shown before the clause
        words = f"{source.said(*clause.span('note')).strip(' ()')}; {words}"
    return source.part(0, clause.end("rule")), words


# An occasion named beside a cadence that gives no day: "Lễ hội … được tổ chức vào mỗi dịp
# Tết Trung thu hàng năm" (zw-giadinh-le-hoi-thanh-tuyen-2023), "vào dịp Quốc khánh hằng năm":
# each time falls on the occasion's day (a lunar feast, a holiday), not on the period's last
# day, the convention of a bare "hằng năm" (31/12) — read so before session 38, a wrong day
_OCCASION = re.compile(r"\b(?:dip|tet)\b", re.ASCII)
# ... or a day or a month named by what it is, which has its own day: "Hằng năm, tổ chức kỷ
# niệm Ngày Quốc khánh", "… hưởng ứng Ngày Pháp luật Việt Nam", "… Tháng hành động vì trẻ em",
# "kỷ niệm ngày thành lập …", "khai giảng năm học mới" (fresh40c: each read 31/12 once the
# cadence opening the sentence was read, and so did the cadence after them); as printed, a
# capital after "Ngày"/"Tháng" (a name: "Ngày Gia đình Việt Nam"), or folded words
_NAMED_DAY = re.compile(
    r"(?<!\w)(?:[Nn]gày|[Tt]háng)\s+(?:[Tt]hế\s+giới\s+|[Qq]uốc\s+tế\s+)?[A-ZĐ]"
    # ... or "Ngày"/"Tháng" capitalised inside the sentence: "tổ chức Tháng hành động vì trẻ em"
    # (never "Ngày hội", a festival of days the corpus reads by its cadence, as "Lễ hội")
    r"|(?<=[^\W\d_]\s)(?:Ngày|Tháng)\s+(?!hội\b)[^\W\d_]"
)
# ... or a feast, a rite or a stage of the school year, each with its own day in the year:
# "tổ chức Giỗ Tổ Hùng Vương – Lễ hội Đền Hùng hàng năm" (Báo Lạng Sơn: 10/3 âm lịch),
# "Hằng năm, tổ chức Lễ Vu Lan báo hiếu", "… tổng kết năm học", "… sơ kết học kỳ I"
# (fresh41b: each fell due on 31/12); as printed, "Lễ" never the folded "Lê" of a name, nor
# "Lễ hội" (a festival of days the corpus reads by its cadence, ruling 40(a))
_FEAST = re.compile(
    r"(?<!\w)(?:lễ(?!\s+hội)|giỗ|vu lan|trung thu|năm học|học kỳ|tháng hành động)(?!\w)",
    re.IGNORECASE,
)
_OCCASION_WORDS = re.compile(
    r"(?<![a-z])(?:ky\s+niem|ngay\s+(?:thanh\s+lap|truyen\s+thong|quoc\s+khanh|sinh)"
    r"|khai\s+giang|quoc\s+khanh)(?![a-z])",
    re.ASCII,
)


# ... or a time set by another thing, or the period before: "Hằng quý, tổ chức tiếp xúc cử
# tri trước kỳ họp" (before each session: its day, not the quarter's last), "Hằng năm, báo
# cáo kết quả năm trước" (a report on the year before, due on a day the rule does not say);
# fresh40c saw both read as the period's last day (folded)
_TIMED_BY_ANOTHER = re.compile(
    r"(?<![a-z])(?:truoc|sau)\s+(?:khi|(?:cac\s+)?(?:ky\s+hop|hoi\s+nghi|dai\s+hoi|phien))"
    r"(?![a-z])"
    # ("Hàng quý trước ngày cuối cùng của tháng cuối quý" is the cadence, then its due day)
    r"|(?<![a-z])(?:nam|quy|thang|tuan)\s+truoc(?![a-z])"
    r"(?!\s+(?:(?:ngay|khi|han|thoi\s+han)(?![a-z])|\d))",
    re.ASCII,
)


def refuse_occasion_each_period(text: str, found: Sequence[Deadline]) -> None:
    """Refuse a bare cadence (`Recurrence.bare`) in a phrase that names an occasion
    (`_OCCASION`: "dịp", "Tết"; `_OCCASION_WORDS`, `_NAMED_DAY`: "kỷ niệm", "khai giảng",
    "Ngày Pháp luật Việt Nam"): its due day is the occasion's, which the rule cannot hold;
    nor a time set by another thing or the period before (`_TIMED_BY_ANOTHER`)."""
    if not any(one.recurrence is not None and one.recurrence.bare for one in found):
        return
    folded = fold(text)
    if timed := _TIMED_BY_ANOTHER.search(folded):
        said = nfc(text)[timed.start() : timed.end()]
        raise Unreadable(
            f"“{said}” đặt ngày của mỗi lần theo một việc khác hay nói về kỳ trước, không phải "
            "ngày cuối kỳ: ghi ngày như “trước ngày 10 của tháng đầu quý”, hoặc last_day theo "
            "văn bản"
        )
    occasion = (
        _OCCASION.search(folded)
        or _OCCASION_WORDS.search(folded)
        or _NAMED_DAY.search(nfc(text))
        or _FEAST.search(nfc(text))
    )
    if occasion:
        said = nfc(text)[occasion.start() :].split(",")[0].strip()
        raise Unreadable(
            f"“{said}” nêu ngày của mỗi lần (một dịp, một ngày lễ), không phải ngày cuối kỳ: "
            "ghi ngày trong năm như “ngày 02/9 hằng năm”, hoặc last_day theo văn bản"
        )


# A tax filed or paid each period with no day: "nộp thuế hằng quý" (fama53's report: read as
# due on the quarter's last day). The law sets the tax's own day, never the period's end: a
# monthly declaration by the 20th of the next month, a quarterly one by the last day of the
# first month of the next quarter, a yearly one by the last day of the third (fourth for a
# personal income tax settlement) month after the year (Luật Quản lý thuế 38/2019/QH14, Điều
# 44.1; payment by the same day, Điều 55). Only the filing or paying of it ("nộp / khai / kê
# khai / quyết toán / đóng … thuế", a tax's short name after such a verb, "tờ khai", "kê khai
# doanh thu"), never a tax office's report or meeting ("Cục Thuế báo cáo hằng quý", the
# merge's tester, fresh53); as printed, or typed bare ("nop thue"), never "thuê" (a rent)
_TAX = re.compile(
    r"(?i)(?<!\w)(?:(?:nộp|khai|quyết\s+toán|đóng)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:thuế|GTGT|VAT|TNCN|TNDN)|tờ\s+khai|kê\s+khai\s+doanh\s+thu)(?!\w)"
)
_TAX_BARE = bare_twin(_TAX)  # derived: the twins never drift


def refuse_tax_at_period_end(text: str, found: Sequence[Deadline]) -> None:
    """Refuse a bare cadence (`Recurrence.bare`) in a phrase that files or pays a tax (`_TAX`):
    the law's due day is not the period's last day. Raises `Unreadable` citing the law."""
    if not any(one.recurrence is not None and one.recurrence.bare for one in found):
        return
    bare = _TAX_BARE.search(nfc(text))  # typed bare: "thue" printed as it is
    if _TAX.search(nfc(text)) or bare:
        raise Unreadable(
            "thuế có hạn khai, nộp riêng theo Luật Quản lý thuế 2019 (Điều 44: kỳ tháng chậm "
            "nhất ngày 20 của tháng sau, kỳ quý ngày cuối của tháng đầu quý sau), không phải "
            "ngày cuối kỳ: ghi hạn như “chậm nhất ngày 20 của tháng tiếp theo”, hoặc last_day"
        )

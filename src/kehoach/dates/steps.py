"""The step a deadline phrase names after its time part, as the deadline language reads it.

"Ngày 28/1: Công bố ngày bầu cử" (a schedule line: the step after the colon, `label_after`),
"Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …" (the words after
a cadence, `clause_after_cadence`). Words that could move the day stay in place, and so
are refused.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

from kehoach.base.text import fold
from kehoach.dates.grammar import (
    CLAUSE_AFTER_CADENCE,
    CLAUSE_AFTER_DAY,
    EVENT_IN_STEP,
    EXCEPTION,
    FOR_NEXT_YEAR,
    GLOSS_LINE,
    LABEL_AFTER,
    RULE_FIRST,
    Asides,
    Source,
    Unreadable,
    read_label,
    read_step,
    refuse_called_off,
)

# the words the guard against a day-changing label says ("âm lịch", "trở đi", a weekday…)
_CHANGES_THE_DAY = "ghi last_day"


def label_after(source: Source, asides: Asides) -> tuple[Source, str | None, Asides]:
    """ "Ngày 28/1: Công bố ngày bầu cử": a schedule line, the step after the colon. The
    step holds no number and no word of time, unless it is a gloss of the date
    ("Ngày 04/01/2026: Chậm nhất 70 ngày trước bầu cử")."""
    line = LABEL_AFTER.match(source.prepared)
    if line is None:
        return source, None, asides
    which = next(name for name in ("date", "date2", "date3", "date4") if line[name])
    rest_at = line.start(which.replace("date", "rest"))
    rest = source.part(rest_at, len(source.prepared))
    words = " ".join(rest.original(0, len(rest.prepared)).replace("*", " ").split())
    words = words.strip(" .;:")
    date_part = source.part(0, line.end(which))
    if GLOSS_LINE.fullmatch(rest.prepared.strip(" .;:")):
        if asides.gloss is not None:
            raise Unreadable("hai chú thích cho một ngày")
        return date_part, None, asides._replace(gloss=words)
    try:
        label = read_label(rest, len(rest.prepared), EVENT_IN_STEP)
    except Unreadable as error:
        if ":" in source.prepared[line.end(which) : rest_at] or _CHANGES_THE_DAY in error.why:
            raise  # "ngày 15/8 âm lịch": say why, not only that nothing was read
        return source, None, asides  # no colon: maybe not a schedule line at all
    if label.text is not None:
        refuse_called_off(label.text)
    return date_part, label.text, asides


def clause_after_day(source: Source) -> tuple[Source, str] | None:
    """ "Chậm nhất ngày 2/5, tổ bầu cử niêm yết danh sách chính thức những người ứng cử …"
    (Báo Vĩnh Long, 2016): the day that opens the phrase with its keyword, and who does
    what after its comma, as printed (`CLAUSE_AFTER_DAY`); None when the clause holds a
    number or a word of time (`read_step`), which could move the day. The caller checks
    that the day alone reads as one dated deadline."""
    clause = CLAUSE_AFTER_DAY.fullmatch(source.prepared)
    if clause is None:
        return None
    try:
        step = read_step(source, *clause.span("clause"))
    except Unreadable:
        return None
    return source.part(0, clause.end("rule")), step


def clause_after_cadence(source: Source, asides: Asides) -> tuple[Source, str | None, Asides]:
    """ "Chậm nhất vào ngày 30 tháng 9 hàng năm, Tổng Thanh tra Chính phủ trình …" (Luật
    Thanh tra 2022, Điều 44): the words after the rule's comma are its step, as printed; "…,
    trừ trường hợp … có hướng dẫn khác": an exception, kept as the gloss. Left in place
    (and so refused) when the clause holds a number or a word of time (`read_step`), which
    could move the day: only "của năm sau" (the year the work is for) is spared."""
    clause = CLAUSE_AFTER_CADENCE.fullmatch(source.prepared)
    if clause is None or any(char.isdigit() for char in clause["clause"]):
        return source, None, asides
    rule = source.part(0, clause.end("rule"))
    exception = EXCEPTION.match(clause["clause"])
    if exception is None and not RULE_FIRST.match(clause["rule"]):
        return source, None, asides  # words before the rule: they, not the clause, name it
    start = clause.start("clause") + (exception.end() if exception else 0)
    words = " ".join(source.original(clause.start("clause"), clause.end("clause")).split())
    checked = FOR_NEXT_YEAR.sub(" ", source.original(start, clause.end("clause")))
    try:
        step = Source.of(checked, fold(checked))
        read_step(step, 0, len(step.prepared))
    except Unreadable:
        return source, None, asides
    if exception is None:
        return rule, words, asides
    if asides.gloss is not None:
        return source, None, asides
    return rule, None, asides._replace(gloss=words)

"""How the parts of one deadline phrase join: a start bound with its end, a duration.

"bắt đầu từ tháng 4/2027, hoàn thành trước ngày 30/6/2027" is one window; "Thực hiện trong 3
tháng, …" must last exactly the window read; "không quá 4 ngày" is kept as the gloss; a
start bound with no end ("tựu trường từ 28/8/2025") is no deadline (`combine`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

from datetime import date

from kehoach.dates.found import Found
from kehoach.dates.grammar import (
    ONE_DAY,
    Unreadable,
    after,
    crossed_new_year,
    month_end,
    show,
)
from kehoach.dates.reading import DeadlineKind


def combine(read: list[tuple[str, list[Found]]]) -> list[Found]:
    """Join a start bound with the deadline after it into one window; check durations."""
    out: list[Found] = []
    durations: list[Found] = []
    start: Found | None = None
    caps: list[str] = []
    for role, found in read:
        if role == "cap":
            caps += [one.gloss or "" for one in found]
        elif role == "duration":
            durations.extend(found)
        elif role == "start":
            if start is not None:
                raise Unreadable("hai mốc bắt đầu liền nhau")
            start = found[0]
        elif start is not None:
            out.append(_start_to_end(start, found))
            start = None
        else:
            out.extend(found)
    if start is not None and not out and not durations:
        return [_open_start(start)]
    if start is not None:
        raise Unreadable(
            f"“{start.reading}” chỉ là mốc bắt đầu, không phải hạn cuối; "
            "nếu văn bản có hạn, ghi last_day (và first_day)"
        )
    for duration in durations:
        _check_duration(duration, out)
    if caps:  # "không quá 4 ngày, tổ chức trước ngày 31/10/2025": the event's length
        if len(out) != 1:
            raise Unreadable(f"“{caps[0]}” không rõ thuộc thời hạn nào")
        note = "; ".join(caps + ([out[0].gloss] if out[0].gloss else []))
        out = [out[0]._replace(gloss=note)]
    return out


def _open_start(start: Found) -> Found:
    """ "tựu trường từ 28/8/2025", "sớm nhất là ngày 18/9": a start bound with no end. It
    is no deadline (issue 11 §1): `earliest` holds the day, `first` and `last` stay empty,
    so nothing counts lateness from it; a milestone refuses it (`parse_deadline`)."""
    reading = (
        f"mốc bắt đầu: từ {start.reading}; không phải hạn cuối, văn bản không nêu ngày phải xong"
    )
    return start._replace(reading=reading, first=None, last=None, earliest=start.first)


def _start_to_end(start: Found, found: list[Found]) -> Found:
    if len(found) != 1 or found[0].last is None or start.first is None:
        raise Unreadable(f"sau mốc bắt đầu “{start.reading}” cần đúng một hạn cuối")
    end, first = found[0], start.first
    assert end.last is not None
    if start.year_inferred and first > end.last:  # "từ ngày 8/9 … trước ngày 10/1/2026"
        first = _year_before(first)
        crossed_new_year(first, end.last)
        start = start._replace(reading=show(first))
    if first > end.last:
        raise Unreadable(f"ngày bắt đầu {show(first)} sau hạn cuối {show(end.last)}")
    reading = (
        f"khoảng {show(first)} – {show(end.last)} (bắt đầu từ {start.reading}, "
        f"hạn cuối {show(end.last)}); tính trễ hạn từ ngày cuối"
    )
    return end._replace(
        kind=DeadlineKind.WINDOW,
        first=first,
        earliest=first,
        reading=reading,
        label=start.label or end.label,
    )


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, month_end(day.year - 1, day.month).day))


def _check_duration(duration: Found, out: list[Found]) -> None:
    """ "Thực hiện trong 3 tháng": the window read must last exactly that long."""
    count, unit = int(duration.reading.split()[0]), duration.qualifier
    if len(out) != 1 or out[0].first is None or out[0].last is None:
        raise Unreadable(f"“trong {duration.reading}” không kèm một khoảng thời gian rõ")
    first, last = out[0].first, out[0].last
    # the first day is the period's own, as if counted from the day before it (BLDS 2015,
    # Điều 147-148): a month from 31/1 ends 28/2, not 27/2
    if after(first - ONE_DAY, count, str(unit)) != last:
        raise Unreadable(
            f"“trong {duration.reading}” không khớp khoảng {show(first)} – {show(last)}"
        )

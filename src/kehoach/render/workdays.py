"""Working days between two days, for `kehoach workdays`: text a clerk checks by hand."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from kehoach.dates.workdays import Counted, Span, show, weekday_name


def _line(day: date, name: str) -> str:
    return f"  {show(day)}  {weekday_name(day):<9} {name}"


def span_text(span: Span) -> str:
    """The count first, then every day that is not what its weekday suggests."""
    total = (span.last - span.first).days + 1
    lines = [
        f"Từ {show(span.first)} ({weekday_name(span.first)}) đến {show(span.last)} "
        f"({weekday_name(span.last)}), tính cả hai ngày: {span.working} ngày làm việc",
        f"({total} ngày: {span.working} ngày làm việc, {span.weekend} ngày nghỉ cuối tuần, "
        f"{len(span.days_off)} ngày nghỉ lễ hoặc hoán đổi)",
    ]
    if span.days_off:
        lines += ["Ngày nghỉ lễ, nghỉ hoán đổi (ngày thường):", *(_line(*d) for d in span.days_off)]
    if span.makeup:
        lines += ["Ngày làm bù (cuối tuần đi làm):", *(_line(*d) for d in span.makeup)]
    if span.named_weekend:
        lines += ["Ngày lễ trùng cuối tuần:", *(_line(*d) for d in span.named_weekend)]
    return "\n".join(lines) + "\n"


def _days(pairs: tuple[tuple[date, str], ...]) -> list[dict[str, str]]:
    return [{"day": d.isoformat(), "name": n} for d, n in pairs]


def span_json(span: Span) -> str:
    data = {
        "schema": "kehoach.workdays/1",
        "first": span.first.isoformat(),
        "last": span.last.isoformat(),
        "working_days": span.working,
        "weekend_days": span.weekend,
        "days_off": _days(span.days_off),
        "makeup_days": _days(span.makeup),
        "weekend_holidays": _days(span.named_weekend),
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


SPAN_FORMATS: dict[str, Callable[[Span], str]] = {"text": span_text, "json": span_json}


def counted_text(counted: Counted) -> str:
    """A relative deadline resolved: how it was counted, the day, the rolled day."""
    lines = [counted.reading()]
    if counted.skipped:
        lines += ["Ngày nghỉ đã bỏ qua:", *(_line(*d) for d in counted.skipped)]
    return "\n".join(lines) + "\n"


def counted_json(counted: Counted) -> dict[str, object]:
    return {
        "anchor": counted.anchor.isoformat(),
        "last": counted.last.isoformat(),
        "due": counted.due.isoformat(),
        "rolled": counted.rolled,
        "reading": counted.reading(),
        "skipped": _days(counted.skipped),
    }

"""How a deadline phrase was read, for `kehoach deadline`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date

from kehoach.deadline import Deadline


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def as_text(reading: Deadline) -> str:
    rows = [
        ("Cụm từ", reading.phrase),
        ("Loại", str(reading.kind)),
        ("Từ ngày", _day(reading.first)),
        ("Hạn cuối", _day(reading.last)),
    ]
    if reading.recurrence:
        r = reading.recurrence
        rows.append(("Lặp lại", " ".join(f"{k}={v}" for k, v in asdict(r).items() if v)))
    if reading.label:
        rows.append(("Bước", reading.label))
    rows.append(("Cách đọc", reading.reading))
    width = max(len(k) for k, _ in rows)
    return "".join(f"{k.ljust(width)}  {v}\n" for k, v in rows)


def as_json(reading: Deadline) -> str:
    def default(value: object) -> str:
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(type(value).__name__)

    return (
        json.dumps(asdict(reading), ensure_ascii=False, indent=2, sort_keys=True, default=default)
        + "\n"
    )


FORMATS: dict[str, Callable[[Deadline], str]] = {"text": as_text, "json": as_json}

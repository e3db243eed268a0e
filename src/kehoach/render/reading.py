"""How a deadline phrase was read, for `kehoach deadline`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date

from kehoach.dates.deadline import Deadline

# The kind in Vietnamese, with the value scripts see in JSON.
KIND_NAMES = {
    "date": "một ngày (date)",
    "window": "một khoảng (window)",
    "recurring": "định kỳ (recurring)",
    "ongoing": "thường xuyên (ongoing)",
    "relative": "tính từ một sự kiện (relative)",
    "unknown": "không nêu thời hạn (unknown)",
}


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def as_text(reading: Deadline) -> str:
    rows = [
        ("Cụm từ", reading.phrase),
        ("Loại", KIND_NAMES[reading.kind]),
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


def record(reading: Deadline) -> dict[str, object]:
    """The reading as JSON-ready data: ISO dates, enums as their values."""

    def plain(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {key: plain(value) for key, value in asdict(reading).items()}


def as_json(reading: Deadline) -> str:
    return json.dumps(record(reading), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def as_json_line(reading: Deadline | None, phrase: str, error: str | None = None) -> str:
    """One line of JSON Lines for `kehoach deadline -`: the reading, or the phrase and why not."""
    data = record(reading) if reading else {"phrase": phrase, "error": error}
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


FORMATS: dict[str, Callable[[Deadline], str]] = {"text": as_text, "json": as_json}

"""The repository's calendar file (plans/calendar.yaml): each year's announced swaps.

The `holidays` package computes the public holidays; the Government also announces, year
by year, weekdays given off in a swap (hoán đổi) and the Saturdays worked instead (ngày
làm bù). Those are written here, one entry per swap, with the document and the public
address they come from, and validated like the plans: every defect a located finding.

```yaml
schema: 1
years:
  2026:
    swaps:
      - off: 02/01/2026          # the weekday given off
        work: 10/01/2026         # the Saturday worked instead (optional)
        reason: Tết Dương lịch
        decided_by: Công văn 12729/VPCP-KGVX ngày 25/12/2025
        source: https://…
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from kehoach.base.findings import Finding, error, warning
from kehoach.dates.holidaytable import vietnam_calendar
from kehoach.dates.workdays import (
    FIRST_YEAR,
    LAST_YEAR,
    Calendar,
    CountError,
    show,
    weekday_name,
)
from kehoach.plan.discovery import (
    TwoCalendars,
    display_name,
    find_calendar_file,
    leads_out_of_its_repository,
)
from kehoach.plan.loader import load_bytes, load_document
from kehoach.plan.model import Day, Model, Text
from kehoach.plan.yamlread import Located

if TYPE_CHECKING:
    from kehoach.plan.cache import PlanCache


class Swap(Model):
    """One announced swap: a weekday given off, and the weekend day worked instead."""

    off: Day = Field(description="Ngày nghỉ hoán đổi (một ngày làm việc được nghỉ)")
    work: Day | None = Field(None, description="Ngày làm bù (thứ Bảy hoặc Chủ nhật)")
    reason: Text = Field(description="Dịp nghỉ, ví dụ Tết Dương lịch")
    decided_by: str | None = Field(None, description="Văn bản quyết định")
    source: Text = Field(description="Địa chỉ công khai của thông báo")


class CalendarYear(Model):
    swaps: list[Swap] = Field(default_factory=list)


class CalendarFile(Model):
    """plans/calendar.yaml."""

    schema_version: Literal[1] = Field(alias="schema")
    years: dict[int, CalendarYear] = Field(default_factory=dict)


@dataclass
class LoadedCalendar:
    """The repository's calendar (None when its file is broken) and its findings."""

    calendar: Calendar | None
    name: str | None = None  # the file as shown to people, None when there is none
    findings: list[Finding] = field(default_factory=list)


def load_calendar(
    paths: Sequence[Path], cwd: Path, cache: PlanCache | None = None
) -> LoadedCalendar:
    """The calendar for the plans under `paths`: the package's holidays, plus the swaps
    of the calendar file when there is one. A broken file gives findings and no calendar,
    never a calendar silently missing its swaps. With `cache`, the bytes it already
    read for the file's key (`PlanCache.file_key`) are the ones loaded."""
    try:
        path = find_calendar_file(paths)
    except TwoCalendars as two:  # neither is taken for the other
        name, first = display_name(two.other, cwd), display_name(two.first, cwd)
        said = f"{first} và tệp này: {two.words(first)}"
        return LoadedCalendar(None, name, [error(name, (1, 1), "two-calendars", said)])
    if path is None:
        return LoadedCalendar(bundled_calendar())
    name = display_name(path, cwd)
    if leads_out_of_its_repository(path):
        # As for plans (plan/loader.py): a committed link must not make us read, and
        # show in findings, a file outside the repository.
        message = "liên kết (symlink) trỏ ra ngoài kho; không đọc tệp lịch này"
        return LoadedCalendar(None, name, [error(name, (1, 1), "symlink-outside", message)])
    keyed = cache.take(path, name, CalendarFile.__name__) if cache is not None else None
    if keyed is not None:
        located, model, findings = load_bytes(keyed[1], name, CalendarFile)
    else:
        located, model, findings = load_document(path, name, CalendarFile)
    if not isinstance(model, CalendarFile) or located is None:
        return LoadedCalendar(None, name, findings)
    findings = [*findings, *check_calendar(model, located, name)]
    if any(f.severity == "error" for f in findings):
        return LoadedCalendar(None, name, findings)
    return LoadedCalendar(calendar_of(model), name, findings)


BUNDLED = "calendar.yaml"  # in the package's data: the swaps the bundled plans/ records


@lru_cache(maxsize=1)
def bundled_calendar() -> Calendar:
    """The calendar of a repository with no calendar file: the holidays and the swaps
    kehoach ships (`BUNDLED`, the same file as the bundled plans/calendar.yaml, each swap
    with its notice and public source). A clerk's new repository used the holidays alone:
    the Government's swapped days off (02/01/2026, Công văn 12729/VPCP-KGVX) were
    working days, and the years after the last notice were not said to be projected."""
    from importlib.resources import files

    data = (files("kehoach") / "data" / BUNDLED).read_bytes()
    _, model, findings = load_bytes(data, BUNDLED, CalendarFile)
    if not isinstance(model, CalendarFile) or findings:  # a broken package: say so
        raise RuntimeError(f"kehoach/data/{BUNDLED}: {'; '.join(map(str, findings))}")
    return calendar_of(model)


def calendar_of(model: CalendarFile) -> Calendar:
    """The Vietnamese calendar with the file's swaps."""
    off: dict[date, str] = {}
    makeup: dict[date, str] = {}
    for year in model.years.values():
        for swap in year.swaps:
            off[swap.off] = f"Nghỉ hoán đổi ({swap.reason})"
            if swap.work is not None:
                makeup[swap.work] = (
                    f"Làm bù cho {weekday_name(swap.off).lower()} {show(swap.off)} ({swap.reason})"
                )
    return vietnam_calendar(off, makeup, max(model.years, default=None))


# --- rules ------------------------------------------------------------------------------

# The package names a day it swaps itself "Ngày nghỉ (thay cho ngày dd/mm/yyyy)".
_PACKAGE_SWAP = re.compile(r"thay cho ngày (\d{2})/(\d{2})/(\d{4})")


def check_calendar(model: CalendarFile, located: Located, name: str) -> Iterator[Finding]:
    """Every swap in its year, a weekday off, a make-up day on a weekend and not on a
    holiday, no day twice; every year within the holiday data."""
    checker = _Checker(name, located, vietnam_calendar())
    for year, entry in model.years.items():
        where = located.where(("years", str(year)))
        if not FIRST_YEAR <= year <= LAST_YEAR:
            msg = (
                f"không có dữ liệu ngày nghỉ lễ cho năm {year} (có từ {FIRST_YEAR} đến {LAST_YEAR})"
            )
            yield error(name, where, "calendar-no-holidays", msg)
            continue
        for index, swap in enumerate(entry.swaps):
            yield from checker.swap(swap, year, ("years", str(year), "swaps", index))
        yield from _package_swaps_recorded(year, entry, checker.bare, name, where)


@dataclass
class _Checker:
    name: str
    located: Located
    bare: Calendar  # holidays without the file's swaps
    seen: dict[date, int] = field(default_factory=dict)  # day -> the year it was listed in

    def swap(self, swap: Swap, year: int, loc: tuple[str | int, ...]) -> Iterator[Finding]:
        for key, day in (("off", swap.off), ("work", swap.work)):
            if day is None:
                continue
            where = self.located.where((*loc, key))
            if day.year != year:
                msg = f"ngày {show(day)} không thuộc năm {year}"
                yield error(self.name, where, "calendar-outside-year", msg)
                continue
            if day in self.seen:
                msg = f"ngày {show(day)} đã ghi ở năm {self.seen[day]}"
                yield error(self.name, where, "calendar-duplicate", msg)
            self.seen.setdefault(day, year)
            yield from self.day(key, day, where)

    def day(self, key: str, day: date, where: tuple[int, int]) -> Iterator[Finding]:
        try:
            holiday = self.bare.why_off(day)
        except CountError as exc:
            yield error(self.name, where, "calendar-no-holidays", str(exc))
            return
        weekend = day.weekday() >= 5
        if key == "work" and holiday is not None:
            msg = f"ngày làm bù {show(day)} trùng ngày nghỉ lễ “{holiday}”"
            yield error(self.name, where, "calendar-makeup-on-holiday", msg)
        elif key == "work" and not weekend:
            msg = f"ngày làm bù {show(day)} là {weekday_name(day)}, vốn đã là ngày làm việc"
            yield error(self.name, where, "calendar-makeup-weekday", msg)
        elif key == "off" and weekend:
            msg = f"ngày nghỉ hoán đổi {show(day)} là {weekday_name(day)}, vốn đã là ngày nghỉ"
            yield error(self.name, where, "calendar-off-weekend", msg)


def _package_swaps_recorded(
    year: int, entry: CalendarYear, bare: Calendar, name: str, where: tuple[int, int]
) -> Iterator[Finding]:
    """A swap the package knows but the file lacks the make-up day of: counting would
    treat that Saturday as a day off."""
    worked = {swap.work for swap in entry.swaps}
    for day, holiday in bare.holidays(year).items():
        m = _PACKAGE_SWAP.search(holiday)
        if m is None:
            continue
        makeup = date(int(m[3]), int(m[2]), int(m[1]))
        if makeup not in worked:
            msg = (
                f"thư viện holidays ghi {show(day)} là “{holiday}”, nhưng tệp chưa ghi "
                f"ngày làm bù {show(makeup)}: thêm một mục swaps có work: {show(makeup)}"
            )
            yield warning(name, where, "calendar-makeup-missing", msg)

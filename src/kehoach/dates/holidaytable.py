"""Vietnamese public holidays by year: the `holidays` package, through a bundled table.

The `holidays` package computes Vietnam's public holidays (Bộ luật Lao động 2019, Điều
112: Tết Dương lịch, Tết Nguyên Đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh, and the
days off in lieu when one falls on a weekend). Importing it costs ~100 ms and pulls in
dateutil's parser, which `kehoach status` must not pay, so the package's own output for
TABLE_YEARS is bundled as `kehoach/data/holidays-vn.tsv` (`make holidays` writes it; a
test checks it still equals the pinned package's output). Other years ask the package.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from importlib.resources import files

from kehoach.dates.workdays import FIRST_YEAR, LAST_YEAR, Calendar, CountError

TABLE_YEARS = range(2000, 2046)
TABLE = "holidays-vn.tsv"


def holidays_of(year: int) -> dict[date, str]:
    """The public holidays of `year`, day -> Vietnamese name; `CountError` when there is
    no data for that year."""
    if year in TABLE_YEARS:
        return {day: name for day, name in _table().items() if day.year == year}
    return package_holidays(year)


def vietnam_calendar(
    swapped_off: Mapping[date, str] | None = None,
    makeup: Mapping[date, str] | None = None,
    announced_through: int | None = None,
) -> Calendar:
    """The Vietnamese working-day calendar: public holidays plus the announced swaps, the
    notices recorded up to `announced_through` (`Calendar.announced_through`)."""
    return Calendar(holidays_of, dict(swapped_off or {}), dict(makeup or {}), announced_through)


def package_holidays(year: int) -> dict[date, str]:
    """The `holidays` package's Vietnamese holidays of `year` (imported here, lazily)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CountError(f"không có dữ liệu ngày nghỉ lễ năm {year}")
    from holidays.countries.vietnam import Vietnam

    table = Vietnam(years=year, language="vi")  # type: ignore[no-untyped-call]
    return {day: _lunar_named(day, str(name)) for day, name in sorted(table.items())}


def _lunar_named(day: date, name: str) -> str:
    """The package names the day off two days before Tết "29 Tết" whatever its lunar day;
    in a year whose month Chạp has 29 days it is the 28th (04/02/2027 is 28 tháng Chạp Bính
    Ngọ, the eve 05/02 the 29th: fresh39), so the name says the day's own lunar date."""
    if name != "29 Tết":
        return name
    from kehoach.dates.lunar import lunar_date

    return f"{lunar_date(day).day} Tết"


def table_text(years: Iterable[int] = TABLE_YEARS) -> str:
    """The bundled table's text: one `yyyy-mm-dd<TAB>name` line per holiday."""
    lines = [
        f"{day.isoformat()}\t{name}"
        for year in years
        for day, name in package_holidays(year).items()
    ]
    return "\n".join(lines) + "\n"


@cache
def _table() -> dict[date, str]:
    text = (files("kehoach") / "data" / TABLE).read_text(encoding="utf-8")
    out: dict[date, str] = {}
    for line in text.splitlines():
        day, name = line.split("\t", 1)
        out[date.fromisoformat(day)] = name
    return out


if __name__ == "__main__":  # `make holidays`
    import sys

    sys.stdout.write(table_text())

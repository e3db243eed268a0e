"""Measure the deadline language against the corpus of real phrases (tests/corpus/*.yaml).

Each phrase is read with its document's issue date as context and classified:
- right: read as `expect` says on every field it gives (or refused when `expect: refuse`);
- refused: not read, though `expect` gives a reading (extra work for a clerk, not a wrong date);
- misread: a reading that disagrees with `expect` on a field it gives, a different number of
  readings, or any reading of a phrase whose `expect` is `refuse` (a wrong date). An `rrule`
  agrees when it names the same due days, however RFC 5545 spells it.

Each file is one source document: its `source` (url, title, issuer, province, kind, issued)
and its `phrases` (phrase, optional header and column, expect). A `header` is the table
column header the phrase stood under; it is passed to the parser (`Context.header`), which
takes a bare count's direction and anchor from it ("75 ngày" under "Số ngày trước ngày bầu
cử"). `column` is a free note for the reader and is never read. `make corpus` runs this file and prints the
counts, by province and by kind of document, and every misread; tests/test_corpus.py holds
the figures to their targets.

Options: `--refused` lists every refusal with its reason; `--prefix P` measures only the files
whose name starts with P. The files named `d-*` are the held-out set: collected after the
grammar was tuned on the `a-`/`b-`/`c-` files, their expectations committed before they were
first measured, so `--prefix d-` gives a figure the grammar was not fitted to
(`python tests/corpus/measure.py --prefix d- --refused`). The `c-` files were the held-out
set until commit 4c071d4 (76.9% read right then); they are tuning data since, as the `d-`
(75.0% when held out) and `e-` (82.3%) files are since the tuning on their refusals.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kehoach.dates.deadline import Context, Deadline, DeadlineError, parse_deadlines
from kehoach.dates.recurrence import occurrences

CORPUS = Path(__file__).resolve().parent
RIGHT, REFUSED, MISREAD = "right", "refused", "misread"
HELD_OUT = "d-"  # the prefix of the held-out files (see the module docstring)
_DAY_FIELDS = ("first", "last", "earliest")
_PLAIN_FIELDS = ("kind", "qualifier", "time")


class CorpusError(ValueError):
    """A corpus file that does not follow the format: named, never skipped."""


@dataclass(frozen=True)
class Entry:
    """One phrase of the corpus with what a careful reader wrote down."""

    file: str
    phrase: str
    expect: object  # "refuse", a mapping, or a list of mappings
    issued: date | None
    province: str
    kind: str
    header: str | None = None  # the table column's header, when the phrase stood in one
    standing: bool | None = None  # `source.standing`: None leaves it to `kind` (`context_of`)


@dataclass
class Outcome:
    entry: Entry
    verdict: str
    why: str = ""


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    by_province: dict[str, Counter[str]] = field(default_factory=dict)
    by_kind: dict[str, Counter[str]] = field(default_factory=dict)
    misreads: list[Outcome] = field(default_factory=list)
    refusals: list[Outcome] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.verdict] += 1
        entry = outcome.entry
        self.by_province.setdefault(entry.province, Counter())[outcome.verdict] += 1
        self.by_kind.setdefault(entry.kind, Counter())[outcome.verdict] += 1
        if outcome.verdict == MISREAD:
            self.misreads.append(outcome)
        elif outcome.verdict == REFUSED:
            self.refusals.append(outcome)


def entries(
    folder: Path = CORPUS, prefix: str = "", exclude: tuple[str, ...] = ()
) -> Iterator[Entry]:
    """Every phrase of every corpus file whose name starts with `prefix` and with none of
    `exclude`, in file order."""
    for path in sorted(folder.glob(f"{prefix}*.yaml")):
        if path.name.startswith(exclude):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, Mapping) or not isinstance(data.get("source"), Mapping):
            raise CorpusError(f"{path.name}: thiếu khối source")
        source = data["source"]
        issued = _day(source.get("issued"), path.name)
        standing = _standing(source.get("standing"), path.name)
        for index, item in enumerate(data.get("phrases") or []):
            if not isinstance(item, Mapping) or not isinstance(item.get("phrase"), str):
                raise CorpusError(f"{path.name}: phrases[{index}] không có phrase")
            if "expect" not in item:
                raise CorpusError(f"{path.name}: phrases[{index}] không có expect")
            yield Entry(
                path.name,
                item["phrase"].strip(),
                item["expect"],
                issued,
                _province(source.get("province")),
                str(source.get("kind") or "?"),
                item.get("header"),
                standing,
            )


def _province(value: object) -> str:
    """The province as the figures group it: collectors wrote "TP Hồ Chí Minh" and "TP. Hồ
    Chí Minh", "Bà Rịa - Vũng Tàu" and "Bà Rịa – Vũng Tàu", each one province split in two
    lines. A name of its time is kept ("Thừa Thiên Huế" before 2025, "Huế" since)."""
    name = " ".join(str(value or "?").split())
    return re.sub(r"^TP\.?\s+", "TP. ", name).replace(" - ", " – ")


def _standing(value: object, where: str) -> bool | None:
    """`source.standing` as written: true, false, or absent (None: the file's kind decides)."""
    if value is None or isinstance(value, bool):
        return value
    raise CorpusError(f"{where}: source.standing {value!r} không phải true hoặc false")


def _day(value: object, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(f"{where}: ngày {value!r} không phải ISO") from None


# kinds of document that are standing rules: a day-month without a year is every year's
# (`Context.standing`, the lead's ruling of session 34). The corpus has no kind of its own for
# laws, decrees and circulars: those it holds are filed as `reporting-rule`, and `decision`
# mixes quy chế with one-off approvals, so it is not one. A file says otherwise with its own
# `source.standing` (a one-off công văn filed as `reporting-rule`: `standing: false`).
STANDING_KINDS = frozenset({"reporting-rule"})


def context_of(entry: Entry) -> Context:
    """The context the phrase of `entry` is read in: its page's issue day, its column
    header, whether its document is a standing rule (its `source.standing`, else whether its
    kind is one of `STANDING_KINDS`)."""
    standing = entry.kind in STANDING_KINDS if entry.standing is None else entry.standing
    return Context(issued=entry.issued, header=entry.header, standing=standing)


def classify(entry: Entry) -> Outcome:
    """Read one phrase and compare it with what the careful reader wrote down."""
    try:
        readings = parse_deadlines(entry.phrase, context_of(entry))
    except DeadlineError as error:
        if entry.expect == "refuse":
            return Outcome(entry, RIGHT)
        return Outcome(entry, REFUSED, error.why)
    if entry.expect == "refuse":
        return Outcome(entry, MISREAD, "đọc ra: " + " | ".join(r.reading for r in readings))
    wanted = entry.expect if isinstance(entry.expect, list) else [entry.expect]
    if len(wanted) != len(readings):
        shown = " | ".join(r.reading for r in readings)
        return Outcome(entry, MISREAD, f"{len(readings)} thời hạn thay vì {len(wanted)}: {shown}")
    for want, got in zip(wanted, readings, strict=True):
        if not isinstance(want, Mapping):
            raise CorpusError(f"{entry.file}: expect của {entry.phrase!r} không hợp lệ")
        if why := _differs(want, got, entry.file):
            return Outcome(entry, MISREAD, why)
    return Outcome(entry, RIGHT)


def _differs(want: Mapping[str, Any], got: Deadline, where: str) -> str:
    """The first field where `got` disagrees with `want`, in words; "" when none does."""
    for name in _PLAIN_FIELDS:
        if name in want and str(want[name]) != str(getattr(got, name)):
            return f"{name}: cần {want[name]}, đọc ra {getattr(got, name)} ({got.reading})"
    for name in _DAY_FIELDS:
        if name in want and _day(want[name], where) != getattr(got, name):
            return f"{name}: cần {want[name]}, đọc ra {getattr(got, name)} ({got.reading})"
    if "rrule" in want and not _same_rule(str(want["rrule"]), got.rrule or ""):
        return f"rrule: cần {want['rrule']}, đọc ra {got.rrule} ({got.reading})"
    if "relative" in want:
        return _relative_differs(want["relative"], got)
    return ""


def _rule_parts(text: str) -> frozenset[str]:
    return frozenset(part.strip().upper() for part in text.split(";") if part.strip())


_RULE_SPAN = (date(2000, 1, 1), date(2031, 12, 31))  # whole leap-year cycles


def _same_rule(wanted: str, got: str) -> bool:
    """Two RRULEs that name the same due days are one rule, however RFC 5545 spells them
    ("FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=20" and "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;
    BYMONTHDAY=20"): the same parts, or the same due days over 32 years as
    `kehoach.dates.recurrence` expands them."""
    if _rule_parts(wanted) == _rule_parts(got):
        return True
    if not got:
        return False
    try:
        due = [[one.due for one in occurrences(text, *_RULE_SPAN)] for text in (wanted, got)]
    except ValueError:
        return False
    return due[0] == due[1]


def _relative_differs(want: Mapping[str, Any], got: Deadline) -> str:
    if got.relative is None:
        return f"relative: cần {dict(want)}, đọc ra {got.kind} ({got.reading})"
    wanted = dict(want)
    if wanted.get("unit") == "ngày làm việc":  # the format allows either spelling
        wanted["unit"], wanted["working_days"] = "ngày", True
    for name, value in wanted.items():
        mine = getattr(got.relative, name, None)
        if name == "anchor":
            continue  # the anchor's words are kept as printed; not compared
        if str(mine) != str(value):
            return f"relative.{name}: cần {value}, đọc ra {mine} ({got.reading})"
    return ""


def measure(folder: Path = CORPUS, prefix: str = "", exclude: tuple[str, ...] = ()) -> Tally:
    tally = Tally()
    for entry in entries(folder, prefix, exclude):
        tally.add(classify(entry))
    return tally


def report(tally: Tally, *, show_refused: bool = False) -> str:
    """The figures and every misread, as `make corpus` prints them."""
    total = tally.total or 1
    lines = [
        f"{tally.total} cụm từ: {tally.counts[RIGHT]} đọc đúng "
        f"({100 * tally.counts[RIGHT] / total:.1f}%), {tally.counts[REFUSED]} từ chối, "
        f"{tally.counts[MISREAD]} đọc sai"
    ]
    for title, groups in (("Theo tỉnh", tally.by_province), ("Theo loại", tally.by_kind)):
        lines.append(f"{title}:")
        for name, counts in sorted(groups.items()):
            lines.append(
                f"  {name}: {sum(counts.values())} cụm từ, {counts[RIGHT]} đúng, "
                f"{counts[REFUSED]} từ chối, {counts[MISREAD]} sai"
            )
    for title, outcomes in (("ĐỌC SAI", tally.misreads), ("TỪ CHỐI", tally.refusals)):
        if outcomes and (title == "ĐỌC SAI" or show_refused):
            lines.append(f"{title}:")
            lines.extend(f"  {o.entry.file}: {o.entry.phrase!r}: {o.why}" for o in outcomes)
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Measure (the files whose name starts with `--prefix`), print the report; 1 when any
    phrase is misread. `--help` prints the options and measures nothing."""
    parser = argparse.ArgumentParser(
        prog="measure.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument(
        "--prefix", default="", help="chỉ các tệp có tên bắt đầu bằng tiền tố này, ví dụ c-"
    )
    parser.add_argument(
        "--refused", action="store_true", help="liệt kê mọi cụm từ bị từ chối và lý do"
    )
    options = parser.parse_args(argv)
    tally = measure(prefix=options.prefix)
    if options.prefix:
        sys.stdout.write(f"Chỉ các tệp {options.prefix}*.yaml:\n")
    sys.stdout.write(report(tally, show_refused=options.refused))
    return 1 if tally.counts[MISREAD] else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the report, quietly
    sys.exit(main(sys.argv[1:]))

"""The damaged-copy hunt: every corpus phrase read right or refused as expected, varied as real
copies vary it (tests/copyvariants.py), must read the same days as printed or be refused.

Prints every variant that reads other days than its printed phrase, or reads where the
printed phrase is refused (a wrong date: issue 11, §1), grouped by file, then the figures
by kind of damage; exits 1 when any is found. The held-out sets (`HELD_OUT_NOW`) are never
varied. `make hunt` runs it over the whole corpus on every core (a few minutes);
`--prefix P` hunts in the files whose name starts with P; `--sample N` varies one phrase in
N, `--keep M` tries one variant in M of each (tests/test_deadline_breaker19.py runs such a
fixed sample).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
sys.path[:0] = [str(CORPUS), str(CORPUS.parent)]

from measure import RIGHT, Entry, classify, context_of, entries  # noqa: E402

from copyvariants import KINDS, Signature, signature, variants, wrong  # noqa: E402

# zp-, zq- collected in session 28, tuning data since session 29 (harden21 hunts them);
# zr-, zs- collected in session 29, tuning data since session 30 (tune-zr, tune-zs; harden22
# hunts them);
# zt- collected in session 30, tuning data since session 32 (harden24 hunts it);
# zv- collected in session 32, zw- in session 37: nobody tunes on them (zu-, of session 31,
# is tuning data since session 37, as the lead declared)
HELD_OUT_NOW = ("zv-", "zw-")


@dataclass(frozen=True)
class Found:
    """A variant of a corpus phrase that reads other days than the phrase as printed."""

    file: str
    phrase: str
    kind: str
    variant: str
    printed: str
    copied: str


@dataclass
class Hunt:
    phrases: int = 0
    variants: Counter[str] | None = None
    found: list[Found] | None = None


def picked(key: str, sample: int) -> bool:
    """Whether `key` is in the fixed one-in-`sample` sample (the same on every run)."""
    return sample <= 1 or zlib.crc32(key.encode()) % sample == 0


def hunt_one(entry: Entry, keep: int = 1) -> tuple[Counter[str], list[Found]]:
    """The variants of one phrase tried (by kind), and those read wrong; none when the
    phrase as printed is not read right. One variant in `keep` is tried (all by default)."""
    tried: Counter[str] = Counter()
    found: list[Found] = []
    if classify(entry).verdict != RIGHT:
        return tried, found
    context = context_of(entry)  # a standing rule's page read as one (measure)
    printed = signature(entry.phrase, context)
    for kind, text in variants(entry.phrase):
        if not picked(kind + text, keep):
            continue
        tried[kind] += 1
        copied = signature(text, context)
        if wrong(printed, copied):
            found.append(
                Found(entry.file, entry.phrase, kind, text, _shown(printed), _shown(copied))
            )
    return tried, found


def _shown(days: Signature | None) -> str:
    if days is None:
        return "từ chối"
    due, opens, rules, counted, dateless = days
    parts = [f"hạn {', '.join(sorted(map(str, due)))}" if due else ""]
    parts.append(f"từ {', '.join(sorted(map(str, opens)))}" if opens else "")
    parts += [str(rule) for rule in sorted(map(str, rules))]
    parts += [" ".join(map(str, one)) for one in sorted(map(tuple, counted), key=str)]
    parts += sorted(map(str, dateless))
    return "; ".join(part for part in parts if part) or "(không ngày)"


def _hunt_many(job: tuple[list[Entry], int]) -> tuple[int, Counter[str], list[Found]]:
    todo, keep = job
    tried: Counter[str] = Counter()
    found: list[Found] = []
    for entry in todo:
        more, wrongs = hunt_one(entry, keep)
        tried.update(more)
        found.extend(wrongs)
    return len(todo), tried, found


def chosen(prefix: str = "", sample: int = 1) -> list[Entry]:
    """The corpus phrases to vary: those of the files starting with `prefix`, none held out,
    one in `sample` of them."""
    return [
        entry
        for entry in entries(CORPUS, prefix, HELD_OUT_NOW)
        if picked(entry.file + entry.phrase, sample)
    ]


def hunt(
    todo: list[Entry], keep: int = 1, workers: int = 1, tell: Callable[[Found], None] | None = None
) -> Hunt:
    """Vary the phrases of `todo` (one variant in `keep`), on `workers` processes; `tell`
    hears of each copy read wrong as soon as it is found."""
    result = Hunt(0, Counter(), [])
    assert result.variants is not None and result.found is not None
    jobs = [(todo[at : at + 20], keep) for at in range(0, len(todo), 20)]
    with ProcessPoolExecutor(workers) if workers > 1 else nullcontext() as pool:
        done: Iterable[tuple[int, Counter[str], list[Found]]] = (
            pool.map(_hunt_many, jobs) if pool else map(_hunt_many, jobs)
        )
        for count, tried, found in done:
            result.phrases += count
            result.variants.update(tried)
            result.found.extend(found)
            for one in found if tell else ():
                tell(one)
    return result


def shown(found: Found) -> str:
    """One copy read wrong, on one line."""
    return (
        f"{found.file}: [{found.kind}] {found.variant!r}: {found.copied} "
        f"(in: {found.phrase!r}: {found.printed})"
    )


def report(result: Hunt, *, each: bool = True) -> Iterator[str]:
    """The copies read wrong (`each`), then the figures."""
    assert result.variants is not None and result.found is not None
    by_phrase = Counter((f.file, f.phrase) for f in result.found)
    yield from map(shown, result.found if each else ())
    total = sum(result.variants.values())
    yield (
        f"{result.phrases} cụm từ, {total} bản sao: {len(result.found)} đọc sai "
        f"({len(by_phrase)} cụm từ, {len({f for f, _ in by_phrase})} tệp)"
    )
    wrongs = Counter(f.kind for f in result.found)
    yield "  " + ", ".join(f"{kind} {result.variants[kind]}/{wrongs[kind]}" for kind in KINDS)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="hunt.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("--prefix", default="", help="chỉ các tệp bắt đầu bằng tiền tố này")
    parser.add_argument("--sample", type=int, default=1, help="một cụm từ trong N")
    parser.add_argument("--keep", type=int, default=1, help="một bản sao trong M")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    options = parser.parse_args(argv)
    todo = chosen(options.prefix, options.sample)
    result = hunt(
        todo, options.keep, options.workers, lambda found: print(shown(found), flush=True)
    )
    for line in report(result, each=False):
        sys.stdout.write(line + "\n")
    return 1 if result.found else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))

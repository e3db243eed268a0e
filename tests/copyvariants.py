"""A printed phrase as real copies vary it (issue 11, §1: never a silent wrong date).

A deadline phrase reaches kehoach pasted from a PDF, a web page, an e-mail or a scan's text,
rarely as it was printed: its diacritics stripped (wholly, in part, in one word), one letter
with a diacritic lost wherever it stood (a PDF font without its glyph) or in one word, the
whole in capitals, a semicolon or a full stop for a comma, "ngày" dropped, a line break, a
dash for "đến" between two days, a slash with blanks around it, a day written d.m.yyyy.
Each such copy must read the same days as the printed phrase, or be refused.

`variants(phrase)` gives every variant of a phrase, each with its kind (`KINDS`), in a fixed
order: the same phrase always gives the same variants. tests/corpus/hunt.py varies every
corpus phrase read right or refused as expected and prints each variant that reads other
days (`signature`); tests/test_deadline_breaker19.py runs a fixed sample of that hunt.

The breaker tests write one damaged copy by hand: `lost` (a font without one letter),
`lost_in` and `copied_as` (a (phrase, issued) pair with its copy, a test's parameters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kehoach.base.text import unaccent
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from kehoach.dates.reading import DeadlineKind, Relative

# The kinds of damage, in the order `variants` gives them.
KINDS = (
    "bare",  # every diacritic stripped (đ -> d too)
    "bare-half",  # every other marked word stripped (two variants: the odd, the even)
    "bare-word",  # one marked word stripped, each in turn
    "lost-letter",  # one letter with a diacritic lost everywhere (a font's missing glyph)
    "lost-in-word",  # one letter with a diacritic lost in one word, each word in turn
    "upper",  # the whole phrase in capitals
    "comma",  # one comma as a semicolon or a full stop, each in turn
    "no-ngay",  # one "ngày" before a number dropped, each in turn
    "newline",  # a line break for the blank after a comma or a colon, each in turn
    "dash",  # "đến" (or "đến ngày") between two days as a dash
    "slash",  # "/" between two numbers with blanks around it
    "dotted",  # d/m/yyyy and d-m-yyyy written d.m.yyyy
)

_LETTERS = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
_MARKED = re.compile(f"[{_LETTERS}]", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_NGAY = re.compile(r"(?<!\w)[Nn]gày\s+(?=\d)")
_BREAK = re.compile(r"(?<=[,:]) (?=\S)")
_DASH = re.compile(r"(?<=\d) +đến +(?:ngày +)?(?=\d)")
_SLASH = re.compile(r"(?<=\d)/(?=\d)")
_DAY_MONTH_YEAR = re.compile(r"(?<![\d./-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d./-])")


def variants(phrase: str) -> Iterator[tuple[str, str]]:
    """Every variant of `phrase` as (kind, text), each text other than the phrase, each
    given once, in a fixed order."""
    seen = {phrase}
    for kind, text in _all(phrase):
        if text not in seen:
            seen.add(text)
            yield kind, text


def _all(phrase: str) -> Iterator[tuple[str, str]]:
    yield "bare", unaccent(phrase)
    marked = [m for m in _WORD.finditer(phrase) if _MARKED.search(m[0])]
    for parity in (0, 1):
        yield "bare-half", _replace(phrase, marked[parity::2], unaccent)
    for word in marked:
        yield "bare-word", _replace(phrase, [word], unaccent)
    for letter in dict.fromkeys(m[0].lower() for m in _MARKED.finditer(phrase)):
        yield "lost-letter", phrase.replace(letter, "").replace(letter.upper(), "")
    for word in marked:
        yield "lost-in-word", _replace(phrase, [word], lambda w: _MARKED.sub("", w, count=1))
    yield "upper", phrase.upper()
    for at in (m.start() for m in re.finditer(",", phrase)):
        for mark in (";", "."):
            yield "comma", phrase[:at] + mark + phrase[at + 1 :]
    for found in _NGAY.finditer(phrase):
        yield "no-ngay", phrase[: found.start()] + phrase[found.end() :]
    for found in _BREAK.finditer(phrase):
        yield "newline", phrase[: found.start()] + "\n" + phrase[found.end() :]
    for dash in (" - ", "-", " – "):
        yield "dash", _DASH.sub(dash, phrase)
    yield "slash", _SLASH.sub(" / ", phrase)
    yield "dotted", _DAY_MONTH_YEAR.sub(r"\1.\3.\4", phrase)


def _replace(phrase: str, words: Sequence[re.Match[str]], how: object) -> str:
    """`phrase` with each of `words` (matches on it, in order) replaced by `how(word)`."""
    assert callable(how)
    out, at = [], 0
    for word in words:
        out += [phrase[at : word.start()], how(word[0])]
        at = word.end()
    return "".join(out) + phrase[at:]


Signature = tuple[frozenset[object], ...]


def signature(phrase: str, context: Context) -> Signature | None:
    """The days `phrase` is read as in `context`, None when it is refused: the days due (each
    reading's last day), the days a window or a start opens (its first day when other than
    its last, its earliest), the recurrence rules, the relative counts and directions. A
    window read whole or as its start and its end ("bắt đầu từ ngày 12/1/2026 … trước ngày
    25/5/2026": one window, or a start and a day due) names the same days. A relative
    deadline's anchor is kept as printed, so a copy's is spelt otherwise: not compared."""
    try:
        readings = parse_deadlines(phrase, context)
    except DeadlineError:
        return None
    due = frozenset(r.last for r in readings if r.last is not None)
    opens = {r.first for r in readings if r.first is not None and r.first != r.last}
    opens |= {r.earliest for r in readings if r.earliest is not None}
    rules = frozenset(r.rrule for r in readings if r.rrule)
    counted = frozenset(_counted(r.relative) for r in readings if r.relative is not None)
    dateless = frozenset(r.kind for r in readings if r.kind in _DATELESS)  # ongoing, unknown
    return due, frozenset(opens), rules, counted, dateless


_DATELESS = (DeadlineKind.ONGOING, DeadlineKind.UNKNOWN)


def _counted(relative: Relative) -> tuple[object, ...]:
    return relative.offset, relative.unit, relative.working_days, relative.direction


Told = tuple[str, str | None]  # a phrase and its plan's issue day (YYYY-MM-DD) or None
Copy = tuple[str, str | None, str]  # the phrase, its issue day, a damaged copy of it


def lost(phrase: str, letter: str) -> str:
    """`phrase` as a font without `letter` prints it (every copy, either case)."""
    return phrase.replace(letter, "").replace(letter.upper(), "")


def lost_in(told: Told, letter: str) -> Copy:
    """`told` with its copy printed by a font without `letter`."""
    return (*told, lost(told[0], letter))


def copied_as(told: Told, *swaps: tuple[str, str]) -> Copy:
    """`told` with its copy made by each (printed, copied) swap in turn: every `printed`
    (which must be there) written `copied`."""
    copy = told[0]
    for printed, copied in swaps:
        assert printed in copy, printed
        copy = copy.replace(printed, copied)
    return (*told, copy)


def wrong(printed: Signature | None, copied: Signature | None) -> bool:
    """Whether a copy read as `copied` is wrong for a phrase read as `printed`: any reading
    of a refused phrase, or other days than the phrase's. A refusal is never wrong."""
    return copied is not None and copied != printed

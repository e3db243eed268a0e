"""Vietnamese text helpers: folding diacritics so people can type without them."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

# đ/Đ are letters of their own, not a d with a combining mark, so NFD leaves them alone.
# Ð/ð (the Icelandic eth, U+00D0/U+00F0) look the same and stand for them in text that went
# through an old Vietnamese encoding (TCVN3, VNI) or a PDF: "Sở KH&ÐT" is "Sở KH&ĐT".
_SPECIAL = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}
_JOINER = "\u200d"  # zero width joiner: the next character belongs to the same cluster
ELLIPSIS = "…"


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    base = unicodedata.normalize("NFD", char)[:1]
    return base if base else char


class _FoldTable(dict[int, str]):
    """`str.translate`'s table of `_fold_char`, filled as characters are met: translating
    in C is about 20 times faster than joining a character at a time, and the deadline
    grammar folds each phrase dozens of times."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()
_FOLD_CACHED = 2_000  # characters: longer texts (a hostile cell) are folded, not kept


def fold(text: str) -> str:
    """Lower-case `text` and strip Vietnamese diacritics, one character for one.

    The result has exactly the length of the NFC form of `text`, so an offset found in
    the folded text points at the same character of ``nfc(text)``. Each rule of the deadline
    grammar folds the phrase it is given, so a short text's fold is kept (`_fold_kept`).
    """
    if len(text) <= _FOLD_CACHED:
        return _fold_kept(text)
    return unaccent(text).lower()


@lru_cache(maxsize=8192)
def _fold_kept(text: str) -> str:
    return unaccent(text).lower()


def unaccent(text: str) -> str:
    """`text` (NFC) without its Vietnamese diacritics, case kept: "Mục III.1.b" -> "Muc
    III.1.b" (an id keeps the document's Roman numerals)."""
    return nfc(text).translate(_FOLD_TABLE)


def bare_twin(rule: re.Pattern[str], *, flags: int | None = None) -> re.Pattern[str]:
    """`rule`, a pattern written with diacritics, with them taken off (`unaccent`): the twin
    a rule matches on the fold, so a phrase typed without diacritics ("Truoc ngay 30/6/2026
    nop bao cao") meets the same rule as the marked one. Derived, never written twice, so
    the twins never drift. Case is kept (a class such as ``[A-Z]`` stays one), and so are
    `rule`'s flags, unless `flags` replaces them (``re.ASCII``, which cannot join the
    ``re.UNICODE`` every marked pattern carries); an inline ``(?i)`` travels in the text."""
    return re.compile(unaccent(rule.pattern), rule.flags if flags is None else flags)


def unmarked(text: str) -> bool:
    """Whether no letter of `text` carries a diacritic (a copy typed or stripped without
    them: "Ban dau, ..."); an en dash or a digit is no letter."""
    return all(char.isascii() for char in text if char.isalpha())


def spelled(
    written: str, found: re.Match[str], group: str | int, spellings: frozenset[str]
) -> bool:
    """Whether the words of `group` in `found`, a match on ``fold(written)``, are written
    with their diacritics as one of `spellings` (lower case, spaces single), or as a run of
    them ("và sẽ"), or typed without any in a phrase that has none (`unmarked`): the one
    check a pattern written without diacritics needs where they decide the word ("tung"
    is "từng" or "Tùng"). An unmatched or empty group is spelled. Offsets agree: `fold`
    keeps one character for one."""
    if found.start(group) < 0:
        return True
    said = " ".join(nfc(written)[found.start(group) : found.end(group)].lower().split())
    if said in spellings or all(word in spellings for word in said.split()):
        return True
    return said.isascii() and unmarked(written)


def nfc(text: str) -> str:
    """Compose `text` (NFC): files typed on different systems compare equal."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)  # agency names repeat on every task: fold each once per run
def squash(text: str) -> str:
    """Fold and reduce every run of non-alphanumerics to one space: a lookup key."""
    out: list[str] = []
    gap = False
    for ch in fold(text):
        if ch.isalnum():
            if gap and out:
                out.append(" ")
            out.append(ch)
            gap = False
        else:
            gap = True
    return "".join(out)


def graphemes(text: str) -> list[str]:
    """`text` (NFC) in user-perceived characters: a base letter with the combining marks
    and joiners that follow it. NFC composes nearly every Vietnamese letter, but a
    file may carry sequences NFC cannot compose (a tone mark on a letter with no
    precomposed form), and cutting between the letter and its mark would mangle it."""
    return list(clusters(nfc(text)))


def clusters(text: str) -> Iterator[str]:
    """`graphemes` one at a time, of `text` as it is (not normalised), for a reader that stops
    early (`cut`) or must print the text as written (`render.hanging`)."""
    cluster = ""
    for char in text:
        if cluster and not (cluster.endswith(_JOINER) or _attaches(char)):
            yield cluster
            cluster = ""
        cluster += char
    if cluster:
        yield cluster


def _attaches(char: str) -> bool:
    """Marks (combining accents, variation selectors) belong to the character before."""
    return unicodedata.category(char).startswith("M") or char == _JOINER


def cut(text: str, width: int, measure: Callable[[str], int] = len) -> str:
    """`text` on one line, at most `width` wide as `measure` counts it (terminal cells,
    characters): whole when it fits, else cut between two graphemes with "…" — at a
    word boundary when that keeps at least two thirds of the room."""
    flat = one_line(nfc(text))  # control characters shown, never sent to a terminal
    if measure(flat) <= width:
        return flat
    room = width - measure(ELLIPSIS)
    head = _head(flat, room) if measure is len else _measured_head(flat, room, measure)
    if not flat[len(head) :].startswith(" "):  # mid-word: back to the last space if it pays
        words = head.rsplit(" ", 1)[0] if " " in head else head
        head = words if measure(words) * 3 >= room * 2 else head
    return (head.rstrip(" ,;:.-–—") + ELLIPSIS) if room > 0 else ELLIPSIS[: max(width, 0)]


def _head(text: str, room: int) -> str:
    """The longest run of whole graphemes opening `text` that is at most `room` characters:
    cut at `room`, then back over the marks and joiners a cut there would split. A feed
    cuts every title, and walking each grapheme cost export-ics a tenth of its time."""
    end = max(room, 0)
    while 0 < end < len(text) and (_attaches(text[end]) or text[end - 1] == _JOINER):
        end -= 1
    return text[:end]


def _measured_head(text: str, room: int, measure: Callable[[str], int]) -> str:
    """`_head` for a `measure` other than characters (terminal cells): grapheme by grapheme."""
    kept: list[str] = []
    used = 0
    for cluster in clusters(text):  # only as far as the room goes
        used += measure(cluster)
        if used > room:
            break
        kept.append(cluster)
    return "".join(kept)


# --- control characters -------------------------------------------------------------------

# C0 but tab and line feed, DEL, and C1: what a terminal may read as a command (ESC starts
# an escape sequence, \x9b is the one-byte CSI, BEL rings, \r rewrites the line), and what
# strict iCalendar and XML readers refuse. Tab and line feed are ordinary in block text.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Unicode's explicit bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO,
# RLO, LRI, RLI, FSI, PDI): invisible, they reorder what a terminal or an editor shows
# ("\u202e2202/6/32" reads "23/6/2022"; CVE-2021-42574, "Trojan Source"). Vietnamese
# text, written left to right, never needs one.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Characters that start a new line in some readers: a one-line field must not hold them.
LINE_BREAKS = re.compile("[\n\x0b\x0c\r\x1c-\x1e\x85\u2028\u2029]")
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20)}  # ␀…␟
# What `printable` shows instead of sending: the control characters, and the bidirectional
# controls, which a file name or an option may hold though no plan may
_NOT_SENT = re.compile(f"{CONTROL.pattern}|{BIDI.pattern}")


def control_name(char: str) -> str:
    """`U+001B` for a control character, as a message names it."""
    return f"U+{ord(char):04X}"


def printable(text: str) -> str:
    """`text` with each control character (`CONTROL`) shown instead of obeyed: C0 as its
    Unicode control picture (␛, ␇, ␀), DEL and C1 as `\\u007f`, `\\u009b` (which JSON
    reads back as the same character, where those two can stand raw); a bidirectional
    control (`BIDI`) as `\\u202e`. What every renderer writes, so no plan, file name or
    option can move a cursor, retitle a terminal or reorder a line."""
    return _NOT_SENT.sub(_picture, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return _PICTURES.get(code) or f"\\u{code:04x}"


# Characters that print nothing or look like a space, though they are not one: a name
# holding one reads like the registry's spelling it is told to take ("UBND xã Ea\u200bLy"
# shown as "UBND xã EaLy" beside "UBND xã Ea Ly"). Format characters (Unicode category Cf:
# zero-width space, soft hyphen, joiners, BOM) and the no-break spaces.
_UNSEEN_SPACES = frozenset("\u00a0\u2007\u202f")


def shown_unseen(text: str) -> str:
    """`printable(text)` with each character that prints nothing or passes for a space
    shown by its code point in angle brackets ("Ea<U+200B>Ly"), so a message quoting a
    name shows what sets it apart from the spelling it is compared with."""
    return "".join(
        f"<U+{ord(c):04X}>" if c in _UNSEEN_SPACES or unicodedata.category(c) == "Cf" else c
        for c in printable(text)
    )


def odd_spacing(text: str) -> str | None:
    """How the spaces of `text` differ from single spaces between words, in a message's
    words ("một ký tự tab", "hai dấu cách liền nhau", "dấu cách ở đầu hoặc cuối"), or None.
    A message shows every run of spaces as one (`one_line`), so a name that differs from
    the registry's spelling only there would be quoted as that very spelling."""
    if "\t" in text:
        return "một ký tự tab"
    if "  " in text:
        return "hai dấu cách liền nhau"
    if text != text.strip(" "):
        return "dấu cách ở đầu hoặc cuối"
    return None


# A terminal's escape sequence: CSI (ESC [ … final byte, e.g. the colour code ESC[31m a
# coloured terminal's copy keeps; ECMA-48 §5.4), or ESC and one byte.
_ESCAPE_SEQUENCE = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b[@-_]")


def first_control(text: str) -> tuple[int, str] | None:
    """The column (1-based) of the first control character of `text` and how a message
    names it: a terminal escape sequence whole ("mã điều khiển terminal “␛[31m” (màu chữ)"),
    else the character ("ký tự điều khiển U+0007"); None when `text` holds none."""
    sequence = _ESCAPE_SEQUENCE.search(text)
    control = CONTROL.search(text)
    if control is None:
        return None
    if sequence is not None and sequence.start() == control.start():
        colour = " (màu chữ)" if sequence.group().endswith("m") else ""
        return (
            control.start() + 1,
            f"mã điều khiển terminal “{printable(sequence.group())}”{colour}",
        )
    return control.start() + 1, f"ký tự điều khiển {control_name(control.group())}"


def one_line(text: str) -> str:
    """`printable(text)` on one line: every line break and run of spaces one space, so a
    value cannot fake a line of output."""
    return " ".join(printable(LINE_BREAKS.sub(" ", text)).split())


# Line breaks a file name may hold, each shown by a visible mark, not a space: "out\nx.ics"
# shown "out x.ics" names another file. U+2424 SYMBOL FOR NEWLINE for "\n"; the others are
# control characters `printable` already pictures (␍, ␋), or shown escaped.
_NAME_BREAKS = {"\n": "\u2424", "\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def file_name(text: str) -> str:
    """A file name for a message, on one line and unambiguous: `printable`, each line break
    shown by a mark ("out␤x.ics"), never by the space `one_line` would put (which names
    another file)."""
    return printable("".join(_NAME_BREAKS.get(c, c) for c in text))


# --- line ends ----------------------------------------------------------------------------

_LINE_END = re.compile(r"\r\n|\r|\n")
CR_ONLY = "tệp xuống dòng bằng CR (kiểu máy Mac cũ)"
MIXED = "tệp lẫn nhiều kiểu xuống dòng (CRLF, LF, CR)"


def odd_line_ends(text: str) -> tuple[int, str] | None:
    """The line (1-based) and the reason (`CR_ONLY`, `MIXED`) when `text` does not end its
    lines one way, LF or CRLF, throughout; None when it does. A lone CR (classic Mac OS)
    is a line break to YAML but not to git, diff or the edit commands, which see one line."""
    if "\r" not in text:
        return None
    if "\n" not in text:
        return 1, CR_ONLY
    ends = [m.group() for m in _LINE_END.finditer(text)]
    odd = next((i for i, end in enumerate(ends) if end != ends[0]), None)
    if odd is None and ends[0] == "\r\n":
        return None
    return (odd if odd is not None else 0) + 1, MIXED


# --- syllables ----------------------------------------------------------------------------

# A Vietnamese syllable, folded: an onset, one to three vowels, a final consonant (Đoàn
# Thiện Thuật, "Ngữ âm tiếng Việt", 1977: the onsets and the eight finals c, ch, m, n, ng,
# nh, p, t). Names of the Central Highlands and of minorities keep other sounds ("Đắk Lắk",
# "Krông Pắc", "Pưh"): a capitalised word may open with two consonants and end in k or h.
# ... "gh", "ngh" and "k" before e, ê, i (y), "c", "g", "ng" before the other vowels
_ONSET = (
    r"(?:ngh(?=[ei])|gh(?=[ei])|ng(?![ei])|nh|ch|gi|kh|ph|qu|th|tr|k(?=[eiy])|c(?![eiy])"
    r"|g(?!e)|[bdhlmnprstvx])?"
)
_NUCLEUS = (  # folded: "ươi" is uoi, "iêu" ieu, "ây" ay
    r"(?:oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|ieu|yeu"
    r"|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
)
_SYLLABLE = re.compile(rf"{_ONSET}{_NUCLEUS}(?:ch|nh|ng|[cmnpt])?")
_NAME_SYLLABLE = re.compile(
    rf"(?:[bdkp][lr]|ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?{_NUCLEUS}"
    r"(?:ch|nh|ng|[cmnptkh])?|(?:[bdkp][lr]|[bcdghklmnprstvx])?ea[kcmnpt]?"  # "Ea", "Néak"
)


def is_syllable(word: str) -> bool:
    """Whether `word` (letters, any case) spells one Vietnamese syllable: "không", "Đắk"
    (a name, capitalised) are; "khônq" (q for g, a PDF's or a keyboard's damage), "khôngg",
    "tổchức" (two syllables run together) are not. A word of plain ASCII letters may be a
    foreign word or an abbreviation: the caller decides whether to ask."""
    folded = fold(word)
    if folded.isascii() and _SYLLABLE.fullmatch(folded):
        return True
    return word[:1].isupper() and word[1:].islower() and bool(_NAME_SYLLABLE.fullmatch(folded))


def run_together(word: str) -> tuple[str, str] | None:
    """The two syllables of `word` when it is two Vietnamese syllables printed without
    their space ("hànhsau" -> ("hành", "sau"), "cáoThủ" -> ("cáo", "Thủ")), as copies of
    PDF files leave them; None when `word` is one syllable or splits in no way. Of two
    ways, the one whose second syllable starts with more consonants ("tổchức" is "tổ
    chức", not "tổc hức"): a final consonant and the next onset, as Vietnamese spells
    them, are read onset first."""
    if is_syllable(word):
        return None
    splits = [
        (word[:at], word[at:])
        for at in range(1, len(word))
        if _piece(word[:at]) and _piece(word[at:])
    ]
    return splits[0] if splits else None


def _piece(word: str) -> bool:
    # a lone vowel ("a", "ơ") is a word, but "chưaa" is "chưa" mistyped, not "chưa a"
    cased = word.islower() or (word[:1].isupper() and word[1:].islower())
    return len(word) > 1 and cased and is_syllable(word)


# Letters of Vietnamese that Windows-1258 holds as bytes of its own (ă â đ ê ô ơ ư) and the
# five tone marks it writes as combining bytes after a letter.
_CP1258_VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯ]|[A-Za-z\u00c0-\u01b0][\u0300\u0301\u0303\u0309\u0323]"
)
LEGACY_HINT = (
    "tệp có vẻ lưu theo bảng mã Windows-1258; hãy lưu lại dạng UTF-8 (Notepad: Lưu thành… "
    "→ Mã hóa UTF-8) hoặc chuyển bằng: iconv -f CP1258 -t UTF-8 TỆP_CŨ > TỆP_MỚI"
)


def legacy_vietnamese(raw: bytes) -> bool:
    """Whether `raw`, not UTF-8, reads as Vietnamese in Windows-1258, the code page Word and
    Excel on Vietnamese Windows save "plain text" and CSV in: a clerk's file, not garbage,
    and one `iconv -f CP1258` turns into UTF-8 (composed, NFC)."""
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        return False
    return _CP1258_VIETNAMESE.search(text) is not None


def megabytes(size: int, cap: int) -> str:
    """`size` bytes in MB (2**20 bytes) with one decimal and the Vietnamese decimal comma
    ("3,1"), for a file refused over `cap` bytes: a size over the cap is never shown as the
    cap or less ("20,0 MB; tối đa 20 MB" for 20 MB and a byte), so it is rounded up then."""
    shown = round(size / 2**20, 1)
    if size > cap and shown <= cap / 2**20:
        shown = math.ceil(size / 2**20 * 10) / 10
    return f"{shown:.1f}".replace(".", ",")

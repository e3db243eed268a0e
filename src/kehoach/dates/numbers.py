"""Vietnamese numbers written in words: "hai mươi lăm" -> 25, "mười hai" -> 12.

Plans spell numbers out in a parenthesis that repeats a day ("ngày 05 (năm) tháng 6"), in
an ordinal day ("ngày thứ hai mươi"), in a count of months or rounds ("Ba tháng cuối năm",
"chia làm hai đợt") and in a processing-time cell ("một ngày"). One reader for all of them.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

from kehoach.base.text import fold, nfc

# folded: "mốt" (21, 31 …) is "mot", "tư" (four) "tu", "lăm" (five after ten) "lam"
_UNITS = {
    "khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5,
    "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
# The same words as printed, with their diacritics: folded, "sau" (after) and "tu" (từ)
# pass for six and four, so a cell read from its printed words needs these
_PRINTED = frozenset(
    {"không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám"}
    | {"chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ"}
)
_DIGIT_WORDS = frozenset({"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"})
# The words of a count up to tens as printed, for a pattern: "ba", "mười lăm", "hai mươi"
_TENS_AND_DIGITS = (
    "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười",
    "mươi",
)  # fmt: skip
DIGIT_WORD = f"(?:{'|'.join(_TENS_AND_DIGITS)})"
# ... and of any count in words, with its hundreds and zeros: "một trăm linh năm"
NUMBER_WORD = f"(?:{'|'.join(('không', *_TENS_AND_DIGITS, 'trăm', 'linh', 'lẻ'))})"


def spelled_number(words: str) -> int | None:
    """A Vietnamese number in words, folded: "hai muoi lam" -> 25; None if not one. Two
    digits' words in a row are no number but a guess of two ("ba bốn tháng", three or four
    months; "hai ba ngày"), which the last word used to win: "Ba bốn tháng cuối năm 2027"
    was read as the last four months."""
    total = hundreds = tens = units = 0
    seen = after_unit = False
    for word in words.split():
        if word in _UNITS and after_unit:
            return None
        after_unit = word in _UNITS
        if word in _UNITS:
            units = _UNITS[word]
        elif word == "muoi":
            tens, units = units or 1, 0
        elif word == "tram":
            hundreds, units = units, 0
        elif word in ("nghin", "ngan"):
            total += (hundreds * 100 + tens * 10 + units) * 1000
            hundreds = tens = units = 0
        elif word not in ("linh", "le"):
            return None
        seen = True
    return total + hundreds * 100 + tens * 10 + units if seen else None


def printed_number(said: str) -> int | None:
    """A number in words as printed, each word with its diacritics ("một", "Mười lăm");
    None when a word lacks them ("sau" is "after", "tu" is "từ") or is no number word."""
    words = nfc(said).lower().split()
    if not words or any(word not in _PRINTED for word in words):
        return None
    # "mươi" (tens) follows its digit ("hai mươi"); alone, "mươi ngày" is "about ten days"
    if any(
        word == "mươi" and (i == 0 or words[i - 1] not in _DIGIT_WORDS)
        for i, word in enumerate(words)
    ):
        return None
    return spelled_number(fold(" ".join(words)))


def count_number(text: str) -> int:
    """A count in digits or in folded words ("10", "muoi", "muoi hai"), as the grammar's
    `COUNT` matches it; ValueError if it is neither."""
    words = " ".join(text.split())
    if words.isdigit():
        return int(words)
    number = spelled_number(words)
    if number is None:
        raise ValueError(f"not a count: {text!r}")
    return number

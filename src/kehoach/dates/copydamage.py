"""A copy that lost its letters with diacritics: words in capitals that are no word.

A PDF whose font maps Vietnamese letters to no character loses every letter with a
diacritic on copying: "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025" comes out as "NH GI KT QU THC
HIN NM 2025", "SỚM NHẤT NGÀY 10/4/2027" (a start, at the earliest) as "SM NHT NGY
10/4/2027" (the corpus's b-lam-dong shows the damage in a signing line: "Lm H, ngy 22 thng
11 nm 2021"). The grammar repairs the few words of time that are sure ("NM" is "năm",
`grammar.DAMAGED`); in lower case a word with no vowel is refused as damaged (`label`). In
capitals a word with no vowel is also how abbreviations are written ("UBND", "THCS",
"MTTQ"), so it is refused only where the copy shows its damage: beside a word of time the
grammar had to repair.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import is_syllable
from kehoach.dates.grammar import DAMAGED, Contradicted, Source
from kehoach.dates.label import SPLIT_TIME_WORDS

# the repairs that put back letters a copy lost ("nm" -> "nam", "trc" -> "truoc"); not the
# old spellings ("qui" -> "quy", "ki" -> "ky") nor words run together ("giaidoan")
_LOST_LETTERS = frozenset(
    word for word, repair in DAMAGED.items() if len(repair.replace(" ", "")) > len(word)
)
_WORD = re.compile(r"\b[^\W\d_]+\b")  # a word alone: "Nm3" (a unit) is none


def _lost(word: str) -> str:
    """`word` as such a copy prints it: its letters with a diacritic gone."""
    return "".join(c for c in word if c.isascii())


# what the words of time become in such a copy, when it is no word the grammar repairs and
# not the word itself: "đầu" -> "u" ("u thng 1-2017": the start of January, read as all of
# it), "giữa" -> "gia", "từ" -> "t", "đến" -> "n", "sớm" -> "sm"; but "hoãn" -> "hon", which
# is far more often "hoàn" ("HON THNH TRC NGY": "HOÀN THÀNH TRƯỚC NGÀY")
_LOST_TIME_WORDS = (
    frozenset(_lost(word) for word in SPLIT_TIME_WORDS if _lost(word) not in {word, "", "hon"})
    - _LOST_LETTERS
)


# What the words telling a text's life become in such a copy: "VĂN BẢN CÓ HIỆU LỰC" ->
# "VN BN C HIU LC" ("27/03/2009 VN BN C HIU LC 03/2009/TT-BCT", a legal portal's history of
# Thông tư 03/2009/TT-BCT copied so: the day it takes effect, read as a day due), "ĐƯỢC BAN
# HÀNH" -> "DC BAN HNH", "BỊ THAY THẾ" -> "B THAY TH", "HẾT HIỆU LỰC" -> "HT HIU LC". Whole
# word runs, in any case: none is a word or an abbreviation (no phrase of a- … ze- holds one),
# and the words whole are read by `header.in_force_step` and `citations.refuse_text_event_after`
_LOST_TEXT_EVENT = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        " ".join(_lost(word) for word in words.split())
        for words in ("hiệu lực", "ban hành", "thay thế", "sửa đổi", "bãi bỏ", "văn bản")
    )
    + r")(?![^\W\d_])"
)


def refuse_damaged_text_event(source: Source) -> None:
    """Refuse a phrase holding what a text's taking effect, issuing, replacing, amending or
    repeal becomes when a copy loses its letters with diacritics (`_LOST_TEXT_EVENT`): the
    day beside it is the text's, not a deadline, and the words around it cannot be trusted
    ("27/03/2009 VN BN C HIU LC 03/2009/TT-BCT", read as due 27/03/2009)."""
    said = " ".join(_WORD.findall(source.text)).lower()
    if found := _LOST_TEXT_EVENT.search(said):
        raise Contradicted(
            f"chữ “{found[0]}” bị hỏng: văn bản mất các chữ có dấu khi chép (có thể là “hiệu "
            "lực”, “ban hành”, “thay thế”…: ngày bên cạnh là của một văn bản, không phải thời "
            "hạn); không đoán, hãy ghi last_day (và first_day) theo văn bản gốc"
        )


def refuse_damaged_capitals(source: Source) -> None:
    """Refuse a phrase whose copy lost its letters with diacritics: a word of time repaired
    (`grammar.DAMAGED`: "NM", "Ngy", "TRC") beside a word that is not in lower case and
    spells no Vietnamese syllable ("NH GI KT QU THC HIN NM 2025": a heading's "ĐÁNH GIÁ KẾT
    QUẢ", read as the year 2025; "SM NHT NGY 10/4/2027": "SỚM NHẤT", a start, read as a
    deadline), or beside what a word of time becomes ("vo u thng 1-2017": "vào đầu tháng",
    read as all of January). Such a word may have been a word of time; an abbreviation
    beside a damaged word cannot be told from a damaged word, so it is refused too."""
    words = _WORD.findall(source.text)
    repaired = [w for w in words if len(w) > 1 and w.lower() in _LOST_LETTERS]
    if not repaired:
        return
    damaged = [w for w in words if w.lower() in _LOST_TIME_WORDS or _unknown_capitals(w)]
    if damaged:
        shown = ", ".join(f"“{w}”" for w in dict.fromkeys(damaged[:4]))
        raise Contradicted(
            f"chữ {shown} bị hỏng: văn bản mất các chữ có dấu khi chép (như “{repaired[0]}”), "
            "có thể là một từ chỉ thời gian (“sớm nhất”, “sau”, “không”…); không đoán, hãy "
            "ghi last_day (và first_day) theo văn bản gốc"
        )


def _unknown_capitals(word: str) -> bool:
    """A word not in lower case that spells no Vietnamese syllable ("NH", "KT", "Thc")."""
    return word.lower() not in _LOST_LETTERS and not word.islower() and not is_syllable(word)


# What "giữa", "đầu", "từ" and "đến" become when a copy loses only the letters outside
# Latin-1 and Latin Extended-A ("ữ", "ầ", "ừ", "ế" gone; "á" of "tháng", "đ" kept), right
# before the period or the day they qualify: "Ngày hội việc làm thứ 2 sẽ diễn ra vào gia tháng
# 4" (zh-netlife-nghe-an-ngay-hoi-viec-lam-2026 so copied) read as all of April, ten days past
# the middle's end; "T ngày 5-1, Tổng điều tra kinh tế diễn ra …" (zg-nld-ve-buc-tranh-kinh-
# te-tong-dieu-tra-2026) as due on 5/1, the day it starts; both before harden17. No other
# word stands there: "tham gia", "quốc gia" before a month are words of their own.
_LOST_BEFORE_TIME = re.compile(
    r"(?<![a-z])(?<!tham )(?<!quoc )(?P<word>gia|u)\s+(?:thang|quy|nam|tuan)\s+(?:\d|[ivx]+\b)"
    r"|(?<![a-z\d])(?P<from>t|dn)\s+ngay\s+\d",
    re.ASCII,
)


def refuse_lost_before_time(source: Source) -> None:
    """Refuse a phrase holding what "giữa", "đầu", "từ" or "đến" becomes in a copy that lost
    some letters with diacritics, before a period or a day (`_LOST_BEFORE_TIME`): a part of
    the period, or a start or an end, is lost, and the day read would be another."""
    if found := _LOST_BEFORE_TIME.search(source.prepared):
        group = "word" if found["word"] else "from"
        said = source.original(*found.span(group))
        raise Contradicted(
            f"chữ “{said}” trước “{source.original(found.end(group), found.end()).strip()}” "
            "bị hỏng: văn bản mất chữ có dấu khi chép (có thể là “giữa”, “đầu”, “từ”, “đến”); "
            "không đoán, hãy ghi last_day (và first_day) theo văn bản gốc"
        )


# "ngày 0", "ngày 00" with no month after it: a day no calendar has, a digit lost in the copy
# ("ngày 20"): "Hằng quý, chậm nhất ngày 0 của tháng cuối quý" was a rule with BYMONTHDAY=0,
# which RFC 5545 forbids and which fell due every day asked (fresh39b)
_DAY_ZERO = re.compile(r"(?<![a-z])ngay\s+0+(?![\d/.,-])", re.ASCII)


def refuse_day_zero(source: Source) -> None:
    """Refuse a day numbered 0 (`_DAY_ZERO`): a digit was lost, and any day read would be
    another than the document's."""
    if found := _DAY_ZERO.search(source.prepared):
        said = source.original(*found.span())
        raise Contradicted(
            f"“{said}”: không có ngày 0 (văn bản mất chữ số khi chép?); không đoán, hãy ghi "
            "last_day theo văn bản gốc"
        )


# a date whose digit a copy printed as a letter: "l5/12" (15/12: "l" for "1"), "1O/10" ("O"
# for "0"), "30/6/2O27": read without the letter it is another day, and the letter is no
# hour or word (a fresh user of session 39 saw "l5/12" refused as "không nhận ra thời hạn")
_LETTER_FOR_DIGIT = re.compile(
    r"(?<![^\W_])(?=[\dlo/.-]*\d)(?=[\d/.-]*[lo])"
    r"[\dlo]{1,2}[/.-][\dlo]{1,2}(?:[/.-][\dlo]{4})?(?![^\W_])",
    re.ASCII,
)


def refuse_letter_for_digit(source: Source) -> None:
    """Refuse a date with a letter "l" or "o" among its digits (`_LETTER_FOR_DIGIT`), naming
    it: the digit it stands for is a guess a clerk makes from the source."""
    if found := _LETTER_FOR_DIGIT.search(source.prepared):
        said = source.original(*found.span())
        raise Contradicted(
            f"“{said}” có chữ cái lẫn trong chữ số (chữ “l” thay số 1, “O” thay số 0 khi chép?); "
            "không đoán, hãy ghi last_day theo văn bản gốc"
        )


# "Từ ngày 01 tháng 4 năm 2022 đến ngày hết ngày 31 tháng 8 năm 2022" (Sở VHTTDL Bắc Kạn,
# 2022: zm-sovhttdl-bac-kan-doi-thoi-gian-cuoc-thi-qua-tang-du-lich-2022): "ngày" typed twice
# around "hết", which can only be "đến hết ngày"; the first is blanked
# ... and "đến" typed twice before the end's day: "nghỉ Tết Âm lịch từ ngày 06/02/2016 đến đến
# hết ngày 14/02/2016" (UBND tỉnh Điện Biên, 2016: zp-soytedienbien-ubnd-tinh-nghi-tet-am-
# lich-2016), blanked when both are printed alike ("đèn đến" is a lamp)
_DAY_WORD_DOUBLED = re.compile(
    r"\b(?:den|toi)\s+(?P<twice>ngay)\s+het\s+ngay\b"
    r"|\b(?P<again>den)\s+den\s+(?=(?:het\s+)?ngay\s+\d)",
    re.ASCII,
)


def day_word_doubled(source: Source) -> Source:
    """`source` with the first "ngày" of "đến ngày hết ngày", or the first "đến" of "đến đến
    hết ngày D", blanked (`_DAY_WORD_DOUBLED`)."""
    for found in reversed(list(_DAY_WORD_DOUBLED.finditer(source.prepared))):
        group = "twice" if found["twice"] else "again"
        if group == "again" and not _said_alike(source, found):
            continue
        source = source.blank(*found.span(group))
    return source


def _said_alike(source: Source, found: re.Match[str]) -> bool:
    """Whether the two words of a doubled "đến" (`found`) are printed alike."""
    first, second = source.original(*found.span()).lower().split()[:2]
    return first == second

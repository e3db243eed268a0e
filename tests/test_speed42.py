"""The fast paths of session 42 give what the slow ones gave, character for character.

Cold `validate` at 5,000 tasks had grown to 13.6 times a bare libyaml parse; folding a
phrase (a join per character), preparing it (`Source.of`, a generator per character) and
cutting feed titles (a walk per grapheme) were sped up. A fold or a cut that differs by
one character moves every offset the grammar reads a day at, so each is checked against
its definition on any text, Vietnamese marks, joiners and hostile lengths included."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.base.text import _head, _measured_head, cut, fold, unaccent
from kehoach.dates.grammar import Source, _source_of
from kehoach.dates.lunar import _OCCASION_DAYS, occasion_named

# Vietnamese letters, their combining marks, a joiner, đ and the eth, digits, spaces and
# punctuation, and any other character now and then
_ALPHABET = (
    st.sampled_from(
        [
            *"aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐðÐ0123456789 /.-,;:()",
            *("\u0301", "\u0300", "\u0303", "\u0309", "\u0323", "\u200d", "\u200b", "…", "–"),
        ]
    )
    | st.characters()
)
_TEXT = st.text(_ALPHABET, max_size=80)


def _fold_by_character(text: str) -> str:
    """`fold` as the README's rule states it: each character of the NFC text without its
    marks (đ, Ð and ð as d), lower-cased."""
    special = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        base = special.get(char) or unicodedata.normalize("NFD", char)[:1] or char
        out.append(base)
    return "".join(out).lower()


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_fold_is_each_character_without_its_marks(text: str) -> None:
    assert fold(text) == _fold_by_character(text)
    assert fold(text) == fold(text)  # the kept fold is the fold


def test_fold_of_a_long_text_is_not_kept_but_the_same() -> None:
    text = "Hoàn thành trước ngày 30/6/2027 " * 200  # 6,400 characters: a hostile cell
    assert fold(text) == _fold_by_character(text)
    assert unaccent("Sở KH&ÐT, Mục III.1.b") == "So KH&DT, Muc III.1.b"


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_kept_source_is_the_source_made_afresh(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    kept = Source.of(nfc, fold(nfc))
    assert kept == _source_of.__wrapped__(nfc, fold(nfc))
    assert len(kept.origin) == len(kept.prepared) + 1


def test_night_before_a_day_and_strive_are_prepared_as_before() -> None:
    night = Source.of("Đêm 31/12/2024", fold("Đêm 31/12/2024"))
    assert night.prepared.startswith("toi 31/12/2024")
    strive = Source.of("phấn đấu năm 2019", fold("phấn đấu năm 2019"))
    assert "daux nam 2019" in strive.prepared  # never "đầu năm 2019"


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(min_value=-2, max_value=90))
def test_cut_by_characters_keeps_whole_graphemes_as_the_walk_did(text: str, room: int) -> None:
    flat = unicodedata.normalize("NFC", text)
    assert _head(flat, room) == _measured_head(flat, max(room, 0), len)


def test_a_title_is_cut_between_graphemes() -> None:
    title = "Tổng hợp báo cáo kết quả thực hiện Nghị quyết 26-NQ/TW của Tỉnh ủy năm 2027"
    shown = cut(title, 30)
    assert shown == "Tổng hợp báo cáo kết quả thực…"
    marked = "q\u0301" * 20  # a mark NFC cannot compose with its letter: never cut from it
    assert cut(marked, 8) == "q\u0301" * 3 + "…"


def test_each_lunar_occasion_is_still_named() -> None:
    for names, _, _ in _OCCASION_DAYS:
        for name in names:
            assert occasion_named(f"le {name} nam 2027")
    assert not occasion_named("duong hung vuong")  # a street named after the kings
    assert not occasion_named("truoc ngay 30/6/2027")

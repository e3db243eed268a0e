"""Session 52, helper fame52 (issue 11, family E): a phrase closed by "as every year" whose
time part another rule reads (`yearlynote`), and its neighbours, refused or read as before."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

AUG_2025 = ctx("2025-08-12")
# tests/corpus/zl-vtcnews-lich-tuu-truong-khai-giang-2025-2026.yaml
TERMS = "Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026"


def _dates(phrase: str) -> list[tuple[DeadlineKind, date | None, date | None]]:
    return [(one.kind, one.first, one.last) for one in parse_deadlines(phrase, AUG_2025)]


@pytest.mark.parametrize(
    "note",
    [
        "tương tự các năm trước",
        "tương tự các năm trước đây",
        "như mọi năm",
        "như các năm",
    ],
)
def test_the_two_terms_read_with_their_yearly_note(note: str) -> None:
    phrase = f"{TERMS}, {note}"
    readings = parse_deadlines(phrase, AUG_2025)
    assert _dates(phrase) == [
        (DeadlineKind.DATE, date(2026, 1, 18), date(2026, 1, 18)),
        (DeadlineKind.DATE, date(2026, 5, 31), date(2026, 5, 31)),
    ]
    # the note is kept (on the last step at least), each step named, the phrase whole
    assert readings[-1].gloss == note
    assert [one.label for one in readings] == ["Năm học mới, học kỳ I", "kỳ II"]
    assert all(one.phrase == phrase for one in readings)


def test_the_note_reads_the_same_days_as_without_it() -> None:
    assert _dates(f"{TERMS}, tương tự các năm trước") == _dates(TERMS)
    # ... and glosses each of them
    readings = parse_deadlines(f"{TERMS}, tương tự các năm trước", AUG_2025)
    assert [one.gloss for one in readings] == ["tương tự các năm trước"] * 2


def test_a_note_without_diacritics_reads_as_the_terms_do() -> None:
    plain = "Nam hoc moi, hoc ky I se ket thuc truoc ngay 18/1/2026, ky II truoc 31/5/2026"
    assert _dates(f"{plain}, tuong tu cac nam truoc") == _dates(plain)


@pytest.mark.parametrize(
    "phrase",
    [
        # "năm trước" alone is the year before, a time of its own
        f"{TERMS}, năm trước",
        # another year named, not the years before
        f"{TERMS}, tương tự năm 2024",
        # the note denied
        f"{TERMS}, không tương tự các năm trước",
        # a second clause after the note moves the day
        f"{TERMS}, tương tự các năm trước, lùi 1 tuần",
        # a condition before the note
        "Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026 nếu "
        "không có thay đổi, tương tự các năm trước",
        # a negation, and a term told done
        "Năm học mới, học kỳ I không kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, "
        "tương tự các năm trước",
        "Năm học mới, học kỳ I đã kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, "
        "tương tự các năm trước",
        # days with no year and no rule choosing theirs: the note supplies none
        "Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1, kỳ II trước 31/5, tương tự các "
        "năm trước",
    ],
)
def test_the_note_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, AUG_2025)


def test_a_note_alone_names_no_day() -> None:
    refused("Năm học mới, tương tự các năm trước", AUG_2025)

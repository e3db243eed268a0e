"""Session 63, helper g63: the merge's split of "Bắt đầu từ D1, <step> ngày D2" narrowed.

The merge (e63, e63b: `combine._a_step_on_its_day`) read a bare "bắt đầu từ" then a step done
on its day as two milestones, the start and the step. Its tester found it split as well:
1. a close said in other words: "Bắt đầu từ ngày 1/7, tận ngày 20/7", "… khép sổ ngày 20/7",
   "… đóng đợt tuyển sinh ngày 20/7", "… tắt cổng", "… khóa cổng", "… chốt danh sách": the end
   of the work begun, one window as main read it (`combine._CLOSES`);
2. a step told as a guess or provisional: "… có thể công bố kết quả ngày 20/7", "… tạm thời
   công bố …": no firm milestone; main's window stood (`combine._HEDGED_STEP`), refused since
   session 64 (e64's brief);
3. three parts: "…, công bố kết quả ngày 20/7, kéo dài đến ngày 30/7" (main refused it; the
   merge read three milestones): a bare start splits only from the phrase's one last part.
"Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7" stays two milestones. The form came from
the start said "bắt đầu từ" in the school-year plans (tests/corpus/g-anhp-hai-phong*.yaml:
"Học kỳ 2 bắt đầu từ 8-1-2018, và sẽ kết thúc vào 25-5-2018").
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

START = "Bắt đầu từ ngày 1/7"
ISSUED = ctx("2026-03-01")
WINDOW = (DeadlineKind.WINDOW, date(2026, 7, 1), date(2026, 7, 20))


def _window(phrase: str) -> tuple[DeadlineKind, date | None, date | None]:
    reading = one(phrase, ISSUED)
    return reading.kind, reading.first, reading.last


# --- 1. a close in other words: one window, as main read it --------------------------------

CLOSED = [
    f"{START}, tận ngày 20/7",
    f"{START} và tận ngày 20/7",
    f"{START}, thu nhận hồ sơ tận ngày 20/7",
    f"{START}, khép sổ ngày 20/7",
    f"{START}, khép sổ vào ngày 20/7",
    f"{START}, đóng đợt ngày 20/7",
    f"{START}, đóng đợt tuyển sinh ngày 20/7",
    f"{START}, tắt cổng ngày 20/7",
    f"{START}, khóa cổng ngày 20/7",
    f"{START}, đóng ngày 20/7",
    f"{START}, chốt danh sách ngày 20/7",
    # neighbours: the same closes spelt or placed otherwise
    f"{START}, khoá cổng ngày 20/7",
    f"{START}, khóa sổ ngày 20/7",
    f"{START}, chốt sổ ngày 20/7",
    f"{START}, đóng cổng ngày 20/7",
    f"{START}, tận hết ngày 20/7",
    f"{START}, tắt ngày 20/7",
    f"{START} và chốt danh sách vào ngày 20/7",
    f"{START} và đóng đợt tuyển sinh là ngày 20/7",
    "Bắt đầu từ 1/7, khép sổ ngày 20/7/2026",
]


@pytest.mark.parametrize("phrase", CLOSED)
def test_a_close_in_other_words_is_the_end_of_the_work_begun(phrase: str) -> None:
    assert _window(phrase) == WINDOW


# --- 2. a step hedged or provisional: no milestone of its own ------------------------------
# Session 64's brief (e64) moved these pins: main's window (01/07 – 20/07 labelled "tạm công
# bố kết quả") is no window of publishing from the 1st, the wrong reading session 63 split
# "công bố kết quả ngày 20/7" from; a hedged step is refused instead (test_e64). "trung tâm"
# (the centre) was kept in the window only because it folds to "tam": it is a firm step of its
# own, two milestones as "công bố kết quả ngày 20/7" is.

HEDGED_WINDOW = [
    f"{START}, có thể công bố kết quả ngày 20/7",
    f"{START}, cán bộ có thể nộp hồ sơ ngày 20/7",
    f"{START}, tạm thời công bố kết quả ngày 20/7",
    f"{START}, tạm công bố kết quả ngày 20/7",
    f"{START} và có thể nghiệm thu ngày 20/7",
]


@pytest.mark.parametrize("phrase", HEDGED_WINDOW)
def test_a_hedged_step_is_not_split(phrase: str) -> None:
    refused(phrase, ISSUED)


def test_a_step_of_a_centre_is_a_milestone_of_its_own() -> None:
    start, step = parse_deadlines(f"{START}, trung tâm công bố kết quả ngày 20/7", ISSUED)
    assert (start.earliest, start.last) == (date(2026, 7, 1), None)
    assert (step.kind, step.last) == (DeadlineKind.DATE, date(2026, 7, 20))


HEDGED_REFUSED = [
    f"{START}, có lẽ công bố kết quả ngày 20/7",
    f"{START}, hy vọng công bố kết quả ngày 20/7",
    f"{START}, có thể sẽ công bố kết quả ngày 20/7",
    f"{START}, dự kiến công bố kết quả ngày 20/7",
]


@pytest.mark.parametrize("phrase", HEDGED_REFUSED)
def test_a_guessed_step_stays_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


# --- 3. three parts: no split, refused as on main ------------------------------------------

THREE_PARTS = [
    f"{START}, công bố kết quả ngày 20/7, kéo dài đến ngày 30/7",
    f"{START}, công bố kết quả ngày 20/7, tổng kết ngày 30/7",
    f"{START}, công bố kết quả ngày 20/7 và tổng kết ngày 30/7",
    f"{START}, công bố kết quả ngày 20/7, hoàn thành trước ngày 30/7",
    f"{START}, công bố kết quả ngày 20/7; kết thúc ngày 30/7",
]


@pytest.mark.parametrize("phrase", THREE_PARTS)
def test_a_start_before_two_more_parts_is_not_split(phrase: str) -> None:
    refused(phrase, ISSUED)


def test_a_close_then_a_step_reads_as_main() -> None:
    window, step = parse_deadlines(
        f"{START}, nhận hồ sơ đến ngày 10/7, công bố kết quả ngày 20/7", ISSUED
    )
    assert (window.kind, window.first, window.last) == (
        DeadlineKind.WINDOW,
        date(2026, 7, 1),
        date(2026, 7, 10),
    )
    assert (step.kind, step.last) == (DeadlineKind.DATE, date(2026, 7, 20))


# --- kept: a step of its own done on its day, two milestones -------------------------------

TWO_STEPS = [
    f"{START} và công bố kết quả ngày 20/7",
    f"{START}, công bố kết quả ngày 20/7",
    f"{START}, công bố kết quả vào ngày 20/7",
    f"{START}, nghiệm thu ngày 20/7",
]


@pytest.mark.parametrize("phrase", TWO_STEPS)
def test_a_firm_step_on_its_day_is_still_a_milestone(phrase: str) -> None:
    start, step = parse_deadlines(phrase, ISSUED)
    assert (start.label, start.earliest, start.last) == ("Bắt đầu", date(2026, 7, 1), None)
    assert (step.kind, step.last) == (DeadlineKind.DATE, date(2026, 7, 20))

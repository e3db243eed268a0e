"""The bare twin (`kehoach.base.text.bare_twin`), helper a64's refactor: the rule a phrase
typed without diacritics meets is the marked rule with its marks taken off, derived in one
place. Twenty-seven sites compiled a twin by hand (``re.compile(unaccent(rule.pattern))``),
some keeping the rule's flags, some not; twenty-five now come from the helper and must match
what the marked rule matches, its flags kept unless a site replaces them on purpose (the two
that cut a word from the twin's text, `calledoff._WAIVED_STEP_BARE` and onlythen's
`step_before`, stay folded by hand).

Source phrase: "Tờ khai tháng: chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh
nghĩa vụ thuế" (tests/corpus/c-misa-luat-quan-ly-thue-2019-dieu-44.yaml), met by
`cadence._TAX` as printed and by its twin typed bare; the other pairs are the twins' own
examples (their modules' comments), each read or refused the same typed either way.
"""

from __future__ import annotations

import re

import pytest

from deadline_forms import ctx, one, refused
from kehoach.base.text import bare_twin, fold, unaccent
from kehoach.dates import (
    cadence,
    calledoff,
    engine,
    hedged,
    holderleave,
    movedoff,
    onlythen,
    refusals,
)

_TAX_FORM = (
    "Tờ khai tháng: chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế"
)


def test_twin_meets_the_phrase_typed_bare() -> None:
    rule = re.compile(r"(?i)(?<!\w)(?:chậm|muộn)\s+nhất(?!\w)")
    twin = bare_twin(rule)
    assert rule.search("Nộp chậm nhất ngày 30/6/2026")
    assert twin.search("Nop cham nhat ngay 30/6/2026")
    assert twin.search(fold("Nộp CHẬM NHẤT ngày 30/6/2026"))  # the fold, lower-cased
    assert not twin.search("Nop som nhat ngay 30/6/2026")
    assert not rule.search("Nop cham nhat ngay 30/6/2026")  # the marked rule stays marked


def test_twin_of_the_tax_rule_meets_the_corpus_phrase_both_ways() -> None:
    assert cadence._TAX.search(_TAX_FORM)
    assert cadence._TAX_BARE.search(unaccent(_TAX_FORM))
    assert cadence._TAX_BARE.search(fold(_TAX_FORM))


def test_flags_passed_to_the_rule_are_kept() -> None:
    rule = re.compile(r"hạn\s+chót", re.IGNORECASE)
    twin = bare_twin(rule)
    assert twin.flags == rule.flags
    assert twin.search("HAN CHOT 30/6/2026")


def test_a_rule_that_minds_case_keeps_minding_it() -> None:
    rule = re.compile(r"(?<!\w)Bộ(?!\w)")  # the ministry, capitalised
    twin = bare_twin(rule)
    assert twin.search("De nghi Bo cho phep")
    assert not twin.search("bo sung ho so")
    assert bare_twin(rule, flags=re.IGNORECASE).search("de nghi bo cho phep")


def test_classes_keep_their_case() -> None:
    twin = bare_twin(re.compile(r"[A-ZĐ]+-UBND"))
    assert twin.pattern == "[A-ZD]+-UBND"
    assert twin.search("So 12/KH-UBND")


def test_flags_replaced_by_ascii() -> None:
    rule = re.compile(r"(?i)hợp\s+đồng(?!\w)")
    twin = bare_twin(rule, flags=re.ASCII)
    assert twin.flags & re.ASCII and not twin.flags & re.UNICODE
    assert twin.flags & re.IGNORECASE  # the inline (?i) travels in the text
    assert twin.search("hop dongß")  # a letter ASCII does not know ends the word
    assert not bare_twin(rule).search("hop dongß")


# Every twin the dates modules derive: the marked rule's text with its marks taken off, and
# its flags, but where a site replaces them (`_ASKED_UP_BARE`, `holderleave._STEP_BARE`)
_KEPT = [
    (cadence._TAX, cadence._TAX_BARE),
    (movedoff._NEW_TIME, movedoff._NEW_TIME_BARE),
    (calledoff._WITHDRAWN_AFTER, calledoff._WITHDRAWN_AFTER_BARE),
    (calledoff._MAY_MOVE, calledoff._MAY_MOVE_FOLDED),
    (calledoff._ASKED_MOVE_SHORT, calledoff._ASKED_MOVE_SHORT_BARE),
    (calledoff._ASKING_ONLY, calledoff._ASKING_ONLY_BARE),
    (calledoff._PAPER_BEFORE, calledoff._PAPER_BEFORE_BARE),
    (calledoff._ASKED_MOVE, calledoff._ASKED_MOVE_FOLDED),
    (calledoff._ASK_NAMED, calledoff._ASK_NAMED_BARE),
    (calledoff._ASKING_WORD, calledoff._ASKING_WORD_BARE),
    (calledoff._STRUCK_LAST, calledoff._STRUCK_LAST_BARE),
    (calledoff._MARKED_STRUCK, calledoff._MARKED_STRUCK_BARE),
    (hedged._EVENT_MAY, hedged._EVENT_MAY_BARE),
    (hedged._NOTE, hedged._NOTE_BARE),
    (hedged._NOTE_OLD, hedged._NOTE_OLD_BARE),
    (engine._NOTE_CALLED_OFF, engine._NOTE_CALLED_OFF_BARE),
    (engine._ONLY_THEN, engine._ONLY_THEN_BARE[0]),
    (engine._ONLY_THEN_STRESSED, engine._ONLY_THEN_BARE[1]),
    (refusals._NOT_DONE_ON_DAY, refusals._NOT_DONE_ON_DAY_BARE),
    (refusals._ISSUED_BEFORE_DAY, refusals._ISSUED_BEFORE_DAY_BARE),
    (refusals._FILED_TOLD, refusals._FILED_TOLD_BARE),
    (refusals._DONE_OVER_SPAN_CLOSING, refusals._DONE_OVER_SPAN_CLOSING_BARE),
    (refusals._TIME_OVER_ON_DAY, refusals._TIME_OVER_ON_DAY_BARE),
    *(
        (marked, bare)
        for name, marked, bare in zip(
            onlythen._Rules._fields, onlythen._MARKED, onlythen._BARE, strict=True
        )
        if name != "step_before"  # "dat" cut from its twin (`onlythen._BARE`)
    ),
]


@pytest.mark.parametrize(("rule", "twin"), _KEPT, ids=lambda rule: rule.pattern[:30])
def test_twins_never_drift(rule: re.Pattern[str], twin: re.Pattern[str]) -> None:
    assert (twin.pattern, twin.flags) == (unaccent(rule.pattern), rule.flags)


def test_twins_whose_flags_a_site_replaces() -> None:
    up = calledoff._ASKED_UP_BARE  # met on the lower-cased fold
    assert not calledoff._ASKED_UP.flags & re.IGNORECASE
    assert up.flags & re.IGNORECASE and up.pattern == unaccent(calledoff._ASKED_UP.pattern)
    step = holderleave._STEP_BARE
    assert step.flags & re.ASCII and step.pattern == unaccent(holderleave._STEP.pattern)


# The same phrase typed with and without diacritics: read or refused alike
_READ_BOTH_WAYS = [
    ("Nộp báo cáo trước ngày 30/6/2026", "2026-06-30"),
    ("Đề nghị hoàn thành đến ngày 30/6/2026", "2026-06-30"),  # finishing, no move
    (
        "Đề nghị UBND các xã kéo dài thời gian niêm yết công khai đến ngày 30/6/2026",
        "2026-06-30",
    ),  # an order to those below
]
_REFUSED_BOTH_WAYS = [
    "Giấy mời họp ngày 15/7/2026 (thu hồi)",
    "Lịch họp ngày 15/4/2026 (xóa)",
    "Đến 30/6/2026 mới nộp",
    "Tổ chức hội nghị ngày 15/4/2026 (thời gian có thể thay đổi)",
    "Chưa tiếp nhận ngày 17/05/2023",
    "Đã ban hành Kế hoạch số 12/KH-UBND trước ngày 10/3/2026",
    "Hội nghị có thể hoãn sang ngày 20/3/2026",
    "Đề nghị kéo dài đến ngày 30/6/2026",
    "Đề nghị Bộ xem xét, cho phép kéo dài đến 30/6/2026",
]


@pytest.mark.parametrize(("phrase", "day"), _READ_BOTH_WAYS)
def test_read_the_same_typed_either_way(phrase: str, day: str) -> None:
    for typed in (phrase, unaccent(phrase)):
        assert one(typed, ctx("2026-01-05")).last.isoformat() == day  # type: ignore[union-attr]


@pytest.mark.parametrize("phrase", _REFUSED_BOTH_WAYS)
def test_refused_typed_either_way(phrase: str) -> None:
    for typed in (phrase, unaccent(phrase), unaccent(phrase).lower()):
        assert refused(typed, ctx("2026-01-05"))


def test_the_tax_form_reads_monthly_typed_either_way() -> None:
    for typed in (_TAX_FORM, unaccent(_TAX_FORM)):
        assert one(typed, ctx("2026-01-05")).rrule == "FREQ=MONTHLY;BYMONTHDAY=20"

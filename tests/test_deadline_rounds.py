"""Session 35 (fix-b): rounds listed by number must be 1, 2, …, k, each once, in the order
written (`kehoach.dates.roundcount.refuse_misnumbered_rounds`). A fresh user found on trial35
"Tổ chức 2 đợt: đợt 1 …; đợt 2 …; đợt 2 …" read as three milestones (the repeated number
escaped the count check), and "đợt 1 …; đợt 1 …", "đợt 2 …; đợt 1 …", "đợt 1 …; đợt 3 …"
read as milestones without a word. The phrases are variants of the listings of the corpus
(w-press-baomoi-qdnd-khung-nam-hoc, zb-chicucchannuoithuy-quangbinh-lmlm, zg-tracuuquyhoach)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines

WAY_OUT = "ghi deadlines: mỗi đợt một mục với last_day (và first_day)"


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the user's phrase: two announced, the second round told twice
        (
            "Tổ chức 2 đợt: đợt 1 hoàn thành trước ngày 1/3/2026; đợt 2 hoàn thành trước ngày "
            "1/4/2026; đợt 2 hoàn thành trước ngày 1/5/2026",
            "đợt 2 kể hai lần",
        ),
        (
            "Tổ chức 2 đợt: đợt 1 từ ngày 2/2/2026 đến ngày 27/2/2026; đợt 2 từ ngày 2/3/2026 "
            "đến ngày 31/3/2026; đợt 2 từ ngày 1/4/2026 đến ngày 30/4/2026",
            "đợt 2 kể hai lần",
        ),
        # no count announced
        (
            "đợt 1 từ ngày 2/2/2026 đến ngày 27/2/2026; đợt 1 từ ngày 2/3/2026 đến ngày 31/3/2026",
            "đợt 1 kể hai lần",
        ),
        (
            "Đợt 2: từ ngày 2/2/2026 đến ngày 27/2/2026; Đợt 1: từ ngày 2/3/2026 đến ngày "
            "31/3/2026",
            "đợt 2 kể trước đợt 1",
        ),
        (
            "đợt 1 hoàn thành trước ngày 1/3/2026; đợt 3 hoàn thành trước ngày 1/4/2026",
            "thiếu đợt 2",
        ),
        (
            # rounds may start past 1 (clerk37: "đợt 3, đợt 4" continue a plan's rounds); a
            # gap between them is still a round missing
            "đợt 2 từ ngày 2/2/2026 đến ngày 27/2/2026; đợt 4 từ ngày 2/3/2026 đến ngày 31/3/2026",
            "thiếu đợt 3",
        ),
        # Roman figures, named as printed
        (
            "Đợt I hoàn thành trước ngày 1/3/2026; Đợt III hoàn thành trước ngày 1/4/2026",
            "thiếu đợt II",
        ),
        (
            "Đợt II từ ngày 2/2/2026 đến ngày 27/2/2026 và Đợt I từ ngày 2/3/2026 đến ngày "
            "31/3/2026",
            "đợt II kể trước đợt I",
        ),
    ],
)
def test_rounds_numbered_wrong_are_refused_naming_the_fault(phrase: str, why: str) -> None:
    reason = refused(phrase, ctx("2026-01-10"))
    assert why in reason
    assert WAY_OUT in reason


def test_stages_numbered_wrong_are_refused() -> None:
    phrase = (
        "giai đoạn 1 từ ngày 5/1/2026 đến ngày 31/3/2026 và giai đoạn 1 từ ngày 1/4/2026 đến "
        "ngày 31/8/2026"
    )
    assert "giai đoạn 1 kể hai lần" in refused(phrase, ctx("2026-01-10"))


def test_a_count_refused_names_roman_rounds_as_printed() -> None:
    phrase = (
        "Tổ chức 02 đợt: Đợt I vào ngày 15/3/2027; Đợt II vào ngày 15/6/2027; Đợt III vào "
        "ngày 15/9/2027"
    )
    assert "(đợt I, đợt II, đợt III)" in refused(phrase, ctx("2027-02-01"))


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        # rounds 1, 2, … once each in order: milestones, as before
        (
            "Tổ chức 2 đợt: đợt 1 hoàn thành trước ngày 1/3/2026; đợt 2 hoàn thành trước ngày "
            "1/4/2026",
            2,
        ),
        ("Đợt I hoàn thành trước ngày 1/3/2026; Đợt II hoàn thành trước ngày 1/4/2026", 2),
        # one round listed beside the count
        ("Kỳ thi gồm hai đợt, đợt 2 hoàn thành trước ngày 30/6/2026", 1),
        (
            "giai đoạn 1 từ ngày 5/1/2026 đến ngày 31/3/2026 và giai đoạn 2 từ ngày 1/4/2026 đến "
            "ngày 31/8/2026",
            2,
        ),
    ],
)
def test_rounds_numbered_in_order_are_read(phrase: str, count: int) -> None:
    assert len(parse_deadlines(phrase, ctx("2026-01-10"))) == count

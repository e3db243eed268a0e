"""Decisions on a refusal are taken on its kind (`grammar.Refusal`), never on its words: each
test rewords a refusal where it is made, keeps its kind, and reads the phrase through the
public path — the behaviour a clerk sees must not move. Before session 29 the engine, the
schedule and the steps compared messages (`why == NO_YEAR`, `startswith`, `"ghi last_day" in
why`), and a reworded message silently turned a reading into a refusal or the reverse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clirun import kehoach
from deadline_forms import ctx, one, refused
from kehoach.dates import asides, engine, grammar, label, steps
from kehoach.dates.deadline import Context, DeadlineError, Refusal, parse_deadlines
from kehoach.dates.found import Input
from kehoach.dates.grammar import Unreadable
from kehoach.dates.label import Label
from kehoach.plan.schedule import parse_in_plan

REWORDED = "lời từ chối viết lại"  # a message that shares no word with any of the old ones


def test_two_hours_reworded_still_reads_two_events(monkeypatch: pytest.MonkeyPatch) -> None:
    # Cổng thông tin xã Lao Bảo (Quảng Trị), Hội thi giáo viên dạy giỏi mầm non (2025): the
    # two hours' refusal is cut into its two events (test_deadline_forms_p)
    monkeypatch.setattr(asides, "TWO_HOURS", REWORDED)
    readings = parse_deadlines(
        "Hội thi sẽ diễn ra khai mạc vào lúc 8h00 ngày 11/12/2025; Tổng kết, bế mạc Hội thi vào "
        "lúc 14h00 ngày 26/12/2025 tại Trường Tiểu học số 2 Lao Bảo",
        ctx("2025-12-10"),
    )
    assert [(str(r.last), r.time) for r in readings] == [
        ("2025-12-11", "08:00"),
        ("2025-12-26", "14:00"),
    ]


def test_no_year_reworded_still_takes_the_lunar_glosses_year(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Kon Tum Today, the provinces' Tết holidays of 2024, a page with no date
    # (test_deadline_forms_o): only 2024 agrees with every lunar gloss
    monkeypatch.setattr(grammar, "NO_YEAR", REWORDED)
    reading = one("Từ 5-17/2 (từ 26 tháng Chạp năm Quý Mão đến mùng 8 tháng Giêng năm Giáp Thìn)")
    assert (reading.first, reading.last) == (date(2024, 2, 5), date(2024, 2, 17))


def test_no_year_is_a_kind_the_refusal_carries() -> None:
    # the refusal `check --issued` and `validate` advise the issue day for (fresh10): a day
    # without its year; "“năm” không ghi năm nào" also says "không ghi năm", and an issue
    # day does not read it
    with pytest.raises(DeadlineError) as lacking:
        parse_deadlines("Trước ngày 05/11", Context())
    assert lacking.value.kind is Refusal.NO_YEAR
    with pytest.raises(DeadlineError) as cut:
        parse_deadlines("Hoàn thành vào năm", Context())
    assert cut.value.kind is Refusal.REASON
    refused("Hoàn thành vào năm", ctx("2025-10-02"))


def test_no_year_reworded_still_takes_the_year_in_force(monkeypatch: pytest.MonkeyPatch) -> None:
    # plan.schedule: a plan with no issue day, in force 13/08/2025 (test_in_force_year)
    monkeypatch.setattr(grammar, "NO_YEAR", REWORDED)
    reading = parse_in_plan("gửi Sở Tài chính trước ngày 15/8", Context(in_force=date(2025, 8, 13)))
    assert reading.last == date(2025, 8, 15)


def _unread_reworded(kind: Refusal | None) -> Callable[[Input], Unreadable]:
    """`engine._unread` with its message reworded; its own kind, or `kind`."""
    made = engine._unread

    def reworded(given: Input) -> Unreadable:
        error = made(given)
        return Unreadable(REWORDED, blank=error.blank, kind=kind or error.kind)

    return reworded


# zk-chuyennong24h-tuan-van-hoa-long-an-2024 (a page with no date): the edition's year, after
# a refusal that said no more than "not understood"
_EDITION = (
    "Tuần Văn hóa – Thể thao và Du lịch tỉnh Long An lần thứ 2 năm 2024 sẽ khai mạc tối 28.11 "
    "tại khu Trung tâm chính trị – hành chính tỉnh Long An (P.6, TP.Tân An)"
)
# an invented phrase: the time part reads, and the words after it say why it is refused
_WORDS_AFTER = "nộp báo cáo trước ngày 15/11/2021 để tổng hợp, sớm nhất"


def test_not_understood_reworded_keeps_its_decisions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_unread", _unread_reworded(None))
    assert one(_EDITION).last == date(2024, 11, 28)
    why = refused(_WORDS_AFTER, ctx("2021-01-01"))
    assert why.startswith("sau ngày tháng còn chữ không hiểu: “để tổng hợp, sớm nhất”: từ “sớm”")


def test_a_reason_of_its_own_is_not_taken_for_not_understood(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the same refusals, of another kind: the decisions follow the kind, not the words
    monkeypatch.setattr(engine, "_unread", _unread_reworded(Refusal.REASON))
    assert refused(_EDITION) == REWORDED
    assert refused(_WORDS_AFTER, ctx("2021-01-01")) == REWORDED


def _label_reworded(kind: Refusal | None) -> Callable[..., Label]:
    """`steps.read_label` with its refusals reworded; their own kind, or `kind`."""
    read = label.read_label  # as steps imports it

    def reworded(*args: Any, **kwargs: Any) -> Label:
        try:
            return read(*args, **kwargs)
        except Unreadable as error:
            raise Unreadable(REWORDED, kind=kind or error.kind) from None

    return reworded


# a schedule line without a colon whose words after the day are no step (a number nothing
# names): the line is read otherwise (q- and zp- of the corpus hold such lines)
_NO_STEP = "Ngày 28/01/2021 vừa qua BTC của giải VTM2021(*) đã phải hủy giải trước 2 ngày thi đấu"


def test_a_line_without_a_colon_falls_back_on_the_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(steps, "read_label", _label_reworded(None))
    assert refused(_NO_STEP, ctx("2021-02-01")).startswith("sau ngày tháng còn chữ không hiểu")


def test_a_reason_in_a_line_without_a_colon_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    # a refusal that says why (no "ghi last_day" in it any more) stands
    monkeypatch.setattr(steps, "read_label", _label_reworded(Refusal.REASON))
    assert refused(_NO_STEP, ctx("2021-02-01")) == REWORDED


@pytest.mark.parametrize(
    ("phrase", "said"),
    [  # invented lines: a moved day, a day done (no colon after the day)
        ("Ngày 15/3/2026 hạn cũ nộp hồ sơ", "“hạn cũ nộp hồ sơ” nêu thời hạn đã đổi"),
        ("Ngày 15/3/2026 Thực tế", "“Thực tế” là ngày đã làm thực tế"),
    ],
)
def test_a_day_changing_reason_in_a_line_without_a_colon_is_said_first(
    phrase: str, said: str
) -> None:
    # their words lacked "ghi last_day", so main fell back and said them after "sau ngày
    # tháng còn chữ không hiểu: …"; their kind is no NOT_A_STEP: refused with their reason
    assert refused(phrase, ctx("2026-01-01")).startswith(said)


def test_a_word_of_time_after_the_time_part_is_said_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the label's check, of the words after the time: where the word stands is said by the
    # check, not rewritten in its message
    monkeypatch.setattr(label, "_changes_meaning", lambda word, where: f"“{word}” ở {where}")
    why = refused(_WORDS_AFTER, ctx("2021-01-01"))
    assert why.endswith(": “sớm” ở sau")


@pytest.mark.parametrize(
    ("phrase", "advised"),
    [
        ("Trước ngày 05/11", True),  # the year alone is missing: the issue day gives it
        # "không ghi năm" in the reason too, and no issue day reads it: no advice to add one
        ("Hoàn thành vào năm", False),
    ],
)
def test_check_advises_the_issue_day_for_a_missing_year_only(phrase: str, advised: bool) -> None:
    # from the repository, as test_cli runs it: PYTHONPATH=src is this tree's code
    result = kehoach("deadline", phrase, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode != 0
    assert ("thêm --issued NGÀY_BAN_HÀNH" in result.stderr) is advised

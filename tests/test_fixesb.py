"""The findings of new users on merge39 (session 39 round 2, branch fixesb).

Each a real bug, fixed on its own: a step's last word "lá" (a seedling's leaves) dropped as
the filler "là"; a comment line after a kept block ("deadline: |+") moved to column 0 by a
reschedule; a document cited inside a "(thay cho …)" said twice in the gloss; "trước 24 giờ
ngày D" refused while "đến 24h ngày D" reads.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from test_fixes24 import _commune


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed `kehoach args` from `cwd`, `stdin` its input, as a clerk runs it."""
    return kehoach(*args, cwd=cwd, stdin=stdin, env=CLERK)


def _step(phrase: str, issued: str, tmp_path: Path) -> str:
    """The "Bước" row `kehoach deadline` prints for `phrase`."""
    done = run("deadline", "--issued", issued, phrase, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("Bước")]
    return rows[0].removeprefix("Bước").strip()


def test_a_seedlings_leaves_stay_in_the_step(tmp_path: Path) -> None:
    # the leaves a seedling has ("Cấy khi mạ đạt 2,5-3 lá", zb-khuyennongthaibinh-luu-y-vu-
    # xuan-2025; p-hoabinh-thaibinh-vu-xuan-2023): "lá" is no filler "là"
    phrase = "Bón thúc khi mạ đạt từ 2,5-3 lá, hoàn thành trước ngày 15/2/2027"
    assert _step(phrase, "01/01/2027", tmp_path) == "Bón thúc khi mạ đạt từ 2,5-3 lá"
    phrase = "Cấy khi mạ đạt 2,5-3 lá trước ngày 25/02/2027"
    assert _step(phrase, "01/01/2027", tmp_path) == "Cấy khi mạ đạt 2,5-3 lá"


def test_the_filler_la_is_still_dropped(tmp_path: Path) -> None:
    # neighbours: "là" spelt as the filler, and a copy without diacritics, stay filler
    assert _step("Báo cáo, chậm nhất là ngày 15/2/2027", "01/01/2027", tmp_path) == "Báo cáo"
    assert _step("Bao cao la ngay 15/2/2027", "01/01/2027", tmp_path) == "Bao cao"


# 2. A comment line after a kept block stays where it was when the deadline is rescheduled

PLAN_FILE = Path("plans") / "kh-12-2027.yaml"
PLAN = """\
schema: 1
id: kh-thu
number: 1/KH-UBND
title: Kế hoạch thử
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 2026-06-02
source: {document: thu.txt, complete: true}
tasks:
  - id: "1"
    title: Báo cáo
    lead:
      - UBND tỉnh
    deadline: |+
      Trước ngày 23/6/2026

    # hạn theo Công văn 5/UBND
    history:
      - date: 2026-06-01
        from: "Trước ngày 20/6/2026"
        to: "Trước ngày 23/6/2026"
        reason: Chờ số liệu
"""


def test_a_comment_after_a_kept_block_keeps_its_column(tmp_path: Path) -> None:
    root = _commune(tmp_path, PLAN)
    moved = run(
        "reschedule", "kh-thu/1", "Trước ngày 30/6/2026", "--reason", "Chờ số liệu",
        "--on", "10/06/2026", cwd=root,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    written = (root / PLAN_FILE).read_text(encoding="utf-8")
    # before: "# hạn theo …" at column 0, between "deadline:" and "history:"
    assert (
        '    deadline: "Trước ngày 30/6/2026"\n    # hạn theo Công văn 5/UBND\n    history:\n'
        in (written)
    )


# 3. A document cited inside a replaced time's parentheses is glossed once


def test_a_plan_cited_in_the_replaced_time_is_glossed_once() -> None:
    # the finding; before: "tại Kế hoạch số 12/KH-UBND; thay cho … tại Kế hoạch số 12/KH-UBND"
    (read,) = parse_deadlines(
        "trước ngày 15/01/2027 (thay cho ngày 10/01/2027 tại Kế hoạch số 12/KH-UBND)",
        Context(issued=date(2026, 12, 1)),
    )
    assert read.last == date(2027, 1, 15)
    assert read.gloss == "thay cho ngày 10/01/2027 tại Kế hoạch số 12/KH-UBND"
    # the form of tests/corpus/a-quang-nam-cv-3308-2020.yaml ("trước", not "đến trước")
    (read,) = parse_deadlines(
        "trước tháng 9.2020 (thay cho trước tháng 6.2020 tại Kế hoạch số 7809/KH-UBND ngày "
        "27.12.2019 của UBND tỉnh)",
        Context(issued=date(2020, 1, 1)),
    )
    assert read.gloss is not None and read.gloss.count("7809/KH-UBND") == 1


# 4. "24 giờ" of a day after "trước" is the end of that day, as after "đến"


def test_before_24_hours_of_a_day_is_that_day() -> None:
    # the finding; before: refused ("không có giờ “24 giờ”")
    for strict in (False, True):  # `before = "strict"` must not move it to the 30th
        (read,) = parse_deadlines(
            "trước 24 giờ ngày 31/12/2026", Context(issued=date(2026, 12, 1), strict_before=strict)
        )
        assert (read.first, read.last, read.time) == (date(2026, 12, 31), date(2026, 12, 31), None)


def test_until_24h_ends_a_span_as_before() -> None:
    # tests/corpus/zb-giadinhvietnam-dieu-tiet-nuoc-dong-xuan-2017-2018.yaml's form
    (read,) = parse_deadlines(
        "từ 0h ngày 15/1 đến 24h ngày 20/1/2027", Context(issued=date(2026, 12, 1))
    )
    assert (read.first, read.last) == (date(2027, 1, 15), date(2027, 1, 20))


def test_before_0_hours_and_24_hours_30_stay_refused() -> None:
    # refusal neighbours: "0 giờ" is the day's start (the day before is the last), "24 giờ 30"
    # is no hour, and "trước 24 giờ" with no day after it is a count of hours
    for phrase, why in (
        ("trước 0 giờ ngày 31/12/2026", "hết ngày hôm trước"),
        ("trước 24 giờ 30 ngày 31/12/2026", "không có giờ"),
        ("thông báo trước 24 giờ", "không có giờ"),
    ):
        with pytest.raises(DeadlineError) as refused:
            parse_deadlines(phrase, Context(issued=date(2026, 12, 1)))
        assert why in refused.value.why

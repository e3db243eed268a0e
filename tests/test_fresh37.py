"""What the new user of session 37 (fresh37) met, each the answer they should have had.

Run as installed (`kehoach` beside the test's Python), in the clerk's environment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines


def test_a_mistyped_command_is_answered_in_vietnamese(tmp_path: Path) -> None:
    """`kehoach statu` said "Không có lệnh 'statu'. Did you mean 'status'?" (typer's
    suggestion, outside gettext)."""
    done = kehoach("statu", cwd=tmp_path, env=CLERK)
    assert done.returncode == 2
    assert "Không có lệnh 'statu' (có phải: 'status'?)" in done.stderr
    assert "Did you mean" not in done.stderr


@pytest.mark.parametrize("phrase", ["Trước ngày 15/6/2062", "Hoàn thành ngày 01/3/2099"])
def test_a_day_decades_away_is_a_year_mistyped(phrase: str) -> None:
    """ "Trước ngày 15/6/2062" in a plan of 2026 was read as 15/06/2062 without a word, while
    "15/6/1926" was refused as a year mistyped: a day and a month printed more than 30 years
    on are refused too."""
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, Context(issued=date(2026, 1, 13)))
    assert "viết nhầm" in str(refused.value)
    assert "last_day" in str(refused.value)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # a horizon is a year, read as its last day (a-ttg-qd-232-2019-van-don: 31 years on)
        ("tầm nhìn quy hoạch đến năm 2050", date(2050, 12, 31)),
        # a target day within 30 years still reads
        ("Trước ngày 15/6/2045", date(2045, 6, 15)),
    ],
)
def test_a_far_horizon_still_reads(phrase: str, day: date) -> None:
    (one,) = parse_deadlines(phrase, Context(issued=date(2019, 2, 8)))
    assert one.last == day


def test_import_says_how_to_give_a_year_missing(tmp_path: Path) -> None:
    """`import` of a table whose phrases lack their year, without --issued, said only "thời
    hạn không ghi năm và kế hoạch không có ngày ban hành"; `validate` says what to do."""
    (tmp_path / "kh.tsv").write_text(
        "TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tBáo cáo kết quả\tSở Nội vụ\tTrước ngày 30/6\n",
        encoding="utf-8",
    )
    done = kehoach(
        "import",
        tmp_path / "kh.tsv",
        "-o",
        tmp_path / "draft.yaml",
        "--title",
        "Thử",
        "--issuer",
        "UBND tỉnh Ninh Bình",
        cwd=tmp_path,
        env=CLERK,
    )
    said = done.stdout + done.stderr
    assert "không có ngày ban hành" in said
    assert "--issued" in said

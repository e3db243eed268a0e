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


ISSUED_SLIP = """\
schema: 1
id: kh-45-2026
number: 45/KH-UBND
kind: Kế hoạch
title: Chuyển đổi số năm 2026
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: {issued}
source: {{document: "https://nghean.gov.vn/", complete: false}}
tasks:
  - id: "1"
    title: Rà soát dữ liệu
    lead: [Sở Nội vụ]
    deadline: "Trước ngày 15/12"
  - id: "2"
    title: Báo cáo sơ kết
    lead: [Sở Nội vụ]
    deadline: "Trước ngày 30/6/2026"
  - id: "3"
    title: Tổng kết
    lead: [Sở Nội vụ]
    deadline: "Quý III/2027"
"""


@pytest.mark.parametrize(("issued", "warned"), [("2016-01-13", True), ("2026-01-13", False)])
def test_an_issue_year_mistyped_is_questioned(tmp_path: Path, issued: str, warned: bool) -> None:
    """`issued: 2016-01-13` for 2026: "Trước ngày 15/12" was due 15/12/2016, ten years
    overdue, and `validate` said nothing though every dated deadline is in 2026-2027."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kh-45-2026.yaml").write_text(
        ISSUED_SLIP.format(issued=issued), encoding="utf-8"
    )
    (tmp_path / "plans" / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Nghệ An\nagencies: []\n", encoding="utf-8"
    )
    done = kehoach("validate", "plans", cwd=tmp_path, env=CLERK | {"COLUMNS": "200"})
    said = done.stdout + done.stderr
    assert ("issued-year-unlikely" in said) is warned, said
    if warned:
        assert "plans/kh-45-2026.yaml:8:" in said  # the issued line
        assert "có thể viết nhầm năm ban hành" in said

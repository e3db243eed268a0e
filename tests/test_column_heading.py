"""A deadline column pasted with its heading (`kehoach deadline -`): the heading line is
skipped when it is exactly one of the headings `kehoach import` reads a deadline column by
(review/importer.py `HEADERS`, through `is_heading`), and only then: one list for both.

The column is KH 41/KH-UBND of xã Ea Ly (Đắk Lắk, 02/10/2025), as tests/test_fresh_tenth.py
quotes it; the headings are those of the plans' appendix tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import kehoach
from kehoach.review.importer import HEADERS, column_fields
from kehoach.review.tables import Cell

PHRASE = "từ ngày 01/10/2025 đến hết ngày 05/11/2025"
HEADINGS = [
    "Thời gian",
    "Thời hạn",
    "Tiến độ",
    "Hạn hoàn thành",
    "Mốc thời gian",
    "Thời hạn hoàn thành",
    "Thời gian hoàn thành",
    "Thời gian thực hiện",
    "Tiến độ thực hiện",
    "Tiến độ hoàn thành",
    # an election timetable's (UBND tỉnh Phú Thọ, 2021; tests/test_fresh_fifteenth.py)
    "Ngày chậm nhất",
    "Ngày chậm nhất phải hoàn thành",
    "THỜI HẠN:",
    "Thời gian hoàn thành:",
]


def test_the_headings_here_are_the_importers() -> None:
    """Each heading above is one `HEADERS` lists for the deadline column, and no other."""
    listed = dict(HEADERS)["deadline"]
    assert len(listed) == len(HEADINGS) - 2
    for heading in HEADINGS:
        row = [Cell("TT"), Cell("Nội dung"), Cell(heading)]
        assert column_fields(row)[2] == "deadline", heading


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_column_pasted_with_its_heading_skips_the_heading(heading: str, tmp_path: Path) -> None:
    read = kehoach(
        "deadline", "-", "--format", "json", cwd=tmp_path, stdin=f"{heading}\n{PHRASE}\n"
    )
    assert read.returncode == 0, read.stderr
    assert f"<stdin>:1: bỏ qua dòng tiêu đề cột '{heading}'" in read.stderr
    assert [json.loads(line)["phrase"] for line in read.stdout.splitlines()] == [PHRASE]


@pytest.mark.parametrize(
    ("line", "last"),
    [
        ("Thời hạn: thường xuyên", None),  # a heading's words, then the phrase under it
        # the heading and the plan's end day on one line: was skipped as a heading, its
        # digits dropped before the comparison
        ("Thời gian: 05/11/2025", "2025-11-05"),
    ],
)
def test_a_line_that_starts_like_a_heading_is_read(
    line: str, last: str | None, tmp_path: Path
) -> None:
    read = kehoach("deadline", "-", "--format", "json", cwd=tmp_path, stdin=f"{line}\n")
    assert read.returncode == 0, read.stderr
    assert "bỏ qua" not in read.stderr
    (reading,) = [json.loads(one) for one in read.stdout.splitlines()]
    assert (reading["phrase"], reading["last"]) == (line, last)

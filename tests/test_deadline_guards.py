"""Phrases a first-time user fed the tool that read as a wrong date, now refused with a
reason; and arguments that are not UTF-8, refused before they reach a terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clirun import kehoach, kehoach_bytes
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines

PLAN_YEAR = Context(issued=date(2022, 1, 1))


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("nửa đầu năm 2026", "nửa đầu / nửa cuối"),  # was read as the whole of 2026
        ("nửa cuối năm 2026", "nửa đầu / nửa cuối"),
        ("nửa đầu tháng 7/2022", "nửa đầu / nửa cuối"),  # was 01–10/07
        ("Nua cuoi thang 7/2022", "nửa đầu / nửa cuối"),
        ("trước 30/6, năm 2022", "năm của ngày"),  # was 30/06 plus an invented 31/12
    ],
)
def test_refused_rather_than_read_as_a_wrong_date(phrase: str, why: str) -> None:
    with pytest.raises(DeadlineError, match=why):
        parse_deadlines(phrase, PLAN_YEAR)


def test_a_year_beside_a_period_inside_it_is_still_two_deadlines() -> None:
    quarter, year = parse_deadlines("quý IV và năm 2025", PLAN_YEAR)
    assert (quarter.first, quarter.last) == (date(2025, 10, 1), date(2025, 12, 31))
    assert (year.first, year.last) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    "args",
    [
        ["deadline", b"a\x9bmb tr\xc6\xb0\xe1\xbb\x9bc ng\xc3\xa0y 15/7/2022"],
        ["done", "348/6", "--note", b"ghi ch\xfa"],
    ],
)
def test_arguments_that_are_not_utf8_are_refused_in_one_line(args: list[str | bytes]) -> None:
    root = Path(__file__).resolve().parent.parent
    done = kehoach_bytes(*args, cwd=root)
    assert done.returncode == 2
    said = (done.stdout + done.stderr).decode("utf-8")  # strict: raw bytes never pass
    assert not [ch for ch in said if "\x80" <= ch <= "\x9f"]  # no C1 control (CSI is \x9b)
    assert "không phải văn bản UTF-8" in said and len(said.splitlines()) == 1


def test_a_completion_after_today_is_refused(tmp_path: Path) -> None:
    import shutil

    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "plans", tmp_path / "plans")
    before = (tmp_path / "plans" / "kh-348-2022.yaml").read_bytes()
    done = kehoach("done", "348/4", "--on", "01/01/2199", cwd=tmp_path)
    assert done.returncode == 2
    assert "ngày hoàn thành sau hôm nay" in done.stderr
    assert (tmp_path / "plans" / "kh-348-2022.yaml").read_bytes() == before


def test_system_errors_are_said_in_vietnamese(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.json"
    root = Path(__file__).resolve().parent.parent
    done = kehoach("status", "plans", "-f", "json", "-o", target, cwd=root)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("không ghi được: không có tệp hay thư mục này")

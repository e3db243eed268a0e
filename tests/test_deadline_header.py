"""`kehoach deadline --header`: the column a phrase stands in, as a plan's milestone gives it
in `header:` and `kehoach import` takes it from the table; and a deadline column pasted into
`deadline -` with its heading reads its cells under that heading, as `import` reads them.

The phrases are the corpus's: "75 ngày" under "Số ngày trước ngày bầu cử" (the election
timetables of 2021 and 2026, tests/corpus/), "6/2025" under "Thời gian hoàn thành" (an
appendix table's bare month, dates/header.py), "15-20/1" under "Cấy" (Hà Nội's sowing
calendar for vụ Đông Xuân, written in the autumn: tests/test_miscj1.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from clirun import kehoach

ELECTION = "Số ngày trước ngày bầu cử"


def _json(done_stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in done_stdout.splitlines() if line.strip()]


def test_a_bare_count_reads_as_days_before_the_event_its_header_names(tmp_path: Path) -> None:
    done = kehoach("deadline", "--header", ELECTION, "-f", "json", "75 ngày", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)  # one phrase: one JSON object
    relative = reading["relative"]
    assert isinstance(relative, dict)
    assert (relative["offset"], relative["unit"], relative["direction"]) == (75, "ngày", "before")
    assert "bầu cử" in str(relative["anchor"])
    # without its column the count says nothing of when: refused, as before
    bare = kehoach("deadline", "75 ngày", cwd=tmp_path)
    assert bare.returncode == 1
    assert "không nói trước hay sau mốc nào" in bare.stderr


def test_the_header_reaches_the_sowing_calendar_rule(tmp_path: Path) -> None:
    # January's days in a calendar written in October are the coming crop's (later.py)
    args = ("deadline", "--issued", "2025-10-01", "-f", "json")
    sown = json.loads(kehoach(*args, "--header", "Cấy", "15-20/1", cwd=tmp_path).stdout)
    assert (sown["first"], sown["last"]) == ("2026-01-15", "2026-01-20")
    # with no column the days take the issue year, already past: refused, never 2025's
    plain = kehoach(*args, "15-20/1", cwd=tmp_path)
    assert plain.returncode == 1
    assert "20/01/2025 đã qua" in plain.stderr


def test_a_pasted_columns_heading_is_the_header_of_its_cells(tmp_path: Path) -> None:
    column = "Thời gian hoàn thành\n6/2025\n12/2026\n"
    done = kehoach("deadline", "-", "-f", "json", stdin=column, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "các dòng sau đọc theo tiêu đề này" in done.stderr
    read = [(r["first"], r["last"]) for r in _json(done.stdout)]
    assert read == [("2025-06-01", "2025-06-30"), ("2026-12-01", "2026-12-31")]
    # the same cell with no heading above it could be a day and a month: refused
    alone = kehoach("deadline", "-", stdin="6/2025\n", cwd=tmp_path)
    assert alone.returncode == 1
    assert "<stdin>:1: error:" in alone.stderr


def test_the_option_wins_over_a_pasted_heading(tmp_path: Path) -> None:
    done = kehoach(
        "deadline", "--header", ELECTION, "-", "-f", "json",
        stdin="Thời gian hoàn thành\n75 ngày\n", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "(đã có --header)" in done.stderr
    (reading,) = _json(done.stdout)
    assert isinstance(reading["relative"], dict)


def test_an_empty_or_huge_header_is_a_usage_error(tmp_path: Path) -> None:
    empty = kehoach("deadline", "--header", "  ", "75 ngày", cwd=tmp_path)
    assert empty.returncode == 2
    assert "--header trống" in empty.stderr
    huge = kehoach("deadline", "--header", "Thời hạn " * 400, "75 ngày", cwd=tmp_path)
    assert huge.returncode == 2
    assert "--header dài" in huge.stderr
    assert "Traceback" not in empty.stderr + huge.stderr

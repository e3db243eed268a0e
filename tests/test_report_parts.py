"""A yearly report on part of the year is named by that part; a report due in the year after
the one it reports on is named by that year.

A data period read as a yearly cut-off day ("Báo cáo 6 tháng từ ngày 15 của tháng 12 năm
trước đến ngày 14 tháng 6 của năm báo cáo") carried no part of the year, so `status` named
the six-month report "năm 2026"; "Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm
báo cáo" named the 2025 report, due 10/01/2026, "năm 2026". The phrases are real, each from
the corpus file named beside it; each plan is run through the installed CLI.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from clirun import kehoach
from kehoach.dates.deadline import DeadlineError, parse_deadline, parse_deadlines
from kehoach.dates.recurrence import occurrence

REPO_PLANS = Path(__file__).parent.parent / "plans"

# tests/corpus/a-tt-03-2015-btttt.yaml (Thông tư 03/2015/TT-BTTTT)
NEXT_TO_THE_YEAR = "Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo"
# tests/corpus/a-tt-01-2024-ttcp.yaml (Thông tư 01/2024/TT-TTCP)
SIX_MONTHS = "Báo cáo 6 tháng từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 6 của năm báo cáo"
FIRST_QUARTER = (
    "Báo cáo Quý I từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 3 của năm báo cáo"
)
# tests/corpus/a-tt-09-2019-nhnn.yaml (Thông tư 09/2019/TT-NHNN)
LAST_SIX_MONTHS = "06 tháng cuối năm từ ngày 15/6 đến ngày 14/12 của kỳ báo cáo đó"
# tests/corpus/q-thukyluat-byt-tt-37-2019-ky-bao-cao-thong-ke.yaml (Thông tư 37/2019/TT-BYT)
NINE_MONTHS = (
    "Kỳ báo cáo 9 tháng: Tính bắt đầu từ 0h00 ngày 01/01 đến hết 24h00 ngày cuối cùng của "
    "ngày 30/9 hằng năm."
)

TASKS = {
    "1": NEXT_TO_THE_YEAR,
    "2": SIX_MONTHS,
    "3": FIRST_QUARTER,
    "4": LAST_SIX_MONTHS,
    "5": NINE_MONTHS,
}


def _plan(phrases: dict[str, str]) -> str:
    tasks = "".join(
        f'  - id: "{task}"\n    title: Báo cáo {task}\n    lead: [Sở Tư pháp]\n'
        f'    deadline: "{phrase}"\n'
        for task, phrase in phrases.items()
    )
    return (
        "schema: 1\nid: kh-bao-cao\ntitle: Chế độ báo cáo\nissuer: UBND tỉnh\n"
        "jurisdiction: Nghệ An\nissued: 10/02/2025\nsource: {document: x, complete: true}\n"
        f"tasks:\n{tasks}"
    )


def _kehoach(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"KEHOACH_CACHE_DIR": str(folder / "cache"), "COLUMNS": "200"}
    return kehoach(*args, cwd=folder, clean=True, env=env)


def _periods(
    folder: Path, as_of: str, phrases: dict[str, str] = TASKS
) -> dict[str, list[tuple[str, str, str]]]:
    plans = folder / "plans"
    plans.mkdir()
    shutil.copy(REPO_PLANS / "agencies.yaml", plans)
    (plans / "kh-bao-cao.yaml").write_text(_plan(phrases), encoding="utf-8")
    done = _kehoach(folder, "status", "plans", "--as-of", as_of, "--all", "--format", "json")
    assert done.returncode == 0, done.stderr
    out: dict[str, list[tuple[str, str, str]]] = {}
    for item in json.loads(done.stdout)["items"]:
        out.setdefault(item["task_id"], []).append(
            (item["period"], item["period_due"], item["period_opens"])
        )
    return {task: sorted(rows, key=lambda r: r[1]) for task, rows in out.items()}


def test_status_names_each_report_by_the_part_of_the_year_it_covers(tmp_path: Path) -> None:
    got = _periods(tmp_path, "01/02/2026")
    # the plan is issued 10/02/2025: its first yearly report is the 2025 one (was "năm 2026")
    assert got["1"][0] == ("năm 2025", "2026-01-10", "2025-01-01")
    assert got["2"][0] == ("6 tháng đầu năm 2025", "2025-06-14", "2025-01-01")  # was "năm 2025"
    assert got["3"][0] == ("quý I/2025", "2025-03-14", "2025-01-01")
    assert got["4"][0] == ("6 tháng cuối năm 2025", "2025-12-14", "2025-07-01")
    assert got["5"][0] == ("9 tháng đầu năm 2025", "2025-09-30", "2025-01-01")


def test_the_reading_gives_the_part_beside_the_rrule(tmp_path: Path) -> None:
    done = _kehoach(tmp_path, "deadline", "--format", "json", SIX_MONTHS)
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)
    assert (reading["rrule"], reading["period_covers"]) == (
        "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=14",
        "6 tháng đầu năm",
    )


def test_two_cadences_name_the_six_month_report_by_its_half() -> None:
    # the phrase of test_deadline_forms_q (a provincial department's reporting rule)
    six, year = parse_deadlines("Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)")
    assert six.series is not None and year.series is not None
    assert occurrence(six.series, date(2026, 6, 15)).period == "6 tháng đầu năm 2026"
    assert occurrence(year.series, date(2026, 12, 15)).period == "năm 2026"


@pytest.mark.parametrize(
    "phrase",
    [
        # SIX_MONTHS with another name: nine months said, six spanned
        "Báo cáo 9 tháng từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 6 của năm báo cáo",
        # FIRST_QUARTER's name with the third quarter's days
        "Báo cáo Quý I từ ngày 15 tháng 6 đến ngày 14 tháng 9 của năm báo cáo",
        # a span that is no part a report goes by (four months to April)
        "Kỳ báo cáo thống kê được tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 4 hàng năm",
    ],
)
def test_a_part_the_words_do_not_agree_on_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadline(phrase)


# A quarterly rule due in a quarter's first month: every real one of the corpus says which
# quarter it reports on, the one before (tests/corpus/a-luat-dau-tu-2020-bao-cao.yaml, Luật Đầu
# tư 2020, Điều 72: "Trước ngày 10 của tháng đầu quý sau quý báo cáo"; a-tt-35-2015-nhnn.yaml;
# c-misa-luat-quan-ly-thue-2019-dieu-44.yaml). Days listed with no such words (the form of
# test_deadline_safety's "hằng quý, trước ngày 10/1, 10/4, 10/7 và 10/10") may close the
# quarter just ended or open the one starting: named by their due days, no quarter guessed.
QUARTER_BEFORE = "Trước ngày 10 của tháng đầu quý sau quý báo cáo"
LISTED = "Trước ngày 10/1, 10/4, 10/7, 10/10 hằng năm"


def test_listed_first_month_days_are_named_by_their_due_days(tmp_path: Path) -> None:
    got = _periods(tmp_path, "01/05/2026", {"1": QUARTER_BEFORE, "2": LISTED})
    # the plan is issued 10/02/2025: its first quarterly report is due 10/04/2025
    assert got["1"][:2] == [
        ("quý I/2025", "2025-04-10", "2025-01-01"),
        ("quý II/2025", "2025-07-10", "2025-04-01"),
    ]
    assert got["2"][:2] == [
        ("kỳ hạn 10/04/2025", "2025-04-10", "2025-01-11"),  # not "quý I/2025": not said
        ("kỳ hạn 10/07/2025", "2025-07-10", "2025-04-11"),
    ]
    said = _kehoach(tmp_path, "deadline", LISTED).stdout
    assert "văn bản không ghi báo cáo cho quý nào" in " ".join(said.split())
    before = _kehoach(tmp_path, "deadline", QUARTER_BEFORE).stdout
    assert "báo cáo cho quý trước quý đến hạn" in " ".join(before.split())

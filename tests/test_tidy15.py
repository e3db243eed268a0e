"""Session 23, helper tidy15: `reschedule` writing its days in the form of the file around
them, and a day told as news a few days before its page. Phrases are real (corpus files named);
the plan is Đồng Tháp's KH 196/KH-UBND (test_fresh_thirteenth) as a clerk types it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clirun import kehoach_uncached as run
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from test_fresh_thirteenth import COMMUNE_WINDOW, DONG_THAP

# --- reschedule writes its days as the file around writes them -----------------------------

# KH 196 typed by a clerk: every day dd/mm/yyyy, a comment beside the deadline
CLERK = DONG_THAP.replace("issued: 2020-08-19", "issued: 19/08/2020  # ngày ký") + (
    '    deadline: "Tổ chức từ ngày 01/12/2020 đến ngày 31/3/2021"  # theo KH 196\n'
)


def _repository(tmp_path: Path, plan: str) -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "kh-196-2020.yaml").write_text(plan, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    return root


def _rescheduled(root: Path) -> str:
    """The plan file after the clerk moves task 3 to the printed window, its days given."""
    code, _, err = run(
        "reschedule", "196/3", COMMUNE_WINDOW.strip('"'), "--reason", "Covid-19",
        "--on", "20/03/2021", "--first-day", "01/12/2021", "--last-day", "31/03/2022", cwd=root,
    )  # fmt: skip
    assert code == 0, err
    return (root / "plans" / "kh-196-2020.yaml").read_text(encoding="utf-8")


def test_reschedule_writes_dd_mm_yyyy_in_a_file_written_so(tmp_path: Path) -> None:
    root = _repository(tmp_path, CLERK)
    text = _rescheduled(root)
    listed = (
        f"deadlines: [{{phrase: {COMMUNE_WINDOW}, first_day: 01/12/2021, last_day: 31/03/2022}}]"
    )
    assert f"    {listed} # theo KH 196\n" in text, text  # the comment kept, on its line
    assert "issued: 19/08/2020  # ngày ký\n" in text  # the rest untouched
    assert "date: 20/03/2021" in text and "2021-03-20" not in text, text
    assert "2022-03-31" not in text and "2021-12-01" not in text, text
    code, out, err = run("validate", "--strict", cwd=root)
    assert code == 0, out + err
    # the days written so are read: judged by the new window after the change
    code, out, err = run("status", "--as-of", "15/03/2022", "--all", "--format", "json", cwd=root)
    assert code == 0, err
    assert next(i["due"] for i in json.loads(out)["items"] if i["task_id"] == "3") == "2022-03-31"


def test_reschedule_keeps_yyyy_mm_dd_in_a_file_written_so(tmp_path: Path) -> None:
    # the bundled plans and the README write yyyy-mm-dd: an edit writes that form there
    iso = CLERK.replace("issued: 19/08/2020", "issued: 2020-08-19")
    root = _repository(tmp_path, iso)
    text = _rescheduled(root)
    assert "first_day: 2021-12-01, last_day: 2022-03-31" in text, text
    assert "date: 2021-03-20" in text, text


# --- a day told as news, a few days before the page, takes the page's year -----------------


def test_an_event_told_the_day_after_reads_its_day() -> None:
    # u-dantri-ninh-binh-thang-thanh-nien-chinh-phu-2026, on the page of 27/2/2026: refused
    # as "hạn 26/02/2026 đã qua khi kế hoạch ban hành" until tidy15 (the lead's convention 1)
    phrase = (
        "Sáng 26/2, tại Quảng trường Trung tâm Văn hóa xã Yên Mô, tỉnh Ninh Bình, Đoàn Thanh "
        "niên Chính phủ phối hợp với Tỉnh đoàn Ninh Bình tổ chức Lễ khởi động Tháng Thanh niên "
        "năm 2026"
    )
    (found,) = parse_deadlines(phrase, Context(issued=date(2026, 2, 27)))
    assert (found.first, found.last) == (date(2026, 2, 26), date(2026, 2, 26))
    assert "việc kể sau ngày của nó" in found.reading


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # told as news, but weeks before the page: a past step retold (convention 8)
        ("Sáng 26/2, Tỉnh đoàn Ninh Bình tổ chức Lễ khởi động Tháng Thanh niên", date(2026, 3, 20)),
        # a deadline, not news: of which year, when the plan is written after it?
        ("trước ngày 26/2, Tỉnh đoàn Ninh Bình tổ chức Lễ khởi động", date(2026, 2, 27)),
    ],
)
def test_a_past_day_not_told_as_news_of_the_week_is_still_refused(
    phrase: str, issued: date
) -> None:
    with pytest.raises(DeadlineError, match="đã qua khi kế hoạch ban hành"):
        parse_deadlines(phrase, Context(issued=issued))

"""The lead's fixes of session 42: what a new user (fresh42, a Đắk Lắk clerk's week of
work) found wrong outside the deadline language."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from kehoach.dates.numbers import printed_number

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed `kehoach args`, as a clerk runs it."""
    return kehoach(*args, cwd=cwd, env=CLERK)


def bundled_copy(tmp_path: Path) -> Path:
    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    return tmp_path / "plans"


# --- a repository without calendar.yaml -------------------------------------------------


def test_a_new_repository_counts_the_swaps_kehoach_ships(tmp_path: Path) -> None:
    """The README's own-plans steps make no calendar.yaml: 02/01/2026, a weekday given off
    for Tết Dương lịch (Công văn 12729/VPCP-KGVX), was a working day there, so a report
    due that day was counted due on it and overdue from 03/01."""
    done = run("deadline", "Trước ngày 02/01/2026", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Đến hạn   05/01/2026 (02/01/2026 là ngày nghỉ lễ (Nghỉ hoán đổi" in done.stdout


def test_a_new_repository_says_tet_2027_is_projected(tmp_path: Path) -> None:
    done = run("deadline", "Trước ngày 08/02/2027", "--issued", "01/12/2026", cwd=tmp_path)
    assert "Mùng ba Tết Nguyên Đán — dự kiến, chưa có thông báo năm 2027" in done.stdout


def test_the_shipped_swaps_are_the_bundled_calendar() -> None:
    """One record of the Government's swaps: the package's copy is plans/calendar.yaml."""
    shipped = ROOT / "src" / "kehoach" / "data" / "calendar.yaml"
    assert shipped.read_bytes() == (BUNDLED / "calendar.yaml").read_bytes()


# --- a plan number printed with a leading zero ------------------------------------------


def test_a_plan_number_is_found_without_its_leading_zero(tmp_path: Path) -> None:
    """Đắk Lắk numbers its plans 0155/KH-UBND: `status --plan 155` and `done 155/13`
    failed with "không có kế hoạch '155'"."""
    plans = bundled_copy(tmp_path)
    plan = plans / "kh-348-2022.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("number: 348/KH-UBND", "number: 0348/KH-UBND"),
        encoding="utf-8",
    )
    for typed in ("348", "0348", "0348/KH-UBND"):
        shown = run("status", "--plan", typed, "--as-of", "01/07/2022", cwd=tmp_path)
        assert shown.returncode == 0, (typed, shown.stderr)
        assert "0348/KH-UBND" in shown.stdout
    other = run("status", "--plan", "22", "--as-of", "01/07/2026", cwd=tmp_path)
    assert other.returncode == 0, other.stderr
    assert "0348/KH-UBND" not in other.stdout


# --- text typed decomposed --------------------------------------------------------------


def test_a_decomposed_reason_is_written_composed(tmp_path: Path) -> None:
    """A reason pasted on macOS (NFD) was written as typed: `fmt --check` then failed on
    the tool's own edit, and grep on the file missed the words."""
    plans = bundled_copy(tmp_path)
    reason = unicodedata.normalize("NFD", "Chờ ý kiến Bộ Nội vụ")
    moved = run(
        "reschedule", "348/6", unicodedata.normalize("NFD", "Trước ngày 18/12/2022"),
        "--on", "01/07/2022", "--reason", reason, cwd=tmp_path,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    text = (plans / "kh-348-2022.yaml").read_text(encoding="utf-8")
    assert "Chờ ý kiến Bộ Nội vụ" in text
    assert "Trước ngày 18/12/2022" in text
    assert text == unicodedata.normalize("NFC", text)
    checked = run("fmt", "--check", "plans", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_decomposed_note_is_written_composed(tmp_path: Path) -> None:
    plans = bundled_copy(tmp_path)
    note = unicodedata.normalize("NFD", "Đã gửi Sở Tài chính")
    done = run("done", "348/6", "--on", "01/07/2022", "--note", note, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (plans / "kh-348-2022.yaml").read_text(encoding="utf-8")
    assert "Đã gửi Sở Tài chính" in text
    assert text == unicodedata.normalize("NFC", text)


# --- a count guessed between two numbers ------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Ba bốn tháng cuối năm 2027",  # read as the last four months, 01/09–31/12/2027
        "trong vòng một hai ngày kể từ ngày ký",
        "Sở Tài chính có ý kiến chậm nhất là ba bốn ngày, kể từ ngày ký",  # fresh42b
        "trong vòng mười lăm hai mươi ngày kể từ ngày ký",  # fifteen to twenty days
    ],
)
def test_a_count_guessed_between_two_numbers_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError, match="con số ước chừng"):
        parse_deadlines(phrase, Context(issued=date(2026, 3, 5)))


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        ("Ba tháng cuối năm 2027", date(2027, 10, 1)),
        ("Hai mươi lăm ngày cuối năm 2027", None),  # a number, not a guess: not refused as one
    ],
)
def test_one_number_in_words_is_no_guess(phrase: str, first: date | None) -> None:
    try:
        (deadline,) = parse_deadlines(phrase, Context(issued=date(2026, 3, 5)))
    except DeadlineError as refused:
        assert first is None and "ước chừng" not in refused.why
        return
    assert deadline.first == first


def test_tens_alone_is_about_ten() -> None:
    assert printed_number("mươi") is None  # "mươi ngày": about ten days
    assert printed_number("hai mươi") == 20
    assert printed_number("ba bốn") is None
    assert printed_number("mười lăm") == 15

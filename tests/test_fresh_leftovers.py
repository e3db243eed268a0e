"""The leftovers of the `fresh` helper's second session (2026-11-30), each as a clerk meets
it: a numbered blank row imported as a task, import outside a repository, an ANSI colour
code in a pasted table, KEHOACH_NO_CACHE=false, a plan saved with CR line ends, `slips` on
a phone-sized terminal."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rich.cells import cell_len

import clirun
from kehoach.base.env import flag
from kehoach.plan.cache import default_directory

HERE = Path(__file__).parent
BUNDLED = HERE.parent / "plans"
REVIEW = HERE / "plans" / "review"
HEADER = "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n"
ISSUER = ("--title", "Kế hoạch thử", "--issuer", "UBND tỉnh Nghệ An")


def kehoach(
    *args: str | Path, cwd: Path, columns: int = 100, **env: str
) -> subprocess.CompletedProcess[str]:
    """The installed command, as a clerk runs it from `cwd`."""
    environ = {**clirun.CLERK, "COLUMNS": str(columns), "KEHOACH_PLANS": None, **env}
    return clirun.kehoach(*args, cwd=cwd, env=environ)


# --- import: a row holding only its number --------------------------------------------------


def test_a_numbered_blank_row_is_left_out_and_named(tmp_path: Path) -> None:
    table = tmp_path / "bang.tsv"
    table.write_text(
        HEADER
        + "1\tRà soát văn bản\tSở Tư pháp\tTrước ngày 23/6/2022\n"
        + "2\t\t\t\n"
        + "3\tBáo cáo kết quả\tSở Nội vụ\tTháng 7/2022\n",
        encoding="utf-8",
    )
    done = kehoach("import", table, "-o", tmp_path / "kh.yaml", *ISSUER, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    draft = (tmp_path / "kh.yaml").read_text(encoding="utf-8")
    assert re.findall(r'- id: "(\w+)"', draft) == ["1", "3"]
    assert "title: ''" not in draft
    assert "đã nhập 2 nhiệm vụ" in done.stderr
    assert "bỏ qua bảng 1, dòng 3 (TT 2): chỉ có số thứ tự" in done.stderr


def test_a_number_whose_task_continues_in_a_merged_row_stays_a_task(tmp_path: Path) -> None:
    """The number alone on the first row, its text on the row below with the STT cell
    merged: one task, not a blank row dropped (its text would join the task above)."""
    page = tmp_path / "bang.html"
    page.write_text(
        "<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th></tr>"
        "<tr><td>1</td><td>Rà soát</td><td>Sở Tư pháp</td><td>Tháng 6/2022</td></tr>"
        "<tr><td rowspan=2>2</td><td></td><td></td><td></td></tr>"
        "<tr><td>Tổng kết</td><td>Sở Nội vụ</td><td>Tháng 8/2022</td></tr></table>",
        encoding="utf-8",
    )
    done = kehoach("import", page, *ISSUER, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert re.findall(r'- id: "(\w+)"', done.stdout) == ["1", "2"]
    assert "title: Tổng kết" in done.stdout and "bỏ qua" not in done.stderr


# --- import outside a repository of plans ------------------------------------------------


def test_outside_a_repository_names_are_read_with_the_national_registry(tmp_path: Path) -> None:
    table = tmp_path / "bang.tsv"
    table.write_text(
        HEADER + "1\tRà soát\tSở Nội vụ; Sở Tài chính\tTháng 6/2022\n", encoding="utf-8"
    )
    done = kehoach("import", table, *ISSUER, cwd=tmp_path)  # no plans/ here nor above
    assert done.returncode == 0, done.stderr
    assert "0 cơ quan chưa có trong danh mục" in done.stderr
    assert "Sở Nội vụ" in done.stdout and "agencies.yaml:" not in done.stderr
    assert "danh mục quốc gia có sẵn" in done.stderr  # it says which registry it used


# --- import: control characters ----------------------------------------------------------


def test_an_ansi_colour_code_in_a_cell_is_refused_with_its_place(tmp_path: Path) -> None:
    table = tmp_path / "bang.tsv"
    table.write_text(
        HEADER
        + "1\tRà soát\tSở Tư pháp\tTháng 6/2022\n"
        + "2\tViệc \x1b[31mkhẩn\x1b[0m\tSở Nội vụ\tTháng 7/2022\n",
        encoding="utf-8",
    )
    out = tmp_path / "kh.yaml"
    done = kehoach("import", table, "-o", out, *ISSUER, cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "bang.tsv: bảng 1, dòng 3, cột 2" in line
    assert "ký tự điều khiển U+001B" in line and "␛[31m" in line  # shown, never obeyed
    assert "\x1b" not in done.stderr and not out.exists()


def test_a_bidi_override_in_a_pasted_page_is_refused_like_validate_does(tmp_path: Path) -> None:
    page = tmp_path / "bang.html"
    page.write_text(
        "<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th></tr>"
        "<tr><td>1</td><td>Rà soát</td><td>Sở Tư pháp</td>"
        "<td>Trước ngày \u202e2202/6/32</td></tr></table>",
        encoding="utf-8",
    )
    done = kehoach("import", page, *ISSUER, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "bảng 1, dòng 2, cột 4" in done.stderr
    assert "ký tự định hướng chữ U+202E" in done.stderr


# --- KEHOACH_NO_CACHE ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "off"),
    [
        *[("1", True), ("true", True), ("YES", True), ("on", True)],
        *[("0", False), ("false", False), ("no", False), ("", False), ("off", False)],
    ],
)
def test_only_a_true_value_turns_the_cache_off(value: str, off: bool) -> None:
    environ = {"KEHOACH_NO_CACHE": value, "KEHOACH_CACHE_DIR": "/c"}
    assert (default_directory(environ) is None) is off
    assert flag(environ, "KEHOACH_NO_CACHE") is off


def test_no_cache_false_still_fills_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for value, filled in (("false", True), ("1", False)):
        shutil.rmtree(cache, ignore_errors=True)
        done = kehoach(
            "status", BUNDLED, cwd=tmp_path, KEHOACH_NO_CACHE=value, KEHOACH_CACHE_DIR=str(cache)
        )
        assert done.returncode == 0, done.stderr
        entries = [p for p in cache.rglob("*") if p.is_file()] if cache.exists() else []
        assert bool(entries) is filled, value


# --- line ends -----------------------------------------------------------------------------


def test_a_plan_saved_with_cr_line_ends_is_reported_with_the_way_out(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(BUNDLED, folder, ignore=shutil.ignore_patterns("sources"))
    plan = folder / "kh-348-2022.yaml"
    plan.write_bytes(plan.read_bytes().replace(b"\n", b"\r"))
    name = "plans/kh-348-2022.yaml"

    done = kehoach("validate", "plans", cwd=tmp_path)
    assert done.returncode == 0, done.stdout  # a warning: the file reads
    [line] = [line for line in done.stdout.splitlines() if "[line-ends]" in line]
    assert line.startswith(f"{name}:1:1: warning: tệp xuống dòng bằng CR (kiểu máy Mac cũ)")
    assert f"kehoach fmt {name}" in line
    assert kehoach("validate", "--strict", "plans", cwd=tmp_path).returncode == 1

    check = kehoach("fmt", "--check", "plans", cwd=tmp_path)
    assert check.returncode == 1 and check.stdout == f"{name}\n"
    assert f"{name}:1:1: tệp xuống dòng bằng CR (kiểu máy Mac cũ)" in check.stderr

    refused = kehoach("done", "348/7", "--on", "01/07/2022", cwd=tmp_path)
    assert refused.returncode == 2 and "xuống dòng bằng CR" in refused.stderr

    assert kehoach("fmt", "plans", cwd=tmp_path).returncode == 0  # the way out works
    assert "[line-ends]" not in kehoach("validate", "plans", cwd=tmp_path).stdout
    assert kehoach("done", "348/7", "--on", "01/07/2022", cwd=tmp_path).returncode == 0


# --- slips on a narrow terminal ------------------------------------------------------------

HISTORY = """    history:
      - date: 2023-03-20
        from: "Trước ngày 31/3/2023"
        to: "Trước ngày 30/4/2023"
        reason: Chờ hướng dẫn của Bộ Nội vụ
        decided_by: Công văn số 300/SNV ngày 20/3/2023
"""


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Plans outside git whose history records one move (slips reads the files' history)."""
    root = tmp_path_factory.mktemp("slips")
    shutil.copytree(REVIEW, root / "plans")
    plan = root / "plans" / "kh-15-2023.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace('deadline: "Trước ngày 31/3/2023"', 'deadline: "Trước ngày 30/4/2023"')
    plan.write_text(text + HISTORY, encoding="utf-8")
    return root


@pytest.mark.parametrize("columns", [20, 30, 45, 70, 120])
def test_slips_fits_a_narrow_terminal_without_cutting_a_day_or_an_id(
    moved: Path, columns: int
) -> None:
    done = kehoach("slips", cwd=moved, columns=columns)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    for day in ("20/03/2023", "31/03/2023", "30/04/2023"):
        assert day in done.stdout  # each day whole on one line
    assert "15/KH-SNV" in done.stdout
    if columns <= 45:  # cards: the figures in words, the move with its days at the right
        assert "  Lần dời 1;" in lines or any(line.startswith("  Lần dời 1; ") for line in lines)
        assert any(line.startswith("15/KH-SNV 1") for line in lines)
        at = next(i for i, line in enumerate(lines) if line.strip().startswith("Ngày dời:"))
        assert "20/03/2023" in lines[at] + lines[at + 1]

"""What a new user broke on a first afternoon with kehoach (the `fresh` helper's session,
2026-11-30): each test is a command a clerk ran and the answer they should have had."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.cells import cell_len
from typer.testing import CliRunner

from kehoach.cli import app

HERE = Path(__file__).parent
BUNDLED = HERE.parent / "plans"
VALID = HERE / "plans" / "valid"


def run(*args: str | Path, columns: str = "100") -> tuple[int, str, str]:
    env = {"NO_COLOR": "1", "COLUMNS": columns, "KEHOACH_NO_CACHE": "1"}
    result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_an_absurd_terminal_width_draws_the_timeline_at_the_widest_instead_of_crashing() -> None:
    code, out, err = run(
        "timeline", BUNDLED, "--plan", "348", "--as-of", "01/07/2022", columns="99999999999"
    )
    assert code == 0, err
    widths = [cell_len(line) for line in out.splitlines()]
    assert max(widths) == 1000  # the widest drawn, not 99,999,999,999 cells
    assert "348/KH-UBND" in out


def test_the_way_out_of_an_unreadable_phrase_is_said_once(tmp_path: Path) -> None:
    """`kehoach new` then `validate`: the placeholder phrase "…" does not read, and the
    finding told the clerk twice to write last_day or "Không nêu thời hạn"."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    assert run("new", folder / "kh-45-2026.yaml")[0] == 0
    code, out, _ = run("validate", folder)
    assert code == 1
    [line] = [line for line in out.splitlines() if "[deadline-unreadable]" in line]
    assert line.count("last_day") == 1
    assert line.count("Không nêu thời hạn") == 1


def bundled_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(BUNDLED, folder, ignore=shutil.ignore_patterns("sources"))
    return folder


def test_done_twice_keeps_the_first_completion_day(tmp_path: Path) -> None:
    """A second `done` with another day rewrote the recorded completion day without a
    word, turning a task done on time into one done late."""
    folder = bundled_copy(tmp_path)
    plan = folder / "kh-348-2022.yaml"
    assert run("done", "348/7", "--on", "20/07/2022", "--plans", folder)[0] == 0
    first = plan.read_bytes()
    code, _, err = run("done", "348/7", "--on", "01/08/2022", "--plans", folder)
    assert (code, err) == (
        2,
        "kehoach: nhiệm vụ '7' đã ghi hoàn thành ngày 20/07/2022; nếu ngày đó ghi sai, "
        "sửa trường completed trong tệp\n",
    )
    assert plan.read_bytes() == first
    # The same day again only adds the note.
    code, _, err = run("done", "348/7", "--on", "20/07/2022", "--note", "Báo cáo số 9/BC",
                       "--plans", folder)  # fmt: skip
    assert code == 0, err
    assert "completed: 2022-07-20" in plan.read_text(encoding="utf-8")
    assert "Báo cáo số 9/BC" in plan.read_text(encoding="utf-8")


def test_a_bidirectional_override_is_refused_where_it_stands(tmp_path: Path) -> None:
    """U+202E in a title passed validate and reached the terminal and the feed: invisible,
    it shows "\\u202e2202/6/32" as "23/6/2022". Raw or escaped, it is a located error."""
    folder = bundled_copy(tmp_path)
    plan = folder / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("Các ban, sở, ngành;", "Các \u202eban, sở\u202c, ngành;", 1)
    text = text.replace(
        'deadline: "Trước ngày 31/7/2022"', 'deadline: "\\u2067Trước ngày 31/7/2022"', 1
    )
    plan.write_text(text, encoding="utf-8")
    code, out, _ = run("validate", folder)
    assert code == 1
    found = [line for line in out.splitlines() if "[control-character]" in line]
    lines = text.splitlines()
    row = next(i for i, line in enumerate(lines, 1) if "\u202e" in line)
    col = lines[row - 1].index("\u202e") + 1
    assert found[0].startswith(f"{plan}:{row}:{col}: error: ký tự định hướng chữ U+202E")
    assert "U+202C" in found[1]
    assert "U+2067" in found[2]
    assert len(found) == 3
    status = run("status", folder, "--all", "--as-of", "01/07/2022")
    assert status[0] == 1 and "\u202e" not in status[1]

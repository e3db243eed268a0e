"""What a new user broke on a first afternoon with kehoach (the `fresh` helper's session,
2026-11-30): each test is a command a clerk ran and the answer they should have had."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
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
    # said once: the instruction, then the form a plan file holds the days in (its example)
    assert line.count("ghi last_day") == 1
    assert line.count('deadlines: [{phrase: "…", first_day: …, last_day: …}]') == 1
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


def test_a_file_name_holding_a_line_break_stays_on_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plan file named "kh\\n1 Thời hạn: lùi 0 ngày.yaml" split `diff`'s heading and the
    edit's report in two, the second half reading as a line of kehoach's own."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    name = "kh\n  Thời hạn: lùi 0 ngày.yaml"
    plan = folder / name
    plan.write_text((VALID / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    git = ["git", "-c", "user.name=Văn thư", "-c", "user.email=vt@example.org"]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run([*git, "-C", str(tmp_path), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(tmp_path), "commit", "-qm", "init"], check=True)
    monkeypatch.chdir(tmp_path)
    code, _, err = run("done", "1/1", "--on", "20/06/2022")
    assert code == 0, err
    # the line break shown by its mark (fresh8, fresh7 L12), never a line of its own
    assert err.splitlines()[0] == "plans/kh␤  Thời hạn: lùi 0 ngày.yaml: Nhiệm vụ 1: Báo cáo"
    code, out, err = run("diff")
    assert code == 0, err
    heading = "1/KH-UBND (kh-thu): Kế hoạch thử — plans/kh Thời hạn: lùi 0 ngày.yaml"
    assert heading in out.splitlines()
    assert not any(line.startswith("  Thời hạn: lùi 0 ngày") for line in out.splitlines())


def test_a_file_with_cr_line_ends_is_named_as_such_and_fmt_makes_it_editable(
    tmp_path: Path,
) -> None:
    """A plan saved with CR alone (an old Mac editor) was said to "mix" line ends."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    plan = folder / "kh.yaml"
    plan.write_bytes((VALID / "minimal.yaml").read_bytes().replace(b"\n", b"\r"))
    code, _, err = run("done", "1/1", "--on", "20/06/2022", "--plans", folder)
    assert code == 2
    assert "tệp xuống dòng bằng CR (kiểu máy Mac cũ)" in err and "lẫn" not in err
    assert run("fmt", folder)[0] == 0
    assert b"\r" not in plan.read_bytes()
    assert run("done", "1/1", "--on", "20/06/2022", "--plans", folder)[0] == 0


def test_an_unknown_agency_is_not_offered_the_no_lead_marker_for_a_shared_khong(
    tmp_path: Path,
) -> None:
    """'Sở Xyz Không Có' got "có phải: Chưa giao cơ quan chủ trì?" from the word "không"."""
    folder = bundled_copy(tmp_path)
    plan = folder / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("- Sở Khoa học và Công nghệ", "- Sở Xyz Không Có", 1))
    code, out, _ = run("validate", folder)
    assert code == 1
    [line] = [line for line in out.splitlines() if "'Sở Xyz Không Có'" in line]
    assert line.endswith("không có cơ quan 'Sở Xyz Không Có' trong danh mục [unknown-agency]")


def test_a_broken_previous_feed_says_what_to_do_in_vietnamese(tmp_path: Path) -> None:
    """An empty or cut `lich.ics` (an interrupted copy) refused every later export with
    icalendar's English reason and no way out."""
    folder = bundled_copy(tmp_path)
    feed = tmp_path / "lich.ics"
    for broken in (b"", b"x\n", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"):
        feed.write_bytes(broken)
        code, _, err = run("export-ics", folder, "-o", feed)
        assert code == 2
        assert err.startswith(f"kehoach: {feed}: ")
        assert "lấy lại bản đã đăng (--previous TỆP) hoặc xóa tệp này để xuất lại" in err
        assert "Content line" not in err and "parsed" not in err
        assert feed.read_bytes() == broken  # refused, never overwritten
    feed.unlink()
    assert run("export-ics", folder, "-o", feed)[0] == 0
    assert feed.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_an_empty_title_or_an_overlong_id_is_said_in_vietnamese(tmp_path: Path) -> None:
    """`title: ''` (what an import of an empty cell wrote) got pydantic's English "String
    should have at least 1 character" under the generic code `schema`."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    text = (VALID / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Báo cáo", "title: ''").replace("id: kh-thu", "id: " + "k" * 81)
    (folder / "kh.yaml").write_text(text, encoding="utf-8")
    code, out, _ = run("validate", folder)
    assert code == 1
    assert f"{folder / 'kh.yaml'}:2:1: error: 'id': dài quá 80 ký tự [bad-value]" in out
    assert "'nhiệm vụ 1 › title' không được để trống [empty]" in out
    assert "should" not in out


def test_an_empty_plan_option_asks_for_a_plan_not_a_task_reference() -> None:
    code, _, err = run("status", BUNDLED, "--plan", "")
    assert code == 2
    assert "cần mã hoặc số kế hoạch, ví dụ 348 hoặc kh-348-2022" in err
    assert "KẾ_HOẠCH/NHIỆM_VỤ" not in err

"""What earlier sessions' clerks found and left open, fixed by `fixes25` (2026-12-03). Each
test is a step a clerk took and the answer they should have had; each runs the installed
command on plans in a git repository of the clerk's own."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import fits, on_terminal
from gitrun import git
from test_fixes24 import ELECTION, _commune, _commune_office, _edit, run

SLIPS = ("slips", "--from", "01/01/2026", "--to", "31/12/2027")


# --- 1. slips agrees with diff/log on an event moved ------------------------------------


def test_an_event_moved_with_its_document_is_no_hand_edit_in_slips(tmp_path: Path) -> None:
    """The election moved 23/05 → 30/05 by Nghị quyết 2: `diff` and `log` gave that as the
    reason of tasks 5 and 6, but `slips` counted two hand edits without reason."""
    root = _commune(tmp_path, ELECTION.replace("day: null", "day: 23/05/2027"))
    decided = "day: 30/05/2027\n    decided_by: Nghị quyết số 2/NQ-HĐBC"
    _edit(root, "day: 23/05/2027", decided, "Dời ngày bầu cử")
    slips = run(*SLIPS, cwd=root)
    assert slips.returncode == 0, slips.stderr
    assert "⚠ sửa tay" not in slips.stdout
    assert "0 lần chưa ghi đủ lý do" in slips.stdout
    assert "sự kiện “ngày bầu cử” dời sang ngày 30/05/2027" in slips.stdout
    moves = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)["moves"]
    assert {(m["task_id"], m["explained"], m["recorded"]) for m in moves} == {
        ("5", True, False),
        ("6", True, False),
    }
    assert {m["decided_by"] for m in moves} == {"Nghị quyết số 2/NQ-HĐBC"}
    assert all(m["counted_from_changed"] for m in moves)


def test_an_event_moved_without_its_document_lacks_it_in_slips(tmp_path: Path) -> None:
    """Moved with no new `decided_by`: `diff` says the document is missing; so does
    `slips`, as a move whose reason is known, not as a hand edit."""
    root = _commune(tmp_path, ELECTION.replace("day: null", "day: 23/05/2027"))
    _edit(root, "day: 23/05/2027", "day: 30/05/2027", "Dời ngày bầu cử")
    moves = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)
    total = moves["summary"]["total"]
    assert (total["unrecorded"], total["undecided"]) == (0, 2)
    text = run(*SLIPS, "-f", "markdown", cwd=root).stdout
    assert "chưa ghi văn bản quyết định: decided\\_by của sự kiện trong events:" in text


# --- 2. the issue day corrected ---------------------------------------------------------

COUNTED = ELECTION.replace(
    "deadline: Trước ngày 31/01/2027", "deadline: Trong vòng 30 ngày kể từ ngày ban hành kế hoạch"
)


def test_an_issue_day_corrected_is_the_cause_of_what_counts_from_it(tmp_path: Path) -> None:
    """`issued` 05/01 → 15/01 moved task 7 ("30 ngày kể từ ngày ban hành") ten days:
    `diff --require-reasons` asked task 7 for a reason no history entry can give, and
    named no cause; `slips` counted a hand edit. The correction is the cause, said once
    on the plan's line and at each deadline it moved."""
    root = _commune(tmp_path, COUNTED)
    path = root / "plans" / "kh-12-2027.yaml"
    path.write_text(COUNTED.replace("issued: 05/01/2027", "issued: 15/01/2027"), encoding="utf-8")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert "Ngày ban hành: 05/01/2027 → 15/01/2027" in done.stdout
    assert (
        "lý do: ngày ban hành kế hoạch sửa thành 15/01/2027 (trước đây ghi 05/01/2027)"
    ) in done.stdout
    git(root, "commit", "-qam", "Sửa ngày ban hành")
    log = run("log", "kh-12-2027/7", cwd=root)
    assert "ngày ban hành kế hoạch sửa thành 15/01/2027" in log.stdout
    total = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)["summary"]["total"]
    # the lead's ruling (session 36): a correction, not a moved deadline (was 1 move)
    assert (total["moves"], total["unexplained"]) == (0, 0)


# --- 3. a commune's calendar feed carries the work given to every commune ----------------


def test_a_communes_feed_carries_the_work_given_to_every_commune(tmp_path: Path) -> None:
    """`status --agency "ubnd xa do luong"` counts the province's tasks to "UBND các xã,
    phường" and "UBND cấp xã" as the commune's (giao chung); `export-ics --split agency`
    gave the commune a feed of its own plan's task alone: three deadlines missing from
    the calendar the commune subscribes to, and nothing said."""
    root = _commune_office(tmp_path)
    done = run("export-ics", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 0, done.stderr
    feed = (root / "feeds" / "nghe-an-xa-do-luong-ubnd.ics").read_text(encoding="utf-8")
    summaries = sorted(line for line in feed.splitlines() if line.startswith("SUMMARY:"))
    assert summaries == [
        "SUMMARY:[12/KH-UBND] 1. Báo cáo kinh tế - xã hội quý I",
        "SUMMARY:[50/KH-UBND] 1. Rà soát hạ tầng số",
        "SUMMARY:[50/KH-UBND] 2. Đào tạo cán bộ",
        "SUMMARY:[50/KH-UBND] 4. Cập nhật dữ liệu dân cư",
    ]
    status = run("status", "--agency", "ubnd xa do luong", "-f", "json", cwd=root)
    assert len(json.loads(status.stdout)["items"]) == len(summaries)
    # "UBND các phường" is no xã's: its feed keeps its task, the commune's does not
    assert "Chỉnh trang đô thị" not in feed


# --- 6. validate names a pointer to an appendix, as import does --------------------------


def test_validate_says_a_pointer_to_an_appendix_names_no_body(tmp_path: Path) -> None:
    """`import` says "Phân công chi tiết tại phụ lục 2" names no body and copies it for the
    clerk to replace; `validate` then called it an agency missing from the registry and
    guessed "có phải: Văn phòng Chính phủ?". It says what import says, and the way."""
    root = _commune_office(tmp_path)
    pointer = "lead: [Phân công chi tiết tại Phụ lục 2]"
    path = root / "plans" / "kh-50-2026.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("lead: [UBND cấp xã]", pointer),
        encoding="utf-8",
    )
    done = run("validate", cwd=root)
    assert done.returncode == 1
    (finding,) = [line for line in done.stdout.splitlines() if "Phụ lục 2" in line]
    assert finding.startswith("plans/kh-50-2026.yaml:25:12: error: 'Phân công chi tiết tại")
    assert "không nêu tên cơ quan nào" in finding
    assert "tách nhiệm vụ theo từng cơ quan" in finding
    assert finding.endswith("[lead-elsewhere]")
    assert "có phải" not in finding and "agencies.yaml" not in finding


# --- 4. timeline names an agency as status does ----------------------------------------


def _lead_cell(chart: str, title: str) -> str:
    """The lead column of the chart's row for `title`: what follows the title, up to the
    marks."""
    (row,) = [line for line in chart.splitlines() if title in line]
    return row.split(title, 1)[1].split("✗")[0].strip()


def test_timeline_names_an_agency_as_status_does(tmp_path: Path) -> None:
    """`status` names the commune's body "Ủy ban nhân dân xã Đô Lương (tỉnh Nghệ An)"; the
    chart's short form was "Ủy ban nhân dân xã", an alias for reading the commune's own
    plan, which says only "some commune"; and the work given to every commune, "UBND các
    xã, phường (giao chung, gồm …)" in status, was a bare "UBND các xã, phường"."""
    root = _commune_office(tmp_path)
    chart = run("timeline", cwd=root).stdout
    assert _lead_cell(chart, "Báo cáo kinh tế - xã hội quý I").startswith("Ủy ban nhân dân xã Đô")
    mine = run("timeline", "--agency", "ubnd xa do luong", cwd=root, columns=250).stdout
    assert _lead_cell(mine, "Rà soát hạ tầng số").startswith("UBND các xã, phường (giao")


# --- 5. narrow terminals: lines broken between words, hanging under their text ----------


def test_diff_log_and_deadline_fit_a_narrow_terminal(tmp_path: Path) -> None:
    """At 40 columns a change's line of 120 cells was left to the terminal, cut every 40
    cells: inside "ngày", its rest at the start of a line where the next change's
    indentation stands. Broken between words now, each piece hanging under its text;
    a pipe still gets each change on one line."""
    root = _commune(tmp_path, ELECTION.replace("day: null", "day: 23/05/2027"))
    _edit(root, "day: 23/05/2027", "day: 30/05/2027", "Dời ngày bầu cử")
    diff = on_terminal("diff", "HEAD~1", "HEAD", cwd=root, columns=40)
    fits(diff, 40)
    assert '    thời hạn: "Chậm nhất 40 ngày trước\n      ngày bầu cử" (13/04/2027)' in diff
    log = on_terminal("log", "kh-12-2027/5", cwd=root, columns=40)
    fits(log, 40)
    assert "\n      lý do: sự kiện “ngày bầu cử” dời\n        sang ngày 30/05/2027" in log
    phrase = "Chậm nhất 40 ngày làm việc trước ngày bầu cử đại biểu Quốc hội khóa XVI"
    reading = on_terminal("deadline", phrase, cwd=root, columns=40)
    fits(reading, 40)
    assert "Cụm từ    Chậm nhất 40 ngày làm việc\n          trước ngày bầu cử" in reading
    piped = run("diff", "HEAD~1", "HEAD", cwd=root, columns=40).stdout
    assert '(13/04/2027) → "Chậm nhất 40 ngày trước ngày bầu cử" (20/04/2027)' in piped


def test_a_word_longer_than_the_line_is_folded_between_graphemes() -> None:
    """A decided_by with no space in it, in a plan written decomposed (NFD: "ị" as "i" and
    U+0323): folded between characters, never between a letter and its mark."""
    import unicodedata

    from kehoach.base.text import clusters
    from kehoach.render.hanging import hang

    word = unicodedata.normalize("NFD", "NghịQuyếtSố2/NQ-HĐBCngàyBầuCửĐạiBiểu")
    shown = hang(f"      quyết định: {word}\n", 20)
    lines = shown.splitlines()
    assert len(lines) > 2
    for line in lines:
        assert not unicodedata.combining(line.strip()[0]), line  # no line starts on a mark
    assert "".join(line.strip() for line in lines[1:]).endswith(word[-10:])
    assert list(clusters(unicodedata.normalize("NFD", "ạ"))) == [unicodedata.normalize("NFD", "ạ")]

"""What a new user found in earlier sessions and left open, fixed by `review26`
(2026-12-03). Each test is a step a clerk took and the answer they should have had; each
runs the installed command on a plan in a git repository of the clerk's own."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import CLERK, fits, kehoach, on_terminal
from gitrun import git
from test_fixes24 import REGISTRY

PLAN = """\
schema: 1
id: kh-12-2026
number: 12/KH-UBND
title: Kế hoạch rà soát cử tri của UBND xã Đô Lương
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
commune: xã Đô Lương
issued: 05/01/2026
source: {document: KH 12.pdf, complete: true}
tasks:
  - id: "7"
    title: Báo cáo rà soát cử tri
    lead: [UBND xã]
    deadline: Trước ngày 27/02/2026
"""
SLIPS = ("slips", "--from", "01/01/2026", "--to", "31/12/2027")


def run(*args: str, cwd: Path, columns: int = 200) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env={**CLERK, "COLUMNS": str(columns)})


def _office(tmp_path: Path, plan: str = PLAN) -> Path:
    root = tmp_path / "office"
    plans = root / "plans"
    plans.mkdir(parents=True)
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-12-2026.yaml").write_text(plan, encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "Kế hoạch rà soát")
    return root


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "plans" / "kh-12-2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- 1. a move counted in the days status counts -----------------------------------------


def test_a_move_to_a_holiday_counts_the_day_status_counts(tmp_path: Path) -> None:
    """Moved from Friday 27/02 to 30/04/2026 (Ngày Chiến thắng; 01/05 a holiday, then a
    weekend): `status` says due 04/05/2026, but `diff`, `log` and `slips` said "lùi 62
    ngày", four days short of the move status shows. They count to 04/05 now, and show
    the day written beside it as status does."""
    root = _office(tmp_path)
    _edit(root, "Trước ngày 27/02/2026", "Trước ngày 30/04/2026")
    git(root, "commit", "-qam", "Lùi hạn báo cáo")
    status = run("status", "--as-of", "28/04/2026", cwd=root).stdout
    assert "30/04/2026 (T5)" in status and "04/05/2026" in status
    moved = (
        '"Trước ngày 27/02/2026" (27/02/2026) → "Trước ngày 30/04/2026" '
        "(30/04/2026 (T5) → 04/05/2026), lùi 66 ngày"
    )
    assert moved in run("diff", "HEAD~1", "HEAD", cwd=root).stdout
    assert moved in run("log", "kh-12-2026/7", cwd=root).stdout
    slips = run(*SLIPS, cwd=root).stdout
    assert "lùi tổng cộng 66 ngày" in slips
    (move,) = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)["moves"]
    assert (move["days"], move["new_due"], move["new_due_as_written"]) == (
        66,
        "2026-05-04",
        "2026-04-30",
    )
    (deadline,) = json.loads(run("diff", "HEAD~1", "HEAD", "-f", "json", cwd=root).stdout)["plans"][
        0
    ]["tasks"][0]["deadlines"]
    assert (deadline["shift_days"], deadline["old_due_as_written"]) == (66, None)


def test_a_move_between_two_saturdays_counts_from_monday_to_monday(tmp_path: Path) -> None:
    """Saturday 28/02 → Saturday 07/03/2026: status said due Monday 02/03 and Monday
    09/03; the history-only count (no git: the file's own `history`) rolls both too."""
    root = _office(tmp_path, PLAN.replace("27/02/2026", "28/02/2026"))
    entry = (
        "Trước ngày 07/03/2026\n    history:\n      - date: 20/02/2026\n"
        "        from: Trước ngày 28/02/2026\n        to: Trước ngày 07/03/2026\n"
        "        reason: Chờ số liệu\n        decided_by: Công văn số 5/UBND"
    )
    _edit(root, "Trước ngày 28/02/2026", entry)
    diff = run("diff", "--require-reasons", cwd=root)
    assert diff.returncode == 0, diff.stdout
    assert "(28/02/2026 (T7) → 02/03/2026)" in diff.stdout
    assert "(07/03/2026 (T7) → 09/03/2026), lùi 7 ngày" in diff.stdout
    outside = tmp_path / "copy"
    outside.mkdir()
    (outside / "plans").mkdir()
    for name in ("agencies.yaml", "kh-12-2026.yaml"):
        (outside / "plans" / name).write_bytes((root / "plans" / name).read_bytes())
    slips = kehoach(*SLIPS, "-f", "json", "plans", cwd=outside, env=CLERK)
    assert "chỉ tính theo lịch sử ghi trong tệp" in slips.stderr
    (move,) = json.loads(slips.stdout)["moves"]
    assert (move["old_due"], move["new_due"], move["days"]) == ("2026-03-02", "2026-03-09", 7)


# --- 2. a year taken from the issue day, the issue day corrected ----------------------------

NO_YEAR = PLAN.replace("Trước ngày 27/02/2026", "Trước ngày 30/6")


def test_an_issue_year_corrected_is_the_cause_of_a_deadline_without_its_year(
    tmp_path: Path,
) -> None:
    """ "Trước ngày 30/6" in a plan issued 05/01/2026 is due 30/06/2026; the issue day
    corrected to 05/01/2027 moved it a year, and `diff --require-reasons` asked task 7 a
    reason no history entry can give (exit 1) while a count from the issue day named the
    correction. The correction is the cause here too, said at the deadline."""
    root = _office(tmp_path, NO_YEAR)
    _edit(root, "issued: 05/01/2026", "issued: 05/01/2027")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert '(30/06/2026) → "Trước ngày 30/6" (30/06/2027), lùi 365 ngày' in done.stdout
    assert (
        "lý do: ngày ban hành kế hoạch sửa thành 05/01/2027 (trước đây ghi 05/01/2026): "
        "cụm từ không ghi năm, năm lấy theo ngày ban hành"
    ) in done.stdout
    git(root, "commit", "-qam", "Sửa ngày ban hành")
    document = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)
    total = document["summary"]["total"]
    # a correction, not a slip (review35): listed apart, out of the figures
    assert (total["moves"], total["unexplained"], total["unrecorded"]) == (0, 0, 0)
    assert [m["task_id"] for m in document["corrections"]] == ["7"]


def test_an_issue_day_written_gives_a_deadline_without_its_year_its_day(tmp_path: Path) -> None:
    """No issue day at first ("Trước ngày 30/6" had no day): writing it gives the deadline
    its day, as writing an event's day does: no move to explain."""
    root = _office(tmp_path, NO_YEAR.replace("issued: 05/01/2026", "issued: null"))
    _edit(root, "issued: null", "issued: 05/01/2026")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert '"Trước ngày 30/6" có ngày 30/06/2026' in done.stdout


def test_a_phrase_edited_with_the_issue_day_still_needs_its_reason(tmp_path: Path) -> None:
    """The guard: the issue day corrected in the same edit as the phrase itself is no
    cause of the phrase's move; its reason is asked as before."""
    root = _office(tmp_path, NO_YEAR)
    _edit(root, "issued: 05/01/2026", "issued: 05/01/2027")
    _edit(root, "Trước ngày 30/6", "Trước ngày 31/7")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 1
    assert "⚠ chưa ghi lý do và văn bản quyết định" in done.stdout


# --- 3. a title in the Mermaid chart shows as written ----------------------------------------

MARKUP = "<b>Đậm</b> <script>x</script> &lt; #1: a;b 5%%{init}"


def test_mermaid_draws_a_title_with_markup_as_written(tmp_path: Path) -> None:
    """A title holding "<b>", "<script>", "&lt;", "#", ":" and ";": the chart drew
    "&lt, mục số 1 - a,b 50%{init}", another title than the plan's. Each character
    Mermaid reads is written as its entity code, and Mermaid itself draws the title
    as typed, its markup as text."""

    from browser import mermaid_texts

    title = MARKUP.replace('"', '\\"')
    root = _office(tmp_path, PLAN.replace("title: Báo cáo rà soát cử tri", f'title: "{title}"'))
    done = run("timeline", "--format", "mermaid", "--as-of", "01/02/2026", cwd=root)
    assert done.returncode == 0, done.stderr
    block = "\n".join(done.stdout.splitlines()[1:-1])
    assert "<" not in block and "&" not in block
    texts = mermaid_texts(block, tmp_path)
    assert f"7 {MARKUP}" in [text.strip() for text in texts]


# --- 4. deadline's refusals and `deadline -` fit a narrow terminal ---------------------------


def test_a_refused_phrase_fits_a_narrow_terminal(tmp_path: Path) -> None:
    """The refusal of "Trước ngày 15/12" (no year, no --issued) is 160 cells: at 44
    columns the terminal cut it inside words. Broken between words now, hanging under
    its text; a pipe still gets it on one line."""
    shown = on_terminal(
        "deadline", "Trước ngày 15/12", cwd=tmp_path, columns=44, stderr_on_terminal=True
    )
    fits(shown, 44)
    assert "kehoach: không đọc được thời hạn 'Trước ngày\n         15/12'" in shown
    piped = run("deadline", "Trước ngày 15/12", cwd=tmp_path, columns=44)
    assert piped.returncode == 1
    assert len(piped.stderr.splitlines()) == 1
    assert "thêm --issued NGÀY_BAN_HÀNH" in piped.stderr


def test_phrases_read_from_stdin_fit_a_narrow_terminal(tmp_path: Path) -> None:
    """`kehoach deadline -` showed each reading and each refusal as one long line at 44
    columns, where `deadline "…"` breaks them: now the same, readings under their values
    and a refusal under its message."""
    phrases = (
        "Chậm nhất 40 ngày làm việc trước ngày bầu cử đại biểu Quốc hội khóa XVI\n"
        "Trước ngày 15/12\n"
    )
    shown = on_terminal(
        "deadline", "-", cwd=tmp_path, columns=44, stdin=phrases, stderr_on_terminal=True
    )
    fits(shown, 44)
    assert "Cụm từ    Chậm nhất 40 ngày làm việc trước\n          ngày bầu cử" in shown
    assert "<stdin>:2: error: không đọc được thời hạn\n           'Trước ngày 15/12'" in shown
    piped = kehoach("deadline", "-", stdin=phrases, cwd=tmp_path, env={**CLERK, "COLUMNS": "44"})
    assert piped.returncode == 1
    assert "Cụm từ    Chậm nhất 40 ngày làm việc trước ngày bầu cử đại biểu" in piped.stdout
    assert len(piped.stderr.splitlines()) == 1

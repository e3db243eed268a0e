"""What a new user broke in the `fresh` helper's fourth session (2026-11-30), and the
leftovers of the third: each test is what a clerk did and the answer they should have had."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import clirun
from gitrun import git
from kehoach.plan.settings import Settings, plan_paths

HERE = Path(__file__).parent
BUNDLED = HERE.parent / "plans"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"


def kehoach(*args: str | Path, cwd: Path = HERE, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed command, as a clerk runs it."""
    return clirun.kehoach(*args, cwd=cwd, env={**clirun.CLERK, "KEHOACH_PLANS": None, **env})


def repository(tmp_path: Path) -> Path:
    """The bundled plans, committed once in a new repository."""
    root = tmp_path / "kho"
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Chép kế hoạch")
    return root


# --- log: a task whose plan file was deleted, or which was taken out of its plan ------------


def test_log_follows_a_plan_whose_file_was_deleted(tmp_path: Path) -> None:
    """What happened to the NQ 20 plan?: after a commit deleting its file, `log` said
    "không có kế hoạch 'kh-tk-nq20-2022'" although git holds its whole life."""
    root = repository(tmp_path)
    git(root, "rm", "-q", "plans/kh-tk-nq20-2022.yaml")
    git(root, "commit", "-q", "-m", "Bỏ kế hoạch tổng kết NQ 20", author="Trần Văn Nam")

    done = kehoach("log", "kh-tk-nq20-2022/III.1", cwd=root)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Kế hoạch kh-tk-nq20-2022, nhiệm vụ III.1: 2 lần thay đổi"
    assert "Chép kế hoạch" in lines[1] and lines[2] == "    nhiệm vụ mới"
    assert "Trần Văn Nam  Bỏ kế hoạch tổng kết NQ 20" in lines[4]
    assert lines[5] == "    nhiệm vụ bị bỏ: tệp kế hoạch plans/kh-tk-nq20-2022.yaml bị xóa"
    assert "plans/kh-tk-nq20-2022.yaml đã bị xóa ở commit" in done.stderr

    as_json = json.loads(kehoach("log", "kh-tk-nq20-2022/III.1", "-f", "json", cwd=root).stdout)
    last = as_json["events"][-1]
    assert (last["file_deleted"], last["change"]["change"]) == (True, "removed")
    assert as_json["events"][0]["file_deleted"] is False


def test_log_follows_a_task_taken_out_of_its_plan(tmp_path: Path) -> None:
    root = repository(tmp_path)
    plan = root / "plans" / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    start = text.index('  - id: "7"\n')
    plan.write_text(text[:start] + text[text.index('  - id: "8"\n') :], encoding="utf-8")
    git(root, "commit", "-q", "-am", "Bỏ nhiệm vụ 7")

    done = kehoach("log", "348/7", cwd=root)
    assert done.returncode == 0, done.stderr
    *_, commit, what = done.stdout.splitlines()
    assert commit.endswith("Lê Thị Hoa  Bỏ nhiệm vụ 7") and what == "    nhiệm vụ bị bỏ"
    assert "nhiệm vụ 7 không còn trong" in done.stderr
    # a task git never saw is still an error naming the candidates
    missing = kehoach("log", "348/99", cwd=root)
    assert missing.returncode == 2
    assert "kế hoạch 'kh-348-2022' không có nhiệm vụ '99'" in missing.stderr


# --- KEHOACH_PLANS with empty entries only -------------------------------------------------


@pytest.mark.parametrize("value", [":", "::", ""])
def test_a_plans_variable_of_separators_only_counts_as_unset(tmp_path: Path, value: str) -> None:
    """`KEHOACH_PLANS=":"` (what `${A}:${B}` leaves when both are empty) gave
    "kehoach: : không có tệp kế hoạch (*.yaml) nào": a file with an empty name."""
    (tmp_path / "plans").mkdir()
    found = plan_paths([], Settings(), tmp_path, {"KEHOACH_PLANS": value})
    assert found == [tmp_path / "plans"]
    assert plan_paths([], Settings(), tmp_path, {"KEHOACH_PLANS": "a::b:"}) == [
        Path("a"),
        Path("b"),
    ]


def test_status_with_a_plans_variable_of_separators_reads_the_plans_folder() -> None:
    done = kehoach("status", "--as-of", "01/07/2022", cwd=HERE.parent, KEHOACH_PLANS=":")
    assert done.returncode == 0, done.stderr
    assert "Tình hình thực hiện tại ngày 01/07/2022" in done.stdout
    assert ": không có tệp" not in done.stderr


# --- new / import -o into a folder that does not exist -------------------------------------


def test_new_creates_the_folders_of_the_plan_file_and_says_so(tmp_path: Path) -> None:
    done = kehoach("new", "plans/2026/quy-1/kh-45-2026.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "plans/2026/quy-1/kh-45-2026.yaml").read_text(encoding="utf-8")
    assert done.stderr.splitlines()[0] == "đã tạo thư mục plans/2026/quy-1"
    # an existing folder is not announced
    again = kehoach("new", "plans/2026/kh-46-2026.yaml", cwd=tmp_path)
    assert again.returncode == 0 and "thư mục" not in again.stderr


def test_new_refuses_a_file_where_a_folder_is_needed(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kh-1.yaml").write_text("x: 1\n", encoding="utf-8")
    done = kehoach("new", "plans/kh-1.yaml/kh-2.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "kehoach: plans/kh-1.yaml: là một tệp, không phải thư mục\n"


def test_import_creates_the_folder_of_its_output(tmp_path: Path) -> None:
    table = "TT\tNội dung\tChủ trì\tThời hạn\n1\tBáo cáo sơ kết\tSở Nội vụ\tTrước ngày 15/3/2026\n"
    (tmp_path / "bang.tsv").write_text(table, encoding="utf-8")
    done = kehoach(
        "import", "bang.tsv", "-o", "plans/moi/kh-5-2026.yaml", "--title", "Kế hoạch",
        "--issuer", "UBND tỉnh Nghệ An", "--issued", "05/01/2026", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "15/3/2026" in (tmp_path / "plans/moi/kh-5-2026.yaml").read_text(encoding="utf-8")
    assert "đã tạo thư mục plans/moi" in done.stderr


# --- .xlsx dates shown month first ---------------------------------------------------------


def _sheet(path: Path, cells: list[tuple[date, str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    for number, (value, shown) in enumerate(cells, start=1):
        sheet.append([str(number), f"Việc {number}", "Sở Tài chính", value])
        sheet.cell(sheet.max_row, 4).number_format = shown
    book.save(path)
    return path


def _import(path: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(
        "import", path.name, "--title", "T", "--issuer", "UBND tỉnh Nghệ An", "--issued",
        "01/01/2026", cwd=path.parent,
    )  # fmt: skip


def test_a_us_ordered_date_that_cannot_swap_is_imported_as_stored_in_dd_mm(tmp_path: Path) -> None:
    """A cell shown "3/15/2026" (format m/d/yyyy) stores 15 March: only one reading."""
    from kehoach.review.tables import read_document

    book = _sheet(
        tmp_path / "us.xlsx",
        [
            (date(2026, 3, 15), "m/d/yyyy"),
            (date(2026, 4, 4), "mm/dd/yyyy"),  # the same either way
            (date(2026, 3, 4), "yyyy-mm-dd"),  # year first: never read day first
            (date(2026, 3, 4), "mmm d, yyyy"),  # the month by name
            (date(2026, 3, 4), "mm-dd-yy"),  # Excel's built-in short date: the reader's order
        ],
    )
    [table] = read_document(book.read_bytes(), "us.xlsx").tables
    days = [row[3].text for row in table.rows[1:]]
    assert days == ["15/03/2026", "04/04/2026", "04/03/2026", "04/03/2026", "04/03/2026"]


def test_a_us_ordered_date_that_could_swap_is_refused_naming_both_dates(tmp_path: Path) -> None:
    """Shown "3/4/2026" (m/d/yyyy), stored 04/03/2026; a clerk reading dd/mm sees 3 April.
    It was imported as 04/03/2026 without a word: whichever the author meant, one of the
    two is a wrong date."""
    book = _sheet(
        tmp_path / "us.xlsx",
        [
            (date(2026, 3, 15), "m/d/yyyy"),
            (date(2026, 3, 4), "m/d/yyyy"),
            (date(2026, 5, 6), "m/d"),
        ],
    )
    done = _import(book)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(
        "kehoach: us.xlsx: ô Sheet!D3, Sheet!D4 hiện ngày theo thứ tự tháng/ngày (định dạng "
        "'m/d/yyyy'): Sheet!D3 lưu ngày 04/03/2026, đọc theo dd/mm lại là 03/04/2026; "
        "không đoán ngày nào đúng: đổi định dạng sang dd/mm/yyyy"
    )


# --- a deadline on a holiday: status, a one-off event, a recurring series ------------------

REPORTS = """\
schema: 1
id: kh-bc-2026
title: Chế độ báo cáo
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 05/01/2026
source: {document: x, complete: true}
tasks:
  - id: "1"
    title: Báo cáo tháng
    lead: [UBND tỉnh]
    deadline: Trước ngày 30 hằng tháng
  - id: "2"
    title: Báo cáo sơ kết
    lead: [UBND tỉnh]
    deadline: Trước ngày 30/4/2026
"""


def test_a_written_day_on_a_holiday_is_judged_and_shown_as_the_readme_says(tmp_path: Path) -> None:
    """30/04/2026 is a holiday (then 01/05 and a weekend): `status` judges both the one-off
    deadline and April's monthly report due on 04/05/2026 (Bộ luật Dân sự 2015, Điều 148
    khoản 5); the feed puts the one-off event on 04/05 and says why, while the recurring
    series keeps the written day (an RRULE cannot follow holidays): the calendar reminds on
    or before the day status judges, never after. The README states this rule."""
    from dateutil.rrule import rrulestr

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(BUNDLED / "agencies.yaml", plans)
    (plans / "kh-bc-2026.yaml").write_text(REPORTS, encoding="utf-8")

    status = kehoach("status", plans, "--as-of", "05/05/2026", "--all", "-f", "json")
    due = {
        (i["task_id"], i["period"]): (i["due"], i["due_as_written"])
        for i in json.loads(status.stdout)["items"]
    }
    assert due["1", "tháng 4/2026"] == due["2", None] == ("2026-05-04", "2026-04-30")

    from icalendar import Calendar

    feed = kehoach("export-ics", plans, "--as-of", "01/04/2026").stdout
    events = {str(e["UID"]): e for e in Calendar.from_ical(feed).walk("VEVENT")}
    one_off, series = events["kh-bc-2026.2.m1@kehoach"], events["kh-bc-2026.1.m1@kehoach"]
    assert one_off.decoded("DTSTART") == date(2026, 5, 4)
    assert "hạn tính đến 04/05/2026" in str(one_off["DESCRIPTION"])
    start = series.decoded("DTSTART")
    rule = rrulestr(series["RRULE"].to_ical().decode(), dtstart=start)
    april = rule.between(datetime(2026, 4, 1), datetime(2026, 5, 1), inc=True)
    assert [d.date() for d in april] == [date(2026, 4, 30)]


# --- Part 2: a new user --------------------------------------------------------------------


def test_validate_counts_a_broken_registry_as_one_file_and_no_plan(tmp_path: Path) -> None:
    """A registry with a key written twice: "6 tệp, 4 kế hoạch (3 hợp lệ, 1 có lỗi)" for
    five files and three plans, all three sound: the registry counted twice, once as a
    plan. (The line names the registry apart since fresh20.)"""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans, ignore=shutil.ignore_patterns("sources"))
    with (plans / "agencies.yaml").open("a", encoding="utf-8") as registry:
        registry.write("schema: 1\n")
    done = kehoach("validate", plans)
    assert done.returncode == 1
    assert "[duplicate-key]" in done.stdout
    assert done.stderr.splitlines()[-1].startswith("3 kế hoạch (3 hợp lệ, 0 có lỗi)")


def test_a_plan_without_a_registry_is_told_how_to_start_one(tmp_path: Path) -> None:
    """A clerk's first plan in a repository of their own: "không tìm thấy danh mục cơ quan
    (plans/agencies.yaml)", and nothing about what the file holds."""
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(BUNDLED / "kh-22-2026.yaml", plans)
    done = kehoach("validate", plans, cwd=tmp_path)
    assert done.returncode == 1
    [finding] = [line for line in done.stdout.splitlines() if "[no-registry]" in line]
    assert "hãy tạo tệp agencies.yaml trong thư mục kế hoạch: 'schema: 1'" in finding
    # following the advice: the province's one body of its own, the rest national
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Nghệ An\nagencies:\n"
        "  - {id: ban-chi-dao, name: Ban Chỉ đạo tổng kết}\n",
        encoding="utf-8",
    )
    assert "[no-registry]" not in kehoach("validate", plans, cwd=tmp_path).stdout


def test_history_commands_in_a_repository_without_commits_speak_vietnamese(
    tmp_path: Path,
) -> None:
    """`log` in `git init`'s fresh repository said git's "your current branch 'main' does
    not have any commits yet"; `slips` put it in front of its Vietnamese fallback."""
    root = tmp_path / "kho"
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    git(root, "init", "-q", "-b", "main")
    done = kehoach("log", "348/7", cwd=root)
    assert done.returncode == 2
    assert done.stderr == f"kehoach: kho git {root} chưa có commit nào (chưa có lịch sử để đọc)\n"
    slips = kehoach("slips", cwd=root)
    assert "chưa có commit nào" in slips.stderr and "does not" not in slips.stderr


def test_a_shallow_clone_says_its_history_is_cut(tmp_path: Path) -> None:
    """In a `--depth 1` clone (CI's usual checkout) `log 348/1` called the task new in the
    commit that moved its deadline, and `slips` reported no move at all, without a word."""
    root = repository(tmp_path)
    plan = root / "plans" / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("Trước ngày 23/6/2022", "Trước ngày 30/6/2022", 1), "utf-8")
    git(root, "commit", "-q", "-am", "Lùi hạn nhiệm vụ 1")
    clone = tmp_path / "ban-sao"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{root}", str(clone))

    for args in (("log", "348/1"), ("slips",)):
        done = kehoach(*args, cwd=clone)
        assert done.returncode == 0, done.stderr
        assert "là bản sao nông (shallow clone)" in done.stderr
        assert "git fetch --unshallow" in done.stderr
    cut = kehoach("diff", "HEAD~1", "HEAD", cwd=clone)
    assert cut.returncode == 2
    assert "'HEAD~1'; kho git" in cut.stderr and "bản sao nông" in cut.stderr
    # a full history says nothing of the kind
    assert "bản sao nông" not in kehoach("log", "348/1", cwd=root).stderr


@pytest.mark.parametrize(
    "args",
    [
        ("done", "348/1", "--on", ""),
        ("reschedule", "348/1", "Trước ngày 30/7/2022", "--reason", "Chờ ý kiến", "--on", ""),
        ("slips", "--from", " "),
    ],
)
def test_an_empty_day_option_is_refused_not_read_as_today(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`kehoach done 348/1 --on "$NGAY"` with NGAY unset recorded today as the completion
    day, exit 0: a completion no one reported, and a verdict of late for a task done on
    time. An empty day is refused; leaving the option out still means today."""
    root = tmp_path / "kho"
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    before = (root / "plans" / "kh-348-2022.yaml").read_bytes()
    done = kehoach(*args, cwd=root)
    assert done.returncode == 2
    assert done.stderr == f"kehoach: {args[-2]}: để trống; cần một ngày dạng dd/mm/yyyy\n"
    assert (root / "plans" / "kh-348-2022.yaml").read_bytes() == before


def test_deadline_stdin_names_bytes_that_are_not_utf8_and_keeps_json_lines_utf8() -> None:
    """A line saved in a legacy code page reached JSON Lines as its raw byte (0xFF: no
    UTF-8, `jq` stops there) and stderr as "'a\\udcffb': không nhận ra thời hạn"; a file
    saved as UTF-16 was read as 20 garbled phrases."""
    lines = b"a\xffb\nTr\xc6\xb0\xe1\xbb\x9bc ng\xc3\xa0y 20/6/2022\n"
    done = clirun.kehoach_bytes("deadline", "-", "-f", "json", stdin=lines)
    assert done.returncode == 1
    first, second = (json.loads(line) for line in done.stdout.decode("utf-8").splitlines())
    assert first == {
        "phrase": "a\\xffb",
        "error": "dòng không phải văn bản UTF-8 (byte 0xFF ở cột 2); lưu tệp dưới dạng UTF-8",
    }
    assert second["last"] == "2022-06-20"
    utf16 = "Trước ngày 20/6/2022\n".encode("utf-16")
    done = clirun.kehoach_bytes("deadline", "-", stdin=utf16)
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.decode().startswith("<stdin>:1: error: dữ liệu vào là UTF-16")


def test_a_bidirectional_control_in_a_file_name_is_shown_not_sent(tmp_path: Path) -> None:
    """A plan saved as "kh-\\u202elmay.22.yaml" (RIGHT-TO-LEFT OVERRIDE, Trojan Source):
    every finding naming it reached the terminal raw, and displayed reversed from there
    to the end of the line ("…:01:lmay.22-hk/snalp"). Plans refuse the character; names and
    options show it as an escape, as they show ESC."""
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(BUNDLED / "agencies.yaml", plans)
    text = (BUNDLED / "kh-22-2026.yaml").read_text(encoding="utf-8")
    (plans / "kh-\u202elmay.22.yaml").write_text(text + "schema: 1\n", encoding="utf-8")
    done = kehoach("validate", plans, cwd=tmp_path)
    assert done.returncode == 1
    assert "\u202e" not in done.stdout + done.stderr
    assert done.stdout.startswith("plans/kh-\\u202elmay.22.yaml:")
    as_json = kehoach("validate", plans, "-f", "json", cwd=tmp_path)
    assert json.loads(as_json.stdout)["findings"][0]["path"] == "plans/kh-\u202elmay.22.yaml"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("id: kh-22-2026", "id: KH 22 2026", "không dấu cách (như kh-348-2022, so-tai-chinh)"),
        ('  - id: "III.1.1.a"', '  - id: "III 1"', "không dấu cách (như 3.1, III.1.b)"),
    ],
)
def test_an_id_of_the_wrong_form_is_told_the_form(old: str, new: str, said: str) -> None:
    """Said: "'id': giá trị 'KH 22 2026' không đúng dạng": which form, the clerk had to guess."""
    from kehoach.plan.loader import load_bytes
    from kehoach.plan.model import Plan

    text = (BUNDLED / "kh-22-2026.yaml").read_text(encoding="utf-8")
    assert old in text
    raw = text.replace(old, new, 1).encode("utf-8")
    _, model, findings = load_bytes(raw, "plans/kh-22-2026.yaml", Plan)
    assert model is None
    [finding] = findings
    assert finding.code == "bad-value"
    assert "không đúng dạng: cần " in finding.message and said in finding.message


def test_new_refuses_a_hidden_name_the_folder_search_skips(tmp_path: Path) -> None:
    """`kehoach new plans/.kh-45.yaml` wrote a plan `validate plans` and `status` skip
    without a word (hidden names are not searched), as G3 found for names without .yaml;
    `new plans/.yaml` was even advised to use "plans/.yaml.yaml"."""
    for name, instead in (("plans/.kh-45.yaml", "plans/kh-45.yaml"), ("plans/.yaml", "")):
        done = kehoach("new", name, cwd=tmp_path)
        assert done.returncode == 2
        assert "là tệp ẩn, kehoach không đọc; ví dụ plans/" in done.stderr
        assert instead in done.stderr and ".yaml.yaml" not in done.stderr
        assert not (tmp_path / name).exists()


def test_show_on_a_terminal_never_sends_the_bytes_of_a_file_that_is_not_utf8(
    tmp_path: Path,
) -> None:
    """A plan file in a pull request holding 0xFF and "ESC ] 0 ; … BEL" (set the window's
    title): `kehoach show` wrote its bytes raw, so the terminal obeyed the sequence. On a
    terminal they are shown; through a pipe (git's textconv) the bytes pass unchanged."""
    import pty

    hostile = b"schema: 1\xff\n\x1b]0;pwned\x07\n"
    (tmp_path / "kh.yaml").write_bytes(hostile)
    main, secondary = pty.openpty()
    environ = {**os.environ, "NO_COLOR": "1"}
    subprocess.run(
        [KEHOACH, "show", "kh.yaml"], cwd=tmp_path, stdout=secondary, env=environ, check=True
    )
    os.close(secondary)
    seen = os.read(main, 4096)
    os.close(main)
    assert b"\x1b" not in seen and b"\x07" not in seen
    assert b"schema: 1\\xff" in seen and "␛]0;pwned␇".encode() in seen
    piped = clirun.kehoach_bytes("show", "kh.yaml", cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == hostile


def test_log_and_slips_follow_a_plan_file_named_in_vietnamese(tmp_path: Path) -> None:
    """A clerk names the file "kế hoạch 348.yaml": `log 348/1` failed (exit 2) on git's
    C-quoted name ("plans/k\\341\\272\\277 ho…" không có ở phiên bản …) and `slips` fell
    back to the files' history, reporting no move where a commit moved a deadline 7 days
    without a reason."""
    root = tmp_path / "kho"
    (root / "plans").mkdir(parents=True)
    shutil.copy(BUNDLED / "agencies.yaml", root / "plans")
    plan = root / "plans" / "kế hoạch 348.yaml"
    shutil.copy(BUNDLED / "kh-348-2022.yaml", plan)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Chép kế hoạch")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("Trước ngày 23/6/2022", "Trước ngày 30/6/2022", 1), "utf-8")
    git(root, "commit", "-q", "-am", "Lùi hạn nhiệm vụ 1")
    git(root, "mv", "plans/kế hoạch 348.yaml", 'plans/kh "348".yaml')
    git(root, "commit", "-q", "-m", "Đổi tên tệp")

    done = kehoach("log", "348/1", cwd=root)
    assert done.returncode == 0, done.stderr
    assert '"Trước ngày 23/6/2022" (23/06/2022) → "Trước ngày 30/6/2022"' in done.stdout
    slips = kehoach("slips", cwd=root)
    assert slips.returncode == 0, slips.stderr
    assert "1 lần dời thời hạn của 1 nhiệm vụ" in slips.stdout
    assert "không có ở phiên bản" not in slips.stderr


def test_import_keeps_the_documents_roman_numerals_in_task_ids(tmp_path: Path) -> None:
    """A table numbered "III.1", "III.2.a" (as KH-UBND documents and the bundled plans
    write them) was imported as ids "iii.1", "iii.2.a": not the document's numbers, and
    `diff` against a hand-typed version of the plan saw every task removed and added."""
    table = (
        "TT\tNội dung\tChủ trì\tThời hạn\n"
        "III.1\tBáo cáo sơ kết\tSở Nội vụ\tTrước ngày 15/3/2026\n"
        "III.2.a)\tBáo cáo tổng kết\tSở Nội vụ\tTrước ngày 15/4/2026\n"
        "Đ.1\tHội nghị\tSở Nội vụ\tTrước ngày 15/5/2026\n"
    )
    (tmp_path / "bang.tsv").write_text(table, encoding="utf-8")
    done = kehoach(
        "import", "bang.tsv", "--title", "Kế hoạch", "--issuer", "UBND tỉnh Nghệ An",
        "--issued", "05/01/2026", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ids = [line.split('"')[1] for line in done.stdout.splitlines() if line.startswith("  - id:")]
    assert ids == ["III.1", "III.2.a", "D.1"]


@pytest.mark.parametrize(
    "args",
    [
        ("status", "-o", "plans/kh-348-2022.yaml"),
        ("timeline", "-f", "svg", "-o", "plans/agencies.yaml"),
        ("export-ics", "-o", "plans/kh-22-2026.YML"),
    ],
)
def test_a_report_is_never_written_over_a_plan(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`kehoach status -o plans/kh-348-2022.yaml` (tab completion one word too far) wrote
    the status table over the plan, exit 0: the plan, with any edit not committed, lost."""
    root = tmp_path / "kho"
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    before = {p.name: p.read_bytes() for p in (root / "plans").iterdir()}
    done = kehoach(*args, cwd=root)
    assert done.returncode == 2
    assert "không ghi báo cáo ra tệp .yaml/.yml" in done.stderr
    assert {p.name: p.read_bytes() for p in (root / "plans").iterdir()} == before


def test_a_registry_whose_successors_go_round_in_a_circle_is_refused(tmp_path: Path) -> None:
    """Sở A merged into Sở B, Sở B into Sở A: `validate` was clean, and `--agency "Sở B"`
    said "Sở B hợp nhất vào Sở A" while the expiry warning sent Sở A's work to Sở B."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Nghệ An\nagencies:\n"
        "  - {id: so-c, name: Sở C}\n"
        "  - {id: so-a, name: Sở A, valid_until: 2025-02-28, successor: so-b}\n"
        "  - {id: so-b, name: Sở B, valid_until: 2025-03-31, successor: so-a}\n"
        "  - {id: so-d, name: Sở D, valid_until: 2025-03-31, successor: so-d}\n",
        encoding="utf-8",
    )
    shutil.copy(BUNDLED / "kh-22-2026.yaml", plans)
    done = kehoach("validate", plans / "agencies.yaml", cwd=tmp_path)
    cycles = [line for line in done.stdout.splitlines() if "[successor-cycle]" in line]
    assert cycles == [
        "plans/agencies.yaml:5:53: error: chuỗi cơ quan kế thừa quay vòng: Sở A → Sở B → "
        "Sở A; sửa successor [successor-cycle]",
        "plans/agencies.yaml:7:53: error: chuỗi cơ quan kế thừa quay vòng: Sở D → Sở D; "
        "sửa successor [successor-cycle]",
    ]


def test_deadline_counts_from_the_issue_day_given_with_issued(tmp_path: Path) -> None:
    """`kehoach deadline "trong vòng 10 ngày làm việc kể từ ngày ban hành" --issued
    05/01/2026` answered "không có ngày cố định": the issue day was given, and `status`
    counts the same phrase from the plan's `issued`. Outside a repository the swaps kehoach
    ships count (session 42): Saturday 10/01/2026 is worked for 02/01 (Công văn
    12729/VPCP-KGVX), so the tenth working day is 16/01, not 19/01."""
    done = kehoach(
        "deadline", "trong vòng 10 ngày làm việc kể từ ngày ban hành", "--issued", "05/01/2026",
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "10 ngày làm việc sau 05/01/2026: hạn 16/01/2026 (Thứ Sáu)" in done.stdout
    other = kehoach(
        "deadline", "10 ngày kể từ ngày nhận văn bản", "--issued", "05/01/2026", cwd=tmp_path
    )  # another anchor: still no day without --from
    assert "không có ngày cố định" in other.stdout


@pytest.mark.parametrize("encoding", ["utf-8:strict", "ascii", "latin-1"])
def test_any_locale_encoding_reads_and_writes_utf8_without_crashing(encoding: str) -> None:
    """A machine in vi_VN.UTF-8 or en_US.UTF-8 reads stdin strictly (only the C locale
    escapes bad bytes): `deadline -` crashed on a 0xFF byte, exit 3 "lỗi nội bộ
    (UnicodeDecodeError…)"; PYTHONIOENCODING=ascii (an old cron or ssh set-up) crashed the
    first Vietnamese line of every command."""
    environ = {"PYTHONIOENCODING": encoding, "KEHOACH_NO_CACHE": "1"}
    lines = "a\udcffb\nTrước ngày 20/6/2022\n".encode("utf-8", "surrogateescape")
    done = clirun.kehoach_bytes("deadline", "-", stdin=lines, env=environ)
    assert done.returncode == 1, done.stderr
    assert "dòng không phải văn bản UTF-8 (byte 0xFF ở cột 2)" in done.stderr.decode("utf-8")
    assert "Hạn cuối  20/06/2022" in done.stdout.decode("utf-8")


def test_the_placeholders_kehoach_new_writes_must_be_replaced(tmp_path: Path) -> None:
    """`kehoach new` writes "…" for the title, the issuer, the source and each task's
    title; a clerk who filled in the tasks and lead but forgot the rest had a plan titled
    "…" that validated clean."""
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(BUNDLED / "agencies.yaml", plans)
    assert kehoach("new", "plans/kh-45-2026.yaml", cwd=tmp_path).returncode == 0
    plan = plans / "kh-45-2026.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace('      - "…"', "      - Sở Nội vụ").replace(
        'deadline: "…"', 'deadline: "Trước ngày 20/3/2026"'
    )
    text = text.replace("jurisdiction: null", "jurisdiction: Nghệ An", 1)
    plan.write_text(text.replace("issued: null", "issued: 05/01/2026", 1), encoding="utf-8")
    done = kehoach("validate", plans, cwd=tmp_path)
    assert done.returncode == 1
    found = [line.split(": error: ")[1] for line in done.stdout.splitlines()]
    assert found == [
        "'title' còn giá trị mẫu '…' của kehoach new; điền theo văn bản [placeholder]",
        "'issuer' còn giá trị mẫu '…' của kehoach new; điền theo văn bản [placeholder]",
        "'source › document' còn giá trị mẫu '…' của kehoach new; điền theo văn bản [placeholder]",
        "'nhiệm vụ 1 › title' còn giá trị mẫu '…' của kehoach new; điền theo văn bản [placeholder]",
    ]


@pytest.mark.parametrize("closed", ["stdout", "stderr"])
def test_a_closed_output_stream_is_no_crash(closed: str) -> None:
    """`kehoach validate >&-` (a daemon or cron wrapper that closes stdout) printed a
    Python traceback (AttributeError: 'NoneType' object has no attribute 'isatty'), exit
    1; with stderr closed it ended 120. Lines for a closed stream go nowhere."""
    shell = f"exec {'1' if closed == 'stdout' else '2'}>&-; exec {KEHOACH} validate plans"
    done = subprocess.run(
        ["sh", "-c", shell], cwd=HERE.parent, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "Traceback" not in done.stderr + done.stdout
    if closed == "stdout":
        assert done.stderr.startswith("3 kế hoạch (3 hợp lệ, 0 có lỗi)")


def test_diff_says_when_a_plans_id_was_edited_in_its_file(tmp_path: Path) -> None:
    """Editing `id:` of plans/kh-348-2022.yaml: `diff` showed "1 kế hoạch mới; 1 kế hoạch
    bị bỏ", 21 tasks gone and 21 new, with no word that it is the same file under a new
    id (which also ends every task's `log`)."""
    root = repository(tmp_path)
    plan = root / "plans" / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("id: kh-348-2022\n", "id: kh-348-2022-na\n", 1), "utf-8")
    done = kehoach("diff", cwd=root)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    added = lines.index(next(line for line in lines if line.startswith("Kế hoạch mới:")))
    assert lines[added + 1].startswith(
        "  cùng tệp với kế hoạch bị bỏ 'kh-348-2022': mã kế hoạch đổi thành 'kh-348-2022-na'?"
    )
    assert sum("cùng tệp" in line for line in lines) == 1

"""What a new user broke in the `fresh` helper's fifth session (2026-11-30): a clerk of a
provincial office who transcribed the Standing Committee's plan for the review of Nghị
quyết 20-NQ/TW into a repository of their own. Each test is what the clerk did and the
answer they should have had."""

from __future__ import annotations

import signal
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

import clirun
from gitrun import git

HERE = Path(__file__).parent

# The plan as the clerk typed it from /work/shared/seeds (a part of it), and the registry
# the no-registry advice asks for: only the province's own bodies.
PLAN = """\
# Kế hoạch của Ban Thường vụ Tỉnh ủy (chép từ văn bản)
schema: 1
id: kh-nq20-2022
number: null  # văn bản không ghi số
kind: Kế hoạch
title: Tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW
issuer: Ban Thường vụ Tỉnh ủy
jurisdiction: Nghệ An
source:
  document: sources/kh-tong-ket-nq20.txt
  complete: false
tasks:
  - id: "III.2"
    title: Xây dựng dự thảo Báo cáo tổng kết trên địa bàn tỉnh; gửi Ban Tuyên giáo Tỉnh ủy thẩm định
    lead:
      - Ban cán sự đảng Ủy ban nhân dân tỉnh
    deadline: "Không nêu thời hạn"
  - id: "III.3.b"
    title: Thẩm định báo cáo tổng kết, trình Ban Thường vụ Tỉnh ủy
    lead:
      - Ban Tuyên giáo Tỉnh ủy
    deadline: "trước ngày 15/4/2022"
  - id: "III.3.c"
    title: Trình Thường trực Tỉnh ủy ký ban hành
    lead:
      - Ban Tuyên giáo Tỉnh ủy
    deadline: "trình Thường trực Tỉnh ủy ký ban hành trước ngày 08/5/2022"
"""

REGISTRY = """\
schema: 1
jurisdiction: Nghệ An
agencies:
  - id: ban-can-su-dang-ubnd-tinh
    name: Ban cán sự đảng Ủy ban nhân dân tỉnh
"""


def kehoach(*args: str | Path, cwd: Path = HERE, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed command, as a clerk runs it."""
    return clirun.kehoach(*args, cwd=cwd, env={**clirun.CLERK, "KEHOACH_PLANS": None, **env})


def own_repository(tmp_path: Path) -> Path:
    """The clerk's folder: plans/ with the transcribed plan and a registry of one body."""
    root = tmp_path / "tinh-uy"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "kh-nq20-2022.yaml").write_text(PLAN, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    return root


# --- assign: a body every province has, read in the plan's jurisdiction --------------------


def test_assign_reads_a_provincial_body_the_national_registry_knows(tmp_path: Path) -> None:
    """`assign … --support "ban tuyen giao tinh uy"` was refused ("không có cơ quan …; có
    phải: Bộ Dân tộc và Tôn giáo?") although task III.3.b of the same plan leads with it
    and `validate` reads it: assign looked the name up without the plan's jurisdiction."""
    root = own_repository(tmp_path)
    assert kehoach("validate", cwd=root).returncode == 0

    done = kehoach(
        "assign",
        "kh-nq20-2022/III.2",
        "--support",
        "ban tuyen giao tinh uy",
        "--support",
        "So Noi vu",
        cwd=root,
    )
    assert done.returncode == 0, done.stderr
    text = (root / "plans" / "kh-nq20-2022.yaml").read_text(encoding="utf-8")
    # written as a plan of Nghệ An writes them (the plan reads them in its jurisdiction)
    assert "    support:\n      - Ban Tuyên giáo Tỉnh ủy\n      - Sở Nội vụ\n" in text
    assert kehoach("validate", "--strict", cwd=root).returncode == 0


def test_assign_still_refuses_a_body_unknown_in_the_plans_jurisdiction(tmp_path: Path) -> None:
    root = own_repository(tmp_path)
    before = (root / "plans" / "kh-nq20-2022.yaml").read_bytes()
    done = kehoach("assign", "kh-nq20-2022/III.2", "--support", "Sở Xyz", cwd=root)
    assert done.returncode == 2
    assert "không có cơ quan 'Sở Xyz' trong danh mục" in done.stderr
    assert (root / "plans" / "kh-nq20-2022.yaml").read_bytes() == before


# --- deadline: the day a phrase falls due, as status judges it -----------------------------


def test_deadline_says_a_sunday_falls_due_on_the_next_working_day(tmp_path: Path) -> None:
    """The clerk checked a phrase of the plan: `deadline` said "Hạn cuối 08/05/2022" with
    no word that it is a Sunday, while `status` judges the milestone due on 09/05/2022."""
    root = own_repository(tmp_path)
    phrase = "trình Thường trực Tỉnh ủy ký ban hành trước ngày 08/5/2022"
    said = kehoach("deadline", phrase, cwd=root)
    assert said.returncode == 0, said.stderr
    assert "Hạn cuối  08/05/2022\n" in said.stdout
    assert (
        "Đến hạn   09/05/2022 (08/05/2022 là Chủ nhật: ngày làm việc tiếp theo, "
        "BLDS 2015 Điều 148.5)\n"
    ) in said.stdout
    status = kehoach("status", "--as-of", "01/05/2022", "--plan", "kh-nq20-2022", "--all", cwd=root)
    assert "→ 09/05/2022" in status.stdout

    holiday = kehoach("deadline", "Trước ngày 30/4/2026", cwd=root).stdout
    assert "Đến hạn   04/05/2026 (30/04/2026 là ngày nghỉ lễ" in holiday
    working = kehoach("deadline", "trước ngày 15/4/2022", cwd=root).stdout
    assert "Đến hạn" not in working  # a Friday: due as written


def test_deadline_keeps_the_written_day_under_the_none_rollover(tmp_path: Path) -> None:
    root = own_repository(tmp_path)
    (root / "kehoach.toml").write_text('[calendar]\nrollover = "none"\n', encoding="utf-8")
    said = kehoach("deadline", "trước ngày 08/5/2022", cwd=root)
    assert said.returncode == 0 and "Đến hạn" not in said.stdout


# --- a symbolic link that leads to itself ----------------------------------------------------


def test_a_symlink_loop_in_the_plans_folder_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    """Two links naming each other (a botched `ln -s` while reorganising): every command
    crashed, exit 3 "lỗi nội bộ (RuntimeError: Symlink loop from …)". Like a dangling link
    it is a file that cannot be read, named with the reason; the other plans still count."""
    root = own_repository(tmp_path)
    (root / "plans" / "vong.yaml").symlink_to("vong2")
    (root / "plans" / "vong2").symlink_to("vong.yaml")
    said = kehoach("validate", cwd=root)
    assert said.returncode == 1, said.stderr
    assert said.stdout.splitlines() == [
        "plans/vong.yaml:1:1: error: không đọc được tệp: vòng lặp liên kết tượng trưng "
        "(liên kết trỏ về chính nó) [io]"
    ]
    status = kehoach("status", "--as-of", "10/4/2022", cwd=root)
    assert status.returncode == 1 and "kh-nq20-2022" in status.stdout
    assert "lỗi nội bộ" not in status.stderr
    for command in (("timeline",), ("fmt", "--check"), ("export-ics", "-o", "-")):
        ran = kehoach(*command, cwd=root)
        assert ran.returncode in {1, 2} and "lỗi nội bộ" not in ran.stderr, (command, ran.stderr)
    done = kehoach("done", "kh-nq20-2022/III.3.b", "--on", "14/4/2022", cwd=root)
    assert done.returncode == 0, done.stderr


def test_a_symlink_loop_named_on_the_command_line_is_said_to_be_a_loop(tmp_path: Path) -> None:
    root = own_repository(tmp_path)
    (root / "plans" / "vong.yaml").symlink_to("vong.yaml")
    said = kehoach("validate", "plans/vong.yaml", cwd=root)
    assert said.returncode == 2
    assert said.stderr == (
        "kehoach: plans/vong.yaml: vòng lặp liên kết tượng trưng (liên kết trỏ về chính nó)\n"
    )


# --- an edit of a long plan costs what the file's size does --------------------------------


def test_splice_of_one_line_in_a_long_plan_is_not_quadratic() -> None:
    """`done` on a plan of 20,000 short tasks took 260 s (10,000: 32 s of CPU, 5,000: 10 s,
    where `fmt` grows linearly): difflib aligned the two whole dumps, whose repeated lines
    ("    lead: [STC]") make its search quadratic. The lines an edit leaves alone around
    the change are matched first; the result is the same text."""
    import time

    from kehoach.review.edit import splice

    tasks = [
        f'  - id: "{i}"\n    title: NV{i}\n    lead: [STC]\n    deadline: "1/6/2026"\n'
        for i in range(1, 12001)
    ]
    before = "schema: 1\ntasks:\n" + "".join(tasks)
    changed = [*tasks[:6000], tasks[6000] + "    status: done\n", *tasks[6001:]]
    after = "schema: 1\ntasks:\n" + "".join(changed)
    original = "# kế hoạch\n" + before  # a comment the dump has too; kept

    started = time.process_time()
    result = splice(original, before, after)
    spent = time.process_time() - started

    assert result == "# kế hoạch\n" + after
    assert spent < 2.0, f"{spent:.1f} s of CPU to splice one line"  # 0.05 s; it took 20+


def test_splice_still_refuses_a_line_not_written_as_ruamel_writes_it() -> None:
    from kehoach.review.edit import splice

    before = 'tasks:\n  - id: "1"\n    deadline: "1/6/2026"\n'
    after = 'tasks:\n  - id: "1"\n    deadline: "2/6/2026"\n'
    original = "tasks:\n  - id: '1'\n    deadline: 1/6/2026\n"  # hand-written, not canonical
    assert splice(original, before, after) is None


# --- Ctrl-C while the command is still starting ----------------------------------------------

_INTERRUPTED_WHILE_LOADING = """
import builtins, os, signal, sys
real = builtins.__import__
def interrupt_at_typer(name, *args, **kwargs):
    if name == "typer":  # the first heavy import, where a Ctrl-C lands most often
        builtins.__import__ = real
        os.kill(os.getpid(), signal.SIGINT)
    return real(name, *args, **kwargs)
builtins.__import__ = interrupt_at_typer
sys.argv = ["kehoach", "status"]
from kehoach.cli import main
main()
"""


def _python(code: str, sigint: signal.Handlers) -> subprocess.CompletedProcess[str]:
    """`code` run by this Python in a child whose SIGINT is `sigint` as it starts. SIG_DFL
    is a clerk's terminal; a suite run in the background (`make test &`, nohup) ignores
    SIGINT and a child inherits the ignore, so the tests set it: Python installs its
    KeyboardInterrupt only over the default, and a Ctrl-C sent to an ignoring child does
    nothing."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=HERE,
        preexec_fn=partial(signal.signal, signal.SIGINT, sigint),
    )


def test_ctrl_c_while_the_command_loads_exits_130_without_a_traceback() -> None:
    """Ctrl-C in the first tenth of a second (Python importing typer and rich) printed a
    traceback ending "KeyboardInterrupt"; later it exits 130 in silence."""
    ran = _python(_INTERRUPTED_WHILE_LOADING, signal.SIG_DFL)
    assert ran.returncode == 130, ran.stderr
    assert ran.stderr == ""


_SIGINT_AFTER_IMPORT = """
import signal
import kehoach.cli
handler = signal.getsignal(signal.SIGINT)
print({signal.default_int_handler: "python", signal.SIG_IGN: "ignored"}.get(handler, handler))
"""


@pytest.mark.parametrize(
    ("caller", "kept"),
    [(signal.SIG_DFL, "python"), (signal.SIG_IGN, "ignored")],
    ids=["terminal", "background"],
)
def test_importing_the_cli_leaves_ctrl_c_to_python(caller: signal.Handlers, kept: str) -> None:
    """The quiet exit covers the loading only: a program (pytest) that imports the CLI
    keeps Python's own KeyboardInterrupt, and a SIGINT its caller ignores (a background
    job, nohup) stays ignored."""
    ran = _python(_SIGINT_AFTER_IMPORT, caller)
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, f"{kept}\n", "")


# --- a plan without an issue day, counted from its first deadline as the document gave it ----

MOVED = """\
    history:
      - date: 2022-04-05
        from: "trước ngày 08/4/2022"
        to: "trước ngày 20/4/2022"
        reason: Chờ số liệu quý I
        decided_by: Công văn số 123-CV/TU ngày 05/4/2022
"""


def test_a_moved_first_deadline_does_not_move_the_day_a_plan_is_counted_from(
    tmp_path: Path,
) -> None:
    """The plan states no issue day, so it is counted from its first deadline: 08/04/2022
    (task III.1). After `reschedule` moved III.1 to 20/04/2022, `status --as-of
    10/04/2022` counted nothing ("Chưa tính kh-nq20-2022: … tính từ thời hạn đầu tiên
    15/04/2022"), although III.3.b fell due in five days: the plan had been issued before
    its first deadline as the document gave it, whatever moved later."""
    root = own_repository(tmp_path)
    plan = root / "plans" / "kh-nq20-2022.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        '  - id: "III.2"',
        '  - id: "III.1"\n    title: Xây dựng báo cáo tổng kết\n    lead:\n'
        '      - Mặt trận Tổ quốc Việt Nam tỉnh\n    deadline: "trước ngày 20/4/2022"\n'
        + MOVED
        + '  - id: "III.2"',
    )
    plan.write_text(text, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text(
        REGISTRY + "  - id: mttq-tinh\n    name: Mặt trận Tổ quốc Việt Nam tỉnh\n",
        encoding="utf-8",
    )
    assert kehoach("validate", "--strict", cwd=root).returncode == 0

    said = kehoach("status", "--as-of", "10/04/2022", "-f", "json", cwd=root)
    assert said.returncode == 0, said.stderr
    import json

    report = json.loads(said.stdout)
    assert report["not_in_force"] == []
    bins = {(i["task_id"], i["bin"], i["due_soon"]) for i in report["items"]}
    assert ("III.3.b", "in_time", True) in bins and ("III.1", "in_time", False) in bins

    before = json.loads(kehoach("status", "--as-of", "07/04/2022", "-f", "json", cwd=root).stdout)
    assert before["not_in_force"][0]["since"] == "2022-04-08"  # the document's first deadline


def test_reschedule_refuses_a_decision_day_after_today(tmp_path: Path) -> None:
    """`reschedule … --on 01/01/2030` wrote a decision of 2030 into the history (slips
    dated the move then), while `done --on` a day to come is refused."""
    root = own_repository(tmp_path)
    before = (root / "plans" / "kh-nq20-2022.yaml").read_bytes()
    said = kehoach(
        "reschedule",
        "kh-nq20-2022/III.3.b",
        "trước ngày 20/4/2022",
        "--reason",
        "Lùi",
        "--on",
        "01/01/2200",
        cwd=root,
    )
    assert said.returncode == 2
    assert said.stderr.startswith("kehoach: --on 01/01/2200: ngày quyết định sau hôm nay (")
    assert (root / "plans" / "kh-nq20-2022.yaml").read_bytes() == before


def test_deadline_still_reads_a_phrase_beside_a_broken_calendar_file(tmp_path: Path) -> None:
    """The day-off line needs the repository's calendar.yaml; a broken one must not stop
    the reading itself, and must not pass in silence either."""
    root = own_repository(tmp_path)
    (root / "plans" / "calendar.yaml").write_text(
        "schema: 1\nyears:\n  2026:\n    swaps:\n      - off: 31/02/2026\n", encoding="utf-8"
    )
    said = kehoach("deadline", "trước ngày 08/5/2022", cwd=root)
    assert said.returncode == 0, said.stderr
    assert "Hạn cuối  08/05/2022\n" in said.stdout and "Đến hạn" not in said.stdout
    assert "plans/calendar.yaml:5:9: error:" in said.stderr
    assert said.stderr.endswith(
        "kehoach: plans/calendar.yaml: lịch ngày nghỉ có lỗi; chưa cho biết hạn rơi vào ngày "
        "nghỉ thì đến hạn ngày nào cho tới khi sửa tệp\n"
    )


# --- an empty path is no path -----------------------------------------------------------------


def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path: Path) -> None:
    """`-o "$OUT"` or `validate "$PLANS"` with the variable unset: `schema --out ""` wrote
    three files into the current folder (exit 0), `validate ""` searched it, `status -o ""`
    refused naming ".", `new ""` advised "..yaml"."""
    root = own_repository(tmp_path)
    cases = {
        ("schema", "--out", ""): "kehoach: --out: để trống; cần tên tệp hoặc thư mục\n",
        ("status", "-o", ""): "kehoach: -o: để trống; cần tên tệp hoặc thư mục\n",
        ("status", "--output="): "kehoach: --output: để trống; cần tên tệp hoặc thư mục\n",
        (
            "export-ics",
            "--out-dir",
            " ",
        ): "kehoach: --out-dir: để trống; cần tên tệp hoặc thư mục\n",
        ("done", "kh-nq20-2022/III.3.b", "--plans", ""): (
            "kehoach: --plans: để trống; cần tên tệp hoặc thư mục\n"
        ),
        ("validate", ""): "kehoach: validate: đường dẫn để trống; cần tên tệp hoặc thư mục\n",
        ("status", "--as-of", "10/4/2022", ""): (
            "kehoach: status: đường dẫn để trống; cần tên tệp hoặc thư mục\n"
        ),
        ("new", ""): "kehoach: new: đường dẫn để trống; cần tên tệp hoặc thư mục\n",
    }
    for args, said in cases.items():
        ran = kehoach(*args, cwd=root)
        assert (ran.returncode, ran.stderr) == (2, said), args
    assert sorted(p.name for p in root.iterdir()) == ["plans"]  # nothing written
    # an empty value of another option keeps its own answer
    agency = kehoach("status", "--agency", "", cwd=root)
    assert agency.returncode == 2 and "đường dẫn" not in agency.stderr


# --- canonical form is NFC ---------------------------------------------------------------------


def test_fmt_writes_a_plan_saved_in_nfd_in_nfc(tmp_path: Path) -> None:
    """A plan saved on macOS (NFD) passed `fmt --check` as canonical; `grep "Tỉnh ủy"`
    found none of its lines, and edits then mixed both forms in one file."""
    import unicodedata

    root = own_repository(tmp_path)
    plan = root / "plans" / "kh-nq20-2022.yaml"
    plan.write_text(unicodedata.normalize("NFD", PLAN), encoding="utf-8")
    check = kehoach("fmt", "--check", cwd=root)
    assert check.returncode == 1 and "plans/kh-nq20-2022.yaml" in check.stdout
    assert kehoach("fmt", cwd=root).returncode == 0
    assert plan.read_text(encoding="utf-8") == PLAN  # NFC, and nothing else changed
    assert kehoach("fmt", "--check", cwd=root).returncode == 0


# --- diff: a symbolic link is no plan --------------------------------------------------------


def test_diff_leaves_out_symbolic_links_as_the_other_commands_do(tmp_path: Path) -> None:
    """A commit adding `plans/alias.yaml -> kh-nq20-2022.yaml`: `diff HEAD~1 HEAD` said
    "HEAD:plans/alias.yaml:1:1: error: tệp phải là một mapping [schema]" and exit 1 (git
    stores a link as the path it names), while validate and status read the plan once."""
    root = own_repository(tmp_path)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "KH NQ 20")
    (root / "plans" / "alias.yaml").symlink_to("kh-nq20-2022.yaml")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Thêm liên kết")

    for args in (("diff", "HEAD~1", "HEAD"), ("diff",), ("diff", "HEAD~1")):
        said = kehoach(*args, cwd=root)
        assert said.returncode == 0, (args, said.stdout, said.stderr)
        assert "mapping" not in said.stdout + said.stderr
        assert "không có thay đổi" in said.stdout
    assert kehoach("validate", cwd=root).returncode == 0


# --- import: a cell no task table has ------------------------------------------------------


def test_import_refuses_a_cell_too_long_for_a_table_in_one_line(tmp_path: Path) -> None:
    """A tab-separated table with a 10 MB cell (or a quote left open that swallows the
    rest of the file): exit 3 "lỗi nội bộ (Error: field larger than field limit
    (131072))"."""
    for name, text in {
        "dai.tsv": "TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n"
        f"1\t{'a' * 200_000}\tSở Nội vụ\ttrước ngày 08/4/2022\n",
        "ngoac.csv": 'TT,Nội dung,Cơ quan chủ trì,Thời gian hoàn thành\n1,"Xây dựng'
        + " báo cáo" * 20_000
        + "\n",
    }.items():
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        said = kehoach("import", source, "--title", "T", "--issuer", "UBND tỉnh Nghệ An")
        assert said.returncode == 2, said.stderr
        assert said.stderr.startswith(f"kehoach: {source}: dòng ")
        assert "một ô dài hơn 131.072 ký tự" in said.stderr and "lỗi nội bộ" not in said.stderr
        assert said.stdout == ""


def test_import_reads_a_table_saved_with_cr_line_ends(tmp_path: Path) -> None:
    """Excel's "CSV (Macintosh)" ends lines with CR alone: exit 3 "lỗi nội bộ (Error:
    new-line character seen in unquoted field …)"."""
    source = tmp_path / "bang.csv"
    source.write_bytes(
        "TT,Nội dung,Cơ quan chủ trì,Thời gian hoàn thành\r"
        "1,Xây dựng báo cáo tổng kết,Sở Nội vụ,trước ngày 08/4/2022\r"
        "2,Thẩm định,Sở Tư pháp,trước ngày 15/4/2022\r".encode()
    )
    said = kehoach("import", source, "--title", "T", "--issuer", "UBND tỉnh Nghệ An")
    assert said.returncode == 0, said.stderr
    assert 'deadline: "trước ngày 08/4/2022"' in said.stdout
    assert 'deadline: "trước ngày 15/4/2022"' in said.stdout
    assert said.stderr.startswith("đã nhập 2 nhiệm vụ")

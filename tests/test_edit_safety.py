"""No lost edit: concurrent edits, one read per edit, links, permissions and what a killed
edit leaves behind, through the installed command in real temporary git repositories."""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from test_review import KEHOACH, PLAN, REASON_1, Repo, fresh_repo

# Pauses a kehoach process at one point until the test says go, so an interleaving that
# real use hits by chance happens every time. KEHOACH_TEST_PAUSE names the point:
# "replace" (just before the edited file is moved into place) or "loaded" (just after the
# plans were first read, before the edit is built).
PAUSE_HOOK = """
import os, pathlib, time

def _hold():
    signals = pathlib.Path(os.environ["KEHOACH_TEST_SIGNALS"])
    (signals / "paused").touch()
    end = time.monotonic() + 20
    while not (signals / "go").exists() and time.monotonic() < end:
        time.sleep(0.01)

_point = os.environ.get("KEHOACH_TEST_PAUSE")
if _point == "replace":
    _real_replace = os.replace
    def _replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".yaml"):
            _hold()
        return _real_replace(src, dst, *args, **kwargs)
    os.replace = _replace
elif _point == "loaded":
    import kehoach.plan.loader as _loader
    _real_load = _loader.load_repository
    def _load(*args, **kwargs):
        repo = _real_load(*args, **kwargs)
        _hold()
        return repo
    _loader.load_repository = _load
"""


def paused(
    repo: Repo, tmp_path: Path, point: str, *args: str
) -> tuple[subprocess.Popen[str], Path]:
    """Start `kehoach ARGS` and return once it is held at `point`; touch `go` to release it."""
    hooks = tmp_path / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "sitecustomize.py").write_text(PAUSE_HOOK, encoding="utf-8")
    signals = tmp_path / f"signals-{point}"
    signals.mkdir()
    env = {
        **repo.env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(hooks), repo.env.get("PYTHONPATH")])),
        "KEHOACH_TEST_PAUSE": point,
        "KEHOACH_TEST_SIGNALS": str(signals),
    }
    process = subprocess.Popen(
        [KEHOACH, *args], cwd=repo.root, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    end = time.monotonic() + 20
    while not (signals / "paused").exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < end
        time.sleep(0.01)
    return process, signals / "go"


def start(repo: Repo, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [KEHOACH, *args], cwd=repo.root, env=repo.env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def tasks(repo: Repo) -> dict[str, dict[str, object]]:
    data = yaml.safe_load(repo.read())
    return {str(task["id"]): task for task in data["tasks"]}


# --- concurrent edits -------------------------------------------------------------------

MORE_TASKS = "".join(
    f'\n  - id: "{n}"\n    title: Nhiệm vụ thêm số {n}\n    lead:\n      - Sở Tài chính\n'
    f'    deadline: "Trước ngày 30/9/2022"\n'
    for n in range(4, 9)
)


def test_concurrent_edits_of_one_plan_all_land(tmp_path: Path) -> None:
    """Five edit processes on five tasks of one plan at once: each waits its turn, none is
    refused as stale, and every edit that exited 0 is in the file."""
    repo = fresh_repo(tmp_path)
    repo.write(repo.read() + MORE_TASKS)
    edits = {
        "1": ("done", "15/KH-UBND/1", "--on", "01/02/2022"),
        "3": ("assign", "15/KH-UBND/3", "--lead", "so noi vu"),
        "4": ("done", "15/KH-UBND/4", "--on", "04/02/2022"),
        "5": ("reschedule", "15/KH-UBND/5", "Trước ngày 15/10/2022", "--reason", REASON_1),
        "6": ("done", "15/KH-UBND/6", "--on", "06/02/2022"),
    }
    processes = {task: start(repo, *args) for task, args in edits.items()}
    results = {task: finish(process) for task, process in processes.items()}
    landed = {
        "1": lambda t: str(t.get("completed")) == "2022-02-01",
        "3": lambda t: t["lead"] == ["Sở Nội vụ"],
        "4": lambda t: str(t.get("completed")) == "2022-02-04",
        "5": lambda t: t["deadline"] == "Trước ngày 15/10/2022" and len(t["history"]) == 1,
        "6": lambda t: str(t.get("completed")) == "2022-02-06",
    }
    now = tasks(repo)
    for task, (code, stderr) in results.items():
        if code == 0:
            assert landed[task](now[task]), f"edit of task {task} exited 0 but is lost: {stderr}"
    assert {task: code for task, (code, _) in results.items()} == dict.fromkeys(edits, 0)
    assert repo.kehoach("validate", "plans").returncode == 0
    assert sorted(p.name for p in (repo.root / "plans").iterdir()) == [
        "agencies.yaml", "kh-15-2022.yaml", "kh-15-2023.yaml",
    ]  # fmt: skip


def test_an_edit_held_before_its_rename_does_not_overwrite_another(tmp_path: Path) -> None:
    """The interleaving that lost an edit: one edit has checked the file and is about to
    move its version into place when a second one runs. The second waits for the first
    and is built on the file the first wrote."""
    repo = fresh_repo(tmp_path)
    first, go = paused(repo, tmp_path, "replace", "done", "15/KH-UBND/1", "--on", "01/03/2022")
    second = start(repo, "assign", "15/KH-UBND/3", "--lead", "so noi vu")
    with contextlib.suppress(subprocess.TimeoutExpired):
        second.wait(timeout=2)  # without the lock it finishes here, before the first
    go.touch()
    assert finish(first)[0] == 0 and finish(second)[0] == 0
    now = tasks(repo)
    assert (now["1"]["status"], str(now["1"]["completed"])) == ("done", "2022-03-01")
    assert now["3"]["lead"] == ["Sở Nội vụ"]


def test_history_records_the_phrase_the_edit_replaced(tmp_path: Path) -> None:
    """Two reschedules of one task: the second read the plans before the first wrote. Its
    history entry says it moved the first one's phrase, not the phrase it first read."""
    repo = fresh_repo(tmp_path)
    late, go = paused(
        repo, tmp_path, "loaded",
        "reschedule", "15/KH-UBND/3", "Trước ngày 31/7/2022", "--reason", "Lần hai", "--on", "2/6/2022",
    )  # fmt: skip
    repo.ok("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", "Lần một",
            "--on", "1/6/2022")  # fmt: skip
    go.touch()
    assert finish(late)[0] == 0
    history = tasks(repo)["3"]["history"]
    assert [(h["from"], h["to"]) for h in history] == [
        ("Trước ngày 30/6/2022", "Trước ngày 15/7/2022"),
        ("Trước ngày 15/7/2022", "Trước ngày 31/7/2022"),
    ]
    assert tasks(repo)["3"]["deadline"] == "Trước ngày 31/7/2022"


# --- what a killed edit leaves ----------------------------------------------------------


def test_a_killed_edit_leaves_nothing_read_and_the_next_edit_sweeps_it(tmp_path: Path) -> None:
    """A temporary `.NAME.yaml.xxxxxxxx` (a whole plan, as a killed edit leaves it) and a
    stale lock file are never read as plans, and the next edit in the folder removes them."""
    repo = fresh_repo(tmp_path)
    plans = repo.root / "plans"
    leftovers = [plans / ".kh-15-2022.yaml.k1ll3d_x", plans / ".kh-15-2023.yaml.abcd1234"]
    for leftover in leftovers:
        leftover.write_text(repo.read(), encoding="utf-8")  # a duplicate id if it were read
    (plans / ".kh-15-2022.yaml.lock").touch()
    keep = plans / ".ghi-chu.txt.abcd1234"  # not a plan's temporary: not ours to remove
    keep.write_text("x", encoding="utf-8")
    validate = repo.kehoach("validate", "plans")
    assert validate.returncode == 0, validate.stdout
    assert "2 kế hoạch (2 hợp lệ, 0 có lỗi)" in validate.stderr
    repo.ok("done", "15/KH-UBND/1", "--on", "01/03/2022")
    assert sorted(p.name for p in plans.iterdir()) == [
        ".ghi-chu.txt.abcd1234", "agencies.yaml", "kh-15-2022.yaml", "kh-15-2023.yaml",
    ]  # fmt: skip


# --- links and permissions --------------------------------------------------------------


def test_an_edit_through_a_link_changes_the_file_it_names(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    real = repo.root / "plans" / "2022" / "kh-15-2022.yaml"
    real.parent.mkdir()
    (repo.root / PLAN).rename(real)
    (repo.root / PLAN).symlink_to(Path("2022") / "kh-15-2022.yaml")
    repo.ok("done", "15/KH-UBND/1", "--on", "01/03/2022", "--plans", PLAN)
    assert (repo.root / PLAN).is_symlink()
    assert "    status: done\n    completed: 2022-03-01\n" in real.read_text(encoding="utf-8")
    assert sorted(p.name for p in real.parent.iterdir()) == ["kh-15-2022.yaml"]


def test_a_read_only_plan_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    path = repo.root / PLAN
    path.chmod(0o444)
    before = path.stat()
    result = repo.kehoach("done", "15/KH-UBND/1", "--on", "01/03/2022")
    assert (result.returncode, result.stderr) == (
        2, f"kehoach: {path}: tệp chỉ đọc (không có quyền ghi); không ghi\n",
    )  # fmt: skip
    after = path.stat()
    assert (after.st_ino, after.st_mode, after.st_uid) == (
        before.st_ino,
        before.st_mode,
        before.st_uid,
    )
    assert repo.git("status", "--porcelain") == ""


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_an_edit_keeps_the_owner_of_the_file(tmp_path: Path) -> None:
    """An edit by an administrator on a clerk's plan leaves it the clerk's."""
    repo = fresh_repo(tmp_path)
    path = repo.root / PLAN
    os.chown(path, 4321, 4321)
    repo.ok("done", "15/KH-UBND/1", "--on", "01/03/2022")
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4321)
    assert "completed: 2022-03-01" in repo.read()


# --- comments at the end of a line ------------------------------------------------------


def test_assign_refuses_to_drop_the_comment_at_the_end_of_a_lead_it_replaces(
    tmp_path: Path,
) -> None:
    repo = fresh_repo(tmp_path)
    assert "      - Sở KH&ĐT  # viết tắt như văn bản\n" in repo.read()
    result = repo.kehoach("assign", "15/KH-UBND/1", "--lead", "so tai chinh")
    assert (result.returncode, result.stderr) == (
        2, f"kehoach: {PLAN}: sửa như vậy sẽ làm mất chú thích; hãy sửa tay\n",
    )  # fmt: skip
    assert repo.git("status", "--porcelain") == ""
    # Keeping the commented agency keeps its comment; the new one goes below it.
    repo.ok("assign", "15/KH-UBND/1", "--lead", "so ke hoach va dau tu", "--lead", "stc")
    assert "      - Sở KH&ĐT  # viết tắt như văn bản\n      - Sở Tài chính\n" in repo.read()


def test_a_hash_inside_a_value_is_not_a_comment_to_keep(tmp_path: Path) -> None:
    """`#` in a quoted title or a block note is text: an edit near it is not refused."""
    repo = fresh_repo(tmp_path)
    repo.replace("    title: Ban hành danh mục dự án kêu gọi đầu tư\n",
                 '    title: "Ban hành danh mục #1 dự án"\n    notes: |\n      # mục 1\n')  # fmt: skip
    repo.ok("done", "15/KH-UBND/1", "--on", "01/03/2022", "--note", "Xong.")
    task = tasks(repo)["1"]
    assert (task["title"], task["notes"]) == ("Ban hành danh mục #1 dự án", "# mục 1\n\nXong.")


@pytest.mark.parametrize("style", [">-", "|-"])
def test_reschedule_keeps_the_comment_after_a_block_deadlines_indicator(
    tmp_path: Path, style: str
) -> None:
    """`deadline: >-  # …` (fresh37: the comment was lost, the edit written): the new
    phrase is written quoted on the key's line, the comment after it."""
    repo = fresh_repo(tmp_path)
    repo.replace('    deadline: "Trước ngày 30/6/2022"\n',
                 f"    deadline: {style}  # hạn theo Phụ lục 2\n      Trước ngày 30/6/2022\n")  # fmt: skip
    repo.commit("Hạn viết khối", "Lê Thị Hoa", "2022-06-01")
    repo.ok("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", REASON_1,
            "--on", "20/6/2022")  # fmt: skip
    assert '    deadline: "Trước ngày 15/7/2022"   # hạn theo Phụ lục 2\n' in repo.read()
    assert tasks(repo)["3"]["deadline"] == "Trước ngày 15/7/2022"


def test_reschedule_with_a_last_day_keeps_a_block_deadlines_comment(tmp_path: Path) -> None:
    """fresh38: with --last-day the deadline becomes a `deadlines:` list, and the comment
    after the block's `>-` crashed ruamel's writer (exit 3)."""
    repo = fresh_repo(tmp_path)
    repo.replace('    deadline: "Trước ngày 30/6/2022"\n',
                 "    deadline: >-  # hạn theo Phụ lục 2\n      Trước ngày 30/6/2022\n")  # fmt: skip
    repo.commit("Hạn viết khối", "Lê Thị Hoa", "2022-06-01")
    repo.ok("reschedule", "15/KH-UBND/3", "Hoàn thành khi có ý kiến", "--last-day", "25/8/2022",
            "--reason", REASON_1, "--on", "20/6/2022")  # fmt: skip
    assert "# hạn theo Phụ lục 2\n" in repo.read()
    [milestone] = tasks(repo)["3"]["deadlines"]
    assert milestone["last_day"].isoformat() == "2022-08-25"


def test_a_reason_pasted_across_lines_is_recorded_as_one_line(tmp_path: Path) -> None:
    """fresh37: "--reason 'a<LF>b'" went into history as "a\\nb", shown "a b"."""
    repo = fresh_repo(tmp_path)
    repo.ok("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason",
            "Chờ số liệu\n  của Cục Thống kê", "--ref", "Công văn số 1200/UBND-TH\n", "--on",
            "20/6/2022")  # fmt: skip
    [entry] = tasks(repo)["3"]["history"]
    assert (entry["reason"], entry["decided_by"]) == (
        "Chờ số liệu của Cục Thống kê", "Công văn số 1200/UBND-TH",
    )  # fmt: skip


# --- line ends --------------------------------------------------------------------------

RESCHEDULE_3 = ("reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", REASON_1,
                "--on", "20/6/2022")  # fmt: skip


def test_an_edit_of_a_crlf_file_keeps_crlf_on_every_line(tmp_path: Path) -> None:
    """A plan saved on Windows: the edit is the same as on the LF file, every line CRLF."""
    (tmp_path / "lf").mkdir()
    (tmp_path / "crlf").mkdir()
    lf = fresh_repo(tmp_path / "lf")
    lf.ok(*RESCHEDULE_3)
    lf.ok("done", "15/KH-UBND/1", "--on", "01/03/2022")
    repo = fresh_repo(tmp_path / "crlf")
    path = repo.root / PLAN
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    repo.ok(*RESCHEDULE_3)
    repo.ok("done", "15/KH-UBND/1", "--on", "01/03/2022")
    data = path.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    assert data.replace(b"\r\n", b"\n") == (lf.root / PLAN).read_bytes()


def test_an_edit_of_a_file_with_mixed_line_ends_is_refused(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    path = repo.root / PLAN
    mixed = path.read_bytes().replace(b"schema: 1\n", b"schema: 1\r\n")
    path.write_bytes(mixed)
    result = repo.kehoach(*RESCHEDULE_3)
    assert (result.returncode, result.stderr) == (2, (
        f"kehoach: {PLAN}: tệp lẫn nhiều kiểu xuống dòng (CRLF, LF, CR); "
        f"chạy `kehoach fmt {PLAN}` rồi thử lại\n"
    ))  # fmt: skip
    assert path.read_bytes() == mixed


# --- references -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref",
    ["15/KH-UBND/../1", "./15/KH-UBND/1", "15/KH-UBND//1", "kh-15-2022/./1", "15/KH-UBND\\../1"],
)
def test_a_reference_with_path_like_parts_is_refused(tmp_path: Path, ref: str) -> None:
    """Lookups ignore punctuation, so `..` would vanish and name plan 15/KH-UBND."""
    repo = fresh_repo(tmp_path)
    result = repo.kehoach("done", ref, "--on", "01/03/2022")
    assert (result.returncode, result.stderr) == (2, (
        f"kehoach: '{ref}': có phần không phải tên (như '..', '.' hoặc để trống); "
        "cần dạng KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7\n"
    ))  # fmt: skip
    assert repo.git("status", "--porcelain") == ""
    status = repo.kehoach("status", "--plan", ref.rpartition("/")[0], "--as-of", "01/03/2022")
    assert status.returncode == 2 and "có phần không phải tên" in status.stderr


# --- links out of the plans root --------------------------------------------------------

SECRET = "mat-khau: hunter2\n"


def test_a_link_out_of_the_plans_root_is_named_never_read(tmp_path: Path) -> None:
    """`plans/leak.yaml -> /…/secret.yml`, committed: no command shows what it points at,
    whether the folder is searched or the link is named, and validate fails on it."""
    repo = fresh_repo(tmp_path)
    secret = tmp_path / "secret.yml"
    secret.write_text(SECRET, encoding="utf-8")
    (repo.root / "plans" / "leak.yaml").symlink_to(secret)
    repo.commit("Thêm liên kết", "Lê Thị Hoa", "2022-01-13")
    message = (
        "liên kết (symlink) trỏ ra ngoài thư mục kế hoạch; không đọc tệp này [symlink-outside]"
    )
    for args in (("validate", "plans"), ("validate", "plans/leak.yaml"), ("validate",)):
        result = repo.kehoach(*args)
        assert result.returncode == 1, args
        assert f"plans/leak.yaml:1:1: error: {message}" in result.stdout
        assert "hunter2" not in result.stdout + result.stderr
    for args in (
        ("status", "--as-of", "01/03/2022"),
        ("diff", "HEAD~1"),
        ("show", "plans/leak.yaml"),
    ):
        result = repo.kehoach(*args)
        assert "hunter2" not in result.stdout + result.stderr, args


def test_a_link_to_a_plan_in_the_plans_root_is_read_once(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    (repo.root / "plans" / "zz-hien-hanh.yaml").symlink_to("kh-15-2022.yaml")
    result = repo.kehoach("validate", "plans")
    assert (result.returncode, result.stdout) == (0, "")
    assert "2 kế hoạch (2 hợp lệ, 0 có lỗi)" in result.stderr


# --- validate given files, as pre-commit does -------------------------------------------


@pytest.mark.parametrize(
    "newcomer", ["plans/kh-7.yaml", "plans/a-moi.yaml", "plans/2022/kh-7.yaml"]
)
def test_a_file_validated_alone_is_checked_against_the_other_plans(
    tmp_path: Path, newcomer: str
) -> None:
    """pre-commit passes only the changed files: a plan reusing another's id is still found,
    on the file given, whichever sorts first; the other plans' own problems are not the
    commit's."""
    repo = fresh_repo(tmp_path)
    (repo.root / newcomer).parent.mkdir(exist_ok=True)
    repo.write(repo.read().replace("number: 15/KH-UBND", "number: 7/KH-UBND"), newcomer)
    repo.replace("issued: 2023-01-05", "issued: 2023-01-05\nissued_by: x", "plans/kh-15-2023.yaml")
    result = repo.kehoach("validate", newcomer)
    assert result.returncode == 1
    assert result.stdout == (
        f"{newcomer}:4:1: error: mã kế hoạch 'kh-15-2022' đã dùng ở plans/kh-15-2022.yaml"
        " [duplicate-plan-id]\n"
    )
    # two files (the plan and the registry), one plan, with the error
    assert result.stderr.startswith("1 kế hoạch (0 hợp lệ, 1 có lỗi)")
    alone = repo.kehoach("validate", PLAN)  # either file of the pair, checked alone
    assert (alone.returncode, alone.stdout) == (1, (
        f"{PLAN}:4:1: error: mã kế hoạch 'kh-15-2022' đã dùng ở {newcomer} [duplicate-plan-id]\n"
    ))  # fmt: skip

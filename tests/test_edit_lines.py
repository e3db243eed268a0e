"""An edit goes through ruamel.yaml's round trip with the task's own lines only, and gives
byte for byte what the round trip of the whole file gives: every other line of the file —
comments, blank lines, quoting, CRLF, a BOM, flow lists — stays as it is.

A clerk marking one task of a 5,000-task plan done waited 15 s: ruamel reads and writes
about 500 tasks a second, and the whole file went through it twice (`make bench` shows
the edits before and after). These tests run the edit in-process, as `kehoach done`,
`reschedule` and `assign` do, with and without the task-lines path."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kehoach.cli import app
from kehoach.plan import rules, schedule
from kehoach.plan.cache import PlanCache
from kehoach.plan.loader import PlanFile, Repository, load_repository
from kehoach.plan.model import Task
from kehoach.plan.rules import check_repository
from kehoach.plan.schedule import slots
from kehoach.plan.settings import Settings
from kehoach.review import edit
from kehoach.review.edit import EditError, Operation

REGISTRY = Path(__file__).resolve().parent / "plans" / "review" / "agencies.yaml"
SETTINGS = Settings()
Build = Callable[[PlanFile, Task, Repository], Operation]

HEADER = """\
# Kế hoạch thử: các dòng chú thích này phải còn nguyên.
schema: 1
id: kh-thu-2026
number: 7/KH-UBND
title: Kế hoạch thử sửa một nhiệm vụ
issuer: Ủy ban nhân dân tỉnh Nghệ An
issued: 2026-01-05
source: {document: thử, complete: true}
tasks:
"""


def done(on: date = date(2026, 3, 2), note: str | None = None) -> Build:
    return lambda pf, task, _repo: edit.record_done(
        pf.plan, task, SETTINGS, on, note=note, period=None
    )


def moved(phrase: str = "Trước ngày 30/9/2026") -> Build:
    return lambda pf, task, _repo: edit.reschedule(
        task, pf.plan, SETTINGS, phrase, milestone=None, on=date(2026, 3, 2),
        reason="Chờ số liệu của Cục Thống kê", decided_by="Công văn số 12/UBND-TH",
    )  # fmt: skip


def reassigned(*lead: str) -> Build:
    return lambda pf, task, repo: edit.assign(task, repo.directory, lead, [], pf.plan)


@contextmanager
def lines_only(used: list[int]) -> Iterator[None]:
    """Record the size of every text handed to ruamel while the block runs."""
    real = edit.load_document

    def spy(text: str) -> Any:
        used.append(len(text))
        return real(text)

    edit.load_document = spy
    try:
        yield
    finally:
        edit.load_document = real


@contextmanager
def whole_file(calls: list[str]) -> Iterator[None]:
    """Record each edit that sent the whole file through the round trip."""
    real = edit._edit_whole

    def spy(source: str, *args: Any) -> str:
        calls.append(source)
        return real(source, *args)

    edit._edit_whole = spy
    try:
        yield
    finally:
        edit._edit_whole = real


def run_edit(raw: bytes, task_id: str, build: Build, *, whole: bool = False) -> bytes | str:
    """The file's new bytes after the edit, or the one-line reason it was refused. With
    `whole`, the whole file goes through the round trip (the edit as it was before)."""
    with tempfile.TemporaryDirectory() as folder:
        plans = Path(folder)
        shutil.copyfile(REGISTRY, plans / "agencies.yaml")
        path = plans / "kh-thu-2026.yaml"
        path.write_bytes(raw)
        repo = load_repository([plans], SETTINGS, plans)
        assert repo.plans, [str(f) for f in repo.findings]
        draft = edit.read_draft(path)
        repo, pf = edit.reloaded(repo, repo.plans[0], draft)
        task = next(t for t in pf.plan.tasks if t.id == task_id)
        real = edit._edit_task_lines
        if whole:
            edit._edit_task_lines = lambda *_args: None
        try:
            outcome = edit.apply_edit(
                repo, SETTINGS, pf, draft, task_id=task_id, operation=build(pf, task, repo)
            )
        except EditError as exc:
            return str(exc)
        finally:
            edit._edit_task_lines = real
        return outcome.text.encode("utf-8")


def task(n: int, *, lead: str = "Sở Tài chính", extra: str = "") -> str:
    return (
        f'  - id: "{n}"\n'
        f"    title: Nhiệm vụ thử số {n}\n"
        f"    lead:\n      - {lead}\n"
        f'    deadline: "Trước ngày {n % 28 + 1}/6/2026"\n{extra}'
    )


def test_ruamel_reads_the_tasks_lines_not_the_whole_file() -> None:
    text = HEADER + "".join(task(n) for n in range(1, 401))
    sizes: list[int] = []
    with lines_only(sizes):
        new = run_edit(text.encode(), "200", done())
    assert isinstance(new, bytes)
    assert sizes and max(sizes) < 300, sizes  # one task's lines, not the 40 KB file
    assert new.decode() == text.replace(
        task(200), task(200) + "    status: done\n    completed: 2026-03-02\n"
    )


@pytest.mark.parametrize("where", ["1", "200", "400"])
@pytest.mark.parametrize("build", [done(note="Báo cáo số 21/BC-STC."), moved(), reassigned("stc")])
def test_the_task_lines_give_what_the_whole_round_trip_gives(where: str, build: Build) -> None:
    text = HEADER + "".join(task(n) for n in range(1, 401))
    assert run_edit(text.encode(), where, build) == run_edit(
        text.encode(), where, build, whole=True
    )


COMMENTED = (
    HEADER
    + task(1, extra="    notes: >-\n      Dòng một của ghi chú,\n      dòng hai.\n")
    + "\n  # Phần II: các nhiệm vụ của năm 2026.\n"
    + task(2, lead="Sở KH&ĐT  # viết tắt như văn bản")
    + "\n# chú thích ở cột đầu, giữa hai nhiệm vụ\n"
    + "  - {id: '3', title: Dạng dòng, lead: [Sở Nội vụ], deadline: 'Trước ngày 1/6/2026'}\n"
    + task(4)
    + "    # chú thích cuối nhiệm vụ 4\n"
    + "notes: 'Ghi chú của kế hoạch, sau danh sách nhiệm vụ'  # giữ nguyên\n"
)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("where", ["1", "2", "4"])
def test_every_other_byte_of_the_file_stays(bom: bytes, newline: str, where: str) -> None:
    raw = bom + COMMENTED.replace("\n", newline).encode()
    sizes: list[int] = []
    with lines_only(sizes):
        new = run_edit(raw, where, done())
    assert isinstance(new, bytes), new
    assert max(sizes) < 400, sizes
    added = f"    status: done{newline}    completed: 2026-03-02{newline}".encode()
    first = new.index(b'  - id: "' + where.encode())
    at = new.index(b"    deadline:", first)
    at = new.index(newline.encode(), at) + len(newline)
    assert new[at:].startswith(added)  # below the deadline, above the notes or a comment
    assert new[:at] + new[at + len(added) :] == raw
    assert new == run_edit(raw, where, done(), whole=True)


def test_a_task_written_as_a_flow_mapping_stays_one_line() -> None:
    raw = COMMENTED.encode()
    new = run_edit(raw, "3", done())
    assert isinstance(new, bytes)
    flow = "  - {id: '3', title: Dạng dòng, lead: [Sở Nội vụ], deadline: 'Trước ngày 1/6/2026'"
    assert new.decode() == COMMENTED.replace(
        flow + "}\n", flow + ", status: done, completed: 2026-03-02}\n"
    )
    assert new == run_edit(raw, "3", done(), whole=True)


def test_an_edit_that_would_lose_a_comment_is_still_refused() -> None:
    text = HEADER + task(1) + task(2, lead="Sở KH&ĐT  # viết tắt như văn bản") + task(3)
    refused = run_edit(text.encode(), "2", reassigned("stc"))
    assert refused == "kh-thu-2026.yaml: sửa như vậy sẽ làm mất chú thích; hãy sửa tay"


def test_a_history_is_appended_under_the_last_entry_of_the_task() -> None:
    text = HEADER + task(1) + task(2) + task(3)
    once = run_edit(text.encode(), "2", moved())
    assert isinstance(once, bytes)
    twice = run_edit(once, "2", moved("Trước ngày 31/10/2026"))
    assert isinstance(twice, bytes)
    assert twice == run_edit(once, "2", moved("Trước ngày 31/10/2026"), whole=True)
    entries = twice.decode().split('  - id: "3"')[0].count("      - date: 2026-03-02\n")
    assert entries == 2
    assert twice.decode().endswith(task(3))


# --- generated plans -----------------------------------------------------------------------

LEADS = ("Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ", "Sở KH&ĐT", "Văn phòng UBND tỉnh")
PHRASES = ("Trước ngày 15/5/2026", "Quý III/2026", "Tháng 6, 7/2026", "Thường xuyên")


@st.composite
def task_texts(draw: st.DrawFn, n: int) -> str:
    lead = draw(st.sampled_from(LEADS))
    lines = [f'  - id: "{n}"', f"    title: {draw(st.sampled_from(['Rà soát', '“Tổng kết”']))}"]
    if draw(st.booleans()):
        lines.append(f"    lead: [{lead}]")
    else:
        comment = draw(st.sampled_from(["", "  # như văn bản"]))
        lines += ["    lead:", f"      - {lead}{comment}"]
    phrase = draw(st.sampled_from(PHRASES))
    lines.append(draw(st.sampled_from([f'    deadline: "{phrase}"', f"    deadline: {phrase}"])))
    if draw(st.booleans()):
        lines += ["    notes: >-", "      Ghi chú dòng một,", "      dòng hai."]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["", "  # giữa hai nhiệm vụ", "# cột đầu"])))
    return "\n".join(lines) + "\n"


@st.composite
def plans(draw: st.DrawFn) -> tuple[bytes, str]:
    count = draw(st.integers(1, 5))
    text = HEADER + "".join(draw(task_texts(n)) for n in range(1, count + 1))
    if draw(st.booleans()):
        text += "notes: Ghi chú của kế hoạch  # sau các nhiệm vụ\n"
    if draw(st.booleans()):
        text = text.removesuffix("\n")  # no line break at the end of the file
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    bom = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    return bom + text.replace("\n", newline).encode(), str(draw(st.integers(1, count)))


BUILDS = [done(), done(note="Đã gửi Báo cáo số 5/BC."), moved(), reassigned("STC", "so noi vu")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.sampled_from(BUILDS))
def test_generated_plans_edit_as_the_whole_round_trip_does(
    plan: tuple[bytes, str], build: Build
) -> None:
    raw, where = plan
    calls: list[str] = []
    with whole_file(calls):
        new = run_edit(raw, where, build)
    whole = run_edit(raw, where, build, whole=True)
    if isinstance(whole, str) and isinstance(new, bytes):
        # The whole file's round trip cannot place a line next to a last line without its
        # line break (ruamel writes one); the task's lines, away from it, can. With the
        # line break, both give the same file.
        newline = b"\r\n" if b"\r\n" in raw else b"\n"
        assert not raw.endswith(newline)
        assert new + newline == run_edit(raw + newline, where, build, whole=True)
    else:
        assert new == whole
    # The whole file is only the way to the same refusal (a line not as ruamel writes it).
    assert calls == [] or isinstance(new, str)


# --- the cache after an edit ----------------------------------------------------------------


def plan_folder(root: Path, text: str) -> Path:
    folder = root / "plans"
    folder.mkdir()
    shutil.copyfile(REGISTRY, folder / "agencies.yaml")
    (folder / "kh-thu-2026.yaml").write_text(text, encoding="utf-8")
    return folder


def test_the_edit_under_the_lock_uses_the_load_when_the_file_is_the_one_loaded(
    tmp_path: Path,
) -> None:
    folder = plan_folder(tmp_path, HEADER + task(1) + task(2))
    repo = load_repository([folder], SETTINGS, folder, PlanCache(tmp_path / "cache"))
    pf = repo.plans[0]
    assert edit.reloaded(repo, pf, edit.read_draft(pf.path))[1] is pf  # not loaded twice
    pf.path.write_text(HEADER + task(1) + task(3), encoding="utf-8")  # another edit landed
    _, fresh = edit.reloaded(repo, pf, edit.read_draft(pf.path))
    assert [t.id for t in fresh.plan.tasks] == ["1", "3"]


def test_after_an_edit_the_next_command_reads_neither_the_plan_nor_its_phrases_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run of `done` in a large plan, then `status`: the edit kept the file as it wrote
    it and the repository's findings in the cache, as a load and a check would have."""
    folder = plan_folder(tmp_path, HEADER + "".join(task(n) for n in range(1, 41)))
    cache = tmp_path / "cache"
    monkeypatch.chdir(folder)  # files are keyed by the name they are shown under
    for ref in ("kh-thu-2026/7", "kh-thu-2026/8"):
        args = [
            "--cache-dir",
            str(cache),
            "done",
            ref,
            "--on",
            "02/03/2026",
            "--plans",
            str(folder),
        ]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
    plain = load_repository([folder], SETTINGS, folder)
    expected = check_repository(plain, SETTINGS)
    assert [t.status for t in plain.plans[0].plan.tasks[6:9]] == ["done", "done", None]

    def no_reading(*_: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr("kehoach.plan.loader.parse_yaml", no_reading)
    monkeypatch.setattr(rules, "RULES", ())
    monkeypatch.setattr(schedule, "parse_deadline", no_reading)
    monkeypatch.setattr(schedule, "_READINGS", {})  # as in a new process
    warm = load_repository([folder], SETTINGS, folder, PlanCache(cache))
    assert [pf.plan for pf in warm.plans] == [pf.plan for pf in plain.plans]
    assert check_repository(warm, SETTINGS) == expected
    assert slots(warm.plans[0].plan, SETTINGS) == slots(plain.plans[0].plan, SETTINGS)

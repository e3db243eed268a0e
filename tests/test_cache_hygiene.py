"""The plan cache's hygiene (plan/cache.py): each file is read once per run, the cache stays
bounded as files change, and what is damaged, stale or left over is removed, never a
traceback; runs side by side share it safely."""

from __future__ import annotations

import builtins
import io
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from clirun import kehoach_bytes
from kehoach.cli import app
from kehoach.plan import cache as cache_module
from kehoach.plan.cache import PlanCache
from kehoach.plan.loader import load_repository
from kehoach.plan.rules import check_repository
from kehoach.plan.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KEHOACH = Path(sys.executable).parent / "kehoach"
STATUS = ["status", ".", "--as-of", "01/07/2026", "--all"]
TIMELINE = ["timeline", ".", "--as-of", "01/07/2026", "--format", "mermaid"]


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", folder)
    monkeypatch.chdir(folder)
    return folder


def _counting_reads(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Counter[str]:
    """Every opening of a file under `folder` for reading, by file name: whatever code
    path reads it (Path.open, Path.read_bytes and open() all go through io.open)."""
    opened: Counter[str] = Counter()
    real = io.open
    top = str(folder.resolve())

    def counting(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        name = os.fspath(file) if isinstance(file, (str, os.PathLike)) else ""
        if isinstance(name, str) and "r" in mode and os.path.abspath(name).startswith(top):
            opened[os.path.relpath(os.path.abspath(name), top)] += 1
        return real(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting)
    monkeypatch.setattr(builtins, "open", counting)
    return opened


def _yaml_files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*.yaml")}


@pytest.mark.parametrize("args", [STATUS, TIMELINE, ["validate", "."]])
def test_a_run_whose_output_is_not_kept_reads_each_file_once(
    args: list[str], plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    plain = runner.invoke(app, ["--no-cache", *args])
    cache = ["--cache-dir", str(tmp_path / "cache")]
    opened = _counting_reads(monkeypatch, plans)
    cold = runner.invoke(app, [*cache, *args])  # nothing kept: every file keyed and loaded
    assert (cold.exit_code, cold.stdout) == (plain.exit_code, plain.stdout)
    assert opened == dict.fromkeys(_yaml_files(plans), 1)  # plans, registry, calendar
    # Another day: the output is computed again, the plans come from the cache; each
    # file is still read once (to key it).
    opened.clear()
    other = [a if a != "01/07/2026" else "02/07/2026" for a in args]
    assert runner.invoke(app, [*cache, *other]).exit_code == plain.exit_code
    assert opened == dict.fromkeys(_yaml_files(plans), 1)


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


def test_editing_a_plan_twenty_times_keeps_the_cache_the_same_size(
    plans: Path, tmp_path: Path
) -> None:
    runner, cache_dir = CliRunner(), tmp_path / "cache"
    cache = ["--cache-dir", str(cache_dir)]
    commands = (STATUS, ["validate", "."], ["export-ics", "-o", "-", "."])

    def run_all() -> None:
        for args in commands:
            run = runner.invoke(app, [*cache, *args])
            assert run.exit_code == 0, run.output

    run_all()
    size = len(_entries(cache_dir))
    plan = plans / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    for edit in range(20):
        plan.write_text(text.replace("schema: 1", f"schema: 1\n# sửa lần {edit}", 1), "utf-8")
        run_all()
        assert len(_entries(cache_dir)) == size  # each entry replaced, none added
    again = runner.invoke(app, ["--no-cache", *STATUS])
    assert runner.invoke(app, [*cache, *STATUS]).stdout == again.stdout


def test_the_sweep_removes_entries_of_files_gone_damaged_or_foreign(
    plans: Path, tmp_path: Path
) -> None:
    cache = PlanCache(tmp_path / "cache")
    repo = load_repository([plans], Settings(), plans, cache)
    check_repository(repo, Settings())
    entries = _entries(tmp_path / "cache")
    files = len(list(plans.rglob("kh-*.yaml"))) + 1  # the plans and the registry
    assert len(entries) == files + 1  # and the rules' findings
    assert cache.sweep() == 0  # everything in use stays
    # the entries damaged below are other files' than the plan deleted (their names are
    # hashes: in name order the deleted plan's entry may come first)
    entries = [e for e in entries if "kh-348-2022" not in e.read_text(encoding="utf-8")]
    (plans / "kh-348-2022.yaml").unlink()
    entries[0].write_bytes(b"\x80 garbage, not an entry")
    foreign = entries[1].read_text(encoding="utf-8").replace("kehoach-cache/", "other/", 1)
    entries[1].write_text(foreign, encoding="utf-8")
    # A temporary a killed writer left two hours ago goes; one being written stays.
    left, writing = entries[2].with_name(".left.tmp"), entries[2].with_name(".writing.tmp")
    for temporary in (left, writing):
        temporary.write_bytes(b"{")
    os.utime(left, (time.time() - 7200, time.time() - 7200))
    removed = cache.sweep()
    assert removed == 4  # the deleted plan's entry, the garbage, the foreign one, the leftover
    assert not left.exists() and writing.exists()
    assert len(_entries(tmp_path / "cache")) == files + 1 - 3
    # What is left still serves: a load from it equals a load without it.
    warm = load_repository([plans], Settings(), plans, PlanCache(tmp_path / "cache"))
    plain = load_repository([plans], Settings(), plans)
    assert [pf.plan for pf in warm.plans] == [pf.plan for pf in plain.plans]


def test_over_its_cap_the_cache_drops_the_entries_unused_longest(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = PlanCache(tmp_path / "cache")
    load_repository([plans], Settings(), plans, cache)
    entries = _entries(tmp_path / "cache")
    assert len(entries) >= 3
    for age, entry in enumerate(entries):  # entries[0] is the one unused longest
        stamp = time.time() - 1000 + age
        os.utime(entry, (stamp, stamp))
    load_repository([plans], Settings(), plans, PlanCache(tmp_path / "cache"))  # all used
    os.utime(entries[-1], (time.time() - 5000, time.time() - 5000))  # now the oldest
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", len(entries) - 1)
    assert cache.sweep() == 1
    assert not entries[-1].exists() and all(e.exists() for e in entries[:-1])


def test_a_corrupt_entry_is_ignored_and_swept_without_a_traceback(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, cache_dir = CliRunner(), tmp_path / "cache"
    expected = runner.invoke(app, ["--no-cache", *STATUS])
    assert runner.invoke(app, ["--cache-dir", str(cache_dir), *STATUS]).stdout == expected.stdout
    for entry in _entries(cache_dir):
        entry.write_bytes(entry.read_bytes()[:40])  # cut short, as by a full disk
    (cache_dir / "zz").mkdir()
    (cache_dir / "zz" / "not-an-entry.json").write_bytes(b"\xff\xfe\x00")
    monkeypatch.setattr(cache_module, "SWEEP_EVERY", 0.0)  # this run sweeps
    run = runner.invoke(app, ["--cache-dir", str(cache_dir), *STATUS], catch_exceptions=False)
    assert (run.exit_code, run.stdout, run.stderr) == (0, expected.stdout, expected.stderr)
    assert not (cache_dir / "zz" / "not-an-entry.json").exists()
    assert all(len(entry.read_bytes()) > 40 for entry in _entries(cache_dir))  # rebuilt


def _run(args: list[str], cache_dir: Path, cwd: Path) -> Callable[[], subprocess.Popen[str]]:
    env = {**os.environ, "KEHOACH_CACHE_DIR": str(cache_dir), "COLUMNS": "100"}
    return lambda: subprocess.Popen(
        [str(KEHOACH), *args], cwd=cwd, env=env, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip


def test_runs_side_by_side_share_the_cache_safely(plans: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    args = ["status", ".", "--as-of", "01/07/2026", "--all", "--format", "csv"]
    plain = kehoach_bytes(*args, cwd=plans, env={"KEHOACH_NO_CACHE": "1"})
    assert plain.returncode == 0
    start = _run(args, cache_dir, plans)
    plan = plans / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    for edit in range(3):  # cold, then edited (another key), side by side each time
        plan.write_text(text + f"\n# sửa {edit}\n", encoding="utf-8")
        runs = [start() for _ in range(4)]
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert (run.returncode, out, err) == (0, plain.stdout.decode(), ""), err
    assert not list(cache_dir.rglob(".*.tmp"))  # no temporary left behind
